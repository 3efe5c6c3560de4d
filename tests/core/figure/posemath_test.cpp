// Mirroring and interpolating poses.
#include "core/figure/posemath.h"
#include "core/figure/skeleton.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;

namespace {

Pose asymmetricPose()
{
    Pose pose;
    pose.pelvisPitch = 12;
    pose.spineFlexion = 8;
    pose.spineLateral = 14;
    pose.spineTwist = -22;
    pose.neckFlexion = 5;
    pose.left = {40, 20, 30, 60, 10, 90, 30, 45};
    pose.right = {-10, 5, -15, 20, -20, 10, 70, 5};
    return pose;
}

/// The joint on the other side of the body; joints on the midline map to themselves.
Joint otherSide(Joint joint)
{
    constexpr std::pair<Joint, Joint> pairs[]
        = {{Joint::LeftHip, Joint::RightHip}, {Joint::LeftKnee, Joint::RightKnee},
            {Joint::LeftAnkle, Joint::RightAnkle}, {Joint::LeftToe, Joint::RightToe},
            {Joint::LeftShoulder, Joint::RightShoulder}, {Joint::LeftElbow, Joint::RightElbow},
            {Joint::LeftWrist, Joint::RightWrist}, {Joint::LeftHandTip, Joint::RightHandTip}};
    for (const auto &[left, right] : pairs) {
        if (joint == left)
            return right;
        if (joint == right)
            return left;
    }
    return joint;
}

} // namespace

TEST(PoseMath, MirroringTwiceGivesThePoseBack)
{
    for (const Pose &pose : {asymmetricPose(), crossLeggedUpright(), crossLeggedElbowsFloor()})
        EXPECT_EQ(mirrored(mirrored(pose)), pose);
}

TEST(PoseMath, MirroringSwapsTheSidesAndTurnsTheTrunkTheOtherWay)
{
    const Pose pose = asymmetricPose();
    const Pose other = mirrored(pose);
    EXPECT_EQ(other.left, pose.right);
    EXPECT_EQ(other.right, pose.left);
    EXPECT_EQ(other.spineLateral, -pose.spineLateral);
    EXPECT_EQ(other.spineTwist, -pose.spineTwist);
    EXPECT_EQ(other.pelvisPitch, pose.pelvisPitch);
    EXPECT_EQ(other.spineFlexion, pose.spineFlexion);
    EXPECT_EQ(other.neckFlexion, pose.neckFlexion);
}

TEST(PoseMath, MirroredPoseIsTheReflectionAcrossTheMidplane)
{
    const Skeleton a = forwardKinematics(asymmetricPose());
    const Skeleton b = forwardKinematics(mirrored(asymmetricPose()));
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const Joint joint = static_cast<Joint>(i);
        const Vec3 p = a[joint];
        const Vec3 q = b[otherSide(joint)];
        EXPECT_NEAR(p.x, -q.x, 1e-9) << i;
        EXPECT_NEAR(p.y, q.y, 1e-9) << i;
        EXPECT_NEAR(p.z, q.z, 1e-9) << i;
    }
}

TEST(PoseMath, InterpolationStartsAndEndsOnThePoses)
{
    const Pose from = crossLeggedUpright();
    const Pose to = crossLeggedLeanHalf();
    EXPECT_EQ(interpolate(from, to, 0.0), from);
    EXPECT_EQ(interpolate(from, to, 1.0), to);
    EXPECT_EQ(interpolate(from, to, -0.5), from) << "t is clamped";
    EXPECT_EQ(interpolate(from, to, 1.5), to) << "t is clamped";
}

TEST(PoseMath, InterpolationMidpointIsTheAverageOfEveryAngle)
{
    const Pose from = asymmetricPose();
    const Pose to = mirrored(crossLeggedElbowsFloor());
    const Pose mid = interpolate(from, to, 0.5);
    EXPECT_DOUBLE_EQ(mid.pelvisPitch, (from.pelvisPitch + to.pelvisPitch) / 2);
    EXPECT_DOUBLE_EQ(mid.spineFlexion, (from.spineFlexion + to.spineFlexion) / 2);
    EXPECT_DOUBLE_EQ(mid.spineLateral, (from.spineLateral + to.spineLateral) / 2);
    EXPECT_DOUBLE_EQ(mid.spineTwist, (from.spineTwist + to.spineTwist) / 2);
    EXPECT_DOUBLE_EQ(mid.neckFlexion, (from.neckFlexion + to.neckFlexion) / 2);
    for (const auto &[a, b, m] :
        {std::tuple {from.left, to.left, mid.left}, std::tuple {from.right, to.right, mid.right}}) {
        EXPECT_DOUBLE_EQ(m.hipFlexion, (a.hipFlexion + b.hipFlexion) / 2);
        EXPECT_DOUBLE_EQ(m.hipAbduction, (a.hipAbduction + b.hipAbduction) / 2);
        EXPECT_DOUBLE_EQ(m.hipRotation, (a.hipRotation + b.hipRotation) / 2);
        EXPECT_DOUBLE_EQ(m.kneeFlexion, (a.kneeFlexion + b.kneeFlexion) / 2);
        EXPECT_DOUBLE_EQ(m.ankleFlexion, (a.ankleFlexion + b.ankleFlexion) / 2);
        EXPECT_DOUBLE_EQ(m.shoulderFlexion, (a.shoulderFlexion + b.shoulderFlexion) / 2);
        EXPECT_DOUBLE_EQ(m.shoulderAbduction, (a.shoulderAbduction + b.shoulderAbduction) / 2);
        EXPECT_DOUBLE_EQ(m.elbowFlexion, (a.elbowFlexion + b.elbowFlexion) / 2);
    }
}

TEST(PoseMath, InterpolationMovesSteadily)
{
    const Pose from = crossLeggedUpright();
    const Pose to = crossLeggedLeanHalf();
    double previous = from.pelvisPitch;
    for (int i = 1; i <= 10; ++i) {
        const double pitch = interpolate(from, to, i / 10.0).pelvisPitch;
        EXPECT_NEAR(pitch - previous, (to.pelvisPitch - from.pelvisPitch) / 10, 1e-9);
        previous = pitch;
    }
}

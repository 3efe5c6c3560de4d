// Every pose of every bundled exercise, seen with the camera its step uses:
// the other side is its exact mirror image, the active leg (written on the
// figure's left) is never drawn as the far leg, and a chair stands under
// the figures that sit on one.
#include "core/content/contentlibrary.h"
#include "core/figure/figuregeometry.h"
#include "core/figure/posemath.h"
#include "core/figure/props.h"
#include "core/figure/skeleton.h"
#include "core/figure/torso.h"
#include "resources/content_resources.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

namespace {

struct View
{
    QString exerciseId;
    QString poseId;
    Pose pose;
    Camera camera;
    bool sided = false;
};

std::vector<View> bundledViews()
{
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    EXPECT_TRUE(library.errors().isEmpty()) << joinContentErrors(library.errors()).toStdString();
    std::vector<View> views;
    for (const Exercise &e : library.exercises()) {
        const bool sided = e.sideMode == SideMode::Alternating;
        const auto add = [&](const QString &poseId, double yaw) {
            if (!poseId.isEmpty())
                views.push_back({e.id, poseId, e.poses.value(poseId), Camera {yaw, 0}, sided});
        };
        add(e.getReadyPose, e.getReadyCameraYawDegrees);
        for (const Step &step : e.steps) {
            add(step.pose, step.cameraYawDegrees);
            if (step.motion)
                add(step.motion->fromPose, step.cameraYawDegrees);
        }
        add(e.holdPose, e.holdCameraYawDegrees);
        add(e.goalPose, e.holdCameraYawDegrees);
    }
    return views;
}

/// The joint on the other side of the body (the same joint for the midline).
Joint otherSide(Joint joint)
{
    const auto index = static_cast<std::size_t>(joint);
    constexpr auto leftLeg = static_cast<std::size_t>(Joint::LeftHip);
    constexpr auto rightLeg = static_cast<std::size_t>(Joint::RightHip);
    constexpr auto leftArm = static_cast<std::size_t>(Joint::LeftShoulder);
    constexpr auto rightArm = static_cast<std::size_t>(Joint::RightShoulder);
    if (index >= leftLeg && index < rightLeg)
        return static_cast<Joint>(index + (rightLeg - leftLeg));
    if (index >= rightLeg && index < leftArm)
        return static_cast<Joint>(index - (rightLeg - leftLeg));
    if (index >= leftArm && index < rightArm)
        return static_cast<Joint>(index + (rightArm - leftArm));
    if (index >= rightArm)
        return static_cast<Joint>(index - (rightArm - leftArm));
    return joint;
}

std::string name(const View &view)
{
    return (view.exerciseId + u" / "_s + view.poseId + u" yaw "_s
        + QString::number(view.camera.yawDegrees))
        .toStdString();
}

Bounds outlineBounds(const std::vector<Point2> &outline)
{
    constexpr double kInf = std::numeric_limits<double>::infinity();
    Bounds b {kInf, kInf, -kInf, -kInf};
    for (const Point2 &p : outline)
        b = b.united({p.x, p.y, p.x, p.y});
    return b;
}

} // namespace

TEST(BundledPoses, TheOtherSideIsTheExactMirrorImage)
{
    const std::vector<View> views = bundledViews();
    ASSERT_GE(views.size(), 20u);
    for (const View &view : views) {
        const FigureGeometry shown = figureGeometry(view.pose, view.camera);
        const FigureGeometry other = figureGeometry(mirrored(view.pose), view.camera.mirrored());
        for (std::size_t i = 0; i < kJointCount; ++i) {
            const Point2 a = shown.joints[i];
            const Point2 b = other.joint(otherSide(static_cast<Joint>(i)));
            EXPECT_NEAR(b.x, -a.x, 1e-9) << name(view) << " joint " << i;
            EXPECT_NEAR(b.y, a.y, 1e-9) << name(view) << " joint " << i;
        }
        EXPECT_NEAR(other.bounds.left, -shown.bounds.right, 1e-9) << name(view);
        EXPECT_NEAR(other.bounds.top, shown.bounds.top, 1e-9) << name(view);
        EXPECT_EQ(other.parts.size(), shown.parts.size()) << name(view);
        ASSERT_EQ(other.props.size(), shown.props.size()) << name(view);
        // The chair's left legs become its right legs: each block has its mirror image.
        for (std::size_t i = 0; i < shown.props.size(); ++i) {
            const Bounds a = outlineBounds(shown.props[i].outline);
            const bool found = std::any_of(
                other.props.cbegin(), other.props.cend(), [&a](const PropShape &prop) {
                    const Bounds b = outlineBounds(prop.outline);
                    return std::abs(b.left + a.right) < 1e-9 && std::abs(b.right + a.left) < 1e-9
                        && std::abs(b.bottom - a.bottom) < 1e-9 && std::abs(b.top - a.top) < 1e-9;
                });
            EXPECT_TRUE(found) << name(view) << " prop " << i;
        }
    }
}

TEST(BundledPoses, TheActiveLegIsNeverDrawnAsTheFarLeg)
{
    for (const View &view : bundledViews()) {
        if (!view.sided)
            continue;
        const FigureGeometry geometry = figureGeometry(view.pose, view.camera);
        for (const FigurePart &part : geometry.parts) {
            const auto *limb = std::get_if<LimbSegment>(&part);
            if (limb && limb->side == Side::Left
                && (limb->kind == LimbKind::Thigh || limb->kind == LimbKind::Shank)) {
                EXPECT_FALSE(limb->far) << name(view);
            }
        }
    }
}

TEST(BundledPoses, AChairStandsUnderEveryFigureSittingOnOne)
{
    int chairs = 0;
    for (const View &view : bundledViews()) {
        const Skeleton skeleton = forwardKinematics(view.pose);
        const std::vector<PropBlock> blocks = supportBlocks(skeleton);
        const FigureGeometry geometry = figureGeometry(view.pose, view.camera);
        EXPECT_EQ(geometry.props.size(), blocks.size()) << name(view);
        if (view.pose.support != PoseSupport::Chair) {
            EXPECT_TRUE(blocks.empty()) << name(view);
            continue;
        }
        ++chairs;
        ASSERT_FALSE(blocks.empty()) << name(view);
        double lowest = 1;
        double seatTop = 1;
        for (const Vec3 &p : torsoSurface(skeleton).lowerTrunk)
            seatTop = std::min(seatTop, p.y);
        double chairTop = 0;
        for (const PropBlock &block : blocks) {
            for (const Vec3 &corner : block)
                lowest = std::min(lowest, corner.y);
        }
        for (const Vec3 &corner : blocks.front())
            chairTop = std::max(chairTop, corner.y);
        EXPECT_NEAR(lowest, 0, 1e-9) << name(view) << ": the chair stands on the floor";
        EXPECT_NEAR(chairTop, seatTop, 1e-9) << name(view) << ": the seat rests on the chair";
        // A foot is on the floor, as the figure rests on its lowest point.
        EXPECT_LT(std::min(skeleton[Joint::LeftToe].y, skeleton[Joint::RightToe].y), 0.05)
            << name(view);
    }
    EXPECT_GE(chairs, 2);
}

TEST(FigureSupport, AFigureOnTheFloorHasNoProp)
{
    Pose sitting;
    sitting.left.hipFlexion = sitting.right.hipFlexion = 90;
    EXPECT_TRUE(figureGeometry(sitting, Camera {}).props.empty());
    sitting.support = PoseSupport::Chair;
    // Sitting on the floor with the legs out: no room for a chair under the seat.
    EXPECT_TRUE(figureGeometry(sitting, Camera {}).props.empty());
    sitting.left.kneeFlexion = sitting.right.kneeFlexion = 90;
    EXPECT_FALSE(figureGeometry(sitting, Camera {}).props.empty());
}

TEST(FigureSupport, InterpolationTakesThePropOfTheNearerEnd)
{
    Pose floor;
    Pose chair;
    chair.support = PoseSupport::Chair;
    EXPECT_EQ(interpolate(floor, chair, 0.4).support, PoseSupport::Floor);
    EXPECT_EQ(interpolate(floor, chair, 0.6).support, PoseSupport::Chair);
    EXPECT_EQ(mirrored(chair).support, PoseSupport::Chair);
}

TEST(FigureLying, AFigureOnItsBackRestsOnTheFloorAlongItsLength)
{
    Pose lying;
    lying.pelvisPitch = -90;
    const Skeleton s = forwardKinematics(lying);
    // Pelvis and shoulders at the same low height, head toward -z, face up.
    EXPECT_NEAR(s[Joint::PelvisCentre].y, s[Joint::ShoulderCentre].y, 1e-9);
    EXPECT_LT(s[Joint::PelvisCentre].y, 0.1);
    EXPECT_LT(s[Joint::HeadCentre].z, s[Joint::ShoulderCentre].z);
    EXPECT_GT(s.pelvis.zAxis.y, 0.99);
    // The legs lie along the floor toward the feet.
    EXPECT_GT(s[Joint::LeftAnkle].z, s[Joint::LeftKnee].z);
    EXPECT_LT(s[Joint::LeftAnkle].y, 0.1);
}

TEST(FigureWrist, AHandBendsTheWayTheElbowBends)
{
    Pose pose;
    pose.left.wristFlexion = 90;
    const Skeleton s = forwardKinematics(pose);
    // Arm hanging: the hand turns forward, level with the wrist.
    EXPECT_NEAR(s[Joint::LeftHandTip].y, s[Joint::LeftWrist].y, 1e-9);
    EXPECT_GT(s[Joint::LeftHandTip].z, s[Joint::LeftWrist].z + 0.1);
    EXPECT_NEAR(s[Joint::RightHandTip].z, s[Joint::RightWrist].z, 1e-9);
}

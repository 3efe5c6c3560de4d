// Forward kinematics: known poses land on known points, segment lengths
// survive any pose, and the figure always rests on the floor.
#include "core/figure/skeleton.h"
#include "core/figure/torso.h"
#include "core/model/pose.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace limber;

namespace {

constexpr double kTolerance = 1e-9;

const BodyProportions kBody;

Pose randomPose(std::mt19937 &random)
{
    const auto angle = [&random](double low, double high) {
        return std::uniform_real_distribution<double>(low, high)(random);
    };
    const auto limb = [&angle]() {
        LimbAngles l;
        l.hipFlexion = angle(-30, 160);
        l.hipAbduction = angle(-20, 70);
        l.hipRotation = angle(-60, 90);
        l.kneeFlexion = angle(0, 150);
        l.ankleFlexion = angle(-60, 30);
        l.shoulderFlexion = angle(-40, 180);
        l.shoulderAbduction = angle(-10, 170);
        l.elbowFlexion = angle(0, 145);
        return l;
    };
    Pose pose;
    pose.pelvisPitch = angle(-20, 80);
    pose.spineFlexion = angle(-20, 60);
    pose.spineLateral = angle(-30, 30);
    pose.spineTwist = angle(-40, 40);
    pose.neckFlexion = angle(-40, 60);
    pose.left = limb();
    pose.right = limb();
    return pose;
}

} // namespace

TEST(Skeleton, ProportionsAddUpToTheStatedHeights)
{
    EXPECT_NEAR(kBody.hipHeight + kBody.trunk, kBody.shoulderHeight, kTolerance);
    EXPECT_NEAR(kBody.thigh + kBody.shank + kBody.ankleHeight, kBody.hipHeight, kTolerance);
    EXPECT_NEAR(kBody.shoulderHeight + kBody.neck + kBody.headHeight, 1.0, kTolerance);
}

TEST(Skeleton, StandingPoseHasTheTabulatedHeights)
{
    const Skeleton s = forwardKinematics(Pose {});
    for (const Joint ankle : {Joint::LeftAnkle, Joint::RightAnkle})
        EXPECT_NEAR(s[ankle].y, 0.039, kTolerance);
    for (const Joint hip : {Joint::LeftHip, Joint::RightHip, Joint::PelvisCentre})
        EXPECT_NEAR(s[hip].y, 0.530, kTolerance);
    for (const Joint shoulder : {Joint::LeftShoulder, Joint::RightShoulder, Joint::ShoulderCentre})
        EXPECT_NEAR(s[shoulder].y, 0.818, kTolerance);
    EXPECT_NEAR(s[Joint::HeadCentre].y + kBody.headRadius(), 1.0, kTolerance);
    EXPECT_NEAR(s[Joint::LeftKnee].y, 0.039 + 0.246, kTolerance);
    EXPECT_NEAR(s[Joint::LeftElbow].y, 0.818 - 0.186, kTolerance);
}

TEST(Skeleton, StandingPoseIsSymmetricAndFacesForward)
{
    const Skeleton s = forwardKinematics(Pose {});
    EXPECT_GT(s[Joint::LeftHip].x, 0) << "x points to the figure's left";
    EXPECT_NEAR(s[Joint::LeftHip].x, -s[Joint::RightHip].x, kTolerance);
    EXPECT_NEAR(s[Joint::LeftShoulder].x - s[Joint::RightShoulder].x,
        kBody.shoulderWidth - kBody.armWidth, kTolerance);
    EXPECT_GT(s[Joint::LeftToe].z, s[Joint::LeftAnkle].z) << "feet point to +z";
    EXPECT_NEAR(s[Joint::LeftToe].y, kBody.legWidth / 2, kTolerance)
        << "the rounded toe end touches the floor";
}

TEST(Skeleton, HipFlexionOfNinetyPutsTheKneeForwardByTheThighLength)
{
    Pose pose;
    pose.left.hipFlexion = 90;
    const Skeleton s = forwardKinematics(pose);
    const Vec3 thigh = s[Joint::LeftKnee] - s[Joint::LeftHip];
    EXPECT_NEAR(thigh.z, kBody.thigh, kTolerance);
    EXPECT_NEAR(thigh.y, 0, kTolerance);
    EXPECT_NEAR(thigh.x, 0, kTolerance);
}

TEST(Skeleton, AbductionOfAFlexedHipSwingsTheKneeOutInTheHorizontalPlane)
{
    Pose pose;
    pose.left.hipFlexion = 90;
    pose.left.hipAbduction = 45;
    pose.right = pose.left;
    const Skeleton s = forwardKinematics(pose);
    const Vec3 left = s[Joint::LeftKnee] - s[Joint::LeftHip];
    const Vec3 right = s[Joint::RightKnee] - s[Joint::RightHip];
    EXPECT_NEAR(left.y, 0, kTolerance);
    EXPECT_GT(left.x, 0.1);
    EXPECT_LT(right.x, -0.1);
    EXPECT_NEAR(left.x, left.z, kTolerance);
}

TEST(Skeleton, PelvisPitchLeansTheTrunkOverThighsThatStayPut)
{
    constexpr double lean = 35;
    Pose upright;
    upright.left.hipFlexion = 90;
    upright.right.hipFlexion = 90;
    Pose leaning = upright;
    leaning.pelvisPitch = lean;
    leaning.left.hipFlexion = 90 + lean;
    leaning.right.hipFlexion = 90 + lean;

    const Skeleton a = forwardKinematics(upright);
    const Skeleton b = forwardKinematics(leaning);
    const Vec3 thighA = a[Joint::LeftKnee] - a[Joint::LeftHip];
    const Vec3 thighB = b[Joint::LeftKnee] - b[Joint::LeftHip];
    EXPECT_NEAR(distance(thighA, thighB), 0, kTolerance);

    const Vec3 trunk = b[Joint::ShoulderCentre] - b[Joint::PelvisCentre];
    EXPECT_NEAR(trunk.z, kBody.trunk * std::sin(radians(lean)), kTolerance);
    EXPECT_NEAR(trunk.y, kBody.trunk * std::cos(radians(lean)), kTolerance);
}

TEST(Skeleton, SpineFlexionBendsAboveTheLowerBackOnly)
{
    Pose pose;
    pose.spineFlexion = 40;
    const Skeleton s = forwardKinematics(pose);
    const Vec3 lower = s[Joint::Lumbar] - s[Joint::PelvisCentre];
    const Vec3 upper = s[Joint::ShoulderCentre] - s[Joint::Lumbar];
    EXPECT_NEAR(lower.z, 0, kTolerance);
    EXPECT_GT(upper.z, 0.1);
}

TEST(Skeleton, SegmentLengthsSurviveRandomPoses)
{
    std::mt19937 random(20240611);
    for (int i = 0; i < 200; ++i) {
        const Skeleton s = forwardKinematics(randomPose(random));
        const auto length = [&s](Joint a, Joint b) { return distance(s[a], s[b]); };
        for (const auto &[hip, knee, ankle] :
            {std::tuple {Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle},
                std::tuple {Joint::RightHip, Joint::RightKnee, Joint::RightAnkle}}) {
            EXPECT_NEAR(length(hip, knee), kBody.thigh, 1e-9);
            EXPECT_NEAR(length(knee, ankle), kBody.shank, 1e-9);
        }
        for (const auto &[shoulder, elbow, wrist, tip] :
            {std::tuple {
                 Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftWrist, Joint::LeftHandTip},
                std::tuple {Joint::RightShoulder, Joint::RightElbow, Joint::RightWrist,
                    Joint::RightHandTip}}) {
            EXPECT_NEAR(length(shoulder, elbow), kBody.upperArm, 1e-9);
            EXPECT_NEAR(length(elbow, wrist), kBody.forearm, 1e-9);
            EXPECT_NEAR(length(wrist, tip), kBody.hand, 1e-9);
        }
        EXPECT_NEAR(length(Joint::PelvisCentre, Joint::Lumbar)
                + length(Joint::Lumbar, Joint::ShoulderCentre),
            kBody.trunk, 1e-9);
        EXPECT_NEAR(length(Joint::LeftHip, Joint::RightHip), kBody.hipJointSpan(), 1e-9);
        EXPECT_NEAR(length(Joint::ShoulderCentre, Joint::Neck), kBody.neck, 1e-9);
        EXPECT_NEAR(length(Joint::LeftAnkle, Joint::LeftToe),
            length(Joint::RightAnkle, Joint::RightToe), 1e-9);
    }
}

TEST(Skeleton, LowestDrawnPointIsOnTheFloorForRandomPoses)
{
    std::mt19937 random(7);
    for (int i = 0; i < 200; ++i) {
        const Skeleton s = forwardKinematics(randomPose(random));
        EXPECT_NEAR(lowestPoint(s, kBody), 0, 1e-9);
    }
}

TEST(Skeleton, SittingRestsTheSeatOnTheFloorWithTheHipsAboveIt)
{
    Pose sitting;
    sitting.left.hipFlexion = 90;
    sitting.left.shoulderFlexion = 180; // arms overhead, clear of the floor
    sitting.right = sitting.left;
    const Skeleton s = forwardKinematics(sitting);
    const TorsoSurface torso = torsoSurface(s);
    double seat = 1;
    for (const Vec3 &p : torso.lowerTrunk)
        seat = std::min(seat, p.y);
    EXPECT_NEAR(seat, 0, 1e-9) << "the seat is the lowest point";
    EXPECT_NEAR(s[Joint::PelvisCentre].y, kBody.pelvisDepth / 2, 1e-3);
}

TEST(Skeleton, TiltingThePelvisRollsTheSeatInPlace)
{
    // The seat is round about the hip axis, so a forward hinge neither
    // lifts nor sinks the hips.
    for (const double lean : {0.0, 20.0, 40.0, 60.0}) {
        Pose pose;
        pose.pelvisPitch = lean;
        pose.left.hipFlexion = 90 + lean;
        pose.left.shoulderFlexion = 180;
        pose.right = pose.left;
        const Skeleton s = forwardKinematics(pose);
        EXPECT_NEAR(s[Joint::PelvisCentre].y, kBody.pelvisDepth / 2, 2e-3) << lean;
    }
}

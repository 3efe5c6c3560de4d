// The three bundled Seated Leg Cross poses are plausible bodies doing what
// the exercise says: seat on the floor, knees out, shins crossed with the
// left on top, the back straight, the hands and elbows where the steps put
// them. And the test copy of the poses matches the content file.
#include "core/figure/skeleton.h"
#include "core/figure/torso.h"
#include "core/model/pose.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;
using namespace limber::testing;

namespace {

const BodyProportions kBody;

double seatHeight(const Skeleton &s)
{
    double lowest = 1;
    for (const Vec3 &p : torsoSurface(s).lowerTrunk)
        lowest = std::min(lowest, p.y);
    return lowest;
}

/// Height of the underside of a leg joint's drawn stroke.
double legBottom(const Skeleton &s, Joint joint)
{
    return s[joint].y - kBody.legWidth / 2;
}

double armBottom(const Skeleton &s, Joint joint)
{
    return s[joint].y - kBody.armWidth / 2;
}

/// Shortest distance between two 3D segments, sampled finely enough for
/// the few centimetres these checks care about.
double segmentDistance(Vec3 a0, Vec3 a1, Vec3 b0, Vec3 b1)
{
    constexpr int kSteps = 60;
    double best = 1e9;
    for (int i = 0; i <= kSteps; ++i) {
        const Vec3 a = a0 + (a1 - a0) * (static_cast<double>(i) / kSteps);
        for (int j = 0; j <= kSteps; ++j) {
            const Vec3 b = b0 + (b1 - b0) * (static_cast<double>(j) / kSteps);
            best = std::min(best, distance(a, b));
        }
    }
    return best;
}

/// Angle of the trunk from vertical, in degrees.
double trunkLean(const Skeleton &s)
{
    const Vec3 trunk = s[Joint::ShoulderCentre] - s[Joint::PelvisCentre];
    return std::atan2(trunk.z, trunk.y) * 180.0 / kPi;
}

} // namespace

TEST(SeatedLegCross, EveryPoseSitsOnTheFloor)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const Skeleton s = forwardKinematics(pose);
        EXPECT_NEAR(seatHeight(s), 0, 2e-3) << id.toStdString();
        EXPECT_NEAR(s[Joint::PelvisCentre].y, kBody.pelvisDepth / 2, 2e-3) << id.toStdString();
        // The lower foot rests on the floor, the top one on the lower leg.
        EXPECT_NEAR(
            std::min(legBottom(s, Joint::RightAnkle), legBottom(s, Joint::RightToe)), 0, 0.015)
            << id.toStdString();
        EXPECT_LT(
            std::min(legBottom(s, Joint::LeftAnkle), legBottom(s, Joint::LeftToe)), kBody.legWidth)
            << id.toStdString();
    }
}

TEST(SeatedLegCross, KneesAreOutToTheSidesAndForward)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const Skeleton s = forwardKinematics(pose);
        EXPECT_GT(s[Joint::LeftKnee].x, s[Joint::LeftHip].x + 0.1) << id.toStdString();
        EXPECT_LT(s[Joint::RightKnee].x, s[Joint::RightHip].x - 0.1) << id.toStdString();
        EXPECT_GT(s[Joint::LeftKnee].z, 0.15) << id.toStdString();
        EXPECT_GT(s[Joint::RightKnee].z, 0.15) << id.toStdString();
        // Off the floor but not far: the thighs lie low.
        for (const Joint knee : {Joint::LeftKnee, Joint::RightKnee}) {
            EXPECT_GT(legBottom(s, knee), 0.01) << id.toStdString();
            EXPECT_LT(s[knee].y, 0.15) << id.toStdString();
        }
    }
}

TEST(SeatedLegCross, ShinsCrossWithTheLeftOnTop)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const Skeleton s = forwardKinematics(pose);
        // Each ankle has crossed the midline to the other side.
        EXPECT_LT(s[Joint::LeftAnkle].x, 0) << id.toStdString();
        EXPECT_GT(s[Joint::RightAnkle].x, 0) << id.toStdString();
        // Where the shins pass the midline, the left one is in front.
        const auto atMidline = [](Vec3 knee, Vec3 ankle) {
            const double t = knee.x / (knee.x - ankle.x);
            return knee + (ankle - knee) * t;
        };
        const Vec3 left = atMidline(s[Joint::LeftKnee], s[Joint::LeftAnkle]);
        const Vec3 right = atMidline(s[Joint::RightKnee], s[Joint::RightAnkle]);
        EXPECT_GT(left.z, right.z + 0.03) << id.toStdString();
    }
}

TEST(SeatedLegCross, LegsDoNotPassThroughEachOther)
{
    // Flesh gives a little: allow the strokes to overlap by a fifth of a leg width.
    const double clearance = kBody.legWidth * 0.8;
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const Skeleton s = forwardKinematics(pose);
        const std::pair<Joint, Joint> left[] = {{Joint::LeftHip, Joint::LeftKnee},
            {Joint::LeftKnee, Joint::LeftAnkle}, {Joint::LeftAnkle, Joint::LeftToe}};
        const std::pair<Joint, Joint> right[] = {{Joint::RightHip, Joint::RightKnee},
            {Joint::RightKnee, Joint::RightAnkle}, {Joint::RightAnkle, Joint::RightToe}};
        for (const auto &[a0, a1] : left) {
            for (const auto &[b0, b1] : right) {
                EXPECT_GT(segmentDistance(s[a0], s[a1], s[b0], s[b1]), clearance)
                    << id.toStdString() << " joints " << static_cast<int>(a0) << "-"
                    << static_cast<int>(b0);
            }
        }
    }
}

TEST(SeatedLegCross, BackStaysStraightAndHingesAtTheHips)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        EXPECT_EQ(pose.spineFlexion, 0) << id.toStdString() << ": never round the lower back";
        EXPECT_EQ(pose.spineLateral, 0) << id.toStdString();
        EXPECT_EQ(pose.spineTwist, 0) << id.toStdString();
        EXPECT_LE(std::abs(pose.neckFlexion), 15) << id.toStdString() << ": the head stays in line";
    }
    EXPECT_NEAR(trunkLean(forwardKinematics(crossLeggedUpright())), 0, 1);
    const double half = trunkLean(forwardKinematics(crossLeggedLeanHalf()));
    EXPECT_GE(half, 30);
    EXPECT_LE(half, 40);
    EXPECT_GT(trunkLean(forwardKinematics(crossLeggedElbowsFloor())), half + 15);
}

TEST(SeatedLegCross, TheLegsDoNotMoveWhenTheTrunkLeans)
{
    const Skeleton upright = forwardKinematics(crossLeggedUpright());
    for (const Pose &pose : {crossLeggedLeanHalf(), crossLeggedElbowsFloor()}) {
        const Skeleton s = forwardKinematics(pose);
        for (const Joint joint : {Joint::LeftKnee, Joint::LeftAnkle, Joint::LeftToe,
                 Joint::RightKnee, Joint::RightAnkle, Joint::RightToe})
            EXPECT_LT(distance(s[joint], upright[joint]), 2e-3) << static_cast<int>(joint);
    }
}

TEST(SeatedLegCross, UprightHandsRestOnTheKnees)
{
    // Touching: the strokes of wrist and knee meet, give or take a centimetre.
    const double touching = (kBody.legWidth + kBody.armWidth) / 2 + 0.01;
    const Skeleton s = forwardKinematics(crossLeggedUpright());
    EXPECT_LT(distance(s[Joint::LeftWrist], s[Joint::LeftKnee]), touching);
    EXPECT_LT(distance(s[Joint::RightWrist], s[Joint::RightKnee]), touching);
}

TEST(SeatedLegCross, HalfLeanHandsSupportOnTheFloorInFront)
{
    const Skeleton s = forwardKinematics(crossLeggedLeanHalf());
    const double frontOfLegs = std::max({s[Joint::LeftKnee].z, s[Joint::RightKnee].z,
                                   s[Joint::LeftToe].z, s[Joint::RightToe].z})
        + kBody.legWidth / 2;
    for (const Joint tip : {Joint::LeftHandTip, Joint::RightHandTip}) {
        EXPECT_NEAR(armBottom(s, tip), 0, 2e-3);
        EXPECT_GT(s[tip].z, frontOfLegs);
    }
}

TEST(SeatedLegCross, GoalPutsTheElbowsAndForearmsOnTheFloorInFront)
{
    const Skeleton s = forwardKinematics(crossLeggedElbowsFloor());
    const double frontOfShins = std::max({s[Joint::LeftAnkle].z, s[Joint::RightAnkle].z,
                                    s[Joint::LeftToe].z, s[Joint::RightToe].z})
        + kBody.legWidth / 2;
    for (const auto &[elbow, wrist] : {std::pair {Joint::LeftElbow, Joint::LeftWrist},
             std::pair {Joint::RightElbow, Joint::RightWrist}}) {
        EXPECT_NEAR(armBottom(s, elbow), 0, 3e-3) << "elbow at floor height";
        EXPECT_NEAR(armBottom(s, wrist), 0, 3e-3) << "forearm along the floor";
        EXPECT_GT(s[elbow].z - kBody.armWidth / 2, frontOfShins) << "in front of the crossed shins";
    }
}

TEST(SeatedLegCross, TestCopyMatchesTheContentFile)
{
    QFile file(QStringLiteral(LIMBER_SOURCE_DIR "/resources/content/poses/seated-leg-cross.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toInt(), 1);
    const QJsonObject poses = root.value(QStringLiteral("poses")).toObject();
    EXPECT_EQ(poses.size(), 3);
    const auto number = [](const QJsonObject &o, const char *key) {
        return o.value(QString::fromLatin1(key)).toDouble(0.0);
    };
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        ASSERT_TRUE(poses.contains(id)) << id.toStdString();
        const QJsonObject o = poses.value(id).toObject();
        Pose read;
        read.pelvisPitch = number(o, "pelvisPitch");
        read.spineFlexion = number(o, "spineFlexion");
        read.spineLateral = number(o, "spineLateral");
        read.spineTwist = number(o, "spineTwist");
        read.neckFlexion = number(o, "neckFlexion");
        for (const auto &[key, limb] :
            {std::pair {"left", &read.left}, std::pair {"right", &read.right}}) {
            const QJsonObject l = o.value(QString::fromLatin1(key)).toObject();
            *limb = {number(l, "hipFlexion"), number(l, "hipAbduction"), number(l, "hipRotation"),
                number(l, "kneeFlexion"), number(l, "ankleFlexion"), number(l, "shoulderFlexion"),
                number(l, "shoulderAbduction"), number(l, "elbowFlexion"),
                number(l, "wristFlexion")};
        }
        EXPECT_EQ(read, pose) << id.toStdString();
    }
}

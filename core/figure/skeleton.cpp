#include "core/figure/skeleton.h"

#include "core/figure/torso.h"
#include "core/model/pose.h"

#include <algorithm>
#include <limits>

namespace limber {

namespace {

/// +1 for the left side, -1 for the right: abduction and rotation turn
/// opposite ways about the figure's axes on the two sides.
constexpr double kLeft = 1.0;
constexpr double kRight = -1.0;

struct LegJoints
{
    Joint hip, knee, ankle, toe;
};

struct ArmJoints
{
    Joint shoulder, elbow, wrist, handTip;
};

void solveLeg(
    Skeleton &s, const LimbAngles &angles, double side, LegJoints j, const BodyProportions &body)
{
    const Rotation thigh = s.pelvis.then(Rotation::aboutX(-angles.hipFlexion))
                               .then(Rotation::aboutZ(side * angles.hipAbduction))
                               .then(Rotation::aboutY(side * angles.hipRotation));
    s[j.knee] = s[j.hip] + thigh.apply({0, -body.thigh, 0});
    const Rotation shank = thigh.then(Rotation::aboutX(angles.kneeFlexion));
    s[j.ankle] = s[j.knee] + shank.apply({0, -body.shank, 0});
    const Rotation foot = shank.then(Rotation::aboutX(-angles.ankleFlexion));
    s[j.toe]
        = s[j.ankle] + foot.apply({0, -(body.ankleHeight - body.legWidth / 2), body.footReach()});
}

void solveArm(
    Skeleton &s, const LimbAngles &angles, double side, ArmJoints j, const BodyProportions &body)
{
    const Rotation upper = s.upperTrunk.then(Rotation::aboutX(-angles.shoulderFlexion))
                               .then(Rotation::aboutZ(side * angles.shoulderAbduction));
    s[j.elbow] = s[j.shoulder] + upper.apply({0, -body.upperArm, 0});
    const Rotation forearm = upper.then(Rotation::aboutX(-angles.elbowFlexion));
    s[j.wrist] = s[j.elbow] + forearm.apply({0, -body.forearm, 0});
    const Rotation hand = forearm.then(Rotation::aboutX(-angles.wristFlexion));
    s[j.handTip] = s[j.wrist] + hand.apply({0, -body.hand, 0});
}

constexpr LegJoints kLeftLeg {Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle, Joint::LeftToe};
constexpr LegJoints kRightLeg {
    Joint::RightHip, Joint::RightKnee, Joint::RightAnkle, Joint::RightToe};
constexpr ArmJoints kLeftArm {
    Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftWrist, Joint::LeftHandTip};
constexpr ArmJoints kRightArm {
    Joint::RightShoulder, Joint::RightElbow, Joint::RightWrist, Joint::RightHandTip};

} // namespace

double lowestPoint(const Skeleton &skeleton, const BodyProportions &body)
{
    double lowest = std::numeric_limits<double>::infinity();
    const auto consider = [&lowest](double y) { lowest = std::min(lowest, y); };

    for (const LegJoints &leg : {kLeftLeg, kRightLeg}) {
        for (const Joint joint : {leg.hip, leg.knee, leg.ankle, leg.toe})
            consider(skeleton[joint].y - body.legWidth / 2);
    }
    for (const ArmJoints &arm : {kLeftArm, kRightArm}) {
        for (const Joint joint : {arm.shoulder, arm.elbow, arm.wrist, arm.handTip})
            consider(skeleton[joint].y - body.armWidth / 2);
    }
    consider(skeleton[Joint::HeadCentre].y - body.headRadius());

    const TorsoSurface torso = torsoSurface(skeleton, body);
    for (const Vec3 &point : torso.lowerTrunk)
        consider(point.y);
    for (const Vec3 &point : torso.upperTrunk)
        consider(point.y);
    return lowest;
}

Skeleton forwardKinematics(const Pose &pose, const BodyProportions &body)
{
    Skeleton s;
    s.support = pose.support;
    s.pelvis = Rotation::aboutX(pose.pelvisPitch);
    s[Joint::PelvisCentre] = {0, body.hipHeight, 0};
    const Vec3 pelvis = s[Joint::PelvisCentre];
    s[Joint::LeftHip] = pelvis + s.pelvis.xAxis * (body.hipJointSpan() / 2);
    s[Joint::RightHip] = pelvis - s.pelvis.xAxis * (body.hipJointSpan() / 2);

    s[Joint::Lumbar] = pelvis + s.pelvis.yAxis * body.lumbarHeight;
    s.upperTrunk = s.pelvis.then(Rotation::aboutX(pose.spineFlexion))
                       .then(Rotation::aboutZ(-pose.spineLateral))
                       .then(Rotation::aboutY(pose.spineTwist));
    s[Joint::ShoulderCentre]
        = s[Joint::Lumbar] + s.upperTrunk.yAxis * (body.trunk - body.lumbarHeight);
    const Vec3 shoulders = s[Joint::ShoulderCentre];
    s[Joint::LeftShoulder] = shoulders + s.upperTrunk.xAxis * (body.shoulderJointSpan() / 2);
    s[Joint::RightShoulder] = shoulders - s.upperTrunk.xAxis * (body.shoulderJointSpan() / 2);

    s.head = s.upperTrunk.then(Rotation::aboutX(pose.neckFlexion));
    s[Joint::Neck] = shoulders + s.head.yAxis * body.neck;
    s[Joint::HeadCentre] = s[Joint::Neck] + s.head.yAxis * body.headRadius();

    solveLeg(s, pose.left, kLeft, kLeftLeg, body);
    solveLeg(s, pose.right, kRight, kRightLeg, body);
    solveArm(s, pose.left, kLeft, kLeftArm, body);
    solveArm(s, pose.right, kRight, kRightArm, body);

    const Vec3 lift {0, -lowestPoint(s, body), 0};
    for (Vec3 &joint : s.joints)
        joint = joint + lift;
    return s;
}

} // namespace limber

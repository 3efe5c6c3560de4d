#pragma once

#include "core/figure/bodyproportions.h"
#include "core/figure/vec.h"
#include "core/model/pose.h"

#include <array>
#include <cstddef>

namespace limber {

/// The points forward kinematics computes. The pelvis centre is midway
/// between the hip joints; Lumbar is where the lower back bends; the
/// shoulder centre is the top of the trunk and the base of the neck; Neck is
/// the top of the neck (chin level); Toe is the centre of the rounded toe end
/// of the drawn foot; HandTip is the finger tips.
enum class Joint : std::size_t {
    PelvisCentre,
    Lumbar,
    ShoulderCentre,
    Neck,
    HeadCentre,
    LeftHip,
    LeftKnee,
    LeftAnkle,
    LeftToe,
    RightHip,
    RightKnee,
    RightAnkle,
    RightToe,
    LeftShoulder,
    LeftElbow,
    LeftWrist,
    LeftHandTip,
    RightShoulder,
    RightElbow,
    RightWrist,
    RightHandTip,
};

inline constexpr std::size_t kJointCount = static_cast<std::size_t>(Joint::RightHandTip) + 1;

/// A posed figure in 3D (frame described in vec.h), resting on the floor:
/// its lowest drawn point, limb thickness included, is at y = 0.
struct Skeleton
{
    std::array<Vec3, kJointCount> joints {};
    Rotation pelvis; ///< lower trunk frame: x to the figure's left, y up the spine
    Rotation upperTrunk; ///< chest frame, after the spine's flexion, side bend and twist
    Rotation head;
    PoseSupport support = PoseSupport::Floor; ///< the prop the figure sits on, if any

    const Vec3 &operator[](Joint joint) const { return joints[static_cast<std::size_t>(joint)]; }
    Vec3 &operator[](Joint joint) { return joints[static_cast<std::size_t>(joint)]; }
};

/// Forward kinematics: joint angles to 3D points, then lifted or lowered so
/// the figure rests on the floor.
///
/// Angles compose from the pelvis outward. The pelvis pitches about the hip
/// axis and carries the whole upper body; hip angles are relative to the
/// pelvis (a trunk leaning forward by L over thighs flat on the floor is
/// pelvisPitch = L with hipFlexion = 90 + L). The hip applies flexion, then
/// abduction in the flexed frame (so a flexed, abducted thigh swings out in
/// the horizontal plane: knees out to the sides), then rotation about the
/// thigh, which turns the plane the knee bends in. The shoulder applies
/// flexion then abduction the same way; the elbow bends the forearm forward.
Skeleton forwardKinematics(const Pose &pose, const BodyProportions &body = {});

/// Height of the figure's lowest drawn point before it is set on the floor;
/// forwardKinematics() subtracts it. Exposed for tests.
double lowestPoint(const Skeleton &skeleton, const BodyProportions &body);

} // namespace limber

#pragma once

namespace limber {

/// Joint angles of one arm and one leg, in degrees, relative to the parent
/// segment (the pelvis for the hip, the upper trunk for the shoulder).
/// Zero everywhere is standing upright, arms hanging, feet flat.
struct LimbAngles
{
    double hipFlexion = 0; ///< thigh swings forward (+) or back (-)
    double hipAbduction = 0; ///< thigh swings out to the side (+)
    double hipRotation = 0; ///< thigh rotates outward (+) or inward (-)
    double kneeFlexion = 0; ///< 0 straight, 150 fully bent
    double ankleFlexion = 0; ///< foot points up (+, dorsiflexion) or down (-)
    double shoulderFlexion = 0; ///< arm raised forward (+)
    double shoulderAbduction = 0; ///< arm raised sideways (+)
    double elbowFlexion = 0; ///< 0 straight, 145 fully bent
    /// The hand bends the way the elbow bends (+) or the other way (-), e.g.
    /// 90 for a hand flat on the floor under an upright forearm, fingers forward.
    double wristFlexion = 0;

    friend bool operator==(const LimbAngles &, const LimbAngles &) = default;
};

/// What the figure sits or lies on besides the floor. A prop is drawn
/// under the figure; the figure still rests on its lowest point.
enum class PoseSupport {
    Floor, ///< nothing but the floor
    Chair, ///< a chair under the seat (sitting with the feet on the floor)
};

/// A body posture as joint angles. The figure module turns it into 3D
/// points (forward kinematics); the figure rests on the floor at its lowest
/// point, so a pose never states a height.
struct Pose
{
    double pelvisPitch = 0; ///< pelvis tilts forward (+), hinging at the hips
    double spineFlexion = 0; ///< the back rounds forward (+) above the pelvis
    double spineLateral = 0; ///< trunk bends to the figure's left (+)
    double spineTwist = 0; ///< trunk turns to the figure's left (+)
    double neckFlexion = 0; ///< chin toward the chest (+)
    LimbAngles left;
    LimbAngles right;
    PoseSupport support = PoseSupport::Floor;

    friend bool operator==(const Pose &, const Pose &) = default;
};

} // namespace limber

#include "core/figure/posemath.h"

#include <algorithm>

namespace limber {

namespace {

double mix(double a, double b, double t)
{
    return a + (b - a) * t;
}

LimbAngles mix(const LimbAngles &a, const LimbAngles &b, double t)
{
    LimbAngles out;
    out.hipFlexion = mix(a.hipFlexion, b.hipFlexion, t);
    out.hipAbduction = mix(a.hipAbduction, b.hipAbduction, t);
    out.hipRotation = mix(a.hipRotation, b.hipRotation, t);
    out.kneeFlexion = mix(a.kneeFlexion, b.kneeFlexion, t);
    out.ankleFlexion = mix(a.ankleFlexion, b.ankleFlexion, t);
    out.shoulderFlexion = mix(a.shoulderFlexion, b.shoulderFlexion, t);
    out.shoulderAbduction = mix(a.shoulderAbduction, b.shoulderAbduction, t);
    out.elbowFlexion = mix(a.elbowFlexion, b.elbowFlexion, t);
    out.wristFlexion = mix(a.wristFlexion, b.wristFlexion, t);
    return out;
}

} // namespace

Pose mirrored(const Pose &pose)
{
    Pose out = pose;
    out.left = pose.right;
    out.right = pose.left;
    out.spineLateral = -pose.spineLateral;
    out.spineTwist = -pose.spineTwist;
    return out;
}

Pose interpolate(const Pose &from, const Pose &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    if (t == 1.0)
        return to;
    Pose out;
    out.pelvisPitch = mix(from.pelvisPitch, to.pelvisPitch, t);
    out.spineFlexion = mix(from.spineFlexion, to.spineFlexion, t);
    out.spineLateral = mix(from.spineLateral, to.spineLateral, t);
    out.spineTwist = mix(from.spineTwist, to.spineTwist, t);
    out.neckFlexion = mix(from.neckFlexion, to.neckFlexion, t);
    out.left = mix(from.left, to.left, t);
    out.right = mix(from.right, to.right, t);
    // A prop cannot fade in: it belongs to whichever end the figure is nearer.
    out.support = t < 0.5 ? from.support : to.support;
    return out;
}

} // namespace limber

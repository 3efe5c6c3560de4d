#include "core/figure/torso.h"

#include "core/figure/skeleton.h"

#include <cmath>

namespace limber {

namespace {

constexpr int kRingPoints = 32;

/// Appends an elliptic ring, lying in the frame's x-z plane at height y,
/// with half-width \a across (along x) and half-depth \a deep (along z),
/// its centre moved forward by \a forward.
void addRing(std::vector<Vec3> &cloud, Vec3 origin, const Rotation &frame, double y, double across,
    double deep, double forward = 0)
{
    for (int i = 0; i < kRingPoints; ++i) {
        const double angle = 2.0 * kPi * i / kRingPoints;
        const Vec3 local {across * std::cos(angle), y, forward + deep * std::sin(angle)};
        cloud.push_back(origin + frame.apply(local));
    }
}

} // namespace

TorsoSurface torsoSurface(const Skeleton &skeleton, const BodyProportions &body)
{
    TorsoSurface surface;

    const double hipHalf = body.hipWidth / 2;
    const double pelvisHalfDepth = body.pelvisDepth / 2;
    const double waistHalf = hipHalf * body.waistFraction;
    const Vec3 pelvis = skeleton[Joint::PelvisCentre];

    // Seat: a half ellipsoid below the hip axis, its depth radius also its
    // downward reach.
    for (const double degrees : {85.0, 70.0, 50.0, 25.0}) {
        const double a = radians(degrees);
        addRing(surface.lowerTrunk, pelvis, skeleton.pelvis, -pelvisHalfDepth * std::sin(a),
            hipHalf * std::cos(a), pelvisHalfDepth * std::cos(a));
    }
    addRing(surface.lowerTrunk, pelvis, skeleton.pelvis, 0.0, hipHalf, pelvisHalfDepth);
    addRing(surface.lowerTrunk, pelvis, skeleton.pelvis, body.lumbarHeight, waistHalf,
        pelvisHalfDepth * 0.92);

    const Vec3 lumbar = skeleton[Joint::Lumbar];
    const double upperLength = body.trunk - body.lumbarHeight;
    const double shoulderHalf = body.shoulderJointSpan() / 2 + body.armWidth * 0.25;
    const double chestHalfDepth = body.chestDepth / 2;
    addRing(
        surface.upperTrunk, lumbar, skeleton.upperTrunk, 0.0, waistHalf, pelvisHalfDepth * 0.92);
    addRing(surface.upperTrunk, lumbar, skeleton.upperTrunk, upperLength * 0.55, shoulderHalf * 0.9,
        chestHalfDepth);
    addRing(surface.upperTrunk, lumbar, skeleton.upperTrunk, upperLength, shoulderHalf,
        chestHalfDepth * 0.85);
    // Shoulders with rounded corners: a flat top a little above the shoulder
    // line, blended into the sides with a quarter circle.
    const double corner = body.armWidth * 0.6;
    const double topHalfDepth = chestHalfDepth * 0.85;
    for (const double degrees : {20.0, 40.0, 60.0, 75.0, 90.0}) {
        const double a = radians(degrees);
        const double inset = corner * (1 - std::cos(a));
        // Seen from the side the top slopes down to the front, as the
        // shoulders do: the back corner stays square, the front one rounds.
        addRing(surface.upperTrunk, lumbar, skeleton.upperTrunk, upperLength + corner * std::sin(a),
            shoulderHalf - inset, topHalfDepth - inset * 0.6, -inset * 0.6);
    }
    return surface;
}

} // namespace limber

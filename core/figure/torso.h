#pragma once

#include "core/figure/bodyproportions.h"
#include "core/figure/vec.h"

#include <vector>

namespace limber {

struct Skeleton;

/// The trunk as two clouds of surface points: rings of elliptic cross
/// sections (wide across, shallower front to back). The drawn trunk is the
/// convex outline of each cloud after projection, which keeps it right from
/// any camera angle; the lowest point of the lower cloud is the seat.
///
/// The seat is a half ellipsoid under the hip joints, round in the side
/// view with its centre on the hip axis, so tilting the pelvis forward rolls
/// it in place instead of lifting the figure off the floor.
struct TorsoSurface
{
    std::vector<Vec3> lowerTrunk; ///< seat, hips and lower back, up to the lumbar bend
    std::vector<Vec3> upperTrunk; ///< waist to the rounded tops of the shoulders
};

TorsoSurface torsoSurface(const Skeleton &skeleton, const BodyProportions &body = {});

} // namespace limber

#pragma once

#include "core/figure/vec.h"

#include <vector>

namespace limber {

/// Convex outline of \a points, counter-clockwise (y up), without repeats.
std::vector<Point2> convexHull(std::vector<Point2> points);

/// The closest pair of points on segments [a0, a1] and [b0, b1], as the
/// parameters along each (0 at the start, 1 at the end) and their distance.
struct SegmentProximity
{
    double s = 0; ///< along a
    double t = 0; ///< along b
    double distance = 0;
};

SegmentProximity closestPoints(Point2 a0, Point2 a1, Point2 b0, Point2 b1);

} // namespace limber

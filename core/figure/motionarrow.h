#pragma once

#include "core/figure/bodyproportions.h"
#include "core/figure/figuregeometry.h"
#include "core/figure/vec.h"

#include <optional>
#include <vector>

namespace limber {

/// A curved arrow that shows a movement: an arc around the hips, just
/// outside the path the head takes, ending in a triangular head.
struct MotionArrow
{
    std::vector<Point2> path; ///< the arc as a polyline, start to tip
    std::vector<Point2> head; ///< the arrow head, a triangle
    double width = 0; ///< stroke width of the arc, a fraction of body height

    /// Covers the arc at its width and the head.
    Bounds bounds() const;
};

/// The arrow for a movement from \a from to \a to (both projected with the
/// same camera), or nothing when the head barely moves.
std::optional<MotionArrow> motionArrow(
    const FigureGeometry &from, const FigureGeometry &to, const BodyProportions &body = {});

} // namespace limber

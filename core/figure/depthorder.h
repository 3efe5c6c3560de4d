#pragma once

#include "core/figure/vec.h"

#include <cstddef>
#include <vector>

namespace limber {

/// A stroke of constant radius on the drawing plane whose depth varies
/// linearly from one end to the other (larger is nearer the camera).
struct DepthCapsule
{
    Point2 start;
    Point2 end;
    double radius = 0;
    double startDepth = 0;
    double endDepth = 0;
};

/// Something the painter draws in one go (a limb, the trunk, the head),
/// described by the capsules that cover it.
using DepthShape = std::vector<DepthCapsule>;

/// Back-to-front order for the painter's algorithm. Two shapes are ordered
/// only where they overlap on the drawing plane, by their depths at the
/// overlap: crossing shins are ordered at the crossing, however deep their
/// ends are. Each overlapping pair of capsules votes with the size of its
/// overlap. Shapes that do not overlap, and cycles, fall back to mean depth.
/// Returns indices into \a shapes, farthest first.
std::vector<std::size_t> paintOrder(const std::vector<DepthShape> &shapes);

} // namespace limber

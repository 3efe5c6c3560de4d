#pragma once

#include "core/figure/bodyproportions.h"
#include "core/figure/camera.h"
#include "core/figure/skeleton.h"
#include "core/figure/vec.h"
#include "core/model/side.h"

#include <array>
#include <variant>
#include <vector>

namespace limber {

struct Pose;

enum class LimbKind { UpperArm, Forearm, Hand, Thigh, Shank, Foot };

/// One straight piece of a limb, drawn as a stroke with round ends. The
/// pieces of one limb follow each other in the paint order and join end to
/// start, so the painter can draw them as one path.
struct LimbSegment
{
    LimbKind kind = LimbKind::Thigh;
    Side side = Side::Left;
    Point2 start;
    Point2 end;
    double width = 0; ///< stroke width, a fraction of body height
    double depth = 0; ///< mean depth, larger is nearer
    bool far = false; ///< on the side turned away from the camera: drawn lighter
};

/// The trunk as two convex outlines that overlap at the waist. The lower one
/// is the seat, hips and lower back: the region this first exercise
/// stretches, which the painter may tint.
struct TorsoShape
{
    std::vector<Point2> lowerTrunk; ///< counter-clockwise, y up
    std::vector<Point2> upperTrunk;
    double depth = 0;
};

struct HeadShape
{
    Point2 centre;
    double radius = 0;
    double depth = 0;
};

using FigurePart = std::variant<LimbSegment, TorsoShape, HeadShape>;

/// A thin line on the floor under the figure.
struct FloorLine
{
    double y = 0;
    double left = 0;
    double right = 0;
    double width = 0;
};

/// One block of a prop (a chair's seat, a leg, its backrest) as a convex
/// outline, counter-clockwise. Props are drawn behind the whole figure.
struct PropShape
{
    std::vector<Point2> outline;
};

/// An axis-aligned box on the drawing plane, y up.
struct Bounds
{
    double left = 0;
    double bottom = 0;
    double right = 0;
    double top = 0;

    double width() const { return right - left; }
    double height() const { return top - bottom; }
    Bounds united(const Bounds &other) const;
};

/// Everything the painter needs, in units of body height on the drawing
/// plane (y up), with parts in paint order: back to front.
struct FigureGeometry
{
    std::vector<FigurePart> parts;
    std::vector<PropShape> props; ///< what the figure sits on, drawn before the parts
    FloorLine floor;
    Bounds bounds; ///< covers every part at its full width, and the floor line
    std::array<Point2, kJointCount> joints {}; ///< projected joints, for arrows and labels

    Point2 joint(Joint j) const { return joints[static_cast<std::size_t>(j)]; }
};

/// Projects a posed figure for drawing: limbs, trunk and head as flat
/// shapes, ordered back to front; limbs on the side turned away from the
/// camera are flagged far. A figure seen straight from the front or back
/// has no far side. The order comes from where parts overlap on the
/// picture (see paintOrder()): far limbs come before the trunk and the near
/// limbs, except where a far limb truly passes in front, like the top shin
/// of crossed legs seen from the other side.
/// A prop the skeleton rests on (Skeleton::support) is projected into props.
FigureGeometry figureGeometry(
    const Skeleton &skeleton, const Camera &camera, const BodyProportions &body = {});

/// Forward kinematics and projection in one call.
FigureGeometry figureGeometry(
    const Pose &pose, const Camera &camera, const BodyProportions &body = {});

} // namespace limber

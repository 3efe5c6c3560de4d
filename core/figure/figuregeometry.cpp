#include "core/figure/figuregeometry.h"

#include "core/figure/depthorder.h"
#include "core/figure/plane.h"
#include "core/figure/props.h"
#include "core/figure/torso.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber {

namespace {

/// How far a side must turn away before it counts as the far side: about
/// ten degrees from a straight front or back view.
constexpr double kFarSideThreshold = 0.17;
/// The floor line reaches this far past the figure on both sides.
constexpr double kFloorOverhang = 0.08;
constexpr double kFloorLineWidth = 0.012;

struct SegmentSpec
{
    LimbKind kind;
    Joint start;
    Joint end;
};

struct LimbSpec
{
    Side side;
    bool arm;
    std::array<SegmentSpec, 3> segments;
};

constexpr std::array<LimbSpec, 4> kLimbs {{
    {Side::Left, false,
        {{{LimbKind::Thigh, Joint::LeftHip, Joint::LeftKnee},
            {LimbKind::Shank, Joint::LeftKnee, Joint::LeftAnkle},
            {LimbKind::Foot, Joint::LeftAnkle, Joint::LeftToe}}}},
    {Side::Right, false,
        {{{LimbKind::Thigh, Joint::RightHip, Joint::RightKnee},
            {LimbKind::Shank, Joint::RightKnee, Joint::RightAnkle},
            {LimbKind::Foot, Joint::RightAnkle, Joint::RightToe}}}},
    {Side::Left, true,
        {{{LimbKind::UpperArm, Joint::LeftShoulder, Joint::LeftElbow},
            {LimbKind::Forearm, Joint::LeftElbow, Joint::LeftWrist},
            {LimbKind::Hand, Joint::LeftWrist, Joint::LeftHandTip}}}},
    {Side::Right, true,
        {{{LimbKind::UpperArm, Joint::RightShoulder, Joint::RightElbow},
            {LimbKind::Forearm, Joint::RightElbow, Joint::RightWrist},
            {LimbKind::Hand, Joint::RightWrist, Joint::RightHandTip}}}},
}};

/// Which side, if any, is turned away from the camera, judged by where the
/// figure's left points relative to the camera.
Side farSide(const Rotation &frame, const Camera &camera)
{
    const double leftTowardCamera = dot(frame.xAxis, camera.towardCamera());
    if (leftTowardCamera < -kFarSideThreshold)
        return Side::Left;
    if (leftTowardCamera > kFarSideThreshold)
        return Side::Right;
    return Side::None;
}

std::vector<Point2> projectedHull(const std::vector<Vec3> &cloud, const Camera &camera)
{
    std::vector<Point2> points;
    points.reserve(cloud.size());
    for (const Vec3 &p : cloud)
        points.push_back(camera.project(p).point);
    return convexHull(std::move(points));
}

/// A capsule along a trunk piece's axis, wide enough to stand for the
/// piece when deciding what overlaps it.
DepthCapsule trunkCapsule(ProjectedPoint from, ProjectedPoint to, const std::vector<Point2> &hull)
{
    double widest = 0;
    for (const Point2 &p : hull)
        widest = std::max(widest, closestPoints(p, p, from.point, to.point).distance);
    return {from.point, to.point, widest * 0.8, from.depth, to.depth};
}

void include(Bounds &bounds, Point2 p, double radius)
{
    bounds.left = std::min(bounds.left, p.x - radius);
    bounds.right = std::max(bounds.right, p.x + radius);
    bounds.bottom = std::min(bounds.bottom, p.y - radius);
    bounds.top = std::max(bounds.top, p.y + radius);
}

struct PartBounds
{
    Bounds &bounds;
    void operator()(const LimbSegment &limb) const
    {
        include(bounds, limb.start, limb.width / 2);
        include(bounds, limb.end, limb.width / 2);
    }
    void operator()(const TorsoShape &torso) const
    {
        for (const Point2 &p : torso.lowerTrunk)
            include(bounds, p, 0);
        for (const Point2 &p : torso.upperTrunk)
            include(bounds, p, 0);
    }
    void operator()(const HeadShape &head) const { include(bounds, head.centre, head.radius); }
};

} // namespace

Bounds Bounds::united(const Bounds &other) const
{
    return {std::min(left, other.left), std::min(bottom, other.bottom),
        std::max(right, other.right), std::max(top, other.top)};
}

FigureGeometry figureGeometry(
    const Skeleton &skeleton, const Camera &camera, const BodyProportions &body)
{
    FigureGeometry geometry;
    std::array<ProjectedPoint, kJointCount> projected {};
    for (std::size_t i = 0; i < kJointCount; ++i) {
        projected[i] = camera.project(skeleton.joints[i]);
        geometry.joints[i] = projected[i].point;
    }
    const auto at = [&projected](Joint j) { return projected[static_cast<std::size_t>(j)]; };

    // Candidate parts and the shapes that stand for them in depth ordering.
    std::vector<std::vector<FigurePart>> groups;
    std::vector<DepthShape> shapes;

    const Side legFarSide = farSide(skeleton.pelvis, camera);
    const Side armFarSide = farSide(skeleton.upperTrunk, camera);
    for (const LimbSpec &limb : kLimbs) {
        const double width = limb.arm ? body.armWidth : body.legWidth;
        const bool far = limb.side == (limb.arm ? armFarSide : legFarSide);
        std::vector<FigurePart> parts;
        DepthShape shape;
        for (const SegmentSpec &spec : limb.segments) {
            const ProjectedPoint a = at(spec.start);
            const ProjectedPoint b = at(spec.end);
            parts.emplace_back(LimbSegment {
                spec.kind, limb.side, a.point, b.point, width, (a.depth + b.depth) / 2, far});
            shape.push_back({a.point, b.point, width / 2, a.depth, b.depth});
        }
        groups.push_back(std::move(parts));
        shapes.push_back(std::move(shape));
    }

    const TorsoSurface surface = torsoSurface(skeleton, body);
    TorsoShape torso;
    torso.lowerTrunk = projectedHull(surface.lowerTrunk, camera);
    torso.upperTrunk = projectedHull(surface.upperTrunk, camera);
    torso.depth = (at(Joint::PelvisCentre).depth + at(Joint::ShoulderCentre).depth) / 2;
    shapes.push_back({trunkCapsule(at(Joint::PelvisCentre), at(Joint::Lumbar), torso.lowerTrunk),
        trunkCapsule(at(Joint::Lumbar), at(Joint::ShoulderCentre), torso.upperTrunk)});
    groups.push_back({torso});

    const ProjectedPoint head = at(Joint::HeadCentre);
    const double headRadius = body.headRadius();
    shapes.push_back({{head.point, head.point, headRadius, head.depth, head.depth}});
    groups.push_back({HeadShape {head.point, headRadius, head.depth}});

    for (const std::size_t index : paintOrder(shapes)) {
        for (FigurePart &part : groups[index])
            geometry.parts.push_back(std::move(part));
    }

    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    Bounds bounds {kInfinity, kInfinity, -kInfinity, -kInfinity};
    for (const FigurePart &part : geometry.parts)
        std::visit(PartBounds {bounds}, part);
    for (const PropBlock &block : supportBlocks(skeleton, body)) {
        PropShape prop {projectedHull({block.begin(), block.end()}, camera)};
        for (const Point2 &p : prop.outline)
            include(bounds, p, 0);
        geometry.props.push_back(std::move(prop));
    }

    const Vec3 pelvis = skeleton[Joint::PelvisCentre];
    // Level, the floor under the hips is the line the figure rests on. Seen
    // from above, the floor is a plane whose near parts fall lower on the
    // picture; one line cannot show it, so it goes under the lowest part.
    geometry.floor.y = std::min(camera.project({pelvis.x, 0, pelvis.z}).point.y, bounds.bottom);
    geometry.floor.left = bounds.left - kFloorOverhang;
    geometry.floor.right = bounds.right + kFloorOverhang;
    geometry.floor.width = kFloorLineWidth;
    include(bounds, {geometry.floor.left, geometry.floor.y}, kFloorLineWidth);
    include(bounds, {geometry.floor.right, geometry.floor.y}, kFloorLineWidth);
    geometry.bounds = bounds;
    return geometry;
}

FigureGeometry figureGeometry(const Pose &pose, const Camera &camera, const BodyProportions &body)
{
    return figureGeometry(forwardKinematics(pose, body), camera, body);
}

} // namespace limber

#include "core/figure/motionarrow.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber {

namespace {

constexpr double kSmallestSweep = 0.05; // radians, about three degrees
constexpr double kClearance = 0.07; // between the head's edge and the arc
constexpr double kLineWidth = 0.016;
constexpr double kHeadLength = 0.055;
constexpr int kSteps = 24;

Point2 onCircle(Point2 centre, double radius, double angle)
{
    return {centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
}

} // namespace

Bounds MotionArrow::bounds() const
{
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    Bounds b {kInfinity, kInfinity, -kInfinity, -kInfinity};
    const auto include = [&b](Point2 p, double r) {
        b.left = std::min(b.left, p.x - r);
        b.right = std::max(b.right, p.x + r);
        b.bottom = std::min(b.bottom, p.y - r);
        b.top = std::max(b.top, p.y + r);
    };
    for (const Point2 &p : path)
        include(p, width / 2);
    for (const Point2 &p : head)
        include(p, 0);
    return b;
}

std::optional<MotionArrow> motionArrow(
    const FigureGeometry &from, const FigureGeometry &to, const BodyProportions &body)
{
    const Point2 pivot = from.joint(Joint::PelvisCentre);
    const Point2 start = from.joint(Joint::HeadCentre) - pivot;
    const Point2 end = to.joint(Joint::HeadCentre) - to.joint(Joint::PelvisCentre);
    const double startAngle = std::atan2(start.y, start.x);
    double sweep = std::atan2(end.y, end.x) - startAngle;
    if (sweep > kPi)
        sweep -= 2 * kPi;
    if (sweep < -kPi)
        sweep += 2 * kPi;
    if (std::abs(sweep) < kSmallestSweep)
        return std::nullopt;

    MotionArrow arrow;
    arrow.width = kLineWidth;
    const double radius = std::max(length(start), length(end)) + body.headRadius() + kClearance;
    // Open a little at both ends so it reads as a movement, not a ring.
    const double trimmed = sweep * 0.85;
    const double first = startAngle + (sweep - trimmed) / 2;
    for (int i = 0; i <= kSteps; ++i)
        arrow.path.push_back(onCircle(pivot, radius, first + trimmed * i / kSteps));

    const double tipAngle = first + trimmed;
    const Point2 tip = arrow.path.back();
    const double turn = sweep > 0 ? 1.0 : -1.0;
    const Point2 tangent {-std::sin(tipAngle) * turn, std::cos(tipAngle) * turn};
    const Point2 normal {-tangent.y, tangent.x};
    const Point2 back = tip - tangent * kHeadLength;
    arrow.head = {tip + tangent * (kLineWidth / 2), back + normal * (kHeadLength * 0.55),
        back - normal * (kHeadLength * 0.55)};
    return arrow;
}

} // namespace limber

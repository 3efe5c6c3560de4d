#include "core/figure/plane.h"

#include <algorithm>

namespace limber {

namespace {

double cross(Point2 o, Point2 a, Point2 b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

} // namespace

std::vector<Point2> convexHull(std::vector<Point2> points)
{
    // Andrew's monotone chain.
    std::sort(points.begin(), points.end(),
        [](Point2 a, Point2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return points;

    std::vector<Point2> hull(2 * points.size());
    std::size_t k = 0;
    for (const Point2 &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    const std::size_t lowerSize = k + 1;
    for (auto it = points.rbegin() + 1; it != points.rend(); ++it) {
        while (k >= lowerSize && cross(hull[k - 2], hull[k - 1], *it) <= 0)
            --k;
        hull[k++] = *it;
    }
    hull.resize(k - 1);
    return hull;
}

SegmentProximity closestPoints(Point2 a0, Point2 a1, Point2 b0, Point2 b1)
{
    // After Ericson, Real-Time Collision Detection, 5.1.9, in two dimensions.
    constexpr double kTiny = 1e-12;
    const Point2 d1 = a1 - a0;
    const Point2 d2 = b1 - b0;
    const Point2 r = a0 - b0;
    const double a = dot(d1, d1);
    const double e = dot(d2, d2);
    const double f = dot(d2, r);
    double s = 0;
    double t = 0;
    if (a <= kTiny && e <= kTiny) {
        s = t = 0;
    } else if (a <= kTiny) {
        t = std::clamp(f / e, 0.0, 1.0);
    } else {
        const double c = dot(d1, r);
        if (e <= kTiny) {
            s = std::clamp(-c / a, 0.0, 1.0);
        } else {
            const double b = dot(d1, d2);
            const double denom = a * e - b * b;
            s = denom > kTiny ? std::clamp((b * f - c * e) / denom, 0.0, 1.0) : 0.0;
            t = (b * s + f) / e;
            if (t < 0) {
                t = 0;
                s = std::clamp(-c / a, 0.0, 1.0);
            } else if (t > 1) {
                t = 1;
                s = std::clamp((b - c) / a, 0.0, 1.0);
            }
        }
    }
    const Point2 pa = a0 + d1 * s;
    const Point2 pb = b0 + d2 * t;
    return {s, t, distance(pa, pb)};
}

} // namespace limber

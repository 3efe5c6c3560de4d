// The painter's order and the plane helpers it rests on.
#include "core/figure/depthorder.h"
#include "core/figure/plane.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;

namespace {

DepthShape bar(Point2 from, Point2 to, double startDepth, double endDepth, double radius = 0.05)
{
    return {{from, to, radius, startDepth, endDepth}};
}

std::size_t positionOf(const std::vector<std::size_t> &order, std::size_t shape)
{
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), shape) - order.begin());
}

} // namespace

TEST(DepthOrder, SeparateShapesGoFarthestFirst)
{
    const std::vector<DepthShape> shapes {
        bar({0, 0}, {1, 0}, 0.5, 0.5), bar({0, 2}, {1, 2}, -1, -1), bar({0, 4}, {1, 4}, 0.1, 0.1)};
    EXPECT_EQ(paintOrder(shapes), (std::vector<std::size_t> {1, 2, 0}));
}

TEST(DepthOrder, CrossingShapesAreOrderedAtTheCrossingNotByTheirMeanDepth)
{
    // Like the top shin of crossed legs: bar A is nearer on average (mean
    // depth 3.9) but bar B is nearer where they cross (2.0 against 1.85).
    const DepthShape a = bar({-1, 0}, {3, 0}, -0.2, 8.0);
    const DepthShape b = bar({0, -1}, {0, 1}, 1.95, 2.05);
    EXPECT_EQ(paintOrder({a, b}), (std::vector<std::size_t> {0, 1}));
    EXPECT_EQ(paintOrder({b, a}), (std::vector<std::size_t> {1, 0}));
}

TEST(DepthOrder, OrderFollowsOverlapsThroughAChain)
{
    // 0 overlaps 1, 1 overlaps 2, 0 and 2 are apart; 2 is farthest on
    // average but in front of 1, which is in front of 0.
    const std::vector<DepthShape> shapes {bar({0, 0}, {1, 0}, 0.0, 0.0),
        bar({1, 0}, {2, 0}, 0.5, 0.5), bar({2, 0}, {8, 0}, 1.0, -9.0)};
    const std::vector<std::size_t> order = paintOrder(shapes);
    EXPECT_LT(positionOf(order, 0), positionOf(order, 1));
    EXPECT_LT(positionOf(order, 1), positionOf(order, 2));
}

TEST(DepthOrder, CyclesStillGiveEveryShapeOnce)
{
    // Three bars overlapping pairwise, each in front of the next.
    const std::vector<DepthShape> shapes {
        bar({0, 0}, {2, 0}, 1, 0), bar({2, 0}, {1, 2}, 1, 0), bar({1, 2}, {0, 0}, 1, 0)};
    std::vector<std::size_t> order = paintOrder(shapes);
    std::sort(order.begin(), order.end());
    EXPECT_EQ(order, (std::vector<std::size_t> {0, 1, 2}));
}

TEST(Plane, ConvexHullKeepsTheCornersCounterClockwise)
{
    const std::vector<Point2> hull
        = convexHull({{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 0.5}, {0, 0}, {2, 2}});
    ASSERT_EQ(hull.size(), 4U);
    double area = 0;
    for (std::size_t i = 0; i < hull.size(); ++i) {
        const Point2 p = hull[i];
        const Point2 q = hull[(i + 1) % hull.size()];
        area += p.x * q.y - q.x * p.y;
    }
    EXPECT_NEAR(area / 2, 4.0, 1e-12) << "positive area means counter-clockwise";
}

TEST(Plane, ClosestPointsOfCrossingAndParallelSegments)
{
    const SegmentProximity crossing = closestPoints({-1, 0}, {1, 0}, {0, -1}, {0, 3});
    EXPECT_NEAR(crossing.distance, 0, 1e-12);
    EXPECT_NEAR(crossing.s, 0.5, 1e-12);
    EXPECT_NEAR(crossing.t, 0.25, 1e-12);

    const SegmentProximity apart = closestPoints({0, 0}, {1, 0}, {3, 1}, {5, 1});
    EXPECT_NEAR(apart.distance, std::sqrt(5.0), 1e-12);
    EXPECT_NEAR(apart.s, 1, 1e-12);
    EXPECT_NEAR(apart.t, 0, 1e-12);

    const SegmentProximity point = closestPoints({0, 0}, {0, 0}, {-1, 2}, {1, 2});
    EXPECT_NEAR(point.distance, 2, 1e-12);
    EXPECT_NEAR(point.t, 0.5, 1e-12);
}

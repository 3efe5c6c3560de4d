#include "core/figure/depthorder.h"

#include "core/figure/plane.h"

#include <limits>

namespace limber {

namespace {

double meanDepth(const DepthShape &shape)
{
    if (shape.empty())
        return 0;
    double sum = 0;
    for (const DepthCapsule &c : shape)
        sum += (c.startDepth + c.endDepth) / 2;
    return sum / static_cast<double>(shape.size());
}

double depthAt(const DepthCapsule &c, double s)
{
    return c.startDepth + (c.endDepth - c.startDepth) * s;
}

/// Positive when \a a lies in front of \a b where they overlap, negative
/// when behind, zero when they do not overlap.
double frontVote(const DepthShape &a, const DepthShape &b)
{
    constexpr double kSameDepth = 1e-9;
    double vote = 0;
    for (const DepthCapsule &ca : a) {
        for (const DepthCapsule &cb : b) {
            const SegmentProximity near = closestPoints(ca.start, ca.end, cb.start, cb.end);
            const double overlap = ca.radius + cb.radius - near.distance;
            if (overlap <= 0)
                continue;
            const double difference = depthAt(ca, near.s) - depthAt(cb, near.t);
            if (difference > kSameDepth)
                vote += overlap;
            else if (difference < -kSameDepth)
                vote -= overlap;
        }
    }
    return vote;
}

} // namespace

std::vector<std::size_t> paintOrder(const std::vector<DepthShape> &shapes)
{
    const std::size_t n = shapes.size();
    // before[i][j]: i must be painted before j.
    std::vector<std::vector<bool>> before(n, std::vector<bool>(n, false));
    std::vector<int> pending(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double vote = frontVote(shapes[i], shapes[j]);
            if (vote > 0) {
                before[j][i] = true;
                ++pending[i];
            } else if (vote < 0) {
                before[i][j] = true;
                ++pending[j];
            }
        }
    }

    std::vector<double> depth(n);
    for (std::size_t i = 0; i < n; ++i)
        depth[i] = meanDepth(shapes[i]);

    std::vector<bool> done(n, false);
    std::vector<std::size_t> order;
    order.reserve(n);
    while (order.size() < n) {
        // The farthest shape with nothing left to wait for; if a cycle leaves
        // none, the farthest remaining shape breaks it.
        std::size_t pick = n;
        for (const bool requireFree : {true, false}) {
            double farthest = std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < n; ++i) {
                if (done[i] || (requireFree && pending[i] > 0))
                    continue;
                if (depth[i] < farthest) {
                    farthest = depth[i];
                    pick = i;
                }
            }
            if (pick < n)
                break;
        }
        done[pick] = true;
        order.push_back(pick);
        for (std::size_t j = 0; j < n; ++j) {
            if (before[pick][j])
                --pending[j];
        }
    }
    return order;
}

} // namespace limber

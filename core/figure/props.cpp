#include "core/figure/props.h"

#include "core/figure/skeleton.h"
#include "core/figure/torso.h"
#include "core/model/pose.h"

#include <algorithm>
#include <limits>

namespace limber {

namespace {

// A chair's size as fractions of body height: about 45 cm wide and deep
// with a backrest half a metre high, for a person of 1.75 m.
constexpr double kSeatHalfWidth = 0.125;
constexpr double kSeatDepth = 0.24;
constexpr double kSeatThickness = 0.025;
constexpr double kLegThickness = 0.022;
constexpr double kBackrestHeight = 0.26;
constexpr double kBackrestThickness = 0.02;
/// Below this the seat is practically on the floor: no room for a chair.
constexpr double kLowestChairSeat = 0.12;

PropBlock block(Vec3 low, Vec3 high)
{
    return {{{low.x, low.y, low.z}, {high.x, low.y, low.z}, {low.x, high.y, low.z},
        {high.x, high.y, low.z}, {low.x, low.y, high.z}, {high.x, low.y, high.z},
        {low.x, high.y, high.z}, {high.x, high.y, high.z}}};
}

std::vector<PropBlock> chairBlocks(const Skeleton &skeleton, const BodyProportions &body)
{
    const TorsoSurface torso = torsoSurface(skeleton, body);
    double seatTop = std::numeric_limits<double>::infinity();
    double back = std::numeric_limits<double>::infinity();
    for (const Vec3 &p : torso.lowerTrunk) {
        seatTop = std::min(seatTop, p.y);
        back = std::min(back, p.z);
    }
    if (seatTop < kLowestChairSeat)
        return {};

    const double x = kSeatHalfWidth;
    const double front = back + kSeatDepth;
    const double seatBottom = seatTop - kSeatThickness;
    std::vector<PropBlock> blocks;
    blocks.push_back(block({-x, seatBottom, back}, {x, seatTop, front}));
    for (const double legX : {-x, x - kLegThickness}) {
        for (const double legZ : {back, front - kLegThickness})
            blocks.push_back(
                block({legX, 0, legZ}, {legX + kLegThickness, seatBottom, legZ + kLegThickness}));
    }
    // The backrest leans back a little: its top sits behind its foot.
    const double top = seatTop + kBackrestHeight;
    const double lean = kBackrestHeight * 0.12;
    PropBlock backrest = block({-x, seatTop, back - kBackrestThickness}, {x, top, back});
    for (Vec3 &corner : backrest) {
        if (corner.y > seatTop)
            corner.z -= lean;
    }
    blocks.push_back(backrest);
    return blocks;
}

} // namespace

std::vector<PropBlock> supportBlocks(const Skeleton &skeleton, const BodyProportions &body)
{
    switch (skeleton.support) {
    case PoseSupport::Chair:
        return chairBlocks(skeleton, body);
    case PoseSupport::Floor:
        break;
    }
    return {};
}

} // namespace limber

// The drawing geometry: paint order, far limbs, floor and bounds.
#include "core/figure/figuregeometry.h"
#include "core/figure/posemath.h"
#include "core/model/pose.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

using namespace limber;
using namespace limber::testing;

namespace {

/// Standing with the arms a little out, so every part shows from the side.
Pose standingArmsOut()
{
    Pose pose;
    pose.left.shoulderFlexion = 20;
    pose.right.shoulderFlexion = 20;
    pose.left.hipFlexion = 10;
    return pose;
}

std::optional<std::size_t> indexOf(const FigureGeometry &g, LimbKind kind, Side side)
{
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
        const auto *limb = std::get_if<LimbSegment>(&g.parts[i]);
        if (limb && limb->kind == kind && limb->side == side)
            return i;
    }
    return std::nullopt;
}

std::size_t torsoIndex(const FigureGeometry &g)
{
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
        if (std::holds_alternative<TorsoShape>(g.parts[i]))
            return i;
    }
    return g.parts.size();
}

const LimbSegment &limb(const FigureGeometry &g, LimbKind kind, Side side)
{
    return std::get<LimbSegment>(g.parts.at(indexOf(g, kind, side).value()));
}

} // namespace

TEST(FigureGeometry, HasEveryPartOnce)
{
    const FigureGeometry g = figureGeometry(standingArmsOut(), Camera {});
    EXPECT_EQ(g.parts.size(), 12U + 2U);
    for (const Side side : {Side::Left, Side::Right}) {
        for (const LimbKind kind : {LimbKind::UpperArm, LimbKind::Forearm, LimbKind::Hand,
                 LimbKind::Thigh, LimbKind::Shank, LimbKind::Foot})
            EXPECT_TRUE(indexOf(g, kind, side).has_value());
    }
    EXPECT_LT(torsoIndex(g), g.parts.size());
}

TEST(FigureGeometry, SideViewPaintsTheFarLimbsFirstAndFlagsThem)
{
    // From the figure's right (yaw 90) the left side is far.
    const FigureGeometry g = figureGeometry(standingArmsOut(), Camera {90, 0});
    const std::size_t torso = torsoIndex(g);
    for (const LimbKind kind :
        {LimbKind::UpperArm, LimbKind::Forearm, LimbKind::Thigh, LimbKind::Shank}) {
        EXPECT_LT(indexOf(g, kind, Side::Left).value(), torso);
        EXPECT_GT(indexOf(g, kind, Side::Right).value(), torso);
        EXPECT_TRUE(limb(g, kind, Side::Left).far);
        EXPECT_FALSE(limb(g, kind, Side::Right).far);
    }

    const FigureGeometry other = figureGeometry(standingArmsOut(), Camera {-90, 0});
    EXPECT_GT(indexOf(other, LimbKind::UpperArm, Side::Left).value(), torsoIndex(other));
    EXPECT_TRUE(limb(other, LimbKind::UpperArm, Side::Right).far);
    EXPECT_FALSE(limb(other, LimbKind::UpperArm, Side::Left).far);
}

TEST(FigureGeometry, FrontViewHasNoFarSide)
{
    const FigureGeometry g = figureGeometry(standingArmsOut(), Camera {0, 0});
    for (const FigurePart &part : g.parts) {
        if (const auto *segment = std::get_if<LimbSegment>(&part)) {
            EXPECT_FALSE(segment->far);
        }
    }
}

TEST(FigureGeometry, PiecesOfALimbFollowEachOtherAndJoin)
{
    const FigureGeometry g = figureGeometry(crossLeggedLeanHalf(), Camera {-60, 0});
    for (const Side side : {Side::Left, Side::Right}) {
        const std::size_t thigh = indexOf(g, LimbKind::Thigh, side).value();
        EXPECT_EQ(indexOf(g, LimbKind::Shank, side).value(), thigh + 1);
        EXPECT_EQ(indexOf(g, LimbKind::Foot, side).value(), thigh + 2);
        EXPECT_EQ(limb(g, LimbKind::Thigh, side).end, limb(g, LimbKind::Shank, side).start);
        const std::size_t upper = indexOf(g, LimbKind::UpperArm, side).value();
        EXPECT_EQ(indexOf(g, LimbKind::Hand, side).value(), upper + 2);
    }
}

TEST(FigureGeometry, LegsAreWiderThanArms)
{
    const FigureGeometry g = figureGeometry(standingArmsOut(), Camera {});
    EXPECT_GT(
        limb(g, LimbKind::Shank, Side::Left).width, limb(g, LimbKind::Forearm, Side::Left).width);
    EXPECT_EQ(
        limb(g, LimbKind::Thigh, Side::Right).width, limb(g, LimbKind::Foot, Side::Right).width);
}

TEST(FigureGeometry, CrossedShinsShowTheTopLegInFront)
{
    // Seen from the front, the left shin crosses over the right one; in the
    // mirrored pose the right shin does.
    const FigureGeometry g = figureGeometry(crossLeggedUpright(), Camera {0, 0});
    EXPECT_GT(indexOf(g, LimbKind::Shank, Side::Left).value(),
        indexOf(g, LimbKind::Shank, Side::Right).value());
    const FigureGeometry m = figureGeometry(mirrored(crossLeggedUpright()), Camera {0, 0});
    EXPECT_GT(indexOf(m, LimbKind::Shank, Side::Right).value(),
        indexOf(m, LimbKind::Shank, Side::Left).value());
}

TEST(FigureGeometry, BoundsHoldEveryPartAndTheFloorLine)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        for (const double yaw : {0.0, 45.0, 90.0, -60.0}) {
            const FigureGeometry g = figureGeometry(pose, Camera {yaw, 0});
            const Bounds &b = g.bounds;
            for (const FigurePart &part : g.parts) {
                if (const auto *segment = std::get_if<LimbSegment>(&part)) {
                    for (const Point2 p : {segment->start, segment->end}) {
                        EXPECT_LE(b.left, p.x - segment->width / 2 + 1e-12);
                        EXPECT_GE(b.right, p.x + segment->width / 2 - 1e-12);
                        EXPECT_GE(b.top, p.y + segment->width / 2 - 1e-12);
                    }
                } else if (const auto *head = std::get_if<HeadShape>(&part)) {
                    EXPECT_GE(b.top, head->centre.y + head->radius - 1e-12);
                }
            }
            EXPECT_LE(b.left, g.floor.left);
            EXPECT_GE(b.right, g.floor.right);
            EXPECT_LE(b.bottom, g.floor.y - g.floor.width);
        }
    }
}

TEST(FigureGeometry, FloorLineIsUnderTheFigureAtLevelView)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const FigureGeometry g = figureGeometry(pose, Camera {90, 0});
        EXPECT_NEAR(g.floor.y, 0, 1e-12) << id.toStdString();
        double lowest = 1;
        double left = 1;
        double right = -1;
        const auto extend = [&](Point2 p, double radius) {
            lowest = std::min(lowest, p.y - radius);
            left = std::min(left, p.x - radius);
            right = std::max(right, p.x + radius);
        };
        for (const FigurePart &part : g.parts) {
            if (const auto *segment = std::get_if<LimbSegment>(&part)) {
                extend(segment->start, segment->width / 2);
                extend(segment->end, segment->width / 2);
            } else if (const auto *torso = std::get_if<TorsoShape>(&part)) {
                for (const Point2 &p : torso->lowerTrunk)
                    extend(p, 0);
            }
        }
        EXPECT_NEAR(lowest, 0, 1e-3) << id.toStdString() << ": something touches the floor";
        EXPECT_GE(lowest, -1e-9) << id.toStdString() << ": nothing sinks below it";
        EXPECT_LT(g.floor.left, left) << "the floor reaches past the figure";
        EXPECT_GT(g.floor.right, right);
    }
}

TEST(FigureGeometry, MirroredPoseAndCameraGiveTheMirrorImage)
{
    const Camera camera {-55, 0};
    const FigureGeometry a = figureGeometry(crossLeggedLeanHalf(), camera);
    const FigureGeometry b = figureGeometry(mirrored(crossLeggedLeanHalf()), camera.mirrored());
    ASSERT_EQ(a.parts.size(), b.parts.size());
    EXPECT_NEAR(a.bounds.left, -b.bounds.right, 1e-9);
    EXPECT_NEAR(a.bounds.top, b.bounds.top, 1e-9);
    for (const Side side : {Side::Left, Side::Right}) {
        for (const LimbKind kind : {LimbKind::UpperArm, LimbKind::Shank, LimbKind::Foot}) {
            const LimbSegment &p = limb(a, kind, side);
            const LimbSegment &q = limb(b, kind, opposite(side));
            EXPECT_NEAR(p.start.x, -q.start.x, 1e-9);
            EXPECT_NEAR(p.end.y, q.end.y, 1e-9);
            EXPECT_EQ(p.far, q.far);
            EXPECT_EQ(indexOf(a, kind, side), indexOf(b, kind, opposite(side)));
        }
    }
}

TEST(FigureGeometry, FloorLineStaysUnderTheFigureSeenFromAbove)
{
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const FigureGeometry g = figureGeometry(pose, Camera {-60, 15});
        for (const FigurePart &part : g.parts) {
            if (const auto *segment = std::get_if<LimbSegment>(&part)) {
                EXPECT_GE(segment->start.y - segment->width / 2, g.floor.y - 1e-12)
                    << id.toStdString();
                EXPECT_GE(segment->end.y - segment->width / 2, g.floor.y - 1e-12)
                    << id.toStdString();
            }
        }
    }
}

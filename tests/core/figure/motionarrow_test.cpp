// The motion arrow follows the head's path around the hips, clear of the figure.
#include "core/figure/motionarrow.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace limber;
using namespace limber::testing;

TEST(MotionArrow, NoArrowWhenTheHeadStaysPut)
{
    const FigureGeometry g = figureGeometry(crossLeggedUpright(), Camera {-90, 0});
    EXPECT_FALSE(motionArrow(g, g).has_value());
}

TEST(MotionArrow, ArcsFromAboveTheUprightHeadToAboveTheLeaningHead)
{
    const Camera camera {-90, 0}; // from the figure's left: it faces left
    const FigureGeometry from = figureGeometry(crossLeggedUpright(), camera);
    const FigureGeometry to = figureGeometry(crossLeggedLeanHalf(), camera);
    const std::optional<MotionArrow> arrow = motionArrow(from, to);
    ASSERT_TRUE(arrow.has_value());
    ASSERT_GE(arrow->path.size(), 2U);

    const Point2 pivot = from.joint(Joint::PelvisCentre);
    const double radius = distance(arrow->path.front(), pivot);
    const BodyProportions body;
    for (const Point2 &p : arrow->path) {
        EXPECT_NEAR(distance(p, pivot), radius, 1e-9) << "a circular arc about the hips";
        EXPECT_GT(distance(p, from.joint(Joint::HeadCentre)), body.headRadius());
        EXPECT_GT(distance(p, to.joint(Joint::HeadCentre)), body.headRadius());
    }
    // It runs the way the head goes: toward the figure's front, which is
    // the picture's left in this view.
    EXPECT_LT(arrow->path.back().x, arrow->path.front().x);
    const auto angleOf = [&pivot](Point2 p) { return std::atan2(p.y - pivot.y, p.x - pivot.x); };
    const double headStart = angleOf(from.joint(Joint::HeadCentre));
    const double headEnd = angleOf(to.joint(Joint::HeadCentre));
    EXPECT_GT(angleOf(arrow->path.front()), headStart);
    EXPECT_LT(angleOf(arrow->path.back()), headEnd);
}

TEST(MotionArrow, BoundsCoverTheArcAndTheHead)
{
    const Camera camera {90, 0};
    const std::optional<MotionArrow> arrow
        = motionArrow(figureGeometry(crossLeggedUpright(), camera),
            figureGeometry(crossLeggedElbowsFloor(), camera));
    ASSERT_TRUE(arrow.has_value());
    const Bounds b = arrow->bounds();
    for (const Point2 &p : arrow->path) {
        EXPECT_LE(b.left, p.x - arrow->width / 2 + 1e-12);
        EXPECT_GE(b.top, p.y + arrow->width / 2 - 1e-12);
    }
    for (const Point2 &p : arrow->head) {
        EXPECT_GE(b.right, p.x);
        EXPECT_LE(b.bottom, p.y);
    }
}

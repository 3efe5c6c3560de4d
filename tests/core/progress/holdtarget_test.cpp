// The ladder arithmetic: a step up, a step back, each row named.
#include "core/progress/holdtarget.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>

using namespace limber;

namespace limber {
void PrintTo(const HoldTarget &target, std::ostream *out)
{
    *out << target.holdSeconds << " s x " << target.holdsPerSide;
}
} // namespace limber

namespace {

ProgressionLadder ladder(int step, int longest, int mostHolds)
{
    return {step, longest, mostHolds};
}

struct GrowRow
{
    const char *name;
    HoldTarget current;
    ProgressionLadder ladder;
    std::optional<HoldTarget> expected;
};

class Grow : public ::testing::TestWithParam<GrowRow>
{
};

TEST_P(Grow, TakesOneStepUpTheLadder)
{
    const GrowRow &row = GetParam();
    EXPECT_EQ(grownTarget(row.current, row.ladder), row.expected);
}

INSTANTIATE_TEST_SUITE_P(Ladder, Grow,
    ::testing::Values(GrowRow {"SecondsFirst", {60, 2}, {}, HoldTarget {75, 2}},
        GrowRow {
            "TheLastStepStopsAtTheLongestHold", {110, 2}, ladder(15, 120, 2), HoldTarget {120, 2}},
        GrowRow {"ThenOneMoreHoldPerSide", {120, 1}, ladder(15, 120, 2), HoldTarget {120, 2}},
        GrowRow {"NothingAtTheTop", {120, 2}, ladder(15, 120, 2), std::nullopt},
        GrowRow {"AHandSetTargetGrowsToTheNextRungAbove", {70, 2}, {}, HoldTarget {75, 2}},
        GrowRow {"ARungItselfGrowsAWholeStep", {75, 2}, {}, HoldTarget {90, 2}},
        GrowRow {"ShortHoldsInFiveSecondSteps", {10, 2}, ladder(5, 20, 8), HoldTarget {15, 2}},
        GrowRow {"ShortHoldsThenMoreHolds", {20, 2}, ladder(5, 20, 8), HoldTarget {20, 3}},
        GrowRow {"AHoldAboveTheLadderGrowsOnlyInHolds", {150, 1}, ladder(15, 120, 2),
            HoldTarget {150, 2}},
        GrowRow {"NeverPastTheRoutineLimits", {600, 10}, ladder(60, 600, 10), std::nullopt}),
    [](const auto &row) { return std::string(row.param.name); });

struct BackRow
{
    const char *name;
    HoldTarget current;
    HoldTarget plan;
    ProgressionLadder ladder;
    std::optional<HoldTarget> expected;
};

class StepBack : public ::testing::TestWithParam<BackRow>
{
};

TEST_P(StepBack, TakesOneStepDownTheLadder)
{
    const BackRow &row = GetParam();
    EXPECT_EQ(steppedBackTarget(row.current, row.plan, row.ladder), row.expected);
}

INSTANTIATE_TEST_SUITE_P(Ladder, StepBack,
    ::testing::Values(BackRow {"SecondsDownAStep", {75, 2}, {60, 2}, {}, HoldTarget {60, 2}},
        BackRow {"BelowThePlanToo", {60, 2}, {60, 2}, {}, HoldTarget {45, 2}},
        BackRow {"ExtraHoldsGoFirst", {120, 2}, {60, 1}, {}, HoldTarget {120, 1}},
        BackRow {"AHandSetTargetStepsToTheRungBelow", {70, 2}, {60, 2}, {}, HoldTarget {60, 2}},
        BackRow {"NeverUnderTenSeconds", {15, 2}, {15, 2}, {}, HoldTarget {10, 2}},
        BackRow {
            "BetweenTenAndTheFirstRung", {12, 2}, {12, 2}, ladder(5, 20, 8), HoldTarget {10, 2}},
        BackRow {"NothingAtTheBottom", {10, 2}, {10, 2}, {}, std::nullopt},
        BackRow {"HoldsAtThePlanAreKept", {10, 3}, {10, 3}, {}, std::nullopt},
        BackRow {"FewerHoldsThanThePlanStayAsTheyAre", {45, 1}, {60, 2}, {}, HoldTarget {30, 1}}),
    [](const auto &row) { return std::string(row.param.name); });

TEST(HoldTarget, ASessionAsksBothSidesOnlyWhenSided)
{
    EXPECT_EQ(holdsPerSession({60, 2}, true), 4);
    EXPECT_EQ(holdsPerSession({60, 3}, false), 3);
}

TEST(HoldTarget, WithinLimitsClampsBothNumbers)
{
    EXPECT_EQ(withinLimits({5, 0}), (HoldTarget {limits::minHoldSeconds, limits::minHoldsPerSide}));
    EXPECT_EQ(
        withinLimits({900, 20}), (HoldTarget {limits::maxHoldSeconds, limits::maxHoldsPerSide}));
    EXPECT_EQ(withinLimits({75, 3}), (HoldTarget {75, 3}));
}

TEST(HoldTarget, ThePlanIsTheRoutineItemsOwn)
{
    RoutineItem item;
    item.holdSeconds = 45;
    item.holdsPerSide = 3;
    EXPECT_EQ(planOf(item), (HoldTarget {45, 3}));
}

} // namespace

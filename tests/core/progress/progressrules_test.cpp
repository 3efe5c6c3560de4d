// The progression rules as a table: each row a history, a named situation,
// and what the rules offer for it.
#include "core/progress/progressrules.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>

using namespace limber;

namespace {

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 hourMs = 3'600'000;

/// A session on local day `day` that held all four planned holds of 60 s
/// (two per side); pain not asked.
ExerciseSessionFacts on(qint64 day, int hour = 9)
{
    ExerciseSessionFacts facts;
    facts.startedUtcMs = day * dayMs + hour * hourMs;
    facts.localDay = day;
    facts.holdSeconds = 60;
    facts.holdsRecorded = 4;
    facts.completedHolds = 4;
    return facts;
}

ExerciseSessionFacts withPain(ExerciseSessionFacts facts, int before, int after)
{
    facts.painBefore = before;
    facts.painAfter = after;
    return facts;
}

ExerciseSessionFacts cutShort(ExerciseSessionFacts facts)
{
    facts.completedHolds -= 1;
    return facts;
}

ExerciseSessionFacts skippedOne(ExerciseSessionFacts facts)
{
    facts.holdsRecorded -= 1;
    facts.completedHolds -= 1;
    return facts;
}

ExerciseSessionFacts stoppedForPain(ExerciseSessionFacts facts, bool duringThisExercise)
{
    facts.stoppedForPain = true;
    facts.stoppedDuringThisExercise = duringThisExercise;
    return cutShort(facts);
}

ExerciseSessionFacts heldFor(ExerciseSessionFacts facts, int seconds)
{
    facts.holdSeconds = seconds;
    return facts;
}

/// A session whose UTC moment is on `utcDay` at `utcHour` but whose local
/// day (where the person was) is `localDay`.
ExerciseSessionFacts travelling(qint64 utcDay, int utcHour, qint64 localDay)
{
    ExerciseSessionFacts facts = on(localDay);
    facts.startedUtcMs = utcDay * dayMs + utcHour * hourMs;
    return facts;
}

ExerciseSessionFacts unsided(ExerciseSessionFacts facts)
{
    facts.holdsRecorded = 2;
    facts.completedHolds = 2;
    return facts;
}

struct Expected
{
    ProposalKind kind;
    ProposalReason reason;
    HoldTarget to;
};

struct Row
{
    const char *name;
    QList<ExerciseSessionFacts> sessions;
    std::optional<Expected> expected;
    HoldTarget current {60, 2};
    HoldTarget plan {60, 2};
    ProgressionLadder ladder {};
    bool sided = true;
    std::optional<qint64> decidedOnDay {};
    qint64 today = 100;
};

void PrintTo(const Row &row, std::ostream *out)
{
    *out << row.name;
}

constexpr auto grow = ProposalKind::Grow;
constexpr auto back = ProposalKind::StepBack;
constexpr auto completed = ProposalReason::HoldsCompleted;
constexpr auto painStop = ProposalReason::StoppedForPain;
constexpr auto painRose = ProposalReason::PainRose;
constexpr auto returned = ProposalReason::ReturnAfterBreak;

class Rules : public ::testing::TestWithParam<Row>
{
};

TEST_P(Rules, ProposeWhatTheHistoryCallsFor)
{
    const Row &row = GetParam();
    TargetSituation situation;
    situation.current = row.current;
    situation.plan = row.plan;
    situation.ladder = row.ladder;
    situation.sided = row.sided;
    situation.sessions = row.sessions;
    if (row.decidedOnDay)
        situation.lastDecisionUtcMs = *row.decidedOnDay * dayMs + 12 * hourMs;
    situation.today = row.today;

    const auto proposal = proposeTarget(situation);
    ASSERT_EQ(proposal.has_value(), row.expected.has_value());
    if (!proposal)
        return;
    EXPECT_EQ(proposal->kind, row.expected->kind);
    EXPECT_EQ(proposal->reason, row.expected->reason);
    EXPECT_EQ(proposal->from, row.current);
    EXPECT_EQ(proposal->to, row.expected->to);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Table, Rules, ::testing::Values(
    Row {"ThreeGoodSessionsOnThreeDaysGrow", {on(90), on(92), on(94)}, Expected {grow, completed, {75, 2}}},
    Row {"TwoGoodSessionsAreNotEnough", {on(92), on(94)}, std::nullopt},
    Row {"ThreeSessionsOnTwoDaysDoNotGrow", {on(92), on(94, 8), on(94, 18)}, std::nullopt},
    Row {"TwiceADayGrowsOnceThreeDaysAreCovered", {on(92, 8), on(93, 8), on(93, 18), on(94, 8)}, Expected {grow, completed, {75, 2}}},
    Row {"QuietWeeksBetweenSessionsStillGrow", {on(50), on(64), on(78)}, Expected {grow, completed, {75, 2}}},
    Row {"QuietWeeksAloneChangeNothing", {on(75)}, std::nullopt},
    Row {"TwentySevenDaysAwayIsNoBreak", {on(73)}, std::nullopt},
    Row {"TwentyEightDaysAwayStartsAStepEasier", {on(72)}, Expected {back, returned, {45, 2}}},
    Row {"AReturnAlreadyDecidedIsNotOfferedAgain", {on(40)}, std::nullopt, {60, 2}, {60, 2}, {}, true, 99},
    Row {"AtTheBottomAReturnOffersNothing", {on(40)}, std::nullopt, {10, 2}, {10, 2}},
    Row {"SessionsBeforeABreakDoNotCount", {on(40), on(41), on(42), on(80), on(81)}, std::nullopt, {60, 2}, {60, 2}, {}, true, {}, 82},
    Row {"SessionsAfterABreakCountAfresh", {on(40), on(41), on(42), on(80), on(81), on(82)}, Expected {grow, completed, {75, 2}}, {60, 2}, {60, 2}, {}, true, {}, 83},
    Row {"ASkippedHoldDoesNotGrow", {on(90), on(92), skippedOne(on(94))}, std::nullopt},
    Row {"ACutShortHoldDoesNotGrow", {on(90), cutShort(on(92)), on(94)}, std::nullopt},
    Row {"HoldsShorterThanTheTargetDoNotGrow", {on(90), on(92), heldFor(on(94), 45)}, std::nullopt},
    Row {"AnOlderShortfallIsForgivenByThreeGoodOnes", {cutShort(on(88)), on(90), on(92), on(94)}, Expected {grow, completed, {75, 2}}},
    Row {"APainStopDuringThisExerciseStepsBack", {on(90), on(92), stoppedForPain(on(94), true)}, Expected {back, painStop, {45, 2}}},
    Row {"APainStopDuringAnotherExerciseNeitherGrowsNorStepsBack", {on(90), on(92), stoppedForPain(on(94), false)}, std::nullopt},
    Row {"APainStopBeforeTheLastDecisionIsPast", {stoppedForPain(on(89), true), on(90), on(92), on(94)}, Expected {grow, completed, {75, 2}}, {60, 2}, {60, 2}, {}, true, 89},
    Row {"AClearPainRiseStepsBack", {on(90), on(92), withPain(on(94), 3, 5)}, Expected {back, painRose, {45, 2}}},
    Row {"AClearPainRiseInAnyRecentSessionWinsOverGrowing", {withPain(on(88), 2, 6), on(90), on(92), on(94)}, Expected {back, painRose, {45, 2}}},
    Row {"AClearPainRiseBeforeTheLastDecisionIsPast", {withPain(on(88), 2, 6), on(90), on(92), on(94)}, Expected {grow, completed, {75, 2}}, {60, 2}, {60, 2}, {}, true, 89},
    Row {"PainUpByOneNeitherGrowsNorStepsBack", {on(90), on(92), withPain(on(94), 3, 4)}, std::nullopt},
    Row {"PainDownGrows", {withPain(on(90), 5, 3), withPain(on(92), 4, 4), withPain(on(94), 4, 2)}, Expected {grow, completed, {75, 2}}},
    Row {"PainNeverAnsweredStillGrows", {on(90), on(92), on(94)}, Expected {grow, completed, {75, 2}}},
    Row {"LocalDaysCountNotUtcDays", {travelling(94, 1, 93), travelling(94, 10, 94), travelling(94, 23, 95)}, Expected {grow, completed, {75, 2}}},
    Row {"ThreeUtcDaysOnTwoLocalDaysDoNotGrow", {travelling(92, 23, 93), travelling(93, 12, 93), travelling(94, 2, 94)}, std::nullopt},
    Row {"AtTheTopThereIsNothingToGrow", {heldFor(on(90), 120), heldFor(on(92), 120), heldFor(on(94), 120)}, std::nullopt, {120, 2}, {60, 2}},
    Row {"AtTheLongestHoldOneMoreHoldPerSide", {heldFor(unsided(on(90)), 120), heldFor(unsided(on(92)), 120), heldFor(unsided(on(94)), 120)}, Expected {grow, completed, {120, 2}}, {120, 1}, {60, 1}, {}, false},
    Row {"TheExtraHoldMustBeHeldToo", {heldFor(on(90), 120), heldFor(on(92), 120), heldFor(on(94), 120)}, std::nullopt, {120, 3}, {60, 2}, {15, 120, 4}},
    Row {"AtTheBottomAPainStopOffersNothing", {heldFor(stoppedForPain(on(94), true), 10)}, std::nullopt, {10, 2}, {10, 2}},
    Row {"AHandSetTargetGrowsToTheNextRung", {heldFor(on(90), 70), heldFor(on(92), 70), heldFor(on(94), 70)}, Expected {grow, completed, {75, 2}}, {70, 2}},
    Row {"AHandSetTargetStepsBackToTheRungBelow", {heldFor(stoppedForPain(on(94), true), 70)}, Expected {back, painStop, {60, 2}}, {70, 2}},
    Row {"ExtraHoldsAreTheFirstToGoAfterPain", {heldFor(withPain(on(94), 1, 4), 120)}, Expected {back, painRose, {120, 1}}, {120, 2}, {120, 1}},
    Row {"ShortHoldsGrowInTheirOwnSteps", {heldFor(on(90), 10), heldFor(on(92), 10), heldFor(on(94), 10)}, Expected {grow, completed, {15, 2}}, {10, 2}, {10, 2}, {5, 30, 8}},
    Row {"NoSessionsNoProposal", {}, std::nullopt}),
    [](const auto &row) { return std::string(row.param.name); });
// clang-format on

TEST(Rules, AGrowSaysHowManySessionsRecordedPain)
{
    TargetSituation situation;
    situation.sided = true;
    situation.sessions = {on(88), withPain(on(90), 4, 3), on(92), withPain(on(94), 2, 2)};
    situation.today = 96;
    const auto proposal = proposeTarget(situation);
    ASSERT_TRUE(proposal);
    EXPECT_EQ(proposal->sessionsConsidered, 4);
    EXPECT_EQ(proposal->painRecorded, 2);
    EXPECT_EQ(proposal->daysAway, 2);
    EXPECT_EQ(proposal->painBefore, 2);
    EXPECT_EQ(proposal->painAfter, 2);
}

TEST(Rules, AStepBackCarriesThePainsThatCausedIt)
{
    TargetSituation situation;
    situation.sided = true;
    situation.sessions = {withPain(on(90), 3, 6), on(92)};
    situation.today = 92;
    const auto proposal = proposeTarget(situation);
    ASSERT_TRUE(proposal);
    EXPECT_EQ(proposal->reason, ProposalReason::PainRose);
    EXPECT_EQ(proposal->painBefore, 3);
    EXPECT_EQ(proposal->painAfter, 6);
    EXPECT_EQ(proposal->daysAway, 2);
}

TEST(Rules, AReturnSaysHowLongThePersonWasAway)
{
    TargetSituation situation;
    situation.sessions = {withPain(on(60), 3, 3)};
    situation.lastDecisionUtcMs = 59 * dayMs;
    situation.today = 100;
    const auto proposal = proposeTarget(situation);
    ASSERT_TRUE(proposal);
    EXPECT_EQ(proposal->reason, ProposalReason::ReturnAfterBreak);
    EXPECT_EQ(proposal->daysAway, 40);
    EXPECT_FALSE(proposal->painBefore);
}

struct ComfortRow
{
    const char *name;
    QList<std::optional<int>> reaches; ///< one session each, oldest first
    bool comfortable;
    int painStopAt = -1; ///< index of a session stopped for pain
    int painRiseAt = -1; ///< index of a session with a clear pain rise
};

void PrintTo(const ComfortRow &row, std::ostream *out)
{
    *out << row.name;
}

class Comfort : public ::testing::TestWithParam<ComfortRow>
{
};

TEST_P(Comfort, NeedsThreeEasySessions)
{
    const ComfortRow &row = GetParam();
    QList<ExerciseSessionFacts> sessions;
    for (qsizetype i = 0; i < row.reaches.size(); ++i) {
        ExerciseSessionFacts facts = on(80 + i);
        facts.bestReach = row.reaches.at(i);
        if (i == row.painStopAt)
            facts = stoppedForPain(facts, false);
        if (i == row.painRiseAt)
            facts = withPain(facts, 2, 4);
        sessions.append(facts);
    }
    EXPECT_EQ(isComfortable(sessions), row.comfortable);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Table, Comfort, ::testing::Values(
    ComfortRow {"ThreeSessionsReachingFar", {2, 3, 2}, true},
    ComfortRow {"OneShortReach", {2, 1, 3}, false},
    ComfortRow {"AReachNotRecorded", {2, std::nullopt, 3}, false},
    ComfortRow {"TwoSessionsAreTooFew", {3, 3}, false},
    ComfortRow {"OnlyTheLastThreeCount", {0, 2, 2, 2}, true},
    ComfortRow {"APainStopAnywhereInTheSession", {2, 2, 3}, false, 1},
    ComfortRow {"AClearPainRise", {2, 2, 3}, false, -1, 2}),
    [](const auto &row) { return std::string(row.param.name); });
// clang-format on

} // namespace

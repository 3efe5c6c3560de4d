// ProgressAdvisor over a real history file: sessions written through the
// SessionLog, decisions recorded and read back, time from a manual clock.
#include "core/progress/progressadvisor.h"
#include "tests/core/progress/progressstore.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

class Advisor : public ProgressFixture
{
protected:
    ProgressAdvisor advisor() { return ProgressAdvisor(*store, *library, clock); }

    /// The proposal for one exercise of "mine", or nullopt.
    std::optional<ExerciseProposal> proposalFor(const QString &exerciseId)
    {
        auto all = advisor().proposals(routine(), today());
        EXPECT_TRUE(all) << all.error().message.toStdString();
        for (const ExerciseProposal &proposal : *all) {
            if (proposal.exerciseId == exerciseId)
                return proposal;
        }
        return std::nullopt;
    }

    HoldTarget targetOf(const QString &exerciseId, const Routine &of = routine())
    {
        auto targets = advisor().currentTargets(of);
        EXPECT_TRUE(targets);
        return targets->value(exerciseId);
    }

    void goodDays(int days, HoldTarget crossTarget = {60, 2})
    {
        for (int i = 0; i < days; ++i) {
            nextDay();
            writeSession({tilt(), cross(crossTarget)});
        }
    }
};

TEST_F(Advisor, WithoutHistoryTheTargetsAreTheRoutinePlanAndNothingIsProposed)
{
    EXPECT_EQ(targetOf(u"tilt"_s), (HoldTarget {10, 2}));
    EXPECT_EQ(targetOf(u"cross"_s), (HoldTarget {60, 2}));
    EXPECT_TRUE(advisor().proposals(routine(), today())->isEmpty());
}

TEST_F(Advisor, ThreeGoodDaysProposeLongerHoldsEachOnItsOwnLadder)
{
    goodDays(3);
    const auto crossProposal = proposalFor(u"cross"_s);
    ASSERT_TRUE(crossProposal);
    EXPECT_EQ(crossProposal->routineId, u"mine"_s);
    EXPECT_EQ(crossProposal->proposal.kind, ProposalKind::Grow);
    EXPECT_EQ(crossProposal->proposal.to, (HoldTarget {75, 2}));
    EXPECT_EQ(crossProposal->proposal.sessionsConsidered, 3);
    EXPECT_EQ(crossProposal->proposal.painRecorded, 0);
    const auto tiltProposal = proposalFor(u"tilt"_s);
    ASSERT_TRUE(tiltProposal);
    EXPECT_EQ(tiltProposal->proposal.to, (HoldTarget {15, 2})) << "tilt's own 5-second steps";
}

TEST_F(Advisor, AnAcceptedProposalIsTheNewTargetAndTheCountStartsAgain)
{
    goodDays(3);
    const auto proposal = proposalFor(u"cross"_s);
    ASSERT_TRUE(proposal);
    ASSERT_TRUE(advisor().accept(*proposal));
    EXPECT_EQ(targetOf(u"cross"_s), (HoldTarget {75, 2}));
    EXPECT_FALSE(proposalFor(u"cross"_s)) << "no sessions since the decision";

    const Routine applied = withTargets(routine(), *advisor().currentTargets(routine()));
    EXPECT_EQ(applied.items[1].holdSeconds, 75);
    EXPECT_EQ(applied.items[1].holdsPerSide, 2);
    EXPECT_EQ(applied.items[0].holdSeconds, 10) << "tilt keeps its plan";

    goodDays(2, {75, 2});
    EXPECT_FALSE(proposalFor(u"cross"_s));
    goodDays(1, {75, 2});
    const auto next = proposalFor(u"cross"_s);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->proposal.to, (HoldTarget {90, 2}));
}

TEST_F(Advisor, SessionsAtTheOldTargetDoNotGrowTheNewOne)
{
    goodDays(3);
    ASSERT_TRUE(advisor().accept(*proposalFor(u"cross"_s)));
    goodDays(3); // still holding 60 s, not the 75 s now asked
    EXPECT_FALSE(proposalFor(u"cross"_s));
}

TEST_F(Advisor, ADeclinedProposalKeepsTheTargetUntilNewSessionsCallForIt)
{
    goodDays(3);
    ASSERT_TRUE(advisor().decline(*proposalFor(u"cross"_s)));
    EXPECT_EQ(targetOf(u"cross"_s), (HoldTarget {60, 2}));
    EXPECT_FALSE(proposalFor(u"cross"_s));
    goodDays(3);
    ASSERT_TRUE(proposalFor(u"cross"_s));
}

TEST_F(Advisor, AStopForPainDuringAnExerciseStepsOnlyThatOneBack)
{
    goodDays(2);
    nextDay();
    ExerciseRun hurting = cross();
    hurting.cutShort = 1;
    hurting.skipped = 2;
    writeSession({tilt(), hurting}, stoppedForPain());

    const auto back = proposalFor(u"cross"_s);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->proposal.kind, ProposalKind::StepBack);
    EXPECT_EQ(back->proposal.reason, ProposalReason::StoppedForPain);
    EXPECT_EQ(back->proposal.to, (HoldTarget {45, 2}));
    EXPECT_FALSE(proposalFor(u"tilt"_s)) << "tilt went well, but no growing in a pain session";

    ASSERT_TRUE(advisor().accept(*back));
    EXPECT_EQ(targetOf(u"cross"_s), (HoldTarget {45, 2}));
}

TEST_F(Advisor, AClearRiseInPainStepsBackEveryExerciseOfTheSession)
{
    ASSERT_TRUE(advisor().setTargetByHand(u"mine"_s, u"tilt"_s, {20, 2}));
    goodDays(1);
    nextDay();
    writeSession({tilt({20, 2}), cross()}, pain(2, 4));
    const auto tiltBack = proposalFor(u"tilt"_s);
    const auto crossBack = proposalFor(u"cross"_s);
    ASSERT_TRUE(tiltBack);
    ASSERT_TRUE(crossBack);
    EXPECT_EQ(tiltBack->proposal.reason, ProposalReason::PainRose);
    EXPECT_EQ(tiltBack->proposal.to, (HoldTarget {15, 2}));
    EXPECT_EQ(crossBack->proposal.reason, ProposalReason::PainRose);
    EXPECT_EQ(crossBack->proposal.to, (HoldTarget {45, 2}));
    EXPECT_EQ(crossBack->proposal.painBefore, 2);
    EXPECT_EQ(crossBack->proposal.painAfter, 4);
}

TEST_F(Advisor, AtTheBottomPainOffersNoEasierTarget)
{
    nextDay();
    writeSession({tilt(), cross()}, pain(1, 5));
    EXPECT_FALSE(proposalFor(u"tilt"_s)) << "10 s is the shortest hold";
    ASSERT_TRUE(proposalFor(u"cross"_s));
}

TEST_F(Advisor, AMonthAwayStartsAStepEasierAndADecisionEndsTheOffer)
{
    goodDays(1);
    for (int day = 0; day < 27; ++day)
        nextDay();
    EXPECT_FALSE(proposalFor(u"cross"_s)) << "27 days away";
    nextDay();
    const auto back = proposalFor(u"cross"_s);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->proposal.reason, ProposalReason::ReturnAfterBreak);
    EXPECT_EQ(back->proposal.daysAway, 28);
    ASSERT_TRUE(advisor().decline(*back));
    EXPECT_FALSE(proposalFor(u"cross"_s));
}

TEST_F(Advisor, DaysAreThePersonsLocalDaysWhereverTheyWere)
{
    // Three sessions within one UTC day, on three local days: a flight west
    // to east across the date line of the person's own calendar.
    clock.jumpWallClock(std::chrono::hours(15)); // 2026-11-25 00:00 UTC
    clock.setUtcOffsetSeconds(-5 * 3600); // local: the 24th
    writeSession({cross()});
    clock.advance(std::chrono::hours(11));
    clock.setUtcOffsetSeconds(0); // local: the 25th
    writeSession({cross()});
    clock.advance(std::chrono::hours(11));
    clock.setUtcOffsetSeconds(9 * 3600); // local: the 26th
    writeSession({cross()});
    ASSERT_EQ(clock.nowUtc().date(), QDate(2026, 11, 25));
    const auto grow = proposalFor(u"cross"_s);
    ASSERT_TRUE(grow);
    EXPECT_EQ(grow->proposal.kind, ProposalKind::Grow);
}

TEST_F(Advisor, ThreeSessionsOnTwoLocalDaysAreNotEnough)
{
    nextDay();
    writeSession({cross()});
    nextDay();
    writeSession({cross()});
    clock.advance(std::chrono::hours(6));
    writeSession({cross()});
    EXPECT_FALSE(proposalFor(u"cross"_s));
}

TEST_F(Advisor, ATargetSetByHandHoldsUntilResetAndTheHistoryListsBoth)
{
    ASSERT_TRUE(advisor().setTargetByHand(u"mine"_s, u"cross"_s, {70, 3}));
    EXPECT_EQ(targetOf(u"cross"_s), (HoldTarget {70, 3}));
    const Status refused = advisor().setTargetByHand(u"mine"_s, u"cross"_s, {5, 2});
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error().message.toStdString(), ::testing::HasSubstr("10 to 600"));

    clock.advance(std::chrono::minutes(1));
    ASSERT_TRUE(advisor().resetTarget(routine(), u"cross"_s));
    EXPECT_EQ(targetOf(u"cross"_s), (HoldTarget {60, 2}));
    EXPECT_FALSE(advisor().resetTarget(routine(), u"plank"_s));

    auto events = advisor().targetEvents(u"cross"_s);
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).kind, TargetEventKind::Manual);
    EXPECT_EQ(events->at(0).holdsPerSide, 3);
    EXPECT_EQ(events->at(1).kind, TargetEventKind::Reset);
    EXPECT_EQ(events->at(1).holdSeconds, 60);
    EXPECT_EQ(events->at(1).localDate(), today());
}

TEST_F(Advisor, ATargetBelongsToItsRoutine)
{
    ASSERT_TRUE(advisor().setTargetByHand(u"mine"_s, u"cross"_s, {90, 2}));
    EXPECT_EQ(targetOf(u"cross"_s, routine(u"other"_s)), (HoldTarget {60, 2}));
    goodDays(3);
    auto other = advisor().proposals(routine(u"other"_s), today());
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->isEmpty()) << "the sessions were of \"mine\"";
}

TEST_F(Advisor, ASessionStillInProgressDoesNotCount)
{
    goodDays(2);
    nextDay();
    SessionLog open(*store);
    ASSERT_TRUE(open.begin(u"mine"_s));
    EXPECT_FALSE(proposalFor(u"cross"_s));
}

TEST(WithTargets, ReplacesTheHoldPlanOfEveryItemOfTheExercise)
{
    Routine routine;
    RoutineItem first;
    first.exerciseId = u"cross"_s;
    RoutineItem other;
    other.exerciseId = u"tilt"_s;
    other.holdSeconds = 10;
    routine.items = {first, other, first};
    const Routine applied = withTargets(routine, {{u"cross"_s, HoldTarget {90, 3}}});
    EXPECT_EQ(applied.items[0].holdSeconds, 90);
    EXPECT_EQ(applied.items[0].holdsPerSide, 3);
    EXPECT_EQ(applied.items[2].holdSeconds, 90);
    EXPECT_EQ(applied.items[1], other);
}

} // namespace

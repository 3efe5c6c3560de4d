// The hold bookkeeping of a session, without a runner or a clock.
#include "core/session/sessionholds.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace limber {
namespace {

constexpr auto startedAfter = 5s;

Phase holdPhase(int index, Side side, int holdNumber = 1)
{
    Phase phase;
    phase.kind = Phase::Kind::Hold;
    phase.index = index;
    phase.itemIndex = 0;
    phase.exerciseId = u"seated-leg-cross"_s;
    phase.side = side;
    phase.holdNumber = holdNumber;
    phase.holdsPerSide = 2;
    phase.start = 10s * index;
    phase.duration = 60s;
    return phase;
}

Phase switchPhase(int index)
{
    Phase phase;
    phase.kind = Phase::Kind::Switch;
    phase.index = index;
    phase.duration = 10s;
    return phase;
}

SessionSummary summaryOf(const SessionHolds &holds)
{
    SessionSummary summary;
    summary.skippedHolds = 99; // every count is set, not added to
    holds.countInto(summary);
    return summary;
}

TEST(SessionHolds, AHoldOpensWaitingForItsStartTimeAndOtherPhasesOpenNothing)
{
    SessionHolds holds(startedAfter);
    EXPECT_FALSE(holds.isOpen());
    holds.enter(holdPhase(1, Side::Left));
    EXPECT_TRUE(holds.isOpen());
    EXPECT_TRUE(holds.needsStartTime());
    holds.setStartTime(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC), 3600);
    EXPECT_FALSE(holds.needsStartTime());
    holds.enter(switchPhase(2));
    EXPECT_FALSE(holds.isOpen());
    EXPECT_FALSE(holds.needsStartTime());
}

TEST(SessionHolds, ClosingAHoldGivesItsRecord)
{
    SessionHolds holds(startedAfter);
    const Phase phase = holdPhase(3, Side::Right, 2);
    holds.enter(phase);
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0, 30), Qt::UTC);
    holds.setStartTime(start, 3600);
    const HoldRecord record = holds.close(phase, 42s, false);
    EXPECT_FALSE(holds.isOpen());
    EXPECT_EQ(record.exerciseId, u"seated-leg-cross"_s);
    EXPECT_EQ(record.itemIndex, 0);
    EXPECT_EQ(record.side, Side::Right);
    EXPECT_EQ(record.holdNumber, 2);
    EXPECT_EQ(record.holdsPerSide, 2);
    EXPECT_EQ(record.target, 60s);
    EXPECT_EQ(record.held, 42s);
    EXPECT_EQ(record.startUtc, start);
    EXPECT_EQ(record.utcOffsetSeconds, 3600);
    EXPECT_FALSE(record.completed);
}

TEST(SessionHolds, CountsHeldHoldsBySideAndEveryHeldSecond)
{
    SessionHolds holds(startedAfter);
    const Phase left = holdPhase(1, Side::Left);
    const Phase right = holdPhase(3, Side::Right);
    Phase unsided = holdPhase(5, Side::None);
    for (const Phase &phase : {left, right, unsided}) {
        holds.enter(phase);
        holds.close(phase, 60s, true);
    }
    EXPECT_TRUE(holds.anyHeld());
    const SessionSummary summary = summaryOf(holds);
    EXPECT_EQ(summary.completedLeftHolds, 1);
    EXPECT_EQ(summary.completedRightHolds, 1);
    EXPECT_EQ(summary.completedUnsidedHolds, 1);
    EXPECT_EQ(summary.cutShortHolds, 0);
    EXPECT_EQ(summary.skippedHolds, 0);
    EXPECT_EQ(summary.totalHeld, 180s);
}

TEST(SessionHolds, ALeftHoldIsSkippedBeforeItStartedAndCutShortAfter)
{
    SessionHolds holds(startedAfter);
    const Phase early = holdPhase(1, Side::Left);
    holds.enter(early);
    holds.noteSkip(early, 2s);
    holds.close(early, 2s, false);
    const Phase late = holdPhase(3, Side::Right);
    holds.enter(late);
    holds.noteSkip(late, startedAfter);
    holds.close(late, startedAfter, false);
    EXPECT_FALSE(holds.anyHeld());
    const SessionSummary summary = summaryOf(holds);
    EXPECT_EQ(summary.skippedHolds, 1);
    EXPECT_EQ(summary.cutShortHolds, 1);
    EXPECT_EQ(summary.heldHolds(), 0);
    EXPECT_EQ(summary.totalHeld, 2s + startedAfter) << "partial holds count as held time";
}

TEST(SessionHolds, AShortHoldEndedByAStopCountsNowhere)
{
    SessionHolds holds(startedAfter);
    const Phase phase = holdPhase(1, Side::Left);
    holds.enter(phase);
    holds.close(phase, 2s, false);
    const SessionSummary summary = summaryOf(holds);
    EXPECT_EQ(summary.skippedHolds + summary.cutShortHolds + summary.heldHolds(), 0);
    EXPECT_EQ(summary.totalHeld, 2s);
}

TEST(SessionHolds, EachHoldCountsOnceByItsBestAttempt)
{
    SessionHolds holds(startedAfter);
    const Phase phase = holdPhase(1, Side::Left);
    holds.enter(phase);
    holds.close(phase, 60s, true);
    // Gone back to and skipped: still held.
    holds.enter(phase);
    holds.noteSkip(phase, 1s);
    holds.close(phase, 1s, false);
    const Phase other = holdPhase(3, Side::Right);
    holds.enter(other);
    holds.noteSkip(other, 1s);
    holds.drop();
    // Gone back to and cut short after a real try: better than skipped.
    holds.enter(other);
    holds.close(other, 20s, false);
    const SessionSummary summary = summaryOf(holds);
    EXPECT_EQ(summary.completedLeftHolds, 1);
    EXPECT_EQ(summary.cutShortHolds, 1);
    EXPECT_EQ(summary.skippedHolds, 0);
    EXPECT_EQ(summary.totalHeld, 81s);
}

TEST(SessionHolds, ADroppedHoldIsNotRecorded)
{
    SessionHolds holds(startedAfter);
    holds.enter(holdPhase(1, Side::Left));
    holds.drop();
    EXPECT_FALSE(holds.isOpen());
    const SessionSummary summary = summaryOf(holds);
    EXPECT_EQ(summary.skippedHolds + summary.cutShortHolds + summary.heldHolds(), 0);
    EXPECT_EQ(summary.totalHeld, 0s);
}

} // namespace
} // namespace limber

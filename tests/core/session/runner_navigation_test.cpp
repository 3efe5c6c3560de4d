#include "core/session/sessionrunner.h"
#include "tests/core/session/sessionfixtures.h"
#include "tests/core/session/sessionrecorder.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Type = RunnerEvent::Type;
using State = SessionRunner::State;
using Kind = Phase::Kind;

TEST(SessionNavigation, SkipInAHoldRecordsItAsPartialAndStartsTheNextPhaseNow)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(55000ms); // 20 s into the first hold
    h.recorder.clear();
    h.runner.skip();
    ASSERT_GE(h.recorder.events.size(), 2);
    EXPECT_EQ(h.recorder.events[0].type, Type::HoldFinished);
    EXPECT_EQ(h.recorder.events[0].hold.held, 20000ms);
    EXPECT_FALSE(h.recorder.events[0].hold.completed);
    EXPECT_EQ(h.recorder.events[1].type, Type::PhaseChanged);
    EXPECT_EQ(h.recorder.events[1].phase.kind, Kind::Switch);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::SwitchSides).size(), 1);
    EXPECT_EQ(h.runner.activeElapsed(), 95000ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 10000ms);

    // The switch runs its full 10 s from now; the next hold starts on time.
    h.runToEndOnTime();
    const QList<RunnerEvent> changes = h.recorder.ofType(Type::PhaseChanged);
    EXPECT_EQ(changes[1].phase.side, Side::Right);
    EXPECT_EQ(changes[1].monotonic, 55000ms + 10000ms);
    EXPECT_EQ(h.recorder.summary()->cutShortHolds, 1);
    EXPECT_EQ(h.recorder.summary()->completedLeftHolds, 1);
}

TEST(SessionNavigation, SkippedCuesAreNeverEmitted)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(36000ms);
    h.runner.skip();
    h.runToEndOnTime();
    // The first hold's halfway (65 s) and countdown (92-94 s) were skipped.
    for (const Cue &cue : h.recorder.cues())
        EXPECT_FALSE(cue.phaseIndex == 3 && cue.at > 36000ms) << int(cue.kind);
}

TEST(SessionNavigation, SkipInASetupStepGoesToTheNextStep)
{
    RunnerHarness h;
    h.runner.start();
    h.advance(2s);
    h.recorder.clear();
    h.runner.skip();
    EXPECT_TRUE(h.recorder.holds().isEmpty());
    ASSERT_EQ(h.recorder.phases().size(), 1);
    EXPECT_EQ(h.recorder.phases()[0].stepIndex, 1);
    const QList<Cue> steps = h.recorder.cues(Cue::Kind::StepText);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0].text, seatedLegCross().steps[1].text.text());
}

TEST(SessionNavigation, SkipRightAtAHoldsStartRecordsNothing)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(35000ms);
    h.runner.skip();
    EXPECT_TRUE(h.recorder.holds().isEmpty());
    EXPECT_EQ(h.runner.currentPhase().kind, Kind::Switch);
}

TEST(SessionNavigation, SkippingTheLastHoldEndsTheSession)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(245000ms + 30000ms);
    h.runner.skip();
    EXPECT_EQ(h.runner.state(), State::Finished);
    const SessionSummary summary = *h.recorder.summary();
    EXPECT_TRUE(summary.completed);
    EXPECT_EQ(summary.cutShortHolds, 1);
    EXPECT_EQ(summary.completedRightHolds, 1);
    EXPECT_EQ(summary.activeTime, 305000ms);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::Done).size(), 1);
}

TEST(SessionNavigation, SkippingThroughEveryHoldIsNotACompletedSession)
{
    RunnerHarness h;
    h.runner.start();
    // Next pressed every half second, from the first step to the end.
    for (int presses = 0; presses < 100 && h.runner.isActive(); ++presses) {
        h.advance(500ms);
        h.runner.skip();
    }
    ASSERT_EQ(h.runner.state(), State::Finished);
    const SessionSummary summary = *h.recorder.summary();
    EXPECT_FALSE(summary.completed) << "no hold was held to its end";
    EXPECT_EQ(summary.stopReason, StopReason::None) << "nobody stopped it either";
    EXPECT_EQ(summary.heldHolds(), 0);
    EXPECT_EQ(summary.skippedHolds, 4) << "two holds a side, each skipped";
    EXPECT_EQ(summary.cutShortHolds, 0) << "a hold skipped at once was never started";
}

TEST(SessionNavigation, AHoldCutShortTwiceCountsOnce)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(35000ms + 20000ms);
    h.runner.skip(); // the first hold, cut short
    h.advance(1000ms);
    h.runner.back(); // within 3 s of the switch: back to that hold
    ASSERT_EQ(h.runner.currentPhase().index, 3);
    h.advance(10000ms);
    h.runner.skip(); // cut short again
    h.runToEndOnTime();

    const SessionSummary summary = *h.recorder.summary();
    EXPECT_EQ(h.recorder.holds().size(), 5) << "every attempt is logged";
    EXPECT_EQ(summary.cutShortHolds, 1) << "four holds in the routine, one of them cut short";
    EXPECT_EQ(summary.completedLeftHolds, 1);
    EXPECT_EQ(summary.completedRightHolds, 2);
    EXPECT_EQ(summary.skippedHolds, 0);
    EXPECT_TRUE(summary.completed);
}

TEST(SessionNavigation, AHoldDoneAgainAfterItWasCutShortCountsAsHeld)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(35000ms + 20000ms);
    h.runner.skip();
    h.advance(1000ms);
    h.runner.back();
    h.runToEndOnTime();
    const SessionSummary summary = *h.recorder.summary();
    EXPECT_EQ(summary.cutShortHolds, 0);
    EXPECT_EQ(summary.completedLeftHolds, 2);
    EXPECT_EQ(summary.completedRightHolds, 2);
}

TEST(SessionNavigation, BackLateInAPhaseRestartsItWithoutLoggingTheAttempt)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(35000ms + 20000ms);
    h.recorder.clear();
    h.runner.back();
    EXPECT_TRUE(h.recorder.holds().isEmpty());
    ASSERT_EQ(h.recorder.phases().size(), 1);
    EXPECT_EQ(h.recorder.phases()[0].index, 3);
    EXPECT_EQ(h.runner.activeElapsed(), 35000ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 60000ms);
    EXPECT_EQ(h.recorder.cues().first().kind, Cue::Kind::PhaseStart);

    // The hold is done again in full, and dated from the restart.
    h.advance(60000ms);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 60000ms);
    EXPECT_TRUE(h.recorder.holds()[0].completed);
    const QDateTime sessionStart(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    EXPECT_EQ(h.recorder.holds()[0].startUtc, sessionStart.addMSecs(55000));
}

TEST(SessionNavigation, BackEarlyInAPhaseGoesToThePreviousOne)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(95000ms + 2999ms); // just under 3 s into the switch
    h.recorder.clear();
    h.runner.back();
    ASSERT_EQ(h.recorder.phases().size(), 1);
    EXPECT_EQ(h.recorder.phases()[0].index, 3);
    EXPECT_EQ(h.runner.activeElapsed(), 35000ms);
}

TEST(SessionNavigation, BackAtThreeSecondsRestartsTheCurrentPhase)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(95000ms + 3000ms);
    h.recorder.clear();
    h.runner.back();
    ASSERT_EQ(h.recorder.phases().size(), 1);
    EXPECT_EQ(h.recorder.phases()[0].index, 4);
    EXPECT_EQ(h.runner.activeElapsed(), 95000ms);
}

TEST(SessionNavigation, BackInTheFirstPhaseRestartsIt)
{
    RunnerHarness h;
    h.runner.start();
    h.advance(1s);
    h.runner.back();
    EXPECT_EQ(h.runner.currentPhase().index, 0);
    EXPECT_EQ(h.runner.activeElapsed(), 0ms);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::StepText).size(), 2);
}

TEST(SessionNavigation, ExtendingAHoldShiftsLaterPhasesByExactlyFifteenSeconds)
{
    RunnerHarness h;
    const Timeline before = h.runner.timeline();
    h.runner.start();
    h.pollUntil(35000ms + 40000ms);
    ASSERT_TRUE(h.runner.extendHold());
    const QList<RunnerEvent> updates = h.recorder.ofType(Type::PhaseUpdated);
    ASSERT_EQ(updates.size(), 1);
    EXPECT_EQ(updates[0].phase.duration, 75000ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 35000ms);
    EXPECT_EQ(h.runner.timeline().totalDuration(), before.totalDuration() + 15000ms);

    h.runToEndOnTime();
    const QList<RunnerEvent> changes = h.recorder.ofType(Type::PhaseChanged);
    ASSERT_EQ(changes.size(), before.phaseCount());
    for (int i = 4; i < changes.size(); ++i)
        EXPECT_EQ(changes[i].monotonic, before.phase(i).start + 15000ms) << "phase " << i;
    const HoldRecord first = h.recorder.holds()[0];
    EXPECT_EQ(first.target, 75000ms);
    EXPECT_EQ(first.held, 75000ms);
    EXPECT_TRUE(first.completed);
    EXPECT_EQ(h.recorder.holds()[1].target, 60000ms);
}

TEST(SessionNavigation, AnExtendedHoldCountsDownAtItsNewEnd)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(35000ms + 40000ms); // halfway (30 s) has been said
    ASSERT_TRUE(h.runner.extendHold());
    h.pollUntil(95000ms + 15000ms);
    QList<milliseconds> countdown;
    for (const RunnerEvent &event : h.recorder.ofType(Type::CueDue))
        if (event.cue.kind == Cue::Kind::Countdown)
            countdown.append(event.monotonic);
    EXPECT_EQ(countdown, (QList<milliseconds> {107000ms, 108000ms, 109000ms}));
    // Halfway moved to 37.5 s, which was already past: it is not said again.
    EXPECT_EQ(h.recorder.cues(Cue::Kind::Halfway).size(), 1);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::TenSecondsLeft).size(), 1);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::TenSecondsLeft)[0].at, 100000ms);
}

TEST(SessionNavigation, ExtendingDuringTheCountdownCountsDownAgain)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(95000ms - 1500ms); // "3" and "2" said
    ASSERT_TRUE(h.runner.extendHold());
    h.pollUntil(95000ms + 15000ms);
    QList<int> counts;
    for (const Cue &cue : h.recorder.cues(Cue::Kind::Countdown))
        counts.append(cue.count);
    EXPECT_EQ(counts, (QList<int> {3, 2, 3, 2, 1}));
    EXPECT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 75000ms);
}

TEST(SessionNavigation, ExtendingTwiceAddsThirtySeconds)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(40000ms);
    ASSERT_TRUE(h.runner.extendHold());
    h.advance(1s);
    ASSERT_TRUE(h.runner.extendHoldBy(15s));
    h.runToEndOnTime();
    EXPECT_EQ(h.recorder.holds()[0].held, 90000ms);
    EXPECT_EQ(h.recorder.summary()->activeTime, 305000ms + 30000ms);
}

TEST(SessionNavigation, OnlyAHoldCanBeExtended)
{
    RunnerHarness h;
    h.runner.start();
    h.advance(1s);
    EXPECT_FALSE(h.runner.extendHold()); // a set-up step
    h.advanceTo(96000ms);
    EXPECT_FALSE(h.runner.extendHold()); // a switch
    EXPECT_TRUE(h.recorder.ofType(Type::PhaseUpdated).isEmpty());
    EXPECT_EQ(h.runner.timeline().totalDuration(), 305000ms);
}

TEST(SessionNavigation, AHoldCannotBeExtendedPastTheLimit)
{
    RunnerHarness h(routineOf({legCrossItem(1, 590)}));
    h.runner.start();
    h.advanceTo(40000ms);
    EXPECT_FALSE(h.runner.extendHold());
    EXPECT_TRUE(h.runner.extendHoldBy(10s));
    EXPECT_EQ(h.runner.currentPhase().duration, 600000ms);
}

TEST(SessionNavigation, ExtendingWhilePausedAddsTheTimeAndWaits)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(50000ms);
    h.runner.pause();
    ASSERT_TRUE(h.runner.extendHold());
    EXPECT_EQ(h.runner.timeLeftInPhase(), 60000ms);
    EXPECT_TRUE(h.runner.isPaused());
    h.advance(5min);
    h.runner.resume();
    h.advance(60000ms);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 75000ms);
}

TEST(SessionNavigation, SkipWhilePausedShowsThePhaseAndItsCuesFollowOnResume)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(30000ms); // in the last set-up step
    h.runner.pause();
    h.recorder.clear();
    h.runner.skip();
    ASSERT_EQ(h.recorder.events.size(), 1);
    EXPECT_EQ(h.recorder.events[0].phase.kind, Kind::Hold);
    EXPECT_TRUE(h.runner.isPaused());
    h.advance(2min);
    EXPECT_EQ(h.recorder.events.size(), 1);
    h.runner.resume();
    EXPECT_EQ(h.recorder.cues().first().kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(h.recorder.cues().first().phaseIndex, 3);
    // The hold starts (and is dated) when the person resumes.
    h.advance(60000ms);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    const QDateTime sessionStart(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    EXPECT_EQ(h.recorder.holds()[0].startUtc, sessionStart.addMSecs(30000 + 120000));
    EXPECT_EQ(h.recorder.holds()[0].held, 60000ms);
}

TEST(SessionNavigation, SkipToTheEndWhilePausedFinishes)
{
    RunnerHarness h(routineOf({kneesItem(1, 30, 0)}));
    h.runner.start();
    h.advanceTo(20000ms);
    h.runner.pause();
    h.runner.skip();
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(h.recorder.summary()->stopReason, StopReason::None) << "it reached the end";
    EXPECT_FALSE(h.recorder.summary()->completed) << "but its only hold was not held";
}

TEST(SessionNavigation, PausingFromAPhaseChangeSlotHoldsTheRestForLater)
{
    RunnerHarness h;
    QObject::connect(&h.runner, &SessionRunner::phaseChanged, &h.runner, [&](const Phase &p) {
        if (p.isHold() && p.side == Side::Right)
            h.runner.pause();
    });
    h.runner.start();
    h.pollUntil(110000ms, 300ms); // a poll at 105 s sees the right hold begin
    EXPECT_TRUE(h.runner.isPaused());
    EXPECT_EQ(h.runner.currentPhase().index, 5);
    // Paused at that poll, before the hold's own cues went out.
    EXPECT_EQ(h.runner.activeElapsed(), 105000ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 60000ms);
    const qsizetype before = h.recorder.cues().size();
    h.runner.resume();
    h.advance(1ms);
    // The right hold's own cues up to now come once, after the resume.
    int phaseStarts = 0;
    for (const Cue &cue : h.recorder.cues())
        phaseStarts += cue.kind == Cue::Kind::PhaseStart && cue.phaseIndex == 5 ? 1 : 0;
    EXPECT_EQ(phaseStarts, 1);
    EXPECT_GT(h.recorder.cues().size(), before);
}

TEST(SessionNavigation, StoppingFromACueSlotEndsAtThatCue)
{
    RunnerHarness h;
    QObject::connect(&h.runner, &SessionRunner::cue, &h.runner, [&](const Cue &cue) {
        if (cue.kind == Cue::Kind::Halfway)
            h.runner.stop(StopReason::Pain);
    });
    h.runner.start();
    h.pollUntil(70000ms, 400ms); // a poll at 65.2 s says halfway (65 s)
    EXPECT_EQ(h.runner.state(), State::Finished);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 30200ms); // up to that poll
    EXPECT_EQ(h.recorder.events.last().type, Type::Finished);
    EXPECT_EQ(h.recorder.ofType(Type::Finished).size(), 1);
}

TEST(SessionNavigation, SkippingFromAHoldRecordSlotMovesOnOnce)
{
    RunnerHarness h;
    bool skipped = false;
    QObject::connect(&h.runner, &SessionRunner::holdFinished, &h.runner, [&] {
        if (!std::exchange(skipped, true))
            h.runner.skip(); // from inside the emission that ended the first hold
    });
    h.runner.start();
    h.pollUntil(95000ms);
    // The hold had just ended, so the skip moved to the phase that was about
    // to begin, announced once and started now.
    QList<int> indices;
    for (const Phase &phase : h.recorder.phases())
        indices.append(phase.index);
    EXPECT_EQ(indices, (QList<int> {0, 1, 2, 3, 4}));
    EXPECT_EQ(h.runner.currentPhase().index, 4);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 10000ms);
    EXPECT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::SwitchSides).size(), 1);
}

TEST(SessionNavigation, AHoldThatHasBeenRecordedCannotBeExtended)
{
    RunnerHarness h;
    bool refused = false;
    QObject::connect(&h.runner, &SessionRunner::holdFinished, &h.runner,
        [&] { refused = !h.runner.extendHold(); });
    h.runner.start();
    h.pollUntil(95000ms);
    EXPECT_TRUE(refused);
    EXPECT_EQ(h.runner.currentPhase().kind, Kind::Switch);
    EXPECT_EQ(h.runner.timeline().totalDuration(), 305000ms);
}

TEST(SessionNavigation, SkipAtTheEndFromADoneSlotDoesNotGoPastIt)
{
    RunnerHarness h(routineOf({kneesItem(1, 10, 0)}));
    QObject::connect(&h.runner, &SessionRunner::phaseChanged, &h.runner, [&](const Phase &p) {
        if (p.kind == Kind::Done)
            h.runner.skip();
    });
    h.runner.start();
    h.runToEndOnTime();
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(h.recorder.ofType(Type::Finished).size(), 1);
    EXPECT_EQ(h.recorder.holds().size(), 1);
}

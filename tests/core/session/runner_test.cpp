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

TEST(SessionRunner, DoesNothingBeforeStart)
{
    RunnerHarness h;
    EXPECT_EQ(h.runner.state(), State::Ready);
    h.advance(5s);
    h.runner.pause();
    h.runner.skip();
    h.runner.back();
    h.runner.stop();
    EXPECT_FALSE(h.runner.extendHold());
    EXPECT_TRUE(h.recorder.events.isEmpty());
    EXPECT_EQ(h.runner.activeElapsed(), 0ms);
    EXPECT_EQ(h.runner.timeUntilNextEvent(), std::nullopt);
}

TEST(SessionRunner, StartAnnouncesTheFirstPhaseThenItsCues)
{
    RunnerHarness h;
    h.clock.advance(1234ms); // the clock's origin does not matter
    h.runner.start();
    ASSERT_EQ(h.recorder.events.size(), 3);
    EXPECT_EQ(h.recorder.events[0].type, Type::PhaseChanged);
    EXPECT_EQ(h.recorder.events[0].phase, h.runner.timeline().phase(0));
    EXPECT_EQ(h.recorder.events[1].cue.kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(h.recorder.events[2].cue.kind, Cue::Kind::StepText);
    EXPECT_EQ(h.runner.state(), State::Running);
    EXPECT_EQ(h.runner.timeUntilNextEvent(), 10000ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 10000ms);
    EXPECT_EQ(h.runner.timeLeftInSession(), 305000ms);
    h.runner.start(); // a second start changes nothing
    EXPECT_EQ(h.recorder.events.size(), 3);
}

TEST(SessionRunner, PollingOnTimeReachesEveryPhaseAtItsExactOffset)
{
    RunnerHarness h;
    h.runner.start();
    h.runToEndOnTime();
    const Timeline &timeline = h.runner.timeline();
    const QList<RunnerEvent> changes = h.recorder.ofType(Type::PhaseChanged);
    ASSERT_EQ(changes.size(), timeline.phaseCount());
    for (int i = 0; i < changes.size(); ++i) {
        EXPECT_EQ(changes[i].phase, timeline.phase(i));
        EXPECT_EQ(changes[i].monotonic, timeline.phase(i).start) << "phase " << i;
    }
    // Every cue of the plan, once, in order, at its instant.
    const QList<RunnerEvent> cues = h.recorder.ofType(Type::CueDue);
    ASSERT_EQ(cues.size(), timeline.cues().size());
    for (qsizetype i = 0; i < cues.size(); ++i) {
        EXPECT_EQ(cues[i].cue, timeline.cues()[i]);
        EXPECT_EQ(cues[i].monotonic, timeline.cues()[i].at);
    }
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(h.recorder.events.last().type, Type::Finished);
}

TEST(SessionRunner, EachHoldIsRecordedCompleteWhenItEnds)
{
    RunnerHarness h;
    h.runner.start();
    h.runToEndOnTime();
    const QList<HoldRecord> holds = h.recorder.holds();
    ASSERT_EQ(holds.size(), 4);
    const QList<Side> sides {Side::Left, Side::Right, Side::Left, Side::Right};
    const QList<int> numbers {1, 1, 2, 2};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(holds[i].exerciseId, u"seated-leg-cross");
        EXPECT_EQ(holds[i].side, sides[i]);
        EXPECT_EQ(holds[i].holdNumber, numbers[i]);
        EXPECT_EQ(holds[i].holdsPerSide, 2);
        EXPECT_EQ(holds[i].target, 60000ms);
        EXPECT_EQ(holds[i].held, 60000ms);
        EXPECT_TRUE(holds[i].completed);
    }
    // The record comes after the hold's last cue and before the next phase.
    const QList<RunnerEvent> &events = h.recorder.events;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].type != Type::HoldFinished)
            continue;
        EXPECT_EQ(events[i - 1].cue.kind, Cue::Kind::Countdown);
        EXPECT_EQ(events[i + 1].type, Type::PhaseChanged);
    }
}

TEST(SessionRunner, TheSummaryCountsHoldsPerSide)
{
    RunnerHarness h;
    h.runner.start();
    h.runToEndOnTime();
    const std::optional<SessionSummary> summary = h.recorder.summary();
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->completed);
    EXPECT_EQ(summary->stopReason, StopReason::None);
    EXPECT_EQ(summary->completedLeftHolds, 2);
    EXPECT_EQ(summary->completedRightHolds, 2);
    EXPECT_EQ(summary->completedUnsidedHolds, 0);
    EXPECT_EQ(summary->cutShortHolds, 0);
    EXPECT_EQ(summary->totalHeld, 240000ms);
    EXPECT_EQ(summary->activeTime, 305000ms);
    EXPECT_EQ(summary->startedUtc, QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()));
    EXPECT_EQ(summary->utcOffsetSeconds, 3600);
}

TEST(SessionRunner, TheLastEventsAreDoneThenFinished)
{
    RunnerHarness h;
    h.runner.start();
    h.runToEndOnTime();
    const QList<RunnerEvent> &events = h.recorder.events;
    ASSERT_GE(events.size(), 4);
    EXPECT_EQ(events[events.size() - 4].phase.kind, Phase::Kind::Done);
    EXPECT_EQ(events[events.size() - 3].cue.kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(events[events.size() - 2].cue.kind, Cue::Kind::Done);
    EXPECT_EQ(events[events.size() - 2].cue.text, u"Well done");
    EXPECT_EQ(events.last().type, Type::Finished);
    EXPECT_EQ(h.runner.timeUntilNextEvent(), std::nullopt);
    EXPECT_EQ(h.runner.timeLeftInSession(), 0ms);
    h.advance(1h); // nothing more, ever
    h.runner.stop();
    EXPECT_EQ(h.recorder.events.last().type, Type::Finished);
    EXPECT_EQ(h.recorder.ofType(Type::Finished).size(), 1);
}

TEST(SessionRunner, PauseAndResumeKeepTheTimeLeftExactly)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(50000ms); // 15 s into the first hold
    h.runner.pause();
    EXPECT_TRUE(h.runner.isPaused());
    EXPECT_EQ(h.recorder.pauses(), QList<bool> {true});
    EXPECT_EQ(h.runner.timeLeftInPhase(), 45000ms);
    EXPECT_EQ(h.runner.timeUntilNextEvent(), std::nullopt);

    const qsizetype before = h.recorder.events.size();
    h.advance(7min);
    EXPECT_EQ(h.recorder.events.size(), before); // nothing while paused
    EXPECT_EQ(h.runner.timeLeftInPhase(), 45000ms);
    EXPECT_EQ(h.runner.activeElapsed(), 50000ms);

    h.runner.resume();
    EXPECT_EQ(h.recorder.pauses(), (QList<bool> {true, false}));
    EXPECT_EQ(h.runner.timeLeftInPhase(), 45000ms);
    h.advance(44999ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 1ms);
    EXPECT_TRUE(h.recorder.holds().isEmpty());
    h.advance(1ms);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 60000ms);
    EXPECT_EQ(h.recorder.holds()[0].startUtc.msecsTo(h.clock.nowUtc()), 60000 + 420000);
}

TEST(SessionRunner, TogglePauseSwitchesBetweenRunningAndPaused)
{
    RunnerHarness h;
    h.runner.start();
    h.advance(3s);
    h.runner.togglePause();
    EXPECT_EQ(h.runner.state(), State::Paused);
    h.advance(3s);
    h.runner.togglePause();
    EXPECT_EQ(h.runner.state(), State::Running);
    EXPECT_EQ(h.runner.activeElapsed(), 3000ms);
    h.runner.resume(); // already running: nothing
    EXPECT_EQ(h.recorder.pauses(), (QList<bool> {true, false}));
}

TEST(SessionRunner, ManyPausesAddUpToNothing)
{
    RunnerHarness h;
    h.runner.start();
    for (int i = 0; i < 50; ++i) {
        h.advance(1000ms + milliseconds(i));
        h.runner.pause();
        h.advance(333ms * (i + 1));
        h.runner.resume();
    }
    EXPECT_EQ(h.runner.activeElapsed(), 50 * 1000ms + milliseconds(49 * 50 / 2));
}

TEST(SessionRunner, StopDuringAHoldRecordsWhatWasHeld)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(35000ms + 23456ms);
    h.clock.advance(7ms); // a poll has not come yet: stop reads the clock itself
    h.runner.stop();
    ASSERT_EQ(h.recorder.holds().size(), 1);
    const HoldRecord hold = h.recorder.holds()[0];
    EXPECT_FALSE(hold.completed);
    EXPECT_EQ(hold.held, 23463ms);
    EXPECT_EQ(hold.target, 60000ms);
    EXPECT_EQ(hold.side, Side::Left);

    const std::optional<SessionSummary> summary = h.recorder.summary();
    ASSERT_TRUE(summary);
    EXPECT_FALSE(summary->completed);
    EXPECT_EQ(summary->stopReason, StopReason::User);
    EXPECT_EQ(summary->cutShortHolds, 1);
    EXPECT_EQ(summary->completedLeftHolds, 0);
    EXPECT_EQ(summary->totalHeld, 23463ms);
    EXPECT_EQ(summary->activeTime, 58463ms);
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(h.runner.activeElapsed(), 58463ms);
}

TEST(SessionRunner, StopBecauseOfPainSaysSo)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(105000ms + 12000ms); // in the first right hold
    h.runner.stop(StopReason::Pain);
    const std::optional<SessionSummary> summary = h.recorder.summary();
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->stopReason, StopReason::Pain);
    EXPECT_FALSE(summary->completed);
    EXPECT_EQ(summary->completedLeftHolds, 1);
    ASSERT_EQ(h.recorder.holds().size(), 2);
    EXPECT_EQ(h.recorder.holds()[1].side, Side::Right);
    EXPECT_EQ(h.recorder.holds()[1].held, 12000ms);
}

TEST(SessionRunner, StopWhilePausedRecordsTheHeldTimeBeforeThePause)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(40000ms);
    h.runner.pause();
    h.advance(10min);
    h.runner.stop(StopReason::Pain);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 5000ms);
    EXPECT_EQ(h.recorder.summary()->activeTime, 40000ms);
}

TEST(SessionRunner, StopOutsideAHoldRecordsNoHold)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(99000ms); // in the switch
    h.runner.stop();
    EXPECT_EQ(h.recorder.holds().size(), 1); // only the first hold, which completed
    EXPECT_TRUE(h.recorder.holds()[0].completed);
    EXPECT_EQ(h.recorder.summary()->stopReason, StopReason::User);
}

TEST(SessionRunner, AHoldRecordCarriesTheCalendarTimeAndOffsetOfItsStart)
{
    RunnerHarness h;
    h.runner.start();
    h.advanceTo(35800ms); // the poll that sees the hold comes 800 ms late
    h.clock.setUtcOffsetSeconds(7200); // e.g. daylight saving begins mid-session
    h.runToEndOnTime();
    const QList<HoldRecord> holds = h.recorder.holds();
    ASSERT_EQ(holds.size(), 4);
    const QDateTime sessionStart(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    EXPECT_EQ(holds[0].startUtc, sessionStart.addMSecs(35000));
    EXPECT_EQ(holds[0].utcOffsetSeconds, 3600);
    EXPECT_EQ(holds[1].startUtc, sessionStart.addMSecs(105000));
    EXPECT_EQ(holds[1].utcOffsetSeconds, 7200);
    EXPECT_EQ(holds[0].startUtc.timeSpec(), Qt::UTC);
}

TEST(SessionRunner, TimeUntilNextEventIsExact)
{
    RunnerHarness h;
    QList<milliseconds> instants; // every distinct time something is due
    for (const Cue &cue : h.runner.timeline().cues())
        if (instants.isEmpty() || instants.last() != cue.at)
            instants.append(cue.at);
    h.runner.start();
    int checked = 0;
    while (std::optional<milliseconds> wait = h.runner.timeUntilNextEvent()) {
        ASSERT_GT(*wait, 0ms);
        const qsizetype before = h.recorder.events.size();
        h.advance(*wait - 1ms);
        ASSERT_EQ(h.recorder.events.size(), before) << "an event came 1 ms early";
        ASSERT_EQ(h.runner.timeUntilNextEvent(), 1ms);
        h.advance(1ms);
        ASSERT_GT(h.recorder.events.size(), before) << "nothing came when due";
        ++checked;
    }
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(checked, instants.size() - 1); // all but the first, due at the start
}

TEST(SessionRunner, TimeUntilNextEventCountsDownWithTheClock)
{
    RunnerHarness h;
    h.runner.start();
    h.clock.advance(2500ms); // no poll: the answer still follows the clock
    EXPECT_EQ(h.runner.timeUntilNextEvent(), 7500ms);
    h.clock.advance(9000ms); // overdue
    EXPECT_EQ(h.runner.timeUntilNextEvent(), 0ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 0ms);
}

TEST(SessionRunner, AnUnsidedExerciseRunsItsHoldsWithRests)
{
    RunnerHarness h(routineOf({kneesItem(3, 30, 15)}));
    h.runner.start();
    h.runToEndOnTime();
    QList<Phase::Kind> kinds;
    for (const Phase &phase : h.recorder.phases())
        kinds.append(phase.kind);
    using K = Phase::Kind;
    EXPECT_EQ(kinds,
        (QList<K> {K::Prepare, K::Prepare, K::Hold, K::Rest, K::Hold, K::Rest, K::Hold, K::Done}));
    const QList<HoldRecord> holds = h.recorder.holds();
    ASSERT_EQ(holds.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(holds[i].side, Side::None);
        EXPECT_EQ(holds[i].holdNumber, i + 1);
        EXPECT_EQ(holds[i].held, 30000ms);
    }
    EXPECT_EQ(h.recorder.summary()->completedUnsidedHolds, 3);
    EXPECT_TRUE(h.recorder.cues(Cue::Kind::SwitchSides).isEmpty());
}

TEST(SessionRunner, TwoItemsWithARestRunInOrder)
{
    RoutineItem first = legCrossItem(1, 30);
    first.restSeconds = 20;
    RoutineItem second = kneesItem(2, 20, 5);
    RunnerHarness h(routineOf({first, second}));
    h.runner.start();
    h.runToEndOnTime();
    const QList<HoldRecord> holds = h.recorder.holds();
    ASSERT_EQ(holds.size(), 4);
    EXPECT_EQ(holds[0].exerciseId, u"seated-leg-cross");
    EXPECT_EQ(holds[1].exerciseId, u"seated-leg-cross");
    EXPECT_EQ(holds[2].exerciseId, u"knees-to-chest");
    EXPECT_EQ(holds[2].itemIndex, 1);
    const QList<Phase> phases = h.recorder.phases();
    const auto rest = std::find_if(
        phases.cbegin(), phases.cend(), [](const Phase &p) { return p.kind == Phase::Kind::Rest; });
    ASSERT_NE(rest, phases.cend());
    EXPECT_EQ(rest->start, 105000ms);
    EXPECT_EQ(rest->duration, 20000ms);
    EXPECT_EQ(rest->nextExerciseId, u"knees-to-chest");
    const SessionSummary summary = *h.recorder.summary();
    EXPECT_EQ(summary.completedLeftHolds, 1);
    EXPECT_EQ(summary.completedRightHolds, 1);
    EXPECT_EQ(summary.completedUnsidedHolds, 2);
    EXPECT_EQ(summary.totalHeld, 100000ms);
}

TEST(SessionRunner, SkippingEveryHoldEndsWithoutWellDone)
{
    RunnerHarness h;
    h.runner.start();
    while (h.runner.isActive())
        h.runner.skip();
    const QList<RunnerEvent> done = h.recorder.ofType(Type::CueDue);
    ASSERT_FALSE(done.isEmpty());
    EXPECT_EQ(done.last().cue.kind, Cue::Kind::Done);
    EXPECT_EQ(done.last().cue.text, u"No holds done this time.");
    // Whatever plays the sounds heard of the new words before the jump to the end.
    EXPECT_EQ(h.runner.timeline().cues().last().text, u"No holds done this time.");
    EXPECT_FALSE(h.recorder.ofType(Type::PhaseUpdated).isEmpty());
}

TEST(SessionRunner, OneHoldHeldKeepsWellDoneAfterSkippingTheRest)
{
    RunnerHarness h;
    h.runner.start();
    while (h.runner.isActive() && !h.runner.currentPhase().isHold())
        h.runner.skip();
    h.advance(h.runner.timeLeftInPhase()); // the first hold runs to its end
    while (h.runner.isActive())
        h.runner.skip();
    const QList<RunnerEvent> cues = h.recorder.ofType(Type::CueDue);
    ASSERT_FALSE(cues.isEmpty());
    EXPECT_EQ(cues.last().cue.kind, Cue::Kind::Done);
    EXPECT_EQ(cues.last().cue.text, u"Well done");
}

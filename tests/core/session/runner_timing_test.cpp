#include "core/session/cuetext.h"
#include "core/session/sessionrunner.h"
#include "tests/core/session/sessionfixtures.h"
#include "tests/core/session/sessionrecorder.h"

#include <gtest/gtest.h>

#include <random>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Type = RunnerEvent::Type;
using State = SessionRunner::State;

namespace {

/// About half an hour: two alternating exercises and an unsided one, with rests.
Routine halfHourRoutine()
{
    RoutineItem first = legCrossItem(3, 120);
    first.restSeconds = 30;
    RoutineItem second = kneesItem(4, 60, 20);
    second.restSeconds = 45;
    RoutineItem third = legCrossItem(2, 150);
    third.switchSeconds = 15;
    return routineOf({first, second, third});
}

} // namespace

TEST(SessionTiming, EveryCountdownCueFiresOnceAtItsExactMillisecond)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(h.runner.timeline().totalDuration() + 1ms, 1ms);
    ASSERT_EQ(h.runner.state(), State::Finished);
    const QList<RunnerEvent> cues = h.recorder.ofType(Type::CueDue);
    int countdowns = 0;
    for (const RunnerEvent &event : cues) {
        if (event.cue.kind != Cue::Kind::Countdown)
            continue;
        ++countdowns;
        EXPECT_EQ(event.monotonic, event.cue.at);
        const Phase &hold = h.runner.timeline().phase(event.cue.phaseIndex);
        EXPECT_EQ(event.cue.at, hold.end() - event.cue.count * 1000ms);
    }
    EXPECT_EQ(countdowns, 4 * 3);
    // Nothing twice, nothing lost: exactly the plan.
    ASSERT_EQ(cues.size(), h.runner.timeline().cues().size());
    for (qsizetype i = 0; i < cues.size(); ++i)
        EXPECT_EQ(cues[i].cue, h.runner.timeline().cues()[i]);
}

TEST(SessionTiming, PollingAroundACountdownInstantFiresItOnce)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(91990ms); // ten ms before "3" of the first hold
    for (int i = 0; i < 20; ++i) {
        h.runner.poll(); // polls without time passing add nothing
        h.advance(1ms);
        h.runner.poll();
    }
    const QList<RunnerEvent> threes = [&] {
        QList<RunnerEvent> result;
        for (const RunnerEvent &event : h.recorder.ofType(Type::CueDue))
            if (event.cue.kind == Cue::Kind::Countdown && event.cue.count == 3)
                result.append(event);
        return result;
    }();
    ASSERT_EQ(threes.size(), 1);
    EXPECT_EQ(threes[0].monotonic, 92000ms);
    EXPECT_EQ(threes[0].active, 92000ms);
}

TEST(SessionTiming, IrregularTicksOverHalfAnHourEndEveryHoldExactlyOnTarget)
{
    RunnerHarness h(halfHourRoutine());
    const Timeline plan = h.runner.timeline();
    ASSERT_GE(plan.totalDuration(), 29min);
    ASSERT_LE(plan.totalDuration(), 35min);

    std::mt19937 random(20260105);
    std::uniform_int_distribution<int> tick(1, 997);
    milliseconds pausedFor {0};
    int polls = 0;
    h.runner.start();
    while (h.runner.state() != State::Finished) {
        h.advance(milliseconds(tick(random)));
        ++polls;
        if (polls % 400 == 0 && h.runner.state() == State::Running) {
            // Now and then the person pauses for a while.
            h.runner.pause();
            const milliseconds away = milliseconds(tick(random)) * 37;
            h.advance(away);
            pausedFor += away;
            h.runner.resume();
        }
        // Active time is the clock minus the pauses, to the millisecond.
        if (h.runner.state() == State::Running) {
            ASSERT_EQ(h.runner.activeElapsed(), h.clock.now() - pausedFor);
        }
        ASSERT_LT(polls, 100000);
    }

    for (const HoldRecord &hold : h.recorder.holds()) {
        EXPECT_TRUE(hold.completed);
        EXPECT_EQ(hold.held, hold.target);
    }
    EXPECT_EQ(h.recorder.holds().size(), 6 + 4 + 4);

    // Each phase is announced at the first poll at or after its exact offset.
    const QList<RunnerEvent> changes = h.recorder.ofType(Type::PhaseChanged);
    ASSERT_EQ(changes.size(), plan.phaseCount());
    for (int i = 0; i < changes.size(); ++i) {
        EXPECT_EQ(changes[i].phase.start, plan.phase(i).start);
        EXPECT_GE(changes[i].active, plan.phase(i).start);
        EXPECT_LT(changes[i].active, plan.phase(i).start + 997ms);
    }
    // Every cue once, never early, and no later than one tick: none went stale.
    const QList<RunnerEvent> cues = h.recorder.ofType(Type::CueDue);
    ASSERT_EQ(cues.size(), plan.cues().size());
    for (qsizetype i = 0; i < cues.size(); ++i) {
        EXPECT_EQ(cues[i].cue, plan.cues()[i]);
        EXPECT_GE(cues[i].active, cues[i].cue.at);
        EXPECT_LT(cues[i].active, cues[i].cue.at + 997ms);
    }
    // Each hold is recorded at the first poll at or after its exact end.
    Phase current;
    for (const RunnerEvent &event : h.recorder.events) {
        if (event.type == Type::PhaseChanged)
            current = event.phase;
        if (event.type != Type::HoldFinished)
            continue;
        ASSERT_TRUE(current.isHold());
        EXPECT_EQ(event.hold.target, current.duration);
        EXPECT_GE(event.active, current.end());
        EXPECT_LT(event.active, current.end() + 997ms);
    }

    const SessionSummary summary = *h.recorder.summary();
    EXPECT_EQ(summary.activeTime, plan.totalDuration());
    EXPECT_EQ(summary.totalHeld, 6 * 120000ms + 4 * 60000ms + 4 * 150000ms);
    EXPECT_GT(pausedFor, 0ms);
}

TEST(SessionTiming, AWallClockJumpingTwoHoursEitherWayChangesNothing)
{
    auto run = [](bool jump) {
        RunnerHarness h;
        std::mt19937 random(7);
        std::uniform_int_distribution<int> tick(1, 997);
        // Mid-hold: forward at 50 s, back at 120 s and again at 200 s.
        QList<std::pair<milliseconds, milliseconds>> jumps {
            {50000ms, 2h}, {120000ms, -2h}, {200000ms, -2h}};
        h.runner.start();
        while (h.runner.state() != State::Finished) {
            h.advance(milliseconds(tick(random)));
            if (jump && !jumps.isEmpty() && h.clock.now() >= jumps.first().first)
                h.clock.jumpWallClock(jumps.takeFirst().second);
        }
        return h.recorder.events;
    };
    const QList<RunnerEvent> steady = run(false);
    const QList<RunnerEvent> jumped = run(true);
    ASSERT_EQ(jumped.size(), steady.size());
    for (qsizetype i = 0; i < steady.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "event " << i);
        EXPECT_EQ(jumped[i].type, steady[i].type);
        EXPECT_EQ(jumped[i].monotonic, steady[i].monotonic);
        EXPECT_EQ(jumped[i].active, steady[i].active);
        EXPECT_EQ(jumped[i].phase, steady[i].phase);
        EXPECT_EQ(jumped[i].cue, steady[i].cue);
        EXPECT_EQ(jumped[i].hold.held, steady[i].hold.held);
        EXPECT_EQ(jumped[i].hold.target, steady[i].hold.target);
        EXPECT_EQ(jumped[i].hold.completed, steady[i].hold.completed);
        EXPECT_EQ(jumped[i].summary.activeTime, steady[i].summary.activeTime);
        EXPECT_EQ(jumped[i].summary.totalHeld, steady[i].summary.totalHeld);
    }
    // Only the log dates follow the calendar: a hold that began before a jump
    // keeps its date; one that began after it carries the new calendar time.
    QList<QDateTime> steadyDates;
    QList<QDateTime> jumpedDates;
    for (qsizetype i = 0; i < steady.size(); ++i) {
        if (steady[i].type == Type::HoldFinished) {
            steadyDates.append(steady[i].hold.startUtc);
            jumpedDates.append(jumped[i].hold.startUtc);
        }
    }
    ASSERT_EQ(steadyDates.size(), 4);
    EXPECT_EQ(jumpedDates[0], steadyDates[0]); // began at 35 s, before the +2 h
    EXPECT_EQ(jumpedDates[1].msecsTo(steadyDates[1]), -7200000); // began at 105 s, after +2 h
    EXPECT_EQ(jumpedDates[2], steadyDates[2]); // after +2 h and -2 h
    EXPECT_EQ(jumpedDates[3].msecsTo(steadyDates[3]), 7200000); // after a second -2 h
    for (const RunnerEvent &event : jumped)
        EXPECT_NE(event.cue.kind, Cue::Kind::Paused);
}

TEST(SessionTiming, SleepingPausesTheHoldWhereTheMachineWentToSleep)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(55000ms); // 20 s into the first hold
    h.clock.advance(400ms); // still awake, no poll yet
    h.clock.suspend(30min);
    h.clock.advance(300ms); // awake again; the timer fires
    h.recorder.clear();
    h.runner.poll();

    EXPECT_TRUE(h.runner.isPaused());
    ASSERT_EQ(h.recorder.events.size(), 2);
    EXPECT_EQ(h.recorder.events[0].type, Type::PausedChanged);
    EXPECT_TRUE(h.recorder.events[0].paused);
    EXPECT_EQ(h.recorder.events[1].cue.kind, Cue::Kind::Paused);
    EXPECT_EQ(h.recorder.events[1].cue.priority, Cue::Priority::Critical);
    EXPECT_FALSE(h.recorder.events[1].cue.text.isEmpty());
    // Resumes from the last poll before the sleep.
    EXPECT_EQ(h.runner.activeElapsed(), 55000ms);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 40000ms);

    h.advance(2min); // the person comes back
    h.runner.resume();
    const milliseconds resumedAt = h.clock.now();
    h.pollUntil(resumedAt + 40000ms);
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 60000ms); // the sleep is not held
    EXPECT_TRUE(h.recorder.holds()[0].completed);
    EXPECT_EQ(h.recorder.ofType(Type::HoldFinished)[0].monotonic, resumedAt + 40000ms);
}

TEST(SessionTiming, StoppingAfterASleepRecordsOnlyTheAwakeHold)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(47000ms);
    h.clock.suspend(8h);
    h.advance(50ms);
    h.runner.stop();
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_EQ(h.recorder.holds()[0].held, 12000ms);
    EXPECT_FALSE(h.recorder.holds()[0].completed);
}

TEST(SessionTiming, ASleepInASetupStepAlsoPauses)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(4000ms);
    h.clock.suspend(6s);
    h.advance(1ms);
    EXPECT_TRUE(h.runner.isPaused());
    EXPECT_EQ(h.runner.activeElapsed(), 4000ms);
}

TEST(SessionTiming, ABlinkShorterThanTheThresholdIsNotASleep)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(40000ms);
    h.clock.suspend(5s); // not more than the 5 s threshold
    h.advance(100ms);
    EXPECT_FALSE(h.runner.isPaused());
    // The monotonic clock stood still, so the gap is not counted either way.
    EXPECT_EQ(h.runner.activeElapsed(), 40100ms);
}

TEST(SessionTiming, SleepingWhilePausedIsNotReportedAgain)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(40000ms);
    h.runner.pause();
    h.clock.suspend(1h);
    h.advance(1s);
    h.runner.resume();
    h.advance(1s);
    EXPECT_FALSE(h.runner.isPaused());
    EXPECT_TRUE(h.recorder.cues(Cue::Kind::Paused).isEmpty());
    EXPECT_EQ(h.recorder.pauses(), (QList<bool> {true, false}));
    EXPECT_EQ(h.runner.activeElapsed(), 41000ms);
}

TEST(SessionTiming, TheSuspendThresholdIsConfigurable)
{
    SessionOptions options;
    options.suspendThreshold = 60s;
    RunnerHarness h(defaultRoutine(), options);
    h.runner.start();
    h.pollUntil(40000ms);
    h.clock.suspend(59s);
    h.advance(1ms);
    EXPECT_FALSE(h.runner.isPaused());
    h.clock.suspend(61s);
    h.advance(1ms);
    EXPECT_TRUE(h.runner.isPaused());
}

TEST(SessionTiming, LateCuesAreDroppedButPhaseChangesAndHoldsAreNot)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(80000ms);
    h.recorder.clear();
    h.advanceTo(110000ms); // the event loop was stuck for 30 s
    // The hold ended and the switch passed while nobody polled.
    const QList<RunnerEvent> &events = h.recorder.events;
    QList<Type> types;
    for (const RunnerEvent &event : events)
        if (event.type != Type::CueDue)
            types.append(event.type);
    EXPECT_EQ(types, (QList<Type> {Type::HoldFinished, Type::PhaseChanged, Type::PhaseChanged}));
    EXPECT_TRUE(h.recorder.holds()[0].completed);
    EXPECT_EQ(h.recorder.holds()[0].held, 60000ms);
    // Only cues at most 2 s old (from 108 s) are still said.
    for (const Cue &cue : h.recorder.cues())
        EXPECT_GE(cue.at, 108000ms) << int(cue.kind);
    EXPECT_FALSE(h.recorder.cues().isEmpty()); // the out-breath at 109 s
}

namespace {

SessionOptions withStallThreshold()
{
    SessionOptions options;
    options.stallThreshold = 3s;
    return options;
}

} // namespace

TEST(SessionTiming, AProgramStoppedInAHoldPausesWhereItStoppedAndCountsNothingUnseen)
{
    // The same 30 s as above, but the program says it polls often (as the
    // app's driver does): a hold never shown is not stored as held.
    RunnerHarness h(defaultRoutine(), withStallThreshold());
    h.runner.start();
    h.pollUntil(80000ms);
    h.recorder.clear();
    h.advanceTo(110000ms); // SIGSTOP at 80 s, SIGCONT at 110 s
    EXPECT_TRUE(h.runner.isPaused());
    EXPECT_EQ(h.runner.activeElapsed(), 80000ms) << "from where it stopped";
    EXPECT_TRUE(h.recorder.holds().isEmpty()) << "the hold was not over";
    const QList<Cue> paused = h.recorder.cues(Cue::Kind::Paused);
    ASSERT_EQ(paused.size(), 1);
    EXPECT_EQ(paused[0].text, cuetext::pausedAfterStall());

    const milliseconds holdEnd = h.runner.currentPhase().end();
    ASSERT_GT(holdEnd, 80000ms);
    h.runner.resume();
    h.pollUntil(110000ms + (holdEnd - 80000ms) - 1ms);
    EXPECT_TRUE(h.recorder.holds().isEmpty()) << "the rest of the hold is still to come";
    h.pollUntil(110000ms + (holdEnd - 80000ms));
    ASSERT_EQ(h.recorder.holds().size(), 1)
        << "the hold ends as long after the resume as it had left";
    EXPECT_TRUE(h.recorder.holds()[0].completed);
    EXPECT_EQ(h.recorder.holds()[0].held, 60000ms) << "only the time it ran on screen";
}

TEST(SessionTiming, PollsWithinTheStallThresholdNeverPause)
{
    RunnerHarness h(defaultRoutine(), withStallThreshold());
    h.runner.start();
    h.pollUntil(h.runner.timeline().totalDuration() + 1ms, 3000ms);
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_TRUE(h.recorder.cues(Cue::Kind::Paused).isEmpty());
}

TEST(SessionTiming, ASleepIsStillSaidAsASleepWhenStallsAreWatched)
{
    RunnerHarness h(defaultRoutine(), withStallThreshold());
    h.runner.start();
    h.pollUntil(40000ms);
    h.clock.suspend(1h);
    h.advance(100ms);
    const QList<Cue> paused = h.recorder.cues(Cue::Kind::Paused);
    ASSERT_EQ(paused.size(), 1);
    EXPECT_EQ(paused[0].text, cuetext::pausedAfterSleep());
    EXPECT_EQ(h.runner.activeElapsed(), 40000ms);
}

TEST(SessionTiming, ACueExactlyTwoSecondsLateIsStillSaid)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(91000ms);
    h.advanceTo(94000ms); // "3" is due at 92 s
    QList<int> counts;
    for (const Cue &cue : h.recorder.cues(Cue::Kind::Countdown))
        counts.append(cue.count);
    EXPECT_EQ(counts, (QList<int> {3, 2, 1}));
}

TEST(SessionTiming, ACueOneMillisecondPastTheLimitIsDropped)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(91000ms);
    h.advanceTo(94001ms); // "3" (92 s) is 2001 ms late
    QList<int> counts;
    for (const Cue &cue : h.recorder.cues(Cue::Kind::Countdown))
        counts.append(cue.count);
    EXPECT_EQ(counts, (QList<int> {2, 1}));
}

TEST(SessionTiming, DoneIsSaidHoweverLateTheLastPollIs)
{
    RunnerHarness h;
    h.runner.start();
    h.advance(2h);
    EXPECT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::Done).size(), 1);
    EXPECT_EQ(h.recorder.phases().size(), h.runner.timeline().phaseCount());
    EXPECT_EQ(h.recorder.holds().size(), 4);
    EXPECT_EQ(h.recorder.summary()->activeTime, 305000ms);
}

TEST(SessionTiming, TimeLeftComesFromTheClockNotFromPolls)
{
    RunnerHarness h;
    h.runner.start();
    h.pollUntil(35000ms);
    // No polls for a while: the time left still follows the clock.
    for (int i = 1; i <= 59; ++i) {
        h.clock.advance(1s);
        EXPECT_EQ(h.runner.timeLeftInPhase(), 60000ms - i * 1000ms);
    }
}

TEST(SessionTiming, AStartWithALeadAnnouncesTheFirstPhaseAtOnceAndItsCuesAtTheirMoment)
{
    RunnerHarness h(routineOf({legCrossItem(1, 20)}));
    h.runner.start(500ms);
    EXPECT_EQ(h.recorder.ofType(Type::PhaseChanged).size(), 1);
    EXPECT_TRUE(h.recorder.ofType(Type::CueDue).isEmpty());
    EXPECT_EQ(h.runner.activeElapsed(), 0ms);
    EXPECT_EQ(h.runner.timeUntilNextEvent(), 500ms);
    EXPECT_EQ(h.runner.monotonicTimeOf(0ms), 500ms);
    h.advance(499ms);
    EXPECT_TRUE(h.recorder.ofType(Type::CueDue).isEmpty()) << "nothing before the first moment";
    h.advance(1ms);
    const QList<RunnerEvent> cues = h.recorder.ofType(Type::CueDue);
    ASSERT_FALSE(cues.isEmpty());
    EXPECT_EQ(cues.constFirst().monotonic, 500ms);
    EXPECT_EQ(cues.constFirst().cue.at, 0ms);
    // The whole session is shifted by the lead, nothing else.
    h.pollUntil(500ms + h.runner.timeline().totalDuration(), 1ms);
    EXPECT_EQ(h.runner.state(), State::Finished);
    for (const RunnerEvent &event : h.recorder.ofType(Type::CueDue))
        EXPECT_EQ(event.monotonic, event.cue.at + 500ms);
}

TEST(SessionTiming, TheTimeOfAMomentFollowsPausesAndJumpsAndStaysAfterTheEnd)
{
    RunnerHarness h(routineOf({legCrossItem(1, 20)}));
    int changes = 0;
    QObject::connect(&h.runner, &SessionRunner::timeBaseChanged, [&changes] { ++changes; });
    EXPECT_FALSE(h.runner.monotonicTimeOf(0ms)) << "not started";
    h.runner.start();
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(h.runner.monotonicTimeOf(5000ms), 5000ms);

    h.advance(2000ms);
    h.runner.pause();
    EXPECT_EQ(changes, 2);
    EXPECT_FALSE(h.runner.monotonicTimeOf(5000ms)) << "a paused session has no clock time ahead";
    h.advance(10s);
    h.runner.resume();
    EXPECT_EQ(changes, 3);
    EXPECT_EQ(h.runner.monotonicTimeOf(5000ms), 15000ms)
        << "the 10 s pause moves every later moment";

    h.runner.skip(); // to the next phase's start, now
    EXPECT_EQ(changes, 4);
    const milliseconds next = h.runner.currentPhase().start;
    EXPECT_EQ(h.runner.monotonicTimeOf(next), h.clock.now());

    const milliseconds total = h.runner.timeline().totalDuration();
    h.pollUntil(h.clock.now() + (total - next) + 1ms, 1ms);
    ASSERT_EQ(h.runner.state(), State::Finished);
    EXPECT_EQ(changes, 5);
    const std::optional<milliseconds> end = h.runner.monotonicTimeOf(total);
    ASSERT_TRUE(end);
    EXPECT_EQ(h.runner.monotonicTimeOf(total + 1500ms), *end + 1500ms)
        << "sounds after the last moment keep a clock time";
}

TEST(SessionTiming, AStoppedSessionHasNoClockTimeAndExtendingChangesNoTimeBase)
{
    RunnerHarness h(routineOf({legCrossItem(1, 20)}));
    int changes = 0;
    QObject::connect(&h.runner, &SessionRunner::timeBaseChanged, [&changes] { ++changes; });
    h.runner.start();
    while (!h.runner.currentPhase().isHold())
        h.advance(100ms);
    const int beforeExtending = changes;
    ASSERT_TRUE(h.runner.extendHold());
    EXPECT_EQ(changes, beforeExtending) << "an extension keeps the map; the plan changes instead";
    h.runner.stop();
    EXPECT_EQ(changes, beforeExtending + 1);
    EXPECT_FALSE(h.runner.monotonicTimeOf(0ms));
}

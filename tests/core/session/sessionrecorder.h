#pragma once

// Records everything a SessionRunner emits, with the clock reading at that
// moment, so tests can check order and exact timing.

#include "core/session/sessionrunner.h"
#include "core/util/clock.h"
#include "tests/core/session/sessionfixtures.h"

#include <QList>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <optional>

namespace limber::test {

struct RunnerEvent
{
    enum class Type { PhaseChanged, PhaseUpdated, CueDue, HoldFinished, PausedChanged, Finished };
    Type type = Type::CueDue;
    std::chrono::milliseconds monotonic {0}; ///< the clock when the signal came
    std::chrono::milliseconds active {0}; ///< the runner's active time then
    Phase phase;
    Cue cue;
    HoldRecord hold;
    bool paused = false;
    SessionSummary summary;
};

class SessionRecorder
{
public:
    SessionRecorder(SessionRunner &runner, const ManualClock &clock)
    {
        auto record = [&runner, &clock, this](RunnerEvent::Type type) {
            RunnerEvent event;
            event.type = type;
            event.monotonic = clock.now();
            event.active = runner.activeElapsed();
            events.append(event);
            return &events.last();
        };
        QObject::connect(&runner, &SessionRunner::phaseChanged, &runner,
            [=](const Phase &p) { record(RunnerEvent::Type::PhaseChanged)->phase = p; });
        QObject::connect(&runner, &SessionRunner::phaseUpdated, &runner,
            [=](const Phase &p) { record(RunnerEvent::Type::PhaseUpdated)->phase = p; });
        QObject::connect(&runner, &SessionRunner::cue, &runner,
            [=](const Cue &c) { record(RunnerEvent::Type::CueDue)->cue = c; });
        QObject::connect(&runner, &SessionRunner::holdFinished, &runner,
            [=](const HoldRecord &h) { record(RunnerEvent::Type::HoldFinished)->hold = h; });
        QObject::connect(&runner, &SessionRunner::pausedChanged, &runner,
            [=](bool paused) { record(RunnerEvent::Type::PausedChanged)->paused = paused; });
        QObject::connect(&runner, &SessionRunner::finished, &runner,
            [=](const SessionSummary &s) { record(RunnerEvent::Type::Finished)->summary = s; });
    }

    QList<RunnerEvent> ofType(RunnerEvent::Type type) const
    {
        QList<RunnerEvent> result;
        for (const RunnerEvent &event : events)
            if (event.type == type)
                result.append(event);
        return result;
    }

    QList<Phase> phases() const
    {
        QList<Phase> result;
        for (const RunnerEvent &event : ofType(RunnerEvent::Type::PhaseChanged))
            result.append(event.phase);
        return result;
    }

    QList<Cue> cues() const
    {
        QList<Cue> result;
        for (const RunnerEvent &event : ofType(RunnerEvent::Type::CueDue))
            result.append(event.cue);
        return result;
    }

    QList<Cue> cues(Cue::Kind kind) const
    {
        QList<Cue> result;
        for (const Cue &cue : cues())
            if (cue.kind == kind)
                result.append(cue);
        return result;
    }

    QList<HoldRecord> holds() const
    {
        QList<HoldRecord> result;
        for (const RunnerEvent &event : ofType(RunnerEvent::Type::HoldFinished))
            result.append(event.hold);
        return result;
    }

    QList<bool> pauses() const
    {
        QList<bool> result;
        for (const RunnerEvent &event : ofType(RunnerEvent::Type::PausedChanged))
            result.append(event.paused);
        return result;
    }

    std::optional<SessionSummary> summary() const
    {
        const QList<RunnerEvent> done = ofType(RunnerEvent::Type::Finished);
        if (done.isEmpty())
            return std::nullopt;
        return done.last().summary;
    }

    void clear() { events.clear(); }

    QList<RunnerEvent> events;
};

/// Advances `clock` in steps of `step` and polls after each, until `until`
/// monotonic time or until the runner has finished.
inline void pollEvery(SessionRunner &runner, ManualClock &clock, std::chrono::milliseconds step,
    std::chrono::milliseconds until)
{
    while (clock.now() < until && runner.state() != SessionRunner::State::Finished) {
        clock.advance(std::min(step, until - clock.now()));
        runner.poll();
    }
}

inline Timeline timelineOf(const Routine &routine, const SessionOptions &options = {})
{
    Result<Timeline> timeline = Timeline::build(routine, library(), options);
    if (!timeline.ok()) {
        ADD_FAILURE() << timeline.error().message.toStdString();
        std::abort(); // a broken fixture, not a behaviour under test
    }
    return std::move(timeline).value();
}

/// A runner on a manual clock with everything it emits recorded.
struct RunnerHarness
{
    explicit RunnerHarness(const Routine &routine = defaultRoutine(), SessionOptions options = {})
        : runner(timelineOf(routine, options), clock, clock)
        , recorder(runner, clock)
    { }

    /// Real time passes by `step`, then the app polls.
    void advance(std::chrono::milliseconds step)
    {
        clock.advance(step);
        runner.poll();
    }

    /// Moves to monotonic time `at` (not backwards), then polls.
    void advanceTo(std::chrono::milliseconds at)
    {
        clock.advance(at - clock.now());
        runner.poll();
    }

    /// Polls every `step` (the last step shorter) until monotonic time `at`.
    void pollUntil(std::chrono::milliseconds at,
        std::chrono::milliseconds step = std::chrono::milliseconds(100))
    {
        while (clock.now() < at)
            advance(std::min(step, at - clock.now()));
    }

    /// Polls exactly when the runner asks to, until it finishes.
    void runToEndOnTime()
    {
        for (int polls = 0; polls < 1000000; ++polls) {
            const std::optional<std::chrono::milliseconds> wait = runner.timeUntilNextEvent();
            if (!wait)
                return;
            advance(*wait);
        }
        ADD_FAILURE() << "the runner never finished";
    }

    ManualClock clock;
    SessionRunner runner;
    SessionRecorder recorder;
};

} // namespace limber::test

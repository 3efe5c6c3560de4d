// Cost of the session engine's queries and of one poll, over a long routine.
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"
#include "core/util/clock.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <random>

using namespace limber;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

Exercise alternatingExercise(const QString &id)
{
    Exercise exercise;
    exercise.id = id;
    exercise.title = LocalizedText(id);
    for (int k = 0; k < 3; ++k) {
        Step step;
        step.text = LocalizedText(QStringLiteral("Step %1 of %2").arg(k + 1).arg(id));
        step.durationSeconds = 10;
        exercise.steps.append(step);
    }
    exercise.sideMode = SideMode::Alternating;
    exercise.leftSideLabel = LocalizedText(QStringLiteral("left leg on top"));
    exercise.rightSideLabel = LocalizedText(QStringLiteral("right leg on top"));
    exercise.holdReminders = {LocalizedText(QStringLiteral("Keep your back long.")),
        LocalizedText(QStringLiteral("Bend at the hips."))};
    return exercise;
}

/// Ten exercises, ten two-minute holds per side each: about seven hours.
struct LongRoutine
{
    LongRoutine()
    {
        for (int i = 0; i < 10; ++i) {
            const QString id = QStringLiteral("exercise-%1").arg(i);
            exercises.insert(id, alternatingExercise(id));
            RoutineItem item;
            item.exerciseId = id;
            item.holdsPerSide = 10;
            item.holdSeconds = 120;
            item.restSeconds = 30;
            routine.items.append(item);
        }
    }

    Timeline timeline() const { return std::move(Timeline::build(routine, exercises)).value(); }

    Routine routine;
    QMap<QString, Exercise> exercises;
};

const LongRoutine &longRoutine()
{
    static const LongRoutine instance;
    return instance;
}

void BM_TimelineBuild(benchmark::State &state)
{
    for (auto _ : state) {
        Timeline timeline = longRoutine().timeline();
        benchmark::DoNotOptimize(timeline.cues().size());
    }
    const Timeline timeline = longRoutine().timeline();
    state.counters["phases"] = double(timeline.phaseCount());
    state.counters["cues"] = double(timeline.cues().size());
    state.counters["hours"] = double(timeline.totalDuration().count()) / 3.6e6;
}
BENCHMARK(BM_TimelineBuild)->Unit(benchmark::kMillisecond);

// The length alone, as the start page and the routine list show it.
void BM_TimelineDurationOf(benchmark::State &state)
{
    const LongRoutine &routine = longRoutine();
    const auto lookup = [&routine](const QString &id) -> const Exercise * {
        auto it = routine.exercises.constFind(id);
        return it == routine.exercises.cend() ? nullptr : &*it;
    };
    for (auto _ : state) {
        const Result<milliseconds> duration = Timeline::durationOf(routine.routine, lookup);
        benchmark::DoNotOptimize(duration.ok());
    }
}
BENCHMARK(BM_TimelineDurationOf)->Unit(benchmark::kMillisecond);

void BM_PhaseAt(benchmark::State &state)
{
    const Timeline timeline = longRoutine().timeline();
    std::mt19937_64 random(1);
    std::uniform_int_distribution<qint64> at(0, timeline.totalDuration().count());
    for (auto _ : state)
        benchmark::DoNotOptimize(timeline.phaseAt(milliseconds(at(random))));
}
BENCHMARK(BM_PhaseAt);

void BM_CuesInOneSecond(benchmark::State &state)
{
    const Timeline timeline = longRoutine().timeline();
    std::mt19937_64 random(2);
    std::uniform_int_distribution<qint64> at(0, timeline.totalDuration().count());
    for (auto _ : state) {
        const milliseconds from(at(random));
        benchmark::DoNotOptimize(timeline.cuesIn(from, from + 1s).size());
    }
}
BENCHMARK(BM_CuesInOneSecond);

/// One poll per display frame (16 ms), with a slot on every signal.
void BM_PollEveryFrame(benchmark::State &state)
{
    ManualClock clock;
    std::unique_ptr<SessionRunner> runner;
    qint64 signalsSeen = 0;
    auto restart = [&] {
        runner = std::make_unique<SessionRunner>(longRoutine().timeline(), clock, clock);
        QObject::connect(
            runner.get(), &SessionRunner::cue, runner.get(), [&](const Cue &) { ++signalsSeen; });
        QObject::connect(runner.get(), &SessionRunner::phaseChanged, runner.get(),
            [&](const Phase &) { ++signalsSeen; });
        runner->start();
    };
    restart();
    for (auto _ : state) {
        clock.advance(16ms);
        runner->poll();
        if (runner->state() == SessionRunner::State::Finished) {
            state.PauseTiming();
            restart();
            state.ResumeTiming();
        }
    }
    state.counters["signals"] = double(signalsSeen);
}
BENCHMARK(BM_PollEveryFrame);

/// What the app does after each poll: ask when to poll next.
void BM_TimeUntilNextEvent(benchmark::State &state)
{
    ManualClock clock;
    SessionRunner runner(longRoutine().timeline(), clock, clock);
    runner.start();
    clock.advance(1h);
    runner.poll();
    for (auto _ : state)
        benchmark::DoNotOptimize(runner.timeUntilNextEvent());
}
BENCHMARK(BM_TimeUntilNextEvent);

/// A whole seven-hour session polled exactly when asked: the cost of one session.
void BM_WholeSessionOnTime(benchmark::State &state)
{
    qint64 polls = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ManualClock clock;
        SessionRunner runner(longRoutine().timeline(), clock, clock);
        state.ResumeTiming();
        runner.start();
        while (std::optional<milliseconds> wait = runner.timeUntilNextEvent()) {
            clock.advance(*wait);
            runner.poll();
            ++polls;
        }
    }
    state.counters["polls"] = benchmark::Counter(double(polls), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_WholeSessionOnTime)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

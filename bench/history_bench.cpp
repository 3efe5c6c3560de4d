// Benchmarks of the history store: the weekly history over 1,000,000 holds
// (budget 20 ms) and one hold written with synchronous=FULL (budget 5 ms).
//
// The 1,000,000-hold database is built once (about a minute) and kept in
// $LIMBER_BENCH_DIR (default: <temp>/limber-bench); delete it to rebuild.
// Put that folder on the disk you want to measure: the hold write is an fsync.
#include "bench/benchstore.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

using bench::benchDir;

constexpr int holdCount = 1'000'000;

ManualClock &benchClock()
{
    static ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc()), 3600);
    return clock;
}

StoreOptions bigStoreOptions()
{
    StoreOptions options;
    options.dataDir = benchDir();
    options.fileName = u"history-1m.db"_s;
    options.dailyBackup = false;
    return options;
}

// Five years (2021-2025) of a very busy user: 50,000 sessions of 20 holds
// over 4 exercises and both sides, summer and winter offsets, some pain and
// reach values missing.
QStringList fillStatements()
{
    return {u"BEGIN IMMEDIATE"_s,
        uR"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49999)
INSERT INTO sessions (uid, routine_id, started_utc_ms, started_offset_s, ended_utc_ms,
    ended_offset_s, status, pain_before, pain_after)
SELECT 'bench-' || i, 'hips-and-back',
    1609459200000 + (i * 1826 / 50000) * 86400000 + 21600000 + (i % 27) * 1800000,
    iif((i * 1826 / 50000) % 365 BETWEEN 85 AND 300, 7200, 3600),
    1609459200000 + (i * 1826 / 50000) * 86400000 + 21600000 + (i % 27) * 1800000 + 1800000,
    iif((i * 1826 / 50000) % 365 BETWEEN 85 AND 300, 7200, 3600),
    iif(i % 13 = 0, 'stopped', 'completed'),
    iif(i % 5 = 0, NULL, i % 11), iif(i % 5 = 0, NULL, (i * 3) % 11)
FROM n)"_s,
        uR"(WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < 999999)
INSERT INTO holds (session_id, exercise_id, side, hold_index, target_ms, held_ms,
    started_utc_ms, started_offset_s, completed, reach)
SELECT s.id, 'exercise-' || ((j % 20) / 5),
    CASE (j % 20) / 5 WHEN 3 THEN 'none' ELSE iif(j % 2 = 0, 'left', 'right') END,
    j % 5, 90000, 30000 + (j * 7919) % 90000, s.started_utc_ms + (j % 20) * 90000,
    s.started_offset_s, iif(j % 9 = 0, 0, 1), iif(j % 7 = 0, NULL, j % 4)
FROM n JOIN sessions s ON s.id = j / 20 + 1)"_s,
        u"COMMIT"_s};
}

HistoryStore &bigStore()
{
    static const std::unique_ptr<HistoryStore> store
        = bench::openBenchStore(u"history-1m.db"_s, benchClock(), holdCount, fillStatements());
    return *store;
}

const QDate lastDay(2025, 12, 31);

void BM_WeeklySummary(benchmark::State &state)
{
    HistoryQueries queries(bigStore());
    const WeekWindow window(lastDay, static_cast<int>(state.range(0)), Qt::Monday);
    for (auto _ : state) {
        auto weeks = queries.weeklySummary(window);
        benchmark::DoNotOptimize(weeks);
        if (!weeks)
            state.SkipWithError("query failed");
    }
}
BENCHMARK(BM_WeeklySummary)->Arg(12)->Arg(52)->Arg(262)->Unit(benchmark::kMillisecond);

void BM_WeeklyTotals(benchmark::State &state)
{
    HistoryQueries queries(bigStore());
    const WeekWindow window(lastDay, static_cast<int>(state.range(0)), Qt::Monday);
    for (auto _ : state) {
        auto totals = queries.weeklyTotals(window);
        benchmark::DoNotOptimize(totals);
        if (!totals)
            state.SkipWithError("query failed");
    }
}
BENCHMARK(BM_WeeklyTotals)->Arg(12)->Arg(52)->Arg(262)->Unit(benchmark::kMillisecond);

void BM_WeeklySummaryOneExercise(benchmark::State &state)
{
    HistoryQueries queries(bigStore());
    const WeekWindow window(lastDay, static_cast<int>(state.range(0)), Qt::Sunday);
    for (auto _ : state) {
        auto weeks = queries.weeklySummary(window, {u"exercise-1"_s});
        benchmark::DoNotOptimize(weeks);
    }
}
BENCHMARK(BM_WeeklySummaryOneExercise)->Arg(52)->Arg(262)->Unit(benchmark::kMillisecond);

// Everything the history page asks when it opens.
void BM_HistoryPageQueries(benchmark::State &state)
{
    HistoryQueries queries(bigStore());
    const WeekWindow window(lastDay, 52, Qt::Monday);
    for (auto _ : state) {
        benchmark::DoNotOptimize(queries.weeklySummary(window));
        benchmark::DoNotOptimize(queries.weeklyTotals(window));
        benchmark::DoNotOptimize(queries.streaks(lastDay));
        benchmark::DoNotOptimize(queries.sideBalance(lastDay));
        benchmark::DoNotOptimize(queries.practisedDays(2025, 12));
    }
}
BENCHMARK(BM_HistoryPageQueries)->Unit(benchmark::kMillisecond);

// Opening runs quick_check; after an unclean shutdown, integrity_check.
void BM_OpenMillionHolds(benchmark::State &state)
{
    if (Status closed = bigStore().close(); !closed) {
        state.SkipWithError("close failed");
        return;
    }
    const bool afterCrash = state.range(0) != 0;
    for (auto _ : state) {
        if (afterCrash) {
            QFile marker(QDir(benchDir()).filePath(u"history-1m.db.open"_s));
            marker.open(QIODevice::WriteOnly);
        }
        auto store = HistoryStore::open(bigStoreOptions(), benchClock());
        if (!store)
            state.SkipWithError("open failed");
    }
}
BENCHMARK(BM_OpenMillionHolds)->Arg(0)->Arg(1)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_HoldWrite(benchmark::State &state)
{
    QTemporaryDir dir(QDir(benchDir()).filePath(u"write-XXXXXX"_s));
    StoreOptions options;
    options.dataDir = dir.path();
    options.dailyBackup = false;
    ManualClock clock;
    auto store = HistoryStore::open(options, clock);
    if (!store) {
        state.SkipWithError("open failed");
        return;
    }
    SessionLog log(*store.value());
    if (!log.begin(u"bench"_s)) {
        state.SkipWithError("begin failed");
        return;
    }
    HoldRecord hold;
    hold.exerciseId = u"seated-leg-cross"_s;
    hold.side = Side::Left;
    hold.target = std::chrono::milliseconds(90000);
    hold.held = std::chrono::milliseconds(90000);
    hold.utcOffsetSeconds = 3600;
    hold.completed = true;
    for (auto _ : state) {
        ++hold.holdNumber;
        hold.startUtc = clock.nowUtc().addSecs(hold.holdNumber);
        if (!log.recordHold(hold))
            state.SkipWithError("write failed");
    }
}
BENCHMARK(BM_HoldWrite)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QDir().mkpath(benchDir());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

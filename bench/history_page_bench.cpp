// The History page over 100,000 holds: from constructing the page to its
// first paint, offscreen (budget 150 ms). See docs/history-page.md.
//
// The database is built once (a few seconds) and kept in $LIMBER_BENCH_DIR
// (default: <temp>/limber-bench) as history-100k.db; delete it to rebuild.
#include "app/history/historychartspanel.h"
#include "app/history/historypage.h"
#include "app/history/historysnapshot.h"
#include "app/history/weekchartview.h"
#include "bench/benchstore.h"
#include "core/content/contentlibrary.h"
#include "core/history/historystore.h"
#include "core/util/clock.h"
#include "resources/content_resources.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

using bench::benchDir;

constexpr int holdCount = 100'000;

// The evening after the last session of the data set.
ManualClock &benchClock()
{
    static ManualClock clock(QDateTime(QDate(2025, 12, 31), QTime(19, 0), QTimeZone::utc()), 3600);
    return clock;
}

// Five years (2021-2025) of 5,000 sessions of 20 holds: the Seated Leg Cross
// left and right, two more sided exercises and one without sides; pain and
// reach now and then missing.
QStringList fillStatements()
{
    return {u"BEGIN IMMEDIATE"_s,
        uR"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)
INSERT INTO sessions (uid, routine_id, started_utc_ms, started_offset_s, ended_utc_ms,
    ended_offset_s, status, pain_before, pain_after)
SELECT 'page-bench-' || i, 'daily-hip-stretch',
    1609459200000 + (i * 1826 / 5000) * 86400000 + 21600000 + (i % 3) * 3600000,
    3600,
    1609459200000 + (i * 1826 / 5000) * 86400000 + 21600000 + (i % 3) * 3600000 + 1800000,
    3600, 'completed',
    iif(i % 5 = 0, NULL, i % 11), iif(i % 5 = 0, NULL, (i * 3) % 11)
FROM n)"_s,
        uR"(WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < 99999)
INSERT INTO holds (session_id, exercise_id, side, hold_index, target_ms, held_ms,
    started_utc_ms, started_offset_s, completed, reach)
SELECT s.id, CASE (j % 20) / 5 WHEN 0 THEN 'seated-leg-cross' ELSE 'exercise-' || ((j % 20) / 5) END,
    CASE (j % 20) / 5 WHEN 3 THEN 'none' ELSE iif(j % 2 = 0, 'left', 'right') END,
    j % 5, 90000, 30000 + (j * 7919) % 90000, s.started_utc_ms + (j % 20) * 90000,
    s.started_offset_s, iif(j % 9 = 0, 0, 1), iif(j % 7 = 0, NULL, j % 4)
FROM n JOIN sessions s ON s.id = j / 20 + 1)"_s,
        u"COMMIT"_s};
}

HistoryStore &benchStore()
{
    static const std::unique_ptr<HistoryStore> store
        = bench::openBenchStore(u"history-100k.db"_s, benchClock(), holdCount, fillStatements());
    return *store;
}

const ContentLibrary &library()
{
    static const ContentLibrary loaded = ContentLibrary::load({bundledContentRoot()});
    return loaded;
}

// Constructs the page, shows it and runs the event loop until the hold
// chart has been painted (offscreen, the whole window is painted at once).
// Returns the milliseconds from construction to that moment.
double timeToFirstPaint()
{
    QElapsedTimer timer;
    timer.start();
    HistoryPage page(benchStore(), &library());
    page.resize(1200, 860);

    struct PaintSeen : QObject
    {
        bool seen = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            seen = seen || event->type() == QEvent::Paint;
            return false;
        }
    } probe;
    page.chartsPanel()->holdMinutesChart()->installEventFilter(&probe);
    page.show();
    while (!probe.seen)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    // processEvents returns after the paint that the filter saw has finished.
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (page.snapshot().weeks.size() != 12 || !page.snapshot().hasHolds())
        std::abort();
    return elapsed;
}

// The very first page of the process: fonts, styles and statements are new.
void BM_HistoryPageFirstPaintCold(benchmark::State &state)
{
    for (auto _ : state)
        state.SetIterationTime(timeToFirstPaint() / 1000.0);
}
BENCHMARK(BM_HistoryPageFirstPaintCold)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void BM_HistoryPageFirstPaint(benchmark::State &state)
{
    for (auto _ : state)
        state.SetIterationTime(timeToFirstPaint() / 1000.0);
}
BENCHMARK(BM_HistoryPageFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond);

// The reading alone: what refresh() asks (12 weeks, streaks, balance).
void BM_HistoryPageLoad(benchmark::State &state)
{
    const HistoryQueries queries(benchStore());
    HistoryRequest request;
    request.today = QDate(2025, 12, 31);
    request.lastWeekDay = request.today;
    for (auto _ : state) {
        auto snapshot = loadHistory(queries, request);
        benchmark::DoNotOptimize(snapshot);
        if (!snapshot)
            state.SkipWithError("query failed");
    }
}
BENCHMARK(BM_HistoryPageLoad)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QDir().mkpath(benchDir());
    benchStore();
    library();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

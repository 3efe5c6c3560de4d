// Time to make a progress report: the whole --report command (a read-only
// copy of the history, its queries, painting and the PDF written), and each
// part of it, over a history of one session a day for one or five years.
// Runs offscreen; see docs/print.md for the numbers.
#include "app/print/historyreadcopy.h"
#include "app/print/papersize.h"
#include "app/print/progressreport.h"
#include "app/print/reportcommand.h"
#include "app/print/reportcontent.h"
#include "core/content/contentlibrary.h"
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"
#include "resources/content_resources.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 3, 18);
const QLocale british(QLocale::English, QLocale::UnitedKingdom);

/// A data folder with one session a day for \a years years up to today:
/// four holds of the Seated Leg Cross, pain before and after, a note a week.
class SeededFolder
{
public:
    explicit SeededFolder(int years)
    {
        ManualClock clock(QDateTime(today.addYears(-years), QTime(7, 0), QTimeZone::utc()), 3600);
        StoreOptions options;
        options.dataDir = m_dir.path();
        options.dailyBackup = false;
        auto store = HistoryStore::open(options, clock).value().release();
        const std::unique_ptr<HistoryStore> owner(store);
        for (QDate day = today.addYears(-years); day <= today; day = day.addDays(1)) {
            const QDateTime start(day, QTime(7, 30), QTimeZone(3600));
            clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
            SessionLog log(*store);
            bool ok = log.begin(u"daily-hip-stretch"_s).ok()
                && log.setPainBefore(int(5 + day.day() % 3)).ok();
            for (int hold = 0; hold < 4; ++hold) {
                HoldRecord entry;
                entry.exerciseId = u"seated-leg-cross"_s;
                entry.side = hold % 2 == 0 ? Side::Left : Side::Right;
                entry.holdNumber = hold / 2 + 1;
                entry.target = std::chrono::milliseconds(90000);
                entry.held = std::chrono::milliseconds(60000 + day.day() * 1000);
                entry.startUtc = start.addSecs(hold * 150).toUTC();
                entry.utcOffsetSeconds = 3600;
                entry.completed = true;
                entry.reach = day.month() % 4;
                ok = ok && log.recordHold(entry).ok();
            }
            ok = ok && log.setPainAfter(int(3 + day.day() % 3)).ok();
            if (day.dayOfWeek() == Qt::Sunday)
                ok = ok
                    && log.setNote(
                              u"Felt looser after the second hold; the right hip is still tight."_s)
                           .ok();
            ok = ok && log.finish(SessionEnd::Completed).ok();
            if (!ok) {
                std::fprintf(stderr, "Could not write the history to measure.\n");
                std::abort();
            }
        }
        if (!owner->close()) {
            std::fprintf(stderr, "Could not close the history to measure.\n");
            std::abort();
        }
    }

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// One folder per size, seeded once for the whole run.
const SeededFolder &folder(int years)
{
    static QMap<int, std::shared_ptr<SeededFolder>> folders;
    if (!folders.contains(years))
        folders.insert(years, std::make_shared<SeededFolder>(years));
    return *folders.value(years);
}

void reportCommand(benchmark::State &state)
{
    const SeededFolder &data = folder(int(state.range(0)));
    QTemporaryDir out;
    ReportRequest request;
    request.outputPath = out.filePath(u"report.pdf"_s);
    request.dataDir = data.path();
    request.today = today;
    request.locale = british;
    request.weeks = int(state.range(1));
    QString messages;
    QTextStream err(&messages);
    for (auto _ : state) {
        if (runReportCommand(request, err) != ReportSucceeded)
            state.SkipWithError(qPrintable(messages));
    }
    state.counters["pdf_bytes"] = double(QFileInfo(request.outputPath).size());
}
BENCHMARK(reportCommand)
    ->ArgNames({"years", "weeks"})
    ->Args({1, 8})
    ->Args({1, 52})
    ->Args({5, 8})
    ->Args({5, 52})
    ->Unit(benchmark::kMillisecond);

void readOnlyCopy(benchmark::State &state)
{
    const SeededFolder &data = folder(int(state.range(0)));
    for (auto _ : state) {
        auto copy = HistoryReadCopy::open(data.path());
        if (!std::holds_alternative<std::unique_ptr<HistoryReadCopy>>(copy))
            state.SkipWithError("no copy");
    }
}
BENCHMARK(readOnlyCopy)->ArgName("years")->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);

void contentAndPdf(benchmark::State &state)
{
    const SeededFolder &data = folder(int(state.range(0)));
    auto opened = HistoryReadCopy::open(data.path());
    auto &copy = std::get<std::unique_ptr<HistoryReadCopy>>(opened);
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    const bool paint = state.range(1) != 0;
    for (auto _ : state) {
        auto content = ReportContentBuilder(copy->store(), library).build({today, 8, british});
        if (!paint) {
            benchmark::DoNotOptimize(content);
            continue;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(paperSizeFor(british));
        QPainter painter(&writer);
        ProgressReport(content.value()).paint(painter, writer);
    }
}
BENCHMARK(contentAndPdf)
    ->ArgNames({"years", "paint"})
    ->Args({1, 0})
    ->Args({1, 1})
    ->Args({5, 0})
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

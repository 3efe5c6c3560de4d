// Time to turn the default routine into a PDF sheet (budget: 300 ms), with
// and without the week grid, and the whole --print-sheet command to a file.
// Runs offscreen; the first benchmark is the first sheet of the process,
// fonts not yet loaded.
#include "app/print/papersize.h"
#include "app/print/printcommand.h"
#include "app/print/routinesheet.h"
#include "app/print/sheetcontent.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>

using namespace limber;

namespace {

QByteArray sheetPdf(const ContentLibrary &library, bool logGrid)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const SheetContentBuilder builder(library, {logGrid, QDate(2026, 3, 2), locale});
    const RoutineSheet sheet(builder.build(QString()).value());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(paperSizeFor(locale));
        QPainter painter(&writer);
        sheet.paint(painter, writer);
    }
    return buffer.data();
}

void firstSheetInProcess(benchmark::State &state)
{
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    for (auto _ : state)
        benchmark::DoNotOptimize(sheetPdf(library, false));
}
BENCHMARK(firstSheetInProcess)->Iterations(1)->Unit(benchmark::kMillisecond);

void defaultSheetToPdf(benchmark::State &state)
{
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray pdf = sheetPdf(library, state.range(0) != 0);
        bytes = pdf.size();
    }
    state.counters["pdf_bytes"] = double(bytes);
}
BENCHMARK(defaultSheetToPdf)->ArgName("logGrid")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void printSheetCommand(benchmark::State &state)
{
    QTemporaryDir dir;
    PrintSheetRequest request;
    request.outputPath = dir.filePath(QStringLiteral("sheet.pdf"));
    request.dataDir = dir.path();
    request.date = QDate(2026, 3, 2);
    QString messages;
    QTextStream err(&messages);
    for (auto _ : state) {
        if (runPrintSheetCommand(request, err) != 0)
            state.SkipWithError(qPrintable(messages));
    }
}
BENCHMARK(printSheetCommand)->Unit(benchmark::kMillisecond);

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

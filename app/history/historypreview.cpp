// limber-history-preview: renders the History page over a made-up history
// to PNG files, light and dark, so the page can be judged by eye. A
// developer tool; the app never runs it.
//
//   limber-history-preview [--out DIR] [--width 1200] [--height 900] [--empty]
//                          [--pdf FILE] [--show]
//
// --show opens the page in a window instead, to try it with mouse and keys.
// --pdf also draws every chart in the paper style on an A4 page, the way a
// printed progress report would.
// The history: ten weeks of a person doing the Seated Leg Cross most days
// (one week missed), holds getting longer, reach improving and pain easing,
// the right side behind in the last weeks, and a few holds of an exercise
// without sides.
#include "app/history/balancepainter.h"
#include "app/history/barchartpainter.h"
#include "app/history/calendarpainter.h"
#include "app/history/calendarview.h"
#include "app/history/historychartspanel.h"
#include "app/history/historypage.h"
#include "app/history/linechartpainter.h"
#include "app/history/weekchartview.h"
#include "core/content/contentlibrary.h"
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"
#include "resources/content_resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const QDateTime previewNow(QDate(2026, 3, 19), QTime(18, 0), QTimeZone::utc());

bool seed(HistoryStore &store, ManualClock &clock)
{
    const QDate first(2026, 1, 5); // a Monday, ten weeks before previewNow's week
    for (int day = 0; previewNow.date() >= first.addDays(day); ++day) {
        const QDate date = first.addDays(day);
        const int week = day / 7;
        // A missed week, and rest days now and then.
        if (week == 4 || day % 7 == 2 || (day % 5 == 4 && week < 3))
            continue;
        const QDateTime start(date, QTime(7, 30).addSecs((day % 3) * 3600), QTimeZone::utc());
        clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
        SessionLog log(store);
        if (!log.begin(u"daily-hip-stretch"_s)
            || !log.setPainBefore(std::max(2, 7 - week / 2 - day % 2)))
            return false;
        const bool rightBehind = week >= 6;
        for (int hold = 0; hold < 4; ++hold) {
            HoldRecord entry;
            entry.exerciseId = u"seated-leg-cross"_s;
            entry.side = hold % 2 == 0 ? Side::Left : Side::Right;
            entry.holdNumber = hold / 2 + 1;
            entry.target = std::chrono::milliseconds(90000);
            const qint64 base = 50000 + week * 6000 + (day * 3700) % 15000;
            entry.held = std::chrono::milliseconds(
                entry.side == Side::Right && rightBehind ? base * 7 / 10 : base);
            entry.startUtc = start.addSecs(hold * 150);
            entry.utcOffsetSeconds = 3600;
            entry.completed = true;
            entry.reach = std::min(3, week / 3 + (day % 4 == 0 ? 1 : 0));
            if (!log.recordHold(entry))
                return false;
        }
        if (day % 3 == 0) {
            HoldRecord breathing;
            breathing.exerciseId = u"belly-breathing"_s;
            breathing.target = std::chrono::milliseconds(60000);
            breathing.held = std::chrono::milliseconds(60000);
            breathing.startUtc = start.addSecs(700);
            breathing.utcOffsetSeconds = 3600;
            breathing.completed = true;
            if (!log.recordHold(breathing))
                return false;
        }
        if (!log.setPainAfter(std::max(0, 4 - week / 2 - day % 2))
            || !log.finish(SessionEnd::Completed))
            return false;
    }
    clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(previewNow)));
    return true;
}

// The history after a first try: one 9 s hold on the left, this morning.
bool seedFirstHold(HistoryStore &store, ManualClock &clock)
{
    const QDateTime start(previewNow.date(), QTime(7, 30), QTimeZone::utc());
    clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
    SessionLog log(store);
    if (!log.begin(u"daily-hip-stretch"_s))
        return false;
    HoldRecord entry;
    entry.exerciseId = u"seated-leg-cross"_s;
    entry.side = Side::Left;
    entry.target = std::chrono::milliseconds(60000);
    entry.held = std::chrono::milliseconds(9000);
    entry.startUtc = start.addSecs(20);
    entry.utcOffsetSeconds = 3600;
    if (!log.recordHold(entry) || !log.finish(SessionEnd::Stopped))
        return false;
    clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(previewNow)));
    return true;
}

// Each chart in the paper style, one under the other, with its heading.
bool writePaperCharts(const HistoryPage &page, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(600);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    QFont font(u"Sans"_s);
    font.setPointSizeF(9);
    const ChartStyle paper = ChartStyle::forPaper(font);
    QFont headingFont = font;
    headingFont.setBold(true);
    const QRectF page_(0, 0, pdf.width(), pdf.height());
    const double line = QFontMetricsF(font, &pdf).height();
    double top = 0;
    const auto heading = [&](const QString &text) {
        painter.setFont(headingFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, top, page_.width(), line), Qt::AlignLeft, text);
        top += line * 1.3;
    };
    const HistoryChartsPanel &charts = *page.chartsPanel();
    heading(u"Minutes held each week"_s);
    BarChartPainter::paint(painter, QRectF(0, top, page_.width(), line * 12),
        charts.holdMinutesChart()->data(), paper);
    top += line * 13;
    const double half = (page_.width() - line) / 2;
    heading(u"Longest hold / Sessions"_s);
    LineChartPainter::paint(
        painter, QRectF(0, top, half, line * 8), charts.longestHoldChart()->data(), paper);
    BarChartPainter::paint(
        painter, QRectF(half + line, top, half, line * 8), charts.sessionsChart()->data(), paper);
    top += line * 9;
    heading(u"Furthest reach / Pain (0 to 10)"_s);
    LineChartPainter::paint(
        painter, QRectF(0, top, half, line * 9), charts.reachChart()->data(), paper);
    LineChartPainter::paint(
        painter, QRectF(half + line, top, half, line * 9), charts.painChart()->data(), paper);
    top += line * 10;
    heading(u"Days practised / Left and right, last four weeks"_s);
    const auto *calendar = page.findChild<CalendarView *>(u"practiseCalendar"_s);
    const auto *balance = page.findChild<BalanceView *>(u"balanceView"_s);
    if (calendar)
        CalendarPainter::paint(
            painter, QRectF(0, top, half * 0.6, line * 12), calendar->month(), paper);
    if (balance)
        BalancePainter::paint(
            painter, QRectF(half + line, top, half, line * 3), balance->balance(), paper);
    return true;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x30, 0x33, 0x39));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x4d, 0x9b, 0xe6));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x39));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(u"out"_s, u"Folder for the PNG files."_s, u"dir"_s, u"."_s);
    const QCommandLineOption widthOption(u"width"_s, u"Page width."_s, u"px"_s, u"1200"_s);
    const QCommandLineOption heightOption(u"height"_s, u"Page height."_s, u"px"_s, u"900"_s);
    const QCommandLineOption emptyOption(u"empty"_s, u"Render an empty history."_s);
    const QCommandLineOption firstHoldOption(
        u"first-hold"_s, u"Render a history of one 9 s hold, made today."_s);
    const QCommandLineOption pdfOption(
        u"pdf"_s, u"Also draw the charts on paper into a PDF."_s, u"file"_s);
    const QCommandLineOption showOption(u"show"_s, u"Open the page in a window."_s);
    parser.addOptions({outOption, widthOption, heightOption, emptyOption, firstHoldOption,
        pdfOption, showOption});
    parser.process(app);

    QTemporaryDir dir;
    ManualClock clock(previewNow.addDays(-80), 3600);
    StoreOptions options;
    options.dataDir = dir.path();
    options.dailyBackup = false;
    auto store = HistoryStore::open(options, clock);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    if (parser.isSet(firstHoldOption)) {
        if (!seedFirstHold(**store, clock)) {
            std::fprintf(stderr, "Could not write the made-up history.\n");
            return 1;
        }
    } else if (!parser.isSet(emptyOption) && !seed(**store, clock)) {
        std::fprintf(stderr, "Could not write the made-up history.\n");
        return 1;
    }
    if (parser.isSet(emptyOption))
        clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(previewNow)));
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});

    if (parser.isSet(showOption)) {
        HistoryPage page(**store, &library);
        page.setWindowTitle(u"History preview"_s);
        page.resize(parser.value(widthOption).toInt(), parser.value(heightOption).toInt());
        page.show();
        return QApplication::exec();
    }

    const QString out = parser.value(outOption);
    QDir().mkpath(out);
    const QString suffix = parser.isSet(emptyOption) ? u"-empty"_s
        : parser.isSet(firstHoldOption)              ? u"-first-hold"_s
                                                     : QString();
    const QPalette light = QApplication::style()->standardPalette();
    for (const auto &[name, palette] :
        {std::pair {u"light"_s, light}, std::pair {u"dark"_s, darkPalette()}}) {
        QApplication::setPalette(palette);
        HistoryPage page(**store, &library);
        page.resize(parser.value(widthOption).toInt(), parser.value(heightOption).toInt());
        page.show();
        QApplication::processEvents();
        const QString path = QDir(out).filePath(u"history-%1%2.png"_s.arg(name, suffix));
        if (!page.grab().save(path)) {
            std::fprintf(stderr, "Could not write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
        if (name == u"light"_s && parser.isSet(pdfOption)) {
            if (!writePaperCharts(page, parser.value(pdfOption)))
                return 1;
            std::printf("%s\n", qPrintable(parser.value(pdfOption)));
        }
        if (auto *views = page.findChild<QTabWidget *>(u"historyViews"_s)) {
            views->setCurrentIndex(1);
            const QString tablePath
                = QDir(out).filePath(u"history-%1-table%2.png"_s.arg(name, suffix));
            if (page.grab().save(tablePath))
                std::printf("%s\n", qPrintable(tablePath));
            views->setCurrentIndex(2);
            const QString sessionsPath
                = QDir(out).filePath(u"history-%1-sessions%2.png"_s.arg(name, suffix));
            if (page.grab().save(sessionsPath))
                std::printf("%s\n", qPrintable(sessionsPath));
        }
    }
    return 0;
}

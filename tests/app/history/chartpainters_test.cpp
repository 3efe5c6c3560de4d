// The chart painters: they stay inside the rectangle they are given at any
// size, draw vectors only (so print stays sharp), follow the palette, and in
// the paper style tell the series apart without colour.
#include "app/history/balancepainter.h"
#include "app/history/barchartpainter.h"
#include "app/history/calendarpainter.h"
#include "app/history/chartstyle.h"
#include "app/history/linechartpainter.h"
#include "tests/app/figure/recordingpaintdevice.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStyle>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {
namespace {

const QColor sentinel(255, 0, 255);

QList<QDate> weeksFrom(QDate first, int count)
{
    QList<QDate> weeks;
    for (int i = 0; i < count; ++i)
        weeks.append(first.addDays(7 * i));
    return weeks;
}

WeekChartData holdBars()
{
    WeekChartData data;
    data.weeks = weeksFrom({2026, 1, 5}, 12);
    data.series = {{u"Left"_s, SeriesRole::Left, {}}, {u"Right"_s, SeriesRole::Right, {}},
        {u"No side"_s, SeriesRole::Unsided, {}}};
    for (int i = 0; i < 12; ++i) {
        data.series[0].values.append(3.0 + i);
        data.series[1].values.append(i % 4 == 0 ? 0.0 : 2.5 + i * 0.7);
        data.series[2].values.append(i % 3 == 0 ? 1.0 : 0.0);
    }
    data.emptyText = u"No holds in these weeks."_s;
    return data;
}

WeekChartData painLines()
{
    WeekChartData data;
    data.weeks = weeksFrom({2026, 1, 5}, 8);
    data.minimum = 0.0;
    data.maximum = 10.0;
    data.series = {{u"Before"_s, SeriesRole::Secondary, {}}, {u"After"_s, SeriesRole::Primary, {}}};
    for (int i = 0; i < 8; ++i) {
        data.series[0].values.append(i == 3 ? std::nullopt : std::optional<double>(7.0 - i * 0.6));
        data.series[1].values.append(i == 3 ? std::nullopt : std::optional<double>(4.0 - i * 0.5));
    }
    return data;
}

WeekChartData reachLines()
{
    WeekChartData data;
    data.weeks = weeksFrom({2026, 1, 5}, 8);
    data.format = ValueFormat::Level;
    data.levelNames = {u"A slight lean"_s, u"Hands on your shins"_s,
        u"Forearms close to the floor"_s, u"Elbows on the floor (the goal)"_s};
    data.series
        = {{u"Reach"_s, SeriesRole::Primary, {0.0, 1.0, 1.0, std::nullopt, 2.0, 3.0, 3.0, 2.0}}};
    return data;
}

MonthData march()
{
    MonthData month;
    month.year = 2026;
    month.month = 3;
    month.practisedDays = {{2026, 3, 2}, {2026, 3, 3}, {2026, 3, 11}, {2026, 3, 31}};
    month.today = {2026, 3, 18};
    return month;
}

BalanceChartData uneven()
{
    BalanceChartData balance;
    balance.leftName = u"Left"_s;
    balance.rightName = u"Right"_s;
    balance.leftMs = 580000;
    balance.rightMs = 370000;
    balance.lagging = Side::Right;
    return balance;
}

using Paint = std::function<void(QPainter &, const QRectF &, const ChartStyle &)>;

struct NamedPaint
{
    const char *name;
    Paint paint;
};

QList<NamedPaint> everyPainter()
{
    return {
        {"bars",
            [](QPainter &p, const QRectF &r, const ChartStyle &s) {
                BarChartPainter::paint(p, r, holdBars(), s, 4);
            }},
        {"empty bars",
            [](QPainter &p, const QRectF &r, const ChartStyle &s) {
                WeekChartData data = holdBars();
                for (ChartSeries &series : data.series)
                    series.values.fill(0.0);
                BarChartPainter::paint(p, r, data, s);
            }},
        {"pain lines",
            [](QPainter &p, const QRectF &r, const ChartStyle &s) {
                LineChartPainter::paint(p, r, painLines(), s, 7);
            }},
        {"reach lines",
            [](QPainter &p, const QRectF &r, const ChartStyle &s) {
                LineChartPainter::paint(p, r, reachLines(), s, 0);
            }},
        {"calendar",
            [](QPainter &p, const QRectF &r, const ChartStyle &s) {
                CalendarPainter::paint(p, r, march(), s);
            }},
        {"balance",
            [](QPainter &p, const QRectF &r, const ChartStyle &s) {
                BalancePainter::paint(p, r, uneven(), s);
            }},
    };
}

QImage render(const Paint &paint, QSize size, const QRectF &rect, const ChartStyle &style)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(sentinel);
    QPainter painter(&image);
    painter.fillRect(rect, style.background);
    paint(painter, rect, style);
    return image;
}

int changedPixelsOutside(const QImage &image, const QRect &rect)
{
    int changed = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!rect.contains(x, y) && image.pixelColor(x, y) != sentinel)
                ++changed;
        }
    }
    return changed;
}

int pixelsUnlike(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, y) != colour)
                ++count;
        }
    }
    return count;
}

ChartStyle screenStyle()
{
    return ChartStyle::fromPalette(QApplication::style()->standardPalette(), QApplication::font());
}

TEST(ChartPainters, StayInsideTheirRectangleAtEverySize)
{
    const QRect rects[]
        = {{30, 20, 320, 220}, {12, 9, 600, 420}, {7, 5, 110, 60}, {20, 20, 48, 30}};
    for (const NamedPaint &painter : everyPainter()) {
        for (const ChartStyle &style :
            {screenStyle(), ChartStyle::forPaper(QApplication::font())}) {
            for (const QRect &rect : rects) {
                const QImage image = render(painter.paint, QSize(660, 460), rect, style);
                EXPECT_EQ(changedPixelsOutside(image, rect), 0)
                    << painter.name << " in " << rect.width() << "x" << rect.height();
            }
            // Something is drawn at a usable size.
            const QRect usable(30, 20, 320, 220);
            const QImage image = render(painter.paint, QSize(400, 300), usable, style);
            EXPECT_GT(pixelsUnlike(image, usable, style.background), 200) << painter.name;
        }
    }
}

TEST(ChartPainters, DrawVectorsOnlySoPrintStaysSharp)
{
    for (const NamedPaint &painter : everyPainter()) {
        RecordingPaintDevice device(800, 600);
        QPainter p(&device);
        painter.paint(p, QRectF(10, 10, 700, 500), ChartStyle::forPaper(QApplication::font()));
        p.end();
        EXPECT_EQ(device.counts().raster(), 0) << painter.name;
        EXPECT_GT(device.counts().vector(), 0) << painter.name;
    }
}

TEST(ChartPainters, PaperIsGreyAndLeftRightDifferInPattern)
{
    const ChartStyle paper = ChartStyle::forPaper(QApplication::font());
    for (const NamedPaint &painter : everyPainter()) {
        const QImage image = render(painter.paint, QSize(400, 300), QRect(0, 0, 400, 300), paper);
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() != c.green() || c.green() != c.blue())
                    ++coloured;
            }
        }
        EXPECT_EQ(coloured, 0) << painter.name;
    }

    // One week, one minute left under one minute right: the left segment is
    // one flat grey, the right one white with dark hatching.
    WeekChartData data;
    data.weeks = {{2026, 3, 16}};
    data.series = {{u"Left"_s, SeriesRole::Left, {1.0}}, {u"Right"_s, SeriesRole::Right, {1.0}}};
    const QRectF rect(0, 0, 300, 300);
    const QImage image = render([&data](QPainter &p, const QRectF &r,
                                    const ChartStyle &s) { BarChartPainter::paint(p, r, data, s); },
        QSize(300, 300), rect.toRect(), paper);
    const WeekAxis axis = BarChartPainter::axis(rect, data, paper, &image);
    const double x = axis.centreX(0);
    const auto segment = [&](double from, double to) {
        const double top = axis.y(to) + 4;
        const double bottom = axis.y(from) - 4;
        return QRect(QPoint(static_cast<int>(x - 8), static_cast<int>(top)),
            QPoint(static_cast<int>(x + 8), static_cast<int>(bottom)));
    };
    const QRect left = segment(0, 1);
    const QRect right = segment(1, 2);
    ASSERT_GT(left.height(), 10);
    const QColor leftGrey = image.pixelColor(left.center());
    EXPECT_EQ(pixelsUnlike(image, left, leftGrey), 0);
    EXPECT_LT(leftGrey.lightness(), 120);
    int light = 0;
    int dark = 0;
    for (int y = right.top(); y <= right.bottom(); ++y) {
        for (int px = right.left(); px <= right.right(); ++px) {
            const int lightness = image.pixelColor(px, y).lightness();
            light += lightness > 200 ? 1 : 0;
            dark += lightness < 90 ? 1 : 0;
        }
    }
    EXPECT_GT(light, right.width() * right.height() / 3);
    EXPECT_GT(dark, right.height());

    // Lines differ in dash and marker, not in colour alone.
    EXPECT_NE(paper.primary.penStyle, paper.secondary.penStyle);
    EXPECT_TRUE(paper.primary.marker != paper.secondary.marker
        || paper.primary.hollowMarker != paper.secondary.hollowMarker);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x4d, 0x9b, 0xe6));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    return palette;
}

TEST(ChartPainters, FollowThePaletteAndKeepSidesApartByLightness)
{
    const QPalette light = QApplication::style()->standardPalette();
    for (const QPalette &palette : {light, darkPalette()}) {
        const ChartStyle style = ChartStyle::fromPalette(palette, QApplication::font());
        EXPECT_EQ(style.background, palette.color(QPalette::Window));
        EXPECT_EQ(style.text, palette.color(QPalette::WindowText));
        EXPECT_GT(std::abs(style.left.fill.lightness() - style.right.fill.lightness()), 40);
        EXPECT_NE(style.left.hatch, style.right.hatch);
        EXPECT_GT(std::abs(style.unsided.fill.lightness() - style.background.lightness()), 40);

        // A left segment is painted in the left colour of this palette.
        const QRectF rect(0, 0, 400, 300);
        const QImage image
            = render([](QPainter &p, const QRectF &r,
                         const ChartStyle &s) { BarChartPainter::paint(p, r, holdBars(), s); },
                QSize(400, 300), rect.toRect(), style);
        const WeekAxis axis = BarChartPainter::axis(rect, holdBars(), style, &image);
        EXPECT_EQ(
            image.pixelColor(QPointF(axis.centreX(1), axis.y(2.0)).toPoint()), style.left.fill);
    }
}

TEST(ChartPainters, CalendarFillsPractisedDaysOnly)
{
    const ChartStyle style = screenStyle();
    const QRectF rect(0, 0, 280, 260);
    MonthData month = march();
    month.today = QDate();
    const QImage image
        = render([&month](QPainter &p, const QRectF &r,
                     const ChartStyle &s) { CalendarPainter::paint(p, r, month, s); },
            QSize(280, 260), rect.toRect(), style);
    const auto below = [&](QDate day) {
        const QRectF cell = CalendarPainter::dayRect(rect, month, style, &image, day);
        return image.pixelColor(
            QPointF(cell.center().x(), cell.center().y() + cell.height() * 0.33).toPoint());
    };
    EXPECT_EQ(below({2026, 3, 2}), style.practisedFill);
    EXPECT_EQ(below({2026, 3, 31}), style.practisedFill);
    EXPECT_EQ(below({2026, 3, 4}), style.background);
    EXPECT_TRUE(CalendarPainter::dayRect(rect, month, style, &image, {2026, 4, 1}).isEmpty());

    // Monday-first: 1 March 2026 is a Sunday, the last column of the first row.
    const QRectF first = CalendarPainter::dayRect(rect, month, style, &image, {2026, 3, 1});
    const QRectF second = CalendarPainter::dayRect(rect, month, style, &image, {2026, 3, 2});
    EXPECT_GT(first.left(), second.left());
    EXPECT_GT(second.top(), first.top());
    EXPECT_EQ(CalendarPainter::weekRows(month), 6);
    month.firstDayOfWeek = Qt::Sunday;
    EXPECT_EQ(CalendarPainter::weekRows(month), 5);
    EXPECT_EQ(CalendarPainter::dayRect(rect, month, style, &image, {2026, 3, 1}).left(),
        CalendarPainter::dayRect(rect, month, style, &image, {2026, 3, 8}).left());
}

TEST(ChartPainters, BarsGrowWithTheirMinutes)
{
    const ChartStyle style = screenStyle();
    const QRectF rect(0, 0, 500, 300);
    const WeekChartData data = holdBars();
    const WeekAxis axis = BarChartPainter::axis(rect, data, style, nullptr);
    EXPECT_EQ(axis.weekCount(), 12);
    EXPECT_LT(axis.y(10), axis.y(5));
    EXPECT_GE(axis.y(BarChartPainter::stackTotals(data).at(11)), axis.plot().top());
    EXPECT_EQ(axis.columnAt(QPointF(axis.centreX(3), axis.plot().center().y())), 3);
    EXPECT_EQ(axis.columnAt(QPointF(rect.left() + 1, axis.plot().center().y())), -1);
    // The stacks add up the series of each week.
    EXPECT_DOUBLE_EQ(BarChartPainter::stackTotals(data).at(3), 3.0 + 3 + 4.6 + 1.0);
}

} // namespace
} // namespace limber::testing

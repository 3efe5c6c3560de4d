// Where the chart painters put things: the empty-state text inside the
// plot and clear of the value labels, and hatching that stands out from the
// fill under it on light and dark themes alike.
#include "app/history/barchartpainter.h"
#include "app/history/chartstyle.h"
#include "app/history/linechartpainter.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QStyle>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {
namespace {

QList<QDate> eightWeeks()
{
    QList<QDate> weeks;
    for (int i = 0; i < 8; ++i)
        weeks.append(QDate(2026, 1, 5).addDays(7 * i));
    return weeks;
}

WeekChartData emptyReach(const QStringList &levelNames)
{
    WeekChartData data;
    data.weeks = eightWeeks();
    data.format = ValueFormat::Level;
    data.levelNames = levelNames;
    data.emptyText = u"No reach recorded in these weeks."_s;
    data.series = {{u"Furthest reach"_s, SeriesRole::Primary, QList<std::optional<double>>(8)}};
    return data;
}

WeekChartData emptyMinutes()
{
    WeekChartData data;
    data.weeks = eightWeeks();
    data.format = ValueFormat::Minutes;
    data.emptyText = u"No holds in these weeks."_s;
    data.series = {{u"Left"_s, SeriesRole::Left, QList<std::optional<double>>(8, 0.0)},
        {u"Right"_s, SeriesRole::Right, QList<std::optional<double>>(8, 0.0)}};
    return data;
}

ChartStyle screenStyle()
{
    return ChartStyle::fromPalette(QApplication::style()->standardPalette(), QApplication::font());
}

void expectEmptyTextClear(const WeekAxis &axis, const char *what, QSizeF size)
{
    // Where there is room, the text finds a free place: no name is shortened.
    const bool roomy = size.height() >= 300 && size.width() >= 420;
    SCOPED_TRACE(::testing::Message() << what << " at " << size.width() << "x" << size.height());
    const QRectF text = axis.emptyTextRect();
    ASSERT_FALSE(text.isNull());
    EXPECT_TRUE(axis.plot().adjusted(-0.5, -0.5, 0.5, 0.5).contains(text));
    // The labels as drawn beside the text, with a little air between.
    const QRectF withAir = text.adjusted(-2, -1, 2, 1);
    for (const QRectF &label : axis.valueLabelRects(text)) {
        EXPECT_FALSE(label.intersects(withAir))
            << "label at " << label.left() << "," << label.top() << " " << label.width() << "x"
            << label.height() << ", text at " << text.left() << "," << text.top();
    }
    if (roomy) {
        EXPECT_EQ(axis.valueLabelRects(text), axis.valueLabelRects());
    }
}

TEST(ChartLayout, EmptyTextStaysClearOfTheValueLabels)
{
    const QStringList shortNames {u"Level 1"_s, u"Level 2"_s, u"Level 3"_s, u"Level 4"_s};
    const QStringList longNames {u"A slight lean"_s, u"Hands on your shins"_s,
        u"Forearms close to the floor"_s, u"Elbows on the floor (the goal)"_s};
    QImage device(10, 10, QImage::Format_ARGB32_Premultiplied);
    const ChartStyle style = screenStyle();
    // The sizes the page and the printed report give a chart, and around them.
    for (const double width : {260.0, 340.0, 420.0, 560.0, 800.0}) {
        for (const double height : {150.0, 180.0, 220.0, 300.0, 400.0}) {
            const QRectF rect(5, 5, width, height);
            for (const QStringList &names : {shortNames, longNames}) {
                const WeekChartData data = emptyReach(names);
                expectEmptyTextClear(
                    LineChartPainter::axis(rect, data, style, &device), "reach", rect.size());
            }
            const WeekChartData minutes = emptyMinutes();
            expectEmptyTextClear(
                BarChartPainter::axis(rect, minutes, style, &device), "minutes", rect.size());
        }
    }
}

// WCAG 2 contrast, written out here rather than taken from the code under test.
double luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

QPalette paletteOf(const QColor &window, const QColor &text, const QColor &highlight)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

TEST(ChartLayout, HatchingStandsOutOnLightAndDarkThemes)
{
    const QColor accents[] = {QColor(0x30, 0x8c, 0xc6), QColor(0x2a, 0x82, 0xda),
        QColor(0x4d, 0x9b, 0xe6), QColor(0x3d, 0xae, 0xe9), QColor(0xe9, 0x54, 0x20),
        QColor(0x26, 0xa2, 0x69), QColor(0x91, 0x41, 0xac)};
    const QList<std::pair<QColor, QColor>> themes {
        {QColor(0xef, 0xef, 0xef), QColor(0x00, 0x00, 0x00)}, // Fusion light
        {Qt::white, QColor(0x20, 0x20, 0x20)},
        {QColor(0x35, 0x35, 0x35), Qt::white}, // Fusion with a dark palette
        {QColor(0x23, 0x26, 0x2b), QColor(0xe6, 0xe6, 0xe6)},
        {QColor(0x12, 0x12, 0x12), QColor(0xdd, 0xdd, 0xdd)},
    };
    QPalette standard = QApplication::style()->standardPalette();
    for (const auto &[window, text] : themes) {
        for (const QColor &accent : accents) {
            const ChartStyle style
                = ChartStyle::fromPalette(paletteOf(window, text, accent), QApplication::font());
            SCOPED_TRACE(::testing::Message() << "window " << window.name().toStdString()
                                              << " accent " << accent.name().toStdString());
            ASSERT_NE(style.right.hatch, Hatch::None);
            EXPECT_GE(contrast(style.right.hatchColour, style.right.fill), 3.0);
        }
    }
    const ChartStyle fromStandard = ChartStyle::fromPalette(standard, QApplication::font());
    EXPECT_GE(contrast(fromStandard.right.hatchColour, fromStandard.right.fill), 3.0);
}

} // namespace
} // namespace limber::testing

#include "app/print/reportblocks.h"

#include "app/history/barchartpainter.h"
#include "app/history/chartstyle.h"
#include "app/history/linechartpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace limber {

namespace {

using Font = SheetStyle::Font;

constexpr double kColumnGap = 14; // points between key figures
constexpr double kFigureLineGap = 2;
constexpr double kChartPoints = 8; // the charts' text, a little under the body's
constexpr double kBalanceGap = 16;
constexpr double kRowSpacing = 1.5; // line heights per row under a chart

} // namespace

QFont reportChartFont(const SheetStyle &style)
{
    QFont font = style.font(Font::Body);
    font.setPointSizeF(kChartPoints);
    return font;
}

KeyFiguresBlock::KeyFiguresBlock(QList<Figure> figures)
    : m_figures(std::move(figures))
{ }

double reportChartLineHeight(const SheetStyle &style)
{
    return style.lineHeight(Font::Body) * kChartPoints / style.font(Font::Body).pointSizeF();
}

double KeyFiguresBlock::columnWidth(const SheetStyle &style, double width) const
{
    const auto columns = std::max<qsizetype>(1, m_figures.size());
    return (width - style.pt(kColumnGap) * double(columns - 1)) / double(columns);
}

double KeyFiguresBlock::height(const SheetStyle &style, double width) const
{
    const double column = columnWidth(style, width);
    double tallest = 0;
    for (const Figure &figure : m_figures) {
        const double h = style.textHeight(Font::Strong, figure.label, column)
            + style.pt(kFigureLineGap) + style.textHeight(Font::Title, figure.value, column)
            + style.pt(kFigureLineGap) + style.textHeight(Font::Body, figure.detail, column);
        tallest = std::max(tallest, h);
    }
    return tallest;
}

void KeyFiguresBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double column = columnWidth(style, area.width());
    double left = area.left();
    for (const Figure &figure : m_figures) {
        double y = area.top();
        const auto line = [&](Font font, const QString &text, const QColor &colour) {
            const double h = style.textHeight(font, text, column);
            style.drawText(painter, font, QRectF(left, y, column, h), text, colour);
            y += h + style.pt(kFigureLineGap);
        };
        line(Font::Strong, figure.label, style.quiet());
        line(Font::Title, figure.value, style.ink());
        line(Font::Body, figure.detail, style.quiet());
        left += column + style.pt(kColumnGap);
    }
}

WeekChartBlock::WeekChartBlock(WeekChartData data, Kind kind, double heightPoints, QList<Row> rows)
    : m_data(std::move(data))
    , m_kind(kind)
    , m_height(heightPoints)
    , m_rows(std::move(rows))
{ }

double WeekChartBlock::height(const SheetStyle &style, double) const
{
    return style.pt(m_height) + double(m_rows.size()) * reportChartLineHeight(style) * kRowSpacing;
}

void WeekChartBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const ChartStyle paper = ChartStyle::forPaper(reportChartFont(style));
    const double rowHeight = reportChartLineHeight(style) * kRowSpacing;
    QRectF chart(area.left(), area.top(), area.width(), style.pt(m_height));
    const auto axisOf = [&](const QRectF &rect) {
        return m_kind == Kind::Bars ? BarChartPainter::axis(rect, m_data, paper, painter.device())
                                    : LineChartPainter::axis(rect, m_data, paper, painter.device());
    };

    // The rows' labels stand left of the plot, under the chart's values:
    // the chart moves right as far as the longest label needs.
    const QFontMetricsF metrics(paper.font, painter.device());
    double labelWidth = 0;
    for (const Row &row : m_rows)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label));
    if (!m_rows.isEmpty()) {
        const double needed = labelWidth + metrics.height() * 0.6;
        const double has = axisOf(chart).plot().left() - chart.left();
        chart.setLeft(chart.left() + std::max(0.0, needed - has));
    }
    if (m_kind == Kind::Bars)
        BarChartPainter::paint(painter, chart, m_data, paper);
    else
        LineChartPainter::paint(painter, chart, m_data, paper);
    if (m_rows.isEmpty())
        return;

    const WeekAxis axis = axisOf(chart);
    painter.save();
    painter.setFont(paper.font);
    double top = chart.bottom();
    for (const Row &row : m_rows) {
        painter.setPen(paper.mutedText);
        painter.drawText(QRectF(area.left(), top, labelWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, row.label);
        painter.setPen(paper.text);
        for (int week = 0; week < axis.weekCount() && week < row.values.size(); ++week) {
            const QRectF column = axis.column(week);
            painter.drawText(QRectF(column.left(), top, column.width(), rowHeight), Qt::AlignCenter,
                row.values.at(week));
        }
        top += rowHeight;
    }
    painter.restore();
}

BalanceBlock::BalanceBlock(BalanceChartData data, QString sentence)
    : m_data(std::move(data))
    , m_sentence(std::move(sentence))
{ }

double BalanceBlock::height(const SheetStyle &style, double width) const
{
    // The two bars take about three lines of the chart font.
    const double bars = reportChartLineHeight(style) * 3.4;
    const double textWidth = width - barsWidth(width) - style.pt(kBalanceGap);
    return std::max(bars, style.textHeight(Font::Strong, m_sentence, textWidth));
}

void BalanceBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double bars = barsWidth(area.width());
    BalancePainter::paint(painter, QRectF(area.left(), area.top(), bars, area.height()), m_data,
        ChartStyle::forPaper(reportChartFont(style)));
    const double textLeft = area.left() + bars + style.pt(kBalanceGap);
    const Font font = m_data.lagging == Side::None ? Font::Body : Font::Strong;
    style.drawText(painter, font,
        QRectF(textLeft, area.top(), area.right() - textLeft, area.height()), m_sentence,
        style.ink(), Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace limber

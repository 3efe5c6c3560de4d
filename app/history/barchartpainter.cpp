#include "app/history/barchartpainter.h"

#include "app/history/chartdrawing.h"
#include "app/history/historyformat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double barFraction = 0.62;
// Room above the tallest bar for its total.
constexpr double totalHeadroom = 1.18;

double largest(const QList<double> &totals)
{
    return totals.isEmpty() ? 0.0 : *std::max_element(totals.cbegin(), totals.cend());
}

QString totalLabel(double value, const WeekChartData &data)
{
    switch (data.format) {
    case ValueFormat::Duration:
        return formatDuration(std::llround(value * 60000.0), data.locale);
    case ValueFormat::Minutes: {
        // The axis counts minutes: only seconds need their unit.
        const HeldAmount amount = heldAmount(std::llround(value * 60000.0), data.locale);
        return amount.inSeconds ? formatHeldTime(std::llround(value * 60000.0), data.locale)
                                : amount.number;
    }
    case ValueFormat::Count:
        return data.locale.toString(std::llround(value));
    case ValueFormat::Number:
    case ValueFormat::Level:
        break;
    }
    return formatOneDecimal(value, data.locale);
}

} // namespace

QList<double> BarChartPainter::stackTotals(const WeekChartData &data)
{
    QList<double> totals(data.weeks.size(), 0.0);
    for (const ChartSeries &series : data.series) {
        for (qsizetype i = 0; i < totals.size() && i < series.values.size(); ++i)
            totals[i] += std::max(0.0, series.values.at(i).value_or(0.0));
    }
    return totals;
}

WeekAxis BarChartPainter::axis(const QRectF &rect, const WeekChartData &data,
    const ChartStyle &style, const QPaintDevice *device)
{
    const QFontMetricsF metrics(style.font, device);
    return WeekAxis(rect, data, metrics, largest(stackTotals(data)) * totalHeadroom);
}

void BarChartPainter::paint(QPainter &painter, const QRectF &rect, const WeekChartData &data,
    const ChartStyle &style, int current)
{
    painter.save();
    painter.setFont(style.font);
    const QFontMetricsF metrics(style.font, painter.device());
    const QList<double> totals = stackTotals(data);
    const WeekAxis frame(rect, data, metrics, largest(totals) * totalHeadroom);
    if (!frame.isUsable()) {
        painter.restore();
        return;
    }
    const double u = frame.unit();
    frame.drawCurrentBand(painter, style, current);
    frame.drawGrid(painter, style);

    const double gap = std::max(1.0, u * 0.06);
    for (int week = 0; week < frame.weekCount(); ++week) {
        const QRectF slot = frame.column(week);
        const double width = slot.width() * barFraction;
        const double left = slot.center().x() - width / 2;
        double base = 0;
        for (const ChartSeries &series : data.series) {
            const double value = std::max(0.0, series.values.value(week).value_or(0.0));
            if (value <= 0)
                continue;
            const double bottom = frame.y(base) - (base > 0 ? gap : 0.0);
            const double top = frame.y(base + value);
            if (bottom - top > 0)
                chart::fillArea(
                    painter, QRectF(left, top, width, bottom - top), style.look(series.role), u);
            base += value;
        }
        if (base > 0) {
            const QString label = totalLabel(totals.at(week), data);
            if (metrics.horizontalAdvance(label) <= slot.width()) {
                const double top = std::max(frame.y(base) - u, rect.top());
                painter.setPen(style.mutedText);
                painter.drawText(QRectF(slot.left(), top, slot.width(), u),
                    Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
    }
    frame.drawWeekLabels(painter, style);
    frame.drawLegend(painter, style, false);
    if (largest(totals) <= 0)
        frame.drawEmptyText(painter, style);
    painter.restore();
}

} // namespace limber

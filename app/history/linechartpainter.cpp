#include "app/history/linechartpainter.h"

#include "app/history/chartdrawing.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace limber {

namespace {

constexpr double lineWidth = 0.11;

double largestValue(const WeekChartData &data)
{
    double largest = 0;
    for (const ChartSeries &series : data.series) {
        for (const std::optional<double> &value : series.values)
            largest = std::max(largest, value.value_or(0.0));
    }
    return largest;
}

bool anyValue(const WeekChartData &data)
{
    return std::any_of(data.series.cbegin(), data.series.cend(), [](const ChartSeries &series) {
        return std::any_of(series.values.cbegin(), series.values.cend(),
            [](const std::optional<double> &value) { return value.has_value(); });
    });
}

} // namespace

WeekAxis LineChartPainter::axis(const QRectF &rect, const WeekChartData &data,
    const ChartStyle &style, const QPaintDevice *device)
{
    return WeekAxis(rect, data, QFontMetricsF(style.font, device), largestValue(data));
}

void LineChartPainter::paint(QPainter &painter, const QRectF &rect, const WeekChartData &data,
    const ChartStyle &style, int current)
{
    painter.save();
    painter.setFont(style.font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(style.font, painter.device());
    const WeekAxis frame(rect, data, metrics, largestValue(data));
    if (!frame.isUsable()) {
        painter.restore();
        return;
    }
    const double u = frame.unit();
    frame.drawCurrentBand(painter, style, current);
    frame.drawGrid(painter, style);

    for (const ChartSeries &series : data.series) {
        const SeriesLook &look = style.look(series.role);
        painter.setPen(QPen(look.line, u * lineWidth, look.penStyle, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        QPolygonF run;
        const auto flush = [&painter, &run] {
            if (run.size() > 1)
                painter.drawPolyline(run);
            run.clear();
        };
        for (int week = 0; week < frame.weekCount(); ++week) {
            const std::optional<double> value = series.values.value(week);
            if (value)
                run.append(QPointF(frame.centreX(week), frame.y(*value)));
            else
                flush();
        }
        flush();
        for (int week = 0; week < frame.weekCount(); ++week) {
            if (const std::optional<double> value = series.values.value(week))
                chart::drawMarker(painter, QPointF(frame.centreX(week), frame.y(*value)), look, u,
                    style.background);
        }
    }
    const bool empty = !anyValue(data);
    frame.drawLevelNames(painter, style, empty ? frame.emptyTextRect() : QRectF());
    frame.drawWeekLabels(painter, style);
    frame.drawLegend(painter, style, true);
    if (empty)
        frame.drawEmptyText(painter, style);
    painter.restore();
}

} // namespace limber

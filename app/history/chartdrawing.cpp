#include "app/history/chartdrawing.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace limber::chart {

namespace {

constexpr double hatchSpacing = 0.32;
constexpr double hatchWidth = 0.07;
constexpr double markerRadius = 0.22;
constexpr double lineWidth = 0.11;
constexpr double swatchWidth = 1.6;

// Lines x + y = c ("/") or x - y = c ("\") cut to the rectangle, every
// `spacing` units of c, anchored at multiples of spacing so neighbouring
// segments continue each other's pattern.
void hatchLines(QPainter &painter, const QRectF &r, double spacing, bool rising)
{
    QList<QLineF> lines;
    const double from = rising ? r.left() + r.top() : r.left() - r.bottom();
    const double to = rising ? r.right() + r.bottom() : r.right() - r.top();
    for (double c = std::ceil(from / spacing) * spacing; c <= to; c += spacing) {
        const double x0
            = rising ? std::max(r.left(), c - r.bottom()) : std::max(r.left(), c + r.top());
        const double x1
            = rising ? std::min(r.right(), c - r.top()) : std::min(r.right(), c + r.bottom());
        if (x1 - x0 <= 0.0)
            continue;
        const auto y = [c, rising](double x) { return rising ? c - x : x - c; };
        lines.append(QLineF(x0, y(x0), x1, y(x1)));
    }
    painter.drawLines(lines);
}

} // namespace

double unit(const QFontMetricsF &metrics)
{
    return metrics.height();
}

void fillArea(QPainter &painter, const QRectF &rect, const SeriesLook &look, double u)
{
    if (rect.isEmpty())
        return;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(look.fill);
    painter.drawRect(rect);
    if (look.hatch != Hatch::None) {
        // Square caps would poke out of the rectangle at its edges.
        painter.setPen(QPen(look.hatchColour, u * hatchWidth, Qt::SolidLine, Qt::FlatCap));
        const QRectF inner
            = rect.adjusted(u * hatchWidth, u * hatchWidth, -u * hatchWidth, -u * hatchWidth);
        if (!inner.isEmpty()) {
            hatchLines(painter, inner, u * hatchSpacing, true);
            if (look.hatch == Hatch::Cross)
                hatchLines(painter, inner, u * hatchSpacing, false);
        }
    }
    if (look.outline.isValid()) {
        const double width = u * hatchWidth;
        painter.setPen(QPen(look.outline, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        const double half = width / 2;
        painter.drawRect(rect.adjusted(half, half, -half, -half));
    }
    painter.restore();
}

void drawMarker(
    QPainter &painter, QPointF centre, const SeriesLook &look, double u, const QColor &background)
{
    const double r = u * markerRadius;
    painter.save();
    painter.setPen(QPen(look.line, u * lineWidth));
    painter.setBrush(look.hollowMarker ? background : look.line);
    switch (look.marker) {
    case Marker::Circle:
        painter.drawEllipse(centre, r, r);
        break;
    case Marker::Square:
        painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r));
        break;
    case Marker::Diamond: {
        const double d = r * 1.3;
        const QPointF points[] = {{centre.x(), centre.y() - d}, {centre.x() + d, centre.y()},
            {centre.x(), centre.y() + d}, {centre.x() - d, centre.y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    }
    painter.restore();
}

namespace {

double entryWidth(const LegendEntry &entry, const QFontMetricsF &metrics)
{
    const double u = unit(metrics);
    return u * swatchWidth + u * 0.35 + metrics.horizontalAdvance(entry.name);
}

} // namespace

double legendWidth(const QList<LegendEntry> &entries, const QFontMetricsF &metrics)
{
    const double u = unit(metrics);
    double width = 0;
    for (const LegendEntry &entry : entries)
        width += entryWidth(entry, metrics) + u;
    return entries.isEmpty() ? 0.0 : width - u;
}

void drawLegend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries,
    const ChartStyle &style, const QFontMetricsF &metrics)
{
    const double u = unit(metrics);
    double x = rect.left();
    const double middle = rect.center().y();
    for (const LegendEntry &entry : entries) {
        const double room = rect.right() - x;
        if (room < u * (swatchWidth + 1.5))
            break;
        const QRectF swatch(x, middle - u * 0.3, u * swatchWidth, u * 0.6);
        if (entry.isLine) {
            painter.save();
            QPen pen(entry.look.line, u * lineWidth, entry.look.penStyle, Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left(), middle), QPointF(swatch.right(), middle));
            painter.restore();
            drawMarker(painter, swatch.center(), entry.look, u, style.background);
        } else {
            fillArea(painter, swatch, entry.look, u);
        }
        const double textLeft = swatch.right() + u * 0.35;
        const double textWidth
            = std::min(metrics.horizontalAdvance(entry.name), rect.right() - textLeft);
        painter.setPen(style.text);
        drawElidedText(painter, QRectF(textLeft, rect.top(), textWidth, rect.height()),
            Qt::AlignLeft | Qt::AlignVCenter, entry.name, metrics);
        x = textLeft + textWidth + u;
    }
}

void drawElidedText(QPainter &painter, const QRectF &rect, int flags, const QString &text,
    const QFontMetricsF &metrics)
{
    if (rect.width() <= 0)
        return;
    painter.drawText(rect, flags, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace limber::chart

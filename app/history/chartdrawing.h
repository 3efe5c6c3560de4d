#pragma once

#include "app/history/chartstyle.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QFontMetricsF;
class QPainter;

namespace limber::chart {

/// The size unit of every chart: the height of a line of the style's font
/// on the device painted on. Paddings, line widths, marker sizes and hatch
/// spacing follow it, so a chart looks the same on screen and at print
/// resolution.
double unit(const QFontMetricsF &metrics);

/// Fills \a rect as a bar segment of \a look: colour, hatching, outline.
void fillArea(QPainter &painter, const QRectF &rect, const SeriesLook &look, double unit);
/// One marker of a line series, centred on \a centre.
void drawMarker(QPainter &painter, QPointF centre, const SeriesLook &look, double unit,
    const QColor &background);

/// One entry of a legend: a bar swatch or a line with its marker.
struct LegendEntry
{
    QString name;
    SeriesLook look;
    bool isLine = false;
};

/// Width a legend of \a entries takes on one row.
double legendWidth(const QList<LegendEntry> &entries, const QFontMetricsF &metrics);
/// Draws the legend on one row inside \a rect, left aligned; names are
/// elided when the row is too narrow.
void drawLegend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries,
    const ChartStyle &style, const QFontMetricsF &metrics);

/// \a text elided to \a width and drawn in \a rect with \a flags.
void drawElidedText(QPainter &painter, const QRectF &rect, int flags, const QString &text,
    const QFontMetricsF &metrics);

} // namespace limber::chart

#pragma once

#include "app/history/chartstyle.h"
#include "app/history/weekaxis.h"
#include "app/history/weekchartdata.h"

#include <QRectF>

class QPainter;
class QPaintDevice;

namespace limber {

/// Paints week charts as lines with a marker on each week that has a value
/// (pain before and after, reach, longest hold). A week without a value
/// breaks the line, so a gap never looks like a trend.
class LineChartPainter
{
public:
    /// \a current is the week under the mouse or keyboard (-1 for none).
    static void paint(QPainter &painter, const QRectF &rect, const WeekChartData &data,
        const ChartStyle &style, int current = -1);
    /// The frame paint() uses for these arguments; for hit testing.
    static WeekAxis axis(const QRectF &rect, const WeekChartData &data, const ChartStyle &style,
        const QPaintDevice *device);
};

} // namespace limber

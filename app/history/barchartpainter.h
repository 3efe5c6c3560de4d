#pragma once

#include "app/history/chartstyle.h"
#include "app/history/weekaxis.h"
#include "app/history/weekchartdata.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace limber {

/// Paints week charts as bars: the series of each week stacked bottom to
/// top (left, right, unsided hold minutes; or one series such as sessions),
/// with the week's total written above its bar when there is room.
class BarChartPainter
{
public:
    /// \a current is the week under the mouse or keyboard (-1 for none).
    static void paint(QPainter &painter, const QRectF &rect, const WeekChartData &data,
        const ChartStyle &style, int current = -1);
    /// The frame paint() uses for these arguments; for hit testing.
    static WeekAxis axis(const QRectF &rect, const WeekChartData &data, const ChartStyle &style,
        const QPaintDevice *device);
    /// The sum of the series for each week (0 where none has a value).
    static QList<double> stackTotals(const WeekChartData &data);
};

} // namespace limber

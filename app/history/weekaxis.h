#pragma once

#include "app/history/chartdrawing.h"
#include "app/history/weekchartdata.h"

#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace limber {

/// The frame every week chart shares: where the legend, the plot, the
/// value labels and the week labels go inside a rectangle, the value scale,
/// and one column per week. Everything stays inside the rectangle.
class WeekAxis
{
public:
    /// \a largest is the biggest value to fit (the tallest stack for bars).
    WeekAxis(const QRectF &rect, const WeekChartData &data, const QFontMetricsF &metrics,
        double largest);

    double unit() const { return m_unit; }
    const QRectF &plot() const { return m_plot; }
    const QRectF &legendArea() const { return m_legend; }
    int weekCount() const { return m_weekCount; }
    /// The slot of week \a index across the plot's full height.
    QRectF column(int index) const;
    double centreX(int index) const;
    double y(double value) const;
    /// The column under \a point, or -1.
    int columnAt(QPointF point) const;
    bool isUsable() const
    {
        return m_weekCount > 0 && m_plot.height() > m_unit && m_plot.width() > 0;
    }

    void drawCurrentBand(QPainter &painter, const ChartStyle &style, int index) const;
    /// Gridlines, and the values beside them (not the level names).
    void drawGrid(QPainter &painter, const ChartStyle &style) const;
    /// The names of the levels above their gridlines, for ValueFormat::Level;
    /// drawn after the series. Names beside \a avoid end before it.
    void drawLevelNames(QPainter &painter, const ChartStyle &style, const QRectF &avoid = {}) const;
    void drawWeekLabels(QPainter &painter, const ChartStyle &style) const;
    void drawLegend(QPainter &painter, const ChartStyle &style, bool lines) const;
    void drawEmptyText(QPainter &painter, const ChartStyle &style) const;

    /// Where each value label is written: left of the plot for numbers,
    /// inside it above the gridline for level names (shortened to end
    /// before \a avoid when beside it).
    QList<QRectF> valueLabelRects(const QRectF &avoid = {}) const;
    /// Where the empty text goes: inside the plot, with air around the
    /// value labels where there is room; else at the plot's right edge,
    /// and the level names beside it end before it. Null without empty text.
    QRectF emptyTextRect() const;
    const QStringList &valueLabels() const { return m_tickLabels; }
    const QList<double> &ticks() const { return m_ticks; }

private:
    void placeTicks(double largest);

    const WeekChartData &m_data;
    QFontMetricsF m_metrics;
    QRectF m_rect;
    QRectF m_legend;
    QRectF m_plot;
    double m_unit = 0;
    int m_weekCount = 0;
    double m_low = 0;
    double m_high = 1;
    QList<double> m_ticks;
    QStringList m_tickLabels;
};

} // namespace limber

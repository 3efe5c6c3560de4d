#include "history/weekaxis.h"

#include "history/historyformat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double padding = 0.25;
// Room above the highest level's gridline for its name.
constexpr double levelHeadroom = 0.8;

// A round step of about `raw`: 1, 2 or 5 times a power of ten, whole
// numbers at least for counts, and quarter and half minutes for durations.
double roundStep(double raw, ValueFormat format)
{
    if (raw <= 0)
        return 1;
    if (format == ValueFormat::Duration && raw < 1)
        return raw <= 0.25 ? 0.25 : (raw <= 0.5 ? 0.5 : 1.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    const double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    return format == ValueFormat::Count ? std::max(1.0, step) : step;
}

} // namespace

WeekAxis::WeekAxis(
    const QRectF &rect, const WeekChartData &data, const QFontMetricsF &metrics, double largest)
    : m_data(data)
    , m_metrics(metrics)
    , m_rect(rect)
    , m_unit(chart::unit(metrics))
    , m_weekCount(static_cast<int>(data.weeks.size()))
{
    const double pad = m_unit * padding;
    double top = rect.top();
    if (data.showLegend && data.series.size() > 1) {
        m_legend = QRectF(rect.left(), top, rect.width(), m_unit);
        top = m_legend.bottom() + pad;
    }
    const bool levels = data.format == ValueFormat::Level;
    // Value labels are centred on their gridline: half a line sticks out above the top one.
    const double plotTop = top + (levels ? 0.0 : m_unit / 2);
    const double plotBottom = rect.bottom() - m_unit - pad;
    m_plot = QRectF(rect.left(), plotTop, rect.width(), std::max(0.0, plotBottom - plotTop));
    placeTicks(largest);

    double labelWidth = 0;
    for (const QString &label : std::as_const(m_tickLabels))
        labelWidth = std::max(labelWidth, m_metrics.horizontalAdvance(label));
    // Level names are written inside the plot, above their lines, so they
    // need no margin; numbers go to the left of the plot.
    const double left = levels ? pad : labelWidth + m_unit * 0.4;
    // Markers of the first and last week may reach beyond their column.
    m_plot.setLeft(std::min(rect.right(), rect.left() + left));
    m_plot.setRight(std::max(m_plot.left(), rect.right() - pad));
    if (!m_legend.isNull())
        m_legend.setLeft(m_plot.left());
}

void WeekAxis::placeTicks(double largest)
{
    const ValueFormat format = m_data.format;
    if (format == ValueFormat::Level) {
        const auto count = std::max<qsizetype>(1, m_data.levelNames.size());
        m_low = 0;
        // At least a line of text between the top level and the plot's top edge.
        const double steps = static_cast<double>(count - 1);
        const double room = m_plot.height() - m_unit * 1.35;
        m_high = steps + std::max(levelHeadroom, room > 0 ? m_unit * 1.35 * steps / room : steps);
        for (qsizetype i = 0; i < count; ++i) {
            m_ticks.append(static_cast<double>(i));
            m_tickLabels.append(m_data.levelNames.value(i));
        }
        return;
    }
    m_low = m_data.minimum.value_or(0.0);
    const double wanted = std::clamp(std::floor(m_plot.height() / (m_unit * 1.6)), 1.0, 5.0);
    double high = m_data.maximum.value_or(std::max(largest, m_low + 1e-9));
    const double step = roundStep((high - m_low) / wanted, format);
    if (!m_data.maximum)
        high = m_low + std::max(1.0, std::ceil((high - m_low) / step - 1e-9)) * step;
    m_high = high;
    for (double tick = m_low; tick <= m_high + step * 1e-6; tick += step) {
        m_ticks.append(tick);
        m_tickLabels.append(tickLabel(tick));
    }
}

QString WeekAxis::tickLabel(double value) const
{
    const QLocale &locale = m_data.locale;
    switch (m_data.format) {
    case ValueFormat::Duration:
        return formatDuration(std::llround(value * 60000.0), locale);
    case ValueFormat::Count:
        return locale.toString(std::llround(value));
    case ValueFormat::Number:
    case ValueFormat::Level:
        break;
    }
    return formatOneDecimal(value, locale);
}

QRectF WeekAxis::column(int index) const
{
    const double width = m_plot.width() / std::max(1, m_weekCount);
    return QRectF(m_plot.left() + width * index, m_plot.top(), width, m_plot.height());
}

double WeekAxis::centreX(int index) const
{
    return column(index).center().x();
}

double WeekAxis::y(double value) const
{
    const double span = m_high - m_low;
    const double fraction = span > 0 ? (value - m_low) / span : 0.0;
    return m_plot.bottom() - std::clamp(fraction, 0.0, 1.0) * m_plot.height();
}

int WeekAxis::columnAt(QPointF point) const
{
    if (m_weekCount <= 0 || point.x() < m_plot.left() || point.x() >= m_plot.right()
        || point.y() < m_rect.top() || point.y() > m_rect.bottom())
        return -1;
    const double width = m_plot.width() / m_weekCount;
    return std::clamp(static_cast<int>((point.x() - m_plot.left()) / width), 0, m_weekCount - 1);
}

void WeekAxis::drawCurrentBand(QPainter &painter, const ChartStyle &style, int index) const
{
    if (index < 0 || index >= m_weekCount)
        return;
    const QRectF slot = column(index);
    painter.fillRect(QRectF(slot.left(), slot.top(), slot.width(), m_rect.bottom() - slot.top()),
        style.currentBand);
}

void WeekAxis::drawGrid(QPainter &painter, const ChartStyle &style) const
{
    const double hairline = std::max(1.0, m_unit * 0.05);
    const bool levels = m_data.format == ValueFormat::Level;
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const double y = this->y(m_ticks.at(i));
        painter.setPen(QPen(i == 0 ? style.axis : style.grid, hairline));
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        if (levels)
            continue;
        painter.setPen(style.mutedText);
        const QRectF beside(
            m_rect.left(), y - m_unit / 2, m_plot.left() - m_rect.left() - m_unit * 0.3, m_unit);
        chart::drawElidedText(
            painter, beside, Qt::AlignRight | Qt::AlignVCenter, m_tickLabels.at(i), m_metrics);
    }
}

void WeekAxis::drawLevelNames(QPainter &painter, const ChartStyle &style) const
{
    if (m_data.format != ValueFormat::Level)
        return;
    // On a plate of background over the lines, so a line rising across a
    // name never makes it hard to read; high enough to leave the markers
    // on the gridline uncovered.
    QColor plate = style.background;
    plate.setAlphaF(0.85f);
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const double y = this->y(m_ticks.at(i));
        const double left = m_plot.left() + m_unit * 0.2;
        const QRectF above(left, y - m_unit * 1.3, m_plot.right() - left, m_unit);
        const QString text
            = m_metrics.elidedText(m_tickLabels.at(i), Qt::ElideRight, above.width());
        const double width
            = std::min(above.width(), m_metrics.horizontalAdvance(text) + m_unit * 0.2);
        painter.fillRect(
            QRectF(above.left() - m_unit * 0.1, above.top(), width, above.height()), plate);
        painter.setPen(style.mutedText);
        painter.drawText(above, Qt::AlignLeft | Qt::AlignBottom, text);
    }
}

void WeekAxis::drawWeekLabels(QPainter &painter, const ChartStyle &style) const
{
    if (m_weekCount <= 0)
        return;
    QStringList labels;
    double widest = 0;
    for (const QDate &week : m_data.weeks) {
        labels.append(shortDayLabel(week, m_data.locale));
        widest = std::max(widest, m_metrics.horizontalAdvance(labels.constLast()));
    }
    const double columnWidth = m_plot.width() / m_weekCount;
    // Every k-th week, counted back from the newest, when the labels do not all fit.
    const int every
        = std::max(1, static_cast<int>(std::ceil((widest + m_unit * 0.5) / columnWidth)));
    painter.setPen(style.mutedText);
    const double top = m_rect.bottom() - m_unit;
    for (int i = m_weekCount - 1; i >= 0; i -= every) {
        const double width = std::min(widest, m_rect.width());
        const double left
            = std::clamp(centreX(i) - width / 2, m_rect.left(), m_rect.right() - width);
        chart::drawElidedText(
            painter, QRectF(left, top, width, m_unit), Qt::AlignCenter, labels.at(i), m_metrics);
    }
}

void WeekAxis::drawLegend(QPainter &painter, const ChartStyle &style, bool lines) const
{
    if (m_legend.isNull())
        return;
    QList<chart::LegendEntry> entries;
    for (const ChartSeries &series : m_data.series)
        entries.append({series.name, style.look(series.role), lines});
    chart::drawLegend(painter, m_legend, entries, style, m_metrics);
}

void WeekAxis::drawEmptyText(QPainter &painter, const ChartStyle &style) const
{
    if (m_data.emptyText.isEmpty() || m_plot.height() < m_unit)
        return;
    painter.setPen(style.mutedText);
    const QRectF line(m_plot.left(), m_plot.center().y() - m_unit / 2, m_plot.width(), m_unit);
    chart::drawElidedText(painter, line, Qt::AlignCenter, m_data.emptyText, m_metrics);
}

} // namespace limber

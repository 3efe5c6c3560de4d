#include "app/history/weekaxis.h"

#include "app/history/historyformat.h"
#include "app/history/valuescale.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double padding = 0.25;
// Room above the highest level's gridline for its name.
constexpr double levelHeadroom = 0.8;

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
    const int wanted
        = static_cast<int>(std::clamp(std::floor(m_plot.height() / (m_unit * 1.6)), 1.0, 5.0));
    const ValueScale scale = ValueScale::choose(
        m_data.minimum.value_or(0.0), largest, m_data.maximum, wanted, format, m_data.locale);
    m_low = scale.low;
    m_high = scale.high;
    m_ticks = scale.ticks;
    m_tickLabels = scale.labels;
}

QList<QRectF> WeekAxis::valueLabelRects(const QRectF &avoid) const
{
    QList<QRectF> rects;
    const bool levels = m_data.format == ValueFormat::Level;
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const double y = this->y(m_ticks.at(i));
        if (levels) {
            // Above the gridline, inside the plot, on a plate as wide as the
            // name; a name beside the empty text ends before it.
            const double left = m_plot.left() + m_unit * 0.2;
            const QRectF row(left - m_unit * 0.1, y - m_unit * 1.3, 0, m_unit);
            const bool beside = !avoid.isNull() && row.top() < avoid.bottom() + m_unit * 0.15
                && row.bottom() > avoid.top() - m_unit * 0.15;
            const double right = beside ? avoid.left() - m_unit * 0.5 : m_plot.right();
            const double room = std::max(0.0, right - left);
            const QString text = m_metrics.elidedText(m_tickLabels.at(i), Qt::ElideRight, room);
            const double width = text.isEmpty()
                ? 0.0
                : std::min(room, m_metrics.horizontalAdvance(text) + m_unit * 0.2);
            rects.append(QRectF(row.left(), row.top(), width, row.height()));
        } else {
            // Right aligned in the margin left of the plot.
            const double right = m_plot.left() - m_unit * 0.3;
            const double width
                = std::min(right - m_rect.left(), m_metrics.horizontalAdvance(m_tickLabels.at(i)));
            rects.append(QRectF(right - width, y - m_unit / 2, std::max(0.0, width), m_unit));
        }
    }
    return rects;
}

QRectF WeekAxis::emptyTextRect() const
{
    if (m_data.emptyText.isEmpty() || m_plot.height() < m_unit)
        return {};
    const double width = std::min(m_plot.width(), m_metrics.horizontalAdvance(m_data.emptyText));
    // A little air around each name: touching rows read as one line.
    QList<QRectF> labels = valueLabelRects();
    for (QRectF &label : labels)
        label.adjust(-m_unit * 0.5, -m_unit * 0.15, m_unit * 0.5, m_unit * 0.15);
    const auto clear = [&labels](const QRectF &rect) {
        return std::none_of(labels.cbegin(), labels.cend(),
            [&rect](const QRectF &label) { return label.intersects(rect); });
    };
    // Centred if it can be; else the free row nearest the middle, centred,
    // then at the right edge, away from the names at the left. Failing
    // that, at the right edge in the middle: the names beside it are
    // shortened (valueLabelRects(avoid)).
    const double centreLeft = m_plot.center().x() - width / 2;
    const double rightLeft = m_plot.right() - width;
    const double middle = m_plot.center().y() - m_unit / 2;
    const double lowest = m_plot.bottom() - m_unit;
    for (const double left : {centreLeft, rightLeft}) {
        for (double shift = 0; shift <= m_plot.height(); shift += m_unit / 4) {
            for (const double top : {middle - shift, middle + shift}) {
                if (top < m_plot.top() || top > lowest)
                    continue;
                const QRectF rect(left, top, width, m_unit);
                if (clear(rect))
                    return rect;
            }
        }
    }
    return QRectF(rightLeft, middle, width, m_unit);
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
    const QList<QRectF> labels = valueLabelRects();
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const double y = this->y(m_ticks.at(i));
        painter.setPen(QPen(i == 0 ? style.axis : style.grid, hairline));
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        if (levels)
            continue;
        painter.setPen(style.mutedText);
        chart::drawElidedText(painter, labels.at(i), Qt::AlignRight | Qt::AlignVCenter,
            m_tickLabels.at(i), m_metrics);
    }
}

void WeekAxis::drawLevelNames(QPainter &painter, const ChartStyle &style, const QRectF &avoid) const
{
    if (m_data.format != ValueFormat::Level)
        return;
    // On a plate of background over the lines, so a line rising across a
    // name never makes it hard to read; high enough to leave the markers
    // on the gridline uncovered.
    QColor plate = style.background;
    plate.setAlphaF(0.85f);
    const QList<QRectF> labels = valueLabelRects(avoid);
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const QRectF &where = labels.at(i);
        if (where.width() <= 0)
            continue;
        painter.fillRect(where, plate);
        const QRectF text = where.adjusted(m_unit * 0.1, 0, 0, 0);
        painter.setPen(style.mutedText);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom,
            m_metrics.elidedText(m_tickLabels.at(i), Qt::ElideRight, text.width() + 0.5));
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
    const QRectF where = emptyTextRect();
    if (where.isNull())
        return;
    // On a plate, like the level names, so a gridline never runs through it.
    QColor plate = style.background;
    plate.setAlphaF(0.85f);
    painter.fillRect(where.adjusted(-m_unit * 0.2, 0, m_unit * 0.2, 0), plate);
    painter.setPen(style.mutedText);
    chart::drawElidedText(painter, where, Qt::AlignCenter, m_data.emptyText, m_metrics);
}

} // namespace limber

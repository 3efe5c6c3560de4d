#include "app/history/weekchartview.h"

#include "app/history/barchartpainter.h"
#include "app/history/chartaccessibility.h"
#include "app/history/linechartpainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace limber {

namespace {

constexpr int frameMargin = 4;

} // namespace

WeekChartView::WeekChartView(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    installChartAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WeekChartView::setData(WeekChartData data, QStringList descriptions, QString summary)
{
    m_data = std::move(data);
    m_descriptions = std::move(descriptions);
    m_summary = std::move(summary);
    const int count = static_cast<int>(m_data.weeks.size());
    m_hovered = -1;
    if (m_current >= count)
        m_current = count - 1;
    describeCurrent();
    update();
}

void WeekChartView::setCurrentIndex(int index)
{
    const int count = static_cast<int>(m_data.weeks.size());
    index = count == 0 ? -1 : std::clamp(index, -1, count - 1);
    if (index == m_current)
        return;
    m_current = index;
    describeCurrent();
    if (hasFocus())
        showCurrentToolTip();
    update();
    Q_EMIT currentIndexChanged(m_current);
}

void WeekChartView::describeCurrent()
{
    const QString description = m_current >= 0 ? m_descriptions.value(m_current) : m_summary;
    // Qt tells assistive technology that the description changed.
    setAccessibleDescription(description);
}

void WeekChartView::showCurrentToolTip()
{
    if (m_current < 0)
        return;
    const QRect column = columnRect(m_current).toAlignedRect();
    QToolTip::showText(mapToGlobal(QPoint(column.center().x(), column.top())),
        m_descriptions.value(m_current), this, column);
}

QRectF WeekChartView::chartRect() const
{
    return QRectF(rect()).adjusted(frameMargin, frameMargin, -frameMargin, -frameMargin);
}

ChartStyle WeekChartView::style() const
{
    return ChartStyle::fromPalette(palette(), font());
}

WeekAxis WeekChartView::axis() const
{
    const ChartStyle chartStyle = style();
    return m_kind == Kind::Bars ? BarChartPainter::axis(chartRect(), m_data, chartStyle, this)
                                : LineChartPainter::axis(chartRect(), m_data, chartStyle, this);
}

QRectF WeekChartView::columnRect(int index) const
{
    if (index < 0 || index >= m_data.weeks.size())
        return {};
    return axis().column(index);
}

int WeekChartView::columnAt(QPointF point) const
{
    return axis().columnAt(point);
}

void WeekChartView::setHeightInLines(int lines)
{
    m_heightInLines = lines;
    updateGeometry();
}

QSize WeekChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, line * m_heightInLines + 2 * frameMargin};
}

QSize WeekChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 6 + 2 * frameMargin};
}

bool WeekChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = columnAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), m_descriptions.value(index), this,
                columnRect(index).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void WeekChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle chartStyle = style();
    const int shown = m_hovered >= 0 ? m_hovered : (hasFocus() ? m_current : -1);
    if (m_kind == Kind::Bars)
        BarChartPainter::paint(painter, chartRect(), m_data, chartStyle, shown);
    else
        LineChartPainter::paint(painter, chartRect(), m_data, chartStyle, shown);
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(chartStyle.focusFrame, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
}

void WeekChartView::keyPressEvent(QKeyEvent *event)
{
    const int last = static_cast<int>(m_data.weeks.size()) - 1;
    // Right-to-left layouts mirror the arrow keys, not the weeks.
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentIndex(m_current < 0 ? last : std::max(0, m_current - forward));
        break;
    case Qt::Key_Right:
        setCurrentIndex(m_current < 0 ? last : std::min(last, m_current + forward));
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(last);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    showCurrentToolTip();
    event->accept();
}

void WeekChartView::mousePressEvent(QMouseEvent *event)
{
    const int index = columnAt(event->position());
    if (index >= 0)
        setCurrentIndex(index);
    QWidget::mousePressEvent(event);
}

void WeekChartView::mouseMoveEvent(QMouseEvent *event)
{
    const int index = columnAt(event->position());
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void WeekChartView::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void WeekChartView::focusInEvent(QFocusEvent *event)
{
    // The newest week first: that is the one people come to look at.
    if (m_current < 0)
        setCurrentIndex(static_cast<int>(m_data.weeks.size()) - 1);
    update();
    QWidget::focusInEvent(event);
}

void WeekChartView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace limber

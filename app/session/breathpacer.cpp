#include "app/session/breathpacer.h"

#include "app/figure/figurestyle.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

constexpr double smallestRadius = 0.38; ///< of the largest, at the end of a breath out
constexpr double captionLines = 1.6; ///< room under the circle for the caption, in lines

/// Slow at both ends like a breath: 0 to 1 along half a cosine.
double eased(double progress)
{
    return (1.0 - std::cos(std::numbers::pi * std::clamp(progress, 0.0, 1.0))) / 2.0;
}

} // namespace

BreathPacer::BreathPacer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breathPacer"));
    // It paints its own background, so a tick repaints this widget alone,
    // not the page behind it as well.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Breathing guide"));
    setAccessibleDescription(caption());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void BreathPacer::setPattern(
    std::chrono::milliseconds breatheIn, std::chrono::milliseconds breatheOut)
{
    m_in = std::max(breatheIn, std::chrono::milliseconds(1));
    m_out = std::max(breatheOut, std::chrono::milliseconds(1));
    update();
}

void BreathPacer::setElapsed(std::chrono::milliseconds elapsed)
{
    const qint64 cycle = (m_in + m_out).count();
    const qint64 into = std::max<qint64>(elapsed.count(), 0) % cycle;
    const bool breathingIn = into < m_in.count();
    const double fullness = breathingIn
        ? eased(static_cast<double>(into) / static_cast<double>(m_in.count()))
        : 1.0
            - eased(static_cast<double>(into - m_in.count()) / static_cast<double>(m_out.count()));

    const bool captionChanged = breathingIn != m_breathingIn;
    m_breathingIn = breathingIn;
    m_fullness = fullness;
    if (captionChanged)
        setAccessibleDescription(caption());
    // Half a pixel of radius: below that nobody sees a change, so no repaint.
    const bool grew = std::abs(fullness - m_paintedFullness) * height() * 0.5 >= 0.5;
    if (captionChanged)
        update();
    else if (grew)
        update(circleArea().toAlignedRect()); // the caption under it stays
}

QRectF BreathPacer::circleArea() const
{
    const QRectF area = rect();
    const double textHeight = QFontMetricsF(font()).lineSpacing() * captionLines;
    const double largest = std::min(area.width(), area.height() - textHeight) / 2.0 - 2.0;
    const double top = (area.height() - (2.0 * largest + textHeight)) / 2.0;
    const QPointF centre(area.center().x(), top + largest);
    return QRectF(centre.x() - largest - 2.0, centre.y() - largest - 2.0, 2.0 * largest + 4.0,
        2.0 * largest + 4.0);
}

QString BreathPacer::caption() const
{
    return m_breathingIn ? tr("Breathe in") : tr("Breathe out");
}

QSize BreathPacer::sizeHint() const
{
    return {200, 170};
}

QSize BreathPacer::minimumSizeHint() const
{
    return {120, 110};
}

void BreathPacer::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().window());
    const QRectF area = rect();
    const double textHeight = QFontMetricsF(font()).lineSpacing() * captionLines;
    // The circle and its caption as one block, in the middle of the widget.
    const QRectF circle = circleArea();
    const double largest = circle.width() / 2.0 - 2.0;
    if (largest <= 0)
        return;
    m_paintedFullness = m_fullness;
    const double radius = largest * (smallestRadius + (1.0 - smallestRadius) * m_fullness);
    const QPointF centre = circle.center();
    const double top = circle.top() + 2.0;

    const QColor accent = palette().color(QPalette::Highlight);
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);

    painter.setRenderHint(QPainter::Antialiasing);
    // The full size, faintly, so the growing circle has somewhere to go.
    painter.setPen(QPen(blendColours(window, text, 0.15), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, largest, largest);
    painter.setPen(QPen(accent, 2.0));
    painter.setBrush(blendColours(window, accent, 0.35));
    painter.drawEllipse(centre, radius, radius);

    painter.setFont(font());
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), top + 2.0 * largest, area.width(), textHeight),
        Qt::AlignCenter, caption());
}

} // namespace limber

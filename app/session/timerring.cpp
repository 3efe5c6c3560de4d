#include "app/session/timerring.h"

#include "app/figure/figurestyle.h"
#include "app/session/phasetext.h"
#include "app/session/sidecolour.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

constexpr double ringWidthOfDiameter = 0.07;
constexpr double digitsOfDiameter = 0.27;
constexpr double captionOfDiameter = 0.085;
constexpr double fullCircle = 360.0 * 16.0; ///< QPainter's arcs count 1/16 degrees
/// Arc moves up to this much of the circle repaint only around the arc's end.
constexpr double smallMove = 0.05;

} // namespace

TimerRing::TimerRing(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timerRing"));
    // It paints its own background, so a tick repaints this widget alone,
    // not the page behind it as well.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Time remaining"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTime(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
}

void TimerRing::setTime(std::chrono::milliseconds left, std::chrono::milliseconds total)
{
    const QString text = phasetext::clock(left);
    const double fraction = total.count() > 0
        ? std::clamp(
            static_cast<double>(left.count()) / static_cast<double>(total.count()), 0.0, 1.0)
        : 0.0;
    const bool textChanged = text != m_text;
    // Repaint only when a person could see the difference: the arc's end
    // moved by a pixel or more.
    const double circumference = std::numbers::pi * std::min(width(), height());
    const bool arcMoved = std::abs(fraction - m_paintedFraction) * circumference >= 1.0
        || (fraction == 0.0) != (m_paintedFraction == 0.0);
    m_fraction = fraction;
    if (!textChanged && !arcMoved)
        return;
    m_text = text;
    if (textChanged) {
        setAccessibleDescription(tr("%1 remaining").arg(m_text));
        update();
        return;
    }
    // Most ticks only move the arc's end a little: repaint just around it.
    if (std::abs(fraction - m_paintedFraction) < smallMove && m_paintedFraction > 0.0
        && fraction > 0.0)
        update(arcEndArea(m_paintedFraction, fraction));
    else
        update();
}

TimerRing::Geometry TimerRing::geometry() const
{
    const double diameter = std::min(width(), height());
    const double penWidth = diameter * ringWidthOfDiameter;
    const QRectF ring
        = QRectF((width() - diameter) / 2.0, (height() - diameter) / 2.0, diameter, diameter)
              .adjusted(penWidth / 2, penWidth / 2, -penWidth / 2, -penWidth / 2);
    return {ring, penWidth, diameter};
}

QRect TimerRing::arcEndArea(double from, double to) const
{
    const Geometry g = geometry();
    const double radius = g.ring.width() / 2.0;
    QRectF area;
    for (const double fraction : {from, (from + to) / 2.0, to}) {
        // The free end of the arc, as paintEvent draws it.
        const double degrees = 90.0 - (1.0 - fraction) * 360.0;
        const double radians = degrees * std::numbers::pi / 180.0;
        const QPointF end(g.ring.center().x() + radius * std::cos(radians),
            g.ring.center().y() - radius * std::sin(radians));
        area = area.united(QRectF(end, QSizeF(0.001, 0.001)));
    }
    // The round cap and antialiasing reach half the pen and a little more.
    const double margin = g.penWidth / 2.0 + 2.0;
    return area.adjusted(-margin, -margin, margin, margin).toAlignedRect();
}

void TimerRing::setEmphasised(bool emphasised)
{
    if (m_emphasised == emphasised)
        return;
    m_emphasised = emphasised;
    update();
}

void TimerRing::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    update();
}

QString TimerRing::caption() const
{
    // Never "left": beside a badge saying "Right leg on top", "0:06 left"
    // reads as a side. "remaining" is the one word for time still to come.
    return m_paused ? tr("paused") : tr("remaining");
}

QSize TimerRing::sizeHint() const
{
    return {320, 320};
}

QSize TimerRing::minimumSizeHint() const
{
    return {160, 160};
}

void TimerRing::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void TimerRing::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().window());
    const auto [ring, penWidth, diameter] = geometry();
    if (diameter <= 0)
        return;

    const QPalette &colours = palette();
    const QColor text = colours.color(QPalette::WindowText);
    const QColor window = colours.color(QPalette::Window);
    const QColor track = blendColours(window, text, 0.12);
    const QColor arc = m_emphasised ? sideColour(colours) : blendColours(window, text, 0.45);

    m_paintedFraction = m_fraction;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(track, penWidth, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    if (m_fraction > 0.0) {
        painter.setPen(QPen(arc, penWidth, Qt::SolidLine, Qt::RoundCap));
        // What remains runs clockwise up to twelve o'clock; its free end
        // moves clockwise like a clock hand as the time runs out.
        const int span = static_cast<int>(std::lround(m_fraction * fullCircle));
        const int start = 90 * 16 - static_cast<int>(std::lround((1.0 - m_fraction) * fullCircle));
        painter.drawArc(ring, start, -span);
    }

    QFont digits = font();
    digits.setPixelSize(std::max(8, static_cast<int>(diameter * digitsOfDiameter)));
    digits.setBold(true);
    painter.setFont(digits);
    painter.setPen(m_paused ? blendColours(text, window, 0.4) : text);
    const QRectF digitsBox(
        ring.left(), ring.center().y() - diameter * 0.2, ring.width(), diameter * 0.3);
    painter.drawText(digitsBox, Qt::AlignHCenter | Qt::AlignBottom, m_text);

    QFont small = font();
    small.setPixelSize(std::max(8, static_cast<int>(diameter * captionOfDiameter)));
    small.setBold(m_paused);
    painter.setFont(small);
    painter.setPen(blendColours(text, window, m_paused ? 0.0 : 0.35));
    const QRectF captionBox(
        ring.left(), ring.center().y() + diameter * 0.11, ring.width(), diameter * 0.14);
    painter.drawText(captionBox, Qt::AlignHCenter | Qt::AlignTop, caption());
}

} // namespace limber

#include "app/session/sidebadge.h"

#include "app/session/sidecolour.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double paddingOfHeight = 0.45; ///< left and right padding, of the text height
constexpr double heightOfText = 1.6; ///< pill height, of the text height

} // namespace

SideBadge::SideBadge(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sideBadge"));
    setAccessibleName(tr("Side"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SideBadge::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

void SideBadge::setUpcoming(bool upcoming)
{
    if (m_upcoming == upcoming)
        return;
    m_upcoming = upcoming;
    update();
}

QSize SideBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int textHeight = metrics.height();
    const int padding = static_cast<int>(textHeight * paddingOfHeight);
    return {textWidth() + 2 * padding, static_cast<int>(textHeight * heightOfText)};
}

QSize SideBadge::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

int SideBadge::textWidth() const
{
    // Rounded up, with a pixel to spare: text laid out in fractional pixels
    // must not be elided by a box that is a fraction too narrow.
    const QFontMetricsF metrics(font());
    return static_cast<int>(std::ceil(
               metrics.horizontalAdvance(m_text.isEmpty() ? QStringLiteral("M") : m_text)))
        + 2;
}

void SideBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void SideBadge::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const int padding = static_cast<int>(metrics.height() * paddingOfHeight);
    const int pillWidth = std::min(width(), textWidth() + 2 * padding);
    const QRectF pill((width() - pillWidth) / 2.0, 0, pillWidth, static_cast<double>(height()));
    const double radius = pill.height() / 2.0;

    const QColor accent = sideColour(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_upcoming) {
        const double line = std::max(2.0, pill.height() * 0.06);
        painter.setPen(QPen(accent, line));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(pill.adjusted(line / 2, line / 2, -line / 2, -line / 2),
            radius - line / 2, radius - line / 2);
        painter.setPen(palette().color(QPalette::WindowText));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(pill, radius, radius);
        painter.setPen(onSideColour(palette()));
    }
    painter.setFont(font());
    const QString shown
        = metrics.elidedText(m_text, Qt::ElideRight, static_cast<int>(pill.width()) - 2 * padding);
    painter.drawText(pill, Qt::AlignCenter, shown);
}

} // namespace limber

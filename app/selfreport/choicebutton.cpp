#include "app/selfreport/choicebutton.h"

#include "app/figure/figurestyle.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr int focusRing = 3; ///< the focus ring's width, outside the body
constexpr int ringGap = 2; ///< window colour between the ring and the body
constexpr int outside = focusRing + ringGap;
constexpr int sidePadding = 10;
constexpr int lineGap = 1;
constexpr int markInset = 6; ///< the check mark from the body's top right corner

/// The check mark's side, from the label's line height.
int markSize(const QFontMetrics &label)
{
    return std::max(9, int(std::lround(label.height() * 0.42)));
}

} // namespace

ChoiceButton::ChoiceButton(const QString &label, QWidget *parent)
    : QAbstractButton(parent)
{
    setText(label);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChoiceButton::setKeyHint(const QString &key)
{
    m_keyHint = key;
    m_sizeHint = {};
    setAccessibleDescription(key.isEmpty() ? QString() : tr("Key %1").arg(key));
    updateGeometry();
    update();
}

QFont ChoiceButton::hintFont() const
{
    QFont small = font();
    small.setPixelSize(std::max(10, int(std::lround(QFontMetrics(font(), this).height() * 0.6))));
    return small;
}

QSize ChoiceButton::sizeHint() const
{
    if (m_sizeHint.isValid() && m_sizeHintText == text())
        return m_sizeHint;
    QFont bold = font();
    bold.setBold(true); // the chosen label is bold: room for it either way
    const QFontMetrics label(bold, this);
    const QFontMetrics hint(hintFont(), this);
    // The check mark sits in the top right corner, clear of a centred label.
    int width = label.horizontalAdvance(text()) + 2 * (sidePadding + markSize(label) + markInset);
    int height = label.height() + 2 * 8;
    if (!m_keyHint.isEmpty()) {
        width = std::max(width, hint.horizontalAdvance(m_keyHint) + 2 * sidePadding);
        height += lineGap + hint.height();
    }
    m_sizeHint
        = {std::max(width, minimumSide) + 2 * outside, std::max(height, minimumSide) + 2 * outside};
    m_sizeHintText = text();
    return m_sizeHint;
}

QSize ChoiceButton::minimumSizeHint() const
{
    return sizeHint();
}

void ChoiceButton::changeEvent(QEvent *event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_sizeHint = {};
        updateGeometry();
    }
}

void ChoiceButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QColor window = colours.color(QPalette::Window);
    const QColor windowText = colours.color(QPalette::WindowText);
    const QColor accent = colours.color(QPalette::Active, QPalette::Highlight);
    const bool chosen = isChecked();
    const bool enabled = isEnabled();

    const QRectF body = QRectF(rect()).adjusted(outside, outside, -outside, -outside);
    const qreal radius = 8;

    QColor fill = chosen ? accent : colours.color(QPalette::Button);
    if (isDown())
        fill = blendColours(fill, windowText, 0.18);
    else if (!chosen && underMouse() && enabled)
        fill = blendColours(fill, accent, 0.15);
    // The chosen frame is thick and darker (lighter in a dark theme) than
    // the fill, so the choice reads even where the accent is pale.
    const QColor edge = chosen ? blendColours(accent, windowText, 0.55)
        : enabled              ? blendColours(window, windowText, 0.5)
                               : blendColours(window, windowText, 0.3);
    const qreal edgeWidth = chosen ? 3.0 : 2.0;
    painter.setPen(QPen(edge, edgeWidth));
    painter.setBrush(fill);
    painter.drawRoundedRect(
        body.adjusted(edgeWidth / 2, edgeWidth / 2, -edgeWidth / 2, -edgeWidth / 2), radius,
        radius);

    if (hasFocus()) {
        painter.setPen(QPen(accent, focusRing));
        painter.setBrush(Qt::NoBrush);
        const qreal half = focusRing / 2.0;
        painter.drawRoundedRect(
            QRectF(rect()).adjusted(half, half, -half, -half), radius + outside, radius + outside);
    }

    const QColor ink = !enabled ? blendColours(window, windowText, 0.45)
        : chosen                ? colours.color(QPalette::Active, QPalette::HighlightedText)
                                : colours.color(QPalette::ButtonText);
    QFont labelFont = font();
    labelFont.setBold(chosen);
    const QFontMetrics label(labelFont, this);
    const QFont smallFont = hintFont();
    const QFontMetrics hint(smallFont, this);
    const int textHeight = label.height() + (m_keyHint.isEmpty() ? 0 : lineGap + hint.height());
    const qreal top = body.top() + (body.height() - textHeight) / 2.0;
    painter.setPen(ink);
    painter.setFont(labelFont);
    painter.drawText(
        QRectF(body.left(), top, body.width(), label.height()), Qt::AlignCenter, text());
    if (!m_keyHint.isEmpty()) {
        painter.setFont(smallFont);
        // Quieter than the label, still well above 4.5:1 on its fill.
        painter.setPen(chosen ? ink : blendColours(ink, fill, 0.25));
        painter.drawText(
            QRectF(body.left(), top + label.height() + lineGap, body.width(), hint.height()),
            Qt::AlignCenter, m_keyHint);
    }

    if (chosen) {
        // A check mark in the top right corner: the choice, without colour.
        const qreal size = markSize(label);
        const QPointF corner(body.right() - markInset - size, body.top() + markInset);
        QPainterPath mark;
        mark.moveTo(corner + QPointF(0, size * 0.55));
        mark.lineTo(corner + QPointF(size * 0.38, size * 0.92));
        mark.lineTo(corner + QPointF(size, size * 0.08));
        painter.setPen(
            QPen(ink, std::max(2.0, size / 4.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(mark);
    }
}

} // namespace limber

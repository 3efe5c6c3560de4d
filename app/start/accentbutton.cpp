#include "app/start/accentbutton.h"

#include "app/figure/figurestyle.h"

#include <QPainter>

namespace limber {

AccentButton::AccentButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setAttribute(Qt::WA_Hover);
}

QSize AccentButton::sizeHint() const
{
    const QSize text = fontMetrics().size(Qt::TextShowMnemonic, this->text());
    return {text.width() + 2 * (paddingX + ringWidth), text.height() + 2 * (paddingY + ringWidth)};
}

QSize AccentButton::minimumSizeHint() const
{
    return sizeHint();
}

void AccentButton::paintEvent(QPaintEvent *)
{
    // The theme's own colours, whether or not the window is active: the
    // button keeps its colour when another window is in front.
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    const QPalette &colours = palette();
    const QColor accent = colours.color(group, QPalette::Highlight);
    const QColor label = colours.color(group, QPalette::HighlightedText);
    // Under the mouse and pressed, the accent moves away from the label's
    // colour (darker under a light label), so the label only gains contrast.
    const QColor away = label.lightness() >= 128 ? QColor(Qt::black) : QColor(Qt::white);
    QColor fill = accent;
    if (isDown())
        fill = blendColours(accent, away, 0.4);
    else if (underMouse() && isEnabled())
        fill = blendColours(accent, away, 0.2);
    const QColor edge = hasFocus() ? colours.color(group, QPalette::Text) : fill;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    // Two fills rather than a stroked edge: the edge is the outer block
    // showing around the inner one, which is only drawn when they differ.
    const QRectF outer = rect();
    painter.setBrush(edge);
    painter.drawRoundedRect(outer, radius, radius);
    if (edge != fill) {
        painter.setBrush(fill);
        painter.drawRoundedRect(outer.adjusted(ringWidth, ringWidth, -ringWidth, -ringWidth),
            radius - ringWidth, radius - ringWidth);
    }

    painter.setPen(label);
    painter.setFont(font());
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextShowMnemonic, text());
}

} // namespace limber

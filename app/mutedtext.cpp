#include "app/mutedtext.h"

#include "app/palettefollower.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace limber {

namespace {

constexpr double towardsBackground = 0.35;

int mix(int text, int background)
{
    return static_cast<int>(text + (background - text) * towardsBackground);
}

/// The widget's text mixed towards its background, from the colours it
/// would have without its own muted text: its parent's, or the theme's.
void applyMutedText(QWidget *widget)
{
    const QPalette inherited = widget->parentWidget() ? widget->parentWidget()->palette()
                                                      : QApplication::palette(widget);
    const QColor text = inherited.color(QPalette::WindowText);
    const QColor background = inherited.color(QPalette::Window);
    const QColor muted(mix(text.red(), background.red()), mix(text.green(), background.green()),
        mix(text.blue(), background.blue()));
    QPalette palette = widget->palette();
    if (palette.color(QPalette::WindowText) == muted
        && palette.isBrushSet(QPalette::Active, QPalette::WindowText))
        return;
    palette.setColor(QPalette::WindowText, muted);
    widget->setPalette(palette);
}

} // namespace

void setMutedText(QWidget *widget)
{
    followPalette(widget, [widget] { applyMutedText(widget); });
}

} // namespace limber

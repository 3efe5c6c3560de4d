#include "app/mutedtext.h"

#include <QPalette>
#include <QWidget>

namespace limber {

namespace {

constexpr double towardsBackground = 0.35;

int mix(int text, int background)
{
    return static_cast<int>(text + (background - text) * towardsBackground);
}

} // namespace

void setMutedText(QWidget *widget)
{
    QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText,
        QColor(mix(text.red(), background.red()), mix(text.green(), background.green()),
            mix(text.blue(), background.blue())));
    widget->setPalette(palette);
}

} // namespace limber

#include "app/session/sidecolour.h"

#include "app/figure/figurestyle.h"

namespace limber {

QColor sideColour(const QPalette &palette)
{
    return FigureStyle::fromPalette(palette).accent;
}

QColor onSideColour(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::HighlightedText);
}

} // namespace limber

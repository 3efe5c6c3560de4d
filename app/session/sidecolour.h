#pragma once

#include <QColor>
#include <QPalette>

namespace limber {

/// The colour that marks the side: the side badge, the timer ring during a
/// hold and the figure's active leg all use it, so the three agree. It is
/// the figure's accent (FigureStyle::fromPalette): the highlight of the
/// active colour group, so it does not fade when the window loses the focus
/// (the person follows the screen from the floor, the focus maybe elsewhere).
QColor sideColour(const QPalette &palette);

/// Text drawn on the side colour.
QColor onSideColour(const QPalette &palette);

} // namespace limber

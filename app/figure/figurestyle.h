#pragma once

#include "core/model/side.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace limber {

/// Colours and line weights of the figure pictogram. Build it from the
/// palette so the figure follows light and dark themes.
struct FigureStyle
{
    QColor body; ///< the figure's one flat colour
    QColor farLimb; ///< limbs on the far side, lighter than the body
    QColor accent; ///< tint of the stretched region, and the motion arrow
    QColor floor; ///< the floor line
    QColor background; ///< what the figure is painted on; the gaps between parts use it
    QColor prop; ///< a chair or other prop under the figure, quieter than the far limbs
    bool tintStretchedRegion = false; ///< paint the seat, hips and lower back in the accent
    /// The leg of this side is drawn in the accent colour (lighter when it is
    /// on the far side): the leg that is on top, or the side being stretched.
    /// Side::None draws both legs alike.
    Side highlightedLeg = Side::None;
    double gap = 0.016; ///< gap around overlapping parts, a fraction of body height
    double cornerRounding = 0.012; ///< softens the trunk's corners, a fraction of body height

    /// Body in the text colour, the far limbs and floor blended toward the
    /// background, the accent from the highlight colour.
    static FigureStyle fromPalette(
        const QPalette &palette, QPalette::ColorRole backgroundRole = QPalette::Window);
    /// For printing on white paper, whatever the screen's theme: a dark
    /// body, and an accent that stays darker than the far limbs in grey.
    static FigureStyle forPaper();
};

/// \a from moved toward \a to by \a amount (0 keeps from, 1 gives to).
QColor blendColours(const QColor &from, const QColor &to, double amount);

/// Fills \a widget with its window colour leaned \a amount of the way to
/// \a towards: a bar that stands out from the page in light and dark themes.
void tintBackground(QWidget &widget, const QColor &towards, double amount);

} // namespace limber

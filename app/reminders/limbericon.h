#pragma once

#include <QIcon>

class QPainter;
class QRectF;

namespace limber {

/// Limber's icon: a seated figure leaning forward over crossed legs, the
/// Seated Leg Cross, in white on the accent colour. Painted, so it is sharp
/// at every size a tray or a title bar asks for.
QIcon limberIcon();

/// Paints the icon into \a square (its width is used for both sides).
void paintLimberIcon(QPainter &painter, const QRectF &square);

} // namespace limber

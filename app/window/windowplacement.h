#pragma once

#include <QByteArray>
#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

namespace limber {

/// The size the main window asks for when nothing is remembered.
inline constexpr QSize preferredWindowSize {1024, 720};

/// Room kept for the window manager's frame around the window (the title bar
/// above it): it is not part of the window's geometry and is unknown until
/// the window is shown, so it is allowed for.
inline constexpr QMargins frameAllowance {8, 40, 8, 8};

/// The part of \a available a window's own area may take, its frame allowed for.
QRect roomFor(const QRect &available);

/// Where the window opens the first time: preferredWindowSize, or smaller
/// so it fits \a available, centred in it.
QRect firstWindowGeometry(const QRect &available);

/// \a geometry made to fit \a available: shrunk where it is larger, then
/// moved in where it sticks out (as when it was remembered on a larger
/// screen or at another scale).
QRect fittedGeometry(const QRect &geometry, const QRect &available);

/// Sizes and places a top-level \a window, not yet shown: at \a remembered
/// (from QWidget::saveGeometry()) when there is one, else at its first size;
/// either way inside the available area of the screen it opens on.
void placeWindow(QWidget &window, const QByteArray &remembered);

} // namespace limber

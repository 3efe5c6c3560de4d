#include "app/window/windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace limber {

QRect roomFor(const QRect &available)
{
    return available.marginsRemoved(frameAllowance);
}

QRect firstWindowGeometry(const QRect &available)
{
    const QRect room = roomFor(available);
    QRect geometry({}, preferredWindowSize.boundedTo(room.size()));
    geometry.moveCenter(room.center());
    return geometry;
}

QRect fittedGeometry(const QRect &geometry, const QRect &available)
{
    const QRect room = roomFor(available);
    QRect fitted(geometry.topLeft(), geometry.size().boundedTo(room.size()));
    // Right and bottom first: a window moved left or up stays whole on screen.
    fitted.moveLeft(std::min(fitted.left(), room.right() - fitted.width() + 1));
    fitted.moveTop(std::min(fitted.top(), room.bottom() - fitted.height() + 1));
    fitted.moveLeft(std::max(fitted.left(), room.left()));
    fitted.moveTop(std::max(fitted.top(), room.top()));
    return fitted;
}

void placeWindow(QWidget &window, const QByteArray &remembered)
{
    if (remembered.isEmpty() || !window.restoreGeometry(remembered)) {
        // Not shown yet, the window's screen is the primary one. Qt applies
        // -qwindowgeometry when it is first shown, over this.
        QScreen *screen = window.screen();
        window.setGeometry(firstWindowGeometry(screen->availableGeometry()));
        return;
    }
    // Maximised and full-screen windows take the screen they are on anyway.
    if (window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    QScreen *screen = QGuiApplication::screenAt(window.geometry().center());
    if (!screen)
        screen = window.screen();
    window.setGeometry(fittedGeometry(window.geometry(), screen->availableGeometry()));
}

} // namespace limber

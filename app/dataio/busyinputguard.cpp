#include "app/dataio/busyinputguard.h"

#include <QApplication>
#include <QEvent>

namespace limber {

namespace {

/// Whether events of this type come from the person (and are dropped).
bool isPersonsInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletRelease:
    case QEvent::ContextMenu:
    case QEvent::Close:
        return true;
    default:
        return false;
    }
}

} // namespace

BusyInputGuard::BusyInputGuard()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::instance()->installEventFilter(this);
}

BusyInputGuard::~BusyInputGuard()
{
    QCoreApplication::instance()->removeEventFilter(this);
    QApplication::restoreOverrideCursor();
}

bool BusyInputGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Accepted: the key is the focus widget's, so no shortcut (Ctrl+Q,
        // say) fires; the key press itself is dropped below.
        event->accept();
        return true;
    case QEvent::Shortcut:
        return true;
    default:
        break;
    }
    // Only what the window system delivers: a close() the program calls
    // itself (quitting on a signal, say) still goes through.
    if (event->spontaneous() && isPersonsInput(event->type())) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace limber

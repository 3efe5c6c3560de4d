#include "app/session/dialogpause.h"

#include "app/session/sessiondriver.h"

#include <QCoreApplication>
#include <QDialog>
#include <QEvent>

namespace limber {

namespace {

bool isModal(const QDialog *dialog)
{
    return dialog->isWindow() && (dialog->isModal() || dialog->windowModality() != Qt::NonModal);
}

} // namespace

DialogPause::DialogPause(QObject *parent)
    : QObject(parent)
{ }

DialogPause::~DialogPause()
{
    setDriver(nullptr);
}

void DialogPause::setDriver(SessionDriver *driver)
{
    m_driver = driver;
    m_pausedForDialog = false;
    m_open.clear();
    const bool watch = driver && QCoreApplication::instance();
    if (watch == m_watching)
        return;
    m_watching = watch;
    // An application-wide filter sees every event, so it is only there
    // while a session needs it.
    if (watch)
        QCoreApplication::instance()->installEventFilter(this);
    else if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool DialogPause::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    // Spontaneous show and hide come from the window system (a minimised
    // window), not from a dialog opening or closing.
    if ((type == QEvent::Show || type == QEvent::Hide) && !event->spontaneous()) {
        if (auto *dialog = qobject_cast<QDialog *>(watched)) {
            if (type == QEvent::Show && isModal(dialog))
                opened(dialog);
            else if (type == QEvent::Hide)
                closed(dialog);
        }
    }
    return QObject::eventFilter(watched, event);
}

void DialogPause::opened(QDialog *dialog)
{
    if (m_open.contains(dialog))
        return;
    m_open.insert(dialog);
    connect(dialog, &QObject::destroyed, this, &DialogPause::closed, Qt::UniqueConnection);
    if (m_open.size() != 1 || !m_driver)
        return;
    // Only a running session is paused by us; one the person paused stays theirs.
    if (m_driver->runner().state() == SessionRunner::State::Running) {
        m_driver->pause();
        m_pausedForDialog = m_driver->runner().isPaused();
    }
}

void DialogPause::closed(QObject *dialog)
{
    if (!m_open.remove(dialog))
        return;
    disconnect(dialog, &QObject::destroyed, this, &DialogPause::closed);
    if (!m_open.isEmpty() || !m_pausedForDialog)
        return;
    m_pausedForDialog = false;
    if (m_driver && m_driver->runner().isPaused())
        m_driver->resume();
}

} // namespace limber

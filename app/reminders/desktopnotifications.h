#pragma once

#include "app/reminders/remindernotice.h"

#include <QObject>

namespace limber {

/// A desktop notification that carries a reminder's answers as buttons.
/// Showing is asynchronous: the desktop may turn out to have no notification
/// server, or one without buttons; then unavailable() is emitted and the
/// reminder must travel another way.
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Shows \a notice, replacing the one shown before.
    virtual void show(const ReminderNotice &notice) = 0;
    /// Takes the notification off the desktop, if one is shown.
    virtual void close() = 0;

Q_SIGNALS:
    /// A button was pressed, or the notification was closed by the person.
    void answered(limber::ReminderAnswer answer);
    /// The notification itself (not a button) was clicked.
    void openRequested();
    /// No notification with buttons could be shown for the last show().
    void unavailable();
};

} // namespace limber

#pragma once

#include "app/reminders/desktopnotifications.h"

#include <QStringList>

namespace limber {

/// DesktopNotifications over D-Bus (org.freedesktop.Notifications), as GNOME,
/// KDE Plasma, XFCE and most Linux desktops offer them. Each show() asks the
/// server for its capabilities first, so a server started (or replaced) after
/// Limber is found, and one without buttons is never used.
class FreedesktopNotifications : public DesktopNotifications
{
    Q_OBJECT

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    void show(const ReminderNotice &notice) override;
    void close() override;
    /// True once the server has shown the notification, until it is gone.
    bool isShown() const { return m_shownId != 0; }

private Q_SLOTS:
    // Old-style slots: QDBusConnection::connect() takes nothing else in Qt 6.4.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void notify(const ReminderNotice &notice, const QStringList &capabilities);

    uint m_shownId = 0; ///< the server's id of our notification; 0: none shown
    quint64 m_request = 0; ///< counts show() and close(), so a late reply is ignored
    bool m_listening = false;
};

} // namespace limber

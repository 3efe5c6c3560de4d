#pragma once

#include "app/reminders/remindernotice.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace limber {

/// The arguments of one org.freedesktop.Notifications.Notify call, built
/// without D-Bus so what the desktop is asked to show can be tested anywhere.
struct NotifyCall
{
    QString appName;
    uint replacesId = 0; ///< the notification this one replaces; 0: a new one
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; ///< key, label, key, label, …
    QVariantMap hints;
    int expireTimeout = 0; ///< milliseconds; 0: stays until answered

    /// In the order Notify takes them (susssasa{sv}i).
    QVariantList arguments() const;
};

/// Action keys on the reminder's notification. "default" is the spec's name
/// for a click on the notification itself.
namespace NotifyAction {
inline constexpr QStringView start = u"start";
inline constexpr QStringView snooze = u"snooze";
inline constexpr QStringView skipToday = u"skip-today";
inline constexpr QStringView open = u"default";
} // namespace NotifyAction

/// The reminder as a notification with Start, Snooze and Skip today buttons
/// that stays until answered. \a capabilities are the server's (from
/// GetCapabilities): with "body-markup" the body is escaped, so a routine
/// called "Hips & back" is not read as markup.
NotifyCall reminderNotifyCall(
    const ReminderNotice &notice, const QStringList &capabilities, uint replacesId = 0);

/// True when the server can show buttons (the "actions" capability); without
/// them a notification could not carry the reminder's answers.
bool notificationServerShowsButtons(const QStringList &capabilities);

/// The answer an ActionInvoked key stands for; nullopt for "default" (the
/// notification itself was clicked) and for keys that are not ours.
std::optional<ReminderAnswer> answerForNotifyAction(const QString &actionKey);

/// NotificationClosed's reason 2: the person closed it without a button.
inline constexpr uint notificationDismissedByUser = 2;

} // namespace limber

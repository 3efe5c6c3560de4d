#include "app/reminders/freedesktopnotifications.h"

#include "app/reminders/limbericon.h"
#include "app/reminders/notifycall.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QImage>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;

QDBusMessage methodCall(const QString &method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

/// The spec's "image-data" hint, (iiibiiay): raw RGBA rows. Sent as pixels
/// because an installed icon cannot be counted on (a build run in place).
struct NotificationImage
{
    QImage image;
};

QDBusArgument &operator<<(QDBusArgument &argument, const NotificationImage &image)
{
    const QImage rgba = image.image.convertToFormat(QImage::Format_RGBA8888);
    argument.beginStructure();
    argument << rgba.width() << rgba.height() << static_cast<int>(rgba.bytesPerLine()) << true << 8
             << 4
             << QByteArray(reinterpret_cast<const char *>(rgba.constBits()),
                    static_cast<qsizetype>(rgba.sizeInBytes()));
    argument.endStructure();
    return argument;
}

// Only sent, never read back; QtDBus wants both directions registered.
const QDBusArgument &operator>>(const QDBusArgument &argument, NotificationImage &)
{
    return argument;
}

QVariant iconImage()
{
    static const QMetaType registered = qDBusRegisterMetaType<NotificationImage>();
    Q_UNUSED(registered)
    constexpr int size = 64;
    return QVariant::fromValue(NotificationImage {limberIcon().pixmap(size, size).toImage()});
}

} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : DesktopNotifications(parent)
{ }

void FreedesktopNotifications::show(const ReminderNotice &notice)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT unavailable();
        return;
    }
    if (!m_listening) {
        // Signals are subscribed to only once a reminder is shown, so a
        // Limber that never reminds never hears other programs' notifications.
        bus.connect(service, path, interface, u"ActionInvoked"_s, this,
            SLOT(onActionInvoked(uint, QString)));
        bus.connect(service, path, interface, u"NotificationClosed"_s, this,
            SLOT(onNotificationClosed(uint, uint)));
        m_listening = true;
    }
    const quint64 request = ++m_request;
    auto *watcher
        = new QDBusPendingCallWatcher(bus.asyncCall(methodCall(u"GetCapabilities"_s)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notice, request] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (request != m_request)
            return; // answered or replaced meanwhile
        if (reply.isError() || !notificationServerShowsButtons(reply.value())) {
            Q_EMIT unavailable();
            return;
        }
        notify(notice, reply.value());
    });
}

void FreedesktopNotifications::notify(const ReminderNotice &notice, const QStringList &capabilities)
{
    QDBusMessage call = methodCall(u"Notify"_s);
    NotifyCall arguments = reminderNotifyCall(notice, capabilities, m_shownId);
    arguments.hints.insert(u"image-data"_s, iconImage());
    call.setArguments(arguments.arguments());
    const quint64 request = m_request;
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            if (request == m_request)
                Q_EMIT unavailable();
            return;
        }
        if (request != m_request) {
            // Closed while the server was still showing it: take it down.
            QDBusMessage closing = methodCall(u"CloseNotification"_s);
            closing.setArguments({reply.value()});
            QDBusConnection::sessionBus().call(closing, QDBus::NoBlock);
            return;
        }
        m_shownId = reply.value();
    });
}

void FreedesktopNotifications::close()
{
    ++m_request;
    if (m_shownId == 0)
        return;
    QDBusMessage closing = methodCall(u"CloseNotification"_s);
    closing.setArguments({m_shownId});
    QDBusConnection::sessionBus().call(closing, QDBus::NoBlock);
    m_shownId = 0;
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    if (id == 0 || id != m_shownId)
        return; // another program's notification
    if (actionKey == NotifyAction::open) {
        // The server takes a clicked notification away; the window's notice
        // carries the reminder from here, so that close is no dismissal.
        m_shownId = 0;
        Q_EMIT openRequested();
        return;
    }
    if (const auto answer = answerForNotifyAction(actionKey)) {
        // The server closes it after an action; that close is not a dismissal.
        m_shownId = 0;
        Q_EMIT answered(*answer);
    }
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    if (id == 0 || id != m_shownId)
        return;
    m_shownId = 0;
    // Expired or closed by the server: the notice in the window still stands.
    if (reason == notificationDismissedByUser)
        Q_EMIT answered(ReminderAnswer::Dismissed);
}

} // namespace limber

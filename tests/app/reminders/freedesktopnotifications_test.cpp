// FreedesktopNotifications against a stand-in notification server on a
// private D-Bus daemon that the test starts (tools/dev installs dbus-daemon;
// without it the test fails). The stand-in records what it is asked and answers as a
// desktop would.
#include "app/reminders/freedesktopnotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {

class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationServer(QDBusConnection connection)
        : m_connection(std::move(connection))
    { }

    QStringList capabilities {u"actions"_s, u"body"_s};
    QList<QVariantList> notified;
    QList<uint> closed;

    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage message = QDBusMessage::createSignal(
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, name);
        message.setArguments(arguments);
        m_connection.send(message);
    }

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        notified.append({appName, replacesId, appIcon, summary, body, actions,
            QStringList(hints.keys()), timeout});
        return 41;
    }
    void CloseNotification(uint id) { closed.append(id); }

private:
    QDBusConnection m_connection;
};

namespace {

const ReminderNotice notice {u"chair-break"_s, u"Time for a stretch"_s,
    u"A good moment for the chair version of the Seated Leg Cross — 2 minutes."_s};

class FreedesktopNotificationsTest : public ::testing::Test
{
protected:
    // One daemon for the whole process: Qt reads the session bus address once.
    static void SetUpTestSuite()
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            return;
        bus = new QProcess;
        bus->start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        if (!bus->waitForStarted() || !QTest::qWaitFor([] { return bus->canReadLine(); }, 10000))
            return;
        address = QString::fromUtf8(bus->readLine()).trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    }

    static void TearDownTestSuite()
    {
        if (bus) {
            bus->kill();
            bus->waitForFinished();
        }
        delete bus;
        bus = nullptr;
    }

    void SetUp() override
    {
        // tools/dev installs dbus-daemon: its absence is a broken set-up, not a pass.
        ASSERT_FALSE(address.isEmpty()) << "no private D-Bus daemon (is dbus-daemon installed?)";
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected());
    }

    void TearDown() override
    {
        if (!server)
            return;
        // Released by a call the daemon answers: the next test finds no server.
        QDBusConnection connection(serverConnection);
        EXPECT_TRUE(connection.unregisterService(u"org.freedesktop.Notifications"_s));
        connection.unregisterObject(u"/org/freedesktop/Notifications"_s);
        server.reset();
        QDBusConnection::disconnectFromBus(serverConnection);
    }

    /// Puts the stand-in server on the bus, on a connection of its own.
    FakeNotificationServer &startServer()
    {
        QDBusConnection connection = QDBusConnection::connectToBus(address, serverConnection);
        server = std::make_unique<FakeNotificationServer>(connection);
        EXPECT_TRUE(connection.registerService(u"org.freedesktop.Notifications"_s));
        EXPECT_TRUE(connection.registerObject(
            u"/org/freedesktop/Notifications"_s, server.get(), QDBusConnection::ExportAllSlots));
        return *server;
    }

    /// Shows the notice and waits until the server's id for it is back (41).
    void showAndWait()
    {
        notifications.show(notice);
        ASSERT_TRUE(QTest::qWaitFor([&] { return notifications.isShown(); }, 5000));
    }

    static inline QProcess *bus = nullptr;
    static inline QString address;
    const QString serverConnection = u"server"_s;
    std::unique_ptr<FakeNotificationServer> server;
    FreedesktopNotifications notifications;
    QSignalSpy answers {&notifications, &DesktopNotifications::answered};
    QSignalSpy unavailable {&notifications, &DesktopNotifications::unavailable};
};

TEST_F(FreedesktopNotificationsTest, NoServerMeansUnavailable)
{
    notifications.show(notice);
    EXPECT_TRUE(QTest::qWaitFor([&] { return unavailable.count() == 1; }, 5000));
}

TEST_F(FreedesktopNotificationsTest, ServerWithoutButtonsIsNotUsed)
{
    FakeNotificationServer &fake = startServer();
    fake.capabilities = {u"body"_s, u"body-markup"_s};
    notifications.show(notice);
    EXPECT_TRUE(QTest::qWaitFor([&] { return unavailable.count() == 1; }, 5000));
    EXPECT_TRUE(fake.notified.isEmpty());
}

TEST_F(FreedesktopNotificationsTest, NotifiesWithTheButtonsAndAnIcon)
{
    FakeNotificationServer &fake = startServer();
    showAndWait();
    const QVariantList &call = fake.notified.first();
    EXPECT_EQ(call.at(0).toString(), u"Limber"_s);
    EXPECT_EQ(call.at(3).toString(), notice.title);
    EXPECT_TRUE(call.at(5).toStringList().contains(u"snooze"_s));
    EXPECT_TRUE(call.at(6).toStringList().contains(u"image-data"_s));
    EXPECT_EQ(unavailable.count(), 0);
}

TEST_F(FreedesktopNotificationsTest, ButtonPressedOnTheDesktopIsTheAnswer)
{
    FakeNotificationServer &fake = startServer();
    showAndWait();
    fake.emitSignal(u"ActionInvoked"_s, {41u, u"skip-today"_s});
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers.count() > 0; }, 5000));
    EXPECT_FALSE(notifications.isShown());
    EXPECT_EQ(answers.first().first().value<ReminderAnswer>(), ReminderAnswer::SkipToday);
}

TEST_F(FreedesktopNotificationsTest, OtherProgramsNotificationsAreIgnored)
{
    FakeNotificationServer &fake = startServer();
    showAndWait();
    fake.emitSignal(u"ActionInvoked"_s, {7u, u"start"_s});
    fake.emitSignal(u"NotificationClosed"_s, {7u, 2u});
    // A marker after them: once it has arrived, so have they.
    fake.emitSignal(u"ActionInvoked"_s, {41u, u"snooze"_s});
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers.count() > 0; }, 5000));
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answers.first().first().value<ReminderAnswer>(), ReminderAnswer::Snooze);
}

TEST_F(FreedesktopNotificationsTest, ClosedByThePersonIsDismissedExpiredIsNot)
{
    FakeNotificationServer &fake = startServer();
    showAndWait();
    fake.emitSignal(u"NotificationClosed"_s, {41u, 1u}); // expired
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifications.isShown(); }, 5000));
    EXPECT_EQ(answers.count(), 0);
    showAndWait();
    fake.emitSignal(u"NotificationClosed"_s, {41u, 2u}); // closed by the person
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers.count() > 0; }, 5000));
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answers.first().first().value<ReminderAnswer>(), ReminderAnswer::Dismissed);
}

TEST_F(FreedesktopNotificationsTest, CloseTakesItOffTheDesktop)
{
    FakeNotificationServer &fake = startServer();
    showAndWait();
    notifications.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !fake.closed.isEmpty(); }, 5000));
    EXPECT_EQ(fake.closed.first(), 41u);
    EXPECT_EQ(answers.count(), 0);
}

} // namespace
} // namespace limber

#include "freedesktopnotifications_test.moc"

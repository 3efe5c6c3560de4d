#include "app/reminders/trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

// The offscreen platform has no tray, but the icon and its menu exist all
// the same: what the menu offers and what it asks for is tested here.
class TrayIconTest : public ::testing::Test
{
protected:
    QAction *action(const QString &name) const
    {
        QAction *found = tray.menu()->findChild<QAction *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    void openMenu() { Q_EMIT tray.menu()->aboutToShow(); }

    QWidget window;
    TrayIcon tray {window};
};

TEST_F(TrayIconTest, HasLimbersIcon)
{
    EXPECT_FALSE(tray.icon()->icon().isNull());
    EXPECT_FALSE(tray.icon()->icon().pixmap(22, 22).isNull());
}

TEST_F(TrayIconTest, ShowOrHideFollowsTheWindow)
{
    QSignalSpy shows(&tray, &TrayIcon::showWindowRequested);
    QSignalSpy hides(&tray, &TrayIcon::hideWindowRequested);
    openMenu();
    EXPECT_EQ(action(u"trayShowHide"_s)->text(), u"Show Limber"_s);
    action(u"trayShowHide"_s)->trigger();
    EXPECT_EQ(shows.count(), 1);

    window.show();
    openMenu();
    EXPECT_EQ(action(u"trayShowHide"_s)->text(), u"Hide Limber"_s);
    action(u"trayShowHide"_s)->trigger();
    EXPECT_EQ(hides.count(), 1);
}

TEST_F(TrayIconTest, LeftClickTogglesTheWindow)
{
    QSignalSpy shows(&tray, &TrayIcon::showWindowRequested);
    QSignalSpy hides(&tray, &TrayIcon::hideWindowRequested);
    Q_EMIT tray.icon()->activated(QSystemTrayIcon::Trigger);
    EXPECT_EQ(shows.count(), 1);
    window.show();
    Q_EMIT tray.icon()->activated(QSystemTrayIcon::Trigger);
    EXPECT_EQ(hides.count(), 1);
    // A right click opens the menu; it does not toggle.
    Q_EMIT tray.icon()->activated(QSystemTrayIcon::Context);
    EXPECT_EQ(shows.count() + hides.count(), 2);
}

TEST_F(TrayIconTest, StartNamesTodaysRoutineAsItIsWhenTheMenuOpens)
{
    QString title = u"Chair break"_s;
    tray.setRoutineTitle([&title] { return title; });
    openMenu();
    EXPECT_EQ(action(u"trayStart"_s)->text(), u"Start Chair break"_s);
    title = u"Hips & back"_s;
    openMenu();
    EXPECT_EQ(action(u"trayStart"_s)->text(), u"Start Hips && back"_s);

    QSignalSpy starts(&tray, &TrayIcon::startRequested);
    action(u"trayStart"_s)->trigger();
    EXPECT_EQ(starts.count(), 1);
}

TEST_F(TrayIconTest, SnoozeAndSkipOnlyWhileAReminderWaits)
{
    EXPECT_FALSE(action(u"traySnooze"_s)->isVisible());
    EXPECT_FALSE(action(u"traySkipToday"_s)->isVisible());
    tray.setReminderPending(true);
    EXPECT_TRUE(action(u"traySnooze"_s)->isVisible());
    EXPECT_TRUE(action(u"traySkipToday"_s)->isVisible());

    QSignalSpy snoozes(&tray, &TrayIcon::snoozeRequested);
    QSignalSpy skips(&tray, &TrayIcon::skipTodayRequested);
    action(u"traySnooze"_s)->trigger();
    action(u"traySkipToday"_s)->trigger();
    EXPECT_EQ(snoozes.count(), 1);
    EXPECT_EQ(skips.count(), 1);
}

TEST_F(TrayIconTest, QuitAsksToQuit)
{
    QSignalSpy quits(&tray, &TrayIcon::quitRequested);
    action(u"trayQuit"_s)->trigger();
    EXPECT_EQ(quits.count(), 1);
}

TEST_F(TrayIconTest, StartCanBeTurnedOffDuringASession)
{
    tray.setStartEnabled(false);
    EXPECT_FALSE(action(u"trayStart"_s)->isEnabled());
    tray.setStartEnabled(true);
    EXPECT_TRUE(action(u"trayStart"_s)->isEnabled());
}

} // namespace
} // namespace limber

#include "app/reminders/desktopnotifications.h"
#include "app/reminders/reminderbar.h"
#include "app/reminders/reminderpresenter.h"
#include "app/reminders/trayicon.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

/// Stands in for the desktop's notification server.
class FakeNotifications : public DesktopNotifications
{
public:
    void show(const ReminderNotice &notice) override { shown.append(notice); }
    void close() override { ++closed; }

    QList<ReminderNotice> shown;
    int closed = 0;
};

const ReminderNotice notice {u"chair-break"_s, u"Time for a stretch"_s,
    u"A good moment for the chair version of the Seated Leg Cross — 2 minutes."_s};

class ReminderPresenterTest : public ::testing::Test
{
protected:
    ReminderPresenterTest()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(bar);
        presenter.setBringWindowUp([this] { ++broughtUp; });
        window.show();
    }

    void press(const QString &buttonName)
    {
        bar->findChild<QAbstractButton *>(buttonName)->click();
    }

    QWidget window;
    ReminderBar *bar = new ReminderBar;
    ReminderPresenter presenter {window, *bar};
    QSignalSpy answers {&presenter, &ReminderPresenter::answered};
    int broughtUp = 0;
};

ReminderAnswer answerAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).first().value<ReminderAnswer>();
}

TEST_F(ReminderPresenterTest, OffscreenHasNoTray)
{
    // The tests below are about a desktop without a tray: make sure it is one.
    EXPECT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
}

TEST_F(ReminderPresenterTest, WithoutNotificationServerTheWindowCarriesTheReminder)
{
    presenter.show(notice);
    EXPECT_TRUE(bar->isVisible());
    ASSERT_TRUE(presenter.shown().has_value());
    EXPECT_EQ(*presenter.shown(), notice);
    EXPECT_EQ(broughtUp, 0) << "a reminder must not raise the window by itself";
}

TEST_F(ReminderPresenterTest, ServerWithoutButtonsFallsBackToTheWindow)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    Q_EMIT notifications.unavailable();
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(presenter.shown().has_value());
    EXPECT_EQ(answers.count(), 0);
}

TEST_F(ReminderPresenterTest, AnsweringInTheWindowClearsIt)
{
    presenter.show(notice);
    press(u"reminderSnooze"_s);
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answerAt(answers, 0), ReminderAnswer::Snooze);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_FALSE(presenter.shown().has_value());
}

TEST_F(ReminderPresenterTest, WithAServerTheNotificationAndTheWindowBothShowIt)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    ASSERT_EQ(notifications.shown.size(), 1);
    EXPECT_EQ(notifications.shown.first(), notice);
    EXPECT_TRUE(bar->isVisible());
}

TEST_F(ReminderPresenterTest, AnswerOnTheDesktopClearsTheWindow)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    Q_EMIT notifications.answered(ReminderAnswer::SkipToday);
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answerAt(answers, 0), ReminderAnswer::SkipToday);
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(ReminderPresenterTest, AnswerInTheWindowClosesTheDesktopNotification)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    press(u"reminderSkipToday"_s);
    EXPECT_EQ(notifications.closed, 1);
    ASSERT_EQ(answers.count(), 1);
}

TEST_F(ReminderPresenterTest, OneReminderIsAnsweredOnce)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    press(u"reminderStart"_s);
    // The server's own answer arriving late changes nothing.
    Q_EMIT notifications.answered(ReminderAnswer::Dismissed);
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answerAt(answers, 0), ReminderAnswer::Start);
}

TEST_F(ReminderPresenterTest, StartBringsTheWindowUpFirst)
{
    presenter.show(notice);
    int broughtUpWhenAnswered = -1;
    QObject::connect(&presenter, &ReminderPresenter::answered, &window,
        [&] { broughtUpWhenAnswered = broughtUp; });
    press(u"reminderStart"_s);
    EXPECT_EQ(broughtUpWhenAnswered, 1);
}

TEST_F(ReminderPresenterTest, SnoozeLeavesTheWindowWhereItIs)
{
    presenter.show(notice);
    press(u"reminderSnooze"_s);
    EXPECT_EQ(broughtUp, 0);
}

TEST_F(ReminderPresenterTest, ClickingTheNotificationOpensTheWindowWithTheReminder)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    Q_EMIT notifications.openRequested();
    EXPECT_EQ(broughtUp, 1);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(answers.count(), 0);
}

TEST_F(ReminderPresenterTest, ClearTakesItAwayEverywhereWithoutAnAnswer)
{
    FakeNotifications notifications;
    presenter.setDesktopNotifications(&notifications);
    presenter.show(notice);
    presenter.clear();
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(notifications.closed, 1);
    EXPECT_FALSE(presenter.shown().has_value());
    EXPECT_EQ(answers.count(), 0);
}

TEST_F(ReminderPresenterTest, ANewReminderReplacesTheOneShown)
{
    presenter.show(notice);
    const ReminderNotice later {u"desk"_s, u"Time for a stretch"_s, u"Desk break, 3 minutes."_s};
    presenter.show(later);
    EXPECT_EQ(*presenter.shown(), later);
    press(u"reminderDismiss"_s);
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answerAt(answers, 0), ReminderAnswer::Dismissed);
}

TEST_F(ReminderPresenterTest, TrayMenuOffersAnswersOnlyWhileAReminderWaits)
{
    TrayIcon tray(window);
    presenter.setTrayIcon(&tray);
    QAction *snooze = tray.menu()->findChild<QAction *>(u"traySnooze"_s);
    ASSERT_NE(snooze, nullptr);
    EXPECT_FALSE(snooze->isVisible());
    presenter.show(notice);
    EXPECT_TRUE(snooze->isVisible());
    snooze->trigger();
    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answerAt(answers, 0), ReminderAnswer::Snooze);
    EXPECT_FALSE(snooze->isVisible());
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(ReminderPresenterTest, TrayBalloonClickOpensTheWindow)
{
    TrayIcon tray(window);
    presenter.setTrayIcon(&tray);
    presenter.show(notice);
    Q_EMIT tray.messageClicked();
    EXPECT_EQ(broughtUp, 1);
    EXPECT_TRUE(presenter.shown().has_value());
}

} // namespace
} // namespace limber

#include "app/reminders/reminderbar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

const ReminderNotice notice {u"chair-break"_s, u"Time for a stretch"_s,
    u"A good moment for the chair version of the Seated Leg Cross — 2 minutes."_s};

class ReminderBarTest : public ::testing::Test
{
protected:
    ReminderBarTest()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(bar);
        layout->addWidget(field);
        window.show();
    }

    void expectAnswerFrom(const QString &buttonName, ReminderAnswer expected)
    {
        bar->showNotice(notice);
        QSignalSpy answers(bar, &ReminderBar::answered);
        QAbstractButton *button = bar->findChild<QAbstractButton *>(buttonName);
        ASSERT_NE(button, nullptr) << buttonName.toStdString();
        button->click();
        ASSERT_EQ(answers.count(), 1);
        EXPECT_EQ(answers.first().first().value<ReminderAnswer>(), expected);
        EXPECT_FALSE(bar->isVisible());
    }

    QWidget window;
    ReminderBar *bar = new ReminderBar;
    QLineEdit *field = new QLineEdit;
};

TEST_F(ReminderBarTest, HiddenUntilANoticeIsShown)
{
    EXPECT_FALSE(bar->isVisible());
    bar->showNotice(notice);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->findChild<QLabel *>(u"reminderTitle"_s)->text(), notice.title);
    EXPECT_EQ(bar->findChild<QLabel *>(u"reminderMessage"_s)->text(), notice.message);
}

TEST_F(ReminderBarTest, StartAnswersStart)
{
    expectAnswerFrom(u"reminderStart"_s, ReminderAnswer::Start);
}

TEST_F(ReminderBarTest, SnoozeAnswersSnooze)
{
    expectAnswerFrom(u"reminderSnooze"_s, ReminderAnswer::Snooze);
}

TEST_F(ReminderBarTest, SkipTodayAnswersSkipToday)
{
    expectAnswerFrom(u"reminderSkipToday"_s, ReminderAnswer::SkipToday);
}

TEST_F(ReminderBarTest, CloseButtonDismisses)
{
    expectAnswerFrom(u"reminderDismiss"_s, ReminderAnswer::Dismissed);
}

TEST_F(ReminderBarTest, ButtonsSayWhatTheyDo)
{
    EXPECT_EQ(bar->findChild<QPushButton *>(u"reminderStart"_s)->text(), u"Start"_s);
    EXPECT_EQ(bar->findChild<QPushButton *>(u"reminderSnooze"_s)->text(), u"Snooze 10 min"_s);
    EXPECT_EQ(bar->findChild<QPushButton *>(u"reminderSkipToday"_s)->text(), u"Skip today"_s);
    EXPECT_FALSE(bar->findChild<QToolButton *>(u"reminderDismiss"_s)->accessibleName().isEmpty());
}

TEST_F(ReminderBarTest, ShowingLeavesTheKeyboardWhereItWas)
{
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    ASSERT_TRUE(field->hasFocus());
    bar->showNotice(notice);
    QApplication::processEvents();
    EXPECT_TRUE(field->hasFocus());
}

TEST_F(ReminderBarTest, MessageIsPlainText)
{
    bar->showNotice({u"r"_s, u"<b>Hips</b>"_s, u"a <i>b</i>"_s});
    EXPECT_EQ(bar->findChild<QLabel *>(u"reminderTitle"_s)->textFormat(), Qt::PlainText);
    EXPECT_EQ(bar->findChild<QLabel *>(u"reminderMessage"_s)->textFormat(), Qt::PlainText);
}

} // namespace
} // namespace limber

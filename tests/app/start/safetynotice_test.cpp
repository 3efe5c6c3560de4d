#include "app/settings/settings.h"
#include "app/start/safetynotice.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class SafetyNoticeTest : public ::testing::Test
{
protected:
    static QPushButton *button(QWidget *notice, const QString &name)
    {
        return notice->findChild<QPushButton *>(name);
    }

    QTemporaryDir dir;
    Settings settings {dir.path()};
    QWidget window;
};

TEST_F(SafetyNoticeTest, FirstRunShowsTheNoticeUntilAccepted)
{
    window.show();
    QPointer<SafetyNotice> notice = SafetyNotice::openIfNeeded(settings, &window);
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->isModal());
    EXPECT_EQ(notice->purpose(), SafetyNotice::Purpose::FirstRun);

    QPushButton *accept = button(notice, u"acceptSafetyNotice"_s);
    ASSERT_NE(accept, nullptr);
    accept->click();
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), SafetyNotice::currentVersion);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(notice) << "closes and deletes itself";

    EXPECT_EQ(SafetyNotice::openIfNeeded(settings, &window), nullptr);
}

TEST_F(SafetyNoticeTest, AcceptanceIsRememberedAcrossRestarts)
{
    SafetyNotice *notice = SafetyNotice::openIfNeeded(settings, &window);
    ASSERT_NE(notice, nullptr);
    notice->accept();
    const Settings restarted(dir.path());
    EXPECT_EQ(restarted.acceptedSafetyNoticeVersion(), SafetyNotice::currentVersion);
}

TEST_F(SafetyNoticeTest, DecliningLeavesItToBeShownAgain)
{
    SafetyNotice *notice = SafetyNotice::openIfNeeded(settings, &window);
    ASSERT_NE(notice, nullptr);
    QPushButton *quit = button(notice, u"quitFromSafetyNotice"_s);
    ASSERT_NE(quit, nullptr);
    quit->click();
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), 0);
    EXPECT_NE(SafetyNotice::openIfNeeded(settings, &window), nullptr);
}

TEST_F(SafetyNoticeTest, EscapeDoesNotQuitOnFirstRunButClosesWhenReading)
{
    window.show();
    QPointer<SafetyNotice> firstRun = SafetyNotice::openIfNeeded(settings, &window);
    ASSERT_TRUE(firstRun);
    int rejected = 0;
    QObject::connect(firstRun, &QDialog::rejected, [&rejected] { ++rejected; });
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(firstRun, &escape);
    EXPECT_EQ(rejected, 0);
    EXPECT_TRUE(firstRun->isVisible());
    firstRun->accept();

    QPointer<SafetyNotice> reading = SafetyNotice::openForReading(&window);
    QKeyEvent escapeAgain(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(reading, &escapeAgain);
    EXPECT_FALSE(reading && reading->isVisible());
}

TEST_F(SafetyNoticeTest, AnOlderAcceptedVersionIsAskedAgain)
{
    settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion - 1);
    EXPECT_NE(SafetyNotice::openIfNeeded(settings, &window), nullptr);
}

TEST_F(SafetyNoticeTest, ReadingAgainOnlyOffersClose)
{
    settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    SafetyNotice *notice = SafetyNotice::openForReading(&window);
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->purpose(), SafetyNotice::Purpose::Reading);
    EXPECT_EQ(button(notice, u"acceptSafetyNotice"_s), nullptr);
    EXPECT_EQ(button(notice, u"quitFromSafetyNotice"_s), nullptr);
    ASSERT_NE(button(notice, u"closeSafetyNotice"_s), nullptr);
    button(notice, u"closeSafetyNotice"_s)->click();
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), SafetyNotice::currentVersion);
}

TEST_F(SafetyNoticeTest, SaysWhatMatters)
{
    const QString text = SafetyNotice::noticeText();
    EXPECT_TRUE(text.contains(u"doctor"_s));
    EXPECT_TRUE(text.contains(u"sharp"_s));
    EXPECT_TRUE(text.contains(u"keeps growing"_s));
    EXPECT_TRUE(text.contains(u"not medical advice"_s));
}

} // namespace
} // namespace limber

// A stop is deliberate: Esc leaves full screen first, then asks; the Stop
// button asks too; the session waits while it asks, and Keep going resumes it
// exactly as it was. "It hurts — stop" never asks.
#include "app/session/sessioncontrols.h"
#include "app/session/sessionscreen.h"
#include "app/session/stopconfirmation.h"
#include "tests/app/session/sessionfixture.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class StopConfirmTest : public SessionPageFixture
{
protected:
    QPushButton *button(const QString &name) const { return page->findChild<QPushButton *>(name); }
    StopConfirmation &question() const { return *page->screen()->stopConfirmation(); }
};

TEST_F(StopConfirmTest, EscapeAsksAndTheSessionWaitsUntilKeepGoing)
{
    begin();
    QSignalSpy finished(page.get(), &SessionPage::sessionFinished);
    runFor(5s);
    const auto before = runner().activeElapsed();
    const int phase = runner().currentPhase().index;

    press(Qt::Key_Escape);
    EXPECT_TRUE(page->isAskingToStop());
    EXPECT_TRUE(question().isVisible());
    EXPECT_EQ(question().questionText(), u"Stop the session? Holds done so far are kept."_s);
    EXPECT_TRUE(runner().isPaused()) << "the session waits for the answer";
    EXPECT_EQ(QApplication::focusWidget(), question().keepGoingButton())
        << "a stray Enter keeps going";
    runFor(30s);
    EXPECT_EQ(runner().activeElapsed(), before) << "no session time passes while it asks";

    // Nothing else may move the session behind the question, and the
    // habit of Right (skip) then Space (pause) must not land on Stop.
    press(Qt::Key_Right);
    press(Qt::Key_Left);
    EXPECT_EQ(QApplication::focusWidget(), question().keepGoingButton());
    EXPECT_EQ(runner().currentPhase().index, phase);
    EXPECT_TRUE(page->isAskingToStop());

    press(Qt::Key_Escape); // Esc again: keep going
    EXPECT_FALSE(page->isAskingToStop());
    EXPECT_FALSE(question().isVisible());
    EXPECT_FALSE(runner().isPaused());
    EXPECT_EQ(runner().activeElapsed(), before);
    EXPECT_EQ(runner().currentPhase().index, phase);
    EXPECT_TRUE(finished.isEmpty()) << "nothing was stopped or recorded as stopped";
    runFor(1s);
    EXPECT_EQ(runner().activeElapsed(), before + 1s);
}

TEST_F(StopConfirmTest, StopButtonAsksAndStopEndsTheSession)
{
    begin();
    QSignalSpy finished(page.get(), &SessionPage::sessionFinished);
    runFor(3s);
    button(u"stopButton"_s)->click();
    ASSERT_TRUE(page->isAskingToStop());
    EXPECT_TRUE(finished.isEmpty());
    question().stopButton()->click();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).value<SessionSummary>().stopReason, StopReason::User);
    EXPECT_TRUE(page->isShowingSummary());
    EXPECT_FALSE(page->isAskingToStop());
}

TEST_F(StopConfirmTest, KeepGoingLeavesThePersonsOwnPauseAPause)
{
    begin();
    runFor(4s);
    press(Qt::Key_Space);
    ASSERT_TRUE(runner().isPaused());
    press(Qt::Key_Escape);
    ASSERT_TRUE(page->isAskingToStop());
    question().keepGoingButton()->click();
    EXPECT_FALSE(page->isAskingToStop());
    EXPECT_TRUE(runner().isPaused()) << "the pause was the person's, not the question's";
    EXPECT_TRUE(button(u"pauseButton"_s)->isEnabled());
}

TEST_F(StopConfirmTest, ItHurtsStopsAtOnceEvenWhileAsking)
{
    begin();
    QSignalSpy finished(page.get(), &SessionPage::sessionFinished);
    runFor(2s);
    press(Qt::Key_Escape);
    ASSERT_TRUE(page->isAskingToStop());
    EXPECT_TRUE(button(u"painStopButton"_s)->isEnabled());
    press(Qt::Key_H);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).value<SessionSummary>().stopReason, StopReason::Pain);
    EXPECT_FALSE(question().isVisible());

    // And without a question: one press ends it.
    begin();
    QSignalSpy again(page.get(), &SessionPage::sessionFinished);
    press(Qt::Key_H);
    EXPECT_EQ(again.size(), 1);
    EXPECT_FALSE(page->isAskingToStop());
}

TEST_F(StopConfirmTest, EscapeLeavesFullScreenFirstAndDoesNothingElse)
{
    begin();
    page->showFullScreen();
    ASSERT_TRUE(page->isFullScreen());
    runFor(2s);
    press(Qt::Key_Escape);
    EXPECT_FALSE(page->isFullScreen());
    EXPECT_FALSE(page->isAskingToStop());
    EXPECT_FALSE(runner().isPaused());
    press(Qt::Key_Escape);
    EXPECT_TRUE(page->isAskingToStop()) << "out of full screen, Esc asks to stop";
}

} // namespace
} // namespace limber::test

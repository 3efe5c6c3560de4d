// The "pain right now" question on the session's first screen: shown when
// asked, answered with one key wherever the focus is, never in the way of
// Space (pause), and gone by itself when the first hold begins.
#include "app/selfreport/choicebutton.h"
#include "app/selfreport/choicescale.h"
#include "app/session/breathpacer.h"
#include "app/session/sessioncontrols.h"
#include "app/session/sessionscreen.h"
#include "tests/app/session/sessionfixture.h"

#include <QAbstractButton>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class PainBeforeTest : public SessionPageFixture
{
protected:
    void SetUp() override
    {
        SessionPageFixture::SetUp();
        question = page->painBeforeQuestion();
        QObject::connect(question, &ChoiceScale::valueChanged,
            [this](std::optional<int> level) { answers.append(level); });
        QObject::connect(
            page.get(), &SessionPage::painBeforeGiven, [this](int level) { given.append(level); });
    }

    bool shown() const { return question->isVisible(); }
    QPushButton *button(const QString &name) const { return page->findChild<QPushButton *>(name); }

    ChoiceScale *question = nullptr;
    QList<std::optional<int>> answers;
    QList<int> given; ///< what the page said was answered
};

TEST_F(PainBeforeTest, NotAskedItStaysHidden)
{
    begin();
    EXPECT_FALSE(shown());
    press(Qt::Key_4);
    EXPECT_TRUE(answers.isEmpty()) << "a digit does nothing while nothing is asked";
}

TEST_F(PainBeforeTest, AskedItShowsOnTheFirstScreenAndADigitAnswersWhereverTheFocusIs)
{
    begin();
    page->askPainBefore();
    EXPECT_TRUE(shown());
    EXPECT_TRUE(page->isAskingPainBefore());
    EXPECT_FALSE(page->screen()->breathPacer()->isVisible());
    ASSERT_EQ(QApplication::focusWidget(), button(u"pauseButton"_s))
        << "the session keeps the keys";

    press(Qt::Key_4);
    EXPECT_EQ(question->value(), 4);
    EXPECT_EQ(answers, (QList<std::optional<int>> {4}));
    // Another key corrects it while it shows; T is 10, and its button says so.
    press(Qt::Key_T);
    EXPECT_EQ(question->value(), 10);
    QAbstractButton *ten = nullptr;
    for (auto *candidate : question->findChildren<QAbstractButton *>())
        if (candidate->isChecked())
            ten = candidate;
    ASSERT_NE(ten, nullptr);
    EXPECT_EQ(ten->text(), u"10"_s);
    EXPECT_EQ(static_cast<ChoiceButton *>(ten)->keyHint(), u"T"_s) << "shown under the 10";
    EXPECT_TRUE(shown()) << "it stays, showing the answer, until the first hold";
    EXPECT_EQ(QApplication::focusWidget(), button(u"pauseButton"_s));
    EXPECT_EQ(given, (QList<int> {4, 10})) << "each answer is said, for the history";
}

TEST_F(PainBeforeTest, SpaceStillPausesAndTheClockKeepsRunningWhileItShows)
{
    begin();
    page->askPainBefore();
    runFor(4s);
    EXPECT_EQ(runner().activeElapsed(), 4s) << "the question never holds the session up";
    press(Qt::Key_Space);
    EXPECT_TRUE(runner().isPaused());
    EXPECT_TRUE(shown());
    EXPECT_TRUE(answers.isEmpty());
    press(Qt::Key_Space);
    EXPECT_FALSE(runner().isPaused());
}

TEST_F(PainBeforeTest, ItGoesByItselfWhenTheFirstHoldBeginsAndTheKeysGoWithIt)
{
    begin();
    page->askPainBefore();
    const int firstHold = firstPhaseOf(Phase::Kind::Hold);
    ASSERT_GT(firstHold, 1);
    runToPhase(1);
    EXPECT_TRUE(shown()) << "through every set-up step";
    runToPhase(firstHold);
    EXPECT_FALSE(shown());
    EXPECT_FALSE(page->isAskingPainBefore());
    EXPECT_TRUE(page->screen()->breathPacer()->isVisible()) << "the pacer has its place back";
    press(Qt::Key_7);
    EXPECT_TRUE(answers.isEmpty()) << "unanswered, and a digit now does nothing";

    // Back to a set-up step: it was asked once, it does not come back.
    press(Qt::Key_Left);
    press(Qt::Key_Left);
    ASSERT_LT(runner().currentPhase().index, firstHold);
    EXPECT_FALSE(shown());
}

TEST_F(PainBeforeTest, SkippingTheSetUpLeavesItAtTheFirstHoldToo)
{
    begin();
    page->askPainBefore();
    const int firstHold = firstPhaseOf(Phase::Kind::Hold);
    for (int i = 0; i < firstHold; ++i)
        press(Qt::Key_Right);
    ASSERT_EQ(runner().currentPhase().index, firstHold);
    EXPECT_FALSE(shown());
    EXPECT_EQ(QApplication::focusWidget(), button(u"pauseButton"_s));
}

TEST_F(PainBeforeTest, ClickedAnswersGiveTheKeyboardBackWhenItGoes)
{
    begin();
    page->askPainBefore();
    QAbstractButton *three = nullptr;
    for (auto *candidate : question->findChildren<QAbstractButton *>())
        if (candidate->text() == u"3"_s)
            three = candidate;
    ASSERT_NE(three, nullptr);
    three->setFocus(Qt::MouseFocusReason);
    three->click();
    EXPECT_EQ(question->value(), 3);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    EXPECT_FALSE(shown());
    EXPECT_EQ(QApplication::focusWidget(), button(u"pauseButton"_s));
    press(Qt::Key_Space);
    EXPECT_TRUE(runner().isPaused());
}

TEST_F(PainBeforeTest, ASessionThatOpensWithAHoldAsksThroughThatHold)
{
    Routine routine = *library.routine(library.defaultRoutineId());
    for (RoutineItem &item : routine.items) {
        item.includeSetup = false;
        item.getReadySeconds = 0;
    }
    auto built = Timeline::build(
        routine, [this](const QString &id) { return library.exercise(id); }, options);
    ASSERT_TRUE(built.ok());
    page->begin(std::move(built).value());
    QCoreApplication::sendPostedEvents();
    ASSERT_TRUE(runner().currentPhase().isHold());
    page->askPainBefore();
    EXPECT_TRUE(shown());
    EXPECT_FALSE(page->screen()->breathPacer()->isVisible()) << "the question has the place";
    press(Qt::Key_2);
    EXPECT_EQ(question->value(), 2);
    runToPhase(1);
    EXPECT_FALSE(shown());
}

TEST_F(PainBeforeTest, ANewSessionStartsWithoutIt)
{
    begin();
    page->askPainBefore();
    EXPECT_TRUE(shown());
    press(Qt::Key_3);
    begin();
    EXPECT_FALSE(shown());
    EXPECT_FALSE(page->isAskingPainBefore());
    EXPECT_FALSE(question->value()) << "the last session's answer is not this one's";
}

TEST_F(PainBeforeTest, AStoppedSessionTakesItAway)
{
    begin();
    page->askPainBefore();
    stopSession();
    EXPECT_TRUE(page->isShowingSummary());
    EXPECT_FALSE(page->isAskingPainBefore());
    EXPECT_TRUE(question->isHidden());
}

} // namespace
} // namespace limber::test

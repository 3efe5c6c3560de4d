// A whole default session on the session page, driven by a ManualClock:
// what the person sees (labels, the figure, enabled buttons, focus) and
// the cues handed to the sink, in order.
#include "app/figure/figureview.h"
#include "app/selfreport/selfreportpanel.h"
#include "app/session/breathpacer.h"
#include "app/session/sessioncontrols.h"
#include "app/session/sessionscreen.h"
#include "app/session/sessionsummaryview.h"
#include "app/session/sidebadge.h"
#include "app/session/timerring.h"
#include "tests/app/session/sessionfixture.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class SessionPageTest : public SessionPageFixture
{
protected:
    SessionScreen &screen() const { return *page->screen(); }
    QString sideLine() const { return screen().sideBadge()->text(); }
    QString timeShown() const { return screen().timerRing()->text(); }
    bool mirrored() const { return screen().figureView()->isMirrored(); }
    QPushButton *button(const QString &name) const { return page->findChild<QPushButton *>(name); }
};

TEST_F(SessionPageTest, OpensOnTheFirstStepWithThePauseButtonFocused)
{
    begin();
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · step 1 of 3"_s);
    EXPECT_EQ(screen().instructionText(),
        u"Sit on the floor with your legs crossed and your back upright."_s);
    EXPECT_EQ(sideLine(), QString());
    EXPECT_EQ(timeShown(), u"0:10"_s);
    EXPECT_EQ(screen().nextText(), u"Next: lean forward"_s) << "what comes, not its number";
    EXPECT_EQ(QApplication::focusWidget(), button(u"pauseButton"_s));
    EXPECT_EQ(button(u"pauseButton"_s)->text(), u"Pause"_s);
    EXPECT_TRUE(button(u"skipButton"_s)->isEnabled());
    EXPECT_TRUE(button(u"painStopButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"extendButton"_s)->isEnabled()) << "+15 s is for holds only";
    EXPECT_FALSE(screen().breathPacer()->isVisible()) << "no pacer while setting up";
    ASSERT_GE(sink.count(), 2);
    EXPECT_EQ(sink.cues().at(0).kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(sink.cues().at(1).kind, Cue::Kind::StepText);
}

TEST_F(SessionPageTest, AWholeSessionShowsEveryPhaseInOrderAndSaysEveryCueOnce)
{
    begin();
    struct Seen
    {
        Phase::Kind kind;
        QString sideLine;
        bool mirrored;
    };
    QList<Seen> seen;
    for (int index = 0; index < timeline().phaseCount(); ++index) {
        runToPhase(index);
        seen.append({runner().currentPhase().kind, sideLine(), mirrored()});
    }

    const QList<Seen> expected = {
        {Phase::Kind::Prepare, u""_s, false},
        {Phase::Kind::Prepare, u""_s, false},
        {Phase::Kind::Prepare, u""_s, false},
        {Phase::Kind::Hold, u"Left leg on top · hold 1 of 2"_s, false},
        {Phase::Kind::Switch, u"Right leg on top · hold 1 of 2"_s, true},
        {Phase::Kind::Hold, u"Right leg on top · hold 1 of 2"_s, true},
        {Phase::Kind::Switch, u"Left leg on top · hold 2 of 2"_s, false},
        {Phase::Kind::Hold, u"Left leg on top · hold 2 of 2"_s, false},
        {Phase::Kind::Switch, u"Right leg on top · hold 2 of 2"_s, true},
        {Phase::Kind::Hold, u"Right leg on top · hold 2 of 2"_s, true},
        {Phase::Kind::Done, u""_s, true},
    };
    ASSERT_EQ(seen.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(seen.at(i).kind, expected.at(i).kind);
        EXPECT_EQ(seen.at(i).sideLine, expected.at(i).sideLine);
        EXPECT_EQ(seen.at(i).mirrored, expected.at(i).mirrored);
    }
    // Polled exactly when the timer would fire: every cue once, in time order, on time.
    EXPECT_EQ(sink.cues(), timeline().cues());
    EXPECT_EQ(sink.cues().constLast().kind, Cue::Kind::Done);
    EXPECT_TRUE(page->isShowingSummary());
}

TEST_F(SessionPageTest, TheStepThatMovesAnimatesAsSlowlyAsTheContentSays)
{
    begin();
    runToPhase(1);
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · step 2 of 3"_s);
    EXPECT_TRUE(screen().instructionText().startsWith(u"Lean forward slowly."_s));
    FigureView &figure = *screen().figureView();
    EXPECT_TRUE(screen().figure().isMoving());
    EXPECT_EQ(figure.transitionDurationMs(), 6000);
    EXPECT_EQ(figure.shownPose(), *library.pose(u"cross-legged-upright"_s));
    EXPECT_EQ(page->displayTick(), SessionPage::movementTick);

    // The movement follows the session's clock: halfway after 3 of its 6 s.
    runFor(3s);
    EXPECT_DOUBLE_EQ(figure.transitionProgress(), 0.5);
    press(Qt::Key_Space);
    runFor(10s);
    EXPECT_DOUBLE_EQ(figure.transitionProgress(), 0.5) << "it stands still while paused";
    press(Qt::Key_Space);
    runFor(3s);
    EXPECT_DOUBLE_EQ(figure.transitionProgress(), 1.0);
    EXPECT_EQ(figure.shownPose(), *library.pose(u"cross-legged-lean-half"_s));
    EXPECT_FALSE(screen().figure().isMoving());
    EXPECT_EQ(page->displayTick(), SessionPage::calmTick) << "nothing moves but the ring";
}

TEST_F(SessionPageTest, TheNextHoldMovesIntoTheStretchFromTheStartingPosition)
{
    begin();
    runToPhase(firstPhaseOf(Phase::Kind::Switch));
    runFor(5s);
    EXPECT_EQ(screen().figureView()->shownPose(), *library.pose(u"cross-legged-upright"_s))
        << "sitting up to switch legs";
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Right));
    EXPECT_TRUE(screen().figure().isMoving());
    EXPECT_EQ(screen().figureView()->transitionDurationMs(), 6000) << "as slowly as step 2";
    runFor(6s);
    EXPECT_EQ(screen().figureView()->shownPose(), *library.pose(u"cross-legged-lean-half"_s));
    EXPECT_TRUE(mirrored());
}

TEST_F(SessionPageTest, HoldsShowTheSideTheTimeAndTheBreathPacer)
{
    begin();
    const int hold = firstPhaseOf(Phase::Kind::Hold);
    runToPhase(hold);
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · hold"_s);
    EXPECT_EQ(sideLine(), u"Left leg on top · hold 1 of 2"_s);
    EXPECT_FALSE(screen().sideBadge()->isUpcoming());
    EXPECT_EQ(timeShown(), u"1:00"_s);
    EXPECT_EQ(screen().nextText(), u"Next: switch sides"_s);
    EXPECT_TRUE(button(u"extendButton"_s)->isEnabled());
    EXPECT_TRUE(screen().breathPacer()->isVisible());
    EXPECT_EQ(page->displayTick(), SessionPage::holdTick);

    runFor(1s);
    EXPECT_EQ(timeShown(), u"0:59"_s);
    EXPECT_EQ(screen().breathPacer()->caption(), u"Breathe in"_s);
    runFor(4s);
    EXPECT_EQ(screen().breathPacer()->caption(), u"Breathe out"_s);
    EXPECT_EQ(sink.cuesOfKind(Cue::Kind::BreatheOut).size(), 1);

    // The first form reminder, 20 s into the hold, stays on the cue line.
    runFor(16s);
    EXPECT_EQ(screen().cueText(), u"Bend at the hips, not at the lower back."_s);
    EXPECT_EQ(sink.cuesOfKind(Cue::Kind::Reminder).constFirst().text, screen().cueText());
}

TEST_F(SessionPageTest, TheSwitchNamesTheComingSideAndMirrorsTheFigure)
{
    begin();
    runToPhase(firstPhaseOf(Phase::Kind::Switch));
    EXPECT_EQ(screen().instructionText(), u"Switch sides: now right leg on top."_s);
    EXPECT_EQ(sideLine(), u"Right leg on top · hold 1 of 2"_s);
    EXPECT_TRUE(screen().sideBadge()->isUpcoming());
    EXPECT_TRUE(mirrored());
    EXPECT_EQ(screen().nextText(), u"Next: hold 1 of 2, right leg on top (1:00)"_s);
    EXPECT_FALSE(screen().breathPacer()->isVisible());
    EXPECT_EQ(
        sink.cuesOfKind(Cue::Kind::SwitchSides).constFirst().text, u"Switch: right leg on top"_s);
    // The figure sits up (1.5 s), then only the ring moves.
    EXPECT_EQ(page->displayTick(), SessionPage::movementTick);
    runFor(2s);
    EXPECT_EQ(page->displayTick(), SessionPage::calmTick);
}

TEST_F(SessionPageTest, PauseHoldsTheTimeStillAndResumeGoesOn)
{
    begin();
    runToPhase(firstPhaseOf(Phase::Kind::Hold));
    runFor(10s);
    EXPECT_EQ(timeShown(), u"0:50"_s);

    press(Qt::Key_Space);
    EXPECT_TRUE(runner().isPaused());
    EXPECT_EQ(button(u"pauseButton"_s)->text(), u"Resume"_s);
    EXPECT_EQ(screen().timerRing()->caption(), u"paused"_s);
    EXPECT_FALSE(driver().armedWait().has_value()) << "nothing to wait for while paused";
    EXPECT_FALSE(page->displayTick().has_value()) << "nothing moves while paused";
    const qsizetype cuesBefore = sink.count();

    runFor(45s);
    EXPECT_EQ(timeShown(), u"0:50"_s);
    EXPECT_EQ(sink.count(), cuesBefore) << "no cues while paused";

    press(Qt::Key_Space);
    EXPECT_FALSE(runner().isPaused());
    EXPECT_EQ(button(u"pauseButton"_s)->text(), u"Pause"_s);
    EXPECT_EQ(screen().timerRing()->caption(), u"remaining"_s);
    runFor(1s);
    EXPECT_EQ(timeShown(), u"0:49"_s);
}

TEST_F(SessionPageTest, RightAndNSkipToTheNextStep)
{
    begin();
    press(Qt::Key_Right);
    EXPECT_EQ(runner().currentPhase().index, 1);
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · step 2 of 3"_s);
    press(Qt::Key_N);
    EXPECT_EQ(runner().currentPhase().index, 2);
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · step 3 of 3"_s);
    EXPECT_EQ(QApplication::focusWidget(), button(u"pauseButton"_s)) << "the focus stays put";
}

TEST_F(SessionPageTest, LeftGoesBackToTheStartOfTheStepThenToTheOneBefore)
{
    begin();
    runToPhase(1);
    const auto length
        = std::chrono::duration_cast<std::chrono::seconds>(runner().timeline().phase(1).duration);
    const auto shown = [](std::chrono::seconds left) {
        return QStringLiteral("0:%1").arg(left.count(), 2, 10, QLatin1Char('0'));
    };
    runFor(5s);
    EXPECT_EQ(timeShown(), shown(length - 5s));
    press(Qt::Key_Left);
    EXPECT_EQ(runner().currentPhase().index, 1);
    EXPECT_EQ(timeShown(), shown(length));
    press(Qt::Key_Left);
    EXPECT_EQ(runner().currentPhase().index, 0) << "within 3 s of a start: the step before";
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · step 1 of 3"_s);
}

TEST_F(SessionPageTest, WordsAboutAMomentOfTheHoldGoWhenItHasPassed)
{
    begin();
    const int hold = firstPhaseOf(Phase::Kind::Hold);
    runToPhase(hold);
    const auto length = timeline().phase(hold).duration;
    runFor(length - 10s);
    EXPECT_EQ(screen().cueText(), u"Ten seconds remaining"_s);
    runFor(9s);
    EXPECT_EQ(timeShown(), u"0:01"_s);
    EXPECT_NE(screen().cueText(), u"Ten seconds remaining"_s) << "its moment has passed";
}

TEST_F(SessionPageTest, HalfwayGoesWhenTheHoldIsExtended)
{
    begin();
    const int hold = firstPhaseOf(Phase::Kind::Hold);
    runToPhase(hold);
    runFor(timeline().phase(hold).duration / 2 + 1s);
    ASSERT_EQ(screen().cueText(), u"Halfway"_s);
    press(Qt::Key_Plus);
    EXPECT_NE(screen().cueText(), u"Halfway"_s) << "the hold is longer now: not halfway";
}

TEST_F(SessionPageTest, PlusAndEqualsAddFifteenSecondsToAHold)
{
    begin();
    press(Qt::Key_Plus);
    EXPECT_EQ(timeShown(), u"0:10"_s) << "no extra time outside a hold";

    runToPhase(firstPhaseOf(Phase::Kind::Hold));
    runFor(20s);
    EXPECT_EQ(timeShown(), u"0:40"_s);
    EXPECT_EQ(button(u"extendButton"_s)->text(), u"+15 s"_s);
    press(Qt::Key_Plus);
    EXPECT_EQ(timeShown(), u"0:55"_s);
    press(Qt::Key_Equal);
    EXPECT_EQ(timeShown(), u"1:10"_s);
    button(u"extendButton"_s)->click();
    page->refreshDisplay();
    EXPECT_EQ(timeShown(), u"1:25"_s);
}

TEST_F(SessionPageTest, EscapeStopsAndTheEndScreenSaysWhatWasDone)
{
    begin();
    QSignalSpy finished(page.get(), &SessionPage::sessionFinished);
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Right));
    runFor(20s);
    stopSession();

    ASSERT_EQ(finished.size(), 1);
    const auto summary = finished.at(0).at(0).value<SessionSummary>();
    EXPECT_EQ(summary.stopReason, StopReason::User);
    EXPECT_EQ(summary.completedLeftHolds, 1);
    EXPECT_EQ(summary.cutShortHolds, 1);

    ASSERT_TRUE(page->isShowingSummary());
    SessionSummaryView &view = *page->summaryView();
    EXPECT_EQ(view.headingText(), u"Session stopped"_s);
    EXPECT_EQ(view.holdLines(), QStringList({u"Left leg on top: 1 hold"_s, u"1 hold cut short"_s}));
    EXPECT_EQ(view.totalText(), u"Time holding: 1:20"_s);
    EXPECT_EQ(QApplication::focusWidget(), view.doneButton());

    // The session keys are off on the end screen.
    press(Qt::Key_Space);
    EXPECT_TRUE(page->isShowingSummary());
    EXPECT_FALSE(button(u"pauseButton"_s)->isEnabled());
}

TEST_F(SessionPageTest, ItHurtsStopsAndRecordsPainAsTheReason)
{
    begin();
    QSignalSpy finished(page.get(), &SessionPage::sessionFinished);
    QSignalSpy holds(&runner(), &SessionRunner::holdFinished);
    runToPhase(firstPhaseOf(Phase::Kind::Hold));
    runFor(30s);
    button(u"painStopButton"_s)->click();

    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).value<SessionSummary>().stopReason, StopReason::Pain);
    EXPECT_EQ(runner().state(), SessionRunner::State::Finished);
    ASSERT_EQ(holds.size(), 1);
    EXPECT_FALSE(holds.at(0).at(0).value<HoldRecord>().completed);
    EXPECT_EQ(holds.at(0).at(0).value<HoldRecord>().held, 30s);
    EXPECT_EQ(page->summaryView()->headingText(), u"Stopped because it hurt"_s);
    EXPECT_TRUE(page->summaryView()->reasonText().contains(u"ask your doctor"_s));
    EXPECT_EQ(page->summaryView()->totalText(), u"Time holding: 0:30"_s);
}

TEST_F(SessionPageTest, TheHKeyIsTheKeyForItHurts)
{
    begin();
    QSignalSpy finished(page.get(), &SessionPage::sessionFinished);
    press(Qt::Key_H);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).value<SessionSummary>().stopReason, StopReason::Pain);
}

TEST_F(SessionPageTest, AFinishedSessionCountsEverySideAndTheDoneButtonLeaves)
{
    begin();
    runFor(timeline().totalDuration());
    SessionSummaryView &view = *page->summaryView();
    EXPECT_EQ(view.headingText(), u"Well done"_s);
    EXPECT_EQ(view.reasonText(), u"You finished the whole routine."_s);
    EXPECT_EQ(view.holdLines(),
        QStringList({u"Left leg on top: 2 holds"_s, u"Right leg on top: 2 holds"_s}));
    EXPECT_EQ(view.totalText(), u"Time holding: 4:00"_s);
    EXPECT_TRUE(view.selfReports()->isHidden()) << "no history here to keep the answers";
    EXPECT_FALSE(page->displayTick().has_value());

    QSignalSpy done(page.get(), &SessionPage::doneRequested);
    press(Qt::Key_Return);
    EXPECT_EQ(done.size(), 1);
}

TEST_F(SessionPageTest, ThePacerCanBeSwitchedOff)
{
    page->setBreathPacerEnabled(false);
    begin();
    runToPhase(firstPhaseOf(Phase::Kind::Hold));
    EXPECT_FALSE(screen().breathPacer()->isVisible());
    EXPECT_EQ(page->displayTick(), SessionPage::calmTick) << "only the ring moves";
    page->setBreathPacerEnabled(true);
    EXPECT_TRUE(screen().breathPacer()->isVisible());
    EXPECT_EQ(page->displayTick(), SessionPage::holdTick);
}

TEST_F(SessionPageTest, EveryControlHasANameAndTheKeysItAnswersTo)
{
    begin();
    for (const QString &name : {u"pauseButton"_s, u"backButton"_s, u"skipButton"_s,
             u"extendButton"_s, u"stopButton"_s, u"painStopButton"_s}) {
        SCOPED_TRACE(name.toStdString());
        QPushButton *control = button(name);
        ASSERT_NE(control, nullptr);
        EXPECT_FALSE(control->accessibleName().isEmpty());
        EXPECT_TRUE(control->toolTip().contains(u'('));
        EXPECT_EQ(control->focusPolicy(), Qt::StrongFocus);
    }
    EXPECT_EQ(button(u"painStopButton"_s)->accessibleName(), u"It hurts: stop the session"_s);
    EXPECT_FALSE(screen().timerRing()->accessibleName().isEmpty());
    EXPECT_FALSE(screen().breathPacer()->accessibleName().isEmpty());
    EXPECT_FALSE(screen().figureView()->accessibleDescription().isEmpty());
}

} // namespace
} // namespace limber::test

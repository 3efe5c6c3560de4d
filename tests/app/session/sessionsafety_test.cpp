// Pacing and safety on the session page: the get-ready phase, cautions while
// their step runs, the finish words (also after "It hurts — stop"), the pause
// while a modal dialog covers the session, and help on the exercise.
#include "app/figure/figureview.h"
#include "app/session/dialogpause.h"
#include "app/session/sessioncontrols.h"
#include "app/session/sessionscreen.h"
#include "app/session/sessionsummaryview.h"
#include "app/session/sidebadge.h"
#include "app/session/timerring.h"
#include "tests/app/session/sessionfixture.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class SessionSafetyTest : public SessionPageFixture
{
protected:
    SessionScreen &screen() const { return *page->screen(); }
    QPushButton *button(const QString &name) const { return page->findChild<QPushButton *>(name); }

    /// The bundled Seated Leg Cross with get-ready words and pose, a caution
    /// on its second step and finish words, as the content will give them.
    Exercise carefulExercise() const
    {
        Exercise exercise = *library.exercise(u"seated-leg-cross"_s);
        exercise.getReady = LocalizedText(u"Sit on a mat and cross your legs."_s);
        exercise.getReadyPose = exercise.steps.first().pose;
        exercise.getReadyCameraYawDegrees = 20.0;
        exercise.steps[1].cautions = {LocalizedText(u"Bend only at the hips."_s)};
        exercise.finish = LocalizedText(u"Sit up slowly and uncross your legs."_s);
        return exercise;
    }

    /// The default routine with the careful exercise and \a getReadySeconds.
    Timeline carefulTimeline(int getReadySeconds = 15, bool includeSetup = true) const
    {
        Routine routine = *library.routine(library.defaultRoutineId());
        for (RoutineItem &item : routine.items) {
            item.getReadySeconds = getReadySeconds;
            item.includeSetup = includeSetup;
        }
        const Exercise careful = carefulExercise();
        auto built = Timeline::build(
            routine,
            [&](const QString &id) { return id == careful.id ? &careful : library.exercise(id); },
            options);
        EXPECT_TRUE(built.ok());
        return std::move(built).value();
    }

    QList<Cue> cuesOf(Cue::Kind kind) const
    {
        QList<Cue> result;
        for (const Cue &cue : sink.cues())
            if (cue.kind == kind)
                result.append(cue);
        return result;
    }
};

// --- Get ready ------------------------------------------------------------

TEST_F(SessionSafetyTest, GetReadyHasItsOwnHeadingCountdownAndNext)
{
    begin(carefulTimeline());
    ASSERT_EQ(runner().currentPhase().kind, Phase::Kind::GetReady);
    EXPECT_EQ(screen().headlineText(), u"Seated Leg Cross · get ready"_s);
    EXPECT_EQ(screen().sideBadge()->text(), u"Get ready · left leg on top first"_s);
    EXPECT_TRUE(screen().sideBadge()->isUpcoming());
    EXPECT_EQ(screen().instructionText(), u"Sit on a mat and cross your legs."_s);
    EXPECT_EQ(screen().timerRing()->text(), u"0:15"_s);
    EXPECT_EQ(screen().nextText(), u"Next: sit cross-legged"_s);
    EXPECT_EQ(screen().figureView()->camera().yawDegrees, 20.0);
    EXPECT_FALSE(button(u"extendButton"_s)->isEnabled());

    // Said: the title and the words, with a short form for a short phase.
    ASSERT_FALSE(sink.cues().isEmpty());
    const Cue &said = sink.cues().first();
    EXPECT_EQ(said.kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(said.text, u"Get ready: Seated Leg Cross. Sit on a mat and cross your legs."_s);
    EXPECT_EQ(said.shortText, u"Get ready: Seated Leg Cross"_s);

    runFor(5s);
    EXPECT_EQ(screen().timerRing()->text(), u"0:10"_s) << "the countdown follows the clock";
    runToPhase(1);
    EXPECT_EQ(runner().currentPhase().kind, Phase::Kind::Prepare);
}

TEST_F(SessionSafetyTest, WithoutSetUpGetReadyComesBeforeTheFirstHold)
{
    begin(carefulTimeline(15, false));
    EXPECT_EQ(runner().currentPhase().kind, Phase::Kind::GetReady);
    EXPECT_TRUE(screen().nextText().startsWith(u"Next: hold 1 of 2"_s))
        << screen().nextText().toStdString();
    runToPhase(1);
    EXPECT_TRUE(runner().currentPhase().isHold());
    // The steps' cautions, left out with the steps, show at the first hold.
    EXPECT_EQ(screen().cautionText(), u"Bend only at the hips."_s);
    EXPECT_EQ(cuesOf(Cue::Kind::Caution).size(), 1);
}

TEST_F(SessionSafetyTest, TheNextLineNamesTheGetReadyOfTheNextExercise)
{
    Routine routine = *library.routine(library.defaultRoutineId());
    routine.items.first().getReadySeconds = 0;
    routine.items.append(routine.items.first());
    routine.items.last().getReadySeconds = 20;
    begin(timelineOf(routine));
    const int lastHoldOfFirst = firstPhaseOf(Phase::Kind::GetReady) - 1;
    ASSERT_GT(lastHoldOfFirst, 0);
    runToPhase(lastHoldOfFirst);
    EXPECT_EQ(screen().nextText(), u"Next: get ready for Seated Leg Cross (0:20)"_s);
}

// --- Cautions and finish words --------------------------------------------

TEST_F(SessionSafetyTest, ACautionShowsAndIsSaidWhileItsStepRuns)
{
    begin(carefulTimeline(0));
    EXPECT_EQ(screen().cautionText(), QString()) << "step 1 has none";
    runToPhase(1);
    EXPECT_EQ(screen().cautionText(), u"Bend only at the hips."_s);
    const QList<Cue> cautions = cuesOf(Cue::Kind::Caution);
    ASSERT_EQ(cautions.size(), 1);
    EXPECT_EQ(cautions.first().text, u"Bend only at the hips."_s);
    EXPECT_EQ(cautions.first().phaseIndex, 1);
    runToPhase(2);
    EXPECT_EQ(screen().cautionText(), QString()) << "gone with its step";
}

TEST_F(SessionSafetyTest, TheFinishWordsAreSaidAndStayOnTheEndScreen)
{
    begin(carefulTimeline(0));
    runToPhase(timeline().phaseCount() - 1);
    ASSERT_TRUE(page->isShowingSummary());
    const QList<Cue> finish = cuesOf(Cue::Kind::Finish);
    ASSERT_EQ(finish.size(), 1);
    EXPECT_EQ(finish.first().text, u"Sit up slowly and uncross your legs."_s);
    EXPECT_EQ(page->summaryView()->adviceText(), u"Sit up slowly and uncross your legs."_s);
    EXPECT_TRUE(page->summaryView()->findChild<QWidget *>(u"summaryAdvice"_s)->isVisible());
}

TEST_F(SessionSafetyTest, ItHurtsStopShowsAndSaysTheFinishWords)
{
    begin(carefulTimeline(0));
    runToPhase(firstPhaseOf(Phase::Kind::Hold));
    runFor(12s);
    button(u"painStopButton"_s)->click();
    ASSERT_TRUE(page->isShowingSummary());
    const QList<Cue> said = cuesOf(Cue::Kind::StoppedForPain);
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said.first().text, u"Sit up slowly and uncross your legs."_s);
    EXPECT_EQ(page->summaryView()->adviceText(), u"Sit up slowly and uncross your legs."_s);
    EXPECT_EQ(page->summaryView()->headingText(), u"Stopped because it hurt"_s);
}

TEST_F(SessionSafetyTest, AnOrdinaryStopShowsNoAdvice)
{
    begin(carefulTimeline(0));
    runFor(3s);
    button(u"stopButton"_s)->click();
    button(u"confirmStopButton"_s)->click();
    ASSERT_TRUE(page->isShowingSummary());
    EXPECT_TRUE(cuesOf(Cue::Kind::StoppedForPain).isEmpty());
    EXPECT_EQ(page->summaryView()->adviceText(), QString());
    EXPECT_FALSE(page->summaryView()->findChild<QWidget *>(u"summaryAdvice"_s)->isVisible());
}

// --- A dialog pauses the session ------------------------------------------

TEST_F(SessionSafetyTest, AModalDialogPausesTheSessionUntilItCloses)
{
    begin();
    runFor(4s);
    const auto before = runner().activeElapsed();
    QDialog dialog(page.get());
    dialog.open(); // window-modal, as the exercise's help would open
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(runner().isPaused());
    EXPECT_TRUE(page->dialogPause()->isHoldingPause());
    EXPECT_EQ(button(u"pauseButton"_s)->text(), u"Resume"_s);

    clock.advance(90s); // the person reads for a minute and a half
    driver().poll();
    EXPECT_EQ(runner().activeElapsed(), before) << "no session time while the dialog is open";

    dialog.accept();
    QCoreApplication::sendPostedEvents();
    EXPECT_FALSE(runner().isPaused());
    EXPECT_FALSE(page->dialogPause()->isHoldingPause());
    EXPECT_EQ(runner().activeElapsed(), before);
    runFor(2s);
    EXPECT_EQ(runner().activeElapsed(), before + 2s);
}

TEST_F(SessionSafetyTest, ADialogFromAnotherPartOfTheProgramPausesToo)
{
    begin();
    runFor(2s);
    // No parent, application-modal: a message box of some other window.
    QMessageBox box(QMessageBox::Information, u"Limber"_s, u"Something else"_s);
    box.setWindowModality(Qt::ApplicationModal);
    box.show();
    EXPECT_TRUE(runner().isPaused());
    box.done(QMessageBox::Ok);
    EXPECT_FALSE(runner().isPaused());
}

TEST_F(SessionSafetyTest, TheDialogKeepsThePersonsOwnPause)
{
    begin();
    runFor(2s);
    press(Qt::Key_Space);
    ASSERT_TRUE(runner().isPaused());
    QDialog dialog(page.get());
    dialog.open();
    EXPECT_FALSE(page->dialogPause()->isHoldingPause());
    clock.advance(30s);
    dialog.reject();
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(runner().isPaused()) << "the person paused; only they resume";
}

TEST_F(SessionSafetyTest, TwoDialogsResumeOnlyWhenBothHaveClosed)
{
    begin();
    runFor(2s);
    QDialog first(page.get());
    first.open();
    QDialog second(&first);
    second.open();
    EXPECT_EQ(page->dialogPause()->openDialogs(), 2);
    second.reject();
    EXPECT_TRUE(runner().isPaused());
    first.reject();
    EXPECT_FALSE(runner().isPaused());
}

TEST_F(SessionSafetyTest, ADeletedDialogCountsAsClosed)
{
    begin();
    runFor(2s);
    auto *dialog = new QDialog(page.get());
    dialog->open();
    ASSERT_TRUE(runner().isPaused());
    delete dialog;
    EXPECT_FALSE(runner().isPaused());
}

TEST_F(SessionSafetyTest, AWindowThatIsNotModalDoesNotPause)
{
    begin();
    runFor(2s);
    QDialog notes(page.get());
    notes.setModal(false);
    notes.show();
    EXPECT_FALSE(runner().isPaused());
    EXPECT_EQ(page->dialogPause()->openDialogs(), 0);
}

TEST_F(SessionSafetyTest, AfterTheSessionDialogsChangeNothing)
{
    begin();
    stopSession();
    ASSERT_TRUE(page->isShowingSummary());
    QDialog dialog(page.get());
    dialog.open();
    EXPECT_EQ(page->dialogPause()->openDialogs(), 0);
    EXPECT_EQ(runner().state(), SessionRunner::State::Finished);
}

// --- Help on the exercise -------------------------------------------------

TEST_F(SessionSafetyTest, HelpKeysAndButtonAskForTheExercise)
{
    begin();
    QSignalSpy help(page.get(), &SessionPage::exerciseHelpRequested);
    press(Qt::Key_F1);
    press(Qt::Key_Question);
    button(u"helpButton"_s)->click();
    ASSERT_EQ(help.size(), 3);
    for (const QList<QVariant> &call : help)
        EXPECT_EQ(call.at(0).toString(), u"seated-leg-cross"_s);
    EXPECT_FALSE(runner().isPaused()) << "asking alone does not pause; the dialog will";
}

TEST_F(SessionSafetyTest, NoHelpFromTheEndScreen)
{
    begin();
    stopSession();
    QSignalSpy help(page.get(), &SessionPage::exerciseHelpRequested);
    press(Qt::Key_F1);
    EXPECT_FALSE(button(u"helpButton"_s)->isEnabled());
    EXPECT_TRUE(help.isEmpty());
}

} // namespace
} // namespace limber::test

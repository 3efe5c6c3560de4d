#include "app/session/sessionpage.h"

#include "app/selfreport/choicescale.h"
#include "app/session/dialogpause.h"
#include "app/session/phasetext.h"
#include "app/session/sessioncontrols.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionscreen.h"
#include "app/session/sessionsummaryview.h"
#include "app/session/stopconfirmation.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// The words for each side in this session, when every sided hold agrees;
/// otherwise the plain side names.
SessionSummaryView::SideNames sideNamesOf(const Timeline &timeline)
{
    QSet<QString> left;
    QSet<QString> right;
    const QStringList languages = timeline.options().uiLanguages;
    for (const Phase &phase : timeline.phases()) {
        if (!phase.isHold())
            continue;
        const QString name = phasetext::sideName(phase.side, phase.sideLabel.text(languages));
        if (phase.side == Side::Left)
            left.insert(name);
        else if (phase.side == Side::Right)
            right.insert(name);
    }
    SessionSummaryView::SideNames names;
    names.left = left.size() == 1 ? *left.cbegin() : phasetext::sideName(Side::Left, {});
    names.right = right.size() == 1 ? *right.cbegin() : phasetext::sideName(Side::Right, {});
    return names;
}

/// The completed unsided holds per exercise, in the routine's order, when
/// the routine has several exercises: "3 holds done" would not say which.
/// Empty for a routine of one exercise.
QList<SessionSummaryView::ExerciseHolds> unsidedHoldsOf(
    const Timeline &timeline, const QList<HoldRecord> &records)
{
    QStringList exercises;
    for (const RoutineItem &item : timeline.routine().items) {
        if (!exercises.contains(item.exerciseId))
            exercises.append(item.exerciseId);
    }
    if (exercises.size() < 2)
        return {};
    const QStringList languages = timeline.options().uiLanguages;
    QList<SessionSummaryView::ExerciseHolds> holds;
    for (const QString &exercise : exercises) {
        const auto done = std::count_if(
            records.cbegin(), records.cend(), [&exercise](const HoldRecord &record) {
                return record.completed && record.side == Side::None
                    && record.exerciseId == exercise;
            });
        if (done == 0)
            continue;
        const auto phase = std::find_if(timeline.phases().cbegin(), timeline.phases().cend(),
            [&exercise](const Phase &p) { return p.exerciseId == exercise; });
        const QString title
            = phase == timeline.phases().cend() ? exercise : phase->exerciseTitle.text(languages);
        holds.append({title, static_cast<int>(done)});
    }
    return holds;
}

} // namespace

SessionPage::SessionPage(const MonotonicClock &clock, const WallClock &wallClock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_wallClock(wallClock)
    , m_stack(new QStackedWidget(this))
    , m_screen(new SessionScreen(m_stack))
    , m_summary(new SessionSummaryView(m_stack))
    , m_tick(new QTimer(this))
    , m_dialogPause(new DialogPause(this))
{
    setObjectName(u"sessionPage"_s);
    setAccessibleName(tr("Guided session"));
    m_stack->addWidget(m_screen);
    // The end screen scrolls rather than grow the window: a routine of many
    // exercises asks how far each one went, which a 600 px screen cannot hold.
    m_summaryScroll = new QScrollArea(m_stack);
    m_summaryScroll->setObjectName(u"summaryScroll"_s);
    m_summaryScroll->setFrameShape(QFrame::NoFrame);
    m_summaryScroll->setWidgetResizable(true);
    m_summaryScroll->setWidget(m_summary);
    m_stack->addWidget(m_summaryScroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Keys work wherever the focus is on this page; they are off when the
    // end screen shows, because the controls are disabled then.
    m_screen->controls()->installShortcuts(this);
    setFocusProxy(m_screen->controls()->firstFocus());

    // Pain before the session, for a session that began without the start
    // page (--start, the History page): one key, on the first screen only.
    m_painBefore = new ChoiceScale(tr("Pain right now, 0–10 (optional)"), painScaleLabels(), 0);
    m_painBefore->setObjectName(u"sessionPainBefore"_s);
    m_painBefore->setColumnCount(4);
    m_painBefore->installShortcuts(this);
    connect(m_painBefore, &ChoiceScale::valueChanged, this, [this](std::optional<int> level) {
        if (level)
            Q_EMIT painBeforeGiven(*level);
    });
    m_screen->setPainQuestion(m_painBefore);

    SessionControls *controls = m_screen->controls();
    connect(controls, &SessionControls::pauseToggled, this, [this] { m_driver->togglePause(); });
    connect(controls, &SessionControls::backRequested, this, [this] { m_driver->back(); });
    connect(controls, &SessionControls::skipRequested, this, [this] { m_driver->skip(); });
    connect(controls, &SessionControls::extendRequested, this, [this] { m_driver->extendHold(); });
    // A stop is asked about first, on this screen: an accidental Esc or click
    // would otherwise end (and record) a session the person meant to go on
    // with. Asking pauses it, and Keep going resumes it exactly as it was.
    // "It hurts — stop" never asks: stopping for pain must be immediate.
    connect(controls, &SessionControls::stopRequested, this, &SessionPage::askToStop);
    connect(controls, &SessionControls::escapePressed, this, &SessionPage::onEscape);
    connect(controls, &SessionControls::painStopRequested, this,
        [this] { m_driver->stop(StopReason::Pain); });
    StopConfirmation *confirmation = m_screen->stopConfirmation();
    connect(confirmation, &StopConfirmation::stopConfirmed, this, [this] { answerStop(true); });
    connect(confirmation, &StopConfirmation::keepGoing, this, [this] { answerStop(false); });
    connect(controls, &SessionControls::helpRequested, this, &SessionPage::requestExerciseHelp);
    connect(m_summary, &SessionSummaryView::doneRequested, this, &SessionPage::doneRequested);

    m_tick->setTimerType(Qt::CoarseTimer);
    connect(m_tick, &QTimer::timeout, this, &SessionPage::refreshDisplay);
}

SessionPage::~SessionPage() = default;

void SessionPage::setCueSink(CueSink *sink)
{
    m_sink = sink;
    if (m_driver)
        m_driver->setCueSink(sink);
}

void SessionPage::setPoseLookup(PoseLookup lookup)
{
    m_screen->setPoseLookup(std::move(lookup));
}

void SessionPage::setBreathPacerEnabled(bool enabled)
{
    m_screen->setBreathPacerEnabled(enabled);
    updateDisplayTick();
}

void SessionPage::askPainBefore()
{
    if (!m_driver || !m_screen->painQuestion() || !m_driver->runner().isActive())
        return;
    const Timeline &timeline = m_driver->runner().timeline();
    int firstHold = 0;
    while (firstHold < timeline.phaseCount() && !timeline.phase(firstHold).isHold())
        ++firstHold;
    // A session that opens with a hold keeps the question for that hold.
    const int until = firstHold > 0 ? firstHold : 1;
    if (m_driver->runner().currentPhase().index >= until)
        return;
    m_askPainUntilPhase = until;
    m_screen->setPainQuestionShown(true);
}

void SessionPage::stopAskingPainBefore()
{
    m_askPainUntilPhase = -1;
    QWidget *question = m_screen->painQuestion();
    if (!question || question->isHidden())
        return;
    // The keyboard goes back to the session's buttons, not to whatever is next.
    const bool hadFocus = question->isAncestorOf(QApplication::focusWidget());
    m_screen->setPainQuestionShown(false);
    if (hadFocus && m_screen->isVisible())
        m_screen->controls()->firstFocus()->setFocus(Qt::OtherFocusReason);
}

void SessionPage::begin(Timeline timeline, std::chrono::milliseconds lead)
{
    stopAskingPainBefore();
    m_painBefore->setValue(std::nullopt);
    closeStopQuestion();
    if (m_driver) {
        // The old session goes quietly: nothing it still emits reaches the page.
        m_driver->disconnect(this);
        m_driver->runner().disconnect(this);
        m_driver->deleteLater();
    }
    m_driver = new SessionDriver(std::move(timeline), m_clock, m_wallClock, this);
    m_driver->setCueSink(m_sink);
    SessionRunner &runner = m_driver->runner();
    connect(&runner, &SessionRunner::phaseChanged, this, &SessionPage::onPhaseChanged);
    connect(&runner, &SessionRunner::phaseUpdated, this, [this] {
        // "Halfway" or "Ten seconds remaining" was about the hold before it grew.
        m_screen->clearMomentCue();
        refreshDisplay();
    });
    connect(&runner, &SessionRunner::cue, m_screen, &SessionScreen::showCue);
    connect(&runner, &SessionRunner::cue, this, &SessionPage::keepEndAdvice);
    connect(&runner, &SessionRunner::holdFinished, this,
        [this](const HoldRecord &record) { m_holdRecords.append(record); });
    connect(&runner, &SessionRunner::pausedChanged, this, &SessionPage::onPausedChanged);
    connect(&runner, &SessionRunner::finished, this, &SessionPage::onFinished);

    m_screen->prepare(runner.timeline());
    m_stack->setCurrentWidget(m_screen);
    setFocusProxy(m_screen->controls()->firstFocus());
    m_firstPhase = true;
    m_endAdvice.clear();
    m_holdRecords.clear();
    m_dialogPause->setDriver(m_driver);
    m_driver->start(lead);
    // Ready at once, without waiting for the queued update.
    updateScreen();
    m_screen->controls()->firstFocus()->setFocus(Qt::OtherFocusReason);
}

bool SessionPage::isRunning() const
{
    return m_driver && m_driver->runner().isActive();
}

bool SessionPage::isShowingSummary() const
{
    return m_stack->currentWidget() == m_summaryScroll;
}

std::optional<std::chrono::milliseconds> SessionPage::displayTick() const
{
    if (!m_tick->isActive())
        return std::nullopt;
    return std::chrono::milliseconds(m_tick->interval());
}

void SessionPage::refreshDisplay()
{
    if (!m_driver)
        return;
    m_screen->showTime(m_driver->runner());
    // A movement that just ended lets the tick slow down.
    if (m_tick->isActive() && m_tick->interval() == movementTick.count()
        && !m_screen->figure().isMoving())
        updateDisplayTick();
}

void SessionPage::onPhaseChanged()
{
    m_screen->clearCue();
    m_phaseDirty = true;
    scheduleScreenUpdate();
}

void SessionPage::onPausedChanged()
{
    m_stateDirty = true;
    scheduleScreenUpdate();
}

void SessionPage::scheduleScreenUpdate()
{
    // The runner is still sending this moment's cues to the speakers; the
    // screen (labels, layout, the figure's geometry: milliseconds of work)
    // follows as soon as control is back in the event loop, before anything
    // is painted, so the sounds do not wait for it.
    if (m_updateQueued)
        return;
    m_updateQueued = true;
    QMetaObject::invokeMethod(this, &SessionPage::updateScreen, Qt::QueuedConnection);
}

void SessionPage::updateScreen()
{
    m_updateQueued = false;
    if (!m_driver || (!m_phaseDirty && !m_stateDirty))
        return;
    const SessionRunner &runner = m_driver->runner();
    if (m_phaseDirty) {
        if (m_askPainUntilPhase >= 0 && runner.currentPhase().index >= m_askPainUntilPhase)
            stopAskingPainBefore();
        m_screen->showPhase(runner.timeline(), runner.currentPhase().index, m_firstPhase);
    }
    m_firstPhase = false;
    m_phaseDirty = false;
    m_stateDirty = false;
    m_screen->showRunState(runner);
    refreshDisplay();
    updateDisplayTick();
}

void SessionPage::requestExerciseHelp()
{
    if (!isRunning())
        return;
    const QString exerciseId = m_driver->runner().currentPhase().exerciseId;
    if (!exerciseId.isEmpty())
        Q_EMIT exerciseHelpRequested(exerciseId);
}

void SessionPage::keepEndAdvice(const Cue &cue)
{
    // The finish words said at the very end, or after a stop for pain, stay
    // on the end screen; those said between exercises have had their moment.
    const Timeline &timeline = m_driver->runner().timeline();
    const bool atTheEnd = cue.kind == Cue::Kind::Finish && cue.phaseIndex >= 0
        && cue.phaseIndex < timeline.phaseCount()
        && timeline.phase(cue.phaseIndex).kind == Phase::Kind::Done;
    if (atTheEnd || cue.kind == Cue::Kind::StoppedForPain)
        m_endAdvice = cue.text;
}

void SessionPage::onEscape()
{
    // Esc means "get me out of here" in two ways; the nearer one first.
    if (leaveFullScreen())
        return;
    if (m_askingToStop)
        answerStop(false);
    else
        askToStop();
}

bool SessionPage::leaveFullScreen()
{
    QWidget *top = window();
    if (!top->isFullScreen())
        return false;
    // Through the window's own action when it has one, so its check mark stays true.
    auto *action = top->findChild<QAction *>(u"fullScreenAction"_s);
    if (action && action->isChecked())
        action->setChecked(false);
    if (top->isFullScreen())
        top->showNormal();
    return true;
}

void SessionPage::askToStop()
{
    if (!isRunning() || m_askingToStop)
        return;
    m_askingToStop = true;
    m_resumeAfterStopQuestion = m_driver->runner().state() == SessionRunner::State::Running;
    if (m_resumeAfterStopQuestion)
        m_driver->pause();
    m_screen->controls()->setAskingToStop(true);
    m_screen->stopConfirmation()->ask();
}

void SessionPage::answerStop(bool stop)
{
    if (!m_askingToStop)
        return;
    const bool resume = m_resumeAfterStopQuestion;
    closeStopQuestion();
    if (stop) {
        m_driver->stop(StopReason::User);
        return;
    }
    if (resume && m_driver->runner().isPaused())
        m_driver->resume();
    m_screen->controls()->firstFocus()->setFocus(Qt::OtherFocusReason);
}

void SessionPage::closeStopQuestion()
{
    m_askingToStop = false;
    m_resumeAfterStopQuestion = false;
    m_screen->controls()->setAskingToStop(false);
    m_screen->stopConfirmation()->hide();
}

void SessionPage::onFinished(const SessionSummary &summary)
{
    closeStopQuestion();
    m_dialogPause->setDriver(nullptr);
    stopAskingPainBefore();
    m_tick->stop();
    m_screen->showRunState(m_driver->runner());
    const Timeline &timeline = m_driver->runner().timeline();
    m_summary->showSummary(summary, sideNamesOf(timeline), unsidedHoldsOf(timeline, m_holdRecords));
    m_summary->setAdvice(summary.stopReason == StopReason::User ? QString() : m_endAdvice);
    m_stack->setCurrentWidget(m_summaryScroll);
    setFocusProxy(m_summary->doneButton());
    m_summary->doneButton()->setFocus(Qt::OtherFocusReason);
    Q_EMIT sessionFinished(summary);
}

void SessionPage::updateDisplayTick()
{
    const bool running = m_driver && m_driver->runner().state() == SessionRunner::State::Running;
    if (!running) {
        m_tick->stop();
        return;
    }
    const bool pacing
        = m_driver->runner().currentPhase().isHold() && m_screen->isBreathPacerEnabled();
    const auto interval
        = m_screen->figure().isMoving() ? movementTick : (pacing ? holdTick : calmTick);
    if (!m_tick->isActive() || m_tick->interval() != interval.count())
        m_tick->start(static_cast<int>(interval.count()));
}

} // namespace limber

#pragma once

#include "app/session/sessionfigure.h"
#include "core/session/sessionrecords.h"

#include <QWidget>

#include <chrono>

class QScrollArea;
class QStackedWidget;
class QTimer;

namespace limber {

class ChoiceScale;
class CueSink;
class DialogPause;
class MonotonicClock;
class SessionDriver;
class SessionScreen;
class SessionSummaryView;
class Timeline;
class WallClock;
struct Cue;

/// The guided session: SessionScreen while it runs, SessionSummaryView when
/// it ends. A SessionDriver keeps the session on time (a precise timer for
/// each deadline); a separate display tick, running only while something
/// on screen moves, redraws the timer ring and the breath pacer.
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    /// The clocks must outlive the page. The program passes the system
    /// clocks, tests a ManualClock.
    SessionPage(const MonotonicClock &clock, const WallClock &wallClock, QWidget *parent = nullptr);
    ~SessionPage() override;

    /// Where cues go (the CuePlayer, or a recording sink in tests).
    void setCueSink(CueSink *sink);
    void setPoseLookup(PoseLookup lookup);
    void setBreathPacerEnabled(bool enabled);

    /// Starts a session of \a timeline, replacing any session shown. Its
    /// first phase shows at once; its first moment comes \a lead later, so
    /// the sound side can queue the first cues ahead of their instant.
    void begin(
        Timeline timeline, std::chrono::milliseconds lead = std::chrono::milliseconds::zero());
    /// A session has begun and not yet ended.
    bool isRunning() const;

    /// "Pain right now", on the session screen, hidden until askPainBefore().
    ChoiceScale *painBeforeQuestion() const { return m_painBefore; }
    /// Asks it on this session's first screen: it shows until the
    /// first hold begins (through the first phase when that is a hold), and
    /// goes by itself then, answered or not. The session never waits for it,
    /// and Space still pauses. Call after begin(); the next begin() hides it.
    void askPainBefore();
    bool isAskingPainBefore() const { return m_askPainUntilPhase >= 0; }

    /// Null before the first begin().
    SessionDriver *driver() const { return m_driver; }
    SessionScreen *screen() const { return m_screen; }
    SessionSummaryView *summaryView() const { return m_summary; }
    /// Pauses the session while a modal dialog is open, and resumes it after.
    DialogPause *dialogPause() const { return m_dialogPause; }
    /// True while the end screen is shown.
    bool isShowingSummary() const;

    /// Stop (the button or Esc) asks first: the session pauses and the
    /// screen asks "Stop the session?" (see askToStop()).
    bool isAskingToStop() const { return m_askingToStop; }

    /// Between display ticks while the figure moves (20 Hz: a slow movement
    /// looks smooth, at a third of the cost of 60 Hz).
    static constexpr std::chrono::milliseconds movementTick {50};
    /// Between display ticks while a hold runs with the breath pacer.
    static constexpr std::chrono::milliseconds holdTick {80};
    /// Between display ticks in other phases (only the ring moves).
    static constexpr std::chrono::milliseconds calmTick {125};
    /// The display tick's current interval; nothing while it is stopped.
    std::optional<std::chrono::milliseconds> displayTick() const;

public Q_SLOTS:
    /// What the display tick does: redraws the time and the breath pacer.
    void refreshDisplay();
    /// Pauses the session and asks on the screen whether to stop. Stop ends
    /// it (what was held is kept); Keep going resumes it only if this pause
    /// was ours, so a session the person had paused stays paused.
    void askToStop();
    /// Answers the question: stop now, or keep going.
    void answerStop(bool stop);

Q_SIGNALS:
    void sessionFinished(const limber::SessionSummary &summary);
    /// Pain before the session, answered on its first screen.
    void painBeforeGiven(int level);
    /// Done was pressed on the end screen.
    void doneRequested();
    /// The person asked how to do the exercise that runs (Help, ? or F1).
    /// Whoever shows the help opens it in a modal dialog, which pauses the
    /// session until it closes (see dialogPause()).
    void exerciseHelpRequested(const QString &exerciseId);

private:
    void onPhaseChanged();
    void onPausedChanged();
    void scheduleScreenUpdate();
    void updateScreen();
    void onFinished(const SessionSummary &summary);
    void updateDisplayTick();
    void stopAskingPainBefore();
    void requestExerciseHelp();
    void keepEndAdvice(const Cue &cue);
    void onEscape();
    bool leaveFullScreen();
    void closeStopQuestion();

    const MonotonicClock &m_clock;
    const WallClock &m_wallClock;
    CueSink *m_sink = nullptr;
    SessionDriver *m_driver = nullptr;
    QStackedWidget *m_stack = nullptr;
    SessionScreen *m_screen = nullptr;
    SessionSummaryView *m_summary = nullptr;
    QScrollArea *m_summaryScroll = nullptr; ///< holds m_summary
    QTimer *m_tick = nullptr;
    DialogPause *m_dialogPause = nullptr;
    QString m_endAdvice; ///< finish words for the end screen, from this session's cues
    QList<HoldRecord> m_holdRecords; ///< this session's holds, for the end screen
    bool m_firstPhase = true;
    bool m_phaseDirty = false; ///< a phase began and is not shown yet
    bool m_stateDirty = false; ///< paused or resumed, not shown yet
    bool m_updateQueued = false;
    bool m_askingToStop = false;
    bool m_resumeAfterStopQuestion = false; ///< the question made the pause
    /// While the pain question shows: the phase at which it goes; -1 otherwise.
    int m_askPainUntilPhase = -1;
    ChoiceScale *m_painBefore = nullptr; ///< owned by the screen
};

} // namespace limber

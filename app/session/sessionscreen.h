#pragma once

#include "app/session/sessionfigure.h"
#include "core/session/cue.h"

#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;

namespace limber {

class Announcer;

class BreathPacer;
class FigureView;
class SessionControls;
class SessionRunner;
class SideBadge;
class StopConfirmation;
class Timeline;
class TimerRing;

/// What a person sees while a session runs: the figure large in the middle,
/// the time left on a ring beside it, the breath pacer on the other side,
/// the side line above, the instruction, the step's cautions, the cue just
/// given and what comes next below, and the controls at the bottom. Type
/// scales with the height, so it reads from a mat two metres away, more so in
/// full screen.
class SessionScreen : public QWidget
{
    Q_OBJECT

public:
    explicit SessionScreen(QWidget *parent = nullptr);
    ~SessionScreen() override;

    void setPoseLookup(PoseLookup lookup);
    /// The breath pacer appears during holds only when enabled.
    void setBreathPacerEnabled(bool enabled);
    bool isBreathPacerEnabled() const { return m_pacerEnabled; }

    /// Puts \a question (the "pain right now" scale) in the breath pacer's
    /// place, which is empty while the session sets up. Hidden until
    /// setPainQuestionShown(true). The screen takes ownership.
    void setPainQuestion(QWidget *question);
    /// Shows or hides the question; while it shows, the pacer gives it its place.
    void setPainQuestionShown(bool shown);
    QWidget *painQuestion() const { return m_painQuestion; }

    /// Prepares for a new session of \a timeline (breath pattern, +N s step).
    void prepare(const Timeline &timeline);
    /// Shows phase \a phaseIndex. \a jump: no movement into it (a session's first phase).
    void showPhase(const Timeline &timeline, int phaseIndex, bool jump);
    /// Shows what a cue says, where it belongs: breath cues on the pacer,
    /// reminders and the like on the cue line.
    void showCue(const Cue &cue);
    /// Empties the cue line (a new phase begins).
    void clearCue();
    /// Empties the cue line if it names a moment of the hold ("Halfway",
    /// "Ten seconds remaining"): after the hold was extended it is no longer true.
    void clearMomentCue();
    /// Reads the time from the runner and redraws what moved: the ring, the
    /// pacer, the figure's movement; a moment's cue whose time has passed goes.
    void showTime(const SessionRunner &runner);
    /// Enables the controls that apply now and shows whether the session is paused.
    void showRunState(const SessionRunner &runner);

    SessionControls *controls() const { return m_controls; }
    /// "Stop the session?", over the middle of the screen while it asks.
    StopConfirmation *stopConfirmation() const { return m_stopConfirmation; }
    FigureView *figureView() const { return m_figureView; }
    const SessionFigure &figure() const { return *m_figure; }
    TimerRing *timerRing() const { return m_ring; }
    BreathPacer *breathPacer() const { return m_pacer; }
    SideBadge *sideBadge() const { return m_badge; }
    QString instructionText() const;
    /// The cautions of the phase shown, one a line; empty when it has none.
    QString cautionText() const;
    QString cueText() const;
    QString nextText() const;
    QString headlineText() const;
    /// The news last given to screen readers (see Announcer).
    QString lastAnnouncement() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void scaleType();
    void updatePacerVisibility();
    void styleQuestion();

    QLabel *m_headline = nullptr;
    SideBadge *m_badge = nullptr;
    BreathPacer *m_pacer = nullptr;
    FigureView *m_figureView = nullptr;
    TimerRing *m_ring = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_caution = nullptr;
    QLabel *m_cue = nullptr;
    QLabel *m_next = nullptr;
    SessionControls *m_controls = nullptr;
    StopConfirmation *m_stopConfirmation = nullptr;
    QGridLayout *m_middle = nullptr;
    QWidget *m_painQuestion = nullptr;
    int m_questionPixels = 0; ///< the question's type size, as the "Next" line's
    std::unique_ptr<SessionFigure> m_figure;
    std::unique_ptr<Announcer> m_announcer;
    bool m_pacerEnabled = true;
    bool m_inHold = false;
    QStringList m_languages;
    /// Active time at which the cue line's words stop being true; none for
    /// words that hold for the whole phase (a reminder, the finish words).
    std::optional<std::chrono::milliseconds> m_cueExpires;
};

} // namespace limber

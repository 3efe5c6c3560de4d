#pragma once

#include "core/session/cue.h"
#include "core/session/phase.h"
#include "core/session/sessionholds.h"
#include "core/session/sessionrecords.h"
#include "core/session/timeline.h"
#include "core/util/clock.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace limber {

/// Drives a Timeline in real time. Active time is ALWAYS computed from the
/// injected monotonic clock (accumulated + now - resumedAt), never by counting
/// polls, so late, irregular or missed polls cannot drift.
///
/// The app calls poll() whenever timeUntilNextEvent() says (a precise single-shot
/// timer) and after any user action; poll() emits, in time order, every phase
/// change, cue and finished hold due since the previous poll. A cue more than
/// SessionOptions::staleCueLimit late is dropped (phase changes, hold records,
/// Done, Caution and Finish never are). Display ticks may read the getters at any rate.
///
/// Actions (start, pause, skip, ...) first poll, then act and emit their own
/// results. They may be called from slots connected to the signals: the action
/// takes effect at once, the rest of the emission in progress follows at the
/// next poll, and nothing is emitted twice.
///
/// Sleep: when the clock's suspend-inclusive time runs ahead of its monotonic
/// time by more than SessionOptions::suspendThreshold between two polls, the
/// runner pauses at the last moment it saw the machine awake, emits
/// pausedChanged(true) and a Paused cue, and waits for resume(). So does a
/// gap between polls longer than SessionOptions::stallThreshold, when set
/// (the process was stopped, or its event loop held up).
class SessionRunner : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, Running, Paused, Finished };

    /// The clocks must outlive the runner.
    SessionRunner(Timeline timeline, const MonotonicClock &clock, const WallClock &wallClock,
        QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isPaused() const { return m_state == State::Paused; }
    /// Started and not yet finished (running or paused).
    bool isActive() const { return m_state == State::Running || m_state == State::Paused; }

    const Timeline &timeline() const { return m_timeline; }
    /// The phase last announced by phaseChanged().
    const Phase &currentPhase() const { return m_timeline.phase(m_phaseIndex); }
    /// Active session time now, read from the clock (at most the total).
    std::chrono::milliseconds activeElapsed() const;
    std::chrono::milliseconds timeLeftInPhase() const;
    std::chrono::milliseconds timeLeftInSession() const;
    /// Monotonic time until the next cue or phase boundary is due (zero when
    /// something is already due); nothing when not running.
    std::optional<std::chrono::milliseconds> timeUntilNextEvent() const;
    /// The monotonic time at which active time `active` is reached (past or
    /// future) while running. After a routine that ran to its end, the mapping
    /// of its last moment stays, so sounds planned after the end still have a
    /// time. Nothing while paused, before start, or after a stop.
    std::optional<std::chrono::milliseconds> monotonicTimeOf(
        std::chrono::milliseconds active) const;

public Q_SLOTS:
    /// Starts the session with its first moment `lead` from now: the first
    /// phase is announced at once, its cues come when active time reaches 0,
    /// so whatever plays sounds can queue the first ones ahead of time.
    void start(std::chrono::milliseconds lead = std::chrono::milliseconds::zero());
    void pause();
    void resume();
    void togglePause();
    /// To the start of the next phase. A hold in progress is recorded as partial.
    void skip();
    /// To the start of this phase, or of the previous one when less than
    /// SessionOptions::backGrace into this one. A hold in progress is dropped
    /// without a record: it is done again.
    void back();
    /// Makes the current hold longer by SessionOptions::extendStep; later
    /// phases shift. Returns false outside a hold or past the hold limit.
    bool extendHold();
    bool extendHoldBy(std::chrono::milliseconds extra);
    /// Ends the session early; a hold in progress is recorded as partial.
    /// StopReason::Pain also emits a StoppedForPain cue (the exercise's finish
    /// words, or general words when it has none) after timeBaseChanged and
    /// before finished.
    void stop(limber::StopReason reason = limber::StopReason::User);
    /// Emits everything due up to now.
    void poll();

Q_SIGNALS:
    void phaseChanged(const limber::Phase &phase);
    /// The timeline was rebuilt: the current phase changed length
    /// (extendHold), or the words at the end changed (a skip left no hold
    /// held to its end, nor one to come: "No holds done this time.").
    void phaseUpdated(const limber::Phase &phase);
    void cue(const limber::Cue &cue);
    void holdFinished(const limber::HoldRecord &record);
    void pausedChanged(bool paused);
    /// The mapping from active time to the clock changed: started, paused,
    /// resumed, jumped (skip, back), slept, or finished.
    void timeBaseChanged();
    void finished(const limber::SessionSummary &summary);

private:
    /// A sleep or a stall (see SessionOptions) since the last poll pauses
    /// the session at that poll; true when it did.
    bool detectInterruption();
    void advance();
    bool emitCuesUpTo(std::chrono::milliseconds limit, std::chrono::milliseconds now);
    void jumpTo(int phaseIndex);
    void chooseEndWords(int fromPhase);
    void enterPhase(int phaseIndex);
    void stampHoldStart();
    void closeHoldEarly(std::chrono::milliseconds now, bool skipped);
    void recordHold(std::chrono::milliseconds held, bool completed);
    void finish(StopReason reason, std::chrono::milliseconds activeAtEnd);
    Cue stoppedForPainCue() const;
    void rebaseline();
    qsizetype firstCueAtOrAfter(std::chrono::milliseconds at) const;
    /// Active time read from the clock, below zero before a delayed start.
    std::chrono::milliseconds rawActiveElapsed() const;

    Timeline m_timeline;
    const MonotonicClock &m_clock;
    const WallClock &m_wallClock;

    State m_state = State::Ready;
    quint64 m_generation = 0; ///< bumped by every action; stops an emission in progress
    bool m_emitting = false; ///< inside advance(): signals are going out
    std::chrono::milliseconds m_accumulated {0}; ///< active time at the last resume or jump
    std::chrono::milliseconds m_resumedAt {0}; ///< monotonic time of that moment
    std::chrono::milliseconds m_lastSeen {0}; ///< monotonic time of the last poll
    std::chrono::milliseconds m_lastDrift {0}; ///< suspend-inclusive minus monotonic then
    std::optional<std::chrono::milliseconds>
        m_endedAt; ///< monotonic time a completed routine ended
    int m_phaseIndex = 0;
    qsizetype m_nextCue = 0; ///< cues before this index were emitted or dropped

    SessionHolds m_holds;
    SessionSummary m_summary;
};

} // namespace limber

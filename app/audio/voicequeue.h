#pragma once

#include "session/clock.h"
#include "session/cue.h"

#include <QList>

#include <chrono>
#include <optional>

namespace limber {

/// Decides which cue the voice says and when, without any audio, so the
/// rules can be tested with a ManualClock:
/// - one voice at a time: nothing is ever said over something else;
/// - a newer cue of higher priority interrupts the one being said, and so does
///   a newer countdown number or breath cue at the same priority (the old one
///   belongs to a moment that has passed; speech engines report the end of
///   short words late, so waiting would push every number a beat behind);
/// - a cue of lower or equal priority waits in a short queue; a newer cue of
///   the same kind replaces a waiting one (a later step or number makes the
///   earlier one pointless);
/// - a waiting cue that has gone stale is dropped: late words about a moment
///   that has passed confuse more than silence does;
/// - breath cues are never queued: they are only worth saying on the beat.
/// The owner says current() whenever offer() answers Speak or Interrupt or
/// next() returns a cue, and calls next() each time the voice falls silent.
class VoiceQueue
{
public:
    struct Limits
    {
        /// A waiting cue older than this is dropped.
        std::chrono::milliseconds staleAfter {3000};
        /// Step instructions stay useful for the whole step, so they may wait longer.
        std::chrono::milliseconds instructionStaleAfter {8000};
        /// A countdown number goes stale much sooner: the next one is a second away.
        std::chrono::milliseconds countdownStaleAfter {900};
        /// A voice that never reports finishing is taken to be silent after this,
        /// so a stuck speech engine cannot hold the queue forever.
        std::chrono::milliseconds longestUtterance {15000};
        /// Cues that may wait at once.
        qsizetype capacity = 3;
    };

    enum class Action {
        Speak, ///< the voice was silent: say current() now
        Interrupt, ///< stop the voice and say current() now
        Queue, ///< waits until the voice is free
        Drop, ///< will not be said
    };

    explicit VoiceQueue(const MonotonicClock &clock);
    VoiceQueue(const MonotonicClock &clock, Limits limits);

    /// A new cue wants the voice.
    Action offer(const Cue &cue);
    /// The voice fell silent. Returns the cue to say now (it becomes current()), if any.
    std::optional<Cue> next();
    /// Forgets what is being said and everything waiting (the session stopped).
    void clear();

    /// The cue being said, if the voice is busy.
    const std::optional<Cue> &current() const { return m_current; }
    bool isSpeaking() const { return m_current.has_value(); }
    qsizetype waiting() const { return m_waiting.size(); }
    const Limits &limits() const { return m_limits; }

private:
    struct Waiting
    {
        Cue cue;
        std::chrono::milliseconds offeredAt;
    };

    bool isStale(const Waiting &entry, std::chrono::milliseconds now) const;
    bool interrupts(const Cue &newer) const;
    void dropStale(std::chrono::milliseconds now);
    void forgetStuckUtterance(std::chrono::milliseconds now);
    bool makeRoomFor(const Cue &cue);
    void startSaying(const Cue &cue, std::chrono::milliseconds now);

    const MonotonicClock &m_clock;
    Limits m_limits;
    std::optional<Cue> m_current;
    std::chrono::milliseconds m_currentSince {0};
    QList<Waiting> m_waiting;
};

} // namespace limber

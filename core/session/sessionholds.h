#pragma once

#include "core/session/phase.h"
#include "core/session/sessionrecords.h"

#include <QDateTime>
#include <QHash>

#include <chrono>

namespace limber {

/// The holds of one session as the runner meets them: whether the hold of
/// the current phase is still open (to be recorded), when it began on the
/// calendar, how each hold of the routine ended, and the hold counts and
/// held time of the summary. It reads no clock: the runner says when.
///
/// Each hold counts once, by the best of its attempts (held to its end,
/// else cut short, else skipped), however often it was gone back to.
class SessionHolds
{
public:
    /// A hold left sooner than `startedAfter` was skipped, not cut short.
    explicit SessionHolds(std::chrono::milliseconds startedAfter);

    /// `phase` begins: a hold opens, waiting for its start time; any other
    /// phase leaves nothing open.
    void enter(const Phase &phase);
    /// The hold of the current phase has not been recorded yet.
    bool isOpen() const { return m_open; }
    /// Nothing is recorded for the open hold: it is done again, or the
    /// session ended before it began.
    void drop() { m_open = false; }

    /// The open hold has no calendar start time yet (it opened while paused).
    bool needsStartTime() const { return m_startPending; }
    void setStartTime(const QDateTime &utc, int utcOffsetSeconds);

    /// Closes the open hold of `phase` after `held` of active time, held to
    /// its end or not, and returns its record for the log.
    HoldRecord close(const Phase &phase, std::chrono::milliseconds held, bool completed);
    /// The person skipped the hold of `phase` after `held`: counted as skipped
    /// when that is shorter than `startedAfter`. Records nothing.
    void noteSkip(const Phase &phase, std::chrono::milliseconds held);

    /// Some hold was held to its end.
    bool anyHeld() const;
    /// Sets the hold counts and the held time of `summary`.
    void countInto(SessionSummary &summary) const;

private:
    /// How a hold ended, best attempt last.
    enum class Outcome { Skipped, CutShort, Held };
    struct Ending
    {
        Outcome outcome;
        Side side;
    };
    void note(const Phase &phase, Outcome outcome);

    const std::chrono::milliseconds m_startedAfter;
    bool m_open = false;
    bool m_startPending = false;
    QDateTime m_startUtc;
    int m_utcOffsetSeconds = 0;
    std::chrono::milliseconds m_totalHeld {0};
    /// By phase index: the best ending of each hold that was entered.
    QHash<int, Ending> m_endings;
};

} // namespace limber

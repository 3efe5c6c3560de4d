#include "core/session/sessionholds.h"

#include <algorithm>

namespace limber {

using std::chrono::milliseconds;

SessionHolds::SessionHolds(milliseconds startedAfter)
    : m_startedAfter(startedAfter)
{ }

void SessionHolds::enter(const Phase &phase)
{
    m_open = phase.isHold();
    m_startPending = m_open;
}

void SessionHolds::setStartTime(const QDateTime &utc, int utcOffsetSeconds)
{
    m_startUtc = utc;
    m_utcOffsetSeconds = utcOffsetSeconds;
    m_startPending = false;
}

HoldRecord SessionHolds::close(const Phase &phase, milliseconds held, bool completed)
{
    m_open = false;
    HoldRecord record;
    record.exerciseId = phase.exerciseId;
    record.itemIndex = phase.itemIndex;
    record.side = phase.side;
    record.holdNumber = phase.holdNumber;
    record.holdsPerSide = phase.holdsPerSide;
    record.target = phase.duration;
    record.held = held;
    record.startUtc = m_startUtc;
    record.utcOffsetSeconds = m_utcOffsetSeconds;
    record.completed = completed;

    m_totalHeld += held;
    if (completed)
        note(phase, Outcome::Held);
    else if (held >= m_startedAfter)
        note(phase, Outcome::CutShort);
    return record;
}

void SessionHolds::noteSkip(const Phase &phase, milliseconds held)
{
    if (held < m_startedAfter)
        note(phase, Outcome::Skipped);
}

void SessionHolds::note(const Phase &phase, Outcome outcome)
{
    auto it = m_endings.find(phase.index);
    if (it == m_endings.end())
        m_endings.insert(phase.index, {outcome, phase.side});
    else
        it->outcome = std::max(it->outcome, outcome);
}

bool SessionHolds::anyHeld() const
{
    return std::any_of(m_endings.cbegin(), m_endings.cend(),
        [](const Ending &ending) { return ending.outcome == Outcome::Held; });
}

void SessionHolds::countInto(SessionSummary &summary) const
{
    summary.completedLeftHolds = 0;
    summary.completedRightHolds = 0;
    summary.completedUnsidedHolds = 0;
    summary.cutShortHolds = 0;
    summary.skippedHolds = 0;
    summary.totalHeld = m_totalHeld;
    for (const Ending &ending : m_endings) {
        if (ending.outcome == Outcome::Skipped)
            ++summary.skippedHolds;
        else if (ending.outcome == Outcome::CutShort)
            ++summary.cutShortHolds;
        else if (ending.side == Side::Left)
            ++summary.completedLeftHolds;
        else if (ending.side == Side::Right)
            ++summary.completedRightHolds;
        else
            ++summary.completedUnsidedHolds;
    }
}

} // namespace limber

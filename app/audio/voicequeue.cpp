#include "voicequeue.h"

#include <algorithm>

namespace limber {

namespace {

bool isBreath(const Cue &cue)
{
    return cue.kind == Cue::Kind::BreatheIn || cue.kind == Cue::Kind::BreatheOut;
}

} // namespace

VoiceQueue::VoiceQueue(const MonotonicClock &clock)
    : VoiceQueue(clock, Limits {})
{ }

VoiceQueue::VoiceQueue(const MonotonicClock &clock, Limits limits)
    : m_clock(clock)
    , m_limits(limits)
{ }

VoiceQueue::Action VoiceQueue::offer(const Cue &cue)
{
    const auto now = m_clock.now();
    forgetStuckUtterance(now);
    dropStale(now);

    if (!m_current) {
        startSaying(cue, now);
        return Action::Speak;
    }
    if (cue.priority > m_current->priority) {
        startSaying(cue, now);
        return Action::Interrupt;
    }
    if (isBreath(cue))
        return Action::Drop;

    m_waiting.removeIf([&cue](const Waiting &entry) { return entry.cue.kind == cue.kind; });
    if (!makeRoomFor(cue))
        return Action::Drop;
    m_waiting.append({cue, now});
    return Action::Queue;
}

std::optional<Cue> VoiceQueue::next()
{
    const auto now = m_clock.now();
    m_current.reset();
    dropStale(now);
    if (m_waiting.isEmpty())
        return std::nullopt;

    // Highest priority first; among equals the one that has waited longest.
    const auto chosen = std::max_element(m_waiting.cbegin(), m_waiting.cend(),
        [](const Waiting &a, const Waiting &b) { return a.cue.priority < b.cue.priority; });
    const Cue cue = chosen->cue;
    m_waiting.erase(chosen);
    startSaying(cue, now);
    return cue;
}

void VoiceQueue::clear()
{
    m_current.reset();
    m_waiting.clear();
}

bool VoiceQueue::isStale(const Waiting &entry, std::chrono::milliseconds now) const
{
    const auto limit = entry.cue.kind == Cue::Kind::Countdown ? m_limits.countdownStaleAfter
                                                              : m_limits.staleAfter;
    return now - entry.offeredAt > limit;
}

void VoiceQueue::dropStale(std::chrono::milliseconds now)
{
    m_waiting.removeIf([this, now](const Waiting &entry) { return isStale(entry, now); });
}

void VoiceQueue::forgetStuckUtterance(std::chrono::milliseconds now)
{
    if (m_current && now - m_currentSince > m_limits.longestUtterance)
        m_current.reset();
}

bool VoiceQueue::makeRoomFor(const Cue &cue)
{
    if (m_waiting.size() < m_limits.capacity)
        return true;
    if (m_waiting.isEmpty())
        return false;
    // Evict the least important waiting cue (the oldest among equals), but
    // only if the newcomer matters at least as much.
    const auto weakest = std::min_element(m_waiting.cbegin(), m_waiting.cend(),
        [](const Waiting &a, const Waiting &b) { return a.cue.priority < b.cue.priority; });
    if (weakest->cue.priority > cue.priority)
        return false;
    m_waiting.erase(weakest);
    return true;
}

void VoiceQueue::startSaying(const Cue &cue, std::chrono::milliseconds now)
{
    m_current = cue;
    m_currentSince = now;
}

} // namespace limber

#include "voicequeue.h"

#include <algorithm>

namespace limber {

namespace {

bool isBreath(const Cue &cue)
{
    return cue.kind == Cue::Kind::BreatheIn || cue.kind == Cue::Kind::BreatheOut;
}

/// Cues tied to a beat: a newer one makes the one being said pointless.
bool sameBeat(const Cue &a, const Cue &b)
{
    return (a.kind == Cue::Kind::Countdown && b.kind == Cue::Kind::Countdown)
        || (isBreath(a) && isBreath(b));
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
    if (interrupts(cue)) {
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

bool VoiceQueue::interrupts(const Cue &newer) const
{
    return newer.priority > m_current->priority
        || (newer.priority == m_current->priority && sameBeat(newer, *m_current));
}

bool VoiceQueue::isStale(const Waiting &entry, std::chrono::milliseconds now) const
{
    switch (entry.cue.kind) {
    case Cue::Kind::Countdown:
        return now - entry.offeredAt > m_limits.countdownStaleAfter;
    case Cue::Kind::StepText:
        return now - entry.offeredAt > m_limits.instructionStaleAfter;
    default:
        return now - entry.offeredAt > m_limits.staleAfter;
    }
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

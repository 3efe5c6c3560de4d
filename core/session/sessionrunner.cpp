#include "core/session/sessionrunner.h"

#include "core/session/cuetext.h"

#include <QScopeGuard>

#include <algorithm>
#include <utility>

namespace limber {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace {

/// Words about safety still help late; the end is always announced.
bool neverStale(Cue::Kind kind)
{
    return kind == Cue::Kind::Done || kind == Cue::Kind::Caution || kind == Cue::Kind::Finish;
}

} // namespace

SessionRunner::SessionRunner(
    Timeline timeline, const MonotonicClock &clock, const WallClock &wallClock, QObject *parent)
    : QObject(parent)
    , m_timeline(std::move(timeline))
    , m_clock(clock)
    , m_wallClock(wallClock)
    , m_holds(m_timeline.options().holdStartedAfter)
{ }

milliseconds SessionRunner::rawActiveElapsed() const
{
    if (m_state != State::Running)
        return m_accumulated;
    return std::min(m_accumulated + (m_clock.now() - m_resumedAt), m_timeline.totalDuration());
}

milliseconds SessionRunner::activeElapsed() const
{
    return std::max(0ms, rawActiveElapsed());
}

std::optional<milliseconds> SessionRunner::monotonicTimeOf(milliseconds active) const
{
    if (m_state == State::Running)
        return m_resumedAt + (active - m_accumulated);
    if (m_state == State::Finished && m_endedAt)
        return *m_endedAt + (active - m_accumulated);
    return std::nullopt;
}

milliseconds SessionRunner::timeLeftInPhase() const
{
    return std::max(0ms, currentPhase().end() - activeElapsed());
}

milliseconds SessionRunner::timeLeftInSession() const
{
    return m_timeline.totalDuration() - activeElapsed();
}

std::optional<milliseconds> SessionRunner::timeUntilNextEvent() const
{
    if (m_state != State::Running)
        return std::nullopt;
    milliseconds next = currentPhase().end();
    if (m_nextCue < m_timeline.cues().size())
        next = std::min(next, m_timeline.cues().at(m_nextCue).at);
    return std::max(0ms, next - rawActiveElapsed());
}

void SessionRunner::start(milliseconds lead)
{
    if (m_state != State::Ready)
        return;
    ++m_generation;
    m_state = State::Running;
    m_summary.startedUtc = m_wallClock.nowUtc().toUTC();
    m_summary.utcOffsetSeconds = m_wallClock.utcOffsetSeconds();
    m_accumulated = 0ms;
    rebaseline();
    m_resumedAt += std::max(0ms, lead);
    m_nextCue = 0;
    const quint64 generation = m_generation;
    Q_EMIT timeBaseChanged();
    if (generation != m_generation)
        return;
    enterPhase(0);
    if (generation == m_generation)
        advance();
}

void SessionRunner::pause()
{
    poll();
    if (m_state != State::Running)
        return;
    ++m_generation;
    m_accumulated = activeElapsed();
    m_state = State::Paused;
    const quint64 generation = m_generation;
    Q_EMIT timeBaseChanged();
    if (generation == m_generation)
        Q_EMIT pausedChanged(true);
}

void SessionRunner::resume()
{
    if (m_state != State::Paused)
        return;
    ++m_generation;
    m_state = State::Running;
    rebaseline();
    if (m_holds.needsStartTime())
        stampHoldStart();
    const quint64 generation = m_generation;
    Q_EMIT timeBaseChanged();
    if (generation == m_generation)
        Q_EMIT pausedChanged(false);
    if (generation == m_generation)
        poll();
}

void SessionRunner::togglePause()
{
    if (m_state == State::Running)
        pause();
    else
        resume();
}

void SessionRunner::skip()
{
    poll();
    // At Done there is nothing to skip to; the session is finishing.
    if (!isActive() || currentPhase().kind == Phase::Kind::Done)
        return;
    ++m_generation;
    const quint64 generation = m_generation;
    closeHoldEarly(activeElapsed(), true);
    if (generation == m_generation)
        jumpTo(m_phaseIndex + 1);
}

void SessionRunner::back()
{
    poll();
    if (!isActive())
        return;
    ++m_generation;
    const milliseconds intoPhase = activeElapsed() - currentPhase().start;
    const bool toPrevious = intoPhase < m_timeline.options().backGrace && m_phaseIndex > 0;
    m_holds.drop(); // the hold is done again, so this attempt is not logged
    jumpTo(toPrevious ? m_phaseIndex - 1 : m_phaseIndex);
}

bool SessionRunner::extendHold()
{
    return extendHoldBy(m_timeline.options().extendStep);
}

bool SessionRunner::extendHoldBy(milliseconds extra)
{
    poll();
    // A hold whose record has gone out (from a holdFinished slot) is over.
    if (!isActive() || !currentPhase().isHold() || !m_holds.isOpen())
        return false;
    Result<Timeline> extended = m_timeline.withHoldExtended(m_phaseIndex, extra);
    if (!extended)
        return false;
    ++m_generation;
    // Cues before the hold are the same in both timelines. Of the hold's own
    // cues, those up to the last one emitted are done; when not called from a
    // slot during an emission, everything up to now has just been emitted.
    const qsizetype holdFirstCue = firstCueAtOrAfter(currentPhase().start);
    std::optional<milliseconds> doneThrough;
    if (m_nextCue > holdFirstCue)
        doneThrough = m_emitting ? m_timeline.cues().at(m_nextCue - 1).at : activeElapsed();
    m_timeline = std::move(extended).value();
    m_nextCue = holdFirstCue;
    const QList<Cue> &cues = m_timeline.cues();
    while (doneThrough && m_nextCue < cues.size() && cues.at(m_nextCue).at <= *doneThrough)
        ++m_nextCue;
    Q_EMIT phaseUpdated(currentPhase());
    return true;
}

void SessionRunner::stop(StopReason reason)
{
    poll();
    if (!isActive())
        return;
    ++m_generation;
    const quint64 generation = m_generation;
    const milliseconds now = activeElapsed();
    closeHoldEarly(now, false);
    if (generation != m_generation)
        return;
    finish(reason == StopReason::None ? StopReason::User : reason, now);
}

Cue SessionRunner::stoppedForPainCue() const
{
    const Phase &phase = currentPhase();
    QString words;
    if (phase.itemIndex >= 0 && phase.itemIndex < m_timeline.routine().items.size())
        words
            = m_timeline.exerciseOf(phase.itemIndex).finish.text(m_timeline.options().uiLanguages);
    Cue cue;
    cue.kind = Cue::Kind::StoppedForPain;
    cue.priority = priorityOf(cue.kind);
    cue.text = words.isEmpty() ? cuetext::stoppedForPain() : words;
    cue.at = m_accumulated;
    cue.phaseIndex = m_phaseIndex;
    return cue;
}

void SessionRunner::poll()
{
    // A poll from a slot during an emission has nothing to add: the emission
    // in progress carries on up to the current time.
    if (m_state != State::Running || m_emitting)
        return;
    if (detectInterruption())
        return;
    advance();
}

bool SessionRunner::detectInterruption()
{
    const milliseconds monotonic = m_clock.now();
    const milliseconds drift = m_clock.nowIncludingSuspend() - monotonic;
    const bool slept = drift - m_lastDrift > m_timeline.options().suspendThreshold;
    const std::optional<milliseconds> stallLimit = m_timeline.options().stallThreshold;
    const bool stalled = !slept && stallLimit && monotonic - m_lastSeen > *stallLimit;
    const milliseconds lastSeen = m_lastSeen;
    m_lastDrift = drift;
    m_lastSeen = monotonic;
    if (!slept && !stalled)
        return false;

    // Everything up to the last poll was emitted; the machine fell asleep
    // (or the program stopped) somewhere after it. Resume from there, so no
    // time nobody saw is counted as held.
    ++m_generation;
    m_accumulated = std::min(m_accumulated + (lastSeen - m_resumedAt), m_timeline.totalDuration());
    m_state = State::Paused;
    const quint64 generation = m_generation;
    Q_EMIT timeBaseChanged();
    if (generation != m_generation)
        return true;
    Q_EMIT pausedChanged(true);
    if (generation != m_generation)
        return true;
    Cue paused;
    paused.kind = Cue::Kind::Paused;
    paused.priority = priorityOf(Cue::Kind::Paused);
    paused.text = slept ? cuetext::pausedAfterSleep() : cuetext::pausedAfterStall();
    paused.side = currentPhase().side;
    paused.at = m_accumulated;
    paused.phaseIndex = m_phaseIndex;
    Q_EMIT cue(paused);
    return true;
}

void SessionRunner::advance()
{
    const quint64 generation = m_generation;
    const bool wasEmitting = std::exchange(m_emitting, true);
    const auto restore = qScopeGuard([this, wasEmitting] { m_emitting = wasEmitting; });
    while (m_state == State::Running && generation == m_generation) {
        const milliseconds now = rawActiveElapsed();
        const Phase &phase = currentPhase();
        if (phase.kind == Phase::Kind::Done) {
            if (emitCuesUpTo(now, now))
                finish(StopReason::None, m_timeline.totalDuration());
            return;
        }
        const milliseconds end = phase.end();
        if (now < end) {
            emitCuesUpTo(now, now);
            return;
        }
        // The phase is over: its last cues, its hold record, then the next phase.
        const bool wasHold = phase.isHold() && m_holds.isOpen();
        const int next = phase.index + 1;
        if (!emitCuesUpTo(end - 1ms, now))
            return;
        if (wasHold) {
            recordHold(currentPhase().duration, true);
            if (generation != m_generation)
                return;
        }
        enterPhase(next);
    }
}

bool SessionRunner::emitCuesUpTo(milliseconds limit, milliseconds now)
{
    const quint64 generation = m_generation;
    const milliseconds staleBefore = now - m_timeline.options().staleCueLimit;
    while (m_nextCue < m_timeline.cues().size()) {
        const Cue due = m_timeline.cues().at(m_nextCue);
        if (due.at > limit)
            break;
        ++m_nextCue;
        if (due.at < staleBefore && !neverStale(due.kind))
            continue;
        Q_EMIT cue(due);
        if (generation != m_generation)
            return false;
    }
    return true;
}

void SessionRunner::jumpTo(int phaseIndex)
{
    const milliseconds start = m_timeline.phase(phaseIndex).start;
    const bool toDone = m_timeline.phase(phaseIndex).kind == Phase::Kind::Done;
    m_accumulated = start;
    m_resumedAt = m_clock.now();
    m_lastSeen = m_resumedAt;
    m_nextCue = firstCueAtOrAfter(start);
    const quint64 generation = m_generation;
    // Before the new time base, so whatever plays the sounds queues the
    // right words for the end from the start.
    chooseEndWords(phaseIndex);
    if (generation != m_generation)
        return;
    Q_EMIT timeBaseChanged();
    if (generation != m_generation)
        return;
    enterPhase(phaseIndex);
    if (generation != m_generation)
        return;
    // Done ends the session even when paused; otherwise a paused runner
    // announces the phase now and its cues on resume.
    if (toDone && m_state == State::Paused) {
        m_state = State::Running;
        rebaseline();
    }
    if (m_state == State::Running)
        advance();
}

void SessionRunner::chooseEndWords(int fromPhase)
{
    // Only a skip or a stop keeps a hold from being held to its end, and
    // both come through here (or end the session): so the end's words are
    // settled whenever the session jumps. "Well done" while a hold has been
    // held or one is still ahead; otherwise the plain truth.
    bool heldOrAhead = m_holds.anyHeld();
    for (int i = fromPhase; !heldOrAhead && i < m_timeline.phaseCount(); ++i)
        heldOrAhead = m_timeline.phase(i).isHold();
    const QString words = heldOrAhead ? cuetext::wellDone() : cuetext::noHoldsDone();
    const auto done = std::find_if(m_timeline.cues().cbegin(), m_timeline.cues().cend(),
        [](const Cue &cue) { return cue.kind == Cue::Kind::Done; });
    if (done == m_timeline.cues().cend() || done->text == words)
        return;
    m_timeline = m_timeline.withEndWords(words);
    Q_EMIT phaseUpdated(currentPhase());
}

void SessionRunner::enterPhase(int phaseIndex)
{
    m_phaseIndex = phaseIndex;
    const Phase &phase = currentPhase();
    m_holds.enter(phase);
    // A hold entered while paused begins when the session resumes.
    if (m_holds.needsStartTime() && m_state == State::Running)
        stampHoldStart();
    Q_EMIT phaseChanged(phase);
}

void SessionRunner::stampHoldStart()
{
    // When the hold began on the monotonic clock, carried over to the calendar:
    // the poll that notices a new hold may come a little after its start.
    const milliseconds monotonicNow = m_clock.now();
    const milliseconds startedAt = m_resumedAt + (currentPhase().start - m_accumulated);
    m_holds.setStartTime(m_wallClock.nowUtc().toUTC().addMSecs(-(monotonicNow - startedAt).count()),
        m_wallClock.utcOffsetSeconds());
}

void SessionRunner::closeHoldEarly(milliseconds now, bool skipped)
{
    if (!m_holds.isOpen() || !currentPhase().isHold())
        return;
    const milliseconds held = now - currentPhase().start;
    // A hold left at once was skipped, not cut short; one a stop ends before
    // it began was not reached at all.
    if (skipped)
        m_holds.noteSkip(currentPhase(), held);
    if (held <= 0ms) {
        m_holds.drop();
        return;
    }
    recordHold(held, false);
}

void SessionRunner::recordHold(milliseconds held, bool completed)
{
    if (m_holds.needsStartTime())
        stampHoldStart();
    Q_EMIT holdFinished(m_holds.close(currentPhase(), held, completed));
}

void SessionRunner::finish(StopReason reason, milliseconds activeAtEnd)
{
    ++m_generation;
    // A routine that ran to its end keeps the clock time of its last moment
    // (when it was due, not when the poll noticed it) for sounds after it.
    if (reason == StopReason::None && m_state == State::Running)
        m_endedAt = m_resumedAt + (activeAtEnd - m_accumulated);
    m_accumulated = activeAtEnd;
    m_state = State::Finished;
    m_holds.drop();
    m_summary.activeTime = m_accumulated;
    m_holds.countInto(m_summary);
    // Skipping through every hold to the end is not a finished routine.
    m_summary.completed = reason == StopReason::None && m_summary.heldHolds() > 0;
    m_summary.stopReason = reason;
    const quint64 generation = m_generation;
    Q_EMIT timeBaseChanged();
    // After the time base: whatever was sounding has been cut, and the words
    // on how to come out of the stretch are what is heard.
    if (generation == m_generation && reason == StopReason::Pain)
        Q_EMIT cue(stoppedForPainCue());
    if (generation == m_generation)
        Q_EMIT finished(m_summary);
}

void SessionRunner::rebaseline()
{
    m_resumedAt = m_clock.now();
    m_lastSeen = m_resumedAt;
    m_lastDrift = m_clock.nowIncludingSuspend() - m_resumedAt;
}

qsizetype SessionRunner::firstCueAtOrAfter(milliseconds at) const
{
    const QList<Cue> &cues = m_timeline.cues();
    auto first = std::lower_bound(
        cues.cbegin(), cues.cend(), at, [](const Cue &cue, milliseconds t) { return cue.at < t; });
    return first - cues.cbegin();
}

} // namespace limber

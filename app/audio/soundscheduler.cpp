#include "app/audio/soundscheduler.h"

#include "core/session/sessionrunner.h"
#include "core/util/clock.h"

#include <algorithm>

namespace limber {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace {

/// Fade for sounds cut off by a pause or a jump: short, but long enough not to click.
constexpr milliseconds cutOffFade {40};
/// How often a finished session looks whether its last sounds have played.
constexpr milliseconds drainPoll {100};
/// Group numbers for the mixer start high, away from other users' groups.
quint64 nextGroup()
{
    static quint64 group = 1u << 20;
    return ++group;
}

} // namespace

SoundScheduler::SoundScheduler(Mixer &mixer, const MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_mixer(mixer)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SoundScheduler::pump);
}

SoundScheduler::~SoundScheduler() = default;

void SoundScheduler::setClipSource(ClipSource source, ComingUp comingUp)
{
    m_clipSource = std::move(source);
    m_comingUp = std::move(comingUp);
}

void SoundScheduler::attach(SessionRunner &runner, SoundPlan plan)
{
    detach();
    m_runner = &runner;
    m_plan = std::move(plan);
    m_queued = 0;
    m_finished = false;
    connect(&runner, &SessionRunner::timeBaseChanged, this, &SoundScheduler::onTimeBaseChanged);
    connect(&runner, &QObject::destroyed, this, [this] { detach(); });
    restartFrom(runner.activeElapsed());
}

void SoundScheduler::replan(SoundPlan plan)
{
    if (!m_runner)
        return;
    m_plan = std::move(plan);
    // Sounds already handed over stay when the new plan has them too (the
    // hold so far is unchanged); the ones it moved are taken back.
    const QList<std::pair<quint64, PlannedSound>> handedOver = std::exchange(m_inMixer, {});
    for (const auto &[id, sound] : handedOver) {
        if (m_plan.sounds.contains(sound))
            m_inMixer.append({id, sound});
        else
            m_mixer.cancel(id);
    }
    const milliseconds now = m_runner->activeElapsed();
    m_next = std::lower_bound(m_plan.sounds.cbegin(), m_plan.sounds.cend(), now,
                 [](const PlannedSound &sound, milliseconds at) { return sound.at < at; })
        - m_plan.sounds.cbegin();
    m_toldUpTo = m_next;
    pump();
}

void SoundScheduler::detach()
{
    m_timer.stop();
    if (m_runner)
        m_runner->disconnect(this);
    const bool wasAttached = !m_runner.isNull() || m_group != 0;
    m_runner = nullptr;
    if (wasAttached) {
        m_mixer.cancelPending(m_group);
        m_mixer.fadeOutPlaying(cutOffFade);
    }
    m_group = 0;
    m_plan = {};
    m_inMixer.clear();
    m_next = 0;
    m_toldUpTo = 0;
}

void SoundScheduler::onTimeBaseChanged()
{
    if (!m_runner)
        return;
    if (m_runner->state() == SessionRunner::State::Finished
        && m_runner->monotonicTimeOf(m_runner->activeElapsed())) {
        // The routine ran to its end: the last sounds (the done tone, "well
        // done") play out on the time base of its final moment.
        m_finished = true;
        pump();
        return;
    }
    // Paused, stopped or moved: nothing queued for the old moment may sound,
    // and words about a moment that is gone stop.
    m_mixer.cancelPending(m_group);
    m_mixer.fadeOutPlaying(cutOffFade);
    if (m_runner->state() == SessionRunner::State::Finished) {
        m_finished = true;
        m_timer.stop();
        checkDrained();
        return;
    }
    restartFrom(m_runner->activeElapsed());
}

void SoundScheduler::restartFrom(milliseconds active)
{
    m_group = nextGroup();
    m_inMixer.clear();
    // A sound planned for exactly this moment (the start of the phase jumped
    // to) still plays; sounds before it are gone.
    m_next = std::lower_bound(m_plan.sounds.cbegin(), m_plan.sounds.cend(), active,
                 [](const PlannedSound &sound, milliseconds at) { return sound.at < at; })
        - m_plan.sounds.cbegin();
    m_toldUpTo = m_next;
    pump();
}

void SoundScheduler::pump()
{
    if (!m_runner)
        return;
    const milliseconds monotonicNow = m_clock.now();
    const auto steadyNow = Mixer::Clock::now();
    tellComingUp();
    while (m_next < m_plan.sounds.size()) {
        const PlannedSound &sound = m_plan.sounds.at(m_next);
        const std::optional<milliseconds> due = m_runner->monotonicTimeOf(sound.at);
        if (!due)
            break; // paused: resume() restarts the queue
        const milliseconds wait = *due - monotonicNow;
        if (wait > handOverAhead) {
            tellComingUp();
            arm(wait - handOverAhead);
            return;
        }
        const Mixer::Clock::time_point when = steadyNow + wait;
        if (m_outputPlaying && !m_outputPlaying()) {
            ++m_next;
            continue;
        }
        const bool alreadyHanded = std::any_of(m_inMixer.cbegin(), m_inMixer.cend(),
            [&sound](const auto &entry) { return entry.second == sound; });
        if (alreadyHanded) {
            ++m_next;
            continue;
        }
        if (const auto clip = m_clipSource ? m_clipSource(sound) : nullptr) {
            m_inMixer.append({m_mixer.play(clip, when, m_group), sound});
            ++m_queued;
            Q_EMIT soundQueued(sound, when);
        }
        ++m_next;
    }
    m_timer.stop();
    if (m_finished)
        checkDrained();
}

void SoundScheduler::tellComingUp()
{
    // Counted from the next sound rather than from now: the next wake-up is
    // its hand-over, so each sound is heard of at least one wake-up early.
    if (!m_comingUp || m_next >= m_plan.sounds.size())
        return;
    const milliseconds horizon = m_plan.sounds.at(m_next).at + comingUpAhead;
    QList<PlannedSound> coming;
    m_toldUpTo = std::max(m_toldUpTo, m_next);
    while (m_toldUpTo < m_plan.sounds.size() && m_plan.sounds.at(m_toldUpTo).at <= horizon)
        coming.append(m_plan.sounds.at(m_toldUpTo++));
    if (!coming.isEmpty())
        m_comingUp(coming);
}

void SoundScheduler::arm(milliseconds wait)
{
    m_timer.start(int(std::clamp<qint64>(wait.count(), 1, 60'000)));
}

void SoundScheduler::checkDrained()
{
    const bool silent = m_outputPlaying && !m_outputPlaying();
    if (!silent && !m_mixer.isIdle()) {
        QTimer::singleShot(drainPoll, this, &SoundScheduler::checkDrained);
        return;
    }
    if (m_finished) {
        m_finished = false;
        Q_EMIT finishedPlaying();
    }
}

} // namespace limber

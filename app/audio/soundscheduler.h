#pragma once

#include "app/audio/mixer.h"
#include "core/session/soundplan.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace limber {

class MonotonicClock;
class SessionRunner;

/// Feeds a session's planned sounds to the Mixer a little ahead of their
/// moment, each at the clock time the runner says its active time falls on.
/// So every cue is heard at its planned instant, the first as punctually as
/// the last, however late a timer fires. Whenever the runner's time base
/// changes (pause, resume, skip, back, sleep, stop) the sounds queued for the
/// old one are taken back and what was sounding fades out; an extended hold
/// gives a new plan, and the sounds still to come follow it.
class SoundScheduler : public QObject
{
    Q_OBJECT

public:
    /// The clip of a planned sound, asked for as it is handed to the mixer;
    /// null: the sound is skipped.
    using ClipSource = std::function<std::shared_ptr<const PcmClip>(const PlannedSound &)>;
    /// Told, once each, of the sounds planned within half a minute of the
    /// next one, so their clips can be got ready before they are asked for.
    using ComingUp = std::function<void(const QList<PlannedSound> &)>;

    /// The clock must be the runner's; both must outlive the scheduler.
    SoundScheduler(Mixer &mixer, const MonotonicClock &clock, QObject *parent = nullptr);
    ~SoundScheduler() override;

    /// How far ahead sounds are handed to the mixer: more than the audio
    /// stream's buffer, so a sound is queued before its frames are written.
    std::chrono::milliseconds lookahead() const { return handOverAhead; }

    /// Where clips come from; without a source every sound is skipped.
    void setClipSource(ClipSource source, ComingUp comingUp = {});

    /// Plays `plan` for `runner`. Replaces any session attached before.
    void attach(SessionRunner &runner, SoundPlan plan);
    /// The runner's timeline changed length (an extended hold): the sounds
    /// still to come follow the new plan.
    void replan(SoundPlan plan);
    /// Forgets the session; what is sounding fades out.
    void detach();

    /// Whether the sound output plays now. While it does not, sounds coming
    /// due are passed over (a cue heard late misleads) and the end of the
    /// session does not wait for them. Without a check the output is taken to play.
    void setOutputCheck(std::function<bool()> playing) { m_outputPlaying = std::move(playing); }

    bool isAttached() const { return !m_runner.isNull(); }
    const SoundPlan &plan() const { return m_plan; }
    /// Planned sounds handed to the mixer so far in this session.
    int queuedCount() const { return m_queued; }

    /// Queues every planned sound due within the lookahead. The timer calls
    /// this; tests call it after moving a ManualClock.
    void pump();

Q_SIGNALS:
    /// A planned sound was handed to the mixer; `heardAt` is the steady-clock
    /// moment it was asked for.
    void soundQueued(
        const limber::PlannedSound &sound, std::chrono::steady_clock::time_point heardAt);
    /// The session is over and everything it queued has been played.
    void finishedPlaying();

private:
    void onTimeBaseChanged();
    void restartFrom(std::chrono::milliseconds active);
    void arm(std::chrono::milliseconds wait);
    void checkDrained();
    void tellComingUp();

    Mixer &m_mixer;
    const MonotonicClock &m_clock;
    QPointer<SessionRunner> m_runner;
    SoundPlan m_plan;
    ClipSource m_clipSource;
    ComingUp m_comingUp;
    /// Sounds handed to the mixer for the current time base, with their ids.
    QList<std::pair<quint64, PlannedSound>> m_inMixer;
    qsizetype m_next = 0; ///< first planned sound not yet queued
    qsizetype m_toldUpTo = 0; ///< first planned sound comingUp has not heard of
    quint64 m_group = 0; ///< the mixer group of the current time base
    int m_queued = 0;
    bool m_finished = false;
    static constexpr std::chrono::milliseconds handOverAhead {600};
    static constexpr std::chrono::milliseconds comingUpAhead {30'000};
    QTimer m_timer;
    std::function<bool()> m_outputPlaying;
};

} // namespace limber

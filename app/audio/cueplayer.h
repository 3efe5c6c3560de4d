#pragma once

#include "app/audio/audiosystem.h"
#include "app/audio/cuerouting.h"
#include "app/audio/cuesink.h"
#include "app/audio/mixer.h"
#include "app/audio/tone.h"
#include "core/session/soundplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace limber {

class AudioStream;
class MonotonicClock;
class SessionRunner;
class SoundScheduler;
class SoundTrace;
class SpeechCache;
class SpeechEngine;
class SpeechPreparation;
class Timeline;

/// Everything a session sounds like, through one audio path the program owns:
/// tones and words are clips in memory, mixed by the Mixer into one stream
/// kept open on its own thread. Before a session starts, prepareSession()
/// renders every sentence it may say and opens the stream; attachSession()
/// then plans where each sound goes (planSounds: words never over a tone or
/// a tick) and the SoundScheduler plays each at its instant.
///
/// With no sound output the player stays silent and says so once through
/// audioUnavailable(); the session runs on with its cues on screen. When the
/// output goes away mid-session the same happens, and the stream opens again
/// as soon as a device is back.
class CuePlayer final : public QObject, public CueSink
{
    Q_OBJECT

public:
    /// How the player reaches the machine; system() is the real one.
    struct Machine
    {
        /// The sound outputs and the speech engine, or null with the
        /// reason in `problem`. Asked once, by start().
        std::function<std::unique_ptr<AudioSystem>(QString *problem)> audioSystem;
        /// Limber's audio module (AudioModule).
        static Machine system();
    };

    /// The stream's sample rate: every clip is converted to it once, on load.
    static constexpr int sampleRate = 48000;

    /// Plays on this machine. The clock must be the sessions' clock.
    explicit CuePlayer(const MonotonicClock &clock, QObject *parent = nullptr);
    CuePlayer(const MonotonicClock &clock, Machine machine, QObject *parent = nullptr);
    ~CuePlayer() override;

    /// Loads the tones, the audio system and the speech engine, and opens
    /// the sound output.
    /// Call once the receiver of audioUnavailable() is connected; later calls do nothing.
    void start();

    /// Gets ready for a session of `timeline`: renders its words and waits
    /// for the output to play, then calls `ready` (at once when nothing is
    /// missing; after `patience` at the latest, ready or not).
    void prepareSession(const Timeline &timeline, std::function<void()> ready,
        std::chrono::milliseconds patience = std::chrono::seconds(4));
    /// Renders the words of `timeline` in the background, so that starting it
    /// later does not wait for them (the routine on the start page).
    void warmUp(const Timeline &timeline);
    /// How far ahead of its first moment a session should start, so its first
    /// sounds are queued in time: zero when there is nothing to play.
    std::chrono::milliseconds sessionLead() const;
    /// Plays the planned sounds of `runner`'s session until it ends.
    void attachSession(SessionRunner &runner);
    /// The plan of the attached session (empty when none).
    SoundPlan currentPlan() const;

    /// Cues the plan does not know in advance (the pause after a sleep), or
    /// any cue when no session is attached: played at once.
    void play(const Cue &cue) override;
    /// Silences the session's sounds (it was stopped).
    void stopSpeaking();

    /// Plays the start tone and a sentence now, as the preferences ask, then
    /// calls `finished` with a sentence for the person: what was played, or
    /// why nothing could be (then at once, before returning).
    void playTestSound(std::function<void(const QString &)> finished);

    void setPreferences(const CuePreferences &preferences);
    const CuePreferences &preferences() const { return m_preferences; }
    /// 0 to 1 as the person sees it (a slider); applies to everything.
    void setVolume(double volume);
    double volume() const { return m_volume; }
    /// Voice by name; empty: the default voice of the interface's language.
    void setVoiceName(const QString &name);
    QStringList voiceNames() const;

    bool tonesAvailable() const { return m_available.tones; }
    bool voiceAvailable() const { return m_available.voice; }
    /// Why spoken cues cannot be used here, for the person; empty when they can.
    QString voiceProblem() const { return m_voiceProblem; }
    bool isOutputPlaying() const;
    Mixer &mixer() { return m_mixer; }
    /// The rendered words; null before start().
    const SpeechCache *speechCache() const;
    /// Length of the tone's clip.
    std::chrono::milliseconds toneLength(Tone tone) const;

Q_SIGNALS:
    /// Sound or voice cannot play here (or stopped playing); `reason` is a
    /// sentence for the person. Sent once per reason.
    void audioUnavailable(const QString &reason);
    /// A planned sound was handed to the mixer.
    void soundQueued(const limber::PlannedSound &sound);
    /// The attached session has ended and all its sounds have been played.
    void sessionSoundsDone();

private:
    void loadTones(QStringList *problems);
    void openOutput();
    void onOutputFailed(const QString &reason);
    void onDevicesChanged();
    void checkPrepared();
    void finishPreparing();
    bool willSpeak() const;
    /// How each cue sounds; `phases` (the timeline's) tell which phase a cue starts.
    QList<CueSound> soundsOf(const QList<Cue> &cues, const QList<Phase> &phases = {}) const;
    SoundPlan planFor(const Timeline &timeline) const;
    void playNow(const CueSound &sound);
    void applyVolume();
    void tell(const QString &reason);
    void scheduleIdleClose();
    void whenQuiet(std::function<void()> then);

    const MonotonicClock &m_clock;
    Machine m_machine;
    Mixer m_mixer;
    bool m_started = false;
    AudioAvailability m_available;
    QString m_voiceProblem;
    CuePreferences m_preferences;
    double m_volume = 0.8;
    QHash<Tone, std::shared_ptr<const PcmClip>> m_tones;
    std::unique_ptr<SpeechPreparation> m_speech;
    std::unique_ptr<AudioSystem> m_system; ///< before the stream, which plays through it
    std::unique_ptr<AudioStream> m_stream;
    std::unique_ptr<SoundScheduler> m_scheduler;
    std::unique_ptr<SoundTrace> m_trace;
    OutputDevice m_device;
    QTimer m_retry; ///< looks for a device again after the output failed
    QTimer m_idleClose; ///< closes the stream when no session needs it
    QStringList m_told;

    // The session being prepared.
    std::function<void()> m_ready;
    QTimer m_patience;

    QPointer<SessionRunner> m_runner;
    int m_traceSession = 0;
};

} // namespace limber

#pragma once

#include "cuerouting.h"
#include "cuesink.h"
#include "tone.h"
#include "voicequeue.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace limber {

class SpeechOutput;
class ToneOutput;

/// Plays cues: a preloaded QSoundEffect per tone and, where an engine
/// exists, a voice driven through VoiceQueue. With no audio output or no
/// speech engine it stays silent and says so once through audioUnavailable().
class CuePlayer final : public QObject, public CueSink
{
    Q_OBJECT

public:
    /// What the machine offers; probe() asks the real machine.
    struct Environment
    {
        bool hasAudioOutput = false;
        QStringList speechEngines;
        static Environment probe();
    };

    /// How the player makes its outputs; system() gives the real ones.
    struct Outputs
    {
        /// The tones; called once, only when a sound output exists.
        std::function<std::unique_ptr<ToneOutput>()> tones;
        /// A voice for an engine name; may return null.
        std::function<std::unique_ptr<SpeechOutput>(const QString &engine)> speech;
        static Outputs system();
    };

    /// Plays on this machine (probes the devices and engines at start()).
    explicit CuePlayer(const MonotonicClock &clock, QObject *parent = nullptr);
    /// For tests and special set-ups: a given environment and outputs.
    CuePlayer(const MonotonicClock &clock, Environment environment, Outputs outputs,
        QObject *parent = nullptr);
    ~CuePlayer() override;

    /// Loads the tones and the speech engine. Call once the receiver of
    /// audioUnavailable() is connected; later calls do nothing.
    void start();

    void play(const Cue &cue) override;
    /// Silences the voice and forgets queued words (the session stopped).
    void stopSpeaking();

    void setPreferences(const CuePreferences &preferences);
    const CuePreferences &preferences() const { return m_preferences; }
    /// 0 to 1 as the person sees it (a slider); applies to tones and voice.
    void setVolume(double volume);
    double volume() const { return m_volume; }
    /// Voice by name; empty: the engine's default.
    void setVoiceName(const QString &name);
    QStringList voiceNames() const;

    /// How long words wait after the tone of the same cue, so the chime is
    /// heard on its own before the voice starts. Zero speaks at once.
    void setToneLeadIn(std::chrono::milliseconds leadIn) { m_toneLeadIn = leadIn; }
    std::chrono::milliseconds toneLeadIn() const { return m_toneLeadIn; }

    bool tonesAvailable() const { return m_available.tones; }
    bool voiceAvailable() const { return m_available.voice; }
    const VoiceQueue &voiceQueue() const { return m_voiceQueue; }

Q_SIGNALS:
    /// Sent at most once per player, from start(): sound or voice cannot play
    /// here. reason is a sentence for the person.
    void audioUnavailable(const QString &reason);
    /// A tone was sent to the sound output.
    void tonePlayed(limber::Tone tone);

private:
    void loadTones();
    void loadVoice(QStringList *problems);
    void playTone(Tone tone);
    void say(const Cue &cue);
    void onSpeechFinished();
    void applyVolume();

    VoiceQueue m_voiceQueue;
    Environment m_environment;
    Outputs m_outputs;
    bool m_probeAtStart = false;
    bool m_started = false;
    AudioAvailability m_available;
    CuePreferences m_preferences;
    double m_volume = 0.8;
    QString m_voiceName;
    std::chrono::milliseconds m_toneLeadIn {400};
    /// Bumped by stopSpeaking(), so words still waiting for their lead-in are not said.
    quint64 m_speechGeneration = 0;
    std::unique_ptr<ToneOutput> m_tones;
    std::unique_ptr<SpeechOutput> m_speech;
};

} // namespace limber

#include "cueplayer.h"

#include "speechoutput.h"
#include "toneoutput.h"
#ifdef LIMBER_HAVE_TEXTTOSPEECH
#include "texttospeechoutput.h"

#include <QTextToSpeech>
#endif

#include <QAudio>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// The slider is perceptual; sound outputs want a linear gain.
float linearGain(double sliderVolume)
{
    return QAudio::convertVolume(static_cast<float>(std::clamp(sliderVolume, 0.0, 1.0)),
        QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

} // namespace

CuePlayer::Environment CuePlayer::Environment::probe()
{
    Environment environment;
    environment.hasAudioOutput = !QMediaDevices::audioOutputs().isEmpty();
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    environment.speechEngines = QTextToSpeech::availableEngines();
#endif
    return environment;
}

CuePlayer::Outputs CuePlayer::Outputs::system()
{
    Outputs outputs;
    outputs.tones = [] { return std::make_unique<SoundEffectTones>(); };
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    outputs.speech = [](const QString &engine) -> std::unique_ptr<SpeechOutput> {
        return std::make_unique<TextToSpeechOutput>(engine);
    };
#else
    outputs.speech = [](const QString &) -> std::unique_ptr<SpeechOutput> { return nullptr; };
#endif
    return outputs;
}

CuePlayer::CuePlayer(const MonotonicClock &clock, QObject *parent)
    : CuePlayer(clock, Environment {}, Outputs::system(), parent)
{
    m_probeAtStart = true;
}

CuePlayer::CuePlayer(
    const MonotonicClock &clock, Environment environment, Outputs outputs, QObject *parent)
    : QObject(parent)
    , m_voiceQueue(clock)
    , m_environment(std::move(environment))
    , m_outputs(std::move(outputs))
{ }

CuePlayer::~CuePlayer() = default;

void CuePlayer::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_probeAtStart)
        m_environment = Environment::probe();

    if (!m_environment.hasAudioOutput) {
        Q_EMIT audioUnavailable(tr("No sound output was found, so Limber will stay silent. "
                                   "Every cue is still shown on screen."));
        return;
    }
    loadTones();
    QStringList problems;
    loadVoice(&problems);
    if (!problems.isEmpty() && m_preferences.voice)
        Q_EMIT audioUnavailable(problems.join(u' '));
}

void CuePlayer::loadTones()
{
    if (m_outputs.tones)
        m_tones = m_outputs.tones();
    m_available.tones = m_tones != nullptr;
    applyVolume();
}

void CuePlayer::loadVoice(QStringList *problems)
{
    if (m_environment.speechEngines.isEmpty()) {
        problems->append(tr("No speech engine is installed, so cues are given by tones "
                            "and on screen instead of by voice."));
        return;
    }
    if (m_outputs.speech)
        m_speech = m_outputs.speech(m_environment.speechEngines.constFirst());
    if (!m_speech) {
        problems->append(tr("Spoken cues are not available in this build of Limber."));
        return;
    }
    if (!m_speech->isUsable()) {
        problems->append(
            m_speech->problem() + u' ' + tr("Cues are given by tones and on screen instead."));
        m_speech.reset();
        return;
    }
    connect(m_speech.get(), &SpeechOutput::finished, this, &CuePlayer::onSpeechFinished);
    m_speech->setVoiceName(m_voiceName);
    m_available.voice = true;
    applyVolume();
}

void CuePlayer::play(const Cue &cue)
{
    const CueOutput output = routeCue(cue, m_preferences, m_available);
    if (output.tone)
        playTone(*output.tone);
    if (output.speech.isEmpty() || !m_speech)
        return;
    Cue spoken = cue;
    spoken.text = output.speech;
    if (!output.tone || m_toneLeadIn <= std::chrono::milliseconds::zero()) {
        say(spoken);
        return;
    }
    QTimer::singleShot(m_toneLeadIn, this, [this, spoken, generation = m_speechGeneration] {
        if (generation == m_speechGeneration)
            say(spoken);
    });
}

void CuePlayer::stopSpeaking()
{
    ++m_speechGeneration;
    m_voiceQueue.clear();
    if (m_speech)
        m_speech->stop();
}

void CuePlayer::setPreferences(const CuePreferences &preferences)
{
    m_preferences = preferences;
    if (!m_preferences.voice)
        stopSpeaking();
}

void CuePlayer::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    applyVolume();
}

void CuePlayer::setVoiceName(const QString &name)
{
    m_voiceName = name;
    if (m_speech)
        m_speech->setVoiceName(name);
}

QStringList CuePlayer::voiceNames() const
{
    return m_speech ? m_speech->voiceNames() : QStringList();
}

void CuePlayer::playTone(Tone tone)
{
    if (!m_tones)
        return;
    m_tones->play(tone);
    Q_EMIT tonePlayed(tone);
}

void CuePlayer::say(const Cue &cue)
{
    if (!m_speech)
        return;
    switch (m_voiceQueue.offer(cue)) {
    case VoiceQueue::Action::Speak:
    case VoiceQueue::Action::Interrupt:
        m_speech->speak(m_voiceQueue.current()->text);
        break;
    case VoiceQueue::Action::Queue:
    case VoiceQueue::Action::Drop:
        break;
    }
}

void CuePlayer::onSpeechFinished()
{
    if (const auto next = m_voiceQueue.next())
        m_speech->speak(next->text);
}

void CuePlayer::applyVolume()
{
    const float gain = linearGain(m_volume);
    if (m_tones)
        m_tones->setGain(gain);
    if (m_speech)
        m_speech->setVolume(gain);
}

} // namespace limber

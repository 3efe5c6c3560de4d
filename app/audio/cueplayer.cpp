#include "cueplayer.h"

#include "audiostream.h"
#include "session/cuetext.h"
#include "session/sessionrunner.h"
#include "session/timeline.h"
#include "soundscheduler.h"
#include "soundtrace.h"
#include "speechcache.h"
#include "speechengine.h"
#ifdef LIMBER_HAVE_ESPEAK
#include "espeakspeech.h"
#endif

#include <QAudio>
#include <QFile>
#include <QLocale>
#include <QMediaDevices>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace limber {

namespace {

/// Silence between a tone and the words of the same cue when played at once.
constexpr milliseconds wordsAfterTone {120};
/// How long the stream stays open once no session needs it: long enough for
/// the next session to start without waiting for the device, short enough
/// not to keep the sound card awake for nothing.
constexpr milliseconds idleBeforeClosing {60s};
/// How often a lost output is looked for again while a session runs.
constexpr milliseconds retryInterval {3s};
/// How far ahead of its first moment a session starts when it has sounds to play.
constexpr milliseconds soundLead {500};

// The slider is perceptual; the mixer wants a linear gain.
float linearGain(double sliderVolume)
{
    return QAudio::convertVolume(static_cast<float>(std::clamp(sliderVolume, 0.0, 1.0)),
        QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

/// The interface's language and country as a voice name eSpeak understands
/// ("en-us"); English where the locale names no language (the "C" locale).
QString languageVoice()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return u"en"_s;
    return locale.name().toLower().replace(u'_', u'-');
}

/// The interface's language alone ("en").
QString interfaceLanguage()
{
    return languageVoice().section(u'-', 0, 0);
}

} // namespace

CuePlayer::Machine CuePlayer::Machine::system()
{
    Machine machine;
    machine.defaultOutput = [] { return QMediaDevices::defaultAudioOutput(); };
    machine.speechEngine = [](QString *problem) -> std::unique_ptr<SpeechEngine> {
#ifdef LIMBER_HAVE_ESPEAK
        return EspeakSpeech::create(problem);
#else
        *problem = CuePlayer::tr("Spoken cues are not available in this build of Limber.");
        return nullptr;
#endif
    };
    return machine;
}

CuePlayer::CuePlayer(const MonotonicClock &clock, QObject *parent)
    : CuePlayer(clock, Machine::system(), parent)
{ }

CuePlayer::CuePlayer(const MonotonicClock &clock, Machine machine, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_machine(std::move(machine))
    , m_mixer(sampleRate)
    , m_stream(std::make_unique<AudioStream>(m_mixer))
    , m_scheduler(std::make_unique<SoundScheduler>(m_mixer, clock))
    , m_trace(std::make_unique<SoundTrace>())
{
    connect(m_stream.get(), &AudioStream::flowing, this, &CuePlayer::checkPrepared);
    connect(m_stream.get(), &AudioStream::failed, this, &CuePlayer::onOutputFailed);
    connect(m_scheduler.get(), &SoundScheduler::soundQueued, this,
        [this](const PlannedSound &sound) { Q_EMIT soundQueued(sound); });
    connect(m_scheduler.get(), &SoundScheduler::finishedPlaying, this, [this] {
        m_scheduler->detach();
        m_trace->sessionIdle(m_traceSession);
        scheduleIdleClose();
        Q_EMIT sessionSoundsDone();
    });
    m_scheduler->setOutputCheck([this] { return isOutputPlaying(); });
    m_retry.setInterval(retryInterval);
    connect(&m_retry, &QTimer::timeout, this, &CuePlayer::onDevicesChanged);
    m_idleClose.setSingleShot(true);
    m_idleClose.setInterval(idleBeforeClosing);
    connect(&m_idleClose, &QTimer::timeout, this, [this] {
        if (!m_scheduler->isAttached() && !m_ready)
            m_stream->close();
    });
    m_patience.setSingleShot(true);
    connect(&m_patience, &QTimer::timeout, this, &CuePlayer::finishPreparing);
    applyVolume();
}

CuePlayer::~CuePlayer()
{
    m_scheduler->detach();
}

void CuePlayer::start()
{
    if (m_started)
        return;
    m_started = true;

    QStringList problems;
    loadTones(&problems);
    QString speechProblem;
    std::unique_ptr<SpeechEngine> engine;
    if (m_machine.speechEngine)
        engine = m_machine.speechEngine(&speechProblem);
    m_speech = std::make_unique<SpeechCache>(std::move(engine), sampleRate);
    connect(m_speech.get(), &SpeechCache::prepared, this, [this](quint64 request) {
        if (request == m_speechRequest) {
            m_speechReady = true;
            // A voice that cannot speak (one chosen in Settings that is gone)
            // is said once; the words stay on screen.
            if (const QString problem = m_speech->lastProblem(); !problem.isEmpty())
                tell(problem + u' ' + tr("Cues are given by tones and on screen instead."));
            checkPrepared();
        }
    });
    applyVoice();

    // A device plugged in later (or a server started) is picked up from here.
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, &CuePlayer::onDevicesChanged);
    m_device = m_machine.defaultOutput ? m_machine.defaultOutput() : QAudioDevice();
    if (m_device.isNull()) {
        tell(tr("No sound output was found, so Limber will stay silent. "
                "Every cue is still shown on screen."));
        return;
    }
    m_available.tones = !m_tones.isEmpty();
    m_available.voice = m_speech->hasEngine();
    if (m_speech->hasEngine() && m_voiceName.isEmpty()
        && m_speech->voiceNames(interfaceLanguage()).isEmpty()) {
        // eSpeak would fall back to another language's voice: better no voice
        // than instructions in a language the person did not choose.
        m_available.voice = false;
        problems.append(tr("The speech engine has no voice for %1, so cues are given by tones "
                           "and on screen instead.")
                            .arg(QLocale::languageToString(QLocale().language())));
    } else if (!m_speech->hasEngine()) {
        problems.append(speechProblem.isEmpty()
                ? tr("No speech engine is installed, so cues are given by tones and on screen "
                     "instead of by voice.")
                : speechProblem + u' ' + tr("Cues are given by tones and on screen instead."));
    }
    if (!problems.isEmpty() && (m_preferences.voice || !m_available.tones))
        tell(problems.join(u' '));
    openOutput();
    scheduleIdleClose();
}

void CuePlayer::loadTones(QStringList *problems)
{
    for (const Tone tone : allTones) {
        QFile file(toneResourcePath(tone));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(tr("The sound %1 is missing from this build.").arg(file.fileName()));
            continue;
        }
        Result<PcmClip> clip = PcmClip::fromWav(file.readAll(), file.fileName());
        if (!clip) {
            problems->append(clip.error().message);
            continue;
        }
        m_tones.insert(tone, std::make_shared<const PcmClip>(clip->resampled(sampleRate)));
    }
}

std::chrono::milliseconds CuePlayer::toneLength(Tone tone) const
{
    const auto clip = m_tones.value(tone);
    return clip ? clip->duration() : 0ms;
}

void CuePlayer::openOutput()
{
    m_idleClose.stop();
    if (m_device.isNull() || m_stream->isOpen())
        return;
    m_stream->open(m_device);
}

bool CuePlayer::isOutputPlaying() const
{
    return m_stream->state() == AudioStream::State::Flowing;
}

void CuePlayer::onOutputFailed(const QString &reason)
{
    tell(reason + u' '
        + tr("The session goes on with its cues on screen; sound comes back when the output does."));
    // What was waiting to sound belonged to the lost stream.
    m_mixer.cancelAllPending();
    if (m_scheduler->isAttached() || m_ready)
        m_retry.start();
    checkPrepared();
}

void CuePlayer::onDevicesChanged()
{
    if (m_stream->state() == AudioStream::State::Flowing
        || m_stream->state() == AudioStream::State::Starting)
        return;
    if (!m_scheduler->isAttached() && !m_ready)
        m_retry.stop(); // no session needs sound now; the next one opens the output
    const QAudioDevice device = m_machine.defaultOutput ? m_machine.defaultOutput() : QAudioDevice();
    if (device.isNull())
        return;
    m_retry.stop();
    const bool firstDevice = m_device.isNull();
    m_device = device;
    if (firstDevice) {
        m_available.tones = !m_tones.isEmpty();
        m_available.voice = m_speech && m_speech->hasEngine();
    }
    if (m_scheduler->isAttached() || m_ready || m_stream->state() == AudioStream::State::Failed)
        openOutput();
}

void CuePlayer::prepareSession(
    const Timeline &timeline, std::function<void()> ready, milliseconds patience)
{
    m_ready = std::move(ready);
    m_speechReady = true;
    if (m_speech && m_speech->hasEngine() && m_preferences.voice && m_available.voice) {
        m_speechReady = false;
        m_speechRequest = m_speech->prepare(wordsOf(timeline));
    }
    openOutput();
    m_patience.start(patience);
    checkPrepared();
}

void CuePlayer::warmUp(const Timeline &timeline)
{
    if (m_speech && m_speech->hasEngine() && m_preferences.voice && m_available.voice)
        m_speech->prepare(wordsOf(timeline));
}

void CuePlayer::checkPrepared()
{
    if (!m_ready)
        return;
    const bool outputSettled = m_device.isNull() || m_stream->state() != AudioStream::State::Starting;
    if (m_speechReady && outputSettled)
        finishPreparing();
}

void CuePlayer::finishPreparing()
{
    m_patience.stop();
    if (auto ready = std::exchange(m_ready, {}))
        ready();
}

milliseconds CuePlayer::sessionLead() const
{
    return isOutputPlaying() ? soundLead : 0ms;
}

QStringList CuePlayer::wordsOf(const Timeline &timeline) const
{
    QStringList words;
    for (const CueSound &sound : soundsOf(timeline.cues(), timeline.phases()))
        words += sound.speech;
    Cue paused;
    paused.kind = Cue::Kind::Paused;
    paused.text = cuetext::pausedAfterSleep();
    words += soundsOf({paused}).constFirst().speech;
    // What a stop for pain may say: each exercise's finish words, or the general words.
    Cue painStop;
    painStop.kind = Cue::Kind::StoppedForPain;
    painStop.text = cuetext::stoppedForPain();
    words += soundsOf({painStop}).constFirst().speech;
    for (int item = 0; item < timeline.routine().items.size(); ++item) {
        painStop.text = timeline.exerciseOf(item).finish.text(timeline.options().uiLanguages);
        if (!painStop.text.isEmpty())
            words += soundsOf({painStop}).constFirst().speech;
    }
    // The words an extended hold may add.
    words << cuetext::halfway() << cuetext::tenSecondsRemaining();
    words.removeDuplicates();
    return words;
}

QList<CueSound> CuePlayer::soundsOf(const QList<Cue> &cues, const QList<Phase> &phases) const
{
    QList<CueSound> sounds;
    sounds.reserve(cues.size());
    for (const Cue &cue : cues) {
        CueSound sound;
        // The end has its own cue (the done tone and "Well done"); the Done
        // phase's start would only say "Done" after it.
        const bool startOfEnd = cue.kind == Cue::Kind::PhaseStart && cue.phaseIndex >= 0
            && cue.phaseIndex < phases.size() && phases.at(cue.phaseIndex).kind == Phase::Kind::Done;
        if (startOfEnd) {
            sounds.append(sound);
            continue;
        }
        const CueOutput output = routeCue(cue, m_preferences, m_available);
        sound.tone = output.tone;
        // A set-up step's title ("step 2 of 3") is for the eye; the ear gets
        // the step's instruction, which follows at the same moment and needs
        // the whole step to be said.
        const bool stepTitle = cue.kind == Cue::Kind::PhaseStart && cue.phaseIndex >= 0
            && cue.phaseIndex < phases.size() && phases.at(cue.phaseIndex).kind == Phase::Kind::Prepare;
        if (!output.speech.isEmpty() && !stepTitle) {
            sound.speech.append(output.speech);
            if (output.speech == cue.text && !cue.shortText.isEmpty() && cue.shortText != cue.text)
                sound.speech.append(cue.shortText);
        }
        sounds.append(sound);
    }
    return sounds;
}

SoundPlan CuePlayer::planFor(const Timeline &timeline) const
{
    const auto toneLengthOf = [this](Tone tone) { return toneLength(tone); };
    const auto speechLengthOf = [this](const QString &text) -> std::optional<milliseconds> {
        return m_speech ? m_speech->length(text) : std::nullopt;
    };
    return planSounds(timeline.cues(), soundsOf(timeline.cues(), timeline.phases()), timeline.phases(), toneLengthOf,
        speechLengthOf);
}

std::vector<std::shared_ptr<const PcmClip>> CuePlayer::clipsFor(const SoundPlan &plan) const
{
    std::vector<std::shared_ptr<const PcmClip>> clips;
    clips.reserve(std::size_t(plan.sounds.size()));
    for (const PlannedSound &sound : plan.sounds) {
        if (sound.kind == PlannedSound::Kind::Tone)
            clips.push_back(m_tones.value(sound.tone));
        else
            clips.push_back(m_speech ? m_speech->clip(sound.text) : nullptr);
    }
    return clips;
}

void CuePlayer::attachSession(SessionRunner &runner)
{
    m_idleClose.stop();
    m_runner = &runner;
    const SoundPlan plan = planFor(runner.timeline());
    m_traceSession = m_trace->sessionPlanned(plan);
    connect(&runner, &SessionRunner::phaseUpdated, this, [this, runner = &runner] {
        if (m_runner == runner) {
            const SoundPlan updated = planFor(runner->timeline());
            m_scheduler->replan(updated, clipsFor(updated));
        }
    });
    connect(&runner, &SessionRunner::finished, this,
        [this, session = m_traceSession](const SessionSummary &summary) {
            // Whether it ran to its end (its last sounds were due), however
            // many holds were skipped on the way.
            m_trace->sessionFinished(session, summary.stopReason == StopReason::None);
        });
    m_scheduler->attach(runner, plan, clipsFor(plan));
}

SoundPlan CuePlayer::currentPlan() const
{
    return m_scheduler->plan();
}

void CuePlayer::play(const Cue &cue)
{
    // The attached session's own cues are already planned and queued; the
    // runner's own (the pause after a sleep, the words after a stop for
    // pain) are not in the plan.
    const bool unplanned
        = cue.kind == Cue::Kind::Paused || cue.kind == Cue::Kind::StoppedForPain;
    if (m_scheduler->isAttached() && !unplanned)
        return;
    playNow(soundsOf({cue}).constFirst());
}

void CuePlayer::playNow(const CueSound &sound)
{
    if (!isOutputPlaying())
        return;
    auto when = Mixer::Clock::now();
    if (sound.tone) {
        if (const auto clip = m_tones.value(*sound.tone)) {
            m_mixer.play(clip, when);
            when += clip->duration() + wordsAfterTone;
        }
    }
    if (!sound.speech.isEmpty() && m_speech) {
        auto clip = m_speech->clip(sound.speech.constFirst());
        if (!clip)
            clip = m_speech->renderNow(sound.speech.constFirst());
        if (clip)
            m_mixer.play(clip, when);
    }
}

void CuePlayer::stopSpeaking()
{
    m_scheduler->detach();
    m_mixer.fadeOutPlaying(40ms);
}

QString CuePlayer::playTestSound()
{
    if (m_device.isNull())
        return tr("No sound output was found, so nothing could be played.");
    CueSound sound;
    if (m_preferences.tones && m_available.tones)
        sound.tone = Tone::PhaseStart;
    const QString sentence = tr("This is how Limber sounds. Breathe slowly and relax into the stretch.");
    const bool speak = m_preferences.voice && m_available.voice;
    if (speak)
        sound.speech.append(sentence);
    if (!sound.tone && sound.speech.isEmpty())
        return tr("Tones and voice are both off, so there is nothing to play.");
    const int percent = int(std::lround(m_volume * 100.0));
    QString what = sound.tone && speak ? tr("Played the start tone and a sentence")
        : sound.tone                   ? tr("Played the start tone")
                                       : tr("Said a sentence");
    what = tr("%1 at %2 % volume on “%3”.").arg(what).arg(percent).arg(m_device.description());
    if (isOutputPlaying()) {
        playNow(sound);
        scheduleIdleClose();
        return what;
    }
    // The output opens first; the test plays as soon as it does.
    openOutput();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_stream.get(), &AudioStream::flowing, this, [this, sound, connection] {
        disconnect(*connection);
        playNow(sound);
        scheduleIdleClose();
    });
    return what;
}

void CuePlayer::setPreferences(const CuePreferences &preferences)
{
    m_preferences = preferences;
}

void CuePlayer::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    applyVolume();
}

void CuePlayer::setVoiceName(const QString &name)
{
    m_voiceName = name;
    applyVoice();
}

QStringList CuePlayer::voiceNames() const
{
    return m_speech && m_speech->hasEngine() ? m_speech->voiceNames(interfaceLanguage()) : QStringList();
}

void CuePlayer::applyVolume()
{
    m_mixer.setGain(linearGain(m_volume));
}

void CuePlayer::applyVoice()
{
    if (!m_speech)
        return;
    SpeechVoice voice = m_speech->voice();
    voice.name = m_voiceName.isEmpty() ? languageVoice() : m_voiceName;
    m_speech->setVoice(voice);
}

void CuePlayer::tell(const QString &reason)
{
    if (m_told.contains(reason))
        return;
    m_told.append(reason);
    Q_EMIT audioUnavailable(reason);
}

void CuePlayer::scheduleIdleClose()
{
    if (!m_scheduler->isAttached())
        m_idleClose.start();
}

} // namespace limber

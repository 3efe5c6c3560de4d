#include "app/audio/cueplayer.h"

#include "app/audio/audiomodule.h"
#include "app/audio/audiostream.h"
#include "app/audio/cuesounds.h"
#include "app/audio/soundscheduler.h"
#include "app/audio/soundtest.h"
#include "app/audio/soundtrace.h"
#include "app/audio/speechengine.h"
#include "app/audio/speechpreparation.h"
#include "app/audio/volume.h"
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"

#include <QFile>

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
/// How often the test sound looks whether it has finished playing.
constexpr milliseconds quietPoll {100};

QString noOutputSentence()
{
    return CuePlayer::tr("No audio output was found: cues are shown on screen only.");
}

} // namespace

CuePlayer::Machine CuePlayer::Machine::system()
{
    Machine machine;
    machine.audioSystem = [](QString *problem) { return AudioModule::load(problem); };
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
    , m_speech(std::make_unique<SpeechPreparation>())
    , m_stream(std::make_unique<AudioStream>(m_mixer))
    , m_scheduler(std::make_unique<SoundScheduler>(m_mixer, clock))
    , m_trace(std::make_unique<SoundTrace>())
{
    connect(m_stream.get(), &AudioStream::flowing, this, &CuePlayer::checkPrepared);
    connect(m_stream.get(), &AudioStream::failed, this, &CuePlayer::onOutputFailed);
    connect(m_scheduler.get(), &SoundScheduler::soundQueued, this,
        [this](const PlannedSound &sound, Mixer::Clock::time_point heardAt) {
            m_trace->soundQueued(m_traceSession, sound,
                std::chrono::duration_cast<milliseconds>(heardAt - Mixer::Clock::now()));
            Q_EMIT soundQueued(sound);
        });
    connect(m_scheduler.get(), &SoundScheduler::finishedPlaying, this, [this] {
        m_scheduler->detach();
        m_trace->sessionIdle(m_traceSession);
        scheduleIdleClose();
        Q_EMIT sessionSoundsDone();
    });
    m_scheduler->setOutputCheck([this] { return isOutputPlaying(); });
    m_scheduler->setClipSource(
        [this](const PlannedSound &sound) -> std::shared_ptr<const PcmClip> {
            if (sound.kind == PlannedSound::Kind::Tone)
                return m_tones.value(sound.tone);
            // Rendered ahead on the speech thread (below) unless the budget
            // let it go meanwhile; then now, still before its moment.
            return m_speech->clipNow(sound.text);
        },
        [this](const QList<PlannedSound> &coming) {
            QStringList words;
            for (const PlannedSound &sound : coming) {
                if (sound.kind == PlannedSound::Kind::Speech && !m_speech->clip(sound.text))
                    words.append(sound.text);
            }
            m_speech->warmUp(words);
        });
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
    connect(m_speech.get(), &SpeechPreparation::voiceFailed, this, [this](const QString &problem) {
        tell(problem + u' ' + tr("Cues are given by tones and on screen instead."));
    });
    connect(m_speech.get(), &SpeechPreparation::wordsReady, this, &CuePlayer::checkPrepared);
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

    QString systemProblem;
    m_system = m_machine.audioSystem ? m_machine.audioSystem(&systemProblem) : nullptr;
    if (!m_system) {
        m_voiceProblem = systemProblem;
        tell(systemProblem);
        return;
    }
    QStringList problems;
    loadTones(&problems);
    QString speechProblem;
    std::unique_ptr<SpeechEngine> engine = m_system->speechEngine(&speechProblem);
    m_speech->setEngine(std::move(engine), speechProblem);

    // A device plugged in later (or a server started) is picked up from here.
    m_system->watchOutputs(this, [this] { onDevicesChanged(); });
    m_device = m_system->defaultOutput();
    if (m_device.isNull()) {
        m_voiceProblem = noOutputSentence();
        tell(tr("No sound output was found, so Limber will stay silent. "
                "Every cue is still shown on screen."));
        return;
    }
    m_available.tones = !m_tones.isEmpty();
    m_available.voice = m_speech->hasEngine();
    if (const auto voiceProblem = m_speech->problem()) {
        m_available.voice = false;
        m_voiceProblem = voiceProblem->reason;
        problems.append(voiceProblem->notice);
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
    m_stream->open(*m_system, m_device);
}

bool CuePlayer::isOutputPlaying() const
{
    return m_stream->state() == AudioStream::State::Flowing;
}

void CuePlayer::onOutputFailed(const QString &reason)
{
    tell(reason + u' '
        + tr(
            "The session goes on with its cues on screen; sound comes back when the output does."));
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
    if (!m_system)
        return;
    const OutputDevice device = m_system->defaultOutput();
    if (device.isNull())
        return;
    m_retry.stop();
    const bool firstDevice = m_device.isNull();
    m_device = device;
    if (firstDevice) {
        m_available.tones = !m_tones.isEmpty();
        m_available.voice = m_speech->hasEngine();
    }
    if (m_scheduler->isAttached() || m_ready || m_stream->state() == AudioStream::State::Failed)
        openOutput();
}

void CuePlayer::prepareSession(
    const Timeline &timeline, std::function<void()> ready, milliseconds patience)
{
    m_ready = std::move(ready);
    m_speech->prepare(
        willSpeak() ? sessionWords(timeline, m_preferences, m_available) : QStringList());
    openOutput();
    m_patience.start(patience);
    checkPrepared();
}

void CuePlayer::warmUp(const Timeline &timeline)
{
    if (willSpeak())
        m_speech->warmUp(sessionWords(timeline, m_preferences, m_available));
}

bool CuePlayer::willSpeak() const
{
    return m_speech->hasEngine() && m_preferences.voice && m_available.voice;
}

void CuePlayer::checkPrepared()
{
    if (!m_ready)
        return;
    const bool outputSettled
        = m_device.isNull() || m_stream->state() != AudioStream::State::Starting;
    if (m_speech->isReady() && outputSettled)
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

QList<CueSound> CuePlayer::soundsOf(const QList<Cue> &cues, const QList<Phase> &phases) const
{
    return soundsOfCues(cues, phases, m_preferences, m_available);
}

SoundPlan CuePlayer::planFor(const Timeline &timeline) const
{
    const auto toneLengthOf = [this](Tone tone) { return toneLength(tone); };
    const auto speechLengthOf = [this](const QString &text) -> std::optional<milliseconds> {
        return m_speech->length(text);
    };
    return planSounds(timeline.cues(), soundsOf(timeline.cues(), timeline.phases()),
        timeline.phases(), toneLengthOf, speechLengthOf);
}

void CuePlayer::attachSession(SessionRunner &runner)
{
    m_idleClose.stop();
    m_runner = &runner;
    const SoundPlan plan = planFor(runner.timeline());
    m_traceSession = m_trace->sessionPlanned(plan);
    connect(&runner, &SessionRunner::phaseUpdated, this, [this, runner = &runner] {
        if (m_runner == runner) {
            m_scheduler->replan(planFor(runner->timeline()));
        }
    });
    connect(&runner, &SessionRunner::finished, this,
        [this, session = m_traceSession](const SessionSummary &summary) {
            // Whether it ran to its end (its last sounds were due), however
            // many holds were skipped on the way.
            m_trace->sessionFinished(session, summary.stopReason == StopReason::None);
        });
    m_scheduler->attach(runner, plan);
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
    const bool unplanned = cue.kind == Cue::Kind::Paused || cue.kind == Cue::Kind::StoppedForPain;
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
    if (!sound.speech.isEmpty()) {
        if (const auto clip = m_speech->clipNow(sound.speech.constFirst()))
            m_mixer.play(clip, when);
    }
}

void CuePlayer::stopSpeaking()
{
    m_scheduler->detach();
    m_mixer.fadeOutPlaying(40ms);
}

void CuePlayer::playTestSound(std::function<void(const QString &)> finished)
{
    if (m_device.isNull()) {
        // start() said why: no output, or no audio module.
        finished(m_voiceProblem.isEmpty() ? noOutputSentence() : m_voiceProblem);
        return;
    }
    const SoundTest test = SoundTest::compose(
        m_preferences, m_available, m_voiceProblem, m_volume, m_device.description);
    if (!test.playsSomething()) {
        finished(test.report);
        return;
    }
    auto playAndReport = [this, test, finished] {
        playNow(test.sound);
        scheduleIdleClose();
        whenQuiet([finished, report = test.report] { finished(report); });
    };
    if (isOutputPlaying()) {
        playAndReport();
        return;
    }
    // The output opens first; the test plays as soon as it does, or says why it cannot.
    openOutput();
    auto onFlowing = std::make_shared<QMetaObject::Connection>();
    auto onFailed = std::make_shared<QMetaObject::Connection>();
    *onFlowing = connect(
        m_stream.get(), &AudioStream::flowing, this, [onFlowing, onFailed, playAndReport] {
            disconnect(*onFlowing);
            disconnect(*onFailed);
            playAndReport();
        });
    *onFailed = connect(m_stream.get(), &AudioStream::failed, this,
        [onFlowing, onFailed, finished](const QString &reason) {
            disconnect(*onFlowing);
            disconnect(*onFailed);
            finished(reason + u' ' + tr("Cues are shown on screen only."));
        });
}

void CuePlayer::whenQuiet(std::function<void()> then)
{
    // The mixer drops each sound once its last sample is mixed; a lost
    // output plays nothing more, so the test is over then too.
    auto *poll = new QTimer(this);
    poll->setInterval(quietPoll);
    connect(poll, &QTimer::timeout, this, [this, poll, then = std::move(then)] {
        if (!m_mixer.isIdle() && isOutputPlaying())
            return;
        poll->stop();
        poll->deleteLater();
        then();
    });
    poll->start();
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
    m_speech->setVoiceName(name);
}

QStringList CuePlayer::voiceNames() const
{
    return m_speech->voiceNames();
}

const SpeechCache *CuePlayer::speechCache() const
{
    return m_speech->cache();
}

void CuePlayer::applyVolume()
{
    m_mixer.setGain(linearGainOf(m_volume));
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

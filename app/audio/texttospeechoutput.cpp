#include "texttospeechoutput.h"

#include <QTextToSpeech>
#include <QVoice>

namespace limber {

namespace {

// How long to wait for the engine to confirm a stop before speaking anyway.
constexpr auto stopConfirmationWait = std::chrono::milliseconds(800);

} // namespace

TextToSpeechOutput::TextToSpeechOutput(const QString &engine, QObject *parent)
    : SpeechOutput(parent)
    , m_engine(new QTextToSpeech(engine, this))
{
    m_stopGuard.setSingleShot(true);
    m_stopGuard.setInterval(stopConfirmationWait);
    connect(&m_stopGuard, &QTimer::timeout, this, &TextToSpeechOutput::sayPending);
    connect(m_engine, &QTextToSpeech::stateChanged, this,
        [this](QTextToSpeech::State state) { onEngineState(static_cast<int>(state)); });
}

TextToSpeechOutput::~TextToSpeechOutput()
{
    // Disconnect first: stopping may report a state change while we are half destroyed.
    m_engine->disconnect(this);
    m_engine->stop(QTextToSpeech::BoundaryHint::Immediate);
}

bool TextToSpeechOutput::isUsable() const
{
    return m_engine->state() != QTextToSpeech::Error;
}

QString TextToSpeechOutput::problem() const
{
    if (isUsable())
        return {};
    return tr("The speech engine \"%1\" could not start (%2).")
        .arg(m_engine->engine(), m_engine->errorString());
}

void TextToSpeechOutput::speak(const QString &text)
{
    if (!isUsable())
        return;
    if (!m_busy) {
        m_busy = true;
        m_engine->say(text);
        return;
    }
    // Still talking: stop, and say the new words once the engine confirms.
    const bool stopAlreadyAsked = m_pending.has_value();
    m_pending = text;
    if (!stopAlreadyAsked) {
        m_engine->stop(QTextToSpeech::BoundaryHint::Immediate);
        m_stopGuard.start();
    }
}

void TextToSpeechOutput::stop()
{
    m_pending.reset();
    m_stopGuard.stop();
    m_busy = false;
    m_engine->stop(QTextToSpeech::BoundaryHint::Immediate);
}

void TextToSpeechOutput::setVolume(double volume)
{
    m_engine->setVolume(volume);
}

QStringList TextToSpeechOutput::voiceNames() const
{
    QStringList names;
    const auto voices = m_engine->availableVoices();
    for (const QVoice &voice : voices)
        names.append(voice.name());
    return names;
}

void TextToSpeechOutput::setVoiceName(const QString &name)
{
    if (name.isEmpty())
        return;
    const auto voices = m_engine->availableVoices();
    for (const QVoice &voice : voices) {
        if (voice.name() == name) {
            m_engine->setVoice(voice);
            return;
        }
    }
}

void TextToSpeechOutput::onEngineState(int state)
{
    // Speaking, Paused and (from Qt 6.6) Synthesizing mean "still busy".
    if (state != QTextToSpeech::Ready && state != QTextToSpeech::Error)
        return;
    if (m_pending) {
        sayPending();
        return;
    }
    if (m_busy) {
        m_busy = false;
        Q_EMIT finished();
    }
}

void TextToSpeechOutput::sayPending()
{
    m_stopGuard.stop();
    if (!m_pending)
        return;
    const QString text = *m_pending;
    m_pending.reset();
    m_busy = true;
    m_engine->say(text);
}

} // namespace limber

#include "app/audio/speechcache.h"

#include <QSet>
#include <QThread>

namespace limber {

/// The worker-thread side: renders one request after another.
class SpeechRenderer final : public QObject
{
public:
    explicit SpeechRenderer(SpeechCache &cache)
        : m_cache(cache)
    { }

    void render(quint64 request, const QStringList &texts, const SpeechVoice &voice)
    {
        m_cache.renderAll(request, texts, voice);
    }

private:
    SpeechCache &m_cache;
};

SpeechCache::SpeechCache(std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_hasEngine(engine != nullptr)
    , m_engine(std::move(engine))
    , m_thread(new QThread(this))
    , m_renderer(new SpeechRenderer(*this))
{
    m_thread->setObjectName(QStringLiteral("limber-speech"));
    m_renderer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_renderer, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

SpeechCache::~SpeechCache()
{
    m_thread->quit();
    m_thread->wait();
}

void SpeechCache::setVoice(const SpeechVoice &voice)
{
    const std::lock_guard lock(m_mutex);
    m_voice = voice;
}

SpeechVoice SpeechCache::voice() const
{
    const std::lock_guard lock(m_mutex);
    return m_voice;
}

QString SpeechCache::keyOf(const QString &text, const SpeechVoice &voice) const
{
    return voice.name + u'\x1f' + QString::number(voice.wordsPerMinute) + u'\x1f' + text;
}

quint64 SpeechCache::prepare(const QStringList &texts)
{
    const quint64 request = m_nextRequest++;
    const SpeechVoice voice = this->voice();
    if (!m_hasEngine) {
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT prepared(request); }, Qt::QueuedConnection);
        return request;
    }
    QMetaObject::invokeMethod(m_renderer, [renderer = m_renderer, request, texts, voice] {
        renderer->render(request, texts, voice);
    });
    return request;
}

void SpeechCache::renderAll(quint64 request, const QStringList &texts, const SpeechVoice &voice)
{
    for (const QString &text : texts)
        renderOne(text, voice);
    QMetaObject::invokeMethod(
        this, [this, request] { Q_EMIT prepared(request); }, Qt::QueuedConnection);
}

std::shared_ptr<const PcmClip> SpeechCache::renderOne(const QString &text, const SpeechVoice &voice)
{
    if (text.trimmed().isEmpty() || !m_engine)
        return nullptr;
    const QString key = keyOf(text, voice);
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_clips.constFind(key); found != m_clips.constEnd())
            return *found;
    }
    const Result<PcmClip> rendered = [&] {
        const std::lock_guard engineLock(m_engineMutex);
        return m_engine->render(text, voice);
    }();
    const std::lock_guard lock(m_mutex);
    if (!rendered) {
        m_lastProblem = rendered.error().message;
        return nullptr;
    }
    // Kept at the engine's own rate (22 050 Hz for eSpeak NG), less than half
    // the memory of the stream's; the mixer converts it as it plays.
    auto clip = std::make_shared<const PcmClip>(*rendered);
    m_clips.insert(key, clip);
    return clip;
}

void SpeechCache::keepOnly(const QStringList &texts)
{
    const std::lock_guard lock(m_mutex);
    QSet<QString> kept;
    for (const QString &text : texts)
        kept.insert(keyOf(text, m_voice));
    m_clips.removeIf([&kept](const auto &entry) { return !kept.contains(entry.key()); });
}

std::shared_ptr<const PcmClip> SpeechCache::clip(const QString &text) const
{
    const std::lock_guard lock(m_mutex);
    return m_clips.value(keyOf(text, m_voice));
}

std::optional<std::chrono::milliseconds> SpeechCache::length(const QString &text) const
{
    if (const auto found = clip(text))
        return found->duration();
    return std::nullopt;
}

QString SpeechCache::lastProblem() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastProblem;
}

std::size_t SpeechCache::byteSize() const
{
    const std::lock_guard lock(m_mutex);
    std::size_t bytes = 0;
    for (const auto &clip : m_clips)
        bytes += clip->byteSize();
    return bytes;
}

QStringList SpeechCache::voiceNames(const QString &language) const
{
    if (!m_engine)
        return {};
    const std::lock_guard engineLock(m_engineMutex);
    return m_engine->voicesFor(language);
}

std::shared_ptr<const PcmClip> SpeechCache::renderNow(const QString &text)
{
    return renderOne(text, voice());
}

} // namespace limber

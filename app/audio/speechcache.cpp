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

SpeechCache::SpeechCache(
    std::unique_ptr<SpeechEngine> engine, QObject *parent, std::size_t clipBudget)
    : QObject(parent)
    , m_hasEngine(engine != nullptr)
    , m_engine(std::move(engine))
    , m_clipBudget(clipBudget)
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
    // Last first: a session's first words are then the ones the budget
    // still holds when it starts.
    for (auto text = texts.crbegin(); text != texts.crend(); ++text)
        renderOne(*text, voice);
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
        if (const auto found = m_entries.constFind(key);
            found != m_entries.constEnd() && found->clip) {
            found->lastUse = ++m_uses;
            return found->clip;
        }
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
    Entry &entry = m_entries[key];
    if (entry.clip)
        m_clipBytes -= entry.clip->byteSize(); // another thread rendered it meanwhile
    entry.length = clip->duration();
    entry.clip = clip;
    entry.lastUse = ++m_uses;
    m_clipBytes += clip->byteSize();
    trimToBudget(key);
    return clip;
}

void SpeechCache::trimToBudget(const QString &keep)
{
    while (m_clipBytes > m_clipBudget) {
        auto oldest = m_entries.end();
        for (auto entry = m_entries.begin(); entry != m_entries.end(); ++entry) {
            if (entry->clip && entry.key() != keep
                && (oldest == m_entries.end() || entry->lastUse < oldest->lastUse))
                oldest = entry;
        }
        if (oldest == m_entries.end())
            return;
        m_clipBytes -= oldest->clip->byteSize();
        oldest->clip.reset(); // the length stays: the planner still needs it
    }
}

void SpeechCache::keepOnly(const QStringList &texts)
{
    const std::lock_guard lock(m_mutex);
    QSet<QString> kept;
    for (const QString &text : texts)
        kept.insert(keyOf(text, m_voice));
    m_entries.removeIf([&kept, this](const auto &entry) {
        if (kept.contains(entry.key()))
            return false;
        if (entry.value().clip)
            m_clipBytes -= entry.value().clip->byteSize();
        return true;
    });
}

std::shared_ptr<const PcmClip> SpeechCache::clip(const QString &text) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_entries.constFind(keyOf(text, m_voice));
    if (found == m_entries.constEnd() || !found->clip)
        return nullptr;
    found->lastUse = ++m_uses;
    return found->clip;
}

std::optional<std::chrono::milliseconds> SpeechCache::length(const QString &text) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_entries.constFind(keyOf(text, m_voice));
    if (found == m_entries.constEnd())
        return std::nullopt;
    return found->length;
}

QString SpeechCache::lastProblem() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastProblem;
}

std::size_t SpeechCache::byteSize() const
{
    const std::lock_guard lock(m_mutex);
    return m_clipBytes;
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

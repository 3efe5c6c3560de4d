#pragma once

#include "app/audio/pcmclip.h"
#include "app/audio/speechengine.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace limber {

class SpeechRenderer;

/// Every sentence a session may say, rendered before it is needed, by text
/// and voice. Rendering runs on a worker thread; prepare() answers with
/// prepared() once every sentence asked for has been rendered once, so a
/// session can start with all its words' lengths known. The lengths are kept;
/// the sound itself only up to a budget (the words used longest ago go
/// first), so memory does not grow with the routine's length: words let go
/// are rendered again, ahead of their moment, when the session comes to them.
class SpeechCache : public QObject
{
    Q_OBJECT

public:
    /// `engine` may be null (no speech here): then nothing renders and
    /// prepare() answers at once. Clips are kept at the engine's own rate.
    /// About 45 s of words at eSpeak NG's 22 050 Hz: more than the sentences
    /// of the coming half minute that a session renders ahead.
    static constexpr std::size_t defaultClipBudget = 2u << 20;

    explicit SpeechCache(std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr,
        std::size_t clipBudget = defaultClipBudget);
    ~SpeechCache() override;

    bool hasEngine() const { return m_hasEngine; }
    void setVoice(const SpeechVoice &voice);
    SpeechVoice voice() const;

    /// Renders, in the background, each of `texts` not cached yet for the
    /// current voice. prepared(request) follows (also when all were cached).
    quint64 prepare(const QStringList &texts);

    /// Forgets every rendered sentence but `texts` in the current voice: a
    /// session keeps the words it can say, not those of every routine looked
    /// at before it. Clips that are sounding stay alive where they are held.
    void keepOnly(const QStringList &texts);

    /// The rendered words, or null when not rendered for the current voice
    /// (not yet, or let go for the budget).
    std::shared_ptr<const PcmClip> clip(const QString &text) const;
    /// How long the words take, known once they have been rendered, and
    /// kept when their sound is let go.
    std::optional<std::chrono::milliseconds> length(const QString &text) const;
    /// Why the last sentences that failed could not be rendered; empty if none failed.
    QString lastProblem() const;
    /// Memory the rendered words kept take: at most the budget, or the one
    /// sentence last rendered when that alone is larger.
    std::size_t byteSize() const;
    /// The engine's voices for `language` ("en", "de"), best first.
    QStringList voiceNames(const QString &language) const;
    /// Renders one sentence now, on the calling thread (a cue nobody planned).
    std::shared_ptr<const PcmClip> renderNow(const QString &text);

Q_SIGNALS:
    void prepared(quint64 request);

private:
    friend class SpeechRenderer;
    QString keyOf(const QString &text, const SpeechVoice &voice) const;
    /// On the worker thread.
    void renderAll(quint64 request, const QStringList &texts, const SpeechVoice &voice);
    std::shared_ptr<const PcmClip> renderOne(const QString &text, const SpeechVoice &voice);
    /// With m_mutex held: lets go of the sounds used longest ago, but `keep`,
    /// until the rest fit the budget.
    void trimToBudget(const QString &keep);

    struct Entry
    {
        std::chrono::milliseconds length {0};
        std::shared_ptr<const PcmClip> clip; ///< null once let go
        mutable quint64 lastUse = 0; ///< when last rendered or asked for
    };

    const bool m_hasEngine;
    std::unique_ptr<SpeechEngine> m_engine;
    /// One sentence at a time through the engine, whichever thread asks.
    mutable std::mutex m_engineMutex;
    mutable std::mutex m_mutex; ///< guards the members below
    SpeechVoice m_voice;
    QHash<QString, Entry> m_entries;
    const std::size_t m_clipBudget;
    std::size_t m_clipBytes = 0;
    mutable quint64 m_uses = 0;
    QString m_lastProblem;
    quint64 m_nextRequest = 1;
    QThread *m_thread = nullptr;
    SpeechRenderer *m_renderer = nullptr;
};

} // namespace limber

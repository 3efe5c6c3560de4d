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

/// Every sentence a session may say, rendered before it is needed and kept
/// by text and voice (a routine's words are few, so the whole set stays in
/// memory: a few megabytes). Rendering runs on a worker thread; prepare()
/// answers with prepared() once every sentence asked for is ready, so a
/// session can start with all its words' lengths known. Clips are stored at
/// the output's sample rate, ready to mix.
class SpeechCache : public QObject
{
    Q_OBJECT

public:
    /// `engine` may be null (no speech here): then nothing renders and
    /// prepare() answers at once. Clips are kept at the engine's own rate.
    explicit SpeechCache(std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
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

    /// The rendered words, or null when not (yet) rendered for the current voice.
    std::shared_ptr<const PcmClip> clip(const QString &text) const;
    std::optional<std::chrono::milliseconds> length(const QString &text) const;
    /// Why the last sentences that failed could not be rendered; empty if none failed.
    QString lastProblem() const;
    /// Memory the rendered words take.
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

    const bool m_hasEngine;
    std::unique_ptr<SpeechEngine> m_engine;
    /// One sentence at a time through the engine, whichever thread asks.
    mutable std::mutex m_engineMutex;
    mutable std::mutex m_mutex; ///< guards the members below
    SpeechVoice m_voice;
    QHash<QString, std::shared_ptr<const PcmClip>> m_clips;
    QString m_lastProblem;
    quint64 m_nextRequest = 1;
    QThread *m_thread = nullptr;
    SpeechRenderer *m_renderer = nullptr;
};

} // namespace limber

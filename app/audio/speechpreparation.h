#pragma once

#include "app/audio/pcmclip.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace limber {

class SpeechCache;
class SpeechEngine;

/// The spoken side of the cue player: the speech engine behind a
/// SpeechCache, the voice it speaks with (the one chosen in Settings, else
/// the interface language's), why it cannot speak here, and the words of
/// the session being prepared. Without an engine nothing is rendered and
/// every clip is null.
class SpeechPreparation final : public QObject
{
    Q_OBJECT

public:
    /// Why no voice can give the cues here, in two sentences for the person.
    struct Problem
    {
        QString reason; ///< short, for Settings ("No speech engine is installed.")
        QString notice; ///< whole, for the notice when the program starts
    };

    explicit SpeechPreparation(QObject *parent = nullptr);
    ~SpeechPreparation() override;

    /// Takes the speech engine, or null with `engineProblem` saying why there is none.
    void setEngine(std::unique_ptr<SpeechEngine> engine, const QString &engineProblem);
    bool hasEngine() const;
    /// Why cues cannot be spoken: no engine, or no voice for the interface
    /// language when none was chosen (eSpeak would fall back to another
    /// language's voice, and no voice is better than instructions in a
    /// language the person did not choose). Nothing when they can.
    std::optional<Problem> problem() const;

    /// Voice by name; empty: the default voice of the interface's language.
    void setVoiceName(const QString &name);
    /// The engine's voices for the interface's language, best first.
    QStringList voiceNames() const;

    /// Renders `words` in the background for a session about to start;
    /// wordsReady() follows once the last words asked for are ready. Empty
    /// `words`, or no engine, ask for nothing: isReady() is true at once.
    void prepare(const QStringList &words);
    /// Renders `words` in the background, with no answer: for a session
    /// that may start later.
    void warmUp(const QStringList &words);
    bool isReady() const { return m_ready; }

    /// The rendered words, or null when they are not (yet).
    std::shared_ptr<const PcmClip> clip(const QString &text) const;
    /// The rendered words, rendered now on this thread when they are not yet.
    std::shared_ptr<const PcmClip> clipNow(const QString &text);
    std::optional<std::chrono::milliseconds> length(const QString &text) const;
    /// Null until setEngine().
    const SpeechCache *cache() const { return m_cache.get(); }

Q_SIGNALS:
    /// The voice could not say the words prepared; `problem` is a sentence
    /// for the person. Comes before wordsReady().
    void voiceFailed(const QString &problem);
    /// The words of the last prepare() are rendered (or failed to be).
    void wordsReady();

private:
    void applyVoice();

    std::unique_ptr<SpeechCache> m_cache;
    QString m_engineProblem;
    QString m_voiceName;
    quint64 m_request = 0;
    QStringList m_words; ///< what the session being prepared can say
    bool m_ready = true;
};

} // namespace limber

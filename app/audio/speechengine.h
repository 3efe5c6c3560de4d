#pragma once

#include "app/audio/pcmclip.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

namespace limber {

/// Which voice says the words, and how fast.
struct SpeechVoice
{
    /// An engine's voice name, or a language code ("en", "en-us", "de").
    QString name;
    /// Calm and clear for instructions; engines default faster (175).
    int wordsPerMinute = 150;

    friend bool operator==(const SpeechVoice &, const SpeechVoice &) = default;
};

/// Turns words into sound, offline, BEFORE they are needed: render() returns
/// the whole clip, so its length is known and the sound planner can place it
/// where it talks over nothing. One engine renders one thing at a time;
/// callers serialise (SpeechCache calls it from one worker thread).
class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;

    /// The voices that speak `language` (a code such as "en" or "de"), best first.
    virtual QStringList voicesFor(const QString &language) const = 0;
    /// The words as sound: trimmed of silence at both ends, soft-edged.
    virtual Result<PcmClip> render(const QString &text, const SpeechVoice &voice) = 0;

protected:
    SpeechEngine() = default;
    SpeechEngine(const SpeechEngine &) = default;
    SpeechEngine &operator=(const SpeechEngine &) = default;
};

} // namespace limber

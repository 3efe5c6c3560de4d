#pragma once

#include "app/audio/cuerouting.h"
#include "core/session/soundplan.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

/// What the "Test sound" button in Settings plays and the sentence that
/// tells the person about it: the start tone and a sentence, as the
/// preferences ask and the machine allows.
struct SoundTest
{
    /// What to play: the start tone, a sentence, both, or nothing.
    CueSound sound;
    /// What was played, at what volume and on which output, or, when
    /// nothing can be played, why not. A voice asked for that cannot speak
    /// is explained after what did play.
    QString report;

    bool playsSomething() const { return sound.tone || !sound.speech.isEmpty(); }

    /// The test for an output named `outputName`. `voiceProblem` says why
    /// the voice cannot speak (empty: no reason known); `volume` is the
    /// slider's, 0 to 1.
    static SoundTest compose(const CuePreferences &preferences, AudioAvailability available,
        const QString &voiceProblem, double volume, const QString &outputName);
    /// The sentence the test says.
    static QString sentence();

    // Last: the macro leaves what follows it private.
    Q_DECLARE_TR_FUNCTIONS(SoundTest)
};

} // namespace limber

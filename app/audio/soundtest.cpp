#include "app/audio/soundtest.h"

#include <cmath>

namespace limber {

QString SoundTest::sentence()
{
    return tr("This is how Limber sounds. Breathe slowly and relax into the stretch.");
}

SoundTest SoundTest::compose(const CuePreferences &preferences, AudioAvailability available,
    const QString &voiceProblem, double volume, const QString &outputName)
{
    SoundTest test;
    if (preferences.tones && available.tones)
        test.sound.tone = Tone::PhaseStart;
    const bool speak = preferences.voice && available.voice;
    if (speak)
        test.sound.speech.append(sentence());
    QString voiceMissing;
    if (preferences.voice && !available.voice) {
        voiceMissing
            = tr("The voice is not available: %1")
                  .arg(voiceProblem.isEmpty() ? tr("this computer cannot speak.") : voiceProblem);
    }
    if (!test.playsSomething()) {
        test.report = voiceMissing.isEmpty()
            ? tr("Tones and voice are both off, so there is nothing to play.")
            : voiceMissing;
        return test;
    }
    const int percent = int(std::lround(volume * 100.0));
    const QString what = test.sound.tone && speak ? tr("Played the start tone and a sentence")
        : test.sound.tone                         ? tr("Played the start tone")
                                                  : tr("Said a sentence");
    test.report = tr("%1 at %2 % volume on “%3”.").arg(what).arg(percent).arg(outputName);
    if (!voiceMissing.isEmpty())
        test.report += u' ' + voiceMissing;
    return test;
}

} // namespace limber

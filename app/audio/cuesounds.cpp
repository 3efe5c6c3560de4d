#include "app/audio/cuesounds.h"

#include "core/session/cuetext.h"
#include "core/session/timeline.h"

namespace limber {

namespace {

bool startsPhaseOfKind(const Cue &cue, const QList<Phase> &phases, Phase::Kind kind)
{
    return cue.kind == Cue::Kind::PhaseStart && cue.phaseIndex >= 0
        && cue.phaseIndex < phases.size() && phases.at(cue.phaseIndex).kind == kind;
}

} // namespace

QList<CueSound> soundsOfCues(const QList<Cue> &cues, const QList<Phase> &phases,
    const CuePreferences &preferences, AudioAvailability available)
{
    QList<CueSound> sounds;
    sounds.reserve(cues.size());
    for (const Cue &cue : cues) {
        CueSound sound;
        // The end has its own cue (the done tone and "Well done"); the Done
        // phase's start would only say "Done" after it.
        if (startsPhaseOfKind(cue, phases, Phase::Kind::Done)) {
            sounds.append(sound);
            continue;
        }
        const CueOutput output = routeCue(cue, preferences, available);
        sound.tone = output.tone;
        // A set-up step's title ("step 2 of 3") is for the eye; the ear gets
        // the step's instruction, which follows at the same moment and needs
        // the whole step to be said.
        const bool stepTitle = startsPhaseOfKind(cue, phases, Phase::Kind::Prepare);
        if (!output.speech.isEmpty() && !stepTitle) {
            sound.speech.append(output.speech);
            if (output.speech == cue.text && !cue.shortText.isEmpty() && cue.shortText != cue.text)
                sound.speech.append(cue.shortText);
        }
        sounds.append(sound);
    }
    return sounds;
}

QStringList sessionWords(
    const Timeline &timeline, const CuePreferences &preferences, AudioAvailability available)
{
    const auto wordsOf = [&preferences, available](const Cue &cue) {
        return soundsOfCues({cue}, {}, preferences, available).constFirst().speech;
    };
    QStringList words;
    for (const CueSound &sound :
        soundsOfCues(timeline.cues(), timeline.phases(), preferences, available))
        words += sound.speech;
    Cue paused;
    paused.kind = Cue::Kind::Paused;
    for (const QString &why : {cuetext::pausedAfterSleep(), cuetext::pausedAfterStall()}) {
        paused.text = why;
        words += wordsOf(paused);
    }
    // What a stop for pain may say: each exercise's finish words, or the general words.
    Cue painStop;
    painStop.kind = Cue::Kind::StoppedForPain;
    painStop.text = cuetext::stoppedForPain();
    words += wordsOf(painStop);
    for (int item = 0; item < timeline.routine().items.size(); ++item) {
        painStop.text = timeline.exerciseOf(item).finish.text(timeline.options().uiLanguages);
        if (!painStop.text.isEmpty())
            words += wordsOf(painStop);
    }
    // The words an extended hold may add.
    words << cuetext::halfway() << cuetext::tenSecondsRemaining();
    // The end's words when every hold was skipped (the runner swaps them in).
    Cue nothingHeld;
    nothingHeld.kind = Cue::Kind::Done;
    nothingHeld.text = cuetext::noHoldsDone();
    words += wordsOf(nothingHeld);
    words.removeDuplicates();
    return words;
}

} // namespace limber

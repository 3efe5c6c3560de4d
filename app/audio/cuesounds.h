#pragma once

#include "app/audio/cuerouting.h"
#include "core/session/cue.h"
#include "core/session/phase.h"
#include "core/session/soundplan.h"

#include <QList>
#include <QStringList>

namespace limber {

class Timeline;

/// How each of `cues` sounds as the person chose (routeCue), in the same
/// order. `phases` (the timeline's) tell which phase a cue starts: the start
/// of the end phase is silent (the end has its own cue), and a set-up step's
/// title is not said (its instruction follows at the same moment). Words that
/// are the cue's full text come with its shorter form, for the planner to
/// use when the full one does not fit.
QList<CueSound> soundsOfCues(const QList<Cue> &cues, const QList<Phase> &phases,
    const CuePreferences &preferences, AudioAvailability available);

/// Every sentence a session of `timeline` may say, once each: its planned
/// cues, and the words the runner may add on the way (the pause after a
/// sleep, a stop for pain, an extended hold, an end with no hold held).
QStringList sessionWords(
    const Timeline &timeline, const CuePreferences &preferences, AudioAvailability available);

} // namespace limber

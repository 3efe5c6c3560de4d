#pragma once

#include "core/model/exercise.h"
#include "core/session/cue.h"
#include "core/session/phase.h"
#include "core/session/sessionoptions.h"

#include <QList>

namespace limber {

/// Decides every cue of a laid-out session, in time order. Used by Timeline.
///
/// Rules, per phase:
/// - PhaseStart at every phase's start (first at its instant, after a Finish).
///   A GetReady phase's says "Get ready: <title>. <words>" (short form
///   "Get ready: <title>").
/// - StepText at a Prepare phase's start; SwitchSides at a Switch phase's start
///   (and at a hold's start when a zero-length switch was left out).
/// - Caution, one per entry of Phase::cautions, at the phase's start after
///   its instruction (a Prepare step's, or an item's first hold without set-up).
/// - Finish (the exercise's finish words, when it has any) at the start of
///   the phase after an item's last hold, belonging to that phase.
/// - In a hold of length H ending at E: Countdown 3, 2, 1 at E-3 s, E-2 s, E-1 s;
///   TenSecondsLeft at E-10 s when H >= 20 s; Halfway at start+H/2 when H >= 30 s;
///   BreatheIn/BreatheOut alternating from the hold's start, none in the last 3 s
///   (that belongs to the countdown); Reminders (the exercise's holdReminders in
///   turn, the n-th hold of an exercise starting at the n-th text) first at firstReminderAfter and
///   then every reminderInterval, each moved later in 1 s steps until no other cue is within 1 s,
///   and dropped if that would reach the next reminder or the last 10 s.
/// - Done ("Well done") at the Done phase.
/// Cues at the same instant are ordered: Finish, PhaseStart, then by priority
/// (a Caution ranks as an instruction, after the one it follows).
QList<Cue> planCues(const QList<Phase> &phases, const QList<Exercise> &exerciseByItem,
    const SessionOptions &options);

} // namespace limber

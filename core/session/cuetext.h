#pragma once

#include "core/model/side.h"

#include <QString>

/// The session's own words (cue texts and phase titles), in one place so that
/// every string goes through QCoreApplication::translate with one context.
namespace limber::cuetext {

/// "Get ready: Seated Leg Cross", the get-ready phase's title and its short spoken form.
QString getReady(const QString &exerciseTitle);
/// "Get ready: Seated Leg Cross. Sit on the floor, ..."; without words, getReady().
QString getReadyWithWords(const QString &exerciseTitle, const QString &words);
/// Said when the person stops because it hurts and the exercise has no finish words.
QString stoppedForPain();
/// "Seated Leg Cross: step 2 of 3"
QString prepareTitle(const QString &exerciseTitle, int stepNumber, int stepCount);
/// "Hold 1 of 2: left leg on top", or "Hold 1 of 3" without a side label.
QString holdTitle(int holdNumber, int holdCount, const QString &sideLabel);
/// "Switch: right leg on top"; falls back to naming the side when there is no label.
QString switchSides(Side next, const QString &nextSideLabel);
/// The short spoken form of a hold's start: the side ("Left leg on top"), or "Hold".
QString holdShort(const QString &sideLabel);
/// The short spoken form of a switch: "Switch".
QString switchShort();
QString rest();
/// "Rest. Next: Seated Leg Cross"
QString restBeforeNext(const QString &nextExerciseTitle);
/// The number itself, in the user's locale.
QString countdown(int count);
QString tenSecondsRemaining();
QString halfway();
QString breatheIn();
QString breatheOut();
QString doneTitle();
QString wellDone();
/// Said at the end instead of wellDone() when no hold was held to its end.
QString noHoldsDone();
QString pausedAfterSleep();
/// The pause after the program did not run for a while (stopped, or held up).
QString pausedAfterStall();

} // namespace limber::cuetext

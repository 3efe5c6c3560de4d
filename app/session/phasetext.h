#pragma once

#include "core/session/phase.h"
#include "core/session/sessionrecords.h"

#include <QString>
#include <QStringList>

#include <chrono>

/// The words the session page shows about a phase, in one place so that
/// every string goes through QCoreApplication::translate with one context.
namespace limber::phasetext {

/// Time left as the timer shows it: "1:05", "0:09", "12:00". Rounds up, so a
/// hold shows its full length at its start and 0:00 only at its end.
QString clock(std::chrono::milliseconds left);

/// The small line above everything: the exercise and where in it we are,
/// e.g. "Seated Leg Cross · step 2 of 3".
QString headline(const Phase &phase, const QStringList &languages);

/// The large instruction: the step's text, or what to do in a hold, switch or rest.
QString instruction(const Phase &phase, const QStringList &languages);

/// "Left leg on top · hold 1 of 2" for holds and switches (a switch names
/// the side that comes next); "Hold 2 of 3" for unsided holds; "Get ready"
/// (with the first side, "Get ready · left leg on top first") while getting
/// ready; empty otherwise.
QString sideLine(const Phase &phase, const QStringList &languages);

/// "Next: lean forward" (a set-up step's title; without one "Next: Seated
/// Leg Cross, step 2 of 3"); "Next: hold 1 of 2, right leg on top (1:00)"; "Next: get ready for
/// Seated Leg Cross (0:15)"; "Next: the end" before Done.
QString nextLine(const Phase &next, const QStringList &languages);

/// The phase's cautions, one a line; empty when it has none.
QString cautions(const Phase &phase, const QStringList &languages);

/// The side label with a capital first letter ("left leg on top" gives
/// "Left leg on top"), or the plain side name when the exercise has no label.
QString sideName(Side side, const QString &label);

} // namespace limber::phasetext

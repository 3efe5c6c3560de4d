#pragma once

#include "app/start/startpage.h"
#include "core/model/routine.h"

#include <QList>
#include <QStringList>

namespace limber {

class ContentLibrary;

/// The routines to offer: the person's own first, then every bundled one
/// that none of theirs replaces (same id).
QList<Routine> offeredRoutines(const QList<Routine> &bundled, const QList<Routine> &own);

/// The exercises of \a routine as the start page lists them: name, hold
/// plan ("2 × 60 s each side") and the hold pose for the small figure.
/// Exercises the library does not have are left out.
QList<RoutineExerciseEntry> routineExerciseEntries(
    const Routine &routine, const ContentLibrary &library, const QStringList &languages);

} // namespace limber

#pragma once

#include "model/routine.h"
#include "util/error.h"

#include <QString>

namespace limber {

class ContentLibrary;

/// Finds the routine a person asked for: empty means the library's default
/// routine, an id found in the library is that routine, anything else is
/// read as a routine file. An error names what was asked for and the ids
/// the library knows, so the person can correct the command.
Result<Routine> findRequestedRoutine(const ContentLibrary &library, const QString &request);

/// True when \a request is written as a routine file (it has a folder in
/// it, or ends in .json) rather than as a routine id.
bool looksLikeRoutineFile(const QString &request);

} // namespace limber

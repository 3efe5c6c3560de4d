#pragma once

#include "core/content/contenterror.h"

#include <QList>
#include <QString>

namespace limber {

class ContentLibrary;

/// What kind of fault keeps a routine file from loading, so a person can be
/// told in plain words before the details.
enum class RoutineFileFault {
    None, ///< it loads
    NotJson, ///< unreadable, or not JSON at all
    NotARoutine, ///< JSON, but not a routine: fields missing or wrong
    UnknownExercise, ///< a routine naming an exercise the library cannot use
};

struct RoutineFileCheck
{
    RoutineFileFault fault = RoutineFileFault::None;
    QList<ContentError> errors; ///< each with its file, line and field
};

/// Checks the routine file at \a path as ContentLibrary::loadRoutineFile()
/// reads it, and says which kind of fault stops it.
RoutineFileCheck checkRoutineFile(const ContentLibrary &library, const QString &path);

} // namespace limber

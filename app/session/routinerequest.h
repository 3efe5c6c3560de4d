#pragma once

#include "core/model/routine.h"
#include "core/util/error.h"

#include <QString>

namespace limber {

class ContentLibrary;

/// Finds the routine a person asked for: empty means the library's default
/// routine, an id found in the library is that routine, anything else is
/// read as a routine file. An error names what was asked for and the ids
/// the library knows, so the person can correct the command.
Result<Routine> findRequestedRoutine(const ContentLibrary &library, const QString &request);

/// True when \a request is written as a routine file (it has a folder or
/// a dot in it, which no routine id has) rather than as a routine id.
bool looksLikeRoutineFile(const QString &request);

/// Why a routine that was asked for cannot be used, in words for a person
/// first and the technical detail after.
struct RoutineProblem
{
    enum class Kind { NoRoutines, NoSuchFile, NotARoutineFile, UnknownExercise, UnknownRoutineId };
    Kind kind = Kind::UnknownRoutineId;
    QString title; ///< a few words for a dialog's title ("No such file")
    QString text; ///< what is wrong and what to do, in plain words
    QString details; ///< the file, line and field at fault, or the routine ids there are
};

/// Explains why findRequestedRoutine(library, request) found nothing.
RoutineProblem explainRoutineProblem(const ContentLibrary &library, const QString &request);

} // namespace limber

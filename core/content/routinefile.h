#pragma once

#include "core/model/routine.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QString>

// A routine as a file of its own, in the routine format of the content
// folders (docs/content-format.md): what Limber stores for the person's own
// routines, and what a physiotherapist hands over.

namespace limber {

class ContentLibrary;

/// The routine in the documented routine format: "format": 1, id, title,
/// description (when there is one) and every field of every item, indented
/// by two spaces, keys always in the same order, UTF-8, ending in a newline.
/// Text with translations is an object with "en" first. An item's
/// "firstSide" is written only when it has a side (Side::None leaves it
/// out). parseRoutineJson() of the result gives the routine back exactly.
QByteArray routineToJson(const Routine &routine);

/// Reads a routine file's bytes and checks everything inside the file: the
/// format number, ids, texts, every item field and its range. It does not
/// look at exercises, so it reads a stored routine whose exercise has since
/// gone. Errors read "fileName:line:column: field: message", one per line,
/// exactly as the content loader writes them.
Result<Routine> parseRoutineJson(const QByteArray &bytes, const QString &fileName);

/// parseRoutineJson(), then checks the routine against the exercises of
/// `library` as the content loader does: an exercise it does not have is
/// refused with its name and place, and so is a "firstSide" for an exercise
/// without sides. The result's sides fit the exercises (see fitRoutineSides).
Result<Routine> routineFromJson(
    const QByteArray &bytes, const QString &fileName, const ContentLibrary &library);

/// Writes routineToJson(routine) to `path`, all or nothing (QSaveFile).
Status saveRoutineFile(const QString &path, const Routine &routine);

/// Gives each item the first side its exercise allows: Side::None for an
/// exercise without sides, left (the default) for an alternating exercise
/// whose item names no side. Items of exercises `library` lacks are left as
/// they are. Use it on a routine built in an editor before routineToJson().
void fitRoutineSides(Routine &routine, const ContentLibrary &library);

} // namespace limber

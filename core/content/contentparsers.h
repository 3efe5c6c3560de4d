#pragma once

#include "core/content/contenterror.h"
#include "core/content/jsonvalue.h"
#include "core/model/exercise.h"
#include "core/model/pose.h"
#include "core/model/routine.h"

#include <QList>
#include <QString>

// Turning one parsed file into model values. Each parser checks everything
// that can be checked inside the file; references to other files (pose and
// exercise ids) are returned with their positions for ContentLibrary to resolve.

namespace limber {

/// Where a value was written, for errors found after parsing.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    QString field;

    ContentError error(const QString &message) const
    {
        return {file, line, column, field, message};
    }
};

/// A reference to something defined in another file, by id.
struct Reference
{
    QString id;
    SourceLocation where;
};

struct PoseDefinition
{
    QString id;
    Pose pose;
    SourceLocation where;
};

struct PoseFile
{
    QList<PoseDefinition> poses;
    QList<ContentError> errors;
};

struct ExerciseFile
{
    Exercise exercise;
    SourceLocation where; ///< the "id" value
    QList<Reference> poseReferences;
    QList<ContentError> errors;
};

/// A routine item's "firstSide", kept to check it against the exercise's sides.
struct FirstSideEntry
{
    QString exerciseId;
    SourceLocation where;
};

struct RoutineFile
{
    Routine routine;
    SourceLocation where; ///< the "id" value
    bool isDefault = false;
    QList<Reference> exerciseReferences; ///< one per item, in item order
    QList<FirstSideEntry> firstSides;
    QList<ContentError> errors;
};

PoseFile parsePoseFile(const JsonValue &root, const QString &file);
ExerciseFile parseExerciseFile(const JsonValue &root, const QString &file);
RoutineFile parseRoutineFile(const JsonValue &root, const QString &file);

} // namespace limber

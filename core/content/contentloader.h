#pragma once

#include "core/content/contentlibrary.h"
#include "core/content/contentparsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace limber {

/// Fills a ContentLibrary from content roots: poses first, then exercises
/// (checked against the poses), then routines (checked against the
/// exercises). Internal to core/content; ContentLibrary is the public face.
class ContentLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    explicit ContentLoader(ContentLibrary &library)
        : m_library(library)
    { }

    void load(const QStringList &roots);

    /// Adds an error to `file` for each pose id it names that `poses` lacks.
    static void checkPoseReferences(ExerciseFile &file, const QMap<QString, Pose> &poses);
    /// Adds an error to `file` for each exercise it names that `library` lacks,
    /// and for a first side given to an exercise without sides. Then fits
    /// the items' first sides to their exercises (fitRoutineSides).
    static void checkExerciseReferences(RoutineFile &file, const ContentLibrary &library);

private:
    /// The *.json files of one folder of a root, sorted by name.
    static QStringList jsonFiles(const QString &root, const QString &folder);
    /// Reads a file; on failure records the error and returns false.
    bool read(const QString &path, JsonValue *value);
    /// Records the errors of a file; true if there were none.
    bool accept(const QList<ContentError> &errors);
    /// An id already defined by another file of the same root is an error.
    bool checkUnique(const QHash<QString, QString> &seen, const QString &id,
        const SourceLocation &where, const QString &kind);

    void loadPoses(const QString &root);
    void loadExercises(const QString &root);
    void loadRoutines(const QString &root);
    void fillExercisePoses();

    ContentLibrary &m_library;
};

} // namespace limber

#pragma once

#include "core/content/contenterror.h"
#include "core/model/exercise.h"
#include "core/model/pose.h"
#include "core/model/routine.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace limber {

/// Every exercise, routine and pose Limber knows, loaded and checked from
/// one or more content roots. A root holds `exercises/*.json`,
/// `routines/*.json` and `poses/*.json` (docs/content-format.md).
///
/// Roots are read in order, usually the bundled content first and then the
/// user's own folder. An item whose id is already known replaces the earlier
/// one, so a user can change a bundled routine by writing one with its id.
/// A file with any error is skipped whole and its error kept in errors();
/// it never stops other files from loading, and a broken replacement leaves
/// the earlier item in place.
class ContentLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ContentLibrary)

public:
    /// Loads the roots in order; roots that do not exist are skipped quietly.
    static ContentLibrary load(const QStringList &roots);

    /// Where a user's own content lives inside the program's data folder.
    static QString userContentRoot(const QString &dataDirectory);

    /// The exercise with this id, or nullptr. Its `poses` holds every pose it uses.
    const Exercise *exercise(const QString &id) const;
    const Routine *routine(const QString &id) const;
    const Pose *pose(const QString &id) const;

    /// All exercises in programme order (Exercise::programmeOrder, easiest
    /// first); ties and exercises outside the programme follow by id.
    QList<Exercise> exercises() const;
    /// All routines, sorted by id.
    QList<Routine> routines() const;
    /// Ids of all poses, sorted.
    QStringList poseIds() const;

    /// The problems found while loading, in the order the files were read.
    const QList<ContentError> &errors() const { return m_errors; }

    /// The routine to start when none is named: the one marked `"default": true`
    /// (in the latest root that marks one), else the first by id; empty if
    /// there are no routines.
    QString defaultRoutineId() const { return m_defaultRoutineId; }

    /// Reads a routine file from anywhere (e.g. `limber --start path.json`) and
    /// checks it against this library's exercises. The error lists every problem.
    Result<Routine> loadRoutineFile(const QString &path) const;

private:
    friend class ContentLoader;

    QMap<QString, Pose> m_poses;
    QMap<QString, Exercise> m_exercises;
    QMap<QString, Routine> m_routines;
    QSet<QString> m_brokenExerciseIds; ///< ids of exercise files that failed, for clearer messages
    QList<ContentError> m_errors;
    QString m_defaultRoutineId;
};

} // namespace limber

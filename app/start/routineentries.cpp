#include "app/start/routineentries.h"

#include "app/progression/progresstext.h"
#include "core/content/contentlibrary.h"

#include <algorithm>

namespace limber {

QList<Routine> offeredRoutines(const QList<Routine> &bundled, const QList<Routine> &own)
{
    QList<Routine> offered = own;
    for (const Routine &routine : bundled) {
        const bool replaced = std::any_of(offered.cbegin(), offered.cend(),
            [&routine](const Routine &mine) { return mine.id == routine.id; });
        if (!replaced)
            offered.append(routine);
    }
    return offered;
}

QList<RoutineExerciseEntry> routineExerciseEntries(
    const Routine &routine, const ContentLibrary &library, const QStringList &languages)
{
    QList<RoutineExerciseEntry> entries;
    for (const RoutineItem &item : routine.items) {
        const Exercise *exercise = library.exercise(item.exerciseId);
        if (!exercise)
            continue;
        RoutineExerciseEntry entry;
        entry.id = exercise->id;
        entry.title = exercise->title.text(languages);
        // Plain numbers, no plural forms: the tile has room for a few characters.
        entry.detail = ProgressText::target(planOf(item), isSided(item, *exercise));
        if (const auto pose = exercise->poses.constFind(exercise->holdPose);
            pose != exercise->poses.cend()) {
            entry.pose = *pose;
            entry.camera = Camera {exercise->holdCameraYawDegrees, 0.0};
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace limber

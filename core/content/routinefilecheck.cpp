#include "core/content/routinefilecheck.h"

#include "core/content/contentloader.h"
#include "core/content/jsonreader.h"

namespace limber {

RoutineFileCheck checkRoutineFile(const ContentLibrary &library, const QString &path)
{
    const JsonReadResult json = JsonReader::readFile(path);
    if (!json.ok())
        return {RoutineFileFault::NotJson, {*json.error}};
    RoutineFile file = parseRoutineFile(json.value, path);
    if (!file.errors.isEmpty())
        return {RoutineFileFault::NotARoutine, file.errors};
    ContentLoader::checkExerciseReferences(file, library);
    if (!file.errors.isEmpty())
        return {RoutineFileFault::UnknownExercise, file.errors};
    return {};
}

} // namespace limber

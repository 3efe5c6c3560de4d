#include "core/content/contentloader.h"

#include "core/content/contentformat.h"
#include "core/content/jsonreader.h"
#include "core/content/names.h"
#include "core/content/routinefile.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QString unknownMessage(const QString &message, const QString &id, const QStringList &known)
{
    QString result = message.arg(id);
    if (const QString guess = closestName(id, known); !guess.isEmpty())
        result += ContentLoader::tr(" (did you mean \"%1\"?)").arg(guess);
    if (known.isEmpty())
        result += ContentLoader::tr("; none are loaded");
    else
        result += ContentLoader::tr("; known ones are %1").arg(listNames(known));
    return result;
}

} // namespace

void ContentLoader::load(const QStringList &roots)
{
    // Every root's poses before any exercise, and every exercise before any
    // routine: a user exercise may use bundled poses and the other way round.
    for (const QString &root : roots)
        loadPoses(root);
    for (const QString &root : roots)
        loadExercises(root);
    for (const QString &root : roots)
        loadRoutines(root);
    fillExercisePoses();
    if (m_library.m_defaultRoutineId.isEmpty() && !m_library.m_routines.isEmpty())
        m_library.m_defaultRoutineId = m_library.m_routines.firstKey();
}

QStringList ContentLoader::jsonFiles(const QString &root, const QString &folder)
{
    const QDir dir(root + u'/' + folder);
    if (!dir.exists())
        return {};
    // Files only: a FIFO or device named *.json must not block the program.
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

bool ContentLoader::read(const QString &path, JsonValue *value)
{
    JsonReadResult result = JsonReader::readFile(path);
    if (!result.ok()) {
        m_library.m_errors.append(*result.error);
        return false;
    }
    *value = std::move(result.value);
    return true;
}

bool ContentLoader::accept(const QList<ContentError> &errors)
{
    m_library.m_errors.append(errors);
    return errors.isEmpty();
}

bool ContentLoader::checkUnique(const QHash<QString, QString> &seen, const QString &id,
    const SourceLocation &where, const QString &message)
{
    if (const auto first = seen.constFind(id); first != seen.cend()) {
        m_library.m_errors.append(where.error(message.arg(id, *first)));
        return false;
    }
    return true;
}

void ContentLoader::loadPoses(const QString &root)
{
    QHash<QString, QString> seen;
    for (const QString &path : jsonFiles(root, contentformat::posesFolder())) {
        JsonValue json;
        if (!read(path, &json))
            continue;
        const PoseFile file = parsePoseFile(json, path);
        if (!accept(file.errors))
            continue;
        bool unique = true;
        for (const PoseDefinition &definition : file.poses)
            unique = checkUnique(seen, definition.id, definition.where,
                         tr("the pose id \"%1\" is already used by %2 in the same "
                            "folder; give each pose its own id"))
                && unique;
        if (!unique)
            continue;
        for (const PoseDefinition &definition : file.poses) {
            seen.insert(definition.id, path);
            m_library.m_poses.insert(definition.id, definition.pose);
        }
    }
}

void ContentLoader::checkPoseReferences(ExerciseFile &file, const QMap<QString, Pose> &poses)
{
    const QStringList known = poses.keys();
    for (const Reference &reference : std::as_const(file.poseReferences)) {
        if (poses.contains(reference.id))
            continue;
        file.errors.append(
            reference.where.error(unknownMessage(tr("unknown pose \"%1\""), reference.id, known)));
    }
}

void ContentLoader::loadExercises(const QString &root)
{
    QHash<QString, QString> seen;
    for (const QString &path : jsonFiles(root, contentformat::exercisesFolder())) {
        JsonValue json;
        if (!read(path, &json))
            continue;
        ExerciseFile file = parseExerciseFile(json, path);
        checkPoseReferences(file, m_library.m_poses);
        if (!accept(file.errors)
            || !checkUnique(seen, file.exercise.id, file.where,
                tr("the exercise id \"%1\" is already used by %2 in the same "
                   "folder; give each exercise its own id"))) {
            // Remembered so that a routine naming it hears why it is missing.
            if (!file.exercise.id.isEmpty() && !m_library.m_exercises.contains(file.exercise.id))
                m_library.m_brokenExerciseIds.insert(file.exercise.id);
            continue;
        }
        seen.insert(file.exercise.id, path);
        m_library.m_brokenExerciseIds.remove(file.exercise.id);
        m_library.m_exercises.insert(file.exercise.id, file.exercise);
    }
}

void ContentLoader::checkExerciseReferences(RoutineFile &file, const ContentLibrary &library)
{
    const QStringList known = library.m_exercises.keys();
    for (const Reference &reference : std::as_const(file.exerciseReferences)) {
        if (library.m_exercises.contains(reference.id))
            continue;
        if (library.m_brokenExerciseIds.contains(reference.id)) {
            file.errors.append(reference.where.error(
                tr("the exercise \"%1\" was not loaded because its file has errors; fix that "
                   "file first")
                    .arg(reference.id)));
            continue;
        }
        file.errors.append(reference.where.error(
            unknownMessage(tr("unknown exercise \"%1\""), reference.id, known)));
    }
    fitRoutineSides(file.routine, library);
    for (const FirstSideEntry &entry : std::as_const(file.firstSides)) {
        const auto exercise = library.m_exercises.constFind(entry.exerciseId);
        if (exercise != library.m_exercises.cend() && exercise->sideMode == SideMode::None)
            file.errors.append(entry.where.error(tr("the exercise \"%1\" has no sides; remove "
                                                    "\"firstSide\" from this item")
                                                     .arg(entry.exerciseId)));
    }
}

void ContentLoader::loadRoutines(const QString &root)
{
    QHash<QString, QString> seen;
    QString defaultInRoot;
    QString defaultFile;
    for (const QString &path : jsonFiles(root, contentformat::routinesFolder())) {
        JsonValue json;
        if (!read(path, &json))
            continue;
        RoutineFile file = parseRoutineFile(json, path);
        checkExerciseReferences(file, m_library);
        if (file.errors.isEmpty() && file.isDefault && !defaultInRoot.isEmpty()) {
            const JsonMember *marker = json.member(u"default"_s);
            file.errors.append({path, marker->value.line, marker->value.column, u"default"_s,
                tr("the routine \"%1\" in %2 is already the default; mark only "
                   "one routine per folder as the default")
                    .arg(defaultInRoot, defaultFile)});
        }
        if (!accept(file.errors))
            continue;
        if (!checkUnique(seen, file.routine.id, file.where,
                tr("the routine id \"%1\" is already used by %2 in the same folder; give each "
                   "routine its own id")))
            continue;
        seen.insert(file.routine.id, path);
        if (file.isDefault) {
            defaultInRoot = file.routine.id;
            defaultFile = path;
        }
        m_library.m_routines.insert(file.routine.id, file.routine);
    }
    if (!defaultInRoot.isEmpty())
        m_library.m_defaultRoutineId = defaultInRoot;
}

void ContentLoader::fillExercisePoses()
{
    for (Exercise &exercise : m_library.m_exercises) {
        exercise.poses.clear();
        QStringList used = {exercise.holdPose};
        if (!exercise.goalPose.isEmpty())
            used.append(exercise.goalPose);
        if (!exercise.getReadyPose.isEmpty())
            used.append(exercise.getReadyPose);
        for (const Step &step : std::as_const(exercise.steps)) {
            used.append(step.pose);
            if (step.motion)
                used.append(step.motion->fromPose);
        }
        for (const QString &id : std::as_const(used))
            exercise.poses.insert(id, m_library.m_poses.value(id));
    }
}

} // namespace limber

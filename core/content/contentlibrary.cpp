#include "core/content/contentlibrary.h"

#include "core/content/contentloader.h"
#include "core/content/jsonreader.h"

#include <QDir>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ContentLibrary ContentLibrary::load(const QStringList &roots)
{
    ContentLibrary library;
    ContentLoader(library).load(roots);
    return library;
}

QString ContentLibrary::userContentRoot(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"content"_s);
}

const Exercise *ContentLibrary::exercise(const QString &id) const
{
    const auto found = m_exercises.constFind(id);
    return found == m_exercises.cend() ? nullptr : &*found;
}

const Routine *ContentLibrary::routine(const QString &id) const
{
    const auto found = m_routines.constFind(id);
    return found == m_routines.cend() ? nullptr : &*found;
}

const Pose *ContentLibrary::pose(const QString &id) const
{
    const auto found = m_poses.constFind(id);
    return found == m_poses.cend() ? nullptr : &*found;
}

QList<Exercise> ContentLibrary::exercises() const
{
    QList<Exercise> result = m_exercises.values(); // sorted by id
    // Programme order first; exercises outside the programme (0) after it.
    const auto place = [](const Exercise &e) {
        return e.programmeOrder > 0 ? e.programmeOrder : std::numeric_limits<int>::max();
    };
    std::stable_sort(result.begin(), result.end(),
        [&place](const Exercise &a, const Exercise &b) { return place(a) < place(b); });
    return result;
}

QList<Routine> ContentLibrary::routines() const
{
    return m_routines.values();
}

QStringList ContentLibrary::poseIds() const
{
    return m_poses.keys();
}

Result<Routine> ContentLibrary::loadRoutineFile(const QString &path) const
{
    JsonReadResult json = JsonReader::readFile(path);
    if (!json.ok())
        return Error {json.error->toString()};
    RoutineFile file = parseRoutineFile(json.value, path);
    ContentLoader::checkExerciseReferences(file, *this);
    if (!file.errors.isEmpty())
        return Error {joinContentErrors(file.errors)};
    return file.routine;
}

} // namespace limber

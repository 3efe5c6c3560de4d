#include "session/routinerequest.h"

#include "content/contentlibrary.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// What the person can give instead, naming the routines the library has.
QString alternatives(const ContentLibrary &library)
{
    QStringList ids;
    for (const Routine &routine : library.routines())
        ids.append(routine.id);
    if (ids.isEmpty())
        return QCoreApplication::translate(
            "RoutineRequest", "No routines are installed; give the path to a routine file.");
    return QCoreApplication::translate("RoutineRequest",
        "Known routines: %1. Give one of these ids, or the path to a routine file.")
        .arg(ids.join(u", "_s));
}

} // namespace

bool looksLikeRoutineFile(const QString &request)
{
    return request.contains(u'/') || request.contains(u'\\')
        || request.endsWith(u".json"_s, Qt::CaseInsensitive);
}

Result<Routine> findRequestedRoutine(const ContentLibrary &library, const QString &request)
{
    if (request.isEmpty()) {
        const Routine *routine = library.routine(library.defaultRoutineId());
        if (!routine)
            return Error {QCoreApplication::translate("RoutineRequest",
                "There is no routine to start. Add a routine file to your "
                "content folder, or reinstall Limber.")};
        return *routine;
    }
    if (const Routine *routine = library.routine(request))
        return *routine;

    const QFileInfo file(request);
    if (file.isFile()) {
        Result<Routine> loaded = library.loadRoutineFile(request);
        if (!loaded)
            return Error {QCoreApplication::translate(
                "RoutineRequest", "The routine file “%1” cannot be used: %2")
                              .arg(request, loaded.error().message)};
        return loaded;
    }
    if (looksLikeRoutineFile(request))
        return Error {QCoreApplication::translate(
            "RoutineRequest", "The routine file “%1” does not exist. %2")
                          .arg(request, alternatives(library))};
    return Error {QCoreApplication::translate("RoutineRequest", "There is no routine “%1”. %2")
                      .arg(request, alternatives(library))};
}

} // namespace limber

#include "app/session/routinerequest.h"

#include "core/content/contentlibrary.h"
#include "core/content/routinefilecheck.h"

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
    // Ids are lower-case letters, digits and dashes: "morning.txt" is a file.
    return request.contains(u'/') || request.contains(u'\\') || request.contains(u'.');
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

namespace {

/// One translation context for this file's messages, under a name lupdate
/// sees too (a free tr() function would file them under "limber").
struct RoutineRequestText
{
    Q_DECLARE_TR_FUNCTIONS(RoutineRequest)
};

QString lines(const QList<ContentError> &errors)
{
    QStringList text;
    for (const ContentError &error : errors)
        text.append(error.toString());
    return text.join(u'\n');
}

RoutineProblem fileProblem(const ContentLibrary &library, const QString &request)
{
    using Kind = RoutineProblem::Kind;
    const QFileInfo file(request);
    const QString name = file.fileName().isEmpty() ? request : file.fileName();
    if (!file.exists())
        return {Kind::NoSuchFile, RoutineRequestText::tr("No such file"),
            RoutineRequestText::tr(
                "There is no file “%1”. Check its name and folder, or give the id of one of "
                "Limber's routines.")
                .arg(request),
            RoutineRequestText::tr("Looked for: %1\n%2")
                .arg(file.absoluteFilePath(), alternatives(library))};
    if (file.isDir())
        return {Kind::NotARoutineFile, RoutineRequestText::tr("Not a routine file"),
            RoutineRequestText::tr("“%1” is a folder. Give the routine file inside it.")
                .arg(request),
            file.absoluteFilePath()};
    const RoutineFileCheck check = checkRoutineFile(library, request);
    switch (check.fault) {
    case RoutineFileFault::NotJson:
        return {Kind::NotARoutineFile, RoutineRequestText::tr("Not a routine file"),
            RoutineRequestText::tr(
                "“%1” is not a routine file: Limber could not read it as one. Ask whoever "
                "gave it to you for the file again, or export the routine from Limber's "
                "Routines page.")
                .arg(name),
            lines(check.errors)};
    case RoutineFileFault::NotARoutine:
        return {Kind::NotARoutineFile, RoutineRequestText::tr("Not a routine file"),
            RoutineRequestText::tr(
                "“%1” is not a routine Limber can use: some of what a routine needs is "
                "missing or wrong in it. The details say which line.")
                .arg(name),
            lines(check.errors)};
    case RoutineFileFault::UnknownExercise:
        return {Kind::UnknownExercise, RoutineRequestText::tr("Unknown exercise"),
            RoutineRequestText::tr(
                "The routine in “%1” names an exercise Limber does not have. It may come "
                "from a newer Limber, or have a typing mistake in an exercise's name.")
                .arg(name),
            lines(check.errors)};
    case RoutineFileFault::None:
        break;
    }
    const Result<Routine> loaded = library.loadRoutineFile(request);
    return {Kind::NotARoutineFile, RoutineRequestText::tr("Not a routine file"),
        RoutineRequestText::tr("“%1” cannot be used as a routine.").arg(name),
        loaded ? QString() : loaded.error().message};
}

} // namespace

RoutineProblem explainRoutineProblem(const ContentLibrary &library, const QString &request)
{
    using Kind = RoutineProblem::Kind;
    if (library.routines().isEmpty() && !looksLikeRoutineFile(request)
        && !QFileInfo(request).isFile())
        return {Kind::NoRoutines, RoutineRequestText::tr("No routines"),
            RoutineRequestText::tr(
                "Limber has no routines installed. Reinstall Limber, or give the path to a "
                "routine file."),
            {}};
    if (looksLikeRoutineFile(request) || QFileInfo(request).exists())
        return fileProblem(library, request);
    return {Kind::UnknownRoutineId, RoutineRequestText::tr("Unknown routine"),
        RoutineRequestText::tr(
            "Limber has no routine called “%1”. Check the name: the details list the "
            "routines there are.")
            .arg(request),
        alternatives(library)};
}

} // namespace limber

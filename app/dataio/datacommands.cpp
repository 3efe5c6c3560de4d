#include "app/dataio/datacommands.h"

#include "core/history/exportdestination.h"
#include "core/history/historyexport.h"
#include "core/history/historyimport.h"
#include "core/history/historystore.h"
#include "core/history/instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// Gives the messages below one translation context that lupdate can see.
struct DataCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DataCommands)
};

/// Prints "Exporting… 40 %" lines, at most one per ten percent.
ProgressCallback progressPrinter(QTextStream &err, const QString &what)
{
    return [&err, what, lastTenth = -1](int done, int total) mutable {
        if (total <= 0)
            return;
        const int tenth = done * 10 / total;
        if (tenth == lastTenth)
            return;
        lastTenth = tenth;
        err << what << u' ' << tenth * 10 << u" %\n"_s;
        err.flush();
    };
}

int fail(QTextStream &err, const QString &message, int status = DataCommandFailed)
{
    err << message << u'\n';
    err.flush();
    return status;
}

bool isStandardOutput(const QString &path)
{
    return path == QStringView(standardOutputPath);
}

QString shownTarget(const QString &path)
{
    return isStandardOutput(path) ? DataCommandText::tr("standard output")
                                  : QDir::toNativeSeparators(path);
}

/// Writes one format to \a path, or to the process's standard output for "-".
Status exportTo(HistoryExport &exporter, HistoryExport::Format format, const QString &path,
    const ProgressCallback &progress)
{
    if (!isStandardOutput(path))
        return exporter.save(format, path, progress);
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return ExportDestination::writeFailure(shownTarget(path), standardOutput);
    if (Status written = exporter.write(format, standardOutput, progress); !written)
        return written;
    if (!standardOutput.flush() || standardOutput.error() != QFileDevice::NoError)
        return ExportDestination::writeFailure(shownTarget(path), standardOutput);
    return {};
}

/// A pipe, a device or standard output takes one stream of bytes: a CSV
/// export there holds the holds only, and says what it did on err.
bool takesOneTable(const QString &path)
{
    return isStandardOutput(path)
        || ExportDestination::kindOf(path) == ExportDestination::Kind::Stream;
}

int exportCsv(HistoryStore &store, const QString &path, QTextStream &report, QTextStream &err)
{
    HistoryExport exporter(store);
    if (Status s = exportTo(exporter, HistoryExport::Format::HoldsCsv, path,
            progressPrinter(err, DataCommandText::tr("Exporting holds…")));
        !s)
        return fail(err, s.error().message);
    report << DataCommandText::tr("Holds written to %1").arg(shownTarget(path)) << u'\n';
    if (takesOneTable(path)) {
        report << DataCommandText::tr(
            "The sessions were not written: give a file name to get them as a second "
            "file beside it.")
               << u'\n';
        return DataCommandSucceeded;
    }
    const QString sessionsPath = sessionsCsvPathFor(path);
    if (Status s = exporter.save(HistoryExport::Format::SessionsCsv, sessionsPath,
            progressPrinter(err, DataCommandText::tr("Exporting sessions…")));
        !s)
        return fail(err, s.error().message);
    report
        << DataCommandText::tr("Sessions written to %1").arg(QDir::toNativeSeparators(sessionsPath))
        << u'\n';
    return DataCommandSucceeded;
}

int exportJson(HistoryStore &store, const QString &path, QTextStream &report, QTextStream &err)
{
    HistoryExport exporter(store);
    if (Status s = exportTo(exporter, HistoryExport::Format::Json, path,
            progressPrinter(err, DataCommandText::tr("Exporting…")));
        !s)
        return fail(err, s.error().message);
    report << DataCommandText::tr("History written to %1").arg(shownTarget(path)) << u'\n';
    return DataCommandSucceeded;
}

int import(HistoryStore &store, const QString &path, QTextStream &out, QTextStream &err)
{
    if (store.isReadOnly())
        return fail(err, store.readOnlyMessage());
    HistoryImport importer(store);
    auto summary
        = importer.importJson(path, progressPrinter(err, DataCommandText::tr("Importing…")));
    if (!summary)
        return fail(err, summary.error().message);
    out << DataCommandText::tr("Imported %Ln session(s)", nullptr, summary->sessionsAdded)
        << u", "_s << DataCommandText::tr("%Ln hold(s)", nullptr, summary->holdsAdded) << u'\n';
    if (summary->sessionsAlreadyPresent > 0)
        out << DataCommandText::tr("%Ln session(s) were already in your history.", nullptr,
            summary->sessionsAlreadyPresent)
            << u'\n';
    return DataCommandSucceeded;
}

} // namespace

QString sessionsCsvPathFor(const QString &holdsCsvPath)
{
    const QFileInfo info(holdsCsvPath);
    const QString suffix = info.suffix().isEmpty() ? u"csv"_s : info.suffix();
    return info.dir().filePath(info.completeBaseName() + u"-sessions."_s + suffix);
}

int runDataCommand(
    const DataCommandRequest &request, const WallClock &clock, QTextStream &out, QTextStream &err)
{
    const bool isExport = request.kind != DataCommandRequest::Kind::Import;
    // A folder or a socket is refused before the history is touched.
    if (isExport && !isStandardOutput(request.path)) {
        if (Status accepted = ExportDestination::accepts(request.path); !accepted)
            return fail(err, accepted.error().message);
    }

    // Without a lock file (a full disk, a read-only folder) an export still
    // reads the history; an import is refused below, as the store is read-only.
    InstanceLock lock(request.dataDir);
    if (Status locked = lock.tryLock(); !locked) {
        if (lock.heldByAnother())
            return fail(err,
                locked.error().message + u' '
                    + DataCommandText::tr("Close the running Limber first, or use its File menu."));
        err << locked.error().message << u'\n';
    }

    StoreOptions options;
    options.dataDir = request.dataDir;
    options.dailyBackup = !isExport;
    auto store = HistoryStore::open(options, clock);
    if (!store)
        return fail(err, store.error().message);
    for (const QString &notice : store.value()->outcome().notices)
        err << notice << u'\n';

    // The store has kept the damaged file aside and started an empty
    // history; exporting that would hand over an empty file as if it were
    // the person's history.
    const QString keptIn = store.value()->outcome().damagedFileKeptIn;
    if (isExport && !keptIn.isEmpty()) {
        return fail(err,
            DataCommandText::tr(
                "Nothing was exported: your history file was damaged. It is kept, unchanged, in "
                "%1; Limber can restore one of its backups (File menu, Restore a Backup). %2 "
                "was not written.")
                .arg(QDir::toNativeSeparators(keptIn), shownTarget(request.path)),
            DataCommandHistoryDamaged);
    }

    // Standard output, or a stream that may be it (/dev/stdout), carries
    // the data itself, so the messages go to err.
    QTextStream &report = isExport && takesOneTable(request.path) ? err : out;
    switch (request.kind) {
    case DataCommandRequest::Kind::ExportCsv:
        return exportCsv(*store.value(), request.path, report, err);
    case DataCommandRequest::Kind::ExportJson:
        return exportJson(*store.value(), request.path, report, err);
    case DataCommandRequest::Kind::Import:
        return import(*store.value(), request.path, out, err);
    }
    return DataCommandFailed;
}

} // namespace limber

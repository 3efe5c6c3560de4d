#include "dataio/datacommands.h"

#include "history/historyexport.h"
#include "history/historyimport.h"
#include "history/historystore.h"
#include "history/instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// Gives the messages below one translation context that lupdate can see.
struct DataCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DataCommands)
};

QString tr(const char *text)
{
    return DataCommandText::tr(text);
}

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

int fail(QTextStream &err, const QString &message)
{
    err << message << u'\n';
    return 1;
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
    InstanceLock lock(request.dataDir);
    if (Status locked = lock.tryLock(); !locked)
        return fail(err,
            locked.error().message + u' '
                + tr("Close the running Limber first, or use its File menu."));

    StoreOptions options;
    options.dataDir = request.dataDir;
    options.dailyBackup = request.kind == DataCommandRequest::Kind::Import;
    auto store = HistoryStore::open(options, clock);
    if (!store)
        return fail(err, store.error().message);
    for (const QString &notice : store.value()->outcome().notices)
        err << notice << u'\n';

    switch (request.kind) {
    case DataCommandRequest::Kind::ExportCsv: {
        HistoryExport exporter(*store.value());
        const QString sessionsPath = sessionsCsvPathFor(request.path);
        if (Status s = exporter.save(HistoryExport::Format::HoldsCsv, request.path,
                progressPrinter(err, tr("Exporting holds…")));
            !s)
            return fail(err, s.error().message);
        if (Status s = exporter.save(HistoryExport::Format::SessionsCsv, sessionsPath,
                progressPrinter(err, tr("Exporting sessions…")));
            !s)
            return fail(err, s.error().message);
        out << tr("Holds written to %1").arg(QDir::toNativeSeparators(request.path)) << u'\n'
            << tr("Sessions written to %1").arg(QDir::toNativeSeparators(sessionsPath)) << u'\n';
        return 0;
    }
    case DataCommandRequest::Kind::ExportJson: {
        HistoryExport exporter(*store.value());
        if (Status s = exporter.save(
                HistoryExport::Format::Json, request.path, progressPrinter(err, tr("Exporting…")));
            !s)
            return fail(err, s.error().message);
        out << tr("History written to %1").arg(QDir::toNativeSeparators(request.path)) << u'\n';
        return 0;
    }
    case DataCommandRequest::Kind::Import: {
        if (store.value()->isReadOnly())
            return fail(err, store.value()->readOnlyMessage());
        HistoryImport importer(*store.value());
        auto summary = importer.importJson(request.path, progressPrinter(err, tr("Importing…")));
        if (!summary)
            return fail(err, summary.error().message);
        out << DataCommandText::tr("Imported %n session(s)", nullptr, summary->sessionsAdded)
            << u", "_s << DataCommandText::tr("%n hold(s)", nullptr, summary->holdsAdded) << u'\n';
        if (summary->sessionsAlreadyPresent > 0)
            out << DataCommandText::tr("%n session(s) were already in your history.", nullptr,
                summary->sessionsAlreadyPresent)
                << u'\n';
        return 0;
    }
    }
    return 1;
}

} // namespace limber

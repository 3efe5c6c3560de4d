#pragma once

#include <QString>
#include <QTextStream>

namespace limber {

class WallClock;

/// What `--export-csv`, `--export-json` and `--import` ask for.
struct DataCommandRequest
{
    enum class Kind { ExportCsv, ExportJson, Import };
    Kind kind = Kind::ExportCsv;
    QString path; ///< the file to write (exports) or read (import)
    QString dataDir; ///< the prepared data folder
};

/// Runs one data command without a window: takes the instance lock (a
/// running Limber owns the history), opens the history, does the work with
/// progress on `err`, and returns the process exit status (0 on success).
///
/// --export-csv FILE writes the holds to FILE and the sessions beside it as
/// "<FILE name>-sessions.csv", because CSV holds one table per file.
int runDataCommand(
    const DataCommandRequest &request, const WallClock &clock, QTextStream &out, QTextStream &err);

/// The sessions file written next to a holds CSV export.
QString sessionsCsvPathFor(const QString &holdsCsvPath);

} // namespace limber

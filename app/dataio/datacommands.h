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

/// Exit statuses of runDataCommand(); usage errors exit 2 before it runs.
enum DataCommandExitCode {
    DataCommandSucceeded = 0,
    /// The file could not be read or written, or another Limber holds the folder.
    DataCommandFailed = 1,
    /// The history file is damaged (as --report's ReportHistoryUnreadable):
    /// it was kept aside unchanged and no export was written.
    DataCommandHistoryDamaged = 4,
};

/// The path that names standard output for --export-csv and --export-json.
inline constexpr char16_t standardOutputPath[] = u"-";

/// Runs one data command without a window: takes the instance lock (a
/// running Limber owns the history), opens the history, does the work with
/// progress on `err`, and returns a DataCommandExitCode.
///
/// --export-csv FILE writes the holds to FILE and the sessions beside it as
/// "<FILE name>-sessions.csv", because CSV holds one table per file. When
/// FILE is "-" (standard output), a pipe or a device, only the holds are
/// written, into it, and `err` says so.
///
/// An export refuses a damaged history: the store keeps the damaged file
/// aside, `err` says where, nothing is written to FILE, and the status is
/// DataCommandHistoryDamaged. An export to "-" writes the data to the
/// process's standard output; an export to "-", a pipe or a device says
/// what it did on `err`, as that stream may be standard output itself.
int runDataCommand(
    const DataCommandRequest &request, const WallClock &clock, QTextStream &out, QTextStream &err);

/// The sessions file written next to a holds CSV export.
QString sessionsCsvPathFor(const QString &holdsCsvPath);

} // namespace limber

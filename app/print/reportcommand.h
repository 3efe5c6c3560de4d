#pragma once

#include "core/util/error.h"

#include <QDate>
#include <QLocale>
#include <QString>

class QTextStream;

namespace limber {

/// What `limber --report FILE.pdf [--weeks N]` asks for.
struct ReportRequest
{
    QString outputPath; ///< the PDF to write
    int weeks = 8; ///< weeks covered, ending with the week of today
    QString dataDir; ///< the data folder; empty: the platform's data folder
    QDate today; ///< the day the report is made on; invalid: today
    QLocale locale; ///< language, dates, first day of the week and paper size
};

/// The weeks a report may cover.
inline constexpr int reportMinWeeks = 1;
inline constexpr int reportMaxWeeks = 52;
inline constexpr int reportDefaultWeeks = 8;

/// Exit codes of runReportCommand().
enum ReportExitCode {
    ReportSucceeded = 0,
    ReportWriteFailed = 1, ///< the file could not be written
    ReportBadRequest = 2, ///< e.g. --weeks out of range (as other usage errors)
    ReportNoHistory = 3, ///< nothing recorded yet in the data folder; no file written
    ReportHistoryUnreadable = 4, ///< the history cannot be read (damaged, newer, locked)
};

/// Reads the value of --weeks: a whole number from 1 to 52. The error is
/// the usage message.
Result<int> parseReportWeeks(const QString &text);

/// Reads a snapshot of the history in the data folder without changing it
/// (see HistoryReadCopy: safe while Limber runs, no instance lock taken),
/// names exercises from the bundled and the user's content, paints the
/// report and writes it as a PDF, atomically, on paper for the locale.
/// Problems are written to \a err as sentences; returns a ReportExitCode.
/// Needs a QGuiApplication (fonts) but no display: see
/// usePlatformWithoutDisplay().
int runReportCommand(const ReportRequest &request, QTextStream &err);

} // namespace limber

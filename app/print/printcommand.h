#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

class QTextStream;

namespace limber {

/// What `limber --print-sheet FILE.pdf [--routine ID] [--log-grid]` asks for.
struct PrintSheetRequest
{
    QString outputPath; ///< the PDF to write
    QString routineId; ///< a routine id or a routine file; empty: the default routine
    bool logGrid = false; ///< add the week grid to tick by hand
    QString dataDir; ///< where the user's own content lives; empty: the platform's data folder
    QDate date; ///< printed on the sheet; invalid: today
    QLocale locale; ///< language, date format, first day of the week and paper size
};

/// Exit codes of runPrintSheetCommand().
enum PrintSheetExitCode {
    PrintSheetSucceeded = 0,
    PrintSheetWriteFailed = 1, ///< the file could not be written
    PrintSheetNoRoutine = 2, ///< the routine is unknown or cannot be used
};

/// Loads the bundled and the user's content, builds the sheet and writes
/// it as a PDF on paper for the locale (A4 or Letter). Problems are written
/// to \a err as sentences; returns a PrintSheetExitCode. Needs a
/// QGuiApplication (fonts), but no display: see usePlatformWithoutDisplay().
int runPrintSheetCommand(const PrintSheetRequest &request, QTextStream &err);

/// Before the QApplication exists: on a Linux or BSD machine with no
/// display, and no platform chosen by the user, picks Qt's offscreen
/// platform so that printing to PDF works over SSH or in a script.
void usePlatformWithoutDisplay();

} // namespace limber

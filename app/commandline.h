#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

/// What the user asked for on the command line.
struct CommandLineOptions
{
    bool showHelp = false;
    bool showVersion = false;
    bool startSession = false;
    QString routine; ///< routine id or path to a routine file; empty: today's routine
    QString dataDir; ///< empty: the platform's application data folder
    bool minimized = false;

    // Commands that do their work without a window and exit.
    QString printSheet; ///< --print-sheet FILE.pdf
    QString sheetRoutine; ///< --routine ID, with --print-sheet
    bool logGrid = false; ///< --log-grid, with --print-sheet
    QString report; ///< --report FILE.pdf
    int reportWeeks = 8; ///< --weeks N, with --report
    QString exportCsv; ///< --export-csv FILE
    QString exportJson; ///< --export-json FILE
    QString importFile; ///< --import FILE

    /// True when a command above was given: no window is shown.
    bool runsCommand() const
    {
        return !printSheet.isEmpty() || !report.isEmpty() || !exportCsv.isEmpty()
            || !exportJson.isEmpty() || !importFile.isEmpty();
    }
};

/// The arguments without the options Qt's QApplication reads itself
/// (-style, -platform, -reverse, -qwindowgeometry and the rest, with one or
/// two dashes, their values given apart or after '='). Everything from "--"
/// on is left as it is.
QStringList withoutQtOptions(const QStringList &arguments);

/// Parses arguments without needing a QCoreApplication, so --help and
/// --version work where no display exists. Qt's own options are left for
/// QApplication (see withoutQtOptions()).
class CommandLine
{
public:
    /// Parses the full argument list (including the program name).
    /// On a usage error returns nullopt and fills errorText().
    std::optional<CommandLineOptions> parse(const QStringList &arguments);

    QString helpText() const;
    QString versionText() const;
    QString errorText() const { return m_error; }
    /// The --data-dir given, read even from arguments that failed to parse.
    QString dataDirGiven() const { return m_dataDir; }

private:
    QString m_error;
    QString m_dataDir;
};

} // namespace limber

#include "app/commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

struct Options
{
    QCommandLineOption help {{u"h"_s, u"help"_s},
        QCoreApplication::translate("CommandLine", "Show this help and exit.")};
    QCommandLineOption version {{u"v"_s, u"version"_s},
        QCoreApplication::translate("CommandLine", "Show the version and exit.")};
    QCommandLineOption start {u"start"_s,
        QCoreApplication::translate("CommandLine",
            "Open straight into a guided session. The optional "
            "ROUTINE argument is a routine id or a routine file. If Limber is "
            "already running, the routine starts in its window, unless a "
            "session is under way there.")};
    QCommandLineOption dataDir {u"data-dir"_s,
        QCoreApplication::translate("CommandLine", "Keep all data and settings in DIR."), u"DIR"_s};
    QCommandLineOption minimized {u"minimized"_s,
        QCoreApplication::translate(
            "CommandLine", "Start in the system tray, or minimised where there is none.")};
    QCommandLineOption printSheet {u"print-sheet"_s,
        QCoreApplication::translate(
            "CommandLine", "Write the routine sheet to FILE (PDF) and exit. No display needed."),
        u"FILE"_s};
    QCommandLineOption routine {u"routine"_s,
        QCoreApplication::translate(
            "CommandLine", "With --print-sheet: the routine to print (an id or a routine file)."),
        u"ID"_s};
    QCommandLineOption logGrid {u"log-grid"_s,
        QCoreApplication::translate(
            "CommandLine", "With --print-sheet: add a week grid to tick off by hand.")};
    QCommandLineOption report {u"report"_s,
        QCoreApplication::translate(
            "CommandLine", "Write a progress report of your history to FILE (PDF) and exit."),
        u"FILE"_s};
    QCommandLineOption weeks {u"weeks"_s,
        QCoreApplication::translate(
            "CommandLine", "With --report: how many weeks to cover (1 to 52, default 8)."),
        u"N"_s};
    QCommandLineOption exportCsv {u"export-csv"_s,
        QCoreApplication::translate("CommandLine",
            "Write your holds to FILE and your sessions to FILE-sessions.csv (CSV) and exit. "
            "FILE - writes the holds to standard output."),
        u"FILE"_s};
    QCommandLineOption exportJson {u"export-json"_s,
        QCoreApplication::translate("CommandLine",
            "Write your whole history to FILE (JSON, for --import) and exit. FILE "
            "- writes it to standard output."),
        u"FILE"_s};
    QCommandLineOption importFile {u"import"_s,
        QCoreApplication::translate(
            "CommandLine", "Add the history in FILE (made by --export-json) to yours and exit."),
        u"FILE"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({help, version, start, dataDir, minimized, printSheet, routine, logGrid,
            report, weeks, exportCsv, exportJson, importFile});
        parser.addPositionalArgument(u"ROUTINE"_s,
            QCoreApplication::translate("CommandLine", "Routine for --start."), u"[ROUTINE]"_s);
    }
};

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Guided stretching routines for hip and low-back pain.\n"
        "Qt's own options, such as -style, -platform and -reverse, are accepted too."));
}

// The options QGuiApplication and QApplication take out of argv themselves
// (Qt 6 documents them under QGuiApplication and QApplication; X11 adds a few).
const QStringList qtOptionsWithValue = {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s,
    u"plugin"_s, u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"session"_s,
    u"style"_s, u"stylesheet"_s, u"display"_s, u"geometry"_s, u"title"_s, u"icon"_s, u"name"_s,
    u"visual"_s};
const QStringList qtFlags
    = {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s, u"testability"_s};

} // namespace

QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    kept.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            kept.append(arguments.mid(i));
            break;
        }
        if (i == 0) { // the program's name
            kept.append(argument);
            continue;
        }
        // Qt reads "-style" and "--style" alike.
        QStringView name = argument;
        if (name.startsWith(u"--"))
            name = name.mid(2);
        else if (name.startsWith(u'-'))
            name = name.mid(1);
        else {
            kept.append(argument);
            continue;
        }
        const qsizetype equals = name.indexOf(u'=');
        const QStringView bare = equals < 0 ? name : name.left(equals);
        if (bare == u"qmljsdebugger")
            continue;
        if (qtFlags.contains(bare) && equals < 0)
            continue;
        if (qtOptionsWithValue.contains(bare)) {
            if (equals < 0)
                ++i; // the value follows
            continue;
        }
        kept.append(argument);
    }
    return kept;
}

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    const Options options;
    options.addTo(parser);

    const bool parsed = parser.parse(withoutQtOptions(arguments));
    // Known even when something else is wrong: the language of the message
    // is kept in that folder's settings.
    m_dataDir = parser.value(options.dataDir);
    if (!parsed) {
        m_error = parser.errorText();
        return std::nullopt;
    }

    CommandLineOptions result;
    result.showHelp = parser.isSet(options.help);
    result.showVersion = parser.isSet(options.version);
    result.startSession = parser.isSet(options.start);
    result.dataDir = parser.value(options.dataDir);
    result.minimized = parser.isSet(options.minimized);
    result.printSheet = parser.value(options.printSheet);
    result.sheetRoutine = parser.value(options.routine);
    result.logGrid = parser.isSet(options.logGrid);
    result.report = parser.value(options.report);
    result.exportCsv = parser.value(options.exportCsv);
    result.exportJson = parser.value(options.exportJson);
    result.importFile = parser.value(options.importFile);

    // Each text is marked where it is written, so that lupdate finds it.
    const auto usage = [this](const char *text) {
        m_error = QCoreApplication::translate("CommandLine", text);
        return std::nullopt;
    };
    const int commands = int(result.startSession) + int(!result.printSheet.isEmpty())
        + int(!result.report.isEmpty()) + int(!result.exportCsv.isEmpty())
        + int(!result.exportJson.isEmpty()) + int(!result.importFile.isEmpty());
    if (commands > 1)
        return usage(QT_TRANSLATE_NOOP("CommandLine",
            "Give only one of --start, --print-sheet, --report, --export-csv, "
            "--export-json and --import."));
    // "-" is standard output for the text exports; a PDF there would only
    // garble a terminal, and a file named "-" is surely not what was meant.
    if (result.printSheet == u"-"_s || result.report == u"-"_s)
        return usage(QT_TRANSLATE_NOOP("CommandLine",
            "--print-sheet and --report write a PDF file, not to standard output: give "
            "a file name instead of -."));
    if (result.printSheet.isEmpty() && (parser.isSet(options.routine) || result.logGrid))
        return usage(
            QT_TRANSLATE_NOOP("CommandLine", "--routine and --log-grid go with --print-sheet."));
    if (parser.isSet(options.weeks)) {
        if (result.report.isEmpty())
            return usage(QT_TRANSLATE_NOOP("CommandLine", "--weeks goes with --report."));
        bool isNumber = false;
        result.reportWeeks = parser.value(options.weeks).toInt(&isNumber);
        if (!isNumber || result.reportWeeks < 1 || result.reportWeeks > 52)
            return usage(QT_TRANSLATE_NOOP(
                "CommandLine", "--weeks takes a whole number of weeks from 1 to 52."));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        m_error = QCoreApplication::translate("CommandLine", "Too many arguments: %1")
                      .arg(positional.join(u' '));
        return std::nullopt;
    }
    if (!positional.isEmpty()) {
        if (!result.startSession) {
            m_error = QCoreApplication::translate(
                "CommandLine", "A routine can only be given with --start.");
            return std::nullopt;
        }
        result.routine = positional.constFirst();
    }
    return result;
}

QString CommandLine::helpText() const
{
    QCommandLineParser parser;
    describe(parser);
    Options().addTo(parser);
    // The parser names the program as it was called (a path), or without a
    // QCoreApplication not at all: the command a person types is "limber".
    const QString called = QCoreApplication::instance() ? QCoreApplication::arguments().constFirst()
                                                        : u"<executable_name>"_s;
    QString text = parser.helpText();
    if (const qsizetype at = text.indexOf(called); at >= 0)
        text.replace(at, called.size(), u"limber"_s);
    return text;
}

QString CommandLine::versionText() const
{
    return u"Limber "_s + QStringLiteral(LIMBER_VERSION) + u'\n';
}

} // namespace limber

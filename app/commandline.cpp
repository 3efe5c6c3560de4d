#include "commandline.h"

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
            "ROUTINE argument is a routine id or a routine file.")};
    QCommandLineOption dataDir {u"data-dir"_s,
        QCoreApplication::translate("CommandLine", "Keep all data and settings in DIR."), u"DIR"_s};
    QCommandLineOption minimized {
        u"minimized"_s, QCoreApplication::translate("CommandLine", "Start minimised.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({help, version, start, dataDir, minimized});
        parser.addPositionalArgument(u"ROUTINE"_s,
            QCoreApplication::translate("CommandLine", "Routine for --start."), u"[ROUTINE]"_s);
    }
};

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Guided stretching routines for hip and low-back pain."));
}

} // namespace

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    const Options options;
    options.addTo(parser);

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return std::nullopt;
    }

    CommandLineOptions result;
    result.showHelp = parser.isSet(options.help);
    result.showVersion = parser.isSet(options.version);
    result.startSession = parser.isSet(options.start);
    result.dataDir = parser.value(options.dataDir);
    result.minimized = parser.isSet(options.minimized);

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
    // Without a QCoreApplication the parser cannot know the program's name.
    return parser.helpText().replace(u"<executable_name>"_s, u"limber"_s);
}

QString CommandLine::versionText() const
{
    return u"Limber "_s + QStringLiteral(LIMBER_VERSION) + u'\n';
}

} // namespace limber

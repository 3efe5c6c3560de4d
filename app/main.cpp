#include "app/appcontroller.h"
#include "app/commandline.h"
#include "app/dataio/datacommands.h"
#include "app/i18n.h"
#include "app/instance/singleinstance.h"
#include "app/mainwindow.h"
#include "app/print/printcommand.h"
#include "app/print/reportcommand.h"
#include "app/quitsignals.h"
#include "app/settings/datadir.h"
#include "app/settings/settings.h"
#include "app/window/deferrediconstyle.h"
#include "app/window/firstpaint.h"
#include "app/window/fontwarmup.h"

#include <QApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

/// The commands that work without a window: they print what they did and
/// return the process's exit status.
int runCommand(const limber::CommandLineOptions &options, const QString &dataDir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!options.printSheet.isEmpty())
        return limber::runPrintSheetCommand(
            {options.printSheet, options.sheetRoutine, options.logGrid, dataDir, {}, QLocale()},
            err);
    if (!options.report.isEmpty())
        return limber::runReportCommand(
            {options.report, options.reportWeeks, dataDir, {}, QLocale()}, err);
    const limber::SystemWallClock clock;
    using Kind = limber::DataCommandRequest::Kind;
    if (!options.exportCsv.isEmpty())
        return limber::runDataCommand(
            {Kind::ExportCsv, options.exportCsv, dataDir}, clock, out, err);
    if (!options.exportJson.isEmpty())
        return limber::runDataCommand(
            {Kind::ExportJson, options.exportJson, dataDir}, clock, out, err);
    return limber::runDataCommand({Kind::Import, options.importFile, dataDir}, clock, out, err);
}

} // namespace

/// The language the person chose in Settings; empty follows the system.
/// Settings live beside the data only when the person chose the folder
/// (\a chosenDataDir); otherwise in the platform's place for them.
QString chosenLanguage(const QString &chosenDataDir)
{
    return limber::Settings(chosenDataDir).language();
}

/// `--help` and a mistake on the command line, answered in the person's
/// language. Translators need an application object but no display; the
/// arguments are read again so that every message is made translated.
int answerInTheirLanguage(int argc, char **argv, const QString &chosenDataDir)
{
    const QCoreApplication app(argc, argv);
    limber::useLanguage(chosenLanguage(chosenDataDir));
    limber::CommandLine commandLine;
    if (!commandLine.parse(argumentsOf(argc, argv))) {
        QTextStream(stderr) << commandLine.errorText() << u'\n'
                            << QCoreApplication::translate("main", "Try 'limber --help'.") << u'\n';
        return 2;
    }
    QTextStream(stdout) << commandLine.helpText();
    return 0;
}

int main(int argc, char **argv)
{
    limber::FirstPaint::writeTraceMark("main");
    QCoreApplication::setOrganizationName(u"Limber"_s);
    QCoreApplication::setApplicationName(u"Limber"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));

    // Parsed before any QApplication exists: --help, --version and a bad
    // --data-dir must be answered on a machine without a display.
    limber::CommandLine commandLine;
    const auto options = commandLine.parse(argumentsOf(argc, argv));
    if (!options || options->showHelp)
        return answerInTheirLanguage(argc, argv, commandLine.dataDirGiven());
    if (options->showVersion) {
        QTextStream(stdout) << commandLine.versionText();
        return 0;
    }
    const auto dataDir = limber::prepareDataDir(options->dataDir);
    if (!dataDir) {
        QTextStream(stderr) << dataDir.error().message << u'\n';
        return 2;
    }

    if (options->runsCommand()) {
        // Fonts and painting need a QGuiApplication, but not a display.
        limber::usePlatformWithoutDisplay();
        QApplication app(argc, argv);
        limber::useLanguage(chosenLanguage(options->dataDir.isEmpty() ? QString() : *dataDir));
        return runCommand(*options, *dataDir);
    }

    // One Limber per data folder: a second start brings the first forward,
    // and a second `--start ROUTINE` starts that routine there. The lock is
    // taken while the application is built, as it waits for the disk.
    limber::SingleInstance instance(*dataDir);
    instance.startLocking();
    // The fonts' configuration is read meanwhile, on the other core.
    limber::FontWarmUp fonts;

    QApplication app(argc, argv);
    QApplication::setStyle(new limber::DeferredIconStyle);
    // The desktop entry's name: Wayland compositors and docks match windows by it.
    QGuiApplication::setDesktopFileName(u"io.github.limber.Limber"_s);
    limber::useLanguage(chosenLanguage(options->dataDir.isEmpty() ? QString() : *dataDir));
    fonts.wait();
    limber::FirstPaint::writeTraceMark("application");
    // A logout or shutdown (SIGTERM, SIGHUP) quits as Ctrl+Q does, keeping
    // the hold in progress as cut short instead of losing it.
    limber::QuitSignals quitSignals;
    QObject::connect(
        &quitSignals, &limber::QuitSignals::quitRequested, &app, &QCoreApplication::quit);

    const limber::Status locked = instance.acquire();
    if (!locked && !instance.anotherIsRunning()) {
        // A full disk or a read-only folder: the history is still shown
        // (read-only), and the window says why nothing can be recorded.
        qWarning().noquote() << locked.error().message;
    } else if (!locked) {
        const limber::InstanceRequest request
            = limber::instanceRequestFor(*options, QDir::current());
        if (const limber::Status sent = instance.send(request, QDateTime::currentDateTimeUtc());
            !sent) {
            QTextStream(stderr) << locked.error().message << u'\n' << sent.error().message << u'\n';
            return 1;
        }
        QTextStream(stdout) << limber::instanceRequestSentText(request) << u'\n';
        return 0;
    }

    limber::AppController controller(*options, *dataDir);
    limber::FirstPaint::writeTraceMark("controller");
    // From here a signal quits through the window, past anything that would
    // ask (unsaved holds) or keep Limber in the tray (reminders).
    QObject::disconnect(&quitSignals, nullptr, &app, nullptr);
    QObject::connect(&quitSignals, &limber::QuitSignals::quitRequested, &controller,
        [&controller] { controller.window().quitWithoutAsking(); });
    QObject::connect(&instance, &limber::SingleInstance::requestReceived, &controller,
        &limber::AppController::answerAnotherCopy);
    controller.start();
    limber::FirstPaint::writeTraceMark("shown");
    return app.exec();
}

#include "appcontroller.h"
#include "commandline.h"
#include "i18n.h"
#include "settings/datadir.h"

#include <QApplication>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"Limber"_s);
    QCoreApplication::setApplicationName(u"Limber"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));

    // Parsed before any QApplication exists: --help, --version and a bad
    // --data-dir must be answered on a machine without a display.
    limber::CommandLine commandLine;
    const auto options = commandLine.parse(argumentsOf(argc, argv));
    if (!options) {
        QTextStream(stderr) << commandLine.errorText() << u'\n'
                            << QCoreApplication::translate("main", "Try 'limber --help'.") << u'\n';
        return 2;
    }
    if (options->showHelp) {
        QTextStream(stdout) << commandLine.helpText();
        return 0;
    }
    if (options->showVersion) {
        QTextStream(stdout) << commandLine.versionText();
        return 0;
    }
    const auto dataDir = limber::prepareDataDir(options->dataDir);
    if (!dataDir) {
        QTextStream(stderr) << dataDir.error().message << u'\n';
        return 2;
    }

    QApplication app(argc, argv);
    limber::installTranslators();
    limber::AppController controller(*options, *dataDir);
    controller.start();
    return app.exec();
}

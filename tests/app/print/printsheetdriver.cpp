// limber-print-sheet-driver: runs runPrintSheetCommand() the way `limber
// --print-sheet` does, as its own process, so tests can check the command
// where no display exists (usePlatformWithoutDisplay() before the
// QApplication). A test program only; it accepts the arguments of the
// real command plus --locale and --date to make output reproducible.
//
//   limber-print-sheet-driver --print-sheet FILE.pdf [--routine ID] [--log-grid]
//                             [--data-dir DIR] [--locale en_US] [--date 2026-03-02]
#include "app/i18n.h"
#include "app/print/printcommand.h"

#include <QApplication>
#include <QStringList>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    limber::PrintSheetRequest request;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = args.value(i + 1);
        if (arg == u"--print-sheet"_s) {
            request.outputPath = value;
            ++i;
        } else if (arg == u"--routine"_s) {
            request.routineId = value;
            ++i;
        } else if (arg == u"--data-dir"_s) {
            request.dataDir = value;
            ++i;
        } else if (arg == u"--locale"_s) {
            request.locale = QLocale(value);
            ++i;
        } else if (arg == u"--date"_s) {
            request.date = QDate::fromString(value, Qt::ISODate);
            ++i;
        } else if (arg == u"--log-grid"_s) {
            request.logGrid = true;
        } else {
            std::fprintf(stderr, "unknown argument: %s\n", qPrintable(arg));
            return 64;
        }
    }

    limber::usePlatformWithoutDisplay();
    QApplication app(argc, argv);
    // English plural forms ("2 holds"); the program installs the same from
    // translations/limber_en.ts.
    limber::installTranslators();
    QTextStream err(stderr);
    return limber::runPrintSheetCommand(request, err);
}

// limber-report-driver: runs runReportCommand() the way `limber --report`
// does, as its own process, so tests can check the command where no display
// exists. A test program only; besides the real command's arguments it
// takes --locale and --today for reproducible output, and --seed-history
// DIR writes the eight weeks of tests/app/print/reporthistory.h into DIR.
//
//   limber-report-driver --report FILE.pdf [--weeks N] [--data-dir DIR]
//                        [--locale en_GB] [--today 2026-03-18]
//   limber-report-driver --seed-history DIR
#include "app/i18n.h"
#include "app/print/printcommand.h"
#include "app/print/reportcommand.h"
#include "tests/app/print/reporthistory.h"

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

    limber::ReportRequest request;
    QTextStream err(stderr);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = args.value(i + 1);
        if (arg == u"--seed-history"_s) {
            const limber::Status seeded = limber::testing::seedReportHistory(value);
            if (!seeded)
                err << seeded.error().message << u'\n';
            return seeded ? 0 : 1;
        }
        if (arg == u"--report"_s) {
            request.outputPath = value;
        } else if (arg == u"--weeks"_s) {
            // As the program's command line does: a usage error exits with 2.
            const limber::Result<int> weeks = limber::parseReportWeeks(value);
            if (!weeks) {
                err << weeks.error().message << u'\n';
                return limber::ReportBadRequest;
            }
            request.weeks = *weeks;
        } else if (arg == u"--data-dir"_s) {
            request.dataDir = value;
        } else if (arg == u"--locale"_s) {
            request.locale = QLocale(value);
        } else if (arg == u"--today"_s) {
            request.today = QDate::fromString(value, Qt::ISODate);
        } else {
            std::fprintf(stderr, "unknown argument: %s\n", qPrintable(arg));
            return 64;
        }
        ++i;
    }

    limber::usePlatformWithoutDisplay();
    QApplication app(argc, argv);
    // English plural forms ("2 stopped"); the program installs the same from
    // translations/limber_en.ts.
    limber::installTranslators();
    return limber::runReportCommand(request, err);
}

// What the command line accepts, and the sentence it answers a mistake with.
#include "app/commandline.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

std::optional<CommandLineOptions> parse(QStringList arguments, QString *error = nullptr)
{
    arguments.prepend(u"limber"_s);
    CommandLine commandLine;
    auto options = commandLine.parse(arguments);
    if (error)
        *error = commandLine.errorText();
    return options;
}

} // namespace

TEST(CommandLineParsing, StartTakesAnOptionalRoutine)
{
    auto plain = parse({u"--start"_s});
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->startSession);
    EXPECT_TRUE(plain->routine.isEmpty());
    EXPECT_FALSE(plain->runsCommand()) << "a session opens a window";

    auto named = parse({u"--start"_s, u"daily-hip-stretch"_s, u"--data-dir"_s, u"/tmp/x"_s});
    ASSERT_TRUE(named);
    EXPECT_EQ(named->routine, u"daily-hip-stretch"_s);
    EXPECT_EQ(named->dataDir, u"/tmp/x"_s);
}

TEST(CommandLineParsing, PrintSheetWithItsOptions)
{
    auto options
        = parse({u"--print-sheet"_s, u"sheet.pdf"_s, u"--routine"_s, u"r1"_s, u"--log-grid"_s});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->printSheet, u"sheet.pdf"_s);
    EXPECT_EQ(options->sheetRoutine, u"r1"_s);
    EXPECT_TRUE(options->logGrid);
    EXPECT_TRUE(options->runsCommand());
}

TEST(CommandLineParsing, ReportWeeksMustBeInRange)
{
    auto options = parse({u"--report"_s, u"r.pdf"_s, u"--weeks"_s, u"12"_s});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->reportWeeks, 12);
    EXPECT_EQ(parse({u"--report"_s, u"r.pdf"_s})->reportWeeks, 8) << "the default";

    QString error;
    EXPECT_FALSE(parse({u"--report"_s, u"r.pdf"_s, u"--weeks"_s, u"53"_s}, &error));
    EXPECT_TRUE(error.contains(u"1 to 52"_s)) << error.toStdString();
    EXPECT_FALSE(parse({u"--report"_s, u"r.pdf"_s, u"--weeks"_s, u"many"_s}, &error));
    EXPECT_FALSE(parse({u"--weeks"_s, u"4"_s}, &error));
    EXPECT_TRUE(error.contains(u"--report"_s)) << error.toStdString();
}

TEST(CommandLineParsing, DataCommands)
{
    EXPECT_EQ(parse({u"--export-csv"_s, u"h.csv"_s})->exportCsv, u"h.csv"_s);
    EXPECT_EQ(parse({u"--export-json"_s, u"h.json"_s})->exportJson, u"h.json"_s);
    EXPECT_EQ(parse({u"--import"_s, u"h.json"_s})->importFile, u"h.json"_s);
}

TEST(CommandLineParsing, MistakesAreNamed)
{
    QString error;
    EXPECT_FALSE(parse({u"--print-sheet"_s, u"a.pdf"_s, u"--export-csv"_s, u"b.csv"_s}, &error));
    EXPECT_TRUE(error.contains(u"only one"_s)) << error.toStdString();
    EXPECT_FALSE(parse({u"--log-grid"_s}, &error));
    EXPECT_TRUE(error.contains(u"--print-sheet"_s)) << error.toStdString();
    EXPECT_FALSE(parse({u"daily-hip-stretch"_s}, &error));
    EXPECT_TRUE(error.contains(u"--start"_s)) << error.toStdString();
    EXPECT_FALSE(parse({u"--frobnicate"_s}, &error));
    EXPECT_TRUE(error.contains(u"frobnicate"_s)) << error.toStdString();
}

TEST(CommandLineParsing, HelpListsEveryCommand)
{
    const QString help = CommandLine().helpText();
    for (const QString &option :
        {u"--start"_s, u"--data-dir"_s, u"--print-sheet"_s, u"--log-grid"_s, u"--report"_s,
            u"--weeks"_s, u"--export-csv"_s, u"--export-json"_s, u"--import"_s, u"--minimized"_s})
        EXPECT_TRUE(help.contains(option)) << option.toStdString();
}

TEST(CommandLineParsing, QtsOwnOptionsAreLeftForQt)
{
    QString error;
    auto options = parse({u"-style"_s, u"fusion"_s, u"-platform"_s, u"offscreen"_s, u"-reverse"_s,
                             u"--stylesheet=a.qss"_s, u"-qwindowgeometry"_s, u"800x500+0+0"_s,
                             u"--start"_s, u"desk-break"_s},
        &error);
    ASSERT_TRUE(options) << error.toStdString();
    EXPECT_TRUE(options->startSession);
    EXPECT_EQ(options->routine, u"desk-break"_s) << "no Qt value is taken for the routine";

    EXPECT_EQ(withoutQtOptions(
                  {u"limber"_s, u"--style"_s, u"fusion"_s, u"-widgetcount"_s, u"--version"_s}),
        (QStringList {u"limber"_s, u"--version"_s}));
    EXPECT_EQ(withoutQtOptions({u"limber"_s, u"--start"_s, u"--"_s, u"-style"_s}),
        (QStringList {u"limber"_s, u"--start"_s, u"--"_s, u"-style"_s}))
        << "after --, nothing is an option";
}

TEST(CommandLineParsing, LimbersOwnMistakesAreStillNamedBesideQtOptions)
{
    QString error;
    EXPECT_FALSE(parse({u"-style"_s, u"fusion"_s, u"--frobnicate"_s}, &error));
    EXPECT_TRUE(error.contains(u"frobnicate"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"style"_s)) << error.toStdString();
}

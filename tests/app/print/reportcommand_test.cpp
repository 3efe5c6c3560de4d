// runReportCommand over a real history file seeded through SessionLog (see
// reporthistory.h for the numbers worked out by hand), read back with
// poppler the way a physiotherapist's software sees the PDF.
#include "app/print/reportcommand.h"
#include "tests/app/print/poppler.h"
#include "tests/app/print/reporthistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

struct CommandRun
{
    int exitCode = -1;
    QString messages;
};

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The text with pdftotext's -layout, where a row of the page stays one
/// line: what stands side by side can be checked in order.
QString layoutText(const QString &pdf)
{
    // Spaces around an arrow come and go with the font's spacing.
    static const QRegularExpression arrow(u"[ ]*\u2192[ ]*"_s);
    return runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s})
        .out.normalized(QString::NormalizationForm_KC)
        .replace(arrow, u"\u2192"_s);
}

/// \a words in this order, separated by white space only (lines included).
bool inOrder(const QString &text, const QStringList &words)
{
    QStringList escaped;
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word).replace(u"\\ "_s, u"\\s+"_s));
    return text.contains(QRegularExpression(escaped.join(u"\\s+"_s)));
}

QByteArray sha256(const QString &file)
{
    return QCryptographicHash::hash(contents(file), QCryptographicHash::Sha256).toHex();
}

class ReportCommandTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(installReportPlurals()); }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir().mkpath(dataDir()));
    }

    QString dataDir() const { return dir.filePath(u"data"_s); }
    QString path(const QString &name) const { return dir.filePath(name); }
    void seed() const
    {
        const Status seeded = seedReportHistory(dataDir());
        ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
    }

    ReportRequest request(const QString &output, QLocale locale = british()) const
    {
        ReportRequest r;
        r.outputPath = output;
        r.dataDir = dataDir();
        r.today = reportToday;
        r.locale = std::move(locale);
        return r;
    }

    static QLocale british() { return QLocale(QLocale::English, QLocale::UnitedKingdom); }
    static QLocale american() { return QLocale(QLocale::English, QLocale::UnitedStates); }

    static CommandRun run(const ReportRequest &r)
    {
        QString messages;
        QTextStream err(&messages);
        CommandRun result;
        result.exitCode = runReportCommand(r, err);
        result.messages = messages;
        return result;
    }

    QTemporaryDir dir;
};

TEST_F(ReportCommandTest, ReportHoldsWhatAPhysiotherapistReadsOnOneOrTwoVectorPages)
{
    seed();
    const QString pdf = path(u"report.pdf"_s);
    const CommandRun result = run(request(pdf));
    ASSERT_EQ(result.exitCode, ReportSucceeded) << result.messages.toStdString();
    EXPECT_TRUE(result.messages.isEmpty()) << result.messages.toStdString();

    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 2);
    EXPECT_EQ(pdfImageCount(pdf), 0) << "charts must be vectors";
    EXPECT_TRUE(pdfInfo(pdf, u"Page size"_s).contains(u"(A4)"_s));
    EXPECT_EQ(pdfInfo(pdf, u"Title"_s), u"Progress report"_s);

    const QString text = pdfText(pdf);
    for (const QString &expected :
        {
            u"Progress report"_s,
            u"Made on 18 Mar 2026"_s,
            u"26 Jan \u2013 18 Mar 2026 \u00b7 8 weeks"_s,
            u"Exercises: Seated Leg Cross"_s,
            // Sessions: 29 in the weeks, how they ended.
            u"26 completed"_s,
            u"2 stopped (1 for pain)"_s,
            u"1 interrupted"_s,
            u"Best run: 6 days"_s,
            // The balance sentence of the last four weeks.
            u"Your right side had 30 % less hold time than your left over the last four weeks."_s,
            u"Before a session: 7 on average in the week of 26 January, 4 in the week of 16 March."_s,
            u"After a session: 5 on average in the week of 26 January, 2 in the week of 16 March."_s,
            // The reach ladder of the Seated Leg Cross, by name.
            u"A slight lean"_s,
            u"Hands on your shins"_s,
            u"Forearms close to the floor"_s,
            u"Elbows on the floor (the goal)"_s,
            u"From \u201cA slight lean\u201d in the week of 26 January to \u201cElbows on the "
            u"floor "
            u"(the goal)\u201d in the week of 16 March."_s,
            // Notes, newest first.
            u"Forearms almost on the floor!"_s,
            u"Knees lower today."_s,
            u"Sharp pain in the right hip when leaning; stopped."_s,
        }) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    // Every week of the report by its first day, with its sessions.
    for (int week = 0; week < 8; ++week) {
        const QString label
            = QLocale(british()).toString(reportFirstWeek.addDays(7 * week), u"d MMM"_s);
        EXPECT_TRUE(text.contains(label)) << "missing week " << label.toStdString();
    }
    // The key figures stand under their labels: sessions, whole minutes,
    // days in a row, the weekly average pain of the first and last week.
    const QString layout = layoutText(pdf);
    EXPECT_TRUE(inOrder(layout,
        {u"Sessions"_s, u"Minutes held"_s, u"Days in a row now"_s, u"Pain before a session"_s,
            u"29"_s, u"123"_s, u"6"_s, u"7\u21924"_s}))
        << layout.toStdString();
    // The sessions of each week under its bar.
    EXPECT_TRUE(inOrder(
        layout, {u"Sessions"_s, u"4"_s, u"4"_s, u"4"_s, u"1"_s, u"4"_s, u"4"_s, u"5"_s, u"3"_s}))
        << layout.toStdString();
    // Notes: newest first; the long one shortened; none from before the weeks.
    EXPECT_LT(text.indexOf(u"Long day at the desk"_s), text.indexOf(u"Forearms almost"_s));
    EXPECT_LT(text.indexOf(u"Forearms almost"_s), text.indexOf(u"Knees lower"_s));
    EXPECT_LT(text.indexOf(u"Knees lower"_s), text.indexOf(u"Sharp pain"_s));
    EXPECT_FALSE(text.contains(u"afternoon break"_s)) << "the long note is shortened";
    EXPECT_FALSE(text.contains(u"Before the weeks of the report."_s));
}

TEST_F(ReportCommandTest, MinutesHeldAreTheSumOfTheSeededHolds)
{
    seed();
    qint64 leftSecondsTotal = 0;
    qint64 rightSecondsTotal = 0;
    for (const ReportSessionPlan &plan : reportSessionPlans()) {
        if (plan.week < 0)
            continue;
        leftSecondsTotal += qint64 {plan.pairs} * leftSeconds(plan.week);
        rightSecondsTotal += qint64 {plan.pairs} * rightSeconds(plan.week);
    }
    // 4110 s left and 3261 s right: 68.5 and 54.35 minutes, 123 in all.
    ASSERT_EQ(leftSecondsTotal, 4110);
    ASSERT_EQ(rightSecondsTotal, 3261);
    const QString pdf = path(u"minutes.pdf"_s);
    ASSERT_EQ(run(request(pdf)).exitCode, ReportSucceeded);
    const QString layout = layoutText(pdf);
    EXPECT_TRUE(inOrder(layout,
        {u"Sessions"_s, u"Minutes held"_s, u"Days in a row now"_s, u"Pain before a session"_s,
            u"29"_s, u"123"_s}))
        << layout.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(u"left 68.5 \u00b7 right 54.4"_s));
}

TEST_F(ReportCommandTest, MakingAReportLeavesTheHistoryFileAsItWas)
{
    seed();
    const QString database = QDir(dataDir()).filePath(u"history.db"_s);
    const QByteArray before = sha256(database);
    const QStringList filesBefore
        = QDir(dataDir()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(run(request(path(u"one.pdf"_s))).exitCode, ReportSucceeded);
    ASSERT_EQ(run(request(path(u"two.pdf"_s))).exitCode, ReportSucceeded);
    EXPECT_EQ(sha256(database), before);

    // Nothing new in the data folder but what SQLite keeps beside any WAL
    // database it reads: no marker, no backups, no lock.
    QStringList added = QDir(dataDir()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : filesBefore)
        added.removeAll(name);
    added.removeAll(u"history.db-wal"_s);
    added.removeAll(u"history.db-shm"_s);
    EXPECT_TRUE(added.isEmpty()) << added.join(u", "_s).toStdString();
    EXPECT_EQ(QFileInfo(QDir(dataDir()).filePath(u"history.db-wal"_s)).size(), 0);
}

TEST_F(ReportCommandTest, LetterPaperAndMonthFirstDatesForTheUnitedStates)
{
    seed();
    const QString pdf = path(u"letter.pdf"_s);
    ASSERT_EQ(run(request(pdf, american())).exitCode, ReportSucceeded);
    EXPECT_TRUE(pdfInfo(pdf, u"Page size"_s).contains(u"(letter)"_s));
    EXPECT_LE(pdfPages(pdf), 2);
    const QString text = pdfText(pdf);
    // US weeks start on Sunday: eight weeks from Sun 25 Jan.
    EXPECT_TRUE(text.contains(u"Jan 25 \u2013 Mar 18, 2026"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Made on Mar 18, 2026"_s));
}

TEST_F(ReportCommandTest, AnyNumberOfWeeksFromOneToFiftyTwoFitsTwoPages)
{
    seed();
    for (const int weeks : {1, 4, 12, 26, 52}) {
        const QString pdf = path(u"weeks-%1.pdf"_s.arg(weeks));
        ReportRequest r = request(pdf);
        r.weeks = weeks;
        const CommandRun result = run(r);
        ASSERT_EQ(result.exitCode, ReportSucceeded) << weeks << result.messages.toStdString();
        EXPECT_GE(pdfPages(pdf), 1) << weeks;
        EXPECT_LE(pdfPages(pdf), 2) << weeks;
        EXPECT_EQ(pdfImageCount(pdf), 0) << weeks;
        EXPECT_TRUE(pdfText(pdf).contains(u"%1 week"_s.arg(weeks))) << weeks;
    }
    // One week: only this week's three sessions.
    const QString text = pdfText(path(u"weeks-1.pdf"_s));
    EXPECT_TRUE(text.contains(u"16 Mar \u2013 18 Mar 2026 \u00b7 1 week \u00b7"_s))
        << text.toStdString();
    const QString layout = layoutText(path(u"weeks-1.pdf"_s));
    EXPECT_TRUE(inOrder(layout,
        {u"Sessions"_s, u"Minutes held"_s, u"Days in a row now"_s, u"Pain before a session"_s,
            u"3"_s, u"19"_s, u"6"_s, u"4"_s, u"3 completed"_s}))
        << layout.toStdString();
}

TEST_F(ReportCommandTest, NoHistoryYetIsSaidAndNoFileIsWritten)
{
    const QString pdf = path(u"empty.pdf"_s);
    const CommandRun result = run(request(pdf));
    EXPECT_EQ(result.exitCode, ReportNoHistory);
    EXPECT_TRUE(result.messages.contains(
        u"No history yet in %1"_s.arg(QDir::toNativeSeparators(dataDir()))))
        << result.messages.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    // Reading created nothing: no history file appears.
    EXPECT_FALSE(QFileInfo::exists(QDir(dataDir()).filePath(u"history.db"_s)));
}

TEST_F(ReportCommandTest, AHistoryWithoutSessionsIsNoHistoryEither)
{
    {
        ManualClock clock;
        StoreOptions options;
        options.dataDir = dataDir();
        options.dailyBackup = false;
        auto store = HistoryStore::open(options, clock);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    }
    const CommandRun result = run(request(path(u"none.pdf"_s)));
    EXPECT_EQ(result.exitCode, ReportNoHistory);
    EXPECT_TRUE(result.messages.contains(u"No history yet"_s)) << result.messages.toStdString();
}

TEST_F(ReportCommandTest, SessionsOutsideTheWeeksStillMakeAReportThatSaysSo)
{
    seed();
    const QString pdf = path(u"later.pdf"_s);
    ReportRequest r = request(pdf);
    r.today = QDate(2026, 9, 1);
    r.weeks = 4;
    ASSERT_EQ(run(r).exitCode, ReportSucceeded);
    const QString text = pdfText(pdf);
    const QString layout = layoutText(pdf);
    EXPECT_TRUE(inOrder(layout,
        {u"Sessions"_s, u"Minutes held"_s, u"Days in a row now"_s, u"Pain before a session"_s,
            u"0"_s, u"0"_s, u"0"_s, u"\u2013"_s, u"No sessions in these"_s}))
        << layout.toStdString();
    EXPECT_TRUE(text.contains(u"No holds in these weeks."_s));
    EXPECT_TRUE(text.contains(u"No pain scores were recorded in these weeks."_s));
    EXPECT_TRUE(text.contains(u"No notes in these weeks."_s));
}

TEST_F(ReportCommandTest, AFileThatIsNotAHistoryIsNamedAndLeftAlone)
{
    const QString database = QDir(dataDir()).filePath(u"history.db"_s);
    {
        QFile file(database);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = sha256(database);
    const CommandRun result = run(request(path(u"bad.pdf"_s)));
    EXPECT_EQ(result.exitCode, ReportHistoryUnreadable);
    EXPECT_TRUE(result.messages.contains(QDir::toNativeSeparators(database)))
        << result.messages.toStdString();
    EXPECT_TRUE(result.messages.contains(u"not a database"_s)) << result.messages.toStdString();
    EXPECT_EQ(sha256(database), before);
    EXPECT_FALSE(QFileInfo::exists(path(u"bad.pdf"_s)));
}

TEST_F(ReportCommandTest, AnUnwritablePathIsNamedAndAnEarlierFileKept)
{
    seed();
    const QString pdf = path(u"kept.pdf"_s);
    ASSERT_EQ(run(request(pdf)).exitCode, ReportSucceeded);
    const QByteArray earlier = contents(pdf);

    // A folder that is a regular file cannot hold the report.
    QFile plain(path(u"plain-file"_s));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString impossible = path(u"plain-file/report.pdf"_s);
    const CommandRun result = run(request(impossible));
    EXPECT_EQ(result.exitCode, ReportWriteFailed);
    EXPECT_TRUE(result.messages.contains(QDir::toNativeSeparators(impossible)))
        << result.messages.toStdString();
    EXPECT_EQ(contents(pdf), earlier);
}

TEST_F(ReportCommandTest, WeeksOutOfRangeGiveTheUsageMessage)
{
    seed();
    for (const int weeks : {0, -3, 53}) {
        ReportRequest r = request(path(u"weeks.pdf"_s));
        r.weeks = weeks;
        const CommandRun result = run(r);
        EXPECT_EQ(result.exitCode, ReportBadRequest) << weeks;
        EXPECT_TRUE(
            result.messages.contains(u"--weeks takes a whole number of weeks from 1 to 52."_s))
            << result.messages.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path(u"weeks.pdf"_s)));
}

TEST(ReportWeeksTest, ParsesWholeNumbersFromOneToFiftyTwo)
{
    EXPECT_EQ(*parseReportWeeks(u"1"_s), 1);
    EXPECT_EQ(*parseReportWeeks(u"8"_s), 8);
    EXPECT_EQ(*parseReportWeeks(u" 52 "_s), 52);
    for (const QString &bad : {u"0"_s, u"53"_s, u"-1"_s, u"eight"_s, u"4.5"_s, u""_s}) {
        const Result<int> parsed = parseReportWeeks(bad);
        ASSERT_FALSE(parsed.ok()) << bad.toStdString();
        EXPECT_TRUE(parsed.error().message.contains(u"--weeks"_s));
    }
}

} // namespace

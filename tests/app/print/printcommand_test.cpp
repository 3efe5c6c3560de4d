// runPrintSheetCommand: real PDF files, read back with poppler the way a
// reader's software sees them.
#include "app/print/printcommand.h"
#include "tests/app/print/poppler.h"
#include "tests/app/print/printplurals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTestData = QStringLiteral(LIMBER_TEST_DATA_DIR);

struct CommandRun
{
    int exitCode = -1;
    QString messages;
};

class PrintCommandTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(installPrintPlurals()); }

    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString path(const QString &name) const { return dir.filePath(name); }

    PrintSheetRequest request(const QString &output, QLocale locale = british()) const
    {
        PrintSheetRequest r;
        r.outputPath = output;
        r.dataDir = kTestData; // holds content/ with the "long-week" routine
        r.date = QDate(2026, 3, 2);
        r.locale = std::move(locale);
        return r;
    }

    static QLocale british() { return QLocale(QLocale::English, QLocale::UnitedKingdom); }
    static QLocale american() { return QLocale(QLocale::English, QLocale::UnitedStates); }

    static CommandRun run(const PrintSheetRequest &r)
    {
        QString messages;
        QTextStream err(&messages);
        CommandRun result;
        result.exitCode = runPrintSheetCommand(r, err);
        result.messages = messages;
        return result;
    }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir dir;
};

TEST_F(PrintCommandTest, DefaultSheetIsOneVectorPageWithStepsHoldsAndNotice)
{
    const QString pdf = path(u"sheet.pdf"_s);
    const CommandRun result = run(request(pdf));
    ASSERT_EQ(result.exitCode, 0) << result.messages.toStdString();
    EXPECT_TRUE(result.messages.isEmpty()) << result.messages.toStdString();

    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_TRUE(pdfInfo(pdf, u"Page size"_s).contains(u"(A4)"_s));
    EXPECT_EQ(pdfImageCount(pdf), 0) << "the pictures must be vectors";
    EXPECT_LE(QFileInfo(pdf).size(), 200 * 1024);
    EXPECT_EQ(pdfInfo(pdf, u"Title"_s), u"Daily hip stretch"_s);

    const QString text = pdfText(pdf);
    for (const QString &expected :
        {
            u"Daily hip stretch"_s,
            u"Monday, 2 March 2026"_s,
            u"Ask your doctor before you start any exercise routine."_s,
            u"Seated Leg Cross"_s,
            u"Sit on the floor with your legs crossed and your back upright."_s,
            u"Lean forward slowly. Start the movement just below your navel, as if you were "
            u"pressing that spot toward your ankles. Go only as far as your back stays upright."_s,
            u"Stay in the lean, with your hands supporting you."_s,
            u"2 holds per side, 60 s each \u00b7 start with the left leg on top \u00b7 10 s to switch"_s,
            u"Keep your lower back from rounding: bend only at the hip joints."_s,
            u"Breathe slowly and deeply."_s,
            u"Over many weeks, work toward resting your elbows on the floor in front of you."_s,
        }) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    // The week grid is only there when asked for.
    EXPECT_FALSE(text.contains(u"Pain"_s));
}

TEST_F(PrintCommandTest, DefaultSheetFitsOneLetterPageToo)
{
    const QString pdf = path(u"letter.pdf"_s);
    ASSERT_EQ(run(request(pdf, american())).exitCode, 0);
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_TRUE(pdfInfo(pdf, u"Page size"_s).contains(u"(letter)"_s));
    EXPECT_TRUE(pdfText(pdf).contains(u"Monday, March 2, 2026"_s));
}

TEST_F(PrintCommandTest, LogGridAddsAWeekPageWithBoxesPerHoldAndPain)
{
    const QString pdf = path(u"grid.pdf"_s);
    PrintSheetRequest r = request(pdf, american());
    r.logGrid = true;
    ASSERT_EQ(run(r).exitCode, 0);
    EXPECT_EQ(pdfPages(pdf), 2);
    EXPECT_EQ(pdfImageCount(pdf), 0);

    // The first page is the same sheet; the grid is on the second.
    const QString first = pdfText(pdf, 1, 1);
    const QString second = pdfText(pdf, 2);
    EXPECT_TRUE(first.contains(u"2 holds per side"_s));
    EXPECT_FALSE(first.contains(u"Week of"_s));
    for (const QString &expected : {u"week log"_s, u"Week of"_s, u"Hold 1"_s, u"Hold 2"_s,
             u"Pain"_s, u"0\u201310"_s, u"Notes"_s, u"L = left leg on top"_s,
             u"R = right leg on top"_s, u"Sunday"_s, u"Saturday"_s}) {
        EXPECT_TRUE(second.contains(expected)) << "missing: " << expected.toStdString();
    }
    EXPECT_FALSE(second.contains(u"Hold 3"_s));
    // US weeks start on Sunday.
    EXPECT_LT(second.indexOf(u"Sunday"_s), second.indexOf(u"Monday"_s));
}

TEST_F(PrintCommandTest, LongRoutineFlowsOverPagesWithEveryHoldInTheGrid)
{
    const QString pdf = path(u"long.pdf"_s);
    PrintSheetRequest r = request(pdf);
    r.routineId = u"long-week"_s;
    r.logGrid = true;
    ASSERT_EQ(run(r).exitCode, 0);
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 3);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"page %1 of %1"_s.arg(pages)));
    for (int hold = 1; hold <= 6; ++hold)
        EXPECT_TRUE(text.contains(u"Hold %1"_s.arg(hold))) << hold;
    EXPECT_TRUE(
        text.contains(u"6 holds per side, 2 min each \u00b7 start with the right leg on top"_s));
    EXPECT_TRUE(text.contains(u"3 holds, 30 s each"_s));
}

TEST_F(PrintCommandTest, NothingIsPaintedInThePageMargins)
{
    const QString pdf = path(u"margins.pdf"_s);
    PrintSheetRequest r = request(pdf);
    r.routineId = u"long-week"_s;
    r.logGrid = true;
    ASSERT_EQ(run(r).exitCode, 0);
    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 1);
    constexpr int dpi = 50;
    const int margin = int(14.0 / 25.4 * dpi); // the PDF has 15 mm margins
    for (int page = 1; page <= pages; ++page) {
        const QImage image = renderPage(pdf, page, dpi, path(u"page"_s));
        ASSERT_FALSE(image.isNull());
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool inMargin = x < margin || y < margin || x >= image.width() - margin
                    || y >= image.height() - margin;
                if (inMargin && qGray(image.pixel(x, y)) < 250)
                    ++inked;
            }
        }
        EXPECT_EQ(inked, 0) << "page " << page;
    }
}

TEST_F(PrintCommandTest, RoutineFileCanBePrinted)
{
    const QString pdf = path(u"file.pdf"_s);
    PrintSheetRequest r = request(pdf);
    r.dataDir = dir.path(); // no user content: the file's exercise must be bundled
    r.routineId = QDir(QStringLiteral(LIMBER_SOURCE_DIR))
                      .filePath(u"resources/content/routines/daily-hip-stretch.json"_s);
    const CommandRun result = run(r);
    ASSERT_EQ(result.exitCode, 0) << result.messages.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(u"Daily hip stretch"_s));
}

TEST_F(PrintCommandTest, UnknownRoutineExitsTwoNamingItAndTheKnownOnes)
{
    const QString pdf = path(u"none.pdf"_s);
    PrintSheetRequest r = request(pdf);
    r.routineId = u"evening-stretch"_s;
    const CommandRun result = run(r);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.messages.contains(u"\"evening-stretch\""_s))
        << result.messages.toStdString();
    EXPECT_TRUE(result.messages.contains(u"daily-hip-stretch"_s));
    EXPECT_TRUE(result.messages.contains(u"long-week"_s));
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(PrintCommandTest, UnwritablePathFailsNamingThePath)
{
    // A folder that is a regular file cannot hold files, even for root.
    const QString notADirectory = path(u"plain-file"_s);
    QFile file(notADirectory);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString pdf = QDir(notADirectory).filePath(u"sheet.pdf"_s);

    const CommandRun result = run(request(pdf));
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.messages.contains(QDir::toNativeSeparators(pdf)))
        << result.messages.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(PrintCommandTest, EmptyOutputPathIsRefused)
{
    const CommandRun result = run(request(QString()));
    EXPECT_NE(result.exitCode, 0);
    EXPECT_FALSE(result.messages.isEmpty());
}

TEST_F(PrintCommandTest, FailedRoutineLookupLeavesAnEarlierFileAlone)
{
    const QString pdf = path(u"earlier.pdf"_s);
    ASSERT_EQ(run(request(pdf)).exitCode, 0);
    const QByteArray earlier = contents(pdf);
    ASSERT_FALSE(earlier.isEmpty());

    PrintSheetRequest r = request(pdf);
    r.routineId = u"no-such-routine"_s;
    EXPECT_EQ(run(r).exitCode, 2);
    EXPECT_EQ(contents(pdf), earlier);
}

#ifdef Q_OS_UNIX
/// Lowers this process's file size limit, so writes past it fail with
/// EFBIG, for root too: a disk that fills up in the middle of an export.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

TEST_F(PrintCommandTest, ExportThatFailsHalfwayLeavesTheEarlierFileIntact)
{
    const QString pdf = path(u"kept.pdf"_s);
    const QByteArray earlier = "an earlier sheet";
    {
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(earlier);
    }
    CommandRun result;
    {
        const FileSizeLimit limit(4096); // the sheet is far larger
        ASSERT_TRUE(limit.ok());
        result = run(request(pdf));
    }
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.messages.contains(QDir::toNativeSeparators(pdf)))
        << result.messages.toStdString();
    EXPECT_EQ(contents(pdf), earlier);
    // No temporary file is left behind either.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList {u"kept.pdf"_s});
}
#endif

} // namespace

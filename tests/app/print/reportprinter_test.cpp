// ReportPrinter: File ▸ Export progress report… over the history the app
// has open, with the file dialog answered by the test seam.
#include "app/print/reportprinter.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/app/print/poppler.h"
#include "tests/app/print/reporthistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

class ReportPrinterTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ASSERT_TRUE(installReportPlurals());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    static void TearDownTestSuite() { QLocale::setDefault(QLocale::c()); }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        StoreOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        options.dailyBackup = false;
        auto opened = HistoryStore::open(options, clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened.value());
        printer = std::make_unique<ReportPrinter>(*store, library);
        printer->setToday(reportToday);
        printer->setSaveFileChooser([this](QWidget *parent, const QString &suggested) {
            chooserParents.append(parent);
            suggestedPaths.append(suggested);
            return answer;
        });
        printer->setProblemReporter(
            [this](QWidget *, const QString &message) { problems.append(message); });
        printer->setSaveConfirmer(
            [this](QWidget *, const QString &path) { confirmed.append(path); });
        QObject::connect(printer.get(), &ReportPrinter::pdfExported,
            [this](const QString &path) { exported.append(path); });
    }

    void seed()
    {
        for (const ReportSessionPlan &plan : reportSessionPlans()) {
            const Status written = writeReportSession(*store, clock, plan);
            ASSERT_TRUE(written) << written.error().message.toStdString();
        }
    }

    QTemporaryDir dir;
    ManualClock clock {QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()), reportOffset};
    std::unique_ptr<HistoryStore> store;
    ContentLibrary library {ContentLibrary::load({bundledContentRoot()})};
    std::unique_ptr<ReportPrinter> printer;
    QWidget window;
    QString answer; ///< what the file dialog "returns"
    QList<QWidget *> chooserParents;
    QStringList suggestedPaths;
    QStringList problems;
    QStringList exported;
    QStringList confirmed; ///< paths the person was told about
};

TEST_F(ReportPrinterTest, ExportWritesTheReportWhereTheUserChose)
{
    seed();
    answer = dir.filePath(u"for my physio"_s); // no suffix: ".pdf" is added
    EXPECT_TRUE(printer->exportPdf(&window));
    const QString pdf = dir.filePath(u"for my physio.pdf"_s);
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_EQ(exported, QStringList {pdf});
    EXPECT_EQ(confirmed, QStringList {pdf});
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    EXPECT_EQ(chooserParents.value(0), &window);
    ASSERT_EQ(suggestedPaths.size(), 1);
    EXPECT_TRUE(suggestedPaths.first().endsWith(u"/Progress report 2026-03-18.pdf"_s))
        << suggestedPaths.first().toStdString();

    EXPECT_LE(pdfPages(pdf), 2);
    EXPECT_EQ(pdfImageCount(pdf), 0);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"26 Jan \u2013 18 Mar 2026 \u00b7 8 weeks"_s)) << text.toStdString();
    // The crashed session is still "in progress" in this open store; it
    // counts with the interrupted ones.
    EXPECT_TRUE(text.contains(u"2 stopped (1 for pain)"_s));
    EXPECT_TRUE(text.contains(u"1 interrupted"_s));
    EXPECT_TRUE(text.contains(u"Elbows on the floor (the goal)"_s));
}

TEST_F(ReportPrinterTest, WeeksAreKeptWithinOneToFiftyTwo)
{
    seed();
    printer->setWeeks(0);
    EXPECT_EQ(printer->weeks(), 1);
    printer->setWeeks(99);
    EXPECT_EQ(printer->weeks(), 52);
    printer->setWeeks(4);
    answer = dir.filePath(u"four.pdf"_s);
    ASSERT_TRUE(printer->exportPdf(&window));
    EXPECT_TRUE(pdfText(answer).contains(u"23 Feb \u2013 18 Mar 2026 \u00b7 4 weeks"_s));
}

TEST_F(ReportPrinterTest, CancelledDialogWritesNothingAndSaysNothing)
{
    seed();
    answer.clear();
    EXPECT_FALSE(printer->exportPdf(&window));
    EXPECT_EQ(suggestedPaths.size(), 1);
    EXPECT_TRUE(exported.isEmpty());
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_TRUE(confirmed.isEmpty());
    EXPECT_TRUE(QDir(dir.path()).entryList({u"*.pdf"_s}, QDir::Files).isEmpty());
}

TEST_F(ReportPrinterTest, FailedExportIsReportedWithThePath)
{
    seed();
    QFile file(dir.filePath(u"plain"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    answer = dir.filePath(u"plain/report.pdf"_s);
    EXPECT_FALSE(printer->exportPdf(&window));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QDir::toNativeSeparators(answer)))
        << problems.first().toStdString();
    EXPECT_TRUE(problems.first().contains(u"Choose another folder"_s))
        << problems.first().toStdString();
    EXPECT_TRUE(exported.isEmpty());
    EXPECT_TRUE(confirmed.isEmpty());
}

TEST_F(ReportPrinterTest, NothingToReportIsSaidBeforeAnyDialog)
{
    EXPECT_FALSE(printer->exportPdf(&window));
    EXPECT_TRUE(suggestedPaths.isEmpty());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u"nothing to report yet"_s))
        << problems.first().toStdString();
}

TEST_F(ReportPrinterTest, TheHistoryKeepsRecordingAfterAnExport)
{
    seed();
    answer = dir.filePath(u"report.pdf"_s);
    ASSERT_TRUE(printer->exportPdf(&window));
    ReportSessionPlan later;
    later.date = reportToday.addDays(1);
    later.week = 7;
    EXPECT_TRUE(writeReportSession(*store, clock, later));
    EXPECT_FALSE(store->isReadOnly());
}

} // namespace

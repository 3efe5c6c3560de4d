// ProgressReport's pages: how many, what stays inside the margins, that
// they read in black and white, and the longest report still fits two
// pages. The content is made by hand, so every case is one a history can
// produce but no history has to be written.
#include "poppler.h"
#include "print/papersize.h"
#include "print/progressreport.h"
#include "print/reportpdfwriter.h"
#include "reporthistory.h"

#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList ladder {u"A slight lean"_s, u"Hands on your shins"_s,
    u"Forearms close to the floor"_s, u"Elbows on the floor (the goal)"_s};

/// \a weeks weeks ending with the week of 18 Mar 2026, a session most days,
/// reach on \a ladders exercises and \a notes notes of the longest length.
ReportContent madeUpContent(int weeks, int ladders, int notes)
{
    ReportContent content;
    content.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    content.madeOn = reportToday;
    const QDate lastWeek(2026, 3, 16);
    content.firstDay = lastWeek.addDays(-7 * (weeks - 1));
    content.lastDay = reportToday;
    for (int week = 0; week < weeks; ++week) {
        WeekRow row;
        row.weekStart = content.firstDay.addDays(7 * week);
        row.sessionCount = 3 + week % 5;
        row.holdCount = row.sessionCount * 4;
        row.leftMs = 60000 * (5 + week % 7);
        row.rightMs = row.leftMs * 3 / 4;
        row.longestHoldMs = 90000;
        row.bestReach = std::min(3, week / 3);
        row.painBefore = 7.0 - week * 4.0 / weeks;
        row.painAfter = *row.painBefore - 2;
        content.weeks.append(row);
    }
    content.sessions = {weeks * 5, weeks * 5 - 3, 2, 1, 1};
    content.streaks = {12, 30};
    content.balance = balanceOf(600000, 450000);
    content.exercises = {u"Seated Leg Cross"_s, u"Another Stretch"_s, u"A Third One"_s};
    for (int i = 0; i < ladders; ++i) {
        ReachProgress reach {content.exercises.value(i % 3), ladder, {}};
        for (const WeekRow &row : content.weeks)
            reach.bestReach.append(row.bestReach);
        content.reach.append(reach);
    }
    for (int i = 0; i < notes; ++i) {
        content.notes.append({reportToday.addDays(-i),
            ReportContentBuilder::trimmedNote(longNote() + u' ' + longNote())});
    }
    return content;
}

class ProgressReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(installReportPlurals());
    }

    QString write(const ProgressReport &report, const QString &name,
        const QPageSize &paper = QPageSize(QPageSize::A4)) const
    {
        const QString pdf = dir.filePath(name);
        const Status written = ReportPdfWriter::write(report, pdf, paper);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        return pdf;
    }

    static int announcedPages(const ProgressReport &report, const QPageSize &paper)
    {
        QPdfWriter writer(QStringLiteral("/dev/null"));
        writer.setPageLayout(QPageLayout(
            paper, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        return report.pageCount(writer);
    }

    QTemporaryDir dir;
};

TEST_F(ProgressReportTest, TheLongestReportFitsTwoPagesOnA4AndLetter)
{
    // A year, the most notes, each as long as a note may be, one ladder.
    const ProgressReport report(madeUpContent(52, 1, ReportContentBuilder::maxNotes));
    for (const auto &paper : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter)}) {
        const QString pdf = write(report, paper.key() + u".pdf"_s, paper);
        EXPECT_EQ(pdfPages(pdf), 2) << paper.key().toStdString();
        EXPECT_EQ(announcedPages(report, paper), 2) << paper.key().toStdString();
        EXPECT_EQ(pdfImageCount(pdf), 0);
        // Every note is there, and the footer says where a page belongs.
        const QString text = pdfText(pdf);
        EXPECT_EQ(text.count(u"Long day at the desk"_s), ReportContentBuilder::maxNotes);
        EXPECT_TRUE(text.contains(u"Progress report \u00b7 24 Mar 2025 \u2013 18 Mar 2026 \u00b7 "
                                  u"page 2 of 2"_s))
            << text.toStdString();
    }
}

TEST_F(ProgressReportTest, TheAnnouncedPageCountIsThePaintedOne)
{
    for (const int ladders : {0, 1, 2}) {
        for (const int notes : {0, 3, 10}) {
            const ProgressReport report(madeUpContent(8, ladders, notes));
            for (const auto &paper : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter),
                     QPageSize(QPageSize::A5)}) {
                const QString pdf = write(report, u"pages.pdf"_s, paper);
                EXPECT_EQ(announcedPages(report, paper), pdfPages(pdf))
                    << ladders << " ladders, " << notes << " notes, " << paper.key().toStdString();
            }
        }
    }
}

TEST_F(ProgressReportTest, OnePageFooterlessWhenItFits)
{
    ReportContent content = madeUpContent(4, 0, 0);
    content.exercises.clear();
    const ProgressReport report(content);
    // Without ladders and notes, a short report may take one page: then no
    // page numbers are printed.
    const QString pdf = write(report, u"short.pdf"_s);
    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 1);
    EXPECT_EQ(pdfText(pdf).contains(u"page 1 of"_s), pages > 1);
}

TEST_F(ProgressReportTest, NothingIsPaintedInThePageMargins)
{
    const QString pdf = write(ProgressReport(madeUpContent(52, 2, 10)), u"margins.pdf"_s);
    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 1);
    constexpr int dpi = 50;
    const int margin = int(14.0 / 25.4 * dpi); // the PDF has 15 mm margins
    for (int page = 1; page <= pages; ++page) {
        const QImage image = renderPage(pdf, page, dpi, dir.filePath(u"page"_s));
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

TEST_F(ProgressReportTest, PrintsInGreysOnly)
{
    const QString pdf = write(ProgressReport(madeUpContent(8, 1, 3)), u"grey.pdf"_s);
    const QString stem = dir.filePath(u"colour"_s);
    runTool(u"pdftoppm"_s,
        {u"-png"_s, u"-singlefile"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf,
            stem});
    const QImage image(stem + u".png"_s);
    ASSERT_FALSE(image.isNull());
    int coloured = 0;
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            inked += pixel.lightness() < 200 ? 1 : 0;
            const int spread = std::max({pixel.red(), pixel.green(), pixel.blue()})
                - std::min({pixel.red(), pixel.green(), pixel.blue()});
            coloured += spread > 8 ? 1 : 0;
        }
    }
    EXPECT_GT(inked, 1000) << "the page has charts and text";
    EXPECT_EQ(coloured, 0) << "nothing is told by colour";
}

TEST_F(ProgressReportTest, BalancedSidesGetTheirOwnSentence)
{
    ReportContent content = madeUpContent(8, 1, 0);
    content.balance = balanceOf(600000, 560000);
    const QString text = pdfText(write(ProgressReport(content), u"balanced.pdf"_s));
    EXPECT_TRUE(text.contains(u"Your left and right sides are within 20 % of each other over the "
                              u"last four weeks."_s));
    EXPECT_FALSE(text.contains(u"less hold time"_s));
}

} // namespace

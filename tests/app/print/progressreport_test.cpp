// ProgressReport's pages: how many, what stays inside the margins, that
// they read in black and white, and the longest report still fits two
// pages. The content is made by hand, so every case is one a history can
// produce but no history has to be written.
#include "app/print/papersize.h"
#include "app/print/pdfdocumentwriter.h"
#include "app/print/progressreport.h"
#include "tests/app/print/poppler.h"
#include "tests/app/print/reporthistory.h"

#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

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
    addMadeUpWeeks(content, weeks, true, true);
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
        const Status written
            = PdfDocumentWriter::write(pdfDocument(ProgressReport::title(), report), pdf, paper);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        return pdf;
    }

    static int announcedPages(const ProgressReport &report, const QPageSize &paper)
    {
        QPdfWriter writer(QStringLiteral("/dev/null"));
        writer.setPageLayout(PdfDocumentWriter::pageLayout(paper));
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

/// The report that printed one note alone on a second page: a single week,
/// no pain and no reach recorded, and one long note after the last session.
ReportContent shortWeekWithOneNote()
{
    ReportContent content = madeUpContent(1, 0, 1);
    for (WeekRow &week : content.weeks) {
        week.painBefore.reset();
        week.painAfter.reset();
        week.bestReach.reset();
    }
    return content;
}

const QStringList sectionHeadings {u"Minutes held each week"_s,
    u"Left and right, last four weeks"_s, u"Pain before and after a session"_s,
    u"How far into the stretch"_s, u"Hold targets"_s, u"Notes after sessions"_s};

TEST_F(ProgressReportTest, ASmallOverflowIsSetTighterInsteadOfGettingAPage)
{
    // On A4 the note alone spilled onto a second page.
    const ProgressReport report(shortWeekWithOneNote());
    const QPageSize a4(QPageSize::A4);
    const QString pdf = write(report, u"short.pdf"_s, a4);
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_EQ(announcedPages(report, a4), 1);
    // Everything is still there, the note last, and no page numbers.
    const QString text = pdfText(pdf);
    for (const QString &heading : sectionHeadings) {
        // No hold target changed, so that section is left out.
        EXPECT_EQ(text.contains(heading), heading != u"Hold targets"_s) << heading.toStdString();
    }
    // pdfText() reads the ellipsis as three dots.
    EXPECT_TRUE(text.endsWith(u"No pain..."_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"page 1 of"_s));
}

TEST_F(ProgressReportTest, EveryLaterPageBeginsWithASection)
{
    // A section that fits on a page is never split, so no page begins with
    // the last line or the last note of a section begun on the page before.
    QList<ReportContent> contents {shortWeekWithOneNote()};
    for (const int weeks : {1, 8, 52}) {
        for (const int ladders : {0, 1, 2}) {
            for (const int notes : {1, 4, ReportContentBuilder::maxNotes})
                contents.append(madeUpContent(weeks, ladders, notes));
        }
    }
    for (const ReportContent &content : contents) {
        for (const auto &paper : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter)}) {
            const ProgressReport report(content);
            const QString pdf = write(report, u"sections.pdf"_s, paper);
            const int pages = pdfPages(pdf);
            ASSERT_GE(pages, 1);
            for (int page = 2; page <= pages; ++page) {
                const QString text = pdfText(pdf, page, page);
                const bool startsSection
                    = std::any_of(sectionHeadings.begin(), sectionHeadings.end(),
                        [&](const QString &heading) { return text.startsWith(heading); });
                EXPECT_TRUE(startsSection)
                    << content.weeks.size() << " weeks, " << content.reach.size() << " ladders, "
                    << content.notes.size() << " notes, " << paper.key().toStdString() << ", page "
                    << page << ": " << text.left(80).toStdString();
            }
        }
    }
}

} // namespace

// Where the progress report's pages break, read from its own layout (the
// blocks and the place of each on its page, not pixels), over many shapes
// of history and on the paper of each country. No page after the first may
// hold a heading alone or fewer than three lines, and no page may end with
// a heading, a section's caption or a chart's title.
#include "app/print/historyreadcopy.h"
#include "app/print/papersize.h"
#include "app/print/pdfdocumentwriter.h"
#include "app/print/progressreport.h"
#include "app/print/reportcommand.h"
#include "app/print/reportcontent.h"
#include "app/print/textblocks.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/app/print/poppler.h"
#include "tests/app/print/reporthistory.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <functional>
#include <sstream>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Fewer lines than this on a later page make a page not worth turning to.
constexpr double kLeastLinesOnALaterPage = 3;

/// Where the pages of \a layout break badly, one sentence per problem.
QStringList badBreaks(const ProgressReport::Layout &layout, const SheetStyle &style)
{
    QStringList problems;
    const double line = style.lineHeight(SheetStyle::Font::Body);
    for (qsizetype page = 0; page < layout.pages.size(); ++page) {
        const SheetPage &placed = layout.pages.at(page);
        const QString where = u"page %1 of %2"_s.arg(page + 1).arg(layout.pages.size());
        if (placed.isEmpty()) {
            problems.append(where + u" is empty"_s);
            continue;
        }
        // What keeps with the next block introduces it: at the foot of a
        // page it is cut off from what it is about.
        const SheetBlock &last = *placed.constLast().block;
        if (last.keepWithNext || last.startsSection)
            problems.append(where + u" ends with a heading"_s);
        if (page == 0)
            continue;
        double body = 0; // everything but the section headings
        for (const PlacedBlock &block : placed) {
            if (!block.block->startsSection)
                body += block.area.height();
        }
        if (body == 0)
            problems.append(where + u" holds only a heading"_s);
        else if (body < kLeastLinesOnALaterPage * line - 0.5)
            problems.append(where + u" holds %1 lines"_s.arg(body / line, 0, 'f', 1));
    }
    return problems;
}

enum class NoteLength { OneLine, Longest, Mixed };

/// One shape of history, as the report sees it.
struct Shape
{
    int weeks = 8;
    bool pain = true;
    int ladders = 1; ///< exercises with reach recorded
    int targets = 0; ///< exercises whose hold target was set
    int changes = 0; ///< changes of each target within the weeks
    int notes = 0;
    NoteLength noteLength = NoteLength::OneLine;
};

std::string describe(const Shape &shape)
{
    const char *length = shape.noteLength == NoteLength::OneLine ? "of one line"
        : shape.noteLength == NoteLength::Longest                ? "of the longest length"
                                                                 : "of mixed length";
    std::ostringstream out;
    out << shape.weeks << " weeks, " << (shape.pain ? "pain" : "no pain") << ", " << shape.ladders
        << " ladders, " << shape.targets << " targets changed " << shape.changes << " times, "
        << shape.notes << " notes " << length;
    return out.str();
}

const QStringList ladder {u"A slight lean"_s, u"Hands on your shins"_s,
    u"Forearms close to the floor"_s, u"Elbows on the floor (the goal)"_s};
const QStringList exerciseTitles {
    u"Seated Leg Cross"_s, u"Knee to Chest"_s, u"Figure Four Stretch"_s};

QString noteText(NoteLength length, int index)
{
    const QString longest = ReportContentBuilder::trimmedNote(longNote() + u' ' + longNote());
    switch (length) {
    case NoteLength::OneLine:
        return u"Knees lower today."_s;
    case NoteLength::Longest:
        return longest;
    case NoteLength::Mixed:
        break;
    }
    return index % 2 == 0 ? u"Forearms almost on the floor!"_s : longest;
}

TargetHistory targetHistory(const QString &title, bool sided, int changes, QDate firstDay)
{
    TargetHistory target {title, sided, {}, {}};
    target.current.kind = TargetEventKind::Manual;
    target.current.holdSeconds = 60;
    target.current.holdsPerSide = 2;
    for (int change = 0; change < changes; ++change) {
        TargetEvent event;
        event.kind = TargetEventKind::AcceptedGrow;
        event.holdSeconds = 60 + 15 * (change + 1);
        event.holdsPerSide = 2;
        event.utcMs = QDateTime(firstDay.addDays(change), QTime(9, 0), QTimeZone::utc())
                          .toMSecsSinceEpoch();
        target.changes.append(event);
        target.current = event;
    }
    return target;
}

ReportContent contentOf(const Shape &shape)
{
    ReportContent content;
    content.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    addMadeUpWeeks(content, shape.weeks, false, shape.pain);
    content.sessions = {shape.weeks * 5, shape.weeks * 5 - 3, 2, 1, 1};
    content.streaks = {12, 30};
    content.balance = balanceOf(600000, 450000);
    content.exercises = exerciseTitles;
    for (int i = 0; i < shape.ladders; ++i) {
        ReachProgress reach {exerciseTitles.value(i), ladder, {}};
        for (int week = 0; week < shape.weeks; ++week)
            reach.bestReach.append(std::min(3, week / 3));
        content.reach.append(reach);
    }
    for (int i = 0; i < shape.targets; ++i) {
        content.targets.append(
            targetHistory(exerciseTitles.value(i), i % 2 == 0, shape.changes, content.firstDay));
    }
    for (int i = 0; i < shape.notes; ++i)
        content.notes.append({reportToday.addDays(-i), noteText(shape.noteLength, i)});
    return content;
}

/// The shapes swept: every number of ladders, hold targets changed more
/// or fewer times (each change is a line more before the notes, so the
/// last page break moves a line at a time), and none to the most notes of
/// each length. Half of them, alternately, have no pain scores.
QList<Shape> sweptShapes()
{
    const QList<std::pair<int, int>> targetsAndChanges {
        {0, 0}, {1, 2}, {2, 1}, {2, 3}, {3, 2}, {3, 3}};
    const QList<std::pair<int, NoteLength>> notes {{0, NoteLength::OneLine},
        {1, NoteLength::OneLine}, {2, NoteLength::OneLine}, {3, NoteLength::OneLine},
        {3, NoteLength::Mixed}, {ReportContentBuilder::maxNotes, NoteLength::Longest}};
    QList<Shape> shapes;
    for (int ladders = 0; ladders <= 3; ++ladders) {
        for (const auto &[targets, changes] : targetsAndChanges) {
            for (const auto &[count, length] : notes) {
                const bool pain = shapes.size() % 2 == 0;
                shapes.append({8, pain, ladders, targets, changes, count, length});
            }
        }
    }
    return shapes;
}

/// The families the report may be set in here. The program's font comes
/// from the desktop; a wider face (the monospaced one stands in for the
/// widest desktop fonts) breaks lines and so pages elsewhere.
QStringList installedFamilies()
{
    QStringList found;
    for (const QString &family : {u"DejaVu Sans"_s, u"DejaVu Sans Mono"_s, u"DejaVu Serif"_s,
             u"DejaVu Sans Condensed"_s, u"Liberation Sans"_s, u"Noto Sans"_s}) {
        if (QFontDatabase::hasFamily(family))
            found.append(family);
    }
    if (found.isEmpty())
        found.append(QGuiApplication::font().family());
    return found;
}

struct Paper
{
    const char *name;
    QPageSize size;
};

const QList<Paper> papers {
    {"A4", QPageSize(QPageSize::A4)}, {"Letter", QPageSize(QPageSize::Letter)}};

class ReportPaginationTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(installReportPlurals()); }

    /// The data folder of the history in tests/app/print/reporthistory.h,
    /// written once for the tests that read it.
    static QString seededHistory()
    {
        static QTemporaryDir dir;
        static const bool seeded = dir.isValid() && seedReportHistory(dir.path());
        EXPECT_TRUE(seeded);
        return dir.path();
    }

    void TearDown() override { QGuiApplication::setFont(programFont); }

    /// A PDF device on \a paper, as PdfDocumentWriter makes it.
    std::unique_ptr<QPdfWriter> pdfDevice(const QPageSize &paper)
    {
        auto writer = std::make_unique<QPdfWriter>(&sink);
        writer->setPageLayout(PdfDocumentWriter::pageLayout(paper));
        return writer;
    }

    /// Lays \a report out on \a device and fails with every bad break,
    /// naming \a what was laid out. Returns the number of pages.
    static int expectGoodBreaks(
        const ProgressReport &report, const QPdfWriter &device, const std::string &what)
    {
        const ProgressReport::Layout layout = report.layOut(device);
        for (const QString &problem : badBreaks(layout, SheetStyle(device)))
            ADD_FAILURE() << what << ": " << problem.toStdString();
        return int(layout.pages.size());
    }

    QFont programFont = QGuiApplication::font();
    QBuffer sink;
};

TEST_F(ReportPaginationTest, TheCheckFindsALoneHeadingAndAShortLastPage)
{
    // The check itself, on pages laid out by hand: a section heading left
    // at the foot of page 1, and its one line alone on page 2.
    const auto device = pdfDevice(QPageSize(QPageSize::A4));
    const SheetStyle style(*device);
    ProgressReport::Layout layout;
    layout.blocks.push_back(std::make_unique<ParagraphBlock>(SheetStyle::Font::Body, u"Text"_s));
    auto heading = std::make_unique<ParagraphBlock>(SheetStyle::Font::Heading, u"Notes"_s);
    heading->keepWithNext = true;
    heading->startsSection = true;
    layout.blocks.push_back(std::move(heading));
    layout.blocks.push_back(std::make_unique<ParagraphBlock>(SheetStyle::Font::Body, u"Note"_s));
    const double line = style.lineHeight(SheetStyle::Font::Body);
    const auto at = [&](std::size_t block, double top, double height) {
        return PlacedBlock {layout.blocks.at(block).get(), QRectF(0, top, 100, height)};
    };
    layout.pages = {{at(0, 0, line), at(1, line, line)}, {at(2, 0, line)}};
    EXPECT_EQ(badBreaks(layout, style),
        (QStringList {u"page 1 of 2 ends with a heading"_s, u"page 2 of 2 holds 1.0 lines"_s}));

    layout.pages = {{at(0, 0, line)}, {at(1, 0, line)}, {at(2, 0, line)}};
    EXPECT_EQ(badBreaks(layout, style),
        (QStringList {u"page 2 of 3 ends with a heading"_s, u"page 2 of 3 holds only a heading"_s,
            u"page 3 of 3 holds 1.0 lines"_s}));

    layout.pages = {{at(0, 0, line)}, {at(1, 0, line), at(2, line, 3 * line)}};
    EXPECT_TRUE(badBreaks(layout, style).isEmpty());
}

TEST_F(ReportPaginationTest, NoPageBreaksBadlyInAnyShapeOnA4OrLetterInAnyFamily)
{
    // The shape that first left "Notes after sessions" and one line on a
    // page of its own (Letter, in the monospaced family) is among these.
    const QList<Shape> shapes = sweptShapes();
    int laidOut = 0;
    for (const QString &family : installedFamilies()) {
        QFont font = programFont;
        font.setFamily(family);
        QGuiApplication::setFont(font);
        for (const Paper &paper : papers) {
            const auto device = pdfDevice(paper.size);
            for (const Shape &shape : shapes) {
                expectGoodBreaks(ProgressReport(contentOf(shape)), *device,
                    describe(shape) + ", " + paper.name + ", " + family.toStdString());
                ++laidOut;
            }
        }
    }
    EXPECT_GE(laidOut, shapes.size() * 2);
}

TEST_F(ReportPaginationTest, NoPageBreaksBadlyOverAnyNumberOfWeeksOfARealHistory)
{
    // The path of `limber --report`: a read-only copy of a history written
    // through SessionLog, its content, laid out on the locale's paper; the
    // weeks start on Monday in Britain and on Sunday in the United States.
    auto opened = HistoryReadCopy::open(seededHistory());
    ASSERT_TRUE(std::holds_alternative<std::unique_ptr<HistoryReadCopy>>(opened));
    HistoryReadCopy &history = *std::get<std::unique_ptr<HistoryReadCopy>>(opened);
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom),
             QLocale(QLocale::English, QLocale::UnitedStates)}) {
        const auto device = pdfDevice(paperSizeFor(locale));
        for (int weeks = reportMinWeeks; weeks <= reportMaxWeeks; ++weeks) {
            const Result<ReportContent> content = ReportContentBuilder(history.store(), library)
                                                      .build({reportToday, weeks, locale});
            ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
            expectGoodBreaks(ProgressReport(*content), *device,
                std::to_string(weeks) + " weeks, " + locale.name().toStdString());
        }
    }
}

TEST_F(ReportPaginationTest, TheCommandPrintsThePagesTheLayoutPlanned)
{
    // The layout checked above is the one `--report` paints.
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    ReportRequest request {
        out.filePath(u"report.pdf"_s), reportMaxWeeks, seededHistory(), reportToday, american};
    QString messages;
    QTextStream err(&messages);
    ASSERT_EQ(runReportCommand(request, err), ReportSucceeded) << messages.toStdString();

    auto opened = HistoryReadCopy::open(seededHistory());
    ASSERT_TRUE(std::holds_alternative<std::unique_ptr<HistoryReadCopy>>(opened));
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    const Result<ReportContent> content
        = ReportContentBuilder(std::get<std::unique_ptr<HistoryReadCopy>>(opened)->store(), library)
              .build({reportToday, reportMaxWeeks, american});
    ASSERT_TRUE(content.ok());
    const auto device = pdfDevice(paperSizeFor(american));
    EXPECT_EQ(pdfPages(request.outputPath),
        expectGoodBreaks(ProgressReport(*content), *device, "52 weeks, en_US"));
}

} // namespace

// RoutineSheet: the page count it announces is the page count it paints,
// for both papers, with and without the week grid.
#include "app/print/routinesheet.h"
#include "app/print/sheetcontent.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

#include <ostream>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTestData = QStringLiteral(LIMBER_TEST_DATA_DIR);

struct Case
{
    QString routine;
    bool logGrid = false;
    QPageSize::PageSizeId paper = QPageSize::A4;
    int expectedPages = 0; ///< 0: only check that count and paint agree
};

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.routine.toStdString() << " on " << QPageSize::key(c.paper).toStdString()
        << (c.logGrid ? " with the week grid" : "");
}

class RoutineSheetPages : public ::testing::TestWithParam<Case>
{
};

/// Counts the pages a painter really started, through newPage().
int paintedPages(const RoutineSheet &sheet, QPageSize::PageSizeId paper)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter(&writer);
    sheet.paint(painter, writer);
    painter.end();
    return int(buffer.data().count("/Type /Page\n"));
}

TEST_P(RoutineSheetPages, CountMatchesWhatIsPainted)
{
    const Case &c = GetParam();
    const ContentLibrary library
        = ContentLibrary::load({bundledContentRoot(), ContentLibrary::userContentRoot(kTestData)});
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const Result<SheetContent> content
        = SheetContentBuilder(library, {c.logGrid, QDate(2026, 3, 2), locale}).build(c.routine);
    ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
    const RoutineSheet sheet(*content);

    QBuffer unused;
    QPdfWriter device(&unused);
    device.setPageLayout(QPageLayout(QPageSize(c.paper), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    const int counted = sheet.pageCount(device);
    EXPECT_EQ(counted, paintedPages(sheet, c.paper));
    if (c.expectedPages > 0) {
        EXPECT_EQ(counted, c.expectedPages);
    }
}

INSTANTIATE_TEST_SUITE_P(Sheets, RoutineSheetPages,
    ::testing::Values(Case {u"daily-hip-stretch"_s, false, QPageSize::A4, 1},
        Case {u"daily-hip-stretch"_s, false, QPageSize::Letter, 1},
        Case {u"daily-hip-stretch"_s, true, QPageSize::A4, 2},
        Case {u"daily-hip-stretch"_s, true, QPageSize::Letter, 2},
        Case {u"daily-hip-stretch"_s, false, QPageSize::A5, 0},
        Case {u"long-week"_s, true, QPageSize::A4, 0},
        Case {u"long-week"_s, false, QPageSize::Letter, 0}),
    [](const ::testing::TestParamInfo<Case> &param) {
        QString name = param.param.routine + u'_' + QPageSize::key(param.param.paper)
            + (param.param.logGrid ? u"_grid"_s : QString());
        name.replace(u'-', u'_');
        return name.toStdString();
    });

} // namespace

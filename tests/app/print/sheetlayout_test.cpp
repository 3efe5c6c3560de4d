// Page layout: blocks fill pages top to bottom, keep together what belongs
// together, and paper follows the locale.
#include "app/print/papersize.h"
#include "app/print/sheetblock.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace limber;

namespace {

/// A block of a fixed height in points that paints nothing.
class FixedBlock : public SheetBlock
{
public:
    explicit FixedBlock(double points, double before = 0, bool keep = false, bool newPage = false)
        : m_points(points)
    {
        spaceBefore = before;
        keepWithNext = keep;
        startsPage = newPage;
    }
    double height(const SheetStyle &style, double) const override { return style.pt(m_points); }
    void paint(QPainter &, const SheetStyle &, const QRectF &) const override { }

private:
    double m_points;
};

class LayoutTest : public ::testing::Test
{
protected:
    static QImage makeDevice()
    {
        QImage image(10, 10, QImage::Format_ARGB32);
        image.setDotsPerMeterX(3780); // 96 dpi, so points and device units differ
        image.setDotsPerMeterY(3780);
        return image;
    }

    LayoutTest()
        : device(makeDevice())
        , style(device)
        , page(0, 0, style.pt(400), style.pt(100))
    { }

    QImage device;
    SheetStyle style;
    QRectF page;
};

TEST_F(LayoutTest, BlocksStackWithTheirSpacingAndBreakWhenFull)
{
    SheetBlocks list;
    list.push_back(std::make_unique<FixedBlock>(40));
    list.push_back(std::make_unique<FixedBlock>(30, 10));
    list.push_back(std::make_unique<FixedBlock>(30, 10)); // 40 + 10 + 30 + 10 + 30 > 100
    const QList<SheetPage> pages = layOutPages(list, style, page);
    ASSERT_EQ(pages.size(), 2);
    ASSERT_EQ(pages[0].size(), 2);
    EXPECT_DOUBLE_EQ(pages[0][1].area.top(), style.pt(50));
    EXPECT_DOUBLE_EQ(pages[0][1].area.height(), style.pt(30));
    // The space before a block is dropped at the top of a page.
    ASSERT_EQ(pages[1].size(), 1);
    EXPECT_DOUBLE_EQ(pages[1][0].area.top(), 0);
    for (const SheetPage &p : pages) {
        for (const PlacedBlock &placed : p)
            EXPECT_LE(placed.area.bottom(), page.bottom() + 1e-9);
    }
}

TEST_F(LayoutTest, KeptBlocksMoveTogether)
{
    SheetBlocks list;
    list.push_back(std::make_unique<FixedBlock>(50));
    list.push_back(std::make_unique<FixedBlock>(10, 0, true)); // a heading
    list.push_back(std::make_unique<FixedBlock>(45)); // fits alone, not with the heading
    const QList<SheetPage> pages = layOutPages(list, style, page);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].size(), 1);
    ASSERT_EQ(pages[1].size(), 2);
    EXPECT_EQ(pages[1][0].block, list[1].get());
}

TEST_F(LayoutTest, ChainTallerThanAPageBreaksInsteadOfRunningOff)
{
    SheetBlocks list;
    list.push_back(std::make_unique<FixedBlock>(20));
    for (int i = 0; i < 5; ++i)
        list.push_back(std::make_unique<FixedBlock>(30, 0, i < 4));
    const QList<SheetPage> pages = layOutPages(list, style, page);
    int placed = 0;
    for (const SheetPage &p : pages) {
        placed += int(p.size());
        for (const PlacedBlock &block : p)
            EXPECT_LE(block.area.bottom(), page.bottom() + 1e-9);
    }
    EXPECT_EQ(placed, 6);
    EXPECT_EQ(pages.size(), 2); // 20 + 30 + 30 | 30 + 30 + 30
}

TEST_F(LayoutTest, StartsPageAlwaysOpensANewPage)
{
    SheetBlocks list;
    list.push_back(std::make_unique<FixedBlock>(10));
    list.push_back(std::make_unique<FixedBlock>(10, 0, false, true));
    const QList<SheetPage> pages = layOutPages(list, style, page);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[1][0].block, list[1].get());
}

/// A section heading of \a points that keeps with what follows it.
std::unique_ptr<FixedBlock> sectionHeading(double points, double before = 0)
{
    auto heading = std::make_unique<FixedBlock>(points, before, true);
    heading->startsSection = true;
    return heading;
}

TEST_F(LayoutTest, AShortLastSectionTakesTheSectionBeforeItAlong)
{
    // 50 + 8 + 30 fill most of the page; the last section (a heading and
    // one line) does not fit under them.
    const double line = style.lineHeight(SheetStyle::Font::Body) / style.pt(1);
    const auto blocksWithLastSection = [&](double lastBody) {
        SheetBlocks list;
        list.push_back(std::make_unique<FixedBlock>(50));
        list.push_back(sectionHeading(8));
        list.push_back(std::make_unique<FixedBlock>(30));
        list.push_back(sectionHeading(8));
        list.push_back(std::make_unique<FixedBlock>(lastBody));
        return list;
    };

    const SheetBlocks oneLine = blocksWithLastSection(line);
    const QList<SheetPage> pages = layOutPages(oneLine, style, page);
    ASSERT_EQ(pages.size(), 2);
    ASSERT_EQ(pages[1].size(), 4);
    EXPECT_EQ(pages[1][0].block, oneLine[1].get()) << "the section before moved along";

    // Three lines are enough for a page: nothing else moves.
    const SheetBlocks threeLines = blocksWithLastSection(3 * line);
    const QList<SheetPage> fuller = layOutPages(threeLines, style, page);
    ASSERT_EQ(fuller.size(), 2);
    EXPECT_EQ(fuller[0].size(), 3);
    EXPECT_EQ(fuller[1][0].block, threeLines[3].get());
}

TEST_F(LayoutTest, AShortLastSectionStaysAloneWhenTheOneBeforeCannotJoinIt)
{
    // The section before is too tall to share a page with the last one:
    // moving it would only open a gap, so the pages stay as they were.
    const double line = style.lineHeight(SheetStyle::Font::Body) / style.pt(1);
    SheetBlocks list;
    list.push_back(sectionHeading(8));
    list.push_back(std::make_unique<FixedBlock>(85));
    list.push_back(sectionHeading(8));
    list.push_back(std::make_unique<FixedBlock>(line));
    const QList<SheetPage> pages = layOutPages(list, style, page);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].size(), 2);
    EXPECT_EQ(pages[1][0].block, list[2].get());
}

TEST_F(LayoutTest, NothingStillGivesOnePage)
{
    EXPECT_EQ(layOutPages(SheetBlocks(), style, page).size(), 1);
}

TEST(PaperSize, LetterWhereItIsTheCustomElseA4)
{
    const auto id = [](QLocale::Language language, QLocale::Territory territory) {
        return paperSizeFor(QLocale(language, territory)).id();
    };
    EXPECT_EQ(id(QLocale::English, QLocale::UnitedStates), QPageSize::Letter);
    EXPECT_EQ(id(QLocale::English, QLocale::Canada), QPageSize::Letter);
    EXPECT_EQ(id(QLocale::French, QLocale::Canada), QPageSize::Letter);
    EXPECT_EQ(id(QLocale::Spanish, QLocale::Mexico), QPageSize::Letter);
    EXPECT_EQ(id(QLocale::Filipino, QLocale::Philippines), QPageSize::Letter);
    EXPECT_EQ(id(QLocale::English, QLocale::UnitedKingdom), QPageSize::A4);
    EXPECT_EQ(id(QLocale::German, QLocale::Germany), QPageSize::A4);
    EXPECT_EQ(id(QLocale::Spanish, QLocale::Spain), QPageSize::A4);
    EXPECT_EQ(id(QLocale::Japanese, QLocale::Japan), QPageSize::A4);
    EXPECT_EQ(id(QLocale::English, QLocale::Australia), QPageSize::A4);
}

} // namespace

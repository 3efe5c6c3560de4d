#include "app/print/sheetblock.h"

#include <optional>
#include <vector>

namespace limber {

namespace {

/// A closing section with less than this many lines of body text under
/// its heading would make a page not worth turning to.
constexpr double kLeastLinesOnTheLastPage = 3;

/// A run of blocks from one that starts a section up to the next section
/// or page start.
struct Section
{
    std::size_t first = 0;
    std::size_t end = 0; ///< one past its last block
    double height = 0; ///< with the space between its blocks
    double body = 0; ///< its blocks' heights without the heading's
};

std::vector<Section> sectionsOf(
    const SheetBlocks &blocks, const SheetStyle &style, const std::vector<double> &heights)
{
    std::vector<Section> sections;
    for (std::size_t first = 0; first < blocks.size(); ++first) {
        if (!blocks[first]->startsSection)
            continue;
        Section section {first, first + 1, heights[first], 0};
        while (section.end < blocks.size() && !blocks[section.end]->startsSection
            && !blocks[section.end]->startsPage) {
            section.height += style.pt(blocks[section.end]->spaceBefore) + heights[section.end];
            section.body += heights[section.end];
            ++section.end;
        }
        sections.push_back(section);
        first = section.end - 1;
    }
    return sections;
}

/// Which blocks keep with the next one: their own wish, and the sections'.
std::vector<bool> keepsWithNext(const SheetBlocks &blocks, const SheetStyle &style,
    double pageHeight, const std::vector<double> &heights)
{
    std::vector<bool> keep(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i)
        keep[i] = blocks[i]->keepWithNext;
    const std::vector<Section> sections = sectionsOf(blocks, style, heights);
    for (const Section &section : sections) {
        if (section.height <= pageHeight) {
            for (std::size_t i = section.first; i + 1 < section.end; ++i)
                keep[i] = true;
        } else if (section.end - section.first >= 2) {
            keep[section.end - 2] = true; // no last line alone on a page
        }
    }

    // A short closing section that just misses the page before would stand
    // alone on the last page: a heading and a line or two. It takes the
    // sections before it along instead, as many as bring the last page to
    // a few lines, when they all fit on one page. Moving whole sections
    // keeps the page count and every section whole; setting the report
    // tighter (ProgressReport) only helps when that saves the whole page.
    if (sections.empty() || sections.back().end != blocks.size())
        return keep;
    const double leastBody = kLeastLinesOnTheLastPage * style.lineHeight(SheetStyle::Font::Body);
    double body = sections.back().body;
    double height = sections.back().height;
    for (std::size_t s = sections.size() - 1; s > 0 && body < leastBody; --s) {
        const Section &before = sections[s - 1];
        if (before.end != sections[s].first)
            break; // a page starts between them anyway
        height += before.height + style.pt(blocks[sections[s].first]->spaceBefore);
        if (height > pageHeight)
            break;
        keep[before.end - 1] = true;
        body += before.body;
    }
    return keep;
}

} // namespace

QList<SheetPage> layOutPages(const SheetBlocks &blocks, const SheetStyle &style, const QRectF &area)
{
    QList<SheetPage> pages(1);
    double y = area.top();
    // Each height is measured once: wrapping text is the slow part, and
    // the chains below ask for the same blocks again and again.
    std::vector<double> heights(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i)
        heights[i] = blocks[i]->height(style, area.width());
    const auto heightOf = [&heights](std::size_t i) { return heights[i]; };
    // Inside a chain too tall for any page, blocks up to this index only
    // need room for themselves.
    std::optional<std::size_t> brokenChainEnd;
    const std::vector<bool> keep = keepsWithNext(blocks, style, area.height(), heights);

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const SheetBlock &block = *blocks[i];
        if (block.startsPage && !pages.last().isEmpty()) {
            pages.append(SheetPage());
            y = area.top();
        }

        double needed = heightOf(i);
        if (!brokenChainEnd || i > *brokenChainEnd) {
            brokenChainEnd.reset();
            // The block and the ones it keeps with must fit together.
            double chain = needed;
            std::size_t end = i;
            while (keep[end] && end + 1 < blocks.size()) {
                ++end;
                chain += style.pt(blocks[end]->spaceBefore) + heightOf(end);
            }
            if (chain <= area.height()) {
                needed = chain;
            } else {
                // Too tall to keep together anywhere: break it where it must,
                // keeping at least its first block with the second.
                brokenChainEnd = end;
                if (end > i)
                    needed += style.pt(blocks[i + 1]->spaceBefore) + heightOf(i + 1);
            }
        }

        const double space = pages.last().isEmpty() ? 0 : style.pt(block.spaceBefore);
        if (y + space + needed > area.bottom() && !pages.last().isEmpty()) {
            pages.append(SheetPage());
            y = area.top();
        }
        y += pages.last().isEmpty() ? 0 : style.pt(block.spaceBefore);
        const double height = heightOf(i);
        pages.last().append({&block, QRectF(area.left(), y, area.width(), height)});
        y += height;
    }
    return pages;
}

} // namespace limber

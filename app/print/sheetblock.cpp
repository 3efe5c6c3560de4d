#include "print/sheetblock.h"

#include <optional>

namespace limber {

QList<SheetPage> layOutPages(const SheetBlocks &blocks, const SheetStyle &style, const QRectF &area)
{
    QList<SheetPage> pages(1);
    double y = area.top();
    const auto heightOf = [&](std::size_t i) { return blocks[i]->height(style, area.width()); };
    // Inside a chain too tall for any page, blocks up to this index only
    // need room for themselves.
    std::optional<std::size_t> brokenChainEnd;

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
            while (blocks[end]->keepWithNext && end + 1 < blocks.size()) {
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

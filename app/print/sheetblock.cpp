#include "print/sheetblock.h"

namespace limber {

QList<SheetPage> layOutPages(const SheetBlocks &blocks, const SheetStyle &style, const QRectF &area)
{
    QList<SheetPage> pages(1);
    double y = area.top();
    const auto startPage = [&] {
        pages.append(SheetPage());
        y = area.top();
    };

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const SheetBlock &block = *blocks[i];
        if (block.startsPage && !pages.last().isEmpty())
            startPage();

        // The block and the ones it keeps with must fit together.
        double chainHeight = 0;
        for (std::size_t j = i; j < blocks.size(); ++j) {
            if (j > i)
                chainHeight += style.pt(blocks[j]->spaceBefore);
            chainHeight += blocks[j]->height(style, area.width());
            if (!blocks[j]->keepWithNext)
                break;
        }
        if (chainHeight > area.height()) {
            // Too tall to keep together anywhere: keep just this block with the next one.
            chainHeight = block.height(style, area.width());
            if (block.keepWithNext && i + 1 < blocks.size())
                chainHeight += style.pt(blocks[i + 1]->spaceBefore)
                    + blocks[i + 1]->height(style, area.width());
        }
        const double space = pages.last().isEmpty() ? 0 : style.pt(block.spaceBefore);
        if (y + space + chainHeight > area.bottom() && !pages.last().isEmpty())
            startPage();

        y += pages.last().isEmpty() ? 0 : style.pt(block.spaceBefore);
        const double height = block.height(style, area.width());
        pages.last().append({&block, QRectF(area.left(), y, area.width(), height)});
        y += height;
    }
    return pages;
}

} // namespace limber

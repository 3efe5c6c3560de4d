#pragma once

#include "app/print/sheetstyle.h"

#include <QList>
#include <QRectF>

#include <memory>
#include <vector>

class QPainter;

namespace limber {

/// A piece of a printed sheet that is laid out as a whole: it knows its
/// height for a given width and paints itself into the area it is given.
/// Pages are filled with blocks from top to bottom (layOutPages()).
class SheetBlock
{
public:
    virtual ~SheetBlock() = default;

    virtual double height(const SheetStyle &style, double width) const = 0;
    virtual void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const = 0;

    double spaceBefore = 0; ///< in points; dropped at the top of a page
    bool keepWithNext = false; ///< moves to the next page with the block after it
    bool startsPage = false; ///< always begins a new page
    /// Begins a section that runs to the next section's start (or a block
    /// that starts a page): a section that fits on a page is never split,
    /// and a longer one never leaves its last block alone on a page. The
    /// last section, when it holds fewer than three lines of body text,
    /// takes the sections before it along rather than stand alone on the
    /// last page.
    bool startsSection = false;
};

using SheetBlocks = std::vector<std::unique_ptr<SheetBlock>>;

struct PlacedBlock
{
    const SheetBlock *block = nullptr;
    QRectF area;
};

using SheetPage = QList<PlacedBlock>;

/// Places \a blocks on pages whose usable area is \a area: a block that
/// does not fit the rest of a page starts the next one, together with the
/// blocks before it that keep with it (and the rest of its section, see
/// SheetBlock::startsSection). A chain of blocks that keep together
/// but is taller than a page breaks where it must (its first block still
/// keeps with the second); a block taller than a whole page still gets a
/// page of its own. Always returns at least one page.
QList<SheetPage> layOutPages(
    const SheetBlocks &blocks, const SheetStyle &style, const QRectF &area);

} // namespace limber

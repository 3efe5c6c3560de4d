#pragma once

#include "print/sheetstyle.h"

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
/// blocks before it that keep with it. A chain of blocks that keep together
/// but is taller than a page breaks where it must (its first block still
/// keeps with the second); a block taller than a whole page still gets a
/// page of its own. Always returns at least one page.
QList<SheetPage> layOutPages(
    const SheetBlocks &blocks, const SheetStyle &style, const QRectF &area);

} // namespace limber

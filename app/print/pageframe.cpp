#include "app/print/pageframe.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace limber::PageFrame {

QRectF contentArea(const QPagedPaintDevice &device, const SheetStyle &style)
{
    // The device's own margins are kept; only what is missing up to the
    // least margin is added inside them.
    const QMarginsF margins = device.pageLayout().margins(QPageLayout::Point);
    const auto extra
        = [&](double margin) { return style.pt(std::max(0.0, minMarginPoints - margin)); };
    return QRectF(0, 0, device.width(), device.height())
        .adjusted(extra(margins.left()), extra(margins.top()), -extra(margins.right()),
            -extra(margins.bottom()) - style.pt(footerPoints));
}

void paintPages(QPainter &painter, QPagedPaintDevice &device, const SheetStyle &style,
    const QRectF &area, const QList<SheetPage> &pages, const FooterText &footer)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int count = int(pages.size());
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            device.newPage();
        for (const PlacedBlock &placed : pages.at(page))
            placed.block->paint(painter, style, placed.area);
        // A single page needs no "page 1 of 1".
        if (count < 2 || !footer)
            continue;
        const QRectF line(area.left(), area.bottom(), area.width(), style.pt(footerPoints));
        style.drawText(painter, SheetStyle::Font::Body, line, footer(page, count), style.quiet(),
            Qt::AlignRight | Qt::AlignBottom);
    }
}

} // namespace limber::PageFrame

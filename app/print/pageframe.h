#pragma once

#include "app/print/sheetblock.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace limber {

/// The frame every printed page shares, the routine sheet's and the
/// report's: the area inside the margins, with room for a footer below it,
/// and the painting of laid-out pages with their footers.
namespace PageFrame {

/// The least white around a page, in points (about 12 mm): a printer that
/// allows narrower margins still gets a calm border.
inline constexpr double minMarginPoints = 34;
/// Height of the footer line under the content area, in points.
inline constexpr double footerPoints = 22;

/// The area blocks are laid out in on \a device: inside its own margins
/// (widened to minMarginPoints where they are narrower), less the footer.
QRectF contentArea(const QPagedPaintDevice &device, const SheetStyle &style);

/// The footer's text for page \a page (0-based) of \a pages.
using FooterText = std::function<QString(int page, int pages)>;

/// Paints \a pages (laid out in \a area) on \a device, starting each page
/// after the first with device.newPage(); when there are several pages,
/// each gets \a footer's text under the area, in quiet ink on the right.
/// \a painter must be active on \a device.
void paintPages(QPainter &painter, QPagedPaintDevice &device, const SheetStyle &style,
    const QRectF &area, const QList<SheetPage> &pages, const FooterText &footer);

} // namespace PageFrame

} // namespace limber

#pragma once

#include "app/print/reportcontent.h"
#include "app/print/sheetblock.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;
class QPainter;

namespace limber {

/// Paints the progress report a person hands to their physiotherapist:
/// the weeks covered, the key figures (sessions and how they ended, minutes
/// held, the streak, pain), minutes per week by side, left against right,
/// pain before and after, how far into each stretch, and the notes. One or
/// two pages, in the typography of the routine sheet, vectors only and
/// readable in black and white.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    explicit ProgressReport(ReportContent content);

    const ReportContent &content() const { return m_content; }
    /// The report's title, also the PDF's.
    static QString title() { return tr("Progress report"); }

    /// Pages the report takes on \a device (its page size and margins).
    int pageCount(const QPagedPaintDevice &device) const;

    /// Paints every page. \a painter must be active on \a device; pages
    /// after the first are started with device.newPage().
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

    /// The report's blocks and where each goes, page by page.
    struct Layout
    {
        SheetBlocks blocks;
        QList<SheetPage> pages; ///< points into blocks
    };

    /// The layout paint() paints on \a device, so where the pages break can
    /// be checked from the blocks rather than from pixels.
    Layout layOut(const QPagedPaintDevice &device) const;

private:
    /// The room between sections and the heights of the charts, in points.
    struct Spacing
    {
        double sectionGap = 18;
        double holdChart = 170;
        double painChart = 130;
        double reachChart = 120;

        /// Tighter, for a report that would otherwise leave a few lines on
        /// a page of their own.
        static Spacing compact() { return {10, 135, 100, 95}; }
    };

    Layout layOut(const SheetStyle &style, const QRectF &area) const;
    SheetBlocks makeBlocks(const Spacing &spacing) const;
    void addReach(SheetBlocks &blocks, const Spacing &spacing) const;
    void addTargets(SheetBlocks &blocks, const Spacing &spacing) const;
    void addNotes(SheetBlocks &blocks, const Spacing &spacing) const;

    ReportContent m_content;
};

} // namespace limber

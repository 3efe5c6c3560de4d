#pragma once

#include "print/reportcontent.h"
#include "print/sheetblock.h"

#include <QCoreApplication>

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

private:
    SheetBlocks makeBlocks() const;
    void addReach(SheetBlocks &blocks) const;
    void addTargets(SheetBlocks &blocks) const;
    void addNotes(SheetBlocks &blocks) const;
    static QRectF contentArea(const QPagedPaintDevice &device, const SheetStyle &style);
    void paintFooter(
        QPainter &painter, const SheetStyle &style, const QRectF &area, int page, int pages) const;

    ReportContent m_content;
};

} // namespace limber

#pragma once

#include "app/print/sheetblock.h"
#include "app/print/sheetcontent.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace limber {

/// Paints a routine sheet on pages: the title, date and safety notice; for
/// each exercise its pictures, numbered steps, hold plan, breathing,
/// cautions and goal; and, when asked for, a week grid on a page of its
/// own. The same code serves the print preview, a printer and PDF files.
class RoutineSheet
{
    Q_DECLARE_TR_FUNCTIONS(RoutineSheet)

public:
    explicit RoutineSheet(SheetContent content);

    const SheetContent &content() const { return m_content; }

    /// Pages the sheet takes on \a device (its page size and margins).
    int pageCount(const QPagedPaintDevice &device) const;

    /// Paints every page. \a painter must be active on \a device; pages
    /// after the first are started with device.newPage().
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

private:
    struct Layout
    {
        SheetBlocks blocks;
        QList<SheetPage> pages; ///< points into blocks
    };

    /// How the pictures of each exercise are set.
    struct FigureSize
    {
        bool twoRows = false; ///< four or more figures in two rows instead of one
        double maxHeight = 150; ///< in points
    };

    Layout layOut(const SheetStyle &style, const QRectF &area) const;
    Layout layOut(const SheetStyle &style, const QRectF &area, FigureSize figures) const;
    SheetBlocks makeBlocks(const SheetStyle &style, double width, FigureSize figures) const;
    void addExercise(SheetBlocks &blocks, const SheetExercise &exercise, FigureSize figures) const;
    void addWeekLog(SheetBlocks &blocks, const SheetStyle &style, double width) const;

    SheetContent m_content;
};

} // namespace limber

#pragma once

#include "print/sheetblock.h"
#include "print/sheetcontent.h"

namespace limber {

/// The illustrations of one exercise side by side, each captioned with its
/// step number. All figures share one scale and each row one floor, so they
/// compare at a glance. Up to \a maxColumns figures stand in a row; the rest
/// wrap to further rows.
class FigureRowBlock : public SheetBlock
{
public:
    /// \a maxPictureHeight, in points, caps each picture's box.
    FigureRowBlock(QList<SheetFigure> figures, int maxColumns, double maxPictureHeight = 150);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    int columns() const;
    int rows() const;
    double cellWidth(const SheetStyle &style, double width) const;
    double pictureHeight(const SheetStyle &style, double width) const;
    double captionHeight(const SheetStyle &style) const;

    QList<SheetFigure> m_figures;
    int m_maxColumns;
    double m_maxPictureHeight;
};

} // namespace limber

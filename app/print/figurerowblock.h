#pragma once

#include "app/print/sheetblock.h"
#include "app/print/sheetcontent.h"
#include "core/figure/figuregeometry.h"

#include <optional>
#include <vector>

namespace limber {

/// The illustrations of one exercise side by side, each captioned with its
/// step number. All figures share one scale and each row one floor, so they
/// compare at a glance. Up to \a maxColumns figures stand in a row; the rest
/// wrap to further rows.
class FigureRowBlock : public SheetBlock
{
public:
    /// \a maxPictureHeight, in points, caps the height of each picture.
    FigureRowBlock(QList<SheetFigure> figures, int maxColumns, double maxPictureHeight = 150);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    /// One figure projected once, with the box that covers what is drawn.
    struct Projected
    {
        FigureGeometry geometry;
        std::optional<FigureGeometry> from; ///< where the arrow's movement starts
        Bounds bounds;
    };

    /// Where the pictures go for one width: one scale, and each row as tall
    /// as its tallest figure, so no row carries empty space.
    struct Arrangement
    {
        double cellWidth = 0;
        double scale = 0; ///< device units per figure unit
        std::vector<double> rowHeights; ///< pictures only, without captions
    };

    int columns() const;
    Arrangement arrange(const SheetStyle &style, double width) const;
    double captionHeight(const SheetStyle &style) const;

    QList<SheetFigure> m_figures;
    std::vector<Projected> m_projected;
    int m_maxColumns;
    double m_maxPictureHeight;
};

} // namespace limber

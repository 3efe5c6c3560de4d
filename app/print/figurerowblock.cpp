#include "print/figurerowblock.h"

#include "figure/figuregeometry.h"
#include "figure/figurepainter.h"
#include "figure/figurestyle.h"
#include "figure/motionarrow.h"

#include <QPainter>

#include <algorithm>
#include <limits>

namespace limber {

namespace {

constexpr double kColumnGap = 16; // points
constexpr double kRowGap = 10;
constexpr double kCaptionGap = 4;
constexpr double kPictureAspect = 0.8; // height over width of a picture's box

/// One figure projected, with the box that covers what will be drawn.
struct Projected
{
    FigureGeometry geometry;
    std::optional<FigureGeometry> from;
    Bounds bounds;
};

Projected project(const SheetFigure &figure)
{
    Projected p {figureGeometry(figure.pose, figure.camera), std::nullopt, {}};
    p.bounds = p.geometry.bounds;
    if (figure.motionFrom) {
        p.from = figureGeometry(*figure.motionFrom, figure.camera);
        if (const std::optional<MotionArrow> arrow = motionArrow(*p.from, p.geometry))
            p.bounds = p.bounds.united(arrow->bounds());
    }
    return p;
}

} // namespace

FigureRowBlock::FigureRowBlock(QList<SheetFigure> figures, int maxColumns, double maxPictureHeight)
    : m_figures(std::move(figures))
    , m_maxColumns(std::max(1, maxColumns))
    , m_maxPictureHeight(maxPictureHeight)
{ }

int FigureRowBlock::columns() const
{
    return std::clamp(int(m_figures.size()), 1, m_maxColumns);
}

int FigureRowBlock::rows() const
{
    return (int(m_figures.size()) + columns() - 1) / columns();
}

double FigureRowBlock::cellWidth(const SheetStyle &style, double width) const
{
    const int n = columns();
    return (width - style.pt(kColumnGap) * (n - 1)) / n;
}

double FigureRowBlock::pictureHeight(const SheetStyle &style, double width) const
{
    return std::min(cellWidth(style, width) * kPictureAspect, style.pt(m_maxPictureHeight));
}

double FigureRowBlock::captionHeight(const SheetStyle &style) const
{
    return style.pt(kCaptionGap) + style.lineHeight(SheetStyle::Font::Strong);
}

double FigureRowBlock::height(const SheetStyle &style, double width) const
{
    if (m_figures.isEmpty())
        return 0;
    const int n = rows();
    return n * (pictureHeight(style, width) + captionHeight(style)) + (n - 1) * style.pt(kRowGap);
}

void FigureRowBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    if (m_figures.isEmpty())
        return;
    std::vector<Projected> projected;
    projected.reserve(std::size_t(m_figures.size()));
    for (const SheetFigure &figure : m_figures)
        projected.push_back(project(figure));

    const double cell = cellWidth(style, area.width());
    const double picture = pictureHeight(style, area.width());
    const double inset = style.pt(4);
    double scale = std::numeric_limits<double>::max();
    for (const Projected &p : projected) {
        scale = std::min(scale, (cell - 2 * inset) / std::max(p.bounds.width(), 1e-6));
        scale = std::min(scale, (picture - inset) / std::max(p.bounds.height(), 1e-6));
    }

    const FigurePainter figurePainter(FigureStyle::forPaper());
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const Projected &p = projected[std::size_t(i)];
        const int row = int(i) / columns();
        const int column = int(i) % columns();
        const double left = area.left() + column * (cell + style.pt(kColumnGap));
        const double top = area.top() + row * (picture + captionHeight(style) + style.pt(kRowGap));
        const double centreX = left + cell / 2;
        const double floorY = top + picture;
        // Figure units have y up; every figure's floor lands on the row's floor.
        const double midX = (p.bounds.left + p.bounds.right) / 2;
        const QTransform toPage(
            scale, 0, 0, -scale, centreX - midX * scale, floorY + p.bounds.bottom * scale);
        figurePainter.paint(painter, toPage, p.geometry);
        if (p.from)
            figurePainter.paintMotionArrow(painter, toPage, *p.from, p.geometry);

        const QRectF caption(
            left, floorY + style.pt(kCaptionGap), cell, style.lineHeight(SheetStyle::Font::Strong));
        style.drawText(painter, SheetStyle::Font::Strong, caption, m_figures.at(i).caption,
            style.ink(), Qt::AlignHCenter | Qt::AlignTop);
    }
}

} // namespace limber

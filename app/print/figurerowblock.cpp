#include "app/print/figurerowblock.h"

#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "core/figure/figuregeometry.h"
#include "core/figure/motionarrow.h"

#include <QPainter>

#include <algorithm>
#include <limits>

namespace limber {

namespace {

constexpr double kColumnGap = 16; // points
constexpr double kRowGap = 18;
constexpr double kCaptionGap = 4;
constexpr double kPictureAspect = 0.8; // height over width of a picture's box
constexpr double kInset = 4; // room around each picture, for the strokes' round ends

} // namespace

FigureRowBlock::FigureRowBlock(QList<SheetFigure> figures, int maxColumns, double maxPictureHeight)
    : m_figures(std::move(figures))
    , m_maxColumns(std::max(1, maxColumns))
    , m_maxPictureHeight(maxPictureHeight)
{
    for (const SheetFigure &figure : m_figures) {
        Projected p {figureGeometry(figure.pose, figure.camera), std::nullopt, {}};
        p.bounds = p.geometry.bounds;
        if (figure.motionFrom) {
            p.from = figureGeometry(*figure.motionFrom, figure.camera);
            if (const std::optional<MotionArrow> arrow = motionArrow(*p.from, p.geometry))
                p.bounds = p.bounds.united(arrow->bounds());
        }
        m_projected.push_back(std::move(p));
    }
}

int FigureRowBlock::columns() const
{
    return std::clamp(int(m_figures.size()), 1, m_maxColumns);
}

FigureRowBlock::Arrangement FigureRowBlock::arrange(const SheetStyle &style, double width) const
{
    Arrangement a;
    const int n = columns();
    a.cellWidth = (width - style.pt(kColumnGap) * (n - 1)) / n;
    const double boxHeight = std::min(a.cellWidth * kPictureAspect, style.pt(m_maxPictureHeight));
    const double inset = style.pt(kInset);
    a.scale = std::numeric_limits<double>::max();
    std::vector<double> heights;
    for (const Projected &p : m_projected) {
        const Bounds &bounds = p.bounds;
        heights.push_back(std::max(bounds.height(), 1e-6));
        a.scale = std::min(a.scale, (a.cellWidth - 2 * inset) / std::max(bounds.width(), 1e-6));
        a.scale = std::min(a.scale, (boxHeight - inset) / heights.back());
    }
    for (std::size_t i = 0; i < heights.size(); ++i) {
        if (i % std::size_t(n) == 0)
            a.rowHeights.push_back(0);
        a.rowHeights.back() = std::max(a.rowHeights.back(), heights[i] * a.scale + inset);
    }
    return a;
}

double FigureRowBlock::captionHeight(const SheetStyle &style) const
{
    return style.pt(kCaptionGap) + style.lineHeight(SheetStyle::Font::Strong);
}

double FigureRowBlock::height(const SheetStyle &style, double width) const
{
    if (m_figures.isEmpty())
        return 0;
    const Arrangement a = arrange(style, width);
    double h = 0;
    for (const double row : a.rowHeights)
        h += row + captionHeight(style);
    return h + double(a.rowHeights.size() - 1) * style.pt(kRowGap);
}

void FigureRowBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    if (m_figures.isEmpty())
        return;
    const Arrangement a = arrange(style, area.width());
    const FigurePainter figurePainter(FigureStyle::forPaper());
    double top = area.top();
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const int row = int(i) / columns();
        const int column = int(i) % columns();
        if (column == 0 && row > 0)
            top += a.rowHeights[std::size_t(row - 1)] + captionHeight(style) + style.pt(kRowGap);
        const Projected &p = m_projected[std::size_t(i)];
        const double left = area.left() + column * (a.cellWidth + style.pt(kColumnGap));
        const double floorY = top + a.rowHeights[std::size_t(row)];
        // Figure units have y up; every figure's floor lands on the row's floor.
        const double midX = (p.bounds.left + p.bounds.right) / 2;
        const QTransform toPage(a.scale, 0, 0, -a.scale, left + a.cellWidth / 2 - midX * a.scale,
            floorY + p.bounds.bottom * a.scale);
        figurePainter.paint(painter, toPage, p.geometry);
        if (p.from)
            figurePainter.paintMotionArrow(painter, toPage, *p.from, p.geometry);

        const QRectF caption(left, floorY + style.pt(kCaptionGap), a.cellWidth,
            style.lineHeight(SheetStyle::Font::Strong));
        style.drawText(painter, SheetStyle::Font::Strong, caption, m_figures.at(i).caption,
            style.ink(), Qt::AlignHCenter | Qt::AlignTop);
    }
}

} // namespace limber

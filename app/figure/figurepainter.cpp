#include "app/figure/figurepainter.h"

#include "core/figure/motionarrow.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace limber {

namespace {

QPointF toQt(Point2 p)
{
    return {p.x, p.y};
}

QPainterPath polygonPath(const std::vector<Point2> &outline)
{
    QPainterPath path;
    if (outline.empty())
        return path;
    path.moveTo(toQt(outline.front()));
    for (std::size_t i = 1; i < outline.size(); ++i)
        path.lineTo(toQt(outline[i]));
    path.closeSubpath();
    return path;
}

QPen roundPen(const QColor &colour, double width)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

bool isArm(LimbKind kind)
{
    return kind == LimbKind::UpperArm || kind == LimbKind::Forearm || kind == LimbKind::Hand;
}

/// One limb as a single path: consecutive segments of the same limb that
/// join end to start, so its joints get round joins instead of overlapping caps.
struct LimbStroke
{
    QPainterPath path;
    double width = 0;
    bool far = false;
};

class PartPainter
{
public:
    PartPainter(QPainter &painter, const FigureStyle &style, const FigureGeometry &geometry)
        : m_painter(painter)
        , m_style(style)
        , m_geometry(geometry)
    { }

    void paintProps()
    {
        for (const PropShape &prop : m_geometry.props)
            fillRounded(polygonPath(prop.outline), m_style.prop);
    }

    void paintAll()
    {
        paintProps();
        for (std::size_t i = 0; i < m_geometry.parts.size();) {
            const FigurePart &part = m_geometry.parts[i];
            if (const auto *limb = std::get_if<LimbSegment>(&part)) {
                i = paintLimb(i, *limb);
            } else if (const auto *torso = std::get_if<TorsoShape>(&part)) {
                paintTorso(*torso);
                ++i;
            } else {
                paintHead(std::get<HeadShape>(part));
                ++i;
            }
        }
    }

private:
    /// Paints the limb starting at part \a first; returns the next part's index.
    std::size_t paintLimb(std::size_t first, const LimbSegment &start)
    {
        LimbStroke stroke {{}, start.width, start.far};
        stroke.path.moveTo(toQt(start.start));
        stroke.path.lineTo(toQt(start.end));
        Point2 end = start.end;
        std::size_t next = first + 1;
        for (; next < m_geometry.parts.size(); ++next) {
            const auto *limb = std::get_if<LimbSegment>(&m_geometry.parts[next]);
            if (!limb || limb->side != start.side || isArm(limb->kind) != isArm(start.kind)
                || limb->start != end)
                break;
            stroke.path.lineTo(toQt(limb->end));
            end = limb->end;
        }
        const QColor colour = limbColour(start, stroke.far);
        paintGap(stroke.path, stroke.width, false);
        m_painter.strokePath(stroke.path, roundPen(colour, stroke.width));
        return next;
    }

    QColor limbColour(const LimbSegment &limb, bool far) const
    {
        const bool highlighted
            = !isArm(limb.kind) && limb.side != Side::None && limb.side == m_style.highlightedLeg;
        if (!highlighted)
            return far ? m_style.farLimb : m_style.body;
        // As the other far limbs: lighter, yet still the accent's hue.
        return far ? blendColours(m_style.accent, m_style.background, 0.45) : m_style.accent;
    }

    void paintTorso(const TorsoShape &torso)
    {
        const QPainterPath lower = polygonPath(torso.lowerTrunk);
        const QPainterPath upper = polygonPath(torso.upperTrunk);
        paintGap(lower, m_style.cornerRounding, true);
        paintGap(upper, m_style.cornerRounding, true);
        const QColor lowerColour = m_style.tintStretchedRegion ? m_style.accent : m_style.body;
        fillRounded(lower, lowerColour);
        fillRounded(upper, m_style.body);
    }

    void paintHead(const HeadShape &head)
    {
        QPainterPath circle;
        circle.addEllipse(toQt(head.centre), head.radius, head.radius);
        paintGap(circle, 0, true);
        m_painter.fillPath(circle, m_style.body);
    }

    void fillRounded(const QPainterPath &path, const QColor &colour)
    {
        m_painter.fillPath(path, colour);
        m_painter.strokePath(path, roundPen(colour, m_style.cornerRounding));
    }

    /// Cuts a gap around a part into whatever lies behind it, by painting
    /// its outline widened in the background colour. Limbs are open paths:
    /// filling one would paint the polygon it encloses. The gap stops at the
    /// floor so the figure keeps standing on the floor line.
    void paintGap(const QPainterPath &path, double strokeWidth, bool filled)
    {
        if (m_style.gap <= 0)
            return;
        const Bounds &b = m_geometry.bounds;
        m_painter.save();
        m_painter.setClipRect(QRectF(b.left - 1, m_geometry.floor.y, b.width() + 2, b.height() + 2),
            Qt::IntersectClip);
        if (filled)
            m_painter.fillPath(path, m_style.background);
        m_painter.strokePath(path, roundPen(m_style.background, strokeWidth + 2 * m_style.gap));
        m_painter.restore();
    }

    QPainter &m_painter;
    const FigureStyle &m_style;
    const FigureGeometry &m_geometry;
};

} // namespace

FigurePainter::FigurePainter(FigureStyle style)
    : m_style(style)
{ }

QTransform FigurePainter::fitTransform(const QRectF &target, const Bounds &bounds, double margin)
{
    const double inset = margin * std::min(target.width(), target.height());
    const QRectF area = target.adjusted(inset, inset, -inset, -inset);
    const double width = std::max(bounds.width(), 1e-6);
    const double height = std::max(bounds.height(), 1e-6);
    const double scale = std::max(0.0, std::min(area.width() / width, area.height() / height));
    const QPointF centre = area.center();
    const double midX = (bounds.left + bounds.right) / 2;
    const double midY = (bounds.bottom + bounds.top) / 2;
    // Figure y points up, the painter's y points down.
    return QTransform(scale, 0, 0, -scale, centre.x() - midX * scale, centre.y() + midY * scale);
}

void FigurePainter::paint(
    QPainter &painter, const QRectF &target, const FigureGeometry &geometry) const
{
    paint(painter, fitTransform(target, geometry.bounds), geometry);
}

void FigurePainter::paint(
    QPainter &painter, const QTransform &toTarget, const FigureGeometry &geometry) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(toTarget, true);

    // The floor line sits just under y = 0, at least one device pixel thick.
    const double scale = std::max(std::abs(toTarget.m22()), 1e-9);
    const double floorWidth = std::max(geometry.floor.width, 1.0 / scale);
    const double floorY = geometry.floor.y - floorWidth / 2;
    QPen floorPen(m_style.floor, floorWidth, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(floorPen);
    painter.drawLine(QPointF(geometry.floor.left, floorY), QPointF(geometry.floor.right, floorY));

    PartPainter(painter, m_style, geometry).paintAll();
    painter.restore();
}

bool FigurePainter::paintLegend(QPainter &painter, const QRectF &target, const QString &text) const
{
    if (text.isEmpty() || target.height() < kMinLegendHeight)
        return false;
    const double pixels = std::clamp(target.height() * 0.045, 11.0, 22.0);
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(std::lround(pixels)));
    const QFontMetricsF metrics(font);
    const double inset = pixels * 0.8;
    const double swatch = pixels * 1.6;
    const double line = pixels * 0.55;
    const QPointF start(target.left() + inset, target.top() + inset + metrics.height() / 2);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(roundPen(m_style.accent, line));
    painter.drawLine(start, start + QPointF(swatch, 0));
    painter.setFont(font);
    painter.setPen(m_style.body);
    const QRectF textBox(start.x() + swatch + pixels * 0.6, start.y() - metrics.height() / 2,
        target.right() - inset - (start.x() + swatch + pixels * 0.6), metrics.height());
    painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(text, Qt::ElideRight, textBox.width()));
    painter.restore();
    return true;
}

void FigurePainter::paintMotionArrow(QPainter &painter, const QTransform &toTarget,
    const FigureGeometry &from, const FigureGeometry &to) const
{
    const std::optional<MotionArrow> arrow = motionArrow(from, to);
    if (!arrow)
        return;
    QPainterPath arc;
    arc.moveTo(toQt(arrow->path.front()));
    for (std::size_t i = 1; i < arrow->path.size(); ++i)
        arc.lineTo(toQt(arrow->path[i]));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(toTarget, true);
    painter.strokePath(arc, roundPen(m_style.accent, arrow->width));
    painter.fillPath(polygonPath(arrow->head), m_style.accent);
    painter.restore();
}

} // namespace limber

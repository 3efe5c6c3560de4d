#pragma once

#include "app/figure/figurestyle.h"
#include "core/figure/figuregeometry.h"

#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;

namespace limber {

/// Paints a FigureGeometry as a flat pictogram: limbs as round-ended strokes
/// of constant width, a round head, a thin floor line, far limbs lighter,
/// with a small gap cut around each part so overlaps stay readable. A prop
/// under the figure (a chair) is drawn first, in a quiet tone; one leg may
/// be drawn in the accent colour (FigureStyle::highlightedLeg). Vector
/// drawing only, so the same code serves the screen, print preview and PDF.
class FigurePainter
{
public:
    explicit FigurePainter(FigureStyle style);

    const FigureStyle &style() const { return m_style; }

    /// Maps figure units (y up) into \a target: centred, proportions kept,
    /// \a margin (a fraction of the smaller side) left free on every side.
    static QTransform fitTransform(
        const QRectF &target, const Bounds &bounds, double margin = 0.06);

    /// Paints \a geometry fitted into \a target.
    void paint(QPainter &painter, const QRectF &target, const FigureGeometry &geometry) const;
    /// Paints \a geometry with a given mapping, so that several frames of a
    /// movement share one scale and floor.
    void paint(QPainter &painter, const QTransform &toTarget, const FigureGeometry &geometry) const;

    /// A curved arrow along the path the head takes from \a from to \a to,
    /// around the hips, drawn just outside the figure. Draws nothing when the
    /// head barely moves.
    void paintMotionArrow(QPainter &painter, const QTransform &toTarget, const FigureGeometry &from,
        const FigureGeometry &to) const;

    /// Below this height (device pixels) paintLegend() draws nothing: a
    /// thumbnail shows the coloured leg alone.
    static constexpr double kMinLegendHeight = 200;

    /// A small key in the top left corner of \a target: a stroke in the
    /// accent colour and \a text naming what it marks, e.g. "left leg on top"
    /// for FigureStyle::highlightedLeg. Returns false when \a target is too
    /// small for words or \a text is empty, and then draws nothing.
    bool paintLegend(QPainter &painter, const QRectF &target, const QString &text) const;

private:
    FigureStyle m_style;
};

} // namespace limber

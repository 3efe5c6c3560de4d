#pragma once

#include "core/figure/camera.h"
#include "core/figure/figuregeometry.h"
#include "core/model/pose.h"
#include "core/model/side.h"

#include <QWidget>

class QVariantAnimation;

namespace limber {

/// Shows the figure in one pose, or moving smoothly from one pose to the
/// next. Painting is FigurePainter's; this adds the palette, the animation
/// and what assistive technology reads.
class FigureView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);

    /// Shows \a pose at once, stopping any movement.
    void setPose(const Pose &pose);
    /// Moves from the pose shown now to \a pose over \a seconds, easing in and out.
    void animateTo(const Pose &pose, double seconds);
    /// The camera for the unmirrored figure.
    void setCamera(const Camera &camera);
    /// Shows the other side: the pose and the camera mirrored, which gives
    /// the mirror image of the picture.
    void setMirrored(bool mirrored);
    /// A curved arrow along the path of the head from the start of the
    /// movement to its end.
    void setMotionArrowVisible(bool visible);
    /// Tints the seat, hips and lower back, the region the exercise stretches.
    void setStretchedRegionTinted(bool tinted);
    /// Draws the active leg in the accent colour: poses are written with the
    /// active leg (the one on top, or the side being stretched) on the
    /// figure's left, so this marks the left leg, or the right one when mirrored.
    void setActiveLegHighlighted(bool highlighted);
    /// A small key naming the coloured leg, e.g. "left leg on top"; empty
    /// for none. Shown only when the view is large enough for words.
    void setLegend(const QString &legend);
    QString legend() const { return m_legend; }
    /// The side whose leg is drawn in the accent colour now, or Side::None.
    Side highlightedLeg() const;
    /// What the figure shows, in words, for screen readers.
    void setDescription(const QString &description);

    /// The pose drawn now, before mirroring.
    Pose shownPose() const;
    Camera camera() const { return m_camera; }
    bool isMirrored() const { return m_mirrored; }
    bool isAnimating() const;
    /// How far the movement has come, 0 to 1, before easing.
    double transitionProgress() const { return m_progress; }
    /// Sets the movement's progress directly; for callers that drive it
    /// from their own clock, and for tests.
    void setTransitionProgress(double progress);
    /// Length of the current or last movement, in milliseconds.
    int transitionDurationMs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void transitionFinished();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Pose displayed(const Pose &pose) const;
    Camera displayedCamera() const;
    void refit();

    Pose m_from;
    Pose m_to;
    double m_progress = 1.0;
    Camera m_camera;
    bool m_mirrored = false;
    bool m_arrowVisible = false;
    bool m_tinted = false;
    bool m_activeLegHighlighted = false;
    QString m_legend;
    Bounds m_fitBounds;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace limber

#pragma once

#include "core/figure/camera.h"
#include "core/figure/figuregeometry.h"
#include "core/model/pose.h"

#include <QWidget>

class QVariantAnimation;

namespace limber {

/// A figure for reading about an exercise: one pose, or a step's movement
/// played over and over (a pause, the movement at its own pace, a pause in
/// the end position, a quicker way back). It loops only while someone can
/// see it: not when hidden, scrolled out of sight, or when motion is
/// reduced; then it rests in the end position with an arrow showing the way
/// it moves. Painting is FigurePainter's.
class MovingFigure : public QWidget
{
    Q_OBJECT

public:
    explicit MovingFigure(QWidget *parent = nullptr);

    /// A still figure in \a pose.
    void showPose(const Pose &pose, const Camera &camera);
    /// The movement from \a from to \a to, taking \a seconds one way.
    void showMovement(const Pose &from, const Pose &to, double seconds, const Camera &camera);
    /// The other side: pose and camera mirrored.
    void setMirrored(bool mirrored);
    /// Draws the working leg (the pose's left, the right when mirrored) in
    /// the side colour, as the session does.
    void setActiveLegHighlighted(bool highlighted);
    void setMotionReduced(bool reduced);

    bool hasMovement() const { return m_hasMovement; }
    bool motionReduced() const { return m_motionReduced; }
    /// The movement is playing now.
    bool isLooping() const;
    /// How far along the movement the figure is, 0 (start) to 1 (end).
    double shownProgress() const { return m_progress; }
    /// Starts or stops the loop to match whether the figure can be seen;
    /// the page calls it when it scrolls.
    void updateLoop();
    /// The loop's position, in milliseconds; for tests, which drive it
    /// without waiting for a timer.
    void setLoopTime(int milliseconds);
    int loopDurationMs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    /// As tall as the figure needs at \a width: a seated pose is wider than
    /// it is tall, so it gets no empty band above and below.
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setUpLoop(double seconds);
    void refit();
    Pose displayed(const Pose &pose) const;
    Camera displayedCamera() const;
    bool onTheWayBack() const;

    Pose m_from;
    Pose m_to;
    Camera m_camera;
    bool m_hasMovement = false;
    bool m_mirrored = false;
    bool m_activeLegHighlighted = false;
    bool m_motionReduced = false;
    double m_progress = 1.0;
    Bounds m_fitBounds;
    QVariantAnimation *m_loop = nullptr;
};

} // namespace limber

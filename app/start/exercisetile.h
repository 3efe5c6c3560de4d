#pragma once

#include "app/figure/figurestyle.h"
#include "core/figure/camera.h"
#include "core/model/pose.h"

#include <QImage>
#include <QToolButton>

#include <optional>

namespace limber {

/// One exercise of today's routine on the start page: a small figure, the
/// exercise's name and its hold plan. Clicking it, or Space or Enter while
/// it has the focus, asks to show the exercise.
class ExerciseTile : public QToolButton
{
    Q_OBJECT

public:
    static constexpr int figureSide = 84;

    ExerciseTile(const QString &exerciseId, const QString &title, const QString &detail,
        QWidget *parent = nullptr);

    /// The figure; none shows the name alone.
    void setFigure(const std::optional<Pose> &pose, const Camera &camera);

    QString exerciseId() const { return m_exerciseId; }

    /// The figure as a tile shows it, at \a ratio device pixels a pixel.
    /// Safe on any thread.
    static QImage drawFigure(
        const FigureStyle &style, const Pose &pose, const Camera &camera, qreal ratio);

Q_SIGNALS:
    void exerciseRequested(const QString &exerciseId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void renderIcon();

    QString m_exerciseId;
    std::optional<Pose> m_pose;
    Camera m_camera;
};

} // namespace limber

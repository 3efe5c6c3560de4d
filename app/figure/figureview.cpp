#include "app/figure/figureview.h"

#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "core/figure/motionarrow.h"
#include "core/figure/posemath.h"

#include <QEasingCurve>
#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace limber {

FigureView::FigureView(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("figureView"));
    // The gaps between parts are painted in the background colour, so the
    // widget paints that background itself.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setAccessibleName(tr("Exercise figure"));
    setAccessibleDescription(tr("A figure showing the position for this step."));

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
        [this](const QVariant &value) { setTransitionProgress(value.toDouble()); });
    connect(m_animation, &QVariantAnimation::finished, this, &FigureView::transitionFinished);
    refit();
}

void FigureView::setPose(const Pose &pose)
{
    m_animation->stop();
    m_from = pose;
    m_to = pose;
    m_progress = 1.0;
    refit();
    update();
}

void FigureView::animateTo(const Pose &pose, double seconds)
{
    m_animation->stop();
    m_from = shownPose();
    m_to = pose;
    m_progress = 0.0;
    refit();
    m_animation->setDuration(std::max(1, static_cast<int>(std::lround(seconds * 1000.0))));
    m_animation->start();
    update();
}

void FigureView::setCamera(const Camera &camera)
{
    m_camera = camera;
    refit();
    update();
}

void FigureView::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    refit();
    update();
}

void FigureView::setMotionArrowVisible(bool visible)
{
    m_arrowVisible = visible;
    refit();
    update();
}

void FigureView::setStretchedRegionTinted(bool tinted)
{
    m_tinted = tinted;
    update();
}

void FigureView::setActiveLegHighlighted(bool highlighted)
{
    m_activeLegHighlighted = highlighted;
    update();
}

void FigureView::setLegend(const QString &legend)
{
    m_legend = legend;
    update();
}

Side FigureView::highlightedLeg() const
{
    if (!m_activeLegHighlighted)
        return Side::None;
    return m_mirrored ? Side::Right : Side::Left;
}

void FigureView::setDescription(const QString &description)
{
    setAccessibleDescription(description);
}

Pose FigureView::shownPose() const
{
    const double eased = QEasingCurve(QEasingCurve::InOutSine).valueForProgress(m_progress);
    return interpolate(m_from, m_to, eased);
}

bool FigureView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void FigureView::setTransitionProgress(double progress)
{
    m_progress = std::clamp(progress, 0.0, 1.0);
    update();
}

int FigureView::transitionDurationMs() const
{
    return m_animation->duration();
}

QSize FigureView::sizeHint() const
{
    return {260, 260};
}

QSize FigureView::minimumSizeHint() const
{
    return {96, 96};
}

Pose FigureView::displayed(const Pose &pose) const
{
    return m_mirrored ? mirrored(pose) : pose;
}

Camera FigureView::displayedCamera() const
{
    return m_mirrored ? m_camera.mirrored() : m_camera;
}

void FigureView::refit()
{
    // One scale and floor for the whole movement, so the figure does not
    // grow or jump while it moves.
    const Camera camera = displayedCamera();
    m_fitBounds = figureGeometry(displayed(m_from), camera).bounds;
    for (const double t : {0.25, 0.5, 0.75, 1.0})
        m_fitBounds = m_fitBounds.united(
            figureGeometry(displayed(interpolate(m_from, m_to, t)), camera).bounds);
    if (m_arrowVisible) {
        const std::optional<MotionArrow> arrow = motionArrow(
            figureGeometry(displayed(m_from), camera), figureGeometry(displayed(m_to), camera));
        if (arrow)
            m_fitBounds = m_fitBounds.united(arrow->bounds());
    }
}

void FigureView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    FigureStyle style = FigureStyle::fromPalette(palette(), backgroundRole());
    style.tintStretchedRegion = m_tinted;
    style.highlightedLeg = highlightedLeg();
    const FigurePainter figurePainter(style);
    const QTransform fit = FigurePainter::fitTransform(QRectF(rect()), m_fitBounds);
    const Camera camera = displayedCamera();
    figurePainter.paint(painter, fit, figureGeometry(displayed(shownPose()), camera));
    if (m_arrowVisible && !(m_from == m_to)) {
        figurePainter.paintMotionArrow(painter, fit, figureGeometry(displayed(m_from), camera),
            figureGeometry(displayed(m_to), camera));
    }
    if (style.highlightedLeg != Side::None)
        figurePainter.paintLegend(painter, QRectF(rect()), m_legend);
}

} // namespace limber

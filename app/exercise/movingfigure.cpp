#include "app/exercise/movingfigure.h"

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

namespace {

// The pauses let the eye take in the start and the end position; the way
// back is quicker, since it is not what the step teaches.
constexpr double pauseAtStartSeconds = 1.0;
constexpr double pauseAtEndSeconds = 1.6;
constexpr double wayBackShare = 0.5;

} // namespace

MovingFigure::MovingFigure(QWidget *parent)
    : QWidget(parent)
    , m_loop(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("movingFigure"));
    // The gaps between parts are painted in the background colour.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_loop->setLoopCount(-1);
    connect(m_loop, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (!isLooping())
            return; // setting up the loop, not playing it
        m_progress = value.toDouble();
        update();
    });
    refit();
}

void MovingFigure::showPose(const Pose &pose, const Camera &camera)
{
    m_loop->stop();
    m_from = pose;
    m_to = pose;
    m_camera = camera;
    m_hasMovement = false;
    m_progress = 1.0;
    refit();
    update();
}

void MovingFigure::showMovement(
    const Pose &from, const Pose &to, double seconds, const Camera &camera)
{
    m_loop->stop();
    m_from = from;
    m_to = to;
    m_camera = camera;
    m_hasMovement = !(from == to);
    m_progress = 1.0;
    setUpLoop(seconds);
    refit();
    updateLoop();
    update();
}

void MovingFigure::setUpLoop(double seconds)
{
    const double move = std::max(0.5, seconds);
    const double back = std::max(0.8, move * wayBackShare);
    const double total = pauseAtStartSeconds + move + pauseAtEndSeconds + back;
    m_loop->setDuration(static_cast<int>(std::lround(total * 1000.0)));
    m_loop->setKeyValues({});
    m_loop->setKeyValueAt(0.0, 0.0);
    m_loop->setKeyValueAt(pauseAtStartSeconds / total, 0.0);
    m_loop->setKeyValueAt((pauseAtStartSeconds + move) / total, 1.0);
    m_loop->setKeyValueAt((pauseAtStartSeconds + move + pauseAtEndSeconds) / total, 1.0);
    m_loop->setKeyValueAt(1.0, 0.0);
}

void MovingFigure::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    refit();
    update();
}

void MovingFigure::setActiveLegHighlighted(bool highlighted)
{
    m_activeLegHighlighted = highlighted;
    update();
}

void MovingFigure::setMotionReduced(bool reduced)
{
    m_motionReduced = reduced;
    updateLoop();
}

bool MovingFigure::isLooping() const
{
    return m_loop->state() == QAbstractAnimation::Running;
}

void MovingFigure::updateLoop()
{
    const bool seen = isVisible() && !visibleRegion().isEmpty();
    const bool play = m_hasMovement && !m_motionReduced && seen;
    if (play == isLooping())
        return;
    if (play) {
        m_loop->start();
    } else {
        m_loop->stop();
        m_progress = 1.0; // at rest in the position the step ends in
    }
    update();
}

void MovingFigure::setLoopTime(int milliseconds)
{
    m_loop->setCurrentTime(milliseconds);
    m_progress = m_loop->currentValue().toDouble();
    update();
}

int MovingFigure::loopDurationMs() const
{
    return m_hasMovement ? m_loop->duration() : 0;
}

bool MovingFigure::onTheWayBack() const
{
    const double endOfPause = m_loop->keyValues().value(3).first;
    return isLooping() && m_loop->currentTime() > endOfPause * m_loop->duration();
}

int MovingFigure::heightForWidth(int width) const
{
    if (m_fitBounds.width() <= 0 || m_fitBounds.height() <= 0)
        return width;
    const double aspect = m_fitBounds.height() / m_fitBounds.width();
    // fitTransform leaves a margin of 6% of the smaller side all round.
    const double height = width * aspect + 0.12 * width * std::min(aspect, 1.0);
    return std::clamp(static_cast<int>(std::lround(height)), width * 2 / 5, width * 13 / 10);
}

QSize MovingFigure::sizeHint() const
{
    return {220, 220};
}

QSize MovingFigure::minimumSizeHint() const
{
    return {96, 96};
}

void MovingFigure::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLoop();
}

void MovingFigure::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateLoop();
}

Pose MovingFigure::displayed(const Pose &pose) const
{
    return m_mirrored ? mirrored(pose) : pose;
}

Camera MovingFigure::displayedCamera() const
{
    return m_mirrored ? m_camera.mirrored() : m_camera;
}

void MovingFigure::refit()
{
    // One scale and floor for the whole movement, arrow included, so the
    // figure neither grows nor jumps while it moves.
    const Camera camera = displayedCamera();
    const FigureGeometry start = figureGeometry(displayed(m_from), camera);
    const FigureGeometry end = figureGeometry(displayed(m_to), camera);
    m_fitBounds = start.bounds.united(end.bounds);
    for (const double t : {0.25, 0.5, 0.75})
        m_fitBounds = m_fitBounds.united(
            figureGeometry(displayed(interpolate(m_from, m_to, t)), camera).bounds);
    if (m_hasMovement) {
        if (const std::optional<MotionArrow> arrow = motionArrow(start, end))
            m_fitBounds = m_fitBounds.united(arrow->bounds());
    }
}

void MovingFigure::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    FigureStyle style = FigureStyle::fromPalette(palette(), backgroundRole());
    if (m_activeLegHighlighted)
        style.highlightedLeg = m_mirrored ? Side::Right : Side::Left;
    const FigurePainter figurePainter(style);
    const QTransform fit = FigurePainter::fitTransform(QRectF(rect()), m_fitBounds);
    const Camera camera = displayedCamera();
    const double eased = QEasingCurve(QEasingCurve::InOutSine).valueForProgress(m_progress);
    figurePainter.paint(
        painter, fit, figureGeometry(displayed(interpolate(m_from, m_to, eased)), camera));
    // The arrow shows the step's direction; on the way back it would point
    // against the movement, so it steps aside.
    if (m_hasMovement && !onTheWayBack())
        figurePainter.paintMotionArrow(painter, fit, figureGeometry(displayed(m_from), camera),
            figureGeometry(displayed(m_to), camera));
}

} // namespace limber

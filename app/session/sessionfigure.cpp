#include "app/session/sessionfigure.h"

#include "app/figure/figureview.h"
#include "app/session/phasetext.h"
#include "core/session/timeline.h"

#include <QVariantAnimation>

#include <algorithm>

namespace limber {

namespace {

using std::chrono::milliseconds;

/// Where the exercise starts from: its first set-up step, else its get-ready phase.
const Phase *startingPhase(const Timeline &timeline, int itemIndex)
{
    const Phase *getReady = nullptr;
    for (const Phase &phase : timeline.phases()) {
        if (phase.itemIndex != itemIndex)
            continue;
        if (phase.kind == Phase::Kind::Prepare)
            return &phase;
        if (phase.kind == Phase::Kind::GetReady && !getReady)
            getReady = &phase;
    }
    return getReady;
}

/// How long the exercise's own steps take to move into \a poseId, if one does.
milliseconds moveInto(const Timeline &timeline, int itemIndex, const QString &poseId)
{
    for (const Phase &phase : timeline.phases()) {
        if (phase.itemIndex == itemIndex && phase.kind == Phase::Kind::Prepare
            && phase.pose == poseId && phase.motionDuration > milliseconds(0))
            return phase.motionDuration;
    }
    return SessionFigure::defaultMove;
}

/// The side a phase is about, and its words: a hold's or switch's own side;
/// while getting ready or setting up a sided exercise, the side that comes
/// first (its first hold's). Side::None for everything unsided.
struct SideMark
{
    Side side = Side::None;
    QString legend;
};

SideMark sideMarkOf(const Timeline &timeline, const Phase &phase)
{
    const Phase *marked = nullptr;
    switch (phase.kind) {
    case Phase::Kind::Hold:
    case Phase::Kind::Switch:
        marked = &phase;
        break;
    case Phase::Kind::GetReady:
    case Phase::Kind::Prepare:
        for (const Phase &later : timeline.phases()) {
            if (later.itemIndex == phase.itemIndex && later.isHold()) {
                marked = &later;
                break;
            }
        }
        break;
    case Phase::Kind::Rest:
    case Phase::Kind::Done:
        break;
    }
    if (!marked || marked->side == Side::None)
        return {};
    const QString label = marked->sideLabel.text(timeline.options().uiLanguages);
    return {
        marked->side, label.isEmpty() ? phasetext::sideName(marked->side, {}).toLower() : label};
}

Side sideShownIn(const Timeline &timeline, const Phase &phase, Side current)
{
    switch (phase.kind) {
    case Phase::Kind::Hold:
    case Phase::Kind::Switch:
        return phase.side == Side::None ? Side::Left : phase.side;
    case Phase::Kind::GetReady:
    case Phase::Kind::Prepare: {
        const Side first = timeline.routine().items.value(phase.itemIndex).firstSide;
        return first == Side::Right ? Side::Right : Side::Left;
    }
    case Phase::Kind::Rest:
    case Phase::Kind::Done:
        break;
    }
    return current;
}

} // namespace

SessionFigure::SessionFigure(FigureView *view)
    : m_view(view)
{ }

const Pose *SessionFigure::lookUp(const QString &poseId) const
{
    return m_lookup && !poseId.isEmpty() ? m_lookup(poseId) : nullptr;
}

void SessionFigure::showPhase(const Timeline &timeline, int phaseIndex, bool jump)
{
    const Phase &phase = timeline.phase(phaseIndex);
    const SideMark mark = sideMarkOf(timeline, phase);
    // Poses are drawn with the active leg on the figure's left, so the side
    // marked is the side shown: the right one is the mirror image.
    m_side = mark.side != Side::None ? mark.side : sideShownIn(timeline, phase, m_side);
    // Every change of the view's settings refits the figure (several poses'
    // geometry), so only what differs is set.
    if (m_view->isMirrored() != (m_side == Side::Right))
        m_view->setMirrored(m_side == Side::Right);
    // One colour, one meaning: while the legend says the coloured part is
    // the active leg, the hips are not tinted in that colour too.
    m_view->setStretchedRegionTinted(phase.kind == Phase::Kind::Hold && mark.side == Side::None);
    m_view->setActiveLegHighlighted(mark.side != Side::None);
    if (m_view->legend() != mark.legend)
        m_view->setLegend(mark.legend);
    setArrowVisible(false);

    switch (phase.kind) {
    case Phase::Kind::Prepare: {
        setCamera(phase.cameraYawDegrees);
        const Pose *target = lookUp(phase.pose);
        const Pose *from = lookUp(phase.motionFromPose);
        if (target && from && phase.motionDuration > milliseconds(0)) {
            setArrowVisible(true);
            m_view->setPose(*from);
            startMove(*target, phase.start, phase.motionDuration);
            m_poseId = phase.pose;
        } else if (target) {
            moveTo(phase.pose, *target, phase.start, defaultMove, jump);
        }
        break;
    }
    case Phase::Kind::GetReady:
        setCamera(phase.cameraYawDegrees);
        if (const Pose *target = lookUp(phase.pose))
            moveTo(phase.pose, *target, phase.start, defaultMove, jump);
        break;
    case Phase::Kind::Hold:
        setCamera(phase.cameraYawDegrees);
        if (const Pose *target = lookUp(phase.pose))
            moveTo(phase.pose, *target, phase.start,
                moveInto(timeline, phase.itemIndex, phase.pose), jump);
        break;
    case Phase::Kind::Switch: {
        // Sit up with the other leg on top, seen as the coming hold is seen.
        if (phaseIndex + 1 < timeline.phaseCount())
            setCamera(timeline.phase(phaseIndex + 1).cameraYawDegrees);
        const Phase *start = startingPhase(timeline, phase.itemIndex);
        if (const Pose *target = start ? lookUp(start->pose) : nullptr)
            moveTo(start->pose, *target, phase.start, defaultMove, jump);
        break;
    }
    case Phase::Kind::Rest:
    case Phase::Kind::Done:
        break;
    }
}

void SessionFigure::setCamera(double yawDegrees)
{
    const Camera camera {yawDegrees, 0.0};
    if (!(m_view->camera() == camera))
        m_view->setCamera(camera);
}

void SessionFigure::setArrowVisible(bool visible)
{
    if (m_arrowVisible == visible)
        return;
    m_arrowVisible = visible;
    m_view->setMotionArrowVisible(visible);
}

void SessionFigure::moveTo(
    const QString &poseId, const Pose &pose, milliseconds start, milliseconds duration, bool jump)
{
    const bool alreadyThere = poseId == m_poseId;
    m_poseId = poseId;
    if (jump) {
        m_view->setPose(pose);
        m_moving = false;
        return;
    }
    // Already there or on the way: a new movement would only restart it.
    if (alreadyThere)
        return;
    startMove(pose, start, duration);
}

void SessionFigure::startMove(const Pose &pose, milliseconds start, milliseconds duration)
{
    m_view->animateTo(pose, static_cast<double>(duration.count()) / 1000.0);
    // The view would run the movement on its own 60 Hz animation, in real
    // time. Holding that still and setting the progress from the session's
    // clock instead keeps the movement in step with the session (it stops
    // when paused) and draws it at the display tick's rate, a third of the
    // cost. To be dropped when FigureView can be driven without its animation.
    if (auto *animation = m_view->findChild<QVariantAnimation *>())
        animation->pause();
    m_view->setTransitionProgress(0.0);
    m_moveStart = start;
    m_moveDuration = std::max(duration, milliseconds(1));
    m_moving = true;
}

void SessionFigure::advance(milliseconds activeElapsed)
{
    if (!m_moving)
        return;
    const double progress = static_cast<double>((activeElapsed - m_moveStart).count())
        / static_cast<double>(m_moveDuration.count());
    m_view->setTransitionProgress(std::clamp(progress, 0.0, 1.0));
    if (progress >= 1.0)
        m_moving = false;
}

} // namespace limber

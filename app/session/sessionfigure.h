#pragma once

#include "core/model/pose.h"
#include "core/model/side.h"

#include <QString>

#include <chrono>
#include <functional>

namespace limber {

class FigureView;
class Timeline;

/// Finds a pose by id; null when there is none.
using PoseLookup = std::function<const Pose *(const QString &poseId)>;

/// Decides what the figure shows in each phase of a session and tells the
/// FigureView: the step's pose and camera, the movement a step asks for (as
/// slowly as the step says), the mirror image for the right side. While a
/// phase is about one side (a hold, a switch, and getting ready for or
/// setting up a sided exercise, with the side that comes first) the active
/// leg is drawn in the side colour and a legend names it ("left leg on
/// top"); unsided phases show neither, and their holds tint the stretched
/// region instead (one colour, one meaning on the figure). A switch shows the starting position
/// with the other leg on top; the next hold moves into the stretch. Movements follow the session's
/// clock through advance().
class SessionFigure
{
public:
    explicit SessionFigure(FigureView *view);

    void setPoseLookup(PoseLookup lookup) { m_lookup = std::move(lookup); }

    /// Shows phase \a phaseIndex of \a timeline. \a jump: show it at once,
    /// without moving from what was shown (the first phase of a session).
    void showPhase(const Timeline &timeline, int phaseIndex, bool jump);
    /// Moves the figure along its movement to where it is at \a activeElapsed
    /// (session time, pauses excluded), so it stands still while paused.
    void advance(std::chrono::milliseconds activeElapsed);
    /// A movement is under way: the display should tick.
    bool isMoving() const { return m_moving; }

    FigureView *view() const { return m_view; }
    /// The side the figure shows now (Left unless mirrored).
    Side shownSide() const { return m_side; }

    /// How long moving between two poses takes when no step says.
    static constexpr std::chrono::milliseconds defaultMove {1500};

private:
    const Pose *lookUp(const QString &poseId) const;
    void setCamera(double yawDegrees);
    void setArrowVisible(bool visible);
    void moveTo(const QString &poseId, const Pose &pose, std::chrono::milliseconds start,
        std::chrono::milliseconds duration, bool jump);
    void startMove(
        const Pose &pose, std::chrono::milliseconds start, std::chrono::milliseconds duration);

    FigureView *m_view;
    PoseLookup m_lookup;
    QString m_poseId; ///< the pose the figure shows or is moving to
    Side m_side = Side::Left;
    bool m_arrowVisible = false;
    bool m_moving = false;
    std::chrono::milliseconds m_moveStart {0}; ///< session time the movement began
    std::chrono::milliseconds m_moveDuration {1};
};

} // namespace limber

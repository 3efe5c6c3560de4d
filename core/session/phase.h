#pragma once

#include "core/model/localizedtext.h"
#include "core/model/side.h"

#include <QList>
#include <QString>

#include <chrono>

namespace limber {

/// One stretch of a session: getting ready, a set-up step, a hold, a side
/// switch, a rest, or the end. Times are ACTIVE session time (pauses excluded), in milliseconds.
struct Phase
{
    enum class Kind {
        GetReady, ///< get into the starting position before an item's first step or hold
        Prepare, ///< a set-up step of the exercise (stepIndex says which)
        Hold, ///< hold the stretch (side, holdNumber of holdsPerSide)
        Switch, ///< change sides; `side` is the side that comes NEXT
        Rest, ///< between items, or between holds of an unsided exercise
        Done, ///< the end; zero duration, starts at the timeline's total
    };

    Kind kind = Kind::Done;
    int index = 0; ///< position in the timeline
    int itemIndex = -1; ///< routine item; -1 for Done
    QString exerciseId;
    LocalizedText exerciseTitle;
    int stepIndex = -1; ///< Prepare only: 0-based step of the exercise
    int stepCount = 0; ///< Prepare only: number of set-up steps
    /// Hold: side held; Switch: side next; GetReady: the first side of a
    /// sided item; else None.
    Side side = Side::None;
    /// Hold: 1-based number of this hold on its side (n of holdsPerSide).
    /// Switch and Rest between holds: the number of the hold that comes next.
    int holdNumber = 0;
    int holdsPerSide = 0; ///< for unsided exercises: the number of holds
    std::chrono::milliseconds start {0};
    std::chrono::milliseconds duration {0};
    /// Prepare: the step's instruction. GetReady: the exercise's get-ready
    /// words, else its first step's instruction.
    LocalizedText stepText;
    /// Prepare: the step's short title ("lean forward"), empty when it has none.
    LocalizedText stepTitle;
    /// Said and shown while the phase runs: a Prepare step's cautions; on an
    /// item's first hold when its set-up steps are left out, the cautions of
    /// all its steps.
    QList<LocalizedText> cautions;
    LocalizedText sideLabel; ///< Hold, Switch, sided GetReady: e.g. "left leg on top"
    /// Prepare: the step's pose; Hold: the exercise's hold pose; GetReady: the
    /// get-ready pose, else the first step's, else the hold pose.
    QString pose;
    double cameraYawDegrees = 90.0;
    QString motionFromPose; ///< Prepare with motion: the pose the movement starts from
    std::chrono::milliseconds motionDuration {0}; ///< from the phase start; 0 without motion
    QString nextExerciseId; ///< Rest between items: the exercise that follows

    std::chrono::milliseconds end() const { return start + duration; }
    bool isHold() const { return kind == Kind::Hold; }

    friend bool operator==(const Phase &, const Phase &) = default;
};

} // namespace limber

#pragma once

#include "model/localizedtext.h"
#include "model/pose.h"
#include "model/step.h"

#include <QList>
#include <QMap>
#include <QString>

namespace limber {

/// How an exercise uses the two sides of the body.
enum class SideMode {
    None, ///< symmetric; holds have no side
    Alternating, ///< holds alternate left and right (e.g. which leg is on top)
};

/// One exercise of the library, with everything the session, the
/// illustration and the printed sheet need.
struct Exercise
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText why; ///< why the exercise helps
    QList<LocalizedText> benefits;
    QList<Step> steps; ///< set-up steps, done before the first hold
    QList<LocalizedText> cautions;
    LocalizedText variation;
    LocalizedText breathing;
    LocalizedText goal;
    QString goalPose; ///< pose id of the goal position, for the printed sheet; empty if none
    LocalizedText notice; ///< e.g. ask your doctor before starting

    SideMode sideMode = SideMode::None;
    /// How a side is named to the user, e.g. "left leg on top".
    LocalizedText leftSideLabel;
    LocalizedText rightSideLabel;

    QString holdPose; ///< pose id held during a left (or unsided) hold; mirrored for right
    double holdCameraYawDegrees = 90.0;
    QList<LocalizedText> holdReminders; ///< short cues repeated during holds
    QList<LocalizedText> reachLevels; ///< the "how far did you get" ladder, easiest first

    /// Poses used by this exercise, by id (resolved from the pose library).
    QMap<QString, Pose> poses;
};

} // namespace limber

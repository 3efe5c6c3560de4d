#pragma once

#include "core/model/localizedtext.h"
#include "core/model/pose.h"
#include "core/model/progressionladder.h"
#include "core/model/step.h"

#include <QList>
#include <QMap>
#include <QString>

namespace limber {

/// The most entries each list of an exercise file may have: several times
/// what any bundled exercise uses, so a file within the size limit cannot ask
/// the exercise page, the session or the sheet for thousands of rows.
namespace limits {
inline constexpr int maxSteps = 20;
/// Cautions of one step.
inline constexpr int maxStepCautions = 10;
/// benefits, cautions, askFirst and holdReminders.
inline constexpr int maxExerciseTexts = 20;
/// A reach is stored as the index of its level, 0 to 3 (the holds table
/// checks it), so four levels are all a hold can record.
inline constexpr int maxReachLevels = 4;
} // namespace limits

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
    /// Place in the programme, 1 first (easiest); 0 when the exercise is not
    /// part of it. The library lists exercises in this order.
    int programmeOrder = 0;
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
    LocalizedText goalTimeframe; ///< how long reaching the goal usually takes, e.g. "many weeks"
    LocalizedText notice; ///< e.g. ask your doctor before starting
    /// Who should ask a doctor or physiotherapist before doing this exercise,
    /// one condition per entry (e.g. "after a hip replacement").
    QList<LocalizedText> askFirst;

    /// Words for the get-ready phase before the first hold (how to get into
    /// the starting position); empty: the first step's words are used.
    LocalizedText getReady;
    QString getReadyPose; ///< pose shown while getting ready; empty: the first step's pose
    /// Camera while getting ready; the loader fills in the first step's
    /// camera when the file gives none.
    double getReadyCameraYawDegrees = 90.0;
    /// Said and shown when the exercise ends, and when the person stops
    /// because it hurts, e.g. "Sit up slowly and uncross your legs."
    LocalizedText finish;

    SideMode sideMode = SideMode::None;
    /// How a side is named to the user, e.g. "left leg on top".
    LocalizedText leftSideLabel;
    LocalizedText rightSideLabel;

    QString holdPose; ///< pose id held during a left (or unsided) hold; mirrored for right
    double holdCameraYawDegrees = 90.0;
    QList<LocalizedText> holdReminders; ///< short cues repeated during holds
    QList<LocalizedText> reachLevels; ///< the "how far did you get" ladder, easiest first

    /// How the hold target may grow (`"progression"`; defaults when absent).
    ProgressionLadder progression;

    /// Poses used by this exercise, by id (resolved from the pose library).
    QMap<QString, Pose> poses;
};

} // namespace limber

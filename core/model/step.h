#pragma once

#include "core/model/localizedtext.h"

#include <QList>
#include <QString>

#include <optional>

namespace limber {

/// A change from one pose to another that the illustration animates.
struct Motion
{
    QString fromPose; ///< pose id the movement starts from
    double seconds = 3.0; ///< how long the movement takes

    friend bool operator==(const Motion &, const Motion &) = default;
};

/// One instruction of an exercise, shown with its illustration.
struct Step
{
    LocalizedText text;
    /// A few words naming the step, written to follow "Next: " ("lean
    /// forward"); empty when the content gives none.
    LocalizedText title;
    QString pose; ///< pose id at the end of the step
    double cameraYawDegrees = 90.0; ///< 0 front view, 90 side view, 45 three-quarter
    std::optional<Motion> motion; ///< present when the step asks for movement
    std::optional<int> durationSeconds; ///< time to read and do the step
    /// Cautions that matter during this step, spoken and shown while it runs
    /// (e.g. "go only as far as your knees allow" on the first lean).
    QList<LocalizedText> cautions;

    friend bool operator==(const Step &, const Step &) = default;
};

} // namespace limber

// Pictures of whole exercises for limber-figure-preview: every pose an
// exercise shows, with the camera it is shown with, on both sides.
#pragma once

#include "core/model/exercise.h"

#include <QImage>
#include <QList>
#include <QPalette>
#include <QString>

namespace limber {

class ContentLibrary;

/// The light or dark palette every preview picture is drawn with.
QPalette previewPalette(bool dark);

/// One picture an exercise shows: a pose seen from one camera.
struct ExerciseView
{
    QString poseId;
    double yawDegrees = 90;
    QString role; ///< "get ready", "step 2", "hold", "goal"
};

/// The distinct views of \a exercise, in the order a session shows them.
QList<ExerciseView> exerciseViews(const Exercise &exercise);

/// \a view of \a exercise drawn \a size pixels square, on the left side
/// (as written) or the right (mirrored). Sided exercises colour the active
/// leg; large pictures add the side's label as a legend.
QImage renderExerciseView(
    const Exercise &exercise, const ExerciseView &view, bool rightSide, int size, bool dark);

/// Every exercise of \a library in programme order, one row each: its
/// views on the left side and on the right side, with captions.
QImage contactSheet(const ContentLibrary &library);

} // namespace limber

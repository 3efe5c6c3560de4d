#include "app/routines/routineduration.h"

#include "core/content/contentlibrary.h"
#include "core/session/timeline.h"

#include <QCoreApplication>

#include <cmath>

namespace limber {

std::optional<std::chrono::seconds> routineDuration(
    const Routine &routine, const ContentLibrary &library, const SessionOptions &options)
{
    if (routine.items.isEmpty())
        return std::nullopt;
    const Result<std::chrono::milliseconds> duration = Timeline::durationOf(
        routine, [&library](const QString &id) { return library.exercise(id); }, options);
    if (!duration)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(*duration);
}

QString describeRoutineLength(std::optional<std::chrono::seconds> duration)
{
    if (!duration)
        return QCoreApplication::translate("RoutineDuration", "No exercises yet");
    // Same words as the start page, so a routine reads the same everywhere.
    if (*duration < std::chrono::seconds(60))
        return QCoreApplication::translate("RoutineDuration", "Under a minute");
    const int minutes = static_cast<int>(std::lround(double(duration->count()) / 60.0));
    return QCoreApplication::translate("RoutineDuration", "About %n minute(s)", nullptr, minutes);
}

} // namespace limber

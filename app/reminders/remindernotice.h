#pragma once

#include <QString>

namespace limber {

/// One reminder as the person meets it, whichever way it is shown (a desktop
/// notification, the tray, or a notice inside the window). The schedule makes
/// it; the presenters show it and report which of its three answers was chosen.
struct ReminderNotice
{
    QString routineId; ///< what Start begins
    QString title; ///< e.g. "Time for a stretch"
    QString message; ///< e.g. "A good moment for the desk break — 3 minutes."

    friend bool operator==(const ReminderNotice &, const ReminderNotice &) = default;
};

/// What the person did with a reminder.
enum class ReminderAnswer {
    Start, ///< start the routine now
    Snooze, ///< ask again in ten minutes
    SkipToday, ///< no more reminders until tomorrow
    Dismissed, ///< closed without choosing: nothing changes
};

} // namespace limber

#pragma once

#include "app/reminders/remindernotice.h"

#include <QString>

namespace limber {

/// The words on the button for \a answer, the same in the window's notice
/// and on a desktop notification ("Start", "Snooze 10 min", "Skip today").
/// Dismissed has no button of its own: it is the notice's close button.
QString reminderAnswerLabel(ReminderAnswer answer);

} // namespace limber

#include "app/reminders/reminderanswerlabel.h"

#include <QCoreApplication>

namespace limber {

QString reminderAnswerLabel(ReminderAnswer answer)
{
    switch (answer) {
    case ReminderAnswer::Start:
        return QCoreApplication::translate("Reminder", "Start");
    case ReminderAnswer::Snooze:
        return QCoreApplication::translate("Reminder", "Snooze 10 min");
    case ReminderAnswer::SkipToday:
        return QCoreApplication::translate("Reminder", "Skip today");
    case ReminderAnswer::Dismissed:
        return QCoreApplication::translate("Reminder", "Dismiss");
    }
    return {};
}

} // namespace limber

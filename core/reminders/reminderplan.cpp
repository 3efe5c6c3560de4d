#include "core/reminders/reminderplan.h"

#include <algorithm>

namespace limber {

namespace {
quint8 dayBit(int dayOfWeek)
{
    return static_cast<quint8>(1u << (dayOfWeek - 1));
}

bool isDayOfWeek(int dayOfWeek)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7;
}
} // namespace

bool ReminderPlan::coversDay(int dayOfWeek) const
{
    return isDayOfWeek(dayOfWeek) && (days & dayBit(dayOfWeek)) != 0;
}

void ReminderPlan::setDay(int dayOfWeek, bool on)
{
    if (!isDayOfWeek(dayOfWeek))
        return;
    days = on ? static_cast<quint8>(days | dayBit(dayOfWeek))
              : static_cast<quint8>(days & ~dayBit(dayOfWeek));
}

ReminderPlan ReminderPlan::normalized() const
{
    ReminderPlan plan = *this;
    plan.times.clear();
    for (const QTime &time : times) {
        if (time.isValid())
            plan.times.append(QTime(time.hour(), time.minute()));
    }
    std::sort(plan.times.begin(), plan.times.end());
    plan.times.erase(std::unique(plan.times.begin(), plan.times.end()), plan.times.end());
    plan.intervalMinutes
        = std::clamp(intervalMinutes, shortestIntervalMinutes, longestIntervalMinutes);
    const ReminderPlan defaults;
    plan.activeFrom = activeFrom.isValid() ? QTime(activeFrom.hour(), activeFrom.minute())
                                           : defaults.activeFrom;
    plan.activeTo
        = activeTo.isValid() ? QTime(activeTo.hour(), activeTo.minute()) : defaults.activeTo;
    plan.days = static_cast<quint8>(days & everyDay);
    plan.dailyLimit = std::clamp(dailyLimit, smallestDailyLimit, largestDailyLimit);
    plan.routineId = routineId.trimmed();
    if (plan.routineId.isEmpty())
        plan.routineId = defaults.routineId;
    return plan;
}

bool ReminderPlan::timingDiffers(const ReminderPlan &other) const
{
    const ReminderPlan a = normalized();
    const ReminderPlan b = other.normalized();
    return a.enabled != b.enabled || a.mode != b.mode || a.times != b.times
        || a.intervalMinutes != b.intervalMinutes || a.activeFrom != b.activeFrom
        || a.activeTo != b.activeTo || a.days != b.days;
}

} // namespace limber

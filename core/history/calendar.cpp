#include "core/history/calendar.h"

#include <algorithm>

namespace limber {

namespace {
const QDate epoch(1970, 1, 1);
}

qint64 dayNumber(QDate date)
{
    return epoch.daysTo(date);
}

QDate dateOfDayNumber(qint64 day)
{
    return epoch.addDays(day);
}

QDate localDate(const QDateTime &utc, int utcOffsetSeconds)
{
    // Same arithmetic as the local_day column: floor((ms + offset) / day).
    const qint64 localMs = utc.toMSecsSinceEpoch() + qint64 {utcOffsetSeconds} * 1000;
    constexpr qint64 msPerDay = 86'400'000;
    qint64 day = localMs / msPerDay;
    if (localMs % msPerDay < 0)
        --day;
    return dateOfDayNumber(day);
}

QDate startOfWeek(QDate day, Qt::DayOfWeek firstDay)
{
    const int back = (day.dayOfWeek() - static_cast<int>(firstDay) + 7) % 7;
    return day.addDays(-back);
}

WeekWindow::WeekWindow(QDate dayInLastWeek, int weekCount, Qt::DayOfWeek firstDayOfWeek)
    : m_weekCount(std::max(weekCount, 1))
    , m_firstDayOfWeek(firstDayOfWeek)
{
    m_firstDay = startOfWeek(dayInLastWeek, firstDayOfWeek).addDays(-qint64 {m_weekCount - 1} * 7);
}

} // namespace limber

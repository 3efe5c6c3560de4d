#pragma once

#include <QDate>
#include <QDateTime>

namespace limber {

/// Local calendar days as the history stores them: whole days since
/// 1970-01-01 of the local date (UTC time plus the offset of that moment).
qint64 dayNumber(QDate date);
QDate dateOfDayNumber(qint64 day);
/// The local date of a UTC moment for a given UTC offset.
QDate localDate(const QDateTime &utc, int utcOffsetSeconds);
/// The first day of the week that contains `day`, weeks starting on `firstDay`.
QDate startOfWeek(QDate day, Qt::DayOfWeek firstDay);

/// A run of whole weeks in the user's calendar, ending with the week that
/// contains a given day. Queries group by these weeks.
class WeekWindow
{
public:
    WeekWindow(QDate dayInLastWeek, int weekCount, Qt::DayOfWeek firstDayOfWeek);

    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_firstDay.addDays(qint64 {m_weekCount} * 7 - 1); }
    int weekCount() const { return m_weekCount; }
    QDate weekStart(int index) const { return m_firstDay.addDays(qint64 {index} * 7); }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }

private:
    QDate m_firstDay;
    int m_weekCount;
    Qt::DayOfWeek m_firstDayOfWeek;
};

} // namespace limber

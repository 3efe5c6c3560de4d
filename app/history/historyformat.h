#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace limber {

/// "5 Jan" or "Jan 5", in the order the locale writes dates.
QString shortDayLabel(QDate date, const QLocale &locale);
/// A span of days, "5 Jan – 29 Mar 2026", with the year once at the end.
QString dayRangeLabel(QDate first, QDate last, const QLocale &locale);
/// A length of time as m:ss, or h:mm:ss from an hour on ("1:05", "1:02:30").
QString formatDuration(qint64 ms, const QLocale &locale);
/// Minutes with at most one decimal ("12.5", "3").
QString formatMinutes(qint64 ms, const QLocale &locale);
/// A number with at most one decimal ("4.5", "3").
QString formatOneDecimal(double value, const QLocale &locale);
/// When something happened, as a person says it: "today", "yesterday",
/// "3 days ago" within a week, else the date ("on 5 Jan"; with the year
/// when it is not this year's).
QString relativeDayLabel(QDate day, QDate today, const QLocale &locale);

} // namespace limber

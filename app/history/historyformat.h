#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace limber {

enum class MonthName { Short, Full };
/// The locale's own way to write a day of a month, taken from its long date
/// format without the weekday: order, punctuation and words ("d. MMM" in
/// German, "MMM d" in American English, "d 'de' MMM" in Spanish).
QString dayMonthPattern(const QLocale &locale, MonthName month, bool withYear);
/// "5 Jan", "Jan 5", "5. Jan.": for charts, lists and headings.
QString shortDayLabel(QDate date, const QLocale &locale);
/// The same with the year: "5 Jan 2026", "Jan 5, 2026".
QString shortDateLabel(QDate date, const QLocale &locale);
/// "5 January", "January 5", "5. Januar": for running text, where a short
/// month's own full stop would end a sentence twice ("5. Jan..").
QString dayInSentence(QDate date, const QLocale &locale);
/// A span of days, "5 Jan – 29 Mar 2026", with the year once at the end.
QString dayRangeLabel(QDate first, QDate last, const QLocale &locale);
/// A length of time as m:ss, or h:mm:ss from an hour on ("1:05", "1:02:30").
QString formatDuration(qint64 ms, const QLocale &locale);
/// Minutes with at most one decimal ("12.5", "3"); a time too short to
/// show as a tenth is "< 0.1", never "0".
QString formatMinutes(qint64 ms, const QLocale &locale);

/// An amount of holding as a number: whole seconds under a minute (at
/// least 1 when anything was held), else minutes with at most one decimal
/// (nothing at all is "0" minutes). One rule for every place that shows
/// held time, so a total and its parts never disagree in how they round.
struct HeldAmount
{
    QString number;
    bool inSeconds = false;
};
HeldAmount heldAmount(qint64 ms, const QLocale &locale);
/// The amount with its unit: "45 s", "12.5 min".
QString formatHeldTime(qint64 ms, const QLocale &locale);
/// A number with at most one decimal ("4.5", "3").
QString formatOneDecimal(double value, const QLocale &locale);
/// When something happened, as a person says it: "today", "yesterday",
/// "3 days ago" within a week, else the date ("on 5 Jan"; with the year
/// when it is not this year's).
QString relativeDayLabel(QDate day, QDate today, const QLocale &locale);

/// A day as a list names it: "Today", "Yesterday", else the weekday and
/// the date ("Mon 5 Jan"; with the year when it is not this year's).
QString dayName(QDate day, QDate today, const QLocale &locale);

} // namespace limber

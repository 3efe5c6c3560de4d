#include "app/history/historyformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString dayMonthPattern(const QLocale &locale, MonthName month, bool withYear)
{
    static const QRegularExpression weekday(u"[,\\s]*dddd[,\\s]*"_s);
    // A year after the day, with its separators and words: ", yyyy",
    // " 'de' yyyy", " yyyy 'г'.".
    static const QRegularExpression trailingYear(u"[,\\s]*('[^']*'\\s*)?y+(\\s*'[^']*'\\.?)?"_s);
    // A year before it: "yyyy年", "yyyy. ", "yyyy 'm'. ".
    static const QRegularExpression leadingYear(u"^y+\\s*('[^']*'\\.?|[^dM\\s']*)\\s*"_s);
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    pattern.replace(weekday, u" "_s);
    pattern = pattern.trimmed();
    if (!withYear) {
        if (pattern.startsWith(u'y'))
            pattern.remove(leadingYear);
        else
            pattern.remove(trailingYear);
    }
    if (month == MonthName::Short)
        pattern.replace(u"MMMM"_s, u"MMM"_s);
    return pattern.trimmed();
}

QString shortDayLabel(QDate date, const QLocale &locale)
{
    return locale.toString(date, dayMonthPattern(locale, MonthName::Short, false));
}

QString shortDateLabel(QDate date, const QLocale &locale)
{
    return locale.toString(date, dayMonthPattern(locale, MonthName::Short, true));
}

QString dayInSentence(QDate date, const QLocale &locale)
{
    return locale.toString(date, dayMonthPattern(locale, MonthName::Full, false));
}

QString dayRangeLabel(QDate first, QDate last, const QLocale &locale)
{
    const QString start = first.year() == last.year() ? shortDayLabel(first, locale)
                                                      : shortDateLabel(first, locale);
    return u"%1 – %2"_s.arg(start, shortDateLabel(last, locale));
}

QString formatDuration(qint64 ms, const QLocale &locale)
{
    const qint64 totalSeconds = (ms + 500) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    const auto twoDigits = [&locale](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
    };
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(locale.toString(hours), twoDigits(minutes), twoDigits(seconds));
    return u"%1:%2"_s.arg(locale.toString(minutes), twoDigits(seconds));
}

QString formatOneDecimal(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const bool whole = std::fmod(rounded, 1.0) == 0.0;
    return locale.toString(rounded, 'f', whole ? 0 : 1);
}

QString formatMinutes(qint64 ms, const QLocale &locale)
{
    const double minutes = static_cast<double>(ms) / 60000.0;
    if (ms > 0 && std::round(minutes * 10.0) == 0.0)
        return u"< %1"_s.arg(locale.toString(0.1, 'f', 1));
    return formatOneDecimal(minutes, locale);
}

HeldAmount heldAmount(qint64 ms, const QLocale &locale)
{
    // A hold of a fraction of a second still counts as held.
    const qint64 seconds = ms > 0 ? std::max<qint64>(1, (ms + 500) / 1000) : 0;
    if (seconds > 0 && seconds < 60)
        return {locale.toString(seconds), true};
    return {formatMinutes(ms, locale), false};
}

QString formatHeldTime(qint64 ms, const QLocale &locale)
{
    const HeldAmount amount = heldAmount(ms, locale);
    return amount.inSeconds
        ? QCoreApplication::translate("HistoryFormat", "%1 s").arg(amount.number)
        : QCoreApplication::translate("HistoryFormat", "%1 min").arg(amount.number);
}

QString relativeDayLabel(QDate day, QDate today, const QLocale &locale)
{
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return QCoreApplication::translate("HistoryFormat", "today");
    if (daysAgo == 1)
        return QCoreApplication::translate("HistoryFormat", "yesterday");
    if (daysAgo > 1 && daysAgo < 7)
        // Two to six days, so the English text needs no plural form.
        return QCoreApplication::translate("HistoryFormat", "%1 days ago").arg(daysAgo);
    const QString date = day.year() == today.year() ? shortDayLabel(day, locale)
                                                    : locale.toString(day, QLocale::ShortFormat);
    return QCoreApplication::translate("HistoryFormat", "on %1").arg(date);
}

QString dayName(QDate day, QDate today, const QLocale &locale)
{
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return QCoreApplication::translate("HistoryFormat", "Today");
    if (daysAgo == 1)
        return QCoreApplication::translate("HistoryFormat", "Yesterday");
    const QString date
        = day.year() == today.year() ? shortDayLabel(day, locale) : shortDateLabel(day, locale);
    return u"%1 %2"_s.arg(locale.toString(day, u"ddd"_s), date);
}

} // namespace limber

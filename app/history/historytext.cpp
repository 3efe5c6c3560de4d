#include "app/history/historytext.h"

#include "app/history/historyformat.h"

#include <cmath>

namespace limber {

QString HistoryText::balanceSentence(const SideBalance &balance)
{
    if (balance.leftMs <= 0 && balance.rightMs <= 0)
        return tr("No left or right holds in the last four weeks.");
    if (!balance.hasEnoughToCompare())
        return tr("Too early to compare left and right: that needs holds from two sessions or "
                  "more.");
    if (balance.rightMs <= 0)
        return tr("Only your left side has holds in the last four weeks.");
    if (balance.leftMs <= 0)
        return tr("Only your right side has holds in the last four weeks.");
    const int percent = static_cast<int>(std::lround(balance.lagFraction * 100.0));
    switch (balance.lagging) {
    case Side::Right:
        return tr("Your right side had %1 % less hold time than your left over the last four "
                  "weeks.")
            .arg(percent);
    case Side::Left:
        return tr("Your left side had %1 % less hold time than your right over the last four "
                  "weeks.")
            .arg(percent);
    case Side::None:
        break;
    }
    return tr("Your left and right sides are within 20 % of each other over the last four weeks.");
}

QString HistoryText::weekName(const WeekRow &week, const QLocale &locale)
{
    return dayRangeLabel(week.weekStart, week.weekStart.addDays(6), locale);
}

QString HistoryText::holdMinutes(const WeekRow &week, const QLocale &locale)
{
    if (week.holdCount == 0)
        return tr("%1: no holds.").arg(weekName(week, locale));
    return tr("%1: %2 held; left %3, right %4, no side %5.")
        .arg(weekName(week, locale), formatHeldTime(week.totalMs(), locale),
            formatHeldTime(week.leftMs, locale), formatHeldTime(week.rightMs, locale),
            formatHeldTime(week.unsidedMs, locale));
}

QString HistoryText::longestHold(const WeekRow &week, const QLocale &locale)
{
    if (week.holdCount == 0)
        return tr("%1: no holds.").arg(weekName(week, locale));
    return tr("%1: longest hold %2.")
        .arg(weekName(week, locale), formatDuration(week.longestHoldMs, locale));
}

QString HistoryText::targetNote(const TargetLine &target, QDate today, const QLocale &locale)
{
    const std::optional<TargetStep> now = targetOn(target, today);
    if (!now)
        return {};
    const QString length = formatDuration(qint64 {now->holdSeconds} * 1000, locale);
    const std::optional<TargetStep> before
        = now->from.isValid() ? targetOn(target, now->from.addDays(-1)) : std::nullopt;
    if (!before || before->holdSeconds == now->holdSeconds)
        return tr("Target: %1 a hold.").arg(length);
    const QString since = now->from.year() == today.year() ? shortDayLabel(now->from, locale)
                                                           : shortDateLabel(now->from, locale);
    return tr("Target: %1 a hold since %2 (%3 before).")
        .arg(length, since, formatDuration(qint64 {before->holdSeconds} * 1000, locale));
}

QString HistoryText::sessions(const WeekRow &week, const QLocale &locale)
{
    return tr("%1: sessions: %2.").arg(weekName(week, locale), locale.toString(week.sessionCount));
}

QString HistoryText::reach(
    const WeekRow &week, const QStringList &levelNames, const QLocale &locale)
{
    if (!week.bestReach)
        return tr("%1: no reach recorded.").arg(weekName(week, locale));
    return tr("%1: furthest reach: %2.")
        .arg(weekName(week, locale), levelName(*week.bestReach, levelNames));
}

QString HistoryText::pain(const WeekRow &week, const QLocale &locale)
{
    if (!week.painBefore && !week.painAfter)
        return tr("%1: no pain recorded.").arg(weekName(week, locale));
    const auto value = [&locale](const std::optional<double> &pain) {
        return pain ? formatOneDecimal(*pain, locale) : tr("not recorded");
    };
    return tr("%1: pain before %2, after %3 (0 to 10).")
        .arg(weekName(week, locale), value(week.painBefore), value(week.painAfter));
}

QStringList HistoryText::genericLevelNames(int count)
{
    QStringList names;
    for (int level = 1; level <= count; ++level)
        names.append(tr("Level %1").arg(level));
    return names;
}

QString HistoryText::levelName(int level, const QStringList &levelNames)
{
    const QString name = levelNames.value(level);
    return name.isEmpty() ? tr("Level %1").arg(level + 1) : name;
}

} // namespace limber

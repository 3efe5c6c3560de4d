#include "app/print/reporttext.h"

#include "app/history/historyformat.h"
#include "app/history/historytext.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

const QString separator = u" \u00b7 "_s;

struct WeekValue
{
    QDate weekStart;
    double value = 0;
};

/// The first and the last week that have a value.
std::optional<std::pair<WeekValue, WeekValue>> firstAndLast(
    const QList<WeekRow> &weeks, const std::function<std::optional<double>(const WeekRow &)> &of)
{
    std::optional<WeekValue> first;
    std::optional<WeekValue> last;
    for (const WeekRow &week : weeks) {
        if (const auto value = of(week)) {
            if (!first)
                first = WeekValue {week.weekStart, *value};
            last = WeekValue {week.weekStart, *value};
        }
    }
    if (!first)
        return std::nullopt;
    return std::pair {*first, *last};
}

std::optional<double> painOf(const WeekRow &week, bool before)
{
    return before ? week.painBefore : week.painAfter;
}

} // namespace

QString ReportText::coverage(const ReportContent &content)
{
    const int weeks = int(content.weeks.size());
    return dayRangeLabel(content.firstDay, content.lastDay, content.locale) + separator
        + tr("%n week(s)", nullptr, weeks) + separator + tr("recorded in Limber");
}

QString ReportText::madeOn(const ReportContent &content)
{
    const QLocale &locale = content.locale;
    return tr("Made on %1").arg(shortDateLabel(content.madeOn, locale));
}

QString ReportText::exercises(const ReportContent &content)
{
    if (content.exercises.isEmpty())
        return {};
    return tr("Exercises: %1").arg(content.exercises.join(u", "_s));
}

QString ReportText::sessionOutcomes(const SessionOutcomes &sessions)
{
    if (sessions.total == 0)
        return tr("No sessions in these weeks.");
    QStringList parts {tr("%n completed", nullptr, sessions.completed)};
    if (sessions.stopped > 0) {
        parts.append(sessions.stoppedForPain > 0
                ? tr("%n stopped (%1 for pain)", nullptr, sessions.stopped)
                      .arg(sessions.stoppedForPain)
                : tr("%n stopped", nullptr, sessions.stopped));
    }
    if (sessions.interrupted > 0)
        parts.append(tr("%n interrupted", nullptr, sessions.interrupted));
    return parts.join(u'\n');
}

QString ReportText::minutesHeld(const ReportContent &content)
{
    qint64 total = 0;
    for (const WeekRow &week : content.weeks)
        total += week.totalMs();
    return content.locale.toString((total + 30000) / 60000);
}

QString ReportText::minutesBySide(const ReportContent &content)
{
    qint64 left = 0;
    qint64 right = 0;
    qint64 unsided = 0;
    for (const WeekRow &week : content.weeks) {
        left += week.leftMs;
        right += week.rightMs;
        unsided += week.unsidedMs;
    }
    const QLocale &locale = content.locale;
    QStringList parts {tr("left %1").arg(formatMinutes(left, locale)),
        tr("right %1").arg(formatMinutes(right, locale))};
    if (unsided > 0)
        parts.append(tr("no side %1").arg(formatMinutes(unsided, locale)));
    return parts.join(separator);
}

QString ReportText::bestStreak(const Streaks &streaks)
{
    return tr("Best run: %n day(s)", nullptr, streaks.best);
}

QString ReportText::painChange(const ReportContent &content, bool before)
{
    const auto span = firstAndLast(
        content.weeks, [before](const WeekRow &week) { return painOf(week, before); });
    if (!span)
        return {};
    QString first = formatOneDecimal(span->first.value, content.locale);
    if (span->first.weekStart == span->second.weekStart)
        return first;
    return u"%1 \u2192 %2"_s.arg(first, formatOneDecimal(span->second.value, content.locale));
}

QString ReportText::painSummary(const ReportContent &content)
{
    QStringList sentences;
    for (const bool before : {true, false}) {
        const auto span = firstAndLast(
            content.weeks, [before](const WeekRow &week) { return painOf(week, before); });
        if (!span)
            continue;
        const QLocale &locale = content.locale;
        const QString firstValue = formatOneDecimal(span->first.value, locale);
        const QString firstWeek = dayInSentence(span->first.weekStart, locale);
        if (span->first.weekStart == span->second.weekStart) {
            sentences.append(before
                    ? tr("Before a session: %1 on average in the week of %2, the only week "
                         "with a score.")
                          .arg(firstValue, firstWeek)
                    : tr("After a session: %1 on average in the week of %2, the only week "
                         "with a score.")
                          .arg(firstValue, firstWeek));
            continue;
        }
        const QString lastValue = formatOneDecimal(span->second.value, locale);
        const QString lastWeek = dayInSentence(span->second.weekStart, locale);
        sentences.append(before
                ? tr("Before a session: %1 on average in the week of %2, %3 in the week of %4.")
                      .arg(firstValue, firstWeek, lastValue, lastWeek)
                : tr("After a session: %1 on average in the week of %2, %3 in the week of %4.")
                      .arg(firstValue, firstWeek, lastValue, lastWeek));
    }
    if (sentences.isEmpty())
        return tr("No pain scores were recorded in these weeks.");
    return sentences.join(u' ');
}

QString ReportText::reachSummary(const ReachProgress &reach, const ReportContent &content)
{
    std::optional<std::pair<QDate, int>> first;
    std::optional<std::pair<QDate, int>> last;
    int furthest = -1;
    for (qsizetype i = 0; i < reach.bestReach.size() && i < content.weeks.size(); ++i) {
        if (const auto level = reach.bestReach.at(i)) {
            const QDate week = content.weeks.at(i).weekStart;
            if (!first)
                first = std::pair {week, *level};
            last = std::pair {week, *level};
            furthest = std::max(furthest, *level);
        }
    }
    if (!first)
        return tr("No reach recorded in these weeks.");
    const QLocale &locale = content.locale;
    const auto name
        = [&reach](int level) { return HistoryText::levelName(level, reach.levelNames); };
    if (first->first == last->first) {
        return tr("\u201c%1\u201d in the week of %2.")
            .arg(name(first->second), dayInSentence(first->first, locale));
    }
    QString text = tr("From \u201c%1\u201d in the week of %2 to \u201c%3\u201d in the week of %4.")
                       .arg(name(first->second), dayInSentence(first->first, locale),
                           name(last->second), dayInSentence(last->first, locale));
    if (furthest > last->second)
        text += u' ' + tr("Furthest: \u201c%1\u201d.").arg(name(furthest));
    return text;
}

QString ReportText::balance(const ReportContent &content)
{
    return HistoryText::balanceSentence(content.balance);
}

QString ReportText::noteDate(const SessionNote &note, const ReportContent &content)
{
    return shortDayLabel(note.date, content.locale);
}

} // namespace limber

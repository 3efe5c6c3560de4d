#include "app/history/historycharts.h"

#include <functional>

namespace limber {

namespace {

constexpr double msPerMinute = 60000.0;

WeekChartData framed(const QList<WeekRow> &weeks, const QLocale &locale, ValueFormat format)
{
    WeekChartData data;
    data.locale = locale;
    data.format = format;
    for (const WeekRow &week : weeks)
        data.weeks.append(week.weekStart);
    return data;
}

ChartSeries seriesOf(const QList<WeekRow> &weeks, const QString &name, SeriesRole role,
    const std::function<std::optional<double>(const WeekRow &)> &value)
{
    ChartSeries series;
    series.name = name;
    series.role = role;
    for (const WeekRow &week : weeks)
        series.values.append(value(week));
    return series;
}

std::optional<double> minutes(qint64 ms)
{
    return static_cast<double>(ms) / msPerMinute;
}

} // namespace

WeekChartData HistoryCharts::holdMinutes(const QList<WeekRow> &weeks, const QLocale &locale)
{
    WeekChartData data = framed(weeks, locale, ValueFormat::Minutes);
    data.emptyText = tr("No holds in these weeks.");
    bool sided = false;
    bool unsided = false;
    for (const WeekRow &week : weeks) {
        sided = sided || week.leftMs > 0 || week.rightMs > 0;
        unsided = unsided || week.unsidedMs > 0;
    }
    if (sided || !unsided) {
        data.series.append(seriesOf(weeks, tr("Left"), SeriesRole::Left,
            [](const WeekRow &week) { return minutes(week.leftMs); }));
        data.series.append(seriesOf(weeks, tr("Right"), SeriesRole::Right,
            [](const WeekRow &week) { return minutes(week.rightMs); }));
    }
    if (unsided) {
        data.series.append(seriesOf(weeks, tr("No side"), SeriesRole::Unsided,
            [](const WeekRow &week) { return minutes(week.unsidedMs); }));
    }
    return data;
}

WeekChartData HistoryCharts::longestHold(
    const QList<WeekRow> &weeks, const QLocale &locale, const TargetLine &target)
{
    WeekChartData data = framed(weeks, locale, ValueFormat::Duration);
    data.emptyText = tr("No holds in these weeks.");
    // The target first, so the holds themselves are drawn over it.
    if (!target.isEmpty()) {
        data.series.append(
            seriesOf(weeks, tr("Target"), SeriesRole::Secondary, [&target](const WeekRow &week) {
                const std::optional<TargetStep> step = targetOn(target, week.weekStart.addDays(6));
                return step ? minutes(qint64 {step->holdSeconds} * 1000) : std::nullopt;
            }));
    }
    data.series.append(
        seriesOf(weeks, tr("Longest hold"), SeriesRole::Primary, [](const WeekRow &week) {
            return week.holdCount > 0 ? minutes(week.longestHoldMs) : std::nullopt;
        }));
    return data;
}

WeekChartData HistoryCharts::sessions(const QList<WeekRow> &weeks, const QLocale &locale)
{
    WeekChartData data = framed(weeks, locale, ValueFormat::Count);
    data.emptyText = tr("No sessions in these weeks.");
    data.series.append(seriesOf(weeks, tr("Sessions"), SeriesRole::Primary,
        [](const WeekRow &week) { return std::optional<double>(week.sessionCount); }));
    return data;
}

WeekChartData HistoryCharts::reach(
    const QList<WeekRow> &weeks, const QStringList &levelNames, const QLocale &locale)
{
    WeekChartData data = framed(weeks, locale, ValueFormat::Level);
    data.levelNames = levelNames;
    data.emptyText = tr("No reach recorded in these weeks.");
    data.series.append(seriesOf(weeks, tr("Furthest reach"), SeriesRole::Primary,
        [](const WeekRow &week) -> std::optional<double> {
            if (!week.bestReach)
                return std::nullopt;
            return *week.bestReach;
        }));
    return data;
}

WeekChartData HistoryCharts::pain(const QList<WeekRow> &weeks, const QLocale &locale)
{
    WeekChartData data = framed(weeks, locale, ValueFormat::Number);
    data.minimum = 0.0;
    data.maximum = 10.0;
    data.emptyText = tr("No pain recorded in these weeks.");
    data.series.append(seriesOf(weeks, tr("Before"), SeriesRole::Secondary,
        [](const WeekRow &week) { return week.painBefore; }));
    data.series.append(seriesOf(weeks, tr("After"), SeriesRole::Primary,
        [](const WeekRow &week) { return week.painAfter; }));
    return data;
}

} // namespace limber

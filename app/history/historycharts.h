#pragma once

#include "app/history/historysnapshot.h"
#include "app/history/targetline.h"
#include "app/history/weekchartdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace limber {

/// Turns the weeks of the history into the data of each chart, in the
/// units the charts show (minutes, reach steps, pain 0..10).
class HistoryCharts
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCharts)

public:
    /// Left, right and unsided minutes stacked; a series only when some
    /// week has it (left and right always when nothing has a side).
    static WeekChartData holdMinutes(const QList<WeekRow> &weeks, const QLocale &locale);
    /// The longest hold of each week, in minutes; none for weeks without
    /// holds. With a \a target, a dashed "Target" line: the hold target in
    /// force at the end of each week.
    static WeekChartData longestHold(
        const QList<WeekRow> &weeks, const QLocale &locale, const TargetLine &target = {});
    static WeekChartData sessions(const QList<WeekRow> &weeks, const QLocale &locale);
    /// The furthest reach of each week, on the ladder named by \a levelNames.
    static WeekChartData reach(
        const QList<WeekRow> &weeks, const QStringList &levelNames, const QLocale &locale);
    /// Average pain before and after, 0..10.
    static WeekChartData pain(const QList<WeekRow> &weeks, const QLocale &locale);
};

} // namespace limber

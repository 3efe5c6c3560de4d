#pragma once

#include "app/history/chartstyle.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

/// How the values of a week chart read on its value axis.
enum class ValueFormat {
    Number, ///< plain numbers, with as many decimals as the scale's step needs
    Count, ///< whole numbers (sessions)
    Duration, ///< values in minutes, shown as m:ss
    Minutes, ///< values in minutes, shown as minutes, or as seconds under a minute
    Level, ///< steps 0..n-1 named by WeekChartData::levelNames
};

/// One series over the weeks; a week without a value is left out (a gap
/// in a line, no bar segment).
struct ChartSeries
{
    QString name;
    SeriesRole role = SeriesRole::Primary;
    QList<std::optional<double>> values;
};

/// Everything a week chart shows, as plain values, so the same data paints
/// on screen and on paper.
struct WeekChartData
{
    /// The first day of each week shown, oldest first.
    QList<QDate> weeks;
    /// Bars stack these bottom to top; lines draw them in order.
    QList<ChartSeries> series;
    ValueFormat format = ValueFormat::Number;
    /// A fixed value range (e.g. pain 0..10); otherwise 0 to a round number
    /// above the largest value (or stack).
    std::optional<double> minimum;
    std::optional<double> maximum;
    /// For ValueFormat::Level: the name of each step, lowest first.
    QStringList levelNames;
    /// Drawn in the plot when no week has a value.
    QString emptyText;
    bool showLegend = true;
    QLocale locale;
};

} // namespace limber

#pragma once

#include "app/history/weekchartdata.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

/// The value axis of a week chart: round steps whose labels all differ.
/// Steps are 1, 2 or 5 times a power of ten; counts use whole steps; times
/// (in minutes) use whole seconds (1, 2, 5, 10, 15, 30) under a minute and
/// whole minutes (1, 2, 5, 10, 15, 30, then hours) above.
struct ValueScale
{
    double low = 0;
    double high = 1;
    double step = 1;
    QList<double> ticks;
    QStringList labels;

    /// From \a low up to at least \a largest (or exactly to \a fixedHigh) in
    /// about \a wanted steps (at least one).
    static ValueScale choose(double low, double largest, std::optional<double> fixedHigh,
        int wanted, ValueFormat format, const QLocale &locale);

    /// A round step of at least \a raw for \a format.
    static double roundStep(double raw, ValueFormat format);
    /// \a value as written beside its gridline on a scale of \a step.
    static QString label(double value, double step, ValueFormat format, const QLocale &locale);
};

} // namespace limber

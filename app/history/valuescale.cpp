#include "app/history/valuescale.h"

#include "app/history/historyformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double secondsPerMinute = 60.0;

// The smallest of 1, 2, 5 times a power of ten that is at least `raw`.
double oneTwoFive(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    // A hair of tolerance, so 0.2 (stored as 0.2000…01) stays 0.2.
    const double factor = fraction <= 1.0 + 1e-9 ? 1.0
        : fraction <= 2.0 + 1e-9                 ? 2.0
        : fraction <= 5.0 + 1e-9                 ? 5.0
                                                 : 10.0;
    return factor * power;
}

// Steps a clock reader finds natural, in seconds or in minutes.
double clockStep(double raw)
{
    for (const double step : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        if (raw <= step + 1e-9)
            return step;
    }
    return 0;
}

bool isTime(ValueFormat format)
{
    return format == ValueFormat::Duration || format == ValueFormat::Minutes;
}

} // namespace

double ValueScale::roundStep(double raw, ValueFormat format)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    if (isTime(format)) {
        const double seconds = raw * secondsPerMinute;
        if (seconds <= 30.0 + 1e-9)
            return clockStep(std::max(seconds, 1.0)) / secondsPerMinute;
        if (raw <= 30.0 + 1e-9)
            return clockStep(raw);
        return oneTwoFive(raw / secondsPerMinute) * secondsPerMinute;
    }
    const double step = oneTwoFive(raw);
    return format == ValueFormat::Count ? std::max(1.0, step) : step;
}

QString ValueScale::label(double value, double step, ValueFormat format, const QLocale &locale)
{
    switch (format) {
    case ValueFormat::Duration:
        return formatDuration(std::llround(value * secondsPerMinute * 1000.0), locale);
    case ValueFormat::Minutes:
        if (step < 1.0 - 1e-9) {
            const qint64 seconds = std::llround(value * secondsPerMinute);
            return seconds == 0
                ? locale.toString(0)
                : QCoreApplication::translate("ValueScale", "%1 s").arg(locale.toString(seconds));
        }
        return locale.toString(std::llround(value));
    case ValueFormat::Count:
        return locale.toString(std::llround(value));
    case ValueFormat::Number:
    case ValueFormat::Level:
        break;
    }
    // As many decimals as the step has: 0.05 needs two, 0.5 one, 2 none.
    const int decimals
        = step >= 1.0 ? 0 : std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
    return locale.toString(value, 'f', decimals);
}

ValueScale ValueScale::choose(double low, double largest, std::optional<double> fixedHigh,
    int wanted, ValueFormat format, const QLocale &locale)
{
    ValueScale scale;
    scale.low = low;
    const int steps = std::max(1, wanted);
    double high = fixedHigh.value_or(std::max(largest, low));
    if (!(high > low))
        high = low + (isTime(format) ? 1.0 / secondsPerMinute : 1.0);
    scale.step = roundStep((high - low) / steps, format);
    if (!fixedHigh)
        high = low + std::max(1.0, std::ceil((high - low) / scale.step - 1e-9)) * scale.step;
    scale.high = high;
    // Counted, not summed, so no rounding error creeps in over the ticks.
    for (int i = 0;; ++i) {
        const double tick = low + scale.step * i;
        if (tick > high + scale.step * 1e-6)
            break;
        scale.ticks.append(tick);
        scale.labels.append(label(tick, scale.step, format, locale));
    }
    return scale;
}

} // namespace limber

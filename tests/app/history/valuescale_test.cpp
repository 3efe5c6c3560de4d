// The value axis: for every range, its labels differ and rise, its steps
// are round (1-2-5, whole seconds or minutes for times) and it covers the
// largest value. The labels are read back with a parser of their own.
#include "app/history/valuescale.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

// A label read back as a value in the chart's unit (minutes for times).
std::optional<double> parse(const QString &label, ValueFormat format)
{
    bool ok = false;
    if (format == ValueFormat::Duration) {
        const QStringList parts = label.split(u':');
        // m:ss or h:mm:ss, read as seconds.
        double seconds = 0;
        for (const QString &part : parts) {
            seconds = seconds * 60 + part.toDouble(&ok);
            if (!ok)
                return std::nullopt;
        }
        return seconds / 60.0;
    }
    if (format == ValueFormat::Minutes && label.endsWith(u" s"_s)) {
        const double seconds = label.chopped(2).toDouble(&ok);
        return ok ? std::optional<double>(seconds / 60.0) : std::nullopt;
    }
    const double value = label.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool isOneTwoFive(double step)
{
    const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double mantissa = step / power;
    return std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6
        || std::abs(mantissa - 5) < 1e-6;
}

bool isClockStep(double minutes)
{
    const std::set<int> natural {1, 2, 5, 10, 15, 30};
    const double seconds = minutes * 60;
    if (std::abs(seconds - std::round(seconds)) > 1e-6)
        return false;
    const auto whole = static_cast<int>(std::llround(seconds));
    if (whole < 60)
        return natural.count(whole) == 1;
    if (whole % 60 == 0 && whole / 60 <= 30)
        return natural.count(whole / 60) == 1;
    return whole % 3600 == 0 && isOneTwoFive(whole / 3600.0);
}

TEST(ValueScale, LabelsDifferAndRiseForEveryRange)
{
    const QLocale c = QLocale::c();
    for (const ValueFormat format :
        {ValueFormat::Number, ValueFormat::Count, ValueFormat::Duration, ValueFormat::Minutes}) {
        for (double largest = 0.001; largest < 5000; largest *= 1.37) {
            for (int wanted = 1; wanted <= 5; ++wanted) {
                const ValueScale scale
                    = ValueScale::choose(0, largest, std::nullopt, wanted, format, c);
                SCOPED_TRACE(::testing::Message()
                    << "format " << static_cast<int>(format) << " largest " << largest << " wanted "
                    << wanted << " labels " << scale.labels.join(u" | "_s).toStdString());
                ASSERT_GE(scale.ticks.size(), 2);
                ASSERT_EQ(scale.ticks.size(), scale.labels.size());
                EXPECT_GE(scale.ticks.constLast(), largest - 1e-9);
                EXPECT_LE(scale.ticks.size(), wanted * 3 + 1) << "about the steps asked for";
                const std::set<QString> distinct(scale.labels.cbegin(), scale.labels.cend());
                EXPECT_EQ(distinct.size(), static_cast<size_t>(scale.labels.size()));
                std::optional<double> previous;
                for (qsizetype i = 0; i < scale.labels.size(); ++i) {
                    const std::optional<double> value = parse(scale.labels.at(i), format);
                    ASSERT_TRUE(value) << scale.labels.at(i).toStdString();
                    EXPECT_NEAR(*value, scale.ticks.at(i), scale.step * 0.01);
                    if (previous) {
                        EXPECT_GT(*value, *previous);
                    }
                    previous = value;
                }
                const bool time = format == ValueFormat::Duration || format == ValueFormat::Minutes;
                EXPECT_TRUE(time ? isClockStep(scale.step) : isOneTwoFive(scale.step))
                    << scale.step;
                EXPECT_TRUE(format != ValueFormat::Count || scale.step >= 1.0) << scale.step;
            }
        }
    }
}

TEST(ValueScale, ShortHoldsReadInWholeSeconds)
{
    // One hold of 9 s: a minutes axis in seconds, never 0.1, 0.1, 0.2, 0.2.
    const ValueScale scale
        = ValueScale::choose(0, 9.0 / 60.0, std::nullopt, 4, ValueFormat::Minutes, QLocale::c());
    for (qsizetype i = 1; i < scale.labels.size(); ++i)
        EXPECT_TRUE(scale.labels.at(i).endsWith(u" s"_s)) << scale.labels.at(i).toStdString();
    EXPECT_GE(scale.ticks.constLast() * 60.0, 9.0 - 1e-9);
}

TEST(ValueScale, AFixedRangeKeepsItsEnds)
{
    const ValueScale pain = ValueScale::choose(0, 3, 10.0, 5, ValueFormat::Number, QLocale::c());
    EXPECT_DOUBLE_EQ(pain.ticks.constFirst(), 0.0);
    EXPECT_DOUBLE_EQ(pain.ticks.constLast(), 10.0);
    EXPECT_EQ(pain.labels.constLast(), u"10"_s);
}

} // namespace
} // namespace limber

// The target line of the History page: the target in force at the end of
// each week, drawn under the longest hold, and the sentence under the chart.
#include "app/history/historycharts.h"
#include "app/history/historytext.h"
#include "app/history/targetline.h"
#include "app/i18n.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class TargetLineTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    // The plan (60 s) since always, 75 s from Wednesday 11 Nov, 90 s from Monday 23 Nov.
    const TargetLine line {
        {QDate(), 60, 2}, {QDate(2026, 11, 11), 75, 2}, {QDate(2026, 11, 23), 90, 2}};
};

TEST_F(TargetLineTest, TheStepInForceOnADay)
{
    EXPECT_EQ(targetOn(line, QDate(2020, 1, 1))->holdSeconds, 60);
    EXPECT_EQ(targetOn(line, QDate(2026, 11, 10))->holdSeconds, 60);
    EXPECT_EQ(targetOn(line, QDate(2026, 11, 11))->holdSeconds, 75);
    EXPECT_EQ(targetOn(line, QDate(2026, 12, 31))->holdSeconds, 90);
    EXPECT_FALSE(targetOn({{QDate(2026, 11, 11), 75, 2}}, QDate(2026, 11, 10)).has_value())
        << "nothing before a first step that has a date";
    EXPECT_FALSE(targetOn({}, QDate(2026, 11, 10)).has_value());
}

TEST_F(TargetLineTest, TheChartShowsTheTargetAtTheEndOfEachWeekUnderTheHolds)
{
    QList<WeekRow> weeks;
    for (const QDate monday :
        {QDate(2026, 11, 2), QDate(2026, 11, 9), QDate(2026, 11, 16), QDate(2026, 11, 23)}) {
        WeekRow week;
        week.weekStart = monday;
        week.holdCount = 4;
        week.longestHoldMs = 80000;
        weeks.append(week);
    }
    const WeekChartData data = HistoryCharts::longestHold(weeks, QLocale(QLocale::English), line);
    ASSERT_EQ(data.series.size(), 2);
    EXPECT_EQ(data.series.at(0).name, u"Target"_s);
    EXPECT_EQ(data.series.at(0).role, SeriesRole::Secondary);
    EXPECT_EQ(data.series.at(1).role, SeriesRole::Primary) << "the holds are drawn last, on top";
    const QList<std::optional<double>> expected {1.0, 1.25, 1.25, 1.5};
    EXPECT_EQ(data.series.at(0).values, expected) << "a change mid-week counts from that week";

    const WeekChartData without = HistoryCharts::longestHold(weeks, QLocale(QLocale::English));
    ASSERT_EQ(without.series.size(), 1);
    EXPECT_EQ(without.series.at(0).role, SeriesRole::Primary);
}

TEST_F(TargetLineTest, TheSentenceSaysTheTargetAndWhenItChanged)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(HistoryText::targetNote(line, QDate(2026, 12, 3), english),
        u"Target: 1:30 a hold since 23 Nov (1:15 before)."_s);
    EXPECT_EQ(HistoryText::targetNote(line, QDate(2027, 1, 3), english),
        u"Target: 1:30 a hold since 23 Nov 2026 (1:15 before)."_s);
    EXPECT_EQ(HistoryText::targetNote({{QDate(), 60, 2}}, QDate(2026, 12, 3), english),
        u"Target: 1:00 a hold."_s);
    EXPECT_TRUE(HistoryText::targetNote({}, QDate(2026, 12, 3), english).isEmpty());
}

} // namespace
} // namespace limber

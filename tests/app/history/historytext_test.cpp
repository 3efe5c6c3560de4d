// The sentences and number formats of the history page.
#include "app/history/historyformat.h"
#include "app/history/historytext.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

TEST(HistoryText, BalanceSentenceNamesTheLaggingSideAndHowFarBehind)
{
    EXPECT_EQ(HistoryText::balanceSentence(balanceOf(100000, 73000)),
        u"Your right side had 27 % less hold time than your left over the last four weeks."_s);
    EXPECT_EQ(HistoryText::balanceSentence(balanceOf(50000, 100000)),
        u"Your left side had 50 % less hold time than your right over the last four weeks."_s);
    EXPECT_EQ(HistoryText::balanceSentence(balanceOf(100000, 80000)),
        u"Your left and right sides are within 20 % of each other over the last four weeks."_s);
    EXPECT_EQ(HistoryText::balanceSentence(balanceOf(0, 0)),
        u"No left or right holds in the last four weeks."_s);
}

TEST(HistoryText, BalanceWaitsForEnoughToCompare)
{
    // One 9 s hold on the left: no percentage, no side named as lagging.
    const QString early = HistoryText::balanceSentence(balanceOf(9000, 0, 1));
    EXPECT_FALSE(early.contains(u'%')) << early.toStdString();
    EXPECT_FALSE(early.contains(u"less"_s)) << early.toStdString();
    // Two sessions of one side only: said plainly, not as "100 % less".
    EXPECT_EQ(HistoryText::balanceSentence(balanceOf(120000, 0, 2)),
        u"Only your left side has holds in the last four weeks."_s);
    EXPECT_EQ(HistoryText::balanceSentence(balanceOf(0, 120000, 3)),
        u"Only your right side has holds in the last four weeks."_s);
}

TEST(HistoryFormat, HeldTimeUsesOneRuleForTotalsAndParts)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(formatHeldTime(9000, c), u"9 s"_s);
    EXPECT_EQ(formatHeldTime(400, c), u"1 s"_s) << "held is never shown as nothing";
    EXPECT_EQ(formatHeldTime(59400, c), u"59 s"_s);
    EXPECT_EQ(formatHeldTime(59600, c), u"1 min"_s);
    EXPECT_EQ(formatHeldTime(90000, c), u"1.5 min"_s);
    EXPECT_EQ(formatHeldTime(0, c), u"0 min"_s);
    EXPECT_EQ(formatMinutes(2000, c), u"< 0.1"_s);
    // Any amount under a minute is in seconds, every one above in minutes,
    // and nothing held shows as 0 unless nothing was held.
    for (qint64 ms = 0; ms < 200000; ms += 700) {
        const HeldAmount amount = heldAmount(ms, c);
        EXPECT_EQ(amount.inSeconds, ms > 0 && ms < 59500) << ms;
        EXPECT_EQ(amount.number == u"0"_s, ms == 0) << ms;
    }
}

TEST(HistoryFormat, DayNamesSayTodayAndYesterday)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QDate today {2026, 12, 3};
    EXPECT_EQ(dayName(today, today, uk), u"Today"_s);
    EXPECT_EQ(dayName(today.addDays(-1), today, uk), u"Yesterday"_s);
    EXPECT_EQ(dayName({2026, 11, 30}, today, uk), u"Mon 30 Nov"_s);
    EXPECT_EQ(dayName({2025, 12, 24}, today, uk), u"Wed 24 Dec 2025"_s);
}

TEST(HistoryText, WeekSentencesCarryTheNumbers)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    WeekRow week;
    week.weekStart = {2026, 3, 9};
    week.leftMs = 150000;
    week.rightMs = 90000;
    week.holdCount = 2;
    week.longestHoldMs = 150000;
    week.sessionCount = 1;
    week.bestReach = 3;
    week.painBefore = 3;
    week.painAfter = 2;
    EXPECT_EQ(HistoryText::holdMinutes(week, uk),
        u"9 Mar – 15 Mar 2026: 4 min held; left 2.5 min, right 1.5 min, no side 0 min."_s);
    EXPECT_EQ(HistoryText::longestHold(week, uk), u"9 Mar – 15 Mar 2026: longest hold 2:30."_s);
    EXPECT_EQ(HistoryText::reach(week, {}, uk), u"9 Mar – 15 Mar 2026: furthest reach: Level 4."_s);
    EXPECT_EQ(
        HistoryText::pain(week, uk), u"9 Mar – 15 Mar 2026: pain before 3, after 2 (0 to 10)."_s);
    WeekRow empty;
    empty.weekStart = {2025, 12, 29};
    EXPECT_EQ(HistoryText::holdMinutes(empty, uk), u"29 Dec 2025 – 4 Jan 2026: no holds."_s);
}

TEST(HistoryFormat, DurationsMinutesAndDays)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(formatDuration(0, c), u"0:00"_s);
    EXPECT_EQ(formatDuration(65000, c), u"1:05"_s);
    EXPECT_EQ(formatDuration(119600, c), u"2:00"_s);
    EXPECT_EQ(formatDuration(3750000, c), u"1:02:30"_s);
    EXPECT_EQ(formatMinutes(90000, c), u"1.5"_s);
    EXPECT_EQ(formatMinutes(180000, c), u"3"_s);
    EXPECT_EQ(formatMinutes(100000, c), u"1.7"_s);
    EXPECT_EQ(formatOneDecimal(5.55, QLocale(QLocale::German, QLocale::Germany)), u"5,6"_s);
    EXPECT_EQ(
        shortDayLabel({2026, 1, 5}, QLocale(QLocale::English, QLocale::UnitedStates)), u"Jan 5"_s);
    EXPECT_EQ(
        shortDayLabel({2026, 1, 5}, QLocale(QLocale::English, QLocale::UnitedKingdom)), u"5 Jan"_s);
}

TEST(HistoryFormat, DaysAreWrittenAsEachLocaleWritesThem)
{
    const QDate day(2026, 11, 30);
    const auto inLocale = [](const char *name) { return QLocale(QString::fromLatin1(name)); };
    EXPECT_EQ(shortDayLabel(day, inLocale("de_DE")), u"30. Nov."_s);
    EXPECT_EQ(shortDateLabel(day, inLocale("de_DE")), u"30. Nov. 2026"_s);
    EXPECT_EQ(dayInSentence(day, inLocale("de_DE")), u"30. November"_s);
    EXPECT_EQ(shortDateLabel(day, inLocale("en_US")), u"Nov 30, 2026"_s);
    EXPECT_EQ(dayInSentence(day, inLocale("en_US")), u"November 30"_s);
    EXPECT_EQ(shortDateLabel(day, inLocale("en_GB")), u"30 Nov 2026"_s);
    EXPECT_EQ(dayInSentence(day, inLocale("es_ES")), u"30 de noviembre"_s);
    EXPECT_EQ(shortDayLabel(day, inLocale("fr_FR")), u"30 nov."_s);
    EXPECT_EQ(dayInSentence(day, inLocale("nl_NL")), u"30 november"_s);
    // Year first, and words around the year.
    EXPECT_EQ(shortDayLabel(day, inLocale("ja_JP")), u"11月30日"_s);
    EXPECT_EQ(shortDayLabel(day, inLocale("hu_HU")), u"nov. 30."_s);
    EXPECT_EQ(dayMonthPattern(inLocale("ru_RU"), MonthName::Full, false), u"d MMMM"_s);
    EXPECT_EQ(dayMonthPattern(inLocale("lt_LT"), MonthName::Full, false), u"MMMM d 'd'."_s);
}

TEST(HistoryFormat, RelativeDaysAsAPersonSaysThem)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QDate today {2026, 12, 3};
    EXPECT_EQ(relativeDayLabel(today, today, uk), u"today"_s);
    EXPECT_EQ(relativeDayLabel({2026, 12, 2}, today, uk), u"yesterday"_s);
    EXPECT_EQ(relativeDayLabel({2026, 11, 30}, today, uk), u"3 days ago"_s);
    EXPECT_EQ(relativeDayLabel({2026, 11, 27}, today, uk), u"6 days ago"_s);
    EXPECT_EQ(relativeDayLabel({2026, 11, 26}, today, uk), u"on 26 Nov"_s);
    EXPECT_EQ(relativeDayLabel({2025, 12, 24}, today, uk), u"on 24/12/2025"_s);
}

} // namespace
} // namespace limber

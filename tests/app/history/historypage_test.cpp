// The History page over a seeded history file: every number it shows (the
// table, the charts' data, the streaks, the calendar, the side balance)
// equals what HistoryQueries returns and what the plan gives by hand; week
// navigation, the exercise filter, the locale's first day of the week, and
// the first-use state.
#include "app/history/calendarview.h"
#include "app/history/historychartspanel.h"
#include "app/history/historypage.h"
#include "app/history/historytablemodel.h"
#include "app/history/weekchartview.h"
#include "core/history/historyqueries.h"
#include "tests/app/history/seededhistory.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {
namespace {

QVariant cell(const HistoryTableModel &model, int row, int column)
{
    return model.data(model.index(row, column), HistoryTableModel::ValueRole);
}

double inMinutes(qint64 ms)
{
    return static_cast<double>(ms) / 60000.0;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

class HistoryPageTest : public SeededHistory
{
protected:
    void SetUp() override
    {
        SeededHistory::SetUp();
        ASSERT_TRUE(store);
    }

    // A page with Monday-first weeks and eight of them.
    std::unique_ptr<HistoryPage> openPage(
        const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedKingdom))
    {
        auto page = std::make_unique<HistoryPage>(*store);
        page->setLocale(locale);
        page->setWeekCount(8);
        page->resize(1100, 800);
        page->show();
        return page;
    }

    template<typename T> T *find(const HistoryPage &page, const QString &name)
    {
        auto *child = page.findChild<T *>(name);
        EXPECT_NE(child, nullptr) << name.toStdString();
        return child;
    }

    // Checks every row of the table against the queries and the hand-worked numbers.
    void expectTableMatches(const HistoryPage &page, const QList<ExpectedWeek> &expected,
        const HistoryFilter &filter = {})
    {
        const HistoryTableModel &model = *page.tableModel();
        const HistoryQueries queries(*store);
        const auto summary = queries.weeklySummary(page.window(), filter);
        const auto totals = queries.weeklyTotals(page.window(), filter);
        ASSERT_TRUE(summary.ok() && totals.ok());
        ASSERT_EQ(model.rowCount(), expected.size());
        ASSERT_EQ(summary->size(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            SCOPED_TRACE(expected[row].weekStart.toString(Qt::ISODate).toStdString());
            const ExpectedWeek &want = expected[row];
            const WeekSummary &week = summary->at(row);
            qint64 sided[3] = {0, 0, 0};
            for (const ExerciseWeekTotal &total : *totals) {
                if (total.weekStart == week.weekStart)
                    sided[static_cast<int>(total.side)] += total.heldMs;
            }
            EXPECT_EQ(cell(model, row, HistoryTableModel::WeekColumn).toDate(), want.weekStart);
            EXPECT_EQ(week.weekStart, want.weekStart);
            EXPECT_EQ(cell(model, row, HistoryTableModel::LeftColumn).toLongLong(), want.leftMs);
            EXPECT_EQ(sided[static_cast<int>(Side::Left)], want.leftMs);
            EXPECT_EQ(cell(model, row, HistoryTableModel::RightColumn).toLongLong(), want.rightMs);
            EXPECT_EQ(sided[static_cast<int>(Side::Right)], want.rightMs);
            EXPECT_EQ(
                cell(model, row, HistoryTableModel::UnsidedColumn).toLongLong(), want.unsidedMs);
            EXPECT_EQ(sided[static_cast<int>(Side::None)], want.unsidedMs);
            EXPECT_EQ(cell(model, row, HistoryTableModel::HoldsColumn).toInt(), want.holds);
            EXPECT_EQ(week.holdCount, want.holds);
            EXPECT_EQ(
                cell(model, row, HistoryTableModel::LongestColumn).toLongLong(), want.longestMs);
            EXPECT_EQ(week.longestHoldMs, want.longestMs);
            EXPECT_EQ(cell(model, row, HistoryTableModel::SessionsColumn).toInt(), want.sessions);
            EXPECT_EQ(week.sessionCount, want.sessions);
            const QVariant reach = cell(model, row, HistoryTableModel::ReachColumn);
            EXPECT_EQ(
                reach.isValid() ? std::optional<int>(reach.toInt()) : std::nullopt, want.reach);
            EXPECT_EQ(week.bestReach, want.reach);
            EXPECT_EQ(optionalDouble(cell(model, row, HistoryTableModel::PainBeforeColumn)),
                want.painBefore);
            EXPECT_EQ(week.averagePainBefore, want.painBefore);
            EXPECT_EQ(optionalDouble(cell(model, row, HistoryTableModel::PainAfterColumn)),
                want.painAfter);
            EXPECT_EQ(week.averagePainAfter, want.painAfter);
        }
    }
};

TEST_F(HistoryPageTest, TableShowsTheWeeksAsQueriedAndAsWorkedOutByHand)
{
    seed();
    auto page = openPage();
    EXPECT_FALSE(page->isShowingFirstUse());
    EXPECT_EQ(page->today(), seededToday);
    EXPECT_EQ(page->window().firstDay(), QDate(2026, 1, 26));
    expectTableMatches(*page, expectedWeeks());

    // What the cells say, for the week of 9 March.
    const HistoryTableModel &model = *page->tableModel();
    const auto shown = [&model](int column) { return model.index(6, column).data().toString(); };
    EXPECT_EQ(shown(HistoryTableModel::LeftColumn), u"2.5"_s);
    EXPECT_EQ(shown(HistoryTableModel::RightColumn), u"1.5"_s);
    EXPECT_EQ(shown(HistoryTableModel::LongestColumn), u"2:30"_s);
    EXPECT_EQ(shown(HistoryTableModel::ReachColumn), u"Level 4"_s);
    EXPECT_EQ(model.index(4, HistoryTableModel::LongestColumn).data().toString(), u"–"_s);
}

TEST_F(HistoryPageTest, ChartsShowTheSameNumbers)
{
    seed();
    auto page = openPage();
    HistoryChartsPanel &charts = *page->chartsPanel();
    const QList<ExpectedWeek> expected = expectedWeeks();

    const WeekChartData &minutes = charts.holdMinutesChart()->data();
    ASSERT_EQ(minutes.series.size(), 3);
    EXPECT_EQ(minutes.series[0].role, SeriesRole::Left);
    EXPECT_EQ(minutes.series[1].role, SeriesRole::Right);
    EXPECT_EQ(minutes.series[2].role, SeriesRole::Unsided);
    const WeekChartData &longest = charts.longestHoldChart()->data();
    const WeekChartData &sessions = charts.sessionsChart()->data();
    const WeekChartData &reach = charts.reachChart()->data();
    const WeekChartData &pain = charts.painChart()->data();
    ASSERT_EQ(pain.series.size(), 2);
    for (int week = 0; week < expected.size(); ++week) {
        const ExpectedWeek &want = expected[week];
        SCOPED_TRACE(want.weekStart.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(minutes.weeks[week], want.weekStart);
        EXPECT_DOUBLE_EQ(minutes.series[0].values[week].value_or(-1), inMinutes(want.leftMs));
        EXPECT_DOUBLE_EQ(minutes.series[1].values[week].value_or(-1), inMinutes(want.rightMs));
        EXPECT_DOUBLE_EQ(minutes.series[2].values[week].value_or(-1), inMinutes(want.unsidedMs));
        if (want.holds > 0)
            EXPECT_DOUBLE_EQ(
                longest.series[0].values[week].value_or(-1), inMinutes(want.longestMs));
        else
            EXPECT_FALSE(longest.series[0].values[week].has_value());
        EXPECT_EQ(sessions.series[0].values[week], std::optional<double>(want.sessions));
        EXPECT_EQ(reach.series[0].values[week],
            want.reach ? std::optional<double>(*want.reach) : std::nullopt);
        EXPECT_EQ(pain.series[0].values[week], want.painBefore);
        EXPECT_EQ(pain.series[1].values[week], want.painAfter);
    }
    EXPECT_EQ(
        reach.levelNames, (QStringList {u"Level 1"_s, u"Level 2"_s, u"Level 3"_s, u"Level 4"_s}));
}

TEST_F(HistoryPageTest, StreaksCalendarAndBalanceMatchTheQueries)
{
    seed();
    auto page = openPage();
    const HistoryQueries queries(*store);

    // Hand: 10-13 Feb is the best run (4); 16-18 Mar runs up to today (3).
    const auto streaks = queries.streaks(seededToday);
    ASSERT_TRUE(streaks.ok());
    EXPECT_EQ(*streaks, (Streaks {3, 4}));
    EXPECT_EQ(find<QLabel>(*page, u"currentStreakValue"_s)->text(), u"3"_s);
    EXPECT_EQ(find<QLabel>(*page, u"bestStreakValue"_s)->text(), u"4"_s);

    auto *calendar = find<CalendarView>(*page, u"practiseCalendar"_s);
    const QList<QDate> march {
        {2026, 3, 2}, {2026, 3, 3}, {2026, 3, 11}, {2026, 3, 16}, {2026, 3, 17}, {2026, 3, 18}};
    EXPECT_EQ(*queries.practisedDays(2026, 3), march);
    EXPECT_EQ(calendar->month().practisedDays, march);
    EXPECT_EQ(calendar->month().month, 3);
    EXPECT_FALSE(find<QWidget>(*page, u"nextMonthButton"_s)->isEnabled());
    page->showPreviousMonth();
    const QList<QDate> february {
        {2026, 2, 10}, {2026, 2, 11}, {2026, 2, 12}, {2026, 2, 13}, {2026, 2, 22}};
    EXPECT_EQ(*queries.practisedDays(2026, 2), february);
    EXPECT_EQ(calendar->month().practisedDays, february);
    EXPECT_TRUE(find<QWidget>(*page, u"nextMonthButton"_s)->isEnabled());
    page->showNextMonth();
    EXPECT_EQ(calendar->month().month, 3);

    // Hand, 19 Feb to 18 Mar: left 120+100+150+80+70+60 = 580 s,
    // right 60+100+90+50+40+30 = 370 s; 1 - 370/580 = 36 %.
    const auto balance = queries.sideBalance(seededToday);
    ASSERT_TRUE(balance.ok());
    EXPECT_EQ(balance->leftMs, 580000);
    EXPECT_EQ(balance->rightMs, 370000);
    auto *view = find<BalanceView>(*page, u"balanceView"_s);
    EXPECT_EQ(view->balance().leftMs, balance->leftMs);
    EXPECT_EQ(view->balance().rightMs, balance->rightMs);
    EXPECT_EQ(view->balance().lagging, Side::Right);
    auto *sentence = find<QLabel>(*page, u"balanceSentence"_s);
    EXPECT_EQ(sentence->text(),
        u"Your right side had 36\u00a0% less hold time than your left over the last four weeks."_s);
    EXPECT_TRUE(sentence->font().bold());
}

TEST_F(HistoryPageTest, WeekNavigationMovesTheWindowByOneWeek)
{
    seed();
    auto page = openPage();
    auto *next = find<QPushButton>(*page, u"nextWeekButton"_s);
    auto *previous = find<QPushButton>(*page, u"previousWeekButton"_s);
    EXPECT_FALSE(next->isEnabled());
    // Hand: 210 + 120 s this week.
    EXPECT_EQ(find<QLabel>(*page, u"latestWeekHeading"_s)->text(), u"This week"_s);
    EXPECT_EQ(find<QLabel>(*page, u"latestWeekMinutes"_s)->text(), u"5.5"_s);

    previous->click();
    EXPECT_EQ(page->window().firstDay(), QDate(2026, 1, 19));
    EXPECT_EQ(find<QLabel>(*page, u"latestWeekHeading"_s)->text(), u"Week of 9 Mar"_s);
    EXPECT_EQ(find<QLabel>(*page, u"latestWeekMinutes"_s)->text(), u"4"_s);
    EXPECT_TRUE(next->isEnabled());
    QList<ExpectedWeek> shifted = expectedWeeks();
    shifted.removeLast();
    shifted.prepend({{2026, 1, 19}, 0, 0, 0, 0, 0, 0, {}, {}, {}});
    expectTableMatches(*page, shifted);
    EXPECT_EQ(
        page->chartsPanel()->holdMinutesChart()->data().weeks.constFirst(), QDate(2026, 1, 19));

    next->click();
    EXPECT_EQ(page->window().firstDay(), QDate(2026, 1, 26));
    EXPECT_FALSE(next->isEnabled());
    expectTableMatches(*page, expectedWeeks());

    page->showPreviousWeek();
    page->showPreviousWeek();
    find<QPushButton>(*page, u"thisWeekButton"_s)->click();
    EXPECT_EQ(page->window().firstDay(), QDate(2026, 1, 26));

    page->setWeekCount(12);
    EXPECT_EQ(page->tableModel()->rowCount(), 12);
    EXPECT_EQ(page->window().firstDay(), QDate(2025, 12, 29));
}

TEST_F(HistoryPageTest, TheExerciseFilterChangesTheNumbers)
{
    seed();
    auto page = openPage();
    EXPECT_EQ(page->snapshot().exerciseIds, (QStringList {breathing, legCross}));
    page->setExerciseFilter(breathing);

    // Hand: only the breathing holds, and the sessions that included them.
    QList<ExpectedWeek> expected = expectedWeeks();
    for (ExpectedWeek &week : expected)
        week = {week.weekStart, 0, 0, 0, 0, 0, 0, {}, {}, {}};
    expected[2] = {{2026, 2, 9}, 0, 0, 30000, 1, 30000, 1, {}, {}, {}};
    expected[3] = {{2026, 2, 16}, 0, 0, 30000, 1, 30000, 1, {}, 4.0, 2.0};
    expected[5] = {{2026, 3, 2}, 0, 0, 40000, 1, 40000, 1, {}, {}, {}};
    expectTableMatches(*page, expected, {breathing});

    const WeekChartData &minutes = page->chartsPanel()->holdMinutesChart()->data();
    ASSERT_EQ(minutes.series.size(), 1);
    EXPECT_EQ(minutes.series[0].role, SeriesRole::Unsided);
    EXPECT_EQ(find<QLabel>(*page, u"currentStreakValue"_s)->text(), u"0"_s);
    EXPECT_EQ(find<QLabel>(*page, u"bestStreakValue"_s)->text(), u"1"_s);
    EXPECT_EQ(find<QLabel>(*page, u"balanceSentence"_s)->text(),
        u"No left or right holds in the last four weeks."_s);
    EXPECT_EQ(find<CalendarView>(*page, u"practiseCalendar"_s)->month().practisedDays,
        (QList<QDate> {{2026, 3, 3}}));

    page->setExerciseFilter(legCross);
    expected = expectedWeeks();
    expected[2] = {{2026, 2, 9}, 180000, 135000, 0, 5, 90000, 3, 1, 5.5, 4.0};
    expected[3] = {{2026, 2, 16}, 120000, 60000, 0, 2, 120000, 1, 2, 4.0, 2.0};
    expected[5] = {{2026, 3, 2}, 100000, 100000, 0, 2, 100000, 1, 2, 3.0, 1.0};
    expectTableMatches(*page, expected, {legCross});

    page->setExerciseFilter(QString());
    expectTableMatches(*page, expectedWeeks());
}

TEST_F(HistoryPageTest, TheLocaleDecidesTheFirstDayOfTheWeek)
{
    seed();
    auto page = openPage(QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_EQ(QLocale(QLocale::English, QLocale::UnitedStates).firstDayOfWeek(), Qt::Sunday);
    EXPECT_EQ(page->window().firstDay(), QDate(2026, 1, 25));
    const HistoryTableModel &model = *page->tableModel();
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(cell(model, row, HistoryTableModel::WeekColumn).toDate().dayOfWeek(), Qt::Sunday);
    // Sunday 22 Feb starts a week of its own instead of ending the week of 16 Feb.
    EXPECT_EQ(cell(model, 3, HistoryTableModel::WeekColumn).toDate(), QDate(2026, 2, 15));
    EXPECT_EQ(cell(model, 3, HistoryTableModel::HoldsColumn).toInt(), 0);
    EXPECT_EQ(cell(model, 4, HistoryTableModel::WeekColumn).toDate(), QDate(2026, 2, 22));
    EXPECT_EQ(cell(model, 4, HistoryTableModel::LeftColumn).toLongLong(), 120000);
    EXPECT_EQ(cell(model, 4, HistoryTableModel::SessionsColumn).toInt(), 1);
    EXPECT_EQ(find<CalendarView>(*page, u"practiseCalendar"_s)->month().firstDayOfWeek, Qt::Sunday);

    page->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(page->window().firstDay(), QDate(2026, 1, 26));
    expectTableMatches(*page, expectedWeeks());
}

TEST_F(HistoryPageTest, AnEmptyHistoryShowsTheFirstUseState)
{
    moveClockTo(QDateTime(seededToday, QTime(19, 0), QTimeZone(localOffset)));
    auto page = openPage();
    EXPECT_TRUE(page->isShowingFirstUse());
    EXPECT_EQ(find<QLabel>(*page, u"firstUseText"_s)->text(),
        u"Start your first session and your week will show up here."_s);
    EXPECT_TRUE(find<QWidget>(*page, u"firstUseState"_s)->isVisible());
    QSignalSpy startRequests(page.get(), &HistoryPage::startSessionRequested);
    find<QPushButton>(*page, u"firstUseStartButton"_s)->click();
    EXPECT_EQ(startRequests.count(), 1);

    // The first hold is saved: the page shows it when told.
    write(seededSessions().constLast());
    moveClockTo(QDateTime(seededToday, QTime(19, 0), QTimeZone(localOffset)));
    page->refresh();
    EXPECT_FALSE(page->isShowingFirstUse());
    EXPECT_EQ(cell(*page->tableModel(), 7, HistoryTableModel::LeftColumn).toLongLong(), 60000);
}

TEST_F(HistoryPageTest, AHiddenPageReadsWhenShown)
{
    seed();
    HistoryPage page(*store);
    page.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    page.setWeekCount(8);
    EXPECT_EQ(page.tableModel()->rowCount(), 0);
    page.show();
    EXPECT_EQ(page.tableModel()->rowCount(), 8);

    page.hide();
    write({{2026, 3, 18}, {12, 0}, {{legCross, Side::Left, 45, {}}}, {}, {}});
    page.refresh();
    EXPECT_EQ(cell(*page.tableModel(), 7, HistoryTableModel::LeftColumn).toLongLong(), 210000);
    page.show();
    EXPECT_EQ(cell(*page.tableModel(), 7, HistoryTableModel::LeftColumn).toLongLong(), 255000);

    // Shown again on a later day: the weeks follow the new today.
    page.hide();
    moveClockTo(QDateTime(seededToday.addDays(7), QTime(9, 0), QTimeZone(localOffset)));
    page.show();
    EXPECT_EQ(page.window().firstDay(), QDate(2026, 2, 2));
    EXPECT_EQ(cell(*page.tableModel(), 6, HistoryTableModel::LeftColumn).toLongLong(), 255000);
}

} // namespace
} // namespace limber::testing

// The weekly table: a correct Qt model (QAbstractItemModelTester) through
// every change the page makes, with text and exact values per column.
#include "app/history/historypage.h"
#include "app/history/historytablemodel.h"
#include "tests/app/history/seededhistory.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {
namespace {

class HistoryTableModelTest : public SeededHistory
{
};

TEST_F(HistoryTableModelTest, StaysAValidModelThroughNavigationAndFilters)
{
    seed();
    HistoryPage page(*store);
    page.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QAbstractItemModelTester tester(
        page.tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    EXPECT_EQ(page.tableModel()->rowCount(), 12);
    EXPECT_EQ(page.tableModel()->columnCount(), HistoryTableModel::ColumnCount);
    page.showPreviousWeek();
    page.setWeekCount(8);
    page.setExerciseFilter(breathing);
    page.setExerciseFilter(QString());
    page.showThisWeek();
    EXPECT_EQ(page.tableModel()->rowCount(), 8);
}

TEST(HistoryTableModel, ShowsTextAndExactValues)
{
    WeekRow week;
    week.weekStart = {2026, 3, 9};
    week.leftMs = 150000;
    week.rightMs = 90000;
    week.holdCount = 2;
    week.longestHoldMs = 150000;
    week.sessionCount = 1;
    week.bestReach = 1;
    week.painBefore = 3.25;
    WeekRow empty;
    empty.weekStart = {2026, 3, 16};

    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWeeks(
        {week, empty}, {u"Lean"_s, u"Shins"_s}, QLocale(QLocale::English, QLocale::UnitedKingdom));
    ASSERT_EQ(model.rowCount(), 2);
    const auto text
        = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    const auto value = [&model](int row, int column) {
        return model.index(row, column).data(HistoryTableModel::ValueRole);
    };
    EXPECT_EQ(text(0, HistoryTableModel::LeftColumn), u"2.5"_s);
    EXPECT_EQ(text(0, HistoryTableModel::UnsidedColumn), u"0"_s);
    EXPECT_EQ(text(0, HistoryTableModel::LongestColumn), u"2:30"_s);
    EXPECT_EQ(text(0, HistoryTableModel::ReachColumn), u"Shins"_s);
    EXPECT_EQ(text(0, HistoryTableModel::PainBeforeColumn), u"3.3"_s);
    EXPECT_EQ(text(0, HistoryTableModel::PainAfterColumn), u"–"_s);
    EXPECT_EQ(value(0, HistoryTableModel::PainBeforeColumn).toDouble(), 3.25);
    EXPECT_FALSE(value(0, HistoryTableModel::PainAfterColumn).isValid());
    EXPECT_EQ(value(0, HistoryTableModel::RightColumn).toLongLong(), 90000);
    EXPECT_EQ(text(1, HistoryTableModel::LongestColumn), u"–"_s);
    EXPECT_FALSE(value(1, HistoryTableModel::ReachColumn).isValid());
    EXPECT_EQ(model.headerData(HistoryTableModel::LeftColumn, Qt::Horizontal).toString(),
        u"Left (min)"_s);
    EXPECT_EQ(model.headerData(HistoryTableModel::PainAfterColumn, Qt::Horizontal).toString(),
        u"Pain after"_s);
}

} // namespace
} // namespace limber::testing

// The week chart widget: the keyboard moves between weeks and each move
// shows the week's tooltip and makes its sentence the accessible
// description; hovering shows the same tooltip.
#include "app/history/weekchartview.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {
namespace {

class WeekChartViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        WeekChartData data;
        data.weeks = {{2026, 3, 2}, {2026, 3, 9}, {2026, 3, 16}};
        data.series = {{u"Left"_s, SeriesRole::Left, {1.0, 2.0, 3.0}},
            {u"Right"_s, SeriesRole::Right, {1.0, 1.5, 2.5}}};
        view.setAccessibleName(u"Minutes held each week"_s);
        view.setData(data, descriptions, u"Three weeks."_s);
        view.resize(600, 300);
        view.show();
    }

    QString accessibleDescription()
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&view);
        return accessible ? accessible->text(QAccessible::Description) : QString();
    }

    const QStringList descriptions {u"Week of 2 March: 2 min."_s, u"Week of 9 March: 3.5 min."_s,
        u"Week of 16 March: 5.5 min."_s};
    WeekChartView view {WeekChartView::Kind::Bars};
};

TEST_F(WeekChartViewTest, ArrowKeysMoveBetweenWeeksAndDescribeEach)
{
    EXPECT_EQ(view.currentIndex(), -1);
    EXPECT_EQ(accessibleDescription(), u"Three weeks."_s);
    EXPECT_EQ(view.focusPolicy(), Qt::StrongFocus);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&view);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->role(), QAccessible::Chart);
    EXPECT_EQ(accessible->text(QAccessible::Name), u"Minutes held each week"_s);

    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(view.currentIndex(), 2);
    EXPECT_EQ(view.accessibleDescription(), descriptions[2]);
    EXPECT_EQ(QToolTip::text(), descriptions[2]);

    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_EQ(view.currentIndex(), 1);
    EXPECT_EQ(accessibleDescription(), descriptions[1]);
    EXPECT_EQ(QToolTip::text(), descriptions[1]);

    QTest::keyClick(&view, Qt::Key_Home);
    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_EQ(view.currentIndex(), 0);
    EXPECT_EQ(accessibleDescription(), descriptions[0]);

    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.currentIndex(), 1);
    EXPECT_EQ(QToolTip::text(), descriptions[1]);
}

TEST_F(WeekChartViewTest, FocusStartsAtTheNewestWeek)
{
    QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
    QCoreApplication::sendEvent(&view, &focusIn);
    EXPECT_EQ(view.currentIndex(), 2);
    EXPECT_EQ(accessibleDescription(), descriptions[2]);
}

TEST_F(WeekChartViewTest, HoveringAWeekShowsItsTooltip)
{
    const QPoint middle = view.columnRect(0).center().toPoint();
    EXPECT_EQ(view.columnAt(middle), 0);
    QHelpEvent help(QEvent::ToolTip, middle, view.mapToGlobal(middle));
    QCoreApplication::sendEvent(&view, &help);
    EXPECT_EQ(QToolTip::text(), descriptions[0]);

    QTest::mouseClick(&view, Qt::LeftButton, {}, view.columnRect(1).center().toPoint());
    EXPECT_EQ(view.currentIndex(), 1);
}

TEST_F(WeekChartViewTest, NewDataKeepsTheChosenWeekInRange)
{
    QTest::keyClick(&view, Qt::Key_End);
    WeekChartData fewer = view.data();
    fewer.weeks.removeLast();
    view.setData(fewer, descriptions.first(2), u"Two weeks."_s);
    EXPECT_EQ(view.currentIndex(), 1);
    EXPECT_EQ(accessibleDescription(), descriptions[1]);
}

} // namespace
} // namespace limber::testing

// The end screen names what was held: the sides, and for a routine of
// several exercises, each unsided exercise by its title.
#include "session/sessionsummaryview.h"
#include "sessionfixture.h"

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class SummaryLinesTest : public SessionPageFixture
{
protected:
    static RoutineItem itemOf(const QString &exerciseId, int holds)
    {
        RoutineItem item;
        item.exerciseId = exerciseId;
        item.includeSetup = false;
        item.getReadySeconds = 6;
        item.holdsPerSide = holds;
        item.holdSeconds = 10;
        item.switchSeconds = 6;
        item.restSeconds = 4;
        return item;
    }

    QStringList linesAfterAWholeSession(const QList<RoutineItem> &items)
    {
        Routine routine;
        routine.id = u"test"_s;
        routine.items = items;
        begin(timelineOf(routine));
        runFor(timeline().totalDuration());
        EXPECT_TRUE(page->isShowingSummary());
        return page->summaryView()->holdLines();
    }
};

TEST_F(SummaryLinesTest, AnUnsidedExerciseAmongOthersIsNamed)
{
    EXPECT_EQ(linesAfterAWholeSession(
                  {itemOf(u"knee-to-chest"_s, 1), itemOf(u"cat-cow"_s, 1)}),
        QStringList({u"Left knee to chest: 1 hold"_s, u"Right knee to chest: 1 hold"_s,
            u"Cat and Cow: 1 hold"_s}));
}

TEST_F(SummaryLinesTest, EachUnsidedExerciseHasItsOwnLineInTheRoutinesOrder)
{
    EXPECT_EQ(linesAfterAWholeSession({itemOf(u"double-knee-to-chest"_s, 2),
                  itemOf(u"cat-cow"_s, 1), itemOf(u"double-knee-to-chest"_s, 1)}),
        QStringList({u"Double Knee to Chest: 3 holds"_s, u"Cat and Cow: 1 hold"_s}));
}

TEST_F(SummaryLinesTest, ARoutineOfOneExerciseNeedsNoName)
{
    EXPECT_EQ(
        linesAfterAWholeSession({itemOf(u"cat-cow"_s, 2)}), QStringList({u"2 holds done"_s}));
}

TEST_F(SummaryLinesTest, AStopCountsOnlyTheHoldsFinished)
{
    Routine routine;
    routine.id = u"test"_s;
    routine.items = {itemOf(u"cat-cow"_s, 2), itemOf(u"knee-to-chest"_s, 1)};
    begin(timelineOf(routine));
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Left));
    runFor(5s);
    page->driver()->stop(StopReason::User);
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(page->summaryView()->holdLines(),
        QStringList({u"Cat and Cow: 2 holds"_s, u"1 hold cut short"_s}));
}

} // namespace
} // namespace limber::test

// The end screen names what was held: the sides, and for a routine of
// several exercises, each unsided exercise by its title.
#include "app/session/sessionsummaryview.h"
#include "tests/app/session/sessionfixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

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
    EXPECT_EQ(linesAfterAWholeSession({itemOf(u"knee-to-chest"_s, 1), itemOf(u"cat-cow"_s, 1)}),
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
    EXPECT_EQ(linesAfterAWholeSession({itemOf(u"cat-cow"_s, 2)}), QStringList({u"2 holds done"_s}));
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

TEST_F(SummaryLinesTest, SkippingEveryHoldIsSaidAndIsNotAFinishedRoutine)
{
    Routine routine;
    routine.id = u"test"_s;
    routine.items = {itemOf(u"cat-cow"_s, 2)};
    begin(timelineOf(routine));
    // Next, every half second, to the end.
    for (int presses = 0; presses < 50 && !page->isShowingSummary(); ++presses) {
        runFor(500ms);
        page->driver()->skip();
        QCoreApplication::sendPostedEvents();
    }
    ASSERT_TRUE(page->isShowingSummary());
    SessionSummaryView &view = *page->summaryView();
    EXPECT_EQ(view.holdLines(), QStringList({u"2 holds skipped"_s}))
        << "skipped at once: not held, not cut short";
    EXPECT_EQ(view.headingText(), u"No holds done this time"_s);
    EXPECT_FALSE(view.reasonText().contains(u"finished"_s)) << view.reasonText().toStdString();
    // Nor does the voice praise it.
    const QList<Cue> said = sink.cuesOfKind(Cue::Kind::Done);
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said.first().text, u"No holds done this time."_s);
}

TEST_F(SummaryLinesTest, AnEndReachedWithSomeHoldsLeftOutSaysSo)
{
    SessionSummaryView view;
    SessionSummary summary;
    summary.completed = true;
    summary.completedUnsidedHolds = 2;
    summary.cutShortHolds = 1;
    summary.skippedHolds = 1;
    view.showSummary(summary, {});
    EXPECT_EQ(view.holdLines(),
        QStringList({u"2 holds done"_s, u"1 hold cut short"_s, u"1 hold skipped"_s}));
    EXPECT_NE(view.reasonText(), u"You finished the whole routine."_s);
    EXPECT_TRUE(view.reasonText().contains(u"skipped or cut short"_s));
}

} // namespace
} // namespace limber::test

// The next exercise of the programme: suggested when the routine's furthest
// exercise is comfortable, one at a time, never again once declined.
#include "core/progress/progressadvisor.h"
#include "tests/core/progress/progressstore.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

class NextExercise : public ProgressFixture
{
protected:
    ProgressAdvisor advisor() { return ProgressAdvisor(*store, *library, clock); }

    std::optional<NextExerciseSuggestion> suggestion(const Routine &of = routine())
    {
        auto next = advisor().nextExercise(of, today());
        EXPECT_TRUE(next) << next.error().message.toStdString();
        return next ? *next : std::nullopt;
    }

    void sessionsWithReach(QList<std::optional<int>> crossReaches, std::optional<int> tiltReach = 3)
    {
        for (const std::optional<int> &reach : crossReaches) {
            nextDay();
            ExerciseRun tiltRun = tilt();
            tiltRun.reach = tiltReach;
            ExerciseRun crossRun = cross();
            crossRun.reach = reach;
            writeSession({tiltRun, crossRun});
        }
    }
};

TEST_F(NextExercise, AComfortableFurthestExerciseSuggestsTheNextInTheProgramme)
{
    sessionsWithReach({2, 3, 2});
    const auto next = suggestion();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->routineId, u"mine"_s);
    EXPECT_EQ(next->afterExerciseId, u"cross"_s);
    EXPECT_EQ(next->exerciseId, u"bridge"_s);
}

TEST_F(NextExercise, NothingWhileTheFurthestExerciseIsNotYetComfortable)
{
    sessionsWithReach({2, 1, 3});
    EXPECT_FALSE(suggestion());
}

TEST_F(NextExercise, AnEasierComfortableExerciseDoesNotOpenTheWay)
{
    sessionsWithReach({1, 1, 1}, 3);
    EXPECT_FALSE(suggestion()) << "tilt is comfortable, cross (further on) is not";
}

TEST_F(NextExercise, FewerThanThreeSessionsAreNotEnough)
{
    sessionsWithReach({3, 3});
    EXPECT_FALSE(suggestion());
}

TEST_F(NextExercise, ADeclinedSuggestionMakesWayForTheOneAfterIt)
{
    sessionsWithReach({2, 2, 2});
    const auto first = suggestion();
    ASSERT_TRUE(first);
    ASSERT_TRUE(advisor().declineNextExercise(*first));
    ASSERT_TRUE(advisor().declineNextExercise(*first)) << "declining twice is no error";
    const auto second = suggestion();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->exerciseId, u"twist"_s);
    EXPECT_EQ(suggestion(routine(u"other"_s)), std::nullopt)
        << "\"other\" has no sessions of its own";
}

TEST_F(NextExercise, AStopForPainOrAPainRiseIsNotComfortable)
{
    sessionsWithReach({2, 2});
    nextDay();
    ExerciseRun crossRun = cross();
    crossRun.reach = 3;
    writeSession({tilt(), crossRun}, pain(1, 3));
    EXPECT_FALSE(suggestion());
}

TEST_F(NextExercise, AfterAMonthAwayNothingNewIsSuggested)
{
    sessionsWithReach({2, 2, 2});
    for (int day = 0; day < 28; ++day)
        nextDay();
    EXPECT_FALSE(suggestion());
}

TEST_F(NextExercise, TheEndOfTheProgrammeHasNothingAfterIt)
{
    Routine last;
    last.id = u"last"_s;
    last.items = {item(u"plank"_s, 30, 1)};
    for (int day = 0; day < 3; ++day) {
        nextDay();
        ExerciseRun plank = run(u"plank"_s, {30, 1}, false);
        plank.reach = 3;
        writeSession({plank}, {}, u"last"_s);
    }
    EXPECT_FALSE(suggestion(last));
}

} // namespace

// The "progression" field of an exercise: read with its defaults, and the
// bundled ladders fit the bundled routines.
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/core/content/contentfixture.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using limber::ContentLibrary;
using limber::ProgressionLadder;
using limber::testing::ContentRoot;
using limber::testing::exerciseJson;
using limber::testing::posesJson;

namespace {

const limber::Exercise *loadWith(ContentRoot &root, const QByteArray &progression)
{
    static ContentLibrary library;
    QByteArray json = exerciseJson("e");
    if (!progression.isEmpty())
        json.replace("\"format\": 1,", "\"format\": 1, \"progression\": " + progression + ",");
    root.write(u"poses/p.json"_s, posesJson());
    root.write(u"exercises/e.json"_s, json);
    library = ContentLibrary::load({root.path()});
    EXPECT_TRUE(library.errors().isEmpty())
        << limber::joinContentErrors(library.errors()).toStdString();
    return library.exercise(u"e"_s);
}

TEST(Progression, WithoutTheFieldTheLadderIsTheDefault)
{
    ContentRoot root;
    const limber::Exercise *exercise = loadWith(root, {});
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->progression, (ProgressionLadder {15, 120, 2}));
}

TEST(Progression, EachKeyLeftOutTakesItsDefault)
{
    ContentRoot root;
    const limber::Exercise *exercise = loadWith(root, R"({"stepSeconds": 5})");
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->progression, (ProgressionLadder {5, 120, 2}));
}

TEST(Progression, EveryKeyIsRead)
{
    ContentRoot root;
    const limber::Exercise *exercise
        = loadWith(root, R"({"stepSeconds": 10, "maxHoldSeconds": 30, "maxHoldsPerSide": 6})");
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->progression, (ProgressionLadder {10, 30, 6}));
}

TEST(BundledLibrary, EveryRoutinePlanStartsOnItsExercisesLadder)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    ASSERT_TRUE(library.errors().isEmpty());
    for (const limber::Routine &routine : library.routines()) {
        for (const limber::RoutineItem &item : routine.items) {
            SCOPED_TRACE((routine.id + u' ' + item.exerciseId).toStdString());
            const limber::Exercise *exercise = library.exercise(item.exerciseId);
            ASSERT_NE(exercise, nullptr);
            EXPECT_LE(item.holdSeconds, exercise->progression.maxHoldSeconds);
            EXPECT_LE(item.holdsPerSide, exercise->progression.maxHoldsPerSide);
        }
    }
}

TEST(BundledLibrary, ShortHoldsGrowInSmallStepsAndThenInNumber)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    for (const QString &id : {u"pelvic-tilt"_s, u"glute-bridge"_s}) {
        const limber::Exercise *exercise = library.exercise(id);
        ASSERT_NE(exercise, nullptr) << id.toStdString();
        EXPECT_EQ(exercise->progression.stepSeconds, 5) << id.toStdString();
        EXPECT_LE(exercise->progression.maxHoldSeconds, 30) << id.toStdString();
        EXPECT_GT(exercise->progression.maxHoldsPerSide, 5) << id.toStdString();
    }
}

} // namespace

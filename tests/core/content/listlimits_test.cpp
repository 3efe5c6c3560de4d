// Every list of a content file has a most: a file one entry over it is
// refused with its file, line, column and field, and one at it loads.
#include "core/content/contentlibrary.h"
#include "core/model/exercise.h"
#include "core/model/routine.h"
#include "tests/core/content/contentfixture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using limber::testing::ContentRoot;
using ::testing::HasSubstr;

namespace {

// The list opens on line 5, after `listKey` and two spaces of indent.
constexpr int listLine = 5;
int listColumn(const QByteArray &listKey)
{
    return static_cast<int>(QByteArray("  \"" + listKey + "\": ").size()) + 1;
}

QByteArray repeated(const QByteArray &entry, int count)
{
    QByteArrayList entries;
    for (int i = 0; i < count; ++i)
        entries.append(entry);
    return "[\n    " + entries.join(",\n    ") + "\n  ]";
}

QByteArray routineWithItems(int count)
{
    return "{\n  \"format\": 1,\n  \"id\": \"long\",\n  \"title\": \"Long\",\n  \"items\": "
        + repeated(R"({"exercise": "lean", "holdSeconds": 30})", count) + "\n}\n";
}

// `listKey` holds `count` entries; the other fields make a valid exercise.
QByteArray exerciseWithList(const QByteArray &listKey, const QByteArray &entry, int count)
{
    QByteArray rest = R"("steps": [{"text": "Sit.", "pose": "sit"}], )";
    if (listKey == "steps")
        rest.clear();
    return "{\n  \"format\": 1,\n  \"id\": \"long\",\n  \"title\": \"Long\",\n  \"" + listKey
        + "\": " + repeated(entry, count) + ",\n  " + rest
        + R"("summary": "Many.", "holdPose": "sit")" + "\n}\n";
}

class ContentListLimits : public ::testing::Test
{
protected:
    ContentListLimits()
    {
        m_root.write(u"poses/p.json"_s, limber::testing::posesJson());
        m_root.write(u"exercises/lean.json"_s, limber::testing::exerciseJson("lean"));
    }

    // Loads the root with `relative` holding `bytes`; expects one error there,
    // at the list that opens on line 5, naming `field` and `most`.
    void expectRefused(const QString &relative, const QByteArray &bytes, const QByteArray &listKey,
        const QString &field, int most)
    {
        const QString path = m_root.write(relative, bytes);
        const auto library = ContentLibrary::load({m_root.path()});
        const std::string shown = joinContentErrors(library.errors()).toStdString();
        ASSERT_EQ(library.errors().size(), 1) << shown;
        const ContentError &error = library.errors().first();
        EXPECT_EQ(error.file, path) << shown;
        EXPECT_EQ(error.line, listLine) << shown;
        EXPECT_EQ(error.column, listColumn(listKey)) << shown;
        EXPECT_EQ(error.field, field) << shown;
        EXPECT_THAT(error.message.toStdString(), HasSubstr("at most " + std::to_string(most)));
        EXPECT_NE(library.exercise(u"lean"_s), nullptr);
    }

    ContentLibrary loadWith(const QString &relative, const QByteArray &bytes)
    {
        m_root.write(relative, bytes);
        return ContentLibrary::load({m_root.path()});
    }

    ContentRoot m_root;
};

TEST_F(ContentListLimits, ARoutineOfThousandsOfItemsIsRefusedAtItsItems)
{
    expectRefused(u"routines/long.json"_s, routineWithItems(8000), "items", u"items"_s,
        limits::maxRoutineItems);
}

TEST_F(ContentListLimits, ARoutineOneItemOverTheMostIsRefused)
{
    expectRefused(u"routines/long.json"_s, routineWithItems(limits::maxRoutineItems + 1), "items",
        u"items"_s, limits::maxRoutineItems);
}

TEST_F(ContentListLimits, ARoutineAtTheMostLoads)
{
    const auto library
        = loadWith(u"routines/long.json"_s, routineWithItems(limits::maxRoutineItems));
    ASSERT_TRUE(library.errors().isEmpty()) << joinContentErrors(library.errors()).toStdString();
    ASSERT_NE(library.routine(u"long"_s), nullptr);
    EXPECT_EQ(library.routine(u"long"_s)->items.size(), limits::maxRoutineItems);
}

TEST_F(ContentListLimits, ARoutineFileOpenedByPathIsHeldToTheSameMost)
{
    const QString path
        = m_root.write(u"elsewhere/long.json"_s, routineWithItems(limits::maxRoutineItems + 1));
    const auto library = ContentLibrary::load({m_root.path()});
    const auto refused = library.loadRoutineFile(path);
    ASSERT_FALSE(refused);
    const std::string message = refused.error().message.toStdString();
    EXPECT_THAT(message, HasSubstr(path.toStdString() + ":" + std::to_string(listLine)));
    EXPECT_THAT(message, HasSubstr("items: "));
    EXPECT_THAT(message, HasSubstr("at most " + std::to_string(limits::maxRoutineItems)));
}

struct ExerciseList
{
    const char *key;
    QByteArray entry;
    int most;
};

const ExerciseList exerciseLists[] = {
    {"steps", R"({"text": "Sit.", "pose": "sit"})", limits::maxSteps},
    {"benefits", R"("Looser hips.")", limits::maxExerciseTexts},
    {"cautions", R"("Go slowly.")", limits::maxExerciseTexts},
    {"askFirst", R"("Your doctor.")", limits::maxExerciseTexts},
    {"holdReminders", R"("Breathe.")", limits::maxExerciseTexts},
    {"reachLevels", R"("Further.")", limits::maxReachLevels},
};

TEST_F(ContentListLimits, EachListOfAnExerciseOneOverTheMostIsRefused)
{
    for (const ExerciseList &list : exerciseLists) {
        SCOPED_TRACE(list.key);
        expectRefused(u"exercises/long.json"_s,
            exerciseWithList(list.key, list.entry, list.most + 1), list.key,
            QString::fromLatin1(list.key), list.most);
    }
}

TEST_F(ContentListLimits, EachListOfAnExerciseAtTheMostLoads)
{
    for (const ExerciseList &list : exerciseLists) {
        SCOPED_TRACE(list.key);
        const auto library
            = loadWith(u"exercises/long.json"_s, exerciseWithList(list.key, list.entry, list.most));
        EXPECT_TRUE(library.errors().isEmpty())
            << joinContentErrors(library.errors()).toStdString();
        EXPECT_NE(library.exercise(u"long"_s), nullptr);
    }
}

TEST_F(ContentListLimits, TheCautionsOfAStepHaveAMostToo)
{
    const QByteArray step = R"({"text": "Sit.", "pose": "sit", "cautions": )"
        + repeated(R"("Slowly.")", limits::maxStepCautions + 1) + "}";
    const auto library = loadWith(u"exercises/long.json"_s, exerciseWithList("steps", step, 1));
    ASSERT_EQ(library.errors().size(), 1) << joinContentErrors(library.errors()).toStdString();
    EXPECT_EQ(library.errors().first().field, u"steps[0].cautions"_s);
    EXPECT_THAT(library.errors().first().message.toStdString(),
        HasSubstr("at most " + std::to_string(limits::maxStepCautions)));
}

} // namespace

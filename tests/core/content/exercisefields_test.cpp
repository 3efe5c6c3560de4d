// The exercise fields that carry a session's words around the holds (get
// ready, finish, who should ask first, step cautions), the programme order,
// and the bundled library as a whole.
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/core/content/contentfixture.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using limber::ContentLibrary;
using limber::Exercise;
using limber::testing::ContentRoot;
using limber::testing::exerciseJson;
using limber::testing::posesJson;

namespace {

QString errorsText(const ContentLibrary &library)
{
    return limber::joinContentErrors(library.errors());
}

QByteArray exerciseWithOrder(const QByteArray &id, int order)
{
    QByteArray json = exerciseJson(id);
    json.replace(
        "\"format\": 1,", "\"format\": 1, \"programmeOrder\": " + QByteArray::number(order) + ",");
    return json;
}

QStringList englishTexts(const QList<limber::LocalizedText> &texts)
{
    QStringList result;
    for (const auto &text : texts)
        result.append(text.english());
    return result;
}

} // namespace

TEST(ExerciseFields, AreReadIntoTheModel)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    root.write(u"exercises/e.json"_s, R"({
  "format": 1,
  "id": "e",
  "programmeOrder": 7,
  "title": "E",
  "summary": "S",
  "steps": [
    {"text": "Sit.", "pose": "sit", "cameraYaw": -30},
    {"text": "Lean.", "pose": "lean", "motion": {"fromPose": "sit"},
     "cautions": ["Only as far as your knees allow.", {"en": "Slowly.", "de": "Langsam."}]}
  ],
  "goal": "Elbows down.",
  "goalTimeframe": "many weeks",
  "askFirst": ["after a hip replacement", "with numbness or tingling"],
  "getReady": "Sit down on the floor.",
  "getReadyPose": "sit",
  "getReadyCameraYaw": 45,
  "finish": "Sit up slowly.",
  "holdPose": "lean"
})");
    const auto library = ContentLibrary::load({root.path()});
    ASSERT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    const Exercise *exercise = library.exercise(u"e"_s);
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->programmeOrder, 7);
    EXPECT_EQ(exercise->goalTimeframe.english(), u"many weeks"_s);
    EXPECT_EQ(englishTexts(exercise->askFirst),
        (QStringList {u"after a hip replacement"_s, u"with numbness or tingling"_s}));
    EXPECT_EQ(exercise->getReady.english(), u"Sit down on the floor."_s);
    EXPECT_EQ(exercise->getReadyPose, u"sit"_s);
    EXPECT_EQ(exercise->getReadyCameraYawDegrees, 45.0);
    EXPECT_EQ(exercise->finish.english(), u"Sit up slowly."_s);
    EXPECT_TRUE(exercise->steps[0].cautions.isEmpty());
    ASSERT_EQ(exercise->steps[1].cautions.size(), 2);
    EXPECT_EQ(exercise->steps[1].cautions[0].english(), u"Only as far as your knees allow."_s);
    EXPECT_EQ(exercise->steps[1].cautions[1].text({u"de"_s}), u"Langsam."_s);
    EXPECT_TRUE(exercise->poses.contains(u"sit"_s));
}

TEST(ExerciseFields, WithoutAGetReadyCameraTheFirstStepsCameraIsUsed)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    QByteArray json = exerciseJson("e");
    json.replace(R"({"text": "Sit.", "pose": "sit"})",
        R"({"text": "Sit.", "pose": "sit", "cameraYaw": -60})");
    root.write(u"exercises/e.json"_s, json);
    const auto library = ContentLibrary::load({root.path()});
    ASSERT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    const Exercise *exercise = library.exercise(u"e"_s);
    ASSERT_NE(exercise, nullptr);
    EXPECT_TRUE(exercise->getReadyPose.isEmpty());
    EXPECT_EQ(exercise->getReadyCameraYawDegrees, -60.0);
    EXPECT_EQ(exercise->programmeOrder, 0);
}

TEST(ExerciseFields, GetReadyPoseIsResolvedFromAnotherRoot)
{
    ContentRoot bundled;
    bundled.write(u"poses/p.json"_s, posesJson());
    ContentRoot user;
    user.write(u"poses/kneel.json"_s, R"({"format": 1, "poses": {"kneel": {"pelvisPitch": 10}}})");
    QByteArray json = exerciseJson("e");
    json.replace("\"holdPose\"", "\"getReadyPose\": \"kneel\", \"holdPose\"");
    bundled.write(u"exercises/e.json"_s, json);
    const auto library = ContentLibrary::load({bundled.path(), user.path()});
    ASSERT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    const Exercise *exercise = library.exercise(u"e"_s);
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->poses.value(u"kneel"_s).pelvisPitch, 10.0);
}

TEST(ProgrammeOrder, ExercisesAreListedInItThenTheRestById)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    root.write(u"exercises/a.json"_s, exerciseJson("a-outside"));
    root.write(u"exercises/b.json"_s, exerciseWithOrder("b-third", 3));
    root.write(u"exercises/c.json"_s, exerciseWithOrder("c-first", 1));
    root.write(u"exercises/d.json"_s, exerciseJson("d-outside"));
    root.write(u"exercises/e.json"_s, exerciseWithOrder("e-second", 2));
    const auto library = ContentLibrary::load({root.path()});
    ASSERT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    QStringList ids;
    for (const Exercise &exercise : library.exercises())
        ids.append(exercise.id);
    EXPECT_EQ(ids,
        (QStringList {u"c-first"_s, u"e-second"_s, u"b-third"_s, u"a-outside"_s, u"d-outside"_s}));
}

TEST(ProgrammeOrder, ASharedPlaceIsOrderedById)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    root.write(u"exercises/a.json"_s, exerciseWithOrder("zeta", 2));
    root.write(u"exercises/b.json"_s, exerciseWithOrder("alpha", 2));
    const auto library = ContentLibrary::load({root.path()});
    ASSERT_EQ(library.exercises().size(), 2);
    EXPECT_EQ(library.exercises()[0].id, u"alpha"_s);
    EXPECT_EQ(library.exercises()[1].id, u"zeta"_s);
}

TEST(BundledLibrary, EveryExerciseIsComplete)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    ASSERT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    const QList<Exercise> exercises = library.exercises();
    EXPECT_GE(exercises.size(), 9);
    for (const Exercise &e : exercises) {
        SCOPED_TRACE(e.id.toStdString());
        for (const auto *text : {&e.title, &e.summary, &e.why, &e.breathing, &e.goal,
                 &e.goalTimeframe, &e.notice, &e.getReady, &e.finish})
            EXPECT_FALSE(text->english().isEmpty());
        EXPECT_FALSE(e.benefits.isEmpty());
        EXPECT_FALSE(e.cautions.isEmpty());
        EXPECT_FALSE(e.askFirst.isEmpty());
        EXPECT_FALSE(e.holdReminders.isEmpty());
        EXPECT_GE(e.reachLevels.size(), 3);
        EXPECT_GE(e.steps.size(), 2);
        EXPECT_FALSE(e.getReadyPose.isEmpty());
        if (e.sideMode == limber::SideMode::Alternating) {
            EXPECT_FALSE(e.leftSideLabel.english().isEmpty());
            EXPECT_NE(e.leftSideLabel.english(), e.rightSideLabel.english());
        }
        // Every pose it names is resolved to the library's pose.
        QStringList named = {e.holdPose, e.getReadyPose};
        for (const limber::Step &step : e.steps) {
            named.append(step.pose);
            if (step.motion)
                named.append(step.motion->fromPose);
        }
        for (const QString &id : std::as_const(named)) {
            ASSERT_NE(library.pose(id), nullptr) << id.toStdString();
            EXPECT_EQ(e.poses.value(id), *library.pose(id)) << id.toStdString();
        }
    }
}

TEST(BundledLibrary, TheProgrammeRunsFromOneWithoutGapsOrRepeats)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    int expected = 1;
    for (const Exercise &e : library.exercises())
        EXPECT_EQ(e.programmeOrder, expected++) << e.id.toStdString();
}

TEST(BundledLibrary, HipStretchesSayWhoShouldAskFirst)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    for (const QString &id : {u"seated-leg-cross"_s, u"seated-leg-cross-chair"_s,
             u"stacked-leg-cross"_s, u"figure-four-stretch"_s, u"knee-to-chest"_s}) {
        const Exercise *e = library.exercise(id);
        ASSERT_NE(e, nullptr) << id.toStdString();
        const QString all = englishTexts(e->askFirst).join(u'\n');
        for (const QString &condition : {u"hip replacement"_s, u"spreads down a leg"_s,
                 u"numbness or tingling"_s, u"recent surgery"_s})
            EXPECT_TRUE(all.contains(condition))
                << id.toStdString() << ": " << condition.toStdString();
    }
}

TEST(BundledLibrary, TheSeatedLegCrossLeanCarriesItsCautions)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    const Exercise *e = library.exercise(u"seated-leg-cross"_s);
    ASSERT_NE(e, nullptr);
    ASSERT_GE(e->steps.size(), 2);
    const limber::Step &lean = e->steps[1];
    ASSERT_TRUE(lean.motion.has_value());
    EXPECT_EQ(englishTexts(lean.cautions),
        (QStringList {u"Go only as far as your knees allow."_s,
            u"At first you may lean only a little."_s,
            u"Tighten your stomach as you lower yourself."_s}));
    EXPECT_EQ(e->finish.english(), u"Sit up slowly and uncross your legs."_s);
    EXPECT_EQ(e->getReadyPose, e->steps[0].pose);
}

TEST(BundledLibrary, ExtraRoutinesUseTheNewExercisesAndTheDefaultStays)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    EXPECT_EQ(library.defaultRoutineId(), u"daily-hip-stretch"_s);
    QSet<QString> used;
    for (const limber::Routine &routine : library.routines()) {
        for (const limber::RoutineItem &item : routine.items)
            used.insert(item.exerciseId);
    }
    EXPECT_GE(library.routines().size(), 3);
    EXPECT_TRUE(used.contains(u"seated-leg-cross-chair"_s));
    EXPECT_TRUE(used.contains(u"figure-four-stretch"_s));
}

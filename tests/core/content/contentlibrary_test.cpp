// ContentLibrary: the bundled content, user content over it, and routine files.
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/core/content/contentfixture.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using limber::ContentLibrary;
using limber::testing::ContentRoot;
using limber::testing::exerciseJson;
using limber::testing::posesJson;
using limber::testing::routineJson;

namespace {

QString errorsText(const ContentLibrary &library)
{
    return limber::joinContentErrors(library.errors());
}

/// The exercise ids as an error message lists them: quoted, sorted by id.
QString knownExercises(const ContentLibrary &library)
{
    QStringList ids;
    for (const limber::Exercise &exercise : library.exercises())
        ids.append(u'"' + exercise.id + u'"');
    ids.sort();
    return ids.join(u", "_s);
}

} // namespace

TEST(BundledContent, LoadsWithoutErrors)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    EXPECT_FALSE(library.routines().isEmpty());
    EXPECT_FALSE(library.exercises().isEmpty());
}

TEST(BundledContent, EveryStepHasAShortTitle)
{
    // "Next: lean forward" says what comes; "Next: step 2 of 3" does not.
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    for (const limber::Exercise &exercise : library.exercises()) {
        for (qsizetype i = 0; i < exercise.steps.size(); ++i) {
            const QString title = exercise.steps.at(i).title.english();
            EXPECT_FALSE(title.isEmpty()) << exercise.id.toStdString() << " step " << i + 1;
            EXPECT_LE(title.size(), 40) << exercise.id.toStdString() << ": " << title.toStdString();
        }
    }
}

TEST(BundledContent, NoStepNamesALengthOfTime)
{
    // A step's words show and are said over the step's own countdown of a few
    // seconds; "stay one to two minutes" there contradicts the timer. Hold
    // lengths belong to the routine and show on the ring.
    const QRegularExpression duration(u"\\b(minute|minutes|second|seconds|hour|hours)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    for (const limber::Exercise &exercise : library.exercises()) {
        for (const limber::Step &step : exercise.steps) {
            const QString text = step.text.english();
            EXPECT_FALSE(duration.match(text).hasMatch())
                << exercise.id.toStdString() << ": " << text.toStdString();
        }
    }
}

TEST(BundledContent, SeatedLegCrossIsComplete)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    const limber::Exercise *exercise = library.exercise(u"seated-leg-cross"_s);
    ASSERT_NE(exercise, nullptr) << errorsText(library).toStdString();
    EXPECT_EQ(exercise->title.english(), u"Seated Leg Cross"_s);
    EXPECT_EQ(exercise->steps.size(), 3);
    EXPECT_EQ(exercise->benefits.size(), 4);
    EXPECT_EQ(exercise->cautions.size(), 3);
    EXPECT_EQ(exercise->reachLevels.size(), 4);
    EXPECT_GE(exercise->holdReminders.size(), 2);
    EXPECT_LE(exercise->holdReminders.size(), 4);
    EXPECT_EQ(exercise->sideMode, limber::SideMode::Alternating);
    EXPECT_EQ(exercise->leftSideLabel.english(), u"left leg on top"_s);
    EXPECT_EQ(exercise->rightSideLabel.english(), u"right leg on top"_s);
    EXPECT_EQ(exercise->holdPose, u"cross-legged-lean-half"_s);
    EXPECT_EQ(exercise->goalPose, u"cross-legged-elbows-floor"_s);
    for (const auto *text : {&exercise->why, &exercise->summary, &exercise->variation,
             &exercise->breathing, &exercise->goal, &exercise->notice})
        EXPECT_FALSE(text->english().isEmpty());

    EXPECT_EQ(exercise->steps[0].pose, u"cross-legged-upright"_s);
    // Negative yaws look from the figure's left, so the leg on top is the near one.
    EXPECT_EQ(exercise->steps[0].cameraYawDegrees, -30.0);
    EXPECT_FALSE(exercise->steps[0].motion.has_value());
    EXPECT_EQ(exercise->steps[1].pose, u"cross-legged-lean-half"_s);
    EXPECT_EQ(exercise->steps[1].cameraYawDegrees, -90.0);
    ASSERT_TRUE(exercise->steps[1].motion.has_value());
    EXPECT_EQ(exercise->steps[1].motion->fromPose, u"cross-legged-upright"_s);
    EXPECT_EQ(exercise->steps[1].motion->seconds, 6.0);
    EXPECT_EQ(exercise->steps[2].pose, u"cross-legged-lean-half"_s);

    // Every pose the exercise names is resolved, and equals the library's pose.
    EXPECT_EQ(exercise->poses.keys(),
        (QStringList {u"cross-legged-elbows-floor"_s, u"cross-legged-lean-half"_s,
            u"cross-legged-upright"_s}));
    for (const QString &id : exercise->poses.keys()) {
        ASSERT_NE(library.pose(id), nullptr) << id.toStdString();
        EXPECT_EQ(exercise->poses.value(id), *library.pose(id)) << id.toStdString();
    }
    // The lean is really a lean: the pelvis tips further forward than upright.
    EXPECT_GT(exercise->poses.value(u"cross-legged-lean-half"_s).pelvisPitch,
        exercise->poses.value(u"cross-legged-upright"_s).pelvisPitch);
}

TEST(BundledContent, DefaultRoutineIsTheDailyHipStretch)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    ASSERT_EQ(library.defaultRoutineId(), u"daily-hip-stretch"_s);
    const limber::Routine *routine = library.routine(library.defaultRoutineId());
    ASSERT_NE(routine, nullptr);
    EXPECT_EQ(routine->title.english(), u"Daily hip stretch"_s);
    ASSERT_EQ(routine->items.size(), 1);
    const limber::RoutineItem &item = routine->items.first();
    EXPECT_EQ(item.exerciseId, u"seated-leg-cross"_s);
    EXPECT_EQ(item.holdsPerSide, 2);
    EXPECT_EQ(item.holdSeconds, 60);
    EXPECT_EQ(item.switchSeconds, 10);
    EXPECT_EQ(item.firstSide, limber::Side::Left);
    EXPECT_TRUE(item.includeSetup);
}

TEST(ContentLibrary, MissingRootsAreSkippedQuietly)
{
    const auto library = ContentLibrary::load({u"/nonexistent/limber/content"_s});
    EXPECT_TRUE(library.errors().isEmpty());
    EXPECT_TRUE(library.routines().isEmpty());
    EXPECT_TRUE(library.defaultRoutineId().isEmpty());
}

TEST(ContentLibrary, UserContentReplacesBundledItemsWithTheSameId)
{
    ContentRoot user;
    user.write(u"exercises/seated-leg-cross.json"_s,
        exerciseJson("seated-leg-cross", "My leg cross", "alternating"));
    user.write(u"poses/mine.json"_s, posesJson());
    user.write(
        u"routines/daily-hip-stretch.json"_s, routineJson("daily-hip-stretch", "seated-leg-cross"));
    user.write(u"routines/evening.json"_s, routineJson("evening", "seated-leg-cross"));

    const auto library = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    ASSERT_NE(library.exercise(u"seated-leg-cross"_s), nullptr);
    EXPECT_EQ(library.exercise(u"seated-leg-cross"_s)->title.english(), u"My leg cross"_s);
    EXPECT_EQ(
        library.exercise(u"seated-leg-cross"_s)->poses.keys(), (QStringList {u"lean"_s, u"sit"_s}));
    ASSERT_NE(library.routine(u"daily-hip-stretch"_s), nullptr);
    EXPECT_EQ(library.routine(u"daily-hip-stretch"_s)->items.first().holdSeconds, 30);
    // The replacement did not say "default", but the id stays the default.
    EXPECT_EQ(library.defaultRoutineId(), u"daily-hip-stretch"_s);
    const auto bundled = ContentLibrary::load({limber::bundledContentRoot()});
    EXPECT_EQ(library.routines().size(), bundled.routines().size() + 1);
    // Bundled poses are still there beside the user's.
    EXPECT_NE(library.pose(u"cross-legged-upright"_s), nullptr);
    EXPECT_NE(library.pose(u"sit"_s), nullptr);
}

TEST(ContentLibrary, UserPoseValuesReachBundledExercises)
{
    ContentRoot user;
    user.write(u"poses/tuned.json"_s,
        R"({"format": 1, "poses": {"cross-legged-lean-half": {"pelvisPitch": 33}}})");
    const auto library = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    const limber::Exercise *exercise = library.exercise(u"seated-leg-cross"_s);
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->poses.value(u"cross-legged-lean-half"_s).pelvisPitch, 33.0);
}

TEST(ContentLibrary, UserRoutineMarkedDefaultWins)
{
    ContentRoot user;
    user.write(
        u"routines/mine.json"_s, routineJson("mine", "seated-leg-cross", R"(, "default": true)"));
    const auto library = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    EXPECT_EQ(library.defaultRoutineId(), u"mine"_s);
}

TEST(ContentLibrary, WithoutADefaultMarkTheFirstRoutineByIdIsTheDefault)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    root.write(u"exercises/lean.json"_s, exerciseJson("lean"));
    root.write(u"routines/b.json"_s, routineJson("b-routine", "lean"));
    root.write(u"routines/a.json"_s, routineJson("z-routine", "lean"));
    const auto library = ContentLibrary::load({root.path()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    EXPECT_EQ(library.defaultRoutineId(), u"b-routine"_s);
    // "lean" has no sides, so its holds have none either.
    EXPECT_EQ(library.routine(u"b-routine"_s)->items.first().firstSide, limber::Side::None);
}

TEST(ContentLibrary, OneBrokenUserFileDoesNotHideTheOthers)
{
    ContentRoot user;
    user.write(u"poses/p.json"_s, posesJson());
    user.write(u"exercises/a-broken.json"_s, "{\"format\": 1, \"id\": ");
    user.write(u"exercises/b-good.json"_s, exerciseJson("b-good"));
    user.write(u"exercises/c-good.json"_s, exerciseJson("c-good"));
    user.write(u"routines/a-broken.json"_s, routineJson("broken", "missing-exercise"));
    user.write(u"routines/b-good.json"_s, routineJson("good", "c-good"));

    const auto library = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    ASSERT_EQ(library.errors().size(), 2) << errorsText(library).toStdString();
    EXPECT_EQ(library.errors()[0].file, user.filePath(u"exercises/a-broken.json"_s));
    EXPECT_EQ(library.errors()[1].file, user.filePath(u"routines/a-broken.json"_s));
    EXPECT_NE(library.exercise(u"b-good"_s), nullptr);
    EXPECT_NE(library.exercise(u"c-good"_s), nullptr);
    EXPECT_NE(library.exercise(u"seated-leg-cross"_s), nullptr);
    EXPECT_NE(library.routine(u"good"_s), nullptr);
    EXPECT_EQ(library.routine(u"broken"_s), nullptr);
    EXPECT_EQ(library.defaultRoutineId(), u"daily-hip-stretch"_s);
}

TEST(ContentLibrary, BrokenReplacementKeepsTheBundledItem)
{
    ContentRoot user;
    user.write(u"poses/p.json"_s, posesJson());
    // Parses, but names a pose that does not exist.
    QByteArray broken = exerciseJson("seated-leg-cross", "Mine");
    broken.replace("\"holdPose\": \"lean\"", "\"holdPose\": \"nowhere\"");
    user.write(u"exercises/seated-leg-cross.json"_s, broken);

    const auto library = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    ASSERT_EQ(library.errors().size(), 1) << errorsText(library).toStdString();
    EXPECT_EQ(library.errors()[0].field, u"holdPose"_s);
    ASSERT_NE(library.exercise(u"seated-leg-cross"_s), nullptr);
    EXPECT_EQ(library.exercise(u"seated-leg-cross"_s)->title.english(), u"Seated Leg Cross"_s);
    EXPECT_NE(library.routine(u"daily-hip-stretch"_s), nullptr);
}

TEST(ContentLibrary, RoutineNamingABrokenExerciseSaysWhy)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    QByteArray broken = exerciseJson("lean");
    broken.replace("\"pose\": \"sit\"", "\"pose\": \"stand\"");
    const QString exerciseFile = root.write(u"exercises/lean.json"_s, broken);
    const QString routineFile = root.write(u"routines/r.json"_s, routineJson("r", "lean"));

    const auto library = ContentLibrary::load({root.path()});
    ASSERT_EQ(library.errors().size(), 2) << errorsText(library).toStdString();
    EXPECT_EQ(library.errors()[0].toString(),
        exerciseFile
            + u":7:30: steps[0].pose: unknown pose \"stand\"; known ones are \"lean\", \"sit\""_s);
    EXPECT_EQ(library.errors()[1].toString(),
        routineFile
            + u":5:26: items[0].exercise: the exercise \"lean\" was not loaded because its "
              "file has errors; fix that file first"_s);
}

TEST(ContentLibrary, DuplicateIdsInOneRootAreErrors)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, posesJson());
    root.write(u"poses/q.json"_s, R"({"format": 1, "poses": {"sit": {}}})");
    root.write(u"exercises/a.json"_s, exerciseJson("lean", "First"));
    const QString second = root.write(u"exercises/b.json"_s, exerciseJson("lean", "Second"));
    root.write(u"routines/a.json"_s, routineJson("one", "lean", R"(, "default": true)"));
    root.write(u"routines/b.json"_s, routineJson("two", "lean", R"(, "default": true)"));

    const auto library = ContentLibrary::load({root.path()});
    ASSERT_EQ(library.errors().size(), 3) << errorsText(library).toStdString();
    EXPECT_EQ(library.errors()[0].file, root.filePath(u"poses/q.json"_s));
    EXPECT_TRUE(library.errors()[0].message.contains(u"the pose id \"sit\" is already used by"_s));
    EXPECT_EQ(library.errors()[1].file, second);
    EXPECT_EQ(library.errors()[1].line, 3);
    EXPECT_EQ(library.errors()[2].field, u"default"_s);
    EXPECT_EQ(library.exercise(u"lean"_s)->title.english(), u"First"_s);
    EXPECT_EQ(library.defaultRoutineId(), u"one"_s);
}

TEST(ContentLibrary, LoadRoutineFileChecksAgainstTheLibrary)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    ContentRoot elsewhere;
    const QString good = elsewhere.write(
        u"quick.json"_s, routineJson("quick", "seated-leg-cross", R"(, "description": "Short")"));
    const auto loaded = library.loadRoutineFile(good);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->id, u"quick"_s);
    EXPECT_EQ(loaded->items.first().holdSeconds, 30);
    // Loading a file does not add it to the library.
    EXPECT_EQ(library.routine(u"quick"_s), nullptr);

    QByteArray badText = routineJson("quick", "seated-leg-crosss");
    badText.replace("\"holdSeconds\": 30", "\"holdSeconds\": 3");
    const QString bad = elsewhere.write(u"bad.json"_s, badText);
    const auto failed = library.loadRoutineFile(bad);
    ASSERT_FALSE(failed.ok());
    // Every problem is reported, those inside the file before the references.
    EXPECT_EQ(failed.error().message,
        bad
            + u":5:62: items[0].holdSeconds: 3 is out of range; a hold lasts 10 to 600 "
              "seconds\n"_s
            + bad
            + u":5:26: items[0].exercise: unknown exercise \"seated-leg-crosss\" (did "
              "you mean \"seated-leg-cross\"?); known ones are "_s
            + knownExercises(library));

    const QString unknown
        = elsewhere.write(u"unknown.json"_s, routineJson("quick", "seated-leg-crosss"));
    const auto missing = library.loadRoutineFile(unknown);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message,
        unknown
            + u":5:26: items[0].exercise: unknown exercise \"seated-leg-crosss\" (did "
              "you mean \"seated-leg-cross\"?); known ones are "_s
            + knownExercises(library));

    const auto absent = library.loadRoutineFile(elsewhere.filePath(u"absent.json"_s));
    ASSERT_FALSE(absent.ok());
    EXPECT_TRUE(absent.error().message.contains(u"cannot open the file"_s));
}

TEST(ContentLibrary, AcceptsASchemaLinkForEditors)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s,
        R"({"$schema": "../content.schema.json", "format": 1, "poses": {"sit": {}}})");
    const auto library = ContentLibrary::load({root.path()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    EXPECT_NE(library.pose(u"sit"_s), nullptr);
}

TEST(ContentFormatDocument, ExampleLoadsAndItsSampleErrorIsReal)
{
    QFile document(QStringLiteral(LIMBER_SOURCE_DIR "/docs/content-format.md"));
    ASSERT_TRUE(document.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(document.readAll());

    ContentRoot user;
    static const QRegularExpression example(
        u"`((?:poses|exercises|routines)/[a-z-]+\\.json)`\n```json\n(.*?)```"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QByteArray> files;
    for (auto it = example.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        files.insert(match.captured(1), match.captured(2).toUtf8());
        user.write(match.captured(1), match.captured(2).toUtf8());
    }
    ASSERT_EQ(files.size(), 3);
    const auto library = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    EXPECT_TRUE(library.errors().isEmpty()) << errorsText(library).toStdString();
    ASSERT_NE(library.routine(u"morning"_s), nullptr);
    EXPECT_EQ(library.routine(u"morning"_s)->items.size(), 2);
    ASSERT_NE(library.exercise(u"kneeling-rest"_s), nullptr);
    EXPECT_EQ(library.exercise(u"kneeling-rest"_s)->title.text({u"de-DE"_s}), u"Kniende Pause"_s);

    // The sample error in the document is what the misspelt pose really gives.
    const QString exercisePath = u"exercises/kneeling-rest.json"_s;
    QByteArray misspelt = files.value(exercisePath);
    misspelt.replace("\"pose\": \"cross-legged-upright\"", "\"pose\": \"cross-leged-upright\"");
    user.write(exercisePath, misspelt);
    const auto broken = ContentLibrary::load({limber::bundledContentRoot(), user.path()});
    ASSERT_FALSE(broken.errors().isEmpty());
    const QString shown = broken.errors().first().toString();
    const QString expectedTail = shown.mid(shown.indexOf(exercisePath));
    EXPECT_TRUE(text.contains(u"/content/"_s + expectedTail + u'\n'))
        << "the document should show: " << expectedTail.toStdString();
}

TEST(ContentLibrary, UserContentRootIsInsideTheDataFolder)
{
    EXPECT_EQ(ContentLibrary::userContentRoot(u"/home/a/.local/share/Limber"_s),
        u"/home/a/.local/share/Limber/content"_s);
}

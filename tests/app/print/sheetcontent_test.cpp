// SheetContentBuilder: the words and pictures the sheet prints for a
// routine, from the bundled content and a test routine of the user's own.
#include "app/print/sheetcontent.h"
#include "core/content/contentlibrary.h"
#include "core/figure/posemath.h"
#include "core/model/exercise.h"
#include "core/model/routine.h"
#include "resources/content_resources.h"
#include "tests/app/print/printplurals.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTestData = QStringLiteral(LIMBER_TEST_DATA_DIR);

class SheetContentTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(limber::testing::installPrintPlurals()); }

    SheetContentTest()
        : bundled(ContentLibrary::load({bundledContentRoot()}))
        , withUserContent(ContentLibrary::load(
              {bundledContentRoot(), ContentLibrary::userContentRoot(kTestData)}))
    { }

    static SheetOptions british(bool logGrid = false)
    {
        return {logGrid, QDate(2026, 3, 2), QLocale(QLocale::English, QLocale::UnitedKingdom)};
    }

    ContentLibrary bundled;
    ContentLibrary withUserContent;
};

TEST_F(SheetContentTest, DefaultRoutineHasItsTitleDateNoticeAndDuration)
{
    ASSERT_TRUE(bundled.errors().isEmpty());
    const Result<SheetContent> sheet = SheetContentBuilder(bundled, british()).build(QString());
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    EXPECT_EQ(sheet->title, u"Daily hip stretch"_s);
    EXPECT_EQ(sheet->date, u"Monday, 2 March 2026"_s);
    EXPECT_EQ(sheet->notice, u"Ask your doctor before you start any exercise routine."_s);
    // Getting ready for 15 s; set-up steps of 10 s, 26 s (the lean: time to
    // say its instruction and three cautions) and 8 s (the default); four
    // holds of 60 s and three switches of 10 s: 329 s, nearest to 5 minutes,
    // as the start and Routines pages say.
    EXPECT_EQ(sheet->duration, u"About 5 minutes"_s);
    ASSERT_EQ(sheet->exercises.size(), 1);
    EXPECT_EQ(sheet->exercises.first().title, u"Seated Leg Cross"_s);
}

TEST_F(SheetContentTest, EachStepHasItsPictureThenTheGoal)
{
    const Result<SheetContent> sheet
        = SheetContentBuilder(bundled, british()).build(u"daily-hip-stretch"_s);
    ASSERT_TRUE(sheet.ok());
    const SheetExercise &exercise = sheet->exercises.first();
    const Exercise &source = *bundled.exercise(u"seated-leg-cross"_s);

    ASSERT_EQ(exercise.steps.size(), source.steps.size());
    ASSERT_EQ(exercise.figures.size(), source.steps.size() + 1);
    for (qsizetype i = 0; i < source.steps.size(); ++i) {
        const Step &step = source.steps.at(i);
        const SheetFigure &figure = exercise.figures.at(i);
        EXPECT_EQ(exercise.steps.at(i), step.text.english());
        EXPECT_EQ(figure.caption, QString::number(i + 1));
        EXPECT_EQ(figure.pose, source.poses.value(step.pose));
        EXPECT_EQ(figure.camera.yawDegrees, step.cameraYawDegrees);
        // Only the step that asks for movement gets an arrow.
        EXPECT_EQ(figure.motionFrom.has_value(), step.motion.has_value());
        if (step.motion) {
            EXPECT_EQ(*figure.motionFrom, source.poses.value(step.motion->fromPose));
        }
    }
    const SheetFigure &goal = exercise.figures.last();
    EXPECT_EQ(goal.caption, u"Goal"_s);
    EXPECT_EQ(goal.pose, source.poses.value(source.goalPose));
    EXPECT_EQ(exercise.goal, source.goal.english());
    EXPECT_EQ(exercise.breathing, source.breathing.english());
    ASSERT_EQ(exercise.cautions.size(), source.cautions.size());
    EXPECT_EQ(exercise.cautions.first(), source.cautions.first().english());
}

TEST_F(SheetContentTest, HoldPlanSaysHowManyHowLongWhichLegFirstAndTheSwitch)
{
    const Exercise &legCross = *bundled.exercise(u"seated-leg-cross"_s);
    RoutineItem item;
    item.holdsPerSide = 2;
    item.holdSeconds = 60;
    item.switchSeconds = 10;
    EXPECT_EQ(SheetContentBuilder::holdPlanText(item, legCross),
        u"2 holds per side, 60 s each \u00b7 start with the left leg on top \u00b7 10 s to switch"_s);

    item.holdsPerSide = 1;
    item.holdSeconds = 120;
    item.switchSeconds = 0;
    item.restSeconds = 30;
    item.firstSide = Side::Right;
    EXPECT_EQ(SheetContentBuilder::holdPlanText(item, legCross),
        u"1 hold per side, 2 min each \u00b7 start with the right leg on top"
        u" \u00b7 30 s rest before the next exercise"_s);

    const Exercise &kneeling = *withUserContent.exercise(u"kneeling-rest"_s);
    item = RoutineItem {};
    item.holdsPerSide = 3;
    item.holdSeconds = 90;
    item.switchSeconds = 15;
    EXPECT_EQ(SheetContentBuilder::holdPlanText(item, kneeling),
        u"3 holds, 90 s each \u00b7 15 s rest between holds"_s);
}

TEST_F(SheetContentTest, DurationsUseMinutesOnlyWhenWhole)
{
    EXPECT_EQ(SheetContentBuilder::durationText(45), u"45 s"_s);
    EXPECT_EQ(SheetContentBuilder::durationText(60), u"60 s"_s);
    EXPECT_EQ(SheetContentBuilder::durationText(90), u"90 s"_s);
    EXPECT_EQ(SheetContentBuilder::durationText(150), u"150 s"_s);
    EXPECT_EQ(SheetContentBuilder::durationText(180), u"3 min"_s);
}

TEST_F(SheetContentTest, RoutineStartingOnTheRightShowsTheMirrorImage)
{
    const Result<SheetContent> sheet
        = SheetContentBuilder(withUserContent, british()).build(u"long-week"_s);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_EQ(sheet->exercises.size(), 3);
    const SheetExercise &legCross = sheet->exercises.at(1);
    const Exercise &source = *withUserContent.exercise(u"seated-leg-cross"_s);
    const Step &first = source.steps.first();
    EXPECT_EQ(legCross.figures.first().pose, mirrored(source.poses.value(first.pose)));
    EXPECT_EQ(legCross.figures.first().camera.yawDegrees, -first.cameraYawDegrees);
    EXPECT_TRUE(legCross.holdPlan.contains(u"start with the right leg on top"_s));

    // The exercise without sides is shown as written.
    const SheetExercise &kneeling = sheet->exercises.first();
    const Exercise &kneelingSource = *withUserContent.exercise(u"kneeling-rest"_s);
    EXPECT_EQ(kneeling.figures.first().pose,
        kneelingSource.poses.value(kneelingSource.steps.first().pose));
}

TEST_F(SheetContentTest, WeekGridBoxesFollowTheOrderOfTheHolds)
{
    const Result<SheetContent> sheet
        = SheetContentBuilder(withUserContent, british(true)).build(u"long-week"_s);
    ASSERT_TRUE(sheet.ok());
    EXPECT_TRUE(sheet->logGrid);
    ASSERT_EQ(sheet->logItems.size(), 3);
    EXPECT_EQ(sheet->logItems.at(0).holds, 3);
    EXPECT_TRUE(sheet->logItems.at(0).sideLetters.isEmpty());
    EXPECT_EQ(sheet->logItems.at(1).holds, 6);
    EXPECT_EQ(sheet->logItems.at(1).sideLetters, (QStringList {u"R"_s, u"L"_s}));
    EXPECT_EQ(sheet->logItems.at(1).sideLegend,
        (QStringList {u"R = right leg on top"_s, u"L = left leg on top"_s}));
}

TEST_F(SheetContentTest, WeekStartsOnTheLocalesFirstDay)
{
    SheetOptions us = british(true);
    us.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const Result<SheetContent> american = SheetContentBuilder(bundled, us).build(QString());
    ASSERT_TRUE(american.ok());
    EXPECT_EQ(american->dayNames,
        (QStringList {u"Sunday"_s, u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s,
            u"Friday"_s, u"Saturday"_s}));
    EXPECT_EQ(american->date, u"Monday, March 2, 2026"_s);

    const Result<SheetContent> british_
        = SheetContentBuilder(bundled, british(true)).build(QString());
    ASSERT_TRUE(british_.ok());
    EXPECT_EQ(british_->dayNames.first(), u"Monday"_s);
    EXPECT_EQ(british_->dayNames.last(), u"Sunday"_s);
}

TEST_F(SheetContentTest, ContentTextFollowsTheLanguage)
{
    SheetOptions german = british();
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    const Result<SheetContent> sheet
        = SheetContentBuilder(withUserContent, german).build(u"long-week"_s);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->exercises.first().title, u"Kniende Pause"_s);
    // The bundled exercise in its German version.
    EXPECT_EQ(sheet->exercises.at(1).title, u"Schneidersitz-Dehnung"_s);
    EXPECT_EQ(sheet->dayNames.first(), u"Montag"_s);
}

TEST_F(SheetContentTest, ContentTextInALanguageLimberDoesNotShipIsEnglish)
{
    SheetOptions portuguese = british();
    portuguese.locale = QLocale(QLocale::Portuguese, QLocale::Brazil);
    const Result<SheetContent> sheet
        = SheetContentBuilder(withUserContent, portuguese).build(u"long-week"_s);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->exercises.at(1).title, u"Seated Leg Cross"_s);
}

TEST_F(SheetContentTest, UnknownRoutineIsNamedWithTheKnownOnes)
{
    const Result<SheetContent> sheet
        = SheetContentBuilder(withUserContent, british()).build(u"evening"_s);
    ASSERT_FALSE(sheet.ok());
    const QString message = sheet.error().message;
    EXPECT_TRUE(message.contains(u"\"evening\""_s)) << message.toStdString();
    for (const Routine &routine : withUserContent.routines())
        EXPECT_TRUE(message.contains(routine.id)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"daily-hip-stretch"_s)) << message.toStdString();
}

TEST_F(SheetContentTest, EmptyLibraryHasNothingToPrint)
{
    const ContentLibrary empty = ContentLibrary::load({QDir(kTestData).filePath(u"none"_s)});
    const Result<SheetContent> byDefault = SheetContentBuilder(empty, british()).build(QString());
    ASSERT_FALSE(byDefault.ok());
    EXPECT_TRUE(byDefault.error().message.contains(u"No routines"_s));
    const Result<SheetContent> named = SheetContentBuilder(empty, british()).build(u"x"_s);
    ASSERT_FALSE(named.ok());
    EXPECT_TRUE(named.error().message.contains(u"\"x\""_s));
}

TEST_F(SheetContentTest, RoutineWithAMissingExerciseIsRefused)
{
    Routine routine;
    routine.id = u"broken"_s;
    routine.title = LocalizedText(u"Broken"_s);
    routine.items.append(RoutineItem {u"no-such-exercise"_s});
    const Result<SheetContent> sheet = SheetContentBuilder(bundled, british()).build(routine);
    ASSERT_FALSE(sheet.ok());
    EXPECT_TRUE(sheet.error().message.contains(u"no-such-exercise"_s));
}

} // namespace

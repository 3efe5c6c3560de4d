// Broken content files, one at a time, beside good ones: each gives the
// expected error (file, line, column, field, message) and the good files
// still load.
#include "core/content/contentlibrary.h"
#include "tests/core/content/contentfixture.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using limber::ContentLibrary;
using limber::testing::ContentRoot;

namespace {

struct BadFile
{
    const char *name;
    QString path; ///< relative to the content root
    QByteArray content;
    int line;
    int column;
    QString field;
    QString message; ///< expected at the start of the message
};

void PrintTo(const BadFile &bad, std::ostream *out)
{
    *out << bad.name;
}

// An exercise with each key on its own line, so positions are easy to read off:
// line 4 is the title, line 6 the steps.
QByteArray exercise(const QByteArray &title = R"("Bad")",
    const QByteArray &steps = R"([{"text": "Sit.", "pose": "sit"}])",
    const QByteArray &format = "1")
{
    return "{\n"
           "  \"format\": "
        + format
        + ",\n"
          "  \"id\": \"bad\",\n"
          "  \"title\": "
        + title
        + ",\n"
          "  \"summary\": \"Bad example.\",\n"
          "  \"steps\": "
        + steps
        + ",\n"
          "  \"holdPose\": \"sit\"\n"
          "}\n";
}

// A routine whose single item has its exercise on line 7 and `line8` on line 8.
QByteArray routine(const QByteArray &exerciseId, const QByteArray &line8)
{
    return "{\n"
           "  \"format\": 1,\n"
           "  \"id\": \"bad\",\n"
           "  \"title\": \"Bad\",\n"
           "  \"items\": [\n"
           "    {\n"
           "      \"exercise\": \""
        + exerciseId
        + "\",\n"
          "      "
        + line8
        + "\n"
          "    }\n"
          "  ]\n"
          "}\n";
}

class BadContentFile : public testing::TestWithParam<BadFile>
{
};

TEST(ContentFileLanguages, CodesWithARegionOrAScriptAreAccepted)
{
    ContentRoot root;
    root.write(u"poses/p.json"_s, limber::testing::posesJson());
    root.write(u"exercises/bad.json"_s,
        exercise(
            R"({"en": "Lean", "pt-BR": "Inclinar", "zh-Hant": "前傾", "sr-Latn-RS": "Nagib"})"));
    const auto library = ContentLibrary::load({root.path()});
    EXPECT_TRUE(library.errors().isEmpty())
        << limber::joinContentErrors(library.errors()).toStdString();
    const limber::Exercise *exercise = library.exercise(u"bad"_s);
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->title.text({u"pt-BR"_s}), u"Inclinar"_s);
    EXPECT_EQ(exercise->title.text({u"zh-Hant"_s}), u"前傾"_s);
}

TEST_P(BadContentFile, IsReportedWhileTheOthersLoad)
{
    const BadFile &bad = GetParam();
    ContentRoot root;
    root.write(u"poses/p.json"_s, limber::testing::posesJson());
    root.write(u"exercises/lean.json"_s, limber::testing::exerciseJson("lean"));
    root.write(u"routines/good.json"_s, limber::testing::routineJson("good", "lean"));
    const QString path = root.write(bad.path, bad.content);

    const auto library = ContentLibrary::load({root.path()});
    ASSERT_FALSE(library.errors().isEmpty());
    const limber::ContentError &error = library.errors().first();
    const std::string shown = limber::joinContentErrors(library.errors()).toStdString();
    for (const limber::ContentError &each : library.errors())
        EXPECT_EQ(each.file, path) << shown;
    EXPECT_EQ(error.line, bad.line) << shown;
    EXPECT_EQ(error.column, bad.column) << shown;
    EXPECT_EQ(error.field, bad.field) << shown;
    EXPECT_TRUE(error.message.startsWith(bad.message)) << shown;

    EXPECT_NE(library.exercise(u"lean"_s), nullptr);
    EXPECT_NE(library.routine(u"good"_s), nullptr);
    EXPECT_EQ(library.exercise(u"bad"_s), nullptr);
    EXPECT_EQ(library.routine(u"bad"_s), nullptr);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Files, BadContentFile, testing::Values(
    BadFile {"Empty", u"exercises/bad.json"_s, "", 1, 1, {},
             u"the file is empty; a content file holds one JSON object"_s},
    BadFile {"Truncated", u"exercises/bad.json"_s, exercise().left(91), 6, 13, u"steps"_s,
             u"the file ends before the list opened at line 6, column 12 is closed"_s},
    BadFile {"BinaryJunk", u"exercises/bad.json"_s, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), 1, 1, {},
             u"the file is not valid UTF-8 text (byte 0x89 here"_s},
    BadFile {"InvalidUtf8", u"exercises/bad.json"_s, exercise("\"Caf\xE9\""), 4, 16, {},
             u"the file is not valid UTF-8 text (byte 0xE9 here"_s},
    BadFile {"TwoMegabytes", u"exercises/bad.json"_s, exercise("\"" + QByteArray(2 * 1024 * 1024, 'a') + "\""), 0, 0, {},
             u"the file is larger than the 1024 KiB a content file may have"_s},
    BadFile {"DeepNesting", u"routines/bad.json"_s, QByteArray(10000, '['), 1, 33, u"[0]"_s.repeated(32),
             u"objects and lists are nested more than 32 levels deep"_s},
    BadFile {"DuplicateKey", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"title\": \"Again\""), 5, 3, u"title"_s,
             u"the key \"title\" appears twice in one object (first at line 4, column 3)"_s},
    BadFile {"WrongFormatVersion", u"exercises/bad.json"_s, exercise("\"Bad\"", "[]", "2"), 2, 13, u"format"_s,
             u"this file is written in content format 2, but this version of Limber reads format 1 only"_s},
    BadFile {"MissingFormat", u"poses/bad.json"_s, R"({"poses": {"x": {}}})", 1, 1, u"format"_s,
             u"missing; add \"format\": 1"_s},
    BadFile {"NotAnObject", u"poses/bad.json"_s, "[1]", 1, 1, {},
             u"expected one object in braces {...} holding the whole file, found a list"_s},
    BadFile {"UnknownKey", u"exercises/bad.json"_s, exercise().replace("\"title\"", "\"titel\""), 4, 3, u"titel"_s,
             u"unknown key \"titel\" (did you mean \"title\"?); the keys allowed here are \"format\", \"id\", \"title\""_s},
    BadFile {"StepsNotAList", u"exercises/bad.json"_s, exercise("\"Bad\"", "{}"), 6, 12, u"steps"_s,
             u"expected a list in square brackets [...], found an object"_s},
    BadFile {"NoSteps", u"exercises/bad.json"_s, exercise("\"Bad\"", "[]"), 6, 12, u"steps"_s,
             u"the list is empty; add at least one step"_s},
    BadFile {"MissingEnglish", u"exercises/bad.json"_s, exercise(R"({"de": "Schlecht"})"), 4, 12, u"title"_s,
             u"there is no English text; add \"en\": \"...\""_s},
    BadFile {"BadLanguageCode", u"exercises/bad.json"_s, exercise(R"({"en": "Bad", "EN": "Bad"})"), 4, 26, u"title.EN"_s,
             u"\"EN\" is not a language code"_s},
    BadFile {"LanguageCodeTooShort", u"exercises/bad.json"_s, exercise(R"({"en": "Bad", "e": "Bad"})"), 4, 26, u"title.e"_s,
             u"\"e\" is not a language code"_s},
    BadFile {"LanguageCodeWithAnEmptySubtag", u"exercises/bad.json"_s, exercise(R"({"en": "Bad", "pt-": "Bad"})"), 4, 26, u"title.pt-"_s,
             u"\"pt-\" is not a language code"_s},
    BadFile {"LanguageCodeWithALongSubtag", u"exercises/bad.json"_s, exercise(R"({"en": "Bad", "de-abcdefghi": "Bad"})"), 4, 26, u"title.de-abcdefghi"_s,
             u"\"de-abcdefghi\" is not a language code"_s},
    BadFile {"LanguageCodeEndingInALineBreak", u"exercises/bad.json"_s, exercise(R"({"en": "Bad", "de\n": "Bad"})"), 4, 26, u"title.de\n"_s,
             u"\"de\n\" is not a language code"_s},
    BadFile {"EmptyText", u"exercises/bad.json"_s, exercise(R"("  ")"), 4, 12, u"title"_s,
             u"the text is empty"_s},
    BadFile {"BadId", u"exercises/bad.json"_s, exercise().replace("\"bad\"", "\"Bad Id\""), 3, 9, u"id"_s,
             u"\"Bad Id\" is not a valid id"_s},
    BadFile {"MissingRequiredKey", u"exercises/bad.json"_s, exercise().replace(",\n  \"holdPose\": \"sit\"", ""), 1, 1, u"holdPose"_s,
             u"missing; add \"holdPose\" to the object that starts here (it is required)"_s},
    BadFile {"UnknownPose", u"exercises/bad.json"_s, exercise("\"Bad\"", R"([{"text": "Sit.", "pose": "lean-halfwy"}])"), 6, 38, u"steps[0].pose"_s,
             u"unknown pose \"lean-halfwy\"; known ones are \"lean\", \"sit\""_s},
    BadFile {"MisspeltPose", u"exercises/bad.json"_s, exercise("\"Bad\"", R"([{"text": "Sit.", "pose": "laen"}])"), 6, 38, u"steps[0].pose"_s,
             u"unknown pose \"laen\" (did you mean \"lean\"?); known ones are \"lean\", \"sit\""_s},
    BadFile {"MotionFromTheSamePose", u"exercises/bad.json"_s, exercise("\"Bad\"", R"([{"text": "Sit.", "pose": "sit", "motion": {"fromPose": "sit"}}])"), 6, 55, u"steps[0].motion"_s,
             u"the movement starts and ends in the same pose \"sit\""_s},
    BadFile {"CameraOutOfRange", u"exercises/bad.json"_s, exercise("\"Bad\"", R"([{"text": "Sit.", "pose": "sit", "cameraYaw": 200}])"), 6, 58, u"steps[0].cameraYaw"_s,
             u"200 is out of range; the camera turns from -180 to 180 degrees"_s},
    BadFile {"AlternatingWithoutLabels", u"exercises/bad.json"_s, exercise().replace("\"holdPose\"", "\"sideMode\": \"alternating\", \"holdPose\""), 1, 1, u"sideLabels"_s,
             u"missing; an exercise with \"sideMode\": \"alternating\" names its sides"_s},
    BadFile {"ProgrammeOrderZero", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"programmeOrder\": 0"), 5, 21, u"programmeOrder"_s,
             u"0 is out of range; the place in the programme is 1 to 999, 1 first"_s},
    BadFile {"ProgrammeOrderAsText", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"programmeOrder\": \"4\""), 5, 21, u"programmeOrder"_s,
             u"expected a whole number, found the text \"4\""_s},
    BadFile {"ProgressionStepTooSmall", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"progression\": {\"stepSeconds\": 3}"), 5, 34, u"progression.stepSeconds"_s,
             u"3 is out of range; a hold grows by 5 to 60 seconds at a time"_s},
    BadFile {"ProgressionLongestHoldTooLong", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"progression\": {\"maxHoldSeconds\": 700}"), 5, 37, u"progression.maxHoldSeconds"_s,
             u"700 is out of range; the longest hold to grow to is 10 to 600 seconds"_s},
    BadFile {"ProgressionNoHolds", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"progression\": {\"maxHoldsPerSide\": 0}"), 5, 38, u"progression.maxHoldsPerSide"_s,
             u"0 is out of range; the most holds per side to grow to is 1 to 10"_s},
    BadFile {"ProgressionNotAnObject", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"progression\": 15"), 5, 18, u"progression"_s,
             u"expected an object"_s},
    BadFile {"GoalTimeframeNotText", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"goalTimeframe\": 6"), 5, 20, u"goalTimeframe"_s,
             u"expected text"_s},
    BadFile {"AskFirstEmpty", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"askFirst\": []"), 5, 15, u"askFirst"_s,
             u"the list is empty"_s},
    BadFile {"AskFirstEntryEmpty", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"askFirst\": [\"after surgery\", \" \"]"), 5, 33, u"askFirst[1]"_s,
             u"the text is empty"_s},
    BadFile {"GetReadyEmpty", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"getReady\": \"\""), 5, 15, u"getReady"_s,
             u"the text is empty"_s},
    BadFile {"UnknownGetReadyPose", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"getReadyPose\": \"sitt\""), 5, 19, u"getReadyPose"_s,
             u"unknown pose \"sitt\" (did you mean \"sit\"?); known ones are \"lean\", \"sit\""_s},
    BadFile {"GetReadyCameraWithoutPose", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"getReadyCameraYaw\": 30"), 5, 24, u"getReadyCameraYaw"_s,
             u"a get-ready camera needs \"getReadyPose\""_s},
    BadFile {"GetReadyCameraOutOfRange", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"getReadyPose\": \"sit\", \"getReadyCameraYaw\": -181"), 5, 47, u"getReadyCameraYaw"_s,
             u"-181 is out of range; the camera turns from -180 to 180 degrees"_s},
    BadFile {"FinishAsList", u"exercises/bad.json"_s, exercise("\"Bad\",\n  \"finish\": [\"Sit up.\"]"), 5, 13, u"finish"_s,
             u"expected text"_s},
    BadFile {"StepCautionsNotAList", u"exercises/bad.json"_s, exercise("\"Bad\"", R"([{"text": "Sit.", "pose": "sit", "cautions": "Slowly."}])"), 6, 57, u"steps[0].cautions"_s,
             u"expected a list"_s},
    BadFile {"StepCautionsEmpty", u"exercises/bad.json"_s, exercise("\"Bad\"", R"([{"text": "Sit.", "pose": "sit", "cautions": []}])"), 6, 57, u"steps[0].cautions"_s,
             u"the list is empty"_s},
    BadFile {"UnknownSupport", u"poses/bad.json"_s, R"({"format": 1, "poses": {"seated": {"support": "sofa"}}})", 1, 47, u"poses.seated.support"_s,
             u"\"sofa\" is not allowed here; use one of \"floor\", \"chair\""_s},
    BadFile {"WristOutOfRange", u"poses/bad.json"_s, R"({"format": 1, "poses": {"flat": {"left": {"wristFlexion": 190}}}})", 1, 59, u"poses.flat.left.wristFlexion"_s,
             u"190 is out of range; joint angles are degrees from -180 to 180"_s},
    BadFile {"HoldZeroSeconds", u"routines/bad.json"_s, routine("lean", R"("holdSeconds": 0)"), 8, 22, u"items[0].holdSeconds"_s,
             u"0 is out of range; a hold lasts 10 to 600 seconds"_s},
    BadFile {"Hold601Seconds", u"routines/bad.json"_s, routine("lean", R"("holdSeconds": 601)"), 8, 22, u"items[0].holdSeconds"_s,
             u"601 is out of range; a hold lasts 10 to 600 seconds"_s},
    BadFile {"HoldNotWhole", u"routines/bad.json"_s, routine("lean", R"("holdSeconds": 60.5)"), 8, 22, u"items[0].holdSeconds"_s,
             u"expected a whole number, found 60.5"_s},
    BadFile {"HoldAsText", u"routines/bad.json"_s, routine("lean", R"("holdSeconds": "60")"), 8, 22, u"items[0].holdSeconds"_s,
             u"expected a whole number, found the text \"60\""_s},
    BadFile {"TooManyHolds", u"routines/bad.json"_s, routine("lean", R"("holdsPerSide": 11)"), 8, 23, u"items[0].holdsPerSide"_s,
             u"11 is out of range; use 1 to 10 holds per side"_s},
    BadFile {"LongSwitch", u"routines/bad.json"_s, routine("lean", R"("switchSeconds": 121)"), 8, 24, u"items[0].switchSeconds"_s,
             u"121 is out of range; switching sides takes 0 to 120 seconds"_s},
    BadFile {"LongRest", u"routines/bad.json"_s, routine("lean", R"("restSeconds": 601)"), 8, 22, u"items[0].restSeconds"_s,
             u"601 is out of range; a rest lasts 0 to 600 seconds"_s},
    BadFile {"LongGetReady", u"routines/bad.json"_s, routine("lean", R"("getReadySeconds": 121)"), 8, 26, u"items[0].getReadySeconds"_s,
             u"121 is out of range; getting ready takes 0 to 120 seconds"_s},
    BadFile {"NegativeGetReady", u"routines/bad.json"_s, routine("lean", R"("getReadySeconds": -1)"), 8, 26, u"items[0].getReadySeconds"_s,
             u"-1 is out of range; getting ready takes 0 to 120 seconds"_s},
    BadFile {"SidedAsText", u"routines/bad.json"_s, routine("lean", R"("sided": "no")"), 8, 16, u"items[0].sided"_s,
             u"expected true or false"_s},
    BadFile {"WrongSideName", u"routines/bad.json"_s, routine("lean", R"("firstSide": "top")"), 8, 20, u"items[0].firstSide"_s,
             u"\"top\" is not allowed here; use one of \"left\", \"right\""_s},
    BadFile {"SideForUnsidedExercise", u"routines/bad.json"_s, routine("lean", R"("firstSide": "left")"), 8, 20, u"items[0].firstSide"_s,
             u"the exercise \"lean\" has no sides; remove \"firstSide\""_s},
    BadFile {"UnknownExercise", u"routines/bad.json"_s, routine("leen", R"("holdSeconds": 30)"), 7, 19, u"items[0].exercise"_s,
             u"unknown exercise \"leen\" (did you mean \"lean\"?); known ones are \"lean\""_s},
    BadFile {"AngleOutOfRange", u"poses/bad.json"_s, "{\n  \"format\": 1,\n  \"poses\": {\n    \"bent\": {\"spineFlexion\": 200}\n  }\n}\n", 4, 30, u"poses.bent.spineFlexion"_s,
             u"200 is out of range; joint angles are degrees from -180 to 180"_s},
    BadFile {"UnknownJoint", u"poses/bad.json"_s, R"({"format": 1, "poses": {"bent": {"left": {"knee": 90}}}})", 1, 43, u"poses.bent.left.knee"_s,
             u"unknown key \"knee\"; the keys allowed here are"_s},
    BadFile {"BadPoseId", u"poses/bad.json"_s, R"({"format": 1, "poses": {"Bent Over": {}}})", 1, 25, u"poses.Bent Over"_s,
             u"\"Bent Over\" is not a valid id"_s}),
    [](const testing::TestParamInfo<BadFile> &param) { return std::string(param.param.name); });
// clang-format on

} // namespace

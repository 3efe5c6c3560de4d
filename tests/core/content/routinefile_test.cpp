// Routine files written and read back: every field survives, the text is
// stable, and a bad file is refused with the file, line, column and field.
#include "core/content/contentlibrary.h"
#include "core/content/routinefile.h"
#include "tests/core/content/contentfixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using limber::testing::ContentRoot;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

LocalizedText translated(
    const QString &english, const QString &german, const QString &brazilian = {})
{
    LocalizedText text(english);
    text.set(u"de"_s, german);
    if (!brazilian.isEmpty())
        text.set(u"pt-BR"_s, brazilian);
    return text;
}

// Every field away from its default, in both items.
Routine everyField()
{
    Routine routine;
    routine.id = u"physio-week-3"_s;
    routine.title = translated(u"Week 3 — hips \"and\" back"_s, u"Woche 3: Hüfte und Rücken"_s,
        u"Semana 3: quadris e costas"_s);
    routine.description = translated(u"Slowly.\nTwo lines, a tab\tand a backslash \\."_s,
        u"Langsam, mit Ruhe — ß, ü, ä 🙂"_s);
    RoutineItem sided;
    sided.exerciseId = u"cross"_s;
    sided.holdsPerSide = 3;
    sided.holdSeconds = 90;
    sided.switchSeconds = 7;
    sided.restSeconds = 30;
    sided.firstSide = Side::Right;
    sided.includeSetup = false;
    sided.getReadySeconds = 0;
    sided.sided = false;
    RoutineItem unsided;
    unsided.exerciseId = u"lean"_s;
    unsided.holdsPerSide = 10;
    unsided.holdSeconds = 600;
    unsided.switchSeconds = 120;
    unsided.restSeconds = 600;
    unsided.firstSide = Side::None;
    unsided.getReadySeconds = 120;
    routine.items = {sided, unsided};
    return routine;
}

void expectSame(const Routine &actual, const Routine &expected)
{
    EXPECT_EQ(actual.id, expected.id);
    EXPECT_EQ(actual.title, expected.title);
    EXPECT_EQ(actual.description, expected.description);
    EXPECT_EQ(actual.items, expected.items);
}

std::string message(const Result<Routine> &result)
{
    return result ? std::string("(no error)") : result.error().message.toStdString();
}

class RoutineFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_root.write(u"poses/p.json"_s, limber::testing::posesJson());
        m_root.write(u"exercises/lean.json"_s, limber::testing::exerciseJson("lean"));
        m_root.write(u"exercises/cross.json"_s,
            limber::testing::exerciseJson("cross", "Cross", "alternating"));
        library = ContentLibrary::load({m_root.path()});
        ASSERT_TRUE(library.errors().isEmpty())
            << joinContentErrors(library.errors()).toStdString();
    }

    ContentRoot m_root;
    ContentLibrary library;
};

TEST(RoutineJson, EveryFieldRoundTripsExactly)
{
    const Routine original = everyField();
    const QByteArray json = routineToJson(original);
    auto read = parseRoutineJson(json, u"week.json"_s);
    ASSERT_TRUE(read) << message(read);
    expectSame(*read, original);
    EXPECT_EQ(routineToJson(*read), json) << "writing what was read gives the same bytes";
}

TEST(RoutineJson, DefaultsAreWrittenOutSoTheFileSaysEverything)
{
    Routine routine;
    routine.id = u"plain"_s;
    routine.title = LocalizedText(u"Plain"_s);
    RoutineItem item;
    item.exerciseId = u"lean"_s;
    routine.items = {item};
    const QString json = QString::fromUtf8(routineToJson(routine));
    for (const char *key : {"\"includeSetup\": true", "\"getReadySeconds\": 15", "\"sided\": true",
             "\"firstSide\": \"left\"", "\"holdsPerSide\": 2", "\"holdSeconds\": 60",
             "\"switchSeconds\": 10", "\"restSeconds\": 0"})
        EXPECT_THAT(json.toStdString(), HasSubstr(key));
    EXPECT_THAT(json.toStdString(), ::testing::Not(HasSubstr("description")))
        << "an empty description is left out, as the format allows";
}

TEST(RoutineJson, LayoutIsIndentedWithKeysInTheDocumentedOrder)
{
    Routine routine;
    routine.id = u"morning"_s;
    routine.title = translated(u"Morning"_s, u"Morgen"_s);
    RoutineItem item;
    item.exerciseId = u"lean"_s;
    item.firstSide = Side::None;
    routine.items = {item};
    EXPECT_EQ(routineToJson(routine).toStdString(), R"({
  "format": 1,
  "id": "morning",
  "title": {
    "en": "Morning",
    "de": "Morgen"
  },
  "items": [
    {
      "exercise": "lean",
      "includeSetup": true,
      "getReadySeconds": 15,
      "sided": true,
      "holdsPerSide": 2,
      "holdSeconds": 60,
      "switchSeconds": 10,
      "restSeconds": 0
    }
  ]
}
)");
}

TEST(RoutineJson, UnicodeIsWrittenAsUtf8AndReadBack)
{
    Routine routine = everyField();
    routine.title = LocalizedText(u"朝のストレッチ – Dehnübung"_s);
    const QByteArray json = routineToJson(routine);
    EXPECT_TRUE(json.contains(u"朝のストレッチ – Dehnübung"_s.toUtf8()));
    auto read = parseRoutineJson(json, u"u.json"_s);
    ASSERT_TRUE(read) << message(read);
    EXPECT_EQ(read->title, routine.title);
}

TEST_F(RoutineFileTest, ReadWithTheLibraryGivesAFittedRoutineBackExactly)
{
    const Routine original = everyField();
    auto read = routineFromJson(routineToJson(original), u"week.json"_s, library);
    ASSERT_TRUE(read) << message(read);
    expectSame(*read, original);
}

TEST_F(RoutineFileTest, SidesFitTheExercisesWhenTheFileNamesNone)
{
    const QByteArray json = R"({"format": 1, "id": "r", "title": "R",
        "items": [{"exercise": "cross"}, {"exercise": "lean"}]})";
    auto plain = parseRoutineJson(json, u"r.json"_s);
    ASSERT_TRUE(plain) << message(plain);
    EXPECT_EQ(plain->items[0].firstSide, Side::None) << "not written, not known yet";
    auto fitted = routineFromJson(json, u"r.json"_s, library);
    ASSERT_TRUE(fitted) << message(fitted);
    EXPECT_EQ(fitted->items[0].firstSide, Side::Left) << "an alternating exercise starts left";
    EXPECT_EQ(fitted->items[1].firstSide, Side::None) << "an unsided exercise has no side";
    EXPECT_EQ(fitted->items[0].getReadySeconds, 15);
    EXPECT_TRUE(fitted->items[0].sided);
}

TEST_F(RoutineFileTest, FitRoutineSidesMendsAnEditorsDefaults)
{
    Routine routine = everyField();
    routine.items[0].firstSide = Side::None;
    routine.items[1].firstSide = Side::Left; // the RoutineItem default, wrong for "lean"
    routine.items.append(RoutineItem {u"gone"_s});
    routine.items[2].firstSide = Side::Right;
    fitRoutineSides(routine, library);
    EXPECT_EQ(routine.items[0].firstSide, Side::Left);
    EXPECT_EQ(routine.items[1].firstSide, Side::None);
    EXPECT_EQ(routine.items[2].firstSide, Side::Right) << "an unknown exercise is left alone";
}

TEST_F(RoutineFileTest, SavedFileLoadsThroughTheLibraryAsTheSameRoutine)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"handed-over.json"_s);
    const Routine original = everyField();
    ASSERT_TRUE(saveRoutineFile(path, original));
    auto loaded = library.loadRoutineFile(path);
    ASSERT_TRUE(loaded) << message(loaded);
    expectSame(*loaded, original);
}

TEST(RoutineFileSave, AFolderThatIsNotThereIsAnErrorNamingThePath)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"missing/r.json"_s);
    Status saved = saveRoutineFile(path, everyField());
    ASSERT_FALSE(saved);
    EXPECT_THAT(saved.error().message.toStdString(), HasSubstr("missing"));
    EXPECT_FALSE(QFile::exists(path));
}

struct BadRoutine
{
    const char *name;
    QByteArray json;
    QString expected; ///< the whole first line of the error
};

void PrintTo(const BadRoutine &bad, std::ostream *out)
{
    *out << bad.name;
}

// One key per line, so a position reads off easily: the item opens on line 6,
// its exercise is on line 7, `itemLine` on line 8.
QByteArray routine(const QByteArray &exerciseId, const QByteArray &itemLine,
    const QByteArray &format = "1", const QByteArray &titleLine = "\"title\": \"R\",")
{
    return "{\n"
           "  \"format\": "
        + format + ",\n  \"id\": \"r\",\n  " + titleLine
        + "\n  \"items\": [\n    {\n      \"exercise\": \"" + exerciseId + "\",\n      " + itemLine
        + "\n    }\n  ]\n}\n";
}

class BadRoutineFile : public RoutineFileTest, public ::testing::WithParamInterface<BadRoutine>
{
};

TEST_P(BadRoutineFile, IsRefusedWithFileLineColumnAndField)
{
    const BadRoutine &bad = GetParam();
    auto read = routineFromJson(bad.json, u"/tmp/from-physio.json"_s, library);
    ASSERT_FALSE(read) << bad.json.toStdString();
    EXPECT_EQ(read.error().message.section(u'\n', 0, 0).toStdString(), bad.expected.toStdString());
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Files, BadRoutineFile, ::testing::Values(
    BadRoutine {"MalformedJson", routine("lean", "\"holdSeconds\": 30,"),
        u"/tmp/from-physio.json:9:5: items[0]: a comma before '}' is followed by no key; remove the last comma"_s},
    BadRoutine {"NotJsonAtAll", "holdSeconds = 30",
        u"/tmp/from-physio.json:1:1: expected a value (text in double quotes, a number, true, false, null, a list or an object) but found 'h'"_s},
    BadRoutine {"MissingTitle", routine("lean", "\"holdSeconds\": 30", "1", ""),
        u"/tmp/from-physio.json:1:1: title: missing; add \"title\" to the object that starts here (it is required)"_s},
    BadRoutine {"MissingExercise", routine("lean", "\"holdSeconds\": 30").replace("\"exercise\": \"lean\",", ""),
        u"/tmp/from-physio.json:6:5: items[0].exercise: missing; add \"exercise\" to the object that starts here (it is required)"_s},
    BadRoutine {"HoldTooLong", routine("lean", "\"holdSeconds\": 601"),
        u"/tmp/from-physio.json:8:22: items[0].holdSeconds: 601 is out of range; a hold lasts 10 to 600 seconds"_s},
    BadRoutine {"GetReadyTooLong", routine("lean", "\"getReadySeconds\": 121"),
        u"/tmp/from-physio.json:8:26: items[0].getReadySeconds: 121 is out of range; getting ready takes 0 to 120 seconds"_s},
    BadRoutine {"SidedNotBoolean", routine("cross", "\"sided\": 1"),
        u"/tmp/from-physio.json:8:16: items[0].sided: expected true or false, found the number 1"_s},
    BadRoutine {"UnknownExercise", routine("cros", "\"holdSeconds\": 30"),
        u"/tmp/from-physio.json:7:19: items[0].exercise: unknown exercise \"cros\" (did you mean \"cross\"?); known ones are \"cross\", \"lean\""_s},
    BadRoutine {"SideForUnsidedExercise", routine("lean", "\"firstSide\": \"right\""),
        u"/tmp/from-physio.json:8:20: items[0].firstSide: the exercise \"lean\" has no sides; remove \"firstSide\" from this item"_s},
    BadRoutine {"WrongFormatNumber", routine("lean", "\"holdSeconds\": 30", "2"),
        u"/tmp/from-physio.json:2:13: format: this file is written in content format 2, but this version of Limber reads format 1 only; update Limber or rewrite the file in format 1"_s}),
    [](const ::testing::TestParamInfo<BadRoutine> &param) { return std::string(param.param.name); });
// clang-format on

} // namespace

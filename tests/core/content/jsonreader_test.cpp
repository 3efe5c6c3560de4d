// The strict JSON reader: positions of values and keys, and a clear error
// with the right position for every kind of broken input.
#include "core/content/contentparsers.h"
#include "core/content/jsonreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using limber::JsonReader;
using limber::JsonValue;

namespace {

JsonValue parseOk(const QByteArray &text)
{
    auto result = JsonReader::parse(text);
    EXPECT_TRUE(result.ok()) << result.error->toString().toStdString();
    return result.value;
}

limber::ContentError parseError(const QByteArray &text)
{
    auto result = JsonReader::parse(text);
    EXPECT_FALSE(result.ok()) << "accepted: " << text.left(80).toStdString();
    return result.error.value_or(limber::ContentError {});
}

} // namespace

TEST(JsonReader, RecordsLineAndColumnOfNestedValuesAndKeys)
{
    const QByteArray text = "{\n"
                            "  \"steps\": [\n"
                            "    {\"text\": \"sit\"},\n"
                            "    {\"text\": \"lean\", \"pose\": \"half\"}\n"
                            "  ]\n"
                            "}\n";
    const JsonValue root = parseOk(text);
    ASSERT_TRUE(root.isObject());
    EXPECT_EQ(root.line, 1);
    EXPECT_EQ(root.column, 1);
    const auto *steps = root.member(u"steps"_s);
    ASSERT_NE(steps, nullptr);
    EXPECT_EQ(steps->line, 2);
    EXPECT_EQ(steps->column, 3);
    EXPECT_EQ(steps->value.line, 2);
    EXPECT_EQ(steps->value.column, 12);
    ASSERT_EQ(steps->value.items.size(), 2u);
    const JsonValue &second = steps->value.items[1];
    EXPECT_EQ(second.line, 4);
    EXPECT_EQ(second.column, 5);
    const auto *pose = second.member(u"pose"_s);
    ASSERT_NE(pose, nullptr);
    EXPECT_EQ(pose->line, 4);
    EXPECT_EQ(pose->column, 22);
    EXPECT_EQ(pose->value.column, 30);
    EXPECT_EQ(pose->value.string, u"half"_s);
}

TEST(JsonReader, CountsColumnsInCharactersNotBytes)
{
    // "é" and "→" are two and three bytes in UTF-8 but one character each.
    const JsonValue root = parseOk("{\"a\": \"\xC3\xA9\xE2\x86\x92\", \"b\": 1}");
    const auto *b = root.member(u"b"_s);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->column, 13);
    EXPECT_EQ(b->value.column, 18);
    EXPECT_EQ(root.member(u"a"_s)->value.string, u"é→"_s);
}

TEST(JsonReader, CountsColumnsAcrossEscapesInText)
{
    // An escape counts as the characters written in the file, not the one it stands for.
    const JsonValue root = parseOk("{\"a\": \"\xC3\xA9\\n\xE2\x86\x92\\u00e9x\", \"b\": \"\"}");
    EXPECT_EQ(root.member(u"a"_s)->value.string, u"é\n→éx"_s);
    const auto *b = root.member(u"b"_s);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->column, 22);
    EXPECT_EQ(b->value.column, 27);
    EXPECT_TRUE(b->value.string.isEmpty());
}

TEST(JsonReader, ADuplicateKeyIsFoundAmongManyKeys)
{
    // Past a handful of keys, earlier keys are looked up another way.
    for (const int keys : {3, 16, 17, 40}) {
        SCOPED_TRACE(keys);
        QByteArray text = "{";
        for (int i = 0; i < keys; ++i)
            text += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",\n";
        text += "\"k1\": 0}";
        const limber::ContentError error = parseError(text);
        EXPECT_EQ(error.line, keys + 1);
        EXPECT_EQ(error.column, 1);
        EXPECT_TRUE(error.message.contains(u"the key \"k1\" appears twice in one object (first at "
                                           "line 2, column 1)"_s))
            << error.message.toStdString();
    }
    QByteArray unique = "{";
    for (int i = 0; i < 40; ++i)
        unique += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    unique += "\"last\": 0}";
    EXPECT_EQ(parseOk(unique).members.size(), 41u);
}

TEST(JsonReader, TreatsCrLfAndLoneCrAsOneLineBreak)
{
    const JsonValue root = parseOk("{\r\n\"a\": 1,\r\"b\":\r\n 2}");
    EXPECT_EQ(root.member(u"a"_s)->line, 2);
    EXPECT_EQ(root.member(u"b"_s)->line, 3);
    EXPECT_EQ(root.member(u"b"_s)->value.line, 4);
    EXPECT_EQ(root.member(u"b"_s)->value.column, 2);
}

TEST(JsonReader, SkipsByteOrderMarkWithoutShiftingColumns)
{
    const JsonValue root = parseOk("\xEF\xBB\xBF{\"a\": 1}");
    EXPECT_EQ(root.column, 1);
    EXPECT_EQ(root.member(u"a"_s)->column, 2);
}

TEST(JsonReader, ReadsEveryKindOfValue)
{
    const JsonValue root = parseOk(
        R"({"t": true, "f": false, "n": null, "i": -12, "d": 0.25, "e": 1.5E+2, "s": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "a": [], "o": {}})");
    EXPECT_TRUE(root.member(u"t"_s)->value.boolean);
    EXPECT_TRUE(root.member(u"f"_s)->value.isBool());
    EXPECT_FALSE(root.member(u"f"_s)->value.boolean);
    EXPECT_EQ(root.member(u"n"_s)->value.type, JsonValue::Type::Null);
    EXPECT_EQ(root.member(u"i"_s)->value.number, -12.0);
    EXPECT_EQ(root.member(u"d"_s)->value.number, 0.25);
    EXPECT_EQ(root.member(u"e"_s)->value.number, 150.0);
    EXPECT_EQ(root.member(u"s"_s)->value.string, u"x\"\\/\b\f\n\r\té\U0001F600"_s);
    EXPECT_TRUE(root.member(u"a"_s)->value.isArray());
    EXPECT_TRUE(root.member(u"o"_s)->value.isObject());
    EXPECT_EQ(root.members.size(), 9u);
}

TEST(JsonReader, AcceptsNestingUpToTheLimit)
{
    const int depth = limber::jsonlimits::maxDepth;
    const JsonValue root = parseOk(QByteArray(depth, '[') + QByteArray(depth, ']'));
    EXPECT_TRUE(root.isArray());
}

struct BadJson
{
    const char *name;
    QByteArray text;
    int line;
    int column;
    QString field;
    const char *messagePart;
};

void PrintTo(const BadJson &bad, std::ostream *out)
{
    *out << bad.name;
}

class JsonReaderRejects : public testing::TestWithParam<BadJson>
{
};

TEST_P(JsonReaderRejects, WithPositionFieldAndMessage)
{
    const BadJson &bad = GetParam();
    const limber::ContentError error = parseError(bad.text);
    EXPECT_EQ(error.line, bad.line) << error.toString().toStdString();
    EXPECT_EQ(error.column, bad.column) << error.toString().toStdString();
    EXPECT_EQ(error.field, bad.field) << error.toString().toStdString();
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(bad.messagePart)))
        << error.toString().toStdString();
    EXPECT_TRUE(error.file.isEmpty());
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Inputs, JsonReaderRejects, testing::Values(
    BadJson {"Empty", "", 1, 1, u""_s, "the file is empty"},
    BadJson {"Blank", "  \n ", 2, 2, u""_s, "only blank space"},
    BadJson {"TruncatedObject", "{\n  \"a\": [1, 2", 2, 13, u"a"_s, "list opened at line 2, column 8"},
    BadJson {"TruncatedAfterKey", "{\"a\"", 1, 5, u"a"_s, "object opened at line 1, column 1"},
    BadJson {"TruncatedString", "{\"a\": \"abc", 1, 7, u"a"_s, "never closed"},
    BadJson {"StringBrokenByNewline", "{\"a\": \"abc\n\"}", 1, 7, u"a"_s, "not closed on its line"},
    BadJson {"ControlCharacter", "[\"a\tb\"]", 1, 4, u"[0]"_s, "control character U+0009"},
    BadJson {"TrailingGarbage", "{} x", 1, 4, u""_s, "the end of the file"},
    BadJson {"TwoValues", "{}\n{}", 2, 1, u""_s, "the end of the file"},
    BadJson {"TrailingCommaInObject", "{\"a\": 1,\n}", 2, 1, u""_s, "remove the last comma"},
    BadJson {"TrailingCommaInList", "[1, 2, ]", 1, 8, u""_s, "remove the last comma"},
    BadJson {"MissingComma", "{\"a\": 1 \"b\": 2}", 1, 9, u""_s, "',' or '}' after the value of \"a\""},
    BadJson {"MissingColon", "{\"a\" 1}", 1, 6, u"a"_s, "':' after the key \"a\""},
    BadJson {"SingleQuotes", "{'a': 1}", 1, 2, u""_s, "double quotes"},
    BadJson {"Comment", "{\"a\": 1 // note\n}", 1, 9, u""_s, "cannot contain comments"},
    BadJson {"DuplicateKey", "{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}", 2, 16, u"b.c"_s, "appears twice in one object (first at line 2, column 8)"},
    BadJson {"LeadingZero", "[007]", 1, 2, u"[0]"_s, "write 7, not 07"},
    BadJson {"BareMinus", "[-]", 1, 3, u"[0]"_s, "a digit after '-'"},
    BadJson {"PlusSign", "[+1]", 1, 2, u"[0]"_s, "write numbers like"},
    BadJson {"NoDigitAfterPoint", "[1.]", 1, 4, u"[0]"_s, "decimal point"},
    BadJson {"NoDigitInExponent", "[1e+]", 1, 5, u"[0]"_s, "exponent"},
    BadJson {"NaN", "[NaN]", 1, 2, u"[0]"_s, "finite"},
    BadJson {"Infinity", "{\"x\": -Infinity}", 1, 8, u"x"_s, "a digit after '-'"},
    BadJson {"HugeNumber", "[1e999]", 1, 2, u"[0]"_s, "too large or too small"},
    BadJson {"MisspelledLiteral", "[nul]", 1, 2, u"[0]"_s, "expected true, false or null"},
    BadJson {"LiteralRunsOn", "[trueish]", 1, 2, u"[0]"_s, "expected true, false or null"},
    BadJson {"BadEscape", "[\"a\\qb\"]", 1, 4, u"[0]"_s, "unknown escape \\'q'"},
    BadJson {"ShortUnicodeEscape", "[\"\\u12\"]", 1, 3, u"[0]"_s, "four hex digits"},
    BadJson {"LoneLowSurrogate", "[\"\\udc00\"]", 1, 3, u"[0]"_s, "second half of a surrogate pair"},
    BadJson {"LoneHighSurrogate", "[\"\\ud800x\"]", 1, 3, u"[0]"_s, "first half of a surrogate pair"},
    BadJson {"InvalidUtf8", "{\"a\": \"caf\xE9\"}", 1, 11, u""_s, "not valid UTF-8 text (byte 0xE9"},
    BadJson {"OverlongUtf8", "[\"\xC0\xAF\"]", 1, 3, u""_s, "not valid UTF-8"},
    BadJson {"EncodedSurrogate", "[\"\xED\xA0\x80\"]", 1, 3, u""_s, "not valid UTF-8"},
    BadJson {"TruncatedUtf8", "[\"\xE2\x82", 1, 3, u""_s, "not valid UTF-8"},
    BadJson {"NulByte", QByteArray("{\0}", 3), 1, 2, u""_s, "U+0000"},
    BadJson {"TooDeep", QByteArray(limber::jsonlimits::maxDepth + 1, '['), 1, 33, u"[0]"_s.repeated(limber::jsonlimits::maxDepth), "more than 32 levels"},
    BadJson {"TenThousandBrackets", QByteArray(10000, '['), 1, 33, u"[0]"_s.repeated(limber::jsonlimits::maxDepth), "more than 32 levels"}),
    [](const testing::TestParamInfo<BadJson> &param) { return std::string(param.param.name); });
// clang-format on

TEST(JsonReader, SurvivesBinaryJunk)
{
    // A fixed pseudo-random byte stream: whatever it holds, the reader must
    // come back with an error and a position inside the text.
    quint32 state = 12345;
    for (int round = 0; round < 200; ++round) {
        QByteArray junk;
        for (int i = 0; i < 512; ++i) {
            state = state * 1664525u + 1013904223u;
            junk.append(static_cast<char>(state >> 24));
        }
        const auto result = JsonReader::parse(junk);
        ASSERT_FALSE(result.ok());
        EXPECT_GE(result.error->line, 1);
        EXPECT_GE(result.error->column, 1);
    }
}

TEST(JsonReader, EveryPrefixOfAValidFileFailsCleanly)
{
    const QByteArray text
        = R"({"format": 1, "a": [1.5, -2e3, "t\u00e9xt", {"b": null}], "c": true})";
    ASSERT_TRUE(JsonReader::parse(text).ok());
    for (qsizetype length = 0; length < text.size(); ++length) {
        const auto result = JsonReader::parse(text.left(length));
        EXPECT_FALSE(result.ok()) << "prefix accepted: " << text.left(length).toStdString();
    }
}

TEST(JsonReader, ReadFileRefusesLargeFilesBeforeParsing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"big.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Valid JSON, so only the size can be the reason for refusing it.
    QByteArray big = "[" + QByteArray(2 * 1024 * 1024, ' ') + "]";
    file.write(big);
    file.close();

    const auto result = JsonReader::readFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->file, path);
    EXPECT_EQ(result.error->line, 0);
    EXPECT_TRUE(result.error->message.contains(u"larger than the 1024 KiB"_s))
        << result.error->message.toStdString();
}

TEST(JsonReader, ReadFileNamesTheFileInErrors)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"cut.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"a\": ");
    file.close();

    const auto result = JsonReader::readFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->toString(),
        path + u":2:8: a: the file ends where a value was expected; it may be cut short"_s);

    const auto missing = JsonReader::readFile(dir.filePath(u"absent.json"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error->message.startsWith(u"cannot open the file"_s));
}

TEST(JsonReader, MutatedContentFilesNeverCrashTheReaderOrTheChecks)
{
    QFile original(
        QStringLiteral(LIMBER_SOURCE_DIR "/resources/content/exercises/seated-leg-cross.json"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray text = original.readAll();
    const auto lines = static_cast<int>(text.count('\n')) + 1;
    ASSERT_TRUE(JsonReader::parse(text).ok());

    // Bytes that change the structure, plus the start and middle of UTF-8 sequences.
    const QByteArray interesting = "{}[]\":,\\0-e.u \n\t\x01\xC3\x80\xED\xF4";
    quint32 state = 2024;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = text;
        const int edits = 1 + static_cast<int>(next(3));
        for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
            const auto at = static_cast<qsizetype>(next(static_cast<quint32>(mutated.size())));
            switch (next(4)) {
            case 0:
                mutated[at] = interesting[static_cast<qsizetype>(
                    next(static_cast<quint32>(interesting.size())))];
                break;
            case 1:
                mutated.remove(at, 1 + static_cast<qsizetype>(next(8)));
                break;
            case 2:
                mutated.insert(at,
                    interesting[static_cast<qsizetype>(
                        next(static_cast<quint32>(interesting.size())))]);
                break;
            default:
                mutated.truncate(at);
                break;
            }
        }
        const auto result = JsonReader::parse(mutated);
        if (!result.ok()) {
            EXPECT_GE(result.error->line, 1);
            EXPECT_LE(result.error->line, lines + 1);
            EXPECT_GE(result.error->column, 1);
            EXPECT_FALSE(result.error->message.isEmpty());
            continue;
        }
        ++accepted;
        // Whatever parses must go through every kind of check without harm.
        const auto exercise = limber::parseExerciseFile(result.value, u"x.json"_s);
        const auto routine = limber::parseRoutineFile(result.value, u"x.json"_s);
        const auto poses = limber::parsePoseFile(result.value, u"x.json"_s);
        EXPECT_FALSE(routine.errors.isEmpty());
        EXPECT_FALSE(poses.errors.isEmpty());
        for (const auto &error : exercise.errors)
            EXPECT_GE(error.line, 1) << error.toString().toStdString();
    }
    // Some mutations (e.g. inside text) leave valid JSON: both paths ran.
    EXPECT_GT(accepted, 0);
}

// Which routine `limber --start [ROUTINE]` and the Start button mean, and
// what a person is told when there is no such routine.
#include "app/session/routinerequest.h"
#include "tests/app/session/sessionfixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class RoutineRequestTest : public ::testing::Test
{
protected:
    RoutineRequestTest() { library = ContentLibrary::load({bundledContentRoot()}); }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    }

    ContentLibrary library;
    QTemporaryDir dir;
};

TEST_F(RoutineRequestTest, NothingNamedMeansTheDefaultRoutine)
{
    const auto routine = findRequestedRoutine(library, {});
    ASSERT_TRUE(routine.ok()) << routine.error().message.toStdString();
    EXPECT_EQ(routine->id, library.defaultRoutineId());
}

TEST_F(RoutineRequestTest, AnIdNamesARoutineOfTheLibrary)
{
    const auto routine = findRequestedRoutine(library, u"daily-hip-stretch"_s);
    ASSERT_TRUE(routine.ok());
    EXPECT_EQ(routine->title.english(), u"Daily hip stretch"_s);
}

TEST_F(RoutineRequestTest, APathIsReadAsARoutineFile)
{
    const QString path = writeFile(u"short.json"_s, R"({
        "format": 1, "id": "short-one", "title": "Short one",
        "items": [{"exercise": "seated-leg-cross", "holdsPerSide": 1, "holdSeconds": 10,
                   "switchSeconds": 5, "includeSetup": false}]
    })");
    const auto routine = findRequestedRoutine(library, path);
    ASSERT_TRUE(routine.ok()) << routine.error().message.toStdString();
    EXPECT_EQ(routine->id, u"short-one"_s);
    EXPECT_EQ(routine->items.constFirst().holdSeconds, 10);
}

TEST_F(RoutineRequestTest, AnUnknownIdIsNamedWithTheIdsThatExist)
{
    const auto routine = findRequestedRoutine(library, u"no-such-routine"_s);
    ASSERT_FALSE(routine.ok());
    QStringList ids;
    for (const Routine &each : library.routines())
        ids.append(each.id);
    ASSERT_TRUE(ids.contains(u"daily-hip-stretch"_s));
    EXPECT_EQ(routine.error().message,
        u"There is no routine “no-such-routine”. Known routines: "_s + ids.join(u", "_s)
            + u". Give one of these ids, or the path to a routine file."_s);
}

TEST_F(RoutineRequestTest, AMissingFileIsNamed)
{
    const QString path = dir.filePath(u"missing.json"_s);
    const auto routine = findRequestedRoutine(library, path);
    ASSERT_FALSE(routine.ok());
    EXPECT_TRUE(
        routine.error().message.startsWith(u"The routine file “%1” does not exist."_s.arg(path)));
    EXPECT_TRUE(routine.error().message.contains(u"daily-hip-stretch"_s));
}

TEST_F(RoutineRequestTest, ABrokenFileSaysWhatIsWrongInIt)
{
    const QString path = writeFile(u"broken.json"_s, R"({
        "format": 1, "id": "broken", "title": "Broken",
        "items": [{"exercise": "no-such-exercise"}]
    })");
    const auto routine = findRequestedRoutine(library, path);
    ASSERT_FALSE(routine.ok());
    EXPECT_TRUE(routine.error().message.contains(path));
    EXPECT_TRUE(routine.error().message.contains(u"no-such-exercise"_s));
}

TEST_F(RoutineRequestTest, AnEmptyLibrarySaysSo)
{
    const ContentLibrary empty = ContentLibrary::load({dir.path()});
    const auto defaultRoutine = findRequestedRoutine(empty, {});
    ASSERT_FALSE(defaultRoutine.ok());
    EXPECT_TRUE(defaultRoutine.error().message.startsWith(u"There is no routine to start."_s));
    const auto named = findRequestedRoutine(empty, u"daily-hip-stretch"_s);
    ASSERT_FALSE(named.ok());
    EXPECT_TRUE(named.error().message.contains(u"No routines are installed"_s));
}

using Kind = RoutineProblem::Kind;

TEST_F(RoutineRequestTest, AMissingFileIsCalledAMissingFileNotAnUnknownId)
{
    for (const QString &request :
        {dir.filePath(u"missing.json"_s), u"morning.txt"_s, u"routines/mine"_s}) {
        ASSERT_FALSE(findRequestedRoutine(library, request).ok());
        const RoutineProblem problem = explainRoutineProblem(library, request);
        EXPECT_EQ(problem.kind, Kind::NoSuchFile) << request.toStdString();
        EXPECT_TRUE(problem.text.contains(request)) << problem.text.toStdString();
        EXPECT_TRUE(problem.details.contains(u"daily-hip-stretch"_s)) << "what could be given";
    }
}

TEST_F(RoutineRequestTest, AFileThatIsNotJsonIsNotARoutineFile)
{
    const QString path = writeFile(u"notes.json"_s, "{ not a routine");
    const RoutineProblem problem = explainRoutineProblem(library, path);
    EXPECT_EQ(problem.kind, Kind::NotARoutineFile);
    EXPECT_EQ(problem.title, u"Not a routine file"_s);
    EXPECT_TRUE(problem.text.contains(u"notes.json"_s));
    EXPECT_FALSE(problem.text.contains(path + u":1:"_s))
        << "the parser's wording is for the details";
    EXPECT_TRUE(problem.details.startsWith(path + u":1:"_s)) << problem.details.toStdString();
}

TEST_F(RoutineRequestTest, JsonThatIsNotARoutineIsNotARoutineFile)
{
    const QString path = writeFile(u"other.json"_s, R"({"format": 1, "name": "a list"})");
    const RoutineProblem problem = explainRoutineProblem(library, path);
    EXPECT_EQ(problem.kind, Kind::NotARoutineFile);
    EXPECT_TRUE(problem.details.contains(path)) << problem.details.toStdString();
}

TEST_F(RoutineRequestTest, ARoutineNamingAnUnknownExerciseSaysSo)
{
    const QString path = writeFile(u"future.json"_s, R"({
        "format": 1, "id": "future", "title": "Future",
        "items": [{"exercise": "no-such-exercise", "holdsPerSide": 1, "holdSeconds": 10,
                   "switchSeconds": 5, "includeSetup": false}]
    })");
    const RoutineProblem problem = explainRoutineProblem(library, path);
    EXPECT_EQ(problem.kind, Kind::UnknownExercise);
    EXPECT_TRUE(problem.text.contains(u"names an exercise Limber does not have"_s));
    EXPECT_TRUE(problem.details.contains(u"no-such-exercise"_s));
    EXPECT_TRUE(problem.details.contains(path + u":3:"_s)) << problem.details.toStdString();
}

TEST_F(RoutineRequestTest, AnUnknownIdIsCalledAnUnknownRoutine)
{
    const RoutineProblem problem = explainRoutineProblem(library, u"no-such-routine"_s);
    EXPECT_EQ(problem.kind, Kind::UnknownRoutineId);
    EXPECT_TRUE(problem.text.contains(u"no-such-routine"_s));
    EXPECT_TRUE(problem.details.contains(u"daily-hip-stretch"_s));

    const ContentLibrary empty = ContentLibrary::load({dir.path()});
    EXPECT_EQ(explainRoutineProblem(empty, u"daily-hip-stretch"_s).kind, Kind::NoRoutines);
}

} // namespace
} // namespace limber::test

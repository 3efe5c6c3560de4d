#include "app/routines/routinenames.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

bool looksLikeContentId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return id.size() <= 64 && pattern.match(id).hasMatch();
}

} // namespace

TEST(RoutineNames, IdIsLowerCaseWordsJoinedByHyphens)
{
    EXPECT_EQ(routineIdFromTitle(u"Morning Hips"_s, {}), u"morning-hips"_s);
    EXPECT_EQ(routineIdFromTitle(u"  Hips -- & back!! "_s, {}), u"hips-back"_s);
    EXPECT_EQ(routineIdFromTitle(u"Routine #2"_s, {}), u"routine-2"_s);
}

TEST(RoutineNames, AccentsAreDroppedAndOtherScriptsFallBack)
{
    EXPECT_EQ(routineIdFromTitle(u"Übung für Hüfte"_s, {}), u"ubung-fur-hufte"_s);
    const QString fallback = routineIdFromTitle(u"ストレッチ"_s, {});
    EXPECT_TRUE(looksLikeContentId(fallback)) << fallback.toStdString();
    EXPECT_EQ(routineIdFromTitle(QString(), {}), fallback);
}

TEST(RoutineNames, TakenIdsGetANumber)
{
    const QSet<QString> taken {u"daily-hip-stretch"_s, u"daily-hip-stretch-2"_s};
    EXPECT_EQ(routineIdFromTitle(u"Daily hip stretch"_s, taken), u"daily-hip-stretch-3"_s);
}

TEST(RoutineNames, LongTitlesStayWithinTheIdLimitEvenWithANumber)
{
    const QString title = QString(u"stretch "_s).repeated(20);
    const QString first = routineIdFromTitle(title, {});
    EXPECT_TRUE(looksLikeContentId(first)) << first.toStdString();
    const QString second = routineIdFromTitle(title, {first});
    EXPECT_TRUE(looksLikeContentId(second)) << second.toStdString();
    EXPECT_NE(first, second);
    EXPECT_TRUE(second.endsWith(u"-2"_s));
}

TEST(RoutineNames, UniqueTitleIgnoresCaseAndSpaces)
{
    EXPECT_EQ(uniqueRoutineTitle(u"New routine"_s, {}), u"New routine"_s);
    EXPECT_EQ(uniqueRoutineTitle(u"New routine"_s, {u" new ROUTINE "_s}), u"New routine 2"_s);
    EXPECT_EQ(uniqueRoutineTitle(u"New routine"_s, {u"New routine"_s, u"New routine 2"_s}),
        u"New routine 3"_s);
}

TEST(RoutineNames, TitleProblems)
{
    EXPECT_TRUE(routineTitleProblem(u"Mine"_s, {u"Daily hip stretch"_s}).isEmpty());
    EXPECT_FALSE(routineTitleProblem(u"   "_s, {}).isEmpty());
    EXPECT_FALSE(routineTitleProblem(u"daily HIP stretch"_s, {u"Daily hip stretch"_s}).isEmpty());
    EXPECT_NE(routineTitleProblem(QString(), {}), routineTitleProblem(u"a"_s, {u"A"_s}));
}

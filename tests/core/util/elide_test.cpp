// Quoting a person's text in a message: short text unchanged, long text cut
// to the limit with an ellipsis, never through a surrogate pair.
#include "core/util/elide.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const QChar ellipsis {0x2026};

TEST(ElideMiddle, LeavesTextWithinTheLimitAlone)
{
    const QString path = u"/home/ana/.local/share/Limber/history.db"_s;
    EXPECT_EQ(elideMiddle(path, path.size()), path);
    EXPECT_EQ(elideMiddle(QString(), 10), QString());
}

TEST(ElideMiddle, KeepsTheStartAndTheFileNameOfALongPath)
{
    const QString path = u"/home/ana/"_s + QString(300, u'd') + u"/history.db"_s;
    const QString shown = elideMiddle(path);
    EXPECT_EQ(shown.size(), quotedTextLimit);
    EXPECT_TRUE(shown.startsWith(u"/home/ana/"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.endsWith(u"/history.db"_s)) << shown.toStdString();
    EXPECT_EQ(shown.count(ellipsis), 1);
    EXPECT_EQ(elideMiddle(u"abcdefghij"_s, 5), u"ab"_s + ellipsis + u"ij"_s);
}

TEST(ElideMiddle, NeverSplitsASurrogatePair)
{
    // U+1F9D8 (a person in lotus position) is two UTF-16 units.
    const QString lotus = QString::fromUcs4(U"\U0001F9D8");
    QString text;
    for (int i = 0; i < 40; ++i)
        text += lotus;
    for (qsizetype limit = 2; limit < 12; ++limit) {
        const QString shown = elideMiddle(text, limit);
        EXPECT_LE(shown.size(), limit);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown.at(i).isHighSurrogate()) {
                EXPECT_TRUE(i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate()) << limit;
            }
            if (shown.at(i).isLowSurrogate()) {
                EXPECT_TRUE(i > 0 && shown.at(i - 1).isHighSurrogate()) << limit;
            }
        }
    }
}

TEST(ElideEnd, KeepsTheBeginningOfALongTitle)
{
    const QString title = u"Morning hips "_s + QString(200, u'x');
    const QString shown = elideEnd(title);
    EXPECT_EQ(shown.size(), quotedTextLimit);
    EXPECT_TRUE(shown.startsWith(u"Morning hips "_s));
    EXPECT_TRUE(shown.endsWith(ellipsis));
    EXPECT_EQ(elideEnd(u"short"_s), u"short"_s);
    // Cutting after three units would keep half of the two-unit character.
    EXPECT_EQ(elideEnd(u"aa"_s + QString::fromUcs4(U"\U0001F9D8") + u"b"_s, 4), u"aa"_s + ellipsis);
}

TEST(ElidePath, KeepsTheWholeFileName)
{
    const QString name = u"history-2026-11-24T10-00-00.000-before-restore.db"_s;
    const QString path = u"/home/ana/"_s + QString(100, u'd') + u'/' + name;
    const QString shown = elidePath(path);
    EXPECT_EQ(shown.size(), quotedTextLimit);
    EXPECT_TRUE(shown.endsWith(u'/' + name)) << shown.toStdString();
    EXPECT_TRUE(shown.startsWith(u"/home/ana/"_s)) << shown.toStdString();
    // A name too long to keep whole is cut in the middle like any text.
    const QString longName = u"/home/"_s + QString(200, u'n') + u".db"_s;
    EXPECT_EQ(elidePath(longName), elideMiddle(longName));
    EXPECT_EQ(elidePath(u"/short/path.db"_s), u"/short/path.db"_s);
}

} // namespace

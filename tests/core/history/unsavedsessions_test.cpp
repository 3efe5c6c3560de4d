// UnsavedSessions and SessionLog::writeUnsavedInto: a session some of whose
// writes failed is kept, whole, in a file --import reads, and the next start
// completes the session from it without changing what the history had.
#include "core/history/historyimport.h"
#include "core/history/sessionlog.h"
#include "core/history/unsavedsessions.h"
#include "tests/core/history/historytestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;

namespace {

class UnsavedSessionsTest : public StoreFixture
{
protected:
    HoldRecord hold(int index, Side side)
    {
        HoldRecord entry;
        entry.exerciseId = u"seated-leg-cross"_s;
        entry.side = side;
        entry.holdNumber = 1;
        entry.target = std::chrono::milliseconds(60000);
        entry.held = std::chrono::milliseconds(index == 0 ? 60000 : 20000);
        entry.completed = index == 0;
        entry.startUtc = clock.nowUtc().addSecs(qint64 {index} * 70);
        entry.utcOffsetSeconds = clock.utcOffsetSeconds();
        return entry;
    }
    qint64 count(HistoryStore &store, const QString &sql)
    {
        return store.connection().queryInt(sql).value();
    }
    QString keptFolder(const QString &name) const { return m_dir.path() + u"/"_s + name; }
    QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    /// A session whose start, pain before and first hold are saved, and
    /// whose second hold, pain after, note and end are not: another program
    /// holds the file's write lock meanwhile.
    void recordHalfSavedSession(HistoryStore &store, SessionLog &log, RawDatabase &other)
    {
        ASSERT_TRUE(log.begin(u"hips-and-back"_s));
        ASSERT_TRUE(log.setPainBefore(3));
        ASSERT_TRUE(log.recordHold(hold(0, Side::Left)));
        ASSERT_EQ(other.exec(u"BEGIN IMMEDIATE"_s), SQLITE_OK);
        EXPECT_FALSE(log.recordHold(hold(1, Side::Right)));
        clock.advance(std::chrono::seconds(100));
        EXPECT_FALSE(log.finish(SessionEnd::Stopped, u"user"_s));
        EXPECT_FALSE(log.setPainAfter(2));
        EXPECT_FALSE(log.setNote(u"stiff on the right"_s));
        EXPECT_EQ(log.pendingCount(), 4);
        EXPECT_EQ(log.pendingHolds(), 1);
        EXPECT_EQ(count(store, u"SELECT count(*) FROM holds"_s), 1);
    }

    StoreOptions impatient() const
    {
        StoreOptions quick = options();
        quick.busyTimeout = std::chrono::milliseconds(0);
        return quick;
    }
};

TEST_F(UnsavedSessionsTest, AHalfSavedSessionIsKeptWholeAndCompletedAtTheNextStart)
{
    auto opened = HistoryStore::open(impatient(), clock);
    ASSERT_TRUE(opened.ok());
    HistoryStore &store = *opened.value();
    SessionLog log(store);
    RawDatabase other(databasePath());
    recordHalfSavedSession(store, log, other);

    const UnsavedSessions unsaved({keptFolder(u"kept"_s)});
    auto kept = unsaved.keep(log, clock);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(unsaved.waiting(), QStringList {*kept});
    EXPECT_EQ(log.pendingCount(), 4) << "keeping a copy does not forget the writes";

    const QJsonObject document = readJson(*kept);
    EXPECT_EQ(document.value(u"format"_s).toString(), u"limber-history"_s);
    const QJsonArray sessions = document.value(u"sessions"_s).toArray();
    ASSERT_EQ(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    EXPECT_EQ(session.value(u"uid"_s).toString(),
        store.connection().queryText(u"SELECT uid FROM sessions"_s).value());
    EXPECT_EQ(session.value(u"status"_s).toString(), u"stopped"_s);
    EXPECT_EQ(session.value(u"painBefore"_s).toInt(), 3);
    EXPECT_EQ(session.value(u"painAfter"_s).toInt(), 2);
    EXPECT_EQ(session.value(u"note"_s).toString(), u"stiff on the right"_s);
    EXPECT_EQ(session.value(u"holds"_s).toArray().size(), 2) << "the saved hold too";

    // The other program lets go; the next start writes the file in.
    ASSERT_EQ(other.exec(u"ROLLBACK"_s), SQLITE_OK);
    const UnsavedSessions::Written written = unsaved.writeInto(store);
    EXPECT_TRUE(written.problems.isEmpty()) << written.problems.join(u' ').toStdString();
    EXPECT_EQ(written.files, 1);
    EXPECT_EQ(written.holds, 1) << "only the hold the history lacked";
    EXPECT_TRUE(unsaved.waiting().isEmpty()) << "the kept file was removed";
    EXPECT_EQ(count(store, u"SELECT count(*) FROM sessions"_s), 1);
    EXPECT_EQ(count(store, u"SELECT count(*) FROM holds"_s), 2);
    EXPECT_EQ(count(store,
                  u"SELECT count(*) FROM sessions WHERE status = 'stopped' AND stop_reason = "
                  u"'user' AND ended_utc_ms IS NOT NULL AND pain_before = 3 AND pain_after = 2 "
                  u"AND note = 'stiff on the right'"_s),
        1);
}

TEST_F(UnsavedSessionsTest, ASessionTheHistoryHasWholeIsNeverChangedByAnImport)
{
    auto opened = HistoryStore::open(impatient(), clock);
    ASSERT_TRUE(opened.ok());
    HistoryStore &store = *opened.value();
    SessionLog log(store);
    RawDatabase other(databasePath());
    recordHalfSavedSession(store, log, other);
    const UnsavedSessions unsaved({keptFolder(u"kept"_s)});
    auto kept = unsaved.keep(log, clock);
    ASSERT_TRUE(kept.ok());

    // The writes get through after all, and the person then changes the
    // note; a later import of the old copy must leave both alone.
    ASSERT_EQ(other.exec(u"ROLLBACK"_s), SQLITE_OK);
    ASSERT_TRUE(log.retryPending());
    ASSERT_TRUE(log.setNote(u"better"_s));
    auto imported = HistoryImport(store).importJson(*kept);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAlreadyPresent, 1);
    EXPECT_EQ(imported->holdsAdded, 0);
    EXPECT_EQ(count(store, u"SELECT count(*) FROM holds"_s), 2);
    EXPECT_EQ(count(store, u"SELECT count(*) FROM sessions WHERE note = 'better'"_s), 1);
}

TEST_F(UnsavedSessionsTest, AFolderThatCannotBeMadeIsPassedForTheNext)
{
    auto opened = HistoryStore::open(impatient(), clock);
    ASSERT_TRUE(opened.ok());
    SessionLog log(*opened.value());
    RawDatabase other(databasePath());
    recordHalfSavedSession(*opened.value(), log, other);

    QFile blocker(keptFolder(u"a-file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const UnsavedSessions unsaved({keptFolder(u"a-file/kept"_s), keptFolder(u"second"_s)});
    auto kept = unsaved.keep(log, clock);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_TRUE(kept->startsWith(keptFolder(u"second/unsaved-"_s))) << kept->toStdString();

    const UnsavedSessions nowhere({keptFolder(u"a-file/kept"_s)});
    auto refused = nowhere.keep(log, clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("a-file"));
    ASSERT_EQ(other.exec(u"ROLLBACK"_s), SQLITE_OK);
}

} // namespace

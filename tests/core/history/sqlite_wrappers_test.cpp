// The RAII wrappers over the sqlite3 C API, on real files.
#include "core/history/connection.h"
#include "core/history/statement.h"
#include "core/history/transaction.h"
#include "tests/core/history/historytestsupport.h"

#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::sql;

namespace {

class SqliteWrappers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Connection::open(m_dir.filePath(u"t.db"_s), OpenMode::ReadWriteCreate);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = std::move(opened.value());
        ASSERT_TRUE(db.execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)"_s));
    }
    qint64 rows() { return db.queryInt(u"SELECT count(*) FROM t"_s).value(); }

    QTemporaryDir m_dir;
    Connection db;
};

TEST_F(SqliteWrappers, RefusesTwoStatementsInOnePrepare)
{
    auto statement = Statement::prepare(db, u"INSERT INTO t (name) VALUES ('a'); DROP TABLE t"_s);
    ASSERT_FALSE(statement.ok());
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(db.queryInt(u"SELECT count(*) FROM t"_s).ok()) << "the table must still exist";
}

TEST_F(SqliteWrappers, AcceptsTrailingSemicolonAndComment)
{
    EXPECT_TRUE(Statement::prepare(db, u"SELECT 1; -- done\n"_s).ok());
    EXPECT_TRUE(Statement::prepare(db, u"SELECT 1 /* why */ ;  "_s).ok());
}

TEST_F(SqliteWrappers, BindsByNameAndPositionAndReadsTypedColumns)
{
    auto insert = Statement::prepare(db, u"INSERT INTO t (name, n) VALUES (:name, ?2)"_s);
    ASSERT_TRUE(insert.ok());
    const QString tricky = u"Robert'); DROP TABLE t; -- ü"_s;
    insert.value().bind(":name", tricky).bind(2, qint64 {1} << 40);
    ASSERT_TRUE(insert.value().run());
    insert.value().reset();
    insert.value().bindNull(":name").bind(2, std::optional<int>());
    ASSERT_TRUE(insert.value().run());

    auto select = Statement::prepare(db, u"SELECT name, n FROM t ORDER BY id"_s);
    ASSERT_TRUE(select.ok());
    ASSERT_TRUE(select.value().step().value());
    EXPECT_EQ(select.value().text(0), tricky);
    EXPECT_EQ(select.value().int64(1), qint64 {1} << 40);
    ASSERT_TRUE(select.value().step().value());
    EXPECT_TRUE(select.value().isNull(0));
    EXPECT_EQ(select.value().optionalInt64(1), std::nullopt);
    EXPECT_FALSE(select.value().step().value());
}

TEST_F(SqliteWrappers, UnknownParameterNameFailsAtStep)
{
    auto insert = Statement::prepare(db, u"INSERT INTO t (name) VALUES (:name)"_s);
    ASSERT_TRUE(insert.ok());
    insert.value().bind(":nmae", u"x"_s);
    EXPECT_FALSE(insert.value().run());
    EXPECT_EQ(rows(), 0);
}

TEST_F(SqliteWrappers, TransactionRollsBackWhenNotCommitted)
{
    {
        auto transaction = Transaction::begin(db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(db.execute(u"INSERT INTO t (name) VALUES ('lost')"_s));
    }
    EXPECT_EQ(rows(), 0);
    {
        auto transaction = Transaction::begin(db);
        ASSERT_TRUE(db.execute(u"INSERT INTO t (name) VALUES ('kept')"_s));
        EXPECT_TRUE(transaction.value().commit());
    }
    EXPECT_EQ(rows(), 1);
}

TEST_F(SqliteWrappers, FailedCommitIsReportedAndRolledBack)
{
    ASSERT_TRUE(db.execute(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
    ASSERT_TRUE(db.execute(u"CREATE TABLE child (p INTEGER REFERENCES parent (id) "
                           u"DEFERRABLE INITIALLY DEFERRED)"_s));
    ASSERT_TRUE(db.execute(u"PRAGMA foreign_keys = ON"_s));
    auto transaction = Transaction::begin(db);
    ASSERT_TRUE(db.execute(u"INSERT INTO child (p) VALUES (42)"_s));
    Status committed = transaction.value().commit();
    EXPECT_FALSE(committed);
    EXPECT_THAT(committed.error().message.toStdString(), ::testing::HasSubstr("t.db"));
    EXPECT_EQ(db.queryInt(u"SELECT count(*) FROM child"_s).value(), 0);
    EXPECT_TRUE(Transaction::begin(db).ok()) << "no transaction may be left open";
}

TEST_F(SqliteWrappers, ErrorsKeepTheSqliteCodeAndNameTheFile)
{
    EXPECT_FALSE(db.execute(u"INSERT INTO missing VALUES (1)"_s));
    EXPECT_EQ(db.lastErrorCode(), SQLITE_ERROR);
    EXPECT_THAT(db.lastErrorMessage().toStdString(), ::testing::HasSubstr("missing"));
}

TEST(SqliteConnection, OpenFailureNamesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/x.db"_s);
    int code = 0;
    auto opened = Connection::open(path, OpenMode::ReadWriteCreate, &code);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(code & 0xff, SQLITE_CANTOPEN);
    EXPECT_THAT(opened.error().message.toStdString(), ::testing::HasSubstr("x.db"));
}

TEST_F(SqliteWrappers, MovedConnectionAndStatementStayUsable)
{
    auto statement = Statement::prepare(db, u"SELECT 7"_s);
    Statement moved = std::move(statement.value());
    ASSERT_TRUE(moved.step().value());
    EXPECT_EQ(moved.integer(0), 7);
    Connection other = std::move(db);
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(other.queryInt(u"SELECT 8"_s).value(), 8);
}

} // namespace

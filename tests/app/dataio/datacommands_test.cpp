// The command-line data commands against real history files: what they
// write, what they print, and what they refuse.
#include "app/dataio/datacommands.h"
#include "core/history/historystore.h"
#include "core/history/instancelock.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

class DataCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        ASSERT_TRUE(QDir().mkpath(m_dataDir));
    }

    /// One session with two completed holds and one cut short.
    void seedHistory()
    {
        StoreOptions options;
        options.dataDir = m_dataDir;
        auto store = HistoryStore::open(options, m_clock);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        SessionLog log(*store.value());
        ASSERT_TRUE(log.begin(u"daily-hip-stretch"_s).ok());
        const Side sides[] = {Side::Left, Side::Right, Side::Left};
        for (int i = 0; i < 3; ++i) {
            HoldRecord hold;
            hold.exerciseId = u"seated-leg-cross"_s;
            hold.side = sides[i];
            hold.holdNumber = i / 2 + 1;
            hold.target = std::chrono::milliseconds(60000);
            hold.held = std::chrono::milliseconds(i < 2 ? 60000 : 23456);
            hold.completed = i < 2;
            hold.startUtc = m_clock.nowUtc().addSecs(70 * i);
            hold.utcOffsetSeconds = 3600;
            ASSERT_TRUE(log.recordHold(hold).ok());
        }
        ASSERT_TRUE(log.finish(SessionEnd::Stopped, u"user"_s).ok());
    }

    int run(DataCommandRequest::Kind kind, const QString &path)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        const int status = runDataCommand({kind, path, m_dataDir}, m_clock, out, err);
        out.flush();
        err.flush();
        return status;
    }

    static QStringList linesOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    ManualClock m_clock;
    QString m_out;
    QString m_err;
};

} // namespace

TEST_F(DataCommandsTest, SessionsFileSitsBesideTheHoldsFile)
{
    EXPECT_EQ(sessionsCsvPathFor(u"/tmp/out/holds.csv"_s), u"/tmp/out/holds-sessions.csv"_s);
    EXPECT_EQ(sessionsCsvPathFor(u"/tmp/out/export"_s), u"/tmp/out/export-sessions.csv"_s);
}

TEST_F(DataCommandsTest, ExportCsvWritesHoldsAndSessions)
{
    seedHistory();
    const QString holds = m_dir.filePath(u"holds.csv"_s);
    ASSERT_EQ(run(DataCommandRequest::Kind::ExportCsv, holds), 0) << m_err.toStdString();

    const QStringList holdLines = linesOf(holds);
    ASSERT_EQ(holdLines.size(), 4) << "a header and three holds";
    EXPECT_TRUE(holdLines[1].contains(u"seated-leg-cross"_s));
    EXPECT_TRUE(holdLines[3].contains(u"23456"_s)) << holdLines[3].toStdString();

    const QStringList sessionLines = linesOf(m_dir.filePath(u"holds-sessions.csv"_s));
    ASSERT_EQ(sessionLines.size(), 2) << "a header and one session";
    EXPECT_TRUE(sessionLines[1].contains(u"daily-hip-stretch"_s));
    EXPECT_TRUE(m_out.contains(holds)) << m_out.toStdString();
}

TEST_F(DataCommandsTest, JsonExportImportsIntoAnotherDataFolderOnce)
{
    seedHistory();
    const QString json = m_dir.filePath(u"history.json"_s);
    ASSERT_EQ(run(DataCommandRequest::Kind::ExportJson, json), 0) << m_err.toStdString();
    ASSERT_TRUE(QFile::exists(json));

    m_dataDir = m_dir.filePath(u"new-computer"_s);
    ASSERT_TRUE(QDir().mkpath(m_dataDir));
    ASSERT_EQ(run(DataCommandRequest::Kind::Import, json), 0) << m_err.toStdString();
    EXPECT_TRUE(m_out.contains(u"Imported 1 session"_s)) << m_out.toStdString();
    EXPECT_TRUE(m_out.contains(u"3 hold"_s)) << m_out.toStdString();
    EXPECT_TRUE(m_err.contains(u"100 %"_s)) << "progress reaches the end: " << m_err.toStdString();

    ASSERT_EQ(run(DataCommandRequest::Kind::Import, json), 0) << m_err.toStdString();
    EXPECT_TRUE(m_out.contains(u"Imported 0 session"_s)) << m_out.toStdString();
    EXPECT_TRUE(m_out.contains(u"already in your history"_s)) << m_out.toStdString();
}

TEST_F(DataCommandsTest, RefusesWhileAnotherLimberHoldsTheFolder)
{
    InstanceLock running(m_dataDir);
    ASSERT_TRUE(running.tryLock().ok());
    const QString holds = m_dir.filePath(u"holds.csv"_s);
    EXPECT_NE(run(DataCommandRequest::Kind::ExportCsv, holds), 0);
    EXPECT_TRUE(m_err.contains(u"already running"_s)) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains(m_dataDir)) << "names the data folder: " << m_err.toStdString();
    EXPECT_FALSE(QFile::exists(holds));
}

TEST_F(DataCommandsTest, ImportOfAMissingFileNamesIt)
{
    const QString missing = m_dir.filePath(u"nowhere.json"_s);
    EXPECT_NE(run(DataCommandRequest::Kind::Import, missing), 0);
    EXPECT_TRUE(m_err.contains(u"nowhere.json"_s)) << m_err.toStdString();
}

TEST_F(DataCommandsTest, UnwritableExportPathFailsAndNamesIt)
{
    seedHistory();
    // A path below a regular file cannot be created, not even by root.
    const QString blocker = m_dir.filePath(u"plain-file"_s);
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_NE(run(DataCommandRequest::Kind::ExportJson, blocker + u"/history.json"_s), 0);
    EXPECT_TRUE(m_err.contains(u"plain-file"_s)) << m_err.toStdString();
}

TEST_F(DataCommandsTest, ExportOfADamagedHistoryWritesNothingAndSaysWhereItIsKept)
{
    QByteArray garbage(32 * 1024, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251); // not a database, and not all zeros
    for (auto kind : {DataCommandRequest::Kind::ExportCsv, DataCommandRequest::Kind::ExportJson}) {
        QDir(m_dataDir).removeRecursively();
        ASSERT_TRUE(QDir().mkpath(m_dataDir));
        QFile database(QDir(m_dataDir).filePath(u"history.db"_s));
        ASSERT_TRUE(database.open(QIODevice::WriteOnly));
        ASSERT_EQ(database.write(garbage), garbage.size());
        database.close();
        const QString target = m_dir.filePath(u"earlier-export"_s);
        QFile earlier(target);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("kept");
        earlier.close();

        EXPECT_EQ(run(kind, target), DataCommandHistoryDamaged) << m_err.toStdString();
        EXPECT_TRUE(m_err.contains(u"damaged"_s)) << m_err.toStdString();
        EXPECT_TRUE(m_out.isEmpty()) << m_out.toStdString();
        const QStringList kept
            = QDir(m_dataDir).entryList({u"damaged-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
        ASSERT_EQ(kept.size(), 1) << "the damaged file is kept aside";
        const QString keptFolder = QDir(m_dataDir).filePath(kept.constFirst());
        EXPECT_TRUE(m_err.contains(QDir::toNativeSeparators(keptFolder))) << m_err.toStdString();
        QFile keptFile(QDir(keptFolder).filePath(u"history.db"_s));
        ASSERT_TRUE(keptFile.open(QIODevice::ReadOnly));
        EXPECT_EQ(keptFile.readAll(), garbage) << "the damaged bytes are kept unchanged";
        ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
        EXPECT_EQ(earlier.readAll(), QByteArray("kept")) << "the earlier file is untouched";
        earlier.close();
        EXPECT_FALSE(QFile::exists(sessionsCsvPathFor(target)));
    }
}

TEST_F(DataCommandsTest, ExportOntoAFolderIsRefusedBeforeTheHistoryIsOpened)
{
    const QString folder = m_dir.filePath(u"exports"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_EQ(run(DataCommandRequest::Kind::ExportCsv, folder), DataCommandFailed);
    EXPECT_TRUE(m_err.contains(QDir::toNativeSeparators(folder))) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains(u"folder"_s)) << m_err.toStdString();
    EXPECT_TRUE(QDir(folder).isEmpty());
    EXPECT_FALSE(QFile::exists(QDir(m_dataDir).filePath(u"history.db"_s)))
        << "a refused export does not create a history";
}

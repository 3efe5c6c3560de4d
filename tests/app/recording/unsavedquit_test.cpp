// UnsavedQuit: quitting while holds could not be saved asks first, and each
// answer does what it says, on a real history whose file another program
// keeps locked.
#include "app/dataio/transferdialogs.h"
#include "app/recording/sessionrecorder.h"
#include "app/recording/unsavedquit.h"
#include "core/history/historystore.h"
#include "core/util/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <deque>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using ::testing::HasSubstr;

namespace {

class ScriptedDialogs : public TransferDialogs
{
public:
    QString saveFileName(const QString &, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    QString openFileName(const QString &, const QString &) override { return {}; }
    int chooseItem(const QString &, const QString &, const QStringList &, const QString &) override
    {
        return -1;
    }
    void inform(const QString &, const QString &message) override { informed << message; }
    void warn(const QString &, const QString &message) override { warned << message; }

    QString fileAnswer;
    QStringList informed;
    QStringList warned;
};

class UnsavedQuitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        StoreOptions options;
        options.dataDir = m_dir.filePath(u"data"_s);
        options.dailyBackup = false;
        options.busyTimeout = std::chrono::milliseconds(0);
        auto opened = HistoryStore::open(options, m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        m_recorder = std::make_unique<SessionRecorder>(m_store.get());
        m_recorder->begin(u"short"_s);
        m_recorder->waitForWrites();
        ASSERT_EQ(sqlite3_open(m_store->databasePath().toUtf8().constData(), &m_other), SQLITE_OK);
    }
    void TearDown() override { sqlite3_close(m_other); }

    /// Another program takes the file's write lock, so the hold is kept.
    void recordAHoldThatCannotBeSaved()
    {
        ASSERT_EQ(sqlite3_exec(m_other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        HoldRecord hold;
        hold.exerciseId = u"seated-leg-cross"_s;
        hold.side = Side::Left;
        hold.holdNumber = 1;
        hold.target = std::chrono::milliseconds(10000);
        hold.held = std::chrono::milliseconds(10000);
        hold.completed = true;
        hold.startUtc = m_clock.nowUtc();
        hold.utcOffsetSeconds = m_clock.utcOffsetSeconds();
        m_recorder->recordHold(hold);
        m_recorder->waitForWrites();
        ASSERT_EQ(m_recorder->pendingHolds(), 1);
    }
    void letGo() { sqlite3_exec(m_other, "ROLLBACK", nullptr, nullptr, nullptr); }

    bool mayQuit(std::deque<UnsavedQuit::Answer> answers)
    {
        UnsavedQuit question(*m_recorder, m_dialogs, m_clock,
            [this, answers = std::move(answers)](
                const QString &text, const QString &detail) mutable {
                m_asked << text;
                m_details << detail;
                if (answers.empty())
                    return UnsavedQuit::Answer::Stay;
                const UnsavedQuit::Answer next = answers.front();
                answers.pop_front();
                if (next == UnsavedQuit::Answer::TryAgain && m_letGoOnRetry)
                    letGo();
                return next;
            });
        return question.mayQuit();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc()), 3600};
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<SessionRecorder> m_recorder;
    sqlite3 *m_other = nullptr;
    ScriptedDialogs m_dialogs;
    QStringList m_asked;
    QStringList m_details;
    bool m_letGoOnRetry = false;
};

TEST_F(UnsavedQuitTest, WithEverythingSavedNothingIsAsked)
{
    EXPECT_TRUE(mayQuit({}));
    EXPECT_TRUE(m_asked.isEmpty());
}

TEST_F(UnsavedQuitTest, DontQuitStaysAndTryAgainAsksAgainWhileTheWriteStillFails)
{
    recordAHoldThatCannotBeSaved();
    EXPECT_FALSE(mayQuit({UnsavedQuit::Answer::TryAgain, UnsavedQuit::Answer::Stay}));
    ASSERT_EQ(m_asked.size(), 2);
    EXPECT_THAT(m_asked.first().toStdString(), HasSubstr("1 hold"));
    EXPECT_THAT(m_details.first().toStdString(), HasSubstr("in use by another program"))
        << "the reason the write failed";
    EXPECT_THAT(m_details.first().toStdString(), HasSubstr("next time it starts"));
    EXPECT_EQ(m_recorder->pendingHolds(), 1);
    letGo();
}

TEST_F(UnsavedQuitTest, TryAgainThatSavesEverythingQuits)
{
    recordAHoldThatCannotBeSaved();
    m_letGoOnRetry = true;
    EXPECT_TRUE(mayQuit({UnsavedQuit::Answer::TryAgain}));
    EXPECT_EQ(m_asked.size(), 1);
    EXPECT_EQ(m_recorder->pendingCount(), 0);
    EXPECT_EQ(m_store->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);
}

TEST_F(UnsavedQuitTest, SaveACopyWritesAFileImportReadsAndQuits)
{
    recordAHoldThatCannotBeSaved();
    m_dialogs.fileAnswer = m_dir.filePath(u"copy.json"_s);
    EXPECT_TRUE(mayQuit({UnsavedQuit::Answer::SaveCopy}));
    QFile copy(m_dialogs.fileAnswer);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(copy.readAll()).object();
    const QJsonArray sessions = document.value(u"sessions"_s).toArray();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.at(0).toObject().value(u"holds"_s).toArray().size(), 1);
    ASSERT_EQ(m_dialogs.informed.size(), 1);
    EXPECT_THAT(m_dialogs.informed.first().toStdString(), HasSubstr("copy.json"));
    letGo();
}

TEST_F(UnsavedQuitTest, ACancelledCopyAsksAgainAndQuitQuitsWithTheHoldsKept)
{
    recordAHoldThatCannotBeSaved();
    EXPECT_TRUE(mayQuit({UnsavedQuit::Answer::SaveCopy, UnsavedQuit::Answer::Quit}));
    EXPECT_EQ(m_asked.size(), 2);
    EXPECT_TRUE(m_dialogs.informed.isEmpty());
    EXPECT_EQ(m_recorder->pendingHolds(), 1) << "still kept, for the next start";
    letGo();
}

TEST_F(UnsavedQuitTest, ACopyThatCannotBeWrittenIsSaidAndAskedAgain)
{
    recordAHoldThatCannotBeSaved();
    m_dialogs.fileAnswer = m_dir.filePath(u"no-such-folder/copy.json"_s);
    EXPECT_FALSE(mayQuit({UnsavedQuit::Answer::SaveCopy, UnsavedQuit::Answer::Stay}));
    ASSERT_EQ(m_dialogs.warned.size(), 1);
    EXPECT_THAT(m_dialogs.warned.first().toStdString(), HasSubstr("no-such-folder"));
    EXPECT_EQ(m_asked.size(), 2);
    letGo();
}

} // namespace

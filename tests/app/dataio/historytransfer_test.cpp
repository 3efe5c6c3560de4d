// Export, import and restore from the File menu, against real history
// files, with the person's answers scripted.
#include "app/dataio/historytransfer.h"
#include "app/dataio/transferdialogs.h"
#include "core/history/backups.h"
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"
#include "tests/support/lockedhistory.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

/// Answers every question from what the test set beforehand, and keeps
/// what was shown.
class ScriptedDialogs : public TransferDialogs
{
public:
    QString saveFileName(const QString &, const QString &suggested, const QString &) override
    {
        suggestedPath = suggested;
        return fileAnswer;
    }
    QString openFileName(const QString &, const QString &) override { return fileAnswer; }
    int chooseItem(
        const QString &, const QString &, const QStringList &items, const QString &) override
    {
        offeredItems = items;
        return itemAnswer;
    }
    void inform(const QString &, const QString &message) override { informed << message; }
    void warn(const QString &, const QString &message) override { warned << message; }

    QString fileAnswer; ///< empty: the person cancels
    int itemAnswer = -1; ///< -1: the person cancels
    QString suggestedPath;
    QStringList offeredItems;
    QStringList informed;
    QStringList warned;
};

class HistoryTransferTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// A history in <tmp>/<name> with \a sessions sessions of two holds each.
    std::unique_ptr<HistoryStore> openStore(const QString &name, int sessions)
    {
        StoreOptions options;
        options.dataDir = m_dir.filePath(name);
        options.dailyBackup = false;
        EXPECT_TRUE(QDir().mkpath(options.dataDir));
        auto store = HistoryStore::open(options, m_clock);
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        if (!store)
            return nullptr;
        for (int session = 0; session < sessions; ++session)
            recordSession(*store.value());
        return std::move(store).value();
    }

    void recordSession(HistoryStore &store)
    {
        SessionLog log(store);
        ASSERT_TRUE(log.begin(u"daily-hip-stretch"_s).ok());
        for (const Side side : {Side::Left, Side::Right}) {
            HoldRecord hold;
            hold.exerciseId = u"seated-leg-cross"_s;
            hold.side = side;
            hold.holdNumber = 1;
            hold.target = 30s;
            hold.held = 30s;
            hold.completed = true;
            hold.startUtc = m_clock.nowUtc();
            hold.utcOffsetSeconds = 3600;
            ASSERT_TRUE(log.recordHold(hold).ok());
            m_clock.advance(40s);
        }
        ASSERT_TRUE(log.finish(SessionEnd::Completed).ok());
        m_clock.advance(1h);
    }

    /// Rows in the sessions table, read straight from the file.
    static int sessionCount(const HistoryStore &store)
    {
        sqlite3 *db = nullptr;
        int count = -1;
        if (sqlite3_open_v2(
                store.databasePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM sessions", -1, &statement, nullptr)
                    == SQLITE_OK
                && sqlite3_step(statement) == SQLITE_ROW)
                count = sqlite3_column_int(statement, 0);
            sqlite3_finalize(statement);
        }
        sqlite3_close(db);
        return count;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    ScriptedDialogs m_dialogs;
};

} // namespace

TEST_F(HistoryTransferTest, ExportedWholeHistoryIsAcceptedByImport)
{
    auto source = openStore(u"source"_s, 2);
    ASSERT_TRUE(source);
    HistoryTransfer exporting(*source, m_dialogs);
    QSignalSpy exported(&exporting, &HistoryTransfer::exported);
    m_dialogs.fileAnswer = m_dir.filePath(u"whole.json"_s);

    ASSERT_TRUE(exporting.exportJson()) << m_dialogs.warned.join(u' ').toStdString();
    EXPECT_TRUE(QFile::exists(m_dialogs.fileAnswer));
    EXPECT_TRUE(m_dialogs.suggestedPath.endsWith(u"limber-history.json"_s));
    ASSERT_EQ(exported.count(), 1);
    EXPECT_TRUE(
        exported.at(0).at(0).toString().contains(QDir::toNativeSeparators(m_dialogs.fileAnswer)));

    auto target = openStore(u"target"_s, 0);
    ASSERT_TRUE(target);
    HistoryTransfer importing(*target, m_dialogs);
    QSignalSpy changed(&importing, &HistoryTransfer::historyChanged);
    ASSERT_TRUE(importing.importJson()) << m_dialogs.warned.join(u' ').toStdString();
    EXPECT_EQ(sessionCount(*target), 2);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(m_dialogs.warned.isEmpty());
    ASSERT_EQ(m_dialogs.informed.size(), 1);
    EXPECT_TRUE(m_dialogs.informed.first().contains(u"Added 2 session"_s))
        << m_dialogs.informed.first().toStdString();
}

TEST_F(HistoryTransferTest, TheImportSummaryWritesLargeCountsAsTheLanguageDoes)
{
    auto source = openStore(u"large"_s, 501);
    ASSERT_TRUE(source);
    m_dialogs.fileAnswer = m_dir.filePath(u"large.json"_s);
    ASSERT_TRUE(HistoryTransfer(*source, m_dialogs).exportJson());

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto target = openStore(u"target"_s, 0);
    ASSERT_TRUE(target);
    const bool imported = HistoryTransfer(*target, m_dialogs).importJson();
    QLocale::setDefault(before);

    ASSERT_TRUE(imported) << m_dialogs.warned.join(u' ').toStdString();
    ASSERT_EQ(m_dialogs.informed.size(), 1);
    // (Without the program's English plural forms, "(s)" stays as written.)
    EXPECT_TRUE(m_dialogs.informed.first().startsWith(u"Added 501 session(s), 1,002 hold(s)."_s))
        << m_dialogs.informed.first().toStdString();
}

TEST_F(HistoryTransferTest, CsvExportWritesHoldsAndSessionsFiles)
{
    auto store = openStore(u"csv"_s, 1);
    ASSERT_TRUE(store);
    HistoryTransfer transfer(*store, m_dialogs);
    m_dialogs.fileAnswer = m_dir.filePath(u"holds.csv"_s);

    ASSERT_TRUE(transfer.exportCsv()) << m_dialogs.warned.join(u' ').toStdString();
    EXPECT_TRUE(QFile::exists(m_dialogs.fileAnswer));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(u"holds-sessions.csv"_s)));
}

TEST_F(HistoryTransferTest, CancellingChangesNothing)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    ASSERT_TRUE(BackupManager(*store).create(BackupReason::Daily).ok());
    HistoryTransfer transfer(*store, m_dialogs);
    QSignalSpy changed(&transfer, &HistoryTransfer::historyChanged);
    QSignalSpy exported(&transfer, &HistoryTransfer::exported);
    m_dialogs.fileAnswer.clear();
    m_dialogs.itemAnswer = -1;

    EXPECT_FALSE(transfer.exportCsv());
    EXPECT_FALSE(transfer.exportJson());
    EXPECT_FALSE(transfer.importJson());
    EXPECT_FALSE(transfer.restoreBackup());

    EXPECT_EQ(m_dialogs.offeredItems.size(), 1); // the restore did ask
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 0);
    EXPECT_EQ(BackupManager(*store).list().size(), 1); // nothing kept aside
    EXPECT_EQ(sessionCount(*store), 1);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(exported.count(), 0);
    EXPECT_TRUE(m_dialogs.warned.isEmpty());
    EXPECT_TRUE(m_dialogs.informed.isEmpty());
}

TEST_F(HistoryTransferTest, FailedImportShowsWhyAndChangesNothing)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    const QString notAnExport = m_dir.filePath(u"notes.json"_s);
    QFile file(notAnExport);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a Limber history");
    file.close();
    HistoryTransfer transfer(*store, m_dialogs);
    QSignalSpy changed(&transfer, &HistoryTransfer::historyChanged);
    m_dialogs.fileAnswer = notAnExport;

    EXPECT_FALSE(transfer.importJson());
    ASSERT_EQ(m_dialogs.warned.size(), 1);
    EXPECT_FALSE(m_dialogs.warned.first().isEmpty());
    EXPECT_TRUE(m_dialogs.informed.isEmpty());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(sessionCount(*store), 1);
}

TEST_F(HistoryTransferTest, FailedExportShowsWhy)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    HistoryTransfer transfer(*store, m_dialogs);
    QSignalSpy exported(&transfer, &HistoryTransfer::exported);
    // A folder where the file should go cannot be written.
    m_dialogs.fileAnswer = m_dir.filePath(u"taken.json"_s);
    ASSERT_TRUE(QDir().mkpath(m_dialogs.fileAnswer));

    EXPECT_FALSE(transfer.exportJson());
    ASSERT_EQ(m_dialogs.warned.size(), 1);
    EXPECT_FALSE(m_dialogs.warned.first().isEmpty());
    EXPECT_EQ(exported.count(), 0);
}

TEST_F(HistoryTransferTest, RestorePutsBackTheChosenBackup)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    ASSERT_TRUE(backups.create(BackupReason::Daily).ok()); // one session
    m_clock.advance(24h);
    recordSession(*store);
    ASSERT_TRUE(backups.create(BackupReason::Daily).ok()); // two sessions
    m_clock.advance(24h);
    recordSession(*store);
    ASSERT_EQ(sessionCount(*store), 3);
    const QList<BackupInfo> listed = backups.list(); // newest first
    ASSERT_EQ(listed.size(), 2);

    HistoryTransfer transfer(*store, m_dialogs);
    QSignalSpy changed(&transfer, &HistoryTransfer::historyChanged);
    m_dialogs.itemAnswer = 1; // the older one, with one session

    ASSERT_TRUE(transfer.restoreBackup()) << m_dialogs.warned.join(u' ').toStdString();
    EXPECT_EQ(m_dialogs.offeredItems.size(), 2);
    EXPECT_EQ(sessionCount(*store), 1);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(m_dialogs.informed.size(), 1);
    // The history it replaced is kept aside, and the person is told where.
    const QList<BackupInfo> after = backups.list();
    ASSERT_EQ(after.size(), 3);
    const auto keptAside = std::find_if(after.cbegin(), after.cend(),
        [](const BackupInfo &backup) { return backup.reason == BackupReason::BeforeRestore; });
    ASSERT_NE(keptAside, after.cend());
    // Long paths are shortened in the middle; the file name stays whole.
    EXPECT_TRUE(m_dialogs.informed.first().contains(u'/' + QFileInfo(keptAside->path).fileName()))
        << m_dialogs.informed.first().toStdString();
}

TEST_F(HistoryTransferTest, ARestoreWaitingForALockLeavesTheWindowRunning)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    ASSERT_TRUE(BackupManager(*store).create(BackupReason::Daily).ok()); // one session
    recordSession(*store);
    ASSERT_EQ(sessionCount(*store), 2);

    // Another program holds the history's write lock; this thread's event
    // loop lets it go after a moment. Restored on this thread, the restore
    // would wait out the busy timeout (5 s) with the loop stopped, and fail.
    limber::testing::WriteLockHeldElsewhere lock(store->databasePath());
    ASSERT_TRUE(lock.isHeld());

    HistoryTransfer transfer(*store, m_dialogs);
    m_dialogs.itemAnswer = 0;
    const bool restored = transfer.restoreBackup();

    ASSERT_TRUE(restored) << m_dialogs.warned.join(u' ').toStdString();
    EXPECT_TRUE(lock.releasedByTheEventLoop())
        << "the window's timer stopped while the restore waited";
    EXPECT_EQ(sessionCount(*store), 1);
    // The store in use reads the restored file.
    auto count = store->connection().queryInt(u"SELECT count(*) FROM sessions"_s);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1);
}

TEST_F(HistoryTransferTest, RestoreWaitsForTheRunningSession)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    ASSERT_TRUE(BackupManager(*store).create(BackupReason::Daily).ok());
    HistoryTransfer transfer(*store, m_dialogs);
    transfer.setSessionRunning([] { return true; });
    m_dialogs.itemAnswer = 0;

    EXPECT_FALSE(transfer.restoreBackup());
    EXPECT_TRUE(m_dialogs.offeredItems.isEmpty());
    EXPECT_EQ(m_dialogs.informed.size(), 1);
    EXPECT_EQ(BackupManager(*store).list().size(), 1);
}

TEST_F(HistoryTransferTest, RestoreWithoutBackupsSaysSo)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    HistoryTransfer transfer(*store, m_dialogs);
    m_dialogs.itemAnswer = 0;

    EXPECT_FALSE(transfer.restoreBackup());
    EXPECT_TRUE(m_dialogs.offeredItems.isEmpty());
    EXPECT_EQ(m_dialogs.informed.size(), 1);
}

TEST_F(HistoryTransferTest, BackupsMadeInOneSecondAreToldApartAndTheChosenOneIsRestored)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    ASSERT_TRUE(backups.create(BackupReason::BeforeImport).ok()); // one session
    const QDateTime instant = m_clock.nowUtc();
    recordSession(*store);
    // Back to the same moment: an import makes its backups within a second.
    m_clock.jumpWallClock(std::chrono::milliseconds(m_clock.nowUtc().msecsTo(instant)));
    ASSERT_TRUE(backups.create(BackupReason::BeforeImport).ok()); // two sessions
    ASSERT_TRUE(backups.create(BackupReason::Daily).ok()); // two sessions
    ASSERT_TRUE(backups.create(BackupReason::Daily).ok()); // the same again
    const QList<BackupInfo> listed = backups.list();
    ASSERT_EQ(listed.size(), 4);

    const QStringList labels = HistoryTransfer::backupLabels(listed);
    ASSERT_EQ(labels.size(), 4);
    EXPECT_EQ(QSet<QString>(labels.cbegin(), labels.cend()).size(), 4)
        << labels.join(u"\n--\n"_s).toStdString();
    const auto oneSession = std::find_if(labels.cbegin(), labels.cend(),
        [](const QString &label) { return label.contains(u"1 session"_s); });
    ASSERT_NE(oneSession, labels.cend()) << labels.join(u"\n--\n"_s).toStdString();
    EXPECT_EQ(std::count_if(labels.cbegin(), labels.cend(),
                  [](const QString &label) { return label.contains(u"2 session"_s); }),
        3);
    for (const QString &label : labels) {
        EXPECT_TRUE(label.contains(u"2 hold"_s) || label.contains(u"4 hold"_s))
            << label.toStdString();
    }

    HistoryTransfer transfer(*store, m_dialogs);
    m_dialogs.itemAnswer = int(oneSession - labels.cbegin());
    ASSERT_TRUE(transfer.restoreBackup()) << m_dialogs.warned.join(u' ').toStdString();
    EXPECT_EQ(m_dialogs.offeredItems, labels);
    EXPECT_EQ(sessionCount(*store), 1);
}

TEST_F(HistoryTransferTest, TheRestoreDialogAnswersWithTheRowEvenWhenEntriesReadAlike)
{
    QWidget window;
    WidgetTransferDialogs dialogs(&window);
    bool sawList = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        auto *list = dialog->findChild<QListWidget *>(u"choices"_s);
        if (list) {
            sawList = true;
            EXPECT_EQ(list->count(), 3);
            QTest::keyClick(list, Qt::Key_Down);
            QTest::keyClick(list, Qt::Key_Return);
        }
        if (dialog->isVisible())
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    const int chosen = dialogs.chooseItem(
        u"Restore a backup"_s, u"Choose:"_s, {u"same"_s, u"same"_s, u"same"_s}, u"Restore"_s);
    EXPECT_TRUE(sawList);
    EXPECT_EQ(chosen, 1);
}

TEST_F(HistoryTransferTest, TheRestoreDialogListsEachBackupAndRestoresTheChosenRow)
{
    auto store = openStore(u"history"_s, 1);
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    ASSERT_TRUE(backups.create(BackupReason::Daily).ok()); // one session
    recordSession(*store);
    ASSERT_TRUE(backups.create(BackupReason::BeforeImport).ok()); // two sessions
    recordSession(*store);
    ASSERT_TRUE(backups.create(BackupReason::BeforeDelete).ok()); // three sessions

    QWidget window;
    WidgetTransferDialogs dialogs(&window);
    HistoryTransfer transfer(*store, dialogs, &window);
    QStringList shown;
    // The list comes once the backups were read, on a thread of their own:
    // answer it whenever it is up.
    QTimer chooseRow;
    chooseRow.setInterval(10);
    QObject::connect(&chooseRow, &QTimer::timeout, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *list = dialog ? dialog->findChild<QListWidget *>(u"choices"_s) : nullptr;
        if (!list)
            return;
        chooseRow.stop();
        for (int row = 0; row < list->count(); ++row)
            shown.append(list->item(row)->text());
        // LIMBER_SCREENSHOT_DIR=/some/folder keeps a picture to look at.
        const QString pictures = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
        if (!pictures.isEmpty())
            dialog->grab().save(QDir(pictures).filePath(u"restore-dialog.png"_s));
        list->setCurrentRow(2); // the oldest: one session
        if (auto *restore = dialog->findChild<QPushButton *>(u"choose"_s))
            QTest::mouseClick(restore, Qt::LeftButton);
        if (dialog->isVisible())
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    // After the restore an information box says where the old history went;
    // close it as a person would, whenever it comes: the restore may take
    // longer than any fixed wait (under AddressSanitizer it took over 50 ms,
    // and the box then waited for an answer for ever).
    QTimer closeInformation;
    closeInformation.setInterval(10);
    QObject::connect(&closeInformation, &QTimer::timeout, [&closeInformation] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            closeInformation.stop();
            QMetaObject::invokeMethod(box, "accept", Qt::QueuedConnection);
        }
    });
    chooseRow.start();
    closeInformation.start();

    ASSERT_TRUE(transfer.restoreBackup());
    ASSERT_EQ(shown.size(), 3);
    EXPECT_TRUE(shown.at(0).contains(u"3 session"_s)) << shown.at(0).toStdString();
    EXPECT_TRUE(shown.at(2).contains(u"1 session"_s)) << shown.at(2).toStdString();
    EXPECT_EQ(sessionCount(*store), 1);
}

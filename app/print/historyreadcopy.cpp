#include "print/historyreadcopy.h"

#include "history/connection.h"
#include "history/databasefiles.h"
#include "history/historystore.h"
#include "history/inspection.h"
#include "history/storagemessages.h"
#include "history/verifiedcopy.h"
#include "print/reportsessions.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr std::chrono::milliseconds busyTimeout {5000};

using Failure = HistoryReadCopy::Failure;
using Problem = HistoryReadCopy::Problem;

Failure noHistory(const QString &dataDir)
{
    return {Problem::NoHistory,
        HistoryReadCopy::tr("No history yet in %1: there is nothing to report. A report can be "
                            "made once a session has been recorded there.")
            .arg(QDir::toNativeSeparators(dataDir))};
}

Failure unreadable(const QString &text)
{
    return {Problem::Unreadable, text};
}

// The history file as it is now, or why it cannot be read.
std::optional<Failure> inspect(const QString &path, const QString &dataDir)
{
    const Inspection inspection = inspectDatabase(path, false);
    const QString shown = QDir::toNativeSeparators(path);
    switch (inspection.state) {
    case Inspection::State::Missing:
    case Inspection::State::Empty:
        return noHistory(dataDir);
    case Inspection::State::Usable:
        return std::nullopt;
    case Inspection::State::Newer:
        return unreadable(HistoryReadCopy::tr("%1 was written by a newer version of Limber "
                                              "(history format %2). Update Limber to make a "
                                              "report from it.")
                              .arg(shown)
                              .arg(inspection.version));
    case Inspection::State::NotADatabase:
    case Inspection::State::Foreign:
    case Inspection::State::Damaged:
        return unreadable(HistoryReadCopy::tr("No report was made: %1 cannot be read, because %2 "
                                              "Open Limber to keep it aside and restore a backup.")
                              .arg(shown, inspection.problem));
    case Inspection::State::Unreadable:
        return unreadable(inspection.problem);
    }
    return std::nullopt;
}

// One read snapshot of \a source copied into a new file at \a target.
Status copySnapshot(const QString &source, const QString &target)
{
    // A folder where SQLite cannot make its -shm index can still be read
    // when no -wal holds anything beyond the main file (as the store does).
    const bool immutable = !DatabaseFiles(source).hasWal()
        && !DatabaseFiles::folderIsWritable(QFileInfo(source).absolutePath());
    auto reader = sql::Connection::open(
        source, immutable ? sql::OpenMode::ReadOnlyImmutable : sql::OpenMode::ReadOnly);
    if (!reader)
        return reader.error();
    if (Status configured = HistoryStore::configure(reader.value(), busyTimeout); !configured)
        return configured;
    auto copy = sql::Connection::open(target, sql::OpenMode::ReadWriteCreate);
    if (!copy)
        return copy.error();
    if (Status copied = copyInto(reader.value(), copy.value()); !copied)
        return copied;
    if (Status closed = copy->close(); !closed)
        return closed;
    return reader->close();
}

} // namespace

HistoryReadCopy::~HistoryReadCopy()
{
    if (m_store)
        m_store->close();
}

std::variant<std::unique_ptr<HistoryReadCopy>, Failure> HistoryReadCopy::open(
    const QString &dataDir, const QString &fileName)
{
    const QString source = QDir(dataDir).filePath(fileName);
    if (!QFileInfo(dataDir).isDir())
        return noHistory(dataDir);
    if (auto problem = inspect(source, dataDir))
        return *problem;

    std::unique_ptr<HistoryReadCopy> copy(new HistoryReadCopy);
    if (!copy->m_folder.isValid()) {
        return unreadable(tr("No report was made: no temporary folder could be created (%1).")
                              .arg(copy->m_folder.errorString()));
    }
    const QString target = QDir(copy->m_folder.path()).filePath(fileName);
    if (Status copied = copySnapshot(source, target); !copied) {
        return unreadable(tr("No report was made: the history in %1 could not be read. %2")
                              .arg(QDir::toNativeSeparators(source), copied.error().message));
    }

    StoreOptions options;
    options.dataDir = copy->m_folder.path();
    options.fileName = fileName;
    options.dailyBackup = false;
    auto store = HistoryStore::open(options, copy->m_clock);
    if (!store) {
        return unreadable(tr("No report was made: the history in %1 could not be read. %2")
                              .arg(QDir::toNativeSeparators(source), store.error().message));
    }
    copy->m_store = std::move(store.value());

    auto sessions = SessionQueries(*copy->m_store).sessionCount();
    if (!sessions)
        return unreadable(sessions.error().message);
    if (*sessions == 0)
        return noHistory(dataDir);
    return copy;
}

} // namespace limber

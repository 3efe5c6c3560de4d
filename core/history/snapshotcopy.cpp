#include "core/history/snapshotcopy.h"

#include "core/history/connection.h"
#include "core/history/databasefiles.h"
#include "core/history/historystore.h"
#include "core/history/verifiedcopy.h"

#include <QFileInfo>

namespace limber {

Status copyHistorySnapshot(
    const QString &source, const QString &target, std::chrono::milliseconds busyTimeout)
{
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

} // namespace limber

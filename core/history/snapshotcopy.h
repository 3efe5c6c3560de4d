#pragma once

#include "core/util/error.h"

#include <QString>

#include <chrono>

namespace limber {

/// Copies one consistent snapshot of the history file at \a source into a
/// new database file at \a target, without writing to \a source: it is read
/// through a read-only connection and copied with SQLite's backup API. A
/// WAL database lets this happen while a running Limber writes to it (a
/// reader waits up to \a busyTimeout for a writer's lock), and needs no
/// instance lock. A folder where SQLite cannot make its -shm index can still
/// be read when no -wal holds anything beyond the main file.
Status copyHistorySnapshot(const QString &source, const QString &target,
    std::chrono::milliseconds busyTimeout = std::chrono::milliseconds(5000));

} // namespace limber

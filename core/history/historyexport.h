#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

namespace limber {

class HistoryStore;

/// Reports progress of a long export or import: `done` of `total` sessions.
/// Called a bounded number of times (about 200) and once at the end.
using ProgressCallback = std::function<void(int done, int total)>;

/// The history as files other programs read: CSV of holds and of sessions
/// (RFC 4180, UTF-8, a header row, ISO 8601 times in UTC and local time with
/// its offset) and a full JSON export, the person's routines and every
/// session with its holds, that HistoryImport reads back.
///
/// The CSV is for spreadsheets, so its text fields that would start a formula
/// get a leading apostrophe (see CsvWriter); its number fields never do. The
/// JSON is for Limber and keeps every text exactly as stored; it also carries
/// the hold target decisions (history/targetexchange.h).
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)

public:
    explicit HistoryExport(HistoryStore &store);

    enum class Format { HoldsCsv, SessionsCsv, Json };

    Status write(Format format, QIODevice &out, const ProgressCallback &progress = {});
    /// Writes to `path` as ExportDestination says: a regular file atomically
    /// (it appears complete or not at all), a pipe or device directly; a
    /// folder or another kind of file is refused before anything is written.
    Status save(Format format, const QString &path, const ProgressCallback &progress = {});

private:
    Status writeHoldsCsv(QIODevice &out, const ProgressCallback &progress);
    Status writeSessionsCsv(QIODevice &out, const ProgressCallback &progress);
    Status writeJson(QIODevice &out, const ProgressCallback &progress);
    Status writeRoutines(QIODevice &out);
    Error writeFailed(const QIODevice &out) const;

    HistoryStore &m_store;
};

} // namespace limber

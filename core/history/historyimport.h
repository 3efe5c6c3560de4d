#pragma once

#include "core/history/historyexport.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

class HistoryStore;

/// What an import added and what was there already.
struct ImportSummary
{
    int sessionsAdded = 0;
    int sessionsAlreadyPresent = 0;
    int holdsAdded = 0;
    int holdsAlreadyPresent = 0;
    int routinesAdded = 0;
    /// Routines whose id the history had; the history's own version was kept.
    int routinesAlreadyPresent = 0;
    /// Hold target decisions (export format 2), matched by routine,
    /// exercise, kind, target and time.
    int targetDecisionsAdded = 0;
    int targetDecisionsAlreadyPresent = 0;
    /// The verified copy made before anything was changed; empty for a
    /// history in memory (HistoryStore::openInMemory), which has no file.
    QString backupPath;
};

/// Reads a JSON export back into the history. The whole file is checked
/// before anything is written; then a backup is made and everything goes in
/// one transaction, so a failed import changes nothing. Sessions are matched
/// by their unique id and holds by their key, so importing the same file twice
/// adds nothing the second time. The person's routines are matched by id: a
/// routine the history lacks is added at the end of the person's order, one
/// it has is left as it is (the history's version wins).
class HistoryImport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryImport)

public:
    /// The largest file importJson() reads. An export of 1,000,000 holds
    /// (50,000 sessions of 20, notes of 100 characters) is about 225 MB, so
    /// this leaves room for twice that, and a file that never ends
    /// (/dev/zero, a pipe) is refused once this much has come.
    static constexpr qint64 maxFileBytes = qint64 {512} * 1024 * 1024;

    /// `fileLimit` is for tests, which need a small one.
    explicit HistoryImport(HistoryStore &store, qint64 fileLimit = maxFileBytes);

    Result<ImportSummary> importJson(const QString &path, const ProgressCallback &progress = {});

private:
    HistoryStore &m_store;
    qint64 m_fileLimit;
};

} // namespace limber

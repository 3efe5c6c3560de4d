#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

class HistoryStore;
struct HistoryFilter;

/// One session as a row of the history: when, what, how much.
struct SessionRecord
{
    qint64 id = 0;
    /// When it began, in the UTC offset the person had then.
    QDateTime started;
    /// The local calendar day it began on.
    QDate localDay;
    /// in_progress, completed, stopped or interrupted.
    QString status;
    /// The exercises held in it, sorted.
    QStringList exerciseIds;
    int holdCount = 0;
    qint64 heldMs = 0;

    bool isInProgress() const { return status == QStringLiteral("in_progress"); }
};

/// The sessions of the history one by one: listing them, and deleting one
/// with its holds.
class SessionRecords
{
    Q_DECLARE_TR_FUNCTIONS(SessionRecords)

public:
    explicit SessionRecords(HistoryStore &store);

    /// Sessions with at least one (matching) hold that began on a local day
    /// from \a first to \a last, newest first.
    Result<QList<SessionRecord>> between(
        QDate first, QDate last, const HistoryFilter &filter) const;

    /// Deletes the session \a id and every hold of it in one transaction, so
    /// the weekly summaries (kept by triggers) change together with it.
    /// Refuses a session still in progress: its holds are being written.
    /// Returns how many holds went.
    Result<int> remove(qint64 id);

private:
    HistoryStore &m_store;
};

} // namespace limber

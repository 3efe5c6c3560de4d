#pragma once

#include "core/util/error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace limber {

class HistoryStore;

/// How the sessions begun in a span of days ended.
struct SessionOutcomes
{
    int total = 0;
    int completed = 0;
    /// Ended early by the person, for any reason (pain included).
    int stopped = 0;
    /// The stopped sessions whose reason was pain.
    int stoppedForPain = 0;
    /// Cut off by a crash or power loss, or still running when read.
    int interrupted = 0;

    friend bool operator==(const SessionOutcomes &, const SessionOutcomes &) = default;
};

/// The note a person wrote after a session, on the local date it began.
struct SessionNote
{
    QDate date;
    QString text;

    friend bool operator==(const SessionNote &, const SessionNote &) = default;
};

/// Questions about whole sessions that HistoryQueries does not answer: how
/// many there are, how they ended, and their notes. Every question is about
/// the local dates a session began on, like the weekly summary, and reads
/// the days asked for only (the sessions_by_day index). Read only.
class SessionQueries
{
public:
    /// \a store must outlive this object.
    explicit SessionQueries(HistoryStore &store);

    /// Every session in the history, whatever its date.
    Result<int> sessionCount() const;
    /// Sessions begun from \a first to \a last (local dates, both included).
    Result<SessionOutcomes> outcomes(QDate first, QDate last) const;
    /// Up to \a limit notes that are not blank, from \a first to \a last,
    /// the most recent first.
    Result<QList<SessionNote>> recentNotes(QDate first, QDate last, int limit) const;

private:
    HistoryStore &m_store;
};

} // namespace limber

#pragma once

#include "core/model/routine.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class HistoryStore;

/// A routine of the person's own as the history keeps it.
struct StoredRoutine
{
    Routine routine;
    QDateTime createdUtc;
    QDateTime modifiedUtc;
};

/// The person's own routines, kept in the history file (table `routines`,
/// docs/storage.md) in the routine file format, in the person's order.
/// Backups and the JSON export carry them with the sessions.
///
/// Routines are read without looking at the exercise library, so a routine
/// whose exercise has since gone is still listed (check it with the library
/// before starting it). Each write is one transaction. A read-only history
/// refuses writes with HistoryStore::readOnlyMessage().
class UserRoutines
{
    Q_DECLARE_TR_FUNCTIONS(UserRoutines)

public:
    explicit UserRoutines(HistoryStore &store);

    /// Every routine, in the person's order.
    Result<QList<Routine>> list() const;
    /// Every routine with when it was created and last changed, in the person's order.
    Result<QList<StoredRoutine>> entries() const;
    /// The routine with this id, or std::nullopt.
    Result<std::optional<Routine>> find(const QString &id) const;
    /// The ids in use, for newRoutineId().
    Result<QSet<QString>> ids() const;

    /// Adds the routine at the end, or replaces the one with its id (which
    /// keeps its place and creation time). The routine is checked first as a
    /// routine file would be (id, title, every item field in range), and
    /// refused with the field and the limit when it does not fit.
    Status save(const Routine &routine);
    /// Removes the routine with this id; removing one that is not there is no error.
    Status remove(const QString &id);
    /// Puts the routines in the order of `ids`. Routines `ids` leaves out
    /// follow in their present order; ids of no routine are passed over.
    Status reorder(const QStringList &ids);

    /// For HistoryImport: adds `entry` at the end with its own times unless a
    /// routine with its id is there already (which stays as it is). Returns
    /// whether it was added. Joins the caller's transaction when one is open.
    Result<bool> addIfMissing(const StoredRoutine &entry);

private:
    Status refuseWhenReadOnly() const;
    Result<bool> hasTable() const;
    Error failed(const QString &lead, const Error &cause) const;

    HistoryStore &m_store;
};

/// A readable id for a new routine from its title, unique among `taken`:
/// "Morning stretch" gives "morning-stretch", then "morning-stretch-2" when
/// that is taken. Accents are dropped ("Dehnübung" gives "dehnubung"); a
/// title with no Latin letters or digits gives "routine". The id satisfies
/// the content id rules (isValidId in content/names.h). Pass every routine
/// id in use, bundled and the person's own.
QString newRoutineId(const QString &title, const QSet<QString> &taken);

} // namespace limber

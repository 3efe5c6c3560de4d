#include "app/routines/routinelistmodel.h"

#include "app/routines/exercisethumbnails.h"
#include "app/routines/routineduration.h"
#include "core/content/contentlibrary.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

RoutineListModel::RoutineListModel(const ContentLibrary &library,
    const ExerciseThumbnails *thumbnails, SessionOptions options, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_thumbnails(thumbnails)
    , m_options(std::move(options))
{ }

RoutineListModel::Entry RoutineListModel::makeEntry(
    const Routine &routine, bool bundled, bool saved) const
{
    return Entry {routine, bundled, saved, routineDuration(routine, m_library, m_options)};
}

QString RoutineListModel::titleOf(const Routine &routine) const
{
    const QString title = routine.title.text(m_options.uiLanguages);
    return title.isEmpty() ? routine.id : title;
}

QStringList RoutineListModel::exerciseTitles(const Routine &routine) const
{
    QStringList titles;
    for (const RoutineItem &item : routine.items) {
        const Exercise *exercise = m_library.exercise(item.exerciseId);
        titles << (exercise ? exercise->title.text(m_options.uiLanguages) : item.exerciseId);
    }
    return titles;
}

void RoutineListModel::sortGroup(QList<Entry> &entries) const
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        return collator.compare(titleOf(a.routine), titleOf(b.routine)) < 0;
    });
}

void RoutineListModel::resetEntries(QList<Entry> bundled, QList<Entry> user)
{
    sortGroup(bundled);
    sortGroup(user);
    beginResetModel();
    m_entries = bundled + user;
    endResetModel();
}

void RoutineListModel::setBundledRoutines(const QList<Routine> &routines)
{
    QList<Entry> bundled;
    for (const Routine &routine : routines)
        bundled << makeEntry(routine, true, true);
    QList<Entry> user;
    std::copy_if(m_entries.cbegin(), m_entries.cend(), std::back_inserter(user),
        [](const Entry &e) { return !e.bundled; });
    resetEntries(bundled, user);
}

void RoutineListModel::setUserRoutines(const QList<Routine> &routines)
{
    QList<Entry> bundled;
    std::copy_if(m_entries.cbegin(), m_entries.cend(), std::back_inserter(bundled),
        [](const Entry &e) { return e.bundled; });
    QList<Entry> user;
    for (const Routine &routine : routines)
        user << makeEntry(routine, false, true);
    resetEntries(bundled, user);
}

void RoutineListModel::setTodayRoutine(const QString &id)
{
    const int before = rowOf(m_today);
    m_today = id;
    for (const int row : {before, rowOf(id)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

void RoutineListModel::setOptions(const SessionOptions &options)
{
    m_options = options;
    for (Entry &entry : m_entries)
        entry.duration = routineDuration(entry.routine, m_library, m_options);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int RoutineListModel::insertionRow(const QList<Entry> &entries, const Entry &entry) const
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const QString title = titleOf(entry.routine);
    const int count = int(entries.size());
    int row = 0;
    // The person's routines come after the bundled ones.
    while (row < count && entries.at(row).bundled && !entry.bundled)
        ++row;
    while (row < count && entries.at(row).bundled == entry.bundled
        && collator.compare(titleOf(entries.at(row).routine), title) <= 0)
        ++row;
    return row;
}

void RoutineListModel::putUserRoutine(const Routine &routine, bool saved)
{
    Entry entry = makeEntry(routine, false, saved);
    const int row = userRowOf(routine.id);
    if (row < 0) {
        const int at = insertionRow(m_entries, entry);
        beginInsertRows({}, at, at);
        m_entries.insert(at, std::move(entry));
        endInsertRows();
        return;
    }
    // A new title may move the row; a move keeps the view's selection on it.
    QList<Entry> others = m_entries;
    others.removeAt(row);
    const int at = insertionRow(others, entry);
    m_entries[row] = std::move(entry);
    if (at != row) {
        beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
        m_entries.move(row, at);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(at), index(at));
}

void RoutineListModel::removeUserRoutine(const QString &id)
{
    const int row = userRowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int RoutineListModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    // A person's routine with a bundled routine's id replaces it in the
    // library, so the person's row wins here too.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).routine.id == id)
            return row;
    }
    return -1;
}

int RoutineListModel::userRowOf(const QString &id) const
{
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (!m_entries.at(row).bundled && m_entries.at(row).routine.id == id)
            return row;
    }
    return -1;
}

std::optional<Routine> RoutineListModel::routine(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row).routine;
}

bool RoutineListModel::isBundled(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_entries.at(row).bundled;
}

bool RoutineListModel::isSaved(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_entries.at(row).saved;
}

QSet<QString> RoutineListModel::ids() const
{
    QSet<QString> ids;
    for (const Entry &entry : m_entries)
        ids.insert(entry.routine.id);
    return ids;
}

QStringList RoutineListModel::titles(const QString &exceptId) const
{
    QStringList titles;
    for (const Entry &entry : m_entries) {
        if (entry.routine.id != exceptId)
            titles << titleOf(entry.routine);
    }
    return titles;
}

QList<Routine> RoutineListModel::userRoutines() const
{
    QList<Routine> routines;
    for (const Entry &entry : m_entries) {
        if (!entry.bundled)
            routines << entry.routine;
    }
    return routines;
}

int RoutineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RoutineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return titleOf(entry.routine);
    case Qt::DecorationRole:
        if (m_thumbnails && !entry.routine.items.isEmpty())
            return m_thumbnails->thumbnail(entry.routine.items.constFirst().exerciseId);
        return {};
    case Qt::ToolTipRole:
        return exerciseTitles(entry.routine).join(u", "_s);
    case Qt::AccessibleTextRole: {
        QStringList parts {titleOf(entry.routine), describeRoutineLength(entry.duration)};
        if (entry.bundled)
            parts << tr("comes with Limber");
        if (entry.routine.id == m_today)
            parts << tr("today's routine");
        return parts.join(u", "_s);
    }
    case IdRole:
        return entry.routine.id;
    case BundledRole:
        return entry.bundled;
    case TodayRole:
        return entry.routine.id == m_today;
    case DurationSecondsRole:
        return entry.duration ? QVariant(int(entry.duration->count())) : QVariant();
    case DurationTextRole:
        return describeRoutineLength(entry.duration);
    case ExerciseTitlesRole:
        return exerciseTitles(entry.routine);
    case SavedRole:
        return entry.saved;
    case DetailRole: {
        if (entry.routine.items.isEmpty())
            return tr("No exercises yet; add one to keep this routine");
        const QString titles = exerciseTitles(entry.routine).join(u", "_s);
        return tr("%1 · %2").arg(describeRoutineLength(entry.duration), titles);
    }
    case BadgesRole: {
        QStringList badges;
        if (entry.routine.id == m_today)
            badges << tr("Today");
        if (entry.bundled)
            badges << tr("Built in");
        return badges;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> RoutineListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "routineId");
    names.insert(BundledRole, "bundled");
    names.insert(TodayRole, "today");
    names.insert(DurationSecondsRole, "durationSeconds");
    names.insert(DurationTextRole, "durationText");
    names.insert(ExerciseTitlesRole, "exerciseTitles");
    names.insert(SavedRole, "saved");
    names.insert(DetailRole, "detail");
    names.insert(BadgesRole, "badges");
    return names;
}

} // namespace limber

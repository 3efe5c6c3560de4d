#include "app/history/sessiontablemodel.h"

#include "app/history/historyformat.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SessionTableModel::setSessions(
    const QList<SessionRecord> &sessions, QDate today, const QLocale &locale, TitleOf titleOf)
{
    beginResetModel();
    m_sessions = sessions;
    m_today = today;
    m_locale = locale;
    m_titleOf = std::move(titleOf);
    endResetModel();
}

QString SessionTableModel::whenText(const SessionRecord &session) const
{
    // Hours and minutes, even where the locale's short format has seconds.
    QString format = m_locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return tr("%1, %2").arg(dayName(session.localDay, m_today, m_locale),
        m_locale.toString(session.started.time(), format));
}

QString SessionTableModel::exercisesText(const SessionRecord &session) const
{
    QStringList titles;
    for (const QString &id : session.exerciseIds) {
        const QString title = m_titleOf ? m_titleOf(id) : QString();
        titles.append(title.isEmpty() ? id : title);
    }
    return titles.join(tr(", "));
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::text(const SessionRecord &session, int column) const
{
    switch (column) {
    case DayColumn:
        return whenText(session);
    case ExercisesColumn:
        return exercisesText(session);
    case HoldsColumn:
        return m_locale.toString(session.holdCount);
    case HeldColumn:
        return formatHeldTime(session.heldMs, m_locale);
    case StatusColumn:
        if (session.status == u"completed"_s)
            return tr("Completed");
        if (session.status == u"stopped"_s)
            return tr("Stopped early");
        if (session.status == u"interrupted"_s)
            return tr("Interrupted");
        if (session.isInProgress())
            return tr("Running now");
        return session.status;
    default:
        return {};
    }
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRecord &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(session, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DayColumn)
            return m_locale.toString(session.started, QLocale::LongFormat);
        return index.column() == ExercisesColumn ? exercisesText(session) : QVariant();
    case SessionIdRole:
        return session.id;
    case Qt::TextAlignmentRole:
        if (index.column() == HoldsColumn || index.column() == HeldColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Began");
    case ExercisesColumn:
        return tr("Exercises");
    case HoldsColumn:
        return tr("Holds");
    case HeldColumn:
        return tr("Time held");
    case StatusColumn:
        return tr("How it ended");
    default:
        return {};
    }
}

} // namespace limber

#include "app/history/historytablemodel.h"

#include "app/history/historyformat.h"
#include "app/history/historytext.h"

namespace limber {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryTableModel::setWeeks(
    const QList<WeekRow> &weeks, const QStringList &levelNames, const QLocale &locale)
{
    beginResetModel();
    m_weeks = weeks;
    m_levelNames = levelNames;
    m_locale = locale;
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weeks.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::value(const WeekRow &week, int column) const
{
    switch (column) {
    case WeekColumn:
        return week.weekStart;
    case LeftColumn:
        return week.leftMs;
    case RightColumn:
        return week.rightMs;
    case UnsidedColumn:
        return week.unsidedMs;
    case HoldsColumn:
        return week.holdCount;
    case LongestColumn:
        return week.longestHoldMs;
    case SessionsColumn:
        return week.sessionCount;
    case ReachColumn:
        return week.bestReach ? QVariant(*week.bestReach) : QVariant();
    case PainBeforeColumn:
        return optionalValue(week.painBefore);
    case PainAfterColumn:
        return optionalValue(week.painAfter);
    default:
        return {};
    }
}

QString HistoryTableModel::text(const WeekRow &week, int column) const
{
    // An en dash marks "nothing recorded", distinct from a recorded zero.
    const QString none = QStringLiteral("–");
    switch (column) {
    case WeekColumn:
        return m_locale.toString(week.weekStart, QLocale::ShortFormat);
    case LeftColumn:
        return formatMinutes(week.leftMs, m_locale);
    case RightColumn:
        return formatMinutes(week.rightMs, m_locale);
    case UnsidedColumn:
        return formatMinutes(week.unsidedMs, m_locale);
    case HoldsColumn:
        return m_locale.toString(week.holdCount);
    case LongestColumn:
        return week.holdCount > 0 ? formatDuration(week.longestHoldMs, m_locale) : none;
    case SessionsColumn:
        return m_locale.toString(week.sessionCount);
    case ReachColumn:
        return week.bestReach ? HistoryText::levelName(*week.bestReach, m_levelNames) : none;
    case PainBeforeColumn:
        return week.painBefore ? formatOneDecimal(*week.painBefore, m_locale) : none;
    case PainAfterColumn:
        return week.painAfter ? formatOneDecimal(*week.painAfter, m_locale) : none;
    default:
        return {};
    }
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WeekRow &week = m_weeks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(week, index.column());
    case Qt::ToolTipRole:
        return index.column() == WeekColumn ? HistoryText::weekName(week, m_locale) : QVariant();
    case ValueRole:
        return value(week, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == WeekColumn || index.column() == ReachColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WeekColumn:
        return tr("Week of");
    case LeftColumn:
        return tr("Left (min)");
    case RightColumn:
        return tr("Right (min)");
    case UnsidedColumn:
        return tr("No side (min)");
    case HoldsColumn:
        return tr("Holds");
    case LongestColumn:
        return tr("Longest hold");
    case SessionsColumn:
        return tr("Sessions");
    case ReachColumn:
        return tr("Furthest reach");
    case PainBeforeColumn:
        return tr("Pain before");
    case PainAfterColumn:
        return tr("Pain after");
    default:
        return {};
    }
}

} // namespace limber

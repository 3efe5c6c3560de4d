#include "app/routines/routineeditormodel.h"

#include "app/routines/exercisethumbnails.h"
#include "core/content/contentlibrary.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

RoutineEditorModel::Range RoutineEditorModel::range(Column column)
{
    switch (column) {
    case HoldsColumn:
        return {limits::minHoldsPerSide, limits::maxHoldsPerSide};
    case HoldSecondsColumn:
        return {limits::minHoldSeconds, limits::maxHoldSeconds};
    case GetReadySecondsColumn:
        return {0, limits::maxGetReadySeconds};
    case SwitchSecondsColumn:
        return {0, limits::maxSwitchSeconds};
    case RestSecondsColumn:
        return {0, limits::maxRestSeconds};
    default:
        return {};
    }
}

RoutineEditorModel::RoutineEditorModel(
    const ContentLibrary &library, const ExerciseThumbnails *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_thumbnails(thumbnails)
{ }

void RoutineEditorModel::setRoutine(const Routine &routine, bool readOnly)
{
    beginResetModel();
    m_routine = routine;
    m_readOnly = readOnly;
    endResetModel();
}

bool RoutineEditorModel::isAlternating(int row) const
{
    const Exercise *exercise = m_library.exercise(m_routine.items.value(row).exerciseId);
    return exercise && exercise->sideMode == SideMode::Alternating;
}

bool RoutineEditorModel::inRange(const RoutineItem &item)
{
    const auto within = [](int value, Column column) {
        return value >= range(column).minimum && value <= range(column).maximum;
    };
    return within(item.holdsPerSide, HoldsColumn) && within(item.holdSeconds, HoldSecondsColumn)
        && within(item.getReadySeconds, GetReadySecondsColumn)
        && within(item.switchSeconds, SwitchSecondsColumn)
        && within(item.restSeconds, RestSecondsColumn) && item.firstSide != Side::None;
}

RoutineItem RoutineEditorModel::defaultItem(const QString &exerciseId) const
{
    RoutineItem item;
    item.exerciseId = exerciseId;
    return item;
}

bool RoutineEditorModel::insertItem(int row, const RoutineItem &item)
{
    // No more than a routine file may hold, or it would not load again.
    if (m_readOnly || row < 0 || row > rowCount() || rowCount() >= limits::maxRoutineItems
        || !m_library.exercise(item.exerciseId) || !inRange(item))
        return false;
    beginInsertRows({}, row, row);
    m_routine.items.insert(row, item);
    endInsertRows();
    return true;
}

bool RoutineEditorModel::moveItem(int row, int offset)
{
    const int target = row + offset;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount())
        return false;
    // moveRows takes the row the item lands before, counted before the move.
    return moveRows({}, row, 1, {}, offset > 0 ? target + 1 : target);
}

int RoutineEditorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routine.items.size());
}

int RoutineEditorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RoutineEditorModel::applies(int row, int column) const
{
    if (column == SidedColumn)
        return isAlternating(row);
    if (column == FirstSideColumn)
        return isAlternating(row) && m_routine.items.at(row).sided;
    return true;
}

QVariant RoutineEditorModel::editValue(const RoutineItem &item, int column) const
{
    switch (column) {
    case ExerciseColumn:
        return item.exerciseId;
    case HoldsColumn:
        return item.holdsPerSide;
    case HoldSecondsColumn:
        return item.holdSeconds;
    case GetReadySecondsColumn:
        return item.getReadySeconds;
    case SwitchSecondsColumn:
        return item.switchSeconds;
    case RestSecondsColumn:
        return item.restSeconds;
    case FirstSideColumn:
        return sideKey(item.firstSide);
    case SidedColumn:
        return item.sided;
    case IncludeSetupColumn:
        return item.includeSetup;
    default:
        return {};
    }
}

QVariant RoutineEditorModel::displayValue(const RoutineItem &item, int row, int column) const
{
    switch (column) {
    case ExerciseColumn: {
        const Exercise *exercise = m_library.exercise(item.exerciseId);
        return exercise ? exercise->title.text(m_languages) : item.exerciseId;
    }
    case HoldSecondsColumn:
    case GetReadySecondsColumn:
    case SwitchSecondsColumn:
    case RestSecondsColumn:
        return tr("%1 s").arg(editValue(item, column).toInt());
    case FirstSideColumn:
        if (!applies(row, column))
            return QString();
        return item.firstSide == Side::Right ? tr("Right first") : tr("Left first");
    case SidedColumn:
    case IncludeSetupColumn:
        return {};
    default:
        return editValue(item, column);
    }
}

QVariant RoutineEditorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const RoutineItem &item = m_routine.items.at(row);
    const bool checkColumn = column == SidedColumn || column == IncludeSetupColumn;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(item, row, column);
    case Qt::EditRole:
        return editValue(item, column);
    case Qt::CheckStateRole:
        if (!checkColumn)
            return {};
        return editValue(item, column).toBool() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        if (column == ExerciseColumn && m_thumbnails)
            return m_thumbnails->thumbnail(item.exerciseId);
        return {};
    case Qt::ToolTipRole:
    case SummaryRole: {
        if (column != ExerciseColumn)
            return {};
        const QString holds = isAlternating(row) && item.sided
            ? tr("%n hold(s) each side", nullptr, item.holdsPerSide)
            : tr("%n hold(s)", nullptr, item.holdsPerSide);
        return tr("%1, %2 s each").arg(holds).arg(item.holdSeconds);
    }
    default:
        return {};
    }
}

bool RoutineEditorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Qt::ItemFlags cellFlags = flags(index);
    if (!(cellFlags & Qt::ItemIsEnabled)
        || !(cellFlags & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const int column = index.column();
    RoutineItem item = m_routine.items.at(index.row());
    if (column == SidedColumn || column == IncludeSetupColumn) {
        if (role != Qt::EditRole && role != Qt::CheckStateRole)
            return false;
        const bool on = role == Qt::CheckStateRole ? value.value<Qt::CheckState>() == Qt::Checked
                                                   : value.toBool();
        (column == SidedColumn ? item.sided : item.includeSetup) = on;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == FirstSideColumn) {
        Side side = Side::None;
        if (!sideFromKey(value.toString(), &side) || side == Side::None)
            return false;
        item.firstSide = side;
    } else {
        const Range limits = range(Column(column));
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || limits.maximum == 0 || number < limits.minimum || number > limits.maximum)
            return false;
        int *field = nullptr;
        switch (column) {
        case HoldsColumn:
            field = &item.holdsPerSide;
            break;
        case HoldSecondsColumn:
            field = &item.holdSeconds;
            break;
        case GetReadySecondsColumn:
            field = &item.getReadySeconds;
            break;
        case SwitchSecondsColumn:
            field = &item.switchSeconds;
            break;
        default:
            field = &item.restSeconds;
            break;
        }
        *field = number;
    }
    if (item == m_routine.items.at(index.row()))
        return true;
    m_routine.items[index.row()] = item;
    // The first side's cell and the summary follow the sided choice.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags RoutineEditorModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (applies(index.row(), index.column()))
        flags |= Qt::ItemIsEnabled;
    if (m_readOnly || index.column() == ExerciseColumn)
        return flags;
    if (index.column() == SidedColumn || index.column() == IncludeSetupColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant RoutineEditorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExerciseColumn:
        return tr("Exercise");
    case HoldsColumn:
        return tr("Holds");
    case HoldSecondsColumn:
        return tr("Hold");
    case GetReadySecondsColumn:
        return tr("Get ready");
    case SwitchSecondsColumn:
        return tr("Switch");
    case RestSecondsColumn:
        return tr("Rest after");
    case FirstSideColumn:
        return tr("First side");
    case SidedColumn:
        return tr("Sides");
    case IncludeSetupColumn:
        return tr("Set-up steps");
    default:
        return {};
    }
}

bool RoutineEditorModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m_readOnly || parent.isValid() || count < 1 || row < 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_routine.items.remove(row, count);
    endRemoveRows();
    return true;
}

bool RoutineEditorModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (m_readOnly || sourceParent.isValid() || destinationParent.isValid() || count < 1
        || sourceRow < 0 || sourceRow + count > rowCount() || destinationChild < 0
        || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<RoutineItem> moving = m_routine.items.mid(sourceRow, count);
    m_routine.items.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_routine.items.insert(insertAt + i, moving.at(i));
    endMoveRows();
    return true;
}

} // namespace limber

#pragma once

#include "core/model/routine.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace limber {

class ContentLibrary;
class ExerciseThumbnails;

/// The items of one routine as a table, one row per exercise. Every value
/// is checked against the limits in model/routine.h: setData() refuses a
/// value out of range, and refuses the side settings of an exercise that
/// has no sides. Rows are added, removed and moved with the model's own
/// signals, so views keep their selection.
class RoutineEditorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ExerciseColumn, ///< display: title; edit: exercise id (not editable)
        HoldsColumn, ///< holds per side (or holds, without sides)
        HoldSecondsColumn,
        GetReadySecondsColumn,
        SwitchSecondsColumn, ///< switching sides, or the pause between unsided holds
        RestSecondsColumn, ///< the rest after the item
        FirstSideColumn, ///< edit: "left" or "right" (sideKey)
        SidedColumn, ///< check state
        IncludeSetupColumn, ///< check state: walk through the set-up steps first
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// On the exercise column: the plan in a few words, "2 holds each side, 60 s".
        SummaryRole = Qt::UserRole + 1,
    };

    /// The smallest and largest value a number column takes.
    struct Range
    {
        int minimum = 0;
        int maximum = 0;
    };
    static Range range(Column column);

    /// \a library and \a thumbnails (may be null) must outlive the model.
    explicit RoutineEditorModel(const ContentLibrary &library,
        const ExerciseThumbnails *thumbnails = nullptr, QObject *parent = nullptr);

    /// Shows \a routine; a read-only routine's cells are not editable and
    /// its rows cannot be changed.
    void setRoutine(const Routine &routine, bool readOnly = false);
    const Routine &routine() const { return m_routine; }
    bool isReadOnly() const { return m_readOnly; }

    RoutineItem item(int row) const { return m_routine.items.value(row); }
    /// Whether the exercise of \a row alternates sides.
    bool isAlternating(int row) const;

    /// Inserts \a item at \a row (0..rowCount()); refuses an unknown
    /// exercise, a value out of range or a read-only routine.
    bool insertItem(int row, const RoutineItem &item);
    /// A new item for \a exerciseId with the usual plan.
    RoutineItem defaultItem(const QString &exerciseId) const;
    /// Moves one row up (-1) or down (+1); false at the ends.
    bool moveItem(int row, int offset);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

    /// Languages for exercise titles (QLocale::uiLanguages()).
    void setUiLanguages(const QStringList &languages) { m_languages = languages; }

private:
    QVariant displayValue(const RoutineItem &item, int row, int column) const;
    QVariant editValue(const RoutineItem &item, int column) const;
    bool applies(int row, int column) const;
    static bool inRange(const RoutineItem &item);

    const ContentLibrary &m_library;
    const ExerciseThumbnails *m_thumbnails;
    Routine m_routine;
    bool m_readOnly = false;
    QStringList m_languages;
};

} // namespace limber

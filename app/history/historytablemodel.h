#pragma once

#include "app/history/historysnapshot.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

namespace limber {

/// The weekly numbers of the history page as a table, one row per week,
/// oldest first: the accessible view of the charts. DisplayRole gives the
/// text shown; ValueRole the exact value (milliseconds, counts, the reach
/// step 0..3, average pain; an invalid QVariant where there is none).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WeekColumn,
        LeftColumn,
        RightColumn,
        UnsidedColumn,
        HoldsColumn,
        LongestColumn,
        SessionsColumn,
        ReachColumn,
        PainBeforeColumn,
        PainAfterColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int ValueRole = Qt::UserRole;

    explicit HistoryTableModel(QObject *parent = nullptr);

    /// Replaces the rows; \a levelNames names the reach steps.
    void setWeeks(
        const QList<WeekRow> &weeks, const QStringList &levelNames, const QLocale &locale);
    const QList<WeekRow> &weeks() const { return m_weeks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const WeekRow &week, int column) const;
    QString text(const WeekRow &week, int column) const;

    QList<WeekRow> m_weeks;
    QStringList m_levelNames;
    QLocale m_locale;
};

} // namespace limber

#pragma once

#include "core/history/sessionrecords.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>

#include <functional>

namespace limber {

/// The sessions of the weeks shown, one row each, newest first: when (with
/// "Today" and "Yesterday" on the person's calendar), the exercises, the
/// holds and the time held. The table a session is deleted from.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DayColumn, ExercisesColumn, HoldsColumn, HeldColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    /// The id of the session (qint64) in every column.
    static constexpr int SessionIdRole = Qt::UserRole;

    /// An exercise's title for its id; the id itself when it has none.
    using TitleOf = std::function<QString(const QString &exerciseId)>;

    explicit SessionTableModel(QObject *parent = nullptr);

    /// Replaces the rows; \a today (local date) decides "Today" and "Yesterday".
    void setSessions(const QList<SessionRecord> &sessions, QDate today, const QLocale &locale,
        TitleOf titleOf = {});
    const QList<SessionRecord> &sessions() const { return m_sessions; }

    /// "Today, 09:14": the day and time the session began.
    QString whenText(const SessionRecord &session) const;
    /// The exercises' titles, comma separated.
    QString exercisesText(const SessionRecord &session) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const SessionRecord &session, int column) const;

    QList<SessionRecord> m_sessions;
    QDate m_today;
    QLocale m_locale;
    TitleOf m_titleOf;
};

} // namespace limber

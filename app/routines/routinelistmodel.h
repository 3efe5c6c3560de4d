#pragma once

#include "core/model/routine.h"
#include "core/session/sessionoptions.h"

#include <QAbstractListModel>
#include <QStringList>

#include <chrono>
#include <optional>

namespace limber {

class ContentLibrary;
class ExerciseThumbnails;

/// The routines a person can choose from: the bundled ones (read-only),
/// then their own, each in title order. Rows carry the title, the length
/// from the routine's timeline, the exercises' titles, whether it is today's
/// routine, and a small picture of its first exercise.
class RoutineListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BundledRole, ///< bool: comes with Limber, cannot be changed
        TodayRole, ///< bool: today's routine
        DurationSecondsRole, ///< int seconds, or an invalid QVariant without exercises
        DurationTextRole, ///< "About 6 minutes"
        ExerciseTitlesRole, ///< QStringList, in the routine's order
        SavedRole, ///< bool: false for one of the person's routines not yet stored
        DetailRole, ///< the line under the title: length and exercises
        BadgesRole, ///< QStringList of tags: "Today", "Built in"
    };

    /// \a library and \a thumbnails (may be null: no pictures) must outlive the model.
    RoutineListModel(const ContentLibrary &library, const ExerciseThumbnails *thumbnails,
        SessionOptions options, QObject *parent = nullptr);

    void setBundledRoutines(const QList<Routine> &routines);
    void setUserRoutines(const QList<Routine> &routines);
    void setTodayRoutine(const QString &id);
    void setOptions(const SessionOptions &options);

    /// Adds or replaces one of the person's routines, keeping its row when
    /// the title is unchanged. \a saved marks whether the store has it.
    void putUserRoutine(const Routine &routine, bool saved = true);
    void removeUserRoutine(const QString &id);

    int rowOf(const QString &id) const;
    std::optional<Routine> routine(const QString &id) const;
    bool isBundled(const QString &id) const;
    bool isSaved(const QString &id) const;
    QString todayRoutine() const { return m_today; }
    /// Every id in use, bundled and the person's.
    QSet<QString> ids() const;
    /// Titles as shown, for every routine but \a exceptId.
    QStringList titles(const QString &exceptId = {}) const;
    QList<Routine> userRoutines() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Routine routine;
        bool bundled = false;
        bool saved = true;
        std::optional<std::chrono::seconds> duration;
    };

    Entry makeEntry(const Routine &routine, bool bundled, bool saved) const;
    void resetEntries(QList<Entry> bundled, QList<Entry> user);
    QString titleOf(const Routine &routine) const;
    QStringList exerciseTitles(const Routine &routine) const;
    int insertionRow(const QList<Entry> &entries, const Entry &entry) const;
    int userRowOf(const QString &id) const;
    void sortGroup(QList<Entry> &entries) const;

    const ContentLibrary &m_library;
    const ExerciseThumbnails *m_thumbnails;
    SessionOptions m_options;
    QList<Entry> m_entries; ///< bundled first, then the person's, each sorted by title
    QString m_today;
};

} // namespace limber

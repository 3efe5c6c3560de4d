#pragma once

#include "core/model/routine.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace limber {

class RoutineListModel;

/// Every change to the person's routines as one step that can be undone and
/// redone: a new routine, a copy, a deletion, each complete edit. A step is
/// applied to the list model and asked to be stored (or removed); a routine
/// without exercises or without a title stays in the list but is not stored
/// until it has both. No widgets: the page decides what to show after a step.
class RoutineEdits : public QObject
{
    Q_OBJECT

public:
    /// \a model must outlive this object.
    explicit RoutineEdits(RoutineListModel &model, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    /// The languages titles are read in for the steps' names, most preferred first.
    void setLanguages(const QStringList &uiLanguages);

    /// Adds a routine named "New routine" (numbered when taken), with no
    /// exercises yet. Returns its id.
    QString addNew();
    /// Adds a copy of \a source named "… (my copy)". Returns the copy's id.
    QString duplicate(const Routine &source);
    /// Deletes \a routine. Returns its title, to tell the person.
    QString remove(const Routine &routine);
    /// \a routine as edited, one step when it differs from the stored one.
    /// Returns false when there was nothing to change.
    bool change(const Routine &routine);
    void undo();
    void redo();

    /// Complete enough to store: it has exercises and a title.
    static bool canKeep(const Routine &routine);
    /// The same routine as far as the person can see and change it.
    static bool sameRoutine(const Routine &a, const Routine &b);

Q_SIGNALS:
    /// Store \a routine (new or changed), keyed by its id.
    void saveRequested(const limber::Routine &routine);
    void removeRequested(const QString &id);
    /// A step was done or undone on the routine \a id. \a row is the row to
    /// select now: the routine's own, the one that took a deleted routine's
    /// place, or -1 when the list is empty.
    void applied(const QString &id, int row);

private:
    void push(const QString &text, const QString &id, std::optional<Routine> before,
        std::optional<Routine> after);
    void apply(const QString &id, const std::optional<Routine> &state);

    RoutineListModel &m_model;
    QUndoStack *m_undo;
    QStringList m_languages;
};

} // namespace limber

#include "app/routines/routineedits.h"

#include "app/routines/routinechange.h"
#include "app/routines/routinelistmodel.h"
#include "app/routines/routinenames.h"
#include "core/util/elide.h"

#include <QUndoStack>

#include <algorithm>

namespace limber {

RoutineEdits::RoutineEdits(RoutineListModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undo(new QUndoStack(this))
{ }

void RoutineEdits::setLanguages(const QStringList &uiLanguages)
{
    m_languages = uiLanguages;
}

bool RoutineEdits::canKeep(const Routine &routine)
{
    return !routine.items.isEmpty() && !routine.title.text().trimmed().isEmpty();
}

bool RoutineEdits::sameRoutine(const Routine &a, const Routine &b)
{
    return a.id == b.id && a.title == b.title && a.description == b.description
        && a.items == b.items;
}

QString RoutineEdits::addNew()
{
    const QString title = uniqueRoutineTitle(tr("New routine"), m_model.titles());
    Routine routine;
    routine.id = routineIdFromTitle(title, m_model.ids());
    routine.title = LocalizedText(title);
    push(tr("New routine “%1”").arg(elideEnd(title)), routine.id, std::nullopt, routine);
    return routine.id;
}

QString RoutineEdits::duplicate(const Routine &source)
{
    const QString sourceTitle = source.title.text(m_languages);
    const QString title = uniqueRoutineTitle(tr("%1 (my copy)").arg(sourceTitle), m_model.titles());
    Routine copy = source;
    copy.id = routineIdFromTitle(title, m_model.ids());
    copy.title = LocalizedText(title);
    push(tr("Duplicate “%1”").arg(elideEnd(sourceTitle)), copy.id, std::nullopt, copy);
    return copy.id;
}

QString RoutineEdits::remove(const Routine &routine)
{
    QString title = routine.title.text(m_languages);
    push(tr("Delete “%1”").arg(elideEnd(title)), routine.id, routine, std::nullopt);
    return title;
}

bool RoutineEdits::change(const Routine &routine)
{
    const std::optional<Routine> before = m_model.routine(routine.id);
    if (!before || sameRoutine(*before, routine))
        return false;
    const QString title = routine.title.text(m_languages);
    const QString text = before->title == routine.title
        ? tr("Change “%1”").arg(elideEnd(title))
        : tr("Rename “%1” to “%2”").arg(elideEnd(before->title.text(m_languages)), elideEnd(title));
    push(text, routine.id, before, routine);
    return true;
}

void RoutineEdits::undo()
{
    m_undo->undo();
}

void RoutineEdits::redo()
{
    m_undo->redo();
}

void RoutineEdits::push(const QString &text, const QString &id, std::optional<Routine> before,
    std::optional<Routine> after)
{
    m_undo->push(new RoutineChange(text, id, std::move(before), std::move(after),
        [this](const QString &routineId, const std::optional<Routine> &state) {
            apply(routineId, state);
        }));
}

void RoutineEdits::apply(const QString &id, const std::optional<Routine> &state)
{
    const bool wasStored = m_model.isSaved(id);
    if (state) {
        const bool keep = canKeep(*state);
        m_model.putUserRoutine(*state, keep || wasStored);
        if (keep)
            Q_EMIT saveRequested(*state);
        Q_EMIT applied(id, m_model.rowOf(id));
        return;
    }
    const int row = m_model.rowOf(id);
    m_model.removeUserRoutine(id);
    if (wasStored)
        Q_EMIT removeRequested(id);
    const int rows = m_model.rowCount();
    Q_EMIT applied(id, rows > 0 ? std::min(row, rows - 1) : -1);
}

} // namespace limber

#include "app/routines/routinechange.h"

namespace limber {

RoutineChange::RoutineChange(const QString &text, QString id, std::optional<Routine> before,
    std::optional<Routine> after, Apply apply)
    : QUndoCommand(text)
    , m_id(std::move(id))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{ }

void RoutineChange::undo()
{
    m_apply(m_id, m_before);
}

void RoutineChange::redo()
{
    m_apply(m_id, m_after);
}

} // namespace limber

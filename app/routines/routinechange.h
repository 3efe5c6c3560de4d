#pragma once

#include "core/model/routine.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace limber {

/// One undoable change to one of the person's routines, kept as the
/// routine before and after: nothing before is a new routine, nothing after
/// a deleted one. Undo and redo hand the state to apply to \a apply, which
/// shows it and asks for it to be stored.
class RoutineChange : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &id, const std::optional<Routine> &state)>;

    RoutineChange(const QString &text, QString id, std::optional<Routine> before,
        std::optional<Routine> after, Apply apply);

    void undo() override;
    void redo() override;

    const QString &routineId() const { return m_id; }
    const std::optional<Routine> &before() const { return m_before; }
    const std::optional<Routine> &after() const { return m_after; }

private:
    QString m_id;
    std::optional<Routine> m_before;
    std::optional<Routine> m_after;
    Apply m_apply;
};

} // namespace limber

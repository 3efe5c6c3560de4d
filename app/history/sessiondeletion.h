#pragma once

#include "core/history/sessionrecords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

namespace limber {

class HistoryStore;

/// Deleting one session, as a person does it: a question that says what
/// goes, a verified backup of the whole history (File ▸ Restore a Backup
/// brings the session back), then the session and its holds deleted in one
/// transaction. Without a backup nothing is deleted.
class SessionDeletion
{
    Q_DECLARE_TR_FUNCTIONS(SessionDeletion)

public:
    /// Asks a yes/no question; true to go ahead.
    using Ask = std::function<bool(const QString &question)>;
    /// Shows why it did not work.
    using Tell = std::function<void(const QString &problem)>;

    /// What the person sees of the session: "Today, 09:14", "Seated Leg Cross".
    struct Described
    {
        QString when;
        QString exercises;
    };

    /// Dialogs are shown over \a dialogParent; tests replace them with setAsk() and setTell().
    SessionDeletion(HistoryStore &store, QWidget *dialogParent);

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setTell(Tell tell) { m_tell = std::move(tell); }

    /// The question asked before deleting.
    static QString question(
        const SessionRecord &session, const Described &described, const QLocale &locale);

    /// Asks, makes the backup, deletes. True when the session is gone.
    bool run(const SessionRecord &session, const Described &described, const QLocale &locale);

private:
    HistoryStore &m_store;
    QPointer<QWidget> m_parent;
    Ask m_ask;
    Tell m_tell;
};

} // namespace limber

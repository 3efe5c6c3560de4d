#include "app/history/sessiondeletion.h"

#include "app/dataio/backgroundwork.h"
#include "app/dataio/workprogress.h"
#include "app/history/historyformat.h"
#include "core/history/backups.h"
#include "core/history/historystore.h"

#include <QMessageBox>
#include <QPushButton>

namespace limber {

SessionDeletion::SessionDeletion(HistoryStore &store, QWidget *dialogParent)
    : m_store(store)
    , m_parent(dialogParent)
{
    m_ask = [this](const QString &question) {
        QMessageBox box(
            QMessageBox::Question, tr("Delete session"), question, QMessageBox::Cancel, m_parent);
        QPushButton *remove = box.addButton(tr("&Delete Session"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == remove;
    };
    m_tell = [this](const QString &problem) {
        QMessageBox::warning(m_parent, tr("Limber: session not deleted"), problem);
    };
}

QString SessionDeletion::question(
    const SessionRecord &session, const Described &described, const QLocale &locale)
{
    return tr("Delete the session of %1 (%2: %n hold(s), %3 held)?\n\n"
              "It leaves your history, your charts and your streaks. A backup of your history "
              "is made first: File ▸ Restore a Backup brings it back.",
        nullptr, session.holdCount)
        .arg(described.when, described.exercises, formatHeldTime(session.heldMs, locale));
}

bool SessionDeletion::run(
    const SessionRecord &session, const Described &described, const QLocale &locale)
{
    if (session.isInProgress()) {
        m_tell(tr("That session is still running. Finish or stop it, then delete it."));
        return false;
    }
    if (m_store.isReadOnly()) {
        m_tell(m_store.readOnlyMessage());
        return false;
    }
    if (!m_ask(question(session, described, locale)))
        return false;
    // The backup copies the whole history: seconds for a large one, and both
    // steps may wait for a lock another program holds. On a connection of
    // its own, on its own thread.
    const Status deleted = [this, id = session.id] {
        WorkProgress progress(m_parent, tr("Deleting the session…"), WorkProgress::Steps::Unknown);
        return withHistoryInBackground(m_store.openWriter(), [id](HistoryStore &history) -> Status {
            auto backup = BackupManager(history).create(BackupReason::BeforeDelete);
            if (!backup) {
                return Error {tr("No backup could be made, so nothing was deleted. %1")
                                  .arg(backup.error().message)};
            }
            if (auto removed = SessionRecords(history).remove(id); !removed)
                return removed.error();
            return {};
        });
    }();
    if (!deleted) {
        m_tell(deleted.error().message);
        return false;
    }
    return true;
}

} // namespace limber

#include "app/recording/unsavedquit.h"

#include "app/dataio/transferdialogs.h"
#include "app/recording/sessionrecorder.h"
#include "core/history/unsavedsessions.h"
#include "core/util/clock.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace limber {

UnsavedQuit::UnsavedQuit(
    SessionRecorder &recorder, TransferDialogs &dialogs, const WallClock &clock, Ask ask)
    : m_recorder(recorder)
    , m_dialogs(dialogs)
    , m_clock(clock)
    , m_ask(std::move(ask))
{ }

QString UnsavedQuit::question() const
{
    const int holds = m_recorder.pendingHolds();
    if (holds > 0)
        return tr("%n hold(s) of your sessions are not saved yet.", nullptr, holds);
    return tr("Part of your last session (how it ended, or what you reported) is not saved yet.");
}

bool UnsavedQuit::mayQuit()
{
    // Writes on their way are not "unsaved": their outcome is waited for.
    m_recorder.waitForWrites();
    while (m_recorder.pendingCount() > 0) {
        const QString detail = m_recorder.lastProblem() + u"\n\n"_s
            + tr("If you quit now, Limber keeps them and saves them into your history the next "
                 "time it starts. You can also save a copy to a file first (File ▸ Import "
                 "History reads it), or try again now that you may have made room.");
        switch (m_ask(question(), detail)) {
        case Answer::TryAgain:
            m_recorder.retry();
            m_recorder.waitForWrites();
            break;
        case Answer::SaveCopy:
            if (saveCopy())
                return true;
            break;
        case Answer::Quit:
            return true;
        case Answer::Stay:
            return false;
        }
    }
    return true;
}

bool UnsavedQuit::saveCopy()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"limber-unsaved-holds.json"_s);
    const QString path = m_dialogs.saveFileName(
        tr("Save the Unsaved Holds"), suggested, tr("Limber history (*.json)"));
    if (path.isEmpty() || !m_recorder.log())
        return false;
    if (Status saved = UnsavedSessions::save(*m_recorder.log(), path, m_clock); !saved) {
        m_dialogs.warn(tr("Limber: not saved"), saved.error().message);
        return false;
    }
    m_dialogs.inform(tr("Limber: a copy was saved"),
        tr("The unsaved holds were saved to %1. Limber also keeps them and saves them into your "
           "history the next time it starts, so you need to import this copy only on another "
           "computer or in another data folder.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

UnsavedQuit::Answer UnsavedQuit::askInMessageBox(
    QWidget *parent, const QString &text, const QString &detail)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Limber: holds not saved"), text, QMessageBox::NoButton, parent);
    box.setObjectName(u"unsavedOnQuit"_s);
    box.setInformativeText(detail);
    QPushButton *retry = box.addButton(tr("&Try Again"), QMessageBox::ActionRole);
    QPushButton *copy = box.addButton(tr("&Save a Copy…"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Don't Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == retry)
        return Answer::TryAgain;
    if (box.clickedButton() == copy)
        return Answer::SaveCopy;
    if (box.clickedButton() == quit)
        return Answer::Quit;
    return Answer::Stay;
}

} // namespace limber

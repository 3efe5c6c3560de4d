#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace limber {

class SessionRecorder;
class TransferDialogs;
class WallClock;

/// The question before quitting while writes have not reached the history
/// (a full disk, a read-only folder, a locked file): try again, save a copy
/// to a file of the person's choice (one `--import` reads), quit (Limber
/// keeps them and writes them at its next start), or stay.
class UnsavedQuit
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedQuit)

public:
    enum class Answer { TryAgain, SaveCopy, Quit, Stay };
    /// Asks the person; the program shows a QMessageBox (askInMessageBox),
    /// tests answer from a script.
    using Ask = std::function<Answer(const QString &text, const QString &detail)>;

    /// Everything passed in must outlive this object.
    UnsavedQuit(
        SessionRecorder &recorder, TransferDialogs &dialogs, const WallClock &clock, Ask ask);

    /// True when Limber may quit: nothing is unsaved, or the person chose to
    /// quit (after a copy was saved, or not). Asks again after Try Again
    /// leaves something unsaved, or a copy could not be saved.
    bool mayQuit();

    static Answer askInMessageBox(QWidget *parent, const QString &text, const QString &detail);

private:
    QString question() const;
    /// True when a copy was saved.
    bool saveCopy();

    SessionRecorder &m_recorder;
    TransferDialogs &m_dialogs;
    const WallClock &m_clock;
    Ask m_ask;
};

} // namespace limber

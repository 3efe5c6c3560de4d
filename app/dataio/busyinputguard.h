#pragma once

#include <QObject>

namespace limber {

/// While alive, the program shows the wait cursor and drops the person's
/// clicks, keys and requests to close a window; painting, timers and a
/// running session go on.
///
/// Why: work on a thread of its own (runInBackground) keeps the event loop
/// running, and the window-modal progress dialog in front appears only when
/// the work takes a moment. Until then, and when that dialog is closed, a
/// click could start a session or a second import on a history being
/// replaced. Input is dropped rather than held back: a click made while the
/// program was busy must not act once it is done.
class BusyInputGuard : public QObject
{
    Q_OBJECT

public:
    BusyInputGuard();
    ~BusyInputGuard() override;
    BusyInputGuard(const BusyInputGuard &) = delete;
    BusyInputGuard &operator=(const BusyInputGuard &) = delete;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace limber

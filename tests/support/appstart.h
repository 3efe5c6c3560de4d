#pragma once

// Starting the whole program in a widget test, as main() does.
#include "app/appcontroller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace limber::test {

/// Starts `controller` and runs the event loop until it has started: its
/// window painted, the history opened on its own thread, `--start` answered.
/// Each of those wakes the loop (the window system, that thread's finish,
/// start()'s own patience for a window never exposed); false after 20 s.
inline bool startAndWait(AppController &controller)
{
    controller.start();
    const QDeadlineTimer deadline(20000);
    while (!controller.isStarted() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return controller.isStarted();
}

} // namespace limber::test

#pragma once

// Starting the whole program in a widget test, as main() does.
#include "app/appcontroller.h"
#include "app/settings/settings.h"
#include "app/start/safetynotice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>

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

/// The whole program as a person meets it on every start after the first
/// (the safety notice accepted), its data in `dataDir`, started; null when it
/// did not start within 20 s.
inline std::unique_ptr<AppController> startPastTheSafetyNotice(const QString &dataDir)
{
    {
        Settings settings(dataDir);
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    CommandLineOptions options;
    options.dataDir = dataDir;
    auto controller = std::make_unique<AppController>(options, dataDir);
    if (!startAndWait(*controller))
        return nullptr;
    return controller;
}

} // namespace limber::test

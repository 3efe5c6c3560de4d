#pragma once

#include "app/dataio/busyinputguard.h"
#include "core/history/historystore.h"
#include "core/util/error.h"

#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace limber {

/// What happens to the person's clicks and keys while work runs in the
/// background.
enum class InputWhileBusy {
    /// Dropped, with the wait cursor (BusyInputGuard): for work that takes
    /// a moment and changes what a click could start (an import, a restore).
    Dropped,
    /// Held back and delivered once the work is done: for a short write the
    /// person makes while editing (a routine saved), so no key is lost.
    Queued,
};

/// Runs `work` on a thread of its own and returns its result, while this
/// thread's event loop goes on: a running session keeps its timer, its cues
/// and its painting however long the work takes or waits (a lock another
/// program holds on the history file waits up to the busy timeout). The
/// person's input meanwhile is dropped or queued, as \a input says, so
/// nothing can start a session or the same work twice. `work` must not touch
/// objects this thread uses.
template<typename Work>
auto runInBackground(Work work, InputWhileBusy input = InputWhileBusy::Dropped) -> decltype(work())
{
    std::optional<decltype(work())> result;
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(
        QThread::create([&result, &work] { result.emplace(work()); }));
    // Queued: a thread that ends before exec() begins still ends the loop.
    QObject::connect(
        thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    std::optional<BusyInputGuard> busy;
    if (input == InputWhileBusy::Dropped)
        busy.emplace();
    thread->start();
    loop.exec(input == InputWhileBusy::Queued ? QEventLoop::ExcludeUserInputEvents
                                              : QEventLoop::AllEvents);
    thread->wait();
    return std::move(*result);
}

/// Runs `use` with `opened` (a second connection to the history, from
/// HistoryStore::openReader() or openWriter()) on a thread of its own
/// (runInBackground), then closes the connection there: a large export,
/// import, restore or backup, or one that waits for a lock, leaves a running
/// session running.
template<typename Use>
auto withHistoryInBackground(Result<std::unique_ptr<HistoryStore>> opened, const Use &use,
    InputWhileBusy input = InputWhileBusy::Dropped) -> decltype(use(std::declval<HistoryStore &>()))
{
    using Outcome = decltype(use(std::declval<HistoryStore &>()));
    if (!opened)
        return Outcome(opened.error());
    return runInBackground(
        [&use, history = std::move(opened.value())] {
            Outcome outcome = use(*history);
            if (Status closed = history->close(); outcome && !closed)
                return Outcome(closed.error());
            return outcome;
        },
        input);
}

} // namespace limber

// The work behind the File menu's exports runs on a thread of its own while
// the window's event loop, and with it a running session, goes on.
#include "app/dataio/backgroundwork.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace limber;

namespace {

TEST(BackgroundWork, TheEventLoopRunsWhileTheWorkWaits)
{
    // The work waits for something only this thread's event loop does, as an
    // export may wait for the history file: run on this thread, it would
    // wait out its limit (the 5 s of SQLite's busy timeout) and give up.
    std::atomic<bool> released {false};
    QTimer release;
    release.setSingleShot(true);
    QObject::connect(&release, &QTimer::timeout, [&released] { released = true; });
    release.start(0);

    QThread *const window = QThread::currentThread();
    QThread *ranOn = nullptr;
    const bool finished = runInBackground([&] {
        ranOn = QThread::currentThread();
        const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!released && std::chrono::steady_clock::now() < limit)
            std::this_thread::yield();
        return released.load();
    });
    EXPECT_TRUE(finished) << "the work was still waiting when its limit came";
    EXPECT_NE(ranOn, window);
}

TEST(BackgroundWork, WorkThatEndsAtOnceStillReturns)
{
    // Its thread may end before the loop begins to wait for it.
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(runInBackground([i] { return i * 2; }), i * 2);
}

} // namespace

// The work behind the File menu's exports runs on a thread of its own while
// the window's event loop, and with it a running session, goes on.
#include "app/dataio/backgroundwork.h"

#include <QApplication>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLineEdit>
#include <QShortcut>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

/// A shown, active window with a text field that has the keyboard focus.
struct WindowWithField
{
    WindowWithField()
    {
        (new QVBoxLayout(&window))->addWidget(field);
        window.show();
        QApplication::setActiveWindow(&window);
        field->setFocus();
    }
    QWidget window;
    QLineEdit *field = new QLineEdit(&window);
};

/// Work that waits (5 s at most) until `flag` is set from the window's thread.
bool waitFor(const std::atomic<bool> &flag)
{
    const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!flag && std::chrono::steady_clock::now() < limit)
        std::this_thread::yield();
    return flag.load();
}

/// Runs `keys` on the window's thread while work waits in the background
/// (`input` says what becomes of them), and returns the cursor shown then.
Qt::CursorShape cursorWhileTyping(InputWhileBusy input, const std::function<void()> &keys)
{
    std::atomic<bool> typed {false};
    Qt::CursorShape meanwhile = Qt::ArrowCursor;
    QTimer::singleShot(0, [&] {
        if (const QCursor *cursor = QApplication::overrideCursor())
            meanwhile = cursor->shape();
        keys();
        typed = true;
    });
    const bool finished = runInBackground([&typed] { return waitFor(typed); }, input);
    EXPECT_TRUE(finished) << "the keys were never typed";
    return meanwhile;
}

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

TEST(BackgroundWork, ThePersonsKeysAndShortcutsAreDroppedWhileTheWorkRuns)
{
    // A window with a text field and a Ctrl+Q shortcut, as the main window
    // has Start and Quit: while the work runs (and before its progress
    // dialog appears), neither may act, nor act later.
    WindowWithField shown;
    QLineEdit *field = shown.field;
    int quits = 0;
    QObject::connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), &shown.window),
        &QShortcut::activated, [&quits] { ++quits; });
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&shown.window));

    const Qt::CursorShape cursorMeanwhile = cursorWhileTyping(InputWhileBusy::Dropped, [field] {
        QTest::keyClicks(field, u"abc"_s);
        QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
    });
    QCoreApplication::processEvents();
    EXPECT_EQ(field->text(), QString());
    EXPECT_EQ(quits, 0);
    EXPECT_EQ(cursorMeanwhile, Qt::WaitCursor);
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);

    // Once it is done, the same keys act again.
    QTest::keyClicks(field, u"abc"_s);
    QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_EQ(field->text(), u"abc"_s);
    EXPECT_EQ(quits, 1);
}

TEST(BackgroundWork, KeysTypedWhileAShortWriteRunsAreNotDropped)
{
    // A routine saved while the person goes on typing: nothing is lost, and
    // no wait cursor flickers. (Keys from the window system are held back
    // until the write is done; QTest delivers its keys at once.)
    WindowWithField shown;
    QLineEdit *field = shown.field;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&shown.window));

    const Qt::CursorShape cursorMeanwhile
        = cursorWhileTyping(InputWhileBusy::Queued, [field] { QTest::keyClicks(field, u"abc"_s); });
    EXPECT_EQ(cursorMeanwhile, Qt::ArrowCursor);
    QCoreApplication::processEvents();
    EXPECT_EQ(field->text(), u"abc"_s);
}

TEST(BackgroundWork, WorkThatEndsAtOnceStillReturns)
{
    // Its thread may end before the loop begins to wait for it.
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(runInBackground([i] { return i * 2; }), i * 2);
}

} // namespace

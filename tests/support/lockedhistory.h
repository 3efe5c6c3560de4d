#pragma once

// For tests of work that must not wait on the window's thread: another
// program holding the history's write lock, let go by this thread's event
// loop, and the message boxes that say a write failed, noted and closed.

#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <sqlite3.h>

namespace limber::testing {

/// Holds the write lock of the history at `databasePath` (BEGIN IMMEDIATE on
/// a connection of its own) from construction until this thread's event loop
/// has run `ticks` times 10 ms. Work that waits for the lock on this thread
/// stops that loop, so the lock stays until the busy timeout fails the work;
/// work on another thread gets the lock once the loop lets it go.
class WriteLockHeldElsewhere
{
public:
    explicit WriteLockHeldElsewhere(const QString &databasePath, int ticks = 20)
        : m_ticksToRelease(ticks)
    {
        if (sqlite3_open(databasePath.toUtf8().constData(), &m_other) == SQLITE_OK)
            m_held
                = sqlite3_exec(m_other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (++m_ticks == m_ticksToRelease) {
                sqlite3_exec(m_other, "COMMIT", nullptr, nullptr, nullptr);
                m_released = true;
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    ~WriteLockHeldElsewhere() { sqlite3_close(m_other); }
    WriteLockHeldElsewhere(const WriteLockHeldElsewhere &) = delete;
    WriteLockHeldElsewhere &operator=(const WriteLockHeldElsewhere &) = delete;

    /// The lock was taken.
    bool isHeld() const { return m_held; }
    /// The event loop ran on until it let the lock go.
    bool releasedByTheEventLoop() const { return m_released; }

private:
    sqlite3 *m_other = nullptr;
    QTimer m_timer;
    int m_ticks = 0;
    int m_ticksToRelease;
    bool m_held = false;
    bool m_released = false;
};

/// Notes the text of every modal message box that appears (a failed write
/// says why in one) and closes it, so a failure fails the test instead of
/// waiting for an answer.
class MessageBoxCloser
{
public:
    MessageBoxCloser()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (!box->property("limberNoted").toBool()) {
                    box->setProperty("limberNoted", true);
                    m_texts.append(box->text());
                    QMetaObject::invokeMethod(box, "reject", Qt::QueuedConnection);
                }
            }
        });
        m_timer.start();
    }

    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace limber::testing

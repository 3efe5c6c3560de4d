#pragma once

#include "core/history/connection.h"
#include "core/util/error.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace limber {

/// Runs writes to the history file on a thread of its own, one at a time, in
/// the order they were handed over, each in its own transaction, on a
/// connection of its own (WAL lets the thread that owns this object keep
/// reading meanwhile).
///
/// Why: a write can wait up to the busy timeout (5 s) for a lock another
/// program holds on the file; on the thread that runs the session page that
/// wait stopped the timer and the cues. submit() never waits for the file.
///
/// Results come back on the thread that owns this object, through its event
/// loop, or at once from waitUntilIdle().
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<Status(sql::Connection &)>;
    using Done = std::function<void(const Status &)>;

    /// Writes to the SQLite file at `databasePath`, which must exist. The
    /// connection is opened with the first write, and again after a failure.
    HistoryWriter(
        QString databasePath, std::chrono::milliseconds busyTimeout, QObject *parent = nullptr);
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;
    /// Runs what was handed over and not yet written, then stops the thread.
    /// Results not yet delivered are dropped.
    ~HistoryWriter() override;

    /// Queues `write`; `done` is called with its result on this object's
    /// thread. Returns at once.
    void submit(Write write, Done done);

    /// Blocks until every write handed over has run and its result was
    /// delivered, also writes handed over by those results. For quitting,
    /// and for tests that read the file afterwards.
    void waitUntilIdle();

    /// Writes handed over whose results were not delivered yet.
    int unfinished() const;

    const QString &databasePath() const { return m_databasePath; }

private:
    struct Job
    {
        Write write;
        Done done;
    };
    struct Finished
    {
        Done done;
        Status status;
    };

    void runJobs();
    Status runOne(const Write &write);
    void deliver();

    const QString m_databasePath;
    const std::chrono::milliseconds m_busyTimeout;
    /// Only touched by the writing thread.
    sql::Connection m_connection;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    std::deque<Finished> m_finished;
    bool m_running = false; ///< a job has been taken and is being written
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace limber

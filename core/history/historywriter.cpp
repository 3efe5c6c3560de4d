#include "core/history/historywriter.h"

#include "core/history/historystore.h"
#include "core/history/transaction.h"

#include <QMetaObject>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

HistoryWriter::HistoryWriter(
    QString databasePath, std::chrono::milliseconds busyTimeout, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_busyTimeout(busyTimeout)
    , m_thread([this] { runJobs(); })
{ }

HistoryWriter::~HistoryWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void HistoryWriter::submit(Write write, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back({std::move(write), std::move(done)});
    }
    m_wake.notify_one();
}

void HistoryWriter::waitUntilIdle()
{
    // A result may hand over the next write (SessionLog does): wait for that
    // one too.
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_idle.wait(lock, [this] { return m_jobs.empty() && !m_running; });
            if (m_finished.empty())
                return;
        }
        deliver();
    }
}

int HistoryWriter::unfinished() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_jobs.size() + m_finished.size()) + (m_running ? 1 : 0);
}

void HistoryWriter::runJobs()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty()) // stopping, and everything handed over is written
            break;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_running = true;
        lock.unlock();
        Status status = runOne(job.write);
        lock.lock();
        m_running = false;
        m_finished.push_back({std::move(job.done), std::move(status)});
        if (!m_stopping)
            QMetaObject::invokeMethod(this, &HistoryWriter::deliver, Qt::QueuedConnection);
        if (m_jobs.empty())
            m_idle.notify_all();
    }
    // The connection belongs to this thread: it is closed here.
    lock.unlock();
    (void)m_connection.close();
}

Status HistoryWriter::runOne(const Write &write)
{
    if (!m_connection.isOpen()) {
        auto opened = sql::Connection::open(m_databasePath, sql::OpenMode::ReadWrite);
        if (!opened)
            return opened.error();
        sql::Connection connection = std::move(opened).value();
        // The wait for a lock first: setting WAL already needs one.
        if (Status waits
            = connection.execute(u"PRAGMA busy_timeout = %1"_s.arg(qint64(m_busyTimeout.count())));
            !waits)
            return waits;
        if (Status configured = HistoryStore::configure(connection, m_busyTimeout); !configured)
            return configured;
        m_connection = std::move(connection);
    }
    Status written = sql::runInTransaction(m_connection, write);
    // A connection that failed (file replaced, disk full) is opened afresh
    // for the next try rather than trusted.
    if (!written)
        (void)m_connection.close();
    return written;
}

void HistoryWriter::deliver()
{
    std::deque<Finished> finished;
    {
        std::lock_guard lock(m_mutex);
        finished.swap(m_finished);
    }
    for (Finished &result : finished) {
        if (result.done)
            result.done(result.status);
    }
}

} // namespace limber

#include "tests/support/hangwatch.h"

#include <gtest/gtest.h>

#if defined(__linux__)
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>

#if defined(__linux__)
extern char **environ;
#endif

namespace limber::test {

namespace {

using Clock = std::chrono::steady_clock;

/// The deadline and the thread that waits for it. Never destroyed: the
/// thread waits on it until the process ends.
class HangWatch
{
public:
    explicit HangWatch(std::chrono::seconds limit)
        : m_limit(limit)
    {
        arm("before the first test");
        std::thread([this] { watch(); }).detach();
    }

    void arm(std::string what)
    {
        const std::lock_guard lock(m_mutex);
        m_what = std::move(what);
        m_deadline = Clock::now() + m_limit;
        m_changed.notify_all();
    }

private:
    [[noreturn]] void watch()
    {
        std::unique_lock lock(m_mutex);
        while (Clock::now() < m_deadline)
            m_changed.wait_until(lock, m_deadline);
        std::fprintf(stderr, "\nhang: %s is still running after %lld s; every thread's stack:\n",
            m_what.c_str(), static_cast<long long>(m_limit.count()));
        std::fflush(stderr);
        printStacks();
        std::abort();
    }

    static void printStacks()
    {
#if !defined(__linux__)
        std::fprintf(stderr, "hang: stacks are printed on Linux only\n");
#else
        // gdb, as a child, may only attach to its parent when asked to.
        prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
        const std::string pid = std::to_string(getpid());
        const char *argv[]
            = {"gdb", "-nx", "-batch", "-p", pid.c_str(), "-ex", "thread apply all bt 40", nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        // Its output goes where the test's failure is reported.
        posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
        pid_t gdb = 0;
        const int spawned = posix_spawnp(
            &gdb, "gdb", &actions, nullptr, const_cast<char *const *>(argv), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            std::fprintf(stderr, "hang: gdb is not installed, so no stacks\n");
            return;
        }
        int status = 0;
        waitpid(gdb, &status, 0);
#endif
    }

    const std::chrono::seconds m_limit;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::string m_what;
    Clock::time_point m_deadline;
};

/// Moves the deadline at every test's start and end; gtest owns it.
class HangListener : public ::testing::EmptyTestEventListener
{
public:
    explicit HangListener(HangWatch &watch)
        : m_watch(watch)
    { }

    void OnTestStart(const ::testing::TestInfo &test) override
    {
        m_watch.arm(std::string(test.test_suite_name()) + '.' + test.name());
    }
    void OnTestEnd(const ::testing::TestInfo &test) override
    {
        // What follows the last test (the application's exit) may hang too.
        m_watch.arm(std::string("after ") + test.test_suite_name() + '.' + test.name());
    }

private:
    HangWatch &m_watch;
};

} // namespace

void watchForHangs(int limitSeconds)
{
    if (const char *chosen = std::getenv("LIMBER_TEST_HANG_SECONDS"))
        limitSeconds = std::atoi(chosen);
    if (limitSeconds <= 0)
        return;
    static HangWatch *const watch = new HangWatch(std::chrono::seconds(limitSeconds));
    ::testing::UnitTest::GetInstance()->listeners().Append(new HangListener(*watch));
}

} // namespace limber::test

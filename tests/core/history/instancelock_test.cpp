// One Limber per data folder; a lock left by a dead process is taken over.
#include "core/history/instancelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

// The id of a process that has exited and been reaped: certainly not running.
qint64 deadProcessId()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

TEST(InstanceLock, SecondInstanceIsRefusedWithTheRunningProcess)
{
    QTemporaryDir dir;
    InstanceLock first(dir.path());
    ASSERT_TRUE(first.tryLock());
    EXPECT_FALSE(first.recoveredStaleLock());

    InstanceLock second(dir.path());
    Status refused = second.tryLock();
    ASSERT_FALSE(refused);
    EXPECT_FALSE(second.isLocked());
    EXPECT_THAT(refused.error().message.toStdString(),
        ::testing::HasSubstr(std::to_string(QCoreApplication::applicationPid())));
    EXPECT_THAT(refused.error().message.toStdString(), ::testing::HasSubstr("already running"));
}

TEST(InstanceLock, ReleasedOnDestruction)
{
    QTemporaryDir dir;
    {
        InstanceLock first(dir.path());
        ASSERT_TRUE(first.tryLock());
    }
    InstanceLock second(dir.path());
    EXPECT_TRUE(second.tryLock());
    EXPECT_FALSE(second.recoveredStaleLock());
}

TEST(InstanceLock, StaleLockOfAKilledProcessIsTakenOver)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"limber.lock"_s);
    // A lock file in QLockFile's own format, with the id of a dead process.
    QByteArray content;
    {
        QLockFile real(path);
        ASSERT_TRUE(real.tryLock(0));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        content = file.readAll();
    }
    const qint64 dead = deadProcessId();
    content.replace(0, content.indexOf('\n'), QByteArray::number(dead));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QLockFile probe(path);
    qint64 recordedPid = 0;
    QString host;
    QString app;
    ASSERT_TRUE(probe.getLockInfo(&recordedPid, &host, &app));
    ASSERT_EQ(recordedPid, dead);

    InstanceLock lock(dir.path());
    ASSERT_TRUE(lock.tryLock());
    EXPECT_TRUE(lock.recoveredStaleLock());
    ASSERT_TRUE(probe.getLockInfo(&recordedPid, &host, &app));
    EXPECT_EQ(recordedPid, QCoreApplication::applicationPid());
}

} // namespace

// One Limber per data folder: a second copy cannot take the lock, and its
// request brings the first copy to the front.
#include "instance/singleinstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

/// Processes events until `done` or the deadline; file notifications arrive
/// from the operating system, so there is no clock to advance here.
template<typename Predicate> bool processEventsUntil(Predicate done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

TEST(SingleInstance, SecondCopyCannotTakeTheLock)
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    ASSERT_TRUE(first.acquire().ok());
    EXPECT_TRUE(first.isPrimary());

    SingleInstance second(dir.path());
    const Status status = second.acquire();
    EXPECT_FALSE(status.ok());
    EXPECT_FALSE(second.isPrimary());
}

TEST(SingleInstance, RequestBringsTheFirstCopyForward)
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    ASSERT_TRUE(first.acquire().ok());
    int activations = 0;
    QObject::connect(&first, &SingleInstance::activationRequested, [&] { ++activations; });

    SingleInstance second(dir.path());
    ASSERT_FALSE(second.acquire().ok());
    ASSERT_TRUE(second.requestActivation().ok());

    EXPECT_TRUE(processEventsUntil([&] { return activations == 1; }));
    EXPECT_FALSE(QFile::exists(first.requestFilePath())) << "the request is consumed";
}

TEST(SingleInstance, StaleRequestFromBeforeStartIsIgnored)
{
    QTemporaryDir dir;
    QFile stale(dir.filePath(u"activate.request"_s));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.close();

    SingleInstance first(dir.path());
    int activations = 0;
    QObject::connect(&first, &SingleInstance::activationRequested, [&] { ++activations; });
    ASSERT_TRUE(first.acquire().ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(activations, 0);
    EXPECT_FALSE(QFile::exists(first.requestFilePath()));
}

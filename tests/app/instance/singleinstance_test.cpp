// One Limber per data folder: a second copy cannot take the lock, and the
// request it leaves reaches the first copy whole, once, oldest first.
#include "app/i18n.h"
#include "app/instance/singleinstance.h"

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

const QDateTime sent = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, Qt::UTC);

class SingleInstanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(first.acquire().ok());
        QObject::connect(&first, &SingleInstance::requestReceived,
            [this](const InstanceRequest &request) { received.append(request); });
        ASSERT_FALSE(second.acquire().ok());
    }

    void writeFile(const QString &name, const QByteArray &contents)
    {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    QTemporaryDir dir;
    SingleInstance first {dir.path()};
    SingleInstance second {dir.path()};
    QList<InstanceRequest> received;
};

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

TEST(SingleInstance, ALockTakenWhileTheApplicationIsBuiltIsExplainedInTheLanguageChosenSince)
{
    // As in main(): the lock is taken on a thread while the application and
    // its translators are set up, and acquire() collects the outcome.
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    first.startLocking();
    ASSERT_TRUE(first.acquire().ok());
    EXPECT_TRUE(first.isPrimary());

    SingleInstance second(dir.path());
    second.startLocking();
    installTranslators(QLocale(QLocale::German));
    const Status refused = second.acquire();
    installTranslators(QLocale(QLocale::English));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(second.anotherIsRunning());
    EXPECT_TRUE(refused.error().message.contains(u"läuft bereits"_s))
        << refused.error().message.toStdString();

    // The first copy watches for requests as one that locked in place does.
    QList<InstanceRequest> received;
    QObject::connect(&first, &SingleInstance::requestReceived,
        [&received](const InstanceRequest &request) { received.append(request); });
    ASSERT_TRUE(second.send(InstanceRequest {}, sent).ok());
    EXPECT_TRUE(processEventsUntil([&] { return !received.isEmpty(); }));
}

TEST_F(SingleInstanceTest, RequestReachesTheFirstCopyOnce)
{
    const InstanceRequest request {true, u"desk-break"_s};
    ASSERT_TRUE(second.send(request, sent).ok());

    ASSERT_TRUE(processEventsUntil([&] { return !received.isEmpty(); }));
    EXPECT_EQ(received, QList<InstanceRequest> {request});
    EXPECT_TRUE(first.requestFiles().isEmpty()) << "the request is consumed";
    EXPECT_TRUE(first.takeRequests().isEmpty());
}

TEST_F(SingleInstanceTest, TwoRequestsAtOnceArriveWholeAndOldestFirst)
{
    // Written before the first copy looks: the later one first.
    SingleInstance third(dir.path());
    ASSERT_TRUE(second.send({true, u"gentle-floor"_s}, sent.addMSecs(1)).ok());
    ASSERT_TRUE(third.send({true, u"desk-break"_s}, sent).ok());
    EXPECT_EQ(first.requestFiles().size(), 2) << "each request has a file of its own";

    ASSERT_TRUE(processEventsUntil([&] { return received.size() >= 2; }));
    EXPECT_EQ(
        received, (QList<InstanceRequest> {{true, u"desk-break"_s}, {true, u"gentle-floor"_s}}));
    EXPECT_TRUE(first.requestFiles().isEmpty());
}

TEST_F(SingleInstanceTest, SameMomentFromTwoCopiesKeepsBoth)
{
    ASSERT_TRUE(second.send({true, u"desk-break"_s}, sent).ok());
    ASSERT_TRUE(second.send({}, sent).ok());
    const QList<InstanceRequest> taken = first.takeRequests();
    EXPECT_EQ(taken.size(), 2);
    EXPECT_TRUE(taken.contains(InstanceRequest {true, u"desk-break"_s}));
    EXPECT_TRUE(taken.contains(InstanceRequest {}));
}

TEST_F(SingleInstanceTest, MalformedRequestOnlyBringsTheWindowForward)
{
    writeFile(u"activate-000000000000001-1-x.request"_s, "{\"version\":1,\"start\":");

    ASSERT_TRUE(processEventsUntil([&] { return !received.isEmpty(); }));
    EXPECT_EQ(received, QList<InstanceRequest> {InstanceRequest {}});
    EXPECT_TRUE(first.requestFiles().isEmpty()) << "the broken request is removed too";
}

TEST(SingleInstance, RequestsFromBeforeStartAreIgnored)
{
    QTemporaryDir dir;
    for (const QString &name : {u"activate.request"_s, u"activate-000000000000001-1-x.request"_s}) {
        QFile stale(dir.filePath(name));
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
        stale.write("{\"version\":1,\"start\":true}");
    }

    SingleInstance first(dir.path());
    int received = 0;
    QObject::connect(&first, &SingleInstance::requestReceived, [&] { ++received; });
    ASSERT_TRUE(first.acquire().ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(received, 0);
    EXPECT_TRUE(first.requestFiles().isEmpty());
}

TEST(SingleInstance, RequestThatCannotBeWrittenSaysWhere)
{
    QTemporaryDir dir;
    QFile notAFolder(dir.filePath(u"file"_s));
    ASSERT_TRUE(notAFolder.open(QIODevice::WriteOnly));
    notAFolder.close();
    // A folder inside a plain file cannot exist, whoever runs the test.
    const QString dataDir = dir.filePath(u"file/data"_s);

    SingleInstance second(dataDir);
    const Status status = second.send({true, u"desk-break"_s}, sent);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(u"file"_s)) << status.error().message.toStdString();
}

// The request a second `limber` leaves for the running one: what it carries,
// how it is written and read back, and what a request that cannot be read means.
#include "app/instance/instancerequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

CommandLineOptions startOptions(const QString &routine)
{
    CommandLineOptions options;
    options.startSession = true;
    options.routine = routine;
    return options;
}

} // namespace

TEST(InstanceRequest, RoundTripKeepsWhatWasAsked)
{
    const QList<InstanceRequest> requests {
        {}, {true, {}}, {true, u"desk-break"_s}, {true, u"/home/ana/my routine “2”.json"_s}};
    for (const InstanceRequest &request : requests) {
        const Result<InstanceRequest> read = decodeInstanceRequest(encodeInstanceRequest(request));
        ASSERT_TRUE(read) << read.error().message.toStdString();
        EXPECT_EQ(*read, request) << request.routine.toStdString();
    }
}

TEST(InstanceRequest, IsWrittenAsVersionedJson)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(encodeInstanceRequest({true, u"desk-break"_s}));
    ASSERT_TRUE(document.isObject());
    EXPECT_EQ(document.object().value(u"version"_s).toInt(), 1);
    EXPECT_TRUE(document.object().value(u"start"_s).toBool());
    EXPECT_EQ(document.object().value(u"routine"_s).toString(), u"desk-break"_s);
}

TEST(InstanceRequest, PlainStartOnlyComesToTheFront)
{
    const InstanceRequest request = instanceRequestFor(CommandLineOptions {}, QDir(u"/tmp"_s));
    EXPECT_FALSE(request.start);
    EXPECT_TRUE(request.routine.isEmpty());
}

TEST(InstanceRequest, RoutineIdIsSentAsItIs)
{
    QTemporaryDir workingDir;
    EXPECT_EQ(instanceRequestFor(startOptions(u"desk-break"_s), QDir(workingDir.path())).routine,
        u"desk-break"_s);
    const InstanceRequest today = instanceRequestFor(startOptions({}), QDir(workingDir.path()));
    EXPECT_TRUE(today.start);
    EXPECT_TRUE(today.routine.isEmpty()) << "today's routine";
}

TEST(InstanceRequest, RelativeRoutineFileIsMadeAbsolute)
{
    QTemporaryDir workingDir;
    const QDir here(workingDir.path());
    ASSERT_TRUE(here.mkdir(u"mine"_s));
    for (const QString &name : {u"mine/evening.json"_s, u"mine/no-extension"_s}) {
        QFile file(here.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }

    EXPECT_EQ(instanceRequestFor(startOptions(u"mine/evening.json"_s), here).routine,
        here.filePath(u"mine/evening.json"_s));
    // A file without .json is still a file when it exists here.
    QDir mine(here.filePath(u"mine"_s));
    EXPECT_EQ(instanceRequestFor(startOptions(u"no-extension"_s), mine).routine,
        mine.filePath(u"no-extension"_s));
    // A path that does not exist is made absolute too, so the running copy's
    // message names the place the person meant.
    EXPECT_EQ(instanceRequestFor(startOptions(u"./missing/../gone.json"_s), here).routine,
        here.filePath(u"gone.json"_s));
    EXPECT_EQ(instanceRequestFor(startOptions(u"/elsewhere/r.json"_s), here).routine,
        u"/elsewhere/r.json"_s);
}

TEST(InstanceRequest, MalformedRequestsAreErrorsNotCrashes)
{
    const QList<QByteArray> broken {"", "{", "not json at all", "[1, 2]", R"({"start":true})",
        R"({"version":"1","start":true})", R"({"version":1.5})", R"({"version":2,"start":true})",
        R"({"version":1,"start":"yes"})", R"({"version":1,"start":true,"routine":7})",
        QByteArray("\xff\xfe\x00\x01", 4)};
    for (const QByteArray &contents : broken) {
        const Result<InstanceRequest> read = decodeInstanceRequest(contents);
        EXPECT_FALSE(read) << "read as a request: " << contents.toStdString();
        if (!read) {
            EXPECT_FALSE(read.error().message.isEmpty());
        }
    }
}

TEST(InstanceRequest, EarlierVersionsPlainActivationStillReads)
{
    const Result<InstanceRequest> read = decodeInstanceRequest("activate\n");
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, InstanceRequest {});
}

TEST(InstanceRequest, SentTextSaysWhatWasAsked)
{
    EXPECT_TRUE(instanceRequestSentText({}).contains(u"brought to the front"_s));
    EXPECT_EQ(instanceRequestSentText({true, u"desk-break"_s}),
        u"Limber is already running; asked it to start desk-break."_s);
    EXPECT_TRUE(instanceRequestSentText({true, {}}).contains(u"today's routine"_s));
}

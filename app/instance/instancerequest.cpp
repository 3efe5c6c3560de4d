#include "app/instance/instancerequest.h"

#include "app/session/routinerequest.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace limber {

Q_LOGGING_CATEGORY(lcInstance, "limber.instance", QtWarningMsg)

namespace {

constexpr int formatVersion = 1;

const QString versionKey = u"version"_s;
const QString startKey = u"start"_s;
const QString routineKey = u"routine"_s;

Error malformed(const QString &why)
{
    return Error {
        QCoreApplication::translate("InstanceRequest", "The request is not readable: %1").arg(why)};
}

} // namespace

InstanceRequest instanceRequestFor(const CommandLineOptions &options, const QDir &workingDir)
{
    InstanceRequest request;
    request.start = options.startSession;
    if (!request.start || options.routine.isEmpty())
        return request;
    request.routine = options.routine;
    // An id stays an id; only what names a file here is made absolute.
    if (looksLikeRoutineFile(options.routine) || QFileInfo(workingDir, options.routine).isFile())
        request.routine = QDir::cleanPath(workingDir.absoluteFilePath(options.routine));
    return request;
}

QByteArray encodeInstanceRequest(const InstanceRequest &request)
{
    QJsonObject object {{versionKey, formatVersion}, {startKey, request.start}};
    if (request.start && !request.routine.isEmpty())
        object.insert(routineKey, request.routine);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Result<InstanceRequest> decodeInstanceRequest(const QByteArray &contents)
{
    if (contents.trimmed() == "activate")
        return InstanceRequest {};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(parseError.errorString());
    if (!document.isObject())
        return malformed(u"not a JSON object"_s);
    const QJsonObject object = document.object();

    const QJsonValue version = object.value(versionKey);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return malformed(u"no format version"_s);
    if (version.toInt() != formatVersion)
        return malformed(
            u"format %1, this Limber reads format %2"_s.arg(version.toInt()).arg(formatVersion));

    InstanceRequest request;
    const QJsonValue start = object.value(startKey);
    if (!start.isUndefined() && !start.isBool())
        return malformed(u"\"start\" is not true or false"_s);
    request.start = start.toBool(false);

    const QJsonValue routine = object.value(routineKey);
    if (!routine.isUndefined() && !routine.isString())
        return malformed(u"\"routine\" is not text"_s);
    if (request.start)
        request.routine = routine.toString();
    return request;
}

QString instanceRequestSentText(const InstanceRequest &request)
{
    if (!request.start)
        return QCoreApplication::translate(
            "InstanceRequest", "Limber is already running; its window was brought to the front.");
    if (request.routine.isEmpty())
        return QCoreApplication::translate(
            "InstanceRequest", "Limber is already running; asked it to start today's routine.");
    return QCoreApplication::translate(
        "InstanceRequest", "Limber is already running; asked it to start %1.")
        .arg(QDir::toNativeSeparators(request.routine));
}

} // namespace limber

#pragma once

#include "app/commandline.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QDir>
#include <QLoggingCategory>
#include <QString>

namespace limber {

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

/// What a second `limber` asks the copy that already runs on the same data
/// folder: always to come to the front, and with `--start` to start a routine.
struct InstanceRequest
{
    bool start = false;
    /// With start: a routine id, or the absolute path of a routine file;
    /// empty is today's routine.
    QString routine;

    friend bool operator==(const InstanceRequest &, const InstanceRequest &) = default;
};

/// The request a second copy sends for its command line. A routine file named
/// relative to \a workingDir becomes its absolute path, so the running copy,
/// whose own working folder may be elsewhere, opens the same file.
InstanceRequest instanceRequestFor(const CommandLineOptions &options, const QDir &workingDir);

/// The request as written to its file: a small JSON object with a format
/// version, e.g. {"version":1,"start":true,"routine":"desk-break"}.
QByteArray encodeInstanceRequest(const InstanceRequest &request);

/// Reads a request file's contents. The one line "activate" that earlier
/// versions wrote reads as a plain request to come to the front. Anything
/// else that is not a well-formed request of a known version is an error
/// saying why; the caller then just comes to the front.
Result<InstanceRequest> decodeInstanceRequest(const QByteArray &contents);

/// What the second copy tells the person it did, e.g. "Limber is already
/// running; asked it to start desk-break."
QString instanceRequestSentText(const InstanceRequest &request);

} // namespace limber

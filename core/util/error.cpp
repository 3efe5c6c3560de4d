#include "core/util/error.h"

#include <QDebug>

namespace limber {

void logFailure(const Status &status, const char *what)
{
    if (!status)
        qWarning().noquote() << QString::fromUtf8(what) + QStringLiteral(": ")
                + status.error().message;
}

} // namespace limber

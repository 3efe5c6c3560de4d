#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace limber::exportformat {

/// The "format" member of a Limber JSON export, and the version this build
/// writes. Version 2 added the hold target decisions ("targetEvents",
/// "declinedSuggestions"); a version 1 file imports as a history without them.
inline QString name()
{
    return QStringLiteral("limber-history");
}
constexpr int version = 2;

/// UTC milliseconds as ISO 8601 with milliseconds and a Z.
inline QString utcText(qint64 utcMs)
{
    // An explicit pattern: Qt spells a QTimeZone::utc() time "+00:00", not "Z".
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

/// The same moment as local time with its offset, e.g. 2026-01-05T09:00:00.000+01:00.
inline QString localText(qint64 utcMs, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())
        .toOffsetFromUtc(offsetSeconds)
        .toString(Qt::ISODateWithMs);
}

/// Reads utcText(); returns false for anything else.
inline bool parseUtc(const QString &text, qint64 *utcMs)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || !text.endsWith(u'Z'))
        return false;
    *utcMs = parsed.toMSecsSinceEpoch();
    return true;
}

} // namespace limber::exportformat

#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace limber {

/// The first moment at which the clocks in \a zone show \a date \a time or
/// later. For a time that happens once, that moment itself; for a time the
/// clocks pass twice (they were turned back over it), its first occurrence;
/// for a time the clocks skip (they sprang forward over it), the end of the
/// gap, the first time that exists after it. Returned in UTC.
QDateTime firstMomentAtLocalTime(QDate date, QTime time, const QTimeZone &zone);

/// The date the clocks in \a zone show at \a moment.
QDate localDate(const QDateTime &moment, const QTimeZone &zone);

} // namespace limber

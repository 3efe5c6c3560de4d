#pragma once

#include <QString>
#include <QStringList>

namespace limber {

/// The longest id a content file may use.
inline constexpr qsizetype maxIdLength = 64;

/// True for an id of content (exercise, routine, pose): 1 to maxIdLength
/// lowercase letters and digits, in words joined by single hyphens.
bool isValidId(const QString &text);

/// The candidate a misspelt `word` most likely meant (at most two edits
/// away, and fewer than half its letters), or an empty string.
QString closestName(const QString &word, const QStringList &candidates);

/// Names for a message, quoted and comma separated: "a", "b", "c" (and N more).
QString listNames(const QStringList &names, qsizetype maxShown = 15);

} // namespace limber

#pragma once

#include <QString>
#include <QStringList>

namespace limber {

/// The candidate a misspelt `word` most likely meant (at most two edits
/// away, and fewer than half its letters), or an empty string.
QString closestName(const QString &word, const QStringList &candidates);

/// Names for a message, quoted and comma separated: "a", "b", "c" (and N more).
QString listNames(const QStringList &names, qsizetype maxShown = 15);

} // namespace limber

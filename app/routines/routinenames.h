#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace limber {

/// An id for a new routine made from its title: lower-case letters and
/// digits in words joined by single hyphens, at most 64 characters, the
/// shape content ids have (docs/content-format.md). Letters with accents
/// lose them ("Überkreuz" gives "uberkreuz"); a title with nothing usable
/// gives "routine". When the id is taken, "-2", "-3", ... is added.
QString routineIdFromTitle(const QString &title, const QSet<QString> &takenIds);

/// \a base when no routine has that title (compared without case and outer
/// spaces), else "base 2", "base 3", ...
QString uniqueRoutineTitle(const QString &base, const QStringList &takenTitles);

/// Why \a title cannot name a routine, in a sentence for the person, or an
/// empty string when it can: it is empty, or another routine has it.
QString routineTitleProblem(const QString &title, const QStringList &otherTitles);

} // namespace limber

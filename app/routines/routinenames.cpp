#include "app/routines/routinenames.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr qsizetype maxIdLength = 64;

bool sameTitle(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool titleTaken(const QString &title, const QStringList &titles)
{
    return std::any_of(titles.cbegin(), titles.cend(),
        [&title](const QString &other) { return sameTitle(title, other); });
}

QString slug(const QString &title)
{
    // Decomposing first splits "é" into "e" and an accent, which is dropped.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        const bool usable = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (usable) {
            if (pendingHyphen && !id.isEmpty())
                id += u'-';
            pendingHyphen = false;
            id += c;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingHyphen = true;
        }
    }
    return id;
}

QString shortened(QString id, qsizetype length)
{
    id.truncate(length);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

} // namespace

QString routineIdFromTitle(const QString &title, const QSet<QString> &takenIds)
{
    QString base = shortened(slug(title), maxIdLength);
    if (base.isEmpty())
        base = u"routine"_s;
    if (!takenIds.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u"-"_s + QString::number(n);
        QString candidate = shortened(base, maxIdLength - suffix.size()) + suffix;
        if (!takenIds.contains(candidate))
            return candidate;
    }
}

QString uniqueRoutineTitle(const QString &base, const QStringList &takenTitles)
{
    QString trimmed = base.trimmed();
    if (!titleTaken(trimmed, takenTitles))
        return trimmed;
    for (int n = 2;; ++n) {
        QString candidate = trimmed + u' ' + QString::number(n);
        if (!titleTaken(candidate, takenTitles))
            return candidate;
    }
}

QString routineTitleProblem(const QString &title, const QStringList &otherTitles)
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("RoutineNames", "Give the routine a name.");
    if (titleTaken(title, otherTitles))
        return QCoreApplication::translate(
            "RoutineNames", "Another routine is called that already; choose another name.");
    return {};
}

} // namespace limber

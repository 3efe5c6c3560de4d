#include "core/content/names.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// Longer words are not typos of an id or key; skipping them keeps the
// quadratic distance cheap on hostile input.
constexpr qsizetype maxComparedLength = 64;

/// Edits (insert, delete, replace, swap two neighbours) from a to b, ignoring case.
qsizetype editDistance(const QString &a, const QString &b)
{
    const auto width = static_cast<size_t>(b.size() + 1);
    std::vector<qsizetype> beforePrevious(width);
    std::vector<qsizetype> previous(width);
    std::vector<qsizetype> current(width);
    for (size_t j = 0; j < width; ++j)
        previous[j] = static_cast<qsizetype>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<size_t>(j);
            const bool same = a[i - 1].toLower() == b[j - 1].toLower();
            current[uj] = std::min(
                {previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1].toLower() == b[j - 2].toLower()
                && a[i - 2].toLower() == b[j - 1].toLower())
                current[uj] = std::min(current[uj], beforePrevious[uj - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[width - 1];
}

} // namespace

bool isValidId(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return text.size() <= maxIdLength && pattern.match(text).hasMatch();
}

QString closestName(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty() || word.size() > maxComparedLength)
        return {};
    QString best;
    qsizetype bestDistance = std::min<qsizetype>(2, (word.size() - 1) / 2);
    for (const QString &candidate : candidates) {
        if (candidate.size() > maxComparedLength)
            continue;
        const qsizetype distance = editDistance(word, candidate);
        if (distance <= bestDistance && (best.isEmpty() || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString listNames(const QStringList &names, qsizetype maxShown)
{
    QStringList quoted;
    for (qsizetype i = 0; i < names.size() && i < maxShown; ++i)
        quoted.append(u'"' + names.at(i) + u'"');
    QString result = quoted.join(u", "_s);
    if (names.size() > maxShown) {
        const auto more = static_cast<int>(names.size() - maxShown);
        result += QCoreApplication::translate("limber::listNames", " (and %n more)", nullptr, more);
    }
    return result;
}

} // namespace limber

#include "core/util/elide.h"

#include <algorithm>

namespace limber {

namespace {

constexpr QChar ellipsis {0x2026};

// The first `count` UTF-16 units of `text`, one fewer when the last would be
// half of a surrogate pair.
QString head(const QString &text, qsizetype count)
{
    if (count > 0 && text.at(count - 1).isHighSurrogate())
        --count;
    return text.left(count);
}

// The last `count` UTF-16 units of `text`, one fewer when the first would be
// half of a surrogate pair.
QString tail(const QString &text, qsizetype count)
{
    if (count > 0 && text.at(text.size() - count).isLowSurrogate())
        --count;
    return text.right(count);
}

} // namespace

QString elideMiddle(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    if (limit < 1)
        return {};
    const qsizetype kept = limit - 1;
    // The end gets the larger half: it holds the file name.
    const qsizetype front = kept / 2;
    return head(text, front) + ellipsis + tail(text, kept - front);
}

QString elidePath(const QString &path, qsizetype limit)
{
    if (path.size() <= limit)
        return path;
    const qsizetype separator = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    const qsizetype nameLength = path.size() - separator;
    const qsizetype front = limit - 1 - nameLength;
    if (separator < 0 || front < limit / 4)
        return elideMiddle(path, limit);
    return head(path, front) + ellipsis + path.mid(separator);
}

QString elideEnd(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    if (limit < 1)
        return {};
    return head(text, limit - 1) + ellipsis;
}

} // namespace limber

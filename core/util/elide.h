#pragma once

#include <QString>

namespace limber {

/// How many characters of a person's text (a path, a title, a note) a message
/// quotes at most: enough to recognise it, short enough that a dialog stays a
/// dialog whatever was typed or however deep the folder is.
inline constexpr qsizetype quotedTextLimit = 80;

/// `text` when it has at most `limit` characters; otherwise its beginning and
/// its end joined by "…", `limit` characters in all. For paths: the start says
/// where, the end names the file. Never splits a surrogate pair.
QString elideMiddle(const QString &text, qsizetype limit = quotedTextLimit);

/// elideMiddle() for a path that keeps the file name (with its separator)
/// whole when it leaves room for at least a quarter of `limit` of the start.
QString elidePath(const QString &path, qsizetype limit = quotedTextLimit);

/// `text` when it has at most `limit` characters; otherwise its beginning and
/// "…", `limit` characters in all. For titles and notes.
QString elideEnd(const QString &text, qsizetype limit = quotedTextLimit);

} // namespace limber

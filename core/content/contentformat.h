#pragma once

#include <QString>

namespace limber::contentformat {

/// The value of the "format" key this version of Limber reads. Raise it only
/// for changes old readers would misunderstand; adding optional keys is not one.
inline constexpr int version = 1;

/// Folders of a content root, each holding *.json files of one kind.
inline QString exercisesFolder()
{
    return QStringLiteral("exercises");
}
inline QString routinesFolder()
{
    return QStringLiteral("routines");
}
inline QString posesFolder()
{
    return QStringLiteral("poses");
}

} // namespace limber::contentformat

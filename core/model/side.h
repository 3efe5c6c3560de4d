#pragma once

#include <QString>

namespace limber {

/// Which side of the body a hold works. Exercises without sides use None.
enum class Side { None, Left, Right };

/// The other side; None stays None.
constexpr Side opposite(Side side)
{
    switch (side) {
    case Side::Left:
        return Side::Right;
    case Side::Right:
        return Side::Left;
    case Side::None:
        break;
    }
    return Side::None;
}

/// Stable identifier used in content files and in the database: "none", "left", "right".
QString sideKey(Side side);

/// Parses a key written by sideKey(); returns false for anything else.
bool sideFromKey(const QString &key, Side *side);

} // namespace limber

#include "core/model/side.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString sideKey(Side side)
{
    switch (side) {
    case Side::Left:
        return u"left"_s;
    case Side::Right:
        return u"right"_s;
    case Side::None:
        break;
    }
    return u"none"_s;
}

bool sideFromKey(const QString &key, Side *side)
{
    for (Side candidate : {Side::None, Side::Left, Side::Right}) {
        if (key == sideKey(candidate)) {
            *side = candidate;
            return true;
        }
    }
    return false;
}

} // namespace limber

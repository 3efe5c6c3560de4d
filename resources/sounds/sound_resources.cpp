#include "resources/sounds/sound_resources.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString bundledSoundsRoot()
{
    return u":/sounds"_s;
}

} // namespace limber

#include "resources/content_resources.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString bundledContentRoot()
{
    return u":/content"_s;
}

} // namespace limber

#pragma once

#include <QString>

namespace limber {

/// Root of the content embedded in the program (exercises, routines, poses).
QString bundledContentRoot();

} // namespace limber

#include "core/model/routine.h"

#include "core/model/exercise.h"

namespace limber {

bool isSided(const RoutineItem &item, const Exercise &exercise)
{
    return exercise.sideMode == SideMode::Alternating && item.sided;
}

} // namespace limber

#include "app/history/targetline.h"

namespace limber {

std::optional<TargetStep> targetOn(const TargetLine &line, QDate day)
{
    std::optional<TargetStep> inForce;
    for (const TargetStep &step : line) {
        if (step.from.isValid() && step.from > day)
            break;
        inForce = step;
    }
    return inForce;
}

} // namespace limber

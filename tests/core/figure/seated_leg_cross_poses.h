#pragma once

// The Seated Leg Cross poses, copied from
// resources/content/poses/seated-leg-cross.json so that the figure tests do
// not depend on the content loader. A test checks that the two agree.
#include "core/model/pose.h"

#include <QString>

#include <utility>
#include <vector>

namespace limber::testing {
inline Pose crossLeggedUpright()
{
    Pose pose;
    pose.left = {101.0, 33.0, 75.5, 127.5, -57.0, 13.0, 18.5, 58.0, 0.0};
    pose.right = {95.5, 37.5, 78.5, 150.0, -49.0, 13.0, 18.5, 58.0, 0.0};
    return pose;
}

inline Pose crossLeggedLeanHalf()
{
    Pose pose;
    pose.pelvisPitch = 35.0;
    pose.left = {136.0, 33.0, 75.5, 127.5, -57.0, 74.8, 6.0, 20.0, 0.0};
    pose.right = {130.5, 37.5, 78.5, 150.0, -49.0, 74.8, 6.0, 20.0, 0.0};
    return pose;
}

inline Pose crossLeggedElbowsFloor()
{
    Pose pose;
    pose.pelvisPitch = 60.0;
    pose.left = {161.0, 33.0, 75.5, 127.5, -57.0, 77.8, 4.5, 72.2, 0.0};
    pose.right = {155.5, 37.5, 78.5, 150.0, -49.0, 77.8, 4.5, 72.2, 0.0};
    return pose;
}

/// Every bundled pose with its id in the content file.
inline std::vector<std::pair<QString, Pose>> seatedLegCrossPoses()
{
    return {
        {QStringLiteral("cross-legged-upright"), crossLeggedUpright()},
        {QStringLiteral("cross-legged-lean-half"), crossLeggedLeanHalf()},
        {QStringLiteral("cross-legged-elbows-floor"), crossLeggedElbowsFloor()},
    };
}

} // namespace limber::testing

#include "core/figure/camera.h"

#include <cmath>

namespace limber {

Vec3 Camera::towardCamera() const
{
    const double yaw = radians(yawDegrees);
    const double pitch = radians(pitchDegrees);
    const Vec3 level {-std::sin(yaw), 0, std::cos(yaw)};
    return level * std::cos(pitch) + Vec3 {0, 1, 0} * std::sin(pitch);
}

Vec3 Camera::screenRight() const
{
    const double yaw = radians(yawDegrees);
    return {std::cos(yaw), 0, std::sin(yaw)};
}

Vec3 Camera::screenUp() const
{
    const double yaw = radians(yawDegrees);
    const double pitch = radians(pitchDegrees);
    const Vec3 level {-std::sin(yaw), 0, std::cos(yaw)};
    return Vec3 {0, 1, 0} * std::cos(pitch) - level * std::sin(pitch);
}

ProjectedPoint Camera::project(Vec3 point) const
{
    return {{dot(point, screenRight()), dot(point, screenUp())}, dot(point, towardCamera())};
}

} // namespace limber

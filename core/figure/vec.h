#pragma once

#include <cmath>

namespace limber {

/// A point or direction in the figure's 3D frame, in units of body height.
/// The frame: y up, the figure faces +z, x points to the figure's left
/// (right-handed), the floor is the plane y = 0.
struct Vec3
{
    double x = 0;
    double y = 0;
    double z = 0;

    friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
    friend Vec3 operator*(double s, Vec3 a) { return a * s; }
    friend Vec3 operator-(Vec3 a) { return {-a.x, -a.y, -a.z}; }
    friend bool operator==(const Vec3 &, const Vec3 &) = default;
};

inline double dot(Vec3 a, Vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

inline double length(Vec3 a)
{
    return std::sqrt(dot(a, a));
}

inline double distance(Vec3 a, Vec3 b)
{
    return length(a - b);
}

/// A point on the drawing plane after projection, in units of body height,
/// y up (the painter flips it for the screen).
struct Point2
{
    double x = 0;
    double y = 0;

    friend Point2 operator+(Point2 a, Point2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Point2 operator-(Point2 a, Point2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Point2 operator*(Point2 a, double s) { return {a.x * s, a.y * s}; }
    friend Point2 operator*(double s, Point2 a) { return a * s; }
    friend bool operator==(const Point2 &, const Point2 &) = default;
};

inline double dot(Point2 a, Point2 b)
{
    return a.x * b.x + a.y * b.y;
}

inline double length(Point2 a)
{
    return std::sqrt(dot(a, a));
}

inline double distance(Point2 a, Point2 b)
{
    return length(a - b);
}

/// A rotation as a 3x3 matrix whose columns are the images of the x, y and z axes.
struct Rotation
{
    Vec3 xAxis {1, 0, 0};
    Vec3 yAxis {0, 1, 0};
    Vec3 zAxis {0, 0, 1};

    Vec3 apply(Vec3 v) const { return xAxis * v.x + yAxis * v.y + zAxis * v.z; }
    /// This rotation followed, in the local frame, by \a local.
    Rotation then(const Rotation &local) const
    {
        return {apply(local.xAxis), apply(local.yAxis), apply(local.zAxis)};
    }

    /// Right-handed rotations about the frame axes, angles in degrees.
    static Rotation aboutX(double degrees);
    static Rotation aboutY(double degrees);
    static Rotation aboutZ(double degrees);
};

constexpr double kPi = 3.14159265358979323846;

inline double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

inline Rotation Rotation::aboutX(double degrees)
{
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
}

inline Rotation Rotation::aboutY(double degrees)
{
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
}

inline Rotation Rotation::aboutZ(double degrees)
{
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
}

} // namespace limber

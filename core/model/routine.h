#pragma once

#include "core/model/localizedtext.h"
#include "core/model/side.h"

#include <QList>
#include <QString>

namespace limber {

/// Limits shared by the content loader, the routine editor and the runner.
namespace limits {
inline constexpr int minHoldSeconds = 10;
inline constexpr int maxHoldSeconds = 600;
inline constexpr int minHoldsPerSide = 1;
inline constexpr int maxHoldsPerSide = 10;
inline constexpr int maxSwitchSeconds = 120;
inline constexpr int maxRestSeconds = 600;
inline constexpr int maxGetReadySeconds = 120;
/// Exercises in one routine: ten times the longest bundled routine, and as
/// many as a printed sheet and a session's timeline are built to show.
inline constexpr int maxRoutineItems = 50;
} // namespace limits

/// One exercise inside a routine, with its hold plan.
struct RoutineItem
{
    QString exerciseId;
    int holdsPerSide = 2; ///< for unsided exercises: number of holds
    int holdSeconds = 60;
    int switchSeconds = 10; ///< pause between holds of an alternating exercise
    int restSeconds = 0; ///< pause after this item, before the next one
    Side firstSide = Side::Left;
    bool includeSetup = true; ///< walk through the exercise's set-up steps first
    int getReadySeconds = 15; ///< the get-ready phase before the item's first hold
    /// For an alternating exercise: false does every hold without a side
    /// (e.g. whichever leg is comfortable on top). Ignored for unsided exercises.
    bool sided = true;

    friend bool operator==(const RoutineItem &, const RoutineItem &) = default;
};

struct Exercise;

/// Whether \a item of \a exercise is done side by side (left, then right):
/// an alternating exercise whose item keeps its sides. The one rule the
/// timeline, the start page and the progress rules count holds by.
bool isSided(const RoutineItem &item, const Exercise &exercise);

/// An ordered list of exercises with their hold plans.
struct Routine
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QList<RoutineItem> items;
};

} // namespace limber

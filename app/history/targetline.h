#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace limber {

/// A hold target in force from a day on.
struct TargetStep
{
    QDate from; ///< invalid: since before the history began
    int holdSeconds = 0;
    int holdsPerSide = 0;

    friend bool operator==(const TargetStep &, const TargetStep &) = default;
};

/// The hold target of one exercise over time, oldest step first: the
/// dashed line on the longest-hold chart and the sentence under it.
using TargetLine = QList<TargetStep>;

/// The step in force at the end of \a day; none before the first step.
std::optional<TargetStep> targetOn(const TargetLine &line, QDate day);

} // namespace limber

#pragma once

#include "model/side.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace limber {

/// One hold as the session log writes it: what the session engine reports
/// when a hold ends, plus how far the person reached.
struct HoldEntry
{
    QString exerciseId;
    Side side = Side::None;
    /// Position of the hold within its exercise and side, from 0.
    int holdIndex = 0;
    qint64 targetMs = 0;
    qint64 heldMs = 0;
    /// When the hold started (any time spec; stored as UTC milliseconds).
    QDateTime startedUtc;
    /// The user's UTC offset at startedUtc; decides the local calendar day.
    int utcOffsetSeconds = 0;
    /// False when the hold was cut short (stopped, skipped); heldMs says how long.
    bool completed = false;
    /// 0..3, how far into the stretch; unset when not asked.
    std::optional<int> reach;

    friend bool operator==(const HoldEntry &, const HoldEntry &) = default;
};

/// How a session ended, when the person or the routine ended it.
enum class SessionEnd { Completed, Stopped };

} // namespace limber

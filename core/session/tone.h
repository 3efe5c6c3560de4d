#pragma once

#include <array>

namespace limber {

/// The short sounds a session plays, one per kind of moment. Core only names
/// them (the sound planner needs to tell them apart); the app owns the files.
enum class Tone { PhaseStart, CountdownTick, SwitchSides, Done, BreatheIn, BreatheOut, Paused };

inline constexpr std::array allTones {Tone::PhaseStart, Tone::CountdownTick, Tone::SwitchSides,
    Tone::Done, Tone::BreatheIn, Tone::BreatheOut, Tone::Paused};

} // namespace limber

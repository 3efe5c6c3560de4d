#pragma once

#include <QString>

#include <array>

namespace limber {

/// The short sounds in resources/sounds/, one per kind of moment.
enum class Tone { PhaseStart, CountdownTick, SwitchSides, Done, BreatheIn, BreatheOut, Paused };

inline constexpr std::array allTones {Tone::PhaseStart, Tone::CountdownTick, Tone::SwitchSides,
    Tone::Done, Tone::BreatheIn, Tone::BreatheOut, Tone::Paused};

/// Resource path of the tone's WAV file, e.g. ":/sounds/done.wav".
QString toneResourcePath(Tone tone);

} // namespace limber

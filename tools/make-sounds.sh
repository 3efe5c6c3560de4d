#!/bin/sh
# Makes the cue tones in resources/sounds/ with SoX. The output is
# byte-for-byte repeatable (-R seeds SoX's generators, -D turns off dither).
# Usage: tools/make-sounds.sh [OUTPUT_DIR]   (default: resources/sounds)
#
# Every tone is built from plain sine notes: a short attack, a smooth decay,
# a little second harmonic for warmth. The last step writes 16-bit signed
# PCM, mono, 44.1 kHz, normalised to a modest peak.
set -eu

out_dir=${1:-"$(dirname "$0")/../resources/sounds"}
command -v sox >/dev/null 2>&1 || { echo "make-sounds.sh: SoX is needed (apt-get install sox)" >&2; exit 1; }
mkdir -p "$out_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rate=44100
float="-r $rate -c 1 -b 32 -e floating-point"

# note FREQ_HZ LENGTH_S OUT: one soft bell-like note, silent at both ends.
note() {
    # shellcheck disable=SC2086
    sox -R -D -n $float "$work/f.wav" synth "$2" sine "$1"
    # shellcheck disable=SC2086
    sox -R -D -n $float "$work/h.wav" synth "$2" sine "$(echo "$1 * 2" | bc)" vol 0.2
    sox -R -D -m "$work/f.wav" "$work/h.wav" "$3" fade h 0.008 fade l 0 "$2" "$(echo "$2 - 0.008" | bc)"
}

# glide FROM_HZ TO_HZ LENGTH_S OUT: a breath tone that slides in pitch and
# swells in and out slowly.
glide() {
    # shellcheck disable=SC2086
    sox -R -D -n $float "$4" synth "$3" sine "$1/$2" fade h 0.35 "$3" 0.45
}

# at OFFSET_S IN OUT: IN delayed by OFFSET_S seconds.
at() {
    sox -R -D "$2" "$3" pad "$1"
}

# finish IN NAME PEAK_DB: the committed 16-bit file, peak at PEAK_DB dBFS.
finish() {
    sox -R -D "$1" -r "$rate" -c 1 -b 16 -e signed-integer "$out_dir/$2.wav" norm "$3"
}

# Phase start: one clear G5 chime.
note 784 0.9 "$work/phase.wav"
finish "$work/phase.wav" phase-start -12

# Countdown tick (3, 2, 1): a short, higher D6 tap.
# shellcheck disable=SC2086
sox -R -D -n $float "$work/tick.wav" synth 0.15 sine 1175 fade h 0.006 0.15 0.13
finish "$work/tick.wav" countdown-tick -14

# Switch sides: A5 then E5, a falling fourth, "change over".
note 880 0.3 "$work/sw1.wav"
note 659 0.6 "$work/sw2.tmp.wav"
at 0.22 "$work/sw2.tmp.wav" "$work/sw2.wav"
sox -R -D -m "$work/sw1.wav" "$work/sw2.wav" "$work/switch.wav"
finish "$work/switch.wav" switch-sides -12

# Done: C5 E5 G5 C6 rolled upwards into a held major chord.
note 523 1.3 "$work/d1.wav"
note 659 1.2 "$work/d2.tmp.wav"
note 784 1.1 "$work/d3.tmp.wav"
note 1047 1.0 "$work/d4.tmp.wav"
at 0.1 "$work/d2.tmp.wav" "$work/d2.wav"
at 0.2 "$work/d3.tmp.wav" "$work/d3.wav"
at 0.3 "$work/d4.tmp.wav" "$work/d4.wav"
sox -R -D -m "$work/d1.wav" "$work/d2.wav" "$work/d3.wav" "$work/d4.wav" "$work/done.wav"
finish "$work/done.wav" done -12

# Breathe in: a soft tone rising C4 to G4. Breathe out: falling G4 to C4.
glide 262 392 1.2 "$work/in.wav"
finish "$work/in.wav" breathe-in -20
glide 392 262 1.4 "$work/out.wav"
finish "$work/out.wav" breathe-out -20

# Paused: two low, quiet notes falling D5 to A4.
note 587 0.35 "$work/p1.wav"
note 440 0.7 "$work/p2.tmp.wav"
at 0.25 "$work/p2.tmp.wav" "$work/p2.wav"
sox -R -D -m "$work/p1.wav" "$work/p2.wav" "$work/paused.wav"
finish "$work/paused.wav" paused -16

echo "make-sounds.sh: wrote $(ls "$out_dir"/*.wav | wc -l) files to $out_dir"

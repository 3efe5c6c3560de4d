#!/usr/bin/env python3
"""Cue onsets at the speaker over a 10-minute session.

Runs the real program through the harness of tests/integration/audio_cues.py
(a private PulseAudio server with a null sink, Xvfb, the sink's monitor
recorded at 48 kHz) on a routine of 20 holds of 25 s with 5 s switches
(Seated Leg Cross, 10 holds a side, no set-up steps), voice and breath
tones on, and reports from the recording:

  - tones planned and heard (and the hand count of the tones that are not
    breath tones: a chime per hold, three ticks per hold, a switch tone per
    switch, the done tone);
  - each tone's onset error against the plan, after one constant offset
    (the median): median and max of |error|;
  - drift: the least-squares slope of the error against session time, in
    ms per 10 minutes (a clock that runs fast or slow, or delays that add
    up);
  - the first cue's error (opening the audio output can make it late);
  - speech over a tick: whether the plan puts any utterance over a tick,
    and the loudest non-tone sound heard inside a tick's window against
    the harness's limit.

usage: bench/cue_onsets.py --limber build/ci/app/limber [--voice on|off]
                           [--breath-tones on|off] [--holds-per-side 10]
                           [--hold-seconds 25] [--switch-seconds 5]
                           [--keep DIR] [--json FILE]
       bench/cue_onsets.py --reanalyse DIR      (a folder left by --keep)

Needs pulseaudio, pulseaudio-utils, xvfb, xdotool and python3-numpy; takes
the routine's length (about 10 minutes) plus half a minute.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "integration"))
import audio_cues  # noqa: E402  (re-runs this script under a Python with numpy if need be)
from audio_cues import np  # noqa: E402

BREATH = ("breathe-in", "breathe-out")


def write_routine(folder, holds_per_side, hold_seconds, switch_seconds):
    path = os.path.join(folder, "cue-onsets-routine.json")
    with open(path, "w") as out:
        json.dump({"format": 1, "id": "cue-onsets-bench", "title": "Cue onsets benchmark",
                   "items": [{"exercise": "seated-leg-cross", "includeSetup": False,
                              "holdsPerSide": holds_per_side, "holdSeconds": hold_seconds,
                              "switchSeconds": switch_seconds, "firstSide": "left"}]},
                  out, indent=2)
    return path


def hand_count(holds_per_side):
    """Tones other than breath tones: the get-ready chime; chime, three ticks
    per hold; a switch tone per switch (it replaces the next hold's chime:
    the first hold's chime plus one per switch is one per hold); the done tone."""
    holds = 2 * holds_per_side
    return 1 + holds + 3 * holds + (holds - 1) + 1


def drift_ms_per_10min(errors):
    """(drift, tones fitted): the least-squares slope of error (ms) against
    session time (s), scaled to 600 s, over the tones within the onset
    limit (the others are reported one by one; a single late first cue
    would tilt the line)."""
    within = [e for e in errors if abs(e[2]) <= audio_cues.ONSET_TOLERANCE_MS]
    if len(within) < 2:
        return float("nan"), len(within)
    t = np.array([e[0] for e in within])
    y = np.array([e[2] for e in within])
    if np.ptp(t) == 0:
        return float("nan"), len(within)
    slope, _ = np.polyfit(t, y, 1)
    return 600.0 * slope, len(within)


def describe(report, trace_events, holds_per_side):
    sessions = audio_cues.sessions_in(trace_events)
    lines = []
    for result in report.sessions:
        plan = sessions[result.number]["plan"]
        tones = audio_cues.planned_tones(plan)
        other = [s for s in tones if s["tone"] not in BREATH]
        errors = result.errors_ms
        magnitudes = [abs(e[2]) for e in errors]
        lines.append("session %d" % result.number)
        lines.append("  tones planned %d (breath %d), heard %d; tones besides breath "
                     "tones: %d planned, %d by hand"
                     % (len(tones), len(tones) - len(other), result.heard, len(other),
                        hand_count(holds_per_side)))
        if magnitudes:
            first = errors[0]
            drift, fitted = drift_ms_per_10min(errors)
            late = [e for e in errors if abs(e[2]) > audio_cues.ONSET_TOLERANCE_MS]
            lines.append("  |onset error| median %.1f ms, max %.1f ms (limit %.0f ms); "
                         "%d over the limit%s"
                         % (np.median(magnitudes), max(magnitudes),
                            audio_cues.ONSET_TOLERANCE_MS, len(late),
                            ": " + ", ".join("%s at %.0f s %+.1f ms" % (e[1], e[0], e[2])
                                             for e in late) if late else ""))
            lines.append("  drift %+.2f ms per 10 min (least squares over the %d tones within "
                         "the limit); first cue (%s) %+.1f ms"
                         % (drift, fitted, first[1], first[2]))
            by_tone = {}
            for _, tone, error in errors:
                by_tone.setdefault(tone, []).append(abs(error))
            lines.append("  by tone: " + ", ".join(
                "%s %d, max %.1f ms" % (tone, len(v), max(v))
                for tone, v in sorted(by_tone.items())))
        else:
            lines.append("  onset errors not measured (the tones heard do not match the plan)")
        plan_overlaps = [f for f in result.failures if "the plan puts speech" in f]
        ticks = [t[1] for t in result.ticks]
        lines.append("  speech over a tick: %d in the plan; loudest non-tone sound in a tick "
                     "window %s (limit %.1f dBFS) over %d ticks"
                     % (len(plan_overlaps), "%.1f dBFS" % max(ticks) if ticks else "-",
                        result.overlap_limit_dbfs, len(ticks)))
        heard = [sp for sp in result.speech if sp[2] >= audio_cues.SPEECH_HEARD_DBFS]
        lines.append("  utterances heard %d of %d planned" % (len(heard), len(result.speech)))
    return lines


def main():
    parser = argparse.ArgumentParser(description="Cue onsets at the speaker over a long session")
    parser.add_argument("--limber")
    parser.add_argument("--sounds-dir", default=os.path.join(HERE, "..", "resources", "sounds"))
    parser.add_argument("--voice", choices=("on", "off"), default="on")
    parser.add_argument("--breath-tones", choices=("on", "off"), default="on")
    parser.add_argument("--holds-per-side", type=int, default=10)
    parser.add_argument("--hold-seconds", type=int, default=25)
    parser.add_argument("--switch-seconds", type=int, default=5)
    parser.add_argument("--keep", help="keep the recording, trace and marks here")
    parser.add_argument("--reanalyse", metavar="DIR", help="analyse a --keep folder again")
    parser.add_argument("--json", help="write the harness's measurements as JSON here")
    args = parser.parse_args()
    if not args.reanalyse and not args.limber:
        parser.error("--limber is needed (or --reanalyse DIR)")

    folder = tempfile.mkdtemp(prefix="limber-cue-onsets-")
    try:
        routine = write_routine(folder, args.holds_per_side, args.hold_seconds,
                                args.switch_seconds)
        harness_args = ["--sounds-dir", args.sounds_dir]
        if args.reanalyse:
            harness_args += ["--reanalyse", args.reanalyse]
        else:
            harness_args += ["--limber", args.limber, "--routine", routine,
                             "--voice", args.voice, "--breath-tones", args.breath_tones]
            if args.keep:
                harness_args += ["--keep", args.keep]
        report, _ = audio_cues.run(audio_cues.parse_args(harness_args))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    events = report.trace_events
    print("cue onsets: %d hold(s) a side of %d s, %d s switches, voice %s, breath tones %s"
          % (args.holds_per_side, args.hold_seconds, args.switch_seconds, args.voice,
             args.breath_tones))
    for line in describe(report, events, args.holds_per_side):
        print(line)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(audio_cues.report_json(report), out, indent=2)
    return audio_cues.summarise(report)


if __name__ == "__main__":
    sys.exit(main())

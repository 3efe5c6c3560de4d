#!/usr/bin/env python3
"""Every planned cue is heard at the speaker, on time, and speech never
overlaps a countdown tick.

Starts a private PulseAudio server whose only sink is a null sink, runs the
real limber binary under Xvfb through a routine (one or more sessions, one
after another, in the same process), records the sink's monitor at 48 kHz and
checks the recording against the sound plan the program writes to
LIMBER_SOUND_TRACE and against a tone count worked out by hand:

  1. the tones heard, in order, are the planned tones (by name), and there
     are --expect-tones of them in each session;
  2. with one constant offset per session (the median of heard - planned),
     every tone starts within 20 ms of its planned time;
  3. every planned utterance is heard: there is sound besides the tones in
     its window;
  4. no speech overlaps a countdown tick: in the plan, and in the recording
     (inside each tick's window nothing but tones is heard).

Sessions after the first begin the way a person begins them: Enter on the
end screen (its Done button has the focus), then Space on the start page
(Start). Start begins the default routine, so the routine is also copied
into the data folder's own content, marked as the default.

Tones are found by normalised cross-correlation with the WAV files of
--sounds-dir, resampled to 48 kHz. The analysis functions are importable
(bench/cue_onsets.py uses them).

usage: audio_cues.py --limber PATH --routine FILE --sounds-dir DIR
                     [--voice on|off] [--breath-tones on|off] [--expect-tones N]
                     [--sessions K] [--skip-every SECONDS] [--keep DIR] [--report FILE]
                     [--lock-history START:SECONDS --expect-holds N]
       audio_cues.py --reanalyse DIR --sounds-dir DIR [--expect-tones N] [--report FILE]
       audio_cues.py --self-test --sounds-dir DIR

--lock-history START:SECONDS has another program (this script, through
Python's sqlite3) hold the history's write lock from START seconds into the
first session for SECONDS: the cues must still be heard on time, and once
the lock is gone --expect-holds holds must be in the file.

--keep DIR leaves recording.raw (s16le, mono, 48 kHz), trace.jsonl and
marks.json there; --reanalyse DIR checks such a folder again without running
anything. --self-test checks the analysis on synthetic recordings (no
PulseAudio, no X server, no limber needed).
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import sqlite3
import tempfile
import threading
import time
import wave

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_app  # noqa: E402

run_app.use_system_python_for("numpy", "python3-numpy")
import numpy as np  # noqa: E402

RATE = 48000

# Tone detection. Scores are normalised cross-correlations (1.0: the window
# holds nothing but the template, at any loudness; a tone with sound of equal
# energy on top scores about 0.7). Measured on the project's tones: another
# tone scores at most 0.66 against a template (phase-start inside the done
# chord); 37 s of eSpeak NG phrases at most 0.41 (phase-start), 0.31 for the
# other templates; the real program's tones 0.995-0.997. Candidates above
# CANDIDATE_SCORE are
# confirmed one by one, strongest first, against what is left of the
# recording once every confirmed tone has been subtracted, so a chord's
# G5 is not heard as a phase-start chime as well.
CANDIDATE_SCORE = 0.45
DETECT_SCORE = 0.6
# The score forgives any level, so what is left of a chord once it has been
# subtracted can still look like one of its notes (a phase-start chime 0.2 s
# into the done chord scored 0.63 at a fitted level of 0.003). The program
# plays every tone at its file's level when the volume is full, as here; a
# tone found at less than a tenth of that (-20 dB) is such a leftover, not a
# sound a person hears.
MIN_TONE_GAIN = 0.1
# Silence the template is padded with on both sides when scoring. Without it
# a slowly decaying sine scores 0.96 at 20-80 ms after its true start (the
# normalisation forgives the lower level); with it, 0.79 at 20 ms.
SCORE_PAD_S = 0.04
# Scores use only the head of each template that holds this share of its
# energy: the chimes ring out quietly for most of their length (phase-start
# has 99 % of its energy in its first 0.18 s of 0.9 s), and speech over that
# quiet tail would otherwise swamp the score (0.30 instead of 0.98 for a
# chime with "Hold 1 of 6" starting 0.72 s after it).
HEAD_ENERGY = 0.99
# How far a confirmation may move a candidate (the subtraction of a
# neighbour can shift its best lag by a period or so).
CONFIRM_RADIUS_S = 0.002
# How far from where the trace puts a session's start (when its plan line
# appeared, as recorded so far) the tones may place it.
REGISTER_REACH_S = 10.0
# The second look at a planned tone the first pass missed (see look_for).
GUIDED_RADIUS_S = 0.05
GUIDED_SCORE = 0.3
GUIDED_GAIN_RATIO = 1.5
# Windows with less energy than this (RMS, full scale 1.0) count as silence.
SILENCE_RMS = 1e-4

ONSET_TOLERANCE_MS = 20.0

# Speech and the tick-overlap check look at what is left once the tones are
# subtracted, in the 80-900 Hz band: voiced speech has most of its energy
# there, the tick (1175 Hz) and what its subtraction leaves behind do not.
SPEECH_BAND_HZ = (80.0, 900.0)
FRAME_S = 0.010
# An utterance was heard if some 10 ms frame of its window reaches this level
# (RMS in the band, dBFS).
SPEECH_HEARD_DBFS = -45.0
# A tick window is clean if no frame in it is louder than this, in dB below
# the typical loudness of this recording's speech, and never above the
# absolute ceiling. With the tones subtracted the real program's tick
# windows measure -108 to -113 dBFS; its speech -13 dBFS at the quietest
# utterance's loudest frame, so there is room on both sides.
OVERLAP_BELOW_SPEECH_DB = 30.0
OVERLAP_CEILING_DBFS = -50.0

TICK = "countdown-tick"


def fail(message):
    sys.stdout.flush()
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def dbfs(value):
    return 20.0 * np.log10(max(float(value), 1e-7))


# ---------------------------------------------------------------- audio files

def read_wav(path):
    """(rate, mono float64 samples in [-1, 1]) of a 16-bit PCM WAV file."""
    with wave.open(path, "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError("%s: only 16-bit PCM is supported" % path)
        rate = wav.getframerate()
        channels = wav.getnchannels()
        data = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    samples = data.astype(np.float64) / 32768.0
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return rate, samples


def resample(samples, source_rate, target_rate):
    """Band-limited resampling by zero-padding (or cutting) the spectrum."""
    if source_rate == target_rate:
        return np.asarray(samples, dtype=np.float64).copy()
    n = len(samples)
    m = int(round(n * target_rate / source_rate))
    spectrum = np.fft.rfft(samples)
    out = np.zeros(m // 2 + 1, dtype=complex)
    keep = min(len(spectrum), len(out))
    out[:keep] = spectrum[:keep]
    return np.fft.irfft(out, m) * (m / n)


def load_templates(sounds_dir, rate=RATE):
    """Every resources/sounds/*.wav, resampled to rate, by base name."""
    templates = {}
    for name in sorted(os.listdir(sounds_dir)):
        if name.endswith(".wav"):
            source_rate, samples = read_wav(os.path.join(sounds_dir, name))
            templates[name[:-4]] = resample(samples, source_rate, rate)
    if not templates:
        raise ValueError("no WAV files in %s" % sounds_dir)
    return templates


def read_raw(path):
    """A raw s16le mono recording as float64 samples."""
    return np.fromfile(path, dtype="<i2").astype(np.float64) / 32768.0


# ------------------------------------------------------------ tone detection

def correlate(x, template, block=1 << 16):
    """c[k] = sum_i x[k + i] * template[i] for every k in range(len(x)),
    with x taken as silent past its end (FFT, overlap-save in blocks).
    Blocks of 64 Ki samples (or four template lengths) run seven times faster
    here than blocks of 1 Mi, which outgrow the cache; a short x gets one
    block just long enough for it."""
    length = len(template)
    nfft = min(max(block, 4 * length), len(x) + length - 1)
    nfft = 1 << int(np.ceil(np.log2(max(2, nfft))))
    step = nfft - length + 1
    spectrum = np.conj(np.fft.rfft(template, nfft))
    out = np.empty(len(x))
    for start in range(0, len(x), step):
        part = np.fft.irfft(np.fft.rfft(x[start:start + nfft], nfft) * spectrum, nfft)
        count = min(step, len(x) - start)
        out[start:start + count] = part[:count]
    return out


def window_energy(cumulative, starts, length):
    """Sum of squares of x[s:s + length] for each s (may run off either end)."""
    n = len(cumulative) - 1
    lo = np.clip(starts, 0, n)
    hi = np.clip(starts + length, 0, n)
    return cumulative[hi] - cumulative[lo]


def score_curve(x, cumulative, template, pad):
    """Normalised cross-correlation of the template padded with `pad`
    silent samples on both sides, indexed by where the template itself
    would start."""
    length = len(template)
    norm = np.linalg.norm(template)
    c = correlate(x, template)
    starts = np.arange(len(x)) - pad
    energy = window_energy(cumulative, starts, length + 2 * pad)
    floor = (length + 2 * pad) * SILENCE_RMS ** 2
    return c / (norm * np.sqrt(np.maximum(energy, floor)))


def candidates_of(score, length, threshold, cluster_gap):
    """One (index, score) per region above the threshold, then non-maximum
    suppression over the template length: the strongest peak wins."""
    above = np.flatnonzero(score > threshold)
    if len(above) == 0:
        return []
    breaks = np.flatnonzero(np.diff(above) > cluster_gap) + 1
    peaks = []
    for group in np.split(above, breaks):
        best = group[np.argmax(score[group])]
        peaks.append((int(best), float(score[best])))
    peaks.sort(key=lambda p: -p[1])
    kept = []
    kept_at = []
    for index, value in peaks:
        if all(abs(index - other) >= length for other in kept_at):
            kept.append((index, value))
            kept_at.append(index)
    return kept


def head_of(template, share=HEAD_ENERGY):
    """The start of the template that holds `share` of its energy."""
    energy = np.cumsum(template * template)
    return template[:int(np.searchsorted(energy, share * energy[-1])) + 1]


def shifted(template, delta):
    """The template delayed by delta samples (|delta| <= 1), one sample
    longer, by a phase ramp."""
    n = 1 << int(np.ceil(np.log2(len(template) + 4)))
    spectrum = np.fft.rfft(template, n)
    spectrum *= np.exp(-2j * np.pi * np.arange(len(spectrum)) * delta / n)
    return np.fft.irfft(spectrum, n)[:len(template) + 1]


class Detection:
    __slots__ = ("name", "time", "score", "gain", "guided")

    def __init__(self, name, time, score, gain, guided=False):
        self.name = name
        self.time = time      # onset, seconds from the start of the recording
        self.score = score
        self.gain = gain      # the recording's level relative to the template
        self.guided = guided  # found by looking where the plan puts it

    def __repr__(self):
        return "%s@%.4fs(score %.2f%s)" % (self.name, self.time, self.score,
                                          ", guided" if self.guided else "")


def best_lag(residual, head, lo, hi, pad):
    """(score, onset, sub-sample delta) of the best-scoring onset in
    [lo, hi] for the head, scored on the residual as in score_curve."""
    n = len(residual)
    length = len(head)
    lo = max(0, lo)
    hi = max(lo, min(n - 1, hi))
    segment = residual[lo:hi + length]
    if len(segment) < hi - lo + length:
        segment = np.concatenate([segment, np.zeros(hi - lo + length - len(segment))])
    if (hi - lo + 1) * length > 4_000_000:
        local_c = correlate(segment, head)[:hi - lo + 1]
    else:
        local_c = np.correlate(segment, head, mode="valid")
    lags = np.arange(lo, lo + len(local_c))
    # Energy of each padded window, straight from the residual.
    window_lo = np.clip(lags - pad, 0, n)
    window_hi = np.clip(lags + length + pad, 0, n)
    cumulative = np.concatenate([[0.0], np.cumsum(residual[window_lo[0]:window_hi[-1]] ** 2)])
    energy = cumulative[window_hi - window_lo[0]] - cumulative[window_lo - window_lo[0]]
    floor = (length + 2 * pad) * SILENCE_RMS ** 2
    local_score = local_c / (np.linalg.norm(head) * np.sqrt(np.maximum(energy, floor)))
    best = int(np.argmax(local_score))
    # Sub-sample lag from a parabola through the correlation's peak.
    delta = 0.0
    if 0 < best < len(local_c) - 1:
        a, b, c = local_c[best - 1], local_c[best], local_c[best + 1]
        denominator = a - 2 * b + c
        if denominator < 0:
            delta = float(np.clip(0.5 * (a - c) / denominator, -0.5, 0.5))
    return float(local_score[best]), int(lags[best]), delta


def fitted_gain(residual, template, head_length, onset, delta):
    """(gain, model): the template at the lag, and its level in the
    residual measured over the head alone, where the tone stands out."""
    model = shifted(template, delta)
    end = min(len(residual), onset + len(model))
    model = model[:end - onset]
    fit = min(len(model), head_length)
    gain = float(np.dot(residual[onset:onset + fit], model[:fit])
                 / max(np.dot(model[:fit], model[:fit]), 1e-12))
    return gain, model


def detect_tones(x, templates, rate=RATE, candidate_score=CANDIDATE_SCORE,
                 detect_score=DETECT_SCORE):
    """(detections sorted by time, residual): every tone heard in x, and x
    with each of them subtracted at its best scale and sub-sample lag."""
    x = np.asarray(x, dtype=np.float64)
    pad = int(round(SCORE_PAD_S * rate))
    cumulative = np.concatenate([[0.0], np.cumsum(x * x)])
    heads = {name: head_of(template) for name, template in templates.items()}
    pool = []
    for name, template in templates.items():
        score = score_curve(x, cumulative, heads[name], pad)
        for index, value in candidates_of(score, len(template), candidate_score,
                                          cluster_gap=int(0.01 * rate)):
            pool.append((value, name, index))
    pool.sort(key=lambda c: -c[0])

    residual = x.copy()
    radius = int(round(CONFIRM_RADIUS_S * rate))
    detections = []
    for _, name, index in pool:
        head = heads[name]
        score, onset, delta = best_lag(residual, head, index - radius, index + radius, pad)
        if score < detect_score:
            continue
        gain, model = fitted_gain(residual, templates[name], len(head), onset, delta)
        if gain < MIN_TONE_GAIN:
            continue
        residual[onset:onset + len(model)] -= gain * model
        detections.append(Detection(name, (onset + delta) / rate, score, gain))
    detections.sort(key=lambda d: d.time)
    return detections, residual


def look_for(residual, templates, name, expected_s, reference_gain, rate=RATE):
    """A second look for a planned tone the first pass missed, where the
    plan puts it (within GUIDED_RADIUS_S). Quiet tones under loud speech
    (a breath tone at -20 dBFS under a voice near full scale) score below
    DETECT_SCORE; knowing where to look and how loud this recording's tones
    are lets a lower score count: the tone must score GUIDED_SCORE and come
    within GUIDED_GAIN_RATIO of the level of the tones heard clearly. Speech
    alone reaches 0.41 somewhere in 37 s, but not also at the planned lag
    with the tones' level; a missing tone under loud speech is still missed
    (the self-test checks both). Found tones are subtracted from the
    residual."""
    template = templates[name]
    head = head_of(template)
    pad = int(round(SCORE_PAD_S * rate))
    radius = int(round(GUIDED_RADIUS_S * rate))
    centre = int(round(expected_s * rate))
    score, onset, delta = best_lag(residual, head, centre - radius, centre + radius, pad)
    if score < GUIDED_SCORE:
        return None
    gain, model = fitted_gain(residual, template, len(head), onset, delta)
    if reference_gain is None or not (
            reference_gain / GUIDED_GAIN_RATIO <= gain <= reference_gain * GUIDED_GAIN_RATIO):
        return None
    residual[onset:onset + len(model)] -= gain * model
    return Detection(name, (onset + delta) / rate, score, gain, guided=True)


def band_limited(x, band=SPEECH_BAND_HZ, rate=RATE, edge_hz=40.0):
    """x filtered to the band by a raised-cosine mask in the frequency domain."""
    n = len(x)
    nfft = ((n + 65535) // 65536) * 65536
    spectrum = np.fft.rfft(x, nfft)
    f = np.fft.rfftfreq(nfft, 1.0 / rate)
    low, high = band
    mask = np.ones_like(f)
    rise = (f - (low - edge_hz)) / edge_hz
    mask = np.where(f < low, 0.5 - 0.5 * np.cos(np.pi * np.clip(rise, 0, 1)), mask)
    fall = (f - high) / edge_hz
    mask = np.where(f > high, 0.5 + 0.5 * np.cos(np.pi * np.clip(fall, 0, 1)), mask)
    return np.fft.irfft(spectrum * mask, nfft)[:n]


def frame_rms(x, rate=RATE, frame_s=FRAME_S):
    """RMS of consecutive frames (hop = half a frame), and the frames' start
    times in seconds."""
    frame = int(round(frame_s * rate))
    hop = frame // 2
    cumulative = np.concatenate([[0.0], np.cumsum(x * x)])
    starts = np.arange(0, max(1, len(x) - frame + 1), hop)
    energy = cumulative[np.minimum(starts + frame, len(x))] - cumulative[starts]
    return np.sqrt(np.maximum(energy, 0) / frame), starts / rate


def max_in(levels, times, start, end, frame_s=FRAME_S):
    """Loudest frame lying inside [start, end] seconds (0 if none)."""
    lo = np.searchsorted(times, start, side="left")
    hi = np.searchsorted(times, end - frame_s, side="right")
    if hi <= lo:
        return 0.0, 0.0
    part = levels[lo:hi]
    return float(part.max()), float(np.mean(part > 10 ** (SPEECH_HEARD_DBFS / 20)))


# --------------------------------------------------------------- the trace

def read_trace(path):
    """The JSON lines of LIMBER_SOUND_TRACE (a half-written last line is
    left out)."""
    events = []
    if not os.path.exists(path):
        return events
    with open(path, encoding="utf-8") as trace:
        for line in trace:
            if not line.endswith("\n"):
                break
            line = line.strip()
            if line:
                events.append(json.loads(line))
    return events


def sessions_in(events):
    """{session number: {"plan": [...], "finished": reason or None,
    "idle": bool}} in the order the sessions started."""
    sessions = {}
    for event in events:
        number = event.get("session")
        kind = event.get("event")
        if kind == "plan":
            sessions[number] = {"plan": event.get("sounds", []),
                                "dropped": event.get("dropped", []),
                                "finished": None, "idle": False}
        elif number in sessions and kind == "finished":
            sessions[number]["finished"] = event.get("reason")
        elif number in sessions and kind == "idle":
            sessions[number]["idle"] = True
    return sessions


def as_followed(events):
    """The trace with each session's plan replaced by what was handed to the
    mixer ("queued" events), at the moments it was asked for: after skips
    the plan's own times no longer say when a sound is heard. A sound queued
    again for the same moment (taken back and handed over anew when the time
    base changed) counts once."""
    planned_at = {e.get("session"): e.get("trace_ms", 0)
                  for e in events if e.get("event") == "plan"}
    followed = {}
    for event in events:
        if event.get("event") != "queued" or event.get("session") not in planned_at:
            continue
        sound = {k: v for k, v in event.items() if k not in ("event", "session", "starts_ms")}
        sound["at_ms"] = event["starts_ms"] - planned_at[event["session"]]
        key = (event.get("kind"), event.get("tone", event.get("text")), event["at_ms"])
        followed.setdefault(event["session"], {})[key] = sound
    result = []
    for event in events:
        if event.get("event") == "plan":
            sounds = sorted(followed.get(event["session"], {}).values(),
                            key=lambda s: s["at_ms"])
            event = dict(event, sounds=sounds)
        result.append(event)
    return result


def planned_tones(plan):
    tones = [s for s in plan if s.get("kind") == "tone"]
    return sorted(tones, key=lambda s: s["at_ms"])


def planned_speech(plan):
    return sorted((s for s in plan if s.get("kind") == "speech"), key=lambda s: s["at_ms"])


def plan_end_s(plan):
    return max((s["at_ms"] + s.get("duration_ms", 0) for s in plan), default=0) / 1000.0


# ------------------------------------------------------------- the checks

def pair_in_order(planned, heard, simultaneous_ms=40.0):
    """Pairs (planned tone, heard Detection) when the names agree in order;
    tones planned within simultaneous_ms of each other may be heard in
    either order. Returns (pairs, None) or (None, index of the first
    difference)."""
    if len(planned) != len(heard):
        return None, None
    pairs = []
    i = 0
    while i < len(planned):
        j = i + 1
        while j < len(planned) and planned[j]["at_ms"] - planned[j - 1]["at_ms"] <= simultaneous_ms:
            j += 1
        group_plan = sorted(planned[i:j], key=lambda s: s["tone"])
        group_heard = sorted(heard[i:j], key=lambda d: d.name)
        if [s["tone"] for s in group_plan] != [d.name for d in group_heard]:
            return None, i
        pairs.extend(zip(group_plan, group_heard))
        i = j
    pairs.sort(key=lambda p: p[0]["at_ms"])
    return pairs, None


def match_nearby(planned, heard, offset, tolerance_s=0.25):
    """When the tones heard are not the tones planned: (offset, pairs,
    lines). Each planned tone is paired with the nearest unpaired heard tone
    of its name within tolerance_s of where the offset puts it; the offset
    is then refined to the median of the pairs; lines say which planned
    tones were not heard and which heard tones were not planned."""
    used = set()
    pairs = []
    missing = []
    for s in planned:
        want = s["at_ms"] / 1000.0 + offset
        near = [(abs(d.time - want), k) for k, d in enumerate(heard)
                if k not in used and d.name == s["tone"] and abs(d.time - want) <= tolerance_s]
        if near:
            k = min(near)[1]
            used.add(k)
            pairs.append((s, heard[k]))
        else:
            missing.append(s)
    if pairs:
        offset = float(np.median([d.time - s["at_ms"] / 1000.0 for s, d in pairs]))
    lines = []
    for s in missing:
        want = s["at_ms"] / 1000.0 + offset
        close = [d for d in heard if abs(d.time - want) <= 0.5]
        lines.append("planned %s at %.3f s (session time) was not heard%s" % (
            s["tone"], s["at_ms"] / 1000.0,
            "" if not close else "; heard near it: " + ", ".join(
                "%s at %+.0f ms" % (d.name, 1000 * (d.time - want)) for d in close)))
    for k, d in enumerate(heard):
        if k not in used:
            lines.append("heard %s at %.3f s (session time), not planned there (score %.2f)"
                         % (d.name, d.time - offset, d.score))
    return offset, pairs, lines


class SessionResult:
    def __init__(self, number):
        self.number = number
        self.failures = []
        self.planned = 0
        self.heard = 0
        self.offset = None
        self.errors_ms = []          # (planned time s, tone, error ms)
        self.speech = []             # (text, planned s, loudest dBFS, active fraction)
        self.ticks = []              # (planned s, loudest non-tone dBFS in the window)
        self.overlap_limit_dbfs = None
        self.second_look = 0         # tones found only where the plan puts them
        self.dropped = []            # what the planner left out, and why


def check_session(number, session, detections, levels, frame_times, expect_tones,
                  rough_start, templates, speech_reference, onset_limit_ms=ONSET_TOLERANCE_MS):
    result = SessionResult(number)
    plan = session["plan"]
    tones = planned_tones(plan)
    speech = planned_speech(plan)
    result.planned = len(tones)
    result.heard = len(detections)
    result.second_look = sum(1 for d in detections if d.guided)
    dropped = {}
    for d in session.get("dropped", []):
        what = "%s %r (%s)" % (d.get("kind"), d.get("what"), d.get("reason"))
        dropped[what] = dropped.get(what, 0) + 1
    result.dropped = [what + (" x%d" % count if count > 1 else "")
                      for what, count in dropped.items()]

    if session.get("finished") != "completed":
        result.failures.append("session %d: the trace says it finished with %r, not "
                               "\"completed\"" % (number, session.get("finished")))
    unknown = sorted({s["tone"] for s in tones} - set(templates))
    if unknown:
        result.failures.append("session %d plans tones with no WAV file: %s"
                               % (number, ", ".join(unknown)))

    # 1. The same tones, in the same order, as many as counted by hand.
    if expect_tones is not None and len(tones) != expect_tones:
        result.failures.append("session %d plans %d tones, the routine needs %d"
                               % (number, len(tones), expect_tones))
    pairs, first_difference = pair_in_order(tones, detections)
    if pairs is None:
        what = ("%d tones planned, %d heard" % (len(tones), len(detections))
                if first_difference is None else
                "the tones differ from tone %d on" % (first_difference + 1))
        result.failures.append("session %d: the tones heard are not the tones planned (%s)"
                               % (number, what))
        # Onsets are still measured for the tones that can be paired.
        offset, pairs, lines = match_nearby(tones, detections, rough_start)
        for line in lines:
            result.failures.append("  " + line)
    else:
        # 2. Every tone on time, against one constant offset for the session.
        differences = np.array([d.time - s["at_ms"] / 1000.0 for s, d in pairs])
        offset = float(np.median(differences)) if len(differences) else rough_start
    result.offset = offset
    for s, d in pairs:
        error = 1000.0 * (d.time - s["at_ms"] / 1000.0 - offset)
        result.errors_ms.append((s["at_ms"] / 1000.0, s["tone"], error))
        if abs(error) > onset_limit_ms:
            result.failures.append(
                "session %d: %s planned at %.3f s was heard %+.1f ms off (limit %.0f ms)"
                % (number, s["tone"], s["at_ms"] / 1000.0, error, onset_limit_ms))

    # 3. Every utterance heard.
    for s in speech:
        start = s["at_ms"] / 1000.0 + offset
        end = start + s.get("duration_ms", 0) / 1000.0
        loudest, active = max_in(levels, frame_times, start - 0.05, end + 0.1)
        result.speech.append((s.get("text", ""), s["at_ms"] / 1000.0, dbfs(loudest), active))
        if dbfs(loudest) < SPEECH_HEARD_DBFS:
            result.failures.append(
                "session %d: speech %r planned at %.3f s was not heard (loudest %.1f dBFS, "
                "needs %.0f)" % (number, s.get("text", ""), s["at_ms"] / 1000.0,
                                 dbfs(loudest), SPEECH_HEARD_DBFS))

    # 4. No speech over a tick: in the plan ...
    tick_s = len(templates.get(TICK, [])) / RATE
    ticks = [s for s in tones if s["tone"] == TICK]
    for tick in ticks:
        t0 = tick["at_ms"] / 1000.0
        t1 = t0 + tick_s
        for s in speech:
            s0 = s["at_ms"] / 1000.0
            s1 = s0 + s.get("duration_ms", 0) / 1000.0
            if s0 < t1 and t0 < s1:
                result.failures.append(
                    "session %d: the plan puts speech %r (%.3f-%.3f s) over the tick at %.3f s"
                    % (number, s.get("text", ""), s0, s1, t0))
    # ... and at the speaker: in each tick's window, what is left once the
    # tones are subtracted must stay near silence in the speech band. The
    # limit sits well below this recording's own speech and under a fixed
    # ceiling, so a quiet tail of a word is caught as well as a whole one.
    limit = OVERLAP_CEILING_DBFS
    if speech_reference is not None:
        limit = min(limit, dbfs(speech_reference) - OVERLAP_BELOW_SPEECH_DB)
    result.overlap_limit_dbfs = limit
    for tick in ticks:
        start = tick["at_ms"] / 1000.0 + offset
        loudest, _ = max_in(levels, frame_times, start, start + tick_s)
        result.ticks.append((tick["at_ms"] / 1000.0, dbfs(loudest)))
        if dbfs(loudest) > limit:
            result.failures.append(
                "session %d: something besides the tick is heard with the tick at %.3f s "
                "(%.1f dBFS in %d-%d Hz, limit %.1f dBFS): speech over a tick?"
                % (number, tick["at_ms"] / 1000.0, dbfs(loudest), SPEECH_BAND_HZ[0],
                   SPEECH_BAND_HZ[1], limit))
    return result


def register(tones, detections, mark, reach_s, tolerance_s=0.05, first=5):
    """Where session time 0 lies in the recording: the offset within
    reach_s of `mark` at which the most planned tones meet a heard tone of
    the same name (within tolerance_s), the nearest to the mark among
    equals. Candidates come from pairing each of the first few planned
    tones with every heard tone of its name, so a missing or late first
    tone does not throw it off; the reach keeps it off the other sessions
    of the same routine."""
    by_name = {}
    for d in detections:
        by_name.setdefault(d.name, []).append(d.time)
    by_name = {name: np.array(sorted(times)) for name, times in by_name.items()}
    plan = [(s["tone"], s["at_ms"] / 1000.0) for s in tones if s["tone"] in by_name]
    if not plan:
        return mark, 0
    candidates = {round(t - at, 4) for name, at in plan[:first] for t in by_name[name]
                  if abs(t - at - mark) <= reach_s}
    best = (0, -np.inf, mark)
    for offset in candidates:
        matched = 0
        for name, times in by_name.items():
            want = np.array([at + offset for n, at in plan if n == name])
            if len(want) == 0:
                continue
            right = np.clip(np.searchsorted(times, want), 0, len(times) - 1)
            left = np.clip(right - 1, 0, len(times) - 1)
            nearest = np.minimum(np.abs(times[right] - want), np.abs(times[left] - want))
            matched += int(np.sum(nearest <= tolerance_s))
        key = (matched, -abs(offset - mark), offset)
        if key > best:
            best = key
    return best[2], best[0]


def session_windows(session_list, rough_starts, margin_s=1.0):
    """[lo, hi) in recording seconds for each session: its planned span with
    a margin, cut halfway where two would meet."""
    spans = [(start, start + plan_end_s(s["plan"])) for s, start in zip(session_list, rough_starts)]
    windows = []
    for i, (start, end) in enumerate(spans):
        lo = start - margin_s
        hi = end + margin_s
        if i > 0:
            lo = max(lo, (spans[i - 1][1] + start) / 2)
        if i + 1 < len(spans):
            hi = min(hi, (end + spans[i + 1][0]) / 2)
        windows.append((lo, hi))
    return windows


class Report:
    def __init__(self):
        self.sessions = []
        self.failures = []
        self.detections = []
        self.trace_events = []

    @property
    def ok(self):
        return not self.failures and all(not s.failures for s in self.sessions)

    def all_errors_ms(self):
        return [e for s in self.sessions for e in s.errors_ms]


def analyse(recording, templates, trace_events, rough_starts, expect_tones=None,
            expected_sessions=None, rate=RATE, onset_limit_ms=ONSET_TOLERANCE_MS):
    """Checks a recording against the trace. rough_starts: for each session
    in order, roughly (within a few hundred ms) where in the recording, in
    seconds, its session time 0 lies."""
    report = Report()
    report.trace_events = list(trace_events)
    sessions = sessions_in(trace_events)
    numbers = list(sessions)
    if expected_sessions is not None and len(numbers) != expected_sessions:
        report.failures.append("the trace has %d session plans, expected %d"
                               % (len(numbers), expected_sessions))
    if not numbers:
        report.failures.append("the trace has no session plan")
        return report
    if len(rough_starts) < len(numbers):
        report.failures.append("no start mark for %d of the sessions"
                               % (len(numbers) - len(rough_starts)))
        numbers = numbers[:len(rough_starts)]

    detections, residual = detect_tones(recording, templates, rate)

    session_list = [sessions[n] for n in numbers]
    # The marks say roughly where each session starts; the tones heard say
    # exactly (when enough of them are there).
    starts = []
    for i, (session, mark) in enumerate(zip(session_list, rough_starts)):
        reach = REGISTER_REACH_S
        for j in (i - 1, i + 1):
            if 0 <= j < len(rough_starts):
                reach = min(reach, abs(rough_starts[j] - mark) / 2)
        tones = planned_tones(session["plan"])
        offset, matched = register(tones, detections, mark, reach)
        starts.append(offset if matched >= max(1, len(tones) // 2) else mark)
    rough_starts = starts

    # A second look where the plan puts a tone that the first pass missed.
    gains = {}
    for d in detections:
        gains.setdefault(d.name, []).append(d.gain)
    overall = float(np.median([d.gain for d in detections])) if detections else None
    for session, start in zip(session_list, rough_starts):
        for s in planned_tones(session["plan"]):
            if s["tone"] not in templates:
                continue
            expected = start + s["at_ms"] / 1000.0
            if any(d.name == s["tone"] and abs(d.time - expected) <= GUIDED_RADIUS_S
                   for d in detections):
                continue
            own = gains.get(s["tone"], [])
            reference = float(np.median(own)) if len(own) >= 3 else overall
            found = look_for(residual, templates, s["tone"], expected, reference, rate)
            if found is not None:
                detections.append(found)
    detections.sort(key=lambda d: d.time)
    report.detections = detections
    levels, frame_times = frame_rms(band_limited(residual, rate=rate), rate)

    windows = session_windows(session_list, rough_starts)
    claimed = set()
    per_session = []
    for (lo, hi) in windows:
        mine = [d for d in detections if lo <= d.time < hi]
        claimed.update(id(d) for d in mine)
        per_session.append(mine)
    for d in detections:
        if id(d) not in claimed:
            report.failures.append("%s heard at %.3f s of the recording, outside every session"
                                   % (d.name, d.time))

    # The loudness of this recording's speech, for the overlap limit: the
    # median of each utterance's loudest frame, where the plan puts it.
    loudest = []
    for session, start in zip(session_list, rough_starts):
        for s in planned_speech(session["plan"]):
            t0 = start + s["at_ms"] / 1000.0
            value, _ = max_in(levels, frame_times, t0 - 0.3,
                              t0 + s.get("duration_ms", 0) / 1000.0 + 0.3)
            if value > 10 ** (SPEECH_HEARD_DBFS / 20):
                loudest.append(value)
    speech_reference = float(np.median(loudest)) if loudest else None

    for number, session, mine, start in zip(numbers, session_list, per_session, rough_starts):
        report.sessions.append(check_session(number, session, mine, levels, frame_times,
                                             expect_tones, start, templates,
                                             speech_reference, onset_limit_ms))
    return report


def summarise(report, out=sys.stdout):
    """Prints one line per session and the verdict; returns the exit status."""
    for s in report.sessions:
        errors = [abs(e[2]) for e in s.errors_ms]
        ticks = [t[1] for t in s.ticks]
        speech = [sp[2] for sp in s.speech]
        if speech:
            said = "speech heard %d of %d (quietest %.1f dBFS)" % (
                sum(1 for v in speech if v >= SPEECH_HEARD_DBFS), len(speech), min(speech))
        else:
            said = "no speech planned"
        print("session %d: tones planned %d, heard %d%s; |onset error| median %s, max %s; "
              "%s; loudest non-tone sound in a tick window %s (limit %s)"
              % (s.number, s.planned, s.heard,
                 " (%d on a second look)" % s.second_look if s.second_look else "",
                 "%.1f ms" % np.median(errors) if errors else "-",
                 "%.1f ms" % max(errors) if errors else "-", said,
                 "%.1f dBFS" % max(ticks) if ticks else "-",
                 "%.1f dBFS" % s.overlap_limit_dbfs if s.overlap_limit_dbfs is not None
                 else "-"), file=out)
        if s.dropped:
            print("  the planner left out: " + "; ".join(s.dropped), file=out)
    out.flush()
    problems = list(report.failures)
    for s in report.sessions:
        problems.extend(s.failures)
    if problems:
        for line in problems:
            print("FAIL: " + line, file=sys.stderr)
        print("FAIL: %d problem(s); see above" % len([p for p in problems
                                                      if not p.startswith("  ")]),
              file=sys.stderr)
        return 1
    errors = [abs(e[2]) for e in report.all_errors_ms()]
    print("ok: %d session(s), %d tones heard as planned, |onset error| median %.1f ms, "
          "max %.1f ms; every utterance heard; no speech over a tick"
          % (len(report.sessions), sum(s.heard for s in report.sessions),
             np.median(errors) if errors else 0.0, max(errors) if errors else 0.0), file=out)
    return 0


def report_json(report):
    """What the benchmark and --report write: plain numbers per session."""
    out = {"ok": report.ok, "failures": list(report.failures), "sessions": []}
    for s in report.sessions:
        out["sessions"].append({
            "session": s.number, "planned": s.planned, "heard": s.heard,
            "offset_s": s.offset, "failures": s.failures,
            "errors_ms": [{"at_s": e[0], "tone": e[1], "error_ms": e[2]} for e in s.errors_ms],
            "speech": [{"text": sp[0], "at_s": sp[1], "loudest_dbfs": sp[2],
                        "active": sp[3]} for sp in s.speech],
            "ticks": [{"at_s": t[0], "loudest_dbfs": t[1]} for t in s.ticks],
            "overlap_limit_dbfs": s.overlap_limit_dbfs,
            "second_look": s.second_look, "dropped_by_planner": s.dropped,
        })
    return out


# ----------------------------------------------------- running the program

class Processes:
    """The child processes started here, ended in reverse order (each by
    its own signal, then SIGKILL if it lingers)."""

    def __init__(self):
        self.items = []

    def add(self, process, stop=signal.SIGTERM):
        self.items.append((process, stop))
        return process

    def close(self):
        while self.items:
            process, stop = self.items.pop()
            if process.poll() is None:
                try:
                    process.send_signal(stop)
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def start_xvfb(processes):
    """An X server of its own (run_app.py's), ended with the other processes."""
    xvfb, display = run_app.start_xvfb()
    processes.add(xvfb)
    return display


# The same window search as the other whole-program tests.
find_window = run_app.find_window


def start_pulseaudio(processes, work):
    """A private PulseAudio server: one null sink "rec", the native protocol
    on a socket in a runtime folder of its own (made on the first call; a
    second call in the same work folder starts a server at the same address,
    as when a sound server is restarted). Returns the environment clients
    need to reach it (and only it)."""
    runtime = os.path.join(work, "runtime")
    os.makedirs(runtime, 0o700, exist_ok=True)
    home = os.path.join(work, "pulse-home")
    os.makedirs(home, 0o700, exist_ok=True)
    client_conf = os.path.join(work, "client.conf")
    with open(client_conf, "w") as conf:
        conf.write("autospawn = no\n")
    socket = os.path.join(runtime, "pulse", "native")
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime, PULSE_SERVER="unix:" + socket,
               PULSE_CLIENTCONFIG=client_conf)
    env.pop("PULSE_SINK", None)
    env.pop("PULSE_SOURCE", None)
    # The server keeps its cookie and state in its own home, not the user's;
    # anonymous access on the socket spares clients the cookie.
    # norewinds=1: a new stream joining a running sink makes PulseAudio
    # rewind and re-render audio the sink has already handed to its monitor,
    # and the monitor then loses or shifts up to the sink's latency of sound
    # at each stream start (a tone at a stream's first sample came out 27-100
    # ms off its own stream's later tones; one was 0.9 s off). Without
    # rewinds the monitor holds exactly what the sink played; the sink plays
    # only 10 ms ahead (the filler stream asks for that), so a new stream
    # still starts within about 10 ms, as on a low-latency sound card.
    server_env = dict(env, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                      XDG_STATE_HOME=os.path.join(home, ".state"))
    log = open(os.path.join(work, "pulseaudio.log"), "w")
    server = processes.add(subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
         "--use-pid-file=no", "--log-target=stderr",
         "--load=module-null-sink sink_name=rec rate=%d norewinds=1" % RATE,
         "--load=module-native-protocol-unix auth-anonymous=1"],
        env=server_env, stdout=log, stderr=log, start_new_session=True))
    log.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if server.poll() is not None:
            with open(os.path.join(work, "pulseaudio.log")) as text:
                fail("pulseaudio exited with status %d:\n%s" % (server.returncode, text.read()))
        info = subprocess.run(["pactl", "info"], env=env, capture_output=True, text=True)
        if info.returncode == 0 and "Default Sink: rec" in info.stdout:
            return env
        time.sleep(0.1)
    fail("the private PulseAudio server did not answer within 15 s")


class Recorder:
    """parec on the null sink's monitor into a raw file, with the sink kept
    busy so the monitor delivers a continuous stream from the start."""

    def __init__(self, processes, env, path):
        self.path = path
        with open("/dev/zero", "rb") as zeros:
            self.filler = processes.add(subprocess.Popen(
                ["pacat", "--playback", "-d", "rec", "--raw", "--format=s16le",
                 "--rate=%d" % RATE, "--channels=1", "--latency-msec=10"],
                env=env, stdin=zeros, stderr=subprocess.DEVNULL))
        self.output = open(path, "wb")
        self.parec = processes.add(subprocess.Popen(
            ["parec", "-d", "rec.monitor", "--raw", "--format=s16le", "--rate=%d" % RATE,
             "--channels=1", "--latency-msec=50"],
            env=env, stdout=self.output, stderr=subprocess.DEVNULL), stop=signal.SIGINT)
        deadline = time.monotonic() + 10
        while self.seconds() < 0.2:
            if self.parec.poll() is not None:
                fail("parec exited with status %d" % self.parec.returncode)
            if time.monotonic() > deadline:
                fail("nothing recorded from rec.monitor within 10 s")
            time.sleep(0.02)

    def seconds(self):
        """How much has been recorded, in seconds of audio."""
        return os.path.getsize(self.path) / 2.0 / RATE

    def stop(self):
        if self.parec.poll() is None:
            self.parec.send_signal(signal.SIGINT)
            try:
                self.parec.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.parec.kill()
                self.parec.wait()
        self.output.close()
        if self.filler.poll() is None:
            self.filler.terminate()
            self.filler.wait()


class TraceFollower:
    """Reads the trace as the program appends to it, and notes how much had
    been recorded when each session's plan appeared: the plan is written at
    session time 0, so that is where the session starts in the recording,
    give or take the polling interval and parec's latency."""

    def __init__(self, path, recorder):
        self.path = path
        self.recorder = recorder
        self.events = []
        self.plan_marks = {}
        self.offset = 0
        self.partial = ""

    def poll(self):
        if not os.path.exists(self.path):
            return
        with open(self.path, encoding="utf-8") as trace:
            trace.seek(self.offset)
            chunk = trace.read()
            self.offset = trace.tell()
        recorded = self.recorder.seconds()
        text = self.partial + chunk
        lines = text.split("\n")
        self.partial = lines.pop()
        for line in lines:
            if not line.strip():
                continue
            event = json.loads(line)
            self.events.append(event)
            if event.get("event") == "plan":
                self.plan_marks[event.get("session")] = recorded

    def wait_for(self, predicate, timeout, app):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if predicate():
                return True
            if app.poll() is not None:
                fail("limber exited early with status %d" % app.returncode)
            time.sleep(0.02)
        self.poll()
        return predicate()

    def session(self, index):
        """The index-th (0-based) session's events, or None."""
        numbers = [e.get("session") for e in self.events if e.get("event") == "plan"]
        if index >= len(numbers):
            return None
        return sessions_in(self.events)[numbers[index]]


def write_settings(data_dir, voice, breath_tones, language=None):
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")
        if language:
            ini.write("[interface]\nlanguage=%s\n" % language)
        ini.write("[audio]\ntones=true\nvoice=%s\nvolume=1.0\n" % ("true" if voice else "false"))
        ini.write("[breathing]\ntones=%s\n" % ("true" if breath_tones else "false"))


def install_as_default(routine_path, data_dir):
    """The routine, marked as the default, in the data folder's own content:
    the start page's Start button begins it again after the first session."""
    with open(routine_path, encoding="utf-8") as source:
        routine = json.load(source)
    routine["default"] = True
    folder = os.path.join(data_dir, "content", "routines")
    os.makedirs(folder)
    with open(os.path.join(folder, os.path.basename(routine_path)), "w") as out:
        json.dump(routine, out, indent=2)


def quit_cleanly(env, window, app):
    """Ctrl+Q on the window; limber must exit with status 0."""
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
    run_app.quit_by_keyboard(env, app)


def press(env, window, *keys):
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env, check=True)
        time.sleep(0.4)


def queued_tones(follower, index):
    """How many distinct tones the index-th session has handed to the mixer."""
    numbers = [e.get("session") for e in follower.events if e.get("event") == "plan"]
    if index >= len(numbers):
        return 0
    return len({(e.get("tone"), e.get("starts_ms")) for e in follower.events
                if e.get("event") == "queued" and e.get("kind") == "tone"
                and e.get("session") == numbers[index]})


def skip_to_the_end(env, window, app, follower, index, every_s):
    """Right (skip) every every_s seconds until the session has finished.
    Before each press the phase's own tone has been handed to the mixer, and
    the seconds are counted from then: a program slowed down (a sanitizer, a
    busy machine) could otherwise take a press before the phase's tone, or two
    presses at once, and either way rightly play one tone fewer."""
    for skips in range(100):
        finished = lambda: follower.session(index)["finished"]  # noqa: E731
        if not follower.wait_for(lambda: finished() or queued_tones(follower, index) > skips,
                                 30, app):
            fail("session %d: the tone of phase %d was not handed to the mixer within 30 s"
                 % (index + 1, skips + 1))
        if follower.wait_for(finished, every_s, app):
            return
        press(env, window, "Right")
    fail("session %d did not finish after 100 skips" % (index + 1))


class HistoryLock:
    """Another program holding the history's write lock (BEGIN EXCLUSIVE)
    for a while, on a thread of this script."""

    def __init__(self, path, start_s, seconds):
        self.path = path
        self.start_s = start_s
        self.seconds = seconds
        self.problem = None
        self.held = False
        self.thread = threading.Thread(target=self.run, daemon=True)

    def begin(self):
        self.thread.start()

    def run(self):
        time.sleep(self.start_s)
        try:
            db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            db.execute("BEGIN EXCLUSIVE")
            self.held = True
            print("history locked by another program for %.1f s" % self.seconds, flush=True)
            time.sleep(self.seconds)
            db.execute("COMMIT")
            db.close()
            print("history lock released", flush=True)
        except sqlite3.Error as error:
            self.problem = str(error)

    def finish(self):
        self.thread.join(self.start_s + self.seconds + 10)
        if self.problem or not self.held:
            fail("could not hold the history's lock: %s" % (self.problem or "never taken"))


def holds_in(data_dir):
    db = sqlite3.connect("file:%s?mode=ro" % os.path.join(data_dir, "history.db"), uri=True)
    try:
        return db.execute("SELECT count(*) FROM holds").fetchone()[0]
    finally:
        db.close()


def run_program(args, work):
    """Runs the sessions and returns (recording path, trace events, rough
    session starts in recording seconds)."""
    processes = Processes()
    try:
        pulse_env = start_pulseaudio(processes, work)
        recording = os.path.join(work, "recording.raw")
        trace_path = os.path.join(work, "trace.jsonl")
        data_dir = os.path.join(work, "data")
        os.mkdir(data_dir)
        write_settings(data_dir, args.voice == "on", args.breath_tones == "on", args.language)
        install_as_default(args.routine, data_dir)

        recorder = Recorder(processes, pulse_env, recording)
        follower = TraceFollower(trace_path, recorder)
        display = start_xvfb(processes)
        env = dict(pulse_env, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   LIMBER_SOUND_TRACE=trace_path)
        app = processes.add(subprocess.Popen(
            [args.limber, "--data-dir", data_dir, "--start", os.path.abspath(args.routine)],
            env=env), stop=signal.SIGKILL)
        window = find_window(env, "Limber", 30, app)
        if window is None:
            fail("no visible limber window within 30 s")

        for index in range(args.sessions):
            if index > 0:
                # Back to the start page with the end screen's Done (it has
                # the focus; Enter presses it), then Start (Space).
                press(env, window, "Return", "space")
            if not follower.wait_for(lambda: follower.session(index) is not None, 30, app):
                fail("session %d did not start (no plan in the trace within 30 s%s)"
                     % (index + 1, "" if index == 0 else
                        " of pressing Return on the end screen and Space on the start page"))
            plan = follower.session(index)["plan"]
            if index == 0 and args.lock_history:
                lock = HistoryLock(os.path.join(data_dir, "history.db"), *args.lock_history)
                lock.begin()
            if args.skip_every:
                skip_to_the_end(env, window, app, follower, index, args.skip_every)
            limit = plan_end_s(plan) + 30
            if not follower.wait_for(lambda: follower.session(index)["idle"], limit, app):
                session = follower.session(index)
                fail("session %d: no \"idle\" event within %.0f s (finished: %r)"
                     % (index + 1, limit, session["finished"]))
            print("session %d: %d sounds planned, finished (%s), idle"
                  % (index + 1, len(plan), follower.session(index)["finished"]), flush=True)
        # Let the last sound's tail reach the recording.
        time.sleep(1.5)
        if args.lock_history:
            lock.finish()
        quit_cleanly(env, window, app)
        if args.expect_holds is not None:
            found = holds_in(data_dir)
            if found != args.expect_holds:
                fail("%d holds in the history file after quitting, not %d"
                     % (found, args.expect_holds))
            print("%d holds in the history file" % found, flush=True)
        recorder.stop()
        follower.poll()
        numbers = [e.get("session") for e in follower.events if e.get("event") == "plan"]
        starts = [follower.plan_marks[n] for n in numbers]
        return recording, follower.events, starts
    finally:
        processes.close()


def save_marks(folder, starts, expect_tones, sessions, skipped):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "marks.json"), "w") as out:
        json.dump({"rate": RATE, "session_starts_s": starts, "expect_tones": expect_tones,
                   "sessions": sessions, "skipped": skipped}, out, indent=2)


def load_kept(folder):
    with open(os.path.join(folder, "marks.json")) as source:
        marks = json.load(source)
    return (read_raw(os.path.join(folder, "recording.raw")),
            read_trace(os.path.join(folder, "trace.jsonl")), marks)


# -------------------------------------------------------------- self-test

def synthetic_speech(seconds, rate=RATE, seed=1, level=0.25):
    """Speech-like sound without a synthesiser: a voiced buzz (120-160 Hz
    glottal pulses through three moving formants) broken into syllables."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    pitch = 140 + 20 * np.sin(2 * np.pi * 0.7 * t)
    phase = np.cumsum(pitch / rate)
    pulses = np.diff(np.floor(phase), prepend=0.0)
    out = np.zeros(n)
    spectrum_pulses = np.fft.rfft(pulses)
    f = np.fft.rfftfreq(n, 1.0 / rate)
    for centre, width in ((500, 90), (1500, 150), (2500, 200)):
        out += np.fft.irfft(spectrum_pulses / (1 + ((f - centre) / width) ** 2), n)
    syllable = 0.5 - 0.5 * np.cos(2 * np.pi * np.clip(t * 4.0 % 1.0, 0, 1))
    out *= syllable * (0.8 + 0.2 * rng.random())
    return level * out / max(np.abs(out).max(), 1e-9)


def self_test(sounds_dir):
    """The analysis against synthetic recordings whose truth is known: the
    project's tones placed at planned times (each up to 3 ms off, at random),
    speech-like sound where the plan puts speech, faint noise."""
    templates = load_templates(sounds_dir)
    needed = {"phase-start", TICK, "switch-sides", "done", "breathe-in"}
    if not needed <= set(templates):
        fail("the self-test needs %s in %s" % (", ".join(sorted(needed)), sounds_dir))
    speech_s = 1.2
    session_s = 30.0
    first_start = 1.337

    def plan_of(breath):
        """2 holds of 8 s, a 6 s switch, voice on (10 tones; 11 with a
        breath tone under the switch's speech)."""
        plan = []
        for hold_start in (0.0, 14.0):
            plan.append({"kind": "tone", "tone": "phase-start", "at_ms": hold_start * 1000,
                         "duration_ms": 900})
            plan.append({"kind": "speech", "text": "Hold", "at_ms": hold_start * 1000 + 1000,
                         "duration_ms": speech_s * 1000})
            for k in (3, 2, 1):
                plan.append({"kind": "tone", "tone": TICK,
                             "at_ms": (hold_start + 8 - k) * 1000, "duration_ms": 150})
        plan.append({"kind": "tone", "tone": "switch-sides", "at_ms": 8000, "duration_ms": 820})
        plan.append({"kind": "speech", "text": "Switch", "at_ms": 9000,
                     "duration_ms": speech_s * 1000})
        if breath:
            plan.append({"kind": "tone", "tone": "breathe-in", "at_ms": 9200,
                         "duration_ms": 1200})
        plan.append({"kind": "tone", "tone": "done", "at_ms": 22000, "duration_ms": 1300})
        return plan

    def build(sessions=1, shift_ms=None, drop=None, speech_at=None, breath=False,
              between=None, between_gain=1.0):
        plan = plan_of(breath)
        rng = np.random.default_rng(7)
        x = np.zeros(int((first_start + sessions * session_s) * RATE))
        events = []
        marks = []
        for number in range(1, sessions + 1):
            start = first_start + (number - 1) * session_s
            marks.append(start + 0.15)
            events.append({"event": "plan", "session": number, "sounds": plan})
            for i, s in enumerate(plan):
                at = start + s["at_ms"] / 1000.0
                if s["kind"] == "tone":
                    if drop == (number, i):
                        continue
                    if shift_ms is not None and shift_ms[0] == (number, i):
                        at += shift_ms[1] / 1000.0
                    at += rng.uniform(-0.003, 0.003)
                    sound = shifted(templates[s["tone"]], (at * RATE) % 1.0)
                else:
                    # Loud, as a voice at full volume is, when a quiet breath
                    # tone has to be found under it.
                    sound = synthetic_speech(speech_s, seed=i, level=0.8 if breath else 0.25)
                k = int(at * RATE)
                x[k:k + len(sound)] += sound[:len(x) - k]
            events.append({"event": "finished", "session": number, "reason": "completed"})
            events.append({"event": "idle", "session": number})
        if speech_at is not None:
            voice = synthetic_speech(0.6, seed=99)
            k = int((first_start + speech_at) * RATE)
            x[k:k + len(voice)] += voice
        if between is not None:
            sound = templates[between]
            k = int((first_start + 27.0) * RATE)
            x[k:k + len(sound)] += between_gain * sound
        x += rng.normal(0, 10 ** (-80 / 20), len(x))
        return x, events, marks

    tick = 4           # the last tick of the first hold, at 7 s
    breath_tone = 13   # the breath tone under the switch's speech
    cases = [
        ("clean", {}, 10, True),
        ("two sessions", {"sessions": 2}, 10, True),
        ("a tick missing", {"drop": (1, tick)}, 10, False),
        ("a tick missing in session 2", {"sessions": 2, "drop": (2, tick)}, 10, False),
        ("a tick 30 ms late", {"shift_ms": ((1, tick), 30.0)}, 10, False),
        ("a chime 15 ms early (within the limit)", {"shift_ms": ((1, 0), -15.0)}, 10, True),
        ("speech over a tick", {"speech_at": 6.8}, 10, False),
        ("a breath tone under loud speech", {"breath": True}, 11, True),
        ("a breath tone missing under loud speech",
         {"breath": True, "drop": (1, breath_tone)}, 11, False),
        ("a chime between two sessions", {"sessions": 2, "between": "phase-start"}, 10, False),
        # What a chord's subtraction leaves can look like a note of it, far
        # too faint to be heard: not a tone.
        ("a chime's faint leftover between sessions",
         {"sessions": 2, "between": "phase-start", "between_gain": 0.01}, 10, True),
    ]
    bad = []
    for label, options, expect, should_pass in cases:
        x, events, marks = build(**options)
        report = analyse(x, templates, events, marks, expect_tones=expect,
                         expected_sessions=options.get("sessions", 1))
        errors = [abs(e[2]) for e in report.all_errors_ms()]
        problems = report.failures + [f for s in report.sessions for f in s.failures]
        print("self-test %-42s %s; max onset error %s; %s" % (
            label, "passes" if report.ok else "fails",
            "%.2f ms" % max(errors) if errors else "-",
            problems[0] if problems else "no problem found"))
        if report.ok != should_pass:
            bad.append(label)
    if bad:
        fail("the analysis got these synthetic cases wrong: " + ", ".join(bad))
    print("ok: the analysis tells every synthetic case apart")


# ------------------------------------------------------------------- main

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limber")
    parser.add_argument("--routine")
    parser.add_argument("--sounds-dir", required=True)
    parser.add_argument("--voice", choices=("on", "off"), default="off")
    parser.add_argument("--breath-tones", choices=("on", "off"), default="off")
    parser.add_argument("--expect-tones", type=int,
                        help="tones in each session, counted by hand from the routine")
    parser.add_argument("--sessions", type=int, default=1)
    parser.add_argument("--onset-limit-ms", type=float, default=ONSET_TOLERANCE_MS,
                        help="how far from its moment a tone may be heard (default %(default)s)")
    parser.add_argument("--skip-every", type=float, metavar="SECONDS",
                        help="skip (Right) every SECONDS until each session ends; the "
                             "sounds are then checked against what was queued, not the plan")
    parser.add_argument("--lock-history", metavar="START:SECONDS",
                        type=lambda text: tuple(float(part) for part in text.split(":", 1)),
                        help="hold the history's write lock from START s into the first "
                             "session for SECONDS")
    parser.add_argument("--expect-holds", type=int,
                        help="holds in the history file after quitting")
    parser.add_argument("--language", help="the interface language chosen in the settings")
    parser.add_argument("--expect-words", action="append", default=[], metavar="TEXT",
                        help="words some planned utterance of each session says")
    parser.add_argument("--keep", help="folder to keep the recording, trace and marks in")
    parser.add_argument("--report", help="write the measurements as JSON to this file")
    parser.add_argument("--reanalyse", metavar="DIR", help="check a --keep folder again")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args(argv)
    if not (args.self_test or args.reanalyse):
        if not args.limber or not args.routine:
            parser.error("--limber and --routine are needed")
        if args.sessions < 1:
            parser.error("--sessions must be at least 1")
    return args


def check_words(events, expected):
    """Each of expected is said in every session: the words are the
    language's, not English ones that fell through."""
    for number, session in sessions_in(events).items():
        said = [s.get("text", "") for s in planned_speech(session["plan"])]
        for words in expected:
            if not any(words in text for text in said):
                fail("session %s never says %r; it says: %s" % (number, words, " | ".join(said)))


def run(args):
    """Runs the program (or reads a kept folder) and analyses; returns
    (report, rough starts)."""
    templates = load_templates(args.sounds_dir)
    if args.reanalyse:
        recording, events, marks = load_kept(args.reanalyse)
        if marks.get("skipped"):
            events = as_followed(events)
        expect = args.expect_tones if args.expect_tones is not None else marks.get("expect_tones")
        report = analyse(recording, templates, events, marks["session_starts_s"], expect,
                         marks.get("sessions"), onset_limit_ms=args.onset_limit_ms)
        return report, marks["session_starts_s"]

    for tool in ("pulseaudio", "pactl", "parec", "pacat", "Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(tool + " is not installed (tools/dev test installs it)")
    work = tempfile.mkdtemp(prefix="limber-audio-")
    try:
        os.chmod(work, 0o700)
        recording_path, events, starts = run_program(args, work)
        if args.keep:
            save_marks(args.keep, starts, args.expect_tones, args.sessions,
                       bool(args.skip_every))
        recording = read_raw(recording_path)
    finally:
        if args.keep:
            # Kept even when the run failed half-way, to look at.
            os.makedirs(args.keep, exist_ok=True)
            for name in ("recording.raw", "trace.jsonl", "pulseaudio.log"):
                if os.path.exists(os.path.join(work, name)):
                    shutil.copy(os.path.join(work, name), os.path.join(args.keep, name))
        shutil.rmtree(work, ignore_errors=True)
    print("recorded %.1f s" % (len(recording) / RATE), flush=True)
    check_words(events, args.expect_words)
    if args.skip_every:
        events = as_followed(events)
    report = analyse(recording, templates, events, starts, args.expect_tones, args.sessions,
                     onset_limit_ms=args.onset_limit_ms)
    return report, starts


def main(argv=None):
    args = parse_args(argv)
    if args.self_test:
        self_test(args.sounds_dir)
        return 0
    report, _ = run(args)
    if args.report:
        with open(args.report, "w") as out:
            json.dump(report_json(report), out, indent=2)
    return summarise(report)


if __name__ == "__main__":
    sys.exit(main())

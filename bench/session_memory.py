#!/usr/bin/env python3
"""Resident memory of the real program through a real session with sound and
voice (budget: 60 MB).

Starts limber under its own Xvfb and a private PulseAudio server with a null
sink (as the audio tests do), with tones, voice and breathing tones on, runs
`--start ROUTINE` and reads VmRSS and VmHWM from /proc/<pid>/status every
5 s for N seconds (default 600). Prints the samples' median, the last
sample and the peak the kernel kept (VmHWM), and the same for the start page
standing idle before the session, for comparison.

usage: bench/session_memory.py --limber build/release/app/limber
                               [--routine gentle-floor] [--seconds 600]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "tests", "integration"))
from audio_cues import Processes, start_pulseaudio  # noqa: E402
from run_app import fail, find_window, start_xvfb  # noqa: E402


def memory_kib(pid):
    """(VmRSS, VmHWM) in KiB."""
    values = {}
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values["VmRSS"], values["VmHWM"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", default="gentle-floor")
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="limber-memory-")
    processes = Processes()
    try:
        env = start_pulseaudio(processes, work)
        xvfb, display = start_xvfb()
        processes.add(xvfb)
        env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        data_dir = os.path.join(work, "data")
        os.mkdir(data_dir)
        with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
            ini.write("[safety]\nacceptedNoticeVersion=1\n")
            ini.write("[audio]\ntones=true\nvoice=true\nvolume=1.0\n")
            ini.write("[breathing]\ntones=true\n")
        app = processes.add(subprocess.Popen(
            [args.limber, "--data-dir", data_dir, "--start", args.routine], env=env))
        if find_window(env, "Limber", 30, app) is None:
            fail("no limber window within 30 s")
        samples = []
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline:
            if app.poll() is not None:
                fail("limber exited with status %d during the session" % app.returncode)
            samples.append(memory_kib(app.pid))
            time.sleep(5)
        rss = [s[0] for s in samples]
        peak = samples[-1][1]
        print("session of %s, %d s: RSS median %.1f MB, last %.1f MB, peak (VmHWM) %.1f MB"
              % (args.routine, args.seconds, statistics.median(rss) / 1024, rss[-1] / 1024,
                 peak / 1024))
        print("samples (MB): " + " ".join("%.1f" % (r / 1024) for r in rss))
    finally:
        processes.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

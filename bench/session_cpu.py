#!/usr/bin/env python3
"""How much processor time the real program uses while a hold runs.

Starts limber under its own Xvfb with `--start` on a routine of one long
hold (no set-up steps), waits until the hold is under way, then reads the
process's user+system time from /proc/<pid>/stat over a window of N seconds
(default 30) and prints it as a percentage of one core. The X server's own
time over the same window is printed too: drawing into a window costs the
server as well. For comparison it measures the start page standing idle,
the hold with the breath pacer switched off, and a switch followed by
the next hold, which includes the figure's two movements.

usage: bench/session_cpu.py --limber build/release/app/limber [--seconds 30]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "integration"))
from run_app import fail, find_window, start_xvfb  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the whole line; 12 and 13 after the name.
    return (int(fields[11]) + int(fields[12])) / TICKS


def measure(limber, seconds, settings, arguments, label, keys=(), settle=5, setup=False):
    data_dir = tempfile.mkdtemp(prefix="limber-cpu-")
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")
        for section, pairs in settings.items():
            ini.write("[%s]\n" % section)
            for key, value in pairs.items():
                ini.write("%s=%s\n" % (key, value))
    routine = os.path.join(data_dir, "long-hold.json")
    with open(routine, "w") as out:
        json.dump({"format": 1, "id": "long-hold", "title": "Long hold",
                   "items": [{"exercise": "seated-leg-cross", "holdsPerSide": 1,
                              "holdSeconds": seconds + 30, "switchSeconds": 10,
                              "includeSetup": setup}]}, out)
    arguments = [routine if a == "ROUTINE" else a for a in arguments]

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([limber, "--data-dir", data_dir] + arguments, env=env,
                           stderr=subprocess.DEVNULL)
    try:
        window = find_window(env, "Limber", 30)
        if window is None:
            fail("no window within 30 s")
        if keys:
            time.sleep(1)  # the session opens once the window is up
            subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
            for key in keys:
                subprocess.run(["xdotool", "key", key], env=env, check=True)
                time.sleep(0.2)
        time.sleep(settle)
        app_before, x_before, wall_before = cpu_seconds(app.pid), cpu_seconds(xvfb.pid), time.monotonic()
        time.sleep(seconds)
        app_after, x_after, wall_after = cpu_seconds(app.pid), cpu_seconds(xvfb.pid), time.monotonic()
        if app.poll() is not None:
            fail("limber exited during the measurement")
        wall = wall_after - wall_before
        print("%-34s limber %5.2f %% of one core, X server %5.2f %% (%.0f s)" % (
            label, 100 * (app_after - app_before) / wall, 100 * (x_after - x_before) / wall, wall))
    finally:
        app.kill()
        app.wait()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(tool + " is not installed")
    measure(args.limber, args.seconds, {}, [], "start page, idle")
    measure(args.limber, args.seconds, {}, ["--start", "ROUTINE"], "hold, breath pacer on")
    measure(args.limber, args.seconds, {"breathing": {"pacerVisible": "false"}},
            ["--start", "ROUTINE"], "hold, breath pacer off")
    # Skip the three set-up steps and the first hold: the switch (sitting up,
    # 1.5 s), then the next hold with its 6 s movement into the lean,
    # measured from the switch's start.
    measure(args.limber, args.seconds, {}, ["--start", "ROUTINE"],
            "switch + hold, with both movements", keys=["Right"] * 4, settle=0, setup=True)


if __name__ == "__main__":
    main()

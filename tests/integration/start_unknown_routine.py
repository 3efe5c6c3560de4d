#!/usr/bin/env python3
"""Runs `limber --start ROUTINE` with a routine that does not exist, in a real
X server (Xvfb). It must say so on stderr (naming the routine and the known
ids), show the same in a dialog over the window, and exit with status 2 once
the dialog is closed.

usage: start_unknown_routine.py --limber PATH --routine NAME --known ID [--known ID ...]
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time

from run_app import clean_up, fail, find_window, start_xvfb


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--known", action="append", default=[])
    args = parser.parse_args()

    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(tool + " is not installed (tools/dev test installs it)")

    data_dir = tempfile.mkdtemp(prefix="limber-it-")
    # The first-run notice would come second anyway; keep it out of the picture.
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([args.limber, "--data-dir", data_dir, "--start", args.routine],
                           env=env, stderr=subprocess.PIPE, text=True)
    try:
        dialog = find_window(env, "routine not found", 30)
        if dialog is None:
            fail("no dialog saying the routine was not found within 30 s")
        time.sleep(0.3)
        if app.poll() is not None:
            fail("limber exited (status %d) before the dialog was closed" % app.returncode)
        subprocess.run(["xdotool", "windowfocus", "--sync", dialog], env=env, check=False)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], env=env, check=True)
        try:
            status = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            fail("limber did not exit within 20 s of closing the dialog")
        stderr = app.stderr.read()
        if status != 2:
            fail("limber exited with status %d, not 2" % status)
        for expected in [args.routine] + args.known:
            if expected not in stderr:
                fail("stderr does not mention %r:\n%s" % (expected, stderr))
        print("ok: %r refused with status 2: %s" % (args.routine, stderr.strip().splitlines()[-1]))
    finally:
        clean_up(app, xvfb, data_dir)


if __name__ == "__main__":
    main()

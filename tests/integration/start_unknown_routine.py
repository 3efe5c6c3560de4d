#!/usr/bin/env python3
"""Runs `limber --start ROUTINE` with a routine that cannot be started, in a
real X server (Xvfb). It must say why on stderr, show a dialog over the window
whose title says which fault it was (no such file, not a routine file, an
unknown exercise, an unknown routine), and once the dialog is closed stay open
on its start page; Ctrl+Q then quits it with status 0.

usage: start_unknown_routine.py --limber PATH --routine NAME --dialog TITLE
                                [--stderr TEXT ...]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from run_app import clean_up, fail, find_window, quit_by_keyboard, start_xvfb


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--dialog", required=True, help="words in the dialog's title")
    parser.add_argument("--stderr", action="append", default=[],
                        help="text stderr must contain (the routine is always checked)")
    args = parser.parse_args()

    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(tool + " is not installed (tools/dev test installs it)")

    data_dir = tempfile.mkdtemp(prefix="limber-it-")
    # The first-run notice would come first; keep it out of the picture.
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    stderr_file = tempfile.TemporaryFile(mode="w+")
    app = subprocess.Popen([args.limber, "--data-dir", data_dir, "--start", args.routine],
                           env=env, stderr=stderr_file, text=True)
    try:
        dialog = find_window(env, "^Limber: " + args.dialog, 30, app)
        if dialog is None:
            fail("no dialog titled 'Limber: %s' within 30 s" % args.dialog)
        time.sleep(0.3)
        subprocess.run(["xdotool", "windowfocus", "--sync", dialog], env=env, check=False)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], env=env, check=True)
        time.sleep(1.0)
        if app.poll() is not None:
            fail("limber exited (status %d) when the dialog was closed" % app.returncode)
        if find_window(env, "^Limber: ", 0.5) is not None:
            fail("the dialog is still open after Return")
        window = find_window(env, "^Limber$", 5)
        if window is None:
            fail("no window titled 'Limber' (its start page) after the dialog")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
        quit_by_keyboard(env, app)
        stderr_file.seek(0)
        stderr = stderr_file.read()
        for expected in [args.routine] + args.stderr:
            if expected not in stderr:
                fail("stderr does not mention %r:\n%s" % (expected, stderr))
        print("ok: %r explained as %r, Limber stayed open: %s"
              % (args.routine, args.dialog, stderr.strip().splitlines()[0]))
    except SystemExit:
        # A failure shows what limber said, for whoever reads the log.
        stderr_file.seek(0)
        print("limber's stderr:\n" + stderr_file.read()[-4000:], file=sys.stderr)
        raise
    finally:
        clean_up(app, xvfb, data_dir)


if __name__ == "__main__":
    main()

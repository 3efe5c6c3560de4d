#!/usr/bin/env python3
"""A whole session of a routine that is not the default one, in the real
program in a real X server (Xvfb): `limber --start FILE` with a routine of two
library exercises (one with sides, one without, no set-up steps). The session
must run to its end by itself, and the history file must then hold exactly
the planned holds, each held for its full time on the planned side, in a
session marked completed. With --screenshots DIR it saves the screen at each
phase (the pictures in docs/ are made this way).

usage: new_routine_session.py --limber PATH --routine FILE [--screenshots DIR]
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time

from run_app import clean_up, fail, find_window, quit_by_keyboard, start_xvfb

# Seconds after the window appears, and the name of what is on screen then,
# for the routine in data/new-routine.json (get ready 6, hold 10, switch 6,
# hold 10, rest 4, get ready 6, hold 10).
SCREENSHOT_MOMENTS = [
    (3.0, "get-ready"),
    (11.0, "hold-left"),
    (19.0, "switch"),
    (26.0, "hold-right"),
    (36.0, "next-get-ready"),
    (45.0, "unsided-hold"),
]


def planned_holds(routine):
    """(exercise, side, target ms) for every hold the routine plans."""
    holds = []
    for item in routine["items"]:
        count = item.get("holdsPerSide", 2)
        target = item.get("holdSeconds", 60) * 1000
        first = item.get("firstSide")
        if first and item.get("sided", True):
            second = "right" if first == "left" else "left"
            for _ in range(count):
                holds += [(item["exercise"], first, target), (item["exercise"], second, target)]
        else:
            holds += [(item["exercise"], "none", target)] * count
    return holds


def read_history(database):
    connection = sqlite3.connect("file:%s?mode=ro" % database, uri=True)
    try:
        sessions = connection.execute("SELECT id, routine_id, status FROM sessions").fetchall()
        holds = connection.execute(
            "SELECT exercise_id, side, target_ms, held_ms, completed FROM holds ORDER BY id"
        ).fetchall()
        return sessions, holds
    finally:
        connection.close()


def wait_for_completed(database, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if os.path.exists(database):
            try:
                sessions, holds = read_history(database)
                if sessions and all(status == "completed" for _, _, status in sessions):
                    return sessions, holds
            except sqlite3.OperationalError:
                pass  # not created yet, or busy for a moment
        time.sleep(0.5)
    fail("the session was not marked completed within %d s" % timeout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--screenshots")
    args = parser.parse_args()

    for tool in ("Xvfb", "xdotool") + (("import",) if args.screenshots else ()):
        if shutil.which(tool) is None:
            fail(tool + " is not installed (tools/dev test installs it)")
    with open(args.routine) as file:
        routine = json.load(file)

    data_dir = tempfile.mkdtemp(prefix="limber-it-")
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")
    database = os.path.join(data_dir, "history.db")

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [args.limber, "--data-dir", data_dir, "--start", os.path.abspath(args.routine)], env=env)
    try:
        window = find_window(env, "^" + routine["title"], 30, app)
        if window is None:
            fail("no window titled %r within 30 s" % routine["title"])
        shown = time.monotonic()
        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
            for moment, name in SCREENSHOT_MOMENTS:
                time.sleep(max(0.0, shown + moment - time.monotonic()))
                subprocess.run(["import", "-window", "root",
                                os.path.join(args.screenshots, "session-%s.png" % name)],
                               env=env, check=True)

        sessions, holds = wait_for_completed(database, 120)
        if args.screenshots:
            time.sleep(1.0)
            subprocess.run(["import", "-window", "root",
                            os.path.join(args.screenshots, "session-done.png")],
                           env=env, check=True)
        if app.poll() is not None:
            fail("limber exited during the session with status %d" % app.returncode)
        if len(sessions) != 1 or sessions[0][1] != routine["id"]:
            fail("expected one session of %r, found %r" % (routine["id"], sessions))
        expected = planned_holds(routine)
        found = [(exercise, side, target) for exercise, side, target, _, _ in holds]
        if found != expected:
            fail("holds in the history %r differ from the plan %r" % (found, expected))
        for exercise, side, target, held, completed in holds:
            if completed != 1 or held < target:
                fail("the %s hold (%s) was held %d of %d ms" % (exercise, side, held, target))
        quit_by_keyboard(env, app)
        print("ok: %d holds of %r in the history, session completed" % (len(holds), routine["id"]))
    finally:
        clean_up(app, xvfb, data_dir)


if __name__ == "__main__":
    main()

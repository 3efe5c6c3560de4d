#!/usr/bin/env python3
"""The crash test: the real limber runs a short routine and is killed with
SIGKILL at random moments, again and again on the same data folder. Every hold
the program reported as saved before it died must be in the history file, and
the file must pass SQLite's integrity_check.

usage: crash_test.py --limber PATH --routine FILE [--runs N] [--seed S]
"""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

SAVED = "hold saved: "


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run_once(limber, routine, data_dir, kill_after, saved):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QT_LOGGING_RULES="limber.recording.info=true")
    app = subprocess.Popen([limber, "--data-dir", data_dir, "--start", routine],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def read_reports():
        for line in app.stderr:
            if SAVED in line:
                saved.append(line.split(SAVED, 1)[1].strip())

    reader = threading.Thread(target=read_reports)
    reader.start()
    time.sleep(kill_after)
    exited_early = app.poll() is not None
    if not exited_early:
        app.send_signal(signal.SIGKILL)
    app.wait()
    reader.join()
    return exited_early, app.returncode


def holds_in(database):
    connection = sqlite3.connect("file:%s?mode=ro" % database, uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = connection.execute(
            "SELECT exercise_id, side, hold_index + 1, held_ms, started_utc_ms FROM holds").fetchall()
    finally:
        connection.close()
    return integrity, {"%s %s #%d %d ms at %d" % row for row in rows}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print("seed %d" % args.seed)

    with open(args.routine) as handle:
        items = json.load(handle)["items"]
    holds = sum(item.get("holdsPerSide", 1) * 2 for item in items)
    # Each item begins with its get-ready phase (15 s unless the routine says).
    get_ready = [item.get("getReadySeconds", 15) for item in items]
    length = sum(ready + item["holdSeconds"] * item.get("holdsPerSide", 1) * 2
                 for ready, item in zip(get_ready, items))

    data_dir = tempfile.mkdtemp(prefix="limber-crash-")
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n[audio]\ntones=false\nvoice=false\n")
    database = os.path.join(data_dir, "history.db")

    reported = []
    for run in range(args.runs):
        # Every other run dies within half a second of a hold's end, where a
        # write is in flight; the rest anywhere from start-up to past the end.
        if run % 2:
            hold_end = rng.choice([ready + item["holdSeconds"] * (n + 1)
                                   for ready, item in zip(get_ready, items)
                                   for n in range(item.get("holdsPerSide", 1) * 2)])
            kill_after = hold_end + rng.uniform(-0.5, 0.5) + 0.4
        else:
            kill_after = rng.uniform(0.2, length + 1.5)
        saved = []
        exited_early, status = run_once(args.limber, args.routine, data_dir, kill_after, saved)
        if exited_early and status != 0:
            fail("run %d: limber exited by itself with status %d" % (run, status))
        reported += saved
        if not os.path.exists(database):
            if reported:
                fail("run %d: holds were reported saved but there is no history file" % run)
            continue
        integrity, stored = holds_in(database)
        if integrity != "ok":
            fail("run %d: integrity_check says %r" % (run, integrity))
        missing = [hold for hold in reported if hold not in stored]
        if missing:
            fail("run %d (killed after %.2f s): reported saved but missing: %s"
                 % (run, kill_after, missing))
        print("run %2d: killed after %5.2f s, %d hold(s) reported in this run, %d stored in all"
              % (run, kill_after, len(saved), len(stored)))

    if not reported:
        fail("no hold was ever reported saved: the test proved nothing")
    print("ok: %d kills, %d holds reported saved, all of them stored (%d per routine)"
          % (args.runs, len(reported), holds))


main()

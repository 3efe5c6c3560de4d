#!/usr/bin/env python3
"""The crash test: the real limber runs a short routine and is killed with
SIGKILL at random moments, again and again on the same data folder. Every hold
the program reported as saved before it died must be in the history file, and
the file must pass SQLite's integrity_check.

The runs are shared out over --lanes lanes that run side by side, each its
own data folder (one Limber per data folder) killed again and again, with
its own random moments drawn from the seed: lane K's moments are the same
whatever the other lanes do, so --seed S --lanes N --lane K runs one failing
lane again on its own, as it was.

usage: crash_test.py --limber PATH --routine FILE [--runs N] [--seed S]
                     [--lanes N [--lane K]]
"""
import argparse
import json
import os
import random
import shlex
import shutil
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


class Lane:
    """One data folder, killed runs times one after another; its moments
    come from its own random stream (the seed and the lane's number)."""

    def __init__(self, number, runs, seed, work):
        self.number = number
        self.runs = runs
        self.rng = random.Random("%d/%d" % (seed, number))
        self.data_dir = os.path.join(work, "lane-%d" % number)
        os.mkdir(self.data_dir)
        with open(os.path.join(self.data_dir, "settings.ini"), "w") as ini:
            ini.write("[safety]\nacceptedNoticeVersion=1\n[audio]\ntones=false\nvoice=false\n")
        self.reported = []
        self.problem = None


def run_lane(lane, args, items, get_ready, length, say, stop):
    database = os.path.join(lane.data_dir, "history.db")
    for run in range(lane.runs):
        if stop.is_set():
            return
        name = "lane %d run %2d" % (lane.number, run)
        # Every other run dies within half a second of a hold's end, where a
        # write is in flight; the rest anywhere from start-up to past the end.
        if run % 2:
            hold_end = lane.rng.choice([ready + item["holdSeconds"] * (n + 1)
                                        for ready, item in zip(get_ready, items)
                                        for n in range(item.get("holdsPerSide", 1) * 2)])
            kill_after = hold_end + lane.rng.uniform(-0.5, 0.5) + 0.4
        else:
            kill_after = lane.rng.uniform(0.2, length + 1.5)
        saved = []
        exited_early, status = run_once(args.limber, args.routine, lane.data_dir, kill_after,
                                        saved)
        if exited_early and status != 0:
            lane.problem = "%s: limber exited by itself with status %d" % (name, status)
            return
        lane.reported += saved
        if not os.path.exists(database):
            if lane.reported:
                lane.problem = "%s: holds were reported saved but there is no history file" % name
                return
            say("%s: killed after %5.2f s, no history file yet" % (name, kill_after))
            continue
        integrity, stored = holds_in(database)
        if integrity != "ok":
            lane.problem = "%s: integrity_check says %r" % (name, integrity)
            return
        missing = [hold for hold in lane.reported if hold not in stored]
        if missing:
            lane.problem = ("%s (killed after %.2f s): reported saved but missing: %s"
                            % (name, kill_after, missing))
            return
        say("%s: killed after %5.2f s, %d hold(s) reported in this run, %d stored in all"
            % (name, kill_after, len(saved), len(stored)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--runs", type=int, default=20, help="kills in all, over every lane")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--lanes", type=int, default=1,
                        help="data folders killed side by side, the runs shared out among them")
    parser.add_argument("--lane", type=int,
                        help="run only this lane (0 to lanes - 1), as it runs among the others")
    args = parser.parse_args()
    if args.lanes < 1 or args.runs < args.lanes:
        parser.error("--lanes must be at least 1 and at most --runs")
    if args.lane is not None and not 0 <= args.lane < args.lanes:
        parser.error("--lane must be between 0 and --lanes - 1")
    print("seed %d, %d runs in %d lane(s)" % (args.seed, args.runs, args.lanes), flush=True)

    with open(args.routine) as handle:
        items = json.load(handle)["items"]
    holds = sum(item.get("holdsPerSide", 1) * 2 for item in items)
    # Each item begins with its get-ready phase (15 s unless the routine says).
    get_ready = [item.get("getReadySeconds", 15) for item in items]
    length = sum(ready + item["holdSeconds"] * item.get("holdsPerSide", 1) * 2
                 for ready, item in zip(get_ready, items))

    work = tempfile.mkdtemp(prefix="limber-crash-")
    # The first runs % lanes lanes take one run more than the others.
    numbers = range(args.lanes) if args.lane is None else [args.lane]
    lanes = [Lane(number, args.runs // args.lanes + (number < args.runs % args.lanes),
                  args.seed, work) for number in numbers]
    output = threading.Lock()

    def say(line):
        with output:
            print(line, flush=True)

    # A failing lane stops the others after their current run.
    stop = threading.Event()

    def lane_thread(lane):
        try:
            run_lane(lane, args, items, get_ready, length, say, stop)
        except Exception as error:  # noqa: BLE001 - reported as the lane's failure
            lane.problem = "lane %d: %r" % (lane.number, error)
        if lane.problem:
            stop.set()

    threads = [threading.Thread(target=lane_thread, args=(lane,)) for lane in lanes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    failed = [lane for lane in lanes if lane.problem]
    if failed:
        for lane in failed:
            again = [sys.argv[0], "--limber", args.limber, "--routine", args.routine,
                     "--runs", str(args.runs), "--seed", str(args.seed),
                     "--lanes", str(args.lanes), "--lane", str(lane.number)]
            print("FAIL: %s\n  that lane again on its own: %s"
                  % (lane.problem, " ".join(shlex.quote(part) for part in again)),
                  file=sys.stderr)
        fail("%d of %d lane(s) failed; the data folders are kept in %s"
             % (len(failed), len(lanes), work))
    shutil.rmtree(work, ignore_errors=True)
    reported = sum(len(lane.reported) for lane in lanes)
    if not reported:
        fail("no hold was ever reported saved: the test proved nothing")
    print("ok: %d kills in %d lane(s), %d holds reported saved, all of them stored "
          "(%d per routine)" % (sum(lane.runs for lane in lanes), len(lanes), reported, holds))


main()

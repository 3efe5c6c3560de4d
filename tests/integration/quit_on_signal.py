#!/usr/bin/env python3
"""A logout or a shutdown sends SIGTERM or SIGHUP: the real limber, in the
middle of a hold of a session started with --start, must quit with status 0
and leave the hold it was in as cut short (held for about as long as it ran),
and the session as stopped rather than "in progress".

With --stopped-for S the program is first stopped (SIGSTOP) for S seconds
in the hold and let go on (SIGCONT): time it did not run is not held, so the
hold is still cut short, at about the moment it was stopped.

usage: quit_on_signal.py --limber PATH --routine FILE --signal TERM|HUP|INT
                         [--stopped-for SECONDS]
"""
import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import shutil
import time


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--signal", choices=("TERM", "HUP", "INT"), required=True)
    parser.add_argument("--in-hold", type=float, default=3.0,
                        help="seconds into the first hold the signal is sent")
    parser.add_argument("--stopped-for", type=float, default=0.0,
                        help="seconds the program is stopped (SIGSTOP) in the hold first")
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="limber-signal-")
    try:
        with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
            ini.write("[safety]\nacceptedNoticeVersion=1\n")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   QT_LOGGING_RULES="limber.session.info=true")
        app = subprocess.Popen([args.limber, "--data-dir", data_dir, "--start", args.routine],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
        # The routine opens with its first hold; the session begins once
        # the program says so.
        began = None
        deadline = time.monotonic() + 30
        for line in app.stderr:
            if "session began" in line:
                began = time.monotonic()
                break
            if time.monotonic() > deadline:
                break
        if began is None:
            app.kill()
            fail("the session did not begin within 30 s")
        time.sleep(args.in_hold)
        unseen = 0.0
        if args.stopped_for > 0:
            app.send_signal(signal.SIGSTOP)
            time.sleep(args.stopped_for)
            app.send_signal(signal.SIGCONT)
            unseen = args.stopped_for
            time.sleep(1.0)  # it pauses itself, and stays paused
        sent = time.monotonic()
        app.send_signal(getattr(signal, "SIG" + args.signal))
        try:
            status = app.wait(timeout=15)
            ended = time.monotonic()
        except subprocess.TimeoutExpired:
            app.kill()
            fail("limber did not quit within 15 s of SIG%s" % args.signal)
        rest = app.stderr.read()
        if status != 0:
            fail("limber ended with status %d on SIG%s (a clean quit is 0)\n%s"
                 % (status, args.signal, rest[-2000:]))

        connection = sqlite3.connect(
            "file:%s?mode=ro" % os.path.join(data_dir, "history.db"), uri=True)
        try:
            sessions = connection.execute("SELECT status FROM sessions").fetchall()
            holds = connection.execute("SELECT completed, held_ms FROM holds").fetchall()
        finally:
            connection.close()
        if sessions != [("stopped",)]:
            fail("sessions after SIG%s: %r (expected one, stopped)" % (args.signal, sessions))
        if len(holds) != 1 or holds[0][0] != 0:
            fail("holds after SIG%s: %r (expected the one in progress, cut short)"
                 % (args.signal, holds))
        ran_ms = (sent - began - unseen) * 1000
        if unseen:
            ran_ms -= 1000  # the second after SIGCONT, paused
        held_ms = holds[0][1]
        # Held time counts from the hold's start (a lead of up to half a
        # second after "session began") to the moment the program answers
        # the signal, which on a busy machine (or under AddressSanitizer)
        # can be a few hundred ms after it was sent, but never after the exit.
        answered_by_ms = ran_ms + (ended - sent) * 1000
        if not ran_ms - 1500 <= held_ms <= answered_by_ms + 200:
            fail("the hold cut short by SIG%s shows %d ms held; it ran about %.0f ms"
                 % (args.signal, held_ms, ran_ms))
        print("ok: SIG%s quit with status 0; the hold was kept as cut short after %d ms"
              % (args.signal, held_ms))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A second and a third start of the real program on the same data folder,
in a real X server (Xvfb). While the first copy sits on its start page,
`limber --start desk-break` must exit 0 at once, saying it asked the running
copy, and the running copy must start Desk break (its window title names it
and the history gains a desk-break session). A third
`limber --start gentle-floor` while that session runs must not interrupt it:
the running copy logs the refusal and the history never holds a gentle-floor
session. Then Ctrl+Q quits the first copy with status 0.

usage: second_start.py --limber PATH
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time

from run_app import clean_up, fail, find_window, quit_by_keyboard, start_xvfb

SECOND_COPY_SECONDS = 10  # a second copy only leaves a file and exits


class LineCollector:
    """Reads a pipe on its own thread, so the test can wait for a line."""

    def __init__(self, pipe):
        self.lines = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._thread.start()

    def _read(self, pipe):
        for line in pipe:
            with self._lock:
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, text, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if any(text in line for line in self.lines):
                    return True
            time.sleep(0.05)
        return False

    def text(self):
        with self._lock:
            return "\n".join(self.lines)


def sessions_in(database):
    """The routine ids of the sessions in the history, oldest first."""
    if not os.path.exists(database):
        return []
    try:
        connection = sqlite3.connect("file:%s?mode=ro" % database, uri=True)
        try:
            return [row[0] for row in
                    connection.execute("SELECT routine_id FROM sessions ORDER BY id")]
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return []  # not created yet, or busy for a moment


def wait_until(check, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def run_again(limber, data_dir, env, routine):
    """`limber --start ROUTINE` on the same data folder; returns its output."""
    began = time.monotonic()
    try:
        second = subprocess.run([limber, "--data-dir", data_dir, "--start", routine], env=env,
                                capture_output=True, text=True, timeout=SECOND_COPY_SECONDS)
    except subprocess.TimeoutExpired:
        fail("a second limber --start %s did not exit within %d s" % (routine, SECOND_COPY_SECONDS))
    took = time.monotonic() - began
    if second.returncode != 0:
        fail("limber --start %s exited with status %d: %s"
             % (routine, second.returncode, second.stderr.strip()))
    expected = "asked it to start %s." % routine
    if expected not in second.stdout:
        fail("limber --start %s printed %r, not %r" % (routine, second.stdout.strip(), expected))
    print("second copy (%s) exited 0 after %.2f s: %s" % (routine, took, second.stdout.strip()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    args = parser.parse_args()

    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(tool + " is not installed (tools/dev test installs it)")

    data_dir = tempfile.mkdtemp(prefix="limber-it-")
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")
    database = os.path.join(data_dir, "history.db")

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
               QT_LOGGING_RULES="limber.session.info=true;limber.instance.info=true")
    app = subprocess.Popen([args.limber, "--data-dir", data_dir], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = LineCollector(app.stderr)
    try:
        if find_window(env, "^Limber", 30, app) is None:
            fail("no window titled 'Limber' within 30 s")

        run_again(args.limber, data_dir, env, "desk-break")
        if not log.wait_for("session began: desk-break", 20):
            fail("the running copy did not start desk-break within 20 s:\n" + log.text())
        if find_window(env, "^Desk break", 10) is None:
            fail("the running copy's window does not name Desk break")
        if not wait_until(lambda: sessions_in(database) == ["desk-break"], 10):
            fail("the history has %r, not one desk-break session" % sessions_in(database))

        run_again(args.limber, data_dir, env, "gentle-floor")
        if not log.wait_for("not starting gentle-floor", 20):
            fail("the running copy did not refuse gentle-floor within 20 s:\n" + log.text())
        if app.poll() is not None:
            fail("the running copy exited with status %d" % app.returncode)
        if "session began: gentle-floor" in log.text():
            fail("gentle-floor was started over the running session:\n" + log.text())
        window = find_window(env, "^Desk break", 1)
        if window is None:
            fail("the desk-break session is no longer on screen")
        if sessions_in(database) != ["desk-break"]:
            fail("the history has %r, not only the desk-break session" % sessions_in(database))
        left = [name for name in os.listdir(data_dir) if name.endswith(".request")]
        if left:
            fail("requests left in the data folder: %r" % left)

        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
        quit_by_keyboard(env, app)
        print("ok: the second start began desk-break in the running copy; "
              "the third did not interrupt it")
    finally:
        clean_up(app, xvfb, data_dir)


if __name__ == "__main__":
    main()

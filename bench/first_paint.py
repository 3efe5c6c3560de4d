#!/usr/bin/env python3
"""Time from starting a program to its first painted frame: Limber against a
bare Qt Widgets window showing one line of text (bench/bare_window), taking
turns, on one Xvfb display.

Both programs append "first-paint <ms>" to the file named by
LIMBER_STARTUP_TRACE when their first frame has been painted and handed to
the X server (app/window/firstpaint.h); the ms are CLOCK_MONOTONIC, the
clock of time.monotonic(), so the start-up time is that mark minus the moment
this script started the program. The file is a named pipe this script waits
on, so that it takes no processor time from the program while it waits. The
first run of each program is checked against the screen: a screenshot taken
right after its mark must show the window painted (more than a few colours),
not blank.

usage: first_paint.py --limber PATH --floor PATH [--runs N]
                      [--history FILE] [--backup-due] [--first-start]
                      [--steps] [--baseline PATH]

--history copies FILE into each run's data folder as history.db (e.g. one of
1,000,000 holds from bench/bench_history); --backup-due removes the daily
backup between runs, so each start finds one due, the worst case.
Each run keeps the settings the one before it left, as a person's settings
stay from one start to the next (one uncounted start comes first);
--first-start gives every run new settings, as on the first start after
installing, when the start page measures what it later remembers.
Prints the medians and the ratio Limber / floor; --steps adds the median
time to each mark the programs write on the way (main, application, ...).
--baseline runs another Limber build in the same turns (an older one, say),
so that the machine's ups and downs fall on both alike.

Needs Xvfb, xdotool and ImageMagick (import, identify):
  apt-get install -y xvfb xdotool imagemagick
"""
import argparse
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time


SETTLE_SECONDS = 0.3


def start_xvfb():
    display = ":%d" % (70 + os.getpid() % 20)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=display)
    env.pop("QT_QPA_PLATFORM", None)
    for _ in range(200):
        if subprocess.run(["xdotool", "getdisplaygeometry"], env=env,
                          capture_output=True).returncode == 0:
            return xvfb, env
        time.sleep(0.05)
    sys.exit("first_paint: Xvfb on %s did not start" % display)


def painted_colours(env, path):
    """How many colours a screenshot of the whole screen has."""
    subprocess.run(["import", "-silent", "-window", "root", path], env=env, check=True)
    out = subprocess.run(["identify", "-format", "%k", path], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip())


class TraceReader:
    """The marks a program writes to LIMBER_STARTUP_TRACE, read from a named
    pipe as they come. Waiting on the pipe takes no processor time, where
    reading a file every few milliseconds would take some from the program
    being timed, which has the machine's two cores to share with the X server."""

    def __init__(self, path):
        if os.path.exists(path):
            os.remove(path)
        os.mkfifo(path)
        self.path = path
        self.reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        # A writer of our own, so the pipe never reads as ended between the
        # program's marks (each one opens, writes and closes it).
        self.keeper = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        self.pending = b""
        self.marks = {}

    def close(self):
        os.close(self.keeper)
        os.close(self.reader)
        os.remove(self.path)

    def wait_for(self, name, deadline, process=None):
        """Seconds (CLOCK_MONOTONIC) of mark `name`, or None by `deadline`;
        None as well once `process` has exited without writing it."""
        while name not in self.marks:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            # Woken by a mark, or now and then to see whether the program exited.
            ready, _, _ = select.select([self.reader], [], [], min(left, 0.5))
            if ready:
                self.pending += os.read(self.reader, 65536)
                *lines, self.pending = self.pending.split(b"\n")
                for line in lines:
                    what, ms = line.split()
                    self.marks[what.decode()] = float(ms) / 1000.0
            elif process is not None and process.poll() is not None:
                return None
        return self.marks[name]


def one_run(command, env, trace, check_screen=None, timeout_s=60, then=None):
    """Seconds from exec to the first-paint mark, to the `then` mark (None
    when not asked for), and to each mark the program wrote by then."""
    reader = TraceReader(trace)
    run_env = dict(env, LIMBER_STARTUP_TRACE=trace)
    started = time.monotonic()
    process = subprocess.Popen(command, env=run_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        mark = reader.wait_for("first-paint", started + timeout_s, process)
        if mark is None:
            if process.poll() is not None:
                sys.exit("first_paint: %s exited with %d before painting"
                         % (command[0], process.returncode))
            sys.exit("first_paint: no first-paint mark from %s within %d s"
                     % (command[0], timeout_s))
        if check_screen:
            colours = painted_colours(env, check_screen)
            if colours < 8:
                sys.exit("first_paint: the screen had %d colours right after %s's mark: "
                         "blank, not painted (%s)" % (colours, command[0], check_screen))
            print("checked against the screen: %d colours right after the mark of %s (%s)"
                  % (colours, os.path.basename(command[0]), check_screen))
        later = reader.wait_for(then, started + timeout_s, process) if then else None
        steps = {name: at - started for name, at in reader.marks.items()}
        return mark - started, (later - started if later is not None else None), steps
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        reader.close()
        # The X server tears the closed window down after the process has
        # gone; a program started meanwhile would wait for it. Every start
        # begins on an idle server, so that neither program pays for the other.
        time.sleep(SETTLE_SECONDS)


def add_steps(collected, marks):
    for name, seconds in marks.items():
        collected.setdefault(name, []).append(seconds)


def prepare_data_dir(folder, history, backup_due, first_start):
    os.makedirs(folder, exist_ok=True)
    settings = os.path.join(folder, "settings.ini")
    if first_start or not os.path.exists(settings):
        with open(settings, "w") as ini:
            ini.write("[safety]\nacceptedNoticeVersion=1\n")
    target = os.path.join(folder, "history.db")
    if history and not os.path.exists(target):
        shutil.copyfile(history, target)
    if backup_due:
        shutil.rmtree(os.path.join(folder, "backups"), ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limber", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--history")
    parser.add_argument("--backup-due", action="store_true")
    parser.add_argument("--first-start", action="store_true",
                        help="new settings for every run, as on the first start")
    parser.add_argument("--screenshots", default=tempfile.gettempdir())
    parser.add_argument("--baseline",
                        help="another Limber build, run in turn with the two, to compare with")
    parser.add_argument("--steps", action="store_true",
                        help="also print the median ms from exec to each mark of each program")
    args = parser.parse_args()
    missing = [tool for tool in ("Xvfb", "xdotool", "import", "identify")
               if shutil.which(tool) is None]
    if missing:
        sys.exit("first_paint: %s not found; apt-get install -y xvfb xdotool imagemagick"
                 % ", ".join(missing))

    os.makedirs(args.screenshots, exist_ok=True)
    xvfb, env = start_xvfb()
    work = tempfile.mkdtemp(prefix="limber-first-paint-")
    trace = os.path.join(work, "trace")
    data = os.path.join(work, "data")
    limber = [args.limber, "--data-dir", data]
    floor = [args.floor]
    baseline_data = os.path.join(work, "baseline-data")
    baseline = [args.baseline, "--data-dir", baseline_data] if args.baseline else None
    times = {"limber": [], "floor": [], "history": [], "baseline": []}
    steps = {"limber": {}, "floor": {}}
    try:
        # One of each first, not counted: the file cache warms up, and
        # Limber's settings are those of someone who has started it before.
        prepare_data_dir(data, args.history, args.backup_due, args.first_start)
        one_run(limber, env, trace, then="history-opened")
        one_run(floor, env, trace)
        if baseline:
            prepare_data_dir(baseline_data, args.history, args.backup_due, args.first_start)
            one_run(baseline, env, trace, then="history-opened")
        for run in range(args.runs):
            prepare_data_dir(data, args.history, args.backup_due, args.first_start)
            shot = (lambda name: os.path.join(args.screenshots, "first-paint-%s.png" % name)) \
                if run == 0 else (lambda name: None)
            painted, opened, marks = one_run(limber, env, trace, shot("limber"),
                                             then="history-opened")
            times["limber"].append(painted)
            times["history"].append(opened)
            add_steps(steps["limber"], marks)
            painted, _, marks = one_run(floor, env, trace, shot("floor"))
            times["floor"].append(painted)
            add_steps(steps["floor"], marks)
            if baseline:
                prepare_data_dir(baseline_data, args.history, args.backup_due, args.first_start)
                painted, _, _ = one_run(baseline, env, trace, then="history-opened")
                times["baseline"].append(painted)
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)

    def describe(values):
        return "median %.0f ms (%.0f-%.0f)" % (statistics.median(values) * 1000,
                                              min(values) * 1000, max(values) * 1000)

    print("limber %s; history open after %s" % (describe(times["limber"]),
                                                  describe(times["history"])))
    print("floor  %s" % describe(times["floor"]))
    print("ratio  %.2f (median over median, %d runs each)"
          % (statistics.median(times["limber"]) / statistics.median(times["floor"]), args.runs))
    if baseline:
        print("baseline %s; ratio %.2f" % (describe(times["baseline"]),
              statistics.median(times["baseline"]) / statistics.median(times["floor"])))
    if args.steps:
        for name, marks in steps.items():
            in_order = sorted(marks.items(), key=lambda item: statistics.median(item[1]))
            print("%-6s %s" % (name, "  ".join("%s %.1f" % (mark, statistics.median(values) * 1000)
                                               for mark, values in in_order)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How often the real program wakes up, and how much processor time it uses,
while it sits idle in the system tray.

Starts `limber --minimized` under its own Xvfb with a system tray (trayer),
inside a private D-Bus session as on a desktop, lets it settle (default 20 s),
then measures over a window (default 120 s):
- processor time: utime+stime of the whole process (all threads), from
  /proc/PID/stat, as a percentage of one core;
- wake-ups: voluntary + involuntary context switches summed over every thread
  (/proc/PID/task/*/status), per minute, with each thread's own count so a
  busy one can be named.
The goal: about 0 % of one core, and no timer firing more than once a minute
(so well under a few wake-ups per minute for the whole program).

With --pulseaudio it runs its own PulseAudio server with a null sink first, so
the program finds a sound output as on a desktop (its stream is opened at start).

usage: bench/idle_tray.py --limber build/release/app/limber [--settle 20] [--seconds 120]
                          [--pulseaudio] [--reminders]
needs: xvfb xdotool trayer dbus, and pulseaudio for --pulseaudio (Debian packages;
not part of CI)
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "integration"))
from run_app import fail, start_xvfb  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the whole line; 12 and 13 after the name.
    return (int(fields[11]) + int(fields[12])) / TICKS


def thread_switches(pid):
    """{(tid, name): voluntary + involuntary context switches} for every thread."""
    counts = {}
    for task in glob.glob("/proc/%d/task/*" % pid):
        try:
            with open(os.path.join(task, "comm")) as comm:
                name = comm.read().strip()
            switches = 0
            with open(os.path.join(task, "status")) as status:
                for line in status:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            counts[(int(os.path.basename(task)), name)] = switches
        except FileNotFoundError:
            pass  # a thread that ended meanwhile
    return counts


def tray_icon_shown(env, pid):
    """True when one of the program's windows is icon-sized: the tray icon."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           env=env, capture_output=True, text=True)
    for window in found.stdout.split():
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                  env=env, capture_output=True, text=True).stdout
        size = dict(line.split("=", 1) for line in geometry.split())
        if int(size.get("WIDTH", 0)) <= 64 and int(size.get("HEIGHT", 0)) <= 64:
            return True
    return False


def start_pulseaudio(env):
    """A private PulseAudio with one null sink; returns the process."""
    runtime = tempfile.mkdtemp(prefix="limber-pulse-")
    os.chmod(runtime, 0o700)
    env["XDG_RUNTIME_DIR"] = runtime
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
         "--load=module-null-sink sink_name=idle", "--load=module-native-protocol-unix"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(os.path.join(runtime, "pulse", "native")):
        if time.monotonic() > deadline or server.poll() is not None:
            fail("PulseAudio did not start")
        time.sleep(0.1)
    return server


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limber", required=True)
    parser.add_argument("--settle", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--pulseaudio", action="store_true",
                        help="run a private PulseAudio server with a null sink")
    parser.add_argument("--reminders", action="store_true",
                        help="reminders on (every 4 hours, all day), so the schedule's "
                             "timer is armed but nothing falls due while measuring")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "trayer"):
        if not shutil.which(tool):
            fail("%s is needed (apt-get install -y xvfb xdotool trayer dbus)" % tool)
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ and shutil.which("dbus-run-session"):
        os.execvp("dbus-run-session", ["dbus-run-session", "--", sys.executable] + sys.argv)

    data_dir = tempfile.mkdtemp(prefix="limber-idle-")
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")
        if args.reminders:
            ini.write("[reminders]\nenabled=true\nmode=interval\nintervalMinutes=240\n"
                      "activeFrom=00:00\nactiveTo=23:59\ndays=mon tue wed thu fri sat sun\n")
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    pulse = start_pulseaudio(env) if args.pulseaudio else None
    tray = subprocess.Popen(["trayer", "--edge", "bottom", "--align", "right", "--widthtype",
                             "pixel", "--width", "80", "--height", "30"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)  # the tray must be there before Limber looks for it
    app = subprocess.Popen([os.path.abspath(args.limber), "--minimized", "--data-dir", data_dir],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(args.settle)
        if app.poll() is not None:
            fail("limber exited while settling (status %s)" % app.returncode)
        visible = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Limber$"],
                                 env=env, capture_output=True, text=True).stdout.split()
        if visible:
            fail("the window is on screen: --minimized did not go to the tray")
        if not tray_icon_shown(env, app.pid):
            fail("no tray icon: is trayer running?")
        cpu_before, x_before = cpu_seconds(app.pid), cpu_seconds(xvfb.pid)
        switches_before, wall_before = thread_switches(app.pid), time.monotonic()
        time.sleep(args.seconds)
        cpu_after, x_after = cpu_seconds(app.pid), cpu_seconds(xvfb.pid)
        switches_after, wall_after = thread_switches(app.pid), time.monotonic()
        if app.poll() is not None:
            fail("limber exited during the measurement")
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        tray.terminate()
        tray.wait()
        if pulse:
            pulse.terminate()
            pulse.wait()
            shutil.rmtree(env["XDG_RUNTIME_DIR"], ignore_errors=True)
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(data_dir, ignore_errors=True)

    wall = wall_after - wall_before
    minutes = wall / 60
    print("idle in the tray for %.0f s, after %.0f s to settle%s%s" % (
        wall, args.settle, ", with a PulseAudio sink" if args.pulseaudio else "",
        ", reminders on" if args.reminders else ""))
    print("processor: limber %.3f %% of one core (%.2f s), X server %.3f %%" % (
        100 * (cpu_after - cpu_before) / wall, cpu_after - cpu_before,
        100 * (x_after - x_before) / wall))
    total = 0
    rows = []
    for key, after in switches_after.items():
        woke = after - switches_before.get(key, 0)
        total += woke
        rows.append((woke, key))
    print("wake-ups: %.1f per minute in all (%d context switches)" % (total / minutes, total))
    for woke, (tid, name) in sorted(rows, reverse=True):
        print("  thread %-7d %-16s %7.1f per minute" % (tid, name, woke / minutes))
    print("goal: about 0 % of one core; no timer more often than once a minute")


if __name__ == "__main__":
    main()

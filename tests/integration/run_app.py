#!/usr/bin/env python3
"""Runs the real limber binary in a real X server (Xvfb), waits for its main
window, optionally saves a screenshot, then quits it the way a person would
(Ctrl+Q) and checks that it exits with status 0.

usage: run_app.py --limber PATH [--title REGEX] [--settings KEY=VALUE ...]
                  [--screenshot FILE] [--keys KEY ...] -- [limber arguments]
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def use_system_python_for(module, package):
    """Runs this script again with the system's python3 when the one running
    it (pyenv, a virtualenv) cannot import module: the distribution's Python
    packages (python3-numpy, python3-pyatspi) are seen only by the system's.
    Fails, naming the Debian package, when no python3 here has it."""
    try:
        __import__(module)
        return
    except ImportError:
        pass
    for candidate in ("/usr/bin/python3", "/usr/local/bin/python3"):
        if (os.path.exists(candidate)
                and os.path.realpath(candidate) != os.path.realpath(sys.executable)
                and subprocess.run([candidate, "-c", "import " + module],
                                   capture_output=True).returncode == 0):
            os.execv(candidate, [candidate] + sys.argv)
    fail("%s is not installed (Debian: %s; tools/dev test installs it)" % (module, package))


def display_answers(env, timeout):
    """True once a client can open the display (xdotool asks for its size)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        asked = subprocess.run(["xdotool", "getdisplaygeometry"], env=env,
                               capture_output=True, text=True)
        if asked.returncode == 0:
            return True
        time.sleep(0.05)
    return False


def start_xvfb(attempts=5):
    """An X server of its own, used only once a client has opened its
    display. -noreset: without it the server resets whenever its last
    client leaves (the check's own client does), and a program connecting
    during the reset is turned away ("could not connect to display"). The
    display number is drawn at random from a wide range rather than the
    lowest free one, so tests side by side (ctest -j) never meet on a number
    a server is still giving up."""
    log = tempfile.TemporaryFile(mode="w+")
    draw = random.Random()  # seeded from the system: each test its own numbers
    for _ in range(attempts):
        number = draw.randrange(100, 30000)
        if os.path.exists("/tmp/.X%d-lock" % number):
            continue
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", ":%d" % number, "-displayfd", str(write_end), "-noreset", "-screen", "0",
             "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stderr=log)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            ready = pipe.readline().strip()
        display = ":%d" % number
        if ready and display_answers(dict(os.environ, DISPLAY=display), 10):
            log.close()
            return xvfb, display
        xvfb.kill()
        xvfb.wait()
        print("Xvfb on display %s did not start or answer (status %s); trying another"
              % (display, xvfb.returncode), file=sys.stderr)
    log.seek(0)
    fail("Xvfb did not start in %d attempts; its output:\n%s" % (attempts, log.read()))


def find_window(env, title, timeout, app=None):
    """The id of the first visible window whose title matches, or None. With
    app given, the search ends as soon as that program has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app is not None and app.poll() is not None:
            fail("limber exited with status %d before showing a window titled %r"
                 % (app.returncode, title))
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                               env=env, capture_output=True, text=True)
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.05)
    return None


def quit_by_keyboard(env, app):
    """Ctrl+Q, as a person quits; limber must exit with status 0 within 20 s."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=env, check=True)
    try:
        status = app.wait(timeout=20)
    except subprocess.TimeoutExpired:
        fail("limber did not quit within 20 s of Ctrl+Q")
    if status != 0:
        fail("limber exited with status %d" % status)


def clean_up(app, xvfb, data_dir):
    """Whatever happened: no program left running, no X server, no data folder."""
    if app.poll() is None:
        app.kill()
        app.wait()
    xvfb.terminate()
    xvfb.wait()
    shutil.rmtree(data_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--title", default="^Limber")
    parser.add_argument("--settings", action="append", default=[],
                        help="KEY=VALUE written to settings.ini in the data folder first")
    parser.add_argument("--screenshot")
    parser.add_argument("--keys", nargs="*", default=[], help="keys typed before quitting")
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    app_args = args.rest[1:] if args.rest[:1] == ["--"] else args.rest

    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(tool + " is not installed (tools/dev test installs it)")

    data_dir = tempfile.mkdtemp(prefix="limber-it-")
    if args.settings:
        with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
            sections = {}
            for pair in args.settings:
                key, value = pair.split("=", 1)
                section, _, name = key.rpartition("/")
                sections.setdefault(section or "General", []).append((name, value))
            for section, pairs in sections.items():
                ini.write("[%s]\n" % section)
                for name, value in pairs:
                    ini.write("%s=%s\n" % (name, value))

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([args.limber, "--data-dir", data_dir] + app_args, env=env)
    try:
        window = find_window(env, args.title, 30, app)
        if window is None:
            fail("no visible window titled %r within 30 s" % args.title)
        time.sleep(args.settle)
        if app.poll() is not None:
            fail("limber exited early with status %d" % app.returncode)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
        for key in args.keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env, check=True)
            time.sleep(0.3)
        if args.screenshot:
            subprocess.run(["import", "-window", "root", args.screenshot], env=env, check=True)
        quit_by_keyboard(env, app)
        print("ok: window %s shown and limber quit with status 0" % window)
    finally:
        clean_up(app, xvfb, data_dir)


if __name__ == "__main__":
    main()

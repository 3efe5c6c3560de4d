#!/usr/bin/env python3
"""The session page as a screen reader meets it: the real limber under Xvfb,
on a private D-Bus session with the AT-SPI bus, read through pyatspi.

- The session page's tree names every push button, and the controls a person
  needs are there by name (pause, stop, "it hurts", skip).
- Each phase that begins and the last seconds of a hold reach AT-SPI as
  events ("object:property-change:accessible-name"): a screen reader hears
  them without the focus moving.

usage: accessibility_tree.py --limber PATH --routine FILE
Needs dbus-daemon (dbus-run-session), at-spi2-core, python3-pyatspi, Xvfb.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_app import clean_up, fail, find_window, start_xvfb, use_system_python_for  # noqa: E402


def on_private_session_bus():
    """Runs this script again inside a D-Bus session of its own, where the
    AT-SPI bus is started on demand: nothing leaks to or from the desktop."""
    if os.environ.get("LIMBER_A11Y_SESSION") == "1":
        return
    if shutil.which("dbus-run-session") is None:
        fail("dbus-run-session is not installed (Debian: dbus-daemon)")
    env = dict(os.environ, LIMBER_A11Y_SESSION="1")
    os.execvpe("dbus-run-session",
               ["dbus-run-session", "--", sys.executable] + sys.argv, env)


def limber_application(pyatspi, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and (app.name or "").lower() == "limber":
                return app
        time.sleep(0.2)
    return None


def walk(node, depth=0):
    """Every node under node, with its depth; a node that has gone (the tree
    changes while it is read) ends its branch."""
    yield node, depth
    try:
        count = node.childCount
    except Exception:  # noqa: BLE001 - an object the program just destroyed
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:  # noqa: BLE001
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def showing_buttons(pyatspi, app):
    buttons = []
    for node, _ in walk(app):
        try:
            if node.getRole() != pyatspi.ROLE_PUSH_BUTTON:
                continue
            if not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            buttons.append(node.name or "")
        except Exception:  # noqa: BLE001
            continue
    return buttons


def write_settings(data_dir):
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=1\n")
        ini.write("[audio]\ntones=false\nvoice=false\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    args = parser.parse_args()
    use_system_python_for("pyatspi", "python3-pyatspi")
    on_private_session_bus()
    import pyatspi
    from gi.repository import GLib

    data_dir = tempfile.mkdtemp(prefix="limber-a11y-")
    write_settings(data_dir)
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    os.environ.update(DISPLAY=display)
    app = subprocess.Popen([args.limber, "--data-dir", data_dir,
                            "--start", os.path.abspath(args.routine)], env=env)
    try:
        if find_window(env, "Limber", 30, app) is None:
            fail("no visible limber window within 30 s")
        limber = limber_application(pyatspi, 30)
        if limber is None:
            fail("limber never appeared on the AT-SPI bus")

        names = []

        def heard(event):
            try:
                names.append(event.source.name or "")
            except Exception:  # noqa: BLE001
                pass

        pyatspi.Registry.registerEventListener(heard, "object:property-change:accessible-name")
        # The routine's 15 s get-ready, then a 10 s hold: the hold's start and
        # its last seconds come within 30 s.
        GLib.timeout_add_seconds(30, lambda: pyatspi.Registry.stop() or False)
        pyatspi.Registry.start()

        buttons = showing_buttons(pyatspi, limber)
        print("buttons on the session page: %s" % " | ".join(buttons))
        unnamed = [name for name in buttons if not name.strip()]
        if unnamed:
            fail("%d push button(s) without a name on the session page" % len(unnamed))
        for needed in ("Pause", "Skip to the next step", "Stop the session",
                       "It hurts: stop the session"):
            if not any(needed in name for name in buttons):
                fail("no button named %r on the session page" % needed)

        print("announced: %s" % " | ".join(names))
        for words in ("Left leg on top", "3", "2", "1"):
            if words not in names and not any(name.startswith(words) for name in names):
                fail("%r was never announced over AT-SPI" % words)
        print("ok: %d named buttons, %d announcements" % (len(buttons), len(names)))
    finally:
        clean_up(app, xvfb, data_dir)


if __name__ == "__main__":
    main()

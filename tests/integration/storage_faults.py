#!/usr/bin/env python3
"""The real program on a data folder it cannot write, each case in a mount
namespace of its own (unshare), so the file systems it makes vanish with it:

  full_disk   the data folder is a tmpfs filled to the last byte, holding a
              history of two sessions. `limber --start` opens (it does not
              claim to be "already running"), logs that the disk is full and
              runs the session; SIGTERM in the second hold quits without
              asking and keeps the session's writes in a file (in the data
              folder when a few bytes came free, else in the cache folder). --export-csv still reads
              the history and --import is refused. Once space is freed the
              next start saves the kept session into the history, whole
              (both holds, stopped), and removes the kept file.
  read_only   the data folder is mounted read-only: the program opens and
              logs why recording is off; --export-csv and --report work,
              --import is refused with the reason; nothing in it changes.

usage: storage_faults.py --limber PATH --routine FILE --case NAME
"""
import argparse
import csv
import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_app import expect, fail  # noqa: E402

NAMESPACE_MARK = "LIMBER_TEST_IN_MOUNT_NAMESPACE"
HOLD_SECONDS = 10  # of the routine: one hold left, then one right


def enter_mount_namespace():
    """Runs this script again in a private mount namespace: as root with
    unshare --mount, otherwise as root of a new user namespace."""
    if os.environ.get(NAMESPACE_MARK):
        return
    wrapper = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        wrapper = ["unshare", "--map-root-user", "--mount", "--propagation", "private"]
    env = dict(os.environ, **{NAMESPACE_MARK: "1"})
    result = subprocess.run(wrapper + [sys.executable] + sys.argv, env=env)
    if result.returncode != 0 and shutil.which("unshare") is None:
        fail("unshare (util-linux) is needed for this test")
    sys.exit(result.returncode)


def mount(*args):
    result = subprocess.run(["mount"] + list(args), capture_output=True, text=True)
    expect(result.returncode == 0, "mount %s failed: %s" % (" ".join(args), result.stderr))


def environment(work):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QT_LOGGING_RULES="limber.session.info=true;limber.recording.info=true",
               XDG_CACHE_HOME=os.path.join(work, "cache"),
               XDG_CONFIG_HOME=os.path.join(work, "config"))
    env.pop(NAMESPACE_MARK, None)
    return env


def run(limber, work, data_dir, *args):
    return subprocess.run([limber, "--data-dir", data_dir] + list(args), capture_output=True,
                          text=True, timeout=120, env=environment(work), cwd=work)


def seed(limber, work, data_dir):
    """A history of two sessions of one hold each, imported."""
    sessions = []
    for i in range(2):
        sessions.append({
            "uid": "seed-%d" % i, "routineId": "daily-hip-stretch", "status": "completed",
            "stopReason": None, "startedUtc": "2026-03-0%dT09:00:00.000Z" % (i + 2),
            "startedOffsetSeconds": 3600, "endedUtc": "2026-03-0%dT09:05:00.000Z" % (i + 2),
            "endedOffsetSeconds": 3600, "painBefore": 4, "painAfter": 2, "note": "",
            "holds": [{"exerciseId": "seated-leg-cross", "side": "left", "holdIndex": 0,
                       "targetMs": 60000, "heldMs": 60000,
                       "startedUtc": "2026-03-0%dT09:01:00.000Z" % (i + 2),
                       "startedOffsetSeconds": 3600, "completed": True, "reach": None}],
        })
    source = os.path.join(work, "seed.json")
    with open(source, "w", encoding="utf-8") as handle:
        json.dump({"format": "limber-history", "formatVersion": 1,
                   "exportedUtc": "2026-03-04T00:00:00.000Z", "sessions": sessions}, handle)
    result = run(limber, work, data_dir, "--import", source)
    expect(result.returncode == 0, "seeding failed:\n" + result.stderr)
    with open(os.path.join(data_dir, "settings.ini"), "w") as ini:
        ini.write("[safety]\nacceptedNoticeVersion=99\n")


def fill(folder):
    """Writes one file until the file system has no byte left."""
    filler = open(os.path.join(folder, "filler"), "wb", buffering=0)
    try:
        while True:
            filler.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        try:
            filler.close()
        except OSError:
            pass
    # Also the last partial block, and the room a new small file would take.
    for i in range(64):
        try:
            with open(os.path.join(folder, "filler-%d" % i), "wb") as extra:
                extra.write(b"\0" * 512)
        except OSError:
            break
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    expect(free == 0, "the tmpfs still has %d bytes free" % free)


def free_space(folder):
    for name in os.listdir(folder):
        if name.startswith("filler"):
            os.remove(os.path.join(folder, name))


def holds_in_csv(text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    expect(rows and rows[0][:2] == ["session_uid", "exercise_id"],
           "no holds header in %r" % text[:200])
    return rows[1:]


def snapshot(folder):
    """Every file's name, size and content hash, to show nothing changed."""
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return files


def launch(limber, work, data_dir, *args):
    """Starts limber with its output in a file: a pipe would stay open while
    a helper it started (a sound server) lives on, and reading it to its end
    would hang."""
    log_path = os.path.join(work, "limber-%d.log" % time.monotonic_ns())
    log = open(log_path, "w")
    app = subprocess.Popen([limber, "--data-dir", data_dir] + list(args), env=environment(work),
                           stdout=log, stderr=subprocess.STDOUT, text=True, cwd=work)
    log.close()
    return app, log_path


def read_log(log_path):
    with open(log_path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def wait_for(app, log_path, words, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and app.poll() is None:
        if words in read_log(log_path):
            return True
        time.sleep(0.2)
    return words in read_log(log_path)


def start_session(limber, work, data_dir, routine):
    app, log_path = launch(limber, work, data_dir, "--start", routine)
    if not wait_for(app, log_path, "session began"):
        app.kill()
        fail("the session did not begin within 30 s:\n" + read_log(log_path))
    return app, log_path


def quit_with_term(app, log_path, what):
    app.send_signal(signal.SIGTERM)
    try:
        status = app.wait(timeout=20)
    except subprocess.TimeoutExpired:
        app.kill()
        fail("limber did not quit within 20 s of SIGTERM (%s)" % what)
    log = read_log(log_path)
    expect(status == 0, "limber ended with status %d (%s):\n%s" % (status, what, log[-4000:]))
    return log


def full_disk(limber, routine, work):
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", data_dir)
    seed(limber, work, data_dir)
    fill(data_dir)

    app, log_path = start_session(limber, work, data_dir, routine)
    # Into the second hold: the first has ended and could not be saved.
    time.sleep(HOLD_SECONDS + 3)
    log = quit_with_term(app, log_path, "full disk")
    expect("already running" not in log, "it claimed to be already running:\n" + log)
    expect("is full" in log, "the full disk is not said:\n" + log)
    requests = [n for n in os.listdir(data_dir) if n.startswith("activate")]
    expect(not requests, "request files were left: %r" % requests)
    expect("are kept in" in log, "the unsaved holds were not kept:\n" + log)
    # In the data folder when a few bytes came free meanwhile, else in the cache.
    kept = [os.path.join(root, name) for folder in (data_dir, os.path.join(work, "cache"))
            for root, _, names in os.walk(folder) for name in names
            if name.startswith("unsaved-")]
    expect(len(kept) == 1, "kept files: %r\n%s" % (kept, log))
    with open(kept[0], encoding="utf-8") as handle:
        document = json.load(handle)
    expect(len(document["sessions"]) == 1 and len(document["sessions"][0]["holds"]) == 2,
           "the kept file holds %r" % document["sessions"])
    print("ok: on a full disk Limber opened, said so, ran the session and kept its 2 holds")

    exported = run(limber, work, data_dir, "--export-csv", "-")
    expect(exported.returncode == 0, "--export-csv - on a full disk exited %d:\n%s"
           % (exported.returncode, exported.stderr))
    expect(len(holds_in_csv(exported.stdout)) == 2, "the export holds %r" % exported.stdout)
    imported = run(limber, work, data_dir, "--import", kept[0])
    expect(imported.returncode != 0 and "is full" in imported.stderr,
           "--import on a full disk exited %d:\n%s" % (imported.returncode, imported.stderr))
    print("ok: on a full disk --export-csv reads the history and --import is refused")

    free_space(data_dir)
    app, log_path = launch(limber, work, data_dir)
    wait_for(app, log_path, "now in your history")
    log = quit_with_term(app, log_path, "after space was freed")
    expect("now in your history" in log, "the kept holds were not saved:\n" + log)
    expect(not os.path.exists(kept[0]), "the kept file is still there")
    connection = sqlite3.connect("file:%s?mode=ro" % os.path.join(data_dir, "history.db"),
                                 uri=True)
    try:
        sessions = connection.execute(
            "SELECT uid, status, ended_utc_ms IS NOT NULL FROM sessions ORDER BY started_utc_ms"
        ).fetchall()
        holds = connection.execute(
            "SELECT side, completed FROM holds h JOIN sessions s ON s.id = h.session_id "
            "WHERE s.uid NOT LIKE 'seed-%' ORDER BY h.started_utc_ms").fetchall()
    finally:
        connection.close()
    expect(len(sessions) == 3 and sessions[2][1:] == ("stopped", 1),
           "sessions after the next start: %r" % sessions)
    expect(holds == [("left", 1), ("right", 0)], "the session's holds: %r" % holds)
    print("ok: after space was freed the next start saved the session whole and removed the file")


def read_only(limber, routine, work):
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    seed(limber, work, data_dir)
    mount("--bind", data_dir, data_dir)
    mount("-o", "remount,bind,ro", data_dir)
    before = snapshot(data_dir)

    app, log_path = launch(limber, work, data_dir)
    time.sleep(4)
    expect(app.poll() is None, "limber ended at once (status %r) on a read-only folder:\n%s"
           % (app.returncode, read_log(log_path)))
    log = quit_with_term(app, log_path, "read-only folder")
    expect("may not write to the folder" in log, "why recording is off is not said:\n" + log)
    print("ok: on a read-only folder Limber opened and said why recording is off")

    exported = run(limber, work, data_dir, "--export-csv", "-")
    expect(exported.returncode == 0 and len(holds_in_csv(exported.stdout)) == 2,
           "--export-csv - exited %d:\n%s" % (exported.returncode, exported.stderr))
    report = os.path.join(work, "report.pdf")
    reported = run(limber, work, data_dir, "--report", report)
    expect(reported.returncode == 0 and os.path.getsize(report) > 1000,
           "--report exited %d:\n%s" % (reported.returncode, reported.stderr))
    source = os.path.join(work, "seed.json")
    imported = run(limber, work, data_dir, "--import", source)
    expect(imported.returncode == 1 and "may not write" in imported.stderr,
           "--import exited %d:\n%s" % (imported.returncode, imported.stderr))
    expect(snapshot(data_dir) == before, "the read-only folder changed")
    print("ok: on a read-only folder export and report work, import says why it cannot")


CASES = {"full_disk": full_disk, "read_only": read_only}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--case", required=True, choices=sorted(CASES))
    arguments = parser.parse_args()
    enter_mount_namespace()
    work = tempfile.mkdtemp(prefix="limber-storage-")
    try:
        CASES[arguments.case](os.path.abspath(arguments.limber),
                              os.path.abspath(arguments.routine), work)
    finally:
        subprocess.run(["umount", "-R", os.path.join(work, "data")], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The data commands of the real program where the history or the output is
not an ordinary file. Each case runs `limber` in a fresh --data-dir:

  damaged     history.db is random bytes: --export-csv, --export-json and
              --report exit 4, say the history is damaged and where it is,
              write nothing and leave an earlier file at FILE as it was; the
              damaged bytes are kept, unchanged.
  fifo        --export-csv, --export-json, --report and --print-sheet into a
              FIFO read by `cat`: the reader gets the whole export or PDF and
              the FIFO stays a FIFO.
  stdout      --export-csv - and --export-json - write the data to standard
              output (read back with the csv and json modules), messages to
              standard error; --report - is a usage error.
  folder      --export-csv onto a folder is refused, naming it, status 1.
  disk_full   --export-csv and --export-json onto a device like /dev/full,
              and --export-csv - with standard output there, say there is no
              space left on the device, status 1; the device is still a device.

usage: data_command_faults.py --limber PATH --case NAME
"""
import argparse
import csv
import io
import json
import os
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_app import expect, fail  # noqa: E402

DAMAGED_EXIT = 4
FAILED_EXIT = 1
USAGE_EXIT = 2


def environment():
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def run(limber, data_dir, *args, check=True):
    # In the data folder's parent, so a file wrongly named "-" would show there.
    result = subprocess.run([limber, "--data-dir", data_dir] + list(args), capture_output=True,
                            timeout=120, env=environment(), cwd=os.path.dirname(data_dir))
    if check and result.returncode != 0:
        fail("limber %s exited with %d:\n%s" % (" ".join(args), result.returncode,
                                                result.stderr.decode(errors="replace")))
    return result


def history():
    """Two sessions of one hold each, to import."""
    sessions = []
    for i in range(2):
        sessions.append({
            "uid": "session-%d" % i, "routineId": "daily-hip-stretch", "status": "completed",
            "stopReason": None, "startedUtc": "2026-03-0%dT09:00:00.000Z" % (i + 2),
            "startedOffsetSeconds": 3600, "endedUtc": "2026-03-0%dT09:05:00.000Z" % (i + 2),
            "endedOffsetSeconds": 3600, "painBefore": 4, "painAfter": 2, "note": "",
            "holds": [{"exerciseId": "seated-leg-cross", "side": "left", "holdIndex": 0,
                       "targetMs": 60000, "heldMs": 60000,
                       "startedUtc": "2026-03-0%dT09:01:00.000Z" % (i + 2),
                       "startedOffsetSeconds": 3600, "completed": True, "reach": None}],
        })
    return {"format": "limber-history", "formatVersion": 1,
            "exportedUtc": "2026-03-04T00:00:00.000Z", "sessions": sessions}


def seeded_data_dir(limber, work):
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    source = os.path.join(work, "history-to-import.json")
    with open(source, "w", encoding="utf-8") as handle:
        json.dump(history(), handle)
    run(limber, data_dir, "--import", source)
    return data_dir


def holds_from(text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    expect(rows and rows[0][:2] == ["session_uid", "exercise_id"],
           "no holds header in %r" % text[:200])
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def check_holds(text, where):
    holds = holds_from(text)
    expect(len(holds) == 2, "%d holds from %s, not 2" % (len(holds), where))
    expect(sorted(h["session_uid"] for h in holds) == ["session-0", "session-1"],
           "holds from %s name %r" % (where, [h["session_uid"] for h in holds]))


def check_json(text, where):
    try:
        exported = json.loads(text)
    except ValueError as error:
        fail("the JSON from %s does not parse (%s): %r" % (where, error, text[:200]))
    expect(sorted(s["uid"] for s in exported["sessions"]) == ["session-0", "session-1"],
           "the JSON from %s has sessions %r" % (where, exported.get("sessions")))


def damaged(limber, work):
    earlier = b"an earlier export the person keeps\n"
    for option, name in (("--export-csv", "holds.csv"), ("--export-json", "history.json"),
                         ("--report", "report.pdf")):
        data_dir = os.path.join(work, "data" + option)
        os.makedirs(data_dir)
        garbage = os.urandom(64 * 1024)
        with open(os.path.join(data_dir, "history.db"), "wb") as handle:
            handle.write(garbage)
        target = os.path.join(work, name)
        with open(target, "wb") as handle:
            handle.write(earlier)
        result = run(limber, data_dir, option, target, check=False)
        err = result.stderr.decode(errors="replace")
        expect(result.returncode == DAMAGED_EXIT,
               "%s on a damaged history exited %d, not %d:\n%s"
               % (option, result.returncode, DAMAGED_EXIT, err))
        expect("damaged" in err, "%s does not say the history is damaged:\n%s" % (option, err))
        with open(target, "rb") as handle:
            expect(handle.read() == earlier, "%s changed the earlier %s" % (option, name))
        expect(not os.path.exists(os.path.join(work, "holds-sessions.csv")),
               "%s wrote a sessions file" % option)
        # The damaged bytes are still in the data folder, unchanged, and
        # the message names the folder or file that holds them.
        kept = []
        for folder, _, files in os.walk(data_dir):
            for file_name in files:
                with open(os.path.join(folder, file_name), "rb") as handle:
                    if handle.read() == garbage:
                        kept.append(os.path.join(folder, file_name))
        expect(kept, "%s did not keep the damaged file anywhere in %s" % (option, data_dir))
        expect(os.path.dirname(kept[0]) in err,
               "%s does not say where the damaged file is (%s):\n%s" % (option, kept[0], err))
        print("ok: %s exits %d, says the history is damaged and is kept in %s, and leaves %s as "
              "it was" % (option, DAMAGED_EXIT, os.path.dirname(kept[0]), name))


def check_pdf(data, where):
    expect(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"),
           "%d bytes from %s are not a whole PDF" % (len(data), where))


def fifo(limber, work):
    data_dir = seeded_data_dir(limber, work)
    for option, check in (("--export-csv", check_holds), ("--export-json", check_json),
                          ("--report", check_pdf), ("--print-sheet", check_pdf)):
        pipe = os.path.join(work, "pipe" + option)
        os.mkfifo(pipe)
        reader = subprocess.Popen(["cat", pipe], stdout=subprocess.PIPE)
        result = run(limber, data_dir, option, pipe, check=False)
        try:
            received, _ = reader.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            reader.kill()
            reader.communicate()
            fail("%s never wrote into the FIFO (exit %d):\n%s"
                 % (option, result.returncode, result.stderr.decode(errors="replace")))
        expect(result.returncode == 0, "%s into a FIFO exited %d:\n%s"
               % (option, result.returncode, result.stderr.decode(errors="replace")))
        expect(stat.S_ISFIFO(os.stat(pipe).st_mode), "%s replaced the FIFO" % option)
        check(received if check is check_pdf else received.decode("utf-8"), "the FIFO")
        print("ok: %s wrote into the FIFO, which is still a FIFO" % option)
    leftovers = [name for name in os.listdir(work) if name.startswith("pipe") and
                 not stat.S_ISFIFO(os.stat(os.path.join(work, name)).st_mode)]
    expect(not leftovers, "files left beside the FIFOs: %r" % leftovers)


def stdout(limber, work):
    data_dir = seeded_data_dir(limber, work)
    result = run(limber, data_dir, "--export-csv", "-")
    check_holds(result.stdout.decode("utf-8"), "standard output")
    expect("standard output" in result.stderr.decode(), "the messages are not on stderr")
    expect(not os.path.exists(os.path.join(work, "-")), "a file named - was written")
    print("ok: --export-csv - writes the holds CSV to standard output")
    result = run(limber, data_dir, "--export-csv", "/dev/stdout")
    check_holds(result.stdout.decode("utf-8"), "/dev/stdout")
    print("ok: --export-csv /dev/stdout writes the holds CSV to standard output")
    result = run(limber, data_dir, "--export-json", "-")
    check_json(result.stdout.decode("utf-8"), "standard output")
    print("ok: --export-json - writes the JSON to standard output")
    result = run(limber, data_dir, "--report", "-", check=False)
    expect(result.returncode == USAGE_EXIT, "--report - exited %d" % result.returncode)
    print("ok: --report - is refused as a usage error")


def folder(limber, work):
    data_dir = seeded_data_dir(limber, work)
    target = os.path.join(work, "a folder")
    os.makedirs(target)
    result = run(limber, data_dir, "--export-csv", target, check=False)
    err = result.stderr.decode(errors="replace")
    expect(result.returncode == FAILED_EXIT, "onto a folder exited %d" % result.returncode)
    expect(target in err and "folder" in err, "the refusal does not name the folder:\n" + err)
    expect(os.path.isdir(target) and not os.listdir(target), "the folder was changed")
    print("ok: a folder is refused by name")


def full_device(work):
    """A device that refuses every write with ENOSPC, like /dev/full. As root
    the test makes its own node: a program that wrongly replaced it would
    otherwise replace the system's /dev/full."""
    if os.geteuid() == 0:
        node = os.path.join(work, "full")
        try:
            os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
            os.close(os.open(node, os.O_WRONLY))
            return node
        except OSError:
            # A container without the right to make device nodes, or a
            # temporary folder mounted nodev: the system's own, then.
            if os.path.lexists(node):
                os.remove(node)
    return "/dev/full" if os.path.exists("/dev/full") else None


def disk_full(limber, work):
    device = full_device(work)
    expect(device is not None, "this system has no /dev/full, and no device node could be made")
    data_dir = seeded_data_dir(limber, work)
    for option in ("--export-csv", "--export-json"):
        result = run(limber, data_dir, option, device, check=False)
        err = result.stderr.decode(errors="replace")
        expect(result.returncode == FAILED_EXIT, "%s %s exited %d:\n%s"
               % (option, device, result.returncode, err))
        expect("no space left on the device" in err, "the full disk is not said plainly:\n" + err)
        expect("Unknown error" not in err, "the message says 'Unknown error':\n" + err)
        expect(stat.S_ISCHR(os.stat(device).st_mode), "%s was replaced" % device)
        expect(not os.path.exists(device + "-sessions.csv"), "a sessions file was written")
        print("ok: %s onto a full device says so plainly" % option)
    # Standard output on the full device: the same words.
    with open(device, "wb") as full:
        result = subprocess.run([limber, "--data-dir", data_dir, "--export-csv", "-"],
                                stdout=full, stderr=subprocess.PIPE, timeout=120,
                                env=environment(), cwd=work)
    err = result.stderr.decode(errors="replace")
    expect(result.returncode == FAILED_EXIT and "no space left on the device" in err,
           "--export-csv - onto a full device exited %d:\n%s" % (result.returncode, err))
    print("ok: --export-csv - onto a full device says so plainly")


CASES = {"damaged": [damaged], "fifo": [fifo],
         "stdout": [stdout], "folder": [folder], "disk_full": [disk_full]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--case", required=True, choices=sorted(CASES))
    arguments = parser.parse_args()
    for check in CASES[arguments.case]:
        with tempfile.TemporaryDirectory() as work:
            check(os.path.abspath(arguments.limber), work)


if __name__ == "__main__":
    main()

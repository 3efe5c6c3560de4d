#!/usr/bin/env python3
"""The sound server goes away in the middle of a session and comes back.

Runs the real limber binary through a routine with a private PulseAudio
server (the harness of audio_cues.py), kills the server while a hold runs,
starts a new one at the same address half a second later, and checks what a
person would notice:

  1. the session goes on: it finishes ("completed"), every sound it still
     planned is played out or passed over ("idle"), and the program quits
     cleanly with Ctrl+Q (status 0), without a crash;
  2. sound comes back: the tones heard on the new server are the last tones
     of the plan, in order, at least every tone planned from --back-within
     seconds after the server went away, each within 20 ms of its plan
     relative to the others.

The defaults fit tests/integration/data/audio-restart-routine.json (a 5 s
get-ready, a hold of 10 s a side, a 5 s switch: 30 s). The server is killed
8 s after the plan appears, in the first hold. The program looks for an
output every 3 s (docs/audio.md); in trials its tones came back 4 to 8 s
after the kill. The tones planned from 16 s on (the second hold's chime and
ticks, the done tone) must be heard, so sound has until the chime at 20 s to
come back.

usage: audio_server_restart.py --limber PATH --routine FILE --sounds-dir DIR
                               [--kill-after 8] [--down 0.5] [--back-within 8]
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audio_cues as ac  # noqa: E402  (restarts itself under a Python with numpy)

LIMIT_MS = 20.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--routine", required=True)
    parser.add_argument("--sounds-dir", required=True)
    parser.add_argument("--kill-after", type=float, default=8.0,
                        help="seconds into the session when the server is killed")
    parser.add_argument("--down", type=float, default=0.5, help="seconds without a server")
    parser.add_argument("--back-within", type=float, default=8.0,
                        help="tones planned this long after the kill must be heard")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="limber-audio-restart-")
    processes = ac.Processes()
    try:
        pulse_env = ac.start_pulseaudio(processes, work)
        server = processes.items[-1][0]
        data_dir = os.path.join(work, "data")
        os.mkdir(data_dir)
        ac.write_settings(data_dir, voice=False, breath_tones=False)
        trace_path = os.path.join(work, "trace.jsonl")
        before = ac.Recorder(processes, pulse_env, os.path.join(work, "before.raw"))
        follower = ac.TraceFollower(trace_path, before)
        display = ac.start_xvfb(processes)
        env = dict(pulse_env, DISPLAY=display, QT_QPA_PLATFORM="xcb", LIMBER_SOUND_TRACE=trace_path)
        app = processes.add(subprocess.Popen(
            [args.limber, "--data-dir", data_dir, "--start", os.path.abspath(args.routine)],
            env=env), stop=signal.SIGKILL)
        window = ac.find_window(env, "Limber", 30)
        if window is None:
            ac.fail("no visible limber window within 30 s")
        if not follower.wait_for(lambda: follower.session(0) is not None, 30, app):
            ac.fail("the session did not start (no plan in the trace within 30 s)")
        started = time.monotonic()
        plan = follower.session(0)["plan"]

        time.sleep(max(0.0, started + args.kill_after - time.monotonic()))
        before.stop()
        killed_at = time.monotonic() - started
        server.kill()
        server.wait()
        time.sleep(args.down)
        pulse_env = ac.start_pulseaudio(processes, work)
        after_path = os.path.join(work, "after.raw")
        after = ac.Recorder(processes, pulse_env, after_path)
        print("server killed %.1f s into the session, a new one up %.1f s later"
              % (killed_at, time.monotonic() - started - killed_at), flush=True)

        limit = ac.plan_end_s(plan) + 30
        if not follower.wait_for(lambda: follower.session(0)["idle"], limit, app):
            ac.fail("no \"idle\" event within %.0f s of the start (finished: %r)"
                    % (limit, follower.session(0)["finished"]))
        if follower.session(0)["finished"] != "completed":
            ac.fail("the session ended %r, not completed" % follower.session(0)["finished"])
        time.sleep(1.5)
        ac.quit_cleanly(env, window, app)
        after.stop()

        templates = ac.load_templates(args.sounds_dir)
        heard, _ = ac.detect_tones(ac.read_raw(after_path), templates)
        planned = ac.planned_tones(plan)
        must_hear = [t for t in planned if t["at_ms"] / 1000.0 >= killed_at + args.back_within]
        if not must_hear:
            ac.fail("the routine is too short: no tone is planned %.0f s after the kill"
                    % args.back_within)
        if len(heard) < len(must_hear):
            ac.fail("after the server came back %d tones were heard, but %d were planned "
                    "from %.0f s after it went away on" % (len(heard), len(must_hear),
                                                            args.back_within))
        tail = planned[-len(heard):] if heard else []
        names_heard = [d.name for d in heard]
        names_planned = [t["tone"] for t in tail]
        if names_heard != names_planned:
            ac.fail("the tones heard after the restart %s are not the plan's last tones %s"
                    % (names_heard, names_planned))
        offsets = [d.time - t["at_ms"] / 1000.0 for d, t in zip(heard, tail)]
        middle = sorted(offsets)[len(offsets) // 2]
        errors = [abs(o - middle) * 1000.0 for o in offsets]
        if max(errors) > LIMIT_MS:
            worst = errors.index(max(errors))
            ac.fail("after the restart, %s planned at %.3f s was %.1f ms off the others"
                    % (names_planned[worst], tail[worst]["at_ms"] / 1000.0, max(errors)))
        print("ok: the session went on and finished; after the server came back %d of %d "
              "tones were heard on time (max error %.1f ms), from %.1f s into the session"
              % (len(heard), len(planned), max(errors), tail[0]["at_ms"] / 1000.0))
    finally:
        processes.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

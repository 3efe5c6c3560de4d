#!/usr/bin/env python3
"""Writes a made-up but plausible history for screenshots and manual checks:
ten weeks of the daily hip stretch ending yesterday, the Seated Leg Cross
grown from 60 s to 75 s and then 90 s holds, and the last three sessions
all held to the end, so the start page proposes the next step.

usage: demo_history.py OUT.json [--today YYYY-MM-DD]
then:  limber --data-dir DIR --import OUT.json
"""
import argparse
import datetime
import json
import random

OFFSET = 3600  # the person lives one hour east of UTC
ROUTINE = "daily-hip-stretch"
EXERCISE = "seated-leg-cross"


def utc_text(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def session(uid, start, hold_seconds, pain_before, pain_after, reach):
    holds = []
    clock = start + datetime.timedelta(minutes=2)
    for index, side in enumerate(["left", "right", "left", "right"]):
        holds.append({"exerciseId": EXERCISE, "side": side, "holdIndex": index // 2,
                      "targetMs": hold_seconds * 1000, "heldMs": hold_seconds * 1000,
                      "startedUtc": utc_text(clock), "startedOffsetSeconds": OFFSET,
                      "completed": True, "reach": reach})
        clock += datetime.timedelta(seconds=hold_seconds + 10)
    return {"uid": "demo-%03d" % uid, "routineId": ROUTINE, "status": "completed",
            "stopReason": "", "startedUtc": utc_text(start), "startedOffsetSeconds": OFFSET,
            "endedUtc": utc_text(clock), "endedOffsetSeconds": OFFSET,
            "painBefore": pain_before, "painAfter": pain_after, "note": "", "holds": holds}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--today", default=datetime.date.today().isoformat())
    args = parser.parse_args()
    today = datetime.date.fromisoformat(args.today)
    first = today - datetime.timedelta(days=70)
    grown = {today - datetime.timedelta(days=35): 75, today - datetime.timedelta(days=17): 90}
    random.seed(4)
    sessions, events, hold = [], [], 60
    day, uid = first, 0
    while day < today:
        for changed_on, seconds in grown.items():
            if day >= changed_on and hold < seconds:
                hold = seconds
                decided = datetime.datetime.combine(changed_on, datetime.time(6, 30))
                events.append({"routineId": ROUTINE, "exerciseId": EXERCISE,
                               "kind": "accepted_grow", "holdSeconds": seconds,
                               "holdsPerSide": 2, "decidedUtc": utc_text(decided),
                               "decidedOffsetSeconds": OFFSET})
        progress = (day - first).days / 70
        pain_before = max(1, round(5 - 3 * progress + random.choice([-1, 0, 0, 1])))
        reach = 1 if progress < 0.4 else 2
        start = datetime.datetime.combine(day, datetime.time(7, random.randint(0, 50)))
        sessions.append(session(uid, start, hold, pain_before, max(0, pain_before - 1), reach))
        uid += 1
        day += datetime.timedelta(days=random.choice([1, 2, 2, 3]) if day < today - datetime.timedelta(days=7) else 2)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump({"format": "limber-history", "formatVersion": 2,
                   "exportedUtc": utc_text(datetime.datetime.combine(today, datetime.time(0))),
                   "sessions": sessions, "targetEvents": events, "declinedSuggestions": []},
                  handle, indent=1)


if __name__ == "__main__":
    main()

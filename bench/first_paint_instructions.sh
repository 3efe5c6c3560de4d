#!/bin/sh
# Instructions the main thread runs from exec to the first painted frame,
# Limber against the floor (bench/bare_window), counted by Callgrind. Unlike
# time, the count hardly varies between runs or with what else the machine
# does, so it shows what a change to the start-up saves; bench/first_paint.py
# measures the time a person waits.
#
# usage: bench/first_paint_instructions.sh LIMBER BARE_WINDOW
# Needs valgrind and Xvfb. Each program ends at its first frame
# (LIMBER_STARTUP_EXIT). Limber is counted twice on a fresh data folder: its
# first start, and the next one, which finds what the first remembered (the
# room of the start page's pain question).
set -eu
limber=$1
floor=$2
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
display=:$((90 + $$ % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp 2>/dev/null &
xvfb=$!
sleep 1

count() {
    # $1: a name for the output, then the command.
    name=$1
    shift
    DISPLAY=$display LIMBER_STARTUP_EXIT=1 valgrind --tool=callgrind --separate-threads=yes \
        --callgrind-out-file="$work/$name.out" "$@" >/dev/null 2>&1
    # Thread 1 is the main thread; its file ends in -01.
    callgrind_annotate "$work/$name.out-01" | awk -v name="$name" \
        '/PROGRAM TOTALS/ { gsub(",", "", $1); printf "%-6s %.1f million instructions\n", name, $1 / 1e6 }'
}

mkdir -p "$work/data"
printf '[safety]\nacceptedNoticeVersion=1\n' > "$work/data/settings.ini"
count first "$limber" --data-dir "$work/data"
count limber "$limber" --data-dir "$work/data"
count floor "$floor"

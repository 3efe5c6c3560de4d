#!/bin/sh
# Screenshots of every page, the session, the printed sheet and the report in
# one language, for a translator to look at what is cut off or too long.
# Runs the real program on Xvfb with a made-up history (tools/demo_history.py).
#   apt-get install -y xvfb xdotool imagemagick poppler-utils
#   tools/language-screenshots.sh build/release de /tmp/shots-de [WIDTHxHEIGHT]
set -eu
build=$(realpath "$1")
language=$2
mkdir -p "$3"
out=$(realpath "$3")
size=${4:-1024x720}
tools=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
limber="$build/app/limber"

mkdir -p "$work/data"
printf '[interface]\nlanguage=%s\n[safety]\nacceptedNoticeVersion=99\n' "$language" >"$work/data/settings.ini"
python3 "$tools/demo_history.py" "$work/history.json"
"$limber" --data-dir "$work/data" --import "$work/history.json" >/dev/null
"$limber" --data-dir "$work/data" --print-sheet "$out/sheet.pdf" >/dev/null
"$limber" --data-dir "$work/data" --report "$out/report.pdf" >/dev/null
pdftoppm -r 60 -png "$out/sheet.pdf" "$out/sheet"
pdftoppm -r 60 -png "$out/report.pdf" "$out/report"

exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp 2>/dev/null &
xvfb=$!
while [ ! -s "$work/display" ]; do sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"

"$limber" --data-dir "$work/data" >"$work/limber.log" 2>&1 &
app=$!
window=$(xdotool search --sync --onlyvisible --name 'Limber' | head -n 1)
xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}" windowfocus "$window"
sleep 3
shot() { import -window "$window" "$out/$1.png"; }
shot start
for page in 2:history 3:routines 4:print 5:settings; do
    xdotool key "ctrl+${page%%:*}"
    sleep 1
    shot "${page#*:}"
done
xdotool key ctrl+1
sleep 0.5
xdotool key F1
sleep 1
shot guide
xdotool key Escape
sleep 0.5
# Start today's routine: the get-ready screen, then into the first hold.
xdotool key ctrl+1 Return
sleep 4
shot session-get-ready
xdotool key Right
sleep 3
shot session-hold
xdotool key Escape
sleep 1
shot session-stop-question
kill "$app" 2>/dev/null || true
sleep 0.5
kill "$xvfb"
cat "$work/limber.log" >&2
rm -rf "$work"

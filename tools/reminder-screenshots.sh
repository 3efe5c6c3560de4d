#!/bin/sh
# Screenshots of a reminder as the person meets it, on a real X server
# (Xvfb) with a notification server that draws buttons (notification-daemon)
# and a system tray (trayer). Not part of CI; see docs/reminders-display.md.
#   apt-get install -y xvfb xdotool imagemagick dbus notification-daemon trayer
#   tools/reminder-screenshots.sh build/release docs
set -eu
[ -n "${IN_SESSION_BUS:-}" ] || IN_SESSION_BUS=1 exec dbus-run-session -- "$0" "$@"

build=$(realpath "$1")
out=$(realpath "$2")
work=$(mktemp -d)
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null &
xvfb=$!
while [ ! -s "$work/display" ]; do sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
/usr/lib/notification-daemon/notification-daemon 2>/dev/null &
daemon=$!
trayer --edge bottom --align right --widthtype pixel --width 80 --height 30 \
    --transparent false --tint 0x404040 --SetDockType true 2>/dev/null &
tray=$!
sleep 1

"$build/tests/app/reminders/reminder_demo" --delay 3 "$work/data" >"$work/demo.log" 2>&1 &
demo=$!
window=$(xdotool search --sync --onlyvisible --name '^Limber$' | head -n 1)
# No window manager: place the window so the notification (top right) and
# the tray (bottom right) stay clear of it.
xdotool windowmove "$window" 0 0 windowsize "$window" 860 640
sleep 5

import -window root "$out/reminder-notification.png"
import -window "$window" -crop 872x230+0+0 +repage "$out/reminder-window-notice.png"

# The tray icon sits at the right end of trayer's strip: open its menu.
xdotool mousemove 1265 785 click 3
sleep 1
import -window root -crop 300x170+980+630 +repage "$out/reminder-tray-menu.png"
xdotool key Escape

kill "$demo" "$tray" "$daemon"
sleep 0.5
kill "$xvfb"
rm -rf "$work"

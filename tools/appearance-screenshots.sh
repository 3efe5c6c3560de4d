#!/bin/sh
# Screenshots of every page, a session and its end as a person with low vision
# sets up the desktop: white on black with a yellow highlight and a larger font,
# given to Qt by the qt6ct platform theme as a desktop's settings would be.
#   apt-get install -y qt6ct xvfb xdotool imagemagick poppler-utils
#   tools/appearance-screenshots.sh build/release /tmp/shots-contrast [POINTS]
# POINTS is the system font size (13 by default: a quarter above a 10-point desktop).
set -eu
build=$1
out=$2
points=${3:-13}
tools=$(dirname "$(realpath "$0")")
config=$(mktemp -d)
mkdir -p "$config/qt6ct"
cat >"$config/qt6ct/qt6ct.conf" <<CONF
[Appearance]
color_scheme_path=$tools/appearance/high-contrast-colors.conf
custom_palette=true
style=Fusion

[Fonts]
general="DejaVu Sans,$points,-1,5,400,0,0,0,0,0,0,0,0,0,0,1"
fixed="DejaVu Sans Mono,$points,-1,5,400,0,0,0,0,0,0,0,0,0,0,1"
CONF
XDG_CONFIG_HOME=$config QT_QPA_PLATFORMTHEME=qt6ct \
    "$tools/language-screenshots.sh" "$build" en "$out" 1366x736
rm -rf "$config"

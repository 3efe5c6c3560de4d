#!/bin/sh
# Renders packaging/icons/io.github.limber.Limber.svg to the PNG sizes of the
# hicolor theme (16 to 512) beside it. Run after changing the SVG; the PNGs
# are kept in the repository so a build needs no SVG renderer.
#   apt-get install -y librsvg2-bin
set -eu
icons=$(dirname "$(realpath "$0")")/../packaging/icons
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icons/io.github.limber.Limber.svg" \
        -o "$icons/hicolor/${size}x${size}/apps/io.github.limber.Limber.png"
done

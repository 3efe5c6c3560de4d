#!/bin/sh
# Renders packaging/icons/io.github.limber.Limber.svg to the PNG sizes of the
# hicolor theme (16 to 512) beside it, and to the Windows .ico and the macOS
# .icns (tools/icon-containers.py). Run after changing the SVG; the results
# are kept in the repository so a build needs no SVG renderer.
#   apt-get install -y librsvg2-bin
set -eu
tools=$(dirname "$(realpath "$0")")
icons=$tools/../packaging/icons
svg=$icons/io.github.limber.Limber.svg
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" \
        -o "$icons/hicolor/${size}x${size}/apps/io.github.limber.Limber.png"
done
renderings=$(mktemp -d)
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$renderings/limber-$size.png"
done
python3 "$tools/icon-containers.py" write "$renderings" "$icons/limber.ico" "$icons/limber.icns"
python3 "$tools/icon-containers.py" check "$icons/limber.ico" "$icons/limber.icns"
rm -rf "$renderings"

#!/bin/sh
# Renders the application icons from the hand-drawn SVGs in assets/icon/:
# PNGs at 16-512 px, reshape.ico (Windows) and reshape.icns (macOS), and the
# window icons the app loads from src/main/resources/org/reshape/ui/icons/.
# The results are committed, so a build never needs these tools; run this
# after editing an SVG. Needs (Debian/Ubuntu):
#   apt-get install librsvg2-bin icoutils icnsutils
set -eu
cd "$(dirname "$0")/../assets/icon"
for size in 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" reshape.svg -o "reshape-$size.png"
done
# At 16 px the scaled-down mark blurs; reshape-small.svg is drawn on the pixel grid.
rsvg-convert -w 16 -h 16 reshape-small.svg -o reshape-16.png
# The 256 px image is stored as PNG (-r), as Windows Vista and later expect; as a bitmap it would be 256 KB.
icotool -c -o reshape.ico reshape-16.png reshape-32.png reshape-48.png reshape-64.png reshape-128.png -r reshape-256.png
# png2icns takes the sizes macOS has slots for (16, 32, 48, 128, 256, 512).
png2icns reshape.icns reshape-16.png reshape-32.png reshape-48.png reshape-128.png reshape-256.png reshape-512.png >/dev/null
out=../../src/main/resources/org/reshape/ui/icons
mkdir -p "$out"
for size in 16 32 48 64 128 256 512; do
    cp "reshape-$size.png" "$out/reshape-$size.png"
done
echo "icons rendered in assets/icon and $out"

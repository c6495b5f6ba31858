#!/usr/bin/env bash
# render-icons.sh — regenerate the extension toolbar icons (PNG) from the SVG sources.
#
#   icons/icon.svg     -> icons/icon-32.png, icon-48.png, icon-128.png
#   icons/icon-16.svg  -> icons/icon-16.png   (pixel-grid simplified glyph for 16×16;
#                                              falls back to icon.svg if missing)
#
# Requires rsvg-convert (librsvg). Output PNGs keep a transparent background.
# Usage: scripts/render-icons.sh   (run from anywhere)
set -euo pipefail

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "error: rsvg-convert not found." >&2
  echo "Install it with:  sudo apt-get install -y librsvg2-bin   (Debian/Ubuntu)" >&2
  echo "              or: brew install librsvg                   (macOS)" >&2
  exit 1
fi

icons_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../icons" && pwd)"
src="$icons_dir/icon.svg"
[ -f "$src" ] || { echo "error: $src not found" >&2; exit 1; }

for size in 16 32 48 128; do
  in="$src"
  if [ "$size" -eq 16 ] && [ -f "$icons_dir/icon-16.svg" ]; then
    in="$icons_dir/icon-16.svg"
  fi
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    --format png --output "$icons_dir/icon-$size.png" "$in"
  echo "rendered icon-$size.png from $(basename "$in")"
done

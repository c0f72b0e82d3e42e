#!/bin/sh
# Runs the real `lectern` on a fresh library and checks --screenshot
# writes a PNG of the window showing the sample story.
set -eu

LECTERN=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The a11y bus is not wanted here; the widget env says GTK_A11Y=test.
GTK_A11Y=none "$LECTERN" --db "$TMP/library.db" --screenshot "$TMP/shot.png"

test -s "$TMP/shot.png" || { echo "no screenshot written" >&2; exit 1; }
# PNG signature
head -c 8 "$TMP/shot.png" | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a$' \
  || { echo "not a PNG" >&2; exit 1; }
size=$(wc -c < "$TMP/shot.png")
[ "$size" -gt 10000 ] || { echo "screenshot suspiciously small: $size bytes" >&2; exit 1; }
test -s "$TMP/library.db" || { echo "library not created" >&2; exit 1; }
if [ -n "${SHOT_DIR:-}" ]; then mkdir -p "$SHOT_DIR" && cp "$TMP/shot.png" "$SHOT_DIR/window.png"; fi
echo "screenshot ok ($size bytes)"

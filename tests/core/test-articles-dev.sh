#!/bin/sh
# test-articles-dev.sh: the reader mode's score on the saved pages of
# ../shared/articles (issue 7). Fails below F1 0.95 on dev/; skips (77)
# when the shared pages or python3 are absent.
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
DIR=${LECTERN_SHARED_DIR:-}/articles

if [ -z "${LECTERN_SHARED_DIR:-}" ] || [ ! -f "$DIR/score.py" ] || [ ! -d "$DIR/dev" ]; then
  echo "skipped: the shared saved pages (LECTERN_SHARED_DIR/articles) are not here"
  exit 77
fi
PYTHON=$(command -v python3 || command -v /usr/bin/python3)
if [ -z "$PYTHON" ]; then
  echo "skipped: python3 is needed to run score.py"
  exit 77
fi

out=$("$PYTHON" "$DIR/score.py" "$DIR/dev" --cmd "'$CLI' article {}") || {
  echo "score.py failed"; echo "$out"; exit 1; }
echo "$out"
f1=$(printf '%s\n' "$out" | sed -n 's/^F1 //p')
failed=$(printf '%s\n' "$out" | sed -n 's/.*failed commands \([0-9]*\).*/\1/p')
[ "$failed" = 0 ] || { echo "lectern-cli article failed on $failed pages"; exit 1; }
"$PYTHON" -c "import sys; sys.exit(0 if float('$f1') >= 0.95 else 1)" || {
  echo "F1 $f1 is below 0.95"; exit 1; }
echo "F1 $f1 >= 0.95"

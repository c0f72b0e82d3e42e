#!/bin/sh
# Runs an AT-SPI end-to-end scenario against the real `lectern` binary, in
# its own Xvfb and D-Bus session so no other test's window or bus gets in
# the way. Exit 77 (skipped) when the tools are missing.
#
#   run-e2e.sh LECTERN SCENARIO.py
set -u

LECTERN=$1
SCENARIO=$2

PY=/usr/bin/python3   # Debian's python has gi and pyatspi; pyenv's has not
for tool in xvfb-run dbus-run-session xdotool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is missing"; exit 77; }
done
[ -x "$PY" ] && "$PY" -c 'import pyatspi' >/dev/null 2>&1 || { echo "SKIP: pyatspi is missing"; exit 77; }

if [ -z "${LECTERN_E2E_INNER:-}" ]; then
  LECTERN_E2E_INNER=1 exec xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
    dbus-run-session -- "$0" "$@"
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
unset GTK_A11Y NO_AT_BRIDGE
export GDK_BACKEND=x11 GSK_RENDERER=cairo

"$PY" "$SCENARIO" "$LECTERN" "$TMP"
rc=$?
if [ $rc -ne 0 ] && [ -f "$TMP/lectern.log" ]; then
  echo "--- lectern log ---"; grep -v -e 'dbus-daemon' "$TMP/lectern.log" | tail -40
fi
exit $rc

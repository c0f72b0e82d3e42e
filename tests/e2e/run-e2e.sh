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
for tool in Xvfb dbus-run-session xdotool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is missing"; exit 77; }
done
[ -x "$PY" ] && "$PY" -c 'import pyatspi' >/dev/null 2>&1 || { echo "SKIP: pyatspi is missing"; exit 77; }

TMP=$(mktemp -d)

if [ -z "${LECTERN_E2E_INNER:-}" ]; then
  # Xvfb picks a free display itself (-displayfd): no lock-file race with
  # other xvfb-run calls running at the same time. Our server has no
  # cookie, so an outer xvfb-run's XAUTHORITY must not be offered to it.
  unset XAUTHORITY
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$TMP/display" 2>"$TMP/xvfb.log" &
  XVFB=$!
  for _ in $(seq 100); do [ -s "$TMP/display" ] && break; sleep 0.05; done
  if [ ! -s "$TMP/display" ]; then
    echo "Xvfb did not start:"; cat "$TMP/xvfb.log"; kill "$XVFB" 2>/dev/null; rm -rf "$TMP"; exit 1
  fi
  export DISPLAY=:$(cat "$TMP/display")
  for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
  LECTERN_E2E_INNER=1 dbus-run-session -- "$0" "$@"
  rc=$?
  [ $rc -ne 0 ] && { echo "--- Xvfb log ---"; cat "$TMP/xvfb.log"; }
  kill "$XVFB" 2>/dev/null
  wait "$XVFB" 2>/dev/null
  rm -rf "$TMP"
  exit $rc
fi

trap 'rm -rf "$TMP"' EXIT
export DISPLAY
unset GTK_A11Y NO_AT_BRIDGE WAYLAND_DISPLAY
export GDK_BACKEND=x11 GSK_RENDERER=cairo

"$PY" "$SCENARIO" "$LECTERN" "$TMP"
rc=$?
if [ $rc -ne 0 ] && [ -f "$TMP/lectern.log" ]; then
  echo "--- lectern log ---"; grep -v -e 'dbus-daemon' "$TMP/lectern.log" | tail -40
fi
exit $rc

#!/usr/bin/env bash
# Shared by build-aux/run and build-aux/test: install what is missing on a
# Debian 12 / Ubuntu machine, then configure and build into ./build.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

packages=(
  build-essential pkg-config meson ninja-build gettext
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3
  desktop-file-utils appstream
  xvfb xauth dbus at-spi2-core
  fonts-dejavu-core fonts-dejavu-extra librsvg2-common adwaita-icon-theme libgl1-mesa-dri
  python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 python3-yaml xdotool imagemagick
  locales
  clang libclang-rt-14-dev
  # Exports (issue 11): notes rendered by libcmark, PDF by cairo and Pango,
  # emoji in PDFs (Symbola), and the consumers the exports are checked
  # with (tools/conformance).
  libcmark-dev libcairo2-dev libpango1.0-dev fonts-symbola
  cmark emacs-nox pandoc poppler-utils python3-jsonschema nodejs
  libxml2-dev libcmark-dev libarchive-dev libsoup-3.0-dev glib-networking
  cmark
)
# npm comes with some builds of nodejs; Debian's own is a separate package.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The French UI test (tests/ui/test-french.c) needs the fr_FR.UTF-8 locale.
if ! locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\?8'; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo sed -i 's/^# *fr_FR.UTF-8 UTF-8/fr_FR.UTF-8 UTF-8/' /etc/locale.gen
  $sudo locale-gen >/dev/null || true
  # Ubuntu has no /etc/locale.gen entry to uncomment; build it directly.
  locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\?8' \
    || $sudo localedef -i fr_FR -f UTF-8 fr_FR.UTF-8 || true
fi

if [[ ! -f build/build.ninja ]]; then
  meson setup build "$@"
elif (($#)); then
  meson configure build "$@"
fi
ninja -C build

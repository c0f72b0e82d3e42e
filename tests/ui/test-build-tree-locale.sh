#!/bin/sh
# An uninstalled lectern finds the translations built next to it:
# LANG=fr_FR.UTF-8 build-aux/run used to show an English window.
# Usage: test-build-tree-locale.sh BUILD/src/lectern
lectern=${1:?}
if ! locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\?8'; then
  echo "SKIP: the fr_FR.UTF-8 locale is not installed (build-aux/setup.sh installs it)"
  exit 77
fi
out=$(env -u LECTERN_LOCALEDIR -u LANGUAGE LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 "$lectern" --help 2>&1)
echo "$out"
# The --db option's description, as po/fr.po translates it.
echo "$out" | grep -q 'Utiliser la base de données de bibliothèque située à CHEMIN' || {
  echo "FAIL: lectern --help is not in French"
  exit 1
}

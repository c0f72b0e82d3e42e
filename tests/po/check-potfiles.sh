#!/bin/sh
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
# Also fails when po/fr.po lacks a translation (untranslated or fuzzy).
top=${LECTERN_SOURCE_ROOT:?}
cd "$top" || exit 1
status=0

expected=$(grep -lE '\b(_|N_|C_|ngettext)[[:space:]]*\(|translatable="yes"' -r src ui \
             --include='*.c' --include='*.ui' | sort)
for f in $expected; do
  grep -qx "$f" po/POTFILES.in || { echo "missing from po/POTFILES.in: $f"; status=1; }
done
while read -r f; do
  case $f in ''|'#'*) continue ;; esac
  [ -f "$f" ] || { echo "po/POTFILES.in names a missing file: $f"; status=1; }
done < po/POTFILES.in

if command -v xgettext >/dev/null && command -v msgmerge >/dev/null; then
  tmp=$(mktemp -d)
  xgettext --from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_ \
    --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
    -f po/POTFILES.in -o "$tmp/lectern.pot" 2>/dev/null
  msgmerge -q --no-fuzzy-matching po/fr.po "$tmp/lectern.pot" -o "$tmp/fr.po"
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/fr.po" 2>&1)
  echo "French: $stats"
  case $stats in
    *untranslated*|*fuzzy*) echo "po/fr.po is incomplete"; status=1 ;;
  esac
  rm -rf "$tmp"
fi
exit $status

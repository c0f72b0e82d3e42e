#!/bin/sh
# test-cli-robust.sh: lectern-cli against odd files, concurrent creation
# and damage, each as issue 12 reproduces it (TAP output).
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
SEED=${LECTERN_SOURCE_ROOT:?}/data/fr-seed.txt
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-robust-XXXXXX")
trap 'chmod -R u+w "$TMP"; rm -rf "$TMP"' EXIT
unset LECTERN_DB XDG_DATA_HOME

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }

# run CMD… : sets $out, $err and $rc; a command that hangs is killed
# after 10 s (rc 124).
run () {
  timeout 10 "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  out=$(cat "$TMP/out")
  err=$(cat "$TMP/err")
}

DB="$TMP/lib.db"

# Item 4: a page without items crashed import-notes.
printf '{"type":"AnnotationPage"}' >"$TMP/p.json"
run --db "$DB" import-notes "$TMP/p.json"
check "import-notes of a page without items: exit 1, not a crash" test "$rc" = 1
check "… with one sentence" sh -c "test \$(wc -l <'$TMP/err') = 1 && grep -q 'no annotations' '$TMP/err'"

# Item 6: FIFOs, devices and sizes are checked before reading.
mkfifo "$TMP/fifo"
run --db "$DB" import "$TMP/fifo"
check "import of a FIFO with no writer returns at once" test "$rc" = 1
check "… saying it is not a regular file" grep -q 'not a regular file' "$TMP/err"
run --db "$TMP/fifo" list
check "--db on a FIFO returns at once" sh -c "test $rc = 1 && grep -q 'not a regular file' '$TMP/err'"
run --db "$DB" import /dev/zero
check "import /dev/zero is refused before reading" sh -c "test $rc = 1 && grep -q 'not a regular file' '$TMP/err'"
run --db "$DB" import-notes "$TMP/fifo"
check "import-notes of a FIFO returns at once" sh -c "test $rc = 1 && grep -q 'not a regular file' '$TMP/err'"
run --db "$DB" import-notes /dev/zero
check "import-notes /dev/zero is refused" sh -c "test $rc = 1 && grep -q 'not a regular file' '$TMP/err'"
# A sparse 300 MB file: refused by its size, not read (same limit as stories).
truncate -s 300M "$TMP/huge.json"
run --db "$DB" import-notes "$TMP/huge.json"
check "import-notes of a 300 MB file is refused by its size" \
  sh -c "test $rc = 1 && grep -q 'too big' '$TMP/err'"
truncate -s 300M "$TMP/huge.txt"
run --db "$DB" entities "$TMP/huge.txt"
check "entities of a 300 MB file is refused by its size" \
  sh -c "test $rc = 1 && grep -q 'too big' '$TMP/err'"

# Item 7: U+0000 in UTF-16 and empty stories in notes files.
printf '\377\376B\000o\000n\000j\000o\000u\000r\000 \000\000\000t\000o\000u\000s\000' >"$TMP/nul16.txt"
run --db "$DB" import "$TMP/nul16.txt"
check "a UTF-16 file with U+0000 is refused, not cut" sh -c "test $rc = 1 && grep -q 'binary' '$TMP/err'"
cat >"$TMP/empty.json" <<'EOF'
{"type": "AnnotationCollection",
 "lectern:documents": [{"id": "doc", "title": "Vide", "text": "   \n\t "}],
 "items": [{"type": "Annotation", "target": {"source": "doc",
   "selector": {"type": "TextPositionSelector", "start": 0, "end": 2}}}]}
EOF
run --db "$DB" import-notes "$TMP/empty.json"
run --db "$DB" list
check "import-notes adds no empty story" test "$rc" = 0 -a -z "$out"

# Item 3: two processes creating the same library at once.
"$CLI" --db "$TMP/seed.db" import "$SEED" >/dev/null 2>&1
failures=0
i=0
while [ $i -lt 40 ]; do
  rm -f "$TMP"/c.db*
  "$CLI" --db "$TMP/c.db" import "$SEED" >/dev/null 2>"$TMP/err1" &
  a=$!
  "$CLI" --db "$TMP/c.db" list >/dev/null 2>"$TMP/err2" &
  b=$!
  wait $a || { failures=$((failures + 1)); cat "$TMP/err1" >>"$TMP/race.log"; }
  wait $b || { failures=$((failures + 1)); cat "$TMP/err2" >>"$TMP/race.log"; }
  i=$((i + 1))
done
check "40 concurrent creations: no failure ($failures)" test "$failures" = 0
check "… and never “another program”" sh -c "! grep -q 'another program' '$TMP/race.log' 2>/dev/null"

# Item 5: a negative version number.
"$CLI" --db "$DB" import "$SEED" >/dev/null 2>&1
cp "$DB" "$TMP/neg.db"
sqlite3 "$TMP/neg.db" 'PRAGMA user_version = -1'
run --db "$TMP/neg.db" list
check "user_version -1: exit 1 with a sentence, no crash" \
  sh -c "test $rc = 1 && grep -q 'version number' '$TMP/err'"

# Item 9: version 2 on a file with the tables of version 3.
cp "$DB" "$TMP/v2.db"
sqlite3 "$TMP/v2.db" 'PRAGMA user_version = 2'
run --db "$TMP/v2.db" list
check "a version that does not match the tables: our sentence" \
  sh -c "test $rc = 1 && ! grep -q 'already exists' '$TMP/err' && grep -q 'do not match' '$TMP/err'"

# Item 8: damage is noticed by list and refused by highlight add. The
# story's text overflows into the last pages: scribble over the last one.
cp "$DB" "$TMP/bad.db"
page_size=$(sqlite3 "$TMP/bad.db" 'PRAGMA page_size')
pages=$(( $(wc -c <"$TMP/bad.db") / page_size ))
head -c 64 /dev/zero | tr '\000' '\377' \
  | dd of="$TMP/bad.db" bs=1 seek=$(( (pages - 1) * page_size )) conv=notrunc 2>/dev/null
cp "$TMP/bad.db" "$TMP/bad.before"
run --db "$TMP/bad.db" list
check "list of a damaged library warns" grep -q 'damaged' "$TMP/err"
run --db "$TMP/bad.db" highlight add 1 0 5
check "highlight add into a damaged library is refused" \
  sh -c "test $rc = 1 && grep -q 'damaged' '$TMP/err'"
check "… and the file is unchanged" cmp -s "$TMP/bad.db" "$TMP/bad.before"

# Item 8: a relative --db in a read-only folder reads like an absolute one
# (needs root and setpriv to act as a user who cannot write there).
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  RO="$TMP/ro"
  mkdir "$RO"
  cp "$CLI" "$RO/lectern-cli"
  cp "$DB" "$RO/library.db"
  chmod 644 "$RO/library.db"
  chmod 755 "$TMP" "$RO"
  (cd "$RO" && setpriv --reuid=65534 --regid=65534 --clear-groups ./lectern-cli --db library.db list) \
    >"$TMP/out" 2>"$TMP/err"
  rc=$?
  check "a relative --db in a read-only folder can be listed" \
    sh -c "test $rc = 0 && grep -q 'intelligence artificielle' '$TMP/out'"
  chmod 700 "$TMP"
else
  skip "needs root and setpriv to act as another user"
fi

# Item 1 (CLI side): an edit over a row changed since it was read fails;
# here the CLI's own read is fresh, so it succeeds and raises the revision.
run --db "$DB" highlight add 1 0 5
run --db "$DB" highlight edit 1 --note CLIEDIT
check "highlight edit still works" test "$rc" = 0
run --db "$DB" highlights 1 --json
check "… and the note is there" grep -q '"note": "CLIEDIT"' "$TMP/out"

# Item 1, field-level: two lectern-cli processes edit different fields of
# one highlight at once, 20 times. Each reads, then writes in one
# transaction only the field it changes: both edits are kept every time,
# and neither is refused.
refused=0
lost=0
for i in $(seq 1 20); do
  "$CLI" --db "$DB" highlight edit 1 --note "note $i" >/dev/null 2>>"$TMP/edits.log" &
  a=$!
  "$CLI" --db "$DB" highlight edit 1 --tag "tag$i" --color blue >/dev/null 2>>"$TMP/edits.log" &
  b=$!
  wait $a || refused=$((refused + 1))
  wait $b || refused=$((refused + 1))
  "$CLI" --db "$DB" highlights 1 --json >"$TMP/h.json"
  grep -q "\"note\": \"note $i\"" "$TMP/h.json" && grep -q "tag$i" "$TMP/h.json" || lost=$((lost + 1))
  "$CLI" --db "$DB" highlight edit 1 --color yellow >/dev/null
done
check "concurrent edits of two fields: none refused ($refused)" test "$refused" = 0
check "… and both kept every time ($lost lost)" test "$lost" = 0

echo "1..$n"
exit $failed

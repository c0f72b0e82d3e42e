#!/bin/sh
# test-cli.sh: lectern-cli end to end on a temporary library (TAP output).
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
SEED=${LECTERN_SOURCE_ROOT:?}/data/fr-seed.txt
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-cli-XXXXXX")
trap 'chmod -R u+w "$TMP"; rm -rf "$TMP"' EXIT
export LECTERN_DB="$TMP/library.db"
unset XDG_DATA_HOME

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }

# run CMD… : sets $out, $err and $rc.
run () {
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  out=$(cat "$TMP/out")
  err=$(cat "$TMP/err")
}

run import "$SEED"
check "import prints the new id" test "$rc" = 0 -a "$out" = 1

run import "$TMP/missing.txt" "$SEED"
check "import goes on after a missing file, exit 1" test "$rc" = 1 -a "$out" = 1
check "the missing file gets a message" grep -q "missing.txt” does not exist" "$TMP/err"
check "a file imported again is the story already there" grep -q "already in the library as story 1" "$TMP/err"

printf 'caf\351 cr\350me\n' >"$TMP/latin1.txt"
run import "$TMP/latin1.txt"
check "a Latin-1 file is converted, with a notice" \
  sh -c "test $rc = 0 && grep -q 'ISO-8859-1' '$TMP/err'"

run list
check "list shows two stories" test "$rc" = 0 -a "$(wc -l <"$TMP/out")" = 2
check "list gives id, title, highlight count, progress and tags" \
  grep -q "^1	Le monde de l'intelligence artificielle.*	0	Unread	\$" "$TMP/out"

run highlight add 1 696 723 --color blue --note "Pourquoi ?"
check "highlight add prints the new id" test "$rc" = 0 -a "$out" = 1
run highlight add 1 661 674
check "a second highlight" test "$rc" = 0 -a "$out" = 2

run highlights 1
check "highlights lists the quote" grep -q "^1	696	723	blue	Motif de rupture de contrat\$" "$TMP/out"
check "highlights in reading order" test "$(head -n 1 "$TMP/out" | cut -f 1)" = 2

run highlights 1 --json
check "highlights --json" grep -q '"quote": "Motif de rupture de contrat"' "$TMP/out"
if [ -x /usr/bin/python3 ]; then
  check "highlights --json is valid JSON" /usr/bin/python3 -c '
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert [h["id"] for h in data["highlights"]] == [2, 1]
assert data["highlights"][1]["note"] == "Pourquoi ?"
' "$TMP/out"
fi

run highlight add 99 0 5
check "unknown story: exit 1 and a message" sh -c "test $rc = 1 && grep -q 'no story with id 99' '$TMP/err'"
run highlight add 1 10 5
check "end before start: exit 1" test "$rc" = 1 -a -s "$TMP/err"
run highlight add 1 0 5000
check "end past the story: exit 1" sh -c "test $rc = 1 && grep -q '2074 characters' '$TMP/err'"
run highlight add 1 0 5 --color red
check "unknown colour: exit 1" sh -c "test $rc = 1 && grep -q 'not a highlight colour' '$TMP/err'"
run highlight add 1 zero 5
check "an offset that is not a number: usage error" test "$rc" = 2
run highlights abc
check "an id that is not a number: usage error" test "$rc" = 2

run export --format markdown --output "$TMP/notes.md" 1
check "export writes the file" test "$rc" = 0 -a -s "$TMP/notes.md"
check "export has front matter" sh -c "head -n 1 '$TMP/notes.md' | grep -qx -- '---'"
check "export quotes the passage" grep -qx "> Motif de rupture de contrat" "$TMP/notes.md"
check "export has the note" grep -qx "Pourquoi ?" "$TMP/notes.md"
if /usr/bin/python3 -c 'import yaml' 2>/dev/null; then
  check "front matter is YAML" /usr/bin/python3 -c '
import sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
end = text.index("\n---\n", 4)
data = yaml.safe_load(text[4:end])
assert data["title"].startswith("Le monde de l"), data
assert data["source"].endswith("fr-seed.txt"), data
assert isinstance(data["people"], list) and isinstance(data["organizations"], list)
' "$TMP/notes.md"
fi

run export --format markdown --output "$TMP/notes.md" 1
check "export never replaces a file without --force" sh -c "test $rc = 1 && grep -q 'already exists' '$TMP/err'"
run export --format markdown --force --output "$TMP/notes.md" 1
check "export --force replaces it" test "$rc" = 0
run export --format markdown --output "$TMP/no/such/folder/notes.md" 1
check "export into a missing folder fails clearly" sh -c "test $rc = 1 && grep -q 'does not exist' '$TMP/err'"
run export --format docx 1
check "unknown format: usage error" test "$rc" = 2
run export --format markdown 1
check "export to standard output" sh -c "printf '%s' \"\$0\" | grep -qx '> Motif de rupture de contrat'" "$out"

mkdir "$TMP/all"
run export --format markdown --all --output "$TMP/all"
check "export --all writes one file per story" test "$rc" = 0 -a "$(ls "$TMP/all" | wc -l)" = 2

run entities "$SEED"
check "entities still works" test "$rc" = 0

run highlight add 1 0 9 --color pink --tag "fact-check" --tag "économie" --style underline --note "=1+1"
check "highlight add with tags and style" test "$rc" = 0 -a "$out" = 3
run highlights 1 --json
check "highlights --json has tags and style" \
  grep -q '"style": "underline", "tags": \["économie", "fact-check"\]' "$TMP/out"

for format in markdown html json csv text org; do
  run export --format "$format" --output "$TMP/notes-$format" 1
  check "export --format $format" test "$rc" = 0 -a -s "$TMP/notes-$format"
done
check "CSV has the Readwise header" sh -c "head -n 1 '$TMP/notes-csv' | grep -q '^Highlight,Title,Author,URL,Note,Location,Date'"
check "CSV defuses formulas" grep -q "\"'=1+1" "$TMP/notes-csv"
check "HTML has no script" sh -c "! grep -qi '<script' '$TMP/notes-html'"
check "Markdown has block ids" grep -q ' \^hl-[0-9a-f]*$' "$TMP/notes-markdown"

# JSON round trip into an empty library, twice.
run export --format json --all --output "$TMP/all.json"
check "export --all as JSON" test "$rc" = 0
"$CLI" --db "$TMP/other.db" import-notes "$TMP/all.json" >"$TMP/out" 2>"$TMP/err"
check "import-notes into an empty library" grep -q "^3 highlights added, 0 already" "$TMP/out"
"$CLI" --db "$TMP/other.db" import-notes "$TMP/all.json" >"$TMP/out" 2>"$TMP/err"
check "import-notes twice adds nothing" grep -q "^0 highlights added, 3 already" "$TMP/out"
"$CLI" --db "$TMP/other.db" export --format json --all --output "$TMP/all2.json" 2>"$TMP/err"
check "the round trip keeps every highlight" sh -c \
  "test \$(grep -c '\"type\": \"Annotation\"' '$TMP/all2.json') = 3"
echo "not json" >"$TMP/bad.json"
run import-notes "$TMP/bad.json"
check "import-notes of a bad file fails clearly" sh -c "test $rc = 1 && grep -q 'not valid JSON' '$TMP/err'"

# A new version of the story: one heading renamed, one paragraph added.
sed -e 's/^Motif de rupture de contrat$/Motif de la rupture du contrat/' \
    -e 's/^Lire Aussi$/Une phrase ajoutée en tête de l’article, pour décaler le reste./' \
    "$SEED" >"$TMP/seed-v2.txt"
run reimport 1 "$TMP/seed-v2.txt"
check "reimport reports what moved" sh -c "test $rc = 0 && grep -q '^3 highlights: 1 unchanged, 1 moved, 1 matched approximately, 0 orphaned' '$TMP/out'"
run highlights 1
check "the renamed heading's highlight follows it" grep -q "	Motif de la rupture du contrat\$" "$TMP/out"

run highlight edit 2 --color green --note "Le patron" --tag personne
check "highlight edit" test "$rc" = 0
run highlights 1 --json
check "the edit is stored" grep -q '"id": 2,.*"color": "green", "note": "Le patron", "style": "highlight", "tags": \["personne"\]' "$TMP/out"
run highlight edit 999 --note x
check "editing a missing highlight fails" sh -c "test $rc = 1 && grep -q 'no highlight with id 999' '$TMP/err'"
run highlight delete 2
check "highlight delete" test "$rc" = 0
run highlight delete 2
check "deleting twice fails clearly" sh -c "test $rc = 1 && grep -q 'no highlight with id 2' '$TMP/err'"

run categories
check "categories lists the five defaults" sh -c "test $rc = 0 && test \$(wc -l <'$TMP/out') = 5 && grep -q '^blue	Question\$' '$TMP/out'"
run categories blue "À vérifier"
run categories
check "categories can be renamed" grep -q '^blue	À vérifier$' "$TMP/out"
run categories red "Rouge"
check "an unknown category colour fails" test "$rc" = 1

run story-note 1 "Article à recouper."
run story-note 1
check "story-note sets and shows the note" test "$rc" = 0 -a "$out" = "Article à recouper."
run export --format markdown 1
check "the story note is exported" sh -c "printf '%s' \"\$0\" | grep -qx 'Article à recouper.'" "$out"

# A library the user made read-only: reads work, writes fail clearly.
chmod a-w "$LECTERN_DB"
cp "$LECTERN_DB" "$TMP/before.db"
run list
check "a read-only library can be listed" test "$rc" = 0
run highlight add 1 0 5
check "a read-only library refuses writes" sh -c "test $rc = 1 && grep -q 'read-only' '$TMP/err'"
check "the read-only library is unchanged" cmp -s "$LECTERN_DB" "$TMP/before.db"

# A library in a folder nobody may write (needs another user than root,
# who may write anywhere): reads work, writes and new libraries fail.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  RO="$TMP/ro"
  mkdir "$RO"
  cp "$CLI" "$RO/lectern-cli"
  cp "$TMP/before.db" "$RO/library.db"
  chmod 666 "$RO/library.db"
  chmod 755 "$TMP" "$RO"
  as_nobody () { setpriv --reuid=65534 --regid=65534 --clear-groups "$RO/lectern-cli" "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?; }
  as_nobody --db "$RO/library.db" highlights 1
  check "a library in a read-only folder can be read" sh -c "test $rc = 0 && grep -q 'Motif de' '$TMP/out'"
  as_nobody --db "$RO/library.db" highlight add 1 0 5
  check "a library in a read-only folder refuses writes" sh -c "test $rc = 1 && grep -q 'read-only' '$TMP/err'"
  as_nobody --db "$RO/new.db" list
  check "no library can be created in a read-only folder" sh -c "test $rc = 1 && grep -q 'folder is read-only' '$TMP/err'"
  check "the library in the read-only folder is unchanged" cmp -s "$RO/library.db" "$TMP/before.db"
  chmod 700 "$TMP"
else
  for i in 1 2 3 4; do n=$((n + 1)); echo "ok $n # SKIP needs root and setpriv to act as another user"; done
fi

# --db with a file that is not a library.
echo "just some text, not a database at all, long enough to have a header" >"$TMP/notes.txt"
cp "$TMP/notes.txt" "$TMP/notes.bak"
"$CLI" --db "$TMP/notes.txt" list >"$TMP/out" 2>"$TMP/err"
rc=$?
check "--db on a text file fails with a message" sh -c "test $rc = 1 && grep -q 'not a Lectern library' '$TMP/err'"
check "--db on a text file leaves it alone" cmp -s "$TMP/notes.txt" "$TMP/notes.bak"

run frobnicate
check "unknown command: usage error" test "$rc" = 2

echo "1..$n"
exit $failed

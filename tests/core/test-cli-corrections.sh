#!/bin/sh
# test-cli-corrections.sh: "lectern-cli correct" and "entities --story" on a
# temporary library (TAP output).
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
SEED=${LECTERN_SOURCE_ROOT:?}/data/fr-seed.txt
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-cli-corrections-XXXXXX")
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

# has PATTERN: the last output has a line matching it.
has () { grep -q -- "$1" "$TMP/out"; }

run import "$SEED"
check "import the seed story" test "$rc" = 0 -a "$out" = 1

# Without corrections, --story gives what the file gives.
"$CLI" entities --json "$SEED" >"$TMP/file.json"
run entities --json --story 1
check "entities --story without corrections matches the file" cmp -s "$TMP/out" "$TMP/file.json"

run correct 1 split Altman
check "split prints the correction id" test "$rc" = 0 -a "$out" = 1
run correct 1 add ChatGPT organization
check "add" test "$rc" = 0 -a "$out" = 2
run correct 1 merge OpenAI microsoft
check "merge (any case)" test "$rc" = 0 -a "$out" = 3
run correct 1 rename "Satya Nadella" "S. Nadella"
check "rename" test "$rc" = 0 -a "$out" = 4
run correct 1 type "Greg Brockman" organization
check "type" test "$rc" = 0 -a "$out" = 5
run correct 1 remove "Greg Brockman"
check "remove" test "$rc" = 0 -a "$out" = 6

run correct 1 list
check "list shows six corrections" test "$rc" = 0 -a "$(wc -l <"$TMP/out")" = 6
check "list: the split is for this story only" has "^1	split	Altman		this-story\$"
check "list: forms are stored as the story writes them" has "^3	merge	OpenAI	Microsoft	all-stories\$"
check "list: types" has "^2	add	ChatGPT	organization	all-stories\$"

run entities --story 1
check "entities --story applies the corrections" sh -c "test $rc = 0 \
  && grep -q '^organization   10  Microsoft\$' '$TMP/out' \
  && grep -q '^person          1  Altman\$' '$TMP/out' \
  && grep -q '^person          2  S. Nadella\$' '$TMP/out' \
  && grep -q '^organization    1  ChatGPT\$' '$TMP/out' \
  && ! grep -q 'Brockman' '$TMP/out'"

run entities --json --story 1
if [ -x /usr/bin/python3 ]; then
  check "entities --json --story is valid, with offsets into the story" /usr/bin/python3 -c '
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
names = [e["name"] for e in data["entities"]]
assert names[0] == "Microsoft" and "Greg Brockman" not in names, names
for e in data["entities"]:
    for start, end in e["mentions"]:
        assert " ".join(text[start:end].split()) in e["forms"], (e, text[start:end])
chatgpt = [e for e in data["entities"] if e["name"] == "ChatGPT"][0]
assert len(chatgpt["mentions"]) == text.count("ChatGPT")
' "$TMP/out" "$SEED"
fi

run correct 1 undo 6
check "undo" test "$rc" = 0
run entities --story 1
check "undo brings Greg Brockman back, still an organization" \
  grep -q '^organization    1  Greg Brockman$' "$TMP/out"
run correct 1 undo 6
check "undo twice fails clearly" sh -c "test $rc = 1 && grep -q 'no correction with id 6' '$TMP/err'"

# A second story: the gazetteer applies, the split does not.
tail -n +3 "$SEED" >"$TMP/second.txt"
echo "Altman ne commente pas." >>"$TMP/second.txt"
run import "$TMP/second.txt"
check "import a second story" test "$rc" = 0 -a "$out" = 2
run entities --story 2
check "the gazetteer applies to the second story" sh -c "grep -q '  Microsoft\$' '$TMP/out' \
  && ! grep -q '  OpenAI\$' '$TMP/out' && grep -q '  S. Nadella\$' '$TMP/out' \
  && grep -q '  Sam Altman\$' '$TMP/out' && ! grep -q '  Altman\$' '$TMP/out'"
run correct 2 rename OpenAI "Open AI" --only-here
check "--only-here" test "$rc" = 0
run correct 2 list
check "--only-here stays in its story" has "	Open AI	this-story\$"
run correct 2 undo 1
check "undo of another story's correction fails" sh -c "test $rc = 1 && grep -q 'not made in story 2' '$TMP/err'"

# Re-extraction (a new version of the story) keeps the corrections.
sed -e 's/^Lire Aussi$/ChatGPT fait parler de lui./' "$SEED" >"$TMP/seed-v2.txt"
run reimport 1 "$TMP/seed-v2.txt"
run entities --story 1
check "corrections survive a new version of the story" \
  grep -q '^organization    2  ChatGPT$' "$TMP/out"

# Clear errors, non-zero exit codes.
run correct 1 rename Zorro X
check "unknown form: exit 1" sh -c "test $rc = 1 && grep -q 'no person or organization written “Zorro”' '$TMP/err'"
run correct 1 merge Microsoft OpenAI
check "merging one entry with itself: exit 1" sh -c "test $rc = 1 && grep -q 'already one entry' '$TMP/err'"
run correct 1 split ChatGPT
check "split of a single form: exit 1" sh -c "test $rc = 1 && grep -q 'nothing to split' '$TMP/err'"
run correct 1 add Zorro person
check "adding absent text: exit 1" sh -c "test $rc = 1 && grep -q 'does not appear' '$TMP/err'"
run correct 9 list
check "unknown story: exit 1" sh -c "test $rc = 1 && grep -q 'no story with id 9' '$TMP/err'"
run correct 1 type OpenAI place
check "unknown type: usage error" test "$rc" = 2
run correct 1 frobnicate
check "unknown action: usage error" test "$rc" = 2
run correct 1 rename OpenAI
check "missing argument: usage error" test "$rc" = 2
run correct abc list
check "bad story id: usage error" test "$rc" = 2
run entities --story 1 "$SEED"
check "entities with a file and --story: usage error" test "$rc" = 2
run entities --story 42
check "entities --story of a missing story: exit 1" test "$rc" = 1

# A read-only library shows corrections but refuses new ones.
chmod a-w "$LECTERN_DB"
run entities --story 1
check "a read-only library lists corrected entities" sh -c "test $rc = 0 && grep -q 'ChatGPT' '$TMP/out'"
run correct 1 remove ChatGPT
check "a read-only library refuses corrections" sh -c "test $rc = 1 && grep -q 'read-only' '$TMP/err'"

echo "1..$n"
exit $failed

#!/bin/sh
# test-cli-quotes.sh: "lectern-cli quotes" on files and stored stories (TAP
# output).
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-cli-quotes-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LECTERN_DB="$TMP/library.db"
unset XDG_DATA_HOME

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }

run () {
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
}

# A story written for this test: a quote with its speaker after it, one
# with a source before it, a title in marks, and a code point outside the
# BMP so that offsets in code points differ from UTF-16 units.
cat >"$TMP/story.txt" <<'STORY'
Grève à l'usine de Lyon

La directrice Claire Fontaine a reçu les syndicats mardi 🏭.

« Nous ne fermerons pas le site cette année », a déclaré Claire Fontaine devant les salariés.

Selon Marc Lefèvre, délégué du personnel, « les promesses ne suffisent plus ».

Le journal « Le Progrès » a suivi la réunion.
STORY

run quotes --json "$TMP/story.txt"
check "quotes --json succeeds" test "$rc" = 0
cp "$TMP/out" "$TMP/file.json"

if [ -x /usr/bin/python3 ]; then
  PY=/usr/bin/python3
else
  PY=$(command -v python3)
fi
if [ -n "$PY" ]; then
  check "quotes --json gives both quotations, with offsets in code points and speakers" \
    "$PY" -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
quotes = json.load(open(sys.argv[2], encoding="utf-8"))["quotes"]
got = [(text[q["start"]:q["end"]], q["speaker"]) for q in quotes]
want = [("Nous ne fermerons pas le site cette année", "Claire Fontaine"),
        ("les promesses ne suffisent plus", "Marc Lefèvre")]
assert got == want, got
assert all(set(q) == {"start", "end", "speaker", "speaker_text"} for q in quotes)
' "$TMP/story.txt" "$TMP/file.json"
else
  echo "ok $((n + 1)) # SKIP no python3 to read the JSON"
  n=$((n + 1))
fi

run quotes "$TMP/story.txt"
check "the text output has one line per quote" test "$rc" = 0 -a "$(wc -l <"$TMP/out")" = 2
check "the text output shows offsets, speaker and words" \
  grep -q "	Claire Fontaine	Nous ne fermerons pas le site cette année$" "$TMP/out"

# A stored story gives the same quotes, and follows the user's corrections.
run import "$TMP/story.txt"
check "import the story" test "$rc" = 0 -a "$(cat "$TMP/out")" = 1
run quotes --json --story 1
check "quotes --story matches the file" cmp -s "$TMP/out" "$TMP/file.json"
run correct 1 rename "Claire Fontaine" "Claire Fontaine-Martin"
run quotes --story 1
check "a renamed speaker is shown with the new name" \
  grep -q "	Claire Fontaine-Martin	Nous ne fermerons" "$TMP/out"

# Corrections: another speaker, "not a quote", a quotation the finder
# missed; listed, undone, and gone with their story.
first=$(sed -n 1p "$TMP/out" | cut -f 1)
second=$(sed -n 2p "$TMP/out" | cut -f 1)
run quote-correct 1 speaker "${first%-*}" "${first#*-}" "Claire Fontaine-Martin et son adjoint"
check "quote-correct speaker prints the correction id" test "$rc" = 0 -a "$(cat "$TMP/out")" = 1
run quote-correct 1 not-quote "${second%-*}" "${second#*-}"
check "quote-correct not-quote prints the next id" test "$rc" = 0 -a "$(cat "$TMP/out")" = 2
run quotes --story 1
check "the corrected speaker is shown" \
  grep -q "	Claire Fontaine-Martin et son adjoint	Nous ne fermerons" "$TMP/out"
check "the quote that is not one is gone" test "$(wc -l <"$TMP/out")" = 1
# "La directrice Claire Fontaine a reçu les syndicats mardi" as a quote by nobody.
run quote-correct 1 speaker 25 81 ""
run quotes --story 1
check "a missed quotation can be added, by nobody" \
  grep -q "^25-81	(nobody)	La directrice Claire Fontaine a reçu les syndicats mardi$" "$TMP/out"
run quote-correct 1 list
check "quote-correct list shows the three corrections" \
  sh -c "test $rc = 0 && test \$(wc -l <'$TMP/out') = 3 && grep -q '^2	not-quote	' '$TMP/out'"
run quote-correct 1 undo 2
run quotes --story 1
check "undo brings the quote back" test "$(wc -l <"$TMP/out")" = 3
run quote-correct 1 undo 2
check "undoing it twice fails with a message" sh -c "test $rc = 1 && test -s '$TMP/err'"
run quote-correct 1 speaker 5 2 "X"
check "an empty passage is refused" sh -c "test $rc = 1 && grep -q 'end must come after' '$TMP/err'"
run quote-correct 1 speaker 0 100000 "X"
check "a passage outside the story is refused" test "$rc" = 1
run quote-correct 1 maybe 0 5
check "an unknown action is a usage error" test "$rc" = 2
run quote-correct 99 list
check "quote-correct on an unknown story fails" test "$rc" = 1

# A highlight keeps the speaker of its quote.
run highlight add 1 "${first%-*}" "${first#*-}" --speaker "Claire Fontaine"
check "highlight add --speaker" test "$rc" = 0 -a "$(cat "$TMP/out")" = 1
run highlights 1
check "highlights shows the speaker" grep -q "	Speaker: Claire Fontaine$" "$TMP/out"
run highlight edit 1 --speaker ""
run highlights 1 --json
check "highlight edit --speaker \"\" clears it" grep -q '"speaker": null' "$TMP/out"

# What is stored, seen by sqlite3 itself.
if command -v sqlite3 >/dev/null 2>&1; then
  check "sqlite3 sees the two corrections left" \
    test "$(sqlite3 "$LECTERN_DB" 'SELECT count(*) FROM quote_corrections WHERE story_id = 1')" = 2
  "$CLI" highlight edit 1 --speaker "Claire Fontaine" >/dev/null
  check "sqlite3 sees the speaker of the highlight" \
    test "$(sqlite3 "$LECTERN_DB" 'SELECT speaker FROM highlights WHERE id = 1')" = "Claire Fontaine"
fi

# Bad input: one sentence, exit 1; usage errors exit 2.
run quotes "$TMP/missing.txt"
check "a missing file fails with a message" sh -c "test $rc = 1 && grep -q 'missing.txt' '$TMP/err'"
printf '\377\376\000bad' >"$TMP/binary.txt"
run quotes "$TMP/binary.txt"
check "a file that is not UTF-8 fails with a message" sh -c "test $rc = 1 && grep -q 'UTF-8' '$TMP/err'"
run quotes
check "no file is a usage error" test "$rc" = 2
run quotes --story 1 "$TMP/story.txt"
check "a file and --story together is a usage error" test "$rc" = 2
run quotes --story 99
check "an unknown story fails with a message" sh -c "test $rc = 1 && test -s '$TMP/err'"

echo "1..$n"

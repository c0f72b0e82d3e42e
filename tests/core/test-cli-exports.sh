#!/bin/sh
# test-cli-exports.sh: exports and notes import through lectern-cli (TAP):
# stable ids, stories with equal text, skip reasons, grapheme clusters,
# Markdown --all, file names, the CSV formula guard, the PDF, and the
# speaker of a quote in every format and through import-notes.
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-cli-exports-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LECTERN_DB="$TMP/library.db"
unset XDG_DATA_HOME

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }
run () {
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  out=$(cat "$TMP/out")
}

printf 'Le titre\nUn texte assez long pour les essais, avec une famille 👨‍👩‍👧 et une fin.\n' >"$TMP/a.txt"
run import "$TMP/a.txt"
run story-note 1 "Note de A"
run highlight add 1 9 30 --note "première"

# Ids are stable: the same highlight keeps its block id and its urn:uuid.
run export --format markdown 1
cp "$TMP/out" "$TMP/first.md"
run export --format json 1
cp "$TMP/out" "$TMP/first.json"
sleep 1
run export --format markdown 1
check "Markdown block ids and story id survive a re-export" \
  sh -c "grep -o '\\^hl-[0-9a-f]*\$' '$TMP/first.md' > '$TMP/ids1'; grep -o '\\^hl-[0-9a-f]*\$' '$TMP/out' > '$TMP/ids2';
         test -s '$TMP/ids1' && cmp -s '$TMP/ids1' '$TMP/ids2' && grep -q '^id: \"urn:uuid:' '$TMP/out'"
run export --format json 1
check "JSON story and annotation ids survive a re-export" \
  sh -c "grep -o 'urn:uuid:[0-9a-f-]*' '$TMP/first.json' | sort -u > '$TMP/u1';
         grep -o 'urn:uuid:[0-9a-f-]*' '$TMP/out' | sort -u > '$TMP/u2';
         diff '$TMP/u1' '$TMP/u2' | grep -c '^[<>]' | grep -qx 4"

# Two libraries with the same story text: importing both exports keeps two
# stories, each with its own note.
LECTERN_DB="$TMP/b.db" "$CLI" import "$TMP/a.txt" >/dev/null
LECTERN_DB="$TMP/b.db" "$CLI" story-note 1 "Note de B" >/dev/null
LECTERN_DB="$TMP/b.db" "$CLI" export --format json 1 >"$TMP/b.json"
"$CLI" --db "$TMP/c.db" import-notes "$TMP/first.json" >/dev/null 2>&1
"$CLI" --db "$TMP/c.db" import-notes "$TMP/b.json" >"$TMP/out" 2>&1
check "import keeps stories with equal text apart" \
  sh -c "grep -q '1 stories added' '$TMP/out' && test \$('$CLI' --db '$TMP/c.db' list | wc -l) = 2"
check "both story notes survive" \
  sh -c "'$CLI' --db '$TMP/c.db' story-note 1 | grep -q 'Note de' && '$CLI' --db '$TMP/c.db' story-note 2 | grep -q 'Note de' &&
         test \"\$('$CLI' --db '$TMP/c.db' story-note 1)\" != \"\$('$CLI' --db '$TMP/c.db' story-note 2)\""

# A bare W3C annotation pointing at a story by its URN: found in the same
# library, skipped with a reason elsewhere.
/usr/bin/python3 -c "
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
a = d['first']['items'][0]
a['@context'] = 'http://www.w3.org/ns/anno.jsonld'
a['id'] = 'urn:uuid:0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b'
json.dump(a, open(sys.argv[2], 'w', encoding='utf-8'))" "$TMP/first.json" "$TMP/bare.json"
run import-notes "$TMP/bare.json"
check "a bare annotation finds its story by URN" grep -q '^1 highlight added' "$TMP/out"
"$CLI" --db "$TMP/d.db" import-notes "$TMP/bare.json" >"$TMP/out" 2>"$TMP/err"
check "an annotation of an unknown story is skipped with a reason" \
  sh -c "grep -q '1 skipped' '$TMP/out' && grep -q 'neither in this file nor in the library' '$TMP/err'"

# Offsets inside a grapheme cluster are refused: the family emoji is
# 👨 ZWJ 👩 ZWJ 👧 (5 code points) starting at code point 63.
run highlight add 1 63 65
check "a passage may not split a family emoji" sh -c "test $rc = 1 && grep -q 'cuts a character' '$TMP/err'"
run highlight add 1 63 68
check "the whole emoji is a passage" test "$rc" = 0
printf 'Titre\nCafe\314\201 noir.\n' >"$TMP/e.txt"
run import "$TMP/e.txt"
story=$out
run highlight add "$story" 6 10
check "a passage may not split e and its combining accent" test "$rc" = 1

# Markdown --all: one file per story, into a folder made if missing; never
# several front matters in one stream.
printf 'CON\nTexte un.\n' >"$TMP/con.txt"
printf -- '-rf\nTexte deux.\n' >"$TMP/rf.txt"
printf 'Notes #1 [draft] ^x\nTexte trois.\n' >"$TMP/hash.txt"
"$CLI" import "$TMP/con.txt" "$TMP/rf.txt" "$TMP/hash.txt" >/dev/null
run export --all --output "$TMP/vault"
check "export --all to a missing folder makes it, one file per story" \
  sh -c "test $rc = 0 && test \$(ls '$TMP/vault' | wc -l) = 5"
check "no reserved or option-like file names, no # ^ [ ]" \
  sh -c "test -f '$TMP/vault/CON_.md' && test -f '$TMP/vault/rf.md' && ! ls '$TMP/vault' | grep -q '[][#^]' && ! ls '$TMP/vault' | grep -q '^-'"
check "each file has one front matter" \
  sh -c "for f in '$TMP'/vault/*.md; do test \$(grep -c '^---\$' \"\$f\") = 2 || exit 1; done"
run export --all
check "Markdown --all to standard output is a usage error" \
  sh -c "test $rc = 2 && grep -q 'one file per story' '$TMP/err'"

# CSV: formulas behind blanks or line breaks are guarded too, unless asked.
run highlight add 1 0 8 --note " =1+1"
run highlight add 1 10 20 --note "
@SUM(A1)"
run export --format csv 1
check "CSV guards a formula after blanks" grep -qF "\"' =1+1" "$TMP/out"
check "CSV guards a formula after a line break" grep -q "\"'\$" "$TMP/out"
run export --format csv --no-formula-guard 1
check "--no-formula-guard keeps cells as they are" sh -c "test $rc = 0 && ! grep -qF \"\\\"'\" '$TMP/out'"

# PDF from the command line.
run export --format pdf --output "$TMP/a.pdf" 1
if command -v pdfinfo >/dev/null; then
  check "export --format pdf writes a PDF with the story's title" \
    sh -c "test $rc = 0 && pdfinfo '$TMP/a.pdf' | grep -q '^Title: *Le titre\$'"
else
  skip "pdfinfo (poppler-utils) is not installed"
fi

# The speaker of a quote highlight in every format, and through a JSON
# round trip into an empty library.
S="$TMP/speaker.db"
printf 'Satya\nLe patron a dit « nous avons fini » devant la presse.\n' >"$TMP/s.txt"
"$CLI" --db "$S" import "$TMP/s.txt" >/dev/null
"$CLI" --db "$S" highlight add 1 24 39 --speaker 'Satya <b>Nadella</b>' >/dev/null
for format in markdown html json csv text org; do
  "$CLI" --db "$S" export --format $format 1 >"$TMP/speaker.$format"
done
check "Markdown names the speaker, escaped" grep -qF '— Satya \<b\>Nadella\</b\> · *' "$TMP/speaker.markdown"
check "HTML names the speaker, escaped" \
  grep -qF '<span class="speaker">— Satya &lt;b&gt;Nadella&lt;/b&gt;</span>' "$TMP/speaker.html"
check "JSON has lectern:speaker" grep -qF '"lectern:speaker": "Satya <b>Nadella<\/b>"' "$TMP/speaker.json"
check "CSV names the speaker in the Note column" \
  /usr/bin/python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1],encoding='utf-8',newline='')));
assert r[0][4]=='Note' and r[1][4].startswith('— Satya <b>Nadella</b>\n'), r" "$TMP/speaker.csv"
check "text names the speaker" grep -qx '    — Satya <b>Nadella</b>' "$TMP/speaker.text"
check "Org has the speaker as a property and after the quote" \
  sh -c "grep -q '^:LECTERN_SPEAKER: Satya <' '$TMP/speaker.org' && grep -A1 '^#+END_QUOTE' '$TMP/speaker.org' | grep -q '^— Satya <'"
"$CLI" --db "$TMP/speaker2.db" import-notes "$TMP/speaker.json" >/dev/null 2>&1
"$CLI" --db "$TMP/speaker2.db" export --format json 1 >"$TMP/speaker2.json"
check "import-notes keeps the speaker" grep -qF '"lectern:speaker": "Satya <b>Nadella<\/b>"' "$TMP/speaker2.json"
"$CLI" --db "$S" export --format pdf --output "$TMP/speaker.pdf" 1
if command -v pdftotext >/dev/null; then
  check "PDF names the speaker after the quote" \
    sh -c "pdftotext '$TMP/speaker.pdf' - | tr '\n' ' ' | sed 's/\xc2\xa0/ /g' | grep -qF '« nous avons fini » — Satya <b>Nadella</b>'"
  # An English story's PDF quotes with English marks, not French ones.
  printf 'The minister said "we are done" to the press and left the room with the others.\n' >"$TMP/en.txt"
  "$CLI" --db "$S" import "$TMP/en.txt" >/dev/null
  "$CLI" --db "$S" highlight add 2 19 30 >/dev/null
  "$CLI" --db "$S" export --format pdf --output "$TMP/en.pdf" 2
  check "an English story's PDF quotes with English marks" \
    sh -c "pdftotext '$TMP/en.pdf' - | tr '\n' ' ' | grep -qF '“we are done”' && ! pdftotext '$TMP/en.pdf' - | grep -qF '«'"
else
  skip "pdftotext (poppler-utils) is not installed"
fi

# An Org headline cuts a long quote to 60 characters with an ellipsis; the
# ellipsis is longer in bytes than what it replaces (a fuzzer found the
# write past the end; ASan runs this script too).
printf '%061d\n' 0 | tr 0 a >"$TMP/long.txt"
"$CLI" --db "$TMP/long.db" import "$TMP/long.txt" >/dev/null
"$CLI" --db "$TMP/long.db" highlight add 1 0 61 >/dev/null
check "Org cuts a 61-character quote to 59 and an ellipsis" \
  sh -c "'$CLI' --db '$TMP/long.db' export --format org 1 | grep -qx '\*\* a\{59\}…'"

echo "1..$n"

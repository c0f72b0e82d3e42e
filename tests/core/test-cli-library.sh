#!/bin/sh
# test-cli-library.sh: search, people, entity and dossier through lectern-cli
# on a temporary library (TAP output), and the search index after a crash.
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-library-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LECTERN_DB="$TMP/library.db"
unset XDG_DATA_HOME
PY=$(command -v python3 || true)

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }
run () {
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  out=$(cat "$TMP/out")
}
py () { if [ -n "$PY" ]; then "$PY" "$@"; else return 0; fi; }

# Three stories naming the same person, written for this test.
cat >"$TMP/a.txt" <<'STORY'
La BCE maintient ses taux

La présidente de la Banque centrale européenne, Christine Lagarde, a annoncé jeudi que les taux resteraient inchangés. Selon Christine Lagarde, l'inflation recule lentement.
STORY
cat >"$TMP/b.txt" <<'STORY'
Lagarde warns on inflation

European Central Bank president Christine Lagarde said on Thursday that inflation was still too high. Christine Lagarde added that the bank would stay the course.
STORY
cat >"$TMP/c.txt" <<'STORY'
L’État et la dette

Le ministre a répondu à Christine Lagarde sur la dette de l’État. Christine Lagarde avait demandé des efforts budgétaires aux gouvernements.
STORY

run import "$TMP/a.txt" "$TMP/b.txt" "$TMP/c.txt"
check "import three stories" test "$rc" = 0 -a "$(echo $out)" = "1 2 3"

run search lagarde --json --limit 50
check "search exits 0" test "$rc" = 0
check "search finds her in the three stories, landing on her name" py - "$TMP" <<'PY'
import json, sys, pathlib
tmp = pathlib.Path(sys.argv[1])
data = json.loads((tmp / "out").read_text(encoding="utf-8"))
texts = {1: "a.txt", 2: "b.txt", 3: "c.txt"}
seen = set()
for hit in data["hits"]:
    assert set(hit) >= {"story_id", "title", "match", "start", "end", "snippet"}, hit
    assert hit["match"] in ("text", "title", "highlight", "note", "tag", "entity"), hit
    if hit["match"] in ("text", "title"):
        text = (tmp / texts[hit["story_id"]]).read_text(encoding="utf-8")
        assert text[hit["start"]:hit["end"]] == "Lagarde", hit
        seen.add(hit["story_id"])
    s, e = hit["snippet_matches"][0]
    assert hit["snippet"][s:e].lower() == "lagarde", hit
assert seen == {1, 2, 3}, seen
PY

run search "l'etat"
check "search folds accents and elisions" sh -c "test $rc = 0 && grep -q '^3	' '$TMP/out' && grep -q '\[État\]' '$TMP/out'"
run search '"inflation recule"'
check "a phrase" test "$rc" = 0 -a "$(grep -c '^[0-9]' "$TMP/out")" = 1
run search 'infla*'
check "a prefix" test "$rc" = 0 -a "$(grep -c '^[0-9]' "$TMP/out")" = 2
run search '"(' 'NEAR(' ')*'
check "odd input is no syntax error" test "$rc" = 0
run search lagarde --limit 0
check "--limit 0 is a usage error" test "$rc" = 2
run search
check "no query is a usage error" test "$rc" = 2

run highlight add 1 95 150 --note "Ses mots: <i>prudence</i> & patience" --tag bce
check "a highlight near her name" test "$rc" = 0
run story-note 2 "Ask Lagarde about the course"
check "a story note naming her" test "$rc" = 0
run search prudence --json
check "search finds the note, on the highlight" py - "$TMP/out" <<'PY'
import json, sys
hits = json.load(open(sys.argv[1], encoding="utf-8"))["hits"]
assert len(hits) == 1 and hits[0]["match"] == "note" and hits[0]["highlight_id"] == 1, hits
assert (hits[0]["start"], hits[0]["end"]) == (95, 150), hits
PY

run people
check "people lists her once with three stories" \
  sh -c "test $rc = 0 && grep -q '^person	3	[0-9]*	Christine Lagarde\$' '$TMP/out'"
run people --json
check "people --json is JSON" py -c 'import json, sys; json.load(open(sys.argv[1]))' "$TMP/out"

run search "christine lagarde" --json --limit 50
check "a name's hits show each of its forms once, her words marked" py - "$TMP/out" <<'PY'
import json, sys
hits = [h for h in json.load(open(sys.argv[1], encoding="utf-8"))["hits"] if h["match"] == "entity"]
assert len(hits) == 3, hits
for hit in hits:
    forms = hit["snippet"].split(", ")
    assert forms[0] == "Christine Lagarde" and len(forms) == len(set(forms)), hit
    marked = [hit["snippet"][s:e] for s, e in hit["snippet_matches"]]
    assert marked[:2] == ["Christine", "Lagarde"], hit
PY

run entity lagarde --json
check "entity: stories, counts, highlights and notes" py - "$TMP/out" <<'PY'
import json, sys
page = json.load(open(sys.argv[1], encoding="utf-8"))
assert page["name"] == "Christine Lagarde" and page["type"] == "person", page
assert page["stories_count"] == 3 and len(page["stories"]) == 3, page
assert all(s["mentions"] >= 2 and s["added"] for s in page["stories"]), page
assert [h["id"] for h in page["highlights"]] == [1], page
assert [n["story_id"] for n in page["notes"]] == [2], page
PY
run entity "Nobody Here"
check "an unknown name: one sentence, exit 1" \
  sh -c "test $rc = 1 && grep -q 'No person or organization called “Nobody Here”' '$TMP/err'"

run dossier "Christine Lagarde" --format html --output "$TMP/dossier.html"
check "dossier --format html" test "$rc" = 0 -a -s "$TMP/dossier.html"
check "the HTML dossier parses, with everything escaped" py - "$TMP/dossier.html" <<'PY'
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "link"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.text = [], [], []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()
    def handle_data(self, data):
        self.text.append(data)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
assert not p.stack, p.stack
text = "".join(p.text)
assert "i" not in p.tags and "script" not in p.tags, p.tags
assert "Ses mots: <i>prudence</i> & patience" in text, text
assert p.tags.count("li") == 3, p.tags
assert "Christine Lagarde" in text and "Ask Lagarde about the course" in text
PY

run dossier lagarde --format markdown --output "$TMP/dossier.md"
check "dossier --format markdown" test "$rc" = 0 -a -s "$TMP/dossier.md"
if command -v cmark >/dev/null 2>&1; then
  cmark "$TMP/dossier.md" >"$TMP/dossier-md.html"
  check "the Markdown dossier, read by CommonMark, has only our markup" py - "$TMP/dossier-md.html" <<'PY'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
    def handle_data(self, data):
        self.text.append(data)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
text = "".join(p.text)
assert "Ses mots: <i>prudence</i> & patience" in text, text
assert "i" not in p.tags, p.tags
assert p.tags.count("h1") == 1 and p.tags.count("blockquote") == 1, p.tags
assert p.tags.count("li") == 3, p.tags
PY
else
  skip "cmark (a CommonMark parser) is not installed"
fi
run dossier lagarde --output "$TMP/dossier.md"
check "an existing file is not replaced without --force" test "$rc" = 1
run dossier lagarde --format docx
check "an unknown format is a usage error" test "$rc" = 2

# Her own words: a highlight with her as speaker is one of her quotes.
start=$(py -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read(); print(t.index("inflation was still too high"))' "$TMP/b.txt")
run highlight add 2 "$start" $((start + 28)) --speaker "Christine Lagarde" --note 'Check *this* <script>x</script>'
check "a quote highlight with her as speaker" test "$rc" = 0
run entity lagarde --json
check "the entity page lists the quote among its highlights" py - "$TMP/out" <<'PY'
import json, sys
page = json.load(open(sys.argv[1], encoding="utf-8"))
assert sorted(h["id"] for h in page["highlights"]) == [1, 2], page
PY
run dossier lagarde --format pdf --output "$TMP/dossier.pdf"
check "dossier --format pdf writes a PDF" sh -c "test $rc = 0 && head -c 5 '$TMP/dossier.pdf' | grep -q '^%PDF-'"
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -enc UTF-8 "$TMP/dossier.pdf" "$TMP/dossier-pdf.txt"
  check "pdftotext reads the dossier: stories, quote with speaker, notes as written" py - "$TMP/dossier-pdf.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
flat = re.sub(r"\s+", " ", text)
for title in ("La BCE maintient ses taux", "Lagarde warns on inflation", "L’État et la dette"):
    assert title in flat, title
assert "Quotes" in flat and "inflation was still too high — Christine Lagarde" in flat, flat
assert "Ses mots: <i>prudence</i> & patience" in flat, flat
assert "Check *this* <script>x</script>" in flat, flat
assert "Ask Lagarde about the course" in flat, flat
assert "\\" not in flat, "a CommonMark escape was printed"
PY
  pdfinfo "$TMP/dossier.pdf" >"$TMP/pdfinfo.txt" 2>&1
  check "the PDF's title is the dossier's" grep -q '^Title: *Dossier: Christine Lagarde$' "$TMP/pdfinfo.txt"
else
  skip "pdftotext (poppler-utils) is not installed"
  skip "pdfinfo (poppler-utils) is not installed"
fi
run dossier lagarde --format pdf --output "$TMP/dossier.pdf"
check "an existing PDF is not replaced without --force" test "$rc" = 1

# A crash in the middle of imports: kill -9, then the index must agree
# with the library, and every story that made it in must be found.
i=0
while [ $i -lt 30 ]; do
  { echo "Crash $i"; echo; j=0; while [ $j -lt 400 ]; do
      echo "Paragraphe $j du récit $i, zqxcrash, avec des mots à indexer encore et encore."
      j=$((j + 1)); done; } >"$TMP/crash-$i.txt"
  i=$((i + 1))
done
for delay in 0.05 0.2 0.4; do
  "$CLI" import "$TMP"/crash-*.txt >/dev/null 2>&1 &
  pid=$!
  sleep $delay
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
done
run search --check
check "after kill -9 mid-import, FTS5's integrity-check passes" test "$rc" = 0
run list
stories=$(grep -c '^[0-9]' "$TMP/out")
run search zqxcrash --limit 1000
found=$(grep -c '^[0-9]' "$TMP/out")
check "after kill -9, every imported story is found ($found of $((stories - 3)))" \
  test "$found" = $((stories - 3))

# Tags on whole stories, several at once; list shows them with the
# reading progress (none yet: Unread).
run tag 1 2 --add "Banque centrale"
check "tag --add on two stories says so" test "$rc" = 0 -a "$out" = "Tagged 2 stories."
run tag 1 2 3 --add "Banque centrale"
check "tag --add again changes only the untagged one" test "$out" = "Tagged 1 story."
run tag 2 --remove "Banque centrale"
check "tag --remove" test "$rc" = 0 -a "$out" = "Untagged 1 story."
run list
check "list shows each story's progress and tags" \
  sh -c "grep -q '^1	.*	Unread	Banque centrale\$' '$TMP/out' && grep -q '^2	.*	Unread	\$' '$TMP/out'"
# list --sort: the library page's orders, on a library of their own.
# Titles "La BCE…" (1), "Lagarde…" (2), "L’État…" (3).
SDB="$TMP/sort.db"
"$CLI" --db "$SDB" import "$TMP/a.txt" "$TMP/b.txt" "$TMP/c.txt" >/dev/null 2>&1
"$CLI" --db "$SDB" highlight add 2 0 5 >/dev/null 2>&1
order () { "$CLI" --db "$SDB" list --sort "$1" 2>/dev/null | cut -f1 | tr '\n' ' '; }
check "list --sort title" test "$(order title)" = "1 2 3 "
check "list --sort highlights: the highlighted one first, then newest first" \
  test "$(order highlights)" = "2 3 1 "
check "list --sort added: newest first" test "$(order added)" = "3 2 1 "
if [ -n "$PY" ] && "$PY" -c 'import sqlite3' 2>/dev/null; then
  # Progress as the reader saves it: 1 half read an hour ago, 3 finished.
  "$PY" - "$SDB" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
now = int(time.time())
db.execute("INSERT INTO story_progress VALUES (1, 0.5, 100, ?)", (now - 3600,))
db.execute("INSERT INTO story_progress VALUES (3, 1.0, 300, ?)", (now,))
db.commit()
PY
  check "list --sort progress: begun first, then unread, finished last" \
    test "$(order progress)" = "1 2 3 "
else
  skip "list --sort progress (no python3 with sqlite3 to save progress)"
fi
run --db "$SDB" list --sort recent
check "an unknown order is a usage error in one sentence" \
  sh -c "test $rc = 2 && head -1 '$TMP/err' | grep -q 'Sort by added, published, title, highlights or progress.'"

run tag 1 --add "   "
check "an empty tag is refused with one sentence" \
  sh -c "test $rc = 1 && test \$(wc -l < '$TMP/err') = 1 && grep -q 'tag needs a name' '$TMP/err'"
run tag 999999 --add x
check "a missing story is refused, nothing tagged" test "$rc" = 1
run tag 1 --add a --remove b
check "--add and --remove together are a usage error" test "$rc" = 2

echo "1..$n"
exit $failed

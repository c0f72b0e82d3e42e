#!/bin/sh
# test-cli-sources.sh: lectern-cli article and import of web pages,
# Markdown and PDF on a temporary library (TAP output; issue 7).
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${LECTERN_CLI:?LECTERN_CLI must name the lectern-cli binary}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lectern-cli-sources-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LECTERN_DB="$TMP/library.db"

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }
run () {
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  out=$(cat "$TMP/out")
  err=$(cat "$TMP/err")
}

cat >"$TMP/page.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry strike ends after two days &amp; nights - Island Post</title>
<meta name="author" content="Sam Ode">
<meta property="og:site_name" content="Island Post">
<meta property="article:published_time" content="2026-02-01T08:00:00Z">
<link rel="canonical" href="https://post.example/ferry"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry strike ends after two days &amp; nights</h1>
<p>The ferry crews went back to work on Sunday morning, after the company agreed to hire six
more deckhands before the summer, the union said in a statement.</p>
<p>Islanders, who had been cut off from the mainland since Friday, queued at the harbour from
dawn, some of them with a week of shopping to do, and the first boat left full.</p>
<div class="comments"><p>About time, says a reader, who waited two days for a boat.</p></div>
</article><footer>© Island Post</footer></body></html>
HTML

run article "$TMP/page.html"
check "article prints the article" sh -c "test $rc = 0 && grep -q 'ferry crews went back' '$TMP/out'"
check "article leaves out the menu and the comments" \
  sh -c "! grep -q -e 'News' -e 'About time' -e 'Island Post' '$TMP/out'"

run article --json "$TMP/page.html"
if [ -x /usr/bin/python3 ]; then
  check "article --json has the metadata" /usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["title"] == "Ferry strike ends after two days & nights", d["title"]
assert d["byline"] == "Sam Ode" and d["siteName"] == "Island Post", d
assert d["publishedTime"].startswith("2026-02-01") and d["lang"] == "en", d
assert d["url"] == "https://post.example/ferry", d
assert "ferry crews went back" in d["text"] and "News" not in d["text"]
' "$TMP/out"
fi

printf '<html><body><nav><a href="/">Home</a></nav></body></html>' >"$TMP/nav.html"
run article "$TMP/nav.html"
check "a page without an article: the whole text, and a sentence" \
  sh -c "test $rc = 0 && grep -q Home '$TMP/out' && grep -q 'no article' '$TMP/err'"

run article "$TMP/missing.html"
check "article of a missing file fails" test "$rc" = 1
run article
check "article without a file: usage error" test "$rc" = 2

run import "$TMP/page.html"
check "import of a web page prints its id" test "$rc" = 0 -a "$out" = 1
check "the story keeps the page's metadata" test \
  "$(sqlite3 "$LECTERN_DB" "SELECT title || '|' || author || '|' || site || '|' || url FROM stories WHERE id = 1" 2>/dev/null || echo skip)" \
  = "Ferry strike ends after two days & nights|Sam Ode|Island Post|https://post.example/ferry" -o ! -x "$(command -v sqlite3)"
run list
check "its title is the page's, not the markup" sh -c "grep -q '^1	Ferry strike ends' '$TMP/out'"
run import "$TMP/page.html"
check "the same page again is the same story" \
  sh -c "test $rc = 0 && test '$out' = 1 && grep -q 'already in the library' '$TMP/err'"

printf '# Harbour notes\n\nSome **bold** words and a [link](https://x.example).\n' >"$TMP/notes.md"
run import "$TMP/notes.md"
check "import of Markdown" test "$rc" = 0 -a "$out" = 2
run export --format text 2
check "Markdown is read without its markup" sh -c "! grep -q -e '\*\*' -e '](https' '$TMP/out'"

printf '%%PDF-1.5\n' >"$TMP/paper.pdf"
run import "$TMP/paper.pdf"
check "a PDF is refused with one sentence" \
  sh -c "test $rc = 1 && grep -q 'PDF is not supported yet' '$TMP/err'"
run list
check "and leaves no story behind" test "$(wc -l <"$TMP/out")" = 2

# The formats module (lectern-formats.h): text needs none of it, and
# without it a web page gets one sentence and the library is unchanged.
printf 'Marie Curie spoke to the Royal Society in London.\n' >"$TMP/plain.txt"
LECTERN_FORMATS_MODULE="$TMP/no-such-module.so" run entities --json "$TMP/plain.txt"
check "entities of a text file need no formats module" \
  sh -c "test $rc = 0 && grep -q 'Marie Curie' '$TMP/out' && grep -q 'Royal Society' '$TMP/out'"
LECTERN_FORMATS_MODULE="$TMP/no-such-module.so" run import "$TMP/page.html"
check "a web page without the module: one sentence that says so" \
  sh -c "test $rc = 1 && grep -q 'module is missing' '$TMP/err' && test \$(wc -l <'$TMP/err') = 1"
run list
check "and the library is as it was" test "$(wc -l <"$TMP/out")" = 2
if command -v readelf >/dev/null 2>&1; then
  # The libraries of the formats loaded at every start cost 13 ms of it.
  check "lectern-cli does not load the readers' libraries at start" \
    sh -c "! readelf -d '$CLI' | grep NEEDED | grep -q -e libxml2 -e libsoup -e libarchive -e libcairo -e libpango"
fi

echo "1..$n"
exit $failed

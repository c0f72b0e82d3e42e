#!/usr/bin/env python3
"""How pandoc reads an Org export.

  check-org-pandoc.py EXPORT.org EXPECTED.json

EXPECTED.json: {"title": "...", "quotes": ["...", ...], "speakers": [null,
"...", ...]}. Reads the file with `pandoc -f org -t json` and checks that the title and every quote come back
as the same plain text (zero-width spaces aside), with no emphasis, link,
code, sub/superscript or raw markup in quotes, headings and the line
naming a quote's speaker, and no heading turned into a TODO item.
"""
import json
import re
import subprocess
import sys

PLAIN = {"Str", "Space", "SoftBreak", "LineBreak"}


def plain(text):
    return re.sub(r"[ \t\n\u2028]+", " ", text.replace("\u200b", "")).strip()


def inlines_text(inlines, failures, where):
    out = []
    for node in inlines:
        kind = node["t"]
        if kind == "Span" and "tag" in node["c"][0][1] and where == "a heading":
            continue  # the highlight's own tags, on purpose
        if kind not in PLAIN:
            failures.append(f"{kind} inside {where}: {json.dumps(node)[:120]}")
            if isinstance(node.get("c"), list) and node["c"] and isinstance(node["c"][-1], list):
                out.append(inlines_text([n for n in node["c"][-1] if isinstance(n, dict)], failures, where))
            continue
        out.append(node["c"] if kind == "Str" else " ")
    return "".join(out)


def main():
    export, expected_path = sys.argv[1], sys.argv[2]
    expected = json.load(open(expected_path, encoding="utf-8"))
    doc = json.loads(subprocess.run(["pandoc", "-f", "org", "-t", "json", export],
                                    check=True, capture_output=True, text=True).stdout)
    failures = []
    title = doc["meta"].get("title", {})
    title_text = inlines_text(title.get("c", []), failures, "the title") if title.get("t") == "MetaInlines" else ""
    if plain(title_text) != plain(expected["title"]):
        failures.append(f"title {title_text!r}, expected {expected['title']!r}")

    quotes = []
    speakers = []
    after_quote = False
    for block in doc["blocks"]:
        # The line after a quote that names its speaker: "— Name", plain.
        if after_quote and block["t"] == "Para" and block["c"] and block["c"][0] == {"t": "Str", "c": "—"}:
            speakers.append(plain(inlines_text(block["c"], failures, "a speaker"))[2:])
        after_quote = block["t"] == "BlockQuote"
        if block["t"] == "Header":
            inlines_text(block["c"][2], failures, "a heading")
        elif block["t"] == "BlockQuote":
            text = []
            for inner in block["c"]:
                if inner["t"] in ("Para", "Plain"):
                    text.append(inlines_text(inner["c"], failures, "a quote"))
                else:
                    failures.append(f"{inner['t']} inside a quote")
            quotes.append(plain(" ".join(text)))
    want = [plain(q) for q in expected["quotes"]]
    if quotes != want:
        failures.append(f"quotes read back as {quotes!r}, expected {want!r}")
    want_speakers = [plain(s) for s in expected.get("speakers", []) if s]
    if speakers != want_speakers:
        failures.append(f"speakers read back as {speakers!r}, expected {want_speakers!r}")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        sys.exit(1)
    print("ok")


main()

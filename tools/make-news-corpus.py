#!/usr/bin/env python3
"""Turn news stories with annotation files into a training corpus.

Each story is FILE.txt with FILE.json listing its "people",
"organizations", "places" and "misc", each {"name", "aliases"}, and
its "ambiguous" strings (their sentences are left out).  Every
occurrence of a listed string (longest first, whole words) is tagged
with its type; the tokens and sentences are Lectern's own, read from
`lectern-cli entities` with LECTERN_NER_TRACE=1, so the tagger trains on
exactly the tokens it meets at run time.  Writes train.txt.gz, dev.txt.gz
and test.txt.gz in the format of ../shared/entities/corpora.

  tools/make-news-corpus.py --cli build/src/cli/lectern-cli --output DIR STORY_DIR…
"""
import argparse
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import zlib

TYPES = {"people": "PER", "organizations": "ORG", "places": "LOC", "misc": "MISC"}


def trace_sentences(cli, path):
    env = dict(os.environ, LECTERN_NER_TRACE="1")
    out = subprocess.run([cli, "entities", path], env=env, capture_output=True,
                         text=True, check=True)
    sentences = []
    for line in out.stderr.splitlines():
        items = line.split(" ")
        if not items or any("/" not in t for t in items):
            continue
        sentences.append([t.rsplit("/", 1)[0] for t in items])
    return sentences


def token_offsets(text, sentences):
    """Character span of each token, found in order in the text."""
    pos = 0
    spans = []
    for sentence in sentences:
        row = []
        for tok in sentence:
            start = text.find(tok, pos)
            if start < 0:
                raise ValueError("token %r not found after offset %d" % (tok, pos))
            row.append((start, start + len(tok)))
            pos = start + len(tok)
        spans.append(row)
    return spans


def label(text, gold):
    """Per character: the type of the listed name that covers it."""
    names = []
    for key, tag in TYPES.items():
        for entity in gold.get(key, []):
            for s in [entity["name"]] + list(entity.get("aliases", [])):
                if s and s.strip():
                    names.append((s, tag))
    names.sort(key=lambda n: -len(n[0]))
    owner = [None] * len(text)
    matches = []
    for s, tag in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if any(owner[i] is not None for i in range(m.start(), m.end())):
                continue
            for i in range(m.start(), m.end()):
                owner[i] = len(matches)
            matches.append((m.start(), m.end(), tag))
    return owner, matches


def convert(cli, txt):
    gold = json.load(open(txt[:-4] + ".json", encoding="utf-8"))
    text = open(txt, encoding="utf-8").read()
    sentences = trace_sentences(cli, txt)
    spans = token_offsets(text, sentences)
    owner, matches = label(text, gold)
    # Sentences with a string of two meanings ("ambiguous") are left out.
    unsure = [False] * (len(text) + 1)
    for s in gold.get("ambiguous", []):
        if s and s.strip():
            for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
                for i in range(m.start(), m.end()):
                    unsure[i] = True
    cut = set()
    # A name that ends or starts inside a token ("ABC" of "ABC-News")
    # is left out rather than stretched.
    for row in spans:
        for start, end in row:
            ids = {owner[i] for i in range(start, end)}
            if len(ids) > 1 or (ids and None in ids):
                cut |= {i for i in ids if i is not None}
    lines = []
    for sentence, row in zip(sentences, spans):
        if not row or any(unsure[i] for i in range(row[0][0], row[-1][1])):
            continue
        prev = None
        for tok, (start, end) in zip(sentence, row):
            m = owner[start]
            if m is None or m in cut:
                lines.append("%s\tO" % tok)
                prev = None
                continue
            tag = matches[m][2]
            lines.append("%s\t%s-%s" % (tok, "I" if prev == m else "B", tag))
            prev = m
        lines.append("")
    return lines, len(cut), len(matches)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--dev-share", type=int, default=10,
                    help="one story in N goes to dev (by a hash of its name)")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    splits = {"train": [], "dev": [], "test": []}
    cut = total = 0
    for d in args.dirs:
        for txt in sorted(glob.glob(os.path.join(d, "*.txt"))):
            lines, c, n = convert(args.cli, txt)
            cut += c
            total += n
            name = os.path.basename(txt)
            split = "dev" if zlib.crc32(name.encode()) % args.dev_share == 0 else "train"
            if splits[split]:
                splits[split].append("#doc")
            splits[split].extend(lines)
    os.makedirs(args.output, exist_ok=True)
    for split, lines in splits.items():
        # mtime 0: the same stories give the same bytes.
        with open(os.path.join(args.output, split + ".txt.gz"), "wb") as raw:
            with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
                f.write("".join(l + "\n" for l in lines).encode("utf-8"))
    tokens = {s: sum(1 for l in v if "\t" in l) for s, v in splits.items()}
    print("tokens: train %(train)d, dev %(dev)d, test %(test)d" % tokens, file=sys.stderr)
    print("%d names, %d left out (cut inside a token)" % (total, cut), file=sys.stderr)


if __name__ == "__main__":
    main()

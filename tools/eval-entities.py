#!/usr/bin/env python3
# eval-entities.py: entity-level evaluation on the corpora's documents
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score the extractor on whole corpus documents, not on the dev stories.

Each document of a BIO split (between "#doc" lines) becomes a story: its
text (tokens joined back, one sentence a line) and a gold file in the format
of GUIDELINES.md, where same-name PER/ORG spans are one entity, a person's
shorter name inside one longer name is an alias ("Altman" of "Sam Altman"),
and so is an acronym spelling the initials of one organization. Names the
corpus tags with two types, or that could belong to two entities, are
optional. Then score.py runs on the folder, so the figures mean what the
dev-story figures mean.

Usage:
  tools/eval-entities.py [--split dev|test] [--corpus NAME ...] [--lang fr|en]
      [--shared ../shared] [--cmd 'build/src/cli/lectern-cli entities --json {}']
      [--keep DIR] [--verbose]
"""
import argparse
import collections
import gzip
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

CORPORA = ["wikinews_fr", "wikinews_en", "gum_news_en", "newseye_fr", "wikigold_en"]
NO_SPACE_BEFORE = set(",.;:)]}!?%") | {"'s", "’s", "...", "…"}
NO_SPACE_AFTER = set("([{")
FUNCTION = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "d'", "l'",
            "et", "pour", "en", "à", "a", "an", "in", "on", "au", "aux", "&"}


def read_docs(path):
    """Yields documents as lists of sentences of (token, tag)."""
    doc, sent = [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "#doc":
                if doc:
                    yield doc
                doc = []
            elif line == "":
                if sent:
                    doc.append(sent)
                sent = []
            else:
                tok, tag = line.split("\t")
                sent.append((tok.replace("_", " "), tag))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def join(tokens):
    out = prev = ""
    for t in tokens:
        elided = len(prev) > 1 and prev[-1] in "'’"
        if out and not (t in NO_SPACE_BEFORE or out[-1] in NO_SPACE_AFTER or elided):
            out += " "
        out += t
        prev = t
    return out


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split()).casefold()


TITLES = set()


def load_titles(shared):
    path = os.path.join(shared, "entities", "corpora", "gazetteers", "person_titles_fr_en.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            TITLES.add(line.split("\t")[0].strip().casefold())


PARTICLES = {"de", "d'", "d’", "du", "des", "van", "von", "der", "den", "da", "di", "del", "dos"}


def person_name(toks):
    """The name in a person span, as GUIDELINES.md wants it: NewsEye puts
    titles ("M", ".", "MM."), functions ("le juge d'instruction") and
    appositions (", ministre du commerce") inside its spans."""
    if "," in toks:
        toks = toks[:toks.index(",")]
    while len(toks) > 1:
        t = toks[0]
        title = t.casefold() in TITLES or (t + ".").casefold() in TITLES
        if title or t in (".", "'", "’") or (t[:1].islower() and t not in PARTICLES):
            toks = toks[1:]
        else:
            break
    return toks


def spans(sent):
    """Yields (type, tokens); titles off people, as GUIDELINES.md wants
    ("M. Millerand" in NewsEye gives "Millerand")."""
    i = 0
    while i < len(sent):
        tag = sent[i][1]
        if tag.startswith("B-"):
            typ = tag[2:]
            j = i + 1
            while j < len(sent) and sent[j][1] == "I-" + typ:
                j += 1
            toks = [t for t, _ in sent[i:j]]
            if typ == "PER":
                toks = person_name(toks)
            # No capital, no name: "capitaine", "landwehr", a stray ".".
            if any(c.isupper() for t in toks for c in t):
                yield typ, toks
            i = j
        else:
            i += 1


def is_acronym(words):
    return (len(words) == 1 and 2 <= len(words[0]) <= 8 and words[0].replace(".", "").isalpha()
            and words[0].replace(".", "").isupper())


def initials(words):
    return "".join(w[0] for w in words if w.lower() not in FUNCTION and w[:1].isupper())


def contains(big, small):
    n = len(small)
    return any(big[k:k + n] == small for k in range(len(big) - n + 1))


def gold_of(doc):
    """Entities of one document: (people, organizations, optional)."""
    types = collections.defaultdict(collections.Counter)
    words = {}
    for sent in doc:
        for typ, toks in spans(sent):
            name = join(toks)
            types[norm(name)][typ] += 1
            words.setdefault(norm(name), (name, toks))
    entities = {}   # key → {type, names}
    optional = []
    for key, counts in types.items():
        (typ, n), = counts.most_common(1)
        listed = typ in ("PER", "ORG")
        if len(counts) > 1 and (listed or any(t in ("PER", "ORG") for t in counts)):
            # Two types for one name: a careful annotator could go either way.
            optional.append(words[key][0])
            continue
        if listed:
            entities[key] = {"type": typ, "names": [words[key][0]], "toks": words[key][1]}
    # Shorter names inside one longer name of the same type are aliases.
    for key in sorted(entities, key=lambda k: len(entities[k]["toks"])):
        e = entities[key]
        small = e["toks"]
        if e["type"] == "ORG" and is_acronym(small):
            hosts = [k for k, o in entities.items() if k != key and o["type"] == "ORG" and
                     len(o["toks"]) > 1 and initials(o["toks"]).upper() == small[0].replace(".", "")]
        else:
            hosts = [k for k, o in entities.items() if k != key and o["type"] == e["type"] and
                     len(o["toks"]) > len(small) and contains(o["toks"], small)]
        if len(hosts) == 1:
            entities[hosts[0]]["names"] += e["names"]
            e["names"] = []
        elif len(hosts) > 1:
            optional.append(e["names"][0])
            e["names"] = []
    people, orgs = [], []
    for e in entities.values():
        if not e["names"]:
            continue
        names = sorted(set(e["names"]), key=lambda s: (-len(s), s))
        out = {"name": names[0], "aliases": names[1:]}
        (people if e["type"] == "PER" else orgs).append(out)
    return people, orgs, [{"name": n, "aliases": []} for n in optional]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "test", "train"])
    ap.add_argument("--corpus", nargs="*", default=CORPORA)
    ap.add_argument("--lang", choices=["fr", "en"])
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--cmd", default="build/src/cli/lectern-cli entities --json {}")
    ap.add_argument("--keep", help="write the stories here and keep them")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    load_titles(a.shared)
    out = a.keep or tempfile.mkdtemp(prefix="eval-entities-")
    os.makedirs(out, exist_ok=True)
    n = 0
    for corpus in a.corpus:
        lang = corpus.rsplit("_", 1)[1]
        if a.lang and lang != a.lang:
            continue
        path = os.path.join(a.shared, "entities", "corpora", corpus, a.split + ".txt.gz")
        for k, doc in enumerate(read_docs(path)):
            people, orgs, optional = gold_of(doc)
            name = f"{lang}-{corpus}-{a.split}-{k:03d}"
            text = "\n".join(join([t for t, _ in sent]) for sent in doc) + "\n"
            with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
                json.dump({"id": name, "lang": lang, "source": f"{corpus} {a.split}",
                           "people": people, "organizations": orgs, "optional": optional},
                          f, ensure_ascii=False, indent=1)
            n += 1
    print(f"{n} documents in {out}", file=sys.stderr)
    argv = [sys.executable, os.path.join(a.shared, "entities", "score.py"), out, "--cmd", a.cmd]
    if a.verbose:
        argv.append("--verbose")
    rc = subprocess.call(argv)
    if not a.keep:
        for fn in os.listdir(out):
            os.unlink(os.path.join(out, fn))
        os.rmdir(out)
    return rc


if __name__ == "__main__":
    sys.exit(main())

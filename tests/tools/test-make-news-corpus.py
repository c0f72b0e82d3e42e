#!/usr/bin/env python3
"""tools/make-news-corpus.py on a small story, with the real lectern-cli:
every listed name tagged BIO on Lectern's tokens, a sentence with an
ambiguous string left out, a name cut inside a token left out."""
import gzip
import json
import os
import subprocess
import sys
import tempfile

root = os.environ["LECTERN_SOURCE_ROOT"]
cli = os.environ["LECTERN_CLI"]

with tempfile.TemporaryDirectory() as tmp:
    stories = os.path.join(tmp, "stories")
    os.mkdir(stories)
    with open(os.path.join(stories, "fr-t-01.txt"), "w", encoding="utf-8") as f:
        f.write("Le président Emmanuel Macron a reçu le patron de Renault à Paris.\n\n"
                "Apple a répondu.\n\n"
                "Macron a lu ABC-News.\n")
    with open(os.path.join(stories, "fr-t-01.json"), "w", encoding="utf-8") as f:
        json.dump({"id": "fr-t-01",
                   "people": [{"name": "Emmanuel Macron", "aliases": ["Macron"]}],
                   "organizations": [{"name": "Renault", "aliases": []},
                                     {"name": "ABC", "aliases": []}],
                   "places": [{"name": "Paris", "aliases": []}],
                   "misc": [],
                   "ambiguous": ["Apple"]}, f)
    out = os.path.join(tmp, "corpus")
    subprocess.run([sys.executable, os.path.join(root, "tools", "make-news-corpus.py"),
                    "--cli", cli, "--output", out, stories], check=True)
    lines = []
    for split in ("train", "dev", "test"):
        with gzip.open(os.path.join(out, split + ".txt.gz"), "rt", encoding="utf-8") as f:
            lines += f.read().splitlines()

expected = ["Le\tO", "président\tO", "Emmanuel\tB-PER", "Macron\tI-PER", "a\tO", "reçu\tO",
            "le\tO", "patron\tO", "de\tO", "Renault\tB-ORG", "à\tO", "Paris\tB-LOC", ".\tO", "",
            "Macron\tB-PER", "a\tO", "lu\tO", "ABC-News\tO", ".\tO", ""]
if lines != expected:
    print("got:", lines, "\nexpected:", expected, file=sys.stderr)
    sys.exit(1)
print("ok")

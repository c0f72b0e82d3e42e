#!/usr/bin/env python3
# make-gazetteers.py: derives data/gazetteers/places.txt.gz,
# data/gazetteers/towns.txt.gz and
# data/gazetteers/international-organizations.txt.gz from open data (see
# data/gazetteers/README.md for sources and licences). The trainer reads them
# with --gazetteers data/gazetteers and keeps only hashes in the model.
#
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage:
  tools/make-gazetteers.py --cities cities15000.txt --admin1 admin1CodesASCII.txt \
      --admin2 admin2Codes.txt --countries-en en/country.csv --countries-fr fr/country.csv \
      --supraverden general_list.yaml --output data/gazetteers
  tools/make-gazetteers.py --cities cities15000.txt --output data/gazetteers   # towns only
"""

import argparse
import csv
import gzip
import os
import re
import sys
import unicodedata

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .-]+$")

# Countries whose second-level divisions are listed (GeoNames country codes).
ADMIN2_COUNTRIES = {"FR"}

# Admin divisions named by a common word ("Centre", "Nord", "Central") or a
# direction are no evidence that a name is a place.
GENERIC = {
    "centre", "center", "central", "nord", "north", "sud", "south", "est", "east", "ouest",
    "west", "northern", "southern", "eastern", "western", "capital", "plateau", "littoral",
    "coast", "islands", "atlantique", "sahel", "lakes", "upper", "lower", "federal district",
    "cascades", "collines", "saint", "sainte",
}


def norm(s):
    s = unicodedata.normalize("NFC", s.strip())
    return re.sub(r"\s+", " ", s)


def usable(name):
    if len(name) < 3 or not LATIN.match(name) or not name[0].isupper():
        return False
    if name.isupper():
        return False  # airport and other codes
    return name.lower() not in GENERIC


def variants(name):
    out = {name}
    if "’" in name:
        out.add(name.replace("’", "'"))
    if "'" in name:
        out.add(name.replace("'", "’"))
    # "Congo - Brazzaville" in CLDR, "Congo-Brazzaville" in text.
    if " - " in name:
        out.add(name.replace(" - ", "-"))
    return out


def places(args):
    found = {}

    def add(name, kind, major=True):
        name = norm(name)
        if not usable(name):
            return
        # One word names a person as often as a place (Wilson, Mahé,
        # Passos): only countries and large cities are kept.
        if " " not in name and not major:
            return
        for v in variants(name):
            # A country wins over a region, a region over a city.
            rank = {"country": 0, "region": 1, "city": 2}
            if v not in found or rank[kind] < rank[found[v]]:
                found[v] = kind

    for path in (args.countries_en, args.countries_fr):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                add(row["value"], "country")
    # First-level regions, one-word names too ("Connecticut", "Bavaria",
    # "Bretagne"): the news names them as places far more often than as
    # people, and the trainer drops those that are frequent first names or
    # surnames or words written in lower case (Victoria, Centre).
    with open(args.admin1, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3:
                add(fields[1], "region")
                add(fields[2], "region")
    # French départements ("Charente", "Haute-Savoie"), named in French news
    # like regions.
    if args.admin2:
        with open(args.admin2, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 3 and fields[0].split(".")[0] in ADMIN2_COUNTRIES:
                    add(fields[1], "region")
                    add(fields[2], "region")
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 15:
                continue
            population = int(fields[14] or 0)
            code = fields[7]
            major = population >= 200000 or code == "PPLC"
            add(fields[1], "city", major)
            add(fields[2], "city", major)
            # Other-language names (Damas, Londres, Pékin) of large cities and
            # capitals only: smaller ones carry too many stray spellings.
            if population >= 300000 or code == "PPLC":
                for alt in fields[3].split(","):
                    if len(alt) >= 4:
                        add(alt, "city")
    return found


def towns(path):
    """One-word names of cities under 200,000 people ("Mulhouse", "Poissy"):
    the trainer flags them "usually a place" for the extractor's rules, not
    for the tagger, and drops those that are names or words of its lists."""
    found = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 15:
                continue
            if int(fields[14] or 0) >= 200000 or fields[7] == "PPLC":
                continue
            for name in (norm(fields[1]), norm(fields[2])):
                if usable(name) and " " not in name and "'" not in name and "’" not in name:
                    found.add(name)
    return found


def supraverden(path):
    """International organizations: (English name, [aliases])."""
    entries = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line and not line.startswith(" ") and line.rstrip().endswith(":"):
                cur = {}
                entries.append(cur)
                continue
            m = re.match(r"^  (Name_en|Name_fr|Abbreviation_en|Abbreviation_fr|Name_other_en|"
                         r"Name_other_2_en|Name_other_fr): (.*)$", line)
            if cur is not None and m:
                value = m.group(2).strip().strip("'\"")
                if value and value != "null":
                    cur.setdefault(m.group(1), []).append(norm(value))
    out = []
    for e in entries:
        names = []
        for key in ("Name_en", "Name_fr", "Name_other_en", "Name_other_2_en", "Name_other_fr",
                    "Abbreviation_en", "Abbreviation_fr"):
            for v in e.get(key, []):
                # Lists and descriptions, not names.
                if "," in v or ";" in v or "(" in v or len(v) > 80 or len(v) < 2:
                    continue
                if key.startswith("Abbreviation") and not (v.isupper() and len(v) >= 2):
                    continue
                if v not in names:
                    names.append(v)
        if names:
            out.append(names)
    return out


def write_gz(path, lines):
    # mtime=0: the same sources give the same bytes.
    with open(path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
            for line in lines:
                f.write((line + "\n").encode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--admin1")
    ap.add_argument("--admin2", help="GeoNames admin2Codes.txt (French départements)")
    ap.add_argument("--countries-en")
    ap.add_argument("--countries-fr")
    ap.add_argument("--supraverden")
    ap.add_argument("--output", required=True)
    args = ap.parse_args()

    os.makedirs(args.output, exist_ok=True)
    small = towns(args.cities)
    write_gz(os.path.join(args.output, "towns.txt.gz"), sorted(small))
    print(f"{len(small)} towns", file=sys.stderr)
    if not (args.admin1 and args.countries_en and args.countries_fr and args.supraverden):
        return
    found = places(args)
    write_gz(os.path.join(args.output, "places.txt.gz"),
             sorted(f"{name}\t{kind}" for name, kind in found.items()))
    orgs = supraverden(args.supraverden)
    write_gz(os.path.join(args.output, "international-organizations.txt.gz"),
             sorted("\t".join(names) for names in orgs))
    print(f"{len(found)} places, {len(orgs)} international organizations", file=sys.stderr)


if __name__ == "__main__":
    main()

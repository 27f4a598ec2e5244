#!/usr/bin/env python3
"""Writes the translation memory's French master and its English, locales/{fr,en}/portals.ftl.

Usage: seed_memory.py   (from the repository root)

Entries: the démarches-simplifiées strings of the *train* split (French, and DS's own English
verbatim with `.by = demarches-simplifiees`), and the strings of the other sources for which an
English draft exists in tests/data/portal-strings/en-drafts.tsv (`id	en`, drafted by hand, no
`.by`). The held-back DS test split is refused: a test string never becomes an entry.
Placeables: `%{count}`-style names become `$n`, `$date`, `$time`, `$email`, `$file`, `$amount`,
`$name` when the name says so clearly (RENAME), else stay; an entry whose English does not carry
exactly the French placeables is left out (and counted). Where DS has `.one`/`.other` plural keys
and the `.other` French counts with `$n`, the English becomes a Fluent selector.
"""

import os
import re
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import read_tsv  # noqa: E402
from fold import fold_key  # noqa: E402

DATA = "tests/data/portal-strings"
SOURCES = ["ds", "seeds", "failures", "fixtures", "rdv", "aides-jeunes", "mdph", "aidants", "dsfr"]
ORIGIN = {"ds": "ds", "rdv": "rdv", "aidants": "aidants", "aides-jeunes": "aides-jeunes", "mdph": "mdph",
          "dsfr": "dsfr", "fixtures": "fixture", "failures": "failures", "seeds": "seeds"}
VAR = re.compile(r"\{ \$([A-Za-z_][\w-]*) \}")

RENAME = [
    (re.compile(r"^(count|nb\w*|number|num|n|min|max|min_length|max_length|length|remaining\w*|row_number|"
                r"\w*_count|count_\w*|nb_\w+|dossier_(id|number)|numero|id|number_of_\w+|estimated_minutes|"
                r"duree\w*|nominal_duration\w*|size)$"), "n"),
    (re.compile(r"^(date|datetime|\w*_date|date_\w*|\w*_at|day|jour|expiration\w*|due_date)$"), "date"),
    (re.compile(r"^(time|heure|hour|time_ago|\w*_time)$"), "time"),
    (re.compile(r"^(email|\w*_email|email_\w*|mail)$"), "email"),
    (re.compile(r"^(file|filename|file_name|\w*_filename)$"), "file"),
    (re.compile(r"^(amount|montant|\w*_amount|max_file_size|max_size|capital\w*)$"), "amount"),
    (re.compile(r"^(name|\w*_name|libelle\w*|\w*_libelle|procedure|demarche|organisation|user_name|full_name|"
                r"get_full_name|given_name|family_name|application_name|app_name|service|sender|demandeur|"
                r"mandataire\w*|title|getTitle)$"), "name"),
]


def canonical(names):
    """{old: new} for a string's placeable names; a clash keeps the original names."""
    out = {}
    for n in names:
        new = n
        for rx, c in RENAME:
            if rx.match(n):
                new = c
                break
        out[n] = new
    if len(set(out.values())) < len(out):
        return {n: n for n in names}
    return out


def rename(text, mapping):
    return VAR.sub(lambda m: "{ $" + mapping.get(m.group(1), m.group(1)) + " }", text)


def ftl_text(text):
    """Escapes braces that are not placeables."""
    parts, i = [], 0
    for m in VAR.finditer(text):
        parts.append(re.sub(r"[{}]", lambda b: '{"' + b.group(0) + '"}', text[i:m.start()]))
        parts.append(m.group(0))
        i = m.end()
    parts.append(re.sub(r"[{}]", lambda b: '{"' + b.group(0) + '"}', text[i:]))
    return "".join(parts)


def slug(fr):
    t = VAR.sub(" ", fr)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", t)
    out = []
    for w in words:
        if len("-".join(out + [w])) > 40:
            break
        out.append(w)
        if len(out) >= 6:
            break
    return "tm-" + ("-".join(out) or "x")


def area(source, key):
    if source == "ds":
        k = key.split(":")[-1].split(".")
        if key.startswith("components/"):
            return "components " + key.split("/")[1]
        return k[1] if len(k) > 1 else "root"
    if source == "rdv":
        return key.split(".")[1] if "." in key else "root"
    if source in ("aidants", "mdph", "aides-jeunes", "dsfr"):
        return re.sub(r"^(aidants_connect_\w+/templates/|client/(app|components)/|src/|lib/|example/)", "", key).split("/")[0].split(":")[0]
    if source == "fixtures":
        return "/".join(key.split("/")[:2])
    return source


def origin(source, key):
    if source == "fixtures":
        return "fixture:" + re.sub(r"(/index)?\.html$", "", key)
    if source == "failures":
        return "failures"
    return f"{ORIGIN[source]}:{key}"


def main():
    split = {r["id"]: r["split"] for r in read_tsv(f"{DATA}/ds-split.tsv")}
    ds = read_tsv(f"{DATA}/ds.tsv")
    test_folds = {fold_key(r["fr"]) for r in ds if split.get(r["id"]) == "test"}
    drafts_path = f"{DATA}/en-drafts.tsv"
    drafts = {r["id"]: r["en"] for r in read_tsv(drafts_path)} if os.path.exists(drafts_path) else {}
    # DS plural siblings: key without its last segment -> {one: en, other: en}
    plural_en = defaultdict(dict)
    for r in ds:
        k, _, last = r["key"].rpartition(".")
        if last in ("one", "other", "zero") and r["en"]:
            plural_en[k][last] = r["en"]
    entries, seen_fold, ids = [], set(), set()
    left = defaultdict(int)
    for source in SOURCES:
        rows = ds if source == "ds" else read_tsv(f"{DATA}/{source}.tsv")
        for r in rows:
            f = fold_key(r["fr"])
            if f in test_folds:
                left["held-back test string"] += 1
                continue
            if f in seen_fold:
                continue
            if source == "ds":
                if split.get(r["id"]) != "train":
                    left["ds without English"] += 1
                    continue
                en, by = r["en"], "demarches-simplifiees"
            else:
                if r["id"] not in drafts:
                    left[f"{source}: no English draft yet"] += 1
                    continue
                en, by = drafts[r["id"]], None
            fr_vars = VAR.findall(r["fr"])
            if set(fr_vars) != set(VAR.findall(en)):
                left[f"{source}: placeables differ in the English"] += 1
                continue
            mapping = canonical(sorted(set(fr_vars)))
            fr, en = rename(r["fr"], mapping), rename(en, mapping)
            fr_t, en_t = ftl_text(fr), ftl_text(en)
            k, _, last = r["key"].rpartition(".")
            if source == "ds" and last == "other" and "{ $n }" in fr and "one" in plural_en[k]:
                one = ftl_text(rename(plural_en[k]["one"], mapping))
                if set(VAR.findall(rename(plural_en[k]["one"], mapping))) <= {"n"}:
                    en_t = "{ $n ->\n        [one] " + one + "\n       *[other] " + en_t + "\n    }"
            sid = base = slug(r["fr"])
            i = 2
            while sid in ids:
                sid = f"{base}-{i}"
                i += 1
            ids.add(sid)
            seen_fold.add(f)
            entries.append({"id": sid, "fr": fr_t, "en": en_t, "by": by, "kind": r["kind"],
                            "origin": origin(source, r["key"]), "group": f"{ORIGIN[source]}: {area(source, r['key'])}"})
    head = {
        "fr": "### Relais — mémoire de traduction : chaînes réelles des portails, en entier (issue 12).\n"
              "### Un message par chaîne : l’identifiant est « tm- » suivi des premiers mots ; la valeur est la chaîne\n"
              "### telle que le portail l’affiche, avec des variables ({ $n }, { $date }, { $name }…) pour ce qui varie.\n"
              "### .origin = source:clé (tests/data/portal-strings/README.md) ; .kind = type d’élément.\n"
              "### Écrit par tools/meaning/seed_memory.py. Jamais à partir des chaînes mises de côté pour le test.\n",
        "en": "### Relais — translation memory, English: the same ids as locales/fr/portals.ftl.\n"
              "### .by = demarches-simplifiees: the portal's own English, verbatim. Without .by: drafted by an AI model\n"
              "### as a careful translator would (plain, faithful, negation and numbers kept), reviewed by nobody.\n"
              "### Written by tools/meaning/seed_memory.py from tests/data/portal-strings/en-drafts.tsv and ds.tsv.\n",
    }
    for lang in ("fr", "en"):
        lines, group = [head[lang]], None
        for e in entries:
            if e["group"] != group:
                group = e["group"]
                lines.append(f"\n## {group}\n")
            lines.append(f"{e['id']} = {e[lang]}")
            if lang == "fr":
                lines.append(f"    .origin = {e['origin']}")
                lines.append(f"    .kind = {e['kind']}")
            elif e["by"]:
                lines.append(f"    .by = {e['by']}")
        with open(f"locales/{lang}/portals.ftl", "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    by_src = defaultdict(int)
    for e in entries:
        by_src[e["origin"].split(":")[0]] += 1
    print(f"{len(entries)} entries: {dict(by_src)}; left out: {dict(left)}", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the translation memory's French master and its English, locales/{fr,en}/portals.ftl.

Usage: seed_memory.py   (from the repository root)

Entries: the démarches-simplifiées strings of the *train* split (French, and DS's own English
verbatim with `.by = demarches-simplifiees`), the strings of the other sources for which an
English draft exists in tests/data/portal-strings/en-drafts.tsv (`id	en`, drafted by hand, no
`.by`), then the strings of the tested pages that no source above holds
(tests/data/portal-strings/pages-memory.tsv: `id	source	key	kind	fr	en`, `key` the page the
string was first met on, the French already with its variables, the English drafted by hand;
written into their page's `##` group when the file has one). The held-back DS test split is
refused: a test string never becomes an entry, nor a sentence of one (each sentence of a longer
entry is also found alone, crate/core/src/memory.rs).
Sources are read in a fixed order (`SOURCES`), sources added later come after the others, so that
adding entries never renames an existing id nor moves an existing entry.
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
SOURCES = ["ds", "seeds", "failures", "fixtures", "aides-jeunes", "rdv", "mdph", "aidants", "dsfr", "pages-memory"]
ORIGIN = {"ds": "ds", "rdv": "rdv", "aidants": "aidants", "aides-jeunes": "aides-jeunes", "mdph": "mdph",
          "dsfr": "dsfr", "fixtures": "fixture", "failures": "failures", "seeds": "seeds"}
# pages-memory.tsv: strings of the tested pages (tools/meaning/pages.py) that no other source holds.
PAGES = "pages-memory"
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


def split_sentences(text):
    """crate/core/src/units.rs: split_sentences — after `.`, `!`, `?`, `:` or `…` followed by a
    space or the end, and at line breaks."""
    out, start = [], 0
    for i, c in enumerate(text):
        end = c == "\n" or (c in ".!?:…" and (i + 1 >= len(text) or text[i + 1] in " \n"))
        if end:
            piece = text[start:i + 1].strip()
            if any(ch.isalnum() for ch in piece):
                out.append(piece)
            start = i + 1
    piece = text[start:].strip()
    if any(ch.isalnum() for ch in piece):
        out.append(piece)
    return out


SELECT = re.compile(r"^\{ \$(\w+) -> (.*) \}$")


def ftl_english(en):
    """The English as Fluent: a one-line selector `{ $n -> [one] … *[other] … }` of a draft becomes
    Fluent's multi-line form; other text is escaped like the French."""
    m = SELECT.match(en)
    if not m:
        return ftl_text(en)
    variants = re.split(r" (?=\*?\[\w+\] )", " " + m.group(2))
    lines = ["{ $" + m.group(1) + " ->"]
    for v in (v for v in variants if v.strip()):
        key, _, text = v.strip().partition("] ")
        pad = "       " if key.startswith("*") else "        "
        lines.append(f"{pad}{key}] {ftl_text(text)}")
    return "\n".join(lines) + "\n    }"


def page_group(key):
    """The `##` group of a tested page's entry: a fixture's group is the one the fixtures source
    gives that page (`fixture: portals/anef-login`, `fixture: captcha/late.html`)."""
    prefix, _, path = key.partition(":")
    if prefix == "fixture":
        rel = f"{path}.html" if os.path.exists(f"tests/fixtures/{path}.html") else f"{path}/index.html"
        return "fixture: " + "/".join(rel.split("/")[:2])
    return f"{prefix}: {path}"


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

    def held_back(fr):
        return fold_key(fr) in test_folds or any(fold_key(s) in test_folds for s in split_sentences(fr))

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
        if source != "ds" and not os.path.exists(f"{DATA}/{source}.tsv"):
            continue
        rows = ds if source == "ds" else read_tsv(f"{DATA}/{source}.tsv")
        for r in rows:
            f = fold_key(r["fr"])
            if held_back(r["fr"]):
                left["held-back test string (or a sentence of it)"] += 1
                continue
            if f in seen_fold:
                continue
            if source == "ds":
                if split.get(r["id"]) != "train":
                    left["ds without English"] += 1
                    continue
                en, by = r["en"], "demarches-simplifiees"
            elif source == PAGES:
                en, by = r["en"], None
            else:
                if r["id"] not in drafts:
                    left[f"{source}: no English draft yet"] += 1
                    continue
                en, by = drafts[r["id"]], None
            fr_vars = VAR.findall(r["fr"])
            if set(fr_vars) != set(VAR.findall(en)):
                left[f"{source}: placeables differ in the English"] += 1
                continue
            # The tested pages' entries were written with their final variable names.
            mapping = canonical(sorted(set(fr_vars))) if source != PAGES else {}
            fr, en = rename(r["fr"], mapping), rename(en, mapping)
            fr_t, en_t = ftl_text(fr), ftl_english(en)
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
            if source == PAGES:
                where, group = r["key"], page_group(r["key"])
            else:
                where, group = origin(source, r["key"]), f"{ORIGIN[source]}: {area(source, r['key'])}"
            entries.append({"id": sid, "fr": fr_t, "en": en_t, "by": by, "kind": r["kind"], "origin": where,
                            "group": group, "page": source == PAGES})
    head = {
        "fr": "### Relais — mémoire de traduction : chaînes réelles des portails, en entier (issue 12).\n"
              "### Un message par chaîne : l’identifiant est « tm- » suivi des premiers mots ; la valeur est la chaîne\n"
              "### telle que le portail l’affiche, avec des variables ({ $n }, { $date }, { $name }…) pour ce qui varie.\n"
              "### .origin = source:clé (tests/data/portal-strings/README.md) ; .kind = type d’élément.\n"
              "### Écrit par tools/meaning/seed_memory.py (tests/data/portal-strings/ : ds.tsv, en-drafts.tsv, pages-memory.tsv).\n"
              "### Jamais à partir des chaînes mises de côté pour le test, ni d’une de leurs phrases.\n",
        "en": "### Relais — translation memory, English: the same ids as locales/fr/portals.ftl.\n"
              "### .by = demarches-simplifiees: the portal's own English, verbatim. Without .by: drafted by an AI model\n"
              "### as a careful translator would (plain, faithful, negation and numbers kept), reviewed by nobody.\n"
              "### Written by tools/meaning/seed_memory.py from tests/data/portal-strings/ds.tsv, en-drafts.tsv and pages-memory.tsv.\n",
    }
    # Runs of entries under one `##` heading, in order; a tested page's entry joins the last run of
    # its group when there is one.
    runs = []
    for e in entries:
        if e["page"]:
            last = next((run for run in reversed(runs) if run[0] == e["group"]), None)
            if last is not None:
                last[1].append(e)
                continue
        if not runs or runs[-1][0] != e["group"]:
            runs.append((e["group"], []))
        runs[-1][1].append(e)
    for lang in ("fr", "en"):
        lines = [head[lang]]
        for group, run in runs:
            lines.append(f"\n## {group}\n")
            for e in run:
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

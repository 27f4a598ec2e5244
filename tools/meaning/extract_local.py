#!/usr/bin/env python3
"""Extracts the strings Relais reads on local pages, and the messages quoted in this repository.

Usage: extract_local.py OUT_DIR    (run from the repository root, after ./build.sh)

- dsfr.tsv: every block of the DSFR example pages (node_modules/@gouvfr/dsfr/example/**/*.html) as
  `relais scan` reads it (labels, legends, hints, buttons, errors, options one by one,
  placeholders, paragraphs of at least 12 words); Lorem ipsum and placeholder filler dropped.
- fixtures.tsv: the same for tests/fixtures/portals/** and tests/fixtures/captcha/**.
- failures.tsv: the messages of crate/core/data/failures.tsv (kind error).
- seeds.tsv: portal messages quoted in issue 12, in the README and in shared/ (SEEDS below).
"""

import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import clean, dedupe, has_letters, write_tsv  # noqa: E402

RELAIS = "./target/release/relais"
FILLER = re.compile(r"lorem|ipsum|dolor sit|consectetur|\bsed do\b|adipiscing", re.I)

# Portal messages quoted word for word in issue 12, in README.md and in /work/shared (brief.md,
# seeds/comede-…: "Je ne suis pas un robot", the login labels "Identifiant", "Mot de passe",
# "numéro étranger").
SEEDS = [
    ("issue-12", "error", "Service momentanément indisponible. Nous vous invitons à renouveler votre demande plus tard."),
    ("issue-12", "label", "Numéro de la déclaration de perte"),
    ("issue-12", "button", "Mettre à jour mes documents"),
    ("issue-12", "label", "Nombre d'enfants à charge"),
    ("README", "label", "Je ne suis pas un robot"),
    ("brief", "label", "Identifiant"),
    ("brief", "label", "Mot de passe"),
    ("brief", "label", "Numéro étranger"),
]


def scan(page):
    out = subprocess.run([RELAIS, "scan", page, "--lang", "en"], check=True, capture_output=True).stdout
    return json.loads(out)


def page_rows(pages, source, root):
    rows = []
    for page in pages:
        key = os.path.relpath(page, root)
        for b in scan(page)["blocks"]:
            texts = b["text"].split("\n") if b["kind"] == "option" else [b["text"]]
            for t in texts:
                t = clean(t)
                if not has_letters(t) or FILLER.search(t):
                    continue
                rows.append({"source": source, "key": key, "kind": b["kind"], "fr": t, "en": ""})
    return rows


def main(out_dir):
    dsfr_root = "node_modules/@gouvfr/dsfr"
    pages = sorted(glob.glob(f"{dsfr_root}/example/**/*.html", recursive=True))
    rows = dedupe(page_rows(pages, "dsfr", dsfr_root))
    for i, r in enumerate(rows, 1):
        r["id"] = f"dsfr-{i:05d}"
    write_tsv(f"{out_dir}/dsfr.tsv", rows)
    print(f"dsfr: {len(pages)} pages, {len(rows)} strings", file=sys.stderr)

    pages = sorted(glob.glob("tests/fixtures/portals/**/*.html", recursive=True)
                   + glob.glob("tests/fixtures/captcha/**/*.html", recursive=True))
    rows = dedupe(page_rows(pages, "fixture", "tests/fixtures"))
    for i, r in enumerate(rows, 1):
        r["id"] = f"fx-{i:05d}"
    write_tsv(f"{out_dir}/fixtures.tsv", rows)
    print(f"fixtures: {len(pages)} pages, {len(rows)} strings", file=sys.stderr)

    rows = []
    for line in open("crate/core/data/failures.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        kind, portal, words = line.rstrip("\n").split("\t")
        rows.append({"source": "failures", "key": f"{kind}:{portal}", "kind": "error", "fr": clean(words), "en": ""})
    rows = dedupe(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"fail-{i:05d}"
    write_tsv(f"{out_dir}/failures.tsv", rows)
    print(f"failures: {len(rows)} messages", file=sys.stderr)

    rows = dedupe([{"source": "seeds", "key": k, "kind": kind, "fr": t, "en": ""} for k, kind, t in SEEDS])
    for i, r in enumerate(rows, 1):
        r["id"] = f"seed-{i:05d}"
    write_tsv(f"{out_dir}/seeds.tsv", rows)
    print(f"seeds: {len(rows)} messages", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])

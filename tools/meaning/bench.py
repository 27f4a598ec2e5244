#!/usr/bin/env python3
"""Meaning benchmark: how much of a portal string's meaning does Relais show?

    python3 tools/meaning/bench.py baseline --set ds-test [--as kind|label] [--out FILE.jsonl]
    python3 tools/meaning/bench.py report FILE.jsonl [--name NAME]

`report` reads JSON Lines, one object per string:
    {"id", "fr", "en_ref", "shown", "how": "translation"|"keywords"|"none", "conveyed": [i, …]}
where `conveyed` holds indices into `content_words(fr)` (the French content words that what is
shown conveys), and prints: the count, the share shown as a full translation, the share of French
content words conveyed (all strings' content words pooled), and sacrebleu's corpus chrF (default
parameters) of `shown` against `en_ref`, beside the same chrF for simply copying the French.
Strings without `en_ref` count for the first three figures only.

`baseline` builds today's JSONL for a set: it writes an HTML page with each string as the element of
its kind (or each as a `<label>` with `--as label`), runs `./target/release/relais scan PAGE --lang
en` (build it first: `./build.sh`) and rebuilds what the overlay shows today: the English labels of
the concepts found, in order, joined by " · " (`how` = keywords; none found or block not read:
`how` = none, `shown` = ""); `conveyed` = the content words inside a matched surface span. Then it
prints the report.

Sets: `ds-test` (the held-back démarches-simplifiées strings: measure only), `ds-train`, and any
file of tests/data/portal-strings/ by its name (`rdv`, `dsfr`, `fixtures`…; no reference English).

Python 3.11; sacrebleu and its dependencies, pinned in tools/meaning/requirements.txt, are
installed on first use into target/meaning-venv, and the script runs itself again there.
"""

import argparse
import html
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(ROOT, "target", "meaning-venv")
DATA = os.path.join(ROOT, "tests", "data", "portal-strings")

sys.path.insert(0, HERE)
from common import read_tsv  # noqa: E402
from fold import fold, tokens  # noqa: E402


def ensure_venv():
    """Runs this script again inside target/meaning-venv, creating it when missing."""
    try:
        import sacrebleu  # noqa: F401

        if sacrebleu.__version__ == "2.6.0":
            return
    except ImportError:
        pass
    py = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        sys.exit("bench.py: sacrebleu 2.6.0 missing from target/meaning-venv; remove the folder and run again")
    if not os.path.exists(py):
        print(f"bench.py: creating {VENV} (sacrebleu, pinned)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-r",
                    os.path.join(HERE, "requirements.txt")], check=True)
    os.execv(py, [py, os.path.abspath(__file__), *sys.argv[1:]])


# ---- content words ----------------------------------------------------------------------------

def _stopwords():
    words = set()
    with open(os.path.join(HERE, "data", "stopwords-fr.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            words.update(fold(w) for w in line.split())
    return words


STOP = _stopwords()


def masked(fr: str) -> str:
    """The French with each placeable `{ $x }` blanked (same length: offsets are kept)."""
    out, i = [], 0
    while i < len(fr):
        if fr.startswith("{", i):
            j = fr.find("}", i)
            if j > i and "$" in fr[i:j]:
                out.append(" " * (j + 1 - i))
                i = j + 1
                continue
        out.append(fr[i])
        i += 1
    return "".join(out)


def content_words(fr: str):
    """[(start, end, folded)] of the French content words, in order (see data/stopwords-fr.txt)."""
    return [t for t in tokens(masked(fr)) if t[2] not in STOP]


# ---- report -----------------------------------------------------------------------------------

def report(rows, name):
    import sacrebleu

    n = len(rows)
    translated = sum(1 for r in rows if r["how"] == "translation")
    keywords = sum(1 for r in rows if r["how"] == "keywords")
    total_cw = conveyed = 0
    for r in rows:
        cw = content_words(r["fr"])
        total_cw += len(cw)
        conveyed += len({i for i in r.get("conveyed", []) if 0 <= i < len(cw)})
    with_ref = [r for r in rows if r.get("en_ref")]
    refs = [r["en_ref"] for r in with_ref]
    pct = lambda a, b: f"{100 * a / b:5.1f} %" if b else "    —"  # noqa: E731
    print(f"set {name}: {n} strings ({len(with_ref)} with a reference English)")
    print(f"  shown as a full translation    {pct(translated, n)}   ({translated})")
    print(f"  shown as keywords              {pct(keywords, n)}   ({keywords})")
    print(f"  shown nothing                  {pct(n - translated - keywords, n)}   ({n - translated - keywords})")
    print(f"  French content words conveyed  {pct(conveyed, total_cw)}   ({conveyed} of {total_cw})")
    if with_ref:
        shown = sacrebleu.corpus_chrf([r["shown"] for r in with_ref], [refs]).score
        copy = sacrebleu.corpus_chrf([r["fr"] for r in with_ref], [refs]).score
        print(f"  chrF against DS's English      shown {shown:5.1f}   |   copy the French {copy:5.1f}")
    return 0


# ---- today's baseline -------------------------------------------------------------------------

def load_set(name):
    if name in ("ds-test", "ds-train"):
        split = {r["id"]: r["split"] for r in read_tsv(os.path.join(DATA, "ds-split.tsv"))}
        want = name.split("-")[1]
        return [r for r in read_tsv(os.path.join(DATA, "ds.tsv")) if split.get(r["id"]) == want]
    path = os.path.join(DATA, f"{name}.tsv")
    if not os.path.exists(path):
        sys.exit(f"bench.py: no set {name} (ds-test, ds-train or a file of {DATA})")
    return read_tsv(path)


def element(kind, text, as_label):
    t = html.escape(text)
    if as_label:
        return f"<label>{t}</label>"
    return {
        "label": f"<label>{t}</label>",
        "legend": f"<fieldset><legend>{t}</legend></fieldset>",
        "hint": f'<span class="fr-hint-text">{t}</span>',
        "button": f"<button>{t}</button>",
        "error": f'<p class="fr-error-text">{t}</p>',
        "option": f"<select><option>{t}</option></select>",
        "placeholder": f'<input placeholder="{t}">',
        "heading": f"<h2>{t}</h2>",
    }.get(kind, f"<p>{t}</p>")


def spans(text, surfaces):
    """Character spans of each matched surface in `text`, left to right, on word boundaries
    (a surface `jour` is never found inside `toujours`)."""
    import re

    out, cursor = [], 0
    for s in surfaces:
        rx = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)", re.I)
        m = rx.search(text, cursor) or rx.search(text)
        if m:
            out.append((m.start(), m.end()))
            cursor = m.end()
    return out


def baseline(rows, as_label, relais):
    page = "\n".join(element(r["kind"], r["fr"], as_label) for r in rows)
    doc = f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title></head><body><main><form>\n{page}\n</form></main></body></html>\n'
    os.makedirs(os.path.join(ROOT, "target", "meaning"), exist_ok=True)
    path = os.path.join(ROOT, "target", "meaning", "bench-page.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    out = json.loads(subprocess.run([relais, "scan", path, "--lang", "en"], check=True, capture_output=True).stdout)
    labels = {cid: c["label"] for cid, c in out["concepts"].items()}
    by_text = {}
    for b in out["blocks"]:
        by_text.setdefault(" ".join(b["text"].split()), []).append(b)
    result = []
    for r in rows:
        blocks = by_text.get(" ".join(r["fr"].split()), [])
        block = blocks.pop(0) if blocks else None
        terms = block["terms"] if block else []
        shown = " · ".join(labels.get(t["concept"], t["concept"]) for t in terms)
        sp = spans(r["fr"], [t["surface"] for t in terms])
        cw = content_words(r["fr"])
        conveyed = [i for i, (s, e, _) in enumerate(cw) if any(a <= s and e <= b for a, b in sp)]
        result.append({
            "id": r["id"], "fr": r["fr"], "en_ref": r.get("en", ""), "shown": shown,
            "how": "keywords" if terms else "none", "conveyed": conveyed,
            "concepts": [t["concept"] for t in terms],
        })
    return result


# ---- what Relais shows now -------------------------------------------------------------------

# Sample values for the variables of extracted strings, so that both the French and the
# reference English read as a page would show them (the same value on both sides).
SAMPLES = [
    (("email", "mail"), "awa.diallo93@example.org"),
    (("date", "before", "after", "start_date", "end_date", "datetime"), "07/12/2026"),
    (("time", "heure"), "14h30"),
    (("amount", "montant"), "125,50 €"),
    (("file", "filename"), "attestation.pdf"),
    (("n", "count", "days", "id", "dossier_id", "year", "nombre", "max", "min"), "12"),
]


def sample(name):
    for names, value in SAMPLES:
        if name in names or any(name.endswith("_" + n) for n in names):
            return value
    return "Awa Diallo"


def with_samples(text):
    import re

    return re.sub(r"\{ *\$([A-Za-z0-9_-]+) *\}", lambda m: sample(m.group(1)), text)


FSI_PDI = dict.fromkeys(map(ord, "\u2068\u2069"), None)


def now(rows, lang, relais, grammar_only=False):
    """Runs `relais translate` on the set's French (variables given sample values) and rebuilds
    what the overlay shows: the full translation, else the key words; also the key words alone
    (today's overlay, the baseline) from the same run."""
    os.makedirs(os.path.join(ROOT, "target", "meaning"), exist_ok=True)
    src = [with_samples(r["fr"]) for r in rows]
    proc = subprocess.run([relais, "translate", "--lang", lang] + (["--grammar-only"] if grammar_only else []), input="\n".join(s.replace("\n", " ") for s in src) + "\n",
                          check=True, capture_output=True, text=True)
    outs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(outs) == len(rows), (len(outs), len(rows))
    shown_rows, key_rows = [], []
    for r, fr, o in zip(rows, src, outs):
        cw = content_words(fr)
        kw = o["keywords"]
        sp = spans(fr, [k["surface"] for k in kw])
        kconv = [i for i, (s, e, _) in enumerate(cw) if any(a <= s and e <= b for a, b in sp)]
        kshown = " · ".join(k["label"] or k["concept"] for k in kw)
        base = {"id": r["id"], "fr": fr, "en_ref": with_samples(r.get("en", "")) if r.get("en") else ""}
        key_rows.append({**base, "shown": kshown, "how": "keywords" if kw else "none", "conveyed": kconv})
        t = o.get("translation")
        if t:
            shown_rows.append({**base, "shown": t["text"].translate(FSI_PDI), "how": "translation",
                               "conveyed": list(range(len(cw))), "source": t["source"]})
        else:
            shown_rows.append(key_rows[-1])
    return shown_rows, key_rows


def main():
    ensure_venv()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("baseline", help="today's overlay on a set, then the report")
    b.add_argument("--set", required=True)
    b.add_argument("--as", dest="as_", choices=["kind", "label"], default="kind",
                   help="each string as the element of its kind (default) or as a <label>")
    b.add_argument("--out", help="where to write the JSONL (default target/meaning/baseline-SET.jsonl)")
    b.add_argument("--relais", default=os.path.join(ROOT, "target", "release", "relais"))
    n = sub.add_parser("run", help="what Relais shows now on a set, beside the key words alone")
    n.add_argument("--set", required=True)
    n.add_argument("--lang", default="en")
    n.add_argument("--grammar-only", action="store_true", help="leave the memory out (to write grammar data on the train strings)")
    n.add_argument("--relais", default=os.path.join(ROOT, "target", "release", "relais"))
    r = sub.add_parser("report", help="the figures of a JSONL file")
    r.add_argument("file")
    r.add_argument("--name")
    a = ap.parse_args()
    if a.cmd == "report":
        with open(a.file, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        return report(rows, a.name or os.path.basename(a.file))
    if not os.path.exists(a.relais):
        sys.exit(f"bench.py: {a.relais} missing: run ./build.sh first")
    if a.cmd == "run":
        if a.grammar_only and a.set == "ds-test":
            sys.exit("bench.py: --grammar-only is for writing grammar data: use ds-train, never the held-back set")
        shown, keys = now(load_set(a.set), a.lang, a.relais, a.grammar_only)
        for label, rows_ in (("key words only (the overlay before full translations)", keys), ("full translations, else key words (now)", shown)):
            out = os.path.join(ROOT, "target", "meaning", f"{a.set}-{a.lang}-{'keywords' if rows_ is keys else 'now'}.jsonl")
            with open(out, "w", encoding="utf-8") as f:
                for row in rows_:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"-- {label} ({out})")
            report(rows_, a.set)
        mem = sum(1 for r in shown if r.get("source") == "memory")
        gra = sum(1 for r in shown if r.get("source") == "grammar")
        print(f"  full translations by source: memory {mem}, grammar {gra}")
        return 0
    rows = baseline(load_set(a.set), a.as_ == "label", a.relais)
    out = a.out or os.path.join(ROOT, "target", "meaning", f"baseline-{a.set}-{a.as_}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"(today's overlay, each string as {'a <label>' if a.as_ == 'label' else 'the element of its kind'}; {out})")
    return report(rows, a.set)


if __name__ == "__main__":
    sys.exit(main())

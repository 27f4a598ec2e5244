#!/usr/bin/env python3
"""Extracts French interface strings of other public portals (no English there).

Usage: extract_other.py SOURCE GIT_DIR OUT.tsv    SOURCE: rdv | aidants | aides-jeunes | mdph

Rules per source are written next to each reader below and in tests/data/portal-strings/README.md.
Everything goes through common.clean (HTML stripped, interpolations → { $x }), entries without a
letter are skipped, and entries are deduplicated on the folded French.
"""

import json
import re
import subprocess
import sys

import yaml

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import clean, dedupe, has_letters, html_blocks, kind_of, write_tsv  # noqa: E402

MAX_CHARS = 400


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def ls(gitdir):
    return git(gitdir, "ls-tree", "-r", "--name-only", "HEAD").decode().split("\n")


def show(gitdir, path):
    return git(gitdir, "show", f"HEAD:{path}").decode("utf-8", "replace")


def flat(d, path):
    if isinstance(d, dict):
        for k, v in d.items():
            yield from flat(v, path + [str(k)])
    elif isinstance(d, list):
        for i, v in enumerate(d):
            yield from flat(v, path + [str(i)])
    elif isinstance(d, str):
        yield path, d


# rdv-service-public: config/locales/**/*.yml, French. Dropped: the agents' back office (files and
# key segments naming admin, agents, super admins, territories, sectors, teams, opening hours,
# absences, exports, stats, webhooks, configuration), date/time formats.
RDV_SKIP_FILE = re.compile(
    r"(admin_|agent|super_admin|export|stats|team|territor|sector|zone|webhook|plage_ouverture|absence|"
    r"configuration|versions|motif|referent_assignation|receipt|service\.fr|organisation\.fr)"
)
RDV_SKIP_SEG = re.compile(
    r"^(admin\w*|agents?|agent_\w+|super_admin\w*|territor\w*|sectors?|sector_\w+|teams?|zones?|"
    r"exports?|stats?|webhook\w*|plage_ouverture\w*|absences?|configuration|date|time|datetime|"
    r"number|support|prescripteur_\w*admin\w*|versions?|motif\w*|sectorisation\w*|\w*_for_agents?|\w*as_agent)$"
)


def read_rdv(g):
    rows = []
    for f in sorted(p for p in ls(g) if p.startswith("config/locales/") and p.endswith(".yml")):
        if RDV_SKIP_FILE.search(f):
            continue
        data = yaml.safe_load(show(g, f)) or {}
        if "fr" not in data:
            continue
        for p, v in flat(data["fr"], []):
            if any(RDV_SKIP_SEG.match(s) for s in p):
                continue
            key = "fr." + ".".join(p)
            rows.append({"source": "rdv", "key": key, "kind": kind_of(key, clean(v)), "fr": clean(v)})
    return rows


# Aidants Connect: Django templates of the web app (aidants_connect_web/templates, the common
# templates) read as Relais reads a page; Django admin templates and e-mails to the team dropped.
def read_aidants(g):
    rows = []
    for f in sorted(ls(g)):
        if not f.endswith(".html") or "/templates/" not in f:
            continue
        if not f.startswith(("aidants_connect_web/", "aidants_connect_common/")):
            continue
        if re.search(r"/(admin|django|pico_cms|erp|espace_responsable|habilitation|formation|forms)/|"
                     r"public_website/(cgu|mentions_legales|politique_confidentialite|statistiques|"
                     r"ressource\w*|_ressource\w*)|/layout/", f):
            continue
        for kind, text in html_blocks(show(g, f)):
            rows.append({"source": "aidants", "key": f, "kind": kind, "fr": text})
    # Form labels, help texts and error messages written in Python forms.
    for f in sorted(ls(g)):
        if not re.match(r"aidants_connect_(web|common)/.*forms?(/.*)?\.py$", f):
            continue
        src = show(g, f)
        for m in re.finditer(r"\b(label|help_text|empty_label|[a-z_]*error[a-z_]*|message)\s*[=:]\s*(?:_\(|gettext\w*\()?\s*((?:\"[^\"\n]*\"\s*)+|(?:'[^'\n]*'\s*)+)", src):
            text = "".join(re.findall(r"[\"']([^\"'\n]*)[\"']", m.group(2)))
            kind = {"label": "label", "help_text": "hint", "empty_label": "option"}.get(m.group(1), "error")
            rows.append({"source": "aidants", "key": f"{f}:{m.group(1)}", "kind": kind, "fr": clean(text)})
    return rows


# aides-jeunes (1jeune1solution's simulator): the questions of the simulation
# (lib/properties/*.ts: question, label, help, moreInfo literals) and the Vue templates of the
# simulation and its components (src/views/simulation/**, src/components/**).
def read_aides_jeunes(g):
    rows = []
    lit = re.compile(r"\b(question|label|help|moreInfo|title|unit|hint)\s*:\s*(\"(?:[^\"\\\n]|\\.)*\"|`[^`]*`|'(?:[^'\\\n]|\\.)*')")
    for f in sorted(ls(g)):
        if re.match(r"lib/(properties/.*|ressources|resources|enums/.*|types/.*)\.ts$", f) or f in (
            "lib/ressources.ts", "lib/mutualized-steps.ts", "lib/state/blocks.ts",
        ):
            for m in lit.finditer(show(g, f)):
                text = m.group(2)[1:-1]
                text = re.sub(r"\$\{[^}]*\}", lambda x: "{ $" + (re.findall(r"\w+", x.group(0)) or ["x"])[-1] + " }", text)
                kind = {"question": "label", "label": "option", "help": "hint", "moreInfo": "hint", "title": "heading", "hint": "hint"}.get(m.group(1), "label")
                rows.append({"source": "aides-jeunes", "key": f"{f}:{m.group(1)}", "kind": kind, "fr": clean(text)})
    for f in sorted(ls(g)):
        if f.endswith(".vue") and (f.startswith("src/views/simulation/") or f.startswith("src/components/")):
            tpl = show(g, f)
            tpl = tpl.split("<script")[0]
            for kind, text in html_blocks(tpl):
                rows.append({"source": "aides-jeunes", "key": f, "kind": kind, "fr": text})
    return rows


# MDPH en ligne (betagouv/mdph, archived 2018): the request's sections and their questions
# (server/api/sections/sections.json: label, titleDefault, placeholder, desc, help…), the document
# types (documentTypes.json: label, desc, rejectionReason) and the applicant's templates
# (client/app/**, client/components/**), the agents' areas (admin, gestion, evaluation, stats) left out.
def read_mdph(g):
    rows = []
    keys = {"label": "label", "titleDefault": "heading", "placeholder": "placeholder", "desc": "hint",
            "help": "hint", "detailLabel": "label", "detailTextLabel": "label", "detailDateLabel": "label",
            "rejectionReason": "error"}

    def walk(x, path, f):
        if isinstance(x, dict):
            for k, v in x.items():
                if isinstance(v, str) and k in keys:
                    rows.append({"source": "mdph", "key": f"{f}:{'/'.join(path + [k])}", "kind": keys[k], "fr": clean(v)})
                else:
                    walk(v, path + [str(x.get("id", k))] if isinstance(v, (dict, list)) else path, f)
        elif isinstance(x, list):
            for v in x:
                walk(v, path, f)

    for f in ("server/api/sections/sections.json", "server/api/document-type/documentTypes.json"):
        walk(json.loads(show(g, f)), [], f)
    for f in sorted(ls(g)):
        if not f.endswith(".html") or not f.startswith(("client/app/", "client/components/")):
            continue
        if re.search(r"client/app/(admin|gestion|evaluation|stats|dashboard|cgu)/|components/(evaluation|history-synthese|trajectoire)", f):
            continue
        for kind, text in html_blocks(show(g, f)):
            rows.append({"source": "mdph", "key": f, "kind": kind, "fr": text})
    return rows


READERS = {"rdv": read_rdv, "aidants": read_aidants, "aides-jeunes": read_aides_jeunes, "mdph": read_mdph}
PREFIX = {"rdv": "rdv", "aidants": "ac", "aides-jeunes": "aj", "mdph": "mdph"}

# A string that is only code, a URL, an e-mail, a format or an identifier, or no French at all.
NOT_TEXT = re.compile(r"^(https?://\S+|\S+@\S+\.\S+|[\w.-]+\.(pdf|png|jpg|svg)|[a-z]+(_[a-z]+)+|[%#][-\w%:/ .]*|[A-Z_]{2,}|[\w-]+)$")


def main(source, g, out):
    commit = git(g, "rev-parse", "HEAD").decode().strip()
    raw = READERS[source](g)
    rows = []
    for r in raw:
        fr = r["fr"]
        if not has_letters(fr) or len(fr) > MAX_CHARS or NOT_TEXT.match(fr) and not re.match(r"^[A-ZÉa-zéèêàç]{2,}$", fr):
            continue
        if re.search(r"[{}<>]|\bfunction\b|=>|\|\||&&|\$\(", fr.replace("{ $", "").replace(" }", "")):
            continue  # code left over from a template
        if not re.search(r"[a-zàâçéèêëîïôûùüÿœ]{2}", fr):
            continue
        r["en"] = ""
        rows.append(r)
    n = len(rows)
    rows = dedupe(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"{PREFIX[source]}-{i:05d}"
    write_tsv(out, rows)
    print(f"{source} commit {commit}: {len(raw)} read, {n} kept, {len(rows)} after dedupe", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])

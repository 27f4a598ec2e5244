#!/usr/bin/env python3
"""Extracts démarches-simplifiées's user-facing interface strings (French + DS's own English).

Usage: extract_ds.py GIT_DIR OUT.tsv   (GIT_DIR: a bare clone; files are read with `git show`)

Files: config/locales/**/*.yml (global keys) and app/components/**/*.yml (keys under the
component's path). A French string is paired with the English at the same key path.
Exclusion rule (documented in tests/data/portal-strings/README.md): a key path is dropped when one
of its segments names the back office or developer-only material (EXCLUDED_SEGMENTS), when its
file is one of EXCLUDED_FILES, or when the cleaned French is longer than MAX_CHARS, has no letter,
or is a URL, an e-mail address, a date/number format or a bare identifier.
"""

import re
import subprocess
import sys

import yaml

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import clean, dedupe, has_letters, kind_of, write_tsv  # noqa: E402

MAX_CHARS = 400

EXCLUDED_SEGMENTS = re.compile(
    r"^(admin|admins|administrateurs?|instructeur\w*|super_admin\w*|manager|gestionnaire\w*|"
    r"groupe_gestionnaire\w*|groupe_instructeur\w*|expert\w*|avis\w*|api_particulier|api_entreprise|"
    r"api_token\w*|flipflop|features?|release_note\w*|prefill_descriptions|types_de_champ_editor|"
    r"type_de_champ_editor|conditions?|logic|llm|tags_button_list\w*|select_procedure_drop_down\w*|"
    r"procedure_draft_warning\w*|bulk_message\w*|attestation_template\w*|bill_signature\w*|export\w*|"
    r"archives?|webhook\w*|batch_\w+|notified_toggle\w*|dossier_transfer_log|stats?|statistic\w*|"
    r"accessibility_statement|legal_notice|cgu|metas?|links|dynamics|faq|faqs|zones|type_organisme|"
    r"pluralize|time|date|datetime|dates|number|support|i18n|annotations?_privees?|"
    r"private_annotations?|referentiel\w*|procedure_revision\w*|revision\w*|tiptap|"
    r"email_template\w*|mail_template\w*|initiated_mail|received_mail|closed_mail|refused_mail|"
    r"without_continuation_mail|sva_svr\w*|ineligibilite_rules\w*|procedure_path\w*|"
    r"pro_connect\w*|agent_connect\w*|groupe_\w+|commentaire_groupe_gestionnaire|"
    r"dossier_operation_log\w*|traitement\w*|labels?_component|procedure_labels?|dossier_labels?|"
    r"chorus\w*|dossier_assignment\w*|sidemenu)$"
)

# Whole files that are back office or developer material (by path prefix, without .fr/.en).
EXCLUDED_FILES = re.compile(
    r"^(config/locales/(views/(admin|administrateurs|instructeurs|experts|gestionnaires|manager|"
    r"pro_connect|avis_mailer|groupe_gestionnaire_mailer|groupe_instructeur_mailer|instructeur_mailer|"
    r"api_tokens)|models/(administrateur|procedure|procedure_revision|type_de_champ|types_de_champ|"
    r"attestation_template|bulk_message|bill_signature|closed_mail|export|archive|service|"
    r"groupe_instructeur|instructeur|expert|avis|super_admin|zone|etablissement|"
    r"commentaire_groupe_gestionnaire|gestionnaire|groupe_gestionnaire|procedure_presentation|"
    r"initiated_mail|received_mail|refused_mail|without_continuation_mail|contact_information|"
    r"dossier_operation_log|api_token|traitement|label|dossier_label|referentiel|llm\w*)|"
    r"api_entreprise|api_particulier|flipflop|release_notes|faqs|metas|links|dynamics|kaminari|"
    r"active_storage_validations_admin)|"
    r"app/components/(instructeurs|procedure|types_de_champ_editor|conditions|groupe_gestionnaire|"
    r"release_note|llm|tags_button_list_component|select_procedure_drop_down_list_component|"
    r"procedure_draft_warning_component|referentiels?|main_navigation|dossiers/(batch_\w+|export_\w+|"
    r"notified_toggle_component|champs_rows_show_component|champ_updated_component|"
    r"pending_correction_checkbox_component)|viewable_champ))"
)

SKIP_VALUE = re.compile(
    r"^(https?://\S+|\S+@\S+\.\S+|[%#]?[-_/.:%A-Za-z]{0,3}[%][-a-zA-Z%/ .:]+|[a-z_]+(\.[a-z_]+)+|"
    r"[A-Z_]{2,}|[\w.-]+\.(pdf|png|jpg|svg|csv|xlsx?|json))$"
)


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def flat(d, path):
    if isinstance(d, dict):
        for k, v in d.items():
            yield from flat(v, path + [str(k)])
    elif isinstance(d, list):
        for i, v in enumerate(d):
            yield from flat(v, path + [str(i)])
    elif isinstance(d, str):
        yield path, d


def stem(path):
    """config/locales/models/dossier/fr.yml -> config/locales/models/dossier;
    config/locales/devise.fr.yml -> config/locales/devise."""
    p = re.sub(r"(^|/)(fr|en)\.yml$", "", path)
    p = re.sub(r"\.(fr|en)\.yml$", "", p)
    return p


def main(gitdir, out):
    commit = git(gitdir, "rev-parse", "HEAD").decode().strip()
    files = git(gitdir, "ls-tree", "-r", "--name-only", "HEAD").decode().split("\n")
    files = [
        f for f in files
        if f.endswith(".yml") and (f.startswith("config/locales/") or f.startswith("app/components/"))
    ]
    texts = {"fr": {}, "en": {}}  # (scope, key) -> text
    order = []
    for f in sorted(files):
        try:
            data = yaml.safe_load(git(gitdir, "show", f"HEAD:{f}"))
        except Exception as e:  # noqa: BLE001
            print(f"skip {f}: {e}", file=sys.stderr)
            continue
        if not isinstance(data, dict):
            continue
        scope = stem(f) if f.startswith("app/components/") else "config"
        for lang in ("fr", "en"):
            if lang not in data:
                continue
            for p, v in flat(data[lang], []):
                key = ".".join(p)
                k = (scope, key)
                if k not in texts[lang]:
                    texts[lang][k] = (v, stem(f))
                    if lang == "fr":
                        order.append(k)
    rows, dropped = [], {"excluded": 0, "long": 0, "noletters": 0, "format": 0}
    for k in order:
        raw, src_file = texts["fr"][k]
        scope, key = k
        if EXCLUDED_FILES.match(src_file) or any(EXCLUDED_SEGMENTS.match(s) for s in key.split(".")) or (
            scope != "config" and any(EXCLUDED_SEGMENTS.match(s) for s in scope.split("/"))
        ):
            dropped["excluded"] += 1
            continue
        fr = clean(raw)
        if not has_letters(fr):
            dropped["noletters"] += 1
            continue
        if SKIP_VALUE.match(fr):
            dropped["format"] += 1
            continue
        if len(fr) > MAX_CHARS:
            dropped["long"] += 1
            continue
        en_raw = texts["en"].get(k)
        en = clean(en_raw[0]) if en_raw else ""
        if en == fr and not re.search(r"[a-z]{3}", fr):
            en = en  # acronyms, names: DS's English is the same string
        full_key = ("fr." + key) if scope == "config" else (scope.replace("app/components/", "components/") + ":fr." + key)
        rows.append({"source": "ds", "key": full_key, "kind": kind_of(key, fr), "fr": fr, "en": en})
    n_before = len(rows)
    rows = dedupe(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"ds-{i:05d}"
    write_tsv(out, rows)
    print(f"commit {commit}: {len(order)} French keys; dropped {dropped}; {n_before} kept, "
          f"{len(rows)} after dedupe on folded French; with English: {sum(1 for r in rows if r['en'])}",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

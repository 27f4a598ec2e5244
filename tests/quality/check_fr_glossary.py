#!/usr/bin/env python3
"""Quality gate for the French master glossary, locales/fr/glossary.ftl.

Checks:
  - the file parses with fluent.syntax and contains no Junk entry;
  - every message is a concept (`concept-<kebab-case ascii id>`), has a value,
    a `.domain` from the allowed list and an `.explain`;
  - `.explain` has at most 3 sentences of at most 25 words each
    (sentences split on . ! ? followed by a space or the end);
  - `.proper`, when present, is `yes`; error concepts have a `.todo`;
  - no surface form (value or `.forms`) belongs to two concepts, after
    normalisation (lowercase, accents stripped, ’ -> ', punctuation -> space,
    trailing s/x of each word removed), and none is a bare function word;
  - every label of the DSFR example forms contains a surface form as a
    whole-word sequence after the same normalisation;
  - at least MIN_CONCEPTS concepts.

Usage: python3 tests/quality/check_fr_glossary.py [path/to/glossary.ftl]
Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

try:
    from fluent.syntax import FluentParser, ast
except ImportError:  # pragma: no cover
    sys.exit("fluent.syntax is missing: pip install fluent.syntax")

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "locales" / "fr" / "glossary.ftl"
MIN_CONCEPTS = 310
MAX_SENTENCES = 3
MAX_WORDS = 25

DOMAINS = {
    "identity", "civil-status", "contact", "address", "account", "web", "form",
    "residence", "benefits", "health", "tax", "employment", "documents",
    "appointment", "error", "captcha", "housing", "justice", "education",
}
# Concepts outside the `error` domain that are failures and need a `.todo` too.
TODO_REQUIRED_IDS = {"aucun-creneau-disponible"}
# A surface form must not be one of these words alone.
STOPWORDS = {
    "a", "au", "aux", "avec", "ce", "ces", "d", "dan", "de", "de", "du", "en", "et",
    "il", "je", "l", "la", "le", "le", "leur", "n", "ne", "ni", "on", "ou", "par",
    "pa", "pas", "plu", "pour", "qu", "que", "qui", "s", "sa", "se", "si", "son",
    "sur", "un", "une", "vo", "vou", "votre", "y", "oui", "non",
}

# Labels of the DSFR example forms. Country names other than France are
# deliberately not concepts (Allemagne, Espagne, Italie, Royaume-Uni).
DSFR_LABELS = [
    "Libellé bouton radio", "Libellé case à cocher",
    "Légende pour l’ensemble des éléments", "Nom", "Prénom",
    "Libellé champ de saisie", "Mot de passe", "Afficher",
    "Je n'ai pas de prénom", "Libellé pour liste déroulante", "Identifiant",
    "Libellé checkbox", "Adresse postale", "Adresse",
    "Complément d’adresse (optionnel)", "Code postal", "Ville ou commune",
    "Adresse électronique", "Mention CNIL", "Nom d'usage", "Pays",
    "Date de naissance", "Jour", "Mois", "Année", "Libellé radio",
    "Ajouter un fichier", "Ajouter des fichiers",
    "Lieu-dit, commune déléguée ou boîte postale", "Type de société", "Sexe",
    "Feminin", "Masculin", "Titre d’appel", "Nationalité",
    "Numéro de téléphone", "Se connecter avec son compte", "identifiants",
    "Se souvenir de moi", "Se créer un compte en choisissant un identifiant",
    "SIRET de l'entreprise", "Numéro de SIRET", "Dénomination", "Cedex",
    "Représentant moral de l'entreprise", "Nom de naissance",
    "Fonction dans la société", "Situation familiale", "Docteur", "Inspecteur",
    "Sans réponse", "Complément d'adresse postale", "Numéro", "Voie",
    "Bâtiment", "Immeuble", "Escalier", "Numéro d'appartement",
    "Récupérer le mot de passe de votre compte", "Identité personnelle",
    "Coordonnées personnelles", "Thème clair", "Thème sombre", "Système",
    "Texte de description additionnel", "Format attendu : nom@example.com",
    "Valider", "Se connecter", "Créer un compte", "Précédent", "Envoyer",
    "Fermer", "Menu", "Sélectionner une option", "Option", "Exemple",
    "Indication", "Format attendu", "taille maximale", "Formats supportés",
    "Texte d’erreur obligatoire",
    "Le format de l’adresse électronique saisie n’est pas valide",
    "caractère spécial", "chiffre", "Célibataire", "Concubinage", "Pacsé",
    "Marié", "Veuf", "Divorcé", "Française",
]

ID_RE = re.compile(r"^concept-[a-z0-9]+(-[a-z0-9]+)*$")
SENTENCE_RE = re.compile(r"[.!?…]+(?=\s|$)")


def fold(text):
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = text.replace("œ", "oe").replace("æ", "ae")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def tokens(text):
    out = []
    for word in re.split(r"[^a-z0-9]+", fold(text)):
        if not word:
            continue
        if len(word) > 1 and word[-1] in "sx":
            word = word[:-1]
        out.append(word)
    return tuple(out)


def contains(haystack, needle):
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def text_of(pattern):
    if pattern is None:
        return ""
    parts = []
    for el in pattern.elements:
        if isinstance(el, ast.TextElement):
            parts.append(el.value)
        else:
            parts.append("\0PLACEABLE\0")
    return "".join(parts)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    errors = []
    resource = FluentParser(with_spans=True).parse(path.read_text(encoding="utf-8"))
    concepts = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            first = entry.annotations[0].message if entry.annotations else "?"
            errors.append(f"Junk entry: {first}: {entry.content[:80]!r}")
        elif isinstance(entry, ast.Term):
            errors.append(f"unexpected term -{entry.id.name}")
        elif isinstance(entry, ast.Message):
            mid = entry.id.name
            if mid in concepts:
                errors.append(f"{mid}: duplicate message id")
            if not ID_RE.match(mid):
                errors.append(f"{mid}: id is not concept-<kebab-case ascii>")
            value = text_of(entry.value).strip()
            attrs = {}
            for attr in entry.attributes:
                name = attr.id.name
                if name in attrs:
                    errors.append(f"{mid}: attribute .{name} twice")
                attrs[name] = text_of(attr.value).strip()
            concepts[mid] = (value, attrs)

    known_attrs = {"forms", "domain", "explain", "where", "todo", "proper"}
    owner = {}
    domains = Counter()
    for mid, (value, attrs) in concepts.items():
        cid = mid[len("concept-"):]
        every = [value] + list(attrs.values())
        if any("\0PLACEABLE\0" in t for t in every):
            errors.append(f"{mid}: contains a placeable (braces are not allowed)")
        if not value:
            errors.append(f"{mid}: empty value")
        for name, text in attrs.items():
            if name not in known_attrs:
                errors.append(f"{mid}: unknown attribute .{name}")
            if not text:
                errors.append(f"{mid}: empty .{name}")
        domain = attrs.get("domain")
        if domain not in DOMAINS:
            errors.append(f"{mid}: missing or unknown .domain {domain!r}")
        domains[domain] += 1
        if "proper" in attrs and attrs["proper"] != "yes":
            errors.append(f"{mid}: .proper must be 'yes'")
        if (domain == "error" or cid in TODO_REQUIRED_IDS) and "todo" not in attrs:
            errors.append(f"{mid}: error concept without .todo")
        explain = attrs.get("explain")
        if not explain:
            errors.append(f"{mid}: missing .explain")
        else:
            sentences = [s.strip() for s in SENTENCE_RE.split(explain) if s.strip()]
            if len(sentences) > MAX_SENTENCES:
                errors.append(f"{mid}: .explain has {len(sentences)} sentences (max {MAX_SENTENCES})")
            for s in sentences:
                n = len(s.split())
                if n > MAX_WORDS:
                    errors.append(f"{mid}: .explain sentence of {n} words (max {MAX_WORDS}): {s[:60]!r}")
        forms = [value]
        if "forms" in attrs:
            forms += [f.strip() for f in attrs["forms"].split("|")]
        seen_here = set()
        for form in forms:
            if not form:
                errors.append(f"{mid}: empty surface form in .forms")
                continue
            key = tokens(form)
            if not key:
                errors.append(f"{mid}: surface form {form!r} has no word")
                continue
            if len(key) == 1 and key[0] in STOPWORDS:
                errors.append(f"{mid}: surface form {form!r} is a function word")
            if key in seen_here:
                continue  # same form twice in one concept: harmless variant
            seen_here.add(key)
            if key in owner and owner[key][0] != mid:
                errors.append(f"surface form {form!r} ({mid}) already belongs to {owner[key][0]} ({owner[key][1]!r})")
            else:
                owner[key] = (mid, form)

    forms_by_len = sorted(owner, key=len, reverse=True)
    for label in DSFR_LABELS:
        lt = tokens(label)
        hit = next((k for k in forms_by_len if contains(lt, k)), None)
        if hit is None:
            errors.append(f"DSFR label {label!r} matches no surface form")

    if len(concepts) < MIN_CONCEPTS:
        errors.append(f"only {len(concepts)} concepts (min {MIN_CONCEPTS})")

    print(f"{path}: {len(concepts)} concepts, {len(owner)} distinct surface forms, "
          f"{len(DSFR_LABELS)} DSFR labels checked")
    print("domains: " + ", ".join(f"{d}={n}" for d, n in sorted(domains.items(), key=lambda x: str(x[0]))))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Every string the pages Relais is tested on show, and how much of it the overlay translates.

Usage (from the repository root, after `npm ci --ignore-scripts` and
`cargo build --release -p relais`):

    pages.py list [--check]        write tests/data/portal-strings/pages.tsv (--check: recompute,
                                   compare with the committed file, exit 1 if they differ)
    pages.py coverage [--lang en] [--memory-only] [--missing]
    pages.py table [--min 90]      every language: the share of labels, legends, buttons and errors
                                   with a full translation, per page; exit 1 when a page is below
                                   --min in a language (issue 12's acceptance, run by the suite)
                                   per page, the share of its strings that `relais translate`
                                   shows as a full translation (--memory-only: the translation
                                   memory alone, without the grammar; --missing: list the strings
                                   without one)
    pages.py sources               check the app strings below against the apps' sources

The pages (issue 12's acceptance):
- the DSFR example pages the end-to-end test opens (`tests/e2e/dsfr.test.mjs`, PAGES), from
  node_modules/@gouvfr/dsfr/example/;
- the fixture portals and CAPTCHA fixtures, every .html under tests/fixtures/portals and
  tests/fixtures/captcha (the vendor stand-ins too);
- the framework fixture apps, tests/fixtures/apps/{react-demarche,vue-rdv,angularjs-caf,rrweb-anef},
  in every state they reach.

Static pages are read with `relais scan PAGE --lang en` (the content script's rules: labels,
legends, hints, buttons, errors, options one by one, placeholders, paragraphs of 12 words or
more) and, for what it does not read yet (issue 12: headings, and notices and paragraphs of fewer
than 12 words), with the same rules in tools/meaning/htmltree.py. Strings a page's script adds
(an error after submit) and the apps' strings are listed below, read from their sources by hand
(`pages.py sources` checks that each is still in its source file, and that no French literal of
the sources is missing from the list). Lorem ipsum filler is dropped.

pages.tsv: `id	source	page	state	kind	fr`. `page` is the memory's origin (`dsfr:<path>`,
`fixture:<path>`, `app:<app>`); `state` is empty for a page as loaded, else the state in which the
string appears; `fr` is the French as shown, variables of the apps as Fluent placeables
(`{ $n }`, `{ $email }`). One row per page, state, kind and folded French.
"""

import argparse
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import clean, has_letters  # noqa: E402
from fold import fold_key  # noqa: E402
import htmltree  # noqa: E402

RELAIS = "./target/release/relais"
OUT = "tests/data/portal-strings/pages.tsv"
HEADER = ["id", "source", "page", "state", "kind", "fr"]
FILLER = re.compile(r"lorem|ipsum|dolor sit|consectetur|\bsed do\b|adipiscing", re.I)
DSFR = "node_modules/@gouvfr/dsfr"
# The kinds issue 12's acceptance counts.
SCORED = ("label", "legend", "button", "error")


def dsfr_pages():
    """tests/e2e/dsfr.test.mjs: PAGES, the same selection."""
    def pages(d, depth):
        out = []
        for e in sorted(os.scandir(os.path.join(DSFR, d)), key=lambda e: e.name):
            if e.is_file() and e.name == "index.html":
                out.append(f"{d}/index.html")
            if e.is_dir() and depth > 0:
                out.extend(pages(f"{d}/{e.name}", depth - 1))
        return out
    ps = [p for p in pages("example/layout/pattern", 1) if p != "example/layout/pattern/index.html"]
    ps += pages("example/layout/page/login", 5) + pages("example/layout/page/register", 5)
    ps += [f"example/component/{c}/index.html" for c in ("input", "select", "checkbox", "radio", "upload", "password")]
    return sorted(ps)


def fixture_pages():
    # The CAPTCHA vendors' own frames (tests/fixtures/captcha/vendor/: the widget's page on the
    # vendor's host) are not portal pages: Relais does not run there (host permissions only for
    # the portals), so no string of theirs is shown.
    pages = glob.glob("tests/fixtures/portals/**/*.html", recursive=True) \
        + glob.glob("tests/fixtures/captcha/**/*.html", recursive=True)
    return sorted(p for p in pages if "/vendor/" not in p)


def page_name(path):
    if path.startswith("example/"):
        return "dsfr:" + re.sub(r"/?index\.html$", "", path[len("example/"):])
    rel = os.path.relpath(path, "tests/fixtures")
    return "fixture:" + re.sub(r"(/index)?\.html$", "", rel)


def scan(path):
    out = subprocess.run([RELAIS, "scan", path, "--lang", "en"], check=True, capture_output=True).stdout
    return json.loads(out)["blocks"]


def static_rows(path, source):
    """(kind, text) of a saved page: what `relais scan` reads, then headings and short paragraphs."""
    rows = []
    for b in scan(path):
        texts = b["text"].split("\n") if b["kind"] == "option" else [b["text"]]
        rows.extend((b["kind"], t) for t in texts)
    with open(path, encoding="utf-8") as f:
        rows.extend(htmltree.extra_blocks(f.read()))
    return rows


# ---- strings the pages' scripts add (read from the scripts by hand) ---------------------------
# (page, state, kind, French, source file). A tuple of French pieces is one block whose pieces
# are separate literals of the source (an alert's title and text, read as one error block).

FA = "tests/fixtures/apps"
FX = "tests/fixtures"
CAPTCHA_VENDOR = f"{FX}/captcha/vendor"
FRIENDLY = f"{CAPTCHA_VENDOR}/cdn.jsdelivr.net/npm/friendly-challenge@0.9.18/widget.min.js"

SCRIPTED = [
    ("fixture:portals/anef-login", "identifiant vide", "error", "Identifiant ou mot de passe incorrect.", f"{FX}/portals/anef-login/page.js"),
    ("fixture:portals/prefecture-rdv", "demande envoyée", "error", "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement.", f"{FX}/portals/prefecture-rdv/page.js"),
    ("fixture:captcha/captchetat-fail", "code refusé", "error", "Le code de sécurité saisi est incorrect. Veuillez réessayer.", f"{FX}/captcha/captchetat-fail.page.js"),
    ("fixture:captcha/late", "chargée", "text", "Cochez la case pour confirmer que vous êtes un humain.", f"{FX}/captcha/late.page.js"),
    ("fixture:captcha/friendly-captcha", "widget", "text", "Vérification Anti-Robot", FRIENDLY),
    ("fixture:captcha/friendly-captcha", "widget", "button", "Clique ici pour vérifier", FRIENDLY),
    ("fixture:captcha/friendly-captcha", "vérification", "text", "Nous vérifions que vous n’êtes pas un robot…", FRIENDLY),
    ("fixture:captcha/friendly-captcha", "vérifié", "text", "Je ne suis pas un robot", FRIENDLY),
    ("fixture:captcha/friendly-captcha", "vérifié", "notice", "Vérification automatique des spams terminée", FRIENDLY),
    ("fixture:captcha/vendor/www.google.com/recaptcha/api2/anchor", "case cochée", "notice", "Vous êtes validé", f"{CAPTCHA_VENDOR}/www.google.com/recaptcha/api2/anchor.js"),
    ("fixture:captcha/vendor/www.google.com/recaptcha/api2/anchor", "case décochée", "notice", "Le service reCAPTCHA requiert une vérification.", f"{CAPTCHA_VENDOR}/www.google.com/recaptcha/api2/anchor.js"),
]

# ---- the framework apps (read from their sources by hand) -------------------------------------
# (app, state, kind, French, source files). Variables: `{ $n }` a number the app computes,
# `{ $email }` the address typed. What the apps' shells show in their header and footer is site
# chrome, not read (as on static pages); `title`, `alt` and `aria-label` attributes are not shown.

REACT = (f"{FA}/react-demarche/App.jsx", f"{FA}/react-demarche/fields.jsx", f"{FA}/react-demarche/index.html")
VUE = (f"{FA}/vue-rdv/main.js", f"{FA}/vue-rdv/index.html")
NG = (f"{FA}/angularjs-caf/index.html", f"{FA}/angularjs-caf/app.js")
RR = (f"{FA}/rrweb-anef/index.html", f"{FA}/rrweb-anef/page.js")

APPS = [
    # React 19: a démarches-simplifiées-like request in three steps.
    ("app:react-demarche", "", "heading", "Demande de titre de séjour – vie privée et familiale", REACT),
    ("app:react-demarche", "1 demande", "heading", "Identité et situation familiale", REACT),
    ("app:react-demarche", "1 demande", "text", "Étape { $n } sur 3", REACT),
    ("app:react-demarche", "1 demande", "text", ("Étape suivante :", "Coordonnées"), REACT),
    ("app:react-demarche", "1 demande", "text", "Les champs suivis d’un astérisque ( * ) sont obligatoires.", REACT),
    ("app:react-demarche", "1 demande", "label", "Nom de naissance *", REACT),
    ("app:react-demarche", "1 demande", "label", "Prénom *", REACT),
    ("app:react-demarche", "1 demande", "hint", "Si vous avez plusieurs prénoms, indiquez-les tous, séparés par une virgule.", REACT),
    ("app:react-demarche", "1 demande", "label", "Date de naissance *", REACT),
    ("app:react-demarche", "1 demande", "hint", "Format attendu : JJ/MM/AAAA", REACT),
    ("app:react-demarche", "1 demande", "label", "Nationalité *", REACT),
    ("app:react-demarche", "1 demande", "option", "Sélectionner une option", REACT),
    ("app:react-demarche", "1 demande", "option", "Algérienne", REACT),
    ("app:react-demarche", "1 demande", "option", "Afghane", REACT),
    ("app:react-demarche", "1 demande", "option", "Érythréenne", REACT),
    ("app:react-demarche", "1 demande", "option", "Géorgienne", REACT),
    ("app:react-demarche", "1 demande", "option", "Ukrainienne", REACT),
    ("app:react-demarche", "1 demande", "label", "Situation familiale *", REACT),
    ("app:react-demarche", "1 demande", "hint", "Votre situation à la date de la demande", REACT),
    ("app:react-demarche", "1 demande", "option", "Célibataire", REACT),
    ("app:react-demarche", "1 demande", "option", "Marié(e)", REACT),
    ("app:react-demarche", "1 demande", "option", "Pacsé(e)", REACT),
    ("app:react-demarche", "1 demande", "option", "En concubinage", REACT),
    ("app:react-demarche", "1 demande", "option", "Divorcé(e)", REACT),
    ("app:react-demarche", "1 demande", "option", "Veuf ou veuve", REACT),
    ("app:react-demarche", "1 demande", "legend", "Avez-vous des enfants à charge ? *", REACT),
    ("app:react-demarche", "1 demande", "label", "Oui", REACT),
    ("app:react-demarche", "1 demande", "label", "Non", REACT),
    ("app:react-demarche", "1 demande", "button", "Suivant", REACT),
    ("app:react-demarche", "1 demande, marié(e) ou pacsé(e)", "label", "Nom et prénom du conjoint *", REACT),
    ("app:react-demarche", "1 demande, marié(e)", "label", "Date du mariage *", REACT),
    ("app:react-demarche", "1 demande, pacsé(e)", "label", "Date de conclusion du PACS *", REACT),
    ("app:react-demarche", "1 demande, enfants", "button", "Ajouter un enfant", REACT),
    ("app:react-demarche", "1 demande, enfants", "legend", "Enfant n°{ $n }", REACT),
    ("app:react-demarche", "1 demande, enfants", "label", "Prénom de l’enfant", REACT),
    ("app:react-demarche", "1 demande, enfants", "label", "Date de naissance de l’enfant", REACT),
    ("app:react-demarche", "1 demande, enfants", "button", "Supprimer l’enfant n°{ $n }", REACT),
    ("app:react-demarche", "2 coordonnées", "heading", "Coordonnées", REACT),
    ("app:react-demarche", "2 coordonnées", "text", ("Étape suivante :", "Récapitulatif"), REACT),
    ("app:react-demarche", "2 coordonnées", "label", "Adresse électronique *", REACT),
    ("app:react-demarche", "2 coordonnées", "hint", "Format attendu : nom@domaine.fr", REACT),
    ("app:react-demarche", "2 coordonnées", "label", "Numéro de téléphone", REACT),
    ("app:react-demarche", "2 coordonnées", "hint", "Exemple : 06 12 34 56 78", REACT),
    ("app:react-demarche", "2 coordonnées", "label", "Numéro étranger *", REACT),
    ("app:react-demarche", "2 coordonnées", "hint", "10 chiffres, il figure sur votre titre de séjour ou votre récépissé", REACT),
    ("app:react-demarche", "2 coordonnées", "label", "J’atteste sur l’honneur l’exactitude des informations fournies *", REACT),
    ("app:react-demarche", "2 coordonnées", "button", "Précédent", REACT),
    ("app:react-demarche", "2 coordonnées", "button", "Déposer le dossier", REACT),
    ("app:react-demarche", "2 coordonnées, erreurs", "heading", "Une erreur est survenue", REACT),
    ("app:react-demarche", "2 coordonnées, erreurs", "error", ("Une erreur est survenue", "Votre dossier n’a pas pu être déposé. Corrigez les champs signalés puis déposez à nouveau votre dossier."), REACT),
    ("app:react-demarche", "2 coordonnées, erreurs", "error", "Le champ « Adresse électronique » est invalide. Saisissez une adresse électronique valide, par exemple nom@domaine.fr", REACT),
    ("app:react-demarche", "2 coordonnées, erreurs", "error", "Le champ « Numéro étranger » doit comporter 10 chiffres", REACT),
    ("app:react-demarche", "3 récapitulatif", "heading", "Récapitulatif", REACT),
    ("app:react-demarche", "3 récapitulatif", "heading", "Votre dossier a bien été déposé", REACT),
    ("app:react-demarche", "3 récapitulatif", "text", "Un courriel de confirmation vous a été envoyé à l’adresse { $email }.", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Nom de naissance", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Prénom", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Date de naissance", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Situation familiale", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Enfants à charge", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Adresse électronique", REACT),
    ("app:react-demarche", "3 récapitulatif", "label", "Numéro étranger", REACT),

    # Vue 3 + Quasar 2: a préfecture booking module.
    ("app:vue-rdv", "", "heading", "Prise de rendez-vous – Guichet titres de séjour", VUE),
    ("app:vue-rdv", "1 conditions", "text", "Vous pouvez prendre rendez-vous au guichet « Titres de séjour » de la préfecture. Avant de commencer, lisez les conditions d’utilisation du service : un seul rendez-vous par personne, toute demande incomplète sera annulée.", VUE),
    ("app:vue-rdv", "1 conditions", "label", "J’accepte les conditions générales d’utilisation", VUE),
    ("app:vue-rdv", "1 conditions", "button", "Effectuer une demande de rendez-vous", VUE),
    ("app:vue-rdv", "2 formulaire", "heading", "Vos informations", VUE),
    ("app:vue-rdv", "2 formulaire", "label", "Motif du rendez-vous", VUE),
    ("app:vue-rdv", "2 formulaire", "hint", "Choisissez le motif qui correspond à votre situation", VUE),
    ("app:vue-rdv", "2 formulaire", "option", "Remise de titre de séjour", VUE),
    ("app:vue-rdv", "2 formulaire", "option", "Première demande de titre de séjour – étudiant", VUE),
    ("app:vue-rdv", "2 formulaire", "option", "Renouvellement de titre de séjour – salarié", VUE),
    ("app:vue-rdv", "2 formulaire", "option", "Duplicata de titre de séjour (perte ou vol)", VUE),
    ("app:vue-rdv", "2 formulaire", "option", "Changement d’adresse sur le titre de séjour", VUE),
    ("app:vue-rdv", "2 formulaire", "label", "Nom", VUE),
    ("app:vue-rdv", "2 formulaire", "hint", "Tel qu’il figure sur votre passeport", VUE),
    ("app:vue-rdv", "2 formulaire", "label", "Prénom", VUE),
    ("app:vue-rdv", "2 formulaire", "label", "Adresse électronique", VUE),
    ("app:vue-rdv", "2 formulaire", "hint", "La convocation vous sera envoyée à cette adresse", VUE),
    ("app:vue-rdv", "2 formulaire", "label", "Numéro étranger", VUE),
    ("app:vue-rdv", "2 formulaire", "hint", "10 chiffres, il figure sur votre titre de séjour ou votre récépissé", VUE),
    ("app:vue-rdv", "2 formulaire", "button", "Étape suivante", VUE),
    ("app:vue-rdv", "2 formulaire, erreurs", "error", "Veuillez choisir le motif de votre rendez-vous", VUE),
    ("app:vue-rdv", "2 formulaire, erreurs", "error", "Ce champ est obligatoire", VUE),
    ("app:vue-rdv", "2 formulaire, erreurs", "error", "Veuillez saisir une adresse électronique valide", VUE),
    ("app:vue-rdv", "2 formulaire, erreurs", "error", "Le numéro étranger comporte 10 chiffres", VUE),
    ("app:vue-rdv", "3 captcha", "heading", "Vérification de sécurité", VUE),
    ("app:vue-rdv", "3 captcha", "text", "Afin de vérifier que vous n’êtes pas un robot, recopiez les caractères affichés dans l’image.", VUE),
    ("app:vue-rdv", "3 captcha", "label", "Saisissez les caractères de l’image", VUE),
    ("app:vue-rdv", "3 captcha", "hint", "Les majuscules et minuscules ne sont pas distinguées", VUE),
    ("app:vue-rdv", "3 captcha", "button", "Valider", VUE),
    ("app:vue-rdv", "3 captcha, code refusé", "error", "Le code de sécurité saisi est incorrect. Veuillez réessayer.", VUE),
    ("app:vue-rdv", "3 captcha, code refusé", "button", "Fermer", VUE),
    ("app:vue-rdv", "4 réponse", "error", "Il n’existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement.", VUE),
    ("app:vue-rdv", "4 réponse", "button", "Recommencer", VUE),

    # AngularJS 1.8: a CAF quarterly declaration.
    ("app:angularjs-caf", "", "heading", "Déclaration trimestrielle de ressources", NG),
    ("app:angularjs-caf", "", "text", "Déclarez les ressources perçues par votre foyer au cours des trois derniers mois. Sans cette déclaration, le versement de votre RSA ou de votre prime d’activité sera suspendu.", NG),
    ("app:angularjs-caf", "", "label", "Numéro allocataire", NG),
    ("app:angularjs-caf", "", "hint", "7 chiffres, il figure sur tous vos courriers de la Caf", NG),
    ("app:angularjs-caf", "", "legend", "Avez-vous perçu des salaires au cours du trimestre ?", NG),
    ("app:angularjs-caf", "", "label", "Oui", NG),
    ("app:angularjs-caf", "", "label", "Non", NG),
    ("app:angularjs-caf", "", "legend", "Votre situation familiale a-t-elle changé ?", NG),
    ("app:angularjs-caf", "", "button", "Valider ma déclaration", NG),
    ("app:angularjs-caf", "salaires", "text", "Indiquez le montant net avant prélèvement à la source, ou 0 si vous n’avez rien perçu ce mois-là.", NG),
    ("app:angularjs-caf", "salaires", "label", "Montant des salaires perçus – mois { $n } (en euros)", NG),
    ("app:angularjs-caf", "salaires", "hint", "Salaire net, primes comprises", NG),
    ("app:angularjs-caf", "changement", "label", "Nature du changement", NG),
    ("app:angularjs-caf", "changement", "option", "Choisissez…", NG),
    ("app:angularjs-caf", "changement", "option", "Mariage", NG),
    ("app:angularjs-caf", "changement", "option", "Pacs", NG),
    ("app:angularjs-caf", "changement", "option", "Vie en couple", NG),
    ("app:angularjs-caf", "changement", "option", "Séparation", NG),
    ("app:angularjs-caf", "changement", "option", "Naissance ou arrivée d’un enfant", NG),
    ("app:angularjs-caf", "changement", "option", "Décès du conjoint", NG),
    ("app:angularjs-caf", "changement", "label", "Date du changement", NG),
    ("app:angularjs-caf", "changement", "text", ("À savoir :", "la date figure sur l’acte ou le justificatif du changement (JJ/MM/AAAA)."), NG),
    ("app:angularjs-caf", "erreurs", "error", "Le numéro allocataire comporte 7 chiffres.", NG),
    ("app:angularjs-caf", "erreurs", "error", "Indiquez un montant en euros, par exemple 1250 ou 0.", NG),
    ("app:angularjs-caf", "erreurs", "error", "Ce champ est obligatoire.", NG),
    ("app:angularjs-caf", "erreurs", "error", "La date doit être au format JJ/MM/AAAA.", NG),
    ("app:angularjs-caf", "erreurs", "notice", "Votre déclaration contient 1 erreur.", NG),
    ("app:angularjs-caf", "erreurs", "notice", "Votre déclaration contient { $n } erreurs.", NG),
    ("app:angularjs-caf", "envoi", "notice", "Envoi de votre déclaration en cours…", NG),
    ("app:angularjs-caf", "envoyée", "notice", "Votre déclaration a bien été enregistrée.", NG),
    ("app:angularjs-caf", "service indisponible", "error", "Service momentanément indisponible. Nous vous invitons à renouveler votre demande plus tard.", NG),

    # A self-recording ANEF sign-in page (rrweb).
    ("app:rrweb-anef", "", "heading", "Connexion à mon espace personnel", RR),
    ("app:rrweb-anef", "", "label", "Identifiant", RR),
    ("app:rrweb-anef", "", "hint", "Votre identifiant est votre numéro étranger (10 chiffres) ou votre adresse électronique", RR),
    ("app:rrweb-anef", "", "label", "Mot de passe", RR),
    ("app:rrweb-anef", "", "heading", "Votre session a expiré", RR),
    ("app:rrweb-anef", "", "error", ("Votre session a expiré", "Pour des raisons de sécurité, vous avez été déconnecté. Veuillez vous reconnecter."), RR),
    ("app:rrweb-anef", "", "button", "Se connecter", RR),
    ("app:rrweb-anef", "", "button", "Créer un compte", RR),
    ("app:rrweb-anef", "identifiant vide", "error", "Veuillez saisir votre identifiant : votre numéro étranger ou votre adresse électronique.", RR),
]

# French literals of the apps' sources that no page shows (`pages.py sources`).
NOT_SHOWN = {
    # <title> and the shells' header and footer: site chrome, not read.
    "Demande de titre de séjour – vie privée et familiale · demarches-simplifiees.fr",
    "Préfecture de la Seine-Saint-Denis", "République", "Française", "Accueil - demarches-simplifiees.fr",
    "Page de test de Relais imitant un portail public : aucune donnée n’est transmise, aucun service extérieur n’est contacté.",
    "Prise de rendez-vous – Titres de séjour – Préfecture des Hauts-de-Seine", "Préfecture des Hauts-de-Seine",
    "Prise de rendez-vous en ligne – Titres de séjour",
    "Déclaration trimestrielle de ressources – Mon Compte – caf.fr", "Mon Compte – Mes démarches",
    "Page de test de Relais imitant un portail public : aucune donnée n’est transmise.",
    "Connexion – Administration numérique pour les étrangers en France", "Ministère", "de l’Intérieur",
    "Administration numérique pour les étrangers en France",
    # alt, title and aria-label attributes (not shown as text)
    "Recopier le code de sécurité de cette image", "Énoncer le code du captcha", "Générer un nouveau captcha",
}


def app_rows():
    for page, state, kind, fr, _ in SCRIPTED + APPS:
        text = " ".join(fr) if isinstance(fr, tuple) else fr
        yield page, state, kind, text


def all_rows():
    rows = []
    for path in dsfr_pages():
        for kind, t in static_rows(os.path.join(DSFR, path), "dsfr"):
            rows.append(("dsfr", page_name(path), "", kind, t))
    for path in fixture_pages():
        for kind, t in static_rows(path, "fixture"):
            rows.append(("fixture", page_name(path), "", kind, t))
    for page, state, kind, t in app_rows():
        rows.append((page.split(":")[0], page, state, kind, t))
    out, seen = [], set()
    for source, page, state, kind, t in rows:
        t = clean(t)
        if not has_letters(t) or FILLER.search(t):
            continue
        k = (page, state, kind, fold_key(t))
        if k in seen:
            continue
        seen.add(k)
        out.append({"source": source, "page": page, "state": state, "kind": kind, "fr": t})
    # Scripted rows come with their page (the static rows of that page first).
    order = {}
    for r in out:
        order.setdefault(r["page"], len(order))
    out.sort(key=lambda r: order[r["page"]])
    for i, r in enumerate(out, 1):
        r["id"] = f"page-{i:05d}"
    return out


def tsv_text(rows):
    lines = ["\t".join(HEADER)]
    for r in rows:
        lines.append("\t".join(" ".join(str(r[h]).split()) for h in HEADER))
    return "\n".join(lines) + "\n"


def read_rows(path=OUT):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:] if line]


def cmd_list(args):
    text = tsv_text(all_rows())
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        if old != text:
            a, b = set(old.split("\n")), set(text.split("\n"))
            for line in sorted(a - b)[:20]:
                print(f"- {line}")
            for line in sorted(b - a)[:20]:
                print(f"+ {line}")
            print(f"{OUT} is not what the pages show today: run tools/meaning/pages.py list", file=sys.stderr)
            return 1
        print(f"{OUT}: up to date ({text.count(chr(10)) - 1} rows)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    rows = read_rows()
    per = defaultdict(int)
    for r in rows:
        per[r["source"]] += 1
    print(f"{OUT}: {len(rows)} rows, {len({r['page'] for r in rows})} pages; {dict(per)}", file=sys.stderr)
    return 0


# ---- coverage ---------------------------------------------------------------------------------

# Values a page shows for the apps' variables, to read the strings as a page shows them.
SAMPLE = {"n": "2", "email": "nom@domaine.fr", "date": "12/03/2026", "name": "Marie Dupont", "file": "justificatif.pdf"}


def instantiate(fr):
    return re.sub(r"\{ \$(\w+) \}", lambda m: SAMPLE.get(m.group(1), "Marie Dupont"), fr)


def translate(texts, lang, memory_only):
    """`relais translate` on each text: the translation shown, or None."""
    locales = "locales"
    tmp = None
    if memory_only:
        # The same locales without any grammar: what the memory alone translates.
        tmp = tempfile.TemporaryDirectory()
        subprocess.run(["cp", "-r", "locales", tmp.name], check=True)
        locales = os.path.join(tmp.name, "locales")
        for g in glob.glob(f"{locales}/*/grammar.ftl"):
            open(g, "w").close()
    inp = "".join(t.replace("\n", " ") + "\n" for t in texts)
    res = subprocess.run([RELAIS, "translate", "--lang", lang, "--locales", locales], input=inp.encode(),
                         capture_output=True, check=True)
    if tmp:
        tmp.cleanup()
    out = []
    for line in res.stdout.decode().splitlines():
        j = json.loads(line)
        out.append(j["translation"])
    assert len(out) == len(texts)
    return out


def held_back_folds():
    """Folded French of the held-back démarches-simplifiées test strings: never memory entries
    (tests/data/portal-strings/README.md), so only the grammar can translate them."""
    data = "tests/data/portal-strings"
    split = {r["id"]: r["split"] for r in read_rows(f"{data}/ds-split.tsv")}
    return {fold_key(r["fr"]) for r in read_rows(f"{data}/ds.tsv") if split.get(r["id"]) == "test"}


def is_held_back(fr, folds):
    from seed_memory import split_sentences
    core = fr[:-1].rstrip() if fr.endswith("*") else fr
    return fold_key(core) in folds or any(fold_key(s) in folds for s in split_sentences(core))


def cmd_coverage(args):
    rows = read_rows()
    folds = held_back_folds()
    texts = [instantiate(r["fr"]) for r in rows]
    shown = translate(texts, args.lang, args.memory_only)
    per = defaultdict(lambda: [0, 0, 0, 0])  # scored ok, scored total, all ok, all total
    missing = defaultdict(list)
    for r, t, s in zip(rows, texts, shown):
        p = per[r["page"]]
        ok = s is not None
        if r["kind"] in SCORED:
            p[0] += ok
            p[1] += 1
        p[2] += ok
        p[3] += 1
        if not ok:
            held = is_held_back(r["fr"], folds)
            missing[r["page"]].append((r["kind"], t, held))
    what = "memory only" if args.memory_only else "memory and grammar"
    print(f"Full translations in {args.lang} ({what}): labels, legends, buttons, errors | every string read")
    tot = [0, 0, 0, 0]
    for page, p in per.items():
        for i in range(4):
            tot[i] += p[i]
        a = f"{p[0]}/{p[1]} {100 * p[0] / p[1]:5.1f} %" if p[1] else "—"
        print(f"{page:62} {a:>18} | {p[2]}/{p[3]} {100 * p[2] / p[3]:5.1f} %")
        if args.missing:
            for kind, t, held in missing[page]:
                note = "  (held-back DS test string: never a memory entry)" if held else ""
                print(f"    missing: {kind}\t{t}{note}")
    print(f"{'all pages':62} {tot[0]}/{tot[1]} {100 * tot[0] / max(tot[1], 1):5.1f} % | {tot[2]}/{tot[3]} {100 * tot[2] / max(tot[3], 1):5.1f} %")
    gaps = [(k, t) for ms in missing.values() for k, t, held in ms if not held and k in SCORED]
    held = {t for ms in missing.values() for k, t, h in ms if h}
    print(f"missing, held-back DS test strings (only the grammar may translate them): {len(held)} distinct; "
          f"missing labels, legends, buttons or errors the memory could hold: {len(gaps)}")
    # Exit 1 when a label, legend, button or error could be in the memory and is not.
    return 1 if gaps else 0


def languages():
    """The shipped languages but French (the source), in the extension's order."""
    order = ["en", "ar", "prs", "ps", "ti", "so", "bn", "ta", "tr", "uk", "ru", "ka", "es", "pt", "ro", "zh-Hans"]
    return [l for l in order if os.path.exists(f"locales/{l}/meta.json")]


def cmd_table(args):
    rows = [r for r in read_rows() if r["kind"] in SCORED]
    texts = [instantiate(r["fr"]) for r in rows]
    pages = list(dict.fromkeys(r["page"] for r in rows))
    langs = languages()
    share = {}  # (page, lang) -> (ok, total)
    for lang in langs:
        shown = translate(texts, lang, False)
        for r, s in zip(rows, shown):
            ok, tot = share.get((r["page"], lang), (0, 0))
            share[(r["page"], lang)] = (ok + (s is not None), tot + 1)
    print(f"Labels, legends, buttons and errors with a full translation (memory and grammar), per page "
          f"and language, in %; the floor is {args.min:g} %")
    width = max(len(p) for p in pages) if pages else 10
    width = min(width, 44)
    print(f"{'page':{width}} " + " ".join(f"{l[:5]:>5}" for l in langs))
    below = []
    totals = {l: [0, 0] for l in langs}
    for page in pages:
        cells = []
        for lang in langs:
            ok, tot = share[(page, lang)]
            totals[lang][0] += ok
            totals[lang][1] += tot
            pct = 100 * ok / tot
            if pct < args.min:
                below.append((page, lang, ok, tot))
            cells.append(f"{pct:5.0f}" + ("!" if pct < args.min else " "))
        name = page if len(page) <= width else "…" + page[-(width - 1):]
        print(f"{name:{width}} " + "".join(cells))
    print(f"{'all pages':{width}} " + "".join(f"{100 * o / max(t, 1):5.1f} " for o, t in totals.values()))
    known = {}
    gaps = "tests/data/portal-strings/known-gaps.tsv"
    if os.path.exists(gaps):
        lines = [l for l in open(gaps, encoding="utf-8") if l.strip() and not l.startswith("#")]
        for r in csv.DictReader(lines, delimiter="\t"):
            known[(r["page"], r["lang"])] = r["missing"]
    below_keys = {(p, l) for p, l, _, _ in below}
    new = [b for b in below if (b[0], b[1]) not in known]
    for page, lang, ok, tot in below:
        note = f" (known gap, {gaps}: {known[(page, lang)]})" if (page, lang) in known else ""
        print(f"below {args.min:g} %: {page} in {lang}: {ok}/{tot}{note}")
    closed = [k for k in known if k not in below_keys]
    for page, lang in closed:
        print(f"no longer below {args.min:g} %: {page} in {lang}: remove it from {gaps}")
    pairs = len(pages) * len(langs)
    print(f"{pairs - len(below)} of {pairs} page and language pairs at or above {args.min:g} %; "
          f"{len(below) - len(new)} known gaps listed in {gaps}")
    if new or closed:
        print(f"FAILED: {len(new)} page and language pairs below {args.min:g} % not listed as known gaps; "
              f"{len(closed)} listed gaps closed")
        return 1
    return 0


# ---- the sources of the scripted strings --------------------------------------------------------

_JS_COMMENT_OR_STRING = re.compile(
    r"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`", re.S)


def js_literals(src):
    """French-looking string literals, template parts and JSX text of a script."""
    out = []
    code = []
    last = 0
    for m in _JS_COMMENT_OR_STRING.finditer(src):
        code.append(src[last:m.start()])
        code.append(" " * (m.end() - m.start()))
        last = m.end()
        tok = m.group(0)
        if tok.startswith("//") or tok.startswith("/*"):
            continue
        body = tok[1:-1]
        out.extend(re.split(r"\$\{[^}]*\}", body) if tok[0] == "`" else [body])
    code.append(src[last:])
    # JSX text: between a tag's end and the next tag or expression.
    for m in re.finditer(r">([^<>{}]+)(?=[<{])", "".join(code)):
        out.append(m.group(1))
    return [" ".join(t.split()) for t in out]


def french_looking(t):
    t = t.strip(" :")
    if not t or not re.search(r"[A-Za-zÀ-ÿ]", t) or re.search(r"[;=]|=>|&&|\|\||[A-Za-z_]\(|^\W*$", t):
        return False
    if re.search(r"[À-ÿ’«»–…]", t):
        return True
    return bool(re.match(r"^[A-ZÀ-Ý][a-zà-ÿ]+(\s|$)", t)) and not re.search(r"[-_/.][a-z]", t)


def html_texts(src):
    root = htmltree.parse(src)
    out = []
    for n in [root, *root.walk()]:
        if htmltree.skip_element(n) and n.tag != "template":
            continue
        for c in n.children:
            if isinstance(c, str) and c.strip():
                out.extend(" ".join(part.split()) for part in re.split(r"\{\{.*?\}\}", c))
        for a in ("placeholder", "title", "alt", "aria-label"):
            if n.attrs.get(a):
                out.append(n.attrs[a])
    return out


def norm(s):
    return " ".join(s.replace("'", "’").split())


def cmd_sources(_args):
    bad = 0
    listed = defaultdict(list)
    for page, state, kind, fr, files in SCRIPTED + APPS:
        files = (files,) if isinstance(files, str) else files
        srcs = [norm(open(f, encoding="utf-8").read()) for f in files]
        for piece in (fr if isinstance(fr, tuple) else (fr,)):
            for frag in re.split(r"\{ \$\w+ \}", piece):
                frag = norm(frag).strip()
                if frag and not any(frag in s for s in srcs):
                    print(f"not in {files}: {frag!r} ({page}, {state})")
                    bad += 1
            for f in files:
                listed[f].append(norm(piece))
    for files in (REACT, VUE, NG, RR):
        shown = [s for f in files for s in listed[f]]
        for f in files:
            src = open(f, encoding="utf-8").read()
            lits = html_texts(src) if f.endswith(".html") else js_literals(src)
            for t in lits:
                t = norm(t).strip()
                if french_looking(t) and t not in NOT_SHOWN and not any(t in s for s in shown):
                    print(f"{f}: French literal not in the list: {t!r}")
                    bad += 1
    print(f"{len(SCRIPTED) + len(APPS)} scripted and app strings checked against their sources: "
          f"{'ok' if not bad else f'{bad} problem(s)'}")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("list")
    p.add_argument("--check", action="store_true")
    p = sub.add_parser("table")
    p.add_argument("--min", type=float, default=90.0)
    p = sub.add_parser("coverage")
    p.add_argument("--lang", default="en")
    p.add_argument("--memory-only", action="store_true")
    p.add_argument("--missing", action="store_true")
    sub.add_parser("sources")
    args = ap.parse_args()
    sys.exit({"list": cmd_list, "coverage": cmd_coverage, "table": cmd_table, "sources": cmd_sources}[args.cmd](args))


if __name__ == "__main__":
    main()

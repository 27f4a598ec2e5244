#!/usr/bin/env python3
"""Writes crate/research/tests/data/pii/generated.txt: a names corpus that the rules did not write.

Names come from the held-out lists (tests/data/pii/heldout/, built by extract_names.py from
open data: the half of each list the rules never see); sentences come from templates modelled
on real letters and notes (CAF, ANEF, ameli, préfecture, France Travail, impots.gouv, notes of
mediators), with every order and casing of the names (NOM Prénom, Prénom NOM, PRÉNOM NOM,
Nom Prénom…), particles, compound first names, initials, maiden names; and sentences whose
ordinary words look like names (la France, un petit dossier, la rue Martin, PRÉFECTURE DE LA
SEINE-SAINT-DENIS…), which must be kept. Same annotation format as corpus.txt.

Standard library only; deterministic (fixed seed): `python3 generate_corpus.py` rewrites the file.
"""

import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
PII = os.path.join(HERE, "..", "data", "pii")
OUT = os.path.join(PII, "generated.txt")

rng = random.Random(14)


def load(name):
    table = {}
    with open(os.path.join(PII, "heldout", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            origin, n = line.rstrip("\n").split("\t")
            table.setdefault(origin, []).append(n)
    return table


FIRST = load("first_names.tsv")
LAST = load("surnames.tsv")
# Where each origin's first names find surnames (origins without a surname list borrow one).
SURNAME_OF = {"tamil": "south-asia", "fr-insee": "fr-insee"}
ORIGINS = sorted(FIRST)

PARTICLES = {
    "fr": ["de", "de la", "du", "des", "Le", "La", "d'"],
    "fr-insee": ["de", "de la", "du", "Le", "d'"],
    "maghreb": ["Ben", "El", "Bel", "Aït", "Al-", "Abou", "Ould"],
    "south-asia": ["Al-", "El"],
    "horn-of-africa": ["Abou"],
    "west-africa": ["van", "von"],
}


def upper(s):
    return s.upper()


def pick_person():
    origin = rng.choice(ORIGINS)
    first = rng.choice(FIRST[origin])
    pool = LAST.get(SURNAME_OF.get(origin, origin)) or LAST["fr-insee"]
    last = rng.choice(pool)
    r = rng.random()
    if r < 0.12:  # compound first name
        other = rng.choice(FIRST[origin])
        first = f"{first}-{other}" if origin.startswith("fr") or rng.random() < 0.4 else f"{first} {other}"
    parts = PARTICLES.get(origin)
    if parts and " " not in last and rng.random() < 0.15:
        p = rng.choice(parts)
        if p == "d'" and last[0] not in "AEIOUÉ":
            p = "de"
        last = f"{p}{last}" if p.endswith(("'", "-")) else f"{p} {last}"
    return origin, first, last


def surname_caps(last):
    return upper(last)


def name_form(first, last, style):
    """One way of writing a name; every word of it is personal data."""
    L, F = surname_caps(last), upper(first)
    initial = first[0] + "."
    return {
        "NOM Prénom": f"{L} {first}",
        "Prénom NOM": f"{first} {L}",
        "PRÉNOM NOM": f"{F} {L}",
        "NOM PRÉNOM": f"{L} {F}",
        "Prénom Nom": f"{first} {last}",
        "Nom Prénom": f"{last} {first}",
        "NOM": L,
        "Nom": last,
        "P. NOM": f"{initial} {L}",
    }[style]


STYLES = ["NOM Prénom", "Prénom NOM", "PRÉNOM NOM", "NOM PRÉNOM", "Prénom Nom", "Nom Prénom",
          "NOM", "Nom", "P. NOM"]
FULL = [s for s in STYLES if s not in ("NOM", "Nom")]

CIV = ["M.", "Mme", "Monsieur", "Madame", "Mlle", "MME", "MONSIEUR", "Mr", "Dr", "Me"]
TOWNS = ["Bobigny", "Saint-Denis", "Montreuil", "Créteil", "Nanterre", "Aubervilliers", "Bondy",
         "Sarcelles", "Évry-Courcouronnes", "Villeneuve-Saint-Georges", "Marseille", "Lyon",
         "Lille", "Toulouse", "Grenoble", "Fontaine", "Saint-Laurent-du-Var", "Saint-Martin-d'Hères",
         "Sainte-Marie", "Saint-Pierre", "Fort-de-France", "Cayenne", "Mamoudzou", "Kaboul",
         "Asmara", "Mogadiscio", "Dacca", "Jaffna", "Kharkiv", "Tbilissi", "Istanbul",
         "Bucarest", "Alger", "Bamako", "Conakry", "Abidjan", "Hérat", "Kandahar"]
COUNTRIES = ["Afghanistan", "Érythrée", "Somalie", "Bangladesh", "Sri Lanka", "Ukraine", "Russie",
             "Géorgie", "Turquie", "Roumanie", "Algérie", "Maroc", "Mali", "Guinée", "Soudan",
             "Pakistan", "Éthiopie", "Côte d'Ivoire", "Arménie", "Sénégal"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def date_birth():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2006)
    return rng.choice([f"{d:02}/{m:02}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02}.{m:02}.{y}"])


def date_rdv():
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{d:02}/{m:02}/2025", f"{d} {MONTHS[m - 1]} 2025"])


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ann(kind, text):
    return f"⟦{kind}|{text}⟧"


def N(style=None):
    """A full name (annotated) in a random or given style."""
    _, first, last = pick_person()
    style = style or rng.choice(STYLES)
    if style == "P. NOM" and first[0] == "M":
        style = "Prénom NOM"  # `M. NOM` reads as Monsieur NOM
    return ann("NAME", name_form(first, last, style))


def NF(style=None):
    _, first, last = pick_person()
    style = style or rng.choice(FULL)
    if style == "P. NOM" and first[0] == "M":
        style = "Prénom NOM"
    return ann("NAME", name_form(first, last, style))


def civ():
    return rng.choice(CIV)


def nee():
    return rng.choice(["né le", "née le", "né(e) le", "Né(e) le", "né(e) le"])


# Each template is a function returning one annotated line.
T = {}
T["caf"] = [
    lambda: f"{rng.choice(['Madame', 'Monsieur'])} {N()}, allocataire n° {ann('CAF', digits(7))}",
    lambda: f"Allocataire : {civ()} {N()} – N° allocataire : {ann('CAF', digits(7))}",
    lambda: f"Allocataire : {NF()}",
    lambda: f"Conjoint(e) : {NF()}",
    lambda: f"Enfant à charge : {NF()}, {nee()} {ann('BIRTHDATE', date_birth())}",
    lambda: f"Nous avons bien reçu la déclaration trimestrielle de ressources de {civ()} {N()}.",
    lambda: f"ATTESTATION DE PAIEMENT – {civ()} {N()} – Allocataire n° {ann('CAF', digits(7))}",
    lambda: f"L'allocataire {NF('NOM Prénom')} ne perçoit plus l'APL depuis {rng.choice(MONTHS)}.",
    lambda: f"Bénéficiaire du RSA : {civ()} {N()}",
    lambda: f"La CAF de la Seine-Saint-Denis informe {civ()} {N()} que son dossier est complet.",
    lambda: f"NOTIFICATION DE DROITS – {civ()} {N()} – PRIME D'ACTIVITÉ",
]
T["anef"] = [
    lambda: f"Récépissé de demande de titre de séjour délivré à {civ()} {N()}, {nee()} {ann('BIRTHDATE', date_birth())} à {rng.choice(TOWNS)}",
    lambda: f"Numéro étranger : {ann('AGDREF', digits(10))} – Nom : {ann('NAME', surname_caps(pick_person()[2]))} – Prénom(s) : {ann('NAME', pick_person()[1])}",
    lambda: f"{civ()} {N()}, votre demande de titre de séjour a bien été enregistrée.",
    lambda: f"Titulaire : {NF()} – Nationalité : {rng.choice(COUNTRIES)}",
    lambda: f"Demandeur : {NF()} ({rng.choice(COUNTRIES)})",
    lambda: f"Le titre de séjour de {civ()} {N()} expire le {date_rdv()}.",
    lambda: f"ATTESTATION DE PROLONGATION D'INSTRUCTION – {NF('NOM PRÉNOM')}",
    lambda: f"Autorisation provisoire de séjour délivrée à {civ()} {N()} le {date_rdv()}.",
]
T["ameli"] = [
    lambda: f"Assuré(e) : {NF()}",
    lambda: f"Assuré : {NF()} – Bénéficiaire : {NF()}",
    lambda: f"Bénéficiaire : {NF()}, {nee()} {ann('BIRTHDATE', date_birth())}",
    lambda: f"ATTESTATION DE DROITS À L'ASSURANCE MALADIE – Assuré(e) : {NF()}",
    lambda: f"L'assuré {NF()} est rattaché à la CPAM de {rng.choice(TOWNS[:12])}.",
    lambda: f"Ayant droit : {NF()}",
    lambda: f"Carte Vitale de {civ()} {N()} en cours de fabrication.",
]
T["prefecture"] = [
    lambda: f"{civ()} {N()} est convoqué(e) le {date_rdv()} à 9h30 au guichet 4 de la préfecture de {rng.choice(TOWNS[:12])}.",
    lambda: f"Le préfet de la Seine-Saint-Denis informe {civ()} {N()} que sa demande est rejetée.",
    lambda: f"Le requérant, {civ()} {N()}, ressortissant de {rng.choice(COUNTRIES)}, sollicite un titre de séjour.",
    lambda: f"Vu la demande présentée par {civ()} {N()}, {nee()} {ann('BIRTHDATE', date_birth())} à {rng.choice(TOWNS)} ({rng.choice(COUNTRIES)}) ;",
    lambda: f"Requérant(e) : {NF()}",
    lambda: f"Représentant légal : {civ()} {N()}",
    lambda: f"CONVOCATION – {NF('NOM PRÉNOM')} – Bureau du séjour",
    lambda: f"Signataire : {NF()}",
    lambda: f"Destinataire : {civ()} {N()}",
]
T["france-travail"] = [
    lambda: f"{civ()} {N()}, votre inscription à France Travail est confirmée. Identifiant : {ann('FRANCE_TRAVAIL', digits(7) + rng.choice('ABCDEFGHJK'))}",
    lambda: f"Demandeur d'emploi : {NF()}",
    lambda: f"Votre conseiller, {civ()} {N()}, vous recevra le {date_rdv()}.",
    lambda: f"Demandeuse d'emploi : {civ()} {N()} – Agence France Travail de {rng.choice(TOWNS[:12])}",
    lambda: f"FRANCE TRAVAIL – AVIS DE SITUATION – {NF('NOM Prénom')}",
]
T["impots"] = [
    lambda: f"Déclarant 1 : {NF()} – Déclarant 2 : {NF()}",
    lambda: f"Avis d'impôt 2024 sur les revenus 2023 – {civ()} {N()}",
    lambda: f"Contribuable : {NF()}",
    lambda: f"M. et Mme {N('NOM')} – Numéro fiscal : {ann('FISCAL', digits(13))}",
    lambda: f"{civ()} {N()}, votre déclaration de revenus a bien été reçue.",
]
T["maiden-name"] = [
    lambda: f"Mme {NF('Prénom NOM')} née {ann('NAME', surname_caps(pick_person()[2]))}, {nee()} {ann('BIRTHDATE', date_birth())}",
    lambda: f"Madame {ann('NAME', surname_caps(pick_person()[2]))} épouse {ann('NAME', surname_caps(pick_person()[2]))}",
    lambda: f"Nom de naissance : {ann('NAME', surname_caps(pick_person()[2]))} – Nom d'usage : {ann('NAME', surname_caps(pick_person()[2]))}",
    lambda: f"Mme {ann('NAME', pick_person()[2])}, née {ann('NAME', pick_person()[2])}, a appelé.",
]
T["greeting"] = [
    lambda: f"Bonjour {civ()} {N()},",
    lambda: f"Cher Monsieur {N('Nom')}, votre demande est validée.",
    lambda: f"Bonjour {NF('Prénom Nom')}, votre rendez-vous est confirmé.",
    lambda: f"Cordialement, {NF('Prénom Nom')}, conseillère",
]
T["notes"] = [
    lambda: f"RDV avec {civ()} {N()} à 14h pour son renouvellement.",
    lambda: f"Vu ce jour {NF('NOM Prénom')} pour sa demande de RSA.",
    lambda: f"Appel de {civ()} {N()} : pas de créneau disponible.",
    lambda: f"{NF('NOM Prénom')} doit rappeler la préfecture lundi.",
    lambda: f"Dossier de {civ()} {N()} transmis à la Cimade.",
    lambda: f"Accompagnement {civ()} {N()} : captcha impossible à passer.",
    lambda: f"Passage de M. et Mme {N('NOM')} pour la naturalisation.",
]

# Lines without personal data whose words look like names: all must be kept.
KEEP = [
    lambda: "La France est le pays de résidence déclaré.",
    lambda: "Un petit dossier suffit pour la demande de RSA.",
    lambda: "Le blanc du formulaire doit rester vide.",
    lambda: "Pierre angulaire de la réforme, le guichet unique ouvre en mars.",
    lambda: "Petit rappel : votre dossier doit être complet avant le 15.",
    lambda: "Le bureau se trouve rue Martin, près de la gare.",
    lambda: f"Envoyez votre dossier à la CAF de {rng.choice(['Saint-Martin', 'Saint-Pierre', 'Sainte-Marie', 'Fort-de-France'])}.",
    lambda: "Né en France, il a grandi à Marie-Galante.",
    lambda: f"FRANCE TRAVAIL – AGENCE DE {rng.choice(TOWNS[:12]).upper()}",
    lambda: "PRÉFECTURE DE LA SEINE-SAINT-DENIS – TITRE DE SÉJOUR",
    lambda: "ATTESTATION DE DROITS À L'ASSURANCE MALADIE",
    lambda: f"NOTIFICATION DE DÉCISION – RSA – {rng.choice(MONTHS).upper()} 2024",
    lambda: "CAF DE LA SEINE-SAINT-DENIS – ALLOCATIONS LOGEMENT (APL)",
    lambda: "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR",
    lambda: "AUTORISATION PROVISOIRE DE SÉJOUR – RENOUVELLEMENT",
    lambda: "Le numéro AGDREF figure sur le titre de séjour.",
    lambda: f"Paiement de l'AAH du mois de {rng.choice(MONTHS)} : 1 016,05 €.",
    lambda: f"{rng.choice(MONTHS).capitalize()} 2024 : aucun versement de la CAF.",
    lambda: f"{rng.choice(MONTHS).upper()} 2024 – RELEVÉ DE PRESTATIONS",
    lambda: "Un chèque en blanc ne sera pas accepté.",
    lambda: "Les cheveux roux ou blonds ne figurent plus sur le titre.",
    lambda: "Le Mont-Blanc et la Côte d'Azur sont hors de la zone.",
    lambda: f"Rendez-vous à la Maison France Services de {rng.choice(TOWNS[:12])}.",
    lambda: f"Né à {rng.choice(TOWNS)}, il vit en France depuis 2016.",
    lambda: "France Travail Île-de-France – Direction régionale",
    lambda: "Votre espace France Connect est désactivé.",
    lambda: "Service des étrangers – Bureau de l'admission au séjour",
    lambda: "DIRECTION DÉPARTEMENTALE DE L'EMPLOI, DU TRAVAIL ET DES SOLIDARITÉS",
    lambda: "Caisse Primaire d'Assurance Maladie de la Seine-Saint-Denis",
    lambda: "Direction Générale des Finances Publiques – Service des Impôts des Particuliers",
    lambda: "Le Centre des Finances Publiques de Bobigny est fermé le mercredi.",
    lambda: "Constant depuis 2019, le retard de traitement dépasse six mois.",
    lambda: "Olive, thé ou café : la permanence offre une boisson.",
    lambda: "Victoire : le recours a été accepté par le tribunal.",
    lambda: "Patience, la plateforme est en maintenance jusqu'à 14h.",
    lambda: "Prudence avec les sites payants qui imitent l'ANEF.",
    lambda: "Grace à la médiation, le dossier a avancé.",
    lambda: "Noël approche : les guichets ferment le 24 décembre.",
    lambda: "Avril est le mois de la déclaration de revenus.",
    lambda: "Marine nationale : attestation de service demandée.",
    lambda: "Rose des vents : l'association a changé d'adresse.",
    lambda: "Le Petit Journal de la Cimade paraît chaque mois.",
    lambda: "Hôpital Avicenne, service de médecine générale.",
    lambda: "Lycée Paul Éluard : certificat de scolarité à fournir.",
    lambda: "Métro Basilique de Saint-Denis, sortie 2.",
    lambda: f"Tribunal administratif de {rng.choice(['Montreuil', 'Melun', 'Cergy-Pontoise', 'Paris'])} – Greffe",
    lambda: "La préfecture de police de Paris a changé ses horaires.",
    lambda: "TITRE DE SÉJOUR PLURIANNUEL « VIE PRIVÉE ET FAMILIALE »",
    lambda: "CARTE DE RÉSIDENT – 10 ANS",
    lambda: "ALLOCATION DE SOLIDARITÉ SPÉCIFIQUE (ASS)",
    lambda: "COMPLÉMENTAIRE SANTÉ SOLIDAIRE – ACCORD",
    lambda: "Le Défenseur des droits peut être saisi gratuitement.",
    lambda: "Le site de l'ANTS affiche : Erreur 500.",
    lambda: "Votre demande est en cours d'instruction à la DGEF.",
    lambda: "Pôle emploi devient France Travail le 1er janvier 2024.",
    lambda: "Saint-Denis, le 12 mars 2024",
    lambda: f"Fait à {rng.choice(TOWNS[:12]).upper()}, le {date_rdv()}",
    lambda: "Objet : Demande de titre de séjour – Pièces manquantes",
    lambda: "Madame, Monsieur, votre dossier est complet.",
    lambda: "Le Préfet de la Seine-Saint-Denis, pour le Préfet et par délégation.",
]


# Validation families: written after the rules were tuned on the families above, and scored as
# they came out, without tuning the rules on them (their figures are the fairer estimate).
V = {}
V["v-letters"] = [
    lambda: f"Objet : Votre demande de logement social – {civ()} {N()}",
    lambda: f"Je soussigné(e) {NF()}, demeurant à {rng.choice(TOWNS[:12])}, atteste sur l'honneur l'exactitude des informations.",
    lambda: f"Je, soussigné {NF('Prénom NOM')}, certifie héberger {civ()} {N()} depuis le {date_rdv()}.",
    lambda: f"Nom du bénéficiaire : {NF()}",
    lambda: f"Nom, prénom : {NF('NOM Prénom')}",
    lambda: f"NOM : {ann('NAME', surname_caps(pick_person()[2]))}   PRÉNOM : {ann('NAME', pick_person()[1])}",
    lambda: f"Affaire suivie par : {civ()} {N()}",
    lambda: f"Dossier suivi par {NF('Prénom NOM')}, agent instructeur.",
    lambda: f"Bénéficiaires : {NF()}, {NF()}",
    lambda: f"Nom d'usage : {N('NOM')} – Prénom usuel : {ann('NAME', pick_person()[1])}",
    lambda: f"Conjointe : {NF()}",
    lambda: f"Parent 1 : {NF()} – Parent 2 : {NF()}",
    lambda: f"À l'attention de {civ()} {N()}",
    lambda: f"Titulaire du compte : {NF('PRÉNOM NOM')}",
    lambda: f"Signé : {NF('Prénom NOM')}",
    lambda: f"Applicant: {NF()} – Date of birth: {ann('BIRTHDATE', date_birth())}",
    lambda: f"Dear {rng.choice(['Mr', 'Ms', 'Mrs'])} {N('Nom')}, your application has been received.",
]
V["v-notes"] = [
    lambda: f"Mme {N()} (née le {ann('BIRTHDATE', date_birth())}) : dossier CAF bloqué.",
    lambda: f"{NF('NOM Prénom')}, {ann('BIRTHDATE', date_birth())}, {rng.choice(TOWNS)}",
    lambda: f"Le fils de {civ()} {N()}, {ann('NAME', pick_person()[1])}, est scolarisé au collège.",
    lambda: f"Rendez-vous pris pour {NF('Prénom NOM')} le {date_rdv()}.",
    lambda: f"Reçu {NF('NOM Prénom')} et sa fille pour l'APL.",
    lambda: f"{civ()} {N()} et {civ()} {N()} viennent pour le regroupement familial.",
    lambda: f"Appeler {NF('NOM Prénom')} demain matin.",
    lambda: f"mme {ann('NAME', pick_person()[2].lower().replace('i̇', 'i'))} a rappelé, toujours pas de réponse",
]
V["v-keep"] = [
    lambda: "Objet : Demande d'aide au logement – Dossier incomplet",
    lambda: "AIDE PERSONNALISÉE AU LOGEMENT – MONTANT MENSUEL",
    lambda: "CENTRE COMMUNAL D'ACTION SOCIALE DE MONTREUIL",
    lambda: f"Le Blanc-Mesnil, le {date_rdv()}",
    lambda: "93160 NOISY-LE-GRAND CEDEX",
    lambda: "MAISON DÉPARTEMENTALE DES PERSONNES HANDICAPÉES",
    lambda: "Hôpital Saint-Louis, service des urgences.",
    lambda: "La Poste – Bureau de Paris Louvre",
    lambda: "Gare de Lyon : point d'accueil des demandeurs d'asile.",
    lambda: "Le Conseil d'État a rejeté le recours.",
    lambda: "AUCUN CRÉNEAU DISPONIBLE",
    lambda: "PAGE INTROUVABLE – ERREUR 404",
    lambda: "SERVICE TEMPORAIREMENT INDISPONIBLE",
    lambda: "MOT DE PASSE OUBLIÉ ?",
    lambda: "VOTRE COMPTE EST BLOQUÉ",
    lambda: "Prime de Noël versée en décembre.",
    lambda: "Le Grand Paris Express passera par Bobigny.",
    lambda: "Les Restos du Cœur ouvrent le lundi.",
    lambda: "Secours Catholique – Délégation de Seine-Saint-Denis",
    lambda: "Le Samu social a orienté la famille vers un hôtel.",
    lambda: "Pharmacie Centrale, place du Marché.",
    lambda: "Lundi, Mardi et Jeudi : permanence juridique.",
    lambda: "Déclaration Sociale Nominative (DSN) manquante.",
    lambda: "CERTIFICAT DE SCOLARITÉ – ANNÉE 2024-2025",
    lambda: "Le Petit Prince est au programme de l'atelier de lecture.",
    lambda: "Saint-Denis Université – ligne 13",
    lambda: "Envoyé depuis mon iPhone",
    lambda: "PIÈCES JUSTIFICATIVES À FOURNIR AVANT LE 15 MARS",
    lambda: "Votre demande a été transmise à la Direction Départementale de l'Emploi.",
    lambda: "Le Tribunal Judiciaire de Bobigny est compétent.",
]


def main():
    lines = [
        "# Generated names corpus for the Relais anonymiser (crate/research/tests/anonymise_corpus.rs).",
        "# Written by tests/generator/generate_corpus.py from the held-out name lists (tests/data/pii/heldout/:",
        "# open data, the half of each list the rules never see) and sentence templates modelled on",
        "# CAF, ANEF, ameli, préfecture, France Travail and impots.gouv letters and on mediators' notes.",
        "# Same format as corpus.txt; `## family` lines name the template family of the lines below.",
        "# Do not edit by hand: change the generator and run it again.",
    ]
    seen = set()
    for family, templates in T.items():
        lines.append(f"## {family}")
        n = 0
        while n < 110:
            line = rng.choice(templates)()
            if line in seen:
                continue
            seen.add(line)
            lines.append(line)
            n += 1
    lines.append("## keep")
    for t in KEEP:
        for _ in range(3):
            line = t()
            if line not in seen:
                seen.add(line)
                lines.append(line)
    for family, templates in V.items():
        lines.append(f"## {family}")
        if family == "v-keep":
            for t in templates:
                line = t()
                if line not in seen:
                    seen.add(line)
                    lines.append(line)
            continue
        n = 0
        while n < 100:
            line = rng.choice(templates)()
            if line not in seen:
                seen.add(line)
                lines.append(line)
                n += 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(sum(1 for l in lines if not l.startswith("#")), "items")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""One-off generator of the first French and English lexicon files (locales/fr/lexicon.ftl,
locales/en/lexicon.ftl), kept for the record; the .ftl files are the data from now on and are
edited by hand. Words chosen from the frequency list of the non-held-back portal strings."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

# noun: (fr lemma, fr other forms, en, en plural)
NOUNS = """
page||page|pages
lien||link|links
information||information|information
message||message|messages
donnée||data|data
site||website|websites
ligne||line|lines
personne||person|people
contenu||content|content
administration||administration|administrations
bouton||button|buttons
action||action|actions
type||type|types
liste||list|lists
élément||item|items
valeur||value|values
réponse||answer|answers
texte||text|texts
langue||language|languages
organisation||organisation|organisations
question||question|questions
résultat||result|results
image||image|images
équipe||team|teams
session||session|sessions
minute||minute|minutes
heure||hour|hours
semaine||week|weeks
an||year|years
code||code|codes
lettre||letter|letters
option||option|options
choix||choice|choices
groupe||group|groups
outil||tool|tools
modèle||template|templates
statut||status|statuses
état||state|states
partie||part|parts
section||section|sections
article||article|articles
compte rendu||report|reports
fin||end|ends
début||beginning|beginnings
accès||access|access
aide||help|help
espace||space|spaces
cadre||frame|frames
suite||continuation|continuations
perte||loss|losses
vol||theft|thefts
envoi||sending|sendings
réception||receipt|receipts
taille||size|sizes
poids||weight|weights
format||format|formats
nombre||number|numbers
titre||title|titles
nature||nature|natures
objet||subject|subjects
raison||reason|reasons
détail||detail|details
description||description|descriptions
commentaire||comment|comments
remarque||remark|remarks
instruction||instruction|instructions
condition||condition|conditions
règle||rule|rules
étape||step|steps
problème||problem|problems
difficulté||difficulty|difficulties
demandeur|demandeuse|applicant|applicants
usager|usagère|user|users
utilisateur|utilisatrice|user|users
agent||agent|agents
responsable||person in charge|people in charge
membre||member|members
invité|invitée|guest|guests
instructeur|instructrice|case officer|case officers
structure||organisation|organisations
établissement||establishment|establishments
association||association|associations
organisme||organisation|organisations
service||service|services
projet||project|projects
activité||activity|activities
tableau||table|tables
colonne||column|columns
onglet||tab|tabs
fenêtre||window|windows
menu||menu|menus
filtre||filter|filters
recherche||search|searches
mot||word|words
phrase||sentence|sentences
zone||area|areas
carte||card|cards
janvier||January|January
février||February|February
mars||March|March
avril||April|April
mai||May|May
juin||June|June
juillet||July|July
août||August|August
septembre||September|September
octobre||October|October
novembre||November|November
décembre||December|December
lundi||Monday|Mondays
mardi||Tuesday|Tuesdays
mercredi||Wednesday|Wednesdays
jeudi||Thursday|Thursdays
vendredi||Friday|Fridays
samedi||Saturday|Saturdays
dimanche||Sunday|Sundays
matin||morning|mornings
après-midi||afternoon|afternoons
soir||evening|evenings
aujourd'hui||today|today
demain||tomorrow|tomorrow
hier||yesterday|yesterday
enfant||child|children
parent||parent|parents
famille||family|families
père||father|fathers
mère||mother|mothers
frère||brother|brothers
sœur||sister|sisters
travail||work|work
emploi||job|jobs
école||school|schools
santé||health|health
maladie||illness|illnesses
accident||accident|accidents
handicap||disability|disabilities
vie||life|lives
pays||country|countries
ville||town|towns
région||region|regions
adresse postale||postal address|postal addresses
département de naissance||department of birth|departments of birth
nom de famille||surname|surnames
document||document|documents
version||version|versions
mise à jour||update|updates
changement||change|changes
création||creation|creations
suppression||deletion|deletions
confirmation||confirmation|confirmations
vérification||check|checks
validation||validation|validations
inscription||registration|registrations
invitation||invitation|invitations
transfert||transfer|transfers
dépôt||submission|submissions
envoi de message||sending a message|sending messages
retour||back|back
contact||contact|contacts
support||support|support
navigation||navigation|navigation
sécurité||security|security
conservation||retention|retention
durée||duration|durations
date limite||deadline|deadlines
période||period|periods
montant total||total amount|total amounts
somme||sum|sums
prix||price|prices
frais||fee|fees
aide financière||financial aid|financial aid
allocation||allowance|allowances
indemnité||allowance|allowances
pension||pension|pensions
""".strip().splitlines()

# verb: (fr infinitive, fr imperative forms, fr participles, en base, en past participle)
VERBS = """
ajouter|ajoutez|ajouté, ajoutée, ajoutés, ajoutées|add|added
supprimer|supprimez|supprimé, supprimée, supprimés, supprimées|delete|deleted
modifier|modifiez|modifié, modifiée, modifiés, modifiées|edit|edited
sélectionner|sélectionnez|sélectionné, sélectionnée, sélectionnés, sélectionnées|select|selected
choisir|choisissez|choisi, choisie, choisis, choisies|choose|chosen
voir|voyez|vu, vue, vus, vues|see|seen
afficher|affichez|affiché, affichée, affichés, affichées|show|shown
masquer|masquez|masqué, masquée, masqués, masquées|hide|hidden
envoyer|envoyez|envoyé, envoyée, envoyés, envoyées|send|sent
recevoir|recevez|reçu, reçue, reçus, reçues|receive|received
télécharger|téléchargez|téléchargé, téléchargée, téléchargés, téléchargées|download|downloaded
déposer|déposez|déposé, déposée, déposés, déposées|submit|submitted
valider|validez|validé, validée, validés, validées|confirm|confirmed
confirmer|confirmez|confirmé, confirmée, confirmés, confirmées|confirm|confirmed
annuler|annulez|annulé, annulée, annulés, annulées|cancel|cancelled
enregistrer|enregistrez|enregistré, enregistrée, enregistrés, enregistrées|save|saved
continuer|continuez|continué|continue|continued
consulter|consultez|consulté, consultée, consultés, consultées|view|viewed
créer|créez|créé, créée, créés, créées|create|created
renseigner|renseignez|renseigné, renseignée, renseignés, renseignées|fill in|filled in
remplir|remplissez|rempli, remplie, remplis, remplies|fill in|filled in
saisir|saisissez|saisi, saisie, saisis, saisies|enter|entered
entrer|entrez|entré, entrée, entrés, entrées|enter|entered
indiquer|indiquez|indiqué, indiquée, indiqués, indiquées|give|given
préciser|précisez|précisé, précisée, précisés, précisées|specify|specified
rechercher|recherchez|recherché, recherchée, recherchés, recherchées|search for|searched for
chercher|cherchez|cherché, cherchée, cherchés, cherchées|look for|looked for
trouver|trouvez|trouvé, trouvée, trouvés, trouvées|find|found
contacter|contactez|contacté, contactée, contactés, contactées|contact|contacted
vérifier|vérifiez|vérifié, vérifiée, vérifiés, vérifiées|check|checked
corriger|corrigez|corrigé, corrigée, corrigés, corrigées|correct|corrected
compléter|complétez|complété, complétée, complétés, complétées|complete|completed
ouvrir|ouvrez|ouvert, ouverte, ouverts, ouvertes|open|opened
fermer|fermez|fermé, fermée, fermés, fermées|close|closed
imprimer|imprimez|imprimé, imprimée, imprimés, imprimées|print|printed
partager|partagez|partagé, partagée, partagés, partagées|share|shared
remplacer|remplacez|remplacé, remplacée, remplacés, remplacées|replace|replaced
changer|changez|changé, changée, changés, changées|change|changed
activer|activez|activé, activée, activés, activées|activate|activated
désactiver|désactivez|désactivé, désactivée, désactivés, désactivées|deactivate|deactivated
accepter|acceptez|accepté, acceptée, acceptés, acceptées|accept|accepted
refuser|refusez|refusé, refusée, refusés, refusées|refuse|refused
réinitialiser|réinitialisez|réinitialisé, réinitialisée, réinitialisés, réinitialisées|reset|reset
reprendre|reprenez|repris, reprise, reprises|resume|resumed
recommencer|recommencez|recommencé|start again|started again
réessayer|réessayez|réessayé|try again|tried again
retourner|retournez|retourné|go back|gone back
revenir|revenez|revenu|go back|gone back
déplacer|déplacez|déplacé, déplacée, déplacés, déplacées|move|moved
joindre|joignez|joint, jointe, joints, jointes|attach|attached
transmettre|transmettez|transmis, transmise, transmises|send|sent
signer|signez|signé, signée, signés, signées|sign|signed
demander|demandez|demandé, demandée, demandés, demandées|request|requested
obtenir|obtenez|obtenu, obtenue, obtenus, obtenues|get|obtained
accéder à|accédez à|accédé|access|accessed
se connecter|connectez-vous|connecté, connectée, connectés, connectées|sign in|signed in
se déconnecter|déconnectez-vous|déconnecté, déconnectée, déconnectés, déconnectées|sign out|signed out
s'inscrire|inscrivez-vous|inscrit, inscrite, inscrits, inscrites|register|registered
s'identifier|identifiez-vous|identifié, identifiée, identifiés, identifiées|identify yourself|identified
gérer|gérez|géré, gérée, gérés, gérées|manage|managed
inviter|invitez|invité, invitée, invités, invitées|invite|invited
effectuer|effectuez|effectué, effectuée, effectués, effectuées|make|made
faire|faites|fait, faite, faits, faites|make|made
commencer|commencez|commencé, commencée, commencés, commencées|start|started
terminer|terminez|terminé, terminée, terminés, terminées|finish|finished
publier|publiez|publié, publiée, publiés, publiées|publish|published
importer|importez|importé, importée, importés, importées|import|imported
exporter|exportez|exporté, exportée, exportés, exportées|export|exported
copier|copiez|copié, copiée, copiés, copiées|copy|copied
dupliquer|dupliquez|dupliqué, dupliquée, dupliqués, dupliquées|duplicate|duplicated
restaurer|restaurez|restauré, restaurée, restaurés, restaurées|restore|restored
archiver|archivez|archivé, archivée, archivés, archivées|archive|archived
traiter|traitez|traité, traitée, traités, traitées|process|processed
mettre à jour|mettez à jour|mis à jour, mise à jour, mises à jour|update|updated
révoquer|révoquez|révoqué, révoquée, révoqués, révoquées|revoke|revoked
autoriser|autorisez|autorisé, autorisée, autorisés, autorisées|authorise|authorised
rejeter|rejetez|rejeté, rejetée, rejetés, rejetées|reject|rejected
expirer|expirez|expiré, expirée, expirés, expirées|expire|expired
payer|payez|payé, payée, payés, payées|pay|paid
déclarer|déclarez|déclaré, déclarée, déclarés, déclarées|declare|declared
prendre|prenez|pris, prise, prises|take|taken
utiliser|utilisez|utilisé, utilisée, utilisés, utilisées|use|used
""".strip().splitlines()

# adjectives: (fr lemma, fr forms, before?, en)
ADJS = """
nouveau|nouvelle, nouveaux, nouvelles, nouvel|before|new
autre|autres|before|other
dernier|dernière, derniers, dernières|before|last
premier|première, premiers, premières|before|first
prochain|prochaine, prochains, prochaines|before|next
ancien|ancienne, anciens, anciennes|before|former
obligatoire|obligatoires||required
facultatif|facultative, facultatifs, facultatives||optional
valide|valides||valid
invalide|invalides||invalid
disponible|disponibles||available
indisponible|indisponibles||unavailable
personnel|personnelle, personnels, personnelles||personal
professionnel|professionnelle, professionnels, professionnelles||professional
complet|complète, complets, complètes||complete
incomplet|incomplète, incomplets, incomplètes||incomplete
actif|active, actifs, actives||active
inactif|inactive, inactifs, inactives||inactive
principal|principale, principaux, principales||main
complémentaire|complémentaires||additional
public|publique, publics, publiques||public
privé|privée, privés, privées||private
social|sociale, sociaux, sociales||social
médical|médicale, médicaux, médicales||medical
numérique|numériques||digital
administratif|administrative, administratifs, administratives||administrative
postal|postale, postaux, postales||postal
fiscal|fiscale, fiscaux, fiscales||tax
électronique|électroniques||electronic
en ligne|||online
en cours|||in progress
récent|récente, récents, récentes||recent
maximal|maximale, maximaux, maximales||maximum
minimal|minimale, minimaux, minimales||minimum
total|totale, totaux, totales||total
sélectionné|sélectionnée, sélectionnés, sélectionnées||selected
accepté|acceptée, acceptés, acceptées||accepted
supprimé|supprimée, supprimés, supprimées||deleted
requis|requise, requises||required
mensuel|mensuelle, mensuels, mensuelles||monthly
annuel|annuelle, annuels, annuelles||annual
""".strip().splitlines()

def slug(s):
    import unicodedata, re
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')

fr = ["### Relais — lexique : mots ordinaires des portails qui ne sont pas des concepts du glossaire.",
      "### Un message par mot : l’identifiant est « word- » suivi de l’identifiant du mot ; la valeur est le lemme.",
      "### .pos = noun | verb | adj ; .forms = autres formes ; verbes : .imp (impératif), .pp (participes) ;",
      "### adjectifs : .place = before s’ils se placent avant le nom. Format : locales/README.md (« Lexique »).", ""]
en = ["### Relais lexicon, English: the same ids as locales/fr/lexicon.ftl.",
      "### Nouns: value = singular, .pl = plural. Verbs: value = base form, .pp = past participle.",
      "### Adjectives: value. Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.", ""]
seen = set()
fr.append("## Noms"); en.append("## Nouns")
for line in NOUNS:
    lemma, other, s, p = line.split('|')
    i = slug(lemma)
    if i in seen: continue
    seen.add(i)
    fr += [f"word-{i} = {lemma}", "    .pos = noun"] + ([f"    .forms = {other}"] if other else [])
    en += [f"word-{i} = {s}"] + ([f"    .pl = {p}"] if p != s else [])
fr.append(""); en.append("")
fr.append("## Verbes"); en.append("## Verbs")
for line in VERBS:
    inf, imp, pp, b, bpp = line.split('|')
    i = slug(inf)
    if i in seen: i += '-v'
    seen.add(i)
    fr += [f"word-{i} = {inf}", "    .pos = verb", f"    .imp = {imp}", f"    .pp = {' | '.join(x.strip() for x in pp.split(','))}"]
    en += [f"word-{i} = {b}", f"    .pp = {bpp}"]
fr.append(""); en.append("")
fr.append("## Adjectifs"); en.append("## Adjectives")
for line in ADJS:
    lemma, forms, place, e = line.split('|')
    i = slug(lemma)
    if i in seen: i += '-adj'
    seen.add(i)
    fr += [f"word-{i} = {lemma}", "    .pos = adj"] + ([f"    .forms = {' | '.join(x.strip() for x in forms.split(','))}"] if forms else []) + (["    .place = before"] if place else [])
    en += [f"word-{i} = {e}"]
open(os.path.join(ROOT, 'locales/fr/lexicon.ftl'), 'w').write('\n'.join(fr) + '\n')
open(os.path.join(ROOT, 'locales/en/lexicon.ftl'), 'w').write('\n'.join(en) + '\n')
print(len(seen))

### Relais — glossaire maître en français.
###
### Un message par concept : l’identifiant est « concept- » suivi de l’identifiant stable du concept.
### La valeur est la forme française principale, telle que l’écrivent les portails.
### Attributs : .forms (autres formes, séparées par « | »), .domain, .explain (explication en
### français facile à lire, au plus 3 phrases de 25 mots), .where (où trouver l’information),
### .todo (que faire ensuite), .proper = yes (nom propre ou sigle gardé tel quel),
### .source (la page officielle ou le texte qui fonde l’explication : « Nom | URL », plusieurs séparées
### par « ;; ») et .checked (date de la vérification, AAAA-MM-JJ). .source et .checked n’existent que
### dans ce fichier maître : les traductions ne les recopient pas.
### Format décrit dans locales/README.md ; contrôle : `relais locales check` (crate/core/src/quality.rs),
### et `relais locales check` refuse une explication qui énonce un fait sans .source (règles : facts.txt).
### Un commentaire « # source : aucune source officielle trouvée (…), phrase affaiblie » au-dessus
### d’une entrée dit qu’une phrase a été affaiblie faute de source.
### Ne jamais renommer un identifiant de concept : les traductions s’y réfèrent.

## Identité

concept-identite = identité
    .forms = identité personnelle | informations personnelles
    .domain = identity
    .explain = Cette partie du formulaire demande qui vous êtes : nom, prénom, date et lieu de naissance. Écrivez les informations comme sur votre passeport ou votre titre de séjour.
    .where = Recopiez votre passeport, votre carte d’identité ou votre titre de séjour.

# sens : nom = nom de famille seulement pour une personne : seul, à côté de prénom, avec un possessif ou « de » + une personne ;
# ailleurs c’est le nom d’une chose (concept nom-d-une-chose) ; jamais dans un exemple d’adresse électronique (nom@example.com).
concept-nom = nom
    .only =
        alone
        after: votre | son | sa | mon | ton | leur
        near: prénom | prénoms
        before: en majuscule | en capitales | en lettres capitales | tel qu il figure | tel qu il est écrit
        before: de l usager | de l usagère | du bénéficiaire | de la bénéficiaire | du demandeur | de la demandeuse | de l enfant | du conjoint | de la conjointe | de l époux | de l épouse | du titulaire | de la titulaire | de la personne | du représentant | de la représentante | de l aidant | du mandataire | du mandant | de l allocataire | de l assuré | de l assurée | du parent | du patient | de la patiente | du propriétaire | du bailleur | du locataire | de la locataire | du médecin
    .unless =
        before: example | exemple | domaine
    .domain = identity
    .explain = Le nom est le nom de famille, pas le prénom. Écrivez-le exactement comme sur vos papiers d’identité.
    .where = Sur votre passeport ou votre titre de séjour, à la ligne « Nom ».

# Le nom d’une chose, d’un lieu, d’un organisme : « nom » partout où le concept nom (nom de famille) ne tient pas.
concept-nom-d-une-chose = nom
    .unless =
        before: example | exemple | domaine
        within: en nom collectif
    .domain = form
    .explain = Le nom est le mot qui désigne une chose, un lieu ou un organisme : une rue, une ville, une association, un poste. Pour une personne, c’est son nom de famille.

concept-au-nom-de = au nom de
    .forms = au nom d’ | en votre nom | en son nom | en mon nom | en leur nom | en notre nom | pour votre compte | pour mon compte | pour son compte | pour leur compte | pour le compte de | pour le compte d’
    .unless =
        before: famille | naissance | jeune fille | usage
    .domain = form
    .explain = Agir au nom de quelqu’un veut dire faire une démarche à sa place. Par exemple, un aidant remplit un dossier pour vous.

concept-nom-de-naissance = nom de naissance
    .forms = nom de famille | nom patronymique
    .domain = identity
    .explain = Le nom de naissance est le nom écrit sur votre acte de naissance. Il ne change pas avec le mariage.
    .where = Sur votre acte de naissance ou votre passeport.

concept-nom-d-usage = nom d’usage
    .forms = nom d’épouse | nom d’époux | nom marital
    .domain = identity
    .explain = Le nom d’usage est un autre nom que vous utilisez au quotidien, par exemple le nom de votre époux ou épouse. Si vous n’en avez pas, laissez ce champ vide.

concept-prenom = prénom
    .domain = identity
    .explain = Le prénom est le nom personnel qu’on vous a donné à la naissance, avant le nom de famille. Si vous en avez plusieurs, écrivez-les dans l’ordre de vos papiers.
    .where = Sur votre passeport ou votre titre de séjour, à la ligne « Prénom(s) ».

concept-sans-prenom = je n’ai pas de prénom
    .forms = sans prénom | pas de prénom
    .domain = identity
    .explain = Cochez cette case seulement si vos papiers d’identité n’ont aucun prénom. C’est le cas de certaines personnes nées à l’étranger.

concept-sexe = sexe
    .domain = identity
    .explain = Le portail demande si vous êtes un homme ou une femme. Choisissez ce qui est écrit sur vos papiers d’identité.
    .where = Sur votre passeport ou titre de séjour : M pour homme, F pour femme.

# sens : homme = le choix du sexe (au singulier) ; pas « les hommes » en général.
concept-masculin = masculin
    .forms = homme
    .unless =
        (homme) surface: hommes | Hommes | HOMMES
    .domain = identity
    .explain = Masculin veut dire homme. Choisissez-le si vos papiers indiquent M.

# sens : femme = le choix du sexe (au singulier) ; pas « les femmes » en général.
concept-feminin = féminin
    .forms = femme
    .unless =
        (femme) surface: femmes | Femmes | FEMMES
    .domain = identity
    .explain = Féminin veut dire femme. Choisissez-le si vos papiers indiquent F.

concept-civilite = civilité
    .forms = titre de civilité
    .domain = identity
    .explain = La civilité est le mot poli placé avant votre nom, comme Madame ou Monsieur. L’administration l’utilise pour vous écrire.

concept-titre-d-appel = titre d’appel
    .domain = identity
    .explain = Le titre d’appel est le mot utilisé pour s’adresser à vous dans les lettres, comme Madame, Monsieur ou Docteur. Choisissez celui qui vous convient.

concept-madame = Madame
    .forms = Mme | Mademoiselle | Mlle
    .domain = identity
    .explain = Madame est le titre poli pour une femme, mariée ou non. L’administration n’utilise plus Mademoiselle.
    .source = Haut Conseil à l'égalité, « Suppression du Mademoiselle » (circulaire du 21 février 2012) | https://www.haut-conseil-egalite.gouv.fr/stereotypes-et-roles-sociaux/actualites/article/suppression-du-mademoiselle-des
    .checked = 2026-12-07

concept-monsieur = Monsieur
    .domain = identity
    .explain = Monsieur est le titre poli pour un homme.

concept-docteur = Docteur
    .forms = Dr
    .domain = identity
    .explain = Docteur est un titre pour une personne qui a un doctorat, souvent un médecin. Choisissez-le seulement si c’est votre cas.

# sens : Inspecteur = un titre à choisir dans une liste : en tête du libellé.
concept-inspecteur = Inspecteur
    .forms = Inspectrice
    .only =
        after: ^
    .domain = identity
    .explain = Inspecteur est un titre de métier, par exemple inspecteur du travail. Sur un formulaire, choisissez-le seulement si c’est votre métier.

concept-sans-reponse = sans réponse
    .forms = ne se prononce pas | ne souhaite pas répondre | je préfère ne pas répondre
    .domain = identity
    .explain = Vous pouvez choisir cette réponse si vous ne voulez pas donner cette information. Ce choix est permis sur ce formulaire.

concept-date-de-naissance = date de naissance
    .forms = né le | née le
    .domain = identity
    .explain = C’est le jour, le mois et l’année où vous êtes né. Écrivez la date comme sur vos papiers, souvent sous la forme jour/mois/année, par exemple 05/03/1990.
    .where = Sur votre passeport, votre titre de séjour ou votre acte de naissance.

concept-lieu-de-naissance = lieu de naissance
    .forms = ville de naissance | commune de naissance | né à | née à
    .domain = identity
    .explain = C’est la ville ou le village où vous êtes né. Écrivez le nom comme sur vos papiers d’identité.
    .where = Sur votre passeport ou votre acte de naissance.

concept-pays-de-naissance = pays de naissance
    .domain = identity
    .explain = C’est le pays où vous êtes né, même si vous avez une autre nationalité aujourd’hui. Choisissez-le dans la liste.

concept-departement-de-naissance = département de naissance
    .domain = identity
    .explain = C’est le numéro du département français où vous êtes né. Si vous êtes né hors de France, choisissez souvent « 99 » ou « Étranger ».
    .source = ESSEC, « How to create my ameli account » (source secondaire) | https://ernest.essec.edu/support/solutions/articles/7000046524-how-to-create-my-ameli-account-
    .checked = 2026-12-07

concept-nationalite = nationalité
    .forms = citoyenneté
    .domain = identity
    .explain = La nationalité est le pays dont vous êtes citoyen, celui qui vous a donné votre passeport. Si vous avez deux nationalités, le portail demande souvent la principale.
    .where = Sur votre passeport ou votre titre de séjour.

# sens : française = la nationalité ; pas la langue (version française).
concept-nationalite-francaise = française
    .forms = nationalité française
    .unless =
        (française) after: version | langue | traduction
    .domain = identity
    .explain = Choisissez « Française » seulement si vous avez la nationalité française. Un titre de séjour ne donne pas la nationalité française.

concept-etranger = ressortissant étranger
    .forms = personne étrangère | ressortissante étrangère | citoyen étranger
    .domain = identity
    .explain = Pour l’administration, une personne étrangère est une personne qui n’a pas la nationalité française. Cela ne dépend pas du lieu où vous vivez.

concept-apatride = apatride
    .forms = apatridie | sans nationalité
    .domain = identity
    .explain = Une personne apatride n’a la nationalité d’aucun pays. L’OFPRA peut reconnaître ce statut et donner une protection.
    .source = ofpra.gouv.fr, « Demander le statut d'apatride » | https://ofpra.gouv.fr./demander-le-statut-dapatride ;; ministère de l'Intérieur, « Le statut d'apatride » | http://www.immigration.interieur.gouv.fr/Asile/Les-differentes-formes-de-protection/Le-statut-d-apatride
    .checked = 2026-12-07

# sens : « à jour », « mise à jour » : mettre à jour (concept mise-a-jour), pas un jour de date.
concept-jour = jour
    .forms = JJ
    .unless =
        after: à
    .domain = identity
    .explain = Le jour est le nombre du jour dans le mois, de 1 à 31. Écrivez-le souvent avec deux chiffres, par exemple 05.

concept-mois = mois
    .forms = MM
    .domain = identity
    .explain = Le mois est écrit avec un nombre de 1 à 12, ou avec son nom. Janvier est 01 et décembre est 12.

concept-annee = année
    .forms = AAAA
    .domain = identity
    .explain = L’année s’écrit avec quatre chiffres, par exemple 1990. N’écrivez pas seulement les deux derniers chiffres.

concept-age = âge
    .domain = identity
    .explain = L’âge est le nombre d’années depuis votre naissance. Certains droits dépendent de votre âge.

# sens : signé = signature ; signe (sans accent) est un signe (le signe -) ou le verbe au présent.
concept-signature = signature
    .forms = signer | signé
    .unless =
        (signé) surface: signe | signes | Signe | Signes | SIGNE
    .domain = identity
    .explain = La signature est votre marque personnelle écrite à la main, toujours la même. En signant, vous confirmez que les informations sont vraies.

concept-filiation = filiation
    .forms = nom du père | nom de la mère | prénom du père | prénom de la mère
    .domain = identity
    .explain = La filiation est le lien avec vos parents. Le portail demande le nom et le prénom de votre père et de votre mère, comme sur votre acte de naissance.
    .where = Sur votre acte de naissance.

## Situation familiale et état civil

concept-situation-familiale = situation familiale
    .forms = situation matrimoniale | état matrimonial | situation de famille
    .domain = civil-status
    .explain = Le portail demande si vous vivez seul ou en couple, et sous quelle forme. Votre réponse peut changer le calcul de vos aides ou de vos impôts.
    .source = caf.fr, « Vivre en couple : les incidences sur les aides de la Caf » | https://caf.fr/allocataires/vies-de-famille/changement-de-situation/changement-familial/vivre-en-couple-les-incidences-sur-les-aides-de-la-caf ;; service-public.fr F2705, quotient familial d'un couple marié ou pacsé (copie terresdemontaigu.fr) | https://www.terresdemontaigu.fr/demarche/pre-demande-pacs/?xml=F2705
    .checked = 2026-12-07

concept-celibataire = célibataire
    .domain = civil-status
    .explain = Célibataire veut dire que vous n’êtes ni marié ni pacsé. Aux impôts, un couple qui vit ensemble sans être marié ni pacsé fait deux déclarations séparées. Pour la CAF, déclarez quand même votre vie en couple, car cela change vos aides.
    .source = service-public.fr F362, déclaration des revenus d'un couple non marié (copie usson.fr) | https://usson.fr/actualites-des-services-publics/?xml=F362 ;; caf.fr, « Vivre en couple : les incidences sur les aides de la Caf » | https://caf.fr/allocataires/vies-de-famille/changement-de-situation/changement-familial/vivre-en-couple-les-incidences-sur-les-aides-de-la-caf
    .checked = 2026-12-07

# sens : marié = la situation ; Marie (sans accent) est un prénom, ou une partie d’une adresse électronique.
concept-marie = marié
    .forms = mariée | marié(e) | mariage
    .unless =
        (marié) surface: Marie | marie | MARIE
    .domain = civil-status
    .explain = Marié veut dire que vous avez fait un mariage officiel, en France ou dans un autre pays. Gardez l’acte de mariage, il est souvent demandé.

concept-pacse = pacsé
    .forms = pacsée | PACS | pacte civil de solidarité | lié par un PACS
    .domain = civil-status
    .explain = Le PACS est un contrat officiel entre deux personnes qui vivent en couple. Il est différent du mariage et se fait en mairie ou chez un notaire.
    .source = mairie d'Athis-Mons, « PACS » (service-public F11991) | https://mairie-athis-mons.fr/demarches-en-ligne/pacs-pacte-civile-de-solidarite?xml=F11991
    .checked = 2026-12-07

concept-concubinage = concubinage
    .forms = union libre | concubin | concubine | vie maritale | vie commune
    .domain = civil-status
    .explain = Le concubinage veut dire que vous vivez en couple sans être marié ni pacsé. Pour la CAF, vivre en couple change le calcul des aides.
    .source = caf.fr, « Vivre en couple : les incidences sur les aides de la Caf » | https://caf.fr/allocataires/vies-de-famille/changement-de-situation/changement-familial/vivre-en-couple-les-incidences-sur-les-aides-de-la-caf ;; service-public.fr F362, déclaration des revenus d'un couple non marié (copie usson.fr) | https://usson.fr/actualites-des-services-publics/?xml=F362
    .checked = 2026-12-07

concept-divorce = divorcé
    .forms = divorcée
    .domain = civil-status
    .explain = Divorcé veut dire que votre mariage a été terminé officiellement par un jugement ou un acte. Le portail peut demander la date du divorce.

concept-veuf = veuf
    .forms = veuve | veuvage
    .domain = civil-status
    .explain = Veuf ou veuve veut dire que votre époux ou épouse est décédé. Vous pouvez avoir droit à certaines aides.
    .source = ASH, « L'allocation de soutien familial » | https://www.ash.tm.fr/numeros-juridiques/2876/lisolement/lallocation-de-soutien-familial/introduction-505064.php
    .checked = 2026-12-07

concept-separe = séparé
    .forms = séparée | séparation | séparé de corps
    .domain = civil-status
    .explain = Séparé veut dire que vous ne vivez plus avec votre époux ou épouse, sans être encore divorcé. Signalez la date de séparation aux organismes qui vous versent des aides.
    .source = caf.fr, « Vivre en couple : les incidences sur les aides de la Caf » | https://caf.fr/allocataires/vies-de-famille/changement-de-situation/changement-familial/vivre-en-couple-les-incidences-sur-les-aides-de-la-caf
    .checked = 2026-12-07

concept-conjoint = conjoint
    .forms = conjointe | époux | épouse
    .domain = civil-status
    .explain = Le conjoint est la personne avec qui vous êtes marié. Parfois, le mot désigne aussi la personne pacsée ou qui vit en couple avec vous.

concept-enfant-a-charge = enfant à charge
    .forms = personne à charge | enfants mineurs à charge
    .domain = civil-status
    .explain = Un enfant à charge vit avec vous et vous payez pour ses besoins. Le nombre de personnes à charge change le montant des aides et des impôts.
    .source = service-public.fr F13213, allocations familiales (copie thaims.fr) | https://thaims.fr/mes-demarches/carte-national-didentite/?xml=F13213 ;; cBanque, « Enfants et personnes à charge : comment calculer le quotient familial » (source secondaire) | http://www.cbanque.com/actu/57117/enfants-et-personnes-a-charge-comment-calculer-le-quotient-familial-et-les-parts-fiscales
    .checked = 2026-12-07

# sens : mineur = qui a moins de 18 ans ; pas l’adjectif après un nom (couleur mineure).
concept-mineur = mineur
    .forms = mineure | enfant mineur
    .only =
        (mineur) alone
        (mineur) after: ^ | êtes | es | est | sont | suis | être | devenu | devenue | enfant | personne | fils | fille | jeune | non | pas | encore | le | la | les | un | une | des | du | aux | au | pour | si
        (mineure) alone
        (mineure) after: ^ | êtes | es | est | sont | suis | être | devenu | devenue | enfant | personne | fils | fille | jeune | non | pas | encore | le | la | les | un | une | des | du | aux | au | pour | si
    .domain = civil-status
    .explain = Une personne mineure a moins de 18 ans. Pour elle, un parent ou un représentant légal fait souvent les démarches.
    .source = Legifrance, code civil art. 388 (texte repris par kohenavocats.fr) | https://kohenavocats.fr/2024/12/21/article-388-du-code-civil
    .checked = 2026-12-07

# sens : majeur = qui a 18 ans ou plus ; pas l’adjectif après un nom (changement majeur).
concept-majeur = majeur
    .only =
        alone
        after: ^ | êtes | es | est | sont | suis | être | devenu | devenue | enfant | personne | fils | fille | jeune | non | pas | encore | le | la | les | un | une | des | du | aux | au | pour | si
    .domain = civil-status
    .explain = Une personne majeure a 18 ans ou plus. Elle fait ses démarches elle-même.
    .source = Legifrance, code civil art. 414 (texte repris par kohenavocats.fr) | https://kohenavocats.fr/?p=61728
    .checked = 2026-12-07

concept-etat-civil = état civil
    .forms = service de l’état civil | service état civil
    .domain = civil-status
    .explain = L’état civil regroupe les informations officielles sur vous : naissance, mariage, décès, nom. Le service de l’état civil de la mairie fait les actes officiels.
    .source = savoir-juridique.com, « L'acte de naissance pour les Français nés à l'étranger » (source secondaire) | https://www.savoir-juridique.com/lacte-de-naissance-pour-les-francais-nes-a-letranger/ ;; service-public.fr F1345, remise du livret de famille lors du mariage (copie joinville-le-pont.fr) | https://www.joinville-le-pont.fr/demarche-administrative/mariage/organiser-son-mariage/?xml=F1345
    .checked = 2026-12-07

concept-acte-de-naissance = acte de naissance
    .forms = extrait d’acte de naissance | copie intégrale d’acte de naissance | certificat de naissance | copie d’acte de naissance
    .domain = civil-status
    .explain = L’acte de naissance est le document officiel qui prouve votre naissance, vos noms et vos parents. Si vous êtes né à l’étranger, une traduction peut être demandée.
    .where = Né en France : demandez-le à la mairie du lieu de naissance. Né à l’étranger : aux autorités de votre pays de naissance. Pour les personnes protégées par l’OFPRA, c’est l’OFPRA qui le fait.
    .source = savoir-juridique.com, « L'acte de naissance pour les Français nés à l'étranger » (source secondaire) | https://www.savoir-juridique.com/lacte-de-naissance-pour-les-francais-nes-a-letranger/ ;; préfecture de la Gironde, « Réfugié - Protégé subsidiaire - Membre de famille » | http://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Titre-de-sejour-Ressortissant-non-europeen/Refugie-ou-protege-subsidiaire-ou-membre-de-famille/Refugie-Protege-subsidiaire-Membre-de-famille ;; refugies.info (DIAIR), « Demander la traduction officielle d'un document » | https://refugies.info:443/fr/demarche/604f30f5e0162200154411aa
    .checked = 2026-12-07

concept-acte-de-mariage = acte de mariage
    .forms = certificat de mariage | extrait d’acte de mariage
    .domain = civil-status
    .explain = L’acte de mariage est le document officiel qui prouve votre mariage. Il est fait par la mairie ou l’autorité du pays où vous vous êtes marié.
    .source = service-public.fr F1345, remise du livret de famille lors du mariage (copie joinville-le-pont.fr) | https://www.joinville-le-pont.fr/demarche-administrative/mariage/organiser-son-mariage/?xml=F1345
    .checked = 2026-12-07

concept-livret-de-famille = livret de famille
    .domain = civil-status
    .explain = Le livret de famille est un petit carnet officiel donné par la mairie au mariage ou à la naissance du premier enfant. Il liste les parents et les enfants.
    .source = service-public.fr F1345, remise du livret de famille lors du mariage (copie joinville-le-pont.fr) | https://www.joinville-le-pont.fr/demarche-administrative/mariage/organiser-son-mariage/?xml=F1345 ;; service-public.fr F34800, livret de famille (copie joinville-le-pont.fr) | https://www.joinville-le-pont.fr/demarche-administrative/duplicata-de-livret-de-famille/?xml=F34800
    .checked = 2026-12-07

## Coordonnées

# sens : coordonnées = comment vous joindre ; pas des coordonnées sur une carte (GPS, WGS84).
concept-coordonnees = coordonnées
    .forms = coordonnées personnelles
    .unless =
        before: saisie sur la carte | gps | géographique
        near: WGS84 | latitude | longitude | système de coordonnées
    .domain = contact
    .explain = Vos coordonnées sont les moyens de vous joindre : adresse, téléphone, adresse électronique. Vérifiez-les bien, sinon vous ne recevrez pas les réponses.

concept-adresse-electronique = adresse électronique
    .forms = courriel | e-mail | email | mail | mél | adresse mail | adresse e-mail | adresse email | adresse de messagerie | adresse courriel
    .domain = contact
    .explain = C’est votre adresse e-mail, par exemple nom@exemple.fr, avec le signe @. Choisissez une adresse que vous pouvez ouvrir, car les codes et les réponses arrivent là.

# sens : tél = téléphone ; pas l’adjectif tel (tel que, un tel document). Téléphone = le numéro ; pas l’appareil
# (répondre au téléphone, généré par votre téléphone), ni des frais de téléphone.
concept-numero-de-telephone = numéro de téléphone
    .forms = téléphone | tél | numéro de tél | numéro de contact
    .unless =
        (tél) before: que | qu | quel | quelle | quels | quelles
        (tél) after: un | une | aucun | aucune | de
        (téléphone) after: au | de | par votre | sur votre | avec votre
    .domain = contact
    .explain = Écrivez le numéro où l’on peut vous appeler. Un numéro français a 10 chiffres et commence par 0.
    .source = Univers Freebox, « 06, 07, 09… Quelles sont les règles pour attribuer les numéros de téléphone ? » (6 mars 2026, plan Arcep, source secondaire) | https://www.universfreebox.com/article/592216/06-07-09-quelles-sont-les-regles-pour-attribuer-les-numeros-de-telephone
    .checked = 2026-12-07

# sens : mobile = téléphone portable ; pas la taille d’écran d’un site (en mobile, du mobile).
concept-telephone-portable = téléphone portable
    .forms = portable | mobile | téléphone mobile | numéro de portable | numéro de mobile
    .unless =
        (mobile) after: en | du | le | au | version | site
    .domain = contact
    .explain = C’est le numéro de votre téléphone mobile, qui commence souvent par 06 ou 07 en France. Le portail peut y envoyer des codes par SMS.
    .source = Univers Freebox, « 06, 07, 09… Quelles sont les règles pour attribuer les numéros de téléphone ? » (6 mars 2026, plan Arcep, source secondaire) | https://www.universfreebox.com/article/592216/06-07-09-quelles-sont-les-regles-pour-attribuer-les-numeros-de-telephone
    .checked = 2026-12-07

concept-telephone-fixe = téléphone fixe
    .forms = ligne fixe | numéro fixe
    .domain = contact
    .explain = C’est le numéro d’un téléphone relié à une maison ou à un bureau. Si vous n’en avez pas, laissez ce champ vide.

# sens : indicatif = l’indicatif du téléphone ; « à titre indicatif » = pour information.
concept-indicatif = indicatif
    .forms = indicatif téléphonique | indicatif pays | indicatif international
    .unless =
        (indicatif) after: titre
    .domain = contact
    .explain = L’indicatif est le code du pays placé devant le numéro de téléphone. Pour la France, c’est +33 et on enlève alors le premier 0.

# sens : SMS : « SM » (taille small) se lit comme SMS au pluriel ; dans une liste de services médico-sociaux, SMS n’est pas un texto.
concept-sms = SMS
    .forms = texto | message texte
    .unless =
        (SMS) surface: SM | sm | Sm
        (SMS) near: SAVS | SAMSAH | ESAT
    .domain = contact
    .explain = Un SMS est un message écrit reçu sur votre téléphone portable. Les portails envoient souvent un code par SMS.
    .proper = yes

## Adresse

# sens : adresse = où vous vivez ; pas une adresse web (se connecter à une adresse, à côté d’un lien ou d’un navigateur),
# ni le verbe adresser (vous adresse une demande, s’adresse). « me, te, se » manquent exprès : mes, tes, ses s’écrivent pareil une fois pliés.
concept-adresse = adresse
    .forms = adresse de résidence | adresse actuelle
    .unless =
        (adresse) before: web | internet | url | ip | du site | de la page | de messagerie
        (adresse) after: vous | nous | lui | s | il | elle | on | connecter à la nouvelle | connecter à cette | connecter à l
        (adresse) near: lien | url | navigateur
    .domain = address
    .explain = C’est le lieu où vous vivez ou recevez votre courrier. L’administration vous enverra des lettres à cette adresse.

concept-adresse-postale = adresse postale
    .forms = adresse de correspondance
    .domain = address
    .explain = C’est l’adresse où la poste vous apporte le courrier. Elle peut être différente du lieu où vous dormez, par exemple une domiciliation.

concept-complement-d-adresse = complément d’adresse
    .forms = complément d’adresse postale
    .domain = address
    .explain = Ce champ sert aux détails qui aident le facteur : bâtiment, étage, appartement, nom sur la boîte aux lettres. Il est souvent facultatif.

# sens : numéro = numéro de la maison seulement dans une adresse ; ailleurs c’est un numéro (concept numero-d-identification).
concept-numero = numéro
    .forms = numéro de voie | numéro de rue
    .only =
        (numéro) before: et nom de voie | et nom de la voie | et voie | et rue | et nom de rue | et libellé de voie | de voie | de la voie | de rue | de la rue | bis | ter
        (numéro) near: voie | rue
    .domain = address
    .explain = Dans une adresse, c’est le nombre de la maison ou de l’immeuble dans la rue. Il peut avoir bis ou ter après le nombre.

concept-numero-d-identification = numéro
    .forms = numéro d’identification
    .domain = form
    .explain = Un numéro est une suite de chiffres, parfois avec des lettres, qui désigne une chose : un dossier, une carte, un téléphone. Recopiez-le sans rien changer.

concept-voie = voie
    .forms = nom de la voie | type de voie | rue | libellé de la voie | nom de voie | nom de rue
    .domain = address
    .explain = La voie est la rue de votre adresse : rue, avenue, boulevard, chemin, place. Écrivez son type et son nom, sans le numéro.

concept-batiment = bâtiment
    .forms = bât
    .domain = address
    .explain = Si votre résidence a plusieurs bâtiments, écrivez la lettre ou le numéro du vôtre. Cela aide le facteur à trouver votre boîte aux lettres.

concept-immeuble = immeuble
    .domain = address
    .explain = Un immeuble est une maison à plusieurs étages avec plusieurs logements. Écrivez son nom ou son numéro s’il en a un.

concept-escalier = escalier
    .forms = esc
    .domain = address
    .explain = Dans certains immeubles, les escaliers ont une lettre ou un numéro. Écrivez celui de votre logement si vous le connaissez.

concept-numero-d-appartement = numéro d’appartement
    .forms = appartement | numéro de logement | n° d’appartement
    .domain = address
    .explain = C’est le numéro de votre logement dans l’immeuble. Il est souvent écrit sur la porte ou sur votre bail.

concept-etage = étage
    .domain = address
    .explain = L’étage est le niveau de votre logement dans l’immeuble. Le rez-de-chaussée est l’étage 0.

concept-lieu-dit = lieu-dit
    .forms = hameau
    .domain = address
    .explain = Un lieu-dit est le nom d’un petit endroit à la campagne, sans nom de rue. Écrivez-le s’il fait partie de votre adresse.

concept-commune-deleguee = commune déléguée
    .forms = commune associée
    .domain = address
    .explain = Une commune déléguée est une ancienne commune qui a rejoint une autre commune. Son nom reste parfois dans l’adresse.

concept-boite-postale = boîte postale
    .forms = BP
    .domain = address
    .explain = Une boîte postale est une boîte à la poste où l’on reçoit son courrier. Elle a un numéro, souvent écrit BP et un nombre.

concept-cedex = Cedex
    .domain = address
    .explain = Cedex est un mot ajouté à certaines adresses d’entreprises ou d’administrations qui reçoivent beaucoup de courrier. Si votre adresse n’en a pas, laissez ce champ vide.

concept-code-postal = code postal
    .domain = address
    .explain = Le code postal est un nombre de 5 chiffres pour la ville ou le quartier. Par exemple 75011 pour une partie de Paris.
    .where = Sur une lettre reçue à votre adresse, avant le nom de la ville.

concept-commune = ville ou commune
    .forms = commune | ville | localité | commune de résidence
    .domain = address
    .explain = La commune est la ville ou le village où vous habitez. Choisissez-la souvent dans une liste après avoir écrit le code postal.

concept-departement = département
    .forms = numéro de département
    .domain = address
    .explain = La France est divisée en départements, qui ont un numéro. Votre préfecture est celle du département où vous habitez.
    .source = Legifrance, CESEDA art. R431-2 et R431-3 (copie justice.pappers.fr) | https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014
    .checked = 2026-12-07

concept-pays = pays
    .forms = pays de résidence
    .domain = address
    .explain = Choisissez le pays dans la liste. Pour une adresse en France, choisissez France.

# sens : nouvelle adresse = déménagement ; pas une nouvelle adresse électronique, ni la nouvelle adresse d’un site.
concept-changement-d-adresse = changement d’adresse
    .forms = déclarer un changement d’adresse | nouvelle adresse | déménagement
    .unless =
        (nouvelle adresse) before: e mail | email | mail | électronique | courriel | web
        (nouvelle adresse) after: connecter à la
    .domain = address
    .explain = Quand vous déménagez, vous devez donner votre nouvelle adresse aux administrations. Pour un titre de séjour, prévenez la préfecture dans les 3 mois.
    .source = service-public.fr F35807, changement d'adresse d'un étranger (copie veigy-foncenex.fr) | https://veigy-foncenex.fr/page-daccueil/services-et-demarches/services-a-la-population/elections/?xml=F35807
    .checked = 2026-12-07

# sens : hébergement = vivre chez quelqu’un ; pas un établissement avec ou sans hébergement (soins, foyer).
concept-hebergement = hébergement
    .forms = hébergé | hébergée | hébergé chez un tiers | logé gratuitement
    .unless =
        (hébergement) after: avec | sans | établissement d | structure d | service d
    .domain = address
    .explain = Être hébergé veut dire que vous vivez chez une autre personne, sans payer de loyer ou en payant peu. Le portail demande souvent une preuve signée par cette personne.

concept-attestation-d-hebergement = attestation d’hébergement
    .forms = attestation sur l’honneur d’hébergement | certificat d’hébergement
    .domain = address
    .explain = C’est une lettre signée par la personne qui vous loge, qui dit que vous habitez chez elle. On y joint sa pièce d’identité et un justificatif de domicile à son nom.

concept-justificatif-de-domicile = justificatif de domicile
    .forms = justificatif d’adresse | preuve d’adresse | justificatif de résidence
    .domain = address
    .explain = C’est un document récent qui prouve votre adresse : facture d’électricité, quittance de loyer, attestation d’hébergement. Il a souvent moins de 3 mois.
    .source = préfecture de la Gironde, « Demander un titre de voyage pour étranger bénéficiaire de la protection internationale » | https://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Documents-de-voyage-delivres-par-la-France/Refugie-Protege-subsidiaire/Demander-un-titre-de-voyage-pour-etranger-beneficiaire-de-la-protection-internationale
    .checked = 2026-12-07

concept-domiciliation = domiciliation
    .forms = élection de domicile | attestation d’élection de domicile | domiciliation administrative
    .domain = address
    .explain = Si vous n’avez pas d’adresse stable, un CCAS ou une association agréée peut recevoir votre courrier. Cette adresse vous permet de faire vos démarches.
    .where = L’attestation vous est donnée par le CCAS ou l’association qui vous domicilie.
    .source = ville d'Aubenas (CCAS), « La domiciliation » | http://www.aubenas.fr/vivre-aubenas-seniors-solidarite-sante-le-ccas/la-domiciliation ;; service-public.fr F17317, domiciliation (copie mairie-begles.fr) | https://mairie-begles.fr/begles-et-vous/vos-demarches-et-services/prestations-sociales/allocations-et-aides-aux-personnes-agees/?xml=F17317
    .checked = 2026-12-07

concept-sans-domicile-stable = sans domicile stable
    .forms = sans domicile fixe | sans abri
    .domain = address
    .explain = Vous êtes sans domicile stable si vous n’avez pas de logement à vous. Vous avez quand même droit à une adresse pour votre courrier, la domiciliation.
    .source = service-public.fr F17317, domiciliation (copie mairie-begles.fr) | https://mairie-begles.fr/begles-et-vous/vos-demarches-et-services/prestations-sociales/allocations-et-aides-aux-personnes-agees/?xml=F17317 ;; ville d'Aubenas (CCAS), « La domiciliation » | http://www.aubenas.fr/vivre-aubenas-seniors-solidarite-sante-le-ccas/la-domiciliation
    .checked = 2026-12-07

## Compte et connexion

concept-identifiant = identifiant
    .forms = login | nom d’utilisateur | identifiant de connexion
    .domain = account
    .explain = L’identifiant est le nom ou le numéro qui vous reconnaît sur le site. Selon le site, c’est votre adresse e-mail, un numéro ou un nom choisi.
    .where = Sur l’ANEF, c’est souvent votre numéro étranger. Aux impôts, c’est votre numéro fiscal.
    .source = refugies.info (DIAIR), « Créer un compte personnel sur le site Étrangers en France (ANEF) » | https://refugies.info/fr/demarche/63401d8783f485a025e88388 ;; toutsurmesfinances.com, « Numéro fiscal » (source secondaire) | https://www.toutsurmesfinances.com/impots/numero-fiscal-ou-numero-didentification-fiscale.html
    .checked = 2026-12-07

concept-mot-de-passe = mot de passe
    .forms = MDP
    .domain = account
    .explain = Le mot de passe est un code secret que vous choisissez pour entrer dans votre compte. Ne le donnez à personne et notez-le dans un endroit sûr.

concept-confirmation-du-mot-de-passe = confirmation du mot de passe
    .forms = confirmer le mot de passe | confirmez votre mot de passe | confirmation de mot de passe | répétez le mot de passe | ressaisir le mot de passe
    .domain = account
    .explain = Écrivez une deuxième fois le même mot de passe. Le site vérifie ainsi que vous n’avez pas fait d’erreur de frappe.

concept-se-connecter = se connecter
    .forms = connectez-vous | me connecter | s’identifier | identifiez-vous | se connecter avec son compte
    .domain = account
    .explain = Se connecter veut dire entrer dans votre compte avec votre identifiant et votre mot de passe. Après, vous voyez votre dossier.

# sens : problème de connexion = le réseau (concept erreur-technique), pas la connexion à votre compte.
concept-connexion = connexion
    .forms = page de connexion | espace de connexion
    .unless =
        (connexion) after: problème de | erreur de | perte de
    .domain = account
    .explain = La connexion est l’entrée dans votre compte personnel sur le site. Il faut votre identifiant et votre mot de passe.

concept-se-deconnecter = se déconnecter
    .forms = déconnexion | me déconnecter | déconnectez-vous
    .domain = account
    .explain = Se déconnecter veut dire sortir de votre compte. Faites-le toujours sur un ordinateur partagé, pour protéger vos informations.

concept-creer-un-compte = créer un compte
    .forms = création de compte | créer mon compte | créer votre compte | se créer un compte | ouvrir un compte
    .domain = account
    .explain = Créer un compte veut dire vous inscrire sur le site la première fois. Vous choisissez un identifiant et un mot de passe, et vous recevez souvent un e-mail pour confirmer.

# sens : compte = compte sur le site ; pas dans prendre/tenir compte, se rendre compte, compte rendu, à bon compte,
# ni pour une boîte aux lettres électronique (compte mail).
concept-compte = compte
    .forms = compte usager | compte personnel
    .unless =
        (compte) after: en | tenez pas | tenir pas | tient pas | tiens pas | rendre | rends | rend | rendez | rendu
        (compte) before: rendu | mail | e mail | email | courriel | de messagerie
        (compte) within: en fin de compte | au bout du compte | tout compte fait | à bon compte
    .domain = account
    .explain = Votre compte est votre espace à vous sur le site. Il garde vos demandes, vos documents et vos messages.

concept-prendre-en-compte = prendre en compte
    .forms = prise en compte | pris en compte | prend en compte | prenne en compte | prennent en compte | prenez en compte | prendra en compte | prendront en compte | tenir compte | tenez compte | tient compte | tiendra compte | tiennent compte
    .domain = form
    .explain = Prendre en compte veut dire regarder une information et s’en servir pour décider. Ce mot n’a pas de lien avec votre compte sur le site.

concept-mot-de-passe-oublie = mot de passe oublié
    .forms = j’ai oublié mon mot de passe | mot de passe perdu | vous avez oublié votre mot de passe
    .domain = account
    .explain = Cliquez ici si vous ne vous souvenez plus de votre mot de passe. Le site vous envoie un lien ou un code pour en choisir un nouveau.

concept-reinitialiser-le-mot-de-passe = réinitialiser le mot de passe
    .forms = récupérer le mot de passe | récupérer le mot de passe de votre compte | réinitialisation du mot de passe | nouveau mot de passe | changer de mot de passe | modifier mon mot de passe
    .domain = account
    .explain = Réinitialiser veut dire remplacer votre mot de passe par un nouveau. Suivez le lien reçu par e-mail et choisissez un mot de passe que vous n’oublierez pas.

concept-se-souvenir-de-moi = se souvenir de moi
    .forms = rester connecté | mémoriser mon identifiant | se souvenir de mon identifiant
    .domain = account
    .explain = Si vous cochez cette case, le site garde votre identifiant pour la prochaine fois. Ne la cochez pas sur un ordinateur partagé.

concept-franceconnect = FranceConnect
    .forms = France Connect | s’identifier avec FranceConnect | se connecter avec FranceConnect
    .domain = account
    .explain = FranceConnect permet d’entrer sur un site de l’État avec un compte que vous avez déjà, par exemple Ameli ou l’Identité Numérique La Poste. Vous n’avez pas besoin d’un nouveau mot de passe.
    .source = impots.gouv.fr, « Comment créer mon espace Finances publiques ? » | https://www.impots.gouv.fr/portail/particulier/questions/comment-creer-votre-espace-particulier
    .checked = 2026-12-07
    .proper = yes

concept-identite-numerique = identité numérique
    .forms = Identité Numérique La Poste | France Identité
    .domain = account
    .explain = L’identité numérique est un moyen sûr de prouver qui vous êtes sur internet, avec une application sur votre téléphone. On peut l’utiliser avec FranceConnect.
    .source = impots.gouv.fr, « Comment créer mon espace Finances publiques ? » | https://www.impots.gouv.fr/portail/particulier/questions/comment-creer-votre-espace-particulier
    .checked = 2026-12-07

concept-validation-en-deux-etapes = validation en deux étapes
    .forms = double authentification | authentification à deux facteurs | double facteur
    .domain = account
    .explain = En plus du mot de passe, le site vous demande un code reçu par SMS, par e-mail ou dans une application. Cela protège votre compte.

concept-code-de-verification = code de vérification
    .forms = code de confirmation | code de validation | code à usage unique | code reçu par SMS | code envoyé par courriel | code d’activation | renvoyer le code | code à 6 chiffres
    .domain = account
    .explain = Le site vous envoie un code par SMS ou par e-mail pour vérifier que c’est bien vous. Recopiez-le vite, car il ne marche que quelques minutes.
    .where = Regardez vos SMS ou votre boîte e-mail, et aussi le dossier « courrier indésirable » ou « spam ».

concept-lien-d-activation = lien d’activation
    .forms = lien de confirmation | lien de validation | activer votre compte | activation du compte | activer mon compte
    .domain = account
    .explain = Après l’inscription, le site vous envoie un e-mail avec un lien. Cliquez sur ce lien pour activer votre compte, souvent dans un délai limité.
    .where = Dans votre boîte e-mail, et aussi dans le dossier « spam » ou « courrier indésirable ».

concept-espace-personnel = espace personnel
    .forms = espace usager | espace privé | espace personnel sécurisé
    .domain = account
    .explain = L’espace personnel est la partie du site réservée à vous, après la connexion. Vous y suivez vos demandes et trouvez vos documents.

concept-messagerie = messagerie
    .forms = messagerie sécurisée | boîte de réception
    .domain = account
    .explain = La messagerie permet d’écrire à l’administration et de lire ses réponses dans votre compte. Regardez-la souvent, car des messages importants peuvent y arriver.

concept-profil = profil
    .domain = account
    .explain = Votre profil contient les informations sur vous gardées par le site : nom, adresse, téléphone. Vous pouvez souvent les corriger ici.

## Navigation et boutons

concept-afficher = afficher
    .forms = afficher le mot de passe | voir le mot de passe
    .domain = web
    .explain = Afficher veut dire montrer à l’écran. À côté d’un mot de passe, ce bouton montre les caractères que vous avez tapés.

concept-masquer = masquer
    .forms = cacher | masquer le mot de passe
    .domain = web
    .explain = Masquer veut dire cacher. Le mot de passe redevient des points ou des étoiles.

concept-valider = valider
    .forms = validez | je valide | validation
    .domain = web
    .explain = Valider veut dire confirmer et envoyer vos réponses. Relisez avant de cliquer, car parfois on ne peut plus modifier après.

concept-envoyer = envoyer
    .forms = soumettre | transmettre | envoyer ma demande
    .domain = web
    .explain = Envoyer transmet votre formulaire ou votre message à l’administration. Après l’envoi, gardez la confirmation ou faites une capture d’écran.

# sens : Suivant = le bouton : seul, ou nommé (« cliquez sur Suivant ») ; Continuer = un bouton qui commence le libellé.
# Ailleurs « suivant(s) » veut dire « qui vient après » (les champs suivants), « en suivant » = en faisant ce qui est dit.
concept-suivant = suivant
    .forms = continuer | étape suivante | page suivante
    .only =
        (suivant) alone
        (suivant) after: cliquez sur | appuyez sur | bouton
        (continuer) after: ^ | cliquez sur | appuyez sur | bouton
    .domain = web
    .explain = Le bouton Suivant vous fait passer à l’étape d’après. Ailleurs, suivant veut dire « qui vient après », par exemple les documents suivants.

concept-precedent = précédent
    .forms = étape précédente | page précédente
    .domain = web
    .explain = Le bouton Précédent vous ramène à l’étape d’avant pour la relire ou la corriger. Ailleurs, précédent veut dire « d’avant », par exemple l’année précédente.

# sens : retour à la ligne = passage à la ligne dans un texte, pas le bouton Retour.
concept-retour = retour
    .forms = revenir | revenir en arrière
    .unless =
        (retour) before: à la ligne
    .domain = web
    .explain = Retour vous ramène à la page d’avant. Attention, certaines réponses peuvent se perdre.

concept-annuler = annuler
    .forms = annulation
    .domain = web
    .explain = Annuler arrête l’action en cours, sans enregistrer ce que vous avez fait sur cette page.

concept-enregistrer = enregistrer
    .forms = sauvegarder | enregistrer les modifications
    .domain = web
    .explain = Le bouton Enregistrer garde vos réponses, mais votre demande n’est pas encore envoyée. Enregistrer une demande veut aussi dire l’inscrire officiellement, par exemple une demande d’asile.

concept-brouillon = brouillon
    .forms = enregistrer comme brouillon | enregistrer en brouillon | demande en brouillon
    .domain = web
    .explain = Un brouillon est une demande commencée mais pas envoyée. L’administration ne la voit pas tant que vous ne l’avez pas envoyée.

concept-modifier = modifier
    .forms = corriger | modification
    .domain = web
    .explain = Modifier permet de changer une information déjà écrite.

concept-mise-a-jour = mise à jour
    .forms = mettre à jour | mettez à jour | mis à jour | à jour
    .domain = web
    .explain = Mettre à jour veut dire changer une information pour qu’elle soit juste aujourd’hui. Par exemple, écrire votre nouvelle adresse.

concept-supprimer = supprimer
    .forms = effacer | suppression
    .domain = web
    .explain = Supprimer efface l’élément pour toujours, par exemple un fichier ajouté. Vérifiez avant de cliquer.

concept-rechercher = rechercher
    .forms = recherche | chercher
    .domain = web
    .explain = Rechercher permet de trouver une page ou une information en écrivant un mot.

concept-telecharger = télécharger
    .forms = téléchargement | télécharger le document
    .domain = web
    .explain = Télécharger veut dire copier un document du site vers votre téléphone ou votre ordinateur. Certains sites utilisent aussi ce mot pour envoyer un fichier vers le site.

# sens : déposer = téléverser seulement avec un fichier pour objet ; déposer un dossier, une demande = l’envoyer (concept deposer-un-dossier).
concept-televerser = téléverser
    .forms = déposer | déposer un fichier | déposer vos documents | importer | importer un fichier
    .only =
        (déposer) before: fichier | * fichier | * * fichier | document | * document | * * document | pièce | * pièce | * * pièce | justificatif | * justificatif | * * justificatif | photo | * photo | scan | * scan | copie | * copie | ici
    .domain = web
    .explain = Téléverser veut dire envoyer un fichier de votre téléphone ou ordinateur vers le site. Par exemple une photo ou un scan de votre passeport.

# Déposer un dossier, une demande : l’envoyer (le concept televerser garde « déposer » avec un fichier pour objet).
concept-deposer-un-dossier = déposer
    .only =
        before: dossier | * dossier | * * dossier | demande | * demande | * * demande | modification | * modification | candidature | * candidature | * * candidature
        after: le | en | modification à
    .domain = form
    .explain = Déposer un dossier ou une demande veut dire l’envoyer à l’administration. Avant, vérifiez qu’il est complet. Après, gardez la preuve du dépôt.

concept-ajouter-un-fichier = ajouter un fichier
    .forms = ajouter des fichiers | joindre un fichier | parcourir | choisir un fichier | sélectionner un fichier | ajouter un document
    .domain = web
    .explain = Ce bouton ouvre vos dossiers pour choisir le document à envoyer. Vérifiez le format et la taille demandés avant de le choisir.

concept-imprimer = imprimer
    .forms = impression | version imprimable
    .domain = web
    .explain = Imprimer sort le document sur papier avec une imprimante. Vous pouvez aussi l’enregistrer en PDF pour le garder.

concept-fermer = fermer
    .domain = web
    .explain = Fermer fait disparaître la fenêtre ou le message de l’écran.

concept-menu = menu
    .domain = web
    .explain = Le menu est la liste des parties du site. Cliquez dessus pour voir les pages possibles.

# sens : accueil = la page d’accueil ; pas un lieu ou une famille qui accueille (accueil temporaire, famille d’accueil).
concept-accueil = accueil
    .forms = page d’accueil | retour à l’accueil
    .unless =
        (accueil) before: temporaire | de jour
        (accueil) after: famille d | solution d | structure d | lieu d | centre d | foyer d | pays d
    .domain = web
    .explain = L’accueil est la première page du site. Vous pouvez y revenir si vous êtes perdu.

# sens : aide = l’aide du site ou une aide donnée ; pas « à l’aide de » (= avec), pas le verbe (il aide, qui vous aide), pas aidé (participe).
concept-aide = aide
    .forms = centre d’aide | besoin d’aide
    .unless =
        (aide) surface: aidé | aidée | aidés | aidées | Aidé | Aidée | Aidés | Aidées
        (aide) within: à l aide de | à l aide du | à l aide d
        (aide) after: il | elle | on | qui | vous | nous | t | lui | cela | ça
    .domain = web
    .explain = L’aide donne des explications sur le site et les démarches. Le mot aide veut aussi dire une somme d’argent donnée par un organisme.

# sens : contact = nous contacter (le lien, la page) ; pas un numéro ou un e-mail « de contact » (à vous), ni « prendre contact », « être en contact ».
concept-nous-contacter = nous contacter
    .forms = contact | contactez-nous | formulaire de contact | écrire à l’administration
    .unless =
        (contact) after: numéro de | email de | e mail de | électronique de | mail de | prendre | pris | en
    .domain = web
    .explain = Cette page permet d’écrire à l’administration, souvent avec un formulaire. Gardez une copie de votre message et de la réponse.

concept-foire-aux-questions = foire aux questions
    .forms = FAQ | questions fréquentes
    .domain = web
    .explain = C’est une page avec les questions que les gens posent souvent, et leurs réponses.

concept-recapitulatif = récapitulatif
    .forms = récapitulatif de la demande | résumé de votre demande
    .domain = web
    .explain = Le récapitulatif montre toutes vos réponses avant l’envoi. Relisez bien et corrigez les erreurs avant de valider.

concept-etape = étape
    .domain = web
    .explain = Une démarche en ligne est divisée en étapes. Le site montre souvent à quelle étape vous êtes et combien il en reste.

concept-tableau-de-bord = tableau de bord
    .domain = web
    .explain = Le tableau de bord est la page principale de votre compte. Il montre vos demandes, leur état et vos messages.

concept-demarche = démarche
    .forms = démarche administrative | procédure
    .domain = web
    .explain = Une démarche est ce que vous faites pour obtenir quelque chose de l’administration : un papier, une aide, un droit.

concept-voie-electronique = par voie électronique
    .forms = voie électronique | par voie dématérialisée
    .domain = web
    .explain = Par voie électronique veut dire par internet : sur un site, par e-mail ou dans votre compte. Ce n’est pas une adresse.

concept-demarche-en-ligne = démarche en ligne
    .forms = téléservice | téléprocédure | démarche dématérialisée | dématérialisation
    .domain = web
    .explain = Une démarche en ligne se fait sur internet, sans aller au guichet. Si vous n’y arrivez pas, demandez de l’aide. Pour un titre de séjour, une autre solution doit exister si le site ne marche pas pour vous, même avec de l’aide.
    .source = vie-publique.fr, « Démarches administratives en ligne : peut-on imposer un téléservice aux usagers ? » | https://www.vie-publique.fr/en-bref/285386-demarches-administratives-en-ligne-imposees-aux-usagers ;; ministère de l'Intérieur, « Arrêt du Conseil d'État du 3 juin : la légalité confirmée de l'ANEF » | https://www.immigration.interieur.gouv.fr/fr/Info-ressources/Actualites/L-actu-immigration/Arret-du-conseil-d-Etat-du-3-juin-la-legalite-confirmee-de-l-ANEF
    .checked = 2026-12-07

concept-capture-d-ecran = capture d’écran
    .forms = copie d’écran | impression d’écran
    .domain = web
    .explain = Une capture d’écran est une photo de ce que montre votre écran. Elle peut prouver un problème, par exemple l’absence de rendez-vous, avec la date et l’heure.

concept-cookies = cookies
    .forms = gestion des cookies | traceurs | tout accepter | tout refuser | personnaliser les cookies
    .domain = web
    .explain = Les cookies sont de petits fichiers que le site garde dans votre navigateur. Le site doit demander votre accord pour ceux qui ne sont pas nécessaires. Refuser doit être aussi simple qu’accepter.
    .source = UFC-Que Choisir Rambouillet, « Cookies : refuser doit être aussi facile qu'accepter » (source secondaire, règles CNIL du 1er avril 2021) | https://ufc78rdv.org/index.php/node/428
    .checked = 2026-12-07

concept-accessibilite = accessibilité
    .forms = déclaration d’accessibilité
    .domain = web
    .explain = L’accessibilité veut dire que le site doit pouvoir être utilisé par tous, même avec un handicap. Si ce n’est pas le cas, vous pouvez le signaler.
    .source = Alain Bensoussan Avocats, « L'obligation d'accessibilité numérique : quels sont les sites concernés ? » (source secondaire) | https://www.alain-bensoussan.com/avocats/accessibilite-numerique-applicable-sites-web/2023/03/08/ ;; Temesis, « Non respect du RGAA : saisir le Défenseur des droits ? » (source secondaire) | https://www.temesis.com/blog/non-respect-rgaa-saisir-le-defenseur-des-droits/
    .checked = 2026-12-07

concept-mentions-legales = mentions légales
    .domain = web
    .explain = Cette page dit qui gère le site et qui est responsable. Elle n’est pas utile pour faire votre démarche.

concept-conditions-generales = conditions générales d’utilisation
    .forms = CGU | conditions d’utilisation
    .domain = web
    .explain = Ce sont les règles d’utilisation du site. Le site vous demande souvent de les accepter avant de continuer.

# sens : affichage, thème = réglages d’apparence seulement à côté de ces réglages ; « l’affichage de la décision », « le même thème » non.
concept-parametres-d-affichage = paramètres d’affichage
    .forms = thème | thème d’affichage | affichage
    .only =
        (affichage) alone
        (affichage) near: paramètres | thème | clair | sombre | apparence
        (thème) near: apparence | clair | sombre | affichage | couleur | paramètres | personnaliser
    .domain = web
    .explain = Ici, vous choisissez l’apparence du site : couleurs claires ou sombres. Cela ne change pas votre démarche.

concept-theme-clair = thème clair
    .forms = mode clair
    .domain = web
    .explain = Le thème clair affiche le texte foncé sur un fond blanc.

concept-theme-sombre = thème sombre
    .forms = mode sombre
    .domain = web
    .explain = Le thème sombre affiche le texte clair sur un fond foncé. Il peut reposer les yeux.

# sens : système = le thème de l’appareil seulement dans les réglages d’apparence ; pas un système de navigation, de coordonnées.
concept-theme-systeme = système
    .forms = thème système | selon le système
    .only =
        (système) alone
        (système) near: thème | clair | sombre | paramètres | affichage | apparence
    .domain = web
    .explain = Ici, système veut dire que le site prend les mêmes couleurs que votre téléphone ou votre ordinateur.

concept-republique-francaise = République française
    .domain = web
    .explain = Ce logo montre que le site appartient à l’État français. Méfiez-vous des faux sites qui demandent de l’argent pour une démarche gratuite.
    .source = préfecture des Vosges, « Faux sites administratifs : attention aux arnaques » | https://vosges.gouv.fr/index.php/Actualites/Faux-sites-administratifs-attention-aux-arnaques
    .checked = 2026-12-07
    .proper = yes

concept-navigateur = navigateur
    .forms = navigateur internet | navigateur web
    .domain = web
    .explain = Le navigateur est le programme qui ouvre les sites internet, comme Chrome, Firefox, Safari ou Edge.

concept-service-public-fr = Service-Public.fr
    .domain = web
    .explain = C’est le site officiel qui explique vos droits et les démarches en France. Il donne aussi des liens vers les bons formulaires.
    .proper = yes

concept-demarches-simplifiees = démarches-simplifiées
    .forms = demarches-simplifiees.fr
    .domain = web
    .explain = C’est un site de l’État où beaucoup d’administrations mettent leurs formulaires en ligne. Vous y déposez votre dossier et suivez la réponse.
    .source = demarches-simplifiees.fr, « Tutoriel usager » | https://doc.demarches-simplifiees.fr/tutoriels/tutoriel-usager
    .checked = 2026-12-07
    .proper = yes

## Formulaires

# sens : demande = ce qu’on envoie à l’administration ; pas le verbe (vous demande, demandé), pas une requête d’un serveur
# (trop de demandes, la demande a pris trop de temps), pas « annulé à votre demande / sur demande » (= parce que quelqu’un l’a demandé) ;
# « liés à votre demande », « ajouter à ma demande » restent la demande. « me, te, se » manquent exprès : mes, tes, ses s’écrivent pareil une fois pliés.
concept-demande = demande
    .forms = faire une demande | nouvelle demande
    .unless =
        (demande) surface: demandé | demandée | demandés | demandées | Demandé | Demandée | Demandés | Demandées | DEMANDÉ | DEMANDÉE
        (demande) after: vous | nous | lui | il | elle | on | qui | trop de
        (demande) after: annulé à * | annulée à * | supprimé à * | supprimée à * | corbeille à * | clôturé à * | clôturée à * | effectué à * | effectuée à * | modifié à * | modifiée à * | fermé à * | fermée à *
        (demande) before: a pris trop de temps
        (demande) within: sur demande | sur votre demande | à la demande de l usager | à la demande de l intéressé | à la demande de l administration | à la demande du demandeur | à la demande du titulaire | à la demande de la personne
    .domain = form
    .explain = Une demande est ce que vous envoyez à l’administration pour obtenir quelque chose : un titre, une aide, un rendez-vous.

concept-champ-de-saisie = champ de saisie
    .forms = champ | zone de saisie | champ texte | zone de texte
    .domain = form
    .explain = Un champ de saisie est une case où vous écrivez une réponse avec le clavier.

# sens : se renseigner, renseignez-vous = demander des informations, pas remplir un champ.
concept-saisir = saisir
    .forms = saisissez | renseigner | renseignez | veuillez saisir | veuillez renseigner
    .unless =
        (renseigner) after: se | vous
        (renseignez) before: vous
    .domain = form
    .explain = Saisir ou renseigner veut dire écrire une information dans un champ du formulaire. En droit, saisir un juge veut dire lui demander de décider.

concept-libelle = libellé
    .forms = intitulé
    .domain = form
    .explain = Le libellé est le texte placé au-dessus d’une case. Il dit ce qu’il faut écrire ou choisir.

concept-legende = légende
    .domain = form
    .explain = La légende est le titre d’un groupe de questions. Elle explique ce que ces questions demandent ensemble.

concept-case-a-cocher = case à cocher
    .forms = checkbox | case
    .domain = form
    .explain = Une case à cocher est un petit carré. Cliquez dessus pour dire oui, et cliquez encore pour enlever la marque.

concept-cocher = cocher
    .forms = cochez | cochez la case | décocher
    .domain = form
    .explain = Cocher veut dire cliquer dans une case pour y mettre une marque. Cela veut dire oui ou j’accepte.

concept-bouton-radio = bouton radio
    .domain = form
    .explain = Un bouton radio est un petit rond. Vous ne pouvez choisir qu’une seule réponse dans le groupe.

concept-liste-deroulante = liste déroulante
    .forms = menu déroulant
    .domain = form
    .explain = Une liste déroulante s’ouvre quand vous cliquez dessus. Choisissez ensuite une réponse dans la liste.

concept-selectionner-une-option = sélectionner une option
    .forms = sélectionner | sélectionnez | choisir une option | veuillez sélectionner | choisissez
    .domain = form
    .explain = Sélectionner veut dire choisir une réponse dans une liste. Cliquez sur la liste puis sur votre réponse.

concept-option = option
    .domain = form
    .explain = Une option est un des choix possibles dans une liste.

# sens : obligatoire = un champ à remplir ; pas des cookies obligatoires, ni une déclaration obligatoire pour recevoir une aide.
concept-champ-obligatoire = champ obligatoire
    .forms = obligatoire | requis | champ requis | les champs marqués d’un astérisque sont obligatoires
    .unless =
        (obligatoire) after: cookie
        (obligatoire) before: pour
    .domain = form
    .explain = Vous devez remplir ce champ, sinon le formulaire ne part pas. Il est souvent marqué par une étoile *.

concept-optionnel = optionnel
    .forms = facultatif
    .domain = form
    .explain = Optionnel veut dire que vous n’êtes pas obligé de répondre. Vous pouvez laisser ce champ vide.

concept-format-attendu = format attendu
    .forms = au format | format demandé
    .domain = form
    .explain = Le format attendu montre comment écrire la réponse, par exemple la date en JJ/MM/AAAA. Respectez-le, sinon le site affiche une erreur.

concept-exemple = exemple
    .domain = form
    .explain = L’exemple montre une réponse possible. Ne le recopiez pas, écrivez votre propre information de la même façon.

concept-indication = indication
    .forms = texte d’aide | aide à la saisie
    .domain = form
    .explain = L’indication est un petit texte sous la question. Il explique comment répondre.

concept-texte-de-description = texte de description
    .forms = texte de description additionnel | description
    .domain = form
    .explain = Ce texte donne plus d’explications sur la question. Lisez-le avant de répondre.

concept-fichier = fichier
    .domain = form
    .explain = Un fichier est un document gardé dans votre téléphone ou votre ordinateur : photo, scan, PDF.

concept-format-de-fichier = format de fichier
    .forms = formats supportés | formats acceptés | formats autorisés | type de fichier | PDF | JPG | JPEG | PNG
    .domain = form
    .explain = Le format est le type de fichier, écrit après le point dans son nom : pdf, jpg, png. Le site n’accepte que les formats listés.

concept-taille-maximale = taille maximale
    .forms = taille maximum | poids maximum | taille maximale autorisée | poids maximal
    .domain = form
    .explain = C’est le poids le plus grand accepté pour un fichier, souvent en Mo. Si votre fichier est trop lourd, réduisez la qualité du scan ou de la photo.

concept-caractere = caractère
    .forms = nombre de caractères
    .domain = form
    .explain = Un caractère est une lettre, un chiffre, un espace ou un signe. Le site compte parfois le nombre de caractères écrits.

# sens : symbole visuel = une icône, pas un caractère spécial.
concept-caractere-special = caractère spécial
    .forms = symbole
    .unless =
        (symbole) before: visuel
    .domain = form
    .explain = Un caractère spécial est un signe qui n’est ni une lettre ni un chiffre, par exemple ! @ # ou ?. Beaucoup de mots de passe en demandent au moins un.

concept-chiffre = chiffre
    .domain = form
    .explain = Un chiffre est un des signes de 0 à 9. Un mot de passe doit souvent en contenir au moins un.

concept-chiffre-d-affaires = chiffre d’affaires
    .domain = employment
    .explain = Le chiffre d’affaires est tout l’argent encaissé par une entreprise, avant de retirer les dépenses. Les micro-entrepreneurs le déclarent à l’URSSAF.
    .source = service-public.fr F23257, « Micro-entrepreneur : quand déclarer son chiffre d'affaires ? » (copie aiton.fr) | https://aiton.fr/pratique/service-public-fr/professionnels/?xml=F23257
    .checked = 2026-12-07

concept-majuscule = majuscule
    .forms = lettre majuscule | en majuscules
    .domain = form
    .explain = Une majuscule est une grande lettre, comme A, B, C. Certains champs demandent d’écrire le nom en majuscules.

concept-minuscule = minuscule
    .forms = lettre minuscule
    .domain = form
    .explain = Une minuscule est une petite lettre, comme a, b, c.

concept-piece-jointe = pièce jointe
    .forms = PJ
    .domain = form
    .explain = Une pièce jointe est un fichier ajouté à un message ou à une demande.

concept-piece-justificative = pièce justificative
    .forms = justificatif | pièces à fournir | pièce à joindre | document justificatif | justificatifs à fournir
    .domain = form
    .explain = C’est un document qui prouve ce que vous déclarez : passeport, justificatif de domicile, fiche de paie. Le site donne la liste des pièces demandées.

concept-montant = montant
    .domain = form
    .explain = Le montant est une somme d’argent, en euros. Écrivez seulement les chiffres, sans le signe €, si le site le demande.

concept-motif = motif
    .forms = motif de la demande | motif du rendez-vous | objet de la demande
    .domain = form
    .explain = Le motif est la raison de votre demande ou de votre rendez-vous. Choisissez celui qui correspond à votre situation.

concept-attestation-sur-l-honneur = attestation sur l’honneur
    .forms = déclaration sur l’honneur | je certifie sur l’honneur | certifie sur l’honneur
    .domain = form
    .explain = C’est un texte où vous déclarez par écrit que vos informations sont vraies. Une fausse déclaration peut être punie.
    .source = Legifrance, code pénal art. 441-7 (texte repris par kohenavocats.com) | https://kohenavocats.com/code-penal-article-441-7
    .checked = 2026-12-07

concept-consentement = consentement
    .forms = j’accepte | je consens | donner mon accord
    .domain = form
    .explain = Donner votre consentement veut dire accepter quelque chose, par exemple l’utilisation de vos données. Lisez le texte avant de cocher.

concept-donnees-personnelles = données personnelles
    .forms = données à caractère personnel | protection des données | protection des données personnelles
    .domain = form
    .explain = Ce sont les informations sur vous : nom, adresse, numéros, santé. La loi protège ces données et vous pouvez demander à les voir ou à les corriger.
    .source = cnil.fr, « Exercer ses droits par l'intermédiaire de la CNIL » | https://cnil.fr./exercer-ses-droits-par-lintermediaire-de-la-cnil ;; cnil.fr, « Vous avez des droits sur vos données, profitez-en ! » (2019, archive) | http://web-old.archive.org/web/20200409081527/https://www.cnil.fr/fr/vous-avez-des-droits-sur-vos-donnees-profitez-en
    .checked = 2026-12-07

concept-mention-cnil = mention CNIL
    .forms = informatique et libertés | mention informatique et libertés
    .domain = form
    .explain = Ce texte explique ce que l’administration fait de vos données et combien de temps elle les garde. Il dit aussi comment exercer vos droits sur ces données.

concept-cnil = CNIL
    .forms = Commission nationale de l’informatique et des libertés
    .domain = form
    .explain = La CNIL est l’autorité qui protège vos données personnelles en France. Vous pouvez lui faire une plainte si vos données sont mal utilisées.
    .source = cnil.fr, « Vous portez plainte à la CNIL » | https://cnil.fr/fr/node/166989
    .checked = 2026-12-07
    .proper = yes

concept-rgpd = RGPD
    .forms = règlement général sur la protection des données
    .domain = form
    .explain = Le RGPD est la loi européenne qui protège vos données personnelles. Elle vous donne le droit de voir, corriger ou effacer vos données.
    .source = cnil.fr, « Vous avez des droits sur vos données, profitez-en ! » (2019, archive) | http://web-old.archive.org/web/20200409081527/https://www.cnil.fr/fr/vous-avez-des-droits-sur-vos-donnees-profitez-en
    .checked = 2026-12-07
    .proper = yes

## CAPTCHA

concept-captcha = captcha
    .forms = test anti-robot | vérification anti-robot | code image
    .domain = captcha
    .explain = Un captcha est un test qui vérifie qu’une personne, et pas un programme, utilise le site. Il y a souvent une version audio pour les personnes qui voient mal.
    .todo = Si vous n’y arrivez pas, essayez la version audio ou demandez de l’aide. Gardez une capture d’écran de chaque échec : c’est une preuve que le site vous bloque.

concept-je-ne-suis-pas-un-robot = je ne suis pas un robot
    .forms = vérifiez que vous n’êtes pas un robot | prouvez que vous êtes humain
    .domain = captcha
    .explain = Cochez cette case pour montrer que vous êtes une personne. Parfois le site demande ensuite de choisir des images.
    .todo = Si le test échoue plusieurs fois, essayez la version audio. Si vous restez bloqué, faites une capture d’écran et demandez une autre façon de faire la démarche.

concept-code-de-securite = code de sécurité
    .forms = recopiez les caractères | saisissez les caractères | caractères de l’image | code affiché | recopier le code
    .domain = captcha
    .explain = Recopiez les lettres et chiffres montrés dans l’image, dans le même ordre. Faites attention aux majuscules.

concept-version-audio = version audio
    .forms = écouter le code | captcha audio | énoncer le code | écouter les caractères
    .domain = captcha
    .explain = Ce bouton fait lire le code à voix haute, pour les personnes qui voient mal l’image. Écrivez ensuite ce que vous entendez.

concept-nouvelle-image = nouvelle image
    .forms = générer un nouveau code | changer d’image | rafraîchir l’image | nouveau code
    .domain = captcha
    .explain = Si vous n’arrivez pas à lire le code, ce bouton en montre un autre.

## Séjour des étrangers

concept-titre-de-sejour = titre de séjour
    .forms = carte de séjour | document de séjour
    .domain = residence
    .explain = Le titre de séjour est la carte qui vous donne le droit de vivre en France. Il a une date de fin : demandez le renouvellement avant.
    .where = Vous l’avez reçu à la préfecture. Gardez aussi le récépissé si vous en avez un.
    .source = Legifrance, CESEDA art. R431-5 (version du 1er mai 2021), copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776
    .checked = 2026-12-07

concept-carte-de-sejour-temporaire = carte de séjour temporaire
    .forms = CST | carte temporaire
    .domain = residence
    .explain = C’est un titre de séjour valable un an au plus. Avant sa date de fin, demandez son renouvellement : selon votre situation, vous pouvez alors recevoir une carte pluriannuelle.
    .source = ministère de l'Intérieur, « La généralisation de la carte de séjour pluriannuelle » | https://www.immigration.interieur.gouv.fr/fr/Immigration/L-immigration-professionnelle/La-generalisation-de-la-carte-de-sejour-pluriannuelle ;; Legifrance, CESEDA art. L433-4 et L433-5 (version du 26 août 2021) | https://circulaire.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/LEGISCTA000042771982/2021-08-26/
    .checked = 2026-12-07

concept-carte-de-sejour-pluriannuelle = carte de séjour pluriannuelle
    .forms = carte pluriannuelle | titre pluriannuel
    .domain = residence
    .explain = C’est un titre de séjour valable plusieurs années, souvent jusqu’à 4 ans. On l’obtient en général après un premier titre d’un an.
    .source = ministère de l'Intérieur, « La généralisation de la carte de séjour pluriannuelle » | https://www.immigration.interieur.gouv.fr/fr/Immigration/L-immigration-professionnelle/La-generalisation-de-la-carte-de-sejour-pluriannuelle ;; Legifrance, CESEDA art. L433-4 et L433-5 (version du 26 août 2021) | https://circulaire.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/LEGISCTA000042771982/2021-08-26/
    .checked = 2026-12-07

concept-carte-de-resident = carte de résident
    .forms = carte de résident permanent | résident de longue durée-UE | carte de 10 ans
    .domain = residence
    .explain = La carte de résident est un titre de séjour de 10 ans. Elle donne plus de stabilité et permet de travailler.
    .source = service-public.fr F11890, « Droits ouverts par la carte de résident » (copie aixlesbains.fr) | https://www.aixlesbains.fr/index.php/ita/comarquage/comarquage/(xml)/F11890
    .checked = 2026-12-07

concept-recepisse = récépissé
    .forms = récépissé de demande de titre de séjour | récépissé de demande de carte de séjour | récépissé de dépôt
    .domain = residence
    .explain = Le récépissé est un papier de la préfecture qui prouve que votre demande est en cours. Pendant sa validité, votre séjour est régulier.
    .where = Il porte votre numéro étranger et sa date de fin. Gardez-le toujours avec votre passeport.
    .source = service-public.fr F15763, récépissé de demande de titre de séjour (copie tierce.fr) | https://tierce.fr/service-public-fr.html?categorie=part&xml=F15763
    .checked = 2026-12-07

# sens : API = l’attestation seulement près d’un mot du séjour ; sinon c’est une interface de programmation (l’API des services).
concept-attestation-de-prolongation-d-instruction = attestation de prolongation d’instruction
    .forms = attestation de prolongation | API
    .only =
        (API) near: attestation | prolongation | instruction | séjour | récépissé | titre | préfecture | ANEF
    .domain = residence
    .explain = Si votre demande de renouvellement est complète et faite à temps, l’ANEF vous donne ce document pendant l’étude. Avec votre ancien titre, il prouve que votre séjour reste régulier et garde vos droits, comme le travail. Il dure 3 mois au plus et peut être renouvelé.
    .where = Téléchargez-la dans votre compte ANEF. Une nouvelle attestation peut arriver si l’étude dure longtemps.
    .source = Legifrance, CESEDA art. R431-15-1, copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000043288895 ;; service-public.fr F36206 (copie co-marquage openinfolive) | https://comarquage.openinfolive.org/html/particuliers/F36206.html ;; préfecture du Rhône, « Droit au travail des étudiants étrangers » | https://www.rhone.gouv.fr/Demarches-administratives/Immigration-et-integration-dans-le-Rhone/Titres-de-sejour/Etudiants/Droit-au-travail-des-etudiants-etrangers
    .checked = 2026-12-07

concept-attestation-de-depot = attestation de dépôt
    .forms = attestation de dépôt en ligne | attestation de dépôt de demande
    .domain = residence
    .explain = Ce document prouve que vous avez bien envoyé votre demande en ligne, avec la date. Attention : il ne prouve pas que votre séjour est régulier. Gardez-le précieusement.
    .where = Dans votre compte ANEF ou dans l’e-mail reçu après l’envoi.
    .source = Legifrance, CESEDA art. R431-15-1, copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000043288895 ;; service-public.fr F36206 (copie co-marquage openinfolive) | https://comarquage.openinfolive.org/html/particuliers/F36206.html
    .checked = 2026-12-07

concept-attestation-de-decision-favorable = attestation de décision favorable
    .domain = residence
    .explain = Ce document dit que la préfecture a accepté votre demande de titre de séjour. Il prouve votre droit au séjour en attendant la carte.
    .where = Dans votre compte ANEF.
    .source = Legifrance, CESEDA art. R431-15-1, copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000043288895
    .checked = 2026-12-07

# source : aucune source officielle trouvée (l'exemple du parent d'enfant malade n'a pas été sourcé et a été retiré), phrase affaiblie
concept-autorisation-provisoire-de-sejour = autorisation provisoire de séjour
    .forms = APS
    .domain = residence
    .explain = L’APS est un document de séjour de courte durée, donné dans certains cas précis. Par exemple, une personne sous protection temporaire, venue d’Ukraine, reçoit une APS de 6 mois renouvelable. Cette APS permet de travailler.
    .source = refugies.info (DIAIR), « Demander la protection temporaire » | https://refugies.info/ru/procedure/6239b353c3bdabcc237e9905
    .checked = 2026-12-07

concept-visa = visa
    .forms = visa court séjour | visa Schengen | visa de court séjour
    .domain = residence
    .explain = Le visa est l’autorisation d’entrer en France, collée dans votre passeport. Un visa court séjour permet de rester 90 jours au plus sur une période de 180 jours.
    .where = Dans votre passeport, sur une page entière.
    .source = france-visas.gouv.fr, « Visa de court séjour » | https://france-visas.gouv.fr/fr/web/france-visas/visa-de-court-sejour
    .checked = 2026-12-07

concept-vls-ts = visa long séjour valant titre de séjour
    .forms = VLS-TS | visa long séjour | visa de long séjour
    .domain = residence
    .explain = Ce visa permet de vivre en France pendant sa durée, de 4 mois à 1 an, comme un titre de séjour. Vous devez le valider en ligne dans les 3 mois après votre arrivée.
    .source = Cité internationale universitaire de Paris, « Valider son visa en titre de séjour » | https://access.ciup.fr/office-francais-de-limmigration-et-de-lintegration-ofii/valider-son-visa-en-titre-de-sejour-aupres-de-lofii ;; Université de Reims, « Titre de séjour : première demande » | https://www.univ-reims.fr/minisite_138/formalites-administratives/titre-de-sejour/premiere-demande/titre-de-sejour-premiere-demande,25101,41509.html
    .checked = 2026-12-07

concept-validation-du-visa = validation du visa
    .forms = valider mon visa | validation du VLS-TS | validation de visa long séjour
    .domain = residence
    .explain = La validation du visa long séjour se fait en ligne sur le site de l’ANEF. Vous payez une taxe avec un timbre fiscal, puis vous gardez l’attestation de validation.
    .where = Il faut le numéro du visa, la date d’entrée en France et votre adresse.
    .source = Cité internationale universitaire de Paris, « Valider son visa en titre de séjour » | https://access.ciup.fr/office-francais-de-limmigration-et-de-lintegration-ofii/valider-son-visa-en-titre-de-sejour-aupres-de-lofii ;; Université de Reims, « Titre de séjour : première demande » | https://www.univ-reims.fr/minisite_138/formalites-administratives/titre-de-sejour/premiere-demande/titre-de-sejour-premiere-demande,25101,41509.html
    .checked = 2026-12-07

concept-numero-de-visa = numéro de visa
    .forms = numéro de la vignette visa
    .domain = residence
    .explain = C’est le numéro de la vignette visa collée dans votre passeport. Le site le demande pour valider votre visa.
    .where = En haut à droite de la vignette visa collée dans votre passeport.

# source : aucune source officielle trouvée (« il reste le même toute votre vie » n'est pas sourcé et a été retiré), phrase affaiblie
concept-numero-etranger = numéro étranger
    .forms = numéro d’étranger | numéro AGDREF | AGDREF | identifiant étranger | n° étranger
    .domain = residence
    .explain = Le numéro étranger est votre numéro personnel à la préfecture, de 9 ou 10 chiffres. Gardez-le, il sert pour vos démarches de séjour.
    .where = Sur votre titre de séjour et sur votre récépissé. Il sert souvent d’identifiant sur l’ANEF.
    .source = Rennes Métropole, « Trouver son numéro étranger AGDREF » | https://rennesmetropole.dokit.app/w/index.php?title=Trouver_son_num%C3%A9ro_%C3%A9tranger_AGDREF&diff=prev&oldid=2836 ;; refugies.info (DIAIR), « Créer un compte personnel sur le site Étrangers en France (ANEF) » | https://refugies.info/fr/demarche/63401d8783f485a025e88388
    .checked = 2026-12-07

concept-anef = ANEF
    .forms = Administration numérique pour les étrangers en France | administration-etrangers-en-france
    .domain = residence
    .explain = L’ANEF est le site de l’État pour les demandes de titre de séjour, de naturalisation ou de validation de visa. La plupart de ces demandes se font maintenant seulement là.
    .source = refugies.info (DIAIR), « Créer un compte personnel sur le site Étrangers en France (ANEF) » | https://refugies.info/fr/demarche/63401d8783f485a025e88388 ;; Legifrance, CESEDA art. R431-2 et R431-3 (copie justice.pappers.fr) | https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014
    .checked = 2026-12-07
    .proper = yes

concept-ofii = OFII
    .forms = Office français de l’immigration et de l’intégration
    .domain = residence
    .explain = L’OFII accueille les personnes étrangères qui arrivent en France. Il fait la visite médicale, le contrat d’intégration et verse l’allocation aux demandeurs d’asile.
    .source = ofii.fr, « Le parcours de la visite d'accueil » | https://www.ofii.fr/le-parcours-de-la-visite-daccueil-un-apres-midi-a-la-direction-territoriale-de-lofii-de-paris/ ;; ofii.fr, « Demandeur d'asile : l'OFII vous dévoile le sens de mots particuliers » | https://www.ofii.fr/demandeur-dasile-loffice-francais-de-limmigration-de-lintegration-ofii-vous-devoile-le-sens-de-mots-particuliers/
    .checked = 2026-12-07
    .proper = yes

concept-prefecture = préfecture
    .forms = préfecture de police
    .domain = residence
    .explain = La préfecture est le bureau de l’État dans votre département. Elle décide sur les titres de séjour.
    .source = Legifrance, CESEDA art. R431-2 et R431-3 (copie justice.pappers.fr) | https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014
    .checked = 2026-12-07

concept-sous-prefecture = sous-préfecture
    .domain = residence
    .explain = La sous-préfecture est un bureau de l’État plus petit que la préfecture, dans certaines villes du département. Elle traite parfois les demandes de séjour.
    .source = Legifrance, CESEDA art. R431-2 et R431-3 (copie justice.pappers.fr) | https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014
    .checked = 2026-12-07

concept-guichet = guichet
    .forms = guichet d’accueil
    .domain = residence
    .explain = Le guichet est le comptoir où un agent de l’administration reçoit le public. Beaucoup de guichets ne reçoivent plus que sur rendez-vous.

concept-guichet-unique-asile = guichet unique pour demandeurs d’asile
    .forms = GUDA
    .domain = residence
    .explain = Le GUDA est le bureau de la préfecture où vous enregistrez votre demande d’asile. Vous y recevez l’attestation de demande d’asile.
    .source = préfecture du Doubs, « Déposer une demande d'asile ou renouveler l'attestation de demande d'asile » | https://www.doubs.gouv.fr/Demarches/Titres-de-sejour/Plateforme-de-l-asile/Je-souhaite-deposer-une-demande-d-asile-ou-renouveler-mon-attestation-de-demande-d-asile ;; ASH, « L'enregistrement de la demande d'asile » | https://ash.tm.fr/numeros-juridiques/3166/lacces-a-la-procedure-dasile/lenregistrement-de-la-demande-dasile/introduction-554922.php
    .checked = 2026-12-07

concept-spada = SPADA
    .forms = structure de premier accueil des demandeurs d’asile | plateforme d’accueil des demandeurs d’asile
    .domain = residence
    .explain = La SPADA est le lieu de premier accueil des demandeurs d’asile. Elle donne le rendez-vous au GUDA et peut vous domicilier.
    .source = ofii.fr, « Demandeur d'asile : l'OFII vous dévoile le sens de mots particuliers » | https://www.ofii.fr/demandeur-dasile-loffice-francais-de-limmigration-de-lintegration-ofii-vous-devoile-le-sens-de-mots-particuliers/ ;; préfecture du Doubs, « Déposer une demande d'asile ou renouveler l'attestation de demande d'asile » | https://www.doubs.gouv.fr/Demarches/Titres-de-sejour/Plateforme-de-l-asile/Je-souhaite-deposer-une-demande-d-asile-ou-renouveler-mon-attestation-de-demande-d-asile
    .checked = 2026-12-07
    .proper = yes

concept-convocation = convocation
    .forms = lettre de convocation | vous êtes convoqué
    .domain = residence
    .explain = Une convocation est une lettre qui vous demande de venir à un lieu, un jour et une heure précis. Venez avec la lettre et tous les papiers demandés.
    .todo = Si vous ne pouvez pas venir, prévenez vite l’administration par écrit et gardez une preuve.

concept-naturalisation = naturalisation
    .forms = demande de naturalisation | acquisition de la nationalité française | demande de nationalité
    .domain = residence
    .explain = La naturalisation est la demande pour devenir Français. Elle se fait sur l’ANEF et demande en général plusieurs années de séjour en France.
    .source = service-public.fr, « Naturalisation : conditions » (copie tunisiensdefrance.org, 2013) | https://tunisiensdefrance.org/atdf/?p=814 ;; refugies.info (DIAIR), liste des démarches ANEF dont « Demander la nationalité française » | https://refugies.info/fr/demarche/63401d8783f485a025e88388
    .checked = 2026-12-07

concept-regroupement-familial = regroupement familial
    .domain = residence
    .explain = Le regroupement familial permet de faire venir en France votre époux ou épouse et vos enfants mineurs. Il faut des ressources et un logement suffisants.
    .source = ofii.fr, « Quelles sont les conditions à remplir pour faire venir sa famille ? » | http://www.ofii.fr/tests_197/quelles_sont_les_conditions_a_remplir_pour_faire_venir_sa_famille_1017.html
    .checked = 2026-12-07

concept-admission-exceptionnelle-au-sejour = admission exceptionnelle au séjour
    .forms = AES | régularisation | admission exceptionnelle
    .domain = residence
    .explain = C’est une demande de titre de séjour pour une personne sans papiers, pour des raisons de travail ou de famille. La préfecture décide au cas par cas.
    .source = data.gouv.fr, « Volumes d'admission exceptionnelle au séjour » | https://www.data.gouv.fr/fr/datasets/15058-volumes-dadmission-exceptionnelle-au-sejour-des-ressortissants-etrangers/
    .checked = 2026-12-07

concept-etranger-malade = étranger malade
    .forms = carte de séjour pour soins | titre de séjour pour soins | admission au séjour pour soins | titre de séjour étranger malade
    .domain = residence
    .explain = Ce titre de séjour est pour une personne gravement malade qui ne peut pas être soignée dans son pays. Un médecin de l’OFII donne un avis sur votre dossier.
    .source = Assemblée nationale, audition du directeur général de l'OFII (nosdeputes.fr) | https://2017-2022.nosdeputes.fr/15/intervention/1053608
    .checked = 2026-12-07

concept-demande-d-asile = demande d’asile
    .forms = asile | demande de protection internationale
    .domain = residence
    .explain = La demande d’asile est la demande de protection de la France, si vous êtes en danger dans votre pays. C’est l’OFPRA qui décide.
    .source = préfecture du Doubs, « Déposer une demande d'asile ou renouveler l'attestation de demande d'asile » | https://www.doubs.gouv.fr/Demarches/Titres-de-sejour/Plateforme-de-l-asile/Je-souhaite-deposer-une-demande-d-asile-ou-renouveler-mon-attestation-de-demande-d-asile ;; ASH, « L'enregistrement de la demande d'asile » | https://ash.tm.fr/numeros-juridiques/3166/lacces-a-la-procedure-dasile/lenregistrement-de-la-demande-dasile/introduction-554922.php
    .checked = 2026-12-07

concept-demandeur-d-asile = demandeur d’asile
    .forms = demandeuse d’asile
    .domain = residence
    .explain = Un demandeur d’asile a demandé la protection de la France et attend la décision. En général, il a le droit de rester en France pendant l’étude de sa demande, avec l’attestation de demande d’asile.
    .source = préfecture du Doubs, « Déposer une demande d'asile ou renouveler l'attestation de demande d'asile » | https://www.doubs.gouv.fr/Demarches/Titres-de-sejour/Plateforme-de-l-asile/Je-souhaite-deposer-une-demande-d-asile-ou-renouveler-mon-attestation-de-demande-d-asile ;; ASH, « L'enregistrement de la demande d'asile » | https://ash.tm.fr/numeros-juridiques/3166/lacces-a-la-procedure-dasile/lenregistrement-de-la-demande-dasile/introduction-554922.php
    .checked = 2026-12-07

concept-attestation-de-demande-d-asile = attestation de demande d’asile
    .forms = attestation de demandeur d’asile
    .domain = residence
    .explain = Ce document prouve que vous avez demandé l’asile et que votre séjour est régulier. Il faut le renouveler avant sa date de fin.
    .where = Il vous est donné au guichet unique de la préfecture.
    .source = préfecture du Doubs, « Déposer une demande d'asile ou renouveler l'attestation de demande d'asile » | https://www.doubs.gouv.fr/Demarches/Titres-de-sejour/Plateforme-de-l-asile/Je-souhaite-deposer-une-demande-d-asile-ou-renouveler-mon-attestation-de-demande-d-asile ;; ASH, « L'enregistrement de la demande d'asile » | https://ash.tm.fr/numeros-juridiques/3166/lacces-a-la-procedure-dasile/lenregistrement-de-la-demande-dasile/introduction-554922.php
    .checked = 2026-12-07

concept-refugie = réfugié
    .forms = réfugiée | statut de réfugié
    .domain = residence
    .explain = Le statut de réfugié est une protection donnée par l’OFPRA ou la CNDA. Il donne droit à une carte de résident de 10 ans.
    .source = préfecture de la Gironde, « Réfugié - Protégé subsidiaire - Membre de famille » | http://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Titre-de-sejour-Ressortissant-non-europeen/Refugie-ou-protege-subsidiaire-ou-membre-de-famille/Refugie-Protege-subsidiaire-Membre-de-famille
    .checked = 2026-12-07

concept-protection-subsidiaire = protection subsidiaire
    .forms = bénéficiaire de la protection subsidiaire
    .domain = residence
    .explain = La protection subsidiaire est une protection donnée à une personne menacée dans son pays, mais pas reconnue réfugiée. Elle donne droit à une carte de séjour pluriannuelle.
    .source = préfecture de la Gironde, « Réfugié - Protégé subsidiaire - Membre de famille » | http://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Titre-de-sejour-Ressortissant-non-europeen/Refugie-ou-protege-subsidiaire-ou-membre-de-famille/Refugie-Protege-subsidiaire-Membre-de-famille
    .checked = 2026-12-07

concept-ofpra = OFPRA
    .forms = Office français de protection des réfugiés et apatrides
    .domain = residence
    .explain = L’OFPRA étudie les demandes d’asile et décide de donner ou non une protection. Il fait aussi les papiers d’état civil des personnes protégées.
    .source = préfecture de la Gironde, « Réfugié - Protégé subsidiaire - Membre de famille » | http://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Titre-de-sejour-Ressortissant-non-europeen/Refugie-ou-protege-subsidiaire-ou-membre-de-famille/Refugie-Protege-subsidiaire-Membre-de-famille ;; ASH, « Les documents de voyage – leur utilité » (CESEDA L753-1) | https://ash.tm.fr/numeros-juridiques/2952/la-protection-accordee/les-documents-de-voyage/leur-utilite-506447.php
    .checked = 2026-12-07
    .proper = yes

concept-cnda = CNDA
    .forms = Cour nationale du droit d’asile
    .domain = residence
    .explain = La CNDA est le tribunal où l’on conteste un refus de l’OFPRA. Le délai pour faire ce recours est d’un mois. Pour avoir un avocat payé par l’aide juridictionnelle, demandez-la dans les 15 jours.
    .source = ASH, « La présentation des recours » devant la CNDA (CESEDA L731-2) | https://ash.tm.fr/numeros-juridiques/2952/lexamen-de-la-demande-dasile/la-cour-nationale-du-droit-dasile/la-presentation-des-recours-506430.php ;; La Cimade, « Conseils pratiques pour formuler une demande d'aide juridictionnelle à la CNDA » | https://www.lacimade.org/ajcnda/
    .checked = 2026-12-07
    .proper = yes

concept-passeport = passeport
    .forms = numéro de passeport
    .domain = residence
    .explain = Le passeport est le document d’identité et de voyage donné par votre pays. Beaucoup de demandes de titre de séjour le demandent.
    .where = Le numéro est en haut à droite de la page avec votre photo.

concept-passeport-talent = passeport talent
    .forms = carte de séjour passeport talent
    .domain = residence
    .explain = C’est une carte de séjour de plusieurs années, jusqu’à 4 ans, pour les personnes qualifiées, les chercheurs, les artistes ou les créateurs d’entreprise. Elle s’appelle maintenant carte de séjour « talent ».
    .source = préfecture du Val-de-Marne, « Le passeport talent » | https://www.val-de-marne.gouv.fr/layout/set/print/Demarches/Etrangers-vos-demarches-dans-le-Val-de-Marne/Creteil/Le-passeport-talent ;; Village de la Justice, « Carte de séjour talent, remplaçante du passeport talent » (source secondaire) | https://village-justice.com/articles/carte-sejour-talent-remplacante-passeport-talent,50987.html
    .checked = 2026-12-07

concept-dcem = document de circulation pour étranger mineur
    .forms = DCEM
    .domain = residence
    .explain = Le DCEM permet à un enfant étranger qui vit en France de voyager et de revenir sans visa. La demande se fait pour l’enfant mineur.
    .source = préfecture de Tarn-et-Garonne, « Document de circulation pour étranger mineur » | https://www.tarn-et-garonne.gouv.fr/layout/set/print/Publications/Autres-publications/Modalites-d-accueil-des-ressortissants-etrangers/Document-de-circulation-pour-etranger-mineur
    .checked = 2026-12-07

concept-titre-d-identite-et-de-voyage = titre d’identité et de voyage
    .forms = TIV
    .domain = residence
    .explain = Le TIV est un document de voyage donné par la préfecture à certaines personnes protégées. Il remplace le passeport quand on ne peut pas en avoir un de son pays.
    .source = préfecture de la Gironde, « Demander un titre de voyage pour étranger bénéficiaire de la protection internationale » | https://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Documents-de-voyage-delivres-par-la-France/Refugie-Protege-subsidiaire/Demander-un-titre-de-voyage-pour-etranger-beneficiaire-de-la-protection-internationale ;; ASH, « Les documents de voyage – leur utilité » (CESEDA L753-1) | https://ash.tm.fr/numeros-juridiques/2952/la-protection-accordee/les-documents-de-voyage/leur-utilite-506447.php
    .checked = 2026-12-07

concept-titre-de-voyage = titre de voyage
    .forms = document de voyage | titre de voyage pour réfugié | titre de voyage pour apatride
    .domain = residence
    .explain = Le titre de voyage remplace le passeport pour les réfugiés et les apatrides. Il ne permet pas aux réfugiés d’aller dans le pays qu’ils ont fui.
    .source = préfecture de la Gironde, « Demander un titre de voyage pour étranger bénéficiaire de la protection internationale » | https://www.gironde.gouv.fr/Demarches-administratives/Immigration-et-integration/Documents-de-voyage-delivres-par-la-France/Refugie-Protege-subsidiaire/Demander-un-titre-de-voyage-pour-etranger-beneficiaire-de-la-protection-internationale ;; ASH, « Les documents de voyage – leur utilité » (CESEDA L753-1) | https://ash.tm.fr/numeros-juridiques/2952/la-protection-accordee/les-documents-de-voyage/leur-utilite-506447.php
    .checked = 2026-12-07

concept-oqtf = obligation de quitter le territoire français
    .forms = OQTF | obligation de quitter le territoire
    .domain = residence
    .explain = L’OQTF est une décision de la préfecture qui vous demande de quitter la France. Le délai pour la contester au tribunal est très court, parfois quelques jours.
    .todo = Lisez la date de la lettre et contactez tout de suite une association ou un avocat. Gardez l’enveloppe.
    .source = service-public.fr F2782, OQTF et IRTF (copie mairie-ardin.fr) | https://www.mairie-ardin.fr/demarches-administratives/?xml=F2782 ;; Bochnakian avocat, « Quels délais pour contester une OQTF ? » (source secondaire) | https://bochnakian-bruno-avocat.fr/votre-besoin/papiers-titres-de-sejour/contestation-recours-oqtf-obligation-quitter-territoire-francais/quels-delais-pour-contester-oqtf
    .checked = 2026-12-07

concept-irtf = interdiction de retour sur le territoire français
    .forms = IRTF | interdiction de retour
    .domain = residence
    .explain = L’IRTF interdit de revenir en France pendant une durée fixée. Elle accompagne souvent une OQTF et peut aussi être contestée.
    .source = service-public.fr F2782, OQTF et IRTF (copie mairie-ardin.fr) | https://www.mairie-ardin.fr/demarches-administratives/?xml=F2782
    .checked = 2026-12-07

concept-contrat-d-integration-republicaine = contrat d’intégration républicaine
    .forms = CIR
    .domain = residence
    .explain = Le CIR est un contrat signé avec l’OFII à votre arrivée. Il prévoit des cours de français et une formation sur la vie en France.
    .source = ofii.fr, « Le parcours de la visite d'accueil » | https://www.ofii.fr/le-parcours-de-la-visite-daccueil-un-apres-midi-a-la-direction-territoriale-de-lofii-de-paris/
    .checked = 2026-12-07

concept-visite-medicale = visite médicale
    .forms = visite médicale OFII | examen médical
    .domain = residence
    .explain = L’OFII peut vous convoquer à une visite médicale après votre arrivée. Elle est obligatoire pour certains titres de séjour.
    .source = accueil-etrangers.gouv.fr, « Vous venez d'arriver en France » | http://accueil-etrangers.gouv.fr/demande-de-titre-de-sejour/vous-etes-ressortissant-e-non-europeen-ne/vous-etes-ressortissant-e-de-pays-tiers-non-algerien-ne/vous-etes-arrive-e-en-france-avec-un-visa-de-long-sejour-valant-titre-de-sejour/vous-venez-d-arriver-en-france/ ;; ofii.fr, « Le parcours de la visite d'accueil » | https://www.ofii.fr/le-parcours-de-la-visite-daccueil-un-apres-midi-a-la-direction-territoriale-de-lofii-de-paris/
    .checked = 2026-12-07

concept-date-d-expiration = date d’expiration
    .forms = date de fin de validité | valable jusqu’au | date d’échéance | expire le | date de validité | fin de validité
    .domain = residence
    .explain = C’est la date où votre document n’est plus valable. Faites votre demande de renouvellement avant cette date.
    .where = Sur le titre de séjour, le récépissé ou le passeport, souvent à côté de « Valable jusqu’au ».
    .source = Legifrance, CESEDA art. R431-5 (version du 1er mai 2021), copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776
    .checked = 2026-12-07

concept-date-de-delivrance = date de délivrance
    .forms = délivré le | délivrée le | date d’émission
    .domain = residence
    .explain = C’est la date où le document vous a été donné par l’administration.
    .where = Sur le document lui-même, souvent près de la date d’expiration.

concept-date-d-entree-en-france = date d’entrée en France
    .forms = date d’arrivée en France | date de première entrée en France | entrée en France
    .domain = residence
    .explain = C’est le jour où vous êtes arrivé en France. Gardez des preuves : tampon sur le passeport, billet d’avion ou de train.
    .where = Sur le tampon d’entrée dans votre passeport.

# sens : renouvellement = d’un titre de séjour (l’explication parle de l’ANEF) : seul, ou avec un mot du séjour à côté ;
# « renouveler votre demande plus tard » = réessayer (concept reessayer-plus-tard), « renouveler le mandat » n’est pas un titre.
concept-renouvellement = renouvellement
    .forms = demande de renouvellement | renouveler
    .only =
        alone
        near: séjour | récépissé | visa | résident | préfecture | ANEF | étranger | première demande | APS | autorisation provisoire
    .domain = residence
    .explain = Le renouvellement est la demande d’un nouveau titre quand l’ancien va finir. Sur l’ANEF, demandez le renouvellement d’un titre de séjour entre 120 et 60 jours avant sa date de fin. Pour un titre demandé au guichet, c’est dans les 2 mois avant la date de fin.
    .source = Legifrance, CESEDA art. R431-5 (version du 1er mai 2021), copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776 ;; Casser la démarche (MMI Bordeaux), « Carte de séjour vie privée et familiale » (12 avril 2024 : sur l'ANEF, renouvellement entre le 4e et le 2e mois avant la fin, source secondaire) | https://casserlademarche.mmibordeaux.com/fr/demarches-administratives/carte-de-sejour-vie-privee-et-familiale
    .checked = 2026-12-07

concept-premiere-demande = première demande
    .forms = première délivrance
    .domain = residence
    .explain = Choisissez première demande si vous n’avez jamais eu ce type de titre ou de document.

concept-changement-de-statut = changement de statut
    .forms = changement de titre
    .domain = residence
    .explain = Le changement de statut est la demande d’un autre type de titre de séjour. Par exemple passer d’étudiant à salarié.

concept-etudiant = étudiant
    .forms = étudiante | carte de séjour étudiant
    .domain = residence
    .explain = Ce titre de séjour est pour les personnes inscrites dans une école ou une université. Il permet de travailler au plus 964 heures par an, soit 60 % d’un temps plein. Des règles différentes existent pour certains pays, comme l’Algérie.
    .source = préfecture du Rhône, « Droit au travail des étudiants étrangers » | https://www.rhone.gouv.fr/Demarches-administratives/Immigration-et-integration-dans-le-Rhone/Titres-de-sejour/Etudiants/Droit-au-travail-des-etudiants-etrangers
    .checked = 2026-12-07

concept-salarie = salarié
    .forms = salariée | carte de séjour salarié
    .domain = residence
    .explain = Un salarié travaille pour un employeur avec un contrat de travail. Le titre de séjour salarié est lié à ce travail.
    .source = BIJ Brest, « L'autorisation de travail est-elle nécessaire ? » | https://www.bij-brest.org/article5293.html
    .checked = 2026-12-07

concept-situation-professionnelle = situation professionnelle
    .forms = activité professionnelle | statut professionnel
    .domain = employment
    .explain = C’est ce que vous faites pour gagner votre vie : salarié, demandeur d’emploi, étudiant ou sans activité. Choisissez votre situation d’aujourd’hui.

concept-travailleur-temporaire = travailleur temporaire
    .forms = carte de séjour travailleur temporaire
    .domain = residence
    .explain = Ce titre de séjour est pour un travail de moins d’un an, par exemple un contrat court. Il dure comme le contrat.
    .source = BIJ Brest, « L'autorisation de travail est-elle nécessaire ? » | https://www.bij-brest.org/article5293.html
    .checked = 2026-12-07

concept-vie-privee-et-familiale = vie privée et familiale
    .forms = VPF | carte vie privée et familiale
    .domain = residence
    .explain = Ce titre de séjour est donné pour vos liens de famille en France, par exemple avec un époux français ou un enfant français. Il permet de travailler.
    .source = titre-de-sejour.info, « Carte de séjour vie privée et familiale » (reprend service-public.fr, source secondaire) | https://titre-de-sejour.info/2018/11/10/carte-de-sejour-vie-privee-et-familiale-dun-etranger-en-france/ ;; service-public.fr F2209, « Étranger en France : carte de séjour vie privée et familiale » (copie chapet.fr) | https://chapet.fr/votre-mairie/demarches-en-ligne/autres-demarches-co-marquage/?xml=F2209
    .checked = 2026-12-07

concept-autorisation-de-travail = autorisation de travail
    .forms = autorisation de travail salarié | autorise son titulaire à travailler
    .domain = residence
    .explain = L’autorisation de travail permet à une personne étrangère de travailler en France. Souvent, c’est l’employeur qui la demande en ligne.
    .source = BIJ Brest, « L'autorisation de travail est-elle nécessaire ? » | https://www.bij-brest.org/article5293.html
    .checked = 2026-12-07

concept-ceseda = CESEDA
    .forms = Code de l’entrée et du séjour des étrangers et du droit d’asile
    .domain = residence
    .explain = Le CESEDA est le livre des lois sur le séjour des étrangers et l’asile en France. Les lettres de la préfecture citent ses articles.
    .proper = yes

concept-dossier = dossier
    .domain = residence
    .explain = Le dossier regroupe votre demande et tous vos documents. L’administration l’étudie pour prendre une décision.

concept-numero-de-dossier = numéro de dossier
    .forms = numéro de demande | référence du dossier | numéro de référence | référence de la demande
    .domain = residence
    .explain = C’est le numéro qui identifie votre demande. Notez-le, vous en aurez besoin pour écrire à l’administration.
    .where = Dans l’e-mail de confirmation, sur l’attestation de dépôt ou dans votre compte.

concept-instruction = en cours d’instruction
    .forms = instruction du dossier | délai d’instruction | examen du dossier | en cours d’examen | en cours de traitement
    .domain = residence
    .explain = L’instruction est l’étude de votre dossier par l’administration. Pendant ce temps, vous attendez la décision.

# sens : prise de décision = le fait de décider, pas une décision de l’administration.
concept-decision = décision
    .forms = décision favorable | décision défavorable
    .unless =
        (décision) after: prise de
    .domain = residence
    .explain = La décision est la réponse de l’administration à votre demande : oui ou non. Une décision écrite dit aussi comment la contester.
    .source = consultation.avocat.fr, « Le délai de recours commence-t-il à courir dans tous les cas ? » (CJA art. R421-5) | https://consultation.avocat.fr/blog/andre-icard/article-15995-le-delai-de-recours-commence-t-il-a-courir-dans-tous-les-cas.html
    .checked = 2026-12-07

concept-refus = refus
    .forms = décision de refus | rejet | demande rejetée | refus de séjour | refus de titre de séjour
    .domain = residence
    .explain = Un refus veut dire que l’administration a dit non à votre demande. Vous pouvez le contester, mais le délai est court.
    .todo = Gardez la lettre et l’enveloppe, notez la date de réception, et contactez vite une association ou un avocat.
    .source = justice.fr, « Refus d'une demande de regroupement familial » (recours gracieux, hiérarchique, contentieux ; 2 mois) | https://www.justice.fr/notice/idtdb2130-refus-demande-regroupement-familial-%C3%A9tranger-non-europ%C3%A9en
    .checked = 2026-12-07

## Justice et recours

# sens : recours = contester ; « recours à une tierce personne » = avoir besoin d’aide.
concept-recours = recours
    .forms = recours gracieux | recours hiérarchique | recours contentieux | contester | contestation
    .unless =
        (recours) before: à tierce | à une tierce | à un tiers
    .domain = justice
    .explain = Un recours est une demande pour contester une décision. On écrit à l’administration elle-même ou on va devant un juge.
    .source = justice.fr, « Refus d'une demande de regroupement familial » (recours gracieux, hiérarchique, contentieux ; 2 mois) | https://www.justice.fr/notice/idtdb2130-refus-demande-regroupement-familial-%C3%A9tranger-non-europ%C3%A9en
    .checked = 2026-12-07

concept-delai-de-recours = délai de recours
    .forms = voies et délais de recours | voies de recours
    .domain = justice
    .explain = C’est le temps que vous avez pour contester une décision. Il est souvent de 2 mois, parfois beaucoup moins.
    .where = À la fin de la lettre de décision, dans la partie « voies et délais de recours ».
    .source = justice.fr, « Refus d'une demande de regroupement familial » (recours gracieux, hiérarchique, contentieux ; 2 mois) | https://www.justice.fr/notice/idtdb2130-refus-demande-regroupement-familial-%C3%A9tranger-non-europ%C3%A9en ;; consultation.avocat.fr, « Le délai de recours commence-t-il à courir dans tous les cas ? » (CJA art. R421-5) | https://consultation.avocat.fr/blog/andre-icard/article-15995-le-delai-de-recours-commence-t-il-a-courir-dans-tous-les-cas.html
    .checked = 2026-12-07

concept-decision-implicite-de-rejet = décision implicite de rejet
    .forms = rejet implicite | silence vaut rejet | silence gardé par l’administration
    .domain = justice
    .explain = Si l’administration ne répond pas pendant un certain temps, la loi considère parfois que c’est un refus. Pour un titre de séjour, ce délai est de 4 mois.
    .todo = Gardez la preuve de la date de votre demande. Après ce délai, vous pouvez faire un recours.
    .source = Centre Inffo, « Carte de séjour passeport talent : conditions de délivrance » (2016 : silence de 4 mois vaut rejet) | https://centre-inffo.fr/site-droit-formation/actualites-droit/carte-de-sejour-passeport-talent-conditions-de-delivrance
    .checked = 2026-12-07

concept-tribunal-administratif = tribunal administratif
    .forms = juge administratif
    .domain = justice
    .explain = Le tribunal administratif juge les conflits avec l’administration, par exemple un refus de titre de séjour. Pour la CAF, il juge les conflits sur l’aide au logement et le RSA ; les allocations familiales vont au tribunal judiciaire. Un recours préalable est parfois obligatoire : lisez les « voies et délais de recours » sur la lettre.
    .source = consultation.avocat.fr (Conseil national des barreaux), « Contentieux de l'action sociale » | https://consultation.avocat.fr/blog/jean-paul-fourmont/article-40668-contentieux-de-l-action-sociale.html ;; ASH, « Le contentieux général du RSA » | https://ash.tm.fr/numeros-juridiques/2614/le-contentieux-specialise-par-domaine/le-revenu-de-solidarite-active/le-contentieux-general-du-rsa-504791.php ;; Legifrance, code de la sécurité sociale art. R142-1 (copie juriblio.fr) | https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-en-conseil-d-etat/livre-i/titre-iv/chapitre-2/section-2/sous-section-1
    .checked = 2026-12-07

concept-refere = référé
    .forms = référé mesures utiles | référé-suspension | référé-liberté
    .domain = justice
    .explain = Le référé est une procédure rapide devant le juge en cas d’urgence. Par exemple, le juge peut obliger la préfecture à vous donner un rendez-vous.
    .todo = Pour le référé mesures utiles, il faut prouver vos essais : gardez des captures d’écran datées, prises plusieurs fois sur plusieurs semaines.
    .source = ASH, « Les rendez-vous en préfecture » (Conseil d'État, 10 juin 2020, n° 435594) | https://ash.tm.fr/hebdo/3165/actualites-juridiques/les-rendez-vous-en-prefecture-554074.php
    .checked = 2026-12-07

# sens : requête = au tribunal ; sinon c’est souvent une requête d’un serveur (la syntaxe de la requête).
concept-requete = requête
    .forms = déposer une requête
    .only =
        (requête) near: tribunal | juge | juridiction | référé | recours | avocat | greffe | cour | contentieux | télérecours | CNDA | requérant
    .domain = justice
    .explain = La requête est la demande écrite que vous envoyez au tribunal. Elle explique ce que vous contestez et pourquoi. Sur un site, requête veut aussi dire une demande envoyée à l’ordinateur du site.

concept-avocat = avocat
    .forms = avocate
    .domain = justice
    .explain = Un avocat vous conseille et vous défend devant le juge. Si vous avez peu de revenus, l’aide juridictionnelle peut le payer.
    .source = infos-jeunes.fr, « Aide juridictionnelle » (octobre 2024) | https://www.infos-jeunes.fr/dispositif/aide-juridictionnelle/
    .checked = 2026-12-07

concept-aide-juridictionnelle = aide juridictionnelle
    .forms = demande d’aide juridictionnelle
    .domain = justice
    .explain = L’aide juridictionnelle paie tout ou une partie des frais d’avocat et de justice, si vos revenus sont faibles. Demandez-la au tribunal ou à votre avocat.
    .source = infos-jeunes.fr, « Aide juridictionnelle » (octobre 2024) | https://www.infos-jeunes.fr/dispositif/aide-juridictionnelle/ ;; Barreau d'Avignon, « Aide juridictionnelle » | https://barreau-avignon.avocat.fr/services/aide-juridictionnelle
    .checked = 2026-12-07

concept-conseil-d-etat = Conseil d’État
    .domain = justice
    .explain = Le Conseil d’État est le plus haut tribunal pour les conflits avec l’administration. Le 3 juin 2022, il a jugé que l’État peut imposer l’ANEF pour les titres de séjour. Mais l’État doit aider et proposer une autre solution si, même avec de l’aide, le site ne marche pas pour vous.
    .source = Conseil d'État, 3 juin 2022, n° 452798 | http://www.conseil-etat.fr/fr/arianeweb/CE/decision/2022-06-03/452798 ;; vie-publique.fr, « Démarches administratives en ligne : peut-on imposer un téléservice aux usagers ? » | https://www.vie-publique.fr/en-bref/285386-demarches-administratives-en-ligne-imposees-aux-usagers ;; ministère de l'Intérieur, « Arrêt du Conseil d'État du 3 juin : la légalité confirmée de l'ANEF » | https://www.immigration.interieur.gouv.fr/fr/Info-ressources/Actualites/L-actu-immigration/Arret-du-conseil-d-Etat-du-3-juin-la-legalite-confirmee-de-l-ANEF
    .checked = 2026-12-07
    .proper = yes

concept-defenseur-des-droits = Défenseur des droits
    .forms = Défenseure des droits | délégué du Défenseur des droits
    .domain = justice
    .explain = Le Défenseur des droits aide gratuitement les personnes qui ont un problème avec une administration ou une discrimination. Vous pouvez le contacter en ligne, par téléphone ou voir un délégué.
    .source = monparcourshandicap.gouv.fr, « Le Défenseur des droits » | https://www.monparcourshandicap.gouv.fr/principaux-interlocuteurs/le-defenseur-des-droits ;; Université de Brest, « Faire appel au Défenseur des droits » | https://paiement.univ-brest.fr/fr/actualite/faire-appel-au-defenseur-des-droits
    .checked = 2026-12-07
    .proper = yes

concept-mediateur = médiateur
    .forms = médiatrice | médiateur de la CAF | médiateur des impôts
    .domain = justice
    .explain = Un médiateur aide à régler un désaccord avec une administration, sans aller au tribunal. Il faut souvent avoir écrit d’abord à l’administration.
    .source = caf.fr, « Comment saisir le médiateur administratif » | https://caf.fr/allocataires/actualites/la-caf-et-vous/comment-saisir-le-mediateur-administratif ;; service-public.fr F20841, médiateur de la Caf ou de la MSA (copie tierce.fr) | https://tierce.fr/service-public-fr.html?categorie=part&xml=F20841
    .checked = 2026-12-07

concept-reclamation = réclamation
    .forms = faire une réclamation | déposer une réclamation
    .domain = justice
    .explain = Une réclamation est un message pour dire que vous n’êtes pas d’accord ou qu’il y a une erreur. Gardez une copie et la date d’envoi.

concept-recours-amiable = recours amiable
    .forms = commission de recours amiable | CRA | recours administratif préalable
    .domain = justice
    .explain = Pour contester une décision de la CAF ou de l’Assurance Maladie, écrivez d’abord à leur commission de recours amiable, en général dans les 2 mois. Ce recours est souvent obligatoire avant d’aller au tribunal. Pour le RSA, le recours préalable va au conseil départemental.
    .source = Legifrance, code de la sécurité sociale art. R142-1 (copie juriblio.fr) | https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-en-conseil-d-etat/livre-i/titre-iv/chapitre-2/section-2/sous-section-1 ;; ASH, « Le contentieux général du RSA » | https://ash.tm.fr/numeros-juridiques/2614/le-contentieux-specialise-par-domaine/le-revenu-de-solidarite-active/le-contentieux-general-du-rsa-504791.php ;; consultation.avocat.fr (Conseil national des barreaux), « Contentieux de l'action sociale » | https://consultation.avocat.fr/blog/jean-paul-fourmont/article-40668-contentieux-de-l-action-sociale.html
    .checked = 2026-12-07

concept-preuve = preuve
    .forms = garder une preuve | élément de preuve
    .domain = justice
    .explain = Une preuve est un document qui montre ce qui s’est passé : lettre, e-mail, capture d’écran datée. Gardez-les toutes, elles peuvent servir devant un juge.

concept-alternative-non-numerique = alternative non numérique
    .forms = accueil physique | dépôt papier | dossier papier | solution de substitution
    .domain = justice
    .explain = Pour un titre de séjour, si l’ANEF ne marche pas pour vous même avec de l’aide, l’État doit proposer une autre solution. Le Conseil d’État l’a dit le 3 juin 2022. Pour les autres démarches, cela dépend : demandez à l’administration.
    .todo = Demandez d’abord de l’aide au centre de contact de l’ANEF ou au point d’accueil numérique de la préfecture. Gardez les preuves : e-mails et captures d’écran datées. Si cela ne suffit pas, demandez par écrit une autre solution.
    .source = Conseil d'État, 3 juin 2022, n° 452798 | http://www.conseil-etat.fr/fr/arianeweb/CE/decision/2022-06-03/452798 ;; ministère de l'Intérieur, « Arrêt du Conseil d'État du 3 juin : la légalité confirmée de l'ANEF » | https://www.immigration.interieur.gouv.fr/fr/Info-ressources/Actualites/L-actu-immigration/Arret-du-conseil-d-Etat-du-3-juin-la-legalite-confirmee-de-l-ANEF ;; Legifrance, arrêté du 1er août 2023 (ANEF, solution de substitution), JORFARTI000047091094, copie legal.tricoteuses.fr | https://legal.tricoteuses.fr/articles/JORFARTI000047091094 ;; vie-publique.fr, « Démarches administratives en ligne : peut-on imposer un téléservice aux usagers ? » | https://www.vie-publique.fr/en-bref/285386-demarches-administratives-en-ligne-imposees-aux-usagers
    .checked = 2026-12-07

concept-point-justice = point-justice
    .forms = maison de justice et du droit | point d’accès au droit
    .domain = justice
    .explain = Dans un point-justice, des juristes vous donnent des conseils gratuits sur vos droits.
    .source = service-public.fr, actualité A14586 « Point-justice : des lieux d'accès au droit près de chez soi » | https://www.service-public.fr/particuliers/actualites/A14586
    .checked = 2026-12-07

concept-plainte = plainte
    .forms = déposer plainte | porter plainte
    .domain = justice
    .explain = Porter plainte veut dire dire à la police ou à la gendarmerie qu’on a été victime. Vous pouvez porter plainte même sans titre de séjour.
    .source = Legifrance, code de procédure pénale art. 15-3 (version du 25 mars 2019), copie doctrine.fr | https://www.doctrine.fr/l/texts/codes/LEGITEXT000006071154/articles/LEGIARTI000006574858?version=LEGIARTI000038311441&source=legislation-text ;; Kohen Avocats, commentaire de l'art. 15-3 CPP (pas de condition de statut pour porter plainte) | https://kohenavocats.com/code-procedure-penale-article-15-3
    .checked = 2026-12-07

concept-casier-judiciaire = casier judiciaire
    .forms = extrait de casier judiciaire
    .domain = justice
    .explain = Le casier judiciaire liste les condamnations d’une personne. Certaines démarches demandent un extrait, qu’on obtient gratuitement en ligne.
    .source = service-public.fr F1420, extrait de casier judiciaire (copie openinfolive) | https://comarquage.openinfolive.org/html/particuliers/F1420.html
    .checked = 2026-12-07

## Prestations sociales

concept-caf = CAF
    .forms = Caisse d’allocations familiales | caf.fr
    .domain = benefits
    .explain = La CAF verse des aides d’argent : aides au logement, RSA, prime d’activité, aides pour les enfants. Chaque département a sa CAF.
    .source = securite-sociale.fr, « Les branches » | https://www.securite-sociale.fr/la-secu-cest-quoi/organisation/les-branches ;; communication-securite-sociale.fr, « Présentation » | https://communication-securite-sociale.fr/connaitre-la-securite-sociale/presentation/
    .checked = 2026-12-07
    .proper = yes

concept-msa = MSA
    .forms = Mutualité sociale agricole
    .domain = benefits
    .explain = La MSA fait le travail de la CAF et de l’Assurance Maladie pour les personnes qui travaillent dans l’agriculture.
    .source = securite-sociale.fr, « Les branches » | https://www.securite-sociale.fr/la-secu-cest-quoi/organisation/les-branches
    .checked = 2026-12-07
    .proper = yes

concept-allocataire = allocataire
    .forms = bénéficiaire de prestations
    .domain = benefits
    .explain = L’allocataire est la personne qui reçoit les aides de la CAF ou de la MSA pour son foyer.

# source : aucune source officielle trouvée (le nombre de chiffres (7) n'est pas sourcé officiellement), phrase affaiblie
concept-numero-allocataire = numéro allocataire
    .forms = numéro d’allocataire | n° allocataire
    .domain = benefits
    .explain = C’est votre numéro de dossier à la CAF. Gardez-le pour écrire ou téléphoner à la CAF. Pour vous connecter sur caf.fr, on utilise en général votre numéro de sécurité sociale.
    .where = En haut des lettres de la CAF et sur l’attestation de paiement.
    .source = Caf du Val-de-Marne, « La connexion à l'espace Mon Compte sur caf.fr évolue » | https://blog-partenaires-caf94.fr/la-connexion-a-lespace-mon-compte-sur-caf-fr-et-sur-lapplication-mobile-evolue ;; Fédération des acteurs de la solidarité, « Caf : nouvelles modalités d'accès à son compte » (2 nov. 2021) | https://federationsolidarite.org/actualites/caf-nouvelles-modalites-dacces-a-son-compte-et-difficultes-dacces-pour-les-personnes-sans-numero-de-securite-sociale-definitif-nir ;; Femme Actuelle, « Numéro d'allocataire CAF : où le trouver » (source secondaire) | https://www.femmeactuelle.fr/vie-pratique/famille/numero-dallocataire-caf-ou-le-trouver-et-comment-faire-si-je-lai-perdu-2148447
    .checked = 2026-12-07

concept-prestation = prestation
    .forms = prestations sociales | prestations familiales
    .domain = benefits
    .explain = Une prestation est une aide, souvent en argent, versée par un organisme comme la CAF ou l’Assurance Maladie.

concept-rsa = RSA
    .forms = revenu de solidarité active
    .domain = benefits
    .explain = Le RSA est une aide d’argent pour les personnes qui ont très peu ou pas de revenus, en général à partir de 25 ans. Il faut déclarer ses ressources tous les 3 mois.
    .source = service-public.fr F19778, RSA | http://vosdroits.service-public.fr/particuliers/F19778.xhtml ;; plus.transformation.gouv.fr, « Je me trompe dans les informations que je donne à la CAF ou à la MSA » | https://www.plus.transformation.gouv.fr/j-ai-droit-a-l-erreur/je-me-trompe-dans-les-informations-que-je-donne-a-la-caf-ou-a-la-msa-lors-0
    .checked = 2026-12-07
    .proper = yes

concept-prime-d-activite = prime d’activité
    .domain = benefits
    .explain = La prime d’activité est une aide de la CAF pour les personnes qui travaillent et gagnent peu. Il faut déclarer ses ressources tous les 3 mois.
    .source = plus.transformation.gouv.fr, « Je me trompe dans les informations que je donne à la CAF ou à la MSA » | https://www.plus.transformation.gouv.fr/j-ai-droit-a-l-erreur/je-me-trompe-dans-les-informations-que-je-donne-a-la-caf-ou-a-la-msa-lors-0
    .checked = 2026-12-07

concept-aide-au-logement = aide au logement
    .forms = allocation logement | aide personnelle au logement
    .domain = benefits
    .explain = C’est une aide de la CAF ou de la MSA pour payer une partie du loyer. Son montant dépend de vos revenus, du loyer et de votre famille.
    .source = caf.fr, « Les aides au logement » | http://www.caf.fr/aides-et-services/s-informer-sur-les-aides/logement-et-cadre-de-vie/les-aides-au-logement-0?active=tab1
    .checked = 2026-12-07

# source : aucune source officielle trouvée (le versement au bailleur « dans le cas habituel » n'est pas sourcé ; seul « peut être versée au bailleur » l'est), phrase affaiblie
concept-apl = APL
    .forms = aide personnalisée au logement
    .domain = benefits
    .explain = L’APL est une aide au logement pour les logements conventionnés, souvent des logements sociaux. Elle peut être versée directement au bailleur, qui la retire du loyer. Sinon, elle vous est versée.
    .source = caf.fr, « Les aides au logement » | http://www.caf.fr/aides-et-services/s-informer-sur-les-aides/logement-et-cadre-de-vie/les-aides-au-logement-0?active=tab1 ;; Legifrance, code de la construction et de l'habitation art. R824-20 (copie weka.fr) | https://weka.fr/base-juridique-weka/code_CCH_LEGISCTA000039621263.html
    .checked = 2026-12-07
    .proper = yes

concept-als = ALS
    .forms = allocation de logement sociale
    .domain = benefits
    .explain = L’ALS est une aide au logement pour les personnes sans enfant à charge qui n’ont pas droit à l’APL. Les étudiants la reçoivent souvent.
    .source = caf.fr, « Les aides au logement » | http://www.caf.fr/aides-et-services/s-informer-sur-les-aides/logement-et-cadre-de-vie/les-aides-au-logement-0?active=tab1
    .checked = 2026-12-07
    .proper = yes

concept-alf = ALF
    .forms = allocation de logement familiale
    .domain = benefits
    .explain = L’ALF est une aide au logement pour les familles, par exemple avec des enfants à charge, qui n’ont pas droit à l’APL.
    .source = caf.fr, « Les aides au logement » | http://www.caf.fr/aides-et-services/s-informer-sur-les-aides/logement-et-cadre-de-vie/les-aides-au-logement-0?active=tab1
    .checked = 2026-12-07
    .proper = yes

concept-allocations-familiales = allocations familiales
    .domain = benefits
    .explain = Les allocations familiales sont versées chaque mois par la CAF si vous avez au moins 2 enfants à charge. Le montant dépend de vos revenus.
    .source = service-public.fr F13213, allocations familiales (copie thaims.fr) | https://thaims.fr/mes-demarches/carte-national-didentite/?xml=F13213
    .checked = 2026-12-07

concept-paje = Paje
    .forms = prestation d’accueil du jeune enfant
    .domain = benefits
    .explain = La Paje regroupe les aides de la CAF pour la naissance et les jeunes enfants. Elle aide aussi à payer la garde de l’enfant.
    .source = service-public.fr F13218, « Que comprend la prestation d'accueil du jeune enfant (Paje) ? » | https://www.service-public.fr/particuliers/vosdroits/F13218
    .checked = 2026-12-07
    .proper = yes

concept-allocation-de-rentree-scolaire = allocation de rentrée scolaire
    .forms = ARS
    .domain = benefits
    .explain = L’ARS est une aide versée à la fin de l’été pour chaque enfant de 6 à 18 ans qui va à l’école. Elle dépend de vos revenus.
    .source = franceinfo, « Trois questions sur l'allocation de rentrée scolaire » (source secondaire) | http://www.francetvinfo.fr/economie/emploi/carriere/entreprendre/aides/trois-questions-sur-l-allocation-de-rentree-scolaire-versee-a-partir-de-ce-jeudi_2329245.html ;; Assemblée nationale, question écrite n° 22137 (allocation de rentrée scolaire) | https://questions.assemblee-nationale.fr/q11/11-22137QE.htm
    .checked = 2026-12-07

concept-aah = AAH
    .forms = allocation aux adultes handicapés
    .domain = benefits
    .explain = L’AAH est une aide d’argent pour les adultes en situation de handicap qui ont peu de revenus. La MDPH décide, puis la CAF ou la MSA verse l’aide.
    .source = Département de l'Essonne, « Allocation adulte handicapé (AAH) » | http://www.essonne.fr/sante-social/handicap/aides-et-prestations/adulte/allocation-adulte-handicapee-aah/ ;; préfecture du Val-de-Marne, « Pilotage de l'allocation adultes handicapées » | http://www.val-de-marne.gouv.fr/index.php/Politiques-publiques/Cohesion-sociale-sports-jeunesse-et-vie-associative/Politiques-sociales/Handicap/Pilotage-de-l-allocation-adultes-handicapees-AAH
    .checked = 2026-12-07
    .proper = yes

concept-mdph = MDPH
    .forms = Maison départementale des personnes handicapées
    .domain = benefits
    .explain = La MDPH étudie les demandes des personnes en situation de handicap, par exemple l’AAH ou la carte mobilité inclusion (CMI). La CMI remplace la carte d’invalidité depuis 2017. Une ancienne carte d’invalidité reste valable au plus tard jusqu’au 31 décembre 2026.
    .source = monparcourshandicap.gouv.fr, glossaire « CI » (carte d'invalidité) | https://www.monparcourshandicap.gouv.fr/glossaire/ci ;; Département de l'Essonne, « Allocation adulte handicapé (AAH) » | http://www.essonne.fr/sante-social/handicap/aides-et-prestations/adulte/allocation-adulte-handicapee-aah/
    .checked = 2026-12-07
    .proper = yes

concept-allocation-de-soutien-familial = allocation de soutien familial
    .forms = ASF
    .domain = benefits
    .explain = L’ASF aide le parent qui élève seul un enfant, quand l’autre parent ne paie pas ou paie peu de pension alimentaire.
    .source = ASH, « L'allocation de soutien familial » | https://www.ash.tm.fr/numeros-juridiques/2876/lisolement/lallocation-de-soutien-familial/introduction-505064.php ;; caf.fr, « Vivre en couple : les incidences sur les aides de la Caf » | https://caf.fr/allocataires/vies-de-famille/changement-de-situation/changement-familial/vivre-en-couple-les-incidences-sur-les-aides-de-la-caf
    .checked = 2026-12-07

concept-complement-familial = complément familial
    .domain = benefits
    .explain = Le complément familial est une aide de la CAF pour les familles d’au moins 3 enfants de plus de 3 ans, avec des revenus modestes.
    .source = communaute.inclusion.beta.gouv.fr, « Les enfants grandissent » (complément familial, source secondaire) | https://communaute.inclusion.beta.gouv.fr/forum/les-enfants-grandissent-r%C3%A9gime-g%C3%A9n%C3%A9ral-251 ;; service-public.fr F13214, « Famille de 3 enfants et plus : complément familial » (copie troisvilles.fr) | https://www.troisvilles.fr/Droits-et-demarches.html?xml=F13214&debut_articles=10
    .checked = 2026-12-07

concept-pension-alimentaire = pension alimentaire
    .forms = contribution à l’entretien et à l’éducation de l’enfant
    .domain = benefits
    .explain = C’est l’argent qu’un parent séparé verse à l’autre pour les enfants. La CAF peut aider si cet argent n’est pas payé.
    .source = caf.fr, « Séparation : la Caf prend le relai pour les versements de pension alimentaire » | https://www.caf.fr/index.php/allocataires/vies-de-famille/articles/separation-la-caf-prend-le-relai-pour-les-versements-de-pension-alimentaire
    .checked = 2026-12-07

concept-quotient-familial = quotient familial
    .forms = QF
    .domain = benefits
    .explain = Le quotient familial est un calcul fait avec vos revenus et la taille de votre famille. La mairie et d’autres services l’utilisent pour fixer leurs prix.
    .where = Sur votre attestation de quotient familial, à télécharger sur le site de la CAF.
    .source = ville d'Annonay, service périscolaire, « quotient CAF » | https://petite-enfance.annonay.fr/guard/login?idMessage=79&isMessageLocal=y
    .checked = 2026-12-07

# sens : ressources = l’argent que vous recevez ; pas les moyens d’un service (ressources allouées, humaines).
concept-ressources = ressources
    .forms = revenus | montant des ressources
    .unless =
        (ressources) before: allouée | humaine | matérielle | documentaire | pédagogique
    .domain = benefits
    .explain = Vos ressources sont tout l’argent que vous recevez : salaire, chômage, aides, pensions. Les aides sont calculées avec vos ressources.

concept-declaration-trimestrielle-de-ressources = déclaration trimestrielle de ressources
    .forms = DTR | déclaration trimestrielle
    .domain = benefits
    .explain = Tous les 3 mois, vous devez déclarer vos ressources à la CAF pour le RSA ou la prime d’activité. Sans cette déclaration, les versements s’arrêtent.
    .todo = Faites-la dès que la CAF la demande. Si vous êtes bloqué, gardez une capture d’écran et contactez la CAF.
    .source = plus.transformation.gouv.fr, « Je me trompe dans les informations que je donne à la CAF ou à la MSA » | https://www.plus.transformation.gouv.fr/j-ai-droit-a-l-erreur/je-me-trompe-dans-les-informations-que-je-donne-a-la-caf-ou-a-la-msa-lors-0 ;; Econostrum (citant caf.fr), « RSA : quand faire la déclaration trimestrielle de ressources » (source secondaire) | https://econostrum.info/rsa-quand-declaration-trimestrielle-de-ressources
    .checked = 2026-12-07

concept-declaration-de-situation = déclaration de situation
    .forms = déclaration de situation annuelle
    .domain = benefits
    .explain = C’est un formulaire où vous dites à l’organisme qui vit avec vous, où vous habitez et ce que vous faites. Il sert à calculer vos droits.

concept-changement-de-situation = changement de situation
    .forms = déclarer un changement de situation | signaler un changement
    .domain = benefits
    .explain = Vous devez dire vite à la CAF ou à la CPAM tout changement : déménagement, naissance, vie en couple, séparation, travail. Sinon vous pourriez devoir rendre de l’argent.
    .source = caf.fr, « Vivre en couple : les incidences sur les aides de la Caf » | https://caf.fr/allocataires/vies-de-famille/changement-de-situation/changement-familial/vivre-en-couple-les-incidences-sur-les-aides-de-la-caf
    .checked = 2026-12-07

concept-indu = indu
    .forms = trop-perçu | somme à rembourser | notification d’indu
    .domain = benefits
    .explain = Un indu est de l’argent que vous avez reçu en trop. L’organisme vous demande de le rendre, souvent en le retirant de vos prochaines aides.
    .todo = Si vous n’êtes pas d’accord, faites un recours amiable dans le délai écrit sur la lettre. Vous pouvez aussi demander une remise de dette ou un étalement.
    .source = code de la sécurité sociale art. L553-2, version en vigueur (retenues sur prestations), copie lexbase | https://lexbase.fr/texte-de-loi/code-de-la-securite-socialel5532/L2891MG8.html ;; Legifrance, code de la sécurité sociale art. R142-1 (copie juriblio.fr) | https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-en-conseil-d-etat/livre-i/titre-iv/chapitre-2/section-2/sous-section-1 ;; aide-sociale.fr, « Demande de remise de dette CAF » (source secondaire) | https://www.aide-sociale.fr/demande-remise-de-dette-caf
    .checked = 2026-12-07

concept-remise-de-dette = remise de dette
    .forms = demande de remise de dette | remise gracieuse | étalement de la dette | plan de remboursement
    .domain = benefits
    .explain = Vous pouvez demander à ne pas rembourser tout ou une partie d’un indu, si vous ne pouvez pas payer. Vous pouvez aussi demander de payer en plusieurs fois.
    .source = Legifrance, code de la sécurité sociale art. L553-2 (version 1994-2008, dernier alinéa : remise en cas de précarité) | https://circulaire.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006743424/2006-07-25 ;; aide-sociale.fr, « Demande de remise de dette CAF » (source secondaire) | https://www.aide-sociale.fr/demande-remise-de-dette-caf
    .checked = 2026-12-07

# sens : demande de rappel = être rappelé au téléphone, pas un rappel d’argent.
concept-rappel = rappel
    .forms = rappel de droits | rappel de prestations
    .unless =
        (rappel) after: demande de
    .domain = benefits
    .explain = Un rappel est de l’argent que l’organisme vous devait et qu’il vous verse en retard, d’un seul coup. Un rappel peut aussi être un message qui vous rappelle une date.

concept-paiement = paiement
    .forms = payer
    .domain = benefits
    .explain = Le paiement est l’argent qui est payé, à vous ou par vous. Dans votre compte CAF, cette page montre les aides versées.

concept-versement = versement
    .forms = date de versement | virement | montant versé
    .domain = benefits
    .explain = Le versement est l’envoi d’argent sur votre compte bancaire. La CAF verse les aides d’un mois en général le 5 du mois suivant. L’argent peut arriver sur votre compte jusqu’à 3 jours après.
    .source = cBanque, « Quand la CAF verse-t-elle ses prestations ? » (arrêté de novembre 2019, source secondaire) | https://www.cbanque.com/banque/actualites/76807/rsa-apl-allocation-familiale-quand-la-caf-verse-t-elle-ses-prestations ;; caf.fr (Caf de La Réunion), « Date de paiement des prestations pour le mois de janvier » (2 janvier 2026) | https://caf.fr/allocataires/caf-de-la-reunion/actualites-departementales/date-de-paiement-des-prestations-pour-le-mois-de-janvier
    .checked = 2026-12-07

# sens : droits = droits à des aides ou des prestations ; pas des permissions sur un site (droits suffisants, le droit de voir),
# ni « droit à l’erreur », ni « avoir droit à une tentative ».
concept-droits = droits
    .unless =
        before: suffisant | d accès | d administration | à l erreur | à une tentative | à un essai | de voir | de modifier | de consulter | d accéder | de supprimer
    .domain = benefits
    .explain = Vos droits sont ce que la loi vous permet de recevoir ou de faire. Par exemple le droit à une aide au logement.

concept-ouverture-de-droits = ouverture de droits
    .forms = ouvrir vos droits | ouverture de vos droits
    .domain = benefits
    .explain = L’ouverture de droits veut dire que l’organisme a accepté votre demande. À partir de cette date, vous pouvez recevoir l’aide.

concept-fin-de-droits = fin de droits
    .forms = fin d’indemnisation | épuisement des droits
    .domain = benefits
    .explain = C’est la date où une aide s’arrête. Renseignez-vous avant, car une autre aide est parfois possible.

concept-attestation-de-paiement = attestation de paiement
    .forms = attestation de versement | attestation de paiement CAF
    .domain = benefits
    .explain = Ce document prouve les aides que vous recevez et leur montant. On vous le demande pour un logement, une cantine ou une autre aide.
    .where = À télécharger dans votre compte CAF, rubrique attestations.

concept-simulation = simulation
    .forms = simulateur | faire une simulation | estimer vos droits
    .domain = benefits
    .explain = La simulation calcule si vous pourriez avoir une aide et combien. Ce n’est pas une demande : il faut ensuite faire la vraie demande.

# sens : contrôle = contrôle d’un organisme ; pas un élément d’une page (contrôle segmenté), ni « avoir le contrôle sur »,
# ni le contrôle de sécurité d’une page (captcha), ni des critères de contrôle d’accessibilité.
concept-controle = contrôle
    .forms = contrôle de situation | contrôleur
    .unless =
        (contrôle) before: segmenté | sur | de sécurité
        (contrôle) after: critère de
    .domain = benefits
    .explain = L’organisme peut vérifier vos déclarations, par courrier ou par une visite. Répondez dans le délai demandé et gardez des copies.

# sens : points de suspension = le signe …, pas une suspension des droits.
concept-suspension = suspension
    .forms = suspension des droits | suspension des paiements | droits suspendus | paiement suspendu
    .unless =
        (suspension) after: point de
    .domain = benefits
    .explain = La suspension veut dire que l’aide est arrêtée pour un temps, souvent parce qu’un document ou une déclaration manque.
    .todo = Lisez le message pour savoir ce qui manque, envoyez-le vite, et gardez une preuve de l’envoi.

concept-radiation = radiation
    .forms = radié | radiée
    .domain = benefits
    .explain = La radiation veut dire que vous êtes retiré de la liste, par exemple des demandeurs d’emploi. Vos aides peuvent s’arrêter.
    .todo = Lisez la lettre, et contestez vite si c’est une erreur. Gardez les preuves de vos démarches.

concept-rib = RIB
    .forms = relevé d’identité bancaire
    .domain = benefits
    .explain = Le RIB est un papier de votre banque avec votre nom et les numéros de votre compte. On le demande pour vous verser de l’argent.
    .where = Dans l’application de votre banque, sur votre chéquier, ou au guichet de la banque.
    .proper = yes

concept-iban = IBAN
    .forms = numéro IBAN
    .domain = benefits
    .explain = L’IBAN est le numéro international de votre compte bancaire. En France, il a 27 caractères et commence par FR.
    .where = Sur votre RIB ou dans l’application de votre banque.
    .source = Banque Populaire Bourgogne Franche-Comté, « Le BIC et l'IBAN en bref » | https://www.bpbfc.banquepopulaire.fr/portailinternet/Editorial/Informations/Pages/BPBFC_FAQ/bic_iban.aspx
    .checked = 2026-12-07
    .proper = yes

concept-bic = BIC
    .forms = code BIC | SWIFT | code SWIFT
    .domain = benefits
    .explain = Le BIC est le code de votre banque, de 8 ou 11 lettres et chiffres. On le demande parfois avec l’IBAN.
    .where = Sur votre RIB, à côté de l’IBAN.
    .source = Banque Populaire Bourgogne Franche-Comté, « Le BIC et l'IBAN en bref » | https://www.bpbfc.banquepopulaire.fr/portailinternet/Editorial/Informations/Pages/BPBFC_FAQ/bic_iban.aspx
    .checked = 2026-12-07
    .proper = yes

concept-banque = banque
    .forms = établissement bancaire
    .domain = benefits
    .explain = La banque garde votre argent sur un compte. Les aides sont versées sur un compte bancaire à votre nom.

concept-compte-bancaire = compte bancaire
    .forms = compte en banque | compte courant | coordonnées bancaires
    .domain = benefits
    .explain = Un compte bancaire reçoit votre argent, comme le salaire ou les aides. Il doit souvent être à votre nom.

concept-droit-au-compte = droit au compte
    .domain = benefits
    .explain = Si une banque refuse de vous ouvrir un compte, la Banque de France peut obliger une banque à le faire. C’est gratuit.
    .source = service-public.fr F2417, droit au compte (copie mairie-blicourt.fr) | https://www.mairie-blicourt.fr/vie-pratique/service-public/?xml=F2417 ;; CLCV, « Refus d'ouverture de compte » | https://clcv.org/non-categorise/refus-douverture-de-compte
    .checked = 2026-12-07

# source : aucune source officielle trouvée (les règles 2026 ne sont pas connues des sources stockées (réforme 2025 seulement)), phrase affaiblie
concept-cheque-energie = chèque énergie
    .domain = benefits
    .explain = Le chèque énergie aide à payer l’électricité, le gaz ou le chauffage, selon vos revenus. Depuis 2025, il n’arrive plus toujours tout seul : certaines personnes doivent le demander. Déclarez vos revenus chaque année et vérifiez les règles de l’année sur chequeenergie.gouv.fr.
    .source = Sénat, rapport PLF 2025, art. 60 « Réforme du chèque énergie » | https://senat.fr./rap/l24-144-311-1/l24-144-311-121.html ;; commune de La Guerche-de-Bretagne, « Chèque énergie 2025 : ce qui change » | https://www.laguerchedebretagne.fr/actualites/cheque-energie-2025-nouvelles-demarches
    .checked = 2026-12-07

concept-aspa = ASPA
    .forms = allocation de solidarité aux personnes âgées | minimum vieillesse
    .domain = benefits
    .explain = L’ASPA est une aide d’argent pour les personnes âgées, en général à partir de 65 ans, qui ont de petits revenus.
    .source = solidarites-sante.gouv.fr, « Allocation de solidarité aux personnes âgées » | https://solidarites-sante.gouv.fr/affaires-sociales/personnes-agees/droits-et-aides/article/allocation-de-solidarite-aux-personnes-agees
    .checked = 2026-12-07
    .proper = yes

# sens : maison de retraite = un lieu où vivre, pas la pension de retraite.
concept-retraite = retraite
    .forms = pension de retraite | retraitée
    .unless =
        (retraite) after: maison de | établissement de
    .domain = benefits
    .explain = La retraite est l’argent versé chaque mois quand vous arrêtez de travailler à cause de l’âge. Son montant dépend des années travaillées.
    .source = service-public.fr F21552, calcul de la retraite du salarié du secteur privé (copie brigueuil.fr) | https://brigueuil.fr/demarches-administratives/?xml=F21552
    .checked = 2026-12-07

concept-ccas = CCAS
    .forms = Centre communal d’action sociale | CIAS
    .domain = benefits
    .explain = Le CCAS est le service social de la mairie. Il donne des aides d’urgence, aide pour les démarches et peut vous domicilier.
    .source = ville d'Aubenas (CCAS), « La domiciliation » | http://www.aubenas.fr/vivre-aubenas-seniors-solidarite-sante-le-ccas/la-domiciliation ;; ville de Poissy (CCAS), « La domiciliation des personnes sans domicile fixe » | http://ville-poissy.fr/index.php/mairie/des-services-pour-tous/pole-social/en-savoir-sur-les-aides/la-domiciliation-des-personnes-sans-domicile-fixe.html ;; aidantsconnect.beta.gouv.fr, FAQ « L'habilitation Aidants Connect » | https://aidantsconnect.beta.gouv.fr/faq/lhabilitation-aidants-connect
    .checked = 2026-12-07
    .proper = yes

concept-france-services = France Services
    .forms = Maison France Services | espace France Services
    .domain = benefits
    .explain = Dans un lieu France Services, des agents vous aident gratuitement pour vos démarches : CAF, impôts, santé, papiers. Il y en a dans beaucoup de villes.
    .source = cohesion-territoires.gouv.fr, « France Services » | http://www.cohesion-territoires.gouv.fr/france-services ;; Legifrance, arrêté du 16 juin 2025 portant approbation du référentiel France services (copie legal.tricoteuses.fr) | https://legal.tricoteuses.fr/articles/LEGIARTI000051827933 ;; Sénat, rapport d'information r21-778 sur France services (9 opérateurs) | https://senat.fr./rap/r21-778/r21-7782.html
    .checked = 2026-12-07
    .proper = yes

concept-centre-social = centre social
    .forms = maison de quartier
    .domain = benefits
    .explain = Le centre social est un lieu du quartier ouvert à tous. On peut souvent y recevoir de l’aide pour les démarches en ligne.

concept-travailleur-social = travailleur social
    .forms = assistant social | assistante sociale | assistant de service social | travailleuse sociale
    .domain = benefits
    .explain = Le travailleur social vous aide dans vos difficultés : logement, argent, papiers, santé. Vous pouvez le voir à la mairie, au département ou dans une association.

# source : aucune source officielle trouvée (la règle « ne doit pas faire à votre place sans votre accord » n'est pas sourcée), phrase affaiblie
concept-conseiller-numerique = conseiller numérique
    .forms = médiateur numérique | aidant numérique | médiatrice numérique
    .domain = benefits
    .explain = Le conseiller numérique vous aide à utiliser l’ordinateur et internet pour faire vos démarches.

concept-aidants-connect = Aidants Connect
    .domain = benefits
    .explain = Aidants Connect permet à un aidant professionnel de faire une démarche en ligne pour vous, avec votre accord écrit. Vous choisissez les démarches et la durée.
    .source = aidantsconnect.beta.gouv.fr, FAQ « Utiliser Aidants Connect » | https://aidantsconnect.beta.gouv.fr/faq/utiliser-aidants-connect/ ;; Cramif, « Plateforme Aidants Connect » | https://cramif.fr/actualites/plateforme-aidants-connect
    .checked = 2026-12-07
    .proper = yes

# source : aucune source officielle trouvée (le droit à un interprète à l'hôpital ou à l'OFPRA n'a pas été sourcé), phrase affaiblie
concept-interprete = interprète
    .forms = interprétariat | interprète professionnel
    .domain = benefits
    .explain = Un interprète traduit à l’oral entre vous et la personne qui parle français. Demandez à l’avance si un interprète est possible pour votre rendez-vous.

## Santé

concept-assurance-maladie = Assurance Maladie
    .forms = assurance maladie obligatoire
    .domain = health
    .explain = L’Assurance Maladie paie une partie de vos soins : médecin, médicaments, hôpital. Son site s’appelle Ameli.
    .source = assurance-maladie.ameli.fr, « Notre environnement : la Sécurité sociale » | https://www.assurance-maladie.ameli.fr/qui-sommes-nous/organisation/securite-sociale ;; securite-sociale.fr, « Les branches » | https://www.securite-sociale.fr/la-secu-cest-quoi/organisation/les-branches
    .checked = 2026-12-07

concept-securite-sociale = Sécurité sociale
    .forms = sécu
    .domain = health
    .explain = La Sécurité sociale est le système français qui protège contre la maladie, la vieillesse et les charges de famille. Elle comprend l’Assurance Maladie et la CAF.
    .source = securite-sociale.fr, « Les branches » | https://www.securite-sociale.fr/la-secu-cest-quoi/organisation/les-branches ;; assurance-maladie.ameli.fr, « Notre environnement : la Sécurité sociale » | https://www.assurance-maladie.ameli.fr/qui-sommes-nous/organisation/securite-sociale
    .checked = 2026-12-07

concept-ameli = Ameli
    .forms = ameli.fr | compte ameli
    .domain = health
    .explain = Ameli est le site de l’Assurance Maladie. Dans votre compte, vous voyez vos remboursements et vous téléchargez l’attestation de droits.
    .source = Kenko, « Attestation de droits : comment l'obtenir ? » (source secondaire) | https://www.kenko.fr/blog/attestation-de-droits ;; service-public.fr F11616, feuille de soins (copie marcilly-en-villette.fr) | https://marcilly-en-villette.fr/la-mairie/les-demarches-administratives/?xml=F11616
    .checked = 2026-12-07
    .proper = yes

concept-cpam = CPAM
    .forms = Caisse primaire d’assurance maladie
    .domain = health
    .explain = La CPAM est le bureau de l’Assurance Maladie dans votre département. Elle traite les demandes de carte Vitale, d’AME et de Complémentaire santé solidaire.
    .source = complementaire-sante-solidaire.gouv.fr, « Comment effectuer ou renouveler votre demande ? » | https://complementaire-sante-solidaire.gouv.fr/en/node/155 ;; ameli.fr, « Aide médicale de l'État (AME) : vos démarches » | https://www.ameli.fr/assure/droits-demarches/situations-particulieres/situation-irreguliere-ame?lang=en
    .checked = 2026-12-07
    .proper = yes

concept-numero-de-securite-sociale = numéro de sécurité sociale
    .forms = NIR | numéro de sécu | numéro d’inscription au répertoire | numéro d’assuré | numéro d’assuré social
    .domain = health
    .explain = C’est votre numéro personnel pour la santé : 13 chiffres puis une clé de 2 chiffres. Il commence par 1 pour un homme et 2 pour une femme.
    .where = Sur votre carte Vitale et sur votre attestation de droits.
    .source = ameli.fr, « Les règles d'identification des assurés » | https://www.ameli.fr/assure/droits-demarches/principes/regles-identification-assures
    .checked = 2026-12-07

concept-numero-provisoire = numéro provisoire
    .forms = NIA | numéro d’immatriculation d’attente | numéro de sécurité sociale provisoire
    .domain = health
    .explain = Si vous êtes né à l’étranger, l’Assurance Maladie vous donne d’abord un numéro provisoire, qui commence souvent par 7 ou 8. Le numéro définitif arrive après vérification de votre état civil.
    .where = Sur votre attestation de droits.
    .source = Fédération des acteurs de la solidarité (NIA commençant par 7 ou 8) | https://federationsolidarite.org/actualites/caf-nouvelles-modalites-dacces-a-son-compte-et-difficultes-dacces-pour-les-personnes-sans-numero-de-securite-sociale-definitif-nir
    .checked = 2026-12-07

concept-carte-vitale = carte Vitale
    .forms = Vitale | appli carte Vitale
    .domain = health
    .explain = La carte Vitale est la carte verte de l’Assurance Maladie. Donnez-la chez le médecin ou à la pharmacie pour être remboursé plus vite.
    .source = service-public.fr F11616, feuille de soins (copie marcilly-en-villette.fr) | https://marcilly-en-villette.fr/la-mairie/les-demarches-administratives/?xml=F11616
    .checked = 2026-12-07

concept-attestation-de-droits = attestation de droits
    .forms = attestation de droits à l’assurance maladie | attestation d’assurance maladie | attestation de sécurité sociale
    .domain = health
    .explain = Ce document prouve que vous avez une assurance maladie. Il montre votre numéro de sécurité sociale et vos droits.
    .where = À télécharger dans votre compte Ameli, ou à demander à la CPAM.
    .source = Kenko, « Attestation de droits : comment l'obtenir ? » (source secondaire) | https://www.kenko.fr/blog/attestation-de-droits
    .checked = 2026-12-07

concept-assure = assuré
    .forms = assurée | assuré social
    .domain = health
    .explain = L’assuré est la personne qui a une assurance maladie à son nom.

concept-ayant-droit = ayant droit
    .domain = health
    .explain = Un ayant droit est une personne couverte par l’assurance d’une autre, par exemple un enfant par celle de ses parents.
    .source = service-public.fr, actualité A10282 « Protection universelle maladie » | https://www.service-public.fr/particuliers/actualites/A10282
    .checked = 2026-12-07

concept-aide-medicale-d-etat = aide médicale d’État
    .forms = AME | aide médicale de l’État
    .domain = health
    .explain = L’AME paie les soins des personnes sans titre de séjour qui vivent en France depuis plus de 3 mois, avec de petits revenus. Elle se demande à la CPAM chaque année.
    .source = ameli.fr, « Aide médicale de l'État (AME) : vos démarches » | https://www.ameli.fr/assure/droits-demarches/situations-particulieres/situation-irreguliere-ame?lang=en ;; service-public.fr F3079, AME (copie commune-villers-rotin.fr) | https://commune-villers-rotin.fr/Particuliers/F3079
    .checked = 2026-12-07

# sens : ACS au pluriel se lit AC : « AC » est l’allocation compensatrice.
concept-complementaire-sante-solidaire = Complémentaire santé solidaire
    .forms = CSS | C2S | CMU-C | CMU complémentaire | ACS
    .unless =
        (ACS) surface: AC | Ac | ac
    .domain = health
    .explain = La Complémentaire santé solidaire aide à payer les soins que l’Assurance Maladie ne rembourse pas. Selon vos revenus, elle est gratuite ou coûte moins d’un euro par jour et par personne. Demandez-la sur Ameli ou à votre CPAM.
    .source = ameli.fr, « Qui peut bénéficier de la Complémentaire santé solidaire ? » | https://www.ameli.fr/assure/droits-demarches/difficultes-acces-droits-soins/complementaire-sante/complementaire-sante-beneficiaires ;; complementaire-sante-solidaire.gouv.fr, « Comment effectuer ou renouveler votre demande ? » | https://complementaire-sante-solidaire.gouv.fr/en/node/155
    .checked = 2026-12-07

concept-puma = PUMa
    .forms = protection universelle maladie | CMU | couverture maladie universelle
    .domain = health
    .explain = La PUMa donne une assurance maladie à toute personne qui travaille ou vit en France de façon stable et régulière. Elle a remplacé la CMU.
    .source = service-public.fr, actualité A10282 « Protection universelle maladie » | https://www.service-public.fr/particuliers/actualites/A10282
    .checked = 2026-12-07
    .proper = yes

concept-mutuelle = mutuelle
    .forms = complémentaire santé | assurance complémentaire | complémentaire santé privée
    .domain = health
    .explain = La mutuelle paie une partie des soins que l’Assurance Maladie ne rembourse pas. En général, elle est payante. Avec de petits revenus, la Complémentaire santé solidaire est gratuite ou coûte moins d’un euro par jour et par personne.
    .source = ameli.fr, « Qui peut bénéficier de la Complémentaire santé solidaire ? » | https://www.ameli.fr/assure/droits-demarches/difficultes-acces-droits-soins/complementaire-sante/complementaire-sante-beneficiaires
    .checked = 2026-12-07

concept-medecin-traitant = médecin traitant
    .forms = déclaration de médecin traitant | déclaration de choix du médecin traitant
    .domain = health
    .explain = Le médecin traitant est le médecin que vous choisissez pour vous suivre. Si vous n’en déclarez pas, vous êtes moins bien remboursé.
    .source = service-public.fr F163, médecin traitant (copie rochecolombe.fr) | https://rochecolombe.fr/vie-pratique/demarches-administratives/?xml=F163
    .checked = 2026-12-07

concept-medecin = médecin
    .forms = médecin généraliste | généraliste
    .domain = health
    .explain = Le médecin vous soigne et peut écrire une ordonnance ou un arrêt de travail.

concept-ordonnance = ordonnance
    .forms = prescription
    .domain = health
    .explain = L’ordonnance est le papier du médecin qui liste les médicaments ou les soins. La pharmacie en a besoin. Au tribunal, une ordonnance est aussi une décision du juge.

concept-remboursement = remboursement
    .forms = rembourser | remboursé
    .domain = health
    .explain = Le remboursement est l’argent que l’Assurance Maladie ou la mutuelle vous rend après des soins. Vous le voyez dans votre compte Ameli.
    .source = service-public.fr F11616, feuille de soins (copie marcilly-en-villette.fr) | https://marcilly-en-villette.fr/la-mairie/les-demarches-administratives/?xml=F11616
    .checked = 2026-12-07

concept-feuille-de-soins = feuille de soins
    .domain = health
    .explain = La feuille de soins est le papier donné par le médecin si vous n’avez pas la carte Vitale. Envoyez-la à votre CPAM pour être remboursé.
    .source = service-public.fr F11616, feuille de soins (copie marcilly-en-villette.fr) | https://marcilly-en-villette.fr/la-mairie/les-demarches-administratives/?xml=F11616
    .checked = 2026-12-07

concept-arret-de-travail = arrêt de travail
    .forms = arrêt maladie | avis d’arrêt de travail
    .domain = health
    .explain = L’arrêt de travail est un papier du médecin qui dit que vous ne pouvez pas travailler pour raison de santé. Envoyez-le à la CPAM et à l’employeur sous 48 heures.
    .source = ameli.fr, « Arrêt maladie : les démarches de l'assuré » | https://www.ameli.fr/assure/droits-demarches/maladie-accident-hospitalisation/arret-travail-maladie/arret-travail-maladie
    .checked = 2026-12-07

concept-indemnites-journalieres = indemnités journalières
    .domain = health
    .explain = Ce sont des sommes versées par l’Assurance Maladie pendant un arrêt de travail. Elles remplacent une partie du salaire.
    .source = secu-jeunes.fr (Assurance Maladie), « Indemnité journalière » | http://www.secu-jeunes.fr/dico/indemnite-journaliere ;; ameli.fr, « Arrêt maladie : les démarches de l'assuré » | https://www.ameli.fr/assure/droits-demarches/maladie-accident-hospitalisation/arret-travail-maladie/arret-travail-maladie
    .checked = 2026-12-07

concept-tiers-payant = tiers payant
    .forms = dispense d’avance de frais | sans avance de frais
    .domain = health
    .explain = Avec le tiers payant, l’Assurance Maladie paie directement sa part au médecin ou à la pharmacie. Vous payez seulement le reste, sauf si votre mutuelle le paie aussi directement.
    .source = APRIL, lexique « Dispense d'avance de frais » (source secondaire) | https://www.april.fr/complementaire-sante/lexique/dispense-d-avance-de-frais ;; service-public.fr F167, « Tiers payant » (copie lachapelle-des-pots.fr, vérifié le 05/07/2022) | https://www.lachapelle-des-pots.fr/mes-demarches/recensement-citoyen-obligatoire/?xml=F167 ;; ameli.fr, « Facturation » (taxis conventionnés : tiers payant de la part obligatoire seule ou de la part obligatoire et complémentaire) | https://www.ameli.fr/taxi-conventionne/exercice-professionnel/facturation
    .checked = 2026-12-07

concept-pass = permanence d’accès aux soins de santé
    .forms = PASS hospitalière | permanence PASS | permanences d’accès aux soins
    .domain = health
    .explain = La PASS est un service de l’hôpital pour les personnes sans assurance maladie. Vous y êtes soigné et aidé pour ouvrir vos droits.
    .source = ARS Provence-Alpes-Côte d'Azur, « Permanences d'accès aux soins de santé (Pass) hospitalières » | https://www.paca.ars.sante.fr/permanences-dacces-aux-soins-de-sante-pass-1
    .checked = 2026-12-07

concept-affection-de-longue-duree = affection de longue durée
    .forms = ALD
    .domain = health
    .explain = Une ALD est une maladie grave et longue, comme le diabète. Les soins liés à cette maladie sont mieux remboursés.
    .source = ameli.fr, « Les affections de longue durée (ALD) » | https://www.ameli.fr/assure/droits-demarches/maladie-accident-hospitalisation/affection-longue-duree-ald/affection-longue-duree-ald
    .checked = 2026-12-07

concept-certificat-medical = certificat médical
    .forms = rapport médical
    .domain = health
    .explain = Le certificat médical est un papier écrit par un médecin sur votre état de santé. Certaines démarches le demandent, par exemple le titre de séjour pour soins.

concept-mon-espace-sante = Mon espace santé
    .domain = health
    .explain = Mon espace santé est un carnet de santé en ligne. Vos médecins peuvent y mettre vos documents de santé si vous êtes d’accord.
    .source = CHU de Brest, « Mon Espace Santé » | https://www.chu-brest.fr/patient-public/accompagnement/mes-droits/mon-espace-sante ;; Senioractu (reprenant service-public.fr), « Mon espace santé : à vous de choisir les professionnels ayant accès à vos données » | https://www.senioractu.com/Mon-espace-sante-a-vous-de-choisir-les-professionnels-ayant-acces-a-vos-donnees_a24503.html
    .checked = 2026-12-07
    .proper = yes

concept-doctolib = Doctolib
    .domain = health
    .explain = Doctolib est un site privé pour prendre rendez-vous chez un médecin ou à l’hôpital. Il est gratuit pour les patients.
    .source = Numerama, « Doctolib continue de faire payer des praticiens » (avril 2020, source secondaire) | https://www.numerama.com/politique/614886-coronavirus-doctolib-continue-de-faire-payer-des-praticiens-qui-ne-peuvent-plus-consulter.html
    .checked = 2026-12-07
    .proper = yes

concept-urgences = service des urgences
    .forms = urgences de l’hôpital | urgences hospitalières
    .domain = health
    .explain = Les urgences de l’hôpital soignent les problèmes graves, jour et nuit. Pour une urgence vitale, appelez le 15 ou le 112.
    .source = SDIS 04, « Quel numéro d'urgence composer : 18, 112, 15 ou 17 ? » | https://www.sdis04.fr/quels-numeros-composer-18-112-15-ou-17/
    .checked = 2026-12-07

concept-agence-regionale-de-sante = agence régionale de santé
    .domain = health
    .explain = L’agence régionale de santé organise la santé dans votre région : hôpitaux, vaccins, prévention. Elle ne rembourse pas les soins.
    .source = ars.sante.fr, « Présentation générale » | http://www.ars.sante.fr/Presentation-generale.89790.0.html
    .checked = 2026-12-07

## Impôts

concept-impots = impôts
    .forms = administration fiscale
    .domain = tax
    .explain = Les impôts sont l’argent payé à l’État ou à la commune. Même sans payer d’impôt, il faut souvent faire une déclaration chaque année.
    .source = impots.gouv.fr, « L'obligation de déclarer vos revenus chaque année » | https://impots.gouv.fr/particulier/lobligation-de-declarer-vos-revenus-chaque-annee
    .checked = 2026-12-07

concept-impots-gouv = impots.gouv.fr
    .forms = impots.gouv
    .domain = tax
    .explain = C’est le site officiel des impôts en France. Vous y déclarez vos revenus et trouvez vos avis d’imposition.
    .source = impots.gouv.fr, « Comment créer mon espace Finances publiques ? » | https://www.impots.gouv.fr/portail/particulier/questions/comment-creer-votre-espace-particulier
    .checked = 2026-12-07
    .proper = yes

concept-dgfip = DGFiP
    .forms = Direction générale des finances publiques | finances publiques
    .domain = tax
    .explain = La DGFiP est l’administration des impôts en France.
    .proper = yes

concept-numero-fiscal = numéro fiscal
    .forms = SPI | identifiant fiscal | numéro fiscal de référence | numéro d’identification fiscale | NIF
    .domain = tax
    .explain = Le numéro fiscal est votre numéro personnel aux impôts, de 13 chiffres. Il sert d’identifiant sur impots.gouv.fr.
    .where = Sur la première page de votre avis d’imposition ou de votre déclaration de revenus, en haut.
    .source = toutsurmesfinances.com, « Numéro fiscal » (source secondaire) | https://www.toutsurmesfinances.com/impots/numero-fiscal-ou-numero-didentification-fiscale.html ;; Fiscalonline (doctrine BOFiP du 30/09/2014), « Bercy met à jour sa doctrine relative aux modalités de déclaration en ligne » | https://fiscalonline.com/patrimoine/Bercy-met-a-jour-sa-doctrine-relative-aux-modalites-de-declaration-d-impot-sur-le-revenu-en-ligne
    .checked = 2026-12-07

concept-numero-d-acces-en-ligne = numéro d’accès en ligne
    .domain = tax
    .explain = C’est un numéro qui sert à créer votre compte sur impots.gouv.fr la première fois. Il change chaque année.
    .where = Sur la première page de votre dernière déclaration de revenus, ou sur un courrier des impôts.
    .source = Fiscalonline (doctrine BOFiP du 30/09/2014), « Bercy met à jour sa doctrine relative aux modalités de déclaration en ligne » | https://fiscalonline.com/patrimoine/Bercy-met-a-jour-sa-doctrine-relative-aux-modalites-de-declaration-d-impot-sur-le-revenu-en-ligne ;; Legifrance, arrêté du 2 avril 2009 (déclaration en ligne, « numéro annuel de télédéclarant »), JORFARTI000020530289, copie legal.tricoteuses.fr | https://legal.tricoteuses.fr/articles/JORFARTI000020530289
    .checked = 2026-12-07

concept-avis-d-imposition = avis d’imposition
    .forms = avis d’impôt | avis d’impôt sur le revenu | avis d’imposition sur le revenu
    .domain = tax
    .explain = L’avis d’imposition est le document envoyé par les impôts après votre déclaration. Il dit combien vous devez payer et sert de preuve de revenus.
    .where = Dans votre espace particulier sur impots.gouv.fr, rubrique Documents.
    .source = MoneyVox, « Avis d'imposition » (source secondaire) | https://www.moneyvox.fr/impot/avis-d-imposition.php ;; impots.gouv.fr, « Comment créer mon espace Finances publiques ? » | https://www.impots.gouv.fr/portail/particulier/questions/comment-creer-votre-espace-particulier
    .checked = 2026-12-07

concept-avis-de-non-imposition = avis de non-imposition
    .forms = non imposable | non-imposition
    .domain = tax
    .explain = Ce document dit que vous n’avez pas d’impôt sur le revenu à payer. Il est souvent demandé pour les aides, le logement social ou les bourses. Aujourd’hui, c’est l’avis de situation déclarative ou l’avis d’impôt qui joue ce rôle.
    .source = MoneyVox, « ASDIR : pour qui est-ce un avis d'impôt définitif ? » (source secondaire) | https://www.moneyvox.fr/impot/actualites/84087/asdir-pour-qui-est-ce-un-avis-impot-definitif ;; commune de Sainte-Livrade-sur-Lot, « Campagne 2016 de déclaration des revenus » (communiqué de la DGFiP sur l'ASDIR) | http://ville-ste-livrade47.fr/actualites/toutes-les-actualites/133-campagne-2016-de-declaration-des-revenus.html
    .checked = 2026-12-07

concept-avis-de-situation-declarative = avis de situation déclarative
    .forms = ASDIR | avis de situation déclarative à l’impôt sur le revenu
    .domain = tax
    .explain = Ce document prouve que vous avez déclaré vos revenus, dès la déclaration faite en ligne. Il peut servir en attendant l’avis d’imposition.
    .source = MoneyVox, « ASDIR : pour qui est-ce un avis d'impôt définitif ? » (source secondaire) | https://www.moneyvox.fr/impot/actualites/84087/asdir-pour-qui-est-ce-un-avis-impot-definitif ;; commune de Sainte-Livrade-sur-Lot, « Campagne 2016 de déclaration des revenus » (communiqué de la DGFiP sur l'ASDIR) | http://ville-ste-livrade47.fr/actualites/toutes-les-actualites/133-campagne-2016-de-declaration-des-revenus.html
    .checked = 2026-12-07

concept-revenu-fiscal-de-reference = revenu fiscal de référence
    .forms = RFR
    .domain = tax
    .explain = C’est un montant calculé par les impôts à partir de vos revenus. Beaucoup d’aides et de tarifs utilisent ce nombre.
    .where = Sur la première page de votre avis d’imposition, dans le cadre de vos références.
    .source = service-public.fr F13216, « Qu'est-ce que le revenu fiscal de référence ? » (copie c2lv.fr) | https://c2lv.fr/index.php/demarches-pour-les-particuliers/?xml=F13216
    .checked = 2026-12-07

concept-declaration-de-revenus = déclaration de revenus
    .forms = déclaration d’impôt | déclarer ses revenus | déclarer vos revenus | déclaration de revenus en ligne
    .domain = tax
    .explain = Chaque année au printemps, vous déclarez aux impôts l’argent gagné l’année d’avant. Faites-la même avec peu ou pas de revenus, car l’avis sert pour vos aides.
    .source = Europe 1 (communiqué DGFiP), « Impôts 2023 : dates limites » | https://www.europe1.fr/economie/impots-2023-dates-limites-nouveautes-declaration-papier-tout-ce-quil-faut-savoir-4172746 ;; impots.gouv.fr, « L'obligation de déclarer vos revenus chaque année » | https://impots.gouv.fr/particulier/lobligation-de-declarer-vos-revenus-chaque-annee
    .checked = 2026-12-07

concept-declaration-automatique = déclaration automatique
    .domain = tax
    .explain = Si votre situation n’a pas changé, les impôts valident eux-mêmes votre déclaration. Vérifiez quand même les montants et corrigez-les si besoin.
    .source = Legifiscal (art. 155 loi de finances 2020), « Déclaration automatique des revenus » | https://legifiscal.fr/impots-personnels/impot-revenu/declaration-revenus/declaration-automatique-revenus-nouveau-disponible-2022.html
    .checked = 2026-12-07

concept-declarant = déclarant
    .forms = déclarante | déclarant 1 | déclarant 2
    .domain = tax
    .explain = Le déclarant est la personne qui fait la déclaration. Pour un couple marié ou pacsé, il y a un déclarant 1 et un déclarant 2.
    .source = service-public.fr F2705, quotient familial d'un couple marié ou pacsé (copie terresdemontaigu.fr) | https://www.terresdemontaigu.fr/demarche/pre-demande-pacs/?xml=F2705
    .checked = 2026-12-07

concept-prelevement-a-la-source = prélèvement à la source
    .domain = tax
    .explain = L’impôt sur le revenu est pris directement chaque mois sur votre salaire ou vos revenus. C’est le prélèvement à la source.
    .source = mon-salaire-brut-en-net.fr, « Prélèvement à la source de l'impôt sur le revenu » (source secondaire) | https://www.mon-salaire-brut-en-net.fr/prelevement-la-source-de-limpot-sur-le-revenu.html
    .checked = 2026-12-07

concept-taux-de-prelevement = taux de prélèvement
    .forms = taux personnalisé | taux neutre | taux individualisé
    .domain = tax
    .explain = C’est le pourcentage de vos revenus pris chaque mois pour l’impôt. Il est calculé avec votre dernière déclaration.
    .source = mon-salaire-brut-en-net.fr, « Prélèvement à la source de l'impôt sur le revenu » (source secondaire) | https://www.mon-salaire-brut-en-net.fr/prelevement-la-source-de-limpot-sur-le-revenu.html
    .checked = 2026-12-07

concept-impot-sur-le-revenu = impôt sur le revenu
    .domain = tax
    .explain = L’impôt sur le revenu est calculé sur l’argent que vous gagnez dans l’année. Beaucoup de personnes avec de petits revenus ne le paient pas.
    .source = impots.gouv.fr, « L'obligation de déclarer vos revenus chaque année » | https://impots.gouv.fr/particulier/lobligation-de-declarer-vos-revenus-chaque-annee
    .checked = 2026-12-07

# source : aucune source officielle trouvée (« il est écrit sur vos fiches de paie » n'est pas sourcé), phrase affaiblie
concept-revenu-imposable = revenu imposable
    .forms = revenu net imposable
    .domain = tax
    .explain = C’est la partie de vos revenus qui compte pour calculer l’impôt sur le revenu.

concept-taxe-fonciere = taxe foncière
    .domain = tax
    .explain = La taxe foncière est payée chaque année par les propriétaires d’un logement ou d’un terrain. Les locataires ne la paient pas.
    .source = PAP.fr, « Qui doit payer la taxe foncière ? » (source secondaire) | https://www.pap.fr/patrimoine/impots-taxes/tout-sur-la-taxe-fonciere/a1784/qui-doit-payer-la-taxe-fonciere
    .checked = 2026-12-07

concept-taxe-d-habitation = taxe d’habitation
    .domain = tax
    .explain = La taxe d’habitation n’existe plus pour votre logement principal. Elle reste pour les résidences secondaires.
    .source = UNPI (loi de finances 2020 art. 16), suppression de la taxe d'habitation | https://www.unpi.org/fr/1/69/acces-prive_pg_43_854.html
    .checked = 2026-12-07

concept-foyer-fiscal = foyer fiscal
    .domain = tax
    .explain = Le foyer fiscal est l’ensemble des personnes sur la même déclaration de revenus : vous, votre époux ou partenaire de PACS, vos enfants à charge.
    .source = Fiscaloo, « Foyer fiscal : définition » (CGI art. 6, source secondaire) | https://fiscaloo.fr/11691-foyer-fiscal-definition-composition ;; service-public.fr F2705, quotient familial d'un couple marié ou pacsé (copie terresdemontaigu.fr) | https://www.terresdemontaigu.fr/demarche/pre-demande-pacs/?xml=F2705
    .checked = 2026-12-07

concept-part-fiscale = part fiscale
    .forms = nombre de parts
    .domain = tax
    .explain = Le nombre de parts dépend de votre famille : adultes et enfants à charge. Plus vous avez de parts, moins l’impôt est élevé.
    .source = service-public.fr F2705, quotient familial d'un couple marié ou pacsé (copie terresdemontaigu.fr) | https://www.terresdemontaigu.fr/demarche/pre-demande-pacs/?xml=F2705 ;; cBanque, « Enfants et personnes à charge : comment calculer le quotient familial » (source secondaire) | http://www.cbanque.com/actu/57117/enfants-et-personnes-a-charge-comment-calculer-le-quotient-familial-et-les-parts-fiscales
    .checked = 2026-12-07

concept-annee-de-revenus = année de revenus
    .forms = revenus de l’année
    .domain = tax
    .explain = C’est l’année où vous avez gagné l’argent déclaré. En général, on déclare les revenus de l’année précédente.
    .source = Europe 1 (communiqué DGFiP), « Impôts 2023 : dates limites » | https://www.europe1.fr/economie/impots-2023-dates-limites-nouveautes-declaration-papier-tout-ce-quil-faut-savoir-4172746
    .checked = 2026-12-07

concept-residence-fiscale = résidence fiscale
    .forms = domicile fiscal
    .domain = tax
    .explain = La résidence fiscale est le pays où vous payez vos impôts, souvent celui où vous vivez la plus grande partie de l’année.
    .source = impots.gouv.fr, « L'obligation de déclarer vos revenus chaque année » | https://impots.gouv.fr/particulier/lobligation-de-declarer-vos-revenus-chaque-annee
    .checked = 2026-12-07

concept-centre-des-finances-publiques = centre des finances publiques
    .forms = service des impôts des particuliers | SIP | centre des impôts | trésor public
    .domain = tax
    .explain = C’est le bureau des impôts près de chez vous. Vous pouvez y poser des questions sur votre déclaration, souvent sur rendez-vous.

concept-espace-particulier = espace particulier
    .domain = tax
    .explain = C’est votre compte personnel sur impots.gouv.fr, appelé maintenant « espace Finances publiques ». Vous y déclarez vos revenus, lisez vos avis et écrivez aux impôts.
    .source = impots.gouv.fr, « Comment créer mon espace Finances publiques ? » | https://www.impots.gouv.fr/portail/particulier/questions/comment-creer-votre-espace-particulier
    .checked = 2026-12-07

## Emploi

concept-france-travail = France Travail
    .forms = Pôle emploi | francetravail.fr
    .domain = employment
    .explain = France Travail aide les personnes qui cherchent un emploi et verse les allocations chômage. Il s’appelait Pôle emploi avant 2024.
    .source = Boursier.com, « Pôle emploi devient France Travail » (janvier 2024) | https://www.boursier.com/actualites/economie/pole-emploi-devient-france-travail-quels-changements-50386.html ;; refugies.info (DIAIR), « S'inscrire à France Travail (Pôle emploi) » | https://refugies.info/fr/demarche/5dc947cebceb3c004fc43214
    .checked = 2026-12-07
    .proper = yes

# source : aucune source officielle trouvée (le format de l'identifiant n'est pas sourcé), phrase affaiblie
concept-identifiant-france-travail = identifiant France Travail
    .forms = identifiant Pôle emploi
    .domain = employment
    .explain = C’est le numéro donné par France Travail à votre inscription. Il sert à vous connecter et à écrire à France Travail.
    .where = Sur les courriers de France Travail et dans l’e-mail reçu à l’inscription.

concept-demandeur-d-emploi = demandeur d’emploi
    .forms = demandeuse d’emploi | personne en recherche d’emploi | recherche d’emploi
    .domain = employment
    .explain = Un demandeur d’emploi est une personne inscrite à France Travail pour chercher un travail.
    .source = refugies.info (DIAIR), « S'inscrire à France Travail (Pôle emploi) » | https://refugies.info/fr/demarche/5dc947cebceb3c004fc43214
    .checked = 2026-12-07

concept-inscription = inscription
    .forms = s’inscrire | inscrivez-vous | inscription à France Travail
    .domain = employment
    .explain = L’inscription est la première démarche pour être enregistré, par exemple à France Travail. Elle ouvre l’accès à l’aide et aux allocations.
    .source = refugies.info (DIAIR), « S'inscrire à France Travail (Pôle emploi) » | https://refugies.info/fr/demarche/5dc947cebceb3c004fc43214
    .checked = 2026-12-07

concept-actualisation = actualisation
    .forms = s’actualiser | actualisation mensuelle | déclaration de situation mensuelle
    .domain = employment
    .explain = Chaque mois, vous dites à France Travail si vous avez travaillé et si vous cherchez toujours un emploi. Sans actualisation, votre inscription et vos allocations s’arrêtent.
    .todo = Faites-la à la date indiquée, souvent à la fin du mois. Gardez la confirmation ou une capture d’écran.
    .source = Tuxboard (citant service-public.fr), calendrier France Travail 2024 | https://tuxboard.com/france-travail-le-calendrier-complet-des-versements-des-allocations-chomage-en-2024-17012024
    .checked = 2026-12-07

concept-chomage = chômage
    .forms = chômeur | chômeuse | allocation chômage
    .domain = employment
    .explain = Être au chômage veut dire ne pas avoir de travail et en chercher un. Sous conditions, France Travail vous verse de l’argent.
    .source = refugies.info (DIAIR), « S'inscrire à France Travail (Pôle emploi) » | https://refugies.info/fr/demarche/5dc947cebceb3c004fc43214
    .checked = 2026-12-07

# sens : ARE en majuscules ; « are » est un mot anglais.
concept-are = allocation d’aide au retour à l’emploi
    .forms = ARE
    .unless =
        (ARE) surface: are | Are
    .domain = employment
    .explain = L’ARE est l’allocation chômage versée par France Travail, si vous avez perdu votre emploi et assez travaillé avant. Elle est versée par exemple après un licenciement, une rupture conventionnelle ou la fin d’un CDD. Après une démission, c’est seulement dans certains cas.
    .source = refugies.info (DIAIR), « S'inscrire à France Travail (Pôle emploi) » | https://refugies.info/fr/demarche/5dc947cebceb3c004fc43214 ;; frontaliers-grandest.eu, « Conditions d'octroi de l'allocation chômage » | https://frontaliers-grandest.eu/accueil/salaries/france-luxembourg/protection-sociale/chomage/conditions ;; ACSER, « Allocations chômage suite à une démission » (source secondaire) | https://acser.org/allocations-chomage-suite-a-une-demission
    .checked = 2026-12-07

# source : aucune source officielle trouvée (aucune source stockée ne dit si la suppression de l'ASS a été votée ; seule la proposition est sourcée), phrase affaiblie
concept-ass = allocation de solidarité spécifique
    .forms = ASS
    .domain = employment
    .explain = L’ASS peut être versée quand vos droits à l’allocation chômage sont finis, si vous avez assez travaillé avant et si vos revenus sont faibles. Sa suppression a été proposée en 2024 et 2025. Demandez à France Travail si elle existe encore pour vous.
    .source = Pôle emploi (France Travail), « Allocation de solidarité spécifique (ASS) » | https://www.pole-emploi.fr/candidat/mes-droits-aux-aides-et-allocati/aides-financieres-et-autres-allo/autres-allocations/lallocation-de-solidarite-specif.html ;; Assemblée nationale, PLF 2025, amendement n° 1287 (suppression de l'ASS proposée) | https://www.assemblee-nationale.fr/dyn/17/amendements/0324C/AN/1287
    .checked = 2026-12-07

concept-conseiller = conseiller
    .forms = conseillère | conseiller référent | conseiller France Travail
    .domain = employment
    .explain = Le conseiller est la personne qui suit votre dossier et vous aide dans votre recherche. Vous pouvez lui écrire par la messagerie.

concept-attestation-employeur = attestation employeur
    .forms = attestation destinée à France Travail | attestation Pôle emploi
    .domain = employment
    .explain = L’employeur doit vous donner ce document à la fin de votre contrat. France Travail en a besoin pour calculer votre allocation chômage.
    .source = Unédic, « Je me sépare d'un salarié : quelles sont mes obligations d'employeur ? » | https://unedic.org/l-assurance-chomage-et-vous/employeur-du-secteur-prive/mes-demarches/je-me-separe-d-un-salarie-quelles-sont-mes-obligations-d-employeur
    .checked = 2026-12-07

concept-bulletin-de-salaire = bulletin de salaire
    .forms = fiche de paie | bulletin de paie | fiche de salaire
    .domain = employment
    .explain = C’est le papier donné chaque mois par l’employeur avec votre salaire. Gardez-les toujours, ils servent pour le chômage, la retraite et le titre de séjour.

concept-salaire = salaire
    .forms = rémunération | salaire brut | salaire net
    .domain = employment
    .explain = Le salaire est l’argent payé par l’employeur pour votre travail. Le brut est avant les cotisations, le net est ce que vous recevez.

concept-contrat-de-travail = contrat de travail
    .forms = contrat d’embauche
    .domain = employment
    .explain = Le contrat de travail est l’accord écrit entre vous et l’employeur : poste, salaire, horaires, durée. Gardez-en une copie.

concept-cdi = CDI
    .forms = contrat à durée indéterminée
    .domain = employment
    .explain = Le CDI est un contrat de travail sans date de fin.
    .proper = yes

concept-cdd = CDD
    .forms = contrat à durée déterminée
    .domain = employment
    .explain = Le CDD est un contrat de travail avec une date de fin.
    .proper = yes

concept-interim = intérim
    .forms = mission d’intérim | travail temporaire | intérimaire | agence d’intérim
    .domain = employment
    .explain = L’intérim est un travail court proposé par une agence, chez une entreprise cliente.

concept-employeur = employeur
    .forms = employeuse | nom de l’employeur
    .domain = employment
    .explain = L’employeur est la personne ou l’entreprise qui vous fait travailler et vous paie.

concept-entreprise = entreprise
    .forms = nom de l’entreprise
    .domain = employment
    .explain = Une entreprise produit ou vend quelque chose. Le formulaire demande parfois ses informations officielles, comme le SIRET.

concept-societe = société
    .domain = employment
    .explain = Une société est une forme d’entreprise créée par une ou plusieurs personnes, avec un nom et des règles officielles.

concept-type-de-societe = type de société
    .forms = forme juridique | statut juridique
    .domain = employment
    .explain = C’est la forme officielle de l’entreprise, par exemple SARL, SAS ou entreprise individuelle.
    .where = Sur l’extrait Kbis ou l’avis de situation au répertoire SIRENE.

concept-denomination = dénomination
    .forms = raison sociale | dénomination sociale
    .domain = employment
    .explain = La dénomination est le nom officiel de l’entreprise, tel qu’il est enregistré.
    .where = Sur l’extrait Kbis ou sur les fiches de paie.

concept-numero-de-siret = numéro de SIRET
    .forms = SIRET | SIRET de l’entreprise | numéro SIRET
    .domain = employment
    .explain = Le SIRET est le numéro d’un établissement d’entreprise, de 14 chiffres. Il permet de reconnaître l’entreprise.
    .where = Sur vos fiches de paie, en haut, ou sur les factures de l’entreprise.
    .source = LegalVision, « SIREN, NIC, SIRET » (source secondaire) | https://legalvision.fr/guides-juridiques/creer-son-entreprise/siret-siren-nic-les-differences
    .checked = 2026-12-07

concept-numero-siren = numéro SIREN
    .forms = SIREN
    .domain = employment
    .explain = Le SIREN est le numéro de l’entreprise, de 9 chiffres. Ce sont les 9 premiers chiffres du SIRET.
    .source = LegalVision, « SIREN, NIC, SIRET » (source secondaire) | https://legalvision.fr/guides-juridiques/creer-son-entreprise/siret-siren-nic-les-differences
    .checked = 2026-12-07

concept-extrait-kbis = extrait Kbis
    .forms = Kbis
    .domain = employment
    .explain = L’extrait Kbis est la carte d’identité officielle d’une entreprise enregistrée au registre du commerce.

concept-fonction = fonction dans la société
    .forms = poste occupé | intitulé du poste | emploi occupé | fonction occupée | nom du poste
    .domain = employment
    .explain = La fonction est votre poste dans l’entreprise, par exemple gérant, vendeur ou agent d’entretien.

concept-representant-legal = représentant légal
    .forms = représentante légale | représentant moral | représentant moral de l’entreprise
    .domain = employment
    .explain = Le représentant légal agit officiellement au nom d’une entreprise, souvent le gérant ou le président. Pour un enfant, ce sont en général les parents.

concept-micro-entrepreneur = micro-entrepreneur
    .forms = auto-entrepreneur | micro-entreprise | auto-entreprise
    .domain = employment
    .explain = Le micro-entrepreneur travaille à son compte avec des règles simples. Il déclare son chiffre d’affaires à l’URSSAF, chaque mois ou chaque trimestre.
    .source = service-public.fr F23257, « Micro-entrepreneur : quand déclarer son chiffre d'affaires ? » (copie aiton.fr) | https://aiton.fr/pratique/service-public-fr/professionnels/?xml=F23257
    .checked = 2026-12-07

concept-urssaf = URSSAF
    .domain = employment
    .explain = L’URSSAF récolte les cotisations sociales des employeurs et des indépendants. Les micro-entrepreneurs y déclarent leurs revenus.
    .source = communication-securite-sociale.fr, « Présentation » | https://communication-securite-sociale.fr/connaitre-la-securite-sociale/presentation/ ;; service-public.fr F23257, « Micro-entrepreneur : quand déclarer son chiffre d'affaires ? » (copie aiton.fr) | https://aiton.fr/pratique/service-public-fr/professionnels/?xml=F23257
    .checked = 2026-12-07
    .proper = yes

concept-offre-d-emploi = offre d’emploi
    .forms = annonce d’emploi
    .domain = employment
    .explain = Une offre d’emploi est une annonce d’un employeur qui cherche quelqu’un pour un travail.

concept-cv = CV
    .forms = curriculum vitae
    .domain = employment
    .explain = Le CV est un document court qui présente vos études, votre expérience et vos compétences.
    .proper = yes

# source : aucune source officielle trouvée (« France Travail peut la financer » n'a pas été sourcé), phrase affaiblie
concept-formation = formation
    .forms = formation professionnelle
    .domain = employment
    .explain = Une formation est un cours pour apprendre un métier ou une compétence. France Travail peut vous aider à en trouver une.
    .source = refugies.info (DIAIR), « S'inscrire à France Travail (Pôle emploi) » | https://refugies.info/fr/demarche/5dc947cebceb3c004fc43214
    .checked = 2026-12-07

concept-contrat-d-engagement-jeune = contrat d’engagement jeune
    .forms = CEJ
    .domain = employment
    .explain = Le CEJ aide les jeunes de moins de 26 ans sans emploi ni formation, avec un suivi et une allocation.
    .source = Association mode d'emploi, « Le contrat d'engagement jeune » (source secondaire) | https://www.associationmodeemploi.fr/article/le-contrat-d-engagement-jeune-une-nouveaute.75017 ;; informations.handicap.fr, « Contrat d'engagement jeune : jusqu'à 30 ans avec un handicap » (source secondaire) | https://informations.handicap.fr/a-contrat-engagement-jeune-30-ans-handicap-32181.php
    .checked = 2026-12-07

concept-licenciement = licenciement
    .forms = licencié | licenciée
    .domain = employment
    .explain = Le licenciement est la fin du contrat décidée par l’employeur. Il doit respecter des règles et vous donner des papiers de fin de contrat.
    .source = Unédic, « Je me sépare d'un salarié : quelles sont mes obligations d'employeur ? » | https://unedic.org/l-assurance-chomage-et-vous/employeur-du-secteur-prive/mes-demarches/je-me-separe-d-un-salarie-quelles-sont-mes-obligations-d-employeur
    .checked = 2026-12-07

## Documents et titres (ANTS, mairie)

concept-ants = ANTS
    .forms = Agence nationale des titres sécurisés | France Titres | ants.gouv.fr
    .domain = documents
    .explain = L’ANTS, appelée France Titres depuis 2024, gère les démarches en ligne pour la carte d’identité, le passeport, le permis de conduire et la carte grise.
    .source = Sénat, rapport PLF 2025, « Des missions démultipliées de France Titres » | https://conferenceconsensuslogement.senat.fr/rap/l24-144-32/l24-144-3211.html
    .checked = 2026-12-07
    .proper = yes

concept-carte-nationale-d-identite = carte nationale d’identité
    .forms = CNI | carte d’identité
    .domain = documents
    .explain = La carte nationale d’identité est la pièce d’identité des personnes françaises. Une personne étrangère utilise son passeport ou son titre de séjour.

concept-piece-d-identite = pièce d’identité
    .forms = justificatif d’identité | document d’identité | titre d’identité
    .domain = documents
    .explain = C’est un document officiel avec votre photo qui prouve qui vous êtes : passeport, carte d’identité ou titre de séjour.

# sens : permis = permis de conduire ; pas permis de construire, ni le participe de permettre (il est permis, permis par).
concept-permis-de-conduire = permis de conduire
    .forms = permis
    .unless =
        (permis) before: de construire | d aménager | de démolir | par | de séjour | de travail
        (permis) after: est | sont | pas | être | moyen
    .domain = documents
    .explain = Le permis de conduire vous autorise à conduire un véhicule. Les démarches se font sur le site de l’ANTS.
    .source = Sénat, rapport PLF 2025, « Des missions démultipliées de France Titres » | https://conferenceconsensuslogement.senat.fr/rap/l24-144-32/l24-144-3211.html
    .checked = 2026-12-07

# source : aucune source officielle trouvée (le nombre de chiffres et la case du permis ne sont pas sourcés), phrase affaiblie
concept-neph = numéro NEPH
    .forms = NEPH | numéro de dossier du permis
    .domain = documents
    .explain = Le NEPH est le numéro de dossier de votre permis de conduire. Le site le demande pour les démarches sur le permis.
    .where = Sur les papiers de l’auto-école ou sur votre permis.

concept-echange-de-permis = échange de permis
    .forms = échange de permis étranger | permis étranger
    .domain = documents
    .explain = Si vous avez un permis d’un pays hors Union européenne, vous devez parfois l’échanger contre un permis français. Souvent, la demande doit être faite dans l’année après votre premier titre de séjour.
    .source = service-public.fr F1460, échange de permis étranger (copie uzes.fr) | https://uzes.fr/demarches/formalites-administratives/recensement-militaire?cHash=375ee53e86260e0297e6f74d4a3e61e5&xml=F1460
    .checked = 2026-12-07

# source : aucune source officielle trouvée (la longueur du code (21 ou 22 caractères selon les sources) a été retirée), phrase affaiblie
concept-code-ephoto = code ePhoto
    .forms = e-photo | ephoto | code photo | photo-signature numérique
    .domain = documents
    .explain = C’est un code qui relie votre photo numérique à votre demande. Le site le demande à la place d’une photo papier.
    .where = Sur la planche de photos donnée par la cabine ou le photographe agréé ANTS.
    .source = refugies.info (DIAIR), « Make and use an e-photo » | https://refugies.info/en/procedure/63528e00976acb4f7bcd37ad
    .checked = 2026-12-07

concept-photo-d-identite = photo d’identité
    .forms = photographie d’identité | photo récente
    .domain = documents
    .explain = La photo doit dater de moins de 6 mois, de face, bouche fermée, sur un fond clair. Les lunettes sont permises si les yeux se voient bien, sans verres teintés ni reflet. Prenez-la chez un photographe ou dans une cabine agréée.
    .source = ANTS, « La photographie d'identité » | https://passeport.ants.gouv.fr/Vos-demarches/Photographie-d-identite ;; préfecture des Alpes-Maritimes, « Caractéristiques des photos d'identité » | http://www.alpes-maritimes.gouv.fr/index.php/Demarches-administratives/Aide-a-la-constitution-de-votre-dossier/Caracteristiques-des-photos-d-identite
    .checked = 2026-12-07

concept-certificat-d-immatriculation = certificat d’immatriculation
    .forms = carte grise
    .domain = documents
    .explain = Le certificat d’immatriculation, appelé carte grise, est le papier officiel d’un véhicule. Il porte le numéro de la plaque et le nom du propriétaire.

concept-pre-demande = pré-demande
    .forms = numéro de pré-demande | pré-demande en ligne
    .domain = documents
    .explain = La pré-demande se fait en ligne avant d’aller en mairie pour une carte d’identité ou un passeport. Vous recevez un numéro à donner au rendez-vous.
    .source = préfecture des Alpes-de-Haute-Provence, « Feu vert pour les pré-demandes de passeport en ligne » | http://www.alpes-de-haute-provence.gouv.fr/index.php/Actualites/Feu-vert-pour-les-pre-demandes-de-passeport-en-ligne ;; ville de Carcassonne, « Démarches pour les cartes d'identité et passeports » | https://carcassonne.org/article-page/carte-didentite-et-passeport
    .checked = 2026-12-07

concept-mairie = mairie
    .forms = hôtel de ville
    .domain = documents
    .explain = La mairie est le bureau de votre commune. Elle fait les actes d’état civil et reçoit les demandes de carte d’identité et de passeport.
    .source = savoir-juridique.com, « L'acte de naissance pour les Français nés à l'étranger » (source secondaire) | https://www.savoir-juridique.com/lacte-de-naissance-pour-les-francais-nes-a-letranger/ ;; préfecture des Alpes-de-Haute-Provence, « Feu vert pour les pré-demandes de passeport en ligne » | http://www.alpes-de-haute-provence.gouv.fr/index.php/Actualites/Feu-vert-pour-les-pre-demandes-de-passeport-en-ligne
    .checked = 2026-12-07

concept-empreintes-digitales = empreintes digitales
    .forms = empreintes | prise d’empreintes | relevé d’empreintes
    .domain = documents
    .explain = Les empreintes digitales sont les dessins du bout de vos doigts. Elles sont prises pour un passeport, une carte d’identité ou un titre de séjour.
    .source = préfecture des Alpes-de-Haute-Provence, « Feu vert pour les pré-demandes de passeport en ligne » | http://www.alpes-de-haute-provence.gouv.fr/index.php/Actualites/Feu-vert-pour-les-pre-demandes-de-passeport-en-ligne
    .checked = 2026-12-07

concept-timbre-fiscal = timbre fiscal
    .forms = timbre fiscal électronique | timbre dématérialisé | timbre électronique
    .domain = documents
    .explain = Le timbre fiscal sert à payer une taxe pour un document : titre de séjour, passeport, visa. On l’achète en ligne ou dans un bureau de tabac.
    .where = Sur le site timbres.impots.gouv.fr ou chez un buraliste. Gardez le numéro du timbre.
    .source = service-public.fr F21258, « Passeport : comment acheter un timbre fiscal ? » (copie agglo-agen.net) | https://www.agglo-agen.net/vie-quotidienne/demarches-en-ligne/guide-droits-et-demarches-particuliers?tx_cimcomarquage_displaycomarquage%5Baction%5D=list&tx_cimcomarquage_displaycomarquage%5Bcontroller%5D=Comarquage&tx_cimcomarquage_displaycomarquage%5Bindex%5D%5B0%5D=F21258&cHash=fdb8f4857844df0aadc2e478e1380992 ;; Solidarité numérique, « Acheter un timbre fiscal électronique » | https://solidarite-numerique.fr/?p=4244
    .checked = 2026-12-07

concept-declaration-de-perte = déclaration de perte
    .forms = déclaration de vol | perte ou vol | récépissé de déclaration de perte
    .domain = documents
    .explain = Si vous avez perdu un document ou si on vous l’a volé, faites une déclaration. Elle est demandée pour obtenir un nouveau document.

concept-attestation = attestation
    .domain = documents
    .explain = Une attestation est un document qui prouve une information, par exemple vos droits, un paiement ou votre adresse.

# sens : copie = copie d’un document ; pas copié (presse-papier), ni la copie d’un site.
concept-copie = copie
    .forms = photocopie
    .unless =
        (copie) surface: copié | copiée | copiés | copiées | Copié | Copiée
        (copie) before: du site | d un site | du portail | d un portail | d un vrai portail | conforme du réel site | conforme du site
    .domain = documents
    .explain = Une copie est la reproduction d’un document. Gardez toujours l’original et donnez une copie si c’est accepté.

concept-compte-rendu = compte rendu
    .domain = documents
    .explain = Un compte rendu est un texte qui raconte ce qui s’est passé. Par exemple, le médecin écrit un compte rendu après un examen.

concept-original = original
    .forms = document original
    .domain = documents
    .explain = L’original est le vrai document, pas une copie. On vous le demande souvent au rendez-vous pour vérification.

concept-scanner = scanner
    .forms = numériser | scan | document scanné | numérisation
    .domain = documents
    .explain = Scanner veut dire transformer un document papier en fichier. Une photo nette avec le téléphone est souvent acceptée.

concept-traduction = traduction
    .forms = traduction certifiée | traduction assermentée | traducteur assermenté | traducteur agréé
    .domain = documents
    .explain = Un document en langue étrangère doit souvent être traduit en français. Pour les actes officiels, la traduction doit être faite par un traducteur assermenté.
    .source = refugies.info (DIAIR), « Demander la traduction officielle d'un document » | https://refugies.info:443/fr/demarche/604f30f5e0162200154411aa
    .checked = 2026-12-07

concept-legalisation = légalisation
    .forms = apostille | document légalisé
    .domain = documents
    .explain = La légalisation ou l’apostille prouve qu’un document étranger est authentique. Elle dépend du pays qui a fait le document.
    .source = Solon avocats, « Légalisation, apostille : quelle différence ? » (décembre 2024, source secondaire) | https://solon.law/actualites/2024/12/3/lgalisation-apostille-quelle-diffrence-convention-de-la-haye-d-2021-1205-d-2024-87
    .checked = 2026-12-07

concept-en-cours-de-validite = en cours de validité
    .forms = document valide | non expiré
    .domain = documents
    .explain = Un document en cours de validité n’a pas encore dépassé sa date de fin.

concept-courrier = courrier
    .forms = courrier postal | par courrier | voie postale
    .domain = documents
    .explain = Le courrier est une lettre envoyée par la poste. Gardez une copie et la preuve d’envoi de tout courrier important.

concept-lettre-recommandee = lettre recommandée
    .forms = recommandé avec accusé de réception | LRAR | lettre recommandée avec accusé de réception
    .domain = documents
    .explain = C’est une lettre envoyée par la poste avec une preuve d’envoi et de réception. Utilisez-la pour les courriers importants, comme un recours.

concept-accuse-de-reception = accusé de réception
    .forms = accusé d’enregistrement | accusé de dépôt | accusé de réception électronique
    .domain = documents
    .explain = L’accusé de réception prouve que l’administration a bien reçu votre demande. Gardez-le, il donne la date de votre démarche.

concept-notification = notification
    .forms = notifier | notifié
    .domain = documents
    .explain = Une notification est un message officiel qui vous informe d’une décision ou d’une nouveauté. La date de notification fait commencer les délais de recours.
    .source = consultation.avocat.fr, « Le délai de recours commence-t-il à courir dans tous les cas ? » (CJA art. R421-5) | https://consultation.avocat.fr/blog/andre-icard/article-15995-le-delai-de-recours-commence-t-il-a-courir-dans-tous-les-cas.html
    .checked = 2026-12-07

## Rendez-vous

concept-rendez-vous = rendez-vous
    .forms = RDV
    .domain = appointment
    .explain = Un rendez-vous est un jour et une heure fixés pour voir un agent. Beaucoup d’administrations ne reçoivent que sur rendez-vous.

concept-prendre-rendez-vous = prendre rendez-vous
    .forms = prendre un rendez-vous | prise de rendez-vous | réserver un créneau | demande de rendez-vous | réserver un rendez-vous
    .domain = appointment
    .explain = Prendre rendez-vous veut dire choisir un jour et une heure libres sur le site. Vous recevez ensuite une confirmation à garder.

concept-creneau = créneau
    .forms = créneau horaire | créneau disponible
    .domain = appointment
    .explain = Un créneau est une heure de rendez-vous libre que vous pouvez choisir.

concept-plage-horaire = plage horaire
    .forms = horaires disponibles | plage horaire libre
    .domain = appointment
    .explain = Une plage horaire est une période de temps, par exemple de 9 h à 12 h, où des rendez-vous sont possibles.

concept-aucun-creneau-disponible = aucun créneau disponible
    .forms = il n’existe plus de plage horaire libre pour votre demande de rendez-vous | aucune disponibilité | aucun rendez-vous disponible | pas de créneau disponible | plus de créneau disponible | aucune plage horaire disponible | aucun créneau
    .domain = appointment
    .explain = Le site dit qu’il n’y a pas de rendez-vous libre en ce moment. Ce n’est pas votre faute, et cela peut durer des semaines.
    .todo = Réessayez à d’autres jours et heures, et faites à chaque fois une capture d’écran datée. Ces preuves permettent de demander un rendez-vous par écrit, puis au juge en référé.
    .source = ASH, « Les rendez-vous en préfecture » (Conseil d'État, 10 juin 2020, n° 435594) | https://ash.tm.fr/hebdo/3165/actualites-juridiques/les-rendez-vous-en-prefecture-554074.php
    .checked = 2026-12-07

concept-annuler-un-rendez-vous = annuler un rendez-vous
    .forms = annulation du rendez-vous | annuler mon rendez-vous | annuler le rendez-vous
    .domain = appointment
    .explain = Si vous ne pouvez pas venir, annulez votre rendez-vous pour libérer la place. Utilisez le lien reçu dans l’e-mail de confirmation.

concept-modifier-un-rendez-vous = modifier un rendez-vous
    .forms = déplacer un rendez-vous | changer de rendez-vous | reporter le rendez-vous | modifier mon rendez-vous
    .domain = appointment
    .explain = Modifier un rendez-vous veut dire choisir un autre jour ou une autre heure. Attention, l’ancien rendez-vous peut être perdu.

concept-confirmation-de-rendez-vous = confirmation de rendez-vous
    .forms = rendez-vous confirmé | confirmer le rendez-vous | confirmation du rendez-vous
    .domain = appointment
    .explain = C’est le message qui prouve votre rendez-vous, avec le jour, l’heure et le lieu. Imprimez-le ou gardez-le sur votre téléphone.

concept-liste-d-attente = liste d’attente
    .domain = appointment
    .explain = Vous êtes inscrit sur une liste et l’administration vous contacte quand une place se libère.

concept-delai = délai
    .forms = délai de traitement | délai de réponse | délai d’attente
    .domain = appointment
    .explain = Le délai est le temps à attendre, ou le temps que vous avez pour faire quelque chose. Respectez les délais écrits sur les lettres.

concept-reponse-automatique = réponse automatique
    .forms = message automatique | ne pas répondre à ce message | ne pas répondre | noreply
    .domain = appointment
    .explain = C’est un message envoyé par un ordinateur, pas par une personne. Ne répondez pas à cette adresse, utilisez le formulaire ou l’adresse indiquée.

## Erreurs et messages

# sens : droit à l’erreur = le droit de se tromper, pas un message d’erreur.
concept-message-d-erreur = message d’erreur
    .forms = texte d’erreur | erreur | une erreur
    .unless =
        (erreur) after: droit à l
    .domain = error
    .explain = Un message d’erreur dit qu’un problème empêche de continuer. Il est souvent en rouge, près du champ à corriger ou en haut de la page.
    .todo = Lisez le message, corrigez le champ indiqué et réessayez. Si vous ne comprenez pas l’erreur, faites une capture d’écran pour la montrer à une personne qui vous aide.

concept-erreur-technique = erreur technique
    .forms = une erreur est survenue | erreur inattendue | problème technique | une erreur technique est survenue | incident technique | problème de connexion
    .domain = error
    .explain = Le site a un problème qui ne vient pas de vous. Votre demande n’est peut-être pas partie.
    .todo = Faites une capture d’écran avec la date et l’heure, puis réessayez plus tard. Si l’erreur revient, écrivez à l’administration et demandez une autre façon de faire la démarche.

concept-service-indisponible = service indisponible
    .forms = service temporairement indisponible | site indisponible | service momentanément indisponible | erreur 503
    .domain = error
    .explain = Le site ne marche pas en ce moment. Ce n’est pas votre faute.
    .todo = Faites une capture d’écran datée et réessayez plus tard. Si cela dure, gardez vos captures : elles prouvent que vous avez essayé.

concept-maintenance = maintenance
    .forms = en maintenance | opération de maintenance | site en cours de maintenance | maintenance programmée
    .domain = error
    .explain = Le site est arrêté pour des travaux techniques. Il remarche en général après quelques heures.
    .todo = Revenez plus tard, souvent après l’heure indiquée. Si une date limite approche, gardez une capture d’écran pour prouver que le site était fermé.

concept-page-introuvable = page introuvable
    .forms = erreur 404 | page non trouvée | cette page n’existe pas
    .domain = error
    .explain = L’adresse de la page n’existe pas ou plus. Le lien est peut-être ancien ou mal écrit.
    .todo = Revenez à l’accueil du site et cherchez la démarche avec le menu. Vérifiez l’adresse écrite en haut du navigateur.

concept-erreur-500 = erreur 500
    .forms = erreur interne du serveur | internal server error | erreur serveur
    .domain = error
    .explain = Le serveur du site a eu un problème. Ce n’est pas votre faute.
    .todo = Faites une capture d’écran datée et réessayez plus tard. Si l’erreur revient, signalez-la à l’administration avec la capture.

concept-acces-refuse = accès refusé
    .forms = erreur 403 | accès interdit | vous n’avez pas accès à cette page
    .domain = error
    .explain = Le site ne vous laisse pas voir cette page. Vous n’êtes peut-être pas connecté, ou la page est réservée.
    .todo = Connectez-vous puis réessayez. Si cela continue, faites une capture d’écran et contactez l’administration.

concept-reessayer-plus-tard = réessayer plus tard
    .forms = veuillez réessayer ultérieurement | réessayez plus tard | merci de réessayer | veuillez réessayer plus tard | réessayer | renouveler votre demande plus tard | renouveler votre demande ultérieurement
    .domain = error
    .explain = Le site vous demande d’attendre avant d’essayer encore. Le problème vient souvent du site.
    .todo = Notez l’heure ou faites une capture d’écran, puis réessayez un autre moment de la journée.

concept-dossier-incomplet = dossier incomplet
    .forms = demande incomplète | dossier non complet | compléter votre dossier | demande de compléments
    .domain = error
    .explain = Il manque un document ou une information dans votre dossier. L’administration ne peut pas l’étudier tant qu’il n’est pas complet.
    .todo = Lisez la liste de ce qui manque et envoyez-le avant la date indiquée. Gardez la preuve de l’envoi.

concept-piece-manquante = pièce manquante
    .forms = document manquant | justificatif manquant
    .domain = error
    .explain = Un document demandé n’a pas été envoyé ou n’a pas été accepté.
    .todo = Ajoutez le document demandé dans votre compte ou envoyez-le. Si vous ne pouvez pas l’obtenir, expliquez pourquoi par écrit.

concept-format-non-valide = format non valide
    .forms = format invalide | format incorrect | n’est pas valide | format de fichier non autorisé | type de fichier non accepté | saisie invalide
    .domain = error
    .explain = L’information ou le fichier n’est pas écrit comme le site l’attend. Par exemple une date, une adresse e-mail ou un fichier du mauvais type.
    .todo = Regardez le format attendu, sous le champ ou dans l’exemple, puis corrigez. Pour un fichier, enregistrez-le en PDF ou en JPG.

concept-fichier-trop-volumineux = fichier trop volumineux
    .forms = taille du fichier dépassée | le fichier dépasse la taille maximale | fichier trop lourd | fichier trop gros
    .domain = error
    .explain = Votre fichier est plus lourd que la taille acceptée par le site.
    .todo = Réduisez le fichier : scannez en qualité plus basse ou en noir et blanc, ou utilisez un outil de compression. Puis ajoutez-le à nouveau.

concept-champ-obligatoire-non-rempli = champ obligatoire non rempli
    .forms = ce champ est obligatoire | veuillez renseigner ce champ | veuillez remplir ce champ | champ obligatoire manquant | veuillez compléter ce champ
    .domain = error
    .explain = Vous avez laissé vide une case qui doit être remplie.
    .todo = Cherchez le champ marqué en rouge, remplissez-le, puis validez à nouveau.

concept-identifiant-ou-mot-de-passe-incorrect = identifiant ou mot de passe incorrect
    .forms = identifiants incorrects | identifiant inconnu | identifiant ou mot de passe invalide | informations de connexion incorrectes
    .domain = error
    .explain = Le site ne reconnaît pas votre identifiant ou votre mot de passe. Une seule lettre ou majuscule fausse suffit.
    .todo = Vérifiez les majuscules et l’identifiant, puis réessayez. Après plusieurs erreurs, utilisez « Mot de passe oublié » pour éviter le blocage du compte.

concept-compte-bloque = compte bloqué
    .forms = compte verrouillé | compte désactivé | compte suspendu | compte temporairement bloqué
    .domain = error
    .explain = Le site a bloqué votre compte, souvent après trop d’erreurs de mot de passe.
    .todo = Attendez le temps indiqué ou utilisez « Mot de passe oublié ». Si cela ne marche pas, contactez l’administration et gardez une capture d’écran.

concept-trop-de-tentatives = trop de tentatives
    .forms = nombre maximal de tentatives atteint | trop d’essais | nombre de tentatives dépassé
    .domain = error
    .explain = Vous avez essayé trop de fois en peu de temps. Le site vous bloque pour un moment.
    .todo = Attendez, souvent quelques minutes ou quelques heures, avant de réessayer. Faites une capture d’écran si cela vous empêche de faire votre démarche.

concept-session-expiree = session expirée
    .forms = session terminée | déconnecté pour inactivité | délai de connexion dépassé
    .domain = error
    .explain = Vous êtes resté trop longtemps sans rien faire sur le site, il vous a déconnecté pour votre sécurité. Ce que vous n’aviez pas enregistré est peut-être perdu.
    .todo = Reconnectez-vous et recommencez. Préparez vos documents avant, pour aller plus vite.

concept-lien-expire = lien expiré
    .forms = lien invalide | lien périmé | ce lien n’est plus valide | le lien a expiré
    .domain = error
    .explain = Le lien reçu par e-mail ne marche plus, souvent parce qu’il est trop ancien ou déjà utilisé.
    .todo = Redemandez un nouveau lien sur le site, puis cliquez dessus rapidement.

concept-code-incorrect = code incorrect
    .forms = code invalide | code erroné | code expiré | le code saisi est incorrect
    .domain = error
    .explain = Le code écrit n’est pas le bon, ou il n’est plus valable.
    .todo = Vérifiez les chiffres, ou demandez un nouveau code et recopiez-le vite.

concept-adresse-electronique-deja-utilisee = adresse électronique déjà utilisée
    .forms = adresse e-mail déjà utilisée | cette adresse est déjà associée à un compte | compte déjà existant | un compte existe déjà
    .domain = error
    .explain = Un compte existe déjà avec cette adresse e-mail, peut-être créé par vous ou par une personne qui vous a aidé.
    .todo = Essayez de vous connecter ou cliquez sur « Mot de passe oublié ». Si ce compte n’est pas à vous, contactez l’administration.

concept-mot-de-passe-trop-faible = mot de passe trop faible
    .forms = le mot de passe ne respecte pas les critères | mot de passe non conforme | mot de passe trop court
    .domain = error
    .explain = Votre mot de passe ne suit pas les règles du site : longueur, majuscule, chiffre, caractère spécial.
    .todo = Lisez les règles sous le champ et choisissez un mot de passe plus long, avec tous les types de caractères demandés.

concept-mots-de-passe-differents = les mots de passe ne correspondent pas
    .forms = les mots de passe sont différents | les deux mots de passe ne sont pas identiques
    .domain = error
    .explain = Les deux mots de passe écrits ne sont pas exactement les mêmes.
    .todo = Écrivez à nouveau le même mot de passe dans les deux champs. Le bouton Afficher aide à vérifier.

concept-demande-deja-en-cours = demande déjà en cours
    .forms = une demande est déjà en cours | vous avez déjà une demande en cours | demande déjà déposée
    .domain = error
    .explain = Le site voit qu’une demande du même type existe déjà pour vous. Vous ne pouvez pas en faire une deuxième.
    .todo = Regardez votre compte pour suivre la demande existante. Si c’est une erreur, écrivez à l’administration avec une capture d’écran.

concept-dossier-cloture = dossier clôturé
    .forms = dossier classé | demande clôturée | classement sans suite | dossier fermé
    .domain = error
    .explain = L’administration a fermé votre dossier. Cela peut être une erreur ou venir d’un document manquant.
    .todo = Gardez une capture d’écran et écrivez vite à l’administration pour demander pourquoi. Si la réponse tarde, contactez une association, le Défenseur des droits ou un avocat.

concept-navigateur-non-compatible = navigateur non compatible
    .forms = navigateur non supporté | mettez à jour votre navigateur
    .domain = error
    .explain = Le site ne marche pas bien avec le programme que vous utilisez pour aller sur internet.
    .todo = Mettez à jour votre navigateur ou essayez avec un autre, comme Firefox ou Chrome.

concept-echec-du-paiement = échec du paiement
    .forms = paiement refusé | le paiement n’a pas abouti | transaction refusée
    .domain = error
    .explain = L’argent n’a pas pu être payé, par exemple pour un timbre fiscal. Votre carte n’a peut-être pas été débitée.
    .todo = Vérifiez votre compte bancaire avant de payer à nouveau. Gardez les captures d’écran et les e-mails de paiement.

## Logement

concept-logement = logement
    .forms = type de logement | situation de logement
    .domain = housing
    .explain = Le logement est l’endroit où vous habitez. Le portail demande si vous êtes locataire, propriétaire, hébergé ou sans logement.

concept-locataire = locataire
    .domain = housing
    .explain = Le locataire paie un loyer pour habiter un logement qui appartient à une autre personne ou à un organisme.

# sens : propriétaire = bailleur seulement quand la personne est locataire (votre propriétaire, le propriétaire du logement) ;
# seul, c’est souvent la personne elle-même (« Vous êtes : propriétaire »), ou le propriétaire d’un dossier : concept proprietaire.
concept-bailleur = bailleur
    .forms = propriétaire | bailleur social | loueur
    .only =
        (propriétaire) after: votre | vos | ton | mon | son | leur | au | du | à votre
        (propriétaire) before: du logement | de votre logement | de l appartement | de votre appartement | bailleur | ou bailleur
    .domain = housing
    .explain = Le bailleur est la personne ou l’organisme qui vous loue le logement. Un bailleur social gère des logements sociaux.

# Le propriétaire : la personne à qui une chose appartient (« Vous êtes : propriétaire », le propriétaire d’un dossier).
concept-proprietaire = propriétaire
    .domain = housing
    .explain = Le propriétaire est la personne à qui une chose appartient, par exemple un logement. Si vous êtes propriétaire de votre logement, il est à vous.

concept-loyer = loyer
    .forms = montant du loyer
    .domain = housing
    .explain = Le loyer est l’argent payé chaque mois au bailleur pour habiter le logement.

concept-charges-locatives = charges locatives
    .forms = provision pour charges
    .domain = housing
    .explain = Les charges paient des services de l’immeuble, comme l’eau ou l’entretien. Elles s’ajoutent souvent au loyer.

concept-quittance-de-loyer = quittance de loyer
    .forms = quittance | avis d’échéance
    .domain = housing
    .explain = La quittance est le papier du bailleur qui prouve que vous avez payé le loyer. Elle sert de justificatif de domicile.
    .source = accueil-etrangers.gouv.fr, liste des pièces (justificatif de domicile : quittance de loyer…) | http://accueil-etrangers.gouv.fr/demande-de-titre-de-sejour/vous-etes-ressortissant-e-non-europeen-ne/vous-etes-algerien/vous-etes-algerien/article/vous-demandez-un-certificat-de-50
    .checked = 2026-12-07

concept-bail = bail
    .forms = contrat de location | bail de location
    .domain = housing
    .explain = Le bail est le contrat entre le locataire et le bailleur. Il donne le loyer, la durée et les règles.

concept-etat-des-lieux = état des lieux
    .forms = état des lieux d’entrée | état des lieux de sortie
    .domain = housing
    .explain = L’état des lieux décrit l’état du logement à l’entrée et à la sortie. Vérifiez-le bien avant de signer.

concept-depot-de-garantie = dépôt de garantie
    .domain = housing
    .explain = C’est une somme payée au bailleur à l’entrée dans le logement. Il vous la rend au départ, moins les réparations justifiées.
    .source = Le Particulier (Le Figaro), « Dépôt de garantie : quand doit-il être restitué ? » (2021, art. 22 loi de 1989, source secondaire) | https://leparticulier.lefigaro.fr/jcms/c_111571/immobilier/depot-de-garantie-quand-doit-il-etre-restitue-au-locataire-comment-justifier-les-retenues-pratiquees-20211021
    .checked = 2026-12-07

concept-garant = garant
    .forms = caution | se porter garant | garantie Visale | Visale
    .domain = housing
    .explain = Le garant s’engage à payer le loyer si vous ne pouvez pas. Visale est une garantie gratuite qui peut remplacer un garant. Si Visale paie votre loyer, vous devrez ensuite le rembourser.
    .source = service-public.fr F33453, garantie Visale (copie gorbio.fr) | https://gorbio.fr/quotidien/urbanisme/declaration-de-travaux?xml=F33453
    .checked = 2026-12-07

concept-assurance-habitation = assurance habitation
    .forms = attestation d’assurance habitation
    .domain = housing
    .explain = Le locataire doit assurer son logement contre les dégâts, comme l’incendie ou l’eau. Le bailleur demande l’attestation chaque année.
    .source = Assemblée nationale, question écrite n° 32306 (réponse du ministère du logement, art. 7 loi du 6 juillet 1989) | https://2007-2012.nosdeputes.fr/question/QE/32306
    .checked = 2026-12-07

concept-logement-social = logement social
    .forms = HLM | logement HLM | habitation à loyer modéré
    .domain = housing
    .explain = Un logement social a un loyer plus bas, pour les personnes aux revenus modestes. Une commission choisit les locataires.
    .source = Côte d'Azur Habitat, « Procédure d'une demande » | https://www.cotedazurhabitat.fr/procedure-dune-demande
    .checked = 2026-12-07

concept-demande-de-logement-social = demande de logement social
    .forms = numéro unique | numéro unique d’enregistrement | numéro unique départemental | NUR
    .domain = housing
    .explain = Après votre demande de logement social, vous recevez un numéro unique. Renouvelez la demande chaque année, sinon elle est annulée.
    .where = Le numéro unique est sur l’attestation d’enregistrement de la demande.
    .source = service-public.fr F10007, demande de logement social (copie chapet.fr) | https://chapet.fr/votre-mairie/demarches-en-ligne/autres-demarches-co-marquage/?xml=F10007 ;; Côte d'Azur Habitat, « Procédure d'une demande » | https://www.cotedazurhabitat.fr/procedure-dune-demande
    .checked = 2026-12-07

concept-dalo = DALO
    .forms = droit au logement opposable
    .domain = housing
    .explain = Le DALO permet de saisir une commission si vous attendez un logement social depuis trop longtemps ou si vous êtes mal logé. Si elle reconnaît votre demande prioritaire, l’État doit vous proposer un logement. Cela peut quand même prendre du temps.
    .source = service-public.fr F18005, recours DALO (copie stmeen-montauban.fr) | https://stmeen-montauban.fr/mise-a-jour-du-livret-de-famille/?xml=F18005
    .checked = 2026-12-07
    .proper = yes

concept-expulsion = expulsion
    .forms = procédure d’expulsion | commandement de quitter les lieux
    .domain = housing
    .explain = L’expulsion oblige le locataire à quitter le logement après une décision du juge. En général, elle est interdite du 1er novembre au 31 mars.
    .todo = Contactez vite un travailleur social, l’ADIL ou une association. Répondez à toutes les lettres du juge.
    .source = consultation.avocat.fr, « Trêve hivernale : ne pas rester inactif » | https://consultation.avocat.fr/blog/jean-francois-peret/article-30281-treve-hivernale-ne-pas-rester-inactif.html
    .checked = 2026-12-07

concept-hebergement-d-urgence = hébergement d’urgence
    .forms = SIAO | mise à l’abri | appeler le 115
    .domain = housing
    .explain = Si vous êtes à la rue, appelez le 115, c’est gratuit, jour et nuit. Il cherche une place pour dormir.
    .source = refugies.info (DIAIR), « Appeler le 115 pour avoir un hébergement d'urgence » | https://refugies.info/fr/demarche/62503d59664c115fa5121c6a
    .checked = 2026-12-07

## Scolarité

concept-parcoursup = Parcoursup
    .domain = education
    .explain = Parcoursup est le site pour demander une place dans l’enseignement supérieur après le bac. Il a un calendrier strict.
    .source = AFP (France-Soir), « Parcoursup : un calendrier à respecter » | https://francesoir.fr/parcoursup-un-calendrier-respecter-des-etapes-ne-pas-manquer
    .checked = 2026-12-07
    .proper = yes

concept-inscription-scolaire = inscription scolaire
    .forms = inscription à l’école
    .domain = education
    .explain = L’école est obligatoire pour tous les enfants de 3 à 16 ans en France, même sans papiers. Pour l’école primaire, l’inscription se fait à la mairie.
    .source = service-public.fr F1898, inscription à l'école (copie aiton.fr) | https://aiton.fr/pratique/service-public-fr/particuliers/?xml=F1898 ;; Assemblée nationale, question écrite n° 31148 (scolarisation sans titre de séjour) | https://questions.assemblee-nationale.fr/q11/11-31148QE.htm
    .checked = 2026-12-07

concept-bourse = bourse
    .forms = bourse scolaire | bourse de lycée | bourse de collège | bourse sur critères sociaux | bourse d’études
    .domain = education
    .explain = Une bourse est une aide d’argent pour les études, donnée selon les revenus de la famille.
    .source = 20 Minutes, « Pour un coup de pouce, les Crous à la rescousse » (2021, source secondaire) | https://www.pressreader.com/france/20-minutes-rennes/20210709/281809991893993
    .checked = 2026-12-07

concept-crous = Crous
    .forms = Centre régional des œuvres universitaires et scolaires
    .domain = education
    .explain = Le Crous aide les étudiants : bourses, logements, restaurants universitaires.
    .source = PDE, « Les services des CROUS aux étudiants » (source secondaire) | http://www.pde.fr/le-social-et-les-aides/les-services-des-crous-aux-etudiants ;; 20 Minutes, « Pour un coup de pouce, les Crous à la rescousse » (2021, source secondaire) | https://www.pressreader.com/france/20-minutes-rennes/20210709/281809991893993
    .checked = 2026-12-07
    .proper = yes

concept-certificat-de-scolarite = certificat de scolarité
    .forms = attestation de scolarité
    .domain = education
    .explain = Ce document prouve qu’un élève ou un étudiant est inscrit dans l’école. La CAF ou la préfecture peut le demander.
    .where = Demandez-le au secrétariat de l’école, ou téléchargez-le dans l’espace en ligne de l’établissement.

concept-ine = INE
    .forms = identifiant national élève | identifiant national étudiant | numéro INE
    .domain = education
    .explain = L’INE est le numéro personnel d’un élève ou d’un étudiant, de 11 caractères. Parcoursup et l’université le demandent.
    .where = Sur les bulletins de notes ou le relevé de notes du bac.
    .source = Caligari, « Numéro INE » (source secondaire) | https://caligari.fr/find-student-ine-number ;; AFP (France-Soir), « Parcoursup : un calendrier à respecter » | https://francesoir.fr/parcoursup-un-calendrier-respecter-des-etapes-ne-pas-manquer
    .checked = 2026-12-07
    .proper = yes

concept-diplome = diplôme
    .domain = education
    .explain = Le diplôme prouve que vous avez réussi des études. Le formulaire peut demander votre plus haut diplôme.

concept-reconnaissance-de-diplome = reconnaissance de diplôme
    .forms = ENIC-NARIC | attestation de comparabilité
    .domain = education
    .explain = Un diplôme étranger peut recevoir une attestation qui dit à quel niveau français il correspond. Elle aide pour le travail ou les études.
    .source = service-public.fr R38515, « Demander une attestation de comparabilité d'un diplôme étranger » | https://www.service-public.fr/particuliers/vosdroits/R38515?lang=en ;; France Éducation international, « L'attestation de comparabilité » (octobre 2024) | https://www.france-education-international.fr/actualites/lettre-fei/2024-10/lattestation-de-comparabilite-un-outil-au-service-de-la-mobilite-academique-et
    .checked = 2026-12-07

concept-cours-de-francais = cours de français
    .forms = formation linguistique | français langue étrangère | FLE
    .domain = education
    .explain = Les cours de français aident à apprendre la langue. Avec le contrat d’intégration républicaine, l’OFII peut les payer.
    .source = ofii.fr, « Le parcours de la visite d'accueil » | https://www.ofii.fr/le-parcours-de-la-visite-daccueil-un-apres-midi-a-la-direction-territoriale-de-lofii-de-paris/
    .checked = 2026-12-07

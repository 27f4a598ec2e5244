### Relais — translation memory, English: the same ids as locales/fr/portals.ftl.
### .by = demarches-simplifiees: the portal's own English, verbatim. Without .by: drafted by an AI model
### as a careful translator would (plain, faithful, negation and numbers kept), reviewed by nobody.
### Written by tools/meaning/seed_memory.py from tests/data/portal-strings/ds.tsv, en-drafts.tsv and pages-memory.tsv.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Switch to super-admin
    .by = demarches-simplifiees
tm-passer-en-usager = Switch to user
    .by = demarches-simplifiees
tm-passer-en-instructeur = Switch to instructor
    .by = demarches-simplifiees
tm-passer-en-expert = Switch to expert
    .by = demarches-simplifiees
tm-passer-en-gestionnaire = Switch to admins group manager
    .by = demarches-simplifiees
tm-se-deconnecter = Log out
    .by = demarches-simplifiees

## ds: components attachment

tm-reessayer = Retry
    .by = demarches-simplifiees
tm-supprimer-le-fichier = Delete file { $file }
    .by = demarches-simplifiees
tm-plusieurs-fichiers-possibles = Multiple files possible.
    .by = demarches-simplifiees
tm-remplacer-le-fichier = Replace file { $file }
    .by = demarches-simplifiees
tm-le-format-pdf-est-generalement-le = The .PDF format is generally the most convenient, as it is easily readable on all devices.
    .by = demarches-simplifiees
tm-virus-detecte-merci-denvoyer-un-autre = Virus detected, please send another file.
    .by = demarches-simplifiees
tm-le-fichier-est-corrompu-merci-denvoyer = The file is corrupted, please send another file.
    .by = demarches-simplifiees
tm-ajoutee-le = Added on { $date }
    .by = demarches-simplifiees
tm-modifiee-le = Updated on { $date }
    .by = demarches-simplifiees
tm-le-traitement-de-votre-piece-jointe = Processing your attachment takes longer than expected.
    .by = demarches-simplifiees
tm-le-traitement-de-vos-pieces-jointes = Processing your attachments takes longer than expected.
    .by = demarches-simplifiees
tm-cela-ne-vous-empeche-pas-de = This does not prevent you from submitting your file if you wish.
    .by = demarches-simplifiees
tm-chargement-de-fichier = Loading
    .by = demarches-simplifiees
tm-virus-detecte-le-telechargement-est = Virus detected, download is blocked.
    .by = demarches-simplifiees
tm-apercu-non-disponible = Preview unavailable
    .by = demarches-simplifiees

## ds: components autosave_notice_component

tm-formulaire-en-erreur = Form in error
    .by = demarches-simplifiees

## ds: components dossiers

tm-adresse = Address
    .by = demarches-simplifiees
tm-pays = Country
    .by = demarches-simplifiees
tm-autres-informations-sur-lorganisme-sur = ➡ More information about the organization on « annuaire-entreprises.data.gouv.fr »
    .by = demarches-simplifiees
tm-brouillon-enregistre-avec-succes = Draft successfully saved.
    .by = demarches-simplifiees
tm-attention-impossible-denregistrer-le = Warning: Impossible to save the draft.
    .by = demarches-simplifiees
tm-vos-modifications-sont-automatiquement = Your modifications are automatically saved.
    .by = demarches-simplifiees
tm-deposez-les-quand-vous-aurez-termine = Submit them when you’re done.
    .by = demarches-simplifiees
tm-modifications-enregistrees-avec-succes = Modifications successfully saved.
    .by = demarches-simplifiees
tm-annotations-enregistrees-avec-succes = Annotations successfully saved.
    .by = demarches-simplifiees
tm-attention-impossible-denregistrer-les = Warning: Impossible to save the annotations.
    .by = demarches-simplifiees
tm-commune = Municipality
    .by = demarches-simplifiees
tm-les-dossiers-ont-ete-supprimes-vous = The folders have been deleted. You can no longer recover them for the following reasons:
    .by = demarches-simplifiees
tm-vous-avez-supprime-votre-dossier = You have deleted your folder.
    .by = demarches-simplifiees
tm-deposer-le-dossier = Submit the file
    .by = demarches-simplifiees
tm-deposer-les-modifications = Submit file changes
    .by = demarches-simplifiees
tm-pourquoi-je-ne-peux-pas-deposer = File submission disabled
    .by = demarches-simplifiees
tm-verifier-le-dossier = Check the file
    .by = demarches-simplifiees
tm-envoi-en-cours = Submitting…
    .by = demarches-simplifiees
tm-en-tant-quinvite-vous-pouvez-remplir = You are invited to make amendments to this file but only the owner themselves can submit it.
    .by = demarches-simplifiees
tm-des-modifications-nont-pas-encore-ete = Modifications not yet submitted
    .by = demarches-simplifiees
tm-vous-avez-apporte-des-modifications = You have made changes after submitting your file. Submit them so that the administration can take them into account.
    .by = demarches-simplifiees
tm-continuer-a-modifier = Continue to edit
    .by = demarches-simplifiees
tm-votre-dossier-contient-1-champ-en = Your file has 1 error
    .by = demarches-simplifiees
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] Your file has 1 error
       *[other] Your file has { $n } errors
    }
    .by = demarches-simplifiees
tm-corrigez-la-pour-poursuivre = Fix-it to continue:
    .by = demarches-simplifiees
tm-corrigez-les-pour-poursuivre = Fix-them to continue:
    .by = demarches-simplifiees
tm-plus-dinformations = More information
    .by = demarches-simplifiees
tm-moins-dinformations = Less information
    .by = demarches-simplifiees
tm-votre-identite = Your identity
    .by = demarches-simplifiees
tm-vous-agissez-en-tant-que-mandataire = You are acting as a proxy for a principal, either professionally (such as accountant, lawyer, civil servant…) or personally (family). Make sure to respect the conditions of
    .by = demarches-simplifiees
tm-articles-1984-et-suivants-du-code = Articles 1984 and following of the Civil Code.
    .by = demarches-simplifiees
tm-identite-du-beneficiaire = Identity of the beneficiary
    .by = demarches-simplifiees
tm-vous-ne-pouvez-pas-deposer-votre = Your file does not match submission criteria
    .by = demarches-simplifiees
tm-repondre = Reply
    .by = demarches-simplifiees
tm-invite = Guest
    .by = demarches-simplifiees
tm-supprimer-le-message = Delete this message
    .by = demarches-simplifiees
tm-supprimer-la-demande-de-correction-et = Delete the correction request and this message
    .by = demarches-simplifiees
tm-supprimer-le-message-en-attente-de = Delete the pending response message
    .by = demarches-simplifiees
tm-etes-vous-sur-de-vouloir-supprimer = Are you sure you want to delete this message ?
    .by = demarches-simplifiees
tm-email-automatique = Automatic email
    .by = demarches-simplifiees
tm-vous = You
    .by = demarches-simplifiees
tm-message-supprime = Message deleted
    .by = demarches-simplifiees
tm-non-lu = Unread
    .by = demarches-simplifiees
tm-usager = User
    .by = demarches-simplifiees
tm-vous-devez-effectuer-les-modifications = You must make the requested changes by editing your file.
    .by = demarches-simplifiees
tm-modifier-le-dossier = Edit the file
    .by = demarches-simplifiees
tm-cree-depuis-le = Created since
    .by = demarches-simplifiees
tm-depose-depuis-le = Submitted since
    .by = demarches-simplifiees
tm-appliquer-les-filtres = Apply filters
    .by = demarches-simplifiees
tm-reinitialiser-les-filtres = Reset filters
    .by = demarches-simplifiees
tm-selectionner-un-filtre = Select a filter
    .by = demarches-simplifiees
tm-1-filtre-actif = 1 active filter
    .by = demarches-simplifiees
tm-filtres-actifs = { $n ->
        [one] 1 active filter
       *[other] { $n } active filters
    }
    .by = demarches-simplifiees
tm-supprimer-1-filtre-actif = Remove the active filter
    .by = demarches-simplifiees
tm-selectionner-un-statut = Select a state
    .by = demarches-simplifiees
tm-afficher-les-dossiers-par-demarche = Show files by procedure
    .by = demarches-simplifiees
tm-afficher = Show
    .by = demarches-simplifiees

## ds: components dsfr

tm-telecharger-le-fichier = Download file
    .by = demarches-simplifiees
tm-ce-lien-est-ephemere-et-ne = This link is ephemeral and should not be shared.
    .by = demarches-simplifiees
tm-afficher-le-mot-de-passe = Show password
    .by = demarches-simplifiees
tm-afficher-la-confirmation-du-mot-de = show password confirmation
    .by = demarches-simplifiees
tm-ladresse-electronique-semble-erronee = The address seems wrong
    .by = demarches-simplifiees
tm-vouliez-vous-ecrire = Do you mean to say:
    .by = demarches-simplifiees
tm-recherche-en-cours-pour-le-siret = Search in progress for SIRET { $value }…
    .by = demarches-simplifiees
tm-au-capital-social-de = { $name } { $forme_juridique } with a share capital of { $amount }
    .by = demarches-simplifiees
tm-donnee-remplie-automatiquement = Prefilled data.
    .by = demarches-simplifiees
tm-une-erreur-est-survenue-lors-de = An error occurred while parsing your document. Ignore this message if you are confident about your file.
    .by = demarches-simplifiees
tm-masquer-le-message = Hide message
    .by = demarches-simplifiees

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Street name and number or, place name
    .by = demarches-simplifiees
tm-une-erreur-est-survenue-lors-de-2 = An error occurred while searching
    .by = demarches-simplifiees
tm-une-erreur-est-survenue-lors-de-3 = An error occurred while searching. If the problem persists, check "I cannot find my address in the suggestions" and continue.
    .by = demarches-simplifiees
tm-ville = City
    .by = demarches-simplifiees
tm-exemple-london = Example : London
    .by = demarches-simplifiees
tm-ville-ou-commune = City or Municipality
    .by = demarches-simplifiees
tm-renseignez-le-nom-ou-le-code = Enter the name or postal code of the city then, select the municipality in the list. Example : Strasbourg
    .by = demarches-simplifiees
tm-code-postal = Postal code
    .by = demarches-simplifiees
tm-je-ne-trouve-pas-mon-adresse = I cannot find my address in the suggestions
    .by = demarches-simplifiees
tm-saisissez-une-adresse-une-voie-un = Enter an address, a street, a city. Example: 11 rue Réaumur, Paris
    .by = demarches-simplifiees
tm-centrer-la-carte-en-recherchant-une = Center the map by searching for an address
    .by = demarches-simplifiees
tm-commencez-a-saisir = Start typing
    .by = demarches-simplifiees
tm-ajouter-un-point-sur-la-carte = Add a point to the map
    .by = demarches-simplifiees
tm-exemple = Example:
    .by = demarches-simplifiees
tm-afficher-votre-position-sur-la-carte = Show your location on the map
    .by = demarches-simplifiees
tm-ajouter-le-point-avec-les-coordonnees = Add the point with the coordinates entered on the map
    .by = demarches-simplifiees
tm-ajouter-un-fichier-gpx-ou-kml = Add a GPX or KML file
    .by = demarches-simplifiees
tm-supprimer-le-fichier-2 = Delete the file
    .by = demarches-simplifiees
tm-modification-a-deposer = modifications to submit
    .by = demarches-simplifiees
tm-information-champ-actualise-par = Information: field updated by administration. Check its content.
    .by = demarches-simplifiees
tm-la-taille-maximale-conseillee-est-de = The recommended maximum size is { $n } characters.
    .by = demarches-simplifiees
tm-le-numero-dallocataire-caf = CAF benefit number
    .by = demarches-simplifiees
tm-il-est-generalement-compose-de-7 = It is usually composed of 7 digits.
    .by = demarches-simplifiees
tm-le-code-postal = postal code
    .by = demarches-simplifiees
tm-il-est-generalement-compose-de-5 = It is usually composed of 5 digits.
    .by = demarches-simplifiees
tm-numero-daccreditation = Accreditation number
    .by = demarches-simplifiees
tm-format-jj-mm-aaaa = Format: MM/JJ/AAAA
    .by = demarches-simplifiees
tm-le-numero-fiscal = Tax number
    .by = demarches-simplifiees
tm-il-est-generalement-compose-de-13 = It is usually composed of 13 to 14 characters.
    .by = demarches-simplifiees
tm-la-reference-davis-dimposition = Tax notice reference
    .by = demarches-simplifiees
tm-elle-est-generalement-composee-de-13 = It is usually composed of 13 to 14 characters.
    .by = demarches-simplifiees
tm-identifiant-national-etudiant-il-est = Student National Number. It is usually composed of alphanumeric characters.
    .by = demarches-simplifiees
tm-identifiant = Identifier
    .by = demarches-simplifiees
tm-il-est-generalement-compose-de = It is usually composed of alphanumeric characters.
    .by = demarches-simplifiees
tm-ajouter-un-element-supplementaire-a = Add another element to « { $name } »
    .by = demarches-simplifiees
tm-supprimer = Destroy { $name } { $n }
    .by = demarches-simplifiees
tm-aucune-fondation-trouvee = No foundation found
    .by = demarches-simplifiees
tm-ce-rnf-correspond-a = This RNF matches: { $name }, { $address }
    .by = demarches-simplifiees
tm-il-vous-reste-caracteres = You have { $n } characters remaining.
    .by = demarches-simplifiees
tm-vous-avez-atteint-la-taille-maximale = You have reached the maximum recommended size.
    .by = demarches-simplifiees
tm-oui = Yes
    .by = demarches-simplifiees

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Show all errors
    .by = demarches-simplifiees

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Password is acceptable. You can validate… or improve your password.
    .by = demarches-simplifiees
tm-mot-de-passe-vulnerable = Vulnerable password.
    .by = demarches-simplifiees
tm-mot-de-passe-tres-vulnerable = Very vulnerable password.
    .by = demarches-simplifiees
tm-pour-un-mot-de-passe-securise = A short sentence with punctuation can be a very secure password.
    .by = demarches-simplifiees

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Follow this link to connect to the new address.
    .by = demarches-simplifiees
tm-nous-avons-detecte-une-erreur-reseau = We have detected a network error in your access. Contact your IT department to authorize connection to demarche.numerique.gouv.fr.
    .by = demarches-simplifiees

## ds: errors

tm-nest-pas-dun-type-accepte = is not of an accepted type
    .by = demarches-simplifiees
tm-est-trop-lourd-e-le-fichier = is too big. The file must be at most { $amount }.
    .by = demarches-simplifiees

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Request new password
    .by = demarches-simplifiees
tm-vous-etes-connecte-e-vous-pouvez = You are connected ! You can switch between your multiple profiles : { $roles }.
    .by = demarches-simplifiees
tm-vous-etes-maintenant-deconnecte-e = You are now disconnected.
    .by = demarches-simplifiees

## ds: users

tm-votre-compte-a-deja-ete-active = Your account has already been activated.
    .by = demarches-simplifiees

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE is unavailable, company information will arrive within a few hours.
    .by = demarches-simplifiees

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = If you are a human, ignore this field
    .by = demarches-simplifiees

## ds: clipboard

tm-copie = Copied
    .by = demarches-simplifiees

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Find your answer in the
    .by = demarches-simplifiees
tm-contact-technique = Technical contact
    .by = demarches-simplifiees
tm-envoyez-nous-un-message-a = Send us a message to { $email }.
    .by = demarches-simplifiees
tm-besoin-daide-pour-remplir-votre-dossier = Need help filling out your file?
    .by = demarches-simplifiees

## ds: utils

tm-nombre-a-virgule = Floating point number
    .by = demarches-simplifiees
tm-nombre-entier = Integer number
    .by = demarches-simplifiees
tm-liste-a-choix-multiple = List of simple elements
    .by = demarches-simplifiees
tm-deconnexion = Log out
    .by = demarches-simplifiees
tm-pieces-jointes = Attachments
    .by = demarches-simplifiees
tm-les-champs-suivis-dun-asterisque = Fields marked by an asterisk ( required ) are mandatory.
    .by = demarches-simplifiees
tm-facultatif = (optional)
    .by = demarches-simplifiees
tm-envoyer-le-message = Send message
    .by = demarches-simplifiees
tm-nouvel-onglet = New tab
    .by = demarches-simplifiees

## ds: skiplinks

tm-acces-rapide = Quick access
    .by = demarches-simplifiees
tm-contenu = Content
    .by = demarches-simplifiees

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = When autocomplete results are available, use the up and down arrows to navigate through the list of results. Press Enter to select a result. Press Escape to close the results list.
    .by = demarches-simplifiees
tm-aucun-resultat = No result
    .by = demarches-simplifiees
tm-1-resultat = 1 result
    .by = demarches-simplifiees
tm-resultats = results
    .by = demarches-simplifiees

## ds: layouts

tm-un-outil-simple-pour-gerer-les = A simple tool to manage dematerialized administrative forms.
    .by = demarches-simplifiees
tm-mon-compte = My account
    .by = demarches-simplifiees
tm-revenir-en-arriere = Back
    .by = demarches-simplifiees
tm-revenir-en-arriere-sur-le-site = Back to my administration's website
    .by = demarches-simplifiees
tm-menu-principal = Main menu
    .by = demarches-simplifiees
tm-mes-dossiers = My files
    .by = demarches-simplifiees
tm-consulter-mon-dossier = View your File
    .by = demarches-simplifiees
tm-jai-une-question = I have a question
    .by = demarches-simplifiees
tm-aller-a-la-page-daccueil = Go to homepage
    .by = demarches-simplifiees

## ds: views

tm-creation-de-compte-sur = Create an account { $name }
    .by = demarches-simplifiees
tm-se-creer-un-compte-avec-une = Create an account using an email
    .by = demarches-simplifiees
tm-adresse-electronique = Email (name@site.com)
    .by = demarches-simplifiees
tm-mot-de-passe-caracteres-minimum = Password ({ $n } characters minimum)
    .by = demarches-simplifiees
tm-avant-deffectuer-votre-demarche-nous = Before filling your file, we have to validate your email address { $email }.
    .by = demarches-simplifiees
tm-ouvrez-votre-boite-email-et-cliquez = Open your mailbox and click on the activation link within the mail we just sent you.
    .by = demarches-simplifiees
tm-renvoyer-un-email-de-confirmation = Resend the confirmation email
    .by = demarches-simplifiees
tm-lautorisation-de-vient-detre-revoquee = The permission given to { $email } had been revoked. You can create another one.
    .by = demarches-simplifiees
tm-vous-ne-pouvez-pas-revoquer-cette = You can't revoke this invitation
    .by = demarches-simplifiees
tm-inviter-une-personne-a-modifier-ce = Invite someone to edit this file
    .by = demarches-simplifiees
tm-gestion-des-invites = Invite someone
    .by = demarches-simplifiees
tm-les-invites-ont-le-droit-de = Invited people can view and edit your file
    .by = demarches-simplifiees
tm-ajouter-un-invite = Invite someone
    .by = demarches-simplifiees
tm-envoyer-une-invitation = Send an invitation
    .by = demarches-simplifiees
tm-revoquer-lacces = Withdraw the permission
    .by = demarches-simplifiees
tm-aucun-invite-ne-peut-voir-et = No user can view and edit this file at this time.
    .by = demarches-simplifiees
tm-1-personne-invitee = 1 user invited
    .by = demarches-simplifiees
tm-personnes-invitees = { $n ->
        [one] 1 user invited
       *[other] { $n } users invited
    }
    .by = demarches-simplifiees
tm-une-fois-le-dossier-complet-vous = Once your file is complete, you'll need to submit it yourself.
    .by = demarches-simplifiees
tm-dernier = Last
    .by = demarches-simplifiees
tm-precedent = Previous
    .by = demarches-simplifiees
tm-premier = First
    .by = demarches-simplifiees
tm-lusager-a-supprime-son-compte = (the user has deleted his/her account)
    .by = demarches-simplifiees
tm-cordialement = Best Regards,
    .by = demarches-simplifiees
tm-modifie-par-lusager-le = Updated by user on { $date }
    .by = demarches-simplifiees
tm-passe-en-instruction-le = Switched to instruction on { $date }
    .by = demarches-simplifiees
tm-accepte-le = Accepted on { $date }
    .by = demarches-simplifiees
tm-classe-sans-suite-le = Closed on { $date }
    .by = demarches-simplifiees
tm-telecharger-lattestation = Download attestation
    .by = demarches-simplifiees
tm-votre-dossier-est-enregistre = Your file is automatically saved after each modification. You can close the window at any time and pick up where you left off later.
    .by = demarches-simplifiees
tm-envoyer-et-marquer-le-dossier = Send and mark file as WAITING FOR RESPONSE
    .by = demarches-simplifiees
tm-en-attente-de-reponse = WAITING FOR RESPONSE
    .by = demarches-simplifiees
tm-votre-message-obligatoire = Your message (mandatory)
    .by = demarches-simplifiees
tm-ecrivez-votre-message-a-l-administration = Write your message to the administration here
    .by = demarches-simplifiees
tm-identite-du-demandeur = Identity of the requester
    .by = demarches-simplifiees
tm-identite-du-mandataire = Identity of the mandatary
    .by = demarches-simplifiees
tm-sections-du-formulaire = Form
    .by = demarches-simplifiees
tm-modifier-le-siret = Edit SIRET
    .by = demarches-simplifiees
tm-lusager-a-pris-connaissance-de-la = The user has read the decision taken on his file on { $agreement }.
    .by = demarches-simplifiees
tm-identifier-votre-etablissement = Identify your establishment
    .by = demarches-simplifiees
tm-civilite = Civility
    .by = demarches-simplifiees
tm-nom = Last Name
    .by = demarches-simplifiees
tm-renseignez-le-numero-de-siret-de = Fill the SIRET number of your company, administration or association to start the procedure.
    .by = demarches-simplifiees
tm-pour-trouver-votre-numero-siret-utilisez = To find your SIRET number, use { $annuaire_link } or ask your accounting department.
    .by = demarches-simplifiees
tm-continuer = Continue
    .by = demarches-simplifiees
tm-merci = Thank you!
    .by = demarches-simplifiees
tm-votre-dossier-sur-la-demarche = Your file on the procedure
    .by = demarches-simplifiees
tm-a-bien-ete-envoye = has been sent.
    .by = demarches-simplifiees
tm-vous-avez-desormais-acces-a-votre = You have now access to your
    .by = demarches-simplifiees
tm-dossier-en-ligne = online file.
    .by = demarches-simplifiees
tm-vous-pouvez = You can
    .by = demarches-simplifiees
tm-le-modifier = edit it
    .by = demarches-simplifiees
tm-et = and
    .by = demarches-simplifiees
tm-echanger-avec-un-instructeur = talk with an instructor.
    .by = demarches-simplifiees
tm-telecharger-mon-dossier = Download your file
    .by = demarches-simplifiees
tm-telecharger-mon-attestation = Download your attestation
    .by = demarches-simplifiees
tm-suivi-de-votre-dossier = Follow-up on your file
    .by = demarches-simplifiees
tm-votre-dossier = Your file
    .by = demarches-simplifiees
tm-dossier-n = File no. { $n }
    .by = demarches-simplifiees
tm-en-brouillon-depuis-le = - Draft on { $date }
    .by = demarches-simplifiees
tm-dossier-pdf = file-{ $n }.pdf
    .by = demarches-simplifiees
tm-brouillon = draft
    .by = demarches-simplifiees
tm-votre-dossier-est-en-cours-dinstruction = The administration is reviewing your file. You are no longer able to edit it.
    .by = demarches-simplifiees
tm-votre-dossier-est-soumis-au-cadre = Your file is subject to the legislative framework « Silence Vaut Accord »
    .by = demarches-simplifiees
tm-votre-dossier-est-soumis-au-cadre-2 = Your file is subject to the legislative framework « Silence Vaut Rejet »
    .by = demarches-simplifiees
tm-termine = completed
    .by = demarches-simplifiees
tm-vous-avez-une-question-utilisez-la = You have a question? Use the mailbox to contact the administration directly.
    .by = demarches-simplifiees
tm-motivation = Motivation :
    .by = demarches-simplifiees
tm-attestation = Attestation :
    .by = demarches-simplifiees
tm-votre-dossier-a-ete-accepte = Your file had been accepted
    .by = demarches-simplifiees
tm-motif-de-lacceptation = Reason
    .by = demarches-simplifiees
tm-votre-dossier-a-ete-refuse = Your file had been rejected
    .by = demarches-simplifiees
tm-envoyer-un-message-a-ladministration = Send a message to the administration
    .by = demarches-simplifiees
tm-dernier-message = Latest message
    .by = demarches-simplifiees
tm-votre-prochain-rendez-vous = Your next appointment
    .by = demarches-simplifiees
tm-voir-mon-rendez-vous-sur-rdv = See my appointment on RDV Service Public
    .by = demarches-simplifiees
tm-modifier-le-dossier-vous-pouvez-modifier = Edit my file - You can modify your file as long as it has not been sent for processing
    .by = demarches-simplifiees
tm-rechercher-un-dossier-par-n-de = Search a file (by file number, keywords…)
    .by = demarches-simplifiees
tm-rechercher-un-dossier-par-n-de-2 = Search a file (by file number, last name / first name, keywords…)
    .by = demarches-simplifiees
tm-saisissez-votre-recherche = Enter your search
    .by = demarches-simplifiees
tm-resultat-de-la-recherche-pour = Search result for « { $search_terms } »
    .by = demarches-simplifiees
tm-et-pour-la-procedure = and procedure « { $name } »
    .by = demarches-simplifiees
tm-dossier-numero = File number { $n }
    .by = demarches-simplifiees
tm-ladministration-ne-traitera-plus-votre = The administration will no longer process your request.
    .by = demarches-simplifiees
tm-dossier-n-2 = File no.
    .by = demarches-simplifiees
tm-ne-correspond-aux-termes-recherches = found with search terms
    .by = demarches-simplifiees
tm-ne-correspond-aux-filtres-selectionnes = found with selected filters
    .by = demarches-simplifiees
tm-cette-demarche-est-close-vous-ne = This procedure is closed You cannot submit this file. We invite you to submit a new one on the { $link } which replaces it.
    .by = demarches-simplifiees
tm-cette-demarche-est-close-vous-ne-2 = This procedure is closed You cannot submit this file, nor submit a new one for this procedure. { $link }
    .by = demarches-simplifiees
tm-cette-demarche-est-close-votre-dossier = This procedure is closed Your file has been submitted and can be investigated by the administration. If necessary, you can submit a new file on the { $link } that replaces it.
    .by = demarches-simplifiees
tm-cette-demarche-est-close-votre-dossier-2 = This procedure is closed Your file has been submitted and can be processed by the administration. You cannot submit a new file for this procedure. { $link }
    .by = demarches-simplifiees
tm-cette-demarche-est-close-votre-dossier-3 = This procedure is closed Your file has been processed by the administration. If necessary, you can submit a new file on the { $link } that replaces it.
    .by = demarches-simplifiees
tm-cette-demarche-est-close-votre-dossier-4 = This procedure is closed Your file has been processed by the administration. You cannot submit a new file for this procedure. { $link }
    .by = demarches-simplifiees
tm-nouvelle-demarche-disponible = New procedure available
    .by = demarches-simplifiees
tm-cette-demarche = this procedure
    .by = demarches-simplifiees
tm-ce-dossier-attend-vos-corrections = This file is waiting for your corrections Consult the changes to be made in the messaging system of file number { $n }.
    .by = demarches-simplifiees
tm-ce-dossier-attend-votre-reponse = This file is waiting for your response
    .by = demarches-simplifiees
tm-consultez-la-messagerie-du-dossier = Consult the messaging system of file number { $n } and respond to the administration.
    .by = demarches-simplifiees
tm-cree-le = Created at { $date }
    .by = demarches-simplifiees
tm-mis-a-la-corbeille-automatiquement-le = Moved to trash on { $date } because of expiration date
    .by = demarches-simplifiees
tm-commencer-un-nouveau-dossier = Start another empty file
    .by = demarches-simplifiees
tm-dupliquer-le-dossier = Duplicate the file
    .by = demarches-simplifiees
tm-voulez-vous-vraiment-mettre-a-la = Do you really want to move this file to the trash?
    .by = demarches-simplifiees
tm-en-continuant-vous-allez-supprimer-ce = If you continue, you will delete this file, the information it contains and its transfer request to { $email }. Any deletion will result in the cancellation of the current procedure. Confirm deletion?
    .by = demarches-simplifiees
tm-continuer-a-remplir = Keep filling
    .by = demarches-simplifiees
tm-restaurer = Restore
    .by = demarches-simplifiees
tm-restaurer-et-etendre-la-conservation-du = Restore and extend conservation of file number { $id } ({ $duree_conservation_dossiers_dans_ds } month)
    .by = demarches-simplifiees
tm-autres-actions = Other actions
    .by = demarches-simplifiees
tm-le-support-technique = Technical support
    .by = demarches-simplifiees
tm-une-demande-de-transfert-est-en = A transfer request is pending on file Nº { $n } to { $email }
    .by = demarches-simplifiees
tm-une-demande-de-transfert-par-le = A transfer request from technical support is pending on file Nº { $n } to { $email }
    .by = demarches-simplifiees
tm-demande-de-transfert-par-le-support = Transfer request from technical support on file Nº { $n } of { $email }
    .by = demarches-simplifiees
tm-accepter = Accept
    .by = demarches-simplifiees
tm-refuser = Reject
    .by = demarches-simplifiees
tm-connexion-a = Sign in on { $name }
    .by = demarches-simplifiees
tm-mot-de-passe-oublie = Forgot password?
    .by = demarches-simplifiees
tm-trouvez-votre-demarche = Find your procedure
    .by = demarches-simplifiees
tm-vous-etes-agent-de-la-fonction = Are you a state civil servant?
    .by = demarches-simplifiees
tm-accedez-a-notre-page-dediee = Visit our dedicated page
    .by = demarches-simplifiees
tm-se-connecter-avec-son-compte = Sign in with my account
    .by = demarches-simplifiees
tm-si-vous-voyez-cette-page-trop = If you're seeing this page too often, please consult our help page.
    .by = demarches-simplifiees
tm-changement-de-mot-de-passe = Change password
    .by = demarches-simplifiees
tm-changer-le-mot-de-passe = Change password
    .by = demarches-simplifiees
tm-si-un-compte-existe-avec-ladresse = If an account exists with the address { $email }, we have sent you an email.
    .by = demarches-simplifiees
tm-vous-navez-pas-recu-lemail = Didn't receive the email?
    .by = demarches-simplifiees
tm-verifiez-la-boite-indesirables-ou-spam = Check your junk or spam email.
    .by = demarches-simplifiees
tm-vous-etes-vous-connecte-avec-france = Have you once logged in with France Connect? If yes, try again with France Connect.
    .by = demarches-simplifiees
tm-le-compte-a-pu-etre-supprime = The account may have been deleted in the event of prolonged inactivity and no current file. In this case you will have to recreate an account from a procedure.
    .by = demarches-simplifiees
tm-lien-de-reinitialisation-du-mot-de = Password reset link sent
    .by = demarches-simplifiees
tm-attention-ce-courriel-peut-mettre-jusqua = Please note that this email can take up to 15 minutes to arrive.
    .by = demarches-simplifiees
tm-en-cas-de-difficultes-nous-restons = You can contact us through this form if a problem still exists.
    .by = demarches-simplifiees

## ds: modal

tm-publier-la-demarche = Publish the procedure
    .by = demarches-simplifiees
tm-reactiver-la-demarche = Reopen the procedure
    .by = demarches-simplifiees
tm-vous-vous-appretez-a-publier-votre = You are about to publish the procedure to the public.
    .by = demarches-simplifiees
tm-vous-vous-appretez-a-reactiver-votre = You are about to reopen the procedure.
    .by = demarches-simplifiees
tm-publier = Publish
    .by = demarches-simplifiees

## ds: activerecord

tm-la-nouvelle-adresse-electronique = new email address
    .by = demarches-simplifiees
tm-numero-siret = SIRET number
    .by = demarches-simplifiees
tm-la-demarche-est-mise-en-uvre = This procedure is run by
    .by = demarches-simplifiees
tm-valeur-du-champ = Value
    .by = demarches-simplifiees
tm-lobjet-genere-sera-tronque-sil-depasse = The generated subject will be truncated if it exceeds 100 characters.
    .by = demarches-simplifiees
tm-est-invalide-saisissez-un-numero-de = is invalid. Enter a valid phone number. Example: 0612345678
    .by = demarches-simplifiees
tm-nest-pas-un-lien-valide = is not a valid link
    .by = demarches-simplifiees
tm-aucun-resultat-ne-correspond-a-votre = Not found.
    .by = demarches-simplifiees
tm-trop-de-demandes-nous-reessayons-pour = Too many requests. We are retrying for you.
    .by = demarches-simplifiees
tm-erreur-du-serveur-nous-reessayons-pour = Server error. We are retrying for you.
    .by = demarches-simplifiees
tm-service-indisponible-nous-reessayons = Service unavailable. We are retrying for you.
    .by = demarches-simplifiees
tm-la-demande-a-pris-trop-de = The request took too long. We are retrying for you.
    .by = demarches-simplifiees
tm-probleme-de-connexion-nous-reessayons = Connection issue. We are retrying for you.
    .by = demarches-simplifiees
tm-resultat-introuvable-verifiez-vos = Result not found. Please check your information.
    .by = demarches-simplifiees
tm-non-autorise-connectez-vous-pour = Unauthorized. Please log in to continue.
    .by = demarches-simplifiees
tm-invitation-deja-envoyee = : Invitation already sent
    .by = demarches-simplifiees
tm-votre-lien-de-nouveau-mot-de = : is expired. Ask a new one
    .by = demarches-simplifiees
tm-nest-pas-assez-complexe-saisir-un = not strong enough. Fill in a stronger password
    .by = demarches-simplifiees
tm-les-deux-mots-de-passe-ne = : The two passwords do not match
    .by = demarches-simplifiees
tm-ne-peut-etre-identique-a-lancienne = can't be the same as the old one
    .by = demarches-simplifiees
tm-est-deja-utilise-par-une-demarche = is already used for procedure. You cannot use it because it belongs to another administrator.
    .by = demarches-simplifiees
tm-nest-pas-valide-il-doit-comporter = is not valid. It must countain between 3 and 200 characters among a-z, 0-9, '_' and '-'.
    .by = demarches-simplifiees
tm-ne-peut-pas-etre-utilise-car = cannot be used because it is the last path of the procedure.
    .by = demarches-simplifiees
tm-doit-posseder-13-ou-14-caracteres = must be 13 or 14 characters long
    .by = demarches-simplifiees
tm-doit-etre-dans-les-options-proposees = must be in the given options
    .by = demarches-simplifiees
tm-doit-etre-un-nom-de-region = must be a valid region name
    .by = demarches-simplifiees
tm-doit-etre-un-code-de-region = must be a valid region code
    .by = demarches-simplifiees
tm-doit-etre-un-nom-de-departement = must be a valid department name
    .by = demarches-simplifiees
tm-doit-etre-un-code-de-departement = must be a valid department code
    .by = demarches-simplifiees
tm-doit-etre-un-code-depci-du = must be a valid EPCI code of the matching department
    .by = demarches-simplifiees
tm-doit-etre-un-nom-depci-du = must be a valid EPCI name of the matching department
    .by = demarches-simplifiees
tm-doit-etre-un-entier = must be an integer
    .by = demarches-simplifiees

## ds: errors

tm-le-champ = Field « { $attribute } » { $message }
    .by = demarches-simplifiees
tm-le-dossier-nexiste-pas-ou-vous = The file does not exist or you do not have access to it.
    .by = demarches-simplifiees
tm-ce-lien-dinvitation-nest-plus-valable = This invitation link or the file is no longer available.
    .by = demarches-simplifiees
tm-une-erreur-est-survenue-lors-de-4 = Error trying to connect to France Connect.
    .by = demarches-simplifiees
tm-seul-e-s-les-usagers-peuvent = Only citizen can use FranceConnect. As an instructor or administrator, you should reset your password.
    .by = demarches-simplifiees
tm-desole-la-recuperation-des-informations = Sorry, SIRET information retrieval is temporarily unavailable. Please try again shortly.
    .by = demarches-simplifiees
tm-nous-navons-pas-trouve-detablissement = We haven't found an establishment corresponding to this SIRET number.
    .by = demarches-simplifiees
tm-lexpression-reguliere-que-vous-avez = The regular expression you have entered is potentially dangerous and could lead to performance issues.
    .by = demarches-simplifiees
tm-lexemple-doit-correspondre-a-lexpression = The provided example must match the regular expression
    .by = demarches-simplifiees
tm-doit-etre-un-nombre-superieur-ou = must be a number greater than or equal to { $n }
    .by = demarches-simplifiees
tm-doit-etre-un-nombre-inferieur-ou = must be a number less than or equal to { $n }
    .by = demarches-simplifiees
tm-doit-etre-une-date-dans-le = must be a date in the past
    .by = demarches-simplifiees
tm-doit-etre-une-date-comprise-entre = must be a date between { $start_date } and { $end_date }
    .by = demarches-simplifiees
tm-doit-etre-une-date-superieure-ou = must be a date greater than or equal to { $date }
    .by = demarches-simplifiees
tm-doit-etre-une-date-inferieure-ou = must be a date less than or equal to { $date }
    .by = demarches-simplifiees
tm-doit-comprendre-entre-1-et-3 = must have between 1 and 3 decimal places
    .by = demarches-simplifiees
tm-doit-etre-une-date-correctement-formatee = must be a correct date
    .by = demarches-simplifiees
tm-doit-etre-une-date-et-heure = must be a correct datetime
    .by = demarches-simplifiees
tm-doit-etre-rempli = can't be blank
    .by = demarches-simplifiees
tm-votre-session-a-ete-renouvelee-merci = Your session was renewed. Please repeat this action from this page.
    .by = demarches-simplifiees

## ds: users

tm-ce-dossier-est-depose-sur-une = This file is submitted on a test procedure. Any modification of the procedure by the administrator (addition of a field, publication of the procedure, etc.) will result in the removal of the file.
    .by = demarches-simplifiees
tm-votre-dossier-ne-peut-plus-etre = Your file can no longer be edited
    .by = demarches-simplifiees
tm-completez-lidentification-de = Complete the identification of the establishment to continue.
    .by = demarches-simplifiees
tm-votre-dossier-a-bien-ete-duplique = Your file has been duplicated. Please review it then you can submit it
    .by = demarches-simplifiees
tm-linstruction-de-votre-dossier-a-commence = Your file is undergoing review. It is no longer possible to delete your file. To cancel the undergoingreview contact the adminitration via the mailbox.
    .by = demarches-simplifiees
tm-votre-dossier-a-bien-ete-mis = Your file has been successfully moved to the trash
    .by = demarches-simplifiees
tm-le-dossier-n-est-pas-correctement = The file is not correctly filled out.
    .by = demarches-simplifiees
tm-votre-dossier-a-bien-ete-restaure = Your file has been successfully restored
    .by = demarches-simplifiees
tm-aucun-etablissement-nest-associe-a-ce = There is no establishment tied to this file
    .by = demarches-simplifiees
tm-identite-enregistree = Identity data is registred
    .by = demarches-simplifiees
tm-attestation-de-depot = Deposit receipt
    .by = demarches-simplifiees
tm-dossier-depose-le = File submission date
    .by = demarches-simplifiees
tm-etat-du-dossier = File status
    .by = demarches-simplifiees
tm-depose-en-attente-dexamen-par = submitted, pending processing
    .by = demarches-simplifiees
tm-refuse = declined
    .by = demarches-simplifiees
tm-classe-sans-suite = closed, no further action
    .by = demarches-simplifiees
tm-service-administratif = Administrative department
    .by = demarches-simplifiees
tm-fait-le = Made on { $date },
    .by = demarches-simplifiees
tm-obtenir-une-attestation-de-depot-de = Get a deposit receipt
    .by = demarches-simplifiees
tm-dossier-n-en-corbeille = File n° { $n } - In trash
    .by = demarches-simplifiees
tm-vous-pouvez-retrouver-ce-dossier-depuis = You can find this file from the trash tab of your account. It is not currently viewable.
    .by = demarches-simplifiees
tm-ce-dossier-a-ete-mis-a = This file was moved to trash at your request: You can still restore it.
    .by = demarches-simplifiees
tm-si-ce-dossier-a-ete-mis = If this file was moved to trash at your request: You can still restore it.
    .by = demarches-simplifiees
tm-si-ce-dossier-a-ete-mis-2 = If this file was moved to trash automatically because its maximum retention period has been reached: We recommend downloading it as soon as possible before it is permanently deleted.
    .by = demarches-simplifiees
tm-dossier-n-supprime-definitivement = File n° { $n } - Permanently deleted
    .by = demarches-simplifiees
tm-vous-ne-pouvez-plus-recuperer-ce = You can no longer recover this file for one of the following reasons:
    .by = demarches-simplifiees
tm-il-a-ete-mis-a-la = It was moved to trash at your request, then automatically deleted.
    .by = demarches-simplifiees
tm-il-a-ete-supprime-car-son = It was deleted because its maximum retention period has been reached.
    .by = demarches-simplifiees
tm-vous-pouvez-retrouver-lensemble-des = You can find all deleted files from your account (except "DRAFT") on the Deleted files history page.
    .by = demarches-simplifiees

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = Your FranceConnect account uses { $email } as the contact email.
    .by = demarches-simplifiees
tm-souhaitez-vous-lutiliser-pour-recevoir = Would you like to use it to receive notifications regarding the progress of your cases?
    .by = demarches-simplifiees
tm-valider = Confirm
    .by = demarches-simplifiees
tm-veuillez-nous-fournir-ladresse = Please provide the email to use for contacting you.
    .by = demarches-simplifiees
tm-oui-utiliser-comme-adresse-electronique = Yes, use { $email } as contact email.
    .by = demarches-simplifiees
tm-non-utiliser-une-autre-adresse = No, use another address.
    .by = demarches-simplifiees
tm-fusion-des-comptes-franceconnect-et = Merge your account FranceConnect and { $name }
    .by = demarches-simplifiees
tm-bonjour-votre-compte-franceconnect = Hello, Your account FranceConnect uses { $email } as contact email. But there is an existing { $name } account using this email.
    .by = demarches-simplifiees
tm-pour-les-fusionner-entrez-votre-mot = To merge your accounts fill in your password
    .by = demarches-simplifiees
tm-fusionner-les-comptes = Merge accounts
    .by = demarches-simplifiees
tm-utiliser-cette-adresse-electronique = Use this email
    .by = demarches-simplifiees
tm-nous-venons-de-vous-envoyer-le = An email with the confirmation link has been sent, please click on the link.
    .by = demarches-simplifiees
tm-le-lien-de-confirmation-a-expire = Confirmation link expired. A new link has been sent by email.
    .by = demarches-simplifiees
tm-une-erreur-inattendue-est-survenue = An unexpected error has occurred. Please contact support if the problem persists.
    .by = demarches-simplifiees
tm-vous-avez-ete-deconnecte-de-votre = You have been disconnected from your previous account. Please click on the confirmation link again.
    .by = demarches-simplifiees
tm-utilisateur-non-trouve = User not found
    .by = demarches-simplifiees
tm-les-comptes-franceconnect-et-sont-a = The accounts for FranceConnect and { $name } are now merged.
    .by = demarches-simplifiees

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = You can download your certificate at the following address : { $link }
    .by = demarches-simplifiees
tm-pour-obtenir-le-detail-de-cette = For details on this decision modification, you can contact the service: { $name }.
    .by = demarches-simplifiees
tm-a-ete-refuse-le = has been refused on { $date }
    .by = demarches-simplifiees
tm-le-motif-de-refus-est-le = The reason for refusal is as follows :
    .by = demarches-simplifiees

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Some procedures have service without siret. Please update.
    .by = demarches-simplifiees
tm-certaines-de-vos-demarches-nont-pas = Some procedures have no service.
    .by = demarches-simplifiees
tm-ajouter-un-service-a-la-demarche = Add service to procedure { $n }
    .by = demarches-simplifiees
tm-temps-de-remplissage-estime-min-variable = Estimated fill time: { $n } mins. (may vary depending on the options)
    .by = demarches-simplifiees
tm-quels-sont-les-delais-dinstruction-pour = What are the processing times for this procedure?
    .by = demarches-simplifiees
tm-liste-des-pieces-en-fonction-de = Attachments list according to your situation
    .by = demarches-simplifiees
tm-le-sva-ou-silence-vaut-accord = SVA, or « Silence Vaut Rejet » is a legislative principle that defines the behavior of a request in the event of silence from the administration: the request is automatically accepted after a certain period if your file is complete.
    .by = demarches-simplifiees
tm-le-svr-ou-silence-vaut-rejet = SVR, or « Silence Vaut Rejet » is a legislative principle that defines the behavior of a request in the event of silence from the administration: the request is automatically refused after a certain period if your file is complete.
    .by = demarches-simplifiees

## ds: layouts

tm-super-admin = super-admin
    .by = demarches-simplifiees

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Fill in a street name and number or, place name
    .by = demarches-simplifiees
tm-renseigner-la-ville-ou-commune = Fill in a city or municipality
    .by = demarches-simplifiees
tm-renseigner-un-code-postal = Fill in a postal code
    .by = demarches-simplifiees
tm-format-attendu-jj-mm-aaaa = Expected format: mm/dd/yyyy.
    .by = demarches-simplifiees
tm-format-attendu-jj-mm-aaaa-hh = Expected format: mm/dd/yyyy hh:mm.
    .by = demarches-simplifiees
tm-format-attendu-un-numero-de-dossier = Expected format: A { $name } file number
    .by = demarches-simplifiees
tm-ne-doit-pas-contenir-de-caracteres = must not contain special characters
    .by = demarches-simplifiees
tm-doit-faire-au-moins-caracteres = must be at least { $n } characters
    .by = demarches-simplifiees
tm-doit-faire-moins-de-caracteres = must be less than { $n } characters
    .by = demarches-simplifiees
tm-est-invalide-saisissez-un-numero-iban = is invalid. Enter a valid IBAN number. Example (France): FR76 1234 1234 1234 1234 1234 123
    .by = demarches-simplifiees
tm-exemple-france-fr76-1234-1234-1234 = Example (France): FR76 1234 1234 1234 1234 1234 123
    .by = demarches-simplifiees
tm-vous-pouvez-selectionner-un-ou-plusieurs = You can select one or more options.
    .by = demarches-simplifiees

## ds: activemodel

tm-region-code-region = Region & region code
    .by = demarches-simplifiees

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Expected format: A valid telephone number. Example: 0612345678
    .by = demarches-simplifiees
tm-doit-commencer-par-un-w-majuscule = must begin with a capital W followed by 9 digits or letters, fill in a valid RNA. Example: W503726238
    .by = demarches-simplifiees
tm-le-numero-rna-saisi-ne-correspond = the filled RNA number { $value } does not match any association, fill in a valid RNA
    .by = demarches-simplifiees
tm-une-erreur-reseau-a-empeche-lassociation = A network error has prevented the association associated with this RNA to be fetched, please retry later
    .by = demarches-simplifiees
tm-numero-rna = N° RNA
    .by = demarches-simplifiees
tm-nom-de-lassociation = Association name
    .by = demarches-simplifiees
tm-objet-de-lassociation = Association purpose
    .by = demarches-simplifiees
tm-date-de-creation = Creation date
    .by = demarches-simplifiees
tm-date-de-publication = Publication date
    .by = demarches-simplifiees
tm-format-attendu-un-w-majuscule-suivi = Expected format: A capital W followed by 9 digits or letters. Example: W503726238
    .by = demarches-simplifiees
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (no foundation found)
    .by = demarches-simplifiees
tm-numero-rnf = RNF id
    .by = demarches-simplifiees
tm-mise-a-jour-le = Updated at
    .by = demarches-simplifiees
tm-comporte-une-erreur-de-saisie-corrigez = is invalid. Check for input errors.
    .by = demarches-simplifiees
tm-ne-correspond-pas-a-un-etablissement = no establishment is linked to this number.
    .by = demarches-simplifiees
tm-dossier-supprime = Deleted file
    .by = demarches-simplifiees
tm-demande-de-lusager = User request
    .by = demarches-simplifiees
tm-suppression-dune-demarche = Procedure removed
    .by = demarches-simplifiees
tm-numero-de-dossier = File number
    .by = demarches-simplifiees
tm-etat = State
    .by = demarches-simplifiees
tm-demande-de-correction = Request correction
    .by = demarches-simplifiees
tm-pour-vous = For yourself
    .by = demarches-simplifiees
tm-pour-un-beneficiaire-membre-de-la = For someone else : a family member, a relative, a professional, someone you represent.
    .by = demarches-simplifiees
tm-a-corriger = To be corrected
    .by = demarches-simplifiees
tm-dossier-non-modifie = File not modified
    .by = demarches-simplifiees
tm-demande-de-correction-annulee = Correction request cancelled
    .by = demarches-simplifiees
tm-reponse-donnee = Response given
    .by = demarches-simplifiees
tm-le-dossier-nest-pas-valide-et = The file is invalid and needs to be corrected
    .by = demarches-simplifiees
tm-le-dossier-doit-etre-mis-a = The file needs to be updated and revalidated
    .by = demarches-simplifiees
tm-depose-depuis-longtemps = Filed a long time ago
    .by = demarches-simplifiees
tm-depose-depuis-j = Filed since { $days } D.
    .by = demarches-simplifiees
tm-expire-bientot = Expires soon
    .by = demarches-simplifiees
tm-expire-dans-j = Expires in { $days } D.
    .by = demarches-simplifiees
tm-bientot-supprime = Soon to be removed
    .by = demarches-simplifiees
tm-suppression-dans-j = Deletion in { $days } D.
    .by = demarches-simplifiees
tm-message = Message
    .by = demarches-simplifiees
tm-annotation-privee = Private annotation
    .by = demarches-simplifiees
tm-ladresse-electronique = Email address { $message }
    .by = demarches-simplifiees
tm-est-invalide = is invalid
    .by = demarches-simplifiees
tm-parcelle-agricole = Agricultural parcel
    .by = demarches-simplifiees
tm-selection-utilisateur = User selection
    .by = demarches-simplifiees
tm-ne-peut-pas-etre-vide = can't be blank
    .by = demarches-simplifiees
tm-nest-pas-un-geojson-valide = is not a valid GeoJSON
    .by = demarches-simplifiees
tm-contient-des-coordonnees-invalides = contains invalid coordinates, please use the WGS84 coordinate system
    .by = demarches-simplifiees

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Parcel n° { $n } - Sheet { $prefixe } { $section } - { $surface } m² - town { $commune }
    .by = demarches-simplifiees
tm-parcelle-n-hectares = Parcel n° { $n } - { $surface } hectares
    .by = demarches-simplifiees
tm-une-aire-de-surface-m2 = An area of { $area } m²
    .by = demarches-simplifiees
tm-une-aire-de-surface-inconnue = An area of unknown surface
    .by = demarches-simplifiees

## ds: activerecord

tm-doit-etre-different-de-celui-du = must be different from the agent's email
    .by = demarches-simplifiees
tm-notifier-le-beneficiaire = Notify beneficiary :
    .by = demarches-simplifiees
tm-pas-de-notification = No notification
    .by = demarches-simplifiees
tm-votre-dossier-n-est-en-train = Your file n° { $n } will be examined ({ $name })
    .by = demarches-simplifiees

## ds: activemodel

tm-annee = Year
    .by = demarches-simplifiees
tm-depuis-le-debut = From the beginning
    .by = demarches-simplifiees
tm-en = (in { $year })
    .by = demarches-simplifiees
tm-nombre-de-demarches = Number of procedures
    .by = demarches-simplifiees
tm-nombre-de-demarches-publiees-ou-closes = Number of published or closed procedures { $add_on }
    .by = demarches-simplifiees

## ds: shared

tm-le-dossier-a-ete-depose-par = The file was submitted by a FranceConnect account.
    .by = demarches-simplifiees
tm-le-dossier-a-ete-depose-par-2 = The file was submitted by the account of { $name }.
    .by = demarches-simplifiees
tm-le-service-traitant-na-pas-ete = The service handling your file was unable to process it within the time limit set by the Silence Vaut Rejet law.
    .by = demarches-simplifiees
tm-expirera-le-mois-apres-le-depot = Expires on { $date } ({ $n } months after this file was last modified)
    .by = demarches-simplifiees
tm-ce-dossier-est-en-instruction-il = This file is being instructed, the administration will answer as soon as possible
    .by = demarches-simplifiees
tm-expirera-le-mois-apres-le-traitement = Expires on { $date } ({ $n } months after this file was processed)
    .by = demarches-simplifiees
tm-expirera-le-mois-apres-le-traitement-2 = Expires on { $date } ({ $n } months after this file was processed)
    .by = demarches-simplifiees
tm-la-recuperation-automatique-des-donnees = Fetching data for recipient no. { $numero_allocataire } with postal code { $code_postal }.
    .by = demarches-simplifiees
tm-des-donnees-concernant-liees-au-compte = Data concerning { $sources } linked to the account Nº { $numero_allocataire } with the postal code { $code_postal } has been received from the CAF.
    .by = demarches-simplifiees
tm-donnees-obtenues-de-la-caisse-nationale = Data received from la Caisse nationale d’allocations familiales
    .by = demarches-simplifiees
tm-la-recuperation-automatique-des-donnees-2 = Fetching data for declarant no. { $numero_fiscal } with tax notice reference { $reference_avis }.
    .by = demarches-simplifiees
tm-des-donnees-concernant-liees-au = Data concerning { $sources } linked to the declarant Nº { $numero_fiscal } with tax notice reference { $reference_avis } has been received from the DGFiP.
    .by = demarches-simplifiees
tm-donnees-obtenues-de-la-direction = Data received from la Direction générale des Finances publiques
    .by = demarches-simplifiees
tm-la-recuperation-automatique-des-donnees-3 = Fetching data for identifier { $identifiant }.
    .by = demarches-simplifiees
tm-des-donnees-concernant-liees-a = Data concerning { $sources } linked to the identifier { $identifiant } has been received from Pôle emploi.
    .by = demarches-simplifiees
tm-donnees-obtenues-de-pole-emploi = Data received from Pôle emploi
    .by = demarches-simplifiees
tm-des-donnees-concernant-liees-a-line = Data concerning { $sources } linked to the INE { $ine } has been received from the MESRI.
    .by = demarches-simplifiees
tm-donnees-obtenues-du-mesri = Data received from the MESRI
    .by = demarches-simplifiees
tm-entrer-une-autre-option = Enter another option
    .by = demarches-simplifiees

## ds: carte

tm-deploiement-par-departement = Deployment by department
    .by = demarches-simplifiees
tm-quelle-carte-souhaitez-vous = Which map do you want ?
    .by = demarches-simplifiees

## ds: views

tm-selectionnez = Select
    .by = demarches-simplifiees

## ds: activerecord

tm-votre-adresse-electronique = Professional email address
    .by = demarches-simplifiees
tm-sujet = Subject
    .by = demarches-simplifiees

## ds: contact

tm-votre-question = Your question
    .by = demarches-simplifiees
tm-notre-reponse = Our answer
    .by = demarches-simplifiees
tm-une-capture-decran-peut-nous-aider = A screenshot can help us identify the element to improve.
    .by = demarches-simplifiees
tm-une-capture-decran-peut-nous-aider-2 = A screenshot can help us identify the issue.
    .by = demarches-simplifiees
tm-taille-maximale-autorisee-200-mo-formats = Maximum size allowed: 200 MB. Supported formats: jpg, png, pdf.
    .by = demarches-simplifiees
tm-contactez-nous-via-ce-formulaire-et = Contact us via this form and we will answer you as quickly as possible. Make sure you provide all the required information so we can help you in the best way.
    .by = demarches-simplifiees
tm-jai-un-probleme-lors-du-remplissage = I've encountered a problem while completing my application
    .by = demarches-simplifiees
tm-avez-vous-bien-verifie-que-tous = Are you sure that all the mandatory fields ( * ) are properly filled? If you have questions about the information requested, contact the service in charge of the procedure (FAQ).
    .by = demarches-simplifiees
tm-jai-une-question-sur-linstruction-de = I have a question about the instruction of my application
    .by = demarches-simplifiees
tm-si-vous-avez-des-questions-sur = If you have questions about the instruction of your application (response delay for example), contact directly the instructor via our mail system (FAQ). If you are facing technical issues on the website, use the form below. We will not be able to inform you about the instruction of your application.
    .by = demarches-simplifiees
tm-jai-une-idee-damelioration-pour-votre = I have an idea to improve the website
    .by = demarches-simplifiees
tm-une-idee-pensez-a-consulter-notre = Got an idea? Please check our enhancement dashboard : Vote for your priority improvements Share your own ideas
    .by = demarches-simplifiees
tm-nous-vous-invitons-a-contacter = We invite you to contact the administration in charge of the procedure so they can provide you the link. It should look like this: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. You can find here the most popular procedures (licence, detr, etc.).
    .by = demarches-simplifiees
tm-autre-sujet = Other topic
    .by = demarches-simplifiees
tm-votre-message-a-ete-envoye-sur = Your message has been sent to the mailbox in your file.
    .by = demarches-simplifiees
tm-votre-message-a-ete-envoye = Your message has been sent.
    .by = demarches-simplifiees
tm-la-piece-jointe-doit-etre-un = The attachment must be a file
    .by = demarches-simplifiees

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = You received a new message from the service in charge of reviewing your file on « { $name } ».
    .by = demarches-simplifiees
tm-pour-consulter-le-message-et-y = To read the message and answer it, select the following link:
    .by = demarches-simplifiees
tm-si-vous-souhaitez-repondre-a-ce = If you chose to contact the service, please send an email directly to this address: { $email }
    .by = demarches-simplifiees
tm-si-vous-souhaitez-repondre-a-ce-2 = If you chose to contact the service, please use the contact infos available below.
    .by = demarches-simplifiees
tm-lire-le-message = Read the message
    .by = demarches-simplifiees
tm-vous-avez-commence-a-remplir-un = You created a draft file on procedure « { $name } ».
    .by = demarches-simplifiees
tm-vous-pouvez-retrouver-et-completer-votre = You can access your file, to review or complete, by clicking on the following button:
    .by = demarches-simplifiees
tm-vous-pouvez-deposer-votre-dossier = Your file needs to be submitted before { $before }
    .by = demarches-simplifiees
tm-afficher-votre-dossier = Open file
    .by = demarches-simplifiees
tm-vous-devez-corriger-votre-dossier-n = You need to modify your file no. { $n } « { $name } »
    .by = demarches-simplifiees
tm-afin-de-poursuivre-son-instruction-un = In order to continue its instruction, an instructor requested you to edit information to your file no. { $n } of the « { $name } » procedure.
    .by = demarches-simplifiees
tm-afin-de-commencer-son-instruction-un = In order to continue its instruction, an instructor requested you to complete your file no. { $n } of the « { $name } » procedure.
    .by = demarches-simplifiees
tm-consultez-la-messagerie-de-votre-dossier = Check your file's mailbox to see what changes need to be made, then edit the file directly on the website.
    .by = demarches-simplifiees
tm-ouvrir-la-messagerie = Open the mailbox
    .by = demarches-simplifiees
tm-vous-avez-une-demande-de-transfert = You have a pending transfer request.
    .by = demarches-simplifiees
tm-afin-de-pouvoir-accepter-ou-refuser = In order to accept or refuse the request you must log in on { $name }:
    .by = demarches-simplifiees
tm-acceder-a-la-demande-de-transfert = Acces transfer request
    .by = demarches-simplifiees
tm-afin-de-pouvoir-accepter-ou-refuser-2 = In order to accept or refuse the request you must have an account:
    .by = demarches-simplifiees
tm-se-creer-un-compte-sur = Create an account on { $name }
    .by = demarches-simplifiees
tm-vous-adresse-une-demande-de-transfert = { $name } sends you a transfer request for { $n } files.
    .by = demarches-simplifiees
tm-vous-adresse-une-demande-de-transfert-2 = { $name } sends you a transfer request for file no. { $n } on the procedure
    .by = demarches-simplifiees

## ds: layouts

tm-accueil-liste-des-demarches = Home - List of procedures
    .by = demarches-simplifiees
tm-vous-etes-ici = You are here
    .by = demarches-simplifiees
tm-voir-le-fil-dariane = Show breadcrumb
    .by = demarches-simplifiees
tm-previsualiser-le-formulaire = Preview the form
    .by = demarches-simplifiees
tm-previsualiser-les-annotations = Preview annotations
    .by = demarches-simplifiees
tm-depuis-le = since { $date }
    .by = demarches-simplifiees
tm-publiee = Published
    .by = demarches-simplifiees
tm-en-test = Draft
    .by = demarches-simplifiees
tm-a-modifier = To modify
    .by = demarches-simplifiees
tm-pour-plus-dinformation-sur-la-phase = For more information on test stage
    .by = demarches-simplifiees
tm-consulter-la-faq = read FAQ
    .by = demarches-simplifiees
tm-suivi-des-dossiers = { $name } – Files
    .by = demarches-simplifiees
tm-modifier-le-lien-de-la-demarche = Edit procedure link
    .by = demarches-simplifiees
tm-pour-vous-adresser-a-votre = To contact your administration, go directly to the
    .by = demarches-simplifiees
tm-page-de-contact = Contact page :
    .by = demarches-simplifiees
tm-horaires = Schedule :
    .by = demarches-simplifiees
tm-consultez-laide-en-ligne = Consult the online help
    .by = demarches-simplifiees
tm-consultez-la-page-de-contact-de = Consult the administration contact page
    .by = demarches-simplifiees
tm-lequipe = The team
    .by = demarches-simplifiees
tm-nous-vous-informons-que-le-dossier = We inform you that file no. { $dossier_id }, completed on your behalf by { $mandataire_first_name } { $mandataire_last_name }, on the procedure
    .by = demarches-simplifiees
tm-a-ete-classe-sans-suite-le = has been closed without continuation on { $date }.
    .by = demarches-simplifiees
tm-a-ete-rendue = has been rendered.
    .by = demarches-simplifiees

## ds: root

tm-effectuer-une-demarche-administrative-en = Carry out an administrative procedure online
    .by = demarches-simplifiees
tm-vous-souhaitez-effectuer-une-demande = You wish to make a request to an administration?
    .by = demarches-simplifiees
tm-realisez-vos-demandes-en-toute = Make your requests easily and find your files online
    .by = demarches-simplifiees
tm-comment-trouver-ma-demarche = How do I find my procedure?
    .by = demarches-simplifiees
tm-dossiers-deposes = files submitted
    .by = demarches-simplifiees
tm-reduction-des-delais-de-traitement = reduction in processing time
    .by = demarches-simplifiees
tm-une-question-un-probleme = A question, a problem?
    .by = demarches-simplifiees
tm-la-reponse-est-dans-laide-en = The answer is in the online help
    .by = demarches-simplifiees
tm-administration-vous-voulez = Administration: do you want to go paperless?
    .by = demarches-simplifiees

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect is a solution proposed by the government to secure and simplify the connection to web services.
    .by = demarches-simplifiees
tm-sidentifier-avec = Sign in with
    .by = demarches-simplifiees
tm-ou = or
    .by = demarches-simplifiees
tm-vous-avez-deja-un-compte = Do you already have an account?
    .by = demarches-simplifiees
tm-jai-deja-un-compte = I already have an account
    .by = demarches-simplifiees
tm-creer-un-compte = Create an account
    .by = demarches-simplifiees
tm-votre-adresse-electronique-nest-pas = Your email address is not verified, so you will not receive messages from { $name }. Please check your inbox and click on the verification link. Didn't receive the email?
    .by = demarches-simplifiees
tm-telecharger-le-modele = Download template
    .by = demarches-simplifiees

## ds: commencer

tm-commencer-la-demarche = Start the procedure
    .by = demarches-simplifiees
tm-vous-avez-deja-des-dossiers-pour = You already have files for this procedure
    .by = demarches-simplifiees
tm-voir-mes-dossiers-en-cours = View my current files
    .by = demarches-simplifiees
tm-vous-avez-un-dossier-prerempli = You have a prefilled file
    .by = demarches-simplifiees
tm-vous-etes-prete-a-poursuivre-un = You are ready to continue a prefilled file for the "{ $name }" procedure, started { $time } ago.
    .by = demarches-simplifiees
tm-vous-avez-deja-commence-a-remplir = You already started to fill a file
    .by = demarches-simplifiees
tm-il-y-a-vous-avez-depose = You submitted a file for the "{ $name }" procedure { $time } ago.
    .by = demarches-simplifiees
tm-poursuivre-mon-dossier-prerempli = Continue to fill my prefilled file
    .by = demarches-simplifiees
tm-continuer-a-remplir-mon-dossier = Continue to fill my file
    .by = demarches-simplifiees
tm-voir-mon-dossier-depose = Show my submitted file
    .by = demarches-simplifiees
tm-vous-souhaitez-effectuer-une-demande-par = You prefer to submit a paper form? You can download an empty PDF file, and send it to the right administration : { $name } - { $adresse }
    .by = demarches-simplifiees
tm-telecharger-un-dossier-vide-au-format = Download an empty PDF file
    .by = demarches-simplifiees
tm-vos-derniers-dossiers-crees = { $n ->
        [one] Your previous file :
       *[other] Your last { $n } created files :
    }
    .by = demarches-simplifiees
tm-n-cree-il-y-a = N° { $n }, created { $date } ago, { $state }
    .by = demarches-simplifiees
tm-la-demarche-est-close-depuis-le = Procedure { $name } is closed since { $date }
    .by = demarches-simplifiees

## ds: users

tm-vous-vous-appretez-a-transferer-le = You are about to transfer the { $state } file #{ $n } filed by { $name } on { $date } to another user's account.
    .by = demarches-simplifiees
tm-envoyer-la-demande-de-transfert = Send transfer request
    .by = demarches-simplifiees
tm-linvitation-au-transfert-a-ete-envoyee = The transfer request has been sent successfully
    .by = demarches-simplifiees
tm-la-demande-de-transfert-a-ete = The transfer request has been deleted successfully
    .by = demarches-simplifiees
tm-la-demarche-liee-a-votre-dossier = The procedure linked to your file is deleted
    .by = demarches-simplifiees
tm-la-demarche-liee-a-votre-dossier-2 = The procedure linked to your file is closed
    .by = demarches-simplifiees
tm-vous-pouvez-toujours-consulter-votre = You can still consult your file, but it is no longer possible to modify it
    .by = demarches-simplifiees
tm-votre-dossier-a-ete-traite-par = Your file has been processed by the administration, no action is possible
    .by = demarches-simplifiees
tm-vous-pouvez-toujours-consulter-votre-2 = You can still consult your file, but it will not be processed by the administration
    .by = demarches-simplifiees
tm-voir-la-demarche = see the procedure
    .by = demarches-simplifiees
tm-une-nouvelle-demarche-est-disponible = A new procedure is available, consult it here:
    .by = demarches-simplifiees
tm-pour-plus-dinformations-veuillez-vous = For more information, please contact the service { $name }, available at { $service_phone_number } or by email to { $email }
    .by = demarches-simplifiees
tm-votre-dossier-est-en-attente-de = Your file is pending for instruction. The maximum delay is { $n } months, but you can extend the duration by clicking on the underneath button.
    .by = demarches-simplifiees
tm-conserver-mois-supplementaire = Keep for { $n } more month
    .by = demarches-simplifiees
tm-cadre-juridique = Legals
    .by = demarches-simplifiees
tm-retention-et-archivage-des-donnees-mois = Data retention and archiving: { $n } months
    .by = demarches-simplifiees
tm-texte-cadrant-la-demande-dinformation = Laws regarding this data collection
    .by = demarches-simplifiees
tm-contacter-le-delegue-a-la-protection = Contact the Data Protection Officer
    .by = demarches-simplifiees
tm-dematerialisation = Paperless
    .by = demarches-simplifiees
tm-trouver-une-maison-france-services = Find a France Services house
    .by = demarches-simplifiees
tm-profil = Profile
    .by = demarches-simplifiees
tm-nouvelle-adresse-electronique = New email address
    .by = demarches-simplifiees
tm-votre-adresse-electronique-actuelle = Your current email is
    .by = demarches-simplifiees
tm-changer-mon-adresse = Change my address
    .by = demarches-simplifiees
tm-transferer-tous-vos-dossiers = Transfer all your files
    .by = demarches-simplifiees
tm-cette-fonctionnalite-vous-permet-de = This feature allows you to change the owner of all your files. This is usually useful when changing jobs or if you want to merge several accounts.
    .by = demarches-simplifiees
tm-adresse-electronique-du-prochain = Email of the next owner of your files
    .by = demarches-simplifiees
tm-le-nouveau-proprietaire-doit-confirmer = The new owner { $email } must confirm the transfer of a file by following the instructions received in their email.
    .by = demarches-simplifiees
tm-le-nouveau-proprietaire-doit-confirmer-2 = The new owner { $email } must confirm the transfer of your { $n } files by following the instructions received in their email.
    .by = demarches-simplifiees
tm-confirmez-vous-le-transfert = Do you accept the transfer?
    .by = demarches-simplifiees
tm-transferer-tous-mes-dossiers = Transfer all my files
    .by = demarches-simplifiees
tm-changement-en-attente = Pending change:
    .by = demarches-simplifiees
tm-doit-sassurer-que-votre-compte-est = { $name } must ensure that your account is used for professional purposes. We can only automatically allow email changes to the following domains: { $legit_admin_domains } If this is not the case for you, contact support: { $email }
    .by = demarches-simplifiees
tm-votre-compte-sur-est-actuellement-lie = Your account on { $name } is currently linked to the following identity:
    .by = demarches-simplifiees
tm-votre-compte-sur-est-actuellement-lie-2 = Your account on { $name } is currently linked to the following { $n } identities:
    .by = demarches-simplifiees
tm-interdire-lacces = forbid access
    .by = demarches-simplifiees
tm-le-transfert-dun-dossier-a-est = The transfer of a file to { $email } is in progress
    .by = demarches-simplifiees
tm-le-transfert-de-dossiers-a-est = The transfer of { $n } files to { $email } is in progress
    .by = demarches-simplifiees

## seeds: seeds

tm-service-momentanement-indisponible-nous = Service temporarily unavailable. Please try again later.
tm-numero-de-la-declaration-de-perte = Number of the loss report
tm-mettre-a-jour-mes-documents = Update my documents
tm-nombre-d-enfants-a-charge = Number of dependent children
tm-je-ne-suis-pas-un-robot = I am not a robot
tm-numero-etranger = Foreign national number

## failures: failures

tm-plus-de-plage-horaire-libre = no free time slot left
tm-aucun-creneau-disponible = no slot available
tm-aucun-creneau-n-est-disponible = no slot is available
tm-pas-de-creneau-disponible = no slot available
tm-plus-de-creneau-disponible = no slots left
tm-aucun-rendez-vous-disponible = no appointment available
tm-aucun-rendez-vous-n-est-disponible = no appointment is available
tm-aucune-disponibilite = no availability
tm-tous-les-creneaux-sont-reserves = all slots are booked
tm-toutes-les-plages-horaires-sont = all time slots are booked
tm-aucune-plage-horaire = no time slot
tm-service-momentanement-indisponible = service temporarily unavailable
tm-service-temporairement-indisponible = service temporarily unavailable
tm-service-indisponible = service unavailable
tm-site-en-maintenance = site under maintenance
tm-actuellement-en-maintenance = currently under maintenance
tm-operation-de-maintenance = maintenance operation
tm-erreur-technique = technical error
tm-probleme-technique = technical problem
tm-une-erreur-est-survenue = an error occurred
tm-une-erreur-inattendue = an unexpected error
tm-le-service-rencontre-des-difficultes = the service is having difficulties
tm-nombre-de-connexions = number of connections
tm-trop-de-demandes = too many requests
tm-votre-session-a-expire = your session has expired
tm-session-expiree = session expired
tm-vous-avez-ete-deconnecte = you have been logged out
tm-delai-d-inactivite = inactivity time limit
tm-code-de-securite-saisi-est-incorrect = security code entered is incorrect
tm-code-de-securite-est-incorrect = security code is incorrect
tm-captcha-incorrect = incorrect captcha
tm-captcha-invalide = invalid captcha
tm-identifiant-ou-mot-de-passe-incorrect = incorrect username or password
tm-identifiant-ou-mot-de-passe-invalide = invalid username or password
tm-compte-bloque = account blocked
tm-compte-verrouille = account locked
tm-compte-desactive = account deactivated
tm-format-de-fichier-non-supporte = file format not supported
tm-format-non-supporte = format not supported
tm-fichier-trop-volumineux = file too large
tm-depasse-la-taille-maximale = exceeds the maximum size
tm-dossier-incomplet = incomplete file
tm-piece-manquante = missing document
tm-n-est-pas-valide = is not valid
tm-est-obligatoire = is required
tm-numero-etranger-inconnu = unknown foreign national number
tm-aucun-dossier-ne-correspond = no file matches
tm-delai-d-attente-depasse = waiting time exceeded
tm-le-serveur-met-trop-de-temps = the server is taking too long

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Enter the security code
tm-verification-de-securite = Security check
tm-le-code-peut-etre-ecoute-avec = You can listen to the code with the “Say the code” button; the “Change the code” button shows a new image.
tm-recopiez-les-caracteres-affiches-dans = Copy the characters shown in the image.
tm-veuillez-recopier-le-code-de-securite = Please copy the security code to continue booking your appointment.
tm-prise-de-rendez-vous-demande-de = Booking an appointment — Naturalisation application

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Enter the characters in the image
tm-afin-de-verifier-que-vous-netes = To check that you are not a robot, copy the characters shown in the image. To listen to them, use the “Say the captcha code” button; to get another image, use the “Generate a new captcha” button.
tm-les-majuscules-et-minuscules-ne-sont = Capital and small letters are treated the same.
tm-pour-acceder-au-calendrier-des-rendez = To reach the appointment calendar, copy the security code, then click “Next”.
tm-prise-de-rendez-vous-remise-de = Booking an appointment — Collection of a residence permit
tm-le-code-de-securite-saisi-est = The security code entered is incorrect. Please try again.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Your contact details
tm-format-attendu-nom-domaine-fr = Expected format: name@domain.fr
tm-avant-de-choisir-un-creneau-merci = Before choosing a slot, please confirm your request. Appointments open every week according to the counter's availability.
tm-prise-de-rendez-vous-echange-de = Booking an appointment — Exchange of a foreign driving licence

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Anti-robot check
tm-cliquez-sur-clique-ici-pour-verifier = Click “Click here to verify”: the check is done automatically, with no test.
tm-clique-ici-pour-verifier = Click here to verify
tm-pour-toute-question-relative-a-vos = For any question about your procedures (residence permits, driving licences, associations), use this form. You will get an answer within 15 working days.
tm-nous-contacter = Contact us
tm-nous-verifions-que-vous-netes-pas = We are checking that you are not a robot…
tm-verification-automatique-des-spams = Automatic spam check completed

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Registration number
tm-format-attendu-ab-123-cd = Expected format: AB-123-CD
tm-cochez-la-case-je-suis-un = Tick the “I am human” box to continue.
tm-envoyer-ma-demande = Send my request
tm-les-residents-des-secteurs-de = Residents of paid parking areas can request a card giving them the resident rate. Have ready a proof of address less than 3 months old and the vehicle registration certificate.
tm-demande-de-carte-de-stationnement = Application for a resident parking permit

## fixture: captcha/image-generic.html

tm-reference-du-dossier = File reference
tm-recopiez-les-caracteres-affiches = Copy the characters shown
tm-code-de-securite = Security code
tm-exemple-pc-034172-24-m0123 = Example: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 characters, digits and capital letters
tm-generer-un-nouveau-code = Generate a new code
tm-envoyer-la-demande = Send the request
tm-vous-pouvez-demander-la-copie-dun = You can request a copy of a building permit or of a prior declaration issued in the town. The documents are sent electronically.
tm-demande-de-copie-de-documents-durbanisme = Request for a copy of planning documents

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Each page reproduces, offline, the markup of a kind of CAPTCHA found on public portals, to test Relais's detection (Relais never solves or bypasses a CAPTCHA). No outside service is contacted: the scripts, frames, images and sounds are local files (folder vendor/).
tm-pages-de-test-widgets-captcha = Test pages: CAPTCHA widgets

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Confirm the appointment
tm-choisissez-un-creneau-pour-deposer-votre = Choose a slot to submit your application. The security check appears once the page has loaded.
tm-prise-de-rendez-vous-carte-nationale = Booking an appointment — National identity card and passport
tm-chargement-de-la-verification-de = Loading the security check…
tm-confirmation-du-creneau = Confirmation of the time slot
tm-cochez-la-case-pour-confirmer-que = Tick the box to confirm that you are a human.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Security question: what is 3 + 4?
tm-repondez-en-chiffres-cette-question = Answer in digits. This question checks that you are not a robot.
tm-sinscrire = Sign up
tm-recevez-chaque-mois-lactualite-du = Get the Département's news every month: benefits, roads, secondary schools, social support. You can unsubscribe at any time.
tm-inscription-a-la-lettre-dinformation = Newsletter sign-up

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Reason for the appointment
tm-cochez-la-case-je-ne-suis = Tick the “I am not a robot” box. An image test may appear; it offers an audio version.
tm-demander-un-rendez-vous = Request an appointment
tm-selectionner-un-motif = Select a reason
tm-premiere-demande = First application
tm-renouvellement = Renewal
tm-duplicata = Duplicate
tm-ce-formulaire-vous-permet-de-demander = This form lets you request an appointment at the foreigners' counter of the Rhône préfecture (Lyon). A confirmation will be sent to you by email.
tm-prise-de-rendez-vous-depot-de = Booking an appointment — Submitting a residence permit application

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Type of document
tm-copie-integrale = Full copy
tm-extrait-avec-filiation = Extract with parentage
tm-extrait-sans-filiation = Extract without parentage
tm-demandez-en-ligne-une-copie-integrale = Request online a full copy or an extract of a birth certificate for a birth that took place in Lyon. The certificate is sent by post within 8 days.
tm-ce-site-est-protege-par-recaptcha = This site is protected by reCAPTCHA; Google's privacy policy and terms of use apply.
tm-demande-dacte-de-naissance = Request for a birth certificate

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = This is a test page: the request was not sent to any service.
tm-votre-demande-a-bien-ete-envoyee = Your request has been sent
tm-donnees-recues = Data received
tm-aucune-donnee-recue = No data received.
tm-retour-a-la-liste-des-pages = Back to the list of test pages

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Address of the problem
tm-description = Description
tm-envoyer-le-signalement = Send the report
tm-nid-de-poule-eclairage-en-panne = Pothole, broken street light, illegal dumping: report it to the town's services. You will be told by email how your report is handled.
tm-signaler-un-probleme-sur-lespace-public = Report a problem in a public space

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Check that you are human
tm-operation-reussie = ✔Success!
tm-saisissez-ce-que-vous-entendez = Type what you hear
tm-lecture = PLAY
tm-veuillez-cliquer-sur-chaque-image = Please click on each image containing a bus
tm-vous-etes-valide = You are verified
tm-le-service-recaptcha-requiert-une = The reCAPTCHA service requires verification.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Social security number
tm-jour = Day
tm-mois = Month
tm-numero-de-telephone-portable = Mobile phone number
tm-13-chiffres-cle-de-2-chiffres = 13 digits + 2-digit key; it is on your carte Vitale
tm-telle-quelle-figure-sur-votre-carte = As it appears on your carte Vitale
tm-exemple-14 = Example: 14
tm-exemple-07 = Example: 07
tm-exemple-1988 = Example: 1988
tm-format-attendu-5-chiffres = Expected format: 5 digits
tm-format-attendu-06-12-34-56 = Expected format: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = The social security number entered is not valid.
tm-votre-compte-ameli-vous-permet-de = Your ameli account lets you follow your reimbursements, download a certificate of entitlement and contact your health insurance office.
tm-creer-mon-compte-ameli = Create my ameli account
tm-formulaire-recu = Form received

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Log in with my username
tm-votre-identifiant-est-votre-numero = Your username is your foreign national number (10 digits) or your email address
tm-sidentifier-avec-franceconnect = Identify with FranceConnect
tm-creer-mon-compte = Create my account
tm-la-creation-dun-compte-est-necessaire = You need to create an account to submit an application for a residence permit, naturalisation or a travel document.
tm-votre-numero-etranger-comporte-10 = Your foreign national number has 10 digits. It is on your residence permit, on your receipt for a residence permit application or on your temporary residence authorisation.
tm-si-vous-navez-jamais-eu-de = If you have never had a residence permit in France, use your email address.
tm-connexion-a-mon-espace-personnel = Sign in to my personal space
tm-vous-navez-pas-encore-de-compte = You don't have an account yet?
tm-ou-trouver-mon-numero-etranger = Where do I find my foreign national number?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Your callback request to 06 12 34 56 78 could not be taken into account. We will answer you at marie.kowalczyk@example.fr (claimant number 1234567).
tm-demande-de-rappel = Callback request
tm-retour-a-mon-compte = Back to My Account

## fixture: portals/caf-declaration

tm-numero-allocataire = Claimant number (CAF)
tm-celibataire = Single
tm-marie-e = Married
tm-pacse-e = In a civil partnership (PACS)
tm-en-concubinage = Cohabiting
tm-divorce-e = Divorced
tm-veuf-veuve = Widower/widow
tm-salaires-percus-en-euros = Wages received (in euros)
tm-indemnites-journalieres = Daily sickness benefits
tm-allocation-chomage-are = Unemployment benefit (ARE)
tm-pensions-alimentaires-recues = Maintenance payments received
tm-votre-situation-professionnelle = Your employment situation
tm-ajouter-une-piece-justificative = Add a supporting document
tm-situation-familiale = Family situation
tm-autres-ressources-en-euros = Other income (in euros)
tm-7-chiffres-il-est-sur-vos = 7 digits; it is on your letters from the CAF
tm-mois-1-janvier = Month 1: January
tm-mois-2-fevrier = Month 2: February
tm-mois-3-mars = Month 3: March
tm-taille-maximale-5-mo-formats-supportes = Maximum size: 5 MB. Supported formats: jpg, png, pdf.
tm-valider-ma-declaration = Submit my declaration
tm-selectionner-une-option = Select an option
tm-salarie = Employee
tm-demandeur-d-emploi = Jobseeker
tm-etudiant = Student
tm-sans-activite = Not working
tm-ex-1-250 = E.g. 1 250
tm-declarez-les-ressources-percues-par = Declare the income your household received over the last three months. This declaration is required to keep receiving the RSA, the prime d'activité or the disabled adult allowance.
tm-salaires-indiquez-le-montant-net-avant = Wages: give the net amount before tax withheld at source for each month of the quarter, or 0 if you received nothing.
tm-declaration-trimestrielle-de-ressources = Quarterly income declaration
tm-vos-ressources = Your income
tm-etape-suivante-verification-et-envoi = Next step: Check and send

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Each page is a simplified imitation, written for the tests; none is a copy of a real portal.
tm-pages-de-test-imitant-des-portails = Test pages imitating French government portals

## fixture: portals/mots-cles

tm-nom-de-famille = Family name
tm-prenom-s = First name(s)
tm-date-dexpiration-de-votre-titre-de = Expiry date of your residence permit
tm-n-de-recepisse = Receipt number
tm-courriel = Email
tm-remplissez-ce-formulaire-pour-connaitre = Fill in this form to find out how your application is progressing. An answer will be sent to you by email within 15 working days.
tm-demande-de-renseignements-sur-un-dossier = Request for information about a residence permit application
tm-precisions-sur-votre-demande-zone-de = Details of your request (free text field):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = There is no free time slot left for your appointment request. Please try again later.
tm-veuillez-cocher-la-case-pour-accepter = Please tick the box to accept the terms of use before continuing to book an appointment
tm-choisissez-votre-guichet = Choose your counter
tm-effectuer-une-demande-de-rendez-vous = Make an appointment request
tm-selectionner-un-guichet = Select a counter
tm-guichet-1-titre-de-sejour = Counter 1 - Residence permit
tm-guichet-2-naturalisation = Counter 2 - Naturalisation
tm-guichet-3-document-de-circulation-pour = Counter 3 - Travel document for a foreign minor
tm-guichet-4-duplicata-et-changement = Counter 4 - Duplicate and change of address
tm-ce-module-vous-permet-de-reserver = This module lets you book an appointment to collect your residence permit, only if you have received an SMS or a letter telling you it is ready at the préfecture.
tm-conformement-aux-dispositions = Under the regulations in force, your residence permit renewal application will only be examined once every required supporting document has been provided; otherwise it will be closed with no further action and will not be re-examined.
tm-le-jour-du-rendez-vous-presentez = On the day of the appointment, come with your passport, your receipt or your old residence permit, the appointment letter and the tax stamp. Any incomplete file will be refused.
tm-les-rendez-vous-sont-ouverts-chaque = Appointments open every week, as counter slots become available. No appointment is given by phone.
tm-retour-a-la-prise-de-rendez = Back to appointment booking
tm-etape-1-choix-du-guichet = Step 1: choice of counter

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = The service is currently under maintenance. We apologise for the inconvenience; please try again later.
tm-les-demandes-deja-deposees-ne-sont = Applications already submitted are not affected by this interruption. If your residence permit expires during the maintenance, your certificate of extension during processing remains valid.
tm-erreur = Error { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = What is your postcode?
tm-quel-est-le-code-postal-de = What is the postcode of your parents' town?
tm-combien-d-enfants-vous-y-compris = How many children (you included) are dependent on your parents?
tm-lorsque-vos-parents-sont-separes-il = If your parents are separated, give the number of children dependent on the parent who supports you. If you are still a minor and in shared custody, add up the children dependent on the two tax households of your separated parents.
tm-et-combien-vous-y-compris-font = And how many of them (you included) are in higher education?
tm-actuellement-beneficiez-vous-d-une = Do you currently receive a secondary-school grant?
tm-avez-vous-un-lien-de-parente = Are you directly related to your landlord? Is the landlord an ancestor or descendant of you or of your spouse or partner (child, grandparent…)?
tm-vivez-vous-en-couple = Do you live as a couple?
tm-attention-cette-restriction-est = Note: this restriction is not the same as recognition as a disabled worker.
tm-en-etude-ou-en-alternance = Studying or in a work-study programme
tm-salarie-ou-salariee = Employee
tm-independant-ou-independante = Self-employed
tm-inscrit-ou-inscrite-comme-demandeur = Registered as a jobseeker
tm-retraite-ou-retraitee = Retired
tm-autre = Other
tm-lorsque-vous-etudiez-et-que-vous = If you study and work, you must select “Studying or in a work-study programme”.
tm-dans-quelle-classe-etes-vous = Which class are you in now?
tm-cap-1ere-annee = CAP - 1st year
tm-cap-2eme-annee = CAP - 2nd year
tm-seconde = Seconde (first year of upper secondary school)
tm-premiere = Première (second year of upper secondary school)
tm-terminale = Terminale (final year of upper secondary school)
tm-licence-1ere-annee = Bachelor's degree (licence) - 1st year
tm-licence-2eme-annee = Bachelor's degree (licence) - 2nd year
tm-licence-3eme-annee = Bachelor's degree (licence) - 3rd year
tm-master-1ere-annee = Master's - 1st year
tm-master-2eme-annee = Master's - 2nd year
tm-doctorat-1ere-annee = Doctorate - 1st year
tm-doctorat-2eme-annee = Doctorate - 2nd year
tm-doctorat-3eme-annee = Doctorate - 3rd year
tm-lorsque-vos-parents-sont-separes-il-2 = If your parents are separated, take the income of the parent who supports you. If you are still a minor and in shared custody, add up the income of the two tax households of your separated parents.
tm-si-vous-ne-connaissez-pas-le = If you do not know your parents' total gross income, write 0 to continue the simulation. Note: this could affect the accuracy of the simulation's results
tm-beneficiez-vous-d-une-bourse-de = Do you receive a higher-education grant?
tm-etes-vous-en-alternance-dans-la = Are you in a work-study programme in the civil service?
tm-je-ne-sais-pas = I don't know
tm-pas-concerne = Not applicable
tm-jamais = Never
tm-ponctuellement = Occasionally
tm-regulierement = Regularly
tm-de-quel-secteur-votre-formation-fait = Which sector is your training in?
tm-etes-vous-heberge-chez-vos-parents = Do you live with your parents?
tm-l-inaptitude-medicale-au-travail = Medical unfitness for work caused by an illness or an accident can be partial, total or temporary.
tm-avez-vous-obtenu-une-mention-au = Did you get a distinction (mention) in the baccalauréat?
tm-francaise = French
tm-europeenne = European
tm-non-europeenne = Non-European
tm-regime-general-caf-cpam = General scheme (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Agricultural social insurance (MSA)
tm-pour-les-etudiants-en-classes = Students in preparatory classes for the grandes écoles must select “In a higher-education institution”.
tm-dans-quel-type-d-etablissement-etudiez = What type of institution do you study in now?
tm-etablissement-public = Public institution
tm-etablissement-prive-sous-contrat = Private institution under contract with the State
tm-etablissement-prive-hors-contrat = Private institution not under contract
tm-quelle-est-votre-relation-avec-votre = What is your relationship with your spouse or partner?
tm-moins-de-50 = Less than 50%
tm-etes-vous = Are you?
tm-en-apprentissage = In an apprenticeship
tm-en-contrat-de-professionnalisation = On a professionalisation contract
tm-combien-de-mois-envisagez-vous-de = How many months do you plan to go abroad for your studies?
tm-quel-est-le-prenom-de-votre = What is your child's first name? It will only be used to make the next questions easier to fill in.
tm-souhaitez-vous-connaitre-les-aides-pour = Would you like to know about financial aid to buy a bicycle?
tm-velo-mecanique-simple = Ordinary bicycle
tm-velo-electrique = Electric bicycle
tm-velo-cargo = Cargo bike
tm-velo-cargo-electrique = Electric cargo bike
tm-velo-pliant = Folding bicycle
tm-velo-pliant-electrique = Electric folding bicycle
tm-motorisation-d-un-velo-classique = Adding a motor to an ordinary bicycle
tm-velo-adapte-pour-pmr = Bicycle adapted for people with reduced mobility
tm-etes-vous-interesse-ou-interessee-par = Are you interested in financial aid for training in the health and social care sector?
tm-souhaitez-vous-connaitre-les-aides-au = Would you like to know about financial aid for the BAFA and the BAFD (youth leader diplomas)?
tm-prevoyez-vous-de-partir-a-l = Do you plan to go abroad for your studies?
tm-prevoyez-vous-de-passer-le-permis = Do you plan to take your driving test?
tm-moins-de-3-mois = Less than 3 months
tm-entre-3-et-6-mois = Between 3 and 6 months
tm-plus-de-3-mois = More than 3 months
tm-plus-6-mois = More than 6 months
tm-linterim-ou-travail-temporaire-est-un = Temporary agency work is an employment contract made with a temp agency, which places the employee with a company for a limited time, often to replace someone absent or to meet a one-off need. If the contract was signed with an agency, it is temporary agency work.
tm-est-ce-une-colocation = Is it a flat share?
tm-est-ce-que-ce-logement-a = Has this home been renovated?
tm-est-ce-une-chambre-une-chambre = Is it a room? A room is a home that has only one room and no toilet.
tm-est-ce-un-logement-dans-une = Is it a home in a CROUS residence?
tm-participez-vous-aux-frais-du-logement = Do you share the costs of the home? For example electricity, telephone, etc.
tm-rencontrez-vous-des-difficultes = Do you have serious difficulties finding a home or paying the costs of your home?
tm-prevoyez-vous-de-demenager-prochainement = Do you plan to move soon?
tm-non-j-ai-emmenage-il-y = No, I moved in less than 3 months ago
tm-locataire = Tenant
tm-figurant-sur-le-bail-en-foyer = named on the lease, in a hostel or in a residence
tm-proprietaire = Owner
tm-ou-en-location-accession = or in rent-to-own
tm-heberge-ou-hebergee = Staying with someone (hosted)
tm-chez-vos-parents-chez-un-particulier = with your parents, with a private person or in housing provided by your job
tm-sans-domicile-stable = No stable home
tm-ou-domiciliation-administrative = or an administrative mailing address (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = Are you a first-time buyer for this property? A first-time buyer is a person (or household) who has not owned their main home in the two years before buying the property.
tm-quel-type-de-logement-louez-vous = What type of home do you rent?
tm-non-meuble = Unfurnished
tm-meuble-hotel = Furnished / Hotel
tm-foyer = Hostel
tm-residence-universitaire-logement-crous = University residence, CROUS housing, young workers' hostel, social residence…
tm-maison-de-retraite-residence-sociale = Retirement home, social residence…
tm-mes-enfants-a-charge = My dependent children
tm-quelle-est-la-situation-de-vos = What is your parents' situation?
tm-en-couple = In a couple
tm-separes = Separated
tm-veuf-ou-veuve = Widower or widow
tm-decedes = Deceased
tm-sans-autorite-parentale = Without parental authority
tm-vos-parents-habitent-ils-en-france = Do your parents live in France?
tm-quel-est-le-nombre-de-parts = How many tax shares (parts) are on your parents' most recent tax notice?
tm-une-part-fiscale-est-une-unite = A tax share (part) is a unit standing for the people of the tax household, used to calculate income tax. To find how many tax shares you have, look at your tax return, where this information is usually given.
tm-quel-est-le-revenu-fiscal-de = What is the reference tax income (RFR) on your parents' most recent tax notice?
tm-si-vous-ne-connaissez-pas-le-2 = If you do not know your parents' RFR, write 0 to continue the simulation. Note: this could affect the accuracy of the simulation's results.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Income from work
tm-revenus-professionnels-non-salaries = Self-employed income
tm-allocations = Allowances
tm-indemnites = Compensation payments
tm-pensions-rentes = Pensions & annuities
tm-revenus-du-patrimoine = Income from assets
tm-autres-revenus = Other income
tm-salaire-dont-primes-et-indemnites-de = Wages (including bonuses and end-of-contract payments)
tm-entrez-le-montant-avant-la-retenue = Enter the amount before tax withheld at source
tm-remuneration-de-stage = Internship pay
tm-revenus-de-stage-de-formation = Pay for a vocational training course
tm-allocation-de-securisation = Career security allowance (ASP)
tm-prime-forfaitaire-mensuelle-pour-la = Monthly lump-sum bonus for returning to work
tm-aides-au-logement-apl-als-alf = Housing benefits (APL, ALS, ALF)
tm-allocations-familiales = Family allowances
tm-complement-familial-cf = Family supplement (CF)
tm-allocation-de-soutien-familial-asf = Family support allowance (ASF)
tm-revenu-de-solidarite-active-rsa = Active solidarity income (RSA)
tm-prime-dactivite = Prime d'activité (in-work benefit)
tm-allocation-de-solidarite-aux-personnes = Solidarity allowance for elderly people (ASPA)
tm-allocation-supplementaire-dinvalidite = Supplementary invalidity allowance (ASI)
tm-allocation-de-solidarite-specifique-ass = Specific solidarity allowance (ASS)
tm-allocation-adulte-handicape-aah = Disabled adult allowance (AAH)
tm-complement-de-ressources-adulte = Income supplement for disabled adults
tm-contrat-engagement-jeune = Youth engagement contract (CEJ)
tm-majoration-pour-vie-autonome-mva = Independent living supplement (MVA)
tm-allocation-deducation-de-lenfant = Education allowance for a disabled child (AEEH)
tm-prestation-de-compensation-du-handicap = Disability compensation benefit (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Early childhood benefit (PAJE) - basic allowance
tm-complement-de-libre-choix-dactivite-clca = Supplement for free choice of activity (CLCA)
tm-prestation-partagee-deducation-de = Shared child-rearing benefit (PreParE)
tm-indemnites-de-maternite-paternite = Maternity, paternity, adoption benefits
tm-indemnites-maladie = Sickness benefits
tm-indemnites-maladie-professionnelle = Occupational disease benefits
tm-indemnites-daccident-du-travail = Work accident benefits
tm-indemnites-dactivite-partielle = Short-time work benefits
tm-indemnites-de-volontariat = Volunteering allowances
tm-dedommagement-aux-victimes-de-lamiante = Compensation for asbestos victims
tm-pension-alimentaire = Maintenance payment
tm-pension-alimentaire-versee = Maintenance payment paid
tm-prestation-compensatoire-suite-a = Compensatory allowance (after a separation)
tm-retraite-y-compris-reversion-rente = Pension (including survivor's pension), annuity
tm-rente-s-d-education-d-orphelin = Education or orphan's annuity…
tm-retraite-du-combattant = Veteran's pension
tm-pension-dinvalidite = Invalidity pension
tm-bourse-de-lenseignement-superieur = Higher-education grant
tm-bourse-de-recherche = Research grant
tm-bourse-du-lycee = Secondary-school grant
tm-gains-exceptionnels-dons-gains-aux-jeux = Exceptional gains (gifts, gambling winnings, inheritance)
tm-revenus-locatifs-terrains-appartements = Rental income (land, flats, property companies…)
tm-revenus-du-capital-interets-plus-values = Capital income (interest, capital gains, dividends…)
tm-via-une-micro-entreprise-achat-revente = Through a micro-enterprise (buying/reselling or providing accommodation)
tm-via-une-micro-entreprise-autre-activite = Through a micro-enterprise (other commercial activity, BIC)
tm-via-une-micro-entreprise-activite = Through a micro-enterprise (liberal and/or intellectual profession, BNC)
tm-en-tant-qu-exploitant-agricole = As a farmer
tm-en-profession-liberale-entrepreneur = In a liberal profession (self-employed)
tm-revenus-dactivite-connus = Known income from work
tm-autres-revenus-imposables-preretraite = Other taxable income (early retirement, unemployment)
tm-pensions-retraites-rentes = Pensions, retirement pensions, annuities
tm-frais-reels-deductibles = Deductible actual expenses
tm-revenus-fonciers-nets = Net property income
tm-valeur-de-vos-biens-loues = Value of your rented property
tm-valeur-de-vos-terrains-non-loues = Value of your land not rented out
tm-valeur-locative-terrains-non-loues = Rental value of land not rented out
tm-valeur-de-vos-biens-immobiliers-non = Value of your real estate not rented out
tm-valeur-locative-immobilier-non-loue = Rental value of real estate not rented out
tm-epargne-sur-livret-a = Savings in a livret A
tm-epargne-aux-revenus-non-imposables = Savings with non-taxable income
tm-epargne-aux-revenus-imposables = Savings with taxable income

## aides-jeunes: components

tm-ex-caf-du-loiret = E.g. CAF du Loiret
tm-id-de-la-simulation = Simulation ID
tm-email-de-l-utilisateur = User's email

## rdv: devise

tm-votre-compte-a-ete-valide = Your account has been confirmed.
tm-vous-allez-recevoir-les-instructions = You will receive the instructions to confirm your account in a few minutes.
tm-si-votre-e-mail-existe-dans = If your email address is in our database, you will soon receive an email with the instructions to confirm your account.
tm-votre-compte-a-ete-supprime = Your account has been deleted!
tm-vous-avez-une-invitation-en-attente = You have a pending invitation. Accept it to finish signing up.
tm-votre-connexion-est-deja-active = You are already logged in
tm-votre-compte-n-est-pas-encore = Your account is not activated yet.
tm-email-ou-mot-de-passe-incorrect = Incorrect email or password.
tm-vous-avez-droit-a-une-tentative = You have one more attempt before your account is locked.
tm-votre-compte-est-verrouille = Your account is locked.
tm-email-ou-mot-de-passe-invalide = Invalid email or password.
tm-votre-session-est-expiree-veuillez-vous = Your session has expired. Please log in again to continue.
tm-vous-devez-vous-connecter-ou-vous = You must log in or sign up to continue.
tm-vous-devez-valider-votre-compte-pour = You must confirm your account to continue.
tm-votre-invitation-n-est-pas-valide = Your invitation is not valid.
tm-votre-mot-de-passe-a-ete = Your password has been saved and your account is activated.
tm-votre-mot-de-passe-a-ete-2 = Your password has been saved.
tm-votre-invitation-a-ete-annulee = Your invitation has been cancelled.
tm-lutilisateur-connecte-ne-correspond-pas = The logged-in user does not match the invited user. Log out and try again.
tm-la-session-a-expire = The session has expired
tm-choisir-son-mot-de-passe = Choose your password
tm-enregistrer = Save
tm-ouvrir-l-app-mail = Open the Mail app
tm-inscription = Sign-up
tm-code-dinvitation = Invitation code
tm-creer-son-compte = Create your account
tm-veuillez-cliquer-sur-le-lien-dans = Please click on the link in the email that has just been sent to you
tm-vous-avez-ete-invite-sur = You have been invited to { $name }
tm-bonjour = Hello { $email }
tm-vous-avez-ete-invite-sur-vous = You have been invited to { $name }. You can accept this invitation with the link below.
tm-accepter-l-invitation = Accept the invitation
tm-cette-invitation-est-valable-jusqu-au = This invitation is valid until { $date }.
tm-si-vous-n-acceptez-pas-cette = If you do not accept this invitation, ignore this email. No account will be created without your permission.
tm-instructions-de-confirmation = Confirmation instructions
tm-instructions-pour-changer-le-mot-de = Instructions to change the password
tm-instructions-pour-deverrouiller-le = Instructions to unlock the account
tm-votre-mot-de-passe-a-ete-3 = Your password has been changed.
tm-nous-n-avons-pas-pu-vous = We could not authenticate you through { $kind }: '{ $reason }'.
tm-authentifie-avec-succes-via = Authenticated through { $kind }.
tm-vous-ne-pouvez-acceder-a-cette = You cannot open this page without going through a password reset email. If you did use such an email, make sure you use the full URL.
tm-vous-allez-recevoir-les-instructions-de = You will receive the password reset instructions in a few moments
tm-si-votre-e-mail-existe-dans-2 = If your email address is in our database, you will receive a password reset link by email
tm-votre-mot-de-passe-a-ete-4 = Your password has been changed, you are now logged in
tm-votre-mot-de-passe-a-ete-5 = Your password has been changed.
tm-votre-compte-a-ete-supprime-avec = Your account has been deleted. We hope to see you again soon.
tm-bienvenue-votre-connexion-est-active = Welcome, you are logged in.
tm-votre-compte-est-bien-enregistre-vous = Your account has been registered. However, you cannot log in because your account is not activated yet.
tm-votre-compte-est-bien-enregistre-vous-2 = Your account has been registered. However, you cannot log in because your account is locked.
tm-un-message-contenant-un-lien-de = A message with a confirmation link has been sent to your email address. Open this link to activate your account.
tm-votre-compte-a-bien-ete-mis = Your account has been updated but we need to check your new email address. Please check your emails and click on the confirmation link to finish confirming your new address.
tm-votre-compte-a-ete-modifie-avec = Your account has been updated.
tm-connexion-reussie = Logged in.
tm-deconnexion-reussie = Logged out.
tm-mode-deconnecte = Logged-out mode.
tm-vous-allez-recevoir-les-instructions-2 = You will receive the instructions to unlock your account in a few moments
tm-si-votre-compte-existe-vous-allez = If your account exists, you will soon receive an email with the instructions to unlock it.
tm-votre-compte-a-ete-deverrouille-avec = Your account has been unlocked, you are now logged in.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = has already been confirmed, please try to log in
tm-a-confirmer-dans-les-merci-de = must be confirmed within { $period }, please make a new request
tm-a-expire-merci-d-en-faire = has expired, please make a new request
tm-n-a-pas-ete-trouve-e = was not found
tm-n-etait-pas-verrouille-e = was not locked
tm-une-erreur-a-empeche-ce-tte = An error prevented this { $resource } from being saved:
tm-erreurs-ont-empeche-ce-tte-d = { $n } errors prevented this { $resource } from being saved:

## rdv: links

tm-espace-usager = User space
tm-je-n-ai-pas-recu-le = I did not receive the confirmation email
tm-je-n-ai-pas-recu-le-2 = I did not receive the unlock email

## rdv: activerecord

tm-la-validation-a-echoue = Validation failed: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = must be accepted
tm-doit-etre-rempli-e = must be filled in
tm-ne-concorde-pas-avec = does not match { $attribute }
tm-doit-etre-egal-a = must be equal to { $n }
tm-doit-etre-pair = must be even
tm-n-est-pas-disponible = is not available
tm-doit-etre-superieur-a = must be greater than { $n }
tm-doit-etre-superieur-ou-egal-a = must be greater than or equal to { $n }
tm-n-est-pas-inclus-e-dans = is not included in the list
tm-doit-etre-inferieur-a = must be less than { $n }
tm-doit-etre-inferieur-ou-egal-a = must be less than or equal to { $n }
tm-validation-echouee = Validation failed: { $errors }
tm-n-est-pas-un-nombre = is not a number
tm-doit-etre-un-nombre-entier = must be a whole number
tm-doit-etre-impair = must be odd
tm-doit-etre-different-de = must be other than { $n }
tm-doit-etre-vide = must be empty
tm-doit-exister = must exist
tm-est-deja-utilise = is already used
tm-est-trop-long-pas-plus-d = is too long (no more than one character)
tm-est-trop-long-pas-plus-de = is too long (no more than { $n } characters)
tm-est-trop-court-au-moins-un = is too short (at least one character)
tm-est-trop-court-au-moins-caracteres = is too short (at least { $n } characters)
tm-ne-fait-pas-la-bonne-longueur = is not the right length (must be exactly one character)
tm-ne-fait-pas-la-bonne-longueur-2 = is not the right length (must be { $n } characters)
tm-veuillez-verifier-les-champs-suivants = Please check the following fields:
tm-impossible-d-enregistrer-ce-tte-1 = Could not save this { $model }: 1 error
tm-impossible-d-enregistrer-ce-tte-erreurs = Could not save this { $model }: { $n } errors

## rdv: helpers

tm-ajouter = Add
tm-modifier = Edit
tm-retirer = Remove
tm-reinitialiser = Reset
tm-veuillez-selectionner = Please select

## rdv: public_office

tm-sur-place = in person

## rdv: visio

tm-par-visioconference = by video call

## rdv: phone

tm-par-telephone = by phone

## rdv: home

tm-a-domicile = at home

## rdv: mailers

tm-a-bientot-lequipe = See you soon, The { $name } team

## rdv: users

tm-un-creneau-vient-de-se-liberer = A time slot has just become free!
tm-rdv-confirme-le = Appointment confirmed on { $date }
tm-rdv-du-modifie = Appointment of { $date } changed
tm-rappel-rdv-le = [Reminder] Appointment on { $date }
tm-rdv-annule-le-avec = Appointment on { $date } with { $name } cancelled
tm-votre-rdv-du-a-ete-annule = Your { $motif } appointment of { $date } has been cancelled for administrative reasons.
tm-votre-rdv-du-a-bien-ete = Your { $motif } appointment of { $date } has been cancelled at your request.
tm-vous-pouvez-reprendre-un-rendez-vous = You can book a new appointment by calling { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = You can book a new appointment by clicking on the link below:
tm-reprendre-rdv = Book again

## rdv: attributes

tm-email = Email
tm-mot-de-passe-actuel = Current password
tm-nom-de-la-commune = Name of the town
tm-responsable = Person responsible

## rdv: activerecord

tm-lieu = Place
tm-rendez-vous-honore = Appointment attended
tm-rendez-vous-a-venir = Upcoming appointment
tm-annule-a-linitiative-de-lusager = Cancelled by the user
tm-annule-a-linitiative-du-service = Cancelled by the service
tm-caisse-d-affiliation = Affiliation fund
tm-numero-d-allocataire = Claimant number
tm-nombre-d-enfants = Number of children
tm-accepte-les-notifications-par-sms = Accepts notifications by SMS
tm-accepte-les-notifications-par-email = Accepts notifications by email
tm-numero-de-pre-demande-ants = ANTS pre-application number
tm-sans-domicile-fixe = Homeless (no fixed address)
tm-heberge = Housed by someone
tm-en-accession-a-la-propriete = Buying a home
tm-logement = Housing
tm-aucune = None
tm-proche = Relative
tm-le-prenom-ne-peut-etre-change = The first name cannot be changed because it was certified by FranceConnect
tm-le-nom-de-naissance-ne-peut = The birth name cannot be changed because it was certified by FranceConnect
tm-la-date-de-naissance-ne-peut = The date of birth cannot be changed because it was certified by FranceConnect
tm-ce-mot-de-passe-fait-partie = This password is on a list of frequently used passwords and so cannot keep your account secure. Please choose another one.
tm-pour-assurer-la-securite-de-votre = To keep your account secure, your password must be at least { $n } characters long
tm-doit-comporter-10-chiffres-et-lettres = must have 10 digits and letters
tm-n-a-pas-pu-etre-valide = could not be checked because of an unexpected error. Please try again in 30 seconds.
tm-ce-numero-de-pre-demande-ants = This ANTS pre-application number is already used for an appointment at { $meeting_point }. Please cancel that appointment before booking a new one.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Enter a 10-digit number from mainland France or overseas France, or an international number with the country code.
tm-pour-accelerer-votre-demarche-nous-vous = To speed up your procedure, we strongly recommend that you fill in your application in advance on the ANTS website and give your pre-application number.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = You do not have sufficient rights to open this page or to do this action

## rdv: rdvs

tm-le-duree-minutes = On { $date } (duration: { $duration } minutes)
tm-aujourdhui-a-duree-minutes = Today at { $date } (duration: { $duration } minutes)
tm-1-place-restante = 1 seat left
tm-places-restantes = { $n } seats left
tm-1-place = 1 seat
tm-places = { $n } seats

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Please correct the following problems:

## rdv: users

tm-les-champs-d-etat-civil-nom = Civil status fields (birth name, first names, date and place of birth) can no longer be changed after the certified FranceConnect login
tm-les-3-lettres-ne-correspondent-pas = The 3 letters do not match the family name.

## rdv: search

tm-1-lieu-est-disponible = 1 place is available
tm-lieux-sont-disponibles = { $n } places are available
tm-selectionnez-un-lieu-de-rdv = Select a place for the appointment:
tm-prochaine-disponibilite-le = Next availability on

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = You do not seem to be receiving support or follow-up; please choose another reason or contact your département on { $phone_number }.

## rdv: common

tm-votre-adresse = Your address
tm-votre-service = Your service
tm-ex-21-rue-anatole-france-calais = e.g. 21 rue Anatole France, Calais
tm-modifier-l-adresse = Change the address
tm-choisissez-un-service = Choose a service
tm-choisir-ce-service = Choose this service
tm-le-service-que-vous-cherchez-n = Is the service you are looking for not in the list?
tm-modifier-le-service = Change the service
tm-choisissez-un-motif = Choose a reason
tm-choisir-ce-motif = Choose this reason

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Enter the first 3 letters of your family name
tm-sophie-dupont-dup = Sophie Dupont: DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: DEL
tm-edwige-xi-xi = Edwige Xi: XI
tm-identification = Identification
tm-choix-de-l-usager = Choice of user
tm-votre-rendez-vous-a-ete-confirme = Your appointment has been confirmed.
tm-ce-creneau-nest-plus-disponible-veuillez = This time slot is no longer available. Please select another one.
tm-vous-allez-modifier-votre-rdv-qui = You are about to change your { $motif_name_and_service } appointment, which takes place on { $date }
tm-mes-informations = My information
tm-mes-proches = My relatives
tm-aucun-proche = No relatives
tm-ajouter-un-proche = Add a relative

## mdph: server

tm-identites = Identities
tm-individus-et-organismes-concernes-par-la = Individuals and organisations concerned by the application
tm-situations-particulieres = Special situations
tm-etes-vous-dans-l-une-des = Are you in one of the following situations?
tm-vous-n-arrivez-plus-a-vivre = You can no longer live at home
tm-expliquez-la-difficulte = Explain the difficulty
tm-votre-ecole-ne-peut-plus-vous = Your school can no longer take you
tm-votre-etablissement-ne-peut-plus-vous = Your establishment can no longer take you and you cannot go back home
tm-vous-risquez-de-perdre-votre-travail = You are at risk of losing your job
tm-vous-sortez-d-hospitalisation-et-vous = You are leaving hospital and you cannot go back home
tm-vous-commencez-bientot-une-nouvelle = You are soon starting a new training course
tm-precisez = Give details
tm-date-d-entree-prevue = Planned start date
tm-vous-venez-de-trouver-un-emploi = You have just found a job
tm-vous-arrivez-dans-moins-de-2 = Your rights end in less than 2 months (e.g. AEEH, AAH, PCH, RQTH, etc.)
tm-indiquez-le-s-droit-s-concerne = Give the right(s) concerned and the end date(s)
tm-vie-quotidienne = Daily life
tm-situation = Situation
tm-besoins = Needs
tm-attentes = Expectations
tm-vous-vivez = You live
tm-seule = Alone
tm-avec-vos-parents-ou-l-un = With your parents (or one of them)
tm-avec-vos-enfants-ou-l-un = With your children (or one of them)
tm-autre-situation = Other situation
tm-ou-vivez-vous = Where do you live?
tm-vous-avez-un-logement-independant = You have your own home
tm-vous-vivez-dans-un-etablissement-medico = You live in a medical and social care establishment or a care establishment
tm-precisez-le-nom-le-type-et = Give the name, the type and the place
tm-vous-etes-hebergee-au-domicile = You are housed in someone's home
tm-vous-avez-deja-eu = You have already had:
tm-un-accident-cause-par-un-tiers = An accident caused by another person
tm-un-accident-du-travail = An accident at work
tm-un-autre-accident = Another accident
tm-suite-a-cet-accident-y-a = After this accident, is there a compensation claim under way or completed?
tm-aupres-de-quel-organisme = With which organisation?
tm-vous-recevez = You receive:
tm-une-aide-financiere-et-des-ressources = Financial support and income
tm-une-aide-technique-materielle-ou-de = Technical aid, material aid or equipment
tm-une-aide-a-la-personne-avec = Personal assistance, with someone who helps you
tm-vous-recevez-les-aides-ressources-et = You receive the following aid, income and/or benefits:
tm-allocation-chomage-versee-par-pole = Unemployment benefit paid by Pôle Emploi
tm-dans-les-12-mois-precedant-votre = In the 12 months before your application, did you receive:
tm-un-revenu-d-activite = Income from work
tm-des-indemnites-journalieres = Daily allowances (sick pay)
tm-un-revenu-issu-d-une-activite = Income from work in an ESAT
tm-vous-percevez-une-ou-plusieurs-des = You receive one or more of the following:
tm-une-pension-d-invalidite = An invalidity pension
tm-une-autre-pension-de-ce-type = Another pension of this kind
tm-pension-des-deux-tiers-d-incapacite = Two-thirds pension, incapacity pension, etc.
tm-une-majoration-tierce-personne = A Majoration Tierce Personne (third-party assistance supplement)
tm-une-allocation-supplementaire-d = An Allocation Supplémentaire d'Invalidité (supplementary invalidity allowance)
tm-une-rente-d-accident-ou-de = An annuity for an accident or an occupational disease
tm-une-prestation-complementaire-de-recours = A Prestation Complémentaire de Recours à Tierce Personne (supplementary benefit for third-party assistance)
tm-une-retraite-pour-inaptitude-dans-la = A retirement pension for unfitness in the civil service, or an early retirement pension
tm-depuis-le-2 = Since when?
tm-connaissez-vous-votre-taux-d-ipp = Do you know your IPP rate (Incapacité Permanente Partielle, permanent partial incapacity)?
tm-renseignez-ici-le-taux-qui-vous = Enter here the rate you were given by the health insurance (CPAM)
tm-taux-d-ipp-en = IPP rate, in %
tm-vous-avez-indique-recevoir-une-aide = You said that you receive technical aid, material aid or equipment; this aid consists of:
tm-un-amenagement-de-logement = Adaptation of your home
tm-une-aide-animaliere = An assistance animal
tm-un-amenagement-de-vehicule = Adaptation of a vehicle
tm-une-aide-technique-ex-barre-d = A technical aid (e.g. grab bar, walking frame, etc.)
tm-vous-avez-indique-recevoir-une-aide-2 = You said that you receive personal assistance; you are helped by:
tm-votre-famille = Your family
tm-un-professionnel-de-soins-a-domicile = A home care professional
tm-un-accompagnement-medico-social = Medical and social support
tm-etes-vous-a-la-retraite = Are you retired?
tm-depuis-quand = Since when?
tm-l-aspa-allocation-de-solidarite-pour = The ASPA (Allocation de Solidarité pour les Personnes Agées, solidarity allowance for elderly people)
tm-l-apa-allocation-personnalisee-d = The APA (Allocation Personnalisée d'Autonomie, personalised autonomy allowance)
tm-vous-avez-demande-une-pension-de = You have applied for a retirement pension
tm-du-fait-de-votre-handicap = Because of your disability:
tm-vous-exercez-une-activite = You work part time
tm-precisez-la-quotite-en-pourcentage = Give the share of full time as a percentage
tm-vous-avez-du-renoncer-a-votre = You had to give up your job
tm-du-fait-de-votre-handicap-recourez = Because of your disability, do you pay someone to help you?
tm-frais-lies-au-handicap-et-restant = Disability-related costs left for you to pay
tm-indiquez-les-frais-non-rembourses-ou = Give the costs not reimbursed or, where applicable, partly reimbursed by your health insurance or complementary health insurance. Say in particular whether you pay someone to help you because of your disability.
tm-vous-avez-besoin-d-aide-dans = You need help in your daily life:
tm-pour-regler-les-depenses-courantes-loyer = To pay everyday expenses (rent, energy, clothing, food, etc.)
tm-pour-gerer-votre-budget-et-repondre = To manage your budget and meet your obligations (administrative procedures, insurance, taxes, etc.)
tm-pour-l-hygiene-corporelle-se-laver = For personal hygiene (washing, going to the toilet)
tm-pour-vous-habiller-mettre-et-oter = To dress (putting on and taking off your clothes, choosing them, etc.)
tm-pour-faire-les-courses = To do the shopping
tm-pour-preparer-les-repas = To prepare meals
tm-pour-prendre-les-repas = To eat meals
tm-pour-faire-le-menage-et-l = To do the housework and look after your clothes
tm-pour-prendre-soin-de-votre-sante = To look after your health (following a treatment, going to appointments, etc.)
tm-autre-besoin = Other need
tm-vous-avez-besoin-d-aide-pour = You need help to get around:
tm-pour-se-deplacer-dans-le-domicile = To move around inside the home
tm-pour-sortir-du-domicile-ou-y = To leave or enter the home
tm-pour-se-deplacer-a-l-exterieur = To get around outside the home
tm-pour-utiliser-un-vehicule = To use a vehicle
tm-pour-utiliser-les-transports-en-commun = To use public transport
tm-pour-partir-en-vacances = To go on holiday
tm-utilisez-vous-les-transports-adaptes = Do you use the adapted transport offered locally to get around?
tm-vous-avez-besoin-d-aide-pour-2 = You need help with your social life:
tm-pour-communiquer-s-exprimer-se-faire = To communicate (express yourself, make yourself understood)
tm-pour-avoir-des-activites-sportives-et = To do sports and leisure activities
tm-pour-les-relations-avec-les-autres = For relationships with other people
tm-pour-vous-occuper-de-votre-famille = To look after your family
tm-pour-vous-accompagner-dans-votre-vie = To support you in your life as a citizen (e.g. voting, associations, etc.)
tm-pour-assurer-votre-securite = To ensure your safety
tm-quelles-sont-vos-attentes-pour-compenser = What do you expect to compensate for your disability?
tm-vivre-a-domicile = Living at home
tm-un-amenagement-de-votre-lieu-de = Adaptation of the place where you live
tm-realiser-un-bilan-des-capacites-dans = An assessment of your abilities in daily life
tm-une-aide-financiere-afin-d-assurer = financial support to ensure a minimum income
tm-une-aide-pour-se-deplacer = Help to get around
tm-un-accompagnement-pour-l-adptation = Support for adapting / readapting to daily life
tm-une-aide-humaine-quelqu-un-qui = Human help: someone who helps you
tm-vivre-en-etablissement = Living in an establishment
tm-du-materiel-ou-equipement = Equipment or devices
tm-une-aide-financiere-pour-des-depenses = Financial support for disability-related expenses
tm-un-accueil-temporaire = Temporary accommodation
tm-autre-attente = Other expectation
tm-avez-vous-deja-identifie-une-ou = Have you already found one or more places or services that could meet your expectations?
tm-avez-vous-d-autres-renseignements = Do you have other information (situation, expectations, plans) about your daily life?
tm-vie-scolaire-ou-etudiante = School or student life
tm-etes-vous-actuellement-scolarise = Are you currently in school?
tm-pourquoi-n-etes-vous-pas-scolarise = Why are you not in school?
tm-vous-etes-trop-jeune = You are too young
tm-a-partir-de-quand-serez-vous = From when will you be in school?
tm-vous-etes-sans-solution-d-accueil = You have no place in a school, university or medical and social establishment
tm-vous-etes-actuellement-scolarise = You are currently in school
tm-en-milieu-ordinaire = In mainstream education
tm-avec-accompagnement-par-un-service-de = With support from a care service or a medical and social establishment
tm-en-temps-partage-entre-letablissement = With time shared between the medical and social establishment and mainstream education or home
tm-en-temps-partage-entre-le-service = With time shared between the care service and mainstream education
tm-en-formation-superieure-ou-en = In higher education or in an apprenticeship
tm-etes-vous-place-en-internat = Are you a boarder?
tm-ses-frais-de-sejour-sont-ils = Are the boarding costs paid in full by the health insurance, the State or social assistance?
tm-dans-quel-s-etablissement-s = In which establishment(s)?
tm-quel-type-d-etudes-suivez-vous = What kind of studies are you following?
tm-quel-s-diplome-s-avez-vous = Which diploma(s) have you obtained?
tm-quel-s-diplome-s-preparez-vous = Which diploma(s) are you preparing?
tm-decrivez-votre-parcours-d-etudiant-ou = Describe your path as a student or an apprentice
tm-annee-etablissement = Year, establishment
tm-vous-disposez-actuellement-d = You currently have support and care
tm-soins-hospitaliers = Hospital care
tm-soins-en-liberal = Care from independent practitioners
tm-vous-disposez-actuellement-d-adaptations = You currently have adapted material conditions
tm-amenagement-et-adaptations-pedagogiques = Adapted teaching arrangements
tm-outils-de-communication = Communication tools
tm-materiel-informatique-et-audiovisuel = Computer and audiovisual equipment
tm-materiel-deficience-auditive = Equipment for hearing impairment
tm-materiel-deficience-visuelle = Equipment for visual impairment
tm-mobilier-et-petits-materiels = Furniture and small equipment
tm-transport = Transport
tm-vous-disposez-actuellement-d-une-aide = You currently have a human aide for disabled pupils
tm-precisez-laquelle = Say which one
tm-decrivez-votre-emploi-du-temps-ecole = Describe your timetable (school, canteen, care, etc.)
tm-vous-avez-des-besoins-en-lien = You have needs related to schooling:
tm-pour-lire = To read
tm-pour-ecrire-prendre-des-notes = To write, take notes
tm-pour-calculer = To do arithmetic
tm-pour-comprendre-suivre-les-consignes = To understand, follow instructions
tm-pour-organiser-controler-son-travail = To organise and check one's work
tm-pour-l-utilisation-du-materiel = To use equipment
tm-vous-avez-des-besoins-pour-communiquer = You have needs to communicate:
tm-pour-assurer-sa-securite = To ensure one's safety
tm-vous-avez-des-besoins-pour-l = You have personal care needs:
tm-pour-l-hygiene-corporelle-aller-aux = For personal hygiene (going to the toilet)
tm-pour-s-habiller-mettre-et-oter = To dress (putting on and taking off clothes)
tm-pour-les-repas-manger-et-boire = For meals (eating and drinking)
tm-pour-prendre-soin-de-sa-sante = To look after one's health
tm-vous-avez-besoin-d-aide-pour-3 = You need help to get around:
tm-pour-se-deplacer-a-l-interieur = To move around inside the premises
tm-pour-se-deplacer-a-l-exterieur-2 = To get around outside the premises
tm-vous-souhaitez = You would like:
tm-une-adaptation-de-la-scolarite = Adapted schooling
tm-une-orientation-scolaire-differente = A different school orientation
tm-une-aide-humaine = Human help
tm-une-aide-materielle = Material help
tm-un-accompagnement-pour-une-readaptation = Support for readaptation / rehabilitation
tm-une-prise-en-charge-par-un = Care in an establishment without accommodation
tm-une-prise-en-charge-par-un-2 = Care in an establishment with accommodation
tm-avez-vous-deja-identifie-un = Have you already found a school, university or medical and social establishment that could meet your expectations?
tm-avez-vous-pu-prendre-contact-avec = Have you been able to contact your referent teacher?
tm-pourquoi = Why?
tm-vous-avez-d-autres-renseignements = If you have other important information (situation, expectations, plans) about your school or student life or your apprenticeship, give it here:
tm-vie-au-travail = Working life
tm-situation-professionnelle = Employment situation
tm-parcours-professionnel = Career path
tm-projet-professionnel = Career plan
tm-avez-vous-actuellement-un-emploi = Do you currently have a job?
tm-avez-vous-deja-travaille = Have you ever worked?
tm-pourquoi-etes-vous-actuellement-sans = Why are you currently out of work and since when?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Can you say why you are currently out of work?
tm-etes-vous-dans-une-des-situations = Are you in one of the following situations?
tm-inscrit-a-pole-emploi = Registered with Pôle emploi
tm-en-formation-continue = In continuing education
tm-votre-accompagnement-vers-l-emploi-est = Your support towards employment is provided by:
tm-mission-locale = Mission locale (local youth employment centre)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = An RSA referent appointed by the Conseil Général (département council)
tm-vous-avez-un-emploi = You have a job:
tm-en-entreprise-adaptee = In an adapted company (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = In a sheltered workplace (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = What type of job do you have?
tm-interim = Temporary work
tm-contrat-aide = Subsidised contract
tm-travailleur-independant = Self-employed
tm-regime = Scheme:
tm-stagiaire-professionnel = Work placement trainee
tm-est-ce-un-stage-remunere = Is it a paid placement?
tm-au-sein-de-quel-organisme-effectuez = In which organisation are you doing your placement?
tm-nom-de-l-organisme = Name of the organisation
tm-qui-est-votre-employeur = Who is your employer?
tm-quel-est-le-nom-de-votre = What is your job title?
tm-nom-du-poste = Job title
tm-votre-emploi-est-il-a-temps = Is your job full time or part time?
tm-temps-complet = Full time
tm-temps-partiel = Part time
tm-votre-emploi-est-il-adapte-a = Is your job adapted to your disability?
tm-quelles-sont-les-difficultes-liees-a = What are the difficulties related to your disability?
tm-accompagnement-pour-conserver-votre = Support to keep your job:
tm-par-la-medecine-du-travail = From the occupational health service
tm-par-le-service-d-appui-au = From the service supporting disabled workers in keeping their jobs (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Adjustments have been made to your workstation:
tm-etes-vous-actuellement-en-arret-de = Are you currently on sick leave?
tm-vous-etes-actuellement-en-arret-de = You are currently on leave from work:
tm-arret-maladie-avec-indemnites = Sick leave with daily allowances
tm-arret-maladie-sans-indemnites = Sick leave without daily allowances
tm-vous-etes-en-arret-suite-a = You are on leave after an accident at work or an occupational disease
tm-conge-maternite-conge-d-adoption-autre = Maternity leave/adoption leave/other
tm-avez-vous-rencontre-un-professionnel-du = Have you met a professional from the social service of your pension fund?
tm-a-quelle-date = On what date?
tm-avez-vous-rencontre-le-medecin-du = Have you seen the occupational doctor for a pre-return-to-work visit?
tm-beneficiez-vous-d-une-ou-des = Do you receive one or more of the following benefits?
tm-aides-de-l-association-de-gestion = Aid from the association managing the fund for the employment of disabled people (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Aid from the fund for the employment of disabled people in the civil service (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = Do you have recognition as a disabled worker (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = Do you want to enter your work experience in the form or scan your CV?
tm-numeriser-le-cv-et-l-ajouter = Scan the CV and add it to my application when finalising it
tm-saisir-mes-experiences-professionnelles = Enter my work experience in this form
tm-precisez-vos-experiences = Give your work experience, including work placements and integration organisations.
tm-votre-niveau-de-qualification = Your level of qualification:
tm-primaire = Primary
tm-secondaire = Secondary
tm-superieur = Higher education
tm-derniere-classe-frequentee = Last class attended:
tm-avez-vous-suivi-une-des-formation = Have you taken one or more vocational training courses?
tm-laquelle-lesquelles = Which one(s)?
tm-precisez-votre-vos-dernier-s-diplome = Give your last diploma(s) obtained:
tm-avez-vous-un-ou-plusieurs-projet = Do you have one or more career plans?
tm-pourquoi-avez-vous-besoin-de-soutien = Why do you need support?
tm-faire-un-bilan-de-capacites = To assess your work abilities
tm-preciser-un-projet-professionnel = To define a career plan
tm-adapter-l-environnement-de-travail = To adapt the work environment
tm-acceder-a-un-emploi = To get a job
tm-acceder-a-une-formation = To get training
tm-autres-renseignements-concernant-votre = Other information about your working life that you would like to give us
tm-vie-de-votre-aidant-familial = Life of your family carer
tm-vous-pouvez-expliquer-l-aide-que = You can explain the help your carer currently gives to the person with a disability, and you can express the carer's expectations and needs.
tm-comment-s-appelle-votre-aidant = What is your carer's name?
tm-nom-et-prenom = Last name and First name
tm-quel-est-son-lien-avec-la = What is their relationship to the person with a disability?
tm-vit-il-elle-avec-la-personne = Does he/she live with the person with a disability?
tm-est-il-elle-actuellement-en-emploi = Does he/she currently have a job?
tm-oui-avec-une-reduction-dactivite-liee = Yes, with reduced working hours because of caring for the person helped
tm-quelle-est-la-nature-de-l = What kind of help is given?
tm-surveillance-presence-responsable = Supervision / responsible presence
tm-aide-aux-deplacements-a-linterieur-du = Help getting around inside the home
tm-aide-aux-deplacements-a-lexterieur = Help getting around outside
tm-aide-pour-entretenir-le-logement-et = Help looking after the home and the laundry
tm-aide-a-lhygiene-corporelle = Help with personal hygiene
tm-aide-a-la-preparation-des-repas = Help preparing meals
tm-aide-a-la-prise-de-repas = Help eating meals
tm-coordination-des-intervenants = Coordinating the professionals involved
tm-gestion-administrative-et-juridique = Administrative and legal matters
tm-gestion-financiere = Financial matters
tm-stimulation-par-des-activites-loisirs = Stimulation through activities (leisure, outings, etc.)
tm-aide-a-la-communication-et-aux = Help with communication and social relationships
tm-aide-au-suivi-medical = Help with medical follow-up
tm-qui-participe-avec-lui-elle-a = Who else takes part with him/her in supporting the person helped?
tm-un-des-professionnel-s = One or more professionals
tm-un-ou-plusieurs-autre-s-proche = One or more other relatives or friends
tm-il-elle-est-l-unique-aidante = He/she is the applicant's only carer
tm-est-il-elle-soutenue-dans-sa = Is he/she supported in his/her role as a carer?
tm-en-cas-d-empechement-a-t = If he/she is unable to help, is there a solution to replace him/her?
tm-laquelle = Which one?
tm-il-elle-est-ou-sera-prochainement = He/she is, or will soon be, in one of the following situations:
tm-eloignement-geographique-demenagement = Living far away (moving house, etc.)
tm-indisponibilite-prolongee-sejour-a = Long-term unavailability (stay abroad, hospitalisation, etc.)
tm-changement-majeur-dans-la-situation = Major change in personal situation (separation, death of the spouse, moving into a retirement home, etc.)
tm-probleme-de-sante = Health problem
tm-changement-majeur-dans-la-situation-2 = Major change in work situation
tm-difficulte-a-assurer-l-accompagnement = Difficulty in keeping up the current support (exhaustion, older age, etc.)
tm-ses-attentes-en-tant-qu-aidant = His/her expectations as a family carer:
tm-pouvoir-se-reposer-au-quotidien = Being able to rest every day
tm-pouvoir-se-faire-remplacer-en-cas = Being able to be replaced when needed
tm-pouvoir-se-faire-remplacer-en-cas-2 = Being able to be replaced in an emergency
tm-se-faire-remplacer-pour-partir-en = Being replaced to go away for a weekend/holiday
tm-reprendre-renforcer-maintenir-son = Resuming/increasing/keeping up his/her work
tm-reprendre-renforcer-maintenir-ses-liens = Resuming/strengthening/keeping up his/her social ties
tm-obtenir-une-contre-partie-financiere = Getting financial compensation
tm-echanger-avec-dautres-aidants = Talking with other carers
tm-echanger-avec-les-professionnels-qui = Talking with the professionals who follow the person helped
tm-avoir-un-soutien-psychologique = Having psychological support
tm-etre-conseille-pour-mieux-faire-face = Getting advice to cope better with his/her relative's disability
tm-etre-affilie-gratuitement-a-lassurance = Being enrolled free of charge in the old-age pension insurance
tm-a-t-il-elle-deja-identifie = Has he/she already found one or more places or services that could meet his/her expectations?
tm-vous-souhaitez-mieux-connaitre-les = You would like to know more about the existing schemes and aid:
tm-pour-l-aidant = For the carer
tm-pour-la-personne-aidee = For the person helped
tm-autres-renseignements-que-vous = Other information about your carer's life that you would like to give us
tm-documents-lies-a-votre-demande = Documents for your application
tm-pour-nous-transmettre-les-documents = To send us the mandatory and additional supporting documents
tm-certificat-medical = Medical certificate
tm-votre-certificat-medical-n-est-pas = Your medical certificate is not valid, please use one of the models provided.
tm-un-certificat-medical-de-moins-de = A medical certificate less than 6 months old, intended for MDPH applications.
tm-justificatif-de-domicile = Proof of address
tm-une-photocopie-dun-justificatif-de = A photocopy of a proof of address less than 3 months old (for children, attach the proof of address of the legal representative; for people housed by someone else: proof of address and a sworn statement from the host).
tm-piece-d-identite = Identity document
tm-une-photocopie-recto-verso-dun = A double-sided photocopy of an identity document of the disabled person and, where applicable, of their legal representative (a valid identity document or a valid residence permit or any other document authorising residence in France).
tm-acte-de-deces-acte-de-mariage = Death certificate / marriage certificate
tm-carte-grise-vehicule-permis-de-conduire = Vehicle registration certificate, driving licence
tm-carte-de-sejour = Residence permit
tm-avis-d-impot-sur-le-revenu = Income tax notice
tm-releve-d-identite-bancaire-rib-iban = Bank details (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Certificate of payment of daily allowances (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Payslip
tm-devis-facture-aide-technique = Quote / invoice for a technical aid
tm-audiogramme = Audiogram
tm-livret-de-famille = Family record book (livret de famille)
tm-facture-cantine-restaurant-scolaire = Canteen bill (school canteen)
tm-facture-frais-d-obseques = Funeral bill
tm-justificatif-reduction-du-temps-de = Proof of reduced working hours
tm-billets-de-train-fiche-taxi-frais = Train tickets / taxi form (transport costs due to a placement)
tm-jugement-de-tutelle-jugement = Guardianship judgment, correcting judgment, curatorship
tm-justificatif-d-emancipation = Proof of emancipation
tm-jugement-de-delegation-d-autorite = Judgment delegating parental authority
tm-jugement-de-divorce = Divorce judgment
tm-bilan-ophtalmologique-mdph = Eye examination report (MDPH)
tm-complement-medical-d-aide-a-l = Medical supplement to help the psychiatric assessment
tm-bilan-psychologique-etc = Psychological assessment, etc.
tm-compte-rendu-d-examen-psychiatrique = Psychiatric examination report, psychiatric questionnaire, etc.
tm-bilan-orthophonique-psychomoteur = Speech therapy, psychomotor, physiotherapy, osteopathy assessment, etc.
tm-bilan-camsp-cmp-cmpp = CAMSP, CMP, CMPP assessment
tm-compte-rendu-d-evaluation-medicale = Medical assessment report
tm-attestation-medicale = Medical certificate
tm-fiche-de-liaison-medecine-du-travail = Occupational health liaison form
tm-prescription-medicale-pour-amenagement-d = Medical prescription for adapted examination arrangements
tm-bulletin-d-hospitalisation = Hospital admission record
tm-fiche-de-prescription-hors = Non-medication prescription form
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = For children in school, the expectations are set out in a document called the GEVASco. The GEVASco is a data collection guide that you fill in with the head of the school (first application) or the referent teacher (review). You can ask the head of the school for your referent teacher's contact details.
tm-bilan-de-l-equipe-de-suivi = Report of the schooling follow-up team (ESS)
tm-fiche-de-liaison-financement-du-materiel = Liaison form for funding adapted teaching equipment
tm-fiche-d-evaluation-de-l-autonomie = Pupil autonomy assessment form (from the education authority)
tm-protocoles-d-accompagnement-d-un-eleve = Support protocols for a disabled pupil with an AVSI (individual school life assistant)
tm-plan-individualise-d-accompagnement-pia = Individual support plan (PIA)
tm-devoirs-particuliers-dyslexie = Special homework (dyslexia, speech therapy, etc.)
tm-certificat-de-scolarite-releve-de-notes = School certificate, school report, etc.
tm-curriculum-vitae-cv = Curriculum Vitae (CV)
tm-courriers-orientation-professionnel = Career guidance letters (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Assessments (AFPA, ESAT, etc.), Appui Projet, POPS, Préo, UEROS assessments, etc.
tm-rapport-de-stage = Work placement report
tm-syntheses-etablissements-et-services-ems = Summaries from establishments and services (EMS, SMS, SAVS, SAMSAH, etc.)
tm-autre-document = Other document

## mdph: account

tm-plus-qu-une-etape = Just one more step
tm-cliquez-sur-le-lien-qui-vous = Click on the link that was sent to you to activate your account (remember to check your spam folder).
tm-votre-compte-a-bien-ete-valide = Your account has been confirmed.
tm-ce-lien-est-incorrect-ou-a = This link is incorrect or has already been used.
tm-email-envoye = Email sent
tm-cliquez-sur-le-lien-qui-vous-2 = Click on the link that was sent to you by email to change your password.
tm-si-vous-avez-oublie-votre-mot = If you have forgotten your password, enter your email address and a new password will be sent to it.
tm-veuillez-entrer-votre-email = Please enter your email.
tm-l-adresse-email-n-est-pas = The email address is not valid.
tm-connectez-vous-pour-reprendre-votre = Log in to continue your procedure
tm-adresse-email = Email address
tm-veuillez-entrer-une-adresse-email = Please enter an email address.
tm-cette-adresse-email-n-est-pas = This email address is not valid.
tm-veuillez-entrer-un-mot-de-passe = Please enter a password.
tm-vous-n-avez-pas-de-compte = Don't have an account? Sign up
tm-une-erreur-est-survenue-lors-de-5 = An error occurred while sending The account requested may already have been activated or may not exist.
tm-un-mail-de-confirmation-a-bien = A confirmation email has been sent again to your email account
tm-nouveau-mot-de-passe = New password
tm-vous-avez-indique-avoir-oublie-votre = You said that you forgot your password. Please reset it by entering a new password.
tm-inscrivez-vous-pour-commencer-votre = Sign up to start your procedure
tm-veuillez-entrer-votre-adresse-e-mail = Please enter your email address.
tm-cet-email-n-est-pas-valide = This email is not valid.
tm-adresse-email-de-secours = Backup email address
tm-veuillez-entrer-votre-adresse-e-mail-2 = Please enter your backup email address.
tm-erreur-dans-le-formulaire-merci-de = Error in the form, please refresh the page.
tm-contact = Contact
tm-veuillez-entrer-votre-numero-de-contact = Please enter your contact number.
tm-vous-avez-deja-un-compte-connectez = Already have an account? Log in

## mdph: apropos

tm-en-quelques-mots = In a few words
tm-plus-dun-tiers-des-personnes-handicapees = More than a third of disabled people find the administrative procedures related to their disability complicated. Applications often take longer to process than the four months set by law.
tm-un-traitement-informatise-de-bout-en = Computerised processing from start to finish
tm-une-communication-en-continu = Continuous communication
tm-pour-les-utilisateurs = For users
tm-un-espace-personnel = A personal space
tm-un-questionnaire-dynamique = A dynamic questionnaire
tm-un-accompagnement-des-la-saisie-de = Support from the moment you fill in the application
tm-un-suivit-en-temps-reel = Real-time follow-up
tm-une-presence-sur-le-web = A presence on the Web
tm-une-appropriation-de-votre-espace = Making your space your own

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Please confirm the application for { $name }
tm-une-fois-la-demande-validee-vous = Once the application is confirmed, you will no longer be able to change any information other than the documents, and only at the MDPH's request. You will find the summary of your application below:
tm-recapitulatif-de-votre-demande = Summary of your application
tm-documents = Documents:
tm-en-validant-je-certifie-que-les = By confirming, I certify that the information above is accurate.
tm-la-mdph-n-accepte-pas-les = The MDPH { $name } does not accept applications from this online service, so it is not possible to send it an application through this online service.
tm-demande-n = Application no. { $shortId }
tm-votre-mdph-vous-demande-de-corriger = Your MDPH asks you to correct the documents attached to your application
tm-pour-tout-autre-modification-veuillez = For any other change, please contact your MDPH directly (you will find the contact details at the bottom of the page)
tm-telecharger = Download
tm-votre-demande-est-en-cours-de = Your application is being checked by your MDPH
tm-informations-obligatoires = Mandatory information
tm-informations-complementaires = Additional information
tm-decrivez-votre-situation-vos-besoins-vos = Describe your situation, your needs, your plans and your expectations.
tm-demande = Application / { $label }
tm-demande-documents = Application / Documents
tm-en-cours = { $name } - in progress... { $progress }%
tm-ajouter-un-document = Add a document
tm-autres-types-de-documents = Other types of documents
tm-retourner-a-la-demande = Back to the application
tm-choix-du-type-de-document = Choice of document type
tm-recherche = Search
tm-suggestions-de-documents-a-fournir = Suggested documents to provide
tm-demande-identite-de-l-autorite-parentale = Application / Identity of the person with parental authority
tm-demande-identite-de-la-personne-vous = Application / Identity of the person helping you with this procedure
tm-la-personne-vous-aidant-dans-votre = The person helping you with your procedure is
tm-un-proche = A relative or friend
tm-une-association = An association
tm-nom-ou-intitule = Name (or title)
tm-la-longueur-minimale-du-nom-est = The name must be at least 1 character long.
tm-recherche-adresse = Address search
tm-localite = Locality
tm-telephone-1 = Phone 1
tm-telephone-2 = Phone 2
tm-demande-identite-du-beneficiaire = Application / Identity of the beneficiary
tm-nom-d-epouxse-ou-nom-d = Spouse's name or usual name
tm-homme = Man
tm-femme = Woman
tm-espace-economique-europeen-ou-suisse = European Economic Area or Switzerland
tm-date-de-naissance-au-format-jour = Date of birth in the format day/month/year
tm-veuillez-utiliser-le-format-jj-mm = Please use the format DD/MM/YYYY. For example: 14/09/1989.
tm-commune-de-naissance = Town of birth
tm-pays-en-cas-de-naissance-a = Country (if born abroad)
tm-l-adresse-email-saisie-est-incorrecte = The email address entered is incorrect.
tm-si-vous-avez-elu-domicile-aupres = If you have an address for administrative purposes with an organisation (association, shelter or social action centre), say which one
tm-organisme-payeur-de-prestations = Organisation paying family benefits / RSA
tm-organisme-d-assurance-maladie = Health insurance organisation
tm-votre-numero-de-securite-sociale = Your social security number
tm-ce-numero-de-securite-sociale-est = This social security number is invalid.
tm-ce-champ-est-incomplet = This field is incomplete.
tm-si-cest-votre-enfant-qui-est = If the application concerns your child, give your child's social security number
tm-etes-vous-aide-e-dans-vos = Is someone helping you with your MDPH procedures?
tm-beneficiez-vous-dune-mesure-de = Are you under a legal protection measure?
tm-demande-identite-du-representant-legal = Application / Identity of the legal representative
tm-demande-prestations = Application / Benefits
tm-demandes-relatives-a-la-vie-quotidienne = Requests related to daily life
tm-carte-mobilite-inclusion = Carte mobilité inclusion (inclusion mobility card)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, compensatory allowance)
tm-demandes-relatives-a-la-vie-scolaire = Requests related to school life
tm-demandes-relatives-au-travail-a-lemploi = Requests related to work, employment and vocational training
tm-orientation-professionnelle = Career guidance
tm-le-dispositif-emploi-accompagne-propose = “The supported employment scheme offers medical and social support and help with the professional integration of the disabled worker and their employer. The following disabled workers can benefit from this scheme:
tm-ayant-un-projet-dinsertion-en-milieu = who have a plan to work in the mainstream workplace,
tm-accueillis-dans-un-etablissement-ou = who are in an establishment or service providing help through work (ESAT) and have a plan to work in the mainstream workplace,
tm-deja-en-emploi-en-milieu-ordinaire = who already work in the mainstream workplace and have particular difficulties in securing their professional integration.”
tm-demande-confirmer-votre-compte-mail = Application / Confirm your email account
tm-vous-n-avez-pas-encore-confirme = You have not confirmed your account yet. You can do so by opening the activation link that was sent to you by email.
tm-en-cas-de-difficultes-vous-pouvez = If you have difficulties, you can contact us at contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Click here to send a confirmation email again
tm-retourner-au-profil = Back to the profile

## mdph: layout

tm-connexion = Login

## mdph: main

tm-trouvez-le-service-en-ligne-de = Find your MDPH's online service
tm-votre-demande-en-ligne-a-la = Your online application to the MDPH
tm-la-mdph-c-est-la-maison = The MDPH is the Maison Départementale pour les Personnes Handicapées (departmental centre for disabled people). It can respond to the needs related to your disability.
tm-ce-service-vous-permet-de-saisir = This service lets you fill in your application and send it to your MDPH so that it processes your file.
tm-il-vous-permet-de-solliciter-la = It lets you apply to the MDPH as a beneficiary or as the legal representative of a beneficiary.
tm-en-fonction-de-votre-situation-vous = Depending on your situation, you may be entitled to the following rights

## mdph: mdph

tm-votre-mdph = Your MDPH { $name }
tm-gerez-vos-demandes-en-ligne = Manage your applications online
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = Your MDPH does not use this online application service
tm-continuer-sur-service-public-fr = Continue on service-public.fr
tm-continuer-sur = Continue on { $label }

## mdph: medecin

tm-votre-e-mail = Your email
tm-ex-email-domaine-fr = E.g.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = The email address is required.
tm-modeles-de-certificats = Certificate models

## mdph: mon_compte

tm-en-attente-de-validation = Awaiting confirmation
tm-si-vous-n-avez-pas-recu = If you have not received this email, click here to send it again.
tm-modifier-mon-mot-de-passe = Change my password
tm-veuillez-entrer-votre-mot-de-passe = Please enter your previous password.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = We have sent you an email to confirm your email address.
tm-type = Type
tm-document-ajoute = Document added
tm-choisir-le-fichier = Choose the file
tm-veuillez-selectionner-un-fichier = Please select a file
tm-ajouter-ce-fichier = Add this file

## mdph: profil

tm-profil-identite-du-representant-legal = Profile / Identity of the legal representative
tm-profil-prestations = Profile / Benefits
tm-supprimer-ce-profil = Delete this profile

## mdph: suivi

tm-cookies-deposes-et-opt-out = Cookies placed and opt-out
tm-ce-site-depose-un-petit-fichier = This site places a small text file (a “cookie”) on your computer when you visit it. This lets us measure the number of visits and understand which pages are viewed most.
tm-ce-site-naffiche-pas-de-banniere = This site does not show a cookie consent banner, why?
tm-je-contribue-a-enrichir-vos-donnees = I help to enrich your data, can I access it?
tm-bien-sur-les-statistiques-dusage-de = Of course! The usage statistics of most of our products, including https://mdphenligne.cnsa.fr/, are freely available on stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Parent { $n }
tm-exerce-l-autorite-parentale = Exercises parental authority
tm-meme-adresse-que-le-beneficiaire = Same address as the beneficiary

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = By ticking this box, you certify that you have the consent of { $name } to submit an application in their name
tm-precisez-le-domicile = Give details of the home
tm-de-vos-parents-ou-l-un = Of your parents (or one of them)
tm-de-vos-enfants-ou-l-un = Of your children (or one of them)
tm-d-un-e-ami-e = Of a friend
tm-d-un-autre-membre-de-votre = Of another member of your family
tm-d-une-famille-d-accueil = Of a foster family
tm-et-vous-etes = And you are
tm-de-categorie = Of category
tm-son-prenom = His/her first name
tm-montant = Amount
tm-montant-invalide = Invalid amount
tm-veuillez-saisir-un-nombre-entre-0 = Please enter a number between 0 and 100.

## mdph: display-file

tm-pas-de-documents = No documents
tm-raison-du-refus = Reason for refusal:
tm-supprimez = Delete
tm-suppression-d-un-document = Deleting a document

## mdph: footer

tm-contactez-votre-mdph = Contact your MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = Describe your needs for compensation related to your disability
tm-plusieurs-reponses-sont-possibles = Several answers are possible
tm-adaptez-vos-reponses-a-votre-age = Adapt your answers to your age.
tm-le-besoin-daide-correspond-a-une = A need for help means direct human help, or the need to be stimulated, guided or encouraged verbally, or material or financial help.
tm-ce-document-correspond-a-lexpression-de = This document expresses the needs you feel. A detailed assessment will then be carried out by the MDPH team, who will meet you if necessary.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, disabled adult allowance) and its supplement
tm-carte-d-invalidite-de-priorite-de = Invalidity / priority / parking card
tm-orientation-vers-un-etablissement-ou = Referral to a medical and social establishment or service (ESMS)
tm-renouvellement-d-allocation = Renewal of the compensatory allowance (ACTP or ACFP)
tm-projet-personnalise-de-scolarisation = Personalised schooling plan – schooling path and aids
tm-orientation-professionnelle-et-ou = Career guidance and/or vocational training
tm-reconnaissance-de-la-qualite-de = Recognition as a disabled worker (RQTH)
tm-affiliation-gratuite-a-l-assurance = Free enrolment in the old-age pension insurance for parents at home (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Other département, give its number (for example 01 or 75)

## mdph: menu-dashboard

tm-mes-demandes = My applications
tm-documents-associes = Attached documents

## mdph: nav-steps

tm-question-precedente = Previous question

## mdph: password-field

tm-votre-mot-de-passe-est-d = Your password is too weak.
tm-veuillez-saisir-8-caracteres = Please enter 8 characters.
tm-presenter-trois-des-quatre-categories-de = Contain three of the following four types of characters: capital letter, small letter, digit and/or special characters.
tm-ce-jeton-de-modification-a-deja = This change token has already been used to reset your password. Please make a new reset request.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = be eight characters long,
tm-etre-d-une-robustesse-moyenne = be of medium strength.
tm-afin-de-garantir-au-mieux-l = To best protect the integrity of the data, the password must at least:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = Add details to your request if you wish

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Please select one of the options or give details of your answer
tm-intitule-du-poste = Job title
tm-employeur = Employer
tm-entreprise = Company
tm-type-de-contrat = Type of contract
tm-date-de-debut-au-format-jour = Start date in the format day/month/year
tm-motif-de-fin-d-activite = Reason for ending the job
tm-motif = Reason
tm-valider-l-experience = Confirm the experience
tm-ajouter-une-experience = Add an experience
tm-annee-d-obtention = Year obtained
tm-domaine = Field
tm-intitule-du-diplome = Name of the diploma
tm-domaine-d-etude = Field of study
tm-retirer-le-dernier-diplome = Remove the last diploma
tm-ajouter-un-diplome = Add a diploma
tm-matin = Morning
tm-midi = Midday
tm-soiree-nuit = Evening/night
tm-nom-de-l-etablissement = Name of the establishment
tm-rue = Street
tm-ex-college-jules-ferry = E.g.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = E.g.: 1, rue de l'église
tm-ex-paris = E.g.: Paris
tm-supprimer-le-dernier-etablissement = Delete the last establishment
tm-ajouter-un-etablissement = Add an establishment
tm-frais-engages = Costs incurred
tm-montant-total-frequence = Total amount / Frequency
tm-montant-rembourse = Amount reimbursed
tm-libelle-des-frais = Description of the costs
tm-par-jour = Per day
tm-par-semaine = Per week
tm-par-mois = Per month
tm-par-an = Per year
tm-supprimer-le-dernier-frais = Delete the last cost
tm-ajouter-des-frais-ponctuels = Add one-off costs
tm-ajouter-des-frais-recurrents = Add recurring costs
tm-derniere-reponse-enregistree-le = Last answer saved on { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Name of the organisation
tm-etes-vous-deja-en-contact = Are you already in contact?
tm-supprimer-la-derniere-structure = Delete the last organisation
tm-ajouter-une-structure = Add an organisation

## mdph: representant-form

tm-type-de-mesure-de-protection = Type of protection measure
tm-tutelle = Guardianship
tm-curatelle = Curatorship
tm-curatelle-renforcee = Enhanced curatorship
tm-habilitation-familiale = Family authorisation (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Home page

## aidants: 400.html

tm-il-y-a-eu-un-souci = There was a technical problem during the data exchange.
tm-la-syntaxe-de-la-requete-est = The syntax of the request is wrong. You can try again or contact us if the problem continues.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = You do not have permission to open this page.
tm-si-vous-pensez-qu-il-s = If you think this is a mistake, you can go to our home page or contact us for help.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = The page you are looking for cannot be found. We apologise for the inconvenience.
tm-si-vous-avez-tape-l-adresse = If you typed the web address in the browser, check that it is correct. The page may no longer be available. In that case, to continue your visit you can go to our home page. Otherwise contact us so that we can direct you to the right information.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = The time allowed for the FranceConnect login has run out.
tm-vous-pouvez-reessayer-la-connexion = You can try to log in again from the home page. If the problem continues, contact us.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Sorry, the service is having a problem, we are working to solve it as quickly as possible.
tm-essayez-de-rafraichir-la-page-ou = Try refreshing the page or try again later.
tm-si-vous-avez-besoin-d-une = If you need help right away, please contact us directly.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Print the mandate
tm-mandat-final = Final mandate
tm-attention-ceci-est-un-projet-de = Warning! This is a draft mandate. It has no legal value.
tm-le-mandat-a-ete-cree-avec = The mandate has been created. Please print it so that the principal can sign it.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 To print, select “File” and then “Print” in your browser's menu.
tm-projet-de-mandat-traduit = Translated draft mandate
tm-vous-trouverez-ci-dessous-un-mandat = Below is a model mandate for which several translations are available. The mandate translations only serve to explain to the user what a mandate is and what it implies. These translations have no legal value. Only the final mandate in French is legally valid.
tm-vous-pouvez-imprimer-ce-mandat-type = You can print this model mandate by clicking on the button below. Please note that this mandate has no legal value. It is translated for the user's information only.
tm-version-francaise = French version
tm-traduire-le-mandat-en = Translate the mandate into:
tm-mandat-pour-realiser-des-demarches-en = Mandate to carry out online procedures with the “Aidants Connect” service
tm-attention-nous-vous-rappelons-que-ce = Please note that this mandate has no legal value. It is translated for the user's information only.
tm-version-francaise-et-traductions = French version and translations
tm-revocation-d-une-autorisation-via-le = Revocation of an authorisation through the “Aidants Connect” service
tm-je-soussigne-e-souhaite-revoquer-l = I, the undersigned, { $get_full_name }, wish to revoke the authorisation “{ $authorization }” created on { $creation_date } with { $organisation }.
tm-fait-a-le = Done at { $display_address }, on { $date }
tm-le-mandant = The principal
tm-lautorisation-a-ete-revoquee-avec-succes = The authorisation has been revoked. Please print it so that the principal can sign it.
tm-l-autorisation-a-ete-revoquee-avec = The authorisation has been revoked!
tm-rappel-de-l-autorisation-revoquee = Summary of the revoked authorisation
tm-thematique-administrative = Administrative topic
tm-date-de-l-autorisation = Date of the authorisation
tm-expiration-de-l-autorisation = Expiry of the authorisation
tm-imprimer-l-attestation-de-revocation = Print the revocation certificate
tm-confirmer-la-revocation-de-l = Confirm the revocation of the authorisation
tm-merci-de-verifier-les-informations-ci = Please check the information below before confirming the revocation of the authorisation
tm-rappel-de-l-autorisation-en-cours = Summary of the authorisation being revoked
tm-thematique-administrative-associee = Related administrative topic
tm-souhaitez-vous-confirmer-la-revocation = Do you want to confirm the revocation of this authorisation?
tm-revoquer-l-autorisation = Revoke the authorisation
tm-confirmation-de-revocation = Confirmation of revocation
tm-merci-de-verifier-les-informations-ci-2 = Please check the information below before confirming the revocation of the mandate
tm-rappel-du-mandat-en-cours-de = Summary of the mandate being revoked
tm-date-du-mandat = Date of the mandate
tm-expiration-du-mandat = Expiry of the mandate
tm-souhaitez-vous-confirmer-la-revocation-2 = Do you want to confirm the revocation of this mandate?
tm-revoquer-le-mandat = Revoke the mandate
tm-revocation-d-un-mandat-via-le = Revocation of a mandate through the Aidants Connect service
tm-je-soussigne-e-souhaite-revoquer-le = I, the undersigned, { $usager_name }, wish to revoke the “Aidants Connect” mandate created on { $creation_date } with { $organisation }.
tm-le-mandat-a-ete-revoque-avec = The mandate has been revoked. Please print it so that the principal can sign it.
tm-le-mandat-a-ete-revoque-avec-2 = The mandate has been revoked!
tm-rappel-du-mandat-revoque = Summary of the revoked mandate
tm-mandat-pour-realiser-des-demarches = Mandate to carry out online administrative procedures on behalf of a user through the “Aidants Connect” service during the state of health emergency declared by article 4 of the law of 23 March 2020.
tm-je-soussigne-e-autorise-dont-seuls = I, the undersigned, { $get_full_name }, authorise { $organisation }, of which only the authorised agents may act in my place, to carry out in my name, in accordance with articles 1984 and following of the Civil Code, the following online administrative procedures, whether or not they are procedures accessible through FranceConnect:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } authorises { $name } to use their personal data solely to carry out this mandate.
tm-l-aidant-habilite-de-a-rappele = The authorised helper of { $name } has reminded { $usager } of the purpose of the assistance, why their information is collected and what it is used for; of the existence of rights over their data (access, correction, deletion, etc.) and of the principal's option to withdraw their consent at any time.
tm-a-cette-fin = To this end:
tm-ne-collecter-et-conserver-que-les = collect and keep only the information strictly necessary for the procedures listed,
tm-nutiliser-les-informations-fournies-que = use the information provided only for the procedures listed. To carry out other procedures, he or she must first inform the user and obtain their permission;
tm-ne-collecter-et-conserver-que-les-2 = collect and keep only the information strictly necessary for the listed areas of procedures;
tm-nutiliser-les-informations-fournies-que-2 = use the information provided only to carry out these procedures. To carry out other procedures, he or she must first inform the user and obtain their permission;
tm-mettre-a-jour-puis-a-supprimer = update and then delete all the information about the user when it is no longer necessary to carry out the procedures;
tm-respecter-la-confidentialite-des = respect the confidentiality of the information provided;
tm-prendre-toutes-les-precautions-pour = take every precaution to ensure the security of the personal data passed on.
tm-le-mandataire-sengage-a = The agent undertakes to:
tm-le-present-mandat-est-accepte-et = This mandate is accepted and agreed for the time needed for the authorised helper of { $name } to carry out their tasks. The mandate ends when the procedures referred to above have been carried out, or at any time if the principal or the agent decides to revoke the mandate.
tm-l-aidant-habilite-de-est-tenu = The authorised helper of { $name } must carry out the mandate as long as they remain in charge of it, and is liable for any damages that could result from not carrying it out, in accordance with articles 1991 and following of the Civil Code.
tm-mandat-pour-realiser-des-demarches-en-2 = Mandate to carry out online procedures with the “Aidants Connect” service during the state of health emergency
tm-je-mappelle-je-suis-le-mandant = My name is: { $name } (I am the principal)
tm-jautorise-cest-le-mandataire-a-realiser = I authorise { $name } (this is the agent) to carry out the following administrative procedures in my place: { $n }
tm-cette-autorisation-est-conforme-aux = This authorisation complies with articles 1984 and following of the Civil Code. The procedures will be carried out on the internet, on websites that use FranceConnect or on other websites. They can also be carried out by any means the administration allows (phone, paper, email, …).
tm-je-peux-annuler-mon-autorisation-a = I can cancel my authorisation at any time.
tm-je-reconnais-que-laidant-habilite-par = I acknowledge that the helper authorised by { $name } has reminded me of the purpose of the assistance, and has informed me of why the information collected is needed and what it is used for;
tm-jautorise-les-aidants-habilites-par-a = I authorise the helpers authorised by { $name } to use my personal data for this mandate. I know that I have rights over the information about me: access, correction, deletion.
tm-pour-que-puisse-agir-a-ma = So that { $name } can act in my place:
tm-effectuer-les-demarches-listees-dans-ce = carry out the procedures listed in this document in my place, on the basis of the information I have given them;
tm-collecter-et-conserver-seulement-les = collect and keep only the information needed for the procedures listed in this document or for those related to them;
tm-utiliser-et-communiquer-seulement-les = use and pass on only the information needed for the procedures listed in this document or for those related to them;
tm-minformer-et-demander-mon-autorisation = inform me and ask my permission before carrying out procedures other than those listed in this document;
tm-mettre-a-jour-et-supprimer-lensemble = update and delete all my personal information when it is no longer useful;
tm-sinterdire-de-rendre-publiques-mes = never make my personal information public;
tm-prendre-toutes-les-precautions-pour-2 = take every precaution to ensure the security of my personal information.
tm-les-aidants-habilites-par-doivent = The helpers authorised by { $name } must:
tm-a-partir-du-moment-ou-un = From the moment a helper authorised by { $name } carries out one of the procedures listed in this document in my place, they agree to do it under the conditions described in this document.
tm-les-demarches-decrites-ci-dessus-sont = the procedures described above have been carried out;
tm-je-decide-de-lannuler = I decide to cancel it;
tm-laidant-habilite-par-decide-de-lannuler = the helper authorised by { $name } decides to cancel it;
tm-je-donne-mon-autorisation-a-une = I give my authorisation to a person other than a helper authorised by { $name }. In that case, I must inform { $name } as quickly as possible.
tm-mon-autorisation-est-donnee-et-acceptee = My authorisation is given and accepted { $n }. It ends earlier if:
tm-l-aidant-habilite-par-doit-accomplir = The helper authorised by { $name } must carry out the procedures listed in this document in my place as long as the mandate is valid. The helper authorised by { $name } may be held liable if they do not respect the conditions described in this document (article 1991 of the Civil Code.).
tm-jautorise-cest-le-mandataire-a-realiser-2 = I authorise { $name } (this is the agent) to carry out the following administrative procedures in my place:
tm-collecter-et-conserver-utiliser-et = collect and keep, use and pass on only the information needed for the procedures listed in this document or for those related to them;
tm-l-aidant-habilite-par-doit-accomplir-2 = The helper authorised by { $name } must carry out the procedures listed in this document in my place as long as the mandate is valid. They may be held liable if they do not respect the conditions described in this document (article 1991 of the Civil Code).
tm-fait-a-le-2 = Done at { $display_address }, { $display_city }, on { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = I authorise { $name } (this is the agent) to carry out the following administrative procedures on my behalf:
tm-pour-que-puisse-agir-pour-mon = So that { $name } can act on my behalf:
tm-effectuer-les-demarches-listees-dans-ce-2 = carry out the procedures listed in this document on my behalf, on the basis of the information I have given them;
tm-a-partir-du-moment-ou-un-2 = From the moment a helper authorised by { $name } carries out one of the procedures listed in this document on my behalf, they agree to do it under the conditions described in this document.
tm-l-aidant-habilite-par-doit-accomplir-3 = The helper authorised by { $name } must carry out the procedures listed in this document on my behalf as long as the mandate is valid. They may be held liable if they do not respect the conditions described in this document (article 1991 of the Civil Code).
tm-mandat-pour-realiser-des-demarches-en-3 = Mandate to carry out online procedures with the “Aidants Connect” service
tm-je-mappelle-et-je-suis-le = My name is { $name } and I am the principal.
tm-jautorise-en-tant-que-mandataire-a = I authorise { $name }, as the agent, to carry out the following administrative procedures on my behalf:
tm-je-declare-ne-pas-faire-l = I declare that I am not under a legal protection measure (sauvegarde de justice, guardianship or curatorship).
tm-jautorise-les-aidants-habilites-par-a-2 = I authorise the helpers authorised by { $name } to use my personal data for this mandate. I know that I have rights over the information about me: access, information, correction, restriction, deletion.
tm-quand-un-aidant-habilite-par-realise = When a helper authorised by { $name } carries out one of the procedures listed above on my behalf, they undertake to do it under the conditions and for the duration described in this document, or else they incur civil and criminal liability.
tm-prendre-toutes-les-precautions-pour-3 = take every precaution to ensure the security and confidentiality of my personal information.
tm-un-aidant-habilite-par-decide-de = a helper authorised by { $name } decides to cancel it;
tm-fait-a-le-3 = Done at { $display_address }, { $zipcode } { $display_city }, on { $date }
tm-prenom-nom-et-signature-du-mandataire = First name, Last name and signature of the agent (the helper)
tm-prenom-nom-et-signature-du-mandant = First name, Last name and signature of the principal (the user)
tm-il-y-a-des-erreurs-dans = There are errors in the form
tm-lisez-ces-mentions-a-lusager = Read these statements to the user
tm-le-mandat-est-une-autorisation-ecrite = The mandate is a written authorisation that allows the helper to carry out administrative procedures for you. It protects you and it protects the helper who assists you. You can end it at any time.
tm-une-fois-ce-mandat-signe-par = Once this mandate has been signed by both parties, the helper undertakes to:
tm-realiser-les-demarches-listees-dans-le = carry out the procedures listed in the mandate on the basis of the information you have given them;
tm-utiliser-et-enregistrer-seulement-les = use and record only the information needed for these procedures;
tm-ne-pas-effectuer-dautres-demarches-que = not carry out any procedures other than those listed in the mandate;
tm-securiser-lensemble-de-vos-informations = secure all your information and delete it when it is no longer useful.
tm-connectez-lusager-a-franceconnect = Log the user in to FranceConnect
tm-recapitulatif-du-mandat-a-distance = Summary of the remote mandate
tm-elements-du-mandat = Elements of the mandate
tm-validation-de-lusager = Confirmation by the user
tm-en-cochant-ces-cases-confirme = By ticking these boxes, { $name } confirms:
tm-validation-de-laidant = Confirmation by the helper
tm-enregistrer-le-mandat = Save the mandate

## aidants: login

tm-vous-etes-un-particulier = Are you a private individual?
tm-aidants-connect-n-est-pas-un = Aidants Connect is not a tool for private individuals or for family carers.
tm-vous-rencontrez-un-probleme-lors-de = Are you having a problem logging in with France Connect or accessing your personal spaces on public service websites (CAF, taxes, ANTS...)? See the dedicated help page.
tm-vous-rencontrez-des-difficultes-avec-le = Are you having difficulties with digital tools and would you like dedicated support to carry out your procedures or become more independent? Find a place near you.

## aidants: aidants_connect_common

tm-adresse-e-mail = Email address

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Mobile phone number
tm-format-attendu-10-chiffres = Expected format: 10 digits
tm-format-attendu-6-chiffres = Expected format: 6 digits
tm-selectionnez-la-ou-les-demarches = Select the procedure or procedures
tm-choisissez-la-duree-du-mandat = Choose the duration of the mandate
tm-code-a-6-chiffres = 6-digit code
tm-choisir = Choose…
tm-exemple-prenom-nom-exemple-fr = Example: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = New email address
tm-erreur-veuillez-saisir-uniquement-des = Error: please enter only valid email addresses.
tm-telephone-mobile = Mobile phone

## dsfr: component/checkbox

tm-libelle-checkbox = Checkbox label
tm-libelle-checkbox-sub-et-sup = Checkbox label sub and sup
tm-libelle-case-a-cocher = Checkbox label
tm-theme-clair = Light theme
tm-theme-sombre = Dark theme
tm-systeme = System
tm-legende-pour-lensemble-des-elements = Legend for the whole group of items
tm-choisissez-un-theme-pour-personnaliser = Choose a theme to customise the look of the site.
tm-texte-de-description-additionnel = Additional description text
tm-utilise-les-parametres-systeme = Uses the system settings
tm-extrait-de-code = Code snippet
tm-libelle-bouton = Button label
tm-texte-derreur-obligatoire = Mandatory error text
tm-texte-de-validation = Validation text
tm-verifier-ma-demande = Check my application
tm-supprimer-le-justificatif-de-domicile = Delete the proof of address
tm-la-case-a-cocher-permet-a = The checkbox lets the user select one or more options in a list. It is used to make multiple selections (from 0 to N items), or to allow a binary choice, when the user can select or deselect a single option.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Back
tm-case-a-cocher-checkbox = Checkbox (checkbox)
tm-case-a-cocher-seule = Single checkbox
tm-case-a-cocher-seule-exemple-avec = Single checkbox, example with subscript and superscript
tm-case-a-cocher-avec-texte-daide = Checkbox with help text
tm-case-a-cocher-seule-validee = Single checkbox, validated
tm-case-a-cocher-seule-avec-erreur = Single checkbox with error
tm-case-a-cocher-seule-indeterminee = Single checkbox, indeterminate
tm-ensemble-de-cases-a-cocher = Group of checkboxes
tm-ensemble-de-cases-a-cocher-petite = Group of checkboxes, small size
tm-ensemble-de-cases-a-cocher-desactivees = Group of disabled checkboxes
tm-ensemble-de-cases-a-cocher-en = Group of inline checkboxes
tm-ensemble-de-cases-a-cocher-avec = Group of checkboxes with help text
tm-ensemble-de-cases-a-cocher-avec-2 = Group of checkboxes with error
tm-ensemble-de-cases-a-cocher-validees = Group of validated checkboxes
tm-ensemble-de-cases-a-cocher-avec-3 = Group of checkboxes with error, inline
tm-ensemble-de-cases-a-cocher-validees-2 = Group of validated checkboxes, inline
tm-ensemble-de-cases-a-cocher-avec-4 = Group of checkboxes with specific help text
tm-ensemble-de-cases-a-cocher-avec-5 = Group of checkboxes with specific help text, small size
tm-autres-versions = Other versions
tm-parametres-daffichage = Display settings

## dsfr: component/input

tm-libelle-champ-de-saisie = Input field label
tm-envoyer = Send
tm-supprimer-le-champ = Delete the field
tm-placeholder = placeholder
tm-champ-de-saisie-input = Input field (input)
tm-les-champs-permettent-a-un-utilisateur = Fields let a user enter content and data.
tm-champ-de-type-text = Field of type "text"
tm-champ-de-type-number = Field of type "number"
tm-champ-de-type-search = Field of type "search"
tm-champ-de-type-date = Field of type "date"
tm-preferez-l-utilisation-du-modele-de = Prefer using the single Date block pattern
tm-champ-de-type-textarea = Field of type "textarea"
tm-champ-de-type-password = Field of type "password"
tm-preferez-l-utilisation-du-composant-mot = Prefer using the Password component
tm-combo-champ-bouton-d-envoi = Field + send button combo
tm-combo-champ-bouton-d-action = Field + action button combo
tm-champ-avec-placeholder = Field with placeholder
tm-champ-avec-valeur-initiale = Field with initial value
tm-champ-avec-icone-personalisee = Field with custom icon
tm-champ-desactive = Disabled field
tm-champ-avec-texte-additionnel = Field with additional text
tm-champ-valide-avec-texte-de-succes = Valid field with success text
tm-champ-en-erreur-avec-texte-d = Field in error with error text

## dsfr: component/password

tm-caracteres-minimum = { $n } characters minimum
tm-la-demande-de-mot-de-passe = The password request helps a user create or enter a password.
tm-mot-de-passe-password = Password (password)
tm-mot-de-passe-avec-description = Password with description
tm-mot-de-passe-apres-validation = Password after validation
tm-mot-de-passe-de-connexion = Sign-in password

## dsfr: component/radio

tm-libelle-bouton-radio = Radio button label
tm-libelle-radio-sup-sub = Radio label sup sub
tm-le-bouton-radio-permettent-a = The radio button lets the user select a single option in a list.
tm-bouton-radio-radio = Radio button (radio)
tm-bouton-radio-simple = Simple radio button
tm-ensemble-de-boutons-radio = Group of radio buttons
tm-ensemble-de-boutons-radio-petite-taille = Group of radio buttons, small size
tm-ensemble-de-boutons-radio-desactivees = Group of disabled radio buttons
tm-ensemble-de-boutons-radio-en-ligne = Group of inline radio buttons
tm-ensemble-de-boutons-radio-avec-texte = Group of radio buttons with help text
tm-ensemble-de-boutons-radio-avec-erreur = Group of radio buttons with error
tm-ensemble-de-boutons-radio-avec-erreur-2 = Group of radio buttons with error, inline
tm-ensemble-de-boutons-radio-valides = Group of validated radio buttons
tm-ensemble-de-boutons-radio-valides-en = Group of validated radio buttons, inline
tm-ensemble-de-boutons-radio-avec-texte-2 = Group of radio buttons with specific help text
tm-ensemble-de-boutons-radio-avec-texte-3 = Group of radio buttons with specific help text, small size
tm-ensemble-de-boutons-radio-libelle-en = Group of radio buttons, label in subscript and superscript
tm-bouton-radio-riche = Rich radio button
tm-ensemble-de-boutons-radio-riches-simple = Group of rich radio buttons, simple
tm-ensemble-de-boutons-radio-riches-en = Group of rich radio buttons, inline, simple
tm-ensemble-de-boutons-radio-riches-sans = Group of rich radio buttons without pictogram
tm-ensemble-de-boutons-radio-riches-sans-2 = Group of rich radio buttons without pictogram, inline
tm-ensemble-de-boutons-radio-riches-avec = Group of rich radio buttons with help texts
tm-ensemble-de-boutons-radio-riches-avec-2 = Group of rich radio buttons with help texts, inline
tm-ensemble-de-boutons-radio-riches-avec-3 = Group of rich radio buttons with error and help texts
tm-ensemble-de-boutons-radio-riches-avec-4 = Group of rich radio buttons with error and help texts, inline
tm-ensemble-de-boutons-radio-riches = Group of disabled rich radio buttons

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Label for drop-down list
tm-option = Option { $n }
tm-selectionnez-une-option = Select an option
tm-la-liste-deroulante-permet-a-un = The drop-down list lets a user choose an item from a given list.
tm-liste-deroulante-select = Drop-down list (select)
tm-liste-deroulante-par-defaut = Default drop-down list
tm-liste-deroulante-desactivee = Disabled drop-down list
tm-liste-deroulante-avec-texte-de = Drop-down list with description text
tm-liste-deroulante-valide = Valid drop-down list
tm-liste-deroulante-erreur = Drop-down list error
tm-liste-deroulante-avec-groupe-d-options = Drop-down list with option group

## dsfr: component/upload

tm-ajouter-un-fichier = Add a file
tm-ajouter-des-fichiers = Add files
tm-ce-composant-permet-aux-utilisateurs-de = This component lets users select and send one or more files.
tm-ajout-de-fichier-upload = Adding a file (upload)
tm-bouton-upload-1-seul-fichier = Upload button, 1 file only
tm-bouton-upload-avec-erreur = Upload button with error
tm-bouton-upload-fichiers-multiples = Upload button, multiple files
tm-bouton-upload-desactive = Disabled upload button

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Sign in to [Service-site name]
tm-format-attendu = Expected format: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect is the solution offered by the State to make signing in to online services secure and simple.
tm-se-connecter-avec-franceconnect = Sign in with FranceConnect
tm-vous-navez-pas-de-compte = Don't have an account?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Incorrect username/password

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Recover the password of your account
tm-description-veuillez-saisir-ladresse = Description — Please enter the email address linked to your account. We will send you more information on how to reset your password
tm-recuperation-de-mot-de-passe-sur = Password recovery on [Service-site name]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Detail — If you have not received an email (do check your spam folder), you can enter your email address again.
tm-votre-demande-de-recuperation-de-mot = Your password recovery request has been sent. You will receive an email in a few moments.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Sign-in pages

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Create an account on [Service-site name]
tm-se-creer-un-compte-en-choisissant = Create an account by choosing a username
tm-sauf-mention-contraire-tous-les-champs = Unless stated otherwise, all fields are required.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Choose a username
tm-etape-sur = Step { $n } of { $count }
tm-etape-suivante-renseigner-une-identite = Next step: Enter an identity

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Female
tm-masculin = Male
tm-je-n-ai-pas-de-prenom = I have no first name
tm-identite-personnelle = Personal identity
tm-sexe = Sex
tm-renseigner-une-identite = Enter an identity
tm-etape-suivante-saisir-des-coordonnees = Next step: Enter contact details

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Additional address details (optional)
tm-coordonnees-personnelles = Personal contact details
tm-adresse-postale = Postal address
tm-indication-numero-et-voie = Hint: number and street
tm-indication-batiment-immeuble-escalier-et = Hint: building, block, staircase and apartment number
tm-exemple-montpellier = Example: Montpellier
tm-saisir-des-coordonnees = Enter contact details

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Account creation pages

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Your account has been created. You will receive an email in a few moments containing a confirmation link.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Your account has been activated. You can start using it right away.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Locality, delegated commune or PO box
tm-numero = Number
tm-voie = Street
tm-batiment = Building
tm-immeuble = Block
tm-escalier = Staircase
tm-numero-d-appartement = Apartment number
tm-complement-d-adresse-postale = Additional postal address details
tm-la-demande-dadresse-postale-permet = The postal address request helps a user enter their address.
tm-bloc-fonctionnel-d-adresse-postale = Postal address functional block (address)
tm-demande-dune-adresse-postale-nationale = Request for a national postal address
tm-demande-dune-adresse-postale-nationale-2 = Request for a national postal address + Locality, delegated commune or PO box
tm-complement-d-adresse = Additional address details

## dsfr: layout/pattern/civility

tm-docteur = Doctor
tm-inspecteur = Inspector
tm-sans-reponse = No answer
tm-titre-dappel = Form of address
tm-demande-de-situation-familiale = Request for family situation
tm-demande-du-titre-dappel = Request for the form of address
tm-concubinage = Cohabitation
tm-pacse = In a civil partnership (PACS)
tm-marie = Married
tm-veuf = Widowed
tm-divorce = Divorced
tm-recteur = Rector
tm-proviseur = Head teacher (upper secondary school)
tm-professeur = Professor
tm-principal = Head teacher (lower secondary school)
tm-la-demande-de-civilite-permet-a = The civility request lets a user give their civility details (sex, family situation, form of address).
tm-les-boutons-radios-sont-recommandes = Radio buttons are recommended when the user must choose one item among 2 to 5 possible choices.
tm-au-dela-de-5-choix-ou = Beyond 5 choices or when there is not enough space, it is better to use a drop-down list.
tm-bloc-fonctionnel-de-civilite-civility = Civility functional block (civility)
tm-demande-du-sexe = Request for sex

## dsfr: layout/pattern/company

tm-numero-de-siret = SIRET number
tm-denomination = Company name
tm-cedex = Cedex
tm-type-de-societe = Company type
tm-nom-d-usage = Usual name
tm-nom-de-naissance = Birth name
tm-fonction-dans-la-societe = Position in the company
tm-siret-de-l-entreprise = Company SIRET
tm-representant-moral-de-l-entreprise = Legal representative of the company
tm-indication-nom-de-famille-non-rectifie = Hint: family name not amended following a court decision.
tm-france = France
tm-allemagne = Germany
tm-italie = Italy
tm-espagne = Spain
tm-royaume-uni = United Kingdom
tm-entrepreneur-individuel-ei = Sole trader (EI)
tm-entreprise-unipersonnelle-a = Single-member limited liability company (EURL)
tm-societe-a-responsabilite-limitee-sarl = Limited liability company (SARL)
tm-societe-par-actions-simplifiee = Single-member simplified joint-stock company (SASU)
tm-societe-par-actions-simplifiee-sas = Simplified joint-stock company (SAS)
tm-societe-anonyme-sa = Public limited company (SA)
tm-societe-en-nom-collectif-snc = General partnership (SNC)
tm-societe-en-commandite-simple-scs = Limited partnership (SCS)
tm-societe-en-commandite-par-actions-sca = Partnership limited by shares (SCA)
tm-la-demande-de-renseignement-sur-la = The company information request helps a user enter the information about their company.
tm-bloc-fonctionnel-de-societe-company = Company functional block (company)
tm-demande-d-un-numero-de-siret = Request for a SIRET number
tm-demande-dune-adresse-de-siege-social = Request for a registered office address
tm-demande-dun-type-de-societe = Request for a company type
tm-demande-dun-representant-moral = Request for a legal representative

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Hint: additional description text
tm-exemple-2 = Example: { $n }
tm-le-jour-est-invalide = The day is invalid
tm-le-mois-est-invalide = The month is invalid
tm-lannee-est-invalide = The year is invalid
tm-le-jour-est-invalide-le-mois-est = The day is invalid The month is invalid The year is invalid
tm-la-date-est-posterieure-a-aujourdhui = The date is after today
tm-le-champ-de-saisie-de-date = The fixed date input field is made of three text input fields.
tm-bloc-fonctionnel-de-date-unique-date = Single date functional block (date)
tm-defaut = Default
tm-erreur-unitaire = Single-field error
tm-erreur-globale = Global error

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Hint: this address is used only to sign in to the service.
tm-le-format-de-ladresse-electronique = The format of the email address entered is not valid. The expected format is: { $email }
tm-la-demande-d-email-est-un = The email request is a functional block for entering an email address.
tm-bloc-fonctionnel-de-demande-d-email = Email request functional block (email)
tm-demande-d-une-adresse-electronique = Request for an email address
tm-demande-d-une-adresse-electronique-2 = Request for an email address - Error
tm-demande-et-indication-de-traitement-dune = Request for an email address with an indication of how it is processed
tm-demande-et-indication-de-traitement-dune-2 = Request for an email address with an indication of how it is processed - Error

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Hint: former name…
tm-ajouter-un-prenom = Add a first name
tm-la-demande-de-nom-et-prenom = The last name and first name request helps a user enter their last name and first name.
tm-bloc-fonctionnel-de-nom-et-prenom = Last name and first name functional block (name)
tm-demande-dun-nom-et-dun-prenom = Request for a last name and a first name in France
tm-avec-prenom-desactive = With first name disabled
tm-avec-nom-d-usage = With usual name
tm-avec-nom-d-usage-prenom-desactive = With usual name + first name disabled
tm-avec-bouton = With button
tm-avec-bouton-prenom-desactive = With button + first name disabled
tm-demande-dun-nom-et-dun-prenom-2 = Request for a last name and a first name internationally

## dsfr: layout/pattern/nationality

tm-nationalite = Nationality
tm-allemande = German
tm-italienne = Italian
tm-espagnole = Spanish
tm-la-demande-de-nationalite-permet-daider = The nationality request helps a user enter their nationality.
tm-bloc-fonctionnel-de-nationalite = Nationality functional block (nationality)
tm-demande-de-nationalite = Request for nationality

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Phone number
tm-format-attendu-33-5-36-49 = Expected format: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = The format of the phone number entered is not valid. The expected format is: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = The phone number request is a functional block for entering a phone number.
tm-bloc-fonctionnel-de-telephone-tel = Phone functional block (tel)
tm-demande-d-un-numero-de-telephone = Request for a phone number
tm-demande-d-un-numero-de-telephone-2 = Request for a phone number - Error

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Residence permit application – private and family life
tm-identite-et-situation-familiale = Identity and family situation
tm-les-champs-suivis-dun-asterisque-sont = Fields followed by an asterisk ( * ) are required.
tm-si-vous-avez-plusieurs-prenoms-indiquez = If you have several first names, enter them all, separated by a comma.
tm-algerienne = Algerian
tm-afghane = Afghan
tm-erythreenne = Eritrean
tm-georgienne = Georgian
tm-ukrainienne = Ukrainian
tm-votre-situation-a-la-date-de = Your situation on the date of the application
tm-avez-vous-des-enfants-a-charge = Do you have dependent children?
tm-nom-et-prenom-du-conjoint = Spouse's last name and first name
tm-date-du-mariage = Date of the marriage
tm-date-de-conclusion-du-pacs = Date the PACS was concluded
tm-ajouter-un-enfant = Add a child
tm-enfant-n = Child no. { $numero }
tm-prenom-de-lenfant = Child's first name
tm-date-de-naissance-de-lenfant = Child's date of birth
tm-supprimer-lenfant-n = Remove child no. { $numero }
tm-etape-suivante-recapitulatif = Next step: Summary
tm-exemple-06-12-34-56-78 = Example: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 digits, it appears on your residence permit or your receipt (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = I solemnly declare that the information provided is accurate
tm-une-erreur-est-survenue-votre-dossier = An error occurred Your application could not be submitted. Correct the fields marked, then submit your application again.
tm-le-champ-adresse-electronique-est = The “Email address” field is invalid. Enter a valid email address, for example nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = The “Foreign national number” field must have 10 digits
tm-recapitulatif = Summary
tm-votre-dossier-a-bien-ete-depose = Your application has been submitted
tm-un-courriel-de-confirmation-vous-a = A confirmation email has been sent to you at the address { $email }.
tm-enfants-a-charge = Dependent children

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Booking an appointment – Residence permits counter
tm-vous-pouvez-prendre-rendez-vous-au = You can book an appointment at the “Residence permits” counter of the préfecture. Before you start, read the terms of use of the service: one appointment per person only, any incomplete request will be cancelled.
tm-jaccepte-les-conditions-generales = I accept the general terms of use
tm-vos-informations = Your information
tm-choisissez-le-motif-qui-correspond-a = Choose the reason that matches your situation
tm-remise-de-titre-de-sejour = Collection of a residence permit
tm-premiere-demande-de-titre-de-sejour = First residence permit application – student
tm-renouvellement-de-titre-de-sejour = Residence permit renewal – employee
tm-duplicata-de-titre-de-sejour-perte = Duplicate residence permit (loss or theft)
tm-changement-dadresse-sur-le-titre-de = Change of address on the residence permit
tm-tel-quil-figure-sur-votre-passeport = As it appears on your passport
tm-la-convocation-vous-sera-envoyee-a = The summons (appointment letter) will be sent to you at this address
tm-etape-suivante = Next step
tm-veuillez-choisir-le-motif-de-votre = Please choose the reason for your appointment
tm-ce-champ-est-obligatoire = This field is required
tm-veuillez-saisir-une-adresse-electronique = Please enter a valid email address
tm-le-numero-etranger-comporte-10-chiffres = The foreign national number has 10 digits
tm-recommencer = Start again

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Declare the income received by your household over the last three months. Without this declaration, the payment of your RSA or your in-work benefit (prime d’activité) will be suspended.
tm-7-chiffres-il-figure-sur-tous = 7 digits, it appears on all your letters from the Caf
tm-avez-vous-percu-des-salaires-au = Did you receive wages during the quarter?
tm-votre-situation-familiale-a-t-elle = Has your family situation changed?
tm-indiquez-le-montant-net-avant = Enter the net amount before tax deducted at source, or 0 if you received nothing that month.
tm-montant-des-salaires-percus-mois-en = Amount of wages received – month { $n } (in euros)
tm-salaire-net-primes-comprises = Net salary, bonuses included
tm-nature-du-changement = Nature of the change
tm-choisissez = Choose…
tm-mariage = Marriage
tm-pacs = PACS (civil partnership)
tm-vie-en-couple = Living as a couple
tm-separation = Separation
tm-naissance-ou-arrivee-dun-enfant = Birth or arrival of a child
tm-deces-du-conjoint = Death of the spouse
tm-date-du-changement = Date of the change
tm-a-savoir-la-date-figure-sur = Good to know: the date is shown on the certificate or the supporting document of the change (DD/MM/YYYY).
tm-le-numero-allocataire-comporte-7 = The CAF claimant number has 7 digits.
tm-indiquez-un-montant-en-euros-par = Enter an amount in euros, for example 1250 or 0.
tm-la-date-doit-etre-au-format = The date must be in the format DD/MM/YYYY.
tm-votre-declaration-contient-erreurs = { $n ->
        [one] Your declaration contains { $n } error.
       *[other] Your declaration contains { $n } errors.
    }
tm-envoi-de-votre-declaration-en-cours = Sending your declaration…
tm-votre-declaration-a-bien-ete-enregistree = Your declaration has been recorded.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Your session has expired For security reasons, you have been logged out. Please log in again.
tm-veuillez-saisir-votre-identifiant-votre = Please enter your username: your foreign national number or your email address.

### Textes de l'interface de Relais, français. Les identifiants commencent par la surface qui les affiche.

## Fenêtre de l'extension
popup-title = Relais
popup-language = Votre langue
popup-site-on = Afficher les traductions sur ce site
popup-site-unsupported = Relais fonctionne sur les sites des services publics français. Cette page n'en fait pas partie.
popup-site-add = Utiliser aussi Relais sur ce site
popup-unreviewed = Cette traduction a été faite par une machine. Personne de langue maternelle ne l'a encore vérifiée. Si quelque chose n'est pas clair, demandez à un médiateur.
popup-reviewed = Cette traduction a été vérifiée par une personne de langue maternelle.
popup-produced = Comment cette traduction a été faite : { $produced }
popup-error = Relais n'a pas pu démarrer : { $detail }

## Sur les pages des portails
overlay-explain = Expliquer
overlay-unreviewed = Traduction pas encore vérifiée par une personne de langue maternelle.
overlay-fallback = Pas encore traduit dans votre langue : affiché dans une autre langue.
overlay-read-aloud = Lire à voix haute
overlay-no-voice = Cet ordinateur n'a pas de voix pour votre langue. Vous pouvez écouter en français.
overlay-hard = Texte difficile : lisez lentement, ou demandez à un médiateur.
overlay-close = Fermer
overlay-read-french = Lire en français
overlay-key-words = Mots clés :
overlay-translation-unreviewed = traduction pas encore vérifiée
overlay-translation-by-portal = traduction faite par le site
overlay-source = Source : { $name }, vérifié le { $date }

## Erreurs (chacune correspond à une erreur du cœur Rust)
error-protocol = Relais a reçu un message qu'il ne comprend pas. ({ $detail })
error-unknown-language = Relais n'a pas encore cette langue.
error-locale = Un fichier de langue de Relais est abîmé. Choisissez une autre langue ou réinstallez Relais. ({ $detail })
error-not-loaded = La langue est en cours de chargement. Réessayez dans un instant.

## Aide pour les CAPTCHA (Relais ne résout jamais un CAPTCHA : il l'explique)
captcha-title = Vérification : « Je ne suis pas un robot »
captcha-what = Le site vous demande de prouver que vous êtes une personne, pas un programme. Relais ne répond pas à votre place : voici comment passer cette étape vous-même.
captcha-steps-captchetat = Écrivez dans le champ les lettres et les chiffres de l'image, exactement, sans espace.
captcha-audio-captchetat = Pour entendre le code, utilisez le bouton haut-parleur (« Énoncer le code »). Vous pouvez l'écouter autant de fois que nécessaire. Le bouton avec des flèches montre une nouvelle image.
captcha-steps-recaptcha-v2 = Cochez la case « Je ne suis pas un robot ». Si des images apparaissent, choisissez celles demandées et appuyez sur « Valider ».
captcha-audio-recaptcha-v2 = Si vous voyez mal les images, appuyez sur le bouton casque dans la fenêtre des images : vous entendrez des mots à écrire. Vous pouvez les réécouter.
captcha-steps-recaptcha-invisible = Rien à faire : cette vérification se fait toute seule. Si la page dit que vous ressemblez à un robot, attendez un peu et réessayez.
captcha-steps-hcaptcha = Cochez la case « Je suis un humain ». Si des images apparaissent, choisissez celles demandées.
captcha-audio-hcaptcha = hCaptcha a une option d'accessibilité : dans la fenêtre des images, ouvrez le menu pour demander une question en texte, ou inscrivez-vous une fois au cookie d'accessibilité de hCaptcha.
captcha-steps-turnstile = En général, rien à faire. Si une case apparaît, cochez-la et attendez quelques secondes.
captcha-steps-friendly-captcha = La vérification se fait toute seule. Attendez qu'elle soit terminée ; appuyez sur son bouton s'il le demande.
captcha-steps-image = Recopiez les caractères de l'image dans le champ à côté.
captcha-audio-image = S'il y a un bouton pour écouter ou pour avoir une nouvelle image, vous pouvez l'utiliser autant de fois que nécessaire.
captcha-steps-question = Répondez à la question dans le champ. C'est une question simple, par exemple une addition.
captcha-fails = Si cela échoue encore, demandez à un médiateur. Relais note chaque échec dans votre journal, comme preuve. Vous avez le droit de demander à l'administration une autre façon de faire cette démarche, pas en ligne.
captcha-go-audio = Aller à la version audio
captcha-go-widget = Aller à la vérification
captcha-blocked = Cette vérification a échoué { $count } fois. Relais l'a noté.

## Journal de preuves
popup-journal = Ouvrir mon journal
popup-report = Ceci me bloque : enregistrer cette page
popup-report-note = Que s'est-il passé ? (facultatif)
popup-recorded = Enregistré dans votre journal.
journal-title = Mon journal de preuves
journal-intro = Chaque échec rencontré sur un portail, enregistré par Relais tout seul. Chaque enregistrement est chaîné au précédent : personne ne peut le modifier sans que cela se voie.
journal-empty = Rien n'a encore été enregistré.
journal-per-day = Tentatives par jour
journal-attempts = Tentatives : { $count }
journal-delete = Supprimer cette entrée
journal-delete-confirm = Supprimer cette entrée ? Elle reste dans le journal comme suppression, avec votre raison.
journal-export = Exporter le dossier (ZIP) pour un avocat
journal-print = Imprimer le dossier (PDF)
journal-import = Importer un dossier depuis un autre ordinateur
journal-import-ok = Dossier vérifié et importé : { $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }.
journal-import-refused = Dossier refusé, votre journal n'a pas changé : { $detail }
journal-error = Le journal n'a pas pu être lu : { $detail }
journal-storage-full = Enregistré dans votre journal, mais sans sa capture : l’espace de stockage de ce navigateur est plein. Exportez votre journal, puis libérez de la place.
journal-not-recorded = Relais n’a pas pu enregistrer cet échec dans votre journal. Faites vous-même une capture d’écran.

## Mode médiateur : la barre sur la page du portail, la page médiateur, la fenêtre de l’extension
popup-mediator-start = Commencer une séance de médiation
popup-mediator-on = Une séance de médiation est en cours.
popup-mediator-open = Phrases, notes, fin de séance
mediator-bar = Relais, mode médiateur
mediator-language = Langue de la personne :
mediator-read-field = Lire ce champ à voix haute
mediator-no-field = Cliquez d’abord dans un champ du formulaire, ou allez-y avec la touche Tab.
mediator-smaller = Texte plus petit
mediator-larger = Texte plus grand
mediator-phrases = Phrases
mediator-notes = Notes
mediator-end = Terminer la séance
mediator-title = Séance de médiation
mediator-intro = Pour un médiateur et la personne à côté de lui, devant un même écran. Les notes et les phrases secrètes se tapent seulement sur cette page, jamais sur le site.
mediator-session-title = Séance
mediator-session-on = Une séance est en cours depuis le { $started }.
mediator-no-session = Aucune séance en cours. Choisissez la langue de la personne, puis commencez une séance.
mediator-choose-language = Langue de la personne
mediator-start = Commencer une séance
mediator-started = Séance commencée. Le site montre maintenant le français et la langue de la personne côte à côte.
mediator-phrases-title = Cartes de phrases
mediator-unreviewed = Traduction pas encore relue par une personne de langue maternelle.
mediator-card-read = Lire à voix haute
mediator-card-close = Fermer
mediator-notes-title = Notes de la séance
mediator-notes-help = Gardées seulement pendant cette séance, sauf si la personne choisit de les garder avec son journal.
mediator-notes-saved = Notes enregistrées pour cette séance.
mediator-end-title = Terminer la séance
mediator-end-help = Tout ce qui vient de cette séance est effacé de cet ordinateur : langue, notes, journal, captures. La personne peut garder son journal dans un profil protégé par une phrase secrète.
mediator-keep-legend = Que garder ?
mediator-keep-none = Ne rien garder
mediator-keep-profile = Garder le journal dans un profil protégé par une phrase secrète
mediator-profile-name = Nom du profil (des initiales ou un surnom suffisent)
mediator-passphrase = Phrase secrète (au moins 8 caractères)
mediator-passphrase-again = Phrase secrète, encore une fois
mediator-keep-notes = Garder les notes avec le journal
mediator-end-button = Terminer la séance maintenant
mediator-ended = Séance terminée. Il n’en reste rien sur cet ordinateur.
mediator-ended-kept = Séance terminée. Le journal est gardé dans le profil protégé { $profile } ; il ne reste rien d’autre sur cet ordinateur.
mediator-profile-name-needed = Donnez un nom au profil.
mediator-passphrase-short = La phrase secrète doit avoir au moins 8 caractères.
mediator-passphrase-mismatch = Les deux phrases secrètes sont différentes.
mediator-wrong-passphrase = Cette phrase secrète n’ouvre pas ce profil. Rien n’a été changé.
mediator-profiles-title = Profils gardés sur cet ordinateur
mediator-profiles-empty = Aucun profil n’est gardé sur cet ordinateur.
mediator-profile-dates = Créé le { $created }, gardé pour la dernière fois le { $updated }.
mediator-profile-open = Ouvrir et commencer une séance
mediator-profile-opened = Profil { $profile } ouvert : une séance est en cours avec son journal.
mediator-profile-export = Exporter le journal (ZIP)
mediator-profile-delete = Supprimer
mediator-profile-delete-confirm = Supprimer ce profil et son journal de cet ordinateur ? C’est définitif.
mediator-profile-deleted = Profil { $profile } supprimé.

## Page du journal : regroupement et notes
journal-notes = Notes
journal-note-add = Ajouter une note
journal-note-label = Votre note (elle est ajoutée à la chaîne avec son heure et ne pourra plus être modifiée)
journal-note-save = Enregistrer la note
journal-note-journal = Note sur tout le journal
journal-note-saved = Note enregistrée dans le journal.
journal-research = Partager des chiffres anonymes pour la recherche

## Research export
research-title = Partager des chiffres anonymes pour la recherche
research-intro = Des chercheurs et des associations comptent les échecs rencontrés sur les sites des services publics, pour montrer où ces sites bloquent les gens. Vous pouvez leur donner des chiffres tirés de votre journal. Relais n'envoie rien de lui-même : vous téléchargez un fichier, et vous choisissez à qui le donner.
research-shared-title = Ce que contient le fichier
research-shared = Une ligne par échec et par heure : le portail, la démarche, le type d'échec, le message du portail où les données personnelles sont remplacées (par exemple [PHONE] à la place d'un numéro de téléphone), l'heure arrondie et en temps universel (UTC), le jour de la semaine, le nombre de tentatives, la famille de votre navigateur, la version de Relais, un identifiant de contributeur et un identifiant de fichier tiré à nouveau pour chaque fichier.
research-never-title = Ce qui n'y est jamais
research-never = Aucune capture d'écran, aucune adresse de page, aucun titre de page, aucune note, aucune heure à la minute près, rien de ce que vous avez saisi. Les entrées que vous avez supprimées de votre journal sont écartées. Quand vous avez appuyé sur « Ceci me bloque », ce que vous avez écrit n'est pas partagé : ces lignes ont un message vide.
research-contributor = Identifiant de contributeur : { $id }
research-contributor-help = Un nombre tiré au hasard par Relais sur cet ordinateur. Il permet aux chercheurs de compter combien de personnes différentes ont envoyé des chiffres, sans savoir qui elles sont. Il est le même dans tous vos fichiers ; vous pouvez en tirer un nouveau à tout moment.
research-contributor-new = Tirer un nouvel identifiant de contributeur
research-contributor-changed = Un nouvel identifiant de contributeur a été tiré. Les lignes ci-dessous le portent.
research-departement-label = Votre département (facultatif)
research-departement-none = Non partagé
research-departement-consent = Si vous choisissez un département, vous acceptez qu'il soit ajouté à chaque ligne du fichier. Laissez « Non partagé » pour ne pas le donner.
research-table-caption = Les lignes du fichier : { $count }. Décochez une ligne pour l'écarter.
research-col-include = Inclure
research-col-portal = Portail
research-col-procedure = Démarche
research-col-kind = Échec
research-col-message = Message du portail (anonymisé)
research-col-hour = Heure (UTC)
research-col-weekday = Jour
research-col-attempts = Tentatives
research-include-label = Inclure la ligne { $n } : { $portal }, { $kind }, { $hour }
research-every-line = Chaque ligne porte aussi : identifiant de contributeur { $id }, navigateur { $browser }, Relais { $version }, version du format { $schema }, département : { $departement }.
research-departement-not-shared = non partagé
research-download-jsonl = Télécharger le fichier (JSON Lines)
research-download-csv = Télécharger le fichier (CSV, pour un tableur)
research-downloaded = Fichier prêt : { $file }, { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }.
research-nothing-selected = Aucune ligne n'est cochée : il n'y a rien à télécharger.
research-empty = Votre journal ne contient encore aucun échec à partager.
research-left-out = Des entrées de votre journal n'ont pas pu être transformées en lignes et sont écartées : { $count }.
research-error = Le fichier pour la recherche n'a pas pu être créé : { $detail }
research-kind-no-slot = Aucun rendez-vous libre
research-kind-http-error = Erreur du site
research-kind-network-error = Le site ne répond pas
research-kind-technical-error = Erreur technique
research-kind-service-unavailable = Service indisponible
research-kind-session-expired = Session expirée
research-kind-file-refused = Document refusé
research-kind-account-locked = Compte bloqué
research-kind-wrong-credentials = Identifiant ou mot de passe incorrect
research-kind-captcha-blocked = Vérification de sécurité (CAPTCHA)
research-kind-form-error = Formulaire refusé
research-kind-user-reported = Signalé par vous
research-kind-other = Autre
journal-tsa-title = Heure de confiance (facultatif)
journal-tsa-help = Une autorité d’horodatage (RFC 3161) peut signer l’empreinte du dernier enregistrement de votre journal : cela prouve que le journal existait à cette heure-là. Relais ne lui envoie que cette empreinte, rien de vos enregistrements. Le mieux est d’en choisir deux, indépendantes.
journal-tsa-urls = Adresses des autorités d’horodatage, une par ligne
journal-tsa-button = Horodater mon journal maintenant
journal-tsa-ok = Horodaté par { $tsa }.
journal-tsa-failed = { $tsa } n’a pas horodaté le journal : { $detail }
journal-tsa-denied = Relais a besoin de votre accord pour contacter ces adresses. Rien n’a été envoyé.

## Page des textes sans traduction
untranslated-title = Textes sans traduction
untranslated-intro = Les textes des portails que cet ordinateur a rencontrés sans traduction complète, comptés sans données personnelles : les nombres, dates et adresses sont remplacés par des variables. Rien ne quitte l’ordinateur : vous pouvez exporter la liste pour des traducteurs.
untranslated-lang-label = Langue de traduction
untranslated-col-french = Texte français
untranslated-col-portal = Portail
untranslated-col-kind = Type
untranslated-col-count = Fois
untranslated-col-last = Dernière fois
untranslated-export = Exporter pour les traducteurs (fichier PO)
untranslated-clear = Effacer la liste
untranslated-clear-confirm = Effacer tous les textes comptés sur cet ordinateur ?
untranslated-cleared = Liste effacée.
untranslated-empty = Aucun texte sans traduction pour cette langue.
untranslated-count =
    { $count ->
        [one] Un texte sans traduction.
       *[other] { $count } textes sans traduction.
    }
untranslated-exported = Fichier prêt : { $file }, { $count ->
        [one] un texte
       *[other] { $count } textes
    }.
popup-untranslated = Textes sans traduction

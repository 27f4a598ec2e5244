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
overlay-read-french = Lire en français

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
journal-import-ok = Dossier vérifié et importé : { $count } enregistrements.
journal-import-refused = Dossier refusé, votre journal n'a pas changé : { $detail }
journal-error = Le journal n'a pas pu être lu : { $detail }

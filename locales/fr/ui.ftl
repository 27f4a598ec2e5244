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

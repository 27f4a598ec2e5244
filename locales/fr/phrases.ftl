### Relais : cartes de phrases du mode médiateur, français (texte maître).
### Phrases prêtes que le médiateur montre en plein écran ou fait lire à voix haute dans la langue de la personne.
### Une idée par phrase, mots simples, au plus 25 mots, forme « vous ». Classées par démarche.
### Texte maître écrit pour Relais en français simple. Pas encore relu par un relecteur FALC (facile à lire et à comprendre).

# Utilisées au début et à la fin de chaque séance : accueil, accord de la personne, ce que nous faisons, vie privée, fin.
## Général : accueil, accord, explication, vie privée, fin

phrase-general-hello = Bonjour. Je suis là pour vous aider avec votre démarche en ligne.
phrase-general-together = Nous allons faire la démarche ensemble, sur cet ordinateur.
phrase-general-your-choice = C’est vous qui décidez. Je ne fais rien sans votre accord.
phrase-general-translation-tool = Ce programme traduit les mots du site dans votre langue. Il peut faire des erreurs.
phrase-general-read-aloud = Je vais lire le message à voix haute.
phrase-general-understood = Avez-vous compris ? Je peux répéter ou expliquer autrement.
phrase-general-interpreter = Voulez-vous un interprète, sur place ou par téléphone ?
phrase-general-nothing-sent = Relais n’envoie vos informations à personne. Seul le site de l’administration reçoit ce que vous écrivez.
phrase-general-keep-data = Voulez-vous garder ces informations sur cet ordinateur, protégées par un mot de passe ?
phrase-general-passphrase = Choisissez une phrase secrète pour protéger vos informations. Ne la dites à personne.
phrase-general-erased-at-end = À la fin, vos informations sont effacées de cet ordinateur, sauf si vous choisissez de les garder.
phrase-general-log-out = Je me déconnecte de votre compte, puis je ferme la page.
phrase-general-finished = Nous avons fini pour aujourd’hui. Gardez bien tous vos papiers.
phrase-general-come-back = Vous pouvez revenir me voir si vous avez une question ou une nouvelle lettre.

# Utilisées quand le site demande l’identité : papiers, noms, dates et lieu de naissance, adresse.
## Identité : papiers, noms, dates

phrase-identity-passport = Avez-vous votre passeport ou votre carte d’identité ?
phrase-identity-show-papers = Pouvez-vous me montrer tous les papiers que vous avez apportés ?
phrase-identity-name-as-passport = Nous écrivons votre nom exactement comme sur votre passeport.
phrase-identity-other-spelling = Votre nom est-il écrit autrement sur d’autres papiers ?
phrase-identity-no-first-name = Si vous n’avez pas de prénom, dites-le-moi. Certains sites ont une case pour cela.
phrase-identity-birth-date = Quelle est votre date de naissance ? En France, on écrit le jour, puis le mois, puis l’année.
phrase-identity-birth-place = Quel est votre lieu de naissance ? Dites-moi la ville et le pays.
phrase-identity-birth-certificate = Le site demande votre acte de naissance. L’avez-vous, en original ou en copie ?
phrase-identity-not-recognised = Le site ne reconnaît pas ce document. Ce n’est pas votre faute.
phrase-identity-photo-consent = Puis-je prendre une photo de ce document pour l’envoyer sur le site ?
phrase-identity-mail-address = Avez-vous une adresse où recevoir votre courrier ? Cela peut être une association.

# Utilisées pour le séjour : titre de séjour, récépissé, numéro étranger, site ANEF, convocation de la préfecture.
## Séjour : titre de séjour, récépissé, numéro étranger, ANEF, convocation

phrase-residence-permit-number = Avez-vous votre numéro de titre de séjour ? Il est sur votre carte ou sur votre récépissé.
phrase-residence-foreign-number = Votre numéro étranger a 10 chiffres. Il est écrit sur votre titre de séjour et sur votre récépissé.
phrase-residence-anef-account = Avez-vous déjà un compte sur le site ANEF ?
phrase-residence-anef-username = Sur l’ANEF, votre identifiant est souvent votre numéro étranger.
phrase-residence-end-date = Regardons ensemble la date de fin de votre titre de séjour.
phrase-residence-renew-early = Il faut demander le renouvellement avant la date de fin. N’attendez pas le dernier moment.
phrase-residence-recepisse = Avez-vous un récépissé ? C’est le papier qui prouve que votre demande est en cours.
phrase-residence-proof-of-submission = Téléchargeons l’attestation de dépôt. Elle prouve que vous avez envoyé votre demande.
phrase-residence-file-number = Notons le numéro de votre dossier. Il faut le recopier dans chaque message.
phrase-residence-automatic-reply = Ce message est une réponse automatique. Personne n’a encore lu votre demande.
phrase-residence-convocation = Avez-vous reçu une convocation ? Montrez-moi la lettre ou le message.
phrase-residence-convocation-bring = Le jour du rendez-vous, apportez la convocation et tous les papiers demandés dans la lettre.

# Utilisées pour les rendez-vous en ligne à la préfecture : pas de créneau, nouveaux essais, preuves, juge et référé.
## Rendez-vous : préfecture, pas de créneau, preuves, juge

phrase-appointment-no-slot = Le site dit qu’il n’y a pas de rendez-vous libre.
phrase-appointment-not-your-fault = Ce n’est pas votre faute. Beaucoup de personnes n’arrivent pas à avoir de rendez-vous.
phrase-appointment-try-tomorrow = Nous réessaierons demain matin.
phrase-appointment-screenshot-proof = Cette capture d’écran prouve qu’il n’y avait pas de rendez-vous.
phrase-appointment-journal = Relais note chaque essai dans votre journal, avec la date et l’heure.
phrase-appointment-try-often = Pour avoir des preuves, il faut essayer souvent, pendant plusieurs semaines.
phrase-appointment-without-me = Si vous essayez sans moi, faites une capture d’écran à chaque fois.
phrase-appointment-judge = Avec ces preuves, un avocat peut demander au juge d’obliger la préfecture à vous donner un rendez-vous.
phrase-appointment-legal-aid = Si vos revenus sont faibles, l’aide juridictionnelle peut payer l’avocat.
phrase-appointment-export-consent = Voulez-vous que je prépare le dossier de preuves pour votre avocat ?
phrase-appointment-got-slot = Vous avez un rendez-vous. Notons la date, l’heure et l’adresse.
phrase-appointment-confirmation = Gardez l’e-mail de confirmation. Il faudra peut-être le montrer à l’entrée.

# Utilisées pour la CAF : numéro allocataire, déclaration trimestrielle de ressources, paiements, coordonnées bancaires.
## Prestations : CAF, déclaration trimestrielle, banque

phrase-benefits-claimant-number = Avez-vous votre numéro allocataire ? Il est en haut des lettres de la CAF.
phrase-benefits-quarterly = Tous les 3 mois, il faut déclarer vos ressources à la CAF.
phrase-benefits-payments-stop = Sans cette déclaration, la CAF arrête de payer.
phrase-benefits-income-per-month = Combien d’argent avez-vous reçu chaque mois, pendant les 3 derniers mois ?
phrase-benefits-payslips = Avez-vous vos fiches de paie ou vos relevés de compte de ces 3 mois ?
phrase-benefits-rib = Avez-vous un RIB ? C’est le papier de la banque avec les numéros de votre compte.
phrase-benefits-rib-name = Le compte en banque doit être à votre nom.
phrase-benefits-check-payments = Regardons vos paiements dans votre espace personnel de la CAF.
phrase-benefits-caf-message = La CAF vous a écrit. Je vais lire le message avec vous.
phrase-benefits-caf-appointment = Nous pouvons demander un rendez-vous avec un conseiller de la CAF.

# Utilisées pour la santé : compte Ameli, carte Vitale, numéro de sécurité sociale, aide médicale d’État (AME).
## Santé : Ameli, carte Vitale, AME

phrase-health-carte-vitale = Avez-vous une carte Vitale ?
phrase-health-social-security-number = Votre numéro de sécurité sociale est sur votre carte Vitale et sur votre attestation de droits.
phrase-health-ameli-account = Avez-vous un compte sur le site Ameli ?
phrase-health-download-attestation = Nous pouvons télécharger votre attestation de droits sur Ameli.
phrase-health-doctor = Avez-vous un médecin traitant ?
phrase-health-ame-what = L’AME paie les soins des personnes sans titre de séjour, en France depuis plus de 3 mois.
phrase-health-ame-proof-3-months = Avez-vous une preuve que vous êtes en France depuis plus de 3 mois ?
phrase-health-ame-in-person = La première demande d’AME se dépose en personne, à l’accueil de la CPAM.
phrase-health-ame-renew = L’AME dure un an. Il faut la redemander chaque année.

# Utilisées pour les comptes en ligne : adresse e-mail, mot de passe, codes reçus par SMS, FranceConnect.
## Compte : e-mail, mot de passe, codes SMS, FranceConnect

phrase-account-email = Avez-vous une adresse e-mail ?
phrase-account-open-mailbox = Pouvez-vous ouvrir votre boîte e-mail sur votre téléphone ?
phrase-account-create-email = Voulez-vous que nous créions une adresse e-mail ensemble ? Cela prend un peu de temps.
phrase-account-spam-folder = Le message n’arrive pas ? Regardons dans le dossier « courrier indésirable » ou « spam ».
phrase-account-activation-link = Le site vous a envoyé un lien par e-mail. Appuyez dessus pour activer votre compte.
phrase-account-password-yourself = Tapez vous-même votre mot de passe. Je ne regarde pas.
phrase-account-password-forgotten = Si vous avez oublié votre mot de passe, nous pouvons en choisir un nouveau.
phrase-account-password-note = Notez votre mot de passe sur un papier et gardez-le dans un endroit sûr.
phrase-account-phone-number = Ce numéro de téléphone est-il à vous ? Le site va y envoyer des codes.
phrase-account-sms-code = Vous avez reçu un code par SMS. Pouvez-vous me le lire ?
phrase-account-code-quick = Ce code marche seulement quelques minutes. Tapons-le maintenant.
phrase-account-code-never-give = Ne donnez jamais ce code à quelqu’un qui vous appelle au téléphone.
phrase-account-franceconnect = Avec FranceConnect, vous entrez avec un compte que vous avez déjà, par exemple Ameli ou impots.gouv.

# Utilisées quand le site montre une vérification « Je ne suis pas un robot » (CAPTCHA). Relais ne la résout jamais.
## Vérification anti-robot (CAPTCHA)

phrase-captcha-what = Le site vérifie que vous êtes une personne, pas un robot.
phrase-captcha-not-for-you = Relais ne répond jamais à cette vérification à votre place. Je vous explique comment faire.
phrase-captcha-audio = Il y a une version audio. Vous allez entendre des lettres ou des chiffres.
phrase-captcha-write-what-you-hear = Écoutez bien, puis écrivez ce que vous entendez.
phrase-captcha-listen-again = Vous pouvez écouter encore, ou demander une nouvelle image.
phrase-captcha-keyboard = Avec la touche Tab du clavier, vous pouvez aller jusqu’au bouton audio.
phrase-captcha-not-your-fault = Ce n’est pas votre faute. Cette vérification est difficile pour beaucoup de personnes.
phrase-captcha-failure-recorded = Chaque échec est noté dans votre journal, comme preuve.
phrase-captcha-other-way = Si cela ne marche toujours pas, vous pouvez demander à l’administration une autre façon de faire, pas en ligne.

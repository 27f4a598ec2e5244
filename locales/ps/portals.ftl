### Relais — translation memory, Pashto: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


## ds: components account_dropdown_component

tm-passer-en-super-admin = د لوی مدیر (super-admin) حالت ته اوښتل
tm-passer-en-usager = د کاروونکي حالت ته اوښتل
tm-passer-en-instructeur = د دوسیو د څېړونکي کارکوونکي (instructeur) حالت ته اوښتل
tm-passer-en-expert = د کارپوه حالت ته اوښتل
tm-passer-en-gestionnaire = د ډلې د مدیر (gestionnaire) حالت ته اوښتل
tm-se-deconnecter = له حساب څخه وتل

## ds: components attachment

tm-reessayer = بیا هڅه
tm-supprimer-le-fichier = د { $file } فایل ړنګول
tm-plusieurs-fichiers-possibles = څو فایلونه اضافه کولای شئ.
tm-remplacer-le-fichier = د { $file } فایل په بل فایل بدلول
tm-le-format-pdf-est-generalement-le = د PDF بڼه معمولاً تر ټولو اسانه ده، ځکه چې په ټولو وسیلو کې په اسانۍ لوستل کېږي.
tm-virus-detecte-merci-denvoyer-un-autre = ویروس وموندل شو، مهرباني وکړئ بل فایل ولېږئ.
tm-le-fichier-est-corrompu-merci-denvoyer = فایل خراب دی، مهرباني وکړئ بل فایل ولېږئ.
tm-ajoutee-le = په { $date } اضافه شو
tm-modifiee-le = په { $date } بدل شو
tm-le-traitement-de-votre-piece-jointe = ستاسو د ضمیمې پروسس تر تمې ډېر وخت نیسي.
tm-le-traitement-de-vos-pieces-jointes = ستاسو د ضمیمو پروسس تر تمې ډېر وخت نیسي.
tm-cela-ne-vous-empeche-pas-de = سره له دې، که وغواړئ خپله دوسیه سپارلی شئ.
tm-chargement-de-fichier = فایل پورته کېږي
tm-virus-detecte-le-telechargement-est = ویروس وموندل شو، د فایل ښکته کول بند دي.
tm-apercu-non-disponible = مخکتنه نشته

## ds: components autosave_notice_component

tm-formulaire-en-erreur = فورمه تېروتنه لري

## ds: components dossiers

tm-adresse = پته
tm-pays = هېواد
tm-autres-informations-sur-lorganisme-sur = ➡ د دې ادارې په اړه نور معلومات په «annuaire-entreprises.data.gouv.fr» کې
tm-brouillon-enregistre-avec-succes = مسوده په بریالیتوب سره خوندي شوه
tm-attention-impossible-denregistrer-le = پام: مسوده خوندي نه شوه.
tm-vos-modifications-sont-automatiquement = ستاسو بدلونونه په اوتومات ډول خوندي کېږي.
tm-deposez-les-quand-vous-aurez-termine = کله چې کار مو پای ته ورساوه، هغه وسپارئ.
tm-modifications-enregistrees-avec-succes = بدلونونه په بریالیتوب سره خوندي شول
tm-annotations-enregistrees-avec-succes = یادښتونه په بریالیتوب سره خوندي شول
tm-attention-impossible-denregistrer-les = پام: یادښتونه خوندي نه شول.
tm-commune = ښاروالي (commune)
tm-les-dossiers-ont-ete-supprimes-vous = دوسیې ړنګې شوې دي. د لاندې دلیلونو له امله یې نور بېرته نشئ راګرځولی:
tm-vous-avez-supprime-votre-dossier = تاسو خپله دوسیه ړنګه کړې ده.
tm-deposer-le-dossier = د دوسیې سپارل
tm-deposer-les-modifications = د بدلونونو سپارل
tm-pourquoi-je-ne-peux-pas-deposer = ولې خپله دوسیه نشم سپارلی؟
tm-verifier-le-dossier = د دوسیې کتنه
tm-envoi-en-cours = د لېږلو په حال کې…
tm-en-tant-quinvite-vous-pouvez-remplir = تاسو د بلل شوي کس په توګه دا فورمه ډکولی شئ، خو د دوسیې خاوند باید پخپله یې وسپاري.
tm-des-modifications-nont-pas-encore-ete = ځینې بدلونونه لا نه دي سپارل شوي
tm-vous-avez-apporte-des-modifications = تاسو د دوسیې له سپارلو وروسته پکې بدلونونه راوستي دي. هغه وسپارئ چې اداره یې په پام کې ونیسي.
tm-continuer-a-modifier = بدلولو ته دوام
tm-votre-dossier-contient-1-champ-en = ستاسو په دوسیه کې یوه خانه تېروتنه لري
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] ستاسو په دوسیه کې { $n } خانه تېروتنه لري
       *[other] ستاسو په دوسیه کې { $n } خانې تېروتنې لري
    }
tm-corrigez-la-pour-poursuivre = د دوام لپاره دا تېروتنه سمه کړئ:
tm-corrigez-les-pour-poursuivre = د دوام لپاره دا تېروتنې سمې کړئ:
tm-plus-dinformations = نور معلومات
tm-moins-dinformations = لږ معلومات
tm-votre-identite = ستاسو هویت
tm-vous-agissez-en-tant-que-mandataire = تاسو د وکیل (mandataire) په توګه کار کوئ، یا په مسلکي ډول (لکه محاسب، وکیل مدافع، دولتي کارکوونکی…) یا په شخصي ډول (کورنۍ). ډاډ ترلاسه کړئ چې د دغو مادو شرایط په پام کې نیسئ:
tm-articles-1984-et-suivants-du-code = د مدني قانون 1984 ماده او ورپسې مادې.
tm-identite-du-beneficiaire = د ګټه اخیستونکي هویت
tm-vous-ne-pouvez-pas-deposer-votre = تاسو خپله دوسیه نشئ سپارلی
tm-repondre = ځواب ورکول
tm-invite = بلل شوی کس
tm-supprimer-le-message = د پیغام ړنګول
tm-supprimer-la-demande-de-correction-et = د سمون د غوښتنې او دې پیغام ړنګول
tm-supprimer-le-message-en-attente-de = د هغه پیغام ړنګول چې د ځواب په تمه دی
tm-etes-vous-sur-de-vouloir-supprimer = ایا ډاډه یاست چې غواړئ دا پیغام ړنګ کړئ؟
tm-email-automatique = اوتومات ایمیل
tm-vous = تاسو
tm-message-supprime = پیغام ړنګ شو
tm-non-lu = نه دی لوستل شوی
tm-usager = کاروونکی
tm-vous-devez-effectuer-les-modifications = تاسو باید غوښتل شوي بدلونونه د خپلې دوسیې په بدلولو سره ترسره کړئ.
tm-modifier-le-dossier = د دوسیې بدلول
tm-cree-depuis-le = جوړ شوی له دې نېټې راهیسې
tm-depose-depuis-le = سپارل شوی له دې نېټې راهیسې
tm-appliquer-les-filtres = د فلټرونو پلي کول
tm-reinitialiser-les-filtres = د فلټرونو بیا تنظیمول
tm-selectionner-un-filtre = د یو فلټر ټاکل
tm-1-filtre-actif = یو فعال فلټر
tm-filtres-actifs = { $n ->
        [one] { $n } فعال فلټر
       *[other] { $n } فعال فلټرونه
    }
tm-supprimer-1-filtre-actif = د یو فعال فلټر لرې کول
tm-selectionner-un-statut = د یو حالت ټاکل
tm-afficher-les-dossiers-par-demarche = د اداري کار له مخې د دوسیو ښودل
tm-afficher = ښودل

## ds: components dsfr

tm-telecharger-le-fichier = د فایل ښکته کول
tm-ce-lien-est-ephemere-et-ne = دا لینک لنډمهاله دی او باید له نورو سره شریک نه شي.
tm-afficher-le-mot-de-passe = د پټنوم ښودل
tm-afficher-la-confirmation-du-mot-de = د پټنوم د تایید ښودل
tm-ladresse-electronique-semble-erronee = داسې ښکاري چې ایمیل پته ناسمه ده
tm-vouliez-vous-ecrire = ایا مو مطلب دا و:
tm-recherche-en-cours-pour-le-siret = د SIRET شمېرې { $value } لټون روان دی…
tm-au-capital-social-de = { $name } { $forme_juridique } د { $amount } ثبت شوې پانګې سره
tm-donnee-remplie-automatiquement = دا معلومات په اوتومات ډول ډک شوي.
tm-une-erreur-est-survenue-lors-de = ستاسو د سند د څېړلو پر مهال تېروتنه وشوه. که له خپل فایل ډاډه یاست، دې پیغام ته پام مه کوئ.
tm-masquer-le-message = د پیغام پټول

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = د سړک شمېره او نوم، یا د ځای نوم (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = د لټون پر مهال تېروتنه وشوه
tm-une-erreur-est-survenue-lors-de-3 = د لټون پر مهال تېروتنه وشوه. که ستونزه پاتې شوه، «خپله پته په وړاندیزونو کې نه مومم» (« Je ne trouve pas mon adresse dans les suggestions ») نښه کړئ او دوام ورکړئ.
tm-ville = ښار
tm-exemple-london = بېلګه: London
tm-ville-ou-commune = ښار یا ښاروالي
tm-renseignez-le-nom-ou-le-code = د ښار نوم یا پوستي کوډ ولیکئ، بیا ښاروالي له لېست څخه وټاکئ. بېلګه: Strasbourg
tm-code-postal = پوستي کوډ
tm-je-ne-trouve-pas-mon-adresse = خپله پته په وړاندیزونو کې نه مومم
tm-saisissez-une-adresse-une-voie-un = یوه پته، سړک، د ځای نوم (lieu-dit) یا ښاروالي ولیکئ. بېلګه: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = د یوې پتې په لټولو سره نقشه منځ ته راوستل
tm-commencez-a-saisir = لیکل پیل کړئ
tm-ajouter-un-point-sur-la-carte = په نقشه کې د یوې نقطې اضافه کول
tm-exemple = بېلګه:
tm-afficher-votre-position-sur-la-carte = په نقشه کې ستاسو د موقعیت ښودل
tm-ajouter-le-point-avec-les-coordonnees = په نقشه کې د لیکل شویو کوارډینېټونو سره د نقطې اضافه کول
tm-ajouter-un-fichier-gpx-ou-kml = د GPX یا KML فایل اضافه کول
tm-supprimer-le-fichier-2 = د فایل ړنګول
tm-modification-a-deposer = بدلون چې باید وسپارل شي
tm-information-champ-actualise-par = معلومات: دا خانه د ادارې له خوا تازه شوې. منځپانګه یې وګورئ.
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [one] تر ټولو زیاته سپارښتل شوې اندازه { $n } توری دی.
       *[other] تر ټولو زیاته سپارښتل شوې اندازه { $n } توري دي.
    }
tm-le-numero-dallocataire-caf = په CAF کې د مرسته اخیستونکي شمېره (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = معمولاً 7 عددونه لري.
tm-le-code-postal = پوستي کوډ
tm-il-est-generalement-compose-de-5 = معمولاً 5 عددونه لري.
tm-numero-daccreditation = د اعتبار شمېره (accréditation)
tm-format-jj-mm-aaaa = بڼه: JJ/MM/AAAA (ورځ/میاشت/کال)
tm-le-numero-fiscal = مالیاتي شمېره
tm-il-est-generalement-compose-de-13 = معمولاً 13 یا 14 توري او عددونه لري.
tm-la-reference-davis-dimposition = د مالیې د خبرتیا د مرجع شمېره (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = معمولاً 13 یا 14 توري او عددونه لري.
tm-identifiant-national-etudiant-il-est = د محصل ملي پېژند شمېره (INE). معمولاً له تورو او عددونو جوړه وي.
tm-identifiant = پېژند (Identifiant)
tm-il-est-generalement-compose-de = معمولاً له تورو او عددونو جوړ وي.
tm-ajouter-un-element-supplementaire-a = «{ $name }» ته د یو بل توکي اضافه کول
tm-supprimer = د { $name } { $n } ړنګول
tm-aucune-fondation-trouvee = هېڅ بنسټ (fondation) ونه موندل شو
tm-ce-rnf-correspond-a = دا RNF شمېره دې ته اړه لري: { $name }، { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] تاسو ته { $n } توری پاتې دی.
       *[other] تاسو ته { $n } توري پاتې دي.
    }
tm-vous-avez-atteint-la-taille-maximale = تاسو سپارښتل شوې تر ټولو زیاتې اندازې ته رسېدلي یاست.
tm-oui = هو

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = د ټولو تېروتنو ښودل

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = د منلو وړ پټنوم. تایید کولی شئ… یا خپل پټنوم ښه کړئ.
tm-mot-de-passe-vulnerable = کمزوری پټنوم.
tm-mot-de-passe-tres-vulnerable = ډېر کمزوری پټنوم.
tm-pour-un-mot-de-passe-securise = د خوندي پټنوم لپاره، پرله‌پسې توري یا د یو توري تکرار مه کاروئ. د بېلګې په توګه، یوه جمله (له تشو ځایونو سره) غوره کولی شئ چې په اسانۍ یې په یاد ولرئ.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = دا لینک تعقیب کړئ چې په نوې پته ننوځئ.
tm-nous-avons-detecte-une-erreur-reseau = موږ د شبکې یوه تېروتنه وموندله چې تاسو هلته نشو لېږدولی. د خپل معلوماتي ټکنالوژۍ (IT) څانګې سره اړیکه ونیسئ چې demarche.numerique.gouv.fr ته د لاسرسي اجازه ورکړي.

## ds: errors

tm-nest-pas-dun-type-accepte = د منلو وړ ډول نه دی
tm-est-trop-lourd-e-le-fichier = ډېر لوی دی. د فایل اندازه باید تر { $amount } زیاته نه وي.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = د نوي پټنوم غوښتنه
tm-vous-etes-connecte-e-vous-pouvez = تاسو ننوتلي یاست! هر وخت کولی شئ د خپلو بېلابېلو پروفایلونو ترمنځ واوړئ: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = تاسو اوس له حساب څخه وتلي یاست.

## ds: users

tm-votre-compte-a-deja-ete-active = ستاسو حساب دمخه فعال شوی دی.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE شتون نه لري، د شرکت په اړه معلومات به په څو ساعتونو کې راشي.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = که انسان یاست، دا خانه تشه پرېږدئ

## ds: clipboard

tm-copie = کاپي شو

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = خپل ځواب په دې برخه کې ومومئ:
tm-contact-technique = تخنیکي اړیکه
tm-envoyez-nous-un-message-a = موږ ته { $email } ته پیغام ولېږئ.
tm-besoin-daide-pour-remplir-votre-dossier = د خپلې دوسیې د ډکولو لپاره مرستې ته اړتیا لرئ؟

## ds: utils

tm-nombre-a-virgule = اعشاري عدد
tm-nombre-entier = بشپړ عدد
tm-liste-a-choix-multiple = څو انتخابه لېست
tm-deconnexion = وتل
tm-pieces-jointes = ضمیمې
tm-les-champs-suivis-dun-asterisque = هغه خانې چې ستوری (اړین) لري باید ډکې شي.
tm-facultatif = (اختیاري)
tm-envoyer-le-message = د پیغام لېږل
tm-nouvel-onglet = نوې ټب

## ds: skiplinks

tm-acces-rapide = چټک لاسرسی
tm-contenu = منځپانګه

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = کله چې د اوتومات بشپړولو پایلې چمتو شي، د پایلو په لېست کې د حرکت لپاره د پورته او ښکته غشو کیلي وکاروئ. د یوې پایلې د ټاکلو لپاره Enter (Entrée) کیلي کېکاږئ. د پایلو د لېست د بندولو لپاره Esc (Echap) کیلي کېکاږئ.
tm-aucun-resultat = هېڅ پایله نشته
tm-1-resultat = یوه پایله
tm-resultats = پایلې

## ds: layouts

tm-un-outil-simple-pour-gerer-les = د آنلاین اداري فورمو د مدیریت لپاره یوه ساده وسیله.
tm-mon-compte = زما حساب
tm-revenir-en-arriere = بېرته تلل
tm-revenir-en-arriere-sur-le-site = بېرته زما د ادارې سایټ ته تلل
tm-menu-principal = اصلي مینو
tm-mes-dossiers = زما دوسیې
tm-consulter-mon-dossier = زما دوسیې کتل
tm-jai-une-question = یوه پوښتنه لرم
tm-aller-a-la-page-daccueil = لومړي مخ ته تلل

## ds: views

tm-creation-de-compte-sur = په { $name } کې د حساب جوړول
tm-se-creer-un-compte-avec-une = د ایمیل پتې سره د حساب جوړول
tm-adresse-electronique = ایمیل پته
tm-mot-de-passe-caracteres-minimum = { $n ->
        [one] پټنوم (لږ تر لږه { $n } توری)
       *[other] پټنوم (لږ تر لږه { $n } توري)
    }
tm-avant-deffectuer-votre-demarche-nous = مخکې له دې چې خپل اداري کار ترسره کړئ، موږ باید ستاسو ایمیل پته { $email } تایید کړو.
tm-ouvrez-votre-boite-email-et-cliquez = خپل ایمیل بکس پرانیزئ، او په هغه پیغام کې چې ترلاسه کړی مو دی د فعالولو په لینک کلیک وکړئ.
tm-renvoyer-un-email-de-confirmation = د تایید ایمیل بیا لېږل
tm-lautorisation-de-vient-detre-revoquee = د { $email } اجازه همدا اوس لغوه شوه. کولی شئ بل کس ته بلنه ورکړئ.
tm-vous-ne-pouvez-pas-revoquer-cette = تاسو دا اجازه نشئ لغوه کولی
tm-inviter-une-personne-a-modifier-ce = یو کس ته د دې دوسیې د بدلولو بلنه ورکول
tm-gestion-des-invites = د بلل شویو کسانو مدیریت
tm-les-invites-ont-le-droit-de = بلل شوي کسان حق لري چې ستاسو دوسیه وګوري او بدله یې کړي.
tm-ajouter-un-invite = د بلل شوي کس اضافه کول
tm-envoyer-une-invitation = د بلنې لېږل
tm-revoquer-lacces = د لاسرسي لغوه کول
tm-aucun-invite-ne-peut-voir-et = اوس مهال هېڅ بلل شوی کس دا دوسیه نشي لیدلی او بدلولی.
tm-1-personne-invitee = یو بلل شوی کس
tm-personnes-invitees = { $n ->
        [one] { $n } بلل شوی کس
       *[other] { $n } بلل شوي کسان
    }
tm-une-fois-le-dossier-complet-vous = کله چې دوسیه بشپړه شي، تاسو باید پخپله یې وسپارئ.
tm-dernier = وروستی
tm-precedent = مخکنی
tm-premier = لومړی
tm-lusager-a-supprime-son-compte = (کاروونکي خپل حساب ړنګ کړی دی)
tm-cordialement = په درنښت،
tm-modifie-par-lusager-le = په { $date } د کاروونکي له خوا بدل شو
tm-passe-en-instruction-le = په { $date } یې څېړنه پیل شوه
tm-accepte-le = په { $date } ومنل شو
tm-classe-sans-suite-le = په { $date } پرته له تعقیب څخه وتړل شو
tm-telecharger-lattestation = د تصدیق‌لیک ښکته کول
tm-votre-dossier-est-enregistre = ستاسو دوسیه د هر بدلون وروسته په اوتومات ډول خوندي کېږي. هر وخت کولی شئ کړکۍ وتړئ او وروسته له هماغه ځایه دوام ورکړئ چې پرې پاتې شوي وئ.
tm-envoyer-et-marquer-le-dossier = لېږل او دوسیه نښه کول
tm-en-attente-de-reponse = د ځواب په تمه
tm-votre-message-obligatoire = ستاسو پیغام (اړین)
tm-ecrivez-votre-message-a-l-administration = ادارې ته خپل پیغام دلته ولیکئ
tm-identite-du-demandeur = د غوښتونکي هویت
tm-identite-du-mandataire = د وکیل (mandataire) هویت
tm-sections-du-formulaire = د فورمې برخې
tm-modifier-le-siret = د SIRET شمېرې بدلول
tm-lusager-a-pris-connaissance-de-la = کاروونکي په { $agreement } د خپلې دوسیې په اړه له پرېکړې خبر شو.
tm-identifier-votre-etablissement = خپله اداره وپېژنئ
tm-civilite = د درناوي لقب (مېرمن یا ښاغلی)
tm-nom = تخلص (د کورنۍ نوم)
tm-renseignez-le-numero-de-siret-de = د دې اداري کار د پیلولو لپاره د خپل شرکت، ادارې یا ټولنې SIRET شمېره ولیکئ.
tm-pour-trouver-votre-numero-siret-utilisez = د خپلې SIRET شمېرې د موندلو لپاره { $annuaire_link } وکاروئ یا له خپلې حسابدارۍ څانګې وپوښتئ.
tm-continuer = دوام
tm-merci = مننه!
tm-votre-dossier-sur-la-demarche = د دې اداري کار لپاره ستاسو دوسیه
tm-a-bien-ete-envoye = په بریالیتوب سره ولېږل شوه.
tm-vous-avez-desormais-acces-a-votre = اوس تاسو دې ته لاسرسی لرئ:
tm-dossier-en-ligne = ستاسو آنلاین دوسیه.
tm-vous-pouvez = تاسو کولی شئ
tm-le-modifier = هغه بدله کړئ
tm-et = او
tm-echanger-avec-un-instructeur = د دوسیې له څېړونکي کارکوونکي سره خبرې وکړئ.
tm-telecharger-mon-dossier = زما د دوسیې ښکته کول
tm-telecharger-mon-attestation = زما د تصدیق‌لیک ښکته کول
tm-suivi-de-votre-dossier = ستاسو د دوسیې تعقیب
tm-votre-dossier = ستاسو دوسیه
tm-dossier-n = دوسیه شمېره { $n }
tm-en-brouillon-depuis-le = - له { $date } راهیسې د مسودې په توګه
tm-dossier-pdf = dossier-{ $n }.pdf (ستاسو دوسیه د PDF په بڼه)
tm-brouillon = مسوده
tm-votre-dossier-est-en-cours-dinstruction = ستاسو دوسیه د ادارې له خوا تر څېړنې لاندې ده. نور یې نشئ بدلولی.
tm-votre-dossier-est-soumis-au-cadre = ستاسو دوسیه د «چوپتیا د منلو په معنا ده» (« Silence Vaut Accord ») قانوني قاعدې تابع ده
tm-votre-dossier-est-soumis-au-cadre-2 = ستاسو دوسیه د «چوپتیا د ردولو په معنا ده» (« Silence Vaut Rejet ») قانوني قاعدې تابع ده
tm-termine = پای ته رسېدلی
tm-vous-avez-une-question-utilisez-la = پوښتنه لرئ؟ له ادارې سره د مستقیمې اړیکې لپاره د پیغامونو برخه وکاروئ.
tm-motivation = دلیلونه:
tm-attestation = تصدیق‌لیک:
tm-votre-dossier-a-ete-accepte = ستاسو دوسیه ومنل شوه
tm-motif-de-lacceptation = د منلو دلیل
tm-votre-dossier-a-ete-refuse = ستاسو دوسیه رد شوه
tm-envoyer-un-message-a-ladministration = ادارې ته د پیغام لېږل
tm-dernier-message = وروستی پیغام
tm-votre-prochain-rendez-vous = ستاسو راتلونکی نوبت
tm-voir-mon-rendez-vous-sur-rdv = په RDV Service Public کې زما د نوبت کتل
tm-modifier-le-dossier-vous-pouvez-modifier = د دوسیې بدلول - تر هغه چې د دوسیې څېړنه نه وي پیل شوې، تاسو یې بدلولی شئ
tm-rechercher-un-dossier-par-n-de = د دوسیې لټون (د دوسیې په شمېرې، کلیدي کلمو…)
tm-rechercher-un-dossier-par-n-de-2 = د دوسیې لټون (د دوسیې په شمېرې، تخلص / نوم، کلیدي کلمو…)
tm-saisissez-votre-recherche = هغه څه ولیکئ چې لټوئ یې
tm-resultat-de-la-recherche-pour = د «{ $search_terms }» لپاره د لټون پایله
tm-et-pour-la-procedure = او د «{ $name }» اداري کار لپاره
tm-dossier-numero = دوسیه شمېره { $n }
tm-ladministration-ne-traitera-plus-votre = اداره به نور ستاسو غوښتنه نه څېړي.
tm-dossier-n-2 = دوسیه شمېره
tm-ne-correspond-aux-termes-recherches = د لټون له کلمو سره سمون نه خوري
tm-ne-correspond-aux-filtres-selectionnes = له ټاکل شویو فلټرونو سره سمون نه خوري
tm-cette-demarche-est-close-vous-ne = دا اداري کار تړل شوی دی او تاسو دا دوسیه نشئ سپارلی. مهرباني وکړئ یوه نوې دوسیه په { $link } کې وسپارئ چې د دې ځای یې نیولی دی.
tm-cette-demarche-est-close-vous-ne-2 = دا اداري کار تړل شوی دی او تاسو دا دوسیه نشئ سپارلی، او نه د دې اداري کار لپاره نوې دوسیه. { $link }
tm-cette-demarche-est-close-votre-dossier = دا اداري کار تړل شوی دی، خو ستاسو دوسیه سپارل شوې او اداره یې څېړلی شي. که اړتیا وي، یوه نوې دوسیه په { $link } کې سپارلی شئ چې د دې ځای یې نیولی دی.
tm-cette-demarche-est-close-votre-dossier-2 = دا اداري کار تړل شوی دی، خو ستاسو دوسیه سپارل شوې او اداره یې څېړلی شي. تاسو د دې اداري کار لپاره نوې دوسیه نشئ سپارلی. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = دا اداري کار تړل شوی دی او ستاسو دوسیه د ادارې له خوا څېړل شوې ده. که اړتیا وي، یوه نوې دوسیه په { $link } کې سپارلی شئ چې د دې ځای یې نیولی دی.
tm-cette-demarche-est-close-votre-dossier-4 = دا اداري کار تړل شوی دی او ستاسو دوسیه د ادارې له خوا څېړل شوې ده. تاسو د دې اداري کار لپاره نوې دوسیه نشئ سپارلی. { $link }
tm-nouvelle-demarche-disponible = نوی اداري کار شته
tm-cette-demarche = دا اداري کار
tm-ce-dossier-attend-vos-corrections = دا دوسیه ستاسو د سمونونو په تمه ده — هغه بدلونونه چې باید یې وکړئ د { $n } شمېرې دوسیې د پیغامونو په برخه کې وګورئ.
tm-ce-dossier-attend-votre-reponse = دا دوسیه ستاسو د ځواب په تمه ده
tm-consultez-la-messagerie-du-dossier = د { $n } شمېرې دوسیې د پیغامونو برخه وګورئ او ادارې ته ځواب ورکړئ.
tm-cree-le = په { $date } جوړ شو
tm-mis-a-la-corbeille-automatiquement-le = په { $date } په اوتومات ډول د کثافاتو ټوکرۍ ته ولاړه، ځکه د ساتلو تر ټولو اوږده موده پای ته ورسېده
tm-commencer-un-nouveau-dossier = د نوې دوسیې پیلول
tm-dupliquer-le-dossier = د دوسیې کاپي کول
tm-voulez-vous-vraiment-mettre-a-la = ایا په رښتیا غواړئ دا دوسیه د کثافاتو ټوکرۍ ته واچوئ؟
tm-en-continuant-vous-allez-supprimer-ce = که دوام ورکړئ، دا دوسیه، په هغې کې معلومات او { $email } ته د هغې د لېږد غوښتنه به ړنګه کړئ. هر ړنګول د روان اداري کار د لغوه کېدو لامل کېږي. ړنګول تاییدوئ؟
tm-continuer-a-remplir = ډکولو ته دوام
tm-restaurer = بېرته راګرځول
tm-restaurer-et-etendre-la-conservation-du = د { $id } شمېرې دوسیې بېرته راګرځول او د ساتلو موده یې اوږدول (د میاشتو شمېر: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = نور کارونه
tm-le-support-technique = تخنیکي ملاتړ
tm-une-demande-de-transfert-est-en = { $email } ته د { $n } شمېرې دوسیې د لېږد غوښتنه روانه ده
tm-une-demande-de-transfert-par-le = د تخنیکي ملاتړ له خوا { $email } ته د { $n } شمېرې دوسیې د لېږد غوښتنه روانه ده
tm-demande-de-transfert-par-le-support = د تخنیکي ملاتړ له خوا د { $email } د { $n } شمېرې دوسیې د لېږد غوښتنه
tm-accepter = منل
tm-refuser = ردول
tm-connexion-a = { $name } ته ننوتل
tm-mot-de-passe-oublie = پټنوم مو هېر کړی؟
tm-trouvez-votre-demarche = خپل اداري کار ومومئ
tm-vous-etes-agent-de-la-fonction = ایا تاسو د دولت ملکي کارکوونکی یاست؟
tm-accedez-a-notre-page-dediee = زموږ ځانګړې پاڼې ته لاړ شئ
tm-se-connecter-avec-son-compte = په خپل حساب ننوتل
tm-si-vous-voyez-cette-page-trop = که دا پاڼه ډېر ځله وینئ، زموږ د مرستې برخه وګورئ.
tm-changement-de-mot-de-passe = د پټنوم بدلون
tm-changer-le-mot-de-passe = د پټنوم بدلول
tm-si-un-compte-existe-avec-ladresse = که د { $email } پتې سره حساب شتون ولري، د پټنوم د بیا تنظیمولو لپاره مو تاسو ته ایمیل لېږلی دی.
tm-vous-navez-pas-recu-lemail = ایمیل مو نه دی ترلاسه کړی؟
tm-verifiez-la-boite-indesirables-ou-spam = د خپل ایمیل د ناغوښتل شویو پیغامونو (Indésirables یا Spam) برخه وګورئ.
tm-vous-etes-vous-connecte-avec-france = ایا تاسو مخکې د France Connect له لارې ننوتلي یاست؟ په دې حالت کې بیا د France Connect له لارې هڅه وکړئ.
tm-le-compte-a-pu-etre-supprime = کېدای شي حساب د اوږدې مودې لپاره د نه کارولو او روانې دوسیې د نه لرلو له امله ړنګ شوی وي. په دې حالت کې باید د یو اداري کار له لارې بیا حساب جوړ کړئ.
tm-lien-de-reinitialisation-du-mot-de = د پټنوم د بیا تنظیمولو لینک ولېږل شو
tm-attention-ce-courriel-peut-mettre-jusqua = پام وکړئ، د دې ایمیل رارسېدل کېدای شي تر 15 دقیقو پورې وخت ونیسي.
tm-en-cas-de-difficultes-nous-restons = که ستونزه مو درلوده، د دې فورمې له لارې له موږ سره اړیکه نیولی شئ.

## ds: modal

tm-publier-la-demarche = د اداري کار خپرول
tm-reactiver-la-demarche = د اداري کار بیا فعالول
tm-vous-vous-appretez-a-publier-votre = تاسو غواړئ خپل اداري کار د خلکو لپاره خپور کړئ.
tm-vous-vous-appretez-a-reactiver-votre = تاسو غواړئ خپل اداري کار بیا فعال کړئ.
tm-publier = خپرول

## ds: activerecord

tm-la-nouvelle-adresse-electronique = نوې ایمیل پته
tm-numero-siret = د SIRET شمېره
tm-la-demarche-est-mise-en-uvre = دا اداري کار ترسره کوي:
tm-valeur-du-champ = د خانې ارزښت
tm-lobjet-genere-sera-tronque-sil-depasse = جوړ شوی موضوع به لنډ شي که له 100 تورو زیات وي.
tm-est-invalide-saisissez-un-numero-de = ناسم دی. یو سم د تلیفون شمېره ولیکئ. بېلګه: 0612345678
tm-nest-pas-un-lien-valide = سم لینک نه دی
tm-aucun-resultat-ne-correspond-a-votre = هېڅ پایله ستاسو له لټون سره سمون نه خوري.
tm-trop-de-demandes-nous-reessayons-pour = ډېرې غوښتنې. موږ ستاسو لپاره بیا هڅه کوو.
tm-erreur-du-serveur-nous-reessayons-pour = د سرور تېروتنه. موږ ستاسو لپاره بیا هڅه کوو.
tm-service-indisponible-nous-reessayons = خدمت شتون نه لري. موږ ستاسو لپاره بیا هڅه کوو.
tm-la-demande-a-pris-trop-de = غوښتنې ډېر وخت ونیو. موږ ستاسو لپاره بیا هڅه کوو.
tm-probleme-de-connexion-nous-reessayons = د اتصال ستونزه. موږ ستاسو لپاره بیا هڅه کوو.
tm-resultat-introuvable-verifiez-vos = پایله ونه موندل شوه. خپل معلومات وګورئ.
tm-non-autorise-connectez-vous-pour = اجازه نشته. د دوام لپاره ننوځئ.
tm-invitation-deja-envoyee = : بلنه دمخه لېږل شوې ده
tm-votre-lien-de-nouveau-mot-de = : ستاسو د نوي پټنوم لینک موده پای ته رسېدلې. مهرباني وکړئ نوی لینک وغواړئ.
tm-nest-pas-assez-complexe-saisir-un = کافي پېچلی نه دی. یو ډېر پېچلی پټنوم ولیکئ
tm-les-deux-mots-de-passe-ne = : دواړه پټنومونه سره سمون نه خوري
tm-ne-peut-etre-identique-a-lancienne = د پخوانۍ پتې په څېر نشي کېدای. بله ایمیل پته ولیکئ
tm-est-deja-utilise-par-une-demarche = دمخه په یو اداري کار کې کارول شوی. تاسو یې نشئ کارولی ځکه چې د بل مدیر دی.
tm-nest-pas-valide-il-doit-comporter = سم نه دی. باید لږ تر لږه 3 توري او تر ټولو زیات 200 توري ولري او یوازې د a-z، 0-9، '_' او '-' توري اجازه لري.
tm-ne-peut-pas-etre-utilise-car = نشي کارول کېدای ځکه چې د دې اداري کار وروستی لینک دی.
tm-doit-posseder-13-ou-14-caracteres = باید 13 یا 14 توري او عددونه ولري
tm-doit-etre-dans-les-options-proposees = باید له وړاندیز شویو انتخابونو څخه وي
tm-doit-etre-un-nom-de-region = باید د سیمې (région) سم نوم وي
tm-doit-etre-un-code-de-region = باید د سیمې (région) سم کوډ وي
tm-doit-etre-un-nom-de-departement = باید د ولایت (département) سم نوم وي
tm-doit-etre-un-code-de-departement = باید د ولایت (département) سم کوډ وي
tm-doit-etre-un-code-depci-du = باید د اړوند ولایت (département) د یو EPCI (د ښاروالیو ډله) کوډ وي
tm-doit-etre-un-nom-depci-du = باید د اړوند ولایت (département) د یو EPCI (د ښاروالیو ډله) نوم وي
tm-doit-etre-un-entier = باید بشپړ عدد وي

## ds: errors

tm-le-champ = خانه «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = دوسیه شتون نه لري یا تاسو ورته لاسرسی نه لرئ.
tm-ce-lien-dinvitation-nest-plus-valable = د بلنې دا لینک نور اعتبار نه لري یا دوسیې ته نور لاسرسی نشته.
tm-une-erreur-est-survenue-lors-de-4 = له FranceConnect سره د اتصال پر مهال تېروتنه وشوه. مهرباني وکړئ بیا هڅه وکړئ.
tm-seul-e-s-les-usagers-peuvent = یوازې کاروونکي کولی شي د France Connect له لارې ننوځي. که تاسو د دوسیو څېړونکی کارکوونکی یا مدیر یاست، مهرباني وکړئ خپل پټنوم بیا تنظیم کړئ.
tm-desole-la-recuperation-des-informations = بښنه غواړو، د SIRET معلوماتو راوړل اوس لنډمهاله ممکن نه دي. مهرباني وکړئ څو شېبې وروسته بیا هڅه وکړئ.
tm-nous-navons-pas-trouve-detablissement = موږ له دې SIRET شمېرې سره سمه هېڅ اداره ونه موندله.
tm-lexpression-reguliere-que-vous-avez = هغه منظم افاده (expression régulière) چې تاسو ولیکله کېدای شي خطرناکه وي او د کار ستونزې رامنځته کړي
tm-lexemple-doit-correspondre-a-lexpression = بېلګه باید له ورکړل شوې منظمې افادې سره سمون ولري
tm-doit-etre-un-nombre-superieur-ou = باید داسې عدد وي چې له { $n } سره برابر یا ترې لوی وي
tm-doit-etre-un-nombre-inferieur-ou = باید داسې عدد وي چې له { $n } سره برابر یا ترې کوچنی وي
tm-doit-etre-une-date-dans-le = باید په تېر وخت کې نېټه وي
tm-doit-etre-une-date-comprise-entre = باید د { $start_date } او { $end_date } ترمنځ نېټه وي
tm-doit-etre-une-date-superieure-ou = باید { $date } نېټه یا له هغې وروسته وي
tm-doit-etre-une-date-inferieure-ou = باید { $date } نېټه یا له هغې مخکې وي
tm-doit-comprendre-entre-1-et-3 = باید له ټکي وروسته له 1 تر 3 عددونو پورې ولري
tm-doit-etre-une-date-correctement-formatee = باید په سمه بڼه لیکل شوې نېټه وي
tm-doit-etre-une-date-et-heure = باید په سمه بڼه لیکل شوې نېټه او وخت وي
tm-doit-etre-rempli = باید ډک شي
tm-votre-session-a-ete-renouvelee-merci = ستاسو سیشن نوی شو. مهرباني وکړئ دا کار له همدې پاڼې بیا وکړئ.

## ds: users

tm-ce-dossier-est-depose-sur-une = دا دوسیه په یو آزمایښتي اداري کار کې سپارل شوې. د مدیر له خوا په اداري کار کې هر بدلون (د خانې اضافه کول، د اداري کار خپرول...) به د دې دوسیې د ړنګېدو لامل شي.
tm-votre-dossier-ne-peut-plus-etre = ستاسو دوسیه نور نشي بدلېدای
tm-completez-lidentification-de = د دوام لپاره د ادارې پېژندنه بشپړه کړئ.
tm-votre-dossier-a-bien-ete-duplique = ستاسو دوسیه په بریالیتوب سره کاپي شوه. اوس یې کتلی، سمولی او بیا سپارلی شئ.
tm-linstruction-de-votre-dossier-a-commence = ستاسو د دوسیې څېړنه پیل شوې او نور یې نشئ ړنګولی. که غواړئ څېړنه لغوه شي، د خپلې دوسیې د پیغامونو له لارې له ادارې سره اړیکه ونیسئ.
tm-votre-dossier-a-bien-ete-mis = ستاسو دوسیه د کثافاتو ټوکرۍ ته واچول شوه
tm-le-dossier-n-est-pas-correctement = دوسیه په سمه توګه نه ده ډکه شوې.
tm-votre-dossier-a-bien-ete-restaure = ستاسو دوسیه بېرته راوګرځول شوه
tm-aucun-etablissement-nest-associe-a-ce = هېڅ اداره له دې دوسیې سره تړلې نه ده
tm-identite-enregistree = هویت ثبت شو
tm-attestation-de-depot = د سپارلو تصدیق‌لیک (attestation de dépôt)
tm-dossier-depose-le = د دوسیې د سپارلو نېټه:
tm-etat-du-dossier = د دوسیې حالت
tm-depose-en-attente-dexamen-par = سپارل شوې، د ادارې د څېړنې په تمه
tm-refuse = رد شوې
tm-classe-sans-suite = پرته له تعقیب وتړل شوه
tm-service-administratif = اداري څانګه
tm-fait-le = په { $date } جوړ شو،
tm-obtenir-une-attestation-de-depot-de = د دوسیې د سپارلو تصدیق‌لیک ترلاسه کول
tm-dossier-n-en-corbeille = دوسیه شمېره { $n } - د کثافاتو په ټوکرۍ کې
tm-vous-pouvez-retrouver-ce-dossier-depuis = دا دوسیه د خپل حساب د کثافاتو ټوکرۍ په برخه کې موندلی شئ. اوس یې کتل ممکن نه دي.
tm-ce-dossier-a-ete-mis-a = دا دوسیه ستاسو په غوښتنه د کثافاتو ټوکرۍ ته واچول شوه: لا هم یې بېرته راګرځولی شئ.
tm-si-ce-dossier-a-ete-mis = که دا دوسیه ستاسو په غوښتنه د کثافاتو ټوکرۍ ته اچول شوې وي: لا هم یې بېرته راګرځولی شئ.
tm-si-ce-dossier-a-ete-mis-2 = که دا دوسیه په اوتومات ډول د کثافاتو ټوکرۍ ته اچول شوې وي ځکه چې د ساتلو تر ټولو اوږده موده یې پای ته رسېدلې: مهرباني وکړئ ژر تر ژره یې ښکته کړئ، مخکې له دې چې د تل لپاره ړنګه شي.
tm-dossier-n-supprime-definitivement = دوسیه شمېره { $n } - د تل لپاره ړنګه شوه
tm-vous-ne-pouvez-plus-recuperer-ce = د لاندې دلیلونو څخه د یوه له امله نور دا دوسیه بېرته نشئ راګرځولی:
tm-il-a-ete-mis-a-la = ستاسو په غوښتنه د کثافاتو ټوکرۍ ته واچول شوه، بیا په اوتومات ډول ړنګه شوه.
tm-il-a-ete-supprime-car-son = ړنګه شوه ځکه چې د ساتلو تر ټولو اوږده موده یې پای ته ورسېده.
tm-vous-pouvez-retrouver-lensemble-des = د خپل حساب ټولې ړنګې شوې دوسیې (پرته له مسودو، "BROUILLON") د ړنګو شویو دوسیو د تاریخچې په پاڼه کې موندلی شئ.

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = ستاسو د FranceConnect حساب { $email } د اړیکې ایمیل په توګه کاروي.
tm-souhaitez-vous-lutiliser-pour-recevoir = ایا غواړئ دا ستاسو د دوسیو د پرمختګ په اړه د خبرتیاوو د ترلاسه کولو لپاره وکاروئ؟
tm-valider = تایید
tm-veuillez-nous-fournir-ladresse = مهرباني وکړئ هغه ایمیل پته راکړئ چې له تاسو سره د اړیکې لپاره یې وکاروو
tm-oui-utiliser-comme-adresse-electronique = هو، { $email } د اړیکې د ایمیل په توګه وکاروئ
tm-non-utiliser-une-autre-adresse = نه، بله ایمیل پته وکاروئ
tm-fusion-des-comptes-franceconnect-et = د FranceConnect او { $name } د حسابونو یوځای کول
tm-bonjour-votre-compte-franceconnect = سلام، ستاسو د FranceConnect حساب { $email } د اړیکې د ایمیل په توګه کاروي. خو په { $name } کې د همدې ایمیل پتې سره یو حساب شته.
tm-pour-les-fusionner-entrez-votre-mot = د هغوی د یوځای کولو لپاره، خپل پټنوم ولیکئ
tm-fusionner-les-comptes = د حسابونو یوځای کول
tm-utiliser-cette-adresse-electronique = دا ایمیل پته وکاروئ
tm-nous-venons-de-vous-envoyer-le = موږ همدا اوس تاسو ته د تایید ایمیل ولېږه، مهرباني وکړئ د خپلو حسابونو د یوځای کولو لپاره په دې ایمیل کې په لینک کلیک وکړئ
tm-le-lien-de-confirmation-a-expire = د تایید لینک موده پای ته رسېدلې. یو نوی د تایید لینک تاسو ته په ایمیل کې ولېږل شو.
tm-une-erreur-inattendue-est-survenue = یوه ناڅاپي تېروتنه وشوه. که ستونزه پاتې شوه، مهرباني وکړئ له ملاتړ سره اړیکه ونیسئ.
tm-vous-avez-ete-deconnecte-de-votre = تاسو له خپل پخواني حساب څخه وویستل شوئ. مهرباني وکړئ بیا د تایید په لینک کلیک وکړئ.
tm-utilisateur-non-trouve = کاروونکی ونه موندل شو
tm-les-comptes-franceconnect-et-sont-a = د FranceConnect او { $name } حسابونه اوس یوځای شول

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = خپل تصدیق‌لیک له دې پتې ښکته کولی شئ: { $link }
tm-pour-obtenir-le-detail-de-cette = د پرېکړې د دې بدلون د جزییاتو لپاره، له دې څانګې سره اړیکه نیولی شئ: { $name }.
tm-a-ete-refuse-le = په { $date } رد شو
tm-le-motif-de-refus-est-le = د ردولو دلیل دا دی:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = تاسو د خپلو ځینو اداري کارونو لپاره د څانګې SIRET شمېره نه ده لیکلې. مهرباني وکړئ هغه سم کړئ.
tm-certaines-de-vos-demarches-nont-pas = ستاسو ځینې اداري کارونه تړلې څانګه نه لري.
tm-ajouter-un-service-a-la-demarche = { $n } اداري کار ته د څانګې اضافه کول
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [one] د ډکولو اټکلي وخت: { $n } دقیقه (د ټاکل شویو انتخابونو له مخې توپیر کوي)
       *[other] د ډکولو اټکلي وخت: { $n } دقیقې (د ټاکل شویو انتخابونو له مخې توپیر کوي)
    }
tm-quels-sont-les-delais-dinstruction-pour = د دې اداري کار د څېړنې موده څومره ده؟
tm-liste-des-pieces-en-fonction-de = ستاسو د حالت له مخې د اسنادو لېست
tm-le-sva-ou-silence-vaut-accord = SVA یا «چوپتیا د منلو په معنا ده» (« Silence Vaut Accord ») یو قانوني اصل دی چې ټاکي که اداره ځواب ورنکړي، له غوښتنې سره به څه کېږي: که ستاسو دوسیه بشپړه وي، غوښتنه به د یوې ټاکلې مودې وروسته په اوتومات ډول ومنل شي.
tm-le-svr-ou-silence-vaut-rejet = SVR یا «چوپتیا د ردولو په معنا ده» (« Silence Vaut Rejet ») یو قانوني اصل دی چې ټاکي که اداره ځواب ورنکړي، له غوښتنې سره به څه کېږي: که ستاسو دوسیه بشپړه وي، غوښتنه به د یوې ټاکلې مودې وروسته په اوتومات ډول رد شي.

## ds: layouts

tm-super-admin = لوی مدیر (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = د سړک شمېره او نوم، یا د ځای نوم (lieu-dit) ولیکئ
tm-renseigner-la-ville-ou-commune = ښار یا ښاروالي ولیکئ
tm-renseigner-un-code-postal = پوستي کوډ ولیکئ
tm-format-attendu-jj-mm-aaaa = غوښتل شوې بڼه: JJ/MM/AAAA (ورځ/میاشت/کال).
tm-format-attendu-jj-mm-aaaa-hh = غوښتل شوې بڼه: JJ/MM/AAAA HH:MM (ورځ/میاشت/کال ساعت:دقیقه).
tm-format-attendu-un-numero-de-dossier = غوښتل شوې بڼه: په { $name } کې د سپارل شوې دوسیې شمېره
tm-ne-doit-pas-contenir-de-caracteres = باید ځانګړې نښې ونه لري
tm-doit-faire-au-moins-caracteres = { $n ->
        [one] باید لږ تر لږه { $n } توری ولري
       *[other] باید لږ تر لږه { $n } توري ولري
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [one] باید له { $n } توري لږ ولري
       *[other] باید له { $n } تورو لږ ولري
    }
tm-est-invalide-saisissez-un-numero-iban = ناسم دی. یوه سمه IBAN شمېره ولیکئ. بېلګه (فرانسه): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = بېلګه (فرانسه): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = تاسو یو یا څو انتخابونه ټاکلی شئ.

## ds: activemodel

tm-region-code-region = سیمه (région) او د سیمې کوډ

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = غوښتل شوې بڼه: یوه سمه د تلیفون شمېره. بېلګه: 0612345678
tm-doit-commencer-par-un-w-majuscule = باید په لوی W پیل شي او ورپسې 9 عددونه یا توري راشي. بېلګه: W503726238
tm-le-numero-rna-saisi-ne-correspond = هغه RNA شمېره { $value } چې تاسو ولیکله له هېڅ ادارې سره سمون نه خوري، سمه RNA شمېره ولیکئ
tm-une-erreur-reseau-a-empeche-lassociation = د شبکې یوې تېروتنې ونه ښوده چې له دې RNA سره تړلې ټولنه ومومو، وروسته بیا هڅه وکړئ
tm-numero-rna = د RNA شمېره (د ټولنو ثبت)
tm-nom-de-lassociation = د ټولنې نوم
tm-objet-de-lassociation = د ټولنې موخه
tm-date-de-creation = د جوړېدو نېټه
tm-date-de-publication = د خپرېدو نېټه
tm-format-attendu-un-w-majuscule-suivi = غوښتل شوې بڼه: لوی W او ورپسې 9 عددونه یا توري. بېلګه: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (هېڅ بنسټ ونه موندل شو)
tm-numero-rnf = د RNF شمېره (د بنسټونو ثبت)
tm-mise-a-jour-le = د تازه کېدو نېټه
tm-comporte-une-erreur-de-saisie-corrigez = د لیکلو تېروتنه لري. هغه سمه کړئ.
tm-ne-correspond-pas-a-un-etablissement = له هېڅ موجودې ادارې سره سمون نه خوري
tm-dossier-supprime = ړنګه شوې دوسیه
tm-demande-de-lusager = د کاروونکي غوښتنه
tm-suppression-dune-demarche = د یو اداري کار ړنګول
tm-numero-de-dossier = د دوسیې شمېره
tm-etat = حالت
tm-demande-de-correction = د سمون غوښتنه
tm-pour-vous = د ځان لپاره
tm-pour-un-beneficiaire-membre-de-la = د یو ګټه اخیستونکي لپاره: د کورنۍ غړی، نږدې کس، موکل، مسلکي کس چې د دوسیې تعقیب یې په غاړه دی…
tm-a-corriger = باید سم شي
tm-dossier-non-modifie = دوسیه بدله نه شوه
tm-demande-de-correction-annulee = د سمون غوښتنه لغوه شوه
tm-reponse-donnee = ځواب ورکړل شو
tm-le-dossier-nest-pas-valide-et = دوسیه سمه نه ده او سمون ته اړتیا لري
tm-le-dossier-doit-etre-mis-a = دوسیه باید تازه شي او بیا تایید شي
tm-depose-depuis-longtemps = له ډېر وخت راهیسې سپارل شوې
tm-depose-depuis-j = { $days ->
        [one] له { $days } ورځې راهیسې سپارل شوې
       *[other] له { $days } ورځو راهیسې سپارل شوې
    }
tm-expire-bientot = ژر به یې موده پای ته ورسېږي
tm-expire-dans-j = { $days ->
        [one] موده یې په { $days } ورځ کې پای ته رسېږي
       *[other] موده یې په { $days } ورځو کې پای ته رسېږي
    }
tm-bientot-supprime = ژر به ړنګ شي
tm-suppression-dans-j = { $days ->
        [one] په { $days } ورځ کې ړنګېږي
       *[other] په { $days } ورځو کې ړنګېږي
    }
tm-message = پیغام
tm-annotation-privee = شخصي یادښت
tm-ladresse-electronique = ایمیل پته { $message }
tm-est-invalide = ناسمه ده
tm-parcelle-agricole = کرنیزه ټوټه ځمکه
tm-selection-utilisateur = د کاروونکي ټاکنه
tm-ne-peut-pas-etre-vide = نشي کولی تش وي
tm-nest-pas-un-geojson-valide = سم GeoJSON نه دی
tm-contient-des-coordonnees-invalides = ناسم کوارډینېټونه لري، مهرباني وکړئ د WGS84 کوارډینېټ سیسټم وکاروئ

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = ټوټه ځمکه شمېره { $n } - پاڼه { $prefixe } { $section } - { $surface } متر مربع – ښاروالي { $commune }
tm-parcelle-n-hectares = ټوټه ځمکه شمېره { $n } - { $surface } هکتاره
tm-une-aire-de-surface-m2 = یوه سیمه چې مساحت یې { $area } متر مربع دی
tm-une-aire-de-surface-inconnue = یوه سیمه چې مساحت یې نامعلوم دی

## ds: activerecord

tm-doit-etre-different-de-celui-du = باید د وکیل (mandataire) له ایمیل څخه توپیر ولري
tm-notifier-le-beneficiaire = ګټه اخیستونکي ته خبر ورکول:
tm-pas-de-notification = خبرتیا نشته
tm-votre-dossier-n-est-en-train = ستاسو د { $n } شمېرې دوسیه بیا تر څېړنې لاندې ده ({ $name })

## ds: activemodel

tm-annee = کال
tm-depuis-le-debut = له پیله
tm-en = (په { $year } کال کې)
tm-nombre-de-demarches = د اداري کارونو شمېر
tm-nombre-de-demarches-publiees-ou-closes = د خپرو شویو یا تړل شویو اداري کارونو شمېر { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = دوسیه د FranceConnect د یو حساب له لارې سپارل شوې ده.
tm-le-dossier-a-ete-depose-par-2 = دوسیه د { $name } د حساب له لارې سپارل شوې ده.
tm-le-service-traitant-na-pas-ete = مسؤله څانګه ونه توانېده چې ستاسو غوښتنه د «چوپتیا د ردولو په معنا ده» (Silence Vaut Rejet) قاعدې په ټاکلې موده کې وڅېړي.
tm-expirera-le-mois-apres-le-depot = { $n ->
        [one] په { $date } به یې موده پای ته ورسېږي (د دوسیې له سپارلو { $n } میاشت وروسته)
       *[other] په { $date } به یې موده پای ته ورسېږي (د دوسیې له سپارلو { $n } میاشتې وروسته)
    }
tm-ce-dossier-est-en-instruction-il = دا دوسیه تر څېړنې لاندې ده، موده یې نه پای ته رسېږي
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [one] په { $date } به یې موده پای ته ورسېږي (د دوسیې له څېړلو { $n } میاشت وروسته)
       *[other] په { $date } به یې موده پای ته ورسېږي (د دوسیې له څېړلو { $n } میاشتې وروسته)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [one] په { $date } به یې موده پای ته ورسېږي (د دوسیې له څېړلو { $n } میاشت وروسته)
       *[other] په { $date } به یې موده پای ته ورسېږي (د دوسیې له څېړلو { $n } میاشتې وروسته)
    }
tm-la-recuperation-automatique-des-donnees = د { $numero_allocataire } شمېرې مرسته اخیستونکي لپاره چې پوستي کوډ یې { $code_postal } دی، د معلوماتو اوتومات راوړل روان دي.
tm-des-donnees-concernant-liees-au-compte = د { $sources } په اړه معلومات چې د { $numero_allocataire } شمېرې حساب سره تړلي دي او پوستي کوډ یې { $code_postal } دی، له CAF څخه ترلاسه شول.
tm-donnees-obtenues-de-la-caisse-nationale = د کورنۍ مرستو له ملي صندوق (Caisse nationale d’allocations familiales) څخه ترلاسه شوي معلومات
tm-la-recuperation-automatique-des-donnees-2 = د { $numero_fiscal } شمېرې مالیه ورکوونکي لپاره چې د خبرتیا مرجع یې { $reference_avis } ده، د معلوماتو اوتومات راوړل روان دي.
tm-des-donnees-concernant-liees-au = د { $sources } په اړه معلومات چې د { $numero_fiscal } شمېرې مالیه ورکوونکي سره تړلي دي او د خبرتیا مرجع یې { $reference_avis } ده، له DGFiP (مالیاتي ادارې) څخه ترلاسه شول.
tm-donnees-obtenues-de-la-direction = د عامه مالیې له عمومي ریاست (Direction générale des Finances publiques) څخه ترلاسه شوي معلومات
tm-la-recuperation-automatique-des-donnees-3 = د { $identifiant } پېژند لپاره د معلوماتو اوتومات راوړل روان دي.
tm-des-donnees-concernant-liees-a = د { $sources } په اړه معلومات چې د { $identifiant } پېژند سره تړلي دي، له Pôle emploi څخه ترلاسه شول.
tm-donnees-obtenues-de-pole-emploi = له Pôle emploi (د کار موندلو اداره) څخه ترلاسه شوي معلومات
tm-des-donnees-concernant-liees-a-line = د { $sources } په اړه معلومات چې د INE { $ine } سره تړلي دي، له MESRI (د لوړو زده کړو وزارت) څخه ترلاسه شول.
tm-donnees-obtenues-du-mesri = له MESRI (د لوړو زده کړو وزارت) څخه ترلاسه شوي معلومات
tm-entrer-une-autre-option = بل انتخاب ولیکئ

## ds: carte

tm-deploiement-par-departement = د ولایت (département) له مخې پلي کېدل
tm-quelle-carte-souhaitez-vous = کومه نقشه غواړئ؟

## ds: views

tm-selectionnez = وټاکئ

## ds: activerecord

tm-votre-adresse-electronique = ستاسو مسلکي ایمیل پته
tm-sujet = موضوع

## ds: contact

tm-votre-question = ستاسو پوښتنه
tm-notre-reponse = زموږ ځواب
tm-une-capture-decran-peut-nous-aider = د سکرین انځور (سکرین شاټ) له موږ سره مرسته کولی شي چې هغه ځای په اسانۍ ومومو چې باید ښه شي.
tm-une-capture-decran-peut-nous-aider-2 = د سکرین انځور (سکرین شاټ) له موږ سره مرسته کولی شي چې ستونزه په اسانۍ ومومو.
tm-taille-maximale-autorisee-200-mo-formats = تر ټولو زیاته اجازه لرونکې اندازه: 200 میګابایټه. منل شوې بڼې: jpg، png، pdf.
tm-contactez-nous-via-ce-formulaire-et = د دې فورمې له لارې له موږ سره اړیکه ونیسئ او موږ به ژر تر ژره ځواب درکړو. هڅه وکړئ چې څومره ممکن وي ډېر معلومات راکړئ چې تاسو سره ښه مرسته وکړو.
tm-jai-un-probleme-lors-du-remplissage = د خپلې دوسیې د ډکولو پر مهال ستونزه لرم
tm-avez-vous-bien-verifie-que-tous = ایا ډاډ مو ترلاسه کړی چې ټولې اړینې خانې ( * ) ډکې شوې دي؟ که د هغو معلوماتو په اړه پوښتنې لرئ چې باید ولیکل شي، له هغو څانګو سره اړیکه ونیسئ چې د دې اداري کار مسؤلې دي (FAQ).
tm-jai-une-question-sur-linstruction-de = د خپلې دوسیې د څېړنې په اړه پوښتنه لرم
tm-si-vous-avez-des-questions-sur = که د خپلې دوسیې د څېړنې په اړه پوښتنې لرئ (د بېلګې په توګه د مودې په اړه)، مهرباني وکړئ د خپلې پیغامونو برخې له لارې مستقیماً له هغو څانګو سره اړیکه ونیسئ چې ستاسو دوسیه څېړي (FAQ). که غواړئ د سایټ د تخنیکي ستونزې په اړه پوښتنه وکړئ، لاندې فورمه وکاروئ. موږ نشو کولی ستاسو د دوسیې د څېړنې په اړه معلومات درکړو.
tm-jai-une-idee-damelioration-pour-votre = ستاسو د سایټ د ښه کولو لپاره یو نظر لرم
tm-une-idee-pensez-a-consulter-notre = نظر لرئ؟ زموږ د ښه والي د وړاندیزونو پاڼه وګورئ: هغو ښه والو ته رایه ورکړئ چې تاسو ته مهم دي، او خپل نظر وړاندې کړئ.
tm-nous-vous-invitons-a-contacter = مهرباني وکړئ له هغې ادارې سره اړیکه ونیسئ چې ستاسو د اداري کار مسؤله ده چې هغه لینک درکړي چې باید یې پرانیزئ. دا لینک باید داسې وي: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. دلته د خپلو تر ټولو ډېرو کارول شویو اداري کارونو لېست هم لیدلی شئ (permis، detr، او نور).
tm-autre-sujet = بله موضوع
tm-votre-message-a-ete-envoye-sur = ستاسو پیغام ستاسو د دوسیې د پیغامونو برخې ته ولېږل شو.
tm-votre-message-a-ete-envoye = ستاسو پیغام ولېږل شو.
tm-la-piece-jointe-doit-etre-un = ضمیمه باید فایل وي

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = تاسو ته د هغې ادارې له خوا نوی پیغام راغلی چې د «{ $name }» اداري کار کې ستاسو د دوسیې مسؤله ده.
tm-pour-consulter-le-message-et-y = د پیغام د لوستلو او ځواب ورکولو لپاره، لاندې تڼۍ کېکاږئ:
tm-si-vous-souhaitez-repondre-a-ce = که غواړئ دې پیغام ته ځواب ورکړئ، مستقیماً له ادارې سره په دې پته اړیکه ونیسئ: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = که غواړئ دې پیغام ته ځواب ورکړئ، مستقیماً له ادارې سره د هغو اړیکو معلوماتو له لارې اړیکه ونیسئ چې د دې ایمیل په پای کې دي.
tm-lire-le-message = د پیغام لوستل
tm-vous-avez-commence-a-remplir-un = تاسو د «{ $name }» اداري کار لپاره د یوې دوسیې ډکول پیل کړي دي.
tm-vous-pouvez-retrouver-et-completer-votre = د لاندې تڼۍ په کېکاږلو سره خپله دوسیه موندلی او بشپړولی شئ:
tm-vous-pouvez-deposer-votre-dossier = خپله دوسیه تر { $before } پورې سپارلی شئ.
tm-afficher-votre-dossier = خپله دوسیه وګورئ
tm-vous-devez-corriger-votre-dossier-n = تاسو باید خپله د { $n } شمېرې دوسیه «{ $name }» سمه کړئ
tm-afin-de-poursuivre-son-instruction-un = د څېړنې د دوام لپاره، یو څېړونکی کارکوونکی له تاسو غواړي چې د «{ $name }» اداري کار کې په خپله د { $n } شمېرې دوسیه کې سمونونه وکړئ.
tm-afin-de-commencer-son-instruction-un = د څېړنې د پیل لپاره، یو څېړونکی کارکوونکی له تاسو غواړي چې د «{ $name }» اداري کار کې خپله د { $n } شمېرې دوسیه بشپړه کړئ.
tm-consultez-la-messagerie-de-votre-dossier = د خپلې دوسیې د پیغامونو برخه وګورئ چې پوه شئ کوم بدلونونه باید وکړئ، بیا دوسیه مستقیماً په سایټ کې بدله کړئ.
tm-ouvrir-la-messagerie = د پیغامونو برخه پرانیزئ
tm-vous-avez-une-demande-de-transfert = تاسو د لېږد یوه غوښتنه لرئ چې ستاسو په تمه ده.
tm-afin-de-pouvoir-accepter-ou-refuser = د غوښتنې د منلو یا ردولو لپاره باید { $name } ته ننوځئ:
tm-acceder-a-la-demande-de-transfert = د لېږد غوښتنې ته تلل
tm-afin-de-pouvoir-accepter-ou-refuser-2 = د غوښتنې د منلو یا ردولو لپاره باید حساب ولرئ:
tm-se-creer-un-compte-sur = په { $name } کې حساب جوړ کړئ
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [one] { $name } تاسو ته د { $n } دوسیې د لېږد غوښتنه لېږي.
       *[other] { $name } تاسو ته د { $n } دوسیو د لېږد غوښتنه لېږي.
    }
tm-vous-adresse-une-demande-de-transfert-2 = { $name } تاسو ته د { $n } شمېرې دوسیې د لېږد غوښتنه لېږي، په دې اداري کار کې

## ds: layouts

tm-accueil-liste-des-demarches = لومړی مخ - د اداري کارونو لېست
tm-vous-etes-ici = تاسو دلته یاست
tm-voir-le-fil-dariane = د پاڼو لار وګورئ
tm-previsualiser-le-formulaire = د فورمې مخکتنه
tm-previsualiser-les-annotations = د یادښتونو مخکتنه
tm-depuis-le = له { $date } راهیسې
tm-publiee = خپره شوې
tm-en-test = د آزمایښت په حال کې
tm-a-modifier = باید بدله شي
tm-pour-plus-dinformation-sur-la-phase = د آزمایښت د پړاو په اړه د نورو معلوماتو لپاره
tm-consulter-la-faq = ډېرې پوښتل شوې پوښتنې (FAQ) وګورئ
tm-suivi-des-dossiers = { $name } – د دوسیو تعقیب
tm-modifier-le-lien-de-la-demarche = د اداري کار لینک بدلول
tm-pour-vous-adresser-a-votre = له خپلې ادارې سره د اړیکې لپاره، مستقیماً دا وکاروئ:
tm-page-de-contact = د اړیکې پاڼه:
tm-horaires = د کار وخت:
tm-consultez-laide-en-ligne = آنلاین مرسته وګورئ
tm-consultez-la-page-de-contact-de = د ادارې د اړیکې پاڼه وګورئ
tm-lequipe = ټیم
tm-nous-vous-informons-que-le-dossier = تاسو ته خبر درکوو چې د { $dossier_id } شمېرې دوسیه، چې { $mandataire_first_name } { $mandataire_last_name } ستاسو په نوم ډکه کړې، په دې اداري کار کې
tm-a-ete-classe-sans-suite-le = په { $date } پرته له تعقیب وتړل شوه.
tm-a-ete-rendue = صادره شوه.

## ds: root

tm-effectuer-une-demarche-administrative-en = آنلاین اداري کار ترسره کول
tm-vous-souhaitez-effectuer-une-demande = غواړئ یوې ادارې ته غوښتنه وکړئ؟
tm-realisez-vos-demandes-en-toute = خپلې غوښتنې په اسانۍ سره ترسره کړئ او خپلې دوسیې آنلاین ومومئ
tm-comment-trouver-ma-demarche = خپل اداري کار څنګه ومومم؟
tm-dossiers-deposes = سپارل شوې دوسیې
tm-reduction-des-delais-de-traitement = د څېړنې د مودې کمښت
tm-une-question-un-probleme = پوښتنه یا ستونزه لرئ؟
tm-la-reponse-est-dans-laide-en = ځواب په آنلاین مرسته کې دی
tm-administration-vous-voulez = ادارې: غواړئ خپل کارونه آنلاین کړئ؟

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect هغه حل دی چې دولت یې ستاسو آنلاین خدمتونو ته د ننوتلو د خوندي او اسانه کولو لپاره وړاندې کوي.
tm-sidentifier-avec = ننوتل د دې له لارې
tm-ou = یا
tm-vous-avez-deja-un-compte = ایا دمخه حساب لرئ؟
tm-jai-deja-un-compte = دمخه حساب لرم
tm-creer-un-compte = حساب جوړول
tm-votre-adresse-electronique-nest-pas = ستاسو ایمیل پته نه ده تایید شوې، نو د { $name } پیغامونه به ترلاسه نه کړئ. مهرباني وکړئ خپل راغلي ایمیلونه وګورئ او د تایید په لینک کلیک وکړئ. ایمیل مو نه دی ترلاسه کړی؟
tm-telecharger-le-modele = د نمونې ښکته کول

## ds: commencer

tm-commencer-la-demarche = د اداري کار پیلول
tm-vous-avez-deja-des-dossiers-pour = تاسو د دې اداري کار لپاره دمخه دوسیې لرئ
tm-voir-mes-dossiers-en-cours = زما روانې دوسیې وګورئ
tm-vous-avez-un-dossier-prerempli = تاسو یوه مخکې ډکه شوې دوسیه لرئ
tm-vous-etes-prete-a-poursuivre-un = تاسو چمتو یاست چې د «{ $name }» اداري کار کې یوه مخکې ډکه شوې دوسیه دوام کړئ، چې { $time } وړاندې پیل شوې.
tm-vous-avez-deja-commence-a-remplir = تاسو دمخه د یوې دوسیې ډکول پیل کړي دي
tm-il-y-a-vous-avez-depose = { $time } وړاندې، تاسو د «{ $name }» اداري کار کې یوه دوسیه وسپارله.
tm-poursuivre-mon-dossier-prerempli = زما مخکې ډکې شوې دوسیې ته دوام
tm-continuer-a-remplir-mon-dossier = زما د دوسیې ډکولو ته دوام
tm-voir-mon-dossier-depose = زما سپارل شوې دوسیه وګورئ
tm-vous-souhaitez-effectuer-une-demande-par = غواړئ په کاغذ غوښتنه وکړئ؟ تاسو کولی شئ د PDF په بڼه یوه تشه دوسیه ښکته کړئ او اړوندې ادارې ته یې ولېږئ: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = د PDF په بڼه د تشې دوسیې ښکته کول
tm-vos-derniers-dossiers-crees = { $n ->
        [one] ستاسو وروستۍ { $n } جوړه شوې دوسیه:
       *[other] ستاسو وروستۍ { $n } جوړې شوې دوسیې:
    }
tm-n-cree-il-y-a = شمېره { $n }، { $date } وړاندې جوړه شوې، { $state }
tm-la-demarche-est-close-depuis-le = د { $name } اداري کار له { $date } راهیسې تړل شوی دی

## ds: users

tm-vous-vous-appretez-a-transferer-le = تاسو غواړئ د { $n } شمېرې { $state } دوسیه، چې { $name } په { $date } سپارلې، د بل کاروونکي حساب ته ولېږدوئ.
tm-envoyer-la-demande-de-transfert = د لېږد غوښتنه ولېږئ
tm-linvitation-au-transfert-a-ete-envoyee = د لېږد بلنه په بریالیتوب سره ولېږل شوه
tm-la-demande-de-transfert-a-ete = د لېږد غوښتنه په بریالیتوب سره ړنګه شوه
tm-la-demarche-liee-a-votre-dossier = ستاسو له دوسیې سره تړلی اداري کار ړنګ شوی دی
tm-la-demarche-liee-a-votre-dossier-2 = ستاسو له دوسیې سره تړلی اداري کار تړل شوی دی
tm-vous-pouvez-toujours-consulter-votre = تاسو لا هم خپله دوسیه لیدلی شئ، خو نور یې نشئ بدلولی.
tm-votre-dossier-a-ete-traite-par = ستاسو دوسیه د ادارې له خوا څېړل شوې، هېڅ کار نور ممکن نه دی
tm-vous-pouvez-toujours-consulter-votre-2 = تاسو لا هم خپله دوسیه لیدلی شئ، خو اداره به یې ونه څېړي
tm-voir-la-demarche = اداري کار وګورئ
tm-une-nouvelle-demarche-est-disponible = یو نوی اداري کار شته، دلته یې وګورئ:
tm-pour-plus-dinformations-veuillez-vous = د نورو معلوماتو لپاره، مهرباني وکړئ له { $name } څانګې سره اړیکه ونیسئ، په { $service_phone_number } شمېره یا په ایمیل { $email }
tm-votre-dossier-est-en-attente-de = { $n ->
        [one] ستاسو دوسیه انتظار باسي چې اداره یې په پام کې ونیسي. د انتظار تر ټولو اوږده موده { $n } میاشت ده. خو تاسو کولی شئ دا موده د لاندې تڼۍ په کېکاږلو اوږده کړئ.
       *[other] ستاسو دوسیه انتظار باسي چې اداره یې په پام کې ونیسي. د انتظار تر ټولو اوږده موده { $n } میاشتې ده. خو تاسو کولی شئ دا موده د لاندې تڼۍ په کېکاږلو اوږده کړئ.
    }
tm-conserver-mois-supplementaire = { $n ->
        [one] د نورې { $n } میاشتې لپاره ساتل
       *[other] د نورو { $n } میاشتو لپاره ساتل
    }
tm-cadre-juridique = قانوني چوکاټ
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [one] د معلوماتو ساتنه او آرشیف: { $n } میاشت
       *[other] د معلوماتو ساتنه او آرشیف: { $n } میاشتې
    }
tm-texte-cadrant-la-demande-dinformation = هغه قانوني متن چې د معلوماتو دا غوښتنه تنظیموي
tm-contacter-le-delegue-a-la-protection = د معلوماتو د ساتنې له مسؤل سره اړیکه
tm-dematerialisation = د کارونو آنلاین کول (Dématérialisation)
tm-trouver-une-maison-france-services = د France Services دفتر پیدا کول
tm-profil = پروفایل
tm-nouvelle-adresse-electronique = نوې ایمیل پته
tm-votre-adresse-electronique-actuelle = ستاسو اوسنۍ ایمیل پته
tm-changer-mon-adresse = زما پته بدلول
tm-transferer-tous-vos-dossiers = ستاسو د ټولو دوسیو لېږدول
tm-cette-fonctionnalite-vous-permet-de = دا امکان تاسو ته اجازه درکوي چې د خپلو ټولو دوسیو خاوند بدل کړئ. دا معمولاً د دندې د بدلون پر مهال یا کله ګټور دی چې غواړئ څو حسابونه یوځای کړئ.
tm-adresse-electronique-du-prochain = ستاسو د ټولو دوسیو د راتلونکي خاوند ایمیل پته
tm-le-nouveau-proprietaire-doit-confirmer = نوی خاوند { $email } باید د هغو لارښوونو په تعقیب چې په خپل ایمیل کې یې ترلاسه کړې، د یوې دوسیې لېږد تایید کړي.
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [one] نوی خاوند { $email } باید د هغو لارښوونو په تعقیب چې په خپل ایمیل کې یې ترلاسه کړې، ستاسو د { $n } دوسیې لېږد تایید کړي.
       *[other] نوی خاوند { $email } باید د هغو لارښوونو په تعقیب چې په خپل ایمیل کې یې ترلاسه کړې، ستاسو د { $n } دوسیو لېږد تایید کړي.
    }
tm-confirmez-vous-le-transfert = لېږد تاییدوئ؟
tm-transferer-tous-mes-dossiers = زما د ټولو دوسیو لېږدول
tm-changement-en-attente = د انتظار په حال کې بدلون:
tm-doit-sassurer-que-votre-compte-est = { $name } باید ډاډ ترلاسه کړي چې ستاسو حساب د مسلکي کار لپاره کارول کېږي. موږ کولی شو دې ډومېنونو ته د ایمیل بدلون په اوتومات ډول اجازه ورکړو: { $legit_admin_domains } که ستاسو حالت داسې نه وي، له ملاتړ سره اړیکه ونیسئ: { $email }
tm-votre-compte-sur-est-actuellement-lie = په { $name } کې ستاسو حساب اوس له دې هویت سره تړلی دی:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [one] په { $name } کې ستاسو حساب اوس له دې { $n } هویت سره تړلی دی:
       *[other] په { $name } کې ستاسو حساب اوس له دې { $n } هویتونو سره تړلی دی:
    }
tm-interdire-lacces = لاسرسی منع کول
tm-le-transfert-dun-dossier-a-est = { $email } ته د یوې دوسیې لېږد روان دی
tm-le-transfert-de-dossiers-a-est = { $n ->
        [one] { $email } ته د { $n } دوسیې لېږد روان دی
       *[other] { $email } ته د { $n } دوسیو لېږد روان دی
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = خدمت اوس لنډمهاله شتون نه لري. مهرباني وکړئ وروسته بیا غوښتنه وکړئ.
tm-numero-de-la-declaration-de-perte = د ورکېدو د اعلان شمېره (déclaration de perte)
tm-mettre-a-jour-mes-documents = زما د اسنادو تازه کول
tm-nombre-d-enfants-a-charge = د هغو ماشومانو شمېر چې ستاسو تر کفالت لاندې دي (enfants à charge)
tm-je-ne-suis-pas-un-robot = زه روبوټ نه یم
tm-numero-etranger = د بهرني شمېره (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = نور هېڅ خالي وخت نشته
tm-aucun-creneau-disponible = هېڅ خالي وخت نشته
tm-aucun-creneau-n-est-disponible = هېڅ خالي وخت نشته
tm-pas-de-creneau-disponible = خالي وخت نشته
tm-plus-de-creneau-disponible = نور خالي وخت نشته
tm-aucun-rendez-vous-disponible = هېڅ نوبت نشته
tm-aucun-rendez-vous-n-est-disponible = هېڅ نوبت شتون نه لري
tm-aucune-disponibilite = هېڅ وزګار وخت نشته
tm-tous-les-creneaux-sont-reserves = ټول خالي وختونه نیول شوي دي
tm-toutes-les-plages-horaires-sont = ټولې وختي برخې نیول شوې دي
tm-aucune-plage-horaire = هېڅ وختي برخه نشته
tm-service-momentanement-indisponible = خدمت اوس لنډمهاله شتون نه لري
tm-service-temporairement-indisponible = خدمت لنډمهاله شتون نه لري
tm-service-indisponible = خدمت شتون نه لري
tm-site-en-maintenance = سایټ د ترمیم په حال کې دی
tm-actuellement-en-maintenance = اوس د ترمیم په حال کې
tm-operation-de-maintenance = د ترمیم کار (maintenance)
tm-erreur-technique = تخنیکي تېروتنه
tm-probleme-technique = تخنیکي ستونزه
tm-une-erreur-est-survenue = تېروتنه وشوه
tm-une-erreur-inattendue = ناڅاپي تېروتنه
tm-le-service-rencontre-des-difficultes = خدمت له ستونزو سره مخ دی
tm-nombre-de-connexions = د اتصالونو شمېر
tm-trop-de-demandes = ډېرې غوښتنې
tm-votre-session-a-expire = ستاسو سیشن پای ته ورسېد
tm-session-expiree = سیشن پای ته ورسېد
tm-vous-avez-ete-deconnecte = تاسو له حساب څخه وویستل شوئ
tm-delai-d-inactivite = د بې‌فعالیتۍ موده
tm-code-de-securite-saisi-est-incorrect = هغه امنیتي کوډ چې تاسو ولیکه ناسم دی
tm-code-de-securite-est-incorrect = امنیتي کوډ ناسم دی
tm-captcha-incorrect = کپچا (captcha) ناسمه ده
tm-captcha-invalide = کپچا (captcha) اعتبار نه لري
tm-identifiant-ou-mot-de-passe-incorrect = د ننوتلو نوم یا پټنوم ناسم دی
tm-identifiant-ou-mot-de-passe-invalide = د ننوتلو نوم یا پټنوم اعتبار نه لري
tm-compte-bloque = حساب بند شوی
tm-compte-verrouille = حساب قلف شوی
tm-compte-desactive = حساب غیرفعال شوی
tm-format-de-fichier-non-supporte = د فایل دا ډول نه منل کېږي
tm-format-non-supporte = دا بڼه نه منل کېږي
tm-fichier-trop-volumineux = فایل ډېر لوی دی
tm-depasse-la-taille-maximale = له تر ټولو زیاتې اندازې ډېر دی
tm-dossier-incomplet = نیمګړې دوسیه
tm-piece-manquante = سند کم دی
tm-n-est-pas-valide = سم نه دی
tm-est-obligatoire = اړین دی
tm-numero-etranger-inconnu = د بهرني شمېره (numéro étranger) نامعلومه ده
tm-aucun-dossier-ne-correspond = هېڅ دوسیه سمون نه خوري
tm-delai-d-attente-depasse = د انتظار وخت تېر شو
tm-le-serveur-met-trop-de-temps = سرور ډېر وخت نیسي

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = امنیتي کوډ ولیکئ
tm-verification-de-securite = امنیتي کتنه
tm-le-code-peut-etre-ecoute-avec = کوډ د «کوډ ووایه» (« Énoncer le code ») تڼۍ په واسطه اورېدل کېدای شي؛ د «کوډ بدل کړه» (« Changer le code ») تڼۍ نوی انځور ښيي.
tm-recopiez-les-caracteres-affiches-dans = هغه توري او عددونه ولیکئ چې په انځور کې ښکاري.
tm-veuillez-recopier-le-code-de-securite = مهرباني وکړئ امنیتي کوډ ولیکئ چې د نوبت اخیستلو ته دوام ورکړئ.
tm-prise-de-rendez-vous-demande-de = د نوبت اخیستل — د فرانسې د تابعیت غوښتنه (naturalisation)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = د انځور توري او عددونه ولیکئ
tm-afin-de-verifier-que-vous-netes = د دې لپاره چې معلومه شي تاسو روبوټ نه یاست، هغه توري او عددونه ولیکئ چې په انځور کې ښکاري. د اورېدلو لپاره یې د «د کپچا کوډ ووایه» (« Énoncer le code du captcha ») تڼۍ وکاروئ؛ د بل انځور لپاره د «نوې کپچا جوړه کړه» (« Générer un nouveau captcha ») تڼۍ وکاروئ.
tm-les-majuscules-et-minuscules-ne-sont = د لویو او کوچنیو تورو ترمنځ توپیر نه کېږي.
tm-pour-acceder-au-calendrier-des-rendez = د نوبتونو تقویم ته د رسېدو لپاره، امنیتي کوډ ولیکئ او بیا «بل» (« Suivant ») کېکاږئ.
tm-prise-de-rendez-vous-remise-de = د نوبت اخیستل — د اوسېدو د اجازه‌لیک ترلاسه کول
tm-le-code-de-securite-saisi-est = هغه امنیتي کوډ چې تاسو ولیکه ناسم دی. مهرباني وکړئ بیا هڅه وکړئ.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = ستاسو د اړیکې معلومات
tm-format-attendu-nom-domaine-fr = غوښتل شوې بڼه: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = مخکې له دې چې وخت وټاکئ، مهرباني وکړئ خپله غوښتنه تایید کړئ. نوبتونه هره اونۍ د کړکۍ (guichet) د خالي وختونو له مخې پرانیستل کېږي.
tm-prise-de-rendez-vous-echange-de = د نوبت اخیستل — د بهرني موټر چلولو جواز بدلول

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = د روبوټ ضد کتنه
tm-cliquez-sur-clique-ici-pour-verifier = په «د کتنې لپاره دلته کلیک وکړه» (« Clique ici pour vérifier ») کلیک وکړئ: کتنه په اوتومات ډول، پرته له ازموینې کېږي.
tm-clique-ici-pour-verifier = د کتنې لپاره دلته کلیک وکړه
tm-pour-toute-question-relative-a-vos = د خپلو اداري کارونو په اړه د هرې پوښتنې لپاره (د اوسېدو اجازه‌لیک، د موټر چلولو جواز، ټولنې) دا فورمه وکاروئ. په 15 کاري ورځو کې به ځواب درکړل شي.
tm-nous-contacter = موږ سره اړیکه ونیسئ
tm-nous-verifions-que-vous-netes-pas = موږ ګورو چې تاسو روبوټ نه یاست…
tm-verification-automatique-des-spams = د ناغوښتل شویو پیغامونو (spam) اتومات معاینه پای ته ورسېده

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = د موټر د نمبر پلېټ شمېره (immatriculation)
tm-format-attendu-ab-123-cd = غوښتل شوې بڼه: AB-123-CD
tm-cochez-la-case-je-suis-un = د دوام لپاره د «زه انسان یم» (« Je suis un humain ») خانه نښه کړئ.
tm-envoyer-ma-demande = زما غوښتنه ولېږئ
tm-les-residents-des-secteurs-de = د پیسو ورکولو د پارکینګ د سیمو اوسېدونکي کولی شي داسې کارت وغواړي چې د اوسېدونکو بیه ورکوي. د اوسېدو یو سند چې له 3 میاشتو کم عمر ولري او د موټر د ثبت تصدیق‌لیک چمتو کړئ.
tm-demande-de-carte-de-stationnement = د اوسېدونکو لپاره د موټر درولو (پارکینګ) کارت غوښتنه

## fixture: captcha/image-generic.html

tm-reference-du-dossier = د دوسیې مرجع
tm-recopiez-les-caracteres-affiches = ښکاره توري او عددونه ولیکئ
tm-code-de-securite = امنیتي کوډ
tm-exemple-pc-034172-24-m0123 = بېلګه: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 نښې، عددونه او لوی توري
tm-generer-un-nouveau-code = نوی کوډ جوړ کړئ
tm-envoyer-la-demande = غوښتنه ولېږئ
tm-vous-pouvez-demander-la-copie-dun = تاسو کولی شئ د ودانۍ د جواز یا د مخکېنۍ اعلامیې کاپي وغواړئ چې په دې ښاروالۍ کې صادر شوي وي. اسناد په برېښنايي ډول لېږل کېږي.
tm-demande-de-copie-de-documents-durbanisme = د ښاري جوړونې (ودانیو) د اسنادو د کاپي غوښتنه

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = هره پاڼه، پرته له انټرنېټه، د یو ډول CAPTCHA جوړښت بیا جوړوي چې په دولتي سایټونو کې لیدل کېږي، د دې لپاره چې د Relais پېژندنه وازمویل شي (Relais هېڅکله CAPTCHA نه حل کوي او نه ترې تېرېږي). له هېڅ بهرني خدمت سره اړیکه نه نیول کېږي: سکرېپټونه، چوکاټونه، انځورونه او غږونه ځايي فایلونه دي (vendor/ فولډر).
tm-pages-de-test-widgets-captcha = د ازموینې پاڼې: د CAPTCHA وسیلې

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = نوبت تایید کړئ
tm-choisissez-un-creneau-pour-deposer-votre = د خپلې غوښتنې د سپارلو لپاره یو خالي وخت وټاکئ. امنیتي کتنه د پاڼې له پوره راپورته کېدو وروسته ښکاري.
tm-prise-de-rendez-vous-carte-nationale = د نوبت اخیستل — ملي پېژند کارت او پاسپورت
tm-chargement-de-la-verification-de = امنیتي معاینه بارېږي…
tm-confirmation-du-creneau = د نوبت د وخت تاییدول
tm-cochez-la-case-pour-confirmer-que = په خانه کې نښه ولګوئ چې تایید کړئ چې تاسو انسان یاست.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = امنیتي پوښتنه: 3 + 4 څو کېږي؟
tm-repondez-en-chiffres-cette-question = په عدد ځواب ورکړئ. دا پوښتنه د دې لپاره ده چې معلومه شي تاسو روبوټ نه یاست.
tm-sinscrire = نوم لیکنه
tm-recevez-chaque-mois-lactualite-du = هره میاشت د ولایت (Département) خبرونه ترلاسه کړئ: مرستې، سړکونه، منځنۍ ښوونځي، همبستګي. هر وخت کولی شئ ګډون لغوه کړئ.
tm-inscription-a-la-lettre-dinformation = د خبرپاڼې لپاره نوم لیکنه

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = د نوبت دلیل
tm-cochez-la-case-je-ne-suis = د «زه روبوټ نه یم» (« Je ne suis pas un robot ») خانه نښه کړئ. کېدای شي د انځورونو یوه ازموینه ښکاره شي؛ هغه غږیزه نسخه هم لري.
tm-demander-un-rendez-vous = د نوبت غوښتنه
tm-selectionner-un-motif = یو دلیل وټاکئ
tm-premiere-demande = لومړۍ غوښتنه
tm-renouvellement = نوي کول
tm-duplicata = دوهمه نسخه (duplicata)
tm-ce-formulaire-vous-permet-de-demander = دا فورمه تاسو ته اجازه درکوي چې د رون د پریفکتور (préfecture du Rhône، لیون) د بهرنیانو په کړکۍ کې د نوبت غوښتنه وکړئ. تایید به تاسو ته په ایمیل کې ولېږل شي.
tm-prise-de-rendez-vous-depot-de = د نوبت اخیستل — د اوسېدو د اجازه‌لیک غوښتنه سپارل

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = د سند ډول
tm-copie-integrale = بشپړه کاپي
tm-extrait-avec-filiation = لنډیز د مور او پلار له نومونو سره
tm-extrait-sans-filiation = لنډیز پرته د مور او پلار له نومونو
tm-demandez-en-ligne-une-copie-integrale = په لیون کې د زېږېدنې لپاره، د زېږېدنې د سند بشپړه کاپي یا لنډیز آنلاین وغواړئ. سند په 8 ورځو کې په پوست لېږل کېږي.
tm-ce-site-est-protege-par-recaptcha = دا سایټ د reCAPTCHA په واسطه خوندي دی؛ د Google د محرمیت قواعد او د کارونې شرایط پلي کېږي.
tm-demande-dacte-de-naissance = د زېږون د سند (acte de naissance) غوښتنه

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = دا آزمایښتي پاڼه ده: غوښتنه هېڅ څانګې ته نه ده لېږل شوې.
tm-votre-demande-a-bien-ete-envoyee = ستاسو غوښتنه ولېږل شوه
tm-donnees-recues = ترلاسه شوي معلومات
tm-aucune-donnee-recue = هېڅ معلومات ترلاسه نه شول.
tm-retour-a-la-liste-des-pages = د ازموینې پاڼو لېست ته بېرته تګ

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = د ستونزې پته
tm-description = تشریح
tm-envoyer-le-signalement = راپور ولېږئ
tm-nid-de-poule-eclairage-en-panne = په سړک کې کنده، خراب څراغ، ناقانونه کثافات: د ښار څانګو ته یې راپور ورکړئ. د خپل راپور د څېړنې په اړه به په ایمیل خبر شئ.
tm-signaler-un-probleme-sur-lespace-public = په عامه ځای (سړک، پارک…) کې د یوې ستونزې خبرول

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = تایید کړئ چې انسان یاست
tm-operation-reussie = ✔کار په بریالیتوب سره ترسره شو!
tm-saisissez-ce-que-vous-entendez = هغه څه ولیکئ چې اورئ یې
tm-lecture = غږول
tm-veuillez-cliquer-sur-chaque-image = مهرباني وکړئ په هر هغه انځور کلیک وکړئ چې بس پکې وي
tm-vous-etes-valide = تاسو تایید شوئ
tm-le-service-recaptcha-requiert-une = د reCAPTCHA خدمت معاینه غواړي.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = د ټولنیز تامین شمېره
tm-jour = ورځ
tm-mois = میاشت
tm-numero-de-telephone-portable = د ګرځنده تلیفون شمېره
tm-13-chiffres-cle-de-2-chiffres = 13 عددونه + د 2 عددونو کیلي، ستاسو د Vitale په کارت کې لیکل شوې ده
tm-telle-quelle-figure-sur-votre-carte = لکه څنګه چې ستاسو د Vitale په کارت کې لیکل شوې
tm-exemple-14 = بېلګه: 14
tm-exemple-07 = بېلګه: 07
tm-exemple-1988 = بېلګه: 1988
tm-format-attendu-5-chiffres = غوښتل شوې بڼه: 5 عددونه
tm-format-attendu-06-12-34-56 = غوښتل شوې بڼه: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = هغه د ټولنیز تامین شمېره چې تاسو ولیکله سمه نه ده.
tm-votre-compte-ameli-vous-permet-de = ستاسو د ameli حساب تاسو ته اجازه درکوي چې خپلې بېرته ورکړل شوې پیسې تعقیب کړئ، د حقونو تصدیق‌لیک (attestation de droits) ښکته کړئ او د روغتیا بیمې له خپل صندوق سره اړیکه ونیسئ.
tm-creer-mon-compte-ameli = زما د ameli حساب جوړول
tm-formulaire-recu = فورمه ترلاسه شوه

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = زما د ننوتلو په نوم ننوتل
tm-votre-identifiant-est-votre-numero = ستاسو د ننوتلو نوم ستاسو د بهرني شمېره (numéro étranger، 10 عددونه) یا ستاسو ایمیل پته ده
tm-sidentifier-avec-franceconnect = د FranceConnect له لارې ننوتل
tm-creer-mon-compte = زما حساب جوړ کړئ
tm-la-creation-dun-compte-est-necessaire = د اوسېدو د اجازه‌لیک، تابعیت (naturalisation) یا د سفر د سند د غوښتنې د سپارلو لپاره حساب جوړول اړین دي.
tm-votre-numero-etranger-comporte-10 = ستاسو د بهرني شمېره 10 عددونه لري. دا ستاسو د اوسېدو په اجازه‌لیک، د اوسېدو اجازه‌لیک د غوښتنې په رسید (récépissé) یا د اوسېدو په لنډمهاله اجازه (autorisation provisoire de séjour) کې لیکل شوې ده.
tm-si-vous-navez-jamais-eu-de = که تاسو هېڅکله په فرانسه کې د اوسېدو اجازه‌لیک نه دی لرلی، خپله ایمیل پته وکاروئ.
tm-connexion-a-mon-espace-personnel = زما شخصي پاڼې ته ننوتل
tm-vous-navez-pas-encore-de-compte = تر اوسه حساب نه لرئ؟
tm-ou-trouver-mon-numero-etranger = د بهرني شمېره (numéro étranger) چېرته پیدا کړم؟

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = په 06 12 34 56 78 شمېره د بیا زنګ وهلو ستاسو غوښتنه ثبت نه شوه. موږ به تاسو ته په marie.kowalczyk@example.fr پته ځواب درکړو (د مرسته اخیستونکي شمېره 1234567).
tm-demande-de-rappel = غوښتنه چې تاسو ته بېرته زنګ ووهي
tm-retour-a-mon-compte = زما حساب (Mon Compte) ته بېرته تګ

## fixture: portals/caf-declaration

tm-numero-allocataire = په CAF کې د مرسته اخیستونکي شمېره (numéro allocataire)
tm-celibataire = مجرد
tm-marie-e = واده شوی / واده شوې
tm-pacse-e = په PACS تړلی (مدني ګډ ژوند تړون)
tm-en-concubinage = پرته له واده ګډ ژوند (concubinage)
tm-divorce-e = طلاق شوی / طلاق شوې
tm-veuf-veuve = کونډ / کونډه
tm-salaires-percus-en-euros = ترلاسه شوي معاشونه (په یورو)
tm-indemnites-journalieres = ورځنۍ جبراني پیسې (indemnités journalières)
tm-allocation-chomage-are = د بېکارۍ مرسته (ARE)
tm-pensions-alimentaires-recues = ترلاسه شوې نفقه (pensions alimentaires)
tm-votre-situation-professionnelle = ستاسو مسلکي حالت
tm-ajouter-une-piece-justificative = ثبوتي سند اضافه کړئ
tm-situation-familiale = کورنی حالت
tm-autres-ressources-en-euros = نور عایدات (په یورو)
tm-7-chiffres-il-est-sur-vos = 7 عددونه، ستاسو د CAF په لیکونو کې لیکل شوې ده
tm-mois-1-janvier = میاشت 1: جنوري (janvier)
tm-mois-2-fevrier = میاشت 2: فبروري (février)
tm-mois-3-mars = میاشت 3: مارچ (mars)
tm-taille-maximale-5-mo-formats-supportes = تر ټولو زیاته اندازه: 5 میګابایټه. منل شوې بڼې: jpg، png، pdf.
tm-valider-ma-declaration = زما اظهارنامه تایید کړئ
tm-selectionner-une-option = یو انتخاب وټاکئ
tm-salarie = معاش اخیستونکی کارکوونکی (salarié)
tm-demandeur-d-emploi = د کار لټوونکی
tm-etudiant = محصل
tm-sans-activite = بې کاره
tm-ex-1-250 = بېلګه: 1 250
tm-declarez-les-ressources-percues-par = هغه عاید اعلان کړئ چې ستاسو کورنۍ په تېرو درې میاشتو کې ترلاسه کړی دی. دا اعلان اړین دی چې RSA، د کار مرسته (prime d’activité) یا د معلولیت لرونکو لویانو مرسته (AAH) ترلاسه کولو ته دوام ورکړئ.
tm-salaires-indiquez-le-montant-net-avant = معاشونه: د درې میاشتنۍ دورې د هرې میاشتې لپاره خالص مقدار د سرچینې څخه د مالیې له کمولو (prélèvement à la source) مخکې ولیکئ، یا 0 که هېڅ مو نه وي ترلاسه کړي.
tm-declaration-trimestrielle-de-ressources = د عاید درې میاشتنۍ اظهارنامه
tm-vos-ressources = ستاسو عاید
tm-etape-suivante-verification-et-envoi = بل ګام: کتنه او لېږل

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = هره پاڼه د ازموینو لپاره لیکل شوې ساده نقل ده؛ هېڅ یوه یې د اصلي سایټ کاپي نه ده.
tm-pages-de-test-imitant-des-portails = د ازموینې پاڼې چې د فرانسې اداري وېبپاڼو ته ورته دي

## fixture: portals/mots-cles

tm-nom-de-famille = تخلص (د کورنۍ نوم)
tm-prenom-s = نوم (نومونه)
tm-date-dexpiration-de-votre-titre-de = ستاسو د اوسېدو اجازه‌لیک د اعتبار د پای نېټه
tm-n-de-recepisse = د رسید (récépissé) شمېره
tm-courriel = ایمیل
tm-remplissez-ce-formulaire-pour-connaitre = دا فورمه ډکه کړئ چې د خپلې غوښتنې د پرمختګ حالت معلوم کړئ. په 15 کاري ورځو کې به په ایمیل ځواب درته ولېږل شي.
tm-demande-de-renseignements-sur-un-dossier = د اوسېدو د اجازه‌لیک د دوسیې په اړه د معلوماتو غوښتنه
tm-precisions-sur-votre-demande-zone-de = ستاسو د غوښتنې جزئیات (خانه چې آزاد پکې لیکئ):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = ستاسو د نوبت د غوښتنې لپاره نور هېڅ خالي وخت نشته. مهرباني وکړئ وروسته بیا هڅه وکړئ.
tm-veuillez-cocher-la-case-pour-accepter = مهرباني وکړئ د نوبت اخیستلو ته له دوام مخکې خانه نښه کړئ چې د کارونې شرایط ومنئ
tm-choisissez-votre-guichet = خپله کړکۍ (guichet) وټاکئ
tm-effectuer-une-demande-de-rendez-vous = د نوبت غوښتنه وکړئ
tm-selectionner-un-guichet = یوه کړکۍ وټاکئ
tm-guichet-1-titre-de-sejour = کړکۍ 1 - د اوسېدو اجازه‌لیک
tm-guichet-2-naturalisation = کړکۍ 2 - تابعیت (naturalisation)
tm-guichet-3-document-de-circulation-pour = کړکۍ 3 - د کم عمره بهرني لپاره د سفر سند
tm-guichet-4-duplicata-et-changement = کړکۍ 4 - دوهمه نسخه او د پتې بدلون
tm-ce-module-vous-permet-de-reserver = دا برخه تاسو ته اجازه درکوي چې د خپل اوسېدو اجازه‌لیک د اخیستلو لپاره نوبت ونیسئ، یوازې که تاسو SMS یا لیک ترلاسه کړی وي چې وايي په پریفکتور (préfecture) کې چمتو دی.
tm-conformement-aux-dispositions = د نافذو مقرراتو له مخې، د اوسېدو اجازه‌لیک د نوي کولو ستاسو غوښتنه یوازې هغه وخت څېړل کېږي چې ټول اړین ثبوتي اسناد مو مخکې سپارلي وي؛ که نه، غوښتنه به پرته له تعقیب او پرته له بیا کتنې وتړل شي.
tm-le-jour-du-rendez-vous-presentez = د نوبت په ورځ، له خپل پاسپورټ، رسید (récépissé) یا پخواني اوسېدو اجازه‌لیک، بلنلیک (convocation) او مالیاتي ټکټ (timbre fiscal) سره حاضر شئ. هره نیمګړې دوسیه به رد شي.
tm-les-rendez-vous-sont-ouverts-chaque = نوبتونه هره اونۍ پرانیستل کېږي، څنګه چې په کړکیو کې وختونه خالي کېږي. هېڅ نوبت د تلیفون له لارې نه ورکول کېږي.
tm-retour-a-la-prise-de-rendez = د نوبت اخیستلو ته بېرته تګ
tm-etape-1-choix-du-guichet = ګام 1: د کړکۍ (guichet) ټاکل

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = خدمت اوس د ترمیم په حال کې دی. د زحمت له امله بښنه غواړو، مهرباني وکړئ وروسته بیا هڅه وکړئ.
tm-les-demandes-deja-deposees-ne-sont = دمخه سپارل شوې غوښتنې له دې درېدو اغېزمنې نه دي. که ستاسو د اوسېدو اجازه‌لیک د ترمیم پر مهال پای ته ورسېږي، ستاسو د څېړنې د غځولو تصدیق‌لیک (attestation de prolongation d’instruction) معتبر پاتې کېږي.
tm-erreur = تېروتنه { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = ستاسو پوستي کوډ څه دی؟
tm-quel-est-le-code-postal-de = د ستاسو د مور او پلار د ښاروالۍ پوستي کوډ څه دی؟
tm-combien-d-enfants-vous-y-compris = ستاسو د مور او پلار تر کفالت لاندې څو ماشومان (تاسو په ګډون) دي؟
tm-lorsque-vos-parents-sont-separes-il = که ستاسو مور او پلار جلا شوي وي، باید د هغه چا تر کفالت لاندې د ماشومانو شمېر ولیکئ چې تاسو یې تر کفالت لاندې یاست. که لا کم عمره یاست او په نوبت له دواړو سره اوسېږئ، باید د جلا شویو مور او پلار د دواړو مالیاتي کورنیو (foyers fiscaux) تر کفالت لاندې ماشومان سره جمع کړئ.
tm-et-combien-vous-y-compris-font = او له دوی څخه څو (تاسو په ګډون) لوړې زده کړې کوي؟
tm-actuellement-beneficiez-vous-d-une = ایا اوس د لیسې بورس (bourse du lycée) اخلئ؟
tm-avez-vous-un-lien-de-parente = ایا د خپل کور له مالک سره مستقیمه خپلوي لرئ؟ ایا هغه ستاسو یا ستاسو د مېړه یا مېرمنې نیکه یا اولاد دی (زوی یا لور، نیکه یا انا…)؟
tm-vivez-vous-en-couple = ایا د ژوند له ملګري سره یوځای اوسېږئ؟
tm-attention-cette-restriction-est = پام وکړئ، دا محدودیت د معلول کارګر د حیثیت له رسمي پېژندنې سره توپیر لري.
tm-en-etude-ou-en-alternance = په زده کړه کې یا له کار سره یوځای زده کړه (alternance)
tm-salarie-ou-salariee = معاش اخیستونکی یا معاش اخیستونکې
tm-independant-ou-independante = خپلواک کار کوونکی یا کار کوونکې
tm-inscrit-ou-inscrite-comme-demandeur = د کار لټوونکي په توګه ثبت شوی یا ثبت شوې
tm-retraite-ou-retraitee = متقاعد یا متقاعده
tm-autre = نور
tm-lorsque-vous-etudiez-et-que-vous = که زده کړه هم کوئ او کار هم کوئ، باید «په زده کړه کې یا له کار سره یوځای زده کړه» (« En étude ou en alternance ») وټاکئ.
tm-dans-quelle-classe-etes-vous = اوس په کوم ټولګي کې یاست؟
tm-cap-1ere-annee = CAP - لومړی کال
tm-cap-2eme-annee = CAP - دوهم کال
tm-seconde = Seconde (د لیسې لومړی کال)
tm-premiere = Première (د لیسې دوهم کال)
tm-terminale = Terminale (د لیسې وروستی کال)
tm-licence-1ere-annee = لیسانس (Licence) - لومړی کال
tm-licence-2eme-annee = لیسانس (Licence) - دوهم کال
tm-licence-3eme-annee = لیسانس (Licence) - درېیم کال
tm-master-1ere-annee = ماسټري - لومړی کال
tm-master-2eme-annee = ماسټري - دوهم کال
tm-doctorat-1ere-annee = دوکتورا - لومړی کال
tm-doctorat-2eme-annee = دوکتورا - دوهم کال
tm-doctorat-3eme-annee = دوکتورا - درېیم کال
tm-lorsque-vos-parents-sont-separes-il-2 = که ستاسو مور او پلار جلا شوي وي، باید د هغه چا عاید حساب کړئ چې تاسو یې تر کفالت لاندې یاست. که لا کم عمره یاست او په نوبت له دواړو سره اوسېږئ، باید د جلا شویو مور او پلار د دواړو مالیاتي کورنیو عاید سره جمع کړئ.
tm-si-vous-ne-connaissez-pas-le = که د خپل مور او پلار ټول ناخالص عاید نه پېژنئ، د حساب د دوام لپاره 0 ولیکئ. پام وکړئ، دا کېدای شي د حساب د پایلو په سموالي اغېز وکړي
tm-beneficiez-vous-d-une-bourse-de = ایا د لوړو زده کړو بورس اخلئ؟
tm-etes-vous-en-alternance-dans-la = ایا په دولتي ملکي خدمت کې له کار سره یوځای زده کړه (alternance) کوئ؟
tm-je-ne-sais-pas = نه پوهېږم
tm-pas-concerne = ما پورې اړه نه لري
tm-jamais = هېڅکله
tm-ponctuellement = کله کله
tm-regulierement = په منظم ډول
tm-de-quel-secteur-votre-formation-fait = ستاسو زده کړه په کومه برخه (سکتور) پورې اړه لري؟
tm-etes-vous-heberge-chez-vos-parents = ایا له خپل مور او پلار سره اوسېږئ؟
tm-l-inaptitude-medicale-au-travail = د ناروغۍ یا پېښې له امله د کار لپاره طبي ناتواني کېدای شي جزوي، بشپړه یا لنډمهاله وي.
tm-avez-vous-obtenu-une-mention-au = ایا په بکلوریا (baccalauréat) کې مو امتیازي درجه (mention) اخیستې؟
tm-francaise = فرانسوي
tm-europeenne = اروپايي
tm-non-europeenne = غیر اروپايي
tm-regime-general-caf-cpam = عمومي نظام (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = کرنیز ټولنیز بیمه (MSA)
tm-pour-les-etudiants-en-classes = هغه محصلین چې د لویو ښوونځیو (grandes écoles) په چمتووالي ټولګیو کې دي، باید «د لوړو زده کړو په یوه اداره کې» (« Dans un établissement de l'enseignement supérieur ») وټاکي.
tm-dans-quel-type-d-etablissement-etudiez = اوس په کوم ډول ادارې کې زده کړه کوئ؟
tm-etablissement-public = دولتي اداره
tm-etablissement-prive-sous-contrat = له دولت سره تړون لرونکې خصوصي اداره
tm-etablissement-prive-hors-contrat = له دولت سره بې تړونه خصوصي اداره
tm-quelle-est-votre-relation-avec-votre = له خپل مېړه یا مېرمنې سره ستاسو اړیکه څه ډول ده؟
tm-moins-de-50 = له 50% کم
tm-etes-vous = ایا تاسو … یاست؟
tm-en-apprentissage = د مسلکي زده کړې (apprentissage) په حال کې
tm-en-contrat-de-professionnalisation = د مسلکي کولو تړون (contrat de professionnalisation) سره
tm-combien-de-mois-envisagez-vous-de = د زده کړو په چوکاټ کې غواړئ څو میاشتې بهر ته لاړ شئ؟
tm-quel-est-le-prenom-de-votre = ستاسو د ماشوم نوم څه دی؟ دا به یوازې وروسته د ډکولو د اسانولو لپاره وکارول شي.
tm-souhaitez-vous-connaitre-les-aides-pour = ایا غواړئ د بایسکل د اخیستلو مرستې وپېژنئ؟
tm-velo-mecanique-simple = ساده بایسکل پرته له موټوره
tm-velo-electrique = برېښنايي بایسکل
tm-velo-cargo = د بار بایسکل (vélo cargo)
tm-velo-cargo-electrique = برېښنايي د بار بایسکل
tm-velo-pliant = قاتېدونکی بایسکل
tm-velo-pliant-electrique = برېښنايي قاتېدونکی بایسکل
tm-motorisation-d-un-velo-classique = په عادي بایسکل موټور لګول
tm-velo-adapte-pour-pmr = د محدود حرکت لرونکو کسانو (PMR) لپاره برابر بایسکل
tm-etes-vous-interesse-ou-interessee-par = ایا د روغتیايي او ټولنیزې برخې د زده کړو مرستو سره علاقه لرئ؟
tm-souhaitez-vous-connaitre-les-aides-au = ایا غواړئ د BAFA او BAFD (د ماشومانو او ځوانانو د فعالیتونو د لارښودنې سندونه) مرستې وپېژنئ؟
tm-prevoyez-vous-de-partir-a-l = ایا د زده کړو په چوکاټ کې بهر ته د تګ پلان لرئ؟
tm-prevoyez-vous-de-passer-le-permis = ایا د موټر چلولو د جواز د ازموینې پلان لرئ؟
tm-moins-de-3-mois = له 3 میاشتو کم
tm-entre-3-et-6-mois = د 3 او 6 میاشتو ترمنځ
tm-plus-de-3-mois = له 3 میاشتو زیات
tm-plus-6-mois = له 6 میاشتو زیات
tm-linterim-ou-travail-temporaire-est-un = لنډمهاله کار (intérim) د کار یو تړون دی چې د لنډمهاله کار له ادارې سره کېږي؛ دا اداره کارکوونکی د محدودې مودې لپاره د یو شرکت په واک کې ورکوي، ډېری وخت د غیرحاضر کس د ځای نیولو یا د یوې لنډې اړتیا د پوره کولو لپاره. که تړون له ادارې سره لاسلیک شوی وي، دا لنډمهاله کار (intérim) دی.
tm-est-ce-une-colocation = ایا دا ګډ کور (colocation) دی؟
tm-est-ce-que-ce-logement-a = ایا دا کور بیا رغول شوی دی؟
tm-est-ce-une-chambre-une-chambre = ایا دا یوه کوټه ده؟ کوټه هغه استوګنځی دی چې یوازې یوه کوټه لري او تشناب (WC) نه لري.
tm-est-ce-un-logement-dans-une = ایا دا د CROUS په استوګنځي کې کور دی؟
tm-participez-vous-aux-frais-du-logement = ایا د کور په لګښتونو کې برخه اخلئ؟ د بېلګې په توګه د برېښنا، تلیفون او نورو لګښتونو کې.
tm-rencontrez-vous-des-difficultes = ایا د کور موندلو یا د خپل کور د لګښتونو په ورکولو کې جدي ستونزې لرئ؟
tm-prevoyez-vous-de-demenager-prochainement = ایا پلان لرئ چې ژر کور بدل کړئ؟
tm-non-j-ai-emmenage-il-y = نه، له 3 میاشتو لږ وړاندې دې کور ته راغلی یم
tm-locataire = کرایه‌دار
tm-figurant-sur-le-bail-en-foyer = نوم مو د کرایې په تړون کې دی، یا په لیلیه (foyer) یا استوګنځي کې
tm-proprietaire = مالک
tm-ou-en-location-accession = یا په داسې کرایه کې چې په ملکیت بدلېږي (location-accession)
tm-heberge-ou-hebergee = د بل چا په کور کې اوسېدونکی یا اوسېدونکې
tm-chez-vos-parents-chez-un-particulier = د مور او پلار کره، د یو شخص کره، یا په دندې پورې تړلي کور کې
tm-sans-domicile-stable = بې ثابته استوګنځي
tm-ou-domiciliation-administrative = یا اداري پته (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = ایا دا ملکیت لومړی کور دی چې اخلئ یې (primo-accédant)؟ لومړی اخیستونکی هغه کس (یا کورنۍ) ده چې د اخیستلو پر مهال، په تېرو دوو کلونو کې د خپل اصلي کور مالک نه و.
tm-quel-type-de-logement-louez-vous = کوم ډول کور په کرایه اخلئ؟
tm-non-meuble = بې فرنیچره
tm-meuble-hotel = له فرنیچر سره / هوټل
tm-foyer = لیلیه (foyer)
tm-residence-universitaire-logement-crous = د پوهنتون استوګنځی، د CROUS کور، د ځوانو کارګرو لیلیه، ټولنیز استوګنځی…
tm-maison-de-retraite-residence-sociale = د زړو خلکو کور، ټولنیز استوګنځی…
tm-mes-enfants-a-charge = زما تر کفالت لاندې ماشومان
tm-quelle-est-la-situation-de-vos = ستاسو د مور او پلار حالت څه دی؟
tm-en-couple = یوځای ژوند کوي
tm-separes = جلا شوي
tm-veuf-ou-veuve = کونډ یا کونډه
tm-decedes = مړه شوي
tm-sans-autorite-parentale = پرته د مور او پلار له واک څخه
tm-vos-parents-habitent-ils-en-france = ایا ستاسو مور او پلار په فرانسه کې اوسېږي؟
tm-quel-est-le-nombre-de-parts = ستاسو د مور او پلار د مالیې په وروستۍ خبرتیا کې د مالیاتي برخو (parts) شمېر څو دی؟
tm-une-part-fiscale-est-une-unite = مالیاتي برخه (part fiscale) یو واحد دی چې د مالیاتي کورنۍ غړي ښيي او د عاید د مالیې د حسابولو لپاره کارول کېږي. د خپلو مالیاتي برخو د شمېر د موندلو لپاره، خپل مالیاتي اظهارنامې ته مراجعه کولی شئ، چې معمولاً دا معلومات پکې لیکل شوي وي.
tm-quel-est-le-revenu-fiscal-de = ستاسو د مور او پلار د مالیې په وروستۍ خبرتیا کې مرجع مالیاتي عاید (RFR) څومره دی؟
tm-si-vous-ne-connaissez-pas-le-2 = که د خپل مور او پلار RFR نه پېژنئ، د حساب د دوام لپاره 0 ولیکئ. پام وکړئ، دا کېدای شي د حساب د پایلو په سموالي اغېز وکړي.

## aides-jeunes: resources.ts

tm-revenus-d-activite = د کار عاید
tm-revenus-professionnels-non-salaries = د خپلواک کار مسلکي عاید
tm-allocations = مرستې (allocations)
tm-indemnites = جبراني پیسې (indemnités)
tm-pensions-rentes = تقاعد او ثابت عایدات
tm-revenus-du-patrimoine = له شتمنۍ عاید
tm-autres-revenus = نور عایدات
tm-salaire-dont-primes-et-indemnites-de = معاش (د انعامونو او د تړون د پای د پیسو په ګډون)
tm-entrez-le-montant-avant-la-retenue = مقدار د سرچینې څخه د مالیې له کمولو مخکې ولیکئ
tm-remuneration-de-stage = د کارآموزۍ (stage) معاش
tm-revenus-de-stage-de-formation = د مسلکي زده کړې د کارآموزۍ عاید
tm-allocation-de-securisation = د دندې د خوندیتوب مرسته (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = کار ته د بېرته ستنېدو لپاره میاشتنی ثابت انعام
tm-aides-au-logement-apl-als-alf = د کور مرستې (APL، ALS، ALF)
tm-allocations-familiales = کورنۍ مرستې (allocations familiales)
tm-complement-familial-cf = کورنۍ بشپړونکې مرسته (CF)
tm-allocation-de-soutien-familial-asf = د کورنۍ د ملاتړ مرسته (ASF)
tm-revenu-de-solidarite-active-rsa = د فعالې همبستګۍ عاید (RSA)
tm-prime-dactivite = د کار مرسته (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = د زړو خلکو د همبستګۍ مرسته (ASPA)
tm-allocation-supplementaire-dinvalidite = د معلولیت اضافي مرسته (ASI)
tm-allocation-de-solidarite-specifique-ass = د همبستګۍ ځانګړې مرسته (ASS)
tm-allocation-adulte-handicape-aah = د معلولیت لرونکو لویانو مرسته (AAH)
tm-complement-de-ressources-adulte = د معلولیت لرونکو لویانو د عاید بشپړونکې مرسته
tm-contrat-engagement-jeune = د ځوانانو د ژمنې تړون (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = د خپلواک ژوند لپاره زیاتوالی (MVA)
tm-allocation-deducation-de-lenfant = د معلولیت لرونکي ماشوم د روزنې مرسته (AEEH)
tm-prestation-de-compensation-du-handicap = د معلولیت د جبران مرسته (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = د کوچني ماشوم د ساتنې مرسته (PAJE) - اساسي مرسته
tm-complement-de-libre-choix-dactivite-clca = د فعالیت د ازاد انتخاب بشپړونکې مرسته (CLCA)
tm-prestation-partagee-deducation-de = د ماشوم د روزنې ګډه مرسته (PreParE)
tm-indemnites-de-maternite-paternite = د مورتوب، پلارتوب او د ماشوم د نیولو (فرزندۍ) جبراني پیسې
tm-indemnites-maladie = د ناروغۍ جبراني پیسې
tm-indemnites-maladie-professionnelle = د کار له امله د ناروغۍ جبراني پیسې
tm-indemnites-daccident-du-travail = د کار د پېښې جبراني پیسې
tm-indemnites-dactivite-partielle = د جزوي فعالیت (activité partielle) جبراني پیسې
tm-indemnites-de-volontariat = د رضاکارانه کار (volontariat) جبراني پیسې
tm-dedommagement-aux-victimes-de-lamiante = د اسبسټوس (amiante) قربانیانو ته تاوان
tm-pension-alimentaire = نفقه (pension alimentaire)
tm-pension-alimentaire-versee = ورکړل شوې نفقه
tm-prestation-compensatoire-suite-a = جبراني پیسې (له جلا کېدو وروسته) (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = تقاعد (د مړه شوي همسر له تقاعد څخه پاتې برخې په ګډون)، ثابت عاید
tm-rente-s-d-education-d-orphelin = د روزنې یا یتیمۍ ثابت عاید(ونه)…
tm-retraite-du-combattant = د پخوانیو جنګیالیو تقاعد
tm-pension-dinvalidite = د معلولیت تقاعد
tm-bourse-de-lenseignement-superieur = د لوړو زده کړو بورس
tm-bourse-de-recherche = د څېړنې بورس
tm-bourse-du-lycee = د لیسې بورس
tm-gains-exceptionnels-dons-gains-aux-jeux = استثنايي ګټې (ډالۍ، د لوبو ګټې، میراث)
tm-revenus-locatifs-terrains-appartements = د کرایې عاید (ځمکې، اپارتمانونه، ملکي شرکتونه SCI…)
tm-revenus-du-capital-interets-plus-values = د پانګې عاید (ګټه، د پلور ګټه، د ونډو ګټه…)
tm-via-une-micro-entreprise-achat-revente = د یو کوچني شرکت (micro-entreprise) له لارې (اخیستل/بیا پلورل یا د استوګنځي برابرول)
tm-via-une-micro-entreprise-autre-activite = د یو کوچني شرکت (micro-entreprise) له لارې (د BIC بل فعالیت)
tm-via-une-micro-entreprise-activite = د یو کوچني شرکت (micro-entreprise) له لارې (ازاد مسلکي او/یا فکري فعالیت (BNC))
tm-en-tant-qu-exploitant-agricole = د کروندګر په توګه
tm-en-profession-liberale-entrepreneur = په ازاد مسلک کې (خپل کار لرونکی)
tm-revenus-dactivite-connus = د کار معلوم عایدات
tm-autres-revenus-imposables-preretraite = نور مالیه لرونکي عایدات (له وخت مخکې تقاعد، بېکاري)
tm-pensions-retraites-rentes = تقاعدونه، د تقاعد معاشونه، ثابت عایدات
tm-frais-reels-deductibles = د کمولو وړ اصلي لګښتونه
tm-revenus-fonciers-nets = د ځمکې او ملکیت خالص عاید
tm-valeur-de-vos-biens-loues = ستاسو د کرایې ورکړل شویو ملکیتونو ارزښت
tm-valeur-de-vos-terrains-non-loues = ستاسو د نه کرایې ورکړل شویو ځمکو ارزښت
tm-valeur-locative-terrains-non-loues = د نه کرایې ورکړل شویو ځمکو د کرایې ارزښت
tm-valeur-de-vos-biens-immobiliers-non = ستاسو د نه کرایې ورکړل شویو غیرمنقولو ملکیتونو ارزښت
tm-valeur-locative-immobilier-non-loue = د نه کرایې ورکړل شوي غیرمنقول ملکیت د کرایې ارزښت
tm-epargne-sur-livret-a = په livret A حساب کې سپما
tm-epargne-aux-revenus-non-imposables = هغه سپما چې ګټه یې مالیه نه لري
tm-epargne-aux-revenus-imposables = هغه سپما چې ګټه یې مالیه لري

## aides-jeunes: components

tm-ex-caf-du-loiret = بېلګه: CAF du Loiret
tm-id-de-la-simulation = د حساب پېژند (ID)
tm-email-de-l-utilisateur = د کاروونکي ایمیل

## rdv: devise

tm-votre-compte-a-ete-valide = ستاسو حساب تایید شو.
tm-vous-allez-recevoir-les-instructions = په څو دقیقو کې به تاسو ته د خپل حساب د تاییدولو لپاره اړینې لارښوونې درشي.
tm-si-votre-e-mail-existe-dans = که ستاسو ایمیل زموږ په معلوماتو کې وي، ژر به تاسو ته یو ایمیل درشي چې د حساب د تایید لارښوونې لري.
tm-votre-compte-a-ete-supprime = ستاسو حساب ړنګ شو!
tm-vous-avez-une-invitation-en-attente = تاسو یوه بلنه لرئ چې ستاسو ځواب ته انتظار ده. ومنئ یې چې نوم لیکنه مو پای ته ورسېږي.
tm-votre-connexion-est-deja-active = تاسو دمخه ننوتي یاست
tm-votre-compte-n-est-pas-encore = ستاسو حساب لا فعال شوی نه دی.
tm-email-ou-mot-de-passe-incorrect = ایمیل یا پټنوم ناسم دی.
tm-vous-avez-droit-a-une-tentative = مخکې له دې چې حساب مو بند شي، یوازې یوه هڅه مو پاتې ده.
tm-votre-compte-est-verrouille = ستاسو حساب بند (قلف) دی.
tm-email-ou-mot-de-passe-invalide = ایمیل یا پټنوم سم نه دی.
tm-votre-session-est-expiree-veuillez-vous = ستاسو د ننوتلو وخت پای ته رسېدلی. مهرباني وکړئ د دوام لپاره بیا ننوځئ.
tm-vous-devez-vous-connecter-ou-vous = د دوام لپاره باید ننوځئ یا نوم ولیکئ.
tm-vous-devez-valider-votre-compte-pour = د دوام لپاره باید خپل حساب تایید کړئ.
tm-votre-invitation-n-est-pas-valide = ستاسو بلنه سمه نه ده.
tm-votre-mot-de-passe-a-ete = ستاسو پټنوم ثبت شو او حساب مو فعال شو.
tm-votre-mot-de-passe-a-ete-2 = ستاسو پټنوم ثبت شو.
tm-votre-invitation-a-ete-annulee = ستاسو بلنه لغوه شوه.
tm-lutilisateur-connecte-ne-correspond-pas = هغه کاروونکی چې ننوتی، هغه بلل شوی کاروونکی نه دی. ووځئ او بیا هڅه وکړئ.
tm-la-session-a-expire = د ننوتلو وخت پای ته ورسېد
tm-choisir-son-mot-de-passe = پټنوم ټاکل
tm-enregistrer = ثبتول
tm-ouvrir-l-app-mail = د ایمیل اپلیکیشن پرانیستل
tm-inscription = نوم لیکنه
tm-code-dinvitation = د بلنې کوډ
tm-creer-son-compte = حساب جوړول
tm-veuillez-cliquer-sur-le-lien-dans = مهرباني وکړئ په هغه لینک کلیک وکړئ چې په همدا اوس لېږل شوي ایمیل کې دی
tm-vous-avez-ete-invite-sur = تاسو { $name } ته بلل شوي یاست
tm-bonjour = سلام { $email }
tm-vous-avez-ete-invite-sur-vous = تاسو { $name } ته بلل شوي یاست. دا بلنه د لاندې لینک په واسطه منلی شئ.
tm-accepter-l-invitation = بلنه منل
tm-cette-invitation-est-valable-jusqu-au = دا بلنه تر { $date } پورې د اعتبار وړ ده.
tm-si-vous-n-acceptez-pas-cette = که دا بلنه نه منئ، دا ایمیل پرېږدئ. ستاسو له اجازې پرته هېڅ حساب نه جوړېږي.
tm-instructions-de-confirmation = د تایید لارښوونې
tm-instructions-pour-changer-le-mot-de = د پټنوم د بدلولو لارښوونې
tm-instructions-pour-deverrouiller-le = د حساب د خلاصولو لارښوونې
tm-votre-mot-de-passe-a-ete-3 = ستاسو پټنوم په بریالیتوب بدل شو.
tm-nous-n-avons-pas-pu-vous = موږ ونه شو کولی تاسو د { $kind } له لارې وپېژنو: '{ $reason }'.
tm-authentifie-avec-succes-via = د { $kind } له لارې په بریالیتوب وپېژندل شوئ.
tm-vous-ne-pouvez-acceder-a-cette = دا پاڼه یوازې د پټنوم د بیا جوړولو د ایمیل له لارې پرانیستل کېږي. که مو داسې ایمیل کارولی وي، ډاډ ترلاسه کړئ چې بشپړ لینک (URL) مو کارولی.
tm-vous-allez-recevoir-les-instructions-de = په څو شېبو کې به تاسو ته د پټنوم د بیا جوړولو لارښوونې درشي
tm-si-votre-e-mail-existe-dans-2 = که ستاسو ایمیل زموږ په معلوماتو کې وي، د پټنوم د بیا جوړولو لینک به په ایمیل کې درشي
tm-votre-mot-de-passe-a-ete-4 = ستاسو پټنوم په بریالیتوب بدل شو، اوس ننوتي یاست
tm-votre-mot-de-passe-a-ete-5 = ستاسو پټنوم په بریالیتوب بدل شو.
tm-votre-compte-a-ete-supprime-avec = ستاسو حساب په بریالیتوب ړنګ شو. هیله ده ژر مو بیا ووینو.
tm-bienvenue-votre-connexion-est-active = ښه راغلاست، تاسو ننوتي یاست.
tm-votre-compte-est-bien-enregistre-vous = ستاسو حساب ثبت شو. خو نه شئ ننوتلی، ځکه حساب مو لا فعال شوی نه دی.
tm-votre-compte-est-bien-enregistre-vous-2 = ستاسو حساب ثبت شو. خو نه شئ ننوتلی، ځکه حساب مو بند دی.
tm-un-message-contenant-un-lien-de = ستاسو ایمیل پتې ته یو پیغام ولېږل شو چې د تایید لینک لري. د حساب د فعالولو لپاره دا لینک پرانیزئ.
tm-votre-compte-a-bien-ete-mis = ستاسو حساب تازه شو، خو باید ستاسو نوې ایمیل پته وګورو. مهرباني وکړئ خپل ایمیلونه وګورئ او د تایید په لینک کلیک وکړئ څو د نوې پتې تایید پای ته ورسېږي.
tm-votre-compte-a-ete-modifie-avec = ستاسو حساب په بریالیتوب بدل شو.
tm-connexion-reussie = په بریالیتوب ننوتلئ.
tm-deconnexion-reussie = په بریالیتوب ووتلئ.
tm-mode-deconnecte = له حساب بهر.
tm-vous-allez-recevoir-les-instructions-2 = په څو شېبو کې به تاسو ته د حساب د خلاصولو اړینې لارښوونې درشي
tm-si-votre-compte-existe-vous-allez = که ستاسو حساب شتون ولري، ژر به تاسو ته یو ایمیل درشي چې د خلاصولو لارښوونې لري.
tm-votre-compte-a-ete-deverrouille-avec = ستاسو حساب په بریالیتوب خلاص شو، اوس ننوتي یاست.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = دمخه تایید شوی، مهرباني وکړئ د ننوتلو هڅه وکړئ
tm-a-confirmer-dans-les-merci-de = باید په { $period } کې تایید شوی وای، مهرباني وکړئ نوې غوښتنه وکړئ
tm-a-expire-merci-d-en-faire = وخت یې تېر شوی، مهرباني وکړئ نوې غوښتنه وکړئ
tm-n-a-pas-ete-trouve-e = ونه موندل شو
tm-n-etait-pas-verrouille-e = بند نه و
tm-une-erreur-a-empeche-ce-tte = یوې تېروتنې پرې نه ښوده چې دا { $resource } ثبت شي:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } تېروتنې پرې نه ښوده چې دا { $resource } ثبت شي:
       *[other] { $n } تېروتنو پرې نه ښوده چې دا { $resource } ثبت شي:
    }

## rdv: links

tm-espace-usager = د کاروونکي پاڼه
tm-je-n-ai-pas-recu-le = د تایید ایمیل ماته نه دی رارسېدلی
tm-je-n-ai-pas-recu-le-2 = د حساب د خلاصولو ایمیل ماته نه دی رارسېدلی

## rdv: activerecord

tm-la-validation-a-echoue = تایید ناکام شو: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = باید ومنل شي
tm-doit-etre-rempli-e = باید ډک شي
tm-ne-concorde-pas-avec = له { $attribute } سره سمون نه لري
tm-doit-etre-egal-a = باید له { $n } سره برابر وي
tm-doit-etre-pair = باید جفت عدد وي
tm-n-est-pas-disponible = شتون نه لري
tm-doit-etre-superieur-a = باید له { $n } څخه زیات وي
tm-doit-etre-superieur-ou-egal-a = باید له { $n } څخه زیات یا ورسره برابر وي
tm-n-est-pas-inclus-e-dans = په لېست کې نشته
tm-doit-etre-inferieur-a = باید له { $n } څخه کم وي
tm-doit-etre-inferieur-ou-egal-a = باید له { $n } څخه کم یا ورسره برابر وي
tm-validation-echouee = تایید ناکام شو: { $errors }
tm-n-est-pas-un-nombre = عدد نه دی
tm-doit-etre-un-nombre-entier = باید بشپړ عدد (پرته له اعشاریې) وي
tm-doit-etre-impair = باید طاق عدد وي
tm-doit-etre-different-de = باید له { $n } څخه توپیر ولري
tm-doit-etre-vide = باید تش وي
tm-doit-exister = باید شتون ولري
tm-est-deja-utilise = دمخه کارول شوی
tm-est-trop-long-pas-plus-d = ډېر اوږد دی (له یو توري زیات نه)
tm-est-trop-long-pas-plus-de = { $n ->
        [one] ډېر اوږد دی (له { $n } توري زیات نه)
       *[other] ډېر اوږد دی (له { $n } تورو زیات نه)
    }
tm-est-trop-court-au-moins-un = ډېر لنډ دی (لږ تر لږه یو توری)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [one] ډېر لنډ دی (لږ تر لږه { $n } توری)
       *[other] ډېر لنډ دی (لږ تر لږه { $n } توري)
    }
tm-ne-fait-pas-la-bonne-longueur = اوږدوالی یې سم نه دی (باید یوازې یو توری وي)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [one] اوږدوالی یې سم نه دی (باید { $n } توری وي)
       *[other] اوږدوالی یې سم نه دی (باید { $n } توري وي)
    }
tm-veuillez-verifier-les-champs-suivants = مهرباني وکړئ لاندې خانې وګورئ:
tm-impossible-d-enregistrer-ce-tte-1 = دا { $model } ثبت نه شو: 1 تېروتنه
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [one] دا { $model } ثبت نه شو: { $n } تېروتنه
       *[other] دا { $model } ثبت نه شو: { $n } تېروتنې
    }

## rdv: helpers

tm-ajouter = زیاتول
tm-modifier = بدلول
tm-retirer = لرې کول
tm-reinitialiser = له سره تنظیمول
tm-veuillez-selectionner = مهرباني وکړئ وټاکئ

## rdv: public_office

tm-sur-place = په ځای کې (حضوري)

## rdv: visio

tm-par-visioconference = د ویډیو اړیکې له لارې

## rdv: phone

tm-par-telephone = د ټیلیفون له لارې

## rdv: home

tm-a-domicile = په کور کې

## rdv: mailers

tm-a-bientot-lequipe = تر بیا لیدو، د { $name } ټیم

## rdv: users

tm-un-creneau-vient-de-se-liberer = یو نوبت همدا اوس خالي شو!
tm-rdv-confirme-le = نوبت د { $date } لپاره تایید شو
tm-rdv-du-modifie = د { $date } نوبت بدل شو
tm-rappel-rdv-le = [یادونه] نوبت په { $date }
tm-rdv-annule-le-avec = د { $date } نوبت له { $name } سره لغوه شو
tm-votre-rdv-du-a-ete-annule = ستاسو د { $motif } نوبت چې په { $date } و، د اداري دلیل له امله لغوه شو.
tm-votre-rdv-du-a-bien-ete = ستاسو د { $motif } نوبت چې په { $date } و، ستاسو په غوښتنه لغوه شو.
tm-vous-pouvez-reprendre-un-rendez-vous = تاسو کولی شئ { $telephone_link } ته زنګ ووهئ او نوی نوبت واخلئ.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = تاسو کولی شئ د لاندې لینک په کلیک کولو نوی نوبت واخلئ:
tm-reprendre-rdv = نوی نوبت اخیستل

## rdv: attributes

tm-email = ایمیل
tm-mot-de-passe-actuel = اوسنی پټنوم
tm-nom-de-la-commune = د ښاروالۍ (commune) نوم
tm-responsable = مسؤل

## rdv: activerecord

tm-lieu = ځای
tm-rendez-vous-honore = هغه نوبت چې پکې حاضر شوي
tm-rendez-vous-a-venir = راتلونکی نوبت
tm-annule-a-linitiative-de-lusager = د کاروونکي په غوښتنه لغوه شوی
tm-annule-a-linitiative-du-service = د ادارې لخوا لغوه شوی
tm-caisse-d-affiliation = هغه صندوق چې تاسو پکې ثبت یاست (CAF یا MSA)
tm-numero-d-allocataire = د مرسته اخیستونکي شمېره (numéro d’allocataire)
tm-nombre-d-enfants = د ماشومانو شمېر
tm-accepte-les-notifications-par-sms = خبرتیاوې د SMS له لارې مني
tm-accepte-les-notifications-par-email = خبرتیاوې د ایمیل له لارې مني
tm-numero-de-pre-demande-ants = د ANTS د مخکېنۍ غوښتنې شمېره
tm-sans-domicile-fixe = ثابت استوګنځی نه لري
tm-heberge = د بل چا په کور کې اوسېږي
tm-en-accession-a-la-propriete = د کور په اخیستلو بوخت (په پور)
tm-logement = استوګنځی
tm-aucune = هېڅ
tm-proche = نږدې کس (خپلوان)
tm-le-prenom-ne-peut-etre-change = نوم نه شي بدلېدلی، ځکه FranceConnect تایید کړی
tm-le-nom-de-naissance-ne-peut = د زېږون پر وخت تخلص نه شي بدلېدلی، ځکه FranceConnect تایید کړی
tm-la-date-de-naissance-ne-peut = د زېږون نېټه نه شي بدلېدلی، ځکه FranceConnect تایید کړې
tm-ce-mot-de-passe-fait-partie = دا پټنوم د هغو پټنومونو په لېست کې دی چې ډېر کارول کېږي، نو ستاسو حساب نه خوندي کوي. مهرباني وکړئ بل یو وټاکئ.
tm-pour-assurer-la-securite-de-votre = { $n ->
        [one] د حساب د خوندیتوب لپاره، پټنوم باید لږ تر لږه { $n } توری ولري
       *[other] د حساب د خوندیتوب لپاره، پټنوم باید لږ تر لږه { $n } توري ولري
    }
tm-doit-comporter-10-chiffres-et-lettres = باید 10 عددونه او توري ولري
tm-n-a-pas-pu-etre-valide = د یوې ناڅاپي تېروتنې له امله تایید نه شو. مهرباني وکړئ 30 ثانیې وروسته بیا هڅه وکړئ.
tm-ce-numero-de-pre-demande-ants = د ANTS د مخکېنۍ غوښتنې دا شمېره دمخه په { $meeting_point } کې د یو نوبت لپاره کارول شوې. مهرباني وکړئ مخکې له دې چې نوی نوبت واخلئ، هغه نوبت لغوه کړئ.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = د فرانسې یا د سمندر هاخوا سیمو 10 عددي شمېره ولیکئ، یا نړیواله شمېره د هېواد له کوډ سره.
tm-pour-accelerer-votre-demarche-nous-vous = د دې لپاره چې کار مو ژر ترسره شي، په ټینګه سپارښتنه کوو چې خپله دوسیه دمخه د ANTS په وېبپاڼه کې ډکه کړئ او د مخکېنۍ غوښتنې شمېره ولیکئ.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = تاسو د دې پاڼې د پرانیستلو یا د دې کار د کولو کافي اجازه نه لرئ

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [one] په { $date } (موده: { $duration } دقیقه)
       *[other] په { $date } (موده: { $duration } دقیقې)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [one] نن په { $date } بجو (موده: { $duration } دقیقه)
       *[other] نن په { $date } بجو (موده: { $duration } دقیقې)
    }
tm-1-place-restante = 1 ځای پاتې دی
tm-places-restantes = { $n ->
        [one] { $n } ځای پاتې دی
       *[other] { $n } ځایونه پاتې دي
    }
tm-1-place = 1 ځای
tm-places = { $n ->
        [one] { $n } ځای
       *[other] { $n } ځایونه
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = مهرباني وکړئ لاندې ستونزې سمې کړئ:

## rdv: users

tm-les-champs-d-etat-civil-nom = د مدني احوالو معلومات (د زېږون پر وخت تخلص، نومونه، د زېږون نېټه او ځای) د FranceConnect له لارې له تایید شوي ننوتلو وروسته نور نه شي بدلېدلی
tm-les-3-lettres-ne-correspondent-pas = دا 3 توري له تخلص سره سمون نه لري.

## rdv: search

tm-1-lieu-est-disponible = 1 ځای شته
tm-lieux-sont-disponibles = { $n ->
        [one] { $n } ځای شته
       *[other] { $n } ځایونه شته
    }
tm-selectionnez-un-lieu-de-rdv = د نوبت ځای وټاکئ:
tm-prochaine-disponibilite-le = تر ټولو نږدې خالي وخت په

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = داسې ښکاري چې تاسو ملاتړ یا څارنه نه لرئ، مهرباني وکړئ بل دلیل وټاکئ یا له خپل ولایت (département) سره په { $phone_number } شمېره اړیکه ونیسئ.

## rdv: common

tm-votre-adresse = ستاسو پته
tm-votre-service = ستاسو خدمت
tm-ex-21-rue-anatole-france-calais = بېلګه: 21 rue Anatole France, Calais
tm-modifier-l-adresse = پته بدلول
tm-choisissez-un-service = یو خدمت وټاکئ
tm-choisir-ce-service = دا خدمت ټاکل
tm-le-service-que-vous-cherchez-n = هغه خدمت چې تاسو یې لټوئ په لېست کې نشته؟
tm-modifier-le-service = خدمت بدلول
tm-choisissez-un-motif = یو دلیل وټاکئ
tm-choisir-ce-motif = دا دلیل ټاکل

## rdv: users

tm-entrez-les-3-premieres-lettres-de = د خپل تخلص لومړي 3 توري ولیکئ
tm-sophie-dupont-dup = بېلګه: د Sophie Dupont لپاره DUP ولیکئ
tm-jean-de-la-fontaine-del = بېلګه: د Jean De La Fontaine لپاره DEL ولیکئ
tm-edwige-xi-xi = بېلګه: د Edwige Xi لپاره XI ولیکئ
tm-identification = پېژندنه
tm-choix-de-l-usager = د کس ټاکل
tm-votre-rendez-vous-a-ete-confirme = ستاسو نوبت تایید شو.
tm-ce-creneau-nest-plus-disponible-veuillez = دا وخت نور خالي نه دی. مهرباني وکړئ بل وټاکئ.
tm-vous-allez-modifier-votre-rdv-qui = تاسو خپل د { $motif_name_and_service } نوبت بدلوئ چې په { $date } دی
tm-mes-informations = زما معلومات
tm-mes-proches = زما نږدې کسان
tm-aucun-proche = هېڅ نږدې کس نشته
tm-ajouter-un-proche = نږدې کس زیاتول

## mdph: server

tm-identites = پېژندنې
tm-individus-et-organismes-concernes-par-la = هغه کسان او ادارې چې غوښتنه ورپورې اړه لري
tm-situations-particulieres = ځانګړي حالتونه
tm-etes-vous-dans-l-une-des = آیا تاسو په لاندې حالتونو کې په یوه کې یاست؟
tm-vous-n-arrivez-plus-a-vivre = نور نه شئ کولی په خپل کور کې ژوند وکړئ
tm-expliquez-la-difficulte = ستونزه تشریح کړئ
tm-votre-ecole-ne-peut-plus-vous = ستاسو ښوونځی نور نه شي کولی تاسو ومني
tm-votre-etablissement-ne-peut-plus-vous = هغه اداره چې تاسو پکې یاست نور نه شي کولی تاسو ومني او کور ته هم نه شئ ستنېدلی
tm-vous-risquez-de-perdre-votre-travail = د دې خطر شته چې خپل کار له لاسه ورکړئ
tm-vous-sortez-d-hospitalisation-et-vous = له روغتون څخه وځئ او کور ته نه شئ ستنېدلی
tm-vous-commencez-bientot-une-nouvelle = ژر به یوه نوې زده کړه پیل کړئ
tm-precisez = وضاحت وکړئ
tm-date-d-entree-prevue = د ننوتلو ټاکل شوې نېټه
tm-vous-venez-de-trouver-un-emploi = همدا اوس مو کار پیدا کړی
tm-vous-arrivez-dans-moins-de-2 = له 2 میاشتو کم وخت کې به مو حقونه پای ته ورسېږي (لکه: AEEH، AAH، PCH، RQTH او نور)
tm-indiquez-le-s-droit-s-concerne = اړوند حق یا حقونه او د پای نېټه یا نېټې یې ولیکئ
tm-vie-quotidienne = ورځنی ژوند
tm-situation = حالت
tm-besoins = اړتیاوې
tm-attentes = هیلې
tm-vous-vivez = تاسو ژوند کوئ
tm-seule = یوازې
tm-avec-vos-parents-ou-l-un = له خپل مور او پلار (یا یو یې) سره
tm-avec-vos-enfants-ou-l-un = له خپلو ماشومانو (یا یو یې) سره
tm-autre-situation = بل حالت
tm-ou-vivez-vous = چېرته ژوند کوئ؟
tm-vous-avez-un-logement-independant = خپلواک کور لرئ
tm-vous-vivez-dans-un-etablissement-medico = په یوه طبي-ټولنیزه یا درملنې اداره کې ژوند کوئ
tm-precisez-le-nom-le-type-et = نوم، ډول او ځای یې ولیکئ
tm-vous-etes-hebergee-au-domicile = د بل چا په کور کې اوسېږئ
tm-vous-avez-deja-eu = مخکې مو درلودلي:
tm-un-accident-cause-par-un-tiers = داسې پېښه چې بل چا رامنځته کړې
tm-un-accident-du-travail = د کار پېښه
tm-un-autre-accident = بله پېښه
tm-suite-a-cet-accident-y-a = له دې پېښې وروسته، آیا د تاوان غوښتنه روانه ده یا پایلې ته رسېدلې؟
tm-aupres-de-quel-organisme = له کومې ادارې سره؟
tm-vous-recevez = تاسو ترلاسه کوئ:
tm-une-aide-financiere-et-des-ressources = مالي مرسته او عاید
tm-une-aide-technique-materielle-ou-de = تخنیکي مرسته، مادي مرسته یا وسایل
tm-une-aide-a-la-personne-avec = شخصي مرسته، له داسې چا سره چې درسره مرسته کوي
tm-vous-recevez-les-aides-ressources-et = لاندې مرستې، عاید او/یا خدمتونه ترلاسه کوئ:
tm-allocation-chomage-versee-par-pole = د بېکارۍ مرسته چې Pôle Emploi یې ورکوي
tm-dans-les-12-mois-precedant-votre = له خپلې غوښتنې مخکې په 12 میاشتو کې، آیا مو ترلاسه کړي:
tm-un-revenu-d-activite = له کار څخه عاید
tm-des-indemnites-journalieres = ورځنی تاوان (د ناروغۍ پر مهال)
tm-un-revenu-issu-d-une-activite = په ESAT کې له کار څخه عاید
tm-vous-percevez-une-ou-plusieurs-des = له لاندې مرستو یوه یا څو ترلاسه کوئ:
tm-une-pension-d-invalidite = د معلولیت تقاعد
tm-une-autre-pension-de-ce-type = د دې ډول بل تقاعد
tm-pension-des-deux-tiers-d-incapacite = د دوه پر درې تقاعد، د بې‌وسۍ تقاعد او نور
tm-une-majoration-tierce-personne = د درېیم کس لپاره زیاتوالی (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = د معلولیت اضافي مرسته (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = د کار د پېښې یا مسلکي ناروغۍ منظمه تادیه
tm-une-prestation-complementaire-de-recours = د درېیم کس د کارولو بشپړونکې مرسته (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = په دولتي خدمت کې د بې‌وسۍ له امله تقاعد یا مخکې له وخته تقاعد
tm-depuis-le-2 = له کومې نېټې؟
tm-connaissez-vous-votre-taux-d-ipp = آیا د خپلې دایمي قسمي بې‌وسۍ (IPP) سلنه پېژنئ؟
tm-renseignez-ici-le-taux-qui-vous = دلته هغه سلنه ولیکئ چې د روغتیا بیمې (CPAM) درته ټاکلې
tm-taux-d-ipp-en = د IPP سلنه، په %
tm-vous-avez-indique-recevoir-une-aide = ویلي مو دي چې تخنیکي مرسته، مادي مرسته یا وسایل ترلاسه کوئ، دا مرسته دا ده:
tm-un-amenagement-de-logement = د کور برابرول
tm-une-aide-animaliere = د څاروي مرسته (لکه لارښود سپی)
tm-un-amenagement-de-vehicule = د موټر برابرول
tm-une-aide-technique-ex-barre-d = مرستندویه وسیله (لکه: د تکیې لاستی، د تګ وسیله او نور)
tm-vous-avez-indique-recevoir-une-aide-2 = ویلي مو دي چې شخصي مرسته ترلاسه کوئ، څوک چې درسره مرسته کوي:
tm-votre-famille = ستاسو کورنۍ
tm-un-professionnel-de-soins-a-domicile = په کور کې د پاملرنې یو مسلکي کس
tm-un-accompagnement-medico-social = طبي-ټولنیز ملاتړ
tm-etes-vous-a-la-retraite = آیا تقاعد شوي یاست؟
tm-depuis-quand = له کله راهیسې؟
tm-l-aspa-allocation-de-solidarite-pour = ASPA (د زړو خلکو لپاره د یووالي مرسته)
tm-l-apa-allocation-personnalisee-d = APA (د خپلواکۍ شخصي مرسته)
tm-vous-avez-demande-une-pension-de = د تقاعد معاش مو غوښتی
tm-du-fait-de-votre-handicap = د خپل معلولیت له امله:
tm-vous-exercez-une-activite = نیم وخت کار کوئ
tm-precisez-la-quotite-en-pourcentage = د کار وخت په سلنه ولیکئ
tm-vous-avez-du-renoncer-a-votre = مجبور شوي یاست خپل کار پرېږدئ
tm-du-fait-de-votre-handicap-recourez = د خپل معلولیت له امله، آیا کوم کس په معاش نیولی چې درسره مرسته وکړي؟
tm-frais-lies-au-handicap-et-restant = د معلولیت اړوند لګښتونه چې پر تاسو پاتې کېږي
tm-indiquez-les-frais-non-rembourses-ou = هغه لګښتونه ولیکئ چې ستاسو روغتیا بیمه یا بشپړونکې بیمه (mutuelle) یې نه ورکوي، یا یوازې یوه برخه یې ورکوي. په ځانګړي ډول ولیکئ که د معلولیت له امله مو کوم کس په معاش نیولی.
tm-vous-avez-besoin-d-aide-dans = په ورځني ژوند کې مرستې ته اړتیا لرئ:
tm-pour-regler-les-depenses-courantes-loyer = د ورځنیو لګښتونو ورکولو لپاره (کرایه، بریښنا، جامې، خواړه او نور)
tm-pour-gerer-votre-budget-et-repondre = د خپلې بودیجې د اداره کولو او د مکلفیتونو د ترسره کولو لپاره (اداري کارونه، بیمې، مالیات او نور)
tm-pour-l-hygiene-corporelle-se-laver = د بدن د پاکوالي لپاره (مینځل، تشناب ته تګ)
tm-pour-vous-habiller-mettre-et-oter = د جامو اغوستلو لپاره (اغوستل او ایستل، ټاکل او نور)
tm-pour-faire-les-courses = د پېرودلو لپاره
tm-pour-preparer-les-repas = د خوړو د تیارولو لپاره
tm-pour-prendre-les-repas = د خوړو خوړلو لپاره
tm-pour-faire-le-menage-et-l = د کور پاکولو او د جامو ساتلو لپاره
tm-pour-prendre-soin-de-votre-sante = د خپلې روغتیا د پاملرنې لپاره (درملنه تعقیبول، ډاکټر ته تګ او نور)
tm-autre-besoin = بله اړتیا
tm-vous-avez-besoin-d-aide-pour = د تګ راتګ لپاره مرستې ته اړتیا لرئ:
tm-pour-se-deplacer-dans-le-domicile = په کور کې دننه د حرکت لپاره
tm-pour-sortir-du-domicile-ou-y = له کور څخه د وتلو یا ورننوتلو لپاره
tm-pour-se-deplacer-a-l-exterieur = له کور بهر د تګ راتګ لپاره
tm-pour-utiliser-un-vehicule = د موټر د کارولو لپاره
tm-pour-utiliser-les-transports-en-commun = د عامه ټرانسپورټ د کارولو لپاره
tm-pour-partir-en-vacances = رخصتۍ ته د تګ لپاره
tm-utilisez-vous-les-transports-adaptes = آیا هغه برابر شوی ټرانسپورټ کاروئ چې ستاسو په سیمه کې شته؟
tm-vous-avez-besoin-d-aide-pour-2 = په ټولنیز ژوند کې مرستې ته اړتیا لرئ:
tm-pour-communiquer-s-exprimer-se-faire = د اړیکې لپاره (خپل خبرې څرګندول، ځان پوهول)
tm-pour-avoir-des-activites-sportives-et = د ورزش او تفریح لپاره
tm-pour-les-relations-avec-les-autres = له نورو سره د اړیکو لپاره
tm-pour-vous-occuper-de-votre-famille = د خپلې کورنۍ د پاملرنې لپاره
tm-pour-vous-accompagner-dans-votre-vie = د اتباعي ژوند ملاتړ لپاره (لکه: رایې ورکولو ته تګ، په ټولنو کې ګډون او نور)
tm-pour-assurer-votre-securite = د خپل خوندیتوب لپاره
tm-quelles-sont-vos-attentes-pour-compenser = د خپل معلولیت د جبران لپاره څه هیلې لرئ؟
tm-vivre-a-domicile = په کور کې ژوند
tm-un-amenagement-de-votre-lieu-de = د ژوند د ځای برابرول
tm-realiser-un-bilan-des-capacites-dans = په ورځني ژوند کې د وړتیاوو ارزونه
tm-une-aide-financiere-afin-d-assurer = د لږ تر لږه عاید لپاره مالي مرسته
tm-une-aide-pour-se-deplacer = د تګ راتګ مرسته
tm-un-accompagnement-pour-l-adptation = له ورځني ژوند سره د عادت کېدو / بیا عادت کېدو ملاتړ
tm-une-aide-humaine-quelqu-un-qui = انساني مرسته: څوک چې درسره مرسته وکړي
tm-vivre-en-etablissement = په اداره کې ژوند
tm-du-materiel-ou-equipement = وسایل یا تجهیزات
tm-une-aide-financiere-pour-des-depenses = د معلولیت اړوند لګښتونو لپاره مالي مرسته
tm-un-accueil-temporaire = لنډمهاله منل
tm-autre-attente = بله هیله
tm-avez-vous-deja-identifie-une-ou = آیا مو دمخه یوه یا څو ادارې موندلې چې ستاسو هیلې پوره کړای شي؟
tm-avez-vous-d-autres-renseignements = آیا د خپل ورځني ژوند په اړه نور معلومات (حالت، هیلې، پلانونه) لرئ؟
tm-vie-scolaire-ou-etudiante = د ښوونځي یا پوهنتون ژوند
tm-etes-vous-actuellement-scolarise = آیا اوس زده کړه کوئ؟
tm-pourquoi-n-etes-vous-pas-scolarise = ولې زده کړه نه کوئ؟
tm-vous-etes-trop-jeune = ډېر کوچني یاست
tm-a-partir-de-quand-serez-vous = له کله به زده کړه پیل کړئ؟
tm-vous-etes-sans-solution-d-accueil = په ښوونځي، پوهنتون یا طبي-ټولنیزه اداره کې ځای نه لرئ
tm-vous-etes-actuellement-scolarise = اوس زده کړه کوئ
tm-en-milieu-ordinaire = په عادي چاپېریال کې
tm-avec-accompagnement-par-un-service-de = د درملنې خدمت یا طبي-ټولنیزې ادارې په ملاتړ
tm-en-temps-partage-entre-letablissement = وخت د طبي-ټولنیزې ادارې او عادي چاپېریال یا کور ترمنځ وېشل شوی
tm-en-temps-partage-entre-le-service = وخت د درملنې خدمت او عادي چاپېریال ترمنځ وېشل شوی
tm-en-formation-superieure-ou-en = په لوړو زده کړو یا مسلکي روزنه (apprentissage) کې
tm-etes-vous-place-en-internat = آیا په لیلیه (internat) کې یاست؟
tm-ses-frais-de-sejour-sont-ils = آیا د اوسېدو ټول لګښتونه روغتیا بیمه، دولت یا ټولنیزه مرسته ورکوي؟
tm-dans-quel-s-etablissement-s = په کومه اداره یا ادارو کې؟
tm-quel-type-d-etudes-suivez-vous = کوم ډول زده کړه کوئ؟
tm-quel-s-diplome-s-avez-vous = کوم سند یا اسناد مو ترلاسه کړي؟
tm-quel-s-diplome-s-preparez-vous = د کوم سند یا اسنادو لپاره چمتو کېږئ؟
tm-decrivez-votre-parcours-d-etudiant-ou = د زده کوونکي یا روزونکي په توګه خپله لاره تشریح کړئ
tm-annee-etablissement = کال، اداره
tm-vous-disposez-actuellement-d = اوس ملاتړ او درملنه لرئ
tm-soins-hospitaliers = په روغتون کې درملنه
tm-soins-en-liberal = د خصوصي مسلکي کسانو درملنه
tm-vous-disposez-actuellement-d-adaptations = اوس د مادي شرایطو برابرونې لرئ
tm-amenagement-et-adaptations-pedagogiques = ښوونیزې برابرونې
tm-outils-de-communication = د اړیکې وسایل
tm-materiel-informatique-et-audiovisuel = کمپیوټري او غږیز-انځوریز وسایل
tm-materiel-deficience-auditive = د اورېدو د ستونزې وسایل
tm-materiel-deficience-visuelle = د لیدو د ستونزې وسایل
tm-mobilier-et-petits-materiels = فرنیچر او کوچني وسایل
tm-transport = ټرانسپورټ
tm-vous-disposez-actuellement-d-une-aide = اوس د معلولیت لرونکو زده کوونکو لپاره انساني مرستندوی (AESH) لرئ
tm-precisez-laquelle = ولیکئ کوم یو
tm-decrivez-votre-emploi-du-temps-ecole = خپل مهال‌وېش تشریح کړئ (ښوونځی، د خوړو ځای، درملنه او نور)
tm-vous-avez-des-besoins-en-lien = د زده کړې اړوند اړتیاوې لرئ:
tm-pour-lire = د لوستلو لپاره
tm-pour-ecrire-prendre-des-notes = د لیکلو او یادښتونو لپاره
tm-pour-calculer = د حساب لپاره
tm-pour-comprendre-suivre-les-consignes = د پوهېدو او لارښوونو د تعقیب لپاره
tm-pour-organiser-controler-son-travail = د خپل کار د تنظیم او کنټرول لپاره
tm-pour-l-utilisation-du-materiel = د وسایلو د کارولو لپاره
tm-vous-avez-des-besoins-pour-communiquer = د اړیکې لپاره اړتیاوې لرئ:
tm-pour-assurer-sa-securite = د خپل خوندیتوب لپاره
tm-vous-avez-des-besoins-pour-l = د شخصي پاملرنې لپاره اړتیاوې لرئ:
tm-pour-l-hygiene-corporelle-aller-aux = د بدن د پاکوالي لپاره (تشناب ته تګ)
tm-pour-s-habiller-mettre-et-oter = د جامو اغوستلو لپاره (اغوستل او ایستل)
tm-pour-les-repas-manger-et-boire = د خوړو لپاره (خوړل او څښل)
tm-pour-prendre-soin-de-sa-sante = د خپلې روغتیا د پاملرنې لپاره
tm-vous-avez-besoin-d-aide-pour-3 = د تګ راتګ لپاره مرستې ته اړتیا لرئ:
tm-pour-se-deplacer-a-l-interieur = په ودانۍ کې دننه د حرکت لپاره
tm-pour-se-deplacer-a-l-exterieur-2 = له ودانۍ بهر د حرکت لپاره
tm-vous-souhaitez = تاسو غواړئ:
tm-une-adaptation-de-la-scolarite = د زده کړې برابرول
tm-une-orientation-scolaire-differente = بله ښوونیزه لارښوونه
tm-une-aide-humaine = انساني مرسته
tm-une-aide-materielle = مادي مرسته
tm-un-accompagnement-pour-une-readaptation = د بیا رغونې ملاتړ
tm-une-prise-en-charge-par-un = د یوې ادارې لخوا پاملرنه، پرته له اوسېدو
tm-une-prise-en-charge-par-un-2 = د یوې ادارې لخوا پاملرنه، له اوسېدو سره
tm-avez-vous-deja-identifie-un = آیا مو دمخه یو ښوونځی، پوهنتون یا طبي-ټولنیزه اداره موندلې چې ستاسو هیلې پوره کړای شي؟
tm-avez-vous-pu-prendre-contact-avec = آیا له خپل مسؤل ښوونکي (enseignant référent) سره مو اړیکه نیولې شوه؟
tm-pourquoi = ولې؟
tm-vous-avez-d-autres-renseignements = که د خپل ښوونځي، پوهنتون یا روزنې د ژوند په اړه نور مهم معلومات (حالت، هیلې، پلانونه) لرئ، دلته یې ولیکئ:
tm-vie-au-travail = په کار کې ژوند
tm-situation-professionnelle = مسلکي حالت
tm-parcours-professionnel = مسلکي لاره
tm-projet-professionnel = مسلکي پلان
tm-avez-vous-actuellement-un-emploi = آیا اوس کار لرئ؟
tm-avez-vous-deja-travaille = آیا مخکې مو کار کړی؟
tm-pourquoi-etes-vous-actuellement-sans = ولې اوس بې‌کاره یاست او له کله راهیسې؟
tm-pouvez-vous-indiquer-pourquoi-vous-etes = کولی شئ ووایاست چې ولې اوس بې‌کاره یاست؟
tm-etes-vous-dans-une-des-situations = آیا تاسو په لاندې حالتونو کې په یوه کې یاست؟
tm-inscrit-a-pole-emploi = په Pôle emploi کې ثبت
tm-en-formation-continue = په دوامداره روزنه کې
tm-votre-accompagnement-vers-l-emploi-est = څوک چې د کار په موندلو کې درسره ملاتړ کوي:
tm-mission-locale = Mission locale (د ځوانانو ملاتړ)
tm-cap-emploi = Cap emploi (د معلولینو لپاره د کار موندلو ملاتړ)
tm-pole-emploi = Pôle emploi (د کار دولتي اداره)
tm-un-referent-rsa-designe-par-le = د RSA یو مسؤل چې Conseil Général ټاکلی
tm-vous-avez-un-emploi = کار لرئ:
tm-en-entreprise-adaptee = په یوه برابر شوي شرکت (entreprise adaptée) کې
tm-en-milieu-protege-etablissements-et = په ساتل شوي چاپېریال کې (د کار له لارې د مرستې ادارې او خدمتونه - ESAT)
tm-quel-est-votre-type-d-emploi = ستاسو د کار ډول څه دی؟
tm-interim = لنډمهاله کار (intérim)
tm-contrat-aide = د دولت په مرسته تړون (contrat aidé)
tm-travailleur-independant = خپلواک کارګر
tm-regime = نظام:
tm-stagiaire-professionnel = مسلکي روزونکی
tm-est-ce-un-stage-remunere = آیا روزنه په معاش ده؟
tm-au-sein-de-quel-organisme-effectuez = په کومه اداره کې روزنه کوئ؟
tm-nom-de-l-organisme = د ادارې نوم
tm-qui-est-votre-employeur = ستاسو کارګمارونکی څوک دی؟
tm-quel-est-le-nom-de-votre = ستاسو د دندې نوم څه دی؟
tm-nom-du-poste = د دندې نوم
tm-votre-emploi-est-il-a-temps = آیا ستاسو کار بشپړ وخت دی که نیم وخت؟
tm-temps-complet = بشپړ وخت
tm-temps-partiel = نیم وخت
tm-votre-emploi-est-il-adapte-a = آیا ستاسو کار ستاسو له معلولیت سره برابر دی؟
tm-quelles-sont-les-difficultes-liees-a = ستاسو د معلولیت اړوند ستونزې کومې دي؟
tm-accompagnement-pour-conserver-votre = د خپل کار د ساتلو ملاتړ:
tm-par-la-medecine-du-travail = د کار د طب له لارې
tm-par-le-service-d-appui-au = په کار کې د معلولیت لرونکو کارګرو د ساتلو د ملاتړ خدمت (SAMETH) له لارې
tm-des-amenagements-ont-ete-realises-sur = ستاسو د کار په ځای کې برابرونې شوې دي:
tm-etes-vous-actuellement-en-arret-de = آیا اوس د ناروغۍ رخصت (د کار بندیز) کې یاست؟
tm-vous-etes-actuellement-en-arret-de = اوس د کار په بندیز کې یاست:
tm-arret-maladie-avec-indemnites = د ناروغۍ رخصت له ورځني تاوان سره
tm-arret-maladie-sans-indemnites = د ناروغۍ رخصت پرته له ورځني تاوان
tm-vous-etes-en-arret-suite-a = د کار د پېښې یا مسلکي ناروغۍ له امله د کار په بندیز کې یاست
tm-conge-maternite-conge-d-adoption-autre = د زېږون رخصت / د ماشوم د پالنې (adoption) رخصت / بل
tm-avez-vous-rencontre-un-professionnel-du = آیا د خپل تقاعد صندوق د ټولنیز خدمت له یو مسلکي کس سره مو لیدلي؟
tm-a-quelle-date = په کومه نېټه؟
tm-avez-vous-rencontre-le-medecin-du = آیا کار ته له بېرته تګ مخکې مو د کار له ډاکټر سره لیدلي؟
tm-beneficiez-vous-d-une-ou-des = آیا له لاندې مرستو یوه یا څو ترلاسه کوئ؟
tm-aides-de-l-association-de-gestion = په کار کې د معلولینو د ګډون د صندوق د مدیریت ټولنې مرستې (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = په دولتي خدمت کې د معلولینو د ګډون صندوق مرستې (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = آیا د معلولیت لرونکي کارګر (RQTH) په توګه پېژندل شوي یاست؟
tm-souhaitez-vous-saisir-vos-experiences = آیا غواړئ خپلې مسلکي تجربې په فورمه کې ولیکئ یا خپل CV سکن کړئ؟
tm-numeriser-le-cv-et-l-ajouter = CV سکن کړم او د غوښتنې پر پای یې ورسره زیات کړم
tm-saisir-mes-experiences-professionnelles = خپلې مسلکي تجربې په دې فورمه کې ولیکم
tm-precisez-vos-experiences = خپلې مسلکي تجربې، د روزنو او د ګډون د ادارو په ګډون، ولیکئ.
tm-votre-niveau-de-qualification = ستاسو د زده کړې او مهارت کچه:
tm-primaire = لومړنی
tm-secondaire = منځنی
tm-superieur = لوړ (پوهنتون)
tm-derniere-classe-frequentee = وروستی ټولګی چې مو لوستی:
tm-avez-vous-suivi-une-des-formation = آیا یوه یا څو مسلکي روزنې مو لیدلې؟
tm-laquelle-lesquelles = کومه یا کومې؟
tm-precisez-votre-vos-dernier-s-diplome = وروستی ترلاسه شوی سند یا اسناد مو ولیکئ:
tm-avez-vous-un-ou-plusieurs-projet = آیا یو یا څو مسلکي پلانونه لرئ؟
tm-pourquoi-avez-vous-besoin-de-soutien = ولې ملاتړ ته اړتیا لرئ؟
tm-faire-un-bilan-de-capacites = د مسلکي وړتیاوو ارزونه
tm-preciser-un-projet-professionnel = د مسلکي پلان روښانه کول
tm-adapter-l-environnement-de-travail = د کار د چاپېریال برابرول
tm-acceder-a-un-emploi = کار ته رسېدل
tm-acceder-a-une-formation = روزنې ته رسېدل
tm-autres-renseignements-concernant-votre = د خپل کاري ژوند په اړه نور معلومات چې غواړئ موږ ته یې ووایاست
tm-vie-de-votre-aidant-familial = ستاسو د کورني مرستندوی ژوند
tm-vous-pouvez-expliquer-l-aide-que = کولی شئ هغه مرسته تشریح کړئ چې ستاسو مرستندوی اوس د معلولیت لرونکي کس سره کوي، او د هغه هیلې او اړتیاوې ولیکئ.
tm-comment-s-appelle-votre-aidant = ستاسو د مرستندوی نوم څه دی؟
tm-nom-et-prenom = تخلص او نوم
tm-quel-est-son-lien-avec-la = له معلولیت لرونکي کس سره یې څه اړیکه ده؟
tm-vit-il-elle-avec-la-personne = آیا له معلولیت لرونکي کس سره ژوند کوي؟
tm-est-il-elle-actuellement-en-emploi = آیا اوس کار کوي؟
tm-oui-avec-une-reduction-dactivite-liee = هو، د مرسته کېدونکي کس د پاملرنې له امله یې کار کم کړی
tm-quelle-est-la-nature-de-l = د ورکړل شوې مرستې ډول څه دی؟
tm-surveillance-presence-responsable = څارنه / مسؤلانه شتون
tm-aide-aux-deplacements-a-linterieur-du = په کور کې دننه د حرکت مرسته
tm-aide-aux-deplacements-a-lexterieur = بهر د تګ راتګ مرسته
tm-aide-pour-entretenir-le-logement-et = د کور او جامو د ساتلو مرسته
tm-aide-a-lhygiene-corporelle = د بدن د پاکوالي مرسته
tm-aide-a-la-preparation-des-repas = د خوړو د تیارولو مرسته
tm-aide-a-la-prise-de-repas = د خوړو د خوړلو مرسته
tm-coordination-des-intervenants = د مسلکي کسانو همغږي
tm-gestion-administrative-et-juridique = اداري او حقوقي مدیریت
tm-gestion-financiere = مالي مدیریت
tm-stimulation-par-des-activites-loisirs = د فعالیتونو له لارې هڅونه (تفریح، ګرځېدل او نور)
tm-aide-a-la-communication-et-aux = د اړیکې او ټولنیزو اړیکو مرسته
tm-aide-au-suivi-medical = د طبي تعقیب مرسته
tm-qui-participe-avec-lui-elle-a = څوک ورسره د مرسته کېدونکي کس په ملاتړ کې ګډون کوي؟
tm-un-des-professionnel-s = یو یا څو مسلکي کسان
tm-un-ou-plusieurs-autre-s-proche = یو یا څو نور نږدې کسان
tm-il-elle-est-l-unique-aidante = هغه د غوښتونکي یوازینی مرستندوی دی
tm-est-il-elle-soutenue-dans-sa = آیا د مرستندوی په دنده کې ملاتړ ترلاسه کوي؟
tm-en-cas-d-empechement-a-t = که ونه شي کولی، آیا داسې حل لري چې بل څوک یې ځای ونیسي؟
tm-laquelle = کوم یو؟
tm-il-elle-est-ou-sera-prochainement = هغه اوس یا ژر به په لاندې حالتونو کې په یوه کې وي:
tm-eloignement-geographique-demenagement = جغرافیايي لرې والی (د کور بدلول او نور)
tm-indisponibilite-prolongee-sejour-a = اوږد نه شتون (په بهر کې اوسېدل، په روغتون کې بستر او نور)
tm-changement-majeur-dans-la-situation = په شخصي حالت کې لوی بدلون (جلا کېدل، د مېړه یا مېرمنې مړینه، د زړو کور ته تګ او نور)
tm-probleme-de-sante = روغتیايي ستونزه
tm-changement-majeur-dans-la-situation-2 = په مسلکي حالت کې لوی بدلون
tm-difficulte-a-assurer-l-accompagnement = د اوسني ملاتړ په دوام کې ستونزه (ستړیا، زړښت او نور)
tm-ses-attentes-en-tant-qu-aidant = د کورني مرستندوی په توګه یې هیلې:
tm-pouvoir-se-reposer-au-quotidien = هره ورځ د آرام کولو توان
tm-pouvoir-se-faire-remplacer-en-cas = د اړتیا پر مهال د بل چا لخوا د ځای نیولو توان
tm-pouvoir-se-faire-remplacer-en-cas-2 = د ناڅاپي پېښې پر مهال د بل چا لخوا د ځای نیولو توان
tm-se-faire-remplacer-pour-partir-en = د اونۍ پای یا رخصتۍ ته د تګ لپاره د بل چا لخوا ځای نیول
tm-reprendre-renforcer-maintenir-son = خپل مسلکي کار بیا پیل / پیاوړی / وساتي
tm-reprendre-renforcer-maintenir-ses-liens = خپلې ټولنیزې اړیکې بیا پیل / پیاوړې / وساتي
tm-obtenir-une-contre-partie-financiere = مالي بدل ترلاسه کړي
tm-echanger-avec-dautres-aidants = له نورو مرستندویانو سره خبرې اترې
tm-echanger-avec-les-professionnels-qui = له هغو مسلکي کسانو سره خبرې اترې چې د مرسته کېدونکي نږدې کس تعقیب کوي
tm-avoir-un-soutien-psychologique = رواني ملاتړ ترلاسه کړي
tm-etre-conseille-pour-mieux-faire-face = مشوره ترلاسه کړي چې د خپل نږدې کس له معلولیت سره ښه مقابله وکړي
tm-etre-affilie-gratuitement-a-lassurance = وړیا د تقاعد په بیمه کې ثبت شي
tm-a-t-il-elle-deja-identifie = آیا هغه دمخه یوه یا څو ادارې موندلې چې د هغه هیلې پوره کړای شي؟
tm-vous-souhaitez-mieux-connaitre-les = غواړئ موجود پروګرامونه او مرستې ښه وپېژنئ:
tm-pour-l-aidant = د مرستندوی لپاره
tm-pour-la-personne-aidee = د مرسته کېدونکي کس لپاره
tm-autres-renseignements-que-vous = نور معلومات چې د خپل مرستندوی د ژوند په اړه غواړئ موږ ته یې ووایاست
tm-documents-lies-a-votre-demande = ستاسو د غوښتنې اړوند اسناد
tm-pour-nous-transmettre-les-documents = موږ ته د اړینو او اضافي ثبوتي اسنادو د لېږلو لپاره
tm-certificat-medical = طبي تصدیق‌لیک
tm-votre-certificat-medical-n-est-pas = ستاسو طبي تصدیق‌لیک سم نه دی، مهرباني وکړئ له ورکړل شویو بېلګو یوه وکاروئ.
tm-un-certificat-medical-de-moins-de = له 6 میاشتو کم زوړ طبي تصدیق‌لیک چې د MDPH د غوښتنو لپاره جوړ شوی.
tm-justificatif-de-domicile = د استوګنې ثبوت
tm-une-photocopie-dun-justificatif-de = د استوګنې د ثبوت کاپي چې له 3 میاشتو کمه زړه وي (د ماشومانو لپاره، د قانوني استازي د استوګنې ثبوت ضمیمه کړئ؛ د هغو کسانو لپاره چې د بل چا په کور کې اوسېږي: د کوربه د استوګنې ثبوت او د هغه په عزت لیکلی تصدیق).
tm-piece-d-identite = د پېژندنې سند
tm-une-photocopie-recto-verso-dun = د معلولیت لرونکي کس، او که اړتیا وي د هغه د قانوني استازي، د پېژندنې د سند د دواړو مخونو کاپي (د اعتبار وړ تذکره، د اعتبار وړ د اوسېدو کارت یا بل هر سند چې په فرانسه کې د اوسېدو اجازه ورکوي).
tm-acte-de-deces-acte-de-mariage = د مړینې سند / د واده سند
tm-carte-grise-vehicule-permis-de-conduire = د موټر جواز (carte grise)، د موټر چلولو جواز
tm-carte-de-sejour = د اوسېدو کارت
tm-avis-d-impot-sur-le-revenu = د عاید د مالیې خبرتیا (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = د بانکي حساب معلومات (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = د ورځني تاوان د ورکړې تصدیق (CAF، MSA، ټولنیز تامین، Pôle Emploi....)
tm-bulletin-de-salaire = د معاش پاڼه
tm-devis-facture-aide-technique = د مرستندویې وسیلې د بیې اټکل / بل
tm-audiogramme = د اورېدو ازموینه (audiogramme)
tm-livret-de-famille = د کورنۍ کتابچه (livret de famille)
tm-facture-cantine-restaurant-scolaire = د ښوونځي د خوړو بل
tm-facture-frais-d-obseques = د جنازې د لګښتونو بل
tm-justificatif-reduction-du-temps-de = د کار د وخت د کمېدو ثبوت
tm-billets-de-train-fiche-taxi-frais = د اورګاډي ټکټونه / د ټکسي پاڼه (په اداره کې له ځای پر ځای کېدو وروسته د ټرانسپورټ لګښت)
tm-jugement-de-tutelle-jugement = د سرپرستۍ پرېکړه، سمونیزه پرېکړه، curatelle
tm-justificatif-d-emancipation = د قانوني بلوغ (émancipation) ثبوت
tm-jugement-de-delegation-d-autorite = د مور او پلار د واک د سپارلو پرېکړه
tm-jugement-de-divorce = د طلاق پرېکړه
tm-bilan-ophtalmologique-mdph = د سترګو معاینه (MDPH)
tm-complement-medical-d-aide-a-l = د رواني ارزونې لپاره طبي ضمیمه
tm-bilan-psychologique-etc = رواني ارزونه او نور
tm-compte-rendu-d-examen-psychiatrique = د رواني معاینې راپور، رواني پوښتنلیک او نور
tm-bilan-orthophonique-psychomoteur = د خبرو درملنې، رواني-حرکتي، فزیوتراپي، اوستیوپاتي او نورو ارزونه
tm-bilan-camsp-cmp-cmpp = د CAMSP، CMP، CMPP ارزونه
tm-compte-rendu-d-evaluation-medicale = د طبي ارزونې راپور
tm-attestation-medicale = طبي تصدیق
tm-fiche-de-liaison-medecine-du-travail = د کار د طب د اړیکې پاڼه
tm-prescription-medicale-pour-amenagement-d = د ازموینو د برابرولو لپاره طبي نسخه
tm-bulletin-d-hospitalisation = په روغتون کې د بستر پاڼه
tm-fiche-de-prescription-hors = له درملو پرته د نسخې پاڼه
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = د زده کوونکو ماشومانو لپاره، هیلې په یو سند کې لیکل کېږي چې GEVASco نومېږي. GEVASco د معلوماتو د راټولولو لارښود دی چې له ادارې له مدیر (لومړۍ غوښتنه) یا له مسؤل ښوونکي (بیا کتنه) سره یې ډکوئ. د خپل مسؤل ښوونکي د اړیکې معلومات کولی شئ د ښوونځي له مدیر وپوښتئ.
tm-bilan-de-l-equipe-de-suivi = د زده کړې د تعقیب ټیم ارزونه (ESS)
tm-fiche-de-liaison-financement-du-materiel = د برابرو ښوونیزو وسایلو د تمویل د اړیکې پاڼه
tm-fiche-d-evaluation-de-l-autonomie = د زده کوونکي د خپلواکۍ د ارزونې پاڼه (د ښوونیز تفتیش لخوا)
tm-protocoles-d-accompagnement-d-un-eleve = د یو مرستندوی (AVSI) لخوا د معلولیت لرونکي زده کوونکي د ملاتړ پروتوکولونه
tm-plan-individualise-d-accompagnement-pia = د ملاتړ انفرادي پلان (PIA)
tm-devoirs-particuliers-dyslexie = ځانګړي کورني کارونه (ډیسلکسیا، د خبرو درملنه او نور)
tm-certificat-de-scolarite-releve-de-notes = د زده کړې تصدیق، د نمرو پاڼه او نور
tm-curriculum-vitae-cv = د ژوند لنډلیک (CV)
tm-courriers-orientation-professionnel = د مسلکي لارښوونې لیکونه (UEROS، POPS، CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = ارزونې (AFPA، ESAT او نور)، د پلان ملاتړ ارزونې، POPS، Préo، UEROS او نور
tm-rapport-de-stage = د روزنې راپور
tm-syntheses-etablissements-et-services-ems = د ادارو او خدمتونو لنډیزونه (EMS، SMS، SAVS، SAMSAH او نور)
tm-autre-document = بل سند

## mdph: account

tm-plus-qu-une-etape = یوازې یو ګام پاتې دی
tm-cliquez-sur-le-lien-qui-vous = د خپل حساب د فعالولو لپاره په هغه لینک کلیک وکړئ چې تاسو ته لېږل شوی (د spam فولډر هم وګورئ).
tm-votre-compte-a-bien-ete-valide = ستاسو حساب تایید شو.
tm-ce-lien-est-incorrect-ou-a = دا لینک ناسم دی یا دمخه کارول شوی.
tm-email-envoye = ایمیل ولېږل شو
tm-cliquez-sur-le-lien-qui-vous-2 = د خپل پټنوم د بدلولو لپاره په هغه لینک کلیک وکړئ چې په ایمیل کې درلېږل شوی.
tm-si-vous-avez-oublie-votre-mot = که مو پټنوم هېر کړی وي، خپله ایمیل پته ولیکئ، یو نوی پټنوم به هغې ته ولېږل شي.
tm-veuillez-entrer-votre-email = مهرباني وکړئ خپل ایمیل ولیکئ.
tm-l-adresse-email-n-est-pas = ایمیل پته سمه نه ده.
tm-connectez-vous-pour-reprendre-votre = د خپل کار د دوام لپاره ننوځئ
tm-adresse-email = ایمیل پته
tm-veuillez-entrer-une-adresse-email = مهرباني وکړئ یوه ایمیل پته ولیکئ.
tm-cette-adresse-email-n-est-pas = دا ایمیل پته سمه نه ده.
tm-veuillez-entrer-un-mot-de-passe = مهرباني وکړئ یو پټنوم ولیکئ.
tm-vous-n-avez-pas-de-compte = حساب نه لرئ؟ نوم ولیکئ
tm-une-erreur-est-survenue-lors-de-5 = د لېږلو پر مهال تېروتنه وشوه. کېدای شي غوښتل شوی حساب دمخه فعال شوی وي یا شتون ونه لري.
tm-un-mail-de-confirmation-a-bien = د تایید ایمیل بیا ستاسو ایمیل ته ولېږل شو
tm-nouveau-mot-de-passe = نوی پټنوم
tm-vous-avez-indique-avoir-oublie-votre = تاسو ویلي چې پټنوم مو هېر کړی. مهرباني وکړئ د نوي پټنوم په لیکلو سره یې بیا جوړ کړئ.
tm-inscrivez-vous-pour-commencer-votre = د خپل کار د پیل لپاره نوم ولیکئ
tm-veuillez-entrer-votre-adresse-e-mail = مهرباني وکړئ خپله ایمیل پته ولیکئ.
tm-cet-email-n-est-pas-valide = دا ایمیل سم نه دی.
tm-adresse-email-de-secours = بدیله ایمیل پته
tm-veuillez-entrer-votre-adresse-e-mail-2 = مهرباني وکړئ خپله بدیله ایمیل پته ولیکئ.
tm-erreur-dans-le-formulaire-merci-de = په فورمه کې تېروتنه ده، مهرباني وکړئ پاڼه تازه کړئ.
tm-contact = اړیکه
tm-veuillez-entrer-votre-numero-de-contact = مهرباني وکړئ هغه د ټیلیفون شمېره ولیکئ چې پرې درسره اړیکه ونیسو.
tm-vous-avez-deja-un-compte-connectez = دمخه حساب لرئ؟ ننوځئ

## mdph: apropos

tm-en-quelques-mots = په لنډو ټکو کې
tm-plus-dun-tiers-des-personnes-handicapees = له معلولیت سره د خلکو له درېیمې برخې زیات وايي چې د هغوی د معلولیت د ملاتړ اداري کارونه پېچلي دي. د غوښتنو د څېړلو وخت اکثره له هغو څلورو میاشتو زیات وي چې قانون ټاکلې.
tm-un-traitement-informatise-de-bout-en = له پیل تر پایه د کمپیوټر له لارې څېړنه
tm-une-communication-en-continu = دوامداره اړیکه
tm-pour-les-utilisateurs = د کاروونکو لپاره
tm-un-espace-personnel = شخصي پاڼه
tm-un-questionnaire-dynamique = پوښتنلیک چې ستاسو د ځوابونو سره بدلېږي
tm-un-accompagnement-des-la-saisie-de = د غوښتنې له لیکلو څخه ملاتړ
tm-un-suivit-en-temps-reel = همدا شېبه تعقیب
tm-une-presence-sur-le-web = په انټرنېټ کې شتون
tm-une-appropriation-de-votre-espace = یوه پاڼه چې خپله مو وي

## mdph: demande

tm-veuillez-confirmer-la-demande-de = مهرباني وکړئ د { $name } غوښتنه تایید کړئ
tm-une-fois-la-demande-validee-vous = کله چې غوښتنه تایید شي، له اسنادو پرته نور معلومات نه شئ بدلولی، هغه هم یوازې که MDPH وغواړي. لاندې د خپلې غوښتنې لنډیز ګورئ:
tm-recapitulatif-de-votre-demande = ستاسو د غوښتنې لنډیز
tm-documents = اسناد:
tm-en-validant-je-certifie-que-les = په تاییدولو سره، تصدیقوم چې پورته معلومات سم دي.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } د دې آنلاین خدمت غوښتنې نه مني، نو د دې خدمت له لارې ورته غوښتنه نه شي لېږل کېدای.
tm-demande-n = غوښتنه شمېره { $shortId }
tm-votre-mdph-vous-demande-de-corriger = ستاسو MDPH غواړي چې د خپلې غوښتنې تړلي اسناد سم کړئ
tm-pour-tout-autre-modification-veuillez = د هر بل بدلون لپاره، مهرباني وکړئ مستقیم له خپل MDPH سره اړیکه ونیسئ (د اړیکې معلومات د پاڼې په پای کې دي)
tm-telecharger = ډاونلوډ
tm-votre-demande-est-en-cours-de = ستاسو MDPH ستاسو غوښتنه ګوري او تاییدوي یې
tm-informations-obligatoires = اړین معلومات
tm-informations-complementaires = اضافي معلومات
tm-decrivez-votre-situation-vos-besoins-vos = خپل حالت، اړتیاوې، پلانونه او هیلې تشریح کړئ.
tm-demande = غوښتنه / { $label }
tm-demande-documents = غوښتنه / اسناد
tm-en-cours = { $name } - روان دی... { $progress }%
tm-ajouter-un-document = یو سند زیاتول
tm-autres-types-de-documents = د اسنادو نور ډولونه
tm-retourner-a-la-demande = غوښتنې ته بېرته تګ
tm-choix-du-type-de-document = د سند د ډول ټاکل
tm-recherche = لټون
tm-suggestions-de-documents-a-fournir = د هغو اسنادو وړاندیزونه چې باید ورکړئ
tm-demande-identite-de-l-autorite-parentale = غوښتنه / د مور او پلار د واک لرونکي پېژندنه
tm-demande-identite-de-la-personne-vous = غوښتنه / د هغه کس پېژندنه چې په دې کار کې درسره مرسته کوي
tm-la-personne-vous-aidant-dans-votre = هغه کس چې په کار کې درسره مرسته کوي
tm-un-proche = نږدې کس
tm-une-association = یوه ټولنه
tm-nom-ou-intitule = نوم (یا سرلیک)
tm-la-longueur-minimale-du-nom-est = نوم باید لږ تر لږه 1 توری ولري.
tm-recherche-adresse = د پتې لټون
tm-localite = ښار یا کلی
tm-telephone-1 = ټیلیفون 1
tm-telephone-2 = ټیلیفون 2
tm-demande-identite-du-beneficiaire = غوښتنه / د ګټه اخیستونکي پېژندنه
tm-nom-d-epouxse-ou-nom-d = د مېړه یا مېرمنې تخلص یا هغه نوم چې کاروئ یې
tm-homme = نارینه
tm-femme = ښځه
tm-espace-economique-europeen-ou-suisse = د اروپا اقتصادي سیمه یا سویس
tm-date-de-naissance-au-format-jour = د زېږون نېټه په ورځ/میاشت/کال بڼه
tm-veuillez-utiliser-le-format-jj-mm = مهرباني وکړئ د ورځ/میاشت/کال (JJ/MM/AAAA) بڼه وکاروئ. د بېلګې په توګه: 14/09/1989.
tm-commune-de-naissance = د زېږون ښاروالۍ
tm-pays-en-cas-de-naissance-a = هېواد (که له فرانسې بهر زېږېدلي یاست)
tm-l-adresse-email-saisie-est-incorrecte = هغه ایمیل پته چې تاسو ولیکله ناسمه ده.
tm-si-vous-avez-elu-domicile-aupres = که ستاسو رسمي پته د یوې ادارې (ټولنه، د استوګنې مرکز یا ټولنیز مرکز) سره وي، ولیکئ کومه
tm-organisme-payeur-de-prestations = هغه اداره چې کورنۍ مرستې / RSA ورکوي
tm-organisme-d-assurance-maladie = د روغتیا بیمې اداره
tm-votre-numero-de-securite-sociale = ستاسو د ټولنیز تامین شمېره
tm-ce-numero-de-securite-sociale-est = د ټولنیز تامین دا شمېره ناسمه ده.
tm-ce-champ-est-incomplet = دا خانه نیمګړې ده.
tm-si-cest-votre-enfant-qui-est = که غوښتنه ستاسو د ماشوم په اړه وي، د هغه د ټولنیز تامین شمېره ولیکئ
tm-etes-vous-aide-e-dans-vos = آیا څوک له MDPH سره ستاسو په کارونو کې درسره مرسته کوي؟
tm-beneficiez-vous-dune-mesure-de = آیا تاسو د قانوني ساتنې تدبیر (tutelle یا curatelle) لاندې یاست؟
tm-demande-identite-du-representant-legal = غوښتنه / د قانوني استازي پېژندنه
tm-demande-prestations = غوښتنه / مرستې او خدمتونه
tm-demandes-relatives-a-la-vie-quotidienne = د ورځني ژوند په اړه غوښتنې
tm-carte-mobilite-inclusion = د حرکت او ګډون کارت (CMI)
tm-allocation-compensatrice-ac = جبراني مرسته (AC)
tm-demandes-relatives-a-la-vie-scolaire = د ښوونځي د ژوند په اړه غوښتنې
tm-demandes-relatives-au-travail-a-lemploi = د کار، دندې او مسلکي زده کړې په اړه غوښتنې
tm-orientation-professionnelle = مسلکي لارښوونه
tm-le-dispositif-emploi-accompagne-propose = «د ملاتړ سره د کار پروګرام، له معلولیت سره کارګر او د هغه کارګمارونکي ته طبي-ټولنیز ملاتړ او په کار کې د ګډون مرسته ورکوي. له معلولیت سره لاندې کارګر له دې پروګرام څخه ګټه اخیستلی شي:
tm-ayant-un-projet-dinsertion-en-milieu = هغه چې په عادي کاري چاپېریال کې د کار پلان لري،
tm-accueillis-dans-un-etablissement-ou = هغه چې د کار له لارې د مرستې په یوه اداره یا خدمت (ESAT) کې دي او په عادي کاري چاپېریال کې د کار پلان لري،
tm-deja-en-emploi-en-milieu-ordinaire = هغه چې دمخه په عادي کاري چاپېریال کې کار کوي او د خپل کار د ټینګولو لپاره ځانګړې ستونزې لري.»
tm-demande-confirmer-votre-compte-mail = غوښتنه / خپل ایمیل تایید کړئ
tm-vous-n-avez-pas-encore-confirme = تاسو لا خپل حساب نه دی تایید کړی. دا کار د فعالولو د هغه لینک په پرانیستلو کولی شئ چې په ایمیل کې درلېږل شوی.
tm-en-cas-de-difficultes-vous-pouvez = که ستونزه مو درلوده، کولی شئ په contact.mdphenligne@cnsa.fr پته له موږ سره اړیکه ونیسئ
tm-cliquez-ici-pour-renvoyer-un-mail = د تایید ایمیل د بیا لېږلو لپاره دلته کلیک وکړئ
tm-retourner-au-profil = پروفایل ته بېرته تګ

## mdph: layout

tm-connexion = ننوتل

## mdph: main

tm-trouvez-le-service-en-ligne-de = د خپل MDPH آنلاین خدمت پیدا کړئ
tm-votre-demande-en-ligne-a-la = MDPH ته ستاسو آنلاین غوښتنه
tm-la-mdph-c-est-la-maison = MDPH یعنې «له معلولیت سره د خلکو ولایتي کور» (Maison Départementale pour les Personnes Handicapées). کولی شي ستاسو د معلولیت اړوند اړتیاوې پوره کړي.
tm-ce-service-vous-permet-de-saisir = دا خدمت تاسو ته اجازه درکوي چې خپله غوښتنه ولیکئ او MDPH ته یې ولېږئ چې ستاسو دوسیه وڅېړي.
tm-il-vous-permet-de-solliciter-la = اجازه درکوي چې د ګټه اخیستونکي یا د ګټه اخیستونکي د قانوني استازي په توګه MDPH ته غوښتنه وکړئ.
tm-en-fonction-de-votre-situation-vous = ستاسو د حالت په اساس، کېدای شي له لاندې حقونو ګټه واخلئ

## mdph: mdph

tm-votre-mdph = ستاسو MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = خپلې غوښتنې آنلاین تعقیب کړئ
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = ستاسو MDPH د آنلاین غوښتنو دا خدمت نه کاروي
tm-continuer-sur-service-public-fr = په service-public.fr کې دوام
tm-continuer-sur = په { $label } کې دوام

## mdph: medecin

tm-votre-e-mail = ستاسو ایمیل
tm-ex-email-domaine-fr = بېلګه: email@domaine.fr
tm-l-adresse-email-est-obligatoire = ایمیل پته اړینه ده.
tm-modeles-de-certificats = د ډاکټر د تصدیق‌لیکونو بېلګې

## mdph: mon_compte

tm-en-attente-de-validation = تایید ته انتظار
tm-si-vous-n-avez-pas-recu = که دا ایمیل مو نه وي ترلاسه کړی، د بیا لېږلو لپاره دلته کلیک وکړئ.
tm-modifier-mon-mot-de-passe = زما پټنوم بدلول
tm-veuillez-entrer-votre-mot-de-passe = مهرباني وکړئ خپل پخوانی پټنوم ولیکئ.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = ستاسو د ایمیل پتې د تایید لپاره مو تاسو ته ایمیل ولېږه.
tm-type = ډول
tm-document-ajoute = زیات شوی سند
tm-choisir-le-fichier = فایل ټاکل
tm-veuillez-selectionner-un-fichier = مهرباني وکړئ یو فایل وټاکئ
tm-ajouter-ce-fichier = دا فایل زیاتول

## mdph: profil

tm-profil-identite-du-representant-legal = پروفایل / د قانوني استازي پېژندنه
tm-profil-prestations = پروفایل / مرستې او خدمتونه
tm-supprimer-ce-profil = دا پروفایل ړنګول

## mdph: suivi

tm-cookies-deposes-et-opt-out = ساتل شوي کوکیز (cookies) او د هغوی ردول
tm-ce-site-depose-un-petit-fichier = دا وېبپاڼه کله چې یې ګورئ، ستاسو په کمپیوټر کې یو کوچنی متني فایل («cookie») ږدي. دا موږ سره مرسته کوي چې د لیدنو شمېر معلوم کړو او پوه شو چې کومې پاڼې ډېرې لیدل کېږي.
tm-ce-site-naffiche-pas-de-banniere = ولې دا وېبپاڼه د کوکیزو لپاره ستاسو د رضایت پیغام نه ښيي؟
tm-je-contribue-a-enrichir-vos-donnees = زه ستاسو د معلوماتو په بډایه کولو کې مرسته کوم، آیا هغه لیدلی شم؟
tm-bien-sur-les-statistiques-dusage-de = هو، البته! زموږ د ډېرو محصولاتو د کارونې شمېرې، په ګډون د https://mdphenligne.cnsa.fr/، د ټولو لپاره په stats.data.gouv.fr کې پرانیستې دي.

## mdph: autorite-form

tm-parent = مور یا پلار { $n }
tm-exerce-l-autorite-parentale = د مور او پلار واک لري
tm-meme-adresse-que-le-beneficiaire = د ګټه اخیستونکي همغه پته

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = په دې خانه کې د نښې لګولو سره تصدیقوئ چې د { $name } رضایت لرئ چې د هغه په نوم غوښتنه وسپارئ
tm-precisez-le-domicile = د اوسېدو ځای وښایاست
tm-de-vos-parents-ou-l-un = له خپل مور او پلار (یا یو یې) سره
tm-de-vos-enfants-ou-l-un = له خپلو ماشومانو (یا یو یې) سره
tm-d-un-e-ami-e = له یو ملګري سره
tm-d-un-autre-membre-de-votre = د خپلې کورنۍ له بل غړي سره
tm-d-une-famille-d-accueil = له یوې کوربه کورنۍ سره
tm-et-vous-etes = او تاسو
tm-de-categorie = د ډلې
tm-son-prenom = د هغه نوم
tm-montant = مقدار
tm-montant-invalide = مقدار ناسم دی
tm-veuillez-saisir-un-nombre-entre-0 = مهرباني وکړئ د 0 او 100 ترمنځ یو عدد ولیکئ.

## mdph: display-file

tm-pas-de-documents = هېڅ سند نشته
tm-raison-du-refus = د ردولو دلیل:
tm-supprimez = ړنګ یې کړئ
tm-suppression-d-un-document = د یو سند ړنګول

## mdph: footer

tm-contactez-votre-mdph = له خپل MDPH سره اړیکه ونیسئ

## mdph: help

tm-precisez-vos-besoins-de-compensation = هغه مرستې وښایاست چې د معلولیت له امله ورته اړتیا لرئ
tm-plusieurs-reponses-sont-possibles = څو ځوابونه ممکن دي
tm-adaptez-vos-reponses-a-votre-age = خپل ځوابونه له خپل عمر سره برابر کړئ.
tm-le-besoin-daide-correspond-a-une = د مرستې اړتیا یعنې د یو کس مستقیمه مرسته، یا داسې چا ته اړتیا چې تاسو وهڅوي، لارښوونه وکړي یا په خبرو یادونه وکړي، یا مادي یا مالي مرسته.
tm-ce-document-correspond-a-lexpression-de = دا سند ستاسو اړتیاوې هغسې ښيي لکه څنګه یې چې تاسو احساسوئ. وروسته به د MDPH ټیم دقیقه ارزونه وکړي، او که اړتیا وي درسره ګوري.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = له معلولیت سره د لویانو مرسته (AAH) او بشپړونکې یې
tm-carte-d-invalidite-de-priorite-de = د معلولیت / لومړیتوب / پارکینګ کارت
tm-orientation-vers-un-etablissement-ou = یوې طبي-ټولنیزې ادارې یا خدمت (ESMS) ته لېږل
tm-renouvellement-d-allocation = د جبراني مرستې (ACTP یا ACFP) نوي کول
tm-projet-personnalise-de-scolarisation = د زده کړې شخصي پلان – لاره او د زده کړې مرستې
tm-orientation-professionnelle-et-ou = مسلکي لارښوونه او/یا مسلکي زده کړه
tm-reconnaissance-de-la-qualite-de = د معلولیت لرونکي کارګر په توګه پېژندل (RQTH)
tm-affiliation-gratuite-a-l-assurance = د هغو مور او پلار لپاره چې په کور کې پاتې کېږي د تقاعد وړیا بیمه (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = بل ولایت (département)، شمېره یې ولیکئ (د بېلګې په توګه 01 یا 75)

## mdph: menu-dashboard

tm-mes-demandes = زما غوښتنې
tm-documents-associes = تړلي اسناد

## mdph: nav-steps

tm-question-precedente = مخکېنۍ پوښتنه

## mdph: password-field

tm-votre-mot-de-passe-est-d = ستاسو پټنوم ډېر کمزوری دی.
tm-veuillez-saisir-8-caracteres = مهرباني وکړئ 8 توري ولیکئ.
tm-presenter-trois-des-quatre-categories-de = د دې څلورو ډوله تورو درې ډوله ولري: لوی توری، کوچنی توری، عدد او/یا ځانګړې نښې.
tm-ce-jeton-de-modification-a-deja = د بدلون دا کوډ دمخه ستاسو د پټنوم د بیا جوړولو لپاره کارول شوی. مهرباني وکړئ د بیا جوړولو نوې غوښتنه وکړئ.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = اته توري ولري،
tm-etre-d-une-robustesse-moyenne = منځنی ځواک ولري.
tm-afin-de-garantir-au-mieux-l = د معلوماتو د ښه خوندیتوب لپاره، پټنوم باید لږ تر لږه:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = که غواړئ، خپله غوښتنه وضاحت کړئ

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = مهرباني وکړئ یو انتخاب وټاکئ یا خپل ځواب وضاحت کړئ
tm-intitule-du-poste = د دندې نوم
tm-employeur = کارګمارونکی
tm-entreprise = شرکت
tm-type-de-contrat = د تړون ډول
tm-date-de-debut-au-format-jour = د پیل نېټه په ورځ/میاشت/کال بڼه
tm-motif-de-fin-d-activite = د کار د پای دلیل
tm-motif = دلیل
tm-valider-l-experience = تجربه تاییدول
tm-ajouter-une-experience = یوه تجربه زیاتول
tm-annee-d-obtention = د ترلاسه کولو کال
tm-domaine = برخه
tm-intitule-du-diplome = د سند (ډیپلوم) نوم
tm-domaine-d-etude = د زده کړې برخه
tm-retirer-le-dernier-diplome = وروستی ډیپلوم لرې کول
tm-ajouter-un-diplome = یو ډیپلوم زیاتول
tm-matin = سهار
tm-midi = غرمه
tm-soiree-nuit = ماښام/شپه
tm-nom-de-l-etablissement = د ادارې نوم
tm-rue = سړک
tm-ex-college-jules-ferry = بېلګه: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = بېلګه: 1, rue de l'église
tm-ex-paris = بېلګه: Paris
tm-supprimer-le-dernier-etablissement = وروستۍ اداره ړنګول
tm-ajouter-un-etablissement = یوه اداره زیاتول
tm-frais-engages = هغه لګښتونه چې مو کړي
tm-montant-total-frequence = ټول مقدار / څو ځله
tm-montant-rembourse = بېرته ورکړل شوی مقدار
tm-libelle-des-frais = د لګښت ډول
tm-par-jour = په ورځ کې
tm-par-semaine = په اونۍ کې
tm-par-mois = په میاشت کې
tm-par-an = په کال کې
tm-supprimer-le-dernier-frais = وروستی لګښت ړنګول
tm-ajouter-des-frais-ponctuels = یو ځلي لګښتونه زیاتول
tm-ajouter-des-frais-recurrents = تکراري لګښتونه زیاتول
tm-derniere-reponse-enregistree-le = وروستی ثبت شوی ځواب په { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = د ادارې نوم
tm-etes-vous-deja-en-contact = آیا دمخه ورسره اړیکه لرئ؟
tm-supprimer-la-derniere-structure = وروستۍ اداره ړنګول
tm-ajouter-une-structure = یوه اداره زیاتول

## mdph: representant-form

tm-type-de-mesure-de-protection = د ساتنې د تدبیر ډول
tm-tutelle = سرپرستي (tutelle)
tm-curatelle = قانوني پاملرنه (curatelle)
tm-curatelle-renforcee = پیاوړې قانوني پاملرنه (curatelle renforcée)
tm-habilitation-familiale = کورنۍ اجازه (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = اصلي پاڼه

## aidants: 400.html

tm-il-y-a-eu-un-souci = د معلوماتو د تبادلې پر مهال یوه تخنیکي ستونزه پېښه شوه.
tm-la-syntaxe-de-la-requete-est = د غوښتنې بڼه ناسمه ده. کولی شئ بیا هڅه وکړئ یا که ستونزه دوام ومومي له موږ سره اړیکه ونیسئ.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = تاسو د دې پاڼې د پرانیستلو اجازه نه لرئ.
tm-si-vous-pensez-qu-il-s = که فکر کوئ چې دا تېروتنه ده، کولی شئ زموږ اصلي پاڼه وګورئ یا د مرستې لپاره له موږ سره اړیکه ونیسئ.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = هغه پاڼه چې تاسو یې لټوئ ونه موندل شوه. د دې ستونزې لپاره بښنه غواړو.
tm-si-vous-avez-tape-l-adresse = که تاسو د پاڼې پته پخپله په براوزر کې لیکلې، وګورئ چې سمه ده. کېدای شي پاڼه نوره شتون ونه لري. په دې حالت کې، د دوام لپاره کولی شئ زموږ اصلي پاڼه وګورئ. که نه، له موږ سره اړیکه ونیسئ چې سم معلومات ته مو لارښوونه وکړو.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = د FranceConnect له لارې د ننوتلو لپاره ورکړل شوی وخت تېر شو.
tm-vous-pouvez-reessayer-la-connexion = کولی شئ له اصلي پاڼې بیا د ننوتلو هڅه وکړئ. که ستونزه دوام ومومي، له موږ سره اړیکه ونیسئ.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = بښنه غواړو، خدمت ستونزه لري، موږ کار کوو چې ژر تر ژره یې حل کړو.
tm-essayez-de-rafraichir-la-page-ou = پاڼه تازه کړئ یا وروسته بیا هڅه وکړئ.
tm-si-vous-avez-besoin-d-une = که سمدستي مرستې ته اړتیا لرئ، مهرباني وکړئ مستقیم له موږ سره اړیکه ونیسئ.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = وکالت‌نامه (mandat) چاپول
tm-mandat-final = وروستۍ وکالت‌نامه
tm-attention-ceci-est-un-projet-de = پام وکړئ! دا یوازې د وکالت‌نامې مسوده ده. هېڅ قانوني ارزښت نه لري.
tm-le-mandat-a-ete-cree-avec = وکالت‌نامه په بریالیتوب جوړه شوه. مهرباني وکړئ چاپ یې کړئ چې موکل (هغه کس چې وکالت ورکوي) لاسلیک کړي.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 د چاپولو لپاره، د براوزر په مینو کې «Fichier» او بیا «Imprimer» وټاکئ.
tm-projet-de-mandat-traduit = د وکالت‌نامې ژباړل شوې مسوده
tm-vous-trouverez-ci-dessous-un-mandat = لاندې د وکالت‌نامې یوه بېلګه ده چې څو ژباړې لري. د وکالت‌نامې ژباړې یوازې دې ته دي چې کاروونکي ته ووايي وکالت‌نامه څه ده او څه پایلې لري. دا ژباړې هېڅ قانوني ارزښت نه لري. یوازې په فرانسوي ژبه وروستۍ وکالت‌نامه قانوني ارزښت لري.
tm-vous-pouvez-imprimer-ce-mandat-type = کولی شئ دا بېلګه وکالت‌نامه د لاندې تڼۍ په کلیک کولو چاپ کړئ. پام وکړئ، یادونه کوو چې دا وکالت‌نامه هېڅ قانوني ارزښت نه لري. یوازې د کاروونکي د خبرتیا لپاره ژباړل شوې.
tm-version-francaise = فرانسوي نسخه
tm-traduire-le-mandat-en = وکالت‌نامه وژباړئ په:
tm-mandat-pour-realiser-des-demarches-en = د «Aidants Connect» خدمت سره د آنلاین کارونو د ترسره کولو وکالت‌نامه
tm-attention-nous-vous-rappelons-que-ce = پام وکړئ، یادونه کوو چې دا وکالت‌نامه هېڅ قانوني ارزښت نه لري. یوازې د کاروونکي د خبرتیا لپاره ژباړل شوې.
tm-version-francaise-et-traductions = فرانسوي نسخه او ژباړې
tm-revocation-d-une-autorisation-via-le = د «Aidants Connect» خدمت له لارې د یوې اجازې لغوه کول
tm-je-soussigne-e-souhaite-revoquer-l = زه لاسلیک کوونکی، { $get_full_name }، غواړم هغه اجازه «{ $authorization }» لغوه کړم چې په { $creation_date } له { $organisation } سره جوړه شوې وه.
tm-fait-a-le = په { $display_address } کې، په { $date } نېټه لیکل شوی
tm-le-mandant = موکل
tm-lautorisation-a-ete-revoquee-avec-succes = اجازه په بریالیتوب لغوه شوه. مهرباني وکړئ چاپ یې کړئ چې موکل لاسلیک کړي.
tm-l-autorisation-a-ete-revoquee-avec = اجازه په بریالیتوب لغوه شوه!
tm-rappel-de-l-autorisation-revoquee = د لغوه شوې اجازې یادونه
tm-thematique-administrative = اداري موضوع
tm-date-de-l-autorisation = د اجازې نېټه
tm-expiration-de-l-autorisation = د اجازې پای
tm-imprimer-l-attestation-de-revocation = د لغوې تصدیق‌لیک چاپول
tm-confirmer-la-revocation-de-l = د اجازې لغوه تاییدول
tm-merci-de-verifier-les-informations-ci = مهرباني وکړئ د اجازې د لغوې له تاییدولو مخکې لاندې معلومات وګورئ
tm-rappel-de-l-autorisation-en-cours = د هغې اجازې یادونه چې لغوه کېږي
tm-thematique-administrative-associee = تړلې اداري موضوع
tm-souhaitez-vous-confirmer-la-revocation = آیا غواړئ د دې اجازې لغوه تایید کړئ؟
tm-revoquer-l-autorisation = اجازه لغوه کول
tm-confirmation-de-revocation = د لغوې تایید
tm-merci-de-verifier-les-informations-ci-2 = مهرباني وکړئ د وکالت‌نامې د لغوې له تاییدولو مخکې لاندې معلومات وګورئ
tm-rappel-du-mandat-en-cours-de = د هغې وکالت‌نامې یادونه چې لغوه کېږي
tm-date-du-mandat = د وکالت‌نامې نېټه
tm-expiration-du-mandat = د وکالت‌نامې پای
tm-souhaitez-vous-confirmer-la-revocation-2 = آیا غواړئ د دې وکالت‌نامې لغوه تایید کړئ؟
tm-revoquer-le-mandat = وکالت‌نامه لغوه کول
tm-revocation-d-un-mandat-via-le = د Aidants Connect خدمت له لارې د یوې وکالت‌نامې لغوه کول
tm-je-soussigne-e-souhaite-revoquer-le = زه لاسلیک کوونکی، { $usager_name }، غواړم د «Aidants Connect» هغه وکالت‌نامه لغوه کړم چې په { $creation_date } له { $organisation } سره جوړه شوې وه.
tm-le-mandat-a-ete-revoque-avec = وکالت‌نامه په بریالیتوب لغوه شوه. مهرباني وکړئ چاپ یې کړئ چې موکل لاسلیک کړي.
tm-le-mandat-a-ete-revoque-avec-2 = وکالت‌نامه په بریالیتوب لغوه شوه!
tm-rappel-du-mandat-revoque = د لغوه شوې وکالت‌نامې یادونه
tm-mandat-pour-realiser-des-demarches = د یو کاروونکي په ګټه د «Aidants Connect» خدمت له لارې د آنلاین اداري کارونو د ترسره کولو وکالت‌نامه، د هغه روغتیايي بیړني حالت پر مهال چې د 2020 کال د مارچ د 23 قانون څلورمې مادې اعلان کړی و.
tm-je-soussigne-e-autorise-dont-seuls = زه لاسلیک کوونکی، { $get_full_name }، { $organisation } ته چې یوازې واک لرونکي کارکوونکي یې زما پر ځای کار کولی شي، اجازه ورکوم چې زما په نوم، د مدني قانون د 1984 او وروسته مادو سره سم، لاندې آنلاین اداري کارونه ترسره کړي، که د FranceConnect له لارې وي که نه:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } { $name } ته اجازه ورکوي چې د هغه شخصي معلومات یوازې د دې وکالت‌نامې د اجرا لپاره وکاروي.
tm-l-aidant-habilite-de-a-rappele = د { $name } واک لرونکي مرستندوی { $usager } ته یادونه وکړه: د کار موخه، د هغه د معلوماتو د راټولولو دلیل او ګټه؛ دا چې پر خپلو معلوماتو حقونه لري (لیدل، سمول، ړنګول او نور) او دا چې موکل هر وخت کولی شي خپله رضایت بېرته واخلي.
tm-a-cette-fin = د دې لپاره:
tm-ne-collecter-et-conserver-que-les = یوازې هغه معلومات راټول او وساتي چې د لېست شویو کارونو لپاره رښتیا اړین دي،
tm-nutiliser-les-informations-fournies-que = ورکړل شوي معلومات یوازې د لېست شویو کارونو لپاره وکاروي. د نورو کارونو لپاره، باید لومړی کاروونکي ته خبر ورکړي او اجازه یې واخلي؛
tm-ne-collecter-et-conserver-que-les-2 = یوازې هغه معلومات راټول او وساتي چې د لېست شویو کارونو د ساحو لپاره رښتیا اړین دي؛
tm-nutiliser-les-informations-fournies-que-2 = ورکړل شوي معلومات یوازې د دې کارونو د ترسره کولو لپاره وکاروي. د نورو کارونو لپاره، باید لومړی کاروونکي ته خبر ورکړي او اجازه یې واخلي؛
tm-mettre-a-jour-puis-a-supprimer = د کاروونکي ټول معلومات تازه او بیا ړنګ کړي کله چې د کارونو لپاره نور اړین نه وي؛
tm-respecter-la-confidentialite-des = د ورکړل شویو معلوماتو محرمیت رعایت کړي؛
tm-prendre-toutes-les-precautions-pour = د لېږل شویو شخصي معلوماتو د خوندیتوب لپاره ټول احتیاطونه ونیسي.
tm-le-mandataire-sengage-a = وکیل (هغه کس چې ستاسو پر ځای کار کوي) ژمنه کوي چې:
tm-le-present-mandat-est-accepte-et = دا وکالت‌نامه د هغې مودې لپاره منل شوې چې د { $name } واک لرونکي مرستندوی ته د خپلو دندو د ترسره کولو لپاره اړینه ده. وکالت‌نامه هغه وخت پای ته رسېږي چې پورته یاد شوي کارونه ترسره شي، یا هر وخت چې موکل یا وکیل پرېکړه وکړي چې لغوه یې کړي.
tm-l-aidant-habilite-de-est-tenu = د { $name } واک لرونکی مرستندوی مکلف دی چې تر هغه وخته وکالت ترسره کړي چې مسؤل وي، او د مدني قانون د 1991 او وروسته مادو سره سم، د هغه زیان او تاوان ځواب ورکوي چې د نه ترسره کولو له امله پېښ شي.
tm-mandat-pour-realiser-des-demarches-en-2 = د روغتیايي بیړني حالت پر مهال د «Aidants Connect» خدمت سره د آنلاین کارونو د ترسره کولو وکالت‌نامه
tm-je-mappelle-je-suis-le-mandant = زما نوم: { $name } (زه موکل یم)
tm-jautorise-cest-le-mandataire-a-realiser = { $name } (هغه وکیل دی) ته اجازه ورکوم چې زما پر ځای لاندې اداري کارونه ترسره کړي: { $n }
tm-cette-autorisation-est-conforme-aux = دا اجازه د مدني قانون د 1984 او وروسته مادو سره سمون لري. کارونه به په انټرنېټ کې، په هغو وېبپاڼو کې چې FranceConnect کاروي یا په نورو وېبپاڼو کې ترسره شي. همدارنګه د ادارې په هره منل شوې لاره (ټیلیفون، کاغذ، ایمیل، …) ترسره کېدای شي.
tm-je-peux-annuler-mon-autorisation-a = زه کولی شم خپله اجازه هر وخت لغوه کړم.
tm-je-reconnais-que-laidant-habilite-par = منم چې د { $name } لخوا واک لرونکي مرستندوی ما ته د خپل کار موخه یاده کړه، او د راټولو شویو معلوماتو د اړتیا او ګټې په اړه یې خبر کړم؛
tm-jautorise-les-aidants-habilites-par-a = د { $name } لخوا واک لرونکو مرستندویانو ته اجازه ورکوم چې زما شخصي معلومات د دې وکالت‌نامې په چوکاټ کې وکاروي. پوهېږم چې زما په اړه پر معلوماتو حقونه لرم: لیدل، سمول، ړنګول.
tm-pour-que-puisse-agir-a-ma = د دې لپاره چې { $name } زما پر ځای کار وکړي:
tm-effectuer-les-demarches-listees-dans-ce = په دې سند کې لېست شوي کارونه زما پر ځای ترسره کړي، د هغو معلوماتو پر بنسټ چې ما ورکړي؛
tm-collecter-et-conserver-seulement-les = یوازې هغه معلومات راټول او وساتي چې په دې سند کې لېست شویو کارونو یا ورپورې تړلو کارونو ته اړین دي؛
tm-utiliser-et-communiquer-seulement-les = یوازې هغه معلومات وکاروي او نورو ته یې ورکړي چې په دې سند کې لېست شویو کارونو یا ورپورې تړلو کارونو ته اړین دي؛
tm-minformer-et-demander-mon-autorisation = په دې سند کې له لېست شویو کارونو پرته د نورو کارونو له ترسره کولو مخکې ما خبر کړي او اجازه مې واخلي؛
tm-mettre-a-jour-et-supprimer-lensemble = زما ټول شخصي معلومات تازه او ړنګ کړي کله چې نور ګټور نه وي؛
tm-sinterdire-de-rendre-publiques-mes = زما شخصي معلومات هېڅکله عامه نه کړي؛
tm-prendre-toutes-les-precautions-pour-2 = زما د شخصي معلوماتو د خوندیتوب لپاره ټول احتیاطونه ونیسي.
tm-les-aidants-habilites-par-doivent = د { $name } لخوا واک لرونکي مرستندویان باید:
tm-a-partir-du-moment-ou-un = له هغې شېبې چې د { $name } لخوا واک لرونکی مرستندوی زما پر ځای په دې سند کې له لېست شویو کارونو څخه یو ترسره کوي، مني چې دا کار په دې سند کې د لیکل شویو شرطونو سره سم ترسره کړي.
tm-les-demarches-decrites-ci-dessus-sont = پورته لیکل شوي کارونه ترسره شي؛
tm-je-decide-de-lannuler = زه پرېکړه وکړم چې لغوه یې کړم؛
tm-laidant-habilite-par-decide-de-lannuler = د { $name } لخوا واک لرونکی مرستندوی پرېکړه وکړي چې لغوه یې کړي؛
tm-je-donne-mon-autorisation-a-une = زه خپله اجازه بل کس ته ورکړم چې د { $name } لخوا واک لرونکی مرستندوی نه وي. په دې حالت کې، باید { $name } ژر تر ژره خبر کړم.
tm-mon-autorisation-est-donnee-et-acceptee = زما اجازه ورکړل شوې او منل شوې ده { $n }. مخکې پای ته رسېږي که:
tm-l-aidant-habilite-par-doit-accomplir = د { $name } لخوا واک لرونکی مرستندوی باید تر هغه وخته چې وکالت‌نامه د اعتبار وړ وي، په دې سند کې لېست شوي کارونه زما پر ځای ترسره کړي. که د { $name } لخوا واک لرونکی مرستندوی په دې سند کې لیکل شوي شرطونه رعایت نه کړي، مسؤل ګڼل کېدای شي (د مدني قانون 1991 ماده).
tm-jautorise-cest-le-mandataire-a-realiser-2 = { $name } (هغه وکیل دی) ته اجازه ورکوم چې زما پر ځای لاندې اداري کارونه ترسره کړي:
tm-collecter-et-conserver-utiliser-et = یوازې هغه معلومات راټول، وساتي، وکاروي او نورو ته یې ورکړي چې په دې سند کې لېست شویو کارونو یا ورپورې تړلو کارونو ته اړین دي؛
tm-l-aidant-habilite-par-doit-accomplir-2 = د { $name } لخوا واک لرونکی مرستندوی باید تر هغه وخته چې وکالت‌نامه د اعتبار وړ وي، په دې سند کې لېست شوي کارونه زما پر ځای ترسره کړي. که په دې سند کې لیکل شوي شرطونه رعایت نه کړي، مسؤل ګڼل کېدای شي (د مدني قانون 1991 ماده).
tm-fait-a-le-2 = په { $display_address }، { $display_city } کې، په { $date } نېټه لیکل شوی
tm-jautorise-cest-le-mandataire-a-realiser-3 = { $name } (هغه وکیل دی) ته اجازه ورکوم چې زما په استازیتوب لاندې اداري کارونه ترسره کړي:
tm-pour-que-puisse-agir-pour-mon = د دې لپاره چې { $name } زما په استازیتوب کار وکړي:
tm-effectuer-les-demarches-listees-dans-ce-2 = په دې سند کې لېست شوي کارونه زما په استازیتوب ترسره کړي، د هغو معلوماتو پر بنسټ چې ما ورکړي؛
tm-a-partir-du-moment-ou-un-2 = له هغې شېبې چې د { $name } لخوا واک لرونکی مرستندوی زما په استازیتوب په دې سند کې له لېست شویو کارونو څخه یو ترسره کوي، مني چې دا کار په دې سند کې د لیکل شویو شرطونو سره سم ترسره کړي.
tm-l-aidant-habilite-par-doit-accomplir-3 = د { $name } لخوا واک لرونکی مرستندوی باید تر هغه وخته چې وکالت‌نامه د اعتبار وړ وي، په دې سند کې لېست شوي کارونه زما په استازیتوب ترسره کړي. که په دې سند کې لیکل شوي شرطونه رعایت نه کړي، مسؤل ګڼل کېدای شي (د مدني قانون 1991 ماده).
tm-mandat-pour-realiser-des-demarches-en-3 = د «Aidants Connect» خدمت سره د آنلاین کارونو د ترسره کولو وکالت‌نامه
tm-je-mappelle-et-je-suis-le = زما نوم { $name } دی او زه موکل یم.
tm-jautorise-en-tant-que-mandataire-a = { $name } ته، د وکیل په توګه، اجازه ورکوم چې زما په استازیتوب لاندې اداري کارونه ترسره کړي:
tm-je-declare-ne-pas-faire-l = اعلانوم چې د هېڅ قانوني ساتنې تدبیر (sauvegarde de justice، tutelle یا curatelle) لاندې نه یم.
tm-jautorise-les-aidants-habilites-par-a-2 = د { $name } لخوا واک لرونکو مرستندویانو ته اجازه ورکوم چې زما شخصي معلومات د دې وکالت‌نامې په چوکاټ کې وکاروي. پوهېږم چې زما په اړه پر معلوماتو حقونه لرم: لیدل، خبرېدل، سمول، محدودول، ړنګول.
tm-quand-un-aidant-habilite-par-realise = کله چې د { $name } لخوا واک لرونکی مرستندوی زما په استازیتوب له پورته لېست شویو کارونو څخه یو ترسره کوي، ژمنه کوي چې په دې سند کې د لیکل شویو شرطونو او مودې سره سم یې ترسره کړي، که نه مدني او جزايي مسؤلیت لري.
tm-prendre-toutes-les-precautions-pour-3 = زما د شخصي معلوماتو د خوندیتوب او محرمیت لپاره ټول احتیاطونه ونیسي.
tm-un-aidant-habilite-par-decide-de = د { $name } لخوا یو واک لرونکی مرستندوی پرېکړه وکړي چې لغوه یې کړي؛
tm-fait-a-le-3 = په { $display_address }، { $zipcode } { $display_city } کې، په { $date } نېټه لیکل شوی
tm-prenom-nom-et-signature-du-mandataire = د وکیل (مرستندوی) نوم، تخلص او لاسلیک
tm-prenom-nom-et-signature-du-mandant = د موکل (کاروونکي) نوم، تخلص او لاسلیک
tm-il-y-a-des-erreurs-dans = په فورمه کې تېروتنې شته
tm-lisez-ces-mentions-a-lusager = دا متن کاروونکي ته ولولئ
tm-le-mandat-est-une-autorisation-ecrite = وکالت‌نامه یوه لیکلې اجازه ده چې مرستندوی ته اجازه ورکوي ستاسو لپاره اداري کارونه ترسره کړي. تاسو او هغه مرستندوی چې درسره مرسته کوي ساتي. هر وخت یې پای ته رسولی شئ.
tm-une-fois-ce-mandat-signe-par = کله چې دا وکالت‌نامه دواړو خواوو لاسلیک کړه، مرستندوی ژمنه کوي چې:
tm-realiser-les-demarches-listees-dans-le = په وکالت‌نامه کې لېست شوي کارونه د هغو معلوماتو پر بنسټ ترسره کړي چې تاسو ورکړي؛
tm-utiliser-et-enregistrer-seulement-les = یوازې هغه معلومات وکاروي او ثبت کړي چې دې کارونو ته اړین دي؛
tm-ne-pas-effectuer-dautres-demarches-que = په وکالت‌نامه کې له لېست شویو کارونو پرته نور کارونه ونه کړي؛
tm-securiser-lensemble-de-vos-informations = ستاسو ټول معلومات خوندي وساتي او کله چې نور ګټور نه وي ړنګ یې کړي.
tm-connectez-lusager-a-franceconnect = کاروونکی FranceConnect ته ننباسئ
tm-recapitulatif-du-mandat-a-distance = د لرې وکالت‌نامې لنډیز
tm-elements-du-mandat = د وکالت‌نامې برخې
tm-validation-de-lusager = د کاروونکي تایید
tm-en-cochant-ces-cases-confirme = په دې خانو کې د نښې لګولو سره، { $name } تاییدوي:
tm-validation-de-laidant = د مرستندوی تایید
tm-enregistrer-le-mandat = وکالت‌نامه ثبتول

## aidants: login

tm-vous-etes-un-particulier = آیا تاسو یو عادي کس یاست؟
tm-aidants-connect-n-est-pas-un = Aidants Connect د عادي کسانو یا هغو خپلوانو لپاره وسیله نه ده چې له چا سره مرسته کوي.
tm-vous-rencontrez-un-probleme-lors-de = آیا د France Connect له لارې په ننوتلو کې یا د عامه خدماتو (CAF، مالیات، ANTS...) په خپلو شخصي پاڼو ته په رسېدو کې ستونزه لرئ؟ د مرستې ځانګړې پاڼه وګورئ.
tm-vous-rencontrez-des-difficultes-avec-le = آیا له کمپیوټر او انټرنېټ سره ستونزه لرئ او غواړئ څوک درسره وي چې خپل کارونه ترسره کړئ یا پخپله یې زده کړئ؟ خپل کور ته نږدې ځای پیدا کړئ.

## aidants: aidants_connect_common

tm-adresse-e-mail = ایمیل پته

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = د موبایل شمېره
tm-format-attendu-10-chiffres = سمه بڼه: 10 عددونه
tm-format-attendu-6-chiffres = سمه بڼه: 6 عددونه
tm-selectionnez-la-ou-les-demarches = کار یا کارونه وټاکئ
tm-choisissez-la-duree-du-mandat = د وکالت‌نامې موده وټاکئ
tm-code-a-6-chiffres = 6 عددي کوډ
tm-choisir = وټاکئ…
tm-exemple-prenom-nom-exemple-fr = بېلګه: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = نوې ایمیل پته
tm-erreur-veuillez-saisir-uniquement-des = تېروتنه: مهرباني وکړئ یوازې سمې ایمیل پتې ولیکئ.
tm-telephone-mobile = موبایل

## dsfr: component/checkbox

tm-libelle-checkbox = د نښې خانې سرلیک
tm-libelle-checkbox-sub-et-sup = د نښې خانې سرلیک د ښکته او پورته متن سره
tm-libelle-case-a-cocher = د نښې خانې سرلیک
tm-theme-clair = روښانه بڼه
tm-theme-sombre = تیاره بڼه
tm-systeme = سیسټم
tm-legende-pour-lensemble-des-elements = د ټولو برخو لپاره سرلیک
tm-choisissez-un-theme-pour-personnaliser = یوه بڼه وټاکئ چې د وېبپاڼې بڼه ستاسو خوښې ته بدله کړئ.
tm-texte-de-description-additionnel = اضافي تشریحي متن
tm-utilise-les-parametres-systeme = د سیسټم تنظیمات کاروي
tm-extrait-de-code = د کوډ یوه ټوټه
tm-libelle-bouton = د تڼۍ سرلیک
tm-texte-derreur-obligatoire = د تېروتنې متن اړین دی
tm-texte-de-validation = د تایید متن
tm-verifier-ma-demande = زما غوښتنلیک وګورئ
tm-supprimer-le-justificatif-de-domicile = د استوګنې سند ړنګ کړئ
tm-la-case-a-cocher-permet-a = د نښې خانه کاروونکي ته اجازه ورکوي چې له یو لېست څخه یو یا څو انتخابونه وټاکي. د څو شیانو د ټاکلو لپاره (له 0 تر N پورې)، یا د دوو حالتونو ترمنځ د ټاکلو لپاره کارول کېږي، کله چې کاروونکی کولی شي یو انتخاب وټاکي یا یې لرې کړي.
tm-dsfr-v1-15-3 = DSFR نسخه 1.15.3
tm-retour = بېرته
tm-case-a-cocher-checkbox = د نښې خانه (checkbox)
tm-case-a-cocher-seule = یوازې یوه د نښې خانه
tm-case-a-cocher-seule-exemple-avec = یوازې یوه د نښې خانه، بېلګه د ښکته او پورته متن سره
tm-case-a-cocher-avec-texte-daide = د نښې خانه د لارښود متن سره
tm-case-a-cocher-seule-validee = یوازې یوه د نښې خانه، سمه
tm-case-a-cocher-seule-avec-erreur = یوازې یوه د نښې خانه د تېروتنې سره
tm-case-a-cocher-seule-indeterminee = یوازې یوه د نښې خانه، نامعلومه
tm-ensemble-de-cases-a-cocher = د نښې خانو ډله
tm-ensemble-de-cases-a-cocher-petite = د نښې خانو ډله، کوچنۍ اندازه
tm-ensemble-de-cases-a-cocher-desactivees = د غیرفعالو نښې خانو ډله
tm-ensemble-de-cases-a-cocher-en = د نښې خانو ډله په یوه کرښه کې
tm-ensemble-de-cases-a-cocher-avec = د نښې خانو ډله د لارښود متن سره
tm-ensemble-de-cases-a-cocher-avec-2 = د نښې خانو ډله د تېروتنې سره
tm-ensemble-de-cases-a-cocher-validees = د سمو نښې خانو ډله
tm-ensemble-de-cases-a-cocher-avec-3 = د نښې خانو ډله د تېروتنې سره، په یوه کرښه کې
tm-ensemble-de-cases-a-cocher-validees-2 = د سمو نښې خانو ډله، په یوه کرښه کې
tm-ensemble-de-cases-a-cocher-avec-4 = د نښې خانو ډله د ځانګړي لارښود متن سره
tm-ensemble-de-cases-a-cocher-avec-5 = د نښې خانو ډله د ځانګړي لارښود متن سره، کوچنۍ اندازه
tm-autres-versions = نورې نسخې
tm-parametres-daffichage = د ښودلو تنظیمات

## dsfr: component/input

tm-libelle-champ-de-saisie = د لیکلو د خانې سرلیک
tm-envoyer = لېږل
tm-supprimer-le-champ = خانه ړنګول
tm-placeholder = د خانې دننه بېلګه متن (placeholder)
tm-champ-de-saisie-input = د لیکلو خانه (input)
tm-les-champs-permettent-a-un-utilisateur = خانې کاروونکي ته اجازه ورکوي چې منځپانګه او معلومات ولیکي.
tm-champ-de-type-text = د «متن» ډول خانه (text)
tm-champ-de-type-number = د «شمېرې» ډول خانه (number)
tm-champ-de-type-search = د «لټون» ډول خانه (search)
tm-champ-de-type-date = د «نېټې» ډول خانه (date)
tm-preferez-l-utilisation-du-modele-de = غوره ده چې د یوې نېټې د خانې بېلګه وکاروئ
tm-champ-de-type-textarea = د «اوږد متن» ډول خانه (textarea)
tm-champ-de-type-password = د «پټنوم» ډول خانه (password)
tm-preferez-l-utilisation-du-composant-mot = غوره ده چې د «پټنوم» برخه وکاروئ
tm-combo-champ-bouton-d-envoi = خانه د لېږلو تڼۍ سره
tm-combo-champ-bouton-d-action = خانه د کړنې تڼۍ سره
tm-champ-avec-placeholder = خانه چې دننه یې بېلګه متن وي
tm-champ-avec-valeur-initiale = خانه د لومړني ارزښت سره
tm-champ-avec-icone-personalisee = خانه د ځانګړې نښې (icon) سره
tm-champ-desactive = غیرفعاله خانه
tm-champ-avec-texte-additionnel = خانه د اضافي متن سره
tm-champ-valide-avec-texte-de-succes = سمه خانه د بریالیتوب د متن سره
tm-champ-en-erreur-avec-texte-d = خانه چې تېروتنه لري د تېروتنې د متن سره

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] لږ تر لږه { $n } توری
       *[other] لږ تر لږه { $n } توري
    }
tm-la-demande-de-mot-de-passe = د پټنوم خانه کاروونکي سره مرسته کوي چې پټنوم جوړ کړي یا یې ولیکي.
tm-mot-de-passe-password = پټنوم (password)
tm-mot-de-passe-avec-description = پټنوم د تشریح سره
tm-mot-de-passe-apres-validation = پټنوم د تایید وروسته
tm-mot-de-passe-de-connexion = د ننوتلو پټنوم

## dsfr: component/radio

tm-libelle-bouton-radio = د یو انتخاب د تڼۍ (radio) سرلیک
tm-libelle-radio-sup-sub = د یو انتخاب د تڼۍ سرلیک د پورته او ښکته متن سره
tm-le-bouton-radio-permettent-a = د یو انتخاب تڼۍ (radio) کاروونکي ته اجازه ورکوي چې له یو لېست څخه یوازې یو انتخاب وټاکي.
tm-bouton-radio-radio = د یو انتخاب تڼۍ (radio)
tm-bouton-radio-simple = ساده د یو انتخاب تڼۍ
tm-ensemble-de-boutons-radio = د یو انتخاب د تڼیو ډله
tm-ensemble-de-boutons-radio-petite-taille = د یو انتخاب د تڼیو ډله، کوچنۍ اندازه
tm-ensemble-de-boutons-radio-desactivees = د یو انتخاب د غیرفعالو تڼیو ډله
tm-ensemble-de-boutons-radio-en-ligne = د یو انتخاب د تڼیو ډله په یوه کرښه کې
tm-ensemble-de-boutons-radio-avec-texte = د یو انتخاب د تڼیو ډله د لارښود متن سره
tm-ensemble-de-boutons-radio-avec-erreur = د یو انتخاب د تڼیو ډله د تېروتنې سره
tm-ensemble-de-boutons-radio-avec-erreur-2 = د یو انتخاب د تڼیو ډله د تېروتنې سره، په یوه کرښه کې
tm-ensemble-de-boutons-radio-valides = د یو انتخاب د سمو تڼیو ډله
tm-ensemble-de-boutons-radio-valides-en = د یو انتخاب د سمو تڼیو ډله، په یوه کرښه کې
tm-ensemble-de-boutons-radio-avec-texte-2 = د یو انتخاب د تڼیو ډله د ځانګړي لارښود متن سره
tm-ensemble-de-boutons-radio-avec-texte-3 = د یو انتخاب د تڼیو ډله د ځانګړي لارښود متن سره، کوچنۍ اندازه
tm-ensemble-de-boutons-radio-libelle-en = د یو انتخاب د تڼیو ډله، سرلیک د ښکته او پورته متن سره
tm-bouton-radio-riche = لویه د یو انتخاب تڼۍ (د انځور سره)
tm-ensemble-de-boutons-radio-riches-simple = د یو انتخاب د لویو تڼیو ډله، ساده
tm-ensemble-de-boutons-radio-riches-en = د یو انتخاب د لویو تڼیو ډله، په یوه کرښه کې، ساده
tm-ensemble-de-boutons-radio-riches-sans = د یو انتخاب د لویو تڼیو ډله پرته له انځوره
tm-ensemble-de-boutons-radio-riches-sans-2 = د یو انتخاب د لویو تڼیو ډله پرته له انځوره، په یوه کرښه کې
tm-ensemble-de-boutons-radio-riches-avec = د یو انتخاب د لویو تڼیو ډله د لارښود متنونو سره
tm-ensemble-de-boutons-radio-riches-avec-2 = د یو انتخاب د لویو تڼیو ډله د لارښود متنونو سره، په یوه کرښه کې
tm-ensemble-de-boutons-radio-riches-avec-3 = د یو انتخاب د لویو تڼیو ډله د تېروتنې او لارښود متنونو سره
tm-ensemble-de-boutons-radio-riches-avec-4 = د یو انتخاب د لویو تڼیو ډله د تېروتنې او لارښود متنونو سره، په یوه کرښه کې
tm-ensemble-de-boutons-radio-riches = د یو انتخاب د لویو غیرفعالو تڼیو ډله

## dsfr: component/select

tm-libelle-pour-liste-deroulante = د ښکته کېدونکي لېست سرلیک
tm-option = انتخاب { $n }
tm-selectionnez-une-option = یو انتخاب وټاکئ
tm-la-liste-deroulante-permet-a-un = ښکته کېدونکی لېست کاروونکي ته اجازه ورکوي چې له یو ټاکلي لېست څخه یو شی وټاکي.
tm-liste-deroulante-select = ښکته کېدونکی لېست (select)
tm-liste-deroulante-par-defaut = عادي ښکته کېدونکی لېست
tm-liste-deroulante-desactivee = غیرفعال ښکته کېدونکی لېست
tm-liste-deroulante-avec-texte-de = ښکته کېدونکی لېست د تشریحي متن سره
tm-liste-deroulante-valide = سم ښکته کېدونکی لېست
tm-liste-deroulante-erreur = ښکته کېدونکی لېست د تېروتنې سره
tm-liste-deroulante-avec-groupe-d-options = ښکته کېدونکی لېست د انتخابونو د ډلو سره

## dsfr: component/upload

tm-ajouter-un-fichier = یو فایل زیاتول
tm-ajouter-des-fichiers = فایلونه زیاتول
tm-ce-composant-permet-aux-utilisateurs-de = دا برخه کاروونکو ته اجازه ورکوي چې یو یا څو فایلونه وټاکي او ویې لېږي.
tm-ajout-de-fichier-upload = د فایل زیاتول (upload)
tm-bouton-upload-1-seul-fichier = د یوازې یو فایل د پورته کولو تڼۍ
tm-bouton-upload-avec-erreur = د فایل پورته کولو تڼۍ د تېروتنې سره
tm-bouton-upload-fichiers-multiples = د څو فایلونو د پورته کولو تڼۍ
tm-bouton-upload-desactive = د فایل پورته کولو غیرفعاله تڼۍ

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = [د خدمت یا وېبپاڼې نوم] ته ننوتل
tm-format-attendu = سمه بڼه: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect هغه لاره ده چې دولت یې وړاندې کوي څو آنلاین خدماتو ته ننوتل خوندي او اسانه شي.
tm-se-connecter-avec-franceconnect = د FranceConnect له لارې ننوتل
tm-vous-navez-pas-de-compte = حساب نه لرئ؟

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = د ننوتلو نوم یا پټنوم ناسم دی

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = د خپل حساب پټنوم بېرته ترلاسه کول
tm-description-veuillez-saisir-ladresse = تشریح — مهرباني وکړئ هغه ایمیل پته ولیکئ چې ستاسو له حساب سره تړلې ده. د پټنوم د بدلولو لپاره به تاسو ته نور معلومات ولېږو
tm-recuperation-de-mot-de-passe-sur = په [د خدمت یا وېبپاڼې نوم] کې د پټنوم بېرته ترلاسه کول

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = جزئیات — که تاسو ته ایمیل نه وي رسېدلی (د ناغوښتل شویو پیغامونو فولډر هم وګورئ)، کولی شئ خپله ایمیل پته بیا ولیکئ.
tm-votre-demande-de-recuperation-de-mot = د پټنوم د بېرته ترلاسه کولو غوښتنه مو ولېږل شوه. په څو شېبو کې به تاسو ته یو ایمیل درشي.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = د ننوتلو پاڼې

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = په [د خدمت یا وېبپاڼې نوم] کې د حساب جوړول
tm-se-creer-un-compte-en-choisissant = د ننوتلو نوم وټاکئ او ځان ته حساب جوړ کړئ
tm-sauf-mention-contraire-tous-les-champs = ټولې خانې اړینې دي، مګر دا چې بل ډول لیکل شوي وي.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = د ننوتلو نوم ټاکل
tm-etape-sur = ګام { $n } له { $count } څخه
tm-etape-suivante-renseigner-une-identite = بل ګام: د پېژندنې معلومات لیکل

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = ښځینه
tm-masculin = نارینه
tm-je-n-ai-pas-de-prenom = زه نوم (لومړی نوم) نه لرم
tm-identite-personnelle = شخصي پېژندنه
tm-sexe = جنس
tm-renseigner-une-identite = د پېژندنې معلومات لیکل
tm-etape-suivante-saisir-des-coordonnees = بل ګام: د اړیکې معلومات لیکل

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = د پتې نور جزئیات (اختیاري)
tm-coordonnees-personnelles = شخصي د اړیکې معلومات
tm-adresse-postale = پوستي پته
tm-indication-numero-et-voie = لارښوونه: د کور شمېره او د سړک نوم
tm-indication-batiment-immeuble-escalier-et = لارښوونه: ودانۍ، بلاک، زینه او د اپارتمان شمېره
tm-exemple-montpellier = بېلګه: Montpellier
tm-saisir-des-coordonnees = د اړیکې معلومات لیکل

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = د حساب جوړولو پاڼې

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = ستاسو حساب جوړ شو. په څو شېبو کې به تاسو ته یو ایمیل درشي چې د تایید لینک لري.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = ستاسو حساب فعال شو. له همدې اوسه یې کارولی شئ.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = د ځای نوم (lieu-dit)، فرعي ښاروالۍ (commune déléguée) یا پوستي بکس
tm-numero = شمېره
tm-voie = سړک
tm-batiment = ودانۍ
tm-immeuble = بلاک (د اوسېدو ودانۍ)
tm-escalier = زینه
tm-numero-d-appartement = د اپارتمان شمېره
tm-complement-d-adresse-postale = د پوستي پتې نور جزئیات
tm-la-demande-dadresse-postale-permet = د پوستي پتې خانه کاروونکي سره مرسته کوي چې خپله پته ولیکي.
tm-bloc-fonctionnel-d-adresse-postale = د پوستي پتې د خانو ډله (address)
tm-demande-dune-adresse-postale-nationale = په فرانسه کې د پوستي پتې پوښتنه
tm-demande-dune-adresse-postale-nationale-2 = په فرانسه کې د پوستي پتې پوښتنه + د ځای نوم، فرعي ښاروالۍ یا پوستي بکس
tm-complement-d-adresse = د پتې نور جزئیات

## dsfr: layout/pattern/civility

tm-docteur = ډاکټر
tm-inspecteur = څارونکی (inspecteur)
tm-sans-reponse = بې ځوابه
tm-titre-dappel = د خطاب لقب (تاسو ته څنګه ووایو)
tm-demande-de-situation-familiale = د کورني حالت پوښتنه
tm-demande-du-titre-dappel = د خطاب د لقب پوښتنه
tm-concubinage = پرته له نکاح ګډ ژوند
tm-pacse = د PACS تړون لرونکی
tm-marie = واده شوی
tm-veuf = کونډ (چې مېرمن یې مړه شوې)
tm-divorce = طلاق شوی
tm-recteur = د ښوونیزې سیمې مشر (recteur)
tm-proviseur = د لیسې مدیر
tm-professeur = ښوونکی
tm-principal = د منځني ښوونځي (collège) مدیر
tm-la-demande-de-civilite-permet-a = د مدني معلوماتو خانه کاروونکي ته اجازه ورکوي چې خپل مدني معلومات ورکړي (جنس، کورنی حالت، د خطاب لقب).
tm-les-boutons-radios-sont-recommandes = کله چې کاروونکی باید له 2 تر 5 انتخابونو څخه یو وټاکي، د یو انتخاب تڼۍ (radio) سپارښتنه کېږي.
tm-au-dela-de-5-choix-ou = که انتخابونه له 5 څخه زیات وي یا ځای بس نه وي، غوره ده چې ښکته کېدونکی لېست وکارول شي.
tm-bloc-fonctionnel-de-civilite-civility = د مدني معلوماتو د خانو ډله (civility)
tm-demande-du-sexe = د جنس پوښتنه

## dsfr: layout/pattern/company

tm-numero-de-siret = د SIRET شمېره
tm-denomination = د شرکت نوم
tm-cedex = Cedex (د ادارو لپاره ځانګړی پوستي کوډ)
tm-type-de-societe = د شرکت ډول
tm-nom-d-usage = هغه نوم چې کاروئ یې
tm-nom-de-naissance = د زېږون پر وخت تخلص
tm-fonction-dans-la-societe = په شرکت کې دنده
tm-siret-de-l-entreprise = د شرکت SIRET شمېره
tm-representant-moral-de-l-entreprise = د شرکت قانوني استازی
tm-indication-nom-de-famille-non-rectifie = لارښوونه: تخلص مخکې له دې چې د محکمې په پرېکړه سم شي.
tm-france = فرانسه
tm-allemagne = جرمني
tm-italie = ایټالیا
tm-espagne = هسپانیه
tm-royaume-uni = بریتانیا
tm-entrepreneur-individuel-ei = انفرادي سوداګر (EI)
tm-entreprise-unipersonnelle-a = د یو کس شرکت د محدود مسؤلیت سره (EURL)
tm-societe-a-responsabilite-limitee-sarl = د محدود مسؤلیت شرکت (SARL)
tm-societe-par-actions-simplifiee = د یو کس ساده سهامي شرکت (SASU)
tm-societe-par-actions-simplifiee-sas = ساده سهامي شرکت (SAS)
tm-societe-anonyme-sa = سهامي شرکت (SA)
tm-societe-en-nom-collectif-snc = تضامني شرکت (SNC)
tm-societe-en-commandite-simple-scs = ساده ګډ شرکت (SCS)
tm-societe-en-commandite-par-actions-sca = سهامي ګډ شرکت (SCA)
tm-la-demande-de-renseignement-sur-la = د شرکت د معلوماتو خانې کاروونکي سره مرسته کوي چې د خپل شرکت معلومات ولیکي.
tm-bloc-fonctionnel-de-societe-company = د شرکت د خانو ډله (company)
tm-demande-d-un-numero-de-siret = د SIRET شمېرې پوښتنه
tm-demande-dune-adresse-de-siege-social = د شرکت د مرکزي دفتر د پتې پوښتنه
tm-demande-dun-type-de-societe = د شرکت د ډول پوښتنه
tm-demande-dun-representant-moral = د قانوني استازي پوښتنه

## dsfr: layout/pattern/date

tm-indication-texte-de-description = لارښوونه: اضافي تشریحي متن
tm-exemple-2 = بېلګه: { $n }
tm-le-jour-est-invalide = ورځ ناسمه ده
tm-le-mois-est-invalide = میاشت ناسمه ده
tm-lannee-est-invalide = کال ناسم دی
tm-le-jour-est-invalide-le-mois-est = ورځ ناسمه ده میاشت ناسمه ده کال ناسم دی
tm-la-date-est-posterieure-a-aujourdhui = نېټه له نن ورځې وروسته ده (په راتلونکي کې)
tm-le-champ-de-saisie-de-date = د نېټې خانه له دریو متني خانو جوړه ده.
tm-bloc-fonctionnel-de-date-unique-date = د یوې نېټې د خانو ډله (date)
tm-defaut = عادي
tm-erreur-unitaire = په یوه خانه کې تېروتنه
tm-erreur-globale = عمومي تېروتنه

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = لارښوونه: دا پته یوازې خدمت ته د ننوتلو لپاره کارول کېږي.
tm-le-format-de-ladresse-electronique = د هغې ایمیل پتې بڼه چې تاسو ولیکله سمه نه ده. سمه بڼه: { $email }
tm-la-demande-d-email-est-un = د ایمیل خانه یوه ډله ده چې اجازه ورکوي ایمیل پته ولیکئ.
tm-bloc-fonctionnel-de-demande-d-email = د ایمیل د خانو ډله (email)
tm-demande-d-une-adresse-electronique = د ایمیل پتې پوښتنه
tm-demande-d-une-adresse-electronique-2 = د ایمیل پتې پوښتنه - تېروتنه
tm-demande-et-indication-de-traitement-dune = د ایمیل پتې پوښتنه او دا چې څنګه کارول کېږي
tm-demande-et-indication-de-traitement-dune-2 = د ایمیل پتې پوښتنه او دا چې څنګه کارول کېږي - تېروتنه

## dsfr: layout/pattern/name

tm-indication-ancien-nom = لارښوونه: پخوانی نوم…
tm-ajouter-un-prenom = یو نوم (لومړی نوم) زیاتول
tm-la-demande-de-nom-et-prenom = د تخلص او نوم خانې کاروونکي سره مرسته کوي چې خپل تخلص او نوم ولیکي.
tm-bloc-fonctionnel-de-nom-et-prenom = د تخلص او نوم د خانو ډله (name)
tm-demande-dun-nom-et-dun-prenom = په فرانسه کې د تخلص او نوم پوښتنه
tm-avec-prenom-desactive = د نوم له غیرفعالې خانې سره
tm-avec-nom-d-usage = له هغه نوم سره چې کارول کېږي
tm-avec-nom-d-usage-prenom-desactive = له هغه نوم سره چې کارول کېږي + د نوم غیرفعاله خانه
tm-avec-bouton = له تڼۍ سره
tm-avec-bouton-prenom-desactive = له تڼۍ سره + د نوم غیرفعاله خانه
tm-demande-dun-nom-et-dun-prenom-2 = له فرانسې بهر د تخلص او نوم پوښتنه

## dsfr: layout/pattern/nationality

tm-nationalite = تابعیت
tm-allemande = جرمنۍ
tm-italienne = ایټالوۍ
tm-espagnole = هسپانوۍ
tm-la-demande-de-nationalite-permet-daider = د تابعیت خانه کاروونکي سره مرسته کوي چې خپل تابعیت ولیکي.
tm-bloc-fonctionnel-de-nationalite = د تابعیت د خانو ډله (nationality)
tm-demande-de-nationalite = د تابعیت پوښتنه

## dsfr: layout/pattern/tel

tm-numero-de-telephone = د ټیلیفون شمېره
tm-format-attendu-33-5-36-49 = سمه بڼه: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = د هغې ټیلیفون شمېرې بڼه چې تاسو ولیکله سمه نه ده. سمه بڼه: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = د ټیلیفون شمېرې خانه یوه ډله ده چې اجازه ورکوي د ټیلیفون شمېره ولیکئ.
tm-bloc-fonctionnel-de-telephone-tel = د ټیلیفون د خانو ډله (tel)
tm-demande-d-un-numero-de-telephone = د ټیلیفون شمېرې پوښتنه
tm-demande-d-un-numero-de-telephone-2 = د ټیلیفون شمېرې پوښتنه - تېروتنه

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = د اوسېدو د اجازه‌لیک غوښتنه – شخصي او کورنی ژوند
tm-identite-et-situation-familiale = پېژندنه او کورنی حالت
tm-les-champs-suivis-dun-asterisque-sont = هغه خانې چې وروسته یې ستوری ( * ) وي اړینې دي.
tm-si-vous-avez-plusieurs-prenoms-indiquez = که تاسو څو نومونه (لومړي نومونه) لرئ، ټول یې ولیکئ او د کامې (,) په واسطه یې سره جلا کړئ.
tm-algerienne = الجزایرۍ
tm-afghane = افغان
tm-erythreenne = اریتریایي
tm-georgienne = ګرجستاني
tm-ukrainienne = اوکرایني
tm-votre-situation-a-la-date-de = ستاسو حالت د غوښتنې په نېټه
tm-avez-vous-des-enfants-a-charge = آیا داسې ماشومان لرئ چې ستاسو تر کفالت لاندې وي (لګښت یې تاسو ورکوئ)؟
tm-nom-et-prenom-du-conjoint = د مېړه یا مېرمنې تخلص او نوم
tm-date-du-mariage = د واده نېټه
tm-date-de-conclusion-du-pacs = د PACS تړون د لاسلیک نېټه
tm-ajouter-un-enfant = یو ماشوم زیاتول
tm-enfant-n = ماشوم شمېره { $numero }
tm-prenom-de-lenfant = د ماشوم نوم
tm-date-de-naissance-de-lenfant = د ماشوم د زېږون نېټه
tm-supprimer-lenfant-n = ماشوم شمېره { $numero } لرې کول
tm-etape-suivante-recapitulatif = بل ګام: لنډیز
tm-exemple-06-12-34-56-78 = بېلګه: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 عددونه، ستاسو د اوسېدو په اجازه‌لیک یا رسید (récépissé) کې لیکل شوې ده
tm-jatteste-sur-lhonneur-lexactitude-des = په خپل عزت شاهدي ورکوم چې هغه معلومات چې ما ورکړي سم دي
tm-une-erreur-est-survenue-votre-dossier = یوه تېروتنه وشوه. ستاسو دوسیه ونه سپارل شوه. نښه شوې خانې سمې کړئ او بیا خپله دوسیه وسپارئ.
tm-le-champ-adresse-electronique-est = د «ایمیل پته» (Adresse électronique) خانه ناسمه ده. سمه ایمیل پته ولیکئ، د بېلګې په توګه nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = د «د بهرني شمېره» (Numéro étranger) خانه باید 10 عددونه ولري
tm-recapitulatif = لنډیز
tm-votre-dossier-a-bien-ete-depose = ستاسو دوسیه وسپارل شوه
tm-un-courriel-de-confirmation-vous-a = د تایید یو ایمیل تاسو ته { $email } پتې ته ولېږل شو.
tm-enfants-a-charge = تر کفالت لاندې ماشومان

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = د نوبت اخیستل – د اوسېدو د اجازه‌لیکونو کړکۍ
tm-vous-pouvez-prendre-rendez-vous-au = تاسو کولی شئ د ولایت (préfecture) د «اوسېدو اجازه‌لیکونو» (Titres de séjour) په کړکۍ کې نوبت واخلئ. مخکې له پیل، د خدمت د کارولو شرطونه ولولئ: هر کس یوازې یو نوبت، او هره نیمګړې غوښتنه به لغوه شي.
tm-jaccepte-les-conditions-generales = د کارولو عمومي شرطونه منم
tm-vos-informations = ستاسو معلومات
tm-choisissez-le-motif-qui-correspond-a = هغه دلیل وټاکئ چې ستاسو له حالت سره سمون لري
tm-remise-de-titre-de-sejour = د اوسېدو د اجازه‌لیک ترلاسه کول
tm-premiere-demande-de-titre-de-sejour = د اوسېدو د اجازه‌لیک لومړۍ غوښتنه – زده کوونکی
tm-renouvellement-de-titre-de-sejour = د اوسېدو د اجازه‌لیک نوي کول – کارکوونکی (د کار تړون سره)
tm-duplicata-de-titre-de-sejour-perte = د اوسېدو د اجازه‌لیک نوې کاپي (ورکېدل یا غلا)
tm-changement-dadresse-sur-le-titre-de = د اوسېدو پر اجازه‌لیک د پتې بدلول
tm-tel-quil-figure-sur-votre-passeport = لکه څنګه چې ستاسو په پاسپورت کې لیکل شوی
tm-la-convocation-vous-sera-envoyee-a = بلنلیک (convocation) به تاسو ته همدې پتې ته ولېږل شي
tm-etape-suivante = بل ګام
tm-veuillez-choisir-le-motif-de-votre = مهرباني وکړئ د خپل نوبت دلیل وټاکئ
tm-ce-champ-est-obligatoire = دا خانه اړینه ده
tm-veuillez-saisir-une-adresse-electronique = مهرباني وکړئ یوه سمه ایمیل پته ولیکئ
tm-le-numero-etranger-comporte-10-chiffres = د بهرني شمېره (numéro étranger) 10 عددونه لري
tm-recommencer = له سره پیل کول

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = هغه عاید اعلان کړئ چې ستاسو د کور غړو په تېرو دریو میاشتو کې ترلاسه کړی. پرته له دې اظهارنامې، ستاسو د RSA یا prime d’activité (د کار مرستې) ورکړه به ودرول شي.
tm-7-chiffres-il-figure-sur-tous = 7 عددونه، د Caf په ټولو هغو لیکونو کې لیکل شوې چې تاسو ته درځي
tm-avez-vous-percu-des-salaires-au = آیا په دې دریو میاشتو کې مو معاش ترلاسه کړی؟
tm-votre-situation-familiale-a-t-elle = آیا ستاسو کورنی حالت بدل شوی؟
tm-indiquez-le-montant-net-avant = خالص مقدار د سرچینې څخه د مالیې له کمولو مخکې ولیکئ، یا که په هغه میاشت کې مو هېڅ نه وي ترلاسه کړي 0 ولیکئ.
tm-montant-des-salaires-percus-mois-en = د ترلاسه شویو معاشونو اندازه – میاشت { $n } (په یورو)
tm-salaire-net-primes-comprises = خالص معاش، د انعامونو (primes) سره
tm-nature-du-changement = د بدلون ډول
tm-choisissez = وټاکئ…
tm-mariage = واده
tm-pacs = د PACS تړون (مدني ملګرتیا)
tm-vie-en-couple = د جوړې په توګه ګډ ژوند
tm-separation = جلا کېدل
tm-naissance-ou-arrivee-dun-enfant = د ماشوم زېږون یا راتګ
tm-deces-du-conjoint = د مېړه یا مېرمنې مړینه
tm-date-du-changement = د بدلون نېټه
tm-a-savoir-la-date-figure-sur = پوه شئ: نېټه د هغه بدلون په سند یا ثبوت کې لیکل شوې (ورځ/میاشت/کال JJ/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = په CAF کې د مرسته اخیستونکي شمېره (numéro allocataire) 7 عددونه لري.
tm-indiquez-un-montant-en-euros-par = په یورو یو مقدار ولیکئ، د بېلګې په توګه 1250 یا 0.
tm-la-date-doit-etre-au-format = نېټه باید په دې بڼه ولیکل شي: ورځ/میاشت/کال (JJ/MM/AAAA).
tm-votre-declaration-contient-erreurs = { $n ->
        [one] ستاسو اظهارنامه { $n } تېروتنه لري.
       *[other] ستاسو اظهارنامه { $n } تېروتنې لري.
    }
tm-envoi-de-votre-declaration-en-cours = ستاسو اظهارنامه لېږل کېږي…
tm-votre-declaration-a-bien-ete-enregistree = ستاسو اظهارنامه ثبت شوه.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = ستاسو د ننوتلو وخت پای ته ورسېد. د امنیت لپاره، له حساب څخه ووتلئ. مهرباني وکړئ بیا ننوځئ.
tm-veuillez-saisir-votre-identifiant-votre = مهرباني وکړئ د ننوتلو نوم ولیکئ: د بهرني شمېره (numéro étranger) یا خپله ایمیل پته.

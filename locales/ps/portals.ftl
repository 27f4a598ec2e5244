### Relais — translation memory, Pashto: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


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

tm-cette-demarche-est-soumise-a-un = دا اداري کار د «لوستلو تصدیق» (accusé de lecture) ته اړتیا لري. کله چې غوښتنه کوئ چې ستاسو د دوسیې په اړه شوې پرېکړه وښودل شي، د لوستلو تصدیق منئ او په دې سره د اعتراض لپاره قانوني موده پیلېږي.
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

tm-la-piece-jointe-a-bien-ete = ضمیمه ({ $attachment }) په بریالیتوب سره ړنګه شوه. کولی شئ بله ضمیمه اضافه کړئ.
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

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = د انځور توري او عددونه ولیکئ
tm-afin-de-verifier-que-vous-netes = د دې لپاره چې معلومه شي تاسو روبوټ نه یاست، هغه توري او عددونه ولیکئ چې په انځور کې ښکاري. د اورېدلو لپاره یې د «د کپچا کوډ ووایه» (« Énoncer le code du captcha ») تڼۍ وکاروئ؛ د بل انځور لپاره د «نوې کپچا جوړه کړه» (« Générer un nouveau captcha ») تڼۍ وکاروئ.
tm-les-majuscules-et-minuscules-ne-sont = د لویو او کوچنیو تورو ترمنځ توپیر نه کېږي.
tm-pour-acceder-au-calendrier-des-rendez = د نوبتونو تقویم ته د رسېدو لپاره، امنیتي کوډ ولیکئ او بیا «بل» (« Suivant ») کېکاږئ.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = ستاسو د اړیکې معلومات
tm-format-attendu-nom-domaine-fr = غوښتل شوې بڼه: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = مخکې له دې چې وخت وټاکئ، مهرباني وکړئ خپله غوښتنه تایید کړئ. نوبتونه هره اونۍ د کړکۍ (guichet) د خالي وختونو له مخې پرانیستل کېږي.

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = د روبوټ ضد کتنه
tm-cliquez-sur-clique-ici-pour-verifier = په «د کتنې لپاره دلته کلیک وکړه» (« Clique ici pour vérifier ») کلیک وکړئ: کتنه په اوتومات ډول، پرته له ازموینې کېږي.
tm-clique-ici-pour-verifier = د کتنې لپاره دلته کلیک وکړه
tm-pour-toute-question-relative-a-vos = د خپلو اداري کارونو په اړه د هرې پوښتنې لپاره (د اوسېدو اجازه‌لیک، د موټر چلولو جواز، ټولنې) دا فورمه وکاروئ. په 15 کاري ورځو کې به ځواب درکړل شي.

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = د موټر د نمبر پلېټ شمېره (immatriculation)
tm-format-attendu-ab-123-cd = غوښتل شوې بڼه: AB-123-CD
tm-cochez-la-case-je-suis-un = د دوام لپاره د «زه انسان یم» (« Je suis un humain ») خانه نښه کړئ.
tm-envoyer-ma-demande = زما غوښتنه ولېږئ
tm-les-residents-des-secteurs-de = د پیسو ورکولو د پارکینګ د سیمو اوسېدونکي کولی شي داسې کارت وغواړي چې د اوسېدونکو بیه ورکوي. د اوسېدو یو سند چې له 3 میاشتو کم عمر ولري او د موټر د ثبت تصدیق‌لیک چمتو کړئ.

## fixture: captcha/image-generic.html

tm-reference-du-dossier = د دوسیې مرجع
tm-recopiez-les-caracteres-affiches = ښکاره توري او عددونه ولیکئ
tm-code-de-securite = امنیتي کوډ
tm-exemple-pc-034172-24-m0123 = بېلګه: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 نښې، عددونه او لوی توري
tm-generer-un-nouveau-code = نوی کوډ جوړ کړئ
tm-envoyer-la-demande = غوښتنه ولېږئ
tm-vous-pouvez-demander-la-copie-dun = تاسو کولی شئ د ودانۍ د جواز یا د مخکېنۍ اعلامیې کاپي وغواړئ چې په دې ښاروالۍ کې صادر شوي وي. اسناد په برېښنايي ډول لېږل کېږي.

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = هره پاڼه، پرته له انټرنېټه، د یو ډول CAPTCHA جوړښت بیا جوړوي چې په دولتي سایټونو کې لیدل کېږي، د دې لپاره چې د Relais پېژندنه وازمویل شي (Relais هېڅکله CAPTCHA نه حل کوي او نه ترې تېرېږي). له هېڅ بهرني خدمت سره اړیکه نه نیول کېږي: سکرېپټونه، چوکاټونه، انځورونه او غږونه ځايي فایلونه دي (vendor/ فولډر).

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = نوبت تایید کړئ
tm-choisissez-un-creneau-pour-deposer-votre = د خپلې غوښتنې د سپارلو لپاره یو خالي وخت وټاکئ. امنیتي کتنه د پاڼې له پوره راپورته کېدو وروسته ښکاري.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = امنیتي پوښتنه: 3 + 4 څو کېږي؟
tm-repondez-en-chiffres-cette-question = په عدد ځواب ورکړئ. دا پوښتنه د دې لپاره ده چې معلومه شي تاسو روبوټ نه یاست.
tm-sinscrire = نوم لیکنه
tm-recevez-chaque-mois-lactualite-du = هره میاشت د ولایت (Département) خبرونه ترلاسه کړئ: مرستې، سړکونه، منځنۍ ښوونځي، همبستګي. هر وخت کولی شئ ګډون لغوه کړئ.

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = د نوبت دلیل
tm-cochez-la-case-je-ne-suis = د «زه روبوټ نه یم» (« Je ne suis pas un robot ») خانه نښه کړئ. کېدای شي د انځورونو یوه ازموینه ښکاره شي؛ هغه غږیزه نسخه هم لري.
tm-demander-un-rendez-vous = د نوبت غوښتنه
tm-selectionner-un-motif = یو دلیل وټاکئ
tm-premiere-demande = لومړۍ غوښتنه
tm-renouvellement = نوي کول
tm-duplicata = دوهمه نسخه (duplicata)
tm-ce-formulaire-vous-permet-de-demander = دا فورمه تاسو ته اجازه درکوي چې د رون د پریفکتور (préfecture du Rhône، لیون) د بهرنیانو په کړکۍ کې د نوبت غوښتنه وکړئ. تایید به تاسو ته په ایمیل کې ولېږل شي.

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = د سند ډول
tm-copie-integrale = بشپړه کاپي
tm-extrait-avec-filiation = لنډیز د مور او پلار له نومونو سره
tm-extrait-sans-filiation = لنډیز پرته د مور او پلار له نومونو
tm-demandez-en-ligne-une-copie-integrale = په لیون کې د زېږېدنې لپاره، د زېږېدنې د سند بشپړه کاپي یا لنډیز آنلاین وغواړئ. سند په 8 ورځو کې په پوست لېږل کېږي.
tm-ce-site-est-protege-par-recaptcha = دا سایټ د reCAPTCHA په واسطه خوندي دی؛ د Google د محرمیت قواعد او د کارونې شرایط پلي کېږي.

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = دا آزمایښتي پاڼه ده: غوښتنه هېڅ څانګې ته نه ده لېږل شوې.

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = د ستونزې پته
tm-description = تشریح
tm-envoyer-le-signalement = راپور ولېږئ
tm-nid-de-poule-eclairage-en-panne = په سړک کې کنده، خراب څراغ، ناقانونه کثافات: د ښار څانګو ته یې راپور ورکړئ. د خپل راپور د څېړنې په اړه به په ایمیل خبر شئ.

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = تایید کړئ چې انسان یاست
tm-operation-reussie = ✔کار په بریالیتوب سره ترسره شو!
tm-saisissez-ce-que-vous-entendez = هغه څه ولیکئ چې اورئ یې
tm-lecture = غږول

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

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = زما د ننوتلو په نوم ننوتل
tm-votre-identifiant-est-votre-numero = ستاسو د ننوتلو نوم ستاسو د بهرني شمېره (numéro étranger، 10 عددونه) یا ستاسو ایمیل پته ده
tm-sidentifier-avec-franceconnect = د FranceConnect له لارې ننوتل
tm-creer-mon-compte = زما حساب جوړ کړئ
tm-la-creation-dun-compte-est-necessaire = د اوسېدو د اجازه‌لیک، تابعیت (naturalisation) یا د سفر د سند د غوښتنې د سپارلو لپاره حساب جوړول اړین دي.
tm-votre-numero-etranger-comporte-10 = ستاسو د بهرني شمېره 10 عددونه لري. دا ستاسو د اوسېدو په اجازه‌لیک، د اوسېدو اجازه‌لیک د غوښتنې په رسید (récépissé) یا د اوسېدو په لنډمهاله اجازه (autorisation provisoire de séjour) کې لیکل شوې ده.
tm-si-vous-navez-jamais-eu-de = که تاسو هېڅکله په فرانسه کې د اوسېدو اجازه‌لیک نه دی لرلی، خپله ایمیل پته وکاروئ.

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = په 06 12 34 56 78 شمېره د بیا زنګ وهلو ستاسو غوښتنه ثبت نه شوه. موږ به تاسو ته په marie.kowalczyk@example.fr پته ځواب درکړو (د مرسته اخیستونکي شمېره 1234567).

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

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = هره پاڼه د ازموینو لپاره لیکل شوې ساده نقل ده؛ هېڅ یوه یې د اصلي سایټ کاپي نه ده.

## fixture: portals/mots-cles

tm-nom-de-famille = تخلص (د کورنۍ نوم)
tm-prenom-s = نوم (نومونه)
tm-date-dexpiration-de-votre-titre-de = ستاسو د اوسېدو اجازه‌لیک د اعتبار د پای نېټه
tm-n-de-recepisse = د رسید (récépissé) شمېره
tm-courriel = ایمیل
tm-remplissez-ce-formulaire-pour-connaitre = دا فورمه ډکه کړئ چې د خپلې غوښتنې د پرمختګ حالت معلوم کړئ. په 15 کاري ورځو کې به په ایمیل ځواب درته ولېږل شي.

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

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = خدمت اوس د ترمیم په حال کې دی. د زحمت له امله بښنه غواړو، مهرباني وکړئ وروسته بیا هڅه وکړئ.
tm-les-demandes-deja-deposees-ne-sont = دمخه سپارل شوې غوښتنې له دې درېدو اغېزمنې نه دي. که ستاسو د اوسېدو اجازه‌لیک د ترمیم پر مهال پای ته ورسېږي، ستاسو د څېړنې د غځولو تصدیق‌لیک (attestation de prolongation d’instruction) معتبر پاتې کېږي.

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

### Relais — translation memory, Bengali: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


## ds: components account_dropdown_component

tm-passer-en-super-admin = সুপার-অ্যাডমিন (super-admin) ভূমিকায় যান
tm-passer-en-usager = ব্যবহারকারীর ভূমিকায় যান
tm-passer-en-instructeur = ফাইল-পরীক্ষক কর্মকর্তার (instructeur) ভূমিকায় যান
tm-passer-en-expert = বিশেষজ্ঞের ভূমিকায় যান
tm-passer-en-gestionnaire = গ্রুপ ব্যবস্থাপকের (gestionnaire) ভূমিকায় যান
tm-se-deconnecter = লগআউট করুন

## ds: components attachment

tm-reessayer = আবার চেষ্টা করুন
tm-supprimer-le-fichier = { $file } ফাইলটি মুছে ফেলুন
tm-plusieurs-fichiers-possibles = একাধিক ফাইল দেওয়া যায়।
tm-remplacer-le-fichier = { $file } ফাইলটি বদলে দিন
tm-le-format-pdf-est-generalement-le = PDF ফরম্যাট সাধারণত সবচেয়ে সুবিধাজনক, কারণ এটি সব ডিভাইসে সহজে পড়া যায়।
tm-virus-detecte-merci-denvoyer-un-autre = ভাইরাস পাওয়া গেছে, অনুগ্রহ করে অন্য একটি ফাইল পাঠান।
tm-le-fichier-est-corrompu-merci-denvoyer = ফাইলটি নষ্ট, অনুগ্রহ করে অন্য একটি ফাইল পাঠান।
tm-ajoutee-le = { $date } তারিখে যোগ করা হয়েছে
tm-modifiee-le = { $date } তারিখে পরিবর্তন করা হয়েছে
tm-le-traitement-de-votre-piece-jointe = আপনার সংযুক্ত ফাইলটি প্রক্রিয়া করতে প্রত্যাশার চেয়ে বেশি সময় লাগছে।
tm-le-traitement-de-vos-pieces-jointes = আপনার সংযুক্ত ফাইলগুলো প্রক্রিয়া করতে প্রত্যাশার চেয়ে বেশি সময় লাগছে।
tm-cela-ne-vous-empeche-pas-de = তবু আপনি চাইলে আপনার ফাইল জমা দিতে পারেন।
tm-chargement-de-fichier = ফাইল আপলোড হচ্ছে
tm-virus-detecte-le-telechargement-est = ভাইরাস পাওয়া গেছে, ডাউনলোড বন্ধ করে দেওয়া হয়েছে।
tm-apercu-non-disponible = প্রিভিউ পাওয়া যাচ্ছে না

## ds: components autosave_notice_component

tm-formulaire-en-erreur = ফর্মে ভুল আছে

## ds: components dossiers

tm-cette-demarche-est-soumise-a-un = এই সরকারি কাজে «পড়ার প্রাপ্তিস্বীকার» (accusé de lecture) প্রযোজ্য। আপনার ফাইল নিয়ে নেওয়া সিদ্ধান্ত দেখতে চাইলে আপনি পড়ার প্রাপ্তিস্বীকার মেনে নেন, আর এর ফলে আপিলের আইনি সময়সীমা শুরু হয়ে যায়।
tm-adresse = ঠিকানা
tm-pays = দেশ
tm-autres-informations-sur-lorganisme-sur = ➡ প্রতিষ্ঠানটি সম্পর্কে আরও তথ্য «annuaire-entreprises.data.gouv.fr» ওয়েবসাইটে
tm-brouillon-enregistre-avec-succes = খসড়া সফলভাবে সংরক্ষিত হয়েছে
tm-attention-impossible-denregistrer-le = সতর্কতা: খসড়াটি সংরক্ষণ করা যায়নি।
tm-vos-modifications-sont-automatiquement = আপনার পরিবর্তনগুলো স্বয়ংক্রিয়ভাবে সংরক্ষিত হয়।
tm-deposez-les-quand-vous-aurez-termine = কাজ শেষ হলে সেগুলো জমা দিন।
tm-modifications-enregistrees-avec-succes = পরিবর্তনগুলো সফলভাবে সংরক্ষিত হয়েছে
tm-annotations-enregistrees-avec-succes = টীকাগুলো সফলভাবে সংরক্ষিত হয়েছে
tm-attention-impossible-denregistrer-les = সতর্কতা: টীকাগুলো সংরক্ষণ করা যায়নি।
tm-commune = পৌর এলাকা (commune)
tm-les-dossiers-ont-ete-supprimes-vous = ফাইলগুলো মুছে ফেলা হয়েছে। নিচের কারণে আপনি আর সেগুলো ফিরে পেতে পারবেন না:
tm-vous-avez-supprime-votre-dossier = আপনি আপনার ফাইলটি মুছে ফেলেছেন।
tm-deposer-le-dossier = ফাইল জমা দিন
tm-deposer-les-modifications = পরিবর্তনগুলো জমা দিন
tm-pourquoi-je-ne-peux-pas-deposer = আমি কেন আমার ফাইল জমা দিতে পারছি না?
tm-verifier-le-dossier = ফাইলটি যাচাই করুন
tm-envoi-en-cours = পাঠানো হচ্ছে…
tm-en-tant-quinvite-vous-pouvez-remplir = আমন্ত্রিত ব্যক্তি হিসেবে আপনি এই ফর্মটি পূরণ করতে পারেন, কিন্তু ফাইলের মালিককেই নিজে এটি জমা দিতে হবে।
tm-des-modifications-nont-pas-encore-ete = কিছু পরিবর্তন এখনো জমা দেওয়া হয়নি
tm-vous-avez-apporte-des-modifications = ফাইল জমা দেওয়ার পরে আপনি কিছু পরিবর্তন করেছেন। প্রশাসন যেন সেগুলো বিবেচনা করে, তাই সেগুলো জমা দিন।
tm-continuer-a-modifier = পরিবর্তন চালিয়ে যান
tm-votre-dossier-contient-1-champ-en = আপনার ফাইলের একটি ঘরে ভুল আছে
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] আপনার ফাইলের { $n }টি ঘরে ভুল আছে
       *[other] আপনার ফাইলের { $n }টি ঘরে ভুল আছে
    }
tm-corrigez-la-pour-poursuivre = এগিয়ে যেতে এই ভুলটি ঠিক করুন:
tm-corrigez-les-pour-poursuivre = এগিয়ে যেতে এই ভুলগুলো ঠিক করুন:
tm-plus-dinformations = আরও তথ্য
tm-moins-dinformations = কম তথ্য
tm-votre-identite = আপনার পরিচয়
tm-vous-agissez-en-tant-que-mandataire = আপনি একজন প্রতিনিধি (mandataire) হিসেবে কাজ করছেন, হয় পেশাগতভাবে (যেমন হিসাবরক্ষক, আইনজীবী, সরকারি কর্মচারী…) অথবা ব্যক্তিগতভাবে (পরিবার)। এই ধারাগুলোর শর্ত মেনে চলছেন কি না নিশ্চিত হন:
tm-articles-1984-et-suivants-du-code = দেওয়ানি আইনের (Code civil) 1984 ও পরবর্তী ধারাসমূহ।
tm-identite-du-beneficiaire = সুবিধাভোগীর পরিচয়
tm-vous-ne-pouvez-pas-deposer-votre = আপনি আপনার ফাইল জমা দিতে পারবেন না
tm-repondre = উত্তর দিন
tm-invite = আমন্ত্রিত ব্যক্তি
tm-supprimer-le-message = বার্তাটি মুছে ফেলুন
tm-supprimer-la-demande-de-correction-et = সংশোধনের অনুরোধ ও এই বার্তাটি মুছে ফেলুন
tm-supprimer-le-message-en-attente-de = উত্তরের অপেক্ষায় থাকা বার্তাটি মুছে ফেলুন
tm-etes-vous-sur-de-vouloir-supprimer = আপনি কি নিশ্চিত যে এই বার্তাটি মুছে ফেলতে চান?
tm-email-automatique = স্বয়ংক্রিয় ই-মেইল
tm-vous = আপনি
tm-message-supprime = বার্তাটি মুছে ফেলা হয়েছে
tm-non-lu = পড়া হয়নি
tm-usager = ব্যবহারকারী
tm-vous-devez-effectuer-les-modifications = চাওয়া পরিবর্তনগুলো আপনাকে আপনার ফাইল সম্পাদনা করে করতে হবে।
tm-modifier-le-dossier = ফাইল সম্পাদনা করুন
tm-cree-depuis-le = যে তারিখ থেকে তৈরি
tm-depose-depuis-le = যে তারিখ থেকে জমা
tm-appliquer-les-filtres = ফিল্টার প্রয়োগ করুন
tm-reinitialiser-les-filtres = ফিল্টারগুলো রিসেট করুন
tm-selectionner-un-filtre = একটি ফিল্টার বেছে নিন
tm-1-filtre-actif = একটি সক্রিয় ফিল্টার
tm-filtres-actifs = { $n ->
        [one] { $n }টি সক্রিয় ফিল্টার
       *[other] { $n }টি সক্রিয় ফিল্টার
    }
tm-supprimer-1-filtre-actif = একটি সক্রিয় ফিল্টার সরান
tm-selectionner-un-statut = একটি অবস্থা বেছে নিন
tm-afficher-les-dossiers-par-demarche = সরকারি কাজ অনুযায়ী ফাইলগুলো দেখান
tm-afficher = দেখান

## ds: components dsfr

tm-telecharger-le-fichier = ফাইলটি ডাউনলোড করুন
tm-ce-lien-est-ephemere-et-ne = এই লিংকটি অল্প সময়ের জন্য, এটি কারও সঙ্গে শেয়ার করা উচিত নয়।
tm-afficher-le-mot-de-passe = পাসওয়ার্ড দেখান
tm-afficher-la-confirmation-du-mot-de = পাসওয়ার্ড নিশ্চিতকরণ দেখান
tm-ladresse-electronique-semble-erronee = ই-মেইল ঠিকানাটি ভুল মনে হচ্ছে
tm-vouliez-vous-ecrire = আপনি কি এটি লিখতে চেয়েছিলেন:
tm-recherche-en-cours-pour-le-siret = SIRET { $value } খোঁজা হচ্ছে…
tm-au-capital-social-de = { $name } { $forme_juridique }, মূলধন { $amount }
tm-donnee-remplie-automatiquement = তথ্যটি স্বয়ংক্রিয়ভাবে পূরণ করা হয়েছে।
tm-une-erreur-est-survenue-lors-de = আপনার নথি বিশ্লেষণ করার সময় একটি ত্রুটি হয়েছে। আপনার ফাইল ঠিক আছে বলে নিশ্চিত হলে এই বার্তাটি উপেক্ষা করুন।
tm-masquer-le-message = বার্তাটি লুকান

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = রাস্তার নম্বর ও নাম, অথবা স্থানের নাম (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = খোঁজার সময় একটি ত্রুটি হয়েছে
tm-une-erreur-est-survenue-lors-de-3 = খোঁজার সময় একটি ত্রুটি হয়েছে। সমস্যা থেকে গেলে «প্রস্তাবগুলোর মধ্যে আমার ঠিকানা পাচ্ছি না» (« Je ne trouve pas mon adresse dans les suggestions ») ঘরে টিক দিন এবং এগিয়ে যান।
tm-ville = শহর
tm-exemple-london = উদাহরণ: London
tm-ville-ou-commune = শহর বা পৌর এলাকা
tm-renseignez-le-nom-ou-le-code = শহরের নাম বা পোস্ট কোড লিখুন, তারপর তালিকা থেকে পৌর এলাকাটি বেছে নিন। উদাহরণ: Strasbourg
tm-code-postal = পোস্ট কোড
tm-je-ne-trouve-pas-mon-adresse = প্রস্তাবগুলোর মধ্যে আমার ঠিকানা পাচ্ছি না
tm-saisissez-une-adresse-une-voie-un = একটি ঠিকানা, রাস্তা, স্থানের নাম (lieu-dit) বা পৌর এলাকা লিখুন। উদাহরণ: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = একটি ঠিকানা খুঁজে মানচিত্রটি মাঝখানে আনুন
tm-commencez-a-saisir = লিখতে শুরু করুন
tm-ajouter-un-point-sur-la-carte = মানচিত্রে একটি বিন্দু যোগ করুন
tm-exemple = উদাহরণ:
tm-afficher-votre-position-sur-la-carte = মানচিত্রে আপনার অবস্থান দেখান
tm-ajouter-le-point-avec-les-coordonnees = মানচিত্রে লেখা স্থানাঙ্ক দিয়ে বিন্দুটি যোগ করুন
tm-ajouter-un-fichier-gpx-ou-kml = একটি GPX বা KML ফাইল যোগ করুন
tm-supprimer-le-fichier-2 = ফাইলটি মুছে ফেলুন
tm-modification-a-deposer = জমা দেওয়ার জন্য বাকি পরিবর্তন
tm-information-champ-actualise-par = তথ্য: এই ঘরটি প্রশাসন হালনাগাদ করেছে। এর বিষয়বস্তু যাচাই করুন।
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [one] প্রস্তাবিত সর্বোচ্চ আকার { $n }টি অক্ষর।
       *[other] প্রস্তাবিত সর্বোচ্চ আকার { $n }টি অক্ষর।
    }
tm-le-numero-dallocataire-caf = CAF-এর ভাতাপ্রাপক নম্বর (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = এটি সাধারণত 7টি অঙ্কের হয়।
tm-le-code-postal = পোস্ট কোড
tm-il-est-generalement-compose-de-5 = এটি সাধারণত 5টি অঙ্কের হয়।
tm-numero-daccreditation = স্বীকৃতি নম্বর (accréditation)
tm-format-jj-mm-aaaa = ফরম্যাট: JJ/MM/AAAA (দিন/মাস/বছর)
tm-le-numero-fiscal = কর নম্বর (numéro fiscal)
tm-il-est-generalement-compose-de-13 = এটি সাধারণত 13 বা 14টি অক্ষর বা অঙ্কের হয়।
tm-la-reference-davis-dimposition = কর নোটিশের রেফারেন্স (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = এটি সাধারণত 13 বা 14টি অক্ষর বা অঙ্কের হয়।
tm-identifiant-national-etudiant-il-est = জাতীয় ছাত্র পরিচয় নম্বর (INE)। এটি সাধারণত অক্ষর ও অঙ্ক দিয়ে তৈরি।
tm-identifiant = আইডি (Identifiant)
tm-il-est-generalement-compose-de = এটি সাধারণত অক্ষর ও অঙ্ক দিয়ে তৈরি।
tm-ajouter-un-element-supplementaire-a = «{ $name }»-এ আরেকটি উপাদান যোগ করুন
tm-supprimer = { $name } { $n } মুছে ফেলুন
tm-aucune-fondation-trouvee = কোনো ফাউন্ডেশন (fondation) পাওয়া যায়নি
tm-ce-rnf-correspond-a = এই RNF নম্বরটি এর সঙ্গে মেলে: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] আপনার আর { $n }টি অক্ষর বাকি আছে।
       *[other] আপনার আর { $n }টি অক্ষর বাকি আছে।
    }
tm-vous-avez-atteint-la-taille-maximale = আপনি প্রস্তাবিত সর্বোচ্চ আকারে পৌঁছে গেছেন।
tm-oui = হ্যাঁ

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = সব ভুল দেখান

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = পাসওয়ার্ড গ্রহণযোগ্য। আপনি নিশ্চিত করতে পারেন… অথবা পাসওয়ার্ডটি আরও ভালো করতে পারেন।
tm-mot-de-passe-vulnerable = দুর্বল পাসওয়ার্ড।
tm-mot-de-passe-tres-vulnerable = খুব দুর্বল পাসওয়ার্ড।
tm-pour-un-mot-de-passe-securise = নিরাপদ পাসওয়ার্ডের জন্য পরপর সাজানো অক্ষর বা একই অক্ষরের পুনরাবৃত্তি ব্যবহার করবেন না। যেমন, আপনি এমন একটি বাক্য (ফাঁকা জায়গাসহ) বেছে নিতে পারেন যা সহজে মনে রাখতে পারবেন।

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = নতুন ঠিকানা দিয়ে লগইন করতে এই লিংকে যান।
tm-nous-avons-detecte-une-erreur-reseau = আমরা একটি নেটওয়ার্ক ত্রুটি পেয়েছি, যার কারণে আপনাকে সেখানে নিয়ে যেতে পারছি না। demarche.numerique.gouv.fr-এ প্রবেশের অনুমতি দিতে আপনার আইটি বিভাগের সঙ্গে যোগাযোগ করুন।

## ds: errors

tm-nest-pas-dun-type-accepte = গ্রহণযোগ্য ধরনের নয়
tm-est-trop-lourd-e-le-fichier = খুব বড়। ফাইলটি সর্বোচ্চ { $amount } হতে পারে।

## ds: devise

tm-demander-un-nouveau-mot-de-passe = নতুন পাসওয়ার্ড চান
tm-vous-etes-connecte-e-vous-pouvez = আপনি লগইন করেছেন! আপনি যেকোনো সময় আপনার বিভিন্ন প্রোফাইলের মধ্যে বদল করতে পারেন: { $roles }।
tm-vous-etes-maintenant-deconnecte-e = আপনি এখন লগআউট হয়েছেন।

## ds: users

tm-votre-compte-a-deja-ete-active = আপনার অ্যাকাউন্ট আগেই চালু করা হয়েছে।

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE এখন পাওয়া যাচ্ছে না, প্রতিষ্ঠানটির তথ্য কয়েক ঘণ্টার মধ্যে আসবে।

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = আপনি মানুষ হলে এই ঘরটি খালি রাখুন

## ds: clipboard

tm-copie = কপি হয়েছে

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = আপনার উত্তর এখানে খুঁজুন:
tm-contact-technique = প্রযুক্তিগত যোগাযোগ
tm-envoyez-nous-un-message-a = { $email } ঠিকানায় আমাদের বার্তা পাঠান।
tm-besoin-daide-pour-remplir-votre-dossier = আপনার ফাইল পূরণ করতে সাহায্য দরকার?

## ds: utils

tm-nombre-a-virgule = দশমিক সংখ্যা
tm-nombre-entier = পূর্ণ সংখ্যা
tm-liste-a-choix-multiple = একাধিক বাছাইয়ের তালিকা
tm-deconnexion = লগআউট
tm-pieces-jointes = সংযুক্ত ফাইল
tm-les-champs-suivis-dun-asterisque = তারকাচিহ্ন (আবশ্যক) দেওয়া ঘরগুলো পূরণ করা বাধ্যতামূলক।
tm-facultatif = (ঐচ্ছিক)
tm-envoyer-le-message = বার্তা পাঠান
tm-nouvel-onglet = নতুন ট্যাব

## ds: skiplinks

tm-acces-rapide = দ্রুত প্রবেশ
tm-contenu = বিষয়বস্তু

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = স্বয়ংক্রিয় পরামর্শের ফল পাওয়া গেলে, ফলাফলের তালিকায় চলাচল করতে উপর ও নিচের তীরচিহ্ন ব্যবহার করুন। একটি ফল বেছে নিতে Enter (Entrée) চাপুন। ফলাফলের তালিকা বন্ধ করতে Esc (Echap) চাপুন।
tm-aucun-resultat = কোনো ফল নেই
tm-1-resultat = একটি ফল
tm-resultats = ফলাফল

## ds: layouts

tm-un-outil-simple-pour-gerer-les = অনলাইন সরকারি ফর্ম পরিচালনার একটি সহজ টুল।
tm-mon-compte = আমার অ্যাকাউন্ট
tm-revenir-en-arriere = পেছনে ফিরে যান
tm-revenir-en-arriere-sur-le-site = আমার প্রশাসনের ওয়েবসাইটে ফিরে যান
tm-menu-principal = প্রধান মেনু
tm-mes-dossiers = আমার ফাইলগুলো
tm-consulter-mon-dossier = আমার ফাইল দেখুন
tm-jai-une-question = আমার একটি প্রশ্ন আছে
tm-aller-a-la-page-daccueil = হোম পেজে যান

## ds: views

tm-creation-de-compte-sur = { $name }-এ অ্যাকাউন্ট তৈরি
tm-se-creer-un-compte-avec-une = ই-মেইল ঠিকানা দিয়ে অ্যাকাউন্ট তৈরি করুন
tm-adresse-electronique = ই-মেইল ঠিকানা
tm-mot-de-passe-caracteres-minimum = { $n ->
        [one] পাসওয়ার্ড (কমপক্ষে { $n }টি অক্ষর)
       *[other] পাসওয়ার্ড (কমপক্ষে { $n }টি অক্ষর)
    }
tm-avant-deffectuer-votre-demarche-nous = আপনার সরকারি কাজটি করার আগে আমাদের আপনার ই-মেইল ঠিকানা { $email } যাচাই করতে হবে।
tm-ouvrez-votre-boite-email-et-cliquez = আপনার ই-মেইল ইনবক্স খুলুন, এবং যে বার্তাটি পেয়েছেন তার ভেতরের অ্যাকাউন্ট চালু করার লিংকে ক্লিক করুন।
tm-renvoyer-un-email-de-confirmation = নিশ্চিতকরণ ই-মেইল আবার পাঠান
tm-lautorisation-de-vient-detre-revoquee = { $email }-এর অনুমতি এইমাত্র বাতিল করা হয়েছে। আপনি অন্য কাউকে আমন্ত্রণ জানাতে পারেন।
tm-vous-ne-pouvez-pas-revoquer-cette = আপনি এই অনুমতি বাতিল করতে পারবেন না
tm-inviter-une-personne-a-modifier-ce = এই ফাইলটি সম্পাদনার জন্য কাউকে আমন্ত্রণ জানান
tm-gestion-des-invites = আমন্ত্রিতদের ব্যবস্থাপনা
tm-les-invites-ont-le-droit-de = আমন্ত্রিত ব্যক্তিদের আপনার ফাইল দেখার ও সম্পাদনা করার অধিকার আছে।
tm-ajouter-un-invite = আমন্ত্রিত ব্যক্তি যোগ করুন
tm-envoyer-une-invitation = আমন্ত্রণ পাঠান
tm-revoquer-lacces = প্রবেশাধিকার বাতিল করুন
tm-aucun-invite-ne-peut-voir-et = এই মুহূর্তে কোনো আমন্ত্রিত ব্যক্তি এই ফাইলটি দেখতে ও সম্পাদনা করতে পারেন না।
tm-1-personne-invitee = একজন আমন্ত্রিত ব্যক্তি
tm-personnes-invitees = { $n ->
        [one] { $n } জন আমন্ত্রিত ব্যক্তি
       *[other] { $n } জন আমন্ত্রিত ব্যক্তি
    }
tm-une-fois-le-dossier-complet-vous = ফাইল সম্পূর্ণ হলে আপনাকে নিজেই তা জমা দিতে হবে।
tm-dernier = শেষ
tm-precedent = আগের
tm-premier = প্রথম
tm-lusager-a-supprime-son-compte = (ব্যবহারকারী তাঁর অ্যাকাউন্ট মুছে ফেলেছেন)
tm-cordialement = শুভেচ্ছান্তে,
tm-modifie-par-lusager-le = { $date } তারিখে ব্যবহারকারী পরিবর্তন করেছেন
tm-passe-en-instruction-le = { $date } তারিখে যাচাই শুরু হয়েছে
tm-accepte-le = { $date } তারিখে গৃহীত
tm-classe-sans-suite-le = { $date } তারিখে আর কোনো পদক্ষেপ ছাড়াই বন্ধ করা হয়েছে
tm-telecharger-lattestation = প্রত্যয়নপত্র ডাউনলোড করুন
tm-votre-dossier-est-enregistre = প্রতিটি পরিবর্তনের পরে আপনার ফাইল স্বয়ংক্রিয়ভাবে সংরক্ষিত হয়। আপনি যেকোনো সময় উইন্ডোটি বন্ধ করে পরে যেখানে ছিলেন সেখান থেকে আবার শুরু করতে পারেন।
tm-envoyer-et-marquer-le-dossier = পাঠান এবং ফাইলটি চিহ্নিত করুন
tm-en-attente-de-reponse = উত্তরের অপেক্ষায়
tm-votre-message-obligatoire = আপনার বার্তা (আবশ্যক)
tm-ecrivez-votre-message-a-l-administration = প্রশাসনের জন্য আপনার বার্তা এখানে লিখুন
tm-identite-du-demandeur = আবেদনকারীর পরিচয়
tm-identite-du-mandataire = প্রতিনিধির (mandataire) পরিচয়
tm-sections-du-formulaire = ফর্মের অংশগুলো
tm-modifier-le-siret = SIRET নম্বর পরিবর্তন করুন
tm-lusager-a-pris-connaissance-de-la = ব্যবহারকারী { $agreement } তারিখে তাঁর ফাইল সম্পর্কে নেওয়া সিদ্ধান্তটি দেখেছেন।
tm-identifier-votre-etablissement = আপনার প্রতিষ্ঠান শনাক্ত করুন
tm-civilite = সম্বোধন (Madame বা Monsieur)
tm-nom = পারিবারিক নাম (পদবি)
tm-renseignez-le-numero-de-siret-de = সরকারি কাজটি শুরু করতে আপনার প্রতিষ্ঠান, প্রশাসন বা সংগঠনের SIRET নম্বর লিখুন।
tm-pour-trouver-votre-numero-siret-utilisez = আপনার SIRET নম্বর খুঁজতে { $annuaire_link } ব্যবহার করুন অথবা আপনার হিসাব বিভাগে জিজ্ঞেস করুন।
tm-continuer = চালিয়ে যান
tm-merci = ধন্যবাদ!
tm-votre-dossier-sur-la-demarche = এই সরকারি কাজের জন্য আপনার ফাইল
tm-a-bien-ete-envoye = সফলভাবে পাঠানো হয়েছে।
tm-vous-avez-desormais-acces-a-votre = এখন আপনি এটি দেখতে পারেন:
tm-dossier-en-ligne = আপনার অনলাইন ফাইল।
tm-vous-pouvez = আপনি পারেন
tm-le-modifier = এটি সম্পাদনা করতে
tm-et = এবং
tm-echanger-avec-un-instructeur = ফাইল-পরীক্ষক কর্মকর্তার সঙ্গে যোগাযোগ করতে।
tm-telecharger-mon-dossier = আমার ফাইল ডাউনলোড করুন
tm-telecharger-mon-attestation = আমার প্রত্যয়নপত্র ডাউনলোড করুন
tm-suivi-de-votre-dossier = আপনার ফাইলের অগ্রগতি
tm-votre-dossier = আপনার ফাইল
tm-dossier-n = ফাইল নম্বর { $n }
tm-en-brouillon-depuis-le = - { $date } থেকে খসড়া অবস্থায়
tm-dossier-pdf = dossier-{ $n }.pdf (PDF আকারে আপনার ফাইল)
tm-brouillon = খসড়া
tm-votre-dossier-est-en-cours-dinstruction = প্রশাসন আপনার ফাইলটি যাচাই করছে। আপনি আর এটি পরিবর্তন করতে পারবেন না।
tm-votre-dossier-est-soumis-au-cadre = আপনার ফাইলে «নীরবতা মানে সম্মতি» (« Silence Vaut Accord ») আইনি নিয়ম প্রযোজ্য
tm-votre-dossier-est-soumis-au-cadre-2 = আপনার ফাইলে «নীরবতা মানে প্রত্যাখ্যান» (« Silence Vaut Rejet ») আইনি নিয়ম প্রযোজ্য
tm-termine = সম্পন্ন
tm-vous-avez-une-question-utilisez-la = আপনার কোনো প্রশ্ন আছে? প্রশাসনের সঙ্গে সরাসরি যোগাযোগ করতে বার্তা বক্স ব্যবহার করুন।
tm-motivation = কারণসমূহ:
tm-attestation = প্রত্যয়নপত্র:
tm-votre-dossier-a-ete-accepte = আপনার ফাইল গৃহীত হয়েছে
tm-motif-de-lacceptation = গ্রহণের কারণ
tm-votre-dossier-a-ete-refuse = আপনার ফাইল প্রত্যাখ্যাত হয়েছে
tm-envoyer-un-message-a-ladministration = প্রশাসনকে বার্তা পাঠান
tm-dernier-message = সর্বশেষ বার্তা
tm-votre-prochain-rendez-vous = আপনার পরবর্তী অ্যাপয়েন্টমেন্ট
tm-voir-mon-rendez-vous-sur-rdv = RDV Service Public-এ আমার অ্যাপয়েন্টমেন্ট দেখুন
tm-modifier-le-dossier-vous-pouvez-modifier = ফাইল সম্পাদনা করুন - যাচাই শুরু না হওয়া পর্যন্ত আপনি আপনার ফাইল পরিবর্তন করতে পারেন
tm-rechercher-un-dossier-par-n-de = ফাইল খুঁজুন (ফাইল নম্বর, মূল শব্দ…)
tm-rechercher-un-dossier-par-n-de-2 = ফাইল খুঁজুন (ফাইল নম্বর, পদবি / নাম, মূল শব্দ…)
tm-saisissez-votre-recherche = যা খুঁজছেন তা লিখুন
tm-resultat-de-la-recherche-pour = «{ $search_terms }»-এর খোঁজের ফল
tm-et-pour-la-procedure = এবং «{ $name }» কাজের জন্য
tm-dossier-numero = ফাইল নম্বর { $n }
tm-ladministration-ne-traitera-plus-votre = প্রশাসন আর আপনার আবেদন নিয়ে কাজ করবে না।
tm-dossier-n-2 = ফাইল নম্বর
tm-ne-correspond-aux-termes-recherches = খোঁজার শব্দগুলোর সঙ্গে মেলে না
tm-ne-correspond-aux-filtres-selectionnes = বাছাই করা ফিল্টারগুলোর সঙ্গে মেলে না
tm-cette-demarche-est-close-vous-ne = এই সরকারি কাজটি বন্ধ হয়ে গেছে, আপনি এই ফাইলটি জমা দিতে পারবেন না। এর বদলে চালু হওয়া { $link }-এ একটি নতুন ফাইল জমা দিতে অনুরোধ করছি।
tm-cette-demarche-est-close-vous-ne-2 = এই সরকারি কাজটি বন্ধ হয়ে গেছে, আপনি এই ফাইলটি জমা দিতে পারবেন না, এই কাজের জন্য নতুন ফাইলও জমা দিতে পারবেন না। { $link }
tm-cette-demarche-est-close-votre-dossier = এই সরকারি কাজটি বন্ধ হয়ে গেছে, তবে আপনার ফাইল জমা হয়েছে এবং প্রশাসন এটি যাচাই করতে পারে। প্রয়োজনে, এর বদলে চালু হওয়া { $link }-এ আপনি একটি নতুন ফাইল জমা দিতে পারেন।
tm-cette-demarche-est-close-votre-dossier-2 = এই সরকারি কাজটি বন্ধ হয়ে গেছে, তবে আপনার ফাইল জমা হয়েছে এবং প্রশাসন এটি যাচাই করতে পারে। এই কাজের জন্য আপনি নতুন ফাইল জমা দিতে পারবেন না। { $link }
tm-cette-demarche-est-close-votre-dossier-3 = এই সরকারি কাজটি বন্ধ হয়ে গেছে, এবং প্রশাসন আপনার ফাইলের কাজ শেষ করেছে। প্রয়োজনে, এর বদলে চালু হওয়া { $link }-এ আপনি একটি নতুন ফাইল জমা দিতে পারেন।
tm-cette-demarche-est-close-votre-dossier-4 = এই সরকারি কাজটি বন্ধ হয়ে গেছে, এবং প্রশাসন আপনার ফাইলের কাজ শেষ করেছে। এই কাজের জন্য আপনি নতুন ফাইল জমা দিতে পারবেন না। { $link }
tm-nouvelle-demarche-disponible = নতুন সরকারি কাজ চালু হয়েছে
tm-cette-demarche = এই সরকারি কাজ
tm-ce-dossier-attend-vos-corrections = এই ফাইলটি আপনার সংশোধনের অপেক্ষায় — কী পরিবর্তন করতে হবে তা { $n } নম্বর ফাইলের বার্তা বক্সে দেখুন।
tm-ce-dossier-attend-votre-reponse = এই ফাইলটি আপনার উত্তরের অপেক্ষায়
tm-consultez-la-messagerie-du-dossier = { $n } নম্বর ফাইলের বার্তা বক্স দেখুন এবং প্রশাসনকে উত্তর দিন।
tm-cree-le = { $date } তারিখে তৈরি
tm-mis-a-la-corbeille-automatiquement-le = সংরক্ষণের সর্বোচ্চ সময় শেষ হওয়ায় { $date } তারিখে স্বয়ংক্রিয়ভাবে ট্র্যাশে সরানো হয়েছে
tm-commencer-un-nouveau-dossier = নতুন ফাইল শুরু করুন
tm-dupliquer-le-dossier = ফাইলটির অনুলিপি তৈরি করুন
tm-voulez-vous-vraiment-mettre-a-la = আপনি কি সত্যিই এই ফাইলটি ট্র্যাশে সরাতে চান?
tm-en-continuant-vous-allez-supprimer-ce = চালিয়ে গেলে আপনি এই ফাইল, এর ভেতরের তথ্য এবং { $email }-এর কাছে এটি হস্তান্তরের অনুরোধ মুছে ফেলবেন। যেকোনো মুছে ফেলার ফলে চলমান সরকারি কাজটি বাতিল হয়ে যায়। মুছে ফেলা নিশ্চিত করবেন?
tm-continuer-a-remplir = পূরণ চালিয়ে যান
tm-restaurer = ফিরিয়ে আনুন
tm-restaurer-et-etendre-la-conservation-du = { $id } নম্বর ফাইলটি ফিরিয়ে আনুন এবং এর সংরক্ষণের সময় বাড়ান (মাসের সংখ্যা: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = অন্যান্য কাজ
tm-le-support-technique = কারিগরি সহায়তা
tm-une-demande-de-transfert-est-en = { $n } নম্বর ফাইলটি { $email }-এর কাছে হস্তান্তরের একটি অনুরোধ চলছে
tm-une-demande-de-transfert-par-le = কারিগরি সহায়তার পক্ষ থেকে { $n } নম্বর ফাইলটি { $email }-এর কাছে হস্তান্তরের একটি অনুরোধ চলছে
tm-demande-de-transfert-par-le-support = কারিগরি সহায়তার পক্ষ থেকে { $email }-এর { $n } নম্বর ফাইল হস্তান্তরের অনুরোধ
tm-accepter = গ্রহণ করুন
tm-refuser = প্রত্যাখ্যান করুন
tm-connexion-a = { $name }-এ লগইন
tm-mot-de-passe-oublie = পাসওয়ার্ড ভুলে গেছেন?
tm-trouvez-votre-demarche = আপনার সরকারি কাজটি খুঁজুন
tm-vous-etes-agent-de-la-fonction = আপনি কি রাষ্ট্রীয় সরকারি চাকরিতে কর্মরত?
tm-accedez-a-notre-page-dediee = আমাদের নির্দিষ্ট পাতায় যান
tm-se-connecter-avec-son-compte = নিজের অ্যাকাউন্ট দিয়ে লগইন করুন
tm-si-vous-voyez-cette-page-trop = এই পাতাটি খুব বেশি দেখলে আমাদের সাহায্য পাতাটি দেখুন।
tm-changement-de-mot-de-passe = পাসওয়ার্ড পরিবর্তন
tm-changer-le-mot-de-passe = পাসওয়ার্ড পরিবর্তন করুন
tm-si-un-compte-existe-avec-ladresse = { $email } ঠিকানায় কোনো অ্যাকাউন্ট থাকলে, পাসওয়ার্ড রিসেট করার জন্য আমরা আপনাকে একটি ই-মেইল পাঠিয়েছি।
tm-vous-navez-pas-recu-lemail = ই-মেইলটি পাননি?
tm-verifiez-la-boite-indesirables-ou-spam = আপনার ই-মেইলের অবাঞ্ছিত (Indésirables) বা Spam ফোল্ডারটি দেখুন।
tm-vous-etes-vous-connecte-avec-france = আপনি কি আগে France Connect দিয়ে লগইন করেছিলেন? তাহলে আবার France Connect দিয়ে চেষ্টা করুন।
tm-le-compte-a-pu-etre-supprime = দীর্ঘদিন ব্যবহার না হলে এবং কোনো চলমান ফাইল না থাকলে অ্যাকাউন্টটি মুছে ফেলা হয়ে থাকতে পারে। সেক্ষেত্রে একটি সরকারি কাজের পাতা থেকে আপনাকে আবার অ্যাকাউন্ট তৈরি করতে হবে।
tm-lien-de-reinitialisation-du-mot-de = পাসওয়ার্ড রিসেটের লিংক পাঠানো হয়েছে
tm-attention-ce-courriel-peut-mettre-jusqua = সতর্কতা, এই ই-মেইল পৌঁছাতে 15 মিনিট পর্যন্ত লাগতে পারে।
tm-en-cas-de-difficultes-nous-restons = সমস্যা হলে এই ফর্মের মাধ্যমে আমাদের সঙ্গে যোগাযোগ করতে পারেন।

## ds: modal

tm-publier-la-demarche = সরকারি কাজটি প্রকাশ করুন
tm-reactiver-la-demarche = সরকারি কাজটি আবার চালু করুন
tm-vous-vous-appretez-a-publier-votre = আপনি আপনার সরকারি কাজটি সবার জন্য প্রকাশ করতে যাচ্ছেন।
tm-vous-vous-appretez-a-reactiver-votre = আপনি আপনার সরকারি কাজটি আবার চালু করতে যাচ্ছেন।
tm-publier = প্রকাশ করুন

## ds: activerecord

tm-la-piece-jointe-a-bien-ete = সংযুক্ত ফাইলটি ({ $attachment }) সফলভাবে মুছে ফেলা হয়েছে। আপনি আরেকটি যোগ করতে পারেন।
tm-la-nouvelle-adresse-electronique = নতুন ই-মেইল ঠিকানা
tm-numero-siret = SIRET নম্বর
tm-la-demarche-est-mise-en-uvre = এই সরকারি কাজটি পরিচালনা করে:
tm-valeur-du-champ = ঘরের মান
tm-lobjet-genere-sera-tronque-sil-depasse = তৈরি হওয়া বিষয়টি 100 অক্ষরের বেশি হলে কেটে ছোট করা হবে।
tm-est-invalide-saisissez-un-numero-de = সঠিক নয়। একটি সঠিক ফোন নম্বর লিখুন। উদাহরণ: 0612345678
tm-nest-pas-un-lien-valide = সঠিক লিংক নয়
tm-aucun-resultat-ne-correspond-a-votre = আপনার খোঁজের সঙ্গে মেলে এমন কোনো ফল নেই।
tm-trop-de-demandes-nous-reessayons-pour = অনেক বেশি অনুরোধ। আমরা আপনার জন্য আবার চেষ্টা করছি।
tm-erreur-du-serveur-nous-reessayons-pour = সার্ভারের ত্রুটি। আমরা আপনার জন্য আবার চেষ্টা করছি।
tm-service-indisponible-nous-reessayons = সেবা পাওয়া যাচ্ছে না। আমরা আপনার জন্য আবার চেষ্টা করছি।
tm-la-demande-a-pris-trop-de = অনুরোধে অনেক বেশি সময় লেগেছে। আমরা আপনার জন্য আবার চেষ্টা করছি।
tm-probleme-de-connexion-nous-reessayons = সংযোগের সমস্যা। আমরা আপনার জন্য আবার চেষ্টা করছি।
tm-resultat-introuvable-verifiez-vos = ফল পাওয়া যায়নি। আপনার তথ্য যাচাই করুন।
tm-non-autorise-connectez-vous-pour = অনুমতি নেই। চালিয়ে যেতে লগইন করুন।
tm-invitation-deja-envoyee = : আমন্ত্রণ আগেই পাঠানো হয়েছে
tm-votre-lien-de-nouveau-mot-de = : আপনার নতুন পাসওয়ার্ডের লিংকের মেয়াদ শেষ হয়ে গেছে। অনুগ্রহ করে নতুন একটি লিংক চান।
tm-nest-pas-assez-complexe-saisir-un = যথেষ্ট জটিল নয়। আরও জটিল একটি পাসওয়ার্ড লিখুন
tm-les-deux-mots-de-passe-ne = : দুটি পাসওয়ার্ড মিলছে না
tm-ne-peut-etre-identique-a-lancienne = আগের ঠিকানার মতো হতে পারবে না। অন্য একটি ই-মেইল ঠিকানা লিখুন
tm-est-deja-utilise-par-une-demarche = আগে থেকেই একটি সরকারি কাজে ব্যবহৃত হচ্ছে। এটি অন্য এক প্রশাসকের, তাই আপনি এটি ব্যবহার করতে পারবেন না।
tm-nest-pas-valide-il-doit-comporter = সঠিক নয়। এতে কমপক্ষে 3টি এবং সর্বোচ্চ 200টি অক্ষর থাকতে হবে, এবং শুধু a-z, 0-9, '_' ও '-' অক্ষরগুলো ব্যবহার করা যাবে।
tm-ne-peut-pas-etre-utilise-car = ব্যবহার করা যাবে না, কারণ এটি এই সরকারি কাজের শেষ লিংক।
tm-doit-posseder-13-ou-14-caracteres = এতে 13 বা 14টি অক্ষর বা অঙ্ক থাকতে হবে
tm-doit-etre-dans-les-options-proposees = দেওয়া বিকল্পগুলোর একটি হতে হবে
tm-doit-etre-un-nom-de-region = একটি সঠিক অঞ্চলের (région) নাম হতে হবে
tm-doit-etre-un-code-de-region = একটি সঠিক অঞ্চলের (région) কোড হতে হবে
tm-doit-etre-un-nom-de-departement = একটি সঠিক জেলার (département) নাম হতে হবে
tm-doit-etre-un-code-de-departement = একটি সঠিক জেলার (département) কোড হতে হবে
tm-doit-etre-un-code-depci-du = সংশ্লিষ্ট জেলার (département) একটি EPCI (পৌর এলাকাগুলোর জোট)-এর কোড হতে হবে
tm-doit-etre-un-nom-depci-du = সংশ্লিষ্ট জেলার (département) একটি EPCI (পৌর এলাকাগুলোর জোট)-এর নাম হতে হবে
tm-doit-etre-un-entier = পূর্ণ সংখ্যা হতে হবে

## ds: errors

tm-le-champ = «{ $attribute }» ঘরটি { $message }
tm-le-dossier-nexiste-pas-ou-vous = ফাইলটির অস্তিত্ব নেই অথবা এতে আপনার প্রবেশাধিকার নেই।
tm-ce-lien-dinvitation-nest-plus-valable = এই আমন্ত্রণ লিংকটি আর বৈধ নয় অথবা ফাইলটি আর দেখা যায় না।
tm-une-erreur-est-survenue-lors-de-4 = FranceConnect-এর সঙ্গে সংযোগের সময় একটি ত্রুটি হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।
tm-seul-e-s-les-usagers-peuvent = শুধু ব্যবহারকারীরাই France Connect দিয়ে লগইন করতে পারেন। আপনি ফাইল-পরীক্ষক কর্মকর্তা বা প্রশাসক হলে অনুগ্রহ করে আপনার পাসওয়ার্ড রিসেট করুন।
tm-desole-la-recuperation-des-informations = দুঃখিত, SIRET তথ্য আনা এখন সাময়িকভাবে সম্ভব নয়। অনুগ্রহ করে কিছুক্ষণ পরে আবার চেষ্টা করুন।
tm-nous-navons-pas-trouve-detablissement = এই SIRET নম্বরের সঙ্গে মেলে এমন কোনো প্রতিষ্ঠান আমরা পাইনি।
tm-lexpression-reguliere-que-vous-avez = আপনার লেখা রেগুলার এক্সপ্রেশনটি (expression régulière) ঝুঁকিপূর্ণ হতে পারে এবং কাজের গতিতে সমস্যা তৈরি করতে পারে
tm-lexemple-doit-correspondre-a-lexpression = উদাহরণটিকে দেওয়া রেগুলার এক্সপ্রেশনের সঙ্গে মিলতে হবে
tm-doit-etre-un-nombre-superieur-ou = { $n }-এর সমান বা তার চেয়ে বড় একটি সংখ্যা হতে হবে
tm-doit-etre-un-nombre-inferieur-ou = { $n }-এর সমান বা তার চেয়ে ছোট একটি সংখ্যা হতে হবে
tm-doit-etre-une-date-dans-le = অতীতের একটি তারিখ হতে হবে
tm-doit-etre-une-date-comprise-entre = { $start_date } থেকে { $end_date }-এর মধ্যে একটি তারিখ হতে হবে
tm-doit-etre-une-date-superieure-ou = { $date } বা তার পরের একটি তারিখ হতে হবে
tm-doit-etre-une-date-inferieure-ou = { $date } বা তার আগের একটি তারিখ হতে হবে
tm-doit-comprendre-entre-1-et-3 = দশমিক বিন্দুর পরে 1 থেকে 3টি অঙ্ক থাকতে হবে
tm-doit-etre-une-date-correctement-formatee = সঠিকভাবে লেখা একটি তারিখ হতে হবে
tm-doit-etre-une-date-et-heure = সঠিকভাবে লেখা তারিখ ও সময় হতে হবে
tm-doit-etre-rempli = পূরণ করতে হবে
tm-votre-session-a-ete-renouvelee-merci = আপনার সেশন নবায়ন করা হয়েছে। অনুগ্রহ করে এই পাতা থেকে কাজটি আবার করুন।

## ds: users

tm-ce-dossier-est-depose-sur-une = এই ফাইলটি একটি পরীক্ষামূলক সরকারি কাজে জমা দেওয়া হয়েছে। প্রশাসক এই কাজে কোনো পরিবর্তন করলে (ঘর যোগ করা, কাজটি প্রকাশ করা...) ফাইলটি মুছে যাবে।
tm-votre-dossier-ne-peut-plus-etre = আপনার ফাইল আর পরিবর্তন করা যাবে না
tm-completez-lidentification-de = চালিয়ে যেতে প্রতিষ্ঠানের পরিচয় সম্পূর্ণ করুন।
tm-votre-dossier-a-bien-ete-duplique = আপনার ফাইলের অনুলিপি তৈরি হয়েছে। এখন আপনি এটি যাচাই করে, প্রয়োজনমতো বদলে, তারপর জমা দিতে পারেন।
tm-linstruction-de-votre-dossier-a-commence = আপনার ফাইলের যাচাই শুরু হয়ে গেছে, তাই ফাইলটি আর মুছে ফেলা যাবে না। যাচাই বাতিল করতে চাইলে আপনার ফাইলের বার্তা বক্সের মাধ্যমে প্রশাসনের সঙ্গে যোগাযোগ করুন।
tm-votre-dossier-a-bien-ete-mis = আপনার ফাইলটি ট্র্যাশে সরানো হয়েছে
tm-le-dossier-n-est-pas-correctement = ফাইলটি সঠিকভাবে পূরণ করা হয়নি।
tm-votre-dossier-a-bien-ete-restaure = আপনার ফাইলটি ফিরিয়ে আনা হয়েছে
tm-aucun-etablissement-nest-associe-a-ce = এই ফাইলের সঙ্গে কোনো প্রতিষ্ঠান যুক্ত নেই
tm-identite-enregistree = পরিচয় সংরক্ষিত হয়েছে
tm-attestation-de-depot = আবেদন জমার প্রত্যয়নপত্র (attestation de dépôt)
tm-dossier-depose-le = ফাইল জমার তারিখ:
tm-etat-du-dossier = ফাইলের অবস্থা
tm-depose-en-attente-dexamen-par = জমা দেওয়া হয়েছে, প্রশাসনের যাচাইয়ের অপেক্ষায়
tm-refuse = প্রত্যাখ্যাত
tm-classe-sans-suite = আর কোনো পদক্ষেপ ছাড়াই বন্ধ
tm-service-administratif = প্রশাসনিক বিভাগ
tm-fait-le = { $date } তারিখে প্রস্তুত,
tm-obtenir-une-attestation-de-depot-de = ফাইল জমার প্রত্যয়নপত্র নিন
tm-dossier-n-en-corbeille = ফাইল নম্বর { $n } - ট্র্যাশে আছে
tm-vous-pouvez-retrouver-ce-dossier-depuis = আপনার অ্যাকাউন্টের ট্র্যাশ ট্যাব থেকে এই ফাইলটি খুঁজে পেতে পারেন। এখন এটি দেখা যাবে না।
tm-ce-dossier-a-ete-mis-a = আপনার অনুরোধে এই ফাইলটি ট্র্যাশে সরানো হয়েছে: আপনি এখনো এটি ফিরিয়ে আনতে পারেন।
tm-si-ce-dossier-a-ete-mis = আপনার অনুরোধে এই ফাইলটি ট্র্যাশে সরানো হয়ে থাকলে: আপনি এখনো এটি ফিরিয়ে আনতে পারেন।
tm-si-ce-dossier-a-ete-mis-2 = সংরক্ষণের সর্বোচ্চ সময় শেষ হওয়ায় এই ফাইলটি স্বয়ংক্রিয়ভাবে ট্র্যাশে সরানো হয়ে থাকলে: চিরতরে মুছে যাওয়ার আগে যত দ্রুত সম্ভব এটি ডাউনলোড করে নিন।
tm-dossier-n-supprime-definitivement = ফাইল নম্বর { $n } - চিরতরে মুছে ফেলা হয়েছে
tm-vous-ne-pouvez-plus-recuperer-ce = নিচের কোনো একটি কারণে আপনি আর এই ফাইলটি ফিরে পেতে পারবেন না:
tm-il-a-ete-mis-a-la = আপনার অনুরোধে এটি ট্র্যাশে সরানো হয়েছিল, তারপর স্বয়ংক্রিয়ভাবে মুছে ফেলা হয়েছে।
tm-il-a-ete-supprime-car-son = সংরক্ষণের সর্বোচ্চ সময় শেষ হওয়ায় এটি মুছে ফেলা হয়েছে।
tm-vous-pouvez-retrouver-lensemble-des = আপনার অ্যাকাউন্ট থেকে মুছে ফেলা সব ফাইল ("BROUILLON" বা খসড়া ছাড়া) মুছে ফেলা ফাইলের ইতিহাস পাতায় পাবেন।

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = আপনার FranceConnect অ্যাকাউন্ট যোগাযোগের ই-মেইল হিসেবে { $email } ব্যবহার করে।
tm-souhaitez-vous-lutiliser-pour-recevoir = আপনার ফাইলগুলোর অগ্রগতি সম্পর্কে বিজ্ঞপ্তি পেতে কি এটি ব্যবহার করতে চান?
tm-valider = নিশ্চিত করুন
tm-veuillez-nous-fournir-ladresse = আপনার সঙ্গে যোগাযোগের জন্য কোন ই-মেইল ঠিকানা ব্যবহার করব তা অনুগ্রহ করে জানান
tm-oui-utiliser-comme-adresse-electronique = হ্যাঁ, যোগাযোগের ই-মেইল হিসেবে { $email } ব্যবহার করুন
tm-non-utiliser-une-autre-adresse = না, অন্য একটি ই-মেইল ঠিকানা ব্যবহার করুন
tm-fusion-des-comptes-franceconnect-et = FranceConnect ও { $name } অ্যাকাউন্ট একত্র করা
tm-bonjour-votre-compte-franceconnect = হ্যালো, আপনার FranceConnect অ্যাকাউন্ট যোগাযোগের ই-মেইল হিসেবে { $email } ব্যবহার করে। কিন্তু { $name }-এ এই একই ই-মেইল ঠিকানা দিয়ে একটি অ্যাকাউন্ট আছে।
tm-pour-les-fusionner-entrez-votre-mot = অ্যাকাউন্ট দুটি একত্র করতে আপনার পাসওয়ার্ড লিখুন
tm-fusionner-les-comptes = অ্যাকাউন্টগুলো একত্র করুন
tm-utiliser-cette-adresse-electronique = এই ই-মেইল ঠিকানা ব্যবহার করুন
tm-nous-venons-de-vous-envoyer-le = আমরা এইমাত্র আপনাকে নিশ্চিতকরণ ই-মেইল পাঠিয়েছি, অ্যাকাউন্টগুলো একত্র করতে অনুগ্রহ করে ওই ই-মেইলের লিংকে ক্লিক করুন
tm-le-lien-de-confirmation-a-expire = নিশ্চিতকরণ লিংকের মেয়াদ শেষ হয়ে গেছে। ই-মেইলে আপনাকে একটি নতুন নিশ্চিতকরণ লিংক পাঠানো হয়েছে।
tm-une-erreur-inattendue-est-survenue = একটি অপ্রত্যাশিত ত্রুটি হয়েছে। সমস্যা থেকে গেলে অনুগ্রহ করে সহায়তা বিভাগের সঙ্গে যোগাযোগ করুন।
tm-vous-avez-ete-deconnecte-de-votre = আপনাকে আপনার আগের অ্যাকাউন্ট থেকে লগআউট করা হয়েছে। অনুগ্রহ করে আবার নিশ্চিতকরণ লিংকে ক্লিক করুন।
tm-utilisateur-non-trouve = ব্যবহারকারী পাওয়া যায়নি
tm-les-comptes-franceconnect-et-sont-a = FranceConnect ও { $name } অ্যাকাউন্ট এখন একত্র হয়েছে

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = আপনার প্রত্যয়নপত্র এই ঠিকানা থেকে ডাউনলোড করতে পারেন: { $link }
tm-pour-obtenir-le-detail-de-cette = সিদ্ধান্তের এই পরিবর্তনের বিস্তারিত জানতে এই বিভাগের সঙ্গে যোগাযোগ করতে পারেন: { $name }।
tm-a-ete-refuse-le = { $date } তারিখে প্রত্যাখ্যাত হয়েছে
tm-le-motif-de-refus-est-le = প্রত্যাখ্যানের কারণ নিচে দেওয়া হলো:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = আপনার কিছু সরকারি কাজের জন্য আপনি বিভাগের SIRET নম্বর লেখেননি। অনুগ্রহ করে সেগুলো সংশোধন করুন।
tm-certaines-de-vos-demarches-nont-pas = আপনার কিছু সরকারি কাজের সঙ্গে কোনো বিভাগ যুক্ত নেই।
tm-ajouter-un-service-a-la-demarche = { $n } সরকারি কাজে একটি বিভাগ যোগ করুন
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [one] পূরণ করতে আনুমানিক সময়: { $n } মিনিট (বাছাই করা বিকল্প অনুযায়ী কম-বেশি হয়)
       *[other] পূরণ করতে আনুমানিক সময়: { $n } মিনিট (বাছাই করা বিকল্প অনুযায়ী কম-বেশি হয়)
    }
tm-quels-sont-les-delais-dinstruction-pour = এই সরকারি কাজের যাচাইয়ে কত সময় লাগে?
tm-liste-des-pieces-en-fonction-de = আপনার অবস্থা অনুযায়ী কাগজপত্রের তালিকা
tm-le-sva-ou-silence-vaut-accord = SVA, অর্থাৎ «নীরবতা মানে সম্মতি» (« Silence Vaut Accord »), একটি আইনি নীতি, যা ঠিক করে প্রশাসন উত্তর না দিলে আবেদনের কী হবে: আপনার ফাইল সম্পূর্ণ হলে নির্দিষ্ট সময় পার হওয়ার পর আবেদনটি স্বয়ংক্রিয়ভাবে গৃহীত হবে।
tm-le-svr-ou-silence-vaut-rejet = SVR, অর্থাৎ «নীরবতা মানে প্রত্যাখ্যান» (« Silence Vaut Rejet »), একটি আইনি নীতি, যা ঠিক করে প্রশাসন উত্তর না দিলে আবেদনের কী হবে: আপনার ফাইল সম্পূর্ণ হলে নির্দিষ্ট সময় পার হওয়ার পর আবেদনটি স্বয়ংক্রিয়ভাবে প্রত্যাখ্যাত হবে।

## ds: layouts

tm-super-admin = সুপার-অ্যাডমিন (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = রাস্তার নম্বর ও নাম, অথবা স্থানের নাম (lieu-dit) লিখুন
tm-renseigner-la-ville-ou-commune = শহর বা পৌর এলাকা লিখুন
tm-renseigner-un-code-postal = একটি পোস্ট কোড লিখুন
tm-format-attendu-jj-mm-aaaa = প্রত্যাশিত ফরম্যাট: JJ/MM/AAAA (দিন/মাস/বছর).
tm-format-attendu-jj-mm-aaaa-hh = প্রত্যাশিত ফরম্যাট: JJ/MM/AAAA HH:MM (দিন/মাস/বছর ঘণ্টা:মিনিট).
tm-format-attendu-un-numero-de-dossier = প্রত্যাশিত ফরম্যাট: { $name }-এ জমা দেওয়া একটি ফাইলের নম্বর
tm-ne-doit-pas-contenir-de-caracteres = এতে কোনো বিশেষ চিহ্ন থাকা চলবে না
tm-doit-faire-au-moins-caracteres = { $n ->
        [one] কমপক্ষে { $n }টি অক্ষর হতে হবে
       *[other] কমপক্ষে { $n }টি অক্ষর হতে হবে
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [one] { $n }টি অক্ষরের কম হতে হবে
       *[other] { $n }টি অক্ষরের কম হতে হবে
    }
tm-est-invalide-saisissez-un-numero-iban = সঠিক নয়। একটি সঠিক IBAN নম্বর লিখুন। উদাহরণ (ফ্রান্স): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = উদাহরণ (ফ্রান্স): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = আপনি একটি বা একাধিক বিকল্প বেছে নিতে পারেন।

## ds: activemodel

tm-region-code-region = অঞ্চল (région) ও অঞ্চলের কোড

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = প্রত্যাশিত ফরম্যাট: একটি সঠিক ফোন নম্বর। উদাহরণ: 0612345678
tm-doit-commencer-par-un-w-majuscule = বড় হাতের W দিয়ে শুরু হতে হবে, তারপর 9টি অঙ্ক বা অক্ষর। উদাহরণ: W503726238
tm-le-numero-rna-saisi-ne-correspond = আপনার লেখা RNA নম্বর { $value } কোনো প্রতিষ্ঠানের সঙ্গে মেলে না, একটি সঠিক RNA নম্বর লিখুন
tm-une-erreur-reseau-a-empeche-lassociation = নেটওয়ার্কের একটি ত্রুটির কারণে এই RNA-র সঙ্গে যুক্ত সংগঠনটি খুঁজে পাওয়া যায়নি, পরে আবার চেষ্টা করুন
tm-numero-rna = RNA নম্বর (সংগঠনের নিবন্ধন)
tm-nom-de-lassociation = সংগঠনের নাম
tm-objet-de-lassociation = সংগঠনের উদ্দেশ্য
tm-date-de-creation = প্রতিষ্ঠার তারিখ
tm-date-de-publication = প্রকাশের তারিখ
tm-format-attendu-un-w-majuscule-suivi = প্রত্যাশিত ফরম্যাট: বড় হাতের W, তারপর 9টি অঙ্ক বা অক্ষর। উদাহরণ: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (কোনো ফাউন্ডেশন পাওয়া যায়নি)
tm-numero-rnf = RNF নম্বর (ফাউন্ডেশনের নিবন্ধন)
tm-mise-a-jour-le = হালনাগাদের তারিখ
tm-comporte-une-erreur-de-saisie-corrigez = এতে লেখায় ভুল আছে। সেটি ঠিক করুন।
tm-ne-correspond-pas-a-un-etablissement = কোনো বিদ্যমান প্রতিষ্ঠানের সঙ্গে মেলে না
tm-dossier-supprime = মুছে ফেলা ফাইল
tm-demande-de-lusager = ব্যবহারকারীর অনুরোধ
tm-suppression-dune-demarche = একটি সরকারি কাজ মুছে ফেলা
tm-numero-de-dossier = ফাইল নম্বর
tm-etat = অবস্থা
tm-demande-de-correction = সংশোধনের অনুরোধ
tm-pour-vous = নিজের জন্য
tm-pour-un-beneficiaire-membre-de-la = অন্য একজন সুবিধাভোগীর জন্য: পরিবারের সদস্য, কাছের মানুষ, যিনি আপনাকে দায়িত্ব দিয়েছেন, ফাইল দেখাশোনার দায়িত্বে থাকা পেশাজীবী…
tm-a-corriger = সংশোধন করতে হবে
tm-dossier-non-modifie = ফাইল পরিবর্তন হয়নি
tm-demande-de-correction-annulee = সংশোধনের অনুরোধ বাতিল হয়েছে
tm-reponse-donnee = উত্তর দেওয়া হয়েছে
tm-le-dossier-nest-pas-valide-et = ফাইলটি সঠিক নয়, এটি সংশোধন করতে হবে
tm-le-dossier-doit-etre-mis-a = ফাইলটি হালনাগাদ করে আবার নিশ্চিত করতে হবে
tm-depose-depuis-longtemps = অনেক দিন আগে জমা দেওয়া
tm-depose-depuis-j = { $days ->
        [one] { $days } দিন আগে জমা দেওয়া
       *[other] { $days } দিন আগে জমা দেওয়া
    }
tm-expire-bientot = শীঘ্রই মেয়াদ শেষ হবে
tm-expire-dans-j = { $days ->
        [one] { $days } দিন পরে মেয়াদ শেষ হবে
       *[other] { $days } দিন পরে মেয়াদ শেষ হবে
    }
tm-bientot-supprime = শীঘ্রই মুছে ফেলা হবে
tm-suppression-dans-j = { $days ->
        [one] { $days } দিন পরে মুছে ফেলা হবে
       *[other] { $days } দিন পরে মুছে ফেলা হবে
    }
tm-message = বার্তা
tm-annotation-privee = ব্যক্তিগত টীকা
tm-ladresse-electronique = ই-মেইল ঠিকানা { $message }
tm-est-invalide = সঠিক নয়
tm-parcelle-agricole = কৃষিজমির প্লট
tm-selection-utilisateur = ব্যবহারকারীর বাছাই
tm-ne-peut-pas-etre-vide = খালি রাখা যাবে না
tm-nest-pas-un-geojson-valide = সঠিক GeoJSON নয়
tm-contient-des-coordonnees-invalides = এতে ভুল স্থানাঙ্ক আছে, অনুগ্রহ করে WGS84 স্থানাঙ্ক পদ্ধতি ব্যবহার করুন

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = প্লট নম্বর { $n } - শিট { $prefixe } { $section } - { $surface } বর্গমিটার – পৌর এলাকা { $commune }
tm-parcelle-n-hectares = প্লট নম্বর { $n } - { $surface } হেক্টর
tm-une-aire-de-surface-m2 = { $area } বর্গমিটার আয়তনের একটি এলাকা
tm-une-aire-de-surface-inconnue = অজানা আয়তনের একটি এলাকা

## ds: activerecord

tm-doit-etre-different-de-celui-du = প্রতিনিধির (mandataire) ই-মেইল থেকে আলাদা হতে হবে
tm-notifier-le-beneficiaire = সুবিধাভোগীকে জানান:
tm-pas-de-notification = কোনো বিজ্ঞপ্তি নয়
tm-votre-dossier-n-est-en-train = আপনার { $n } নম্বর ফাইলটি আবার যাচাই করা হচ্ছে ({ $name })

## ds: activemodel

tm-annee = বছর
tm-depuis-le-debut = শুরু থেকে
tm-en = ({ $year } সালে)
tm-nombre-de-demarches = সরকারি কাজের সংখ্যা
tm-nombre-de-demarches-publiees-ou-closes = প্রকাশিত বা বন্ধ সরকারি কাজের সংখ্যা { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = ফাইলটি একটি FranceConnect অ্যাকাউন্ট থেকে জমা দেওয়া হয়েছে।
tm-le-dossier-a-ete-depose-par-2 = ফাইলটি { $name }-এর অ্যাকাউন্ট থেকে জমা দেওয়া হয়েছে।
tm-le-service-traitant-na-pas-ete = দায়িত্বপ্রাপ্ত বিভাগ «নীরবতা মানে প্রত্যাখ্যান» (Silence Vaut Rejet) নিয়মে নির্ধারিত সময়ের মধ্যে আপনার আবেদন নিয়ে কাজ করতে পারেনি।
tm-expirera-le-mois-apres-le-depot = { $n ->
        [one] { $date } তারিখে মেয়াদ শেষ হবে (ফাইল জমার { $n } মাস পরে)
       *[other] { $date } তারিখে মেয়াদ শেষ হবে (ফাইল জমার { $n } মাস পরে)
    }
tm-ce-dossier-est-en-instruction-il = এই ফাইলটির যাচাই চলছে, এর মেয়াদ শেষ হবে না
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [one] { $date } তারিখে মেয়াদ শেষ হবে (ফাইলের কাজ শেষ হওয়ার { $n } মাস পরে)
       *[other] { $date } তারিখে মেয়াদ শেষ হবে (ফাইলের কাজ শেষ হওয়ার { $n } মাস পরে)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [one] { $date } তারিখে মেয়াদ শেষ হবে (ফাইলের কাজ শেষ হওয়ার { $n } মাস পরে)
       *[other] { $date } তারিখে মেয়াদ শেষ হবে (ফাইলের কাজ শেষ হওয়ার { $n } মাস পরে)
    }
tm-la-recuperation-automatique-des-donnees = { $code_postal } পোস্ট কোডের { $numero_allocataire } নম্বর ভাতাপ্রাপকের তথ্য স্বয়ংক্রিয়ভাবে আনা হচ্ছে।
tm-des-donnees-concernant-liees-au-compte = { $code_postal } পোস্ট কোডের { $numero_allocataire } নম্বর অ্যাকাউন্টের সঙ্গে যুক্ত { $sources } সম্পর্কিত তথ্য CAF থেকে পাওয়া গেছে।
tm-donnees-obtenues-de-la-caisse-nationale = জাতীয় পারিবারিক ভাতা তহবিল (Caisse nationale d’allocations familiales) থেকে পাওয়া তথ্য
tm-la-recuperation-automatique-des-donnees-2 = { $reference_avis } নোটিশ রেফারেন্সসহ { $numero_fiscal } নম্বর করদাতার তথ্য স্বয়ংক্রিয়ভাবে আনা হচ্ছে।
tm-des-donnees-concernant-liees-au = { $reference_avis } নোটিশ রেফারেন্সসহ { $numero_fiscal } নম্বর করদাতার সঙ্গে যুক্ত { $sources } সম্পর্কিত তথ্য DGFiP (কর প্রশাসন) থেকে পাওয়া গেছে।
tm-donnees-obtenues-de-la-direction = সরকারি অর্থ মহাপরিদপ্তর (Direction générale des Finances publiques) থেকে পাওয়া তথ্য
tm-la-recuperation-automatique-des-donnees-3 = { $identifiant } আইডির তথ্য স্বয়ংক্রিয়ভাবে আনা হচ্ছে।
tm-des-donnees-concernant-liees-a = { $identifiant } আইডির সঙ্গে যুক্ত { $sources } সম্পর্কিত তথ্য Pôle emploi থেকে পাওয়া গেছে।
tm-donnees-obtenues-de-pole-emploi = Pôle emploi (কর্মসংস্থান অফিস) থেকে পাওয়া তথ্য
tm-des-donnees-concernant-liees-a-line = INE { $ine }-এর সঙ্গে যুক্ত { $sources } সম্পর্কিত তথ্য MESRI (উচ্চশিক্ষা মন্ত্রণালয়) থেকে পাওয়া গেছে।
tm-donnees-obtenues-du-mesri = MESRI (উচ্চশিক্ষা মন্ত্রণালয়) থেকে পাওয়া তথ্য
tm-entrer-une-autre-option = অন্য একটি বিকল্প লিখুন

## ds: carte

tm-deploiement-par-departement = জেলা (département) অনুযায়ী বিস্তার
tm-quelle-carte-souhaitez-vous = আপনি কোন মানচিত্র চান?

## ds: views

tm-selectionnez = বেছে নিন

## ds: activerecord

tm-votre-adresse-electronique = আপনার কাজের ই-মেইল ঠিকানা
tm-sujet = বিষয়

## ds: contact

tm-votre-question = আপনার প্রশ্ন
tm-notre-reponse = আমাদের উত্তর
tm-une-capture-decran-peut-nous-aider = একটি স্ক্রিনশট আমাদের সহজে বুঝতে সাহায্য করতে পারে কোন জায়গাটি উন্নত করতে হবে।
tm-une-capture-decran-peut-nous-aider-2 = একটি স্ক্রিনশট আমাদের সমস্যাটি সহজে বুঝতে সাহায্য করতে পারে।
tm-taille-maximale-autorisee-200-mo-formats = অনুমোদিত সর্বোচ্চ আকার: 200 MB। গ্রহণযোগ্য ফরম্যাট: jpg, png, pdf।
tm-contactez-nous-via-ce-formulaire-et = এই ফর্মের মাধ্যমে আমাদের সঙ্গে যোগাযোগ করুন, আমরা যত দ্রুত সম্ভব উত্তর দেব। আমরা যেন আপনাকে সবচেয়ে ভালোভাবে সাহায্য করতে পারি, সেজন্য যত বেশি সম্ভব তথ্য দিন।
tm-jai-un-probleme-lors-du-remplissage = আমার ফাইল পূরণ করার সময় একটি সমস্যা হচ্ছে
tm-avez-vous-bien-verifie-que-tous = আপনি কি যাচাই করেছেন যে সব আবশ্যক ঘর ( * ) পূরণ করা হয়েছে? কী তথ্য লিখতে হবে সে বিষয়ে প্রশ্ন থাকলে, এই সরকারি কাজের দায়িত্বে থাকা বিভাগগুলোর সঙ্গে যোগাযোগ করুন (FAQ)।
tm-jai-une-question-sur-linstruction-de = আমার ফাইলের যাচাই নিয়ে একটি প্রশ্ন আছে
tm-si-vous-avez-des-questions-sur = আপনার ফাইলের যাচাই নিয়ে প্রশ্ন থাকলে (যেমন সময় নিয়ে), আপনার বার্তা বক্সের মাধ্যমে যে বিভাগগুলো আপনার ফাইল যাচাই করছে সরাসরি তাদের সঙ্গে যোগাযোগ করুন (FAQ)। ওয়েবসাইটের কোনো প্রযুক্তিগত সমস্যা নিয়ে প্রশ্ন করতে চাইলে নিচের ফর্মটি ব্যবহার করুন। আপনার ফাইলের যাচাই সম্পর্কে আমরা কোনো তথ্য দিতে পারব না।
tm-jai-une-idee-damelioration-pour-votre = আপনাদের ওয়েবসাইট উন্নত করার একটি ধারণা আমার আছে
tm-une-idee-pensez-a-consulter-notre = কোনো ধারণা আছে? আমাদের উন্নয়ন-প্রস্তাবের পাতাটি দেখুন: আপনার কাছে গুরুত্বপূর্ণ উন্নয়নগুলোতে ভোট দিন, এবং নিজের ধারণা প্রস্তাব করুন।
tm-nous-vous-invitons-a-contacter = আপনার সরকারি কাজের দায়িত্বে থাকা প্রশাসনের সঙ্গে যোগাযোগ করুন, যাতে তারা আপনাকে সঠিক লিংকটি জানায়। লিংকটি দেখতে এরকম হওয়ার কথা: { $base_url }/commencer/NOM_DE_LA_DEMARCHE। এখানে আমাদের সবচেয়ে বেশি ব্যবহৃত সরকারি কাজগুলোর তালিকাও দেখতে পারেন (permis, detr, ইত্যাদি)।
tm-autre-sujet = অন্য বিষয়
tm-votre-message-a-ete-envoye-sur = আপনার বার্তাটি আপনার ফাইলের বার্তা বক্সে পাঠানো হয়েছে।
tm-votre-message-a-ete-envoye = আপনার বার্তাটি পাঠানো হয়েছে।
tm-la-piece-jointe-doit-etre-un = সংযুক্তিটি একটি ফাইল হতে হবে

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = «{ $name }» সরকারি কাজে আপনার ফাইলের দায়িত্বে থাকা প্রশাসন থেকে আপনি একটি নতুন বার্তা পেয়েছেন।
tm-pour-consulter-le-message-et-y = বার্তাটি পড়তে ও উত্তর দিতে নিচের বোতামে ক্লিক করুন:
tm-si-vous-souhaitez-repondre-a-ce = এই বার্তার উত্তর দিতে চাইলে, এই ঠিকানায় সরাসরি প্রশাসনের সঙ্গে যোগাযোগ করুন: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = এই বার্তার উত্তর দিতে চাইলে, এই ই-মেইলের নিচে দেওয়া যোগাযোগের তথ্য ব্যবহার করে সরাসরি প্রশাসনের সঙ্গে যোগাযোগ করুন।
tm-lire-le-message = বার্তাটি পড়ুন
tm-vous-avez-commence-a-remplir-un = আপনি «{ $name }» সরকারি কাজের জন্য একটি ফাইল পূরণ শুরু করেছেন।
tm-vous-pouvez-retrouver-et-completer-votre = নিচের বোতামে ক্লিক করে আপনি আপনার ফাইলটি খুঁজে পূরণ শেষ করতে পারেন:
tm-vous-pouvez-deposer-votre-dossier = আপনি { $before } পর্যন্ত আপনার ফাইল জমা দিতে পারেন।
tm-afficher-votre-dossier = আপনার ফাইল দেখুন
tm-vous-devez-corriger-votre-dossier-n = আপনাকে আপনার { $n } নম্বর ফাইল «{ $name }» সংশোধন করতে হবে
tm-afin-de-poursuivre-son-instruction-un = যাচাই চালিয়ে যাওয়ার জন্য একজন ফাইল-পরীক্ষক কর্মকর্তা আপনাকে «{ $name }» সরকারি কাজে আপনার { $n } নম্বর ফাইলে সংশোধন করতে বলছেন।
tm-afin-de-commencer-son-instruction-un = যাচাই শুরু করার জন্য একজন ফাইল-পরীক্ষক কর্মকর্তা আপনাকে «{ $name }» সরকারি কাজে আপনার { $n } নম্বর ফাইলটি সম্পূর্ণ করতে বলছেন।
tm-consultez-la-messagerie-de-votre-dossier = কী পরিবর্তন করতে হবে জানতে আপনার ফাইলের বার্তা বক্স দেখুন, তারপর সরাসরি ওয়েবসাইটে ফাইলটি সম্পাদনা করুন।
tm-ouvrir-la-messagerie = বার্তা বক্স খুলুন
tm-vous-avez-une-demande-de-transfert = আপনার একটি হস্তান্তরের অনুরোধ অপেক্ষায় আছে।
tm-afin-de-pouvoir-accepter-ou-refuser = অনুরোধটি গ্রহণ বা প্রত্যাখ্যান করতে আপনাকে { $name }-এ লগইন করতে হবে:
tm-acceder-a-la-demande-de-transfert = হস্তান্তরের অনুরোধটি দেখুন
tm-afin-de-pouvoir-accepter-ou-refuser-2 = অনুরোধটি গ্রহণ বা প্রত্যাখ্যান করতে আপনার একটি অ্যাকাউন্ট থাকতে হবে:
tm-se-creer-un-compte-sur = { $name }-এ একটি অ্যাকাউন্ট তৈরি করুন
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [one] { $name } আপনাকে { $n }টি ফাইল হস্তান্তরের অনুরোধ পাঠিয়েছেন।
       *[other] { $name } আপনাকে { $n }টি ফাইল হস্তান্তরের অনুরোধ পাঠিয়েছেন।
    }
tm-vous-adresse-une-demande-de-transfert-2 = { $name } আপনাকে { $n } নম্বর ফাইল হস্তান্তরের অনুরোধ পাঠিয়েছেন, এই সরকারি কাজে

## ds: layouts

tm-accueil-liste-des-demarches = হোম - সরকারি কাজের তালিকা
tm-vous-etes-ici = আপনি এখানে আছেন
tm-voir-le-fil-dariane = পাতার পথ দেখুন
tm-previsualiser-le-formulaire = ফর্মের প্রিভিউ দেখুন
tm-previsualiser-les-annotations = টীকাগুলোর প্রিভিউ দেখুন
tm-depuis-le = { $date } থেকে
tm-publiee = প্রকাশিত
tm-en-test = পরীক্ষামূলক
tm-a-modifier = পরিবর্তন করতে হবে
tm-pour-plus-dinformation-sur-la-phase = পরীক্ষামূলক পর্যায় সম্পর্কে আরও তথ্যের জন্য
tm-consulter-la-faq = সাধারণ প্রশ্নোত্তর (FAQ) দেখুন
tm-suivi-des-dossiers = { $name } – ফাইলগুলোর অগ্রগতি
tm-modifier-le-lien-de-la-demarche = সরকারি কাজের লিংক পরিবর্তন করুন
tm-pour-vous-adresser-a-votre = আপনার প্রশাসনের সঙ্গে যোগাযোগ করতে সরাসরি এটি ব্যবহার করুন:
tm-page-de-contact = যোগাযোগের পাতা:
tm-horaires = কাজের সময়:
tm-consultez-laide-en-ligne = অনলাইন সাহায্য দেখুন
tm-consultez-la-page-de-contact-de = প্রশাসনের যোগাযোগের পাতা দেখুন
tm-lequipe = দল
tm-nous-vous-informons-que-le-dossier = আমরা আপনাকে জানাচ্ছি যে { $mandataire_first_name } { $mandataire_last_name } আপনার নামে যে { $dossier_id } নম্বর ফাইলটি পূরণ করেছেন, এই সরকারি কাজে
tm-a-ete-classe-sans-suite-le = { $date } তারিখে আর কোনো পদক্ষেপ ছাড়াই বন্ধ করা হয়েছে।
tm-a-ete-rendue = জারি করা হয়েছে।

## ds: root

tm-effectuer-une-demarche-administrative-en = অনলাইনে একটি সরকারি কাজ সম্পন্ন করুন
tm-vous-souhaitez-effectuer-une-demande = আপনি কি কোনো প্রশাসনের কাছে আবেদন করতে চান?
tm-realisez-vos-demandes-en-toute = সহজেই আপনার আবেদন করুন এবং অনলাইনে আপনার ফাইলগুলো খুঁজে নিন
tm-comment-trouver-ma-demarche = আমার সরকারি কাজটি কীভাবে খুঁজব?
tm-dossiers-deposes = জমা দেওয়া ফাইল
tm-reduction-des-delais-de-traitement = কাজের সময় কমানো
tm-une-question-un-probleme = কোনো প্রশ্ন বা সমস্যা?
tm-la-reponse-est-dans-laide-en = উত্তর অনলাইন সাহায্যে আছে
tm-administration-vous-voulez = প্রশাসন: আপনারা কি কাগজ ছাড়া অনলাইনে কাজ করতে চান?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect হলো রাষ্ট্রের দেওয়া একটি ব্যবস্থা, যা আপনার অনলাইন সেবাগুলোতে লগইন নিরাপদ ও সহজ করে।
tm-sidentifier-avec = এটি দিয়ে লগইন করুন
tm-ou = অথবা
tm-vous-avez-deja-un-compte = আপনার কি আগে থেকেই অ্যাকাউন্ট আছে?
tm-jai-deja-un-compte = আমার আগে থেকেই অ্যাকাউন্ট আছে
tm-creer-un-compte = অ্যাকাউন্ট তৈরি করুন
tm-votre-adresse-electronique-nest-pas = আপনার ই-মেইল ঠিকানা যাচাই করা হয়নি, তাই আপনি { $name }-এর বার্তাগুলো পাবেন না। অনুগ্রহ করে আপনার ইনবক্স দেখুন এবং যাচাইয়ের লিংকে ক্লিক করুন। ই-মেইলটি পাননি?
tm-telecharger-le-modele = নমুনাটি ডাউনলোড করুন

## ds: commencer

tm-commencer-la-demarche = সরকারি কাজটি শুরু করুন
tm-vous-avez-deja-des-dossiers-pour = এই সরকারি কাজের জন্য আপনার আগে থেকেই ফাইল আছে
tm-voir-mes-dossiers-en-cours = আমার চলমান ফাইলগুলো দেখুন
tm-vous-avez-un-dossier-prerempli = আপনার একটি আগে থেকে পূরণ করা ফাইল আছে
tm-vous-etes-prete-a-poursuivre-un = আপনি «{ $name }» সরকারি কাজে আগে থেকে পূরণ করা একটি ফাইল চালিয়ে যেতে প্রস্তুত, যা { $time } আগে শুরু হয়েছিল।
tm-vous-avez-deja-commence-a-remplir = আপনি আগেই একটি ফাইল পূরণ শুরু করেছেন
tm-il-y-a-vous-avez-depose = { $time } আগে আপনি «{ $name }» সরকারি কাজে একটি ফাইল জমা দিয়েছেন।
tm-poursuivre-mon-dossier-prerempli = আগে থেকে পূরণ করা আমার ফাইলটি চালিয়ে যান
tm-continuer-a-remplir-mon-dossier = আমার ফাইল পূরণ চালিয়ে যান
tm-voir-mon-dossier-depose = আমার জমা দেওয়া ফাইল দেখুন
tm-vous-souhaitez-effectuer-une-demande-par = কাগজে আবেদন করতে চান? আপনি PDF আকারে একটি খালি ফাইল ডাউনলোড করে সংশ্লিষ্ট প্রশাসনের কাছে পাঠাতে পারেন: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = PDF আকারে একটি খালি ফাইল ডাউনলোড করুন
tm-vos-derniers-dossiers-crees = { $n ->
        [one] আপনার তৈরি করা শেষ { $n }টি ফাইল:
       *[other] আপনার তৈরি করা শেষ { $n }টি ফাইল:
    }
tm-n-cree-il-y-a = নম্বর { $n }, { $date } আগে তৈরি, { $state }
tm-la-demarche-est-close-depuis-le = { $name } সরকারি কাজটি { $date } থেকে বন্ধ

## ds: users

tm-vous-vous-appretez-a-transferer-le = { $name } { $date } তারিখে যে { $state } ফাইল নম্বর { $n } জমা দিয়েছেন, আপনি সেটি অন্য একজন ব্যবহারকারীর অ্যাকাউন্টে হস্তান্তর করতে যাচ্ছেন।
tm-envoyer-la-demande-de-transfert = হস্তান্তরের অনুরোধ পাঠান
tm-linvitation-au-transfert-a-ete-envoyee = হস্তান্তরের আমন্ত্রণ সফলভাবে পাঠানো হয়েছে
tm-la-demande-de-transfert-a-ete = হস্তান্তরের অনুরোধ সফলভাবে মুছে ফেলা হয়েছে
tm-la-demarche-liee-a-votre-dossier = আপনার ফাইলের সঙ্গে যুক্ত সরকারি কাজটি মুছে ফেলা হয়েছে
tm-la-demarche-liee-a-votre-dossier-2 = আপনার ফাইলের সঙ্গে যুক্ত সরকারি কাজটি বন্ধ হয়ে গেছে
tm-vous-pouvez-toujours-consulter-votre = আপনি এখনো আপনার ফাইল দেখতে পারেন, কিন্তু আর পরিবর্তন করতে পারবেন না।
tm-votre-dossier-a-ete-traite-par = প্রশাসন আপনার ফাইলের কাজ শেষ করেছে, আর কোনো পদক্ষেপ নেওয়া সম্ভব নয়
tm-vous-pouvez-toujours-consulter-votre-2 = আপনি এখনো আপনার ফাইল দেখতে পারেন, কিন্তু প্রশাসন এটি নিয়ে কাজ করবে না
tm-voir-la-demarche = সরকারি কাজটি দেখুন
tm-une-nouvelle-demarche-est-disponible = একটি নতুন সরকারি কাজ চালু হয়েছে, এখানে দেখুন:
tm-pour-plus-dinformations-veuillez-vous = আরও তথ্যের জন্য অনুগ্রহ করে { $name } বিভাগের সঙ্গে যোগাযোগ করুন, { $service_phone_number } নম্বরে অথবা { $email } ঠিকানায় ই-মেইল করে
tm-votre-dossier-est-en-attente-de = { $n ->
        [one] আপনার ফাইলটি প্রশাসনের হাতে নেওয়ার অপেক্ষায় আছে। হাতে নেওয়ার সর্বোচ্চ অপেক্ষার সময় { $n } মাস। তবে নিচের বোতামে ক্লিক করে আপনি এই সময় বাড়াতে পারেন।
       *[other] আপনার ফাইলটি প্রশাসনের হাতে নেওয়ার অপেক্ষায় আছে। হাতে নেওয়ার সর্বোচ্চ অপেক্ষার সময় { $n } মাস। তবে নিচের বোতামে ক্লিক করে আপনি এই সময় বাড়াতে পারেন।
    }
tm-conserver-mois-supplementaire = { $n ->
        [one] আরও { $n } মাস রেখে দিন
       *[other] আরও { $n } মাস রেখে দিন
    }
tm-cadre-juridique = আইনি কাঠামো
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [one] তথ্য সংরক্ষণ ও আর্কাইভ: { $n } মাস
       *[other] তথ্য সংরক্ষণ ও আর্কাইভ: { $n } মাস
    }
tm-texte-cadrant-la-demande-dinformation = তথ্যের এই অনুরোধ নিয়ন্ত্রণকারী আইনি লেখা
tm-contacter-le-delegue-a-la-protection = তথ্য সুরক্ষা কর্মকর্তার সঙ্গে যোগাযোগ করুন
tm-dematerialisation = কাগজবিহীন অনলাইন ব্যবস্থা (Dématérialisation)
tm-trouver-une-maison-france-services = একটি France Services অফিস খুঁজুন
tm-profil = প্রোফাইল
tm-nouvelle-adresse-electronique = নতুন ই-মেইল ঠিকানা
tm-votre-adresse-electronique-actuelle = আপনার বর্তমান ই-মেইল ঠিকানা
tm-changer-mon-adresse = আমার ঠিকানা পরিবর্তন করুন
tm-transferer-tous-vos-dossiers = আপনার সব ফাইল হস্তান্তর করুন
tm-cette-fonctionnalite-vous-permet-de = এই সুবিধা দিয়ে আপনি আপনার সব ফাইলের মালিক বদলাতে পারেন। সাধারণত চাকরি বদলের সময় বা কয়েকটি অ্যাকাউন্ট একত্র করতে চাইলে এটি কাজে লাগে।
tm-adresse-electronique-du-prochain = আপনার সব ফাইলের পরবর্তী মালিকের ই-মেইল ঠিকানা
tm-le-nouveau-proprietaire-doit-confirmer = নতুন মালিক { $email }-কে তাঁর ই-মেইলে পাওয়া নির্দেশনা অনুসরণ করে একটি ফাইলের হস্তান্তর নিশ্চিত করতে হবে।
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [one] নতুন মালিক { $email }-কে তাঁর ই-মেইলে পাওয়া নির্দেশনা অনুসরণ করে আপনার { $n }টি ফাইলের হস্তান্তর নিশ্চিত করতে হবে।
       *[other] নতুন মালিক { $email }-কে তাঁর ই-মেইলে পাওয়া নির্দেশনা অনুসরণ করে আপনার { $n }টি ফাইলের হস্তান্তর নিশ্চিত করতে হবে।
    }
tm-confirmez-vous-le-transfert = আপনি কি হস্তান্তর নিশ্চিত করছেন?
tm-transferer-tous-mes-dossiers = আমার সব ফাইল হস্তান্তর করুন
tm-changement-en-attente = অপেক্ষমাণ পরিবর্তন:
tm-doit-sassurer-que-votre-compte-est = { $name }-কে নিশ্চিত হতে হবে যে আপনার অ্যাকাউন্ট পেশাগত কাজে ব্যবহৃত হচ্ছে। আমরা এই ডোমেইনগুলোতে ই-মেইল পরিবর্তন স্বয়ংক্রিয়ভাবে অনুমোদন করতে পারি: { $legit_admin_domains } আপনার ক্ষেত্রে তা না হলে সহায়তা বিভাগের সঙ্গে যোগাযোগ করুন: { $email }
tm-votre-compte-sur-est-actuellement-lie = { $name }-এ আপনার অ্যাকাউন্ট এখন এই পরিচয়ের সঙ্গে যুক্ত:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [one] { $name }-এ আপনার অ্যাকাউন্ট এখন এই { $n }টি পরিচয়ের সঙ্গে যুক্ত:
       *[other] { $name }-এ আপনার অ্যাকাউন্ট এখন এই { $n }টি পরিচয়ের সঙ্গে যুক্ত:
    }
tm-interdire-lacces = প্রবেশ নিষিদ্ধ করুন
tm-le-transfert-dun-dossier-a-est = { $email }-এর কাছে একটি ফাইল হস্তান্তর চলছে
tm-le-transfert-de-dossiers-a-est = { $n ->
        [one] { $email }-এর কাছে { $n }টি ফাইল হস্তান্তর চলছে
       *[other] { $email }-এর কাছে { $n }টি ফাইল হস্তান্তর চলছে
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = সেবাটি এই মুহূর্তে পাওয়া যাচ্ছে না। অনুগ্রহ করে পরে আবার আবেদন করুন।
tm-numero-de-la-declaration-de-perte = হারানোর ঘোষণার নম্বর (déclaration de perte)
tm-mettre-a-jour-mes-documents = আমার কাগজপত্র হালনাগাদ করুন
tm-nombre-d-enfants-a-charge = নির্ভরশীল সন্তানের সংখ্যা (enfants à charge)
tm-je-ne-suis-pas-un-robot = আমি রোবট নই
tm-numero-etranger = বিদেশি নম্বর (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = আর কোনো খালি সময় নেই
tm-aucun-creneau-disponible = কোনো খালি সময় নেই
tm-aucun-creneau-n-est-disponible = কোনো খালি সময় পাওয়া যাচ্ছে না
tm-pas-de-creneau-disponible = খালি সময় নেই
tm-plus-de-creneau-disponible = আর খালি সময় নেই
tm-aucun-rendez-vous-disponible = কোনো অ্যাপয়েন্টমেন্ট খালি নেই
tm-aucun-rendez-vous-n-est-disponible = কোনো অ্যাপয়েন্টমেন্ট পাওয়া যাচ্ছে না
tm-aucune-disponibilite = কোনো খালি সময় নেই
tm-tous-les-creneaux-sont-reserves = সব খালি সময় বুক হয়ে গেছে
tm-toutes-les-plages-horaires-sont = সব সময়ের স্লট বুক হয়ে গেছে
tm-aucune-plage-horaire = কোনো সময়ের স্লট নেই
tm-service-momentanement-indisponible = সেবাটি এই মুহূর্তে পাওয়া যাচ্ছে না
tm-service-temporairement-indisponible = সেবাটি সাময়িকভাবে পাওয়া যাচ্ছে না
tm-service-indisponible = সেবা পাওয়া যাচ্ছে না
tm-site-en-maintenance = ওয়েবসাইটে রক্ষণাবেক্ষণ চলছে
tm-actuellement-en-maintenance = এখন রক্ষণাবেক্ষণ চলছে
tm-operation-de-maintenance = রক্ষণাবেক্ষণের কাজ
tm-erreur-technique = প্রযুক্তিগত ত্রুটি
tm-probleme-technique = প্রযুক্তিগত সমস্যা
tm-une-erreur-est-survenue = একটি ত্রুটি হয়েছে
tm-une-erreur-inattendue = একটি অপ্রত্যাশিত ত্রুটি
tm-le-service-rencontre-des-difficultes = সেবাটি সমস্যার মধ্যে আছে
tm-nombre-de-connexions = সংযোগের সংখ্যা
tm-trop-de-demandes = অনেক বেশি অনুরোধ
tm-votre-session-a-expire = আপনার সেশনের মেয়াদ শেষ হয়েছে
tm-session-expiree = সেশনের মেয়াদ শেষ
tm-vous-avez-ete-deconnecte = আপনাকে লগআউট করা হয়েছে
tm-delai-d-inactivite = নিষ্ক্রিয়তার সময়সীমা
tm-code-de-securite-saisi-est-incorrect = আপনার লেখা নিরাপত্তা কোডটি ভুল
tm-code-de-securite-est-incorrect = নিরাপত্তা কোড ভুল
tm-captcha-incorrect = ক্যাপচা (captcha) ভুল
tm-captcha-invalide = ক্যাপচা (captcha) সঠিক নয়
tm-identifiant-ou-mot-de-passe-incorrect = আইডি বা পাসওয়ার্ড ভুল
tm-identifiant-ou-mot-de-passe-invalide = আইডি বা পাসওয়ার্ড সঠিক নয়
tm-compte-bloque = অ্যাকাউন্ট আটকে দেওয়া হয়েছে
tm-compte-verrouille = অ্যাকাউন্ট লক করা হয়েছে
tm-compte-desactive = অ্যাকাউন্ট নিষ্ক্রিয় করা হয়েছে
tm-format-de-fichier-non-supporte = এই ধরনের ফাইল গ্রহণ করা হয় না
tm-format-non-supporte = এই ফরম্যাট গ্রহণ করা হয় না
tm-fichier-trop-volumineux = ফাইল খুব বড়
tm-depasse-la-taille-maximale = সর্বোচ্চ আকারের চেয়ে বড়
tm-dossier-incomplet = অসম্পূর্ণ ফাইল
tm-piece-manquante = একটি কাগজ বাকি আছে
tm-n-est-pas-valide = সঠিক নয়
tm-est-obligatoire = আবশ্যক
tm-numero-etranger-inconnu = বিদেশি নম্বর (numéro étranger) অজানা
tm-aucun-dossier-ne-correspond = কোনো ফাইল মেলেনি
tm-delai-d-attente-depasse = অপেক্ষার সময় পার হয়ে গেছে
tm-le-serveur-met-trop-de-temps = সার্ভার অনেক বেশি সময় নিচ্ছে

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = নিরাপত্তা কোডটি লিখুন
tm-verification-de-securite = নিরাপত্তা যাচাই
tm-le-code-peut-etre-ecoute-avec = «কোডটি পড়ে শোনাও» (« Énoncer le code ») বোতাম দিয়ে কোডটি শোনা যায়; «কোড বদলাও» (« Changer le code ») বোতামটি একটি নতুন ছবি দেখায়।
tm-recopiez-les-caracteres-affiches-dans = ছবিতে দেখানো অক্ষর ও অঙ্কগুলো হুবহু লিখুন।
tm-veuillez-recopier-le-code-de-securite = অ্যাপয়েন্টমেন্ট নেওয়া চালিয়ে যেতে অনুগ্রহ করে নিরাপত্তা কোডটি হুবহু লিখুন।

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = ছবির অক্ষর ও অঙ্কগুলো লিখুন
tm-afin-de-verifier-que-vous-netes = আপনি রোবট নন তা যাচাই করতে, ছবিতে দেখানো অক্ষর ও অঙ্কগুলো হুবহু লিখুন। শুনতে চাইলে «ক্যাপচা কোড পড়ে শোনাও» (« Énoncer le code du captcha ») বোতাম ব্যবহার করুন; অন্য ছবি পেতে «নতুন ক্যাপচা তৈরি করো» (« Générer un nouveau captcha ») বোতাম ব্যবহার করুন।
tm-les-majuscules-et-minuscules-ne-sont = বড় হাতের ও ছোট হাতের অক্ষরের মধ্যে পার্থক্য ধরা হয় না।
tm-pour-acceder-au-calendrier-des-rendez = অ্যাপয়েন্টমেন্টের ক্যালেন্ডারে যেতে নিরাপত্তা কোডটি হুবহু লিখুন, তারপর «পরবর্তী» (« Suivant ») বোতামে ক্লিক করুন।

## fixture: captcha/captchetat.html

tm-vos-coordonnees = আপনার যোগাযোগের তথ্য
tm-format-attendu-nom-domaine-fr = প্রত্যাশিত ফরম্যাট: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = সময় বেছে নেওয়ার আগে অনুগ্রহ করে আপনার আবেদন নিশ্চিত করুন। কাউন্টারের (guichet) খালি সময় অনুযায়ী প্রতি সপ্তাহে অ্যাপয়েন্টমেন্ট খোলা হয়।

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = রোবট-বিরোধী যাচাই
tm-cliquez-sur-clique-ici-pour-verifier = «যাচাই করতে এখানে ক্লিক করো» (« Clique ici pour vérifier ») বোতামে ক্লিক করুন: যাচাই স্বয়ংক্রিয়ভাবে হয়, কোনো পরীক্ষা ছাড়াই।
tm-clique-ici-pour-verifier = যাচাই করতে এখানে ক্লিক করো
tm-pour-toute-question-relative-a-vos = আপনার সরকারি কাজ (রেসিডেন্স পারমিট, ড্রাইভিং লাইসেন্স, সংগঠন) সম্পর্কে যেকোনো প্রশ্নের জন্য এই ফর্মটি ব্যবহার করুন। 15 কর্মদিবসের মধ্যে আপনাকে উত্তর দেওয়া হবে।

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = গাড়ির নিবন্ধন নম্বর (immatriculation)
tm-format-attendu-ab-123-cd = প্রত্যাশিত ফরম্যাট: AB-123-CD
tm-cochez-la-case-je-suis-un = চালিয়ে যেতে «আমি মানুষ» (« Je suis un humain ») ঘরে টিক দিন।
tm-envoyer-ma-demande = আমার আবেদন পাঠান
tm-les-residents-des-secteurs-de = পেইড পার্কিং এলাকার বাসিন্দারা বাসিন্দাদের হারে পার্কিংয়ের একটি কার্ড চাইতে পারেন। 3 মাসের কম পুরোনো একটি ঠিকানার প্রমাণ এবং গাড়ির নিবন্ধন সনদ প্রস্তুত রাখুন।

## fixture: captcha/image-generic.html

tm-reference-du-dossier = ফাইলের রেফারেন্স
tm-recopiez-les-caracteres-affiches = দেখানো অক্ষর ও অঙ্কগুলো হুবহু লিখুন
tm-code-de-securite = নিরাপত্তা কোড
tm-exemple-pc-034172-24-m0123 = উদাহরণ: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6টি চিহ্ন, অঙ্ক ও বড় হাতের অক্ষর
tm-generer-un-nouveau-code = নতুন কোড তৈরি করুন
tm-envoyer-la-demande = আবেদন পাঠান
tm-vous-pouvez-demander-la-copie-dun = এই পৌর এলাকায় দেওয়া একটি নির্মাণ অনুমতি বা পূর্ব ঘোষণার (déclaration préalable) অনুলিপি চাইতে পারেন। কাগজপত্র ইলেকট্রনিকভাবে পাঠানো হয়।

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = প্রতিটি পাতা ইন্টারনেট ছাড়াই সরকারি পোর্টালে দেখা এক ধরনের CAPTCHA-র কাঠামো নকল করে, যাতে Relais-এর শনাক্তকরণ পরীক্ষা করা যায় (Relais কখনো CAPTCHA সমাধান করে না বা এড়িয়ে যায় না)। বাইরের কোনো সেবার সঙ্গে যোগাযোগ করা হয় না: স্ক্রিপ্ট, ফ্রেম, ছবি ও শব্দ সবই স্থানীয় ফাইল (vendor/ ফোল্ডার)।

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = অ্যাপয়েন্টমেন্ট নিশ্চিত করুন
tm-choisissez-un-creneau-pour-deposer-votre = আপনার আবেদন জমা দিতে একটি সময় বেছে নিন। পাতাটি লোড হওয়ার পর নিরাপত্তা যাচাই দেখা যাবে।

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = নিরাপত্তা প্রশ্ন: 3 + 4 কত?
tm-repondez-en-chiffres-cette-question = অঙ্কে উত্তর দিন। এই প্রশ্ন দিয়ে যাচাই করা হয় যে আপনি রোবট নন।
tm-sinscrire = নিবন্ধন করুন
tm-recevez-chaque-mois-lactualite-du = প্রতি মাসে জেলার (Département) খবর পান: সহায়তা, রাস্তা, মাধ্যমিক স্কুল, সামাজিক সহায়তা। আপনি যেকোনো সময় নিবন্ধন বাতিল করতে পারবেন।

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = অ্যাপয়েন্টমেন্টের কারণ
tm-cochez-la-case-je-ne-suis = «আমি রোবট নই» (« Je ne suis pas un robot ») ঘরে টিক দিন। ছবির একটি পরীক্ষা আসতে পারে; তাতে একটি অডিও সংস্করণও আছে।
tm-demander-un-rendez-vous = অ্যাপয়েন্টমেন্ট চান
tm-selectionner-un-motif = একটি কারণ বেছে নিন
tm-premiere-demande = প্রথম আবেদন
tm-renouvellement = নবায়ন
tm-duplicata = দ্বিতীয় কপি (duplicata)
tm-ce-formulaire-vous-permet-de-demander = এই ফর্ম দিয়ে আপনি রোন প্রিফেকচারের (préfecture du Rhône, লিয়ঁ) বিদেশিদের কাউন্টারে অ্যাপয়েন্টমেন্ট চাইতে পারেন। ই-মেইলে আপনাকে একটি নিশ্চিতকরণ পাঠানো হবে।

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = কাগজের ধরন
tm-copie-integrale = সম্পূর্ণ কপি
tm-extrait-avec-filiation = বাবা-মায়ের তথ্যসহ সংক্ষিপ্ত কপি
tm-extrait-sans-filiation = বাবা-মায়ের তথ্য ছাড়া সংক্ষিপ্ত কপি
tm-demandez-en-ligne-une-copie-integrale = লিয়ঁ শহরে হওয়া জন্মের জন্য জন্মসনদের সম্পূর্ণ কপি বা সংক্ষিপ্ত কপি অনলাইনে চান। সনদটি 8 দিনের মধ্যে ডাকে পাঠানো হয়।
tm-ce-site-est-protege-par-recaptcha = এই ওয়েবসাইট reCAPTCHA দিয়ে সুরক্ষিত; Google-এর গোপনীয়তা নীতি ও ব্যবহারের শর্ত প্রযোজ্য।

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = এটি একটি পরীক্ষামূলক পাতা: আবেদনটি কোনো বিভাগে পাঠানো হয়নি।

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = সমস্যার ঠিকানা
tm-description = বিবরণ
tm-envoyer-le-signalement = রিপোর্ট পাঠান
tm-nid-de-poule-eclairage-en-panne = রাস্তার গর্ত, নষ্ট বাতি, যেখানে-সেখানে ফেলা আবর্জনা: শহরের বিভাগগুলোকে জানান। আপনার রিপোর্ট নিয়ে কী করা হলো তা ই-মেইলে জানানো হবে।

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = আপনি যে মানুষ তা যাচাই করুন
tm-operation-reussie = ✔কাজটি সফল হয়েছে!
tm-saisissez-ce-que-vous-entendez = যা শুনছেন তা লিখুন
tm-lecture = চালান

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = সামাজিক নিরাপত্তা নম্বর
tm-jour = দিন
tm-mois = মাস
tm-numero-de-telephone-portable = মোবাইল ফোন নম্বর
tm-13-chiffres-cle-de-2-chiffres = 13টি অঙ্ক + 2 অঙ্কের কী, এটি আপনার Vitale কার্ডে লেখা আছে
tm-telle-quelle-figure-sur-votre-carte = আপনার Vitale কার্ডে যেভাবে লেখা আছে
tm-exemple-14 = উদাহরণ: 14
tm-exemple-07 = উদাহরণ: 07
tm-exemple-1988 = উদাহরণ: 1988
tm-format-attendu-5-chiffres = প্রত্যাশিত ফরম্যাট: 5টি অঙ্ক
tm-format-attendu-06-12-34-56 = প্রত্যাশিত ফরম্যাট: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = আপনার লেখা সামাজিক নিরাপত্তা নম্বরটি সঠিক নয়।
tm-votre-compte-ameli-vous-permet-de = আপনার ameli অ্যাকাউন্ট দিয়ে আপনি আপনার খরচ ফেরতের অগ্রগতি দেখতে, অধিকারের প্রত্যয়নপত্র (attestation de droits) ডাউনলোড করতে এবং আপনার স্বাস্থ্যবিমা অফিসের সঙ্গে যোগাযোগ করতে পারেন।

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = আমার আইডি দিয়ে লগইন করুন
tm-votre-identifiant-est-votre-numero = আপনার আইডি হলো আপনার বিদেশি নম্বর (numéro étranger, 10টি অঙ্ক) অথবা আপনার ই-মেইল ঠিকানা
tm-sidentifier-avec-franceconnect = FranceConnect দিয়ে লগইন করুন
tm-creer-mon-compte = আমার অ্যাকাউন্ট তৈরি করুন
tm-la-creation-dun-compte-est-necessaire = রেসিডেন্স পারমিট, নাগরিকত্ব (naturalisation) বা ভ্রমণ নথির আবেদন জমা দিতে অ্যাকাউন্ট তৈরি করা প্রয়োজন।
tm-votre-numero-etranger-comporte-10 = আপনার বিদেশি নম্বরে 10টি অঙ্ক থাকে। এটি আপনার রেসিডেন্স পারমিটে, রেসিডেন্স পারমিটের আবেদনের রসিদে (récépissé) অথবা আপনার অস্থায়ী বসবাসের অনুমতিপত্রে (autorisation provisoire de séjour) লেখা থাকে।
tm-si-vous-navez-jamais-eu-de = ফ্রান্সে কখনো রেসিডেন্স পারমিট না থাকলে আপনার ই-মেইল ঠিকানা ব্যবহার করুন।

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = 06 12 34 56 78 নম্বরে আবার ফোন করার আপনার অনুরোধটি নেওয়া যায়নি। আমরা marie.kowalczyk@example.fr ঠিকানায় আপনাকে উত্তর দেব (ভাতাপ্রাপক নম্বর 1234567)।

## fixture: portals/caf-declaration

tm-numero-allocataire = CAF-এর ভাতাপ্রাপক নম্বর (numéro allocataire)
tm-celibataire = অবিবাহিত
tm-marie-e = বিবাহিত
tm-pacse-e = PACS-বদ্ধ (নাগরিক অংশীদারি চুক্তি)
tm-en-concubinage = বিয়ে ছাড়া একসঙ্গে বসবাস (concubinage)
tm-divorce-e = তালাকপ্রাপ্ত
tm-veuf-veuve = বিপত্নীক / বিধবা
tm-salaires-percus-en-euros = পাওয়া বেতন (ইউরোতে)
tm-indemnites-journalieres = দৈনিক ভাতা (indemnités journalières)
tm-allocation-chomage-are = বেকার ভাতা (ARE)
tm-pensions-alimentaires-recues = পাওয়া খোরপোশ (pensions alimentaires)
tm-votre-situation-professionnelle = আপনার পেশাগত অবস্থা
tm-ajouter-une-piece-justificative = একটি প্রমাণপত্র যোগ করুন
tm-situation-familiale = পারিবারিক অবস্থা
tm-autres-ressources-en-euros = অন্যান্য আয় (ইউরোতে)
tm-7-chiffres-il-est-sur-vos = 7টি অঙ্ক, এটি CAF থেকে আসা আপনার চিঠিগুলোতে লেখা থাকে
tm-mois-1-janvier = মাস 1: জানুয়ারি (janvier)
tm-mois-2-fevrier = মাস 2: ফেব্রুয়ারি (février)
tm-mois-3-mars = মাস 3: মার্চ (mars)
tm-taille-maximale-5-mo-formats-supportes = সর্বোচ্চ আকার: 5 MB। গ্রহণযোগ্য ফরম্যাট: jpg, png, pdf।
tm-valider-ma-declaration = আমার ঘোষণা নিশ্চিত করুন
tm-selectionner-une-option = একটি বিকল্প বেছে নিন
tm-salarie = বেতনভোগী কর্মী (salarié)
tm-demandeur-d-emploi = চাকরিপ্রার্থী
tm-etudiant = ছাত্র বা ছাত্রী
tm-sans-activite = কোনো কাজ নেই
tm-ex-1-250 = উদাহরণ: 1 250
tm-declarez-les-ressources-percues-par = গত তিন মাসে আপনার পরিবার যে আয় পেয়েছে তা ঘোষণা করুন। RSA, prime d’activité (কর্মজীবীদের সম্পূরক ভাতা) বা প্রতিবন্ধী প্রাপ্তবয়স্কদের ভাতা (AAH) পেতে থাকার জন্য এই ঘোষণা বাধ্যতামূলক।
tm-salaires-indiquez-le-montant-net-avant = বেতন: তিন মাসের প্রতিটি মাসের জন্য উৎসে কর কাটার (prélèvement à la source) আগের নিট পরিমাণ লিখুন, অথবা কিছু না পেয়ে থাকলে 0 লিখুন।

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = প্রতিটি পাতা পরীক্ষার জন্য লেখা একটি সরল অনুকরণ; কোনোটিই আসল পোর্টালের কপি নয়।

## fixture: portals/mots-cles

tm-nom-de-famille = পারিবারিক নাম (পদবি)
tm-prenom-s = প্রথম নাম (নামগুলো)
tm-date-dexpiration-de-votre-titre-de = আপনার রেসিডেন্স পারমিটের মেয়াদ শেষের তারিখ
tm-n-de-recepisse = রসিদ (récépissé) নম্বর
tm-courriel = ই-মেইল
tm-remplissez-ce-formulaire-pour-connaitre = আপনার আবেদনের অগ্রগতি জানতে এই ফর্মটি পূরণ করুন। 15 কর্মদিবসের মধ্যে ই-মেইলে আপনাকে উত্তর পাঠানো হবে।

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = আপনার অ্যাপয়েন্টমেন্টের আবেদনের জন্য আর কোনো খালি সময় নেই। অনুগ্রহ করে পরে আবার চেষ্টা করুন।
tm-veuillez-cocher-la-case-pour-accepter = অ্যাপয়েন্টমেন্ট নেওয়া চালিয়ে যাওয়ার আগে ব্যবহারের শর্ত মেনে নিতে অনুগ্রহ করে ঘরে টিক দিন
tm-choisissez-votre-guichet = আপনার কাউন্টার (guichet) বেছে নিন
tm-effectuer-une-demande-de-rendez-vous = অ্যাপয়েন্টমেন্টের আবেদন করুন
tm-selectionner-un-guichet = একটি কাউন্টার বেছে নিন
tm-guichet-1-titre-de-sejour = কাউন্টার 1 - রেসিডেন্স পারমিট
tm-guichet-2-naturalisation = কাউন্টার 2 - নাগরিকত্ব (naturalisation)
tm-guichet-3-document-de-circulation-pour = কাউন্টার 3 - অপ্রাপ্তবয়স্ক বিদেশির ভ্রমণ নথি
tm-guichet-4-duplicata-et-changement = কাউন্টার 4 - দ্বিতীয় কপি ও ঠিকানা পরিবর্তন
tm-ce-module-vous-permet-de-reserver = এই অংশে আপনি আপনার রেসিডেন্স পারমিট সংগ্রহের জন্য অ্যাপয়েন্টমেন্ট নিতে পারেন, কেবল তখনই যদি আপনি একটি SMS বা চিঠি পেয়ে থাকেন যে সেটি প্রিফেকচারে (préfecture) প্রস্তুত।
tm-conformement-aux-dispositions = প্রচলিত বিধি অনুযায়ী, আপনার রেসিডেন্স পারমিট নবায়নের আবেদন যাচাই তখনই হবে যখন আপনি আগে থেকে প্রয়োজনীয় সব প্রমাণপত্র জমা দেবেন; তা না হলে আবেদনটি আর কোনো পদক্ষেপ ছাড়াই এবং পুনর্বিবেচনা ছাড়াই বন্ধ করা হবে।
tm-le-jour-du-rendez-vous-presentez = অ্যাপয়েন্টমেন্টের দিন আপনার পাসপোর্ট, রসিদ (récépissé) বা পুরোনো রেসিডেন্স পারমিট, ডাকপত্র (convocation) ও রাজস্ব স্ট্যাম্প (timbre fiscal) নিয়ে আসুন। অসম্পূর্ণ যেকোনো ফাইল প্রত্যাখ্যাত হবে।
tm-les-rendez-vous-sont-ouverts-chaque = কাউন্টারগুলোতে সময় খালি হওয়ার সঙ্গে সঙ্গে প্রতি সপ্তাহে অ্যাপয়েন্টমেন্ট খোলা হয়। ফোনে কোনো অ্যাপয়েন্টমেন্ট দেওয়া হয় না।

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = সেবাটিতে এখন রক্ষণাবেক্ষণ চলছে। অসুবিধার জন্য আমরা দুঃখিত, অনুগ্রহ করে পরে আবার চেষ্টা করুন।
tm-les-demandes-deja-deposees-ne-sont = আগে জমা দেওয়া আবেদনগুলো এই বিরতিতে প্রভাবিত হবে না। রক্ষণাবেক্ষণের সময় আপনার রেসিডেন্স পারমিটের মেয়াদ শেষ হলে, আপনার attestation de prolongation d’instruction (যাচাই চলাকালীন মেয়াদ বাড়ানোর প্রত্যয়নপত্র) বৈধ থাকবে।

## aides-jeunes: properties

tm-quel-est-votre-code-postal = আপনার পোস্ট কোড কী?
tm-quel-est-le-code-postal-de = আপনার বাবা-মায়ের পৌর এলাকার পোস্ট কোড কী?
tm-combien-d-enfants-vous-y-compris = আপনার বাবা-মায়ের উপর কতজন সন্তান (আপনাকে নিয়ে) নির্ভরশীল?
tm-lorsque-vos-parents-sont-separes-il = আপনার বাবা-মা আলাদা থাকলে, যে অভিভাবকের উপর আপনি নির্ভরশীল তাঁর উপর নির্ভরশীল সন্তানের সংখ্যা লিখতে হবে। আপনি এখনো অপ্রাপ্তবয়স্ক হলে এবং পালা করে দুজনের কাছে থাকলে, আলাদা থাকা বাবা-মায়ের দুটি কর-পরিবারের (foyers fiscaux) নির্ভরশীল সন্তানদের যোগ করতে হবে।
tm-et-combien-vous-y-compris-font = আর তাদের মধ্যে কতজন (আপনাকে নিয়ে) উচ্চশিক্ষায় পড়ছে?
tm-actuellement-beneficiez-vous-d-une = আপনি কি এখন মাধ্যমিক স্কুলের বৃত্তি (bourse du lycée) পান?
tm-avez-vous-un-lien-de-parente = আপনার বাড়িওয়ালার সঙ্গে কি আপনার সরাসরি আত্মীয়তা আছে? তিনি কি আপনার বা আপনার স্বামী/স্ত্রীর পূর্বপুরুষ বা বংশধর (সন্তান, দাদা-দাদি বা নানা-নানি…)?
tm-vivez-vous-en-couple = আপনি কি জীবনসঙ্গীর সঙ্গে থাকেন?
tm-attention-cette-restriction-est = সতর্কতা, এই সীমাবদ্ধতা প্রতিবন্ধী কর্মী হিসেবে সরকারি স্বীকৃতি থেকে আলাদা।
tm-en-etude-ou-en-alternance = পড়াশোনা করছি বা পড়াশোনা ও কাজ পালা করে (alternance)
tm-salarie-ou-salariee = বেতনভোগী কর্মী
tm-independant-ou-independante = স্বনির্ভর পেশাজীবী
tm-inscrit-ou-inscrite-comme-demandeur = চাকরিপ্রার্থী হিসেবে নিবন্ধিত
tm-retraite-ou-retraitee = অবসরপ্রাপ্ত
tm-autre = অন্যান্য
tm-lorsque-vous-etudiez-et-que-vous = আপনি পড়াশোনা ও কাজ দুটোই করলে «পড়াশোনা করছি বা পড়াশোনা ও কাজ পালা করে» (« En étude ou en alternance ») বেছে নিতে হবে।
tm-dans-quelle-classe-etes-vous = আপনি এখন কোন শ্রেণিতে পড়েন?
tm-cap-1ere-annee = CAP - প্রথম বর্ষ
tm-cap-2eme-annee = CAP - দ্বিতীয় বর্ষ
tm-seconde = Seconde (মাধ্যমিকের উচ্চস্তরের প্রথম বছর)
tm-premiere = Première (মাধ্যমিকের উচ্চস্তরের দ্বিতীয় বছর)
tm-terminale = Terminale (মাধ্যমিকের উচ্চস্তরের শেষ বছর)
tm-licence-1ere-annee = স্নাতক (Licence) - প্রথম বর্ষ
tm-licence-2eme-annee = স্নাতক (Licence) - দ্বিতীয় বর্ষ
tm-licence-3eme-annee = স্নাতক (Licence) - তৃতীয় বর্ষ
tm-master-1ere-annee = মাস্টার্স - প্রথম বর্ষ
tm-master-2eme-annee = মাস্টার্স - দ্বিতীয় বর্ষ
tm-doctorat-1ere-annee = ডক্টরেট - প্রথম বর্ষ
tm-doctorat-2eme-annee = ডক্টরেট - দ্বিতীয় বর্ষ
tm-doctorat-3eme-annee = ডক্টরেট - তৃতীয় বর্ষ
tm-lorsque-vos-parents-sont-separes-il-2 = আপনার বাবা-মা আলাদা থাকলে, যে অভিভাবকের উপর আপনি নির্ভরশীল তাঁর আয় ধরতে হবে। আপনি এখনো অপ্রাপ্তবয়স্ক হলে এবং পালা করে দুজনের কাছে থাকলে, আলাদা থাকা বাবা-মায়ের দুটি কর-পরিবারের আয় যোগ করতে হবে।
tm-si-vous-ne-connaissez-pas-le = আপনার বাবা-মায়ের মোট স্থূল আয় না জানলে, হিসাবটি চালিয়ে যেতে 0 লিখুন। সতর্কতা, এতে হিসাবের ফলাফলের নির্ভুলতা কমতে পারে
tm-beneficiez-vous-d-une-bourse-de = আপনি কি উচ্চশিক্ষার বৃত্তি পান?
tm-etes-vous-en-alternance-dans-la = আপনি কি সরকারি চাকরিতে পড়াশোনা ও কাজ পালা করে (alternance) করছেন?
tm-je-ne-sais-pas = জানি না
tm-pas-concerne = প্রযোজ্য নয়
tm-jamais = কখনো না
tm-ponctuellement = মাঝে মাঝে
tm-regulierement = নিয়মিত
tm-de-quel-secteur-votre-formation-fait = আপনার প্রশিক্ষণ কোন খাতের?
tm-etes-vous-heberge-chez-vos-parents = আপনি কি বাবা-মায়ের বাসায় থাকেন?
tm-l-inaptitude-medicale-au-travail = অসুস্থতা বা দুর্ঘটনার কারণে কাজ করার চিকিৎসাগত অক্ষমতা আংশিক, সম্পূর্ণ বা অস্থায়ী হতে পারে।
tm-avez-vous-obtenu-une-mention-au = baccalauréat পরীক্ষায় আপনি কি বিশেষ মান (mention) পেয়েছেন?
tm-francaise = ফরাসি
tm-europeenne = ইউরোপীয়
tm-non-europeenne = ইউরোপের বাইরের
tm-regime-general-caf-cpam = সাধারণ ব্যবস্থা (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = কৃষি সামাজিক বিমা (MSA)
tm-pour-les-etudiants-en-classes = grandes écoles-এর প্রস্তুতিমূলক ক্লাসের ছাত্রছাত্রীদের «একটি উচ্চশিক্ষা প্রতিষ্ঠানে» (« Dans un établissement de l'enseignement supérieur ») বেছে নিতে হবে।
tm-dans-quel-type-d-etablissement-etudiez = আপনি এখন কোন ধরনের প্রতিষ্ঠানে পড়েন?
tm-etablissement-public = সরকারি প্রতিষ্ঠান
tm-etablissement-prive-sous-contrat = রাষ্ট্রের সঙ্গে চুক্তিবদ্ধ বেসরকারি প্রতিষ্ঠান
tm-etablissement-prive-hors-contrat = রাষ্ট্রের সঙ্গে চুক্তিহীন বেসরকারি প্রতিষ্ঠান
tm-quelle-est-votre-relation-avec-votre = আপনার স্বামী বা স্ত্রীর সঙ্গে আপনার সম্পর্ক কী?
tm-moins-de-50 = 50%-এর কম
tm-etes-vous = আপনি কি …?
tm-en-apprentissage = শিক্ষানবিশিতে (apprentissage)
tm-en-contrat-de-professionnalisation = পেশাগত দক্ষতা চুক্তিতে (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = পড়াশোনার জন্য আপনি কত মাস বিদেশে যেতে চান?
tm-quel-est-le-prenom-de-votre = আপনার সন্তানের প্রথম নাম কী? এটি শুধু পরে পূরণ সহজ করতে ব্যবহার করা হবে।
tm-souhaitez-vous-connaitre-les-aides-pour = আপনি কি সাইকেল কেনার সহায়তাগুলো জানতে চান?
tm-velo-mecanique-simple = সাধারণ সাইকেল (মোটর ছাড়া)
tm-velo-electrique = বৈদ্যুতিক সাইকেল
tm-velo-cargo = মালবাহী সাইকেল (vélo cargo)
tm-velo-cargo-electrique = বৈদ্যুতিক মালবাহী সাইকেল
tm-velo-pliant = ভাঁজ করা যায় এমন সাইকেল
tm-velo-pliant-electrique = ভাঁজ করা যায় এমন বৈদ্যুতিক সাইকেল
tm-motorisation-d-un-velo-classique = সাধারণ সাইকেলে মোটর লাগানো
tm-velo-adapte-pour-pmr = চলাফেরায় সীমাবদ্ধ ব্যক্তিদের (PMR) উপযোগী সাইকেল
tm-etes-vous-interesse-ou-interessee-par = স্বাস্থ্য ও সামাজিক খাতের প্রশিক্ষণ-সংক্রান্ত সহায়তায় কি আপনার আগ্রহ আছে?
tm-souhaitez-vous-connaitre-les-aides-au = আপনি কি BAFA ও BAFD (শিশু-কিশোরদের কার্যক্রম পরিচালনার সনদ) সংক্রান্ত সহায়তাগুলো জানতে চান?
tm-prevoyez-vous-de-partir-a-l = পড়াশোনার জন্য কি বিদেশে যাওয়ার পরিকল্পনা আছে?
tm-prevoyez-vous-de-passer-le-permis = আপনি কি ড্রাইভিং লাইসেন্সের পরীক্ষা দেওয়ার পরিকল্পনা করছেন?
tm-moins-de-3-mois = 3 মাসের কম
tm-entre-3-et-6-mois = 3 থেকে 6 মাসের মধ্যে
tm-plus-de-3-mois = 3 মাসের বেশি
tm-plus-6-mois = 6 মাসের বেশি
tm-linterim-ou-travail-temporaire-est-un = অস্থায়ী কাজ (intérim) হলো একটি অস্থায়ী কাজের এজেন্সির সঙ্গে করা কাজের চুক্তি; এজেন্সিটি কর্মীকে সীমিত সময়ের জন্য একটি প্রতিষ্ঠানে কাজে পাঠায়, প্রায়ই অনুপস্থিত কারও জায়গায় বা সাময়িক প্রয়োজন মেটাতে। চুক্তিটি কোনো এজেন্সির সঙ্গে সই হয়ে থাকলে, এটি অস্থায়ী কাজ (intérim)।
tm-est-ce-une-colocation = এটি কি ভাগাভাগি করে থাকার বাসা (colocation)?
tm-est-ce-que-ce-logement-a = এই বাসাটি কি সংস্কার করা হয়েছে?
tm-est-ce-une-chambre-une-chambre = এটি কি একটি কক্ষ? কক্ষ মানে এমন বাসস্থান যাতে কেবল একটি ঘর আছে এবং টয়লেট (WC) নেই।
tm-est-ce-un-logement-dans-une = এটি কি CROUS-এর আবাসনের একটি বাসা?
tm-participez-vous-aux-frais-du-logement = আপনি কি বাসার খরচে অংশ নেন? যেমন বিদ্যুৎ, ফোন ইত্যাদির খরচে।
tm-rencontrez-vous-des-difficultes = বাসা পেতে বা আপনার বাসার খরচ দিতে কি আপনার বড় ধরনের অসুবিধা হচ্ছে?
tm-prevoyez-vous-de-demenager-prochainement = আপনি কি শীঘ্রই বাসা বদলানোর পরিকল্পনা করছেন?
tm-non-j-ai-emmenage-il-y = না, আমি 3 মাসেরও কম আগে এই বাসায় উঠেছি
tm-locataire = ভাড়াটে
tm-figurant-sur-le-bail-en-foyer = ভাড়ার চুক্তিতে নাম আছে, হোস্টেলে (foyer) বা আবাসনে
tm-proprietaire = মালিক
tm-ou-en-location-accession = অথবা ভাড়া থেকে মালিকানার চুক্তিতে (location-accession)
tm-heberge-ou-hebergee = অন্যের বাসায় থাকেন
tm-chez-vos-parents-chez-un-particulier = বাবা-মায়ের বাসায়, কোনো ব্যক্তির বাসায় বা চাকরির সূত্রে পাওয়া বাসায়
tm-sans-domicile-stable = স্থায়ী বাসস্থান নেই
tm-ou-domiciliation-administrative = অথবা প্রশাসনিক ঠিকানা (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = এই সম্পত্তির জন্য আপনি কি প্রথমবারের ক্রেতা (primo-accédant)? প্রথমবারের ক্রেতা হলেন এমন ব্যক্তি (বা পরিবার) যিনি সম্পত্তি কেনার সময়ের আগের দুই বছরে নিজের প্রধান বাসস্থানের মালিক ছিলেন না।
tm-quel-type-de-logement-louez-vous = আপনি কোন ধরনের বাসা ভাড়া নেন?
tm-non-meuble = আসবাব ছাড়া
tm-meuble-hotel = আসবাবসহ / হোটেল
tm-foyer = হোস্টেল (foyer)
tm-residence-universitaire-logement-crous = বিশ্ববিদ্যালয়ের আবাসন, CROUS-এর বাসা, তরুণ কর্মীদের হোস্টেল, সামাজিক আবাসন…
tm-maison-de-retraite-residence-sociale = বৃদ্ধাশ্রম, সামাজিক আবাসন…
tm-mes-enfants-a-charge = আমার নির্ভরশীল সন্তানরা
tm-quelle-est-la-situation-de-vos = আপনার বাবা-মায়ের অবস্থা কী?
tm-en-couple = একসঙ্গে থাকেন
tm-separes = আলাদা থাকেন
tm-veuf-ou-veuve = বিপত্নীক বা বিধবা
tm-decedes = মৃত
tm-sans-autorite-parentale = অভিভাবকত্বের অধিকার নেই
tm-vos-parents-habitent-ils-en-france = আপনার বাবা-মা কি ফ্রান্সে থাকেন?
tm-quel-est-le-nombre-de-parts = আপনার বাবা-মায়ের সর্বশেষ কর নোটিশে কর-অংশের (parts) সংখ্যা কত?
tm-une-part-fiscale-est-une-unite = কর-অংশ (part fiscale) হলো কর-পরিবারের সদস্যদের প্রতিনিধিত্বকারী একটি একক, যা আয়করের হিসাবে ব্যবহৃত হয়। আপনার কর-অংশের সংখ্যা জানতে আপনার কর ঘোষণাপত্র দেখতে পারেন, সেখানে সাধারণত এই তথ্য দেওয়া থাকে।
tm-quel-est-le-revenu-fiscal-de = আপনার বাবা-মায়ের সর্বশেষ কর নোটিশে রেফারেন্স কর-আয় (RFR) কত?
tm-si-vous-ne-connaissez-pas-le-2 = আপনার বাবা-মায়ের RFR না জানলে, হিসাবটি চালিয়ে যেতে 0 লিখুন। সতর্কতা, এতে হিসাবের ফলাফলের নির্ভুলতা কমতে পারে।

## aides-jeunes: resources.ts

tm-revenus-d-activite = কাজের আয়
tm-revenus-professionnels-non-salaries = বেতনবহির্ভূত পেশাগত আয় (স্বনির্ভর কাজ)
tm-allocations = ভাতা (allocations)
tm-indemnites = ক্ষতিপূরণ (indemnités)
tm-pensions-rentes = পেনশন ও নিয়মিত আয়
tm-revenus-du-patrimoine = সম্পদ থেকে আয়
tm-autres-revenus = অন্যান্য আয়
tm-salaire-dont-primes-et-indemnites-de = বেতন (বোনাস ও চুক্তি শেষের ক্ষতিপূরণসহ)
tm-entrez-le-montant-avant-la-retenue = উৎসে কর কাটার আগের পরিমাণটি লিখুন
tm-remuneration-de-stage = ইন্টার্নশিপের (stage) পারিশ্রমিক
tm-revenus-de-stage-de-formation = পেশাগত প্রশিক্ষণের ইন্টার্নশিপ থেকে আয়
tm-allocation-de-securisation = পেশাগত নিরাপত্তা ভাতা (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = কাজে ফেরার জন্য মাসিক নির্দিষ্ট বোনাস
tm-aides-au-logement-apl-als-alf = বাসা ভাড়ার সহায়তা (APL, ALS, ALF)
tm-allocations-familiales = পারিবারিক ভাতা (allocations familiales)
tm-complement-familial-cf = পারিবারিক সম্পূরক ভাতা (CF)
tm-allocation-de-soutien-familial-asf = পারিবারিক সহায়তা ভাতা (ASF)
tm-revenu-de-solidarite-active-rsa = সক্রিয় সংহতি আয় (RSA)
tm-prime-dactivite = prime d’activité (কর্মজীবীদের সম্পূরক ভাতা)
tm-allocation-de-solidarite-aux-personnes = বয়স্কদের সংহতি ভাতা (ASPA)
tm-allocation-supplementaire-dinvalidite = অতিরিক্ত অক্ষমতা ভাতা (ASI)
tm-allocation-de-solidarite-specifique-ass = বিশেষ সংহতি ভাতা (ASS)
tm-allocation-adulte-handicape-aah = প্রতিবন্ধী প্রাপ্তবয়স্ক ভাতা (AAH)
tm-complement-de-ressources-adulte = প্রতিবন্ধী প্রাপ্তবয়স্কদের আয়-সম্পূরক
tm-contrat-engagement-jeune = তরুণদের অঙ্গীকার চুক্তি (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = স্বাধীন জীবনযাপনের জন্য অতিরিক্ত ভাতা (MVA)
tm-allocation-deducation-de-lenfant = প্রতিবন্ধী শিশুর শিক্ষা ভাতা (AEEH)
tm-prestation-de-compensation-du-handicap = প্রতিবন্ধিতা ক্ষতিপূরণ ভাতা (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = ছোট শিশুর যত্ন ভাতা (PAJE) - মূল ভাতা
tm-complement-de-libre-choix-dactivite-clca = কাজ বেছে নেওয়ার স্বাধীনতার সম্পূরক ভাতা (CLCA)
tm-prestation-partagee-deducation-de = শিশু লালন-পালনের যৌথ ভাতা (PreParE)
tm-indemnites-de-maternite-paternite = মাতৃত্ব, পিতৃত্ব, দত্তক গ্রহণের ভাতা
tm-indemnites-maladie = অসুস্থতার ভাতা
tm-indemnites-maladie-professionnelle = পেশাগত রোগের ভাতা
tm-indemnites-daccident-du-travail = কর্মক্ষেত্রে দুর্ঘটনার ভাতা
tm-indemnites-dactivite-partielle = আংশিক কাজের (activité partielle) ভাতা
tm-indemnites-de-volontariat = স্বেচ্ছাসেবী কাজের (volontariat) ভাতা
tm-dedommagement-aux-victimes-de-lamiante = অ্যাসবেস্টসে (amiante) ক্ষতিগ্রস্তদের ক্ষতিপূরণ
tm-pension-alimentaire = খোরপোশ (pension alimentaire)
tm-pension-alimentaire-versee = দেওয়া খোরপোশ
tm-prestation-compensatoire-suite-a = ক্ষতিপূরণমূলক ভাতা (বিচ্ছেদের পরে) (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = অবসর-ভাতা (মৃত স্বামী বা স্ত্রীর পেনশনের অংশসহ), নিয়মিত আয়
tm-rente-s-d-education-d-orphelin = শিক্ষা বা এতিমের নিয়মিত ভাতা…
tm-retraite-du-combattant = প্রাক্তন যোদ্ধার পেনশন
tm-pension-dinvalidite = অক্ষমতা পেনশন
tm-bourse-de-lenseignement-superieur = উচ্চশিক্ষার বৃত্তি
tm-bourse-de-recherche = গবেষণা বৃত্তি
tm-bourse-du-lycee = মাধ্যমিক স্কুলের বৃত্তি
tm-gains-exceptionnels-dons-gains-aux-jeux = ব্যতিক্রমী আয় (দান, খেলায় জেতা অর্থ, উত্তরাধিকার)
tm-revenus-locatifs-terrains-appartements = ভাড়া থেকে আয় (জমি, অ্যাপার্টমেন্ট, সম্পত্তি কোম্পানি SCI…)
tm-revenus-du-capital-interets-plus-values = মূলধন থেকে আয় (সুদ, বিক্রির লাভ, লভ্যাংশ…)
tm-via-une-micro-entreprise-achat-revente = একটি ক্ষুদ্র উদ্যোগের (micro-entreprise) মাধ্যমে (কেনা/পুনরায় বিক্রি বা থাকার ব্যবস্থা প্রদান)
tm-via-une-micro-entreprise-autre-activite = একটি ক্ষুদ্র উদ্যোগের (micro-entreprise) মাধ্যমে (BIC-এর অধীন অন্য কাজ)
tm-via-une-micro-entreprise-activite = একটি ক্ষুদ্র উদ্যোগের (micro-entreprise) মাধ্যমে (স্বাধীন পেশা এবং/অথবা বুদ্ধিবৃত্তিক কাজ (BNC))
tm-en-tant-qu-exploitant-agricole = কৃষক হিসেবে
tm-en-profession-liberale-entrepreneur = স্বাধীন পেশায় (উদ্যোক্তা)
tm-revenus-dactivite-connus = জানা কাজের আয়
tm-autres-revenus-imposables-preretraite = অন্যান্য করযোগ্য আয় (আগাম অবসর, বেকারত্ব)
tm-pensions-retraites-rentes = পেনশন, অবসর-ভাতা, নিয়মিত আয়
tm-frais-reels-deductibles = কর থেকে বাদ দেওয়া যায় এমন প্রকৃত খরচ
tm-revenus-fonciers-nets = জমি ও বাড়ি থেকে নিট আয়
tm-valeur-de-vos-biens-loues = আপনার ভাড়া দেওয়া সম্পত্তির মূল্য
tm-valeur-de-vos-terrains-non-loues = আপনার ভাড়া না দেওয়া জমির মূল্য
tm-valeur-locative-terrains-non-loues = ভাড়া না দেওয়া জমির ভাড়ামূল্য
tm-valeur-de-vos-biens-immobiliers-non = আপনার ভাড়া না দেওয়া স্থাবর সম্পত্তির মূল্য
tm-valeur-locative-immobilier-non-loue = ভাড়া না দেওয়া স্থাবর সম্পত্তির ভাড়ামূল্য
tm-epargne-sur-livret-a = livret A হিসাবে সঞ্চয়
tm-epargne-aux-revenus-non-imposables = করমুক্ত আয়ের সঞ্চয়
tm-epargne-aux-revenus-imposables = করযোগ্য আয়ের সঞ্চয়

## aides-jeunes: components

tm-ex-caf-du-loiret = উদাহরণ: CAF du Loiret
tm-id-de-la-simulation = হিসাবের আইডি (ID)
tm-email-de-l-utilisateur = ব্যবহারকারীর ই-মেইল

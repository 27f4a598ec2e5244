### Relais — translation memory, Bengali: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


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
tm-prise-de-rendez-vous-demande-de = অ্যাপয়েন্টমেন্ট নেওয়া — ফরাসি নাগরিকত্বের আবেদন (naturalisation)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = ছবির অক্ষর ও অঙ্কগুলো লিখুন
tm-afin-de-verifier-que-vous-netes = আপনি রোবট নন তা যাচাই করতে, ছবিতে দেখানো অক্ষর ও অঙ্কগুলো হুবহু লিখুন। শুনতে চাইলে «ক্যাপচা কোড পড়ে শোনাও» (« Énoncer le code du captcha ») বোতাম ব্যবহার করুন; অন্য ছবি পেতে «নতুন ক্যাপচা তৈরি করো» (« Générer un nouveau captcha ») বোতাম ব্যবহার করুন।
tm-les-majuscules-et-minuscules-ne-sont = বড় হাতের ও ছোট হাতের অক্ষরের মধ্যে পার্থক্য ধরা হয় না।
tm-pour-acceder-au-calendrier-des-rendez = অ্যাপয়েন্টমেন্টের ক্যালেন্ডারে যেতে নিরাপত্তা কোডটি হুবহু লিখুন, তারপর «পরবর্তী» (« Suivant ») বোতামে ক্লিক করুন।
tm-prise-de-rendez-vous-remise-de = অ্যাপয়েন্টমেন্ট নেওয়া — রেসিডেন্স পারমিট হাতে নেওয়া
tm-le-code-de-securite-saisi-est = আপনি যে নিরাপত্তা কোড লিখেছেন তা ভুল। অনুগ্রহ করে আবার চেষ্টা করুন।

## fixture: captcha/captchetat.html

tm-vos-coordonnees = আপনার যোগাযোগের তথ্য
tm-format-attendu-nom-domaine-fr = প্রত্যাশিত ফরম্যাট: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = সময় বেছে নেওয়ার আগে অনুগ্রহ করে আপনার আবেদন নিশ্চিত করুন। কাউন্টারের (guichet) খালি সময় অনুযায়ী প্রতি সপ্তাহে অ্যাপয়েন্টমেন্ট খোলা হয়।
tm-prise-de-rendez-vous-echange-de = অ্যাপয়েন্টমেন্ট নেওয়া — বিদেশি ড্রাইভিং লাইসেন্স বদলানো

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = রোবট-বিরোধী যাচাই
tm-cliquez-sur-clique-ici-pour-verifier = «যাচাই করতে এখানে ক্লিক করো» (« Clique ici pour vérifier ») বোতামে ক্লিক করুন: যাচাই স্বয়ংক্রিয়ভাবে হয়, কোনো পরীক্ষা ছাড়াই।
tm-clique-ici-pour-verifier = যাচাই করতে এখানে ক্লিক করো
tm-pour-toute-question-relative-a-vos = আপনার সরকারি কাজ (রেসিডেন্স পারমিট, ড্রাইভিং লাইসেন্স, সংগঠন) সম্পর্কে যেকোনো প্রশ্নের জন্য এই ফর্মটি ব্যবহার করুন। 15 কর্মদিবসের মধ্যে আপনাকে উত্তর দেওয়া হবে।
tm-nous-contacter = আমাদের সাথে যোগাযোগ করুন
tm-nous-verifions-que-vous-netes-pas = আমরা যাচাই করছি যে আপনি রোবট নন…
tm-verification-automatique-des-spams = অবাঞ্ছিত বার্তার (spam) স্বয়ংক্রিয় যাচাই শেষ হয়েছে

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = গাড়ির নিবন্ধন নম্বর (immatriculation)
tm-format-attendu-ab-123-cd = প্রত্যাশিত ফরম্যাট: AB-123-CD
tm-cochez-la-case-je-suis-un = চালিয়ে যেতে «আমি মানুষ» (« Je suis un humain ») ঘরে টিক দিন।
tm-envoyer-ma-demande = আমার আবেদন পাঠান
tm-les-residents-des-secteurs-de = পেইড পার্কিং এলাকার বাসিন্দারা বাসিন্দাদের হারে পার্কিংয়ের একটি কার্ড চাইতে পারেন। 3 মাসের কম পুরোনো একটি ঠিকানার প্রমাণ এবং গাড়ির নিবন্ধন সনদ প্রস্তুত রাখুন।
tm-demande-de-carte-de-stationnement = বাসিন্দাদের গাড়ি পার্কিং কার্ডের আবেদন

## fixture: captcha/image-generic.html

tm-reference-du-dossier = ফাইলের রেফারেন্স
tm-recopiez-les-caracteres-affiches = দেখানো অক্ষর ও অঙ্কগুলো হুবহু লিখুন
tm-code-de-securite = নিরাপত্তা কোড
tm-exemple-pc-034172-24-m0123 = উদাহরণ: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6টি চিহ্ন, অঙ্ক ও বড় হাতের অক্ষর
tm-generer-un-nouveau-code = নতুন কোড তৈরি করুন
tm-envoyer-la-demande = আবেদন পাঠান
tm-vous-pouvez-demander-la-copie-dun = এই পৌর এলাকায় দেওয়া একটি নির্মাণ অনুমতি বা পূর্ব ঘোষণার (déclaration préalable) অনুলিপি চাইতে পারেন। কাগজপত্র ইলেকট্রনিকভাবে পাঠানো হয়।
tm-demande-de-copie-de-documents-durbanisme = নগর পরিকল্পনা (নির্মাণ) সংক্রান্ত কাগজপত্রের কপির আবেদন

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = প্রতিটি পাতা ইন্টারনেট ছাড়াই সরকারি পোর্টালে দেখা এক ধরনের CAPTCHA-র কাঠামো নকল করে, যাতে Relais-এর শনাক্তকরণ পরীক্ষা করা যায় (Relais কখনো CAPTCHA সমাধান করে না বা এড়িয়ে যায় না)। বাইরের কোনো সেবার সঙ্গে যোগাযোগ করা হয় না: স্ক্রিপ্ট, ফ্রেম, ছবি ও শব্দ সবই স্থানীয় ফাইল (vendor/ ফোল্ডার)।
tm-pages-de-test-widgets-captcha = পরীক্ষার পাতা: CAPTCHA টুল

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = অ্যাপয়েন্টমেন্ট নিশ্চিত করুন
tm-choisissez-un-creneau-pour-deposer-votre = আপনার আবেদন জমা দিতে একটি সময় বেছে নিন। পাতাটি লোড হওয়ার পর নিরাপত্তা যাচাই দেখা যাবে।
tm-prise-de-rendez-vous-carte-nationale = অ্যাপয়েন্টমেন্ট নেওয়া — জাতীয় পরিচয়পত্র ও পাসপোর্ট
tm-chargement-de-la-verification-de = নিরাপত্তা যাচাই লোড হচ্ছে…
tm-confirmation-du-creneau = অ্যাপয়েন্টমেন্টের সময় নিশ্চিত করা
tm-cochez-la-case-pour-confirmer-que = আপনি মানুষ তা নিশ্চিত করতে বাক্সে টিক দিন।

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = নিরাপত্তা প্রশ্ন: 3 + 4 কত?
tm-repondez-en-chiffres-cette-question = অঙ্কে উত্তর দিন। এই প্রশ্ন দিয়ে যাচাই করা হয় যে আপনি রোবট নন।
tm-sinscrire = নিবন্ধন করুন
tm-recevez-chaque-mois-lactualite-du = প্রতি মাসে জেলার (Département) খবর পান: সহায়তা, রাস্তা, মাধ্যমিক স্কুল, সামাজিক সহায়তা। আপনি যেকোনো সময় নিবন্ধন বাতিল করতে পারবেন।
tm-inscription-a-la-lettre-dinformation = নিউজলেটারে নাম লেখানো

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = অ্যাপয়েন্টমেন্টের কারণ
tm-cochez-la-case-je-ne-suis = «আমি রোবট নই» (« Je ne suis pas un robot ») ঘরে টিক দিন। ছবির একটি পরীক্ষা আসতে পারে; তাতে একটি অডিও সংস্করণও আছে।
tm-demander-un-rendez-vous = অ্যাপয়েন্টমেন্ট চান
tm-selectionner-un-motif = একটি কারণ বেছে নিন
tm-premiere-demande = প্রথম আবেদন
tm-renouvellement = নবায়ন
tm-duplicata = দ্বিতীয় কপি (duplicata)
tm-ce-formulaire-vous-permet-de-demander = এই ফর্ম দিয়ে আপনি রোন প্রিফেকচারের (préfecture du Rhône, লিয়ঁ) বিদেশিদের কাউন্টারে অ্যাপয়েন্টমেন্ট চাইতে পারেন। ই-মেইলে আপনাকে একটি নিশ্চিতকরণ পাঠানো হবে।
tm-prise-de-rendez-vous-depot-de = অ্যাপয়েন্টমেন্ট নেওয়া — রেসিডেন্স পারমিটের আবেদন জমা দেওয়া

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = কাগজের ধরন
tm-copie-integrale = সম্পূর্ণ কপি
tm-extrait-avec-filiation = বাবা-মায়ের তথ্যসহ সংক্ষিপ্ত কপি
tm-extrait-sans-filiation = বাবা-মায়ের তথ্য ছাড়া সংক্ষিপ্ত কপি
tm-demandez-en-ligne-une-copie-integrale = লিয়ঁ শহরে হওয়া জন্মের জন্য জন্মসনদের সম্পূর্ণ কপি বা সংক্ষিপ্ত কপি অনলাইনে চান। সনদটি 8 দিনের মধ্যে ডাকে পাঠানো হয়।
tm-ce-site-est-protege-par-recaptcha = এই ওয়েবসাইট reCAPTCHA দিয়ে সুরক্ষিত; Google-এর গোপনীয়তা নীতি ও ব্যবহারের শর্ত প্রযোজ্য।
tm-demande-dacte-de-naissance = জন্ম সনদের (acte de naissance) আবেদন

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = এটি একটি পরীক্ষামূলক পাতা: আবেদনটি কোনো বিভাগে পাঠানো হয়নি।
tm-votre-demande-a-bien-ete-envoyee = আপনার আবেদন পাঠানো হয়েছে
tm-donnees-recues = যে তথ্য পাওয়া গেছে
tm-aucune-donnee-recue = কোনো তথ্য পাওয়া যায়নি।
tm-retour-a-la-liste-des-pages = পরীক্ষার পাতার তালিকায় ফিরে যান

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = সমস্যার ঠিকানা
tm-description = বিবরণ
tm-envoyer-le-signalement = রিপোর্ট পাঠান
tm-nid-de-poule-eclairage-en-panne = রাস্তার গর্ত, নষ্ট বাতি, যেখানে-সেখানে ফেলা আবর্জনা: শহরের বিভাগগুলোকে জানান। আপনার রিপোর্ট নিয়ে কী করা হলো তা ই-মেইলে জানানো হবে।
tm-signaler-un-probleme-sur-lespace-public = জনসাধারণের জায়গায় (রাস্তা, পার্ক…) কোনো সমস্যার কথা জানানো

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = আপনি যে মানুষ তা যাচাই করুন
tm-operation-reussie = ✔কাজটি সফল হয়েছে!
tm-saisissez-ce-que-vous-entendez = যা শুনছেন তা লিখুন
tm-lecture = চালান
tm-veuillez-cliquer-sur-chaque-image = অনুগ্রহ করে যে প্রতিটি ছবিতে বাস আছে তাতে ক্লিক করুন
tm-vous-etes-valide = আপনাকে যাচাই করা হয়েছে
tm-le-service-recaptcha-requiert-une = reCAPTCHA সেবা একটি যাচাই চাইছে।

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
tm-creer-mon-compte-ameli = আমার ameli অ্যাকাউন্ট খুলুন
tm-formulaire-recu = ফর্ম পাওয়া গেছে

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = আমার আইডি দিয়ে লগইন করুন
tm-votre-identifiant-est-votre-numero = আপনার আইডি হলো আপনার বিদেশি নম্বর (numéro étranger, 10টি অঙ্ক) অথবা আপনার ই-মেইল ঠিকানা
tm-sidentifier-avec-franceconnect = FranceConnect দিয়ে লগইন করুন
tm-creer-mon-compte = আমার অ্যাকাউন্ট তৈরি করুন
tm-la-creation-dun-compte-est-necessaire = রেসিডেন্স পারমিট, নাগরিকত্ব (naturalisation) বা ভ্রমণ নথির আবেদন জমা দিতে অ্যাকাউন্ট তৈরি করা প্রয়োজন।
tm-votre-numero-etranger-comporte-10 = আপনার বিদেশি নম্বরে 10টি অঙ্ক থাকে। এটি আপনার রেসিডেন্স পারমিটে, রেসিডেন্স পারমিটের আবেদনের রসিদে (récépissé) অথবা আপনার অস্থায়ী বসবাসের অনুমতিপত্রে (autorisation provisoire de séjour) লেখা থাকে।
tm-si-vous-navez-jamais-eu-de = ফ্রান্সে কখনো রেসিডেন্স পারমিট না থাকলে আপনার ই-মেইল ঠিকানা ব্যবহার করুন।
tm-connexion-a-mon-espace-personnel = আমার ব্যক্তিগত পাতায় লগ ইন
tm-vous-navez-pas-encore-de-compte = এখনো অ্যাকাউন্ট নেই?
tm-ou-trouver-mon-numero-etranger = আমার বিদেশি নম্বর (numéro étranger) কোথায় পাব?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = 06 12 34 56 78 নম্বরে আবার ফোন করার আপনার অনুরোধটি নেওয়া যায়নি। আমরা marie.kowalczyk@example.fr ঠিকানায় আপনাকে উত্তর দেব (ভাতাপ্রাপক নম্বর 1234567)।
tm-demande-de-rappel = আপনাকে ফোন করার অনুরোধ
tm-retour-a-mon-compte = আমার অ্যাকাউন্টে (Mon Compte) ফিরে যান

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
tm-declaration-trimestrielle-de-ressources = প্রতি তিন মাসের আয়ের ঘোষণা
tm-vos-ressources = আপনার আয়
tm-etape-suivante-verification-et-envoi = পরের ধাপ: যাচাই ও পাঠানো

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = প্রতিটি পাতা পরীক্ষার জন্য লেখা একটি সরল অনুকরণ; কোনোটিই আসল পোর্টালের কপি নয়।
tm-pages-de-test-imitant-des-portails = ফরাসি সরকারি ওয়েবসাইটের মতো দেখতে পরীক্ষার পাতা

## fixture: portals/mots-cles

tm-nom-de-famille = পারিবারিক নাম (পদবি)
tm-prenom-s = প্রথম নাম (নামগুলো)
tm-date-dexpiration-de-votre-titre-de = আপনার রেসিডেন্স পারমিটের মেয়াদ শেষের তারিখ
tm-n-de-recepisse = রসিদ (récépissé) নম্বর
tm-courriel = ই-মেইল
tm-remplissez-ce-formulaire-pour-connaitre = আপনার আবেদনের অগ্রগতি জানতে এই ফর্মটি পূরণ করুন। 15 কর্মদিবসের মধ্যে ই-মেইলে আপনাকে উত্তর পাঠানো হবে।
tm-demande-de-renseignements-sur-un-dossier = রেসিডেন্স পারমিটের ফাইল সম্পর্কে তথ্যের অনুরোধ
tm-precisions-sur-votre-demande-zone-de = আপনার আবেদনের বিস্তারিত (যেখানে নিজের মতো লিখবেন):

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
tm-retour-a-la-prise-de-rendez = অ্যাপয়েন্টমেন্ট নেওয়ার পাতায় ফিরে যান
tm-etape-1-choix-du-guichet = ধাপ 1: কাউন্টার (guichet) বেছে নেওয়া

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = সেবাটিতে এখন রক্ষণাবেক্ষণ চলছে। অসুবিধার জন্য আমরা দুঃখিত, অনুগ্রহ করে পরে আবার চেষ্টা করুন।
tm-les-demandes-deja-deposees-ne-sont = আগে জমা দেওয়া আবেদনগুলো এই বিরতিতে প্রভাবিত হবে না। রক্ষণাবেক্ষণের সময় আপনার রেসিডেন্স পারমিটের মেয়াদ শেষ হলে, আপনার attestation de prolongation d’instruction (যাচাই চলাকালীন মেয়াদ বাড়ানোর প্রত্যয়নপত্র) বৈধ থাকবে।
tm-erreur = ত্রুটি { $n }

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

## rdv: devise

tm-votre-compte-a-ete-valide = আপনার অ্যাকাউন্ট নিশ্চিত করা হয়েছে।
tm-vous-allez-recevoir-les-instructions = কয়েক মিনিটের মধ্যে আপনি আপনার অ্যাকাউন্ট নিশ্চিত করার প্রয়োজনীয় নির্দেশনা পাবেন।
tm-si-votre-e-mail-existe-dans = আপনার ই-মেইল আমাদের তথ্যভান্ডারে থাকলে, শিগগিরই আপনি অ্যাকাউন্ট নিশ্চিত করার নির্দেশনাসহ একটি ই-মেইল পাবেন।
tm-votre-compte-a-ete-supprime = আপনার অ্যাকাউন্ট মুছে ফেলা হয়েছে!
tm-vous-avez-une-invitation-en-attente = আপনার একটি আমন্ত্রণ অপেক্ষায় আছে। নিবন্ধন শেষ করতে সেটি গ্রহণ করুন।
tm-votre-connexion-est-deja-active = আপনি আগেই লগ ইন করে আছেন
tm-votre-compte-n-est-pas-encore = আপনার অ্যাকাউন্ট এখনো চালু হয়নি।
tm-email-ou-mot-de-passe-incorrect = ই-মেইল বা পাসওয়ার্ড ভুল।
tm-vous-avez-droit-a-une-tentative = আপনার অ্যাকাউন্ট বন্ধ (লক) হওয়ার আগে আর একবার চেষ্টা করতে পারবেন।
tm-votre-compte-est-verrouille = আপনার অ্যাকাউন্ট লক করা আছে।
tm-email-ou-mot-de-passe-invalide = ই-মেইল বা পাসওয়ার্ড সঠিক নয়।
tm-votre-session-est-expiree-veuillez-vous = আপনার লগ ইনের সময় শেষ হয়ে গেছে। চালিয়ে যেতে অনুগ্রহ করে আবার লগ ইন করুন।
tm-vous-devez-vous-connecter-ou-vous = চালিয়ে যেতে আপনাকে লগ ইন বা নিবন্ধন করতে হবে।
tm-vous-devez-valider-votre-compte-pour = চালিয়ে যেতে আপনাকে অ্যাকাউন্ট নিশ্চিত করতে হবে।
tm-votre-invitation-n-est-pas-valide = আপনার আমন্ত্রণ সঠিক নয়।
tm-votre-mot-de-passe-a-ete = আপনার পাসওয়ার্ড সংরক্ষণ করা হয়েছে এবং অ্যাকাউন্ট চালু হয়েছে।
tm-votre-mot-de-passe-a-ete-2 = আপনার পাসওয়ার্ড সংরক্ষণ করা হয়েছে।
tm-votre-invitation-a-ete-annulee = আপনার আমন্ত্রণ বাতিল করা হয়েছে।
tm-lutilisateur-connecte-ne-correspond-pas = যে ব্যবহারকারী লগ ইন করে আছেন, তিনি আমন্ত্রিত ব্যবহারকারী নন। লগ আউট করে আবার চেষ্টা করুন।
tm-la-session-a-expire = লগ ইনের সময় শেষ হয়েছে
tm-choisir-son-mot-de-passe = পাসওয়ার্ড বেছে নিন
tm-enregistrer = সংরক্ষণ করুন
tm-ouvrir-l-app-mail = ই-মেইল অ্যাপ খুলুন
tm-inscription = নিবন্ধন
tm-code-dinvitation = আমন্ত্রণ কোড
tm-creer-son-compte = অ্যাকাউন্ট খুলুন
tm-veuillez-cliquer-sur-le-lien-dans = অনুগ্রহ করে এইমাত্র পাঠানো ই-মেইলের লিংকে ক্লিক করুন
tm-vous-avez-ete-invite-sur = আপনাকে { $name }-এ আমন্ত্রণ জানানো হয়েছে
tm-bonjour = নমস্কার { $email }
tm-vous-avez-ete-invite-sur-vous = আপনাকে { $name }-এ আমন্ত্রণ জানানো হয়েছে। নিচের লিংক দিয়ে আপনি এই আমন্ত্রণ গ্রহণ করতে পারেন।
tm-accepter-l-invitation = আমন্ত্রণ গ্রহণ করুন
tm-cette-invitation-est-valable-jusqu-au = এই আমন্ত্রণ { $date } পর্যন্ত বৈধ।
tm-si-vous-n-acceptez-pas-cette = এই আমন্ত্রণ গ্রহণ না করলে এই ই-মেইলটি উপেক্ষা করুন। আপনার অনুমতি ছাড়া কোনো অ্যাকাউন্ট খোলা হবে না।
tm-instructions-de-confirmation = নিশ্চিত করার নির্দেশনা
tm-instructions-pour-changer-le-mot-de = পাসওয়ার্ড বদলানোর নির্দেশনা
tm-instructions-pour-deverrouiller-le = অ্যাকাউন্টের লক খোলার নির্দেশনা
tm-votre-mot-de-passe-a-ete-3 = আপনার পাসওয়ার্ড সফলভাবে বদলানো হয়েছে।
tm-nous-n-avons-pas-pu-vous = { $kind } দিয়ে আমরা আপনাকে শনাক্ত করতে পারিনি: '{ $reason }'।
tm-authentifie-avec-succes-via = { $kind } দিয়ে সফলভাবে শনাক্ত করা হয়েছে।
tm-vous-ne-pouvez-acceder-a-cette = পাসওয়ার্ড রিসেটের ই-মেইল ছাড়া এই পাতা খোলা যায় না। এমন ই-মেইল ব্যবহার করে থাকলে, পুরো লিংক (URL) ব্যবহার করেছেন কিনা দেখে নিন।
tm-vous-allez-recevoir-les-instructions-de = কিছুক্ষণের মধ্যে আপনি পাসওয়ার্ড রিসেটের নির্দেশনা পাবেন
tm-si-votre-e-mail-existe-dans-2 = আপনার ই-মেইল আমাদের তথ্যভান্ডারে থাকলে, ই-মেইলে একটি রিসেট লিংক পাবেন
tm-votre-mot-de-passe-a-ete-4 = আপনার পাসওয়ার্ড সফলভাবে বদলানো হয়েছে, এখন আপনি লগ ইন করে আছেন
tm-votre-mot-de-passe-a-ete-5 = আপনার পাসওয়ার্ড সফলভাবে বদলানো হয়েছে।
tm-votre-compte-a-ete-supprime-avec = আপনার অ্যাকাউন্ট সফলভাবে মুছে ফেলা হয়েছে। আশা করি শিগগিরই আবার দেখা হবে।
tm-bienvenue-votre-connexion-est-active = স্বাগতম, আপনি লগ ইন করে আছেন।
tm-votre-compte-est-bien-enregistre-vous = আপনার অ্যাকাউন্ট নিবন্ধিত হয়েছে। তবে আপনি লগ ইন করতে পারবেন না, কারণ অ্যাকাউন্ট এখনো চালু হয়নি।
tm-votre-compte-est-bien-enregistre-vous-2 = আপনার অ্যাকাউন্ট নিবন্ধিত হয়েছে। তবে আপনি লগ ইন করতে পারবেন না, কারণ অ্যাকাউন্ট লক করা আছে।
tm-un-message-contenant-un-lien-de = আপনার ই-মেইল ঠিকানায় নিশ্চিত করার লিংকসহ একটি বার্তা পাঠানো হয়েছে। অ্যাকাউন্ট চালু করতে লিংকটি খুলুন।
tm-votre-compte-a-bien-ete-mis = আপনার অ্যাকাউন্ট হালনাগাদ হয়েছে, কিন্তু আপনার নতুন ই-মেইল ঠিকানা আমাদের যাচাই করতে হবে। অনুগ্রহ করে ই-মেইল দেখুন এবং নতুন ঠিকানা নিশ্চিত করতে লিংকে ক্লিক করুন।
tm-votre-compte-a-ete-modifie-avec = আপনার অ্যাকাউন্ট সফলভাবে বদলানো হয়েছে।
tm-connexion-reussie = সফলভাবে লগ ইন হয়েছে।
tm-deconnexion-reussie = সফলভাবে লগ আউট হয়েছে।
tm-mode-deconnecte = লগ আউট অবস্থায়।
tm-vous-allez-recevoir-les-instructions-2 = কিছুক্ষণের মধ্যে আপনি অ্যাকাউন্টের লক খোলার প্রয়োজনীয় নির্দেশনা পাবেন
tm-si-votre-compte-existe-vous-allez = আপনার অ্যাকাউন্ট থাকলে, শিগগিরই লক খোলার নির্দেশনাসহ একটি ই-মেইল পাবেন।
tm-votre-compte-a-ete-deverrouille-avec = আপনার অ্যাকাউন্টের লক সফলভাবে খোলা হয়েছে, এখন আপনি লগ ইন করে আছেন।

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = আগেই নিশ্চিত করা হয়েছে, অনুগ্রহ করে লগ ইন করার চেষ্টা করুন
tm-a-confirmer-dans-les-merci-de = { $period }-এর মধ্যে নিশ্চিত করার কথা ছিল, অনুগ্রহ করে নতুন করে অনুরোধ করুন
tm-a-expire-merci-d-en-faire = মেয়াদ শেষ হয়ে গেছে, অনুগ্রহ করে নতুন করে অনুরোধ করুন
tm-n-a-pas-ete-trouve-e = পাওয়া যায়নি
tm-n-etait-pas-verrouille-e = লক করা ছিল না
tm-une-erreur-a-empeche-ce-tte = একটি ভুলের কারণে এই { $resource } সংরক্ষণ করা যায়নি:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n }টি ভুলের কারণে এই { $resource } সংরক্ষণ করা যায়নি:
       *[other] { $n }টি ভুলের কারণে এই { $resource } সংরক্ষণ করা যায়নি:
    }

## rdv: links

tm-espace-usager = ব্যবহারকারীর পাতা
tm-je-n-ai-pas-recu-le = আমি নিশ্চিত করার ই-মেইল পাইনি
tm-je-n-ai-pas-recu-le-2 = আমি লক খোলার ই-মেইল পাইনি

## rdv: activerecord

tm-la-validation-a-echoue = যাচাই ব্যর্থ হয়েছে: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = গ্রহণ করতে হবে
tm-doit-etre-rempli-e = পূরণ করতে হবে
tm-ne-concorde-pas-avec = { $attribute }-এর সাথে মেলে না
tm-doit-etre-egal-a = { $n }-এর সমান হতে হবে
tm-doit-etre-pair = জোড় সংখ্যা হতে হবে
tm-n-est-pas-disponible = পাওয়া যাচ্ছে না
tm-doit-etre-superieur-a = { $n }-এর চেয়ে বেশি হতে হবে
tm-doit-etre-superieur-ou-egal-a = { $n }-এর চেয়ে বেশি বা সমান হতে হবে
tm-n-est-pas-inclus-e-dans = তালিকায় নেই
tm-doit-etre-inferieur-a = { $n }-এর চেয়ে কম হতে হবে
tm-doit-etre-inferieur-ou-egal-a = { $n }-এর চেয়ে কম বা সমান হতে হবে
tm-validation-echouee = যাচাই ব্যর্থ হয়েছে: { $errors }
tm-n-est-pas-un-nombre = সংখ্যা নয়
tm-doit-etre-un-nombre-entier = পূর্ণ সংখ্যা (দশমিক ছাড়া) হতে হবে
tm-doit-etre-impair = বিজোড় সংখ্যা হতে হবে
tm-doit-etre-different-de = { $n }-এর থেকে আলাদা হতে হবে
tm-doit-etre-vide = খালি থাকতে হবে
tm-doit-exister = থাকতে হবে
tm-est-deja-utilise = আগেই ব্যবহার করা হয়েছে
tm-est-trop-long-pas-plus-d = খুব লম্বা (একটি অক্ষরের বেশি নয়)
tm-est-trop-long-pas-plus-de = { $n ->
        [one] খুব লম্বা ({ $n }টি অক্ষরের বেশি নয়)
       *[other] খুব লম্বা ({ $n }টি অক্ষরের বেশি নয়)
    }
tm-est-trop-court-au-moins-un = খুব ছোট (কমপক্ষে একটি অক্ষর)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [one] খুব ছোট (কমপক্ষে { $n }টি অক্ষর)
       *[other] খুব ছোট (কমপক্ষে { $n }টি অক্ষর)
    }
tm-ne-fait-pas-la-bonne-longueur = দৈর্ঘ্য সঠিক নয় (শুধু একটি অক্ষর হতে হবে)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [one] দৈর্ঘ্য সঠিক নয় ({ $n }টি অক্ষর হতে হবে)
       *[other] দৈর্ঘ্য সঠিক নয় ({ $n }টি অক্ষর হতে হবে)
    }
tm-veuillez-verifier-les-champs-suivants = অনুগ্রহ করে নিচের ঘরগুলো যাচাই করুন:
tm-impossible-d-enregistrer-ce-tte-1 = এই { $model } সংরক্ষণ করা যায়নি: 1টি ভুল
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [one] এই { $model } সংরক্ষণ করা যায়নি: { $n }টি ভুল
       *[other] এই { $model } সংরক্ষণ করা যায়নি: { $n }টি ভুল
    }

## rdv: helpers

tm-ajouter = যোগ করুন
tm-modifier = বদলান
tm-retirer = সরিয়ে দিন
tm-reinitialiser = আবার আগের অবস্থায় আনুন
tm-veuillez-selectionner = অনুগ্রহ করে বেছে নিন

## rdv: public_office

tm-sur-place = সরাসরি (অফিসে গিয়ে)

## rdv: visio

tm-par-visioconference = ভিডিও কলে

## rdv: phone

tm-par-telephone = ফোনে

## rdv: home

tm-a-domicile = বাড়িতে

## rdv: mailers

tm-a-bientot-lequipe = আবার দেখা হবে, { $name } দল

## rdv: users

tm-un-creneau-vient-de-se-liberer = একটি অ্যাপয়েন্টমেন্টের সময় এইমাত্র খালি হয়েছে!
tm-rdv-confirme-le = অ্যাপয়েন্টমেন্ট { $date } তারিখে নিশ্চিত হয়েছে
tm-rdv-du-modifie = { $date } তারিখের অ্যাপয়েন্টমেন্ট বদলানো হয়েছে
tm-rappel-rdv-le = [মনে করিয়ে দেওয়া] { $date } তারিখে অ্যাপয়েন্টমেন্ট
tm-rdv-annule-le-avec = { $date } তারিখে { $name }-এর সাথে অ্যাপয়েন্টমেন্ট বাতিল হয়েছে
tm-votre-rdv-du-a-ete-annule = { $date } তারিখের আপনার { $motif } অ্যাপয়েন্টমেন্ট প্রশাসনিক কারণে বাতিল হয়েছে।
tm-votre-rdv-du-a-bien-ete = { $date } তারিখের আপনার { $motif } অ্যাপয়েন্টমেন্ট আপনার অনুরোধে বাতিল হয়েছে।
tm-vous-pouvez-reprendre-un-rendez-vous = { $telephone_link } নম্বরে ফোন করে আপনি নতুন অ্যাপয়েন্টমেন্ট নিতে পারেন।
tm-vous-pouvez-reprendre-un-rendez-vous-2 = নিচের লিংকে ক্লিক করে আপনি নতুন অ্যাপয়েন্টমেন্ট নিতে পারেন:
tm-reprendre-rdv = নতুন অ্যাপয়েন্টমেন্ট নিন

## rdv: attributes

tm-email = ই-মেইল
tm-mot-de-passe-actuel = বর্তমান পাসওয়ার্ড
tm-nom-de-la-commune = পৌরসভার (commune) নাম
tm-responsable = দায়িত্বপ্রাপ্ত ব্যক্তি

## rdv: activerecord

tm-lieu = স্থান
tm-rendez-vous-honore = যে অ্যাপয়েন্টমেন্টে উপস্থিত ছিলেন
tm-rendez-vous-a-venir = আসন্ন অ্যাপয়েন্টমেন্ট
tm-annule-a-linitiative-de-lusager = ব্যবহারকারী বাতিল করেছেন
tm-annule-a-linitiative-du-service = অফিস বাতিল করেছে
tm-caisse-d-affiliation = যে তহবিলে আপনি নিবন্ধিত (CAF বা MSA)
tm-numero-d-allocataire = ভাতাপ্রাপকের নম্বর (numéro d’allocataire)
tm-nombre-d-enfants = সন্তানের সংখ্যা
tm-accepte-les-notifications-par-sms = SMS-এ বার্তা পেতে রাজি
tm-accepte-les-notifications-par-email = ই-মেইলে বার্তা পেতে রাজি
tm-numero-de-pre-demande-ants = ANTS প্রাক-আবেদন নম্বর
tm-sans-domicile-fixe = স্থায়ী ঠিকানা নেই
tm-heberge = অন্যের বাড়িতে থাকেন
tm-en-accession-a-la-propriete = বাড়ি কিনছেন (ঋণে)
tm-logement = বাসস্থান
tm-aucune = কোনোটিই না
tm-proche = আত্মীয় বা কাছের মানুষ
tm-le-prenom-ne-peut-etre-change = প্রথম নাম বদলানো যাবে না, কারণ FranceConnect এটি নিশ্চিত করেছে
tm-le-nom-de-naissance-ne-peut = জন্মের সময়ের পারিবারিক নাম বদলানো যাবে না, কারণ FranceConnect এটি নিশ্চিত করেছে
tm-la-date-de-naissance-ne-peut = জন্মতারিখ বদলানো যাবে না, কারণ FranceConnect এটি নিশ্চিত করেছে
tm-ce-mot-de-passe-fait-partie = এই পাসওয়ার্ডটি বহুল ব্যবহৃত পাসওয়ার্ডের তালিকায় আছে, তাই এটি আপনার অ্যাকাউন্ট সুরক্ষিত রাখে না। অনুগ্রহ করে অন্য একটি বেছে নিন।
tm-pour-assurer-la-securite-de-votre = { $n ->
        [one] আপনার অ্যাকাউন্ট সুরক্ষিত রাখতে পাসওয়ার্ডে কমপক্ষে { $n }টি অক্ষর থাকতে হবে
       *[other] আপনার অ্যাকাউন্ট সুরক্ষিত রাখতে পাসওয়ার্ডে কমপক্ষে { $n }টি অক্ষর থাকতে হবে
    }
tm-doit-comporter-10-chiffres-et-lettres = 10টি অঙ্ক ও অক্ষর থাকতে হবে
tm-n-a-pas-pu-etre-valide = একটি অপ্রত্যাশিত ভুলের কারণে যাচাই করা যায়নি। অনুগ্রহ করে 30 সেকেন্ড পরে আবার চেষ্টা করুন।
tm-ce-numero-de-pre-demande-ants = এই ANTS প্রাক-আবেদন নম্বরটি { $meeting_point }-এ একটি অ্যাপয়েন্টমেন্টের জন্য আগেই ব্যবহার করা হয়েছে। নতুন অ্যাপয়েন্টমেন্ট নেওয়ার আগে অনুগ্রহ করে সেটি বাতিল করুন।

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = ফ্রান্স বা সমুদ্রপারের অঞ্চলের 10 অঙ্কের একটি নম্বর লিখুন, অথবা দেশের কোডসহ একটি আন্তর্জাতিক নম্বর লিখুন।
tm-pour-accelerer-votre-demarche-nous-vous = আপনার কাজ দ্রুত করতে, আমরা জোরালোভাবে পরামর্শ দিই যে ANTS-এর ওয়েবসাইটে আগেই আপনার ফাইল পূরণ করুন এবং প্রাক-আবেদন নম্বর লিখুন।

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = এই পাতা খোলার বা এই কাজ করার যথেষ্ট অনুমতি আপনার নেই

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [one] { $date } তারিখে (সময়কাল: { $duration } মিনিট)
       *[other] { $date } তারিখে (সময়কাল: { $duration } মিনিট)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [one] আজ { $date }-এ (সময়কাল: { $duration } মিনিট)
       *[other] আজ { $date }-এ (সময়কাল: { $duration } মিনিট)
    }
tm-1-place-restante = 1টি জায়গা বাকি আছে
tm-places-restantes = { $n ->
        [one] { $n }টি জায়গা বাকি আছে
       *[other] { $n }টি জায়গা বাকি আছে
    }
tm-1-place = 1টি জায়গা
tm-places = { $n ->
        [one] { $n }টি জায়গা
       *[other] { $n }টি জায়গা
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = অনুগ্রহ করে নিচের সমস্যাগুলো ঠিক করুন:

## rdv: users

tm-les-champs-d-etat-civil-nom = FranceConnect দিয়ে নিশ্চিত লগ ইনের পরে নাগরিক নিবন্ধনের তথ্য (জন্মের সময়ের পারিবারিক নাম, প্রথম নাম, জন্মতারিখ ও জন্মস্থান) আর বদলানো যায় না
tm-les-3-lettres-ne-correspondent-pas = 3টি অক্ষর পারিবারিক নামের সাথে মেলে না।

## rdv: search

tm-1-lieu-est-disponible = 1টি স্থান পাওয়া যাচ্ছে
tm-lieux-sont-disponibles = { $n ->
        [one] { $n }টি স্থান পাওয়া যাচ্ছে
       *[other] { $n }টি স্থান পাওয়া যাচ্ছে
    }
tm-selectionnez-un-lieu-de-rdv = অ্যাপয়েন্টমেন্টের স্থান বেছে নিন:
tm-prochaine-disponibilite-le = পরের খালি সময়

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = মনে হচ্ছে আপনি কোনো সহায়তা বা তত্ত্বাবধান পাচ্ছেন না, অনুগ্রহ করে অন্য কারণ বেছে নিন অথবা { $phone_number } নম্বরে আপনার জেলার (département) সাথে যোগাযোগ করুন।

## rdv: common

tm-votre-adresse = আপনার ঠিকানা
tm-votre-service = আপনার সেবা
tm-ex-21-rue-anatole-france-calais = উদাহরণ: 21 rue Anatole France, Calais
tm-modifier-l-adresse = ঠিকানা বদলান
tm-choisissez-un-service = একটি সেবা বেছে নিন
tm-choisir-ce-service = এই সেবা বেছে নিন
tm-le-service-que-vous-cherchez-n = আপনি যে সেবা খুঁজছেন তা তালিকায় নেই?
tm-modifier-le-service = সেবা বদলান
tm-choisissez-un-motif = একটি কারণ বেছে নিন
tm-choisir-ce-motif = এই কারণ বেছে নিন

## rdv: users

tm-entrez-les-3-premieres-lettres-de = আপনার পারিবারিক নামের প্রথম 3টি অক্ষর লিখুন
tm-sophie-dupont-dup = উদাহরণ: Sophie Dupont → DUP
tm-jean-de-la-fontaine-del = উদাহরণ: Jean De La Fontaine → DEL
tm-edwige-xi-xi = উদাহরণ: Edwige Xi → XI
tm-identification = পরিচয় যাচাই
tm-choix-de-l-usager = ব্যক্তি বেছে নেওয়া
tm-votre-rendez-vous-a-ete-confirme = আপনার অ্যাপয়েন্টমেন্ট নিশ্চিত হয়েছে।
tm-ce-creneau-nest-plus-disponible-veuillez = এই সময় আর খালি নেই। অনুগ্রহ করে অন্য একটি বেছে নিন।
tm-vous-allez-modifier-votre-rdv-qui = আপনি { $date } তারিখের আপনার { $motif_name_and_service } অ্যাপয়েন্টমেন্ট বদলাতে যাচ্ছেন
tm-mes-informations = আমার তথ্য
tm-mes-proches = আমার আত্মীয়রা
tm-aucun-proche = কোনো আত্মীয় নেই
tm-ajouter-un-proche = একজন আত্মীয় যোগ করুন

## mdph: server

tm-identites = পরিচয়
tm-individus-et-organismes-concernes-par-la = আবেদনের সাথে যুক্ত ব্যক্তি ও প্রতিষ্ঠান
tm-situations-particulieres = বিশেষ পরিস্থিতি
tm-etes-vous-dans-l-une-des = আপনি কি নিচের কোনো একটি অবস্থায় আছেন?
tm-vous-n-arrivez-plus-a-vivre = আপনি আর নিজের বাড়িতে থাকতে পারছেন না
tm-expliquez-la-difficulte = অসুবিধাটি ব্যাখ্যা করুন
tm-votre-ecole-ne-peut-plus-vous = আপনার স্কুল আর আপনাকে রাখতে পারছে না
tm-votre-etablissement-ne-peut-plus-vous = আপনি যে প্রতিষ্ঠানে আছেন তারা আর আপনাকে রাখতে পারছে না, আর আপনি বাড়িতেও ফিরতে পারছেন না
tm-vous-risquez-de-perdre-votre-travail = আপনার কাজ হারানোর ঝুঁকি আছে
tm-vous-sortez-d-hospitalisation-et-vous = আপনি হাসপাতাল থেকে ছাড়া পাচ্ছেন কিন্তু বাড়িতে ফিরতে পারছেন না
tm-vous-commencez-bientot-une-nouvelle = শিগগিরই আপনি একটি নতুন প্রশিক্ষণ শুরু করবেন
tm-precisez = বিস্তারিত লিখুন
tm-date-d-entree-prevue = ভর্তির পরিকল্পিত তারিখ
tm-vous-venez-de-trouver-un-emploi = আপনি সবে একটি কাজ পেয়েছেন
tm-vous-arrivez-dans-moins-de-2 = 2 মাসের কম সময়ের মধ্যে আপনার অধিকারের মেয়াদ শেষ হবে (যেমন: AEEH, AAH, PCH, RQTH ইত্যাদি)
tm-indiquez-le-s-droit-s-concerne = সংশ্লিষ্ট অধিকার এবং সেগুলোর মেয়াদ শেষের তারিখ লিখুন
tm-vie-quotidienne = দৈনন্দিন জীবন
tm-situation = অবস্থা
tm-besoins = প্রয়োজন
tm-attentes = প্রত্যাশা
tm-vous-vivez = আপনি থাকেন
tm-seule = একা
tm-avec-vos-parents-ou-l-un = আপনার বাবা-মায়ের সাথে (বা তাদের একজনের সাথে)
tm-avec-vos-enfants-ou-l-un = আপনার সন্তানদের সাথে (বা তাদের একজনের সাথে)
tm-autre-situation = অন্য অবস্থা
tm-ou-vivez-vous = আপনি কোথায় থাকেন?
tm-vous-avez-un-logement-independant = আপনার নিজের আলাদা বাসা আছে
tm-vous-vivez-dans-un-etablissement-medico = আপনি একটি চিকিৎসা-সামাজিক বা সেবা প্রতিষ্ঠানে থাকেন
tm-precisez-le-nom-le-type-et = নাম, ধরন ও স্থান লিখুন
tm-vous-etes-hebergee-au-domicile = আপনি অন্য কারো বাড়িতে থাকেন
tm-vous-avez-deja-eu = আপনার আগে হয়েছিল:
tm-un-accident-cause-par-un-tiers = অন্য কারো কারণে দুর্ঘটনা
tm-un-accident-du-travail = কর্মক্ষেত্রে দুর্ঘটনা
tm-un-autre-accident = অন্য দুর্ঘটনা
tm-suite-a-cet-accident-y-a = এই দুর্ঘটনার পরে কি ক্ষতিপূরণের কোনো আবেদন চলছে বা নিষ্পত্তি হয়েছে?
tm-aupres-de-quel-organisme = কোন প্রতিষ্ঠানের কাছে?
tm-vous-recevez = আপনি পান:
tm-une-aide-financiere-et-des-ressources = আর্থিক সাহায্য ও আয়
tm-une-aide-technique-materielle-ou-de = কারিগরি সাহায্য, জিনিসপত্র বা সরঞ্জাম
tm-une-aide-a-la-personne-avec = ব্যক্তিগত সাহায্য, এমন কেউ যিনি আপনাকে সাহায্য করেন
tm-vous-recevez-les-aides-ressources-et = আপনি নিচের সাহায্য, আয় এবং/অথবা ভাতা পান:
tm-allocation-chomage-versee-par-pole = Pôle Emploi থেকে দেওয়া বেকার ভাতা
tm-dans-les-12-mois-precedant-votre = আবেদনের আগের 12 মাসে আপনি কি পেয়েছেন:
tm-un-revenu-d-activite = কাজ থেকে আয়
tm-des-indemnites-journalieres = দৈনিক ক্ষতিপূরণ (অসুস্থতার সময়)
tm-un-revenu-issu-d-une-activite = ESAT-এ কাজ থেকে আয়
tm-vous-percevez-une-ou-plusieurs-des = আপনি নিচের এক বা একাধিক সাহায্য পান:
tm-une-pension-d-invalidite = প্রতিবন্ধিতা পেনশন
tm-une-autre-pension-de-ce-type = এই ধরনের অন্য পেনশন
tm-pension-des-deux-tiers-d-incapacite = দুই-তৃতীয়াংশ পেনশন, অক্ষমতা পেনশন ইত্যাদি
tm-une-majoration-tierce-personne = তৃতীয় ব্যক্তির জন্য বাড়তি টাকা (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = অতিরিক্ত প্রতিবন্ধিতা ভাতা (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = কর্মক্ষেত্রে দুর্ঘটনা বা পেশাগত রোগের জন্য নিয়মিত ভাতা
tm-une-prestation-complementaire-de-recours = তৃতীয় ব্যক্তির সাহায্য নেওয়ার সম্পূরক ভাতা (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = সরকারি চাকরিতে অক্ষমতার জন্য অবসর বা আগাম অবসর
tm-depuis-le-2 = কোন তারিখ থেকে?
tm-connaissez-vous-votre-taux-d-ipp = আপনি কি আপনার স্থায়ী আংশিক অক্ষমতার (IPP) হার জানেন?
tm-renseignez-ici-le-taux-qui-vous = স্বাস্থ্য বীমা (CPAM) আপনাকে যে হার দিয়েছে তা এখানে লিখুন
tm-taux-d-ipp-en = IPP হার, %-এ
tm-vous-avez-indique-recevoir-une-aide = আপনি বলেছেন যে কারিগরি সাহায্য, জিনিসপত্র বা সরঞ্জাম পান, এই সাহায্য হলো:
tm-un-amenagement-de-logement = বাসা উপযোগী করা
tm-une-aide-animaliere = প্রাণীর সাহায্য (যেমন পথ দেখানো কুকুর)
tm-un-amenagement-de-vehicule = গাড়ি উপযোগী করা
tm-une-aide-technique-ex-barre-d = সহায়ক যন্ত্র (যেমন: ধরার হাতল, হাঁটার ফ্রেম ইত্যাদি)
tm-vous-avez-indique-recevoir-une-aide-2 = আপনি বলেছেন যে ব্যক্তিগত সাহায্য পান, আপনাকে সাহায্য করেন:
tm-votre-famille = আপনার পরিবার
tm-un-professionnel-de-soins-a-domicile = বাড়িতে সেবা দেওয়া একজন পেশাদার
tm-un-accompagnement-medico-social = চিকিৎসা-সামাজিক সহায়তা
tm-etes-vous-a-la-retraite = আপনি কি অবসরপ্রাপ্ত?
tm-depuis-quand = কবে থেকে?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (বয়স্কদের জন্য সংহতি ভাতা)
tm-l-apa-allocation-personnalisee-d = APA (স্বনির্ভরতার জন্য ব্যক্তিগত ভাতা)
tm-vous-avez-demande-une-pension-de = আপনি অবসর পেনশনের আবেদন করেছেন
tm-du-fait-de-votre-handicap = আপনার প্রতিবন্ধিতার কারণে:
tm-vous-exercez-une-activite = আপনি খণ্ডকালীন কাজ করেন
tm-precisez-la-quotite-en-pourcentage = কাজের সময়ের অংশ শতাংশে লিখুন
tm-vous-avez-du-renoncer-a-votre = আপনাকে কাজ ছেড়ে দিতে হয়েছে
tm-du-fait-de-votre-handicap-recourez = প্রতিবন্ধিতার কারণে আপনি কি বেতন দিয়ে কাউকে সাহায্যের জন্য রেখেছেন?
tm-frais-lies-au-handicap-et-restant = প্রতিবন্ধিতা সংক্রান্ত খরচ যা আপনাকেই বহন করতে হয়
tm-indiquez-les-frais-non-rembourses-ou = যে খরচ স্বাস্থ্য বীমা বা সম্পূরক বীমা (mutuelle) ফেরত দেয় না, বা আংশিক ফেরত দেয়, তা লিখুন। বিশেষ করে প্রতিবন্ধিতার কারণে বেতন দিয়ে কাউকে রাখলে তা লিখুন।
tm-vous-avez-besoin-d-aide-dans = দৈনন্দিন জীবনে আপনার সাহায্য দরকার:
tm-pour-regler-les-depenses-courantes-loyer = নিয়মিত খরচ মেটাতে (ভাড়া, বিদ্যুৎ-গ্যাস, পোশাক, খাবার ইত্যাদি)
tm-pour-gerer-votre-budget-et-repondre = বাজেট সামলাতে ও দায়িত্ব পালন করতে (প্রশাসনিক কাজ, বীমা, কর ইত্যাদি)
tm-pour-l-hygiene-corporelle-se-laver = শরীর পরিষ্কারের জন্য (গোসল, টয়লেটে যাওয়া)
tm-pour-vous-habiller-mettre-et-oter = পোশাক পরতে (পরা ও খোলা, বেছে নেওয়া ইত্যাদি)
tm-pour-faire-les-courses = বাজার করতে
tm-pour-preparer-les-repas = খাবার রান্না করতে
tm-pour-prendre-les-repas = খাবার খেতে
tm-pour-faire-le-menage-et-l = ঘর পরিষ্কার ও পোশাকের যত্ন নিতে
tm-pour-prendre-soin-de-votre-sante = স্বাস্থ্যের যত্ন নিতে (চিকিৎসা চালানো, ডাক্তারের কাছে যাওয়া ইত্যাদি)
tm-autre-besoin = অন্য প্রয়োজন
tm-vous-avez-besoin-d-aide-pour = চলাফেরায় আপনার সাহায্য দরকার:
tm-pour-se-deplacer-dans-le-domicile = বাড়ির ভেতরে চলাফেরা করতে
tm-pour-sortir-du-domicile-ou-y = বাড়ি থেকে বের হতে বা ঢুকতে
tm-pour-se-deplacer-a-l-exterieur = বাড়ির বাইরে চলাফেরা করতে
tm-pour-utiliser-un-vehicule = গাড়ি ব্যবহার করতে
tm-pour-utiliser-les-transports-en-commun = গণপরিবহন ব্যবহার করতে
tm-pour-partir-en-vacances = ছুটিতে যেতে
tm-utilisez-vous-les-transports-adaptes = আপনি কি আপনার এলাকার প্রতিবন্ধীদের উপযোগী পরিবহন ব্যবহার করেন?
tm-vous-avez-besoin-d-aide-pour-2 = সামাজিক জীবনে আপনার সাহায্য দরকার:
tm-pour-communiquer-s-exprimer-se-faire = যোগাযোগ করতে (নিজেকে প্রকাশ করা, অন্যকে বোঝানো)
tm-pour-avoir-des-activites-sportives-et = খেলাধুলা ও বিনোদনের জন্য
tm-pour-les-relations-avec-les-autres = অন্যদের সাথে সম্পর্কের জন্য
tm-pour-vous-occuper-de-votre-famille = পরিবারের দেখাশোনা করতে
tm-pour-vous-accompagner-dans-votre-vie = নাগরিক জীবনে সহায়তার জন্য (যেমন: ভোট দিতে যাওয়া, সংগঠনের কাজ ইত্যাদি)
tm-pour-assurer-votre-securite = নিজের নিরাপত্তার জন্য
tm-quelles-sont-vos-attentes-pour-compenser = প্রতিবন্ধিতার ক্ষতিপূরণে আপনি কী আশা করেন?
tm-vivre-a-domicile = বাড়িতে থাকা
tm-un-amenagement-de-votre-lieu-de = থাকার জায়গা উপযোগী করা
tm-realiser-un-bilan-des-capacites-dans = দৈনন্দিন জীবনে সক্ষমতার মূল্যায়ন
tm-une-aide-financiere-afin-d-assurer = ন্যূনতম আয় নিশ্চিত করতে আর্থিক সাহায্য
tm-une-aide-pour-se-deplacer = চলাফেরার সাহায্য
tm-un-accompagnement-pour-l-adptation = দৈনন্দিন জীবনে মানিয়ে নেওয়া / আবার মানিয়ে নেওয়ার সহায়তা
tm-une-aide-humaine-quelqu-un-qui = মানুষের সাহায্য: এমন কেউ যিনি আপনাকে সাহায্য করবেন
tm-vivre-en-etablissement = প্রতিষ্ঠানে থাকা
tm-du-materiel-ou-equipement = জিনিসপত্র বা সরঞ্জাম
tm-une-aide-financiere-pour-des-depenses = প্রতিবন্ধিতা সংক্রান্ত খরচের জন্য আর্থিক সাহায্য
tm-un-accueil-temporaire = অস্থায়ী থাকার ব্যবস্থা
tm-autre-attente = অন্য প্রত্যাশা
tm-avez-vous-deja-identifie-une-ou = আপনার প্রত্যাশা পূরণ করতে পারে এমন এক বা একাধিক প্রতিষ্ঠান কি আগেই খুঁজে পেয়েছেন?
tm-avez-vous-d-autres-renseignements = দৈনন্দিন জীবন সম্পর্কে আপনার কি অন্য তথ্য (অবস্থা, প্রত্যাশা, পরিকল্পনা) আছে?
tm-vie-scolaire-ou-etudiante = স্কুল বা বিশ্ববিদ্যালয় জীবন
tm-etes-vous-actuellement-scolarise = আপনি কি এখন পড়াশোনা করছেন?
tm-pourquoi-n-etes-vous-pas-scolarise = আপনি কেন পড়াশোনা করছেন না?
tm-vous-etes-trop-jeune = আপনি খুব ছোট
tm-a-partir-de-quand-serez-vous = কবে থেকে পড়াশোনা শুরু করবেন?
tm-vous-etes-sans-solution-d-accueil = স্কুল, বিশ্ববিদ্যালয় বা চিকিৎসা-সামাজিক প্রতিষ্ঠানে আপনার কোনো জায়গা নেই
tm-vous-etes-actuellement-scolarise = আপনি এখন পড়াশোনা করছেন
tm-en-milieu-ordinaire = সাধারণ পরিবেশে
tm-avec-accompagnement-par-un-service-de = একটি সেবা বা চিকিৎসা-সামাজিক প্রতিষ্ঠানের সহায়তায়
tm-en-temps-partage-entre-letablissement = চিকিৎসা-সামাজিক প্রতিষ্ঠান ও সাধারণ পরিবেশ বা বাড়ির মধ্যে সময় ভাগ করে
tm-en-temps-partage-entre-le-service = সেবা এবং সাধারণ পরিবেশের মধ্যে সময় ভাগ করে
tm-en-formation-superieure-ou-en = উচ্চশিক্ষায় বা শিক্ষানবিশিতে (apprentissage)
tm-etes-vous-place-en-internat = আপনি কি আবাসিক স্কুলে (internat) থাকেন?
tm-ses-frais-de-sejour-sont-ils = থাকার সব খরচ কি স্বাস্থ্য বীমা, সরকার বা সামাজিক সাহায্য বহন করে?
tm-dans-quel-s-etablissement-s = কোন প্রতিষ্ঠান(গুলো)তে?
tm-quel-type-d-etudes-suivez-vous = আপনি কী ধরনের পড়াশোনা করছেন?
tm-quel-s-diplome-s-avez-vous = আপনি কোন ডিগ্রি/সনদ পেয়েছেন?
tm-quel-s-diplome-s-preparez-vous = আপনি কোন ডিগ্রি/সনদের জন্য পড়ছেন?
tm-decrivez-votre-parcours-d-etudiant-ou = ছাত্র বা শিক্ষানবিশ হিসেবে আপনার পথ বর্ণনা করুন
tm-annee-etablissement = বছর, প্রতিষ্ঠান
tm-vous-disposez-actuellement-d = এখন আপনি সহায়তা ও চিকিৎসা পাচ্ছেন
tm-soins-hospitaliers = হাসপাতালে চিকিৎসা
tm-soins-en-liberal = বেসরকারি পেশাদারদের কাছে চিকিৎসা
tm-vous-disposez-actuellement-d-adaptations = এখন আপনার জন্য বাস্তব ব্যবস্থা উপযোগী করা আছে
tm-amenagement-et-adaptations-pedagogiques = শিক্ষায় উপযোগী ব্যবস্থা
tm-outils-de-communication = যোগাযোগের উপকরণ
tm-materiel-informatique-et-audiovisuel = কম্পিউটার ও অডিও-ভিজুয়াল সরঞ্জাম
tm-materiel-deficience-auditive = শ্রবণ সমস্যার সরঞ্জাম
tm-materiel-deficience-visuelle = দৃষ্টি সমস্যার সরঞ্জাম
tm-mobilier-et-petits-materiels = আসবাব ও ছোট সরঞ্জাম
tm-transport = পরিবহন
tm-vous-disposez-actuellement-d-une-aide = এখন প্রতিবন্ধী ছাত্রদের জন্য আপনার একজন মানব সহায়ক (AESH) আছেন
tm-precisez-laquelle = কোনটি তা লিখুন
tm-decrivez-votre-emploi-du-temps-ecole = আপনার সময়সূচি বর্ণনা করুন (স্কুল, ক্যান্টিন, চিকিৎসা ইত্যাদি)
tm-vous-avez-des-besoins-en-lien = পড়াশোনা সংক্রান্ত আপনার প্রয়োজন আছে:
tm-pour-lire = পড়তে
tm-pour-ecrire-prendre-des-notes = লিখতে, নোট নিতে
tm-pour-calculer = হিসাব করতে
tm-pour-comprendre-suivre-les-consignes = বুঝতে ও নির্দেশ মানতে
tm-pour-organiser-controler-son-travail = নিজের কাজ গোছাতে ও যাচাই করতে
tm-pour-l-utilisation-du-materiel = সরঞ্জাম ব্যবহার করতে
tm-vous-avez-des-besoins-pour-communiquer = যোগাযোগের জন্য আপনার প্রয়োজন আছে:
tm-pour-assurer-sa-securite = নিজের নিরাপত্তার জন্য
tm-vous-avez-des-besoins-pour-l = ব্যক্তিগত যত্নের জন্য আপনার প্রয়োজন আছে:
tm-pour-l-hygiene-corporelle-aller-aux = শরীর পরিষ্কারের জন্য (টয়লেটে যাওয়া)
tm-pour-s-habiller-mettre-et-oter = পোশাক পরতে (পরা ও খোলা)
tm-pour-les-repas-manger-et-boire = খাবারের জন্য (খাওয়া ও পান করা)
tm-pour-prendre-soin-de-sa-sante = নিজের স্বাস্থ্যের যত্ন নিতে
tm-vous-avez-besoin-d-aide-pour-3 = চলাফেরায় আপনার সাহায্য দরকার:
tm-pour-se-deplacer-a-l-interieur = ভবনের ভেতরে চলাফেরা করতে
tm-pour-se-deplacer-a-l-exterieur-2 = ভবনের বাইরে চলাফেরা করতে
tm-vous-souhaitez = আপনি চান:
tm-une-adaptation-de-la-scolarite = পড়াশোনা উপযোগী করা
tm-une-orientation-scolaire-differente = ভিন্ন শিক্ষা-দিকনির্দেশনা
tm-une-aide-humaine = মানুষের সাহায্য
tm-une-aide-materielle = জিনিসপত্রের সাহায্য
tm-un-accompagnement-pour-une-readaptation = পুনর্বাসন / পুনঃপ্রশিক্ষণের সহায়তা
tm-une-prise-en-charge-par-un = থাকার ব্যবস্থা ছাড়া কোনো প্রতিষ্ঠানের দেখাশোনা
tm-une-prise-en-charge-par-un-2 = থাকার ব্যবস্থাসহ কোনো প্রতিষ্ঠানের দেখাশোনা
tm-avez-vous-deja-identifie-un = আপনার প্রত্যাশা পূরণ করতে পারে এমন স্কুল, বিশ্ববিদ্যালয় বা চিকিৎসা-সামাজিক প্রতিষ্ঠান কি আগেই খুঁজে পেয়েছেন?
tm-avez-vous-pu-prendre-contact-avec = আপনি কি আপনার দায়িত্বপ্রাপ্ত শিক্ষকের (enseignant référent) সাথে যোগাযোগ করতে পেরেছেন?
tm-pourquoi = কেন?
tm-vous-avez-d-autres-renseignements = স্কুল, বিশ্ববিদ্যালয় বা শিক্ষানবিশি জীবন সম্পর্কে অন্য গুরুত্বপূর্ণ তথ্য (অবস্থা, প্রত্যাশা, পরিকল্পনা) থাকলে এখানে লিখুন:
tm-vie-au-travail = কর্মজীবন
tm-situation-professionnelle = পেশাগত অবস্থা
tm-parcours-professionnel = পেশাগত পথ
tm-projet-professionnel = পেশাগত পরিকল্পনা
tm-avez-vous-actuellement-un-emploi = আপনার কি এখন কাজ আছে?
tm-avez-vous-deja-travaille = আপনি কি আগে কাজ করেছেন?
tm-pourquoi-etes-vous-actuellement-sans = আপনি এখন কেন কাজ ছাড়া আছেন, আর কবে থেকে?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = আপনি কি বলতে পারেন এখন কেন কাজ ছাড়া আছেন?
tm-etes-vous-dans-une-des-situations = আপনি কি নিচের কোনো একটি অবস্থায় আছেন?
tm-inscrit-a-pole-emploi = Pôle emploi-তে নিবন্ধিত
tm-en-formation-continue = চলমান প্রশিক্ষণে
tm-votre-accompagnement-vers-l-emploi-est = কাজ পেতে আপনাকে সহায়তা করছে:
tm-mission-locale = Mission locale (তরুণদের সহায়তা)
tm-cap-emploi = Cap emploi (প্রতিবন্ধীদের কাজ পেতে সহায়তা)
tm-pole-emploi = Pôle emploi (সরকারি কর্মসংস্থান সংস্থা)
tm-un-referent-rsa-designe-par-le = Conseil Général-এর নিযুক্ত একজন RSA দায়িত্বপ্রাপ্ত ব্যক্তি
tm-vous-avez-un-emploi = আপনার কাজ আছে:
tm-en-entreprise-adaptee = প্রতিবন্ধীদের উপযোগী প্রতিষ্ঠানে (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = সুরক্ষিত পরিবেশে (কাজের মাধ্যমে সহায়তার প্রতিষ্ঠান ও সেবা - ESAT)
tm-quel-est-votre-type-d-emploi = আপনার কাজের ধরন কী?
tm-interim = অস্থায়ী কাজ (intérim)
tm-contrat-aide = সরকারি সহায়তাপ্রাপ্ত চুক্তি (contrat aidé)
tm-travailleur-independant = স্বাধীন কর্মী
tm-regime = ব্যবস্থা:
tm-stagiaire-professionnel = পেশাগত শিক্ষানবিশ
tm-est-ce-un-stage-remunere = শিক্ষানবিশিটি কি বেতনভুক্ত?
tm-au-sein-de-quel-organisme-effectuez = কোন প্রতিষ্ঠানে শিক্ষানবিশি করছেন?
tm-nom-de-l-organisme = প্রতিষ্ঠানের নাম
tm-qui-est-votre-employeur = আপনার নিয়োগকর্তা কে?
tm-quel-est-le-nom-de-votre = আপনার পদের নাম কী?
tm-nom-du-poste = পদের নাম
tm-votre-emploi-est-il-a-temps = আপনার কাজ কি পূর্ণকালীন না খণ্ডকালীন?
tm-temps-complet = পূর্ণকালীন
tm-temps-partiel = খণ্ডকালীন
tm-votre-emploi-est-il-adapte-a = আপনার কাজ কি আপনার প্রতিবন্ধিতার উপযোগী?
tm-quelles-sont-les-difficultes-liees-a = আপনার প্রতিবন্ধিতা সংক্রান্ত অসুবিধাগুলো কী?
tm-accompagnement-pour-conserver-votre = কাজ ধরে রাখার সহায়তা:
tm-par-la-medecine-du-travail = কর্মস্থলের চিকিৎসা বিভাগ থেকে
tm-par-le-service-d-appui-au = প্রতিবন্ধী কর্মীদের কাজে টিকে থাকার সহায়তা সেবা (SAMETH) থেকে
tm-des-amenagements-ont-ete-realises-sur = আপনার কাজের জায়গা উপযোগী করা হয়েছে:
tm-etes-vous-actuellement-en-arret-de = আপনি কি এখন অসুস্থতার ছুটিতে (কাজ বন্ধ) আছেন?
tm-vous-etes-actuellement-en-arret-de = আপনি এখন কাজ বন্ধের ছুটিতে আছেন:
tm-arret-maladie-avec-indemnites = দৈনিক ক্ষতিপূরণসহ অসুস্থতার ছুটি
tm-arret-maladie-sans-indemnites = দৈনিক ক্ষতিপূরণ ছাড়া অসুস্থতার ছুটি
tm-vous-etes-en-arret-suite-a = কর্মক্ষেত্রে দুর্ঘটনা বা পেশাগত রোগের পরে আপনি ছুটিতে আছেন
tm-conge-maternite-conge-d-adoption-autre = মাতৃত্বকালীন ছুটি / দত্তক ছুটি / অন্য
tm-avez-vous-rencontre-un-professionnel-du = আপনি কি আপনার অবসর তহবিলের সমাজসেবা বিভাগের কোনো পেশাদারের সাথে দেখা করেছেন?
tm-a-quelle-date = কোন তারিখে?
tm-avez-vous-rencontre-le-medecin-du = কাজে ফেরার আগের সাক্ষাতে আপনি কি কর্মস্থলের ডাক্তারের সাথে দেখা করেছেন?
tm-beneficiez-vous-d-une-ou-des = আপনি কি নিচের এক বা একাধিক সুবিধা পান?
tm-aides-de-l-association-de-gestion = প্রতিবন্ধীদের কর্মসংস্থান তহবিল পরিচালনা সংস্থার সাহায্য (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = সরকারি চাকরিতে প্রতিবন্ধীদের অন্তর্ভুক্তি তহবিলের সাহায্য (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = আপনি কি প্রতিবন্ধী কর্মী হিসেবে স্বীকৃত (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = আপনি কি ফর্মে আপনার কাজের অভিজ্ঞতা লিখতে চান, না আপনার CV স্ক্যান করতে চান?
tm-numeriser-le-cv-et-l-ajouter = CV স্ক্যান করে আবেদন শেষ করার সময় যোগ করব
tm-saisir-mes-experiences-professionnelles = এই ফর্মে আমার কাজের অভিজ্ঞতা লিখব
tm-precisez-vos-experiences = আপনার কাজের অভিজ্ঞতা লিখুন, শিক্ষানবিশি ও অন্তর্ভুক্তি প্রতিষ্ঠানসহ।
tm-votre-niveau-de-qualification = আপনার যোগ্যতার স্তর:
tm-primaire = প্রাথমিক
tm-secondaire = মাধ্যমিক
tm-superieur = উচ্চশিক্ষা
tm-derniere-classe-frequentee = শেষ যে শ্রেণিতে পড়েছেন:
tm-avez-vous-suivi-une-des-formation = আপনি কি এক বা একাধিক পেশাগত প্রশিক্ষণ নিয়েছেন?
tm-laquelle-lesquelles = কোনটি/কোনগুলো?
tm-precisez-votre-vos-dernier-s-diplome = আপনার পাওয়া শেষ ডিগ্রি/সনদ লিখুন:
tm-avez-vous-un-ou-plusieurs-projet = আপনার কি এক বা একাধিক পেশাগত পরিকল্পনা আছে?
tm-pourquoi-avez-vous-besoin-de-soutien = আপনার কেন সহায়তা দরকার?
tm-faire-un-bilan-de-capacites = পেশাগত সক্ষমতার মূল্যায়ন করা
tm-preciser-un-projet-professionnel = পেশাগত পরিকল্পনা পরিষ্কার করা
tm-adapter-l-environnement-de-travail = কাজের পরিবেশ উপযোগী করা
tm-acceder-a-un-emploi = কাজ পাওয়া
tm-acceder-a-une-formation = প্রশিক্ষণ পাওয়া
tm-autres-renseignements-concernant-votre = কর্মজীবন সম্পর্কে অন্য যে তথ্য আমাদের জানাতে চান
tm-vie-de-votre-aidant-familial = আপনার পারিবারিক সহায়কের জীবন
tm-vous-pouvez-expliquer-l-aide-que = আপনার সহায়ক এখন প্রতিবন্ধী মানুষটিকে যে সাহায্য করেন তা ব্যাখ্যা করতে পারেন, এবং তার প্রত্যাশা ও প্রয়োজন লিখতে পারেন।
tm-comment-s-appelle-votre-aidant = আপনার সহায়কের নাম কী?
tm-nom-et-prenom = পারিবারিক নাম ও প্রথম নাম
tm-quel-est-son-lien-avec-la = প্রতিবন্ধী মানুষটির সাথে তার সম্পর্ক কী?
tm-vit-il-elle-avec-la-personne = তিনি কি প্রতিবন্ধী মানুষটির সাথে থাকেন?
tm-est-il-elle-actuellement-en-emploi = তিনি কি এখন কাজ করেন?
tm-oui-avec-une-reduction-dactivite-liee = হ্যাঁ, সাহায্যপ্রাপ্ত মানুষটির দেখাশোনার জন্য কাজ কমিয়ে
tm-quelle-est-la-nature-de-l = কী ধরনের সাহায্য দেওয়া হয়?
tm-surveillance-presence-responsable = নজর রাখা / দায়িত্বশীল উপস্থিতি
tm-aide-aux-deplacements-a-linterieur-du = বাসার ভেতরে চলাফেরায় সাহায্য
tm-aide-aux-deplacements-a-lexterieur = বাইরে চলাফেরায় সাহায্য
tm-aide-pour-entretenir-le-logement-et = বাসা ও কাপড়চোপড়ের যত্নে সাহায্য
tm-aide-a-lhygiene-corporelle = শরীর পরিষ্কারে সাহায্য
tm-aide-a-la-preparation-des-repas = খাবার রান্নায় সাহায্য
tm-aide-a-la-prise-de-repas = খাবার খেতে সাহায্য
tm-coordination-des-intervenants = পেশাদারদের কাজের সমন্বয়
tm-gestion-administrative-et-juridique = প্রশাসনিক ও আইনি ব্যবস্থাপনা
tm-gestion-financiere = আর্থিক ব্যবস্থাপনা
tm-stimulation-par-des-activites-loisirs = কাজকর্মের মাধ্যমে উৎসাহ (বিনোদন, বাইরে যাওয়া ইত্যাদি)
tm-aide-a-la-communication-et-aux = যোগাযোগ ও সামাজিক সম্পর্কে সাহায্য
tm-aide-au-suivi-medical = চিকিৎসা দেখাশোনায় সাহায্য
tm-qui-participe-avec-lui-elle-a = সাহায্যপ্রাপ্ত মানুষটির সহায়তায় তার সাথে আর কে অংশ নেন?
tm-un-des-professionnel-s = এক বা একাধিক পেশাদার
tm-un-ou-plusieurs-autre-s-proche = এক বা একাধিক অন্য আত্মীয়
tm-il-elle-est-l-unique-aidante = তিনিই আবেদনকারীর একমাত্র সহায়ক
tm-est-il-elle-soutenue-dans-sa = সহায়কের ভূমিকায় কি তিনি সহায়তা পান?
tm-en-cas-d-empechement-a-t = তিনি না পারলে কি তার জায়গায় কাউকে পাওয়ার ব্যবস্থা আছে?
tm-laquelle = কোনটি?
tm-il-elle-est-ou-sera-prochainement = তিনি এখন বা শিগগিরই নিচের কোনো একটি অবস্থায় থাকবেন:
tm-eloignement-geographique-demenagement = দূরে চলে যাওয়া (বাসা বদল ইত্যাদি)
tm-indisponibilite-prolongee-sejour-a = দীর্ঘ সময় না থাকা (বিদেশে থাকা, হাসপাতালে ভর্তি ইত্যাদি)
tm-changement-majeur-dans-la-situation = ব্যক্তিগত অবস্থায় বড় পরিবর্তন (বিচ্ছেদ, স্বামী/স্ত্রীর মৃত্যু, বৃদ্ধাশ্রমে যাওয়া ইত্যাদি)
tm-probleme-de-sante = স্বাস্থ্য সমস্যা
tm-changement-majeur-dans-la-situation-2 = পেশাগত অবস্থায় বড় পরিবর্তন
tm-difficulte-a-assurer-l-accompagnement = বর্তমান সহায়তা চালিয়ে যেতে অসুবিধা (ক্লান্তি, বয়স বাড়া ইত্যাদি)
tm-ses-attentes-en-tant-qu-aidant = পারিবারিক সহায়ক হিসেবে তার প্রত্যাশা:
tm-pouvoir-se-reposer-au-quotidien = প্রতিদিন বিশ্রাম নিতে পারা
tm-pouvoir-se-faire-remplacer-en-cas = দরকার হলে তার জায়গায় কাউকে পাওয়া
tm-pouvoir-se-faire-remplacer-en-cas-2 = হঠাৎ কিছু ঘটলে তার জায়গায় কাউকে পাওয়া
tm-se-faire-remplacer-pour-partir-en = সপ্তাহান্তে/ছুটিতে যেতে তার জায়গায় কাউকে পাওয়া
tm-reprendre-renforcer-maintenir-son = নিজের কাজ আবার শুরু / জোরদার / বজায় রাখা
tm-reprendre-renforcer-maintenir-ses-liens = সামাজিক সম্পর্ক আবার শুরু / জোরদার / বজায় রাখা
tm-obtenir-une-contre-partie-financiere = আর্থিক বিনিময় পাওয়া
tm-echanger-avec-dautres-aidants = অন্য সহায়কদের সাথে কথা বলা
tm-echanger-avec-les-professionnels-qui = সাহায্যপ্রাপ্ত আত্মীয়কে দেখাশোনা করা পেশাদারদের সাথে কথা বলা
tm-avoir-un-soutien-psychologique = মানসিক সহায়তা পাওয়া
tm-etre-conseille-pour-mieux-faire-face = আত্মীয়ের প্রতিবন্ধিতা ভালোভাবে সামলাতে পরামর্শ পাওয়া
tm-etre-affilie-gratuitement-a-lassurance = বিনামূল্যে বার্ধক্য বীমায় অন্তর্ভুক্ত হওয়া
tm-a-t-il-elle-deja-identifie = তার প্রত্যাশা পূরণ করতে পারে এমন এক বা একাধিক প্রতিষ্ঠান কি তিনি আগেই খুঁজে পেয়েছেন?
tm-vous-souhaitez-mieux-connaitre-les = বিদ্যমান কর্মসূচি ও সাহায্য সম্পর্কে আরও জানতে চান:
tm-pour-l-aidant = সহায়কের জন্য
tm-pour-la-personne-aidee = সাহায্যপ্রাপ্ত মানুষের জন্য
tm-autres-renseignements-que-vous = আপনার সহায়কের জীবন সম্পর্কে অন্য যে তথ্য আমাদের জানাতে চান
tm-documents-lies-a-votre-demande = আপনার আবেদনের সাথে সম্পর্কিত কাগজপত্র
tm-pour-nous-transmettre-les-documents = আবশ্যক ও অতিরিক্ত প্রমাণপত্র আমাদের পাঠাতে
tm-certificat-medical = ডাক্তারি সনদ
tm-votre-certificat-medical-n-est-pas = আপনার ডাক্তারি সনদ সঠিক নয়, অনুগ্রহ করে দেওয়া নমুনাগুলোর একটি ব্যবহার করুন।
tm-un-certificat-medical-de-moins-de = MDPH আবেদনের জন্য তৈরি, 6 মাসের কম পুরনো ডাক্তারি সনদ।
tm-justificatif-de-domicile = ঠিকানার প্রমাণ
tm-une-photocopie-dun-justificatif-de = 3 মাসের কম পুরনো ঠিকানার প্রমাণের একটি ফটোকপি (শিশুদের জন্য আইনগত প্রতিনিধির ঠিকানার প্রমাণ দিন; অন্যের বাড়িতে থাকা মানুষদের জন্য: আশ্রয়দাতার ঠিকানার প্রমাণ ও সম্মানের সাথে দেওয়া ঘোষণাপত্র)।
tm-piece-d-identite = পরিচয়পত্র
tm-une-photocopie-recto-verso-dun = প্রতিবন্ধী মানুষটির এবং প্রয়োজনে তার আইনগত প্রতিনিধির পরিচয়পত্রের দুই পাশের ফটোকপি (বৈধ পরিচয়পত্র, বৈধ রেসিডেন্স পারমিট বা ফ্রান্সে থাকার অনুমতির অন্য কোনো নথি)।
tm-acte-de-deces-acte-de-mariage = মৃত্যু সনদ / বিয়ের সনদ
tm-carte-grise-vehicule-permis-de-conduire = গাড়ির নিবন্ধন কার্ড (carte grise), ড্রাইভিং লাইসেন্স
tm-carte-de-sejour = রেসিডেন্স কার্ড
tm-avis-d-impot-sur-le-revenu = আয়করের নোটিশ (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = ব্যাংক হিসাবের তথ্য (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = দৈনিক ক্ষতিপূরণ প্রদানের প্রত্যয়নপত্র (CAF, MSA, সামাজিক নিরাপত্তা, Pôle Emploi....)
tm-bulletin-de-salaire = বেতনের স্লিপ
tm-devis-facture-aide-technique = সহায়ক যন্ত্রের দামের হিসাব / বিল
tm-audiogramme = শ্রবণ পরীক্ষা (audiogramme)
tm-livret-de-famille = পারিবারিক বই (livret de famille)
tm-facture-cantine-restaurant-scolaire = স্কুলের ক্যান্টিনের বিল
tm-facture-frais-d-obseques = অন্ত্যেষ্টিক্রিয়ার খরচের বিল
tm-justificatif-reduction-du-temps-de = কাজের সময় কমানোর প্রমাণ
tm-billets-de-train-fiche-taxi-frais = ট্রেনের টিকিট / ট্যাক্সির রসিদ (প্রতিষ্ঠানে রাখার পরে যাতায়াত খরচ)
tm-jugement-de-tutelle-jugement = অভিভাবকত্বের রায়, সংশোধনী রায়, curatelle
tm-justificatif-d-emancipation = আইনি সাবালকত্বের (émancipation) প্রমাণ
tm-jugement-de-delegation-d-autorite = পিতামাতার কর্তৃত্ব অর্পণের রায়
tm-jugement-de-divorce = বিবাহবিচ্ছেদের রায়
tm-bilan-ophtalmologique-mdph = চোখের পরীক্ষা (MDPH)
tm-complement-medical-d-aide-a-l = মানসিক মূল্যায়নে সাহায্যের জন্য চিকিৎসা সম্পূরক
tm-bilan-psychologique-etc = মনস্তাত্ত্বিক মূল্যায়ন ইত্যাদি
tm-compte-rendu-d-examen-psychiatrique = মানসিক পরীক্ষার প্রতিবেদন, মানসিক প্রশ্নপত্র ইত্যাদি
tm-bilan-orthophonique-psychomoteur = বাক্-চিকিৎসা, মনো-চলন, ফিজিওথেরাপি, অস্টিওপ্যাথি ইত্যাদির মূল্যায়ন
tm-bilan-camsp-cmp-cmpp = CAMSP, CMP, CMPP মূল্যায়ন
tm-compte-rendu-d-evaluation-medicale = চিকিৎসা মূল্যায়নের প্রতিবেদন
tm-attestation-medicale = চিকিৎসা প্রত্যয়নপত্র
tm-fiche-de-liaison-medecine-du-travail = কর্মস্থলের চিকিৎসা বিভাগের যোগাযোগপত্র
tm-prescription-medicale-pour-amenagement-d = পরীক্ষার ব্যবস্থা উপযোগী করার জন্য ডাক্তারি প্রেসক্রিপশন
tm-bulletin-d-hospitalisation = হাসপাতালে ভর্তির কাগজ
tm-fiche-de-prescription-hors = ওষুধ ছাড়া অন্য প্রেসক্রিপশনের কাগজ
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = স্কুলে পড়া শিশুদের জন্য প্রত্যাশাগুলো GEVASco নামের একটি নথিতে লেখা হয়। GEVASco হলো তথ্য সংগ্রহের একটি নির্দেশিকা, যা আপনি প্রতিষ্ঠানের প্রধানের সাথে (প্রথম আবেদন) বা দায়িত্বপ্রাপ্ত শিক্ষকের সাথে (পুনর্বিবেচনা) পূরণ করেন। আপনার দায়িত্বপ্রাপ্ত শিক্ষকের যোগাযোগের তথ্য স্কুলের প্রধানের কাছে চাইতে পারেন।
tm-bilan-de-l-equipe-de-suivi = পড়াশোনা তত্ত্বাবধান দলের মূল্যায়ন (ESS)
tm-fiche-de-liaison-financement-du-materiel = উপযোগী শিক্ষা-সরঞ্জামের অর্থায়নের যোগাযোগপত্র
tm-fiche-d-evaluation-de-l-autonomie = ছাত্রের স্বনির্ভরতা মূল্যায়নপত্র (শিক্ষা পরিদর্শন দপ্তর থেকে)
tm-protocoles-d-accompagnement-d-un-eleve = একজন সহায়কের (AVSI) মাধ্যমে প্রতিবন্ধী ছাত্রকে সহায়তার নিয়মাবলি
tm-plan-individualise-d-accompagnement-pia = ব্যক্তিগত সহায়তা পরিকল্পনা (PIA)
tm-devoirs-particuliers-dyslexie = বিশেষ বাড়ির কাজ (ডিসলেক্সিয়া, বাক্-চিকিৎসা ইত্যাদি)
tm-certificat-de-scolarite-releve-de-notes = পড়াশোনার সনদ, নম্বরপত্র ইত্যাদি
tm-curriculum-vitae-cv = জীবনবৃত্তান্ত (CV)
tm-courriers-orientation-professionnel = পেশাগত দিকনির্দেশনার চিঠি (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = মূল্যায়ন (AFPA, ESAT ইত্যাদি), পরিকল্পনা সহায়তা মূল্যায়ন, POPS, Préo, UEROS ইত্যাদি
tm-rapport-de-stage = শিক্ষানবিশির প্রতিবেদন
tm-syntheses-etablissements-et-services-ems = প্রতিষ্ঠান ও সেবার সারসংক্ষেপ (EMS, SMS, SAVS, SAMSAH ইত্যাদি)
tm-autre-document = অন্য কাগজ

## mdph: account

tm-plus-qu-une-etape = আর মাত্র একটি ধাপ
tm-cliquez-sur-le-lien-qui-vous = অ্যাকাউন্ট চালু করতে আপনাকে পাঠানো লিংকে ক্লিক করুন (spam ফোল্ডারও দেখুন)।
tm-votre-compte-a-bien-ete-valide = আপনার অ্যাকাউন্ট নিশ্চিত করা হয়েছে।
tm-ce-lien-est-incorrect-ou-a = এই লিংকটি ভুল অথবা আগেই ব্যবহার করা হয়েছে।
tm-email-envoye = ই-মেইল পাঠানো হয়েছে
tm-cliquez-sur-le-lien-qui-vous-2 = পাসওয়ার্ড বদলাতে ই-মেইলে পাঠানো লিংকে ক্লিক করুন।
tm-si-vous-avez-oublie-votre-mot = পাসওয়ার্ড ভুলে গেলে আপনার ই-মেইল ঠিকানা লিখুন, সেখানে একটি নতুন পাসওয়ার্ড পাঠানো হবে।
tm-veuillez-entrer-votre-email = অনুগ্রহ করে আপনার ই-মেইল লিখুন।
tm-l-adresse-email-n-est-pas = ই-মেইল ঠিকানাটি সঠিক নয়।
tm-connectez-vous-pour-reprendre-votre = আপনার কাজ আবার শুরু করতে লগ ইন করুন
tm-adresse-email = ই-মেইল ঠিকানা
tm-veuillez-entrer-une-adresse-email = অনুগ্রহ করে একটি ই-মেইল ঠিকানা লিখুন।
tm-cette-adresse-email-n-est-pas = এই ই-মেইল ঠিকানাটি সঠিক নয়।
tm-veuillez-entrer-un-mot-de-passe = অনুগ্রহ করে একটি পাসওয়ার্ড লিখুন।
tm-vous-n-avez-pas-de-compte = অ্যাকাউন্ট নেই? নিবন্ধন করুন
tm-une-erreur-est-survenue-lors-de-5 = পাঠানোর সময় একটি ভুল হয়েছে। চাওয়া অ্যাকাউন্টটি হয়তো আগেই চালু হয়েছে বা নেই।
tm-un-mail-de-confirmation-a-bien = নিশ্চিত করার ই-মেইল আবার আপনার ই-মেইলে পাঠানো হয়েছে
tm-nouveau-mot-de-passe = নতুন পাসওয়ার্ড
tm-vous-avez-indique-avoir-oublie-votre = আপনি বলেছেন যে পাসওয়ার্ড ভুলে গেছেন। অনুগ্রহ করে নতুন পাসওয়ার্ড লিখে সেটি আবার ঠিক করুন।
tm-inscrivez-vous-pour-commencer-votre = আপনার কাজ শুরু করতে নিবন্ধন করুন
tm-veuillez-entrer-votre-adresse-e-mail = অনুগ্রহ করে আপনার ই-মেইল ঠিকানা লিখুন।
tm-cet-email-n-est-pas-valide = এই ই-মেইলটি সঠিক নয়।
tm-adresse-email-de-secours = বিকল্প ই-মেইল ঠিকানা
tm-veuillez-entrer-votre-adresse-e-mail-2 = অনুগ্রহ করে আপনার বিকল্প ই-মেইল ঠিকানা লিখুন।
tm-erreur-dans-le-formulaire-merci-de = ফর্মে ভুল আছে, অনুগ্রহ করে পাতাটি রিফ্রেশ করুন।
tm-contact = যোগাযোগ
tm-veuillez-entrer-votre-numero-de-contact = অনুগ্রহ করে যে ফোন নম্বরে আপনার সাথে যোগাযোগ করা যাবে তা লিখুন।
tm-vous-avez-deja-un-compte-connectez = আগেই অ্যাকাউন্ট আছে? লগ ইন করুন

## mdph: apropos

tm-en-quelques-mots = সংক্ষেপে
tm-plus-dun-tiers-des-personnes-handicapees = প্রতিবন্ধী মানুষদের এক-তৃতীয়াংশেরও বেশি মনে করেন যে তাদের প্রতিবন্ধিতার সহায়তা সংক্রান্ত প্রশাসনিক কাজ জটিল। আবেদন দেখার সময় প্রায়ই আইনে নির্ধারিত চার মাসের বেশি হয়ে যায়।
tm-un-traitement-informatise-de-bout-en = শুরু থেকে শেষ পর্যন্ত কম্পিউটারে কাজ
tm-une-communication-en-continu = সবসময় যোগাযোগ
tm-pour-les-utilisateurs = ব্যবহারকারীদের জন্য
tm-un-espace-personnel = একটি ব্যক্তিগত পাতা
tm-un-questionnaire-dynamique = আপনার উত্তর অনুযায়ী বদলানো প্রশ্নপত্র
tm-un-accompagnement-des-la-saisie-de = আবেদন লেখার সময় থেকেই সহায়তা
tm-un-suivit-en-temps-reel = সঙ্গে সঙ্গে অগ্রগতি দেখা
tm-une-presence-sur-le-web = ইন্টারনেটে উপস্থিতি
tm-une-appropriation-de-votre-espace = নিজের মতো করে সাজানো পাতা

## mdph: demande

tm-veuillez-confirmer-la-demande-de = অনুগ্রহ করে { $name }-এর আবেদন নিশ্চিত করুন
tm-une-fois-la-demande-validee-vous = আবেদন নিশ্চিত হওয়ার পরে কাগজপত্র ছাড়া অন্য কোনো তথ্য আর বদলাতে পারবেন না, তাও শুধু MDPH চাইলে। নিচে আপনার আবেদনের সারসংক্ষেপ দেখতে পাবেন:
tm-recapitulatif-de-votre-demande = আপনার আবেদনের সারসংক্ষেপ
tm-documents = কাগজপত্র:
tm-en-validant-je-certifie-que-les = নিশ্চিত করে, আমি প্রত্যয়ন করছি যে উপরের তথ্য সঠিক।
tm-la-mdph-n-accepte-pas-les = MDPH { $name } এই অনলাইন সেবার আবেদন গ্রহণ করে না, তাই এই সেবা দিয়ে তাকে আবেদন পাঠানো সম্ভব নয়।
tm-demande-n = আবেদন নং { $shortId }
tm-votre-mdph-vous-demande-de-corriger = আপনার MDPH আপনাকে আবেদনের সাথে দেওয়া কাগজপত্র ঠিক করতে বলছে
tm-pour-tout-autre-modification-veuillez = অন্য যেকোনো পরিবর্তনের জন্য সরাসরি আপনার MDPH-এর সাথে যোগাযোগ করুন (যোগাযোগের তথ্য পাতার নিচে পাবেন)
tm-telecharger = ডাউনলোড করুন
tm-votre-demande-est-en-cours-de = আপনার MDPH আপনার আবেদন যাচাই করছে
tm-informations-obligatoires = আবশ্যক তথ্য
tm-informations-complementaires = অতিরিক্ত তথ্য
tm-decrivez-votre-situation-vos-besoins-vos = আপনার অবস্থা, প্রয়োজন, পরিকল্পনা ও প্রত্যাশা বর্ণনা করুন।
tm-demande = আবেদন / { $label }
tm-demande-documents = আবেদন / কাগজপত্র
tm-en-cours = { $name } - চলছে... { $progress }%
tm-ajouter-un-document = একটি কাগজ যোগ করুন
tm-autres-types-de-documents = অন্য ধরনের কাগজপত্র
tm-retourner-a-la-demande = আবেদনে ফিরে যান
tm-choix-du-type-de-document = কাগজের ধরন বেছে নেওয়া
tm-recherche = খোঁজ
tm-suggestions-de-documents-a-fournir = যে কাগজপত্র দিতে হবে তার পরামর্শ
tm-demande-identite-de-l-autorite-parentale = আবেদন / পিতামাতার কর্তৃত্বধারীর পরিচয়
tm-demande-identite-de-la-personne-vous = আবেদন / এই কাজে আপনাকে সাহায্যকারী ব্যক্তির পরিচয়
tm-la-personne-vous-aidant-dans-votre = আপনার কাজে আপনাকে সাহায্যকারী ব্যক্তি হলেন
tm-un-proche = একজন আত্মীয় বা কাছের মানুষ
tm-une-association = একটি সংস্থা
tm-nom-ou-intitule = নাম (বা শিরোনাম)
tm-la-longueur-minimale-du-nom-est = নামে কমপক্ষে 1টি অক্ষর থাকতে হবে।
tm-recherche-adresse = ঠিকানা খুঁজুন
tm-localite = শহর বা গ্রাম
tm-telephone-1 = ফোন 1
tm-telephone-2 = ফোন 2
tm-demande-identite-du-beneficiaire = আবেদন / সুবিধাভোগীর পরিচয়
tm-nom-d-epouxse-ou-nom-d = স্বামী/স্ত্রীর পদবি বা ব্যবহৃত নাম
tm-homme = পুরুষ
tm-femme = মহিলা
tm-espace-economique-europeen-ou-suisse = ইউরোপীয় অর্থনৈতিক অঞ্চল বা সুইজারল্যান্ড
tm-date-de-naissance-au-format-jour = জন্মতারিখ দিন/মাস/বছর আকারে
tm-veuillez-utiliser-le-format-jj-mm = অনুগ্রহ করে দিন/মাস/বছর (JJ/MM/AAAA) আকার ব্যবহার করুন। যেমন: 14/09/1989।
tm-commune-de-naissance = জন্মস্থানের পৌরসভা
tm-pays-en-cas-de-naissance-a = দেশ (ফ্রান্সের বাইরে জন্ম হলে)
tm-l-adresse-email-saisie-est-incorrecte = আপনি যে ই-মেইল ঠিকানা লিখেছেন তা ভুল।
tm-si-vous-avez-elu-domicile-aupres = আপনার সরকারি ঠিকানা যদি কোনো প্রতিষ্ঠানের কাছে হয় (সংস্থা, আশ্রয়কেন্দ্র বা সমাজসেবা কেন্দ্র), কোনটি তা লিখুন
tm-organisme-payeur-de-prestations = যে প্রতিষ্ঠান পারিবারিক ভাতা / RSA দেয়
tm-organisme-d-assurance-maladie = স্বাস্থ্য বীমা প্রতিষ্ঠান
tm-votre-numero-de-securite-sociale = আপনার সামাজিক নিরাপত্তা (Sécurité Sociale) নম্বর
tm-ce-numero-de-securite-sociale-est = এই সামাজিক নিরাপত্তা নম্বরটি সঠিক নয়।
tm-ce-champ-est-incomplet = এই ঘরটি অসম্পূর্ণ।
tm-si-cest-votre-enfant-qui-est = আবেদন যদি আপনার সন্তানের জন্য হয়, তার সামাজিক নিরাপত্তা নম্বর লিখুন
tm-etes-vous-aide-e-dans-vos = MDPH-এর কাজে কেউ কি আপনাকে সাহায্য করছেন?
tm-beneficiez-vous-dune-mesure-de = আপনি কি কোনো আইনি সুরক্ষা ব্যবস্থার (tutelle বা curatelle) অধীনে আছেন?
tm-demande-identite-du-representant-legal = আবেদন / আইনগত প্রতিনিধির পরিচয়
tm-demande-prestations = আবেদন / ভাতা ও সেবা
tm-demandes-relatives-a-la-vie-quotidienne = দৈনন্দিন জীবন সংক্রান্ত আবেদন
tm-carte-mobilite-inclusion = চলাচল ও অন্তর্ভুক্তি কার্ড (CMI)
tm-allocation-compensatrice-ac = ক্ষতিপূরণ ভাতা (AC)
tm-demandes-relatives-a-la-vie-scolaire = স্কুল জীবন সংক্রান্ত আবেদন
tm-demandes-relatives-au-travail-a-lemploi = কাজ, চাকরি ও পেশাগত প্রশিক্ষণ সংক্রান্ত আবেদন
tm-orientation-professionnelle = পেশাগত দিকনির্দেশনা
tm-le-dispositif-emploi-accompagne-propose = «সহায়তাসহ চাকরি কর্মসূচি প্রতিবন্ধী কর্মী ও তার নিয়োগকর্তাকে চিকিৎসা-সামাজিক সহায়তা এবং কাজে যুক্ত হওয়ার সাহায্য দেয়। নিচের প্রতিবন্ধী কর্মীরা এই কর্মসূচির সুবিধা পেতে পারেন:
tm-ayant-un-projet-dinsertion-en-milieu = যাদের সাধারণ কর্মক্ষেত্রে কাজ করার পরিকল্পনা আছে,
tm-accueillis-dans-un-etablissement-ou = যারা কাজের মাধ্যমে সাহায্যের কোনো প্রতিষ্ঠান বা সেবায় (ESAT) আছেন এবং সাধারণ কর্মক্ষেত্রে কাজ করার পরিকল্পনা আছে,
tm-deja-en-emploi-en-milieu-ordinaire = যারা আগে থেকেই সাধারণ কর্মক্ষেত্রে কাজ করছেন এবং কাজ টিকিয়ে রাখতে বিশেষ অসুবিধায় পড়ছেন।»
tm-demande-confirmer-votre-compte-mail = আবেদন / আপনার ই-মেইল নিশ্চিত করুন
tm-vous-n-avez-pas-encore-confirme = আপনি এখনো অ্যাকাউন্ট নিশ্চিত করেননি। ই-মেইলে পাঠানো চালু করার লিংক খুলে তা করতে পারেন।
tm-en-cas-de-difficultes-vous-pouvez = অসুবিধা হলে contact.mdphenligne@cnsa.fr ঠিকানায় আমাদের সাথে যোগাযোগ করতে পারেন
tm-cliquez-ici-pour-renvoyer-un-mail = নিশ্চিত করার ই-মেইল আবার পাঠাতে এখানে ক্লিক করুন
tm-retourner-au-profil = প্রোফাইলে ফিরে যান

## mdph: layout

tm-connexion = লগ ইন

## mdph: main

tm-trouvez-le-service-en-ligne-de = আপনার MDPH-এর অনলাইন সেবা খুঁজুন
tm-votre-demande-en-ligne-a-la = MDPH-এ আপনার অনলাইন আবেদন
tm-la-mdph-c-est-la-maison = MDPH হলো «প্রতিবন্ধী মানুষদের জন্য জেলা কার্যালয়» (Maison Départementale pour les Personnes Handicapées)। এটি আপনার প্রতিবন্ধিতা সংক্রান্ত প্রয়োজন মেটাতে পারে।
tm-ce-service-vous-permet-de-saisir = এই সেবায় আপনি আপনার আবেদন লিখে MDPH-এ পাঠাতে পারেন, যাতে তারা আপনার ফাইল দেখে।
tm-il-vous-permet-de-solliciter-la = এতে আপনি সুবিধাভোগী হিসেবে বা কোনো সুবিধাভোগীর আইনগত প্রতিনিধি হিসেবে MDPH-এর কাছে আবেদন করতে পারেন।
tm-en-fonction-de-votre-situation-vous = আপনার অবস্থা অনুযায়ী, হয়তো আপনি নিচের অধিকারগুলো পেতে পারেন

## mdph: mdph

tm-votre-mdph = আপনার MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = অনলাইনে আপনার আবেদনগুলো দেখুন ও চালান
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = আপনার MDPH এই অনলাইন আবেদন সেবা ব্যবহার করে না
tm-continuer-sur-service-public-fr = service-public.fr-এ চালিয়ে যান
tm-continuer-sur = { $label }-এ চালিয়ে যান

## mdph: medecin

tm-votre-e-mail = আপনার ই-মেইল
tm-ex-email-domaine-fr = উদাহরণ: email@domaine.fr
tm-l-adresse-email-est-obligatoire = ই-মেইল ঠিকানা আবশ্যক।
tm-modeles-de-certificats = ডাক্তারি সনদের নমুনা

## mdph: mon_compte

tm-en-attente-de-validation = নিশ্চিতকরণের অপেক্ষায়
tm-si-vous-n-avez-pas-recu = এই ই-মেইল না পেয়ে থাকলে আবার পাঠাতে এখানে ক্লিক করুন।
tm-modifier-mon-mot-de-passe = আমার পাসওয়ার্ড বদলান
tm-veuillez-entrer-votre-mot-de-passe = অনুগ্রহ করে আপনার আগের পাসওয়ার্ড লিখুন।

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = আপনার ই-মেইল ঠিকানা নিশ্চিত করতে আমরা আপনাকে একটি ই-মেইল পাঠিয়েছি।
tm-type = ধরন
tm-document-ajoute = যোগ করা কাগজ
tm-choisir-le-fichier = ফাইল বেছে নিন
tm-veuillez-selectionner-un-fichier = অনুগ্রহ করে একটি ফাইল বেছে নিন
tm-ajouter-ce-fichier = এই ফাইল যোগ করুন

## mdph: profil

tm-profil-identite-du-representant-legal = প্রোফাইল / আইনগত প্রতিনিধির পরিচয়
tm-profil-prestations = প্রোফাইল / ভাতা ও সেবা
tm-supprimer-ce-profil = এই প্রোফাইল মুছুন

## mdph: suivi

tm-cookies-deposes-et-opt-out = রাখা কুকি (cookies) ও সেগুলো প্রত্যাখ্যান
tm-ce-site-depose-un-petit-fichier = এই ওয়েবসাইট দেখার সময় এটি আপনার কম্পিউটারে একটি ছোট লেখার ফাইল («cookie») রাখে। এতে আমরা কতবার দেখা হয়েছে তা মাপতে পারি এবং কোন পাতাগুলো বেশি দেখা হয় তা বুঝতে পারি।
tm-ce-site-naffiche-pas-de-banniere = এই ওয়েবসাইট কুকির জন্য আপনার সম্মতি চাওয়ার বার্তা দেখায় না কেন?
tm-je-contribue-a-enrichir-vos-donnees = আমি আপনাদের তথ্য সমৃদ্ধ করতে সাহায্য করছি, আমি কি তা দেখতে পারি?
tm-bien-sur-les-statistiques-dusage-de = অবশ্যই! আমাদের বেশিরভাগ পণ্যের ব্যবহারের পরিসংখ্যান, https://mdphenligne.cnsa.fr/ সহ, stats.data.gouv.fr-এ সবার জন্য খোলা।

## mdph: autorite-form

tm-parent = অভিভাবক { $n }
tm-exerce-l-autorite-parentale = পিতামাতার কর্তৃত্ব আছে
tm-meme-adresse-que-le-beneficiaire = সুবিধাভোগীর একই ঠিকানা

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = এই বাক্সে টিক দিয়ে আপনি প্রত্যয়ন করছেন যে { $name }-এর নামে আবেদন জমা দেওয়ার জন্য তার সম্মতি আপনার আছে
tm-precisez-le-domicile = কোথায় থাকেন তা লিখুন
tm-de-vos-parents-ou-l-un = আপনার বাবা-মায়ের কাছে (বা তাদের একজনের কাছে)
tm-de-vos-enfants-ou-l-un = আপনার সন্তানদের কাছে (বা তাদের একজনের কাছে)
tm-d-un-e-ami-e = একজন বন্ধুর কাছে
tm-d-un-autre-membre-de-votre = আপনার পরিবারের অন্য একজন সদস্যের কাছে
tm-d-une-famille-d-accueil = একটি আশ্রয়দাতা পরিবারের কাছে
tm-et-vous-etes = এবং আপনি
tm-de-categorie = শ্রেণির
tm-son-prenom = তার প্রথম নাম
tm-montant = পরিমাণ
tm-montant-invalide = পরিমাণ সঠিক নয়
tm-veuillez-saisir-un-nombre-entre-0 = অনুগ্রহ করে 0 থেকে 100-এর মধ্যে একটি সংখ্যা লিখুন।

## mdph: display-file

tm-pas-de-documents = কোনো কাগজপত্র নেই
tm-raison-du-refus = প্রত্যাখ্যানের কারণ:
tm-supprimez = মুছুন
tm-suppression-d-un-document = একটি কাগজ মুছে ফেলা

## mdph: footer

tm-contactez-votre-mdph = আপনার MDPH-এর সাথে যোগাযোগ করুন

## mdph: help

tm-precisez-vos-besoins-de-compensation = প্রতিবন্ধিতার কারণে আপনার কী সাহায্য দরকার তা লিখুন
tm-plusieurs-reponses-sont-possibles = একাধিক উত্তর দেওয়া যায়
tm-adaptez-vos-reponses-a-votre-age = আপনার বয়স অনুযায়ী উত্তর দিন।
tm-le-besoin-daide-correspond-a-une = সাহায্যের প্রয়োজন মানে কোনো মানুষের সরাসরি সাহায্য, অথবা এমন কাউকে দরকার যিনি আপনাকে উৎসাহ দেন, পথ দেখান বা মুখে মনে করিয়ে দেন, অথবা জিনিসপত্র বা টাকার সাহায্য।
tm-ce-document-correspond-a-lexpression-de = এই নথি আপনি যেভাবে অনুভব করেন সেভাবে আপনার প্রয়োজন প্রকাশ করে। এরপর MDPH-এর দল বিস্তারিত মূল্যায়ন করবে, এবং দরকার হলে আপনার সাথে দেখা করবে।

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = প্রতিবন্ধী প্রাপ্তবয়স্কদের ভাতা (AAH) ও এর সম্পূরক
tm-carte-d-invalidite-de-priorite-de = প্রতিবন্ধিতা / অগ্রাধিকার / পার্কিং কার্ড
tm-orientation-vers-un-etablissement-ou = চিকিৎসা-সামাজিক প্রতিষ্ঠান বা সেবায় (ESMS) পাঠানো
tm-renouvellement-d-allocation = ক্ষতিপূরণ ভাতা (ACTP বা ACFP) নবায়ন
tm-projet-personnalise-de-scolarisation = ব্যক্তিগত শিক্ষা পরিকল্পনা – পথ ও পড়াশোনার সহায়তা
tm-orientation-professionnelle-et-ou = পেশাগত দিকনির্দেশনা এবং/অথবা পেশাগত প্রশিক্ষণ
tm-reconnaissance-de-la-qualite-de = প্রতিবন্ধী কর্মী হিসেবে স্বীকৃতি (RQTH)
tm-affiliation-gratuite-a-l-assurance = বাড়িতে থাকা বাবা-মায়ের জন্য বিনামূল্যে বার্ধক্য বীমায় অন্তর্ভুক্তি (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = অন্য জেলা (département), তার নম্বর লিখুন (যেমন 01 বা 75)

## mdph: menu-dashboard

tm-mes-demandes = আমার আবেদনগুলো
tm-documents-associes = সংশ্লিষ্ট কাগজপত্র

## mdph: nav-steps

tm-question-precedente = আগের প্রশ্ন

## mdph: password-field

tm-votre-mot-de-passe-est-d = আপনার পাসওয়ার্ড খুব দুর্বল।
tm-veuillez-saisir-8-caracteres = অনুগ্রহ করে 8টি অক্ষর লিখুন।
tm-presenter-trois-des-quatre-categories-de = এই চার ধরনের অক্ষরের তিনটি থাকতে হবে: বড় হাতের অক্ষর, ছোট হাতের অক্ষর, সংখ্যা এবং/অথবা বিশেষ চিহ্ন।
tm-ce-jeton-de-modification-a-deja = এই পরিবর্তন কোডটি আগেই আপনার পাসওয়ার্ড রিসেট করতে ব্যবহার হয়েছে। অনুগ্রহ করে আবার রিসেটের অনুরোধ করুন।

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = আটটি অক্ষর থাকতে হবে,
tm-etre-d-une-robustesse-moyenne = মাঝারি শক্তির হতে হবে।
tm-afin-de-garantir-au-mieux-l = তথ্য যতটা সম্ভব সুরক্ষিত রাখতে, পাসওয়ার্ডে কমপক্ষে:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = চাইলে আপনার আবেদন আরও পরিষ্কার করে লিখুন

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = অনুগ্রহ করে একটি বিকল্প বেছে নিন বা আপনার উত্তর পরিষ্কার করে লিখুন
tm-intitule-du-poste = পদের নাম
tm-employeur = নিয়োগকর্তা
tm-entreprise = কোম্পানি
tm-type-de-contrat = চুক্তির ধরন
tm-date-de-debut-au-format-jour = শুরুর তারিখ দিন/মাস/বছর আকারে
tm-motif-de-fin-d-activite = কাজ শেষ হওয়ার কারণ
tm-motif = কারণ
tm-valider-l-experience = অভিজ্ঞতা নিশ্চিত করুন
tm-ajouter-une-experience = একটি অভিজ্ঞতা যোগ করুন
tm-annee-d-obtention = পাওয়ার বছর
tm-domaine = ক্ষেত্র
tm-intitule-du-diplome = ডিগ্রির নাম
tm-domaine-d-etude = পড়াশোনার বিষয়
tm-retirer-le-dernier-diplome = শেষ ডিগ্রি সরিয়ে দিন
tm-ajouter-un-diplome = একটি ডিগ্রি যোগ করুন
tm-matin = সকাল
tm-midi = দুপুর
tm-soiree-nuit = সন্ধ্যা/রাত
tm-nom-de-l-etablissement = প্রতিষ্ঠানের নাম
tm-rue = রাস্তা
tm-ex-college-jules-ferry = উদাহরণ: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = উদাহরণ: 1, rue de l'église
tm-ex-paris = উদাহরণ: Paris
tm-supprimer-le-dernier-etablissement = শেষ প্রতিষ্ঠান মুছুন
tm-ajouter-un-etablissement = একটি প্রতিষ্ঠান যোগ করুন
tm-frais-engages = আপনার করা খরচ
tm-montant-total-frequence = মোট পরিমাণ / কতবার
tm-montant-rembourse = ফেরত পাওয়া পরিমাণ
tm-libelle-des-frais = খরচের ধরন
tm-par-jour = প্রতিদিন
tm-par-semaine = প্রতি সপ্তাহে
tm-par-mois = প্রতি মাসে
tm-par-an = প্রতি বছরে
tm-supprimer-le-dernier-frais = শেষ খরচ মুছুন
tm-ajouter-des-frais-ponctuels = একবারের খরচ যোগ করুন
tm-ajouter-des-frais-recurrents = নিয়মিত খরচ যোগ করুন
tm-derniere-reponse-enregistree-le = শেষ সংরক্ষিত উত্তর { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = প্রতিষ্ঠানের নাম
tm-etes-vous-deja-en-contact = আপনি কি আগে থেকেই যোগাযোগে আছেন?
tm-supprimer-la-derniere-structure = শেষ প্রতিষ্ঠান মুছুন
tm-ajouter-une-structure = একটি প্রতিষ্ঠান যোগ করুন

## mdph: representant-form

tm-type-de-mesure-de-protection = সুরক্ষা ব্যবস্থার ধরন
tm-tutelle = অভিভাবকত্ব (tutelle)
tm-curatelle = আংশিক আইনি তত্ত্বাবধান (curatelle)
tm-curatelle-renforcee = জোরদার আংশিক আইনি তত্ত্বাবধান (curatelle renforcée)
tm-habilitation-familiale = পারিবারিক অনুমোদন (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = প্রধান পাতা

## aidants: 400.html

tm-il-y-a-eu-un-souci = তথ্য আদান-প্রদানের সময় একটি কারিগরি সমস্যা হয়েছে।
tm-la-syntaxe-de-la-requete-est = অনুরোধের গঠন ভুল। আবার চেষ্টা করতে পারেন, সমস্যা থেকে গেলে আমাদের সাথে যোগাযোগ করুন।

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = এই পাতা খোলার অনুমতি আপনার নেই।
tm-si-vous-pensez-qu-il-s = এটি ভুল মনে হলে, আমাদের প্রধান পাতা দেখতে পারেন বা সাহায্যের জন্য আমাদের সাথে যোগাযোগ করতে পারেন।

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = আপনি যে পাতা খুঁজছেন তা পাওয়া যায়নি। অসুবিধার জন্য দুঃখিত।
tm-si-vous-avez-tape-l-adresse = আপনি নিজে ব্রাউজারে পাতার ঠিকানা লিখে থাকলে, সেটি সঠিক কিনা দেখুন। পাতাটি হয়তো আর নেই। সেক্ষেত্রে, চালিয়ে যেতে আমাদের প্রধান পাতা দেখতে পারেন। নাহলে আমাদের সাথে যোগাযোগ করুন, আমরা আপনাকে সঠিক তথ্যের দিকে নিয়ে যাব।

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = FranceConnect দিয়ে লগ ইনের জন্য দেওয়া সময় শেষ হয়ে গেছে।
tm-vous-pouvez-reessayer-la-connexion = প্রধান পাতা থেকে আবার লগ ইনের চেষ্টা করতে পারেন। সমস্যা থেকে গেলে আমাদের সাথে যোগাযোগ করুন।

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = দুঃখিত, সেবাটিতে সমস্যা হচ্ছে, আমরা যত দ্রুত সম্ভব এটি ঠিক করার চেষ্টা করছি।
tm-essayez-de-rafraichir-la-page-ou = পাতাটি রিফ্রেশ করুন বা পরে আবার চেষ্টা করুন।
tm-si-vous-avez-besoin-d-une = এখনই সাহায্য দরকার হলে অনুগ্রহ করে সরাসরি আমাদের সাথে যোগাযোগ করুন।

## aidants: aidants_connect_web

tm-imprimer-le-mandat = মুক্তারনামা (mandat) প্রিন্ট করুন
tm-mandat-final = চূড়ান্ত মুক্তারনামা
tm-attention-ceci-est-un-projet-de = সাবধান! এটি শুধু মুক্তারনামার খসড়া। এর কোনো আইনগত মূল্য নেই।
tm-le-mandat-a-ete-cree-avec = মুক্তারনামা সফলভাবে তৈরি হয়েছে। অনুগ্রহ করে এটি প্রিন্ট করুন, যাতে মুক্তারদাতা (যিনি ক্ষমতা দিচ্ছেন) সই করতে পারেন।
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 প্রিন্ট করতে, ব্রাউজারের মেনুতে «Fichier», তারপর «Imprimer» বেছে নিন।
tm-projet-de-mandat-traduit = অনূদিত মুক্তারনামার খসড়া
tm-vous-trouverez-ci-dessous-un-mandat = নিচে একটি নমুনা মুক্তারনামা আছে, যার কয়েকটি অনুবাদ পাওয়া যায়। এই অনুবাদগুলো শুধু ব্যবহারকারীকে বোঝানোর জন্য যে মুক্তারনামা কী এবং এর ফল কী। এই অনুবাদগুলোর কোনো আইনগত মূল্য নেই। শুধু ফরাসি ভাষার চূড়ান্ত মুক্তারনামার আইনগত মূল্য আছে।
tm-vous-pouvez-imprimer-ce-mandat-type = নিচের বোতামে ক্লিক করে এই নমুনা মুক্তারনামা প্রিন্ট করতে পারেন। সাবধান, মনে করিয়ে দিচ্ছি যে এই মুক্তারনামার কোনো আইনগত মূল্য নেই। এটি শুধু ব্যবহারকারীর জানার জন্য অনুবাদ করা হয়েছে।
tm-version-francaise = ফরাসি সংস্করণ
tm-traduire-le-mandat-en = মুক্তারনামা অনুবাদ করুন:
tm-mandat-pour-realiser-des-demarches-en = «Aidants Connect» সেবার মাধ্যমে অনলাইনে কাজ করার মুক্তারনামা
tm-attention-nous-vous-rappelons-que-ce = সাবধান, মনে করিয়ে দিচ্ছি যে এই মুক্তারনামার কোনো আইনগত মূল্য নেই। এটি শুধু ব্যবহারকারীর জানার জন্য অনুবাদ করা হয়েছে।
tm-version-francaise-et-traductions = ফরাসি সংস্করণ ও অনুবাদ
tm-revocation-d-une-autorisation-via-le = «Aidants Connect» সেবার মাধ্যমে একটি অনুমতি বাতিল
tm-je-soussigne-e-souhaite-revoquer-l = আমি নিম্নস্বাক্ষরকারী, { $get_full_name }, { $creation_date } তারিখে { $organisation }-এর সাথে তৈরি «{ $authorization }» অনুমতিটি বাতিল করতে চাই।
tm-fait-a-le = { $display_address }-এ, { $date } তারিখে লেখা হলো
tm-le-mandant = মুক্তারদাতা
tm-lautorisation-a-ete-revoquee-avec-succes = অনুমতি সফলভাবে বাতিল হয়েছে। অনুগ্রহ করে এটি প্রিন্ট করুন, যাতে মুক্তারদাতা সই করতে পারেন।
tm-l-autorisation-a-ete-revoquee-avec = অনুমতি সফলভাবে বাতিল হয়েছে!
tm-rappel-de-l-autorisation-revoquee = বাতিল হওয়া অনুমতির বিবরণ
tm-thematique-administrative = প্রশাসনিক বিষয়
tm-date-de-l-autorisation = অনুমতির তারিখ
tm-expiration-de-l-autorisation = অনুমতির মেয়াদ শেষ
tm-imprimer-l-attestation-de-revocation = বাতিলের প্রত্যয়নপত্র প্রিন্ট করুন
tm-confirmer-la-revocation-de-l = অনুমতি বাতিল নিশ্চিত করুন
tm-merci-de-verifier-les-informations-ci = অনুমতি বাতিল নিশ্চিত করার আগে অনুগ্রহ করে নিচের তথ্য যাচাই করুন
tm-rappel-de-l-autorisation-en-cours = বাতিল হতে থাকা অনুমতির বিবরণ
tm-thematique-administrative-associee = সংশ্লিষ্ট প্রশাসনিক বিষয়
tm-souhaitez-vous-confirmer-la-revocation = আপনি কি এই অনুমতি বাতিল নিশ্চিত করতে চান?
tm-revoquer-l-autorisation = অনুমতি বাতিল করুন
tm-confirmation-de-revocation = বাতিলের নিশ্চয়তা
tm-merci-de-verifier-les-informations-ci-2 = মুক্তারনামা বাতিল নিশ্চিত করার আগে অনুগ্রহ করে নিচের তথ্য যাচাই করুন
tm-rappel-du-mandat-en-cours-de = বাতিল হতে থাকা মুক্তারনামার বিবরণ
tm-date-du-mandat = মুক্তারনামার তারিখ
tm-expiration-du-mandat = মুক্তারনামার মেয়াদ শেষ
tm-souhaitez-vous-confirmer-la-revocation-2 = আপনি কি এই মুক্তারনামা বাতিল নিশ্চিত করতে চান?
tm-revoquer-le-mandat = মুক্তারনামা বাতিল করুন
tm-revocation-d-un-mandat-via-le = Aidants Connect সেবার মাধ্যমে একটি মুক্তারনামা বাতিল
tm-je-soussigne-e-souhaite-revoquer-le = আমি নিম্নস্বাক্ষরকারী, { $usager_name }, { $creation_date } তারিখে { $organisation }-এর সাথে তৈরি «Aidants Connect» মুক্তারনামাটি বাতিল করতে চাই।
tm-le-mandat-a-ete-revoque-avec = মুক্তারনামা সফলভাবে বাতিল হয়েছে। অনুগ্রহ করে এটি প্রিন্ট করুন, যাতে মুক্তারদাতা সই করতে পারেন।
tm-le-mandat-a-ete-revoque-avec-2 = মুক্তারনামা সফলভাবে বাতিল হয়েছে!
tm-rappel-du-mandat-revoque = বাতিল হওয়া মুক্তারনামার বিবরণ
tm-mandat-pour-realiser-des-demarches = 23 মার্চ 2020-এর আইনের 4 নম্বর ধারায় ঘোষিত স্বাস্থ্য জরুরি অবস্থার সময় «Aidants Connect» সেবার মাধ্যমে একজন ব্যবহারকারীর পক্ষে অনলাইনে প্রশাসনিক কাজ করার মুক্তারনামা।
tm-je-soussigne-e-autorise-dont-seuls = আমি নিম্নস্বাক্ষরকারী, { $get_full_name }, { $organisation }-কে, যার শুধু অনুমোদিত কর্মীরাই আমার হয়ে কাজ করতে পারেন, দেওয়ানি আইনের 1984 ও পরবর্তী ধারা অনুযায়ী আমার নামে নিচের অনলাইন প্রশাসনিক কাজগুলো করার অনুমতি দিচ্ছি, সেগুলো FranceConnect দিয়ে করা যাক বা না যাক:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } { $name }-কে শুধু এই মুক্তারনামা পালনের জন্য তার ব্যক্তিগত তথ্য ব্যবহার করার অনুমতি দিচ্ছেন।
tm-l-aidant-habilite-de-a-rappele = { $name }-এর অনুমোদিত সহায়ক { $usager }-কে মনে করিয়ে দিয়েছেন: কাজের উদ্দেশ্য, তার তথ্য কেন সংগ্রহ করা হচ্ছে ও তার কাজে লাগা; তার তথ্যের উপর তার অধিকার (দেখা, সংশোধন, মুছে ফেলা ইত্যাদি) এবং মুক্তারদাতা যেকোনো সময় তার সম্মতি ফিরিয়ে নিতে পারেন।
tm-a-cette-fin = এই উদ্দেশ্যে:
tm-ne-collecter-et-conserver-que-les = শুধু সেই তথ্য সংগ্রহ ও সংরক্ষণ করবেন যা তালিকাভুক্ত কাজের জন্য সত্যিই দরকার,
tm-nutiliser-les-informations-fournies-que = দেওয়া তথ্য শুধু তালিকাভুক্ত কাজের জন্য ব্যবহার করবেন। অন্য কাজ করতে হলে আগে ব্যবহারকারীকে জানাতে হবে এবং তার অনুমতি নিতে হবে;
tm-ne-collecter-et-conserver-que-les-2 = শুধু সেই তথ্য সংগ্রহ ও সংরক্ষণ করবেন যা তালিকাভুক্ত কাজের ক্ষেত্রের জন্য সত্যিই দরকার;
tm-nutiliser-les-informations-fournies-que-2 = দেওয়া তথ্য শুধু এই কাজগুলো করার জন্য ব্যবহার করবেন। অন্য কাজ করতে হলে আগে ব্যবহারকারীকে জানাতে হবে এবং তার অনুমতি নিতে হবে;
tm-mettre-a-jour-puis-a-supprimer = ব্যবহারকারীর সব তথ্য হালনাগাদ করবেন এবং কাজের জন্য আর দরকার না হলে মুছে ফেলবেন;
tm-respecter-la-confidentialite-des = দেওয়া তথ্যের গোপনীয়তা রক্ষা করবেন;
tm-prendre-toutes-les-precautions-pour = পাঠানো ব্যক্তিগত তথ্যের নিরাপত্তার জন্য সব সতর্কতা নেবেন।
tm-le-mandataire-sengage-a = মুক্তারপ্রাপ্ত (যিনি আপনার হয়ে কাজ করেন) প্রতিশ্রুতি দিচ্ছেন:
tm-le-present-mandat-est-accepte-et = { $name }-এর অনুমোদিত সহায়কের কাজ শেষ করতে যত সময় দরকার, ততদিনের জন্য এই মুক্তারনামা গৃহীত ও সম্মত। উপরে উল্লেখিত কাজগুলো শেষ হলে, অথবা মুক্তারদাতা বা মুক্তারপ্রাপ্ত যেকোনো সময় বাতিলের সিদ্ধান্ত নিলে মুক্তারনামা শেষ হয়।
tm-l-aidant-habilite-de-est-tenu = { $name }-এর অনুমোদিত সহায়ক যতদিন দায়িত্বে থাকবেন ততদিন মুক্তারনামা পালন করতে বাধ্য, এবং দেওয়ানি আইনের 1991 ও পরবর্তী ধারা অনুযায়ী তা পালন না করায় যে ক্ষতি হতে পারে তার দায় তার।
tm-mandat-pour-realiser-des-demarches-en-2 = স্বাস্থ্য জরুরি অবস্থার সময় «Aidants Connect» সেবার মাধ্যমে অনলাইনে কাজ করার মুক্তারনামা
tm-je-mappelle-je-suis-le-mandant = আমার নাম: { $name } (আমি মুক্তারদাতা)
tm-jautorise-cest-le-mandataire-a-realiser = আমি { $name }-কে (তিনি মুক্তারপ্রাপ্ত) আমার হয়ে নিচের প্রশাসনিক কাজগুলো করার অনুমতি দিচ্ছি: { $n }
tm-cette-autorisation-est-conforme-aux = এই অনুমতি দেওয়ানি আইনের 1984 ও পরবর্তী ধারা অনুযায়ী। কাজগুলো ইন্টারনেটে, FranceConnect ব্যবহার করা ওয়েবসাইটে বা অন্য ওয়েবসাইটে করা হবে। প্রশাসন যে সব উপায় অনুমতি দেয় (ফোন, কাগজ, ই-মেইল, …) সেভাবেও করা যেতে পারে।
tm-je-peux-annuler-mon-autorisation-a = আমি যেকোনো সময় আমার অনুমতি বাতিল করতে পারি।
tm-je-reconnais-que-laidant-habilite-par = আমি স্বীকার করছি যে { $name } অনুমোদিত সহায়ক আমাকে তার কাজের উদ্দেশ্য মনে করিয়ে দিয়েছেন এবং সংগৃহীত তথ্যের প্রয়োজন ও কাজে লাগা সম্পর্কে জানিয়েছেন;
tm-jautorise-les-aidants-habilites-par-a = আমি { $name } অনুমোদিত সহায়কদের এই মুক্তারনামার আওতায় আমার ব্যক্তিগত তথ্য ব্যবহারের অনুমতি দিচ্ছি। আমি জানি আমার সম্পর্কিত তথ্যের উপর আমার অধিকার আছে: দেখা, সংশোধন, মুছে ফেলা।
tm-pour-que-puisse-agir-a-ma = { $name } যাতে আমার হয়ে কাজ করতে পারেন:
tm-effectuer-les-demarches-listees-dans-ce = আমার দেওয়া তথ্যের ভিত্তিতে এই নথিতে তালিকাভুক্ত কাজগুলো আমার হয়ে করবেন;
tm-collecter-et-conserver-seulement-les = শুধু সেই তথ্য সংগ্রহ ও সংরক্ষণ করবেন যা এই নথিতে তালিকাভুক্ত কাজ বা তার সাথে যুক্ত কাজের জন্য দরকার;
tm-utiliser-et-communiquer-seulement-les = শুধু সেই তথ্য ব্যবহার ও অন্যকে দেবেন যা এই নথিতে তালিকাভুক্ত কাজ বা তার সাথে যুক্ত কাজের জন্য দরকার;
tm-minformer-et-demander-mon-autorisation = এই নথিতে তালিকাভুক্ত কাজের বাইরে অন্য কাজ করার আগে আমাকে জানাবেন ও আমার অনুমতি চাইবেন;
tm-mettre-a-jour-et-supprimer-lensemble = আমার সব ব্যক্তিগত তথ্য হালনাগাদ করবেন এবং আর কাজে না লাগলে মুছে ফেলবেন;
tm-sinterdire-de-rendre-publiques-mes = আমার ব্যক্তিগত তথ্য কখনো প্রকাশ করবেন না;
tm-prendre-toutes-les-precautions-pour-2 = আমার ব্যক্তিগত তথ্যের নিরাপত্তার জন্য সব সতর্কতা নেবেন।
tm-les-aidants-habilites-par-doivent = { $name } অনুমোদিত সহায়কদের অবশ্যই:
tm-a-partir-du-moment-ou-un = { $name } অনুমোদিত একজন সহায়ক যখন থেকে এই নথিতে তালিকাভুক্ত কোনো কাজ আমার হয়ে করেন, তখন থেকে তিনি এই নথিতে লেখা শর্তে তা করতে রাজি হন।
tm-les-demarches-decrites-ci-dessus-sont = উপরে বর্ণিত কাজগুলো শেষ হলে;
tm-je-decide-de-lannuler = আমি এটি বাতিলের সিদ্ধান্ত নিলে;
tm-laidant-habilite-par-decide-de-lannuler = { $name } অনুমোদিত সহায়ক এটি বাতিলের সিদ্ধান্ত নিলে;
tm-je-donne-mon-autorisation-a-une = আমি { $name } অনুমোদিত সহায়ক ছাড়া অন্য কাউকে আমার অনুমতি দিলে। সেক্ষেত্রে, আমাকে যত দ্রুত সম্ভব { $name }-কে জানাতে হবে।
tm-mon-autorisation-est-donnee-et-acceptee = আমার অনুমতি দেওয়া ও গৃহীত হয়েছে { $n }। এর আগেই শেষ হবে যদি:
tm-l-aidant-habilite-par-doit-accomplir = মুক্তারনামা বৈধ থাকা পর্যন্ত { $name } অনুমোদিত সহায়ককে এই নথিতে তালিকাভুক্ত কাজগুলো আমার হয়ে করতে হবে। { $name } অনুমোদিত সহায়ক এই নথিতে লেখা শর্ত না মানলে দায়ী হতে পারেন (দেওয়ানি আইনের 1991 ধারা)।
tm-jautorise-cest-le-mandataire-a-realiser-2 = আমি { $name }-কে (তিনি মুক্তারপ্রাপ্ত) আমার হয়ে নিচের প্রশাসনিক কাজগুলো করার অনুমতি দিচ্ছি:
tm-collecter-et-conserver-utiliser-et = শুধু সেই তথ্য সংগ্রহ, সংরক্ষণ, ব্যবহার ও অন্যকে দেবেন যা এই নথিতে তালিকাভুক্ত কাজ বা তার সাথে যুক্ত কাজের জন্য দরকার;
tm-l-aidant-habilite-par-doit-accomplir-2 = মুক্তারনামা বৈধ থাকা পর্যন্ত { $name } অনুমোদিত সহায়ককে এই নথিতে তালিকাভুক্ত কাজগুলো আমার হয়ে করতে হবে। এই নথিতে লেখা শর্ত না মানলে তিনি দায়ী হতে পারেন (দেওয়ানি আইনের 1991 ধারা)।
tm-fait-a-le-2 = { $display_address }, { $display_city }-এ, { $date } তারিখে লেখা হলো
tm-jautorise-cest-le-mandataire-a-realiser-3 = আমি { $name }-কে (তিনি মুক্তারপ্রাপ্ত) আমার পক্ষে নিচের প্রশাসনিক কাজগুলো করার অনুমতি দিচ্ছি:
tm-pour-que-puisse-agir-pour-mon = { $name } যাতে আমার পক্ষে কাজ করতে পারেন:
tm-effectuer-les-demarches-listees-dans-ce-2 = আমার দেওয়া তথ্যের ভিত্তিতে এই নথিতে তালিকাভুক্ত কাজগুলো আমার পক্ষে করবেন;
tm-a-partir-du-moment-ou-un-2 = { $name } অনুমোদিত একজন সহায়ক যখন থেকে এই নথিতে তালিকাভুক্ত কোনো কাজ আমার পক্ষে করেন, তখন থেকে তিনি এই নথিতে লেখা শর্তে তা করতে রাজি হন।
tm-l-aidant-habilite-par-doit-accomplir-3 = মুক্তারনামা বৈধ থাকা পর্যন্ত { $name } অনুমোদিত সহায়ককে এই নথিতে তালিকাভুক্ত কাজগুলো আমার পক্ষে করতে হবে। এই নথিতে লেখা শর্ত না মানলে তিনি দায়ী হতে পারেন (দেওয়ানি আইনের 1991 ধারা)।
tm-mandat-pour-realiser-des-demarches-en-3 = «Aidants Connect» সেবার মাধ্যমে অনলাইনে কাজ করার মুক্তারনামা
tm-je-mappelle-et-je-suis-le = আমার নাম { $name } এবং আমি মুক্তারদাতা।
tm-jautorise-en-tant-que-mandataire-a = আমি { $name }-কে, মুক্তারপ্রাপ্ত হিসেবে, আমার পক্ষে নিচের প্রশাসনিক কাজগুলো করার অনুমতি দিচ্ছি:
tm-je-declare-ne-pas-faire-l = আমি ঘোষণা করছি যে আমি কোনো আইনি সুরক্ষা ব্যবস্থার (sauvegarde de justice, tutelle বা curatelle) অধীনে নেই।
tm-jautorise-les-aidants-habilites-par-a-2 = আমি { $name } অনুমোদিত সহায়কদের এই মুক্তারনামার আওতায় আমার ব্যক্তিগত তথ্য ব্যবহারের অনুমতি দিচ্ছি। আমি জানি আমার সম্পর্কিত তথ্যের উপর আমার অধিকার আছে: দেখা, জানা, সংশোধন, সীমিত করা, মুছে ফেলা।
tm-quand-un-aidant-habilite-par-realise = { $name } অনুমোদিত একজন সহায়ক যখন উপরে তালিকাভুক্ত কোনো কাজ আমার পক্ষে করেন, তখন তিনি এই নথিতে লেখা শর্ত ও সময় অনুযায়ী তা করার প্রতিশ্রুতি দেন, নাহলে তার দেওয়ানি ও ফৌজদারি দায় হবে।
tm-prendre-toutes-les-precautions-pour-3 = আমার ব্যক্তিগত তথ্যের নিরাপত্তা ও গোপনীয়তার জন্য সব সতর্কতা নেবেন।
tm-un-aidant-habilite-par-decide-de = { $name } অনুমোদিত একজন সহায়ক এটি বাতিলের সিদ্ধান্ত নিলে;
tm-fait-a-le-3 = { $display_address }, { $zipcode } { $display_city }-এ, { $date } তারিখে লেখা হলো
tm-prenom-nom-et-signature-du-mandataire = মুক্তারপ্রাপ্তের (সহায়কের) প্রথম নাম, পারিবারিক নাম ও সই
tm-prenom-nom-et-signature-du-mandant = মুক্তারদাতার (ব্যবহারকারীর) প্রথম নাম, পারিবারিক নাম ও সই
tm-il-y-a-des-erreurs-dans = ফর্মে ভুল আছে
tm-lisez-ces-mentions-a-lusager = এই লেখাগুলো ব্যবহারকারীকে পড়ে শোনান
tm-le-mandat-est-une-autorisation-ecrite = মুক্তারনামা হলো একটি লিখিত অনুমতি, যা সহায়ককে আপনার হয়ে প্রশাসনিক কাজ করতে দেয়। এটি আপনাকে এবং আপনাকে সাহায্যকারী সহায়ককে সুরক্ষা দেয়। আপনি যেকোনো সময় এটি শেষ করতে পারেন।
tm-une-fois-ce-mandat-signe-par = দুই পক্ষ এই মুক্তারনামায় সই করলে, সহায়ক প্রতিশ্রুতি দেন:
tm-realiser-les-demarches-listees-dans-le = আপনার দেওয়া তথ্যের ভিত্তিতে মুক্তারনামায় তালিকাভুক্ত কাজগুলো করবেন;
tm-utiliser-et-enregistrer-seulement-les = শুধু এই কাজগুলোর জন্য দরকারি তথ্য ব্যবহার ও সংরক্ষণ করবেন;
tm-ne-pas-effectuer-dautres-demarches-que = মুক্তারনামায় তালিকাভুক্ত কাজের বাইরে অন্য কোনো কাজ করবেন না;
tm-securiser-lensemble-de-vos-informations = আপনার সব তথ্য সুরক্ষিত রাখবেন এবং আর কাজে না লাগলে মুছে ফেলবেন।
tm-connectez-lusager-a-franceconnect = ব্যবহারকারীকে FranceConnect-এ লগ ইন করান
tm-recapitulatif-du-mandat-a-distance = দূর থেকে করা মুক্তারনামার সারসংক্ষেপ
tm-elements-du-mandat = মুক্তারনামার বিষয়গুলো
tm-validation-de-lusager = ব্যবহারকারীর সম্মতি
tm-en-cochant-ces-cases-confirme = এই বাক্সগুলোতে টিক দিয়ে { $name } নিশ্চিত করছেন:
tm-validation-de-laidant = সহায়কের সম্মতি
tm-enregistrer-le-mandat = মুক্তারনামা সংরক্ষণ করুন

## aidants: login

tm-vous-etes-un-particulier = আপনি কি একজন সাধারণ ব্যক্তি?
tm-aidants-connect-n-est-pas-un = Aidants Connect সাধারণ ব্যক্তি বা কাউকে সাহায্যকারী আত্মীয়দের জন্য কোনো টুল নয়।
tm-vous-rencontrez-un-probleme-lors-de = France Connect দিয়ে লগ ইন করতে বা সরকারি সেবার (CAF, কর, ANTS...) আপনার ব্যক্তিগত পাতায় যেতে সমস্যা হচ্ছে? এর জন্য নির্দিষ্ট সাহায্য পাতা দেখুন।
tm-vous-rencontrez-des-difficultes-avec-le = কম্পিউটার ও ইন্টারনেট ব্যবহারে অসুবিধা হচ্ছে, আর কাজ করতে বা নিজে শিখতে বিশেষ সহায়তা চান? আপনার কাছাকাছি একটি জায়গা খুঁজুন।

## aidants: aidants_connect_common

tm-adresse-e-mail = ই-মেইল ঠিকানা

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = মোবাইল নম্বর
tm-format-attendu-10-chiffres = সঠিক ধরন: 10টি অঙ্ক
tm-format-attendu-6-chiffres = সঠিক ধরন: 6টি অঙ্ক
tm-selectionnez-la-ou-les-demarches = কাজটি বা কাজগুলো বেছে নিন
tm-choisissez-la-duree-du-mandat = মুক্তারনামার মেয়াদ বেছে নিন
tm-code-a-6-chiffres = 6 অঙ্কের কোড
tm-choisir = বেছে নিন…
tm-exemple-prenom-nom-exemple-fr = উদাহরণ: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = নতুন ই-মেইল ঠিকানা
tm-erreur-veuillez-saisir-uniquement-des = ভুল: অনুগ্রহ করে শুধু সঠিক ই-মেইল ঠিকানা লিখুন।
tm-telephone-mobile = মোবাইল ফোন

## dsfr: component/checkbox

tm-libelle-checkbox = টিক বক্সের নাম
tm-libelle-checkbox-sub-et-sup = নিচের ও উপরের লেখাসহ টিক বক্সের নাম
tm-libelle-case-a-cocher = টিক বক্সের নাম
tm-theme-clair = হালকা রং
tm-theme-sombre = গাঢ় রং
tm-systeme = সিস্টেম
tm-legende-pour-lensemble-des-elements = সব অংশের শিরোনাম
tm-choisissez-un-theme-pour-personnaliser = ওয়েবসাইট দেখতে কেমন হবে তা বদলাতে একটি রং-ধরন বেছে নিন।
tm-texte-de-description-additionnel = অতিরিক্ত বর্ণনার লেখা
tm-utilise-les-parametres-systeme = সিস্টেমের সেটিংস ব্যবহার করে
tm-extrait-de-code = কোডের অংশ
tm-libelle-bouton = বোতামের নাম
tm-texte-derreur-obligatoire = ভুলের লেখা আবশ্যক
tm-texte-de-validation = যাচাইয়ের লেখা
tm-verifier-ma-demande = আমার আবেদন যাচাই করুন
tm-supprimer-le-justificatif-de-domicile = ঠিকানার প্রমাণ মুছে ফেলুন
tm-la-case-a-cocher-permet-a = টিক বক্স দিয়ে ব্যবহারকারী একটি তালিকা থেকে এক বা একাধিক বিকল্প বেছে নিতে পারেন। একাধিক জিনিস বেছে নিতে (0 থেকে N টি), অথবা দুটির মধ্যে একটি বেছে নিতে এটি ব্যবহার হয়, যখন ব্যবহারকারী একটি বিকল্প বেছে নিতে বা বাদ দিতে পারেন।
tm-dsfr-v1-15-3 = DSFR সংস্করণ 1.15.3
tm-retour = ফিরে যান
tm-case-a-cocher-checkbox = টিক বক্স (checkbox)
tm-case-a-cocher-seule = একটি মাত্র টিক বক্স
tm-case-a-cocher-seule-exemple-avec = একটি মাত্র টিক বক্স, নিচের ও উপরের লেখাসহ উদাহরণ
tm-case-a-cocher-avec-texte-daide = সাহায্যের লেখাসহ টিক বক্স
tm-case-a-cocher-seule-validee = একটি মাত্র টিক বক্স, সঠিক
tm-case-a-cocher-seule-avec-erreur = ভুলসহ একটি মাত্র টিক বক্স
tm-case-a-cocher-seule-indeterminee = একটি মাত্র টিক বক্স, অনির্ধারিত
tm-ensemble-de-cases-a-cocher = টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-petite = টিক বক্সের দল, ছোট আকার
tm-ensemble-de-cases-a-cocher-desactivees = বন্ধ করা টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-en = এক লাইনে টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-avec = সাহায্যের লেখাসহ টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-avec-2 = ভুলসহ টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-validees = সঠিক টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-avec-3 = ভুলসহ টিক বক্সের দল, এক লাইনে
tm-ensemble-de-cases-a-cocher-validees-2 = সঠিক টিক বক্সের দল, এক লাইনে
tm-ensemble-de-cases-a-cocher-avec-4 = বিশেষ সাহায্যের লেখাসহ টিক বক্সের দল
tm-ensemble-de-cases-a-cocher-avec-5 = বিশেষ সাহায্যের লেখাসহ টিক বক্সের দল, ছোট আকার
tm-autres-versions = অন্য সংস্করণ
tm-parametres-daffichage = দেখানোর সেটিংস

## dsfr: component/input

tm-libelle-champ-de-saisie = লেখার ঘরের নাম
tm-envoyer = পাঠান
tm-supprimer-le-champ = ঘরটি মুছুন
tm-placeholder = ঘরের ভিতরের উদাহরণ লেখা (placeholder)
tm-champ-de-saisie-input = লেখার ঘর (input)
tm-les-champs-permettent-a-un-utilisateur = ঘরগুলিতে ব্যবহারকারী বিষয়বস্তু ও তথ্য লিখতে পারেন।
tm-champ-de-type-text = «লেখা» ধরনের ঘর (text)
tm-champ-de-type-number = «সংখ্যা» ধরনের ঘর (number)
tm-champ-de-type-search = «খোঁজ» ধরনের ঘর (search)
tm-champ-de-type-date = «তারিখ» ধরনের ঘর (date)
tm-preferez-l-utilisation-du-modele-de = একটি তারিখের ঘরের নমুনা ব্যবহার করাই ভালো
tm-champ-de-type-textarea = «লম্বা লেখা» ধরনের ঘর (textarea)
tm-champ-de-type-password = «পাসওয়ার্ড» ধরনের ঘর (password)
tm-preferez-l-utilisation-du-composant-mot = «পাসওয়ার্ড» অংশটি ব্যবহার করাই ভালো
tm-combo-champ-bouton-d-envoi = পাঠানোর বোতামসহ ঘর
tm-combo-champ-bouton-d-action = কাজের বোতামসহ ঘর
tm-champ-avec-placeholder = ভিতরে উদাহরণ লেখাসহ ঘর
tm-champ-avec-valeur-initiale = শুরুর মানসহ ঘর
tm-champ-avec-icone-personalisee = বিশেষ চিহ্নসহ (icon) ঘর
tm-champ-desactive = বন্ধ করা ঘর
tm-champ-avec-texte-additionnel = অতিরিক্ত লেখাসহ ঘর
tm-champ-valide-avec-texte-de-succes = সফল হওয়ার লেখাসহ সঠিক ঘর
tm-champ-en-erreur-avec-texte-d = ভুলের লেখাসহ ভুল থাকা ঘর

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] কমপক্ষে { $n }টি অক্ষর
       *[other] কমপক্ষে { $n }টি অক্ষর
    }
tm-la-demande-de-mot-de-passe = পাসওয়ার্ডের ঘর ব্যবহারকারীকে পাসওয়ার্ড তৈরি করতে বা লিখতে সাহায্য করে।
tm-mot-de-passe-password = পাসওয়ার্ড (password)
tm-mot-de-passe-avec-description = বর্ণনাসহ পাসওয়ার্ড
tm-mot-de-passe-apres-validation = যাচাইয়ের পরে পাসওয়ার্ড
tm-mot-de-passe-de-connexion = লগ ইনের পাসওয়ার্ড

## dsfr: component/radio

tm-libelle-bouton-radio = একটি বেছে নেওয়ার বোতামের (radio) নাম
tm-libelle-radio-sup-sub = উপরের ও নিচের লেখাসহ একটি বেছে নেওয়ার বোতামের নাম
tm-le-bouton-radio-permettent-a = একটি বেছে নেওয়ার বোতাম (radio) দিয়ে ব্যবহারকারী একটি তালিকা থেকে শুধু একটি বিকল্প বেছে নিতে পারেন।
tm-bouton-radio-radio = একটি বেছে নেওয়ার বোতাম (radio)
tm-bouton-radio-simple = সাধারণ একটি বেছে নেওয়ার বোতাম
tm-ensemble-de-boutons-radio = একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-petite-taille = একটি বেছে নেওয়ার বোতামের দল, ছোট আকার
tm-ensemble-de-boutons-radio-desactivees = বন্ধ করা একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-en-ligne = এক লাইনে একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-avec-texte = সাহায্যের লেখাসহ একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-avec-erreur = ভুলসহ একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-avec-erreur-2 = ভুলসহ একটি বেছে নেওয়ার বোতামের দল, এক লাইনে
tm-ensemble-de-boutons-radio-valides = সঠিক একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-valides-en = সঠিক একটি বেছে নেওয়ার বোতামের দল, এক লাইনে
tm-ensemble-de-boutons-radio-avec-texte-2 = বিশেষ সাহায্যের লেখাসহ একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-avec-texte-3 = বিশেষ সাহায্যের লেখাসহ একটি বেছে নেওয়ার বোতামের দল, ছোট আকার
tm-ensemble-de-boutons-radio-libelle-en = একটি বেছে নেওয়ার বোতামের দল, নাম নিচের ও উপরের লেখায়
tm-bouton-radio-riche = বড় একটি বেছে নেওয়ার বোতাম (ছবিসহ)
tm-ensemble-de-boutons-radio-riches-simple = বড় একটি বেছে নেওয়ার বোতামের দল, সাধারণ
tm-ensemble-de-boutons-radio-riches-en = বড় একটি বেছে নেওয়ার বোতামের দল, এক লাইনে, সাধারণ
tm-ensemble-de-boutons-radio-riches-sans = ছবি ছাড়া বড় একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-riches-sans-2 = ছবি ছাড়া বড় একটি বেছে নেওয়ার বোতামের দল, এক লাইনে
tm-ensemble-de-boutons-radio-riches-avec = সাহায্যের লেখাসহ বড় একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-riches-avec-2 = সাহায্যের লেখাসহ বড় একটি বেছে নেওয়ার বোতামের দল, এক লাইনে
tm-ensemble-de-boutons-radio-riches-avec-3 = ভুল ও সাহায্যের লেখাসহ বড় একটি বেছে নেওয়ার বোতামের দল
tm-ensemble-de-boutons-radio-riches-avec-4 = ভুল ও সাহায্যের লেখাসহ বড় একটি বেছে নেওয়ার বোতামের দল, এক লাইনে
tm-ensemble-de-boutons-radio-riches = বন্ধ করা বড় একটি বেছে নেওয়ার বোতামের দল

## dsfr: component/select

tm-libelle-pour-liste-deroulante = ড্রপডাউন তালিকার নাম
tm-option = বিকল্প { $n }
tm-selectionnez-une-option = একটি বিকল্প বেছে নিন
tm-la-liste-deroulante-permet-a-un = ড্রপডাউন তালিকা দিয়ে ব্যবহারকারী একটি নির্দিষ্ট তালিকা থেকে একটি জিনিস বেছে নিতে পারেন।
tm-liste-deroulante-select = ড্রপডাউন তালিকা (select)
tm-liste-deroulante-par-defaut = সাধারণ ড্রপডাউন তালিকা
tm-liste-deroulante-desactivee = বন্ধ করা ড্রপডাউন তালিকা
tm-liste-deroulante-avec-texte-de = বর্ণনার লেখাসহ ড্রপডাউন তালিকা
tm-liste-deroulante-valide = সঠিক ড্রপডাউন তালিকা
tm-liste-deroulante-erreur = ভুলসহ ড্রপডাউন তালিকা
tm-liste-deroulante-avec-groupe-d-options = বিকল্পের দলসহ ড্রপডাউন তালিকা

## dsfr: component/upload

tm-ajouter-un-fichier = একটি ফাইল যোগ করুন
tm-ajouter-des-fichiers = ফাইল যোগ করুন
tm-ce-composant-permet-aux-utilisateurs-de = এই অংশ দিয়ে ব্যবহারকারীরা এক বা একাধিক ফাইল বেছে নিয়ে পাঠাতে পারেন।
tm-ajout-de-fichier-upload = ফাইল যোগ করা (upload)
tm-bouton-upload-1-seul-fichier = শুধু একটি ফাইল আপলোডের বোতাম
tm-bouton-upload-avec-erreur = ভুলসহ আপলোডের বোতাম
tm-bouton-upload-fichiers-multiples = একাধিক ফাইল আপলোডের বোতাম
tm-bouton-upload-desactive = বন্ধ করা আপলোডের বোতাম

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = [সেবা বা সাইটের নাম]-এ লগ ইন
tm-format-attendu = সঠিক ধরন: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect হলো সরকারের দেওয়া একটি উপায়, যাতে অনলাইন সেবায় লগ ইন আরও নিরাপদ ও সহজ হয়।
tm-se-connecter-avec-franceconnect = FranceConnect দিয়ে লগ ইন করুন
tm-vous-navez-pas-de-compte = অ্যাকাউন্ট নেই?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = আপনার অ্যাকাউন্টের পাসওয়ার্ড ফিরে পাওয়া
tm-description-veuillez-saisir-ladresse = বর্ণনা — অনুগ্রহ করে আপনার অ্যাকাউন্টের সাথে যুক্ত ই-মেইল ঠিকানা লিখুন। পাসওয়ার্ড বদলানোর জন্য আমরা আপনাকে আরও তথ্য পাঠাব
tm-recuperation-de-mot-de-passe-sur = [সেবা বা সাইটের নাম]-এ পাসওয়ার্ড ফিরে পাওয়া

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = বিস্তারিত — যদি কোনো ই-মেইল না পেয়ে থাকেন (অবাঞ্ছিত বার্তার ফোল্ডারও দেখুন), তাহলে আপনার ই-মেইল ঠিকানা আবার লিখতে পারেন।
tm-votre-demande-de-recuperation-de-mot = পাসওয়ার্ড ফিরে পাওয়ার আবেদন পাঠানো হয়েছে। কিছুক্ষণের মধ্যে আপনি একটি ই-মেইল পাবেন।

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = লগ ইনের পাতা

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = [সেবা বা সাইটের নাম]-এ অ্যাকাউন্ট খোলা
tm-se-creer-un-compte-en-choisissant = একটি ব্যবহারকারীর নাম বেছে নিয়ে অ্যাকাউন্ট খুলুন
tm-sauf-mention-contraire-tous-les-champs = অন্য কিছু লেখা না থাকলে সব ঘর পূরণ করা আবশ্যক।

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = ব্যবহারকারীর নাম বেছে নিন
tm-etape-sur = ধাপ { $n } / { $count }
tm-etape-suivante-renseigner-une-identite = পরের ধাপ: পরিচয়ের তথ্য লেখা

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = মহিলা
tm-masculin = পুরুষ
tm-je-n-ai-pas-de-prenom = আমার প্রথম নাম নেই
tm-identite-personnelle = ব্যক্তিগত পরিচয়
tm-sexe = লিঙ্গ
tm-renseigner-une-identite = পরিচয়ের তথ্য লেখা
tm-etape-suivante-saisir-des-coordonnees = পরের ধাপ: যোগাযোগের তথ্য লেখা

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = ঠিকানার বাকি অংশ (ঐচ্ছিক)
tm-coordonnees-personnelles = ব্যক্তিগত যোগাযোগের তথ্য
tm-adresse-postale = ডাক ঠিকানা
tm-indication-numero-et-voie = নির্দেশনা: বাড়ির নম্বর ও রাস্তার নাম
tm-indication-batiment-immeuble-escalier-et = নির্দেশনা: ভবন, বাড়ি, সিঁড়ি ও ফ্ল্যাট নম্বর
tm-exemple-montpellier = উদাহরণ: Montpellier
tm-saisir-des-coordonnees = যোগাযোগের তথ্য লেখা

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = অ্যাকাউন্ট খোলার পাতা

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = আপনার অ্যাকাউন্ট খোলা হয়েছে। কিছুক্ষণের মধ্যে আপনি নিশ্চিত করার লিংকসহ একটি ই-মেইল পাবেন।

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = আপনার অ্যাকাউন্ট চালু হয়েছে। এখন থেকেই আপনি এটি ব্যবহার করতে পারেন।

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = জায়গার নাম (lieu-dit), উপ-পৌরসভা (commune déléguée) বা পোস্ট বক্স
tm-numero = নম্বর
tm-voie = রাস্তা
tm-batiment = ভবন
tm-immeuble = আবাসিক ভবন
tm-escalier = সিঁড়ি
tm-numero-d-appartement = ফ্ল্যাট নম্বর
tm-complement-d-adresse-postale = ডাক ঠিকানার বাকি অংশ
tm-la-demande-dadresse-postale-permet = ডাক ঠিকানার ঘর ব্যবহারকারীকে তার ঠিকানা লিখতে সাহায্য করে।
tm-bloc-fonctionnel-d-adresse-postale = ডাক ঠিকানার ঘরের দল (address)
tm-demande-dune-adresse-postale-nationale = ফ্রান্সের ডাক ঠিকানা চাওয়া
tm-demande-dune-adresse-postale-nationale-2 = ফ্রান্সের ডাক ঠিকানা চাওয়া + জায়গার নাম, উপ-পৌরসভা বা পোস্ট বক্স
tm-complement-d-adresse = ঠিকানার বাকি অংশ

## dsfr: layout/pattern/civility

tm-docteur = ডাক্তার
tm-inspecteur = পরিদর্শক (inspecteur)
tm-sans-reponse = উত্তর নেই
tm-titre-dappel = সম্বোধন (আপনাকে কীভাবে ডাকা হবে)
tm-demande-de-situation-familiale = পারিবারিক অবস্থা জানতে চাওয়া
tm-demande-du-titre-dappel = সম্বোধন জানতে চাওয়া
tm-concubinage = বিয়ে ছাড়া একসাথে বসবাস
tm-pacse = PACS চুক্তিতে আবদ্ধ
tm-marie = বিবাহিত
tm-veuf = বিপত্নীক (স্ত্রী মারা গেছেন)
tm-divorce = তালাকপ্রাপ্ত
tm-recteur = শিক্ষা অঞ্চলের প্রধান (recteur)
tm-proviseur = উচ্চ মাধ্যমিক বিদ্যালয়ের (lycée) প্রধান
tm-professeur = শিক্ষক
tm-principal = মাধ্যমিক বিদ্যালয়ের (collège) প্রধান
tm-la-demande-de-civilite-permet-a = ব্যক্তিগত অবস্থার ঘরে ব্যবহারকারী তার তথ্য দিতে পারেন (লিঙ্গ, পারিবারিক অবস্থা, সম্বোধন)।
tm-les-boutons-radios-sont-recommandes = ব্যবহারকারীকে যখন 2 থেকে 5টি বিকল্পের মধ্যে একটি বেছে নিতে হয়, তখন একটি বেছে নেওয়ার বোতাম (radio) ব্যবহারের পরামর্শ দেওয়া হয়।
tm-au-dela-de-5-choix-ou = 5টির বেশি বিকল্প থাকলে বা জায়গা যথেষ্ট না হলে, ড্রপডাউন তালিকা ব্যবহার করাই ভালো।
tm-bloc-fonctionnel-de-civilite-civility = ব্যক্তিগত অবস্থার ঘরের দল (civility)
tm-demande-du-sexe = লিঙ্গ জানতে চাওয়া

## dsfr: layout/pattern/company

tm-numero-de-siret = SIRET নম্বর
tm-denomination = প্রতিষ্ঠানের নাম
tm-cedex = Cedex (প্রতিষ্ঠানের জন্য বিশেষ পোস্ট কোড)
tm-type-de-societe = কোম্পানির ধরন
tm-nom-d-usage = যে নাম ব্যবহার করেন
tm-nom-de-naissance = জন্মের সময়ের পারিবারিক নাম
tm-fonction-dans-la-societe = কোম্পানিতে পদ
tm-siret-de-l-entreprise = প্রতিষ্ঠানের SIRET নম্বর
tm-representant-moral-de-l-entreprise = প্রতিষ্ঠানের আইনগত প্রতিনিধি
tm-indication-nom-de-famille-non-rectifie = নির্দেশনা: আদালতের সিদ্ধান্তে সংশোধনের আগের পারিবারিক নাম।
tm-france = ফ্রান্স
tm-allemagne = জার্মানি
tm-italie = ইতালি
tm-espagne = স্পেন
tm-royaume-uni = যুক্তরাজ্য
tm-entrepreneur-individuel-ei = একক ব্যবসায়ী (EI)
tm-entreprise-unipersonnelle-a = এক ব্যক্তির সীমিত দায়ের কোম্পানি (EURL)
tm-societe-a-responsabilite-limitee-sarl = সীমিত দায়ের কোম্পানি (SARL)
tm-societe-par-actions-simplifiee = এক ব্যক্তির সরল শেয়ার কোম্পানি (SASU)
tm-societe-par-actions-simplifiee-sas = সরল শেয়ার কোম্পানি (SAS)
tm-societe-anonyme-sa = শেয়ার কোম্পানি (SA)
tm-societe-en-nom-collectif-snc = যৌথ নামের অংশীদারি কোম্পানি (SNC)
tm-societe-en-commandite-simple-scs = সাধারণ সীমিত অংশীদারি কোম্পানি (SCS)
tm-societe-en-commandite-par-actions-sca = শেয়ারভিত্তিক সীমিত অংশীদারি কোম্পানি (SCA)
tm-la-demande-de-renseignement-sur-la = কোম্পানির তথ্যের ঘর ব্যবহারকারীকে তার কোম্পানির তথ্য লিখতে সাহায্য করে।
tm-bloc-fonctionnel-de-societe-company = কোম্পানির ঘরের দল (company)
tm-demande-d-un-numero-de-siret = SIRET নম্বর চাওয়া
tm-demande-dune-adresse-de-siege-social = কোম্পানির প্রধান কার্যালয়ের ঠিকানা চাওয়া
tm-demande-dun-type-de-societe = কোম্পানির ধরন জানতে চাওয়া
tm-demande-dun-representant-moral = আইনগত প্রতিনিধি জানতে চাওয়া

## dsfr: layout/pattern/date

tm-indication-texte-de-description = নির্দেশনা: অতিরিক্ত বর্ণনার লেখা
tm-exemple-2 = উদাহরণ: { $n }
tm-le-jour-est-invalide = দিনটি সঠিক নয়
tm-le-mois-est-invalide = মাসটি সঠিক নয়
tm-lannee-est-invalide = বছরটি সঠিক নয়
tm-le-jour-est-invalide-le-mois-est = দিনটি সঠিক নয় মাসটি সঠিক নয় বছরটি সঠিক নয়
tm-la-date-est-posterieure-a-aujourdhui = তারিখটি আজকের পরের (ভবিষ্যতের)
tm-le-champ-de-saisie-de-date = তারিখের ঘর তিনটি লেখার ঘর দিয়ে তৈরি।
tm-bloc-fonctionnel-de-date-unique-date = একটি তারিখের ঘরের দল (date)
tm-defaut = সাধারণ
tm-erreur-unitaire = একটি ঘরে ভুল
tm-erreur-globale = সামগ্রিক ভুল

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = নির্দেশনা: এই ঠিকানা শুধু সেবায় লগ ইন করার জন্য ব্যবহার হয়।
tm-le-format-de-ladresse-electronique = আপনি যে ই-মেইল ঠিকানা লিখেছেন তার ধরন সঠিক নয়। সঠিক ধরন: { $email }
tm-la-demande-d-email-est-un = ই-মেইলের ঘর হলো একটি দল, যেখানে ই-মেইল ঠিকানা লেখা যায়।
tm-bloc-fonctionnel-de-demande-d-email = ই-মেইলের ঘরের দল (email)
tm-demande-d-une-adresse-electronique = ই-মেইল ঠিকানা চাওয়া
tm-demande-d-une-adresse-electronique-2 = ই-মেইল ঠিকানা চাওয়া - ভুল
tm-demande-et-indication-de-traitement-dune = ই-মেইল ঠিকানা চাওয়া ও তা কীভাবে ব্যবহার হবে তা জানানো
tm-demande-et-indication-de-traitement-dune-2 = ই-মেইল ঠিকানা চাওয়া ও তা কীভাবে ব্যবহার হবে তা জানানো - ভুল

## dsfr: layout/pattern/name

tm-indication-ancien-nom = নির্দেশনা: আগের নাম…
tm-ajouter-un-prenom = একটি প্রথম নাম যোগ করুন
tm-la-demande-de-nom-et-prenom = নাম ও প্রথম নামের ঘর ব্যবহারকারীকে তার পারিবারিক নাম ও প্রথম নাম লিখতে সাহায্য করে।
tm-bloc-fonctionnel-de-nom-et-prenom = পারিবারিক নাম ও প্রথম নামের ঘরের দল (name)
tm-demande-dun-nom-et-dun-prenom = ফ্রান্সে পারিবারিক নাম ও প্রথম নাম চাওয়া
tm-avec-prenom-desactive = প্রথম নামের ঘর বন্ধ অবস্থায়
tm-avec-nom-d-usage = ব্যবহৃত নামসহ
tm-avec-nom-d-usage-prenom-desactive = ব্যবহৃত নামসহ + প্রথম নামের ঘর বন্ধ
tm-avec-bouton = বোতামসহ
tm-avec-bouton-prenom-desactive = বোতামসহ + প্রথম নামের ঘর বন্ধ
tm-demande-dun-nom-et-dun-prenom-2 = ফ্রান্সের বাইরে পারিবারিক নাম ও প্রথম নাম চাওয়া

## dsfr: layout/pattern/nationality

tm-nationalite = জাতীয়তা
tm-allemande = জার্মান
tm-italienne = ইতালীয়
tm-espagnole = স্প্যানিশ
tm-la-demande-de-nationalite-permet-daider = জাতীয়তার ঘর ব্যবহারকারীকে তার জাতীয়তা লিখতে সাহায্য করে।
tm-bloc-fonctionnel-de-nationalite = জাতীয়তার ঘরের দল (nationality)
tm-demande-de-nationalite = জাতীয়তা জানতে চাওয়া

## dsfr: layout/pattern/tel

tm-numero-de-telephone = ফোন নম্বর
tm-format-attendu-33-5-36-49 = সঠিক ধরন: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = আপনি যে ফোন নম্বর লিখেছেন তার ধরন সঠিক নয়। সঠিক ধরন: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = ফোন নম্বরের ঘর হলো একটি দল, যেখানে ফোন নম্বর লেখা যায়।
tm-bloc-fonctionnel-de-telephone-tel = ফোনের ঘরের দল (tel)
tm-demande-d-un-numero-de-telephone = ফোন নম্বর চাওয়া
tm-demande-d-un-numero-de-telephone-2 = ফোন নম্বর চাওয়া - ভুল

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = রেসিডেন্স পারমিটের আবেদন – ব্যক্তিগত ও পারিবারিক জীবন
tm-identite-et-situation-familiale = পরিচয় ও পারিবারিক অবস্থা
tm-les-champs-suivis-dun-asterisque-sont = যে ঘরের পরে তারা চিহ্ন ( * ) আছে, সেগুলো পূরণ করা আবশ্যক।
tm-si-vous-avez-plusieurs-prenoms-indiquez = আপনার একাধিক প্রথম নাম থাকলে সবগুলো লিখুন, কমা (,) দিয়ে আলাদা করে।
tm-algerienne = আলজেরীয়
tm-afghane = আফগান
tm-erythreenne = ইরিত্রীয়
tm-georgienne = জর্জীয়
tm-ukrainienne = ইউক্রেনীয়
tm-votre-situation-a-la-date-de = আবেদনের তারিখে আপনার অবস্থা
tm-avez-vous-des-enfants-a-charge = আপনার কি এমন সন্তান আছে যারা আপনার উপর নির্ভরশীল (যাদের খরচ আপনি দেন)?
tm-nom-et-prenom-du-conjoint = স্বামী বা স্ত্রীর পারিবারিক নাম ও প্রথম নাম
tm-date-du-mariage = বিয়ের তারিখ
tm-date-de-conclusion-du-pacs = PACS চুক্তি স্বাক্ষরের তারিখ
tm-ajouter-un-enfant = একটি সন্তান যোগ করুন
tm-enfant-n = সন্তান নং { $numero }
tm-prenom-de-lenfant = সন্তানের প্রথম নাম
tm-date-de-naissance-de-lenfant = সন্তানের জন্মতারিখ
tm-supprimer-lenfant-n = সন্তান নং { $numero } মুছুন
tm-etape-suivante-recapitulatif = পরের ধাপ: সারসংক্ষেপ
tm-exemple-06-12-34-56-78 = উদাহরণ: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10টি অঙ্ক, এটি আপনার রেসিডেন্স পারমিট বা রসিদে (récépissé) লেখা আছে
tm-jatteste-sur-lhonneur-lexactitude-des = আমি সম্মানের সাথে ঘোষণা করছি যে আমার দেওয়া তথ্য সঠিক
tm-une-erreur-est-survenue-votre-dossier = একটি ভুল হয়েছে। আপনার ফাইল জমা দেওয়া যায়নি। চিহ্নিত ঘরগুলো ঠিক করে আবার আপনার ফাইল জমা দিন।
tm-le-champ-adresse-electronique-est = «ই-মেইল ঠিকানা» (Adresse électronique) ঘরটি সঠিক নয়। একটি সঠিক ই-মেইল ঠিকানা লিখুন, যেমন nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = «বিদেশি নম্বর» (Numéro étranger) ঘরে 10টি অঙ্ক থাকতে হবে
tm-recapitulatif = সারসংক্ষেপ
tm-votre-dossier-a-bien-ete-depose = আপনার ফাইল জমা হয়েছে
tm-un-courriel-de-confirmation-vous-a = { $email } ঠিকানায় আপনাকে একটি নিশ্চিতকরণ ই-মেইল পাঠানো হয়েছে।
tm-enfants-a-charge = নির্ভরশীল সন্তান

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = অ্যাপয়েন্টমেন্ট নেওয়া – রেসিডেন্স পারমিটের কাউন্টার
tm-vous-pouvez-prendre-rendez-vous-au = আপনি préfecture-এর «রেসিডেন্স পারমিট» (Titres de séjour) কাউন্টারে অ্যাপয়েন্টমেন্ট নিতে পারেন। শুরু করার আগে সেবা ব্যবহারের শর্তগুলো পড়ুন: প্রতি জনের জন্য শুধু একটি অ্যাপয়েন্টমেন্ট, আর অসম্পূর্ণ যেকোনো আবেদন বাতিল করা হবে।
tm-jaccepte-les-conditions-generales = আমি ব্যবহারের সাধারণ শর্তগুলো মেনে নিচ্ছি
tm-vos-informations = আপনার তথ্য
tm-choisissez-le-motif-qui-correspond-a = আপনার অবস্থার সাথে মেলে এমন কারণটি বেছে নিন
tm-remise-de-titre-de-sejour = রেসিডেন্স পারমিট হাতে নেওয়া
tm-premiere-demande-de-titre-de-sejour = রেসিডেন্স পারমিটের প্রথম আবেদন – ছাত্র
tm-renouvellement-de-titre-de-sejour = রেসিডেন্স পারমিট নবায়ন – বেতনভোগী কর্মী
tm-duplicata-de-titre-de-sejour-perte = রেসিডেন্স পারমিটের নতুন কপি (হারানো বা চুরি)
tm-changement-dadresse-sur-le-titre-de = রেসিডেন্স পারমিটে ঠিকানা বদল
tm-tel-quil-figure-sur-votre-passeport = আপনার পাসপোর্টে যেভাবে লেখা আছে
tm-la-convocation-vous-sera-envoyee-a = ডাকপত্র (convocation) এই ঠিকানায় আপনাকে পাঠানো হবে
tm-etape-suivante = পরের ধাপ
tm-veuillez-choisir-le-motif-de-votre = অনুগ্রহ করে আপনার অ্যাপয়েন্টমেন্টের কারণ বেছে নিন
tm-ce-champ-est-obligatoire = এই ঘর পূরণ করা আবশ্যক
tm-veuillez-saisir-une-adresse-electronique = অনুগ্রহ করে একটি সঠিক ই-মেইল ঠিকানা লিখুন
tm-le-numero-etranger-comporte-10-chiffres = বিদেশি নম্বরে (numéro étranger) 10টি অঙ্ক থাকে
tm-recommencer = আবার শুরু করুন

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = গত তিন মাসে আপনার পরিবারের সদস্যরা যে আয় পেয়েছেন তা ঘোষণা করুন। এই ঘোষণা না দিলে আপনার RSA বা prime d’activité (কাজের ভাতা) দেওয়া বন্ধ হয়ে যাবে।
tm-7-chiffres-il-figure-sur-tous = 7টি অঙ্ক, Caf থেকে আসা আপনার সব চিঠিতে লেখা আছে
tm-avez-vous-percu-des-salaires-au = এই তিন মাসে আপনি কি বেতন পেয়েছেন?
tm-votre-situation-familiale-a-t-elle = আপনার পারিবারিক অবস্থা কি বদলেছে?
tm-indiquez-le-montant-net-avant = উৎসে কর কাটার আগের নিট টাকার পরিমাণ লিখুন, অথবা সেই মাসে কিছু না পেলে 0 লিখুন।
tm-montant-des-salaires-percus-mois-en = পাওয়া বেতনের পরিমাণ – মাস { $n } (ইউরোতে)
tm-salaire-net-primes-comprises = নিট বেতন, বোনাসসহ (primes)
tm-nature-du-changement = পরিবর্তনের ধরন
tm-choisissez = বেছে নিন…
tm-mariage = বিয়ে
tm-pacs = PACS চুক্তি (নাগরিক অংশীদারি)
tm-vie-en-couple = দম্পতি হিসেবে একসাথে বসবাস
tm-separation = আলাদা হয়ে যাওয়া
tm-naissance-ou-arrivee-dun-enfant = সন্তানের জন্ম বা আগমন
tm-deces-du-conjoint = স্বামী বা স্ত্রীর মৃত্যু
tm-date-du-changement = পরিবর্তনের তারিখ
tm-a-savoir-la-date-figure-sur = জেনে রাখুন: তারিখটি পরিবর্তনের সনদ বা প্রমাণপত্রে লেখা আছে (দিন/মাস/বছর JJ/MM/AAAA)।
tm-le-numero-allocataire-comporte-7 = CAF-এর ভাতাপ্রাপকের নম্বরে (numéro allocataire) 7টি অঙ্ক থাকে।
tm-indiquez-un-montant-en-euros-par = ইউরোতে একটি পরিমাণ লিখুন, যেমন 1250 বা 0।
tm-la-date-doit-etre-au-format = তারিখ এই ধরনে লিখতে হবে: দিন/মাস/বছর (JJ/MM/AAAA)।
tm-votre-declaration-contient-erreurs = { $n ->
        [one] আপনার ঘোষণায় { $n }টি ভুল আছে।
       *[other] আপনার ঘোষণায় { $n }টি ভুল আছে।
    }
tm-envoi-de-votre-declaration-en-cours = আপনার ঘোষণা পাঠানো হচ্ছে…
tm-votre-declaration-a-bien-ete-enregistree = আপনার ঘোষণা নথিভুক্ত হয়েছে।

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = আপনার লগ ইনের সময় শেষ হয়ে গেছে। নিরাপত্তার কারণে আপনাকে অ্যাকাউন্ট থেকে বের করে দেওয়া হয়েছে। অনুগ্রহ করে আবার লগ ইন করুন।
tm-veuillez-saisir-votre-identifiant-votre = অনুগ্রহ করে আপনার ব্যবহারকারীর নাম লিখুন: আপনার বিদেশি নম্বর (numéro étranger) বা ই-মেইল ঠিকানা।

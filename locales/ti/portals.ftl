### Relais — translation memory, Tigrinya: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


## ds: components account_dropdown_component

tm-passer-en-super-admin = ናብ ተራ ላዕለዋይ ኣመሓዳሪ (super-admin) ቀይር
tm-passer-en-usager = ናብ ተራ ተጠቃሚ ቀይር
tm-passer-en-instructeur = ናብ ተራ መርማሪ ፋይላት (instructeur) ቀይር
tm-passer-en-expert = ናብ ተራ ክኢላ ቀይር
tm-passer-en-gestionnaire = ናብ ተራ ኣመሓዳሪ ጉጅለ (gestionnaire) ቀይር
tm-se-deconnecter = ካብ ኣካውንት ውጻእ

## ds: components attachment

tm-reessayer = ደጊምካ ፈትን
tm-supprimer-le-fichier = ፋይል { $file } ደምስስ
tm-plusieurs-fichiers-possibles = ልዕሊ ሓደ ፋይል ክውሰኽ ይከኣል።
tm-remplacer-le-fichier = ፋይል { $file } ብካልእ ተክእ
tm-le-format-pdf-est-generalement-le = ቅርጺ PDF መብዛሕትኡ ግዜ እቲ ዝበለጸ ምቹእ እዩ፣ ምኽንያቱ ኣብ ኩሉ መሳርሒታት ብቐሊሉ ይንበብ።
tm-virus-detecte-merci-denvoyer-un-autre = ቫይረስ ተረኺቡ፣ በጃኹም ካልእ ፋይል ስደዱ።
tm-le-fichier-est-corrompu-merci-denvoyer = እቲ ፋይል ተበላሺዩ እዩ፣ በጃኹም ካልእ ፋይል ስደዱ።
tm-ajoutee-le = ኣብ { $date } ተወሲኹ
tm-modifiee-le = ኣብ { $date } ተቐይሩ
tm-le-traitement-de-votre-piece-jointe = ምስራሕ እቲ ዝተተሓሓዘ ፋይልኩም ካብ ዝተጸበናዮ ንላዕሊ ግዜ ይወስድ ኣሎ።
tm-le-traitement-de-vos-pieces-jointes = ምስራሕ እቶም ዝተተሓሓዙ ፋይላትኩም ካብ ዝተጸበናዮ ንላዕሊ ግዜ ይወስድ ኣሎ።
tm-cela-ne-vous-empeche-pas-de = እዚ፣ እንተደሊኹም ፋይልኩም ከተቕርቡ ኣይዓግተኩምን እዩ።
tm-chargement-de-fichier = ፋይል ይጽዓን ኣሎ
tm-virus-detecte-le-telechargement-est = ቫይረስ ተረኺቡ፣ ምውራድ እቲ ፋይል ተዓጊቱ እዩ።
tm-apercu-non-disponible = ቅድመ-ትርኢት የለን

## ds: components autosave_notice_component

tm-formulaire-en-erreur = እቲ ቅጥዒ ጌጋ ኣለዎ

## ds: components dossiers

tm-cette-demarche-est-soumise-a-un = እዚ ምምሕዳራዊ ጉዳይ «መረጋገጺ ምንባብ» (accusé de lecture) የድልዮ። ኣብ ፋይልኩም ዝተወሰደ ውሳነ ክረአ ብምሕታትኩም፣ ነቲ መረጋገጺ ምንባብ ትቕበሉ፣ ብኡ ድማ ንይግባይ ዝኸውን ሕጋዊ ግዜ ይጅምር።
tm-adresse = ኣድራሻ
tm-pays = ሃገር
tm-autres-informations-sur-lorganisme-sur = ➡ ብዛዕባ እዚ ትካል ዝያዳ ሓበሬታ ኣብ «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = እቲ ንድፊ ብዓወት ተዓቂቡ
tm-attention-impossible-denregistrer-le = ጥንቃቐ: እቲ ንድፊ ክዕቀብ ኣይከኣለን።
tm-vos-modifications-sont-automatiquement = ለውጥታትኩም ባዕሎም ይዕቀቡ።
tm-deposez-les-quand-vous-aurez-termine = ምስ ወዳእኩም ኣቕርብዎም።
tm-modifications-enregistrees-avec-succes = ለውጥታት ብዓወት ተዓቂቦም
tm-annotations-enregistrees-avec-succes = መዘኻኸሪታት ብዓወት ተዓቂቦም
tm-attention-impossible-denregistrer-les = ጥንቃቐ: እቶም መዘኻኸሪታት ክዕቀቡ ኣይከኣሉን።
tm-commune = ዓዲ (commune)
tm-les-dossiers-ont-ete-supprimes-vous = እቶም ፋይላት ተደምሲሶም። በዚ ዝስዕብ ምኽንያታት ክትመልስዎም ኣይትኽእሉን ኢኹም:
tm-vous-avez-supprime-votre-dossier = ፋይልኩም ደምሲስኩምዎ ኣለኹም።
tm-deposer-le-dossier = ፋይል ኣቕርብ
tm-deposer-les-modifications = ለውጥታት ኣቕርብ
tm-pourquoi-je-ne-peux-pas-deposer = ስለምንታይ ፋይለይ ከቕርብ ዘይክእል?
tm-verifier-le-dossier = ፋይል ኣረጋግጽ
tm-envoi-en-cours = ይስደድ ኣሎ…
tm-en-tant-quinvite-vous-pouvez-remplir = ከም ዕዱም፣ ነዚ ቅጥዒ ክትመልእዎ ትኽእሉ ኢኹም፣ ግን ወናኒ እቲ ፋይል ባዕሉ ከቕርቦ ኣለዎ።
tm-des-modifications-nont-pas-encore-ete = ገና ዘይቀረቡ ለውጥታት ኣለዉ
tm-vous-avez-apporte-des-modifications = ድሕሪ ምቕራብ ፋይልኩም ለውጥታት ገይርኩም ኣለኹም። ምምሕዳር ኣብ ግምት ንኽእትዎም ኣቕርብዎም።
tm-continuer-a-modifier = ምቕያር ቀጽል
tm-votre-dossier-contient-1-champ-en = ፋይልኩም ጌጋ ዘለዎ ሓደ ቦታ ኣለዎ
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] ፋይልኩም ጌጋ ዘለዎ { $n } ቦታ ኣለዎ
       *[other] ፋይልኩም ጌጋ ዘለዎም { $n } ቦታታት ኣለዉዎ
    }
tm-corrigez-la-pour-poursuivre = ንምቕጻል እዚ ጌጋ ኣእርሙ:
tm-corrigez-les-pour-poursuivre = ንምቕጻል እዞም ጌጋታት ኣእርሙ:
tm-plus-dinformations = ዝያዳ ሓበሬታ
tm-moins-dinformations = ውሑድ ሓበሬታ
tm-votre-identite = መንነትኩም
tm-vous-agissez-en-tant-que-mandataire = ከም ወኪል (mandataire) ትሰርሑ ኣለኹም፣ ብሞያ (ከም ኣካውንታንት፣ ጠበቓ፣ ሰራሕተኛ መንግስቲ…) ወይ ብውልቂ (ስድራቤት)። ነቲ ኣብዞም ዓንቀጻት ዘሎ ኩነታት ከተኽብሩ ኣረጋግጹ:
tm-articles-1984-et-suivants-du-code = ዓንቀጽ 1984 ከምኡውን ዝስዕቡ ዓንቀጻት ናይ ሲቪላዊ ሕጊ።
tm-identite-du-beneficiaire = መንነት እቲ ተጠቃሚ ሰብ (bénéficiaire)
tm-vous-ne-pouvez-pas-deposer-votre = ፋይልኩም ከተቕርቡ ኣይትኽእሉን ኢኹም
tm-repondre = መልሲ ሃብ
tm-invite = ዕዱም
tm-supprimer-le-message = መልእኽቲ ደምስስ
tm-supprimer-la-demande-de-correction-et = ናይ ምእራም ሕቶን እዚ መልእኽትን ደምስስ
tm-supprimer-le-message-en-attente-de = መልሲ ዝጽበ መልእኽቲ ደምስስ
tm-etes-vous-sur-de-vouloir-supprimer = ነዚ መልእኽቲ ክትድምስስዎ ከም ትደልዩ ርግጸኛታት ዲኹም?
tm-email-automatique = ኣውቶማቲክ ኢመይል
tm-vous = ንስኹም
tm-message-supprime = መልእኽቲ ተደምሲሱ
tm-non-lu = ዘይተንበበ
tm-usager = ተጠቃሚ
tm-vous-devez-effectuer-les-modifications = እቲ ዝተሓተ ለውጥታት ፋይልኩም ብምቕያር ክትገብርዎ ኣለኩም።
tm-modifier-le-dossier = ፋይል ቀይር
tm-cree-depuis-le = ካብዚ ዕለት ጀሚሩ ዝተፈጥረ
tm-depose-depuis-le = ካብዚ ዕለት ጀሚሩ ዝቐረበ
tm-appliquer-les-filtres = ፊልተራት ተግብር
tm-reinitialiser-les-filtres = ፊልተራት ናብ መጀመርታ መልስ
tm-selectionner-un-filtre = ፊልተር ምረጽ
tm-1-filtre-actif = ሓደ ንጡፍ ፊልተር
tm-filtres-actifs = { $n ->
        [one] { $n } ንጡፍ ፊልተር
       *[other] { $n } ንጡፋት ፊልተራት
    }
tm-supprimer-1-filtre-actif = ሓደ ንጡፍ ፊልተር ኣልግስ
tm-selectionner-un-statut = ኩነታት ምረጽ
tm-afficher-les-dossiers-par-demarche = ፋይላት ብመሰረት ምምሕዳራዊ ጉዳይ ኣርኢ
tm-afficher = ኣርኢ

## ds: components dsfr

tm-telecharger-le-fichier = ፋይል ኣውርድ
tm-ce-lien-est-ephemere-et-ne = እዚ ሊንክ ንሓጺር ግዜ ጥራሕ እዩ፣ ንኻልኦት ክወሃብ የብሉን።
tm-afficher-le-mot-de-passe = መሕለፊ ቃል ኣርኢ
tm-afficher-la-confirmation-du-mot-de = መረጋገጺ መሕለፊ ቃል ኣርኢ
tm-ladresse-electronique-semble-erronee = ኣድራሻ ኢመይል ጌጋ ይመስል
tm-vouliez-vous-ecrire = ከምዚ ክትጽሕፉ ደሊኹም ዲኹም:
tm-recherche-en-cours-pour-le-siret = ንቑጽሪ SIRET { $value } ምድላይ ይካየድ ኣሎ…
tm-au-capital-social-de = { $name } { $forme_juridique }፣ ርእሰ-ማል { $amount }
tm-donnee-remplie-automatiquement = ባዕሉ ዝተመልአ ሓበሬታ።
tm-une-erreur-est-survenue-lors-de = ሰነድኩም ኣብ ዝምርመረሉ እዋን ጌጋ ኣጋጢሙ። ብፋይልኩም ርግጸኛታት እንተዄንኩም፣ ነዚ መልእኽቲ ዕሽሽ በልዎ።
tm-masquer-le-message = መልእኽቲ ሕባእ

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = ቁጽሪን ስምን ጎደና፣ ወይ ስም ቦታ (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = ኣብ እዋን ምድላይ ጌጋ ኣጋጢሙ
tm-une-erreur-est-survenue-lors-de-3 = ኣብ እዋን ምድላይ ጌጋ ኣጋጢሙ። እቲ ጸገም እንተቐጺሉ፣ «ኣድራሻይ ኣብቶም ሓሳባት ኣይረኸብኩዎን» (« Je ne trouve pas mon adresse dans les suggestions ») ምልክት ግበሩ እሞ ቀጽሉ።
tm-ville = ከተማ
tm-exemple-london = ኣብነት: London
tm-ville-ou-commune = ከተማ ወይ ዓዲ
tm-renseignez-le-nom-ou-le-code = ስም ወይ ኮድ ፖስታ ናይቲ ከተማ ጸሓፉ፣ ድሕሪኡ ነቲ ዓዲ ካብቲ ዝርዝር ምረጹ። ኣብነት: Strasbourg
tm-code-postal = ኮድ ፖስታ
tm-je-ne-trouve-pas-mon-adresse = ኣድራሻይ ኣብቶም ሓሳባት ኣይረኸብኩዎን
tm-saisissez-une-adresse-une-voie-un = ኣድራሻ፣ ጎደና፣ ስም ቦታ (lieu-dit) ወይ ዓዲ ጸሓፉ። ኣብነት: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = ኣድራሻ ብምድላይ ነቲ ካርታ ኣብ ማእከል ኣቐምጥ
tm-commencez-a-saisir = ምጽሓፍ ጀምሩ
tm-ajouter-un-point-sur-la-carte = ኣብ ካርታ ነጥቢ ወስኽ
tm-exemple = ኣብነት:
tm-afficher-votre-position-sur-la-carte = ኣብ ካርታ ዘለኹምዎ ቦታ ኣርኢ
tm-ajouter-le-point-avec-les-coordonnees = ብዝተጻሕፉ መወሰኒ ቦታ (coordonnées) ኣብ ካርታ ነጥቢ ወስኽ
tm-ajouter-un-fichier-gpx-ou-kml = ፋይል GPX ወይ KML ወስኽ
tm-supprimer-le-fichier-2 = ፋይል ደምስስ
tm-modification-a-deposer = ክቐርብ ዘለዎ ለውጢ
tm-information-champ-actualise-par = ሓበሬታ: እዚ ቦታ ብምምሕዳር ተሓዲሱ። ትሕዝቶኡ ኣረጋግጹ።
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [one] እቲ ዝምከር ዝለዓለ ዓቐን { $n } ፊደል እዩ።
       *[other] እቲ ዝምከር ዝለዓለ ዓቐን { $n } ፊደላት እዩ።
    }
tm-le-numero-dallocataire-caf = ቁጽሪ ተቐባሊ ሓገዝ CAF (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = መብዛሕትኡ ግዜ 7 ኣሃዛት ኣለዎ።
tm-le-code-postal = ኮድ ፖስታ
tm-il-est-generalement-compose-de-5 = መብዛሕትኡ ግዜ 5 ኣሃዛት ኣለዎ።
tm-numero-daccreditation = ቁጽሪ ፍቓድ (accréditation)
tm-format-jj-mm-aaaa = ኣጻሕፋ: JJ/MM/AAAA (መዓልቲ/ወርሒ/ዓመት)
tm-le-numero-fiscal = ቁጽሪ ግብሪ
tm-il-est-generalement-compose-de-13 = መብዛሕትኡ ግዜ 13 ወይ 14 ፊደላት ወይ ኣሃዛት ኣለዎ።
tm-la-reference-davis-dimposition = መወከሲ ቁጽሪ ወረቐት ግብሪ (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = መብዛሕትኡ ግዜ 13 ወይ 14 ፊደላት ወይ ኣሃዛት ኣለዎ።
tm-identifiant-national-etudiant-il-est = ሃገራዊ መለለዪ ቁጽሪ ተማሃራይ (INE)። መብዛሕትኡ ግዜ ካብ ፊደላትን ኣሃዛትን ዝቖመ እዩ።
tm-identifiant = መለለዪ (Identifiant)
tm-il-est-generalement-compose-de = መብዛሕትኡ ግዜ ካብ ፊደላትን ኣሃዛትን ዝቖመ እዩ።
tm-ajouter-un-element-supplementaire-a = ኣብ «{ $name }» ካልእ ኣቕሓ ወስኽ
tm-supprimer = { $name } { $n } ደምስስ
tm-aucune-fondation-trouvee = ዝተረኽበ ፋውንዴሽን (fondation) የለን
tm-ce-rnf-correspond-a = እዚ ቁጽሪ RNF ናይዚ እዩ: { $name }፣ { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] { $n } ፊደል ተሪፉኩም ኣሎ።
       *[other] { $n } ፊደላት ተሪፎምኩም ኣለዉ።
    }
tm-vous-avez-atteint-la-taille-maximale = ናብቲ ዝምከር ዝለዓለ ዓቐን በጺሕኩም ኣለኹም።
tm-oui = እወ

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = ኩሉ ጌጋታት ኣርኢ

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = ቅቡል መሕለፊ ቃል። ከተረጋግጹ ትኽእሉ ኢኹም… ወይ መሕለፊ ቃልኩም ኣመሓይሹ።
tm-mot-de-passe-vulnerable = ድኹም መሕለፊ ቃል።
tm-mot-de-passe-tres-vulnerable = ኣዝዩ ድኹም መሕለፊ ቃል።
tm-pour-un-mot-de-passe-securise = ውሑስ መሕለፊ ቃል ንምርካብ፣ ተኸታተልቲ ፊደላት ወይ ምድግጋም ሓደ ዓይነት ፊደል ኣይትጠቐሙ። ንኣብነት፣ ብቐሊሉ እትዝክርዋ ሓረግ (ምስ ባዶ ቦታታት) ክትመርጹ ትኽእሉ ኢኹም።

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = ብሓድሽ ኣድራሻ ንምእታው ነዚ ሊንክ ተኸተሉ።
tm-nous-avons-detecte-une-erreur-reseau = ናብኡ ከነሕልፈኩም ዘይፈቕድ ጌጋ ኔትወርክ ረኺብና። demarche.numerique.gouv.fr ክኽፈት ንኽፈቕድ ንክፍሊ ኢንፎርማቲክስ (IT) ትካልኩም ርኸብዎ።

## ds: errors

tm-nest-pas-dun-type-accepte = ቅቡል ዓይነት ኣይኮነን
tm-est-trop-lourd-e-le-fichier = ኣዝዩ ዓቢ እዩ። እቲ ፋይል ካብ { $amount } ክበዝሕ የብሉን።

## ds: devise

tm-demander-un-nouveau-mot-de-passe = ሓድሽ መሕለፊ ቃል ሕተት
tm-vous-etes-connecte-e-vous-pouvez = ኣቲኹም ኣለኹም! ኣብ ዝኾነ ግዜ ኣብ መንጎ ዝተፈላለዩ ፕሮፋይላትኩም ክትቀያይሩ ትኽእሉ ኢኹም: { $roles }።
tm-vous-etes-maintenant-deconnecte-e = ሕጂ ካብ ኣካውንትኩም ወጺእኩም ኣለኹም።

## ds: users

tm-votre-compte-a-deja-ete-active = ኣካውንትኩም ድሮ ንጡፍ ኮይኑ እዩ።

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE ኣይርከብን ኣሎ፣ ሓበሬታ ብዛዕባ እቲ ትካል ኣብ ውሽጢ ቁሩብ ሰዓታት ክመጽእ እዩ።

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = ሰብ እንተዄንኩም፣ ነዚ ቦታ ባዶ ግደፍዎ

## ds: clipboard

tm-copie = ተቐዲሑ

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = መልስኹም ኣብዚ ክትረኽቡ ትኽእሉ ኢኹም:
tm-contact-technique = ቴክኒካዊ ርክብ
tm-envoyez-nous-un-message-a = ናብ { $email } መልእኽቲ ስደዱልና።
tm-besoin-daide-pour-remplir-votre-dossier = ፋይልኩም ንምምላእ ሓገዝ የድልየኩም ድዩ?

## ds: utils

tm-nombre-a-virgule = ዓሰርተኛ ዘለዎ ቁጽሪ (decimal)
tm-nombre-entier = ምሉእ ቁጽሪ
tm-liste-a-choix-multiple = ብዙሕ ምርጫ ዘለዎ ዝርዝር
tm-deconnexion = ካብ ኣካውንት ምውጻእ
tm-pieces-jointes = ዝተተሓሓዙ ፋይላት
tm-les-champs-suivis-dun-asterisque = ብኮኾብ (ግዴታ) ዝተመልከቱ ቦታታት ግዴታ ክምልኡ ኣለዎም።
tm-facultatif = (ግዴታ ዘይኮነ)
tm-envoyer-le-message = መልእኽቲ ስደድ
tm-nouvel-onglet = ሓድሽ ታብ

## ds: skiplinks

tm-acces-rapide = ቅልጡፍ መእተዊ
tm-contenu = ትሕዝቶ

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = ውጽኢታት ኣውቶማቲክ ምምላእ ምስ ተረኽቡ፣ ኣብ ዝርዝር ውጽኢታት ንምንቕስቓስ ናብ ላዕልን ታሕትን ዘመልክቱ ፍላጻታት ተጠቐሙ። ሓደ ውጽኢት ንምምራጽ Enter (Entrée) ጠውቑ። ዝርዝር ውጽኢታት ንምዕጻው Esc (Echap) ጠውቑ።
tm-aucun-resultat = ውጽኢት የለን
tm-1-resultat = ሓደ ውጽኢት
tm-resultats = ውጽኢታት

## ds: layouts

tm-un-outil-simple-pour-gerer-les = ብኢንተርነት ዝመልኡ ምምሕዳራዊ ቅጥዕታት ንምምሕዳር ቀሊል መሳርሒ።
tm-mon-compte = ኣካውንተይ
tm-revenir-en-arriere = ተመለስ
tm-revenir-en-arriere-sur-le-site = ናብ ወብሳይት ናይቲ ምምሕዳረይ ተመለስ
tm-menu-principal = ቀንዲ ሜኑ
tm-mes-dossiers = ፋይላተይ
tm-consulter-mon-dossier = ፋይለይ ርአ
tm-jai-une-question = ሕቶ ኣለኒ
tm-aller-a-la-page-daccueil = ናብ ቀዳማይ ገጽ ኪድ

## ds: views

tm-creation-de-compte-sur = ኣብ { $name } ኣካውንት ምኽፋት
tm-se-creer-un-compte-avec-une = ብኣድራሻ ኢመይል ኣካውንት ክፈት
tm-adresse-electronique = ኣድራሻ ኢመይል
tm-mot-de-passe-caracteres-minimum = { $n ->
        [one] መሕለፊ ቃል (እንተወሓደ { $n } ፊደል)
       *[other] መሕለፊ ቃል (እንተወሓደ { $n } ፊደላት)
    }
tm-avant-deffectuer-votre-demarche-nous = ምምሕዳራዊ ጉዳይኩም ቅድሚ ምፍጻምኩም፣ ኣድራሻ ኢመይልኩም { $email } ከነረጋግጽ የድልየና።
tm-ouvrez-votre-boite-email-et-cliquez = ሳጹን ኢመይልኩም ክፈቱ፣ ኣብቲ ዝበጽሓኩም መልእኽቲ ዘሎ ሊንክ ምኽፋት ኣካውንት ጠውቑ።
tm-renvoyer-un-email-de-confirmation = መረጋገጺ ኢመይል ደጊምካ ስደድ
tm-lautorisation-de-vient-detre-revoquee = ፍቓድ { $email } ሕጂ ተሰሪዙ። ካልእ ሰብ ክትዕድሙ ትኽእሉ ኢኹም።
tm-vous-ne-pouvez-pas-revoquer-cette = ነዚ ፍቓድ ክትሰርዝዎ ኣይትኽእሉን ኢኹም
tm-inviter-une-personne-a-modifier-ce = ነዚ ፋይል ክቕይር ሰብ ዕደም
tm-gestion-des-invites = ምምሕዳር ዕዱማት
tm-les-invites-ont-le-droit-de = ዕዱማት ፋይልኩም ክርእዩን ክቕይሩን መሰል ኣለዎም።
tm-ajouter-un-invite = ዕዱም ወስኽ
tm-envoyer-une-invitation = ዕድመ ስደድ
tm-revoquer-lacces = ፍቓድ ምእታው ሰርዝ
tm-aucun-invite-ne-peut-voir-et = ሕጂ ነዚ ፋይል ክርእን ክቕይርን ዝኽእል ዕዱም የለን።
tm-1-personne-invitee = ሓደ ዝተዓደመ ሰብ
tm-personnes-invitees = { $n ->
        [one] { $n } ዝተዓደመ ሰብ
       *[other] { $n } ዝተዓደሙ ሰባት
    }
tm-une-fois-le-dossier-complet-vous = እቲ ፋይል ምስ ተማልአ፣ ባዕልኹም ከተቕርብዎ ኣለኩም።
tm-dernier = ናይ መወዳእታ
tm-precedent = ዝሓለፈ
tm-premier = ቀዳማይ
tm-lusager-a-supprime-son-compte = (እቲ ተጠቃሚ ኣካውንቱ ደምሲሱ)
tm-cordialement = ምስ ሰላምታ፣
tm-modifie-par-lusager-le = ብተጠቃሚ ኣብ { $date } ተቐይሩ
tm-passe-en-instruction-le = ኣብ { $date } ምርመራ ጀሚሩ
tm-accepte-le = ኣብ { $date } ተቐባልነት ረኺቡ
tm-classe-sans-suite-le = ኣብ { $date } ብዘይ ቀጻሊ ስጉምቲ ተዓጽዩ
tm-telecharger-lattestation = መረጋገጺ ኣውርድ
tm-votre-dossier-est-enregistre = ፋይልኩም ድሕሪ ነፍሲ ወከፍ ለውጢ ባዕሉ ይዕቀብ። ኣብ ዝኾነ ግዜ ነቲ መስኮት ዓጺኹም፣ ደሓር ካብቲ ዝበጻሕኩምዎ ክትቅጽሉ ትኽእሉ ኢኹም።
tm-envoyer-et-marquer-le-dossier = ስደድን ነቲ ፋይል ምልክት ግበርን
tm-en-attente-de-reponse = መልሲ ይጽበ ኣሎ
tm-votre-message-obligatoire = መልእኽትኹም (ግዴታ)
tm-ecrivez-votre-message-a-l-administration = ናብ ምምሕዳር ዝኸይድ መልእኽትኹም ኣብዚ ጸሓፉ
tm-identite-du-demandeur = መንነት ሓታቲ
tm-identite-du-mandataire = መንነት ወኪል (mandataire)
tm-sections-du-formulaire = ክፍልታት ቅጥዒ
tm-modifier-le-siret = ቁጽሪ SIRET ቀይር
tm-lusager-a-pris-connaissance-de-la = እቲ ተጠቃሚ ኣብ { $agreement } ብዛዕባ ፋይሉ ዝተወሰነ ውሳነ ፈሊጡ።
tm-identifier-votre-etablissement = ትካልኩም ኣለልዩ
tm-civilite = ናይ ኣኽብሮት ኣጸዋውዓ (Madame ወይ Monsieur)
tm-nom = ስም ስድራቤት
tm-renseignez-le-numero-de-siret-de = ነዚ ምምሕዳራዊ ጉዳይ ንምጅማር ቁጽሪ SIRET ናይ ትካልኩም፣ ምምሕዳርኩም ወይ ማሕበርኩም ጸሓፉ።
tm-pour-trouver-votre-numero-siret-utilisez = ቁጽሪ SIRET ንምርካብ { $annuaire_link } ተጠቐሙ ወይ ንክፍሊ ሕሳብኩም ሕተቱ።
tm-continuer = ቀጽል
tm-merci = የቐንየልና!
tm-votre-dossier-sur-la-demarche = ፋይልኩም ንምምሕዳራዊ ጉዳይ
tm-a-bien-ete-envoye = ብዓወት ተሰዲዱ።
tm-vous-avez-desormais-acces-a-votre = ሕጂ ናብዚ ክትኣትዉ ትኽእሉ ኢኹም:
tm-dossier-en-ligne = ብኢንተርነት ዘሎ ፋይልኩም።
tm-vous-pouvez = ክትገብርዎ ትኽእሉ ኢኹም:
tm-le-modifier = ክትቕይርዎ
tm-et = ከምኡውን
tm-echanger-avec-un-instructeur = ምስ መርማሪ ፋይል ክትዘራረቡ።
tm-telecharger-mon-dossier = ፋይለይ ኣውርድ
tm-telecharger-mon-attestation = መረጋገጺይ ኣውርድ
tm-suivi-de-votre-dossier = ምክትታል ፋይልኩም
tm-votre-dossier = ፋይልኩም
tm-dossier-n = ፋይል ቁጽሪ { $n }
tm-en-brouillon-depuis-le = - ካብ { $date } ጀሚሩ ከም ንድፊ
tm-dossier-pdf = dossier-{ $n }.pdf (ፋይልኩም ብቕርጺ PDF)
tm-brouillon = ንድፊ
tm-votre-dossier-est-en-cours-dinstruction = ፋይልኩም ብምምሕዳር ይምርመር ኣሎ። ደጊም ክትቕይርዎ ኣይትኽእሉን ኢኹም።
tm-votre-dossier-est-soumis-au-cadre = ፋይልኩም ኣብ ትሕቲ ሕጋዊ ስርዓት «ስቕታ ማለት ተቐባልነት እዩ» (« Silence Vaut Accord ») እዩ
tm-votre-dossier-est-soumis-au-cadre-2 = ፋይልኩም ኣብ ትሕቲ ሕጋዊ ስርዓት «ስቕታ ማለት ምእባይ እዩ» (« Silence Vaut Rejet ») እዩ
tm-termine = ተዛዚሙ
tm-vous-avez-une-question-utilisez-la = ሕቶ ኣለኩም ድዩ? ምምሕዳር ብቐጥታ ንምርካብ ሳጹን መልእኽቲ ተጠቐሙ።
tm-motivation = ምኽንያታት:
tm-attestation = መረጋገጺ:
tm-votre-dossier-a-ete-accepte = ፋይልኩም ተቐባልነት ረኺቡ
tm-motif-de-lacceptation = ምኽንያት ተቐባልነት
tm-votre-dossier-a-ete-refuse = ፋይልኩም ተነጺጉ
tm-envoyer-un-message-a-ladministration = ናብ ምምሕዳር መልእኽቲ ስደድ
tm-dernier-message = ናይ መወዳእታ መልእኽቲ
tm-votre-prochain-rendez-vous = ዝቕጽል ቆጸራኹም
tm-voir-mon-rendez-vous-sur-rdv = ቆጸራይ ኣብ RDV Service Public ርአ
tm-modifier-le-dossier-vous-pouvez-modifier = ፋይል ቀይር - ምርመራ ፋይልኩም ክሳዕ ዘይጀመረ ክትቕይርዎ ትኽእሉ ኢኹም
tm-rechercher-un-dossier-par-n-de = ፋይል ድለ (ብቑጽሪ ፋይል፣ ቁልፊ ቃላት…)
tm-rechercher-un-dossier-par-n-de-2 = ፋይል ድለ (ብቑጽሪ ፋይል፣ ስም ስድራቤት / ቀዳማይ ስም፣ ቁልፊ ቃላት…)
tm-saisissez-votre-recherche = እትደልይዎ ጸሓፉ
tm-resultat-de-la-recherche-pour = ውጽኢት ምድላይ ን«{ $search_terms }»
tm-et-pour-la-procedure = ከምኡውን ንምምሕዳራዊ ጉዳይ «{ $name }»
tm-dossier-numero = ፋይል ቁጽሪ { $n }
tm-ladministration-ne-traitera-plus-votre = ምምሕዳር ደጊም ሕቶኹም ኣይክሰርሓሉን እዩ።
tm-dossier-n-2 = ፋይል ቁጽሪ
tm-ne-correspond-aux-termes-recherches = ምስቶም ዝተደለዩ ቃላት ኣይሰማማዕን
tm-ne-correspond-aux-filtres-selectionnes = ምስቶም ዝተመርጹ ፊልተራት ኣይሰማማዕን
tm-cette-demarche-est-close-vous-ne = እዚ ምምሕዳራዊ ጉዳይ ተዓጽዩ እዩ፣ ነዚ ፋይል ከተቕርብዎ ኣይትኽእሉን ኢኹም። ኣብቲ ነዚ ዝትክእ { $link } ሓድሽ ፋይል ከተቕርቡ ንዕድመኩም።
tm-cette-demarche-est-close-vous-ne-2 = እዚ ምምሕዳራዊ ጉዳይ ተዓጽዩ እዩ፣ ነዚ ፋይል ከተቕርብዎ ኣይትኽእሉን ኢኹም፣ ነዚ ጉዳይ ሓድሽ ፋይል እውን ከተቕርቡ ኣይትኽእሉን ኢኹም። { $link }
tm-cette-demarche-est-close-votre-dossier = እዚ ምምሕዳራዊ ጉዳይ ተዓጽዩ እዩ፣ ግን ፋይልኩም ቀሪቡ እዩ፣ ምምሕዳር ድማ ክምርምሮ ይኽእል። እንተድልዩ፣ ኣብቲ ነዚ ዝትክእ { $link } ሓድሽ ፋይል ከተቕርቡ ትኽእሉ ኢኹም።
tm-cette-demarche-est-close-votre-dossier-2 = እዚ ምምሕዳራዊ ጉዳይ ተዓጽዩ እዩ፣ ግን ፋይልኩም ቀሪቡ እዩ፣ ምምሕዳር ድማ ክምርምሮ ይኽእል። ነዚ ምምሕዳራዊ ጉዳይ ሓድሽ ፋይል ከተቕርቡ ኣይትኽእሉን ኢኹም። { $link }
tm-cette-demarche-est-close-votre-dossier-3 = እዚ ምምሕዳራዊ ጉዳይ ተዓጽዩ እዩ፣ ፋይልኩም ድማ ብምምሕዳር ተሰሪሑ እዩ። እንተድልዩ፣ ኣብቲ ነዚ ዝትክእ { $link } ሓድሽ ፋይል ከተቕርቡ ትኽእሉ ኢኹም።
tm-cette-demarche-est-close-votre-dossier-4 = እዚ ምምሕዳራዊ ጉዳይ ተዓጽዩ እዩ፣ ፋይልኩም ድማ ብምምሕዳር ተሰሪሑ እዩ። ነዚ ምምሕዳራዊ ጉዳይ ሓድሽ ፋይል ከተቕርቡ ኣይትኽእሉን ኢኹም። { $link }
tm-nouvelle-demarche-disponible = ሓድሽ ምምሕዳራዊ ጉዳይ ኣሎ
tm-cette-demarche = እዚ ምምሕዳራዊ ጉዳይ
tm-ce-dossier-attend-vos-corrections = እዚ ፋይል እርማትኩም ይጽበ ኣሎ — ክግበሩ ዘለዎም ለውጥታት ኣብ ሳጹን መልእኽቲ ናይ ፋይል ቁጽሪ { $n } ርኣዩ።
tm-ce-dossier-attend-votre-reponse = እዚ ፋይል መልስኹም ይጽበ ኣሎ
tm-consultez-la-messagerie-du-dossier = ሳጹን መልእኽቲ ናይ ፋይል ቁጽሪ { $n } ርኣዩ፣ ንምምሕዳር ድማ መልሱ።
tm-cree-le = ኣብ { $date } ተፈጢሩ
tm-mis-a-la-corbeille-automatiquement-le = ዝለዓለ ግዜ ምዕቃብ ስለ ዝበጽሐ ኣብ { $date } ባዕሉ ናብ መጉሓፊ ተሰጋጊሩ
tm-commencer-un-nouveau-dossier = ሓድሽ ፋይል ጀምር
tm-dupliquer-le-dossier = ፋይል ቅዳሕ
tm-voulez-vous-vraiment-mettre-a-la = ነዚ ፋይል ብሓቂ ናብ መጉሓፊ ክትሰዱዎ ትደልዩ ዲኹም?
tm-en-continuant-vous-allez-supprimer-ce = እንተቐጺልኩም፣ ነዚ ፋይል፣ ኣብኡ ዘሎ ሓበሬታን ናብ { $email } ንምስግጋሩ ዝቐረበ ሕቶን ክትድምስሱ ኢኹም። ዝኾነ ምድምሳስ ነቲ ዝካየድ ዘሎ ምምሕዳራዊ ጉዳይ የሰርዞ። ምድምሳስ ተረጋግጹ ዲኹም?
tm-continuer-a-remplir = ምምላእ ቀጽል
tm-restaurer = ናብ ቦትኡ መልስ
tm-restaurer-et-etendre-la-conservation-du = ፋይል ቁጽሪ { $id } ናብ ቦትኡ መልስን ግዜ ምዕቃቡ ኣናውሕን (ብዝሒ ኣዋርሕ: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = ካልኦት ተግባራት
tm-le-support-technique = ቴክኒካዊ ደገፍ
tm-une-demande-de-transfert-est-en = ፋይል ቁጽሪ { $n } ናብ { $email } ንምስግጋር ዝቐረበ ሕቶ ኣሎ
tm-une-demande-de-transfert-par-le = ብቴክኒካዊ ደገፍ ፋይል ቁጽሪ { $n } ናብ { $email } ንምስግጋር ዝቐረበ ሕቶ ኣሎ
tm-demande-de-transfert-par-le-support = ብቴክኒካዊ ደገፍ ዝቐረበ ሕቶ ምስግጋር ፋይል ቁጽሪ { $n } ናይ { $email }
tm-accepter = ተቐበል
tm-refuser = ኣብይ
tm-connexion-a = ናብ { $name } ምእታው
tm-mot-de-passe-oublie = መሕለፊ ቃል ረሲዕኩም?
tm-trouvez-votre-demarche = ምምሕዳራዊ ጉዳይኩም ድለዩ
tm-vous-etes-agent-de-la-fonction = ሰራሕተኛ ሲቪል ሰርቪስ መንግስቲ ዲኹም?
tm-accedez-a-notre-page-dediee = ናብቲ ፍሉይ ገጽና ኪዱ
tm-se-connecter-avec-son-compte = ብኣካውንትኩም ምእታው
tm-si-vous-voyez-cette-page-trop = ነዚ ገጽ ብተደጋጋሚ እንተሪኢኹምዎ፣ ገጽ ሓገዝና ርኣዩ።
tm-changement-de-mot-de-passe = ምቕያር መሕለፊ ቃል
tm-changer-le-mot-de-passe = መሕለፊ ቃል ቀይር
tm-si-un-compte-existe-avec-ladresse = ብኣድራሻ { $email } ኣካውንት እንተሃልዩ፣ መሕለፊ ቃልኩም ዳግማይ ንምቕራጽ ኢመይል ልኢኽናልኩም ኣለና።
tm-vous-navez-pas-recu-lemail = እቲ ኢመይል ኣይበጽሓኩምን ድዩ?
tm-verifiez-la-boite-indesirables-ou-spam = ኣብ ሳጹን ኢመይልኩም ክፍሊ ዘይተደልዩ መልእኽትታት (Indésirables ወይ Spam) ርኣዩ።
tm-vous-etes-vous-connecte-avec-france = ቅድሚ ሕጂ ብFrance Connect ኣቲኹም ዲኹም? እንተኾይኑ፣ ደጊምኩም ብFrance Connect ፈትኑ።
tm-le-compte-a-pu-etre-supprime = እቲ ኣካውንት ነዊሕ ግዜ ብዘይ ምጥቃምን ዝቕጽል ፋይል ብዘይ ምህላውን ተደምሲሱ ክኸውን ይኽእል። ከምኡ እንተኾይኑ፣ ካብ ሓደ ምምሕዳራዊ ጉዳይ ጀሚርኩም ሓድሽ ኣካውንት ክትከፍቱ ኣለኩም።
tm-lien-de-reinitialisation-du-mot-de = ሊንክ ዳግማይ ምቕራጽ መሕለፊ ቃል ተሰዲዱ
tm-attention-ce-courriel-peut-mettre-jusqua = ተጠንቀቑ፣ እዚ ኢመይል ክሳዕ 15 ደቒቕ ክወስደሉ ይኽእል።
tm-en-cas-de-difficultes-nous-restons = ጸገም እንተጋጢሙኩም፣ ብዚ ቅጥዒ ክትረኽቡና ትኽእሉ ኢኹም።

## ds: modal

tm-publier-la-demarche = ምምሕዳራዊ ጉዳይ ዘርግሕ
tm-reactiver-la-demarche = ምምሕዳራዊ ጉዳይ ዳግማይ ኣንቅሕ
tm-vous-vous-appretez-a-publier-votre = ምምሕዳራዊ ጉዳይኩም ንህዝቢ ክትዝርግሕዎ ቀሪብኩም ኣለኹም።
tm-vous-vous-appretez-a-reactiver-votre = ምምሕዳራዊ ጉዳይኩም ዳግማይ ከተንቅሕዎ ቀሪብኩም ኣለኹም።
tm-publier = ዘርግሕ

## ds: activerecord

tm-la-piece-jointe-a-bien-ete = እቲ ዝተተሓሓዘ ፋይል ({ $attachment }) ብዓወት ተደምሲሱ። ካልእ ክትውስኹ ትኽእሉ ኢኹም።
tm-la-nouvelle-adresse-electronique = እቲ ሓድሽ ኣድራሻ ኢመይል
tm-numero-siret = ቁጽሪ SIRET
tm-la-demarche-est-mise-en-uvre = እዚ ምምሕዳራዊ ጉዳይ ዘካይዶ:
tm-valeur-du-champ = ትሕዝቶ እቲ ቦታ
tm-lobjet-genere-sera-tronque-sil-depasse = እቲ ዝተፈጥረ ኣርእስቲ ካብ 100 ፊደላት እንተበዚሑ ክቑረጽ እዩ።
tm-est-invalide-saisissez-un-numero-de = ቅኑዕ ኣይኮነን። ቅኑዕ ቁጽሪ ተሌፎን ጸሓፉ። ኣብነት: 0612345678
tm-nest-pas-un-lien-valide = ቅኑዕ ሊንክ ኣይኮነን
tm-aucun-resultat-ne-correspond-a-votre = ምስ ምድላይኩም ዝሰማማዕ ውጽኢት የለን።
tm-trop-de-demandes-nous-reessayons-pour = ኣዝዮም ብዙሓት ሕቶታት። ንዓኹም ኢልና ደጊምና ንፍትን ኣለና።
tm-erreur-du-serveur-nous-reessayons-pour = ጌጋ ሰርቨር። ንዓኹም ኢልና ደጊምና ንፍትን ኣለና።
tm-service-indisponible-nous-reessayons = ኣገልግሎት የለን። ንዓኹም ኢልና ደጊምና ንፍትን ኣለና።
tm-la-demande-a-pris-trop-de = እቲ ሕቶ ኣዝዩ ነዊሕ ግዜ ወሲዱ። ንዓኹም ኢልና ደጊምና ንፍትን ኣለና።
tm-probleme-de-connexion-nous-reessayons = ጸገም ርክብ። ንዓኹም ኢልና ደጊምና ንፍትን ኣለና።
tm-resultat-introuvable-verifiez-vos = ውጽኢት ኣይተረኽበን። ሓበሬታኹም ኣረጋግጹ።
tm-non-autorise-connectez-vous-pour = ፍቓድ የብልኩምን። ንምቕጻል ናብ ኣካውንትኩም እተዉ።
tm-invitation-deja-envoyee = : ዕድመ ድሮ ተሰዲዱ
tm-votre-lien-de-nouveau-mot-de = : ግዜ ሊንክ ሓድሽ መሕለፊ ቃልኩም ተወዲኡ። በጃኹም ሓድሽ ሊንክ ሕተቱ።
tm-nest-pas-assez-complexe-saisir-un = እኹል ዝተሓላለኸ ኣይኮነን። ዝያዳ ዝተሓላለኸ መሕለፊ ቃል ጸሓፉ
tm-les-deux-mots-de-passe-ne = : እቶም ክልተ መሕለፊ ቃላት ኣይሰማምዑን
tm-ne-peut-etre-identique-a-lancienne = ምስቲ ናይ ቀደም ኣድራሻ ሓደ ክኸውን ኣይክእልን። ካልእ ኣድራሻ ኢመይል ጸሓፉ
tm-est-deja-utilise-par-une-demarche = ድሮ ብሓደ ምምሕዳራዊ ጉዳይ ይጥቀመሉ ኣሎ። ናይ ካልእ ኣመሓዳሪ ስለ ዝኾነ ክትጥቀሙሉ ኣይትኽእሉን ኢኹም።
tm-nest-pas-valide-il-doit-comporter = ቅኑዕ ኣይኮነን። እንተወሓደ 3 ፊደላት፣ እንተበዝሐ 200 ፊደላት ክህልዎ ኣለዎ፣ ዝፍቀዱ ፊደላት a-z፣ 0-9፣ '_' ከምኡውን '-' ጥራሕ እዮም።
tm-ne-peut-pas-etre-utilise-car = ናይቲ ምምሕዳራዊ ጉዳይ ናይ መወዳእታ ሊንክ ስለ ዝኾነ ክጥቀሙሉ ኣይከኣልን።
tm-doit-posseder-13-ou-14-caracteres = 13 ወይ 14 ፊደላት ወይ ኣሃዛት ክህልዎ ኣለዎ
tm-doit-etre-dans-les-options-proposees = ካብቶም ዝቐረቡ ምርጫታት ሓደ ክኸውን ኣለዎ
tm-doit-etre-un-nom-de-region = ቅኑዕ ስም ዞባ (région) ክኸውን ኣለዎ
tm-doit-etre-un-code-de-region = ቅኑዕ ኮድ ዞባ (région) ክኸውን ኣለዎ
tm-doit-etre-un-nom-de-departement = ቅኑዕ ስም ኣውራጃ (département) ክኸውን ኣለዎ
tm-doit-etre-un-code-de-departement = ቅኑዕ ኮድ ኣውራጃ (département) ክኸውን ኣለዎ
tm-doit-etre-un-code-depci-du = ናይቲ ዝምልከቶ ኣውራጃ (département) ኮድ EPCI (ጥምረት ምምሕዳራት ከተማ) ክኸውን ኣለዎ
tm-doit-etre-un-nom-depci-du = ናይቲ ዝምልከቶ ኣውራጃ (département) ስም EPCI (ጥምረት ምምሕዳራት ከተማ) ክኸውን ኣለዎ
tm-doit-etre-un-entier = ምሉእ ቁጽሪ ክኸውን ኣለዎ

## ds: errors

tm-le-champ = እቲ ቦታ «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = እቲ ፋይል የለን፣ ወይ ናብኡ ክትኣትዉ ፍቓድ የብልኩምን።
tm-ce-lien-dinvitation-nest-plus-valable = እዚ ሊንክ ዕድመ ደጊም ኣይሰርሕን እዩ፣ ወይ እቲ ፋይል ደጊም ኣይርከብን።
tm-une-erreur-est-survenue-lors-de-4 = ምስ FranceConnect ኣብ ዝተራኸበሉ እዋን ጌጋ ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።
tm-seul-e-s-les-usagers-peuvent = ብFrance Connect ክኣትዉ ዝኽእሉ ተጠቀምቲ ጥራሕ እዮም። መርማሪ ፋይል ወይ ኣመሓዳሪ እንተዄንኩም፣ በጃኹም መሕለፊ ቃልኩም ዳግማይ ቕረጹ።
tm-desole-la-recuperation-des-informations = ይቕሬታ፣ ሓበሬታ SIRET ምምጻእ ንግዜኡ ኣይከኣልን። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
tm-nous-navons-pas-trouve-detablissement = ምስዚ ቁጽሪ SIRET ዝሰማማዕ ትካል ኣይረኸብናን።
tm-lexpression-reguliere-que-vous-avez = እቲ ዝጸሓፍኩምዎ ስሩዕ መግለጺ (expression régulière) ሓደገኛ ክኸውን ይኽእል፣ ጸገማት ኣሰራርሓ ክፈጥር ይኽእል
tm-lexemple-doit-correspondre-a-lexpression = እቲ ኣብነት ምስቲ ዝተዋህበ ስሩዕ መግለጺ ክሰማማዕ ኣለዎ
tm-doit-etre-un-nombre-superieur-ou = ካብ { $n } ዝዓበየ ወይ ምስኡ ማዕረ ዝኾነ ቁጽሪ ክኸውን ኣለዎ
tm-doit-etre-un-nombre-inferieur-ou = ካብ { $n } ዝነኣሰ ወይ ምስኡ ማዕረ ዝኾነ ቁጽሪ ክኸውን ኣለዎ
tm-doit-etre-une-date-dans-le = ዝሓለፈ ዕለት ክኸውን ኣለዎ
tm-doit-etre-une-date-comprise-entre = ኣብ መንጎ { $start_date } ከምኡውን { $end_date } ዘሎ ዕለት ክኸውን ኣለዎ
tm-doit-etre-une-date-superieure-ou = { $date } ወይ ድሕሪኡ ዘሎ ዕለት ክኸውን ኣለዎ
tm-doit-etre-une-date-inferieure-ou = { $date } ወይ ቅድሚኡ ዘሎ ዕለት ክኸውን ኣለዎ
tm-doit-comprendre-entre-1-et-3 = ድሕሪ ነጥቢ ካብ 1 ክሳዕ 3 ኣሃዛት ክህልዎ ኣለዎ
tm-doit-etre-une-date-correctement-formatee = ብቕኑዕ ኣጻሕፋ ዝተጻሕፈ ዕለት ክኸውን ኣለዎ
tm-doit-etre-une-date-et-heure = ብቕኑዕ ኣጻሕፋ ዝተጻሕፈ ዕለትን ሰዓትን ክኸውን ኣለዎ
tm-doit-etre-rempli = ክምላእ ኣለዎ
tm-votre-session-a-ete-renouvelee-merci = ግዜ ምእታውኩም ተሓዲሱ። በጃኹም ነዚ ተግባር ካብዚ ገጽ ደጊምኩም ግበርዎ።

## ds: users

tm-ce-dossier-est-depose-sur-une = እዚ ፋይል ኣብ ናይ ፈተነ ምምሕዳራዊ ጉዳይ ቀሪቡ ኣሎ። ኣመሓዳሪ ኣብቲ ጉዳይ ዝገብሮ ዝኾነ ለውጢ (ቦታ ምውሳኽ፣ ጉዳይ ምዝርጋሕ...) ነዚ ፋይል ከድምስሶ እዩ።
tm-votre-dossier-ne-peut-plus-etre = ፋይልኩም ደጊም ክቕየር ኣይክእልን
tm-completez-lidentification-de = ንምቕጻል ምልላይ እቲ ትካል ኣማልኡ።
tm-votre-dossier-a-bien-ete-duplique = ፋይልኩም ብዓወት ተቐዲሑ። ሕጂ ክትምርምርዎ፣ ከተመዓራርይዎ፣ ድሕሪኡ ከተቕርብዎ ትኽእሉ ኢኹም።
tm-linstruction-de-votre-dossier-a-commence = ምርመራ ፋይልኩም ጀሚሩ እዩ፣ ፋይልኩም ምድምሳስ ደጊም ኣይከኣልን። ምርመራ ክስረዝ እንተደሊኹም፣ ብሳጹን መልእኽቲ ፋይልኩም ንምምሕዳርኩም ርኸብዎ።
tm-votre-dossier-a-bien-ete-mis = ፋይልኩም ናብ መጉሓፊ ተሰጋጊሩ
tm-le-dossier-n-est-pas-correctement = እቲ ፋይል ብቕኑዕ ኣይተመልአን።
tm-votre-dossier-a-bien-ete-restaure = ፋይልኩም ናብ ቦትኡ ተመሊሱ
tm-aucun-etablissement-nest-associe-a-ce = ምስዚ ፋይል ዝተኣሳሰረ ትካል የለን
tm-identite-enregistree = መንነት ተመዝጊቡ
tm-attestation-de-depot = መረጋገጺ ምቕራብ ሕቶ (attestation de dépôt)
tm-dossier-depose-le = እቲ ፋይል ዝቐረበሉ ዕለት:
tm-etat-du-dossier = ኩነታት ፋይል
tm-depose-en-attente-dexamen-par = ቀሪቡ፣ ምምሕዳር ክምርምሮ ይጽበ ኣሎ
tm-refuse = ተነጺጉ
tm-classe-sans-suite = ብዘይ ቀጻሊ ስጉምቲ ተዓጽዩ
tm-service-administratif = ምምሕዳራዊ ክፍሊ
tm-fait-le = ኣብ { $date } ተዳልዩ፣
tm-obtenir-une-attestation-de-depot-de = መረጋገጺ ምቕራብ ፋይል ውሰድ
tm-dossier-n-en-corbeille = ፋይል ቁጽሪ { $n } - ኣብ መጉሓፊ
tm-vous-pouvez-retrouver-ce-dossier-depuis = ነዚ ፋይል ኣብ ታብ መጉሓፊ ናይ ኣካውንትኩም ክትረኽብዎ ትኽእሉ ኢኹም። ሕጂ ክረአ ኣይከኣልን።
tm-ce-dossier-a-ete-mis-a = እዚ ፋይል ብሕቶኹም ናብ መጉሓፊ ተሰጋጊሩ: ገና ናብ ቦትኡ ክትመልስዎ ትኽእሉ ኢኹም።
tm-si-ce-dossier-a-ete-mis = እዚ ፋይል ብሕቶኹም ናብ መጉሓፊ እንተተሰጋጊሩ: ገና ናብ ቦትኡ ክትመልስዎ ትኽእሉ ኢኹም።
tm-si-ce-dossier-a-ete-mis-2 = እዚ ፋይል ዝለዓለ ግዜ ምዕቃቡ ስለ ዝበጽሐ ባዕሉ ናብ መጉሓፊ እንተተሰጋጊሩ: ንሓዋሩ ቅድሚ ምድምሳሱ ብቕልጡፍ ከተውርድዎ ንምሕጽነኩም።
tm-dossier-n-supprime-definitivement = ፋይል ቁጽሪ { $n } - ንሓዋሩ ተደምሲሱ
tm-vous-ne-pouvez-plus-recuperer-ce = በዚ ዝስዕብ ሓደ ካብቶም ምኽንያታት ነዚ ፋይል ደጊም ክትመልስዎ ኣይትኽእሉን ኢኹም:
tm-il-a-ete-mis-a-la = ብሕቶኹም ናብ መጉሓፊ ተሰጋጊሩ፣ ድሕሪኡ ባዕሉ ተደምሲሱ።
tm-il-a-ete-supprime-car-son = ዝለዓለ ግዜ ምዕቃቡ ስለ ዝበጽሐ ተደምሲሱ።
tm-vous-pouvez-retrouver-lensemble-des = ኩሎም ካብ ኣካውንትኩም ዝተደምሰሱ ፋይላት (ብዘይካ ንድፊታት "BROUILLON") ኣብ ገጽ ታሪኽ ዝተደምሰሱ ፋይላት ክትረኽብዎም ትኽእሉ ኢኹም።

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = ኣካውንት FranceConnect ናትኩም { $email } ከም ኢመይል ርክብ ይጥቀም።
tm-souhaitez-vous-lutiliser-pour-recevoir = ብዛዕባ ምዕባለ ፋይላትኩም ምልክታታት ንምቕባል ክትጥቀሙሉ ትደልዩ ዲኹም?
tm-valider = ኣረጋግጽ
tm-veuillez-nous-fournir-ladresse = በጃኹም ክንረኽበኩም እንጥቀመሉ ኣድራሻ ኢመይል ሃቡና
tm-oui-utiliser-comme-adresse-electronique = እወ፣ { $email } ከም ኢመይል ርክብ ተጠቐም
tm-non-utiliser-une-autre-adresse = ኣይፋል፣ ካልእ ኣድራሻ ኢመይል ተጠቐም
tm-fusion-des-comptes-franceconnect-et = ምጥርናፍ ኣካውንታት FranceConnect ከምኡውን { $name }
tm-bonjour-votre-compte-franceconnect = ሰላም፣ ኣካውንት FranceConnect ናትኩም { $email } ከም ኢመይል ርክብ ይጥቀም። ግን ኣብ { $name } በዚ ኣድራሻ ኢመይል ዝተኸፍተ ኣካውንት ኣሎ።
tm-pour-les-fusionner-entrez-votre-mot = ንምጥርናፎም፣ መሕለፊ ቃልኩም ጸሓፉ
tm-fusionner-les-comptes = ኣካውንታት ኣጠርንፍ
tm-utiliser-cette-adresse-electronique = ነዚ ኣድራሻ ኢመይል ተጠቐም
tm-nous-venons-de-vous-envoyer-le = ሕጂ መረጋገጺ ኢመይል ልኢኽናልኩም ኣለና፣ ኣካውንታትኩም ንምጥርናፍ በጃኹም ኣብቲ ኢመይል ዘሎ ሊንክ ጠውቑ
tm-le-lien-de-confirmation-a-expire = ግዜ ሊንክ መረጋገጺ ተወዲኡ። ሓድሽ ሊንክ መረጋገጺ ብኢመይል ተሰዲዱልኩም ኣሎ።
tm-une-erreur-inattendue-est-survenue = ዘይተጸበናዮ ጌጋ ኣጋጢሙ። እቲ ጸገም እንተቐጺሉ በጃኹም ንደገፍ ርኸቡ።
tm-vous-avez-ete-deconnecte-de-votre = ካብቲ ናይ ቀደም ኣካውንትኩም ወጺእኩም ኣለኹም። በጃኹም ነቲ ሊንክ መረጋገጺ ደጊምኩም ጠውቑ።
tm-utilisateur-non-trouve = ተጠቃሚ ኣይተረኽበን
tm-les-comptes-franceconnect-et-sont-a = ኣካውንታት FranceConnect ከምኡውን { $name } ሕጂ ተጠርኒፎም ኣለዉ

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = መረጋገጺኹም ካብዚ ዝስዕብ ኣድራሻ ከተውርዱ ትኽእሉ ኢኹም: { $link }
tm-pour-obtenir-le-detail-de-cette = ብዛዕባ እዚ ለውጢ ውሳነ ዝርዝር ንምርካብ፣ ነዚ ክፍሊ ክትረኽቡ ትኽእሉ ኢኹም: { $name }።
tm-a-ete-refuse-le = ኣብ { $date } ተነጺጉ
tm-le-motif-de-refus-est-le = ምኽንያት ምንጻግ እዚ ዝስዕብ እዩ:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = ንገለ ካብ ምምሕዳራዊ ጉዳያትኩም ቁጽሪ SIRET ናይቲ ክፍሊ ኣይጸሓፍኩምን። በጃኹም ኣስተኻኽልዎም።
tm-certaines-de-vos-demarches-nont-pas = ገለ ካብ ምምሕዳራዊ ጉዳያትኩም ዝተኣሳሰረ ክፍሊ የብሎምን።
tm-ajouter-un-service-a-la-demarche = ኣብ ምምሕዳራዊ ጉዳይ { $n } ክፍሊ ወስኽ
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [one] ንምምላእ ዝግመት ግዜ: { $n } ደቒቕ (ከም ዝተመርጹ ምርጫታት ይፈላለ)
       *[other] ንምምላእ ዝግመት ግዜ: { $n } ደቓይቕ (ከም ዝተመርጹ ምርጫታት ይፈላለ)
    }
tm-quels-sont-les-delais-dinstruction-pour = ናይዚ ምምሕዳራዊ ጉዳይ ግዜ ምርመራ ክንደይ እዩ?
tm-liste-des-pieces-en-fonction-de = ዝርዝር ሰነዳት ብመሰረት ኩነታትኩም
tm-le-sva-ou-silence-vaut-accord = SVA፣ ማለት «ስቕታ ማለት ተቐባልነት እዩ» (« Silence Vaut Accord »)፣ ምምሕዳር መልሲ እንተዘይሂቡ ሕቶ እንታይ ከም ዝኸውን ዝውስን ሕጋዊ መትከል እዩ: ፋይልኩም ምሉእ እንተኾይኑ፣ ድሕሪ ሓደ ግዜ እቲ ሕቶ ባዕሉ ተቐባልነት ይረክብ።
tm-le-svr-ou-silence-vaut-rejet = SVR፣ ማለት «ስቕታ ማለት ምእባይ እዩ» (« Silence Vaut Rejet »)፣ ምምሕዳር መልሲ እንተዘይሂቡ ሕቶ እንታይ ከም ዝኸውን ዝውስን ሕጋዊ መትከል እዩ: ፋይልኩም ምሉእ እንተኾይኑ፣ ድሕሪ ሓደ ግዜ እቲ ሕቶ ባዕሉ ይንጸግ።

## ds: layouts

tm-super-admin = ላዕለዋይ ኣመሓዳሪ (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = ቁጽሪን ስምን ጎደና፣ ወይ ስም ቦታ (lieu-dit) ጸሓፉ
tm-renseigner-la-ville-ou-commune = ከተማ ወይ ዓዲ ጸሓፉ
tm-renseigner-un-code-postal = ኮድ ፖስታ ጸሓፉ
tm-format-attendu-jj-mm-aaaa = ዝድለ ኣጻሕፋ: JJ/MM/AAAA (መዓልቲ/ወርሒ/ዓመት).
tm-format-attendu-jj-mm-aaaa-hh = ዝድለ ኣጻሕፋ: JJ/MM/AAAA HH:MM (መዓልቲ/ወርሒ/ዓመት ሰዓት:ደቒቕ).
tm-format-attendu-un-numero-de-dossier = ዝድለ ኣጻሕፋ: ኣብ { $name } ዝቐረበ ፋይል ቁጽሪ
tm-ne-doit-pas-contenir-de-caracteres = ፍሉይ ምልክታት ክህልዎ የብሉን
tm-doit-faire-au-moins-caracteres = { $n ->
        [one] እንተወሓደ { $n } ፊደል ክህልዎ ኣለዎ
       *[other] እንተወሓደ { $n } ፊደላት ክህልዎ ኣለዎ
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [one] ካብ { $n } ፊደል ዝወሓደ ክኸውን ኣለዎ
       *[other] ካብ { $n } ፊደላት ዝወሓደ ክኸውን ኣለዎ
    }
tm-est-invalide-saisissez-un-numero-iban = ቅኑዕ ኣይኮነን። ቅኑዕ ቁጽሪ IBAN ጸሓፉ። ኣብነት (ፈረንሳ): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = ኣብነት (ፈረንሳ): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = ሓደ ወይ ልዕሊ ሓደ ምርጫ ክትመርጹ ትኽእሉ ኢኹም።

## ds: activemodel

tm-region-code-region = ዞባ (région) ከምኡውን ኮድ ዞባ

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = ዝድለ ኣጻሕፋ: ቅኑዕ ቁጽሪ ተሌፎን። ኣብነት: 0612345678
tm-doit-commencer-par-un-w-majuscule = ብዓቢ ፊደል W ጀሚሩ 9 ኣሃዛት ወይ ፊደላት ክስዕቦ ኣለዎ። ኣብነት: W503726238
tm-le-numero-rna-saisi-ne-correspond = እቲ ዝጸሓፍኩምዎ ቁጽሪ RNA { $value } ምስ ዝኾነ ትካል ኣይሰማማዕን፣ ቅኑዕ ቁጽሪ RNA ጸሓፉ
tm-une-erreur-reseau-a-empeche-lassociation = ጌጋ ኔትወርክ ነቲ ምስዚ RNA ዝተኣሳሰረ ማሕበር ከይርከብ ዓጊቱዎ፣ ደሓር ደጊምኩም ፈትኑ
tm-numero-rna = ቁጽሪ RNA (መዝገብ ማሕበራት)
tm-nom-de-lassociation = ስም ማሕበር
tm-objet-de-lassociation = ዕላማ ማሕበር
tm-date-de-creation = ዕለት ምምስራት
tm-date-de-publication = ዕለት ምዝርጋሕ
tm-format-attendu-un-w-majuscule-suivi = ዝድለ ኣጻሕፋ: ዓቢ ፊደል W፣ ብድሕሪኡ 9 ኣሃዛት ወይ ፊደላት። ኣብነት: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (ዝተረኽበ ፋውንዴሽን የለን)
tm-numero-rnf = ቁጽሪ RNF (መዝገብ ፋውንዴሽናት)
tm-mise-a-jour-le = ዕለት ምሕዳስ
tm-comporte-une-erreur-de-saisie-corrigez = ጌጋ ኣጻሕፋ ኣለዎ። ኣእርምዎ።
tm-ne-correspond-pas-a-un-etablissement = ምስ ዝኾነ ዘሎ ትካል ኣይሰማማዕን
tm-dossier-supprime = ዝተደምሰሰ ፋይል
tm-demande-de-lusager = ሕቶ ተጠቃሚ
tm-suppression-dune-demarche = ምድምሳስ ምምሕዳራዊ ጉዳይ
tm-numero-de-dossier = ቁጽሪ ፋይል
tm-etat = ኩነታት
tm-demande-de-correction = ሕቶ ምእራም
tm-pour-vous = ንዓኹም
tm-pour-un-beneficiaire-membre-de-la = ንኻልእ ተጠቃሚ: ኣባል ስድራቤት፣ ቀረባ ሰብ፣ ወካሊ (mandant)፣ ምክትታል ፋይል ዝሓላፈሉ ሞያዊ ሰብ…
tm-a-corriger = ክእረም ኣለዎ
tm-dossier-non-modifie = ፋይል ኣይተቐየረን
tm-demande-de-correction-annulee = ሕቶ ምእራም ተሰሪዙ
tm-reponse-donnee = መልሲ ተዋሂቡ
tm-le-dossier-nest-pas-valide-et = እቲ ፋይል ቅኑዕ ኣይኮነን፣ ምእራም የድልዮ
tm-le-dossier-doit-etre-mis-a = እቲ ፋይል ክሕደስን ደጊሙ ክረጋገጽን ኣለዎ
tm-depose-depuis-longtemps = ካብ ነዊሕ ግዜ ጀሚሩ ቀሪቡ
tm-depose-depuis-j = { $days ->
        [one] ቅድሚ { $days } መዓልቲ ቀሪቡ
       *[other] ቅድሚ { $days } መዓልታት ቀሪቡ
    }
tm-expire-bientot = ቀልጢፉ ግዜኡ ክውዳእ እዩ
tm-expire-dans-j = { $days ->
        [one] ድሕሪ { $days } መዓልቲ ግዜኡ ይውዳእ
       *[other] ድሕሪ { $days } መዓልታት ግዜኡ ይውዳእ
    }
tm-bientot-supprime = ቀልጢፉ ክድምሰስ እዩ
tm-suppression-dans-j = { $days ->
        [one] ድሕሪ { $days } መዓልቲ ይድምሰስ
       *[other] ድሕሪ { $days } መዓልታት ይድምሰስ
    }
tm-message = መልእኽቲ
tm-annotation-privee = ብሕታዊ መዘኻኸሪ
tm-ladresse-electronique = ኣድራሻ ኢመይል { $message }
tm-est-invalide = ቅኑዕ ኣይኮነን
tm-parcelle-agricole = ናይ ሕርሻ መሬት
tm-selection-utilisateur = ምርጫ ተጠቃሚ
tm-ne-peut-pas-etre-vide = ባዶ ክኸውን ኣይክእልን
tm-nest-pas-un-geojson-valide = ቅኑዕ GeoJSON ኣይኮነን
tm-contient-des-coordonnees-invalides = ዘይቅኑዓት መወሰኒ ቦታ (coordonnées) ኣለዉዎ፣ በጃኹም ስርዓት WGS84 ተጠቐሙ

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = መሬት ቁጽሪ { $n } - ገጽ { $prefixe } { $section } - { $surface } ትርብዒት ሜትሮ – ዓዲ { $commune }
tm-parcelle-n-hectares = መሬት ቁጽሪ { $n } - { $surface } ሄክታር
tm-une-aire-de-surface-m2 = ስፍሓቱ { $area } ትርብዒት ሜትሮ ዝኾነ ቦታ
tm-une-aire-de-surface-inconnue = ስፍሓቱ ዘይፍለጥ ቦታ

## ds: activerecord

tm-doit-etre-different-de-celui-du = ካብ ናይቲ ወኪል (mandataire) ኢመይል ዝተፈልየ ክኸውን ኣለዎ
tm-notifier-le-beneficiaire = ንተጠቃሚ ኣፍልጥ:
tm-pas-de-notification = ምፍላጥ የለን
tm-votre-dossier-n-est-en-train = ፋይልኩም ቁጽሪ { $n } ደጊሙ ይምርመር ኣሎ ({ $name })

## ds: activemodel

tm-annee = ዓመት
tm-depuis-le-debut = ካብ መጀመርታ
tm-en = (ኣብ ዓመት { $year })
tm-nombre-de-demarches = ብዝሒ ምምሕዳራዊ ጉዳያት
tm-nombre-de-demarches-publiees-ou-closes = ብዝሒ ዝተዘርግሑ ወይ ዝተዓጽዉ ምምሕዳራዊ ጉዳያት { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = እቲ ፋይል ብኣካውንት FranceConnect ቀሪቡ።
tm-le-dossier-a-ete-depose-par-2 = እቲ ፋይል ብኣካውንት { $name } ቀሪቡ።
tm-le-service-traitant-na-pas-ete = እቲ ሓላፍነት ዘለዎ ክፍሊ ሕቶኹም ኣብቲ ስርዓት «ስቕታ ማለት ምእባይ እዩ» (Silence Vaut Rejet) ዝወሰኖ ግዜ ክሰርሓሉ ኣይከኣለን።
tm-expirera-le-mois-apres-le-depot = { $n ->
        [one] ኣብ { $date } ግዜኡ ይውዳእ (ድሕሪ ምቕራብ ፋይል { $n } ወርሒ)
       *[other] ኣብ { $date } ግዜኡ ይውዳእ (ድሕሪ ምቕራብ ፋይል { $n } ኣዋርሕ)
    }
tm-ce-dossier-est-en-instruction-il = እዚ ፋይል ይምርመር ኣሎ፣ ግዜኡ ኣይውዳእን
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [one] ኣብ { $date } ግዜኡ ይውዳእ (ድሕሪ ምስራሕ ፋይል { $n } ወርሒ)
       *[other] ኣብ { $date } ግዜኡ ይውዳእ (ድሕሪ ምስራሕ ፋይል { $n } ኣዋርሕ)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [one] ኣብ { $date } ግዜኡ ይውዳእ (ድሕሪ ምስራሕ ፋይል { $n } ወርሒ)
       *[other] ኣብ { $date } ግዜኡ ይውዳእ (ድሕሪ ምስራሕ ፋይል { $n } ኣዋርሕ)
    }
tm-la-recuperation-automatique-des-donnees = ንተቐባሊ ሓገዝ ቁጽሪ { $numero_allocataire } ምስ ኮድ ፖስታ { $code_postal } ሓበሬታ ብኣውቶማቲክ ይእከብ ኣሎ።
tm-des-donnees-concernant-liees-au-compte = ብዛዕባ { $sources } ምስ ኣካውንት ቁጽሪ { $numero_allocataire } (ኮድ ፖስታ { $code_postal }) ዝተኣሳሰረ ሓበሬታ ካብ CAF ተቐቢልና።
tm-donnees-obtenues-de-la-caisse-nationale = ካብ ሃገራዊ ሳጹን ሓገዝ ስድራቤት (Caisse nationale d’allocations familiales) ዝተረኽበ ሓበሬታ
tm-la-recuperation-automatique-des-donnees-2 = ንገባር ግብሪ ቁጽሪ { $numero_fiscal } ምስ መወከሲ ወረቐት ግብሪ { $reference_avis } ሓበሬታ ብኣውቶማቲክ ይእከብ ኣሎ።
tm-des-donnees-concernant-liees-au = ብዛዕባ { $sources } ምስ ገባር ግብሪ ቁጽሪ { $numero_fiscal } (መወከሲ ወረቐት ግብሪ { $reference_avis }) ዝተኣሳሰረ ሓበሬታ ካብ DGFiP (ምምሕዳር ግብሪ) ተቐቢልና።
tm-donnees-obtenues-de-la-direction = ካብ ሓፈሻዊ ምምሕዳር ህዝባዊ ፋይናንስ (Direction générale des Finances publiques) ዝተረኽበ ሓበሬታ
tm-la-recuperation-automatique-des-donnees-3 = ንመለለዪ { $identifiant } ሓበሬታ ብኣውቶማቲክ ይእከብ ኣሎ።
tm-des-donnees-concernant-liees-a = ብዛዕባ { $sources } ምስ መለለዪ { $identifiant } ዝተኣሳሰረ ሓበሬታ ካብ Pôle emploi ተቐቢልና።
tm-donnees-obtenues-de-pole-emploi = ካብ Pôle emploi (ቤት ጽሕፈት ስራሕ) ዝተረኽበ ሓበሬታ
tm-des-donnees-concernant-liees-a-line = ብዛዕባ { $sources } ምስ INE { $ine } ዝተኣሳሰረ ሓበሬታ ካብ MESRI (ሚኒስትሪ ላዕለዋይ ትምህርቲ) ተቐቢልና።
tm-donnees-obtenues-du-mesri = ካብ MESRI (ሚኒስትሪ ላዕለዋይ ትምህርቲ) ዝተረኽበ ሓበሬታ
tm-entrer-une-autre-option = ካልእ ምርጫ ጸሓፍ

## ds: carte

tm-deploiement-par-departement = ዝርጋሐ ብመሰረት ኣውራጃ (département)
tm-quelle-carte-souhaitez-vous = ኣየናይ ካርታ ትደልዩ?

## ds: views

tm-selectionnez = ምረጹ

## ds: activerecord

tm-votre-adresse-electronique = ናይ ስራሕ ኣድራሻ ኢመይልኩም
tm-sujet = ኣርእስቲ

## ds: contact

tm-votre-question = ሕቶኹም
tm-notre-reponse = መልስና
tm-une-capture-decran-peut-nous-aider = ስእሊ ስክሪን ነቲ ክመሓየሽ ዘለዎ ቦታ ብቐሊሉ ንምልላይ ክሕግዘና ይኽእል።
tm-une-capture-decran-peut-nous-aider-2 = ስእሊ ስክሪን ነቲ ጸገም ብቐሊሉ ንምልላይ ክሕግዘና ይኽእል።
tm-taille-maximale-autorisee-200-mo-formats = ዝፍቀድ ዝለዓለ ዓቐን: 200 MB. ዝቕበሉ ቅርጽታት: jpg፣ png፣ pdf.
tm-contactez-nous-via-ce-formulaire-et = ብዚ ቅጥዒ ርኸቡና፣ ብቕልጡፍ ክንምልሰልኩም ኢና። ብዝበለጸ ክንሕግዘኩም፣ ዝከኣለኩም ኩሉ ሓበሬታ ሃቡና።
tm-jai-un-probleme-lors-du-remplissage = ፋይለይ ኣብ ዝመልኣሉ እዋን ጸገም ኣለኒ
tm-avez-vous-bien-verifie-que-tous = ኩሎም ግዴታ ዝኾኑ ቦታታት ( * ) ከም ዝተመልኡ ኣረጋጊጽኩም ዲኹም? ብዛዕባ ዝጸሓፍ ሓበሬታ ሕቶ እንተሃልዩኩም፣ ነቶም ናይቲ ምምሕዳራዊ ጉዳይ ሓላፍነት ዘለዎም ክፍልታት ርኸቡ (FAQ)።
tm-jai-une-question-sur-linstruction-de = ብዛዕባ ምርመራ ፋይለይ ሕቶ ኣለኒ
tm-si-vous-avez-des-questions-sur = ብዛዕባ ምርመራ ፋይልኩም (ንኣብነት ብዛዕባ ግዜ) ሕቶ እንተሃልዩኩም፣ ነቶም ፋይልኩም ዝምርምሩ ክፍልታት ብቐጥታ ብሳጹን መልእኽትኹም ክትረኽብዎም ንዕድመኩም (FAQ)። ብዛዕባ ቴክኒካዊ ጸገም ናይቲ ወብሳይት ሕቶ ክትሓቱ እንተደሊኹም፣ ነቲ ኣብ ታሕቲ ዘሎ ቅጥዒ ተጠቐሙ። ብዛዕባ ምርመራ ፋይልኩም ሓበሬታ ክንህበኩም ኣይንኽእልን ኢና።
tm-jai-une-idee-damelioration-pour-votre = ንወብሳይትኩም ዘመሓይሽ ሓሳብ ኣለኒ
tm-une-idee-pensez-a-consulter-notre = ሓሳብ ኣለኩም ድዩ? ሰሌዳ ምምሕያሻትና ርኣዩ: ነቶም ቀዳምነት እትህብዎም ምምሕያሻት ድምጺ ሃቡ፣ ናይ ባዕልኹም ሓሳብ ድማ ኣቕርቡ።
tm-nous-vous-invitons-a-contacter = እቲ ክትከተልዎ ዘለኩም ሊንክ ክሕብረኩም፣ ነቲ ምምሕዳራዊ ጉዳይኩም ዝሓላፈሉ ምምሕዳር ክትረኽቡ ንዕድመኩም። እቲ ሊንክ ከምዚ ክመስል ኣለዎ: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. ኣብዚ ድማ ዝርዝር እቶም ዝበዝሑ ምምሕዳራዊ ጉዳያትና (permis፣ detr፣ ወዘተ) ክትርእዩ ትኽእሉ ኢኹም።
tm-autre-sujet = ካልእ ኣርእስቲ
tm-votre-message-a-ete-envoye-sur = መልእኽትኹም ናብ ሳጹን መልእኽቲ ፋይልኩም ተሰዲዱ።
tm-votre-message-a-ete-envoye = መልእኽትኹም ተሰዲዱ።
tm-la-piece-jointe-doit-etre-un = እቲ ዝተተሓሓዘ ፋይል ክኸውን ኣለዎ

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = ካብቲ ኣብ ምምሕዳራዊ ጉዳይ «{ $name }» ንፋይልኩም ሓላፍነት ዘለዎ ምምሕዳር ሓድሽ መልእኽቲ በጺሑኩም።
tm-pour-consulter-le-message-et-y = ነቲ መልእኽቲ ንምንባብን መልሲ ንምሃብን ኣብ ታሕቲ ዘሎ መጠወቒ ጠውቑ:
tm-si-vous-souhaitez-repondre-a-ce = ነዚ መልእኽቲ መልሲ ክትህቡ እንተደሊኹም፣ ነቲ ምምሕዳር ብቐጥታ በዚ ዝስዕብ ኣድራሻ ርኸብዎ: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = ነዚ መልእኽቲ መልሲ ክትህቡ እንተደሊኹም፣ ነቲ ምምሕዳር ብቐጥታ ብቲ ኣብ ታሕቲ እዚ ኢመይል ዘሎ ሓበሬታ ርክብ ርኸብዎ።
tm-lire-le-message = መልእኽቲ ኣንብብ
tm-vous-avez-commence-a-remplir-un = ንምምሕዳራዊ ጉዳይ «{ $name }» ፋይል ክትመልኡ ጀሚርኩም ኣለኹም።
tm-vous-pouvez-retrouver-et-completer-votre = ኣብ ታሕቲ ዘሎ መጠወቒ ብምጥዋቕ ፋይልኩም ክትረኽብዎን ከተማልእዎን ትኽእሉ ኢኹም:
tm-vous-pouvez-deposer-votre-dossier = ፋይልኩም ክሳዕ { $before } ከተቕርብዎ ትኽእሉ ኢኹም።
tm-afficher-votre-dossier = ፋይልኩም ኣርኢ
tm-vous-devez-corriger-votre-dossier-n = ፋይልኩም ቁጽሪ { $n } «{ $name }» ከተእርምዎ ኣለኩም
tm-afin-de-poursuivre-son-instruction-un = ምርመራ ንምቕጻል፣ ሓደ መርማሪ ኣብ ፋይልኩም ቁጽሪ { $n } ናይ ምምሕዳራዊ ጉዳይ «{ $name }» እርማት ክትገብሩ ይሓተኩም ኣሎ።
tm-afin-de-commencer-son-instruction-un = ምርመራ ንምጅማር፣ ሓደ መርማሪ ፋይልኩም ቁጽሪ { $n } ናይ ምምሕዳራዊ ጉዳይ «{ $name }» ከተማልእዎ ይሓተኩም ኣሎ።
tm-consultez-la-messagerie-de-votre-dossier = ክግበሩ ዘለዎም ለውጥታት ንምፍላጥ ሳጹን መልእኽቲ ፋይልኩም ርኣዩ፣ ድሕሪኡ ነቲ ፋይል ብቐጥታ ኣብቲ ወብሳይት ቀይርዎ።
tm-ouvrir-la-messagerie = ሳጹን መልእኽቲ ክፈት
tm-vous-avez-une-demande-de-transfert = ዝጽበ ዘሎ ሕቶ ምስግጋር ኣለኩም።
tm-afin-de-pouvoir-accepter-ou-refuser = ነቲ ሕቶ ክትቕበልዎ ወይ ክትነጽግዎ፣ ናብ { $name } ክትኣትዉ ኣለኩም:
tm-acceder-a-la-demande-de-transfert = ናብቲ ሕቶ ምስግጋር ኪድ
tm-afin-de-pouvoir-accepter-ou-refuser-2 = ነቲ ሕቶ ክትቕበልዎ ወይ ክትነጽግዎ፣ ኣካውንት ክህልወኩም ኣለዎ:
tm-se-creer-un-compte-sur = ኣብ { $name } ኣካውንት ክፈት
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [one] { $name } ንምስግጋር { $n } ፋይል ሕቶ ይልእከልኩም ኣሎ።
       *[other] { $name } ንምስግጋር { $n } ፋይላት ሕቶ ይልእከልኩም ኣሎ።
    }
tm-vous-adresse-une-demande-de-transfert-2 = { $name } ንምስግጋር ፋይል ቁጽሪ { $n } ሕቶ ይልእከልኩም ኣሎ፣ ኣብዚ ምምሕዳራዊ ጉዳይ

## ds: layouts

tm-accueil-liste-des-demarches = ቀዳማይ ገጽ - ዝርዝር ምምሕዳራዊ ጉዳያት
tm-vous-etes-ici = ኣብዚ ኣለኹም
tm-voir-le-fil-dariane = መንገዲ ገጻት ርአ
tm-previsualiser-le-formulaire = ቅጥዒ ቅድሚ ምርኣይ
tm-previsualiser-les-annotations = መዘኻኸሪታት ቅድሚ ምርኣይ
tm-depuis-le = ካብ { $date } ጀሚሩ
tm-publiee = ተዘርጊሑ
tm-en-test = ኣብ ፈተነ
tm-a-modifier = ክቕየር ኣለዎ
tm-pour-plus-dinformation-sur-la-phase = ብዛዕባ ደረጃ ፈተነ ዝያዳ ሓበሬታ ንምርካብ
tm-consulter-la-faq = ተደጋገምቲ ሕቶታት (FAQ) ርአ
tm-suivi-des-dossiers = { $name } – ምክትታል ፋይላት
tm-modifier-le-lien-de-la-demarche = ሊንክ ምምሕዳራዊ ጉዳይ ቀይር
tm-pour-vous-adresser-a-votre = ንምምሕዳርኩም ንምርካብ፣ ብቐጥታ ነዚ ተጠቐሙ:
tm-page-de-contact = ገጽ ርክብ:
tm-horaires = ሰዓታት ስራሕ:
tm-consultez-laide-en-ligne = ብኢንተርነት ዘሎ ሓገዝ ርኣዩ
tm-consultez-la-page-de-contact-de = ገጽ ርክብ ናይቲ ምምሕዳር ርኣዩ
tm-lequipe = እቲ ጉጅለ
tm-nous-vous-informons-que-le-dossier = ንሕብረኩም ኣሎና፣ ፋይል ቁጽሪ { $dossier_id }፣ ብ{ $mandataire_first_name } { $mandataire_last_name } ብስምኩም ዝተመልአ፣ ኣብዚ ምምሕዳራዊ ጉዳይ
tm-a-ete-classe-sans-suite-le = ኣብ { $date } ብዘይ ቀጻሊ ስጉምቲ ተዓጽዩ።
tm-a-ete-rendue = ተዋሂቡ።

## ds: root

tm-effectuer-une-demarche-administrative-en = ምምሕዳራዊ ጉዳይ ብኢንተርነት ፈጽም
tm-vous-souhaitez-effectuer-une-demande = ናብ ሓደ ምምሕዳር ሕቶ ከተቕርቡ ትደልዩ ዲኹም?
tm-realisez-vos-demandes-en-toute = ሕቶታትኩም ብቐሊሉ ፈጽሙ፣ ፋይላትኩም ድማ ብኢንተርነት ርኸብዎም
tm-comment-trouver-ma-demarche = ምምሕዳራዊ ጉዳየይ ብኸመይ ክረኽቦ?
tm-dossiers-deposes = ዝቐረቡ ፋይላት
tm-reduction-des-delais-de-traitement = ምንካይ ግዜ ምስራሕ
tm-une-question-un-probleme = ሕቶ ወይ ጸገም ኣለኩም?
tm-la-reponse-est-dans-laide-en = መልሱ ኣብቲ ብኢንተርነት ዘሎ ሓገዝ ኣሎ
tm-administration-vous-voulez = ምምሕዳራት: ስራሕኩም ብኢንተርነት ክትገብሩ ትደልዩ ዲኹም?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect ናብ ብኢንተርነት ዝርከቡ ኣገልግሎታትኩም ምእታው ውሑስን ቀሊልን ንምግባር መንግስቲ ዘቕረቦ መፍትሒ እዩ።
tm-sidentifier-avec = ብዚ እቶ:
tm-ou = ወይ
tm-vous-avez-deja-un-compte = ድሮ ኣካውንት ኣለኩም ድዩ?
tm-jai-deja-un-compte = ድሮ ኣካውንት ኣለኒ
tm-creer-un-compte = ኣካውንት ክፈት
tm-votre-adresse-electronique-nest-pas = ኣድራሻ ኢመይልኩም ኣይተረጋገጸን፣ ስለዚ መልእኽትታት { $name } ኣይክበጽሑኩምን እዮም። በጃኹም ሳጹን ኢመይልኩም ርኣዩ፣ ሊንክ ምርግጋጽ ድማ ጠውቑ። እቲ ኢመይል ኣይበጽሓኩምን ድዩ?
tm-telecharger-le-modele = ሞዴል ኣውርድ

## ds: commencer

tm-commencer-la-demarche = ምምሕዳራዊ ጉዳይ ጀምር
tm-vous-avez-deja-des-dossiers-pour = ንዚ ምምሕዳራዊ ጉዳይ ድሮ ፋይላት ኣለዉኹም
tm-voir-mes-dossiers-en-cours = ዝቕጽሉ ዘለዉ ፋይላተይ ርአ
tm-vous-avez-un-dossier-prerempli = ኣቐዲሙ ዝተመልአ ፋይል ኣለኩም
tm-vous-etes-prete-a-poursuivre-un = ኣብ ምምሕዳራዊ ጉዳይ «{ $name }» ቅድሚ { $time } ዝጀመረ ኣቐዲሙ ዝተመልአ ፋይል ክትቅጽሉ ድሉዋት ኢኹም።
tm-vous-avez-deja-commence-a-remplir = ድሮ ፋይል ክትመልኡ ጀሚርኩም ኢኹም
tm-il-y-a-vous-avez-depose = ቅድሚ { $time }፣ ኣብ ምምሕዳራዊ ጉዳይ «{ $name }» ፋይል ኣቕሪብኩም።
tm-poursuivre-mon-dossier-prerempli = ኣቐዲሙ ዝተመልአ ፋይለይ ቀጽል
tm-continuer-a-remplir-mon-dossier = ምምላእ ፋይለይ ቀጽል
tm-voir-mon-dossier-depose = ዝቐረበ ፋይለይ ርአ
tm-vous-souhaitez-effectuer-une-demande-par = ብወረቐት ሕቶ ከተቕርቡ ትደልዩ ዲኹም? ባዶ ፋይል ብቕርጺ PDF ኣውሪድኩም ናብቲ ዝምልከቶ ምምሕዳር ክትሰዱዎ ትኽእሉ ኢኹም: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = ባዶ ፋይል ብቕርጺ PDF ኣውርድ
tm-vos-derniers-dossiers-crees = { $n ->
        [one] እቲ ናይ መወዳእታ { $n } ዝፈጠርኩምዎ ፋይል:
       *[other] እቶም ናይ መወዳእታ { $n } ዝፈጠርኩምዎም ፋይላት:
    }
tm-n-cree-il-y-a = ቁጽሪ { $n }፣ ቅድሚ { $date } ዝተፈጥረ፣ { $state }
tm-la-demarche-est-close-depuis-le = ምምሕዳራዊ ጉዳይ { $name } ካብ { $date } ጀሚሩ ተዓጽዩ ኣሎ

## ds: users

tm-vous-vous-appretez-a-transferer-le = ነቲ ብ{ $name } ኣብ { $date } ዝቐረበ { $state } ፋይል ቁጽሪ { $n } ናብ ኣካውንት ካልእ ተጠቃሚ ከተሰጋግርዎ ቀሪብኩም ኣለኹም።
tm-envoyer-la-demande-de-transfert = ሕቶ ምስግጋር ስደድ
tm-linvitation-au-transfert-a-ete-envoyee = ዕድመ ምስግጋር ብዓወት ተሰዲዱ
tm-la-demande-de-transfert-a-ete = ሕቶ ምስግጋር ብዓወት ተደምሲሱ
tm-la-demarche-liee-a-votre-dossier = እቲ ምስ ፋይልኩም ዝተኣሳሰረ ምምሕዳራዊ ጉዳይ ተደምሲሱ
tm-la-demarche-liee-a-votre-dossier-2 = እቲ ምስ ፋይልኩም ዝተኣሳሰረ ምምሕዳራዊ ጉዳይ ተዓጽዩ
tm-vous-pouvez-toujours-consulter-votre = ፋይልኩም ገና ክትርእይዎ ትኽእሉ ኢኹም፣ ግን ደጊም ክትቕይርዎ ኣይከኣልን።
tm-votre-dossier-a-ete-traite-par = ፋይልኩም ብምምሕዳር ተሰሪሑ እዩ፣ ዝኾነ ተግባር ክግበር ኣይከኣልን
tm-vous-pouvez-toujours-consulter-votre-2 = ፋይልኩም ገና ክትርእይዎ ትኽእሉ ኢኹም፣ ግን ምምሕዳር ኣይክሰርሓሉን እዩ
tm-voir-la-demarche = ምምሕዳራዊ ጉዳይ ርአ
tm-une-nouvelle-demarche-est-disponible = ሓድሽ ምምሕዳራዊ ጉዳይ ኣሎ፣ ኣብዚ ርኣይዎ:
tm-pour-plus-dinformations-veuillez-vous = ንዝያዳ ሓበሬታ፣ በጃኹም ንክፍሊ { $name } ርኸቡ፣ ብቑጽሪ { $service_phone_number } ወይ ብኢመይል { $email }
tm-votre-dossier-est-en-attente-de = { $n ->
        [one] ፋይልኩም ምምሕዳር ክሕዞ ይጽበ ኣሎ። ዝለዓለ ግዜ ምጽባይ { $n } ወርሒ እዩ። እዚ ግዜ ግን ኣብ ታሕቲ ዘሎ መጠወቒ ብምጥዋቕ ከተናውሕዎ ትኽእሉ ኢኹም።
       *[other] ፋይልኩም ምምሕዳር ክሕዞ ይጽበ ኣሎ። ዝለዓለ ግዜ ምጽባይ { $n } ኣዋርሕ እዩ። እዚ ግዜ ግን ኣብ ታሕቲ ዘሎ መጠወቒ ብምጥዋቕ ከተናውሕዎ ትኽእሉ ኢኹም።
    }
tm-conserver-mois-supplementaire = { $n ->
        [one] ንተወሳኺ { $n } ወርሒ ዓቅብ
       *[other] ንተወሳኺ { $n } ኣዋርሕ ዓቅብ
    }
tm-cadre-juridique = ሕጋዊ መሰረት
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [one] ምዕቃብን ምህዳርን ሓበሬታ: { $n } ወርሒ
       *[other] ምዕቃብን ምህዳርን ሓበሬታ: { $n } ኣዋርሕ
    }
tm-texte-cadrant-la-demande-dinformation = ነዚ ሕቶ ሓበሬታ ዝመርሕ ሕጋዊ ጽሑፍ
tm-contacter-le-delegue-a-la-protection = ሓላፊ ምክልኻል ውልቃዊ ሓበሬታ ርኸብ
tm-dematerialisation = ስራሕ ብኢንተርነት ምግባር (Dématérialisation)
tm-trouver-une-maison-france-services = ቤት ጽሕፈት France Services ድለ
tm-profil = ፕሮፋይል
tm-nouvelle-adresse-electronique = ሓድሽ ኣድራሻ ኢመይል
tm-votre-adresse-electronique-actuelle = ሕጂ ዘሎ ኣድራሻ ኢመይልኩም
tm-changer-mon-adresse = ኣድራሻይ ቀይር
tm-transferer-tous-vos-dossiers = ኩሎም ፋይላትኩም ኣሰጋግሩ
tm-cette-fonctionnalite-vous-permet-de = እዚ መሳርሒ ንወናኒ ኩሎም ፋይላትኩም ክትቕይሩ የኽእለኩም። መብዛሕትኡ ግዜ ስራሕ ክትቕይሩ ከለኹም ወይ ብዙሓት ኣካውንታት ከተጠርንፉ እንተደሊኹም ይጠቅም።
tm-adresse-electronique-du-prochain = ኣድራሻ ኢመይል ናይቲ ዝመጽእ ወናኒ ኩሎም ፋይላትኩም
tm-le-nouveau-proprietaire-doit-confirmer = እቲ ሓድሽ ወናኒ { $email } ነቲ ኣብ ኢመይሉ ዝበጽሖ መምርሒታት ብምኽታል ምስግጋር ሓደ ፋይል ከረጋግጽ ኣለዎ።
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [one] እቲ ሓድሽ ወናኒ { $email } ነቲ ኣብ ኢመይሉ ዝበጽሖ መምርሒታት ብምኽታል ምስግጋር { $n } ፋይልኩም ከረጋግጽ ኣለዎ።
       *[other] እቲ ሓድሽ ወናኒ { $email } ነቲ ኣብ ኢመይሉ ዝበጽሖ መምርሒታት ብምኽታል ምስግጋር { $n } ፋይላትኩም ከረጋግጽ ኣለዎ።
    }
tm-confirmez-vous-le-transfert = ነቲ ምስግጋር ተረጋግጽዎ ዲኹም?
tm-transferer-tous-mes-dossiers = ኩሎም ፋይላተይ ኣሰጋግር
tm-changement-en-attente = ዝጽበ ዘሎ ለውጢ:
tm-doit-sassurer-que-votre-compte-est = { $name } ኣካውንትኩም ንሞያዊ ስራሕ ከም ዝጥቀመሉ ከረጋግጽ ኣለዎ። ናብዞም ዝስዕቡ ዶሜናት ለውጢ ኢመይል ባዕልና ክንፈቕድ ንኽእል ኢና: { $legit_admin_domains } ኩነታትኩም ከምኡ እንተዘይኮይኑ፣ ንደገፍ ርኸቡ: { $email }
tm-votre-compte-sur-est-actuellement-lie = ኣካውንትኩም ኣብ { $name } ሕጂ ምስዚ ዝስዕብ መንነት ተኣሳሲሩ ኣሎ:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [one] ኣካውንትኩም ኣብ { $name } ሕጂ ምስዚ ዝስዕብ { $n } መንነት ተኣሳሲሩ ኣሎ:
       *[other] ኣካውንትኩም ኣብ { $name } ሕጂ ምስዞም ዝስዕቡ { $n } መንነታት ተኣሳሲሩ ኣሎ:
    }
tm-interdire-lacces = ምእታው ከልክል
tm-le-transfert-dun-dossier-a-est = ምስግጋር ሓደ ፋይል ናብ { $email } ይካየድ ኣሎ
tm-le-transfert-de-dossiers-a-est = { $n ->
        [one] ምስግጋር { $n } ፋይል ናብ { $email } ይካየድ ኣሎ
       *[other] ምስግጋር { $n } ፋይላት ናብ { $email } ይካየድ ኣሎ
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = ኣገልግሎት ንግዜኡ የለን። በጃኹም ደሓር ሕቶኹም ደጊምኩም ኣቕርቡ።
tm-numero-de-la-declaration-de-perte = ቁጽሪ ጸብጻብ ምጥፋእ (déclaration de perte)
tm-mettre-a-jour-mes-documents = ሰነዳተይ ኣሓድስ
tm-nombre-d-enfants-a-charge = ብዝሒ ኣብ ሓላፍነትኩም ዘለዉ ቆልዑ (enfants à charge)
tm-je-ne-suis-pas-un-robot = ሮቦት ኣይኮንኩን
tm-numero-etranger = ቁጽሪ ወጻእተኛ (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = ደጊም ነጻ ግዜ የለን
tm-aucun-creneau-disponible = ዝኾነ ነጻ ቆጸራ የለን
tm-aucun-creneau-n-est-disponible = ዝኾነ ነጻ ቆጸራ ኣይርከብን
tm-pas-de-creneau-disponible = ነጻ ቆጸራ የለን
tm-plus-de-creneau-disponible = ደጊም ነጻ ቆጸራ የለን
tm-aucun-rendez-vous-disponible = ዝኾነ ቆጸራ የለን
tm-aucun-rendez-vous-n-est-disponible = ዝኾነ ቆጸራ ኣይርከብን
tm-aucune-disponibilite = ዝኾነ ነጻ ግዜ የለን
tm-tous-les-creneaux-sont-reserves = ኩሎም ነጻ ቆጸራታት ተታሒዞም
tm-toutes-les-plages-horaires-sont = ኩሎም ግዜታት ተታሒዞም
tm-aucune-plage-horaire = ዝኾነ ግዜ የለን
tm-service-momentanement-indisponible = ኣገልግሎት ንግዜኡ የለን
tm-service-temporairement-indisponible = ኣገልግሎት ንግዚኡ የለን
tm-service-indisponible = ኣገልግሎት የለን
tm-site-en-maintenance = ወብሳይት ኣብ ጽገና ኣሎ
tm-actuellement-en-maintenance = ሕጂ ኣብ ጽገና ኣሎ
tm-operation-de-maintenance = ስራሕ ጽገና (maintenance)
tm-erreur-technique = ቴክኒካዊ ጌጋ
tm-probleme-technique = ቴክኒካዊ ጸገም
tm-une-erreur-est-survenue = ጌጋ ኣጋጢሙ
tm-une-erreur-inattendue = ዘይተጸበናዮ ጌጋ
tm-le-service-rencontre-des-difficultes = እቲ ኣገልግሎት ጸገማት ኣጋጢምዎ ኣሎ
tm-nombre-de-connexions = ብዝሒ ምእታዋት
tm-trop-de-demandes = ኣዝዮም ብዙሓት ሕቶታት
tm-votre-session-a-expire = ግዜ ምእታውኩም ተወዲኡ
tm-session-expiree = ግዜ ምእታው ተወዲኡ
tm-vous-avez-ete-deconnecte = ካብ ኣካውንትኩም ወጺእኩም ኣለኹም
tm-delai-d-inactivite = ግዜ ዘይምንቅስቓስ
tm-code-de-securite-saisi-est-incorrect = እቲ ዝጸሓፍኩምዎ ኮድ ድሕንነት ጌጋ እዩ
tm-code-de-securite-est-incorrect = ኮድ ድሕንነት ጌጋ እዩ
tm-captcha-incorrect = captcha ጌጋ እዩ
tm-captcha-invalide = captcha ቅኑዕ ኣይኮነን
tm-identifiant-ou-mot-de-passe-incorrect = መለለዪ ስም ወይ መሕለፊ ቃል ጌጋ እዩ
tm-identifiant-ou-mot-de-passe-invalide = መለለዪ ስም ወይ መሕለፊ ቃል ቅኑዕ ኣይኮነን
tm-compte-bloque = ኣካውንት ተዓጊቱ
tm-compte-verrouille = ኣካውንት ተሸጒሩ
tm-compte-desactive = ኣካውንት ካብ ስራሕ ወጺኡ
tm-format-de-fichier-non-supporte = እዚ ዓይነት ፋይል ኣይቅበልን
tm-format-non-supporte = እዚ ቅርጺ ኣይቅበልን
tm-fichier-trop-volumineux = ፋይል ኣዝዩ ዓቢ እዩ
tm-depasse-la-taille-maximale = ካብቲ ዝለዓለ ዓቐን ይበዝሕ
tm-dossier-incomplet = ዘይተማልአ ፋይል
tm-piece-manquante = ዝጎደለ ሰነድ
tm-n-est-pas-valide = ቅኑዕ ኣይኮነን
tm-est-obligatoire = ግዴታ እዩ
tm-numero-etranger-inconnu = ቁጽሪ ወጻእተኛ (numéro étranger) ኣይፍለጥን
tm-aucun-dossier-ne-correspond = ዝሰማማዕ ፋይል የለን
tm-delai-d-attente-depasse = ግዜ ምጽባይ ሓሊፉ
tm-le-serveur-met-trop-de-temps = እቲ ሰርቨር ኣዝዩ ነዊሕ ግዜ ይወስድ ኣሎ

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = ኮድ ድሕንነት ጸሓፉ
tm-verification-de-securite = ምርግጋጽ ድሕንነት
tm-le-code-peut-etre-ecoute-avec = እቲ ኮድ ብመጠወቒ «ኮድ ኣንብብ» (« Énoncer le code ») ክስማዕ ይኽእል፤ መጠወቒ «ኮድ ቀይር» (« Changer le code ») ሓድሽ ስእሊ የርኢ።
tm-recopiez-les-caracteres-affiches-dans = ኣብቲ ስእሊ ዝረኣዩ ፊደላትን ኣሃዛትን ቅድሑ።
tm-veuillez-recopier-le-code-de-securite = ምሓዝ ቆጸራኹም ንምቕጻል በጃኹም ኮድ ድሕንነት ቅድሑ።

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = ፊደላትን ኣሃዛትን ናይቲ ስእሊ ጸሓፉ
tm-afin-de-verifier-que-vous-netes = ሮቦት ከም ዘይኮንኩም ንምርግጋጽ፣ ኣብቲ ስእሊ ዝረኣዩ ፊደላትን ኣሃዛትን ቅድሑ። ንምስማዖም መጠወቒ «ኮድ captcha ኣንብብ» (« Énoncer le code du captcha ») ተጠቐሙ፤ ካልእ ስእሊ ንምርካብ መጠወቒ «ሓድሽ captcha ፍጠር» (« Générer un nouveau captcha ») ተጠቐሙ።
tm-les-majuscules-et-minuscules-ne-sont = ኣብ መንጎ ዓበይትን ናኣሽቱን ፊደላት ፍልልይ የለን።
tm-pour-acceder-au-calendrier-des-rendez = ናብ መቑጸሪ ቆጸራታት ንምብጻሕ፣ ኮድ ድሕንነት ቅድሑ፣ ድሕሪኡ «ዝቕጽል» (« Suivant ») ጠውቑ።

## fixture: captcha/captchetat.html

tm-vos-coordonnees = ሓበሬታ ርክብኩም
tm-format-attendu-nom-domaine-fr = ዝድለ ኣጻሕፋ: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = ቆጸራ ቅድሚ ምምራጽኩም፣ በጃኹም ሕቶኹም ኣረጋግጹ። ቆጸራታት ከም ነጻ ግዜ ናይቲ መቐበሊ (guichet) ኣብ ነፍሲ ወከፍ ሰሙን ይኽፈቱ።

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = ምርግጋጽ ኣንጻር ሮቦት
tm-cliquez-sur-clique-ici-pour-verifier = ኣብ «ንምርግጋጽ ኣብዚ ጠውቕ» (« Clique ici pour vérifier ») ጠውቑ: እቲ ምርግጋጽ ብዘይ ፈተና ባዕሉ ይካየድ።
tm-clique-ici-pour-verifier = ንምርግጋጽ ኣብዚ ጠውቕ
tm-pour-toute-question-relative-a-vos = ብዛዕባ ምምሕዳራዊ ጉዳያትኩም (ፍቓድ መንበሪ፣ መንጃ ፍቓድ፣ ማሕበራት) ንዝኾነ ሕቶ ነዚ ቅጥዒ ተጠቐሙ። ኣብ ውሽጢ 15 መዓልታት ስራሕ መልሲ ክወሃበኩም እዩ።

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = ቁጽሪ ታርጋ ተሽከርካሪ (immatriculation)
tm-format-attendu-ab-123-cd = ዝድለ ኣጻሕፋ: AB-123-CD
tm-cochez-la-case-je-suis-un = ንምቕጻል ኣብ ሳጹን «ሰብ እየ» (« Je suis un humain ») ምልክት ግበሩ።
tm-envoyer-ma-demande = ሕቶይ ስደድ
tm-les-residents-des-secteurs-de = ነበርቲ ብክፍሊት ዝዕቆበሉ ቦታታት መኪና፣ ናይ ነበርቲ ዋጋ ዘኽእሎም ካርድ ክሓቱ ይኽእሉ። ዕድሚኡ ካብ 3 ኣዋርሕ ዝነኣሰ መረጋገጺ መንበሪን ናይ ተሽከርካሪ መረጋገጺ ምዝገባን ኣዳልዉ።

## fixture: captcha/image-generic.html

tm-reference-du-dossier = መወከሲ ፋይል
tm-recopiez-les-caracteres-affiches = ዝረኣዩ ፊደላትን ኣሃዛትን ቅድሑ
tm-code-de-securite = ኮድ ድሕንነት
tm-exemple-pc-034172-24-m0123 = ኣብነት: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 ምልክታት፣ ኣሃዛትን ዓበይቲ ፊደላትን
tm-generer-un-nouveau-code = ሓድሽ ኮድ ፍጠር
tm-envoyer-la-demande = ሕቶ ስደድ
tm-vous-pouvez-demander-la-copie-dun = ኣብዚ ምምሕዳር ከተማ ዝተዋህበ ፍቓድ ህንጻ ወይ ቅድመ-ምፍላጥ (déclaration préalable) ቅዳሕ ክትሓቱ ትኽእሉ ኢኹም። እቶም ሰነዳት ብኤለክትሮኒክ ይለኣኹ።

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = ነፍሲ ወከፍ ገጽ፣ ብዘይ ኢንተርነት፣ ኣብ ህዝባዊ ወብሳይታት ዝርከብ ዓይነት CAPTCHA ይደግሞ፣ ምልላይ Relais ንምፍታን (Relais ንCAPTCHA ፈጺሙ ኣይፈትሖን ኣይሓልፎን)። ምስ ዝኾነ ደጋዊ ኣገልግሎት ርክብ ኣይግበርን: ስክሪፕትታት፣ ፍሬማት፣ ስእልታትን ድምጽታትን ኣብ ውሽጢ ዘለዉ ፋይላት እዮም (ማህደር vendor/)።

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = ቆጸራ ኣረጋግጽ
tm-choisissez-un-creneau-pour-deposer-votre = ሕቶኹም ንምቕራብ ነጻ ቆጸራ ምረጹ። ምርግጋጽ ድሕንነት እቲ ገጽ ምስ ተጻዕነ ይረአ።

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = ሕቶ ድሕንነት: 3 + 4 ክንደይ ይኸውን?
tm-repondez-en-chiffres-cette-question = ብኣሃዛት መልሱ። እዚ ሕቶ ሮቦት ከም ዘይኮንኩም ንምርግጋጽ እዩ።
tm-sinscrire = ተመዝገብ
tm-recevez-chaque-mois-lactualite-du = ነፍሲ ወከፍ ወርሒ ዜና ናይቲ ኣውራጃ (Département) ተቐበሉ: ሓገዛት፣ መገድታት፣ ማእከላይ ቤት ትምህርቲ፣ ምትሕግጋዝ። ኣብ ዝኾነ ግዜ ምዝገባኹም ክትስርዙ ትኽእሉ ኢኹም።

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = ምኽንያት ቆጸራ
tm-cochez-la-case-je-ne-suis = ኣብ ሳጹን «ሮቦት ኣይኮንኩን» (« Je ne suis pas un robot ») ምልክት ግበሩ። ናይ ስእልታት ፈተና ክረአ ይኽእል፤ ናይ ድምጺ ቅርጺ ውን ኣለዎ።
tm-demander-un-rendez-vous = ቆጸራ ሕተት
tm-selectionner-un-motif = ምኽንያት ምረጽ
tm-premiere-demande = ቀዳማይ ሕቶ
tm-renouvellement = ምሕዳስ
tm-duplicata = ካልኣይ ቅዳሕ (duplicata)
tm-ce-formulaire-vous-permet-de-demander = እዚ ቅጥዒ ኣብ መቐበሊ ወጻእተኛታት ናይ ፕረፌክቱር ሮን (préfecture du Rhône፣ ሊዮን) ቆጸራ ክትሓቱ የኽእለኩም። መረጋገጺ ብኢመይል ክለኣኸልኩም እዩ።

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = ዓይነት ሰነድ
tm-copie-integrale = ምሉእ ቅዳሕ
tm-extrait-avec-filiation = ቅንጭብ ምስ ስም ወለዲ
tm-extrait-sans-filiation = ቅንጭብ ብዘይ ስም ወለዲ
tm-demandez-en-ligne-une-copie-integrale = ኣብ ሊዮን ንዝተወልደ ሰብ ምሉእ ቅዳሕ ወይ ቅንጭብ ወረቐት ልደት ብኢንተርነት ሕተቱ። እቲ ሰነድ ኣብ ውሽጢ 8 መዓልታት ብፖስታ ይለኣኽ።
tm-ce-site-est-protege-par-recaptcha = እዚ ወብሳይት ብreCAPTCHA ዝተሓለወ እዩ፤ ሕግታት ምስጢራውነትን ስርዓታት ኣጠቓቕማን ናይ Google ይምልከቱ።

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = እዚ ናይ ፈተነ ገጽ እዩ: እቲ ሕቶ ናብ ዝኾነ ክፍሊ ኣይተሰደደን።

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = ኣድራሻ ናይቲ ጸገም
tm-description = መግለጺ
tm-envoyer-le-signalement = ጸብጻብ ስደድ
tm-nid-de-poule-eclairage-en-panne = ጉድጓድ መገዲ፣ ዝተበላሸወ መብራህቲ፣ ኣብ ዘይቦታኡ ዝተደርበየ ጓሓፍ: ንኣገልግሎታት ከተማ ሓብሩ። ብዛዕባ ኣሰራርሓ ጸብጻብኩም ብኢመይል ክሕበረኩም እዩ።

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = ሰብ ምዃንኩም ኣረጋግጹ
tm-operation-reussie = ✔እቲ ተግባር ብዓወት ተፈጺሙ!
tm-saisissez-ce-que-vous-entendez = ዝሰማዕኩምዎ ጸሓፉ
tm-lecture = ኣጻውት

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = ቁጽሪ ማሕበራዊ ውሕስነት
tm-jour = መዓልቲ
tm-mois = ወርሒ
tm-numero-de-telephone-portable = ቁጽሪ ሞባይል ተሌፎን
tm-13-chiffres-cle-de-2-chiffres = 13 ኣሃዛት + መፍትሕ 2 ኣሃዛት፣ ኣብ ካርድ Vitale ናትኩም ተጻሒፉ ኣሎ
tm-telle-quelle-figure-sur-votre-carte = ከምቲ ኣብ ካርድ Vitale ናትኩም ዝተጻሕፈ
tm-exemple-14 = ኣብነት: 14
tm-exemple-07 = ኣብነት: 07
tm-exemple-1988 = ኣብነት: 1988
tm-format-attendu-5-chiffres = ዝድለ ኣጻሕፋ: 5 ኣሃዛት
tm-format-attendu-06-12-34-56 = ዝድለ ኣጻሕፋ: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = እቲ ዝጸሓፍኩምዎ ቁጽሪ ማሕበራዊ ውሕስነት ቅኑዕ ኣይኮነን።
tm-votre-compte-ameli-vous-permet-de = ኣካውንት ameli ናትኩም፣ ምምላስ ወጻኢታትኩም ክትከታተሉ፣ መረጋገጺ መሰላት (attestation de droits) ከተውርዱን ምስ ሳጹን መድሕን ሕክምናኹም ክትራኸቡን የኽእለኩም።

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = ብመለለዪ ስመይ እቶ
tm-votre-identifiant-est-votre-numero = መለለዪ ስምኩም ቁጽሪ ወጻእተኛ (numéro étranger፣ 10 ኣሃዛት) ወይ ኣድራሻ ኢመይልኩም እዩ
tm-sidentifier-avec-franceconnect = ብFranceConnect እቶ
tm-creer-mon-compte = ኣካውንተይ ክፈት
tm-la-creation-dun-compte-est-necessaire = ሕቶ ፍቓድ መንበሪ፣ ዜግነት (naturalisation) ወይ ሰነድ ጉዕዞ ንምቕራብ ኣካውንት ምኽፋት የድሊ።
tm-votre-numero-etranger-comporte-10 = ቁጽሪ ወጻእተኛ ናትኩም 10 ኣሃዛት ኣለዎ። ኣብ ፍቓድ መንበሪኹም፣ ኣብ récépissé ሕቶ ፍቓድ መንበሪ ወይ ኣብ ግዝያዊ ፍቓድ መንበሪ (autorisation provisoire de séjour) ተጻሒፉ ኣሎ።
tm-si-vous-navez-jamais-eu-de = ኣብ ፈረንሳ ፍቓድ መንበሪ ፈጺሙ እንተዘይነበረኩም፣ ኣድራሻ ኢመይልኩም ተጠቐሙ።

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = ናብ 06 12 34 56 78 ክድወለልኩም ዝሓተትኩምዎ ሕቶ ክምዝገብ ኣይከኣለን። ናብ ኣድራሻ marie.kowalczyk@example.fr ክንምልሰልኩም ኢና (ቁጽሪ ተቐባሊ ሓገዝ 1234567)።

## fixture: portals/caf-declaration

tm-numero-allocataire = ቁጽሪ ተቐባሊ ሓገዝ CAF (numéro allocataire)
tm-celibataire = ዘይተመርዓወ/ት
tm-marie-e = ዝተመርዓወ/ት
tm-pacse-e = ብPACS ዝተሳሰረ/ት (ሲቪላዊ ውዕል ጽምዲ)
tm-en-concubinage = ብዘይ መርዓ ብሓባር ዝነብር (concubinage)
tm-divorce-e = ዝተፋትሐ/ት
tm-veuf-veuve = ሰብኣያ ዝሞታ / ሰበይቱ ዝሞተቶ
tm-salaires-percus-en-euros = ዝተቐበልኩምዎ ደሞዝ (ብዩሮ)
tm-indemnites-journalieres = መዓልታዊ ካሕሳ (indemnités journalières)
tm-allocation-chomage-are = ሓገዝ ስራሕ ኣልቦ (ARE)
tm-pensions-alimentaires-recues = ዝተቐበልኩምዎ ገንዘብ ቀለብ (pensions alimentaires)
tm-votre-situation-professionnelle = ናይ ስራሕ ኩነታትኩም
tm-ajouter-une-piece-justificative = መረጋገጺ ሰነድ ወስኽ
tm-situation-familiale = ኩነታት ስድራቤት
tm-autres-ressources-en-euros = ካልእ እቶት (ብዩሮ)
tm-7-chiffres-il-est-sur-vos = 7 ኣሃዛት፣ ኣብቲ ካብ CAF ዝመጽኣኩም ደብዳቤታት ተጻሒፉ ኣሎ
tm-mois-1-janvier = ወርሒ 1: ጥሪ (janvier)
tm-mois-2-fevrier = ወርሒ 2: ለካቲት (février)
tm-mois-3-mars = ወርሒ 3: መጋቢት (mars)
tm-taille-maximale-5-mo-formats-supportes = ዝለዓለ ዓቐን: 5 MB. ዝቕበሉ ቅርጽታት: jpg፣ png፣ pdf.
tm-valider-ma-declaration = ጸብጻበይ ኣረጋግጽ
tm-selectionner-une-option = ምርጫ ምረጽ
tm-salarie = ብደሞዝ ዝሰርሕ (salarié)
tm-demandeur-d-emploi = ስራሕ ዝደሊ
tm-etudiant = ተማሃራይ
tm-sans-activite = ስራሕ የብለይን
tm-ex-1-250 = ኣብነት: 1 250
tm-declarez-les-ressources-percues-par = ስድራቤትኩም ኣብ ዝሓለፉ ሰለስተ ኣዋርሕ ዝተቐበሎ እቶት ኣፍልጡ። RSA፣ prime d’activité (ሓገዝ ንትሑት ደሞዝ) ወይ ሓገዝ ንዓበይቲ ስንኩላን (AAH) ምቕባል ንምቕጻል እዚ ጸብጻብ ግዴታ እዩ።
tm-salaires-indiquez-le-montant-net-avant = ደሞዝ: ንነፍሲ ወከፍ ወርሒ ናይቲ ርብዒ ዓመት፣ ቅድሚ ምቑራጽ ግብሪ ካብ ምንጩ (prélèvement à la source) ዘሎ ጽሩይ መጠን ጸሓፉ፣ ዋላ ሓንቲ እንተዘይተቐቢልኩም ድማ 0 ጸሓፉ።

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = ነፍሲ ወከፍ ገጽ ንፈተነ ዝተጻሕፈ ቀሊል ምምሳል እዩ፤ ሓደ ካብኣቶም እውን ቅዳሕ ናይ ሓቀኛ ወብሳይት ኣይኮነን።

## fixture: portals/mots-cles

tm-nom-de-famille = ስም ስድራቤት
tm-prenom-s = ቀዳማይ ስም (ስማት)
tm-date-dexpiration-de-votre-titre-de = ዕለት ዝውዳኣሉ ፍቓድ መንበሪኹም
tm-n-de-recepisse = ቁጽሪ récépissé
tm-courriel = ኢመይል
tm-remplissez-ce-formulaire-pour-connaitre = ኩነታት ምዕባለ ሕቶኹም ንምፍላጥ ነዚ ቅጥዒ ምልኡ። ኣብ ውሽጢ 15 መዓልታት ስራሕ ብኢመይል መልሲ ክለኣኸልኩም እዩ።

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = ንሕቶ ቆጸራኹም ደጊም ነጻ ግዜ የለን። በጃኹም ደሓር ደጊምኩም ፈትኑ።
tm-veuillez-cocher-la-case-pour-accepter = በጃኹም ምሓዝ ቆጸራ ቅድሚ ምቕጻልኩም፣ ስርዓታት ኣጠቓቕማ ንምቕባል ኣብቲ ሳጹን ምልክት ግበሩ
tm-choisissez-votre-guichet = መቐበሊኹም (guichet) ምረጹ
tm-effectuer-une-demande-de-rendez-vous = ሕቶ ቆጸራ ኣቕርብ
tm-selectionner-un-guichet = መቐበሊ ምረጽ
tm-guichet-1-titre-de-sejour = መቐበሊ 1 - ፍቓድ መንበሪ
tm-guichet-2-naturalisation = መቐበሊ 2 - ዜግነት (naturalisation)
tm-guichet-3-document-de-circulation-pour = መቐበሊ 3 - ሰነድ ጉዕዞ ንንኡስ ዕድመ ወጻእተኛ
tm-guichet-4-duplicata-et-changement = መቐበሊ 4 - ካልኣይ ቅዳሕን ምቕያር ኣድራሻን
tm-ce-module-vous-permet-de-reserver = እዚ ክፍሊ ፍቓድ መንበሪኹም ንምውሳድ ቆጸራ ክትሕዙ የኽእለኩም፣ ኣብ ፕረፌክቱር (préfecture) ድሉው ምዃኑ ዝሕብር SMS ወይ ደብዳቤ እንተበጺሑኩም ጥራሕ።
tm-conformement-aux-dispositions = ብመሰረት ዘሎ ሕጋዊ ደንቢ፣ ሕቶ ምሕዳስ ፍቓድ መንበሪኹም ዝምርመር ኩሎም ዝድለዩ መረጋገጺ ሰነዳት ኣቐዲምኩም እንተኣቕሪብኩም ጥራሕ እዩ፤ እንተዘይኮይኑ ግን እቲ ሕቶ ብዘይ ቀጻሊ ስጉምቲን ብዘይ ዳግማይ ምርመራን ክዕጾ እዩ።
tm-le-jour-du-rendez-vous-presentez = ኣብ መዓልቲ ቆጸራ፣ ፓስፖርትኩም፣ récépissé ወይ ናይ ቀደም ፍቓድ መንበሪኹም፣ ደብዳቤ ጻውዒት (convocation) ከምኡውን ቴምብር ግብሪ (timbre fiscal) ሒዝኩም ቅረቡ። ዝኾነ ዘይተማልአ ፋይል ክንጸግ እዩ።
tm-les-rendez-vous-sont-ouverts-chaque = ቆጸራታት ኣብ ነፍሲ ወከፍ ሰሙን ይኽፈቱ፣ ከም ነጻ ግዜ መቐበሊታት። ብተሌፎን ዝወሃብ ቆጸራ የለን።

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = ኣገልግሎት ሕጂ ኣብ ጽገና ኣሎ። ስለቲ ዘጋጠመ ጸገም ይቕሬታ፣ በጃኹም ደሓር ደጊምኩም ፈትኑ።
tm-les-demandes-deja-deposees-ne-sont = ድሮ ዝቐረቡ ሕቶታት በዚ ምቁራጽ ኣይተንከፉን። ፍቓድ መንበሪኹም ኣብ ግዜ ጽገና እንተተወዲኡ፣ attestation de prolongation d’instruction (መረጋገጺ ምንዋሕ ምርመራ) ናትኩም ቅቡል ኮይኑ ይጸንሕ።

## aides-jeunes: properties

tm-quel-est-votre-code-postal = ኮድ ፖስታኹም እንታይ እዩ?
tm-quel-est-le-code-postal-de = ኮድ ፖስታ ናይ ዓዲ ወለድኹም እንታይ እዩ?
tm-combien-d-enfants-vous-y-compris = ወለድኹም ክንደይ ቆልዑ (ንስኹም ውን ሓዊስኩም) ይናብዩ?
tm-lorsque-vos-parents-sont-separes-il = ወለድኹም ተፈላልዮም እንተኾይኖም፣ ብዝሒ እቶም ኣብ ሓላፍነት ናይቲ ንዓኹም ዝናቢ ወላዲ ዘለዉ ቆልዑ ክትጽሕፉ ኣለኩም። ገና ንኡስ ዕድመ እንተዄንኩም ብተራ ድማ ምስ ክልቲኦም እንተነበርኩም፣ ኣብ ሓላፍነት ክልቲኡ ናይ ግብሪ ስድራቤታት (foyers fiscaux) ናይቶም ዝተፈላለዩ ወለዲ ዘለዉ ቆልዑ ክትደማምሩ ኣለኩም።
tm-et-combien-vous-y-compris-font = ካብኣቶም ድማ ክንደይ (ንስኹም ውን ሓዊስኩም) ላዕለዋይ ትምህርቲ ይመሃሩ?
tm-actuellement-beneficiez-vous-d-une = ሕጂ ሓገዝ ትምህርቲ ካልኣይ ደረጃ (bourse du lycée) ትቕበሉ ዲኹም?
tm-avez-vous-un-lien-de-parente = ምስ ወናኒ ገዛኹም ቀጥታዊ ዝምድና ኣለኩም ድዩ? ንሱ ናትኩም ወይ ናይ በዓል ቤትኩም/በዓልቲ ቤትኩም ወላዲ ወይ ዘርኢ ድዩ (ቆልዓ፣ ኣባሓጎ…)?
tm-vivez-vous-en-couple = ምስ መጻምድቲ ትነብሩ ዲኹም?
tm-attention-cette-restriction-est = ተጠንቀቑ፣ እዚ ገደብ ካብቲ ናይ ስንኩል ሰራሕተኛ ኣፍልጦ ዝተፈልየ እዩ።
tm-en-etude-ou-en-alternance = ኣብ ትምህርቲ ወይ ትምህርትን ስራሕን ብተራ (alternance)
tm-salarie-ou-salariee = ብደሞዝ ዝሰርሕ/ትሰርሕ
tm-independant-ou-independante = ናይ ገዛእ ርእሱ ስራሕ ዘለዎ/ዋ
tm-inscrit-ou-inscrite-comme-demandeur = ከም ስራሕ ደላዪ ዝተመዝገበ/ት
tm-retraite-ou-retraitee = ጡረተኛ
tm-autre = ካልእ
tm-lorsque-vous-etudiez-et-que-vous = ትምሃሩን ትሰርሑን እንተዄንኩም፣ «ኣብ ትምህርቲ ወይ ትምህርትን ስራሕን ብተራ» (« En étude ou en alternance ») ክትመርጹ ኣለኩም።
tm-dans-quelle-classe-etes-vous = ሕጂ ኣብ ኣየናይ ክፍሊ ኢኹም?
tm-cap-1ere-annee = CAP - ቀዳማይ ዓመት
tm-cap-2eme-annee = CAP - ካልኣይ ዓመት
tm-seconde = Seconde (ቀዳማይ ዓመት ካልኣይ ደረጃ)
tm-premiere = Première (ካልኣይ ዓመት ካልኣይ ደረጃ)
tm-terminale = Terminale (ናይ መወዳእታ ዓመት ካልኣይ ደረጃ)
tm-licence-1ere-annee = ቀዳማይ ዲግሪ (Licence) - ቀዳማይ ዓመት
tm-licence-2eme-annee = ቀዳማይ ዲግሪ (Licence) - ካልኣይ ዓመት
tm-licence-3eme-annee = ቀዳማይ ዲግሪ (Licence) - ሳልሳይ ዓመት
tm-master-1ere-annee = ማስተርስ - ቀዳማይ ዓመት
tm-master-2eme-annee = ማስተርስ - ካልኣይ ዓመት
tm-doctorat-1ere-annee = ዶክተረይት - ቀዳማይ ዓመት
tm-doctorat-2eme-annee = ዶክተረይት - ካልኣይ ዓመት
tm-doctorat-3eme-annee = ዶክተረይት - ሳልሳይ ዓመት
tm-lorsque-vos-parents-sont-separes-il-2 = ወለድኹም ተፈላልዮም እንተኾይኖም፣ እቶት ናይቲ ንዓኹም ዝናቢ ወላዲ ክትወስዱ ኣለኩም። ገና ንኡስ ዕድመ እንተዄንኩም ብተራ ድማ ምስ ክልቲኦም እንተነበርኩም፣ እቶት ክልቲኡ ናይ ግብሪ ስድራቤታት ናይቶም ዝተፈላለዩ ወለዲ ክትደማምሩ ኣለኩም።
tm-si-vous-ne-connaissez-pas-le = ጠቕላላ ጽሩይ ዘይኮነ እቶት ወለድኹም እንተዘይፈሊጥኩም፣ ነቲ ግምት ንምቕጻል 0 ጸሓፉ። ተጠንቀቑ፣ እዚ ንልክዕነት ውጽኢት ናይቲ ግምት ክጸልዎ ይኽእል
tm-beneficiez-vous-d-une-bourse-de = ሓገዝ ላዕለዋይ ትምህርቲ ትቕበሉ ዲኹም?
tm-etes-vous-en-alternance-dans-la = ኣብ ሲቪል ሰርቪስ መንግስቲ ትምህርትን ስራሕን ብተራ (alternance) ትገብሩ ዲኹም?
tm-je-ne-sais-pas = ኣይፈልጥን
tm-pas-concerne = ኣይምልከተንን
tm-jamais = ፈጺሙ
tm-ponctuellement = ሳሕቲ
tm-regulierement = ብስሩዕ
tm-de-quel-secteur-votre-formation-fait = ስልጠናኹም ኣብ ኣየናይ ዘርፊ እዩ?
tm-etes-vous-heberge-chez-vos-parents = ኣብ ገዛ ወለድኹም ትነብሩ ዲኹም?
tm-l-inaptitude-medicale-au-travail = ብሕማም ወይ ብሓደጋ ዝመጽእ ሕክምናዊ ዘይምኽኣል ስራሕ፣ ከፊላዊ፣ ምሉእ ወይ ግዝያዊ ክኸውን ይኽእል።
tm-avez-vous-obtenu-une-mention-au = ኣብ baccalauréat (ፈተና መወዳእታ ካልኣይ ደረጃ) ፍሉይ ደረጃ (mention) ረኺብኩም ዲኹም?
tm-francaise = ፈረንሳዊ
tm-europeenne = ኤውሮጳዊ
tm-non-europeenne = ዘይኤውሮጳዊ
tm-regime-general-caf-cpam = ሓፈሻዊ ስርዓት (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = ናይ ሕርሻ ማሕበራዊ መድሕን (MSA)
tm-pour-les-etudiants-en-classes = ተማሃሮ ናይ ምድላው ክፍልታት ንላዕለዎት ቤት ትምህርቲ (grandes écoles)፣ «ኣብ ትካል ላዕለዋይ ትምህርቲ» (« Dans un établissement de l'enseignement supérieur ») ክመርጹ ኣለዎም።
tm-dans-quel-type-d-etablissement-etudiez = ሕጂ ኣብ ኣየናይ ዓይነት ትካል ትምሃሩ ኣለኹም?
tm-etablissement-public = ህዝባዊ ትካል
tm-etablissement-prive-sous-contrat = ምስ መንግስቲ ውዕል ዘለዎ ብሕታዊ ትካል
tm-etablissement-prive-hors-contrat = ምስ መንግስቲ ውዕል ዘይብሉ ብሕታዊ ትካል
tm-quelle-est-votre-relation-avec-votre = ምስ በዓል ቤትኩም ወይ በዓልቲ ቤትኩም ዘለኩም ዝምድና እንታይ እዩ?
tm-moins-de-50 = ካብ 50% ዝወሓደ
tm-etes-vous = ንስኹም … ዲኹም?
tm-en-apprentissage = ኣብ ሞያዊ ልምምድ (apprentissage)
tm-en-contrat-de-professionnalisation = ብውዕል ሞያዊ ምብቃዕ (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = ንትምህርቲ ክንደይ ኣዋርሕ ናብ ወጻኢ ክትከዱ ትሓስቡ?
tm-quel-est-le-prenom-de-votre = ስም ቆልዓኹም እንታይ እዩ? ድሒሩ ንምምላእ ንምቅላል ጥራሕ እዩ ዝጥቀመሉ።
tm-souhaitez-vous-connaitre-les-aides-pour = ብሽክለታ ንምግዛእ ዘሎ ሓገዛት ክትፈልጡ ትደልዩ ዲኹም?
tm-velo-mecanique-simple = ተራ ብሽክለታ ብዘይ ሞተር
tm-velo-electrique = ኤለክትሪካዊ ብሽክለታ
tm-velo-cargo = ጽዕነት ዝስከም ብሽክለታ (vélo cargo)
tm-velo-cargo-electrique = ኤለክትሪካዊ ጽዕነት ዝስከም ብሽክለታ
tm-velo-pliant = ዝዕጸፍ ብሽክለታ
tm-velo-pliant-electrique = ኤለክትሪካዊ ዝዕጸፍ ብሽክለታ
tm-motorisation-d-un-velo-classique = ኣብ ተራ ብሽክለታ ሞተር ምግጣም
tm-velo-adapte-pour-pmr = ንውሱን ምንቅስቓስ ዘለዎም ሰባት (PMR) ዝተዳለወ ብሽክለታ
tm-etes-vous-interesse-ou-interessee-par = ብዛዕባ ሓገዛት ስልጠና ኣብ ዘርፊ ጥዕናን ማሕበራዊ ጉዳያትን ድሌት ኣለኩም ድዩ?
tm-souhaitez-vous-connaitre-les-aides-au = ሓገዛት ንBAFA ከምኡውን BAFD (ምስክር ወረቐት መራሕቲ ንጥፈታት ቆልዑን መንእሰያትን) ክትፈልጡ ትደልዩ ዲኹም?
tm-prevoyez-vous-de-partir-a-l = ንትምህርቲ ናብ ወጻኢ ክትከዱ ትሓስቡ ዲኹም?
tm-prevoyez-vous-de-passer-le-permis = ፈተና መንጃ ፍቓድ ክትወስዱ ትሓስቡ ዲኹም?
tm-moins-de-3-mois = ካብ 3 ኣዋርሕ ዝወሓደ
tm-entre-3-et-6-mois = ኣብ መንጎ 3 ከምኡውን 6 ኣዋርሕ
tm-plus-de-3-mois = ካብ 3 ኣዋርሕ ንላዕሊ
tm-plus-6-mois = ካብ 6 ኣዋርሕ ንላዕሊ
tm-linterim-ou-travail-temporaire-est-un = ግዝያዊ ስራሕ (intérim) ምስ ኤጀንሲ ግዝያዊ ስራሕ ዝግበር ውዕል ስራሕ እዩ፤ እቲ ኤጀንሲ ነቲ ሰራሕተኛ ንውሱን ግዜ ናብ ሓደ ትካል ይልእኮ፣ መብዛሕትኡ ግዜ ንዘይተረኽበ ሰራሕተኛ ንምትካእ ወይ ንግዝያዊ ድሌት። እቲ ውዕል ምስ ኤጀንሲ እንተተፈሪሙ፣ ግዝያዊ ስራሕ (intérim) እዩ።
tm-est-ce-une-colocation = ብሓባር ምስ ካልኦት ዝንበረሉ ገዛ (colocation) ድዩ?
tm-est-ce-que-ce-logement-a = እዚ ገዛ ተሓዲሱ ድዩ?
tm-est-ce-une-chambre-une-chambre = ክፍሊ ድዩ? ክፍሊ ሓንቲ ክፍሊ ጥራሕ ዘለዎን ሽቓቕ (WC) ዘይብሉን መንበሪ እዩ።
tm-est-ce-un-logement-dans-une = ኣብ መንበሪ CROUS ዘሎ ገዛ ድዩ?
tm-participez-vous-aux-frais-du-logement = ኣብ ወጻኢታት ገዛ ትሳተፉ ዲኹም? ንኣብነት ወጻኢ ኤለክትሪክ፣ ተሌፎን፣ ወዘተ።
tm-rencontrez-vous-des-difficultes = ገዛ ንምርካብ ወይ ወጻኢታት ገዛኹም ንምኽፋል ዓበይቲ ጸገማት ኣለዉኹም ድዮም?
tm-prevoyez-vous-de-demenager-prochainement = ቀልጢፍኩም ገዛ ክትቕይሩ ትሓስቡ ዲኹም?
tm-non-j-ai-emmenage-il-y = ኣይፋል፣ ቅድሚ 3 ኣዋርሕ ዘይመልእ እየ ናብዚ ገዛ ኣትየ
tm-locataire = ተኻራዪ
tm-figurant-sur-le-bail-en-foyer = ስምኩም ኣብ ውዕል ክራይ ዘሎ፣ ወይ ኣብ መዕቆቢ (foyer) ወይ መንበሪ
tm-proprietaire = ወናኒ
tm-ou-en-location-accession = ወይ ብክራይ ናብ ውንነት ዝቕየር (location-accession)
tm-heberge-ou-hebergee = ኣብ ገዛ ካልእ ሰብ ዝነብር/ትነብር
tm-chez-vos-parents-chez-un-particulier = ኣብ ገዛ ወለድኹም፣ ኣብ ገዛ ውልቀ ሰብ ወይ ኣብ ናይ ስራሕ መንበሪ
tm-sans-domicile-stable = ርጉእ መንበሪ ዘይብሉ
tm-ou-domiciliation-administrative = ወይ ምምሕዳራዊ ኣድራሻ (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = ነዚ ንብረት ከም ቀዳማይ ገዛኢ (primo-accédant) ዲኹም ትገዝእዎ? ቀዳማይ ገዛኢ ማለት፣ ንብረቱ ኣብ ዝገዝኣሉ እዋን፣ ኣብ ዝሓለፉ ክልተ ዓመታት ወናኒ ቀንዲ መንበሪኡ ዘይነበረ ሰብ (ወይ ስድራቤት) እዩ።
tm-quel-type-de-logement-louez-vous = ኣየናይ ዓይነት ገዛ ትኻርዩ?
tm-non-meuble = ኣቕሓ ገዛ ዘይብሉ
tm-meuble-hotel = ኣቕሓ ገዛ ዘለዎ / ሆቴል
tm-foyer = መዕቆቢ (foyer)
tm-residence-universitaire-logement-crous = መንበሪ ዩኒቨርሲቲ፣ ገዛ CROUS፣ መዕቆቢ መንእሰያት ሰራሕተኛታት፣ ማሕበራዊ መንበሪ…
tm-maison-de-retraite-residence-sociale = ገዛ ኣረጋውያን፣ ማሕበራዊ መንበሪ…
tm-mes-enfants-a-charge = ኣብ ሓላፍነተይ ዘለዉ ቆልዑ
tm-quelle-est-la-situation-de-vos = ኩነታት ወለድኹም እንታይ እዩ?
tm-en-couple = ብሓባር ይነብሩ
tm-separes = ተፈላልዮም
tm-veuf-ou-veuve = ሰብኣያ ዝሞታ ወይ ሰበይቱ ዝሞተቶ
tm-decedes = ሞይቶም
tm-sans-autorite-parentale = ስልጣን ወለዲ ዘይብሎም
tm-vos-parents-habitent-ils-en-france = ወለድኹም ኣብ ፈረንሳ ይነብሩ ድዮም?
tm-quel-est-le-nombre-de-parts = ኣብቲ ናይ መወዳእታ ወረቐት ግብሪ ወለድኹም ብዝሒ ናይ ግብሪ ክፋላት (parts) ክንደይ እዩ?
tm-une-part-fiscale-est-une-unite = ናይ ግብሪ ክፋል (part fiscale) ነቶም ናይ ግብሪ ስድራቤት ዝቖሙ ሰባት ዝውክል መዐቀኒ እዩ፣ ግብሪ እቶት ንምሕሳብ ድማ ይጥቀመሉ። ብዝሒ ናይ ግብሪ ክፋላትኩም ንምፍላጥ፣ ነቲ መብዛሕትኡ ግዜ እዚ ሓበሬታ ዝጽሓፎ ናይ ግብሪ ጸብጻብኩም ክትርእዩ ትኽእሉ ኢኹም።
tm-quel-est-le-revenu-fiscal-de = ኣብቲ ናይ መወዳእታ ወረቐት ግብሪ ወለድኹም መወከሲ ናይ ግብሪ እቶት (RFR) ክንደይ እዩ?
tm-si-vous-ne-connaissez-pas-le-2 = RFR ወለድኹም እንተዘይፈሊጥኩም፣ ነቲ ግምት ንምቕጻል 0 ጸሓፉ። ተጠንቀቑ፣ እዚ ንልክዕነት ውጽኢት ናይቲ ግምት ክጸልዎ ይኽእል።

## aides-jeunes: resources.ts

tm-revenus-d-activite = እቶት ካብ ስራሕ
tm-revenus-professionnels-non-salaries = ሞያዊ እቶት ካብ ናይ ገዛእ ርእስኻ ስራሕ
tm-allocations = ሓገዛት (allocations)
tm-indemnites = ካሕሳታት (indemnités)
tm-pensions-rentes = ጡረታን ቀዋሚ ኣታዊታትን
tm-revenus-du-patrimoine = እቶት ካብ ንብረት
tm-autres-revenus = ካልእ እቶት
tm-salaire-dont-primes-et-indemnites-de = ደሞዝ (ሽልማታትን ካሕሳ መወዳእታ ውዕልን ሓዊሱ)
tm-entrez-le-montant-avant-la-retenue = ነቲ መጠን ቅድሚ ምቑራጽ ግብሪ ካብ ምንጩ ጸሓፉ
tm-remuneration-de-stage = ክፍሊት ልምምድ (stage)
tm-revenus-de-stage-de-formation = እቶት ካብ ልምምድ ሞያዊ ስልጠና
tm-allocation-de-securisation = ሓገዝ ውሕስነት ስራሕ (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = ንምምላስ ናብ ስራሕ ዝወሃብ ወርሓዊ ቀዋሚ ሽልማት
tm-aides-au-logement-apl-als-alf = ሓገዛት ገዛ (APL፣ ALS፣ ALF)
tm-allocations-familiales = ሓገዛት ስድራቤት (allocations familiales)
tm-complement-familial-cf = ተወሳኺ ሓገዝ ስድራቤት (CF)
tm-allocation-de-soutien-familial-asf = ሓገዝ ደገፍ ስድራቤት (ASF)
tm-revenu-de-solidarite-active-rsa = እቶት ንጡፍ ምትሕግጋዝ (RSA)
tm-prime-dactivite = prime d’activité (ሓገዝ ንትሑት ደሞዝ)
tm-allocation-de-solidarite-aux-personnes = ሓገዝ ምትሕግጋዝ ንኣረጋውያን (ASPA)
tm-allocation-supplementaire-dinvalidite = ተወሳኺ ሓገዝ ስንክልና (ASI)
tm-allocation-de-solidarite-specifique-ass = ፍሉይ ሓገዝ ምትሕግጋዝ (ASS)
tm-allocation-adulte-handicape-aah = ሓገዝ ንዓበይቲ ስንኩላን (AAH)
tm-complement-de-ressources-adulte = ተወሳኺ እቶት ንዓበይቲ ስንኩላን
tm-contrat-engagement-jeune = ውዕል ተወፋይነት መንእሰያት (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = ወሰኽ ንናጻ ናብራ (MVA)
tm-allocation-deducation-de-lenfant = ሓገዝ ምዕባይ ስንኩል ቆልዓ (AEEH)
tm-prestation-de-compensation-du-handicap = ሓገዝ ካሕሳ ስንክልና (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = ሓገዝ ምእላይ ንኣሽቱ ቆልዑ (PAJE) - መሰረታዊ ሓገዝ
tm-complement-de-libre-choix-dactivite-clca = ተወሳኺ ሓገዝ ናጻ ምርጫ ንጥፈት (CLCA)
tm-prestation-partagee-deducation-de = ሓባራዊ ሓገዝ ምዕባይ ቆልዓ (PreParE)
tm-indemnites-de-maternite-paternite = ካሕሳ ወሊድ፣ ኣቦነትን ቆልዓ ብሕጊ ምውሳድን (adoption)
tm-indemnites-maladie = ካሕሳ ሕማም
tm-indemnites-maladie-professionnelle = ካሕሳ ሞያዊ ሕማም
tm-indemnites-daccident-du-travail = ካሕሳ ሓደጋ ስራሕ
tm-indemnites-dactivite-partielle = ካሕሳ ከፊላዊ ንጥፈት (activité partielle)
tm-indemnites-de-volontariat = ካሕሳ ወለንታዊ ስራሕ (volontariat)
tm-dedommagement-aux-victimes-de-lamiante = ካሕሳ ንግዳያት ኣስቤስቶስ (amiante)
tm-pension-alimentaire = ገንዘብ ቀለብ (pension alimentaire)
tm-pension-alimentaire-versee = ዝተኸፍለ ገንዘብ ቀለብ
tm-prestation-compensatoire-suite-a = ካሕሳ (ድሕሪ ምፍልላይ) (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = ጡረታ (ካብ ጡረታ ዝሞተ መጻምድቲ ዝተረፈ ክፋል ሓዊሱ)፣ ቀዋሚ ኣታዊ
tm-rente-s-d-education-d-orphelin = ቀዋሚ ኣታዊ(ታት) ምዕባይ ወይ ዘኽታምነት…
tm-retraite-du-combattant = ጡረታ ተጋደልቲ
tm-pension-dinvalidite = ጡረታ ስንክልና
tm-bourse-de-lenseignement-superieur = ሓገዝ ላዕለዋይ ትምህርቲ
tm-bourse-de-recherche = ሓገዝ ምርምር
tm-bourse-du-lycee = ሓገዝ ትምህርቲ ካልኣይ ደረጃ
tm-gains-exceptionnels-dons-gains-aux-jeux = ፍሉይ ኣታዊታት (ህያባት፣ ዓወታት ጸወታ፣ ውርሻ)
tm-revenus-locatifs-terrains-appartements = እቶት ክራይ (መሬታት፣ ኣፓርታማታት፣ ናይ ንብረት ኩባንያታት SCI…)
tm-revenus-du-capital-interets-plus-values = እቶት ካብ ርእሰ-ማል (ወለድ፣ ረብሓ መሸጣ፣ ረብሓ ኣክሲዮን…)
tm-via-une-micro-entreprise-achat-revente = ብንእሽቶ ትካል (micro-entreprise) (ምግዛእ/ዳግማይ ምሻጥ ወይ መንበሪ ምቕራብ)
tm-via-une-micro-entreprise-autre-activite = ብንእሽቶ ትካል (micro-entreprise) (ካልእ ናይ BIC ንጥፈት)
tm-via-une-micro-entreprise-activite = ብንእሽቶ ትካል (micro-entreprise) (ናጻ ሞያዊ ከምኡውን/ወይ ኣእምሮኣዊ ንጥፈት (BNC))
tm-en-tant-qu-exploitant-agricole = ከም ሓረስታይ
tm-en-profession-liberale-entrepreneur = ኣብ ናጻ ሞያ (ዋና ስራሕ)
tm-revenus-dactivite-connus = ዝፍለጥ እቶት ካብ ስራሕ
tm-autres-revenus-imposables-preretraite = ካልእ ግብሪ ዝኽፈሎ እቶት (ቅድሚ ግዜኡ ጡረታ፣ ስራሕ ኣልቦ)
tm-pensions-retraites-rentes = ጡረታታት፣ ደሞዝ ጡረታ፣ ቀዋሚ ኣታዊታት
tm-frais-reels-deductibles = ዝቑረጹ ሓቀኛ ወጻኢታት
tm-revenus-fonciers-nets = ጽሩይ እቶት ካብ መሬትን ገዛን
tm-valeur-de-vos-biens-loues = ዋጋ እቲ ዘካረኹምዎ ንብረትኩም
tm-valeur-de-vos-terrains-non-loues = ዋጋ እቲ ዘየካረኹምዎ መሬትኩም
tm-valeur-locative-terrains-non-loues = ዋጋ ክራይ ናይ ዘይተኻረዩ መሬታት
tm-valeur-de-vos-biens-immobiliers-non = ዋጋ እቲ ዘየካረኹምዎ ዘይንቀሳቐስ ንብረትኩም
tm-valeur-locative-immobilier-non-loue = ዋጋ ክራይ ናይ ዘይተኻረየ ዘይንቀሳቐስ ንብረት
tm-epargne-sur-livret-a = ምዕቋር ኣብ livret A
tm-epargne-aux-revenus-non-imposables = ወለዱ ግብሪ ዘይኽፈሎ ምዕቋር
tm-epargne-aux-revenus-imposables = ወለዱ ግብሪ ዝኽፈሎ ምዕቋር

## aides-jeunes: components

tm-ex-caf-du-loiret = ኣብነት: CAF du Loiret
tm-id-de-la-simulation = መለለዪ ግምት (ID)
tm-email-de-l-utilisateur = ኢመይል ተጠቃሚ

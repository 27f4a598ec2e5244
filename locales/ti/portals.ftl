### Relais — translation memory, Tigrinya: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


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
tm-prise-de-rendez-vous-demande-de = ቆጸራ ምሓዝ — ሕቶ ዜግነት ፈረንሳ (naturalisation)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = ፊደላትን ኣሃዛትን ናይቲ ስእሊ ጸሓፉ
tm-afin-de-verifier-que-vous-netes = ሮቦት ከም ዘይኮንኩም ንምርግጋጽ፣ ኣብቲ ስእሊ ዝረኣዩ ፊደላትን ኣሃዛትን ቅድሑ። ንምስማዖም መጠወቒ «ኮድ captcha ኣንብብ» (« Énoncer le code du captcha ») ተጠቐሙ፤ ካልእ ስእሊ ንምርካብ መጠወቒ «ሓድሽ captcha ፍጠር» (« Générer un nouveau captcha ») ተጠቐሙ።
tm-les-majuscules-et-minuscules-ne-sont = ኣብ መንጎ ዓበይትን ናኣሽቱን ፊደላት ፍልልይ የለን።
tm-pour-acceder-au-calendrier-des-rendez = ናብ መቑጸሪ ቆጸራታት ንምብጻሕ፣ ኮድ ድሕንነት ቅድሑ፣ ድሕሪኡ «ዝቕጽል» (« Suivant ») ጠውቑ።
tm-prise-de-rendez-vous-remise-de = ቆጸራ ምሓዝ — ምቕባል ፍቓድ መንበሪ
tm-le-code-de-securite-saisi-est = እቲ ዝጸሓፍኩምዎ ኮድ ድሕነት ጌጋ እዩ። በጃኹም ደጊምኩም ፈትኑ።

## fixture: captcha/captchetat.html

tm-vos-coordonnees = ሓበሬታ ርክብኩም
tm-format-attendu-nom-domaine-fr = ዝድለ ኣጻሕፋ: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = ቆጸራ ቅድሚ ምምራጽኩም፣ በጃኹም ሕቶኹም ኣረጋግጹ። ቆጸራታት ከም ነጻ ግዜ ናይቲ መቐበሊ (guichet) ኣብ ነፍሲ ወከፍ ሰሙን ይኽፈቱ።
tm-prise-de-rendez-vous-echange-de = ቆጸራ ምሓዝ — ናይ ወጻኢ መንጃ ፍቓድ ምቕያር

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = ምርግጋጽ ኣንጻር ሮቦት
tm-cliquez-sur-clique-ici-pour-verifier = ኣብ «ንምርግጋጽ ኣብዚ ጠውቕ» (« Clique ici pour vérifier ») ጠውቑ: እቲ ምርግጋጽ ብዘይ ፈተና ባዕሉ ይካየድ።
tm-clique-ici-pour-verifier = ንምርግጋጽ ኣብዚ ጠውቕ
tm-pour-toute-question-relative-a-vos = ብዛዕባ ምምሕዳራዊ ጉዳያትኩም (ፍቓድ መንበሪ፣ መንጃ ፍቓድ፣ ማሕበራት) ንዝኾነ ሕቶ ነዚ ቅጥዒ ተጠቐሙ። ኣብ ውሽጢ 15 መዓልታት ስራሕ መልሲ ክወሃበኩም እዩ።
tm-nous-contacter = ርኸቡና
tm-nous-verifions-que-vous-netes-pas = ሮቦት ከምዘይኮንኩም ነረጋግጽ ኣለና…
tm-verification-automatique-des-spams = ናይ spam (ዘይተደልዩ መልእኽትታት) ኣውቶማቲክ ምርመራ ተወዲኡ

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = ቁጽሪ ታርጋ ተሽከርካሪ (immatriculation)
tm-format-attendu-ab-123-cd = ዝድለ ኣጻሕፋ: AB-123-CD
tm-cochez-la-case-je-suis-un = ንምቕጻል ኣብ ሳጹን «ሰብ እየ» (« Je suis un humain ») ምልክት ግበሩ።
tm-envoyer-ma-demande = ሕቶይ ስደድ
tm-les-residents-des-secteurs-de = ነበርቲ ብክፍሊት ዝዕቆበሉ ቦታታት መኪና፣ ናይ ነበርቲ ዋጋ ዘኽእሎም ካርድ ክሓቱ ይኽእሉ። ዕድሚኡ ካብ 3 ኣዋርሕ ዝነኣሰ መረጋገጺ መንበሪን ናይ ተሽከርካሪ መረጋገጺ ምዝገባን ኣዳልዉ።
tm-demande-de-carte-de-stationnement = ሕቶ ካርድ ምዕሻግ መኪና ንነበርቲ

## fixture: captcha/image-generic.html

tm-reference-du-dossier = መወከሲ ፋይል
tm-recopiez-les-caracteres-affiches = ዝረኣዩ ፊደላትን ኣሃዛትን ቅድሑ
tm-code-de-securite = ኮድ ድሕንነት
tm-exemple-pc-034172-24-m0123 = ኣብነት: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 ምልክታት፣ ኣሃዛትን ዓበይቲ ፊደላትን
tm-generer-un-nouveau-code = ሓድሽ ኮድ ፍጠር
tm-envoyer-la-demande = ሕቶ ስደድ
tm-vous-pouvez-demander-la-copie-dun = ኣብዚ ምምሕዳር ከተማ ዝተዋህበ ፍቓድ ህንጻ ወይ ቅድመ-ምፍላጥ (déclaration préalable) ቅዳሕ ክትሓቱ ትኽእሉ ኢኹም። እቶም ሰነዳት ብኤለክትሮኒክ ይለኣኹ።
tm-demande-de-copie-de-documents-durbanisme = ሕቶ ቅዳሕ ሰነዳት ህንጻን ከተማን (urbanisme)

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = ነፍሲ ወከፍ ገጽ፣ ብዘይ ኢንተርነት፣ ኣብ ህዝባዊ ወብሳይታት ዝርከብ ዓይነት CAPTCHA ይደግሞ፣ ምልላይ Relais ንምፍታን (Relais ንCAPTCHA ፈጺሙ ኣይፈትሖን ኣይሓልፎን)። ምስ ዝኾነ ደጋዊ ኣገልግሎት ርክብ ኣይግበርን: ስክሪፕትታት፣ ፍሬማት፣ ስእልታትን ድምጽታትን ኣብ ውሽጢ ዘለዉ ፋይላት እዮም (ማህደር vendor/)።
tm-pages-de-test-widgets-captcha = ናይ ፈተና ገጻት: CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = ቆጸራ ኣረጋግጽ
tm-choisissez-un-creneau-pour-deposer-votre = ሕቶኹም ንምቕራብ ነጻ ቆጸራ ምረጹ። ምርግጋጽ ድሕንነት እቲ ገጽ ምስ ተጻዕነ ይረአ።
tm-prise-de-rendez-vous-carte-nationale = ቆጸራ ምሓዝ — ሃገራዊ መንነት ወረቐትን ፓስፖርትን
tm-chargement-de-la-verification-de = ምርመራ ድሕነት ይጽዓን ኣሎ…
tm-confirmation-du-creneau = ምርግጋጽ ሰዓት ቆጸራ
tm-cochez-la-case-pour-confirmer-que = ሰብ ምዃንኩም ንምርግጋጽ ኣብቲ ሳንዱቕ ምልክት ግበሩ።

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = ሕቶ ድሕንነት: 3 + 4 ክንደይ ይኸውን?
tm-repondez-en-chiffres-cette-question = ብኣሃዛት መልሱ። እዚ ሕቶ ሮቦት ከም ዘይኮንኩም ንምርግጋጽ እዩ።
tm-sinscrire = ተመዝገብ
tm-recevez-chaque-mois-lactualite-du = ነፍሲ ወከፍ ወርሒ ዜና ናይቲ ኣውራጃ (Département) ተቐበሉ: ሓገዛት፣ መገድታት፣ ማእከላይ ቤት ትምህርቲ፣ ምትሕግጋዝ። ኣብ ዝኾነ ግዜ ምዝገባኹም ክትስርዙ ትኽእሉ ኢኹም።
tm-inscription-a-la-lettre-dinformation = ንሓበሬታ ደብዳበ (newsletter) ምምዝጋብ

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = ምኽንያት ቆጸራ
tm-cochez-la-case-je-ne-suis = ኣብ ሳጹን «ሮቦት ኣይኮንኩን» (« Je ne suis pas un robot ») ምልክት ግበሩ። ናይ ስእልታት ፈተና ክረአ ይኽእል፤ ናይ ድምጺ ቅርጺ ውን ኣለዎ።
tm-demander-un-rendez-vous = ቆጸራ ሕተት
tm-selectionner-un-motif = ምኽንያት ምረጽ
tm-premiere-demande = ቀዳማይ ሕቶ
tm-renouvellement = ምሕዳስ
tm-duplicata = ካልኣይ ቅዳሕ (duplicata)
tm-ce-formulaire-vous-permet-de-demander = እዚ ቅጥዒ ኣብ መቐበሊ ወጻእተኛታት ናይ ፕረፌክቱር ሮን (préfecture du Rhône፣ ሊዮን) ቆጸራ ክትሓቱ የኽእለኩም። መረጋገጺ ብኢመይል ክለኣኸልኩም እዩ።
tm-prise-de-rendez-vous-depot-de = ቆጸራ ምሓዝ — ሕቶ ፍቓድ መንበሪ ምቕራብ

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = ዓይነት ሰነድ
tm-copie-integrale = ምሉእ ቅዳሕ
tm-extrait-avec-filiation = ቅንጭብ ምስ ስም ወለዲ
tm-extrait-sans-filiation = ቅንጭብ ብዘይ ስም ወለዲ
tm-demandez-en-ligne-une-copie-integrale = ኣብ ሊዮን ንዝተወልደ ሰብ ምሉእ ቅዳሕ ወይ ቅንጭብ ወረቐት ልደት ብኢንተርነት ሕተቱ። እቲ ሰነድ ኣብ ውሽጢ 8 መዓልታት ብፖስታ ይለኣኽ።
tm-ce-site-est-protege-par-recaptcha = እዚ ወብሳይት ብreCAPTCHA ዝተሓለወ እዩ፤ ሕግታት ምስጢራውነትን ስርዓታት ኣጠቓቕማን ናይ Google ይምልከቱ።
tm-demande-dacte-de-naissance = ሕቶ ምስክር ወረቐት ልደት (acte de naissance)

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = እዚ ናይ ፈተነ ገጽ እዩ: እቲ ሕቶ ናብ ዝኾነ ክፍሊ ኣይተሰደደን።
tm-votre-demande-a-bien-ete-envoyee = ሕቶኹም ተላኢኹ ኣሎ
tm-donnees-recues = ዝተቐበልናዮ ሓበሬታ
tm-aucune-donnee-recue = ዝኾነ ሓበሬታ ኣይተቐበልናን።
tm-retour-a-la-liste-des-pages = ናብ ዝርዝር ናይ ፈተና ገጻት ተመለስ

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = ኣድራሻ ናይቲ ጸገም
tm-description = መግለጺ
tm-envoyer-le-signalement = ጸብጻብ ስደድ
tm-nid-de-poule-eclairage-en-panne = ጉድጓድ መገዲ፣ ዝተበላሸወ መብራህቲ፣ ኣብ ዘይቦታኡ ዝተደርበየ ጓሓፍ: ንኣገልግሎታት ከተማ ሓብሩ። ብዛዕባ ኣሰራርሓ ጸብጻብኩም ብኢመይል ክሕበረኩም እዩ።
tm-signaler-un-probleme-sur-lespace-public = ኣብ ህዝባዊ ቦታ (ጎደና፣ መናፈሻ…) ዘሎ ጸገም ምሕባር

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = ሰብ ምዃንኩም ኣረጋግጹ
tm-operation-reussie = ✔እቲ ተግባር ብዓወት ተፈጺሙ!
tm-saisissez-ce-que-vous-entendez = ዝሰማዕኩምዎ ጸሓፉ
tm-lecture = ኣጻውት
tm-veuillez-cliquer-sur-chaque-image = በጃኹም ነፍሲ ወከፍ ኣውቶቡስ ዘለዎ ስእሊ ጠውቑ
tm-vous-etes-valide = ተረጋጊጽኩም ኣለኹም
tm-le-service-recaptcha-requiert-une = ኣገልግሎት reCAPTCHA ምርግጋጽ ይሓትት ኣሎ።

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
tm-creer-mon-compte-ameli = ናይ ameli ኣካውንተይ ክፈት
tm-formulaire-recu = ቅጥዒ ተቐቢልናዮ

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = ብመለለዪ ስመይ እቶ
tm-votre-identifiant-est-votre-numero = መለለዪ ስምኩም ቁጽሪ ወጻእተኛ (numéro étranger፣ 10 ኣሃዛት) ወይ ኣድራሻ ኢመይልኩም እዩ
tm-sidentifier-avec-franceconnect = ብFranceConnect እቶ
tm-creer-mon-compte = ኣካውንተይ ክፈት
tm-la-creation-dun-compte-est-necessaire = ሕቶ ፍቓድ መንበሪ፣ ዜግነት (naturalisation) ወይ ሰነድ ጉዕዞ ንምቕራብ ኣካውንት ምኽፋት የድሊ።
tm-votre-numero-etranger-comporte-10 = ቁጽሪ ወጻእተኛ ናትኩም 10 ኣሃዛት ኣለዎ። ኣብ ፍቓድ መንበሪኹም፣ ኣብ récépissé ሕቶ ፍቓድ መንበሪ ወይ ኣብ ግዝያዊ ፍቓድ መንበሪ (autorisation provisoire de séjour) ተጻሒፉ ኣሎ።
tm-si-vous-navez-jamais-eu-de = ኣብ ፈረንሳ ፍቓድ መንበሪ ፈጺሙ እንተዘይነበረኩም፣ ኣድራሻ ኢመይልኩም ተጠቐሙ።
tm-connexion-a-mon-espace-personnel = ናብ ውልቃዊ ገጸይ ምእታው
tm-vous-navez-pas-encore-de-compte = ገና ኣካውንት የብልኩምን ዲኹም?
tm-ou-trouver-mon-numero-etranger = ቁጽሪ ወጻእተኛ (numéro étranger) ኣበይ ክረኽቦ እኽእል?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = ናብ 06 12 34 56 78 ክድወለልኩም ዝሓተትኩምዎ ሕቶ ክምዝገብ ኣይከኣለን። ናብ ኣድራሻ marie.kowalczyk@example.fr ክንምልሰልኩም ኢና (ቁጽሪ ተቐባሊ ሓገዝ 1234567)።
tm-demande-de-rappel = ክድውሉልኩም ምሕታት
tm-retour-a-mon-compte = ናብ ኣካውንተይ (Mon Compte) ተመለስ

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
tm-declaration-trimestrielle-de-ressources = ናይ ሰለስተ ወርሒ ጸብጻብ እቶት
tm-vos-ressources = እቶትኩም
tm-etape-suivante-verification-et-envoi = ዝቕጽል ስጉምቲ: ምርግጋጽን ምልኣኽን

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = ነፍሲ ወከፍ ገጽ ንፈተነ ዝተጻሕፈ ቀሊል ምምሳል እዩ፤ ሓደ ካብኣቶም እውን ቅዳሕ ናይ ሓቀኛ ወብሳይት ኣይኮነን።
tm-pages-de-test-imitant-des-portails = ንመርበባት ምምሕዳር ፈረንሳ ዝመስሉ ናይ ፈተና ገጻት

## fixture: portals/mots-cles

tm-nom-de-famille = ስም ስድራቤት
tm-prenom-s = ቀዳማይ ስም (ስማት)
tm-date-dexpiration-de-votre-titre-de = ዕለት ዝውዳኣሉ ፍቓድ መንበሪኹም
tm-n-de-recepisse = ቁጽሪ récépissé
tm-courriel = ኢመይል
tm-remplissez-ce-formulaire-pour-connaitre = ኩነታት ምዕባለ ሕቶኹም ንምፍላጥ ነዚ ቅጥዒ ምልኡ። ኣብ ውሽጢ 15 መዓልታት ስራሕ ብኢመይል መልሲ ክለኣኸልኩም እዩ።
tm-demande-de-renseignements-sur-un-dossier = ብዛዕባ ፋይል ፍቓድ መንበሪ ሓበሬታ ምሕታት
tm-precisions-sur-votre-demande-zone-de = ብዛዕባ ሕቶኹም ዝርዝር (ብናጻ ትጽሕፉሉ ቦታ):

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
tm-retour-a-la-prise-de-rendez = ናብ ቆጸራ ምሓዝ ተመለስ
tm-etape-1-choix-du-guichet = ስጉምቲ 1: መቐበሊ (guichet) ምምራጽ

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = ኣገልግሎት ሕጂ ኣብ ጽገና ኣሎ። ስለቲ ዘጋጠመ ጸገም ይቕሬታ፣ በጃኹም ደሓር ደጊምኩም ፈትኑ።
tm-les-demandes-deja-deposees-ne-sont = ድሮ ዝቐረቡ ሕቶታት በዚ ምቁራጽ ኣይተንከፉን። ፍቓድ መንበሪኹም ኣብ ግዜ ጽገና እንተተወዲኡ፣ attestation de prolongation d’instruction (መረጋገጺ ምንዋሕ ምርመራ) ናትኩም ቅቡል ኮይኑ ይጸንሕ።
tm-erreur = ጌጋ { $n }

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

## rdv: devise

tm-votre-compte-a-ete-valide = ኣካውንትኩም ተረጋጊጹ ኣሎ።
tm-vous-allez-recevoir-les-instructions = ኣብ ውሽጢ ቅሩብ ደቓይቕ ኣካውንትኩም ንምርግጋጽ ዘድሊ መምርሒ ክበጽሓኩም እዩ።
tm-si-votre-e-mail-existe-dans = ኢመይልኩም ኣብ መዝገብና እንተሃልዩ፣ ኣካውንትኩም ንምርግጋጽ መምርሒ ዘለዎ ኢመይል ቀልጢፉ ክበጽሓኩም እዩ።
tm-votre-compte-a-ete-supprime = ኣካውንትኩም ተደምሲሱ ኣሎ!
tm-vous-avez-une-invitation-en-attente = መልሲ ዝጽበ ዕድመ ኣለኩም። ምዝገባኹም ንምውዳእ ተቐበልዎ።
tm-votre-connexion-est-deja-active = ድሮ ኣቲኹም ኣለኹም
tm-votre-compte-n-est-pas-encore = ኣካውንትኩም ገና ኣይሰርሐን (ኣይተኸፍተን)።
tm-email-ou-mot-de-passe-incorrect = ኢመይል ወይ መሕለፊ ቃል ጌጋ እዩ።
tm-vous-avez-droit-a-une-tentative = ኣካውንትኩም ቅድሚ ምዕጻዉ ሓንቲ ፈተነ ጥራይ ተሪፋትኩም።
tm-votre-compte-est-verrouille = ኣካውንትኩም ተዓጽዩ ኣሎ።
tm-email-ou-mot-de-passe-invalide = ኢመይል ወይ መሕለፊ ቃል ቅኑዕ ኣይኮነን።
tm-votre-session-est-expiree-veuillez-vous = ግዜ ምእታውኩም ተወዲኡ። ንምቕጻል በጃኹም ደጊምኩም እተዉ።
tm-vous-devez-vous-connecter-ou-vous = ንምቕጻል ክትኣትዉ ወይ ክትምዝገቡ ኣለኩም።
tm-vous-devez-valider-votre-compte-pour = ንምቕጻል ኣካውንትኩም ከተረጋግጹ ኣለኩም።
tm-votre-invitation-n-est-pas-valide = ዕድመኹም ቅኑዕ ኣይኮነን።
tm-votre-mot-de-passe-a-ete = መሕለፊ ቃልኩም ተዓቂቡ፣ ኣካውንትኩም ድማ ክሰርሕ ጀሚሩ ኣሎ።
tm-votre-mot-de-passe-a-ete-2 = መሕለፊ ቃልኩም ተዓቂቡ ኣሎ።
tm-votre-invitation-a-ete-annulee = ዕድመኹም ተሰሪዙ ኣሎ።
tm-lutilisateur-connecte-ne-correspond-pas = እቲ ኣቲዩ ዘሎ ተጠቃሚ እቲ ዝተዓደመ ተጠቃሚ ኣይኮነን። ውጹእሞ ደጊምኩም ፈትኑ።
tm-la-session-a-expire = ግዜ ምእታው ተወዲኡ
tm-choisir-son-mot-de-passe = መሕለፊ ቃል ምምራጽ
tm-enregistrer = ዓቅብ
tm-ouvrir-l-app-mail = ናይ ኢመይል መተግበሪ ክፈት
tm-inscription = ምዝገባ
tm-code-dinvitation = ኮድ ዕድመ
tm-creer-son-compte = ኣካውንት ምኽፋት
tm-veuillez-cliquer-sur-le-lien-dans = በጃኹም ኣብቲ ሕጂ ዝተላእከልኩም ኢመይል ዘሎ መላግቦ (link) ጠውቑ
tm-vous-avez-ete-invite-sur = ናብ { $name } ተዓዲምኩም ኣለኹም
tm-bonjour = ሰላም { $email }
tm-vous-avez-ete-invite-sur-vous = ናብ { $name } ተዓዲምኩም ኣለኹም። ነዚ ዕድመ በቲ ኣብ ታሕቲ ዘሎ መላግቦ ክትቕበልዎ ትኽእሉ ኢኹም።
tm-accepter-l-invitation = ዕድመ ተቐበል
tm-cette-invitation-est-valable-jusqu-au = እዚ ዕድመ ክሳብ { $date } ይሰርሕ።
tm-si-vous-n-acceptez-pas-cette = ነዚ ዕድመ እንተዘይተቐቢልኩም፣ ነዚ ኢመይል ሸለል በልዎ። ብዘይ ፍቓድኩም ዝኾነ ኣካውንት ኣይክፈትን እዩ።
tm-instructions-de-confirmation = መምርሒ ምርግጋጽ
tm-instructions-pour-changer-le-mot-de = መሕለፊ ቃል ንምቕያር መምርሒ
tm-instructions-pour-deverrouiller-le = ዝተዓጽወ ኣካውንት ንምኽፋት መምርሒ
tm-votre-mot-de-passe-a-ete-3 = መሕለፊ ቃልኩም ብዓወት ተቐይሩ ኣሎ።
tm-nous-n-avons-pas-pu-vous = ብ { $kind } ኣቢልና ከነለልየኩም ኣይከኣልናን: '{ $reason }'።
tm-authentifie-avec-succes-via = ብ { $kind } ኣቢልኩም ብዓወት ተለሊኹም ኣለኹም።
tm-vous-ne-pouvez-acceder-a-cette = ነዚ ገጽ ክትከፍትዎ ትኽእሉ ብኢመይል ምሕዳስ መሕለፊ ቃል ጥራይ እዩ። ከምዚ ዓይነት ኢመይል ተጠቒምኩም እንተዄንኩም፣ ምሉእ መላግቦ (URL) ከምዝተጠቐምኩም ኣረጋግጹ።
tm-vous-allez-recevoir-les-instructions-de = ድሕሪ ቅሩብ መሕለፊ ቃል ንምሕዳስ መምርሒ ክበጽሓኩም እዩ
tm-si-votre-e-mail-existe-dans-2 = ኢመይልኩም ኣብ መዝገብና እንተሃልዩ፣ መሕለፊ ቃል ንምሕዳስ መላግቦ ብኢመይል ክበጽሓኩም እዩ
tm-votre-mot-de-passe-a-ete-4 = መሕለፊ ቃልኩም ብዓወት ተቐይሩ፣ ሕጂ ኣቲኹም ኣለኹም
tm-votre-mot-de-passe-a-ete-5 = መሕለፊ ቃልኩም ብዓወት ተቐይሩ ኣሎ።
tm-votre-compte-a-ete-supprime-avec = ኣካውንትኩም ብዓወት ተደምሲሱ ኣሎ። ቀልጢፍና ክንርእየኩም ተስፋ ንገብር።
tm-bienvenue-votre-connexion-est-active = እንቋዕ ብደሓን መጻእኩም፣ ሕጂ ኣቲኹም ኣለኹም።
tm-votre-compte-est-bien-enregistre-vous = ኣካውንትኩም ተመዝጊቡ ኣሎ። ግን ኣካውንትኩም ገና ስለዘይሰርሐ ክትኣትዉ ኣይትኽእሉን ኢኹም።
tm-votre-compte-est-bien-enregistre-vous-2 = ኣካውንትኩም ተመዝጊቡ ኣሎ። ግን ኣካውንትኩም ስለዝተዓጽወ ክትኣትዉ ኣይትኽእሉን ኢኹም።
tm-un-message-contenant-un-lien-de = መረጋገጺ መላግቦ ዘለዎ መልእኽቲ ናብ ኣድራሻ ኢመይልኩም ተላኢኹ ኣሎ። ኣካውንትኩም ንምኽፋት ነቲ መላግቦ ክፈትዎ።
tm-votre-compte-a-bien-ete-mis = ኣካውንትኩም ተሓዲሱ ኣሎ፣ ግን ሓድሽ ኣድራሻ ኢመይልኩም ከነረጋግጽ ኣለና። ሓድሽ ኣድራሻኹም ንምርግጋጽ ኢመይልኩም ርኣዩ እሞ ኣብቲ መረጋገጺ መላግቦ ጠውቑ።
tm-votre-compte-a-ete-modifie-avec = ኣካውንትኩም ብዓወት ተቐይሩ ኣሎ።
tm-connexion-reussie = ብዓወት ኣቲኹም።
tm-deconnexion-reussie = ብዓወት ወጺእኩም።
tm-mode-deconnecte = ካብ ኣካውንት ወጻኢ ኢኹም።
tm-vous-allez-recevoir-les-instructions-2 = ድሕሪ ቅሩብ ዝተዓጽወ ኣካውንትኩም ንምኽፋት ዘድሊ መምርሒ ክበጽሓኩም እዩ
tm-si-votre-compte-existe-vous-allez = ኣካውንትኩም እንተሃልዩ፣ ንምኽፋቱ መምርሒ ዘለዎ ኢመይል ቀልጢፉ ክበጽሓኩም እዩ።
tm-votre-compte-a-ete-deverrouille-avec = ኣካውንትኩም ብዓወት ተኸፊቱ፣ ሕጂ ኣቲኹም ኣለኹም።

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = ድሮ ተረጋጊጹ ኣሎ፣ በጃኹም ክትኣትዉ ፈትኑ
tm-a-confirmer-dans-les-merci-de = ኣብ ውሽጢ { $period } ክረጋገጽ ነይሩዎ፣ በጃኹም ሓድሽ ሕቶ ኣቕርቡ
tm-a-expire-merci-d-en-faire = ግዜኡ ሓሊፉ፣ በጃኹም ሓድሽ ሕቶ ኣቕርቡ
tm-n-a-pas-ete-trouve-e = ኣይተረኽበን
tm-n-etait-pas-verrouille-e = ዕጹው ኣይነበረን
tm-une-erreur-a-empeche-ce-tte = ሓደ ጌጋ ነዚ { $resource } ከይዕቀብ ከልኪሉ:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } ጌጋ ነዚ { $resource } ከይዕቀብ ከልኪሉ:
       *[other] { $n } ጌጋታት ነዚ { $resource } ከይዕቀብ ከልኪሎም:
    }

## rdv: links

tm-espace-usager = ገጽ ተጠቃሚ
tm-je-n-ai-pas-recu-le = መረጋገጺ ኢመይል ኣይበጽሓንን
tm-je-n-ai-pas-recu-le-2 = ኣካውንት ንምኽፋት ዝሕግዝ ኢመይል ኣይበጽሓንን

## rdv: activerecord

tm-la-validation-a-echoue = ምርግጋጽ ኣይተዓወተን: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = ክትቕበልዎ ኣለኩም
tm-doit-etre-rempli-e = ክምላእ ኣለዎ
tm-ne-concorde-pas-avec = ምስ { $attribute } ኣይሰማማዕን
tm-doit-etre-egal-a = ምስ { $n } ማዕረ ክኸውን ኣለዎ
tm-doit-etre-pair = ጽምዲ ቁጽሪ ክኸውን ኣለዎ
tm-n-est-pas-disponible = የለን (ኣይርከብን)
tm-doit-etre-superieur-a = ካብ { $n } ክዓቢ ኣለዎ
tm-doit-etre-superieur-ou-egal-a = ካብ { $n } ክዓቢ ወይ ማዕረ ክኸውን ኣለዎ
tm-n-est-pas-inclus-e-dans = ኣብቲ ዝርዝር የለን
tm-doit-etre-inferieur-a = ካብ { $n } ክንእስ ኣለዎ
tm-doit-etre-inferieur-ou-egal-a = ካብ { $n } ክንእስ ወይ ማዕረ ክኸውን ኣለዎ
tm-validation-echouee = ምርግጋጽ ኣይተዓወተን: { $errors }
tm-n-est-pas-un-nombre = ቁጽሪ ኣይኮነን
tm-doit-etre-un-nombre-entier = ምሉእ ቁጽሪ (ብዘይ ነጥቢ) ክኸውን ኣለዎ
tm-doit-etre-impair = ጎደሎ ቁጽሪ ክኸውን ኣለዎ
tm-doit-etre-different-de = ካብ { $n } ዝተፈለየ ክኸውን ኣለዎ
tm-doit-etre-vide = ባዶ ክኸውን ኣለዎ
tm-doit-exister = ክህሉ ኣለዎ
tm-est-deja-utilise = ድሮ ተጠቒሞምሉ እዮም
tm-est-trop-long-pas-plus-d = ኣዝዩ ነዊሕ እዩ (ካብ ሓደ ፊደል ክበዝሕ የብሉን)
tm-est-trop-long-pas-plus-de = { $n ->
        [one] ኣዝዩ ነዊሕ እዩ (ካብ { $n } ፊደል ክበዝሕ የብሉን)
       *[other] ኣዝዩ ነዊሕ እዩ (ካብ { $n } ፊደላት ክበዝሕ የብሉን)
    }
tm-est-trop-court-au-moins-un = ኣዝዩ ሓጺር እዩ (እንተወሓደ ሓደ ፊደል)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [one] ኣዝዩ ሓጺር እዩ (እንተወሓደ { $n } ፊደል)
       *[other] ኣዝዩ ሓጺር እዩ (እንተወሓደ { $n } ፊደላት)
    }
tm-ne-fait-pas-la-bonne-longueur = ንውሓቱ ቅኑዕ ኣይኮነን (ሓደ ፊደል ጥራይ ክኸውን ኣለዎ)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [one] ንውሓቱ ቅኑዕ ኣይኮነን ({ $n } ፊደል ክኸውን ኣለዎ)
       *[other] ንውሓቱ ቅኑዕ ኣይኮነን ({ $n } ፊደላት ክኸውን ኣለዎ)
    }
tm-veuillez-verifier-les-champs-suivants = በጃኹም ነዞም ዝስዕቡ ቦታታት ኣረጋግጹ:
tm-impossible-d-enregistrer-ce-tte-1 = ነዚ { $model } ምዕቃብ ኣይተኻእለን: ሓደ ጌጋ
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [one] ነዚ { $model } ምዕቃብ ኣይተኻእለን: { $n } ጌጋ
       *[other] ነዚ { $model } ምዕቃብ ኣይተኻእለን: { $n } ጌጋታት
    }

## rdv: helpers

tm-ajouter = ወስኽ
tm-modifier = ቀይር
tm-retirer = ኣልግስ
tm-reinitialiser = ካብ መጀመርታ ኣቐምጥ
tm-veuillez-selectionner = በጃኹም ምረጹ

## rdv: public_office

tm-sur-place = ኣብቲ ቦታ (ብኣካል)

## rdv: visio

tm-par-visioconference = ብቪድዮ ርክብ

## rdv: phone

tm-par-telephone = ብተሌፎን

## rdv: home

tm-a-domicile = ኣብ ገዛ

## rdv: mailers

tm-a-bientot-lequipe = ክሳብ ንራኸብ፣ ጉጅለ { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = ሓደ ናይ ቆጸራ ግዜ ሕጂ ተረኺቡ!
tm-rdv-confirme-le = ቆጸራ ንዕለት { $date } ተረጋጊጹ
tm-rdv-du-modifie = ቆጸራ ዕለት { $date } ተቐይሩ
tm-rappel-rdv-le = [መዘኻኸሪ] ቆጸራ ዕለት { $date }
tm-rdv-annule-le-avec = ቆጸራ ዕለት { $date } ምስ { $name } ተሰሪዙ
tm-votre-rdv-du-a-ete-annule = ቆጸራኹም { $motif } ዕለት { $date } ብምኽንያት ምምሕዳር ተሰሪዙ።
tm-votre-rdv-du-a-bien-ete = ቆጸራኹም { $motif } ዕለት { $date } ከምቲ ዝሓተትኩምዎ ተሰሪዙ።
tm-vous-pouvez-reprendre-un-rendez-vous = ናብ { $telephone_link } ደዊልኩም ሓድሽ ቆጸራ ክትሕዙ ትኽእሉ ኢኹም።
tm-vous-pouvez-reprendre-un-rendez-vous-2 = ኣብቲ ኣብ ታሕቲ ዘሎ መላግቦ ጠዊቕኩም ሓድሽ ቆጸራ ክትሕዙ ትኽእሉ ኢኹም:
tm-reprendre-rdv = ሓድሽ ቆጸራ ሓዝ

## rdv: attributes

tm-email = ኢመይል
tm-mot-de-passe-actuel = ናይ ሕጂ መሕለፊ ቃል
tm-nom-de-la-commune = ስም ምምሕዳር (commune)
tm-responsable = ሓላፊ

## rdv: activerecord

tm-lieu = ቦታ
tm-rendez-vous-honore = ዝተኻየደ ቆጸራ
tm-rendez-vous-a-venir = ዝመጽእ ቆጸራ
tm-annule-a-linitiative-de-lusager = ብተጠቃሚ ዝተሰረዘ
tm-annule-a-linitiative-du-service = ብኣገልግሎት ዝተሰረዘ
tm-caisse-d-affiliation = ዝተመዝገብኩምሉ ሳጹን (CAF ወይ MSA)
tm-numero-d-allocataire = ቁጽሪ ተቐባሊ ሓገዝ (numéro d’allocataire)
tm-nombre-d-enfants = ብዝሒ ቆልዑ
tm-accepte-les-notifications-par-sms = ብ SMS ሓበሬታ ይቕበል
tm-accepte-les-notifications-par-email = ብኢመይል ሓበሬታ ይቕበል
tm-numero-de-pre-demande-ants = ቁጽሪ ቅድመ-ሕቶ ANTS
tm-sans-domicile-fixe = ቀዋሚ መንበሪ ዘይብሉ
tm-heberge = ኣብ ካልእ ሰብ ዝቕመጥ
tm-en-accession-a-la-propriete = ገዛ ይገዝእ ዘሎ (ብልቓሕ)
tm-logement = መንበሪ ገዛ
tm-aucune = የለን
tm-proche = ቀረባ ሰብ (ስድራ)
tm-le-prenom-ne-peut-etre-change = ቀዳማይ ስም FranceConnect ስለዘረጋገጾ ክቕየር ኣይከኣልን
tm-le-nom-de-naissance-ne-peut = ስም ስድራቤት ብልደት FranceConnect ስለዘረጋገጾ ክቕየር ኣይከኣልን
tm-la-date-de-naissance-ne-peut = ዕለት ልደት FranceConnect ስለዘረጋገጾ ክቕየር ኣይከኣልን
tm-ce-mot-de-passe-fait-partie = እዚ መሕለፊ ቃል ብዙሓት ሰባት ዝጥቀሙሉ መሕለፊ ቃላት ኣብ ዝርዝር ስለዘሎ፣ ንኣካውንትኩም ኣይሕልዎን። በጃኹም ካልእ ምረጹ።
tm-pour-assurer-la-securite-de-votre = { $n ->
        [one] ኣካውንትኩም ንምሕላው፣ መሕለፊ ቃልኩም እንተወሓደ { $n } ፊደል ክህልዎ ኣለዎ
       *[other] ኣካውንትኩም ንምሕላው፣ መሕለፊ ቃልኩም እንተወሓደ { $n } ፊደላት ክህልዎ ኣለዎ
    }
tm-doit-comporter-10-chiffres-et-lettres = 10 ኣሃዛትን ፊደላትን ክህልዎ ኣለዎ
tm-n-a-pas-pu-etre-valide = ብዘይተጸበናዮ ጌጋ ምኽንያት ክረጋገጽ ኣይከኣለን። በጃኹም ድሕሪ 30 ካልኢት ደጊምኩም ፈትኑ።
tm-ce-numero-de-pre-demande-ants = እዚ ቁጽሪ ቅድመ-ሕቶ ANTS ድሮ ኣብ { $meeting_point } ንዝተሓዝ ቆጸራ ተጠቒሞምሉ ኣለዉ። ሓድሽ ቆጸራ ቅድሚ ምሓዝኩም በጃኹም ነቲ ቆጸራ ሰርዝዎ።

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = ካብ ፈረንሳ ወይ ካብ ማዕዶ ባሕሪ ግዝኣታት 10 ኣሃዛት ዘለዎ ቁጽሪ፣ ወይ ምስ ኮድ ሃገር ዘሎ ኣህጉራዊ ቁጽሪ ጽሓፉ።
tm-pour-accelerer-votre-demarche-nous-vous = መስርሕኩም ንምቅልጣፍ፣ ኣብ መርበብ ANTS ፋይልኩም ኣቐዲምኩም ክትመልእዎን ቁጽሪ ቅድመ-ሕቶኹም ክትጽሕፉን ብብርቱዕ ንመኽረኩም።

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = ነዚ ገጽ ንምኽፋት ወይ ነዚ ተግባር ንምግባር እኹል መሰል የብልኩምን

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [one] ዕለት { $date } (ንውሓት: { $duration } ደቒቕ)
       *[other] ዕለት { $date } (ንውሓት: { $duration } ደቓይቕ)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [one] ሎሚ ሰዓት { $date } (ንውሓት: { $duration } ደቒቕ)
       *[other] ሎሚ ሰዓት { $date } (ንውሓት: { $duration } ደቓይቕ)
    }
tm-1-place-restante = ሓደ ቦታ ተሪፉ
tm-places-restantes = { $n ->
        [one] { $n } ቦታ ተሪፉ
       *[other] { $n } ቦታታት ተሪፎም
    }
tm-1-place = ሓደ ቦታ
tm-places = { $n ->
        [one] { $n } ቦታ
       *[other] { $n } ቦታታት
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = በጃኹም ነዞም ዝስዕቡ ጸገማት ኣርሙ:

## rdv: users

tm-les-champs-d-etat-civil-nom = ሓበሬታ ኩነት ሲቪል (ስም ስድራቤት ብልደት፣ ቀዳማይ ስማት፣ ዕለትን ቦታን ልደት) ብ FranceConnect ድሕሪ ዝተረጋገጸ ምእታው ክቕየር ኣይከኣልን
tm-les-3-lettres-ne-correspondent-pas = እተን 3 ፊደላት ምስ ስም ስድራቤት ኣይሰማምዓን።

## rdv: search

tm-1-lieu-est-disponible = ሓደ ቦታ ኣሎ
tm-lieux-sont-disponibles = { $n ->
        [one] { $n } ቦታ ኣሎ
       *[other] { $n } ቦታታት ኣለዉ
    }
tm-selectionnez-un-lieu-de-rdv = ቦታ ቆጸራ ምረጹ:
tm-prochaine-disponibilite-le = ዝቐረበ ነጻ ግዜ ዕለት

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = ደገፍ ወይ ክትትል ዝረኽቡ ኣይመስሉን፣ በጃኹም ካልእ ምኽንያት ምረጹ ወይ ንዞባኹም (département) ብቁጽሪ { $phone_number } ደውሉ።

## rdv: common

tm-votre-adresse = ኣድራሻኹም
tm-votre-service = ኣገልግሎትኩም
tm-ex-21-rue-anatole-france-calais = ኣብነት: 21 rue Anatole France, Calais
tm-modifier-l-adresse = ኣድራሻ ቀይር
tm-choisissez-un-service = ኣገልግሎት ምረጹ
tm-choisir-ce-service = ነዚ ኣገልግሎት ምረጽ
tm-le-service-que-vous-cherchez-n = እቲ ትደልይዎ ዘለኹም ኣገልግሎት ኣብቲ ዝርዝር የለን ድዩ?
tm-modifier-le-service = ኣገልግሎት ቀይር
tm-choisissez-un-motif = ምኽንያት ምረጹ
tm-choisir-ce-motif = ነዚ ምኽንያት ምረጽ

## rdv: users

tm-entrez-les-3-premieres-lettres-de = ቀዳሞት 3 ፊደላት ስም ስድራቤትኩም ጽሓፉ
tm-sophie-dupont-dup = ኣብነት: Sophie Dupont → DUP
tm-jean-de-la-fontaine-del = ኣብነት: Jean De La Fontaine → DEL
tm-edwige-xi-xi = ኣብነት: Edwige Xi → XI
tm-identification = ምልላይ
tm-choix-de-l-usager = ምርጫ ሰብ
tm-votre-rendez-vous-a-ete-confirme = ቆጸራኹም ተረጋጊጹ ኣሎ።
tm-ce-creneau-nest-plus-disponible-veuillez = እዚ ናይ ቆጸራ ግዜ ድሕሪ ሕጂ የለን። በጃኹም ካልእ ምረጹ።
tm-vous-allez-modifier-votre-rdv-qui = ቆጸራኹም { $motif_name_and_service } ዕለት { $date } ክትቕይሩ ኢኹም
tm-mes-informations = ሓበሬታይ
tm-mes-proches = ቀረባታተይ
tm-aucun-proche = ዝኾነ ቀረባ የለን
tm-ajouter-un-proche = ቀረባ ሰብ ወስኽ

## mdph: server

tm-identites = መንነታት
tm-individus-et-organismes-concernes-par-la = እቲ ሕቶ ዝምልከቶም ሰባትን ትካላትን
tm-situations-particulieres = ፍሉያት ኩነታት
tm-etes-vous-dans-l-une-des = ኣብ ሓደ ካብዞም ዝስዕቡ ኩነታት ኣለኹም ዲኹም?
tm-vous-n-arrivez-plus-a-vivre = ድሕሪ ሕጂ ኣብ ገዛኹም ክትነብሩ ኣይትኽእሉን ኢኹም
tm-expliquez-la-difficulte = ነቲ ጸገም ግለጹ
tm-votre-ecole-ne-peut-plus-vous = ቤት ትምህርትኹም ድሕሪ ሕጂ ክትቕበለኩም ኣይትኽእልን እያ
tm-votre-etablissement-ne-peut-plus-vous = ዘለኹምዎ ትካል ድሕሪ ሕጂ ክቕበለኩም ኣይክእልን፣ ናብ ገዛኹም ክትምለሱ እውን ኣይትኽእሉን
tm-vous-risquez-de-perdre-votre-travail = ስራሕኩም ናይ ምጥፋእ ሓደጋ ኣለኩም
tm-vous-sortez-d-hospitalisation-et-vous = ካብ ሆስፒታል ወጺእኩም፣ ናብ ገዛኹም ክትምለሱ ግን ኣይትኽእሉን
tm-vous-commencez-bientot-une-nouvelle = ቀልጢፍኩም ሓድሽ ስልጠና ክትጅምሩ ኢኹም
tm-precisez = ግለጹ
tm-date-d-entree-prevue = ክትኣትዉሉ ዝተመደበ ዕለት
tm-vous-venez-de-trouver-un-emploi = ሕጂ ስራሕ ረኺብኩም
tm-vous-arrivez-dans-moins-de-2 = ኣብ ውሽጢ 2 ኣዋርሕ መሰላትኩም ክውድኡ እዮም (ንኣብነት: AEEH፣ AAH፣ PCH፣ RQTH፣ ወዘተ)
tm-indiquez-le-s-droit-s-concerne = እቲ ዝምልከቶ መሰል ወይ መሰላትን ዝውድኡሉ ዕለት ወይ ዕለታትን ጽሓፉ
tm-vie-quotidienne = መዓልታዊ ህይወት
tm-situation = ኩነታት
tm-besoins = ድሌታት
tm-attentes = እትጽበይዎ
tm-vous-vivez = ትነብሩ ዘለኹም
tm-seule = በይንኹም
tm-avec-vos-parents-ou-l-un = ምስ ወለድኹም (ወይ ሓደ ካብኦም)
tm-avec-vos-enfants-ou-l-un = ምስ ደቅኹም (ወይ ሓደ ካብኦም)
tm-autre-situation = ካልእ ኩነታት
tm-ou-vivez-vous = ኣበይ ትነብሩ?
tm-vous-avez-un-logement-independant = ናይ ገዛእ ርእስኹም ገዛ ኣለኩም
tm-vous-vivez-dans-un-etablissement-medico = ኣብ ሕክምናዊ-ማሕበራዊ ወይ ናይ ክንክን ትካል ትነብሩ
tm-precisez-le-nom-le-type-et = ስም፣ ዓይነትን ቦታን ግለጹ
tm-vous-etes-hebergee-au-domicile = ኣብ ገዛ ካልእ ሰብ ትቕመጡ
tm-vous-avez-deja-eu = ቅድሚ ሕጂ ኣጋጢሙኩም:
tm-un-accident-cause-par-un-tiers = ብኻልእ ሰብ ዝተፈጥረ ሓደጋ
tm-un-accident-du-travail = ሓደጋ ስራሕ
tm-un-autre-accident = ካልእ ሓደጋ
tm-suite-a-cet-accident-y-a = ድሕሪ እዚ ሓደጋ፣ ዝቕጽል ወይ ዝተወድአ ሕቶ ካሕሳ ኣሎ ድዩ?
tm-aupres-de-quel-organisme = ኣብ ኣየናይ ትካል?
tm-vous-recevez = እትቕበልዎ:
tm-une-aide-financiere-et-des-ressources = ገንዘባዊ ሓገዝን እቶትን
tm-une-aide-technique-materielle-ou-de = ቴክኒካዊ ሓገዝ፣ ንዋት ወይ መሳርሒ
tm-une-aide-a-la-personne-avec = ውልቃዊ ሓገዝ፣ ዝሕግዘኩም ሰብ
tm-vous-recevez-les-aides-ressources-et = ነዞም ዝስዕቡ ሓገዛት፣ እቶትን/ወይ ኣገልግሎታትን ትቕበሉ:
tm-allocation-chomage-versee-par-pole = ብ Pôle Emploi ዝኽፈል ሓገዝ ስእነት ስራሕ
tm-dans-les-12-mois-precedant-votre = ኣብቶም ቅድሚ ሕቶኹም ዝነበሩ 12 ኣዋርሕ፣ ተቐቢልኩም ዲኹም:
tm-un-revenu-d-activite = እቶት ካብ ስራሕ
tm-des-indemnites-journalieres = መዓልታዊ ካሕሳ (ኣብ ግዜ ሕማም)
tm-un-revenu-issu-d-une-activite = ኣብ ESAT ካብ ዝተሰርሐ ስራሕ እቶት
tm-vous-percevez-une-ou-plusieurs-des = ሓደ ወይ ልዕሊኡ ካብዞም ዝስዕቡ ሓገዛት ትቕበሉ:
tm-une-pension-d-invalidite = ጡረታ ስንክልና
tm-une-autre-pension-de-ce-type = ካልእ ከምዚ ዓይነት ጡረታ
tm-pension-des-deux-tiers-d-incapacite = ጡረታ ክልተ ሲሶ፣ ናይ ዘይምኽኣል፣ ወዘተ
tm-une-majoration-tierce-personne = ወሰኽ ንሳልሳይ ሰብ (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = ተወሳኺ ሓገዝ ስንክልና (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = ብሰንኪ ሓደጋ ስራሕ ወይ ሞያዊ ሕማም ዝወሃብ ቀጻሊ ክፍሊት
tm-une-prestation-complementaire-de-recours = ሳልሳይ ሰብ ንምጥቃም ተወሳኺ ሓገዝ (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = ኣብ ህዝባዊ ስራሕ ብሰንኪ ዘይምኽኣል ጡረታ ወይ ቅድሚ ግዜኡ ጡረታ
tm-depuis-le-2 = ካብ ዕለት?
tm-connaissez-vous-votre-taux-d-ipp = ናይ ቀዋሚ ከፊላዊ ዘይምኽኣል (IPP) መጠንኩም ትፈልጡ ዲኹም?
tm-renseignez-ici-le-taux-qui-vous = ኣብዚ እቲ መድሕን ሕማም (CPAM) ዝሃበኩም መጠን ጽሓፉ
tm-taux-d-ipp-en = መጠን IPP፣ ብ %
tm-vous-avez-indique-recevoir-une-aide = ቴክኒካዊ ሓገዝ፣ ንዋት ወይ መሳርሒ ከምእትቕበሉ ሓቢርኩም፣ እዚ ሓገዝ እዚ እዩ:
tm-un-amenagement-de-logement = ምምሕያሽ ገዛ
tm-une-aide-animaliere = ሓገዝ ብእንስሳ (ንኣብነት ዝመርሕ ከልቢ)
tm-un-amenagement-de-vehicule = ምምሕያሽ መኪና
tm-une-aide-technique-ex-barre-d = ቴክኒካዊ መሳርሒ (ንኣብነት: መደገፊ በትሪ፣ መሕገዚ ምኻድ፣ ወዘተ)
tm-vous-avez-indique-recevoir-une-aide-2 = ውልቃዊ ሓገዝ ከምእትቕበሉ ሓቢርኩም፣ ዝሕግዘኩም:
tm-votre-famille = ስድራኹም
tm-un-professionnel-de-soins-a-domicile = ኣብ ገዛ ክንክን ዝህብ ሞያዊ
tm-un-accompagnement-medico-social = ሕክምናዊ-ማሕበራዊ ደገፍ
tm-etes-vous-a-la-retraite = ጡረታ ወጺእኩም ዲኹም?
tm-depuis-quand = ካብ መዓስ?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (ንኣረጋውያን ናይ ምትሕግጋዝ ሓገዝ)
tm-l-apa-allocation-personnalisee-d = APA (ውልቃዊ ሓገዝ ንናጽነት)
tm-vous-avez-demande-une-pension-de = ጡረታ ሓቲትኩም ኣለኹም
tm-du-fait-de-votre-handicap = ብሰንኪ ስንክልናኹም:
tm-vous-exercez-une-activite = ብከፊል ግዜ ትሰርሑ
tm-precisez-la-quotite-en-pourcentage = መጠን ግዜ ስራሕ ብሚእታዊ ግለጹ
tm-vous-avez-du-renoncer-a-votre = ስራሕኩም ክትገድፉ ተገዲድኩም
tm-du-fait-de-votre-handicap-recourez = ብሰንኪ ስንክልናኹም፣ ንሳልሳይ ሰብ ብደሞዝ ተቖጺርኩም ዲኹም?
tm-frais-lies-au-handicap-et-restant = ምስ ስንክልና ዝተኣሳሰሩን ኣብ ልዕሌኹም ዝተርፉን ወጻኢታት
tm-indiquez-les-frais-non-rembourses-ou = መድሕን ሕማምኩም ወይ ተወሳኺ መድሕን (mutuelle) ዘይመለሶም ወይ ብከፊል ጥራይ ዝመለሶም ወጻኢታት ጽሓፉ። ብፍላይ ብሰንኪ ስንክልናኹም ንሳልሳይ ሰብ ብደሞዝ እንተቖጺርኩም ግለጹ።
tm-vous-avez-besoin-d-aide-dans = ኣብ መዓልታዊ ህይወትኩም ሓገዝ የድልየኩም:
tm-pour-regler-les-depenses-courantes-loyer = ልሙድ ወጻኢታት ንምኽፋል (ክራይ፣ ጸዓት፣ ክዳን፣ መግቢ፣ ወዘተ)
tm-pour-gerer-votre-budget-et-repondre = በጀትኩም ንምምሕዳርን ግዴታታትኩም ንምፍጻምን (ምምሕዳራዊ መስርሓት፣ መድሕን፣ ግብሪ፣ ወዘተ)
tm-pour-l-hygiene-corporelle-se-laver = ንጽሬት ኣካል (ምሕጻብ፣ ናብ ሽቓቕ ምኻድ)
tm-pour-vous-habiller-mettre-et-oter = ክዳን ንምልባስ (ምልባስን ምቕንጣጥን፣ ምምራጽ፣ ወዘተ)
tm-pour-faire-les-courses = ንዕዳጋ
tm-pour-preparer-les-repas = መግቢ ንምድላው
tm-pour-prendre-les-repas = መግቢ ንምብላዕ
tm-pour-faire-le-menage-et-l = ገዛ ንምጽራይን ክዳን ንምሕላውን
tm-pour-prendre-soin-de-votre-sante = ጥዕናኹም ንምክንኻን (ፍወሳ ምኽታል፣ ናብ ሓኪም ምኻድ፣ ወዘተ)
tm-autre-besoin = ካልእ ድሌት
tm-vous-avez-besoin-d-aide-pour = ንምንቅስቓስ ሓገዝ የድልየኩም:
tm-pour-se-deplacer-dans-le-domicile = ኣብ ውሽጢ ገዛ ንምንቅስቓስ
tm-pour-sortir-du-domicile-ou-y = ካብ ገዛ ንምውጻእ ወይ ናብኡ ንምእታው
tm-pour-se-deplacer-a-l-exterieur = ካብ ገዛ ወጻኢ ንምንቅስቓስ
tm-pour-utiliser-un-vehicule = መኪና ንምጥቃም
tm-pour-utiliser-les-transports-en-commun = ህዝባዊ መጓዓዝያ ንምጥቃም
tm-pour-partir-en-vacances = ናብ ዕረፍቲ ንምኻድ
tm-utilisez-vous-les-transports-adaptes = ኣብ ከባቢኹም ዘሎ ንስንኩላን ዝተዳለወ መጓዓዝያ ትጥቀሙ ዲኹም?
tm-vous-avez-besoin-d-aide-pour-2 = ኣብ ማሕበራዊ ህይወትኩም ሓገዝ የድልየኩም:
tm-pour-communiquer-s-exprimer-se-faire = ንምርኻብ (ሓሳብኩም ንምግላጽ፣ ክርድኡኹም)
tm-pour-avoir-des-activites-sportives-et = ስፖርትን ምዝንጋዕን ንምግባር
tm-pour-les-relations-avec-les-autres = ንርክብ ምስ ካልኦት
tm-pour-vous-occuper-de-votre-famille = ንስድራኹም ንምክንኻን
tm-pour-vous-accompagner-dans-votre-vie = ኣብ ህይወትኩም ከም ዜጋ ንምድጋፍ (ንኣብነት: ንምድማጽ ምኻድ፣ ማሕበራዊ ህይወት፣ ወዘተ)
tm-pour-assurer-votre-securite = ድሕነትኩም ንምሕላው
tm-quelles-sont-vos-attentes-pour-compenser = ስንክልናኹም ንምክሓስ እንታይ ትጽበዩ?
tm-vivre-a-domicile = ኣብ ገዛ ምንባር
tm-un-amenagement-de-votre-lieu-de = ምምሕያሽ ናይ መንበሪ ቦታኹም
tm-realiser-un-bilan-des-capacites-dans = ኣብ መዓልታዊ ህይወት ዓቕምኹም ምግምጋም
tm-une-aide-financiere-afin-d-assurer = ዝተሓተ እቶት ንምርግጋጽ ገንዘባዊ ሓገዝ
tm-une-aide-pour-se-deplacer = ንምንቅስቓስ ሓገዝ
tm-un-accompagnement-pour-l-adptation = ምስ መዓልታዊ ህይወት ንምልማድ / ደጊምካ ንምልማድ ደገፍ
tm-une-aide-humaine-quelqu-un-qui = ሓገዝ ሰብ: ዝሕግዘኩም ሰብ
tm-vivre-en-etablissement = ኣብ ትካል ምንባር
tm-du-materiel-ou-equipement = ንዋት ወይ መሳርሒ
tm-une-aide-financiere-pour-des-depenses = ምስ ስንክልና ንዝተኣሳሰሩ ወጻኢታት ገንዘባዊ ሓገዝ
tm-un-accueil-temporaire = ግዝያዊ ምቕባል
tm-autre-attente = ካልእ እትጽበይዎ
tm-avez-vous-deja-identifie-une-ou = ነቲ እትጽበይዎ ክምልኡ ዝኽእሉ ሓደ ወይ ልዕሊኡ ትካላት ድሮ ረኺብኩም ዲኹም?
tm-avez-vous-d-autres-renseignements = ብዛዕባ መዓልታዊ ህይወትኩም ካልእ ሓበሬታ (ኩነታት፣ እትጽበይዎ፣ መደባት) ኣለኩም ድዩ?
tm-vie-scolaire-ou-etudiante = ህይወት ቤት ትምህርቲ ወይ ዩኒቨርሲቲ
tm-etes-vous-actuellement-scolarise = ሕጂ ትመሃሩ ዲኹም?
tm-pourquoi-n-etes-vous-pas-scolarise = ስለምንታይ ኣይትመሃሩን?
tm-vous-etes-trop-jeune = ኣዝዩ ንኡስ ኢኹም
tm-a-partir-de-quand-serez-vous = ካብ መዓስ ክትመሃሩ ኢኹም?
tm-vous-etes-sans-solution-d-accueil = ኣብ ቤት ትምህርቲ፣ ዩኒቨርሲቲ ወይ ሕክምናዊ-ማሕበራዊ ትካል ቦታ የብልኩምን
tm-vous-etes-actuellement-scolarise = ሕጂ ትመሃሩ ኣለኹም
tm-en-milieu-ordinaire = ኣብ ልሙድ ቦታ
tm-avec-accompagnement-par-un-service-de = ብደገፍ ናይ ክንክን ኣገልግሎት ወይ ሕክምናዊ-ማሕበራዊ ትካል
tm-en-temps-partage-entre-letablissement = ግዜ ተማቒልኩም ኣብ ሕክምናዊ-ማሕበራዊ ትካልን ኣብ ልሙድ ቦታ ወይ ገዛን
tm-en-temps-partage-entre-le-service = ግዜ ተማቒልኩም ኣብ ኣገልግሎት ክንክንን ኣብ ልሙድ ቦታን
tm-en-formation-superieure-ou-en = ኣብ ላዕለዋይ ትምህርቲ ወይ ኣብ ሞያዊ ልምምድ (apprentissage)
tm-etes-vous-place-en-internat = ኣብ ኣዳራሽ ቤት ትምህርቲ (internat) ትነብሩ ዲኹም?
tm-ses-frais-de-sejour-sont-ils = ወጻኢታት ምንባሩ ብምሉኡ ብመድሕን ሕማም፣ ብመንግስቲ ወይ ብማሕበራዊ ሓገዝ ይሽፈን ድዩ?
tm-dans-quel-s-etablissement-s = ኣብ ኣየናይ ትካል ወይ ትካላት?
tm-quel-type-d-etudes-suivez-vous = እንታይ ዓይነት ትምህርቲ ትመሃሩ?
tm-quel-s-diplome-s-avez-vous = እንታይ ዲፕሎማ ወይ ዲፕሎማታት ረኺብኩም?
tm-quel-s-diplome-s-preparez-vous = ንእንታይ ዲፕሎማ ወይ ዲፕሎማታት ትዳለዉ?
tm-decrivez-votre-parcours-d-etudiant-ou = መስመርኩም ከም ተማሃራይ ወይ ተለማማዲ ግለጹ
tm-annee-etablissement = ዓመት፣ ትካል
tm-vous-disposez-actuellement-d = ሕጂ ደገፍን ክንክንን ትረኽቡ
tm-soins-hospitaliers = ክንክን ሆስፒታል
tm-soins-en-liberal = ክንክን ካብ ብሕታውያን ሞያውያን
tm-vous-disposez-actuellement-d-adaptations = ሕጂ ናይ ንዋታዊ ኩነታት ምምሕያሻት ኣለኩም
tm-amenagement-et-adaptations-pedagogiques = ትምህርታዊ ምምሕያሻት
tm-outils-de-communication = መሳርሒታት ርክብ
tm-materiel-informatique-et-audiovisuel = ኮምፒተርን ኦድዮቪዥዋልን መሳርሒታት
tm-materiel-deficience-auditive = መሳርሒታት ንጸገም ምስማዕ
tm-materiel-deficience-visuelle = መሳርሒታት ንጸገም ምርኣይ
tm-mobilier-et-petits-materiels = ኣቕሑ ገዛን ንኣሽቱ መሳርሒታትን
tm-transport = መጓዓዝያ
tm-vous-disposez-actuellement-d-une-aide = ሕጂ ንተማሃሮ ምስ ስንክልና ዝሕግዝ ሰብ (AESH) ኣለኩም
tm-precisez-laquelle = ኣየናይ ምዃኑ ግለጹ
tm-decrivez-votre-emploi-du-temps-ecole = መደብ ግዜኹም ግለጹ (ቤት ትምህርቲ፣ መመገቢ፣ ክንክን፣ ወዘተ)
tm-vous-avez-des-besoins-en-lien = ምስ ትምህርቲ ዝተኣሳሰሩ ድሌታት ኣለኩም:
tm-pour-lire = ንምንባብ
tm-pour-ecrire-prendre-des-notes = ንምጽሓፍን ምልክታት ንምውሳድን
tm-pour-calculer = ንምቍጻር
tm-pour-comprendre-suivre-les-consignes = ንምርዳእን መምርሒታት ንምኽታልን
tm-pour-organiser-controler-son-travail = ስርሑ ንምውዳብን ንምቍጽጻርን
tm-pour-l-utilisation-du-materiel = መሳርሒታት ንምጥቃም
tm-vous-avez-des-besoins-pour-communiquer = ንምርኻብ ድሌታት ኣለኩም:
tm-pour-assurer-sa-securite = ድሕነቱ ንምሕላው
tm-vous-avez-des-besoins-pour-l = ንውልቃዊ ክንክን ድሌታት ኣለኩም:
tm-pour-l-hygiene-corporelle-aller-aux = ንጽሬት ኣካል (ናብ ሽቓቕ ምኻድ)
tm-pour-s-habiller-mettre-et-oter = ክዳን ንምልባስ (ምልባስን ምቕንጣጥን)
tm-pour-les-repas-manger-et-boire = ንመግቢ (ምብላዕን ምስታይን)
tm-pour-prendre-soin-de-sa-sante = ጥዕንኡ ንምክንኻን
tm-vous-avez-besoin-d-aide-pour-3 = ንምንቅስቓስ ሓገዝ የድልየኩም:
tm-pour-se-deplacer-a-l-interieur = ኣብ ውሽጢ ህንጻታት ንምንቅስቓስ
tm-pour-se-deplacer-a-l-exterieur-2 = ካብ ህንጻታት ወጻኢ ንምንቅስቓስ
tm-vous-souhaitez = ትደልዩ:
tm-une-adaptation-de-la-scolarite = ምምሕያሽ ትምህርቲ
tm-une-orientation-scolaire-differente = ዝተፈለየ ትምህርታዊ ምምራሕ
tm-une-aide-humaine = ሓገዝ ሰብ
tm-une-aide-materielle = ንዋታዊ ሓገዝ
tm-un-accompagnement-pour-une-readaptation = ንምሕዋይን ደጊምካ ንምልማድን ደገፍ
tm-une-prise-en-charge-par-un = ብዘይ መንበሪ ብትካል ምሕብሓብ
tm-une-prise-en-charge-par-un-2 = ምስ መንበሪ ብትካል ምሕብሓብ
tm-avez-vous-deja-identifie-un = ነቲ እትጽበይዎ ክምልእ ዝኽእል ቤት ትምህርቲ፣ ዩኒቨርሲቲ ወይ ሕክምናዊ-ማሕበራዊ ትካል ድሮ ረኺብኩም ዲኹም?
tm-avez-vous-pu-prendre-contact-avec = ምስ መምህር ተሓባባሪኹም (enseignant référent) ክትራኸቡ ክኢልኩም ዲኹም?
tm-pourquoi = ስለምንታይ?
tm-vous-avez-d-autres-renseignements = ብዛዕባ ህይወትኩም ኣብ ቤት ትምህርቲ፣ ዩኒቨርሲቲ ወይ ልምምድ ካልእ ኣገዳሲ ሓበሬታ (ኩነታት፣ እትጽበይዎ፣ መደባት) እንተሃልዩኩም፣ ኣብዚ ጽሓፍዎ:
tm-vie-au-travail = ህይወት ኣብ ስራሕ
tm-situation-professionnelle = ሞያዊ ኩነታት
tm-parcours-professionnel = ሞያዊ መስመር
tm-projet-professionnel = ሞያዊ መደብ
tm-avez-vous-actuellement-un-emploi = ሕጂ ስራሕ ኣለኩም ድዩ?
tm-avez-vous-deja-travaille = ቅድሚ ሕጂ ሰሪሕኩም ዲኹም?
tm-pourquoi-etes-vous-actuellement-sans = ሕጂ ስለምንታይ ስራሕ የብልኩምን፣ ካብ መዓስ?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = ሕጂ ስለምንታይ ስራሕ ከምዘይብልኩም ክትሕብሩ ትኽእሉ ዲኹም?
tm-etes-vous-dans-une-des-situations = ኣብ ሓደ ካብዞም ዝስዕቡ ኩነታት ኣለኹም ዲኹም?
tm-inscrit-a-pole-emploi = ኣብ Pôle emploi ዝተመዝገበ
tm-en-formation-continue = ኣብ ቀጻሊ ስልጠና
tm-votre-accompagnement-vers-l-emploi-est = ስራሕ ንምርካብ ዝድግፈኩም:
tm-mission-locale = Mission locale (ንመንእሰያት ደገፍ)
tm-cap-emploi = Cap emploi (ንሰባት ምስ ስንክልና ስራሕ ንምርካብ ደገፍ)
tm-pole-emploi = Pôle emploi (ህዝባዊ ትካል ስራሕ)
tm-un-referent-rsa-designe-par-le = ብ Conseil Général ዝተመዘዘ ተሓባባሪ RSA
tm-vous-avez-un-emploi = ስራሕ ኣለኩም:
tm-en-entreprise-adaptee = ኣብ ዝተመሓየሸ ትካል (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = ኣብ ዝተሓለወ ቦታ (ትካላትን ኣገልግሎታትን ሓገዝ ብስራሕ - ESAT)
tm-quel-est-votre-type-d-emploi = ዓይነት ስራሕኩም እንታይ እዩ?
tm-interim = ግዝያዊ ስራሕ (intérim)
tm-contrat-aide = ዝተሓገዘ ውዕል (contrat aidé)
tm-travailleur-independant = ናጻ ሰራሕተኛ
tm-regime = ስርዓት:
tm-stagiaire-professionnel = ሞያዊ ተለማማዲ
tm-est-ce-un-stage-remunere = ብደሞዝ ዝኽፈል ልምምድ ድዩ?
tm-au-sein-de-quel-organisme-effectuez = ኣብ ኣየናይ ትካል ኢኹም ትለማመዱ?
tm-nom-de-l-organisme = ስም ትካል
tm-qui-est-votre-employeur = ኣስራሒኹም መን እዩ?
tm-quel-est-le-nom-de-votre = ስም ስራሕኩም እንታይ እዩ?
tm-nom-du-poste = ስም ስራሕ
tm-votre-emploi-est-il-a-temps = ስራሕኩም ምሉእ ግዜ ድዩ ወይስ ከፊል ግዜ?
tm-temps-complet = ምሉእ ግዜ
tm-temps-partiel = ከፊል ግዜ
tm-votre-emploi-est-il-adapte-a = ስራሕኩም ምስ ስንክልናኹም ይሰማማዕ ድዩ?
tm-quelles-sont-les-difficultes-liees-a = ምስ ስንክልናኹም ዝተኣሳሰሩ ጸገማት እንታይ እዮም?
tm-accompagnement-pour-conserver-votre = ስራሕኩም ንምዕቃብ ደገፍ:
tm-par-la-medecine-du-travail = ብሕክምና ስራሕ
tm-par-le-service-d-appui-au = ብኣገልግሎት ደገፍ ሰራሕተኛታት ምስ ስንክልና ኣብ ስራሕ ንምጽናሕ (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = ኣብ ቦታ ስራሕኩም ምምሕያሻት ተገይሮም:
tm-etes-vous-actuellement-en-arret-de = ሕጂ ካብ ስራሕ ኣብ ዕረፍቲ (arrêt de travail) ኣለኹም ዲኹም?
tm-vous-etes-actuellement-en-arret-de = ሕጂ ካብ ስራሕ ኣብ ዕረፍቲ ኣለኹም:
tm-arret-maladie-avec-indemnites = ዕረፍቲ ሕማም ምስ መዓልታዊ ካሕሳ
tm-arret-maladie-sans-indemnites = ዕረፍቲ ሕማም ብዘይ መዓልታዊ ካሕሳ
tm-vous-etes-en-arret-suite-a = ድሕሪ ሓደጋ ስራሕ ወይ ሞያዊ ሕማም ኣብ ዕረፍቲ ኣለኹም
tm-conge-maternite-conge-d-adoption-autre = ዕረፍቲ ሕርሲ / ዕረፍቲ ምሕቋፍ (adoption) / ካልእ
tm-avez-vous-rencontre-un-professionnel-du = ምስ ሞያዊ ናይ ማሕበራዊ ኣገልግሎት ሳጹን ጡረታኹም ተራኺብኩም ዲኹም?
tm-a-quelle-date = ብኣየናይ ዕለት?
tm-avez-vous-rencontre-le-medecin-du = ቅድሚ ናብ ስራሕ ምምላስኩም ምስ ሓኪም ስራሕ ተራኺብኩም ዲኹም?
tm-beneficiez-vous-d-une-ou-des = ሓደ ወይ ልዕሊኡ ካብዞም ዝስዕቡ ሓገዛት ትረኽቡ ዲኹም?
tm-aides-de-l-association-de-gestion = ሓገዛት ናይ ማሕበር ምምሕዳር ፈንድ ሞያዊ ምጽንባር ሰባት ምስ ስንክልና (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = ሓገዛት ናይ ፈንድ ምጽንባር ሰባት ምስ ስንክልና ኣብ ህዝባዊ ስራሕ (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = ከም ሰራሕተኛ ምስ ስንክልና (RQTH) ተፈሊጥኩም ዲኹም?
tm-souhaitez-vous-saisir-vos-experiences = ሞያዊ ተመኩሮታትኩም ኣብ ቅጥዒ ክትጽሕፍዎ ወይስ CVኹም ስካን ክትገብርዎ ትደልዩ?
tm-numeriser-le-cv-et-l-ajouter = CV ስካን ገይረ ሕቶይ ኣብ ዝውድኣሉ ክውስኾ
tm-saisir-mes-experiences-professionnelles = ሞያዊ ተመኩሮታተይ ኣብዚ ቅጥዒ ክጽሕፎም
tm-precisez-vos-experiences = ሞያዊ ተመኩሮታትኩም፣ ልምምዳትን ትካላት ምጽንባርን ሓዊስኩም፣ ግለጹ።
tm-votre-niveau-de-qualification = ደረጃ ብቕዓትኩም:
tm-primaire = ቀዳማይ ደረጃ
tm-secondaire = ካልኣይ ደረጃ
tm-superieur = ላዕለዋይ (ዩኒቨርሲቲ)
tm-derniere-classe-frequentee = ናይ መወዳእታ ዝተመሃርኩምሉ ክፍሊ:
tm-avez-vous-suivi-une-des-formation = ሓደ ወይ ልዕሊኡ ሞያዊ ስልጠና ወሲድኩም ዲኹም?
tm-laquelle-lesquelles = ኣየናይ/ኣየኖት?
tm-precisez-votre-vos-dernier-s-diplome = ናይ መወዳእታ ዝረኸብኩምዎ ዲፕሎማ ወይ ዲፕሎማታት ግለጹ:
tm-avez-vous-un-ou-plusieurs-projet = ሓደ ወይ ልዕሊኡ ሞያዊ መደብ ኣለኩም ድዩ?
tm-pourquoi-avez-vous-besoin-de-soutien = ስለምንታይ ደገፍ የድልየኩም?
tm-faire-un-bilan-de-capacites = ሞያዊ ዓቕሚ ምግምጋም
tm-preciser-un-projet-professionnel = ሞያዊ መደብ ምንጻር
tm-adapter-l-environnement-de-travail = ከባቢ ስራሕ ምምሕያሽ
tm-acceder-a-un-emploi = ስራሕ ምርካብ
tm-acceder-a-une-formation = ስልጠና ምርካብ
tm-autres-renseignements-concernant-votre = ብዛዕባ ህይወትኩም ኣብ ስራሕ ክትነግሩና እትደልዩ ካልእ ሓበሬታ
tm-vie-de-votre-aidant-familial = ህይወት ስድራቤታዊ ሓጋዚኹም
tm-vous-pouvez-expliquer-l-aide-que = ሓጋዚኹም ሕጂ ንሰብ ምስ ስንክልና ዝህቦ ሓገዝ ክትገልጹ ትኽእሉ ኢኹም፣ ዝጽበዮን ዘድልዮን እውን ክትገልጹ ትኽእሉ ኢኹም።
tm-comment-s-appelle-votre-aidant = ሓጋዚኹም መን ይበሃል?
tm-nom-et-prenom = ስም ስድራቤትን ቀዳማይ ስምን
tm-quel-est-son-lien-avec-la = ምስቲ ሰብ ምስ ስንክልና እንታይ ዝምድና ኣለዎ?
tm-vit-il-elle-avec-la-personne = ምስቲ ሰብ ምስ ስንክልና ይነብር ድዩ/ትነብር ድያ?
tm-est-il-elle-actuellement-en-emploi = ሕጂ ይሰርሕ ድዩ/ትሰርሕ ድያ?
tm-oui-avec-une-reduction-dactivite-liee = እወ፣ ነቲ ዝሕገዝ ሰብ ንምክንኻን ስራሑ ብምጕዳል
tm-quelle-est-la-nature-de-l = ዓይነት እቲ ዝወሃብ ሓገዝ እንታይ እዩ?
tm-surveillance-presence-responsable = ምቍጽጻር / ሓላፍነታዊ ምህላው
tm-aide-aux-deplacements-a-linterieur-du = ኣብ ውሽጢ ገዛ ንምንቅስቓስ ሓገዝ
tm-aide-aux-deplacements-a-lexterieur = ኣብ ወጻኢ ንምንቅስቓስ ሓገዝ
tm-aide-pour-entretenir-le-logement-et = ገዛን ክዳንን ንምሕላው ሓገዝ
tm-aide-a-lhygiene-corporelle = ንጽሬት ኣካል ሓገዝ
tm-aide-a-la-preparation-des-repas = መግቢ ንምድላው ሓገዝ
tm-aide-a-la-prise-de-repas = መግቢ ንምብላዕ ሓገዝ
tm-coordination-des-intervenants = ምትሕብባር ሞያውያን
tm-gestion-administrative-et-juridique = ምምሕዳራውን ሕጋውን ምምሕዳር
tm-gestion-financiere = ገንዘባዊ ምምሕዳር
tm-stimulation-par-des-activites-loisirs = ብንጥፈታት ምትብባዕ (ምዝንጋዕ፣ ምውጻእ፣ ወዘተ)
tm-aide-a-la-communication-et-aux = ንርክብን ማሕበራዊ ዝምድናታትን ሓገዝ
tm-aide-au-suivi-medical = ንሕክምናዊ ክትትል ሓገዝ
tm-qui-participe-avec-lui-elle-a = ምስኡ/ምስኣ ኣብ ደገፍ እቲ ዝሕገዝ ሰብ መን ይሳተፍ?
tm-un-des-professionnel-s = ሓደ ወይ ልዕሊኡ ሞያውያን
tm-un-ou-plusieurs-autre-s-proche = ሓደ ወይ ልዕሊኡ ካልኦት ቀረባታት
tm-il-elle-est-l-unique-aidante = ንሱ/ንሳ ጥራይ እዩ/እያ ንሓታቲ ዝሕግዝ/ትሕግዝ
tm-est-il-elle-soutenue-dans-sa = ኣብ ስራሕ ምሕጋዙ/ምሕጋዛ ደገፍ ይረክብ ድዩ/ትረክብ ድያ?
tm-en-cas-d-empechement-a-t = እንተዘይኽኢሉ/እንተዘይኽኢላ፣ ኣብ ክንዱ/ክንዳ ዝኣቱ መፍትሒ ኣለዎ ድዩ/ኣለዋ ድዩ?
tm-laquelle = እንታይ?
tm-il-elle-est-ou-sera-prochainement = ሕጂ ወይ ቀልጢፉ ኣብ ሓደ ካብዞም ዝስዕቡ ኩነታት ኣሎ/ኣላ ወይ ክኸውን እዩ:
tm-eloignement-geographique-demenagement = ጂኦግራፊያዊ ርሕቀት (ገዛ ምቕያር፣ ወዘተ)
tm-indisponibilite-prolongee-sejour-a = ነዊሕ ዘይምህላው (ኣብ ወጻኢ ምጽናሕ፣ ሆስፒታል ምእታው፣ ወዘተ)
tm-changement-majeur-dans-la-situation = ዓቢ ለውጢ ኣብ ውልቃዊ ኩነታት (ምፍልላይ፣ ሞት በዓል/በዓልቲ ቤት፣ ናብ ቤት ኣረጋውያን ምኻድ፣ ወዘተ)
tm-probleme-de-sante = ጸገም ጥዕና
tm-changement-majeur-dans-la-situation-2 = ዓቢ ለውጢ ኣብ ሞያዊ ኩነታት
tm-difficulte-a-assurer-l-accompagnement = ነቲ ሕጂ ዘሎ ደገፍ ንምቕጻል ጸገም (ድኻም፣ ምዕባይ ዕድሜ፣ ወዘተ)
tm-ses-attentes-en-tant-qu-aidant = ከም ስድራቤታዊ ሓጋዚ ዝጽበዮ:
tm-pouvoir-se-reposer-au-quotidien = መዓልታዊ ከዕርፍ ምኽኣል
tm-pouvoir-se-faire-remplacer-en-cas = ኣብ ግዜ ድሌት ካልእ ኣብ ክንዱ ክኣቱ ምኽኣል
tm-pouvoir-se-faire-remplacer-en-cas-2 = ብዘይተጸበዮ ነገር ካልእ ኣብ ክንዱ ክኣቱ ምኽኣል
tm-se-faire-remplacer-pour-partir-en = ናብ ቀዳመ-ሰንበት/ዕረፍቲ ንምኻድ ካልእ ኣብ ክንዱ ምእታው
tm-reprendre-renforcer-maintenir-son = ሞያዊ ስርሑ ምጅማር/ምድልዳል/ምቕጻል
tm-reprendre-renforcer-maintenir-ses-liens = ማሕበራዊ ርክባቱ ምጅማር/ምድልዳል/ምቕጻል
tm-obtenir-une-contre-partie-financiere = ገንዘባዊ ካሕሳ ምርካብ
tm-echanger-avec-dautres-aidants = ምስ ካልኦት ሓገዝቲ ሓሳብ ምልውዋጥ
tm-echanger-avec-les-professionnels-qui = ምስቶም ንዝሕገዝ ቀረባኡ ዝከታተሉ ሞያውያን ሓሳብ ምልውዋጥ
tm-avoir-un-soutien-psychologique = ስነ-ኣእምሮኣዊ ደገፍ ምርካብ
tm-etre-conseille-pour-mieux-faire-face = ስንክልና ቀረባኡ ብዝሓሸ ንምግጣም ምኽሪ ምርካብ
tm-etre-affilie-gratuitement-a-lassurance = ብነጻ ኣብ መድሕን ጡረታ ምምዝጋብ
tm-a-t-il-elle-deja-identifie = ነቲ ዝጽበዮ ክምልኡ ዝኽእሉ ሓደ ወይ ልዕሊኡ ትካላት ድሮ ረኺቡ ድዩ/ረኺባ ድያ?
tm-vous-souhaitez-mieux-connaitre-les = ብዛዕባ ዘለዉ መደባትን ሓገዛትን ብዝያዳ ክትፈልጡ ትደልዩ:
tm-pour-l-aidant = ንሓጋዚ
tm-pour-la-personne-aidee = ንዝሕገዝ ሰብ
tm-autres-renseignements-que-vous = ብዛዕባ ህይወት ሓጋዚኹም ክትነግሩና እትደልዩ ካልእ ሓበሬታ
tm-documents-lies-a-votre-demande = ምስ ሕቶኹም ዝተኣሳሰሩ ሰነዳት
tm-pour-nous-transmettre-les-documents = ግዴታን ተወሳኺን መረጋገጺ ሰነዳት ንምልኣኽልና
tm-certificat-medical = ሕክምናዊ ምስክር ወረቐት
tm-votre-certificat-medical-n-est-pas = ሕክምናዊ ምስክር ወረቐትኩም ቅኑዕ ኣይኮነን፣ በጃኹም ሓደ ካብቶም ዝተዋህቡ ኣብነታት ተጠቐሙ።
tm-un-certificat-medical-de-moins-de = ንሕቶታት MDPH ዝተዳለወ ካብ 6 ኣዋርሕ ዘይበዝሐ ሕክምናዊ ምስክር ወረቐት።
tm-justificatif-de-domicile = መረጋገጺ መንበሪ
tm-une-photocopie-dun-justificatif-de = ቅዳሕ ካብ 3 ኣዋርሕ ዘይበዝሐ መረጋገጺ መንበሪ (ንቖልዑ፣ መረጋገጺ መንበሪ ሕጋዊ ወኪል ኣተሓሕዙ፤ ኣብ ገዛ ካልእ ሰብ ንዝቕመጡ: መረጋገጺ መንበሪ እቲ ዝቕበሎምን ብኽብሩ ዝሃቦ ምስክርን)።
tm-piece-d-identite = መንነት ወረቐት
tm-une-photocopie-recto-verso-dun = ቅዳሕ ክልቲኡ ገጽ መንነት ወረቐት ናይቲ ሰብ ምስ ስንክልና፣ ከምኡ'ውን እንተሃልዩ ናይ ሕጋዊ ወኪሉ (ዝሰርሕ መንነት ወረቐት ወይ ዝሰርሕ ፍቓድ መንበሪ ወይ ካልእ ኣብ ፈረንሳ ንምንባር ዘፍቅድ ሰነድ)።
tm-acte-de-deces-acte-de-mariage = ምስክር ወረቐት ሞት / ምስክር ወረቐት መርዓ
tm-carte-grise-vehicule-permis-de-conduire = ሊብሬታ መኪና (carte grise)፣ መንጃ ፍቓድ
tm-carte-de-sejour = ካርድ መንበሪ
tm-avis-d-impot-sur-le-revenu = ወረቐት ግብሪ እቶት (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = ሓበሬታ ሕሳብ ባንክ (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = ምስክር ክፍሊት መዓልታዊ ካሕሳ (CAF፣ MSA፣ ማሕበራዊ ውሕስነት፣ Pôle Emploi....)
tm-bulletin-de-salaire = ወረቐት ደሞዝ
tm-devis-facture-aide-technique = ግምት ዋጋ / ፋክቱር ቴክኒካዊ መሳርሒ
tm-audiogramme = መርመራ ምስማዕ (audiogramme)
tm-livret-de-famille = መጽሓፍ ስድራ (livret de famille)
tm-facture-cantine-restaurant-scolaire = ፋክቱር መመገቢ ቤት ትምህርቲ
tm-facture-frais-d-obseques = ፋክቱር ወጻኢታት ቀብሪ
tm-justificatif-reduction-du-temps-de = መረጋገጺ ምጕዳል ግዜ ስራሕ
tm-billets-de-train-fiche-taxi-frais = ቲኬት ባቡር / ወረቐት ታክሲ (ወጻኢ መጓዓዝያ ድሕሪ ኣብ ትካል ምእታው)
tm-jugement-de-tutelle-jugement = ፍርዲ ሞግዚትነት፣ ዝእርም ፍርዲ፣ ሓለዋ (curatelle)
tm-justificatif-d-emancipation = መረጋገጺ ናጽነት (émancipation) ንኡስ
tm-jugement-de-delegation-d-autorite = ፍርዲ ምውካል ወለዳዊ ስልጣን
tm-jugement-de-divorce = ፍርዲ ፍትሕ
tm-bilan-ophtalmologique-mdph = መርመራ ዓይኒ (MDPH)
tm-complement-medical-d-aide-a-l = ንስነ-ኣእምሮኣዊ ገምጋም ዝሕግዝ ሕክምናዊ ተወሳኺ
tm-bilan-psychologique-etc = ስነ-ኣእምሮኣዊ ገምጋም፣ ወዘተ
tm-compte-rendu-d-examen-psychiatrique = ጸብጻብ መርመራ ኣእምሮ፣ ሕቶታት ኣእምሮ፣ ወዘተ
tm-bilan-orthophonique-psychomoteur = ገምጋም ምእራም ዘረባ፣ ስነ-ኣእምሮ-ምንቅስቓስ፣ ፊዚዮቴራፒ፣ ኦስቲዮፓቲ፣ ወዘተ
tm-bilan-camsp-cmp-cmpp = ገምጋም CAMSP፣ CMP፣ CMPP
tm-compte-rendu-d-evaluation-medicale = ጸብጻብ ሕክምናዊ ገምጋም
tm-attestation-medicale = ሕክምናዊ ምስክር
tm-fiche-de-liaison-medecine-du-travail = ወረቐት ርክብ ሕክምና ስራሕ
tm-prescription-medicale-pour-amenagement-d = ንምምሕያሽ ፈተናታት ሕክምናዊ ትእዛዝ
tm-bulletin-d-hospitalisation = ወረቐት ምእታው ሆስፒታል
tm-fiche-de-prescription-hors = ወረቐት ትእዛዝ ብዘይ መድሃኒት
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = ንዝመሃሩ ቆልዑ፣ እቲ ዝጽበዩዎ ኣብ GEVASco ዝበሃል ሰነድ ይጽሓፍ። GEVASco ምስ ዳይረክተር ትካል (ቀዳማይ ሕቶ) ወይ ምስ መምህር ተሓባባሪ (ደጊምካ ምምርማር) እትመልእዎ ናይ ሓበሬታ ምእካብ መምርሒ እዩ። ሓበሬታ ርክብ መምህር ተሓባባሪኹም ካብ ዳይረክተር ቤት ትምህርቲ ክትሓቱ ትኽእሉ ኢኹም።
tm-bilan-de-l-equipe-de-suivi = ገምጋም ጉጅለ ክትትል ትምህርቲ (ESS)
tm-fiche-de-liaison-financement-du-materiel = ወረቐት ርክብ ንምውጻእ ዝተመሓየሸ ትምህርታዊ መሳርሒ
tm-fiche-d-evaluation-de-l-autonomie = ወረቐት ገምጋም ናጽነት ተማሃራይ (ካብ ኣካዳሚያዊ ቁጽጽር)
tm-protocoles-d-accompagnement-d-un-eleve = ፕሮቶኮላት ደገፍ ተማሃራይ ምስ ስንክልና ብሓጋዚ (AVSI)
tm-plan-individualise-d-accompagnement-pia = ውልቃዊ መደብ ደገፍ (PIA)
tm-devoirs-particuliers-dyslexie = ፍሉያት ዕዮ ገዛ (dyslexie፣ ምእራም ዘረባ፣ ወዘተ)
tm-certificat-de-scolarite-releve-de-notes = ምስክር ትምህርቲ፣ ውጽኢት ፈተና፣ ወዘተ
tm-curriculum-vitae-cv = ታሪኽ ህይወትን ስራሕን (CV)
tm-courriers-orientation-professionnel = ደብዳቤታት ሞያዊ ምምራሕ (UEROS፣ POPS፣ CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = ገምጋማት (AFPA፣ ESAT፣ ወዘተ)፣ ገምጋማት ደገፍ መደብ፣ POPS፣ Préo፣ UEROS፣ ወዘተ
tm-rapport-de-stage = ጸብጻብ ልምምድ
tm-syntheses-etablissements-et-services-ems = ጽማቕ ትካላትን ኣገልግሎታትን (EMS፣ SMS፣ SAVS፣ SAMSAH፣ ወዘተ)
tm-autre-document = ካልእ ሰነድ

## mdph: account

tm-plus-qu-une-etape = ሓንቲ ስጉምቲ ጥራይ ተሪፋ
tm-cliquez-sur-le-lien-qui-vous = ኣካውንትኩም ንምኽፋት ኣብቲ ዝተላእከልኩም መላግቦ ጠውቑ (ኣብ spam እውን ርኣዩ)።
tm-votre-compte-a-bien-ete-valide = ኣካውንትኩም ተረጋጊጹ ኣሎ።
tm-ce-lien-est-incorrect-ou-a = እዚ መላግቦ ጌጋ እዩ ወይ ድሮ ተጠቒሞምሉ እዮም።
tm-email-envoye = ኢመይል ተላኢኹ
tm-cliquez-sur-le-lien-qui-vous-2 = መሕለፊ ቃልኩም ንምቕያር ኣብቲ ብኢመይል ዝተላእከልኩም መላግቦ ጠውቑ።
tm-si-vous-avez-oublie-votre-mot = መሕለፊ ቃልኩም እንተረሲዕኩም፣ ኣድራሻ ኢመይልኩም ጽሓፉ፣ ሓድሽ መሕለፊ ቃል ናብኡ ክለኣኸልኩም እዩ።
tm-veuillez-entrer-votre-email = በጃኹም ኢመይልኩም ጽሓፉ።
tm-l-adresse-email-n-est-pas = ኣድራሻ ኢመይል ቅኑዕ ኣይኮነን።
tm-connectez-vous-pour-reprendre-votre = መስርሕኩም ንምቕጻል እተዉ
tm-adresse-email = ኣድራሻ ኢመይል
tm-veuillez-entrer-une-adresse-email = በጃኹም ኣድራሻ ኢመይል ጽሓፉ።
tm-cette-adresse-email-n-est-pas = እዚ ኣድራሻ ኢመይል ቅኑዕ ኣይኮነን።
tm-veuillez-entrer-un-mot-de-passe = በጃኹም መሕለፊ ቃል ጽሓፉ።
tm-vous-n-avez-pas-de-compte = ኣካውንት የብልኩምን? ተመዝገቡ
tm-une-erreur-est-survenue-lors-de-5 = ኣብ ምልኣኽ ጌጋ ኣጋጢሙ። እቲ ዝተሓተ ኣካውንት ድሮ ተኸፊቱ ወይ የለን ክኸውን ይኽእል።
tm-un-mail-de-confirmation-a-bien = መረጋገጺ ኢመይል ደጊሙ ናብ ኢመይልኩም ተላኢኹ
tm-nouveau-mot-de-passe = ሓድሽ መሕለፊ ቃል
tm-vous-avez-indique-avoir-oublie-votre = መሕለፊ ቃልኩም ከምዝረሳዕኩም ሓቢርኩም። በጃኹም ሓድሽ መሕለፊ ቃል ጽሒፍኩም ኣሐድስዎ።
tm-inscrivez-vous-pour-commencer-votre = መስርሕኩም ንምጅማር ተመዝገቡ
tm-veuillez-entrer-votre-adresse-e-mail = በጃኹም ኣድራሻ ኢመይልኩም ጽሓፉ።
tm-cet-email-n-est-pas-valide = እዚ ኢመይል ቅኑዕ ኣይኮነን።
tm-adresse-email-de-secours = ተወሳኺ (ንሓገዝ) ኣድራሻ ኢመይል
tm-veuillez-entrer-votre-adresse-e-mail-2 = በጃኹም ተወሳኺ ኣድራሻ ኢመይልኩም ጽሓፉ።
tm-erreur-dans-le-formulaire-merci-de = ኣብ ቅጥዒ ጌጋ ኣሎ፣ በጃኹም ነቲ ገጽ ኣሐድስዎ።
tm-contact = ርክብ
tm-veuillez-entrer-votre-numero-de-contact = በጃኹም ክንረኽበኩም እንኽእለሉ ቁጽሪ ተሌፎን ጽሓፉ።
tm-vous-avez-deja-un-compte-connectez = ድሮ ኣካውንት ኣለኩም? እተዉ

## mdph: apropos

tm-en-quelques-mots = ብሓጺሩ
tm-plus-dun-tiers-des-personnes-handicapees = ልዕሊ ሓደ ሲሶ ካብ ሰባት ምስ ስንክልና፣ ምስ ሓገዝ ስንክልናኦም ዝተኣሳሰሩ ምምሕዳራዊ መስርሓት ዝተሓላለኹ እዮም ይብሉ። ግዜ ምምርማር ሕቶታት መብዛሕትኡ ግዜ ካብቲ ሕጊ ዝሰርዖ ኣርባዕተ ኣዋርሕ ይበዝሕ።
tm-un-traitement-informatise-de-bout-en = ካብ መጀመርታ ክሳብ መወዳእታ ብኮምፒተር ዝግበር ምምርማር
tm-une-communication-en-continu = ቀጻሊ ርክብ
tm-pour-les-utilisateurs = ንተጠቀምቲ
tm-un-espace-personnel = ውልቃዊ ገጽ
tm-un-questionnaire-dynamique = ብመሰረት መልስታትኩም ዝቕየር ሕቶታት
tm-un-accompagnement-des-la-saisie-de = ካብ ምጽሓፍ ሕቶ ጀሚሩ ደገፍ
tm-un-suivit-en-temps-reel = ብቕጽበት ክትትል
tm-une-presence-sur-le-web = ኣብ ኢንተርነት ምህላው
tm-une-appropriation-de-votre-espace = ገጽኩም ናትኩም ምግባር

## mdph: demande

tm-veuillez-confirmer-la-demande-de = በጃኹም ሕቶ { $name } ኣረጋግጹ
tm-une-fois-la-demande-validee-vous = እቲ ሕቶ ምስ ተረጋገጸ፣ ብዘይካ ሰነዳት ካልእ ሓበሬታ ክትቕይሩ ኣይትኽእሉን ኢኹም፣ ንሱ እውን MDPH እንተሓቲቱ ጥራይ። ኣብ ታሕቲ ጽማቕ ሕቶኹም ክትረኽቡ ትኽእሉ ኢኹም:
tm-recapitulatif-de-votre-demande = ጽማቕ ሕቶኹም
tm-documents = ሰነዳት:
tm-en-validant-je-certifie-que-les = ብምርግጋጽ፣ እቲ ኣብ ላዕሊ ዘሎ ሓበሬታ ቅኑዕ ምዃኑ እምስክር።
tm-la-mdph-n-accepte-pas-les = MDPH { $name } ካብዚ ኣገልግሎት ኢንተርነት ሕቶታት ኣይትቕበልን እያ፣ ስለዚ ብዚ ኣገልግሎት ሕቶ ክትሰዱላ ኣይከኣልን።
tm-demande-n = ሕቶ ቁጽሪ { $shortId }
tm-votre-mdph-vous-demande-de-corriger = MDPH ምስ ሕቶኹም ዘለዉ ሰነዳት ከተርምዎም ትሓተኩም ኣላ
tm-pour-tout-autre-modification-veuillez = ንካልእ ለውጢ፣ በጃኹም ብቐጥታ ንMDPH ርኸብዋ (ሓበሬታ ርክብ ኣብ ታሕቲ ገጽ ክትረኽቡ ኢኹም)
tm-telecharger = ኣውርድ
tm-votre-demande-est-en-cours-de = MDPH ሕቶኹም ተረጋግጽ ኣላ
tm-informations-obligatoires = ግዴታ ሓበሬታ
tm-informations-complementaires = ተወሳኺ ሓበሬታ
tm-decrivez-votre-situation-vos-besoins-vos = ኩነታትኩም፣ ድሌታትኩም፣ መደባትኩምን ትጽበይዎ ነገርን ግለጹ።
tm-demande = ሕቶ / { $label }
tm-demande-documents = ሕቶ / ሰነዳት
tm-en-cours = { $name } - ይሰርሕ ኣሎ... { $progress }%
tm-ajouter-un-document = ሰነድ ወስኽ
tm-autres-types-de-documents = ካልኦት ዓይነታት ሰነዳት
tm-retourner-a-la-demande = ናብ ሕቶ ተመለስ
tm-choix-du-type-de-document = ዓይነት ሰነድ ምምራጽ
tm-recherche = ድለያ
tm-suggestions-de-documents-a-fournir = ክቐርቡ ዘለዎም ሰነዳት ሓሳባት
tm-demande-identite-de-l-autorite-parentale = ሕቶ / መንነት ወለዳዊ ስልጣን ዘለዎ
tm-demande-identite-de-la-personne-vous = ሕቶ / መንነት እቲ ኣብዚ መስርሕ ዝሕግዘኩም ሰብ
tm-la-personne-vous-aidant-dans-votre = እቲ ኣብ መስርሕኩም ዝሕግዘኩም ሰብ
tm-un-proche = ቀረባ ሰብ
tm-une-association = ማሕበር
tm-nom-ou-intitule = ስም (ወይ ኣርእስቲ)
tm-la-longueur-minimale-du-nom-est = እቲ ስም እንተወሓደ ሓደ ፊደል ክህልዎ ኣለዎ።
tm-recherche-adresse = ኣድራሻ ድለ
tm-localite = ከተማ ወይ ዓዲ
tm-telephone-1 = ተሌፎን 1
tm-telephone-2 = ተሌፎን 2
tm-demande-identite-du-beneficiaire = ሕቶ / መንነት ተጠቃሚ
tm-nom-d-epouxse-ou-nom-d = ስም በዓል/በዓልቲ ቤት ወይ ዝጥቀሙሉ ስም
tm-homme = ሰብኣይ
tm-femme = ሰበይቲ
tm-espace-economique-europeen-ou-suisse = ኤውሮጳዊ ቁጠባዊ ዞባ ወይ ስዊዘርላንድ
tm-date-de-naissance-au-format-jour = ዕለት ልደት ብቕርጺ መዓልቲ/ወርሒ/ዓመት
tm-veuillez-utiliser-le-format-jj-mm = በጃኹም ቅርጺ መዓልቲ/ወርሒ/ዓመት (JJ/MM/AAAA) ተጠቐሙ። ንኣብነት: 14/09/1989።
tm-commune-de-naissance = ዝተወለድኩምሉ ምምሕዳር (commune)
tm-pays-en-cas-de-naissance-a = ሃገር (ኣብ ወጻኢ እንተተወሊድኩም)
tm-l-adresse-email-saisie-est-incorrecte = እቲ ዝጸሓፍኩምዎ ኣድራሻ ኢመይል ጌጋ እዩ።
tm-si-vous-avez-elu-domicile-aupres = ኣድራሻኹም ኣብ ሓደ ትካል (ማሕበር፣ ማእከል መዕቆቢ ወይ ማሕበራዊ ስራሕ) እንተኾይኑ፣ ኣየናይ ምዃኑ ግለጹ
tm-organisme-payeur-de-prestations = ስድራቤታዊ ሓገዛት / RSA ዝኸፍል ትካል
tm-organisme-d-assurance-maladie = ትካል መድሕን ሕማም
tm-votre-numero-de-securite-sociale = ቁጽሪ ማሕበራዊ ውሕስነትኩም
tm-ce-numero-de-securite-sociale-est = እዚ ቁጽሪ ማሕበራዊ ውሕስነት ቅኑዕ ኣይኮነን።
tm-ce-champ-est-incomplet = እዚ ቦታ ኣይተማልአን።
tm-si-cest-votre-enfant-qui-est = እቲ ሕቶ ንቖልዓኹም ዝምልከት እንተኾይኑ፣ ቁጽሪ ማሕበራዊ ውሕስነቱ ጽሓፉ
tm-etes-vous-aide-e-dans-vos = ኣብ መስርሓትኩም ምስ MDPH ዝሕግዘኩም ሰብ ኣሎ ድዩ?
tm-beneficiez-vous-dune-mesure-de = ኣብ ትሕቲ ሕጋዊ ናይ ምሕላው መደብ (tutelle ወይ curatelle) ኣለኹም ዲኹም?
tm-demande-identite-du-representant-legal = ሕቶ / መንነት ሕጋዊ ወኪል
tm-demande-prestations = ሕቶ / ሓገዛትን ኣገልግሎታትን
tm-demandes-relatives-a-la-vie-quotidienne = ብዛዕባ መዓልታዊ ህይወት ዝምልከቱ ሕቶታት
tm-carte-mobilite-inclusion = ካርድ ምንቅስቓስን ምጽንባርን (CMI)
tm-allocation-compensatrice-ac = ናይ ካሕሳ ሓገዝ (AC)
tm-demandes-relatives-a-la-vie-scolaire = ብዛዕባ ህይወት ቤት ትምህርቲ ዝምልከቱ ሕቶታት
tm-demandes-relatives-au-travail-a-lemploi = ብዛዕባ ስራሕ፣ ስራሕ ምርካብን ሞያዊ ስልጠናን ዝምልከቱ ሕቶታት
tm-orientation-professionnelle = ሞያዊ ምምራሕ
tm-le-dispositif-emploi-accompagne-propose = «መደብ ብደገፍ ዝግበር ስራሕ ንሰራሕተኛ ምስ ስንክልናን ንኣስራሒኡን ሕክምናዊ-ማሕበራዊ ደገፍን ሞያዊ ምጽንባር ሓገዝን ይህብ። ካብዚ መደብ ክጥቀሙ ዝኽእሉ ሰራሕተኛታት ምስ ስንክልና:
tm-ayant-un-projet-dinsertion-en-milieu = ኣብ ልሙድ ቦታ ስራሕ ክሰርሑ መደብ ዘለዎም፣
tm-accueillis-dans-un-etablissement-ou = ኣብ ትካል ወይ ኣገልግሎት ሓገዝ ብስራሕ (ESAT) ዘለዉ እሞ ኣብ ልሙድ ቦታ ስራሕ ክሰርሑ መደብ ዘለዎም፣
tm-deja-en-emploi-en-milieu-ordinaire = ድሮ ኣብ ልሙድ ቦታ ስራሕ ዝሰርሑ፣ ስርሖም ንምርግጋእ ፍሉይ ጸገም ዘጋጥሞም።»
tm-demande-confirmer-votre-compte-mail = ሕቶ / ኢመይልኩም ኣረጋግጹ
tm-vous-n-avez-pas-encore-confirme = ገና ኣካውንትኩም ኣየረጋገጽኩምን። ነቲ ብኢመይል ዝተላእከልኩም መኽፈቲ መላግቦ ብምኽፋት ክትገብርዎ ትኽእሉ ኢኹም።
tm-en-cas-de-difficultes-vous-pouvez = ጸገም እንተጋጢሙኩም ብኣድራሻ contact.mdphenligne@cnsa.fr ክትረኽቡና ትኽእሉ ኢኹም
tm-cliquez-ici-pour-renvoyer-un-mail = መረጋገጺ ኢመይል ደጊምኩም ንምልኣኽ ኣብዚ ጠውቑ
tm-retourner-au-profil = ናብ ፕሮፋይል ተመለስ

## mdph: layout

tm-connexion = ምእታው

## mdph: main

tm-trouvez-le-service-en-ligne-de = ናይ MDPHኹም ኣገልግሎት ኢንተርነት ድለዩ
tm-votre-demande-en-ligne-a-la = ብኢንተርነት ናብ MDPH ዝቐርብ ሕቶኹም
tm-la-mdph-c-est-la-maison = MDPH ማለት ናይ ዞባ (département) ገዛ ንሰባት ምስ ስንክልና (Maison Départementale pour les Personnes Handicapées) እዩ። ምስ ስንክልናኹም ዝተኣሳሰሩ ድሌታት ክምልእ ይኽእል።
tm-ce-service-vous-permet-de-saisir = እዚ ኣገልግሎት ሕቶኹም ክትጽሕፉን ፋይልኩም ክትምርምሮ ናብ MDPH ክትሰዱን የኽእለኩም።
tm-il-vous-permet-de-solliciter-la = ከም ተጠቃሚ ወይ ከም ሕጋዊ ወኪል ናይ ሓደ ተጠቃሚ ናብ MDPH ክትሓቱ የኽእለኩም።
tm-en-fonction-de-votre-situation-vous = ከም ኩነታትኩም፣ ካብዞም ዝስዕቡ መሰላት ክትጥቀሙ ትኽእሉ ትኾኑ ኢኹም

## mdph: mdph

tm-votre-mdph = ናይኩም MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = ሕቶታትኩም ብኢንተርነት ተኸታተሉ
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = ናይኩም MDPH ነዚ ናይ ኢንተርነት ሕቶታት ኣገልግሎት ኣይትጥቀመሉን እያ
tm-continuer-sur-service-public-fr = ኣብ service-public.fr ቀጽል
tm-continuer-sur = ኣብ { $label } ቀጽል

## mdph: medecin

tm-votre-e-mail = ኢመይልኩም
tm-ex-email-domaine-fr = ኣብነት: email@domaine.fr
tm-l-adresse-email-est-obligatoire = ኣድራሻ ኢመይል ግዴታ እዩ።
tm-modeles-de-certificats = ኣብነታት ሕክምናዊ ምስክር ወረቐት

## mdph: mon_compte

tm-en-attente-de-validation = ምርግጋጽ ይጽበ ኣሎ
tm-si-vous-n-avez-pas-recu = እዚ ኢመይል እንተዘይበጺሑኩም፣ ደጊምኩም ንምልኣኹ ኣብዚ ጠውቑ።
tm-modifier-mon-mot-de-passe = መሕለፊ ቃለይ ቀይር
tm-veuillez-entrer-votre-mot-de-passe = በጃኹም ናይ ቀደም መሕለፊ ቃልኩም ጽሓፉ።

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = ኣድራሻ ኢመይልኩም ንምርግጋጽ ኢመይል ሰዲድናልኩም ኣለና።
tm-type = ዓይነት
tm-document-ajoute = ዝተወሰኸ ሰነድ
tm-choisir-le-fichier = ፋይል ምረጽ
tm-veuillez-selectionner-un-fichier = በጃኹም ፋይል ምረጹ
tm-ajouter-ce-fichier = ነዚ ፋይል ወስኽ

## mdph: profil

tm-profil-identite-du-representant-legal = ፕሮፋይል / መንነት ሕጋዊ ወኪል
tm-profil-prestations = ፕሮፋይል / ሓገዛትን ኣገልግሎታትን
tm-supprimer-ce-profil = ነዚ ፕሮፋይል ደምስስ

## mdph: suivi

tm-cookies-deposes-et-opt-out = ዝተቐመጡ cookies ከምኡ ድማ ምንጻጎም
tm-ce-site-depose-un-petit-fichier = እዚ መርበብ ክትርእይዎ ከለኹም ኣብ ኮምፒተርኩም ንእሽቶ ናይ ጽሑፍ ፋይል («cookie») የቐምጥ። እዚ ብዝሒ ምብጻሓትን ኣየኖት ገጻት ብዝያዳ ከምዝርኣዩን ክንፈልጥ ይሕግዘና።
tm-ce-site-naffiche-pas-de-banniere = እዚ መርበብ ንcookies ፍቓድኩም ዝሓትት መልእኽቲ ስለምንታይ ኣየርእን?
tm-je-contribue-a-enrichir-vos-donnees = ሓበሬታኹም ንምህብታም ኣበርክቶ እገብር ኣለኹ፣ ክርእዮ እኽእል ድየ?
tm-bien-sur-les-statistiques-dusage-de = ብርግጽ! ናይ ኣጠቓቕማ ጸብጻባት ናይ መብዛሕትኦም ፍርያትና፣ https://mdphenligne.cnsa.fr/ ሓዊሱ፣ ኣብ stats.data.gouv.fr ንኹሉ ክፉት እዩ።

## mdph: autorite-form

tm-parent = ወላዲ { $n }
tm-exerce-l-autorite-parentale = ወለዳዊ ስልጣን ኣለዎ
tm-meme-adresse-que-le-beneficiaire = ሓደ ዓይነት ኣድራሻ ምስ ተጠቃሚ

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = ኣብዚ ሳንዱቕ ምልክት ብምግባር፣ ብስም { $name } ሕቶ ንምቕራብ ፍቓዱ ከምዘለኩም ትምስክሩ
tm-precisez-le-domicile = መንበሪ ግለጹ
tm-de-vos-parents-ou-l-un = ኣብ ወለድኹም (ወይ ሓደ ካብኦም)
tm-de-vos-enfants-ou-l-un = ኣብ ደቅኹም (ወይ ሓደ ካብኦም)
tm-d-un-e-ami-e = ኣብ ዓርኪ ወይ ዓርኪት
tm-d-un-autre-membre-de-votre = ኣብ ካልእ ኣባል ስድራኹም
tm-d-une-famille-d-accueil = ኣብ ተቐባሊት ስድራ
tm-et-vous-etes = ንስኹም ድማ
tm-de-categorie = ካብ ምድብ
tm-son-prenom = ቀዳማይ ስሙ
tm-montant = መጠን
tm-montant-invalide = መጠን ቅኑዕ ኣይኮነን
tm-veuillez-saisir-un-nombre-entre-0 = በጃኹም ኣብ መንጎ 0ን 100ን ዘሎ ቁጽሪ ጽሓፉ።

## mdph: display-file

tm-pas-de-documents = ሰነዳት የለዉን
tm-raison-du-refus = ምኽንያት ምንጻግ:
tm-supprimez = ደምስሱ
tm-suppression-d-un-document = ሰነድ ምድምሳስ

## mdph: footer

tm-contactez-votre-mdph = ንMDPHኹም ርኸቡ

## mdph: help

tm-precisez-vos-besoins-de-compensation = ብሰንኪ ስንክልናኹም ዘድልየኩም ሓገዝ ግለጹ
tm-plusieurs-reponses-sont-possibles = ልዕሊ ሓደ መልሲ ክኸውን ይኽእል
tm-adaptez-vos-reponses-a-votre-age = መልስታትኩም ምስ ዕድሜኹም ኣሰማምዕዎ።
tm-le-besoin-daide-correspond-a-une = ድሌት ሓገዝ ማለት ቀጥታዊ ሓገዝ ካብ ሰብ፣ ወይ ዘተባብዕ፣ ዝመርሕ ወይ ብቓል ዘዘኻኽር ሰብ ምድላይ፣ ወይ ንዋታዊ ወይ ገንዘባዊ ሓገዝ እዩ።
tm-ce-document-correspond-a-lexpression-de = እዚ ሰነድ ከምቲ እትስምዕዎ ድሌታትኩም ዝገልጽ እዩ። ድሕሪኡ ጉጅለ MDPH ዝርዝር ገምጋም ክገብር እዩ፣ እንተድልዩ ድማ ክረኽበኩም እዩ።

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = ሓገዝ ንዓበይቲ ምስ ስንክልና (AAH)ን ተወሳኺኡን
tm-carte-d-invalidite-de-priorite-de = ካርድ ስንክልና / ቀዳምነት / ምዕሻግ መኪና
tm-orientation-vers-un-etablissement-ou = ናብ ሕክምናዊ-ማሕበራዊ ትካል ወይ ኣገልግሎት (ESMS) ምምራሕ
tm-renouvellement-d-allocation = ምሕዳስ ናይ ካሕሳ ሓገዝ (ACTP ወይ ACFP)
tm-projet-personnalise-de-scolarisation = ውልቃዊ መደብ ትምህርቲ – መስመርን ሓገዛት ትምህርትን
tm-orientation-professionnelle-et-ou = ሞያዊ ምምራሕ ከምኡ'ውን/ወይ ሞያዊ ስልጠና
tm-reconnaissance-de-la-qualite-de = ምፍላጥ ከም ሰራሕተኛ ምስ ስንክልና (RQTH)
tm-affiliation-gratuite-a-l-assurance = ብነጻ ምምዝጋብ ኣብ መድሕን ጡረታ ንወለዲ ኣብ ገዛ ዝተርፉ (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = ካልእ ዞባ (département)፣ ቁጽሩ ጽሓፉ (ንኣብነት 01 ወይ 75)

## mdph: menu-dashboard

tm-mes-demandes = ሕቶታተይ
tm-documents-associes = ዝተኣሳሰሩ ሰነዳት

## mdph: nav-steps

tm-question-precedente = ዝሓለፈ ሕቶ

## mdph: password-field

tm-votre-mot-de-passe-est-d = መሕለፊ ቃልኩም ኣዝዩ ድኹም እዩ።
tm-veuillez-saisir-8-caracteres = በጃኹም 8 ፊደላት ጽሓፉ።
tm-presenter-trois-des-quatre-categories-de = ካብዞም ኣርባዕተ ዓይነታት ፊደላት ሰለስተ ክህልዎ: ዓቢ ፊደል፣ ንእሽቶ ፊደል፣ ቁጽሪ ከምኡ'ውን/ወይ ፍሉይ ምልክት።
tm-ce-jeton-de-modification-a-deja = እዚ ኮድ ለውጢ ድሮ መሕለፊ ቃልኩም ንምሕዳስ ተጠቒሞምሉ እዮም። በጃኹም ሓድሽ ሕቶ ምሕዳስ ኣቕርቡ።

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = ሸሞንተ ፊደላት ክህልዎ፣
tm-etre-d-une-robustesse-moyenne = ማእከላይ ሓይሊ ክህልዎ።
tm-afin-de-garantir-au-mieux-l = ሓበሬታ ብዝበለጸ ንምሕላው፣ መሕለፊ ቃል እንተወሓደ:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = እንተደሊኹም ሕቶኹም ግለጹ

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = በጃኹም ሓደ ካብቶም ምርጫታት ምረጹ ወይ መልስኹም ግለጹ
tm-intitule-du-poste = ስም ስራሕ
tm-employeur = ኣስራሒ
tm-entreprise = ትካል
tm-type-de-contrat = ዓይነት ውዕል
tm-date-de-debut-au-format-jour = ዕለት ምጅማር ብቕርጺ መዓልቲ/ወርሒ/ዓመት
tm-motif-de-fin-d-activite = ምኽንያት ምቁራጽ ስራሕ
tm-motif = ምኽንያት
tm-valider-l-experience = ተመኩሮ ኣረጋግጽ
tm-ajouter-une-experience = ተመኩሮ ወስኽ
tm-annee-d-obtention = ዝተረኸበሉ ዓመት
tm-domaine = ዓውዲ
tm-intitule-du-diplome = ስም ዲፕሎማ
tm-domaine-d-etude = ዓውዲ ትምህርቲ
tm-retirer-le-dernier-diplome = ናይ መወዳእታ ዲፕሎማ ኣልግስ
tm-ajouter-un-diplome = ዲፕሎማ ወስኽ
tm-matin = ንግሆ
tm-midi = ቀትሪ
tm-soiree-nuit = ምሸት/ለይቲ
tm-nom-de-l-etablissement = ስም ትካል
tm-rue = ጎደና
tm-ex-college-jules-ferry = ኣብነት: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = ኣብነት: 1, rue de l'église
tm-ex-paris = ኣብነት: Paris
tm-supprimer-le-dernier-etablissement = ናይ መወዳእታ ትካል ደምስስ
tm-ajouter-un-etablissement = ትካል ወስኽ
tm-frais-engages = ዝኸፈልኩምዎ ወጻኢታት
tm-montant-total-frequence = ጠቕላላ መጠን / ክንደይ ግዜ
tm-montant-rembourse = ዝተመልሰ መጠን
tm-libelle-des-frais = ዓይነት ወጻኢ
tm-par-jour = ኣብ መዓልቲ
tm-par-semaine = ኣብ ሰሙን
tm-par-mois = ኣብ ወርሒ
tm-par-an = ኣብ ዓመት
tm-supprimer-le-dernier-frais = ናይ መወዳእታ ወጻኢ ደምስስ
tm-ajouter-des-frais-ponctuels = ናይ ሓደ ግዜ ወጻኢታት ወስኽ
tm-ajouter-des-frais-recurrents = ቀጻሊ ወጻኢታት ወስኽ
tm-derniere-reponse-enregistree-le = ናይ መወዳእታ ዝተዓቀበ መልሲ ዕለት { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = ስም ትካል
tm-etes-vous-deja-en-contact = ድሮ ርክብ ኣለኩም ድዩ?
tm-supprimer-la-derniere-structure = ናይ መወዳእታ ትካል ደምስስ
tm-ajouter-une-structure = ትካል ወስኽ

## mdph: representant-form

tm-type-de-mesure-de-protection = ዓይነት ናይ ምሕላው መደብ
tm-tutelle = ሞግዚትነት (tutelle)
tm-curatelle = ሓለዋ (curatelle)
tm-curatelle-renforcee = ዝተደልደለ ሓለዋ (curatelle renforcée)
tm-habilitation-familiale = ስድራቤታዊ ፍቓድ (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = ቀዳማይ ገጽ

## aidants: 400.html

tm-il-y-a-eu-un-souci = ሓበሬታ ኣብ ዝለዋወጠሉ እዋን ቴክኒካዊ ጸገም ኣጋጢሙ።
tm-la-syntaxe-de-la-requete-est = ኣጸሓሕፋ እቲ ሕቶ ጌጋ እዩ። ደጊምኩም ክትፍትኑ ወይ እቲ ጸገም እንተቐጺሉ ክትረኽቡና ትኽእሉ ኢኹም።

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = ነዚ ገጽ ንምኽፋት ፍቓድ የብልኩምን።
tm-si-vous-pensez-qu-il-s = ጌጋ እዩ ኢልኩም እንተሓሲብኩም፣ ቀዳማይ ገጽና ክትርእዩ ወይ ሓገዝ ንምርካብ ክትረኽቡና ትኽእሉ ኢኹም።

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = እቲ እትደልይዎ ዘለኹም ገጽ ኣይተረኽበን። ስለቲ ዘጋጠመ ሽግር ይቕሬታ።
tm-si-vous-avez-tape-l-adresse = ኣድራሻ እቲ ገጽ ባዕልኹም ኣብ browser እንተጸሓፍኩም፣ ቅኑዕ ምዃኑ ኣረጋግጹ። እቲ ገጽ ድሕሪ ሕጂ ዘይህሉ ክኸውን ይኽእል። ከምኡ እንተኾይኑ፣ ምብጻሕኩም ንምቕጻል ቀዳማይ ገጽና ክትርእዩ ትኽእሉ ኢኹም። እንተዘይኮነ ናብ ቅኑዕ ሓበሬታ ክንመርሓኩም ርኸቡና።

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = ብ FranceConnect ንምእታው ዝተዋህበ ግዜ ሓሊፉ።
tm-vous-pouvez-reessayer-la-connexion = ካብ ቀዳማይ ገጽ ደጊምኩም ክትኣትዉ ክትፍትኑ ትኽእሉ ኢኹም። እቲ ጸገም እንተቐጺሉ፣ ርኸቡና።

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = ይቕሬታ፣ እቲ ኣገልግሎት ጸገም ኣጋጢምዎ ኣሎ፣ ብቕልጡፍ ንምፍታሑ ንሰርሕ ኣለና።
tm-essayez-de-rafraichir-la-page-ou = ነቲ ገጽ ኣሐድስዎ ወይ ድሕሪ ቁሩብ ግዜ ደጊምኩም ፈትኑ።
tm-si-vous-avez-besoin-d-une = ቅልጡፍ ሓገዝ እንተደሊኹም፣ በጃኹም ብቐጥታ ርኸቡና።

## aidants: aidants_connect_web

tm-imprimer-le-mandat = ውክልና (mandat) ሕተም
tm-mandat-final = ናይ መወዳእታ ውክልና
tm-attention-ceci-est-un-projet-de = ተጠንቀቑ! እዚ ንድፊ ውክልና ጥራይ እዩ። ዝኾነ ሕጋዊ ዋጋ የብሉን።
tm-le-mandat-a-ete-cree-avec = ውክልና ብዓወት ተፈጢሩ። በጃኹም ሓታሚኹም ብወካሊ (ውክልና ዝህብ ሰብ) ኣፈርምዎ።
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 ንምሕታም፣ ኣብ ዝርዝር browser «Fichier» ምረጹ፣ ድሕሪኡ «Imprimer»።
tm-projet-de-mandat-traduit = ዝተተርጎመ ንድፊ ውክልና
tm-vous-trouverez-ci-dessous-un-mandat = ኣብ ታሕቲ ብዙሕ ትርጉማት ዘለዎ ኣብነታዊ ውክልና ኣሎ። ትርጉማት ውክልና ንተጠቃሚ ውክልና እንታይ ምዃኑን እንታይ ሳዕቤን ከምዘለዎን ንምግላጽ ጥራይ እዮም። እዞም ትርጉማት ዝኾነ ሕጋዊ ዋጋ የብሎምን። ሕጋዊ ዋጋ ዘለዎ እቲ ብፈረንሳይኛ ዘሎ ናይ መወዳእታ ውክልና ጥራይ እዩ።
tm-vous-pouvez-imprimer-ce-mandat-type = ነዚ ኣብነታዊ ውክልና ነቲ ኣብ ታሕቲ ዘሎ መጠወቒ ጠዊቕኩም ክትሕትምዎ ትኽእሉ ኢኹም። ተጠንቀቑ፣ እዚ ውክልና ዝኾነ ሕጋዊ ዋጋ ከምዘይብሉ ነዘኻኽረኩም። ንተጠቃሚ ንሓበሬታ ጥራይ እዩ ተተርጊሙ።
tm-version-francaise = ፈረንሳይኛ ሕታም
tm-traduire-le-mandat-en = ውክልና ተርጉም ናብ:
tm-mandat-pour-realiser-des-demarches-en = ብኣገልግሎት «Aidants Connect» ኣብ ኢንተርነት መስርሓት ንምግባር ውክልና
tm-attention-nous-vous-rappelons-que-ce = ተጠንቀቑ፣ እዚ ውክልና ዝኾነ ሕጋዊ ዋጋ ከምዘይብሉ ነዘኻኽረኩም። ንተጠቃሚ ንሓበሬታ ጥራይ እዩ ተተርጊሙ።
tm-version-francaise-et-traductions = ፈረንሳይኛ ሕታምን ትርጉማትን
tm-revocation-d-une-autorisation-via-le = ብኣገልግሎት «Aidants Connect» ፍቓድ ምስራዝ
tm-je-soussigne-e-souhaite-revoquer-l = ኣነ ኣብ ታሕቲ ዝፈረምኩ፣ { $get_full_name }፣ ነቲ ዕለት { $creation_date } ምስ { $organisation } ዝተፈጥረ ፍቓድ «{ $authorization }» ክሰርዞ እደሊ።
tm-fait-a-le = ኣብ { $display_address }፣ ዕለት { $date } ተጻሒፉ
tm-le-mandant = ወካሊ (ውክልና ዝህብ)
tm-lautorisation-a-ete-revoquee-avec-succes = ፍቓድ ብዓወት ተሰሪዙ። በጃኹም ሓቲምኩም ብወካሊ ኣፈርምዎ።
tm-l-autorisation-a-ete-revoquee-avec = ፍቓድ ብዓወት ተሰሪዙ!
tm-rappel-de-l-autorisation-revoquee = መዘኻኸሪ ናይቲ ዝተሰረዘ ፍቓድ
tm-thematique-administrative = ምምሕዳራዊ ኣርእስቲ
tm-date-de-l-autorisation = ዕለት ፍቓድ
tm-expiration-de-l-autorisation = ግዜ ፍቓድ ዝውድኣሉ
tm-imprimer-l-attestation-de-revocation = ወረቐት ምስክር ምስራዝ ሕተም
tm-confirmer-la-revocation-de-l = ምስራዝ ፍቓድ ኣረጋግጽ
tm-merci-de-verifier-les-informations-ci = ምስራዝ ፍቓድ ቅድሚ ምርግጋጽኩም በጃኹም ነቲ ኣብ ታሕቲ ዘሎ ሓበሬታ ኣረጋግጹ
tm-rappel-de-l-autorisation-en-cours = መዘኻኸሪ ናይቲ ዝስረዝ ዘሎ ፍቓድ
tm-thematique-administrative-associee = ዝተኣሳሰረ ምምሕዳራዊ ኣርእስቲ
tm-souhaitez-vous-confirmer-la-revocation = ምስራዝ እዚ ፍቓድ ከተረጋግጹ ትደልዩ ዲኹም?
tm-revoquer-l-autorisation = ፍቓድ ሰርዝ
tm-confirmation-de-revocation = ምርግጋጽ ምስራዝ
tm-merci-de-verifier-les-informations-ci-2 = ምስራዝ ውክልና ቅድሚ ምርግጋጽኩም በጃኹም ነቲ ኣብ ታሕቲ ዘሎ ሓበሬታ ኣረጋግጹ
tm-rappel-du-mandat-en-cours-de = መዘኻኸሪ ናይቲ ዝስረዝ ዘሎ ውክልና
tm-date-du-mandat = ዕለት ውክልና
tm-expiration-du-mandat = ግዜ ውክልና ዝውድኣሉ
tm-souhaitez-vous-confirmer-la-revocation-2 = ምስራዝ እዚ ውክልና ከተረጋግጹ ትደልዩ ዲኹም?
tm-revoquer-le-mandat = ውክልና ሰርዝ
tm-revocation-d-un-mandat-via-le = ብኣገልግሎት Aidants Connect ውክልና ምስራዝ
tm-je-soussigne-e-souhaite-revoquer-le = ኣነ ኣብ ታሕቲ ዝፈረምኩ፣ { $usager_name }፣ ነቲ ዕለት { $creation_date } ምስ { $organisation } ዝተፈጥረ ውክልና «Aidants Connect» ክሰርዞ እደሊ።
tm-le-mandat-a-ete-revoque-avec = ውክልና ብዓወት ተሰሪዙ። በጃኹም ሓቲምኩም ብወካሊ ኣፈርምዎ።
tm-le-mandat-a-ete-revoque-avec-2 = ውክልና ብዓወት ተሰሪዙ!
tm-rappel-du-mandat-revoque = መዘኻኸሪ ናይቲ ዝተሰረዘ ውክልና
tm-mandat-pour-realiser-des-demarches = ኣብ ግዜ ብዓንቀጽ 4 ሕጊ 23 መጋቢት 2020 ዝተኣወጀ ናይ ጥዕና ህጹጽ ኩነታት፣ ብኣገልግሎት «Aidants Connect» ንጥቕሚ ሓደ ተጠቃሚ ኣብ ኢንተርነት ምምሕዳራዊ መስርሓት ንምግባር ውክልና።
tm-je-soussigne-e-autorise-dont-seuls = ኣነ ኣብ ታሕቲ ዝፈረምኩ፣ { $get_full_name }፣ ንኣብ ክንዳይ ክሰርሑ መሰል ዘለዎም ሰራሕተኛታቱ ጥራይ ዘለዉዎ { $organisation }፣ ብመሰረት ዓንቀጽ 1984ን ዝስዕቡን ናይ ሲቪል ሕጊ፣ ብስመይ ነዞም ዝስዕቡ ኣብ ኢንተርነት ዝግበሩ ምምሕዳራዊ መስርሓት ክገብሮም እፈቕድ፣ ብ FranceConnect ዝርከቡ ይኹኑ ኣይኹኑ:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } ን { $name } ውልቃዊ ሓበሬታኡ ነዚ ውክልና ንምፍጻም ጥራይ ክጥቀመሉ ይፈቕድ።
tm-l-aidant-habilite-de-a-rappele = ፍቑድ ሓጋዚ ናይ { $name } ን { $usager } ዕላማ እቲ ስራሕ፣ ሓበሬታኡ ስለምንታይ ከምዝእከብን ጥቕሙን፣ ኣብ ሓበሬታኡ መሰላት ከምዘለዎ (ምርኣይ፣ ምእራም፣ ምድምሳስ ወዘተ)፣ ከምኡ ድማ ወካሊ ኣብ ዝኾነ ግዜ ፍቓዱ ክስሕብ ከምዝኽእል ኣዘኻኺርዎ።
tm-a-cette-fin = ንኽንዲ እዚ:
tm-ne-collecter-et-conserver-que-les = ነቶም ንዝተዘርዘሩ መስርሓት ብትኽክል ዘድልዩ ሓበሬታ ጥራይ ምእካብን ምዕቃብን፣
tm-nutiliser-les-informations-fournies-que = ነቲ ዝተዋህበ ሓበሬታ ንዝተዘርዘሩ መስርሓት ጥራይ ምጥቃም። ካልእ መስርሓት ንምግባር፣ ቅድሚኡ ንተጠቃሚ ክሕብሮን ፍቓዱ ክረክብን ኣለዎ፤
tm-ne-collecter-et-conserver-que-les-2 = ነቶም ንዝተዘርዘሩ ዓይነታት መስርሓት ብትኽክል ዘድልዩ ሓበሬታ ጥራይ ምእካብን ምዕቃብን፤
tm-nutiliser-les-informations-fournies-que-2 = ነቲ ዝተዋህበ ሓበሬታ ነዞም መስርሓት ንምግባር ጥራይ ምጥቃም። ካልእ መስርሓት ንምግባር፣ ቅድሚኡ ንተጠቃሚ ክሕብሮን ፍቓዱ ክረክብን ኣለዎ፤
tm-mettre-a-jour-puis-a-supprimer = ኩሉ ብዛዕባ ተጠቃሚ ዘሎ ሓበሬታ ንመስርሓት ድሕሪ ዘየድሊ ምሕዳስን ድሕሪኡ ምድምሳስን፤
tm-respecter-la-confidentialite-des = ምስጢራውነት ናይቲ ዝተዋህበ ሓበሬታ ምኽባር፤
tm-prendre-toutes-les-precautions-pour = ድሕነት ናይቲ ዝተላእከ ውልቃዊ ሓበሬታ ንምሕላው ኩሉ ጥንቃቐ ምውሳድ።
tm-le-mandataire-sengage-a = ተወካሊ (ኣብ ክንዳኹም ዝሰርሕ) ነዚ ይእዘዝ:
tm-le-present-mandat-est-accepte-et = እዚ ውክልና ፍቑድ ሓጋዚ ናይ { $name } ስርሑ ንምፍጻም ዘድሊ ግዜ ተቐቢሉን ፈቒዱን እዩ። ውክልና እቶም ኣብ ላዕሊ ዝተጠቕሱ መስርሓት ምስ ተፈጸሙ፣ ወይ ወካሊ ወይ ተወካሊ ውክልና ክሰርዙ ምስ ወሰኑ ኣብ ዝኾነ ግዜ ይውዳእ።
tm-l-aidant-habilite-de-est-tenu = ፍቑድ ሓጋዚ ናይ { $name } ክሳብ ሓላፍነት ዘለዎ ውክልና ክፍጽም ግዴታ ኣለዎ፣ ብዘይምፍጻሙ ንዝመጽእ ጉድኣትን ካሕሳን ድማ ብመሰረት ዓንቀጽ 1991ን ዝስዕቡን ናይ ሲቪል ሕጊ ሓላፍነት ይወስድ።
tm-mandat-pour-realiser-des-demarches-en-2 = ኣብ ግዜ ናይ ጥዕና ህጹጽ ኩነታት ብኣገልግሎት «Aidants Connect» ኣብ ኢንተርነት መስርሓት ንምግባር ውክልና
tm-je-mappelle-je-suis-le-mandant = ስመይ: { $name } (ኣነ ወካሊ እየ)
tm-jautorise-cest-le-mandataire-a-realiser = ን { $name } (ንሱ ተወካሊ እዩ) ኣብ ክንዳይ ነዞም ዝስዕቡ ምምሕዳራዊ መስርሓት ክገብሮም እፈቕድ: { $n }
tm-cette-autorisation-est-conforme-aux = እዚ ፍቓድ ምስ ዓንቀጽ 1984ን ዝስዕቡን ናይ ሲቪል ሕጊ ይሰማማዕ። መስርሓት ኣብ ኢንተርነት፣ FranceConnect ኣብ ዝጥቀሙ ወይ ኣብ ካልኦት መርበባት ክፍጸሙ እዮም። ብኹሉ ምምሕዳር ዝፈቕዶ መገዲ (ተሌፎን፣ ወረቐት፣ ኢመይል፣ …) እውን ክፍጸሙ ይኽእሉ።
tm-je-peux-annuler-mon-autorisation-a = ፍቓደይ ኣብ ዝኾነ ግዜ ክሰርዞ እኽእል።
tm-je-reconnais-que-laidant-habilite-par = ፍቑድ ሓጋዚ ካብ { $name } ዕላማ ስርሑ ከምዘዘኻኸረንን፣ ብዛዕባ ኣድላይነትን ጥቕምን ናይቲ ዝእከብ ሓበሬታ ከምዝሓበረንን እኣምን፤
tm-jautorise-les-aidants-habilites-par-a = ንፍቑዳት ሓገዝቲ ካብ { $name } ኣብ ውሽጢ እዚ ውክልና ውልቃዊ ሓበሬታይ ክጥቀሙ እፈቕድ። ብዛዕባ ዝምልከተኒ ሓበሬታ መሰላት ከምዘለዉኒ እፈልጥ: ምርኣይ፣ ምእራም፣ ምድምሳስ።
tm-pour-que-puisse-agir-a-ma = { $name } ኣብ ክንዳይ ክሰርሕ ምእንቲ:
tm-effectuer-les-demarches-listees-dans-ce = ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ኣብ ክንዳይ ምግባር፣ ካብቲ ዝሃብክዎም ሓበሬታ ተበጊሱ፤
tm-collecter-et-conserver-seulement-les = ንዝተዘርዘሩ መስርሓት ኣብዚ ሰነድ ወይ ምስኦም ዝተኣሳሰሩ ዘድሊ ሓበሬታ ጥራይ ምእካብን ምዕቃብን፤
tm-utiliser-et-communiquer-seulement-les = ንዝተዘርዘሩ መስርሓት ኣብዚ ሰነድ ወይ ምስኦም ዝተኣሳሰሩ ዘድሊ ሓበሬታ ጥራይ ምጥቃምን ምሕላፍን፤
tm-minformer-et-demander-mon-autorisation = ካብቶም ኣብዚ ሰነድ ዝተዘርዘሩ ካልእ መስርሓት ቅድሚ ምግባሮም ክሕብሩንን ፍቓደይ ክሓቱን፤
tm-mettre-a-jour-et-supprimer-lensemble = ኩሉ ውልቃዊ ሓበሬታይ ድሕሪ ዘየድሊ ምሕዳስን ምድምሳስን፤
tm-sinterdire-de-rendre-publiques-mes = ውልቃዊ ሓበሬታይ ንህዝቢ ዘይምግላጽ፤
tm-prendre-toutes-les-precautions-pour-2 = ድሕነት ውልቃዊ ሓበሬታይ ንምሕላው ኩሉ ጥንቃቐ ምውሳድ።
tm-les-aidants-habilites-par-doivent = ፍቑዳት ሓገዝቲ ካብ { $name } ክገብርዎ ዘለዎም:
tm-a-partir-du-moment-ou-un = ሓደ ፍቑድ ሓጋዚ ካብ { $name } ኣብ ክንዳይ ሓደ ካብቶም ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ካብ ዝገብረሉ እዋን ጀሚሩ፣ ብቲ ኣብዚ ሰነድ ዝተገልጸ ኩነታት ክገብሮ ይቕበል።
tm-les-demarches-decrites-ci-dessus-sont = እቶም ኣብ ላዕሊ ዝተገልጹ መስርሓት እንተተፈጺሞም፤
tm-je-decide-de-lannuler = ኣነ ክሰርዞ እንተወሲነ፤
tm-laidant-habilite-par-decide-de-lannuler = ፍቑድ ሓጋዚ ካብ { $name } ክሰርዞ እንተወሲኑ፤
tm-je-donne-mon-autorisation-a-une = ፍቓደይ ንካልእ ሰብ (ፍቑድ ሓጋዚ ካብ { $name } ዘይኮነ) እንተሂበ። ከምኡ እንተኾይኑ፣ ን { $name } ብቕልጡፍ ክሕብሮ ኣለኒ።
tm-mon-autorisation-est-donnee-et-acceptee = ፍቓደይ ተዋሂቡን ተቐባልነት ረኺቡን { $n }። ቅድሚኡ ይውዳእ እንተ:
tm-l-aidant-habilite-par-doit-accomplir = ፍቑድ ሓጋዚ ካብ { $name } ውክልና ክሳብ ዝሰርሕ ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ኣብ ክንዳይ ክፍጽም ኣለዎ። ፍቑድ ሓጋዚ ካብ { $name } ነቲ ኣብዚ ሰነድ ዝተገልጸ ኩነታት እንተዘየኽቢሩ ሓላፍነት ክወስድ ይኽእል (ዓንቀጽ 1991 ናይ ሲቪል ሕጊ)።
tm-jautorise-cest-le-mandataire-a-realiser-2 = ን { $name } (ንሱ ተወካሊ እዩ) ኣብ ክንዳይ ነዞም ዝስዕቡ ምምሕዳራዊ መስርሓት ክገብሮም እፈቕድ:
tm-collecter-et-conserver-utiliser-et = ንዝተዘርዘሩ መስርሓት ኣብዚ ሰነድ ወይ ምስኦም ዝተኣሳሰሩ ዘድሊ ሓበሬታ ጥራይ ምእካብ፣ ምዕቃብ፣ ምጥቃምን ምሕላፍን፤
tm-l-aidant-habilite-par-doit-accomplir-2 = ፍቑድ ሓጋዚ ካብ { $name } ውክልና ክሳብ ዝሰርሕ ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ኣብ ክንዳይ ክፍጽም ኣለዎ። ነቲ ኣብዚ ሰነድ ዝተገልጸ ኩነታት እንተዘየኽቢሩ ሓላፍነት ክወስድ ይኽእል (ዓንቀጽ 1991 ናይ ሲቪል ሕጊ)።
tm-fait-a-le-2 = ኣብ { $display_address }፣ { $display_city }፣ ዕለት { $date } ተጻሒፉ
tm-jautorise-cest-le-mandataire-a-realiser-3 = ን { $name } (ንሱ ተወካሊ እዩ) ንዓይ ወኪሉ ነዞም ዝስዕቡ ምምሕዳራዊ መስርሓት ክገብሮም እፈቕድ:
tm-pour-que-puisse-agir-pour-mon = { $name } ንዓይ ወኪሉ ክሰርሕ ምእንቲ:
tm-effectuer-les-demarches-listees-dans-ce-2 = ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ንዓይ ወኪሉ ምግባር፣ ካብቲ ዝሃብክዎም ሓበሬታ ተበጊሱ፤
tm-a-partir-du-moment-ou-un-2 = ሓደ ፍቑድ ሓጋዚ ካብ { $name } ንዓይ ወኪሉ ሓደ ካብቶም ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ካብ ዝገብረሉ እዋን ጀሚሩ፣ ብቲ ኣብዚ ሰነድ ዝተገልጸ ኩነታት ክገብሮ ይቕበል።
tm-l-aidant-habilite-par-doit-accomplir-3 = ፍቑድ ሓጋዚ ካብ { $name } ውክልና ክሳብ ዝሰርሕ ኣብዚ ሰነድ ዝተዘርዘሩ መስርሓት ንዓይ ወኪሉ ክፍጽም ኣለዎ። ነቲ ኣብዚ ሰነድ ዝተገልጸ ኩነታት እንተዘየኽቢሩ ሓላፍነት ክወስድ ይኽእል (ዓንቀጽ 1991 ናይ ሲቪል ሕጊ)።
tm-mandat-pour-realiser-des-demarches-en-3 = ብኣገልግሎት «Aidants Connect» ኣብ ኢንተርነት መስርሓት ንምግባር ውክልና
tm-je-mappelle-et-je-suis-le = ስመይ { $name } እዩ፣ ኣነ ድማ ወካሊ እየ።
tm-jautorise-en-tant-que-mandataire-a = ን { $name }፣ ከም ተወካሊ፣ ንዓይ ወኪሉ ነዞም ዝስዕቡ ምምሕዳራዊ መስርሓት ክገብሮም እፈቕድ:
tm-je-declare-ne-pas-faire-l = ኣብ ትሕቲ ዝኾነ ሕጋዊ ናይ ምሕላው መደብ (sauvegarde de justice፣ tutelle ወይ curatelle) ከምዘየለኹ እገልጽ።
tm-jautorise-les-aidants-habilites-par-a-2 = ንፍቑዳት ሓገዝቲ ካብ { $name } ኣብ ውሽጢ እዚ ውክልና ውልቃዊ ሓበሬታይ ክጥቀሙ እፈቕድ። ብዛዕባ ዝምልከተኒ ሓበሬታ መሰላት ከምዘለዉኒ እፈልጥ: ምርኣይ፣ ሓበሬታ ምርካብ፣ ምእራም፣ ምድራት፣ ምድምሳስ።
tm-quand-un-aidant-habilite-par-realise = ሓደ ፍቑድ ሓጋዚ ካብ { $name } ንዓይ ወኪሉ ሓደ ካብቶም ኣብ ላዕሊ ዝተዘርዘሩ መስርሓት ክገብር ከሎ፣ ብቲ ኣብዚ ሰነድ ዝተገልጸ ኩነታትን ግዜን ክገብሮ ይእዘዝ፣ እንተዘይኮይኑ ሲቪላውን ገበናውን ሓላፍነት ክወስድ እዩ።
tm-prendre-toutes-les-precautions-pour-3 = ድሕነትን ምስጢራውነትን ውልቃዊ ሓበሬታይ ንምሕላው ኩሉ ጥንቃቐ ምውሳድ።
tm-un-aidant-habilite-par-decide-de = ሓደ ፍቑድ ሓጋዚ ካብ { $name } ክሰርዞ እንተወሲኑ፤
tm-fait-a-le-3 = ኣብ { $display_address }፣ { $zipcode } { $display_city }፣ ዕለት { $date } ተጻሒፉ
tm-prenom-nom-et-signature-du-mandataire = ቀዳማይ ስም፣ ስም ስድራቤትን ፊርማን ተወካሊ (ሓጋዚ)
tm-prenom-nom-et-signature-du-mandant = ቀዳማይ ስም፣ ስም ስድራቤትን ፊርማን ወካሊ (ተጠቃሚ)
tm-il-y-a-des-erreurs-dans = ኣብቲ ቅጥዒ ጌጋታት ኣለዉ
tm-lisez-ces-mentions-a-lusager = ነዚ ጽሑፍ ንተጠቃሚ ኣንብብሉ
tm-le-mandat-est-une-autorisation-ecrite = ውክልና ንሓጋዚ ኣብ ክንዳኹም ምምሕዳራዊ መስርሓት ክገብር ዘፍቅድ ብጽሑፍ ዝተዋህበ ፍቓድ እዩ። ንዓኹምን ንዝሕግዘኩም ሓጋዚን ይሕሉ። ኣብ ዝኾነ ግዜ ክተቋርጽዎ ትኽእሉ ኢኹም።
tm-une-fois-ce-mandat-signe-par = እዚ ውክልና ብኽልቲኦም ወገናት ምስ ተፈረመ፣ ሓጋዚ ነዚ ይእዘዝ:
tm-realiser-les-demarches-listees-dans-le = ኣብ ውክልና ዝተዘርዘሩ መስርሓት ካብቲ ዝሃብኩምዎ ሓበሬታ ተበጊሱ ምግባር፤
tm-utiliser-et-enregistrer-seulement-les = ነዞም መስርሓት ዘድሊ ሓበሬታ ጥራይ ምጥቃምን ምዕቃብን፤
tm-ne-pas-effectuer-dautres-demarches-que = ካብቶም ኣብ ውክልና ዝተዘርዘሩ ካልእ መስርሓት ዘይምግባር፤
tm-securiser-lensemble-de-vos-informations = ኩሉ ሓበሬታኹም ምሕላውን ድሕሪ ዘየድሊ ምድምሳስን።
tm-connectez-lusager-a-franceconnect = ንተጠቃሚ ናብ FranceConnect ኣእትውዎ
tm-recapitulatif-du-mandat-a-distance = ጽማቕ ናይ ብርሑቕ ውክልና
tm-elements-du-mandat = ክፍልታት ውክልና
tm-validation-de-lusager = ምርግጋጽ ተጠቃሚ
tm-en-cochant-ces-cases-confirme = ኣብዞም ሳንዱቓት ምልክት ብምግባር፣ { $name } የረጋግጽ:
tm-validation-de-laidant = ምርግጋጽ ሓጋዚ
tm-enregistrer-le-mandat = ውክልና ዓቅብ

## aidants: login

tm-vous-etes-un-particulier = ውልቀ ሰብ ዲኹም?
tm-aidants-connect-n-est-pas-un = Aidants Connect ንውልቀ ሰባት ወይ ንዝሕግዙ ቀረባታት ዝተዳለወ መሳርሒ ኣይኮነን።
tm-vous-rencontrez-un-probleme-lors-de = ብ France Connect ኣብ ምእታው ወይ ናብ ውልቃዊ ገጻትኩም ናይ ህዝባዊ ኣገልግሎታት (CAF፣ ግብሪ፣ ANTS...) ኣብ ምእታው ጸገም ኣጋጢሙኩም ድዩ? ነቲ ፍሉይ ናይ ሓገዝ ገጽ ርኣዩ።
tm-vous-rencontrez-des-difficultes-avec-le = ምስ ዲጂታል (ኮምፒተርን ኢንተርነትን) ጸገም ኣለኩም ድዩ፣ መስርሓትኩም ንምግባር ወይ ባዕልኹም ክትክእሉ ፍሉይ ደገፍ ትደልዩ ዲኹም? ኣብ ጥቓኹም ዘሎ ቦታ ድለዩ።

## aidants: aidants_connect_common

tm-adresse-e-mail = ኣድራሻ ኢመይል

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = ቁጽሪ ሞባይል
tm-format-attendu-10-chiffres = ዝድለ ቅርጺ: 10 ኣሃዛት
tm-format-attendu-6-chiffres = ዝድለ ቅርጺ: 6 ኣሃዛት
tm-selectionnez-la-ou-les-demarches = እቲ መስርሕ ወይ መስርሓት ምረጹ
tm-choisissez-la-duree-du-mandat = ግዜ ውክልና ምረጹ
tm-code-a-6-chiffres = 6 ኣሃዛት ዘለዎ ኮድ
tm-choisir = ምረጽ…
tm-exemple-prenom-nom-exemple-fr = ኣብነት: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = ሓድሽ ኣድራሻ ኢመይል
tm-erreur-veuillez-saisir-uniquement-des = ጌጋ: በጃኹም ቅኑዓት ኣድራሻታት ኢመይል ጥራይ ጽሓፉ።
tm-telephone-mobile = ሞባይል

## dsfr: component/checkbox

tm-libelle-checkbox = ስም ሳንዱቕ ምልክት
tm-libelle-checkbox-sub-et-sup = ስም ሳንዱቕ ምልክት ምስ ታሕቲን ላዕልን ዝጸሓፍ ጽሑፍ
tm-libelle-case-a-cocher = ስም ሳንዱቕ ምልክት
tm-theme-clair = ብሩህ ቅርጺ
tm-theme-sombre = ጸልማት ቅርጺ
tm-systeme = ሲስተም
tm-legende-pour-lensemble-des-elements = ኣርእስቲ ንኹሎም ክፍልታት
tm-choisissez-un-theme-pour-personnaliser = መልክዕ እቲ መርበብ ንምቕያር ቅርጺ ምረጹ።
tm-texte-de-description-additionnel = ተወሳኺ መግለጺ ጽሑፍ
tm-utilise-les-parametres-systeme = ቅጥዕታት ሲስተም ይጥቀም
tm-extrait-de-code = ቁራጽ ኮድ
tm-libelle-bouton = ስም መጠወቒ
tm-texte-derreur-obligatoire = ጽሑፍ ጌጋ ግዴታ እዩ
tm-texte-de-validation = ጽሑፍ ምርግጋጽ
tm-verifier-ma-demande = መመልከቲየይ ፈትሽ
tm-supprimer-le-justificatif-de-domicile = መረጋገጺ መንበሪ ኣድራሻ ሰርዝ
tm-la-case-a-cocher-permet-a = ሳንዱቕ ምልክት ንተጠቃሚ ካብ ዝርዝር ሓደ ወይ ልዕሊኡ ምርጫ ክመርጽ የኽእሎ። ብዙሕ ነገራት ንምምራጽ (ካብ 0 ክሳብ N)፣ ወይ ድማ ተጠቃሚ ሓደ ምርጫ ክመርጽ ወይ ክሰርዝ ከሎ ኣብ መንጎ ክልተ ንምምራጽ ይጥቀሙሉ።
tm-dsfr-v1-15-3 = DSFR ሕታም 1.15.3
tm-retour = ተመለስ
tm-case-a-cocher-checkbox = ሳንዱቕ ምልክት (checkbox)
tm-case-a-cocher-seule = ሓደ ሳንዱቕ ምልክት
tm-case-a-cocher-seule-exemple-avec = ሓደ ሳንዱቕ ምልክት፣ ኣብነት ምስ ታሕቲን ላዕልን ዝጸሓፍ ጽሑፍ
tm-case-a-cocher-avec-texte-daide = ሳንዱቕ ምልክት ምስ ናይ ሓገዝ ጽሑፍ
tm-case-a-cocher-seule-validee = ሓደ ሳንዱቕ ምልክት፣ ቅኑዕ
tm-case-a-cocher-seule-avec-erreur = ሓደ ሳንዱቕ ምልክት ምስ ጌጋ
tm-case-a-cocher-seule-indeterminee = ሓደ ሳንዱቕ ምልክት፣ ዘይተወሰነ
tm-ensemble-de-cases-a-cocher = ጉጅለ ሳንዱቓት ምልክት
tm-ensemble-de-cases-a-cocher-petite = ጉጅለ ሳንዱቓት ምልክት፣ ንእሽቶ መጠን
tm-ensemble-de-cases-a-cocher-desactivees = ጉጅለ ዘይሰርሑ ሳንዱቓት ምልክት
tm-ensemble-de-cases-a-cocher-en = ጉጅለ ሳንዱቓት ምልክት ኣብ ሓደ መስመር
tm-ensemble-de-cases-a-cocher-avec = ጉጅለ ሳንዱቓት ምልክት ምስ ናይ ሓገዝ ጽሑፍ
tm-ensemble-de-cases-a-cocher-avec-2 = ጉጅለ ሳንዱቓት ምልክት ምስ ጌጋ
tm-ensemble-de-cases-a-cocher-validees = ጉጅለ ቅኑዓት ሳንዱቓት ምልክት
tm-ensemble-de-cases-a-cocher-avec-3 = ጉጅለ ሳንዱቓት ምልክት ምስ ጌጋ፣ ኣብ ሓደ መስመር
tm-ensemble-de-cases-a-cocher-validees-2 = ጉጅለ ቅኑዓት ሳንዱቓት ምልክት፣ ኣብ ሓደ መስመር
tm-ensemble-de-cases-a-cocher-avec-4 = ጉጅለ ሳንዱቓት ምልክት ምስ ፍሉይ ናይ ሓገዝ ጽሑፍ
tm-ensemble-de-cases-a-cocher-avec-5 = ጉጅለ ሳንዱቓት ምልክት ምስ ፍሉይ ናይ ሓገዝ ጽሑፍ፣ ንእሽቶ መጠን
tm-autres-versions = ካልኦት ሕታማት
tm-parametres-daffichage = ቅጥዕታት ምርኣይ

## dsfr: component/input

tm-libelle-champ-de-saisie = ስም ቦታ ምጽሓፍ
tm-envoyer = ስደድ
tm-supprimer-le-champ = ነቲ ቦታ ደምስስ
tm-placeholder = ኣብ ውሽጢ ቦታ ዝርአ ኣብነት ጽሑፍ (placeholder)
tm-champ-de-saisie-input = ቦታ ምጽሓፍ (input)
tm-les-champs-permettent-a-un-utilisateur = ቦታታት ምጽሓፍ ንተጠቃሚ ትሕዝቶን ሓበሬታን ክጽሕፍ የኽእልዎ።
tm-champ-de-type-text = ቦታ ዓይነት «ጽሑፍ» (text)
tm-champ-de-type-number = ቦታ ዓይነት «ቁጽሪ» (number)
tm-champ-de-type-search = ቦታ ዓይነት «ድለያ» (search)
tm-champ-de-type-date = ቦታ ዓይነት «ዕለት» (date)
tm-preferez-l-utilisation-du-modele-de = ናይ ሓደ ዕለት ሞዴል ምጥቃም ይምረጽ
tm-champ-de-type-textarea = ቦታ ዓይነት «ነዊሕ ጽሑፍ» (textarea)
tm-champ-de-type-password = ቦታ ዓይነት «መሕለፊ ቃል» (password)
tm-preferez-l-utilisation-du-composant-mot = ክፍሊ «መሕለፊ ቃል» ምጥቃም ይምረጽ
tm-combo-champ-bouton-d-envoi = ቦታ ምጽሓፍ ምስ መጠወቒ ምልኣኽ
tm-combo-champ-bouton-d-action = ቦታ ምጽሓፍ ምስ መጠወቒ ተግባር
tm-champ-avec-placeholder = ቦታ ምስ ኣብ ውሽጡ ዝርአ ኣብነት ጽሑፍ
tm-champ-avec-valeur-initiale = ቦታ ምስ መጀመርታ ትሕዝቶ
tm-champ-avec-icone-personalisee = ቦታ ምስ ፍሉይ ምልክት (icon)
tm-champ-desactive = ዘይሰርሕ ቦታ
tm-champ-avec-texte-additionnel = ቦታ ምስ ተወሳኺ ጽሑፍ
tm-champ-valide-avec-texte-de-succes = ቅኑዕ ቦታ ምስ ጽሑፍ ዓወት
tm-champ-en-erreur-avec-texte-d = ጌጋ ዘለዎ ቦታ ምስ ጽሑፍ ጌጋ

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] እንተወሓደ { $n } ፊደል
       *[other] እንተወሓደ { $n } ፊደላት
    }
tm-la-demande-de-mot-de-passe = ቦታ መሕለፊ ቃል ንተጠቃሚ መሕለፊ ቃል ክፈጥር ወይ ክጽሕፍ ይሕግዞ።
tm-mot-de-passe-password = መሕለፊ ቃል (password)
tm-mot-de-passe-avec-description = መሕለፊ ቃል ምስ መግለጺ
tm-mot-de-passe-apres-validation = መሕለፊ ቃል ድሕሪ ምርግጋጽ
tm-mot-de-passe-de-connexion = መሕለፊ ቃል ንምእታው

## dsfr: component/radio

tm-libelle-bouton-radio = ስም መምረጺ መጠወቒ (radio)
tm-libelle-radio-sup-sub = ስም መምረጺ መጠወቒ ምስ ላዕልን ታሕቲን ዝጸሓፍ ጽሑፍ
tm-le-bouton-radio-permettent-a = መምረጺ መጠወቒ (radio) ንተጠቃሚ ካብ ዝርዝር ሓደ ምርጫ ጥራይ ክመርጽ የኽእሎ።
tm-bouton-radio-radio = መምረጺ መጠወቒ (radio)
tm-bouton-radio-simple = ቀሊል መምረጺ መጠወቒ
tm-ensemble-de-boutons-radio = ጉጅለ መምረጺ መጠወቕታት
tm-ensemble-de-boutons-radio-petite-taille = ጉጅለ መምረጺ መጠወቕታት፣ ንእሽቶ መጠን
tm-ensemble-de-boutons-radio-desactivees = ጉጅለ ዘይሰርሑ መምረጺ መጠወቕታት
tm-ensemble-de-boutons-radio-en-ligne = ጉጅለ መምረጺ መጠወቕታት ኣብ ሓደ መስመር
tm-ensemble-de-boutons-radio-avec-texte = ጉጅለ መምረጺ መጠወቕታት ምስ ናይ ሓገዝ ጽሑፍ
tm-ensemble-de-boutons-radio-avec-erreur = ጉጅለ መምረጺ መጠወቕታት ምስ ጌጋ
tm-ensemble-de-boutons-radio-avec-erreur-2 = ጉጅለ መምረጺ መጠወቕታት ምስ ጌጋ፣ ኣብ ሓደ መስመር
tm-ensemble-de-boutons-radio-valides = ጉጅለ ቅኑዓት መምረጺ መጠወቕታት
tm-ensemble-de-boutons-radio-valides-en = ጉጅለ ቅኑዓት መምረጺ መጠወቕታት፣ ኣብ ሓደ መስመር
tm-ensemble-de-boutons-radio-avec-texte-2 = ጉጅለ መምረጺ መጠወቕታት ምስ ፍሉይ ናይ ሓገዝ ጽሑፍ
tm-ensemble-de-boutons-radio-avec-texte-3 = ጉጅለ መምረጺ መጠወቕታት ምስ ፍሉይ ናይ ሓገዝ ጽሑፍ፣ ንእሽቶ መጠን
tm-ensemble-de-boutons-radio-libelle-en = ጉጅለ መምረጺ መጠወቕታት፣ ስሞም ብታሕቲን ላዕልን ዝጸሓፍ ጽሑፍ
tm-bouton-radio-riche = ዝሃብተመ መምረጺ መጠወቒ (ምስ ስእሊ)
tm-ensemble-de-boutons-radio-riches-simple = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት፣ ቀሊል
tm-ensemble-de-boutons-radio-riches-en = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት፣ ኣብ ሓደ መስመር፣ ቀሊል
tm-ensemble-de-boutons-radio-riches-sans = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት ብዘይ ስእሊ
tm-ensemble-de-boutons-radio-riches-sans-2 = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት ብዘይ ስእሊ፣ ኣብ ሓደ መስመር
tm-ensemble-de-boutons-radio-riches-avec = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት ምስ ናይ ሓገዝ ጽሑፋት
tm-ensemble-de-boutons-radio-riches-avec-2 = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት ምስ ናይ ሓገዝ ጽሑፋት፣ ኣብ ሓደ መስመር
tm-ensemble-de-boutons-radio-riches-avec-3 = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት ምስ ጌጋን ናይ ሓገዝ ጽሑፋትን
tm-ensemble-de-boutons-radio-riches-avec-4 = ጉጅለ ዝሃብተሙ መምረጺ መጠወቕታት ምስ ጌጋን ናይ ሓገዝ ጽሑፋትን፣ ኣብ ሓደ መስመር
tm-ensemble-de-boutons-radio-riches = ጉጅለ ዘይሰርሑ ዝሃብተሙ መምረጺ መጠወቕታት

## dsfr: component/select

tm-libelle-pour-liste-deroulante = ስም ንዝወርድ ዝርዝር
tm-option = ምርጫ { $n }
tm-selectionnez-une-option = ሓደ ምርጫ ምረጹ
tm-la-liste-deroulante-permet-a-un = ዝወርድ ዝርዝር ንተጠቃሚ ካብ ዝተዋህበ ዝርዝር ሓደ ነገር ክመርጽ የኽእሎ።
tm-liste-deroulante-select = ዝወርድ ዝርዝር (select)
tm-liste-deroulante-par-defaut = ልሙድ ዝወርድ ዝርዝር
tm-liste-deroulante-desactivee = ዘይሰርሕ ዝወርድ ዝርዝር
tm-liste-deroulante-avec-texte-de = ዝወርድ ዝርዝር ምስ መግለጺ ጽሑፍ
tm-liste-deroulante-valide = ቅኑዕ ዝወርድ ዝርዝር
tm-liste-deroulante-erreur = ዝወርድ ዝርዝር ምስ ጌጋ
tm-liste-deroulante-avec-groupe-d-options = ዝወርድ ዝርዝር ምስ ጉጅለታት ምርጫ

## dsfr: component/upload

tm-ajouter-un-fichier = ፋይል ወስኽ
tm-ajouter-des-fichiers = ፋይላት ወስኽ
tm-ce-composant-permet-aux-utilisateurs-de = እዚ ክፍሊ ንተጠቀምቲ ሓደ ወይ ልዕሊኡ ፋይል ክመርጹን ክሰዱን የኽእሎም።
tm-ajout-de-fichier-upload = ፋይል ምውሳኽ (upload)
tm-bouton-upload-1-seul-fichier = ሓደ ፋይል ጥራይ ንምልኣኽ መጠወቒ
tm-bouton-upload-avec-erreur = መጠወቒ ፋይል ምልኣኽ ምስ ጌጋ
tm-bouton-upload-fichiers-multiples = ብዙሓት ፋይላት ንምልኣኽ መጠወቒ
tm-bouton-upload-desactive = ዘይሰርሕ መጠወቒ ፋይል ምልኣኽ

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = ናብ [ስም ኣገልግሎት ወይ መርበብ] ምእታው
tm-format-attendu = ዝድለ ቅርጺ: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect ናብ ኣገልግሎታት ኢንተርነት ምእታው ውሑስን ቀሊልን ንምግባር መንግስቲ ዘቕረቦ መፍትሒ እዩ።
tm-se-connecter-avec-franceconnect = ብ FranceConnect እቶ
tm-vous-navez-pas-de-compte = ኣካውንት የብልኩምን ዲኹም?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = ስም ተጠቃሚ ወይ መሕለፊ ቃል ጌጋ እዩ

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = መሕለፊ ቃል ኣካውንትኩም ምምላስ
tm-description-veuillez-saisir-ladresse = መግለጺ — በጃኹም ምስ ኣካውንትኩም ዝተኣሳሰረ ኣድራሻ ኢመይል ጽሓፉ። መሕለፊ ቃልኩም ንምቕያር ተወሳኺ ሓበሬታ ክንሰደልኩም ኢና
tm-recuperation-de-mot-de-passe-sur = ኣብ [ስም ኣገልግሎት ወይ መርበብ] መሕለፊ ቃል ምምላስ

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = ዝርዝር — ኢመይል እንተዘይበጽሓኩም (ኣብ ናይ spam ማህደር እውን ርኣዩ)፣ ኣድራሻ ኢመይልኩም ደጊምኩም ክትጽሕፉ ትኽእሉ ኢኹም።
tm-votre-demande-de-recuperation-de-mot = ሕቶ ምምላስ መሕለፊ ቃልኩም ተላኢኹ ኣሎ። ድሕሪ ቅሩብ ኢመይል ክበጽሓኩም እዩ።

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = ገጻት ምእታው

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = ኣብ [ስም ኣገልግሎት ወይ መርበብ] ኣካውንት ምኽፋት
tm-se-creer-un-compte-en-choisissant = ስም ተጠቃሚ መሪጽኩም ኣካውንት ክፈቱ
tm-sauf-mention-contraire-tous-les-champs = ካልእ እንተዘይተጻሒፉ፣ ኩሎም ቦታታት ግዴታ እዮም።

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = ስም ተጠቃሚ ምረጹ
tm-etape-sur = ስጉምቲ { $n } ካብ { $count }
tm-etape-suivante-renseigner-une-identite = ዝቕጽል ስጉምቲ: ሓበሬታ መንነት ምምላእ

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = ኣንስታይ
tm-masculin = ተባዕታይ
tm-je-n-ai-pas-de-prenom = ቀዳማይ ስም (ስመይ) የብለይን
tm-identite-personnelle = ውልቃዊ መንነት
tm-sexe = ጾታ
tm-renseigner-une-identite = ሓበሬታ መንነት ምምላእ
tm-etape-suivante-saisir-des-coordonnees = ዝቕጽል ስጉምቲ: ሓበሬታ ርክብ ምጽሓፍ

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = ተወሳኺ ኣድራሻ (ኣማራጺ)
tm-coordonnees-personnelles = ውልቃዊ ሓበሬታ ርክብ
tm-adresse-postale = ኣድራሻ ፖስታ
tm-indication-numero-et-voie = መምርሒ: ቁጽሪ ገዛን ስም ጎደናን
tm-indication-batiment-immeuble-escalier-et = መምርሒ: ህንጻ፣ ገዛ፣ መደያይቦን ቁጽሪ ኣፓርታማን
tm-exemple-montpellier = ኣብነት: Montpellier
tm-saisir-des-coordonnees = ሓበሬታ ርክብ ምጽሓፍ

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = ገጻት ምኽፋት ኣካውንት

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = ኣካውንትኩም ተኸፊቱ ኣሎ። ድሕሪ ቅሩብ መረጋገጺ መላግቦ (link) ዘለዎ ኢመይል ክበጽሓኩም እዩ።

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = ኣካውንትኩም ክሰርሕ ጀሚሩ ኣሎ። ካብ ሕጂ ክትጥቀሙሉ ትኽእሉ ኢኹም።

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = ስም ቦታ (lieu-dit)፣ ንኡስ ምምሕዳር (commune déléguée) ወይ ሳንዱቕ ፖስታ
tm-numero = ቁጽሪ
tm-voie = ጎደና
tm-batiment = ህንጻ
tm-immeuble = ገዛ (ህንጻ መንበሪ)
tm-escalier = መደያይቦ
tm-numero-d-appartement = ቁጽሪ ኣፓርታማ
tm-complement-d-adresse-postale = ተወሳኺ ኣድራሻ ፖስታ
tm-la-demande-dadresse-postale-permet = ቦታ ኣድራሻ ፖስታ ንተጠቃሚ ኣድራሻኡ ክጽሕፍ ይሕግዞ።
tm-bloc-fonctionnel-d-adresse-postale = ጉጅለ ቦታታት ኣድራሻ ፖስታ (address)
tm-demande-dune-adresse-postale-nationale = ኣብ ፈረንሳ ዘሎ ኣድራሻ ፖስታ ምሕታት
tm-demande-dune-adresse-postale-nationale-2 = ኣብ ፈረንሳ ዘሎ ኣድራሻ ፖስታ ምሕታት + ስም ቦታ፣ ንኡስ ምምሕዳር ወይ ሳንዱቕ ፖስታ
tm-complement-d-adresse = ተወሳኺ ኣድራሻ

## dsfr: layout/pattern/civility

tm-docteur = ዶክተር
tm-inspecteur = ተቆጻጻሪ (inspecteur)
tm-sans-reponse = መልሲ የለን
tm-titre-dappel = ኣጸዋውዓ (ብኸመይ ክንጽውዓኩም)
tm-demande-de-situation-familiale = ኩነታት ስድራ ምሕታት
tm-demande-du-titre-dappel = ኣጸዋውዓ ምሕታት
tm-concubinage = ብዘይ መርዓ ብሓባር ምንባር
tm-pacse = ብውዕል PACS ዝተኣሳሰረ
tm-marie = ምርዑው
tm-veuf = በዓል/በዓልቲ ቤቱ ዝሞቶ/ዝሞታ
tm-divorce = ዝተፋትሐ
tm-recteur = ሓላፊ ትምህርታዊ ዞባ (recteur)
tm-proviseur = ዳይረክተር ካልኣይ ደረጃ ቤት ትምህርቲ (lycée)
tm-professeur = መምህር
tm-principal = ዳይረክተር ማእከላይ ቤት ትምህርቲ (collège)
tm-la-demande-de-civilite-permet-a = ቦታ ውልቃዊ ኩነታት ንተጠቃሚ ሓበሬታኡ (ጾታ፣ ኩነታት ስድራ፣ ኣጸዋውዓ) ክህብ የኽእሎ።
tm-les-boutons-radios-sont-recommandes = ተጠቃሚ ካብ 2 ክሳብ 5 ምርጫታት ሓደ ክመርጽ ከሎ፣ መምረጺ መጠወቕታት (radio) ይምረጹ።
tm-au-dela-de-5-choix-ou = ምርጫታት ካብ 5 እንተበዚሖም ወይ ቦታ እንተዘይኣኺሉ፣ ዝወርድ ዝርዝር ምጥቃም ይሓይሽ።
tm-bloc-fonctionnel-de-civilite-civility = ጉጅለ ቦታታት ውልቃዊ ኩነታት (civility)
tm-demande-du-sexe = ጾታ ምሕታት

## dsfr: layout/pattern/company

tm-numero-de-siret = ቁጽሪ SIRET
tm-denomination = ስም ትካል
tm-cedex = Cedex (ንትካላት ዝኸውን ፍሉይ ኮድ ፖስታ)
tm-type-de-societe = ዓይነት ትካል
tm-nom-d-usage = ዝጥቀሙሉ ስም
tm-nom-de-naissance = ስም ስድራቤት ብልደት
tm-fonction-dans-la-societe = ስራሕ ኣብቲ ትካል
tm-siret-de-l-entreprise = ቁጽሪ SIRET ናይቲ ትካል
tm-representant-moral-de-l-entreprise = ሕጋዊ ወኪል ናይቲ ትካል
tm-indication-nom-de-famille-non-rectifie = መምርሒ: ቤት ፍርዲ ቅድሚ ምእራሙ ዝነበረ ስም ስድራቤት።
tm-france = ፈረንሳ
tm-allemagne = ጀርመን
tm-italie = ኢጣልያ
tm-espagne = ስጳኛ
tm-royaume-uni = ሕቡራት ነገስታት (ብሪጣንያ)
tm-entrepreneur-individuel-ei = ውልቃዊ ነጋዳይ (EI)
tm-entreprise-unipersonnelle-a = ናይ ሓደ ሰብ ትካል ብውሱን ሓላፍነት (EURL)
tm-societe-a-responsabilite-limitee-sarl = ትካል ብውሱን ሓላፍነት (SARL)
tm-societe-par-actions-simplifiee = ናይ ሓደ ሰብ ቀሊል ናይ ኣክስዮን ትካል (SASU)
tm-societe-par-actions-simplifiee-sas = ቀሊል ናይ ኣክስዮን ትካል (SAS)
tm-societe-anonyme-sa = ናይ ኣክስዮን ትካል (SA)
tm-societe-en-nom-collectif-snc = ናይ ሓባር ሽም ትካል (SNC)
tm-societe-en-commandite-simple-scs = ቀሊል ናይ commandite ትካል (SCS)
tm-societe-en-commandite-par-actions-sca = ናይ commandite ትካል ብኣክስዮን (SCA)
tm-la-demande-de-renseignement-sur-la = ቦታታት ሓበሬታ ትካል ንተጠቃሚ ብዛዕባ ትካሉ ዘሎ ሓበሬታ ክጽሕፍ ይሕግዞ።
tm-bloc-fonctionnel-de-societe-company = ጉጅለ ቦታታት ትካል (company)
tm-demande-d-un-numero-de-siret = ቁጽሪ SIRET ምሕታት
tm-demande-dune-adresse-de-siege-social = ኣድራሻ ቀንዲ ቤት ጽሕፈት ትካል ምሕታት
tm-demande-dun-type-de-societe = ዓይነት ትካል ምሕታት
tm-demande-dun-representant-moral = ሕጋዊ ወኪል ምሕታት

## dsfr: layout/pattern/date

tm-indication-texte-de-description = መምርሒ: ተወሳኺ መግለጺ ጽሑፍ
tm-exemple-2 = ኣብነት: { $n }
tm-le-jour-est-invalide = እቲ መዓልቲ ቅኑዕ ኣይኮነን
tm-le-mois-est-invalide = እቲ ወርሒ ቅኑዕ ኣይኮነን
tm-lannee-est-invalide = እቲ ዓመት ቅኑዕ ኣይኮነን
tm-le-jour-est-invalide-le-mois-est = እቲ መዓልቲ ቅኑዕ ኣይኮነን እቲ ወርሒ ቅኑዕ ኣይኮነን እቲ ዓመት ቅኑዕ ኣይኮነን
tm-la-date-est-posterieure-a-aujourdhui = እቲ ዕለት ድሕሪ ሎሚ እዩ (ኣብ መጻኢ)
tm-le-champ-de-saisie-de-date = ቦታ ዕለት ካብ ሰለስተ ናይ ጽሑፍ ቦታታት እዩ ዝቖውም።
tm-bloc-fonctionnel-de-date-unique-date = ጉጅለ ቦታታት ሓደ ዕለት (date)
tm-defaut = ልሙድ
tm-erreur-unitaire = ጌጋ ኣብ ሓደ ቦታ
tm-erreur-globale = ሓፈሻዊ ጌጋ

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = መምርሒ: እዚ ኣድራሻ ናብቲ ኣገልግሎት ንምእታው ጥራይ እዩ ዝጥቀሙሉ።
tm-le-format-de-ladresse-electronique = ቅርጺ እቲ ዝጸሓፍኩምዎ ኣድራሻ ኢመይል ቅኑዕ ኣይኮነን። ዝድለ ቅርጺ: { $email }
tm-la-demande-d-email-est-un = ቦታ ኢመይል ኣድራሻ ኢመይል ንምጽሓፍ ዘኽእል ጉጅለ እዩ።
tm-bloc-fonctionnel-de-demande-d-email = ጉጅለ ቦታታት ኢመይል (email)
tm-demande-d-une-adresse-electronique = ኣድራሻ ኢመይል ምሕታት
tm-demande-d-une-adresse-electronique-2 = ኣድራሻ ኢመይል ምሕታት - ጌጋ
tm-demande-et-indication-de-traitement-dune = ኣድራሻ ኢመይል ምሕታትን ብኸመይ ከምዝጥቀሙሉ ምግላጽን
tm-demande-et-indication-de-traitement-dune-2 = ኣድራሻ ኢመይል ምሕታትን ብኸመይ ከምዝጥቀሙሉ ምግላጽን - ጌጋ

## dsfr: layout/pattern/name

tm-indication-ancien-nom = መምርሒ: ናይ ቀደም ስም…
tm-ajouter-un-prenom = ቀዳማይ ስም ወስኽ
tm-la-demande-de-nom-et-prenom = ቦታታት ስምን ቀዳማይ ስምን ንተጠቃሚ ስም ስድራቤቱን ስሙን ክጽሕፍ ይሕግዞ።
tm-bloc-fonctionnel-de-nom-et-prenom = ጉጅለ ቦታታት ስም ስድራቤትን ቀዳማይ ስምን (name)
tm-demande-dun-nom-et-dun-prenom = ኣብ ፈረንሳ ስም ስድራቤትን ቀዳማይ ስምን ምሕታት
tm-avec-prenom-desactive = ምስ ዘይሰርሕ ቦታ ቀዳማይ ስም
tm-avec-nom-d-usage = ምስ ዝጥቀሙሉ ስም
tm-avec-nom-d-usage-prenom-desactive = ምስ ዝጥቀሙሉ ስም + ዘይሰርሕ ቦታ ቀዳማይ ስም
tm-avec-bouton = ምስ መጠወቒ
tm-avec-bouton-prenom-desactive = ምስ መጠወቒ + ዘይሰርሕ ቦታ ቀዳማይ ስም
tm-demande-dun-nom-et-dun-prenom-2 = ካብ ፈረንሳ ወጻኢ ስም ስድራቤትን ቀዳማይ ስምን ምሕታት

## dsfr: layout/pattern/nationality

tm-nationalite = ዜግነት
tm-allemande = ጀርመናዊት
tm-italienne = ጣልያናዊት
tm-espagnole = ስጳኛዊት
tm-la-demande-de-nationalite-permet-daider = ቦታ ዜግነት ንተጠቃሚ ዜግነቱ ክጽሕፍ ይሕግዞ።
tm-bloc-fonctionnel-de-nationalite = ጉጅለ ቦታታት ዜግነት (nationality)
tm-demande-de-nationalite = ዜግነት ምሕታት

## dsfr: layout/pattern/tel

tm-numero-de-telephone = ቁጽሪ ተሌፎን
tm-format-attendu-33-5-36-49 = ዝድለ ቅርጺ: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = ቅርጺ እቲ ዝጸሓፍኩምዎ ቁጽሪ ተሌፎን ቅኑዕ ኣይኮነን። ዝድለ ቅርጺ: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = ቦታ ቁጽሪ ተሌፎን ቁጽሪ ተሌፎን ንምጽሓፍ ዘኽእል ጉጅለ እዩ።
tm-bloc-fonctionnel-de-telephone-tel = ጉጅለ ቦታታት ተሌፎን (tel)
tm-demande-d-un-numero-de-telephone = ቁጽሪ ተሌፎን ምሕታት
tm-demande-d-un-numero-de-telephone-2 = ቁጽሪ ተሌፎን ምሕታት - ጌጋ

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = ሕቶ ፍቓድ መንበሪ – ውልቃውን ስድራቤታውን ህይወት
tm-identite-et-situation-familiale = መንነትን ኩነታት ስድራን
tm-les-champs-suivis-dun-asterisque-sont = ድሕሪኦም ኮኾብ ( * ) ዘለዎም ቦታታት ግዴታ እዮም።
tm-si-vous-avez-plusieurs-prenoms-indiquez = ልዕሊ ሓደ ቀዳማይ ስም እንተሃልዩኩም፣ ኩሎም ጽሓፍዎም፣ ብፋሕተራ (,) ፈሊኹም።
tm-algerienne = ኣልጀርያዊት
tm-afghane = ኣፍጋናዊት
tm-erythreenne = ኤርትራዊት
tm-georgienne = ጆርጅያዊት
tm-ukrainienne = ዩክሬናዊት
tm-votre-situation-a-la-date-de = ኩነታትኩም ብዕለት እቲ ሕቶ
tm-avez-vous-des-enfants-a-charge = ኣብ ሓላፍነትኩም ዘለዉ (እተናብይዎም) ቆልዑ ኣለዉኹም ድዮም?
tm-nom-et-prenom-du-conjoint = ስም ስድራቤትን ቀዳማይ ስምን በዓል/በዓልቲ ቤት
tm-date-du-mariage = ዕለት መርዓ
tm-date-de-conclusion-du-pacs = ዕለት ዝተፈረመሉ ውዕል PACS
tm-ajouter-un-enfant = ቆልዓ ወስኽ
tm-enfant-n = ቆልዓ ቁጽሪ { $numero }
tm-prenom-de-lenfant = ቀዳማይ ስም ናይቲ ቆልዓ
tm-date-de-naissance-de-lenfant = ዕለት ልደት ናይቲ ቆልዓ
tm-supprimer-lenfant-n = ቆልዓ ቁጽሪ { $numero } ደምስስ
tm-etape-suivante-recapitulatif = ዝቕጽል ስጉምቲ: ጽማቕ
tm-exemple-06-12-34-56-78 = ኣብነት: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 ኣሃዛት፣ ኣብ ፍቓድ መንበሪኹም ወይ ኣብ récépissé ተጻሒፉ ኣሎ
tm-jatteste-sur-lhonneur-lexactitude-des = እቲ ዝሃብክዎ ሓበሬታ ቅኑዕ ምዃኑ ብኽብረይ እምስክር
tm-une-erreur-est-survenue-votre-dossier = ጌጋ ኣጋጢሙ። ፋይልኩም ክቐርብ ኣይከኣለን። ነቶም ዝተመልከቱ ቦታታት ኣርሚኹም ፋይልኩም ደጊምኩም ኣቕርቡ።
tm-le-champ-adresse-electronique-est = ቦታ «ኣድራሻ ኢመይል» (Adresse électronique) ቅኑዕ ኣይኮነን። ቅኑዕ ኣድራሻ ኢመይል ጽሓፉ፣ ንኣብነት nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = ቦታ «ቁጽሪ ወጻእተኛ» (Numéro étranger) 10 ኣሃዛት ክህልዎ ኣለዎ
tm-recapitulatif = ጽማቕ
tm-votre-dossier-a-bien-ete-depose = ፋይልኩም ቀሪቡ ኣሎ
tm-un-courriel-de-confirmation-vous-a = መረጋገጺ ኢመይል ናብ ኣድራሻ { $email } ተላኢኹልኩም ኣሎ።
tm-enfants-a-charge = ኣብ ሓላፍነትኩም ዘለዉ ቆልዑ

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = ቆጸራ ምሓዝ – መቐበሊ ፍቓድ መንበሪ
tm-vous-pouvez-prendre-rendez-vous-au = ኣብ መቐበሊ «ፍቓድ መንበሪ» (Titres de séjour) ናይ préfecture ቆጸራ ክትሕዙ ትኽእሉ ኢኹም። ቅድሚ ምጅማርኩም ናይ ኣጠቓቕማ ኣገልግሎት ኩነታት ኣንብቡ: ሓደ ሰብ ሓደ ቆጸራ ጥራይ፣ ዝጎደሎ ሕቶ ኩሉ ክስረዝ እዩ።
tm-jaccepte-les-conditions-generales = ሓፈሻዊ ኩነታት ኣጠቓቕማ እቕበል
tm-vos-informations = ሓበሬታኹም
tm-choisissez-le-motif-qui-correspond-a = ምስ ኩነታትኩም ዝሰማማዕ ምኽንያት ምረጹ
tm-remise-de-titre-de-sejour = ምቕባል ፍቓድ መንበሪ
tm-premiere-demande-de-titre-de-sejour = ቀዳማይ ሕቶ ፍቓድ መንበሪ – ተማሃራይ
tm-renouvellement-de-titre-de-sejour = ምሕዳስ ፍቓድ መንበሪ – ሰራሕተኛ (ብውዕል)
tm-duplicata-de-titre-de-sejour-perte = ካልኣይ ቅዳሕ ፍቓድ መንበሪ (ምጥፋእ ወይ ስርቂ)
tm-changement-dadresse-sur-le-titre-de = ኣብ ፍቓድ መንበሪ ኣድራሻ ምቕያር
tm-tel-quil-figure-sur-votre-passeport = ከምቲ ኣብ ፓስፖርትኩም ተጻሒፉ ዘሎ
tm-la-convocation-vous-sera-envoyee-a = ጻውዒት (convocation) ናብዚ ኣድራሻ ክለኣኸልኩም እዩ
tm-etape-suivante = ዝቕጽል ስጉምቲ
tm-veuillez-choisir-le-motif-de-votre = በጃኹም ምኽንያት ቆጸራኹም ምረጹ
tm-ce-champ-est-obligatoire = እዚ ቦታ ግዴታ እዩ
tm-veuillez-saisir-une-adresse-electronique = በጃኹም ቅኑዕ ኣድራሻ ኢመይል ጽሓፉ
tm-le-numero-etranger-comporte-10-chiffres = ቁጽሪ ወጻእተኛ (numéro étranger) 10 ኣሃዛት ኣለዎ
tm-recommencer = ካብ መጀመርታ ጀምር

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = ኣባላት ገዛኹም ኣብ ዝሓለፉ ሰለስተ ኣዋርሕ ዝተቐበልዎ እቶት ሕበሩ። ብዘይ እዚ ጸብጻብ፣ ክፍሊት RSA ወይ prime d’activité ክቋረጽ እዩ።
tm-7-chiffres-il-figure-sur-tous = 7 ኣሃዛት፣ ኣብ ኩሎም ካብ CAF ዝመጽኹም ደብዳቤታት ተጻሒፉ ኣሎ
tm-avez-vous-percu-des-salaires-au = ኣብዞም ሰለስተ ኣዋርሕ ደሞዝ ተቐቢልኩም ዲኹም?
tm-votre-situation-familiale-a-t-elle = ኩነታት ስድራኹም ተቐይሩ ድዩ?
tm-indiquez-le-montant-net-avant = ቅድሚ ግብሪ ካብ ደሞዝ ምቑራጹ ዘሎ ጽሩይ መጠን ጽሓፉ፣ ወይ ኣብታ ወርሒ ዝኾነ ነገር እንተዘይተቐቢልኩም 0 ጽሓፉ።
tm-montant-des-salaires-percus-mois-en = መጠን ዝተቐበልኩምዎ ደሞዝ – ወርሒ { $n } (ብዩሮ)
tm-salaire-net-primes-comprises = ጽሩይ ደሞዝ፣ ሽልማት (primes) ሓዊሱ
tm-nature-du-changement = ዓይነት ለውጢ
tm-choisissez = ምረጹ…
tm-mariage = መርዓ
tm-pacs = ውዕል PACS (ሲቪላዊ ምትሕሓዝ)
tm-vie-en-couple = ከም ሰብኣይን ሰበይትን ብሓባር ምንባር
tm-separation = ምፍልላይ
tm-naissance-ou-arrivee-dun-enfant = ልደት ወይ ምምጻእ ቆልዓ
tm-deces-du-conjoint = ሞት በዓል/በዓልቲ ቤት
tm-date-du-changement = ዕለት ለውጢ
tm-a-savoir-la-date-figure-sur = ክትፈልጥዎ ዘለኩም: እቲ ዕለት ኣብቲ ሰነድ ወይ መረጋገጺ ናይቲ ለውጢ ተጻሒፉ ኣሎ (መዓልቲ/ወርሒ/ዓመት JJ/MM/AAAA)።
tm-le-numero-allocataire-comporte-7 = ቁጽሪ ተቐባሊ ሓገዝ CAF (numéro allocataire) 7 ኣሃዛት ኣለዎ።
tm-indiquez-un-montant-en-euros-par = መጠን ብዩሮ ጽሓፉ፣ ንኣብነት 1250 ወይ 0።
tm-la-date-doit-etre-au-format = እቲ ዕለት ብቕርጺ መዓልቲ/ወርሒ/ዓመት (JJ/MM/AAAA) ክጽሓፍ ኣለዎ።
tm-votre-declaration-contient-erreurs = { $n ->
        [one] ጸብጻብኩም { $n } ጌጋ ኣለዎ።
       *[other] ጸብጻብኩም { $n } ጌጋታት ኣለዎ።
    }
tm-envoi-de-votre-declaration-en-cours = ጸብጻብኩም ይለኣኽ ኣሎ…
tm-votre-declaration-a-bien-ete-enregistree = ጸብጻብኩም ተመዝጊቡ ኣሎ።

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = ግዜ ምእታውኩም ተወዲኡ። ንድሕነት ክበሃል ካብ ኣካውንትኩም ወጺእኩም ኣለኹም። በጃኹም ደጊምኩም እተዉ።
tm-veuillez-saisir-votre-identifiant-votre = በጃኹም ስም ተጠቃሚ ጽሓፉ: ቁጽሪ ወጻእተኛኹም (numéro étranger) ወይ ኣድራሻ ኢመይልኩም።

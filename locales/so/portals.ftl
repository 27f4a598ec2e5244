### Relais — translation memory, Somali: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


## ds: components account_dropdown_component

tm-passer-en-super-admin = U beddel doorka maamulaha sare (super-admin)
tm-passer-en-usager = U beddel doorka isticmaalaha
tm-passer-en-instructeur = U beddel doorka shaqaalaha baara faylasha (instructeur)
tm-passer-en-expert = U beddel doorka khabiirka
tm-passer-en-gestionnaire = U beddel doorka maareeyaha kooxda (gestionnaire)
tm-se-deconnecter = Ka bax akoonka

## ds: components attachment

tm-reessayer = Isku day mar kale
tm-supprimer-le-fichier = Tirtir faylka { $file }
tm-plusieurs-fichiers-possibles = Waxaad ku dari kartaa dhowr fayl.
tm-remplacer-le-fichier = Ku beddel faylka { $file } mid kale
tm-le-format-pdf-est-generalement-le = Qaabka PDF ayaa inta badan ugu habboon, maxaa yeelay si fudud ayaa loogu akhriyaa dhammaan qalabka.
tm-virus-detecte-merci-denvoyer-un-autre = Fayras ayaa la helay, fadlan dir fayl kale.
tm-le-fichier-est-corrompu-merci-denvoyer = Faylku waa jaban yahay, fadlan dir fayl kale.
tm-ajoutee-le = La daray { $date }
tm-modifiee-le = La beddelay { $date }
tm-le-traitement-de-votre-piece-jointe = Habaynta faylkaaga lifaaqan waxay qaadanaysaa waqti ka badan intii la filayay.
tm-le-traitement-de-vos-pieces-jointes = Habaynta faylashaada lifaaqan waxay qaadanaysaa waqti ka badan intii la filayay.
tm-cela-ne-vous-empeche-pas-de = Tani kaama horjoogsanayso inaad gudbiso faylka codsigaaga haddii aad rabto.
tm-chargement-de-fichier = Faylka waa la dirayaa
tm-virus-detecte-le-telechargement-est = Fayras ayaa la helay, soo dejinta faylka waa la xannibay.
tm-apercu-non-disponible = Muuqaal hore lama heli karo

## ds: components autosave_notice_component

tm-formulaire-en-erreur = Foomku khalad ayuu leeyahay

## ds: components dossiers

tm-cette-demarche-est-soumise-a-un = Arrintan maamul waxay u baahan tahay caddaynta akhriska (accusé de lecture). Markaad codsato in lagu tuso go'aanka laga gaaray faylkaaga, waxaad aqbashaa caddaynta akhriska, sidaas darteedna waxaa bilaabanaysa muddada sharciga ah ee racfaanka.
tm-adresse = Cinwaan
tm-pays = Dal
tm-autres-informations-sur-lorganisme-sur = ➡ Macluumaad kale oo ku saabsan hay'adda, ku jira «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = Qabyada si guul leh ayaa loo kaydiyay
tm-attention-impossible-denregistrer-le = Digniin: Qabyada lama kaydin karin.
tm-vos-modifications-sont-automatiquement = Isbeddelladaada si toos ah ayaa loo kaydiyaa.
tm-deposez-les-quand-vous-aurez-termine = Gudbi markaad dhammayso.
tm-modifications-enregistrees-avec-succes = Isbeddellada si guul leh ayaa loo kaydiyay
tm-annotations-enregistrees-avec-succes = Faallooyinka si guul leh ayaa loo kaydiyay
tm-attention-impossible-denregistrer-les = Digniin: Faallooyinka lama kaydin karin.
tm-commune = Degmada (commune)
tm-les-dossiers-ont-ete-supprimes-vous = Faylasha waa la tirtiray. Dib uma soo celin kartid sababaha soo socda darteed:
tm-vous-avez-supprime-votre-dossier = Waxaad tirtirtay faylkaaga.
tm-deposer-le-dossier = Gudbi faylka
tm-deposer-les-modifications = Gudbi isbeddellada
tm-pourquoi-je-ne-peux-pas-deposer = Maxaan faylkayga u gudbin kari waayay?
tm-verifier-le-dossier = Hubi faylka
tm-envoi-en-cours = Waa la dirayaa…
tm-en-tant-quinvite-vous-pouvez-remplir = Adiga oo ah qof la casuumay, waad buuxin kartaa foomkan, laakiin milkiilaha faylku waa inuu isagu gudbiyaa.
tm-des-modifications-nont-pas-encore-ete = Isbeddello aan weli la gudbin ayaa jira
tm-vous-avez-apporte-des-modifications = Waxaad samaysay isbeddello ka dib markii aad gudbisay faylkaaga. Gudbi si maamulku u tixgeliyo.
tm-continuer-a-modifier = Sii wad beddelidda
tm-votre-dossier-contient-1-champ-en = Faylkaaga waxaa ku jira hal meel oo khalad leh
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] Faylkaaga waxaa ku jira { $n } meel oo khalad leh
       *[other] Faylkaaga waxaa ku jira { $n } meelood oo khalad leh
    }
tm-corrigez-la-pour-poursuivre = Sax khaladkan si aad u sii wadato:
tm-corrigez-les-pour-poursuivre = Sax khaladaadkan si aad u sii wadato:
tm-plus-dinformations = Macluumaad dheeraad ah
tm-moins-dinformations = Macluumaad yar
tm-votre-identite = Aqoonsigaaga
tm-vous-agissez-en-tant-que-mandataire = Waxaad u dhaqmaysaa sidii wakiil (mandataire), ama xirfad ahaan (sida xisaabiye, qareen, shaqaale dowladeed…) ama shakhsi ahaan (qoys). Hubi inaad ixtiraamto shuruudaha qodobbadan:
tm-articles-1984-et-suivants-du-code = Qodobka 1984 iyo kuwa ka dambeeya ee Sharciga Madaniga.
tm-identite-du-beneficiaire = Aqoonsiga qofka ka faa'iidaysanaya
tm-vous-ne-pouvez-pas-deposer-votre = Ma gudbin kartid faylkaaga
tm-repondre = Ka jawaab
tm-invite = Qof la casuumay
tm-supprimer-le-message = Tirtir fariinta
tm-supprimer-la-demande-de-correction-et = Tirtir codsiga saxidda iyo fariintan
tm-supprimer-le-message-en-attente-de = Tirtir fariinta sugaysa jawaab
tm-etes-vous-sur-de-vouloir-supprimer = Ma hubtaa inaad rabto inaad tirtirto fariintan?
tm-email-automatique = Iimayl si toos ah loo diray
tm-vous = Adiga
tm-message-supprime = Fariin la tirtiray
tm-non-lu = Lama akhriyin
tm-usager = Isticmaale
tm-vous-devez-effectuer-les-modifications = Waa inaad samaysaa isbeddellada la codsaday adiga oo wax ka beddelaya faylkaaga.
tm-modifier-le-dossier = Wax ka beddel faylka
tm-cree-depuis-le = La sameeyay laga bilaabo taariikhda
tm-depose-depuis-le = La gudbiyay laga bilaabo taariikhda
tm-appliquer-les-filtres = Dabaq shaandhaynta
tm-reinitialiser-les-filtres = Dib u deji shaandhaynta
tm-selectionner-un-filtre = Dooro shaandhayn
tm-1-filtre-actif = Hal shaandhayn oo shaqaynaysa
tm-filtres-actifs = { $n ->
        [one] Hal shaandhayn oo shaqaynaysa
       *[other] { $n } shaandhayn oo shaqaynaysa
    }
tm-supprimer-1-filtre-actif = Ka saar hal shaandhayn oo shaqaynaysa
tm-selectionner-un-statut = Dooro xaalad
tm-afficher-les-dossiers-par-demarche = Muuji faylasha iyadoo loo eegayo arrinta maamulka
tm-afficher = Muuji

## ds: components dsfr

tm-telecharger-le-fichier = Soo deji faylka
tm-ce-lien-est-ephemere-et-ne = Link-gan waa mid ku-meel-gaar ah, waana in aan la wadaagin.
tm-afficher-le-mot-de-passe = Muuji erayga sirta ah
tm-afficher-la-confirmation-du-mot-de = Muuji xaqiijinta erayga sirta ah
tm-ladresse-electronique-semble-erronee = Cinwaanka iimaylku wuxuu u muuqdaa mid khaldan
tm-vouliez-vous-ecrire = Ma waxaad rabtay inaad qorto:
tm-recherche-en-cours-pour-le-siret = Raadinta SIRET { $value } way socotaa…
tm-au-capital-social-de = { $name } { $forme_juridique } oo raasumaalkiisu yahay { $amount }
tm-donnee-remplie-automatiquement = Xog si toos ah loo buuxiyay.
tm-une-erreur-est-survenue-lors-de = Khalad ayaa dhacay intii la falanqaynayay dukumeentigaaga. Iska dhaaf fariintan haddii aad hubto faylkaaga.
tm-masquer-le-message = Qari fariinta

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Lambarka iyo magaca waddada, ama magaca goobta (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = Khalad ayaa dhacay intii raadintu socotay
tm-une-erreur-est-survenue-lors-de-3 = Khalad ayaa dhacay intii raadintu socotay. Haddii dhibaatadu sii jirto, calaamadee «Cinwaankayga kuma helo soo-jeedinta» (« Je ne trouve pas mon adresse dans les suggestions ») oo sii wad.
tm-ville = Magaalo
tm-exemple-london = Tusaale: London
tm-ville-ou-commune = Magaalo ama degmo
tm-renseignez-le-nom-ou-le-code = Qor magaca ama koodka boostada ee magaalada, kadibna ka dooro degmada liiska. Tusaale: Strasbourg
tm-code-postal = Koodka boostada
tm-je-ne-trouve-pas-mon-adresse = Cinwaankayga kuma helo soo-jeedinta
tm-saisissez-une-adresse-une-voie-un = Qor cinwaan, waddo, magac goob (lieu-dit) ama degmo. Tusaale: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Khariidadda ku dhex dhig adiga oo raadinaya cinwaan
tm-commencez-a-saisir = Bilow qorista
tm-ajouter-un-point-sur-la-carte = Ku dar bar khariidadda
tm-exemple = Tusaale:
tm-afficher-votre-position-sur-la-carte = Muuji goobtaada khariidadda
tm-ajouter-le-point-avec-les-coordonnees = Ku dar barta adiga oo isticmaalaya isuduwayaasha (coordonnées) aad ku qortay khariidadda
tm-ajouter-un-fichier-gpx-ou-kml = Ku dar fayl GPX ama KML
tm-supprimer-le-fichier-2 = Tirtir faylka
tm-modification-a-deposer = isbeddel sugaya in la gudbiyo
tm-information-champ-actualise-par = Macluumaad: meeshan waxaa cusbooneysiiyay maamulka. Hubi waxa ku qoran.
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [one] Cabbirka ugu badan ee lagu taliyay waa { $n } xaraf.
       *[other] Cabbirka ugu badan ee lagu taliyay waa { $n } xaraf.
    }
tm-le-numero-dallocataire-caf = Lambarka qaataha gargaarka CAF (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = Inta badan wuxuu leeyahay 7 tiro.
tm-le-code-postal = Koodka boostada
tm-il-est-generalement-compose-de-5 = Inta badan wuxuu leeyahay 5 tiro.
tm-numero-daccreditation = Lambarka ruqsadda (accréditation)
tm-format-jj-mm-aaaa = Qaabka: JJ/MM/AAAA (maalin/bil/sannad)
tm-le-numero-fiscal = Lambarka canshuurta
tm-il-est-generalement-compose-de-13 = Inta badan wuxuu leeyahay 13 ama 14 xaraf ama tiro.
tm-la-reference-davis-dimposition = Tixraaca ogeysiiska canshuurta (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Inta badan wuxuu leeyahay 13 ama 14 xaraf ama tiro.
tm-identifiant-national-etudiant-il-est = Lambarka Qaranka ee Ardayga (INE). Inta badan wuxuu ka kooban yahay xarfo iyo tiro.
tm-identifiant = Aqoonsi (Identifiant)
tm-il-est-generalement-compose-de = Inta badan wuxuu ka kooban yahay xarfo iyo tiro.
tm-ajouter-un-element-supplementaire-a = Ku dar walax kale qaybta «{ $name }»
tm-supprimer = Tirtir { $name } { $n }
tm-aucune-fondation-trouvee = Lama helin wax hay'ad samafal ah (fondation)
tm-ce-rnf-correspond-a = RNF-kan wuxuu u dhigmaa: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] Waxaa kuu haray { $n } xaraf.
       *[other] Waxaa kuu haray { $n } xaraf.
    }
tm-vous-avez-atteint-la-taille-maximale = Waxaad gaartay cabbirka ugu badan ee lagu taliyay.
tm-oui = Haa

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Muuji dhammaan khaladaadka

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Eray sir ah oo la aqbali karo. Waad xaqiijin kartaa… ama hagaaji erayga sirta ah.
tm-mot-de-passe-vulnerable = Eray sir ah oo daciif ah.
tm-mot-de-passe-tres-vulnerable = Eray sir ah oo aad u daciif ah.
tm-pour-un-mot-de-passe-securise = Si erayga sirta ahi u noqdo mid ammaan ah, ha isticmaalin xarfo isku xiga ama xaraf isku mid ah oo soo noqnoqda. Tusaale ahaan, waxaad dooran kartaa weedh (leh meelo bannaan) oo aad si fudud u xasuusan karto.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Raac link-gan si aad ugu gasho cinwaanka cusub.
tm-nous-avons-detecte-une-erreur-reseau = Waxaan ogaanay khalad shabakadeed oo naga celinaya inaan halkaas kuu gudbino. La xiriir qaybta IT-ga ee shaqadaada si ay u oggolaadaan gelitaanka demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = ma aha nooc la aqbalo
tm-est-trop-lourd-e-le-fichier = aad buu u weyn yahay. Faylku waa inuusan ka badnaan { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Codso eray sir ah oo cusub
tm-vous-etes-connecte-e-vous-pouvez = Waad gashay! Waqti kasta waxaad kala beddeli kartaa xogahaaga kala duwan (profils): { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Hadda waad ka baxday akoonka.

## ds: users

tm-votre-compte-a-deja-ete-active = Akoonkaaga horay ayaa loo hawlgeliyay.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE lama heli karo, macluumaadka ku saabsan shirkadda waxay iman doonaan dhowr saacadood gudahood.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = Haddii aad tahay qof bini-aadam ah, meeshan bannaan ka tag

## ds: clipboard

tm-copie = Waa la koobiyeeyay

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Jawaabtaada ka hel halkan:
tm-contact-technique = Xiriirka farsamada
tm-envoyez-nous-un-message-a = Fariin noogu soo dir { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = Ma u baahan tahay caawimaad si aad u buuxiso faylkaaga?

## ds: utils

tm-nombre-a-virgule = Tiro jajab leh (decimal)
tm-nombre-entier = Tiro buuxda (aan jajab lahayn)
tm-liste-a-choix-multiple = Liis leh doorashooyin badan
tm-deconnexion = Ka bixid akoonka
tm-pieces-jointes = Faylal lifaaqan
tm-les-champs-suivis-dun-asterisque = Meelaha ay xiddigtu (waajib) ku xigto waa waajib in la buuxiyo.
tm-facultatif = (ikhtiyaari)
tm-envoyer-le-message = Dir fariinta
tm-nouvel-onglet = Tab cusub

## ds: skiplinks

tm-acces-rapide = Gelitaan degdeg ah
tm-contenu = Nuxurka

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Marka natiijooyinka dhammaystirka tooska ahi diyaar noqdaan, isticmaal fallaadhaha kor iyo hoos si aad ugu dhex socoto liiska natiijooyinka. Riix Enter (Entrée) si aad u doorato natiijo. Riix Esc (Echap) si aad u xirto liiska natiijooyinka.
tm-aucun-resultat = Natiijo ma jirto
tm-1-resultat = Hal natiijo
tm-resultats = natiijooyin

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Qalab fudud oo lagu maareeyo foomamka maamulka ee internetka.
tm-mon-compte = Akoonkayga
tm-revenir-en-arriere = Dib u noqo
tm-revenir-en-arriere-sur-le-site = Dib ugu noqo bogga maamulkayga
tm-menu-principal = Menu-ga weyn
tm-mes-dossiers = Faylashayda
tm-consulter-mon-dossier = Eeg faylkayga
tm-jai-une-question = Su'aal ayaan qabaa
tm-aller-a-la-page-daccueil = U gudub bogga hore

## ds: views

tm-creation-de-compte-sur = Furashada akoon { $name }
tm-se-creer-un-compte-avec-une = Samee akoon adiga oo isticmaalaya cinwaan iimayl
tm-adresse-electronique = Cinwaanka iimaylka
tm-mot-de-passe-caracteres-minimum = { $n ->
        [one] Erayga sirta ah (ugu yaraan { $n } xaraf)
       *[other] Erayga sirta ah (ugu yaraan { $n } xaraf)
    }
tm-avant-deffectuer-votre-demarche-nous = Kahor intaadan fulin arrintaada maamul, waxaan u baahanahay inaan xaqiijino cinwaankaaga iimaylka { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = Fur sanduuqaaga iimaylka, oo guji link-ga furitaanka akoonka ee ku jira fariinta aad heshay.
tm-renvoyer-un-email-de-confirmation = Mar kale dir iimaylka xaqiijinta
tm-lautorisation-de-vient-detre-revoquee = Oggolaanshaha { $email } hadda ayaa la joojiyay. Waxaad casuumi kartaa qof kale.
tm-vous-ne-pouvez-pas-revoquer-cette = Ma joojin kartid oggolaanshahan
tm-inviter-une-personne-a-modifier-ce = Casuun qof si uu wax uga beddelo faylkan
tm-gestion-des-invites = Maareynta dadka la casuumay
tm-les-invites-ont-le-droit-de = Dadka la casuumay waxay xaq u leeyihiin inay arkaan oo wax ka beddelaan faylkaaga.
tm-ajouter-un-invite = Ku dar qof la casuumay
tm-envoyer-une-invitation = Dir casuumaad
tm-revoquer-lacces = Jooji oggolaanshaha gelitaanka
tm-aucun-invite-ne-peut-voir-et = Hadda ma jiro qof la casuumay oo arki kara ama wax ka beddeli kara faylkan.
tm-1-personne-invitee = Hal qof oo la casuumay
tm-personnes-invitees = { $n ->
        [one] { $n } qof oo la casuumay
       *[other] { $n } qof oo la casuumay
    }
tm-une-fois-le-dossier-complet-vous = Marka faylku dhammaystirmo, waa inaad adigu gudbisaa.
tm-dernier = Kii ugu dambeeyay
tm-precedent = Kii hore
tm-premier = Kii ugu horreeyay
tm-lusager-a-supprime-son-compte = (isticmaaluhu wuu tirtiray akoonkiisa)
tm-cordialement = Salaan diirran,
tm-modifie-par-lusager-le = Waxaa beddelay isticmaalaha { $date }
tm-passe-en-instruction-le = Baaritaankiisa waxa uu bilaabmay { $date }
tm-accepte-le = La aqbalay { $date }
tm-classe-sans-suite-le = La xiray iyada oo aan wax kale laga qaadin { $date }
tm-telecharger-lattestation = Soo deji caddaynta
tm-votre-dossier-est-enregistre = Faylkaaga si toos ah ayaa loo kaydiyaa isbeddel kasta kadib. Waqti kasta waad xiri kartaa daaqadda oo hadhow ka sii wadan kartaa meeshii aad joogtay.
tm-envoyer-et-marquer-le-dossier = Dir oo calaamadee faylka
tm-en-attente-de-reponse = WAXAY SUGAYSAA JAWAAB
tm-votre-message-obligatoire = Fariintaada (waajib)
tm-ecrivez-votre-message-a-l-administration = Halkan ku qor fariinta aad u dirayso maamulka
tm-identite-du-demandeur = Aqoonsiga codsadaha
tm-identite-du-mandataire = Aqoonsiga wakiilka (mandataire)
tm-sections-du-formulaire = Qaybaha foomka
tm-modifier-le-siret = Beddel lambarka SIRET
tm-lusager-a-pris-connaissance-de-la = Isticmaaluhu wuxuu ogaaday go'aanka ku saabsan faylkiisa { $agreement }.
tm-identifier-votre-etablissement = Aqoonsii hay'addaada
tm-civilite = Erayga xushmadda (Madame ama Monsieur)
tm-nom = Magaca qoyska
tm-renseignez-le-numero-de-siret-de = Qor lambarka SIRET ee shirkaddaada, maamulkaaga ama ururkaaga si aad u bilowdo arrinta maamulka.
tm-pour-trouver-votre-numero-siret-utilisez = Si aad u hesho lambarkaaga SIRET, isticmaal { $annuaire_link } ama weydii qaybta xisaabaadka.
tm-continuer = Sii wad
tm-merci = Mahadsanid!
tm-votre-dossier-sur-la-demarche = Faylkaaga ee arrinta maamulka
tm-a-bien-ete-envoye = si guul leh ayaa loo diray.
tm-vous-avez-desormais-acces-a-votre = Hadda waxaad heli kartaa:
tm-dossier-en-ligne = faylkaaga internetka.
tm-vous-pouvez = Waad awoodaa inaad
tm-le-modifier = wax ka beddesho
tm-et = iyo
tm-echanger-avec-un-instructeur = la xiriirto shaqaalaha baaraya faylka.
tm-telecharger-mon-dossier = Soo deji faylkayga
tm-telecharger-mon-attestation = Soo deji caddayntayda
tm-suivi-de-votre-dossier = La socodka faylkaaga
tm-votre-dossier = Faylkaaga
tm-dossier-n = Faylka lambarka { $n }
tm-en-brouillon-depuis-le = - Qabyo ahaan tan iyo { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (faylkaaga oo qaab PDF ah)
tm-brouillon = qabyo
tm-votre-dossier-est-en-cours-dinstruction = Faylkaaga maamulka ayaa hadda baaraya. Mar dambe wax kama beddeli kartid.
tm-votre-dossier-est-soumis-au-cadre = Faylkaagu wuxuu hoos yimaadaa xeerka sharciga ah ee «Aamusnaantu waa aqbalaad» (« Silence Vaut Accord »)
tm-votre-dossier-est-soumis-au-cadre-2 = Faylkaagu wuxuu hoos yimaadaa xeerka sharciga ah ee «Aamusnaantu waa diidmo» (« Silence Vaut Rejet »)
tm-termine = dhammaaday
tm-vous-avez-une-question-utilisez-la = Su'aal ma qabtaa? Isticmaal sanduuqa fariimaha si aad si toos ah ula xiriirto maamulka.
tm-motivation = Sababaha:
tm-attestation = Caddayn:
tm-votre-dossier-a-ete-accepte = Faylkaaga waa la aqbalay
tm-motif-de-lacceptation = Sababta aqbalaadda
tm-votre-dossier-a-ete-refuse = Faylkaaga waa la diiday
tm-envoyer-un-message-a-ladministration = U dir fariin maamulka
tm-dernier-message = Fariintii ugu dambeysay
tm-votre-prochain-rendez-vous = Ballantaada xigta
tm-voir-mon-rendez-vous-sur-rdv = Ka eeg ballantayda RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = Wax ka beddel faylka - Waad wax ka beddeli kartaa faylkaaga inta aan baaritaankiisu bilaabmin
tm-rechercher-un-dossier-par-n-de = Raadi fayl (lambarka faylka, ereyo muhiim ah…)
tm-rechercher-un-dossier-par-n-de-2 = Raadi fayl (lambarka faylka, magaca qoyska / magaca koowaad, ereyo muhiim ah…)
tm-saisissez-votre-recherche = Qor waxa aad raadinayso
tm-resultat-de-la-recherche-pour = Natiijada raadinta «{ $search_terms }»
tm-et-pour-la-procedure = iyo arrinta maamulka «{ $name }»
tm-dossier-numero = Faylka lambarka { $n }
tm-ladministration-ne-traitera-plus-votre = Maamulku mar dambe ma baari doono codsigaaga.
tm-dossier-n-2 = faylka lambarka
tm-ne-correspond-aux-termes-recherches = kuma habboona ereyada la raadiyay
tm-ne-correspond-aux-filtres-selectionnes = kuma habboona shaandhaynta la doortay
tm-cette-demarche-est-close-vous-ne = Arrintan maamul waa la xiray, mana gudbin kartid faylkan. Waxaan kugu boorrinaynaa inaad fayl cusub ku gudbiso { $link } oo beddelay.
tm-cette-demarche-est-close-vous-ne-2 = Arrintan maamul waa la xiray, mana gudbin kartid faylkan, mana gudbin kartid fayl cusub oo arrintan ah. { $link }
tm-cette-demarche-est-close-votre-dossier = Arrintan maamul waa la xiray, laakiin faylkaaga waa la gudbiyay, maamulkuna wuu baari karaa. Haddii loo baahdo, waxaad fayl cusub ku gudbin kartaa { $link } oo beddelay.
tm-cette-demarche-est-close-votre-dossier-2 = Arrintan maamul waa la xiray, laakiin faylkaaga waa la gudbiyay, maamulkuna wuu baari karaa. Ma gudbin kartid fayl cusub oo arrintan ah. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Arrintan maamul waa la xiray, faylkaagana maamulku wuu baaray. Haddii loo baahdo, waxaad fayl cusub ku gudbin kartaa { $link } oo beddelay.
tm-cette-demarche-est-close-votre-dossier-4 = Arrintan maamul waa la xiray, faylkaagana maamulku wuu baaray. Ma gudbin kartid fayl cusub oo arrintan ah. { $link }
tm-nouvelle-demarche-disponible = Arrin maamul oo cusub ayaa diyaar ah
tm-cette-demarche = arrintan maamul
tm-ce-dossier-attend-vos-corrections = Faylkan wuxuu sugayaa saxitaannadaada — ka eeg isbeddellada la samaynayo sanduuqa fariimaha ee faylka lambarka { $n }.
tm-ce-dossier-attend-votre-reponse = Faylkan wuxuu sugayaa jawaabtaada
tm-consultez-la-messagerie-du-dossier = Eeg sanduuqa fariimaha ee faylka lambarka { $n } oo u jawaab maamulka.
tm-cree-le = La sameeyay { $date }
tm-mis-a-la-corbeille-automatiquement-le = Si toos ah ayaa loo dhigay qashinka { $date } maxaa yeelay muddadii ugu dheerayd ee kaydinta way dhammaatay
tm-commencer-un-nouveau-dossier = Bilow fayl cusub
tm-dupliquer-le-dossier = Koobiyee faylka
tm-voulez-vous-vraiment-mettre-a-la = Ma hubtaa inaad rabto inaad faylkan qashinka dhigto?
tm-en-continuant-vous-allez-supprimer-ce = Haddii aad sii wadato, waxaad tirtiri doontaa faylkan, macluumaadka ku jira iyo codsiga loogu wareejinayo { $email }. Tirtiris kasta waxay keentaa in la joojiyo arrinta maamulka ee socota. Ma xaqiijinaysaa tirtirista?
tm-continuer-a-remplir = Sii wad buuxinta
tm-restaurer = Soo celi
tm-restaurer-et-etendre-la-conservation-du = Soo celi faylka lambarka { $id } oo kordhi muddada kaydintiisa (tirada bilaha: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = Ficillo kale
tm-le-support-technique = Taageerada farsamada
tm-une-demande-de-transfert-est-en = Codsi lagu wareejinayo faylka lambarka { $n } oo loo wareejinayo { $email } ayaa socda
tm-une-demande-de-transfert-par-le = Codsi ka yimid taageerada farsamada oo lagu wareejinayo faylka lambarka { $n } loona wareejinayo { $email } ayaa socda
tm-demande-de-transfert-par-le-support = Codsi wareejin oo ka yimid taageerada farsamada, faylka lambarka { $n } ee { $email }
tm-accepter = Aqbal
tm-refuser = Diid
tm-connexion-a = Gal { $name }
tm-mot-de-passe-oublie = Ma ilowday erayga sirta ah?
tm-trouvez-votre-demarche = Hel arrintaada maamul
tm-vous-etes-agent-de-la-fonction = Ma tahay shaqaale dowladda dhexe?
tm-accedez-a-notre-page-dediee = Tag boggayaga gaarka ah
tm-se-connecter-avec-son-compte = Ku gal akoonkaaga
tm-si-vous-voyez-cette-page-trop = Haddii aad boggan marar badan aragto, eeg bogga caawimaadda.
tm-changement-de-mot-de-passe = Beddelidda erayga sirta ah
tm-changer-le-mot-de-passe = Beddel erayga sirta ah
tm-si-un-compte-existe-avec-ladresse = Haddii akoon uu ku jiro cinwaanka { $email }, waxaan kuu soo dirnay iimayl si aad dib ugu dejiso erayga sirta ah.
tm-vous-navez-pas-recu-lemail = Iimaylka miyaanad helin?
tm-verifiez-la-boite-indesirables-ou-spam = Eeg qaybta fariimaha aan la rabin (Indésirables ama Spam) ee sanduuqaaga iimaylka.
tm-vous-etes-vous-connecte-avec-france = Horay ma ugu gashay France Connect? Haddii ay sidaas tahay, mar kale isku day France Connect.
tm-le-compte-a-pu-etre-supprime = Akoonka waxaa laga yaabaa in la tirtiray maxaa yeelay muddo dheer lama isticmaalin, faylna kuma socon. Haddii ay sidaas tahay, waa inaad akoon cusub ka samaysaa arrin maamul.
tm-lien-de-reinitialisation-du-mot-de = Link-ga dib u dejinta erayga sirta ah waa la diray
tm-attention-ce-courriel-peut-mettre-jusqua = Digniin, iimaylkan wuxuu qaadan karaa ilaa 15 daqiiqo si uu u yimaado.
tm-en-cas-de-difficultes-nous-restons = Haddii aad dhibaato la kulanto, waxaad nagala xiriiri kartaa foomkan.

## ds: modal

tm-publier-la-demarche = Daabac arrinta maamulka
tm-reactiver-la-demarche = Dib u hawlgeli arrinta maamulka
tm-vous-vous-appretez-a-publier-votre = Waxaad ku dhowdahay inaad arrintaada maamul u daabacdo dadweynaha.
tm-vous-vous-appretez-a-reactiver-votre = Waxaad ku dhowdahay inaad dib u hawlgeliso arrintaada maamul.
tm-publier = Daabac

## ds: activerecord

tm-la-piece-jointe-a-bien-ete = Faylka lifaaqan ({ $attachment }) si guul leh ayaa loo tirtiray. Waxaad ku dari kartaa mid kale.
tm-la-nouvelle-adresse-electronique = Cinwaanka iimaylka cusub
tm-numero-siret = Lambarka SIRET
tm-la-demarche-est-mise-en-uvre = Arrintan maamul waxaa fuliya:
tm-valeur-du-champ = Qiimaha meesha
tm-lobjet-genere-sera-tronque-sil-depasse = Cinwaanka la sameeyay waa la gaabin doonaa haddii uu ka badnaado 100 xaraf.
tm-est-invalide-saisissez-un-numero-de = waa khalad. Qor lambar taleefan oo sax ah. Tusaale: 0612345678
tm-nest-pas-un-lien-valide = ma aha link sax ah
tm-aucun-resultat-ne-correspond-a-votre = Natiijo ku habboon raadintaada ma jirto.
tm-trop-de-demandes-nous-reessayons-pour = Codsiyo aad u badan. Waan kuu isku dayaynaa mar kale.
tm-erreur-du-serveur-nous-reessayons-pour = Khalad server. Waan kuu isku dayaynaa mar kale.
tm-service-indisponible-nous-reessayons = Adeeggu ma shaqaynayo. Waan kuu isku dayaynaa mar kale.
tm-la-demande-a-pris-trop-de = Codsigu wakhti aad u badan ayuu qaatay. Waan kuu isku dayaynaa mar kale.
tm-probleme-de-connexion-nous-reessayons = Dhibaato xiriir. Waan kuu isku dayaynaa mar kale.
tm-resultat-introuvable-verifiez-vos = Natiijo lama helin. Hubi macluumaadkaaga.
tm-non-autorise-connectez-vous-pour = Lama oggola. Gal akoonkaaga si aad u sii wadato.
tm-invitation-deja-envoyee = : Casuumaadda horay ayaa loo diray
tm-votre-lien-de-nouveau-mot-de = : Link-gaaga erayga sirta ah ee cusub wuu dhacay. Fadlan codso mid cusub.
tm-nest-pas-assez-complexe-saisir-un = kuma filna adkaantiisu. Qor eray sir ah oo ka adag
tm-les-deux-mots-de-passe-ne = : Labada eray sir ah isma laha
tm-ne-peut-etre-identique-a-lancienne = lama mid noqon karo cinwaankii hore. Qor cinwaan iimayl oo kale
tm-est-deja-utilise-par-une-demarche = horay waxaa u isticmaalay arrin maamul. Ma isticmaali kartid maxaa yeelay waxaa leh maamule kale.
tm-nest-pas-valide-il-doit-comporter = sax ma aha. Waa inuu lahaadaa ugu yaraan 3 xaraf, ugu badnaan 200 xaraf, xarfaha la oggol yahayna waa a-z, 0-9, '_' iyo '-' oo keliya.
tm-ne-peut-pas-etre-utilise-car = lama isticmaali karo maxaa yeelay waa link-ga ugu dambeeya ee arrinta maamulka.
tm-doit-posseder-13-ou-14-caracteres = waa inuu lahaadaa 13 ama 14 xaraf ama tiro
tm-doit-etre-dans-les-options-proposees = waa inuu ka mid noqdaa doorashooyinka la soo jeediyay
tm-doit-etre-un-nom-de-region = waa inuu noqdaa magac gobol (région) oo sax ah
tm-doit-etre-un-code-de-region = waa inuu noqdaa kood gobol (région) oo sax ah
tm-doit-etre-un-nom-de-departement = waa inuu noqdaa magac waax (département) oo sax ah
tm-doit-etre-un-code-de-departement = waa inuu noqdaa kood waax (département) oo sax ah
tm-doit-etre-un-code-depci-du = waa inuu noqdaa koodka EPCI (isbahaysi degmooyin) ee waaxda (département) la xiriirta
tm-doit-etre-un-nom-depci-du = waa inuu noqdaa magaca EPCI (isbahaysi degmooyin) ee waaxda (département) la xiriirta
tm-doit-etre-un-entier = waa inuu noqdaa tiro buuxda

## ds: errors

tm-le-champ = Meesha «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = Faylku ma jiro ama ma haysatid oggolaansho aad ku gasho.
tm-ce-lien-dinvitation-nest-plus-valable = Link-gan casuumaadda mar dambe ma shaqeeyo ama faylka lama heli karo.
tm-une-erreur-est-survenue-lors-de-4 = Khalad ayaa dhacay markii lala xiriirayay FranceConnect. Fadlan isku day mar kale.
tm-seul-e-s-les-usagers-peuvent = Kaliya isticmaalayaasha ayaa ku geli kara France Connect. Haddii aad tahay shaqaale baara faylasha ama maamule, fadlan dib u deji erayga sirta ah.
tm-desole-la-recuperation-des-informations = Waan ka xunnahay, helitaanka macluumaadka SIRET hadda si ku-meel-gaar ah uma suurtagalo. Fadlan isku day mar kale dhowr daqiiqo kadib.
tm-nous-navons-pas-trouve-detablissement = Ma aanaan helin hay'ad ku habboon lambarkan SIRET.
tm-lexpression-reguliere-que-vous-avez = Tibaaxda joogtada ah (expression régulière) ee aad gelisay waxay noqon kartaa mid khatar ah waxayna keeni kartaa dhibaatooyin shaqeyn
tm-lexemple-doit-correspondre-a-lexpression = Tusaaluhu waa inuu la jaanqaadaa tibaaxda joogtada ah ee la bixiyay
tm-doit-etre-un-nombre-superieur-ou = waa inuu noqdaa tiro ka weyn ama la mid ah { $n }
tm-doit-etre-un-nombre-inferieur-ou = waa inuu noqdaa tiro ka yar ama la mid ah { $n }
tm-doit-etre-une-date-dans-le = waa inuu noqdaa taariikh hore u dhacday
tm-doit-etre-une-date-comprise-entre = waa inuu noqdaa taariikh u dhexaysa { $start_date } iyo { $end_date }
tm-doit-etre-une-date-superieure-ou = waa inuu noqdaa taariikhda { $date } ama mid ka dambeysa
tm-doit-etre-une-date-inferieure-ou = waa inuu noqdaa taariikhda { $date } ama mid ka horreysa
tm-doit-comprendre-entre-1-et-3 = waa inuu lahaadaa 1 ilaa 3 tiro dhibicda kadib
tm-doit-etre-une-date-correctement-formatee = waa inuu noqdaa taariikh si sax ah loo qoray
tm-doit-etre-une-date-et-heure = waa inuu noqdaa taariikh iyo saacad si sax ah loo qoray
tm-doit-etre-rempli = waa in la buuxiyaa
tm-votre-session-a-ete-renouvelee-merci = Fadhigaaga (session) waa la cusboonaysiiyay. Fadlan ficilkan mar kale ka samee boggan.

## ds: users

tm-ce-dossier-est-depose-sur-une = Faylkan waxaa lagu gudbiyay arrin maamul oo tijaabo ah. Isbeddel kasta oo maamuluhu ku sameeyo arrinta (ku darista meel, daabacaadda arrinta...) wuxuu keeni doonaa in faylkan la tirtiro.
tm-votre-dossier-ne-peut-plus-etre = Faylkaaga mar dambe wax lagama beddeli karo
tm-completez-lidentification-de = Dhammaystir aqoonsiga hay'adda si aad u sii wadato.
tm-votre-dossier-a-bien-ete-duplique = Faylkaaga si guul leh ayaa loo koobiyeeyay. Hadda waad hubin kartaa, wax ka beddeli kartaa, kadibna gudbin kartaa.
tm-linstruction-de-votre-dossier-a-commence = Baaritaanka faylkaaga wuu bilaabmay, mar dambe ma tirtiri kartid faylkaaga. Haddii aad rabto in baaritaanka la joojiyo, kala xiriir maamulkaaga sanduuqa fariimaha ee faylkaaga.
tm-votre-dossier-a-bien-ete-mis = Faylkaaga waxaa la dhigay qashinka
tm-le-dossier-n-est-pas-correctement = Faylka si sax ah looma buuxin.
tm-votre-dossier-a-bien-ete-restaure = Faylkaaga waa la soo celiyay
tm-aucun-etablissement-nest-associe-a-ce = Ma jirto hay'ad ku xiran faylkan
tm-identite-enregistree = Aqoonsiga waa la diiwaangeliyay
tm-attestation-de-depot = Caddaynta gudbinta codsiga (attestation de dépôt)
tm-dossier-depose-le = Taariikhda faylka la gudbiyay:
tm-etat-du-dossier = Xaaladda faylka
tm-depose-en-attente-dexamen-par = la gudbiyay, wuxuu sugayaa in maamulku baaro
tm-refuse = la diiday
tm-classe-sans-suite = la xiray iyada oo aan wax kale laga qaadin
tm-service-administratif = Qaybta maamulka
tm-fait-le = La sameeyay { $date },
tm-obtenir-une-attestation-de-depot-de = Hel caddaynta gudbinta faylka
tm-dossier-n-en-corbeille = Faylka lambarka { $n } - Qashinka ku jira
tm-vous-pouvez-retrouver-ce-dossier-depuis = Faylkan waxaad ka heli kartaa qaybta qashinka ee akoonkaaga. Hadda lama eegi karo.
tm-ce-dossier-a-ete-mis-a = Faylkan waxaa la dhigay qashinka adiga oo codsaday: Weli waad soo celin kartaa.
tm-si-ce-dossier-a-ete-mis = Haddii faylkan la dhigay qashinka adiga oo codsaday: Weli waad soo celin kartaa.
tm-si-ce-dossier-a-ete-mis-2 = Haddii faylkan si toos ah loo dhigay qashinka maxaa yeelay muddadii ugu dheerayd ee kaydintiisa way dhammaatay: Waxaan kugula talinaynaa inaad sida ugu dhakhsaha badan u soo dejiso intaan si joogto ah loo tirtirin.
tm-dossier-n-supprime-definitivement = Faylka lambarka { $n } - Si joogto ah ayaa loo tirtiray
tm-vous-ne-pouvez-plus-recuperer-ce = Mar dambe dib uma soo celin kartid faylkan mid ka mid ah sababaha soo socda darteed:
tm-il-a-ete-mis-a-la = Waxaa la dhigay qashinka adiga oo codsaday, kadibna si toos ah ayaa loo tirtiray.
tm-il-a-ete-supprime-car-son = Waa la tirtiray maxaa yeelay muddadii ugu dheerayd ee kaydintiisa way dhammaatay.
tm-vous-pouvez-retrouver-lensemble-des = Dhammaan faylasha laga tirtiray akoonkaaga (marka laga reebo qabyada "BROUILLON") waxaad ka heli kartaa bogga Taariikhda faylasha la tirtiray.

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = Akoonkaaga FranceConnect wuxuu u isticmaalaa { $email } iimaylka xiriirka.
tm-souhaitez-vous-lutiliser-pour-recevoir = Ma rabtaa inaad u isticmaasho si aad u hesho ogeysiisyada ku saabsan horumarka faylashaada?
tm-valider = Xaqiiji
tm-veuillez-nous-fournir-ladresse = Fadlan na sii cinwaanka iimaylka aan u isticmaali doonno inaan kula xiriirno
tm-oui-utiliser-comme-adresse-electronique = Haa, u isticmaal { $email } cinwaanka iimaylka xiriirka
tm-non-utiliser-une-autre-adresse = Maya, isticmaal cinwaan iimayl oo kale
tm-fusion-des-comptes-franceconnect-et = Isku darka akoonnada FranceConnect iyo { $name }
tm-bonjour-votre-compte-franceconnect = Salaan, akoonkaaga FranceConnect wuxuu u isticmaalaa { $email } cinwaanka iimaylka xiriirka. Laakiin { $name } waxaa ku jira akoon leh cinwaankan iimaylka ah.
tm-pour-les-fusionner-entrez-votre-mot = Si aad isugu darto, qor erayga sirta ah
tm-fusionner-les-comptes = Isku dar akoonnada
tm-utiliser-cette-adresse-electronique = Isticmaal cinwaankan iimaylka
tm-nous-venons-de-vous-envoyer-le = Hadda ayaan kuu soo dirnay iimaylka xaqiijinta, fadlan guji link-ga ku jira iimaylkaas si aad isugu darto akoonnadaada
tm-le-lien-de-confirmation-a-expire = Link-ga xaqiijinta wuu dhacay. Link xaqiijin oo cusub ayaa laguugu soo diray iimayl.
tm-une-erreur-inattendue-est-survenue = Khalad aan la filayn ayaa dhacay. Fadlan la xiriir taageerada haddii dhibaatadu sii jirto.
tm-vous-avez-ete-deconnecte-de-votre = Waxaa lagaa saaray akoonkaagii hore. Fadlan mar kale guji link-ga xaqiijinta.
tm-utilisateur-non-trouve = Isticmaalaha lama helin
tm-les-comptes-franceconnect-et-sont-a = Akoonnada FranceConnect iyo { $name } hadda waa la isku daray

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Caddayntaada waxaad ka soo dejisan kartaa cinwaankan: { $link }
tm-pour-obtenir-le-detail-de-cette = Si aad u hesho faahfaahinta isbeddelkan go'aanka, waxaad la xiriiri kartaa qaybta: { $name }.
tm-a-ete-refuse-le = waa la diiday { $date }
tm-le-motif-de-refus-est-le = Sababta diidmadu waa tan:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Ma aadan qorin lambarka SIRET ee qaybta qaar ka mid ah arrimahaaga maamul. Fadlan wax ka beddel.
tm-certaines-de-vos-demarches-nont-pas = Qaar ka mid ah arrimahaaga maamul ma laha qayb ku xiran.
tm-ajouter-un-service-a-la-demarche = Ku dar qayb arrinta maamulka { $n }
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [one] Waqtiga la qiyaasay ee buuxinta: { $n } daqiiqo (wuu kala duwan yahay iyadoo ku xiran doorashooyinka)
       *[other] Waqtiga la qiyaasay ee buuxinta: { $n } daqiiqo (wuu kala duwan yahay iyadoo ku xiran doorashooyinka)
    }
tm-quels-sont-les-delais-dinstruction-pour = Immisa ayay qaadataa baaritaanka arrintan maamul?
tm-liste-des-pieces-en-fonction-de = Liiska dukumeentiyada iyadoo loo eegayo xaaladdaada
tm-le-sva-ou-silence-vaut-accord = SVA, ama «Aamusnaantu waa aqbalaad» (« Silence Vaut Accord »), waa mabda' sharci ah oo qeexaya waxa ku dhacaya codsiga haddii maamulku uusan jawaabin: codsiga si toos ah ayaa loo aqbali doonaa marka muddo la cayimay dhammaato, haddii faylkaagu dhammaystiran yahay.
tm-le-svr-ou-silence-vaut-rejet = SVR, ama «Aamusnaantu waa diidmo» (« Silence Vaut Rejet »), waa mabda' sharci ah oo qeexaya waxa ku dhacaya codsiga haddii maamulku uusan jawaabin: codsiga si toos ah ayaa loo diidi doonaa marka muddo la cayimay dhammaato, haddii faylkaagu dhammaystiran yahay.

## ds: layouts

tm-super-admin = Maamulaha sare (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Qor lambarka iyo magaca waddada, ama magaca goobta (lieu-dit)
tm-renseigner-la-ville-ou-commune = Qor magaalada ama degmada
tm-renseigner-un-code-postal = Qor koodka boostada
tm-format-attendu-jj-mm-aaaa = Qaabka la rabo: JJ/MM/AAAA (maalin/bil/sannad).
tm-format-attendu-jj-mm-aaaa-hh = Qaabka la rabo: JJ/MM/AAAA HH:MM (maalin/bil/sannad saacad:daqiiqo).
tm-format-attendu-un-numero-de-dossier = Qaabka la rabo: lambarka fayl lagu gudbiyay { $name }
tm-ne-doit-pas-contenir-de-caracteres = waa inuusan lahayn calaamado gaar ah
tm-doit-faire-au-moins-caracteres = { $n ->
        [one] waa inuu lahaadaa ugu yaraan { $n } xaraf
       *[other] waa inuu lahaadaa ugu yaraan { $n } xaraf
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [one] waa inuu ka yaraadaa { $n } xaraf
       *[other] waa inuu ka yaraadaa { $n } xaraf
    }
tm-est-invalide-saisissez-un-numero-iban = waa khalad. Qor lambar IBAN oo sax ah. Tusaale (Faransiiska): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Tusaale (Faransiiska): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Waxaad dooran kartaa hal ama dhowr doorasho.

## ds: activemodel

tm-region-code-region = Gobolka (région) iyo koodka gobolka

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Qaabka la rabo: lambar taleefan oo sax ah. Tusaale: 0612345678
tm-doit-commencer-par-un-w-majuscule = waa inuu ku bilaabmaa xarafka weyn ee W oo ay ku xigaan 9 tiro ama xaraf. Tusaale: W503726238
tm-le-numero-rna-saisi-ne-correspond = lambarka RNA { $value } ee aad qortay kuma habboona hay'ad kasta, qor lambar RNA oo sax ah
tm-une-erreur-reseau-a-empeche-lassociation = khalad shabakadeed ayaa ka hortagay in la helo ururka ku xiran RNA-gan, mar dambe isku day
tm-numero-rna = Lambarka RNA (diiwaanka ururrada)
tm-nom-de-lassociation = Magaca ururka
tm-objet-de-lassociation = Ujeeddada ururka
tm-date-de-creation = Taariikhda la aasaasay
tm-date-de-publication = Taariikhda la daabacay
tm-format-attendu-un-w-majuscule-suivi = Qaabka la rabo: xarafka weyn ee W oo ay ku xigaan 9 tiro ama xaraf. Tusaale: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (lama helin hay'ad samafal)
tm-numero-rnf = Lambarka RNF (diiwaanka hay'adaha samafalka)
tm-mise-a-jour-le = Taariikhda la cusbooneysiiyay
tm-comporte-une-erreur-de-saisie-corrigez = khalad qoraal ayuu leeyahay. Sax.
tm-ne-correspond-pas-a-un-etablissement = kuma habboona hay'ad jirta
tm-dossier-supprime = Fayl la tirtiray
tm-demande-de-lusager = Codsiga isticmaalaha
tm-suppression-dune-demarche = Tirtirka arrin maamul
tm-numero-de-dossier = Lambarka faylka
tm-etat = Xaaladda
tm-demande-de-correction = Codsi saxid
tm-pour-vous = Adiga naftaada
tm-pour-un-beneficiaire-membre-de-la = Qof kale oo ka faa'iidaysanaya: xubin qoyska ka mid ah, qof kuu dhow, qofka ku wakiishay, xirfadle u xilsaaran la socodka faylka…
tm-a-corriger = In la saxo
tm-dossier-non-modifie = Faylka wax lagama beddelin
tm-demande-de-correction-annulee = Codsiga saxidda waa la joojiyay
tm-reponse-donnee = Jawaab waa la bixiyay
tm-le-dossier-nest-pas-valide-et = Faylku sax ma aha wuxuuna u baahan yahay saxid
tm-le-dossier-doit-etre-mis-a = Faylka waa in la cusbooneysiiyaa oo mar kale la xaqiijiyaa
tm-depose-depuis-longtemps = Waqti dheer ka hor ayaa la gudbiyay
tm-depose-depuis-j = { $days ->
        [one] La gudbiyay { $days } maalin ka hor
       *[other] La gudbiyay { $days } maalmood ka hor
    }
tm-expire-bientot = Dhowaan ayuu dhacayaa
tm-expire-dans-j = { $days ->
        [one] Wuxuu dhacayaa { $days } maalin kadib
       *[other] Wuxuu dhacayaa { $days } maalmood kadib
    }
tm-bientot-supprime = Dhowaan ayaa la tirtirayaa
tm-suppression-dans-j = { $days ->
        [one] Tirtirka { $days } maalin kadib
       *[other] Tirtirka { $days } maalmood kadib
    }
tm-message = Fariin
tm-annotation-privee = Faallo gaar ah
tm-ladresse-electronique = Cinwaanka iimaylka { $message }
tm-est-invalide = waa khalad
tm-parcelle-agricole = Dhul beereed
tm-selection-utilisateur = Doorashada isticmaalaha
tm-ne-peut-pas-etre-vide = ma noqon karo bannaan
tm-nest-pas-un-geojson-valide = ma aha GeoJSON sax ah
tm-contient-des-coordonnees-invalides = wuxuu leeyahay isuduwayaal khaldan, fadlan isticmaal nidaamka isuduwayaasha WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Dhulka lambarka { $n } - Xaashida { $prefixe } { $section } - { $surface } m² – degmada { $commune }
tm-parcelle-n-hectares = Dhulka lambarka { $n } - { $surface } hektar
tm-une-aire-de-surface-m2 = Meel baaxaddeedu tahay { $area } m²
tm-une-aire-de-surface-inconnue = Meel aan baaxaddeeda la garanayn

## ds: activerecord

tm-doit-etre-different-de-celui-du = waa inuu ka duwanaadaa iimaylka wakiilka (mandataire)
tm-notifier-le-beneficiaire = Ku wargeli qofka ka faa'iidaysanaya:
tm-pas-de-notification = Ogeysiis ma jiro
tm-votre-dossier-n-est-en-train = Faylkaaga lambarka { $n } mar kale ayaa la baarayaa ({ $name })

## ds: activemodel

tm-annee = Sannad
tm-depuis-le-debut = Laga soo bilaabo bilowga
tm-en = (sannadka { $year })
tm-nombre-de-demarches = Tirada arrimaha maamulka
tm-nombre-de-demarches-publiees-ou-closes = Tirada arrimaha maamulka ee la daabacay ama la xiray { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = Faylka waxaa lagu gudbiyay akoon FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = Faylka waxaa lagu gudbiyay akoonka { $name }.
tm-le-service-traitant-na-pas-ete = Qaybta baaraysa ma awoodin inay codsigaaga ku baarto muddada uu dejiyay xeerka «Aamusnaantu waa diidmo» (Silence Vaut Rejet).
tm-expirera-le-mois-apres-le-depot = { $n ->
        [one] Wuxuu dhacayaa { $date } ({ $n } bil kadib gudbinta faylka)
       *[other] Wuxuu dhacayaa { $date } ({ $n } bilood kadib gudbinta faylka)
    }
tm-ce-dossier-est-en-instruction-il = Faylkan waa la baarayaa, ma dhacayo
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [one] Wuxuu dhacayaa { $date } ({ $n } bil kadib baaritaanka faylka)
       *[other] Wuxuu dhacayaa { $date } ({ $n } bilood kadib baaritaanka faylka)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [one] Wuxuu dhacayaa { $date } ({ $n } bil kadib baaritaanka faylka)
       *[other] Wuxuu dhacayaa { $date } ({ $n } bilood kadib baaritaanka faylka)
    }
tm-la-recuperation-automatique-des-donnees = Xogta qaataha gargaarka lambarka { $numero_allocataire } ee koodka boostada { $code_postal } si toos ah ayaa loo soo qaadayaa.
tm-des-donnees-concernant-liees-au-compte = Xog ku saabsan { $sources } oo ku xiran akoonka lambarka { $numero_allocataire } ee koodka boostada { $code_postal } ayaa laga helay CAF.
tm-donnees-obtenues-de-la-caisse-nationale = Xog laga helay Sanduuqa Qaranka ee Gargaarka Qoyska (Caisse nationale d’allocations familiales)
tm-la-recuperation-automatique-des-donnees-2 = Xogta canshuur-bixiyaha lambarka { $numero_fiscal } ee tixraaca ogeysiiska { $reference_avis } si toos ah ayaa loo soo qaadayaa.
tm-des-donnees-concernant-liees-au = Xog ku saabsan { $sources } oo ku xiran canshuur-bixiyaha lambarka { $numero_fiscal } ee tixraaca ogeysiiska { $reference_avis } ayaa laga helay DGFiP (maamulka canshuuraha).
tm-donnees-obtenues-de-la-direction = Xog laga helay Maamulka Guud ee Maaliyadda Dadweynaha (Direction générale des Finances publiques)
tm-la-recuperation-automatique-des-donnees-3 = Xogta aqoonsiga { $identifiant } si toos ah ayaa loo soo qaadayaa.
tm-des-donnees-concernant-liees-a = Xog ku saabsan { $sources } oo ku xiran aqoonsiga { $identifiant } ayaa laga helay Pôle emploi.
tm-donnees-obtenues-de-pole-emploi = Xog laga helay Pôle emploi (xafiiska shaqo-raadinta)
tm-des-donnees-concernant-liees-a-line = Xog ku saabsan { $sources } oo ku xiran INE { $ine } ayaa laga helay MESRI (wasaaradda waxbarashada sare).
tm-donnees-obtenues-du-mesri = Xog laga helay MESRI (wasaaradda waxbarashada sare)
tm-entrer-une-autre-option = Qor doorasho kale

## ds: carte

tm-deploiement-par-departement = Fidinta iyadoo loo eegayo waaxda (département)
tm-quelle-carte-souhaitez-vous = Khariidaddee ayaad rabtaa?

## ds: views

tm-selectionnez = Dooro

## ds: activerecord

tm-votre-adresse-electronique = Cinwaankaaga iimaylka shaqada
tm-sujet = Mawduuc

## ds: contact

tm-votre-question = Su'aashaada
tm-notre-reponse = Jawaabtayada
tm-une-capture-decran-peut-nous-aider = Sawir shaashadeed ayaa naga caawin kara inaan si fudud u aqoonsanno meesha la hagaajinayo.
tm-une-capture-decran-peut-nous-aider-2 = Sawir shaashadeed ayaa naga caawin kara inaan si fudud u aqoonsanno dhibaatada.
tm-taille-maximale-autorisee-200-mo-formats = Cabbirka ugu badan ee la oggol yahay: 200 MB. Qaababka la aqbalo: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Nagala soo xiriir foomkan, waxaanan kuugu jawaabi doonnaa sida ugu dhakhsaha badan. Hubi inaad na siiso macluumaad intii karaankaa ah si aan sida ugu wanaagsan kuu caawinno.
tm-jai-un-probleme-lors-du-remplissage = Dhibaato ayaan la kulmay markii aan buuxinayay faylkayga
tm-avez-vous-bien-verifie-que-tous = Ma hubisay in dhammaan meelaha waajibka ah ( * ) la buuxiyay? Haddii aad su'aalo ka qabto macluumaadka la qorayo, la xiriir qaybaha u xilsaaran arrinta maamulka (FAQ).
tm-jai-une-question-sur-linstruction-de = Su'aal ayaan ka qabaa baaritaanka faylkayga
tm-si-vous-avez-des-questions-sur = Haddii aad su'aalo ka qabto baaritaanka faylkaaga (tusaale ahaan muddada), waxaan kugu boorrinaynaa inaad si toos ah ula xiriirto qaybaha baaraya faylkaaga adiga oo adeegsanaya sanduuqa fariimahaaga (FAQ). Haddii aad rabto inaad su'aal ka weydiiso dhibaato farsamo oo bogga ah, isticmaal foomka hoose. Ma awoodi doonno inaan ku siino macluumaad ku saabsan baaritaanka faylkaaga.
tm-jai-une-idee-damelioration-pour-votre = Fikrad ayaan u hayaa hagaajinta boggaaga
tm-une-idee-pensez-a-consulter-notre = Fikrad ma haysaa? Eeg bogga hagaajinnada: u codee hagaajinnada aad mudnaanta siinayso, oo soo jeedi fikraddaada.
tm-nous-vous-invitons-a-contacter = Waxaan kugula talinaynaa inaad la xiriirto maamulka u xilsaaran arrintaada si uu kuu siiyo link-ga aad raacayso. Link-gaasi wuxuu u ekaan doonaa sidan: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. Halkan waxaad sidoo kale ka arki kartaa liiska arrimaha maamulka ee ugu badan (permis, detr, iwm).
tm-autre-sujet = Mawduuc kale
tm-votre-message-a-ete-envoye-sur = Fariintaada waxaa loo diray sanduuqa fariimaha ee faylkaaga.
tm-votre-message-a-ete-envoye = Fariintaada waa la diray.
tm-la-piece-jointe-doit-etre-un = Lifaaqu waa inuu noqdaa fayl

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = Waxaad fariin cusub ka heshay maamulka u xilsaaran faylkaaga ee arrinta maamulka «{ $name }».
tm-pour-consulter-le-message-et-y = Si aad u akhrido fariinta oo aad uga jawaabto, guji badhanka hoose:
tm-si-vous-souhaitez-repondre-a-ce = Haddii aad rabto inaad ka jawaabto fariintan, si toos ah ula xiriir maamulka cinwaankan: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Haddii aad rabto inaad ka jawaabto fariintan, si toos ah ula xiriir maamulka adiga oo isticmaalaya macluumaadka xiriirka ee ku qoran hoosta iimaylkan.
tm-lire-le-message = Akhri fariinta
tm-vous-avez-commence-a-remplir-un = Waxaad bilowday buuxinta fayl loogu talagalay arrinta maamulka «{ $name }».
tm-vous-pouvez-retrouver-et-completer-votre = Waxaad heli kartaa oo dhammaystiri kartaa faylkaaga adiga oo gujinaya badhanka hoose:
tm-vous-pouvez-deposer-votre-dossier = Waxaad gudbin kartaa faylkaaga ilaa { $before }.
tm-afficher-votre-dossier = Muuji faylkaaga
tm-vous-devez-corriger-votre-dossier-n = Waa inaad saxdaa faylkaaga lambarka { $n } «{ $name }»
tm-afin-de-poursuivre-son-instruction-un = Si uu baaritaanka u sii wado, shaqaale baaraya ayaa kaa codsanaya inaad saxitaanno ku samayso faylkaaga lambarka { $n } ee arrinta maamulka «{ $name }».
tm-afin-de-commencer-son-instruction-un = Si uu baaritaanka u bilaabo, shaqaale baaraya ayaa kaa codsanaya inaad dhammaystirto faylkaaga lambarka { $n } ee arrinta maamulka «{ $name }».
tm-consultez-la-messagerie-de-votre-dossier = Eeg sanduuqa fariimaha ee faylkaaga si aad u ogaato isbeddellada la samaynayo, kadibna si toos ah uga beddel faylka bogga.
tm-ouvrir-la-messagerie = Fur sanduuqa fariimaha
tm-vous-avez-une-demande-de-transfert = Waxaad haysataa codsi wareejin oo sugaya.
tm-afin-de-pouvoir-accepter-ou-refuser = Si aad u aqbasho ama u diiddo codsiga, waa inaad gashaa { $name }:
tm-acceder-a-la-demande-de-transfert = tag codsiga wareejinta
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Si aad u aqbasho ama u diiddo codsiga, waa inaad haysataa akoon:
tm-se-creer-un-compte-sur = samee akoon { $name }
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [one] { $name } wuxuu kuu soo diray codsi lagu wareejinayo { $n } fayl.
       *[other] { $name } wuxuu kuu soo diray codsi lagu wareejinayo { $n } fayl.
    }
tm-vous-adresse-une-demande-de-transfert-2 = { $name } wuxuu kuu soo diray codsi lagu wareejinayo faylka lambarka { $n } ee arrinta maamulka

## ds: layouts

tm-accueil-liste-des-demarches = Bogga hore - Liiska arrimaha maamulka
tm-vous-etes-ici = Halkan ayaad joogtaa
tm-voir-le-fil-dariane = Eeg jidka bogagga
tm-previsualiser-le-formulaire = Hore u eeg foomka
tm-previsualiser-les-annotations = Hore u eeg faallooyinka
tm-depuis-le = tan iyo { $date }
tm-publiee = La daabacay
tm-en-test = Tijaabo ku jira
tm-a-modifier = In wax laga beddelo
tm-pour-plus-dinformation-sur-la-phase = Macluumaad dheeraad ah oo ku saabsan heerka tijaabada
tm-consulter-la-faq = eeg su'aalaha inta badan la is weydiiyo (FAQ)
tm-suivi-des-dossiers = { $name } – La socodka faylasha
tm-modifier-le-lien-de-la-demarche = Beddel link-ga arrinta maamulka
tm-pour-vous-adresser-a-votre = Si aad ula xiriirto maamulkaaga, si toos ah u isticmaal
tm-page-de-contact = Bogga xiriirka:
tm-horaires = Saacadaha shaqada:
tm-consultez-laide-en-ligne = Eeg caawimaadda internetka
tm-consultez-la-page-de-contact-de = Eeg bogga xiriirka ee maamulka
tm-lequipe = Kooxda
tm-nous-vous-informons-que-le-dossier = Waxaan kuu sheegaynaa in faylka lambarka { $dossier_id }, oo magacaaga ku buuxiyay { $mandataire_first_name } { $mandataire_last_name }, ee arrinta maamulka
tm-a-ete-classe-sans-suite-le = la xiray iyada oo aan wax kale laga qaadin { $date }.
tm-a-ete-rendue = waa la soo saaray.

## ds: root

tm-effectuer-une-demarche-administrative-en = Ku fuli arrin maamul internetka
tm-vous-souhaitez-effectuer-une-demande = Ma rabtaa inaad codsi u gudbiso maamul?
tm-realisez-vos-demandes-en-toute = Si fudud u samee codsiyadaada, faylashaadana ka hel internetka
tm-comment-trouver-ma-demarche = Sideen ku helaa arrintayda maamul?
tm-dossiers-deposes = faylal la gudbiyay
tm-reduction-des-delais-de-traitement = dhimista muddada baaritaanka
tm-une-question-un-probleme = Su'aal ama dhibaato?
tm-la-reponse-est-dans-laide-en = Jawaabtu waxay ku jirtaa caawimaadda internetka
tm-administration-vous-voulez = Maamullada: ma rabtaan inaad shaqadiinna internetka u wareejisaan?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect waa xalka ay dowladdu soo jeedisay si loo sugo oo loo fududeeyo gelitaanka adeegyadaada internetka.
tm-sidentifier-avec = Ku gal adiga oo isticmaalaya
tm-ou = ama
tm-vous-avez-deja-un-compte = Akoon ma horay u haysataa?
tm-jai-deja-un-compte = Akoon ayaan horay u haystaa
tm-creer-un-compte = Samee akoon
tm-votre-adresse-electronique-nest-pas = Cinwaankaaga iimaylka lama xaqiijin, sidaas darteed ma heli doontid fariimaha { $name }. Fadlan eeg sanduuqaaga iimaylka oo guji link-ga xaqiijinta. Iimaylka miyaanad helin?
tm-telecharger-le-modele = Soo deji tusaalaha (modèle)

## ds: commencer

tm-commencer-la-demarche = Bilow arrinta maamulka
tm-vous-avez-deja-des-dossiers-pour = Waxaad horay u haysataa faylal arrintan maamul
tm-voir-mes-dossiers-en-cours = Eeg faylashayda socda
tm-vous-avez-un-dossier-prerempli = Waxaad haysataa fayl horay loo buuxiyay
tm-vous-etes-prete-a-poursuivre-un = Waxaad diyaar u tahay inaad sii wadato fayl horay loo buuxiyay oo ku jira arrinta maamulka «{ $name }», kaas oo la bilaabay { $time } ka hor.
tm-vous-avez-deja-commence-a-remplir = Horay ayaad u bilowday buuxinta fayl
tm-il-y-a-vous-avez-depose = { $time } ka hor, waxaad fayl ku gudbisay arrinta maamulka «{ $name }».
tm-poursuivre-mon-dossier-prerempli = Sii wad faylkayga horay loo buuxiyay
tm-continuer-a-remplir-mon-dossier = Sii wad buuxinta faylkayga
tm-voir-mon-dossier-depose = Eeg faylkayga la gudbiyay
tm-vous-souhaitez-effectuer-une-demande-par = Ma rabtaa inaad codsi warqad ah samayso? Waxaad soo dejisan kartaa fayl bannaan oo qaab PDF ah, kadibna u dir maamulka ay khusayso: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = Soo deji fayl bannaan oo qaab PDF ah
tm-vos-derniers-dossiers-crees = { $n ->
        [one] Faylka ugu dambeeyay ee aad samaysay:
       *[other] { $n }-da fayl ee ugu dambeeyay ee aad samaysay:
    }
tm-n-cree-il-y-a = Lambarka { $n }, la sameeyay { $date } ka hor, { $state }
tm-la-demarche-est-close-depuis-le = Arrinta maamulka { $name } waa la xiray tan iyo { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = Waxaad ku dhowdahay inaad u wareejiso faylka { $state } ee lambarka { $n }, oo uu gudbiyay { $name } { $date }, akoonka isticmaale kale.
tm-envoyer-la-demande-de-transfert = Dir codsiga wareejinta
tm-linvitation-au-transfert-a-ete-envoyee = Casuumaadda wareejinta si guul leh ayaa loo diray
tm-la-demande-de-transfert-a-ete = Codsiga wareejinta si guul leh ayaa loo tirtiray
tm-la-demarche-liee-a-votre-dossier = Arrinta maamulka ee ku xiran faylkaaga waa la tirtiray
tm-la-demarche-liee-a-votre-dossier-2 = Arrinta maamulka ee ku xiran faylkaaga waa la xiray
tm-vous-pouvez-toujours-consulter-votre = Weli waad eegi kartaa faylkaaga, laakiin mar dambe wax lagama beddeli karo.
tm-votre-dossier-a-ete-traite-par = Maamulku wuu baaray faylkaaga, ficil kale lama samayn karo
tm-vous-pouvez-toujours-consulter-votre-2 = Weli waad eegi kartaa faylkaaga, laakiin maamulku ma baari doono
tm-voir-la-demarche = eeg arrinta maamulka
tm-une-nouvelle-demarche-est-disponible = Arrin maamul oo cusub ayaa diyaar ah, halkan ka eeg:
tm-pour-plus-dinformations-veuillez-vous = Macluumaad dheeraad ah, fadlan la xiriir qaybta { $name }, lambarka { $service_phone_number } ama iimaylka { $email }
tm-votre-dossier-est-en-attente-de = { $n ->
        [one] Faylkaagu wuxuu sugayaa in maamulku qaato. Muddada ugu badan ee sugitaanku waa { $n } bil. Si kastaba ha ahaatee, waxaad kordhin kartaa muddadan adiga oo gujinaya badhanka hoose.
       *[other] Faylkaagu wuxuu sugayaa in maamulku qaato. Muddada ugu badan ee sugitaanku waa { $n } bilood. Si kastaba ha ahaatee, waxaad kordhin kartaa muddadan adiga oo gujinaya badhanka hoose.
    }
tm-conserver-mois-supplementaire = { $n ->
        [one] Hay { $n } bil oo dheeraad ah
       *[other] Hay { $n } bilood oo dheeraad ah
    }
tm-cadre-juridique = Qaab-dhismeedka sharciga
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [one] Kaydinta iyo keydinta xogta: { $n } bil
       *[other] Kaydinta iyo keydinta xogta: { $n } bilood
    }
tm-texte-cadrant-la-demande-dinformation = Qoraalka sharciga ah ee xukuma codsiga macluumaadkan
tm-contacter-le-delegue-a-la-protection = La xiriir sarkaalka ilaalinta xogta
tm-dematerialisation = U wareejinta internetka (Dématérialisation)
tm-trouver-une-maison-france-services = Hel xafiis France Services
tm-profil = Xogtaada (profil)
tm-nouvelle-adresse-electronique = Cinwaan iimayl oo cusub
tm-votre-adresse-electronique-actuelle = Cinwaankaaga iimaylka ee hadda
tm-changer-mon-adresse = Beddel cinwaankayga
tm-transferer-tous-vos-dossiers = Wareeji dhammaan faylashaada
tm-cette-fonctionnalite-vous-permet-de = Adeeggan wuxuu kuu oggolaanayaa inaad beddesho milkiilaha dhammaan faylashaada. Inta badan waa faa'iido marka aad shaqo beddesho ama aad rabto inaad isku darto dhowr akoon.
tm-adresse-electronique-du-prochain = Cinwaanka iimaylka milkiilaha xiga ee dhammaan faylashaada
tm-le-nouveau-proprietaire-doit-confirmer = Milkiilaha cusub { $email } waa inuu xaqiijiyaa wareejinta fayl isaga oo raacaya tilmaamaha uu ku helay iimaylkiisa.
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [one] Milkiilaha cusub { $email } waa inuu xaqiijiyaa wareejinta { $n } fayl oo kuu ah isaga oo raacaya tilmaamaha uu ku helay iimaylkiisa.
       *[other] Milkiilaha cusub { $email } waa inuu xaqiijiyaa wareejinta { $n } fayl oo kuu ah isaga oo raacaya tilmaamaha uu ku helay iimaylkiisa.
    }
tm-confirmez-vous-le-transfert = Ma xaqiijinaysaa wareejinta?
tm-transferer-tous-mes-dossiers = Wareeji dhammaan faylashayda
tm-changement-en-attente = Isbeddel sugaya:
tm-doit-sassurer-que-votre-compte-est = { $name } waa inuu hubiyaa in akoonkaaga loo isticmaalo shaqo xirfadeed. Waxaan si toos ah u oggolaan karnaa beddelidda iimaylka una wareejinta domain-nada soo socda: { $legit_admin_domains } Haddii aysan xaaladdaadu sidaas ahayn, la xiriir taageerada: { $email }
tm-votre-compte-sur-est-actuellement-lie = Akoonkaaga { $name } wuxuu hadda ku xiran yahay aqoonsigan soo socda:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [one] Akoonkaaga { $name } wuxuu hadda ku xiran yahay { $n } aqoonsi oo soo socda:
       *[other] Akoonkaaga { $name } wuxuu hadda ku xiran yahay { $n } aqoonsi oo soo socda:
    }
tm-interdire-lacces = Mamnuuc gelitaanka
tm-le-transfert-dun-dossier-a-est = Wareejinta fayl loo wareejinayo { $email } way socotaa
tm-le-transfert-de-dossiers-a-est = { $n ->
        [one] Wareejinta { $n } fayl loo wareejinayo { $email } way socotaa
       *[other] Wareejinta { $n } fayl loo wareejinayo { $email } way socotaa
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = Adeeggu hadda si ku-meel-gaar ah uma shaqaynayo. Fadlan mar dambe codsigaaga soo celi.
tm-numero-de-la-declaration-de-perte = Lambarka warbixinta lumitaanka (déclaration de perte)
tm-mettre-a-jour-mes-documents = Cusboonaysii dukumeentiyadayda
tm-nombre-d-enfants-a-charge = Tirada carruurta aad masuulka ka tahay (enfants à charge)
tm-je-ne-suis-pas-un-robot = Ma ihi robot
tm-numero-etranger = Lambarka ajnabiga (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = Mar dambe ma jiro waqti bannaan
tm-aucun-creneau-disponible = Ma jiro wax ballan bannaan ah
tm-aucun-creneau-n-est-disponible = Ma jiro wax ballan bannaan oo la heli karo
tm-pas-de-creneau-disponible = Ballan bannaan ma jiro
tm-plus-de-creneau-disponible = Mar dambe ma jiro ballan bannaan
tm-aucun-rendez-vous-disponible = Ma jiro wax ballan ah oo la heli karo
tm-aucun-rendez-vous-n-est-disponible = Ma jirto wax ballan ah oo diyaar ah
tm-aucune-disponibilite = Ma jiro wax waqti bannaan ah
tm-tous-les-creneaux-sont-reserves = Dhammaan ballamaha bannaan waa la qabsaday
tm-toutes-les-plages-horaires-sont = Dhammaan waqtiyada waa la qabsaday
tm-aucune-plage-horaire = Ma jiro wax waqti ah
tm-service-momentanement-indisponible = Adeeggu hadda si ku-meel-gaar ah uma shaqaynayo
tm-service-temporairement-indisponible = Adeeggu si ku-meel-gaar ah uma shaqaynayo
tm-service-indisponible = Adeeggu ma shaqaynayo
tm-site-en-maintenance = Bogga dayactir ayaa lagu hayaa
tm-actuellement-en-maintenance = Hadda dayactir ayaa lagu hayaa
tm-operation-de-maintenance = Hawl dayactir (maintenance)
tm-erreur-technique = Khalad farsamo
tm-probleme-technique = Dhibaato farsamo
tm-une-erreur-est-survenue = Khalad ayaa dhacay
tm-une-erreur-inattendue = Khalad aan la filayn
tm-le-service-rencontre-des-difficultes = Adeeggu dhibaatooyin ayuu la kulmayaa
tm-nombre-de-connexions = Tirada gelitaannada
tm-trop-de-demandes = Codsiyo aad u badan
tm-votre-session-a-expire = Fadhigaagii (session) wuu dhammaaday
tm-session-expiree = Fadhigu (session) wuu dhammaaday
tm-vous-avez-ete-deconnecte = Waa lagaa saaray akoonka
tm-delai-d-inactivite = Muddada aan wax la qaban
tm-code-de-securite-saisi-est-incorrect = Koodka amniga ee aad qortay waa khalad
tm-code-de-securite-est-incorrect = Koodka amniga waa khalad
tm-captcha-incorrect = Captcha-du waa khalad
tm-captcha-invalide = Captcha-du sax ma aha
tm-identifiant-ou-mot-de-passe-incorrect = Aqoonsiga ama erayga sirta ah waa khalad
tm-identifiant-ou-mot-de-passe-invalide = Aqoonsiga ama erayga sirta ah sax ma aha
tm-compte-bloque = Akoonka waa la xannibay
tm-compte-verrouille = Akoonka waa la quful
tm-compte-desactive = Akoonka waa la joojiyay
tm-format-de-fichier-non-supporte = Nooca faylka lama aqbalo
tm-format-non-supporte = Qaabka lama aqbalo
tm-fichier-trop-volumineux = Faylku aad buu u weyn yahay
tm-depasse-la-taille-maximale = wuxuu dhaafay cabbirka ugu badan
tm-dossier-incomplet = Fayl aan dhammaystirnayn
tm-piece-manquante = Dukumeenti maqan
tm-n-est-pas-valide = sax ma aha
tm-est-obligatoire = waa waajib
tm-numero-etranger-inconnu = Lambarka ajnabiga (numéro étranger) lama yaqaan
tm-aucun-dossier-ne-correspond = Ma jiro fayl ku habboon
tm-delai-d-attente-depasse = Waqtiga sugitaanka waa la dhaafay
tm-le-serveur-met-trop-de-temps = Server-ku waqti aad u badan ayuu qaadanayaa

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Qor koodka amniga
tm-verification-de-securite = Hubinta amniga
tm-le-code-peut-etre-ecoute-avec = Koodka waxaa lagu dhegeysan karaa badhanka «Akhri koodka» (« Énoncer le code »); badhanka «Beddel koodka» (« Changer le code ») wuxuu muujiyaa sawir cusub.
tm-recopiez-les-caracteres-affiches-dans = Qor xarfaha iyo tirooyinka ka muuqda sawirka.
tm-veuillez-recopier-le-code-de-securite = Fadlan qor koodka amniga si aad u sii wadato qabsashada ballantaada.

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Qor xarfaha iyo tirooyinka sawirka
tm-afin-de-verifier-que-vous-netes = Si loo hubiyo inaadan ahayn robot, qor xarfaha iyo tirooyinka ka muuqda sawirka. Si aad u dhegeysato, isticmaal badhanka «Akhri koodka captcha» (« Énoncer le code du captcha »); si aad u hesho sawir kale, isticmaal badhanka «Samee captcha cusub» (« Générer un nouveau captcha »).
tm-les-majuscules-et-minuscules-ne-sont = Farqi looma dhigo xarfaha waaweyn iyo kuwa yaryar.
tm-pour-acceder-au-calendrier-des-rendez = Si aad u gaarto jadwalka ballamaha, qor koodka amniga kadibna guji «Xiga» (« Suivant »).

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Macluumaadkaaga xiriirka
tm-format-attendu-nom-domaine-fr = Qaabka la rabo: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = Kahor intaadan dooran ballan, fadlan xaqiiji codsigaaga. Ballamaha toddobaad kasta ayaa la furaa iyadoo loo eegayo waqtiyada bannaan ee miiska (guichet).

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Hubinta ka-hortagga robot-ka
tm-cliquez-sur-clique-ici-pour-verifier = Guji «Halkan guji si loo hubiyo» (« Clique ici pour vérifier »): hubintu si toos ah ayay u dhacaysaa, imtixaan la'aan.
tm-clique-ici-pour-verifier = Halkan guji si loo hubiyo
tm-pour-toute-question-relative-a-vos = Su'aal kasta oo ku saabsan arrimahaaga maamul (ruqsadaha deganaanshaha, liisanka darawalnimada, ururrada), isticmaal foomkan. Jawaab ayaa lagu siin doonaa 15 maalmood oo shaqo gudahood.

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Lambarka taarikada gaariga (immatriculation)
tm-format-attendu-ab-123-cd = Qaabka la rabo: AB-123-CD
tm-cochez-la-case-je-suis-un = Calaamadee sanduuqa «Waxaan ahay qof» (« Je suis un humain ») si aad u sii wadato.
tm-envoyer-ma-demande = Dir codsigayga
tm-les-residents-des-secteurs-de = Dadka deggan aagagga baarkinka lacagta leh waxay codsan karaan kaar siinaya qiimaha dadka deggan. Diyaarso caddaynta cinwaanka oo ka yar 3 bilood iyo shahaadada diiwaangelinta gaariga.

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Tixraaca faylka
tm-recopiez-les-caracteres-affiches = Qor xarfaha iyo tirooyinka muuqda
tm-code-de-securite = Koodka amniga
tm-exemple-pc-034172-24-m0123 = Tusaale: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 calaamadood, tirooyin iyo xarfo waaweyn
tm-generer-un-nouveau-code = Samee kood cusub
tm-envoyer-la-demande = Dir codsiga
tm-vous-pouvez-demander-la-copie-dun = Waxaad codsan kartaa koobi ruqsad dhisme ama ogeysiis hore (déclaration préalable) oo laga bixiyay degmada. Dukumeentiyada waxaa loo diraa si elektaroonig ah.

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Bog kasta wuxuu, internet la'aan, dib u sameeyaa qaab-dhismeedka nooc CAPTCHA ah oo laga helo bogagga dowladda, si loo tijaabiyo ogaanshaha Relais (Relais weligiis ma xalliyo mana ka gudbo CAPTCHA). Lalama xiriiro adeeg dibadeed: qoraallada, qaab-dhismeedyada, sawirrada iyo codadka waa faylal gudaha ah (galka vendor/).

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Xaqiiji ballanta
tm-choisissez-un-creneau-pour-deposer-votre = Dooro ballan bannaan si aad u gudbiso codsigaaga. Hubinta amniga waxay soo baxaysaa marka boggu dhammaystirmo.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Su'aal amni: 3 + 4 waa immisa?
tm-repondez-en-chiffres-cette-question = Ku jawaab tiro. Su'aashani waxay hubinaysaa inaadan ahayn robot.
tm-sinscrire = Is diiwaangeli
tm-recevez-chaque-mois-lactualite-du = Bil kasta hel wararka waaxda (Département): gargaarro, waddooyin, dugsiyada dhexe, wadajir. Waqti kasta waad ka bixi kartaa diiwaangelinta.

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Sababta ballanta
tm-cochez-la-case-je-ne-suis = Calaamadee sanduuqa «Ma ihi robot» (« Je ne suis pas un robot »). Imtixaan sawirro ah ayaa soo bixi kara; wuxuu leeyahay nooc cod ah.
tm-demander-un-rendez-vous = Codso ballan
tm-selectionner-un-motif = Dooro sabab
tm-premiere-demande = Codsi koowaad
tm-renouvellement = Cusboonaysiin
tm-duplicata = Nuqul labaad (duplicata)
tm-ce-formulaire-vous-permet-de-demander = Foomkan wuxuu kuu oggolaanayaa inaad ballan ka codsato miiska ajnabiga ee préfecture-ka Rhône (préfecture du Rhône, Lyon). Xaqiijin ayaa laguugu soo diri doonaa iimayl.

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Nooca dukumeentiga
tm-copie-integrale = Koobi dhammaystiran
tm-extrait-avec-filiation = Soo koobid leh magacyada waalidka
tm-extrait-sans-filiation = Soo koobid aan lahayn magacyada waalidka
tm-demandez-en-ligne-une-copie-integrale = Internetka ka codso koobi dhammaystiran ama soo koobid shahaadada dhalashada ee dhalasho ka dhacday Lyon. Shahaadada waxaa boostada lagu soo diraa 8 maalmood gudahood.
tm-ce-site-est-protege-par-recaptcha = Boggan waxaa ilaaliya reCAPTCHA; xeerarka sirta iyo shuruudaha isticmaalka ee Google ayaa khuseeya.

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Kani waa bog tijaabo ah: codsiga looma dirin qayb kasta.

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Cinwaanka dhibaatada
tm-description = Sharraxaad
tm-envoyer-le-signalement = Dir warbixinta
tm-nid-de-poule-eclairage-en-panne = God waddada ku yaal, laydh jaban, qashin meel khaldan lagu tuuray: u sheeg adeegyada magaalada. Iimayl ayaa lagugu ogeysiin doonaa sida warbixintaada loo maareeyay.

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Xaqiiji inaad tahay qof
tm-operation-reussie = ✔Hawshu way guulaysatay!
tm-saisissez-ce-que-vous-entendez = Qor waxa aad maqlayso
tm-lecture = Shid codka

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Lambarka sugidda bulshada (sécurité sociale)
tm-jour = Maalin
tm-mois = Bil
tm-numero-de-telephone-portable = Lambarka taleefanka gacanta
tm-13-chiffres-cle-de-2-chiffres = 13 tiro + fure 2 tiro ah, wuxuu ku qoran yahay kaarkaaga Vitale
tm-telle-quelle-figure-sur-votre-carte = Sida ay ugu qoran tahay kaarkaaga Vitale
tm-exemple-14 = Tusaale: 14
tm-exemple-07 = Tusaale: 07
tm-exemple-1988 = Tusaale: 1988
tm-format-attendu-5-chiffres = Qaabka la rabo: 5 tiro
tm-format-attendu-06-12-34-56 = Qaabka la rabo: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = Lambarka sugidda bulshada ee aad qortay sax ma aha.
tm-votre-compte-ameli-vous-permet-de = Akoonkaaga ameli wuxuu kuu oggolaanayaa inaad la socoto lacag-celintaada, soo dejiso caddaynta xuquuqda (attestation de droits) oo la xiriirto sanduuqaaga caymiska caafimaadka.

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Ku gal aqoonsigayga
tm-votre-identifiant-est-votre-numero = Aqoonsigaagu waa lambarkaaga ajnabiga (numéro étranger, 10 tiro) ama cinwaankaaga iimaylka
tm-sidentifier-avec-franceconnect = Ku gal FranceConnect
tm-creer-mon-compte = Samee akoonkayga
tm-la-creation-dun-compte-est-necessaire = Samaynta akoon waa lagama maarmaan si aad u gudbiso codsi ruqsadda deganaanshaha, dhalashada (naturalisation) ama dukumeenti safar.
tm-votre-numero-etranger-comporte-10 = Lambarkaaga ajnabigu wuxuu leeyahay 10 tiro. Wuxuu ku qoran yahay ruqsaddaada deganaanshaha, warqadda ku-meel-gaarka ah ee codsiga ruqsadda (récépissé) ama oggolaanshaha deganaanshaha ku-meel-gaarka ah (autorisation provisoire de séjour).
tm-si-vous-navez-jamais-eu-de = Haddii aadan weligaa Faransiiska ku haysan ruqsad deganaansho, isticmaal cinwaankaaga iimaylka.

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Codsigaaga ah in laguu soo waco lambarka 06 12 34 56 78 lama diiwaangelin karin. Waxaan kuugu jawaabi doonnaa cinwaanka marie.kowalczyk@example.fr (lambarka qaataha gargaarka 1234567).

## fixture: portals/caf-declaration

tm-numero-allocataire = Lambarka qaataha gargaarka CAF (numéro allocataire)
tm-celibataire = Aan guursan (keli)
tm-marie-e = Guursaday
tm-pacse-e = Ku xiran PACS (heshiis wada-noolaansho)
tm-en-concubinage = Wada-noolaansho aan guur ahayn (concubinage)
tm-divorce-e = Furriin ku kala tegay
tm-veuf-veuve = Carmal (lammaanihii wuu dhintay)
tm-salaires-percus-en-euros = Mushaharka la helay (euro)
tm-indemnites-journalieres = Magdhawga maalinlaha ah (indemnités journalières)
tm-allocation-chomage-are = Gargaarka shaqo la'aanta (ARE)
tm-pensions-alimentaires-recues = Masruufka la helay (pensions alimentaires)
tm-votre-situation-professionnelle = Xaaladdaada shaqo
tm-ajouter-une-piece-justificative = Ku dar dukumeenti caddayn ah
tm-situation-familiale = Xaaladda qoyska
tm-autres-ressources-en-euros = Dakhli kale (euro)
tm-7-chiffres-il-est-sur-vos = 7 tiro, wuxuu ku qoran yahay warqadaha CAF kuu soo dirto
tm-mois-1-janvier = Bisha 1: Janaayo (janvier)
tm-mois-2-fevrier = Bisha 2: Febraayo (février)
tm-mois-3-mars = Bisha 3: Maarso (mars)
tm-taille-maximale-5-mo-formats-supportes = Cabbirka ugu badan: 5 MB. Qaababka la aqbalo: jpg, png, pdf.
tm-valider-ma-declaration = Xaqiiji warbixintayda
tm-selectionner-une-option = Dooro doorasho
tm-salarie = Shaqaale mushahar qaata (salarié)
tm-demandeur-d-emploi = Shaqo-doon
tm-etudiant = Arday
tm-sans-activite = Shaqo la'aan (aan waxba qaban)
tm-ex-1-250 = Tusaale: 1 250
tm-declarez-les-ressources-percues-par = Sheeg dakhliga qoyskaagu helay saddexdii bilood ee la soo dhaafay. Warbixintani waa waajib si aad u sii wadato helitaanka RSA, prime d’activité (gargaarka shaqaalaha dakhliga yar) ama gargaarka dadka waaweyn ee naafada ah (AAH).
tm-salaires-indiquez-le-montant-net-avant = Mushaharka: qor qaddarka saafiga ah kahor jarista canshuurta isha (prélèvement à la source) bil kasta oo ka mid ah saddexda bilood, ama 0 haddii aadan waxba helin.

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Bog kasta waa ku-dayasho la fududeeyay oo loo qoray tijaabooyinka; midkoodna ma aha koobi bog dhab ah.

## fixture: portals/mots-cles

tm-nom-de-famille = Magaca qoyska
tm-prenom-s = Magaca koowaad (magacyada)
tm-date-dexpiration-de-votre-titre-de = Taariikhda ay dhacayso ruqsaddaada deganaanshaha
tm-n-de-recepisse = Lambarka récépissé (warqadda ku-meel-gaarka ah)
tm-courriel = Iimayl
tm-remplissez-ce-formulaire-pour-connaitre = Buuxi foomkan si aad u ogaato heerka uu marayo codsigaagu. Jawaab ayaa iimayl laguugu soo diri doonaa 15 maalmood oo shaqo gudahood.

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Mar dambe ma jiro waqti bannaan oo loogu talagalay codsigaaga ballanta. Fadlan mar dambe isku day.
tm-veuillez-cocher-la-case-pour-accepter = Fadlan calaamadee sanduuqa si aad u aqbasho shuruudaha isticmaalka kahor intaadan sii wadan qabsashada ballanta
tm-choisissez-votre-guichet = Dooro miiskaaga (guichet)
tm-effectuer-une-demande-de-rendez-vous = Samee codsi ballan
tm-selectionner-un-guichet = Dooro miis
tm-guichet-1-titre-de-sejour = Miiska 1 - Ruqsadda deganaanshaha
tm-guichet-2-naturalisation = Miiska 2 - Dhalashada (naturalisation)
tm-guichet-3-document-de-circulation-pour = Miiska 3 - Dukumeenti safar oo loogu talagalay ajnabi aan qaan-gaarin
tm-guichet-4-duplicata-et-changement = Miiska 4 - Nuqul labaad iyo beddelidda cinwaanka
tm-ce-module-vous-permet-de-reserver = Qaybtan waxay kuu oggolaanaysaa inaad ballan u qabsato qaadashada ruqsaddaada deganaanshaha, kaliya haddii aad heshay SMS ama warqad kugu wargelinaysa inay diyaar ku tahay préfecture-ka.
tm-conformement-aux-dispositions = Sida ay dhigayaan xeerarka dhaqan-galka ah, codsigaaga cusbooneysiinta ruqsadda deganaanshaha waxaa la baaraa oo keliya marka aad horay u keento dhammaan dukumeentiyada caddaynta ah ee loo baahan yahay; haddii kale codsiga waa la xiri doonaa iyada oo aan wax kale laga qaadin oo aan dib loo eegin.
tm-le-jour-du-rendez-vous-presentez = Maalinta ballanta, kaalay adiga oo sita baasaboorkaaga, récépissé-gaaga ama ruqsaddaadii hore ee deganaanshaha, warqadda ballanta (convocation) iyo shaambada canshuurta (timbre fiscal). Fayl kasta oo aan dhammaystirnayn waa la diidi doonaa.
tm-les-rendez-vous-sont-ouverts-chaque = Ballamaha toddobaad kasta ayaa la furaa, marba marka waqtiyo bannaan ka dhacaan miisaska. Ballan lagama bixiyo taleefanka.

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = Adeeggu hadda dayactir ayuu ku jiraa. Waan ka raaligelinaynaa dhibaatada, fadlan mar dambe isku day.
tm-les-demandes-deja-deposees-ne-sont = Codsiyada horay loo gudbiyay kuma saamaynayso joojintan. Haddii ruqsaddaada deganaanshuhu dhacdo inta lagu jiro dayactirka, attestation de prolongation d’instruction (caddaynta kordhinta baaritaanka) ee aad haysato way ansax ahaanaysaa.

## aides-jeunes: properties

tm-quel-est-votre-code-postal = Waa maxay koodkaaga boostada?
tm-quel-est-le-code-postal-de = Waa maxay koodka boostada ee degmada waalidkaa?
tm-combien-d-enfants-vous-y-compris = Immisa carruur ah (adiga ku jirto) ayay waalidkaa masuul ka yihiin?
tm-lorsque-vos-parents-sont-separes-il = Marka waalidkaa kala maqan yihiin, waa inaad qortaa tirada carruurta uu masuulka ka yahay waalidka adiga ku haya. Haddii aad weli tahay qof aan qaan-gaarin oo aad si isdaba joog ah ugu noolaato labadooda, waa inaad isku dartaa carruurta ay masuulka ka yihiin labada qoys ee canshuurta (foyers fiscaux) ee waalidka kala maqan.
tm-et-combien-vous-y-compris-font = Immisa ka mid ah (adiga ku jirto) ayaa dhigta waxbarashada sare?
tm-actuellement-beneficiez-vous-d-une = Hadda ma heshaa deeqda waxbarashada dugsiga sare (bourse du lycée)?
tm-avez-vous-un-lien-de-parente = Xiriir qaraabo oo toos ah ma la leedahay milkiilaha gurigaaga? Ma wuxuu ka mid yahay waalidiinta ama awoowayaasha, ama carruurta ama ubadka, adiga ama xaaskaaga ama ninkaaga (ilmo, awoowe…)?
tm-vivez-vous-en-couple = Ma la nooshahay lammaane?
tm-attention-cette-restriction-est = Digniin, xaddidaaddan way ka duwan tahay aqoonsiga rasmiga ah ee shaqaale naafo ah.
tm-en-etude-ou-en-alternance = Waxbarasho ama waxbarasho iyo shaqo isku dhafan (alternance)
tm-salarie-ou-salariee = Shaqaale mushahar qaata
tm-independant-ou-independante = Shaqo madax-bannaan (iskii u shaqeeya)
tm-inscrit-ou-inscrite-comme-demandeur = Loo diiwaangeliyay shaqo-doon
tm-retraite-ou-retraitee = Hawlgab
tm-autre = Kale
tm-lorsque-vous-etudiez-et-que-vous = Marka aad wax barato oo aad shaqaysid, waa inaad doorataa «Waxbarasho ama waxbarasho iyo shaqo isku dhafan» (« En étude ou en alternance »).
tm-dans-quelle-classe-etes-vous = Hadda fasalkee ayaad ku jirtaa?
tm-cap-1ere-annee = CAP - Sannadka 1aad
tm-cap-2eme-annee = CAP - Sannadka 2aad
tm-seconde = Seconde (sannadka 1aad ee dugsiga sare)
tm-premiere = Première (sannadka 2aad ee dugsiga sare)
tm-terminale = Terminale (sannadka ugu dambeeya ee dugsiga sare)
tm-licence-1ere-annee = Shahaadada koowaad (Licence) - Sannadka 1aad
tm-licence-2eme-annee = Shahaadada koowaad (Licence) - Sannadka 2aad
tm-licence-3eme-annee = Shahaadada koowaad (Licence) - Sannadka 3aad
tm-master-1ere-annee = Master - Sannadka 1aad
tm-master-2eme-annee = Master - Sannadka 2aad
tm-doctorat-1ere-annee = Dhakhtarnimo (Doctorat) - Sannadka 1aad
tm-doctorat-2eme-annee = Dhakhtarnimo (Doctorat) - Sannadka 2aad
tm-doctorat-3eme-annee = Dhakhtarnimo (Doctorat) - Sannadka 3aad
tm-lorsque-vos-parents-sont-separes-il-2 = Marka waalidkaa kala maqan yihiin, waa inaad qaadataa dakhliga waalidka adiga ku haya. Haddii aad weli tahay qof aan qaan-gaarin oo aad si isdaba joog ah ugu noolaato labadooda, waa inaad isku dartaa dakhliga labada qoys ee canshuurta ee waalidka kala maqan.
tm-si-vous-ne-connaissez-pas-le = Haddii aadan garanayn dakhliga guud ee aan la jarin ee waalidkaa, qor 0 si aad u sii wadato xisaabinta. Digniin, tani waxay saamayn kartaa saxnaanta natiijooyinka xisaabinta
tm-beneficiez-vous-d-une-bourse-de = Ma heshaa deeqda waxbarashada sare?
tm-etes-vous-en-alternance-dans-la = Ma ku jirtaa waxbarasho iyo shaqo isku dhafan (alternance) oo ka dhacda shaqada dowladda?
tm-je-ne-sais-pas = Ma garanayo
tm-pas-concerne = Kuma khuseyso
tm-jamais = Weligay
tm-ponctuellement = Mararka qaar
tm-regulierement = Si joogto ah
tm-de-quel-secteur-votre-formation-fait = Tababarkaagu waaxdee ayuu ka tirsan yahay?
tm-etes-vous-heberge-chez-vos-parents = Ma la deggan tahay waalidkaa?
tm-l-inaptitude-medicale-au-travail = Awood-darrida caafimaad ee shaqada ee ka dhalatay jirro ama shil waxay noqon kartaa qayb, mid buuxda ama mid ku-meel-gaar ah.
tm-avez-vous-obtenu-une-mention-au = Ma heshay darajo sharaf (mention) imtixaanka baccalauréat?
tm-francaise = Faransiis
tm-europeenne = Yurub
tm-non-europeenne = Aan Yurub ahayn
tm-regime-general-caf-cpam = Nidaamka guud (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Caymiska bulshada ee beeraleyda (MSA)
tm-pour-les-etudiants-en-classes = Ardayda fasallada diyaarinta ee dugsiyada sare ee gaarka ah (grandes écoles) waa inay doortaan «Machad waxbarasho sare» (« Dans un établissement de l'enseignement supérieur »).
tm-dans-quel-type-d-etablissement-etudiez = Hadda nooc machad ah ayaad wax ku baranaysaa?
tm-etablissement-public = Machad dowladeed
tm-etablissement-prive-sous-contrat = Machad gaar ah oo heshiis la leh dowladda
tm-etablissement-prive-hors-contrat = Machad gaar ah oo aan heshiis la lahayn dowladda
tm-quelle-est-votre-relation-avec-votre = Waa maxay xiriirkaaga aad la leedahay xaaskaaga ama ninkaaga?
tm-moins-de-50 = Ka yar 50%
tm-etes-vous = Ma tahay …?
tm-en-apprentissage = Tababar xirfadeed (apprentissage)
tm-en-contrat-de-professionnalisation = Heshiis xirfad-barasho (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = Immisa bilood ayaad qorshaynaysaa inaad dibadda u aado waxbarashadaada darteed?
tm-quel-est-le-prenom-de-votre = Waa maxay magaca ilmahaaga? Waxaa loo isticmaali doonaa oo keliya si loo fududeeyo buuxinta kadib.
tm-souhaitez-vous-connaitre-les-aides-pour = Ma rabtaa inaad ogaato gargaarrada loogu talagalay iibsashada baaskiil?
tm-velo-mecanique-simple = Baaskiil caadi ah oo aan mishiin lahayn
tm-velo-electrique = Baaskiil koronto
tm-velo-cargo = Baaskiil alaab qaada (vélo cargo)
tm-velo-cargo-electrique = Baaskiil alaab qaada oo koronto ah
tm-velo-pliant = Baaskiil la laabi karo
tm-velo-pliant-electrique = Baaskiil koronto oo la laabi karo
tm-motorisation-d-un-velo-classique = Mishiin lagu rakibo baaskiil caadi ah
tm-velo-adapte-pour-pmr = Baaskiil loogu talagalay dadka dhaqdhaqaaqoodu xaddidan yahay (PMR)
tm-etes-vous-interesse-ou-interessee-par = Ma xiisaynaysaa gargaarrada tababarrada qaybta caafimaadka iyo bulshada?
tm-souhaitez-vous-connaitre-les-aides-au = Ma rabtaa inaad ogaato gargaarrada BAFA iyo BAFD (shahaadooyinka hoggaaminta hawlaha carruurta iyo dhallinyarada)?
tm-prevoyez-vous-de-partir-a-l = Ma qorshaynaysaa inaad dibadda u aado waxbarashadaada darteed?
tm-prevoyez-vous-de-passer-le-permis = Ma qorshaynaysaa inaad gasho imtixaanka liisanka darawalnimada?
tm-moins-de-3-mois = Ka yar 3 bilood
tm-entre-3-et-6-mois = Inta u dhaxaysa 3 iyo 6 bilood
tm-plus-de-3-mois = Ka badan 3 bilood
tm-plus-6-mois = Ka badan 6 bilood
tm-linterim-ou-travail-temporaire-est-un = Shaqada ku-meel-gaarka ah (intérim) waa heshiis shaqo oo lala galo wakaalad shaqo ku-meel-gaar ah; wakaaladdu waxay shaqaalaha u dirtaa shirkad muddo xaddidan, inta badan si uu u buuxiyo qof maqan ama baahi ku-meel-gaar ah. Haddii heshiiska lala saxiixday wakaalad, waa shaqo ku-meel-gaar ah (intérim).
tm-est-ce-une-colocation = Ma guri la wadaago (colocation) baa?
tm-est-ce-que-ce-logement-a = Gurigan ma la dayactiray?
tm-est-ce-une-chambre-une-chambre = Ma qol baa? Qol waa guri leh hal qol oo keliya oo aan lahayn musqul (WC).
tm-est-ce-un-logement-dans-une = Ma guri ku yaal hoyga CROUS baa?
tm-participez-vous-aux-frais-du-logement = Ma ka qayb qaadataa kharashaadka guriga? Tusaale ahaan korontada, taleefanka, iwm.
tm-rencontrez-vous-des-difficultes = Ma la kulantaa dhibaatooyin waaweyn si aad u hesho guri ama aad u bixiso kharashaadka gurigaaga?
tm-prevoyez-vous-de-demenager-prochainement = Ma qorshaynaysaa inaad dhowaan guri u guurto?
tm-non-j-ai-emmenage-il-y = Maya, waxaan soo guuray wax ka yar 3 bilood ka hor
tm-locataire = Kireyste
tm-figurant-sur-le-bail-en-foyer = magacaagu ku qoran yahay heshiiska kirada, ama hoy (foyer) ama xarun deganaansho
tm-proprietaire = Milkiile
tm-ou-en-location-accession = ama kiro ku dhammaata lahaansho (location-accession)
tm-heberge-ou-hebergee = Qof kale la deggan
tm-chez-vos-parents-chez-un-particulier = waalidkaa, qof gaar ah ama guri shaqo lagu siiyay
tm-sans-domicile-stable = Guri joogto ah ma leh
tm-ou-domiciliation-administrative = ama cinwaan maamul (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = Ma tahay iibsade markii ugu horreysay (primo-accédant) hantidan? Iibsadaha markii ugu horreysay waa qof (ama qoys) aan lahayn gurigiisa ugu muhiimsan labadii sano ee ka horreeyay waqtiga uu iibsanayo hantida.
tm-quel-type-de-logement-louez-vous = Nooc guri ah ayaad kiraysataa?
tm-non-meuble = Aan alaab lahayn
tm-meuble-hotel = Alaab leh / Huteel
tm-foyer = Hoy (foyer)
tm-residence-universitaire-logement-crous = Hoyga jaamacadda, guriga CROUS, hoyga shaqaalaha dhallinyarada ah, hoy bulsho…
tm-maison-de-retraite-residence-sociale = Guriga waayeelka, hoy bulsho…
tm-mes-enfants-a-charge = Carruurta aan masuulka ka ahay
tm-quelle-est-la-situation-de-vos = Waa maxay xaaladda waalidkaa?
tm-en-couple = Wada nool
tm-separes = Kala maqan
tm-veuf-ou-veuve = Carmal (lammaanihii wuu dhintay)
tm-decedes = Way dhinteen
tm-sans-autorite-parentale = Awood waalidnimo ma leh
tm-vos-parents-habitent-ils-en-france = Waalidkaa ma ku nool yihiin Faransiiska?
tm-quel-est-le-nombre-de-parts = Immisa qaybood oo canshuur (parts) ah ayaa ku qoran ogeysiiskii canshuurta ee ugu dambeeyay ee waalidkaa?
tm-une-part-fiscale-est-une-unite = Qaybta canshuurta (part fiscale) waa cabbir matala dadka ka kooban qoyska canshuurta, waxaana loo isticmaalaa xisaabinta canshuurta dakhliga. Si aad u ogaato tirada qaybaha canshuurta ee aad leedahay, waxaad eegi kartaa warbixintaada canshuurta, halkaas oo macluumaadkan inta badan ku qoran yahay.
tm-quel-est-le-revenu-fiscal-de = Waa maxay dakhliga canshuurta ee tixraaca (RFR) ee ku qoran ogeysiiskii canshuurta ee ugu dambeeyay ee waalidkaa?
tm-si-vous-ne-connaissez-pas-le-2 = Haddii aadan garanayn RFR-ka waalidkaa, qor 0 si aad u sii wadato xisaabinta. Digniin, tani waxay saamayn kartaa saxnaanta natiijooyinka xisaabinta.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Dakhliga shaqada
tm-revenus-professionnels-non-salaries = Dakhli xirfadeed oo aan mushahar ahayn (shaqo madax-bannaan)
tm-allocations = Gargaarro (allocations)
tm-indemnites = Magdhawyo (indemnités)
tm-pensions-rentes = Hawlgab iyo dakhli joogto ah
tm-revenus-du-patrimoine = Dakhliga hantida
tm-autres-revenus = Dakhli kale
tm-salaire-dont-primes-et-indemnites-de = Mushahar (ay ku jiraan gunnooyin iyo lacagaha dhammaadka heshiiska)
tm-entrez-le-montant-avant-la-retenue = Qor qaddarka kahor jarista canshuurta isha
tm-remuneration-de-stage = Mushaharka tababarka shaqada (stage)
tm-revenus-de-stage-de-formation = Dakhliga tababarka xirfadeed
tm-allocation-de-securisation = Gargaarka sugidda shaqada (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = Gunno bille ah oo go'an oo lagu bixiyo dib ugu laabashada shaqada
tm-aides-au-logement-apl-als-alf = Gargaarrada guriga (APL, ALS, ALF)
tm-allocations-familiales = Gargaarrada qoyska (allocations familiales)
tm-complement-familial-cf = Kaabista qoyska (CF)
tm-allocation-de-soutien-familial-asf = Gargaarka taageerada qoyska (ASF)
tm-revenu-de-solidarite-active-rsa = Dakhliga wadajirka firfircoon (RSA)
tm-prime-dactivite = prime d’activité (gargaarka shaqaalaha dakhliga yar)
tm-allocation-de-solidarite-aux-personnes = Gargaarka wadajirka ee waayeelka (ASPA)
tm-allocation-supplementaire-dinvalidite = Gargaarka dheeraadka ah ee naafonimada (ASI)
tm-allocation-de-solidarite-specifique-ass = Gargaarka wadajirka gaarka ah (ASS)
tm-allocation-adulte-handicape-aah = Gargaarka dadka waaweyn ee naafada ah (AAH)
tm-complement-de-ressources-adulte = Kaabista dakhliga dadka waaweyn ee naafada ah
tm-contrat-engagement-jeune = Heshiiska ballanqaadka dhallinyarada (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Kordhinta nolosha madax-bannaan (MVA)
tm-allocation-deducation-de-lenfant = Gargaarka barbaarinta ilmaha naafada ah (AEEH)
tm-prestation-de-compensation-du-handicap = Gargaarka magdhawga naafonimada (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Gargaarka daryeelka ilmaha yar (PAJE) - Gargaarka aasaasiga ah
tm-complement-de-libre-choix-dactivite-clca = Kaabista doorashada xorta ah ee hawlaha (CLCA)
tm-prestation-partagee-deducation-de = Gargaarka wadaagga ah ee barbaarinta ilmaha (PreParE)
tm-indemnites-de-maternite-paternite = Magdhawga hooyanimada, aabbanimada, korsashada
tm-indemnites-maladie = Magdhawga jirrada
tm-indemnites-maladie-professionnelle = Magdhawga jirrada shaqada ka dhalatay
tm-indemnites-daccident-du-travail = Magdhawga shilka shaqada
tm-indemnites-dactivite-partielle = Magdhawga shaqo qayb ah (activité partielle)
tm-indemnites-de-volontariat = Magdhawga shaqada tabarucaadka (volontariat)
tm-dedommagement-aux-victimes-de-lamiante = Magdhawga dhibbanayaasha asbestos-ka (amiante)
tm-pension-alimentaire = Masruufka (pension alimentaire)
tm-pension-alimentaire-versee = Masruufka la bixiyay
tm-prestation-compensatoire-suite-a = Magdhaw (kadib kala tegid) (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = Hawlgab (ay ku jirto qaybta laga dhaxlo lammaanihii dhintay), dakhli joogto ah
tm-rente-s-d-education-d-orphelin = Dakhli joogto ah oo waxbarasho ama agoonnimo…
tm-retraite-du-combattant = Hawlgabka dagaalyahannada
tm-pension-dinvalidite = Hawlgabka naafonimada
tm-bourse-de-lenseignement-superieur = Deeqda waxbarashada sare
tm-bourse-de-recherche = Deeqda cilmi-baarista
tm-bourse-du-lycee = Deeqda dugsiga sare
tm-gains-exceptionnels-dons-gains-aux-jeux = Dakhli gaar ah (hadiyado, guulaha ciyaaraha, dhaxal)
tm-revenus-locatifs-terrains-appartements = Dakhliga kirada (dhul, guryo, shirkadaha hantida SCI…)
tm-revenus-du-capital-interets-plus-values = Dakhliga raasumaalka (dulsaar, faa'iidada iibka, saamiyada…)
tm-via-une-micro-entreprise-achat-revente = Iyada oo loo marayo ganacsi yar (micro-entreprise) (iibsi/dib u iibin ama bixinta hoy)
tm-via-une-micro-entreprise-autre-activite = Iyada oo loo marayo ganacsi yar (micro-entreprise) (hawl kale oo BIC ah)
tm-via-une-micro-entreprise-activite = Iyada oo loo marayo ganacsi yar (micro-entreprise) (hawl xirfadeed xor ah iyo/ama maskaxeed (BNC))
tm-en-tant-qu-exploitant-agricole = Adiga oo ah beeralay
tm-en-profession-liberale-entrepreneur = Xirfad xor ah (ganacsade)
tm-revenus-dactivite-connus = Dakhliga shaqada ee la yaqaan
tm-autres-revenus-imposables-preretraite = Dakhli kale oo canshuur leh (hawlgab hore, shaqo la'aan)
tm-pensions-retraites-rentes = Hawlgabyo, mushaharka hawlgabka, dakhli joogto ah
tm-frais-reels-deductibles = Kharashaadka dhabta ah ee laga jari karo
tm-revenus-fonciers-nets = Dakhliga saafiga ah ee dhulka iyo guryaha
tm-valeur-de-vos-biens-loues = Qiimaha hantidaada la kireeyay
tm-valeur-de-vos-terrains-non-loues = Qiimaha dhulkaaga aan la kireyn
tm-valeur-locative-terrains-non-loues = Qiimaha kirada ee dhulka aan la kireyn
tm-valeur-de-vos-biens-immobiliers-non = Qiimaha guryahaaga aan la kireyn
tm-valeur-locative-immobilier-non-loue = Qiimaha kirada ee guriga aan la kireyn
tm-epargne-sur-livret-a = Kaydka livret A
tm-epargne-aux-revenus-non-imposables = Kayd aan faa'iidadiisu canshuur lahayn
tm-epargne-aux-revenus-imposables = Kayd faa'iidadiisu canshuur leedahay

## aides-jeunes: components

tm-ex-caf-du-loiret = Tusaale: CAF du Loiret
tm-id-de-la-simulation = Aqoonsiga xisaabinta (ID)
tm-email-de-l-utilisateur = Iimaylka isticmaalaha

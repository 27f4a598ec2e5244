### Relais — translation memory, Somali: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


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
tm-prise-de-rendez-vous-demande-de = Qabsashada ballan — Codsiga dhalashada Faransiiska (naturalisation)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Qor xarfaha iyo tirooyinka sawirka
tm-afin-de-verifier-que-vous-netes = Si loo hubiyo inaadan ahayn robot, qor xarfaha iyo tirooyinka ka muuqda sawirka. Si aad u dhegeysato, isticmaal badhanka «Akhri koodka captcha» (« Énoncer le code du captcha »); si aad u hesho sawir kale, isticmaal badhanka «Samee captcha cusub» (« Générer un nouveau captcha »).
tm-les-majuscules-et-minuscules-ne-sont = Farqi looma dhigo xarfaha waaweyn iyo kuwa yaryar.
tm-pour-acceder-au-calendrier-des-rendez = Si aad u gaarto jadwalka ballamaha, qor koodka amniga kadibna guji «Xiga» (« Suivant »).
tm-prise-de-rendez-vous-remise-de = Qabsashada ballan — Qaadashada ruqsadda deganaanshaha
tm-le-code-de-securite-saisi-est = Koodhka amniga ee aad qortay waa khalad. Fadlan mar kale isku day.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Macluumaadkaaga xiriirka
tm-format-attendu-nom-domaine-fr = Qaabka la rabo: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = Kahor intaadan dooran ballan, fadlan xaqiiji codsigaaga. Ballamaha toddobaad kasta ayaa la furaa iyadoo loo eegayo waqtiyada bannaan ee miiska (guichet).
tm-prise-de-rendez-vous-echange-de = Qabsashada ballan — Beddelidda shatiga darawalnimada ee dibadda

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Hubinta ka-hortagga robot-ka
tm-cliquez-sur-clique-ici-pour-verifier = Guji «Halkan guji si loo hubiyo» (« Clique ici pour vérifier »): hubintu si toos ah ayay u dhacaysaa, imtixaan la'aan.
tm-clique-ici-pour-verifier = Halkan guji si loo hubiyo
tm-pour-toute-question-relative-a-vos = Su'aal kasta oo ku saabsan arrimahaaga maamul (ruqsadaha deganaanshaha, liisanka darawalnimada, ururrada), isticmaal foomkan. Jawaab ayaa lagu siin doonaa 15 maalmood oo shaqo gudahood.
tm-nous-contacter = Nala soo xiriir
tm-nous-verifions-que-vous-netes-pas = Waxaan hubinaynaa inaadan ahayn robot…
tm-verification-automatique-des-spams = Hubinta tooska ah ee fariimaha aan la rabin (spam) way dhammaatay

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Lambarka taarikada gaariga (immatriculation)
tm-format-attendu-ab-123-cd = Qaabka la rabo: AB-123-CD
tm-cochez-la-case-je-suis-un = Calaamadee sanduuqa «Waxaan ahay qof» (« Je suis un humain ») si aad u sii wadato.
tm-envoyer-ma-demande = Dir codsigayga
tm-les-residents-des-secteurs-de = Dadka deggan aagagga baarkinka lacagta leh waxay codsan karaan kaar siinaya qiimaha dadka deggan. Diyaarso caddaynta cinwaanka oo ka yar 3 bilood iyo shahaadada diiwaangelinta gaariga.
tm-demande-de-carte-de-stationnement = Codsiga kaarka baarkinka gaariga ee dadka deggan

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Tixraaca faylka
tm-recopiez-les-caracteres-affiches = Qor xarfaha iyo tirooyinka muuqda
tm-code-de-securite = Koodka amniga
tm-exemple-pc-034172-24-m0123 = Tusaale: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 calaamadood, tirooyin iyo xarfo waaweyn
tm-generer-un-nouveau-code = Samee kood cusub
tm-envoyer-la-demande = Dir codsiga
tm-vous-pouvez-demander-la-copie-dun = Waxaad codsan kartaa koobi ruqsad dhisme ama ogeysiis hore (déclaration préalable) oo laga bixiyay degmada. Dukumeentiyada waxaa loo diraa si elektaroonig ah.
tm-demande-de-copie-de-documents-durbanisme = Codsiga nuqul dukumentiyada qorsheynta magaalada (dhismaha)

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Bog kasta wuxuu, internet la'aan, dib u sameeyaa qaab-dhismeedka nooc CAPTCHA ah oo laga helo bogagga dowladda, si loo tijaabiyo ogaanshaha Relais (Relais weligiis ma xalliyo mana ka gudbo CAPTCHA). Lalama xiriiro adeeg dibadeed: qoraallada, qaab-dhismeedyada, sawirrada iyo codadka waa faylal gudaha ah (galka vendor/).
tm-pages-de-test-widgets-captcha = Bogag tijaabo ah: qalabka CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Xaqiiji ballanta
tm-choisissez-un-creneau-pour-deposer-votre = Dooro ballan bannaan si aad u gudbiso codsigaaga. Hubinta amniga waxay soo baxaysaa marka boggu dhammaystirmo.
tm-prise-de-rendez-vous-carte-nationale = Qabsashada ballan — Kaarka aqoonsiga qaranka iyo baasaboorka
tm-chargement-de-la-verification-de = Hubinta amniga waa la soo rarayaa…
tm-confirmation-du-creneau = Xaqiijinta waqtiga ballanta
tm-cochez-la-case-pour-confirmer-que = Calaamadee sanduuqa si aad u xaqiijiso inaad tahay qof bini'aadam ah.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Su'aal amni: 3 + 4 waa immisa?
tm-repondez-en-chiffres-cette-question = Ku jawaab tiro. Su'aashani waxay hubinaysaa inaadan ahayn robot.
tm-sinscrire = Is diiwaangeli
tm-recevez-chaque-mois-lactualite-du = Bil kasta hel wararka waaxda (Département): gargaarro, waddooyin, dugsiyada dhexe, wadajir. Waqti kasta waad ka bixi kartaa diiwaangelinta.
tm-inscription-a-la-lettre-dinformation = Iska diiwaangeli warsidaha (newsletter)

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Sababta ballanta
tm-cochez-la-case-je-ne-suis = Calaamadee sanduuqa «Ma ihi robot» (« Je ne suis pas un robot »). Imtixaan sawirro ah ayaa soo bixi kara; wuxuu leeyahay nooc cod ah.
tm-demander-un-rendez-vous = Codso ballan
tm-selectionner-un-motif = Dooro sabab
tm-premiere-demande = Codsi koowaad
tm-renouvellement = Cusboonaysiin
tm-duplicata = Nuqul labaad (duplicata)
tm-ce-formulaire-vous-permet-de-demander = Foomkan wuxuu kuu oggolaanayaa inaad ballan ka codsato miiska ajnabiga ee préfecture-ka Rhône (préfecture du Rhône, Lyon). Xaqiijin ayaa laguugu soo diri doonaa iimayl.
tm-prise-de-rendez-vous-depot-de = Qabsashada ballan — Gudbinta codsiga ruqsadda deganaanshaha

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Nooca dukumeentiga
tm-copie-integrale = Koobi dhammaystiran
tm-extrait-avec-filiation = Soo koobid leh magacyada waalidka
tm-extrait-sans-filiation = Soo koobid aan lahayn magacyada waalidka
tm-demandez-en-ligne-une-copie-integrale = Internetka ka codso koobi dhammaystiran ama soo koobid shahaadada dhalashada ee dhalasho ka dhacday Lyon. Shahaadada waxaa boostada lagu soo diraa 8 maalmood gudahood.
tm-ce-site-est-protege-par-recaptcha = Boggan waxaa ilaaliya reCAPTCHA; xeerarka sirta iyo shuruudaha isticmaalka ee Google ayaa khuseeya.
tm-demande-dacte-de-naissance = Codsiga shahaadada dhalashada (acte de naissance)

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Kani waa bog tijaabo ah: codsiga looma dirin qayb kasta.
tm-votre-demande-a-bien-ete-envoyee = Codsigaaga waa la diray
tm-donnees-recues = Xogta la helay
tm-aucune-donnee-recue = Wax xog ah lama helin.
tm-retour-a-la-liste-des-pages = Ku noqo liiska bogagga tijaabada

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Cinwaanka dhibaatada
tm-description = Sharraxaad
tm-envoyer-le-signalement = Dir warbixinta
tm-nid-de-poule-eclairage-en-panne = God waddada ku yaal, laydh jaban, qashin meel khaldan lagu tuuray: u sheeg adeegyada magaalada. Iimayl ayaa lagugu ogeysiin doonaa sida warbixintaada loo maareeyay.
tm-signaler-un-probleme-sur-lespace-public = Soo sheeg dhibaato ka jirta meel dadweyne (waddo, beer…)

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Xaqiiji inaad tahay qof
tm-operation-reussie = ✔Hawshu way guulaysatay!
tm-saisissez-ce-que-vous-entendez = Qor waxa aad maqlayso
tm-lecture = Shid codka
tm-veuillez-cliquer-sur-chaque-image = Fadlan guji sawir kasta oo ay ku jirto bas
tm-vous-etes-valide = Waa lagu xaqiijiyay
tm-le-service-recaptcha-requiert-une = Adeegga reCAPTCHA wuxuu u baahan yahay hubin.

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
tm-creer-mon-compte-ameli = Samee akoonkayga ameli
tm-formulaire-recu = Foomka waa la helay

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Ku gal aqoonsigayga
tm-votre-identifiant-est-votre-numero = Aqoonsigaagu waa lambarkaaga ajnabiga (numéro étranger, 10 tiro) ama cinwaankaaga iimaylka
tm-sidentifier-avec-franceconnect = Ku gal FranceConnect
tm-creer-mon-compte = Samee akoonkayga
tm-la-creation-dun-compte-est-necessaire = Samaynta akoon waa lagama maarmaan si aad u gudbiso codsi ruqsadda deganaanshaha, dhalashada (naturalisation) ama dukumeenti safar.
tm-votre-numero-etranger-comporte-10 = Lambarkaaga ajnabigu wuxuu leeyahay 10 tiro. Wuxuu ku qoran yahay ruqsaddaada deganaanshaha, warqadda ku-meel-gaarka ah ee codsiga ruqsadda (récépissé) ama oggolaanshaha deganaanshaha ku-meel-gaarka ah (autorisation provisoire de séjour).
tm-si-vous-navez-jamais-eu-de = Haddii aadan weligaa Faransiiska ku haysan ruqsad deganaansho, isticmaal cinwaankaaga iimaylka.
tm-connexion-a-mon-espace-personnel = Gal boggayga gaarka ah
tm-vous-navez-pas-encore-de-compte = Weli akoon ma lihid?
tm-ou-trouver-mon-numero-etranger = Xaggee ka helaa lambarkayga ajnabiga (numéro étranger)?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Codsigaaga ah in laguu soo waco lambarka 06 12 34 56 78 lama diiwaangelin karin. Waxaan kuugu jawaabi doonnaa cinwaanka marie.kowalczyk@example.fr (lambarka qaataha gargaarka 1234567).
tm-demande-de-rappel = Codso in lagu soo waco
tm-retour-a-mon-compte = Ku noqo akoonkayga (Mon Compte)

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
tm-declaration-trimestrielle-de-ressources = Warbixinta dakhliga ee saddexdii biloodba
tm-vos-ressources = Dakhligaaga
tm-etape-suivante-verification-et-envoi = Tallaabada xigta: Hubin iyo dirid

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Bog kasta waa ku-dayasho la fududeeyay oo loo qoray tijaabooyinka; midkoodna ma aha koobi bog dhab ah.
tm-pages-de-test-imitant-des-portails = Bogag tijaabo ah oo u eg goobaha internetka ee maamulka Faransiiska

## fixture: portals/mots-cles

tm-nom-de-famille = Magaca qoyska
tm-prenom-s = Magaca koowaad (magacyada)
tm-date-dexpiration-de-votre-titre-de = Taariikhda ay dhacayso ruqsaddaada deganaanshaha
tm-n-de-recepisse = Lambarka récépissé (warqadda ku-meel-gaarka ah)
tm-courriel = Iimayl
tm-remplissez-ce-formulaire-pour-connaitre = Buuxi foomkan si aad u ogaato heerka uu marayo codsigaagu. Jawaab ayaa iimayl laguugu soo diri doonaa 15 maalmood oo shaqo gudahood.
tm-demande-de-renseignements-sur-un-dossier = Codsiga macluumaad ku saabsan fayl ruqsadda deganaanshaha
tm-precisions-sur-votre-demande-zone-de = Faahfaahin ku saabsan codsigaaga (meel aad si xor ah wax ugu qorto):

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
tm-retour-a-la-prise-de-rendez = Ku noqo qabsashada ballanta
tm-etape-1-choix-du-guichet = Tallaabada 1: Doorashada miiska (guichet)

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = Adeeggu hadda dayactir ayuu ku jiraa. Waan ka raaligelinaynaa dhibaatada, fadlan mar dambe isku day.
tm-les-demandes-deja-deposees-ne-sont = Codsiyada horay loo gudbiyay kuma saamaynayso joojintan. Haddii ruqsaddaada deganaanshuhu dhacdo inta lagu jiro dayactirka, attestation de prolongation d’instruction (caddaynta kordhinta baaritaanka) ee aad haysato way ansax ahaanaysaa.
tm-erreur = Khalad { $n }

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

## rdv: devise

tm-votre-compte-a-ete-valide = Akoonkaaga waa la xaqiijiyay.
tm-vous-allez-recevoir-les-instructions = Daqiiqado gudahood waxaad heli doontaa tilmaamaha loo baahan yahay si aad u xaqiijiso akoonkaaga.
tm-si-votre-e-mail-existe-dans = Haddii iimaylkaagu ku jiro xogtayada, dhawaan waxaad heli doontaa iimayl ay ku jiraan tilmaamaha xaqiijinta akoonkaaga.
tm-votre-compte-a-ete-supprime = Akoonkaaga waa la tirtiray!
tm-vous-avez-une-invitation-en-attente = Waxaad leedahay casuumad sugaysa jawaabtaada. Aqbal si aad u dhammaystirto diiwaangelintaada.
tm-votre-connexion-est-deja-active = Horeba waad gashay akoonkaaga
tm-votre-compte-n-est-pas-encore = Akoonkaaga weli lama hawlgelin.
tm-email-ou-mot-de-passe-incorrect = Iimaylka ama erayga sirta ah waa khalad.
tm-vous-avez-droit-a-une-tentative = Hal isku day oo keliya ayaa kuu hartay ka hor inta aan akoonkaaga la xirin.
tm-votre-compte-est-verrouille = Akoonkaaga waa la xiray.
tm-email-ou-mot-de-passe-invalide = Iimaylka ama erayga sirta ah sax ma aha.
tm-votre-session-est-expiree-veuillez-vous = Waqtigii galitaankaagu wuu dhammaaday. Fadlan mar kale gal si aad u sii wadato.
tm-vous-devez-vous-connecter-ou-vous = Waa inaad gashaa ama is diiwaangelisaa si aad u sii wadato.
tm-vous-devez-valider-votre-compte-pour = Waa inaad xaqiijisaa akoonkaaga si aad u sii wadato.
tm-votre-invitation-n-est-pas-valide = Casuumaddaadu sax ma aha.
tm-votre-mot-de-passe-a-ete = Erayga sirta ah waa la kaydiyay, akoonkaagana waa la hawlgeliyay.
tm-votre-mot-de-passe-a-ete-2 = Erayga sirta ah waa la kaydiyay.
tm-votre-invitation-a-ete-annulee = Casuumaddaada waa la joojiyay.
tm-lutilisateur-connecte-ne-correspond-pas = Isticmaalaha galay ma aha isticmaalaha la casuumay. Ka bax oo mar kale isku day.
tm-la-session-a-expire = Waqtigii galitaanka wuu dhammaaday
tm-choisir-son-mot-de-passe = Dooro erayga sirta ah
tm-enregistrer = Kaydi
tm-ouvrir-l-app-mail = Fur barnaamijka iimaylka
tm-inscription = Is-diiwaangelin
tm-code-dinvitation = Koodhka casuumadda
tm-creer-son-compte = Samee akoon
tm-veuillez-cliquer-sur-le-lien-dans = Fadlan guji xiriiriyaha (link) ku jira iimaylka hadda laguu soo diray
tm-vous-avez-ete-invite-sur = Waxaa laguu casuumay { $name }
tm-bonjour = Salaan { $email }
tm-vous-avez-ete-invite-sur-vous = Waxaa laguu casuumay { $name }. Casuumaddan waxaad ku aqbali kartaa xiriiriyaha hoose.
tm-accepter-l-invitation = Aqbal casuumadda
tm-cette-invitation-est-valable-jusqu-au = Casuumaddani way shaqaynaysaa ilaa { $date }.
tm-si-vous-n-acceptez-pas-cette = Haddii aadan aqbalin casuumaddan, iska dhaaf iimaylkan. Wax akoon ah lama samayn doono ogolaanshahaaga la'aantiis.
tm-instructions-de-confirmation = Tilmaamaha xaqiijinta
tm-instructions-pour-changer-le-mot-de = Tilmaamaha beddelidda erayga sirta ah
tm-instructions-pour-deverrouiller-le = Tilmaamaha furidda akoonka la xiray
tm-votre-mot-de-passe-a-ete-3 = Erayga sirta ah si guul leh ayaa loo beddelay.
tm-nous-n-avons-pas-pu-vous = Kuma aqoonsan karin { $kind }: '{ $reason }'.
tm-authentifie-avec-succes-via = Si guul leh ayaa laguugu aqoonsaday { $kind }.
tm-vous-ne-pouvez-acceder-a-cette = Boggan waxaad ku furi kartaa oo keliya iimaylka dib-u-dejinta erayga sirta ah. Haddii aad isticmaashay iimayl caynkaas ah, hubi inaad isticmaashay xiriiriyaha (URL) oo dhammaystiran.
tm-vous-allez-recevoir-les-instructions-de = Daqiiqado yar kadib waxaad heli doontaa tilmaamaha dib-u-dejinta erayga sirta ah
tm-si-votre-e-mail-existe-dans-2 = Haddii iimaylkaagu ku jiro xogtayada, waxaad iimayl ahaan u heli doontaa xiriiriye dib-u-dejin
tm-votre-mot-de-passe-a-ete-4 = Erayga sirta ah si guul leh ayaa loo beddelay, hadda waad gashay
tm-votre-mot-de-passe-a-ete-5 = Erayga sirta ah si guul leh ayaa loo beddelay.
tm-votre-compte-a-ete-supprime-avec = Akoonkaaga si guul leh ayaa loo tirtiray. Waxaan rajaynaynaa inaan dhawaan mar kale ku aragno.
tm-bienvenue-votre-connexion-est-active = Soo dhawoow, hadda waad gashay.
tm-votre-compte-est-bien-enregistre-vous = Akoonkaaga waa la diiwaangeliyay. Laakiin ma geli kartid sababtoo ah akoonkaaga weli lama hawlgelin.
tm-votre-compte-est-bien-enregistre-vous-2 = Akoonkaaga waa la diiwaangeliyay. Laakiin ma geli kartid sababtoo ah akoonkaaga waa xiran yahay.
tm-un-message-contenant-un-lien-de = Fariin ay ku jirto xiriiriye xaqiijin ah ayaa loo diray cinwaankaaga iimaylka. Fur xiriiriyahaas si aad u hawlgeliso akoonkaaga.
tm-votre-compte-a-bien-ete-mis = Akoonkaaga waa la cusboonaysiiyay, laakiin waa inaan hubinno cinwaankaaga iimaylka cusub. Fadlan eeg iimaylladaada oo guji xiriiriyaha xaqiijinta si aad u dhammaystirto xaqiijinta cinwaankaaga cusub.
tm-votre-compte-a-ete-modifie-avec = Akoonkaaga si guul leh ayaa loo beddelay.
tm-connexion-reussie = Si guul leh ayaad u gashay.
tm-deconnexion-reussie = Si guul leh ayaad uga baxday.
tm-mode-deconnecte = Akoonka waad ka baxsan tahay.
tm-vous-allez-recevoir-les-instructions-2 = Daqiiqado yar kadib waxaad heli doontaa tilmaamaha loo baahan yahay si aad u furto akoonkaaga
tm-si-votre-compte-existe-vous-allez = Haddii akoonkaagu jiro, dhawaan waxaad heli doontaa iimayl ay ku jiraan tilmaamaha furidda.
tm-votre-compte-a-ete-deverrouille-avec = Akoonkaaga si guul leh ayaa loo furay, hadda waad gashay.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = horeba waa la xaqiijiyay, fadlan isku day inaad gasho
tm-a-confirmer-dans-les-merci-de = waa in la xaqiijiyo muddada { $period }, fadlan codsi cusub samee
tm-a-expire-merci-d-en-faire = waqtigiisii wuu dhacay, fadlan codsi cusub samee
tm-n-a-pas-ete-trouve-e = lama helin
tm-n-etait-pas-verrouille-e = ma ahayn mid xiran
tm-une-erreur-a-empeche-ce-tte = Khalad ayaa ka hortagay in { $resource } la kaydiyo:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } khalad ayaa ka hortagay in { $resource } la kaydiyo:
       *[other] { $n } khalad ayaa ka hortagay in { $resource } la kaydiyo:
    }

## rdv: links

tm-espace-usager = Bogga isticmaalaha
tm-je-n-ai-pas-recu-le = Ma helin iimaylkii xaqiijinta
tm-je-n-ai-pas-recu-le-2 = Ma helin iimaylkii furidda akoonka

## rdv: activerecord

tm-la-validation-a-echoue = Xaqiijintu way fashilantay: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = waa in la aqbalaa
tm-doit-etre-rempli-e = waa in la buuxiyaa
tm-ne-concorde-pas-avec = kuma habboona { $attribute }
tm-doit-etre-egal-a = waa inuu la mid ahaadaa { $n }
tm-doit-etre-pair = waa inuu ahaadaa lambar dhaban ah
tm-n-est-pas-disponible = lama heli karo
tm-doit-etre-superieur-a = waa inuu ka badnaadaa { $n }
tm-doit-etre-superieur-ou-egal-a = waa inuu ka badnaadaa ama la mid ahaadaa { $n }
tm-n-est-pas-inclus-e-dans = kuma jiro liiska
tm-doit-etre-inferieur-a = waa inuu ka yaraadaa { $n }
tm-doit-etre-inferieur-ou-egal-a = waa inuu ka yaraadaa ama la mid ahaadaa { $n }
tm-validation-echouee = Xaqiijintu way fashilantay: { $errors }
tm-n-est-pas-un-nombre = ma aha lambar
tm-doit-etre-un-nombre-entier = waa inuu ahaadaa lambar dhan (jajab la'aan)
tm-doit-etre-impair = waa inuu ahaadaa lambar kisi ah
tm-doit-etre-different-de = waa inuu ka duwanaadaa { $n }
tm-doit-etre-vide = waa inuu madhnaadaa
tm-doit-exister = waa inuu jiraa
tm-est-deja-utilise = horeba waa la isticmaalay
tm-est-trop-long-pas-plus-d = aad buu u dheer yahay (hal xaraf ka badan ma noqon karo)
tm-est-trop-long-pas-plus-de = { $n ->
        [one] aad buu u dheer yahay ({ $n } xaraf ka badan ma noqon karo)
       *[other] aad buu u dheer yahay ({ $n } xaraf ka badan ma noqon karo)
    }
tm-est-trop-court-au-moins-un = aad buu u gaaban yahay (ugu yaraan hal xaraf)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [one] aad buu u gaaban yahay (ugu yaraan { $n } xaraf)
       *[other] aad buu u gaaban yahay (ugu yaraan { $n } xaraf)
    }
tm-ne-fait-pas-la-bonne-longueur = dhererkiisu sax ma aha (waa inuu ahaadaa hal xaraf oo keliya)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [one] dhererkiisu sax ma aha (waa inuu ahaadaa { $n } xaraf)
       *[other] dhererkiisu sax ma aha (waa inuu ahaadaa { $n } xaraf)
    }
tm-veuillez-verifier-les-champs-suivants = Fadlan hubi meelahan soo socda:
tm-impossible-d-enregistrer-ce-tte-1 = Lama kaydin karo { $model }: 1 khalad
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [one] Lama kaydin karo { $model }: { $n } khalad
       *[other] Lama kaydin karo { $model }: { $n } khalad
    }

## rdv: helpers

tm-ajouter = Ku dar
tm-modifier = Beddel
tm-retirer = Ka saar
tm-reinitialiser = Dib u deji
tm-veuillez-selectionner = Fadlan dooro

## rdv: public_office

tm-sur-place = Goobta (qof ahaan)

## rdv: visio

tm-par-visioconference = Wicitaan muuqaal (video)

## rdv: phone

tm-par-telephone = Taleefan

## rdv: home

tm-a-domicile = Guriga

## rdv: mailers

tm-a-bientot-lequipe = Nabad gelyo, kooxda { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = Waqti ballan ayaa hadda banaanaaday!
tm-rdv-confirme-le = Ballanta waa la xaqiijiyay { $date }
tm-rdv-du-modifie = Ballantii { $date } waa la beddelay
tm-rappel-rdv-le = [Xusuusin] Ballan { $date }
tm-rdv-annule-le-avec = Ballantii { $date } ee { $name } waa la joojiyay
tm-votre-rdv-du-a-ete-annule = Ballantaada { $motif } ee { $date } waa la joojiyay sabab maamul awgeed.
tm-votre-rdv-du-a-bien-ete = Ballantaada { $motif } ee { $date } waa la joojiyay sidaad codsatay.
tm-vous-pouvez-reprendre-un-rendez-vous = Waxaad qabsan kartaa ballan cusub adigoo wacaya { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Waxaad qabsan kartaa ballan cusub adigoo gujinaya xiriiriyaha hoose:
tm-reprendre-rdv = Qabso ballan cusub

## rdv: attributes

tm-email = Iimayl
tm-mot-de-passe-actuel = Erayga sirta ah ee hadda
tm-nom-de-la-commune = Magaca degmada (commune)
tm-responsable = Mas'uulka

## rdv: activerecord

tm-lieu = Goob
tm-rendez-vous-honore = Ballan la yimid
tm-rendez-vous-a-venir = Ballan soo socota
tm-annule-a-linitiative-de-lusager = Isticmaaluhu ayaa joojiyay
tm-annule-a-linitiative-du-service = Xafiisku ayaa joojiyay
tm-caisse-d-affiliation = Sanduuqa aad ku diiwaangashan tahay (CAF ama MSA)
tm-numero-d-allocataire = Lambarka qofka kaalmada hela (numéro d’allocataire)
tm-nombre-d-enfants = Tirada carruurta
tm-accepte-les-notifications-par-sms = Wuxuu aqbalaa ogeysiisyada SMS
tm-accepte-les-notifications-par-email = Wuxuu aqbalaa ogeysiisyada iimaylka
tm-numero-de-pre-demande-ants = Lambarka codsiga hore ee ANTS
tm-sans-domicile-fixe = Guri joogto ah ma leh
tm-heberge = Qof kale ayuu la deggan yahay
tm-en-accession-a-la-propriete = Guri ayuu iibsanayaa (deyn)
tm-logement = Guriga
tm-aucune = Midna
tm-proche = Qof qaraabo ah
tm-le-prenom-ne-peut-etre-change = Magaca koowaad lama beddeli karo sababtoo ah FranceConnect ayaa xaqiijiyay
tm-le-nom-de-naissance-ne-peut = Magaca qoyska ee dhalashada lama beddeli karo sababtoo ah FranceConnect ayaa xaqiijiyay
tm-la-date-de-naissance-ne-peut = Taariikhda dhalashada lama beddeli karo sababtoo ah FranceConnect ayaa xaqiijiyay
tm-ce-mot-de-passe-fait-partie = Erayga sirta ahi wuxuu ku jiraa liiska erayada sirta ah ee dad badan isticmaalaan, sidaas darteed ma ilaaliyo akoonkaaga. Fadlan dooro mid kale.
tm-pour-assurer-la-securite-de-votre = { $n ->
        [one] Si akoonkaaga loo ilaaliyo, erayga sirta ahi waa inuu lahaadaa ugu yaraan { $n } xaraf
       *[other] Si akoonkaaga loo ilaaliyo, erayga sirta ahi waa inuu lahaadaa ugu yaraan { $n } xaraf
    }
tm-doit-comporter-10-chiffres-et-lettres = waa inuu lahaadaa 10 god iyo xarfo
tm-n-a-pas-pu-etre-valide = lama xaqiijin karin khalad aan la filayn awgeed. Fadlan mar kale isku day 30 ilbiriqsi kadib.
tm-ce-numero-de-pre-demande-ants = Lambarkan codsiga hore ee ANTS horeba waxaa loo isticmaalay ballan { $meeting_point }. Fadlan jooji ballantaas ka hor intaadan qabsan mid cusub.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Qor lambar 10 god ah oo Faransiiska ama dhulalka badda ka shisheeya ah, ama lambar caalami ah oo leh koodhka dalka.
tm-pour-accelerer-votre-demarche-nous-vous = Si hawshaadu u dhaqso badato, waxaan si adag kuugula talinaynaa inaad faylkaaga horay ugu buuxiso goobta ANTS, oo aad qorto lambarka codsigaaga hore.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = Ma lihid xuquuq ku filan oo aad ku furto boggan ama aad ku samayso hawshan

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [one] { $date } (muddada: { $duration } daqiiqo)
       *[other] { $date } (muddada: { $duration } daqiiqo)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [one] Maanta saacadda { $date } (muddada: { $duration } daqiiqo)
       *[other] Maanta saacadda { $date } (muddada: { $duration } daqiiqo)
    }
tm-1-place-restante = 1 boos ayaa haray
tm-places-restantes = { $n ->
        [one] { $n } boos ayaa haray
       *[other] { $n } boos ayaa haray
    }
tm-1-place = 1 boos
tm-places = { $n ->
        [one] { $n } boos
       *[other] { $n } boos
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Fadlan sax dhibaatooyinkan soo socda:

## rdv: users

tm-les-champs-d-etat-civil-nom = Macluumaadka diiwaanka madaniga ah (magaca qoyska ee dhalashada, magacyada koowaad, taariikhda iyo goobta dhalashada) lama beddeli karo kadib galitaanka lagu xaqiijiyay FranceConnect
tm-les-3-lettres-ne-correspondent-pas = 3-da xaraf kuma habboona magaca qoyska.

## rdv: search

tm-1-lieu-est-disponible = 1 goob ayaa diyaar ah
tm-lieux-sont-disponibles = { $n ->
        [one] { $n } goob ayaa diyaar ah
       *[other] { $n } goobood ayaa diyaar ah
    }
tm-selectionnez-un-lieu-de-rdv = Dooro goobta ballanta:
tm-prochaine-disponibilite-le = Waqtiga ugu dhow ee banaan

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Uma muuqatid inaad hesho taageero ama la socod, fadlan dooro sabab kale ama la xiriir gobolkaaga (département) lambarka { $phone_number }.

## rdv: common

tm-votre-adresse = Cinwaankaaga
tm-votre-service = Adeeggaaga
tm-ex-21-rue-anatole-france-calais = tusaale: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Beddel cinwaanka
tm-choisissez-un-service = Dooro adeeg
tm-choisir-ce-service = Dooro adeeggan
tm-le-service-que-vous-cherchez-n = Adeegga aad raadinayso kuma jiro liiska?
tm-modifier-le-service = Beddel adeegga
tm-choisissez-un-motif = Dooro sabab
tm-choisir-ce-motif = Dooro sababtan

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Qor 3-da xaraf ee ugu horreeya magacaaga qoyska
tm-sophie-dupont-dup = Tusaale: Sophie Dupont → DUP
tm-jean-de-la-fontaine-del = Tusaale: Jean De La Fontaine → DEL
tm-edwige-xi-xi = Tusaale: Edwige Xi → XI
tm-identification = Aqoonsi
tm-choix-de-l-usager = Doorashada qofka
tm-votre-rendez-vous-a-ete-confirme = Ballantaada waa la xaqiijiyay.
tm-ce-creneau-nest-plus-disponible-veuillez = Waqtigan hadda ma banaana. Fadlan dooro mid kale.
tm-vous-allez-modifier-votre-rdv-qui = Waxaad beddelaysaa ballantaada { $motif_name_and_service } ee dhacaysa { $date }
tm-mes-informations = Macluumaadkayga
tm-mes-proches = Qaraabadayda
tm-aucun-proche = Qaraabo ma jiro
tm-ajouter-un-proche = Ku dar qof qaraabo ah

## mdph: server

tm-identites = Aqoonsiyada
tm-individus-et-organismes-concernes-par-la = Dadka iyo hay'adaha uu codsigu khuseeyo
tm-situations-particulieres = Xaalado gaar ah
tm-etes-vous-dans-l-une-des = Ma ku jirtaa mid ka mid ah xaaladahan soo socda?
tm-vous-n-arrivez-plus-a-vivre = Hadda kuma noolaan kartid gurigaaga
tm-expliquez-la-difficulte = Sharax dhibaatada
tm-votre-ecole-ne-peut-plus-vous = Dugsigaagu hadda kuma qaabili karo
tm-votre-etablissement-ne-peut-plus-vous = Xarunta aad ku jirtaa hadda kuma qaabili karto, gurigaagana kuma noqon kartid
tm-vous-risquez-de-perdre-votre-travail = Waxaa jira khatar ah inaad shaqadaada waydo
tm-vous-sortez-d-hospitalisation-et-vous = Isbitaalka ayaad ka baxaysaa, gurigaagana kuma noqon kartid
tm-vous-commencez-bientot-une-nouvelle = Dhawaan waxaad bilaabaysaa tababar cusub
tm-precisez = Faahfaahi
tm-date-d-entree-prevue = Taariikhda la qorsheeyay ee gelitaanka
tm-vous-venez-de-trouver-un-emploi = Hadda ayaad shaqo heshay
tm-vous-arrivez-dans-moins-de-2 = Wax ka yar 2 bilood gudahood ayay xuquuqdaadu dhammaanaysaa (tusaale: AEEH, AAH, PCH, RQTH, iwm.)
tm-indiquez-le-s-droit-s-concerne = Qor xuquuqda khusaysa iyo taariikhda (taariikhaha) ay dhammaanayso
tm-vie-quotidienne = Nolol maalmeedka
tm-situation = Xaaladda
tm-besoins = Baahiyaha
tm-attentes = Waxa aad filayso
tm-vous-vivez = Sida aad u nooshahay
tm-seule = Keligaa
tm-avec-vos-parents-ou-l-un = Waalidkaa (ama mid ka mid ah)
tm-avec-vos-enfants-ou-l-un = Carruurtaada (ama mid ka mid ah)
tm-autre-situation = Xaalad kale
tm-ou-vivez-vous = Xaggee ku nooshahay?
tm-vous-avez-un-logement-independant = Waxaad leedahay guri kuu gaar ah
tm-vous-vivez-dans-un-etablissement-medico = Waxaad ku nooshahay xarun caafimaad-bulsho ama daryeel
tm-precisez-le-nom-le-type-et = Qor magaca, nooca iyo goobta
tm-vous-etes-hebergee-au-domicile = Waxaad deggan tahay guriga qof kale
tm-vous-avez-deja-eu = Waxaa horay kuu soo maray:
tm-un-accident-cause-par-un-tiers = Shil uu qof kale sababay
tm-un-accident-du-travail = Shil shaqo
tm-un-autre-accident = Shil kale
tm-suite-a-cet-accident-y-a = Shilkaas kadib, ma jiraa codsi magdhow oo socda ama natiijo gaaray?
tm-aupres-de-quel-organisme = Hay'addee?
tm-vous-recevez = Waxaad heshaa:
tm-une-aide-financiere-et-des-ressources = Kaalmo lacageed iyo dakhli
tm-une-aide-technique-materielle-ou-de = Kaalmo farsamo, alaab ama qalab
tm-une-aide-a-la-personne-avec = Kaalmo shakhsi ah, qof ku caawiya
tm-vous-recevez-les-aides-ressources-et = Waxaad heshaa kaalmooyinkan, dakhligan iyo/ama adeegyadan soo socda:
tm-allocation-chomage-versee-par-pole = Lacagta shaqo la'aanta ee Pôle Emploi bixiso
tm-dans-les-12-mois-precedant-votre = 12-kii bilood ee ka horreeyay codsigaaga, ma heshay:
tm-un-revenu-d-activite = Dakhli shaqo
tm-des-indemnites-journalieres = Magdhow maalinle ah (xilliga jirada)
tm-un-revenu-issu-d-une-activite = Dakhli ka yimid shaqo ESAT
tm-vous-percevez-une-ou-plusieurs-des = Waxaad heshaa hal ama dhowr ka mid ah kaalmooyinkan:
tm-une-pension-d-invalidite = Hawlgab naafonimo
tm-une-autre-pension-de-ce-type = Hawlgab kale oo noocan ah
tm-pension-des-deux-tiers-d-incapacite = Hawlgabka labada meelood saddex, awood-darrida, iwm.
tm-une-majoration-tierce-personne = Kordhinta qofka saddexaad (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = Kaalmada dheeraadka ah ee naafonimada (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = Lacag joogto ah oo shil shaqo ama cudur shaqo awgeed
tm-une-prestation-complementaire-de-recours = Kaalmo dheeraad ah oo loogu talagalay qof saddexaad (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = Hawlgab awood-darro awgeed oo shaqada dawladda ah ama hawlgab hore
tm-depuis-le-2 = Laga bilaabo goorma?
tm-connaissez-vous-votre-taux-d-ipp = Ma taqaannaa heerka awood-darradaada qayb ahaaneed ee joogtada ah (IPP)?
tm-renseignez-ici-le-taux-qui-vous = Halkan ku qor heerka uu kuu qabtay caymiska caafimaadka (CPAM)
tm-taux-d-ipp-en = Heerka IPP, %
tm-vous-avez-indique-recevoir-une-aide = Waxaad sheegtay inaad hesho kaalmo farsamo, alaab ama qalab, kaalmadaasi waa:
tm-un-amenagement-de-logement = Hagaajinta guriga
tm-une-aide-animaliere = Kaalmo xayawaan (tusaale eey hage ah)
tm-un-amenagement-de-vehicule = Hagaajinta gaariga
tm-une-aide-technique-ex-barre-d = Qalab caawimaad (tusaale: bir lagu tiirsado, socod-caawiye, iwm.)
tm-vous-avez-indique-recevoir-une-aide-2 = Waxaad sheegtay inaad hesho kaalmo shakhsi ah, waxaa ku caawiya:
tm-votre-famille = Qoyskaaga
tm-un-professionnel-de-soins-a-domicile = Xirfadle daryeel guri
tm-un-accompagnement-medico-social = Taageero caafimaad-bulsho
tm-etes-vous-a-la-retraite = Ma hawlgab baad tahay?
tm-depuis-quand = Laga bilaabo goorma?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (Kaalmada wadajirka ee dadka waayeelka ah)
tm-l-apa-allocation-personnalisee-d = APA (Kaalmada shakhsiga ah ee madax-bannaanida)
tm-vous-avez-demande-une-pension-de = Waxaad codsatay mushahar hawlgab
tm-du-fait-de-votre-handicap = Naafonimadaada awgeed:
tm-vous-exercez-une-activite = Waxaad ka shaqaysaa waqti-dhiman
tm-precisez-la-quotite-en-pourcentage = Qor heerka waqtiga boqolley ahaan
tm-vous-avez-du-renoncer-a-votre = Waa lagugu qasbay inaad shaqadaada ka tagto
tm-du-fait-de-votre-handicap-recourez = Naafonimadaada awgeed, ma shaqaaleysiisay qof mushahar qaata oo ku caawiya?
tm-frais-lies-au-handicap-et-restant = Kharashka la xiriira naafonimada ee adiga kugu haray
tm-indiquez-les-frais-non-rembourses-ou = Qor kharashka aysan kuu celin caymiskaaga caafimaad ama caymiska dheeraadka ah (mutuelle), ama qayb keliya ka celiyaan. Gaar ahaan sheeg haddii aad naafonimadaada awgeed shaqaaleysiisay qof mushahar qaata.
tm-vous-avez-besoin-d-aide-dans = Waxaad caawimaad uga baahan tahay nolol maalmeedkaaga:
tm-pour-regler-les-depenses-courantes-loyer = Si aad u bixiso kharashka caadiga ah (kirada, korontada, dharka, cuntada, iwm.)
tm-pour-gerer-votre-budget-et-repondre = Si aad u maamusho miisaaniyaddaada oo u gudato waajibaadkaaga (hawlaha maamulka, caymiska, canshuuraha, iwm.)
tm-pour-l-hygiene-corporelle-se-laver = Nadaafadda jirka (maydhashada, musqusha)
tm-pour-vous-habiller-mettre-et-oter = Xirashada dharka (xirashada iyo bixinta, doorashada, iwm.)
tm-pour-faire-les-courses = Wax iibsiga
tm-pour-preparer-les-repas = Diyaarinta cuntada
tm-pour-prendre-les-repas = Cunista cuntada
tm-pour-faire-le-menage-et-l = Nadiifinta guriga iyo daryeelka dharka
tm-pour-prendre-soin-de-votre-sante = Daryeelka caafimaadkaaga (raacidda daaweyn, u tagista dhakhtar, iwm.)
tm-autre-besoin = Baahi kale
tm-vous-avez-besoin-d-aide-pour = Waxaad caawimaad uga baahan tahay dhaqdhaqaaqa:
tm-pour-se-deplacer-dans-le-domicile = Dhaqdhaqaaqa gudaha guriga
tm-pour-sortir-du-domicile-ou-y = Ka bixidda guriga ama gelitaankiisa
tm-pour-se-deplacer-a-l-exterieur = Dhaqdhaqaaqa banaanka guriga
tm-pour-utiliser-un-vehicule = Isticmaalka gaari
tm-pour-utiliser-les-transports-en-commun = Isticmaalka gaadiidka dadweynaha
tm-pour-partir-en-vacances = U bixidda fasax
tm-utilisez-vous-les-transports-adaptes = Ma isticmaashaa gaadiidka loo habeeyay naafada ee deegaankaaga?
tm-vous-avez-besoin-d-aide-pour-2 = Waxaad caawimaad uga baahan tahay noloshaada bulsho:
tm-pour-communiquer-s-exprimer-se-faire = Isgaarsiinta (is-muujinta, in lagu fahmo)
tm-pour-avoir-des-activites-sportives-et = Ciyaaraha iyo madadaalada
tm-pour-les-relations-avec-les-autres = Xiriirka dadka kale
tm-pour-vous-occuper-de-votre-famille = Daryeelka qoyskaaga
tm-pour-vous-accompagner-dans-votre-vie = Taageerada noloshaada muwaadinimo (tusaale: codbixinta, ururada, iwm.)
tm-pour-assurer-votre-securite = Sugidda badbaadadaada
tm-quelles-sont-vos-attentes-pour-compenser = Maxaad ka filaysaa si naafonimadaada loo magdhabo?
tm-vivre-a-domicile = Ku noolaanshaha guriga
tm-un-amenagement-de-votre-lieu-de = Hagaajinta goobta aad ku nooshahay
tm-realiser-un-bilan-des-capacites-dans = Qiimaynta awoodahaaga nolol maalmeedka
tm-une-aide-financiere-afin-d-assurer = Kaalmo lacageed si loo helo dakhliga ugu yar
tm-une-aide-pour-se-deplacer = Kaalmo dhaqdhaqaaq
tm-un-accompagnement-pour-l-adptation = Taageero la qabsiga / dib-u-la-qabsiga nolol maalmeedka
tm-une-aide-humaine-quelqu-un-qui = Kaalmo qof: qof ku caawiya
tm-vivre-en-etablissement = Ku noolaanshaha xarun
tm-du-materiel-ou-equipement = Alaab ama qalab
tm-une-aide-financiere-pour-des-depenses = Kaalmo lacageed oo loogu talagalay kharashka naafonimada
tm-un-accueil-temporaire = Qaabilaad ku-meel-gaar ah
tm-autre-attente = Filasho kale
tm-avez-vous-deja-identifie-une-ou = Horeba ma heshay hal ama dhowr hay'adood oo ka jawaabi kara waxa aad filayso?
tm-avez-vous-d-autres-renseignements = Ma haysaa macluumaad kale (xaalad, filasho, qorshayaal) oo ku saabsan nolol maalmeedkaaga?
tm-vie-scolaire-ou-etudiante = Nolosha dugsiga ama jaamacadda
tm-etes-vous-actuellement-scolarise = Hadda ma wax baranaysaa?
tm-pourquoi-n-etes-vous-pas-scolarise = Maxaad wax u baran weyday?
tm-vous-etes-trop-jeune = Aad baad u yar tahay
tm-a-partir-de-quand-serez-vous = Goorma ayaad bilaabaysaa waxbarashada?
tm-vous-etes-sans-solution-d-accueil = Boos kuma lihid dugsi, jaamacad ama xarun caafimaad-bulsho
tm-vous-etes-actuellement-scolarise = Hadda waad wax baranaysaa
tm-en-milieu-ordinaire = Deegaan caadi ah
tm-avec-accompagnement-par-un-service-de = Iyadoo ay taageerayso adeeg daryeel ama xarun caafimaad-bulsho
tm-en-temps-partage-entre-letablissement = Waqti loo qaybiyay xarunta caafimaad-bulsho iyo deegaan caadi ah ama guriga
tm-en-temps-partage-entre-le-service = Waqti loo qaybiyay adeegga daryeelka iyo deegaan caadi ah
tm-en-formation-superieure-ou-en = Waxbarasho sare ama tababar xirfadeed (apprentissage)
tm-etes-vous-place-en-internat = Ma ku jirtaa dugsi hoy leh (internat)?
tm-ses-frais-de-sejour-sont-ils = Kharashka joogitaanka ma si buuxda u bixiyaa caymiska caafimaadka, dawladda ama kaalmada bulshada?
tm-dans-quel-s-etablissement-s = Xarunta (xarumaha) kee?
tm-quel-type-d-etudes-suivez-vous = Waxbarasho nooceed ayaad baranaysaa?
tm-quel-s-diplome-s-avez-vous = Shahaado (shahaadooyin) noocee ah ayaad heshay?
tm-quel-s-diplome-s-preparez-vous = Shahaado (shahaadooyin) noocee ah ayaad u diyaargaroobaysaa?
tm-decrivez-votre-parcours-d-etudiant-ou = Sharax jidkaaga arday ahaan ama tababarte ahaan
tm-annee-etablissement = Sannad, xarun
tm-vous-disposez-actuellement-d = Hadda waxaad haysataa taageero iyo daryeel
tm-soins-hospitaliers = Daryeel isbitaal
tm-soins-en-liberal = Daryeel xirfadleyaal gaar ah
tm-vous-disposez-actuellement-d-adaptations = Hadda waxaad haysataa hagaajin xaaladaha maaddiga ah
tm-amenagement-et-adaptations-pedagogiques = Hagaajin waxbarasho
tm-outils-de-communication = Qalabka isgaarsiinta
tm-materiel-informatique-et-audiovisuel = Qalab kombiyuutar iyo maqal-muuqaal
tm-materiel-deficience-auditive = Qalab dhibaatada maqalka
tm-materiel-deficience-visuelle = Qalab dhibaatada aragga
tm-mobilier-et-petits-materiels = Alaab guri iyo qalab yaryar
tm-transport = Gaadiid
tm-vous-disposez-actuellement-d-une-aide = Hadda waxaad haysataa qof caawiye u ah ardayda naafada ah (AESH)
tm-precisez-laquelle = Sheeg midka
tm-decrivez-votre-emploi-du-temps-ecole = Sharax jadwalkaaga (dugsiga, cuntada dugsiga, daryeelka, iwm.)
tm-vous-avez-des-besoins-en-lien = Waxaad leedahay baahiyo la xiriira waxbarashada:
tm-pour-lire = Akhriska
tm-pour-ecrire-prendre-des-notes = Qoraalka iyo qoraal-qaadashada
tm-pour-calculer = Xisaabta
tm-pour-comprendre-suivre-les-consignes = Fahamka iyo raacidda tilmaamaha
tm-pour-organiser-controler-son-travail = Habaynta iyo hubinta shaqadiisa
tm-pour-l-utilisation-du-materiel = Isticmaalka qalabka
tm-vous-avez-des-besoins-pour-communiquer = Waxaad leedahay baahiyo isgaarsiin:
tm-pour-assurer-sa-securite = Sugidda badbaadadiisa
tm-vous-avez-des-besoins-pour-l = Waxaad leedahay baahiyo daryeel shakhsi:
tm-pour-l-hygiene-corporelle-aller-aux = Nadaafadda jirka (musqusha)
tm-pour-s-habiller-mettre-et-oter = Xirashada dharka (xirashada iyo bixinta)
tm-pour-les-repas-manger-et-boire = Cuntada (cunid iyo cabid)
tm-pour-prendre-soin-de-sa-sante = Daryeelka caafimaadkiisa
tm-vous-avez-besoin-d-aide-pour-3 = Waxaad caawimaad uga baahan tahay dhaqdhaqaaqa:
tm-pour-se-deplacer-a-l-interieur = Dhaqdhaqaaqa gudaha dhismayaasha
tm-pour-se-deplacer-a-l-exterieur-2 = Dhaqdhaqaaqa banaanka dhismayaasha
tm-vous-souhaitez = Waxaad rabtaa:
tm-une-adaptation-de-la-scolarite = Hagaajinta waxbarashada
tm-une-orientation-scolaire-differente = Hagid waxbarasho oo kale
tm-une-aide-humaine = Kaalmo qof
tm-une-aide-materielle = Kaalmo alaab
tm-un-accompagnement-pour-une-readaptation = Taageero dib-u-habayn (baxnaanin)
tm-une-prise-en-charge-par-un = Daryeel xarun aan hoy lahayn
tm-une-prise-en-charge-par-un-2 = Daryeel xarun hoy leh
tm-avez-vous-deja-identifie-un = Horeba ma heshay dugsi, jaamacad ama xarun caafimaad-bulsho oo ka jawaabi karta waxa aad filayso?
tm-avez-vous-pu-prendre-contact-avec = Ma la xiriiri kartay macallinkaaga mas'uulka ah (enseignant référent)?
tm-pourquoi = Maxay tahay sababtu?
tm-vous-avez-d-autres-renseignements = Haddii aad hayso macluumaad kale oo muhiim ah (xaalad, filasho, qorshayaal) oo ku saabsan nolosha dugsigaaga, jaamacaddaada ama tababarkaaga, halkan ku qor:
tm-vie-au-travail = Nolosha shaqada
tm-situation-professionnelle = Xaaladda shaqo
tm-parcours-professionnel = Jidka shaqo
tm-projet-professionnel = Qorshaha shaqo
tm-avez-vous-actuellement-un-emploi = Hadda shaqo ma leedahay?
tm-avez-vous-deja-travaille = Horay ma u shaqaysay?
tm-pourquoi-etes-vous-actuellement-sans = Maxaad hadda shaqo la'aan u tahay, goormana?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Ma sheegi kartaa sababta aad hadda shaqo la'aan u tahay?
tm-etes-vous-dans-une-des-situations = Ma ku jirtaa mid ka mid ah xaaladahan soo socda?
tm-inscrit-a-pole-emploi = Ku diiwaangashan Pôle emploi
tm-en-formation-continue = Tababar joogto ah
tm-votre-accompagnement-vers-l-emploi-est = Waxaa kaa caawiya helidda shaqo:
tm-mission-locale = Mission locale (taageerada dhallinyarada)
tm-cap-emploi = Cap emploi (taageerada shaqo-helidda dadka naafada ah)
tm-pole-emploi = Pôle emploi (xafiiska shaqada ee dawladda)
tm-un-referent-rsa-designe-par-le = Mas'uul RSA oo uu magacaabay Conseil Général
tm-vous-avez-un-emploi = Waxaad leedahay shaqo:
tm-en-entreprise-adaptee = Shirkad loo habeeyay (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = Deegaan la ilaaliyo (xarumaha iyo adeegyada caawimaadda shaqada - ESAT)
tm-quel-est-votre-type-d-emploi = Waa maxay nooca shaqadaadu?
tm-interim = Shaqo ku-meel-gaar ah (intérim)
tm-contrat-aide = Qandaraas la kaalmeeyay (contrat aidé)
tm-travailleur-independant = Shaqaale madax-bannaan
tm-regime = Nidaamka:
tm-stagiaire-professionnel = Tababarte xirfadeed
tm-est-ce-un-stage-remunere = Tababarku ma lacag baa leh?
tm-au-sein-de-quel-organisme-effectuez = Hay'addee ayaad tababarka ku qaadanaysaa?
tm-nom-de-l-organisme = Magaca hay'adda
tm-qui-est-votre-employeur = Waa kuma loo-shaqeeyahaagu?
tm-quel-est-le-nom-de-votre = Waa maxay magaca shaqadaadu?
tm-nom-du-poste = Magaca shaqada
tm-votre-emploi-est-il-a-temps = Shaqadaadu ma waqti-buuxa baa mise waqti-dhiman?
tm-temps-complet = Waqti-buuxa
tm-temps-partiel = Waqti-dhiman
tm-votre-emploi-est-il-adapte-a = Shaqadaadu ma ku habboon tahay naafonimadaada?
tm-quelles-sont-les-difficultes-liees-a = Waa maxay dhibaatooyinka la xiriira naafonimadaada?
tm-accompagnement-pour-conserver-votre = Taageero si aad shaqadaada u ilaashato:
tm-par-la-medecine-du-travail = Caafimaadka shaqada
tm-par-le-service-d-appui-au = Adeegga taageerada shaqaalaha naafada ah si ay shaqada ugu sii jiraan (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Goobta shaqadaada waa la hagaajiyay:
tm-etes-vous-actuellement-en-arret-de = Hadda ma ku jirtaa fasax jiro (joojin shaqo)?
tm-vous-etes-actuellement-en-arret-de = Hadda waxaad ku jirtaa joojin shaqo:
tm-arret-maladie-avec-indemnites = Fasax jiro oo leh magdhow maalinle ah
tm-arret-maladie-sans-indemnites = Fasax jiro oo aan lahayn magdhow maalinle ah
tm-vous-etes-en-arret-suite-a = Waxaad ku jirtaa joojin shaqo shil shaqo ama cudur shaqo awgeed
tm-conge-maternite-conge-d-adoption-autre = Fasax dhalmo / fasax korsasho (adoption) / kale
tm-avez-vous-rencontre-un-professionnel-du = Ma la kulantay xirfadle ka tirsan adeegga bulshada ee sanduuqa hawlgabkaaga?
tm-a-quelle-date = Taariikhdee?
tm-avez-vous-rencontre-le-medecin-du = Ma la kulantay dhakhtarka shaqada ka hor intaadan shaqada ku noqon?
tm-beneficiez-vous-d-une-ou-des = Ma heshaa hal ama dhowr ka mid ah kaalmooyinkan soo socda?
tm-aides-de-l-association-de-gestion = Kaalmooyinka ururka maamula sanduuqa ku-biirinta shaqada dadka naafada ah (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Kaalmooyinka sanduuqa ku-biirinta dadka naafada ah shaqada dawladda (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = Ma laguu aqoonsaday shaqaale naafo ah (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = Ma rabtaa inaad waayo-aragnimadaada shaqo ku qorto foomka mise inaad CV-gaaga iskaan garayso?
tm-numeriser-le-cv-et-l-ajouter = CV-ga iskaan garee oo ku dar codsigayga marka la dhammaystirayo
tm-saisir-mes-experiences-professionnelles = Waayo-aragnimadayda shaqo ku qor foomkan
tm-precisez-vos-experiences = Qor waayo-aragnimadaada shaqo, oo ay ku jiraan tababarrada iyo hay'adaha ku-biirinta.
tm-votre-niveau-de-qualification = Heerka aqoontaada:
tm-primaire = Hoose
tm-secondaire = Dhexe/sare
tm-superieur = Jaamacad
tm-derniere-classe-frequentee = Fasalkii ugu dambeeyay ee aad dhigatay:
tm-avez-vous-suivi-une-des-formation = Ma qaadatay hal ama dhowr tababar xirfadeed?
tm-laquelle-lesquelles = Kee/kuwee?
tm-precisez-votre-vos-dernier-s-diplome = Qor shahaadada (shahaadooyinka) ugu dambeeyay ee aad heshay:
tm-avez-vous-un-ou-plusieurs-projet = Ma leedahay hal ama dhowr qorshe shaqo?
tm-pourquoi-avez-vous-besoin-de-soutien = Maxaad taageero ugu baahan tahay?
tm-faire-un-bilan-de-capacites = Qiimaynta awoodaha shaqo
tm-preciser-un-projet-professionnel = Caddaynta qorshe shaqo
tm-adapter-l-environnement-de-travail = Hagaajinta deegaanka shaqada
tm-acceder-a-un-emploi = Helidda shaqo
tm-acceder-a-une-formation = Helidda tababar
tm-autres-renseignements-concernant-votre = Macluumaad kale oo ku saabsan nolosha shaqadaada oo aad rabto inaad noo sheegto
tm-vie-de-votre-aidant-familial = Nolosha caawiyahaaga qoyska
tm-vous-pouvez-expliquer-l-aide-que = Waxaad sharxi kartaa caawimaadda uu caawiyahaagu hadda siiyo qofka naafada ah, waxaadna qori kartaa waxa uu filayo iyo waxa uu u baahan yahay.
tm-comment-s-appelle-votre-aidant = Caawiyahaaga magaciisu waa maxay?
tm-nom-et-prenom = Magaca qoyska iyo magaca koowaad
tm-quel-est-son-lien-avec-la = Maxay isku yihiin isaga iyo qofka naafada ah?
tm-vit-il-elle-avec-la-personne = Ma la nool yahay qofka naafada ah?
tm-est-il-elle-actuellement-en-emploi = Hadda ma shaqeeyaa?
tm-oui-avec-une-reduction-dactivite-liee = Haa, isagoo shaqadiisa dhimay si uu u daryeelo qofka uu caawiyo
tm-quelle-est-la-nature-de-l = Waa maxay nooca caawimaadda la bixiyo?
tm-surveillance-presence-responsable = Ilaalin / joogitaan mas'uul ah
tm-aide-aux-deplacements-a-linterieur-du = Caawimaad dhaqdhaqaaqa gudaha guriga
tm-aide-aux-deplacements-a-lexterieur = Caawimaad dhaqdhaqaaqa banaanka
tm-aide-pour-entretenir-le-logement-et = Caawimaad nadiifinta guriga iyo dharka
tm-aide-a-lhygiene-corporelle = Caawimaad nadaafadda jirka
tm-aide-a-la-preparation-des-repas = Caawimaad diyaarinta cuntada
tm-aide-a-la-prise-de-repas = Caawimaad cunista cuntada
tm-coordination-des-intervenants = Isku-duwidda xirfadleyaasha
tm-gestion-administrative-et-juridique = Maamulka xafiiska iyo sharciga
tm-gestion-financiere = Maamulka lacagta
tm-stimulation-par-des-activites-loisirs = Dhiirrigelin hawlo (madadaalo, bixitaan, iwm.)
tm-aide-a-la-communication-et-aux = Caawimaad isgaarsiinta iyo xiriirka bulshada
tm-aide-au-suivi-medical = Caawimaad la socodka caafimaadka
tm-qui-participe-avec-lui-elle-a = Yaa kala qayb qaata taageerada qofka la caawiyo?
tm-un-des-professionnel-s = Hal ama dhowr xirfadle
tm-un-ou-plusieurs-autre-s-proche = Hal ama dhowr qaraabo kale
tm-il-elle-est-l-unique-aidante = Isaga/iyada keliya ayaa caawiya codsadaha
tm-est-il-elle-soutenue-dans-sa = Ma la taageeraa isaga/iyada doorkiisa caawiye ahaan?
tm-en-cas-d-empechement-a-t = Haddii uusan/aysan awoodin, ma jiraa xal qof kale meeshiisa ku galo?
tm-laquelle = Kee?
tm-il-elle-est-ou-sera-prochainement = Hadda ama dhawaan wuxuu/waxay ku jiri doonaa mid ka mid ah xaaladahan:
tm-eloignement-geographique-demenagement = Fogaan juqraafi (guri beddelasho, iwm.)
tm-indisponibilite-prolongee-sejour-a = Maqnaansho dheer (joogitaan dibadda, isbitaal jiif, iwm.)
tm-changement-majeur-dans-la-situation = Isbeddel weyn oo xaaladda shakhsiga ah (kala tag, geerida lammaanaha, u guurista guriga waayeelka, iwm.)
tm-probleme-de-sante = Dhibaato caafimaad
tm-changement-majeur-dans-la-situation-2 = Isbeddel weyn oo xaaladda shaqada
tm-difficulte-a-assurer-l-accompagnement = Dhibaato ku sii wadidda taageerada hadda (daal, da' weyn, iwm.)
tm-ses-attentes-en-tant-qu-aidant = Waxa uu filayo caawiye qoys ahaan:
tm-pouvoir-se-reposer-au-quotidien = Inuu maalin kasta nasan karo
tm-pouvoir-se-faire-remplacer-en-cas = In qof kale meeshiisa galo marka loo baahdo
tm-pouvoir-se-faire-remplacer-en-cas-2 = In qof kale meeshiisa galo marka wax lama filaan ah dhacaan
tm-se-faire-remplacer-pour-partir-en = In qof kale meeshiisa galo si uu u aado dhammaadka toddobaadka/fasax
tm-reprendre-renforcer-maintenir-son = Inuu dib u bilaabo / xoojiyo / sii wado shaqadiisa
tm-reprendre-renforcer-maintenir-ses-liens = Inuu dib u bilaabo / xoojiyo / sii wado xiriirkiisa bulsho
tm-obtenir-une-contre-partie-financiere = Inuu helo magdhow lacageed
tm-echanger-avec-dautres-aidants = Inuu la sheekaysto caawiyayaal kale
tm-echanger-avec-les-professionnels-qui = Inuu la sheekaysto xirfadleyaasha la socda qofka uu caawiyo
tm-avoir-un-soutien-psychologique = Inuu helo taageero nafsaani ah
tm-etre-conseille-pour-mieux-faire-face = In lala taliyo si uu si fiican ula tacaalo naafonimada qaraabadiisa
tm-etre-affilie-gratuitement-a-lassurance = In bilaash lagu diiwaangeliyo caymiska hawlgabka
tm-a-t-il-elle-deja-identifie = Horeba ma helay hal ama dhowr hay'adood oo ka jawaabi kara waxa uu filayo?
tm-vous-souhaitez-mieux-connaitre-les = Waxaad rabtaa inaad si fiican u barato barnaamijyada iyo kaalmooyinka jira:
tm-pour-l-aidant = Caawiyaha
tm-pour-la-personne-aidee = Qofka la caawiyo
tm-autres-renseignements-que-vous = Macluumaad kale oo aad rabto inaad nooga sheegto nolosha caawiyahaaga
tm-documents-lies-a-votre-demande = Dukumentiyada la xiriira codsigaaga
tm-pour-nous-transmettre-les-documents = Si aad noogu soo dirto dukumentiyada caddaynta ee waajibka ah iyo kuwa dheeraadka ah
tm-certificat-medical = Shahaadada dhakhtarka
tm-votre-certificat-medical-n-est-pas = Shahaadadaada dhakhtarku sax ma aha, fadlan isticmaal mid ka mid ah tusaalooyinka la bixiyay.
tm-un-certificat-medical-de-moins-de = Shahaado dhakhtar oo ka yar 6 bilood, loogu talagalay codsiyada MDPH.
tm-justificatif-de-domicile = Caddaynta degaanka
tm-une-photocopie-dun-justificatif-de = Nuqul caddayn degaan oo ka yar 3 bilood (carruurta, ku lifaaq caddaynta degaanka wakiilka sharciga ah; dadka qof kale la deggan: caddaynta degaanka iyo warqad sharaf ah oo uu qoray qofka martigeliyay).
tm-piece-d-identite = Dukumentiga aqoonsiga
tm-une-photocopie-recto-verso-dun = Nuqul labada dhinac ah oo dukumentiga aqoonsiga qofka naafada ah, iyo haddii loo baahdo wakiilkiisa sharciga ah (aqoonsi shaqaynaya, kaarka deganaanshaha oo shaqaynaya ama dukumenti kale oo oggolaanaya deganaanshaha Faransiiska).
tm-acte-de-deces-acte-de-mariage = Shahaadada geerida / shahaadada guurka
tm-carte-grise-vehicule-permis-de-conduire = Kaarka diiwaanka gaariga (carte grise), shatiga darawalnimada
tm-carte-de-sejour = Kaarka deganaanshaha
tm-avis-d-impot-sur-le-revenu = Ogeysiiska canshuurta dakhliga (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = Macluumaadka akoonka bangiga (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Caddaynta bixinta magdhowga maalinlaha (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Warqadda mushaharka
tm-devis-facture-aide-technique = Qiimayn / biil qalab caawimaad
tm-audiogramme = Baaritaanka maqalka (audiogramme)
tm-livret-de-famille = Buugga qoyska (livret de famille)
tm-facture-cantine-restaurant-scolaire = Biilka cuntada dugsiga
tm-facture-frais-d-obseques = Biilka kharashka aaska
tm-justificatif-reduction-du-temps-de = Caddaynta dhimista waqtiga shaqada
tm-billets-de-train-fiche-taxi-frais = Tigidhada tareenka / warqadda taksiga (kharashka gaadiidka kadib dhigista xarun)
tm-jugement-de-tutelle-jugement = Xukunka tutelle, xukun sixid, curatelle
tm-justificatif-d-emancipation = Caddaynta xorriyadda sharci ee qaan-gaarka (émancipation)
tm-jugement-de-delegation-d-autorite = Xukunka wareejinta awoodda waalidnimo
tm-jugement-de-divorce = Xukunka furriinka
tm-bilan-ophtalmologique-mdph = Baaritaanka indhaha (MDPH)
tm-complement-medical-d-aide-a-l = Lifaaq caafimaad oo caawiya qiimaynta maskaxda
tm-bilan-psychologique-etc = Qiimayn nafsaani ah, iwm.
tm-compte-rendu-d-examen-psychiatrique = Warbixinta baaritaanka maskaxda, su'aalaha maskaxda, iwm.
tm-bilan-orthophonique-psychomoteur = Qiimaynta hadalka, nafsaani-dhaqdhaqaaqa, jimicsi-daaweynta, osteopathy, iwm.
tm-bilan-camsp-cmp-cmpp = Qiimaynta CAMSP, CMP, CMPP
tm-compte-rendu-d-evaluation-medicale = Warbixinta qiimaynta caafimaadka
tm-attestation-medicale = Caddayn caafimaad
tm-fiche-de-liaison-medecine-du-travail = Warqadda xiriirka caafimaadka shaqada
tm-prescription-medicale-pour-amenagement-d = Warqad dhakhtar oo loogu talagalay hagaajinta imtixaannada
tm-bulletin-d-hospitalisation = Warqadda isbitaal jiifka
tm-fiche-de-prescription-hors = Warqad dhakhtar oo aan daawo ahayn
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Carruurta wax barata, waxa la filayo waxaa lagu qoraa dukumenti la yiraahdo GEVASco. GEVASco waa hage lagu ururiyo macluumaadka oo aad la buuxiso maamulaha xarunta (codsiga koowaad) ama macallinka mas'uulka ah (dib-u-eegis). Waxaad maamulaha dugsiga weydiin kartaa macluumaadka xiriirka macallinkaaga mas'uulka ah.
tm-bilan-de-l-equipe-de-suivi = Qiimaynta kooxda la socodka waxbarashada (ESS)
tm-fiche-de-liaison-financement-du-materiel = Warqadda xiriirka maalgelinta qalabka waxbarasho ee la habeeyay
tm-fiche-d-evaluation-de-l-autonomie = Warqadda qiimaynta madax-bannaanida ardayga (kormeerka waxbarashada)
tm-protocoles-d-accompagnement-d-un-eleve = Nidaamyada taageerada arday naafo ah oo caawiye (AVSI) la socdo
tm-plan-individualise-d-accompagnement-pia = Qorshaha taageerada shakhsiga ah (PIA)
tm-devoirs-particuliers-dyslexie = Shaqo guri gaar ah (dyslexia, daaweynta hadalka, iwm.)
tm-certificat-de-scolarite-releve-de-notes = Shahaadada waxbarashada, warqadda dhibcaha, iwm.
tm-curriculum-vitae-cv = Taariikh nololeed (CV)
tm-courriers-orientation-professionnel = Warqadaha hagidda xirfadeed (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Qiimaynno (AFPA, ESAT, iwm.), qiimaynta taageerada qorshaha, POPS, Préo, UEROS, iwm.
tm-rapport-de-stage = Warbixinta tababarka
tm-syntheses-etablissements-et-services-ems = Soo koobidda xarumaha iyo adeegyada (EMS, SMS, SAVS, SAMSAH, iwm.)
tm-autre-document = Dukumenti kale

## mdph: account

tm-plus-qu-une-etape = Hal tallaabo oo keliya ayaa haray
tm-cliquez-sur-le-lien-qui-vous = Guji xiriiriyaha laguu soo diray si aad u hawlgeliso akoonkaaga (sidoo kale eeg galka spam-ka).
tm-votre-compte-a-bien-ete-valide = Akoonkaaga waa la xaqiijiyay.
tm-ce-lien-est-incorrect-ou-a = Xiriiriyahan waa khalad ama horeba waa la isticmaalay.
tm-email-envoye = Iimaylka waa la diray
tm-cliquez-sur-le-lien-qui-vous-2 = Guji xiriiriyaha iimaylka laguugu soo diray si aad u beddesho erayga sirta ah.
tm-si-vous-avez-oublie-votre-mot = Haddii aad illowday erayga sirta ah, qor cinwaankaaga iimaylka, eray sir ah oo cusub ayaa loogu diri doonaa.
tm-veuillez-entrer-votre-email = Fadlan qor iimaylkaaga.
tm-l-adresse-email-n-est-pas = Cinwaanka iimaylku sax ma aha.
tm-connectez-vous-pour-reprendre-votre = Gal si aad u sii wadato hawshaada
tm-adresse-email = Cinwaanka iimaylka
tm-veuillez-entrer-une-adresse-email = Fadlan qor cinwaan iimayl.
tm-cette-adresse-email-n-est-pas = Cinwaankan iimaylku sax ma aha.
tm-veuillez-entrer-un-mot-de-passe = Fadlan qor eray sir ah.
tm-vous-n-avez-pas-de-compte = Akoon ma lihid? Is diiwaangeli
tm-une-erreur-est-survenue-lors-de-5 = Khalad ayaa dhacay markii la dirayay. Akoonka la codsaday laga yaabee inuu horeba hawlgalay ama uusan jirin.
tm-un-mail-de-confirmation-a-bien = Iimayl xaqiijin ah ayaa mar kale loo diray iimaylkaaga
tm-nouveau-mot-de-passe = Eray sir ah oo cusub
tm-vous-avez-indique-avoir-oublie-votre = Waxaad sheegtay inaad illowday erayga sirta ah. Fadlan dib u deji adigoo qoraya eray sir ah oo cusub.
tm-inscrivez-vous-pour-commencer-votre = Is diiwaangeli si aad u bilowdo hawshaada
tm-veuillez-entrer-votre-adresse-e-mail = Fadlan qor cinwaankaaga iimaylka.
tm-cet-email-n-est-pas-valide = Iimaylkan sax ma aha.
tm-adresse-email-de-secours = Cinwaan iimayl oo kayd ah
tm-veuillez-entrer-votre-adresse-e-mail-2 = Fadlan qor cinwaankaaga iimaylka kaydka ah.
tm-erreur-dans-le-formulaire-merci-de = Khalad ayaa ku jira foomka, fadlan cusboonaysii bogga.
tm-contact = Xiriir
tm-veuillez-entrer-votre-numero-de-contact = Fadlan qor lambarka taleefanka aan kugula xiriiri karno.
tm-vous-avez-deja-un-compte-connectez = Horeba akoon ma leedahay? Gal

## mdph: apropos

tm-en-quelques-mots = Si kooban
tm-plus-dun-tiers-des-personnes-handicapees = In ka badan saddex meelood meel dadka naafada ah waxay u arkaan in hawlaha maamul ee la xiriira taageerada naafonimadooda ay adag yihiin. Muddada codsiyada lagu baaro badanaa waxay ka badan tahay afarta bilood ee sharcigu dhigay.
tm-un-traitement-informatise-de-bout-en = Baaritaan kombiyuutar ah oo bilowga ilaa dhammaadka ah
tm-une-communication-en-continu = Xiriir joogto ah
tm-pour-les-utilisateurs = Isticmaalayaasha
tm-un-espace-personnel = Bog shakhsi ah
tm-un-questionnaire-dynamique = Su'aalo isbeddela iyadoo loo eegayo jawaabahaaga
tm-un-accompagnement-des-la-saisie-de = Taageero laga bilaabo qoridda codsiga
tm-un-suivit-en-temps-reel = La socod isla markiiba ah
tm-une-presence-sur-le-web = Joogitaan internetka
tm-une-appropriation-de-votre-espace = Bog adiga kuu gaar ah

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Fadlan xaqiiji codsiga { $name }
tm-une-fois-la-demande-validee-vous = Marka codsiga la xaqiijiyo, ma beddeli kartid macluumaad kale oo aan dukumentiyada ahayn, taasna haddii MDPH codsato oo keliya. Hoos waxaad ka heli doontaa soo koobidda codsigaaga:
tm-recapitulatif-de-votre-demande = Soo koobidda codsigaaga
tm-documents = Dukumentiyada:
tm-en-validant-je-certifie-que-les = Markaan xaqiijiyo, waxaan caddaynayaa in macluumaadka kor ku qoran ay sax yihiin.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } ma aqbasho codsiyada adeeggan internetka, sidaas darteed looma diri karo codsi iyadoo loo marayo adeeggan.
tm-demande-n = Codsiga lambar { $shortId }
tm-votre-mdph-vous-demande-de-corriger = MDPH-gaagu waxay kaa codsanaysaa inaad saxdo dukumentiyada la socda codsigaaga
tm-pour-tout-autre-modification-veuillez = Wixii beddel kale ah, fadlan si toos ah ula xiriir MDPH-gaaga (macluumaadka xiriirka waxaad ka helaysaa bogga hoostiisa)
tm-telecharger = Soo deji
tm-votre-demande-est-en-cours-de = MDPH-gaagu waxay hadda hubinaysaa codsigaaga
tm-informations-obligatoires = Macluumaad waajib ah
tm-informations-complementaires = Macluumaad dheeraad ah
tm-decrivez-votre-situation-vos-besoins-vos = Sharax xaaladdaada, baahiyahaaga, qorshayaashaaga iyo waxa aad filayso.
tm-demande = Codsi / { $label }
tm-demande-documents = Codsi / Dukumentiyo
tm-en-cours = { $name } - socda... { $progress }%
tm-ajouter-un-document = Ku dar dukumenti
tm-autres-types-de-documents = Noocyo kale oo dukumentiyo ah
tm-retourner-a-la-demande = Ku noqo codsiga
tm-choix-du-type-de-document = Doorashada nooca dukumentiga
tm-recherche = Raadin
tm-suggestions-de-documents-a-fournir = Talooyin dukumentiyada la keenayo
tm-demande-identite-de-l-autorite-parentale = Codsi / Aqoonsiga qofka leh awoodda waalidnimo
tm-demande-identite-de-la-personne-vous = Codsi / Aqoonsiga qofka kaa caawinaya hawshan
tm-la-personne-vous-aidant-dans-votre = Qofka kaa caawinaya hawshaada waa
tm-un-proche = Qof qaraabo ah
tm-une-association = Urur
tm-nom-ou-intitule = Magaca (ama cinwaanka)
tm-la-longueur-minimale-du-nom-est = Magacu waa inuu lahaadaa ugu yaraan 1 xaraf.
tm-recherche-adresse = Raadi cinwaan
tm-localite = Magaalo ama tuulo
tm-telephone-1 = Taleefan 1
tm-telephone-2 = Taleefan 2
tm-demande-identite-du-beneficiaire = Codsi / Aqoonsiga qofka faa'iidaysanaya
tm-nom-d-epouxse-ou-nom-d = Magaca xaaska/ninka ama magaca la isticmaalo
tm-homme = Nin
tm-femme = Naag
tm-espace-economique-europeen-ou-suisse = Aagga Dhaqaalaha Yurub ama Swiiserland
tm-date-de-naissance-au-format-jour = Taariikhda dhalashada qaabka maalin/bil/sannad
tm-veuillez-utiliser-le-format-jj-mm = Fadlan isticmaal qaabka maalin/bil/sannad (JJ/MM/AAAA). Tusaale: 14/09/1989.
tm-commune-de-naissance = Degmada dhalashada
tm-pays-en-cas-de-naissance-a = Dalka (haddii aad ku dhalatay dibadda Faransiiska)
tm-l-adresse-email-saisie-est-incorrecte = Cinwaanka iimaylka aad qortay waa khalad.
tm-si-vous-avez-elu-domicile-aupres = Haddii cinwaankaaga rasmiga ahi uu yahay hay'ad (urur, xarun hoy ama xarun bulsho), sheeg midka
tm-organisme-payeur-de-prestations = Hay'adda bixisa kaalmada qoyska / RSA
tm-organisme-d-assurance-maladie = Hay'adda caymiska caafimaadka
tm-votre-numero-de-securite-sociale = Lambarkaaga Sécurité Sociale (caymiska bulshada)
tm-ce-numero-de-securite-sociale-est = Lambarkan Sécurité Sociale waa khalad.
tm-ce-champ-est-incomplet = Meeshan ma dhammaystirna.
tm-si-cest-votre-enfant-qui-est = Haddii codsigu khuseeyo ilmahaaga, qor lambarkiisa Sécurité Sociale
tm-etes-vous-aide-e-dans-vos = Ma jiraa qof kaa caawiya hawlahaaga MDPH?
tm-beneficiez-vous-dune-mesure-de = Ma ku hoos jirtaa tallaabo ilaalin sharci ah (tutelle ama curatelle)?
tm-demande-identite-du-representant-legal = Codsi / Aqoonsiga wakiilka sharciga ah
tm-demande-prestations = Codsi / Kaalmooyin iyo adeegyo
tm-demandes-relatives-a-la-vie-quotidienne = Codsiyada la xiriira nolol maalmeedka
tm-carte-mobilite-inclusion = Kaarka dhaqdhaqaaqa iyo ka-qaybgalka (CMI)
tm-allocation-compensatrice-ac = Kaalmada magdhawga (AC)
tm-demandes-relatives-a-la-vie-scolaire = Codsiyada la xiriira nolosha dugsiga
tm-demandes-relatives-au-travail-a-lemploi = Codsiyada la xiriira shaqada, shaqo-helidda iyo tababarka xirfadeed
tm-orientation-professionnelle = Hagidda xirfadeed
tm-le-dispositif-emploi-accompagne-propose = «Barnaamijka shaqada la taageero wuxuu siiyaa shaqaalaha naafada ah iyo loo-shaqeeyahooda taageero caafimaad-bulsho iyo caawimaad ku biirista shaqada. Shaqaalaha naafada ah ee soo socda ayaa ka faa'iidaysan kara barnaamijkan:
tm-ayant-un-projet-dinsertion-en-milieu = kuwa leh qorshe ay ku shaqeeyaan goob shaqo oo caadi ah,
tm-accueillis-dans-un-etablissement-ou = kuwa ku jira xarun ama adeeg caawimaad shaqo (ESAT) oo leh qorshe ay ku shaqeeyaan goob shaqo oo caadi ah,
tm-deja-en-emploi-en-milieu-ordinaire = kuwa horeba uga shaqeeya goob shaqo oo caadi ah, oo la kulma dhibaatooyin gaar ah si ay u sugaan shaqadooda.»
tm-demande-confirmer-votre-compte-mail = Codsi / Xaqiiji iimaylkaaga
tm-vous-n-avez-pas-encore-confirme = Weli ma aadan xaqiijin akoonkaaga. Waxaad samayn kartaa adigoo furaya xiriiriyaha hawlgelinta ee iimaylka laguugu soo diray.
tm-en-cas-de-difficultes-vous-pouvez = Haddii aad dhibaato la kulanto waxaad nagala soo xiriiri kartaa cinwaanka contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Halkan guji si mar kale laguugu soo diro iimaylka xaqiijinta
tm-retourner-au-profil = Ku noqo profile-ka

## mdph: layout

tm-connexion = Galitaan

## mdph: main

tm-trouvez-le-service-en-ligne-de = Raadi adeegga internetka ee MDPH-gaaga
tm-votre-demande-en-ligne-a-la = Codsigaaga internetka ee MDPH
tm-la-mdph-c-est-la-maison = MDPH waa «Aqalka Gobolka ee Dadka Naafada ah» (Maison Départementale pour les Personnes Handicapées). Waxay ka jawaabi kartaa baahiyaha la xiriira naafonimadaada.
tm-ce-service-vous-permet-de-saisir = Adeeggan wuxuu kuu oggolaanayaa inaad qorto codsigaaga oo aad u dirto MDPH-gaaga si ay u baarto faylkaaga.
tm-il-vous-permet-de-solliciter-la = Wuxuu kuu oggolaanayaa inaad MDPH wax ka codsato adigoo ah qofka faa'iidaysanaya ama wakiilka sharciga ah ee qof faa'iidaysanaya.
tm-en-fonction-de-votre-situation-vous = Iyadoo loo eegayo xaaladdaada, waxaa laga yaabaa inaad hesho xuquuqdan soo socota

## mdph: mdph

tm-votre-mdph = MDPH-gaaga: { $name }
tm-gerez-vos-demandes-en-ligne = La soco codsiyadaada internetka
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = MDPH-gaagu ma isticmaasho adeeggan codsiyada internetka
tm-continuer-sur-service-public-fr = Ku sii wad service-public.fr
tm-continuer-sur = Ku sii wad { $label }

## mdph: medecin

tm-votre-e-mail = Iimaylkaaga
tm-ex-email-domaine-fr = Tusaale: email@domaine.fr
tm-l-adresse-email-est-obligatoire = Cinwaanka iimaylku waa waajib.
tm-modeles-de-certificats = Tusaalooyinka shahaadooyinka dhakhtarka

## mdph: mon_compte

tm-en-attente-de-validation = Waxay sugaysaa xaqiijin
tm-si-vous-n-avez-pas-recu = Haddii aadan helin iimaylkan, halkan guji si mar kale loo diro.
tm-modifier-mon-mot-de-passe = Beddel erayga sirta ah
tm-veuillez-entrer-votre-mot-de-passe = Fadlan qor erayga sirta ah ee hore.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = Waxaan kuu soo dirnay iimayl si aan u xaqiijino cinwaankaaga iimaylka.
tm-type = Nooca
tm-document-ajoute = Dukumentiga lagu daray
tm-choisir-le-fichier = Dooro faylka
tm-veuillez-selectionner-un-fichier = Fadlan dooro fayl
tm-ajouter-ce-fichier = Ku dar faylkan

## mdph: profil

tm-profil-identite-du-representant-legal = Profile / Aqoonsiga wakiilka sharciga ah
tm-profil-prestations = Profile / Kaalmooyin iyo adeegyo
tm-supprimer-ce-profil = Tirtir profile-kan

## mdph: suivi

tm-cookies-deposes-et-opt-out = Cookies-ka la dhigay iyo diidmadooda
tm-ce-site-depose-un-petit-fichier = Goobtani waxay kombiyuutarkaaga dhigtaa fayl qoraal yar («cookie») marka aad booqato. Taasi waxay noo oggolaanaysaa inaan cabbirno tirada booqashooyinka oo aan fahanno bogagga ugu badan ee la eego.
tm-ce-site-naffiche-pas-de-banniere = Maxay goobtani u muujin weyday fariin ay kaaga codsanayso oggolaansho cookies?
tm-je-contribue-a-enrichir-vos-donnees = Waxaan ka qayb qaataa kobcinta xogtiina, ma heli karaa?
tm-bien-sur-les-statistiques-dusage-de = Dabcan! Tirakoobka isticmaalka inta badan alaabtayada, oo ay ku jirto https://mdphenligne.cnsa.fr/, qof kasta wuu ka heli karaa stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Waalid { $n }
tm-exerce-l-autorite-parentale = Wuxuu leeyahay awoodda waalidnimo
tm-meme-adresse-que-le-beneficiaire = Isla cinwaanka qofka faa'iidaysanaya

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Markaad calaamadeeyso sanduuqan, waxaad caddaynaysaa inaad haysato oggolaanshaha { $name } si aad codsi ugu gudbiso magaciisa
tm-precisez-le-domicile = Sheeg halka aad deggan tahay
tm-de-vos-parents-ou-l-un = Waalidkaa (ama mid ka mid ah)
tm-de-vos-enfants-ou-l-un = Carruurtaada (ama mid ka mid ah)
tm-d-un-e-ami-e = Saaxiib
tm-d-un-autre-membre-de-votre = Xubin kale oo qoyskaaga ka mid ah
tm-d-une-famille-d-accueil = Qoys martigaliya
tm-et-vous-etes = Adiguna waxaad tahay
tm-de-categorie = Qaybta
tm-son-prenom = Magaciisa koowaad
tm-montant = Lacagta
tm-montant-invalide = Lacagtu sax ma aha
tm-veuillez-saisir-un-nombre-entre-0 = Fadlan qor lambar u dhexeeya 0 iyo 100.

## mdph: display-file

tm-pas-de-documents = Dukumentiyo ma jiraan
tm-raison-du-refus = Sababta diidmada:
tm-supprimez = Tirtir
tm-suppression-d-un-document = Tirtiridda dukumenti

## mdph: footer

tm-contactez-votre-mdph = La xiriir MDPH-gaaga

## mdph: help

tm-precisez-vos-besoins-de-compensation = Sheeg caawimaadda aad u baahan tahay naafonimadaada awgeed
tm-plusieurs-reponses-sont-possibles = Dhowr jawaab ayaa suurtagal ah
tm-adaptez-vos-reponses-a-votre-age = Jawaabahaaga la jaanqaad da'daada.
tm-le-besoin-daide-correspond-a-une = Baahida caawimaaddu waa caawimaad toos ah oo qof, ama baahida qof ku dhiirrigeliya, ku hago ama hadal kugu xusuusiya, ama caawimaad maaddi ah ama lacageed.
tm-ce-document-correspond-a-lexpression-de = Dukumentigan wuxuu muujinayaa baahiyahaaga sida aad dareemayso. Kadib kooxda MDPH ayaa samayn doonta qiimayn qoto dheer, haddii loo baahdana way kula kulmi doontaa.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Kaalmada dadka waaweyn ee naafada ah (AAH) iyo kabiddeeda
tm-carte-d-invalidite-de-priorite-de = Kaarka naafonimada / mudnaanta / baarkinka
tm-orientation-vers-un-etablissement-ou = U gudbinta xarun ama adeeg caafimaad-bulsho (ESMS)
tm-renouvellement-d-allocation = Cusboonaysiinta kaalmada magdhawga (ACTP ama ACFP)
tm-projet-personnalise-de-scolarisation = Qorshaha waxbarasho ee shakhsiga ah – jidka iyo caawimaadaha waxbarashada
tm-orientation-professionnelle-et-ou = Hagidda xirfadeed iyo/ama tababarka xirfadeed
tm-reconnaissance-de-la-qualite-de = Aqoonsiga shaqaale naafo ah (RQTH)
tm-affiliation-gratuite-a-l-assurance = Ka-mid-noqoshada bilaashka ah ee caymiska hawlgabka ee waalidiinta guriga jooga (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Gobol kale (département), qor lambarkiisa (tusaale 01 ama 75)

## mdph: menu-dashboard

tm-mes-demandes = Codsiyadayda
tm-documents-associes = Dukumentiyada la xiriira

## mdph: nav-steps

tm-question-precedente = Su'aashii hore

## mdph: password-field

tm-votre-mot-de-passe-est-d = Erayga sirta ahi aad buu u daciif yahay.
tm-veuillez-saisir-8-caracteres = Fadlan qor 8 xaraf.
tm-presenter-trois-des-quatre-categories-de = Inuu lahaado saddex ka mid ah afartan nooc ee xarfaha: xaraf weyn, xaraf yar, lambar iyo/ama calaamado gaar ah.
tm-ce-jeton-de-modification-a-deja = Koodhkan beddelka horeba waxaa loo isticmaalay dib-u-dejinta erayga sirta ah. Fadlan mar kale codso dib-u-dejin.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = inuu lahaado sideed xaraf,
tm-etre-d-une-robustesse-moyenne = inuu lahaado xoog dhexdhexaad ah.
tm-afin-de-garantir-au-mieux-l = Si xogta loo ilaaliyo sida ugu fiican, erayga sirta ahi waa inuu ugu yaraan:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = Haddii aad rabto, faahfaahi codsigaaga

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Fadlan dooro mid ka mid ah doorashooyinka ama faahfaahi jawaabtaada
tm-intitule-du-poste = Magaca shaqada
tm-employeur = Loo-shaqeeyaha
tm-entreprise = Shirkadda
tm-type-de-contrat = Nooca qandaraaska
tm-date-de-debut-au-format-jour = Taariikhda bilowga qaabka maalin/bil/sannad
tm-motif-de-fin-d-activite = Sababta shaqada loo joojiyay
tm-motif = Sababta
tm-valider-l-experience = Xaqiiji waayo-aragnimada
tm-ajouter-une-experience = Ku dar waayo-aragnimo
tm-annee-d-obtention = Sannadka la helay
tm-domaine = Qaybta
tm-intitule-du-diplome = Magaca shahaadada
tm-domaine-d-etude = Qaybta waxbarashada
tm-retirer-le-dernier-diplome = Ka saar shahaadada ugu dambaysa
tm-ajouter-un-diplome = Ku dar shahaado
tm-matin = Subax
tm-midi = Duhur
tm-soiree-nuit = Fiid/habeen
tm-nom-de-l-etablissement = Magaca xarunta
tm-rue = Waddo
tm-ex-college-jules-ferry = Tusaale: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Tusaale: 1, rue de l'église
tm-ex-paris = Tusaale: Paris
tm-supprimer-le-dernier-etablissement = Tirtir xaruntii ugu dambaysay
tm-ajouter-un-etablissement = Ku dar xarun
tm-frais-engages = Kharashka aad bixisay
tm-montant-total-frequence = Wadarta lacagta / imisa jeer
tm-montant-rembourse = Lacagta laguu celiyay
tm-libelle-des-frais = Nooca kharashka
tm-par-jour = Maalintii
tm-par-semaine = Toddobaadkii
tm-par-mois = Bishii
tm-par-an = Sannadkii
tm-supprimer-le-dernier-frais = Tirtir kharashkii ugu dambeeyay
tm-ajouter-des-frais-ponctuels = Ku dar kharash hal mar ah
tm-ajouter-des-frais-recurrents = Ku dar kharash soo noqnoqda
tm-derniere-reponse-enregistree-le = Jawaabtii ugu dambaysay ee la kaydiyay { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Magaca hay'adda
tm-etes-vous-deja-en-contact = Horeba xiriir ma la leedahay?
tm-supprimer-la-derniere-structure = Tirtir hay'addii ugu dambaysay
tm-ajouter-une-structure = Ku dar hay'ad

## mdph: representant-form

tm-type-de-mesure-de-protection = Nooca tallaabada ilaalinta
tm-tutelle = Mas'uuliyad ilaalin buuxda (tutelle)
tm-curatelle = Mas'uuliyad ilaalin qayb ah (curatelle)
tm-curatelle-renforcee = Mas'uuliyad ilaalin qayb ah oo la xoojiyay (curatelle renforcée)
tm-habilitation-familiale = Oggolaansho qoys (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Bogga hore

## aidants: 400.html

tm-il-y-a-eu-un-souci = Dhibaato farsamo ayaa dhacday markii xogta la is-weydaarsanayay.
tm-la-syntaxe-de-la-requete-est = Qaabka codsigu waa khalad. Mar kale isku day ama nala soo xiriir haddii dhibaatadu sii socoto.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = Ma lihid ogolaansho aad ku furto boggan.
tm-si-vous-pensez-qu-il-s = Haddii aad u malaynayso inay tahay khalad, waxaad eegi kartaa boggayaga hore ama nala soo xiriir si aad caawimaad u hesho.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = Bogga aad raadinayso lama helin. Raali noqo dhibka dhacay.
tm-si-vous-avez-tape-l-adresse = Haddii aad adigu ku qortay cinwaanka bogga browser-ka, hubi inuu sax yahay. Bogga laga yaabee inuusan hadda jirin. Xaaladdaas, si aad u sii wadato waxaad eegi kartaa boggayaga hore. Haddii kale nala soo xiriir si aan kuugu hagno macluumaadka saxda ah.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = Waqtigii loo qabtay galitaanka FranceConnect wuu dhammaaday.
tm-vous-pouvez-reessayer-la-connexion = Waxaad mar kale isku dayi kartaa inaad gasho adigoo ka bilaabaya bogga hore. Haddii dhibaatadu sii socoto, nala soo xiriir.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Raali noqo, adeeggu dhibaato ayuu qabaa, waxaan ka shaqaynaynaa inaan sida ugu dhaqsaha badan u xallinno.
tm-essayez-de-rafraichir-la-page-ou = Cusbooneysii bogga ama mar dambe isku day.
tm-si-vous-avez-besoin-d-une = Haddii aad u baahan tahay caawimaad degdeg ah, fadlan si toos ah nala soo xiriir.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Daabac wakaaladda (mandat)
tm-mandat-final = Wakaaladda kama dambaysta ah
tm-attention-ceci-est-un-projet-de = Digniin! Kani waa qabyo wakaalad oo keliya. Wax qiimo sharci ah ma laha.
tm-le-mandat-a-ete-cree-avec = Wakaaladda si guul leh ayaa loo sameeyay. Fadlan daabac si uu u saxiixo qofka wakaaladda bixinaya.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Si aad u daabacdo, liiska browser-ka ka dooro «Fichier», kadibna «Imprimer».
tm-projet-de-mandat-traduit = Qabyo wakaalad oo la turjumay
tm-vous-trouverez-ci-dessous-un-mandat = Hoos waxaad ka helaysaa tusaale wakaalad ah oo leh dhowr turjumaad. Turjumaadaha wakaaladda waxay u jiraan oo keliya in isticmaalaha loo sharraxo waxa wakaaladdu tahay iyo waxa ka dhasha. Turjumaadahani wax qiimo sharci ah ma laha. Wakaaladda kama dambaysta ah ee af-Faransiiska ku qoran oo keliya ayaa qiimo sharci ah leh.
tm-vous-pouvez-imprimer-ce-mandat-type = Waxaad daabici kartaa tusaalahan wakaaladda adigoo gujinaya badhanka hoose. Digniin, waxaan ku xusuusinaynaa in wakaaladdani aysan lahayn wax qiimo sharci ah. Waxaa loo turjumay oo keliya si isticmaaluhu u fahmo.
tm-version-francaise = Nuqulka af-Faransiiska
tm-traduire-le-mandat-en = U turjun wakaaladda:
tm-mandat-pour-realiser-des-demarches-en = Wakaalad loogu talagalay in hawlo internetka lagu qabto adeegga «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = Digniin, waxaan ku xusuusinaynaa in wakaaladdani aysan lahayn wax qiimo sharci ah. Waxaa loo turjumay oo keliya si isticmaaluhu u fahmo.
tm-version-francaise-et-traductions = Nuqulka af-Faransiiska iyo turjumaadaha
tm-revocation-d-une-autorisation-via-le = Joojinta ogolaansho iyadoo loo marayo adeegga «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = Aniga oo hoos ku saxiixan, { $get_full_name }, waxaan doonayaa inaan joojiyo ogolaanshaha «{ $authorization }» ee la sameeyay { $creation_date } la jira { $organisation }.
tm-fait-a-le = Lagu qoray { $display_address }, taariikhda { $date }
tm-le-mandant = Qofka wakaaladda bixiya
tm-lautorisation-a-ete-revoquee-avec-succes = Ogolaanshaha si guul leh ayaa loo joojiyay. Fadlan daabac si uu u saxiixo qofka wakaaladda bixiya.
tm-l-autorisation-a-ete-revoquee-avec = Ogolaanshaha si guul leh ayaa loo joojiyay!
tm-rappel-de-l-autorisation-revoquee = Xusuusinta ogolaanshaha la joojiyay
tm-thematique-administrative = Mawduuca maamulka
tm-date-de-l-autorisation = Taariikhda ogolaanshaha
tm-expiration-de-l-autorisation = Dhammaadka ogolaanshaha
tm-imprimer-l-attestation-de-revocation = Daabac caddaynta joojinta
tm-confirmer-la-revocation-de-l = Xaqiiji joojinta ogolaanshaha
tm-merci-de-verifier-les-informations-ci = Fadlan hubi macluumaadka hoose ka hor intaadan xaqiijin joojinta ogolaanshaha
tm-rappel-de-l-autorisation-en-cours = Xusuusinta ogolaanshaha la joojinayo
tm-thematique-administrative-associee = Mawduuca maamulka ee la xiriira
tm-souhaitez-vous-confirmer-la-revocation = Ma doonaysaa inaad xaqiijiso joojinta ogolaanshahan?
tm-revoquer-l-autorisation = Jooji ogolaanshaha
tm-confirmation-de-revocation = Xaqiijinta joojinta
tm-merci-de-verifier-les-informations-ci-2 = Fadlan hubi macluumaadka hoose ka hor intaadan xaqiijin joojinta wakaaladda
tm-rappel-du-mandat-en-cours-de = Xusuusinta wakaaladda la joojinayo
tm-date-du-mandat = Taariikhda wakaaladda
tm-expiration-du-mandat = Dhammaadka wakaaladda
tm-souhaitez-vous-confirmer-la-revocation-2 = Ma doonaysaa inaad xaqiijiso joojinta wakaaladdan?
tm-revoquer-le-mandat = Jooji wakaaladda
tm-revocation-d-un-mandat-via-le = Joojinta wakaalad iyadoo loo marayo adeegga Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = Aniga oo hoos ku saxiixan, { $usager_name }, waxaan doonayaa inaan joojiyo wakaaladda «Aidants Connect» ee la sameeyay { $creation_date } la jira { $organisation }.
tm-le-mandat-a-ete-revoque-avec = Wakaaladda si guul leh ayaa loo joojiyay. Fadlan daabac si uu u saxiixo qofka wakaaladda bixiya.
tm-le-mandat-a-ete-revoque-avec-2 = Wakaaladda si guul leh ayaa loo joojiyay!
tm-rappel-du-mandat-revoque = Xusuusinta wakaaladda la joojiyay
tm-mandat-pour-realiser-des-demarches = Wakaalad loogu talagalay in hawlo maamul oo internetka ah loo qabto isticmaale iyadoo loo marayo adeegga «Aidants Connect» inta lagu jiro xaaladda degdegga caafimaad ee uu ku dhawaaqay qodobka 4 ee sharciga 23 Maarso 2020.
tm-je-soussigne-e-autorise-dont-seuls = Aniga oo hoos ku saxiixan, { $get_full_name }, waxaan u oggolaaday { $organisation }, oo ay shaqaalaheeda la oggolaaday oo keliya ay meeshayda ka shaqayn karaan, inay magacayga ku qabtaan, sida ku cad qodobka 1984 iyo kuwa xiga ee Sharciga Madaniga, hawlaha maamul ee internetka ah ee soo socda, ha ahaadeen kuwo laga heli karo FranceConnect ama yaysan ahaan:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } wuxuu u oggolaaday { $name } inuu isticmaalo xogtiisa shakhsiga ah oo keliya fulinta wakaaladdan.
tm-l-aidant-habilite-de-a-rappele = Caawiyaha la oggolaaday ee { $name } wuxuu { $usager } xusuusiyay: ujeeddada shaqada, sababta macluumaadkiisa loo ururinayo iyo faa'iidadooda; in uu xuquuq ku leeyahay xogtiisa (arag, sixid, tirtirid, iwm.) iyo in qofka wakaaladda bixiyaa uu waqti kasta dib u qaadan karo oggolaanshihiisa.
tm-a-cette-fin = Ujeeddadaas awgeed:
tm-ne-collecter-et-conserver-que-les = inuu ururiyo oo kaydiyo oo keliya macluumaadka dhab ahaan loogu baahan yahay hawlaha liiska ku jira,
tm-nutiliser-les-informations-fournies-que = inuu macluumaadka la bixiyay u isticmaalo oo keliya hawlaha liiska ku jira. Si uu hawlo kale u qabto, waa inuu marka hore u sheegaa isticmaalaha oo helaa oggolaanshihiisa;
tm-ne-collecter-et-conserver-que-les-2 = inuu ururiyo oo kaydiyo oo keliya macluumaadka dhab ahaan loogu baahan yahay noocyada hawlaha liiska ku jira;
tm-nutiliser-les-informations-fournies-que-2 = inuu macluumaadka la bixiyay u isticmaalo oo keliya qabashada hawlahan. Si uu hawlo kale u qabto, waa inuu marka hore u sheegaa isticmaalaha oo helaa oggolaanshihiisa;
tm-mettre-a-jour-puis-a-supprimer = inuu cusboonaysiiyo kadibna tirtiro dhammaan macluumaadka isticmaalaha marka aan loogu baahnayn hawlaha;
tm-respecter-la-confidentialite-des = inuu ilaaliyo sirta macluumaadka la bixiyay;
tm-prendre-toutes-les-precautions-pour = inuu qaado dhammaan taxaddarka si loo sugo amniga xogta shakhsiga ah ee la diray.
tm-le-mandataire-sengage-a = Wakiilku (qofka meeshaada ka shaqeeya) wuxuu ballan qaadayaa:
tm-le-present-mandat-est-accepte-et = Wakaaladdan waa la aqbalay oo la oggolaaday muddada loo baahan yahay si caawiyaha la oggolaaday ee { $name } u dhammaystiro hawlihiisa. Wakaaladdu way dhammaanaysaa marka hawlaha kor ku xusan la dhammeeyo, ama waqti kasta haddii qofka wakaaladda bixiya ama wakiilku go'aansado inuu joojiyo.
tm-l-aidant-habilite-de-est-tenu = Caawiyaha la oggolaaday ee { $name } waa inuu fuliyaa wakaaladda inta uu mas'uul ka yahay, wuxuuna ka jawaabayaa khasaaraha iyo magdhawga ka iman kara fulin la'aanteeda, sida ku cad qodobka 1991 iyo kuwa xiga ee Sharciga Madaniga.
tm-mandat-pour-realiser-des-demarches-en-2 = Wakaalad loogu talagalay in hawlo internetka lagu qabto adeegga «Aidants Connect» inta lagu jiro xaaladda degdegga caafimaad
tm-je-mappelle-je-suis-le-mandant = Magacaygu waa: { $name } (anigu waxaan ahay qofka wakaaladda bixiya)
tm-jautorise-cest-le-mandataire-a-realiser = Waxaan u oggolaaday { $name } (isagu waa wakiilka) inuu meeshayda ka qabto hawlaha maamul ee soo socda: { $n }
tm-cette-autorisation-est-conforme-aux = Oggolaanshahani wuxuu waafaqsan yahay qodobka 1984 iyo kuwa xiga ee Sharciga Madaniga. Hawlaha waxaa lagu qaban doonaa internetka, goobo isticmaala FranceConnect ama goobo kale. Sidoo kale waxaa lagu qaban karaa qaab kasta oo maamulku oggol yahay (taleefan, warqad, iimayl, …).
tm-je-peux-annuler-mon-autorisation-a = Waqti kasta waan joojin karaa oggolaanshahayga.
tm-je-reconnais-que-laidant-habilite-par = Waan qirayaa in caawiyaha uu oggolaaday { $name } uu i xusuusiyay ujeeddada shaqadiisa, oo uu ii sheegay baahida iyo faa'iidada macluumaadka la ururinayo;
tm-jautorise-les-aidants-habilites-par-a = Waxaan u oggolaaday caawiyayaasha uu oggolaaday { $name } inay isticmaalaan xogtayda shakhsiga ah qaybta wakaaladdan. Waan ogahay inaan xuquuq ku leeyahay macluumaadka i khuseeya: arag, sixid, tirtirid.
tm-pour-que-puisse-agir-a-ma = Si { $name } uu meeshayda uga shaqeeyo:
tm-effectuer-les-demarches-listees-dans-ce = inay meeshayda ka qabtaan hawlaha ku qoran dukumentigan, iyagoo ka duulaya macluumaadka aan siiyay;
tm-collecter-et-conserver-seulement-les = inay ururiyaan oo kaydiyaan oo keliya macluumaadka loogu baahan yahay hawlaha ku qoran dukumentigan ama kuwa la xiriira;
tm-utiliser-et-communiquer-seulement-les = inay isticmaalaan oo gudbiyaan oo keliya macluumaadka loogu baahan yahay hawlaha ku qoran dukumentigan ama kuwa la xiriira;
tm-minformer-et-demander-mon-autorisation = inay ii sheegaan oo weydiistaan oggolaanshahayga ka hor intaysan qaban hawlo aan ku qornayn dukumentigan;
tm-mettre-a-jour-et-supprimer-lensemble = inay cusboonaysiiyaan oo tirtiraan dhammaan macluumaadkayga shakhsiga ah marka aan loo baahnayn;
tm-sinterdire-de-rendre-publiques-mes = inaysan weligood dadweynaha u bandhigin macluumaadkayga shakhsiga ah;
tm-prendre-toutes-les-precautions-pour-2 = inay qaadaan dhammaan taxaddarka si loo sugo amniga macluumaadkayga shakhsiga ah.
tm-les-aidants-habilites-par-doivent = Caawiyayaasha uu oggolaaday { $name } waa inay:
tm-a-partir-du-moment-ou-un = Laga bilaabo marka caawiye uu oggolaaday { $name } uu meeshayda ka qabto mid ka mid ah hawlaha ku qoran dukumentigan, wuxuu aqbalayaa inuu ku qabto shuruudaha ku qoran dukumentigan.
tm-les-demarches-decrites-ci-dessus-sont = hawlaha kor ku qoran la dhammeeyo;
tm-je-decide-de-lannuler = aniga aan go'aansado inaan joojiyo;
tm-laidant-habilite-par-decide-de-lannuler = caawiyaha uu oggolaaday { $name } uu go'aansado inuu joojiyo;
tm-je-donne-mon-autorisation-a-une = aan oggolaanshahayga siiyo qof kale oo aan ahayn caawiye uu oggolaaday { $name }. Xaaladdaas, waa inaan sida ugu dhaqsaha badan u sheegaa { $name }.
tm-mon-autorisation-est-donnee-et-acceptee = Oggolaanshahayga waa la bixiyay waana la aqbalay { $n }. Wuxuu ku dhammaanayaa waqtigaas ka hor haddii:
tm-l-aidant-habilite-par-doit-accomplir = Caawiyaha uu oggolaaday { $name } waa inuu meeshayda ka qabtaa hawlaha ku qoran dukumentigan inta wakaaladdu shaqaynayso. Caawiyaha uu oggolaaday { $name } wuxuu mas'uul noqon karaa haddii uusan ilaalin shuruudaha ku qoran dukumentigan (qodobka 1991 ee Sharciga Madaniga).
tm-jautorise-cest-le-mandataire-a-realiser-2 = Waxaan u oggolaaday { $name } (isagu waa wakiilka) inuu meeshayda ka qabto hawlaha maamul ee soo socda:
tm-collecter-et-conserver-utiliser-et = inay ururiyaan, kaydiyaan, isticmaalaan oo gudbiyaan oo keliya macluumaadka loogu baahan yahay hawlaha ku qoran dukumentigan ama kuwa la xiriira;
tm-l-aidant-habilite-par-doit-accomplir-2 = Caawiyaha uu oggolaaday { $name } waa inuu meeshayda ka qabtaa hawlaha ku qoran dukumentigan inta wakaaladdu shaqaynayso. Wuxuu mas'uul noqon karaa haddii uusan ilaalin shuruudaha ku qoran dukumentigan (qodobka 1991 ee Sharciga Madaniga).
tm-fait-a-le-2 = Lagu qoray { $display_address }, { $display_city }, taariikhda { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = Waxaan u oggolaaday { $name } (isagu waa wakiilka) inuu aniga ii qabto hawlaha maamul ee soo socda:
tm-pour-que-puisse-agir-pour-mon = Si { $name } uu aniga ii shaqeeyo:
tm-effectuer-les-demarches-listees-dans-ce-2 = inay aniga ii qabtaan hawlaha ku qoran dukumentigan, iyagoo ka duulaya macluumaadka aan siiyay;
tm-a-partir-du-moment-ou-un-2 = Laga bilaabo marka caawiye uu oggolaaday { $name } uu aniga ii qabto mid ka mid ah hawlaha ku qoran dukumentigan, wuxuu aqbalayaa inuu ku qabto shuruudaha ku qoran dukumentigan.
tm-l-aidant-habilite-par-doit-accomplir-3 = Caawiyaha uu oggolaaday { $name } waa inuu aniga ii qabtaa hawlaha ku qoran dukumentigan inta wakaaladdu shaqaynayso. Wuxuu mas'uul noqon karaa haddii uusan ilaalin shuruudaha ku qoran dukumentigan (qodobka 1991 ee Sharciga Madaniga).
tm-mandat-pour-realiser-des-demarches-en-3 = Wakaalad loogu talagalay in hawlo internetka lagu qabto adeegga «Aidants Connect»
tm-je-mappelle-et-je-suis-le = Magacaygu waa { $name } waxaanan ahay qofka wakaaladda bixiya.
tm-jautorise-en-tant-que-mandataire-a = Waxaan u oggolaaday { $name }, isagoo ah wakiil, inuu aniga ii qabto hawlaha maamul ee soo socda:
tm-je-declare-ne-pas-faire-l = Waxaan caddaynayaa inaanan ku hoos jirin wax tallaabo ilaalin sharci ah (sauvegarde de justice, tutelle ama curatelle).
tm-jautorise-les-aidants-habilites-par-a-2 = Waxaan u oggolaaday caawiyayaasha uu oggolaaday { $name } inay isticmaalaan xogtayda shakhsiga ah qaybta wakaaladdan. Waan ogahay inaan xuquuq ku leeyahay macluumaadka i khuseeya: arag, ogaysiin, sixid, xaddidid, tirtirid.
tm-quand-un-aidant-habilite-par-realise = Marka caawiye uu oggolaaday { $name } uu aniga ii qabto mid ka mid ah hawlaha kor ku qoran, wuxuu ballan qaadayaa inuu ku qabto shuruudaha iyo muddada ku qoran dukumentigan, haddii kale wuxuu yeelanayaa mas'uuliyad madani iyo mid ciqaab.
tm-prendre-toutes-les-precautions-pour-3 = inay qaadaan dhammaan taxaddarka si loo sugo amniga iyo sirta macluumaadkayga shakhsiga ah.
tm-un-aidant-habilite-par-decide-de = caawiye uu oggolaaday { $name } uu go'aansado inuu joojiyo;
tm-fait-a-le-3 = Lagu qoray { $display_address }, { $zipcode } { $display_city }, taariikhda { $date }
tm-prenom-nom-et-signature-du-mandataire = Magaca koowaad, magaca qoyska iyo saxiixa wakiilka (caawiyaha)
tm-prenom-nom-et-signature-du-mandant = Magaca koowaad, magaca qoyska iyo saxiixa qofka wakaaladda bixiya (isticmaalaha)
tm-il-y-a-des-erreurs-dans = Foomka waxaa ku jira khaladaad
tm-lisez-ces-mentions-a-lusager = U akhri qoraalkan isticmaalaha
tm-le-mandat-est-une-autorisation-ecrite = Wakaaladdu waa oggolaansho qoran oo u oggolaanaya caawiyaha inuu hawlo maamul kuu qabto. Way ku ilaalinaysaa adiga iyo caawiyaha ku caawinaya. Waqti kasta waad joojin kartaa.
tm-une-fois-ce-mandat-signe-par = Marka labada dhinacba saxiixaan wakaaladdan, caawiyuhu wuxuu ballan qaadayaa:
tm-realiser-les-demarches-listees-dans-le = inuu qabto hawlaha ku qoran wakaaladda isagoo ka duulaya macluumaadka aad siisay;
tm-utiliser-et-enregistrer-seulement-les = inuu isticmaalo oo kaydiyo oo keliya macluumaadka loogu baahan yahay hawlahan;
tm-ne-pas-effectuer-dautres-demarches-que = inuusan qaban hawlo aan ku qornayn wakaaladda;
tm-securiser-lensemble-de-vos-informations = inuu sugo dhammaan macluumaadkaaga oo tirtiro marka aan loo baahnayn.
tm-connectez-lusager-a-franceconnect = Isticmaalaha geli FranceConnect
tm-recapitulatif-du-mandat-a-distance = Soo koobidda wakaaladda fogaan
tm-elements-du-mandat = Qaybaha wakaaladda
tm-validation-de-lusager = Xaqiijinta isticmaalaha
tm-en-cochant-ces-cases-confirme = Markuu calaamadeeyo sanduuqyadan, { $name } wuxuu xaqiijinayaa:
tm-validation-de-laidant = Xaqiijinta caawiyaha
tm-enregistrer-le-mandat = Kaydi wakaaladda

## aidants: login

tm-vous-etes-un-particulier = Ma tahay qof caadi ah?
tm-aidants-connect-n-est-pas-un = Aidants Connect ma aha qalab loogu talagalay dadka caadiga ah ama qaraabada qof caawisa.
tm-vous-rencontrez-un-probleme-lors-de = Ma dhibaato ayaad kala kulantay galitaanka France Connect ama galitaanka boggaga shakhsiga ah ee adeegyada dadweynaha (CAF, canshuuraha, ANTS...)? Eeg bogga caawimaadda ee gaarka ah.
tm-vous-rencontrez-des-difficultes-avec-le = Ma dhibaato ayaad ku qabtaa kombiyuutarka iyo internetka, oo ma rabtaa qof ku caawiya si aad hawlahaaga u qabato ama aad iskaa ugu barato? Raadi meel kuu dhow.

## aidants: aidants_connect_common

tm-adresse-e-mail = Cinwaanka iimaylka

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Lambarka taleefanka gacanta
tm-format-attendu-10-chiffres = Qaabka la rabo: 10 god
tm-format-attendu-6-chiffres = Qaabka la rabo: 6 god
tm-selectionnez-la-ou-les-demarches = Dooro hawsha ama hawlaha
tm-choisissez-la-duree-du-mandat = Dooro muddada wakaaladda
tm-code-a-6-chiffres = Koodh 6 god ah
tm-choisir = Dooro…
tm-exemple-prenom-nom-exemple-fr = Tusaale: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Cinwaanka iimaylka cusub
tm-erreur-veuillez-saisir-uniquement-des = Khalad: fadlan qor oo keliya cinwaanno iimayl oo sax ah.
tm-telephone-mobile = Taleefanka gacanta

## dsfr: component/checkbox

tm-libelle-checkbox = Magaca sanduuqa calaamadda
tm-libelle-checkbox-sub-et-sup = Magaca sanduuqa calaamadda oo leh qoraal hoose iyo qoraal sare
tm-libelle-case-a-cocher = Magaca sanduuqa calaamadda
tm-theme-clair = Muuqaal iftiin leh
tm-theme-sombre = Muuqaal madow
tm-systeme = Nidaamka
tm-legende-pour-lensemble-des-elements = Cinwaanka dhammaan qaybaha
tm-choisissez-un-theme-pour-personnaliser = Dooro muuqaal si aad u beddesho sida goobtu u muuqato.
tm-texte-de-description-additionnel = Qoraal sharaxaad dheeraad ah
tm-utilise-les-parametres-systeme = Wuxuu isticmaalaa dejinta nidaamka
tm-extrait-de-code = Qayb kood ah
tm-libelle-bouton = Magaca badhanka
tm-texte-derreur-obligatoire = Qoraalka khaladku waa waajib
tm-texte-de-validation = Qoraalka xaqiijinta
tm-verifier-ma-demande = Hubi codsigayga
tm-supprimer-le-justificatif-de-domicile = Tirtir caddaynta deegaanka
tm-la-case-a-cocher-permet-a = Sanduuqa calaamaddu wuxuu u oggolaanayaa isticmaalaha inuu liis ka doorto hal ama dhowr doorasho. Waxaa loo isticmaalaa doorashada waxyaabo badan (0 ilaa N), ama doorashada laba xaaladood, marka isticmaaluhu dooran karo ama ka saari karo hal doorasho.
tm-dsfr-v1-15-3 = DSFR nooca 1.15.3
tm-retour = Ku noqo
tm-case-a-cocher-checkbox = Sanduuqa calaamadda (checkbox)
tm-case-a-cocher-seule = Hal sanduuq calaamadeed oo keliya
tm-case-a-cocher-seule-exemple-avec = Hal sanduuq calaamadeed oo keliya, tusaale leh qoraal hoose iyo qoraal sare
tm-case-a-cocher-avec-texte-daide = Sanduuqa calaamadda oo leh qoraal caawimaad
tm-case-a-cocher-seule-validee = Hal sanduuq calaamadeed oo keliya, sax ah
tm-case-a-cocher-seule-avec-erreur = Hal sanduuq calaamadeed oo keliya oo khalad leh
tm-case-a-cocher-seule-indeterminee = Hal sanduuq calaamadeed oo keliya, aan la go'aamin
tm-ensemble-de-cases-a-cocher = Koox sanduuqyo calaamadeed
tm-ensemble-de-cases-a-cocher-petite = Koox sanduuqyo calaamadeed, cabbir yar
tm-ensemble-de-cases-a-cocher-desactivees = Koox sanduuqyo calaamadeed oo aan shaqaynayn
tm-ensemble-de-cases-a-cocher-en = Koox sanduuqyo calaamadeed oo hal saf ku jira
tm-ensemble-de-cases-a-cocher-avec = Koox sanduuqyo calaamadeed oo leh qoraal caawimaad
tm-ensemble-de-cases-a-cocher-avec-2 = Koox sanduuqyo calaamadeed oo khalad leh
tm-ensemble-de-cases-a-cocher-validees = Koox sanduuqyo calaamadeed oo sax ah
tm-ensemble-de-cases-a-cocher-avec-3 = Koox sanduuqyo calaamadeed oo khalad leh, hal saf
tm-ensemble-de-cases-a-cocher-validees-2 = Koox sanduuqyo calaamadeed oo sax ah, hal saf
tm-ensemble-de-cases-a-cocher-avec-4 = Koox sanduuqyo calaamadeed oo leh qoraal caawimaad gaar ah
tm-ensemble-de-cases-a-cocher-avec-5 = Koox sanduuqyo calaamadeed oo leh qoraal caawimaad gaar ah, cabbir yar
tm-autres-versions = Noocyo kale
tm-parametres-daffichage = Dejinta muuqaalka

## dsfr: component/input

tm-libelle-champ-de-saisie = Magaca meesha wax lagu qoro
tm-envoyer = Dir
tm-supprimer-le-champ = Tirtir meesha
tm-placeholder = Qoraal tusaale ah oo meesha gudaheeda ku jira (placeholder)
tm-champ-de-saisie-input = Meesha wax lagu qoro (input)
tm-les-champs-permettent-a-un-utilisateur = Meelaha wax lagu qoro waxay u oggolaanayaan isticmaalaha inuu qoro waxyaabo iyo xog.
tm-champ-de-type-text = Meel nooca «qoraal» ah (text)
tm-champ-de-type-number = Meel nooca «lambar» ah (number)
tm-champ-de-type-search = Meel nooca «raadin» ah (search)
tm-champ-de-type-date = Meel nooca «taariikh» ah (date)
tm-preferez-l-utilisation-du-modele-de = Waxaa fiican in la isticmaalo qaabka hal taariikh
tm-champ-de-type-textarea = Meel nooca «qoraal dheer» ah (textarea)
tm-champ-de-type-password = Meel nooca «erayga sirta ah» (password)
tm-preferez-l-utilisation-du-composant-mot = Waxaa fiican in la isticmaalo qaybta «Erayga sirta ah»
tm-combo-champ-bouton-d-envoi = Meel wax lagu qoro iyo badhan dirid
tm-combo-champ-bouton-d-action = Meel wax lagu qoro iyo badhan fal
tm-champ-avec-placeholder = Meel leh qoraal tusaale ah oo gudaheeda ku jira
tm-champ-avec-valeur-initiale = Meel leh qiime bilow ah
tm-champ-avec-icone-personalisee = Meel leh calaamad (icon) gaar ah
tm-champ-desactive = Meel aan shaqaynayn
tm-champ-avec-texte-additionnel = Meel leh qoraal dheeraad ah
tm-champ-valide-avec-texte-de-succes = Meel sax ah oo leh qoraal guul
tm-champ-en-erreur-avec-texte-d = Meel khalad leh oo leh qoraalka khaladka

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] Ugu yaraan { $n } xaraf
       *[other] Ugu yaraan { $n } xaraf
    }
tm-la-demande-de-mot-de-passe = Meesha erayga sirta ah waxay ka caawisaa isticmaalaha inuu sameeyo ama qoro eray sir ah.
tm-mot-de-passe-password = Erayga sirta ah (password)
tm-mot-de-passe-avec-description = Erayga sirta ah oo leh sharaxaad
tm-mot-de-passe-apres-validation = Erayga sirta ah kadib xaqiijinta
tm-mot-de-passe-de-connexion = Erayga sirta ah ee galitaanka

## dsfr: component/radio

tm-libelle-bouton-radio = Magaca badhanka hal-doorashada (radio)
tm-libelle-radio-sup-sub = Magaca badhanka hal-doorashada oo leh qoraal sare iyo qoraal hoose
tm-le-bouton-radio-permettent-a = Badhanka hal-doorashada (radio) wuxuu u oggolaanayaa isticmaalaha inuu liis ka doorto hal doorasho oo keliya.
tm-bouton-radio-radio = Badhanka hal-doorashada (radio)
tm-bouton-radio-simple = Badhan hal-doorasho oo fudud
tm-ensemble-de-boutons-radio = Koox badhamo hal-doorasho
tm-ensemble-de-boutons-radio-petite-taille = Koox badhamo hal-doorasho, cabbir yar
tm-ensemble-de-boutons-radio-desactivees = Koox badhamo hal-doorasho oo aan shaqaynayn
tm-ensemble-de-boutons-radio-en-ligne = Koox badhamo hal-doorasho oo hal saf ku jira
tm-ensemble-de-boutons-radio-avec-texte = Koox badhamo hal-doorasho oo leh qoraal caawimaad
tm-ensemble-de-boutons-radio-avec-erreur = Koox badhamo hal-doorasho oo khalad leh
tm-ensemble-de-boutons-radio-avec-erreur-2 = Koox badhamo hal-doorasho oo khalad leh, hal saf
tm-ensemble-de-boutons-radio-valides = Koox badhamo hal-doorasho oo sax ah
tm-ensemble-de-boutons-radio-valides-en = Koox badhamo hal-doorasho oo sax ah, hal saf
tm-ensemble-de-boutons-radio-avec-texte-2 = Koox badhamo hal-doorasho oo leh qoraal caawimaad gaar ah
tm-ensemble-de-boutons-radio-avec-texte-3 = Koox badhamo hal-doorasho oo leh qoraal caawimaad gaar ah, cabbir yar
tm-ensemble-de-boutons-radio-libelle-en = Koox badhamo hal-doorasho, magaca oo leh qoraal hoose iyo qoraal sare
tm-bouton-radio-riche = Badhan hal-doorasho oo ballaaran (sawir leh)
tm-ensemble-de-boutons-radio-riches-simple = Koox badhamo hal-doorasho oo ballaaran, fudud
tm-ensemble-de-boutons-radio-riches-en = Koox badhamo hal-doorasho oo ballaaran, hal saf, fudud
tm-ensemble-de-boutons-radio-riches-sans = Koox badhamo hal-doorasho oo ballaaran oo aan sawir lahayn
tm-ensemble-de-boutons-radio-riches-sans-2 = Koox badhamo hal-doorasho oo ballaaran oo aan sawir lahayn, hal saf
tm-ensemble-de-boutons-radio-riches-avec = Koox badhamo hal-doorasho oo ballaaran oo leh qoraallo caawimaad
tm-ensemble-de-boutons-radio-riches-avec-2 = Koox badhamo hal-doorasho oo ballaaran oo leh qoraallo caawimaad, hal saf
tm-ensemble-de-boutons-radio-riches-avec-3 = Koox badhamo hal-doorasho oo ballaaran oo leh khalad iyo qoraallo caawimaad
tm-ensemble-de-boutons-radio-riches-avec-4 = Koox badhamo hal-doorasho oo ballaaran oo leh khalad iyo qoraallo caawimaad, hal saf
tm-ensemble-de-boutons-radio-riches = Koox badhamo hal-doorasho oo ballaaran oo aan shaqaynayn

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Magaca liiska hoos-u-dhaca
tm-option = Doorasho { $n }
tm-selectionnez-une-option = Dooro hal doorasho
tm-la-liste-deroulante-permet-a-un = Liiska hoos-u-dhacu wuxuu u oggolaanayaa isticmaalaha inuu liis la bixiyay ka doorto hal shay.
tm-liste-deroulante-select = Liiska hoos-u-dhaca (select)
tm-liste-deroulante-par-defaut = Liis hoos-u-dhac caadi ah
tm-liste-deroulante-desactivee = Liis hoos-u-dhac oo aan shaqaynayn
tm-liste-deroulante-avec-texte-de = Liis hoos-u-dhac oo leh qoraal sharaxaad
tm-liste-deroulante-valide = Liis hoos-u-dhac oo sax ah
tm-liste-deroulante-erreur = Liis hoos-u-dhac oo khalad leh
tm-liste-deroulante-avec-groupe-d-options = Liis hoos-u-dhac oo leh kooxo doorashooyin

## dsfr: component/upload

tm-ajouter-un-fichier = Ku dar fayl
tm-ajouter-des-fichiers = Ku dar faylal
tm-ce-composant-permet-aux-utilisateurs-de = Qaybtani waxay u oggolaanaysaa isticmaalayaasha inay doortaan oo diraan hal fayl ama dhowr fayl.
tm-ajout-de-fichier-upload = Ku darista fayl (upload)
tm-bouton-upload-1-seul-fichier = Badhanka soo gelinta hal fayl oo keliya
tm-bouton-upload-avec-erreur = Badhanka soo gelinta fayl oo khalad leh
tm-bouton-upload-fichiers-multiples = Badhanka soo gelinta faylal badan
tm-bouton-upload-desactive = Badhanka soo gelinta fayl oo aan shaqaynayn

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Gal [Magaca adeegga ama goobta]
tm-format-attendu = Qaabka la rabo: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect waa xalka ay dawladdu bixiso si galitaanka adeegyada internetka loo sugo oo loo fududeeyo.
tm-se-connecter-avec-franceconnect = Ku gal FranceConnect
tm-vous-navez-pas-de-compte = Akoon ma lihid?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Magaca isticmaalaha ama erayga sirta ah waa khalad

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Dib u hel erayga sirta ah ee akoonkaaga
tm-description-veuillez-saisir-ladresse = Sharaxaad — Fadlan qor cinwaanka iimaylka ee ku xiran akoonkaaga. Waxaan kuu soo diri doonnaa macluumaad dheeraad ah si aad u beddesho erayga sirta ah
tm-recuperation-de-mot-de-passe-sur = Dib u helidda erayga sirta ah ee [Magaca adeegga ama goobta]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Faahfaahin — Haddii aadan helin iimayl (sidoo kale eeg galka fariimaha aan la rabin), waxaad mar kale qori kartaa cinwaanka iimaylkaaga.
tm-votre-demande-de-recuperation-de-mot = Codsigaaga dib u helidda erayga sirta ah waa la diray. Daqiiqado gudahood waxaad heli doontaa iimayl.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Bogagga galitaanka

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Samaynta akoon ee [Magaca adeegga ama goobta]
tm-se-creer-un-compte-en-choisissant = Samayso akoon adigoo dooranaya magac isticmaale
tm-sauf-mention-contraire-tous-les-champs = Dhammaan meelaha waa waajib, haddii aan si kale loo qorin mooyee.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Dooro magac isticmaale
tm-etape-sur = Tallaabada { $n } ee { $count }
tm-etape-suivante-renseigner-une-identite = Tallaabada xigta: Buuxi macluumaadka aqoonsiga

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Dheddig
tm-masculin = Lab
tm-je-n-ai-pas-de-prenom = Ma lihi magac koowaad
tm-identite-personnelle = Aqoonsiga shakhsiga ah
tm-sexe = Jinsiga
tm-renseigner-une-identite = Buuxi macluumaadka aqoonsiga
tm-etape-suivante-saisir-des-coordonnees = Tallaabada xigta: Qor macluumaadka xiriirka

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Faahfaahinta cinwaanka (ikhtiyaari)
tm-coordonnees-personnelles = Macluumaadka xiriirka shakhsiga ah
tm-adresse-postale = Cinwaanka boostada
tm-indication-numero-et-voie = Tilmaan: lambarka guriga iyo magaca waddada
tm-indication-batiment-immeuble-escalier-et = Tilmaan: dhismaha, aqalka, jaranjarada iyo lambarka guriga (apartment)
tm-exemple-montpellier = Tusaale: Montpellier
tm-saisir-des-coordonnees = Qor macluumaadka xiriirka

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Bogagga samaynta akoon

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Akoonkaaga waa la sameeyay. Daqiiqado gudahood waxaad heli doontaa iimayl ay ku jirto xiriiriye (link) xaqiijin.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Akoonkaaga waa la hawlgeliyay. Hadda ayaad bilaabi kartaa inaad isticmaasho.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Magaca goobta (lieu-dit), degmo hoose (commune déléguée) ama sanduuqa boostada
tm-numero = Lambar
tm-voie = Waddo
tm-batiment = Dhismo
tm-immeuble = Aqal (dhismo la deggan yahay)
tm-escalier = Jaranjaro
tm-numero-d-appartement = Lambarka guriga (apartment)
tm-complement-d-adresse-postale = Faahfaahinta cinwaanka boostada
tm-la-demande-dadresse-postale-permet = Meesha cinwaanka boostada waxay ka caawisaa isticmaalaha inuu qoro cinwaankiisa.
tm-bloc-fonctionnel-d-adresse-postale = Kooxda meelaha cinwaanka boostada (address)
tm-demande-dune-adresse-postale-nationale = Weydiinta cinwaan boosto oo Faransiiska ah
tm-demande-dune-adresse-postale-nationale-2 = Weydiinta cinwaan boosto oo Faransiiska ah + magaca goobta, degmo hoose ama sanduuqa boostada
tm-complement-d-adresse = Faahfaahinta cinwaanka

## dsfr: layout/pattern/civility

tm-docteur = Dhakhtar
tm-inspecteur = Kormeere (inspecteur)
tm-sans-reponse = Jawaab la'aan
tm-titre-dappel = Magaca xushmadda (sida laguugu yeero)
tm-demande-de-situation-familiale = Weydiinta xaaladda qoyska
tm-demande-du-titre-dappel = Weydiinta magaca xushmadda
tm-concubinage = Wada noolaansho aan guur ahayn
tm-pacse = Leh heshiiska PACS
tm-marie = Guursaday
tm-veuf = Carmal (xaaskiisii way dhimatay)
tm-divorce = Furay (kala tagay)
tm-recteur = Madaxa gobolka waxbarashada (recteur)
tm-proviseur = Maamulaha dugsiga sare (lycée)
tm-professeur = Macallin
tm-principal = Maamulaha dugsiga dhexe (collège)
tm-la-demande-de-civilite-permet-a = Meesha xaaladda madaniga ah waxay u oggolaanaysaa isticmaalaha inuu bixiyo macluumaadkiisa (jinsiga, xaaladda qoyska, magaca xushmadda).
tm-les-boutons-radios-sont-recommandes = Badhamada hal-doorashada (radio) ayaa lagu taliyaa marka isticmaaluhu uu ka dooranayo hal shay 2 ilaa 5 doorasho.
tm-au-dela-de-5-choix-ou = Haddii doorashooyinku ka badan yihiin 5 ama meeshu aysan ku filnayn, waxaa fiican in la isticmaalo liis hoos-u-dhac.
tm-bloc-fonctionnel-de-civilite-civility = Kooxda meelaha xaaladda madaniga ah (civility)
tm-demande-du-sexe = Weydiinta jinsiga

## dsfr: layout/pattern/company

tm-numero-de-siret = Lambarka SIRET
tm-denomination = Magaca shirkadda
tm-cedex = Cedex (koodh boosto oo gaar u ah hay'adaha)
tm-type-de-societe = Nooca shirkadda
tm-nom-d-usage = Magaca aad isticmaasho
tm-nom-de-naissance = Magaca qoyska ee dhalashada
tm-fonction-dans-la-societe = Shaqada aad ka hayso shirkadda
tm-siret-de-l-entreprise = Lambarka SIRET ee shirkadda
tm-representant-moral-de-l-entreprise = Wakiilka sharciga ah ee shirkadda
tm-indication-nom-de-famille-non-rectifie = Tilmaan: magaca qoyska intaan maxkamaddu go'aan ku sixin.
tm-france = Faransiiska
tm-allemagne = Jarmalka
tm-italie = Talyaaniga
tm-espagne = Isbaanishka
tm-royaume-uni = Boqortooyada Ingiriiska
tm-entrepreneur-individuel-ei = Ganacsade shakhsi ah (EI)
tm-entreprise-unipersonnelle-a = Shirkad hal qof leh oo mas'uuliyad xaddidan (EURL)
tm-societe-a-responsabilite-limitee-sarl = Shirkad mas'uuliyad xaddidan (SARL)
tm-societe-par-actions-simplifiee = Shirkad saami fudud oo hal qof leh (SASU)
tm-societe-par-actions-simplifiee-sas = Shirkad saami fudud (SAS)
tm-societe-anonyme-sa = Shirkad saami (SA)
tm-societe-en-nom-collectif-snc = Shirkad wadaag ah (SNC)
tm-societe-en-commandite-simple-scs = Shirkad iskaashi fudud (SCS)
tm-societe-en-commandite-par-actions-sca = Shirkad iskaashi saami leh (SCA)
tm-la-demande-de-renseignement-sur-la = Meelaha macluumaadka shirkadda waxay ka caawiyaan isticmaalaha inuu qoro macluumaadka shirkaddiisa.
tm-bloc-fonctionnel-de-societe-company = Kooxda meelaha shirkadda (company)
tm-demande-d-un-numero-de-siret = Weydiinta lambarka SIRET
tm-demande-dune-adresse-de-siege-social = Weydiinta cinwaanka xarunta shirkadda
tm-demande-dun-type-de-societe = Weydiinta nooca shirkadda
tm-demande-dun-representant-moral = Weydiinta wakiilka sharciga ah

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Tilmaan: qoraal sharaxaad dheeraad ah
tm-exemple-2 = Tusaale: { $n }
tm-le-jour-est-invalide = Maalintu waa khalad
tm-le-mois-est-invalide = Bishu waa khalad
tm-lannee-est-invalide = Sannadku waa khalad
tm-le-jour-est-invalide-le-mois-est = Maalintu waa khalad Bishu waa khalad Sannadku waa khalad
tm-la-date-est-posterieure-a-aujourdhui = Taariikhdu waxay ka dambaysaa maanta (mustaqbalka)
tm-le-champ-de-saisie-de-date = Meesha taariikhdu waxay ka kooban tahay saddex meelood oo qoraal ah.
tm-bloc-fonctionnel-de-date-unique-date = Kooxda meelaha hal taariikh (date)
tm-defaut = Caadi
tm-erreur-unitaire = Khalad ku jira hal meel
tm-erreur-globale = Khalad guud

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Tilmaan: cinwaankan waxaa loo isticmaalaa oo keliya galitaanka adeegga.
tm-le-format-de-ladresse-electronique = Qaabka cinwaanka iimaylka ee aad qortay sax ma aha. Qaabka la rabo waa: { $email }
tm-la-demande-d-email-est-un = Meesha iimaylku waa koox kuu oggolaanaysa inaad qorto cinwaan iimayl.
tm-bloc-fonctionnel-de-demande-d-email = Kooxda meelaha iimaylka (email)
tm-demande-d-une-adresse-electronique = Weydiinta cinwaan iimayl
tm-demande-d-une-adresse-electronique-2 = Weydiinta cinwaan iimayl - Khalad
tm-demande-et-indication-de-traitement-dune = Weydiinta cinwaan iimayl iyo sharaxaadda sida loo isticmaalo
tm-demande-et-indication-de-traitement-dune-2 = Weydiinta cinwaan iimayl iyo sharaxaadda sida loo isticmaalo - Khalad

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Tilmaan: magacii hore…
tm-ajouter-un-prenom = Ku dar magac koowaad
tm-la-demande-de-nom-et-prenom = Meelaha magaca qoyska iyo magaca koowaad waxay ka caawiyaan isticmaalaha inuu qoro magaciisa qoyska iyo magaciisa koowaad.
tm-bloc-fonctionnel-de-nom-et-prenom = Kooxda meelaha magaca qoyska iyo magaca koowaad (name)
tm-demande-dun-nom-et-dun-prenom = Weydiinta magaca qoyska iyo magaca koowaad gudaha Faransiiska
tm-avec-prenom-desactive = Iyadoo meesha magaca koowaad aysan shaqaynayn
tm-avec-nom-d-usage = Iyadoo leh magaca la isticmaalo
tm-avec-nom-d-usage-prenom-desactive = Iyadoo leh magaca la isticmaalo + meesha magaca koowaad oo aan shaqaynayn
tm-avec-bouton = Iyadoo leh badhan
tm-avec-bouton-prenom-desactive = Iyadoo leh badhan + meesha magaca koowaad oo aan shaqaynayn
tm-demande-dun-nom-et-dun-prenom-2 = Weydiinta magaca qoyska iyo magaca koowaad dibadda Faransiiska

## dsfr: layout/pattern/nationality

tm-nationalite = Dhalashada (jinsiyadda)
tm-allemande = Jarmal
tm-italienne = Talyaani
tm-espagnole = Isbaanish
tm-la-demande-de-nationalite-permet-daider = Meesha dhalashadu waxay ka caawisaa isticmaalaha inuu qoro dhalashadiisa.
tm-bloc-fonctionnel-de-nationalite = Kooxda meelaha dhalashada (nationality)
tm-demande-de-nationalite = Weydiinta dhalashada

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Lambarka taleefanka
tm-format-attendu-33-5-36-49 = Qaabka la rabo: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = Qaabka lambarka taleefanka ee aad qortay sax ma aha. Qaabka la rabo waa: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = Meesha lambarka taleefanku waa koox kuu oggolaanaysa inaad qorto lambar taleefan.
tm-bloc-fonctionnel-de-telephone-tel = Kooxda meelaha taleefanka (tel)
tm-demande-d-un-numero-de-telephone = Weydiinta lambar taleefan
tm-demande-d-un-numero-de-telephone-2 = Weydiinta lambar taleefan - Khalad

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Codsiga ruqsadda deganaanshaha – nolosha gaarka ah iyo qoyska
tm-identite-et-situation-familiale = Aqoonsiga iyo xaaladda qoyska
tm-les-champs-suivis-dun-asterisque-sont = Meelaha ay xiddig ( * ) ka dambayso waa waajib.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Haddii aad leedahay dhowr magac oo koowaad, qor dhammaan, oo hakad (,) ku kala saar.
tm-algerienne = Aljeeriyaan
tm-afghane = Afgaan
tm-erythreenne = Eritreeyaan
tm-georgienne = Joorjiyaan
tm-ukrainienne = Yukreeniyaan
tm-votre-situation-a-la-date-de = Xaaladdaada taariikhda codsiga
tm-avez-vous-des-enfants-a-charge = Ma leedahay carruur aad masuul ka tahay (aad quudiso)?
tm-nom-et-prenom-du-conjoint = Magaca qoyska iyo magaca koowaad ee lammaanahaaga (xaaska ama ninka)
tm-date-du-mariage = Taariikhda guurka
tm-date-de-conclusion-du-pacs = Taariikhda la saxiixay heshiiska PACS
tm-ajouter-un-enfant = Ku dar ilmo
tm-enfant-n = Ilmaha lambarka { $numero }
tm-prenom-de-lenfant = Magaca koowaad ee ilmaha
tm-date-de-naissance-de-lenfant = Taariikhda dhalashada ilmaha
tm-supprimer-lenfant-n = Tirtir ilmaha lambarka { $numero }
tm-etape-suivante-recapitulatif = Tallaabada xigta: Soo koobid
tm-exemple-06-12-34-56-78 = Tusaale: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 god, waxaa ku qoran ruqsaddaada deganaanshaha ama warqadda récépissé
tm-jatteste-sur-lhonneur-lexactitude-des = Waxaan sharaftayda ku caddaynayaa in macluumaadka aan bixiyay ay sax yihiin
tm-une-erreur-est-survenue-votre-dossier = Khalad ayaa dhacay. Faylkaaga lama gudbin karin. Sax meelaha la calaamadeeyay kadibna mar kale gudbi faylkaaga.
tm-le-champ-adresse-electronique-est = Meesha «Cinwaanka iimaylka» (Adresse électronique) waa khalad. Qor cinwaan iimayl oo sax ah, tusaale ahaan nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = Meesha «Lambarka ajnabiga» (Numéro étranger) waa inay lahaato 10 god
tm-recapitulatif = Soo koobid
tm-votre-dossier-a-bien-ete-depose = Faylkaaga waa la gudbiyay
tm-un-courriel-de-confirmation-vous-a = Iimayl xaqiijin ah ayaa laguugu diray cinwaanka { $email }.
tm-enfants-a-charge = Carruurta aad masuulka ka tahay

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Qabsashada ballan – Miiska ruqsadaha deganaanshaha
tm-vous-pouvez-prendre-rendez-vous-au = Waxaad ballan ka qabsan kartaa miiska «Ruqsadaha deganaanshaha» (Titres de séjour) ee préfecture-ka. Intaadan bilaabin, akhri shuruudaha isticmaalka adeegga: qof kasta hal ballan oo keliya, codsi kasta oo aan dhammaystirnayn waa la tirtiri doonaa.
tm-jaccepte-les-conditions-generales = Waan aqbalay shuruudaha guud ee isticmaalka
tm-vos-informations = Macluumaadkaaga
tm-choisissez-le-motif-qui-correspond-a = Dooro sababta ku habboon xaaladdaada
tm-remise-de-titre-de-sejour = Qaadashada ruqsadda deganaanshaha
tm-premiere-demande-de-titre-de-sejour = Codsiga ugu horreeya ee ruqsadda deganaanshaha – arday
tm-renouvellement-de-titre-de-sejour = Cusboonaysiinta ruqsadda deganaanshaha – shaqaale (qandaraas leh)
tm-duplicata-de-titre-de-sejour-perte = Nuqul cusub oo ruqsadda deganaanshaha (lumis ama xatooyo)
tm-changement-dadresse-sur-le-titre-de = Beddelidda cinwaanka ku qoran ruqsadda deganaanshaha
tm-tel-quil-figure-sur-votre-passeport = Sida ay ugu qoran tahay baasaboorkaaga
tm-la-convocation-vous-sera-envoyee-a = Warqadda ballanta (convocation) waxaa laguugu soo diri doonaa cinwaankan
tm-etape-suivante = Tallaabada xigta
tm-veuillez-choisir-le-motif-de-votre = Fadlan dooro sababta ballantaada
tm-ce-champ-est-obligatoire = Meeshan waa waajib
tm-veuillez-saisir-une-adresse-electronique = Fadlan qor cinwaan iimayl oo sax ah
tm-le-numero-etranger-comporte-10-chiffres = Lambarka ajnabiga (numéro étranger) wuxuu leeyahay 10 god
tm-recommencer = Dib u bilow

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Sheeg dakhliga ay qoyskaagu heleen saddexdii bilood ee la soo dhaafay. Warbixintan la'aanteed, lacag bixinta RSA ama prime d’activité (kaalmada shaqada) waa la joojin doonaa.
tm-7-chiffres-il-figure-sur-tous = 7 god, waxaa ku qoran dhammaan warqadaha Caf kuu soo dirto
tm-avez-vous-percu-des-salaires-au = Ma heshay mushahar saddexdan bilood gudahood?
tm-votre-situation-familiale-a-t-elle = Xaaladda qoyskaagu ma isbeddeshay?
tm-indiquez-le-montant-net-avant = Qor lacagta saafiga ah ka hor inta aan canshuurta laga jarin, ama 0 haddii aadan waxba helin bishaas.
tm-montant-des-salaires-percus-mois-en = Lacagta mushaharka la helay – bisha { $n } (euro ahaan)
tm-salaire-net-primes-comprises = Mushaharka saafiga ah, oo ay ku jiraan gunnooyinka (primes)
tm-nature-du-changement = Nooca isbeddelka
tm-choisissez = Dooro…
tm-mariage = Guur
tm-pacs = Heshiiska PACS (wada-lahaansho madani ah)
tm-vie-en-couple = Ku noolaansho lammaane ahaan
tm-separation = Kala tagid
tm-naissance-ou-arrivee-dun-enfant = Dhalashada ama imaanshaha ilmo
tm-deces-du-conjoint = Geerida lammaanaha (xaaska ama ninka)
tm-date-du-changement = Taariikhda isbeddelka
tm-a-savoir-la-date-figure-sur = Ogow: taariikhdu waxay ku qoran tahay dukumentiga ama caddaynta isbeddelka (maalin/bil/sannad JJ/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = Lambarka qofka kaalmada ka hela CAF (numéro allocataire) wuxuu leeyahay 7 god.
tm-indiquez-un-montant-en-euros-par = Qor lacag euro ah, tusaale ahaan 1250 ama 0.
tm-la-date-doit-etre-au-format = Taariikhda waa in lagu qoraa qaabkan: maalin/bil/sannad (JJ/MM/AAAA).
tm-votre-declaration-contient-erreurs = { $n ->
        [one] Warbixintaadu waxay leedahay { $n } khalad.
       *[other] Warbixintaadu waxay leedahay { $n } khalad.
    }
tm-envoi-de-votre-declaration-en-cours = Warbixintaada waa la dirayaa…
tm-votre-declaration-a-bien-ete-enregistree = Warbixintaada waa la diiwaangeliyay.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Waqtigii galitaankaagu wuu dhammaaday. Sababo amni awgood, akoonka waa lagaa saaray. Fadlan mar kale gal.
tm-veuillez-saisir-votre-identifiant-votre = Fadlan qor magacaaga isticmaale: lambarkaaga ajnabiga (numéro étranger) ama cinwaankaaga iimaylka.

### Relais — translation memory, Tamil: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


## ds: components account_dropdown_component

tm-passer-en-super-admin = சூப்பர்-நிர்வாகி (super-admin) பங்கிற்கு மாறு
tm-passer-en-usager = பயனர் பங்கிற்கு மாறு
tm-passer-en-instructeur = கோப்புகளைப் பரிசீலிக்கும் அலுவலர் (instructeur) பங்கிற்கு மாறு
tm-passer-en-expert = நிபுணர் பங்கிற்கு மாறு
tm-passer-en-gestionnaire = குழு மேலாளர் (gestionnaire) பங்கிற்கு மாறு
tm-se-deconnecter = வெளியேறு

## ds: components attachment

tm-reessayer = மீண்டும் முயல்
tm-supprimer-le-fichier = { $file } கோப்பை நீக்கு
tm-plusieurs-fichiers-possibles = பல கோப்புகளைச் சேர்க்கலாம்.
tm-remplacer-le-fichier = { $file } கோப்பை மாற்று
tm-le-format-pdf-est-generalement-le = PDF வடிவம் பொதுவாக மிகவும் வசதியானது, ஏனெனில் அதை எல்லாச் சாதனங்களிலும் எளிதாகப் படிக்கலாம்.
tm-virus-detecte-merci-denvoyer-un-autre = வைரஸ் கண்டறியப்பட்டது, தயவுசெய்து வேறு கோப்பை அனுப்புங்கள்.
tm-le-fichier-est-corrompu-merci-denvoyer = கோப்பு சேதமடைந்துள்ளது, தயவுசெய்து வேறு கோப்பை அனுப்புங்கள்.
tm-ajoutee-le = { $date } அன்று சேர்க்கப்பட்டது
tm-modifiee-le = { $date } அன்று மாற்றப்பட்டது
tm-le-traitement-de-votre-piece-jointe = உங்கள் இணைப்புக் கோப்பைச் செயலாக்க எதிர்பார்த்ததை விட அதிக நேரம் ஆகிறது.
tm-le-traitement-de-vos-pieces-jointes = உங்கள் இணைப்புக் கோப்புகளைச் செயலாக்க எதிர்பார்த்ததை விட அதிக நேரம் ஆகிறது.
tm-cela-ne-vous-empeche-pas-de = இருந்தாலும், நீங்கள் விரும்பினால் உங்கள் கோப்பைச் சமர்ப்பிக்கலாம்.
tm-chargement-de-fichier = கோப்பு பதிவேற்றப்படுகிறது
tm-virus-detecte-le-telechargement-est = வைரஸ் கண்டறியப்பட்டது, பதிவிறக்கம் தடுக்கப்பட்டுள்ளது.
tm-apercu-non-disponible = முன்னோட்டம் கிடைக்கவில்லை

## ds: components autosave_notice_component

tm-formulaire-en-erreur = படிவத்தில் பிழை உள்ளது

## ds: components dossiers

tm-adresse = முகவரி
tm-pays = நாடு
tm-autres-informations-sur-lorganisme-sur = ➡ இந்த அமைப்பைப் பற்றிய மேலும் தகவல் «annuaire-entreprises.data.gouv.fr» இணையதளத்தில்
tm-brouillon-enregistre-avec-succes = வரைவு வெற்றிகரமாகச் சேமிக்கப்பட்டது
tm-attention-impossible-denregistrer-le = கவனம்: வரைவைச் சேமிக்க முடியவில்லை.
tm-vos-modifications-sont-automatiquement = உங்கள் மாற்றங்கள் தானாகச் சேமிக்கப்படுகின்றன.
tm-deposez-les-quand-vous-aurez-termine = முடித்ததும் அவற்றைச் சமர்ப்பியுங்கள்.
tm-modifications-enregistrees-avec-succes = மாற்றங்கள் வெற்றிகரமாகச் சேமிக்கப்பட்டன
tm-annotations-enregistrees-avec-succes = குறிப்புகள் வெற்றிகரமாகச் சேமிக்கப்பட்டன
tm-attention-impossible-denregistrer-les = கவனம்: குறிப்புகளைச் சேமிக்க முடியவில்லை.
tm-commune = நகராட்சி (commune)
tm-les-dossiers-ont-ete-supprimes-vous = கோப்புகள் நீக்கப்பட்டுவிட்டன. பின்வரும் காரணங்களால் அவற்றை இனி மீட்க முடியாது:
tm-vous-avez-supprime-votre-dossier = உங்கள் கோப்பை நீக்கிவிட்டீர்கள்.
tm-deposer-le-dossier = கோப்பைச் சமர்ப்பி
tm-deposer-les-modifications = மாற்றங்களைச் சமர்ப்பி
tm-pourquoi-je-ne-peux-pas-deposer = என் கோப்பை ஏன் சமர்ப்பிக்க முடியவில்லை?
tm-verifier-le-dossier = கோப்பைச் சரிபார்
tm-envoi-en-cours = அனுப்பப்படுகிறது…
tm-en-tant-quinvite-vous-pouvez-remplir = அழைக்கப்பட்டவர் என்ற முறையில் இந்தப் படிவத்தை நீங்கள் நிரப்பலாம் – ஆனால் கோப்பின் உரிமையாளரே அதைச் சமர்ப்பிக்க வேண்டும்.
tm-des-modifications-nont-pas-encore-ete = சில மாற்றங்கள் இன்னும் சமர்ப்பிக்கப்படவில்லை
tm-vous-avez-apporte-des-modifications = உங்கள் கோப்பைச் சமர்ப்பித்த பிறகு மாற்றங்கள் செய்துள்ளீர்கள். நிர்வாகம் அவற்றைக் கணக்கில் எடுக்க, அவற்றைச் சமர்ப்பியுங்கள்.
tm-continuer-a-modifier = தொடர்ந்து திருத்து
tm-votre-dossier-contient-1-champ-en = உங்கள் கோப்பில் ஒரு கட்டத்தில் பிழை உள்ளது
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] உங்கள் கோப்பில் { $n } கட்டத்தில் பிழை உள்ளது
       *[other] உங்கள் கோப்பில் { $n } கட்டங்களில் பிழை உள்ளது
    }
tm-corrigez-la-pour-poursuivre = தொடர இந்தப் பிழையைத் திருத்துங்கள்:
tm-corrigez-les-pour-poursuivre = தொடர இந்தப் பிழைகளைத் திருத்துங்கள்:
tm-plus-dinformations = மேலும் தகவல்
tm-moins-dinformations = குறைவான தகவல்
tm-votre-identite = உங்கள் அடையாளம்
tm-vous-agissez-en-tant-que-mandataire = நீங்கள் ஒரு பிரதிநிதியாக (mandataire) செயல்படுகிறீர்கள், தொழில் ரீதியாக (கணக்காளர், வழக்கறிஞர், அரசு ஊழியர் போன்றோர்…) அல்லது தனிப்பட்ட முறையில் (குடும்பம்). இந்தப் பிரிவுகளின் நிபந்தனைகளை நீங்கள் மதிக்கிறீர்கள் என்பதை உறுதிசெய்யுங்கள்:
tm-articles-1984-et-suivants-du-code = சிவில் சட்டத்தின் (Code civil) 1984 மற்றும் அதைத் தொடர்ந்த பிரிவுகள்.
tm-identite-du-beneficiaire = பயனாளியின் அடையாளம்
tm-vous-ne-pouvez-pas-deposer-votre = உங்கள் கோப்பைச் சமர்ப்பிக்க முடியாது
tm-repondre = பதிலளி
tm-invite = அழைக்கப்பட்டவர்
tm-supprimer-le-message = செய்தியை நீக்கு
tm-supprimer-la-demande-de-correction-et = திருத்தக் கோரிக்கையையும் இந்தச் செய்தியையும் நீக்கு
tm-supprimer-le-message-en-attente-de = பதிலுக்காகக் காத்திருக்கும் செய்தியை நீக்கு
tm-etes-vous-sur-de-vouloir-supprimer = இந்தச் செய்தியை நீக்க விரும்புகிறீர்கள் என்பது உறுதியா?
tm-email-automatique = தானியங்கி மின்னஞ்சல்
tm-vous = நீங்கள்
tm-message-supprime = செய்தி நீக்கப்பட்டது
tm-non-lu = படிக்கப்படவில்லை
tm-usager = பயனர்
tm-vous-devez-effectuer-les-modifications = கேட்கப்பட்ட மாற்றங்களை உங்கள் கோப்பைத் திருத்துவதன் மூலம் நீங்கள் செய்ய வேண்டும்.
tm-modifier-le-dossier = கோப்பைத் திருத்து
tm-cree-depuis-le = இந்தத் தேதியிலிருந்து உருவாக்கப்பட்டவை
tm-depose-depuis-le = இந்தத் தேதியிலிருந்து சமர்ப்பிக்கப்பட்டவை
tm-appliquer-les-filtres = வடிகட்டிகளைப் பயன்படுத்து
tm-reinitialiser-les-filtres = வடிகட்டிகளை மீட்டமை
tm-selectionner-un-filtre = ஒரு வடிகட்டியைத் தேர்ந்தெடு
tm-1-filtre-actif = செயலில் உள்ள ஒரு வடிகட்டி
tm-filtres-actifs = { $n ->
        [one] செயலில் உள்ள { $n } வடிகட்டி
       *[other] செயலில் உள்ள { $n } வடிகட்டிகள்
    }
tm-supprimer-1-filtre-actif = செயலில் உள்ள ஒரு வடிகட்டியை நீக்கு
tm-selectionner-un-statut = ஒரு நிலையைத் தேர்ந்தெடு
tm-afficher-les-dossiers-par-demarche = நடைமுறை வாரியாகக் கோப்புகளைக் காட்டு
tm-afficher = காட்டு

## ds: components dsfr

tm-telecharger-le-fichier = கோப்பைப் பதிவிறக்கு
tm-ce-lien-est-ephemere-et-ne = இந்த இணைப்பு குறுகிய காலத்துக்கு மட்டுமே, இதைப் பகிரக் கூடாது.
tm-afficher-le-mot-de-passe = கடவுச்சொல்லைக் காட்டு
tm-afficher-la-confirmation-du-mot-de = கடவுச்சொல் உறுதிப்படுத்தலைக் காட்டு
tm-ladresse-electronique-semble-erronee = மின்னஞ்சல் முகவரி தவறாக உள்ளது போல் தெரிகிறது
tm-vouliez-vous-ecrire = நீங்கள் எழுத விரும்பியது இதுவா:
tm-recherche-en-cours-pour-le-siret = SIRET { $value } தேடப்படுகிறது…
tm-au-capital-social-de = { $name } { $forme_juridique }, மூலதனம் { $amount }
tm-donnee-remplie-automatiquement = தானாக நிரப்பப்பட்ட தகவல்.
tm-une-erreur-est-survenue-lors-de = உங்கள் ஆவணத்தைப் பகுப்பாய்வு செய்யும்போது பிழை ஏற்பட்டது. உங்கள் கோப்பு சரியானது என்று உறுதியாக இருந்தால், இந்தச் செய்தியைப் பொருட்படுத்த வேண்டாம்.
tm-masquer-le-message = செய்தியை மறை

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = தெரு எண் மற்றும் பெயர், அல்லது இடப்பெயர் (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = தேடும்போது பிழை ஏற்பட்டது
tm-une-erreur-est-survenue-lors-de-3 = தேடும்போது பிழை ஏற்பட்டது. சிக்கல் தொடர்ந்தால், «பரிந்துரைகளில் என் முகவரியைக் காணவில்லை» (« Je ne trouve pas mon adresse dans les suggestions ») என்பதைக் குறியிட்டுத் தொடருங்கள்.
tm-ville = நகரம்
tm-exemple-london = உதாரணம்: London
tm-ville-ou-commune = நகரம் அல்லது நகராட்சி
tm-renseignez-le-nom-ou-le-code = நகரத்தின் பெயரை அல்லது அஞ்சல் குறியீட்டை உள்ளிடுங்கள், பிறகு பட்டியலில் நகராட்சியைத் தேர்ந்தெடுங்கள். உதாரணம்: Strasbourg
tm-code-postal = அஞ்சல் குறியீடு
tm-je-ne-trouve-pas-mon-adresse = பரிந்துரைகளில் என் முகவரியைக் காணவில்லை
tm-saisissez-une-adresse-une-voie-un = ஒரு முகவரி, தெரு, இடப்பெயர் (lieu-dit) அல்லது நகராட்சியை உள்ளிடுங்கள். உதாரணம்: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = ஒரு முகவரியைத் தேடி வரைபடத்தை மையப்படுத்து
tm-commencez-a-saisir = தட்டச்சு செய்யத் தொடங்குங்கள்
tm-ajouter-un-point-sur-la-carte = வரைபடத்தில் ஒரு புள்ளியைச் சேர்
tm-exemple = உதாரணம்:
tm-afficher-votre-position-sur-la-carte = வரைபடத்தில் உங்கள் இருப்பிடத்தைக் காட்டு
tm-ajouter-le-point-avec-les-coordonnees = வரைபடத்தில் உள்ளிட்ட ஆயத்தொலைவுகளுடன் புள்ளியைச் சேர்
tm-ajouter-un-fichier-gpx-ou-kml = GPX அல்லது KML கோப்பைச் சேர்
tm-supprimer-le-fichier-2 = கோப்பை நீக்கு
tm-modification-a-deposer = சமர்ப்பிக்க வேண்டிய மாற்றம்
tm-information-champ-actualise-par = தகவல்: இந்தக் கட்டம் நிர்வாகத்தால் புதுப்பிக்கப்பட்டது. அதன் உள்ளடக்கத்தைச் சரிபாருங்கள்.
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [one] பரிந்துரைக்கப்படும் அதிகபட்ச அளவு { $n } எழுத்து.
       *[other] பரிந்துரைக்கப்படும் அதிகபட்ச அளவு { $n } எழுத்துகள்.
    }
tm-le-numero-dallocataire-caf = CAF உதவித்தொகை பெறுபவர் எண் (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = இது பொதுவாக 7 இலக்கங்களைக் கொண்டது.
tm-le-code-postal = அஞ்சல் குறியீடு
tm-il-est-generalement-compose-de-5 = இது பொதுவாக 5 இலக்கங்களைக் கொண்டது.
tm-numero-daccreditation = அங்கீகார எண் (accréditation)
tm-format-jj-mm-aaaa = வடிவம்: JJ/MM/AAAA (நாள்/மாதம்/ஆண்டு)
tm-le-numero-fiscal = வரி எண் (numéro fiscal)
tm-il-est-generalement-compose-de-13 = இது பொதுவாக 13 அல்லது 14 எழுத்துக்குறிகளைக் கொண்டது.
tm-la-reference-davis-dimposition = வரி அறிவிப்பின் குறிப்பு எண் (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = இது பொதுவாக 13 அல்லது 14 எழுத்துக்குறிகளைக் கொண்டது.
tm-identifiant-national-etudiant-il-est = தேசிய மாணவர் அடையாள எண் (INE). இது பொதுவாக எழுத்துகளும் இலக்கங்களும் கொண்டது.
tm-identifiant = அடையாளம் (Identifiant)
tm-il-est-generalement-compose-de = இது பொதுவாக எழுத்துகளும் இலக்கங்களும் கொண்டது.
tm-ajouter-un-element-supplementaire-a = «{ $name }» பகுதியில் இன்னொரு உருப்படியைச் சேர்
tm-supprimer = { $name } { $n } நீக்கு
tm-aucune-fondation-trouvee = எந்த அறக்கட்டளையும் (fondation) கிடைக்கவில்லை
tm-ce-rnf-correspond-a = இந்த RNF எண் இதற்குப் பொருந்துகிறது: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] உங்களுக்கு இன்னும் { $n } எழுத்து மீதமுள்ளது.
       *[other] உங்களுக்கு இன்னும் { $n } எழுத்துகள் மீதமுள்ளன.
    }
tm-vous-avez-atteint-la-taille-maximale = பரிந்துரைக்கப்படும் அதிகபட்ச அளவை அடைந்துவிட்டீர்கள்.
tm-oui = ஆம்

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = எல்லாப் பிழைகளையும் காட்டு

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = ஏற்கத்தக்க கடவுச்சொல். நீங்கள் உறுதிப்படுத்தலாம்… அல்லது உங்கள் கடவுச்சொல்லை மேம்படுத்தலாம்.
tm-mot-de-passe-vulnerable = பலவீனமான கடவுச்சொல்.
tm-mot-de-passe-tres-vulnerable = மிகவும் பலவீனமான கடவுச்சொல்.
tm-pour-un-mot-de-passe-securise = பாதுகாப்பான கடவுச்சொல்லுக்கு, தொடர்ச்சியான எழுத்துகளையோ ஒரே எழுத்தைத் திரும்பத் திரும்பவோ பயன்படுத்தாதீர்கள். உதாரணமாக, நீங்கள் எளிதில் நினைவில் வைத்துக்கொள்ளக்கூடிய ஒரு வாக்கியத்தை (இடைவெளிகளுடன்) தேர்ந்தெடுக்கலாம்.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = புதிய முகவரியுடன் உள்நுழைய இந்த இணைப்பைப் பின்பற்றுங்கள்.
tm-nous-avons-detecte-une-erreur-reseau = உங்களை அங்கே அனுப்ப முடியாதபடி ஒரு நெட்வொர்க் பிழையைக் கண்டறிந்தோம். demarche.numerique.gouv.fr தளத்தை அணுக அனுமதிக்குமாறு உங்கள் தகவல் தொழில்நுட்ப (IT) பிரிவைத் தொடர்புகொள்ளுங்கள்.

## ds: errors

tm-nest-pas-dun-type-accepte = ஏற்கப்படும் வகையைச் சேர்ந்தது அல்ல
tm-est-trop-lourd-e-le-fichier = மிகப் பெரியது. கோப்பு அதிகபட்சம் { $amount } இருக்க வேண்டும்.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = புதிய கடவுச்சொல்லைக் கோரு
tm-vous-etes-connecte-e-vous-pouvez = நீங்கள் உள்நுழைந்துவிட்டீர்கள்! எந்த நேரத்திலும் உங்கள் வெவ்வேறு சுயவிவரங்களுக்கு இடையே மாறலாம்: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = நீங்கள் இப்போது வெளியேறிவிட்டீர்கள்.

## ds: users

tm-votre-compte-a-deja-ete-active = உங்கள் கணக்கு ஏற்கனவே செயல்படுத்தப்பட்டுள்ளது.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE கிடைக்கவில்லை, நிறுவனம் பற்றிய தகவல்கள் சில மணி நேரத்தில் வந்து சேரும்.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = நீங்கள் மனிதர் என்றால், இந்தக் கட்டத்தை வெறுமையாக விடுங்கள்

## ds: clipboard

tm-copie = நகலெடுக்கப்பட்டது

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = உங்கள் பதிலை இங்கே காணுங்கள்:
tm-contact-technique = தொழில்நுட்பத் தொடர்பு
tm-envoyez-nous-un-message-a = { $email } முகவரிக்கு எங்களுக்குச் செய்தி அனுப்புங்கள்.
tm-besoin-daide-pour-remplir-votre-dossier = உங்கள் கோப்பை நிரப்ப உதவி தேவையா?

## ds: utils

tm-nombre-a-virgule = தசம எண்
tm-nombre-entier = முழு எண்
tm-liste-a-choix-multiple = பல தேர்வுப் பட்டியல்
tm-deconnexion = வெளியேறு
tm-pieces-jointes = இணைப்புக் கோப்புகள்
tm-les-champs-suivis-dun-asterisque = நட்சத்திரக் குறி (கட்டாயம்) இடப்பட்ட கட்டங்களை நிரப்புவது கட்டாயம்.
tm-facultatif = (விருப்பத்துக்குரியது)
tm-envoyer-le-message = செய்தியை அனுப்பு
tm-nouvel-onglet = புதிய தாவல்

## ds: skiplinks

tm-acces-rapide = விரைவு அணுகல்
tm-contenu = உள்ளடக்கம்

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = தானியங்கு நிரப்பல் முடிவுகள் கிடைத்ததும், முடிவுப் பட்டியலில் நகர மேல், கீழ் அம்புக்குறிகளைப் பயன்படுத்துங்கள். ஒரு முடிவைத் தேர்ந்தெடுக்க Enter (Entrée) விசையை அழுத்துங்கள். முடிவுப் பட்டியலை மூட Esc (Echap) விசையை அழுத்துங்கள்.
tm-aucun-resultat = முடிவு எதுவும் இல்லை
tm-1-resultat = ஒரு முடிவு
tm-resultats = முடிவுகள்

## ds: layouts

tm-un-outil-simple-pour-gerer-les = இணைய வழி அரசு நிர்வாகப் படிவங்களை நிர்வகிக்க ஓர் எளிய கருவி.
tm-mon-compte = என் கணக்கு
tm-revenir-en-arriere = பின்செல்
tm-revenir-en-arriere-sur-le-site = என் நிர்வாகத்தின் இணையதளத்துக்குத் திரும்பு
tm-menu-principal = முதன்மை மெனு
tm-mes-dossiers = என் கோப்புகள்
tm-consulter-mon-dossier = என் கோப்பைப் பார்
tm-jai-une-question = எனக்கு ஒரு கேள்வி உள்ளது
tm-aller-a-la-page-daccueil = முகப்புப் பக்கத்துக்குச் செல்

## ds: views

tm-creation-de-compte-sur = { $name } தளத்தில் கணக்கு உருவாக்கம்
tm-se-creer-un-compte-avec-une = மின்னஞ்சல் முகவரியுடன் கணக்கை உருவாக்கு
tm-adresse-electronique = மின்னஞ்சல் முகவரி
tm-mot-de-passe-caracteres-minimum = { $n ->
        [one] கடவுச்சொல் (குறைந்தது { $n } எழுத்து)
       *[other] கடவுச்சொல் (குறைந்தது { $n } எழுத்துகள்)
    }
tm-avant-deffectuer-votre-demarche-nous = உங்கள் நடைமுறையைச் செய்வதற்கு முன், உங்கள் மின்னஞ்சல் முகவரி { $email } ஐ நாங்கள் சரிபார்க்க வேண்டும்.
tm-ouvrez-votre-boite-email-et-cliquez = உங்கள் மின்னஞ்சல் பெட்டியைத் திறந்து, நீங்கள் பெற்ற செய்தியில் உள்ள கணக்கைச் செயல்படுத்தும் இணைப்பைக் கிளிக் செய்யுங்கள்.
tm-renvoyer-un-email-de-confirmation = உறுதிப்படுத்தல் மின்னஞ்சலை மீண்டும் அனுப்பு
tm-lautorisation-de-vient-detre-revoquee = { $email } க்கான அனுமதி இப்போதுதான் திரும்பப் பெறப்பட்டது. நீங்கள் வேறொருவரை அழைக்கலாம்.
tm-vous-ne-pouvez-pas-revoquer-cette = இந்த அனுமதியை நீங்கள் திரும்பப் பெற முடியாது
tm-inviter-une-personne-a-modifier-ce = இந்தக் கோப்பைத் திருத்த ஒருவரை அழை
tm-gestion-des-invites = அழைக்கப்பட்டவர்களின் நிர்வாகம்
tm-les-invites-ont-le-droit-de = அழைக்கப்பட்டவர்களுக்கு உங்கள் கோப்பைப் பார்க்கவும் திருத்தவும் உரிமை உண்டு.
tm-ajouter-un-invite = அழைக்கப்பட்டவரைச் சேர்
tm-envoyer-une-invitation = அழைப்பை அனுப்பு
tm-revoquer-lacces = அணுகலைத் திரும்பப் பெறு
tm-aucun-invite-ne-peut-voir-et = தற்போது அழைக்கப்பட்டவர் யாரும் இந்தக் கோப்பைப் பார்க்கவோ திருத்தவோ முடியாது.
tm-1-personne-invitee = அழைக்கப்பட்ட ஒருவர்
tm-personnes-invitees = { $n ->
        [one] அழைக்கப்பட்ட { $n } நபர்
       *[other] அழைக்கப்பட்ட { $n } நபர்கள்
    }
tm-une-fois-le-dossier-complet-vous = கோப்பு முழுமையானதும், நீங்களே அதைச் சமர்ப்பிக்க வேண்டும்.
tm-dernier = கடைசி
tm-precedent = முந்தைய
tm-premier = முதல்
tm-lusager-a-supprime-son-compte = (பயனர் தன் கணக்கை நீக்கிவிட்டார்)
tm-cordialement = அன்புடன்,
tm-modifie-par-lusager-le = { $date } அன்று பயனர் மாற்றினார்
tm-passe-en-instruction-le = { $date } அன்று பரிசீலனை தொடங்கியது
tm-accepte-le = { $date } அன்று ஏற்கப்பட்டது
tm-classe-sans-suite-le = { $date } அன்று மேல் நடவடிக்கை இன்றி முடித்துவைக்கப்பட்டது
tm-telecharger-lattestation = சான்றைப் பதிவிறக்கு
tm-votre-dossier-est-enregistre = ஒவ்வொரு மாற்றத்துக்குப் பிறகும் உங்கள் கோப்பு தானாகச் சேமிக்கப்படும். எந்த நேரத்திலும் சாளரத்தை மூடிவிட்டு, பின்னர் நீங்கள் நிறுத்திய இடத்திலிருந்து தொடரலாம்.
tm-envoyer-et-marquer-le-dossier = அனுப்பி, கோப்பைக் குறியிடு
tm-en-attente-de-reponse = பதிலுக்காகக் காத்திருக்கிறது
tm-votre-message-obligatoire = உங்கள் செய்தி (கட்டாயம்)
tm-ecrivez-votre-message-a-l-administration = நிர்வாகத்துக்கான உங்கள் செய்தியை இங்கே எழுதுங்கள்
tm-identite-du-demandeur = விண்ணப்பதாரரின் அடையாளம்
tm-identite-du-mandataire = பிரதிநிதியின் (mandataire) அடையாளம்
tm-sections-du-formulaire = படிவத்தின் பிரிவுகள்
tm-modifier-le-siret = SIRET எண்ணைத் திருத்து
tm-lusager-a-pris-connaissance-de-la = பயனர் தன் கோப்பு தொடர்பான முடிவை { $agreement } அன்று பார்த்தார்.
tm-identifier-votre-etablissement = உங்கள் நிறுவனத்தை அடையாளப்படுத்துங்கள்
tm-civilite = மரியாதை விளி (Madame அல்லது Monsieur)
tm-nom = குடும்பப் பெயர்
tm-renseignez-le-numero-de-siret-de = நடைமுறையைத் தொடங்க, உங்கள் நிறுவனம், நிர்வாகம் அல்லது சங்கத்தின் SIRET எண்ணை உள்ளிடுங்கள்.
tm-pour-trouver-votre-numero-siret-utilisez = உங்கள் SIRET எண்ணைக் கண்டுபிடிக்க { $annuaire_link } பயன்படுத்துங்கள் அல்லது உங்கள் கணக்குப் பிரிவிடம் கேளுங்கள்.
tm-continuer = தொடர்
tm-merci = நன்றி!
tm-votre-dossier-sur-la-demarche = இந்த நடைமுறைக்கான உங்கள் கோப்பு
tm-a-bien-ete-envoye = வெற்றிகரமாக அனுப்பப்பட்டது.
tm-vous-avez-desormais-acces-a-votre = இப்போது நீங்கள் இதை அணுகலாம்:
tm-dossier-en-ligne = உங்கள் இணையவழிக் கோப்பு.
tm-vous-pouvez = நீங்கள்
tm-le-modifier = அதைத் திருத்தலாம்
tm-et = மற்றும்
tm-echanger-avec-un-instructeur = கோப்பைப் பரிசீலிக்கும் அலுவலருடன் தொடர்புகொள்ளலாம்.
tm-telecharger-mon-dossier = என் கோப்பைப் பதிவிறக்கு
tm-telecharger-mon-attestation = என் சான்றைப் பதிவிறக்கு
tm-suivi-de-votre-dossier = உங்கள் கோப்பின் முன்னேற்றம்
tm-votre-dossier = உங்கள் கோப்பு
tm-dossier-n = கோப்பு எண் { $n }
tm-en-brouillon-depuis-le = - { $date } முதல் வரைவு நிலையில்
tm-dossier-pdf = dossier-{ $n }.pdf (PDF வடிவில் உங்கள் கோப்பு)
tm-brouillon = வரைவு
tm-votre-dossier-est-en-cours-dinstruction = உங்கள் கோப்பு நிர்வாகத்தால் பரிசீலிக்கப்படுகிறது. நீங்கள் இனி அதைத் திருத்த முடியாது.
tm-votre-dossier-est-soumis-au-cadre = உங்கள் கோப்புக்கு «மௌனம் என்றால் ஏற்பு» (« Silence Vaut Accord ») என்ற சட்ட விதி பொருந்தும்
tm-votre-dossier-est-soumis-au-cadre-2 = உங்கள் கோப்புக்கு «மௌனம் என்றால் மறுப்பு» (« Silence Vaut Rejet ») என்ற சட்ட விதி பொருந்தும்
tm-termine = முடிந்தது
tm-vous-avez-une-question-utilisez-la = உங்களுக்குக் கேள்வி உள்ளதா? நிர்வாகத்தை நேரடியாகத் தொடர்புகொள்ள செய்திப் பெட்டியைப் பயன்படுத்துங்கள்.
tm-motivation = காரணங்கள்:
tm-attestation = சான்று:
tm-votre-dossier-a-ete-accepte = உங்கள் கோப்பு ஏற்கப்பட்டது
tm-motif-de-lacceptation = ஏற்றதற்கான காரணம்
tm-votre-dossier-a-ete-refuse = உங்கள் கோப்பு மறுக்கப்பட்டது
tm-envoyer-un-message-a-ladministration = நிர்வாகத்துக்குச் செய்தி அனுப்பு
tm-dernier-message = கடைசிச் செய்தி
tm-votre-prochain-rendez-vous = உங்கள் அடுத்த சந்திப்பு நேரம்
tm-voir-mon-rendez-vous-sur-rdv = RDV Service Public தளத்தில் என் சந்திப்பு நேரத்தைப் பார்
tm-modifier-le-dossier-vous-pouvez-modifier = கோப்பைத் திருத்து - பரிசீலனை தொடங்காத வரை உங்கள் கோப்பைத் திருத்தலாம்
tm-rechercher-un-dossier-par-n-de = கோப்பைத் தேடு (கோப்பு எண், முக்கியச் சொற்கள்…)
tm-rechercher-un-dossier-par-n-de-2 = கோப்பைத் தேடு (கோப்பு எண், குடும்பப் பெயர் / முதல் பெயர், முக்கியச் சொற்கள்…)
tm-saisissez-votre-recherche = நீங்கள் தேடுவதை உள்ளிடுங்கள்
tm-resultat-de-la-recherche-pour = «{ $search_terms }» என்பதற்கான தேடல் முடிவு
tm-et-pour-la-procedure = மற்றும் «{ $name }» நடைமுறைக்கு
tm-dossier-numero = கோப்பு எண் { $n }
tm-ladministration-ne-traitera-plus-votre = நிர்வாகம் இனி உங்கள் விண்ணப்பத்தைச் செயலாக்காது.
tm-dossier-n-2 = கோப்பு எண்
tm-ne-correspond-aux-termes-recherches = தேடிய சொற்களுடன் பொருந்தவில்லை
tm-ne-correspond-aux-filtres-selectionnes = தேர்ந்தெடுத்த வடிகட்டிகளுடன் பொருந்தவில்லை
tm-cette-demarche-est-close-vous-ne = இந்த நடைமுறை மூடப்பட்டுவிட்டது, இந்தக் கோப்பை நீங்கள் சமர்ப்பிக்க முடியாது. இதற்குப் பதிலாக உள்ள { $link } இல் புதிய கோப்பைச் சமர்ப்பிக்குமாறு கேட்டுக்கொள்கிறோம்.
tm-cette-demarche-est-close-vous-ne-2 = இந்த நடைமுறை மூடப்பட்டுவிட்டது, இந்தக் கோப்பையோ இந்த நடைமுறைக்கான புதிய கோப்பையோ நீங்கள் சமர்ப்பிக்க முடியாது. { $link }
tm-cette-demarche-est-close-votre-dossier = இந்த நடைமுறை மூடப்பட்டுவிட்டது, ஆனால் உங்கள் கோப்பு சமர்ப்பிக்கப்பட்டுள்ளது, நிர்வாகம் அதைப் பரிசீலிக்கலாம். தேவைப்பட்டால், இதற்குப் பதிலாக உள்ள { $link } இல் புதிய கோப்பைச் சமர்ப்பிக்கலாம்.
tm-cette-demarche-est-close-votre-dossier-2 = இந்த நடைமுறை மூடப்பட்டுவிட்டது, ஆனால் உங்கள் கோப்பு சமர்ப்பிக்கப்பட்டுள்ளது, நிர்வாகம் அதைப் பரிசீலிக்கலாம். இந்த நடைமுறைக்குப் புதிய கோப்பை நீங்கள் சமர்ப்பிக்க முடியாது. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = இந்த நடைமுறை மூடப்பட்டுவிட்டது, உங்கள் கோப்பை நிர்வாகம் செயலாக்கி முடித்துவிட்டது. தேவைப்பட்டால், இதற்குப் பதிலாக உள்ள { $link } இல் புதிய கோப்பைச் சமர்ப்பிக்கலாம்.
tm-cette-demarche-est-close-votre-dossier-4 = இந்த நடைமுறை மூடப்பட்டுவிட்டது, உங்கள் கோப்பை நிர்வாகம் செயலாக்கி முடித்துவிட்டது. இந்த நடைமுறைக்குப் புதிய கோப்பை நீங்கள் சமர்ப்பிக்க முடியாது. { $link }
tm-nouvelle-demarche-disponible = புதிய நடைமுறை கிடைக்கிறது
tm-cette-demarche = இந்த நடைமுறை
tm-ce-dossier-attend-vos-corrections = இந்தக் கோப்பு உங்கள் திருத்தங்களுக்காகக் காத்திருக்கிறது — செய்ய வேண்டிய மாற்றங்களை { $n } எண் கோப்பின் செய்திப் பெட்டியில் பாருங்கள்.
tm-ce-dossier-attend-votre-reponse = இந்தக் கோப்பு உங்கள் பதிலுக்காகக் காத்திருக்கிறது
tm-consultez-la-messagerie-du-dossier = { $n } எண் கோப்பின் செய்திப் பெட்டியைப் பார்த்து, நிர்வாகத்துக்குப் பதிலளியுங்கள்.
tm-cree-le = { $date } அன்று உருவாக்கப்பட்டது
tm-mis-a-la-corbeille-automatiquement-le = அதிகபட்சச் சேமிப்புக் காலம் முடிந்ததால் { $date } அன்று தானாகக் குப்பைத்தொட்டிக்கு நகர்த்தப்பட்டது
tm-commencer-un-nouveau-dossier = புதிய கோப்பைத் தொடங்கு
tm-dupliquer-le-dossier = கோப்பின் நகலை உருவாக்கு
tm-voulez-vous-vraiment-mettre-a-la = இந்தக் கோப்பை உண்மையிலேயே குப்பைத்தொட்டிக்கு நகர்த்த விரும்புகிறீர்களா?
tm-en-continuant-vous-allez-supprimer-ce = தொடர்ந்தால், இந்தக் கோப்பையும் அதில் உள்ள தகவல்களையும் { $email } க்கு அதை மாற்றும் கோரிக்கையையும் நீக்குவீர்கள். எந்த நீக்கமும் நடைபெற்றுவரும் நடைமுறையை ரத்துசெய்யும். நீக்கத்தை உறுதிப்படுத்துகிறீர்களா?
tm-continuer-a-remplir = தொடர்ந்து நிரப்பு
tm-restaurer = மீட்டெடு
tm-restaurer-et-etendre-la-conservation-du = { $id } எண் கோப்பை மீட்டெடுத்து அதன் சேமிப்புக் காலத்தை நீட்டு (மாதங்களின் எண்ணிக்கை: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = பிற செயல்கள்
tm-le-support-technique = தொழில்நுட்ப ஆதரவு
tm-une-demande-de-transfert-est-en = { $n } எண் கோப்பை { $email } க்கு மாற்றும் கோரிக்கை நடைபெறுகிறது
tm-une-demande-de-transfert-par-le = தொழில்நுட்ப ஆதரவுக் குழுவின் { $n } எண் கோப்பை { $email } க்கு மாற்றும் கோரிக்கை நடைபெறுகிறது
tm-demande-de-transfert-par-le-support = { $email } இன் { $n } எண் கோப்புக்கான தொழில்நுட்ப ஆதரவுக் குழுவின் மாற்றக் கோரிக்கை
tm-accepter = ஏற்றுக்கொள்
tm-refuser = மறு
tm-connexion-a = { $name } இல் உள்நுழைவு
tm-mot-de-passe-oublie = கடவுச்சொல்லை மறந்துவிட்டீர்களா?
tm-trouvez-votre-demarche = உங்கள் நடைமுறையைக் கண்டறியுங்கள்
tm-vous-etes-agent-de-la-fonction = நீங்கள் பிரான்ஸ் அரசின் (État) பொதுப் பணியாளரா?
tm-accedez-a-notre-page-dediee = எங்கள் பிரத்யேகப் பக்கத்துக்குச் செல்லுங்கள்
tm-se-connecter-avec-son-compte = உங்கள் கணக்குடன் உள்நுழையுங்கள்
tm-si-vous-voyez-cette-page-trop = இந்தப் பக்கத்தை அடிக்கடி பார்த்தால், எங்கள் உதவிப் பக்கத்தைப் பாருங்கள்.
tm-changement-de-mot-de-passe = கடவுச்சொல் மாற்றம்
tm-changer-le-mot-de-passe = கடவுச்சொல்லை மாற்று
tm-si-un-compte-existe-avec-ladresse = { $email } என்ற முகவரியுடன் ஒரு கணக்கு இருந்தால், உங்கள் கடவுச்சொல்லை மீட்டமைக்க உங்களுக்கு ஒரு மின்னஞ்சல் அனுப்பியுள்ளோம்.
tm-vous-navez-pas-recu-lemail = மின்னஞ்சல் வரவில்லையா?
tm-verifiez-la-boite-indesirables-ou-spam = உங்கள் மின்னஞ்சலின் தேவையற்ற அஞ்சல் (Indésirables அல்லது Spam) பெட்டியைப் பாருங்கள்.
tm-vous-etes-vous-connecte-avec-france = முன்பு France Connect மூலம் உள்நுழைந்திருக்கிறீர்களா? அப்படியானால், மீண்டும் France Connect மூலம் முயலுங்கள்.
tm-le-compte-a-pu-etre-supprime = நீண்ட காலம் பயன்படுத்தப்படாததாலும் நடப்புக் கோப்பு எதுவும் இல்லாததாலும் கணக்கு நீக்கப்பட்டிருக்கலாம். அப்படியானால், ஒரு நடைமுறையிலிருந்து தொடங்கி மீண்டும் கணக்கை உருவாக்க வேண்டும்.
tm-lien-de-reinitialisation-du-mot-de = கடவுச்சொல் மீட்டமைப்பு இணைப்பு அனுப்பப்பட்டது
tm-attention-ce-courriel-peut-mettre-jusqua = கவனம், இந்த மின்னஞ்சல் வந்து சேர 15 நிமிடங்கள் வரை ஆகலாம்.
tm-en-cas-de-difficultes-nous-restons = சிரமம் ஏற்பட்டால், இந்தப் படிவம் மூலம் எங்களைத் தொடர்புகொள்ளலாம்.

## ds: modal

tm-publier-la-demarche = நடைமுறையை வெளியிடு
tm-reactiver-la-demarche = நடைமுறையை மீண்டும் செயல்படுத்து
tm-vous-vous-appretez-a-publier-votre = உங்கள் நடைமுறையைப் பொதுமக்களுக்கு வெளியிடப் போகிறீர்கள்.
tm-vous-vous-appretez-a-reactiver-votre = உங்கள் நடைமுறையை மீண்டும் செயல்படுத்தப் போகிறீர்கள்.
tm-publier = வெளியிடு

## ds: activerecord

tm-la-nouvelle-adresse-electronique = புதிய மின்னஞ்சல் முகவரி
tm-numero-siret = SIRET எண்
tm-la-demarche-est-mise-en-uvre = இந்த நடைமுறையை நடத்துவது:
tm-valeur-du-champ = கட்டத்தின் மதிப்பு
tm-lobjet-genere-sera-tronque-sil-depasse = உருவாக்கப்பட்ட தலைப்பு 100 எழுத்துகளைத் தாண்டினால் வெட்டிச் சுருக்கப்படும்.
tm-est-invalide-saisissez-un-numero-de = தவறானது. சரியான தொலைபேசி எண்ணை உள்ளிடுங்கள். உதாரணம்: 0612345678
tm-nest-pas-un-lien-valide = சரியான இணைப்பு அல்ல
tm-aucun-resultat-ne-correspond-a-votre = உங்கள் தேடலுக்குப் பொருந்தும் முடிவு எதுவும் இல்லை.
tm-trop-de-demandes-nous-reessayons-pour = அதிகமான கோரிக்கைகள். உங்களுக்காக மீண்டும் முயல்கிறோம்.
tm-erreur-du-serveur-nous-reessayons-pour = சர்வர் பிழை. உங்களுக்காக மீண்டும் முயல்கிறோம்.
tm-service-indisponible-nous-reessayons = சேவை கிடைக்கவில்லை. உங்களுக்காக மீண்டும் முயல்கிறோம்.
tm-la-demande-a-pris-trop-de = கோரிக்கை அதிக நேரம் எடுத்தது. உங்களுக்காக மீண்டும் முயல்கிறோம்.
tm-probleme-de-connexion-nous-reessayons = இணைப்புச் சிக்கல். உங்களுக்காக மீண்டும் முயல்கிறோம்.
tm-resultat-introuvable-verifiez-vos = முடிவு கிடைக்கவில்லை. உங்கள் தகவல்களைச் சரிபாருங்கள்.
tm-non-autorise-connectez-vous-pour = அனுமதி இல்லை. தொடர உள்நுழையுங்கள்.
tm-invitation-deja-envoyee = : அழைப்பு ஏற்கனவே அனுப்பப்பட்டது
tm-votre-lien-de-nouveau-mot-de = : உங்கள் புதிய கடவுச்சொல் இணைப்பு காலாவதியாகிவிட்டது. தயவுசெய்து புதிய இணைப்பைக் கோருங்கள்.
tm-nest-pas-assez-complexe-saisir-un = போதுமான அளவு சிக்கலானது அல்ல. மேலும் சிக்கலான கடவுச்சொல்லை உள்ளிடுங்கள்
tm-les-deux-mots-de-passe-ne = : இரண்டு கடவுச்சொற்களும் பொருந்தவில்லை
tm-ne-peut-etre-identique-a-lancienne = பழைய முகவரியைப் போலவே இருக்கக் கூடாது. வேறொரு மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்
tm-est-deja-utilise-par-une-demarche = ஏற்கனவே ஒரு நடைமுறையில் பயன்படுத்தப்படுகிறது. அது வேறொரு நிர்வாகிக்குச் சொந்தமானதால் நீங்கள் அதைப் பயன்படுத்த முடியாது.
tm-nest-pas-valide-il-doit-comporter = சரியானது அல்ல. இதில் குறைந்தது 3, அதிகபட்சம் 200 எழுத்துகள் இருக்க வேண்டும், a-z, 0-9, '_', '-' ஆகிய எழுத்துகள் மட்டுமே அனுமதிக்கப்படும்.
tm-ne-peut-pas-etre-utilise-car = இது நடைமுறையின் கடைசி இணைப்பு என்பதால் பயன்படுத்த முடியாது.
tm-doit-posseder-13-ou-14-caracteres = 13 அல்லது 14 எழுத்துக்குறிகள் இருக்க வேண்டும்
tm-doit-etre-dans-les-options-proposees = கொடுக்கப்பட்ட விருப்பங்களில் ஒன்றாக இருக்க வேண்டும்
tm-doit-etre-un-nom-de-region = சரியான பிராந்தியப் (région) பெயராக இருக்க வேண்டும்
tm-doit-etre-un-code-de-region = சரியான பிராந்தியக் (région) குறியீடாக இருக்க வேண்டும்
tm-doit-etre-un-nom-de-departement = சரியான மாவட்டப் (département) பெயராக இருக்க வேண்டும்
tm-doit-etre-un-code-de-departement = சரியான மாவட்டக் (département) குறியீடாக இருக்க வேண்டும்
tm-doit-etre-un-code-depci-du = தொடர்புடைய மாவட்டத்தின் (département) EPCI (நகராட்சிகளின் கூட்டமைப்பு) குறியீடாக இருக்க வேண்டும்
tm-doit-etre-un-nom-depci-du = தொடர்புடைய மாவட்டத்தின் (département) EPCI (நகராட்சிகளின் கூட்டமைப்பு) பெயராக இருக்க வேண்டும்
tm-doit-etre-un-entier = முழு எண்ணாக இருக்க வேண்டும்

## ds: errors

tm-le-champ = «{ $attribute }» கட்டம் { $message }
tm-le-dossier-nexiste-pas-ou-vous = கோப்பு இல்லை, அல்லது அதை அணுக உங்களுக்கு அனுமதி இல்லை.
tm-ce-lien-dinvitation-nest-plus-valable = இந்த அழைப்பு இணைப்பு இனி செல்லாது, அல்லது கோப்பை இனி அணுக முடியாது.
tm-une-erreur-est-survenue-lors-de-4 = FranceConnect உடன் இணைக்கும்போது பிழை ஏற்பட்டது. தயவுசெய்து மீண்டும் முயலுங்கள்.
tm-seul-e-s-les-usagers-peuvent = பயனர்கள் மட்டுமே France Connect மூலம் உள்நுழைய முடியும். நீங்கள் கோப்பைப் பரிசீலிக்கும் அலுவலர் அல்லது நிர்வாகி என்றால், உங்கள் கடவுச்சொல்லை மீட்டமைக்குமாறு கேட்டுக்கொள்கிறோம்.
tm-desole-la-recuperation-des-informations = மன்னிக்கவும், SIRET தகவல்களைப் பெறுவது தற்காலிகமாகக் கிடைக்கவில்லை. சிறிது நேரத்தில் மீண்டும் முயலுங்கள்.
tm-nous-navons-pas-trouve-detablissement = இந்த SIRET எண்ணுக்குப் பொருந்தும் நிறுவனம் எதையும் நாங்கள் கண்டுபிடிக்கவில்லை.
tm-lexpression-reguliere-que-vous-avez = நீங்கள் உள்ளிட்ட வழக்கமான கோவை (expression régulière) ஆபத்தானதாக இருக்கலாம், செயல்திறன் சிக்கல்களை ஏற்படுத்தலாம்
tm-lexemple-doit-correspondre-a-lexpression = உதாரணம் கொடுக்கப்பட்ட வழக்கமான கோவையுடன் பொருந்த வேண்டும்
tm-doit-etre-un-nombre-superieur-ou = { $n } அல்லது அதைவிடப் பெரிய எண்ணாக இருக்க வேண்டும்
tm-doit-etre-un-nombre-inferieur-ou = { $n } அல்லது அதைவிடச் சிறிய எண்ணாக இருக்க வேண்டும்
tm-doit-etre-une-date-dans-le = கடந்த காலத் தேதியாக இருக்க வேண்டும்
tm-doit-etre-une-date-comprise-entre = { $start_date } முதல் { $end_date } வரையிலான தேதியாக இருக்க வேண்டும்
tm-doit-etre-une-date-superieure-ou = { $date } அல்லது அதற்குப் பிந்தைய தேதியாக இருக்க வேண்டும்
tm-doit-etre-une-date-inferieure-ou = { $date } அல்லது அதற்கு முந்தைய தேதியாக இருக்க வேண்டும்
tm-doit-comprendre-entre-1-et-3 = தசமப் புள்ளிக்குப் பின் 1 முதல் 3 இலக்கங்கள் இருக்க வேண்டும்
tm-doit-etre-une-date-correctement-formatee = சரியாக எழுதப்பட்ட தேதியாக இருக்க வேண்டும்
tm-doit-etre-une-date-et-heure = சரியாக எழுதப்பட்ட தேதியும் நேரமுமாக இருக்க வேண்டும்
tm-doit-etre-rempli = நிரப்பப்பட வேண்டும்
tm-votre-session-a-ete-renouvelee-merci = உங்கள் அமர்வு புதுப்பிக்கப்பட்டது. தயவுசெய்து இந்தச் செயலை இந்தப் பக்கத்திலிருந்து மீண்டும் செய்யுங்கள்.

## ds: users

tm-ce-dossier-est-depose-sur-une = இந்தக் கோப்பு சோதனை நிலையில் உள்ள ஒரு நடைமுறையில் சமர்ப்பிக்கப்பட்டுள்ளது. நிர்வாகி நடைமுறையில் செய்யும் எந்த மாற்றமும் (கட்டம் சேர்த்தல், நடைமுறையை வெளியிடுதல்...) இந்தக் கோப்பை நீக்கிவிடும்.
tm-votre-dossier-ne-peut-plus-etre = உங்கள் கோப்பை இனி திருத்த முடியாது
tm-completez-lidentification-de = தொடர, நிறுவனத்தின் அடையாளத்தை முழுமையாக்குங்கள்.
tm-votre-dossier-a-bien-ete-duplique = உங்கள் கோப்பின் நகல் உருவாக்கப்பட்டது. இப்போது அதைச் சரிபார்த்து, தேவைக்கேற்ப மாற்றி, பின் சமர்ப்பிக்கலாம்.
tm-linstruction-de-votre-dossier-a-commence = உங்கள் கோப்பின் பரிசீலனை தொடங்கிவிட்டது, இனி உங்கள் கோப்பை நீக்க முடியாது. பரிசீலனையை ரத்துசெய்ய விரும்பினால், உங்கள் கோப்பின் செய்திப் பெட்டி மூலம் உங்கள் நிர்வாகத்தைத் தொடர்புகொள்ளுங்கள்.
tm-votre-dossier-a-bien-ete-mis = உங்கள் கோப்பு குப்பைத்தொட்டிக்கு நகர்த்தப்பட்டது
tm-le-dossier-n-est-pas-correctement = கோப்பு சரியாக நிரப்பப்படவில்லை.
tm-votre-dossier-a-bien-ete-restaure = உங்கள் கோப்பு மீட்டெடுக்கப்பட்டது
tm-aucun-etablissement-nest-associe-a-ce = இந்தக் கோப்புடன் எந்த நிறுவனமும் இணைக்கப்படவில்லை
tm-identite-enregistree = அடையாளம் பதிவு செய்யப்பட்டது
tm-attestation-de-depot = விண்ணப்பச் சமர்ப்பிப்புச் சான்று (attestation de dépôt)
tm-dossier-depose-le = கோப்பு சமர்ப்பிக்கப்பட்ட தேதி:
tm-etat-du-dossier = கோப்பின் நிலை
tm-depose-en-attente-dexamen-par = சமர்ப்பிக்கப்பட்டது, நிர்வாகத்தின் பரிசீலனைக்குக் காத்திருக்கிறது
tm-refuse = மறுக்கப்பட்டது
tm-classe-sans-suite = மேல் நடவடிக்கை இன்றி முடித்துவைக்கப்பட்டது
tm-service-administratif = நிர்வாகப் பிரிவு
tm-fait-le = { $date } அன்று தயாரிக்கப்பட்டது,
tm-obtenir-une-attestation-de-depot-de = கோப்புச் சமர்ப்பிப்புச் சான்றைப் பெறு
tm-dossier-n-en-corbeille = கோப்பு எண் { $n } - குப்பைத்தொட்டியில்
tm-vous-pouvez-retrouver-ce-dossier-depuis = உங்கள் கணக்கின் குப்பைத்தொட்டித் தாவலில் இந்தக் கோப்பைக் காணலாம். தற்போது அதைப் பார்க்க முடியாது.
tm-ce-dossier-a-ete-mis-a = உங்கள் கோரிக்கையின்படி இந்தக் கோப்பு குப்பைத்தொட்டிக்கு நகர்த்தப்பட்டது: நீங்கள் இன்னும் அதை மீட்டெடுக்கலாம்.
tm-si-ce-dossier-a-ete-mis = உங்கள் கோரிக்கையின்படி இந்தக் கோப்பு குப்பைத்தொட்டிக்கு நகர்த்தப்பட்டிருந்தால்: நீங்கள் இன்னும் அதை மீட்டெடுக்கலாம்.
tm-si-ce-dossier-a-ete-mis-2 = அதிகபட்சச் சேமிப்புக் காலம் முடிந்ததால் இந்தக் கோப்பு தானாகக் குப்பைத்தொட்டிக்கு நகர்த்தப்பட்டிருந்தால்: நிரந்தரமாக நீக்கப்படுவதற்கு முன் விரைவில் அதைப் பதிவிறக்குமாறு கேட்டுக்கொள்கிறோம்.
tm-dossier-n-supprime-definitivement = கோப்பு எண் { $n } - நிரந்தரமாக நீக்கப்பட்டது
tm-vous-ne-pouvez-plus-recuperer-ce = பின்வரும் காரணங்களில் ஒன்றால் இந்தக் கோப்பை இனி மீட்க முடியாது:
tm-il-a-ete-mis-a-la = உங்கள் கோரிக்கையின்படி குப்பைத்தொட்டிக்கு நகர்த்தப்பட்டு, பின்னர் தானாக நீக்கப்பட்டது.
tm-il-a-ete-supprime-car-son = அதிகபட்சச் சேமிப்புக் காலம் முடிந்ததால் நீக்கப்பட்டது.
tm-vous-pouvez-retrouver-lensemble-des = உங்கள் கணக்கிலிருந்து நீக்கப்பட்ட எல்லாக் கோப்புகளையும் ("BROUILLON" எனும் வரைவுகள் தவிர) நீக்கப்பட்ட கோப்புகளின் வரலாறு பக்கத்தில் காணலாம்.

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = உங்கள் FranceConnect கணக்கு { $email } ஐத் தொடர்பு மின்னஞ்சலாகப் பயன்படுத்துகிறது.
tm-souhaitez-vous-lutiliser-pour-recevoir = உங்கள் கோப்புகளின் முன்னேற்றம் பற்றிய அறிவிப்புகளைப் பெற அதைப் பயன்படுத்த விரும்புகிறீர்களா?
tm-valider = உறுதிப்படுத்து
tm-veuillez-nous-fournir-ladresse = உங்களைத் தொடர்புகொள்ளப் பயன்படுத்த வேண்டிய மின்னஞ்சல் முகவரியைத் தாருங்கள்
tm-oui-utiliser-comme-adresse-electronique = ஆம், { $email } ஐத் தொடர்பு மின்னஞ்சல் முகவரியாகப் பயன்படுத்து
tm-non-utiliser-une-autre-adresse = இல்லை, வேறொரு மின்னஞ்சல் முகவரியைப் பயன்படுத்து
tm-fusion-des-comptes-franceconnect-et = FranceConnect, { $name } கணக்குகளை இணைத்தல்
tm-bonjour-votre-compte-franceconnect = வணக்கம், உங்கள் FranceConnect கணக்கு { $email } ஐத் தொடர்பு மின்னஞ்சல் முகவரியாகப் பயன்படுத்துகிறது. ஆனால் { $name } தளத்தில் இதே மின்னஞ்சல் முகவரியுடன் ஒரு கணக்கு உள்ளது.
tm-pour-les-fusionner-entrez-votre-mot = அவற்றை இணைக்க, உங்கள் கடவுச்சொல்லை உள்ளிடுங்கள்
tm-fusionner-les-comptes = கணக்குகளை இணை
tm-utiliser-cette-adresse-electronique = இந்த மின்னஞ்சல் முகவரியைப் பயன்படுத்து
tm-nous-venons-de-vous-envoyer-le = உறுதிப்படுத்தல் மின்னஞ்சலை இப்போதுதான் உங்களுக்கு அனுப்பினோம், உங்கள் கணக்குகளை இணைக்க அந்த மின்னஞ்சலில் உள்ள இணைப்பைக் கிளிக் செய்யுங்கள்
tm-le-lien-de-confirmation-a-expire = உறுதிப்படுத்தல் இணைப்பு காலாவதியாகிவிட்டது. புதிய உறுதிப்படுத்தல் இணைப்பு உங்களுக்கு மின்னஞ்சலில் அனுப்பப்பட்டது.
tm-une-erreur-inattendue-est-survenue = எதிர்பாராத பிழை ஏற்பட்டது. சிக்கல் தொடர்ந்தால் ஆதரவுக் குழுவைத் தொடர்புகொள்ளுங்கள்.
tm-vous-avez-ete-deconnecte-de-votre = உங்கள் முந்தைய கணக்கிலிருந்து நீங்கள் வெளியேற்றப்பட்டீர்கள். தயவுசெய்து உறுதிப்படுத்தல் இணைப்பை மீண்டும் கிளிக் செய்யுங்கள்.
tm-utilisateur-non-trouve = பயனர் கிடைக்கவில்லை
tm-les-comptes-franceconnect-et-sont-a = FranceConnect, { $name } கணக்குகள் இப்போது இணைக்கப்பட்டுள்ளன

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = உங்கள் சான்றை இந்த முகவரியில் பதிவிறக்கலாம்: { $link }
tm-pour-obtenir-le-detail-de-cette = முடிவில் செய்யப்பட்ட இந்த மாற்றத்தின் விவரங்களை அறிய, இந்தப் பிரிவைத் தொடர்புகொள்ளலாம்: { $name }.
tm-a-ete-refuse-le = { $date } அன்று மறுக்கப்பட்டது
tm-le-motif-de-refus-est-le = மறுப்புக்கான காரணம் பின்வருமாறு:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = உங்கள் சில நடைமுறைகளுக்குப் பிரிவின் SIRET எண்ணை நீங்கள் உள்ளிடவில்லை. தயவுசெய்து அவற்றைத் திருத்துங்கள்.
tm-certaines-de-vos-demarches-nont-pas = உங்கள் சில நடைமுறைகளுடன் எந்தப் பிரிவும் இணைக்கப்படவில்லை.
tm-ajouter-un-service-a-la-demarche = { $n } நடைமுறையில் ஒரு பிரிவைச் சேர்
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [one] நிரப்ப மதிப்பிடப்பட்ட நேரம்: { $n } நிமிடம் (தேர்ந்தெடுக்கும் விருப்பங்களைப் பொறுத்து மாறும்)
       *[other] நிரப்ப மதிப்பிடப்பட்ட நேரம்: { $n } நிமிடங்கள் (தேர்ந்தெடுக்கும் விருப்பங்களைப் பொறுத்து மாறும்)
    }
tm-quels-sont-les-delais-dinstruction-pour = இந்த நடைமுறையின் பரிசீலனைக் காலம் எவ்வளவு?
tm-liste-des-pieces-en-fonction-de = உங்கள் நிலைமைக்கு ஏற்ற ஆவணங்களின் பட்டியல்
tm-le-sva-ou-silence-vaut-accord = SVA, அதாவது «மௌனம் என்றால் ஏற்பு» (« Silence Vaut Accord »), நிர்வாகம் பதில் அளிக்காவிட்டால் விண்ணப்பம் என்னவாகும் என்பதை வரையறுக்கும் சட்டக் கொள்கை: உங்கள் கோப்பு முழுமையாக இருந்தால், ஒரு குறிப்பிட்ட காலம் முடிந்ததும் விண்ணப்பம் தானாக ஏற்கப்படும்.
tm-le-svr-ou-silence-vaut-rejet = SVR, அதாவது «மௌனம் என்றால் மறுப்பு» (« Silence Vaut Rejet »), நிர்வாகம் பதில் அளிக்காவிட்டால் விண்ணப்பம் என்னவாகும் என்பதை வரையறுக்கும் சட்டக் கொள்கை: உங்கள் கோப்பு முழுமையாக இருந்தால், ஒரு குறிப்பிட்ட காலம் முடிந்ததும் விண்ணப்பம் தானாக மறுக்கப்படும்.

## ds: layouts

tm-super-admin = சூப்பர்-நிர்வாகி (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = தெரு எண் மற்றும் பெயரை, அல்லது இடப்பெயரை (lieu-dit) உள்ளிடுங்கள்
tm-renseigner-la-ville-ou-commune = நகரம் அல்லது நகராட்சியை உள்ளிடுங்கள்
tm-renseigner-un-code-postal = அஞ்சல் குறியீட்டை உள்ளிடுங்கள்
tm-format-attendu-jj-mm-aaaa = எதிர்பார்க்கப்படும் வடிவம்: JJ/MM/AAAA (நாள்/மாதம்/ஆண்டு).
tm-format-attendu-jj-mm-aaaa-hh = எதிர்பார்க்கப்படும் வடிவம்: JJ/MM/AAAA HH:MM (நாள்/மாதம்/ஆண்டு மணி:நிமிடம்).
tm-format-attendu-un-numero-de-dossier = எதிர்பார்க்கப்படும் வடிவம்: { $name } தளத்தில் சமர்ப்பிக்கப்பட்ட கோப்பின் எண்
tm-ne-doit-pas-contenir-de-caracteres = சிறப்புக் குறிகள் இருக்கக் கூடாது
tm-doit-faire-au-moins-caracteres = { $n ->
        [one] குறைந்தது { $n } எழுத்து இருக்க வேண்டும்
       *[other] குறைந்தது { $n } எழுத்துகள் இருக்க வேண்டும்
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [one] { $n } எழுத்தை விடக் குறைவாக இருக்க வேண்டும்
       *[other] { $n } எழுத்துகளை விடக் குறைவாக இருக்க வேண்டும்
    }
tm-est-invalide-saisissez-un-numero-iban = தவறானது. சரியான IBAN எண்ணை உள்ளிடுங்கள். உதாரணம் (பிரான்ஸ்): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = உதாரணம் (பிரான்ஸ்): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = நீங்கள் ஒன்று அல்லது பல விருப்பங்களைத் தேர்ந்தெடுக்கலாம்.

## ds: activemodel

tm-region-code-region = பிராந்தியம் (région) மற்றும் பிராந்தியக் குறியீடு

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = எதிர்பார்க்கப்படும் வடிவம்: சரியான தொலைபேசி எண். உதாரணம்: 0612345678
tm-doit-commencer-par-un-w-majuscule = பெரிய எழுத்து W உடன் தொடங்கி, அதைத் தொடர்ந்து 9 இலக்கங்கள் அல்லது எழுத்துகள் இருக்க வேண்டும். உதாரணம்: W503726238
tm-le-numero-rna-saisi-ne-correspond = நீங்கள் உள்ளிட்ட RNA எண் { $value } எந்த நிறுவனத்துக்கும் பொருந்தவில்லை, சரியான RNA எண்ணை உள்ளிடுங்கள்
tm-une-erreur-reseau-a-empeche-lassociation = நெட்வொர்க் பிழையால் இந்த RNA உடன் இணைந்த சங்கத்தைக் கண்டுபிடிக்க முடியவில்லை, பிறகு மீண்டும் முயலுங்கள்
tm-numero-rna = RNA எண் (சங்கங்களின் பதிவேடு)
tm-nom-de-lassociation = சங்கத்தின் பெயர்
tm-objet-de-lassociation = சங்கத்தின் நோக்கம்
tm-date-de-creation = உருவாக்கிய தேதி
tm-date-de-publication = வெளியிட்ட தேதி
tm-format-attendu-un-w-majuscule-suivi = எதிர்பார்க்கப்படும் வடிவம்: பெரிய எழுத்து W, அதைத் தொடர்ந்து 9 இலக்கங்கள் அல்லது எழுத்துகள். உதாரணம்: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (எந்த அறக்கட்டளையும் கிடைக்கவில்லை)
tm-numero-rnf = RNF எண் (அறக்கட்டளைகளின் பதிவேடு)
tm-mise-a-jour-le = புதுப்பித்த தேதி
tm-comporte-une-erreur-de-saisie-corrigez = உள்ளீட்டில் பிழை உள்ளது. அதைத் திருத்துங்கள்.
tm-ne-correspond-pas-a-un-etablissement = ஏற்கனவே உள்ள எந்த நிறுவனத்துக்கும் பொருந்தவில்லை
tm-dossier-supprime = நீக்கப்பட்ட கோப்பு
tm-demande-de-lusager = பயனரின் கோரிக்கை
tm-suppression-dune-demarche = ஒரு நடைமுறையை நீக்குதல்
tm-numero-de-dossier = கோப்பு எண்
tm-etat = நிலை
tm-demande-de-correction = திருத்தக் கோரிக்கை
tm-pour-vous = உங்களுக்காக
tm-pour-un-beneficiaire-membre-de-la = ஒரு பயனாளிக்காக: குடும்ப உறுப்பினர், நெருங்கியவர், உங்களுக்குப் பொறுப்பு அளித்தவர், கோப்பைக் கவனிக்கும் தொழில்முறை நபர்…
tm-a-corriger = திருத்த வேண்டும்
tm-dossier-non-modifie = கோப்பு மாற்றப்படவில்லை
tm-demande-de-correction-annulee = திருத்தக் கோரிக்கை ரத்துசெய்யப்பட்டது
tm-reponse-donnee = பதில் அளிக்கப்பட்டது
tm-le-dossier-nest-pas-valide-et = கோப்பு சரியானது அல்ல, அதைத் திருத்த வேண்டும்
tm-le-dossier-doit-etre-mis-a = கோப்பைப் புதுப்பித்து மீண்டும் உறுதிப்படுத்த வேண்டும்
tm-depose-depuis-longtemps = நீண்ட காலத்துக்கு முன் சமர்ப்பிக்கப்பட்டது
tm-depose-depuis-j = { $days ->
        [one] { $days } நாளுக்கு முன் சமர்ப்பிக்கப்பட்டது
       *[other] { $days } நாட்களுக்கு முன் சமர்ப்பிக்கப்பட்டது
    }
tm-expire-bientot = விரைவில் காலாவதியாகும்
tm-expire-dans-j = { $days ->
        [one] { $days } நாளில் காலாவதியாகும்
       *[other] { $days } நாட்களில் காலாவதியாகும்
    }
tm-bientot-supprime = விரைவில் நீக்கப்படும்
tm-suppression-dans-j = { $days ->
        [one] { $days } நாளில் நீக்கப்படும்
       *[other] { $days } நாட்களில் நீக்கப்படும்
    }
tm-message = செய்தி
tm-annotation-privee = தனிப்பட்ட குறிப்பு
tm-ladresse-electronique = மின்னஞ்சல் முகவரி { $message }
tm-est-invalide = தவறானது
tm-parcelle-agricole = விவசாய நிலப் பகுதி
tm-selection-utilisateur = பயனர் தேர்வு
tm-ne-peut-pas-etre-vide = வெறுமையாக இருக்கக் கூடாது
tm-nest-pas-un-geojson-valide = சரியான GeoJSON அல்ல
tm-contient-des-coordonnees-invalides = தவறான ஆயத்தொலைவுகள் உள்ளன, தயவுசெய்து WGS84 ஆயத்தொலைவு முறையைப் பயன்படுத்துங்கள்

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = நிலப் பகுதி எண் { $n } - தாள் { $prefixe } { $section } - { $surface } சதுர மீட்டர் – நகராட்சி { $commune }
tm-parcelle-n-hectares = நிலப் பகுதி எண் { $n } - { $surface } ஹெக்டேர்
tm-une-aire-de-surface-m2 = { $area } சதுர மீட்டர் பரப்பளவுள்ள ஒரு பகுதி
tm-une-aire-de-surface-inconnue = பரப்பளவு தெரியாத ஒரு பகுதி

## ds: activerecord

tm-doit-etre-different-de-celui-du = பிரதிநிதியின் (mandataire) மின்னஞ்சலிலிருந்து வேறுபட்டதாக இருக்க வேண்டும்
tm-notifier-le-beneficiaire = பயனாளிக்குத் தெரிவி:
tm-pas-de-notification = அறிவிப்பு இல்லை
tm-votre-dossier-n-est-en-train = உங்கள் { $n } எண் கோப்பு மீண்டும் பரிசீலிக்கப்படுகிறது ({ $name })

## ds: activemodel

tm-annee = ஆண்டு
tm-depuis-le-debut = தொடக்கத்திலிருந்து
tm-en = ({ $year } இல்)
tm-nombre-de-demarches = நடைமுறைகளின் எண்ணிக்கை
tm-nombre-de-demarches-publiees-ou-closes = வெளியிடப்பட்ட அல்லது மூடப்பட்ட நடைமுறைகளின் எண்ணிக்கை { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = கோப்பு ஒரு FranceConnect கணக்கிலிருந்து சமர்ப்பிக்கப்பட்டது.
tm-le-dossier-a-ete-depose-par-2 = கோப்பு { $name } இன் கணக்கிலிருந்து சமர்ப்பிக்கப்பட்டது.
tm-le-service-traitant-na-pas-ete = பொறுப்பான பிரிவு «மௌனம் என்றால் மறுப்பு» (Silence Vaut Rejet) விதி வழங்கும் கால அவகாசத்துக்குள் உங்கள் விண்ணப்பத்தைச் செயலாக்க முடியவில்லை.
tm-expirera-le-mois-apres-le-depot = { $n ->
        [one] { $date } அன்று காலாவதியாகும் (கோப்பு சமர்ப்பித்து { $n } மாதத்துக்குப் பிறகு)
       *[other] { $date } அன்று காலாவதியாகும் (கோப்பு சமர்ப்பித்து { $n } மாதங்களுக்குப் பிறகு)
    }
tm-ce-dossier-est-en-instruction-il = இந்தக் கோப்பு பரிசீலனையில் உள்ளது, அது காலாவதியாகாது
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [one] { $date } அன்று காலாவதியாகும் (கோப்பு செயலாக்கப்பட்டு { $n } மாதத்துக்குப் பிறகு)
       *[other] { $date } அன்று காலாவதியாகும் (கோப்பு செயலாக்கப்பட்டு { $n } மாதங்களுக்குப் பிறகு)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [one] { $date } அன்று காலாவதியாகும் (கோப்பு செயலாக்கப்பட்டு { $n } மாதத்துக்குப் பிறகு)
       *[other] { $date } அன்று காலாவதியாகும் (கோப்பு செயலாக்கப்பட்டு { $n } மாதங்களுக்குப் பிறகு)
    }
tm-la-recuperation-automatique-des-donnees = { $code_postal } அஞ்சல் குறியீடு கொண்ட { $numero_allocataire } எண் உதவித்தொகை பெறுபவருக்கான தரவுகள் தானாகப் பெறப்படுகின்றன.
tm-des-donnees-concernant-liees-au-compte = { $code_postal } அஞ்சல் குறியீடு கொண்ட { $numero_allocataire } எண் கணக்குடன் இணைந்த { $sources } பற்றிய தரவுகள் CAF இடமிருந்து பெறப்பட்டன.
tm-donnees-obtenues-de-la-caisse-nationale = தேசியக் குடும்ப உதவித்தொகை நிதியத்திடமிருந்து (Caisse nationale d’allocations familiales) பெறப்பட்ட தரவுகள்
tm-la-recuperation-automatique-des-donnees-2 = { $reference_avis } அறிவிப்புக் குறிப்பு எண் கொண்ட { $numero_fiscal } எண் வரி செலுத்துபவருக்கான தரவுகள் தானாகப் பெறப்படுகின்றன.
tm-des-donnees-concernant-liees-au = { $reference_avis } அறிவிப்புக் குறிப்பு எண் கொண்ட { $numero_fiscal } எண் வரி செலுத்துபவருடன் இணைந்த { $sources } பற்றிய தரவுகள் DGFiP (வரி நிர்வாகம்) இடமிருந்து பெறப்பட்டன.
tm-donnees-obtenues-de-la-direction = பொது நிதி தலைமை இயக்ககத்திடமிருந்து (Direction générale des Finances publiques) பெறப்பட்ட தரவுகள்
tm-la-recuperation-automatique-des-donnees-3 = { $identifiant } அடையாளத்துக்கான தரவுகள் தானாகப் பெறப்படுகின்றன.
tm-des-donnees-concernant-liees-a = { $identifiant } அடையாளத்துடன் இணைந்த { $sources } பற்றிய தரவுகள் Pôle emploi இடமிருந்து பெறப்பட்டன.
tm-donnees-obtenues-de-pole-emploi = Pôle emploi (வேலைவாய்ப்பு அலுவலகம்) இடமிருந்து பெறப்பட்ட தரவுகள்
tm-des-donnees-concernant-liees-a-line = INE { $ine } உடன் இணைந்த { $sources } பற்றிய தரவுகள் MESRI (உயர்கல்வி அமைச்சகம்) இடமிருந்து பெறப்பட்டன.
tm-donnees-obtenues-du-mesri = MESRI (உயர்கல்வி அமைச்சகம்) இடமிருந்து பெறப்பட்ட தரவுகள்
tm-entrer-une-autre-option = வேறொரு விருப்பத்தை உள்ளிடு

## ds: carte

tm-deploiement-par-departement = மாவட்டம் (département) வாரியான விரிவாக்கம்
tm-quelle-carte-souhaitez-vous = எந்த வரைபடம் வேண்டும்?

## ds: views

tm-selectionnez = தேர்ந்தெடுங்கள்

## ds: activerecord

tm-votre-adresse-electronique = உங்கள் அலுவல் மின்னஞ்சல் முகவரி
tm-sujet = தலைப்பு

## ds: contact

tm-votre-question = உங்கள் கேள்வி
tm-notre-reponse = எங்கள் பதில்
tm-une-capture-decran-peut-nous-aider = திரைப் பிடிப்பு (screenshot) ஒன்று, மேம்படுத்த வேண்டிய இடத்தை எளிதாகக் கண்டறிய எங்களுக்கு உதவும்.
tm-une-capture-decran-peut-nous-aider-2 = திரைப் பிடிப்பு (screenshot) ஒன்று, சிக்கலை எளிதாகக் கண்டறிய எங்களுக்கு உதவும்.
tm-taille-maximale-autorisee-200-mo-formats = அனுமதிக்கப்பட்ட அதிகபட்ச அளவு: 200 MB. ஏற்கப்படும் வடிவங்கள்: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = இந்தப் படிவம் மூலம் எங்களைத் தொடர்புகொள்ளுங்கள், விரைவில் பதிலளிப்போம். உங்களுக்குச் சிறப்பாக உதவ, முடிந்தவரை அதிகத் தகவல்களைத் தாருங்கள்.
tm-jai-un-probleme-lors-du-remplissage = என் கோப்பை நிரப்பும்போது சிக்கல் உள்ளது
tm-avez-vous-bien-verifie-que-tous = எல்லாக் கட்டாயக் கட்டங்களும் ( * ) நிரப்பப்பட்டுள்ளனவா என்று சரிபார்த்தீர்களா? உள்ளிட வேண்டிய தகவல்கள் பற்றிக் கேள்விகள் இருந்தால், நடைமுறைக்குப் பொறுப்பான பிரிவுகளைத் தொடர்புகொள்ளுங்கள் (FAQ).
tm-jai-une-question-sur-linstruction-de = என் கோப்பின் பரிசீலனை பற்றி எனக்குக் கேள்வி உள்ளது
tm-si-vous-avez-des-questions-sur = உங்கள் கோப்பின் பரிசீலனை பற்றி (உதாரணமாகக் கால அவகாசம் பற்றி) கேள்விகள் இருந்தால், உங்கள் செய்திப் பெட்டி மூலம் உங்கள் கோப்பைப் பரிசீலிக்கும் பிரிவுகளை நேரடியாகத் தொடர்புகொள்ளுங்கள் (FAQ). இணையதளத்தின் தொழில்நுட்பச் சிக்கல் பற்றிக் கேள்வி கேட்க விரும்பினால், கீழே உள்ள படிவத்தைப் பயன்படுத்துங்கள். உங்கள் கோப்பின் பரிசீலனை பற்றி எங்களால் தகவல் தர முடியாது.
tm-jai-une-idee-damelioration-pour-votre = உங்கள் இணையதளத்தை மேம்படுத்த எனக்கு ஒரு யோசனை உள்ளது
tm-une-idee-pensez-a-consulter-notre = யோசனை உள்ளதா? எங்கள் மேம்பாடுகள் பலகையைப் பாருங்கள்: நீங்கள் முன்னுரிமை தரும் மேம்பாடுகளுக்கு வாக்களியுங்கள், உங்கள் சொந்த யோசனையை முன்மொழியுங்கள்.
tm-nous-vous-invitons-a-contacter = பின்பற்ற வேண்டிய இணைப்பைத் தெரிவிக்க, உங்கள் நடைமுறைக்குப் பொறுப்பான நிர்வாகத்தைத் தொடர்புகொள்ளுமாறு கேட்டுக்கொள்கிறோம். அந்த இணைப்பு இப்படி இருக்கும்: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. அதிகம் பயன்படுத்தப்படும் எங்கள் நடைமுறைகளின் பட்டியலையும் இங்கே பார்க்கலாம் (permis, detr, போன்றவை).
tm-autre-sujet = வேறு தலைப்பு
tm-votre-message-a-ete-envoye-sur = உங்கள் செய்தி உங்கள் கோப்பின் செய்திப் பெட்டிக்கு அனுப்பப்பட்டது.
tm-votre-message-a-ete-envoye = உங்கள் செய்தி அனுப்பப்பட்டது.
tm-la-piece-jointe-doit-etre-un = இணைப்பு ஒரு கோப்பாக இருக்க வேண்டும்

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = «{ $name }» நடைமுறையில் உங்கள் கோப்புக்குப் பொறுப்பான நிர்வாகத்திடமிருந்து உங்களுக்குப் புதிய செய்தி வந்துள்ளது.
tm-pour-consulter-le-message-et-y = செய்தியைப் படித்துப் பதிலளிக்க, கீழே உள்ள பொத்தானைக் கிளிக் செய்யுங்கள்:
tm-si-vous-souhaitez-repondre-a-ce = இந்தச் செய்திக்குப் பதிலளிக்க விரும்பினால், இந்த முகவரியில் நிர்வாகத்தை நேரடியாகத் தொடர்புகொள்ளுங்கள்: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = இந்தச் செய்திக்குப் பதிலளிக்க விரும்பினால், இந்த மின்னஞ்சலின் கீழே உள்ள தொடர்பு விவரங்களைப் பயன்படுத்தி நிர்வாகத்தை நேரடியாகத் தொடர்புகொள்ளுங்கள்.
tm-lire-le-message = செய்தியைப் படி
tm-vous-avez-commence-a-remplir-un = «{ $name }» நடைமுறைக்கான ஒரு கோப்பை நிரப்பத் தொடங்கியுள்ளீர்கள்.
tm-vous-pouvez-retrouver-et-completer-votre = கீழே உள்ள பொத்தானைக் கிளிக் செய்து உங்கள் கோப்பைக் கண்டு முழுமையாக்கலாம்:
tm-vous-pouvez-deposer-votre-dossier = உங்கள் கோப்பை { $before } வரை சமர்ப்பிக்கலாம்.
tm-afficher-votre-dossier = உங்கள் கோப்பைக் காட்டு
tm-vous-devez-corriger-votre-dossier-n = உங்கள் { $n } எண் கோப்பை «{ $name }» நீங்கள் திருத்த வேண்டும்
tm-afin-de-poursuivre-son-instruction-un = பரிசீலனையைத் தொடர, «{ $name }» நடைமுறையில் உள்ள உங்கள் { $n } எண் கோப்பில் திருத்தங்கள் செய்யுமாறு ஒரு பரிசீலனை அலுவலர் கேட்கிறார்.
tm-afin-de-commencer-son-instruction-un = பரிசீலனையைத் தொடங்க, «{ $name }» நடைமுறையில் உள்ள உங்கள் { $n } எண் கோப்பை முழுமையாக்குமாறு ஒரு பரிசீலனை அலுவலர் கேட்கிறார்.
tm-consultez-la-messagerie-de-votre-dossier = செய்ய வேண்டிய மாற்றங்களை அறிய உங்கள் கோப்பின் செய்திப் பெட்டியைப் பாருங்கள், பிறகு இணையதளத்திலேயே கோப்பைத் திருத்துங்கள்.
tm-ouvrir-la-messagerie = செய்திப் பெட்டியைத் திற
tm-vous-avez-une-demande-de-transfert = உங்களுக்குக் காத்திருக்கும் ஒரு மாற்றக் கோரிக்கை உள்ளது.
tm-afin-de-pouvoir-accepter-ou-refuser = கோரிக்கையை ஏற்க அல்லது மறுக்க, நீங்கள் { $name } தளத்தில் உள்நுழைய வேண்டும்:
tm-acceder-a-la-demande-de-transfert = மாற்றக் கோரிக்கையைப் பார்
tm-afin-de-pouvoir-accepter-ou-refuser-2 = கோரிக்கையை ஏற்க அல்லது மறுக்க, உங்களுக்குக் கணக்கு இருக்க வேண்டும்:
tm-se-creer-un-compte-sur = { $name } தளத்தில் கணக்கை உருவாக்கு
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [one] { $name } உங்களுக்கு { $n } கோப்பை மாற்றும் கோரிக்கையை அனுப்புகிறார்.
       *[other] { $name } உங்களுக்கு { $n } கோப்புகளை மாற்றும் கோரிக்கையை அனுப்புகிறார்.
    }
tm-vous-adresse-une-demande-de-transfert-2 = { $name } உங்களுக்கு { $n } எண் கோப்பை மாற்றும் கோரிக்கையை அனுப்புகிறார், இந்த நடைமுறையில்

## ds: layouts

tm-accueil-liste-des-demarches = முகப்பு - நடைமுறைகளின் பட்டியல்
tm-vous-etes-ici = நீங்கள் இங்கே இருக்கிறீர்கள்
tm-voir-le-fil-dariane = பக்க வழித்தடத்தைப் பார்
tm-previsualiser-le-formulaire = படிவத்தை முன்னோட்டமிடு
tm-previsualiser-les-annotations = குறிப்புகளை முன்னோட்டமிடு
tm-depuis-le = { $date } முதல்
tm-publiee = வெளியிடப்பட்டது
tm-en-test = சோதனையில்
tm-a-modifier = திருத்த வேண்டும்
tm-pour-plus-dinformation-sur-la-phase = சோதனைக் கட்டம் பற்றிய மேலும் தகவலுக்கு
tm-consulter-la-faq = அடிக்கடி கேட்கப்படும் கேள்விகளைப் (FAQ) பார்
tm-suivi-des-dossiers = { $name } – கோப்புகளின் முன்னேற்றம்
tm-modifier-le-lien-de-la-demarche = நடைமுறையின் இணைப்பைத் திருத்து
tm-pour-vous-adresser-a-votre = உங்கள் நிர்வாகத்தைத் தொடர்புகொள்ள, நேரடியாக இதைப் பயன்படுத்துங்கள்:
tm-page-de-contact = தொடர்புப் பக்கம்:
tm-horaires = வேலை நேரம்:
tm-consultez-laide-en-ligne = இணைய உதவியைப் பாருங்கள்
tm-consultez-la-page-de-contact-de = நிர்வாகத்தின் தொடர்புப் பக்கத்தைப் பாருங்கள்
tm-lequipe = குழு
tm-nous-vous-informons-que-le-dossier = உங்கள் பெயரில் { $mandataire_first_name } { $mandataire_last_name } நிரப்பிய { $dossier_id } எண் கோப்பு பற்றித் தெரிவிக்கிறோம் – நடைமுறை:
tm-a-ete-classe-sans-suite-le = { $date } அன்று மேல் நடவடிக்கை இன்றி முடித்துவைக்கப்பட்டது.
tm-a-ete-rendue = வழங்கப்பட்டது.

## ds: root

tm-effectuer-une-demarche-administrative-en = இணையத்தில் ஒரு நிர்வாக நடைமுறையைச் செய்
tm-vous-souhaitez-effectuer-une-demande = ஒரு நிர்வாகத்திடம் விண்ணப்பம் செய்ய விரும்புகிறீர்களா?
tm-realisez-vos-demandes-en-toute = உங்கள் விண்ணப்பங்களை எளிதாகச் செய்து, உங்கள் கோப்புகளை இணையத்தில் காணுங்கள்
tm-comment-trouver-ma-demarche = என் நடைமுறையை எப்படிக் கண்டுபிடிப்பது?
tm-dossiers-deposes = சமர்ப்பிக்கப்பட்ட கோப்புகள்
tm-reduction-des-delais-de-traitement = செயலாக்கக் காலக் குறைப்பு
tm-une-question-un-probleme = கேள்வி அல்லது சிக்கல்?
tm-la-reponse-est-dans-laide-en = பதில் இணைய உதவியில் உள்ளது
tm-administration-vous-voulez = நிர்வாகங்களே: உங்கள் நடைமுறைகளை இணையவழி ஆக்க விரும்புகிறீர்களா?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect என்பது உங்கள் இணையச் சேவைகளுக்கான உள்நுழைவைப் பாதுகாப்பாகவும் எளிமையாகவும் ஆக்க அரசு வழங்கும் தீர்வு.
tm-sidentifier-avec = இதன் மூலம் உள்நுழை
tm-ou = அல்லது
tm-vous-avez-deja-un-compte = ஏற்கனவே கணக்கு உள்ளதா?
tm-jai-deja-un-compte = எனக்கு ஏற்கனவே கணக்கு உள்ளது
tm-creer-un-compte = கணக்கை உருவாக்கு
tm-votre-adresse-electronique-nest-pas = உங்கள் மின்னஞ்சல் முகவரி சரிபார்க்கப்படவில்லை, எனவே { $name } இன் செய்திகள் உங்களுக்கு வராது. உங்கள் மின்னஞ்சல் பெட்டியைப் பார்த்து, சரிபார்ப்பு இணைப்பைக் கிளிக் செய்யுங்கள். மின்னஞ்சல் வரவில்லையா?
tm-telecharger-le-modele = மாதிரியைப் பதிவிறக்கு

## ds: commencer

tm-commencer-la-demarche = நடைமுறையைத் தொடங்கு
tm-vous-avez-deja-des-dossiers-pour = இந்த நடைமுறைக்கு உங்களுக்கு ஏற்கனவே கோப்புகள் உள்ளன
tm-voir-mes-dossiers-en-cours = நடப்பில் உள்ள என் கோப்புகளைப் பார்
tm-vous-avez-un-dossier-prerempli = முன்பே நிரப்பப்பட்ட ஒரு கோப்பு உங்களிடம் உள்ளது
tm-vous-etes-prete-a-poursuivre-un = «{ $name }» நடைமுறையில் { $time } முன் தொடங்கிய, முன்பே நிரப்பப்பட்ட ஒரு கோப்பைத் தொடர நீங்கள் தயாராக உள்ளீர்கள்.
tm-vous-avez-deja-commence-a-remplir = நீங்கள் ஏற்கனவே ஒரு கோப்பை நிரப்பத் தொடங்கியுள்ளீர்கள்
tm-il-y-a-vous-avez-depose = { $time } முன், «{ $name }» நடைமுறையில் ஒரு கோப்பைச் சமர்ப்பித்தீர்கள்.
tm-poursuivre-mon-dossier-prerempli = முன்பே நிரப்பப்பட்ட என் கோப்பைத் தொடர்
tm-continuer-a-remplir-mon-dossier = என் கோப்பைத் தொடர்ந்து நிரப்பு
tm-voir-mon-dossier-depose = சமர்ப்பித்த என் கோப்பைப் பார்
tm-vous-souhaitez-effectuer-une-demande-par = காகிதத்தில் விண்ணப்பிக்க விரும்புகிறீர்களா? PDF வடிவில் ஒரு வெற்றுக் கோப்பைப் பதிவிறக்கி, தொடர்புடைய நிர்வாகத்துக்கு அனுப்பலாம்: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = PDF வடிவில் வெற்றுக் கோப்பைப் பதிவிறக்கு
tm-vos-derniers-dossiers-crees = { $n ->
        [one] நீங்கள் கடைசியாக உருவாக்கிய { $n } கோப்பு:
       *[other] நீங்கள் கடைசியாக உருவாக்கிய { $n } கோப்புகள்:
    }
tm-n-cree-il-y-a = எண் { $n }, { $date } முன் உருவாக்கப்பட்டது, { $state }
tm-la-demarche-est-close-depuis-le = { $name } நடைமுறை { $date } முதல் மூடப்பட்டுள்ளது

## ds: users

tm-vous-vous-appretez-a-transferer-le = { $name } { $date } அன்று சமர்ப்பித்த { $state } கோப்பு எண் { $n } ஐ வேறொரு பயனரின் கணக்குக்கு மாற்றப் போகிறீர்கள்.
tm-envoyer-la-demande-de-transfert = மாற்றக் கோரிக்கையை அனுப்பு
tm-linvitation-au-transfert-a-ete-envoyee = மாற்ற அழைப்பு வெற்றிகரமாக அனுப்பப்பட்டது
tm-la-demande-de-transfert-a-ete = மாற்றக் கோரிக்கை வெற்றிகரமாக நீக்கப்பட்டது
tm-la-demarche-liee-a-votre-dossier = உங்கள் கோப்புடன் இணைந்த நடைமுறை நீக்கப்பட்டுள்ளது
tm-la-demarche-liee-a-votre-dossier-2 = உங்கள் கோப்புடன் இணைந்த நடைமுறை மூடப்பட்டுள்ளது
tm-vous-pouvez-toujours-consulter-votre = உங்கள் கோப்பை இன்னும் பார்க்கலாம், ஆனால் இனி அதைத் திருத்த முடியாது.
tm-votre-dossier-a-ete-traite-par = உங்கள் கோப்பை நிர்வாகம் செயலாக்கிவிட்டது, எந்தச் செயலும் செய்ய முடியாது
tm-vous-pouvez-toujours-consulter-votre-2 = உங்கள் கோப்பை இன்னும் பார்க்கலாம், ஆனால் நிர்வாகம் அதைச் செயலாக்காது
tm-voir-la-demarche = நடைமுறையைப் பார்
tm-une-nouvelle-demarche-est-disponible = புதிய நடைமுறை கிடைக்கிறது, இங்கே பாருங்கள்:
tm-pour-plus-dinformations-veuillez-vous = மேலும் தகவலுக்கு, { $name } பிரிவைத் தொடர்புகொள்ளுங்கள்: { $service_phone_number } என்ற எண்ணில் அல்லது { $email } என்ற மின்னஞ்சலில்
tm-votre-dossier-est-en-attente-de = { $n ->
        [one] உங்கள் கோப்பை நிர்வாகம் எடுத்துக்கொள்ளக் காத்திருக்கிறது. எடுத்துக்கொள்வதற்கான அதிகபட்சக் காலம் { $n } மாதம். இருந்தாலும், கீழே உள்ள பொத்தானைக் கிளிக் செய்து இந்தக் காலத்தை நீட்டிக்கலாம்.
       *[other] உங்கள் கோப்பை நிர்வாகம் எடுத்துக்கொள்ளக் காத்திருக்கிறது. எடுத்துக்கொள்வதற்கான அதிகபட்சக் காலம் { $n } மாதங்கள். இருந்தாலும், கீழே உள்ள பொத்தானைக் கிளிக் செய்து இந்தக் காலத்தை நீட்டிக்கலாம்.
    }
tm-conserver-mois-supplementaire = { $n ->
        [one] மேலும் { $n } மாதம் வைத்திரு
       *[other] மேலும் { $n } மாதங்கள் வைத்திரு
    }
tm-cadre-juridique = சட்ட அடிப்படை
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [one] தரவுகளைச் சேமித்தல் மற்றும் காப்பகப்படுத்தல்: { $n } மாதம்
       *[other] தரவுகளைச் சேமித்தல் மற்றும் காப்பகப்படுத்தல்: { $n } மாதங்கள்
    }
tm-texte-cadrant-la-demande-dinformation = இந்தத் தகவல் கோரிக்கையை நெறிப்படுத்தும் சட்ட உரை
tm-contacter-le-delegue-a-la-protection = தரவுப் பாதுகாப்பு அலுவலரைத் தொடர்புகொள்
tm-dematerialisation = காகிதமில்லா இணையவழி நடைமுறை (Dématérialisation)
tm-trouver-une-maison-france-services = France Services அலுவலகத்தைக் கண்டுபிடி
tm-profil = சுயவிவரம்
tm-nouvelle-adresse-electronique = புதிய மின்னஞ்சல் முகவரி
tm-votre-adresse-electronique-actuelle = உங்கள் தற்போதைய மின்னஞ்சல் முகவரி
tm-changer-mon-adresse = என் முகவரியை மாற்று
tm-transferer-tous-vos-dossiers = உங்கள் எல்லாக் கோப்புகளையும் மாற்று
tm-cette-fonctionnalite-vous-permet-de = இந்த வசதி மூலம் உங்கள் எல்லாக் கோப்புகளின் உரிமையாளரையும் மாற்றலாம். வேலை மாறும்போது அல்லது பல கணக்குகளை இணைக்க விரும்பும்போது இது பொதுவாகப் பயன்படும்.
tm-adresse-electronique-du-prochain = உங்கள் எல்லாக் கோப்புகளின் அடுத்த உரிமையாளரின் மின்னஞ்சல் முகவரி
tm-le-nouveau-proprietaire-doit-confirmer = புதிய உரிமையாளர் { $email } தமது மின்னஞ்சலில் வந்த வழிமுறைகளைப் பின்பற்றி ஒரு கோப்பின் மாற்றத்தை உறுதிப்படுத்த வேண்டும்.
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [one] புதிய உரிமையாளர் { $email } தமது மின்னஞ்சலில் வந்த வழிமுறைகளைப் பின்பற்றி உங்கள் { $n } கோப்பின் மாற்றத்தை உறுதிப்படுத்த வேண்டும்.
       *[other] புதிய உரிமையாளர் { $email } தமது மின்னஞ்சலில் வந்த வழிமுறைகளைப் பின்பற்றி உங்கள் { $n } கோப்புகளின் மாற்றத்தை உறுதிப்படுத்த வேண்டும்.
    }
tm-confirmez-vous-le-transfert = மாற்றத்தை உறுதிப்படுத்துகிறீர்களா?
tm-transferer-tous-mes-dossiers = என் எல்லாக் கோப்புகளையும் மாற்று
tm-changement-en-attente = நிலுவையில் உள்ள மாற்றம்:
tm-doit-sassurer-que-votre-compte-est = உங்கள் கணக்கு அலுவல் பணிக்காகப் பயன்படுத்தப்படுகிறது என்பதை { $name } உறுதிசெய்ய வேண்டும். பின்வரும் டொமைன்களுக்கு மின்னஞ்சல் மாற்றத்தை நாங்கள் தானாக அனுமதிக்கலாம்: { $legit_admin_domains } உங்கள் நிலை இதுவல்ல என்றால், ஆதரவுக் குழுவைத் தொடர்புகொள்ளுங்கள்: { $email }
tm-votre-compte-sur-est-actuellement-lie = { $name } தளத்தில் உள்ள உங்கள் கணக்கு தற்போது பின்வரும் அடையாளத்துடன் இணைக்கப்பட்டுள்ளது:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [one] { $name } தளத்தில் உள்ள உங்கள் கணக்கு தற்போது பின்வரும் { $n } அடையாளத்துடன் இணைக்கப்பட்டுள்ளது:
       *[other] { $name } தளத்தில் உள்ள உங்கள் கணக்கு தற்போது பின்வரும் { $n } அடையாளங்களுடன் இணைக்கப்பட்டுள்ளது:
    }
tm-interdire-lacces = அணுகலைத் தடு
tm-le-transfert-dun-dossier-a-est = ஒரு கோப்பை { $email } க்கு மாற்றுவது நடைபெறுகிறது
tm-le-transfert-de-dossiers-a-est = { $n ->
        [one] { $n } கோப்பை { $email } க்கு மாற்றுவது நடைபெறுகிறது
       *[other] { $n } கோப்புகளை { $email } க்கு மாற்றுவது நடைபெறுகிறது
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = சேவை தற்காலிகமாகக் கிடைக்கவில்லை. பிறகு உங்கள் கோரிக்கையை மீண்டும் செய்யுமாறு கேட்டுக்கொள்கிறோம்.
tm-numero-de-la-declaration-de-perte = இழப்பு அறிவிப்பின் எண் (déclaration de perte)
tm-mettre-a-jour-mes-documents = என் ஆவணங்களைப் புதுப்பி
tm-nombre-d-enfants-a-charge = உங்களைச் சார்ந்திருக்கும் குழந்தைகளின் எண்ணிக்கை (enfants à charge)
tm-je-ne-suis-pas-un-robot = நான் ரோபோ அல்ல
tm-numero-etranger = வெளிநாட்டவர் எண் (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = இனி காலியான நேரம் இல்லை
tm-aucun-creneau-disponible = காலியான நேரம் எதுவும் இல்லை
tm-aucun-creneau-n-est-disponible = காலியான நேரம் எதுவும் கிடைக்கவில்லை
tm-pas-de-creneau-disponible = காலியான நேரம் இல்லை
tm-plus-de-creneau-disponible = இனி காலியான நேரம் இல்லை
tm-aucun-rendez-vous-disponible = சந்திப்பு நேரம் எதுவும் இல்லை
tm-aucun-rendez-vous-n-est-disponible = சந்திப்பு நேரம் எதுவும் கிடைக்கவில்லை
tm-aucune-disponibilite = காலியான நேரம் எதுவும் இல்லை
tm-tous-les-creneaux-sont-reserves = எல்லா நேரங்களும் முன்பதிவு செய்யப்பட்டுவிட்டன
tm-toutes-les-plages-horaires-sont = எல்லா நேர இடைவெளிகளும் முன்பதிவு செய்யப்பட்டுவிட்டன
tm-aucune-plage-horaire = நேர இடைவெளி எதுவும் இல்லை
tm-service-momentanement-indisponible = சேவை தற்காலிகமாகக் கிடைக்கவில்லை
tm-service-temporairement-indisponible = சேவை தற்காலிகமாகக் கிடைக்கவில்லை
tm-service-indisponible = சேவை கிடைக்கவில்லை
tm-site-en-maintenance = இணையதளம் பராமரிப்பில் உள்ளது
tm-actuellement-en-maintenance = தற்போது பராமரிப்பில் உள்ளது
tm-operation-de-maintenance = பராமரிப்புப் பணி
tm-erreur-technique = தொழில்நுட்பப் பிழை
tm-probleme-technique = தொழில்நுட்பச் சிக்கல்
tm-une-erreur-est-survenue = பிழை ஏற்பட்டது
tm-une-erreur-inattendue = எதிர்பாராத பிழை
tm-le-service-rencontre-des-difficultes = சேவையில் சிரமங்கள் உள்ளன
tm-nombre-de-connexions = இணைப்புகளின் எண்ணிக்கை
tm-trop-de-demandes = அதிகமான கோரிக்கைகள்
tm-votre-session-a-expire = உங்கள் அமர்வு காலாவதியாகிவிட்டது
tm-session-expiree = அமர்வு காலாவதியானது
tm-vous-avez-ete-deconnecte = நீங்கள் வெளியேற்றப்பட்டீர்கள்
tm-delai-d-inactivite = செயலற்ற நிலைக்கான கால வரம்பு
tm-code-de-securite-saisi-est-incorrect = நீங்கள் உள்ளிட்ட பாதுகாப்புக் குறியீடு தவறு
tm-code-de-securite-est-incorrect = பாதுகாப்புக் குறியீடு தவறு
tm-captcha-incorrect = கேப்ட்சா (captcha) தவறு
tm-captcha-invalide = கேப்ட்சா (captcha) செல்லாது
tm-identifiant-ou-mot-de-passe-incorrect = பயனர் அடையாளம் அல்லது கடவுச்சொல் தவறு
tm-identifiant-ou-mot-de-passe-invalide = பயனர் அடையாளம் அல்லது கடவுச்சொல் செல்லாது
tm-compte-bloque = கணக்கு முடக்கப்பட்டது
tm-compte-verrouille = கணக்கு பூட்டப்பட்டது
tm-compte-desactive = கணக்கு செயலிழக்கச் செய்யப்பட்டது
tm-format-de-fichier-non-supporte = இந்தக் கோப்பு வடிவம் ஏற்கப்படாது
tm-format-non-supporte = இந்த வடிவம் ஏற்கப்படாது
tm-fichier-trop-volumineux = கோப்பு மிகப் பெரியது
tm-depasse-la-taille-maximale = அதிகபட்ச அளவைத் தாண்டுகிறது
tm-dossier-incomplet = முழுமையற்ற கோப்பு
tm-piece-manquante = விடுபட்ட ஆவணம்
tm-n-est-pas-valide = சரியானது அல்ல
tm-est-obligatoire = கட்டாயம்
tm-numero-etranger-inconnu = வெளிநாட்டவர் எண் (numéro étranger) தெரியவில்லை
tm-aucun-dossier-ne-correspond = எந்தக் கோப்பும் பொருந்தவில்லை
tm-delai-d-attente-depasse = காத்திருப்பு நேரம் கடந்துவிட்டது
tm-le-serveur-met-trop-de-temps = சர்வர் அதிக நேரம் எடுக்கிறது

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = பாதுகாப்புக் குறியீட்டை உள்ளிடுங்கள்
tm-verification-de-securite = பாதுகாப்புச் சரிபார்ப்பு
tm-le-code-peut-etre-ecoute-avec = «குறியீட்டை ஒலிக்கச் செய்» (« Énoncer le code ») பொத்தான் மூலம் குறியீட்டைக் கேட்கலாம்; «குறியீட்டை மாற்று» (« Changer le code ») பொத்தான் புதிய படத்தைக் காட்டும்.
tm-recopiez-les-caracteres-affiches-dans = படத்தில் காட்டப்படும் எழுத்துகளையும் இலக்கங்களையும் அப்படியே எழுதுங்கள்.
tm-veuillez-recopier-le-code-de-securite = உங்கள் சந்திப்பு முன்பதிவைத் தொடர, பாதுகாப்புக் குறியீட்டை அப்படியே எழுதுங்கள்.
tm-prise-de-rendez-vous-demande-de = சந்திப்பு நேரம் பதிவு — பிரெஞ்சு குடியுரிமைக்கான விண்ணப்பம் (naturalisation)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = படத்தில் உள்ள எழுத்துகளையும் இலக்கங்களையும் உள்ளிடுங்கள்
tm-afin-de-verifier-que-vous-netes = நீங்கள் ரோபோ அல்ல என்பதைச் சரிபார்க்க, படத்தில் காட்டப்படும் எழுத்துகளையும் இலக்கங்களையும் அப்படியே எழுதுங்கள். அவற்றைக் கேட்க «கேப்ட்சா குறியீட்டை ஒலிக்கச் செய்» (« Énoncer le code du captcha ») பொத்தானைப் பயன்படுத்துங்கள்; வேறு படம் பெற «புதிய கேப்ட்சாவை உருவாக்கு» (« Générer un nouveau captcha ») பொத்தானைப் பயன்படுத்துங்கள்.
tm-les-majuscules-et-minuscules-ne-sont = பெரிய எழுத்துகளுக்கும் சிறிய எழுத்துகளுக்கும் வேறுபாடு பார்க்கப்படாது.
tm-pour-acceder-au-calendrier-des-rendez = சந்திப்பு நாட்காட்டியை அடைய, பாதுகாப்புக் குறியீட்டை அப்படியே எழுதி, பிறகு «அடுத்து» (« Suivant ») என்பதைக் கிளிக் செய்யுங்கள்.
tm-prise-de-rendez-vous-remise-de = சந்திப்பு நேரம் பதிவு — வதிவிட அனுமதியைப் பெற்றுக்கொள்ளுதல்
tm-le-code-de-securite-saisi-est = நீங்கள் எழுதிய பாதுகாப்புக் குறியீடு தவறானது. தயவுசெய்து மீண்டும் முயற்சிக்கவும்.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = உங்கள் தொடர்பு விவரங்கள்
tm-format-attendu-nom-domaine-fr = எதிர்பார்க்கப்படும் வடிவம்: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = நேரத்தைத் தேர்ந்தெடுப்பதற்கு முன், உங்கள் விண்ணப்பத்தை உறுதிப்படுத்துங்கள். அலுவலக முகப்பின் (guichet) காலியிடங்களைப் பொறுத்து ஒவ்வொரு வாரமும் சந்திப்பு நேரங்கள் திறக்கப்படும்.
tm-prise-de-rendez-vous-echange-de = சந்திப்பு நேரம் பதிவு — வெளிநாட்டு ஓட்டுநர் உரிமத்தை மாற்றுதல்

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = ரோபோ எதிர்ப்புச் சரிபார்ப்பு
tm-cliquez-sur-clique-ici-pour-verifier = «சரிபார்க்க இங்கே கிளிக் செய்» (« Clique ici pour vérifier ») என்பதைக் கிளிக் செய்யுங்கள்: சரிபார்ப்பு தானாக, சோதனை இன்றி நடக்கும்.
tm-clique-ici-pour-verifier = சரிபார்க்க இங்கே கிளிக் செய்
tm-pour-toute-question-relative-a-vos = உங்கள் நடைமுறைகள் (வதிவிட அனுமதி அட்டைகள், ஓட்டுநர் உரிமங்கள், சங்கங்கள்) தொடர்பான எந்தக் கேள்விக்கும் இந்தப் படிவத்தைப் பயன்படுத்துங்கள். 15 வேலை நாட்களுக்குள் உங்களுக்குப் பதில் அளிக்கப்படும்.
tm-nous-contacter = எங்களைத் தொடர்பு கொள்ளுங்கள்
tm-nous-verifions-que-vous-netes-pas = நீங்கள் ரோபோ இல்லை என்பதைச் சரிபார்க்கிறோம்…
tm-verification-automatique-des-spams = தேவையற்ற செய்திகளின் (spam) தானியங்கிச் சோதனை முடிந்தது

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = வாகனப் பதிவு எண் (immatriculation)
tm-format-attendu-ab-123-cd = எதிர்பார்க்கப்படும் வடிவம்: AB-123-CD
tm-cochez-la-case-je-suis-un = தொடர «நான் மனிதர்» (« Je suis un humain ») கட்டத்தைக் குறியிடுங்கள்.
tm-envoyer-ma-demande = என் விண்ணப்பத்தை அனுப்பு
tm-les-residents-des-secteurs-de = கட்டண வாகன நிறுத்தப் பகுதிகளில் வசிப்பவர்கள், குடியிருப்பாளர் கட்டணத்தைப் பெறும் அட்டையைக் கோரலாம். 3 மாதத்துக்குள்ளான முகவரிச் சான்றையும் வாகனப் பதிவுச் சான்றிதழையும் தயாராக வைத்திருங்கள்.
tm-demande-de-carte-de-stationnement = குடியிருப்பாளர்களுக்கான வாகன நிறுத்த அட்டை விண்ணப்பம்

## fixture: captcha/image-generic.html

tm-reference-du-dossier = கோப்பின் குறிப்பு எண்
tm-recopiez-les-caracteres-affiches = காட்டப்படும் எழுத்துகளையும் இலக்கங்களையும் அப்படியே எழுதுங்கள்
tm-code-de-securite = பாதுகாப்புக் குறியீடு
tm-exemple-pc-034172-24-m0123 = உதாரணம்: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 எழுத்துக்குறிகள், இலக்கங்களும் பெரிய எழுத்துகளும்
tm-generer-un-nouveau-code = புதிய குறியீட்டை உருவாக்கு
tm-envoyer-la-demande = விண்ணப்பத்தை அனுப்பு
tm-vous-pouvez-demander-la-copie-dun = இந்த நகராட்சியில் வழங்கப்பட்ட கட்டட அனுமதி அல்லது முன் அறிவிப்பின் (déclaration préalable) நகலைக் கோரலாம். ஆவணங்கள் மின்னணு முறையில் அனுப்பப்படும்.
tm-demande-de-copie-de-documents-durbanisme = நகரத் திட்டமிடல் (கட்டுமான) ஆவணங்களின் நகலுக்கான விண்ணப்பம்

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = ஒவ்வொரு பக்கமும், இணையம் இல்லாமல், அரசு இணையதளங்களில் காணப்படும் ஒரு வகை CAPTCHA வின் அமைப்பை மீண்டும் உருவாக்குகிறது, Relais அதைக் கண்டறிவதைச் சோதிக்க (Relais ஒருபோதும் CAPTCHA வைத் தீர்ப்பதோ தவிர்ப்பதோ இல்லை). எந்த வெளிச் சேவையும் தொடர்புகொள்ளப்படுவதில்லை: ஸ்கிரிப்டுகள், சட்டகங்கள், படங்கள், ஒலிகள் அனைத்தும் உள்ளூர்க் கோப்புகள் (vendor/ கோப்புறை).
tm-pages-de-test-widgets-captcha = சோதனைப் பக்கங்கள்: CAPTCHA கருவிகள்

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = சந்திப்பை உறுதிப்படுத்து
tm-choisissez-un-creneau-pour-deposer-votre = உங்கள் விண்ணப்பத்தைச் சமர்ப்பிக்க ஒரு நேரத்தைத் தேர்ந்தெடுங்கள். பக்கம் ஏற்றப்பட்டதும் பாதுகாப்புச் சோதனை தோன்றும்.
tm-prise-de-rendez-vous-carte-nationale = சந்திப்பு நேரம் பதிவு — தேசிய அடையாள அட்டையும் கடவுச்சீட்டும்
tm-chargement-de-la-verification-de = பாதுகாப்புச் சோதனை ஏற்றப்படுகிறது…
tm-confirmation-du-creneau = சந்திப்பு நேரத்தை உறுதிப்படுத்துதல்
tm-cochez-la-case-pour-confirmer-que = நீங்கள் மனிதர் என்பதை உறுதிப்படுத்தப் பெட்டியில் குறியிடுங்கள்.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = பாதுகாப்புக் கேள்வி: 3 + 4 எவ்வளவு?
tm-repondez-en-chiffres-cette-question = இலக்கங்களில் பதிலளியுங்கள். நீங்கள் ரோபோ அல்ல என்பதைச் சரிபார்க்க இந்தக் கேள்வி உதவுகிறது.
tm-sinscrire = பதிவுசெய்
tm-recevez-chaque-mois-lactualite-du = ஒவ்வொரு மாதமும் மாவட்டத்தின் (Département) செய்திகளைப் பெறுங்கள்: உதவிகள், சாலைகள், நடுநிலைப் பள்ளிகள், சமூக ஆதரவு. எந்த நேரத்திலும் பதிவை ரத்துசெய்யலாம்.
tm-inscription-a-la-lettre-dinformation = செய்தி மடலுக்குப் பதிவு செய்தல்

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = சந்திப்புக்கான காரணம்
tm-cochez-la-case-je-ne-suis = «நான் ரோபோ அல்ல» (« Je ne suis pas un robot ») கட்டத்தைக் குறியிடுங்கள். படச் சோதனை ஒன்று தோன்றலாம்; அதில் ஒலி வடிவமும் உண்டு.
tm-demander-un-rendez-vous = சந்திப்பைக் கோரு
tm-selectionner-un-motif = ஒரு காரணத்தைத் தேர்ந்தெடு
tm-premiere-demande = முதல் விண்ணப்பம்
tm-renouvellement = புதுப்பித்தல்
tm-duplicata = இரண்டாம் நகல் (duplicata)
tm-ce-formulaire-vous-permet-de-demander = ரோன் பிரெஃபெக்சரின் (préfecture du Rhône, லியோன்) வெளிநாட்டவர் முகப்பில் சந்திப்பைக் கோர இந்தப் படிவம் உதவுகிறது. உறுதிப்படுத்தல் மின்னஞ்சலில் அனுப்பப்படும்.
tm-prise-de-rendez-vous-depot-de = சந்திப்பு நேரம் பதிவு — வதிவிட அனுமதி விண்ணப்பத்தைச் சமர்ப்பித்தல்

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = ஆவண வகை
tm-copie-integrale = முழு நகல்
tm-extrait-avec-filiation = பெற்றோர் விவரங்களுடன் கூடிய சுருக்கச் சான்று
tm-extrait-sans-filiation = பெற்றோர் விவரங்கள் இல்லாத சுருக்கச் சான்று
tm-demandez-en-ligne-une-copie-integrale = லியோனில் நடந்த பிறப்புக்கான பிறப்புச் சான்றிதழின் முழு நகலையோ சுருக்கச் சான்றையோ இணையத்தில் கோருங்கள். சான்றிதழ் 8 நாட்களுக்குள் அஞ்சலில் அனுப்பப்படும்.
tm-ce-site-est-protege-par-recaptcha = இந்த இணையதளம் reCAPTCHA மூலம் பாதுகாக்கப்படுகிறது; Google இன் தனியுரிமை விதிகளும் பயன்பாட்டு விதிமுறைகளும் பொருந்தும்.
tm-demande-dacte-de-naissance = பிறப்புச் சான்றிதழுக்கான (acte de naissance) விண்ணப்பம்

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = இது ஒரு சோதனைப் பக்கம்: விண்ணப்பம் எந்தப் பிரிவுக்கும் அனுப்பப்படவில்லை.
tm-votre-demande-a-bien-ete-envoyee = உங்கள் விண்ணப்பம் அனுப்பப்பட்டது
tm-donnees-recues = பெறப்பட்ட தகவல்
tm-aucune-donnee-recue = எந்தத் தகவலும் பெறப்படவில்லை.
tm-retour-a-la-liste-des-pages = சோதனைப் பக்கங்களின் பட்டியலுக்குத் திரும்பு

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = சிக்கல் உள்ள இடத்தின் முகவரி
tm-description = விவரம்
tm-envoyer-le-signalement = புகாரை அனுப்பு
tm-nid-de-poule-eclairage-en-panne = சாலைக் குழி, பழுதான விளக்கு, முறைகேடாகக் கொட்டிய குப்பை: நகரச் சேவைகளுக்குத் தெரிவியுங்கள். உங்கள் புகார் எப்படிக் கையாளப்படுகிறது என்பது மின்னஞ்சலில் தெரிவிக்கப்படும்.
tm-signaler-un-probleme-sur-lespace-public = பொது இடத்தில் (தெரு, பூங்கா…) உள்ள ஒரு பிரச்சினையைத் தெரிவித்தல்

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = நீங்கள் மனிதர் என்பதை உறுதிப்படுத்துங்கள்
tm-operation-reussie = ✔செயல் வெற்றிகரமாக முடிந்தது!
tm-saisissez-ce-que-vous-entendez = நீங்கள் கேட்பதை உள்ளிடுங்கள்
tm-lecture = இயக்கு
tm-veuillez-cliquer-sur-chaque-image = பேருந்து உள்ள ஒவ்வொரு படத்தின் மீதும் தயவுசெய்து சொடுக்கவும்
tm-vous-etes-valide = நீங்கள் சரிபார்க்கப்பட்டீர்கள்
tm-le-service-recaptcha-requiert-une = reCAPTCHA சேவை ஒரு சரிபார்ப்பைக் கேட்கிறது.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = சமூகப் பாதுகாப்பு எண்
tm-jour = நாள்
tm-mois = மாதம்
tm-numero-de-telephone-portable = கைபேசி எண்
tm-13-chiffres-cle-de-2-chiffres = 13 இலக்கங்கள் + 2 இலக்கச் சாவி எண், இது உங்கள் Vitale அட்டையில் உள்ளது
tm-telle-quelle-figure-sur-votre-carte = உங்கள் Vitale அட்டையில் உள்ளபடியே
tm-exemple-14 = உதாரணம்: 14
tm-exemple-07 = உதாரணம்: 07
tm-exemple-1988 = உதாரணம்: 1988
tm-format-attendu-5-chiffres = எதிர்பார்க்கப்படும் வடிவம்: 5 இலக்கங்கள்
tm-format-attendu-06-12-34-56 = எதிர்பார்க்கப்படும் வடிவம்: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = நீங்கள் உள்ளிட்ட சமூகப் பாதுகாப்பு எண் சரியானது அல்ல.
tm-votre-compte-ameli-vous-permet-de = உங்கள் ameli கணக்கு மூலம் உங்கள் செலவுத் திருப்பிச் செலுத்தல்களைப் பின்தொடரலாம், உரிமைச் சான்றைப் (attestation de droits) பதிவிறக்கலாம், உங்கள் மருத்துவக் காப்பீட்டு நிதியத்தைத் தொடர்புகொள்ளலாம்.
tm-creer-mon-compte-ameli = என் ameli கணக்கை உருவாக்கு
tm-formulaire-recu = படிவம் பெறப்பட்டது

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = என் பயனர் அடையாளத்துடன் உள்நுழை
tm-votre-identifiant-est-votre-numero = உங்கள் பயனர் அடையாளம் உங்கள் வெளிநாட்டவர் எண் (numéro étranger, 10 இலக்கங்கள்) அல்லது உங்கள் மின்னஞ்சல் முகவரி
tm-sidentifier-avec-franceconnect = FranceConnect மூலம் உள்நுழை
tm-creer-mon-compte = என் கணக்கை உருவாக்கு
tm-la-creation-dun-compte-est-necessaire = வதிவிட அனுமதி, குடியுரிமை (naturalisation) அல்லது பயண ஆவணத்துக்கான விண்ணப்பத்தைச் சமர்ப்பிக்கக் கணக்கு உருவாக்குவது அவசியம்.
tm-votre-numero-etranger-comporte-10 = உங்கள் வெளிநாட்டவர் எண்ணில் 10 இலக்கங்கள் உள்ளன. அது உங்கள் வதிவிட அனுமதி அட்டையிலோ, வதிவிட அனுமதி விண்ணப்ப ரசீதிலோ (récépissé), தற்காலிக வதிவிட அனுமதியிலோ (autorisation provisoire de séjour) இருக்கும்.
tm-si-vous-navez-jamais-eu-de = பிரான்சில் உங்களுக்கு ஒருபோதும் வதிவிட அனுமதி இருந்ததில்லை என்றால், உங்கள் மின்னஞ்சல் முகவரியைப் பயன்படுத்துங்கள்.
tm-connexion-a-mon-espace-personnel = என் தனிப்பட்ட பக்கத்தில் உள்நுழைதல்
tm-vous-navez-pas-encore-de-compte = இன்னும் கணக்கு இல்லையா?
tm-ou-trouver-mon-numero-etranger = என் வெளிநாட்டவர் எண்ணை (numéro étranger) எங்கே கண்டுபிடிப்பது?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = 06 12 34 56 78 என்ற எண்ணுக்குத் திரும்ப அழைக்குமாறு நீங்கள் கேட்ட கோரிக்கையை ஏற்க முடியவில்லை. marie.kowalczyk@example.fr என்ற முகவரியில் உங்களுக்குப் பதிலளிப்போம் (உதவித்தொகை பெறுபவர் எண் 1234567).
tm-demande-de-rappel = உங்களைத் திரும்ப அழைக்கக் கோருதல்
tm-retour-a-mon-compte = என் கணக்குக்கு (Mon Compte) திரும்பு

## fixture: portals/caf-declaration

tm-numero-allocataire = CAF உதவித்தொகை பெறுபவர் எண் (numéro allocataire)
tm-celibataire = திருமணமாகாதவர்
tm-marie-e = திருமணமானவர்
tm-pacse-e = PACS ஒப்பந்தத்தில் உள்ளவர் (சிவில் கூட்டு ஒப்பந்தம்)
tm-en-concubinage = திருமணமின்றிச் சேர்ந்து வாழ்பவர் (concubinage)
tm-divorce-e = விவாகரத்தானவர்
tm-veuf-veuve = கணவனை அல்லது மனைவியை இழந்தவர்
tm-salaires-percus-en-euros = பெற்ற சம்பளம் (யூரோவில்)
tm-indemnites-journalieres = நாள்படி (indemnités journalières)
tm-allocation-chomage-are = வேலையின்மை உதவித்தொகை (ARE)
tm-pensions-alimentaires-recues = பெற்ற ஜீவனாம்சம் (pensions alimentaires)
tm-votre-situation-professionnelle = உங்கள் வேலை நிலை
tm-ajouter-une-piece-justificative = ஆதார ஆவணத்தைச் சேர்
tm-situation-familiale = குடும்ப நிலை
tm-autres-ressources-en-euros = பிற வருமானங்கள் (யூரோவில்)
tm-7-chiffres-il-est-sur-vos = 7 இலக்கங்கள், இது CAF இடமிருந்து வரும் உங்கள் கடிதங்களில் உள்ளது
tm-mois-1-janvier = மாதம் 1: ஜனவரி (janvier)
tm-mois-2-fevrier = மாதம் 2: பிப்ரவரி (février)
tm-mois-3-mars = மாதம் 3: மார்ச் (mars)
tm-taille-maximale-5-mo-formats-supportes = அதிகபட்ச அளவு: 5 MB. ஏற்கப்படும் வடிவங்கள்: jpg, png, pdf.
tm-valider-ma-declaration = என் அறிவிப்பை உறுதிப்படுத்து
tm-selectionner-une-option = ஒரு விருப்பத்தைத் தேர்ந்தெடு
tm-salarie = சம்பளம் பெறும் ஊழியர் (salarié)
tm-demandeur-d-emploi = வேலை தேடுபவர்
tm-etudiant = மாணவர்
tm-sans-activite = வேலை இல்லை
tm-ex-1-250 = உதாரணம்: 1 250
tm-declarez-les-ressources-percues-par = கடந்த மூன்று மாதங்களில் உங்கள் குடும்பம் பெற்ற வருமானத்தை அறிவியுங்கள். RSA, prime d’activité (வேலை செய்வோருக்கான கூடுதல் உதவி) அல்லது மாற்றுத்திறனாளி பெரியவர்களுக்கான உதவித்தொகை (AAH) தொடர்ந்து பெற இந்த அறிவிப்பு கட்டாயம்.
tm-salaires-indiquez-le-montant-net-avant = சம்பளம்: காலாண்டின் ஒவ்வொரு மாதத்துக்கும், மூலத்தில் வரி பிடித்தத்துக்கு (prélèvement à la source) முந்தைய நிகரத் தொகையை உள்ளிடுங்கள்; எதுவும் பெறவில்லை என்றால் 0 உள்ளிடுங்கள்.
tm-declaration-trimestrielle-de-ressources = மூன்று மாதத்துக்கு ஒருமுறை வருமான அறிவிப்பு
tm-vos-ressources = உங்கள் வருமானம்
tm-etape-suivante-verification-et-envoi = அடுத்த படி: சரிபார்த்தலும் அனுப்புதலும்

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = ஒவ்வொரு பக்கமும் சோதனைகளுக்காக எழுதப்பட்ட எளிய பாவனை; எதுவும் உண்மையான இணையதளத்தின் நகல் அல்ல.
tm-pages-de-test-imitant-des-portails = பிரெஞ்சு அரசு இணையதளங்களைப் போலத் தோன்றும் சோதனைப் பக்கங்கள்

## fixture: portals/mots-cles

tm-nom-de-famille = குடும்பப் பெயர்
tm-prenom-s = முதல் பெயர்(கள்)
tm-date-dexpiration-de-votre-titre-de = உங்கள் வதிவிட அனுமதி காலாவதியாகும் தேதி
tm-n-de-recepisse = ரசீது (récépissé) எண்
tm-courriel = மின்னஞ்சல்
tm-remplissez-ce-formulaire-pour-connaitre = உங்கள் விண்ணப்பத்தின் முன்னேற்ற நிலையை அறிய இந்தப் படிவத்தை நிரப்புங்கள். 15 வேலை நாட்களுக்குள் மின்னஞ்சலில் பதில் அனுப்பப்படும்.
tm-demande-de-renseignements-sur-un-dossier = வதிவிட அனுமதிக் கோப்பு பற்றிய தகவல் கோரிக்கை
tm-precisions-sur-votre-demande-zone-de = உங்கள் விண்ணப்பம் பற்றிய விவரங்கள் (விருப்பப்படி எழுதும் இடம்):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = உங்கள் சந்திப்புக் கோரிக்கைக்கு இனி காலியான நேரம் இல்லை. தயவுசெய்து பிறகு மீண்டும் முயலுங்கள்.
tm-veuillez-cocher-la-case-pour-accepter = சந்திப்பு முன்பதிவைத் தொடர்வதற்கு முன், பயன்பாட்டு விதிமுறைகளை ஏற்கக் கட்டத்தைக் குறியிடுங்கள்
tm-choisissez-votre-guichet = உங்கள் முகப்பைத் (guichet) தேர்ந்தெடுங்கள்
tm-effectuer-une-demande-de-rendez-vous = சந்திப்புக் கோரிக்கை செய்
tm-selectionner-un-guichet = ஒரு முகப்பைத் தேர்ந்தெடு
tm-guichet-1-titre-de-sejour = முகப்பு 1 - வதிவிட அனுமதி
tm-guichet-2-naturalisation = முகப்பு 2 - குடியுரிமை (naturalisation)
tm-guichet-3-document-de-circulation-pour = முகப்பு 3 - வயதுக்கு வராத வெளிநாட்டவருக்கான பயண ஆவணம்
tm-guichet-4-duplicata-et-changement = முகப்பு 4 - இரண்டாம் நகலும் முகவரி மாற்றமும்
tm-ce-module-vous-permet-de-reserver = உங்கள் வதிவிட அனுமதி அட்டையைப் பெறச் சந்திப்பு நேரத்தை முன்பதிவு செய்ய இந்தப் பகுதி உதவுகிறது, அது பிரெஃபெக்சரில் (préfecture) தயாராக உள்ளது என்று SMS அல்லது கடிதம் உங்களுக்கு வந்திருந்தால் மட்டும்.
tm-conformement-aux-dispositions = நடைமுறையில் உள்ள விதிமுறைகளின்படி, தேவையான எல்லா ஆதார ஆவணங்களையும் நீங்கள் முன்கூட்டியே சமர்ப்பித்தால் மட்டுமே உங்கள் வதிவிட அனுமதிப் புதுப்பிப்பு விண்ணப்பம் பரிசீலிக்கப்படும்; இல்லையென்றால் விண்ணப்பம் மேல் நடவடிக்கை இன்றியும் மறுபரிசீலனை இன்றியும் முடித்துவைக்கப்படும்.
tm-le-jour-du-rendez-vous-presentez = சந்திப்பு நாளில், உங்கள் கடவுச்சீட்டு, ரசீது (récépissé) அல்லது பழைய வதிவிட அனுமதி, அழைப்புக் கடிதம் (convocation), வரி முத்திரை (timbre fiscal) ஆகியவற்றுடன் வாருங்கள். முழுமையற்ற எந்தக் கோப்பும் மறுக்கப்படும்.
tm-les-rendez-vous-sont-ouverts-chaque = முகப்புகளில் நேரம் காலியாகும்போது ஒவ்வொரு வாரமும் சந்திப்பு நேரங்கள் திறக்கப்படும். தொலைபேசி மூலம் எந்தச் சந்திப்பும் வழங்கப்படாது.
tm-retour-a-la-prise-de-rendez = சந்திப்பு நேரம் பதிவுக்குத் திரும்பு
tm-etape-1-choix-du-guichet = படி 1: முகப்பைத் (guichet) தேர்ந்தெடுத்தல்

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = சேவை தற்போது பராமரிப்பில் உள்ளது. சிரமத்துக்கு மன்னிக்கவும், பிறகு மீண்டும் முயலுங்கள்.
tm-les-demandes-deja-deposees-ne-sont = ஏற்கனவே சமர்ப்பிக்கப்பட்ட விண்ணப்பங்களை இந்தத் தடை பாதிக்காது. பராமரிப்பின்போது உங்கள் வதிவிட அனுமதி காலாவதியானால், உங்கள் attestation de prolongation d’instruction (பரிசீலனை நீட்டிப்புச் சான்று) செல்லுபடியாகவே இருக்கும்.
tm-erreur = பிழை { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = உங்கள் அஞ்சல் குறியீடு என்ன?
tm-quel-est-le-code-postal-de = உங்கள் பெற்றோரின் நகராட்சியின் அஞ்சல் குறியீடு என்ன?
tm-combien-d-enfants-vous-y-compris = உங்கள் பெற்றோரைச் சார்ந்து எத்தனை குழந்தைகள் (நீங்களும் சேர்த்து) உள்ளனர்?
tm-lorsque-vos-parents-sont-separes-il = உங்கள் பெற்றோர் பிரிந்து வாழ்ந்தால், நீங்கள் யாரைச் சார்ந்திருக்கிறீர்களோ அந்தப் பெற்றோரைச் சார்ந்த குழந்தைகளின் எண்ணிக்கையைக் குறிப்பிட வேண்டும். நீங்கள் இன்னும் வயதுக்கு வராதவராகவும் மாறி மாறி இருவரிடமும் வசிப்பவராகவும் இருந்தால், பிரிந்த பெற்றோரின் இரண்டு வரிக் குடும்பங்களையும் (foyers fiscaux) சார்ந்த குழந்தைகளைக் கூட்ட வேண்டும்.
tm-et-combien-vous-y-compris-font = அவர்களில் எத்தனை பேர் (நீங்களும் சேர்த்து) உயர்கல்வி படிக்கிறார்கள்?
tm-actuellement-beneficiez-vous-d-une = தற்போது உயர்நிலைப் பள்ளி உதவித்தொகை (bourse du lycée) பெறுகிறீர்களா?
tm-avez-vous-un-lien-de-parente = உங்கள் வீட்டு உரிமையாளருடன் உங்களுக்கு நேரடி உறவு உள்ளதா? அவர் உங்களின் அல்லது உங்கள் வாழ்க்கைத் துணையின் மூதாதையரா அல்லது வழித்தோன்றலா (குழந்தை, தாத்தா பாட்டி…)?
tm-vivez-vous-en-couple = நீங்கள் துணையுடன் சேர்ந்து வாழ்கிறீர்களா?
tm-attention-cette-restriction-est = கவனம், இந்தக் கட்டுப்பாடு மாற்றுத்திறனாளி ஊழியர் என்ற அதிகாரப்பூர்வ அங்கீகாரத்திலிருந்து வேறுபட்டது.
tm-en-etude-ou-en-alternance = படிப்பில் அல்லது படிப்பும் வேலையும் மாறி மாறி (alternance)
tm-salarie-ou-salariee = சம்பளம் பெறும் ஊழியர்
tm-independant-ou-independante = சுயதொழில் செய்பவர்
tm-inscrit-ou-inscrite-comme-demandeur = வேலை தேடுபவராகப் பதிவு செய்தவர்
tm-retraite-ou-retraitee = ஓய்வு பெற்றவர்
tm-autre = மற்றவை
tm-lorsque-vous-etudiez-et-que-vous = நீங்கள் படித்துக்கொண்டே வேலை செய்தால், «படிப்பில் அல்லது படிப்பும் வேலையும் மாறி மாறி» (« En étude ou en alternance ») என்பதைத் தேர்ந்தெடுக்க வேண்டும்.
tm-dans-quelle-classe-etes-vous = தற்போது எந்த வகுப்பில் இருக்கிறீர்கள்?
tm-cap-1ere-annee = CAP - முதல் ஆண்டு
tm-cap-2eme-annee = CAP - இரண்டாம் ஆண்டு
tm-seconde = Seconde (மேல்நிலைப் பள்ளி முதல் ஆண்டு)
tm-premiere = Première (மேல்நிலைப் பள்ளி இரண்டாம் ஆண்டு)
tm-terminale = Terminale (மேல்நிலைப் பள்ளி இறுதி ஆண்டு)
tm-licence-1ere-annee = இளநிலைப் பட்டம் (Licence) - முதல் ஆண்டு
tm-licence-2eme-annee = இளநிலைப் பட்டம் (Licence) - இரண்டாம் ஆண்டு
tm-licence-3eme-annee = இளநிலைப் பட்டம் (Licence) - மூன்றாம் ஆண்டு
tm-master-1ere-annee = முதுநிலை (Master) - முதல் ஆண்டு
tm-master-2eme-annee = முதுநிலை (Master) - இரண்டாம் ஆண்டு
tm-doctorat-1ere-annee = முனைவர் பட்டம் - முதல் ஆண்டு
tm-doctorat-2eme-annee = முனைவர் பட்டம் - இரண்டாம் ஆண்டு
tm-doctorat-3eme-annee = முனைவர் பட்டம் - மூன்றாம் ஆண்டு
tm-lorsque-vos-parents-sont-separes-il-2 = உங்கள் பெற்றோர் பிரிந்து வாழ்ந்தால், நீங்கள் யாரைச் சார்ந்திருக்கிறீர்களோ அந்தப் பெற்றோரின் வருமானத்தை எடுத்துக்கொள்ள வேண்டும். நீங்கள் இன்னும் வயதுக்கு வராதவராகவும் மாறி மாறி இருவரிடமும் வசிப்பவராகவும் இருந்தால், பிரிந்த பெற்றோரின் இரண்டு வரிக் குடும்பங்களின் வருமானத்தையும் கூட்ட வேண்டும்.
tm-si-vous-ne-connaissez-pas-le = உங்கள் பெற்றோரின் மொத்த வருமானம் (பிடித்தத்துக்கு முன்) தெரியவில்லை என்றால், கணிப்பைத் தொடர 0 உள்ளிடுங்கள். கவனம், இது கணிப்பு முடிவுகளின் துல்லியத்தைப் பாதிக்கலாம்
tm-beneficiez-vous-d-une-bourse-de = உயர்கல்வி உதவித்தொகை பெறுகிறீர்களா?
tm-etes-vous-en-alternance-dans-la = அரசுப் பணியில் படிப்பும் வேலையும் மாறி மாறி (alternance) செய்கிறீர்களா?
tm-je-ne-sais-pas = எனக்குத் தெரியாது
tm-pas-concerne = பொருந்தாது
tm-jamais = ஒருபோதும் இல்லை
tm-ponctuellement = எப்போதாவது
tm-regulierement = தொடர்ந்து
tm-de-quel-secteur-votre-formation-fait = உங்கள் பயிற்சி எந்தத் துறையைச் சேர்ந்தது?
tm-etes-vous-heberge-chez-vos-parents = உங்கள் பெற்றோரின் வீட்டில் தங்கியிருக்கிறீர்களா?
tm-l-inaptitude-medicale-au-travail = நோய் அல்லது விபத்தால் ஏற்படும் வேலை செய்ய மருத்துவ ரீதியான இயலாமை பகுதியளவோ, முழுமையாகவோ, தற்காலிகமாகவோ இருக்கலாம்.
tm-avez-vous-obtenu-une-mention-au = baccalauréat தேர்வில் சிறப்புத் தகுதி (mention) பெற்றீர்களா?
tm-francaise = பிரெஞ்சு
tm-europeenne = ஐரோப்பிய
tm-non-europeenne = ஐரோப்பியர் அல்லாத
tm-regime-general-caf-cpam = பொது முறை (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = விவசாயச் சமூகக் காப்பீடு (MSA)
tm-pour-les-etudiants-en-classes = grandes écoles க்கான ஆயத்த வகுப்புகளில் உள்ள மாணவர்கள் «உயர்கல்வி நிறுவனத்தில்» (« Dans un établissement de l'enseignement supérieur ») என்பதைத் தேர்ந்தெடுக்க வேண்டும்.
tm-dans-quel-type-d-etablissement-etudiez = தற்போது எந்த வகை நிறுவனத்தில் படிக்கிறீர்கள்?
tm-etablissement-public = அரசு நிறுவனம்
tm-etablissement-prive-sous-contrat = அரசுடன் ஒப்பந்தம் உள்ள தனியார் நிறுவனம்
tm-etablissement-prive-hors-contrat = அரசுடன் ஒப்பந்தம் இல்லாத தனியார் நிறுவனம்
tm-quelle-est-votre-relation-avec-votre = உங்கள் கணவர் அல்லது மனைவியுடன் உங்கள் உறவு என்ன?
tm-moins-de-50 = 50% க்குக் குறைவு
tm-etes-vous = நீங்கள் …?
tm-en-apprentissage = தொழில் பயிற்சியில் (apprentissage)
tm-en-contrat-de-professionnalisation = தொழில்முறைப் பயிற்சி ஒப்பந்தத்தில் (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = படிப்புக்காக எத்தனை மாதங்கள் வெளிநாடு செல்லத் திட்டமிடுகிறீர்கள்?
tm-quel-est-le-prenom-de-votre = உங்கள் குழந்தையின் முதல் பெயர் என்ன? பின்னர் நிரப்புவதை எளிதாக்க மட்டுமே அது பயன்படுத்தப்படும்.
tm-souhaitez-vous-connaitre-les-aides-pour = மிதிவண்டி வாங்குவதற்கான உதவிகளை அறிய விரும்புகிறீர்களா?
tm-velo-mecanique-simple = சாதாரண மிதிவண்டி (மோட்டார் இல்லாதது)
tm-velo-electrique = மின்சார மிதிவண்டி
tm-velo-cargo = சரக்கு மிதிவண்டி (vélo cargo)
tm-velo-cargo-electrique = மின்சாரச் சரக்கு மிதிவண்டி
tm-velo-pliant = மடிக்கக்கூடிய மிதிவண்டி
tm-velo-pliant-electrique = மடிக்கக்கூடிய மின்சார மிதிவண்டி
tm-motorisation-d-un-velo-classique = சாதாரண மிதிவண்டியில் மோட்டார் பொருத்துதல்
tm-velo-adapte-pour-pmr = இயக்கம் குறைந்தவர்களுக்கு (PMR) ஏற்ற மிதிவண்டி
tm-etes-vous-interesse-ou-interessee-par = சுகாதார, சமூகத் துறைப் பயிற்சிகளுக்கான உதவிகளில் உங்களுக்கு ஆர்வம் உள்ளதா?
tm-souhaitez-vous-connaitre-les-aides-au = BAFA, BAFD (குழந்தைகள் மற்றும் இளைஞர் செயல்பாடுகளை வழிநடத்துவதற்கான சான்றிதழ்கள்) உதவிகளை அறிய விரும்புகிறீர்களா?
tm-prevoyez-vous-de-partir-a-l = படிப்புக்காக வெளிநாடு செல்லத் திட்டமிடுகிறீர்களா?
tm-prevoyez-vous-de-passer-le-permis = ஓட்டுநர் உரிமத் தேர்வு எழுதத் திட்டமிடுகிறீர்களா?
tm-moins-de-3-mois = 3 மாதங்களுக்குக் குறைவு
tm-entre-3-et-6-mois = 3 முதல் 6 மாதங்கள் வரை
tm-plus-de-3-mois = 3 மாதங்களுக்கு மேல்
tm-plus-6-mois = 6 மாதங்களுக்கு மேல்
tm-linterim-ou-travail-temporaire-est-un = தற்காலிக வேலை (intérim) என்பது ஒரு தற்காலிக வேலை முகமையுடன் செய்யப்படும் வேலை ஒப்பந்தம்; அந்த முகமை ஊழியரை ஒரு நிறுவனத்துக்குக் குறிப்பிட்ட காலத்துக்கு அனுப்புகிறது, பெரும்பாலும் இல்லாத ஒருவருக்குப் பதிலாக அல்லது ஒரு தற்காலிகத் தேவைக்காக. ஒப்பந்தம் ஒரு முகமையுடன் கையெழுத்தானால், அது தற்காலிக வேலை (intérim).
tm-est-ce-une-colocation = இது பகிர்ந்து வாழும் வீடா (colocation)?
tm-est-ce-que-ce-logement-a = இந்த வீடு புதுப்பிக்கப்பட்டதா?
tm-est-ce-une-chambre-une-chambre = இது ஓர் அறையா? அறை என்பது ஒரே ஒரு அறை மட்டும் உள்ள, கழிப்பறை (WC) இல்லாத குடியிருப்பு.
tm-est-ce-un-logement-dans-une = இது CROUS குடியிருப்பில் உள்ள வீடா?
tm-participez-vous-aux-frais-du-logement = வீட்டுச் செலவுகளில் நீங்கள் பங்கு கொள்கிறீர்களா? உதாரணமாக மின்சாரம், தொலைபேசி போன்ற செலவுகள்.
tm-rencontrez-vous-des-difficultes = வீடு பெறுவதிலோ உங்கள் வீட்டுச் செலவுகளைச் செலுத்துவதிலோ உங்களுக்குப் பெரிய சிரமங்கள் உள்ளனவா?
tm-prevoyez-vous-de-demenager-prochainement = விரைவில் வீடு மாறத் திட்டமிடுகிறீர்களா?
tm-non-j-ai-emmenage-il-y = இல்லை, 3 மாதங்களுக்குள்தான் இந்த வீட்டுக்கு வந்தேன்
tm-locataire = வாடகைதாரர்
tm-figurant-sur-le-bail-en-foyer = வாடகை ஒப்பந்தத்தில் பெயர் உள்ளவர், விடுதியில் (foyer) அல்லது குடியிருப்பில்
tm-proprietaire = உரிமையாளர்
tm-ou-en-location-accession = அல்லது வாடகையிலிருந்து உரிமைக்கு மாறும் ஒப்பந்தத்தில் (location-accession)
tm-heberge-ou-hebergee = வேறொருவர் வீட்டில் தங்கியிருப்பவர்
tm-chez-vos-parents-chez-un-particulier = உங்கள் பெற்றோர் வீட்டில், ஒரு தனிநபர் வீட்டில் அல்லது பணி சார்ந்த குடியிருப்பில்
tm-sans-domicile-stable = நிலையான குடியிருப்பு இல்லை
tm-ou-domiciliation-administrative = அல்லது நிர்வாக முகவரி (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = இந்தச் சொத்தை முதன்முறையாக வாங்குபவரா (primo-accédant) நீங்கள்? முதன்முறை வாங்குபவர் என்பவர், சொத்தை வாங்கும் நேரத்துக்கு முந்தைய இரண்டு ஆண்டுகளில் தமது முதன்மை வீட்டின் உரிமையாளராக இல்லாத நபர் (அல்லது குடும்பம்).
tm-quel-type-de-logement-louez-vous = எந்த வகை வீட்டை வாடகைக்கு எடுத்துள்ளீர்கள்?
tm-non-meuble = தளபாடங்கள் இல்லாதது
tm-meuble-hotel = தளபாடங்களுடன் / ஹோட்டல்
tm-foyer = விடுதி (foyer)
tm-residence-universitaire-logement-crous = பல்கலைக்கழகக் குடியிருப்பு, CROUS வீடு, இளம் தொழிலாளர் விடுதி, சமூகக் குடியிருப்பு…
tm-maison-de-retraite-residence-sociale = முதியோர் இல்லம், சமூகக் குடியிருப்பு…
tm-mes-enfants-a-charge = என்னைச் சார்ந்த என் குழந்தைகள்
tm-quelle-est-la-situation-de-vos = உங்கள் பெற்றோரின் நிலை என்ன?
tm-en-couple = சேர்ந்து வாழ்கிறார்கள்
tm-separes = பிரிந்து வாழ்கிறார்கள்
tm-veuf-ou-veuve = கணவனை அல்லது மனைவியை இழந்தவர்
tm-decedes = இறந்துவிட்டனர்
tm-sans-autorite-parentale = பெற்றோர் அதிகாரம் இல்லை
tm-vos-parents-habitent-ils-en-france = உங்கள் பெற்றோர் பிரான்சில் வசிக்கிறார்களா?
tm-quel-est-le-nombre-de-parts = உங்கள் பெற்றோரின் சமீபத்திய வரி அறிவிப்பில் வரிப் பங்குகளின் (parts) எண்ணிக்கை என்ன?
tm-une-part-fiscale-est-une-unite = வரிப் பங்கு (part fiscale) என்பது வரிக் குடும்பத்தில் உள்ள நபர்களைக் குறிக்கும் ஓர் அலகு, வருமான வரியைக் கணக்கிடப் பயன்படுகிறது. உங்களுக்கு எத்தனை வரிப் பங்குகள் உள்ளன என்பதை அறிய, உங்கள் வரி அறிவிப்புப் படிவத்தைப் பாருங்கள், அதில் இந்தத் தகவல் பொதுவாகக் குறிப்பிடப்பட்டிருக்கும்.
tm-quel-est-le-revenu-fiscal-de = உங்கள் பெற்றோரின் சமீபத்திய வரி அறிவிப்பில் குறிப்பு வரி வருமானம் (RFR) எவ்வளவு?
tm-si-vous-ne-connaissez-pas-le-2 = உங்கள் பெற்றோரின் RFR தெரியவில்லை என்றால், கணிப்பைத் தொடர 0 உள்ளிடுங்கள். கவனம், இது கணிப்பு முடிவுகளின் துல்லியத்தைப் பாதிக்கலாம்.

## aides-jeunes: resources.ts

tm-revenus-d-activite = வேலை வருமானம்
tm-revenus-professionnels-non-salaries = சம்பளம் அல்லாத தொழில் வருமானம் (சுயதொழில்)
tm-allocations = உதவித்தொகைகள் (allocations)
tm-indemnites = இழப்பீடுகள் (indemnités)
tm-pensions-rentes = ஓய்வூதியங்களும் நிலையான வருமானங்களும்
tm-revenus-du-patrimoine = சொத்து வருமானம்
tm-autres-revenus = பிற வருமானங்கள்
tm-salaire-dont-primes-et-indemnites-de = சம்பளம் (போனஸ்கள், ஒப்பந்த முடிவு இழப்பீடுகள் உட்பட)
tm-entrez-le-montant-avant-la-retenue = மூலத்தில் வரி பிடித்தத்துக்கு முந்தைய தொகையை உள்ளிடுங்கள்
tm-remuneration-de-stage = பயிற்சிப் பணி (stage) ஊதியம்
tm-revenus-de-stage-de-formation = தொழில்முறைப் பயிற்சிப் பணியிலிருந்து வருமானம்
tm-allocation-de-securisation = தொழில் பாதுகாப்பு உதவித்தொகை (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = மீண்டும் வேலைக்குத் திரும்புவதற்கான மாதாந்திர நிலையான போனஸ்
tm-aides-au-logement-apl-als-alf = வீட்டு உதவிகள் (APL, ALS, ALF)
tm-allocations-familiales = குடும்ப உதவித்தொகைகள் (allocations familiales)
tm-complement-familial-cf = குடும்பக் கூடுதல் உதவி (CF)
tm-allocation-de-soutien-familial-asf = குடும்ப ஆதரவு உதவித்தொகை (ASF)
tm-revenu-de-solidarite-active-rsa = செயல்மிகு ஒருமைப்பாட்டு வருமானம் (RSA)
tm-prime-dactivite = prime d’activité (வேலை செய்வோருக்கான கூடுதல் உதவி)
tm-allocation-de-solidarite-aux-personnes = முதியோருக்கான ஒருமைப்பாட்டு உதவித்தொகை (ASPA)
tm-allocation-supplementaire-dinvalidite = கூடுதல் இயலாமை உதவித்தொகை (ASI)
tm-allocation-de-solidarite-specifique-ass = சிறப்பு ஒருமைப்பாட்டு உதவித்தொகை (ASS)
tm-allocation-adulte-handicape-aah = மாற்றுத்திறனாளி பெரியவர்களுக்கான உதவித்தொகை (AAH)
tm-complement-de-ressources-adulte = மாற்றுத்திறனாளி பெரியவர்களுக்கான வருமானக் கூடுதல் உதவி
tm-contrat-engagement-jeune = இளைஞர் அர்ப்பணிப்பு ஒப்பந்தம் (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = தன்னிச்சையான வாழ்க்கைக்கான கூடுதல் தொகை (MVA)
tm-allocation-deducation-de-lenfant = மாற்றுத்திறனாளிக் குழந்தையின் கல்வி உதவித்தொகை (AEEH)
tm-prestation-de-compensation-du-handicap = மாற்றுத்திறன் இழப்பீட்டு உதவி (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = சிறு குழந்தைப் பராமரிப்பு உதவி (PAJE) - அடிப்படை உதவித்தொகை
tm-complement-de-libre-choix-dactivite-clca = செயல்பாட்டைச் சுதந்திரமாகத் தேர்வு செய்வதற்கான கூடுதல் உதவி (CLCA)
tm-prestation-partagee-deducation-de = குழந்தை வளர்ப்புக்கான பகிரப்பட்ட உதவி (PreParE)
tm-indemnites-de-maternite-paternite = தாய்மை, தந்தைமை, தத்தெடுப்பு இழப்பீடுகள்
tm-indemnites-maladie = நோய் இழப்பீடுகள்
tm-indemnites-maladie-professionnelle = தொழில் சார்ந்த நோய் இழப்பீடுகள்
tm-indemnites-daccident-du-travail = பணியிட விபத்து இழப்பீடுகள்
tm-indemnites-dactivite-partielle = பகுதி நேரச் செயல்பாட்டு (activité partielle) இழப்பீடுகள்
tm-indemnites-de-volontariat = தன்னார்வப் பணி (volontariat) இழப்பீடுகள்
tm-dedommagement-aux-victimes-de-lamiante = கல்நார் (amiante) பாதிப்புக்குள்ளானவர்களுக்கான இழப்பீடு
tm-pension-alimentaire = ஜீவனாம்சம் (pension alimentaire)
tm-pension-alimentaire-versee = செலுத்திய ஜீவனாம்சம்
tm-prestation-compensatoire-suite-a = இழப்பீட்டுத் தொகை (பிரிவுக்குப் பின்) (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = ஓய்வூதியம் (இறந்த வாழ்க்கைத் துணையின் ஓய்வூதியப் பங்கு உட்பட), நிலையான வருமானம்
tm-rente-s-d-education-d-orphelin = கல்வி அல்லது அனாதைக்கான நிலையான வருமானம்(கள்)…
tm-retraite-du-combattant = முன்னாள் போர்வீரர் ஓய்வூதியம்
tm-pension-dinvalidite = இயலாமை ஓய்வூதியம்
tm-bourse-de-lenseignement-superieur = உயர்கல்வி உதவித்தொகை
tm-bourse-de-recherche = ஆராய்ச்சி உதவித்தொகை
tm-bourse-du-lycee = உயர்நிலைப் பள்ளி உதவித்தொகை
tm-gains-exceptionnels-dons-gains-aux-jeux = விதிவிலக்கான வருவாய் (நன்கொடைகள், விளையாட்டுப் பரிசுகள், பரம்பரைச் சொத்து)
tm-revenus-locatifs-terrains-appartements = வாடகை வருமானம் (நிலங்கள், அடுக்குமாடி வீடுகள், சொத்து நிறுவனங்கள் SCI…)
tm-revenus-du-capital-interets-plus-values = மூலதன வருமானம் (வட்டி, விற்பனை லாபம், பங்கு ஈவு…)
tm-via-une-micro-entreprise-achat-revente = ஒரு சிறு நிறுவனம் (micro-entreprise) மூலம் (வாங்கி விற்றல் அல்லது தங்குமிடம் வழங்குதல்)
tm-via-une-micro-entreprise-autre-activite = ஒரு சிறு நிறுவனம் (micro-entreprise) மூலம் (BIC வகையைச் சேர்ந்த பிற செயல்பாடு)
tm-via-une-micro-entreprise-activite = ஒரு சிறு நிறுவனம் (micro-entreprise) மூலம் (சுயாதீனத் தொழில் மற்றும்/அல்லது அறிவுசார் செயல்பாடு (BNC))
tm-en-tant-qu-exploitant-agricole = விவசாயியாக
tm-en-profession-liberale-entrepreneur = சுயாதீனத் தொழிலில் (தொழில்முனைவோர்)
tm-revenus-dactivite-connus = அறியப்பட்ட வேலை வருமானம்
tm-autres-revenus-imposables-preretraite = வரிக்குட்பட்ட பிற வருமானங்கள் (முன்கூட்டிய ஓய்வு, வேலையின்மை)
tm-pensions-retraites-rentes = ஓய்வூதியங்கள், ஓய்வுகால ஊதியங்கள், நிலையான வருமானங்கள்
tm-frais-reels-deductibles = கழிக்கக்கூடிய உண்மையான செலவுகள்
tm-revenus-fonciers-nets = நில, கட்டட நிகர வருமானம்
tm-valeur-de-vos-biens-loues = வாடகைக்கு விட்ட உங்கள் சொத்துகளின் மதிப்பு
tm-valeur-de-vos-terrains-non-loues = வாடகைக்கு விடாத உங்கள் நிலங்களின் மதிப்பு
tm-valeur-locative-terrains-non-loues = வாடகைக்கு விடாத நிலங்களின் வாடகை மதிப்பு
tm-valeur-de-vos-biens-immobiliers-non = வாடகைக்கு விடாத உங்கள் அசையாச் சொத்துகளின் மதிப்பு
tm-valeur-locative-immobilier-non-loue = வாடகைக்கு விடாத அசையாச் சொத்தின் வாடகை மதிப்பு
tm-epargne-sur-livret-a = livret A கணக்கில் சேமிப்பு
tm-epargne-aux-revenus-non-imposables = வரி இல்லாத வருவாய் தரும் சேமிப்பு
tm-epargne-aux-revenus-imposables = வரிக்குட்பட்ட வருவாய் தரும் சேமிப்பு

## aides-jeunes: components

tm-ex-caf-du-loiret = உதாரணம்: CAF du Loiret
tm-id-de-la-simulation = கணிப்பு அடையாள எண் (ID)
tm-email-de-l-utilisateur = பயனரின் மின்னஞ்சல்

## rdv: devise

tm-votre-compte-a-ete-valide = உங்கள் கணக்கு உறுதிப்படுத்தப்பட்டது.
tm-vous-allez-recevoir-les-instructions = சில நிமிடங்களில் உங்கள் கணக்கை உறுதிப்படுத்தத் தேவையான வழிமுறைகள் உங்களுக்கு வரும்.
tm-si-votre-e-mail-existe-dans = உங்கள் மின்னஞ்சல் எங்கள் தரவுத்தளத்தில் இருந்தால், கணக்கை உறுதிப்படுத்தும் வழிமுறைகளுடன் ஒரு மின்னஞ்சல் விரைவில் உங்களுக்கு வரும்.
tm-votre-compte-a-ete-supprime = உங்கள் கணக்கு நீக்கப்பட்டது!
tm-vous-avez-une-invitation-en-attente = உங்களுக்காக ஒரு அழைப்பு காத்திருக்கிறது. பதிவை முடிக்க அதை ஏற்றுக்கொள்ளுங்கள்.
tm-votre-connexion-est-deja-active = நீங்கள் ஏற்கனவே உள்நுழைந்துள்ளீர்கள்
tm-votre-compte-n-est-pas-encore = உங்கள் கணக்கு இன்னும் செயல்படுத்தப்படவில்லை.
tm-email-ou-mot-de-passe-incorrect = மின்னஞ்சல் அல்லது கடவுச்சொல் தவறு.
tm-vous-avez-droit-a-une-tentative = உங்கள் கணக்கு பூட்டப்படும் முன் இன்னும் ஒரு முறை மட்டுமே முயற்சிக்கலாம்.
tm-votre-compte-est-verrouille = உங்கள் கணக்கு பூட்டப்பட்டுள்ளது.
tm-email-ou-mot-de-passe-invalide = மின்னஞ்சல் அல்லது கடவுச்சொல் செல்லாது.
tm-votre-session-est-expiree-veuillez-vous = உங்கள் உள்நுழைவு நேரம் முடிந்தது. தொடர தயவுசெய்து மீண்டும் உள்நுழையுங்கள்.
tm-vous-devez-vous-connecter-ou-vous = தொடர நீங்கள் உள்நுழைய வேண்டும் அல்லது பதிவு செய்ய வேண்டும்.
tm-vous-devez-valider-votre-compte-pour = தொடர உங்கள் கணக்கை உறுதிப்படுத்த வேண்டும்.
tm-votre-invitation-n-est-pas-valide = உங்கள் அழைப்பு செல்லாது.
tm-votre-mot-de-passe-a-ete = உங்கள் கடவுச்சொல் சேமிக்கப்பட்டது, உங்கள் கணக்கு செயல்படுத்தப்பட்டது.
tm-votre-mot-de-passe-a-ete-2 = உங்கள் கடவுச்சொல் சேமிக்கப்பட்டது.
tm-votre-invitation-a-ete-annulee = உங்கள் அழைப்பு ரத்து செய்யப்பட்டது.
tm-lutilisateur-connecte-ne-correspond-pas = உள்நுழைந்துள்ள பயனர் அழைக்கப்பட்ட பயனர் அல்ல. வெளியேறி மீண்டும் முயற்சிக்கவும்.
tm-la-session-a-expire = உள்நுழைவு நேரம் முடிந்தது
tm-choisir-son-mot-de-passe = கடவுச்சொல்லைத் தேர்ந்தெடு
tm-enregistrer = சேமி
tm-ouvrir-l-app-mail = மின்னஞ்சல் செயலியைத் திற
tm-inscription = பதிவு
tm-code-dinvitation = அழைப்புக் குறியீடு
tm-creer-son-compte = கணக்கை உருவாக்கு
tm-veuillez-cliquer-sur-le-lien-dans = இப்போது உங்களுக்கு அனுப்பப்பட்ட மின்னஞ்சலில் உள்ள இணைப்பைத் தயவுசெய்து சொடுக்கவும்
tm-vous-avez-ete-invite-sur = நீங்கள் { $name } க்கு அழைக்கப்பட்டுள்ளீர்கள்
tm-bonjour = வணக்கம் { $email }
tm-vous-avez-ete-invite-sur-vous = நீங்கள் { $name } க்கு அழைக்கப்பட்டுள்ளீர்கள். கீழே உள்ள இணைப்பு மூலம் இந்த அழைப்பை ஏற்கலாம்.
tm-accepter-l-invitation = அழைப்பை ஏற்றுக்கொள்
tm-cette-invitation-est-valable-jusqu-au = இந்த அழைப்பு { $date } வரை செல்லும்.
tm-si-vous-n-acceptez-pas-cette = இந்த அழைப்பை ஏற்கவில்லை என்றால், இந்த மின்னஞ்சலைப் புறக்கணியுங்கள். உங்கள் அனுமதி இல்லாமல் எந்தக் கணக்கும் உருவாக்கப்படாது.
tm-instructions-de-confirmation = உறுதிப்படுத்தும் வழிமுறைகள்
tm-instructions-pour-changer-le-mot-de = கடவுச்சொல்லை மாற்றும் வழிமுறைகள்
tm-instructions-pour-deverrouiller-le = கணக்கின் பூட்டைத் திறக்கும் வழிமுறைகள்
tm-votre-mot-de-passe-a-ete-3 = உங்கள் கடவுச்சொல் வெற்றிகரமாக மாற்றப்பட்டது.
tm-nous-n-avons-pas-pu-vous = { $kind } மூலம் உங்களை அடையாளம் காண முடியவில்லை: '{ $reason }'.
tm-authentifie-avec-succes-via = { $kind } மூலம் வெற்றிகரமாக அடையாளம் காணப்பட்டீர்கள்.
tm-vous-ne-pouvez-acceder-a-cette = கடவுச்சொல் மீட்டமைப்பு மின்னஞ்சல் வழியாக மட்டுமே இந்தப் பக்கத்தைத் திறக்க முடியும். அத்தகைய மின்னஞ்சலைப் பயன்படுத்தியிருந்தால், முழு இணைப்பையும் (URL) பயன்படுத்தினீர்களா என்று பாருங்கள்.
tm-vous-allez-recevoir-les-instructions-de = சில நொடிகளில் கடவுச்சொல் மீட்டமைப்பு வழிமுறைகள் உங்களுக்கு வரும்
tm-si-votre-e-mail-existe-dans-2 = உங்கள் மின்னஞ்சல் எங்கள் தரவுத்தளத்தில் இருந்தால், மீட்டமைப்பு இணைப்பு மின்னஞ்சலில் உங்களுக்கு வரும்
tm-votre-mot-de-passe-a-ete-4 = உங்கள் கடவுச்சொல் வெற்றிகரமாக மாற்றப்பட்டது, இப்போது நீங்கள் உள்நுழைந்துள்ளீர்கள்
tm-votre-mot-de-passe-a-ete-5 = உங்கள் கடவுச்சொல் வெற்றிகரமாக மாற்றப்பட்டது.
tm-votre-compte-a-ete-supprime-avec = உங்கள் கணக்கு வெற்றிகரமாக நீக்கப்பட்டது. விரைவில் மீண்டும் சந்திப்போம் என நம்புகிறோம்.
tm-bienvenue-votre-connexion-est-active = வரவேற்கிறோம், நீங்கள் உள்நுழைந்துள்ளீர்கள்.
tm-votre-compte-est-bien-enregistre-vous = உங்கள் கணக்கு பதிவு செய்யப்பட்டது. ஆனால் கணக்கு இன்னும் செயல்படுத்தப்படாததால் நீங்கள் உள்நுழைய முடியாது.
tm-votre-compte-est-bien-enregistre-vous-2 = உங்கள் கணக்கு பதிவு செய்யப்பட்டது. ஆனால் கணக்கு பூட்டப்பட்டுள்ளதால் நீங்கள் உள்நுழைய முடியாது.
tm-un-message-contenant-un-lien-de = உறுதிப்படுத்தும் இணைப்புடன் ஒரு செய்தி உங்கள் மின்னஞ்சல் முகவரிக்கு அனுப்பப்பட்டது. கணக்கைச் செயல்படுத்த அந்த இணைப்பைத் திறவுங்கள்.
tm-votre-compte-a-bien-ete-mis = உங்கள் கணக்கு புதுப்பிக்கப்பட்டது, ஆனால் உங்கள் புதிய மின்னஞ்சல் முகவரியை நாங்கள் சரிபார்க்க வேண்டும். உங்கள் மின்னஞ்சல்களைப் பார்த்து, புதிய முகவரியை உறுதிப்படுத்த இணைப்பைச் சொடுக்குங்கள்.
tm-votre-compte-a-ete-modifie-avec = உங்கள் கணக்கு வெற்றிகரமாக மாற்றப்பட்டது.
tm-connexion-reussie = வெற்றிகரமாக உள்நுழைந்தீர்கள்.
tm-deconnexion-reussie = வெற்றிகரமாக வெளியேறினீர்கள்.
tm-mode-deconnecte = வெளியேறிய நிலை.
tm-vous-allez-recevoir-les-instructions-2 = சில நொடிகளில் உங்கள் கணக்கின் பூட்டைத் திறக்கத் தேவையான வழிமுறைகள் உங்களுக்கு வரும்
tm-si-votre-compte-existe-vous-allez = உங்கள் கணக்கு இருந்தால், அதைத் திறக்கும் வழிமுறைகளுடன் ஒரு மின்னஞ்சல் விரைவில் உங்களுக்கு வரும்.
tm-votre-compte-a-ete-deverrouille-avec = உங்கள் கணக்கின் பூட்டு வெற்றிகரமாகத் திறக்கப்பட்டது, இப்போது நீங்கள் உள்நுழைந்துள்ளீர்கள்.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = ஏற்கனவே உறுதிப்படுத்தப்பட்டது, தயவுசெய்து உள்நுழைய முயற்சிக்கவும்
tm-a-confirmer-dans-les-merci-de = { $period } க்குள் உறுதிப்படுத்தியிருக்க வேண்டும், தயவுசெய்து புதிய கோரிக்கை செய்யுங்கள்
tm-a-expire-merci-d-en-faire = காலாவதியானது, தயவுசெய்து புதிய கோரிக்கை செய்யுங்கள்
tm-n-a-pas-ete-trouve-e = கிடைக்கவில்லை
tm-n-etait-pas-verrouille-e = பூட்டப்படவில்லை
tm-une-erreur-a-empeche-ce-tte = ஒரு பிழையால் இந்த { $resource } சேமிக்கப்படவில்லை:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } பிழையால் இந்த { $resource } சேமிக்கப்படவில்லை:
       *[other] { $n } பிழைகளால் இந்த { $resource } சேமிக்கப்படவில்லை:
    }

## rdv: links

tm-espace-usager = பயனர் பக்கம்
tm-je-n-ai-pas-recu-le = உறுதிப்படுத்தும் மின்னஞ்சல் எனக்கு வரவில்லை
tm-je-n-ai-pas-recu-le-2 = பூட்டைத் திறக்கும் மின்னஞ்சல் எனக்கு வரவில்லை

## rdv: activerecord

tm-la-validation-a-echoue = சரிபார்ப்பு தோல்வியடைந்தது: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = ஏற்கப்பட வேண்டும்
tm-doit-etre-rempli-e = நிரப்பப்பட வேண்டும்
tm-ne-concorde-pas-avec = { $attribute } உடன் பொருந்தவில்லை
tm-doit-etre-egal-a = { $n } க்குச் சமமாக இருக்க வேண்டும்
tm-doit-etre-pair = இரட்டை எண்ணாக இருக்க வேண்டும்
tm-n-est-pas-disponible = கிடைக்கவில்லை
tm-doit-etre-superieur-a = { $n } ஐ விட அதிகமாக இருக்க வேண்டும்
tm-doit-etre-superieur-ou-egal-a = { $n } ஐ விட அதிகமாக அல்லது சமமாக இருக்க வேண்டும்
tm-n-est-pas-inclus-e-dans = பட்டியலில் இல்லை
tm-doit-etre-inferieur-a = { $n } ஐ விடக் குறைவாக இருக்க வேண்டும்
tm-doit-etre-inferieur-ou-egal-a = { $n } ஐ விடக் குறைவாக அல்லது சமமாக இருக்க வேண்டும்
tm-validation-echouee = சரிபார்ப்பு தோல்வியடைந்தது: { $errors }
tm-n-est-pas-un-nombre = எண் அல்ல
tm-doit-etre-un-nombre-entier = முழு எண்ணாக (தசமம் இல்லாமல்) இருக்க வேண்டும்
tm-doit-etre-impair = ஒற்றை எண்ணாக இருக்க வேண்டும்
tm-doit-etre-different-de = { $n } இலிருந்து வேறுபட்டதாக இருக்க வேண்டும்
tm-doit-etre-vide = காலியாக இருக்க வேண்டும்
tm-doit-exister = இருக்க வேண்டும்
tm-est-deja-utilise = ஏற்கனவே பயன்படுத்தப்பட்டுள்ளது
tm-est-trop-long-pas-plus-d = மிக நீளமானது (ஒரு எழுத்துக்கு மேல் இருக்கக் கூடாது)
tm-est-trop-long-pas-plus-de = { $n ->
        [one] மிக நீளமானது ({ $n } எழுத்துக்கு மேல் இருக்கக் கூடாது)
       *[other] மிக நீளமானது ({ $n } எழுத்துகளுக்கு மேல் இருக்கக் கூடாது)
    }
tm-est-trop-court-au-moins-un = மிகச் சிறியது (குறைந்தது ஒரு எழுத்து)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [one] மிகச் சிறியது (குறைந்தது { $n } எழுத்து)
       *[other] மிகச் சிறியது (குறைந்தது { $n } எழுத்துகள்)
    }
tm-ne-fait-pas-la-bonne-longueur = நீளம் சரியில்லை (ஒரே ஒரு எழுத்து இருக்க வேண்டும்)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [one] நீளம் சரியில்லை ({ $n } எழுத்து இருக்க வேண்டும்)
       *[other] நீளம் சரியில்லை ({ $n } எழுத்துகள் இருக்க வேண்டும்)
    }
tm-veuillez-verifier-les-champs-suivants = தயவுசெய்து பின்வரும் கட்டங்களைச் சரிபாருங்கள்:
tm-impossible-d-enregistrer-ce-tte-1 = இந்த { $model } ஐச் சேமிக்க முடியவில்லை: 1 பிழை
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [one] இந்த { $model } ஐச் சேமிக்க முடியவில்லை: { $n } பிழை
       *[other] இந்த { $model } ஐச் சேமிக்க முடியவில்லை: { $n } பிழைகள்
    }

## rdv: helpers

tm-ajouter = சேர்
tm-modifier = மாற்று
tm-retirer = அகற்று
tm-reinitialiser = மீட்டமை
tm-veuillez-selectionner = தயவுசெய்து தேர்ந்தெடுங்கள்

## rdv: public_office

tm-sur-place = நேரில் (அலுவலகத்தில்)

## rdv: visio

tm-par-visioconference = காணொளி அழைப்பில்

## rdv: phone

tm-par-telephone = தொலைபேசியில்

## rdv: home

tm-a-domicile = வீட்டில்

## rdv: mailers

tm-a-bientot-lequipe = மீண்டும் சந்திப்போம், { $name } குழு

## rdv: users

tm-un-creneau-vient-de-se-liberer = ஒரு சந்திப்பு நேரம் இப்போது காலியானது!
tm-rdv-confirme-le = { $date } அன்று சந்திப்பு நேரம் உறுதிப்படுத்தப்பட்டது
tm-rdv-du-modifie = { $date } அன்றைய சந்திப்பு நேரம் மாற்றப்பட்டது
tm-rappel-rdv-le = [நினைவூட்டல்] { $date } அன்று சந்திப்பு நேரம்
tm-rdv-annule-le-avec = { $date } அன்று { $name } உடனான சந்திப்பு நேரம் ரத்து செய்யப்பட்டது
tm-votre-rdv-du-a-ete-annule = { $date } அன்றைய உங்கள் { $motif } சந்திப்பு நேரம் நிர்வாகக் காரணத்தால் ரத்து செய்யப்பட்டது.
tm-votre-rdv-du-a-bien-ete = { $date } அன்றைய உங்கள் { $motif } சந்திப்பு நேரம் உங்கள் கோரிக்கைப்படி ரத்து செய்யப்பட்டது.
tm-vous-pouvez-reprendre-un-rendez-vous = { $telephone_link } ஐ அழைத்துப் புதிய சந்திப்பு நேரம் பதிவு செய்யலாம்.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = கீழே உள்ள இணைப்பைச் சொடுக்கிப் புதிய சந்திப்பு நேரம் பதிவு செய்யலாம்:
tm-reprendre-rdv = புதிய சந்திப்பு நேரம் பதிவு செய்

## rdv: attributes

tm-email = மின்னஞ்சல்
tm-mot-de-passe-actuel = தற்போதைய கடவுச்சொல்
tm-nom-de-la-commune = நகராட்சியின் (commune) பெயர்
tm-responsable = பொறுப்பாளர்

## rdv: activerecord

tm-lieu = இடம்
tm-rendez-vous-honore = வருகை தந்த சந்திப்பு நேரம்
tm-rendez-vous-a-venir = வரவிருக்கும் சந்திப்பு நேரம்
tm-annule-a-linitiative-de-lusager = பயனரால் ரத்து செய்யப்பட்டது
tm-annule-a-linitiative-du-service = அலுவலகத்தால் ரத்து செய்யப்பட்டது
tm-caisse-d-affiliation = நீங்கள் பதிவு செய்துள்ள நிதியம் (CAF அல்லது MSA)
tm-numero-d-allocataire = உதவித்தொகை பெறுபவர் எண் (numéro d’allocataire)
tm-nombre-d-enfants = குழந்தைகளின் எண்ணிக்கை
tm-accepte-les-notifications-par-sms = SMS மூலம் அறிவிப்புகளை ஏற்கிறார்
tm-accepte-les-notifications-par-email = மின்னஞ்சல் மூலம் அறிவிப்புகளை ஏற்கிறார்
tm-numero-de-pre-demande-ants = ANTS முன்-விண்ணப்ப எண்
tm-sans-domicile-fixe = நிரந்தர வீடு இல்லாதவர்
tm-heberge = வேறொருவர் வீட்டில் தங்கியிருப்பவர்
tm-en-accession-a-la-propriete = வீடு வாங்கிக்கொண்டிருப்பவர் (கடனில்)
tm-logement = வீடு
tm-aucune = எதுவும் இல்லை
tm-proche = நெருங்கியவர் (உறவினர்)
tm-le-prenom-ne-peut-etre-change = முதல் பெயரை மாற்ற முடியாது, ஏனெனில் FranceConnect அதை உறுதிப்படுத்தியுள்ளது
tm-le-nom-de-naissance-ne-peut = பிறப்பின்போது இருந்த குடும்பப் பெயரை மாற்ற முடியாது, ஏனெனில் FranceConnect அதை உறுதிப்படுத்தியுள்ளது
tm-la-date-de-naissance-ne-peut = பிறந்த தேதியை மாற்ற முடியாது, ஏனெனில் FranceConnect அதை உறுதிப்படுத்தியுள்ளது
tm-ce-mot-de-passe-fait-partie = இந்தக் கடவுச்சொல் அடிக்கடி பயன்படுத்தப்படும் கடவுச்சொற்களின் பட்டியலில் உள்ளது, எனவே உங்கள் கணக்கைப் பாதுகாக்காது. தயவுசெய்து வேறொன்றைத் தேர்ந்தெடுங்கள்.
tm-pour-assurer-la-securite-de-votre = { $n ->
        [one] உங்கள் கணக்கைப் பாதுகாக்க, கடவுச்சொல்லில் குறைந்தது { $n } எழுத்து இருக்க வேண்டும்
       *[other] உங்கள் கணக்கைப் பாதுகாக்க, கடவுச்சொல்லில் குறைந்தது { $n } எழுத்துகள் இருக்க வேண்டும்
    }
tm-doit-comporter-10-chiffres-et-lettres = 10 இலக்கங்களும் எழுத்துகளும் இருக்க வேண்டும்
tm-n-a-pas-pu-etre-valide = எதிர்பாராத பிழையால் சரிபார்க்க முடியவில்லை. தயவுசெய்து 30 வினாடிகளுக்குப் பிறகு மீண்டும் முயற்சிக்கவும்.
tm-ce-numero-de-pre-demande-ants = இந்த ANTS முன்-விண்ணப்ப எண் { $meeting_point } இல் ஒரு சந்திப்பு நேரத்துக்கு ஏற்கனவே பயன்படுத்தப்பட்டுள்ளது. புதியதைப் பதிவு செய்யும் முன் அந்தச் சந்திப்பு நேரத்தை ரத்து செய்யுங்கள்.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = பிரான்ஸ் அல்லது கடல்கடந்த பகுதிகளின் 10 இலக்க எண்ணை எழுதுங்கள், அல்லது நாட்டுக் குறியீட்டுடன் ஒரு சர்வதேச எண்ணை எழுதுங்கள்.
tm-pour-accelerer-votre-demarche-nous-vous = உங்கள் நடைமுறையை விரைவுபடுத்த, ANTS இணையதளத்தில் உங்கள் கோப்பை முன்கூட்டியே நிரப்பி, முன்-விண்ணப்ப எண்ணை எழுதுமாறு வலுவாகப் பரிந்துரைக்கிறோம்.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = இந்தப் பக்கத்தைத் திறக்க அல்லது இந்தச் செயலைச் செய்ய உங்களுக்குப் போதுமான உரிமைகள் இல்லை

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [one] { $date } அன்று (நேரம்: { $duration } நிமிடம்)
       *[other] { $date } அன்று (நேரம்: { $duration } நிமிடங்கள்)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [one] இன்று { $date } மணிக்கு (நேரம்: { $duration } நிமிடம்)
       *[other] இன்று { $date } மணிக்கு (நேரம்: { $duration } நிமிடங்கள்)
    }
tm-1-place-restante = 1 இடம் மீதமுள்ளது
tm-places-restantes = { $n ->
        [one] { $n } இடம் மீதமுள்ளது
       *[other] { $n } இடங்கள் மீதமுள்ளன
    }
tm-1-place = 1 இடம்
tm-places = { $n ->
        [one] { $n } இடம்
       *[other] { $n } இடங்கள்
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = தயவுசெய்து பின்வரும் பிரச்சினைகளைத் திருத்துங்கள்:

## rdv: users

tm-les-champs-d-etat-civil-nom = FranceConnect மூலம் உறுதிப்படுத்தப்பட்ட உள்நுழைவுக்குப் பிறகு குடிமைப் பதிவுத் தகவல்களை (பிறப்பின்போது இருந்த குடும்பப் பெயர், முதல் பெயர்கள், பிறந்த தேதி மற்றும் இடம்) இனி மாற்ற முடியாது
tm-les-3-lettres-ne-correspondent-pas = இந்த 3 எழுத்துகள் குடும்பப் பெயருடன் பொருந்தவில்லை.

## rdv: search

tm-1-lieu-est-disponible = 1 இடம் கிடைக்கிறது
tm-lieux-sont-disponibles = { $n ->
        [one] { $n } இடம் கிடைக்கிறது
       *[other] { $n } இடங்கள் கிடைக்கின்றன
    }
tm-selectionnez-un-lieu-de-rdv = சந்திப்பு நேரத்துக்கான இடத்தைத் தேர்ந்தெடுங்கள்:
tm-prochaine-disponibilite-le = அடுத்த காலி நேரம்

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = உங்களுக்கு உதவியோ கண்காணிப்போ இல்லை என்று தோன்றுகிறது, தயவுசெய்து வேறு காரணத்தைத் தேர்ந்தெடுங்கள் அல்லது உங்கள் மாவட்டத்தை (département) { $phone_number } எண்ணில் தொடர்பு கொள்ளுங்கள்.

## rdv: common

tm-votre-adresse = உங்கள் முகவரி
tm-votre-service = உங்கள் சேவை
tm-ex-21-rue-anatole-france-calais = எ.கா.: 21 rue Anatole France, Calais
tm-modifier-l-adresse = முகவரியை மாற்று
tm-choisissez-un-service = ஒரு சேவையைத் தேர்ந்தெடுங்கள்
tm-choisir-ce-service = இந்தச் சேவையைத் தேர்ந்தெடு
tm-le-service-que-vous-cherchez-n = நீங்கள் தேடும் சேவை பட்டியலில் இல்லையா?
tm-modifier-le-service = சேவையை மாற்று
tm-choisissez-un-motif = ஒரு காரணத்தைத் தேர்ந்தெடுங்கள்
tm-choisir-ce-motif = இந்தக் காரணத்தைத் தேர்ந்தெடு

## rdv: users

tm-entrez-les-3-premieres-lettres-de = உங்கள் குடும்பப் பெயரின் முதல் 3 எழுத்துகளை எழுதுங்கள்
tm-sophie-dupont-dup = எடுத்துக்காட்டு: Sophie Dupont → DUP
tm-jean-de-la-fontaine-del = எடுத்துக்காட்டு: Jean De La Fontaine → DEL
tm-edwige-xi-xi = எடுத்துக்காட்டு: Edwige Xi → XI
tm-identification = அடையாளம் காணுதல்
tm-choix-de-l-usager = நபரைத் தேர்ந்தெடுத்தல்
tm-votre-rendez-vous-a-ete-confirme = உங்கள் சந்திப்பு நேரம் உறுதிப்படுத்தப்பட்டது.
tm-ce-creneau-nest-plus-disponible-veuillez = இந்த நேரம் இனி காலியில்லை. தயவுசெய்து வேறொன்றைத் தேர்ந்தெடுங்கள்.
tm-vous-allez-modifier-votre-rdv-qui = { $date } அன்று நடக்கவுள்ள உங்கள் { $motif_name_and_service } சந்திப்பு நேரத்தை மாற்றப் போகிறீர்கள்
tm-mes-informations = என் தகவல்
tm-mes-proches = என் உறவினர்கள்
tm-aucun-proche = உறவினர் யாரும் இல்லை
tm-ajouter-un-proche = உறவினரைச் சேர்

## mdph: server

tm-identites = அடையாளங்கள்
tm-individus-et-organismes-concernes-par-la = விண்ணப்பம் தொடர்புடைய நபர்களும் அமைப்புகளும்
tm-situations-particulieres = சிறப்பு நிலைகள்
tm-etes-vous-dans-l-une-des = பின்வரும் நிலைகளில் ஏதாவது ஒன்றில் நீங்கள் உள்ளீர்களா?
tm-vous-n-arrivez-plus-a-vivre = இனி உங்கள் வீட்டில் வாழ முடியவில்லை
tm-expliquez-la-difficulte = சிரமத்தை விளக்குங்கள்
tm-votre-ecole-ne-peut-plus-vous = உங்கள் பள்ளி இனி உங்களைச் சேர்த்துக்கொள்ள முடியாது
tm-votre-etablissement-ne-peut-plus-vous = நீங்கள் இருக்கும் நிறுவனம் இனி உங்களை வைத்துக்கொள்ள முடியாது, நீங்களும் வீட்டுக்குத் திரும்ப முடியாது
tm-vous-risquez-de-perdre-votre-travail = உங்கள் வேலையை இழக்கும் அபாயம் உள்ளது
tm-vous-sortez-d-hospitalisation-et-vous = மருத்துவமனையிலிருந்து வெளியே வருகிறீர்கள், ஆனால் வீட்டுக்குத் திரும்ப முடியாது
tm-vous-commencez-bientot-une-nouvelle = விரைவில் ஒரு புதிய பயிற்சியைத் தொடங்குகிறீர்கள்
tm-precisez = குறிப்பிடுங்கள்
tm-date-d-entree-prevue = சேர்வதற்குத் திட்டமிட்ட தேதி
tm-vous-venez-de-trouver-un-emploi = இப்போதுதான் வேலை கிடைத்துள்ளது
tm-vous-arrivez-dans-moins-de-2 = 2 மாதங்களுக்குள் உங்கள் உரிமைகள் முடிவடையும் (எ.கா.: AEEH, AAH, PCH, RQTH போன்றவை)
tm-indiquez-le-s-droit-s-concerne = தொடர்புடைய உரிமை(கள்) மற்றும் அவை முடியும் தேதி(கள்) எழுதுங்கள்
tm-vie-quotidienne = அன்றாட வாழ்க்கை
tm-situation = நிலை
tm-besoins = தேவைகள்
tm-attentes = எதிர்பார்ப்புகள்
tm-vous-vivez = நீங்கள் வாழ்வது
tm-seule = தனியாக
tm-avec-vos-parents-ou-l-un = உங்கள் பெற்றோருடன் (அல்லது அவர்களில் ஒருவருடன்)
tm-avec-vos-enfants-ou-l-un = உங்கள் பிள்ளைகளுடன் (அல்லது அவர்களில் ஒருவருடன்)
tm-autre-situation = வேறு நிலை
tm-ou-vivez-vous = நீங்கள் எங்கே வாழ்கிறீர்கள்?
tm-vous-avez-un-logement-independant = உங்களுக்குத் தனி வீடு உள்ளது
tm-vous-vivez-dans-un-etablissement-medico = மருத்துவ-சமூக அல்லது சிகிச்சை நிறுவனத்தில் வாழ்கிறீர்கள்
tm-precisez-le-nom-le-type-et = பெயர், வகை, இடம் ஆகியவற்றைக் குறிப்பிடுங்கள்
tm-vous-etes-hebergee-au-domicile = வேறொருவர் வீட்டில் தங்கியிருக்கிறீர்கள்
tm-vous-avez-deja-eu = உங்களுக்கு முன்பு ஏற்பட்டது:
tm-un-accident-cause-par-un-tiers = வேறொருவரால் ஏற்பட்ட விபத்து
tm-un-accident-du-travail = பணியிட விபத்து
tm-un-autre-accident = வேறு விபத்து
tm-suite-a-cet-accident-y-a = இந்த விபத்துக்குப் பிறகு, இழப்பீட்டுக் கோரிக்கை நடந்து வருகிறதா அல்லது முடிவுக்கு வந்ததா?
tm-aupres-de-quel-organisme = எந்த அமைப்பிடம்?
tm-vous-recevez = நீங்கள் பெறுவது:
tm-une-aide-financiere-et-des-ressources = பண உதவியும் வருமானமும்
tm-une-aide-technique-materielle-ou-de = தொழில்நுட்ப உதவி, பொருள் அல்லது உபகரணம்
tm-une-aide-a-la-personne-avec = தனிப்பட்ட உதவி, உங்களுக்கு உதவும் ஒருவருடன்
tm-vous-recevez-les-aides-ressources-et = பின்வரும் உதவிகள், வருமானம் மற்றும்/அல்லது உதவித்தொகைகளைப் பெறுகிறீர்கள்:
tm-allocation-chomage-versee-par-pole = Pôle Emploi வழங்கும் வேலையின்மை உதவித்தொகை
tm-dans-les-12-mois-precedant-votre = உங்கள் விண்ணப்பத்துக்கு முந்தைய 12 மாதங்களில் பெற்றீர்களா:
tm-un-revenu-d-activite = வேலை மூலம் வருமானம்
tm-des-indemnites-journalieres = தினசரி இழப்பீடு (நோய்க் காலத்தில்)
tm-un-revenu-issu-d-une-activite = ESAT இல் செய்த வேலை மூலம் வருமானம்
tm-vous-percevez-une-ou-plusieurs-des = பின்வரும் உதவிகளில் ஒன்று அல்லது பலவற்றைப் பெறுகிறீர்கள்:
tm-une-pension-d-invalidite = மாற்றுத்திறன் ஓய்வூதியம்
tm-une-autre-pension-de-ce-type = இதே வகையான வேறு ஓய்வூதியம்
tm-pension-des-deux-tiers-d-incapacite = மூன்றில் இரண்டு பங்கு ஓய்வூதியம், இயலாமை ஓய்வூதியம் போன்றவை
tm-une-majoration-tierce-personne = மூன்றாம் நபருக்கான கூடுதல் தொகை (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = கூடுதல் மாற்றுத்திறன் உதவித்தொகை (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = பணியிட விபத்து அல்லது தொழில் நோய்க்கான தொடர் தொகை
tm-une-prestation-complementaire-de-recours = மூன்றாம் நபர் உதவிக்கான கூடுதல் உதவித்தொகை (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = அரசுப் பணியில் இயலாமைக்கான ஓய்வு அல்லது முன்கூட்டிய ஓய்வு
tm-depuis-le-2 = எந்தத் தேதியிலிருந்து?
tm-connaissez-vous-votre-taux-d-ipp = உங்கள் நிரந்தரப் பகுதி இயலாமை (IPP) விகிதம் தெரியுமா?
tm-renseignez-ici-le-taux-qui-vous = மருத்துவக் காப்பீடு (CPAM) உங்களுக்கு வழங்கிய விகிதத்தை இங்கே எழுதுங்கள்
tm-taux-d-ipp-en = IPP விகிதம், %
tm-vous-avez-indique-recevoir-une-aide = தொழில்நுட்ப உதவி, பொருள் அல்லது உபகரணம் பெறுவதாகக் கூறியுள்ளீர்கள், அந்த உதவி:
tm-un-amenagement-de-logement = வீட்டை ஏற்றதாக மாற்றுதல்
tm-une-aide-animaliere = விலங்கின் உதவி (எ.கா. வழிகாட்டி நாய்)
tm-un-amenagement-de-vehicule = வாகனத்தை ஏற்றதாக மாற்றுதல்
tm-une-aide-technique-ex-barre-d = உதவிக் கருவி (எ.கா.: பிடிக்கும் கம்பி, நடக்க உதவும் சட்டம் போன்றவை)
tm-vous-avez-indique-recevoir-une-aide-2 = தனிப்பட்ட உதவி பெறுவதாகக் கூறியுள்ளீர்கள், உங்களுக்கு உதவுபவர்:
tm-votre-famille = உங்கள் குடும்பம்
tm-un-professionnel-de-soins-a-domicile = வீட்டில் பராமரிப்பு வழங்கும் ஒரு நிபுணர்
tm-un-accompagnement-medico-social = மருத்துவ-சமூக உதவி
tm-etes-vous-a-la-retraite = நீங்கள் ஓய்வு பெற்றவரா?
tm-depuis-quand = எப்போதிலிருந்து?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (முதியோருக்கான ஒற்றுமை உதவித்தொகை)
tm-l-apa-allocation-personnalisee-d = APA (சுயசார்புக்கான தனிப்பட்ட உதவித்தொகை)
tm-vous-avez-demande-une-pension-de = ஓய்வூதியத்துக்கு விண்ணப்பித்துள்ளீர்கள்
tm-du-fait-de-votre-handicap = உங்கள் மாற்றுத்திறன் காரணமாக:
tm-vous-exercez-une-activite = பகுதி நேரமாக வேலை செய்கிறீர்கள்
tm-precisez-la-quotite-en-pourcentage = வேலை நேரப் பங்கைச் சதவீதத்தில் குறிப்பிடுங்கள்
tm-vous-avez-du-renoncer-a-votre = உங்கள் வேலையை விட வேண்டியதாயிற்று
tm-du-fait-de-votre-handicap-recourez = உங்கள் மாற்றுத்திறன் காரணமாக, சம்பளம் கொடுத்து ஒருவரை உதவிக்கு வைத்துள்ளீர்களா?
tm-frais-lies-au-handicap-et-restant = மாற்றுத்திறனால் ஏற்பட்டு உங்கள் பொறுப்பில் இருக்கும் செலவுகள்
tm-indiquez-les-frais-non-rembourses-ou = மருத்துவக் காப்பீடு அல்லது கூடுதல் காப்பீடு (mutuelle) திருப்பித் தராத, அல்லது பகுதியாக மட்டும் திருப்பித் தரும் செலவுகளை எழுதுங்கள். குறிப்பாக, மாற்றுத்திறன் காரணமாகச் சம்பளம் கொடுத்து ஒருவரை வைத்திருந்தால் குறிப்பிடுங்கள்.
tm-vous-avez-besoin-d-aide-dans = அன்றாட வாழ்க்கையில் உங்களுக்கு உதவி தேவை:
tm-pour-regler-les-depenses-courantes-loyer = வழக்கமான செலவுகளைச் செலுத்த (வாடகை, மின்சாரம், உடை, உணவு போன்றவை)
tm-pour-gerer-votre-budget-et-repondre = உங்கள் வரவு-செலவைக் கையாளவும் கடமைகளை நிறைவேற்றவும் (நிர்வாக நடைமுறைகள், காப்பீடுகள், வரிகள் போன்றவை)
tm-pour-l-hygiene-corporelle-se-laver = உடல் சுத்தத்துக்கு (குளித்தல், கழிவறைக்குச் செல்லுதல்)
tm-pour-vous-habiller-mettre-et-oter = உடை அணிய (அணிதல், கழற்றுதல், தேர்ந்தெடுத்தல் போன்றவை)
tm-pour-faire-les-courses = கடைக்குச் சென்று பொருட்கள் வாங்க
tm-pour-preparer-les-repas = சமைக்க
tm-pour-prendre-les-repas = சாப்பிட
tm-pour-faire-le-menage-et-l = வீட்டைச் சுத்தம் செய்யவும் உடைகளைப் பராமரிக்கவும்
tm-pour-prendre-soin-de-votre-sante = உங்கள் உடல்நலத்தைக் கவனிக்க (சிகிச்சையைத் தொடர்தல், மருத்துவரிடம் செல்லுதல் போன்றவை)
tm-autre-besoin = வேறு தேவை
tm-vous-avez-besoin-d-aide-pour = நடமாட உங்களுக்கு உதவி தேவை:
tm-pour-se-deplacer-dans-le-domicile = வீட்டுக்குள் நடமாட
tm-pour-sortir-du-domicile-ou-y = வீட்டை விட்டு வெளியே செல்ல அல்லது உள்ளே வர
tm-pour-se-deplacer-a-l-exterieur = வீட்டுக்கு வெளியே நடமாட
tm-pour-utiliser-un-vehicule = வாகனத்தைப் பயன்படுத்த
tm-pour-utiliser-les-transports-en-commun = பொதுப் போக்குவரத்தைப் பயன்படுத்த
tm-pour-partir-en-vacances = விடுமுறைக்குச் செல்ல
tm-utilisez-vous-les-transports-adaptes = உங்கள் பகுதியில் உள்ள மாற்றுத்திறனாளிகளுக்கு ஏற்ற போக்குவரத்தைப் பயன்படுத்துகிறீர்களா?
tm-vous-avez-besoin-d-aide-pour-2 = சமூக வாழ்க்கையில் உங்களுக்கு உதவி தேவை:
tm-pour-communiquer-s-exprimer-se-faire = தொடர்பு கொள்ள (உங்களை வெளிப்படுத்த, மற்றவர்கள் புரிந்துகொள்ள)
tm-pour-avoir-des-activites-sportives-et = விளையாட்டு மற்றும் பொழுதுபோக்குக்கு
tm-pour-les-relations-avec-les-autres = மற்றவர்களுடனான உறவுகளுக்கு
tm-pour-vous-occuper-de-votre-famille = உங்கள் குடும்பத்தைக் கவனிக்க
tm-pour-vous-accompagner-dans-votre-vie = குடிமக்கள் வாழ்க்கையில் உதவ (எ.கா.: வாக்களிக்கச் செல்லுதல், சங்கச் செயல்பாடுகள் போன்றவை)
tm-pour-assurer-votre-securite = உங்கள் பாதுகாப்புக்கு
tm-quelles-sont-vos-attentes-pour-compenser = உங்கள் மாற்றுத்திறனை ஈடுசெய்ய என்ன எதிர்பார்க்கிறீர்கள்?
tm-vivre-a-domicile = வீட்டில் வாழ்தல்
tm-un-amenagement-de-votre-lieu-de = நீங்கள் வாழும் இடத்தை ஏற்றதாக மாற்றுதல்
tm-realiser-un-bilan-des-capacites-dans = அன்றாட வாழ்க்கையில் உங்கள் திறன்களை மதிப்பிடுதல்
tm-une-aide-financiere-afin-d-assurer = குறைந்தபட்ச வருமானத்தை உறுதிசெய்ய பண உதவி
tm-une-aide-pour-se-deplacer = நடமாட உதவி
tm-un-accompagnement-pour-l-adptation = அன்றாட வாழ்க்கைக்குப் பழக / மீண்டும் பழக உதவி
tm-une-aide-humaine-quelqu-un-qui = மனித உதவி: உங்களுக்கு உதவும் ஒருவர்
tm-vivre-en-etablissement = நிறுவனத்தில் வாழ்தல்
tm-du-materiel-ou-equipement = பொருட்கள் அல்லது உபகரணங்கள்
tm-une-aide-financiere-pour-des-depenses = மாற்றுத்திறன் தொடர்பான செலவுகளுக்குப் பண உதவி
tm-un-accueil-temporaire = தற்காலிகத் தங்குமிடம்
tm-autre-attente = வேறு எதிர்பார்ப்பு
tm-avez-vous-deja-identifie-une-ou = உங்கள் எதிர்பார்ப்புகளை நிறைவேற்றக்கூடிய ஒன்று அல்லது பல அமைப்புகளை ஏற்கனவே கண்டுபிடித்துள்ளீர்களா?
tm-avez-vous-d-autres-renseignements = உங்கள் அன்றாட வாழ்க்கை பற்றிய வேறு தகவல்கள் (நிலை, எதிர்பார்ப்புகள், திட்டங்கள்) உள்ளனவா?
tm-vie-scolaire-ou-etudiante = பள்ளி அல்லது கல்லூரி வாழ்க்கை
tm-etes-vous-actuellement-scolarise = இப்போது படிக்கிறீர்களா?
tm-pourquoi-n-etes-vous-pas-scolarise = ஏன் படிக்கவில்லை?
tm-vous-etes-trop-jeune = நீங்கள் மிகவும் சிறியவர்
tm-a-partir-de-quand-serez-vous = எப்போதிலிருந்து படிக்கத் தொடங்குவீர்கள்?
tm-vous-etes-sans-solution-d-accueil = பள்ளி, பல்கலைக்கழகம் அல்லது மருத்துவ-சமூக நிறுவனத்தில் உங்களுக்கு இடம் இல்லை
tm-vous-etes-actuellement-scolarise = இப்போது படிக்கிறீர்கள்
tm-en-milieu-ordinaire = சாதாரணச் சூழலில்
tm-avec-accompagnement-par-un-service-de = சிகிச்சைச் சேவை அல்லது மருத்துவ-சமூக நிறுவனத்தின் உதவியுடன்
tm-en-temps-partage-entre-letablissement = மருத்துவ-சமூக நிறுவனத்துக்கும் சாதாரணச் சூழல் அல்லது வீட்டுக்கும் இடையே நேரத்தைப் பகிர்ந்து
tm-en-temps-partage-entre-le-service = சிகிச்சைச் சேவைக்கும் சாதாரணச் சூழலுக்கும் இடையே நேரத்தைப் பகிர்ந்து
tm-en-formation-superieure-ou-en = உயர்கல்வியில் அல்லது தொழிற்பழகுநர் பயிற்சியில் (apprentissage)
tm-etes-vous-place-en-internat = விடுதிப் பள்ளியில் (internat) இருக்கிறீர்களா?
tm-ses-frais-de-sejour-sont-ils = தங்கும் செலவுகள் முழுவதையும் மருத்துவக் காப்பீடு, அரசு அல்லது சமூக உதவி ஏற்கிறதா?
tm-dans-quel-s-etablissement-s = எந்த நிறுவனத்தில்/நிறுவனங்களில்?
tm-quel-type-d-etudes-suivez-vous = என்ன வகைப் படிப்பு படிக்கிறீர்கள்?
tm-quel-s-diplome-s-avez-vous = என்ன பட்டம்/சான்றிதழ் பெற்றுள்ளீர்கள்?
tm-quel-s-diplome-s-preparez-vous = என்ன பட்டம்/சான்றிதழுக்குப் படிக்கிறீர்கள்?
tm-decrivez-votre-parcours-d-etudiant-ou = மாணவராக அல்லது பழகுநராக உங்கள் பாதையை விவரியுங்கள்
tm-annee-etablissement = ஆண்டு, நிறுவனம்
tm-vous-disposez-actuellement-d = இப்போது உங்களுக்கு உதவியும் சிகிச்சையும் உள்ளன
tm-soins-hospitaliers = மருத்துவமனைச் சிகிச்சை
tm-soins-en-liberal = தனியார் நிபுணர்களிடம் சிகிச்சை
tm-vous-disposez-actuellement-d-adaptations = இப்போது உங்களுக்கு ஏற்ற பொருள் வசதிகள் உள்ளன
tm-amenagement-et-adaptations-pedagogiques = கற்பித்தலில் ஏற்ற மாற்றங்கள்
tm-outils-de-communication = தொடர்புக் கருவிகள்
tm-materiel-informatique-et-audiovisuel = கணினி மற்றும் ஒலி-ஒளிக் கருவிகள்
tm-materiel-deficience-auditive = செவித்திறன் குறைபாட்டுக்கான கருவிகள்
tm-materiel-deficience-visuelle = பார்வைக் குறைபாட்டுக்கான கருவிகள்
tm-mobilier-et-petits-materiels = தளவாடங்களும் சிறு கருவிகளும்
tm-transport = போக்குவரத்து
tm-vous-disposez-actuellement-d-une-aide = இப்போது மாற்றுத்திறனாளி மாணவர்களுக்கான மனித உதவியாளர் (AESH) உங்களுக்கு உள்ளார்
tm-precisez-laquelle = எது என்று குறிப்பிடுங்கள்
tm-decrivez-votre-emploi-du-temps-ecole = உங்கள் நேர அட்டவணையை விவரியுங்கள் (பள்ளி, உணவகம், சிகிச்சை போன்றவை)
tm-vous-avez-des-besoins-en-lien = படிப்பு தொடர்பான தேவைகள் உள்ளன:
tm-pour-lire = படிக்க
tm-pour-ecrire-prendre-des-notes = எழுத, குறிப்பு எடுக்க
tm-pour-calculer = கணக்குப் போட
tm-pour-comprendre-suivre-les-consignes = புரிந்துகொள்ள, அறிவுறுத்தல்களைப் பின்பற்ற
tm-pour-organiser-controler-son-travail = தன் வேலையை ஒழுங்குபடுத்த, சரிபார்க்க
tm-pour-l-utilisation-du-materiel = கருவிகளைப் பயன்படுத்த
tm-vous-avez-des-besoins-pour-communiquer = தொடர்பு கொள்ளத் தேவைகள் உள்ளன:
tm-pour-assurer-sa-securite = தன் பாதுகாப்புக்கு
tm-vous-avez-des-besoins-pour-l = தனிப்பட்ட பராமரிப்புக்குத் தேவைகள் உள்ளன:
tm-pour-l-hygiene-corporelle-aller-aux = உடல் சுத்தத்துக்கு (கழிவறைக்குச் செல்லுதல்)
tm-pour-s-habiller-mettre-et-oter = உடை அணிய (அணிதல், கழற்றுதல்)
tm-pour-les-repas-manger-et-boire = உணவுக்கு (உண்ணுதல், குடித்தல்)
tm-pour-prendre-soin-de-sa-sante = தன் உடல்நலத்தைக் கவனிக்க
tm-vous-avez-besoin-d-aide-pour-3 = நடமாட உங்களுக்கு உதவி தேவை:
tm-pour-se-deplacer-a-l-interieur = கட்டடங்களுக்குள் நடமாட
tm-pour-se-deplacer-a-l-exterieur-2 = கட்டடங்களுக்கு வெளியே நடமாட
tm-vous-souhaitez = நீங்கள் விரும்புவது:
tm-une-adaptation-de-la-scolarite = படிப்பை ஏற்றதாக மாற்றுதல்
tm-une-orientation-scolaire-differente = வேறு கல்வி வழிகாட்டல்
tm-une-aide-humaine = மனித உதவி
tm-une-aide-materielle = பொருள் உதவி
tm-un-accompagnement-pour-une-readaptation = மறுவாழ்வு / மறுபயிற்சிக்கான உதவி
tm-une-prise-en-charge-par-un = தங்குமிடம் இல்லாத நிறுவனத்தின் பராமரிப்பு
tm-une-prise-en-charge-par-un-2 = தங்குமிடத்துடன் நிறுவனத்தின் பராமரிப்பு
tm-avez-vous-deja-identifie-un = உங்கள் எதிர்பார்ப்புகளை நிறைவேற்றக்கூடிய பள்ளி, பல்கலைக்கழகம் அல்லது மருத்துவ-சமூக நிறுவனத்தை ஏற்கனவே கண்டுபிடித்துள்ளீர்களா?
tm-avez-vous-pu-prendre-contact-avec = உங்கள் பொறுப்பு ஆசிரியரை (enseignant référent) தொடர்பு கொள்ள முடிந்ததா?
tm-pourquoi = ஏன்?
tm-vous-avez-d-autres-renseignements = பள்ளி, கல்லூரி அல்லது பழகுநர் வாழ்க்கை பற்றி வேறு முக்கியத் தகவல்கள் (நிலை, எதிர்பார்ப்புகள், திட்டங்கள்) இருந்தால் இங்கே எழுதுங்கள்:
tm-vie-au-travail = பணி வாழ்க்கை
tm-situation-professionnelle = தொழில் நிலை
tm-parcours-professionnel = தொழில் பாதை
tm-projet-professionnel = தொழில் திட்டம்
tm-avez-vous-actuellement-un-emploi = இப்போது உங்களுக்கு வேலை உள்ளதா?
tm-avez-vous-deja-travaille = முன்பு வேலை செய்திருக்கிறீர்களா?
tm-pourquoi-etes-vous-actuellement-sans = இப்போது ஏன் வேலை இல்லாமல் இருக்கிறீர்கள், எப்போதிலிருந்து?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = இப்போது ஏன் வேலை இல்லாமல் இருக்கிறீர்கள் என்று சொல்ல முடியுமா?
tm-etes-vous-dans-une-des-situations = பின்வரும் நிலைகளில் ஏதாவது ஒன்றில் உள்ளீர்களா?
tm-inscrit-a-pole-emploi = Pôle emploi இல் பதிவு செய்தவர்
tm-en-formation-continue = தொடர் பயிற்சியில்
tm-votre-accompagnement-vers-l-emploi-est = வேலை தேட உங்களுக்கு உதவுபவர்:
tm-mission-locale = Mission locale (இளைஞர்களுக்கான உதவி)
tm-cap-emploi = Cap emploi (மாற்றுத்திறனாளிகள் வேலை பெற உதவி)
tm-pole-emploi = Pôle emploi (அரசு வேலைவாய்ப்பு அலுவலகம்)
tm-un-referent-rsa-designe-par-le = Conseil Général நியமித்த RSA பொறுப்பாளர்
tm-vous-avez-un-emploi = உங்களுக்கு வேலை உள்ளது:
tm-en-entreprise-adaptee = மாற்றுத்திறனாளிகளுக்கு ஏற்ற நிறுவனத்தில் (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = பாதுகாக்கப்பட்ட சூழலில் (வேலை மூலம் உதவும் நிறுவனங்களும் சேவைகளும் - ESAT)
tm-quel-est-votre-type-d-emploi = உங்கள் வேலையின் வகை என்ன?
tm-interim = தற்காலிக வேலை (intérim)
tm-contrat-aide = அரசு உதவி பெறும் ஒப்பந்தம் (contrat aidé)
tm-travailleur-independant = சுயதொழில் செய்பவர்
tm-regime = முறை:
tm-stagiaire-professionnel = தொழிற் பயிற்சியாளர்
tm-est-ce-un-stage-remunere = இது சம்பளத்துடன் கூடிய பயிற்சியா?
tm-au-sein-de-quel-organisme-effectuez = எந்த அமைப்பில் பயிற்சி பெறுகிறீர்கள்?
tm-nom-de-l-organisme = அமைப்பின் பெயர்
tm-qui-est-votre-employeur = உங்கள் முதலாளி யார்?
tm-quel-est-le-nom-de-votre = உங்கள் பதவியின் பெயர் என்ன?
tm-nom-du-poste = பதவியின் பெயர்
tm-votre-emploi-est-il-a-temps = உங்கள் வேலை முழு நேரமா பகுதி நேரமா?
tm-temps-complet = முழு நேரம்
tm-temps-partiel = பகுதி நேரம்
tm-votre-emploi-est-il-adapte-a = உங்கள் வேலை உங்கள் மாற்றுத்திறனுக்கு ஏற்றதா?
tm-quelles-sont-les-difficultes-liees-a = உங்கள் மாற்றுத்திறன் தொடர்பான சிரமங்கள் என்ன?
tm-accompagnement-pour-conserver-votre = உங்கள் வேலையைத் தக்கவைக்க உதவி:
tm-par-la-medecine-du-travail = பணியிட மருத்துவத்தால்
tm-par-le-service-d-appui-au = மாற்றுத்திறனாளி பணியாளர்கள் வேலையில் நீடிக்க உதவும் சேவையால் (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = உங்கள் பணியிடத்தில் மாற்றங்கள் செய்யப்பட்டுள்ளன:
tm-etes-vous-actuellement-en-arret-de = இப்போது மருத்துவ விடுப்பில் (வேலை நிறுத்தம்) உள்ளீர்களா?
tm-vous-etes-actuellement-en-arret-de = இப்போது வேலை நிறுத்த விடுப்பில் உள்ளீர்கள்:
tm-arret-maladie-avec-indemnites = தினசரி இழப்பீட்டுடன் மருத்துவ விடுப்பு
tm-arret-maladie-sans-indemnites = தினசரி இழப்பீடு இல்லாத மருத்துவ விடுப்பு
tm-vous-etes-en-arret-suite-a = பணியிட விபத்து அல்லது தொழில் நோய்க்குப் பிறகு விடுப்பில் உள்ளீர்கள்
tm-conge-maternite-conge-d-adoption-autre = மகப்பேறு விடுப்பு / தத்தெடுப்பு விடுப்பு / வேறு
tm-avez-vous-rencontre-un-professionnel-du = உங்கள் ஓய்வூதிய நிதியத்தின் சமூக சேவைப் பிரிவு நிபுணரைச் சந்தித்தீர்களா?
tm-a-quelle-date = எந்தத் தேதியில்?
tm-avez-vous-rencontre-le-medecin-du = வேலைக்குத் திரும்புவதற்கு முந்தைய சந்திப்பில் பணியிட மருத்துவரைச் சந்தித்தீர்களா?
tm-beneficiez-vous-d-une-ou-des = பின்வரும் உதவிகளில் ஒன்று அல்லது பலவற்றைப் பெறுகிறீர்களா?
tm-aides-de-l-association-de-gestion = மாற்றுத்திறனாளிகளின் தொழில் சேர்க்கை நிதியத்தை நிர்வகிக்கும் சங்கத்தின் உதவிகள் (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = அரசுப் பணியில் மாற்றுத்திறனாளிகளைச் சேர்க்கும் நிதியத்தின் உதவிகள் (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = மாற்றுத்திறனாளி பணியாளர் அங்கீகாரம் (RQTH) உங்களுக்கு உள்ளதா?
tm-souhaitez-vous-saisir-vos-experiences = உங்கள் பணி அனுபவங்களைப் படிவத்தில் எழுத விரும்புகிறீர்களா, அல்லது உங்கள் CV ஐ ஸ்கேன் செய்ய விரும்புகிறீர்களா?
tm-numeriser-le-cv-et-l-ajouter = CV ஐ ஸ்கேன் செய்து, விண்ணப்பத்தை முடிக்கும்போது சேர்ப்பேன்
tm-saisir-mes-experiences-professionnelles = என் பணி அனுபவங்களை இந்தப் படிவத்தில் எழுதுவேன்
tm-precisez-vos-experiences = பயிற்சிகள் மற்றும் சேர்க்கை அமைப்புகள் உட்பட, உங்கள் பணி அனுபவங்களைக் குறிப்பிடுங்கள்.
tm-votre-niveau-de-qualification = உங்கள் தகுதி நிலை:
tm-primaire = தொடக்கக் கல்வி
tm-secondaire = இடைநிலைக் கல்வி
tm-superieur = உயர்கல்வி
tm-derniere-classe-frequentee = கடைசியாகப் படித்த வகுப்பு:
tm-avez-vous-suivi-une-des-formation = ஒன்று அல்லது பல தொழிற்பயிற்சிகள் பெற்றுள்ளீர்களா?
tm-laquelle-lesquelles = எது/எவை?
tm-precisez-votre-vos-dernier-s-diplome = கடைசியாகப் பெற்ற பட்டம்/சான்றிதழ்களைக் குறிப்பிடுங்கள்:
tm-avez-vous-un-ou-plusieurs-projet = ஒன்று அல்லது பல தொழில் திட்டங்கள் உள்ளனவா?
tm-pourquoi-avez-vous-besoin-de-soutien = உங்களுக்கு ஏன் உதவி தேவை?
tm-faire-un-bilan-de-capacites = தொழில் திறன்களை மதிப்பிடுதல்
tm-preciser-un-projet-professionnel = தொழில் திட்டத்தைத் தெளிவுபடுத்துதல்
tm-adapter-l-environnement-de-travail = பணிச் சூழலை ஏற்றதாக மாற்றுதல்
tm-acceder-a-un-emploi = வேலை பெறுதல்
tm-acceder-a-une-formation = பயிற்சி பெறுதல்
tm-autres-renseignements-concernant-votre = உங்கள் பணி வாழ்க்கை பற்றி எங்களுக்குத் தெரிவிக்க விரும்பும் வேறு தகவல்கள்
tm-vie-de-votre-aidant-familial = உங்கள் குடும்ப உதவியாளரின் வாழ்க்கை
tm-vous-pouvez-expliquer-l-aide-que = உங்கள் உதவியாளர் இப்போது மாற்றுத்திறனாளிக்குச் செய்யும் உதவியை விளக்கலாம், அவரது எதிர்பார்ப்புகளையும் தேவைகளையும் எழுதலாம்.
tm-comment-s-appelle-votre-aidant = உங்கள் உதவியாளரின் பெயர் என்ன?
tm-nom-et-prenom = குடும்பப் பெயரும் முதல் பெயரும்
tm-quel-est-son-lien-avec-la = மாற்றுத்திறனாளிக்கும் அவருக்கும் என்ன உறவு?
tm-vit-il-elle-avec-la-personne = அவர் மாற்றுத்திறனாளியுடன் வசிக்கிறாரா?
tm-est-il-elle-actuellement-en-emploi = அவர் இப்போது வேலை செய்கிறாரா?
tm-oui-avec-une-reduction-dactivite-liee = ஆம், உதவி பெறுபவரைக் கவனிப்பதற்காக வேலையைக் குறைத்து
tm-quelle-est-la-nature-de-l = வழங்கப்படும் உதவியின் வகை என்ன?
tm-surveillance-presence-responsable = கண்காணிப்பு / பொறுப்பான உடனிருப்பு
tm-aide-aux-deplacements-a-linterieur-du = வீட்டுக்குள் நடமாட உதவி
tm-aide-aux-deplacements-a-lexterieur = வெளியே நடமாட உதவி
tm-aide-pour-entretenir-le-logement-et = வீட்டையும் துணிகளையும் பராமரிக்க உதவி
tm-aide-a-lhygiene-corporelle = உடல் சுத்தத்துக்கு உதவி
tm-aide-a-la-preparation-des-repas = சமையலுக்கு உதவி
tm-aide-a-la-prise-de-repas = சாப்பிட உதவி
tm-coordination-des-intervenants = நிபுணர்களின் பணிகளை ஒருங்கிணைத்தல்
tm-gestion-administrative-et-juridique = நிர்வாக மற்றும் சட்ட மேலாண்மை
tm-gestion-financiere = நிதி மேலாண்மை
tm-stimulation-par-des-activites-loisirs = செயல்பாடுகள் மூலம் ஊக்குவித்தல் (பொழுதுபோக்கு, வெளியே செல்லுதல் போன்றவை)
tm-aide-a-la-communication-et-aux = தொடர்பு மற்றும் சமூக உறவுகளுக்கு உதவி
tm-aide-au-suivi-medical = மருத்துவக் கண்காணிப்புக்கு உதவி
tm-qui-participe-avec-lui-elle-a = உதவி பெறுபவரைக் கவனிப்பதில் அவருடன் வேறு யார் பங்கேற்கிறார்கள்?
tm-un-des-professionnel-s = ஒன்று அல்லது பல நிபுணர்கள்
tm-un-ou-plusieurs-autre-s-proche = ஒன்று அல்லது பல பிற நெருங்கியவர்கள்
tm-il-elle-est-l-unique-aidante = அவர்தான் விண்ணப்பதாரரின் ஒரே உதவியாளர்
tm-est-il-elle-soutenue-dans-sa = உதவியாளர் பணியில் அவருக்கு ஆதரவு கிடைக்கிறதா?
tm-en-cas-d-empechement-a-t = அவரால் முடியாதபோது, அவருக்குப் பதிலாக ஒருவரை வைக்க வழி உள்ளதா?
tm-laquelle = எது?
tm-il-elle-est-ou-sera-prochainement = அவர் இப்போது அல்லது விரைவில் பின்வரும் நிலைகளில் ஒன்றில் இருப்பார்:
tm-eloignement-geographique-demenagement = தொலைவுக்குச் செல்லுதல் (வீடு மாற்றம் போன்றவை)
tm-indisponibilite-prolongee-sejour-a = நீண்ட காலம் இல்லாமை (வெளிநாட்டில் தங்குதல், மருத்துவமனையில் அனுமதி போன்றவை)
tm-changement-majeur-dans-la-situation = தனிப்பட்ட நிலையில் பெரிய மாற்றம் (பிரிவு, கணவன்/மனைவி இறப்பு, முதியோர் இல்லத்துக்குச் செல்லுதல் போன்றவை)
tm-probleme-de-sante = உடல்நலப் பிரச்சினை
tm-changement-majeur-dans-la-situation-2 = தொழில் நிலையில் பெரிய மாற்றம்
tm-difficulte-a-assurer-l-accompagnement = தற்போதைய உதவியைத் தொடர்வதில் சிரமம் (சோர்வு, வயது அதிகரிப்பு போன்றவை)
tm-ses-attentes-en-tant-qu-aidant = குடும்ப உதவியாளராக அவரது எதிர்பார்ப்புகள்:
tm-pouvoir-se-reposer-au-quotidien = தினமும் ஓய்வெடுக்க முடிதல்
tm-pouvoir-se-faire-remplacer-en-cas = தேவைப்படும்போது அவருக்குப் பதில் ஒருவர் கிடைத்தல்
tm-pouvoir-se-faire-remplacer-en-cas-2 = எதிர்பாராத நிகழ்வின்போது அவருக்குப் பதில் ஒருவர் கிடைத்தல்
tm-se-faire-remplacer-pour-partir-en = வார இறுதி/விடுமுறைக்குச் செல்ல அவருக்குப் பதில் ஒருவர் கிடைத்தல்
tm-reprendre-renforcer-maintenir-son = தன் தொழிலை மீண்டும் தொடங்குதல் / வலுப்படுத்துதல் / தொடர்தல்
tm-reprendre-renforcer-maintenir-ses-liens = சமூக உறவுகளை மீண்டும் தொடங்குதல் / வலுப்படுத்துதல் / தொடர்தல்
tm-obtenir-une-contre-partie-financiere = பண ஈடு பெறுதல்
tm-echanger-avec-dautres-aidants = பிற உதவியாளர்களுடன் பேசுதல்
tm-echanger-avec-les-professionnels-qui = உதவி பெறும் உறவினரைக் கவனிக்கும் நிபுணர்களுடன் பேசுதல்
tm-avoir-un-soutien-psychologique = உளவியல் ஆதரவு பெறுதல்
tm-etre-conseille-pour-mieux-faire-face = உறவினரின் மாற்றுத்திறனைச் சிறப்பாக எதிர்கொள்ள ஆலோசனை பெறுதல்
tm-etre-affilie-gratuitement-a-lassurance = முதியோர் காப்பீட்டில் இலவசமாகச் சேர்க்கப்படுதல்
tm-a-t-il-elle-deja-identifie = அவரது எதிர்பார்ப்புகளை நிறைவேற்றக்கூடிய ஒன்று அல்லது பல அமைப்புகளை அவர் ஏற்கனவே கண்டுபிடித்துள்ளாரா?
tm-vous-souhaitez-mieux-connaitre-les = உள்ள திட்டங்களையும் உதவிகளையும் நன்கு அறிய விரும்புகிறீர்கள்:
tm-pour-l-aidant = உதவியாளருக்கு
tm-pour-la-personne-aidee = உதவி பெறுபவருக்கு
tm-autres-renseignements-que-vous = உங்கள் உதவியாளரின் வாழ்க்கை பற்றி எங்களுக்குத் தெரிவிக்க விரும்பும் வேறு தகவல்கள்
tm-documents-lies-a-votre-demande = உங்கள் விண்ணப்பம் தொடர்பான ஆவணங்கள்
tm-pour-nous-transmettre-les-documents = கட்டாய மற்றும் கூடுதல் சான்று ஆவணங்களை எங்களுக்கு அனுப்ப
tm-certificat-medical = மருத்துவச் சான்றிதழ்
tm-votre-certificat-medical-n-est-pas = உங்கள் மருத்துவச் சான்றிதழ் செல்லாது, தயவுசெய்து வழங்கப்பட்ட மாதிரிகளில் ஒன்றைப் பயன்படுத்துங்கள்.
tm-un-certificat-medical-de-moins-de = MDPH விண்ணப்பங்களுக்கான, 6 மாதங்களுக்குள் உள்ள மருத்துவச் சான்றிதழ்.
tm-justificatif-de-domicile = முகவரிச் சான்று
tm-une-photocopie-dun-justificatif-de = 3 மாதங்களுக்குள் உள்ள முகவரிச் சான்றின் நகல் (குழந்தைகளுக்கு, சட்டப் பிரதிநிதியின் முகவரிச் சான்றை இணையுங்கள்; வேறொருவர் வீட்டில் தங்குபவர்களுக்கு: தங்க வைப்பவரின் முகவரிச் சான்றும் அவரது மரியாதை உறுதிமொழியும்).
tm-piece-d-identite = அடையாள ஆவணம்
tm-une-photocopie-recto-verso-dun = மாற்றுத்திறனாளியின், தேவைப்பட்டால் அவரது சட்டப் பிரதிநிதியின், அடையாள ஆவணத்தின் இரு பக்க நகல் (செல்லுபடியாகும் அடையாள அட்டை, செல்லுபடியாகும் வதிவிட அனுமதி அல்லது பிரான்சில் தங்க அனுமதிக்கும் வேறு ஆவணம்).
tm-acte-de-deces-acte-de-mariage = இறப்புச் சான்றிதழ் / திருமணச் சான்றிதழ்
tm-carte-grise-vehicule-permis-de-conduire = வாகனப் பதிவு அட்டை (carte grise), ஓட்டுநர் உரிமம்
tm-carte-de-sejour = வதிவிட அட்டை
tm-avis-d-impot-sur-le-revenu = வருமான வரி அறிவிப்பு (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = வங்கிக் கணக்கு விவரம் (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = தினசரி இழப்பீடு செலுத்தியதற்கான சான்று (CAF, MSA, சமூகப் பாதுகாப்பு, Pôle Emploi....)
tm-bulletin-de-salaire = சம்பளச் சீட்டு
tm-devis-facture-aide-technique = உதவிக் கருவியின் விலை மதிப்பீடு / விலைப்பட்டியல்
tm-audiogramme = செவித்திறன் சோதனை (audiogramme)
tm-livret-de-famille = குடும்பப் புத்தகம் (livret de famille)
tm-facture-cantine-restaurant-scolaire = பள்ளி உணவகக் கட்டணச் சீட்டு
tm-facture-frais-d-obseques = இறுதிச் சடங்குச் செலவு விலைப்பட்டியல்
tm-justificatif-reduction-du-temps-de = வேலை நேரக் குறைப்புக்கான சான்று
tm-billets-de-train-fiche-taxi-frais = ரயில் டிக்கெட்டுகள் / டாக்ஸி ரசீது (நிறுவனத்தில் சேர்த்த பின் போக்குவரத்துச் செலவு)
tm-jugement-de-tutelle-jugement = பாதுகாவலர் தீர்ப்பு, திருத்தத் தீர்ப்பு, curatelle
tm-justificatif-d-emancipation = சட்டப்படி விடுவிப்புக்கான (émancipation) சான்று
tm-jugement-de-delegation-d-autorite = பெற்றோர் அதிகாரத்தை ஒப்படைக்கும் தீர்ப்பு
tm-jugement-de-divorce = விவாகரத்துத் தீர்ப்பு
tm-bilan-ophtalmologique-mdph = கண் பரிசோதனை (MDPH)
tm-complement-medical-d-aide-a-l = மனநல மதிப்பீட்டுக்கு உதவும் மருத்துவ இணைப்பு
tm-bilan-psychologique-etc = உளவியல் மதிப்பீடு போன்றவை
tm-compte-rendu-d-examen-psychiatrique = மனநலப் பரிசோதனை அறிக்கை, மனநலக் கேள்வித்தாள் போன்றவை
tm-bilan-orthophonique-psychomoteur = பேச்சுச் சிகிச்சை, உள-இயக்க, இயன்முறை மருத்துவம், எலும்புச் சிகிச்சை போன்றவற்றின் மதிப்பீடு
tm-bilan-camsp-cmp-cmpp = CAMSP, CMP, CMPP மதிப்பீடு
tm-compte-rendu-d-evaluation-medicale = மருத்துவ மதிப்பீட்டு அறிக்கை
tm-attestation-medicale = மருத்துவச் சான்று
tm-fiche-de-liaison-medecine-du-travail = பணியிட மருத்துவத் தொடர்புப் படிவம்
tm-prescription-medicale-pour-amenagement-d = தேர்வுகளை ஏற்றதாக மாற்றுவதற்கான மருத்துவப் பரிந்துரை
tm-bulletin-d-hospitalisation = மருத்துவமனை அனுமதிச் சீட்டு
tm-fiche-de-prescription-hors = மருந்து அல்லாத பரிந்துரைப் படிவம்
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = பள்ளியில் படிக்கும் குழந்தைகளுக்கு, எதிர்பார்ப்புகள் GEVASco எனும் ஆவணத்தில் எழுதப்படுகின்றன. GEVASco என்பது தகவல் சேகரிக்கும் வழிகாட்டி; அதை நிறுவனத் தலைவருடன் (முதல் விண்ணப்பம்) அல்லது பொறுப்பு ஆசிரியருடன் (மறுபரிசீலனை) நிரப்புகிறீர்கள். உங்கள் பொறுப்பு ஆசிரியரின் தொடர்புத் தகவலைப் பள்ளித் தலைவரிடம் கேட்கலாம்.
tm-bilan-de-l-equipe-de-suivi = கல்விக் கண்காணிப்புக் குழுவின் மதிப்பீடு (ESS)
tm-fiche-de-liaison-financement-du-materiel = ஏற்ற கற்பித்தல் கருவிகளுக்கு நிதியளிக்கும் தொடர்புப் படிவம்
tm-fiche-d-evaluation-de-l-autonomie = மாணவரின் சுயசார்பு மதிப்பீட்டுப் படிவம் (கல்வி ஆய்வகத்திலிருந்து)
tm-protocoles-d-accompagnement-d-un-eleve = உதவியாளர் (AVSI) மூலம் மாற்றுத்திறனாளி மாணவருக்கு உதவும் நடைமுறைகள்
tm-plan-individualise-d-accompagnement-pia = தனிப்பட்ட உதவித் திட்டம் (PIA)
tm-devoirs-particuliers-dyslexie = சிறப்பு வீட்டுப்பாடங்கள் (டிஸ்லெக்சியா, பேச்சுச் சிகிச்சை போன்றவை)
tm-certificat-de-scolarite-releve-de-notes = படிப்புச் சான்றிதழ், மதிப்பெண் பட்டியல் போன்றவை
tm-curriculum-vitae-cv = சுயவிவரக் குறிப்பு (CV)
tm-courriers-orientation-professionnel = தொழில் வழிகாட்டல் கடிதங்கள் (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = மதிப்பீடுகள் (AFPA, ESAT போன்றவை), திட்ட உதவி மதிப்பீடுகள், POPS, Préo, UEROS போன்றவை
tm-rapport-de-stage = பயிற்சி அறிக்கை
tm-syntheses-etablissements-et-services-ems = நிறுவனங்கள் மற்றும் சேவைகளின் சுருக்கங்கள் (EMS, SMS, SAVS, SAMSAH போன்றவை)
tm-autre-document = வேறு ஆவணம்

## mdph: account

tm-plus-qu-une-etape = இன்னும் ஒரே ஒரு படி
tm-cliquez-sur-le-lien-qui-vous = உங்கள் கணக்கைச் செயல்படுத்த உங்களுக்கு அனுப்பப்பட்ட இணைப்பைச் சொடுக்குங்கள் (spam கோப்புறையையும் பாருங்கள்).
tm-votre-compte-a-bien-ete-valide = உங்கள் கணக்கு உறுதிப்படுத்தப்பட்டது.
tm-ce-lien-est-incorrect-ou-a = இந்த இணைப்பு தவறானது அல்லது ஏற்கனவே பயன்படுத்தப்பட்டது.
tm-email-envoye = மின்னஞ்சல் அனுப்பப்பட்டது
tm-cliquez-sur-le-lien-qui-vous-2 = கடவுச்சொல்லை மாற்ற மின்னஞ்சலில் அனுப்பப்பட்ட இணைப்பைச் சொடுக்குங்கள்.
tm-si-vous-avez-oublie-votre-mot = கடவுச்சொல்லை மறந்துவிட்டால், உங்கள் மின்னஞ்சல் முகவரியை எழுதுங்கள், அதற்குப் புதிய கடவுச்சொல் அனுப்பப்படும்.
tm-veuillez-entrer-votre-email = தயவுசெய்து உங்கள் மின்னஞ்சலை எழுதுங்கள்.
tm-l-adresse-email-n-est-pas = மின்னஞ்சல் முகவரி சரியில்லை.
tm-connectez-vous-pour-reprendre-votre = உங்கள் நடைமுறையைத் தொடர உள்நுழையுங்கள்
tm-adresse-email = மின்னஞ்சல் முகவரி
tm-veuillez-entrer-une-adresse-email = தயவுசெய்து ஒரு மின்னஞ்சல் முகவரியை எழுதுங்கள்.
tm-cette-adresse-email-n-est-pas = இந்த மின்னஞ்சல் முகவரி சரியில்லை.
tm-veuillez-entrer-un-mot-de-passe = தயவுசெய்து ஒரு கடவுச்சொல்லை எழுதுங்கள்.
tm-vous-n-avez-pas-de-compte = கணக்கு இல்லையா? பதிவு செய்யுங்கள்
tm-une-erreur-est-survenue-lors-de-5 = அனுப்பும்போது பிழை ஏற்பட்டது. கேட்கப்பட்ட கணக்கு ஏற்கனவே செயல்படுத்தப்பட்டிருக்கலாம் அல்லது இல்லாமல் இருக்கலாம்.
tm-un-mail-de-confirmation-a-bien = உறுதிப்படுத்தும் மின்னஞ்சல் மீண்டும் உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டது
tm-nouveau-mot-de-passe = புதிய கடவுச்சொல்
tm-vous-avez-indique-avoir-oublie-votre = கடவுச்சொல்லை மறந்துவிட்டதாகக் கூறியுள்ளீர்கள். புதிய கடவுச்சொல்லை எழுதி அதை மீட்டமையுங்கள்.
tm-inscrivez-vous-pour-commencer-votre = உங்கள் நடைமுறையைத் தொடங்கப் பதிவு செய்யுங்கள்
tm-veuillez-entrer-votre-adresse-e-mail = தயவுசெய்து உங்கள் மின்னஞ்சல் முகவரியை எழுதுங்கள்.
tm-cet-email-n-est-pas-valide = இந்த மின்னஞ்சல் சரியில்லை.
tm-adresse-email-de-secours = மாற்று மின்னஞ்சல் முகவரி
tm-veuillez-entrer-votre-adresse-e-mail-2 = தயவுசெய்து உங்கள் மாற்று மின்னஞ்சல் முகவரியை எழுதுங்கள்.
tm-erreur-dans-le-formulaire-merci-de = படிவத்தில் பிழை, தயவுசெய்து பக்கத்தைப் புதுப்பியுங்கள்.
tm-contact = தொடர்பு
tm-veuillez-entrer-votre-numero-de-contact = உங்களைத் தொடர்பு கொள்ளக்கூடிய தொலைபேசி எண்ணைத் தயவுசெய்து எழுதுங்கள்.
tm-vous-avez-deja-un-compte-connectez = ஏற்கனவே கணக்கு உள்ளதா? உள்நுழையுங்கள்

## mdph: apropos

tm-en-quelques-mots = சுருக்கமாக
tm-plus-dun-tiers-des-personnes-handicapees = மாற்றுத்திறனாளிகளில் மூன்றில் ஒருவருக்கும் மேற்பட்டோர், தங்கள் மாற்றுத்திறனுக்கான உதவி தொடர்பான நிர்வாக நடைமுறைகள் சிக்கலானவை என்று கருதுகின்றனர். விண்ணப்பங்களைப் பரிசீலிக்கும் காலம் பெரும்பாலும் சட்டம் குறிப்பிடும் நான்கு மாதங்களைத் தாண்டுகிறது.
tm-un-traitement-informatise-de-bout-en = தொடக்கம் முதல் இறுதி வரை கணினி மூலம் பரிசீலனை
tm-une-communication-en-continu = தொடர்ச்சியான தொடர்பு
tm-pour-les-utilisateurs = பயனர்களுக்கு
tm-un-espace-personnel = தனிப்பட்ட பக்கம்
tm-un-questionnaire-dynamique = உங்கள் பதில்களுக்கு ஏற்ப மாறும் கேள்வித்தாள்
tm-un-accompagnement-des-la-saisie-de = விண்ணப்பம் எழுதும்போதே உதவி
tm-un-suivit-en-temps-reel = உடனுக்குடன் கண்காணிப்பு
tm-une-presence-sur-le-web = இணையத்தில் இருப்பு
tm-une-appropriation-de-votre-espace = உங்களுக்கே உரிய பக்கம்

## mdph: demande

tm-veuillez-confirmer-la-demande-de = { $name } இன் விண்ணப்பத்தைத் தயவுசெய்து உறுதிப்படுத்துங்கள்
tm-une-fois-la-demande-validee-vous = விண்ணப்பம் உறுதிப்படுத்தப்பட்ட பிறகு, ஆவணங்களைத் தவிர வேறு தகவல்களை மாற்ற முடியாது, அதுவும் MDPH கேட்டால் மட்டுமே. உங்கள் விண்ணப்பத்தின் சுருக்கம் கீழே உள்ளது:
tm-recapitulatif-de-votre-demande = உங்கள் விண்ணப்பத்தின் சுருக்கம்
tm-documents = ஆவணங்கள்:
tm-en-validant-je-certifie-que-les = உறுதிப்படுத்துவதன் மூலம், மேலே உள்ள தகவல்கள் சரியானவை என்று சான்றளிக்கிறேன்.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } இந்த இணையச் சேவையின் விண்ணப்பங்களை ஏற்பதில்லை, எனவே இந்தச் சேவை மூலம் அதற்கு விண்ணப்பம் அனுப்ப முடியாது.
tm-demande-n = விண்ணப்ப எண் { $shortId }
tm-votre-mdph-vous-demande-de-corriger = உங்கள் விண்ணப்பத்துடன் இணைத்த ஆவணங்களைத் திருத்துமாறு உங்கள் MDPH கேட்கிறது
tm-pour-tout-autre-modification-veuillez = வேறு எந்த மாற்றத்துக்கும், உங்கள் MDPH ஐ நேரடியாகத் தொடர்பு கொள்ளுங்கள் (தொடர்புத் தகவல் பக்கத்தின் கீழே உள்ளது)
tm-telecharger = பதிவிறக்கு
tm-votre-demande-est-en-cours-de = உங்கள் MDPH உங்கள் விண்ணப்பத்தைச் சரிபார்த்து வருகிறது
tm-informations-obligatoires = கட்டாயத் தகவல்கள்
tm-informations-complementaires = கூடுதல் தகவல்கள்
tm-decrivez-votre-situation-vos-besoins-vos = உங்கள் நிலை, தேவைகள், திட்டங்கள், எதிர்பார்ப்புகளை விவரியுங்கள்.
tm-demande = விண்ணப்பம் / { $label }
tm-demande-documents = விண்ணப்பம் / ஆவணங்கள்
tm-en-cours = { $name } - நடந்து வருகிறது... { $progress }%
tm-ajouter-un-document = ஒரு ஆவணத்தைச் சேர்
tm-autres-types-de-documents = பிற வகை ஆவணங்கள்
tm-retourner-a-la-demande = விண்ணப்பத்துக்குத் திரும்பு
tm-choix-du-type-de-document = ஆவண வகையைத் தேர்ந்தெடுத்தல்
tm-recherche = தேடல்
tm-suggestions-de-documents-a-fournir = வழங்க வேண்டிய ஆவணங்களுக்கான பரிந்துரைகள்
tm-demande-identite-de-l-autorite-parentale = விண்ணப்பம் / பெற்றோர் அதிகாரம் உள்ளவரின் அடையாளம்
tm-demande-identite-de-la-personne-vous = விண்ணப்பம் / இந்த நடைமுறையில் உங்களுக்கு உதவுபவரின் அடையாளம்
tm-la-personne-vous-aidant-dans-votre = உங்கள் நடைமுறையில் உங்களுக்கு உதவுபவர்
tm-un-proche = ஒரு நெருங்கியவர்
tm-une-association = ஒரு சங்கம்
tm-nom-ou-intitule = பெயர் (அல்லது தலைப்பு)
tm-la-longueur-minimale-du-nom-est = பெயரில் குறைந்தது 1 எழுத்து இருக்க வேண்டும்.
tm-recherche-adresse = முகவரியைத் தேடு
tm-localite = ஊர்
tm-telephone-1 = தொலைபேசி 1
tm-telephone-2 = தொலைபேசி 2
tm-demande-identite-du-beneficiaire = விண்ணப்பம் / பயனாளியின் அடையாளம்
tm-nom-d-epouxse-ou-nom-d = கணவன்/மனைவியின் பெயர் அல்லது பயன்படுத்தும் பெயர்
tm-homme = ஆண்
tm-femme = பெண்
tm-espace-economique-europeen-ou-suisse = ஐரோப்பியப் பொருளாதாரப் பகுதி அல்லது சுவிட்சர்லாந்து
tm-date-de-naissance-au-format-jour = பிறந்த தேதி நாள்/மாதம்/ஆண்டு வடிவத்தில்
tm-veuillez-utiliser-le-format-jj-mm = தயவுசெய்து நாள்/மாதம்/ஆண்டு (JJ/MM/AAAA) வடிவத்தைப் பயன்படுத்துங்கள். எடுத்துக்காட்டாக: 14/09/1989.
tm-commune-de-naissance = பிறந்த நகராட்சி
tm-pays-en-cas-de-naissance-a = நாடு (பிரான்சுக்கு வெளியே பிறந்திருந்தால்)
tm-l-adresse-email-saisie-est-incorrecte = நீங்கள் எழுதிய மின்னஞ்சல் முகவரி தவறானது.
tm-si-vous-avez-elu-domicile-aupres = உங்கள் அதிகாரப்பூர்வ முகவரி ஒரு அமைப்பிடம் (சங்கம், தங்குமிட மையம் அல்லது சமூக நல மையம்) இருந்தால், எது என்று குறிப்பிடுங்கள்
tm-organisme-payeur-de-prestations = குடும்ப உதவித்தொகைகள் / RSA வழங்கும் அமைப்பு
tm-organisme-d-assurance-maladie = மருத்துவக் காப்பீட்டு அமைப்பு
tm-votre-numero-de-securite-sociale = உங்கள் சமூகப் பாதுகாப்பு (Sécurité Sociale) எண்
tm-ce-numero-de-securite-sociale-est = இந்தச் சமூகப் பாதுகாப்பு எண் தவறானது.
tm-ce-champ-est-incomplet = இந்தக் கட்டம் முழுமையாக இல்லை.
tm-si-cest-votre-enfant-qui-est = விண்ணப்பம் உங்கள் குழந்தைக்கானது என்றால், அதன் சமூகப் பாதுகாப்பு எண்ணை எழுதுங்கள்
tm-etes-vous-aide-e-dans-vos = MDPH உடனான உங்கள் நடைமுறைகளில் யாராவது உதவுகிறார்களா?
tm-beneficiez-vous-dune-mesure-de = நீங்கள் ஏதாவது சட்டப் பாதுகாப்பு நடவடிக்கையின் (tutelle அல்லது curatelle) கீழ் உள்ளீர்களா?
tm-demande-identite-du-representant-legal = விண்ணப்பம் / சட்டப் பிரதிநிதியின் அடையாளம்
tm-demande-prestations = விண்ணப்பம் / உதவிகளும் சேவைகளும்
tm-demandes-relatives-a-la-vie-quotidienne = அன்றாட வாழ்க்கை தொடர்பான விண்ணப்பங்கள்
tm-carte-mobilite-inclusion = நடமாட்டம் மற்றும் உள்ளடக்க அட்டை (CMI)
tm-allocation-compensatrice-ac = ஈடுசெய் உதவித்தொகை (AC)
tm-demandes-relatives-a-la-vie-scolaire = பள்ளி வாழ்க்கை தொடர்பான விண்ணப்பங்கள்
tm-demandes-relatives-au-travail-a-lemploi = வேலை, வேலைவாய்ப்பு மற்றும் தொழிற்பயிற்சி தொடர்பான விண்ணப்பங்கள்
tm-orientation-professionnelle = தொழில் வழிகாட்டல்
tm-le-dispositif-emploi-accompagne-propose = «உதவியுடன் கூடிய வேலைத் திட்டம், மாற்றுத்திறனாளி பணியாளருக்கும் அவரது முதலாளிக்கும் மருத்துவ-சமூக உதவியும் வேலையில் சேர்வதற்கான ஆதரவும் வழங்குகிறது. பின்வரும் மாற்றுத்திறனாளி பணியாளர்கள் இந்தத் திட்டத்தின் பயனைப் பெறலாம்:
tm-ayant-un-projet-dinsertion-en-milieu = சாதாரண பணியிடத்தில் வேலை செய்யத் திட்டம் உள்ளவர்கள்,
tm-accueillis-dans-un-etablissement-ou = வேலை மூலம் உதவும் நிறுவனம் அல்லது சேவையில் (ESAT) இருந்து, சாதாரண பணியிடத்தில் வேலை செய்யத் திட்டம் உள்ளவர்கள்,
tm-deja-en-emploi-en-milieu-ordinaire = ஏற்கனவே சாதாரண பணியிடத்தில் வேலை செய்து, தங்கள் வேலையை நிலைப்படுத்துவதில் சிறப்புச் சிரமங்களை எதிர்கொள்பவர்கள்.»
tm-demande-confirmer-votre-compte-mail = விண்ணப்பம் / உங்கள் மின்னஞ்சலை உறுதிப்படுத்துங்கள்
tm-vous-n-avez-pas-encore-confirme = நீங்கள் இன்னும் உங்கள் கணக்கை உறுதிப்படுத்தவில்லை. மின்னஞ்சலில் அனுப்பப்பட்ட செயல்படுத்தும் இணைப்பைத் திறந்து அதைச் செய்யலாம்.
tm-en-cas-de-difficultes-vous-pouvez = சிரமம் இருந்தால் contact.mdphenligne@cnsa.fr என்ற முகவரியில் எங்களைத் தொடர்பு கொள்ளலாம்
tm-cliquez-ici-pour-renvoyer-un-mail = உறுதிப்படுத்தும் மின்னஞ்சலை மீண்டும் அனுப்ப இங்கே சொடுக்குங்கள்
tm-retourner-au-profil = சுயவிவரத்துக்குத் திரும்பு

## mdph: layout

tm-connexion = உள்நுழைவு

## mdph: main

tm-trouvez-le-service-en-ligne-de = உங்கள் MDPH இன் இணையச் சேவையைக் கண்டுபிடியுங்கள்
tm-votre-demande-en-ligne-a-la = MDPH க்கு உங்கள் இணைய விண்ணப்பம்
tm-la-mdph-c-est-la-maison = MDPH என்பது «மாற்றுத்திறனாளிகளுக்கான மாவட்ட இல்லம்» (Maison Départementale pour les Personnes Handicapées). உங்கள் மாற்றுத்திறன் தொடர்பான தேவைகளுக்கு அது உதவ முடியும்.
tm-ce-service-vous-permet-de-saisir = இந்தச் சேவை மூலம் உங்கள் விண்ணப்பத்தை எழுதி, உங்கள் கோப்பைப் பரிசீலிக்க MDPH க்கு அனுப்பலாம்.
tm-il-vous-permet-de-solliciter-la = பயனாளியாகவோ ஒரு பயனாளியின் சட்டப் பிரதிநிதியாகவோ MDPH இடம் விண்ணப்பிக்க இது உதவுகிறது.
tm-en-fonction-de-votre-situation-vous = உங்கள் நிலையைப் பொறுத்து, பின்வரும் உரிமைகளைப் பெற முடியலாம்

## mdph: mdph

tm-votre-mdph = உங்கள் MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = உங்கள் விண்ணப்பங்களை இணையத்தில் கவனியுங்கள்
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = உங்கள் MDPH இந்த இணைய விண்ணப்பச் சேவையைப் பயன்படுத்துவதில்லை
tm-continuer-sur-service-public-fr = service-public.fr இல் தொடரவும்
tm-continuer-sur = { $label } இல் தொடரவும்

## mdph: medecin

tm-votre-e-mail = உங்கள் மின்னஞ்சல்
tm-ex-email-domaine-fr = எ.கா.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = மின்னஞ்சல் முகவரி கட்டாயம்.
tm-modeles-de-certificats = மருத்துவச் சான்றிதழ் மாதிரிகள்

## mdph: mon_compte

tm-en-attente-de-validation = உறுதிப்படுத்தலுக்குக் காத்திருக்கிறது
tm-si-vous-n-avez-pas-recu = இந்த மின்னஞ்சல் வரவில்லை என்றால், மீண்டும் அனுப்ப இங்கே சொடுக்குங்கள்.
tm-modifier-mon-mot-de-passe = என் கடவுச்சொல்லை மாற்று
tm-veuillez-entrer-votre-mot-de-passe = தயவுசெய்து உங்கள் முந்தைய கடவுச்சொல்லை எழுதுங்கள்.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = உங்கள் மின்னஞ்சல் முகவரியை உறுதிப்படுத்த உங்களுக்கு ஒரு மின்னஞ்சல் அனுப்பியுள்ளோம்.
tm-type = வகை
tm-document-ajoute = சேர்க்கப்பட்ட ஆவணம்
tm-choisir-le-fichier = கோப்பைத் தேர்ந்தெடு
tm-veuillez-selectionner-un-fichier = தயவுசெய்து ஒரு கோப்பைத் தேர்ந்தெடுங்கள்
tm-ajouter-ce-fichier = இந்தக் கோப்பைச் சேர்

## mdph: profil

tm-profil-identite-du-representant-legal = சுயவிவரம் / சட்டப் பிரதிநிதியின் அடையாளம்
tm-profil-prestations = சுயவிவரம் / உதவிகளும் சேவைகளும்
tm-supprimer-ce-profil = இந்தச் சுயவிவரத்தை நீக்கு

## mdph: suivi

tm-cookies-deposes-et-opt-out = வைக்கப்படும் குக்கீகளும் (cookies) அவற்றை மறுத்தலும்
tm-ce-site-depose-un-petit-fichier = இந்தத் தளத்தைப் பார்க்கும்போது அது உங்கள் கணினியில் ஒரு சிறிய உரைக் கோப்பை («cookie») வைக்கிறது. இதன் மூலம் வருகைகளின் எண்ணிக்கையை அளந்து, எந்தப் பக்கங்கள் அதிகம் பார்க்கப்படுகின்றன என்று புரிந்துகொள்கிறோம்.
tm-ce-site-naffiche-pas-de-banniere = குக்கீகளுக்கு உங்கள் ஒப்புதலைக் கேட்கும் செய்தியை இந்தத் தளம் ஏன் காட்டுவதில்லை?
tm-je-contribue-a-enrichir-vos-donnees = உங்கள் தரவை வளப்படுத்த நான் பங்களிக்கிறேன், அதை நான் பார்க்க முடியுமா?
tm-bien-sur-les-statistiques-dusage-de = நிச்சயமாக! எங்கள் பெரும்பாலான தயாரிப்புகளின் பயன்பாட்டுப் புள்ளிவிவரங்கள், https://mdphenligne.cnsa.fr/ உட்பட, stats.data.gouv.fr இல் அனைவருக்கும் கிடைக்கின்றன.

## mdph: autorite-form

tm-parent = பெற்றோர் { $n }
tm-exerce-l-autorite-parentale = பெற்றோர் அதிகாரம் உள்ளவர்
tm-meme-adresse-que-le-beneficiaire = பயனாளியின் அதே முகவரி

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = இந்தப் பெட்டியில் குறியிடுவதன் மூலம், { $name } இன் பெயரில் விண்ணப்பம் சமர்ப்பிக்க அவரது ஒப்புதல் உங்களிடம் உள்ளது என்று சான்றளிக்கிறீர்கள்
tm-precisez-le-domicile = எங்கே வசிக்கிறீர்கள் என்று குறிப்பிடுங்கள்
tm-de-vos-parents-ou-l-un = உங்கள் பெற்றோரிடம் (அல்லது அவர்களில் ஒருவரிடம்)
tm-de-vos-enfants-ou-l-un = உங்கள் பிள்ளைகளிடம் (அல்லது அவர்களில் ஒருவரிடம்)
tm-d-un-e-ami-e = ஒரு நண்பரிடம்
tm-d-un-autre-membre-de-votre = உங்கள் குடும்பத்தின் வேறொரு உறுப்பினரிடம்
tm-d-une-famille-d-accueil = ஒரு பராமரிப்புக் குடும்பத்திடம்
tm-et-vous-etes = நீங்கள்
tm-de-categorie = வகை
tm-son-prenom = அவரது முதல் பெயர்
tm-montant = தொகை
tm-montant-invalide = தொகை தவறானது
tm-veuillez-saisir-un-nombre-entre-0 = தயவுசெய்து 0 முதல் 100 வரையிலான ஒரு எண்ணை எழுதுங்கள்.

## mdph: display-file

tm-pas-de-documents = ஆவணங்கள் இல்லை
tm-raison-du-refus = மறுப்புக்கான காரணம்:
tm-supprimez = நீக்குங்கள்
tm-suppression-d-un-document = ஒரு ஆவணத்தை நீக்குதல்

## mdph: footer

tm-contactez-votre-mdph = உங்கள் MDPH ஐத் தொடர்பு கொள்ளுங்கள்

## mdph: help

tm-precisez-vos-besoins-de-compensation = உங்கள் மாற்றுத்திறனால் உங்களுக்குத் தேவையான உதவிகளைக் குறிப்பிடுங்கள்
tm-plusieurs-reponses-sont-possibles = பல பதில்கள் தரலாம்
tm-adaptez-vos-reponses-a-votre-age = உங்கள் வயதுக்கு ஏற்ப பதில்களைத் தாருங்கள்.
tm-le-besoin-daide-correspond-a-une = உதவித் தேவை என்பது ஒருவரின் நேரடி உதவி, அல்லது உங்களை ஊக்குவிக்க, வழிநடத்த அல்லது வாய்மொழியாக நினைவூட்ட ஒருவர் தேவைப்படுவது, அல்லது பொருள் அல்லது பண உதவி.
tm-ce-document-correspond-a-lexpression-de = இந்த ஆவணம் நீங்கள் உணரும் தேவைகளை வெளிப்படுத்துகிறது. அதன் பிறகு MDPH குழு விரிவான மதிப்பீடு செய்யும், தேவைப்பட்டால் உங்களைச் சந்திக்கும்.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = மாற்றுத்திறனாளி பெரியவர்களுக்கான உதவித்தொகை (AAH) மற்றும் அதன் கூடுதல் தொகை
tm-carte-d-invalidite-de-priorite-de = மாற்றுத்திறன் / முன்னுரிமை / வாகன நிறுத்த அட்டை
tm-orientation-vers-un-etablissement-ou = மருத்துவ-சமூக நிறுவனம் அல்லது சேவைக்கு (ESMS) வழிகாட்டல்
tm-renouvellement-d-allocation = ஈடுசெய் உதவித்தொகை (ACTP அல்லது ACFP) புதுப்பித்தல்
tm-projet-personnalise-de-scolarisation = தனிப்பட்ட கல்வித் திட்டம் – பாதையும் கல்வி உதவிகளும்
tm-orientation-professionnelle-et-ou = தொழில் வழிகாட்டல் மற்றும்/அல்லது தொழிற்பயிற்சி
tm-reconnaissance-de-la-qualite-de = மாற்றுத்திறனாளி பணியாளர் அங்கீகாரம் (RQTH)
tm-affiliation-gratuite-a-l-assurance = வீட்டில் இருக்கும் பெற்றோருக்கான முதியோர் காப்பீட்டில் இலவச இணைப்பு (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = வேறு மாவட்டம் (département), அதன் எண்ணை எழுதுங்கள் (எ.கா. 01 அல்லது 75)

## mdph: menu-dashboard

tm-mes-demandes = என் விண்ணப்பங்கள்
tm-documents-associes = தொடர்புடைய ஆவணங்கள்

## mdph: nav-steps

tm-question-precedente = முந்தைய கேள்வி

## mdph: password-field

tm-votre-mot-de-passe-est-d = உங்கள் கடவுச்சொல் மிகவும் பலவீனமானது.
tm-veuillez-saisir-8-caracteres = தயவுசெய்து 8 எழுத்துகளை எழுதுங்கள்.
tm-presenter-trois-des-quatre-categories-de = பின்வரும் நான்கு வகை எழுத்துகளில் மூன்று இருக்க வேண்டும்: பெரிய எழுத்து, சிறிய எழுத்து, எண் மற்றும்/அல்லது சிறப்புக் குறிகள்.
tm-ce-jeton-de-modification-a-deja = இந்த மாற்றக் குறியீடு ஏற்கனவே உங்கள் கடவுச்சொல்லை மீட்டமைக்கப் பயன்படுத்தப்பட்டது. தயவுசெய்து மீண்டும் மீட்டமைப்புக் கோரிக்கை செய்யுங்கள்.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = எட்டு எழுத்துகள் இருக்க வேண்டும்,
tm-etre-d-une-robustesse-moyenne = நடுத்தர வலிமை இருக்க வேண்டும்.
tm-afin-de-garantir-au-mieux-l = தரவை முடிந்தவரை பாதுகாக்க, கடவுச்சொல்லில் குறைந்தது:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = விரும்பினால் உங்கள் விண்ணப்பத்தை விளக்குங்கள்

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = தயவுசெய்து ஒரு விருப்பத்தைத் தேர்ந்தெடுங்கள் அல்லது உங்கள் பதிலை விளக்குங்கள்
tm-intitule-du-poste = பதவியின் பெயர்
tm-employeur = முதலாளி
tm-entreprise = நிறுவனம்
tm-type-de-contrat = ஒப்பந்த வகை
tm-date-de-debut-au-format-jour = தொடக்கத் தேதி நாள்/மாதம்/ஆண்டு வடிவத்தில்
tm-motif-de-fin-d-activite = வேலை முடிந்ததற்கான காரணம்
tm-motif = காரணம்
tm-valider-l-experience = அனுபவத்தை உறுதிப்படுத்து
tm-ajouter-une-experience = ஒரு அனுபவத்தைச் சேர்
tm-annee-d-obtention = பெற்ற ஆண்டு
tm-domaine = துறை
tm-intitule-du-diplome = பட்டத்தின் பெயர்
tm-domaine-d-etude = படிப்புத் துறை
tm-retirer-le-dernier-diplome = கடைசிப் பட்டத்தை அகற்று
tm-ajouter-un-diplome = ஒரு பட்டத்தைச் சேர்
tm-matin = காலை
tm-midi = மதியம்
tm-soiree-nuit = மாலை/இரவு
tm-nom-de-l-etablissement = நிறுவனத்தின் பெயர்
tm-rue = தெரு
tm-ex-college-jules-ferry = எ.கா.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = எ.கா.: 1, rue de l'église
tm-ex-paris = எ.கா.: Paris
tm-supprimer-le-dernier-etablissement = கடைசி நிறுவனத்தை நீக்கு
tm-ajouter-un-etablissement = ஒரு நிறுவனத்தைச் சேர்
tm-frais-engages = நீங்கள் செய்த செலவுகள்
tm-montant-total-frequence = மொத்தத் தொகை / எத்தனை முறை
tm-montant-rembourse = திருப்பித் தரப்பட்ட தொகை
tm-libelle-des-frais = செலவின் வகை
tm-par-jour = ஒரு நாளுக்கு
tm-par-semaine = ஒரு வாரத்துக்கு
tm-par-mois = ஒரு மாதத்துக்கு
tm-par-an = ஒரு ஆண்டுக்கு
tm-supprimer-le-dernier-frais = கடைசிச் செலவை நீக்கு
tm-ajouter-des-frais-ponctuels = ஒருமுறைச் செலவுகளைச் சேர்
tm-ajouter-des-frais-recurrents = தொடர் செலவுகளைச் சேர்
tm-derniere-reponse-enregistree-le = கடைசியாகச் சேமிக்கப்பட்ட பதில் { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = அமைப்பின் பெயர்
tm-etes-vous-deja-en-contact = ஏற்கனவே தொடர்பில் உள்ளீர்களா?
tm-supprimer-la-derniere-structure = கடைசி அமைப்பை நீக்கு
tm-ajouter-une-structure = ஒரு அமைப்பைச் சேர்

## mdph: representant-form

tm-type-de-mesure-de-protection = பாதுகாப்பு நடவடிக்கையின் வகை
tm-tutelle = பாதுகாவலர் முறை (tutelle)
tm-curatelle = பகுதிப் பாதுகாவலர் முறை (curatelle)
tm-curatelle-renforcee = வலுப்படுத்தப்பட்ட பகுதிப் பாதுகாவலர் முறை (curatelle renforcée)
tm-habilitation-familiale = குடும்ப அங்கீகாரம் (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = முதன்மைப் பக்கம்

## aidants: 400.html

tm-il-y-a-eu-un-souci = தகவல் பரிமாற்றத்தின்போது ஒரு தொழில்நுட்பச் சிக்கல் ஏற்பட்டது.
tm-la-syntaxe-de-la-requete-est = கோரிக்கையின் அமைப்பு தவறானது. மீண்டும் முயற்சிக்கலாம், அல்லது சிக்கல் தொடர்ந்தால் எங்களைத் தொடர்பு கொள்ளுங்கள்.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = இந்தப் பக்கத்தைத் திறக்க உங்களுக்கு அனுமதி இல்லை.
tm-si-vous-pensez-qu-il-s = இது பிழை என்று நினைத்தால், எங்கள் முதன்மைப் பக்கத்தைப் பார்க்கலாம் அல்லது உதவிக்கு எங்களைத் தொடர்பு கொள்ளலாம்.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = நீங்கள் தேடும் பக்கம் கிடைக்கவில்லை. ஏற்பட்ட சிரமத்துக்கு மன்னிக்கவும்.
tm-si-vous-avez-tape-l-adresse = பக்கத்தின் முகவரியை நீங்களே உலாவியில் எழுதியிருந்தால், அது சரியா என்று பாருங்கள். பக்கம் இப்போது இல்லாமல் இருக்கலாம். அப்படியானால், தொடர எங்கள் முதன்மைப் பக்கத்தைப் பார்க்கலாம். இல்லையென்றால், சரியான தகவலுக்கு உங்களை வழிநடத்த எங்களைத் தொடர்பு கொள்ளுங்கள்.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = FranceConnect மூலம் உள்நுழைய வழங்கப்பட்ட நேரம் முடிந்துவிட்டது.
tm-vous-pouvez-reessayer-la-connexion = முதன்மைப் பக்கத்திலிருந்து மீண்டும் உள்நுழைய முயற்சிக்கலாம். சிக்கல் தொடர்ந்தால் எங்களைத் தொடர்பு கொள்ளுங்கள்.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = மன்னிக்கவும், சேவையில் சிக்கல் உள்ளது, விரைவில் சரிசெய்ய முயற்சிக்கிறோம்.
tm-essayez-de-rafraichir-la-page-ou = பக்கத்தைப் புதுப்பியுங்கள் அல்லது பிறகு மீண்டும் முயற்சிக்கவும்.
tm-si-vous-avez-besoin-d-une = உடனடி உதவி தேவைப்பட்டால், தயவுசெய்து நேரடியாக எங்களைத் தொடர்பு கொள்ளுங்கள்.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = அதிகாரப் பத்திரத்தை (mandat) அச்சிடு
tm-mandat-final = இறுதி அதிகாரப் பத்திரம்
tm-attention-ceci-est-un-projet-de = கவனம்! இது அதிகாரப் பத்திரத்தின் வரைவு மட்டுமே. இதற்கு எந்தச் சட்ட மதிப்பும் இல்லை.
tm-le-mandat-a-ete-cree-avec = அதிகாரப் பத்திரம் வெற்றிகரமாக உருவாக்கப்பட்டது. அதிகாரம் வழங்குபவர் கையெழுத்திட அதை அச்சிடுங்கள்.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 அச்சிட, உலாவியின் பட்டியலில் «Fichier», பிறகு «Imprimer» என்பதைத் தேர்ந்தெடுங்கள்.
tm-projet-de-mandat-traduit = மொழிபெயர்க்கப்பட்ட அதிகாரப் பத்திர வரைவு
tm-vous-trouverez-ci-dessous-un-mandat = கீழே பல மொழிபெயர்ப்புகள் உள்ள ஒரு மாதிரி அதிகாரப் பத்திரம் உள்ளது. அதிகாரப் பத்திரம் என்றால் என்ன, அதன் விளைவுகள் என்ன என்பதைப் பயனருக்கு விளக்க மட்டுமே இந்த மொழிபெயர்ப்புகள். இவற்றுக்கு எந்தச் சட்ட மதிப்பும் இல்லை. பிரெஞ்சு மொழியில் உள்ள இறுதி அதிகாரப் பத்திரத்துக்கு மட்டுமே சட்ட மதிப்பு உண்டு.
tm-vous-pouvez-imprimer-ce-mandat-type = கீழே உள்ள பொத்தானைச் சொடுக்கி இந்த மாதிரி அதிகாரப் பத்திரத்தை அச்சிடலாம். கவனம், இந்த அதிகாரப் பத்திரத்துக்கு எந்தச் சட்ட மதிப்பும் இல்லை என்பதை நினைவூட்டுகிறோம். பயனரின் தகவலுக்காக மட்டுமே மொழிபெயர்க்கப்பட்டது.
tm-version-francaise = பிரெஞ்சுப் பதிப்பு
tm-traduire-le-mandat-en = அதிகாரப் பத்திரத்தை மொழிபெயர்:
tm-mandat-pour-realiser-des-demarches-en = «Aidants Connect» சேவை மூலம் இணையத்தில் நடைமுறைகளைச் செய்வதற்கான அதிகாரப் பத்திரம்
tm-attention-nous-vous-rappelons-que-ce = கவனம், இந்த அதிகாரப் பத்திரத்துக்கு எந்தச் சட்ட மதிப்பும் இல்லை என்பதை நினைவூட்டுகிறோம். பயனரின் தகவலுக்காக மட்டுமே மொழிபெயர்க்கப்பட்டது.
tm-version-francaise-et-traductions = பிரெஞ்சுப் பதிப்பும் மொழிபெயர்ப்புகளும்
tm-revocation-d-une-autorisation-via-le = «Aidants Connect» சேவை மூலம் ஒரு அனுமதியை ரத்து செய்தல்
tm-je-soussigne-e-souhaite-revoquer-l = கீழே கையெழுத்திட்ட நான், { $get_full_name }, { $creation_date } அன்று { $organisation } உடன் உருவாக்கப்பட்ட «{ $authorization }» அனுமதியை ரத்து செய்ய விரும்புகிறேன்.
tm-fait-a-le = { $display_address } இல், { $date } அன்று எழுதப்பட்டது
tm-le-mandant = அதிகாரம் வழங்குபவர்
tm-lautorisation-a-ete-revoquee-avec-succes = அனுமதி வெற்றிகரமாக ரத்து செய்யப்பட்டது. அதிகாரம் வழங்குபவர் கையெழுத்திட அதை அச்சிடுங்கள்.
tm-l-autorisation-a-ete-revoquee-avec = அனுமதி வெற்றிகரமாக ரத்து செய்யப்பட்டது!
tm-rappel-de-l-autorisation-revoquee = ரத்து செய்யப்பட்ட அனுமதியின் விவரம்
tm-thematique-administrative = நிர்வாகத் தலைப்பு
tm-date-de-l-autorisation = அனுமதியின் தேதி
tm-expiration-de-l-autorisation = அனுமதி முடியும் தேதி
tm-imprimer-l-attestation-de-revocation = ரத்துச் சான்றிதழை அச்சிடு
tm-confirmer-la-revocation-de-l = அனுமதி ரத்தை உறுதிப்படுத்து
tm-merci-de-verifier-les-informations-ci = அனுமதி ரத்தை உறுதிப்படுத்தும் முன் கீழே உள்ள தகவல்களைச் சரிபாருங்கள்
tm-rappel-de-l-autorisation-en-cours = ரத்து செய்யப்படும் அனுமதியின் விவரம்
tm-thematique-administrative-associee = தொடர்புடைய நிர்வாகத் தலைப்பு
tm-souhaitez-vous-confirmer-la-revocation = இந்த அனுமதியின் ரத்தை உறுதிப்படுத்த விரும்புகிறீர்களா?
tm-revoquer-l-autorisation = அனுமதியை ரத்து செய்
tm-confirmation-de-revocation = ரத்து உறுதிப்படுத்தல்
tm-merci-de-verifier-les-informations-ci-2 = அதிகாரப் பத்திர ரத்தை உறுதிப்படுத்தும் முன் கீழே உள்ள தகவல்களைச் சரிபாருங்கள்
tm-rappel-du-mandat-en-cours-de = ரத்து செய்யப்படும் அதிகாரப் பத்திரத்தின் விவரம்
tm-date-du-mandat = அதிகாரப் பத்திரத்தின் தேதி
tm-expiration-du-mandat = அதிகாரப் பத்திரம் முடியும் தேதி
tm-souhaitez-vous-confirmer-la-revocation-2 = இந்த அதிகாரப் பத்திரத்தின் ரத்தை உறுதிப்படுத்த விரும்புகிறீர்களா?
tm-revoquer-le-mandat = அதிகாரப் பத்திரத்தை ரத்து செய்
tm-revocation-d-un-mandat-via-le = Aidants Connect சேவை மூலம் ஒரு அதிகாரப் பத்திரத்தை ரத்து செய்தல்
tm-je-soussigne-e-souhaite-revoquer-le = கீழே கையெழுத்திட்ட நான், { $usager_name }, { $creation_date } அன்று { $organisation } உடன் உருவாக்கப்பட்ட «Aidants Connect» அதிகாரப் பத்திரத்தை ரத்து செய்ய விரும்புகிறேன்.
tm-le-mandat-a-ete-revoque-avec = அதிகாரப் பத்திரம் வெற்றிகரமாக ரத்து செய்யப்பட்டது. அதிகாரம் வழங்குபவர் கையெழுத்திட அதை அச்சிடுங்கள்.
tm-le-mandat-a-ete-revoque-avec-2 = அதிகாரப் பத்திரம் வெற்றிகரமாக ரத்து செய்யப்பட்டது!
tm-rappel-du-mandat-revoque = ரத்து செய்யப்பட்ட அதிகாரப் பத்திரத்தின் விவரம்
tm-mandat-pour-realiser-des-demarches = 23 மார்ச் 2020 சட்டத்தின் 4ஆம் பிரிவால் அறிவிக்கப்பட்ட சுகாதார அவசரநிலையின்போது, «Aidants Connect» சேவை மூலம் ஒரு பயனருக்காக இணையத்தில் நிர்வாக நடைமுறைகளைச் செய்வதற்கான அதிகாரப் பத்திரம்.
tm-je-soussigne-e-autorise-dont-seuls = கீழே கையெழுத்திட்ட நான், { $get_full_name }, { $organisation } ஐ — அதன் அங்கீகரிக்கப்பட்ட பணியாளர்கள் மட்டுமே எனக்குப் பதிலாகச் செயல்பட முடியும் — குடிமைச் சட்டத்தின் 1984 மற்றும் அடுத்த பிரிவுகளின்படி, என் பெயரில் பின்வரும் இணைய நிர்வாக நடைமுறைகளைச் செய்ய அனுமதிக்கிறேன், அவை FranceConnect மூலம் அணுகக்கூடியவையாக இருந்தாலும் இல்லாவிட்டாலும்:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } இந்த அதிகாரப் பத்திரத்தைச் செயல்படுத்துவதற்கு மட்டும் தன் தனிப்பட்ட தகவல்களைப் பயன்படுத்த { $name } ஐ அனுமதிக்கிறார்.
tm-l-aidant-habilite-de-a-rappele = { $name } இன் அங்கீகரிக்கப்பட்ட உதவியாளர் { $usager } இடம் நினைவூட்டினார்: பணியின் நோக்கம், அவரது தகவல்கள் ஏன் சேகரிக்கப்படுகின்றன, அவற்றின் பயன்; அவரது தகவல்கள் மீது அவருக்கு உள்ள உரிமைகள் (பார்த்தல், திருத்துதல், நீக்குதல் போன்றவை) மற்றும் அதிகாரம் வழங்குபவர் எப்போது வேண்டுமானாலும் தன் ஒப்புதலைத் திரும்பப் பெறலாம் என்பது.
tm-a-cette-fin = இதற்காக:
tm-ne-collecter-et-conserver-que-les = பட்டியலிடப்பட்ட நடைமுறைகளுக்கு உண்மையில் தேவையான தகவல்களை மட்டுமே சேகரித்துச் சேமிப்பது,
tm-nutiliser-les-informations-fournies-que = வழங்கப்பட்ட தகவல்களைப் பட்டியலிடப்பட்ட நடைமுறைகளுக்கு மட்டுமே பயன்படுத்துவது. வேறு நடைமுறைகளைச் செய்ய, முதலில் பயனருக்குத் தெரிவித்து அவரது அனுமதியைப் பெற வேண்டும்;
tm-ne-collecter-et-conserver-que-les-2 = பட்டியலிடப்பட்ட நடைமுறைப் பிரிவுகளுக்கு உண்மையில் தேவையான தகவல்களை மட்டுமே சேகரித்துச் சேமிப்பது;
tm-nutiliser-les-informations-fournies-que-2 = வழங்கப்பட்ட தகவல்களை இந்த நடைமுறைகளைச் செய்வதற்கு மட்டுமே பயன்படுத்துவது. வேறு நடைமுறைகளைச் செய்ய, முதலில் பயனருக்குத் தெரிவித்து அவரது அனுமதியைப் பெற வேண்டும்;
tm-mettre-a-jour-puis-a-supprimer = பயனர் பற்றிய எல்லாத் தகவல்களையும் புதுப்பித்து, நடைமுறைகளுக்கு இனி தேவையில்லாதபோது நீக்குவது;
tm-respecter-la-confidentialite-des = வழங்கப்பட்ட தகவல்களின் இரகசியத்தைக் காப்பது;
tm-prendre-toutes-les-precautions-pour = அனுப்பப்பட்ட தனிப்பட்ட தகவல்களின் பாதுகாப்புக்கு எல்லா முன்னெச்சரிக்கைகளையும் எடுப்பது.
tm-le-mandataire-sengage-a = அதிகாரம் பெற்றவர் (உங்களுக்குப் பதிலாகச் செயல்படுபவர்) பின்வருவனவற்றுக்கு உறுதியளிக்கிறார்:
tm-le-present-mandat-est-accepte-et = { $name } இன் அங்கீகரிக்கப்பட்ட உதவியாளர் தன் பணிகளை முடிக்கத் தேவையான காலத்துக்கு இந்த அதிகாரப் பத்திரம் ஏற்கப்பட்டு ஒப்புக்கொள்ளப்படுகிறது. மேலே குறிப்பிட்ட நடைமுறைகள் முடிந்ததும், அல்லது அதிகாரம் வழங்குபவரோ அதிகாரம் பெற்றவரோ ரத்து செய்ய முடிவு செய்தால் எப்போது வேண்டுமானாலும், அதிகாரப் பத்திரம் முடிகிறது.
tm-l-aidant-habilite-de-est-tenu = { $name } இன் அங்கீகரிக்கப்பட்ட உதவியாளர் பொறுப்பில் இருக்கும் வரை அதிகாரப் பத்திரத்தைச் செயல்படுத்தக் கடமைப்பட்டவர்; அதைச் செயல்படுத்தாததால் ஏற்படக்கூடிய இழப்புகளுக்கும் இழப்பீடுகளுக்கும் குடிமைச் சட்டத்தின் 1991 மற்றும் அடுத்த பிரிவுகளின்படி பொறுப்பானவர்.
tm-mandat-pour-realiser-des-demarches-en-2 = சுகாதார அவசரநிலையின்போது «Aidants Connect» சேவை மூலம் இணையத்தில் நடைமுறைகளைச் செய்வதற்கான அதிகாரப் பத்திரம்
tm-je-mappelle-je-suis-le-mandant = என் பெயர்: { $name } (நான் அதிகாரம் வழங்குபவர்)
tm-jautorise-cest-le-mandataire-a-realiser = { $name } (இவர் அதிகாரம் பெற்றவர்) எனக்குப் பதிலாகப் பின்வரும் நிர்வாக நடைமுறைகளைச் செய்ய அனுமதிக்கிறேன்: { $n }
tm-cette-autorisation-est-conforme-aux = இந்த அனுமதி குடிமைச் சட்டத்தின் 1984 மற்றும் அடுத்த பிரிவுகளுக்கு இணங்கியது. நடைமுறைகள் இணையத்தில், FranceConnect பயன்படுத்தும் தளங்களில் அல்லது பிற தளங்களில் செய்யப்படும். நிர்வாகம் அனுமதிக்கும் எல்லா வழிகளிலும் (தொலைபேசி, காகிதம், மின்னஞ்சல், …) செய்யப்படலாம்.
tm-je-peux-annuler-mon-autorisation-a = என் அனுமதியை எப்போது வேண்டுமானாலும் ரத்து செய்யலாம்.
tm-je-reconnais-que-laidant-habilite-par = { $name } அங்கீகரித்த உதவியாளர் தன் பணியின் நோக்கத்தை எனக்கு நினைவூட்டினார் என்றும், சேகரிக்கப்படும் தகவல்களின் தேவையையும் பயனையும் எனக்குத் தெரிவித்தார் என்றும் ஏற்கிறேன்;
tm-jautorise-les-aidants-habilites-par-a = இந்த அதிகாரப் பத்திரத்தின் கீழ் என் தனிப்பட்ட தகவல்களைப் பயன்படுத்த { $name } அங்கீகரித்த உதவியாளர்களை அனுமதிக்கிறேன். என்னைப் பற்றிய தகவல்களின் மீது எனக்கு உரிமைகள் உள்ளன என்று தெரியும்: பார்த்தல், திருத்துதல், நீக்குதல்.
tm-pour-que-puisse-agir-a-ma = { $name } எனக்குப் பதிலாகச் செயல்பட:
tm-effectuer-les-demarches-listees-dans-ce = நான் கொடுத்த தகவல்களை வைத்து, இந்த ஆவணத்தில் பட்டியலிடப்பட்ட நடைமுறைகளை எனக்குப் பதிலாகச் செய்வது;
tm-collecter-et-conserver-seulement-les = இந்த ஆவணத்தில் பட்டியலிடப்பட்ட அல்லது அவற்றுடன் தொடர்புடைய நடைமுறைகளுக்குத் தேவையான தகவல்களை மட்டுமே சேகரித்துச் சேமிப்பது;
tm-utiliser-et-communiquer-seulement-les = இந்த ஆவணத்தில் பட்டியலிடப்பட்ட அல்லது அவற்றுடன் தொடர்புடைய நடைமுறைகளுக்குத் தேவையான தகவல்களை மட்டுமே பயன்படுத்திப் பகிர்வது;
tm-minformer-et-demander-mon-autorisation = இந்த ஆவணத்தில் பட்டியலிடப்படாத நடைமுறைகளைச் செய்யும் முன் எனக்குத் தெரிவித்து என் அனுமதியைக் கேட்பது;
tm-mettre-a-jour-et-supprimer-lensemble = என் எல்லாத் தனிப்பட்ட தகவல்களையும் புதுப்பித்து, இனி பயனில்லாதபோது நீக்குவது;
tm-sinterdire-de-rendre-publiques-mes = என் தனிப்பட்ட தகவல்களை ஒருபோதும் பொதுவில் வெளியிடாமல் இருப்பது;
tm-prendre-toutes-les-precautions-pour-2 = என் தனிப்பட்ட தகவல்களின் பாதுகாப்புக்கு எல்லா முன்னெச்சரிக்கைகளையும் எடுப்பது.
tm-les-aidants-habilites-par-doivent = { $name } அங்கீகரித்த உதவியாளர்கள் செய்ய வேண்டியவை:
tm-a-partir-du-moment-ou-un = { $name } அங்கீகரித்த ஒரு உதவியாளர் இந்த ஆவணத்தில் பட்டியலிடப்பட்ட ஒரு நடைமுறையை எனக்குப் பதிலாகச் செய்யும் தருணத்திலிருந்து, இந்த ஆவணத்தில் விவரிக்கப்பட்ட நிபந்தனைகளின்படி அதைச் செய்ய ஒப்புக்கொள்கிறார்.
tm-les-demarches-decrites-ci-dessus-sont = மேலே விவரிக்கப்பட்ட நடைமுறைகள் முடிந்தால்;
tm-je-decide-de-lannuler = நான் அதை ரத்து செய்ய முடிவு செய்தால்;
tm-laidant-habilite-par-decide-de-lannuler = { $name } அங்கீகரித்த உதவியாளர் அதை ரத்து செய்ய முடிவு செய்தால்;
tm-je-donne-mon-autorisation-a-une = { $name } அங்கீகரித்த உதவியாளர் அல்லாத வேறொருவருக்கு என் அனுமதியைக் கொடுத்தால். அப்படியானால், { $name } க்கு விரைவில் தெரிவிக்க வேண்டும்.
tm-mon-autorisation-est-donnee-et-acceptee = என் அனுமதி வழங்கப்பட்டு ஏற்கப்பட்டது { $n }. இதற்கு முன்பே முடிவடையும், இவ்வாறு நடந்தால்:
tm-l-aidant-habilite-par-doit-accomplir = அதிகாரப் பத்திரம் செல்லுபடியாகும் வரை, { $name } அங்கீகரித்த உதவியாளர் இந்த ஆவணத்தில் பட்டியலிடப்பட்ட நடைமுறைகளை எனக்குப் பதிலாகச் செய்ய வேண்டும். இந்த ஆவணத்தில் விவரிக்கப்பட்ட நிபந்தனைகளை மதிக்காவிட்டால் { $name } அங்கீகரித்த உதவியாளர் பொறுப்பாக்கப்படலாம் (குடிமைச் சட்டத்தின் 1991ஆம் பிரிவு).
tm-jautorise-cest-le-mandataire-a-realiser-2 = { $name } (இவர் அதிகாரம் பெற்றவர்) எனக்குப் பதிலாகப் பின்வரும் நிர்வாக நடைமுறைகளைச் செய்ய அனுமதிக்கிறேன்:
tm-collecter-et-conserver-utiliser-et = இந்த ஆவணத்தில் பட்டியலிடப்பட்ட அல்லது அவற்றுடன் தொடர்புடைய நடைமுறைகளுக்குத் தேவையான தகவல்களை மட்டுமே சேகரித்து, சேமித்து, பயன்படுத்தி, பகிர்வது;
tm-l-aidant-habilite-par-doit-accomplir-2 = அதிகாரப் பத்திரம் செல்லுபடியாகும் வரை, { $name } அங்கீகரித்த உதவியாளர் இந்த ஆவணத்தில் பட்டியலிடப்பட்ட நடைமுறைகளை எனக்குப் பதிலாகச் செய்ய வேண்டும். இந்த ஆவணத்தில் விவரிக்கப்பட்ட நிபந்தனைகளை மதிக்காவிட்டால் அவர் பொறுப்பாக்கப்படலாம் (குடிமைச் சட்டத்தின் 1991ஆம் பிரிவு).
tm-fait-a-le-2 = { $display_address }, { $display_city } இல், { $date } அன்று எழுதப்பட்டது
tm-jautorise-cest-le-mandataire-a-realiser-3 = { $name } (இவர் அதிகாரம் பெற்றவர்) என் சார்பில் பின்வரும் நிர்வாக நடைமுறைகளைச் செய்ய அனுமதிக்கிறேன்:
tm-pour-que-puisse-agir-pour-mon = { $name } என் சார்பில் செயல்பட:
tm-effectuer-les-demarches-listees-dans-ce-2 = நான் கொடுத்த தகவல்களை வைத்து, இந்த ஆவணத்தில் பட்டியலிடப்பட்ட நடைமுறைகளை என் சார்பில் செய்வது;
tm-a-partir-du-moment-ou-un-2 = { $name } அங்கீகரித்த ஒரு உதவியாளர் இந்த ஆவணத்தில் பட்டியலிடப்பட்ட ஒரு நடைமுறையை என் சார்பில் செய்யும் தருணத்திலிருந்து, இந்த ஆவணத்தில் விவரிக்கப்பட்ட நிபந்தனைகளின்படி அதைச் செய்ய ஒப்புக்கொள்கிறார்.
tm-l-aidant-habilite-par-doit-accomplir-3 = அதிகாரப் பத்திரம் செல்லுபடியாகும் வரை, { $name } அங்கீகரித்த உதவியாளர் இந்த ஆவணத்தில் பட்டியலிடப்பட்ட நடைமுறைகளை என் சார்பில் செய்ய வேண்டும். இந்த ஆவணத்தில் விவரிக்கப்பட்ட நிபந்தனைகளை மதிக்காவிட்டால் அவர் பொறுப்பாக்கப்படலாம் (குடிமைச் சட்டத்தின் 1991ஆம் பிரிவு).
tm-mandat-pour-realiser-des-demarches-en-3 = «Aidants Connect» சேவை மூலம் இணையத்தில் நடைமுறைகளைச் செய்வதற்கான அதிகாரப் பத்திரம்
tm-je-mappelle-et-je-suis-le = என் பெயர் { $name }, நான் அதிகாரம் வழங்குபவர்.
tm-jautorise-en-tant-que-mandataire-a = { $name } ஐ, அதிகாரம் பெற்றவராக, என் சார்பில் பின்வரும் நிர்வாக நடைமுறைகளைச் செய்ய அனுமதிக்கிறேன்:
tm-je-declare-ne-pas-faire-l = நான் எந்தச் சட்டப் பாதுகாப்பு நடவடிக்கையின் (sauvegarde de justice, tutelle அல்லது curatelle) கீழும் இல்லை என்று அறிவிக்கிறேன்.
tm-jautorise-les-aidants-habilites-par-a-2 = இந்த அதிகாரப் பத்திரத்தின் கீழ் என் தனிப்பட்ட தகவல்களைப் பயன்படுத்த { $name } அங்கீகரித்த உதவியாளர்களை அனுமதிக்கிறேன். என்னைப் பற்றிய தகவல்களின் மீது எனக்கு உரிமைகள் உள்ளன என்று தெரியும்: பார்த்தல், தகவல் பெறுதல், திருத்துதல், கட்டுப்படுத்துதல், நீக்குதல்.
tm-quand-un-aidant-habilite-par-realise = { $name } அங்கீகரித்த ஒரு உதவியாளர் மேலே பட்டியலிடப்பட்ட ஒரு நடைமுறையை என் சார்பில் செய்யும்போது, இந்த ஆவணத்தில் விவரிக்கப்பட்ட நிபந்தனைகள் மற்றும் காலத்தின்படி அதைச் செய்ய உறுதியளிக்கிறார்; இல்லையெனில் அவருக்குக் குடிமை மற்றும் குற்றவியல் பொறுப்பு ஏற்படும்.
tm-prendre-toutes-les-precautions-pour-3 = என் தனிப்பட்ட தகவல்களின் பாதுகாப்புக்கும் இரகசியத்துக்கும் எல்லா முன்னெச்சரிக்கைகளையும் எடுப்பது.
tm-un-aidant-habilite-par-decide-de = { $name } அங்கீகரித்த ஒரு உதவியாளர் அதை ரத்து செய்ய முடிவு செய்தால்;
tm-fait-a-le-3 = { $display_address }, { $zipcode } { $display_city } இல், { $date } அன்று எழுதப்பட்டது
tm-prenom-nom-et-signature-du-mandataire = அதிகாரம் பெற்றவரின் (உதவியாளரின்) முதல் பெயர், குடும்பப் பெயர், கையெழுத்து
tm-prenom-nom-et-signature-du-mandant = அதிகாரம் வழங்குபவரின் (பயனரின்) முதல் பெயர், குடும்பப் பெயர், கையெழுத்து
tm-il-y-a-des-erreurs-dans = படிவத்தில் பிழைகள் உள்ளன
tm-lisez-ces-mentions-a-lusager = இந்தக் குறிப்புகளைப் பயனருக்குப் படித்துக் காட்டுங்கள்
tm-le-mandat-est-une-autorisation-ecrite = அதிகாரப் பத்திரம் என்பது உதவியாளர் உங்களுக்காக நிர்வாக நடைமுறைகளைச் செய்ய அனுமதிக்கும் எழுத்து மூலமான அனுமதி. இது உங்களையும் உங்களுக்கு உதவும் உதவியாளரையும் பாதுகாக்கிறது. எப்போது வேண்டுமானாலும் இதை முடிக்கலாம்.
tm-une-fois-ce-mandat-signe-par = இரு தரப்பினரும் இந்த அதிகாரப் பத்திரத்தில் கையெழுத்திட்டதும், உதவியாளர் உறுதியளிப்பவை:
tm-realiser-les-demarches-listees-dans-le = நீங்கள் கொடுத்த தகவல்களை வைத்து அதிகாரப் பத்திரத்தில் பட்டியலிடப்பட்ட நடைமுறைகளைச் செய்வது;
tm-utiliser-et-enregistrer-seulement-les = இந்த நடைமுறைகளுக்குத் தேவையான தகவல்களை மட்டுமே பயன்படுத்திப் பதிவு செய்வது;
tm-ne-pas-effectuer-dautres-demarches-que = அதிகாரப் பத்திரத்தில் பட்டியலிடப்படாத வேறு நடைமுறைகளைச் செய்யாமல் இருப்பது;
tm-securiser-lensemble-de-vos-informations = உங்கள் எல்லாத் தகவல்களையும் பாதுகாப்பாக வைத்து, இனி பயனில்லாதபோது நீக்குவது.
tm-connectez-lusager-a-franceconnect = பயனரை FranceConnect இல் உள்நுழைய வையுங்கள்
tm-recapitulatif-du-mandat-a-distance = தொலைவிலிருந்து செய்த அதிகாரப் பத்திரத்தின் சுருக்கம்
tm-elements-du-mandat = அதிகாரப் பத்திரத்தின் கூறுகள்
tm-validation-de-lusager = பயனரின் ஒப்புதல்
tm-en-cochant-ces-cases-confirme = இந்தப் பெட்டிகளில் குறியிடுவதன் மூலம், { $name } உறுதிப்படுத்துகிறார்:
tm-validation-de-laidant = உதவியாளரின் ஒப்புதல்
tm-enregistrer-le-mandat = அதிகாரப் பத்திரத்தைச் சேமி

## aidants: login

tm-vous-etes-un-particulier = நீங்கள் ஒரு தனிநபரா?
tm-aidants-connect-n-est-pas-un = Aidants Connect தனிநபர்களுக்கோ ஒருவருக்கு உதவும் உறவினர்களுக்கோ உரிய கருவி அல்ல.
tm-vous-rencontrez-un-probleme-lors-de = France Connect மூலம் உள்நுழையும்போது அல்லது பொதுச் சேவைகளின் (CAF, வரி, ANTS...) உங்கள் தனிப்பட்ட பக்கங்களை அணுகும்போது சிக்கலா? அதற்கான உதவிப் பக்கத்தைப் பாருங்கள்.
tm-vous-rencontrez-des-difficultes-avec-le = கணினி, இணையம் பயன்படுத்துவதில் சிரமமா, உங்கள் நடைமுறைகளைச் செய்ய அல்லது நீங்களே கற்றுக்கொள்ளச் சிறப்பு உதவி வேண்டுமா? உங்களுக்கு அருகில் ஒரு இடத்தைக் கண்டுபிடியுங்கள்.

## aidants: aidants_connect_common

tm-adresse-e-mail = மின்னஞ்சல் முகவரி

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = கைபேசி எண்
tm-format-attendu-10-chiffres = சரியான வடிவம்: 10 இலக்கங்கள்
tm-format-attendu-6-chiffres = சரியான வடிவம்: 6 இலக்கங்கள்
tm-selectionnez-la-ou-les-demarches = நடைமுறையை அல்லது நடைமுறைகளைத் தேர்ந்தெடுங்கள்
tm-choisissez-la-duree-du-mandat = அதிகாரப் பத்திரத்தின் காலத்தைத் தேர்ந்தெடுங்கள்
tm-code-a-6-chiffres = 6 இலக்கக் குறியீடு
tm-choisir = தேர்ந்தெடுங்கள்…
tm-exemple-prenom-nom-exemple-fr = எடுத்துக்காட்டு: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = புதிய மின்னஞ்சல் முகவரி
tm-erreur-veuillez-saisir-uniquement-des = பிழை: தயவுசெய்து சரியான மின்னஞ்சல் முகவரிகளை மட்டுமே எழுதுங்கள்.
tm-telephone-mobile = கைபேசி

## dsfr: component/checkbox

tm-libelle-checkbox = தேர்வுப்பெட்டியின் பெயர்
tm-libelle-checkbox-sub-et-sup = கீழ் மற்றும் மேல் எழுத்துடன் தேர்வுப்பெட்டியின் பெயர்
tm-libelle-case-a-cocher = தேர்வுப்பெட்டியின் பெயர்
tm-theme-clair = வெளிர் தோற்றம்
tm-theme-sombre = இருண்ட தோற்றம்
tm-systeme = கணினி அமைப்பு
tm-legende-pour-lensemble-des-elements = எல்லாப் பகுதிகளுக்குமான தலைப்பு
tm-choisissez-un-theme-pour-personnaliser = இணையதளம் தோன்றும் விதத்தை மாற்ற ஒரு தோற்றத்தைத் தேர்ந்தெடுங்கள்.
tm-texte-de-description-additionnel = கூடுதல் விளக்க உரை
tm-utilise-les-parametres-systeme = கணினி அமைப்புகளைப் பயன்படுத்துகிறது
tm-extrait-de-code = குறியீட்டின் ஒரு பகுதி
tm-libelle-bouton = பொத்தானின் பெயர்
tm-texte-derreur-obligatoire = பிழை உரை கட்டாயம்
tm-texte-de-validation = சரிபார்ப்பு உரை
tm-verifier-ma-demande = என் விண்ணப்பத்தைச் சரிபார்
tm-supprimer-le-justificatif-de-domicile = முகவரிச் சான்றை நீக்கு
tm-la-case-a-cocher-permet-a = தேர்வுப்பெட்டி மூலம் பயனர் ஒரு பட்டியலிலிருந்து ஒன்று அல்லது பல விருப்பங்களைத் தேர்ந்தெடுக்கலாம். பல பொருட்களைத் தேர்ந்தெடுக்க (0 முதல் N வரை), அல்லது பயனர் ஒரே ஒரு விருப்பத்தைத் தேர்ந்தெடுக்கவோ நீக்கவோ முடியும்போது இரண்டில் ஒன்றைத் தேர்ந்தெடுக்க இது பயன்படுகிறது.
tm-dsfr-v1-15-3 = DSFR பதிப்பு 1.15.3
tm-retour = திரும்பு
tm-case-a-cocher-checkbox = தேர்வுப்பெட்டி (checkbox)
tm-case-a-cocher-seule = ஒரே ஒரு தேர்வுப்பெட்டி
tm-case-a-cocher-seule-exemple-avec = ஒரே ஒரு தேர்வுப்பெட்டி, கீழ் மற்றும் மேல் எழுத்துடன் எடுத்துக்காட்டு
tm-case-a-cocher-avec-texte-daide = உதவி உரையுடன் தேர்வுப்பெட்டி
tm-case-a-cocher-seule-validee = ஒரே ஒரு தேர்வுப்பெட்டி, சரியானது
tm-case-a-cocher-seule-avec-erreur = பிழையுடன் ஒரே ஒரு தேர்வுப்பெட்டி
tm-case-a-cocher-seule-indeterminee = ஒரே ஒரு தேர்வுப்பெட்டி, தீர்மானிக்கப்படாதது
tm-ensemble-de-cases-a-cocher = தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-petite = தேர்வுப்பெட்டிகளின் குழு, சிறிய அளவு
tm-ensemble-de-cases-a-cocher-desactivees = செயலிழக்கப்பட்ட தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-en = ஒரே வரிசையில் தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-avec = உதவி உரையுடன் தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-avec-2 = பிழையுடன் தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-validees = சரியான தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-avec-3 = பிழையுடன் தேர்வுப்பெட்டிகளின் குழு, ஒரே வரிசையில்
tm-ensemble-de-cases-a-cocher-validees-2 = சரியான தேர்வுப்பெட்டிகளின் குழு, ஒரே வரிசையில்
tm-ensemble-de-cases-a-cocher-avec-4 = சிறப்பு உதவி உரையுடன் தேர்வுப்பெட்டிகளின் குழு
tm-ensemble-de-cases-a-cocher-avec-5 = சிறப்பு உதவி உரையுடன் தேர்வுப்பெட்டிகளின் குழு, சிறிய அளவு
tm-autres-versions = பிற பதிப்புகள்
tm-parametres-daffichage = காட்சி அமைப்புகள்

## dsfr: component/input

tm-libelle-champ-de-saisie = எழுதும் கட்டத்தின் பெயர்
tm-envoyer = அனுப்பு
tm-supprimer-le-champ = கட்டத்தை நீக்கு
tm-placeholder = கட்டத்தின் உள்ளே உள்ள எடுத்துக்காட்டு உரை (placeholder)
tm-champ-de-saisie-input = எழுதும் கட்டம் (input)
tm-les-champs-permettent-a-un-utilisateur = கட்டங்களில் பயனர் உள்ளடக்கத்தையும் தகவலையும் எழுதலாம்.
tm-champ-de-type-text = «உரை» வகைக் கட்டம் (text)
tm-champ-de-type-number = «எண்» வகைக் கட்டம் (number)
tm-champ-de-type-search = «தேடல்» வகைக் கட்டம் (search)
tm-champ-de-type-date = «தேதி» வகைக் கட்டம் (date)
tm-preferez-l-utilisation-du-modele-de = ஒற்றைத் தேதிக் கட்டத்தின் மாதிரியைப் பயன்படுத்துவது நல்லது
tm-champ-de-type-textarea = «நீண்ட உரை» வகைக் கட்டம் (textarea)
tm-champ-de-type-password = «கடவுச்சொல்» வகைக் கட்டம் (password)
tm-preferez-l-utilisation-du-composant-mot = «கடவுச்சொல்» பகுதியைப் பயன்படுத்துவது நல்லது
tm-combo-champ-bouton-d-envoi = அனுப்பும் பொத்தானுடன் கட்டம்
tm-combo-champ-bouton-d-action = செயல் பொத்தானுடன் கட்டம்
tm-champ-avec-placeholder = உள்ளே எடுத்துக்காட்டு உரையுடன் கட்டம்
tm-champ-avec-valeur-initiale = தொடக்க மதிப்புடன் கட்டம்
tm-champ-avec-icone-personalisee = சிறப்புக் குறியுடன் (icon) கட்டம்
tm-champ-desactive = செயலிழக்கப்பட்ட கட்டம்
tm-champ-avec-texte-additionnel = கூடுதல் உரையுடன் கட்டம்
tm-champ-valide-avec-texte-de-succes = வெற்றி உரையுடன் சரியான கட்டம்
tm-champ-en-erreur-avec-texte-d = பிழை உரையுடன் பிழையுள்ள கட்டம்

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] குறைந்தது { $n } எழுத்து
       *[other] குறைந்தது { $n } எழுத்துகள்
    }
tm-la-demande-de-mot-de-passe = கடவுச்சொல் கட்டம் பயனர் ஒரு கடவுச்சொல்லை உருவாக்கவோ எழுதவோ உதவுகிறது.
tm-mot-de-passe-password = கடவுச்சொல் (password)
tm-mot-de-passe-avec-description = விளக்கத்துடன் கடவுச்சொல்
tm-mot-de-passe-apres-validation = சரிபார்த்த பின் கடவுச்சொல்
tm-mot-de-passe-de-connexion = உள்நுழைவுக் கடவுச்சொல்

## dsfr: component/radio

tm-libelle-bouton-radio = ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தானின் (radio) பெயர்
tm-libelle-radio-sup-sub = மேல் மற்றும் கீழ் எழுத்துடன் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தானின் பெயர்
tm-le-bouton-radio-permettent-a = ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான் (radio) மூலம் பயனர் ஒரு பட்டியலிலிருந்து ஒரே ஒரு விருப்பத்தை மட்டும் தேர்ந்தெடுக்கலாம்.
tm-bouton-radio-radio = ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான் (radio)
tm-bouton-radio-simple = எளிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்
tm-ensemble-de-boutons-radio = ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-petite-taille = ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, சிறிய அளவு
tm-ensemble-de-boutons-radio-desactivees = செயலிழக்கப்பட்ட ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-en-ligne = ஒரே வரிசையில் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-avec-texte = உதவி உரையுடன் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-avec-erreur = பிழையுடன் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-avec-erreur-2 = பிழையுடன் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, ஒரே வரிசையில்
tm-ensemble-de-boutons-radio-valides = சரியான ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-valides-en = சரியான ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, ஒரே வரிசையில்
tm-ensemble-de-boutons-radio-avec-texte-2 = சிறப்பு உதவி உரையுடன் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-avec-texte-3 = சிறப்பு உதவி உரையுடன் ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, சிறிய அளவு
tm-ensemble-de-boutons-radio-libelle-en = ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, பெயர் கீழ் மற்றும் மேல் எழுத்தில்
tm-bouton-radio-riche = பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான் (படத்துடன்)
tm-ensemble-de-boutons-radio-riches-simple = பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, எளியது
tm-ensemble-de-boutons-radio-riches-en = பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, ஒரே வரிசையில், எளியது
tm-ensemble-de-boutons-radio-riches-sans = படம் இல்லாத பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-riches-sans-2 = படம் இல்லாத பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, ஒரே வரிசையில்
tm-ensemble-de-boutons-radio-riches-avec = உதவி உரைகளுடன் பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-riches-avec-2 = உதவி உரைகளுடன் பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, ஒரே வரிசையில்
tm-ensemble-de-boutons-radio-riches-avec-3 = பிழையும் உதவி உரைகளும் கொண்ட பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு
tm-ensemble-de-boutons-radio-riches-avec-4 = பிழையும் உதவி உரைகளும் கொண்ட பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு, ஒரே வரிசையில்
tm-ensemble-de-boutons-radio-riches = செயலிழக்கப்பட்ட பெரிய ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்களின் குழு

## dsfr: component/select

tm-libelle-pour-liste-deroulante = கீழிறங்கும் பட்டியலின் பெயர்
tm-option = விருப்பம் { $n }
tm-selectionnez-une-option = ஒரு விருப்பத்தைத் தேர்ந்தெடுங்கள்
tm-la-liste-deroulante-permet-a-un = கீழிறங்கும் பட்டியல் மூலம் பயனர் கொடுக்கப்பட்ட பட்டியலிலிருந்து ஒரு பொருளைத் தேர்ந்தெடுக்கலாம்.
tm-liste-deroulante-select = கீழிறங்கும் பட்டியல் (select)
tm-liste-deroulante-par-defaut = வழக்கமான கீழிறங்கும் பட்டியல்
tm-liste-deroulante-desactivee = செயலிழக்கப்பட்ட கீழிறங்கும் பட்டியல்
tm-liste-deroulante-avec-texte-de = விளக்க உரையுடன் கீழிறங்கும் பட்டியல்
tm-liste-deroulante-valide = சரியான கீழிறங்கும் பட்டியல்
tm-liste-deroulante-erreur = பிழையுடன் கீழிறங்கும் பட்டியல்
tm-liste-deroulante-avec-groupe-d-options = விருப்பக் குழுக்களுடன் கீழிறங்கும் பட்டியல்

## dsfr: component/upload

tm-ajouter-un-fichier = ஒரு கோப்பைச் சேர்
tm-ajouter-des-fichiers = கோப்புகளைச் சேர்
tm-ce-composant-permet-aux-utilisateurs-de = இந்தப் பகுதி மூலம் பயனர்கள் ஒன்று அல்லது பல கோப்புகளைத் தேர்ந்தெடுத்து அனுப்பலாம்.
tm-ajout-de-fichier-upload = கோப்பைச் சேர்த்தல் (upload)
tm-bouton-upload-1-seul-fichier = ஒரே ஒரு கோப்பைப் பதிவேற்றும் பொத்தான்
tm-bouton-upload-avec-erreur = பிழையுடன் பதிவேற்றும் பொத்தான்
tm-bouton-upload-fichiers-multiples = பல கோப்புகளைப் பதிவேற்றும் பொத்தான்
tm-bouton-upload-desactive = செயலிழக்கப்பட்ட பதிவேற்றும் பொத்தான்

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = [சேவை அல்லது தளத்தின் பெயர்] இல் உள்நுழைதல்
tm-format-attendu = சரியான வடிவம்: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect என்பது இணையச் சேவைகளில் உள்நுழைவதைப் பாதுகாப்பாகவும் எளிதாகவும் ஆக்க அரசு வழங்கும் வழி.
tm-se-connecter-avec-franceconnect = FranceConnect மூலம் உள்நுழை
tm-vous-navez-pas-de-compte = கணக்கு இல்லையா?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = பயனர் பெயர் அல்லது கடவுச்சொல் தவறு

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = உங்கள் கணக்கின் கடவுச்சொல்லைத் திரும்பப் பெறுதல்
tm-description-veuillez-saisir-ladresse = விளக்கம் — உங்கள் கணக்குடன் இணைக்கப்பட்ட மின்னஞ்சல் முகவரியைத் தயவுசெய்து எழுதுங்கள். கடவுச்சொல்லை மாற்றுவதற்கான கூடுதல் தகவலை உங்களுக்கு அனுப்புவோம்
tm-recuperation-de-mot-de-passe-sur = [சேவை அல்லது தளத்தின் பெயர்] இல் கடவுச்சொல்லைத் திரும்பப் பெறுதல்

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = விவரம் — உங்களுக்கு மின்னஞ்சல் வரவில்லை என்றால் (தேவையற்ற செய்திகள் கோப்புறையையும் பாருங்கள்), உங்கள் மின்னஞ்சல் முகவரியை மீண்டும் எழுதலாம்.
tm-votre-demande-de-recuperation-de-mot = கடவுச்சொல்லைத் திரும்பப் பெறும் உங்கள் கோரிக்கை அனுப்பப்பட்டது. சில நொடிகளில் உங்களுக்கு ஒரு மின்னஞ்சல் வரும்.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = உள்நுழைவுப் பக்கங்கள்

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = [சேவை அல்லது தளத்தின் பெயர்] இல் கணக்கு உருவாக்குதல்
tm-se-creer-un-compte-en-choisissant = ஒரு பயனர் பெயரைத் தேர்ந்தெடுத்துக் கணக்கை உருவாக்குங்கள்
tm-sauf-mention-contraire-tous-les-champs = வேறுவிதமாக எழுதப்படாவிட்டால், எல்லாக் கட்டங்களும் கட்டாயம்.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = பயனர் பெயரைத் தேர்ந்தெடு
tm-etape-sur = படி { $n } / { $count }
tm-etape-suivante-renseigner-une-identite = அடுத்த படி: அடையாளத் தகவலை நிரப்புதல்

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = பெண்
tm-masculin = ஆண்
tm-je-n-ai-pas-de-prenom = எனக்கு முதல் பெயர் இல்லை
tm-identite-personnelle = தனிப்பட்ட அடையாளம்
tm-sexe = பாலினம்
tm-renseigner-une-identite = அடையாளத் தகவலை நிரப்புதல்
tm-etape-suivante-saisir-des-coordonnees = அடுத்த படி: தொடர்புத் தகவலை எழுதுதல்

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = முகவரியின் கூடுதல் விவரம் (விருப்பத்துக்குரியது)
tm-coordonnees-personnelles = தனிப்பட்ட தொடர்புத் தகவல்
tm-adresse-postale = அஞ்சல் முகவரி
tm-indication-numero-et-voie = குறிப்பு: வீட்டு எண்ணும் தெருப் பெயரும்
tm-indication-batiment-immeuble-escalier-et = குறிப்பு: கட்டடம், குடியிருப்புக் கட்டடம், படிக்கட்டு மற்றும் வீட்டு (அடுக்ககம்) எண்
tm-exemple-montpellier = எடுத்துக்காட்டு: Montpellier
tm-saisir-des-coordonnees = தொடர்புத் தகவலை எழுதுதல்

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = கணக்கு உருவாக்கும் பக்கங்கள்

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = உங்கள் கணக்கு உருவாக்கப்பட்டது. சில நொடிகளில் உறுதிப்படுத்தும் இணைப்புடன் (link) ஒரு மின்னஞ்சல் உங்களுக்கு வரும்.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = உங்கள் கணக்கு செயல்படுத்தப்பட்டது. இப்போதே அதைப் பயன்படுத்தத் தொடங்கலாம்.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = இடத்தின் பெயர் (lieu-dit), துணை நகராட்சி (commune déléguée) அல்லது அஞ்சல் பெட்டி
tm-numero = எண்
tm-voie = தெரு
tm-batiment = கட்டடம்
tm-immeuble = குடியிருப்புக் கட்டடம்
tm-escalier = படிக்கட்டு
tm-numero-d-appartement = வீட்டு (அடுக்ககம்) எண்
tm-complement-d-adresse-postale = அஞ்சல் முகவரியின் கூடுதல் விவரம்
tm-la-demande-dadresse-postale-permet = அஞ்சல் முகவரிக் கட்டம் பயனர் தன் முகவரியை எழுத உதவுகிறது.
tm-bloc-fonctionnel-d-adresse-postale = அஞ்சல் முகவரிக் கட்டங்களின் குழு (address)
tm-demande-dune-adresse-postale-nationale = பிரான்சில் உள்ள அஞ்சல் முகவரியைக் கேட்டல்
tm-demande-dune-adresse-postale-nationale-2 = பிரான்சில் உள்ள அஞ்சல் முகவரியைக் கேட்டல் + இடத்தின் பெயர், துணை நகராட்சி அல்லது அஞ்சல் பெட்டி
tm-complement-d-adresse = முகவரியின் கூடுதல் விவரம்

## dsfr: layout/pattern/civility

tm-docteur = மருத்துவர்
tm-inspecteur = ஆய்வாளர் (inspecteur)
tm-sans-reponse = பதில் இல்லை
tm-titre-dappel = அழைக்கும் முறை (உங்களை எப்படி அழைக்க வேண்டும்)
tm-demande-de-situation-familiale = குடும்ப நிலையைக் கேட்டல்
tm-demande-du-titre-dappel = அழைக்கும் முறையைக் கேட்டல்
tm-concubinage = திருமணம் இல்லாமல் சேர்ந்து வாழ்தல்
tm-pacse = PACS ஒப்பந்தத்தில் உள்ளவர்
tm-marie = திருமணமானவர்
tm-veuf = மனைவியை இழந்தவர்
tm-divorce = விவாகரத்து ஆனவர்
tm-recteur = கல்வி மண்டலத் தலைவர் (recteur)
tm-proviseur = மேல்நிலைப் பள்ளித் (lycée) தலைமையாசிரியர்
tm-professeur = ஆசிரியர்
tm-principal = நடுநிலைப் பள்ளித் (collège) தலைமையாசிரியர்
tm-la-demande-de-civilite-permet-a = தனிநபர் நிலைக் கட்டம் மூலம் பயனர் தன் தகவலைத் தரலாம் (பாலினம், குடும்ப நிலை, அழைக்கும் முறை).
tm-les-boutons-radios-sont-recommandes = பயனர் 2 முதல் 5 விருப்பங்களில் ஒன்றைத் தேர்ந்தெடுக்க வேண்டும்போது, ஒன்றைத் தேர்ந்தெடுக்கும் பொத்தான்கள் (radio) பரிந்துரைக்கப்படுகின்றன.
tm-au-dela-de-5-choix-ou = 5க்கு மேற்பட்ட விருப்பங்கள் இருந்தால் அல்லது இடம் போதவில்லை என்றால், கீழிறங்கும் பட்டியலைப் பயன்படுத்துவது நல்லது.
tm-bloc-fonctionnel-de-civilite-civility = தனிநபர் நிலைக் கட்டங்களின் குழு (civility)
tm-demande-du-sexe = பாலினத்தைக் கேட்டல்

## dsfr: layout/pattern/company

tm-numero-de-siret = SIRET எண்
tm-denomination = நிறுவனத்தின் பெயர்
tm-cedex = Cedex (நிறுவனங்களுக்கான சிறப்பு அஞ்சல் குறியீடு)
tm-type-de-societe = நிறுவனத்தின் வகை
tm-nom-d-usage = நீங்கள் பயன்படுத்தும் பெயர்
tm-nom-de-naissance = பிறப்பின்போது இருந்த குடும்பப் பெயர்
tm-fonction-dans-la-societe = நிறுவனத்தில் உங்கள் பதவி
tm-siret-de-l-entreprise = நிறுவனத்தின் SIRET எண்
tm-representant-moral-de-l-entreprise = நிறுவனத்தின் சட்டப் பிரதிநிதி
tm-indication-nom-de-famille-non-rectifie = குறிப்பு: நீதிமன்ற முடிவால் திருத்தப்படுவதற்கு முன் இருந்த குடும்பப் பெயர்.
tm-france = பிரான்ஸ்
tm-allemagne = ஜெர்மனி
tm-italie = இத்தாலி
tm-espagne = ஸ்பெயின்
tm-royaume-uni = ஐக்கிய இராச்சியம்
tm-entrepreneur-individuel-ei = தனிநபர் தொழில்முனைவோர் (EI)
tm-entreprise-unipersonnelle-a = ஒருவருக்குச் சொந்தமான வரையறுக்கப்பட்ட பொறுப்பு நிறுவனம் (EURL)
tm-societe-a-responsabilite-limitee-sarl = வரையறுக்கப்பட்ட பொறுப்பு நிறுவனம் (SARL)
tm-societe-par-actions-simplifiee = ஒருவருக்குச் சொந்தமான எளிய பங்கு நிறுவனம் (SASU)
tm-societe-par-actions-simplifiee-sas = எளிய பங்கு நிறுவனம் (SAS)
tm-societe-anonyme-sa = பங்கு நிறுவனம் (SA)
tm-societe-en-nom-collectif-snc = கூட்டுப் பெயர் நிறுவனம் (SNC)
tm-societe-en-commandite-simple-scs = எளிய வரையறுக்கப்பட்ட கூட்டாண்மை நிறுவனம் (SCS)
tm-societe-en-commandite-par-actions-sca = பங்குகளுடன் வரையறுக்கப்பட்ட கூட்டாண்மை நிறுவனம் (SCA)
tm-la-demande-de-renseignement-sur-la = நிறுவனத் தகவல் கட்டங்கள் பயனர் தன் நிறுவனம் பற்றிய தகவலை எழுத உதவுகின்றன.
tm-bloc-fonctionnel-de-societe-company = நிறுவனக் கட்டங்களின் குழு (company)
tm-demande-d-un-numero-de-siret = SIRET எண்ணைக் கேட்டல்
tm-demande-dune-adresse-de-siege-social = நிறுவனத் தலைமை அலுவலக முகவரியைக் கேட்டல்
tm-demande-dun-type-de-societe = நிறுவன வகையைக் கேட்டல்
tm-demande-dun-representant-moral = சட்டப் பிரதிநிதியைக் கேட்டல்

## dsfr: layout/pattern/date

tm-indication-texte-de-description = குறிப்பு: கூடுதல் விளக்க உரை
tm-exemple-2 = எடுத்துக்காட்டு: { $n }
tm-le-jour-est-invalide = நாள் தவறானது
tm-le-mois-est-invalide = மாதம் தவறானது
tm-lannee-est-invalide = ஆண்டு தவறானது
tm-le-jour-est-invalide-le-mois-est = நாள் தவறானது மாதம் தவறானது ஆண்டு தவறானது
tm-la-date-est-posterieure-a-aujourdhui = தேதி இன்றைக்குப் பிறகு உள்ளது (எதிர்காலத்தில்)
tm-le-champ-de-saisie-de-date = தேதிக் கட்டம் மூன்று உரைக் கட்டங்களால் ஆனது.
tm-bloc-fonctionnel-de-date-unique-date = ஒற்றைத் தேதிக் கட்டங்களின் குழு (date)
tm-defaut = வழக்கமானது
tm-erreur-unitaire = ஒரு கட்டத்தில் பிழை
tm-erreur-globale = பொதுப் பிழை

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = குறிப்பு: இந்த முகவரி சேவையில் உள்நுழைவதற்கு மட்டுமே பயன்படுத்தப்படும்.
tm-le-format-de-ladresse-electronique = நீங்கள் எழுதிய மின்னஞ்சல் முகவரியின் வடிவம் சரியில்லை. சரியான வடிவம்: { $email }
tm-la-demande-d-email-est-un = மின்னஞ்சல் கட்டம் என்பது மின்னஞ்சல் முகவரியை எழுத உதவும் ஒரு குழு.
tm-bloc-fonctionnel-de-demande-d-email = மின்னஞ்சல் கட்டங்களின் குழு (email)
tm-demande-d-une-adresse-electronique = மின்னஞ்சல் முகவரியைக் கேட்டல்
tm-demande-d-une-adresse-electronique-2 = மின்னஞ்சல் முகவரியைக் கேட்டல் - பிழை
tm-demande-et-indication-de-traitement-dune = மின்னஞ்சல் முகவரியைக் கேட்டலும் அது எப்படிப் பயன்படுத்தப்படும் என்பதும்
tm-demande-et-indication-de-traitement-dune-2 = மின்னஞ்சல் முகவரியைக் கேட்டலும் அது எப்படிப் பயன்படுத்தப்படும் என்பதும் - பிழை

## dsfr: layout/pattern/name

tm-indication-ancien-nom = குறிப்பு: முந்தைய பெயர்…
tm-ajouter-un-prenom = ஒரு முதல் பெயரைச் சேர்
tm-la-demande-de-nom-et-prenom = பெயர் மற்றும் முதல் பெயர்க் கட்டங்கள் பயனர் தன் குடும்பப் பெயரையும் முதல் பெயரையும் எழுத உதவுகின்றன.
tm-bloc-fonctionnel-de-nom-et-prenom = குடும்பப் பெயர் மற்றும் முதல் பெயர்க் கட்டங்களின் குழு (name)
tm-demande-dun-nom-et-dun-prenom = பிரான்சில் குடும்பப் பெயரையும் முதல் பெயரையும் கேட்டல்
tm-avec-prenom-desactive = முதல் பெயர்க் கட்டம் செயலிழந்த நிலையில்
tm-avec-nom-d-usage = பயன்படுத்தும் பெயருடன்
tm-avec-nom-d-usage-prenom-desactive = பயன்படுத்தும் பெயருடன் + முதல் பெயர்க் கட்டம் செயலிழந்து
tm-avec-bouton = பொத்தானுடன்
tm-avec-bouton-prenom-desactive = பொத்தானுடன் + முதல் பெயர்க் கட்டம் செயலிழந்து
tm-demande-dun-nom-et-dun-prenom-2 = பிரான்சுக்கு வெளியே குடும்பப் பெயரையும் முதல் பெயரையும் கேட்டல்

## dsfr: layout/pattern/nationality

tm-nationalite = நாட்டுரிமை
tm-allemande = ஜெர்மன்
tm-italienne = இத்தாலியன்
tm-espagnole = ஸ்பானிஷ்
tm-la-demande-de-nationalite-permet-daider = நாட்டுரிமைக் கட்டம் பயனர் தன் நாட்டுரிமையை எழுத உதவுகிறது.
tm-bloc-fonctionnel-de-nationalite = நாட்டுரிமைக் கட்டங்களின் குழு (nationality)
tm-demande-de-nationalite = நாட்டுரிமையைக் கேட்டல்

## dsfr: layout/pattern/tel

tm-numero-de-telephone = தொலைபேசி எண்
tm-format-attendu-33-5-36-49 = சரியான வடிவம்: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = நீங்கள் எழுதிய தொலைபேசி எண்ணின் வடிவம் சரியில்லை. சரியான வடிவம்: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = தொலைபேசி எண் கட்டம் என்பது தொலைபேசி எண்ணை எழுத உதவும் ஒரு குழு.
tm-bloc-fonctionnel-de-telephone-tel = தொலைபேசிக் கட்டங்களின் குழு (tel)
tm-demande-d-un-numero-de-telephone = தொலைபேசி எண்ணைக் கேட்டல்
tm-demande-d-un-numero-de-telephone-2 = தொலைபேசி எண்ணைக் கேட்டல் - பிழை

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = வதிவிட அனுமதி விண்ணப்பம் – தனிப்பட்ட மற்றும் குடும்ப வாழ்க்கை
tm-identite-et-situation-familiale = அடையாளமும் குடும்ப நிலையும்
tm-les-champs-suivis-dun-asterisque-sont = நட்சத்திரக் குறி ( * ) உள்ள கட்டங்கள் கட்டாயம்.
tm-si-vous-avez-plusieurs-prenoms-indiquez = உங்களுக்குப் பல முதல் பெயர்கள் இருந்தால், அனைத்தையும் காற்புள்ளியால் (,) பிரித்து எழுதுங்கள்.
tm-algerienne = அல்ஜீரியன்
tm-afghane = ஆப்கானியன்
tm-erythreenne = எரித்திரியன்
tm-georgienne = ஜார்ஜியன்
tm-ukrainienne = உக்ரேனியன்
tm-votre-situation-a-la-date-de = விண்ணப்பத் தேதியில் உங்கள் நிலை
tm-avez-vous-des-enfants-a-charge = உங்களைச் சார்ந்திருக்கும் (நீங்கள் செலவு செய்யும்) குழந்தைகள் உள்ளனரா?
tm-nom-et-prenom-du-conjoint = கணவன் அல்லது மனைவியின் குடும்பப் பெயரும் முதல் பெயரும்
tm-date-du-mariage = திருமணத் தேதி
tm-date-de-conclusion-du-pacs = PACS ஒப்பந்தம் கையெழுத்தான தேதி
tm-ajouter-un-enfant = ஒரு குழந்தையைச் சேர்
tm-enfant-n = குழந்தை எண் { $numero }
tm-prenom-de-lenfant = குழந்தையின் முதல் பெயர்
tm-date-de-naissance-de-lenfant = குழந்தையின் பிறந்த தேதி
tm-supprimer-lenfant-n = குழந்தை எண் { $numero } ஐ நீக்கு
tm-etape-suivante-recapitulatif = அடுத்த படி: சுருக்கம்
tm-exemple-06-12-34-56-78 = எடுத்துக்காட்டு: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 இலக்கங்கள், உங்கள் வதிவிட அனுமதியில் அல்லது ரசீதில் (récépissé) எழுதப்பட்டுள்ளது
tm-jatteste-sur-lhonneur-lexactitude-des = நான் கொடுத்த தகவல்கள் சரியானவை என்று என் மரியாதையின் மீது உறுதியளிக்கிறேன்
tm-une-erreur-est-survenue-votre-dossier = ஒரு பிழை ஏற்பட்டது. உங்கள் கோப்பைச் சமர்ப்பிக்க முடியவில்லை. குறிக்கப்பட்ட கட்டங்களைத் திருத்தி, உங்கள் கோப்பை மீண்டும் சமர்ப்பியுங்கள்.
tm-le-champ-adresse-electronique-est = «மின்னஞ்சல் முகவரி» (Adresse électronique) கட்டம் தவறானது. சரியான மின்னஞ்சல் முகவரியை எழுதுங்கள், எடுத்துக்காட்டாக nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = «வெளிநாட்டவர் எண்» (Numéro étranger) கட்டத்தில் 10 இலக்கங்கள் இருக்க வேண்டும்
tm-recapitulatif = சுருக்கம்
tm-votre-dossier-a-bien-ete-depose = உங்கள் கோப்பு சமர்ப்பிக்கப்பட்டது
tm-un-courriel-de-confirmation-vous-a = { $email } என்ற முகவரிக்கு உறுதிப்படுத்தும் மின்னஞ்சல் உங்களுக்கு அனுப்பப்பட்டது.
tm-enfants-a-charge = உங்களைச் சார்ந்திருக்கும் குழந்தைகள்

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = சந்திப்பு நேரம் பதிவு – வதிவிட அனுமதி முகப்பு
tm-vous-pouvez-prendre-rendez-vous-au = préfecture இன் «வதிவிட அனுமதிகள்» (Titres de séjour) முகப்பில் சந்திப்பு நேரம் பதிவு செய்யலாம். தொடங்கும் முன், சேவையைப் பயன்படுத்துவதற்கான நிபந்தனைகளைப் படியுங்கள்: ஒருவருக்கு ஒரே ஒரு சந்திப்பு நேரம், முழுமையில்லாத எந்த விண்ணப்பமும் ரத்து செய்யப்படும்.
tm-jaccepte-les-conditions-generales = பயன்பாட்டின் பொது நிபந்தனைகளை ஏற்கிறேன்
tm-vos-informations = உங்கள் தகவல்
tm-choisissez-le-motif-qui-correspond-a = உங்கள் நிலைக்குப் பொருந்தும் காரணத்தைத் தேர்ந்தெடுங்கள்
tm-remise-de-titre-de-sejour = வதிவிட அனுமதியைப் பெற்றுக்கொள்ளுதல்
tm-premiere-demande-de-titre-de-sejour = முதல் வதிவிட அனுமதி விண்ணப்பம் – மாணவர்
tm-renouvellement-de-titre-de-sejour = வதிவிட அனுமதிப் புதுப்பித்தல் – சம்பளம் பெறும் பணியாளர்
tm-duplicata-de-titre-de-sejour-perte = வதிவிட அனுமதியின் புதிய நகல் (தொலைந்தது அல்லது திருடப்பட்டது)
tm-changement-dadresse-sur-le-titre-de = வதிவிட அனுமதியில் முகவரி மாற்றம்
tm-tel-quil-figure-sur-votre-passeport = உங்கள் கடவுச்சீட்டில் எழுதப்பட்டுள்ளபடி
tm-la-convocation-vous-sera-envoyee-a = அழைப்புக் கடிதம் (convocation) இந்த முகவரிக்கு உங்களுக்கு அனுப்பப்படும்
tm-etape-suivante = அடுத்த படி
tm-veuillez-choisir-le-motif-de-votre = தயவுசெய்து உங்கள் சந்திப்பு நேரத்தின் காரணத்தைத் தேர்ந்தெடுங்கள்
tm-ce-champ-est-obligatoire = இந்தக் கட்டம் கட்டாயம்
tm-veuillez-saisir-une-adresse-electronique = தயவுசெய்து சரியான மின்னஞ்சல் முகவரியை எழுதுங்கள்
tm-le-numero-etranger-comporte-10-chiffres = வெளிநாட்டவர் எண்ணில் (numéro étranger) 10 இலக்கங்கள் உள்ளன
tm-recommencer = மீண்டும் தொடங்கு

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = கடந்த மூன்று மாதங்களில் உங்கள் வீட்டில் உள்ளவர்கள் பெற்ற வருமானத்தை அறிவியுங்கள். இந்த அறிவிப்பு இல்லாவிட்டால், உங்கள் RSA அல்லது prime d’activité (வேலை உதவித்தொகை) வழங்குவது நிறுத்தப்படும்.
tm-7-chiffres-il-figure-sur-tous = 7 இலக்கங்கள், Caf இடமிருந்து வரும் உங்கள் எல்லாக் கடிதங்களிலும் எழுதப்பட்டுள்ளது
tm-avez-vous-percu-des-salaires-au = இந்த மூன்று மாதங்களில் சம்பளம் பெற்றீர்களா?
tm-votre-situation-familiale-a-t-elle = உங்கள் குடும்ப நிலை மாறியதா?
tm-indiquez-le-montant-net-avant = மூலத்தில் வரி பிடிப்பதற்கு முந்தைய நிகரத் தொகையை எழுதுங்கள், அல்லது அந்த மாதம் எதுவும் பெறவில்லை என்றால் 0 எழுதுங்கள்.
tm-montant-des-salaires-percus-mois-en = பெற்ற சம்பளத் தொகை – மாதம் { $n } (யூரோவில்)
tm-salaire-net-primes-comprises = நிகரச் சம்பளம், போனஸ் (primes) உட்பட
tm-nature-du-changement = மாற்றத்தின் வகை
tm-choisissez = தேர்ந்தெடுங்கள்…
tm-mariage = திருமணம்
tm-pacs = PACS ஒப்பந்தம் (குடிமை இணை ஒப்பந்தம்)
tm-vie-en-couple = தம்பதியாகச் சேர்ந்து வாழ்தல்
tm-separation = பிரிதல்
tm-naissance-ou-arrivee-dun-enfant = குழந்தை பிறப்பு அல்லது வருகை
tm-deces-du-conjoint = கணவன் அல்லது மனைவியின் இறப்பு
tm-date-du-changement = மாற்றத்தின் தேதி
tm-a-savoir-la-date-figure-sur = தெரிந்துகொள்ளுங்கள்: தேதி அந்த மாற்றத்தின் சான்றிதழில் அல்லது ஆதார ஆவணத்தில் எழுதப்பட்டுள்ளது (நாள்/மாதம்/ஆண்டு JJ/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = CAF உதவித்தொகை பெறுபவர் எண்ணில் (numéro allocataire) 7 இலக்கங்கள் உள்ளன.
tm-indiquez-un-montant-en-euros-par = யூரோவில் ஒரு தொகையை எழுதுங்கள், எடுத்துக்காட்டாக 1250 அல்லது 0.
tm-la-date-doit-etre-au-format = தேதியை இந்த வடிவத்தில் எழுத வேண்டும்: நாள்/மாதம்/ஆண்டு (JJ/MM/AAAA).
tm-votre-declaration-contient-erreurs = { $n ->
        [one] உங்கள் அறிவிப்பில் { $n } பிழை உள்ளது.
       *[other] உங்கள் அறிவிப்பில் { $n } பிழைகள் உள்ளன.
    }
tm-envoi-de-votre-declaration-en-cours = உங்கள் அறிவிப்பு அனுப்பப்படுகிறது…
tm-votre-declaration-a-bien-ete-enregistree = உங்கள் அறிவிப்பு பதிவு செய்யப்பட்டது.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = உங்கள் உள்நுழைவு நேரம் முடிந்தது. பாதுகாப்புக் காரணங்களுக்காக நீங்கள் கணக்கிலிருந்து வெளியேற்றப்பட்டீர்கள். தயவுசெய்து மீண்டும் உள்நுழையுங்கள்.
tm-veuillez-saisir-votre-identifiant-votre = தயவுசெய்து உங்கள் பயனர் பெயரை எழுதுங்கள்: உங்கள் வெளிநாட்டவர் எண் (numéro étranger) அல்லது மின்னஞ்சல் முகவரி.

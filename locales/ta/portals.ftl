### Relais — translation memory, Tamil: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


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

tm-cette-demarche-est-soumise-a-un = இந்த நடைமுறைக்கு «படித்ததற்கான ஒப்புகை» (accusé de lecture) தேவை. உங்கள் கோப்பில் எடுக்கப்பட்ட முடிவைக் காட்டுமாறு கேட்பதன் மூலம், நீங்கள் படித்ததற்கான ஒப்புகையை ஏற்கிறீர்கள், அதனால் மேல்முறையீட்டுக்கான சட்டக் கால அவகாசம் தொடங்குகிறது.
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

tm-la-piece-jointe-a-bien-ete = இணைப்புக் கோப்பு ({ $attachment }) வெற்றிகரமாக நீக்கப்பட்டது. நீங்கள் வேறொன்றைச் சேர்க்கலாம்.
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

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = படத்தில் உள்ள எழுத்துகளையும் இலக்கங்களையும் உள்ளிடுங்கள்
tm-afin-de-verifier-que-vous-netes = நீங்கள் ரோபோ அல்ல என்பதைச் சரிபார்க்க, படத்தில் காட்டப்படும் எழுத்துகளையும் இலக்கங்களையும் அப்படியே எழுதுங்கள். அவற்றைக் கேட்க «கேப்ட்சா குறியீட்டை ஒலிக்கச் செய்» (« Énoncer le code du captcha ») பொத்தானைப் பயன்படுத்துங்கள்; வேறு படம் பெற «புதிய கேப்ட்சாவை உருவாக்கு» (« Générer un nouveau captcha ») பொத்தானைப் பயன்படுத்துங்கள்.
tm-les-majuscules-et-minuscules-ne-sont = பெரிய எழுத்துகளுக்கும் சிறிய எழுத்துகளுக்கும் வேறுபாடு பார்க்கப்படாது.
tm-pour-acceder-au-calendrier-des-rendez = சந்திப்பு நாட்காட்டியை அடைய, பாதுகாப்புக் குறியீட்டை அப்படியே எழுதி, பிறகு «அடுத்து» (« Suivant ») என்பதைக் கிளிக் செய்யுங்கள்.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = உங்கள் தொடர்பு விவரங்கள்
tm-format-attendu-nom-domaine-fr = எதிர்பார்க்கப்படும் வடிவம்: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = நேரத்தைத் தேர்ந்தெடுப்பதற்கு முன், உங்கள் விண்ணப்பத்தை உறுதிப்படுத்துங்கள். அலுவலக முகப்பின் (guichet) காலியிடங்களைப் பொறுத்து ஒவ்வொரு வாரமும் சந்திப்பு நேரங்கள் திறக்கப்படும்.

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = ரோபோ எதிர்ப்புச் சரிபார்ப்பு
tm-cliquez-sur-clique-ici-pour-verifier = «சரிபார்க்க இங்கே கிளிக் செய்» (« Clique ici pour vérifier ») என்பதைக் கிளிக் செய்யுங்கள்: சரிபார்ப்பு தானாக, சோதனை இன்றி நடக்கும்.
tm-clique-ici-pour-verifier = சரிபார்க்க இங்கே கிளிக் செய்
tm-pour-toute-question-relative-a-vos = உங்கள் நடைமுறைகள் (வதிவிட அனுமதி அட்டைகள், ஓட்டுநர் உரிமங்கள், சங்கங்கள்) தொடர்பான எந்தக் கேள்விக்கும் இந்தப் படிவத்தைப் பயன்படுத்துங்கள். 15 வேலை நாட்களுக்குள் உங்களுக்குப் பதில் அளிக்கப்படும்.

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = வாகனப் பதிவு எண் (immatriculation)
tm-format-attendu-ab-123-cd = எதிர்பார்க்கப்படும் வடிவம்: AB-123-CD
tm-cochez-la-case-je-suis-un = தொடர «நான் மனிதர்» (« Je suis un humain ») கட்டத்தைக் குறியிடுங்கள்.
tm-envoyer-ma-demande = என் விண்ணப்பத்தை அனுப்பு
tm-les-residents-des-secteurs-de = கட்டண வாகன நிறுத்தப் பகுதிகளில் வசிப்பவர்கள், குடியிருப்பாளர் கட்டணத்தைப் பெறும் அட்டையைக் கோரலாம். 3 மாதத்துக்குள்ளான முகவரிச் சான்றையும் வாகனப் பதிவுச் சான்றிதழையும் தயாராக வைத்திருங்கள்.

## fixture: captcha/image-generic.html

tm-reference-du-dossier = கோப்பின் குறிப்பு எண்
tm-recopiez-les-caracteres-affiches = காட்டப்படும் எழுத்துகளையும் இலக்கங்களையும் அப்படியே எழுதுங்கள்
tm-code-de-securite = பாதுகாப்புக் குறியீடு
tm-exemple-pc-034172-24-m0123 = உதாரணம்: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 எழுத்துக்குறிகள், இலக்கங்களும் பெரிய எழுத்துகளும்
tm-generer-un-nouveau-code = புதிய குறியீட்டை உருவாக்கு
tm-envoyer-la-demande = விண்ணப்பத்தை அனுப்பு
tm-vous-pouvez-demander-la-copie-dun = இந்த நகராட்சியில் வழங்கப்பட்ட கட்டட அனுமதி அல்லது முன் அறிவிப்பின் (déclaration préalable) நகலைக் கோரலாம். ஆவணங்கள் மின்னணு முறையில் அனுப்பப்படும்.

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = ஒவ்வொரு பக்கமும், இணையம் இல்லாமல், அரசு இணையதளங்களில் காணப்படும் ஒரு வகை CAPTCHA வின் அமைப்பை மீண்டும் உருவாக்குகிறது, Relais அதைக் கண்டறிவதைச் சோதிக்க (Relais ஒருபோதும் CAPTCHA வைத் தீர்ப்பதோ தவிர்ப்பதோ இல்லை). எந்த வெளிச் சேவையும் தொடர்புகொள்ளப்படுவதில்லை: ஸ்கிரிப்டுகள், சட்டகங்கள், படங்கள், ஒலிகள் அனைத்தும் உள்ளூர்க் கோப்புகள் (vendor/ கோப்புறை).

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = சந்திப்பை உறுதிப்படுத்து
tm-choisissez-un-creneau-pour-deposer-votre = உங்கள் விண்ணப்பத்தைச் சமர்ப்பிக்க ஒரு நேரத்தைத் தேர்ந்தெடுங்கள். பக்கம் ஏற்றப்பட்டதும் பாதுகாப்புச் சோதனை தோன்றும்.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = பாதுகாப்புக் கேள்வி: 3 + 4 எவ்வளவு?
tm-repondez-en-chiffres-cette-question = இலக்கங்களில் பதிலளியுங்கள். நீங்கள் ரோபோ அல்ல என்பதைச் சரிபார்க்க இந்தக் கேள்வி உதவுகிறது.
tm-sinscrire = பதிவுசெய்
tm-recevez-chaque-mois-lactualite-du = ஒவ்வொரு மாதமும் மாவட்டத்தின் (Département) செய்திகளைப் பெறுங்கள்: உதவிகள், சாலைகள், நடுநிலைப் பள்ளிகள், சமூக ஆதரவு. எந்த நேரத்திலும் பதிவை ரத்துசெய்யலாம்.

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = சந்திப்புக்கான காரணம்
tm-cochez-la-case-je-ne-suis = «நான் ரோபோ அல்ல» (« Je ne suis pas un robot ») கட்டத்தைக் குறியிடுங்கள். படச் சோதனை ஒன்று தோன்றலாம்; அதில் ஒலி வடிவமும் உண்டு.
tm-demander-un-rendez-vous = சந்திப்பைக் கோரு
tm-selectionner-un-motif = ஒரு காரணத்தைத் தேர்ந்தெடு
tm-premiere-demande = முதல் விண்ணப்பம்
tm-renouvellement = புதுப்பித்தல்
tm-duplicata = இரண்டாம் நகல் (duplicata)
tm-ce-formulaire-vous-permet-de-demander = ரோன் பிரெஃபெக்சரின் (préfecture du Rhône, லியோன்) வெளிநாட்டவர் முகப்பில் சந்திப்பைக் கோர இந்தப் படிவம் உதவுகிறது. உறுதிப்படுத்தல் மின்னஞ்சலில் அனுப்பப்படும்.

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = ஆவண வகை
tm-copie-integrale = முழு நகல்
tm-extrait-avec-filiation = பெற்றோர் விவரங்களுடன் கூடிய சுருக்கச் சான்று
tm-extrait-sans-filiation = பெற்றோர் விவரங்கள் இல்லாத சுருக்கச் சான்று
tm-demandez-en-ligne-une-copie-integrale = லியோனில் நடந்த பிறப்புக்கான பிறப்புச் சான்றிதழின் முழு நகலையோ சுருக்கச் சான்றையோ இணையத்தில் கோருங்கள். சான்றிதழ் 8 நாட்களுக்குள் அஞ்சலில் அனுப்பப்படும்.
tm-ce-site-est-protege-par-recaptcha = இந்த இணையதளம் reCAPTCHA மூலம் பாதுகாக்கப்படுகிறது; Google இன் தனியுரிமை விதிகளும் பயன்பாட்டு விதிமுறைகளும் பொருந்தும்.

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = இது ஒரு சோதனைப் பக்கம்: விண்ணப்பம் எந்தப் பிரிவுக்கும் அனுப்பப்படவில்லை.

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = சிக்கல் உள்ள இடத்தின் முகவரி
tm-description = விவரம்
tm-envoyer-le-signalement = புகாரை அனுப்பு
tm-nid-de-poule-eclairage-en-panne = சாலைக் குழி, பழுதான விளக்கு, முறைகேடாகக் கொட்டிய குப்பை: நகரச் சேவைகளுக்குத் தெரிவியுங்கள். உங்கள் புகார் எப்படிக் கையாளப்படுகிறது என்பது மின்னஞ்சலில் தெரிவிக்கப்படும்.

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = நீங்கள் மனிதர் என்பதை உறுதிப்படுத்துங்கள்
tm-operation-reussie = ✔செயல் வெற்றிகரமாக முடிந்தது!
tm-saisissez-ce-que-vous-entendez = நீங்கள் கேட்பதை உள்ளிடுங்கள்
tm-lecture = இயக்கு

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

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = என் பயனர் அடையாளத்துடன் உள்நுழை
tm-votre-identifiant-est-votre-numero = உங்கள் பயனர் அடையாளம் உங்கள் வெளிநாட்டவர் எண் (numéro étranger, 10 இலக்கங்கள்) அல்லது உங்கள் மின்னஞ்சல் முகவரி
tm-sidentifier-avec-franceconnect = FranceConnect மூலம் உள்நுழை
tm-creer-mon-compte = என் கணக்கை உருவாக்கு
tm-la-creation-dun-compte-est-necessaire = வதிவிட அனுமதி, குடியுரிமை (naturalisation) அல்லது பயண ஆவணத்துக்கான விண்ணப்பத்தைச் சமர்ப்பிக்கக் கணக்கு உருவாக்குவது அவசியம்.
tm-votre-numero-etranger-comporte-10 = உங்கள் வெளிநாட்டவர் எண்ணில் 10 இலக்கங்கள் உள்ளன. அது உங்கள் வதிவிட அனுமதி அட்டையிலோ, வதிவிட அனுமதி விண்ணப்ப ரசீதிலோ (récépissé), தற்காலிக வதிவிட அனுமதியிலோ (autorisation provisoire de séjour) இருக்கும்.
tm-si-vous-navez-jamais-eu-de = பிரான்சில் உங்களுக்கு ஒருபோதும் வதிவிட அனுமதி இருந்ததில்லை என்றால், உங்கள் மின்னஞ்சல் முகவரியைப் பயன்படுத்துங்கள்.

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = 06 12 34 56 78 என்ற எண்ணுக்குத் திரும்ப அழைக்குமாறு நீங்கள் கேட்ட கோரிக்கையை ஏற்க முடியவில்லை. marie.kowalczyk@example.fr என்ற முகவரியில் உங்களுக்குப் பதிலளிப்போம் (உதவித்தொகை பெறுபவர் எண் 1234567).

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

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = ஒவ்வொரு பக்கமும் சோதனைகளுக்காக எழுதப்பட்ட எளிய பாவனை; எதுவும் உண்மையான இணையதளத்தின் நகல் அல்ல.

## fixture: portals/mots-cles

tm-nom-de-famille = குடும்பப் பெயர்
tm-prenom-s = முதல் பெயர்(கள்)
tm-date-dexpiration-de-votre-titre-de = உங்கள் வதிவிட அனுமதி காலாவதியாகும் தேதி
tm-n-de-recepisse = ரசீது (récépissé) எண்
tm-courriel = மின்னஞ்சல்
tm-remplissez-ce-formulaire-pour-connaitre = உங்கள் விண்ணப்பத்தின் முன்னேற்ற நிலையை அறிய இந்தப் படிவத்தை நிரப்புங்கள். 15 வேலை நாட்களுக்குள் மின்னஞ்சலில் பதில் அனுப்பப்படும்.

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

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = சேவை தற்போது பராமரிப்பில் உள்ளது. சிரமத்துக்கு மன்னிக்கவும், பிறகு மீண்டும் முயலுங்கள்.
tm-les-demandes-deja-deposees-ne-sont = ஏற்கனவே சமர்ப்பிக்கப்பட்ட விண்ணப்பங்களை இந்தத் தடை பாதிக்காது. பராமரிப்பின்போது உங்கள் வதிவிட அனுமதி காலாவதியானால், உங்கள் attestation de prolongation d’instruction (பரிசீலனை நீட்டிப்புச் சான்று) செல்லுபடியாகவே இருக்கும்.

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

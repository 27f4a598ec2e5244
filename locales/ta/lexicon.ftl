### Relais lexicon, Tamil: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .gen (genitive), .pl, .gen-pl, .acc and .acc-pl (a person as an object). Verbs: .imp (the imperative, as on
### buttons), .pp (participle before a noun), .pp-fin (a status after its noun). Adjectives: value (before the noun, no agreement).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = குழந்தை
    .gen = குழந்தையின்
    .pl = குழந்தைகள்
    .gen-pl = குழந்தைகளின்
    .acc = குழந்தையை
    .acc-pl = குழந்தைகளை
word-message = செய்தி
    .gen = செய்தியின்
    .pl = செய்திகள்
    .gen-pl = செய்திகளின்
word-document = ஆவணம்
    .gen = ஆவணத்தின்
    .pl = ஆவணங்கள்
    .gen-pl = ஆவணங்களின்
word-changement = மாற்றம்
    .gen = மாற்றத்தின்
    .pl = மாற்றங்கள்
    .gen-pl = மாற்றங்களின்
word-page = பக்கம்
    .gen = பக்கத்தின்
    .pl = பக்கங்கள்
    .gen-pl = பக்கங்களின்
word-question = கேள்வி
    .gen = கேள்வியின்
    .pl = கேள்விகள்
    .gen-pl = கேள்விகளின்
word-reponse = பதில்
    .gen = பதிலின்
    .pl = பதில்கள்
    .gen-pl = பதில்களின்
word-bouton = பொத்தான்
    .gen = பொத்தானின்
    .pl = பொத்தான்கள்
    .gen-pl = பொத்தான்களின்
word-liste = பட்டியல்
    .gen = பட்டியலின்
    .pl = பட்டியல்கள்
    .gen-pl = பட்டியல்களின்
word-type = வகை
    .gen = வகையின்
    .pl = வகைகள்
    .gen-pl = வகைகளின்
word-service = சேவை
    .gen = சேவையின்
    .pl = சேவைகள்
    .gen-pl = சேவைகளின்

word-formulaire = படிவம்
    .gen = படிவத்தின்
    .pl = படிவங்கள்
    .gen-pl = படிவங்களின்
word-traitement = செயலாக்கம்
    .gen = செயலாக்கத்தின்
word-verification = சரிபார்ப்பு
    .gen = சரிபார்ப்பின்

## Verbes — Verbs
word-envoyer = அனுப்புதல்
    .imp = அனுப்பு
    .pp = அனுப்பப்பட்ட
    .pp-fin = அனுப்பப்பட்டது
word-fermer = மூடுதல்
    .imp = மூடு
word-continuer = தொடர்தல்
    .imp = தொடர்
word-ajouter = சேர்த்தல்
    .imp = சேர்
word-supprimer = நீக்குதல்
    .imp = நீக்கு
    .pp = நீக்கப்பட்ட
    .pp-fin = நீக்கப்பட்டது
word-confirmer = உறுதிப்படுத்துதல்
    .imp = உறுதிப்படுத்து
word-valider = உறுதிப்படுத்துதல்
    .imp = உறுதிப்படுத்து
    .pp = உறுதிப்படுத்தப்பட்ட
    .pp-fin = உறுதிப்படுத்தப்பட்டது
word-choisir = தேர்ந்தெடுத்தல்
    .imp = தேர்ந்தெடு
word-selectionner = தேர்ந்தெடுத்தல்
    .imp = தேர்ந்தெடு
word-commencer = தொடங்குதல்
    .imp = தொடங்கு
word-enregistrer = சேமித்தல்
    .imp = சேமி
    .pp = சேமிக்கப்பட்ட
    .pp-fin = சேமிக்கப்பட்டது

## Adjectifs — Adjectives
word-nouveau = புதிய
word-personnel = தனிப்பட்ட
word-familial = குடும்ப

## More words
word-information = தகவல்
    .gen = தகவலின்
    .pl = தகவல்கள்
    .gen-pl = தகவல்களின்
word-recommencer = மீண்டும் தொடங்குதல்
    .imp = மீண்டும் தொடங்கு
word-se-connecter = உள்நுழைதல்
    .imp = உள்நுழை

## Verbs known only by their participles (.pp before a noun, .pp-fin in a status: "X saved")
word-desactiver = முடக்கப்பட்ட
    .pp = முடக்கப்பட்ட
    .pp-fin = முடக்கப்பட்டது
word-recevoir = பெறப்பட்ட
    .pp = பெறப்பட்ட
    .pp-fin = பெறப்பட்டது
word-deposer = சமர்ப்பிக்கப்பட்ட
    .pp = சமர்ப்பிக்கப்பட்ட
    .pp-fin = சமர்ப்பிக்கப்பட்டது
word-terminer = முடிந்த
    .pp = முடிந்த
    .pp-fin = முடிந்தது
word-modifier = மாற்றப்பட்ட
    .pp = மாற்றப்பட்ட
    .pp-fin = மாற்றப்பட்டது

## Mois — Months
word-janvier = ஜனவரி
word-fevrier = பிப்ரவரி
word-mars = மார்ச்
word-avril = ஏப்ரல்
word-mai = மே
word-juin = ஜூன்
word-juillet = ஜூலை
word-aout = ஆகஸ்ட்
word-septembre = செப்டம்பர்
word-octobre = அக்டோபர்
word-novembre = நவம்பர்
word-decembre = டிசம்பர்

## More nouns
word-probleme = சிக்கல்
    .gen = சிக்கலின்
    .pl = சிக்கல்கள்
    .gen-pl = சிக்கல்களின்
word-activite = செயல்பாடு
    .gen = செயல்பாட்டின்
    .pl = செயல்பாடுகள்
    .gen-pl = செயல்பாடுகளின்

## More verbs
word-afficher = காட்டுதல்
    .imp = காட்டு
word-reessayer = மீண்டும் முயற்சித்தல்
    .imp = மீண்டும் முயற்சி செய்
word-s-inscrire = பதிவுசெய்தல்
    .imp = பதிவுசெய்
word-creer = உருவாக்குதல்
    .imp = உருவாக்கு

## Concepts
## Glossary concepts inside a sentence: the label and the forms the grammar asks for.
concept-enfant-a-charge = சார்ந்திருக்கும் குழந்தை
    .gen = சார்ந்திருக்கும் குழந்தையின்
    .pl = சார்ந்திருக்கும் குழந்தைகள்
    .gen-pl = சார்ந்திருக்கும் குழந்தைகளின்
    .acc = சார்ந்திருக்கும் குழந்தையை
    .acc-pl = சார்ந்திருக்கும் குழந்தைகளை
concept-fichier = கோப்பு
    .gen = கோப்பின்
    .pl = கோப்புகள்
    .gen-pl = கோப்புகளின்

## Buttons
word-voir = பார்த்தல்
    .imp = பார்
word-consulter = பார்வையிடுதல்
    .imp = பார்வையிடு
word-rechercher = தேடுதல்
    .imp = தேடு

## More nouns (2)
word-historique = வரலாறு
    .gen = வரலாற்றின்
word-utilisateur = பயனர்
    .gen = பயனரின்
    .pl = பயனர்கள்
    .gen-pl = பயனர்களின்
    .acc = பயனரை
    .acc-pl = பயனர்களை

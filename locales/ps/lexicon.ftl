### Relais lexicon, Pashto: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = direct singular, .obl (oblique, after د), .pl, .obl-pl. Verbs: value = the
### infinitive or verbal noun a button uses.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = ماشوم
    .obl = ماشوم
    .pl = ماشومان
    .obl-pl = ماشومانو
word-message = پیغام
    .obl = پیغام
    .pl = پیغامونه
    .obl-pl = پیغامونو
    .your = ستاسو پیغام
    .your-pl = ستاسو پیغامونه
word-document = سند
    .obl = سند
    .pl = اسناد
    .obl-pl = اسنادو
word-changement = بدلون
    .obl = بدلون
    .pl = بدلونونه
    .obl-pl = بدلونونو
word-page = پاڼه
    .obl = پاڼې
    .pl = پاڼې
    .obl-pl = پاڼو
word-question = پوښتنه
    .obl = پوښتنې
    .pl = پوښتنې
    .obl-pl = پوښتنو
word-reponse = ځواب
    .obl = ځواب
    .pl = ځوابونه
    .obl-pl = ځوابونو
word-texte = متن
    .obl = متن
    .pl = متنونه
    .obl-pl = متنونو
word-type = ډول
    .obl = ډول
    .pl = ډولونه
    .obl-pl = ډولونو

## Verbes — Verbs
word-envoyer = لېږل
word-fermer = بندول
word-continuer = دوام
word-ajouter = اضافه کول
word-supprimer = ړنګول
word-confirmer = تایید
word-valider = تایید
word-choisir = ټاکل
word-selectionner = ټاکل
word-commencer = پیلول

## More words
word-information = معلومات
    .obl = معلوماتو
    .pl = معلومات
    .obl-pl = معلوماتو
word-recommencer = بیا پیلول

## Mois — Months
word-janvier = جنوري
    .obl = جنوري
word-fevrier = فبروري
    .obl = فبروري
word-mars = مارچ
    .obl = مارچ
word-avril = اپرېل
    .obl = اپرېل
word-mai = می
    .obl = می
word-juin = جون
    .obl = جون
word-juillet = جولای
    .obl = جولای
word-aout = اګست
    .obl = اګست
word-septembre = سپتمبر
    .obl = سپتمبر
word-octobre = اکتوبر
    .obl = اکتوبر
word-novembre = نومبر
    .obl = نومبر
word-decembre = ډسمبر
    .obl = ډسمبر

## More nouns
word-probleme = ستونزه
    .obl = ستونزې
    .pl = ستونزې
    .obl-pl = ستونزو
word-activite = فعالیت
    .obl = فعالیت
    .pl = فعالیتونه
    .obl-pl = فعالیتونو

## More verbs
word-afficher = ښودل
word-reessayer = بیا هڅه
word-s-inscrire = نوم لیکنه
word-creer = جوړول
word-se-connecter = ننوتل

## Concepts
## Glossary concepts inside a sentence: the label and the forms the grammar asks for.
concept-enfant-a-charge = تر کفالت لاندې ماشوم
    .obl = تر کفالت لاندې ماشوم
    .pl = تر کفالت لاندې ماشومان
    .obl-pl = تر کفالت لاندې ماشومانو
concept-fichier = فایل
    .obl = فایل
    .pl = فایلونه
    .obl-pl = فایلونو

## More words (3)
word-formulaire = فورمه
    .obl = فورمې
    .pl = فورمې
    .obl-pl = فورمو
word-utilisateur = کاروونکی
    .obl = کاروونکي
    .pl = کاروونکي
    .obl-pl = کاروونکو
word-service = خدمت
    .obl = خدمت
    .pl = خدمتونه
    .obl-pl = خدمتونو
word-liste = لیست
    .obl = لیست
    .pl = لیستونه
    .obl-pl = لیستونو
word-modifier = بدلول
word-enregistrer = خوندي کول
word-rechercher = لټون
word-annuler = لغوه کول

## Added with the fixture pages' buttons (December 2026): "Suivant" alone, a button (next)
word-suivant = راتلونکی

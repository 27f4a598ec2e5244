### Relais lexicon, Bengali: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .gen (genitive), .pl, .gen-pl, .acc and .acc-pl (a person as an object). Verbs: .imp (the polite imperative, as on
### buttons), .pp (participle before a noun), .pp-fin (a status after its noun). Adjectives: value (before the noun, no agreement).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = শিশু
    .gen = শিশুর
    .pl = শিশুরা
    .gen-pl = শিশুদের
    .acc = শিশুকে
    .acc-pl = শিশুদের
word-message = বার্তা
    .gen = বার্তার
    .pl = বার্তাগুলো
    .gen-pl = বার্তাগুলোর
word-document = নথি
    .gen = নথির
    .pl = নথিগুলো
    .gen-pl = নথিগুলোর
word-changement = পরিবর্তন
    .gen = পরিবর্তনের
    .pl = পরিবর্তনগুলো
    .gen-pl = পরিবর্তনগুলোর
word-page = পৃষ্ঠা
    .gen = পৃষ্ঠার
    .pl = পৃষ্ঠাগুলো
    .gen-pl = পৃষ্ঠাগুলোর
word-question = প্রশ্ন
    .gen = প্রশ্নের
    .pl = প্রশ্নগুলো
    .gen-pl = প্রশ্নগুলোর
word-reponse = উত্তর
    .gen = উত্তরের
    .pl = উত্তরগুলো
    .gen-pl = উত্তরগুলোর
word-bouton = বোতাম
    .gen = বোতামের
    .pl = বোতামগুলো
    .gen-pl = বোতামগুলোর
word-liste = তালিকা
    .gen = তালিকার
    .pl = তালিকাগুলো
    .gen-pl = তালিকাগুলোর
word-type = ধরন
    .gen = ধরনের
word-vol = চুরি
    .gen = চুরির
word-service = সেবা
    .gen = সেবার
    .pl = সেবাগুলো
    .gen-pl = সেবাগুলোর

word-formulaire = ফর্ম
    .gen = ফর্মের
    .pl = ফর্মগুলো
    .gen-pl = ফর্মগুলোর
word-traitement = প্রক্রিয়াকরণ
    .gen = প্রক্রিয়াকরণের
word-verification = যাচাই
    .gen = যাচাইয়ের

## Verbes — Verbs
word-envoyer = পাঠানো
    .imp = পাঠান
    .pp = পাঠানো
    .pp-fin = পাঠানো হয়েছে
word-fermer = বন্ধ করা
    .imp = বন্ধ করুন
word-continuer = চালিয়ে যাওয়া
    .imp = চালিয়ে যান
word-annuler = বাতিল করা
    .imp = বাতিল করুন
word-ajouter = যোগ করা
    .imp = যোগ করুন
word-supprimer = মুছে ফেলা
    .imp = মুছে ফেলুন
    .pp = মুছে ফেলা
    .pp-fin = মুছে ফেলা হয়েছে
word-modifier = পরিবর্তন করা
    .imp = পরিবর্তন করুন
    .pp = পরিবর্তিত
    .pp-fin = পরিবর্তিত
word-confirmer = নিশ্চিত করা
    .imp = নিশ্চিত করুন
word-valider = নিশ্চিত করা
    .imp = নিশ্চিত করুন
    .pp = নিশ্চিত করা
    .pp-fin = নিশ্চিত করা হয়েছে
word-choisir = বেছে নেওয়া
    .imp = বেছে নিন
word-selectionner = নির্বাচন করা
    .imp = নির্বাচন করুন
word-commencer = শুরু করা
    .imp = শুরু করুন
word-enregistrer = সংরক্ষণ করা
    .imp = সংরক্ষণ করুন
    .pp = সংরক্ষিত
    .pp-fin = সংরক্ষিত

## Adjectifs — Adjectives
word-nouveau = নতুন
word-autre = অন্য
word-suivant = পরবর্তী
word-precedent = আগের
word-personnel = ব্যক্তিগত
word-familial = পারিবারিক

## More words
word-information = তথ্য
    .gen = তথ্যের
    .pl = তথ্য
    .gen-pl = তথ্যের
word-recommencer = আবার শুরু করা
    .imp = আবার শুরু করুন
word-se-connecter = লগ ইন করা
    .imp = লগ ইন করুন

## Verbs known only by their participles (.pp before a noun, .pp-fin in a status: "X saved")
word-desactiver = নিষ্ক্রিয়
    .pp = নিষ্ক্রিয়
    .pp-fin = নিষ্ক্রিয়
word-recevoir = প্রাপ্ত
    .pp = প্রাপ্ত
    .pp-fin = প্রাপ্ত
word-deposer = জমা দেওয়া
    .pp = জমা দেওয়া
    .pp-fin = জমা দেওয়া হয়েছে
word-terminer = সম্পন্ন
    .pp = সম্পন্ন
    .pp-fin = সম্পন্ন

## Mois — Months
word-janvier = জানুয়ারি
word-fevrier = ফেব্রুয়ারি
word-mars = মার্চ
word-avril = এপ্রিল
word-mai = মে
word-juin = জুন
word-juillet = জুলাই
word-aout = আগস্ট
word-septembre = সেপ্টেম্বর
word-octobre = অক্টোবর
word-novembre = নভেম্বর
word-decembre = ডিসেম্বর

## More nouns
word-probleme = সমস্যা
    .gen = সমস্যার
    .pl = সমস্যাগুলো
    .gen-pl = সমস্যাগুলোর
word-activite = কাজ
    .gen = কাজের
    .pl = কাজগুলো
    .gen-pl = কাজগুলোর

## More verbs
word-afficher = দেখানো
    .imp = দেখান
word-reessayer = আবার চেষ্টা করা
    .imp = আবার চেষ্টা করুন
word-s-inscrire = নিবন্ধন করা
    .imp = নিবন্ধন করুন
word-creer = তৈরি করা
    .imp = তৈরি করুন

## Concepts
## Glossary concepts inside a sentence: the label and the forms the grammar asks for.
concept-enfant-a-charge = নির্ভরশীল সন্তান
    .gen = নির্ভরশীল সন্তানের
    .pl = নির্ভরশীল সন্তান
    .gen-pl = নির্ভরশীল সন্তানদের
    .acc = নির্ভরশীল সন্তানকে
    .acc-pl = নির্ভরশীল সন্তানদের
concept-fichier = ফাইল
    .gen = ফাইলের
    .pl = ফাইলগুলো
    .gen-pl = ফাইলগুলোর

## Buttons
word-voir = দেখা
    .imp = দেখুন
word-consulter = দেখা
    .imp = দেখুন
word-rechercher = খোঁজা
    .imp = খুঁজুন

## More nouns (2)
word-historique = ইতিহাস
    .gen = ইতিহাসের
word-utilisateur = ব্যবহারকারী
    .gen = ব্যবহারকারীর
    .pl = ব্যবহারকারীরা
    .gen-pl = ব্যবহারকারীদের
    .acc = ব্যবহারকারীকে
    .acc-pl = ব্যবহারকারীদের

### Relais lexicon, Bengali: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .gen (genitive), .pl, .gen-pl. Verbs: .imp (the polite imperative, as on
### buttons). Adjectives: value (before the noun, no agreement).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = শিশু
    .gen = শিশুর
    .pl = শিশুরা
    .gen-pl = শিশুদের
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

## Verbes — Verbs
word-envoyer = পাঠানো
    .imp = পাঠান
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
word-modifier = পরিবর্তন করা
    .imp = পরিবর্তন করুন
word-confirmer = নিশ্চিত করা
    .imp = নিশ্চিত করুন
word-valider = নিশ্চিত করা
    .imp = নিশ্চিত করুন
word-choisir = বেছে নেওয়া
    .imp = বেছে নিন
word-selectionner = নির্বাচন করা
    .imp = নির্বাচন করুন
word-commencer = শুরু করা
    .imp = শুরু করুন
word-enregistrer = সংরক্ষণ করা
    .imp = সংরক্ষণ করুন

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

### Relais lexicon, Tigrinya: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .pl = plural. Verbs: .imp (imperative, as on buttons).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = ቆልዓ
    .pl = ቆልዑ
word-message = መልእኽቲ
    .pl = መልእኽትታት
word-document = ሰነድ
    .pl = ሰነዳት
word-changement = ለውጢ
    .pl = ለውጥታት
word-page = ገጽ
    .pl = ገጻት
word-question = ሕቶ
    .pl = ሕቶታት
word-reponse = መልሲ
    .pl = መልስታት
word-texte = ጽሑፍ
    .pl = ጽሑፋት
word-code = ኮድ
    .pl = ኮዳት

## Verbes — Verbs
word-envoyer = ምልኣኽ
    .imp = ስደድ
word-fermer = ምዕጻው
    .imp = ዕጸው
word-continuer = ምቕጻል
    .imp = ቀጽል
word-annuler = ምስራዝ
    .imp = ሰርዝ
word-ajouter = ምውሳኽ
    .imp = ወስኽ
word-supprimer = ምድምሳስ
    .imp = ደምስስ
word-confirmer = ምርግጋጽ
    .imp = ኣረጋግጽ
word-valider = ምርግጋጽ
    .imp = ኣረጋግጽ
word-choisir = ምምራጽ
    .imp = ምረጽ
word-commencer = ምጅማር
    .imp = ጀምር

## More words
word-information = ሓበሬታ
    .pl = ሓበሬታ
word-recommencer = እንደገና ምጅማር
    .imp = እንደገና ጀምር

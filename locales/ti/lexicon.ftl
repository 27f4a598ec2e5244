### Relais lexicon, Tigrinya: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .pl = plural. Verbs: .imp (imperative, as on buttons).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = ቆልዓ
    .pl = ቆልዑ
word-message = መልእኽቲ
    .pl = መልእኽትታት
    .your = መልእኽትኹም
    .your-pl = መልእኽትታትኩም
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

## Mois — Months
word-janvier = ጥሪ
word-fevrier = ለካቲት
word-mars = መጋቢት
word-avril = ሚያዝያ
word-mai = ግንቦት
word-juin = ሰነ
word-juillet = ሓምለ
word-aout = ነሓሰ
word-septembre = መስከረም
word-octobre = ጥቅምቲ
word-novembre = ሕዳር
word-decembre = ታሕሳስ

## More nouns
word-probleme = ጸገም
    .pl = ጸገማት
word-activite = ንጥፈት
    .pl = ንጥፈታት

## More verbs
word-afficher = ምርኣይ
    .imp = ኣርኢ
word-reessayer = እንደገና ምፍታን
    .imp = እንደገና ፈትን
word-s-inscrire = ምምዝጋብ
    .imp = ተመዝገብ
word-creer = ምፍጣር
    .imp = ፍጠር

## Concepts
## Glossary concepts inside a sentence: the label and the forms the grammar asks for.
concept-enfant-a-charge = ኣብ ሓላፍነትኩም ዘሎ ቆልዓ
    .pl = ኣብ ሓላፍነትኩም ዘለዉ ቆልዑ
concept-fichier = ፋይል (fichier)
    .pl = ፋይላት (fichiers)

## Buttons
word-voir = ምርኣይ
    .imp = ርአ

## More words (3)
word-formulaire = ቅጥዒ
    .pl = ቅጥዕታት
word-utilisateur = ተጠቃሚ
    .pl = ተጠቀምቲ
word-service = ኣገልግሎት
    .pl = ኣገልግሎታት
word-liste = ዝርዝር
    .pl = ዝርዝራት
word-modifier = ምቕያር
    .imp = ቀይር
word-enregistrer = ምዕቃብ
    .imp = ዓቅብ

## Added with the fixture pages' buttons (December 2026): "Suivant" alone, a button (next)
word-suivant = ዝቕጽል

## "Se connecter" on a button (December 2026). እቶ: the masculine singular imperative of ኣተወ
## ("enter"), the form the other buttons here use (ተመዝገብ, ፍጠር). Unsure which wording Tigrinya
## interfaces settle on for "log in" (እቶ; ግባ is Amharic; some write ምእታው, the verbal noun):
## to be checked by a Tigrinya reader, like the rest of this file.
word-se-connecter = ምእታው
    .imp = እቶ

### Relais lexicon, Somali: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = indefinite singular, .ndf (the same, where a pattern asks for it), .def (with its
### definite suffix), .pl, .def-pl. Verbs: .imp (imperative, as on buttons).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = ilmo
    .ndf = ilmo
    .def = ilmaha
    .pl = carruur
    .def-pl = carruurta
word-message = fariin
    .ndf = fariin
    .def = fariinta
    .pl = fariimo
    .def-pl = fariimaha
    .your = fariintaada
    .your-pl = fariimahaaga
word-changement = isbeddel
    .ndf = isbeddel
    .def = isbeddelka
    .pl = isbeddello
    .def-pl = isbeddellada
word-page = bog
    .ndf = bog
    .def = bogga
    .pl = bogag
    .def-pl = bogagga
word-question = su'aal
    .ndf = su'aal
    .def = su'aasha
    .pl = su'aalo
    .def-pl = su'aalaha
word-reponse = jawaab
    .ndf = jawaab
    .def = jawaabta
    .pl = jawaabo
    .def-pl = jawaabaha
word-texte = qoraal
    .ndf = qoraal
    .def = qoraalka
    .pl = qoraallo
    .def-pl = qoraallada
word-type = nooc
    .ndf = nooc
    .def = nooca
    .pl = noocyo
    .def-pl = noocyada

## Verbes — Verbs
word-envoyer = dirid
    .imp = Dir
word-fermer = xirid
    .imp = Xir
word-continuer = sii wadid
    .imp = Sii wad
word-ajouter = ku darid
    .imp = Ku dar
word-supprimer = tirtirid
    .imp = Tirtir
word-confirmer = xaqiijin
    .imp = Xaqiiji
word-valider = xaqiijin
    .imp = Xaqiiji
word-choisir = dooran
    .imp = Dooro
word-selectionner = dooran
    .imp = Dooro
word-commencer = bilaabid
    .imp = Bilow

## More words
word-information = macluumaad
    .ndf = macluumaad
    .def = macluumaadka
    .pl = macluumaad
    .def-pl = macluumaadka
word-recommencer = dib u bilaabid
    .imp = Dib u bilow
word-se-connecter = soo gelid
    .imp = Soo gal

## Mois — Months
word-janvier = Janaayo
    .ndf = Janaayo
    .def = Janaayo
word-fevrier = Febraayo
    .ndf = Febraayo
    .def = Febraayo
word-mars = Maarso
    .ndf = Maarso
    .def = Maarso
word-avril = Abriil
    .ndf = Abriil
    .def = Abriil
word-mai = Maajo
    .ndf = Maajo
    .def = Maajo
word-juin = Juun
    .ndf = Juun
    .def = Juun
word-juillet = Luulyo
    .ndf = Luulyo
    .def = Luulyo
word-aout = Ogost
    .ndf = Ogost
    .def = Ogost
word-septembre = Sebtembar
    .ndf = Sebtembar
    .def = Sebtembar
word-octobre = Oktoobar
    .ndf = Oktoobar
    .def = Oktoobar
word-novembre = Nofembar
    .ndf = Nofembar
    .def = Nofembar
word-decembre = Desembar
    .ndf = Desembar
    .def = Desembar

## More nouns
word-probleme = dhibaato
    .ndf = dhibaato
    .def = dhibaatada
    .pl = dhibaatooyin
    .def-pl = dhibaatooyinka
word-activite = hawl
    .ndf = hawl
    .def = hawsha
    .pl = hawlo
    .def-pl = hawlaha

## More verbs
word-afficher = muujin
    .imp = Muuji
word-reessayer = isku dayid mar kale
    .imp = Isku day mar kale
word-s-inscrire = is diiwaangelin
    .imp = Is diiwaangeli
word-creer = samayn
    .imp = Samee

## Concepts
## Glossary concepts inside a sentence: the label and the forms the grammar asks for.
concept-enfant-a-charge = ilmo aad masuul ka tahay
    .ndf = ilmo aad masuul ka tahay
    .pl = carruur aad masuul ka tahay
    .ndf-pl = carruur aad masuul ka tahay
concept-fichier = fayl (fichier)
    .ndf = fayl
    .def = faylka
    .pl = faylal
    .def-pl = faylasha

## Buttons
word-voir = eegid
    .imp = Eeg

## More words (3)
word-document = dukumenti
    .ndf = dukumenti
    .def = dukumentiga
    .pl = dukumentiyo
    .def-pl = dukumentiyada
word-formulaire = foom
    .ndf = foom
    .def = foomka
    .pl = foomam
    .def-pl = foomamka
word-utilisateur = isticmaale
    .ndf = isticmaale
    .def = isticmaalaha
    .pl = isticmaalayaal
    .def-pl = isticmaalayaasha
word-service = adeeg
    .ndf = adeeg
    .def = adeegga
    .pl = adeegyo
    .def-pl = adeegyada
word-liste = liis
    .ndf = liis
    .def = liiska
    .pl = liisas
    .def-pl = liisaska
word-modifier = wax ka beddelid
    .imp = Wax ka beddel
word-enregistrer = kaydin
    .imp = Kaydi
word-rechercher = raadin
    .imp = Raadi
word-annuler = joojin
    .imp = Jooji

## Added with the fixture pages' buttons (December 2026): "Suivant" alone, a button (next)
word-suivant = Xiga

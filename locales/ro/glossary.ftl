### Relais — Romanian glossary (ro).
### Machine-drafted by an AI language model (Claude), November 2026, from the French master.
### Not reviewed by a native speaker.

## Identitate (Identité)

concept-identite = identitate (date personale)
    .explain = Această parte a formularului vă întreabă cine sunteți: nume, prenume, data și locul nașterii. Scrieți informațiile exact ca în pașaport sau în permisul de ședere.
    .where = Copiați-le din pașaport, din cartea de identitate sau din permisul de ședere.

concept-nom = nume de familie
    .explain = „Nom” este numele de familie, nu prenumele. Scrieți-l exact ca în actele de identitate.
    .where = În pașaport sau în permisul de ședere, la rândul „Nom”.

concept-nom-d-une-chose = nume (al unui lucru sau loc)
    .explain = Numele este cuvântul care desemnează un lucru, un loc sau o instituție: o stradă, un oraș, o asociație, un post. Pentru o persoană, este numele de familie.

concept-au-nom-de = în numele
    .explain = A acționa în numele cuiva înseamnă a face un demers în locul lui. De exemplu, un ajutor completează un dosar pentru dumneavoastră.

concept-nom-de-naissance = nume la naștere
    .explain = Numele la naștere este numele scris în certificatul de naștere. Nu se schimbă prin căsătorie.
    .where = În certificatul de naștere sau în pașaport.

concept-nom-d-usage = nume folosit (de uz)
    .explain = Numele folosit este un alt nume pe care îl folosiți zilnic, de exemplu numele soțului sau al soției. Dacă nu aveți unul, lăsați acest câmp gol.

concept-prenom = prenume
    .explain = Prenumele este numele personal primit la naștere, înaintea numelui de familie. Dacă aveți mai multe, scrieți-le în ordinea din acte.
    .where = În pașaport sau în permisul de ședere, la rândul „Prénom(s)”.

concept-sans-prenom = nu am prenume
    .explain = Bifați această căsuță doar dacă actele dumneavoastră de identitate nu au niciun prenume. Este cazul unor persoane născute în străinătate.

concept-sexe = sex
    .explain = Portalul vă întreabă dacă sunteți bărbat sau femeie. Alegeți ce scrie în actele de identitate.
    .where = În pașaport sau în permisul de ședere: M pentru bărbat, F pentru femeie.

concept-masculin = masculin (bărbat)
    .explain = „Masculin” înseamnă bărbat. Alegeți-l dacă în acte scrie M.

concept-feminin = feminin (femeie)
    .explain = „Féminin” înseamnă femeie. Alegeți-l dacă în acte scrie F.

concept-civilite = formulă de adresare (Doamna / Domnul)
    .explain = Este cuvântul politicos pus înaintea numelui, ca Madame (Doamna) sau Monsieur (Domnul). Administrația îl folosește când vă scrie.

concept-titre-d-appel = titlu de adresare
    .explain = Este cuvântul folosit pentru a vi se adresa în scrisori, ca Madame (Doamna), Monsieur (Domnul) sau Docteur (Doctor). Alegeți-l pe cel potrivit pentru dumneavoastră.

concept-madame = Doamna (Madame)
    .explain = Madame este titlul politicos pentru o femeie, căsătorită sau nu. Administrația nu mai folosește Mademoiselle (Domnișoara).

concept-monsieur = Domnul (Monsieur)
    .explain = Monsieur este titlul politicos pentru un bărbat.

concept-docteur = Doctor (Docteur)
    .explain = Docteur este un titlu pentru o persoană care are un doctorat, adesea un medic. Alegeți-l doar dacă este cazul dumneavoastră.

concept-inspecteur = Inspector (Inspecteur)
    .explain = Inspecteur este un titlu de meserie, de exemplu inspector de muncă. Într-un formular, alegeți-l doar dacă aceasta este meseria dumneavoastră.

concept-sans-reponse = fără răspuns
    .explain = Puteți alege acest răspuns dacă nu doriți să dați această informație. Această alegere este permisă în acest formular.

concept-date-de-naissance = data nașterii
    .explain = Este ziua, luna și anul în care v-ați născut. Scrieți data ca în acte, adesea sub forma zi/lună/an, de exemplu 05/03/1990.
    .where = În pașaport, în permisul de ședere sau în certificatul de naștere.

concept-lieu-de-naissance = locul nașterii
    .explain = Este orașul sau satul în care v-ați născut. Scrieți numele ca în actele de identitate.
    .where = În pașaport sau în certificatul de naștere.

concept-pays-de-naissance = țara nașterii
    .explain = Este țara în care v-ați născut, chiar dacă astăzi aveți altă cetățenie. Alegeți-o din listă.

concept-departement-de-naissance = departamentul nașterii (département)
    .explain = Este numărul departamentului francez în care v-ați născut. Dacă v-ați născut în afara Franței, alegeți adesea „99” sau „Étranger” (străinătate).

concept-nationalite = cetățenie
    .explain = Cetățenia este țara al cărei cetățean sunteți, cea care v-a dat pașaportul. Dacă aveți două cetățenii, portalul o cere adesea pe cea principală.
    .where = În pașaport sau în permisul de ședere.

concept-nationalite-francaise = cetățenie franceză (française)
    .explain = Alegeți „Française” doar dacă aveți cetățenia franceză. Un permis de ședere nu dă cetățenia franceză.

concept-etranger = cetățean străin
    .explain = Pentru administrație, o persoană străină este o persoană care nu are cetățenia franceză. Nu depinde de locul în care locuiți.

concept-apatride = apatrid (fără cetățenie)
    .explain = O persoană apatridă nu are cetățenia niciunei țări. OFPRA (Oficiul francez pentru protecția refugiaților și apatrizilor) poate recunoaște acest statut și poate oferi protecție.

concept-jour = zi
    .explain = Ziua este numărul zilei din lună, de la 1 la 31. Se scrie adesea cu două cifre, de exemplu 05.

concept-mois = lună
    .explain = Luna se scrie cu un număr de la 1 la 12 sau cu numele ei. Ianuarie este 01, iar decembrie este 12.

concept-annee = an
    .explain = Anul se scrie cu patru cifre, de exemplu 1990. Nu scrieți doar ultimele două cifre.

concept-age = vârstă
    .explain = Vârsta este numărul de ani de la nașterea dumneavoastră. Unele drepturi depind de vârstă.

concept-signature = semnătură
    .explain = Semnătura este semnul dumneavoastră personal, scris de mână, mereu la fel. Când semnați, confirmați că informațiile sunt adevărate.

concept-filiation = filiație (părinții)
    .explain = Filiația este legătura cu părinții. Portalul cere numele și prenumele tatălui și mamei, ca în certificatul de naștere.
    .where = În certificatul de naștere.

## Situația familială și starea civilă (Situation familiale et état civil)

concept-situation-familiale = situație familială
    .explain = Portalul întreabă dacă locuiți singur sau în cuplu, și în ce formă. Răspunsul poate schimba calculul ajutoarelor sau al impozitelor.

concept-celibataire = necăsătorit(ă)
    .explain = „Célibataire” înseamnă că nu sunteți nici căsătorit, nici în PACS. La impozite, un cuplu care locuiește împreună fără căsătorie sau PACS face două declarații separate. Dar la CAF declarați totuși viața în cuplu, pentru că vă schimbă ajutoarele.

concept-marie = căsătorit(ă)
    .explain = „Marié” înseamnă că ați încheiat o căsătorie oficială, în Franța sau în altă țară. Păstrați certificatul de căsătorie, este cerut des.

concept-pacse = în parteneriat civil (PACS)
    .explain = PACS este un contract oficial între două persoane care trăiesc în cuplu. Este diferit de căsătorie și se încheie la primărie sau la notar.

concept-concubinage = concubinaj (cuplu necăsătorit)
    .explain = Concubinajul înseamnă că trăiți în cuplu fără să fiți căsătorit sau în PACS. Pentru CAF (casa de alocații familiale), viața în cuplu schimbă calculul ajutoarelor.

concept-divorce = divorțat(ă)
    .explain = „Divorcé” înseamnă că ați divorțat: căsătoria a fost desfăcută oficial printr-o hotărâre sau un act. Portalul poate cere data divorțului.

concept-veuf = văduv(ă)
    .explain = „Veuf” sau „veuve” înseamnă că soțul sau soția a decedat. Puteți avea dreptul la unele ajutoare.

concept-separe = separat(ă) (nedivorțat)
    .explain = „Séparé” înseamnă că nu mai locuiți cu soțul sau soția, dar nu sunteți încă divorțat. Comunicați data separării instituțiilor care vă plătesc ajutoare.

concept-conjoint = soț / soție
    .explain = „Conjoint” este persoana cu care sunteți căsătorit. Uneori cuvântul înseamnă și partenerul de PACS sau persoana cu care trăiți în cuplu.

concept-enfant-a-charge = copil în întreținere
    .explain = Un copil în întreținere locuiește cu dumneavoastră și plătiți pentru nevoile lui. Numărul persoanelor în întreținere schimbă suma ajutoarelor și a impozitelor.

concept-mineur = minor
    .explain = O persoană minoră are sub 18 ani. Pentru ea, un părinte sau un reprezentant legal face adesea demersurile.

concept-majeur = major (adult)
    .explain = O persoană majoră are 18 ani sau mai mult. Își face singură demersurile.

concept-etat-civil = stare civilă (état civil)
    .explain = Starea civilă cuprinde informațiile oficiale despre dumneavoastră: naștere, căsătorie, deces, nume. Serviciul de stare civilă al primăriei întocmește actele oficiale.

concept-acte-de-naissance = certificat de naștere (acte de naissance)
    .explain = Este documentul oficial care dovedește nașterea, numele și părinții dumneavoastră. Dacă v-ați născut în străinătate, se poate cere o traducere.
    .where = Dacă v-ați născut în Franța: cereți-l la primăria locului nașterii. Dacă v-ați născut în străinătate: la autoritățile țării de naștere. Pentru persoanele protejate de OFPRA, OFPRA îl întocmește.

concept-acte-de-mariage = certificat de căsătorie (acte de mariage)
    .explain = Este documentul oficial care dovedește căsătoria. Este întocmit de primărie sau de autoritatea țării în care v-ați căsătorit.

concept-livret-de-famille = carnet de familie (livret de famille)
    .explain = Este un mic carnet oficial dat de primărie la căsătorie sau la nașterea primului copil. În el sunt trecuți părinții și copiii.

## Date de contact (Coordonnées)

concept-coordonnees = date de contact
    .explain = Datele de contact sunt mijloacele prin care puteți fi găsit: adresă, telefon, adresă de e-mail. Verificați-le bine, altfel nu veți primi răspunsurile.

concept-adresse-electronique = adresă de e-mail
    .explain = Este adresa dumneavoastră de e-mail, de exemplu nom@exemple.fr, cu semnul @. Alegeți o adresă pe care o puteți deschide, pentru că acolo sosesc codurile și răspunsurile.

concept-numero-de-telephone = număr de telefon
    .explain = Scrieți numărul la care puteți fi sunat. Un număr francez are 10 cifre și începe cu 0.

concept-telephone-portable = telefon mobil
    .explain = Este numărul telefonului mobil, care în Franța începe adesea cu 06 sau 07. Portalul poate trimite coduri prin SMS la acest număr.

concept-telephone-fixe = telefon fix
    .explain = Este numărul unui telefon legat de o locuință sau de un birou. Dacă nu aveți, lăsați acest câmp gol.

concept-indicatif = prefix de țară
    .explain = Prefixul este codul țării pus înaintea numărului de telefon. Pentru Franța este +33, iar atunci se scoate primul 0.

concept-sms = SMS (mesaj text)
    .explain = Un SMS este un mesaj scris primit pe telefonul mobil. Portalurile trimit adesea un cod prin SMS.

## Adresă (Adresse)

concept-adresse = adresă
    .explain = Este locul unde locuiți sau unde primiți corespondența. Administrația vă va trimite scrisori la această adresă.

concept-adresse-postale = adresă poștală
    .explain = Este adresa la care poșta vă aduce corespondența. Poate fi diferită de locul unde dormiți, de exemplu o „domiciliation” (adresă de corespondență la o asociație).

concept-complement-d-adresse = detalii suplimentare de adresă
    .explain = Acest câmp este pentru detaliile care îl ajută pe poștaș: clădire, etaj, apartament, numele de pe cutia poștală. Adesea este opțional.

concept-numero = număr (de stradă)
    .explain = Într-o adresă, este numărul casei sau al clădirii pe stradă. După număr poate urma bis sau ter.

concept-numero-d-identification = număr
    .explain = Un număr este un șir de cifre, uneori cu litere, care desemnează ceva: un dosar, un card, un telefon. Copiați-l fără să schimbați nimic.

concept-voie = stradă
    .explain = „Voie” este strada din adresă: rue (stradă), avenue sau boulevard (bulevard), chemin (drum), place (piață). Scrieți tipul și numele ei, fără număr.

concept-batiment = clădire (corp de clădire)
    .explain = Dacă ansamblul dumneavoastră are mai multe clădiri, scrieți litera sau numărul clădirii dumneavoastră. Asta îl ajută pe poștaș să găsească cutia poștală.

concept-immeuble = bloc (imobil)
    .explain = Un „immeuble” este o clădire cu mai multe etaje și mai multe locuințe. Scrieți numele sau numărul lui, dacă are.

concept-escalier = scară (escalier)
    .explain = În unele blocuri, scările au o literă sau un număr. Scrieți scara locuinței dumneavoastră, dacă o știți.

concept-numero-d-appartement = număr de apartament
    .explain = Este numărul locuinței dumneavoastră în bloc. Este scris adesea pe ușă sau în contractul de închiriere.

concept-etage = etaj
    .explain = Etajul este nivelul locuinței în bloc. Parterul („rez-de-chaussée”) este etajul 0.

concept-lieu-dit = loc numit (lieu-dit)
    .explain = Un „lieu-dit” este numele unui mic loc la țară, fără nume de stradă. Scrieți-l dacă face parte din adresa dumneavoastră.

concept-commune-deleguee = comună delegată (commune déléguée)
    .explain = O comună delegată este o fostă comună care s-a unit cu o altă comună. Numele ei rămâne uneori în adresă.

concept-boite-postale = căsuță poștală (BP)
    .explain = O căsuță poștală este o cutie la oficiul poștal unde se primește corespondența. Are un număr, scris adesea BP și un număr.

concept-cedex = Cedex (mențiune poștală specială)
    .explain = Cedex este un cuvânt adăugat la adresele unor firme sau instituții care primesc multă corespondență. Dacă adresa dumneavoastră nu îl are, lăsați acest câmp gol.

concept-code-postal = cod poștal
    .explain = Codul poștal este un număr de 5 cifre pentru oraș sau cartier. De exemplu 75011 pentru o parte din Paris.
    .where = Pe o scrisoare primită la adresa dumneavoastră, înaintea numelui orașului.

concept-commune = oraș sau comună
    .explain = Comuna este orașul sau satul în care locuiți. Adesea o alegeți dintr-o listă după ce scrieți codul poștal.

concept-departement = departament (département)
    .explain = Franța este împărțită în departamente, care au un număr. Prefectura dumneavoastră este cea a departamentului în care locuiți.

concept-pays = țară
    .explain = Alegeți țara din listă. Pentru o adresă în Franța, alegeți France.

concept-changement-d-adresse = schimbare de adresă
    .explain = Când vă mutați, trebuie să comunicați noua adresă administrațiilor. Pentru un permis de ședere, anunțați prefectura în termen de 3 luni.

concept-hebergement = găzduire (hébergement)
    .explain = A fi găzduit înseamnă că locuiți la o altă persoană, fără să plătiți chirie sau plătind puțin. Portalul cere adesea o dovadă semnată de această persoană.

concept-attestation-d-hebergement = declarație de găzduire (attestation d’hébergement)
    .explain = Este o scrisoare semnată de persoana care vă găzduiește, care spune că locuiți la ea. Se atașează actul ei de identitate și o dovadă de domiciliu pe numele ei.

concept-justificatif-de-domicile = dovadă de domiciliu (justificatif de domicile)
    .explain = Este un document recent care dovedește adresa: factură de electricitate, chitanță de chirie, declarație de găzduire. Adesea trebuie să aibă mai puțin de 3 luni.

concept-domiciliation = adresă de corespondență (domiciliation)
    .explain = Dacă nu aveți o adresă stabilă, un CCAS (centrul social al primăriei) sau o asociație autorizată vă poate primi corespondența. Această adresă vă permite să faceți demersurile.
    .where = Adeverința vă este dată de CCAS sau de asociația care vă oferă adresa.

concept-sans-domicile-stable = fără domiciliu stabil
    .explain = Sunteți fără domiciliu stabil dacă nu aveți o locuință a dumneavoastră. Aveți totuși dreptul la o adresă pentru corespondență, „domiciliation”.

## Cont și conectare (Compte et connexion)

concept-identifiant = identificator (nume de utilizator)
    .explain = Identificatorul este numele sau numărul după care site-ul vă recunoaște. În funcție de site, este adresa de e-mail, un număr sau un nume ales.
    .where = Pe ANEF este adesea numărul de străin. La impozite este numărul fiscal.

concept-mot-de-passe = parolă
    .explain = Parola este un cod secret pe care îl alegeți pentru a intra în cont. Nu o dați nimănui și notați-o într-un loc sigur.

concept-confirmation-du-mot-de-passe = confirmarea parolei
    .explain = Scrieți a doua oară aceeași parolă. Astfel site-ul verifică că nu ați greșit la tastare.

concept-se-connecter = conectare (autentificare)
    .explain = A vă conecta înseamnă a intra în cont cu identificatorul și parola. După aceea vedeți dosarul.

concept-connexion = conectare
    .explain = Conectarea este intrarea în contul personal de pe site. Aveți nevoie de identificator și de parolă.

concept-se-deconnecter = deconectare
    .explain = A vă deconecta înseamnă a ieși din cont. Faceți-o mereu pe un calculator folosit și de alții, ca să vă protejați informațiile.

concept-creer-un-compte = creare cont
    .explain = A crea un cont înseamnă a vă înscrie pe site prima dată. Alegeți un identificator și o parolă și primiți adesea un e-mail de confirmare.

concept-compte = cont
    .explain = Contul este spațiul dumneavoastră pe site. Păstrează cererile, documentele și mesajele.

concept-prendre-en-compte = a lua în considerare
    .explain = „Prendre en compte” înseamnă a privi o informație și a o folosi pentru a decide. Acest cuvânt nu are legătură cu contul dumneavoastră de pe site.

concept-mot-de-passe-oublie = ați uitat parola?
    .explain = Apăsați aici dacă nu vă mai amintiți parola. Site-ul vă trimite un link sau un cod pentru a alege una nouă.

concept-reinitialiser-le-mot-de-passe = resetarea parolei
    .explain = A reseta înseamnă a înlocui parola cu una nouă. Urmați linkul primit pe e-mail și alegeți o parolă pe care nu o veți uita.

concept-se-souvenir-de-moi = ține-mă minte
    .explain = Dacă bifați această căsuță, site-ul păstrează identificatorul pentru data viitoare. Nu o bifați pe un calculator folosit și de alții.

concept-franceconnect = FranceConnect (conectare la site-urile statului)
    .explain = FranceConnect vă permite să intrați pe un site al statului cu un cont pe care îl aveți deja, de exemplu Ameli sau L’Identité Numérique La Poste. Nu aveți nevoie de o parolă nouă.

concept-identite-numerique = identitate digitală
    .explain = Identitatea digitală este un mijloc sigur de a dovedi cine sunteți pe internet, cu o aplicație pe telefon. Poate fi folosită cu FranceConnect.

concept-validation-en-deux-etapes = verificare în doi pași
    .explain = Pe lângă parolă, site-ul vă cere un cod primit prin SMS, pe e-mail sau într-o aplicație. Asta vă protejează contul.

concept-code-de-verification = cod de verificare
    .explain = Site-ul vă trimite un cod prin SMS sau pe e-mail ca să verifice că sunteți chiar dumneavoastră. Copiați-l repede, pentru că funcționează doar câteva minute.
    .where = Uitați-vă în SMS-uri sau în căsuța de e-mail, și în dosarul „courrier indésirable” sau „spam”.

concept-lien-d-activation = link de activare
    .explain = După înscriere, site-ul vă trimite un e-mail cu un link. Apăsați pe acest link ca să activați contul, adesea într-un termen limitat.
    .where = În căsuța de e-mail, și în dosarul „spam” sau „courrier indésirable”.

concept-espace-personnel = spațiu personal
    .explain = Spațiul personal este partea site-ului rezervată dumneavoastră, după conectare. Acolo urmăriți cererile și găsiți documentele.

concept-messagerie = mesagerie (mesaje în cont)
    .explain = Mesageria vă permite să scrieți administrației și să citiți răspunsurile ei în cont. Verificați-o des, pentru că pot sosi mesaje importante.

concept-profil = profil
    .explain = Profilul conține informațiile despre dumneavoastră păstrate de site: nume, adresă, telefon. Adesea le puteți corecta aici.

## Navigare și butoane (Navigation et boutons)

concept-afficher = afișează
    .explain = „Afficher” înseamnă a arăta pe ecran. Lângă o parolă, acest buton arată caracterele pe care le-ați tastat.

concept-masquer = ascunde
    .explain = „Masquer” înseamnă a ascunde. Parola redevine puncte sau steluțe.

concept-valider = validează (confirmă)
    .explain = „Valider” înseamnă a confirma și a trimite răspunsurile. Recitiți înainte să apăsați, pentru că uneori nu mai puteți modifica după.

concept-envoyer = trimite
    .explain = „Envoyer” transmite formularul sau mesajul administrației. După trimitere, păstrați confirmarea sau faceți o captură de ecran.

concept-suivant = următorul
    .explain = Butonul „Suivant” vă duce la pasul următor. În alte locuri, „suivant” înseamnă „care urmează”, de exemplu documentele următoare.

concept-precedent = anterior (înapoi)
    .explain = Butonul „Précédent” vă duce înapoi la pasul anterior, ca să îl recitiți sau să îl corectați. În alte locuri, „précédent” înseamnă „de dinainte”, de exemplu anul precedent.

concept-retour = înapoi
    .explain = „Retour” vă duce la pagina anterioară. Atenție, unele răspunsuri se pot pierde.

concept-annuler = anulează
    .explain = „Annuler” oprește acțiunea în curs, fără să salveze ce ați făcut pe această pagină.

concept-enregistrer = salvează (înregistrează)
    .explain = Butonul „Enregistrer” păstrează răspunsurile, dar cererea nu este încă trimisă. A înregistra o cerere înseamnă și a o înscrie oficial, de exemplu o cerere de azil.

concept-brouillon = ciornă
    .explain = O ciornă este o cerere începută, dar netrimisă. Administrația nu o vede până nu o trimiteți.

concept-modifier = modifică
    .explain = „Modifier” vă permite să schimbați o informație deja scrisă.

concept-mise-a-jour = actualizare
    .explain = „Mettre à jour” înseamnă a schimba o informație ca să fie corectă azi. De exemplu, a scrie noua dumneavoastră adresă.

concept-supprimer = șterge
    .explain = „Supprimer” șterge elementul definitiv, de exemplu un fișier adăugat. Verificați înainte să apăsați.

concept-rechercher = caută
    .explain = „Rechercher” vă permite să găsiți o pagină sau o informație scriind un cuvânt.

concept-telecharger = descarcă
    .explain = „Télécharger” înseamnă a copia un document de pe site pe telefon sau pe calculator. Unele site-uri folosesc acest cuvânt și pentru a trimite un fișier pe site.

concept-televerser = încarcă (upload)
    .explain = „Téléverser” înseamnă a trimite un fișier de pe telefon sau calculator pe site. De exemplu o fotografie sau o copie scanată a pașaportului.

concept-deposer-un-dossier = a depune un dosar sau o cerere
    .explain = A depune („déposer”) un dosar sau o cerere înseamnă a-l trimite administrației. Înainte, verificați că este complet. După, păstrați dovada depunerii.

concept-ajouter-un-fichier = adaugă un fișier
    .explain = Acest buton deschide dosarele dumneavoastră ca să alegeți documentul de trimis. Verificați formatul și mărimea cerute înainte să îl alegeți.

concept-imprimer = imprimă
    .explain = „Imprimer” scoate documentul pe hârtie cu o imprimantă. Îl puteți și salva în PDF ca să îl păstrați.

concept-fermer = închide
    .explain = „Fermer” face să dispară fereastra sau mesajul de pe ecran.

concept-menu = meniu
    .explain = Meniul este lista părților site-ului. Apăsați pe el ca să vedeți paginile posibile.

concept-accueil = pagina principală
    .explain = „Accueil” este prima pagină a site-ului. Vă puteți întoarce aici dacă v-ați pierdut.

concept-aide = ajutor
    .explain = „Aide” dă explicații despre site și despre demersuri. Cuvântul „aide” înseamnă și o sumă de bani dată de o instituție (ajutor social).

concept-nous-contacter = contactați-ne
    .explain = Această pagină vă permite să scrieți administrației, adesea printr-un formular. Păstrați o copie a mesajului și a răspunsului.

concept-foire-aux-questions = întrebări frecvente (FAQ)
    .explain = Este o pagină cu întrebările pe care oamenii le pun des și cu răspunsurile lor.

concept-recapitulatif = rezumat
    .explain = Rezumatul arată toate răspunsurile înainte de trimitere. Recitiți bine și corectați greșelile înainte să validați.

concept-etape = pas (etapă)
    .explain = Un demers online este împărțit în pași. Site-ul arată adesea la ce pas sunteți și câți au mai rămas.

concept-tableau-de-bord = panou principal (tablou de bord)
    .explain = Panoul principal este pagina principală a contului. Arată cererile, stadiul lor și mesajele.

concept-demarche = demers (procedură administrativă)
    .explain = Un demers este ceea ce faceți ca să obțineți ceva de la administrație: un act, un ajutor, un drept.

concept-voie-electronique = pe cale electronică
    .explain = „Par voie électronique” înseamnă prin internet: pe un site, pe e-mail sau în contul dumneavoastră. Nu este o adresă.

concept-demarche-en-ligne = demers online
    .explain = Un demers online se face pe internet, fără să mergeți la ghișeu. Dacă nu reușiți, cereți ajutor. Pentru un permis de ședere, trebuie să existe o altă soluție dacă site-ul nu funcționează pentru dumneavoastră, chiar și cu ajutor.

concept-capture-d-ecran = captură de ecran
    .explain = O captură de ecran este o fotografie a ceea ce arată ecranul. Poate dovedi o problemă, de exemplu lipsa programărilor, cu data și ora.

concept-cookies = cookie-uri
    .explain = Cookie-urile sunt fișiere mici pe care site-ul le păstrează în browser. Site-ul trebuie să vă ceară acordul pentru cele care nu sunt necesare. Refuzul trebuie să fie la fel de simplu ca acceptarea.

concept-accessibilite = accesibilitate
    .explain = Accesibilitatea înseamnă că site-ul trebuie să poată fi folosit de toți, inclusiv de persoanele cu dizabilități. Dacă nu este așa, puteți semnala.

concept-mentions-legales = mențiuni legale
    .explain = Această pagină spune cine administrează site-ul și cine este responsabil. Nu este utilă pentru demersul dumneavoastră.

concept-conditions-generales = condiții generale de utilizare
    .explain = Sunt regulile de folosire a site-ului. Site-ul vă cere adesea să le acceptați înainte să continuați.

concept-parametres-d-affichage = setări de afișare
    .explain = Aici alegeți aspectul site-ului: culori deschise sau închise. Asta nu schimbă demersul dumneavoastră.

concept-theme-clair = temă deschisă (luminoasă)
    .explain = Tema deschisă afișează textul închis la culoare pe fond alb.

concept-theme-sombre = temă întunecată
    .explain = Tema întunecată afișează textul deschis la culoare pe fond închis. Poate odihni ochii.

concept-theme-systeme = sistem
    .explain = Aici, „système” înseamnă că site-ul ia aceleași culori ca telefonul sau calculatorul dumneavoastră.

concept-republique-francaise = République française (Republica Franceză)
    .explain = Acest logo arată că site-ul aparține statului francez. Feriți-vă de site-urile false care cer bani pentru un demers gratuit.

concept-navigateur = browser (navigator web)
    .explain = Browserul este programul care deschide site-urile de internet, ca Chrome, Firefox, Safari sau Edge.

concept-service-public-fr = Service-Public.fr (site-ul oficial despre drepturi și demersuri)
    .explain = Este site-ul oficial care explică drepturile și demersurile în Franța. Oferă și linkuri către formularele potrivite.

concept-demarches-simplifiees = démarches-simplifiées (site-ul statului pentru formulare online)
    .explain = Este un site al statului unde multe administrații își pun formularele online. Acolo depuneți dosarul și urmăriți răspunsul.

## Formulare (Formulaires)

concept-demande = cerere
    .explain = O cerere este ceea ce trimiteți administrației ca să obțineți ceva: un permis, un ajutor, o programare.

concept-champ-de-saisie = câmp de completat
    .explain = Un câmp de completat este o căsuță în care scrieți un răspuns cu tastatura.

concept-saisir = a introduce (a completa)
    .explain = „Saisir” sau „renseigner” înseamnă a scrie o informație într-un câmp al formularului. În drept, „saisir un juge” înseamnă a-i cere unui judecător să decidă.

concept-libelle = etichetă (textul câmpului)
    .explain = Eticheta este textul pus deasupra unei căsuțe. Spune ce trebuie scris sau ales.

concept-legende = titlul unui grup de întrebări
    .explain = „Légende” este titlul unui grup de întrebări. Explică ce cer aceste întrebări împreună.

concept-case-a-cocher = căsuță de bifat
    .explain = O căsuță de bifat este un mic pătrat. Apăsați pe ea ca să spuneți da, și apăsați din nou ca să scoateți semnul.

concept-cocher = a bifa
    .explain = A bifa înseamnă a apăsa într-o căsuță ca să puneți un semn. Înseamnă da sau accept.

concept-bouton-radio = buton radio (cerc de alegere)
    .explain = Un buton radio este un mic cerc. Puteți alege un singur răspuns din grup.

concept-liste-deroulante = listă derulantă
    .explain = O listă derulantă se deschide când apăsați pe ea. Apoi alegeți un răspuns din listă.

concept-selectionner-une-option = selectați o opțiune
    .explain = A selecta înseamnă a alege un răspuns dintr-o listă. Apăsați pe listă, apoi pe răspunsul dumneavoastră.

concept-option = opțiune
    .explain = O opțiune este una dintre alegerile posibile dintr-o listă.

concept-champ-obligatoire = câmp obligatoriu
    .explain = Trebuie să completați acest câmp, altfel formularul nu pleacă. Este marcat adesea cu o steluță *.

concept-optionnel = opțional
    .explain = Opțional înseamnă că nu sunteți obligat să răspundeți. Puteți lăsa acest câmp gol.

concept-format-attendu = format cerut
    .explain = Formatul cerut arată cum să scrieți răspunsul, de exemplu data în forma JJ/MM/AAAA (zi/lună/an). Respectați-l, altfel site-ul afișează o eroare.

concept-exemple = exemplu
    .explain = Exemplul arată un răspuns posibil. Nu îl copiați, scrieți propria informație în același fel.

concept-indication = indicație
    .explain = Indicația este un mic text sub întrebare. Explică cum să răspundeți.

concept-texte-de-description = text de descriere
    .explain = Acest text dă mai multe explicații despre întrebare. Citiți-l înainte să răspundeți.

concept-fichier = fișier
    .explain = Un fișier este un document păstrat în telefon sau în calculator: fotografie, scanare, PDF.

concept-format-de-fichier = format de fișier
    .explain = Formatul este tipul fișierului, scris după punct în numele lui: pdf, jpg, png. Site-ul acceptă doar formatele din listă.

concept-taille-maximale = mărime maximă
    .explain = Este cea mai mare mărime acceptată pentru un fișier, adesea în Mo (megaocteți, MB). Dacă fișierul este prea mare, reduceți calitatea scanării sau a fotografiei.

concept-caractere = caracter
    .explain = Un caracter este o literă, o cifră, un spațiu sau un semn. Site-ul numără uneori câte caractere ați scris.

concept-caractere-special = caracter special
    .explain = Un caracter special este un semn care nu este nici literă, nici cifră, de exemplu ! @ # sau ?. Multe parole cer cel puțin unul.

concept-chiffre = cifră
    .explain = O cifră este unul dintre semnele de la 0 la 9. O parolă trebuie adesea să conțină cel puțin una.

concept-chiffre-d-affaires = cifră de afaceri
    .explain = Cifra de afaceri reprezintă toți banii încasați de o firmă, înainte de a scădea cheltuielile. Microîntreprinzătorii o declară la URSSAF (casa contribuțiilor sociale).

concept-majuscule = majusculă (literă mare)
    .explain = O majusculă este o literă mare, ca A, B, C. Unele câmpuri cer să scrieți numele cu majuscule.

concept-minuscule = minusculă (literă mică)
    .explain = O minusculă este o literă mică, ca a, b, c.

concept-piece-jointe = atașament (fișier atașat)
    .explain = Un atașament este un fișier adăugat la un mesaj sau la o cerere.

concept-piece-justificative = document justificativ
    .explain = Este un document care dovedește ce declarați: pașaport, dovadă de domiciliu, fluturaș de salariu. Site-ul dă lista documentelor cerute.

concept-montant = sumă
    .explain = Suma este o cantitate de bani, în euro. Scrieți doar cifrele, fără semnul €, dacă site-ul cere asta.

concept-motif = motiv
    .explain = Motivul este cauza cererii sau a programării. Alegeți-l pe cel care corespunde situației dumneavoastră.

concept-attestation-sur-l-honneur = declarație pe propria răspundere (attestation sur l’honneur)
    .explain = Este un text în care declarați în scris că informațiile sunt adevărate. O declarație falsă poate fi pedepsită.

concept-consentement = consimțământ (acord)
    .explain = A vă da consimțământul înseamnă a accepta ceva, de exemplu folosirea datelor dumneavoastră. Citiți textul înainte să bifați.

concept-donnees-personnelles = date personale
    .explain = Sunt informațiile despre dumneavoastră: nume, adresă, numere, sănătate. Legea protejează aceste date și puteți cere să le vedeți sau să le corectați.

concept-mention-cnil = mențiunea CNIL (protecția datelor)
    .explain = Acest text explică ce face administrația cu datele dumneavoastră și cât timp le păstrează. Spune și cum vă exercitați drepturile asupra acestor date.

concept-cnil = CNIL (autoritatea pentru protecția datelor)
    .explain = CNIL este autoritatea care vă protejează datele personale în Franța. Puteți depune o plângere la ea dacă datele vă sunt folosite greșit.

concept-rgpd = RGPD (Regulamentul european privind protecția datelor, GDPR)
    .explain = RGPD este legea europeană care vă protejează datele personale. Vă dă dreptul să vedeți, să corectați sau să ștergeți datele.

## CAPTCHA

concept-captcha = captcha (test anti-robot)
    .explain = Un captcha este un test care verifică dacă site-ul este folosit de o persoană, nu de un program. Există adesea o versiune audio pentru persoanele care văd slab.
    .todo = Dacă nu reușiți, încercați versiunea audio sau cereți ajutor. Păstrați o captură de ecran a fiecărui eșec: este o dovadă că site-ul vă blochează.

concept-je-ne-suis-pas-un-robot = nu sunt un robot
    .explain = Bifați această căsuță ca să arătați că sunteți o persoană. Uneori site-ul vă cere apoi să alegeți imagini.
    .todo = Dacă testul eșuează de mai multe ori, încercați versiunea audio. Dacă rămâneți blocat, faceți o captură de ecran și cereți o altă cale pentru demers.

concept-code-de-securite = cod de securitate
    .explain = Copiați literele și cifrele din imagine, în aceeași ordine. Atenție la majuscule.

concept-version-audio = versiune audio
    .explain = Acest buton citește codul cu voce tare, pentru persoanele care văd slab imaginea. Scrieți apoi ce auziți.

concept-nouvelle-image = imagine nouă
    .explain = Dacă nu reușiți să citiți codul, acest buton vă arată altul.

## Șederea străinilor (Séjour des étrangers)

concept-titre-de-sejour = permis de ședere
    .explain = Permisul de ședere este cardul care vă dă dreptul să locuiți în Franța. Are o dată de expirare: cereți reînnoirea înainte de ea.
    .where = L-ați primit la prefectură. Păstrați și recipisa („récépissé”), dacă aveți una.

concept-carte-de-sejour-temporaire = permis de ședere temporar
    .explain = Este un permis de ședere valabil cel mult un an. Înainte de data de expirare, cereți reînnoirea: în funcție de situație, puteți primi atunci un permis multianual.

concept-carte-de-sejour-pluriannuelle = permis de ședere multianual
    .explain = Este un permis de ședere valabil mai mulți ani, adesea până la 4 ani. Se obține de obicei după un prim permis de un an.

concept-carte-de-resident = carte de rezident (carte de résident)
    .explain = Cartea de rezident este un permis de ședere de 10 ani. Oferă mai multă stabilitate și permite să lucrați.

concept-recepisse = recipisă (récépissé)
    .explain = Recipisa este o hârtie de la prefectură care dovedește că cererea dumneavoastră este în curs. Cât timp este valabilă, șederea dumneavoastră este legală.
    .where = Pe ea sunt numărul de străin și data de expirare. Păstrați-o mereu împreună cu pașaportul.

concept-attestation-de-prolongation-d-instruction = adeverință de prelungire a examinării (attestation de prolongation d’instruction)
    .explain = Dacă cererea de reînnoire este completă și făcută la timp, ANEF vă dă acest document pe durata examinării. Împreună cu vechiul permis, dovedește că șederea rămâne legală și vă păstrează drepturile, de exemplu dreptul de a lucra. Este valabil cel mult 3 luni și poate fi reînnoit.
    .where = Descărcați-o din contul ANEF. Poate sosi o nouă adeverință dacă examinarea durează mult.

concept-attestation-de-depot = adeverință de depunere (attestation de dépôt)
    .explain = Acest document dovedește că ați trimis cererea online, cu data. Atenție: nu dovedește că șederea dumneavoastră este legală. Păstrați-l cu grijă.
    .where = În contul ANEF sau în e-mailul primit după trimitere.

concept-attestation-de-decision-favorable = adeverință de decizie favorabilă
    .explain = Acest document spune că prefectura a acceptat cererea de permis de ședere. Dovedește dreptul de ședere până primiți cardul.
    .where = În contul ANEF.

concept-autorisation-provisoire-de-sejour = autorizație provizorie de ședere (APS)
    .explain = APS este un document de ședere de scurtă durată, dat în anumite cazuri precise. De exemplu, o persoană aflată sub protecție temporară, venită din Ucraina, primește o APS de 6 luni, reînnoibilă. Această APS permite să lucrați.

concept-visa = viză
    .explain = Viza este autorizația de a intra în Franța, lipită în pașaport. O viză de scurtă ședere permite să rămâneți cel mult 90 de zile într-o perioadă de 180 de zile.
    .where = În pașaport, pe o pagină întreagă.

concept-vls-ts = viză de lungă ședere cu valoare de permis de ședere (VLS-TS)
    .explain = Această viză vă permite să locuiți în Franța pe durata ei, de la 4 luni la 1 an, ca un permis de ședere. Trebuie să o validați online în cele 3 luni de după sosire.

concept-validation-du-visa = validarea vizei
    .explain = Validarea vizei de lungă ședere se face online pe site-ul ANEF. Plătiți o taxă cu un timbru fiscal („timbre fiscal”), apoi păstrați adeverința de validare.
    .where = Aveți nevoie de numărul vizei, data intrării în Franța și adresa dumneavoastră.

concept-numero-de-visa = numărul vizei
    .explain = Este numărul autocolantului de viză lipit în pașaport. Site-ul îl cere ca să vă valideze viza.
    .where = În colțul din dreapta sus al autocolantului de viză din pașaport.

concept-numero-etranger = număr de străin (numéro étranger)
    .explain = Numărul de străin este numărul dumneavoastră personal la prefectură, de 9 sau 10 cifre. Păstrați-l: vă trebuie pentru demersurile de ședere.
    .where = Pe permisul de ședere și pe recipisă. Servește adesea ca identificator pe ANEF.

concept-anef = ANEF (portalul online pentru străini)
    .explain = ANEF este site-ul statului pentru cererile de permis de ședere, de naturalizare sau de validare a vizei. Majoritatea acestor cereri se fac acum doar acolo.

concept-ofii = OFII (Oficiul francez pentru imigrare și integrare)
    .explain = OFII primește persoanele străine care sosesc în Franța. Face vizita medicală, contractul de integrare și plătește alocația pentru solicitanții de azil.

concept-prefecture = prefectură
    .explain = Prefectura este biroul statului în departamentul dumneavoastră. Ea decide asupra permiselor de ședere.

concept-sous-prefecture = subprefectură
    .explain = Subprefectura este un birou al statului mai mic decât prefectura, în unele orașe din departament. Uneori tratează cererile de ședere.

concept-guichet = ghișeu
    .explain = Ghișeul este locul unde un funcționar al administrației primește publicul. Multe ghișee primesc acum doar cu programare.

concept-guichet-unique-asile = ghișeul unic pentru solicitanții de azil (GUDA)
    .explain = GUDA este biroul prefecturii unde vă înregistrați cererea de azil. Acolo primiți adeverința de cerere de azil.

concept-spada = SPADA (serviciul de primă primire a solicitanților de azil)
    .explain = SPADA este locul de primă primire a solicitanților de azil. Vă dă programarea la GUDA și vă poate oferi o adresă de corespondență.

concept-convocation = convocare
    .explain = O convocare este o scrisoare care vă cere să veniți într-un loc, într-o zi și la o oră precise. Veniți cu scrisoarea și cu toate actele cerute.
    .todo = Dacă nu puteți veni, anunțați repede administrația în scris și păstrați o dovadă.

concept-naturalisation = naturalizare (obținerea cetățeniei franceze)
    .explain = Naturalizarea este cererea de a deveni cetățean francez. Se face pe ANEF și cere de obicei mai mulți ani de ședere în Franța.

concept-regroupement-familial = reîntregirea familiei
    .explain = Reîntregirea familiei vă permite să aduceți în Franța soțul sau soția și copiii minori. Trebuie să aveți venituri și o locuință suficiente.

concept-admission-exceptionnelle-au-sejour = admitere excepțională la ședere (admission exceptionnelle au séjour)
    .explain = Este o cerere de permis de ședere pentru o persoană fără acte, din motive de muncă sau de familie. Prefectura decide de la caz la caz.

concept-etranger-malade = străin bolnav (ședere pentru îngrijiri medicale)
    .explain = Acest permis de ședere este pentru o persoană grav bolnavă care nu poate fi tratată în țara ei. Un medic al OFII dă un aviz asupra dosarului.

concept-demande-d-asile = cerere de azil
    .explain = Cererea de azil este cererea de protecție din partea Franței, dacă sunteți în pericol în țara dumneavoastră. OFPRA decide.

concept-demandeur-d-asile = solicitant de azil
    .explain = Un solicitant de azil a cerut protecția Franței și așteaptă decizia. În general, are dreptul să rămână în Franța cât timp i se examinează cererea, cu atestatul de cerere de azil.

concept-attestation-de-demande-d-asile = adeverință de cerere de azil
    .explain = Acest document dovedește că ați cerut azil și că șederea dumneavoastră este legală. Trebuie reînnoit înainte de data de expirare.
    .where = Vă este dat la ghișeul unic al prefecturii (GUDA).

concept-refugie = refugiat
    .explain = Statutul de refugiat este o protecție dată de OFPRA sau de CNDA. Dă dreptul la o carte de rezident de 10 ani.

concept-protection-subsidiaire = protecție subsidiară
    .explain = Protecția subsidiară este o protecție dată unei persoane amenințate în țara ei, dar nerecunoscute ca refugiat. Dă dreptul la un permis de ședere multianual.

concept-ofpra = OFPRA (Oficiul francez pentru protecția refugiaților și apatrizilor)
    .explain = OFPRA examinează cererile de azil și decide dacă acordă sau nu protecție. Întocmește și actele de stare civilă ale persoanelor protejate.

concept-cnda = CNDA (Curtea națională a dreptului de azil)
    .explain = CNDA este instanța unde se contestă un refuz al OFPRA. Termenul pentru această contestație este de o lună. Pentru un avocat plătit prin asistența juridică gratuită, cereți-o în 15 zile.

concept-passeport = pașaport
    .explain = Pașaportul este documentul de identitate și de călătorie dat de țara dumneavoastră. Multe cereri de permis de ședere îl cer.
    .where = Numărul este în dreapta sus, pe pagina cu fotografia.

concept-passeport-talent = „pașaport talent” (passeport talent)
    .explain = Este un permis de ședere de mai mulți ani, până la 4 ani, pentru persoane calificate, cercetători, artiști sau fondatori de firme. Acum se numește permis de ședere « talent ».

concept-dcem = document de circulație pentru străinul minor (DCEM)
    .explain = DCEM îi permite unui copil străin care locuiește în Franța să călătorească și să revină fără viză. Cererea se face pentru copilul minor.

concept-titre-d-identite-et-de-voyage = titlu de identitate și de călătorie (TIV)
    .explain = TIV este un document de călătorie dat de prefectură unor persoane protejate. Înlocuiește pașaportul când nu se poate obține unul din țara de origine.

concept-titre-de-voyage = document de călătorie pentru refugiați (titre de voyage)
    .explain = Documentul de călătorie înlocuiește pașaportul pentru refugiați și apatrizi. Nu le permite refugiaților să meargă în țara din care au fugit.

concept-oqtf = obligația de a părăsi teritoriul francez (OQTF)
    .explain = OQTF este o decizie a prefecturii care vă cere să părăsiți Franța. Termenul pentru a o contesta la tribunal este foarte scurt, uneori doar câteva zile.
    .todo = Citiți data scrisorii și contactați imediat o asociație sau un avocat. Păstrați plicul.

concept-irtf = interdicția de revenire pe teritoriul francez (IRTF)
    .explain = IRTF interzice revenirea în Franța pentru o durată stabilită. Însoțește adesea o OQTF și poate fi și ea contestată.

concept-contrat-d-integration-republicaine = contractul de integrare republicană (CIR)
    .explain = CIR este un contract semnat cu OFII la sosire. Prevede cursuri de franceză și o formare despre viața în Franța.

concept-visite-medicale = vizită medicală
    .explain = OFII vă poate convoca la o vizită medicală după sosire. Este obligatorie pentru unele permise de ședere.

concept-date-d-expiration = data expirării
    .explain = Este data de la care documentul nu mai este valabil. Faceți cererea de reînnoire înainte de această dată.
    .where = Pe permisul de ședere, pe recipisă sau pe pașaport, adesea lângă „Valable jusqu’au” (valabil până la).

concept-date-de-delivrance = data eliberării
    .explain = Este data la care administrația v-a dat documentul.
    .where = Chiar pe document, adesea lângă data expirării.

concept-date-d-entree-en-france = data intrării în Franța
    .explain = Este ziua în care ați sosit în Franța. Păstrați dovezi: ștampila din pașaport, biletul de avion sau de tren.
    .where = Pe ștampila de intrare din pașaport.

concept-renouvellement = reînnoire
    .explain = Reînnoirea este cererea unui nou document când cel vechi urmează să expire. Pe ANEF, cereți reînnoirea permisului de ședere între 120 și 60 de zile înainte de data expirării. Pentru un permis cerut la ghișeu, este în cele 2 luni dinainte de data expirării.

concept-premiere-demande = primă cerere
    .explain = Alegeți „première demande” dacă nu ați avut niciodată acest tip de permis sau de document.

concept-changement-de-statut = schimbare de statut
    .explain = Schimbarea de statut este cererea pentru un alt tip de permis de ședere. De exemplu trecerea de la student la salariat.

concept-etudiant = student
    .explain = Acest permis de ședere este pentru persoanele înscrise la o școală sau la o universitate. Permite munca de cel mult 964 de ore pe an, adică 60 % dintr-o normă întreagă. Pentru unele țări, ca Algeria, există reguli diferite.

concept-salarie = salariat
    .explain = Un salariat lucrează pentru un angajator cu un contract de muncă. Permisul de ședere „salarié” este legat de această muncă.

concept-situation-professionnelle = situația profesională
    .explain = Ce faceți pentru a vă câștiga existența: salariat, în căutarea unui loc de muncă, student sau fără activitate. Alegeți situația dumneavoastră de azi.

concept-travailleur-temporaire = lucrător temporar
    .explain = Acest permis de ședere este pentru o muncă de mai puțin de un an, de exemplu un contract scurt. Durează cât contractul.

concept-vie-privee-et-familiale = viață privată și de familie (vie privée et familiale)
    .explain = Acest permis de ședere se dă pentru legăturile de familie din Franța, de exemplu cu un soț francez sau cu un copil francez. Permite să lucrați.

concept-autorisation-de-travail = autorizație de muncă
    .explain = Autorizația de muncă îi permite unei persoane străine să lucreze în Franța. Adesea angajatorul o cere online.

concept-ceseda = CESEDA (Codul intrării și șederii străinilor și al dreptului de azil)
    .explain = CESEDA este cartea de legi despre șederea străinilor și azil în Franța. Scrisorile prefecturii citează articolele lui.

concept-dossier = dosar
    .explain = Dosarul cuprinde cererea și toate documentele dumneavoastră. Administrația îl examinează ca să ia o decizie.

concept-numero-de-dossier = număr de dosar
    .explain = Este numărul care identifică cererea dumneavoastră. Notați-l, veți avea nevoie de el ca să scrieți administrației.
    .where = În e-mailul de confirmare, pe adeverința de depunere sau în cont.

concept-instruction = în curs de examinare
    .explain = Examinarea („instruction”) este studierea dosarului de către administrație. În acest timp așteptați decizia.

concept-decision = decizie
    .explain = Decizia este răspunsul administrației la cererea dumneavoastră: da sau nu. O decizie scrisă spune și cum o puteți contesta.

concept-refus = refuz
    .explain = Un refuz înseamnă că administrația a spus nu cererii dumneavoastră. Îl puteți contesta, dar termenul este scurt.
    .todo = Păstrați scrisoarea și plicul, notați data primirii și contactați repede o asociație sau un avocat.

## Justiție și căi de atac (Justice et recours)

concept-recours = contestație (cale de atac)
    .explain = O contestație este o cerere prin care vă opuneți unei decizii. Scrieți chiar administrației sau mergeți în fața unui judecător.

concept-delai-de-recours = termen de contestare
    .explain = Este timpul pe care îl aveți ca să contestați o decizie. Este adesea de 2 luni, uneori mult mai puțin.
    .where = La sfârșitul scrisorii de decizie, în partea „voies et délais de recours” (căi și termene de contestare).

concept-decision-implicite-de-rejet = respingere tacită (lipsă de răspuns)
    .explain = Dacă administrația nu răspunde într-un anumit timp, legea consideră uneori că este un refuz. Pentru un permis de ședere, acest termen este de 4 luni.
    .todo = Păstrați dovada datei cererii. După acest termen, puteți face o contestație.

concept-tribunal-administratif = tribunal administrativ
    .explain = Tribunalul administrativ judecă conflictele cu administrația, de exemplu refuzul unui permis de ședere. Pentru CAF, judecă litigiile despre ajutorul pentru locuință și RSA; alocațiile familiale merg la tribunalul judiciar (tribunal judiciaire). Uneori o contestație prealabilă este obligatorie: citiți „voies et délais de recours” din scrisoare.

concept-refere = procedură de urgență (référé)
    .explain = „Référé” este o procedură rapidă în fața judecătorului, în caz de urgență. De exemplu, judecătorul poate obliga prefectura să vă dea o programare.
    .todo = Pentru „référé mesures utiles”, trebuie să dovediți încercările: păstrați capturi de ecran cu dată, făcute de mai multe ori, timp de mai multe săptămâni.

concept-requete = cerere de chemare în judecată (requête)
    .explain = „Requête” este cererea scrisă pe care o trimiteți tribunalului. Explică ce contestați și de ce. Pe un site, „requête” înseamnă și o cerere trimisă calculatorului site-ului.

concept-avocat = avocat
    .explain = Un avocat vă sfătuiește și vă apără în fața judecătorului. Dacă aveți venituri mici, ajutorul public judiciar îl poate plăti.

concept-aide-juridictionnelle = ajutor public judiciar (aide juridictionnelle)
    .explain = Acest ajutor plătește integral sau parțial cheltuielile de avocat și de judecată, dacă veniturile sunt mici. Cereți-l la tribunal sau avocatului dumneavoastră.

concept-conseil-d-etat = Conseil d’État (Consiliul de Stat, cea mai înaltă instanță administrativă)
    .explain = Consiliul de Stat este cea mai înaltă instanță pentru conflictele cu administrația. Pe 3 iunie 2022, a decis că statul poate impune ANEF pentru permisele de ședere. Dar statul trebuie să ajute și să propună o altă soluție dacă, chiar și cu ajutor, site-ul nu funcționează pentru dumneavoastră.

concept-defenseur-des-droits = Défenseur des droits (Apărătorul drepturilor, ombudsman)
    .explain = Défenseur des droits ajută gratuit persoanele care au o problemă cu o administrație sau o discriminare. Îl puteți contacta online, la telefon sau puteți merge la un delegat.

concept-mediateur = mediator
    .explain = Un mediator ajută la rezolvarea unui dezacord cu o administrație, fără tribunal. Adesea trebuie să fi scris mai întâi administrației.

concept-reclamation = reclamație
    .explain = O reclamație este un mesaj prin care spuneți că nu sunteți de acord sau că există o greșeală. Păstrați o copie și data trimiterii.

concept-recours-amiable = contestație pe cale amiabilă (recours amiable)
    .explain = Ca să contestați o decizie a CAF sau a Assurance Maladie, scrieți mai întâi comisiei lor de contestații amiabile, de obicei în 2 luni. Această contestație este adesea obligatorie înainte de tribunal. Pentru RSA, contestația prealabilă merge la consiliul departamental (conseil départemental).

concept-preuve = dovadă
    .explain = O dovadă este un document care arată ce s-a întâmplat: scrisoare, e-mail, captură de ecran cu dată. Păstrați-le pe toate, pot fi utile în fața unui judecător.

concept-alternative-non-numerique = alternativă non-digitală (fără internet)
    .explain = Pentru un permis de ședere, dacă ANEF nu funcționează pentru dumneavoastră nici cu ajutor, statul trebuie să propună o altă soluție. Consiliul de Stat a spus asta pe 3 iunie 2022. Pentru alte demersuri, depinde: întrebați administrația.
    .todo = Cereți mai întâi ajutor centrului de contact ANEF sau punctului de primire digitală al prefecturii. Păstrați dovezile: e-mailuri și capturi de ecran cu dată. Dacă nu ajunge, cereți în scris o altă soluție.

concept-point-justice = punct de consultanță juridică gratuită (point-justice)
    .explain = Într-un „point-justice”, juriști vă dau sfaturi gratuite despre drepturile dumneavoastră.

concept-plainte = plângere penală (plainte)
    .explain = A depune plângere înseamnă a spune poliției sau jandarmeriei că ați fost victimă. Puteți depune plângere chiar și fără permis de ședere.

concept-casier-judiciaire = cazier judiciar
    .explain = Cazierul judiciar cuprinde condamnările unei persoane. Unele demersuri cer un extras, care se obține gratuit online.

## Prestații sociale (Prestations sociales)

concept-caf = CAF (casa de alocații familiale)
    .explain = CAF plătește ajutoare în bani: ajutoare pentru locuință, RSA, prima de activitate, ajutoare pentru copii. Fiecare departament are CAF-ul lui.

concept-msa = MSA (asigurările sociale agricole)
    .explain = MSA face munca CAF și a Assurance Maladie (asigurarea de sănătate) pentru persoanele care lucrează în agricultură.

concept-allocataire = beneficiar de alocații (allocataire)
    .explain = „Allocataire” este persoana care primește ajutoarele CAF sau MSA pentru gospodăria ei.

concept-numero-allocataire = număr de beneficiar CAF (numéro allocataire)
    .explain = Este numărul dosarului dumneavoastră la CAF. Păstrați-l ca să scrieți sau să telefonați la CAF. Pentru conectarea pe caf.fr se folosește de obicei numărul de securitate socială.
    .where = În partea de sus a scrisorilor de la CAF și pe adeverința de plată.

concept-prestation = prestație (ajutor)
    .explain = O prestație este un ajutor, adesea în bani, plătit de o instituție ca CAF sau Assurance Maladie.

concept-rsa = RSA (venit minim de solidaritate)
    .explain = RSA este un ajutor în bani pentru persoanele care au venituri foarte mici sau deloc, de obicei de la 25 de ani. Trebuie să vă declarați veniturile la fiecare 3 luni.

concept-prime-d-activite = prima de activitate (prime d’activité)
    .explain = Prima de activitate este un ajutor de la CAF pentru persoanele care lucrează și câștigă puțin. Trebuie să vă declarați veniturile la fiecare 3 luni.

concept-aide-au-logement = ajutor pentru locuință (chirie)
    .explain = Este un ajutor de la CAF sau MSA pentru a plăti o parte din chirie. Suma depinde de venituri, de chirie și de familie.

concept-apl = APL (ajutor personalizat pentru locuință)
    .explain = APL este un ajutor pentru locuință pentru locuințele convenționate (conventionnés), adesea locuințe sociale. Poate fi plătit direct proprietarului, care îl scade din chirie. Altfel, vă este plătit dumneavoastră.

concept-als = ALS (alocație socială pentru locuință)
    .explain = ALS este un ajutor pentru locuință pentru persoanele fără copii în întreținere care nu au dreptul la APL. Studenții o primesc des.

concept-alf = ALF (alocație familială pentru locuință)
    .explain = ALF este un ajutor pentru locuință pentru familii, de exemplu cu copii în întreținere, care nu au dreptul la APL.

concept-allocations-familiales = alocații familiale (pentru copii)
    .explain = Alocațiile familiale sunt plătite lunar de CAF dacă aveți cel puțin 2 copii în întreținere. Suma depinde de venituri.

concept-paje = Paje (ajutoare pentru nașterea și creșterea copiilor mici)
    .explain = Paje cuprinde ajutoarele CAF pentru naștere și pentru copiii mici. Ajută și la plata îngrijirii copilului (bonă, creșă).

concept-allocation-de-rentree-scolaire = alocația pentru începutul anului școlar (ARS)
    .explain = ARS este un ajutor plătit la sfârșitul verii pentru fiecare copil de 6 până la 18 ani care merge la școală. Depinde de venituri.

concept-aah = AAH (alocația pentru adulții cu dizabilități)
    .explain = AAH este un ajutor în bani pentru adulții cu dizabilități care au venituri mici. MDPH decide, apoi CAF sau MSA plătește ajutorul.

concept-mdph = MDPH (casa departamentală pentru persoanele cu dizabilități)
    .explain = MDPH examinează cererile persoanelor cu dizabilități, de exemplu AAH sau cardul de mobilitate și incluziune (CMI). Din 2017, CMI înlocuiește cardul de invaliditate (carte d’invalidité). Un card de invaliditate vechi rămâne valabil cel mai târziu până la 31 decembrie 2026.

concept-allocation-de-soutien-familial = alocația de sprijin familial (ASF)
    .explain = ASF ajută părintele care crește singur un copil, când celălalt părinte nu plătește pensie alimentară sau plătește puțin.

concept-complement-familial = supliment familial (complément familial)
    .explain = Suplimentul familial este un ajutor de la CAF pentru familiile cu cel puțin 3 copii mai mari de 3 ani, cu venituri modeste.

concept-pension-alimentaire = pensie alimentară
    .explain = Sunt banii pe care un părinte separat îi plătește celuilalt pentru copii. CAF poate ajuta dacă acești bani nu sunt plătiți.

concept-quotient-familial = coeficient familial (quotient familial)
    .explain = Coeficientul familial este un calcul făcut cu veniturile și mărimea familiei. Primăria și alte servicii îl folosesc ca să stabilească prețurile.
    .where = Pe adeverința de coeficient familial, de descărcat de pe site-ul CAF.

concept-ressources = venituri (resurse)
    .explain = Veniturile sunt toți banii pe care îi primiți: salariu, șomaj, ajutoare, pensii. Ajutoarele se calculează după venituri.

concept-declaration-trimestrielle-de-ressources = declarația trimestrială de venituri
    .explain = La fiecare 3 luni trebuie să vă declarați veniturile la CAF pentru RSA sau pentru prima de activitate. Fără această declarație, plățile se opresc.
    .todo = Faceți-o imediat ce CAF o cere. Dacă sunteți blocat, păstrați o captură de ecran și contactați CAF.

concept-declaration-de-situation = declarație de situație
    .explain = Este un formular în care spuneți instituției cine locuiește cu dumneavoastră, unde locuiți și ce faceți. Servește la calculul drepturilor.

concept-changement-de-situation = schimbare de situație
    .explain = Trebuie să anunțați repede la CAF sau la CPAM orice schimbare: mutare, naștere, viață în cuplu, separare, muncă. Altfel ați putea fi nevoit să dați bani înapoi.

concept-indu = sumă încasată nejustificat (indu)
    .explain = Un „indu” înseamnă bani pe care i-ați primit în plus. Instituția vă cere să îi dați înapoi, adesea scăzându-i din ajutoarele următoare.
    .todo = Dacă nu sunteți de acord, faceți o contestație pe cale amiabilă în termenul scris în scrisoare. Puteți cere și o iertare de datorie sau o eșalonare.

concept-remise-de-dette = iertare de datorie (remise de dette)
    .explain = Puteți cere să nu rambursați integral sau parțial o sumă primită în plus, dacă nu puteți plăti. Puteți cere și să plătiți în mai multe rate.

concept-rappel = plată restantă / reamintire (rappel)
    .explain = Un „rappel” înseamnă bani pe care instituția vi-i datora și pe care vi-i plătește cu întârziere, dintr-odată. Un „rappel” poate fi și un mesaj care vă reamintește o dată.

concept-paiement = plată
    .explain = Plata înseamnă banii plătiți, dumneavoastră sau de dumneavoastră. În contul CAF, această pagină arată ajutoarele plătite.

concept-versement = virament (plată)
    .explain = Viramentul este trimiterea banilor în contul bancar. CAF plătește ajutoarele unei luni de obicei pe 5 ale lunii următoare. Banii pot ajunge în cont până la 3 zile mai târziu.

concept-droits = drepturi
    .explain = Drepturile sunt ceea ce legea vă permite să primiți sau să faceți. De exemplu dreptul la un ajutor pentru locuință.

concept-ouverture-de-droits = deschiderea drepturilor (acordarea ajutorului)
    .explain = Deschiderea drepturilor înseamnă că instituția a acceptat cererea. De la această dată puteți primi ajutorul.

concept-fin-de-droits = încetarea drepturilor
    .explain = Este data la care un ajutor se oprește. Informați-vă înainte, pentru că uneori este posibil un alt ajutor.

concept-attestation-de-paiement = adeverință de plată (attestation de paiement)
    .explain = Acest document dovedește ajutoarele pe care le primiți și suma lor. Vi se cere pentru o locuință, o cantină sau alt ajutor.
    .where = De descărcat din contul CAF, la rubrica „attestations” (adeverințe).

concept-simulation = simulare (calcul estimativ)
    .explain = Simularea calculează dacă ați putea avea un ajutor și cât. Nu este o cerere: trebuie apoi să faceți cererea adevărată.

concept-controle = control (verificare)
    .explain = Instituția vă poate verifica declarațiile, prin scrisoare sau printr-o vizită. Răspundeți în termenul cerut și păstrați copii.

concept-suspension = suspendare
    .explain = Suspendarea înseamnă că ajutorul este oprit pentru un timp, adesea pentru că lipsește un document sau o declarație.
    .todo = Citiți mesajul ca să aflați ce lipsește, trimiteți repede și păstrați o dovadă a trimiterii.

concept-radiation = radiere (scoatere de pe listă)
    .explain = Radierea înseamnă că ați fost scos de pe listă, de exemplu de pe lista persoanelor care caută un loc de muncă. Ajutoarele se pot opri.
    .todo = Citiți scrisoarea și contestați repede dacă este o greșeală. Păstrați dovezile demersurilor dumneavoastră.

concept-rib = RIB (extras cu datele contului bancar)
    .explain = RIB este o hârtie de la bancă cu numele dumneavoastră și numerele contului. Se cere ca să vi se plătească bani.
    .where = În aplicația băncii, în carnetul de cecuri sau la ghișeul băncii.

concept-iban = IBAN (codul internațional al contului bancar)
    .explain = IBAN este numărul internațional al contului bancar. În Franța are 27 de caractere și începe cu FR.
    .where = Pe RIB sau în aplicația băncii.

concept-bic = BIC (codul băncii)
    .explain = BIC este codul băncii, din 8 sau 11 litere și cifre. Se cere uneori împreună cu IBAN.
    .where = Pe RIB, lângă IBAN.

concept-banque = bancă
    .explain = Banca vă păstrează banii într-un cont. Ajutoarele se plătesc într-un cont bancar pe numele dumneavoastră.

concept-compte-bancaire = cont bancar
    .explain = Într-un cont bancar vă intră banii, ca salariul sau ajutoarele. Adesea trebuie să fie pe numele dumneavoastră.

concept-droit-au-compte = dreptul la cont bancar (droit au compte)
    .explain = Dacă o bancă refuză să vă deschidă un cont, Banque de France (banca centrală) poate obliga o bancă să o facă. Este gratuit.

concept-cheque-energie = cec pentru energie (chèque énergie)
    .explain = Cecul pentru energie ajută la plata electricității, a gazului sau a încălzirii, în funcție de venituri. Din 2025 nu mai vine întotdeauna automat: unele persoane trebuie să-l ceară. Declarați-vă veniturile în fiecare an și verificați regulile anului pe chequeenergie.gouv.fr.

concept-aspa = ASPA (alocația de solidaritate pentru persoanele vârstnice)
    .explain = ASPA este un ajutor în bani pentru persoanele vârstnice, de obicei de la 65 de ani, care au venituri mici.

concept-retraite = pensie (de limită de vârstă)
    .explain = Pensia reprezintă banii plătiți lunar când încetați să lucrați din cauza vârstei. Suma depinde de anii lucrați.

concept-ccas = CCAS (centrul comunal de acțiune socială al primăriei)
    .explain = CCAS este serviciul social al primăriei. Dă ajutoare de urgență, ajută la demersuri și vă poate oferi o adresă de corespondență.

concept-france-services = France Services (centre de ajutor pentru demersuri administrative)
    .explain = Într-un centru France Services, funcționari vă ajută gratuit la demersuri: CAF, impozite, sănătate, acte. Există în multe orașe.

concept-centre-social = centru social
    .explain = Centrul social este un loc din cartier deschis tuturor. Acolo puteți primi adesea ajutor pentru demersurile online.

concept-travailleur-social = asistent social
    .explain = Asistentul social vă ajută în dificultăți: locuință, bani, acte, sănătate. Îl puteți vedea la primărie, la departament sau la o asociație.

concept-conseiller-numerique = consilier digital
    .explain = Consilierul digital vă ajută să folosiți calculatorul și internetul pentru demersuri.

concept-aidants-connect = Aidants Connect (ajutor pentru demersuri online în numele dumneavoastră)
    .explain = Aidants Connect îi permite unui ajutor profesionist să facă un demers online pentru dumneavoastră, cu acordul dumneavoastră scris. Dumneavoastră alegeți demersurile și durata.

concept-interprete = interpret
    .explain = Un interpret traduce oral între dumneavoastră și persoana care vorbește franceză. Întrebați din timp dacă un interpret este posibil la programarea dumneavoastră.

## Sănătate (Santé)

concept-assurance-maladie = Assurance Maladie (asigurarea publică de sănătate)
    .explain = Assurance Maladie plătește o parte din îngrijiri: medic, medicamente, spital. Site-ul ei se numește Ameli.

concept-securite-sociale = Sécurité sociale (sistemul de asigurări sociale)
    .explain = Sécurité sociale este sistemul francez care protejează în caz de boală, bătrânețe și cheltuieli de familie. Cuprinde Assurance Maladie și CAF.

concept-ameli = Ameli (site-ul asigurării de sănătate)
    .explain = Ameli este site-ul Assurance Maladie. În cont vedeți rambursările și descărcați adeverința de drepturi.

concept-cpam = CPAM (casa locală de asigurări de sănătate)
    .explain = CPAM este biroul Assurance Maladie din departamentul dumneavoastră. Tratează cererile de card Vitale, de AME și de Complémentaire santé solidaire.

concept-numero-de-securite-sociale = număr de asigurare socială
    .explain = Este numărul dumneavoastră personal pentru sănătate: 13 cifre și apoi o cheie de 2 cifre. Începe cu 1 pentru un bărbat și cu 2 pentru o femeie.
    .where = Pe cardul Vitale și pe adeverința de drepturi.

concept-numero-provisoire = număr provizoriu
    .explain = Dacă v-ați născut în străinătate, Assurance Maladie vă dă mai întâi un număr provizoriu, care începe adesea cu 7 sau 8. Numărul definitiv vine după verificarea stării civile.
    .where = Pe adeverința de drepturi.

concept-carte-vitale = cardul Vitale (cardul de asigurat)
    .explain = Cardul Vitale este cardul verde al Assurance Maladie. Dați-l la medic sau la farmacie ca să fiți rambursat mai repede.

concept-attestation-de-droits = adeverință de drepturi (attestation de droits)
    .explain = Acest document dovedește că aveți asigurare de sănătate. Arată numărul de asigurare socială și drepturile dumneavoastră.
    .where = De descărcat din contul Ameli sau de cerut la CPAM.

concept-assure = asigurat
    .explain = Asiguratul este persoana care are o asigurare de sănătate pe numele ei.

concept-ayant-droit = coasigurat (ayant droit)
    .explain = Un „ayant droit” este o persoană acoperită de asigurarea altcuiva, de exemplu un copil de asigurarea părinților.

concept-aide-medicale-d-etat = ajutorul medical de stat (AME)
    .explain = AME plătește îngrijirile persoanelor fără permis de ședere care locuiesc în Franța de peste 3 luni și au venituri mici. Se cere la CPAM în fiecare an.

concept-complementaire-sante-solidaire = Complémentaire santé solidaire (asigurare complementară gratuită sau ieftină)
    .explain = Complémentaire santé solidaire ajută la plata îngrijirilor pe care Assurance Maladie nu le rambursează. În funcție de venituri, este gratuită sau costă mai puțin de un euro pe zi de persoană. Cereți-o pe Ameli sau la CPAM.

concept-puma = PUMa (asigurarea universală de sănătate)
    .explain = PUMa dă asigurare de sănătate oricărei persoane care lucrează sau locuiește în Franța în mod stabil și legal. A înlocuit CMU.

concept-mutuelle = asigurare complementară de sănătate (mutuelle)
    .explain = „Mutuelle” plătește o parte din îngrijirile pe care Assurance Maladie nu le rambursează. În general, se plătește. Cu venituri mici, Complémentaire santé solidaire este gratuită sau costă mai puțin de un euro pe zi de persoană.

concept-medecin-traitant = medic de familie (médecin traitant)
    .explain = „Médecin traitant” este medicul pe care îl alegeți ca să vă urmărească. Dacă nu declarați unul, sunteți rambursat mai puțin.

concept-medecin = medic
    .explain = Medicul vă tratează și poate scrie o rețetă sau un concediu medical.

concept-ordonnance = rețetă (ordonnance)
    .explain = „Ordonnance” este hârtia medicului cu medicamentele sau îngrijirile. Farmacia are nevoie de ea. La tribunal, „ordonnance” este și o decizie a judecătorului.

concept-remboursement = rambursare
    .explain = Rambursarea reprezintă banii pe care Assurance Maladie sau „mutuelle” vi-i dau înapoi după îngrijiri. O vedeți în contul Ameli.

concept-feuille-de-soins = foaie de îngrijiri (feuille de soins)
    .explain = Foaia de îngrijiri este hârtia dată de medic dacă nu aveți cardul Vitale. Trimiteți-o la CPAM ca să fiți rambursat.

concept-arret-de-travail = concediu medical (arrêt de travail)
    .explain = Este o hârtie a medicului care spune că nu puteți lucra din motive de sănătate. Trimiteți-o la CPAM și angajatorului în 48 de ore.

concept-indemnites-journalieres = indemnizații zilnice (indemnités journalières)
    .explain = Sunt sume plătite de Assurance Maladie în timpul concediului medical. Înlocuiesc o parte din salariu.

concept-tiers-payant = plata directă de către asigurare (tiers payant)
    .explain = Cu „tiers payant”, Assurance Maladie plătește partea sa direct medicului sau farmaciei. Plătiți doar restul, cu excepția cazului în care asigurarea complementară (mutuelle) îl plătește și ea direct.

concept-pass = serviciul spitalicesc de acces la îngrijiri (PASS)
    .explain = PASS este un serviciu al spitalului pentru persoanele fără asigurare de sănătate. Acolo sunteți tratat și ajutat să vă deschideți drepturile.

concept-affection-de-longue-duree = boală de lungă durată (ALD)
    .explain = O ALD este o boală gravă și lungă, ca diabetul. Îngrijirile legate de această boală sunt rambursate mai bine.

concept-certificat-medical = certificat medical
    .explain = Certificatul medical este o hârtie scrisă de un medic despre starea sănătății dumneavoastră. Unele demersuri îl cer, de exemplu permisul de ședere pentru îngrijiri medicale.

concept-mon-espace-sante = Mon espace santé (dosarul medical online)
    .explain = Mon espace santé este un carnet de sănătate online. Medicii pot pune acolo documentele de sănătate, dacă sunteți de acord.

concept-doctolib = Doctolib (site de programări la medic)
    .explain = Doctolib este un site privat pentru programări la medic sau la spital. Este gratuit pentru pacienți.

concept-urgences = serviciul de urgențe
    .explain = Urgențele spitalului tratează problemele grave, zi și noapte. Pentru o urgență vitală, sunați la 15 sau la 112.

concept-agence-regionale-de-sante = agenția regională de sănătate (ARS)
    .explain = Agenția regională de sănătate organizează sănătatea în regiunea dumneavoastră: spitale, vaccinuri, prevenție. Nu rambursează îngrijirile.

## Impozite (Impôts)

concept-impots = impozite
    .explain = Impozitele sunt banii plătiți statului sau comunei. Chiar dacă nu plătiți impozit, trebuie adesea să faceți o declarație în fiecare an.

concept-impots-gouv = impots.gouv.fr (site-ul oficial al impozitelor)
    .explain = Este site-ul oficial al impozitelor din Franța. Acolo vă declarați veniturile și găsiți deciziile de impunere.

concept-dgfip = DGFiP (administrația fiscală)
    .explain = DGFiP este administrația impozitelor din Franța.

concept-numero-fiscal = număr fiscal
    .explain = Numărul fiscal este numărul dumneavoastră personal la impozite, de 13 cifre. Servește ca identificator pe impots.gouv.fr.
    .where = Pe prima pagină a deciziei de impunere sau a declarației de venituri, sus.

concept-numero-d-acces-en-ligne = număr de acces online
    .explain = Acest număr servește la crearea contului pe impots.gouv.fr prima dată. Se schimbă în fiecare an.
    .where = Pe prima pagină a ultimei declarații de venit sau într-o scrisoare de la impozite.

concept-avis-d-imposition = decizie de impunere (avis d’imposition)
    .explain = Decizia de impunere este documentul trimis de administrația fiscală după declarație. Spune cât trebuie să plătiți și servește ca dovadă de venit.
    .where = În spațiul personal de pe impots.gouv.fr, la rubrica „Documents”.

concept-avis-de-non-imposition = aviz de neimpozitare (avis de non-imposition)
    .explain = Acest document spune că nu aveți impozit pe venit de plătit. Este cerut adesea pentru ajutoare, locuință socială sau burse. Astăzi, acest rol îl are avizul de situație declarativă (avis de situation déclarative) sau avizul de impozit.

concept-avis-de-situation-declarative = adeverință de depunere a declarației (avis de situation déclarative)
    .explain = Acest document dovedește că v-ați declarat veniturile, imediat după declarația online. Poate servi până primiți decizia de impunere.

concept-revenu-fiscal-de-reference = venit fiscal de referință
    .explain = Este o sumă calculată de administrația fiscală pornind de la veniturile dumneavoastră. Multe ajutoare și tarife folosesc acest număr.
    .where = Pe prima pagină a deciziei de impunere, în caseta cu datele dumneavoastră de referință.

concept-declaration-de-revenus = declarație de venituri
    .explain = În fiecare primăvară declarați la impozite banii câștigați în anul anterior. Faceți-o chiar și cu venituri mici sau fără venituri, pentru că decizia vă trebuie pentru ajutoare.

concept-declaration-automatique = declarație automată
    .explain = Dacă situația nu s-a schimbat, administrația fiscală validează singură declarația. Verificați totuși sumele și corectați-le dacă este nevoie.

concept-declarant = declarant
    .explain = Declarantul este persoana care face declarația. Pentru un cuplu căsătorit sau în PACS, există un declarant 1 și un declarant 2.

concept-prelevement-a-la-source = reținere la sursă
    .explain = Impozitul pe venit este luat direct în fiecare lună din salariu sau din venituri. Aceasta este reținerea la sursă.

concept-taux-de-prelevement = cota de reținere
    .explain = Este procentul din venituri luat în fiecare lună pentru impozit. Se calculează după ultima declarație.

concept-impot-sur-le-revenu = impozit pe venit
    .explain = Impozitul pe venit se calculează pe banii câștigați în an. Multe persoane cu venituri mici nu îl plătesc.

concept-revenu-imposable = venit impozabil
    .explain = Este partea din venituri care contează pentru calculul impozitului pe venit.

concept-taxe-fonciere = impozit pe proprietate (taxe foncière)
    .explain = Impozitul pe proprietate este plătit în fiecare an de proprietarii unei locuințe sau ai unui teren. Chiriașii nu îl plătesc.

concept-taxe-d-habitation = taxă de locuire (taxe d’habitation)
    .explain = Taxa de locuire nu mai există pentru locuința principală. Rămâne pentru reședințele secundare.

concept-foyer-fiscal = gospodărie fiscală (foyer fiscal)
    .explain = Gospodăria fiscală cuprinde toate persoanele de pe aceeași declarație de venituri: dumneavoastră, soțul sau partenerul de PACS, copiii în întreținere.

concept-part-fiscale = parte fiscală (part fiscale)
    .explain = Numărul de părți depinde de familie: adulți și copii în întreținere. Cu cât aveți mai multe părți, cu atât impozitul este mai mic.

concept-annee-de-revenus = anul veniturilor
    .explain = Este anul în care ați câștigat banii declarați. De obicei se declară veniturile anului anterior.

concept-residence-fiscale = rezidență fiscală
    .explain = Rezidența fiscală este țara unde plătiți impozitele, adesea cea în care locuiți cea mai mare parte a anului.

concept-centre-des-finances-publiques = centrul de finanțe publice (biroul de impozite)
    .explain = Este biroul de impozite de lângă dumneavoastră. Acolo puteți pune întrebări despre declarație, adesea cu programare.

concept-espace-particulier = spațiul personal pe impots.gouv.fr (espace particulier)
    .explain = Este contul dumneavoastră personal pe impots.gouv.fr, numit acum « espace Finances publiques ». Acolo vă declarați veniturile, citiți deciziile și scrieți administrației fiscale.

## Muncă (Emploi)

concept-france-travail = France Travail (agenția pentru ocuparea forței de muncă)
    .explain = France Travail ajută persoanele care caută un loc de muncă și plătește indemnizațiile de șomaj. Înainte de 2024 se numea Pôle emploi.

concept-identifiant-france-travail = identificator France Travail
    .explain = Este numărul dat de France Travail la înscriere. Servește la conectare și când scrieți la France Travail.
    .where = Pe scrisorile de la France Travail și în e-mailul primit la înscriere.

concept-demandeur-d-emploi = persoană în căutarea unui loc de muncă
    .explain = Este o persoană înscrisă la France Travail ca să caute de lucru.

concept-inscription = înscriere
    .explain = Înscrierea este primul demers pentru a fi înregistrat, de exemplu la France Travail. Deschide accesul la ajutor și la indemnizații.

concept-actualisation = actualizare lunară (actualisation)
    .explain = În fiecare lună spuneți la France Travail dacă ați lucrat și dacă încă mai căutați de lucru. Fără actualizare, înscrierea și indemnizațiile se opresc.
    .todo = Faceți-o la data indicată, adesea la sfârșitul lunii. Păstrați confirmarea sau o captură de ecran.

concept-chomage = șomaj
    .explain = A fi în șomaj înseamnă a nu avea de lucru și a căuta. În anumite condiții, France Travail vă plătește bani.

concept-are = indemnizația de șomaj (ARE)
    .explain = ARE este indemnizația de șomaj plătită de France Travail, dacă v-ați pierdut locul de muncă și ați lucrat suficient înainte. Se plătește, de exemplu, după o concediere, o încetare a contractului prin acord (rupture conventionnelle) sau la sfârșitul unui contract pe durată determinată (CDD). După o demisie, doar în anumite cazuri.

concept-ass = alocația specifică de solidaritate (ASS)
    .explain = ASS poate fi plătită când drepturile la indemnizația de șomaj s-au terminat, dacă înainte ați lucrat suficient și aveți venituri mici. Desființarea ei a fost propusă în 2024 și 2025. Întrebați France Travail dacă mai există pentru dumneavoastră.

concept-conseiller = consilier
    .explain = Consilierul este persoana care vă urmărește dosarul și vă ajută la căutare. Îi puteți scrie prin mesageria din cont.

concept-attestation-employeur = adeverința angajatorului (attestation employeur)
    .explain = Angajatorul trebuie să vă dea acest document la sfârșitul contractului. France Travail are nevoie de el ca să vă calculeze indemnizația de șomaj.

concept-bulletin-de-salaire = fluturaș de salariu (bulletin de salaire)
    .explain = Este hârtia dată lunar de angajator, cu salariul dumneavoastră. Păstrați-i mereu, servesc pentru șomaj, pensie și permisul de ședere.

concept-salaire = salariu
    .explain = Salariul reprezintă banii plătiți de angajator pentru munca dumneavoastră. „Brut” este înainte de contribuții, „net” este ce primiți.

concept-contrat-de-travail = contract de muncă
    .explain = Contractul de muncă este acordul scris dintre dumneavoastră și angajator: post, salariu, program, durată. Păstrați o copie.

concept-cdi = CDI (contract de muncă pe durată nedeterminată)
    .explain = CDI este un contract de muncă fără dată de sfârșit.

concept-cdd = CDD (contract de muncă pe durată determinată)
    .explain = CDD este un contract de muncă cu dată de sfârșit.

concept-interim = muncă temporară prin agenție (intérim)
    .explain = „Intérim” este o muncă scurtă oferită de o agenție, la o firmă client.

concept-employeur = angajator
    .explain = Angajatorul este persoana sau firma pentru care lucrați și care vă plătește.

concept-entreprise = întreprindere (firmă)
    .explain = O întreprindere produce sau vinde ceva. Formularul cere uneori datele ei oficiale, ca SIRET.

concept-societe = societate (firmă)
    .explain = O societate este o formă de întreprindere creată de una sau mai multe persoane, cu un nume și reguli oficiale.

concept-type-de-societe = forma juridică a firmei
    .explain = Este forma oficială a întreprinderii, de exemplu SARL, SAS sau întreprindere individuală.
    .where = Pe extrasul Kbis sau pe avizul de situație din registrul SIRENE.

concept-denomination = denumire
    .explain = Denumirea este numele oficial al întreprinderii, așa cum este înregistrat.
    .where = Pe extrasul Kbis sau pe fluturașii de salariu.

concept-numero-de-siret = număr SIRET (numărul sediului firmei)
    .explain = SIRET este numărul unui sediu al unei întreprinderi, de 14 cifre. Permite recunoașterea firmei.
    .where = Pe fluturașii de salariu, sus, sau pe facturile firmei.

concept-numero-siren = număr SIREN (numărul firmei)
    .explain = SIREN este numărul întreprinderii, de 9 cifre. Sunt primele 9 cifre din SIRET.

concept-extrait-kbis = extras Kbis (extras din registrul comerțului)
    .explain = Extrasul Kbis este „cartea de identitate” oficială a unei firme înregistrate la registrul comerțului.

concept-fonction = funcția în firmă
    .explain = Funcția este postul dumneavoastră în firmă, de exemplu administrator, vânzător sau agent de curățenie.

concept-representant-legal = reprezentant legal
    .explain = Reprezentantul legal acționează oficial în numele unei firme, adesea administratorul sau președintele. Pentru un copil, sunt de obicei părinții.

concept-micro-entrepreneur = microîntreprinzător (micro-entrepreneur)
    .explain = Microîntreprinzătorul lucrează pe cont propriu, cu reguli simple. Își declară cifra de afaceri la URSSAF, lunar sau trimestrial.

concept-urssaf = URSSAF (casa de colectare a contribuțiilor sociale)
    .explain = URSSAF colectează contribuțiile sociale ale angajatorilor și ale lucrătorilor independenți. Microîntreprinzătorii își declară acolo veniturile.

concept-offre-d-emploi = ofertă de muncă (anunț de angajare)
    .explain = O ofertă de muncă este un anunț al unui angajator care caută pe cineva pentru un post.

concept-cv = CV (curriculum vitae)
    .explain = CV-ul este un document scurt care prezintă studiile, experiența și competențele dumneavoastră.

concept-formation = formare profesională (curs)
    .explain = O formare este un curs ca să învățați o meserie sau o competență. France Travail vă poate ajuta să găsiți una.

concept-contrat-d-engagement-jeune = contractul de angajament pentru tineri (CEJ)
    .explain = CEJ ajută tinerii sub 26 de ani fără loc de muncă și fără formare, cu îndrumare și o alocație.

concept-licenciement = concediere
    .explain = Concedierea este încetarea contractului hotărâtă de angajator. Trebuie să respecte reguli și să vă dea actele de încetare a contractului.

## Documente și acte (ANTS, primărie) — Documents et titres

concept-ants = ANTS (agenția pentru documente securizate)
    .explain = ANTS, numită France Titres din 2024, se ocupă de demersurile online pentru cartea de identitate, pașaport, permisul de conducere și certificatul de înmatriculare (carte grise).

concept-carte-nationale-d-identite = cartea națională de identitate (franceză)
    .explain = Cartea națională de identitate este actul de identitate al persoanelor franceze. O persoană străină folosește pașaportul sau permisul de ședere.

concept-piece-d-identite = act de identitate
    .explain = Este un document oficial cu fotografia dumneavoastră care dovedește cine sunteți: pașaport, carte de identitate sau permis de ședere.

concept-permis-de-conduire = permis de conducere
    .explain = Permisul de conducere vă dă dreptul să conduceți un vehicul. Demersurile se fac pe site-ul ANTS.

concept-neph = număr NEPH (numărul dosarului permisului de conducere)
    .explain = NEPH este numărul dosarului permisului de conducere. Site-ul îl cere pentru demersurile legate de permis.
    .where = Pe actele de la școala de șoferi sau pe permis.

concept-echange-de-permis = preschimbarea permisului de conducere
    .explain = Dacă aveți un permis dintr-o țară din afara Uniunii Europene, uneori trebuie să îl preschimbați cu un permis francez. Adesea cererea trebuie făcută în anul de după primul permis de ședere.

concept-code-ephoto = cod ePhoto
    .explain = Este un cod care leagă fotografia digitală de cererea dumneavoastră. Site-ul îl cere în locul unei fotografii pe hârtie.
    .where = Pe planșa de fotografii dată de cabina foto sau de fotograful autorizat ANTS.

concept-photo-d-identite = fotografie tip act
    .explain = Fotografia trebuie să fie mai nouă de 6 luni, din față, cu gura închisă, pe un fundal deschis. Ochelarii sunt permiși dacă ochii se văd bine, fără lentile colorate și fără reflexii. Faceți-o la un fotograf sau într-o cabină autorizată.

concept-certificat-d-immatriculation = certificat de înmatriculare (carte grise)
    .explain = Certificatul de înmatriculare, numit „carte grise”, este actul oficial al unui vehicul. Pe el sunt numărul de înmatriculare și numele proprietarului.

concept-pre-demande = precerere online (pré-demande)
    .explain = Precererea se face online înainte de a merge la primărie pentru o carte de identitate sau un pașaport. Primiți un număr pe care îl dați la programare.

concept-mairie = primărie
    .explain = Primăria este biroul comunei dumneavoastră. Întocmește actele de stare civilă și primește cererile de carte de identitate și de pașaport.

concept-empreintes-digitales = amprente digitale
    .explain = Amprentele digitale sunt desenele de pe vârful degetelor. Se iau pentru un pașaport, o carte de identitate sau un permis de ședere.

concept-timbre-fiscal = timbru fiscal
    .explain = Timbrul fiscal servește la plata unei taxe pentru un document: permis de ședere, pașaport, viză. Se cumpără online sau la o tutungerie (bureau de tabac).
    .where = Pe site-ul timbres.impots.gouv.fr sau la un „buraliste” (tutungerie). Păstrați numărul timbrului.

concept-declaration-de-perte = declarație de pierdere
    .explain = Dacă ați pierdut un document sau vi l-au furat, faceți o declarație. Ea este cerută ca să obțineți un document nou.

concept-attestation = adeverință (attestation)
    .explain = O adeverință este un document care dovedește o informație, de exemplu drepturile, o plată sau adresa dumneavoastră.

concept-copie = copie
    .explain = O copie este reproducerea unui document. Păstrați mereu originalul și dați o copie dacă este acceptată.

concept-compte-rendu = raport (proces-verbal)
    .explain = Un „compte rendu” este un text care povestește ce s-a întâmplat. De exemplu, medicul scrie un raport după un examen.

concept-original = original
    .explain = Originalul este documentul adevărat, nu o copie. Vi se cere adesea la programare, pentru verificare.

concept-scanner = a scana
    .explain = A scana înseamnă a transforma un document de hârtie într-un fișier. O fotografie clară cu telefonul este adesea acceptată.

concept-traduction = traducere
    .explain = Un document într-o limbă străină trebuie adesea tradus în franceză. Pentru actele oficiale, traducerea trebuie făcută de un traducător autorizat (jurat).

concept-legalisation = legalizare (sau apostilă)
    .explain = Legalizarea sau apostila dovedește că un document străin este autentic. Depinde de țara care a emis documentul.

concept-en-cours-de-validite = valabil (neexpirat)
    .explain = Un document valabil nu a depășit încă data de expirare.

concept-courrier = corespondență (scrisoare)
    .explain = „Courrier” este o scrisoare trimisă prin poștă. Păstrați o copie și dovada trimiterii pentru orice scrisoare importantă.

concept-lettre-recommandee = scrisoare recomandată
    .explain = Este o scrisoare trimisă prin poștă cu dovadă de trimitere și de primire. Folosiți-o pentru scrisorile importante, ca o contestație.

concept-accuse-de-reception = confirmare de primire (accusé de réception)
    .explain = Confirmarea de primire dovedește că administrația a primit cererea dumneavoastră. Păstrați-o, arată data demersului.

concept-notification = notificare
    .explain = O notificare este un mesaj oficial care vă informează despre o decizie sau o noutate. Data notificării face să înceapă termenele de contestare.

## Programări (Rendez-vous)

concept-rendez-vous = programare (rendez-vous)
    .explain = O programare este o zi și o oră stabilite ca să vedeți un funcționar. Multe administrații primesc doar cu programare.

concept-prendre-rendez-vous = a face o programare
    .explain = A face o programare înseamnă a alege pe site o zi și o oră libere. Primiți apoi o confirmare pe care trebuie să o păstrați.

concept-creneau = interval liber (créneau)
    .explain = Un „créneau” este o oră de programare liberă pe care o puteți alege.

concept-plage-horaire = interval orar
    .explain = Un interval orar este o perioadă de timp, de exemplu de la 9 la 12, când sunt posibile programări.

concept-aucun-creneau-disponible = niciun interval disponibil
    .explain = Site-ul spune că acum nu există nicio programare liberă. Nu este vina dumneavoastră, și poate dura săptămâni.
    .todo = Încercați din nou în alte zile și la alte ore și faceți de fiecare dată o captură de ecran cu dată. Aceste dovezi vă permit să cereți o programare în scris, apoi judecătorului prin „référé”.

concept-annuler-un-rendez-vous = anularea programării
    .explain = Dacă nu puteți veni, anulați programarea ca să eliberați locul. Folosiți linkul primit în e-mailul de confirmare.

concept-modifier-un-rendez-vous = modificarea programării
    .explain = A modifica o programare înseamnă a alege altă zi sau altă oră. Atenție, programarea veche se poate pierde.

concept-confirmation-de-rendez-vous = confirmarea programării
    .explain = Este mesajul care dovedește programarea, cu ziua, ora și locul. Imprimați-l sau păstrați-l în telefon.

concept-liste-d-attente = listă de așteptare
    .explain = Sunteți înscris pe o listă, iar administrația vă contactează când se eliberează un loc.

concept-delai = termen
    .explain = Termenul este timpul de așteptat sau timpul pe care îl aveți ca să faceți ceva. Respectați termenele scrise în scrisori.

concept-reponse-automatique = răspuns automat
    .explain = Este un mesaj trimis de un calculator, nu de o persoană. Nu răspundeți la această adresă, folosiți formularul sau adresa indicată.

## Erori și mesaje (Erreurs et messages)

concept-message-d-erreur = mesaj de eroare
    .explain = Un mesaj de eroare spune că o problemă vă împiedică să continuați. Este adesea roșu, lângă câmpul de corectat sau în partea de sus a paginii.
    .todo = Citiți mesajul, corectați câmpul indicat și încercați din nou. Dacă nu înțelegeți eroarea, faceți o captură de ecran ca să o arătați unei persoane care vă ajută.

concept-erreur-technique = eroare tehnică
    .explain = Site-ul are o problemă care nu vine de la dumneavoastră. Poate că cererea nu a plecat.
    .todo = Faceți o captură de ecran cu data și ora, apoi încercați mai târziu. Dacă eroarea revine, scrieți administrației și cereți o altă cale pentru demers.

concept-service-indisponible = serviciu indisponibil
    .explain = Site-ul nu funcționează acum. Nu este vina dumneavoastră.
    .todo = Faceți o captură de ecran cu dată și încercați mai târziu. Dacă durează, păstrați capturile: ele dovedesc că ați încercat.

concept-maintenance = mentenanță (lucrări tehnice)
    .explain = Site-ul este oprit pentru lucrări tehnice. De obicei funcționează din nou după câteva ore.
    .todo = Reveniți mai târziu, adesea după ora indicată. Dacă se apropie un termen limită, păstrați o captură de ecran ca să dovediți că site-ul era închis.

concept-page-introuvable = pagină negăsită
    .explain = Adresa paginii nu există sau nu mai există. Linkul este poate vechi sau greșit scris.
    .todo = Reveniți la pagina principală a site-ului și căutați demersul în meniu. Verificați adresa scrisă în partea de sus a browserului.

concept-erreur-500 = eroare 500 (eroare de server)
    .explain = Serverul site-ului a avut o problemă. Nu este vina dumneavoastră.
    .todo = Faceți o captură de ecran cu dată și încercați mai târziu. Dacă eroarea revine, semnalați-o administrației, cu captura.

concept-acces-refuse = acces refuzat
    .explain = Site-ul nu vă lasă să vedeți această pagină. Poate nu sunteți conectat sau pagina este rezervată.
    .todo = Conectați-vă și încercați din nou. Dacă problema continuă, faceți o captură de ecran și contactați administrația.

concept-reessayer-plus-tard = încercați mai târziu
    .explain = Site-ul vă cere să așteptați înainte să încercați din nou. Problema vine adesea de la site.
    .todo = Notați ora sau faceți o captură de ecran, apoi încercați în alt moment al zilei.

concept-dossier-incomplet = dosar incomplet
    .explain = În dosar lipsește un document sau o informație. Administrația nu îl poate examina până nu este complet.
    .todo = Citiți lista cu ce lipsește și trimiteți înainte de data indicată. Păstrați dovada trimiterii.

concept-piece-manquante = document lipsă
    .explain = Un document cerut nu a fost trimis sau nu a fost acceptat.
    .todo = Adăugați documentul cerut în cont sau trimiteți-l. Dacă nu îl puteți obține, explicați în scris de ce.

concept-format-non-valide = format nevalid
    .explain = Informația sau fișierul nu este scris cum așteaptă site-ul. De exemplu o dată, o adresă de e-mail sau un fișier de tip greșit.
    .todo = Uitați-vă la formatul cerut, sub câmp sau în exemplu, apoi corectați. Pentru un fișier, salvați-l în PDF sau JPG.

concept-fichier-trop-volumineux = fișier prea mare
    .explain = Fișierul dumneavoastră este mai mare decât mărimea acceptată de site.
    .todo = Micșorați fișierul: scanați la o calitate mai mică sau alb-negru, ori folosiți un program de comprimare. Apoi adăugați-l din nou.

concept-champ-obligatoire-non-rempli = câmp obligatoriu necompletat
    .explain = Ați lăsat goală o căsuță care trebuie completată.
    .todo = Căutați câmpul marcat cu roșu, completați-l, apoi validați din nou.

concept-identifiant-ou-mot-de-passe-incorrect = identificator sau parolă incorectă
    .explain = Site-ul nu vă recunoaște identificatorul sau parola. Ajunge o singură literă sau majusculă greșită.
    .todo = Verificați majusculele și identificatorul, apoi încercați din nou. După mai multe greșeli, folosiți „Mot de passe oublié” (ați uitat parola?) ca să evitați blocarea contului.

concept-compte-bloque = cont blocat
    .explain = Site-ul v-a blocat contul, adesea după prea multe greșeli la parolă.
    .todo = Așteptați timpul indicat sau folosiți „Mot de passe oublié”. Dacă nu merge, contactați administrația și păstrați o captură de ecran.

concept-trop-de-tentatives = prea multe încercări
    .explain = Ați încercat de prea multe ori în scurt timp. Site-ul vă blochează pentru un timp.
    .todo = Așteptați, adesea câteva minute sau câteva ore, înainte să încercați din nou. Faceți o captură de ecran dacă asta vă împiedică să faceți demersul.

concept-session-expiree = sesiune expirată
    .explain = Ați stat prea mult timp fără să faceți nimic pe site, iar el v-a deconectat pentru siguranța dumneavoastră. Ce nu ați salvat s-ar putea să se fi pierdut.
    .todo = Conectați-vă din nou și reîncepeți. Pregătiți documentele dinainte, ca să mergeți mai repede.

concept-lien-expire = link expirat
    .explain = Linkul primit pe e-mail nu mai funcționează, adesea pentru că este prea vechi sau a fost deja folosit.
    .todo = Cereți un link nou pe site, apoi apăsați repede pe el.

concept-code-incorrect = cod incorect
    .explain = Codul scris nu este cel bun sau nu mai este valabil.
    .todo = Verificați cifrele sau cereți un cod nou și copiați-l repede.

concept-adresse-electronique-deja-utilisee = adresă de e-mail deja folosită
    .explain = Există deja un cont cu această adresă de e-mail, poate creat de dumneavoastră sau de o persoană care v-a ajutat.
    .todo = Încercați să vă conectați sau apăsați pe „Mot de passe oublié”. Dacă acest cont nu este al dumneavoastră, contactați administrația.

concept-mot-de-passe-trop-faible = parolă prea slabă
    .explain = Parola nu respectă regulile site-ului: lungime, majusculă, cifră, caracter special.
    .todo = Citiți regulile de sub câmp și alegeți o parolă mai lungă, cu toate tipurile de caractere cerute.

concept-mots-de-passe-differents = parolele nu se potrivesc
    .explain = Cele două parole scrise nu sunt exact la fel.
    .todo = Scrieți din nou aceeași parolă în ambele câmpuri. Butonul „Afficher” (afișează) vă ajută să verificați.

concept-demande-deja-en-cours = cerere deja în curs
    .explain = Site-ul vede că există deja o cerere de același tip pentru dumneavoastră. Nu puteți face o a doua.
    .todo = Uitați-vă în cont ca să urmăriți cererea existentă. Dacă este o greșeală, scrieți administrației, cu o captură de ecran.

concept-dossier-cloture = dosar închis
    .explain = Administrația v-a închis dosarul. Poate fi o greșeală sau poate veni de la un document lipsă.
    .todo = Păstrați o captură de ecran și scrieți repede administrației ca să întrebați de ce. Dacă răspunsul întârzie, contactați o asociație, Défenseur des droits (Apărătorul drepturilor) sau un avocat.

concept-navigateur-non-compatible = browser incompatibil
    .explain = Site-ul nu funcționează bine cu programul pe care îl folosiți pentru internet.
    .todo = Actualizați browserul sau încercați cu altul, ca Firefox sau Chrome.

concept-echec-du-paiement = plată eșuată
    .explain = Banii nu au putut fi plătiți, de exemplu pentru un timbru fiscal. Poate că suma nu a fost luată de pe card.
    .todo = Verificați contul bancar înainte să plătiți din nou. Păstrați capturile de ecran și e-mailurile despre plată.

## Locuință (Logement)

concept-logement = locuință
    .explain = Locuința este locul unde locuiți. Portalul întreabă dacă sunteți chiriaș, proprietar, găzduit sau fără locuință.

concept-locataire = chiriaș
    .explain = Chiriașul plătește o chirie ca să locuiască într-o locuință care aparține altei persoane sau unei instituții.

concept-bailleur = proprietar (locator)
    .explain = „Bailleur” este persoana sau instituția care vă închiriază locuința. Un „bailleur social” administrează locuințe sociale.

concept-proprietaire = proprietar (posesor)
    .explain = Proprietarul este persoana căreia îi aparține un lucru, de exemplu o locuință. Dacă sunteți proprietarul locuinței, ea este a dumneavoastră.

concept-loyer = chirie
    .explain = Chiria reprezintă banii plătiți lunar proprietarului ca să locuiți în locuință.

concept-charges-locatives = cheltuieli de întreținere (charges)
    .explain = Cheltuielile plătesc serviciile clădirii, ca apa sau curățenia. Se adaugă adesea la chirie.

concept-quittance-de-loyer = chitanță de chirie (quittance de loyer)
    .explain = Chitanța este hârtia proprietarului care dovedește că ați plătit chiria. Servește ca dovadă de domiciliu.

concept-bail = contract de închiriere (bail)
    .explain = Contractul de închiriere este contractul dintre chiriaș și proprietar. Spune chiria, durata și regulile.

concept-etat-des-lieux = proces-verbal de predare-primire (état des lieux)
    .explain = Acest document descrie starea locuinței la intrare și la ieșire. Verificați-l bine înainte să semnați.

concept-depot-de-garantie = garanție (dépôt de garantie)
    .explain = Este o sumă plătită proprietarului la intrarea în locuință. Vi-o dă înapoi la plecare, minus reparațiile justificate.

concept-garant = garant
    .explain = Garantul se angajează să plătească chiria dacă dumneavoastră nu puteți. Visale este o garanție gratuită care poate înlocui un garant. Dacă Visale vă plătește chiria, va trebui apoi să o rambursați.

concept-assurance-habitation = asigurarea locuinței
    .explain = Chiriașul trebuie să își asigure locuința împotriva pagubelor, ca incendiul sau apa. Proprietarul cere adeverința în fiecare an.

concept-logement-social = locuință socială
    .explain = O locuință socială are o chirie mai mică, pentru persoanele cu venituri modeste. O comisie alege chiriașii.

concept-demande-de-logement-social = cerere de locuință socială
    .explain = După cererea de locuință socială, primiți un număr unic. Reînnoiți cererea în fiecare an, altfel este anulată.
    .where = Numărul unic este pe adeverința de înregistrare a cererii.

concept-dalo = DALO (dreptul la locuință opozabil)
    .explain = DALO vă permite să sesizați o comisie dacă așteptați o locuință socială de prea mult timp sau dacă locuiți în condiții rele. Dacă aceasta vă recunoaște cererea ca prioritară, statul trebuie să vă propună o locuință. Poate dura totuși.

concept-expulsion = evacuare (expulsion)
    .explain = Evacuarea îl obligă pe chiriaș să părăsească locuința după o decizie a judecătorului. De obicei este interzisă între 1 noiembrie și 31 martie.
    .todo = Contactați repede un asistent social, ADIL (agenția de informare despre locuințe) sau o asociație. Răspundeți la toate scrisorile judecătorului.

concept-hebergement-d-urgence = adăpost de urgență
    .explain = Dacă sunteți în stradă, sunați la 115, este gratuit, zi și noapte. Acolo se caută un loc unde să dormiți.

## Școlarizare (Scolarité)

concept-parcoursup = Parcoursup (site-ul de admitere în învățământul superior)
    .explain = Parcoursup este site-ul unde se cere un loc în învățământul superior după bacalaureat (bac). Are un calendar strict.

concept-inscription-scolaire = înscriere la școală
    .explain = Școala este obligatorie pentru toți copiii de 3 până la 16 ani din Franța, chiar și fără acte. Pentru școala primară, înscrierea se face la primărie.

concept-bourse = bursă
    .explain = O bursă este un ajutor în bani pentru studii, dat în funcție de veniturile familiei.

concept-crous = Crous (serviciul pentru studenți)
    .explain = Crous îi ajută pe studenți: burse, locuințe, cantine universitare.

concept-certificat-de-scolarite = adeverință de elev / student (certificat de scolarité)
    .explain = Acest document dovedește că un elev sau un student este înscris la școală. CAF sau prefectura îl pot cere.
    .where = Cereți-l la secretariatul școlii sau descărcați-l din spațiul online al instituției.

concept-ine = INE (numărul personal al elevului sau studentului)
    .explain = INE este numărul personal al unui elev sau student, de 11 caractere. Parcoursup și universitatea îl cer.
    .where = Pe carnetele de note sau pe foaia matricolă a bacalaureatului.

concept-diplome = diplomă
    .explain = Diploma dovedește că ați terminat cu succes niște studii. Formularul vă poate cere cea mai înaltă diplomă.

concept-reconnaissance-de-diplome = recunoașterea diplomei
    .explain = O diplomă străină poate primi o adeverință care spune cărui nivel francez îi corespunde. Ajută pentru muncă sau pentru studii.

concept-cours-de-francais = cursuri de limba franceză
    .explain = Cursurile de franceză vă ajută să învățați limba. Prin contractul de integrare republicană (CIR), OFII le poate plăti.

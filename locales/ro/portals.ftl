### Relais — translation memory, Romanian (ro): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Treceți la rolul de superadministrator
tm-passer-en-usager = Treceți la rolul de utilizator
tm-passer-en-instructeur = Treceți la rolul de instructor
tm-passer-en-expert = Treceți la rolul de expert
tm-passer-en-gestionnaire = Treceți la rolul de gestionar
tm-se-deconnecter = Deconectare

## ds: components attachment

tm-reessayer = Reîncercați
tm-supprimer-le-fichier = Ștergeți fișierul { $file }
tm-plusieurs-fichiers-possibles = Puteți adăuga mai multe fișiere.
tm-remplacer-le-fichier = Înlocuiți fișierul { $file }
tm-le-format-pdf-est-generalement-le = Formatul .PDF este de obicei cel mai practic, pentru că se citește ușor pe toate dispozitivele.
tm-virus-detecte-merci-denvoyer-un-autre = Virus detectat, vă rugăm să trimiteți alt fișier.
tm-le-fichier-est-corrompu-merci-denvoyer = Fișierul este deteriorat, vă rugăm să trimiteți alt fișier.
tm-ajoutee-le = Adăugat la { $date }
tm-modifiee-le = Modificat la { $date }
tm-le-traitement-de-votre-piece-jointe = Prelucrarea atașamentului dumneavoastră durează mai mult decât era prevăzut.
tm-le-traitement-de-vos-pieces-jointes = Prelucrarea atașamentelor dumneavoastră durează mai mult decât era prevăzut.
tm-cela-ne-vous-empeche-pas-de = Acest lucru nu vă împiedică să vă depuneți dosarul, dacă doriți.
tm-chargement-de-fichier = Se încarcă fișierul
tm-virus-detecte-le-telechargement-est = Virus detectat, descărcarea este blocată.
tm-apercu-non-disponible = Previzualizare indisponibilă

## ds: components autosave_notice_component

tm-formulaire-en-erreur = Formular cu erori

## ds: components dossiers

tm-adresse = Adresă
tm-pays = Țară
tm-autres-informations-sur-lorganisme-sur = ➡ Alte informații despre organism pe „annuaire-entreprises.data.gouv.fr”
tm-brouillon-enregistre-avec-succes = Ciornă salvată cu succes
tm-attention-impossible-denregistrer-le = Atenție: ciorna nu a putut fi salvată.
tm-vos-modifications-sont-automatiquement = Modificările dumneavoastră sunt salvate automat.
tm-deposez-les-quand-vous-aurez-termine = Depuneți-le când ați terminat.
tm-modifications-enregistrees-avec-succes = Modificări salvate cu succes
tm-annotations-enregistrees-avec-succes = Adnotări salvate cu succes
tm-attention-impossible-denregistrer-les = Atenție: adnotările nu au putut fi salvate.
tm-commune = Comună
tm-les-dossiers-ont-ete-supprimes-vous = Dosarele au fost șterse. Nu le mai puteți recupera din următoarele motive:
tm-vous-avez-supprime-votre-dossier = Ați șters dosarul dumneavoastră.
tm-deposer-le-dossier = Depuneți dosarul
tm-deposer-les-modifications = Depuneți modificările
tm-pourquoi-je-ne-peux-pas-deposer = De ce nu îmi pot depune dosarul?
tm-verifier-le-dossier = Verificați dosarul
tm-envoi-en-cours = Se trimite…
tm-en-tant-quinvite-vous-pouvez-remplir = Ca invitat, puteți completa acest formular, dar titularul dosarului trebuie să îl depună personal.
tm-des-modifications-nont-pas-encore-ete = Unele modificări nu au fost încă depuse
tm-vous-avez-apporte-des-modifications = Ați făcut modificări după depunerea dosarului. Depuneți-le pentru ca administrația să le ia în considerare.
tm-continuer-a-modifier = Continuați modificarea
tm-votre-dossier-contient-1-champ-en = Dosarul dumneavoastră conține 1 câmp cu erori
tm-votre-dossier-contient-champs-en-erreur = Dosarul dumneavoastră conține { $n ->
        [one] { $n } câmp cu erori
        [few] { $n } câmpuri cu erori
       *[other] { $n } de câmpuri cu erori
    }
tm-corrigez-la-pour-poursuivre = Corectați-o pentru a continua:
tm-corrigez-les-pour-poursuivre = Corectați-le pentru a continua:
tm-plus-dinformations = Mai multe informații
tm-moins-dinformations = Mai puține informații
tm-votre-identite = Identitatea dumneavoastră
tm-vous-agissez-en-tant-que-mandataire = Acționați ca mandatar, fie profesional (ca expert contabil, avocat, funcționar public…), fie personal (familie). Asigurați-vă că respectați condițiile din
tm-articles-1984-et-suivants-du-code = Articolele 1984 și următoarele din Codul civil.
tm-identite-du-beneficiaire = Identitatea beneficiarului
tm-vous-ne-pouvez-pas-deposer-votre = Nu vă puteți depune dosarul
tm-repondre = Răspundeți
tm-invite = Invitat
tm-supprimer-le-message = Ștergeți mesajul
tm-supprimer-la-demande-de-correction-et = Ștergeți cererea de corectare și acest mesaj
tm-supprimer-le-message-en-attente-de = Ștergeți mesajul care așteaptă răspuns
tm-etes-vous-sur-de-vouloir-supprimer = Sigur doriți să ștergeți acest mesaj?
tm-email-automatique = E-mail automat
tm-vous = Dumneavoastră
tm-message-supprime = Mesaj șters
tm-non-lu = Necitit
tm-usager = Utilizator
tm-vous-devez-effectuer-les-modifications = Trebuie să faceți modificările cerute modificând dosarul dumneavoastră.
tm-modifier-le-dossier = Modificați dosarul
tm-cree-depuis-le = Creat începând cu
tm-depose-depuis-le = Depus începând cu
tm-appliquer-les-filtres = Aplicați filtrele
tm-reinitialiser-les-filtres = Resetați filtrele
tm-selectionner-un-filtre = Selectați un filtru
tm-1-filtre-actif = 1 filtru activ
tm-filtres-actifs = { $n ->
        [one] { $n } filtru activ
        [few] { $n } filtre active
       *[other] { $n } de filtre active
    }
tm-supprimer-1-filtre-actif = Eliminați 1 filtru activ
tm-selectionner-un-statut = Selectați un stadiu
tm-afficher-les-dossiers-par-demarche = Afișați dosarele pe demersuri
tm-afficher = Afișați

## ds: components dsfr

tm-telecharger-le-fichier = Descărcați fișierul
tm-ce-lien-est-ephemere-et-ne = Acest link este temporar și nu ar trebui distribuit.
tm-afficher-le-mot-de-passe = Afișați parola
tm-afficher-la-confirmation-du-mot-de = Afișați confirmarea parolei
tm-ladresse-electronique-semble-erronee = Adresa de e-mail pare greșită
tm-vouliez-vous-ecrire = Ați vrut să scrieți:
tm-recherche-en-cours-pour-le-siret = Căutare în curs pentru SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } cu un capital social de { $amount }
tm-donnee-remplie-automatiquement = Dată completată automat.
tm-une-erreur-est-survenue-lors-de = A apărut o eroare la analiza documentului dumneavoastră. Nu țineți cont de acest mesaj dacă sunteți sigur(ă) de fișierul dumneavoastră.
tm-masquer-le-message = Ascundeți mesajul

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Numărul și numele străzii, sau locul numit
tm-une-erreur-est-survenue-lors-de-2 = A apărut o eroare în timpul căutării
tm-une-erreur-est-survenue-lors-de-3 = A apărut o eroare în timpul căutării. Dacă problema persistă, bifați „Nu îmi găsesc adresa în sugestii” („Je ne trouve pas mon adresse dans les suggestions”) și continuați.
tm-ville = Oraș
tm-exemple-london = Exemplu: London
tm-ville-ou-commune = Oraș sau comună
tm-renseignez-le-nom-ou-le-code = Introduceți numele sau codul poștal al orașului, apoi selectați comuna din listă. Exemplu: Strasbourg
tm-code-postal = Cod poștal
tm-je-ne-trouve-pas-mon-adresse = Nu îmi găsesc adresa în sugestii
tm-saisissez-une-adresse-une-voie-un = Introduceți o adresă, o stradă, un loc numit sau o comună. Exemplu: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Centrați harta căutând o adresă
tm-commencez-a-saisir = Începeți să scrieți
tm-ajouter-un-point-sur-la-carte = Adăugați un punct pe hartă
tm-exemple = Exemplu:
tm-afficher-votre-position-sur-la-carte = Afișați poziția dumneavoastră pe hartă
tm-ajouter-le-point-avec-les-coordonnees = Adăugați punctul cu coordonatele introduse pe hartă
tm-ajouter-un-fichier-gpx-ou-kml = Adăugați un fișier GPX sau KML
tm-supprimer-le-fichier-2 = Ștergeți fișierul
tm-modification-a-deposer = modificare de depus
tm-information-champ-actualise-par = Informație: câmp actualizat de administrație. Verificați-i conținutul.
tm-la-taille-maximale-conseillee-est-de = Mărimea maximă recomandată este de { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    }.
tm-le-numero-dallocataire-caf = Numărul de beneficiar CAF
tm-il-est-generalement-compose-de-7 = Are de obicei 7 cifre.
tm-le-code-postal = Codul poștal
tm-il-est-generalement-compose-de-5 = Are de obicei 5 cifre.
tm-numero-daccreditation = Număr de acreditare
tm-format-jj-mm-aaaa = Format: ZZ/LL/AAAA
tm-le-numero-fiscal = Numărul fiscal
tm-il-est-generalement-compose-de-13 = Are de obicei 13 sau 14 caractere.
tm-la-reference-davis-dimposition = Referința deciziei de impunere (avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Are de obicei 13 sau 14 caractere.
tm-identifiant-national-etudiant-il-est = Identificator Național al Studentului. Este format de obicei din litere și cifre.
tm-identifiant = Identificator
tm-il-est-generalement-compose-de = Este format de obicei din litere și cifre.
tm-ajouter-un-element-supplementaire-a = Adăugați încă un element la „{ $name }”
tm-supprimer = Ștergeți { $name } { $n }
tm-aucune-fondation-trouvee = Nu a fost găsită nicio fundație
tm-ce-rnf-correspond-a = Acest RNF corespunde: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] Vă mai rămâne { $n } caracter.
        [few] Vă mai rămân { $n } caractere.
       *[other] Vă mai rămân { $n } de caractere.
    }
tm-vous-avez-atteint-la-taille-maximale = Ați atins mărimea maximă recomandată.
tm-oui = Da

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Afișați toate erorile

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Parolă acceptabilă. Puteți valida… sau vă puteți îmbunătăți parola.
tm-mot-de-passe-vulnerable = Parolă vulnerabilă.
tm-mot-de-passe-tres-vulnerable = Parolă foarte vulnerabilă.
tm-pour-un-mot-de-passe-securise = Pentru o parolă sigură, evitați secvențele sau repetițiile acelorași caractere. Puteți alege, de exemplu, o frază (cu spații) pe care o rețineți ușor.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Urmați acest link pentru a vă conecta la noua adresă.
tm-nous-avons-detecte-une-erreur-reseau = Am detectat o eroare de rețea care ne împiedică să vă redirecționăm acolo. Contactați serviciul dumneavoastră informatic pentru a autoriza accesul la demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = nu este de un tip acceptat
tm-est-trop-lourd-e-le-fichier = este prea mare. Fișierul trebuie să aibă cel mult { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Cereți o parolă nouă
tm-vous-etes-connecte-e-vous-pouvez = Sunteți conectat(ă)! Puteți alterna oricând între diferitele dumneavoastră profiluri: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Acum sunteți deconectat(ă).

## ds: users

tm-votre-compte-a-deja-ete-active = Contul dumneavoastră a fost deja activat.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE nu este disponibil; informațiile despre întreprindere vor sosi în câteva ore.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = Dacă sunteți om, lăsați acest câmp gol

## ds: clipboard

tm-copie = Copiat

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Găsiți răspunsul în
tm-contact-technique = Contact tehnic
tm-envoyez-nous-un-message-a = Trimiteți-ne un mesaj la { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = Aveți nevoie de ajutor pentru a vă completa dosarul?

## ds: utils

tm-nombre-a-virgule = Număr zecimal
tm-nombre-entier = Număr întreg
tm-liste-a-choix-multiple = Listă cu alegere multiplă
tm-deconnexion = Deconectare
tm-pieces-jointes = Atașamente
tm-les-champs-suivis-dun-asterisque = Câmpurile urmate de un asterisc ( obligatoriu ) sunt obligatorii.
tm-facultatif = (opțional)
tm-envoyer-le-message = Trimiteți mesajul
tm-nouvel-onglet = Filă nouă

## ds: skiplinks

tm-acces-rapide = Acces rapid
tm-contenu = Conținut

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Când rezultatele completării automate sunt disponibile, folosiți săgețile sus și jos pentru a naviga în lista de rezultate. Apăsați Enter pentru a selecta un rezultat. Apăsați Esc pentru a închide lista de rezultate.
tm-aucun-resultat = Niciun rezultat
tm-1-resultat = 1 rezultat
tm-resultats = rezultate

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Un instrument simplu pentru gestionarea formularelor administrative digitale.
tm-mon-compte = Contul meu
tm-revenir-en-arriere = Înapoi
tm-revenir-en-arriere-sur-le-site = Înapoi, pe site-ul administrației mele
tm-menu-principal = Meniu principal
tm-mes-dossiers = Dosarele mele
tm-consulter-mon-dossier = Consultați dosarul meu
tm-jai-une-question = Am o întrebare
tm-aller-a-la-page-daccueil = Mergeți la pagina principală

## ds: views

tm-creation-de-compte-sur = Crearea unui cont pe { $name }
tm-se-creer-un-compte-avec-une = Creați-vă un cont cu o adresă de e-mail
tm-adresse-electronique = Adresă de e-mail
tm-mot-de-passe-caracteres-minimum = Parolă (minimum { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    })
tm-avant-deffectuer-votre-demarche-nous = Înainte de a vă face demersul, trebuie să vă verificăm adresa de e-mail { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = Deschideți căsuța de e-mail și faceți clic pe linkul de activare din mesajul pe care l-ați primit.
tm-renvoyer-un-email-de-confirmation = Retrimiteți un e-mail de confirmare
tm-lautorisation-de-vient-detre-revoquee = Autorizația pentru { $email } tocmai a fost revocată. Puteți invita altă persoană.
tm-vous-ne-pouvez-pas-revoquer-cette = Nu puteți revoca această autorizație
tm-inviter-une-personne-a-modifier-ce = Invitați o persoană să modifice acest dosar
tm-gestion-des-invites = Gestionarea invitaților
tm-les-invites-ont-le-droit-de = Invitații au dreptul să vadă și să modifice dosarul dumneavoastră.
tm-ajouter-un-invite = Adăugați un invitat
tm-envoyer-une-invitation = Trimiteți o invitație
tm-revoquer-lacces = Revocați accesul
tm-aucun-invite-ne-peut-voir-et = În prezent, niciun invitat nu poate vedea și modifica acest dosar.
tm-1-personne-invitee = 1 persoană invitată
tm-personnes-invitees = { $n ->
        [one] { $n } persoană invitată
        [few] { $n } persoane invitate
       *[other] { $n } de persoane invitate
    }
tm-une-fois-le-dossier-complet-vous = Când dosarul este complet, va trebui să îl depuneți chiar dumneavoastră.
tm-dernier = Ultimul
tm-precedent = Anterior
tm-premier = Primul
tm-lusager-a-supprime-son-compte = (utilizatorul și-a șters contul)
tm-cordialement = Cu stimă,
tm-modifie-par-lusager-le = Modificat de utilizator la { $date }
tm-passe-en-instruction-le = Trecut în examinare la { $date }
tm-accepte-le = Acceptat la { $date }
tm-classe-sans-suite-le = Închis fără continuare la { $date }
tm-telecharger-lattestation = Descărcați adeverința
tm-votre-dossier-est-enregistre = Dosarul dumneavoastră este salvat automat după fiecare modificare. Puteți închide oricând fereastra și puteți relua mai târziu de unde ați rămas.
tm-envoyer-et-marquer-le-dossier = Trimiteți și marcați dosarul
tm-en-attente-de-reponse = ÎN AȘTEPTAREA RĂSPUNSULUI
tm-votre-message-obligatoire = Mesajul dumneavoastră (obligatoriu)
tm-ecrivez-votre-message-a-l-administration = Scrieți aici mesajul dumneavoastră către administrație
tm-identite-du-demandeur = Identitatea solicitantului
tm-identite-du-mandataire = Identitatea mandatarului
tm-sections-du-formulaire = Secțiunile formularului
tm-modifier-le-siret = Modificați SIRET
tm-lusager-a-pris-connaissance-de-la = Utilizatorul a luat cunoștință de decizia privind dosarul său la { $agreement }.
tm-identifier-votre-etablissement = Identificați unitatea dumneavoastră
tm-civilite = Formulă de adresare
tm-nom = Nume de familie
tm-renseignez-le-numero-de-siret-de = Introduceți numărul SIRET al întreprinderii, administrației sau asociației dumneavoastră pentru a începe demersul.
tm-pour-trouver-votre-numero-siret-utilisez = Pentru a vă găsi numărul SIRET, folosiți { $annuaire_link } sau interesați-vă la serviciul dumneavoastră de contabilitate.
tm-continuer = Continuați
tm-merci = Mulțumim!
tm-votre-dossier-sur-la-demarche = Dosarul dumneavoastră pentru demersul
tm-a-bien-ete-envoye = a fost trimis cu succes.
tm-vous-avez-desormais-acces-a-votre = Acum aveți acces la
tm-dossier-en-ligne = dosarul dumneavoastră online.
tm-vous-pouvez = Puteți
tm-le-modifier = să îl modificați
tm-et = și
tm-echanger-avec-un-instructeur = să comunicați cu un instructor.
tm-telecharger-mon-dossier = Descărcați dosarul meu
tm-telecharger-mon-attestation = Descărcați adeverința mea
tm-suivi-de-votre-dossier = Urmărirea dosarului dumneavoastră
tm-votre-dossier = Dosarul dumneavoastră
tm-dossier-n = Dosarul nr. { $n }
tm-en-brouillon-depuis-le = - Ciornă din { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (PDF-ul dosarului)
tm-brouillon = ciornă
tm-votre-dossier-est-en-cours-dinstruction = Dosarul dumneavoastră este în curs de examinare de către administrație. Nu îl mai puteți modifica.
tm-votre-dossier-est-soumis-au-cadre = Dosarul dumneavoastră este supus cadrului legal „Silence Vaut Accord” (tăcerea valorează acord)
tm-votre-dossier-est-soumis-au-cadre-2 = Dosarul dumneavoastră este supus cadrului legal „Silence Vaut Rejet” (tăcerea valorează respingere)
tm-termine = finalizat
tm-vous-avez-une-question-utilisez-la = Aveți o întrebare? Folosiți mesageria pentru a contacta direct administrația.
tm-motivation = Motivare:
tm-attestation = Adeverință:
tm-votre-dossier-a-ete-accepte = Dosarul dumneavoastră a fost acceptat
tm-motif-de-lacceptation = Motivul acceptării
tm-votre-dossier-a-ete-refuse = Dosarul dumneavoastră a fost respins
tm-envoyer-un-message-a-ladministration = Trimiteți un mesaj administrației
tm-dernier-message = Ultimul mesaj
tm-votre-prochain-rendez-vous = Următoarea dumneavoastră programare
tm-voir-mon-rendez-vous-sur-rdv = Vedeți programarea mea pe RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = Modificați dosarul - Puteți modifica dosarul cât timp nu a trecut în examinare
tm-rechercher-un-dossier-par-n-de = Căutați un dosar (după nr. dosarului, cuvinte-cheie…)
tm-rechercher-un-dossier-par-n-de-2 = Căutați un dosar (după nr. dosarului, nume / prenume, cuvinte-cheie…)
tm-saisissez-votre-recherche = Introduceți căutarea
tm-resultat-de-la-recherche-pour = Rezultatul căutării pentru „{ $search_terms }”
tm-et-pour-la-procedure = și pentru procedura „{ $name }”
tm-dossier-numero = Dosarul numărul { $n }
tm-ladministration-ne-traitera-plus-votre = Administrația nu vă va mai trata cererea.
tm-dossier-n-2 = dosarul nr.
tm-ne-correspond-aux-termes-recherches = nu corespunde termenilor căutați
tm-ne-correspond-aux-filtres-selectionnes = nu corespunde filtrelor selectate
tm-cette-demarche-est-close-vous-ne = Acest demers este închis Nu puteți depune acest dosar. Vă invităm să depuneți unul nou pe { $link }, care îl înlocuiește.
tm-cette-demarche-est-close-vous-ne-2 = Acest demers este închis Nu puteți depune acest dosar și nici nu puteți depune unul nou pentru acest demers. { $link }
tm-cette-demarche-est-close-votre-dossier = Acest demers este închis Dosarul dumneavoastră a fost depus și poate fi examinat de administrație. Dacă este nevoie, puteți depune un dosar nou pe { $link }, care îl înlocuiește.
tm-cette-demarche-est-close-votre-dossier-2 = Acest demers este închis Dosarul dumneavoastră a fost depus și poate fi examinat de administrație. Nu puteți depune un dosar nou pentru acest demers. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Acest demers este închis Dosarul dumneavoastră a fost tratat de administrație. Dacă este nevoie, puteți depune un dosar nou pe { $link }, care îl înlocuiește.
tm-cette-demarche-est-close-votre-dossier-4 = Acest demers este închis Dosarul dumneavoastră a fost tratat de administrație. Nu puteți depune un dosar nou pentru acest demers. { $link }
tm-nouvelle-demarche-disponible = Demers nou disponibil
tm-cette-demarche = acest demers
tm-ce-dossier-attend-vos-corrections = Acest dosar așteaptă corecturile dumneavoastră Consultați modificările de făcut în mesageria dosarului numărul { $n }.
tm-ce-dossier-attend-votre-reponse = Acest dosar așteaptă răspunsul dumneavoastră
tm-consultez-la-messagerie-du-dossier = Consultați mesageria dosarului numărul { $n } și răspundeți administrației.
tm-cree-le = Creat la { $date }
tm-mis-a-la-corbeille-automatiquement-le = Mutat automat în coșul de gunoi la { $date } deoarece a fost atins termenul maxim de păstrare
tm-commencer-un-nouveau-dossier = Începeți un dosar nou
tm-dupliquer-le-dossier = Duplicați dosarul
tm-voulez-vous-vraiment-mettre-a-la = Sigur doriți să mutați acest dosar în coșul de gunoi?
tm-en-continuant-vous-allez-supprimer-ce = Dacă continuați, veți șterge acest dosar, informațiile pe care le conține, precum și cererea sa de transfer către { $email }. Orice ștergere duce la anularea demersului în curs. Confirmați ștergerea?
tm-continuer-a-remplir = Continuați completarea
tm-restaurer = Restaurați
tm-restaurer-et-etendre-la-conservation-du = Restaurați și prelungiți păstrarea dosarului numărul { $id } ({ $duree_conservation_dossiers_dans_ds } luni)
tm-autres-actions = Alte acțiuni
tm-le-support-technique = Asistența tehnică
tm-une-demande-de-transfert-est-en = O cerere de transfer este în curs pentru dosarul nr. { $n } către { $email }
tm-une-demande-de-transfert-par-le = O cerere de transfer din partea asistenței tehnice este în curs pentru dosarul nr. { $n } către { $email }
tm-demande-de-transfert-par-le-support = Cerere de transfer din partea asistenței tehnice pentru dosarul nr. { $n } al { $email }
tm-accepter = Acceptați
tm-refuser = Refuzați
tm-connexion-a = Conectare la { $name }
tm-mot-de-passe-oublie = Ați uitat parola?
tm-trouvez-votre-demarche = Găsiți-vă demersul
tm-vous-etes-agent-de-la-fonction = Sunteți angajat în administrația publică de stat?
tm-accedez-a-notre-page-dediee = Accesați pagina noastră dedicată
tm-se-connecter-avec-son-compte = Conectați-vă cu contul dumneavoastră
tm-si-vous-voyez-cette-page-trop = Dacă vedeți această pagină prea des, consultați secțiunea noastră de ajutor.
tm-changement-de-mot-de-passe = Schimbarea parolei
tm-changer-le-mot-de-passe = Schimbați parola
tm-si-un-compte-existe-avec-ladresse = Dacă există un cont cu adresa { $email }, v-am trimis un e-mail pentru resetarea parolei.
tm-vous-navez-pas-recu-lemail = Nu ați primit e-mailul?
tm-verifiez-la-boite-indesirables-ou-spam = Verificați dosarul Spam sau Nedorite din căsuța dumneavoastră de e-mail.
tm-vous-etes-vous-connecte-avec-france = V-ați conectat în trecut cu France Connect? În acest caz, încercați din nou cu France Connect.
tm-le-compte-a-pu-etre-supprime = Este posibil ca contul să fi fost șters din cauza inactivității prelungite și a lipsei dosarelor în curs. În acest caz, va trebui să vă creați din nou un cont pornind de la un demers.
tm-lien-de-reinitialisation-du-mot-de = Link de resetare a parolei trimis
tm-attention-ce-courriel-peut-mettre-jusqua = Atenție, acest e-mail poate ajunge în până la 15 minute.
tm-en-cas-de-difficultes-nous-restons = Dacă întâmpinați dificultăți, ne puteți contacta în continuare prin acest formular.

## ds: modal

tm-publier-la-demarche = Publicați demersul
tm-reactiver-la-demarche = Reactivați demersul
tm-vous-vous-appretez-a-publier-votre = Sunteți pe cale să publicați demersul pentru public.
tm-vous-vous-appretez-a-reactiver-votre = Sunteți pe cale să reactivați demersul.
tm-publier = Publicați

## ds: activerecord

tm-la-nouvelle-adresse-electronique = Noua adresă de e-mail
tm-numero-siret = Număr SIRET
tm-la-demarche-est-mise-en-uvre = Demersul este realizat de
tm-valeur-du-champ = Valoarea câmpului
tm-lobjet-genere-sera-tronque-sil-depasse = Subiectul generat va fi trunchiat dacă depășește 100 de caractere.
tm-est-invalide-saisissez-un-numero-de = este invalid. Introduceți un număr de telefon valid. Exemplu: 0612345678
tm-nest-pas-un-lien-valide = nu este un link valid
tm-aucun-resultat-ne-correspond-a-votre = Niciun rezultat nu corespunde căutării dumneavoastră.
tm-trop-de-demandes-nous-reessayons-pour = Prea multe cereri. Reîncercăm pentru dumneavoastră.
tm-erreur-du-serveur-nous-reessayons-pour = Eroare de server. Reîncercăm pentru dumneavoastră.
tm-service-indisponible-nous-reessayons = Serviciu indisponibil. Reîncercăm pentru dumneavoastră.
tm-la-demande-a-pris-trop-de = Cererea a durat prea mult. Reîncercăm pentru dumneavoastră.
tm-probleme-de-connexion-nous-reessayons = Problemă de conexiune. Reîncercăm pentru dumneavoastră.
tm-resultat-introuvable-verifiez-vos = Rezultat negăsit. Verificați informațiile.
tm-non-autorise-connectez-vous-pour = Neautorizat. Conectați-vă pentru a continua.
tm-invitation-deja-envoyee = : Invitație deja trimisă
tm-votre-lien-de-nouveau-mot-de = : Linkul pentru parola nouă a expirat. Vă rugăm să cereți unul nou.
tm-nest-pas-assez-complexe-saisir-un = nu este suficient de complexă. Introduceți o parolă mai complexă
tm-les-deux-mots-de-passe-ne = : Cele două parole nu coincid
tm-ne-peut-etre-identique-a-lancienne = nu poate fi identică cu cea veche. Introduceți o altă adresă de e-mail
tm-est-deja-utilise-par-une-demarche = este deja folosit de un demers. Nu îl puteți folosi pentru că aparține altui administrator.
tm-nest-pas-valide-il-doit-comporter = nu este valid. Trebuie să aibă cel puțin 3 caractere, cel mult 200 de caractere, și sunt permise doar caracterele a-z, 0-9, '_' și '-'.
tm-ne-peut-pas-etre-utilise-car = nu poate fi folosit pentru că este ultimul link al demersului.
tm-doit-posseder-13-ou-14-caracteres = trebuie să aibă 13 sau 14 caractere
tm-doit-etre-dans-les-options-proposees = trebuie să fie una dintre opțiunile propuse
tm-doit-etre-un-nom-de-region = trebuie să fie un nume de regiune valid
tm-doit-etre-un-code-de-region = trebuie să fie un cod de regiune valid
tm-doit-etre-un-nom-de-departement = trebuie să fie un nume de departament valid
tm-doit-etre-un-code-de-departement = trebuie să fie un cod de departament valid
tm-doit-etre-un-code-depci-du = trebuie să fie un cod EPCI din departamentul corespunzător
tm-doit-etre-un-nom-depci-du = trebuie să fie un nume de EPCI din departamentul corespunzător
tm-doit-etre-un-entier = trebuie să fie un număr întreg

## ds: errors

tm-le-champ = Câmpul „{ $attribute }” { $message }
tm-le-dossier-nexiste-pas-ou-vous = Dosarul nu există sau nu aveți acces la el.
tm-ce-lien-dinvitation-nest-plus-valable = Acest link de invitație nu mai este valabil sau dosarul nu mai este accesibil.
tm-une-erreur-est-survenue-lors-de-4 = A apărut o eroare la conectarea cu FranceConnect. Vă rugăm să reîncercați.
tm-seul-e-s-les-usagers-peuvent = Doar utilizatorii se pot conecta prin France Connect. Dacă sunteți instructor sau administrator, vă invităm să vă resetați parola.
tm-desole-la-recuperation-des-informations = Ne pare rău, obținerea informațiilor SIRET este temporar indisponibilă. Vă rugăm să reîncercați peste câteva momente.
tm-nous-navons-pas-trouve-detablissement = Nu am găsit nicio unitate care să corespundă acestui număr SIRET.
tm-lexpression-reguliere-que-vous-avez = Expresia regulată pe care ați introdus-o este potențial periculoasă și ar putea cauza probleme de performanță
tm-lexemple-doit-correspondre-a-lexpression = Exemplul trebuie să corespundă expresiei regulate furnizate
tm-doit-etre-un-nombre-superieur-ou = trebuie să fie un număr mai mare sau egal cu { $n }
tm-doit-etre-un-nombre-inferieur-ou = trebuie să fie un număr mai mic sau egal cu { $n }
tm-doit-etre-une-date-dans-le = trebuie să fie o dată din trecut
tm-doit-etre-une-date-comprise-entre = trebuie să fie o dată cuprinsă între { $start_date } și { $end_date }
tm-doit-etre-une-date-superieure-ou = trebuie să fie o dată egală cu sau ulterioară datei de { $date }
tm-doit-etre-une-date-inferieure-ou = trebuie să fie o dată egală cu sau anterioară datei de { $date }
tm-doit-comprendre-entre-1-et-3 = trebuie să aibă între 1 și 3 cifre după punct
tm-doit-etre-une-date-correctement-formatee = trebuie să fie o dată în formatul corect
tm-doit-etre-une-date-et-heure = trebuie să fie o dată și o oră în formatul corect
tm-doit-etre-rempli = trebuie completat
tm-votre-session-a-ete-renouvelee-merci = Sesiunea dumneavoastră a fost reînnoită. Vă rugăm să reluați această acțiune de pe această pagină.

## ds: users

tm-ce-dossier-est-depose-sur-une = Acest dosar este depus pentru un demers în test. Orice modificare a demersului de către administrator (adăugarea unui câmp, publicarea demersului...) va duce la ștergerea dosarului.
tm-votre-dossier-ne-peut-plus-etre = Dosarul dumneavoastră nu mai poate fi modificat
tm-completez-lidentification-de = Completați identificarea unității pentru a continua.
tm-votre-dossier-a-bien-ete-duplique = Dosarul dumneavoastră a fost duplicat. Acum îl puteți verifica, adapta și apoi depune.
tm-linstruction-de-votre-dossier-a-commence = Examinarea dosarului dumneavoastră a început, nu mai este posibil să vă ștergeți dosarul. Dacă doriți să anulați examinarea, contactați administrația prin mesageria dosarului dumneavoastră.
tm-votre-dossier-a-bien-ete-mis = Dosarul dumneavoastră a fost mutat în coșul de gunoi
tm-le-dossier-n-est-pas-correctement = Dosarul nu este completat corect.
tm-votre-dossier-a-bien-ete-restaure = Dosarul dumneavoastră a fost restaurat
tm-aucun-etablissement-nest-associe-a-ce = Nicio unitate nu este asociată acestui dosar
tm-identite-enregistree = Identitate înregistrată
tm-attestation-de-depot = Adeverință de depunere
tm-dossier-depose-le = Dosar depus la
tm-etat-du-dossier = Stadiul dosarului
tm-depose-en-attente-dexamen-par = depus, în așteptarea examinării de către administrație
tm-refuse = respins
tm-classe-sans-suite = închis fără continuare
tm-service-administratif = Serviciu administrativ
tm-fait-le = Întocmit la { $date },
tm-obtenir-une-attestation-de-depot-de = Obțineți o adeverință de depunere a dosarului
tm-dossier-n-en-corbeille = Dosarul nr. { $n } - În coșul de gunoi
tm-vous-pouvez-retrouver-ce-dossier-depuis = Puteți găsi acest dosar în fila coș de gunoi a contului dumneavoastră. În prezent nu poate fi consultat.
tm-ce-dossier-a-ete-mis-a = Acest dosar a fost mutat în coșul de gunoi la cererea dumneavoastră: îl mai puteți restaura.
tm-si-ce-dossier-a-ete-mis = Dacă acest dosar a fost mutat în coșul de gunoi la cererea dumneavoastră: îl mai puteți restaura.
tm-si-ce-dossier-a-ete-mis-2 = Dacă acest dosar a fost mutat automat în coșul de gunoi pentru că a fost atins termenul maxim de păstrare: vă recomandăm să îl descărcați cât mai repede, înainte să fie șters definitiv.
tm-dossier-n-supprime-definitivement = Dosarul nr. { $n } - Șters definitiv
tm-vous-ne-pouvez-plus-recuperer-ce = Nu mai puteți recupera acest dosar din unul dintre următoarele motive:
tm-il-a-ete-mis-a-la = A fost mutat în coșul de gunoi la cererea dumneavoastră, apoi șters automat.
tm-il-a-ete-supprime-car-son = A fost șters pentru că a fost atins termenul maxim de păstrare.
tm-vous-pouvez-retrouver-lensemble-des = Puteți găsi toate dosarele șterse din contul dumneavoastră (în afară de ciorne, „BROUILLON”) pe pagina „Istoricul dosarelor șterse” („Historique des dossiers supprimés”).

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = Contul dumneavoastră FranceConnect folosește { $email } ca e-mail de contact.
tm-souhaitez-vous-lutiliser-pour-recevoir = Doriți să îl folosiți pentru a primi notificările privind evoluția dosarelor dumneavoastră?
tm-valider = Validați
tm-veuillez-nous-fournir-ladresse = Vă rugăm să ne indicați adresa de e-mail pe care să o folosim pentru a vă contacta
tm-oui-utiliser-comme-adresse-electronique = Da, folosiți { $email } ca adresă de e-mail de contact
tm-non-utiliser-une-autre-adresse = Nu, folosiți o altă adresă de e-mail
tm-fusion-des-comptes-franceconnect-et = Fuzionarea conturilor FranceConnect și { $name }
tm-bonjour-votre-compte-franceconnect = Bună ziua, contul dumneavoastră FranceConnect folosește { $email } ca adresă de e-mail de contact. Însă există un cont pe { $name } cu această adresă de e-mail.
tm-pour-les-fusionner-entrez-votre-mot = Pentru a le fuziona, introduceți parola
tm-fusionner-les-comptes = Fuzionați conturile
tm-utiliser-cette-adresse-electronique = Folosiți această adresă de e-mail
tm-nous-venons-de-vous-envoyer-le = Tocmai v-am trimis e-mailul de confirmare; vă rugăm să faceți clic pe linkul din acest e-mail pentru a vă fuziona conturile
tm-le-lien-de-confirmation-a-expire = Linkul de confirmare a expirat. V-a fost trimis prin e-mail un nou link de confirmare.
tm-une-erreur-inattendue-est-survenue = A apărut o eroare neașteptată. Vă rugăm să contactați asistența dacă problema persistă.
tm-vous-avez-ete-deconnecte-de-votre = Ați fost deconectat(ă) de la contul anterior. Vă rugăm să faceți din nou clic pe linkul de confirmare.
tm-utilisateur-non-trouve = Utilizator negăsit
tm-les-comptes-franceconnect-et-sont-a = Conturile FranceConnect și { $name } sunt acum fuzionate

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Vă puteți descărca adeverința la următoarea adresă: { $link }
tm-pour-obtenir-le-detail-de-cette = Pentru detalii despre această modificare a deciziei, puteți contacta serviciul: { $name }.
tm-a-ete-refuse-le = a fost respins la { $date }
tm-le-motif-de-refus-est-le = Motivul respingerii este următorul:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Nu ați completat SIRET-ul serviciului pentru unele dintre demersurile dumneavoastră. Vă rugăm să le modificați.
tm-certaines-de-vos-demarches-nont-pas = Unele dintre demersurile dumneavoastră nu au niciun serviciu asociat.
tm-ajouter-un-service-a-la-demarche = Adăugați un serviciu la demersul { $n }
tm-temps-de-remplissage-estime-min-variable = Timp estimat de completare: { $n } min (variază în funcție de opțiunile alese)
tm-quels-sont-les-delais-dinstruction-pour = Care sunt termenele de examinare pentru acest demers?
tm-liste-des-pieces-en-fonction-de = Lista documentelor în funcție de situația dumneavoastră
tm-le-sva-ou-silence-vaut-accord = SVA, sau „Silence Vaut Accord” (tăcerea valorează acord), este un principiu legal care stabilește ce se întâmplă cu o cerere atunci când administrația nu răspunde: cererea va fi acceptată automat după un termen, dacă dosarul dumneavoastră este complet.
tm-le-svr-ou-silence-vaut-rejet = SVR, sau „Silence Vaut Rejet” (tăcerea valorează respingere), este un principiu legal care stabilește ce se întâmplă cu o cerere atunci când administrația nu răspunde: cererea va fi respinsă automat după un termen, dacă dosarul dumneavoastră este complet.

## ds: layouts

tm-super-admin = superadministrator

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Introduceți un număr și un nume de stradă, sau un loc numit
tm-renseigner-la-ville-ou-commune = Introduceți orașul sau comuna
tm-renseigner-un-code-postal = Introduceți un cod poștal
tm-format-attendu-jj-mm-aaaa = Format cerut: ZZ/LL/AAAA.
tm-format-attendu-jj-mm-aaaa-hh = Format cerut: ZZ/LL/AAAA HH:MM.
tm-format-attendu-un-numero-de-dossier = Format cerut: un număr de dosar depus pe { $name }
tm-ne-doit-pas-contenir-de-caracteres = nu trebuie să conțină caractere speciale
tm-doit-faire-au-moins-caracteres = trebuie să aibă cel puțin { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    }
tm-doit-faire-moins-de-caracteres = trebuie să aibă mai puțin de { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    }
tm-est-invalide-saisissez-un-numero-iban = este invalid. Introduceți un număr IBAN valid. Exemplu (Franța): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Exemplu (Franța): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Puteți selecta una sau mai multe opțiuni.

## ds: activemodel

tm-region-code-region = Regiune și cod de regiune

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Format cerut: un număr de telefon valid. Exemplu: 0612345678
tm-doit-commencer-par-un-w-majuscule = trebuie să înceapă cu un W majuscul urmat de 9 cifre sau litere. Exemplu: W503726238
tm-le-numero-rna-saisi-ne-correspond = numărul RNA { $value } introdus nu corespunde niciunei unități; introduceți un număr RNA valid
tm-une-erreur-reseau-a-empeche-lassociation = o eroare de rețea a împiedicat găsirea asociației legate de acest RNA; reîncercați mai târziu
tm-numero-rna = Număr RNA
tm-nom-de-lassociation = Numele asociației
tm-objet-de-lassociation = Obiectul asociației
tm-date-de-creation = Data înființării
tm-date-de-publication = Data publicării
tm-format-attendu-un-w-majuscule-suivi = Format cerut: un W majuscul urmat de 9 cifre sau litere. Exemplu: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (nu a fost găsită nicio fundație)
tm-numero-rnf = Număr RNF
tm-mise-a-jour-le = Actualizat la
tm-comporte-une-erreur-de-saisie-corrigez = conține o greșeală de introducere. Corectați-o.
tm-ne-correspond-pas-a-un-etablissement = nu corespunde unei unități existente
tm-dossier-supprime = Dosar șters
tm-demande-de-lusager = Cererea utilizatorului
tm-suppression-dune-demarche = Ștergerea unui demers
tm-numero-de-dossier = Număr de dosar
tm-etat = Stadiu
tm-demande-de-correction = Cerere de corectare
tm-pour-vous = Pentru dumneavoastră
tm-pour-un-beneficiaire-membre-de-la = Pentru un beneficiar: membru al familiei, apropiat, mandant, profesionist care se ocupă de urmărirea dosarului…
tm-a-corriger = De corectat
tm-dossier-non-modifie = Dosar nemodificat
tm-demande-de-correction-annulee = Cerere de corectare anulată
tm-reponse-donnee = Răspuns dat
tm-le-dossier-nest-pas-valide-et = Dosarul nu este valid și trebuie corectat
tm-le-dossier-doit-etre-mis-a = Dosarul trebuie actualizat și validat din nou
tm-depose-depuis-longtemps = Depus de mult timp
tm-depose-depuis-j = Depus de { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
tm-expire-bientot = Expiră curând
tm-expire-dans-j = Expiră în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
tm-bientot-supprime = Va fi șters curând
tm-suppression-dans-j = Ștergere în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
tm-message = Mesaj
tm-annotation-privee = Adnotare privată
tm-ladresse-electronique = Adresa de e-mail { $message }
tm-est-invalide = este invalid
tm-parcelle-agricole = Parcelă agricolă
tm-selection-utilisateur = Selecția utilizatorului
tm-ne-peut-pas-etre-vide = nu poate fi gol
tm-nest-pas-un-geojson-valide = nu este un GeoJSON valid
tm-contient-des-coordonnees-invalides = conține coordonate invalide; vă rugăm să folosiți sistemul de coordonate WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Parcela nr. { $n } - Foaia { $prefixe } { $section } - { $surface } m² – comuna { $commune }
tm-parcelle-n-hectares = Parcela nr. { $n } - { $surface } hectare
tm-une-aire-de-surface-m2 = O suprafață de { $area } m²
tm-une-aire-de-surface-inconnue = O suprafață necunoscută

## ds: activerecord

tm-doit-etre-different-de-celui-du = trebuie să fie diferit de cel al mandatarului
tm-notifier-le-beneficiaire = Notificați beneficiarul:
tm-pas-de-notification = Fără notificare
tm-votre-dossier-n-est-en-train = Dosarul dumneavoastră nr. { $n } este reexaminat ({ $name })

## ds: activemodel

tm-annee = Anul
tm-depuis-le-debut = De la început
tm-en = (în { $year })
tm-nombre-de-demarches = Numărul de demersuri
tm-nombre-de-demarches-publiees-ou-closes = Numărul de demersuri publicate sau închise { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = Dosarul a fost depus de un cont FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = Dosarul a fost depus de contul lui { $name }.
tm-le-service-traitant-na-pas-ete = Serviciul responsabil nu a putut trata cererea dumneavoastră în termenul stabilit de regula „Silence Vaut Rejet” (tăcerea valorează respingere).
tm-expirera-le-mois-apres-le-depot = Va expira la { $date } ({ $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    } după depunerea dosarului)
tm-ce-dossier-est-en-instruction-il = Acest dosar este în examinare, nu va expira
tm-expirera-le-mois-apres-le-traitement = Va expira la { $date } ({ $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    } după tratarea dosarului)
tm-expirera-le-mois-apres-le-traitement-2 = Va expira la { $date } ({ $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    } după tratarea dosarului)
tm-la-recuperation-automatique-des-donnees = Obținerea automată a datelor pentru beneficiarul nr. { $numero_allocataire } cu codul poștal { $code_postal } este în curs.
tm-des-donnees-concernant-liees-au-compte = Au fost primite de la CAF date privind { $sources }, legate de contul nr. { $numero_allocataire } cu codul poștal { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = Date obținute de la Caisse nationale d’allocations familiales (casa națională de alocații familiale)
tm-la-recuperation-automatique-des-donnees-2 = Obținerea automată a datelor pentru declarantul nr. { $numero_fiscal } cu referința deciziei { $reference_avis } este în curs.
tm-des-donnees-concernant-liees-au = Au fost primite de la DGFiP date privind { $sources }, legate de declarantul nr. { $numero_fiscal } cu referința deciziei { $reference_avis }.
tm-donnees-obtenues-de-la-direction = Date obținute de la Direction générale des Finances publiques (administrația fiscală)
tm-la-recuperation-automatique-des-donnees-3 = Obținerea automată a datelor pentru identificatorul { $identifiant } este în curs.
tm-des-donnees-concernant-liees-a = Au fost primite de la Pôle emploi date privind { $sources }, legate de identificatorul { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = Date obținute de la Pôle emploi
tm-des-donnees-concernant-liees-a-line = Au fost primite de la MESRI date privind { $sources }, legate de INE { $ine }.
tm-donnees-obtenues-du-mesri = Date obținute de la MESRI
tm-entrer-une-autre-option = Introduceți altă opțiune

## ds: carte

tm-deploiement-par-departement = Implementare pe departamente
tm-quelle-carte-souhaitez-vous = Ce hartă doriți?

## ds: views

tm-selectionnez = Selectați

## ds: activerecord

tm-votre-adresse-electronique = Adresa dumneavoastră de e-mail profesională
tm-sujet = Subiect

## ds: contact

tm-votre-question = Întrebarea dumneavoastră
tm-notre-reponse = Răspunsul nostru
tm-une-capture-decran-peut-nous-aider = O captură de ecran ne poate ajuta să identificăm mai ușor locul care trebuie îmbunătățit.
tm-une-capture-decran-peut-nous-aider-2 = O captură de ecran ne poate ajuta să identificăm mai ușor problema.
tm-taille-maximale-autorisee-200-mo-formats = Mărime maximă permisă: 200 MB. Formate acceptate: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Contactați-ne prin acest formular și vă vom răspunde cât mai curând posibil. Nu uitați să ne dați cât mai multe informații, ca să vă putem ajuta cât mai bine.
tm-jai-un-probleme-lors-du-remplissage = Am o problemă la completarea dosarului meu
tm-avez-vous-bien-verifie-que-tous = Ați verificat că toate câmpurile obligatorii ( * ) sunt completate? Dacă aveți întrebări despre informațiile de introdus, contactați serviciile responsabile de demers (FAQ).
tm-jai-une-question-sur-linstruction-de = Am o întrebare despre examinarea dosarului meu
tm-si-vous-avez-des-questions-sur = Dacă aveți întrebări despre examinarea dosarului dumneavoastră (de exemplu despre termene), vă invităm să contactați direct serviciile care vă examinează dosarul, prin mesageria dumneavoastră (FAQ). Dacă doriți să puneți o întrebare despre o problemă tehnică a site-ului, folosiți formularul de mai jos. Nu vă vom putea da informații despre examinarea dosarului dumneavoastră.
tm-jai-une-idee-damelioration-pour-votre = Am o idee de îmbunătățire pentru site-ul dumneavoastră
tm-une-idee-pensez-a-consulter-notre = O idee? Consultați tabloul nostru de bord al îmbunătățirilor: votați îmbunătățirile prioritare pentru dumneavoastră, propuneți propria idee.
tm-nous-vous-invitons-a-contacter = Vă invităm să contactați administrația responsabilă de demersul dumneavoastră, ca să vă indice linkul de urmat. Acesta ar trebui să arate astfel: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. Puteți consulta aici și lista celor mai frecvente demersuri ale noastre (autorizații, detr etc.).
tm-autre-sujet = Alt subiect
tm-votre-message-a-ete-envoye-sur = Mesajul dumneavoastră a fost trimis în mesageria dosarului dumneavoastră.
tm-votre-message-a-ete-envoye = Mesajul dumneavoastră a fost trimis.
tm-la-piece-jointe-doit-etre-un = Atașamentul trebuie să fie un fișier

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = Ați primit un mesaj nou de la administrația responsabilă de dosarul dumneavoastră pentru demersul „{ $name }”.
tm-pour-consulter-le-message-et-y = Pentru a citi mesajul și a-i răspunde, faceți clic pe butonul de mai jos:
tm-si-vous-souhaitez-repondre-a-ce = Dacă doriți să răspundeți la acest mesaj, contactați direct administrația la următoarea adresă: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Dacă doriți să răspundeți la acest mesaj, contactați direct administrația folosind datele de contact de la sfârșitul acestui e-mail.
tm-lire-le-message = Citiți mesajul
tm-vous-avez-commence-a-remplir-un = Ați început să completați un dosar pentru demersul „{ $name }”.
tm-vous-pouvez-retrouver-et-completer-votre = Vă puteți regăsi și completa dosarul făcând clic pe butonul de mai jos:
tm-vous-pouvez-deposer-votre-dossier = Vă puteți depune dosarul până la { $before }.
tm-afficher-votre-dossier = Afișați dosarul dumneavoastră
tm-vous-devez-corriger-votre-dossier-n = Trebuie să vă corectați dosarul nr. { $n } „{ $name }”
tm-afin-de-poursuivre-son-instruction-un = Pentru a continua examinarea, un instructor vă cere să faceți corecturi în dosarul dumneavoastră nr. { $n } pentru demersul „{ $name }”.
tm-afin-de-commencer-son-instruction-un = Pentru a începe examinarea, un instructor vă cere să completați dosarul dumneavoastră nr. { $n } pentru demersul „{ $name }”.
tm-consultez-la-messagerie-de-votre-dossier = Consultați mesageria dosarului dumneavoastră pentru a afla ce modificări trebuie făcute, apoi modificați dosarul direct pe site.
tm-ouvrir-la-messagerie = Deschideți mesageria
tm-vous-avez-une-demande-de-transfert = Aveți o cerere de transfer în așteptare.
tm-afin-de-pouvoir-accepter-ou-refuser = Pentru a putea accepta sau refuza cererea, trebuie să vă conectați pe { $name }:
tm-acceder-a-la-demande-de-transfert = accesați cererea de transfer
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Pentru a putea accepta sau refuza cererea, trebuie să aveți un cont:
tm-se-creer-un-compte-sur = creați-vă un cont pe { $name }
tm-vous-adresse-une-demande-de-transfert = { $name } vă trimite o cerere de transfer pentru { $n ->
        [one] { $n } dosar
        [few] { $n } dosare
       *[other] { $n } de dosare
    }.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } vă trimite o cerere de transfer pentru dosarul nr. { $n } din demersul

## ds: layouts

tm-accueil-liste-des-demarches = Acasă - Lista demersurilor
tm-vous-etes-ici = Vă aflați aici
tm-voir-le-fil-dariane = Vedeți firul de navigare
tm-previsualiser-le-formulaire = Previzualizați formularul
tm-previsualiser-les-annotations = Previzualizați adnotările
tm-depuis-le = din { $date }
tm-publiee = Publicat
tm-en-test = În test
tm-a-modifier = De modificat
tm-pour-plus-dinformation-sur-la-phase = Pentru mai multe informații despre faza de test
tm-consulter-la-faq = consultați întrebările frecvente (FAQ)
tm-suivi-des-dossiers = { $name } – Urmărirea dosarelor
tm-modifier-le-lien-de-la-demarche = Modificați linkul demersului
tm-pour-vous-adresser-a-votre = Pentru a vă adresa administrației dumneavoastră, treceți direct prin
tm-page-de-contact = Pagina de contact:
tm-horaires = Program:
tm-consultez-laide-en-ligne = Consultați ajutorul online
tm-consultez-la-page-de-contact-de = Consultați pagina de contact a administrației
tm-lequipe = Echipa
tm-nous-vous-informons-que-le-dossier = Vă informăm că dosarul nr. { $dossier_id }, completat în numele dumneavoastră de { $mandataire_first_name } { $mandataire_last_name }, pentru demersul
tm-a-ete-classe-sans-suite-le = a fost închis fără continuare la { $date }.
tm-a-ete-rendue = a fost pronunțată.

## ds: root

tm-effectuer-une-demarche-administrative-en = Faceți un demers administrativ online
tm-vous-souhaitez-effectuer-une-demande = Doriți să faceți o cerere către o administrație?
tm-realisez-vos-demandes-en-toute = Faceți-vă cererile foarte simplu și regăsiți-vă dosarele online
tm-comment-trouver-ma-demarche = Cum îmi găsesc demersul?
tm-dossiers-deposes = dosare depuse
tm-reduction-des-delais-de-traitement = reducerea termenelor de tratare
tm-une-question-un-probleme = O întrebare, o problemă?
tm-la-reponse-est-dans-laide-en = Răspunsul este în ajutorul online
tm-administration-vous-voulez = Administrație: doriți să vă digitalizați demersurile?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect este soluția propusă de stat pentru a securiza și a simplifica conectarea la serviciile dumneavoastră online.
tm-sidentifier-avec = Identificați-vă cu
tm-ou = sau
tm-vous-avez-deja-un-compte = Aveți deja un cont?
tm-jai-deja-un-compte = Am deja un cont
tm-creer-un-compte = Creați un cont
tm-votre-adresse-electronique-nest-pas = Adresa dumneavoastră de e-mail nu este verificată, așa că nu veți primi mesajele de la { $name }. Vă rugăm să vă verificați căsuța de e-mail și să faceți clic pe linkul de verificare. Nu ați primit e-mailul?
tm-telecharger-le-modele = Descărcați modelul

## ds: commencer

tm-commencer-la-demarche = Începeți demersul
tm-vous-avez-deja-des-dossiers-pour = Aveți deja dosare pentru acest demers
tm-voir-mes-dossiers-en-cours = Vedeți dosarele mele în curs
tm-vous-avez-un-dossier-prerempli = Aveți un dosar precompletat
tm-vous-etes-prete-a-poursuivre-un = Sunteți gata să continuați un dosar precompletat pentru demersul „{ $name }”, început acum { $time }.
tm-vous-avez-deja-commence-a-remplir = Ați început deja să completați un dosar
tm-il-y-a-vous-avez-depose = Acum { $time }, ați depus un dosar pentru demersul „{ $name }”.
tm-poursuivre-mon-dossier-prerempli = Continuați dosarul meu precompletat
tm-continuer-a-remplir-mon-dossier = Continuați completarea dosarului meu
tm-voir-mon-dossier-depose = Vedeți dosarul meu depus
tm-vous-souhaitez-effectuer-une-demande-par = Doriți să faceți o cerere pe hârtie? Puteți descărca un dosar gol în format PDF și îl puteți trimite administrației în cauză: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = Descărcați un dosar gol în format PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [one] Ultimul dumneavoastră dosar creat ({ $n }):
        [few] Ultimele dumneavoastră { $n } dosare create:
       *[other] Ultimele dumneavoastră { $n } de dosare create:
    }
tm-n-cree-il-y-a = Nr. { $n }, creat acum { $date }, { $state }
tm-la-demarche-est-close-depuis-le = Demersul { $name } este închis din { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = Sunteți pe cale să transferați dosarul { $state } nr. { $n }, depus de { $name } la { $date }, în contul altui utilizator.
tm-envoyer-la-demande-de-transfert = Trimiteți cererea de transfer
tm-linvitation-au-transfert-a-ete-envoyee = Invitația la transfer a fost trimisă cu succes
tm-la-demande-de-transfert-a-ete = Cererea de transfer a fost ștearsă cu succes
tm-la-demarche-liee-a-votre-dossier = Demersul legat de dosarul dumneavoastră a fost șters
tm-la-demarche-liee-a-votre-dossier-2 = Demersul legat de dosarul dumneavoastră este închis
tm-vous-pouvez-toujours-consulter-votre = Vă puteți consulta în continuare dosarul, dar nu mai este posibil să îl modificați.
tm-votre-dossier-a-ete-traite-par = Dosarul dumneavoastră a fost tratat de administrație, nu mai este posibilă nicio acțiune
tm-vous-pouvez-toujours-consulter-votre-2 = Vă puteți consulta în continuare dosarul, dar nu va fi tratat de administrație
tm-voir-la-demarche = vedeți demersul
tm-une-nouvelle-demarche-est-disponible = Un demers nou este disponibil, consultați-l aici:
tm-pour-plus-dinformations-veuillez-vous = Pentru mai multe informații, vă rugăm să vă adresați serviciului { $name }, disponibil la { $service_phone_number } sau prin e-mail la { $email }
tm-votre-dossier-est-en-attente-de = Dosarul dumneavoastră așteaptă să fie preluat de administrație. Termenul maxim de preluare este de { $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    }. Puteți totuși prelungi această durată făcând clic pe butonul de mai jos.
tm-conserver-mois-supplementaire = Păstrați încă { $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    }
tm-cadre-juridique = Cadru juridic
tm-retention-et-archivage-des-donnees-mois = Păstrarea și arhivarea datelor: { $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    }
tm-texte-cadrant-la-demande-dinformation = Textul care reglementează cererea de informații
tm-contacter-le-delegue-a-la-protection = Contactați responsabilul cu protecția datelor
tm-dematerialisation = Digitalizare
tm-trouver-une-maison-france-services = Găsiți un centru France Services
tm-profil = Profil
tm-nouvelle-adresse-electronique = Noua adresă de e-mail
tm-votre-adresse-electronique-actuelle = Adresa dumneavoastră de e-mail actuală
tm-changer-mon-adresse = Schimbați adresa mea
tm-transferer-tous-vos-dossiers = Transferați toate dosarele dumneavoastră
tm-cette-fonctionnalite-vous-permet-de = Această funcție vă permite să schimbați proprietarul tuturor dosarelor dumneavoastră. De obicei este utilă la schimbarea postului sau dacă doriți să fuzionați mai multe conturi.
tm-adresse-electronique-du-prochain = Adresa de e-mail a viitorului proprietar al tuturor dosarelor dumneavoastră
tm-le-nouveau-proprietaire-doit-confirmer = Noul proprietar { $email } trebuie să confirme transferul unui dosar urmând instrucțiunile primite în e-mailul său.
tm-le-nouveau-proprietaire-doit-confirmer-2 = Noul proprietar { $email } trebuie să confirme transferul { $n ->
        [one] dosarului dumneavoastră ({ $n })
        [few] celor { $n } dosare ale dumneavoastră
       *[other] celor { $n } de dosare ale dumneavoastră
    } urmând instrucțiunile primite în e-mailul său.
tm-confirmez-vous-le-transfert = Confirmați transferul?
tm-transferer-tous-mes-dossiers = Transferați toate dosarele mele
tm-changement-en-attente = Modificare în așteptare:
tm-doit-sassurer-que-votre-compte-est = { $name } trebuie să se asigure că contul dumneavoastră este folosit în scop profesional. Putem autoriza automat schimbările de e-mail către următoarele domenii: { $legit_admin_domains } Dacă nu este cazul dumneavoastră, contactați asistența: { $email }
tm-votre-compte-sur-est-actuellement-lie = Contul dumneavoastră pe { $name } este legat în prezent de următoarea identitate:
tm-votre-compte-sur-est-actuellement-lie-2 = Contul dumneavoastră pe { $name } este legat în prezent de { $n ->
        [one] următoarea identitate ({ $n }):
        [few] următoarele { $n } identități:
       *[other] următoarele { $n } de identități:
    }
tm-interdire-lacces = Interziceți accesul
tm-le-transfert-dun-dossier-a-est = Transferul unui dosar către { $email } este în curs
tm-le-transfert-de-dossiers-a-est = Transferul a { $n ->
        [one] { $n } dosar
        [few] { $n } dosare
       *[other] { $n } de dosare
    } către { $email } este în curs

## seeds: seeds

tm-service-momentanement-indisponible-nous = Serviciu momentan indisponibil. Vă invităm să încercați din nou mai târziu.
tm-numero-de-la-declaration-de-perte = Numărul declarației de pierdere
tm-mettre-a-jour-mes-documents = Actualizați documentele mele
tm-nombre-d-enfants-a-charge = Numărul copiilor aflați în întreținere
tm-je-ne-suis-pas-un-robot = Nu sunt un robot
tm-numero-etranger = Număr de străin

## failures: failures

tm-plus-de-plage-horaire-libre = nu mai există niciun interval orar liber
tm-aucun-creneau-disponible = niciun interval disponibil
tm-aucun-creneau-n-est-disponible = niciun interval nu este disponibil
tm-pas-de-creneau-disponible = nu există interval disponibil
tm-plus-de-creneau-disponible = nu mai există interval disponibil
tm-aucun-rendez-vous-disponible = nicio programare disponibilă
tm-aucun-rendez-vous-n-est-disponible = nicio programare nu este disponibilă
tm-aucune-disponibilite = nicio disponibilitate
tm-tous-les-creneaux-sont-reserves = toate intervalele sunt rezervate
tm-toutes-les-plages-horaires-sont = toate intervalele orare sunt rezervate
tm-aucune-plage-horaire = niciun interval orar
tm-service-momentanement-indisponible = serviciu momentan indisponibil
tm-service-temporairement-indisponible = serviciu temporar indisponibil
tm-service-indisponible = serviciu indisponibil
tm-site-en-maintenance = site în mentenanță
tm-actuellement-en-maintenance = în prezent în mentenanță
tm-operation-de-maintenance = operațiune de mentenanță
tm-erreur-technique = eroare tehnică
tm-probleme-technique = problemă tehnică
tm-une-erreur-est-survenue = a apărut o eroare
tm-une-erreur-inattendue = o eroare neașteptată
tm-le-service-rencontre-des-difficultes = serviciul întâmpină dificultăți
tm-nombre-de-connexions = numărul de conexiuni
tm-trop-de-demandes = prea multe cereri
tm-votre-session-a-expire = sesiunea dumneavoastră a expirat
tm-session-expiree = sesiune expirată
tm-vous-avez-ete-deconnecte = ați fost deconectat(ă)
tm-delai-d-inactivite = timp de inactivitate depășit
tm-code-de-securite-saisi-est-incorrect = codul de securitate introdus este incorect
tm-code-de-securite-est-incorrect = codul de securitate este incorect
tm-captcha-incorrect = captcha incorect
tm-captcha-invalide = captcha invalid
tm-identifiant-ou-mot-de-passe-incorrect = identificator sau parolă incorectă
tm-identifiant-ou-mot-de-passe-invalide = identificator sau parolă invalidă
tm-compte-bloque = cont blocat
tm-compte-verrouille = cont blocat (încuiat)
tm-compte-desactive = cont dezactivat
tm-format-de-fichier-non-supporte = format de fișier neacceptat
tm-format-non-supporte = format neacceptat
tm-fichier-trop-volumineux = fișier prea mare
tm-depasse-la-taille-maximale = depășește mărimea maximă
tm-dossier-incomplet = dosar incomplet
tm-piece-manquante = document lipsă
tm-n-est-pas-valide = nu este valid
tm-est-obligatoire = este obligatoriu
tm-numero-etranger-inconnu = număr de străin necunoscut
tm-aucun-dossier-ne-correspond = niciun dosar nu corespunde
tm-delai-d-attente-depasse = timpul de așteptare a fost depășit
tm-le-serveur-met-trop-de-temps = serverul răspunde prea greu

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Introduceți codul de securitate
tm-verification-de-securite = Verificare de securitate
tm-le-code-peut-etre-ecoute-avec = Codul poate fi ascultat cu butonul „Rostiți codul” („Énoncer le code”); butonul „Schimbați codul” („Changer le code”) afișează o imagine nouă.
tm-recopiez-les-caracteres-affiches-dans = Copiați caracterele afișate în imagine.
tm-veuillez-recopier-le-code-de-securite = Vă rugăm să copiați codul de securitate pentru a continua programarea.
tm-prise-de-rendez-vous-demande-de = Programare — Cerere de naturalizare

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Introduceți caracterele din imagine
tm-afin-de-verifier-que-vous-netes = Pentru a verifica faptul că nu sunteți un robot, copiați caracterele afișate în imagine. Pentru a le asculta, folosiți butonul „Rostiți codul captcha” („Énoncer le code du captcha”); pentru a obține altă imagine, folosiți butonul „Generați un captcha nou” („Générer un nouveau captcha”).
tm-les-majuscules-et-minuscules-ne-sont = Nu se face diferența între majuscule și minuscule.
tm-pour-acceder-au-calendrier-des-rendez = Pentru a accesa calendarul programărilor, copiați codul de securitate, apoi faceți clic pe „Următorul” („Suivant”).
tm-prise-de-rendez-vous-remise-de = Programare — Ridicarea permisului de ședere
tm-le-code-de-securite-saisi-est = Codul de securitate introdus este incorect. Vă rugăm să reîncercați.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Datele dumneavoastră de contact
tm-format-attendu-nom-domaine-fr = Format cerut: nume@domeniu.fr
tm-avant-de-choisir-un-creneau-merci = Înainte de a alege un interval, vă rugăm să vă confirmați cererea. Programările se deschid în fiecare săptămână, în funcție de disponibilitățile ghișeului.
tm-prise-de-rendez-vous-echange-de = Programare — Preschimbarea permisului de conducere străin

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Verificare anti-robot
tm-cliquez-sur-clique-ici-pour-verifier = Faceți clic pe „Fă clic aici pentru verificare” („Clique ici pour vérifier”): verificarea se face automat, fără test.
tm-clique-ici-pour-verifier = Fă clic aici pentru verificare
tm-pour-toute-question-relative-a-vos = Pentru orice întrebare legată de demersurile dumneavoastră (permise de ședere, permise de conducere, asociații), folosiți acest formular. Veți primi un răspuns în termen de 15 zile lucrătoare.
tm-nous-contacter = Contactați-ne
tm-nous-verifions-que-vous-netes-pas = Verificăm că nu sunteți un robot…
tm-verification-automatique-des-spams = Verificarea automată anti-spam s-a încheiat

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Număr de înmatriculare
tm-format-attendu-ab-123-cd = Format cerut: AB-123-CD
tm-cochez-la-case-je-suis-un = Bifați căsuța „Sunt om” („Je suis un humain”) pentru a continua.
tm-envoyer-ma-demande = Trimiteți cererea mea
tm-les-residents-des-secteurs-de = Rezidenții din zonele de parcare cu plată pot cere un card care le dă acces la tariful de rezident. Pregătiți o dovadă de domiciliu mai recentă de 3 luni și certificatul de înmatriculare al vehiculului.
tm-demande-de-carte-de-stationnement = Cerere de card de parcare pentru rezidenți

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Referința dosarului
tm-recopiez-les-caracteres-affiches = Copiați caracterele afișate
tm-code-de-securite = Cod de securitate
tm-exemple-pc-034172-24-m0123 = Exemplu: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 caractere, cifre și litere mari
tm-generer-un-nouveau-code = Generați un cod nou
tm-envoyer-la-demande = Trimiteți cererea
tm-vous-pouvez-demander-la-copie-dun = Puteți cere copia unei autorizații de construire sau a unei declarații prealabile eliberate în comună. Documentele sunt transmise pe cale electronică.
tm-demande-de-copie-de-documents-durbanisme = Cerere de copie a documentelor de urbanism

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Fiecare pagină reproduce, offline, marcajul unui tip de CAPTCHA întâlnit pe portalurile publice, pentru a testa detectarea de către Relais (care nu rezolvă și nu ocolește niciodată un CAPTCHA). Niciun serviciu extern nu este contactat: scripturile, cadrele, imaginile și sunetele sunt fișiere locale (dosarul vendor/).
tm-pages-de-test-widgets-captcha = Pagini de test: widgeturi CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Confirmați programarea
tm-choisissez-un-creneau-pour-deposer-votre = Alegeți un interval pentru a vă depune cererea. Controlul de securitate apare după ce pagina s-a încărcat.
tm-prise-de-rendez-vous-carte-nationale = Programare — Carte națională de identitate și pașaport
tm-chargement-de-la-verification-de = Se încarcă verificarea de securitate…
tm-confirmation-du-creneau = Confirmarea intervalului orar
tm-cochez-la-case-pour-confirmer-que = Bifați caseta pentru a confirma că sunteți om.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Întrebare de securitate: cât fac 3 + 4?
tm-repondez-en-chiffres-cette-question = Răspundeți în cifre. Această întrebare permite să se verifice că nu sunteți un robot.
tm-sinscrire = Înscrieți-vă
tm-recevez-chaque-mois-lactualite-du = Primiți în fiecare lună noutățile Departamentului: ajutoare, drumuri, gimnazii (collèges), solidaritate. Vă veți putea dezabona oricând.
tm-inscription-a-la-lettre-dinformation = Abonare la buletinul informativ

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Motivul programării
tm-cochez-la-case-je-ne-suis = Bifați căsuța „Nu sunt un robot” („Je ne suis pas un robot”). Poate apărea un test cu imagini; acesta are o versiune audio.
tm-demander-un-rendez-vous = Cereți o programare
tm-selectionner-un-motif = Selectați un motiv
tm-premiere-demande = Primă cerere
tm-renouvellement = Reînnoire
tm-duplicata = Duplicat
tm-ce-formulaire-vous-permet-de-demander = Acest formular vă permite să cereți o programare la ghișeul pentru străini al prefecturii Rhône (Lyon). Vi se va trimite o confirmare prin e-mail.
tm-prise-de-rendez-vous-depot-de = Programare — Depunerea cererii de permis de ședere

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Tipul documentului
tm-copie-integrale = Copie integrală
tm-extrait-avec-filiation = Extras cu filiație
tm-extrait-sans-filiation = Extras fără filiație
tm-demandez-en-ligne-une-copie-integrale = Cereți online o copie integrală sau un extras de act de naștere pentru o naștere care a avut loc la Lyon. Actul este trimis prin poștă în termen de 8 zile.
tm-ce-site-est-protege-par-recaptcha = Acest site este protejat de reCAPTCHA; se aplică politica de confidențialitate și condițiile de utilizare ale Google.
tm-demande-dacte-de-naissance = Cerere de certificat de naștere

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Aceasta este o pagină de test: cererea nu a fost transmisă niciunui serviciu.
tm-votre-demande-a-bien-ete-envoyee = Cererea dumneavoastră a fost trimisă
tm-donnees-recues = Date primite
tm-aucune-donnee-recue = Nu s-au primit date.
tm-retour-a-la-liste-des-pages = Înapoi la lista paginilor de test

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Adresa problemei
tm-description = Descriere
tm-envoyer-le-signalement = Trimiteți semnalarea
tm-nid-de-poule-eclairage-en-panne = Groapă în carosabil, iluminat defect, depozitare ilegală de deșeuri: semnalați acest lucru serviciilor orașului. Veți fi informat(ă) prin e-mail despre tratarea semnalării dumneavoastră.
tm-signaler-un-probleme-sur-lespace-public = Semnalați o problemă în spațiul public

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Verificați că sunteți om
tm-operation-reussie = ✔Operațiune reușită!
tm-saisissez-ce-que-vous-entendez = Introduceți ce auziți
tm-lecture = REDARE
tm-veuillez-cliquer-sur-chaque-image = Vă rugăm să dați clic pe fiecare imagine care conține un autobuz
tm-vous-etes-valide = Ați trecut verificarea
tm-le-service-recaptcha-requiert-une = Serviciul reCAPTCHA cere o verificare.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Număr de asigurare socială
tm-jour = Ziua
tm-mois = Luna
tm-numero-de-telephone-portable = Număr de telefon mobil
tm-13-chiffres-cle-de-2-chiffres = 13 cifre + cheie de 2 cifre; se află pe cardul dumneavoastră Vitale
tm-telle-quelle-figure-sur-votre-carte = Așa cum apare pe cardul dumneavoastră Vitale
tm-exemple-14 = Exemplu: 14
tm-exemple-07 = Exemplu: 07
tm-exemple-1988 = Exemplu: 1988
tm-format-attendu-5-chiffres = Format cerut: 5 cifre
tm-format-attendu-06-12-34-56 = Format cerut: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = Numărul de asigurare socială introdus nu este valid.
tm-votre-compte-ameli-vous-permet-de = Contul dumneavoastră ameli vă permite să urmăriți rambursările, să descărcați o adeverință de drepturi și să contactați casa dumneavoastră de asigurări de sănătate.
tm-creer-mon-compte-ameli = Creați-mi contul ameli
tm-formulaire-recu = Formular primit

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Conectați-vă cu identificatorul meu
tm-votre-identifiant-est-votre-numero = Identificatorul dumneavoastră este numărul de străin (10 cifre) sau adresa dumneavoastră de e-mail
tm-sidentifier-avec-franceconnect = Identificați-vă cu FranceConnect
tm-creer-mon-compte = Creați-mi contul
tm-la-creation-dun-compte-est-necessaire = Crearea unui cont este necesară pentru a depune o cerere de permis de ședere, de naturalizare sau de document de călătorie.
tm-votre-numero-etranger-comporte-10 = Numărul dumneavoastră de străin are 10 cifre. Apare pe permisul de ședere, pe recipisa cererii de permis de ședere (récépissé) sau pe autorizația provizorie de ședere.
tm-si-vous-navez-jamais-eu-de = Dacă nu ați avut niciodată permis de ședere în Franța, folosiți adresa dumneavoastră de e-mail.
tm-connexion-a-mon-espace-personnel = Conectare la spațiul meu personal
tm-vous-navez-pas-encore-de-compte = Nu aveți încă un cont?
tm-ou-trouver-mon-numero-etranger = Unde găsesc numărul meu de străin?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Cererea dumneavoastră de a fi sunat(ă) la 06 12 34 56 78 nu a putut fi luată în considerare. Vă vom răspunde la adresa marie.kowalczyk@example.fr (număr de beneficiar 1234567).
tm-demande-de-rappel = Cerere de apel înapoi
tm-retour-a-mon-compte = Înapoi la „Contul meu” („Mon Compte”)

## fixture: portals/caf-declaration

tm-numero-allocataire = Număr de beneficiar CAF (numéro allocataire)
tm-celibataire = Necăsătorit(ă)
tm-marie-e = Căsătorit(ă)
tm-pacse-e = În parteneriat civil (PACS)
tm-en-concubinage = În concubinaj (cuplu necăsătorit)
tm-divorce-e = Divorțat(ă)
tm-veuf-veuve = Văduv/văduvă
tm-salaires-percus-en-euros = Salarii primite (în euro)
tm-indemnites-journalieres = Indemnizații zilnice (indemnités journalières)
tm-allocation-chomage-are = Indemnizație de șomaj (ARE)
tm-pensions-alimentaires-recues = Pensii alimentare primite
tm-votre-situation-professionnelle = Situația dumneavoastră profesională
tm-ajouter-une-piece-justificative = Adăugați un document justificativ
tm-situation-familiale = Situație familială
tm-autres-ressources-en-euros = Alte venituri (în euro)
tm-7-chiffres-il-est-sur-vos = 7 cifre; se află pe scrisorile primite de la CAF
tm-mois-1-janvier = Luna 1: ianuarie
tm-mois-2-fevrier = Luna 2: februarie
tm-mois-3-mars = Luna 3: martie
tm-taille-maximale-5-mo-formats-supportes = Mărime maximă: 5 MB. Formate acceptate: jpg, png, pdf.
tm-valider-ma-declaration = Validați declarația mea
tm-selectionner-une-option = Selectați o opțiune
tm-salarie = Salariat
tm-demandeur-d-emploi = Persoană în căutarea unui loc de muncă
tm-etudiant = Student
tm-sans-activite = Fără activitate
tm-ex-1-250 = De exemplu: 1 250
tm-declarez-les-ressources-percues-par = Declarați veniturile primite de gospodăria dumneavoastră în ultimele trei luni. Această declarație este obligatorie pentru a primi în continuare RSA, prima de activitate (prime d’activité) sau alocația pentru adulții cu dizabilități.
tm-salaires-indiquez-le-montant-net-avant = Salarii: indicați suma netă înainte de reținerea la sursă pentru fiecare lună a trimestrului, sau 0 dacă nu ați primit nimic.
tm-declaration-trimestrielle-de-ressources = Declarație trimestrială de venituri
tm-vos-ressources = Veniturile dumneavoastră
tm-etape-suivante-verification-et-envoi = Pasul următor: Verificare și trimitere

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Fiecare pagină este o imitație simplificată, scrisă pentru teste; niciuna nu este copia unui portal real.
tm-pages-de-test-imitant-des-portails = Pagini de test care imită portaluri administrative franceze

## fixture: portals/mots-cles

tm-nom-de-famille = Nume de familie
tm-prenom-s = Prenume
tm-date-dexpiration-de-votre-titre-de = Data expirării permisului dumneavoastră de ședere
tm-n-de-recepisse = Nr. recipisei (récépissé)
tm-courriel = E-mail
tm-remplissez-ce-formulaire-pour-connaitre = Completați acest formular pentru a afla stadiul cererii dumneavoastră. Veți primi un răspuns prin e-mail în termen de 15 zile lucrătoare.
tm-demande-de-renseignements-sur-un-dossier = Cerere de informații despre un dosar de permis de ședere
tm-precisions-sur-votre-demande-zone-de = Detalii despre cererea dumneavoastră (câmp de text liber):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Nu mai există niciun interval orar liber pentru cererea dumneavoastră de programare. Vă rugăm să încercați din nou mai târziu.
tm-veuillez-cocher-la-case-pour-accepter = Vă rugăm să bifați căsuța pentru a accepta condițiile de utilizare înainte de a continua procesul de programare
tm-choisissez-votre-guichet = Alegeți ghișeul
tm-effectuer-une-demande-de-rendez-vous = Faceți o cerere de programare
tm-selectionner-un-guichet = Selectați un ghișeu
tm-guichet-1-titre-de-sejour = Ghișeul 1 - Permis de ședere
tm-guichet-2-naturalisation = Ghișeul 2 - Naturalizare
tm-guichet-3-document-de-circulation-pour = Ghișeul 3 - Document de circulație pentru străinul minor
tm-guichet-4-duplicata-et-changement = Ghișeul 4 - Duplicat și schimbare de adresă
tm-ce-module-vous-permet-de-reserver = Acest modul vă permite să rezervați o programare pentru a vă ridica permisul de ședere, doar dacă ați primit un SMS sau o scrisoare care vă informează că este disponibil la prefectură.
tm-conformement-aux-dispositions = Conform reglementărilor în vigoare, cererea dumneavoastră de reînnoire a permisului de ședere va fi examinată numai după ce ați prezentat în prealabil toate documentele justificative cerute; în caz contrar, va fi închisă fără continuare, fără reexaminare.
tm-le-jour-du-rendez-vous-presentez = În ziua programării, prezentați-vă cu pașaportul, recipisa (récépissé) sau vechiul permis de ședere, convocarea și timbrul fiscal. Orice dosar incomplet va fi respins.
tm-les-rendez-vous-sont-ouverts-chaque = Programările se deschid în fiecare săptămână, pe măsură ce ghișeele au disponibilitate. Nicio programare nu se acordă prin telefon.
tm-retour-a-la-prise-de-rendez = Înapoi la programare
tm-etape-1-choix-du-guichet = Pasul 1: alegerea ghișeului

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = Serviciul este în prezent în mentenanță. Ne cerem scuze pentru neplăcere; vă rugăm să încercați din nou mai târziu.
tm-les-demandes-deja-deposees-ne-sont = Cererile deja depuse nu sunt afectate de această întrerupere. Dacă permisul dumneavoastră de ședere expiră în timpul mentenanței, adeverința de prelungire a examinării (attestation de prolongation d’instruction) rămâne valabilă.
tm-erreur = Eroare { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = Care este codul dumneavoastră poștal?
tm-quel-est-le-code-postal-de = Care este codul poștal al comunei părinților dumneavoastră?
tm-combien-d-enfants-vous-y-compris = Câți copii (inclusiv dumneavoastră) sunt în întreținerea părinților dumneavoastră?
tm-lorsque-vos-parents-sont-separes-il = Dacă părinții dumneavoastră sunt separați, trebuie indicat numărul copiilor aflați în întreținerea părintelui care vă întreține. Dacă sunteți încă minor și în custodie alternativă, trebuie adunați copiii aflați în întreținerea celor două gospodării fiscale ale părinților separați.
tm-et-combien-vous-y-compris-font = Și câți (inclusiv dumneavoastră) urmează studii superioare?
tm-actuellement-beneficiez-vous-d-une = Beneficiați în prezent de o bursă de liceu?
tm-avez-vous-un-lien-de-parente = Aveți o legătură de rudenie directă cu proprietarul locuinței? Este el un ascendent sau un descendent al dumneavoastră ori al soțului sau soției dumneavoastră (copil, bunic…)?
tm-vivez-vous-en-couple = Locuiți în cuplu?
tm-attention-cette-restriction-est = Atenție, această restricție este diferită de recunoașterea calității de lucrător cu dizabilități.
tm-en-etude-ou-en-alternance = La studii sau în formare prin alternanță
tm-salarie-ou-salariee = Salariat sau salariată
tm-independant-ou-independante = Independent sau independentă
tm-inscrit-ou-inscrite-comme-demandeur = Înscris sau înscrisă ca persoană în căutarea unui loc de muncă
tm-retraite-ou-retraitee = Pensionar sau pensionară
tm-autre = Altceva
tm-lorsque-vous-etudiez-et-que-vous = Dacă studiați și lucrați, trebuie să selectați „La studii sau în formare prin alternanță” („En étude ou en alternance”).
tm-dans-quelle-classe-etes-vous = În ce clasă sunteți în prezent?
tm-cap-1ere-annee = CAP - anul 1
tm-cap-2eme-annee = CAP - anul 2
tm-seconde = Seconde (primul an de liceu în Franța)
tm-premiere = Première (al doilea an de liceu în Franța)
tm-terminale = Terminale (ultimul an de liceu în Franța)
tm-licence-1ere-annee = Licență - anul 1
tm-licence-2eme-annee = Licență - anul 2
tm-licence-3eme-annee = Licență - anul 3
tm-master-1ere-annee = Master - anul 1
tm-master-2eme-annee = Master - anul 2
tm-doctorat-1ere-annee = Doctorat - anul 1
tm-doctorat-2eme-annee = Doctorat - anul 2
tm-doctorat-3eme-annee = Doctorat - anul 3
tm-lorsque-vos-parents-sont-separes-il-2 = Dacă părinții dumneavoastră sunt separați, trebuie luate în calcul veniturile părintelui care vă întreține. Dacă sunteți încă minor și în custodie alternativă, trebuie adunate veniturile celor două gospodării fiscale ale părinților separați.
tm-si-vous-ne-connaissez-pas-le = Dacă nu cunoașteți venitul brut global al părinților dumneavoastră, scrieți 0 pentru a continua simularea. Atenție, acest lucru ar putea afecta exactitatea rezultatelor simulării
tm-beneficiez-vous-d-une-bourse-de = Beneficiați de o bursă pentru învățământul superior?
tm-etes-vous-en-alternance-dans-la = Sunteți în formare prin alternanță în administrația publică?
tm-je-ne-sais-pas = Nu știu
tm-pas-concerne = Nu se aplică
tm-jamais = Niciodată
tm-ponctuellement = Ocazional
tm-regulierement = Regulat
tm-de-quel-secteur-votre-formation-fait = Din ce sector face parte formarea dumneavoastră?
tm-etes-vous-heberge-chez-vos-parents = Locuiți la părinții dumneavoastră?
tm-l-inaptitude-medicale-au-travail = Inaptitudinea medicală de muncă din cauza unei boli sau a unui accident poate fi parțială, totală sau temporară.
tm-avez-vous-obtenu-une-mention-au = Ați obținut o mențiune la bacalaureat?
tm-francaise = Franceză
tm-europeenne = Europeană
tm-non-europeenne = Neeuropeană
tm-regime-general-caf-cpam = Regim general (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Mutualitatea socială agricolă (MSA)
tm-pour-les-etudiants-en-classes = Studenții din clasele pregătitoare pentru marile școli (grandes écoles) trebuie să selecteze „Într-o instituție de învățământ superior” („Dans un établissement de l'enseignement supérieur”).
tm-dans-quel-type-d-etablissement-etudiez = În ce tip de instituție studiați în prezent?
tm-etablissement-public = Instituție publică
tm-etablissement-prive-sous-contrat = Instituție privată sub contract cu statul
tm-etablissement-prive-hors-contrat = Instituție privată fără contract cu statul
tm-quelle-est-votre-relation-avec-votre = Care este relația dumneavoastră cu soțul sau soția dumneavoastră?
tm-moins-de-50 = Sub 50%
tm-etes-vous = Sunteți…?
tm-en-apprentissage = În ucenicie
tm-en-contrat-de-professionnalisation = Cu contract de profesionalizare
tm-combien-de-mois-envisagez-vous-de = Câte luni intenționați să plecați în străinătate în cadrul studiilor?
tm-quel-est-le-prenom-de-votre = Care este prenumele copilului dumneavoastră? Va fi folosit doar pentru a vă ușura completarea în continuare.
tm-souhaitez-vous-connaitre-les-aides-pour = Doriți să aflați ce ajutoare există pentru cumpărarea unei biciclete?
tm-velo-mecanique-simple = Bicicletă mecanică simplă
tm-velo-electrique = Bicicletă electrică
tm-velo-cargo = Bicicletă cargo
tm-velo-cargo-electrique = Bicicletă cargo electrică
tm-velo-pliant = Bicicletă pliabilă
tm-velo-pliant-electrique = Bicicletă pliabilă electrică
tm-motorisation-d-un-velo-classique = Motorizarea unei biciclete clasice
tm-velo-adapte-pour-pmr = Bicicletă adaptată pentru persoane cu mobilitate redusă (PMR)
tm-etes-vous-interesse-ou-interessee-par = Sunteți interesat sau interesată de ajutoarele pentru formările din sectorul sanitar și social?
tm-souhaitez-vous-connaitre-les-aides-au = Doriți să aflați ce ajutoare există pentru BAFA și BAFD?
tm-prevoyez-vous-de-partir-a-l = Intenționați să plecați în străinătate în cadrul studiilor?
tm-prevoyez-vous-de-passer-le-permis = Intenționați să susțineți examenul pentru permisul de conducere?
tm-moins-de-3-mois = Sub 3 luni
tm-entre-3-et-6-mois = Între 3 și 6 luni
tm-plus-de-3-mois = Peste 3 luni
tm-plus-6-mois = Peste 6 luni
tm-linterim-ou-travail-temporaire-est-un = Munca temporară prin agenție (intérim) este un contract de muncă încheiat cu o agenție de muncă temporară, care pune salariatul la dispoziția unei întreprinderi pentru o durată limitată, adesea pentru a înlocui o persoană absentă sau pentru o nevoie punctuală. Dacă contractul a fost semnat cu o agenție, este vorba de un loc de muncă temporar prin agenție.
tm-est-ce-une-colocation = Este o locuință în comun (colocație)?
tm-est-ce-que-ce-logement-a = Această locuință a fost renovată?
tm-est-ce-une-chambre-une-chambre = Este o cameră? O cameră este o locuință care are o singură încăpere și nu are WC.
tm-est-ce-un-logement-dans-une = Este o locuință într-o reședință CROUS?
tm-participez-vous-aux-frais-du-logement = Participați la cheltuielile locuinței? De exemplu la cheltuielile cu electricitatea, telefonul etc.
tm-rencontrez-vous-des-difficultes = Întâmpinați dificultăți importante pentru a obține o locuință sau pentru a plăti cheltuielile legate de locuința dumneavoastră?
tm-prevoyez-vous-de-demenager-prochainement = Intenționați să vă mutați în curând?
tm-non-j-ai-emmenage-il-y = Nu, m-am mutat acum mai puțin de 3 luni
tm-locataire = Chiriaș
tm-figurant-sur-le-bail-en-foyer = trecut în contractul de închiriere, într-un cămin sau într-o reședință
tm-proprietaire = Proprietar
tm-ou-en-location-accession = sau în închiriere cu opțiune de cumpărare
tm-heberge-ou-hebergee = Găzduit sau găzduită
tm-chez-vos-parents-chez-un-particulier = la părinții dumneavoastră, la o persoană particulară sau într-o locuință de serviciu
tm-sans-domicile-stable = Fără domiciliu stabil
tm-ou-domiciliation-administrative = sau adresă administrativă de corespondență (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = Cumpărați pentru prima dată această proprietate (primo-accédant)? Un primo-accédant este o persoană (sau o gospodărie) care nu a fost proprietara locuinței sale principale în ultimii doi ani dinaintea momentului în care își cumpără bunul.
tm-quel-type-de-logement-louez-vous = Ce tip de locuință închiriați?
tm-non-meuble = Nemobilată
tm-meuble-hotel = Mobilată / Hotel
tm-foyer = Cămin (foyer)
tm-residence-universitaire-logement-crous = Cămin studențesc, locuință CROUS, cămin pentru tineri lucrători, reședință socială…
tm-maison-de-retraite-residence-sociale = Cămin de bătrâni, reședință socială…
tm-mes-enfants-a-charge = Copiii mei aflați în întreținere
tm-quelle-est-la-situation-de-vos = Care este situația părinților dumneavoastră?
tm-en-couple = În cuplu
tm-separes = Separați
tm-veuf-ou-veuve = Văduv sau văduvă
tm-decedes = Decedați
tm-sans-autorite-parentale = Fără autoritate părintească
tm-vos-parents-habitent-ils-en-france = Părinții dumneavoastră locuiesc în Franța?
tm-quel-est-le-nombre-de-parts = Care este numărul de părți fiscale (parts) de pe cea mai recentă decizie de impunere a părinților dumneavoastră?
tm-une-part-fiscale-est-une-unite = O parte fiscală este o unitate care reprezintă persoanele din gospodăria fiscală și care servește la calculul impozitului pe venit. Pentru a afla câte părți fiscale aveți, puteți consulta declarația dumneavoastră fiscală, unde această informație este indicată de obicei.
tm-quel-est-le-revenu-fiscal-de = Care este venitul fiscal de referință (RFR) de pe cea mai recentă decizie de impunere a părinților dumneavoastră?
tm-si-vous-ne-connaissez-pas-le-2 = Dacă nu cunoașteți RFR-ul părinților dumneavoastră, scrieți 0 pentru a continua simularea. Atenție, acest lucru ar putea afecta exactitatea rezultatelor simulării.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Venituri din activitate
tm-revenus-professionnels-non-salaries = Venituri profesionale nesalariale
tm-allocations = Alocații
tm-indemnites = Indemnizații
tm-pensions-rentes = Pensii și rente
tm-revenus-du-patrimoine = Venituri din patrimoniu
tm-autres-revenus = Alte venituri
tm-salaire-dont-primes-et-indemnites-de = Salariu (inclusiv prime și indemnizații de sfârșit de contract)
tm-entrez-le-montant-avant-la-retenue = Introduceți suma înainte de reținerea la sursă
tm-remuneration-de-stage = Remunerație de stagiu
tm-revenus-de-stage-de-formation = Venituri din stagiu de formare profesională
tm-allocation-de-securisation = Alocație de securizare profesională
tm-prime-forfaitaire-mensuelle-pour-la = Primă forfetară lunară pentru reluarea activității
tm-aides-au-logement-apl-als-alf = Ajutoare pentru locuință (APL, ALS, ALF)
tm-allocations-familiales = Alocații familiale
tm-complement-familial-cf = Supliment familial (CF)
tm-allocation-de-soutien-familial-asf = Alocația de sprijin familial (ASF)
tm-revenu-de-solidarite-active-rsa = Venit de solidaritate activă (RSA)
tm-prime-dactivite = Prima de activitate (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = Alocația de solidaritate pentru persoanele vârstnice (ASPA)
tm-allocation-supplementaire-dinvalidite = Alocație suplimentară de invaliditate (ASI)
tm-allocation-de-solidarite-specifique-ass = Alocația specifică de solidaritate (ASS)
tm-allocation-adulte-handicape-aah = Alocația pentru adulții cu dizabilități (AAH)
tm-complement-de-ressources-adulte = Supliment de venit pentru adulții cu dizabilități
tm-contrat-engagement-jeune = Contractul de angajament pentru tineri (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Majorare pentru viață autonomă (MVA)
tm-allocation-deducation-de-lenfant = Alocația de educație a copilului cu dizabilități (AEEH)
tm-prestation-de-compensation-du-handicap = Prestația de compensare a dizabilității (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Prestația de primire a copilului mic (PAJE) - Alocația de bază
tm-complement-de-libre-choix-dactivite-clca = Suplimentul de liberă alegere a activității (CLCA)
tm-prestation-partagee-deducation-de = Prestația partajată de educație a copilului (PreParE)
tm-indemnites-de-maternite-paternite = Indemnizații de maternitate, paternitate, adopție
tm-indemnites-maladie = Indemnizații de boală
tm-indemnites-maladie-professionnelle = Indemnizații pentru boală profesională
tm-indemnites-daccident-du-travail = Indemnizații pentru accident de muncă
tm-indemnites-dactivite-partielle = Indemnizații pentru activitate parțială (șomaj tehnic)
tm-indemnites-de-volontariat = Indemnizații de voluntariat
tm-dedommagement-aux-victimes-de-lamiante = Despăgubiri pentru victimele azbestului
tm-pension-alimentaire = Pensie alimentară
tm-pension-alimentaire-versee = Pensie alimentară plătită
tm-prestation-compensatoire-suite-a = Prestație compensatorie (după separare)
tm-retraite-y-compris-reversion-rente = Pensie de limită de vârstă (inclusiv pensie de urmaș), rentă
tm-rente-s-d-education-d-orphelin = Rentă (rente) de educație, de orfan…
tm-retraite-du-combattant = Pensie de fost combatant
tm-pension-dinvalidite = Pensie de invaliditate
tm-bourse-de-lenseignement-superieur = Bursă pentru învățământul superior
tm-bourse-de-recherche = Bursă de cercetare
tm-bourse-du-lycee = Bursă de liceu
tm-gains-exceptionnels-dons-gains-aux-jeux = Câștiguri excepționale (donații, câștiguri la jocuri, moștenire)
tm-revenus-locatifs-terrains-appartements = Venituri din chirii (terenuri, apartamente, SCI…)
tm-revenus-du-capital-interets-plus-values = Venituri din capital (dobânzi, plusvaloare, dividende…)
tm-via-une-micro-entreprise-achat-revente = Printr-o microîntreprindere (cumpărare/revânzare sau furnizare de cazare)
tm-via-une-micro-entreprise-autre-activite = Printr-o microîntreprindere (altă activitate comercială, BIC)
tm-via-une-micro-entreprise-activite = Printr-o microîntreprindere (activitate liberală și/sau intelectuală (BNC))
tm-en-tant-qu-exploitant-agricole = Ca agricultor (exploitant agricole)
tm-en-profession-liberale-entrepreneur = În profesie liberală (antreprenor)
tm-revenus-dactivite-connus = Venituri din activitate cunoscute
tm-autres-revenus-imposables-preretraite = Alte venituri impozabile (pensionare anticipată, șomaj)
tm-pensions-retraites-rentes = Pensii, pensii de limită de vârstă, rente
tm-frais-reels-deductibles = Cheltuieli reale deductibile
tm-revenus-fonciers-nets = Venituri nete din proprietăți imobiliare
tm-valeur-de-vos-biens-loues = Valoarea bunurilor dumneavoastră închiriate
tm-valeur-de-vos-terrains-non-loues = Valoarea terenurilor dumneavoastră neînchiriate
tm-valeur-locative-terrains-non-loues = Valoarea locativă a terenurilor neînchiriate
tm-valeur-de-vos-biens-immobiliers-non = Valoarea bunurilor dumneavoastră imobiliare neînchiriate
tm-valeur-locative-immobilier-non-loue = Valoarea locativă a bunurilor imobiliare neînchiriate
tm-epargne-sur-livret-a = Economii pe livret A
tm-epargne-aux-revenus-non-imposables = Economii cu venituri neimpozabile
tm-epargne-aux-revenus-imposables = Economii cu venituri impozabile

## aides-jeunes: components

tm-ex-caf-du-loiret = De exemplu: CAF du Loiret
tm-id-de-la-simulation = ID-ul simulării
tm-email-de-l-utilisateur = E-mailul utilizatorului

## rdv: devise

tm-votre-compte-a-ete-valide = Contul dumneavoastră a fost confirmat.
tm-vous-allez-recevoir-les-instructions = În câteva minute veți primi instrucțiunile pentru confirmarea contului.
tm-si-votre-e-mail-existe-dans = Dacă adresa dumneavoastră de e-mail există în baza noastră de date, veți primi în curând un e-mail cu instrucțiunile pentru confirmarea contului.
tm-votre-compte-a-ete-supprime = Contul dumneavoastră a fost șters!
tm-vous-avez-une-invitation-en-attente = Aveți o invitație în așteptare. Acceptați-o pentru a vă termina înregistrarea.
tm-votre-connexion-est-deja-active = Sunteți deja conectat(ă)
tm-votre-compte-n-est-pas-encore = Contul dumneavoastră nu este încă activat.
tm-email-ou-mot-de-passe-incorrect = E-mail sau parolă incorectă.
tm-vous-avez-droit-a-une-tentative = Mai aveți o încercare înainte ca contul să fie blocat.
tm-votre-compte-est-verrouille = Contul dumneavoastră este blocat.
tm-email-ou-mot-de-passe-invalide = E-mail sau parolă nevalidă.
tm-votre-session-est-expiree-veuillez-vous = Sesiunea dumneavoastră a expirat. Conectați-vă din nou pentru a continua.
tm-vous-devez-vous-connecter-ou-vous = Trebuie să vă conectați sau să vă înregistrați pentru a continua.
tm-vous-devez-valider-votre-compte-pour = Trebuie să vă confirmați contul pentru a continua.
tm-votre-invitation-n-est-pas-valide = Invitația dumneavoastră nu este valabilă.
tm-votre-mot-de-passe-a-ete = Parola a fost salvată și contul dumneavoastră este activat.
tm-votre-mot-de-passe-a-ete-2 = Parola a fost salvată.
tm-votre-invitation-a-ete-annulee = Invitația dumneavoastră a fost anulată.
tm-lutilisateur-connecte-ne-correspond-pas = Utilizatorul conectat nu este utilizatorul invitat. Deconectați-vă și încercați din nou.
tm-la-session-a-expire = Sesiunea a expirat
tm-choisir-son-mot-de-passe = Alegeți-vă parola
tm-enregistrer = Salvați
tm-ouvrir-l-app-mail = Deschideți aplicația Mail
tm-inscription = Înregistrare
tm-code-dinvitation = Cod de invitație
tm-creer-son-compte = Creați-vă contul
tm-veuillez-cliquer-sur-le-lien-dans = Faceți clic pe linkul din e-mailul care tocmai v-a fost trimis
tm-vous-avez-ete-invite-sur = Ați fost invitat(ă) pe { $name }
tm-bonjour = Bună ziua, { $email }
tm-vous-avez-ete-invite-sur-vous = Ați fost invitat(ă) pe { $name }. Puteți accepta această invitație cu linkul de mai jos.
tm-accepter-l-invitation = Acceptați invitația
tm-cette-invitation-est-valable-jusqu-au = Această invitație este valabilă până la { $date }.
tm-si-vous-n-acceptez-pas-cette = Dacă nu acceptați această invitație, ignorați acest e-mail. Niciun cont nu va fi creat fără permisiunea dumneavoastră.
tm-instructions-de-confirmation = Instrucțiuni de confirmare
tm-instructions-pour-changer-le-mot-de = Instrucțiuni pentru schimbarea parolei
tm-instructions-pour-deverrouiller-le = Instrucțiuni pentru deblocarea contului
tm-votre-mot-de-passe-a-ete-3 = Parola a fost schimbată cu succes.
tm-nous-n-avons-pas-pu-vous = Nu v-am putut autentifica prin { $kind }: „{ $reason }”.
tm-authentifie-avec-succes-via = Autentificat(ă) cu succes prin { $kind }.
tm-vous-ne-pouvez-acceder-a-cette = Puteți deschide această pagină doar dintr-un e-mail de resetare a parolei. Dacă ați folosit un astfel de e-mail, asigurați-vă că folosiți adresa URL completă.
tm-vous-allez-recevoir-les-instructions-de = În câteva momente veți primi instrucțiunile de resetare a parolei
tm-si-votre-e-mail-existe-dans-2 = Dacă adresa dumneavoastră de e-mail există în baza noastră de date, veți primi prin e-mail un link de resetare a parolei
tm-votre-mot-de-passe-a-ete-4 = Parola a fost schimbată cu succes; acum sunteți conectat(ă)
tm-votre-mot-de-passe-a-ete-5 = Parola a fost schimbată cu succes.
tm-votre-compte-a-ete-supprime-avec = Contul dumneavoastră a fost șters cu succes. Sperăm să vă revedem curând.
tm-bienvenue-votre-connexion-est-active = Bine ați venit, sunteți conectat(ă).
tm-votre-compte-est-bien-enregistre-vous = Contul dumneavoastră a fost înregistrat. Totuși, nu vă puteți conecta, deoarece contul nu este încă activat.
tm-votre-compte-est-bien-enregistre-vous-2 = Contul dumneavoastră a fost înregistrat. Totuși, nu vă puteți conecta, deoarece contul este blocat.
tm-un-message-contenant-un-lien-de = Un mesaj cu un link de confirmare a fost trimis la adresa dumneavoastră de e-mail. Deschideți acest link pentru a vă activa contul.
tm-votre-compte-a-bien-ete-mis = Contul dumneavoastră a fost actualizat, dar trebuie să verificăm noua adresă de e-mail. Verificați-vă e-mailurile și faceți clic pe linkul de confirmare pentru a finaliza validarea noii adrese.
tm-votre-compte-a-ete-modifie-avec = Contul dumneavoastră a fost modificat cu succes.
tm-connexion-reussie = V-ați conectat.
tm-deconnexion-reussie = V-ați deconectat.
tm-mode-deconnecte = Mod deconectat.
tm-vous-allez-recevoir-les-instructions-2 = În câteva momente veți primi instrucțiunile pentru deblocarea contului
tm-si-votre-compte-existe-vous-allez = Dacă acest cont există, veți primi în curând un e-mail cu instrucțiunile de deblocare.
tm-votre-compte-a-ete-deverrouille-avec = Contul dumneavoastră a fost deblocat cu succes; acum sunteți conectat(ă).

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = a fost deja confirmat(ă); încercați să vă conectați
tm-a-confirmer-dans-les-merci-de = trebuie confirmat(ă) în { $period }; faceți o nouă cerere
tm-a-expire-merci-d-en-faire = a expirat; faceți o nouă cerere
tm-n-a-pas-ete-trouve-e = nu a fost găsit(ă)
tm-n-etait-pas-verrouille-e = nu era blocat(ă)
tm-une-erreur-a-empeche-ce-tte = O eroare a împiedicat salvarea acestui/acestei { $resource }:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } eroare a împiedicat
        [few] { $n } erori au împiedicat
       *[other] { $n } de erori au împiedicat
    } salvarea acestui/acestei { $resource }:

## rdv: links

tm-espace-usager = Spațiul utilizatorului
tm-je-n-ai-pas-recu-le = Nu am primit e-mailul de confirmare
tm-je-n-ai-pas-recu-le-2 = Nu am primit e-mailul de deblocare

## rdv: activerecord

tm-la-validation-a-echoue = Validarea a eșuat: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = trebuie acceptat(ă)
tm-doit-etre-rempli-e = trebuie completat(ă)
tm-ne-concorde-pas-avec = nu corespunde cu { $attribute }
tm-doit-etre-egal-a = trebuie să fie egal cu { $n }
tm-doit-etre-pair = trebuie să fie un număr par
tm-n-est-pas-disponible = nu este disponibil
tm-doit-etre-superieur-a = trebuie să fie mai mare decât { $n }
tm-doit-etre-superieur-ou-egal-a = trebuie să fie mai mare sau egal cu { $n }
tm-n-est-pas-inclus-e-dans = nu se află în listă
tm-doit-etre-inferieur-a = trebuie să fie mai mic decât { $n }
tm-doit-etre-inferieur-ou-egal-a = trebuie să fie mai mic sau egal cu { $n }
tm-validation-echouee = Validare eșuată: { $errors }
tm-n-est-pas-un-nombre = nu este un număr
tm-doit-etre-un-nombre-entier = trebuie să fie un număr întreg
tm-doit-etre-impair = trebuie să fie un număr impar
tm-doit-etre-different-de = trebuie să fie diferit de { $n }
tm-doit-etre-vide = trebuie să fie gol
tm-doit-exister = trebuie să existe
tm-est-deja-utilise = este deja folosit
tm-est-trop-long-pas-plus-d = este prea lung (cel mult un caracter)
tm-est-trop-long-pas-plus-de = este prea lung (cel mult { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    })
tm-est-trop-court-au-moins-un = este prea scurt (cel puțin un caracter)
tm-est-trop-court-au-moins-caracteres = este prea scurt (cel puțin { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    })
tm-ne-fait-pas-la-bonne-longueur = nu are lungimea corectă (trebuie să aibă un singur caracter)
tm-ne-fait-pas-la-bonne-longueur-2 = nu are lungimea corectă (trebuie să aibă { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    })
tm-veuillez-verifier-les-champs-suivants = Verificați câmpurile următoare:
tm-impossible-d-enregistrer-ce-tte-1 = Nu s-a putut salva acest/această { $model }: 1 eroare
tm-impossible-d-enregistrer-ce-tte-erreurs = Nu s-a putut salva acest/această { $model }: { $n ->
        [one] { $n } eroare
        [few] { $n } erori
       *[other] { $n } de erori
    }

## rdv: helpers

tm-ajouter = Adăugați
tm-modifier = Modificați
tm-retirer = Eliminați
tm-reinitialiser = Resetați
tm-veuillez-selectionner = Selectați

## rdv: public_office

tm-sur-place = la fața locului

## rdv: visio

tm-par-visioconference = prin apel video

## rdv: phone

tm-par-telephone = prin telefon

## rdv: home

tm-a-domicile = la domiciliu

## rdv: mailers

tm-a-bientot-lequipe = Pe curând, echipa { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = Tocmai s-a eliberat un interval orar!
tm-rdv-confirme-le = Programare confirmată pe { $date }
tm-rdv-du-modifie = Programarea din { $date } a fost modificată
tm-rappel-rdv-le = [Memento] Programare pe { $date }
tm-rdv-annule-le-avec = Programarea din { $date } cu { $name } a fost anulată
tm-votre-rdv-du-a-ete-annule = Programarea dumneavoastră { $motif } din { $date } a fost anulată din motive administrative.
tm-votre-rdv-du-a-bien-ete = Programarea dumneavoastră { $motif } din { $date } a fost anulată la cererea dumneavoastră.
tm-vous-pouvez-reprendre-un-rendez-vous = Puteți face o nouă programare sunând la { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Puteți face o nouă programare făcând clic pe linkul de mai jos:
tm-reprendre-rdv = Faceți o nouă programare

## rdv: attributes

tm-email = E-mail
tm-mot-de-passe-actuel = Parola actuală
tm-nom-de-la-commune = Numele localității
tm-responsable = Persoana responsabilă

## rdv: activerecord

tm-lieu = Loc
tm-rendez-vous-honore = Programare onorată (persoana a venit)
tm-rendez-vous-a-venir = Programare viitoare
tm-annule-a-linitiative-de-lusager = Anulată de utilizator
tm-annule-a-linitiative-du-service = Anulată de serviciu
tm-caisse-d-affiliation = Casa de afiliere
tm-numero-d-allocataire = Număr de beneficiar (allocataire)
tm-nombre-d-enfants = Număr de copii
tm-accepte-les-notifications-par-sms = Acceptă notificări prin SMS
tm-accepte-les-notifications-par-email = Acceptă notificări prin e-mail
tm-numero-de-pre-demande-ants = Număr de pre-cerere ANTS
tm-sans-domicile-fixe = Fără domiciliu stabil
tm-heberge = Găzduit(ă) de altcineva
tm-en-accession-a-la-propriete = În curs de cumpărare a locuinței
tm-logement = Locuință
tm-aucune = Niciuna
tm-proche = Apropiat (rudă sau prieten)
tm-le-prenom-ne-peut-etre-change = Prenumele nu poate fi schimbat, deoarece a fost certificat de FranceConnect
tm-le-nom-de-naissance-ne-peut = Numele de naștere nu poate fi schimbat, deoarece a fost certificat de FranceConnect
tm-la-date-de-naissance-ne-peut = Data nașterii nu poate fi schimbată, deoarece a fost certificată de FranceConnect
tm-ce-mot-de-passe-fait-partie = Această parolă se află pe o listă de parole folosite foarte des și de aceea nu vă protejează contul. Alegeți alta.
tm-pour-assurer-la-securite-de-votre = Pentru siguranța contului, parola trebuie să aibă cel puțin { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    }
tm-doit-comporter-10-chiffres-et-lettres = trebuie să conțină 10 cifre și litere
tm-n-a-pas-pu-etre-valide = nu a putut fi validat din cauza unei erori neașteptate. Încercați din nou peste 30 de secunde.
tm-ce-numero-de-pre-demande-ants = Acest număr de pre-cerere ANTS este deja folosit pentru o programare la { $meeting_point }. Anulați acea programare înainte de a face una nouă.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Introduceți un număr de 10 cifre din Franța metropolitană sau de peste mări, ori un număr internațional cu prefixul țării.
tm-pour-accelerer-votre-demarche-nous-vous = Pentru a vă grăbi demersul, vă recomandăm insistent să vă precompletați dosarul pe site-ul ANTS și să indicați numărul de pre-cerere.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = Nu aveți drepturi suficiente pentru a deschide această pagină sau a face această acțiune

## rdv: rdvs

tm-le-duree-minutes = Pe { $date } (durată: { $duration ->
        [one] { $duration } minut
        [few] { $duration } minute
       *[other] { $duration } de minute
    })
tm-aujourdhui-a-duree-minutes = Astăzi la { $date } (durată: { $duration ->
        [one] { $duration } minut
        [few] { $duration } minute
       *[other] { $duration } de minute
    })
tm-1-place-restante = A mai rămas 1 loc
tm-places-restantes = { $n ->
        [one] A mai rămas { $n } loc
        [few] Au mai rămas { $n } locuri
       *[other] Au mai rămas { $n } de locuri
    }
tm-1-place = 1 loc
tm-places = { $n ->
        [one] { $n } loc
        [few] { $n } locuri
       *[other] { $n } de locuri
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Corectați problemele următoare:

## rdv: users

tm-les-champs-d-etat-civil-nom = Datele de stare civilă (numele de naștere, prenumele, data și locul nașterii) nu mai pot fi modificate după conectarea certificată prin FranceConnect
tm-les-3-lettres-ne-correspondent-pas = Cele 3 litere nu corespund numelui de familie.

## rdv: search

tm-1-lieu-est-disponible = 1 loc este disponibil
tm-lieux-sont-disponibles = { $n ->
        [one] { $n } loc este disponibil
        [few] { $n } locuri sunt disponibile
       *[other] { $n } de locuri sunt disponibile
    }
tm-selectionnez-un-lieu-de-rdv = Selectați un loc pentru programare:
tm-prochaine-disponibilite-le = Următoarea disponibilitate pe

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Se pare că nu beneficiați de însoțire sau de urmărire; alegeți alt motiv sau contactați departamentul dumneavoastră la { $phone_number }.

## rdv: common

tm-votre-adresse = Adresa dumneavoastră
tm-votre-service = Serviciul dumneavoastră
tm-ex-21-rue-anatole-france-calais = ex.: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Modificați adresa
tm-choisissez-un-service = Alegeți un serviciu
tm-choisir-ce-service = Alegeți acest serviciu
tm-le-service-que-vous-cherchez-n = Serviciul pe care îl căutați nu este în listă?
tm-modifier-le-service = Modificați serviciul
tm-choisissez-un-motif = Alegeți un motiv
tm-choisir-ce-motif = Alegeți acest motiv

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Introduceți primele 3 litere ale numelui de familie
tm-sophie-dupont-dup = Sophie Dupont: DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: DEL
tm-edwige-xi-xi = Edwige Xi: XI
tm-identification = Identificare
tm-choix-de-l-usager = Alegerea utilizatorului
tm-votre-rendez-vous-a-ete-confirme = Programarea dumneavoastră a fost confirmată.
tm-ce-creneau-nest-plus-disponible-veuillez = Acest interval orar nu mai este disponibil. Selectați altul.
tm-vous-allez-modifier-votre-rdv-qui = Urmează să modificați programarea { $motif_name_and_service }, care are loc pe { $date }
tm-mes-informations = Datele mele
tm-mes-proches = Apropiații mei
tm-aucun-proche = Niciun apropiat
tm-ajouter-un-proche = Adăugați un apropiat

## mdph: server

tm-identites = Identități
tm-individus-et-organismes-concernes-par-la = Persoanele și organismele vizate de cerere
tm-situations-particulieres = Situații speciale
tm-etes-vous-dans-l-une-des = Vă aflați în una dintre situațiile următoare?
tm-vous-n-arrivez-plus-a-vivre = Nu mai reușiți să locuiți acasă
tm-expliquez-la-difficulte = Explicați dificultatea
tm-votre-ecole-ne-peut-plus-vous = Școala dumneavoastră nu vă mai poate primi
tm-votre-etablissement-ne-peut-plus-vous = Instituția dumneavoastră nu vă mai poate primi și nu vă puteți întoarce acasă
tm-vous-risquez-de-perdre-votre-travail = Riscați să vă pierdeți locul de muncă
tm-vous-sortez-d-hospitalisation-et-vous = Ieșiți din spital și nu vă puteți întoarce acasă
tm-vous-commencez-bientot-une-nouvelle = Începeți în curând o nouă formare
tm-precisez = Precizați
tm-date-d-entree-prevue = Data de începere prevăzută
tm-vous-venez-de-trouver-un-emploi = Tocmai ați găsit un loc de muncă
tm-vous-arrivez-dans-moins-de-2 = Drepturile dumneavoastră se termină în mai puțin de 2 luni (ex.: AEEH, AAH, PCH, RQTH etc.)
tm-indiquez-le-s-droit-s-concerne = Indicați dreptul (drepturile) în cauză și data (datele) de expirare
tm-vie-quotidienne = Viața de zi cu zi
tm-situation = Situație
tm-besoins = Nevoi
tm-attentes = Așteptări
tm-vous-vivez = Locuiți
tm-seule = Singur(ă)
tm-avec-vos-parents-ou-l-un = Cu părinții (sau cu unul dintre ei)
tm-avec-vos-enfants-ou-l-un = Cu copiii (sau cu unul dintre ei)
tm-autre-situation = Altă situație
tm-ou-vivez-vous = Unde locuiți?
tm-vous-avez-un-logement-independant = Aveți o locuință proprie independentă
tm-vous-vivez-dans-un-etablissement-medico = Locuiți într-o instituție medico-socială sau de îngrijire
tm-precisez-le-nom-le-type-et = Precizați numele, tipul și locul
tm-vous-etes-hebergee-au-domicile = Sunteți găzduit(ă) la domiciliul altcuiva
tm-vous-avez-deja-eu = Ați avut deja:
tm-un-accident-cause-par-un-tiers = Un accident provocat de o altă persoană
tm-un-accident-du-travail = Un accident de muncă
tm-un-autre-accident = Un alt accident
tm-suite-a-cet-accident-y-a = În urma acestui accident, există o cerere de despăgubire în curs sau finalizată?
tm-aupres-de-quel-organisme = La ce organism?
tm-vous-recevez = Primiți:
tm-une-aide-financiere-et-des-ressources = Ajutor financiar și venituri
tm-une-aide-technique-materielle-ou-de = Ajutor tehnic, material sau echipamente
tm-une-aide-a-la-personne-avec = Ajutor personal: cineva care vă ajută
tm-vous-recevez-les-aides-ressources-et = Primiți următoarele ajutoare, venituri și/sau prestații:
tm-allocation-chomage-versee-par-pole = Indemnizație de șomaj plătită de Pôle Emploi
tm-dans-les-12-mois-precedant-votre = În cele 12 luni dinaintea cererii, ați primit:
tm-un-revenu-d-activite = Venituri din muncă
tm-des-indemnites-journalieres = Indemnizații zilnice (concediu medical)
tm-un-revenu-issu-d-une-activite = Venituri din muncă într-un ESAT
tm-vous-percevez-une-ou-plusieurs-des = Primiți unul sau mai multe dintre ajutoarele următoare:
tm-une-pension-d-invalidite = O pensie de invaliditate
tm-une-autre-pension-de-ce-type = O altă pensie de acest tip
tm-pension-des-deux-tiers-d-incapacite = Pensie de două treimi, de incapacitate etc.
tm-une-majoration-tierce-personne = O Majoration Tierce Personne (supliment pentru ajutorul unei terțe persoane)
tm-une-allocation-supplementaire-d = O Allocation Supplémentaire d'Invalidité (alocație suplimentară de invaliditate)
tm-une-rente-d-accident-ou-de = O rentă pentru accident de muncă sau boală profesională
tm-une-prestation-complementaire-de-recours = O Prestation Complémentaire de Recours à Tierce Personne (prestație complementară pentru ajutorul unei terțe persoane)
tm-une-retraite-pour-inaptitude-dans-la = O pensie pentru inaptitudine în funcția publică sau o pensie anticipată
tm-depuis-le-2 = De la ce dată?
tm-connaissez-vous-votre-taux-d-ipp = Vă cunoașteți procentul de IPP (Incapacité Permanente Partielle, incapacitate permanentă parțială)?
tm-renseignez-ici-le-taux-qui-vous = Indicați aici procentul stabilit de asigurarea de sănătate (CPAM)
tm-taux-d-ipp-en = Procent IPP, în %
tm-vous-avez-indique-recevoir-une-aide = Ați indicat că primiți ajutor tehnic, material sau echipamente; acest ajutor constă în:
tm-un-amenagement-de-logement = O adaptare a locuinței
tm-une-aide-animaliere = Un animal de asistență
tm-un-amenagement-de-vehicule = O adaptare a vehiculului
tm-une-aide-technique-ex-barre-d = Un dispozitiv tehnic (ex.: bară de sprijin, cadru de mers etc.)
tm-vous-avez-indique-recevoir-une-aide-2 = Ați indicat că primiți ajutor personal; vă ajută:
tm-votre-famille = Familia dumneavoastră
tm-un-professionnel-de-soins-a-domicile = Un profesionist de îngrijire la domiciliu
tm-un-accompagnement-medico-social = O însoțire medico-socială
tm-etes-vous-a-la-retraite = Sunteți pensionar(ă)?
tm-depuis-quand = De când?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (Allocation de Solidarité pour les Personnes Agées, alocație de solidaritate pentru vârstnici)
tm-l-apa-allocation-personnalisee-d = APA (Allocation Personnalisée d'Autonomie, alocație personalizată pentru autonomie)
tm-vous-avez-demande-une-pension-de = Ați cerut o pensie pentru limită de vârstă
tm-du-fait-de-votre-handicap = Din cauza dizabilității dumneavoastră:
tm-vous-exercez-une-activite = Lucrați cu timp parțial
tm-precisez-la-quotite-en-pourcentage = Precizați fracțiunea de normă în procente
tm-vous-avez-du-renoncer-a-votre = A trebuit să renunțați la locul de muncă
tm-du-fait-de-votre-handicap-recourez = Din cauza dizabilității, plătiți pe cineva să vă ajute?
tm-frais-lies-au-handicap-et-restant = Cheltuieli legate de dizabilitate care rămân în sarcina dumneavoastră
tm-indiquez-les-frais-non-rembourses-ou = Indicați cheltuielile nerambursate sau, după caz, rambursate doar parțial de asigurarea de sănătate sau de asigurarea complementară (mutuelle). Precizați mai ales dacă plătiți pe cineva să vă ajute din cauza dizabilității.
tm-vous-avez-besoin-d-aide-dans = Aveți nevoie de ajutor în viața de zi cu zi:
tm-pour-regler-les-depenses-courantes-loyer = Pentru a plăti cheltuielile curente (chirie, energie, îmbrăcăminte, hrană etc.)
tm-pour-gerer-votre-budget-et-repondre = Pentru a vă gestiona bugetul și a vă îndeplini obligațiile (demersuri administrative, asigurări, impozite etc.)
tm-pour-l-hygiene-corporelle-se-laver = Pentru igiena corporală (a se spăla, a merge la toaletă)
tm-pour-vous-habiller-mettre-et-oter = Pentru a vă îmbrăca (a pune și a scoate hainele, a le alege etc.)
tm-pour-faire-les-courses = Pentru a face cumpărături
tm-pour-preparer-les-repas = Pentru a pregăti mesele
tm-pour-prendre-les-repas = Pentru a mânca
tm-pour-faire-le-menage-et-l = Pentru curățenie și îngrijirea hainelor
tm-pour-prendre-soin-de-votre-sante = Pentru a vă îngriji sănătatea (a urma un tratament, a merge la consultații etc.)
tm-autre-besoin = Altă nevoie
tm-vous-avez-besoin-d-aide-pour = Aveți nevoie de ajutor pentru a vă deplasa:
tm-pour-se-deplacer-dans-le-domicile = Pentru a vă deplasa în locuință
tm-pour-sortir-du-domicile-ou-y = Pentru a ieși din locuință sau a intra în ea
tm-pour-se-deplacer-a-l-exterieur = Pentru a vă deplasa în afara locuinței
tm-pour-utiliser-un-vehicule = Pentru a folosi un vehicul
tm-pour-utiliser-les-transports-en-commun = Pentru a folosi transportul în comun
tm-pour-partir-en-vacances = Pentru a pleca în vacanță
tm-utilisez-vous-les-transports-adaptes = Folosiți transportul adaptat oferit în zona dumneavoastră pentru a vă deplasa?
tm-vous-avez-besoin-d-aide-pour-2 = Aveți nevoie de ajutor în viața socială:
tm-pour-communiquer-s-exprimer-se-faire = Pentru a comunica (a vă exprima, a vă face înțeles)
tm-pour-avoir-des-activites-sportives-et = Pentru a face sport și activități de timp liber
tm-pour-les-relations-avec-les-autres = Pentru relațiile cu ceilalți
tm-pour-vous-occuper-de-votre-famille = Pentru a vă ocupa de familie
tm-pour-vous-accompagner-dans-votre-vie = Pentru a fi însoțit(ă) în viața de cetățean (ex.: a merge la vot, viața asociativă etc.)
tm-pour-assurer-votre-securite = Pentru a vă asigura siguranța
tm-quelles-sont-vos-attentes-pour-compenser = Ce așteptări aveți pentru a vă compensa dizabilitatea?
tm-vivre-a-domicile = A locui acasă
tm-un-amenagement-de-votre-lieu-de = O adaptare a locului în care trăiți
tm-realiser-un-bilan-des-capacites-dans = O evaluare a capacităților în viața de zi cu zi
tm-une-aide-financiere-afin-d-assurer = un ajutor financiar pentru a asigura un venit minim
tm-une-aide-pour-se-deplacer = Un ajutor pentru deplasare
tm-un-accompagnement-pour-l-adptation = O însoțire pentru adaptarea / readaptarea la viața de zi cu zi
tm-une-aide-humaine-quelqu-un-qui = Un ajutor uman: cineva care vă ajută
tm-vivre-en-etablissement = A locui într-o instituție
tm-du-materiel-ou-equipement = Materiale sau echipamente
tm-une-aide-financiere-pour-des-depenses = Un ajutor financiar pentru cheltuieli legate de dizabilitate
tm-un-accueil-temporaire = O găzduire temporară
tm-autre-attente = Altă așteptare
tm-avez-vous-deja-identifie-une-ou = Ați identificat deja una sau mai multe structuri care ar putea răspunde așteptărilor dumneavoastră?
tm-avez-vous-d-autres-renseignements = Aveți alte informații (situație, așteptări, planuri) despre viața de zi cu zi?
tm-vie-scolaire-ou-etudiante = Viața școlară sau studențească
tm-etes-vous-actuellement-scolarise = Sunteți în prezent școlarizat(ă)?
tm-pourquoi-n-etes-vous-pas-scolarise = De ce nu sunteți școlarizat(ă)?
tm-vous-etes-trop-jeune = Sunteți prea mic(ă)
tm-a-partir-de-quand-serez-vous = De când veți fi școlarizat(ă)?
tm-vous-etes-sans-solution-d-accueil = Nu aveți loc într-o instituție școlară, universitară sau medico-socială
tm-vous-etes-actuellement-scolarise = Sunteți în prezent școlarizat(ă)
tm-en-milieu-ordinaire = Într-o școală obișnuită
tm-avec-accompagnement-par-un-service-de = Cu însoțire din partea unui serviciu de îngrijire sau a unei instituții medico-sociale
tm-en-temps-partage-entre-letablissement = Cu timpul împărțit între instituția medico-socială și școala obișnuită sau acasă
tm-en-temps-partage-entre-le-service = Cu timpul împărțit între serviciul de îngrijire și școala obișnuită
tm-en-formation-superieure-ou-en = În învățământul superior sau în ucenicie
tm-etes-vous-place-en-internat = Sunteți la internat?
tm-ses-frais-de-sejour-sont-ils = Costurile de cazare sunt acoperite integral de asigurarea de sănătate, de stat sau de asistența socială?
tm-dans-quel-s-etablissement-s = În ce instituție (instituții)?
tm-quel-type-d-etudes-suivez-vous = Ce tip de studii urmați?
tm-quel-s-diplome-s-avez-vous = Ce diplomă (diplome) ați obținut?
tm-quel-s-diplome-s-preparez-vous = Pentru ce diplomă (diplome) vă pregătiți?
tm-decrivez-votre-parcours-d-etudiant-ou = Descrieți parcursul dumneavoastră de student sau ucenic
tm-annee-etablissement = Anul, instituția
tm-vous-disposez-actuellement-d = În prezent beneficiați de însoțire și îngrijiri
tm-soins-hospitaliers = Îngrijiri în spital
tm-soins-en-liberal = Îngrijiri de la profesioniști independenți
tm-vous-disposez-actuellement-d-adaptations = În prezent beneficiați de adaptări ale condițiilor materiale
tm-amenagement-et-adaptations-pedagogiques = Adaptări pedagogice
tm-outils-de-communication = Instrumente de comunicare
tm-materiel-informatique-et-audiovisuel = Echipamente informatice și audiovizuale
tm-materiel-deficience-auditive = Echipamente pentru deficiențe de auz
tm-materiel-deficience-visuelle = Echipamente pentru deficiențe de vedere
tm-mobilier-et-petits-materiels = Mobilier și materiale mici
tm-transport = Transportul
tm-vous-disposez-actuellement-d-une-aide = În prezent beneficiați de un însoțitor pentru elevii cu dizabilități
tm-precisez-laquelle = Precizați care
tm-decrivez-votre-emploi-du-temps-ecole = Descrieți-vă programul (școală, cantină, îngrijiri etc.)
tm-vous-avez-des-besoins-en-lien = Aveți nevoi legate de școlarizare:
tm-pour-lire = Pentru a citi
tm-pour-ecrire-prendre-des-notes = Pentru a scrie, a lua notițe
tm-pour-calculer = Pentru a socoti
tm-pour-comprendre-suivre-les-consignes = Pentru a înțelege și a urma instrucțiunile
tm-pour-organiser-controler-son-travail = Pentru a-și organiza și verifica munca
tm-pour-l-utilisation-du-materiel = Pentru a folosi materialele
tm-vous-avez-des-besoins-pour-communiquer = Aveți nevoi pentru a comunica:
tm-pour-assurer-sa-securite = Pentru a-și asigura siguranța
tm-vous-avez-des-besoins-pour-l = Aveți nevoi de îngrijire personală:
tm-pour-l-hygiene-corporelle-aller-aux = Pentru igiena corporală (a merge la toaletă)
tm-pour-s-habiller-mettre-et-oter = Pentru a se îmbrăca (a pune și a scoate hainele)
tm-pour-les-repas-manger-et-boire = Pentru mese (a mânca și a bea)
tm-pour-prendre-soin-de-sa-sante = Pentru a-și îngriji sănătatea
tm-vous-avez-besoin-d-aide-pour-3 = Aveți nevoie de ajutor pentru deplasări:
tm-pour-se-deplacer-a-l-interieur = Pentru a se deplasa în interiorul clădirii
tm-pour-se-deplacer-a-l-exterieur-2 = Pentru a se deplasa în afara clădirii
tm-vous-souhaitez = Doriți:
tm-une-adaptation-de-la-scolarite = O adaptare a școlarizării
tm-une-orientation-scolaire-differente = O orientare școlară diferită
tm-une-aide-humaine = Un ajutor uman
tm-une-aide-materielle = Un ajutor material
tm-un-accompagnement-pour-une-readaptation = O însoțire pentru readaptare / reabilitare
tm-une-prise-en-charge-par-un = O îngrijire într-o instituție fără cazare
tm-une-prise-en-charge-par-un-2 = O îngrijire într-o instituție cu cazare
tm-avez-vous-deja-identifie-un = Ați identificat deja o instituție școlară, universitară sau medico-socială care ar putea răspunde așteptărilor dumneavoastră?
tm-avez-vous-pu-prendre-contact-avec = Ați putut lua legătura cu profesorul de referință (enseignant référent)?
tm-pourquoi = De ce?
tm-vous-avez-d-autres-renseignements = Dacă aveți alte informații importante (situație, așteptări, planuri) despre viața școlară, studențească sau de ucenic, indicați-le aici:
tm-vie-au-travail = Viața profesională
tm-situation-professionnelle = Situația profesională
tm-parcours-professionnel = Parcursul profesional
tm-projet-professionnel = Planul profesional
tm-avez-vous-actuellement-un-emploi = Aveți în prezent un loc de muncă?
tm-avez-vous-deja-travaille = Ați lucrat vreodată?
tm-pourquoi-etes-vous-actuellement-sans = De ce sunteți în prezent fără loc de muncă și de când?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Puteți indica de ce sunteți în prezent fără loc de muncă?
tm-etes-vous-dans-une-des-situations = Vă aflați în una dintre situațiile următoare?
tm-inscrit-a-pole-emploi = Înscris(ă) la Pôle emploi
tm-en-formation-continue = În formare continuă
tm-votre-accompagnement-vers-l-emploi-est = Însoțirea dumneavoastră spre un loc de muncă este asigurată de:
tm-mission-locale = Mission locale (centru local de ocupare pentru tineri)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = Un referent RSA desemnat de Conseil Général (consiliul departamentului)
tm-vous-avez-un-emploi = Aveți un loc de muncă:
tm-en-entreprise-adaptee = Într-o întreprindere adaptată (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = Într-un mediu protejat (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = Ce tip de loc de muncă aveți?
tm-interim = Muncă temporară (prin agenție)
tm-contrat-aide = Contract subvenționat
tm-travailleur-independant = Lucrător independent
tm-regime = Regim:
tm-stagiaire-professionnel = Stagiar profesional
tm-est-ce-un-stage-remunere = Este un stagiu plătit?
tm-au-sein-de-quel-organisme-effectuez = În ce organism vă faceți stagiul?
tm-nom-de-l-organisme = Numele organismului
tm-qui-est-votre-employeur = Cine este angajatorul dumneavoastră?
tm-quel-est-le-nom-de-votre = Cum se numește postul dumneavoastră?
tm-nom-du-poste = Numele postului
tm-votre-emploi-est-il-a-temps = Lucrați cu normă întreagă sau cu timp parțial?
tm-temps-complet = Normă întreagă
tm-temps-partiel = Timp parțial
tm-votre-emploi-est-il-adapte-a = Locul de muncă este adaptat dizabilității dumneavoastră?
tm-quelles-sont-les-difficultes-liees-a = Ce dificultăți sunt legate de dizabilitatea dumneavoastră?
tm-accompagnement-pour-conserver-votre = Însoțire pentru a vă păstra locul de muncă:
tm-par-la-medecine-du-travail = Din partea medicinei muncii
tm-par-le-service-d-appui-au = Din partea serviciului de sprijin pentru menținerea în muncă a lucrătorilor cu dizabilități (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Postul dumneavoastră de lucru a fost adaptat:
tm-etes-vous-actuellement-en-arret-de = Sunteți în prezent în concediu medical?
tm-vous-etes-actuellement-en-arret-de = În prezent nu lucrați din cauza:
tm-arret-maladie-avec-indemnites = Concediu medical cu indemnizații zilnice
tm-arret-maladie-sans-indemnites = Concediu medical fără indemnizații zilnice
tm-vous-etes-en-arret-suite-a = Nu lucrați în urma unui accident de muncă sau a unei boli profesionale
tm-conge-maternite-conge-d-adoption-autre = Concediu de maternitate/concediu de adopție/altele
tm-avez-vous-rencontre-un-professionnel-du = V-ați întâlnit cu un profesionist din serviciul social al casei de pensii?
tm-a-quelle-date = La ce dată?
tm-avez-vous-rencontre-le-medecin-du = Ați fost la medicul de medicina muncii la vizita dinaintea reluării lucrului?
tm-beneficiez-vous-d-une-ou-des = Beneficiați de una sau mai multe dintre prestațiile următoare?
tm-aides-de-l-association-de-gestion = Ajutoare de la asociația care gestionează fondul pentru inserția profesională a persoanelor cu dizabilități (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Ajutoare de la fondul pentru inserția persoanelor cu dizabilități în funcția publică (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = Aveți recunoscută calitatea de lucrător cu dizabilități (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = Doriți să introduceți experiența profesională în formular sau să vă scanați CV-ul?
tm-numeriser-le-cv-et-l-ajouter = Scanez CV-ul și îl adaug la cerere la finalizare
tm-saisir-mes-experiences-professionnelles = Introduc experiența profesională în acest formular
tm-precisez-vos-experiences = Precizați experiența profesională, inclusiv stagiile și structurile de inserție.
tm-votre-niveau-de-qualification = Nivelul dumneavoastră de calificare:
tm-primaire = Primar
tm-secondaire = Secundar
tm-superieur = Superior
tm-derniere-classe-frequentee = Ultima clasă urmată:
tm-avez-vous-suivi-une-des-formation = Ați urmat una sau mai multe formări profesionale?
tm-laquelle-lesquelles = Care?
tm-precisez-votre-vos-dernier-s-diplome = Precizați ultima (ultimele) diplomă (diplome) obținută (obținute):
tm-avez-vous-un-ou-plusieurs-projet = Aveți unul sau mai multe planuri profesionale?
tm-pourquoi-avez-vous-besoin-de-soutien = De ce aveți nevoie de sprijin?
tm-faire-un-bilan-de-capacites = O evaluare a capacităților profesionale
tm-preciser-un-projet-professionnel = Conturarea unui plan profesional
tm-adapter-l-environnement-de-travail = Adaptarea mediului de lucru
tm-acceder-a-un-emploi = Obținerea unui loc de muncă
tm-acceder-a-une-formation = Accesul la o formare
tm-autres-renseignements-concernant-votre = Alte informații despre viața profesională pe care ați dori să ni le comunicați
tm-vie-de-votre-aidant-familial = Viața îngrijitorului dumneavoastră din familie
tm-vous-pouvez-expliquer-l-aide-que = Puteți explica ajutorul pe care îngrijitorul îl oferă în prezent persoanei cu dizabilități și puteți exprima așteptările și nevoile lui.
tm-comment-s-appelle-votre-aidant = Cum se numește îngrijitorul dumneavoastră?
tm-nom-et-prenom = Nume și prenume
tm-quel-est-son-lien-avec-la = Ce relație are cu persoana cu dizabilități?
tm-vit-il-elle-avec-la-personne = Locuiește cu persoana cu dizabilități?
tm-est-il-elle-actuellement-en-emploi = Lucrează în prezent?
tm-oui-avec-une-reduction-dactivite-liee = Da, cu program redus din cauza îngrijirii persoanei ajutate
tm-quelle-est-la-nature-de-l = Ce fel de ajutor oferă?
tm-surveillance-presence-responsable = Supraveghere / prezență responsabilă
tm-aide-aux-deplacements-a-linterieur-du = Ajutor la deplasarea în locuință
tm-aide-aux-deplacements-a-lexterieur = Ajutor la deplasarea în exterior
tm-aide-pour-entretenir-le-logement-et = Ajutor la întreținerea locuinței și a rufelor
tm-aide-a-lhygiene-corporelle = Ajutor la igiena corporală
tm-aide-a-la-preparation-des-repas = Ajutor la pregătirea meselor
tm-aide-a-la-prise-de-repas = Ajutor la masă
tm-coordination-des-intervenants = Coordonarea profesioniștilor implicați
tm-gestion-administrative-et-juridique = Gestionare administrativă și juridică
tm-gestion-financiere = Gestionare financiară
tm-stimulation-par-des-activites-loisirs = Stimulare prin activități (timp liber, ieșiri etc.)
tm-aide-a-la-communication-et-aux = Ajutor la comunicare și relații sociale
tm-aide-au-suivi-medical = Ajutor la urmărirea medicală
tm-qui-participe-avec-lui-elle-a = Cine mai participă împreună cu el/ea la însoțirea persoanei ajutate?
tm-un-des-professionnel-s = Unul sau mai mulți profesioniști
tm-un-ou-plusieurs-autre-s-proche = Unul sau mai mulți alți apropiați
tm-il-elle-est-l-unique-aidante = El/ea este singurul îngrijitor al solicitantului
tm-est-il-elle-soutenue-dans-sa = Este sprijinit(ă) în rolul de îngrijitor?
tm-en-cas-d-empechement-a-t = Dacă este împiedicat(ă), are o soluție de înlocuire?
tm-laquelle = Care?
tm-il-elle-est-ou-sera-prochainement = Se află sau se va afla în curând în una dintre situațiile următoare:
tm-eloignement-geographique-demenagement = Distanță geografică (mutare etc.)
tm-indisponibilite-prolongee-sejour-a = Indisponibilitate prelungită (ședere în străinătate, spitalizare etc.)
tm-changement-majeur-dans-la-situation = Schimbare majoră în situația personală (despărțire, decesul soțului/soției, mutarea într-un cămin de bătrâni etc.)
tm-probleme-de-sante = Problemă de sănătate
tm-changement-majeur-dans-la-situation-2 = Schimbare majoră în situația profesională
tm-difficulte-a-assurer-l-accompagnement = Dificultate de a asigura însoțirea actuală (epuizare, înaintare în vârstă etc.)
tm-ses-attentes-en-tant-qu-aidant = Așteptările lui/ei ca îngrijitor din familie:
tm-pouvoir-se-reposer-au-quotidien = Să se poată odihni zilnic
tm-pouvoir-se-faire-remplacer-en-cas = Să poată fi înlocuit(ă) la nevoie
tm-pouvoir-se-faire-remplacer-en-cas-2 = Să poată fi înlocuit(ă) în caz de neprevăzut
tm-se-faire-remplacer-pour-partir-en = Să fie înlocuit(ă) pentru a pleca în weekend/vacanță
tm-reprendre-renforcer-maintenir-son = Să-și reia/intensifice/mențină activitatea profesională
tm-reprendre-renforcer-maintenir-ses-liens = Să-și reia/întărească/mențină legăturile sociale
tm-obtenir-une-contre-partie-financiere = Să obțină o compensație financiară
tm-echanger-avec-dautres-aidants = Să discute cu alți îngrijitori
tm-echanger-avec-les-professionnels-qui = Să discute cu profesioniștii care îl urmăresc pe cel ajutat
tm-avoir-un-soutien-psychologique = Să aibă sprijin psihologic
tm-etre-conseille-pour-mieux-faire-face = Să fie consiliat(ă) pentru a face față mai bine dizabilității celui apropiat
tm-etre-affilie-gratuitement-a-lassurance = Să fie asigurat(ă) gratuit la asigurarea pentru limită de vârstă (pensie)
tm-a-t-il-elle-deja-identifie = A identificat deja una sau mai multe structuri care i-ar putea răspunde așteptărilor?
tm-vous-souhaitez-mieux-connaitre-les = Doriți să cunoașteți mai bine programele și ajutoarele existente:
tm-pour-l-aidant = Pentru îngrijitor
tm-pour-la-personne-aidee = Pentru persoana ajutată
tm-autres-renseignements-que-vous = Alte informații despre viața îngrijitorului pe care ați dori să ni le comunicați
tm-documents-lies-a-votre-demande = Documente legate de cererea dumneavoastră
tm-pour-nous-transmettre-les-documents = Pentru a ne trimite documentele justificative obligatorii și suplimentare
tm-certificat-medical = Certificat medical
tm-votre-certificat-medical-n-est-pas = Certificatul medical nu este valabil; folosiți unul dintre modelele furnizate.
tm-un-certificat-medical-de-moins-de = Un certificat medical mai nou de 6 luni, cel prevăzut pentru cererile MDPH.
tm-justificatif-de-domicile = Dovadă de domiciliu
tm-une-photocopie-dun-justificatif-de = O fotocopie a unei dovezi de domiciliu mai noi de 3 luni (pentru copii, atașați dovada de domiciliu a reprezentantului legal; pentru persoanele găzduite de altcineva: dovada de domiciliu și declarația pe proprie răspundere a gazdei).
tm-piece-d-identite = Act de identitate
tm-une-photocopie-recto-verso-dun = O fotocopie față-verso a unui act de identitate al persoanei cu dizabilități și, după caz, al reprezentantului legal (act de identitate valabil sau permis de ședere valabil sau orice alt document care autorizează șederea în Franța).
tm-acte-de-deces-acte-de-mariage = Certificat de deces / certificat de căsătorie
tm-carte-grise-vehicule-permis-de-conduire = Certificat de înmatriculare a vehiculului, permis de conducere
tm-carte-de-sejour = Permis de ședere
tm-avis-d-impot-sur-le-revenu = Decizie de impunere pe venit
tm-releve-d-identite-bancaire-rib-iban = Date bancare (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Adeverință de plată a indemnizațiilor zilnice (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Fluturaș de salariu
tm-devis-facture-aide-technique = Deviz / factură pentru un dispozitiv tehnic
tm-audiogramme = Audiogramă
tm-livret-de-famille = Carnet de familie (livret de famille)
tm-facture-cantine-restaurant-scolaire = Factură de cantină (cantina școlii)
tm-facture-frais-d-obseques = Factură pentru cheltuieli de înmormântare
tm-justificatif-reduction-du-temps-de = Dovadă a reducerii timpului de lucru
tm-billets-de-train-fiche-taxi-frais = Bilete de tren / chitanță de taxi (cheltuieli de transport în urma unui plasament)
tm-jugement-de-tutelle-jugement = Hotărâre de tutelă, hotărâre de rectificare, curatelă
tm-justificatif-d-emancipation = Dovadă de emancipare
tm-jugement-de-delegation-d-autorite = Hotărâre de delegare a autorității părintești
tm-jugement-de-divorce = Hotărâre de divorț
tm-bilan-ophtalmologique-mdph = Evaluare oftalmologică (MDPH)
tm-complement-medical-d-aide-a-l = Complement medical pentru evaluarea psihiatrică
tm-bilan-psychologique-etc = Evaluare psihologică etc.
tm-compte-rendu-d-examen-psychiatrique = Raport de examen psihiatric, chestionar psihiatric etc.
tm-bilan-orthophonique-psychomoteur = Evaluare logopedică, psihomotorie, de kinetoterapie, de osteopatie etc.
tm-bilan-camsp-cmp-cmpp = Evaluare CAMSP, CMP, CMPP
tm-compte-rendu-d-evaluation-medicale = Raport de evaluare medicală
tm-attestation-medicale = Adeverință medicală
tm-fiche-de-liaison-medecine-du-travail = Fișă de legătură a medicinei muncii
tm-prescription-medicale-pour-amenagement-d = Prescripție medicală pentru adaptarea examenelor
tm-bulletin-d-hospitalisation = Bilet de internare
tm-fiche-de-prescription-hors = Fișă de prescripție nemedicamentoasă
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Pentru copiii școlarizați, așteptările sunt precizate într-un document numit GEVASco. GEVASco este un ghid de colectare a datelor pe care îl completați cu directorul instituției (prima cerere) sau cu profesorul de referință (reexaminare). Puteți cere directorului școlii datele de contact ale profesorului de referință.
tm-bilan-de-l-equipe-de-suivi = Raportul Echipei de Urmărire a Școlarizării (ESS)
tm-fiche-de-liaison-financement-du-materiel = Fișă de legătură pentru finanțarea materialelor pedagogice adaptate
tm-fiche-d-evaluation-de-l-autonomie = Fișă de evaluare a autonomiei elevului (de la inspectoratul școlar)
tm-protocoles-d-accompagnement-d-un-eleve = Protocoale de însoțire a unui elev cu dizabilități de către un AVSI (asistent individual de viață școlară)
tm-plan-individualise-d-accompagnement-pia = Plan individualizat de însoțire (PIA)
tm-devoirs-particuliers-dyslexie = Teme speciale (dislexie, logopedie etc.)
tm-certificat-de-scolarite-releve-de-notes = Adeverință de elev, situație școlară etc.
tm-curriculum-vitae-cv = CV (Curriculum Vitae)
tm-courriers-orientation-professionnel = Scrisori de orientare profesională (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Evaluări (AFPA, ESAT etc.), evaluări Appui Projet, POPS, Préo, UEROS etc.
tm-rapport-de-stage = Raport de stagiu
tm-syntheses-etablissements-et-services-ems = Sinteze ale instituțiilor și serviciilor (EMS, SMS, SAVS, SAMSAH etc.)
tm-autre-document = Alt document

## mdph: account

tm-plus-qu-une-etape = Mai este un singur pas
tm-cliquez-sur-le-lien-qui-vous = Faceți clic pe linkul care v-a fost trimis pentru a vă activa contul (verificați și dosarul de spam).
tm-votre-compte-a-bien-ete-valide = Contul dumneavoastră a fost confirmat.
tm-ce-lien-est-incorrect-ou-a = Acest link este greșit sau a fost deja folosit.
tm-email-envoye = E-mail trimis
tm-cliquez-sur-le-lien-qui-vous-2 = Faceți clic pe linkul care v-a fost trimis prin e-mail pentru a vă schimba parola.
tm-si-vous-avez-oublie-votre-mot = Dacă v-ați uitat parola, introduceți adresa de e-mail; vi se va trimite acolo o parolă nouă.
tm-veuillez-entrer-votre-email = Introduceți adresa de e-mail.
tm-l-adresse-email-n-est-pas = Adresa de e-mail nu este validă.
tm-connectez-vous-pour-reprendre-votre = Conectați-vă pentru a relua demersul
tm-adresse-email = Adresă de e-mail
tm-veuillez-entrer-une-adresse-email = Introduceți o adresă de e-mail.
tm-cette-adresse-email-n-est-pas = Această adresă de e-mail nu este validă.
tm-veuillez-entrer-un-mot-de-passe = Introduceți o parolă.
tm-vous-n-avez-pas-de-compte = Nu aveți cont? Înregistrați-vă
tm-une-erreur-est-survenue-lors-de-5 = A apărut o eroare la trimitere. Este posibil ca acest cont să fi fost deja activat sau să nu existe.
tm-un-mail-de-confirmation-a-bien = Un e-mail de confirmare a fost retrimis în căsuța dumneavoastră de e-mail
tm-nouveau-mot-de-passe = Parolă nouă
tm-vous-avez-indique-avoir-oublie-votre = Ați indicat că v-ați uitat parola. Resetați-o introducând o parolă nouă.
tm-inscrivez-vous-pour-commencer-votre = Înregistrați-vă pentru a începe demersul
tm-veuillez-entrer-votre-adresse-e-mail = Introduceți adresa de e-mail.
tm-cet-email-n-est-pas-valide = Acest e-mail nu este valid.
tm-adresse-email-de-secours = Adresă de e-mail de rezervă
tm-veuillez-entrer-votre-adresse-e-mail-2 = Introduceți adresa de e-mail de rezervă.
tm-erreur-dans-le-formulaire-merci-de = Eroare în formular; reîncărcați pagina.
tm-contact = Date de contact
tm-veuillez-entrer-votre-numero-de-contact = Introduceți numărul de telefon de contact.
tm-vous-avez-deja-un-compte-connectez = Aveți deja un cont? Conectați-vă

## mdph: apropos

tm-en-quelques-mots = Pe scurt
tm-plus-dun-tiers-des-personnes-handicapees = Mai mult de o treime dintre persoanele cu dizabilități consideră complicate demersurile administrative legate de dizabilitatea lor. Termenele de soluționare a cererilor depășesc adesea cele patru luni prevăzute de lege.
tm-un-traitement-informatise-de-bout-en = O procesare informatizată de la un capăt la altul
tm-une-communication-en-continu = O comunicare continuă
tm-pour-les-utilisateurs = Pentru utilizatori
tm-un-espace-personnel = Un spațiu personal
tm-un-questionnaire-dynamique = Un chestionar dinamic
tm-un-accompagnement-des-la-saisie-de = Însoțire încă de la completarea cererii
tm-un-suivit-en-temps-reel = O urmărire în timp real
tm-une-presence-sur-le-web = O prezență pe web
tm-une-appropriation-de-votre-espace = Un spațiu pe care vi-l puteți face al dumneavoastră

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Confirmați cererea pentru { $name }
tm-une-fois-la-demande-validee-vous = După ce cererea este validată, nu veți mai putea modifica alte informații decât documentele, și doar la cererea MDPH. Mai jos găsiți rezumatul cererii dumneavoastră:
tm-recapitulatif-de-votre-demande = Rezumatul cererii dumneavoastră
tm-documents = Documente:
tm-en-validant-je-certifie-que-les = Prin validare, certific că informațiile de mai sus sunt exacte.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } nu acceptă cereri prin acest serviciu online, așa că nu îi puteți trimite o cerere prin acest serviciu online.
tm-demande-n = Cererea nr. { $shortId }
tm-votre-mdph-vous-demande-de-corriger = MDPH vă cere să corectați documentele atașate cererii
tm-pour-tout-autre-modification-veuillez = Pentru orice altă modificare, contactați direct MDPH (datele de contact sunt în josul paginii)
tm-telecharger = Descărcați
tm-votre-demande-est-en-cours-de = Cererea dumneavoastră este în curs de verificare la MDPH
tm-informations-obligatoires = Informații obligatorii
tm-informations-complementaires = Informații suplimentare
tm-decrivez-votre-situation-vos-besoins-vos = Descrieți situația, nevoile, planurile și așteptările dumneavoastră.
tm-demande = Cerere / { $label }
tm-demande-documents = Cerere / Documente
tm-en-cours = { $name } - în curs... { $progress }%
tm-ajouter-un-document = Adăugați un document
tm-autres-types-de-documents = Alte tipuri de documente
tm-retourner-a-la-demande = Înapoi la cerere
tm-choix-du-type-de-document = Alegerea tipului de document
tm-recherche = Căutare
tm-suggestions-de-documents-a-fournir = Documente sugerate de furnizat
tm-demande-identite-de-l-autorite-parentale = Cerere / Identitatea persoanei care exercită autoritatea părintească
tm-demande-identite-de-la-personne-vous = Cerere / Identitatea persoanei care vă ajută în acest demers
tm-la-personne-vous-aidant-dans-votre = Persoana care vă ajută în demers este
tm-un-proche = Un apropiat
tm-une-association = O asociație
tm-nom-ou-intitule = Nume (sau denumire)
tm-la-longueur-minimale-du-nom-est = Numele trebuie să aibă cel puțin 1 caracter.
tm-recherche-adresse = Căutare adresă
tm-localite = Localitate
tm-telephone-1 = Telefon 1
tm-telephone-2 = Telefon 2
tm-demande-identite-du-beneficiaire = Cerere / Identitatea beneficiarului
tm-nom-d-epouxse-ou-nom-d = Numele soțului/soției sau numele folosit
tm-homme = Bărbat
tm-femme = Femeie
tm-espace-economique-europeen-ou-suisse = Spațiul Economic European sau Elveția
tm-date-de-naissance-au-format-jour = Data nașterii în formatul zi/lună/an
tm-veuillez-utiliser-le-format-jj-mm = Folosiți formatul ZZ/LL/AAAA. De exemplu: 14/09/1989.
tm-commune-de-naissance = Localitatea nașterii
tm-pays-en-cas-de-naissance-a = Țara (dacă v-ați născut în străinătate)
tm-l-adresse-email-saisie-est-incorrecte = Adresa de e-mail introdusă este greșită.
tm-si-vous-avez-elu-domicile-aupres = Dacă aveți domiciliul administrativ la un organism (asociație, centru de găzduire sau de asistență socială), precizați care
tm-organisme-payeur-de-prestations = Organismul care plătește prestațiile familiale / RSA
tm-organisme-d-assurance-maladie = Organismul de asigurări de sănătate
tm-votre-numero-de-securite-sociale = Numărul dumneavoastră de asigurare socială
tm-ce-numero-de-securite-sociale-est = Acest număr de asigurare socială nu este valid.
tm-ce-champ-est-incomplet = Acest câmp este incomplet.
tm-si-cest-votre-enfant-qui-est = Dacă cererea îl privește pe copilul dumneavoastră, indicați numărul lui de asigurare socială
tm-etes-vous-aide-e-dans-vos = Vă ajută cineva în demersurile la MDPH?
tm-beneficiez-vous-dune-mesure-de = Sunteți sub o măsură de protecție juridică?
tm-demande-identite-du-representant-legal = Cerere / Identitatea reprezentantului legal
tm-demande-prestations = Cerere / Prestații
tm-demandes-relatives-a-la-vie-quotidienne = Cereri privind viața de zi cu zi
tm-carte-mobilite-inclusion = Carte mobilité inclusion (card de mobilitate pentru persoane cu dizabilități)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, alocație compensatorie)
tm-demandes-relatives-a-la-vie-scolaire = Cereri privind viața școlară
tm-demandes-relatives-au-travail-a-lemploi = Cereri privind munca, ocuparea forței de muncă și formarea profesională
tm-orientation-professionnelle = Orientare profesională
tm-le-dispositif-emploi-accompagne-propose = „Programul de ocupare asistată oferă lucrătorului cu dizabilități și angajatorului său însoțire medico-socială și sprijin pentru inserția profesională. Pot beneficia de acest program lucrătorii cu dizabilități:
tm-ayant-un-projet-dinsertion-en-milieu = care au un plan de inserție în mediul obișnuit de muncă,
tm-accueillis-dans-un-etablissement-ou = primiți într-o instituție sau un serviciu de ajutor prin muncă (ESAT) care au un plan de inserție în mediul obișnuit de muncă,
tm-deja-en-emploi-en-milieu-ordinaire = care lucrează deja în mediul obișnuit de muncă și întâmpină dificultăți speciale în a-și asigura inserția profesională.”
tm-demande-confirmer-votre-compte-mail = Cerere / Confirmați contul de e-mail
tm-vous-n-avez-pas-encore-confirme = Nu v-ați confirmat încă contul. O puteți face deschizând linkul de activare care v-a fost trimis prin e-mail.
tm-en-cas-de-difficultes-vous-pouvez = Dacă întâmpinați dificultăți, ne puteți scrie la adresa contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Faceți clic aici pentru a retrimite un e-mail de confirmare
tm-retourner-au-profil = Înapoi la profil

## mdph: layout

tm-connexion = Conectare

## mdph: main

tm-trouvez-le-service-en-ligne-de = Găsiți serviciul online al MDPH din zona dumneavoastră
tm-votre-demande-en-ligne-a-la = Cererea dumneavoastră online la MDPH
tm-la-mdph-c-est-la-maison = MDPH este Maison Départementale pour les Personnes Handicapées (centrul departamental pentru persoane cu dizabilități). Poate răspunde nevoilor legate de dizabilitatea dumneavoastră.
tm-ce-service-vous-permet-de-saisir = Acest serviciu vă permite să completați cererea și să o trimiteți la MDPH ca să vă analizeze dosarul.
tm-il-vous-permet-de-solliciter-la = Vă permite să vă adresați MDPH ca beneficiar sau ca reprezentant legal al unui beneficiar.
tm-en-fonction-de-votre-situation-vous = În funcție de situația dumneavoastră, ați putea beneficia de următoarele drepturi

## mdph: mdph

tm-votre-mdph = MDPH-ul dumneavoastră: { $name }
tm-gerez-vos-demandes-en-ligne = Gestionați-vă cererile online
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = MDPH-ul dumneavoastră nu folosește acest serviciu de cereri online
tm-continuer-sur-service-public-fr = Continuați pe service-public.fr
tm-continuer-sur = Continuați pe { $label }

## mdph: medecin

tm-votre-e-mail = Adresa dumneavoastră de e-mail
tm-ex-email-domaine-fr = Ex.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = Adresa de e-mail este obligatorie.
tm-modeles-de-certificats = Modele de certificate

## mdph: mon_compte

tm-en-attente-de-validation = În așteptarea validării
tm-si-vous-n-avez-pas-recu = Dacă nu ați primit acest e-mail, faceți clic aici pentru a-l retrimite.
tm-modifier-mon-mot-de-passe = Schimbați parola
tm-veuillez-entrer-votre-mot-de-passe = Introduceți parola anterioară.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = V-am trimis un e-mail pentru a vă confirma adresa de e-mail.
tm-type = Tip
tm-document-ajoute = Document adăugat
tm-choisir-le-fichier = Alegeți fișierul
tm-veuillez-selectionner-un-fichier = Selectați un fișier
tm-ajouter-ce-fichier = Adăugați acest fișier

## mdph: profil

tm-profil-identite-du-representant-legal = Profil / Identitatea reprezentantului legal
tm-profil-prestations = Profil / Prestații
tm-supprimer-ce-profil = Ștergeți acest profil

## mdph: suivi

tm-cookies-deposes-et-opt-out = Cookie-uri plasate și refuz (opt-out)
tm-ce-site-depose-un-petit-fichier = Acest site plasează un mic fișier text (un „cookie”) pe computerul dumneavoastră când îl vizitați. Astfel putem măsura numărul de vizite și înțelege care pagini sunt cele mai vizitate.
tm-ce-site-naffiche-pas-de-banniere = De ce acest site nu afișează un banner de consimțământ pentru cookie-uri?
tm-je-contribue-a-enrichir-vos-donnees = Contribui la îmbogățirea datelor voastre; pot avea acces la ele?
tm-bien-sur-les-statistiques-dusage-de = Desigur! Statisticile de utilizare ale majorității produselor noastre, inclusiv https://mdphenligne.cnsa.fr/, sunt disponibile liber pe stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Părinte { $n }
tm-exerce-l-autorite-parentale = Exercită autoritatea părintească
tm-meme-adresse-que-le-beneficiaire = Aceeași adresă ca beneficiarul

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Bifând această căsuță, certificați că aveți consimțământul lui { $name } pentru a depune o cerere în numele său
tm-precisez-le-domicile = Precizați la cine locuiți
tm-de-vos-parents-ou-l-un = La părinți (sau la unul dintre ei)
tm-de-vos-enfants-ou-l-un = La copii (sau la unul dintre ei)
tm-d-un-e-ami-e = La un prieten / o prietenă
tm-d-un-autre-membre-de-votre = La un alt membru al familiei
tm-d-une-famille-d-accueil = La o familie de plasament
tm-et-vous-etes = Și sunteți
tm-de-categorie = Din categoria
tm-son-prenom = Prenumele său
tm-montant = Sumă
tm-montant-invalide = Sumă nevalidă
tm-veuillez-saisir-un-nombre-entre-0 = Introduceți un număr între 0 și 100.

## mdph: display-file

tm-pas-de-documents = Niciun document
tm-raison-du-refus = Motivul refuzului:
tm-supprimez = Ștergeți
tm-suppression-d-un-document = Ștergerea unui document

## mdph: footer

tm-contactez-votre-mdph = Contactați MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = Precizați nevoile de compensare legate de dizabilitatea dumneavoastră
tm-plusieurs-reponses-sont-possibles = Puteți alege mai multe răspunsuri
tm-adaptez-vos-reponses-a-votre-age = Adaptați răspunsurile la vârsta dumneavoastră.
tm-le-besoin-daide-correspond-a-une = Nevoia de ajutor înseamnă un ajutor uman direct, sau nevoia de a fi stimulat, îndrumat, încurajat verbal, sau un ajutor material ori financiar.
tm-ce-document-correspond-a-lexpression-de = Acest document exprimă nevoile pe care le simțiți. Apoi echipa MDPH va face o evaluare detaliată și, dacă este nevoie, se va întâlni cu dumneavoastră.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, alocație pentru adulții cu dizabilități) și complementul ei
tm-carte-d-invalidite-de-priorite-de = Card de invaliditate / de prioritate / de parcare
tm-orientation-vers-un-etablissement-ou = Orientare către o instituție sau un serviciu medico-social (ESMS)
tm-renouvellement-d-allocation = Reînnoirea alocației compensatorii (ACTP sau ACFP)
tm-projet-personnalise-de-scolarisation = Proiect personalizat de școlarizare – parcurs și ajutoare pentru școlarizare
tm-orientation-professionnelle-et-ou = Orientare profesională și/sau formare profesională
tm-reconnaissance-de-la-qualite-de = Recunoașterea calității de lucrător cu dizabilități (RQTH)
tm-affiliation-gratuite-a-l-assurance = Asigurare gratuită pentru limită de vârstă a părinților care stau acasă (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Alt departament: indicați numărul lui (de exemplu 01 sau 75)

## mdph: menu-dashboard

tm-mes-demandes = Cererile mele
tm-documents-associes = Documente atașate

## mdph: nav-steps

tm-question-precedente = Întrebarea anterioară

## mdph: password-field

tm-votre-mot-de-passe-est-d = Parola dumneavoastră este prea slabă.
tm-veuillez-saisir-8-caracteres = Introduceți 8 caractere.
tm-presenter-trois-des-quatre-categories-de = Să conțină trei din cele patru tipuri de caractere: majusculă, minusculă, cifră și/sau caractere speciale.
tm-ce-jeton-de-modification-a-deja = Acest cod de modificare a fost deja folosit pentru resetarea parolei. Faceți o nouă cerere de resetare.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = să aibă opt caractere,
tm-etre-d-une-robustesse-moyenne = să aibă o siguranță medie.
tm-afin-de-garantir-au-mieux-l = Pentru a proteja cât mai bine integritatea datelor, parola trebuie cel puțin:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = Dacă doriți, precizați cererea

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Selectați una dintre opțiuni sau precizați răspunsul
tm-intitule-du-poste = Denumirea postului
tm-employeur = Angajator
tm-entreprise = Întreprindere
tm-type-de-contrat = Tipul contractului
tm-date-de-debut-au-format-jour = Data de început în formatul zi/lună/an
tm-motif-de-fin-d-activite = Motivul încetării activității
tm-motif = Motiv
tm-valider-l-experience = Validați experiența
tm-ajouter-une-experience = Adăugați o experiență
tm-annee-d-obtention = Anul obținerii
tm-domaine = Domeniu
tm-intitule-du-diplome = Denumirea diplomei
tm-domaine-d-etude = Domeniul de studiu
tm-retirer-le-dernier-diplome = Eliminați ultima diplomă
tm-ajouter-un-diplome = Adăugați o diplomă
tm-matin = Dimineața
tm-midi = La prânz
tm-soiree-nuit = Seara/noaptea
tm-nom-de-l-etablissement = Numele instituției
tm-rue = Strada
tm-ex-college-jules-ferry = Ex.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Ex.: 1, rue de l'église
tm-ex-paris = Ex.: Paris
tm-supprimer-le-dernier-etablissement = Ștergeți ultima instituție
tm-ajouter-un-etablissement = Adăugați o instituție
tm-frais-engages = Cheltuieli efectuate
tm-montant-total-frequence = Suma totală / Frecvența
tm-montant-rembourse = Suma rambursată
tm-libelle-des-frais = Descrierea cheltuielilor
tm-par-jour = Pe zi
tm-par-semaine = Pe săptămână
tm-par-mois = Pe lună
tm-par-an = Pe an
tm-supprimer-le-dernier-frais = Ștergeți ultima cheltuială
tm-ajouter-des-frais-ponctuels = Adăugați cheltuieli ocazionale
tm-ajouter-des-frais-recurrents = Adăugați cheltuieli recurente
tm-derniere-reponse-enregistree-le = Ultimul răspuns salvat pe { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Numele structurii
tm-etes-vous-deja-en-contact = Sunteți deja în contact?
tm-supprimer-la-derniere-structure = Ștergeți ultima structură
tm-ajouter-une-structure = Adăugați o structură

## mdph: representant-form

tm-type-de-mesure-de-protection = Tipul măsurii de protecție
tm-tutelle = Tutelă
tm-curatelle = Curatelă
tm-curatelle-renforcee = Curatelă consolidată
tm-habilitation-familiale = Abilitare familială (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Pagina principală

## aidants: 400.html

tm-il-y-a-eu-un-souci = A apărut o problemă tehnică la schimbul de date.
tm-la-syntaxe-de-la-requete-est = Sintaxa cererii este greșită. Puteți încerca din nou sau ne puteți contacta dacă problema persistă.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = Nu aveți permisiunea de a deschide această pagină.
tm-si-vous-pensez-qu-il-s = Dacă credeți că este o greșeală, puteți merge la pagina noastră principală sau ne puteți contacta pentru ajutor.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = Pagina pe care o căutați nu a fost găsită. Ne cerem scuze pentru neplăcere.
tm-si-vous-avez-tape-l-adresse = Dacă ați scris adresa web în browser, verificați dacă este corectă. Este posibil ca pagina să nu mai fie disponibilă. În acest caz, pentru a continua puteți merge la pagina noastră principală. Altfel, contactați-ne ca să vă putem îndruma spre informația corectă.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = Timpul acordat pentru conectarea prin FranceConnect a expirat.
tm-vous-pouvez-reessayer-la-connexion = Puteți încerca din nou să vă conectați de pe pagina principală. Dacă problema persistă, contactați-ne.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Ne pare rău, serviciul are o problemă; lucrăm să o rezolvăm cât mai repede.
tm-essayez-de-rafraichir-la-page-ou = Încercați să reîncărcați pagina sau încercați din nou mai târziu.
tm-si-vous-avez-besoin-d-une = Dacă aveți nevoie de ajutor imediat, contactați-ne direct.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Tipăriți mandatul
tm-mandat-final = Mandat final
tm-attention-ceci-est-un-projet-de = Atenție! Acesta este un proiect de mandat. Nu are nicio valoare juridică.
tm-le-mandat-a-ete-cree-avec = Mandatul a fost creat cu succes. Tipăriți-l pentru ca mandantul să-l semneze.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Pentru a tipări, selectați în meniul browserului „Fișier”, apoi „Imprimare”.
tm-projet-de-mandat-traduit = Proiect de mandat tradus
tm-vous-trouverez-ci-dessous-un-mandat = Mai jos găsiți un model de mandat disponibil în mai multe traduceri. Traducerile mandatului servesc doar pentru a-i explica utilizatorului ce este un mandat și ce implică. Aceste traduceri nu au nicio valoare juridică. Doar mandatul final în franceză are valoare juridică.
tm-vous-pouvez-imprimer-ce-mandat-type = Puteți tipări acest model de mandat făcând clic pe butonul de mai jos. Vă reamintim că acest mandat nu are nicio valoare juridică. Este tradus doar cu titlu informativ pentru utilizator.
tm-version-francaise = Versiunea în franceză
tm-traduire-le-mandat-en = Traduceți mandatul în:
tm-mandat-pour-realiser-des-demarches-en = Mandat pentru efectuarea de demersuri online cu serviciul „Aidants Connect”
tm-attention-nous-vous-rappelons-que-ce = Vă reamintim că acest mandat nu are nicio valoare juridică. Este tradus doar cu titlu informativ pentru utilizator.
tm-version-francaise-et-traductions = Versiunea în franceză și traduceri
tm-revocation-d-une-autorisation-via-le = Revocarea unei autorizații prin serviciul „Aidants Connect”
tm-je-soussigne-e-souhaite-revoquer-l = Subsemnatul/Subsemnata, { $get_full_name }, doresc să revoc autorizația „{ $authorization }” creată pe { $creation_date } cu { $organisation }.
tm-fait-a-le = Întocmit la { $display_address }, pe { $date }
tm-le-mandant = Mandantul
tm-lautorisation-a-ete-revoquee-avec-succes = Autorizația a fost revocată cu succes. Tipăriți-o pentru ca mandantul să o semneze.
tm-l-autorisation-a-ete-revoquee-avec = Autorizația a fost revocată cu succes!
tm-rappel-de-l-autorisation-revoquee = Rezumatul autorizației revocate
tm-thematique-administrative = Domeniu administrativ
tm-date-de-l-autorisation = Data autorizației
tm-expiration-de-l-autorisation = Expirarea autorizației
tm-imprimer-l-attestation-de-revocation = Tipăriți adeverința de revocare
tm-confirmer-la-revocation-de-l = Confirmați revocarea autorizației
tm-merci-de-verifier-les-informations-ci = Verificați informațiile de mai jos înainte de a confirma revocarea autorizației
tm-rappel-de-l-autorisation-en-cours = Rezumatul autorizației în curs de revocare
tm-thematique-administrative-associee = Domeniul administrativ asociat
tm-souhaitez-vous-confirmer-la-revocation = Doriți să confirmați revocarea acestei autorizații?
tm-revoquer-l-autorisation = Revocați autorizația
tm-confirmation-de-revocation = Confirmarea revocării
tm-merci-de-verifier-les-informations-ci-2 = Verificați informațiile de mai jos înainte de a confirma revocarea mandatului
tm-rappel-du-mandat-en-cours-de = Rezumatul mandatului în curs de revocare
tm-date-du-mandat = Data mandatului
tm-expiration-du-mandat = Expirarea mandatului
tm-souhaitez-vous-confirmer-la-revocation-2 = Doriți să confirmați revocarea acestui mandat?
tm-revoquer-le-mandat = Revocați mandatul
tm-revocation-d-un-mandat-via-le = Revocarea unui mandat prin serviciul Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = Subsemnatul/Subsemnata, { $usager_name }, doresc să revoc mandatul „Aidants Connect” creat pe { $creation_date } cu { $organisation }.
tm-le-mandat-a-ete-revoque-avec = Mandatul a fost revocat cu succes. Tipăriți-l pentru ca mandantul să-l semneze.
tm-le-mandat-a-ete-revoque-avec-2 = Mandatul a fost revocat cu succes!
tm-rappel-du-mandat-revoque = Rezumatul mandatului revocat
tm-mandat-pour-realiser-des-demarches = Mandat pentru efectuarea de demersuri administrative online în numele unui utilizator prin serviciul „Aidants Connect” pe durata stării de urgență sanitară declarate prin articolul 4 din legea din 23 martie 2020.
tm-je-soussigne-e-autorise-dont-seuls = Subsemnatul/Subsemnata, { $get_full_name }, autorizez { $organisation }, ai cărei agenți abilitați sunt singurii care pot acționa în locul meu, să efectueze în numele meu, conform articolelor 1984 și următoarele din Codul civil, următoarele demersuri administrative online, fie că sunt sau nu demersuri accesibile prin FranceConnect:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } autorizează { $name } să-i folosească datele personale doar pentru executarea acestui mandat.
tm-l-aidant-habilite-de-a-rappele = Asistentul abilitat al { $name } i-a reamintit lui { $usager } scopul intervenției, de ce îi sunt colectate informațiile și la ce folosesc; faptul că are drepturi asupra datelor sale (acces, rectificare, ștergere etc.) și că mandantul își poate retrage oricând consimțământul.
tm-a-cette-fin = În acest scop:
tm-ne-collecter-et-conserver-que-les = să colecteze și să păstreze doar informațiile strict necesare demersurilor enumerate,
tm-nutiliser-les-informations-fournies-que = să folosească informațiile furnizate doar pentru demersurile enumerate. Pentru alte demersuri, trebuie mai întâi să-l informeze pe utilizator și să-i obțină acordul;
tm-ne-collecter-et-conserver-que-les-2 = să colecteze și să păstreze doar informațiile strict necesare domeniilor de demersuri enumerate;
tm-nutiliser-les-informations-fournies-que-2 = să folosească informațiile furnizate doar pentru efectuarea acestor demersuri. Pentru alte demersuri, trebuie mai întâi să-l informeze pe utilizator și să-i obțină acordul;
tm-mettre-a-jour-puis-a-supprimer = să actualizeze și apoi să șteargă toate informațiile despre utilizator când nu mai sunt necesare pentru efectuarea demersurilor;
tm-respecter-la-confidentialite-des = să respecte confidențialitatea informațiilor furnizate;
tm-prendre-toutes-les-precautions-pour = să ia toate măsurile de precauție pentru a asigura securitatea datelor personale transmise.
tm-le-mandataire-sengage-a = Mandatarul se angajează:
tm-le-present-mandat-est-accepte-et = Prezentul mandat este acceptat și consimțit pe durata necesară pentru ca asistentul abilitat al { $name } să-și îndeplinească sarcinile. Mandatul încetează când demersurile menționate mai sus au fost efectuate sau oricând, dacă mandantul sau mandatarul decide să revoce mandatul.
tm-l-aidant-habilite-de-est-tenu = Asistentul abilitat al { $name } este obligat să execute mandatul cât timp este însărcinat cu el și răspunde pentru daunele care ar putea rezulta din neexecutarea lui, conform articolelor 1991 și următoarele din Codul civil.
tm-mandat-pour-realiser-des-demarches-en-2 = Mandat pentru efectuarea de demersuri online cu serviciul „Aidants Connect” pe durata stării de urgență sanitară
tm-je-mappelle-je-suis-le-mandant = Mă numesc: { $name } (eu sunt mandantul)
tm-jautorise-cest-le-mandataire-a-realiser = Autorizez { $name } (este mandatarul) să efectueze în locul meu următoarele demersuri administrative: { $n }
tm-cette-autorisation-est-conforme-aux = Această autorizație este conformă cu articolele 1984 și următoarele din Codul civil. Demersurile vor fi efectuate pe internet, pe site-uri care folosesc FranceConnect sau pe alte site-uri. Ele pot fi efectuate și prin orice mijloc permis de administrație (telefon, hârtie, e-mail, …).
tm-je-peux-annuler-mon-autorisation-a = Îmi pot anula autorizația oricând.
tm-je-reconnais-que-laidant-habilite-par = Recunosc că asistentul abilitat de { $name } mi-a reamintit scopul intervenției sale și m-a informat de ce sunt necesare și la ce folosesc informațiile colectate;
tm-jautorise-les-aidants-habilites-par-a = Autorizez asistenții abilitați de { $name } să-mi folosească datele personale în cadrul acestui mandat. Știu că am drepturi asupra informațiilor care mă privesc: acces, rectificare, ștergere.
tm-pour-que-puisse-agir-a-ma = Pentru ca { $name } să poată acționa în locul meu:
tm-effectuer-les-demarches-listees-dans-ce = să efectueze în locul meu demersurile enumerate în acest document, pe baza informațiilor pe care li le-am dat;
tm-collecter-et-conserver-seulement-les = să colecteze și să păstreze doar informațiile necesare demersurilor enumerate în acest document sau celor legate de ele;
tm-utiliser-et-communiquer-seulement-les = să folosească și să comunice doar informațiile necesare demersurilor enumerate în acest document sau celor legate de ele;
tm-minformer-et-demander-mon-autorisation = să mă informeze și să-mi ceară acordul înainte de a efectua alte demersuri decât cele enumerate în acest document;
tm-mettre-a-jour-et-supprimer-lensemble = să actualizeze și să șteargă toate informațiile mele personale când nu mai sunt utile;
tm-sinterdire-de-rendre-publiques-mes = să nu facă niciodată publice informațiile mele personale;
tm-prendre-toutes-les-precautions-pour-2 = să ia toate măsurile de precauție pentru a asigura securitatea informațiilor mele personale.
tm-les-aidants-habilites-par-doivent = Asistenții abilitați de { $name } trebuie:
tm-a-partir-du-moment-ou-un = Din momentul în care un asistent abilitat de { $name } efectuează în locul meu unul dintre demersurile enumerate în acest document, acceptă să o facă în condițiile descrise în acest document.
tm-les-demarches-decrites-ci-dessus-sont = demersurile descrise mai sus au fost efectuate;
tm-je-decide-de-lannuler = decid să o anulez;
tm-laidant-habilite-par-decide-de-lannuler = asistentul abilitat de { $name } decide să o anuleze;
tm-je-donne-mon-autorisation-a-une = îmi dau autorizația unei alte persoane decât un asistent abilitat de { $name }. În acest caz, trebuie să informez { $name } cât mai repede.
tm-mon-autorisation-est-donnee-et-acceptee = Autorizația mea este dată și acceptată { $n }. Se încheie mai devreme dacă:
tm-l-aidant-habilite-par-doit-accomplir = Asistentul abilitat de { $name } trebuie să efectueze în locul meu demersurile enumerate în acest document cât timp mandatul este valabil. Asistentul abilitat de { $name } poate fi tras la răspundere dacă nu respectă condițiile descrise în acest document (articolul 1991 din Codul civil).
tm-jautorise-cest-le-mandataire-a-realiser-2 = Autorizez { $name } (este mandatarul) să efectueze în locul meu următoarele demersuri administrative:
tm-collecter-et-conserver-utiliser-et = să colecteze și să păstreze, să folosească și să comunice doar informațiile necesare demersurilor enumerate în acest document sau celor legate de ele;
tm-l-aidant-habilite-par-doit-accomplir-2 = Asistentul abilitat de { $name } trebuie să efectueze în locul meu demersurile enumerate în acest document cât timp mandatul este valabil. Poate fi tras la răspundere dacă nu respectă condițiile descrise în acest document (articolul 1991 din Codul civil).
tm-fait-a-le-2 = Întocmit la { $display_address }, { $display_city }, pe { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = Autorizez { $name } (este mandatarul) să efectueze în numele meu următoarele demersuri administrative:
tm-pour-que-puisse-agir-pour-mon = Pentru ca { $name } să poată acționa în numele meu:
tm-effectuer-les-demarches-listees-dans-ce-2 = să efectueze în numele meu demersurile enumerate în acest document, pe baza informațiilor pe care li le-am dat;
tm-a-partir-du-moment-ou-un-2 = Din momentul în care un asistent abilitat de { $name } efectuează în numele meu unul dintre demersurile enumerate în acest document, acceptă să o facă în condițiile descrise în acest document.
tm-l-aidant-habilite-par-doit-accomplir-3 = Asistentul abilitat de { $name } trebuie să efectueze în numele meu demersurile enumerate în acest document cât timp mandatul este valabil. Poate fi tras la răspundere dacă nu respectă condițiile descrise în acest document (articolul 1991 din Codul civil).
tm-mandat-pour-realiser-des-demarches-en-3 = Mandat pentru efectuarea de demersuri online cu serviciul „Aidants Connect”
tm-je-mappelle-et-je-suis-le = Mă numesc { $name } și sunt mandantul.
tm-jautorise-en-tant-que-mandataire-a = Autorizez { $name }, în calitate de mandatar, să efectueze în numele meu următoarele demersuri administrative:
tm-je-declare-ne-pas-faire-l = Declar că nu fac obiectul unei măsuri de protecție juridică (sauvegarde de justice, tutelă sau curatelă).
tm-jautorise-les-aidants-habilites-par-a-2 = Autorizez asistenții abilitați de { $name } să-mi folosească datele personale în cadrul acestui mandat. Știu că am drepturi asupra informațiilor care mă privesc: acces, informare, rectificare, restricționare, ștergere.
tm-quand-un-aidant-habilite-par-realise = Când un asistent abilitat de { $name } efectuează în numele meu unul dintre demersurile enumerate mai sus, se angajează să o facă în condițiile și pe durata descrise în acest document; altfel, răspunde civil și penal.
tm-prendre-toutes-les-precautions-pour-3 = să ia toate măsurile de precauție pentru a asigura securitatea și confidențialitatea informațiilor mele personale.
tm-un-aidant-habilite-par-decide-de = un asistent abilitat de { $name } decide să o anuleze;
tm-fait-a-le-3 = Întocmit la { $display_address }, { $zipcode } { $display_city }, pe { $date }
tm-prenom-nom-et-signature-du-mandataire = Prenumele, numele și semnătura mandatarului (asistentul)
tm-prenom-nom-et-signature-du-mandant = Prenumele, numele și semnătura mandantului (utilizatorul)
tm-il-y-a-des-erreurs-dans = Formularul conține erori
tm-lisez-ces-mentions-a-lusager = Citiți-i utilizatorului aceste mențiuni
tm-le-mandat-est-une-autorisation-ecrite = Mandatul este o autorizație scrisă care îi permite asistentului să efectueze demersuri administrative pentru dumneavoastră. Vă protejează pe dumneavoastră și pe asistentul care vă însoțește. Îi puteți pune capăt oricând.
tm-une-fois-ce-mandat-signe-par = După ce acest mandat este semnat de ambele părți, asistentul se angajează:
tm-realiser-les-demarches-listees-dans-le = să efectueze demersurile enumerate în mandat pe baza informațiilor pe care i le-ați dat;
tm-utiliser-et-enregistrer-seulement-les = să folosească și să înregistreze doar informațiile necesare acestor demersuri;
tm-ne-pas-effectuer-dautres-demarches-que = să nu efectueze alte demersuri decât cele enumerate în mandat;
tm-securiser-lensemble-de-vos-informations = să vă protejeze toate informațiile și să le șteargă când nu mai sunt utile.
tm-connectez-lusager-a-franceconnect = Conectați utilizatorul la FranceConnect
tm-recapitulatif-du-mandat-a-distance = Rezumatul mandatului la distanță
tm-elements-du-mandat = Elementele mandatului
tm-validation-de-lusager = Confirmarea utilizatorului
tm-en-cochant-ces-cases-confirme = Bifând aceste căsuțe, { $name } confirmă:
tm-validation-de-laidant = Confirmarea asistentului
tm-enregistrer-le-mandat = Salvați mandatul

## aidants: login

tm-vous-etes-un-particulier = Sunteți persoană fizică?
tm-aidants-connect-n-est-pas-un = Aidants Connect nu este un instrument pentru persoane fizice sau pentru aparținătorii care îngrijesc pe cineva.
tm-vous-rencontrez-un-probleme-lors-de = Aveți o problemă la conectarea cu France Connect sau la accesarea spațiilor personale ale serviciilor publice (CAF, impozite, ANTS...)? Consultați pagina de ajutor dedicată.
tm-vous-rencontrez-des-difficultes-avec-le = Aveți dificultăți cu instrumentele digitale și ați dori o însoțire dedicată pentru a vă face demersurile sau a deveni mai autonom(ă)? Găsiți un loc aproape de dumneavoastră.

## aidants: aidants_connect_common

tm-adresse-e-mail = Adresă de e-mail

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Număr de telefon mobil
tm-format-attendu-10-chiffres = Format așteptat: 10 cifre
tm-format-attendu-6-chiffres = Format așteptat: 6 cifre
tm-selectionnez-la-ou-les-demarches = Selectați demersul sau demersurile
tm-choisissez-la-duree-du-mandat = Alegeți durata mandatului
tm-code-a-6-chiffres = Cod de 6 cifre
tm-choisir = Alegeți…
tm-exemple-prenom-nom-exemple-fr = Exemplu: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Adresă de e-mail nouă
tm-erreur-veuillez-saisir-uniquement-des = Eroare: introduceți doar adrese de e-mail valide.
tm-telephone-mobile = Telefon mobil

## dsfr: component/checkbox

tm-libelle-checkbox = Eticheta casetei de bifat
tm-libelle-checkbox-sub-et-sup = Eticheta casetei de bifat sub și sup
tm-libelle-case-a-cocher = Eticheta casetei de bifat
tm-theme-clair = Temă luminoasă
tm-theme-sombre = Temă întunecată
tm-systeme = Ca în sistem
tm-legende-pour-lensemble-des-elements = Legendă pentru întregul grup de elemente
tm-choisissez-un-theme-pour-personnaliser = Alegeți o temă pentru a personaliza aspectul site-ului.
tm-texte-de-description-additionnel = Text de descriere suplimentar
tm-utilise-les-parametres-systeme = Folosește setările sistemului
tm-extrait-de-code = Fragment de cod
tm-libelle-bouton = Eticheta butonului
tm-texte-derreur-obligatoire = Text de eroare obligatoriu
tm-texte-de-validation = Text de validare
tm-verifier-ma-demande = Verifică cererea mea
tm-supprimer-le-justificatif-de-domicile = Șterge dovada de domiciliu
tm-la-case-a-cocher-permet-a = Caseta de bifat permite utilizatorului să selecteze una sau mai multe opțiuni dintr-o listă. Se folosește pentru selecții multiple (de la 0 la N elemente) sau pentru o alegere binară, când utilizatorul poate bifa sau debifa o singură opțiune.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Înapoi
tm-case-a-cocher-checkbox = Casetă de bifat (checkbox)
tm-case-a-cocher-seule = Casetă de bifat singură
tm-case-a-cocher-seule-exemple-avec = Casetă de bifat singură, exemplu cu indice și exponent
tm-case-a-cocher-avec-texte-daide = Casetă de bifat cu text de ajutor
tm-case-a-cocher-seule-validee = Casetă de bifat singură, validată
tm-case-a-cocher-seule-avec-erreur = Casetă de bifat singură cu eroare
tm-case-a-cocher-seule-indeterminee = Casetă de bifat singură, nedeterminată
tm-ensemble-de-cases-a-cocher = Grup de casete de bifat
tm-ensemble-de-cases-a-cocher-petite = Grup de casete de bifat, dimensiune mică
tm-ensemble-de-cases-a-cocher-desactivees = Grup de casete de bifat dezactivate
tm-ensemble-de-cases-a-cocher-en = Grup de casete de bifat pe un rând
tm-ensemble-de-cases-a-cocher-avec = Grup de casete de bifat cu text de ajutor
tm-ensemble-de-cases-a-cocher-avec-2 = Grup de casete de bifat cu eroare
tm-ensemble-de-cases-a-cocher-validees = Grup de casete de bifat validate
tm-ensemble-de-cases-a-cocher-avec-3 = Grup de casete de bifat cu eroare, pe un rând
tm-ensemble-de-cases-a-cocher-validees-2 = Grup de casete de bifat validate, pe un rând
tm-ensemble-de-cases-a-cocher-avec-4 = Grup de casete de bifat cu text de ajutor specific
tm-ensemble-de-cases-a-cocher-avec-5 = Grup de casete de bifat cu text de ajutor specific, dimensiune mică
tm-autres-versions = Alte versiuni
tm-parametres-daffichage = Setări de afișare

## dsfr: component/input

tm-libelle-champ-de-saisie = Eticheta câmpului de introducere
tm-envoyer = Trimiteți
tm-supprimer-le-champ = Ștergeți câmpul
tm-placeholder = Text substituent
tm-champ-de-saisie-input = Câmp de introducere (input)
tm-les-champs-permettent-a-un-utilisateur = Câmpurile permit unui utilizator să introducă conținut și date.
tm-champ-de-type-text = Câmp de tip "text"
tm-champ-de-type-number = Câmp de tip "number"
tm-champ-de-type-search = Câmp de tip "search"
tm-champ-de-type-date = Câmp de tip "date"
tm-preferez-l-utilisation-du-modele-de = Folosiți de preferință modelul de bloc de dată unică
tm-champ-de-type-textarea = Câmp de tip "textarea"
tm-champ-de-type-password = Câmp de tip "password"
tm-preferez-l-utilisation-du-composant-mot = Folosiți de preferință componenta Parolă
tm-combo-champ-bouton-d-envoi = Combinație câmp și buton de trimitere
tm-combo-champ-bouton-d-action = Combinație câmp și buton de acțiune
tm-champ-avec-placeholder = Câmp cu text substituent (placeholder)
tm-champ-avec-valeur-initiale = Câmp cu valoare inițială
tm-champ-avec-icone-personalisee = Câmp cu pictogramă personalizată
tm-champ-desactive = Câmp dezactivat
tm-champ-avec-texte-additionnel = Câmp cu text suplimentar
tm-champ-valide-avec-texte-de-succes = Câmp valid cu text de succes
tm-champ-en-erreur-avec-texte-d = Câmp cu eroare și text de eroare

## dsfr: component/password

tm-caracteres-minimum = Minimum { $n ->
        [one] { $n } caracter
        [few] { $n } caractere
       *[other] { $n } de caractere
    }
tm-la-demande-de-mot-de-passe = Cererea de parolă ajută utilizatorul să creeze sau să introducă o parolă.
tm-mot-de-passe-password = Parolă (password)
tm-mot-de-passe-avec-description = Parolă cu descriere
tm-mot-de-passe-apres-validation = Parolă după validare
tm-mot-de-passe-de-connexion = Parolă de conectare

## dsfr: component/radio

tm-libelle-bouton-radio = Eticheta butonului radio
tm-libelle-radio-sup-sub = Eticheta butonului radio sup sub
tm-le-bouton-radio-permettent-a = Butonul radio permite utilizatorului să selecteze o singură opțiune dintr-o listă.
tm-bouton-radio-radio = Buton radio (radio)
tm-bouton-radio-simple = Buton radio simplu
tm-ensemble-de-boutons-radio = Grup de butoane radio
tm-ensemble-de-boutons-radio-petite-taille = Grup de butoane radio, dimensiune mică
tm-ensemble-de-boutons-radio-desactivees = Grup de butoane radio dezactivate
tm-ensemble-de-boutons-radio-en-ligne = Grup de butoane radio pe un rând
tm-ensemble-de-boutons-radio-avec-texte = Grup de butoane radio cu text de ajutor
tm-ensemble-de-boutons-radio-avec-erreur = Grup de butoane radio cu eroare
tm-ensemble-de-boutons-radio-avec-erreur-2 = Grup de butoane radio cu eroare, pe un rând
tm-ensemble-de-boutons-radio-valides = Grup de butoane radio validate
tm-ensemble-de-boutons-radio-valides-en = Grup de butoane radio validate, pe un rând
tm-ensemble-de-boutons-radio-avec-texte-2 = Grup de butoane radio cu text de ajutor specific
tm-ensemble-de-boutons-radio-avec-texte-3 = Grup de butoane radio cu text de ajutor specific, dimensiune mică
tm-ensemble-de-boutons-radio-libelle-en = Grup de butoane radio, etichetă cu indice și exponent
tm-bouton-radio-riche = Buton radio îmbogățit
tm-ensemble-de-boutons-radio-riches-simple = Grup de butoane radio îmbogățite, simplu
tm-ensemble-de-boutons-radio-riches-en = Grup de butoane radio îmbogățite, pe un rând, simplu
tm-ensemble-de-boutons-radio-riches-sans = Grup de butoane radio îmbogățite fără pictogramă
tm-ensemble-de-boutons-radio-riches-sans-2 = Grup de butoane radio îmbogățite fără pictogramă, pe un rând
tm-ensemble-de-boutons-radio-riches-avec = Grup de butoane radio îmbogățite cu texte de ajutor
tm-ensemble-de-boutons-radio-riches-avec-2 = Grup de butoane radio îmbogățite cu texte de ajutor, pe un rând
tm-ensemble-de-boutons-radio-riches-avec-3 = Grup de butoane radio îmbogățite cu eroare și texte de ajutor
tm-ensemble-de-boutons-radio-riches-avec-4 = Grup de butoane radio îmbogățite cu eroare și texte de ajutor, pe un rând
tm-ensemble-de-boutons-radio-riches = Grup de butoane radio îmbogățite dezactivate

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Etichetă pentru lista derulantă
tm-option = Opțiunea { $n }
tm-selectionnez-une-option = Selectați o opțiune
tm-la-liste-deroulante-permet-a-un = Lista derulantă permite unui utilizator să aleagă un element dintr-o listă dată.
tm-liste-deroulante-select = Listă derulantă (select)
tm-liste-deroulante-par-defaut = Listă derulantă implicită
tm-liste-deroulante-desactivee = Listă derulantă dezactivată
tm-liste-deroulante-avec-texte-de = Listă derulantă cu text de descriere
tm-liste-deroulante-valide = Listă derulantă validă
tm-liste-deroulante-erreur = Listă derulantă cu eroare
tm-liste-deroulante-avec-groupe-d-options = Listă derulantă cu grup de opțiuni

## dsfr: component/upload

tm-ajouter-un-fichier = Adăugați un fișier
tm-ajouter-des-fichiers = Adăugați fișiere
tm-ce-composant-permet-aux-utilisateurs-de = Această componentă permite utilizatorilor să selecteze și să trimită unul sau mai multe fișiere.
tm-ajout-de-fichier-upload = Adăugare de fișier (upload)
tm-bouton-upload-1-seul-fichier = Buton de încărcare pentru 1 singur fișier
tm-bouton-upload-avec-erreur = Buton de încărcare cu eroare
tm-bouton-upload-fichiers-multiples = Buton de încărcare pentru mai multe fișiere
tm-bouton-upload-desactive = Buton de încărcare dezactivat

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Conectare la [Numele serviciului sau site-ului]
tm-format-attendu = Format cerut: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect este soluția oferită de stat pentru a face conectarea la serviciile online sigură și simplă.
tm-se-connecter-avec-franceconnect = Conectați-vă cu FranceConnect
tm-vous-navez-pas-de-compte = Nu aveți cont?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Identificator sau parolă incorectă

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Recuperați parola contului dumneavoastră
tm-description-veuillez-saisir-ladresse = Descriere — Vă rugăm să introduceți adresa de e-mail asociată contului dumneavoastră. Vă vom trimite mai multe informații despre cum să vă resetați parola
tm-recuperation-de-mot-de-passe-sur = Recuperarea parolei pe [Numele serviciului sau site-ului]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Detaliu — Dacă nu ați primit niciun e-mail (verificați și dosarul de spam), puteți introduce din nou adresa de e-mail.
tm-votre-demande-de-recuperation-de-mot = Cererea dumneavoastră de recuperare a parolei a fost transmisă. Veți primi un e-mail în câteva momente.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Pagini de conectare

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Crearea unui cont pe [Numele serviciului sau site-ului]
tm-se-creer-un-compte-en-choisissant = Creați-vă un cont alegând un identificator
tm-sauf-mention-contraire-tous-les-champs = Dacă nu se precizează altfel, toate câmpurile sunt obligatorii.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Alegeți un identificator
tm-etape-sur = Pasul { $n } din { $count }
tm-etape-suivante-renseigner-une-identite = Pasul următor: Completați identitatea

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Femeie
tm-masculin = Bărbat
tm-je-n-ai-pas-de-prenom = Nu am prenume
tm-identite-personnelle = Identitate personală
tm-sexe = Sex
tm-renseigner-une-identite = Completați identitatea
tm-etape-suivante-saisir-des-coordonnees = Pasul următor: Introduceți datele de contact

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Completare la adresă (opțional)
tm-coordonnees-personnelles = Date de contact personale
tm-adresse-postale = Adresă poștală
tm-indication-numero-et-voie = Indicație: număr și stradă
tm-indication-batiment-immeuble-escalier-et = Indicație: corp de clădire, bloc, scară și număr de apartament
tm-exemple-montpellier = Exemplu: Montpellier
tm-saisir-des-coordonnees = Introduceți datele de contact

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Pagini de creare a contului

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Contul dumneavoastră a fost creat. În câteva momente veți primi un e-mail cu un link de confirmare.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Contul dumneavoastră a fost activat. Puteți începe să-l folosiți chiar acum.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Localitate (lieu-dit), comună delegată sau căsuță poștală
tm-numero = Număr
tm-voie = Stradă
tm-batiment = Corp de clădire
tm-immeuble = Bloc
tm-escalier = Scară
tm-numero-d-appartement = Număr de apartament
tm-complement-d-adresse-postale = Completare la adresa poștală
tm-la-demande-dadresse-postale-permet = Cererea de adresă poștală ajută utilizatorul să-și introducă adresa.
tm-bloc-fonctionnel-d-adresse-postale = Bloc funcțional de adresă poștală (address)
tm-demande-dune-adresse-postale-nationale = Cererea unei adrese poștale din Franța
tm-demande-dune-adresse-postale-nationale-2 = Cererea unei adrese poștale din Franța + localitate, comună delegată sau căsuță poștală
tm-complement-d-adresse = Completare la adresă

## dsfr: layout/pattern/civility

tm-docteur = Doctor
tm-inspecteur = Inspector
tm-sans-reponse = Fără răspuns
tm-titre-dappel = Formulă de adresare
tm-demande-de-situation-familiale = Cererea situației familiale
tm-demande-du-titre-dappel = Cererea formulei de adresare
tm-concubinage = Concubinaj (cuplu necăsătorit)
tm-pacse = În PACS (parteneriat civil)
tm-marie = Căsătorit(ă)
tm-veuf = Văduv(ă)
tm-divorce = Divorțat(ă)
tm-recteur = Rector
tm-proviseur = Director de liceu
tm-professeur = Profesor
tm-principal = Director de gimnaziu
tm-la-demande-de-civilite-permet-a = Cererea datelor de stare civilă permite unui utilizator să-și indice datele (sex, situație familială, formulă de adresare).
tm-les-boutons-radios-sont-recommandes = Butoanele radio sunt recomandate când utilizatorul trebuie să aleagă un element dintre 2 și 5 variante posibile.
tm-au-dela-de-5-choix-ou = Peste 5 variante sau când spațiul nu este suficient, este preferabil să folosiți o listă derulantă.
tm-bloc-fonctionnel-de-civilite-civility = Bloc funcțional de stare civilă (civility)
tm-demande-du-sexe = Cererea sexului

## dsfr: layout/pattern/company

tm-numero-de-siret = Număr SIRET
tm-denomination = Denumire
tm-cedex = Cedex (cod poștal special)
tm-type-de-societe = Tip de societate
tm-nom-d-usage = Nume folosit
tm-nom-de-naissance = Nume la naștere
tm-fonction-dans-la-societe = Funcția în societate
tm-siret-de-l-entreprise = SIRET-ul întreprinderii
tm-representant-moral-de-l-entreprise = Reprezentantul legal al întreprinderii
tm-indication-nom-de-famille-non-rectifie = Indicație: nume de familie nerectificat după decizia instanței.
tm-france = Franța
tm-allemagne = Germania
tm-italie = Italia
tm-espagne = Spania
tm-royaume-uni = Regatul Unit
tm-entrepreneur-individuel-ei = Întreprinzător individual (EI)
tm-entreprise-unipersonnelle-a = Societate cu răspundere limitată cu asociat unic (EURL)
tm-societe-a-responsabilite-limitee-sarl = Societate cu răspundere limitată (SARL)
tm-societe-par-actions-simplifiee = Societate pe acțiuni simplificată cu acționar unic (SASU)
tm-societe-par-actions-simplifiee-sas = Societate pe acțiuni simplificată (SAS)
tm-societe-anonyme-sa = Societate pe acțiuni (SA)
tm-societe-en-nom-collectif-snc = Societate în nume colectiv (SNC)
tm-societe-en-commandite-simple-scs = Societate în comandită simplă (SCS)
tm-societe-en-commandite-par-actions-sca = Societate în comandită pe acțiuni (SCA)
tm-la-demande-de-renseignement-sur-la = Cererea de informații despre societate ajută utilizatorul să introducă datele societății sale.
tm-bloc-fonctionnel-de-societe-company = Bloc funcțional de societate (company)
tm-demande-d-un-numero-de-siret = Cererea unui număr SIRET
tm-demande-dune-adresse-de-siege-social = Cererea adresei sediului social
tm-demande-dun-type-de-societe = Cererea tipului de societate
tm-demande-dun-representant-moral = Cererea unui reprezentant legal

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Indicație: text de descriere suplimentar
tm-exemple-2 = Exemplu: { $n }
tm-le-jour-est-invalide = Ziua nu este validă
tm-le-mois-est-invalide = Luna nu este validă
tm-lannee-est-invalide = Anul nu este valid
tm-le-jour-est-invalide-le-mois-est = Ziua nu este validă Luna nu este validă Anul nu este valid
tm-la-date-est-posterieure-a-aujourdhui = Data este ulterioară zilei de azi
tm-le-champ-de-saisie-de-date = Câmpul de introducere a datei fixe este alcătuit din trei câmpuri de text.
tm-bloc-fonctionnel-de-date-unique-date = Bloc funcțional de dată unică (date)
tm-defaut = Implicit
tm-erreur-unitaire = Eroare într-un câmp
tm-erreur-globale = Eroare globală

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Indicație: această adresă este folosită doar pentru conectarea la serviciu.
tm-le-format-de-ladresse-electronique = Formatul adresei de e-mail introduse nu este valid. Formatul cerut este: { $email }
tm-la-demande-d-email-est-un = Cererea de e-mail este un bloc funcțional pentru introducerea unei adrese de e-mail.
tm-bloc-fonctionnel-de-demande-d-email = Bloc funcțional de cerere de e-mail (email)
tm-demande-d-une-adresse-electronique = Cererea unei adrese de e-mail
tm-demande-d-une-adresse-electronique-2 = Cererea unei adrese de e-mail - Eroare
tm-demande-et-indication-de-traitement-dune = Cererea unei adrese de e-mail cu indicarea modului de prelucrare
tm-demande-et-indication-de-traitement-dune-2 = Cererea unei adrese de e-mail cu indicarea modului de prelucrare - Eroare

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Indicație: numele anterior…
tm-ajouter-un-prenom = Adăugați un prenume
tm-la-demande-de-nom-et-prenom = Cererea de nume și prenume ajută utilizatorul să-și introducă numele și prenumele.
tm-bloc-fonctionnel-de-nom-et-prenom = Bloc funcțional de nume și prenume (name)
tm-demande-dun-nom-et-dun-prenom = Cererea numelui și prenumelui în Franța
tm-avec-prenom-desactive = Cu prenumele dezactivat
tm-avec-nom-d-usage = Cu nume folosit
tm-avec-nom-d-usage-prenom-desactive = Cu nume folosit + prenume dezactivat
tm-avec-bouton = Cu buton
tm-avec-bouton-prenom-desactive = Cu buton + prenume dezactivat
tm-demande-dun-nom-et-dun-prenom-2 = Cererea numelui și prenumelui în format internațional

## dsfr: layout/pattern/nationality

tm-nationalite = Cetățenie
tm-allemande = Germană
tm-italienne = Italiană
tm-espagnole = Spaniolă
tm-la-demande-de-nationalite-permet-daider = Cererea de cetățenie ajută utilizatorul să-și indice cetățenia.
tm-bloc-fonctionnel-de-nationalite = Bloc funcțional de cetățenie (nationality)
tm-demande-de-nationalite = Cererea cetățeniei

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Număr de telefon
tm-format-attendu-33-5-36-49 = Format cerut: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = Formatul numărului de telefon introdus nu este valid. Formatul cerut este: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = Cererea de număr de telefon este un bloc funcțional pentru introducerea unui număr de telefon.
tm-bloc-fonctionnel-de-telephone-tel = Bloc funcțional de telefon (tel)
tm-demande-d-un-numero-de-telephone = Cererea unui număr de telefon
tm-demande-d-un-numero-de-telephone-2 = Cererea unui număr de telefon - Eroare

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Cerere de permis de ședere – viață privată și de familie
tm-identite-et-situation-familiale = Identitate și situație familială
tm-les-champs-suivis-dun-asterisque-sont = Câmpurile urmate de un asterisc ( * ) sunt obligatorii.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Dacă aveți mai multe prenume, indicați-le pe toate, separate prin virgulă.
tm-algerienne = Algeriană
tm-afghane = Afgană
tm-erythreenne = Eritreeană
tm-georgienne = Georgiană
tm-ukrainienne = Ucraineană
tm-votre-situation-a-la-date-de = Situația dumneavoastră la data cererii
tm-avez-vous-des-enfants-a-charge = Aveți copii în întreținere?
tm-nom-et-prenom-du-conjoint = Numele și prenumele soțului sau soției
tm-date-du-mariage = Data căsătoriei
tm-date-de-conclusion-du-pacs = Data încheierii PACS (parteneriat civil)
tm-ajouter-un-enfant = Adăugați un copil
tm-enfant-n = Copilul cu numărul { $numero }
tm-prenom-de-lenfant = Prenumele copilului
tm-date-de-naissance-de-lenfant = Data nașterii copilului
tm-supprimer-lenfant-n = Ștergeți copilul cu numărul { $numero }
tm-etape-suivante-recapitulatif = Pasul următor: Rezumat
tm-exemple-06-12-34-56-78 = Exemplu: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 cifre, apare pe permisul de ședere sau pe recipisa dumneavoastră (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = Declar pe propria răspundere că informațiile furnizate sunt exacte
tm-une-erreur-est-survenue-votre-dossier = A apărut o eroare Dosarul dumneavoastră nu a putut fi depus. Corectați câmpurile semnalate, apoi depuneți din nou dosarul.
tm-le-champ-adresse-electronique-est = Câmpul „Adresă de e-mail” („Adresse électronique”) nu este valid. Introduceți o adresă de e-mail validă, de exemplu nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = Câmpul „Număr de străin” („Numéro étranger”) trebuie să aibă 10 cifre
tm-recapitulatif = Rezumat
tm-votre-dossier-a-bien-ete-depose = Dosarul dumneavoastră a fost depus
tm-un-courriel-de-confirmation-vous-a = Vi s-a trimis un e-mail de confirmare la adresa { $email }.
tm-enfants-a-charge = Copii în întreținere

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Programare – Ghișeul pentru permise de ședere
tm-vous-pouvez-prendre-rendez-vous-au = Puteți face o programare la ghișeul „Permise de ședere” („Titres de séjour”) al prefecturii. Înainte de a începe, citiți condițiile de utilizare a serviciului: o singură programare de persoană, orice cerere incompletă va fi anulată.
tm-jaccepte-les-conditions-generales = Accept condițiile generale de utilizare
tm-vos-informations = Datele dumneavoastră
tm-choisissez-le-motif-qui-correspond-a = Alegeți motivul care corespunde situației dumneavoastră
tm-remise-de-titre-de-sejour = Ridicarea permisului de ședere
tm-premiere-demande-de-titre-de-sejour = Prima cerere de permis de ședere – student
tm-renouvellement-de-titre-de-sejour = Reînnoirea permisului de ședere – salariat
tm-duplicata-de-titre-de-sejour-perte = Duplicat al permisului de ședere (pierdere sau furt)
tm-changement-dadresse-sur-le-titre-de = Schimbarea adresei pe permisul de ședere
tm-tel-quil-figure-sur-votre-passeport = Așa cum apare în pașaportul dumneavoastră
tm-la-convocation-vous-sera-envoyee-a = Convocarea (convocation) vă va fi trimisă la această adresă
tm-etape-suivante = Pasul următor
tm-veuillez-choisir-le-motif-de-votre = Vă rugăm să alegeți motivul programării
tm-ce-champ-est-obligatoire = Acest câmp este obligatoriu
tm-veuillez-saisir-une-adresse-electronique = Vă rugăm să introduceți o adresă de e-mail validă
tm-le-numero-etranger-comporte-10-chiffres = Numărul de străin are 10 cifre
tm-recommencer = Reîncepeți

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Declarați veniturile primite de gospodăria dumneavoastră în ultimele trei luni. Fără această declarație, plata RSA sau a primei de activitate (prime d’activité) va fi suspendată.
tm-7-chiffres-il-figure-sur-tous = 7 cifre, apare pe toate scrisorile de la Caf
tm-avez-vous-percu-des-salaires-au = Ați primit salarii în cursul trimestrului?
tm-votre-situation-familiale-a-t-elle = S-a schimbat situația dumneavoastră familială?
tm-indiquez-le-montant-net-avant = Indicați suma netă înainte de reținerea la sursă sau 0 dacă nu ați primit nimic în luna respectivă.
tm-montant-des-salaires-percus-mois-en = Suma salariilor primite – luna { $n } (în euro)
tm-salaire-net-primes-comprises = Salariu net, inclusiv primele
tm-nature-du-changement = Natura schimbării
tm-choisissez = Alegeți…
tm-mariage = Căsătorie
tm-pacs = PACS (parteneriat civil)
tm-vie-en-couple = Viață în cuplu
tm-separation = Separare
tm-naissance-ou-arrivee-dun-enfant = Nașterea sau venirea unui copil
tm-deces-du-conjoint = Decesul soțului sau soției
tm-date-du-changement = Data schimbării
tm-a-savoir-la-date-figure-sur = De știut: data apare pe act sau pe documentul justificativ al schimbării (ZZ/LL/AAAA).
tm-le-numero-allocataire-comporte-7 = Numărul de beneficiar are 7 cifre.
tm-indiquez-un-montant-en-euros-par = Indicați o sumă în euro, de exemplu 1250 sau 0.
tm-la-date-doit-etre-au-format = Data trebuie să fie în formatul ZZ/LL/AAAA.
tm-votre-declaration-contient-erreurs = Declarația dumneavoastră conține { $n ->
        [one] { $n } eroare
        [few] { $n } erori
       *[other] { $n } de erori
    }.
tm-envoi-de-votre-declaration-en-cours = Declarația dumneavoastră se trimite…
tm-votre-declaration-a-bien-ete-enregistree = Declarația dumneavoastră a fost înregistrată.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Sesiunea dumneavoastră a expirat Din motive de securitate, ați fost deconectat. Vă rugăm să vă reconectați.
tm-veuillez-saisir-votre-identifiant-votre = Vă rugăm să introduceți identificatorul: numărul de străin sau adresa de e-mail.

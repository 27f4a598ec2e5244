### Relais interface strings, Romanian. Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Fereastra extensiei (Popup)
popup-title = Relais
popup-language = Limba dumneavoastră
popup-site-on = Afișează traducerile pe acest site
popup-site-unsupported = Relais funcționează pe site-urile serviciilor publice franceze. Această pagină nu este unul dintre ele.
popup-site-add = Folosește Relais și pe acest site
popup-unreviewed = Această traducere a fost făcută de un program și nu a fost încă verificată de un vorbitor nativ. Dacă ceva nu este clar, cereți ajutorul unui mediator.
popup-reviewed = Această traducere a fost verificată de un vorbitor nativ.
popup-produced = Cum a fost făcută această traducere: { $produced }
popup-error = Relais nu a putut porni: { $detail }

## Pe paginile portalurilor (Overlay on portal pages)
overlay-explain = Explică
overlay-unreviewed = Traducere neverificată încă de un vorbitor nativ.
overlay-fallback = Încă netradus în limba dumneavoastră: afișat în altă limbă.
overlay-read-aloud = Citește cu voce tare
overlay-no-voice = Acest calculator nu are o voce pentru limba dumneavoastră. Puteți asculta în franceză.
overlay-hard = Text dificil în franceză: citiți încet sau cereți ajutorul unui mediator.
overlay-close = Închide
overlay-read-french = Citește în franceză
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Cuvinte cheie:
overlay-translation-unreviewed = traducere încă neverificată
overlay-translation-by-portal = traducerea site-ului însuși
overlay-source = Sursa: { $name }, verificat la { $date }

## Erori (Errors — each names the Rust error it explains)
error-protocol = Relais a primit un mesaj pe care nu îl înțelege. ({ $detail })
error-unknown-language = Relais nu are încă această limbă.
error-locale = Un fișier de limbă al Relais este deteriorat. Alegeți altă limbă sau reinstalați Relais. ({ $detail })
error-not-loaded = Limba încă se încarcă. Încercați din nou peste câteva clipe.

## Ajutor pentru CAPTCHA (CAPTCHA hints — Relais never solves a CAPTCHA: it explains it)
captcha-title = Verificare de securitate: „Je ne suis pas un robot” (Nu sunt un robot)
captcha-what = Site-ul vă cere să dovediți că sunteți o persoană, nu un program de calculator. Relais nu răspunde în locul dumneavoastră: iată cum puteți trece de această verificare.
captcha-steps-captchetat = Scrieți în câmp literele și cifrele din imagine, exact cum le vedeți, fără spații.
captcha-audio-captchetat = Ca să auziți codul, folosiți butonul cu difuzor: „Énoncer le code” (Spune codul). Puteți asculta de câte ori aveți nevoie. Butonul cu săgeți arată o imagine nouă.
captcha-steps-recaptcha-v2 = Bifați căsuța „Je ne suis pas un robot” (Nu sunt un robot). Dacă apar imagini, alegeți-le pe cele cerute și apăsați „Valider” (Confirmă).
captcha-audio-recaptcha-v2 = Dacă nu vedeți bine imaginile, apăsați butonul cu căști din fereastra cu imagini: veți auzi cuvinte pe care trebuie să le scrieți. Le puteți asculta din nou.
captcha-steps-recaptcha-invisible = Nu trebuie să faceți nimic: această verificare se face singură. Dacă pagina spune că păreți un robot, așteptați puțin și încercați din nou.
captcha-steps-hcaptcha = Bifați căsuța „Je suis un humain” (Sunt om). Dacă apar imagini, alegeți-le pe cele cerute.
captcha-audio-hcaptcha = hCaptcha are o opțiune de accesibilitate: în fereastra cu imagini, deschideți meniul ca să cereți o întrebare scrisă, sau înscrieți-vă o singură dată pentru cookie-ul de accesibilitate hCaptcha.
captcha-steps-turnstile = De obicei nu trebuie să faceți nimic. Dacă apare o căsuță, bifați-o și așteptați câteva secunde.
captcha-steps-friendly-captcha = Verificarea se face singură. Așteptați până scrie că verificarea s-a terminat; dacă vă cere, apăsați butonul ei.
captcha-steps-image = Copiați caracterele din imagine în câmpul de alături.
captcha-audio-image = Dacă există un buton pentru ascultare sau pentru o imagine nouă, îl puteți folosi de câte ori aveți nevoie.
captcha-steps-question = Răspundeți la întrebare în câmp. Este o întrebare simplă, de exemplu o adunare.
captcha-fails = Dacă tot nu merge, cereți ajutorul unui mediator. Relais notează fiecare eșec în jurnalul dumneavoastră, ca dovadă. Aveți dreptul să cereți administrației un alt mod de a face această procedură, fără internet.
captcha-go-audio = Mergi la versiunea audio
captcha-go-widget = Mergi la verificare
captcha-blocked = Această verificare de securitate a eșuat { $count ->
        [one] o dată
        [few] de { $count } ori
       *[other] de { $count } de ori
    }. Relais a notat acest lucru.

## Jurnalul de dovezi (Evidence journal)
popup-journal = Deschide jurnalul meu
popup-report = Asta mă blochează: înregistrează această pagină
popup-report-note = Ce s-a întâmplat? (opțional)
popup-recorded = Înregistrat în jurnalul dumneavoastră.
journal-title = Jurnalul meu de dovezi
journal-intro = Fiecare eșec întâlnit pe un portal, înregistrat automat de Relais. Fiecare înregistrare este legată de cea dinainte, așa că nimeni nu o poate schimba fără să se vadă.
journal-empty = Nimic înregistrat încă.
journal-per-day = Încercări pe zi
journal-attempts = Încercări: { $count }
journal-delete = Șterge această intrare
journal-delete-confirm = Ștergeți această intrare? Ea rămâne în jurnal ca ștergere, cu motivul dumneavoastră.
journal-export = Exportă pachetul (ZIP) pentru un avocat
journal-print = Tipărește dosarul (PDF)
journal-import = Importă un pachet de pe alt calculator
journal-import-ok = Pachet verificat și importat: { $count ->
        [one] { $count } înregistrare
        [few] { $count } înregistrări
       *[other] { $count } de înregistrări
    }.
journal-import-refused = Pachet refuzat, jurnalul dumneavoastră nu s-a schimbat: { $detail }
journal-error = Jurnalul nu a putut fi citit: { $detail }
journal-storage-full = Înregistrat în jurnalul dumneavoastră, dar fără captura de ecran: spațiul de stocare al acestui browser este plin. Exportați jurnalul, apoi eliberați spațiu.
journal-not-recorded = Relais nu a putut înregistra acest eșec în jurnalul dumneavoastră. Faceți dumneavoastră o captură de ecran.

## Modul mediator: bara de pe pagina portalului, pagina mediatorului, fereastra extensiei
popup-mediator-start = Începe o întâlnire de mediere
popup-mediator-on = O întâlnire de mediere este în curs.
popup-mediator-open = Fraze, notițe, sfârșitul întâlnirii
mediator-bar = Relais, modul mediator
mediator-language = Limba persoanei:
mediator-read-field = Citește acest câmp cu voce tare
mediator-no-field = Mai întâi faceți clic într-un câmp al formularului sau ajungeți la el cu tasta Tab.
mediator-smaller = Text mai mic
mediator-larger = Text mai mare
mediator-phrases = Fraze
mediator-notes = Notițe
mediator-end = Încheie întâlnirea
mediator-title = Întâlnire de mediere
mediator-intro = Pentru un mediator și persoana de lângă el, în fața aceluiași ecran. Notițele și frazele secrete se scriu doar pe această pagină, niciodată pe site.
mediator-session-title = Întâlnire
mediator-session-on = O întâlnire este în curs. Început: { $started }.
mediator-no-session = Nicio întâlnire nu este în curs. Alegeți limba persoanei, apoi începeți o întâlnire.
mediator-choose-language = Limba persoanei
mediator-start = Începe o întâlnire
mediator-started = Întâlnirea a început. Site-ul arată acum franceza și limba persoanei, una lângă alta.
mediator-phrases-title = Cartonașe cu fraze
mediator-unreviewed = Traducere neverificată încă de un vorbitor nativ.
mediator-card-read = Citește cu voce tare
mediator-card-close = Închide
mediator-notes-title = Notițele întâlnirii
mediator-notes-help = Păstrate doar în timpul acestei întâlniri, dacă persoana nu alege să le păstreze împreună cu jurnalul ei.
mediator-notes-saved = Notițe salvate pentru această întâlnire.
mediator-end-title = Încheie întâlnirea
mediator-end-help = Tot ce ține de această întâlnire este șters de pe acest calculator: limba, notițele, jurnalul, capturile. Persoana își poate păstra jurnalul într-un profil protejat cu o frază secretă.
mediator-keep-legend = Ce păstrați?
mediator-keep-none = Nu păstra nimic
mediator-keep-profile = Păstrează jurnalul într-un profil protejat cu o frază secretă
mediator-profile-name = Numele profilului (ajung inițialele sau o poreclă)
mediator-passphrase = Frază secretă (cel puțin 8 caractere)
mediator-passphrase-again = Frază secretă, încă o dată
mediator-keep-notes = Păstrează notițele împreună cu jurnalul
mediator-end-button = Încheie întâlnirea acum
mediator-ended = Întâlnirea s-a încheiat. Nu a rămas nimic din ea pe acest calculator.
mediator-ended-kept = Întâlnirea s-a încheiat. Jurnalul este păstrat în profilul protejat „{ $profile }”; nu a rămas nimic altceva pe acest calculator.
mediator-profile-name-needed = Dați un nume profilului.
mediator-passphrase-short = Fraza secretă trebuie să aibă cel puțin 8 caractere.
mediator-passphrase-mismatch = Cele două fraze secrete sunt diferite.
mediator-wrong-passphrase = Această frază secretă nu deschide acest profil. Nu s-a schimbat nimic.
mediator-profiles-title = Profiluri păstrate pe acest calculator
mediator-profiles-empty = Niciun profil nu este păstrat pe acest calculator.
mediator-profile-dates = Creat: { $created }. Ultima salvare: { $updated }.
mediator-profile-open = Deschide și începe o întâlnire
mediator-profile-opened = Profilul „{ $profile }” este deschis: o întâlnire este în curs cu jurnalul lui.
mediator-profile-export = Exportă jurnalul (ZIP)
mediator-profile-delete = Șterge
mediator-profile-delete-confirm = Ștergeți acest profil și jurnalul lui de pe acest calculator? Nu se mai poate anula.
mediator-profile-deleted = Profilul „{ $profile }” a fost șters.

## Pagina jurnalului: grupare și notițe
journal-notes = Notițe
journal-note-add = Adaugă o notiță
journal-note-label = Notița dumneavoastră (este adăugată în lanț cu ora ei și nu mai poate fi schimbată)
journal-note-save = Salvează notița
journal-note-journal = Notiță despre tot jurnalul
journal-note-saved = Notiță salvată în jurnal.
journal-research = Împărtășește cifre anonime pentru cercetare

## Export pentru cercetare
research-title = Împărtășește cifre anonime pentru cercetare
research-intro = Cercetători și asociații numără eșecurile pe care oamenii le întâlnesc pe site-urile serviciilor publice franceze, ca să arate unde aceste site-uri îi blochează pe oameni. Le puteți da cifre din jurnalul dumneavoastră. Relais nu trimite nimic singur: descărcați un fișier și alegeți cui să-l dați.
research-shared-title = Ce conține fișierul
research-shared = Un rând pentru fiecare eșec și fiecare oră: portalul, demersul, tipul de eșec, mesajul portalului cu datele personale înlocuite (de exemplu [PHONE] în loc de un număr de telefon), ora rotunjită în jos și în timp universal (UTC), ziua săptămânii, numărul de încercări, familia browserului dumneavoastră, versiunea Relais, un identificator de participant și un identificator de fișier, nou pentru fiecare fișier.
research-never-title = Ce nu conține niciodată
research-never = Nicio captură de ecran, nicio adresă de pagină, niciun titlu de pagină, nicio notiță, nicio oră exactă la minut, nimic din ce ați scris. Intrările pe care le-ați șters din jurnal sunt lăsate deoparte. Când ați apăsat „Asta mă blochează”, ce ați scris nu este împărtășit: acele rânduri au un mesaj gol.
research-contributor = Identificator de participant: { $id }
research-contributor-help = Un număr ales la întâmplare de Relais pe acest calculator. Le permite cercetătorilor să numere câte persoane diferite au trimis cifre, fără să știe cine sunt. Este același în toate fișierele dumneavoastră; puteți alege unul nou oricând.
research-contributor-new = Alege un nou identificator de participant
research-contributor-changed = A fost ales un nou identificator de participant. Rândurile de mai jos îl poartă.
research-departement-label = Departamentul dumneavoastră (opțional)
research-departement-none = Nu este împărtășit
research-departement-consent = Dacă alegeți un departament, sunteți de acord ca el să fie adăugat la fiecare rând al fișierului. Lăsați „Nu este împărtășit” ca să nu fie dat.
research-table-caption = Rândurile fișierului: { $count }. Debifați un rând ca să-l lăsați deoparte.
research-col-include = Include
research-col-portal = Portal
research-col-procedure = Demers
research-col-kind = Eșec
research-col-message = Mesajul portalului (fără date personale)
research-col-hour = Ora (UTC)
research-col-weekday = Ziua
research-col-attempts = Încercări
research-include-label = Include rândul { $n }: { $portal }, { $kind }, { $hour }
research-every-line = Fiecare rând mai poartă: identificator de participant { $id }, browser { $browser }, Relais { $version }, versiunea formatului { $schema }, departament: { $departement }.
research-departement-not-shared = nu este împărtășit
research-download-jsonl = Descarcă fișierul (JSON Lines)
research-download-csv = Descarcă fișierul (CSV, pentru un tabel de calcul)
research-downloaded = Fișier gata: { $file }, { $count ->
        [one] { $count } rând
        [few] { $count } rânduri
       *[other] { $count } de rânduri
    }.
research-nothing-selected = Niciun rând nu este bifat: nu este nimic de descărcat.
research-empty = Jurnalul dumneavoastră nu are încă niciun eșec de împărtășit.
research-left-out = Unele intrări din jurnal nu au putut fi transformate în rânduri și sunt lăsate deoparte: { $count }.
research-error = Fișierul pentru cercetare nu a putut fi creat: { $detail }
research-kind-no-slot = Nicio programare liberă
research-kind-http-error = Eroare a site-ului
research-kind-network-error = Site-ul nu răspunde
research-kind-technical-error = Eroare tehnică
research-kind-service-unavailable = Serviciu indisponibil
research-kind-session-expired = Sesiune expirată
research-kind-file-refused = Document refuzat
research-kind-account-locked = Cont blocat
research-kind-wrong-credentials = Identificator sau parolă incorectă
research-kind-captcha-blocked = Verificare de securitate (CAPTCHA)
research-kind-form-error = Formular refuzat
research-kind-user-reported = Semnalat de dumneavoastră
research-kind-other = Altele
journal-tsa-title = Oră de încredere (opțional)
journal-tsa-help = O autoritate de marcare temporală (RFC 3161) poate semna amprenta ultimei înregistrări din jurnalul dumneavoastră: asta dovedește că jurnalul exista la acea oră. Relais îi trimite doar această amprentă, nimic din înregistrările dumneavoastră. Cel mai bine este să folosiți două autorități independente.
journal-tsa-urls = Adresele autorităților de marcare temporală, câte una pe rând
journal-tsa-button = Pune acum marca temporală pe jurnalul meu
journal-tsa-ok = Marcă temporală pusă de { $tsa }.
journal-tsa-failed = Marca temporală nu a putut fi pusă ({ $tsa }): { $detail }
journal-tsa-denied = Relais are nevoie de permisiunea dumneavoastră ca să contacteze aceste adrese. Nu s-a trimis nimic.

## Untranslated strings page
untranslated-title = Texte fără traducere
untranslated-intro = Textele portalurilor pe care acest calculator le-a întâlnit fără traducere completă, numărate fără date personale: numerele, datele și adresele sunt înlocuite cu variabile. Nimic nu părăsește calculatorul: puteți exporta lista pentru traducători.
untranslated-lang-label = Limba traducerii
untranslated-col-french = Text în franceză
untranslated-col-portal = Portal
untranslated-col-kind = Tip
untranslated-col-count = Ori
untranslated-col-last = Ultima dată
untranslated-export = Exportă pentru traducători (fișier PO)
untranslated-clear = Șterge lista
untranslated-clear-confirm = Ștergeți toate textele numărate pe acest calculator?
untranslated-cleared = Lista a fost ștearsă.
untranslated-empty = Niciun text fără traducere pentru această limbă.
untranslated-count =
    { $count ->
        [one] Un text fără traducere.
        [few] { $count } texte fără traducere.
       *[other] { $count } de texte fără traducere.
    }
untranslated-exported = Fișier gata: { $file }, texte: { $count }.
popup-untranslated = Texte fără traducere

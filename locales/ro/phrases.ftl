### Relais: mediator-mode phrase cards, Romanian.
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Folosite la începutul și la sfârșitul fiecărei întâlniri: primire, acordul persoanei, ce facem, viața privată, încheiere.
## General: primire, acord, explicație, viață privată, încheiere

phrase-general-hello = Bună ziua. Sunt aici ca să vă ajut cu demersul dumneavoastră online.
phrase-general-together = Vom face demersul împreună, pe acest calculator.
phrase-general-your-choice = Dumneavoastră decideți. Nu fac nimic fără acordul dumneavoastră.
phrase-general-translation-tool = Acest program traduce cuvintele de pe site în limba dumneavoastră. Poate face greșeli.
phrase-general-read-aloud = Voi citi mesajul cu voce tare.
phrase-general-understood = Ați înțeles? Pot să repet sau să explic altfel.
phrase-general-interpreter = Doriți un interpret, aici sau la telefon?
phrase-general-nothing-sent = Relais nu trimite informațiile dumneavoastră nimănui. Doar site-ul administrației primește ce scrieți.
phrase-general-keep-data = Doriți să păstrați aceste informații pe acest calculator, protejate cu o parolă?
phrase-general-passphrase = Alegeți o frază secretă ca să vă protejați informațiile. Nu o spuneți nimănui.
phrase-general-erased-at-end = La sfârșit, informațiile dumneavoastră sunt șterse de pe acest calculator, dacă nu alegeți să le păstrați.
phrase-general-log-out = Mă deconectez din contul dumneavoastră, apoi închid pagina.
phrase-general-finished = Am terminat pentru azi. Păstrați bine toate actele.
phrase-general-come-back = Puteți reveni la mine dacă aveți o întrebare sau o scrisoare nouă.

# Folosite când site-ul cere identitatea: acte, nume, data și locul nașterii, adresă.
## Identitate: acte, nume, date

phrase-identity-passport = Aveți pașaportul sau cartea de identitate?
phrase-identity-show-papers = Puteți să-mi arătați toate actele pe care le-ați adus?
phrase-identity-name-as-passport = Scriem numele dumneavoastră exact ca în pașaport.
phrase-identity-other-spelling = Numele dumneavoastră este scris altfel pe alte acte?
phrase-identity-no-first-name = Dacă nu aveți prenume, spuneți-mi. Unele site-uri au o căsuță pentru asta.
phrase-identity-birth-date = Care este data nașterii dumneavoastră? În Franța se scrie ziua, apoi luna, apoi anul.
phrase-identity-birth-place = Care este locul nașterii dumneavoastră? Spuneți-mi orașul și țara.
phrase-identity-birth-certificate = Site-ul cere certificatul dumneavoastră de naștere. Îl aveți, în original sau în copie?
phrase-identity-not-recognised = Site-ul nu recunoaște acest document. Nu este vina dumneavoastră.
phrase-identity-photo-consent = Pot să fac o fotografie acestui document ca să o trimit pe site?
phrase-identity-mail-address = Aveți o adresă unde să primiți scrisorile? Poate fi o asociație.

# Folosite pentru ședere: permis de ședere, récépissé, număr de străin, site-ul ANEF, convocarea de la prefectură.
## Ședere: permis de ședere, récépissé, număr de străin, ANEF, convocare

phrase-residence-permit-number = Aveți numărul permisului de ședere? Este pe card sau pe recipisă (récépissé).
phrase-residence-foreign-number = Numărul de străin are 10 cifre. Este scris pe permisul de ședere și pe recipisă.
phrase-residence-anef-account = Aveți deja un cont pe site-ul ANEF?
phrase-residence-anef-username = Pe ANEF, identificatorul (identifiant) este adesea numărul dumneavoastră de străin.
phrase-residence-end-date = Să ne uităm împreună la data de expirare a permisului de ședere.
phrase-residence-renew-early = Trebuie să cereți reînnoirea înainte de data de expirare. Nu așteptați până în ultimul moment.
phrase-residence-recepisse = Aveți o recipisă (récépissé)? Este hârtia care dovedește că cererea dumneavoastră este în curs.
phrase-residence-proof-of-submission = Să descărcăm adeverința de depunere (attestation de dépôt). Ea dovedește că ați trimis cererea.
phrase-residence-file-number = Să notăm numărul dosarului dumneavoastră. Trebuie să-l copiați în fiecare mesaj.
phrase-residence-automatic-reply = Acest mesaj este un răspuns automat. Nimeni nu v-a citit încă cererea.
phrase-residence-convocation = Ați primit o convocare (convocation)? Arătați-mi scrisoarea sau mesajul.
phrase-residence-convocation-bring = În ziua programării, aduceți convocarea și toate actele cerute în scrisoare.

# Folosite pentru programările online la prefectură: niciun interval liber, noi încercări, dovezi, judecător și référé (procedură de urgență).
## Programări: prefectură, niciun interval liber, dovezi, judecător

phrase-appointment-no-slot = Site-ul spune că nu există nicio programare liberă.
phrase-appointment-not-your-fault = Nu este vina dumneavoastră. Multe persoane nu reușesc să obțină o programare.
phrase-appointment-try-tomorrow = Vom încerca din nou mâine dimineață.
phrase-appointment-screenshot-proof = Această captură de ecran dovedește că nu era nicio programare.
phrase-appointment-journal = Relais notează fiecare încercare în jurnalul dumneavoastră, cu data și ora.
phrase-appointment-try-often = Ca să aveți dovezi, trebuie să încercați des, timp de mai multe săptămâni.
phrase-appointment-without-me = Dacă încercați fără mine, faceți de fiecare dată o captură de ecran.
phrase-appointment-judge = Cu aceste dovezi, un avocat poate cere judecătorului să oblige prefectura să vă dea o programare.
phrase-appointment-legal-aid = Dacă aveți venituri mici, ajutorul public judiciar (aide juridictionnelle) poate plăti avocatul.
phrase-appointment-export-consent = Doriți să pregătesc dosarul de dovezi pentru avocatul dumneavoastră?
phrase-appointment-got-slot = Aveți o programare. Să notăm data, ora și adresa.
phrase-appointment-confirmation = Păstrați e-mailul de confirmare. Poate va trebui să-l arătați la intrare.

# Folosite pentru CAF: numărul de beneficiar, declarația trimestrială de venituri, plăți, datele bancare.
## Prestații: CAF, declarația trimestrială, bancă

phrase-benefits-claimant-number = Aveți numărul de beneficiar CAF (numéro allocataire)? Este sus, pe scrisorile de la CAF.
phrase-benefits-quarterly = La fiecare 3 luni, trebuie să vă declarați veniturile la CAF.
phrase-benefits-payments-stop = Fără această declarație, CAF nu mai plătește.
phrase-benefits-income-per-month = Câți bani ați primit în fiecare lună, în ultimele 3 luni?
phrase-benefits-payslips = Aveți fluturașii de salariu sau extrasele de cont din aceste 3 luni?
phrase-benefits-rib = Aveți un RIB? Este hârtia de la bancă cu numerele contului dumneavoastră.
phrase-benefits-rib-name = Contul bancar trebuie să fie pe numele dumneavoastră.
phrase-benefits-check-payments = Să ne uităm la plățile dumneavoastră în spațiul personal CAF.
phrase-benefits-caf-message = CAF v-a scris. Voi citi mesajul împreună cu dumneavoastră.
phrase-benefits-caf-appointment = Putem cere o programare la un consilier CAF.

# Folosite pentru sănătate: contul Ameli, cardul Vitale, numărul de asigurare socială, ajutorul medical de stat (AME).
## Sănătate: Ameli, cardul Vitale, AME

phrase-health-carte-vitale = Aveți un card Vitale (cardul de asigurat)?
phrase-health-social-security-number = Numărul de asigurare socială este pe cardul Vitale și pe adeverința de drepturi (attestation de droits).
phrase-health-ameli-account = Aveți un cont pe site-ul Ameli?
phrase-health-download-attestation = Putem descărca adeverința de drepturi de pe Ameli.
phrase-health-doctor = Aveți un medic de familie (médecin traitant)?
phrase-health-ame-what = AME plătește îngrijirile medicale ale persoanelor fără permis de ședere, aflate în Franța de peste 3 luni.
phrase-health-ame-proof-3-months = Aveți o dovadă că sunteți în Franța de peste 3 luni?
phrase-health-ame-in-person = Prima cerere de AME se depune personal, la ghișeul CPAM.
phrase-health-ame-renew = AME durează 1 an. Trebuie să o cereți din nou în fiecare an.

# Folosite pentru conturile online: adresa de e-mail, parola, codurile primite prin SMS, FranceConnect.
## Cont: e-mail, parolă, coduri SMS, FranceConnect

phrase-account-email = Aveți o adresă de e-mail?
phrase-account-open-mailbox = Puteți să vă deschideți e-mailul pe telefon?
phrase-account-create-email = Doriți să creăm împreună o adresă de e-mail? Durează puțin.
phrase-account-spam-folder = Mesajul nu ajunge? Să ne uităm în dosarul „mesaje nedorite” sau „spam”.
phrase-account-activation-link = Site-ul v-a trimis un link pe e-mail. Apăsați pe el ca să vă activați contul.
phrase-account-password-yourself = Tastați chiar dumneavoastră parola. Eu nu mă uit.
phrase-account-password-forgotten = Dacă ați uitat parola, putem alege una nouă.
phrase-account-password-note = Notați parola pe o hârtie și păstrați-o într-un loc sigur.
phrase-account-phone-number = Acest număr de telefon este al dumneavoastră? Site-ul va trimite coduri pe el.
phrase-account-sms-code = Ați primit un cod prin SMS. Puteți să mi-l citiți?
phrase-account-code-quick = Acest cod merge doar câteva minute. Să-l scriem acum.
phrase-account-code-never-give = Nu dați niciodată acest cod cuiva care vă sună la telefon.
phrase-account-franceconnect = Cu FranceConnect, intrați cu un cont pe care îl aveți deja, de exemplu Ameli sau impots.gouv.

# Folosite când site-ul arată o verificare „Nu sunt un robot” (CAPTCHA). Relais nu o rezolvă niciodată.
## Verificare anti-robot (CAPTCHA)

phrase-captcha-what = Site-ul verifică dacă sunteți o persoană, nu un robot.
phrase-captcha-not-for-you = Relais nu răspunde niciodată la această verificare în locul dumneavoastră. Vă explic eu cum se face.
phrase-captcha-audio = Există o versiune audio. Veți auzi litere sau cifre.
phrase-captcha-write-what-you-hear = Ascultați cu atenție, apoi scrieți ce auziți.
phrase-captcha-listen-again = Puteți asculta din nou sau puteți cere o imagine nouă.
phrase-captcha-keyboard = Cu tasta Tab de pe tastatură, puteți ajunge la butonul audio.
phrase-captcha-not-your-fault = Nu este vina dumneavoastră. Această verificare este grea pentru multe persoane.
phrase-captcha-failure-recorded = Fiecare eșec este notat în jurnalul dumneavoastră, ca dovadă.
phrase-captcha-other-way = Dacă tot nu merge, puteți cere administrației un alt mod de a face demersul, nu online.

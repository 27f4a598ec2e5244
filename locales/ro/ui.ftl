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
overlay-read-french = Citește în franceză

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
captcha-blocked = Încercări eșuate la această verificare de securitate: { $count }. Relais le-a notat.

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
journal-import-ok = Pachet verificat și importat. Înregistrări: { $count }.
journal-import-refused = Pachet refuzat, jurnalul dumneavoastră nu s-a schimbat: { $detail }
journal-error = Jurnalul nu a putut fi citit: { $detail }

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

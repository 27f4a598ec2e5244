### Relais interface strings, English. Message ids are prefixed by the surface that shows them.

## Popup
popup-title = Relais
popup-language = Your language
popup-site-on = Show translations on this website
popup-site-unsupported = Relais works on French public-service websites. This page is not one of them.
popup-site-add = Also use Relais on this website
popup-unreviewed = This translation was made by a machine and has not yet been checked by a native speaker. If something is unclear, ask a mediator.
popup-reviewed = This translation was checked by a native speaker.
popup-produced = How this translation was made: { $produced }
popup-error = Relais could not start: { $detail }

## Overlay on portal pages
overlay-explain = Explain
overlay-unreviewed = Translation not yet reviewed by a native speaker.
overlay-fallback = Not yet translated into your language: shown in another language.
overlay-read-aloud = Read aloud
overlay-no-voice = This computer has no voice for your language. You can listen in French.
overlay-hard = Difficult French here: read slowly, or ask a mediator.
overlay-read-french = Read in French

## Errors (each names the Rust error it explains)
error-protocol = Relais received a message it does not understand. ({ $detail })
error-unknown-language = Relais does not have this language yet.
error-locale = A language file of Relais is damaged. Choose another language or reinstall Relais. ({ $detail })
error-not-loaded = The language is still loading. Try again in a moment.

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it)
captcha-title = Security check: "I am not a robot"
captcha-what = The website asks you to prove that you are a person, not a computer program. Relais does not answer it for you: here is how to get through it yourself.
captcha-steps-captchetat = Type the letters and numbers of the picture into the field, exactly as you see them, without spaces.
captcha-audio-captchetat = To hear the code instead, use the loudspeaker button ("Énoncer le code"). You can listen again as many times as you need. The arrows button shows a new picture.
captcha-steps-recaptcha-v2 = Tick the box "Je ne suis pas un robot". If pictures appear, choose the ones asked and press "Valider".
captcha-audio-recaptcha-v2 = If you cannot see the pictures well, press the headphones button in the pictures window: you will hear words to type. You can play them again.
captcha-steps-recaptcha-invisible = Nothing to do: this check works by itself. If the page says you look like a robot, wait a little and try again.
captcha-steps-hcaptcha = Tick the box "Je suis un humain". If pictures appear, choose the ones asked.
captcha-audio-hcaptcha = hCaptcha has an accessibility option: in the pictures window, open the menu to ask for a text challenge, or sign up once for hCaptcha's accessibility cookie.
captcha-steps-turnstile = Usually nothing to do. If a box appears, tick it and wait a few seconds.
captcha-steps-friendly-captcha = It checks by itself. Wait until it says the check is done; press its button if it asks you to.
captcha-steps-image = Copy the characters of the picture into the field next to it.
captcha-audio-image = If there is a button to listen or to get a new picture, you can use it as often as you need.
captcha-steps-question = Answer the question in the field. It is a simple question, for example a sum.
captcha-fails = If it keeps failing, ask a mediator. Relais records each failure in your journal as evidence. You have the right to ask the administration for another way to do this procedure, not online.
captcha-go-audio = Go to the audio version
captcha-go-widget = Go to the check
captcha-blocked = This security check failed { $count } times. Relais recorded it.

## Evidence journal
popup-journal = Open my journal
popup-report = This is blocking me: record this page
popup-report-note = What happened? (optional)
popup-recorded = Recorded in your journal.
journal-title = My evidence journal
journal-intro = Every failure met on a portal, recorded by Relais by itself. Each record is chained to the one before, so nobody can change it unseen.
journal-empty = Nothing recorded yet.
journal-per-day = Attempts per day
journal-attempts = Attempts: { $count }
journal-delete = Delete this entry
journal-delete-confirm = Delete this entry? It stays in the journal as a deletion, with your reason.
journal-export = Export the bundle (ZIP) for a lawyer
journal-print = Print the dossier (PDF)
journal-import = Import a bundle from another computer
journal-import-ok = Bundle verified and imported: { $count } records.
journal-import-refused = Bundle refused, your journal is unchanged: { $detail }
journal-error = The journal could not be read: { $detail }

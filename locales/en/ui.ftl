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
overlay-close = Close
overlay-read-french = Read in French
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Key words:
overlay-translation-unreviewed = translation not yet reviewed
overlay-translation-by-portal = translation by the portal
overlay-source = Source: { $name }, checked on { $date }

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
captcha-blocked = This security check failed { $count ->
        [one] { $count } time
       *[other] { $count } times
    }. Relais recorded it.

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
journal-import-ok = Bundle verified and imported: { $count ->
        [one] { $count } record
       *[other] { $count } records
    }.
journal-import-refused = Bundle refused, your journal is unchanged: { $detail }
journal-error = The journal could not be read: { $detail }
journal-storage-full = Recorded in your journal, but without its capture: this browser's storage is full. Export your journal, then free some space.
journal-not-recorded = Relais could not record this failure in your journal. Take a screenshot yourself.

## Mediator mode: the bar on the portal's page, the mediator page, the popup
popup-mediator-start = Start a mediator session
popup-mediator-on = A mediator session is on.
popup-mediator-open = Phrases, notes, end of session
mediator-bar = Relais mediator mode
mediator-language = Language of the person:
mediator-read-field = Read this field aloud
mediator-no-field = Click or tab into a field of the form first.
mediator-smaller = Smaller text
mediator-larger = Larger text
mediator-phrases = Phrases
mediator-notes = Notes
mediator-end = End the session
mediator-title = Mediator session
mediator-intro = For a mediator and the person beside them at one screen. Notes and passphrases are typed only on this page, never on the website.
mediator-session-title = Session
mediator-session-on = A session is on since { $started }.
mediator-no-session = No session is on. Choose the person's language, then start a session.
mediator-choose-language = Language of the person
mediator-start = Start a session
mediator-started = Session started. The website now shows French and the person's language side by side.
mediator-phrases-title = Phrase cards
mediator-unreviewed = Translation not yet reviewed by a native speaker.
mediator-card-read = Read aloud
mediator-card-close = Close
mediator-notes-title = Session notes
mediator-notes-help = Kept only during this session, unless the person chooses to keep them with their journal.
mediator-notes-saved = Notes saved for this session.
mediator-end-title = End the session
mediator-end-help = Everything of this session is removed from this computer: language, notes, journal, captures. The person can keep their journal in a profile protected by a passphrase.
mediator-keep-legend = What to keep?
mediator-keep-none = Keep nothing
mediator-keep-profile = Keep the journal in a profile protected by a passphrase
mediator-profile-name = Profile name (initials or a nickname are enough)
mediator-passphrase = Passphrase (at least 8 characters)
mediator-passphrase-again = Passphrase again
mediator-keep-notes = Keep the notes with the journal
mediator-end-button = End the session now
mediator-ended = Session ended. Nothing of it remains on this computer.
mediator-ended-kept = Session ended. The journal is kept in the protected profile { $profile }; nothing else remains on this computer.
mediator-profile-name-needed = Give the profile a name.
mediator-passphrase-short = The passphrase needs at least 8 characters.
mediator-passphrase-mismatch = The two passphrases are different.
mediator-wrong-passphrase = This passphrase does not open this profile. Nothing was changed.
mediator-profiles-title = Profiles on this computer
mediator-profiles-empty = No profile is kept on this computer.
mediator-profile-dates = Created { $created }, last kept { $updated }.
mediator-profile-open = Open and start a session
mediator-profile-opened = Profile { $profile } opened: a session is on with its journal.
mediator-profile-export = Export the journal (ZIP)
mediator-profile-delete = Delete
mediator-profile-delete-confirm = Delete this profile and its journal from this computer? This cannot be undone.
mediator-profile-deleted = Profile { $profile } deleted.

## Journal page: grouping and notes
journal-notes = Notes
journal-note-add = Add a note
journal-note-label = Your note (it is added to the chain with its time and cannot be changed later)
journal-note-save = Save the note
journal-note-journal = Note on the whole journal
journal-note-saved = Note saved in the journal.
journal-research = Share anonymised figures for research

## Research export
research-title = Share anonymised figures for research
research-intro = Researchers and associations count the failures people meet on French public-service websites, to show where these websites block people. You can give them figures from your journal. Relais sends nothing by itself: you download a file, and you choose whom to give it to.
research-shared-title = What the file contains
research-shared = One line per failure and per hour: the portal, the procedure, the kind of failure, the portal's message with personal data replaced (for example [PHONE] instead of a phone number), the hour rounded down and in universal time (UTC), the day of the week, the number of attempts, your browser family, the version of Relais, a contributor id, and a file id drawn anew for each file.
research-never-title = What is never in it
research-never = No screenshot, no page address, no page title, no note, no time to the minute, nothing you typed. Entries you deleted from your journal are left out. When you pressed "This is blocking me", what you wrote is not shared: those lines have an empty message.
research-contributor = Contributor id: { $id }
research-contributor-help = A random number drawn by Relais on this computer. It lets researchers count how many different people sent figures, without knowing who they are. It is the same in all your files; you can draw a new one at any time.
research-contributor-new = Draw a new contributor id
research-contributor-changed = A new contributor id was drawn. The lines below carry it.
research-departement-label = Your département (optional)
research-departement-none = Not shared
research-departement-consent = If you choose a département, you agree that it is added to every line of the file. Leave "Not shared" to keep it out.
research-table-caption = The lines of the file: { $count }. Untick a line to leave it out.
research-col-include = Include
research-col-portal = Portal
research-col-procedure = Procedure
research-col-kind = Failure
research-col-message = Portal's message (anonymised)
research-col-hour = Hour (UTC)
research-col-weekday = Day
research-col-attempts = Attempts
research-include-label = Include line { $n }: { $portal }, { $kind }, { $hour }
research-every-line = Every line also carries: contributor id { $id }, browser { $browser }, Relais { $version }, format version { $schema }, département: { $departement }.
research-departement-not-shared = not shared
research-download-jsonl = Download the file (JSON Lines)
research-download-csv = Download the file (CSV, for a spreadsheet)
research-downloaded = File ready: { $file }, { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }.
research-nothing-selected = No line is ticked: there is nothing to download.
research-empty = Your journal has no failure to share yet.
research-left-out = Some entries of your journal could not be turned into lines and are left out: { $count }.
research-error = The research file could not be made: { $detail }
research-kind-no-slot = No free appointment
research-kind-http-error = Website error
research-kind-network-error = No answer from the website
research-kind-technical-error = Technical error
research-kind-service-unavailable = Service unavailable
research-kind-session-expired = Session expired
research-kind-file-refused = Document refused
research-kind-account-locked = Account locked
research-kind-wrong-credentials = Wrong login or password
research-kind-captcha-blocked = Security check (CAPTCHA)
research-kind-form-error = Form refused
research-kind-user-reported = Reported by you
research-kind-other = Other
journal-tsa-title = Trusted time (optional)
journal-tsa-help = A time-stamping authority (RFC 3161) can sign the fingerprint of your journal's last record: this proves the journal existed at that time. Relais sends it only that fingerprint, nothing of your records. Two independent authorities are best.
journal-tsa-urls = Addresses of the time-stamping authorities, one per line
journal-tsa-button = Timestamp my journal now
journal-tsa-ok = Timestamped by { $tsa }.
journal-tsa-failed = { $tsa } did not timestamp the journal: { $detail }
journal-tsa-denied = Relais needs your permission to contact these addresses. Nothing was sent.

## Untranslated strings page
untranslated-title = Strings without a translation
untranslated-intro = Portal strings this computer met without a full translation, counted without personal data: numbers, dates and addresses are replaced by variables. Nothing leaves this computer: you can export the list for translators.
untranslated-lang-label = Translation language
untranslated-col-french = French text
untranslated-col-portal = Portal
untranslated-col-kind = Kind
untranslated-col-count = Times
untranslated-col-last = Last time
untranslated-export = Export for translators (PO file)
untranslated-clear = Clear the list
untranslated-clear-confirm = Clear every string counted on this computer?
untranslated-cleared = List cleared.
untranslated-empty = No string without a translation for this language.
untranslated-count =
    { $count ->
        [one] One string without a translation.
       *[other] { $count } strings without a translation.
    }
untranslated-exported = File ready: { $file }, { $count ->
        [one] one string
       *[other] { $count } strings
    }.
popup-untranslated = Strings without a translation

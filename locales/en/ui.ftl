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

### Relais interface strings, Somali. Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup
popup-title = Relais
popup-language = Luqaddaada
popup-site-on = Ku muuji turjumaadaha boggan
popup-site-unsupported = Relais wuxuu ka shaqeeyaa bogagga adeegyada dowladda Faransiiska. Boggan ma aha mid ka mid ah.
popup-site-add = Relais sidoo kale ku isticmaal boggan
popup-unreviewed = Turjumaaddan waxaa sameeyay mashiin, weli ma hubin qof luqaddu hooyo u tahay. Haddii wax aan caddayn jiraan, weydii dhexdhexaadiye (médiateur).
popup-reviewed = Turjumaaddan waxaa hubiyay qof luqaddu hooyo u tahay.
popup-produced = Sida turjumaaddan loo sameeyay: { $produced }
popup-error = Relais ma bilaabmi karin: { $detail }

## Overlay on portal pages
overlay-explain = Sharax
overlay-unreviewed = Turjumaad aan weli hubin qof luqaddu hooyo u tahay.
overlay-fallback = Weli laguma turjumin luqaddaada: waxaa lagu muujiyay luqad kale.
overlay-read-aloud = Cod ku akhri
overlay-no-voice = Kombiyuutarkan ma laha cod luqaddaada ah. Waxaad ku dhegaysan kartaa Faransiis.
overlay-hard = Halkan Faransiis adag ayaa ku qoran: si tartiib ah u akhri, ama weydii dhexdhexaadiye (médiateur).
overlay-read-french = Ku akhri Faransiis

## Errors (each names the Rust error it explains)
error-protocol = Relais wuxuu helay fariin uusan fahmin. ({ $detail })
error-unknown-language = Relais weli ma laha luqaddan.
error-locale = Fayl luqadeed oo Relais ah ayaa xumaaday. Dooro luqad kale ama dib u rakib Relais. ({ $detail })
error-not-loaded = Luqadda weli waa la soo rarayaa. Isku day mar kale wax yar kadib.

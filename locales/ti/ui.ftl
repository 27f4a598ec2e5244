### Relais interface strings, Tigrinya. Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup
popup-title = Relais
popup-language = ቋንቋኹም
popup-site-on = ኣብዚ ወብሳይት ትርጉማት ኣርእዩ
popup-site-unsupported = Relais ኣብ ወብሳይታት ናይ ፈረንሳ ህዝባዊ ኣገልግሎታት ይሰርሕ። እዚ ገጽ ካብኣቶም ኣይኮነን።
popup-site-add = Relais ኣብዚ ወብሳይት እውን ተጠቐሙ
popup-unreviewed = እዚ ትርጉም ብማሽን እዩ ተሰሪሑ፡ ትግርኛ ቋንቋ ኣዲኡ ዝኾነ ሰብ ገና ኣይረኣዮን። ዘይንጹር ነገር እንተ ሃልዩ፡ ንመንጎኛ (médiateur) ሕተቱ።
popup-reviewed = እዚ ትርጉም ብሓደ ትግርኛ ቋንቋ ኣዲኡ ዝኾነ ሰብ ተረጋጊጹ እዩ።
popup-produced = እዚ ትርጉም ብኸመይ ከም ዝተሰርሐ፦ { $produced }
popup-error = Relais ክጅምር ኣይከኣለን፦ { $detail }

## Overlay on portal pages
overlay-explain = መብርሂ
overlay-unreviewed = እዚ ትርጉም ገና ትግርኛ ቋንቋ ኣዲኡ ዝኾነ ሰብ ኣይረኣዮን።
overlay-fallback = ገና ናብ ቋንቋኹም ኣይተተርጎመን፦ ብካልእ ቋንቋ ይርአ ኣሎ።
overlay-read-aloud = ብድምጺ ኣንብብ
overlay-no-voice = እዚ ኮምፒተር ንቋንቋኹም ድምጺ የብሉን። ብፈረንሳይኛ ክትሰምዑ ትኽእሉ ኢኹም።
overlay-hard = ኣብዚ ዘሎ ፈረንሳይኛ ከቢድ እዩ፦ ቀስ ኢልኩም ኣንብቡ፡ ወይ ንመንጎኛ (médiateur) ሕተቱ።
overlay-read-french = ብፈረንሳይኛ ኣንብብ

## Errors (each names the Rust error it explains)
error-protocol = Relais ዘይርደኦ መልእኽቲ ተቐቢሉ። ({ $detail })
error-unknown-language = Relais ገና እዚ ቋንቋ የብሉን።
error-locale = ሓደ ናይ ቋንቋ ፋይል ናይ Relais ተበላሺዩ ኣሎ። ካልእ ቋንቋ ምረጹ ወይ Relais ደጊምኩም ኣእትዉ። ({ $detail })
error-not-loaded = እቲ ቋንቋ ገና ይጽዓን ኣሎ። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።

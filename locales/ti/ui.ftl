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

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it)
captcha-title = ናይ ድሕንነት ምርግጋጽ፦ «Je ne suis pas un robot» (ሮቦት ኣይኮንኩን)
captcha-what = እቲ ወብሳይት ሰብ ምዃንኩም፡ ናይ ኮምፒተር ፕሮግራም ከም ዘይኮንኩም፡ ከተረጋግጹ ይሓተኩም ኣሎ። Relais ኣብ ክንዳኹም ኣይምልስን እዩ። ነዚ ደረጃ ባዕልኹም ብኸመይ ክትሓልፍዎ ከም እትኽእሉ እንሆ።
captcha-steps-captchetat = ኣብቲ ናይ መጽሓፊ ሳጹን ነቶም ኣብቲ ስእሊ ዘለዉ ፊደላትን ኣሃዛትን፡ ልክዕ ከም ዝርእይዎም፡ ብዘይ ክፍተት ጽሓፉ።
captcha-audio-captchetat = ነቲ ኮድ ክትሰምዕዎ እንተ ደሊኹም፡ ነቲ ናይ ድምጺ (ስፒከር) መልጎም («Énoncer le code»፦ ኮድ ኣንብብ) ጠውቑ። ክሳብ ዘድልየኩም ደጋጊምኩም ክትሰምዕዎ ትኽእሉ ኢኹም። እቲ ፍላጻታት ዘለዎ መልጎም ሓድሽ ስእሊ የርኢ።
captcha-steps-recaptcha-v2 = ኣብቲ «Je ne suis pas un robot» (ሮቦት ኣይኮንኩን) ዝብል ሳጹን ምልክት ግበሩ። ስእልታት እንተ ተራእዮም፡ ነቶም ዝተሓተቱ ምረጹ፡ ድሕሪኡ «Valider» (ኣረጋግጽ) ጠውቑ።
captcha-audio-recaptcha-v2 = ነቶም ስእልታት ብግቡእ ክትርእይዎም እንተ ዘይከኣልኩም፡ ኣብቲ መስኮት ስእልታት ዘሎ ናይ ሰማዒ (headphones) መልጎም ጠውቑ። እትጽሕፍዎም ቃላት ክትሰምዑ ኢኹም። ደጊምኩም ክትሰምዕዎም ትኽእሉ ኢኹም።
captcha-steps-recaptcha-invisible = ዝግበር ነገር የለን፦ እዚ ምርግጋጽ ባዕሉ እዩ ዝሰርሕ። እቲ ገጽ ከም ሮቦት ትመስሉ እንተ በለ፡ ቁሩብ ተጸበዩ፡ ደጊምኩም ፈትኑ።
captcha-steps-hcaptcha = ኣብቲ «Je suis un humain» (ሰብ እየ) ዝብል ሳጹን ምልክት ግበሩ። ስእልታት እንተ ተራእዮም፡ ነቶም ዝተሓተቱ ምረጹ።
captcha-audio-hcaptcha = hCaptcha ንምጥቃም ዘቃልል ምርጫ (accessibility) ኣለዎ፦ ኣብቲ መስኮት ስእልታት ነቲ ዝርዝር (menu) ክፈቱ እሞ ብጽሑፍ ዝቐርብ ሕቶ ሕተቱ፡ ወይ ሓንሳብ ን cookie ናይ accessibility ናይ hCaptcha ተመዝገቡ።
captcha-steps-turnstile = መብዛሕትኡ ግዜ ዝግበር ነገር የለን። ሳጹን እንተ ተራእዩ፡ ምልክት ግበሩሉ እሞ ንሒደት ካልኢታት ተጸበዩ።
captcha-steps-friendly-captcha = ባዕሉ እዩ ዘረጋግጽ። እቲ ምርግጋጽ ተወዲኡ ክሳብ ዝብል ተጸበዩ። እንተ ሓቲቱኩም፡ ነቲ መልጎሙ ጠውቑ።
captcha-steps-image = ነቶም ኣብቲ ስእሊ ዘለዉ ፊደላትን ኣሃዛትን ኣብቲ ጥቓኡ ዘሎ ሳጹን ቀዲሕኩም ጽሓፉ።
captcha-audio-image = ንምስማዕ ወይ ሓድሽ ስእሊ ንምርካብ መልጎም እንተሎ፡ ክሳብ ዘድልየኩም ክትጥቀሙሉ ትኽእሉ ኢኹም።
captcha-steps-question = ነቲ ሕቶ ኣብቲ ሳጹን መልሱ። ቀሊል ሕቶ እዩ፡ ንኣብነት ምድማር ክልተ ቁጽሪ።
captcha-fails = ደጋጊሙ እንተ ፈሺሉ፡ ንመንጎኛ (médiateur) ሕተቱ። Relais ነፍሲ ወከፍ ፍሽለት ከም መረጋገጺ ኣብ መዝገብኩም (journal) ይጽሕፎ። ነዚ ጉዳይ ብኻልእ መንገዲ፡ ብዘይ ኢንተርነት፡ ንምግባር ንምምሕዳር ክትሓቱ መሰል ኣለኩም።
captcha-go-audio = ናብ ናይ ድምጺ ቅርጺ ኪድ
captcha-go-widget = ናብቲ ምርግጋጽ ኪድ
captcha-blocked = እዚ ናይ ድሕንነት ምርግጋጽ { $count } ግዜ ፈሺሉ። Relais መዝጊብዎ ኣሎ።

## Evidence journal
popup-journal = መዝገበይ ክፈቱ
popup-report = እዚ ይዓግተኒ ኣሎ፡ ነዚ ገጽ መዝግቡ
popup-report-note = እንታይ ኣጋጢሙ? (ግዴታ ኣይኮነን)
popup-recorded = ኣብ መዝገብኩም ተመዝጊቡ ኣሎ።
journal-title = ናይ መረጋገጺ መዝገበይ
journal-intro = ኣብ ወብሳይታት ምምሕዳር ዘጋጠመ ነፍሲ ወከፍ ፍሽለት፡ Relais ባዕሉ መዝጊብዎ። ነፍሲ ወከፍ ምዝገባ ምስቲ ቅድሚኡ ዝነበረ ምዝገባ ተኣሳሲሩ ኣሎ፡ ስለዚ ዝኾነ ሰብ ከይተፈልጠ ክቕይሮ ኣይክእልን።
journal-empty = ገና ዝተመዝገበ ነገር የለን።
journal-per-day = ፈተነታት ኣብ መዓልቲ
journal-attempts = ቁጽሪ ፈተነታት፦ { $count }
journal-delete = ነዚ ምዝገባ ደምስሱ
journal-delete-confirm = ነዚ ምዝገባ ክትድምስስዎ ትደልዩ ዶ? ምስ ምኽንያትኩም፡ ከም ዝተደምሰሰ ኣብቲ መዝገብ ይተርፍ።
journal-export = ንጠበቓ ዝወሃብ ናይ መረጋገጺ ፋይል (ZIP) ኣውጽኡ
journal-print = ነቲ ሰነድ ሕተሙ (PDF)
journal-import = ካብ ካልእ ኮምፒተር ናይ መረጋገጺ ፋይል ኣእትዉ
journal-import-ok = እቲ ፋይል ተረጋጊጹ ኣትዩ ኣሎ። ቁጽሪ ምዝገባታት፦ { $count }
journal-import-refused = እቲ ፋይል ተነጺጉ፡ መዝገብኩም ኣይተቐየረን፦ { $detail }
journal-error = እቲ መዝገብ ክንበብ ኣይከኣለን፦ { $detail }

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
overlay-close = ዕጸው
overlay-read-french = ብፈረንሳይኛ ኣንብብ
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = ቀንዲ ቃላት:
overlay-translation-unreviewed = ትርጉም ገና ኣይተረጋገጸን
overlay-translation-by-portal = ትርጉም ናይቲ ወብሳይት ባዕሉ
overlay-source = ምንጪ: { $name }፣ ዝተረጋገጸሉ ዕለት { $date }

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
journal-storage-full = ኣብ መዝገብኩም ተመዝጊቡ ኣሎ፡ ግን ብዘይ ስእሊ ስክሪን፦ መኽዘን ናይዚ ብራውዘር መሊኡ እዩ። መዝገብኩም ኣውጽኡ፡ ድሕሪኡ ገለ ቦታ ሓራ ግበሩ።
journal-not-recorded = Relais ነዚ ፍሽለት ኣብ መዝገብኩም ክምዝግቦ ኣይከኣለን። ባዕልኹም ስእሊ ስክሪን ውሰዱ።

## Mediator mode: the bar on the portal's page, the mediator page, the popup
popup-mediator-start = ምስ መንጎኛ ክፍለ-ግዜ ጀምሩ
popup-mediator-on = ምስ መንጎኛ ክፍለ-ግዜ ይካየድ ኣሎ።
popup-mediator-open = ሓረጋት፡ መዘኻኸሪታት፡ መወዳእታ ክፍለ-ግዜ
mediator-bar = Relais፡ ናይ መንጎኛ ኣገባብ
mediator-language = ቋንቋ ናይቲ ሰብ፦
mediator-read-field = ነዚ ቦታ ብድምጺ ኣንብብ
mediator-no-field = መጀመርታ ኣብ ሓደ ቦታ ናይቲ ቅጥዒ ጠውቑ፡ ወይ ብመልጎም Tab ናብኡ ኪዱ።
mediator-smaller = ዝነኣሰ ጽሑፍ
mediator-larger = ዝዓበየ ጽሑፍ
mediator-phrases = ሓረጋት
mediator-notes = መዘኻኸሪታት
mediator-end = ክፍለ-ግዜ ኣብቅዕ
mediator-title = ክፍለ-ግዜ ምስ መንጎኛ
mediator-intro = ንሓደ መንጎኛን ኣብ ጥቓኡ ዘሎ ሰብን፡ ኣብ ቅድሚ ሓደ ስክሪን። መዘኻኸሪታትን ምስጢራዊ ሓረጋትን ኣብዚ ገጽ ጥራይ እዮም ዝጽሓፉ፡ ኣብቲ ወብሳይት ፈጺሞም ኣይጽሓፉን።
mediator-session-title = ክፍለ-ግዜ
mediator-session-on = ካብ { $started } ጀሚሩ ክፍለ-ግዜ ይካየድ ኣሎ።
mediator-no-session = ዝካየድ ክፍለ-ግዜ የለን። ቋንቋ ናይቲ ሰብ ምረጹ፡ ድሕሪኡ ክፍለ-ግዜ ጀምሩ።
mediator-choose-language = ቋንቋ ናይቲ ሰብ
mediator-start = ክፍለ-ግዜ ጀምሩ
mediator-started = ክፍለ-ግዜ ጀሚሩ። እቲ ወብሳይት ሕጂ ፈረንሳይኛን ቋንቋ ናይቲ ሰብን ጎኒ ንጎኒ የርኢ ኣሎ።
mediator-phrases-title = ካርድታት ሓረጋት
mediator-unreviewed = እዚ ትርጉም ገና ትግርኛ ቋንቋ ኣዲኡ ዝኾነ ሰብ ኣይረኣዮን።
mediator-card-read = ብድምጺ ኣንብብ
mediator-card-close = ዕጸው
mediator-notes-title = መዘኻኸሪታት ናይዚ ክፍለ-ግዜ
mediator-notes-help = ኣብ እዋን እዚ ክፍለ-ግዜ ጥራይ እዮም ዝዕቀቡ፡ እቲ ሰብ ምስ መዝገቡ ክዕቅቦም እንተ መሪጹ ግን ይዕቀቡ።
mediator-notes-saved = መዘኻኸሪታት ናይዚ ክፍለ-ግዜ ተዓቂቦም።
mediator-end-title = ክፍለ-ግዜ ምውዳእ
mediator-end-help = ኩሉ ናይዚ ክፍለ-ግዜ ካብዚ ኮምፒተር ይድምሰስ፦ ቋንቋ፡ መዘኻኸሪታት፡ መዝገብ፡ ስእልታት ስክሪን። እቲ ሰብ መዝገቡ ኣብ ብምስጢራዊ ሓረግ ዝተሓለወ ፕሮፋይል ክዕቅቦ ይኽእል።
mediator-keep-legend = እንታይ ይዕቀብ?
mediator-keep-none = ዋላ ሓንቲ ኣይዕቀብ
mediator-keep-profile = ነቲ መዝገብ ኣብ ብምስጢራዊ ሓረግ ዝተሓለወ ፕሮፋይል ዕቀብ
mediator-profile-name = ስም ፕሮፋይል (ቀዳሞት ፊደላት ናይ ስም ወይ ሳጓ ይኣኽል)
mediator-passphrase = ምስጢራዊ ሓረግ (እንተወሓደ 8 ፊደላት)
mediator-passphrase-again = ምስጢራዊ ሓረግ ደጊምኩም ጽሓፉ
mediator-keep-notes = መዘኻኸሪታት ምስቲ መዝገብ ዕቀብ
mediator-end-button = ክፍለ-ግዜ ሕጂ ኣብቅዕ
mediator-ended = ክፍለ-ግዜ ተወዲኡ። ካብኡ ዝተረፈ ነገር ኣብዚ ኮምፒተር የለን።
mediator-ended-kept = ክፍለ-ግዜ ተወዲኡ። እቲ መዝገብ ኣብቲ ዝተሓለወ ፕሮፋይል { $profile } ተዓቂቡ ኣሎ፤ ካልእ ዝተረፈ ነገር ኣብዚ ኮምፒተር የለን።
mediator-profile-name-needed = ነቲ ፕሮፋይል ስም ሃብዎ።
mediator-passphrase-short = እቲ ምስጢራዊ ሓረግ እንተወሓደ 8 ፊደላት ክህልዎ ኣለዎ።
mediator-passphrase-mismatch = እቶም ክልተ ምስጢራዊ ሓረጋት ይፈላለዩ እዮም።
mediator-wrong-passphrase = እዚ ምስጢራዊ ሓረግ ነዚ ፕሮፋይል ኣይኸፍቶን። ዝተቐየረ ነገር የለን።
mediator-profiles-title = ኣብዚ ኮምፒተር ዘለዉ ፕሮፋይላት
mediator-profiles-empty = ኣብዚ ኮምፒተር ዝተዓቀበ ፕሮፋይል የለን።
mediator-profile-dates = ዝተፈጥረሉ፦ { $created }፡ ናይ መወዳእታ ዝተዓቀበሉ፦ { $updated }።
mediator-profile-open = ክፈት እሞ ክፍለ-ግዜ ጀምር
mediator-profile-opened = ፕሮፋይል { $profile } ተኸፊቱ፦ ምስ መዝገቡ ክፍለ-ግዜ ይካየድ ኣሎ።
mediator-profile-export = ነቲ መዝገብ ኣውጽእ (ZIP)
mediator-profile-delete = ደምስስ
mediator-profile-delete-confirm = ነዚ ፕሮፋይልን መዝገቡን ካብዚ ኮምፒተር ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክምለስ ኣይክእልን እዩ።
mediator-profile-deleted = ፕሮፋይል { $profile } ተደምሲሱ።

## Journal page: grouping and notes
journal-notes = መዘኻኸሪታት
journal-note-add = መዘኻኸሪ ወስኹ
journal-note-label = መዘኻኸሪኹም (ምስ ሰዓቱ ኣብቲ ሰንሰለት ይውሰኽ፡ ድሕሪኡ ክቕየር ኣይክእልን)
journal-note-save = ነቲ መዘኻኸሪ ዕቀቡ
journal-note-journal = ብዛዕባ ምሉእ መዝገብ ዝኾነ መዘኻኸሪ
journal-note-saved = እቲ መዘኻኸሪ ኣብ መዝገብ ተዓቂቡ።
journal-research = ንመጽናዕቲ ስም ዘይብሎም ኣሃዛት ኣካፍሉ

## Research export
research-title = ንመጽናዕቲ ስም ዘይብሎም ኣሃዛት ኣካፍሉ
research-intro = ተመራመርትን ማሕበራትን ሰባት ኣብ ወብሳይታት ናይ ፈረንሳ ህዝባዊ ኣገልግሎታት ዘጋጥሞም ፍሽለታት ይቖጽሩ፡ እዞም ወብሳይታት ኣበይ ንሰባት ከም ዝዓግትዎም ንምርኣይ። ካብ መዝገብኩም ኣሃዛት ክትህብዎም ትኽእሉ ኢኹም። Relais ባዕሉ ዋላ ሓንቲ ኣይሰድድን፦ ንስኹም ፋይል ተውርዱ፡ ንመን ከም እትህብዎ ድማ ባዕልኹም ትመርጹ።
research-shared-title = እቲ ፋይል እንታይ ይሕዝ
research-shared = ንነፍሲ ወከፍ ፍሽለትን ንነፍሲ ወከፍ ሰዓትን ሓደ መስመር፦ እቲ ወብሳይት፡ እቲ ምምሕዳራዊ ጉዳይ፡ ዓይነት ፍሽለት፡ ውልቃዊ ሓበሬታ ዝተቐየሮ መልእኽቲ ናይቲ ወብሳይት (ንኣብነት ኣብ ክንዲ ቁጽሪ ተሌፎን [PHONE])፡ ሰዓት ብዘይ ደቓይቕ ብዓለማዊ ግዜ (UTC)፡ መዓልቲ ሰሙን፡ ቁጽሪ ፈተነታት፡ ዓይነት ብራውዘርኩም፡ ስሪት Relais፡ መለለዪ ቁጽሪ ተሳታፊ፡ ከምኡ ድማ ንነፍሲ ወከፍ ፋይል ሓድሽ ዝምረጽ መለለዪ ቁጽሪ ፋይል።
research-never-title = ፈጺሙ ዘይሕዞ
research-never = ስእሊ ስክሪን የለን፡ ኣድራሻ ገጽ የለን፡ ኣርእስቲ ገጽ የለን፡ መዘኻኸሪ የለን፡ ክሳብ ደቒቕ ዝበጽሕ ግዜ የለን፡ ዝጸሓፍኩምዎ ነገር የለን። ካብ መዝገብኩም ዝደምሰስኩምዎም ምዝገባታት ኣይኣትዉን። «እዚ ይዓግተኒ ኣሎ» ምስ ጠወቕኩም፡ ዝጸሓፍኩምዎ ኣይካፈልን፦ መልእኽቲ ናይዞም መስመራት ባዶ እዩ።
research-contributor = መለለዪ ቁጽሪ ተሳታፊ፦ { $id }
research-contributor-help = Relais ኣብዚ ኮምፒተር ብዕድል ዝመረጾ ቁጽሪ። ተመራመርቲ ክንደይ ዝተፈላለዩ ሰባት ኣሃዛት ከም ዝሰደዱ ክቖጽሩ ይሕግዞም፡ መን ምዃኖም ከይፈለጡ። ኣብ ኩሎም ፋይላትኩም ሓደ እዩ፤ ኣብ ዝኾነ ግዜ ሓድሽ ክትመርጹ ትኽእሉ ኢኹም።
research-contributor-new = ሓድሽ መለለዪ ቁጽሪ ተሳታፊ ምረጽ
research-contributor-changed = ሓድሽ መለለዪ ቁጽሪ ተሳታፊ ተመሪጹ። ኣብ ታሕቲ ዘለዉ መስመራት ንዕኡ ይሕዙ።
research-departement-label = ዴፓርትማኹም (département) (ግዴታ ኣይኮነን)
research-departement-none = ኣይካፈልን
research-departement-consent = ዴፓርትማ እንተ መሪጽኩም፡ ኣብ ነፍሲ ወከፍ መስመር ናይቲ ፋይል ክውሰኽ ትሰማምዑ ኣለኹም። ከይውሰኽ እንተ ደሊኹም «ኣይካፈልን» ግደፍዎ።
research-table-caption = መስመራት ናይቲ ፋይል፦ { $count }። ሓደ መስመር ከይኣቱ እንተ ደሊኹም ምልክቱ ኣልግሱ።
research-col-include = ይኣቱ
research-col-portal = ወብሳይት
research-col-procedure = ምምሕዳራዊ ጉዳይ
research-col-kind = ፍሽለት
research-col-message = መልእኽቲ ወብሳይት (ብዘይ ውልቃዊ ሓበሬታ)
research-col-hour = ሰዓት (UTC)
research-col-weekday = መዓልቲ
research-col-attempts = ፈተነታት
research-include-label = መስመር { $n } ይኣቱ፦ { $portal }፡ { $kind }፡ { $hour }
research-every-line = ነፍሲ ወከፍ መስመር እዚ እውን ይሕዝ፦ መለለዪ ቁጽሪ ተሳታፊ { $id }፡ ብራውዘር { $browser }፡ Relais { $version }፡ ስሪት ቅርጺ { $schema }፡ ዴፓርትማ፦ { $departement }።
research-departement-not-shared = ኣይተኻፈለን
research-download-jsonl = ነቲ ፋይል ኣውርድ (JSON Lines)
research-download-csv = ነቲ ፋይል ኣውርድ (CSV፡ ንሰንጠረዥ)
research-downloaded = ፋይል ድሉው እዩ፦ { $file }፡ { $count } { $count ->
        [one] መስመር
       *[other] መስመራት
    }።
research-nothing-selected = ምልክት ዝተገብረሉ መስመር የለን፦ ዝወርድ ነገር የለን።
research-empty = ኣብ መዝገብኩም ገና ዝካፈል ፍሽለት የለን።
research-left-out = ገለ ምዝገባታት ናይ መዝገብኩም ናብ መስመራት ክቕየሩ ስለ ዘይከኣሉ ተገዲፎም፦ { $count }።
research-error = ፋይል መጽናዕቲ ክስራሕ ኣይከኣለን፦ { $detail }
research-kind-no-slot = ነጻ ቆጸራ የለን
research-kind-http-error = ጌጋ ወብሳይት
research-kind-network-error = እቲ ወብሳይት ኣይምልስን
research-kind-technical-error = ተክኒካዊ ጌጋ
research-kind-service-unavailable = ኣገልግሎት የለን
research-kind-session-expired = ግዜ ምእታው ተወዲኡ
research-kind-file-refused = ሰነድ ተነጺጉ
research-kind-account-locked = ኣካውንት ተዓጽዩ
research-kind-wrong-credentials = መለለዪ ስም ወይ መሕለፊ ቃል ጌጋ እዩ
research-kind-captcha-blocked = ናይ ድሕንነት ምርግጋጽ (CAPTCHA)
research-kind-form-error = ቅጥዒ ተነጺጉ
research-kind-user-reported = ባዕልኹም ዝሓበርኩምዎ
research-kind-other = ካልእ
journal-tsa-title = እሙን ግዜ (ግዴታ ኣይኮነን)
journal-tsa-help = ናይ ግዜ ማሕተም ዝህብ ትካል (RFC 3161) ነቲ ዲጂታዊ ኣሰር ናይቲ መወዳእታ ምዝገባ መዝገብኩም ክፍርሞ ይኽእል፦ እዚ ድማ እቲ መዝገብ በቲ ግዜ ከም ዝነበረ የረጋግጽ። Relais ነዚ ኣሰር ጥራይ እዩ ዝሰደሉ፡ ካብ ምዝገባታትኩም ዋላ ሓንቲ ኣይሰድድን። ክልተ ዝተፈላለዩ ትካላት እንተ መረጽኩም ይሓይሽ።
journal-tsa-urls = ኣድራሻታት ናይ ግዜ ማሕተም ዝህቡ ትካላት፡ ኣብ ነፍሲ ወከፍ መስመር ሓደ
journal-tsa-button = ሕጂ ንመዝገበይ ናይ ግዜ ማሕተም ግበረሉ
journal-tsa-ok = ብ { $tsa } ናይ ግዜ ማሕተም ተገይሩ።
journal-tsa-failed = ናይ ግዜ ማሕተም ብ { $tsa } ኣይተገብረን፦ { $detail }
journal-tsa-denied = Relais ምስዘን ኣድራሻታት ንምርኻብ ፍቓድኩም የድልዮ። ዝተሰደደ ነገር የለን።

## Untranslated strings page
untranslated-title = ትርጉም ዘይብሎም ጽሑፋት
untranslated-intro = እዚ ኮምፒተር ምሉእ ትርጉም ከይረኸበ ዝረኣዮም ጽሑፋት ፖርታላት፡ ብዘይ ውልቃዊ ሓበሬታ ተቖጺሮም፡ ቁጽርታት፡ ዕለታትን ኣድራሻታትን ብተቐያየርቲ ተተኪኦም። ካብ ኮምፒተር ዝወጽእ የለን፡ ነቲ ዝርዝር ንተርጎምቲ ክተውጽኦ ትኽእል።
untranslated-lang-label = ቋንቋ ትርጉም
untranslated-col-french = ፈረንሳዊ ጽሑፍ
untranslated-col-portal = ፖርታል
untranslated-col-kind = ዓይነት
untranslated-col-count = ግዜ
untranslated-col-last = ናይ መወዳእታ ግዜ
untranslated-export = ንተርጎምቲ ኣውጽእ (PO ፋይል)
untranslated-clear = ዝርዝር ደምስስ
untranslated-clear-confirm = ኣብዚ ኮምፒተር ዝተቖጽሩ ኩሎም ጽሑፋት ይደምሰሱ ድዮም?
untranslated-cleared = ዝርዝር ተደምሲሱ።
untranslated-empty = ነዚ ቋንቋ ትርጉም ዘይብሉ ጽሑፍ የለን።
untranslated-count = ትርጉም ዘይብሎም ጽሑፋት፡ { $count }
untranslated-exported = ፋይል ድሉው እዩ፡ { $file }፡ ጽሑፋት፡ { $count }።
popup-untranslated = ትርጉም ዘይብሎም ጽሑፋት

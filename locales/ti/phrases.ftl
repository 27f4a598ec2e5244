### Relais: mediator-mode phrase cards, Tigrinya (Ge'ez script).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# ኣብ መጀመርታን መወዳእታን ነፍሲ ወከፍ ርክብ ዝጥቀሙሎም፦ ሰላምታ፡ ፍቓድ እቲ ሰብ፡ እንገብሮ ዘለና፡ ምሕላው ውልቃዊ ሓበሬታ፡ መወዳእታ።
## ሓፈሻዊ፦ ሰላምታ፡ ስምምዕ፡ መብርሂ፡ ውልቃዊ ሓበሬታ፡ መወዳእታ

phrase-general-hello = ሰላም። ኣብቲ ብኢንተርነት እትገብርዎ ምምሕዳራዊ ጉዳይ ክሕግዘኩም ኢለ እየ ኣብዚ ዘለኹ።
phrase-general-together = ነዚ ጉዳይ ብሓባር፡ ኣብዚ ኮምፒተር፡ ክንገብሮ ኢና።
phrase-general-your-choice = ውሳነ ናትኩም እዩ። ብዘይ ፍቓድኩም ዋላ ሓንቲ ኣይገብርን።
phrase-general-translation-tool = እዚ ፕሮግራም ንቃላት እቲ ወብሳይት ናብ ቋንቋኹም ይትርጉሞም። ጌጋ ክገብር ይኽእል እዩ።
phrase-general-read-aloud = ነቲ መልእኽቲ ብዓው ኢለ ከንብቦ እየ።
phrase-general-understood = ተረዲኡኩም ዶ? ክደግሞ ወይ ብኻልእ መንገዲ ከብርሆ እኽእል እየ።
phrase-general-interpreter = ተርጓሚ ትደልዩ ዶ፡ ኣብዚ ምሳና ወይ ብተሌፎን?
phrase-general-nothing-sent = Relais ሓበሬታኹም ንማንም ኣይሰድድን። እትጽሕፍዎ ዝቕበል ናይ ምምሕዳር ወብሳይት ጥራይ እዩ።
phrase-general-keep-data = ነዚ ሓበሬታ ኣብዚ ኮምፒተር፡ ብመሕለፊ ቃል ተሓልዩ፡ ክትዕቅብዎ ትደልዩ ዶ?
phrase-general-passphrase = ሓበሬታኹም ንምሕላው ምስጢራዊ ሓረግ ምረጹ። ንማንም ኣይትንገሩ።
phrase-general-erased-at-end = ኣብ መወዳእታ፡ ክትዕቅብዎ እንተ ዘይመሪጽኩም፡ ሓበሬታኹም ካብዚ ኮምፒተር ይድምሰስ።
phrase-general-log-out = ሕጂ ካብ ኣካውንትኩም ክወጽእ እየ፡ ድሕሪኡ ነቲ ገጽ ክዓጽዎ እየ።
phrase-general-finished = ንሎሚ ወዲእና። ኩሎም ወረቐታትኩም ብጥንቃቐ ሓልውዎም።
phrase-general-come-back = ሕቶ ወይ ሓድሽ ደብዳቤ እንተ ሃልዩኩም፡ ተመሊስኩም ክትመጹኒ ትኽእሉ ኢኹም።

# እቲ ወብሳይት መንነት ክሓትት ከሎ ዝጥቀሙሎም፦ ወረቐታት፡ ኣስማት፡ ዕለትን ቦታን ልደት፡ ኣድራሻ።
## መንነት፦ ወረቐታት፡ ኣስማት፡ ዕለታት

phrase-identity-passport = ፓስፖርትኩም ወይ መንነት ወረቐትኩም ኣሎኩም ዶ?
phrase-identity-show-papers = ዘምጻእኩምዎም ኩሎም ወረቐታት ከተርእዩኒ ትኽእሉ ዶ?
phrase-identity-name-as-passport = ስምኩም ልክዕ ከምቲ ኣብ ፓስፖርትኩም ዘሎ ኢና እንጽሕፎ።
phrase-identity-other-spelling = ኣብ ካልኦት ወረቐታት ስምኩም ብኻልእ ኣገባብ ተጻሒፉ ዶ ኣሎ?
phrase-identity-no-first-name = ቀዳማይ ስም እንተ ዘይብልኩም፡ ንገሩኒ። ገለ ወብሳይታት ንእኡ ዝኸውን ሳጹን ኣለዎም።
phrase-identity-birth-date = ዕለት ልደትኩም እንታይ እዩ? ኣብ ፈረንሳ፡ መጀመርታ መዓልቲ፡ ድሕሪኡ ወርሒ፡ ድሕሪኡ ዓመት ይጽሓፍ።
phrase-identity-birth-place = ቦታ ልደትኩም ኣበይ እዩ? ከተማን ሃገርን ንገሩኒ።
phrase-identity-birth-certificate = እቲ ወብሳይት ምስክር ወረቐት ልደትኩም ይሓትት ኣሎ። መበቆላዊ ወይ ቅዳሕ ኣሎኩም ዶ?
phrase-identity-not-recognised = እቲ ወብሳይት ነዚ ሰነድ ኣይፈልጦን። እዚ ናትኩም ጌጋ ኣይኮነን።
phrase-identity-photo-consent = ናይዚ ሰነድ ስእሊ ወሲደ ናብቲ ወብሳይት ክሰዶ ትፈቕዱለይ ዶ?
phrase-identity-mail-address = ደብዳቤታትኩም እትቕበሉሉ ኣድራሻ ኣሎኩም ዶ? ናይ ማሕበር ኣድራሻ ክኸውን ይኽእል እዩ።

# ንመንበሪ ዝጥቀሙሎም፦ ፍቓድ መንበሪ፡ récépissé፡ ቁጽሪ ወጻእተኛ፡ ወብሳይት ANEF፡ መጸዋዕታ ፕረፌክቱር (préfecture)።
## መንበሪ፦ ፍቓድ መንበሪ፡ récépissé፡ ቁጽሪ ወጻእተኛ፡ ANEF፡ መጸዋዕታ

phrase-residence-permit-number = ቁጽሪ ፍቓድ መንበሪኹም ኣሎኩም ዶ? ኣብ ካርድኹም ወይ ኣብ récépissé (ግዝያዊ መረጋገጺ ወረቐት) ተጻሒፉ ኣሎ።
phrase-residence-foreign-number = ቁጽሪ ወጻእተኛኹም (numéro étranger) 10 ኣሃዛት ኣለዎ። ኣብ ፍቓድ መንበሪኹም ከምኡ እውን ኣብ récépissé ተጻሒፉ ኣሎ።
phrase-residence-anef-account = ኣብ ወብሳይት ANEF ድሮ ኣካውንት ኣሎኩም ዶ?
phrase-residence-anef-username = ኣብ ANEF፡ መለለዪ ስምኩም (identifiant) መብዛሕትኡ ግዜ ቁጽሪ ወጻእተኛኹም እዩ።
phrase-residence-end-date = ዕለት መወዳእታ ናይ ፍቓድ መንበሪኹም ብሓባር ንርኣዮ።
phrase-residence-renew-early = ቅድሚ ዕለት መወዳእታ ምሕዳስ ክትሓቱ ኣለኩም። ክሳብ ናይ መወዳእታ ሰዓት ኣይትጽበዩ።
phrase-residence-recepisse = récépissé ኣሎኩም ዶ? ሕቶኹም ኣብ መስርሕ ከም ዘሎ ዘረጋግጽ ወረቐት እዩ።
phrase-residence-proof-of-submission = መረጋገጺ ምቕራብ ሕቶ (attestation de dépôt) ነውርዶ። ሕቶኹም ከም ዝሰደድኩም የረጋግጽ።
phrase-residence-file-number = ቁጽሪ ፋይልኩም ንጽሓፎ። ኣብ ነፍሲ ወከፍ መልእኽቲ ክትቀድሕዎ ኣለኩም።
phrase-residence-automatic-reply = እዚ መልእኽቲ ኣውቶማቲክ መልሲ እዩ። ገና ዝኾነ ሰብ ሕቶኹም ኣየንበቦን።
phrase-residence-convocation = መጸዋዕታ (convocation) ተቐቢልኩም ዶ? ነቲ ደብዳቤ ወይ መልእኽቲ ኣርእዩኒ።
phrase-residence-convocation-bring = ኣብ መዓልቲ ቆጸራ፡ ነቲ መጸዋዕታ (convocation)ን ኣብቲ ደብዳቤ ዝተሓተቱ ኩሎም ወረቐታትን ኣምጽኡ።

# ንናይ ኢንተርነት ቆጸራ ፕረፌክቱር (préfecture) ዝጥቀሙሎም፦ ነጻ ቆጸራ የለን፡ ደጊምካ ምፍታን፡ መረጋገጺታት፡ ዳኛን ህጹጽ መስርሕ ቤት ፍርዲ (référé)ን።
## ቆጸራ፦ ፕረፌክቱር (préfecture)፡ ነጻ ቆጸራ የለን፡ መረጋገጺታት፡ ዳኛ

phrase-appointment-no-slot = እቲ ወብሳይት ነጻ ቆጸራ የለን ይብል ኣሎ።
phrase-appointment-not-your-fault = እዚ ናትኩም ጌጋ ኣይኮነን። ብዙሓት ሰባት ቆጸራ ክረኽቡ ኣይክእሉን እዮም።
phrase-appointment-try-tomorrow = ጽባሕ ንግሆ ደጊምና ክንፍትን ኢና።
phrase-appointment-screenshot-proof = እዚ ስእሊ ስክሪን ቆጸራ ከም ዘይነበረ የረጋግጽ።
phrase-appointment-journal = Relais ነፍሲ ወከፍ ፈተነ ምስ ዕለትን ሰዓትን ኣብ መዝገብኩም (journal) ይጽሕፎ።
phrase-appointment-try-often = መረጋገጺ ንምርካብ፡ ንብዙሓት ሰሙናት ብተደጋጋሚ ክትፍትኑ ኣለኩም።
phrase-appointment-without-me = ብዘይ ኣነ እንተ ፈቲንኩም፡ ነፍሲ ወከፍ ግዜ ስእሊ ስክሪን ውሰዱ።
phrase-appointment-judge = በዞም መረጋገጺታት፡ ጠበቓ ንዳኛ ክሓቶ ይኽእል፡ ፕረፌክቱር (préfecture) ቆጸራ ክትህበኩም ክእዝዛ።
phrase-appointment-legal-aid = እቶትኩም ትሑት እንተ ኾይኑ፡ ሕጋዊ ሓገዝ (aide juridictionnelle) ንጠበቓ ክኸፍል ይኽእል እዩ።
phrase-appointment-export-consent = ንጠበቓኹም ዝኸውን ፋይል መረጋገጺታት ከዳልወልኩም ትደልዩ ዶ?
phrase-appointment-got-slot = ቆጸራ ኣሎኩም። ዕለት፡ ሰዓትን ኣድራሻን ንጽሓፍ።
phrase-appointment-confirmation = ነቲ ናይ መረጋገጺ ኢመይል ሓልውዎ። ኣብ መእተዊ ከተርእይዎ ከድልየኩም ይኽእል እዩ።

# ንCAF ዝጥቀሙሎም፦ ቁጽሪ ተቐባሊ ሓገዝ፡ ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ ምፍላጥ እቶት፡ ክፍሊታት፡ ሓበሬታ ባንክ።
## ሓገዛት፦ CAF፡ ናይ 3 ኣዋርሕ ምፍላጥ እቶት፡ ባንክ

phrase-benefits-claimant-number = ቁጽሪ ተቐባሊ ሓገዝ (numéro allocataire) ኣሎኩም ዶ? ኣብ ላዕሊ ደብዳቤታት CAF ተጻሒፉ ኣሎ።
phrase-benefits-quarterly = ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ፡ እቶትኩም ንCAF ከተፍልጡ ኣለኩም።
phrase-benefits-payments-stop = ብዘይ እዚ ምፍላጥ፡ CAF ምኽፋል የቋርጽ።
phrase-benefits-income-per-month = ኣብ ዝሓለፉ 3 ኣዋርሕ፡ ነፍሲ ወከፍ ወርሒ ክንደይ ገንዘብ ተቐቢልኩም?
phrase-benefits-payslips = ናይዞም 3 ኣዋርሕ ወረቐት ደሞዝ ወይ ጸብጻብ ኣካውንት ባንክ ኣሎኩም ዶ?
phrase-benefits-rib = RIB ኣሎኩም ዶ? ቁጽርታት ኣካውንትኩም ዘለዎ ወረቐት ባንክ እዩ።
phrase-benefits-rib-name = እቲ ኣካውንት ባንክ ብስምኩም ክኸውን ኣለዎ።
phrase-benefits-check-payments = ኣብ ናይ ባዕልኹም ክፋል (espace personnel) ናይ CAF ክፍሊታትኩም ንርአ።
phrase-benefits-caf-message = CAF ጽሒፉልኩም ኣሎ። ነቲ መልእኽቲ ምሳኹም ከንብቦ እየ።
phrase-benefits-caf-appointment = ምስ ሓደ ኣማኻሪ CAF ቆጸራ ክንሓትት ንኽእል ኢና።

# ንጥዕና ዝጥቀሙሎም፦ ኣካውንት Ameli፡ ካርድ ጥዕና (carte Vitale)፡ ቁጽሪ ማሕበራዊ ውሕስነት፡ ሕክምናዊ ሓገዝ መንግስቲ (AME)።
## ጥዕና፦ Ameli፡ carte Vitale፡ AME

phrase-health-carte-vitale = ካርድ ጥዕና (carte Vitale) ኣሎኩም ዶ?
phrase-health-social-security-number = ቁጽሪ ማሕበራዊ ውሕስነትኩም ኣብ ካርድ ጥዕና (carte Vitale) ከምኡ እውን ኣብ መረጋገጺ መሰላት ጥዕና (attestation de droits) ተጻሒፉ ኣሎ።
phrase-health-ameli-account = ኣብ ወብሳይት Ameli ኣካውንት ኣሎኩም ዶ?
phrase-health-download-attestation = መረጋገጺ መሰላት ጥዕናኹም (attestation de droits) ካብ Ameli ከነውርዶ ንኽእል ኢና።
phrase-health-doctor = ናይ ስድራ ሓኪም (médecin traitant) ኣሎኩም ዶ?
phrase-health-ame-what = AME ንሕክምና ናይቶም ፍቓድ መንበሪ ዘይብሎም፡ ልዕሊ 3 ኣዋርሕ ኣብ ፈረንሳ ዝነበሩ ሰባት ይኸፍል።
phrase-health-ame-proof-3-months = ልዕሊ 3 ኣዋርሕ ኣብ ፈረንሳ ከም ዝነበርኩም መረጋገጺ ኣሎኩም ዶ?
phrase-health-ame-in-person = ናይ መጀመርታ ሕቶ AME ብኣካል፡ ኣብ መቐበሊ CPAM (ቤት ጽሕፈት መድሕን ሕማም)፡ እዩ ዝቐርብ።
phrase-health-ame-renew = AME ንሓደ ዓመት ይጸንሕ። ኩሉ ዓመት ደጊምኩም ክትሓትዎ ኣለኩም።

# ንናይ ኢንተርነት ኣካውንታት ዝጥቀሙሎም፦ ኣድራሻ ኢመይል፡ መሕለፊ ቃል፡ ብSMS ዝመጹ ኮዳት፡ FranceConnect።
## ኣካውንት፦ ኢመይል፡ መሕለፊ ቃል፡ ኮዳት SMS፡ FranceConnect

phrase-account-email = ኣድራሻ ኢመይል ኣሎኩም ዶ?
phrase-account-open-mailbox = ኣብ ተሌፎንኩም ሳጹን ኢመይልኩም ክትከፍቱ ትኽእሉ ዶ?
phrase-account-create-email = ብሓባር ኣድራሻ ኢመይል ክንከፍት ትደልዩ ዶ? ቁሩብ ግዜ ይወስድ።
phrase-account-spam-folder = እቲ መልእኽቲ ኣይመጸን ዶ? ኣብቲ «courrier indésirable» ወይ «spam» ዝብል ፎልደር ንርአ።
phrase-account-activation-link = እቲ ወብሳይት ብኢመይል ሊንክ ሰዲዱልኩም ኣሎ። ኣካውንትኩም ንምኽፋት ጠውቕዎ።
phrase-account-password-yourself = መሕለፊ ቃልኩም ባዕልኹም ጽሓፉ። ኣነ ኣይርእን እየ።
phrase-account-password-forgotten = መሕለፊ ቃልኩም እንተ ረሲዕኩም፡ ሓድሽ ክንመርጽ ንኽእል ኢና።
phrase-account-password-note = መሕለፊ ቃልኩም ኣብ ወረቐት ጽሓፉ፡ ኣብ ውሑስ ቦታ ድማ ሓልውዎ።
phrase-account-phone-number = እዚ ቁጽሪ ተሌፎን ናትኩም ድዩ? እቲ ወብሳይት ናብኡ ኮዳት ክሰድድ እዩ።
phrase-account-sms-code = ብSMS ኮድ ተቐቢልኩም ኣለኹም። ከተንብቡለይ ትኽእሉ ዶ?
phrase-account-code-quick = እዚ ኮድ ንሒደት ደቓይቕ ጥራይ እዩ ዝሰርሕ። ሕጂ ንጽሓፎ።
phrase-account-code-never-give = ነዚ ኮድ ብተሌፎን ንዝድውለልኩም ሰብ ፈጺምኩም ኣይትሃብዎ።
phrase-account-franceconnect = ብFranceConnect፡ ብዘሎኩም ኣካውንት ኢኹም እትኣትዉ፡ ንኣብነት Ameli ወይ impots.gouv።

# እቲ ወብሳይት «Je ne suis pas un robot» (ሮቦት ኣይኮንኩን) ዝብል ምርግጋጽ (CAPTCHA) ከርኢ ከሎ ዝጥቀሙሎም። Relais ፈጺሙ ኣይፈትሖን።
## ምርግጋጽ ጸረ-ሮቦት (CAPTCHA)

phrase-captcha-what = እቲ ወብሳይት ሰብ ምዃንኩም፡ ሮቦት ከም ዘይኮንኩም፡ የረጋግጽ ኣሎ።
phrase-captcha-not-for-you = Relais ኣብ ክንዳኹም ነዚ ምርግጋጽ ፈጺሙ ኣይምልሶን። ከመይ ከም እትገብርዎ ክገልጸልኩም እየ።
phrase-captcha-audio = ናይ ድምጺ ቅርጺ ኣሎ። ፊደላት ወይ ኣሃዛት ክትሰምዑ ኢኹም።
phrase-captcha-write-what-you-hear = ጽቡቕ ጌርኩም ስምዑ፡ ድሕሪኡ ዝሰማዕኩምዎ ጽሓፉ።
phrase-captcha-listen-again = ደጊምኩም ክትሰምዑ፡ ወይ ሓድሽ ስእሊ ክትሓቱ ትኽእሉ ኢኹም።
phrase-captcha-keyboard = ብመልጎም Tab ናይ ኪቦርድ፡ ክሳብ እቲ ናይ ድምጺ መልጎም ክትበጽሑ ትኽእሉ ኢኹም።
phrase-captcha-not-your-fault = እዚ ናትኩም ጌጋ ኣይኮነን። እዚ ምርግጋጽ ንብዙሓት ሰባት ከቢድ እዩ።
phrase-captcha-failure-recorded = ነፍሲ ወከፍ ፍሽለት ከም መረጋገጺ ኣብ መዝገብኩም (journal) ይጽሓፍ።
phrase-captcha-other-way = ገና እንተ ዘይሰሪሑ፡ ካብ ምምሕዳር ካልእ መንገዲ፡ ብዘይ ኢንተርነት፡ ክትሓቱ ትኽእሉ ኢኹም።

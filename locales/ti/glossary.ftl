### Relais glossary, Tigrinya (ti, Eritrean usage, Ge'ez script).
### Machine-drafted by an AI language model (Claude), November 2026, from the French master.
### Not reviewed by a native speaker.

## Identité

concept-identite = መንነት
    .explain = እዚ ክፋል ቅጥዒ መን ምዃንኩም ይሓትት፦ ስም ስድራቤት፡ ቀዳማይ ስም፡ ዕለትን ቦታን ልደት። ሓበሬታ ከምቲ ኣብ ፓስፖርትኩም ወይ ፍቓድ መንበሪኹም ዘሎ ጽሓፉ።
    .where = ካብ ፓስፖርትኩም፡ መንነት ወረቐትኩም ወይ ፍቓድ መንበሪኹም ቅድሑ።

concept-nom = ስም ስድራቤት
    .explain = እዚ ስም ስድራቤት እዩ፡ ናይ ባዕልኹም ቀዳማይ ስም ኣይኮነን። ልክዕ ከምቲ ኣብ ወረቐት መንነትኩም ዘሎ ጽሓፍዎ።
    .where = ኣብ ፓስፖርትኩም ወይ ፍቓድ መንበሪኹም፡ ኣብቲ «Nom» ዝብል መስመር።

concept-nom-d-une-chose = ስም (ናይ ነገር ወይ ቦታ)
    .explain = ስም ንሓደ ነገር፡ ቦታ ወይ ትካል ዘመልክት ቃል እዩ፡ ጎደና፡ ከተማ፡ ማሕበር፡ ስራሕ። ንሰብ ግን፡ ስም ስድራቤቱ እዩ።

concept-au-nom-de = ብስም (ኣብ ክንዲ)
    .explain = ብስም ሓደ ሰብ ምንቃሕ ማለት ኣብ ክንዲኡ ምምሕዳራዊ ስራሕ ምስራሕ እዩ። ንኣብነት፡ ሓጋዚ ንዓኹም ፋይል ይመልእ።

concept-nom-de-naissance = ስም ስድራቤት ብልደት
    .explain = ስም ብልደት ኣብ ምስክር ወረቐት ልደትኩም ዝተጻሕፈ ስም እዩ። ብመርዓ ኣይቀየርን።
    .where = ኣብ ምስክር ወረቐት ልደትኩም ወይ ኣብ ፓስፖርትኩም።

concept-nom-d-usage = ዝጥቀሙሉ ስም
    .explain = እዚ ኣብ መዓልታዊ ህይወት እትጥቀሙሉ ካልእ ስም እዩ፡ ንኣብነት ስም በዓል ቤትኩም ወይ በዓልቲ ቤትኩም። እንተ ዘይብልኩም፡ ነዚ ቦታ ባዶ ግደፍዎ።

concept-prenom = ቀዳማይ ስም (ናይ ባዕልኹም ስም)
    .explain = ቀዳማይ ስም ኣብ ልደት ዝተዋህበኩም ናይ ባዕልኹም ስም እዩ፡ ቅድሚ ስም ስድራቤት ዝመጽእ። ልዕሊ ሓደ እንተ ሃለወኩም፡ ብቕደም ሰዓብ ወረቐትኩም ጽሓፍዎም።
    .where = ኣብ ፓስፖርትኩም ወይ ፍቓድ መንበሪኹም፡ ኣብቲ «Prénom(s)» ዝብል መስመር።

concept-sans-prenom = ቀዳማይ ስም የብለይን
    .explain = ነዚ ሳጹን ምልክት ግበሩሉ ኣብ ወረቐት መንነትኩም ዝኾነ ቀዳማይ ስም እንተ ዘየለ ጥራይ። እዚ ንገሊኦም ኣብ ወጻኢ ዝተወልዱ ሰባት የጋጥም እዩ።

concept-sexe = ጾታ
    .explain = እቲ ወብሳይት ሰብኣይ ወይ ሰበይቲ ምዃንኩም ይሓትት። ኣብ ወረቐት መንነትኩም ዝተጻሕፈ ምረጹ።
    .where = ኣብ ፓስፖርትኩም ወይ ፍቓድ መንበሪኹም፦ M ንሰብኣይ፡ F ንሰበይቲ።

concept-masculin = ተባዕታይ (ሰብኣይ)
    .explain = ተባዕታይ ማለት ሰብኣይ እዩ። ወረቐትኩም M እንተ ኣርእዩ ነዚ ምረጹ።

concept-feminin = ኣንስተይቲ (ሰበይቲ)
    .explain = ኣንስተይቲ ማለት ሰበይቲ እያ። ወረቐትኩም F እንተ ኣርእዩ ነዚ ምረጹ።

concept-civilite = ናይ ኣኽብሮት ኣጸዋውዓ
    .explain = እዚ ቅድሚ ስምኩም ዝቕመጥ ናይ ኣኽብሮት ቃል እዩ፡ ከም Madame (ወይዘሮ) ወይ Monsieur (ኣቶ)። እቲ ምምሕዳር ክጽሕፈልኩም ከሎ ይጥቀመሉ።

concept-titre-d-appel = ናይ ኣጸዋውዓ ማዕርግ
    .explain = እዚ ኣብ ደብዳቤታት ንዓኹም ንምጽዋዕ ዝጥቀሙሉ ቃል እዩ፡ ከም Madame፡ Monsieur ወይ Docteur። ዝሰማማዕኩም ምረጹ።

concept-madame = ወይዘሮ (Madame)
    .explain = Madame ንሰበይቲ ዝውሃብ ናይ ኣኽብሮት ማዕርግ እዩ፡ ተመርዕያ ትኹን ኣይትኹን። እቲ ምምሕዳር ሕጂ Mademoiselle ኣይጥቀመሉን እዩ።

concept-monsieur = ኣቶ (Monsieur)
    .explain = Monsieur ንሰብኣይ ዝውሃብ ናይ ኣኽብሮት ማዕርግ እዩ።

concept-docteur = ዶክተር (Docteur)
    .explain = Docteur ዶክትሬት ንዘለዎ ሰብ ዝውሃብ ማዕርግ እዩ፡ መብዛሕትኡ ግዜ ንሓኪም። ንዓኹም ዝምልከት እንተኾይኑ ጥራይ ምረጽዎ።

concept-inspecteur = ተቖጻጻሪ (Inspecteur)
    .explain = Inspecteur ናይ ሞያ ማዕርግ እዩ፡ ንኣብነት ተቖጻጻሪ ስራሕ። ኣብ ቅጥዒ፡ ሞያኹም እንተኾይኑ ጥራይ ምረጽዎ።

concept-sans-reponse = መልሲ የለን
    .explain = ነዚ ሓበሬታ ክትህቡ እንተ ዘይደሊኹም፡ ነዚ መልሲ ክትመርጹ ትኽእሉ ኢኹም። ኣብዚ ቅጥዒ እዚ እዚ ምርጫ ፍቑድ እዩ።

concept-date-de-naissance = ዕለት ልደት
    .explain = እዚ እተወለድኩምሉ መዓልቲ፡ ወርሒን ዓመትን እዩ። ከምቲ ኣብ ወረቐትኩም ዘሎ ጽሓፍዎ፡ መብዛሕትኡ ግዜ መዓልቲ/ወርሒ/ዓመት፡ ንኣብነት 05/03/1990።
    .where = ኣብ ፓስፖርትኩም፡ ፍቓድ መንበሪኹም ወይ ምስክር ወረቐት ልደትኩም።

concept-lieu-de-naissance = ቦታ ልደት
    .explain = እዚ እተወለድኩምሉ ከተማ ወይ ዓዲ እዩ። ስሙ ከምቲ ኣብ ወረቐት መንነትኩም ዘሎ ጽሓፍዎ።
    .where = ኣብ ፓስፖርትኩም ወይ ምስክር ወረቐት ልደትኩም።

concept-pays-de-naissance = ሃገር ልደት
    .explain = እዚ እተወለድኩምላ ሃገር እያ፡ ሎሚ ካልእ ዜግነት እንተ ሃለወኩም እውን። ካብቲ ዝርዝር ምረጽዋ።

concept-departement-de-naissance = ዴፓርትማ ልደት (département)
    .explain = እዚ እተወለድኩምሉ ናይ ፈረንሳ ዴፓርትማ (ምምሕዳራዊ ዞባ) ቁጽሪ እዩ። ካብ ፈረንሳ ወጻኢ እንተ ተወሊድኩም፡ መብዛሕትኡ ግዜ «99» ወይ «Étranger» (ወጻኢ) ምረጹ።

concept-nationalite = ዜግነት
    .explain = ዜግነት ዜጋኣ ዝኾንኩምላ ሃገር እያ፡ እታ ፓስፖርት ዝሃበትኩም። ክልተ ዜግነት እንተ ሃለወኩም፡ እቲ ወብሳይት መብዛሕትኡ ግዜ ነቲ ቀንዲ ይሓትት።
    .where = ኣብ ፓስፖርትኩም ወይ ፍቓድ መንበሪኹም።

concept-nationalite-francaise = ፈረንሳዊ ዜግነት
    .explain = «Française» ዝብል ምረጹ ፈረንሳዊ ዜግነት እንተ ሃልዩኩም ጥራይ። ፍቓድ መንበሪ ፈረንሳዊ ዜግነት ኣይህብን እዩ።

concept-etranger = ወጻእተኛ (ዜጋ ካልእ ሃገር)
    .explain = ንምምሕዳር፡ ወጻእተኛ ማለት ፈረንሳዊ ዜግነት ዘይብሉ ሰብ እዩ። እዚ ኣብቲ እትነብሩሉ ቦታ ኣይምርኮስን።

concept-apatride = ሃገር ኣልቦ (ዜግነት ዘይብሉ)
    .explain = ሃገር ኣልቦ ሰብ ናይ ዝኾነት ሃገር ዜግነት የብሉን። OFPRA (ቤት ጽሕፈት ሓለዋ ስደተኛታት) ነዚ ኩነታት ኣፍሊጡ ሓለዋ ክህብ ይኽእል።

concept-jour = መዓልቲ
    .explain = መዓልቲ ኣብ ወርሒ ዘሎ ቁጽሪ መዓልቲ እዩ፡ ካብ 1 ክሳብ 31። መብዛሕትኡ ግዜ ብክልተ ኣሃዝ ጽሓፍዎ፡ ንኣብነት 05።

concept-mois = ወርሒ
    .explain = ወርሒ ብቑጽሪ ካብ 1 ክሳብ 12፡ ወይ ብስሙ ይጽሓፍ። ጥሪ 01 እዩ፡ ታሕሳስ ድማ 12 እዩ።

concept-annee = ዓመት
    .explain = ዓመት ብኣርባዕተ ኣሃዛት ይጽሓፍ፡ ንኣብነት 1990። እተን ናይ መወዳእታ ክልተ ኣሃዛት ጥራይ ኣይትጽሓፉ።

concept-age = ዕድመ
    .explain = ዕድመ ካብ ልደትኩም ጀሚሩ ዝሓለፈ ቁጽሪ ዓመታት እዩ። ገሊኦም መሰላት ብዕድመኹም ይውሰኑ።

concept-signature = ፌርማ (ክታም)
    .explain = ፌርማ ብኢድኩም እትጽሕፍዎ ናይ ባዕልኹም ምልክት እዩ፡ ኩሉ ግዜ ሓደ ዓይነት። ብምፍራም፡ እቲ ሓበሬታ ሓቂ ምዃኑ ተረጋግጹ።

concept-filiation = ወለዶ (ዝምድና ምስ ወለዲ)
    .explain = ወለዶ ምስ ወለድኹም ዘለኩም ዝምድና እዩ። እቲ ወብሳይት ስምን ቀዳማይ ስምን ኣቦኹምን ኣዴኹምን ይሓትት፡ ከምቲ ኣብ ምስክር ወረቐት ልደትኩም ዘሎ።
    .where = ኣብ ምስክር ወረቐት ልደትኩም።

## Situation familiale et état civil

concept-situation-familiale = ኩነታት ስድራቤት
    .explain = እቲ ወብሳይት በይንኹም ወይ ምስ መጻምድቲ ትነብሩ እንተ ኾንኩም፡ ብኸመይ ኣገባብ ከኣ ይሓትት። መልስኹም ኣቆጻጽራ ሓገዛትኩም ወይ ግብሪኹም ክቕይር ይኽእል።

concept-celibataire = ዘይተመርዓወ/ት
    .explain = ዘይተመርዓወ ማለት ኣይተመርዓውኩምን PACS እውን የብልኩምን ማለት እዩ። ኣብ ግብሪ፡ ብዘይ መርዓ ወይ PACS ብሓባር ዝነብሩ ክልተ ሰባት ነናቶም ክልተ ዝተፈልየ መግለጺ ይህቡ። ንCAF ግን ብሓባር ከም እትነብሩ ኣፍልጡ፡ ምኽንያቱ ሓገዛትኩም ይቕይር።

concept-marie = ዝተመርዓወ/ት
    .explain = ዝተመርዓወ ማለት ኣብ ፈረንሳ ወይ ኣብ ካልእ ሃገር ወግዓዊ መርዓ ፈጺምኩም ማለት እዩ። ምስክር ወረቐት መርዓ ሓልውዎ፡ ብዙሕ ግዜ ይሕተት እዩ።

concept-pacse = ብPACS ዝተሳሰረ/ት (ሲቪላዊ ውዕል ጽምዲ)
    .explain = PACS ኣብ መንጎ ክልተ ብሓባር ዝነብሩ ሰባት ዝግበር ወግዓዊ ውዕል እዩ። ካብ መርዓ ይፈሊ፡ ኣብ mairie (ምምሕዳር ከተማ) ወይ ኣብ ኖታሪ ይግበር።

concept-concubinage = ብዘይ መርዓ ብሓባር ምንባር (concubinage)
    .explain = Concubinage ማለት ብዘይ መርዓን ብዘይ PACSን ምስ መጻምድቲ ትነብሩ ማለት እዩ። ን CAF፡ ብጽምዲ ምንባር ኣቆጻጽራ ሓገዛት ይቕይር።

concept-divorce = ዝተፋትሐ/ት
    .explain = ዝተፋትሐ ማለት መርዓኹም ብፍርዲ ወይ ብሰነድ ብወግዒ ተወዲኡ ማለት እዩ። እቲ ወብሳይት ዕለት ፍትሕ ክሓትት ይኽእል።

concept-veuf = ሰብኣያ ዝሞታ / ሰበይቱ ዝሞተቶ
    .explain = እዚ ማለት በዓል ቤትኩም ወይ በዓልቲ ቤትኩም ሞይቱ ማለት እዩ። ንገሊኦም ሓገዛት መሰል ክህልወኩም ይኽእል።

concept-separe = ዝተፈላለየ/ት (ገና ዘይተፋትሐ)
    .explain = እዚ ማለት ምስ በዓል ቤትኩም ወይ በዓልቲ ቤትኩም ድሕሪ ሕጂ ኣይትነብሩን፡ ግን ገና ኣይተፋታሕኩምን። ሓገዛት ንዝኸፍሉኹም ትካላት ዕለት ምፍልላይ ሓብሩ።

concept-conjoint = መጻምድቲ (በዓል ቤት ወይ በዓልቲ ቤት)
    .explain = መጻምድቲ እቲ ዝተመርዓኹምዎ ሰብ እዩ። ሓድሓደ ግዜ፡ እዚ ቃል ንብPACS ዝተሳሰረኩም ወይ ምሳኹም ብጽምዲ ዝነብር ሰብ እውን የመልክት።

concept-enfant-a-charge = ኣብ ሓላፍነትኩም ዘሎ ቆልዓ
    .explain = ኣብ ሓላፍነትኩም ዘሎ ቆልዓ ምሳኹም ዝነብርን ንድሌታቱ እትኸፍሉሉን እዩ። ቁጽሪ ኣብ ሓላፍነትኩም ዘለዉ ሰባት ንመጠን ሓገዛትን ግብርን ይቕይሮ።

concept-mineur = ንኡስ ዕድመ (ትሕቲ 18 ዓመት)
    .explain = ንኡስ ዕድመ ዘለዎ ሰብ ትሕቲ 18 ዓመት እዩ። ንዕኡ፡ መብዛሕትኡ ግዜ ወላዲ ወይ ሕጋዊ ወኪል እዩ ነቲ ምምሕዳራዊ ጉዳያት ዝገብሮ።

concept-majeur = ዓቕመ ኣዳም (18 ዓመትን ልዕሊኡን)
    .explain = ዓቕመ ኣዳም ዝበጽሐ ሰብ 18 ዓመት ወይ ልዕሊኡ እዩ። ምምሕዳራዊ ጉዳያቱ ባዕሉ ይገብር።

concept-etat-civil = ምዝገባ ኩነታት ህይወት (état civil)
    .explain = État civil ብዛዕባኹም ዘሎ ወግዓዊ ሓበሬታ እዩ፦ ልደት፡ መርዓ፡ ሞት፡ ስም። ኣብ mairie (ምምሕዳር ከተማ) ዘሎ ቤት ጽሕፈት état civil ነቶም ወግዓውያን ሰነዳት ይገብር።

concept-acte-de-naissance = ምስክር ወረቐት ልደት
    .explain = ምስክር ወረቐት ልደት ልደትኩም፡ ስምኩምን ወለድኹምን ዘረጋግጽ ወግዓዊ ሰነድ እዩ። ኣብ ወጻኢ እንተ ተወሊድኩም፡ ትርጉም ክሕተት ይኽእል።
    .where = ኣብ ፈረንሳ እንተ ተወሊድኩም፡ ካብ mairie ናይ ቦታ ልደትኩም ሕተትዎ። ኣብ ወጻኢ እንተ ተወሊድኩም፡ ካብ ሰበ-መዚ ሃገር ልደትኩም። ብ OFPRA ንዝተሓለዉ ሰባት፡ OFPRA እዩ ዝገብሮ።

concept-acte-de-mariage = ምስክር ወረቐት መርዓ
    .explain = ምስክር ወረቐት መርዓ መርዓኹም ዘረጋግጽ ወግዓዊ ሰነድ እዩ። ብ mairie ወይ ብሰበ ስልጣን ናይታ ዝተመርዓኹምላ ሃገር ይዳሎ።

concept-livret-de-famille = መጽሓፍ ስድራቤት (livret de famille)
    .explain = Livret de famille ብ mairie ኣብ መርዓ ወይ ኣብ ልደት ቀዳማይ ቆልዓ ዝውሃብ ንእሽቶ ወግዓዊ መጽሓፍ እዩ። ወለድን ቆልዑን ይዝርዝር።

## Coordonnées

concept-coordonnees = ኣድራሻን መራኸቢን
    .explain = እዚኦም ንዓኹም ንምርካብ ዘገልግሉ መንገድታት እዮም፦ ኣድራሻ፡ ተሌፎን፡ ኢመይል። ብጥንቃቐ ኣረጋግጽዎም፡ እንተ ዘይኮይኑ መልስታት ኣይበጽሑኹምን እዮም።

concept-adresse-electronique = ኣድራሻ ኢመይል
    .explain = እዚ ኣድራሻ ኢመይልኩም እዩ፡ ንኣብነት nom@exemple.fr፡ ምስ ምልክት @። ክትከፍትዎ እትኽእሉ ኣድራሻ ምረጹ፡ ምኽንያቱ ኮዳትን መልስታትን ናብኡ እዮም ዝመጹ።

concept-numero-de-telephone = ቁጽሪ ተሌፎን
    .explain = ክድወለልኩም ዝኽእል ቁጽሪ ጽሓፉ። ፈረንሳዊ ቁጽሪ 10 ኣሃዛት ኣለዎ፡ ብ 0 ድማ ይጅምር።

concept-telephone-portable = ሞባይል ተሌፎን
    .explain = እዚ ቁጽሪ ሞባይልኩም እዩ፡ ኣብ ፈረንሳ መብዛሕትኡ ግዜ ብ 06 ወይ 07 ዝጅምር። እቲ ወብሳይት ብSMS ኮድ ክሰደልኩም ይኽእል።

concept-telephone-fixe = መደበኛ ተሌፎን (ናይ ገዛ)
    .explain = እዚ ምስ ገዛ ወይ ቤት ጽሕፈት ዝተኣሳሰረ ተሌፎን ቁጽሪ እዩ። እንተ ዘይብልኩም፡ ነዚ ቦታ ባዶ ግደፍዎ።

concept-indicatif = ኮድ ሃገር (ናይ ተሌፎን)
    .explain = እዚ ቅድሚ ቁጽሪ ተሌፎን ዝቕመጥ ኮድ ሃገር እዩ። ንፈረንሳ +33 እዩ፡ ሽዑ ነቲ ቀዳማይ 0 ኣይትጽሓፍዎ።

concept-sms = SMS (ሓጺር ጽሑፍ መልእኽቲ)
    .explain = SMS ኣብ ሞባይልኩም ዝበጽሕ ጽሑፍ መልእኽቲ እዩ። ወብሳይታት መብዛሕትኡ ግዜ ብSMS ኮድ ይሰዱ።

## Adresse

concept-adresse = ኣድራሻ
    .explain = እዚ እትነብሩሉ ወይ ደብዳቤ እትቕበሉሉ ቦታ እዩ። እቲ ምምሕዳር ናብዚ ኣድራሻ ደብዳቤታት ክሰደልኩም እዩ።

concept-adresse-postale = ናይ ፖስታ ኣድራሻ
    .explain = እዚ ፖስታ ደብዳቤኹም ዘምጽኣሉ ኣድራሻ እዩ። ካብቲ እትድቅሱሉ ቦታ ክፈሊ ይኽእል፡ ንኣብነት domiciliation (ኣብ ማሕበር ዘሎ ናይ ደብዳቤ ኣድራሻ)።

concept-complement-d-adresse = ተወሳኺ ሓበሬታ ኣድራሻ
    .explain = እዚ ቦታ ንፖስተኛ ዝሕግዙ ዝርዝራት እዩ፦ ህንጻ፡ ደርቢ፡ ኣፓርታማ፡ ኣብ ሳጹን ደብዳቤ ዘሎ ስም። መብዛሕትኡ ግዜ ግዴታ ኣይኮነን።

concept-numero = ቁጽሪ ገዛ
    .explain = ኣብ ኣድራሻ፡ እዚ ቁጽሪ እቲ ገዛ ወይ ህንጻ ኣብቲ ጎደና እዩ። ድሕሪ እቲ ቁጽሪ bis ወይ ter ክህሉ ይኽእል።

concept-numero-d-identification = ቁጽሪ (numéro)
    .explain = ቁጽሪ ንሓደ ነገር ዘመልክት ተርታ ኣሃዛት እዩ፡ ሓደ ሓደ ግዜ ምስ ፊደላት፡ ንኣብነት ፋይል፡ ካርድ፡ ተሌፎን። ከይቀየርኩም ከም ዘለዎ ቅድሑዎ።

concept-voie = ጎደና (ስም መንገዲ)
    .explain = እዚ ናይ ኣድራሻኹም ጎደና እዩ፦ rue፡ avenue፡ boulevard፡ chemin፡ place። ዓይነቱን ስሙን ጽሓፉ፡ ብዘይ ቁጽሪ።

concept-batiment = ህንጻ (bâtiment)
    .explain = መንበሪኹም ብዙሓት ህንጻታት እንተ ሃለውዎ፡ ፊደል ወይ ቁጽሪ ናይ ናትኩም ህንጻ ጽሓፉ። እዚ ንፖስተኛ ሳጹን ደብዳቤኹም ክረክብ ይሕግዞ።

concept-immeuble = ብዙሕ ደርቢ ዘለዎ ህንጻ (immeuble)
    .explain = Immeuble ብዙሕ ደርብታትን ብዙሓት መንበሪ ገዛውትን ዘለዎ ህንጻ እዩ። ስም ወይ ቁጽሪ እንተ ሃለዎ ጽሓፍዎ።

concept-escalier = መደያይቦ (escalier)
    .explain = ኣብ ገሊኦም ህንጻታት፡ መደያይቦታት ፊደል ወይ ቁጽሪ ኣለዎም። ናይ መንበሪኹም እንተ ትፈልጥዎ ጽሓፍዎ።

concept-numero-d-appartement = ቁጽሪ ኣፓርታማ
    .explain = እዚ ኣብቲ ህንጻ ዘሎ ቁጽሪ መንበሪኹም እዩ። መብዛሕትኡ ግዜ ኣብ ማዕጾ ወይ ኣብ ውዕል ክራይኩም (bail) ተጻሒፉ ኣሎ።

concept-etage = ደርቢ
    .explain = ደርቢ ኣብቲ ህንጻ መንበሪኹም ዘለዎ ብራኸ እዩ። ታሕተዋይ ደርቢ (rez-de-chaussée) ደርቢ 0 እዩ።

concept-lieu-dit = ስም ቦታ ኣብ ገጠር (lieu-dit)
    .explain = Lieu-dit ስም ንእሽቶ ቦታ ኣብ ገጠር እዩ፡ ስም ጎደና ዘይብሉ። ክፋል ኣድራሻኹም እንተኾይኑ ጽሓፍዎ።

concept-commune-deleguee = ዝተጸንበረት ከተማ (commune déléguée)
    .explain = Commune déléguée ምስ ካልእ ከተማ ዝተጸንበረት ናይ ቀደም ከተማ ወይ ዓዲ እያ። ስማ ሓድሓደ ግዜ ኣብ ኣድራሻ ይተርፍ።

concept-boite-postale = ሳጹን ፖስታ (BP)
    .explain = እዚ ኣብ ፖስታ ቤት ደብዳቤ እትቕበሉሉ ሳጹን እዩ። ቁጽሪ ኣለዎ፡ መብዛሕትኡ ግዜ BP ምስ ቁጽሪ ተጻሒፉ።

concept-cedex = Cedex (ፍሉይ ኣገልግሎት ፖስታ)
    .explain = Cedex ብዙሕ ደብዳቤ ኣብ ዝቕበሉ ትካላት ወይ ቤት ጽሕፈታት መንግስቲ ኣድራሻ ዝውሰኽ ቃል እዩ። ኣድራሻኹም እንተ ዘይብሉ፡ ነዚ ቦታ ባዶ ግደፍዎ።

concept-code-postal = ኮድ ፖስታ (code postal)
    .explain = Code postal ንከተማ ወይ ንከባቢ ዝውሃብ 5 ኣሃዛት ዘለዎ ቁጽሪ እዩ። ንኣብነት 75011 ንሓደ ክፋል ፓሪስ።
    .where = ኣብቲ ናብ ኣድራሻኹም ዝመጸ ደብዳቤ፡ ቅድሚ ስም ከተማ።

concept-commune = ከተማ ወይ ዓዲ (commune)
    .explain = Commune እትነብሩላ ከተማ ወይ ዓዲ እያ። መብዛሕትኡ ግዜ ድሕሪ code postal ምጽሓፍ ካብ ዝርዝር ትመርጽዋ።

concept-departement = ዴፓርትማ (département)
    .explain = ፈረንሳ ናብ départements ተመቓቒላ ኣላ፡ ነፍሲ ወከፎም ቁጽሪ ኣለዎ። ፕረፌክቱርኩም ናይቲ እትነብሩሉ département እያ።

concept-pays = ሃገር
    .explain = ካብቲ ዝርዝር ሃገር ምረጹ። ኣብ ፈረንሳ ንዘሎ ኣድራሻ፡ France ምረጹ።

concept-changement-d-adresse = ምቕያር ኣድራሻ
    .explain = ገዛ ክትቕይሩ ከለኹም፡ ሓድሽ ኣድራሻኹም ንምምሕዳራት ክትህቡ ኣለኩም። ፍቓድ መንበሪ እንተ ሃልዩኩም፡ ኣብ ውሽጢ 3 ኣዋርሕ ንፕረፌክቱር ሓብሩ።

concept-hebergement = መዕቆቢ (ኣብ ገዛ ካልእ ሰብ ምንባር)
    .explain = Hébergé ማለት ኣብ ገዛ ካልእ ሰብ ትነብሩ፡ ክራይ ከይከፈልኩም ወይ ቁሩብ እናከፈልኩም። እቲ ወብሳይት መብዛሕትኡ ግዜ በቲ ሰብ ዝተፈረመ መረጋገጺ ይሓትት።

concept-attestation-d-hebergement = መረጋገጺ መዕቆቢ (attestation d’hébergement)
    .explain = እዚ እቲ ዘዕቑበኩም ሰብ ዝፈረሞ ደብዳቤ እዩ፡ ኣብ ገዛኡ ከም እትነብሩ ዝገልጽ። ምስኡ ናይቲ ሰብ ወረቐት መንነትን ብስሙ ዘሎ መረጋገጺ ኣድራሻን ይተሓሓዝ።

concept-justificatif-de-domicile = መረጋገጺ ኣድራሻ (justificatif de domicile)
    .explain = እዚ ኣድራሻኹም ዘረጋግጽ ሓድሽ ሰነድ እዩ፦ ፋቱራ መብራህቲ፡ ቅብሊት ክራይ፡ attestation d’hébergement። መብዛሕትኡ ግዜ ካብ 3 ኣዋርሕ ዘይበለጸ እዩ።

concept-domiciliation = ናይ ደብዳቤ ኣድራሻ ኣብ ማሕበር (domiciliation)
    .explain = ርጉእ ኣድራሻ እንተ ዘይብልኩም፡ CCAS ወይ ፍቑድ ማሕበር ደብዳቤኹም ክቕበል ይኽእል። እዚ ኣድራሻ ምምሕዳራዊ ጉዳያትኩም ንምክያድ የኽእለኩም።
    .where = እቲ መረጋገጺ ብ CCAS ወይ በቲ ኣድራሻ ዝሃበኩም ማሕበር ይወሃበኩም።

concept-sans-domicile-stable = ርጉእ መንበሪ ዘይብሉ
    .explain = ናይ ባዕልኹም መንበሪ እንተ ዘይብልኩም፡ ርጉእ መንበሪ የብልኩምን። ኮይኑ ግን ንደብዳቤኹም ኣድራሻ ናይ ምርካብ መሰል ኣለኩም፡ domiciliation ይበሃል።

## Compte et connexion

concept-identifiant = መለለዪ ስም (identifiant)
    .explain = Identifiant ኣብቲ ወብሳይት ዘለልየኩም ስም ወይ ቁጽሪ እዩ። ከከም ወብሳይቱ፡ ኣድራሻ ኢመይልኩም፡ ቁጽሪ ወይ ዝመረጽኩምዎ ስም ክኸውን ይኽእል።
    .where = ኣብ ANEF፡ መብዛሕትኡ ግዜ ቁጽሪ ወጻእተኛ (numéro étranger) እዩ። ኣብ ግብሪ፡ ቁጽሪ ግብሪኹም (numéro fiscal) እዩ።

concept-mot-de-passe = መሕለፊ ቃል (mot de passe)
    .explain = መሕለፊ ቃል ናብ ኣካውንትኩም ንምእታው እትመርጽዎ ምስጢራዊ ኮድ እዩ። ንማንም ኣይትሃብዎ፡ ኣብ ውሑስ ቦታ ድማ ጽሓፍዎ።

concept-confirmation-du-mot-de-passe = ምርግጋጽ መሕለፊ ቃል
    .explain = ነቲ ሓደ መሕለፊ ቃል ንኻልኣይ ግዜ ጽሓፍዎ። ከምኡ ብምግባር እቲ ወብሳይት ናይ ምጽሓፍ ጌጋ ከም ዘይገበርኩም የረጋግጽ።

concept-se-connecter = ምእታው (ናብ ኣካውንትኩም)
    .explain = Se connecter ማለት ብመለለዪ ስምኩምን መሕለፊ ቃልኩምን ናብ ኣካውንትኩም ምእታው እዩ። ድሕሪኡ፡ ፋይልኩም ትርእዩ።

concept-connexion = ምእታው (connexion)
    .explain = Connexion ናብ ናይ ባዕልኹም ኣካውንት ኣብቲ ወብሳይት ምእታው እዩ። መለለዪ ስምኩምን መሕለፊ ቃልኩምን የድልዩ።

concept-se-deconnecter = ምውጻእ (ካብ ኣካውንትኩም)
    .explain = Se déconnecter ማለት ካብ ኣካውንትኩም ምውጻእ እዩ። ሓበሬታኹም ንምሕላው፡ ኣብ ብዙሓት ሰባት ዝጥቀሙሉ ኮምፒተር ኩሉ ግዜ ግበርዎ።

concept-creer-un-compte = ኣካውንት ምኽፋት
    .explain = ኣካውንት ምኽፋት ማለት ንመጀመርያ ግዜ ኣብቲ ወብሳይት ምምዝጋብ እዩ። መለለዪ ስምን መሕለፊ ቃልን ትመርጹ፡ መብዛሕትኡ ግዜ ድማ ንምርግጋጽ ኢመይል ይበጽሓኩም።

concept-compte = ኣካውንት (compte)
    .explain = ኣካውንትኩም ኣብቲ ወብሳይት ናይ ባዕልኹም ቦታ እዩ። ሕቶታትኩም፡ ሰነዳትኩምን መልእኽትታትኩምን ይሕሉ።

concept-prendre-en-compte = ኣብ ግምት ምእታው
    .explain = Prendre en compte ማለት ሓበሬታ ርእዩ ንውሳነ ምጥቃሙ እዩ። እዚ ቃል ምስ ኣብቲ መርበብ ዘሎ ኣካውንትኩም (compte) ዝምድና የብሉን።

concept-mot-de-passe-oublie = መሕለፊ ቃል ረሲዐ
    .explain = መሕለፊ ቃልኩም እንተ ረሲዕኩም ኣብዚ ጠውቑ። እቲ ወብሳይት ሓድሽ ንምምራጽ ሊንክ ወይ ኮድ ይሰደልኩም።

concept-reinitialiser-le-mot-de-passe = መሕለፊ ቃል ምሕዳስ
    .explain = Réinitialiser ማለት መሕለፊ ቃልኩም ብሓድሽ ምትካእ እዩ። ነቲ ብኢመይል ዝበጽሓኩም ሊንክ ተኸተሉ፡ ዘይትርስዕዎ መሕለፊ ቃል ድማ ምረጹ።

concept-se-souvenir-de-moi = ዘክረኒ
    .explain = ነዚ ሳጹን ምልክት እንተ ገበርኩምሉ፡ እቲ ወብሳይት መለለዪ ስምኩም ንዝመጽእ ግዜ ይዕቅቦ። ኣብ ብዙሓት ሰባት ዝጥቀሙሉ ኮምፒተር ምልክት ኣይትግበሩሉ።

concept-franceconnect = FranceConnect (ብዘሎኩም ኣካውንት ምእታው)
    .explain = FranceConnect ብዘሎኩም ኣካውንት ናብ ወብሳይት መንግስቲ ንምእታው የኽእለኩም፡ ንኣብነት Ameli ወይ L’Identité Numérique La Poste። ሓድሽ መሕለፊ ቃል ኣየድልየኩምን።

concept-identite-numerique = ዲጂታላዊ መንነት
    .explain = ዲጂታላዊ መንነት ኣብ ኢንተርነት መን ምዃንኩም ንምርግጋጽ ውሑስ መንገዲ እዩ፡ ብኣፕሊኬሽን ኣብ ተሌፎንኩም። ምስ FranceConnect ክትጥቀሙሉ ትኽእሉ።

concept-validation-en-deux-etapes = ብኽልተ ደረጃ ምርግጋጽ
    .explain = ብተወሳኺ መሕለፊ ቃል፡ እቲ ወብሳይት ብSMS፡ ብኢመይል ወይ ብኣፕሊኬሽን ዝበጽሓኩም ኮድ ይሓትት። እዚ ንኣካውንትኩም ይሕልዎ።

concept-code-de-verification = ኮድ ምርግጋጽ
    .explain = እቲ ወብሳይት ብሓቂ ንስኹም ምዃንኩም ንምርግጋጽ ብSMS ወይ ብኢመይል ኮድ ይሰደልኩም። ቀልጢፍኩም ቅድሕዎ፡ ምኽንያቱ ንውሑዳት ደቓይቕ ጥራይ እዩ ዝሰርሕ።
    .where = SMS ወይ ሳጹን ኢመይልኩም ርኣዩ፡ ከምኡ እውን ነቲ «courrier indésirable» ወይ «spam» ዝብል ፎልደር።

concept-lien-d-activation = ሊንክ ምኽፋት ኣካውንት (lien d’activation)
    .explain = ድሕሪ ምምዝጋብ፡ እቲ ወብሳይት ሊንክ ዘለዎ ኢመይል ይሰደልኩም። ኣካውንትኩም ንምኽፋት ኣብቲ ሊንክ ጠውቑ፡ መብዛሕትኡ ግዜ ኣብ ውሱን ግዜ።
    .where = ኣብ ሳጹን ኢመይልኩም፡ ከምኡ እውን ኣብቲ «spam» ወይ «courrier indésirable» ዝብል ፎልደር።

concept-espace-personnel = ናይ ባዕልኹም ክፋል (espace personnel)
    .explain = Espace personnel ድሕሪ ምእታው ንዓኹም ጥራይ ዝተሓዝአ ክፋል ናይቲ ወብሳይት እዩ። ኣብኡ ሕቶታትኩም ትከታተሉን ሰነዳትኩም ትረኽቡን።

concept-messagerie = ሳጹን መልእኽቲ (messagerie)
    .explain = Messagerie ኣብ ኣካውንትኩም ናብ ምምሕዳር ክትጽሕፉን መልስታቱ ከተንብቡን የኽእለኩም። ብዙሕ ግዜ ርኣይዎ፡ ምኽንያቱ ኣገደስቲ መልእኽትታት ክመጹ ይኽእሉ።

concept-profil = ፕሮፋይል (ናይ ባዕልኹም ሓበሬታ)
    .explain = ፕሮፋይልኩም እቲ ወብሳይት ብዛዕባኹም ዝሓዞ ሓበሬታ ይሕዝ፦ ስም፡ ኣድራሻ፡ ተሌፎን። መብዛሕትኡ ግዜ ኣብዚ ከተእርምዎ ትኽእሉ።

## Navigation et boutons

concept-afficher = ኣርኢ (afficher)
    .explain = Afficher ማለት ኣብ ስክሪን ምርኣይ እዩ። ኣብ ጥቓ መሕለፊ ቃል፡ እዚ መልጎም ዝጸሓፍኩምዎ ፊደላት የርኢ።

concept-masquer = ሕባእ (masquer)
    .explain = Masquer ማለት ምሕባእ እዩ። መሕለፊ ቃል ከም ብሓድሽ ነጠብጣባት ወይ ኮኾባት ይኸውን።

concept-valider = ኣረጋግጽ (valider)
    .explain = Valider ማለት መልስታትኩም ኣረጋጊጽኩም ምስዳድ እዩ። ቅድሚ ምጥዋቕኩም ደጊምኩም ኣንብቡ፡ ምኽንያቱ ሓድሓደ ግዜ ድሕሪኡ ክትቕይሩ ኣይከኣልን እዩ።

concept-envoyer = ስደድ (envoyer)
    .explain = Envoyer ቅጥዕኹም ወይ መልእኽትኹም ናብ ምምሕዳር ይሰዶ። ድሕሪ ምስዳድ፡ ነቲ መረጋገጺ ሓልውዎ ወይ ስእሊ ስክሪን ውሰዱ።

concept-suivant = ዝቕጽል (suivant)
    .explain = እቲ Suivant ዝብል መልጎም ናብ ዝቕጽል ደረጃ የሕልፈኩም። ኣብ ካልእ ቦታ፡ suivant ማለት «ዝስዕብ» እዩ፡ ንኣብነት እቶም ዝስዕቡ ሰነዳት።

concept-precedent = ዝሓለፈ (précédent)
    .explain = እቲ Précédent ዝብል መልጎም ደጊምኩም ከተንብብዎ ወይ ከተእርምዎ ናብ ዝሓለፈ ደረጃ ይመልሰኩም። ኣብ ካልእ ቦታ፡ précédent ማለት «ናይ ቅድሚኡ» እዩ፡ ንኣብነት ዝሓለፈ ዓመት።

concept-retour = ተመለስ (retour)
    .explain = Retour ናብ ዝሓለፈ ገጽ ይመልሰኩም። ተጠንቀቑ፡ ገሊኦም መልስታት ክጠፍኡ ይኽእሉ።

concept-annuler = ሰርዝ (annuler)
    .explain = Annuler ነቲ ዝካየድ ዘሎ ተግባር የቋርጾ፡ ኣብዚ ገጽ ዝገበርኩምዎ ከይዓቀበ።

concept-enregistrer = ዓቅብ (enregistrer)
    .explain = እቲ Enregistrer ዝብል መልጎም መልስታትኩም ይዕቅብ፡ ግን ሕቶኹም ገና ኣይተሰደደን። Enregistrer ንሓደ ሕቶ ማለት ከኣ ብወግዒ ምምዝጋቡ እዩ፡ ንኣብነት ሕቶ ዑቕባ።

concept-brouillon = ንድፊ (brouillon)
    .explain = Brouillon ዝተጀመረ ግን ዘይተሰደደ ሕቶ እዩ። ክሳብ እትሰድዎ፡ ምምሕዳር ኣይርእዮን እዩ።

concept-modifier = ቀይር (modifier)
    .explain = Modifier ዝተጻሕፈ ሓበሬታ ክትቕይሩ የኽእለኩም።

concept-mise-a-jour = ሓበሬታ ምዕራይ (mise à jour)
    .explain = Mettre à jour ማለት ሓበሬታ ሎሚ ቅኑዕ ንክኸውን ምቕያሩ እዩ። ንኣብነት፡ ሓድሽ ኣድራሻኹም ምጽሓፍ።

concept-supprimer = ደምስስ (supprimer)
    .explain = Supprimer ነቲ ነገር ንሓዋሩ ይድምስሶ፡ ንኣብነት ዝወሰኽኩምዎ ፋይል። ቅድሚ ምጥዋቕኩም ኣረጋግጹ።

concept-rechercher = ድለ (rechercher)
    .explain = Rechercher ቃል ብምጽሓፍ ገጽ ወይ ሓበሬታ ክትረኽቡ የኽእለኩም።

concept-telecharger = ኣውርድ (télécharger)
    .explain = Télécharger ማለት ሰነድ ካብቲ ወብሳይት ናብ ተሌፎንኩም ወይ ኮምፒተርኩም ምቕዳሕ እዩ። ገሊኦም ወብሳይታት እዚ ቃል ፋይል ናብቲ ወብሳይት ንምስዳድ እውን ይጥቀሙሉ።

concept-televerser = ፋይል ስደድ (téléverser)
    .explain = Téléverser ማለት ፋይል ካብ ተሌፎንኩም ወይ ኮምፒተርኩም ናብቲ ወብሳይት ምስዳድ እዩ። ንኣብነት ስእሊ ወይ ስካን ፓስፖርትኩም።

concept-deposer-un-dossier = ፋይል ወይ ሕቶ ምቕራብ (déposer)
    .explain = ፋይል ወይ ሕቶ ምቕራብ ማለት ናብ ምምሕዳር ምስዳዱ እዩ። ቅድሚኡ፡ ምሉእ ምዃኑ ኣረጋግጹ። ድሕሪኡ፡ መረጋገጺ ምቕራብ ሓልዉ።

concept-ajouter-un-fichier = ፋይል ወስኽ
    .explain = እዚ መልጎም ዝስደድ ሰነድ ንምምራጽ ፎልደራትኩም ይኸፍት። ቅድሚ ምምራጽኩም ዝተሓተተ ቅርጺ (format) ን ዓቐንን ኣረጋግጹ።

concept-imprimer = ሕተም (imprimer)
    .explain = Imprimer ነቲ ሰነድ ብፕሪንተር ኣብ ወረቐት የውጽኦ። ንምሕላው ብPDF እውን ክትዕቅብዎ ትኽእሉ።

concept-fermer = ዕጸው (fermer)
    .explain = Fermer ነቲ መስኮት ወይ መልእኽቲ ካብ ስክሪን የጥፍኦ።

concept-menu = ሜኑ (ዝርዝር ክፋላት)
    .explain = ሜኑ ዝርዝር ክፋላት ናይቲ ወብሳይት እዩ። ዘለዉ ገጻት ንምርኣይ ኣብኡ ጠውቑ።

concept-accueil = ቀዳማይ ገጽ (accueil)
    .explain = Accueil ቀዳማይ ገጽ ናይቲ ወብሳይት እዩ። እንተ ጠፊኡኩም ናብኡ ክትምለሱ ትኽእሉ።

concept-aide = ሓገዝ (aide)
    .explain = Aide ብዛዕባ እቲ ወብሳይትን ምምሕዳራዊ ጉዳያትን መብርሂ ይህብ። እቲ ቃል aide ብትካል ዝውሃብ ገንዘብ ማለት እውን እዩ።

concept-nous-contacter = ርኸቡና
    .explain = እዚ ገጽ ናብ ምምሕዳር ክትጽሕፉ የኽእለኩም፡ መብዛሕትኡ ግዜ ብቕጥዒ። ቅዳሕ መልእኽትኹምን መልሱን ሓልዉ።

concept-foire-aux-questions = ተደጋገምቲ ሕቶታት (FAQ)
    .explain = እዚ ሰባት ብዙሕ ግዜ ዝሓትዎም ሕቶታትን መልስታቶምን ዘለዎ ገጽ እዩ።

concept-recapitulatif = ጽማቕ (récapitulatif)
    .explain = Récapitulatif ቅድሚ ምስዳድ ኩሎም መልስታትኩም የርኢ። ቅድሚ valider ምጥዋቕኩም ብጥንቃቐ ኣንብቡን ጌጋታት ኣእርሙን።

concept-etape = ደረጃ (étape)
    .explain = ኣብ ኢንተርነት ዝግበር ምምሕዳራዊ ጉዳይ ናብ ደረጃታት ይምቀል። እቲ ወብሳይት መብዛሕትኡ ግዜ ኣብ ኣየናይ ደረጃ ከም ዘለኹምን ክንደይ ከም ዝተረፈን የርኢ።

concept-tableau-de-bord = ቀንዲ ገጽ ኣካውንት (tableau de bord)
    .explain = Tableau de bord ቀንዲ ገጽ ኣካውንትኩም እዩ። ሕቶታትኩም፡ ኩነታቶምን መልእኽትታትኩምን የርኢ።

concept-demarche = ምምሕዳራዊ ጉዳይ (démarche)
    .explain = Démarche ካብ ምምሕዳር ሓደ ነገር ንምርካብ እትገብርዎ እዩ፦ ወረቐት፡ ሓገዝ፡ መሰል።

concept-voie-electronique = ብኢንተርነት (par voie électronique)
    .explain = Par voie électronique ማለት ብኢንተርነት እዩ፦ ኣብ ወብሳይት፡ ብኢመይል ወይ ኣብ ኣካውንትኩም። ኣድራሻ ኣይኮነን።

concept-demarche-en-ligne = ብኢንተርነት ዝግበር ምምሕዳራዊ ጉዳይ
    .explain = እዚ ናብ ቤት ጽሕፈት ከይከድኩም ብኢንተርነት ዝግበር ጉዳይ እዩ። እንተ ዘይከኣልኩም፡ ሓገዝ ሕተቱ። ንፍቓድ መንበሪ፡ ሓገዝ ረኺብኩም እውን እቲ መርበብ እንተ ዘይሰሪሑልኩም፡ ካልእ መፍትሒ ክህሉ ኣለዎ።

concept-capture-d-ecran = ስእሊ ስክሪን (capture d’écran)
    .explain = ስእሊ ስክሪን ስክሪንኩም ዘርእዮ ነገር ዝሕዝ ስእሊ እዩ። ምስ ዕለትን ሰዓትን፡ ጸገም ከረጋግጽ ይኽእል፡ ንኣብነት ቆጸራ ዘይምህላው።

concept-cookies = ኩኪስ (cookies)
    .explain = Cookies እቲ ወብሳይት ኣብ ብራውዘርኩም ዝዕቅቦም ንኣሽቱ ፋይላት እዮም። እቲ ወብሳይት ነቶም ዘየድልዩ ፍቓድኩም ክሓትት ኣለዎ። ምንጻግ ከም ምቕባል ቀሊል ክኸውን ኣለዎ።

concept-accessibilite = ተበጻሕነት (accessibilité)
    .explain = Accessibilité ማለት እቲ ወብሳይት ብኹሉ ሰብ፡ ስንክልና ዘለዎ እውን፡ ክጥቀመሉ ክኽእል ኣለዎ ማለት እዩ። ከምኡ እንተ ዘይኮይኑ፡ ከተፍልጡ ትኽእሉ።

concept-mentions-legales = ሕጋዊ ሓበሬታ (mentions légales)
    .explain = እዚ ገጽ ነቲ ወብሳይት መን ከም ዘመሓድሮን መን ሓላፊ ከም ዝኾነን ይገልጽ። ንጉዳይኩም ኣየድልን እዩ።

concept-conditions-generales = ሓፈሻዊ ስርዓታት ኣጠቓቕማ
    .explain = እዚኦም ናይቲ ወብሳይት ስርዓታት ኣጠቓቕማ እዮም። እቲ ወብሳይት ቅድሚ ምቕጻልኩም ክትቕበልዎም መብዛሕትኡ ግዜ ይሓትት።

concept-parametres-d-affichage = ምርጫታት ትርኢት (paramètres d’affichage)
    .explain = ኣብዚ፡ ትርኢት ናይቲ ወብሳይት ትመርጹ፦ ብሩህ ወይ ጸልማት ሕብርታት። እዚ ንጉዳይኩም ኣይቕይሮን።

concept-theme-clair = ብሩህ ትርኢት
    .explain = ብሩህ ትርኢት ጸሊም ጽሑፍ ኣብ ጻዕዳ ድሕረ ባይታ የርኢ።

concept-theme-sombre = ጸልማት ትርኢት
    .explain = ጸልማት ትርኢት ብሩህ ጽሑፍ ኣብ ጸሊም ድሕረ ባይታ የርኢ። ንኣዒንቲ ከዕርፍ ይኽእል።

concept-theme-systeme = ከም መሳርሒኹም (système)
    .explain = ኣብዚ፡ système ማለት እቲ ወብሳይት ሕብርታት ተሌፎንኩም ወይ ኮምፒተርኩም ይወስድ ማለት እዩ።

concept-republique-francaise = République française (ሪፓብሊክ ፈረንሳ)
    .explain = እዚ ኣርማ እቲ ወብሳይት ናይ መንግስቲ ፈረንሳ ምዃኑ የርኢ። ንነጻ ጉዳይ ገንዘብ ካብ ዝሓቱ ናይ ሓሶት ወብሳይታት ተጠንቀቑ።

concept-navigateur = ብራውዘር (navigateur)
    .explain = ብራውዘር ወብሳይታት ዝኸፍት ፕሮግራም እዩ፡ ከም Chrome፡ Firefox፡ Safari ወይ Edge።

concept-service-public-fr = Service-Public.fr (ወግዓዊ ወብሳይት ሓበሬታ)
    .explain = እዚ ኣብ ፈረንሳ መሰላትኩምን ምምሕዳራዊ ጉዳያትን ዘብርህ ወግዓዊ ወብሳይት እዩ። ናብ ቅኑዓት ቅጥዕታት ዝወስዱ ሊንክታት እውን ይህብ።

concept-demarches-simplifiees = démarches-simplifiées (ወብሳይት ቅጥዕታት መንግስቲ)
    .explain = እዚ ብዙሓት ምምሕዳራት ቅጥዕታቶም ዘቐምጥሉ ወብሳይት መንግስቲ እዩ። ኣብኡ ፋይልኩም ተቕርቡን መልሱ ትከታተሉን።

## Formulaires

concept-demande = ሕቶ (demande)
    .explain = Demande ሓደ ነገር ንምርካብ ናብ ምምሕዳር እትሰድዎ እዩ፦ ፍቓድ መንበሪ፡ ሓገዝ፡ ቆጸራ።

concept-champ-de-saisie = ቦታ ምጽሓፍ
    .explain = እዚ ብኪቦርድ መልሲ እትጽሕፉሉ ሳጹን እዩ።

concept-saisir = ምጽሓፍ / ምምላእ (saisir)
    .explain = Saisir ወይ renseigner ማለት ኣብ ቦታ ናይ ቅጥዒ ሓበሬታ ምጽሓፍ እዩ። ብሕጊ፡ saisir un juge ማለት ንዳኛ ክውስን ምሕታት እዩ።

concept-libelle = ኣርእስቲ ቦታ (libellé)
    .explain = Libellé ኣብ ልዕሊ ሳጹን ዝቕመጥ ጽሑፍ እዩ። እንታይ ክትጽሕፉ ወይ ክትመርጹ ከም ዘለኩም ይነግር።

concept-legende = ኣርእስቲ ጉጅለ ሕቶታት (légende)
    .explain = Légende ኣርእስቲ ናይ ሓደ ጉጅለ ሕቶታት እዩ። እቶም ሕቶታት ብሓባር እንታይ ከም ዝሓቱ የብርህ።

concept-case-a-cocher = ሳጹን ምልክት
    .explain = እዚ ንእሽቶ ርቡዕ እዩ። «እወ» ንምባል ኣብኡ ጠውቑ፡ ነቲ ምልክት ንምእላይ ድማ ደጊምኩም ጠውቑ።

concept-cocher = ምልክት ምግባር (cocher)
    .explain = Cocher ማለት ኣብ ሳጹን ጠዊቕኩም ምልክት ምግባር እዩ። እዚ «እወ» ወይ «እሰማማዕ» ማለት እዩ።

concept-bouton-radio = ክቢ መምረጺ (bouton radio)
    .explain = እዚ ንእሽቶ ክቢ እዩ። ካብቲ ጉጅለ ሓደ መልሲ ጥራይ ክትመርጹ ትኽእሉ።

concept-liste-deroulante = ዝኽፈት ዝርዝር (liste déroulante)
    .explain = እዚ ዝርዝር ምስ ጠወቕኩምሉ ይኽፈት። ድሕሪኡ ካብቲ ዝርዝር ሓደ መልሲ ምረጹ።

concept-selectionner-une-option = ሓደ ምርጫ ምምራጽ
    .explain = Sélectionner ማለት ካብ ዝርዝር ሓደ መልሲ ምምራጽ እዩ። ኣብቲ ዝርዝር ጠውቑ፡ ድሕሪኡ ኣብ መልስኹም።

concept-option = ምርጫ (option)
    .explain = Option ኣብ ዝርዝር ካብ ዘለዉ ምርጫታት ሓደ እዩ።

concept-champ-obligatoire = ግዴታ ዝኾነ ቦታ
    .explain = ነዚ ቦታ ክትመልእዎ ኣለኩም፡ እንተ ዘይኮይኑ እቲ ቅጥዒ ኣይስደድን። መብዛሕትኡ ግዜ ብኮኾብ * ይምልከት።

concept-optionnel = ግዴታ ዘይኮነ (optionnel)
    .explain = Optionnel ማለት ክትምልሱ ግዴታ ኣይኮነን። ነዚ ቦታ ባዶ ክትገድፍዎ ትኽእሉ።

concept-format-attendu = ዝድለ ኣጻሕፋ (format)
    .explain = እዚ መልሲ ብኸመይ ከም ዝጽሓፍ የርኢ፡ ንኣብነት ዕለት ብ JJ/MM/AAAA (መዓልቲ/ወርሒ/ዓመት)። ተኸተልዎ፡ እንተ ዘይኮይኑ እቲ ወብሳይት ጌጋ የርኢ።

concept-exemple = ኣብነት (exemple)
    .explain = ኣብነት ሓደ ክኸውን ዝኽእል መልሲ የርኢ። ኣይትቕድሕዎ፡ ናይ ባዕልኹም ሓበሬታ ብተመሳሳሊ ኣገባብ ጽሓፉ።

concept-indication = መምርሒ (indication)
    .explain = Indication ኣብ ትሕቲ እቲ ሕቶ ዘሎ ንእሽቶ ጽሑፍ እዩ። ብኸመይ ከም እትምልሱ የብርህ።

concept-texte-de-description = ጽሑፍ መግለጺ
    .explain = እዚ ጽሑፍ ብዛዕባ እቲ ሕቶ ተወሳኺ መብርሂ ይህብ። ቅድሚ ምምላስኩም ኣንብብዎ።

concept-fichier = ፋይል (fichier)
    .explain = ፋይል ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ዝተዓቀበ ሰነድ እዩ፦ ስእሊ፡ ስካን፡ PDF።

concept-format-de-fichier = ዓይነት ፋይል (format)
    .explain = Format ዓይነት ፋይል እዩ፡ ኣብ ስሙ ድሕሪ ነጥቢ ዝጽሓፍ፦ pdf፡ jpg፡ png። እቲ ወብሳይት ነቶም ዝተዘርዘሩ ዓይነታት ጥራይ ይቕበል።

concept-taille-maximale = ዝለዓለ ዓቐን (taille maximale)
    .explain = እዚ ንሓደ ፋይል ዝፍቀድ ዝለዓለ ዓቐን እዩ፡ መብዛሕትኡ ግዜ ብ Mo (ሜጋባይት)። ፋይልኩም እንተ ዓበየ፡ ብሉጽነት ናይቲ ስካን ወይ ስእሊ ኣጉድልዎ።

concept-caractere = ፊደል ወይ ምልክት (caractère)
    .explain = Caractère ፊደል፡ ኣሃዝ፡ ባዶ ቦታ ወይ ምልክት እዩ። እቲ ወብሳይት ሓድሓደ ግዜ ቁጽሪ ዝተጻሕፉ caractères ይቖጽር።

concept-caractere-special = ፍሉይ ምልክት (caractère spécial)
    .explain = ፍሉይ ምልክት ፊደል ወይ ኣሃዝ ዘይኮነ ምልክት እዩ፡ ንኣብነት ! @ # ወይ ?። ብዙሓት መሕለፊ ቃላት እንተ ወሓደ ሓደ ይሓቱ።

concept-chiffre = ኣሃዝ (chiffre)
    .explain = ኣሃዝ ካብ 0 ክሳብ 9 ካብ ዘለዉ ምልክታት ሓደ እዩ። መሕለፊ ቃል መብዛሕትኡ ግዜ እንተ ወሓደ ሓደ ኣሃዝ ክሕዝ ኣለዎ።

concept-chiffre-d-affaires = ጠቕላላ እቶት ንግዲ (chiffre d’affaires)
    .explain = Chiffre d’affaires ሓደ ትካል ንግዲ ዝኣከቦ ኩሉ ገንዘብ እዩ፡ ወጻኢታት ቅድሚ ምጉዳል። ንኣሽቱ ነጋዶ (micro-entrepreneurs) ነዚ ናብ URSSAF የፍልጥዎ።

concept-majuscule = ዓቢ ፊደል (majuscule)
    .explain = Majuscule ዓቢ ፊደል ላቲን እዩ፡ ከም A፡ B፡ C። ገሊኦም ቦታታት ስም ብዓበይቲ ፊደላት ክትጽሕፉ ይሓቱ።

concept-minuscule = ንእሽቶ ፊደል (minuscule)
    .explain = Minuscule ንእሽቶ ፊደል ላቲን እዩ፡ ከም a፡ b፡ c።

concept-piece-jointe = ተተሓሒዙ ዝስደድ ፋይል (pièce jointe)
    .explain = Pièce jointe ምስ መልእኽቲ ወይ ሕቶ ዝተወሰኸ ፋይል እዩ።

concept-piece-justificative = መረጋገጺ ሰነድ (pièce justificative)
    .explain = እዚ ዝገለጽኩምዎ ዘረጋግጽ ሰነድ እዩ፦ ፓስፖርት፡ መረጋገጺ ኣድራሻ፡ ወረቐት ደሞዝ። እቲ ወብሳይት ዝርዝር ዝድለዩ ሰነዳት ይህብ።

concept-montant = መጠን ገንዘብ (montant)
    .explain = Montant ብዩሮ ዝጽሓፍ መጠን ገንዘብ እዩ። እቲ ወብሳይት እንተ ሓቲቱ፡ ኣሃዛት ጥራይ ጽሓፉ፡ ብዘይ ምልክት €።

concept-motif = ምኽንያት (motif)
    .explain = Motif ምኽንያት ሕቶኹም ወይ ቆጸራኹም እዩ። ምስ ኩነታትኩም ዝሰማማዕ ምረጹ።

concept-attestation-sur-l-honneur = ብክብሪ ዝተዋህበ መረጋገጺ (attestation sur l’honneur)
    .explain = እዚ ሓበሬታኹም ሓቂ ምዃኑ ብጽሑፍ እትገልጹሉ ጽሑፍ እዩ። ናይ ሓሶት ምግላጽ ብሕጊ ክቕጻዕ ይኽእል።

concept-consentement = ስምምዕ (consentement)
    .explain = ስምምዕኩም ምሃብ ማለት ሓደ ነገር ምቕባል እዩ፡ ንኣብነት ኣጠቓቕማ ሓበሬታኹም። ቅድሚ ምልክት ምግባርኩም ነቲ ጽሑፍ ኣንብቡ።

concept-donnees-personnelles = ውልቃዊ ሓበሬታ (données personnelles)
    .explain = እዚ ብዛዕባኹም ዘሎ ሓበሬታ እዩ፦ ስም፡ ኣድራሻ፡ ቁጽርታት፡ ጥዕና። ሕጊ ነዚ ሓበሬታ ይሕልዎ፡ ክትርእይዎ ወይ ከተእርምዎ ድማ ክትሓቱ ትኽእሉ።

concept-mention-cnil = ሓበሬታ CNIL (ብዛዕባ ኣጠቓቕማ ሓበሬታኹም)
    .explain = እዚ ጽሑፍ እቲ ምምሕዳር ብሓበሬታኹም እንታይ ከም ዝገብርን ክንደይ ግዜ ከም ዝሕዞን የብርህ። ብዛዕባ እዚ ሓበሬታ መሰላትኩም ብኸመይ ከም እትጥቀሙሉ እውን ይነግር።

concept-cnil = CNIL (ሓላዊ ውልቃዊ ሓበሬታ)
    .explain = CNIL ኣብ ፈረንሳ ውልቃዊ ሓበሬታኹም ዝሕሉ ስልጣን ዘለዎ ትካል እዩ። ሓበሬታኹም ብጌጋ እንተ ተጠቒሞምሉ፡ ናብኡ ክትከሱ ትኽእሉ።

concept-rgpd = RGPD (ሕጊ ኤውሮጳ ንሓለዋ ሓበሬታ)
    .explain = RGPD ውልቃዊ ሓበሬታኹም ዝሕሉ ሕጊ ኤውሮጳ እዩ። ሓበሬታኹም ክትርእዩ፡ ከተእርሙ ወይ ከተደምስሱ መሰል ይህበኩም።

## CAPTCHA

concept-captcha = captcha (ሰብ ምዃንኩም ዘረጋግጽ ፈተና)
    .explain = Captcha ነቲ ወብሳይት ዝጥቀመሉ ዘሎ ሰብ ምዃኑ፡ ፕሮግራም ከም ዘይኮነ፡ ዘረጋግጽ ፈተና እዩ። ብግቡእ ንዘይርእዩ ሰባት መብዛሕትኡ ግዜ ናይ ድምጺ ቅርጺ ኣሎ።
    .todo = እንተ ዘይከኣልኩም፡ ናይ ድምጺ ቅርጺ ፈትኑ ወይ ሓገዝ ሕተቱ። ነፍሲ ወከፍ ዘይተዓወተ ፈተና ስእሊ ስክሪን ሓልዉ፦ እቲ ወብሳይት ከም ዝዓገተኩም መረጋገጺ እዩ።

concept-je-ne-suis-pas-un-robot = ሮቦት ኣይኮንኩን
    .explain = ሰብ ምዃንኩም ንምርኣይ ነዚ ሳጹን ምልክት ግበሩሉ። ሓድሓደ ግዜ እቲ ወብሳይት ድሕሪኡ ስእልታት ክትመርጹ ይሓትት።
    .todo = እቲ ፈተና ብዙሕ ግዜ እንተ ፈሺሉ፡ ናይ ድምጺ ቅርጺ ፈትኑ። ዓጊቱኩም እንተ ተሪፉ፡ ስእሊ ስክሪን ውሰዱ፡ ነቲ ጉዳይ ብኻልእ መንገዲ ንምግባር ድማ ሕተቱ።

concept-code-de-securite = ኮድ ድሕንነት
    .explain = ኣብቲ ስእሊ ዝረኣዩ ፊደላትን ኣሃዛትን ብተመሳሳሊ ቕደም ሰዓብ ቅድሑ። ንዓበይቲ ፊደላት ተጠንቀቑ።

concept-version-audio = ናይ ድምጺ ቅርጺ (version audio)
    .explain = እዚ መልጎም ነቲ ኮድ ብድምጺ የንብቦ፡ ነቲ ስእሊ ብግቡእ ንዘይርእዩ ሰባት። ድሕሪኡ ዝሰማዕኩምዎ ጽሓፉ።

concept-nouvelle-image = ሓድሽ ስእሊ
    .explain = ነቲ ኮድ ከተንብብዎ እንተ ዘይከኣልኩም፡ እዚ መልጎም ካልእ ኮድ የርኢ።

## Séjour des étrangers

concept-titre-de-sejour = ፍቓድ መንበሪ (titre de séjour)
    .explain = ፍቓድ መንበሪ ኣብ ፈረንሳ ክትነብሩ መሰል ዝህበኩም ካርድ እዩ። ዕለት መወዳእታ ኣለዎ፦ ቅድሚኡ ምሕዳስ ሕተቱ።
    .where = ካብ ፕረፌክቱር እዩ ተቐቢልኩምዎ። récépissé እንተ ሃልዩኩም እውን ሓልውዎ።

concept-carte-de-sejour-temporaire = ፍቓድ መንበሪ ንሓደ ዓመት (carte de séjour temporaire)
    .explain = እዚ ቢዝሒ ሓደ ዓመት ዝሰርሕ ፍቓድ መንበሪ እዩ። ቅድሚ ዕለት መወዳእታኡ ምሕዳሱ ሕተቱ፡ ከም ኩነታትኩም ንብዙሕ ዓመታት ዝሰርሕ ካርድ ክወሃበኩም ይኽእል።

concept-carte-de-sejour-pluriannuelle = ንብዙሕ ዓመታት ዝሰርሕ ፍቓድ መንበሪ
    .explain = እዚ ንብዙሕ ዓመታት ዝሰርሕ ፍቓድ መንበሪ እዩ፡ መብዛሕትኡ ግዜ ክሳብ 4 ዓመት። ብሓፈሻ ድሕሪ ቀዳማይ ናይ ሓደ ዓመት ፍቓድ ይወሃብ።

concept-carte-de-resident = ካርድ ነባሪ (ናይ 10 ዓመት ፍቓድ መንበሪ)
    .explain = Carte de résident ናይ 10 ዓመት ፍቓድ መንበሪ እዩ። ዝያዳ ርግኣት ይህብ፡ ክትሰርሑ ድማ የፍቅደልኩም።

concept-recepisse = récépissé (ግዝያዊ መረጋገጺ ወረቐት)
    .explain = Récépissé ሕቶኹም ኣብ መስርሕ ከም ዘሎ ዘረጋግጽ ካብ ፕረፌክቱር ዝውሃብ ወረቐት እዩ። ክሳብ ዝሰርሕ፡ ምንባርኩም ሕጋዊ እዩ።
    .where = ቁጽሪ ወጻእተኛኹምን ዕለት መወዳእታኡን ኣለዎ። ኩሉ ግዜ ምስ ፓስፖርትኩም ሓልውዎ።

concept-attestation-de-prolongation-d-instruction = መረጋገጺ ምንዋሕ መስርሕ (attestation de prolongation d’instruction)
    .explain = ሕቶ ምሕዳስኩም ምሉእን ብግዜኡ ዝቐረበን እንተኾይኑ፡ ANEF ኣብ ግዜ ምርመራ ነዚ ሰነድ ይህበኩም። ምስቲ ኣረጊት ፍቓድኩም፡ ምንባርኩም ሕጋዊ ከም ዝቕጽል የረጋግጽ፡ መሰላትኩም ከም ስራሕ ድማ ይሕሉ። ብዝለዓለ 3 ኣዋርሕ ይጸንሕ፡ ክሕደስ ድማ ይኽእል።
    .where = ካብ ኣካውንት ANEF ኣውርድዎ። እቲ ምርመራ እንተ ነዊሑ ሓድሽ መረጋገጺ ክመጽእ ይኽእል።

concept-attestation-de-depot = መረጋገጺ ምቕራብ ሕቶ (attestation de dépôt)
    .explain = እዚ ሰነድ ሕቶኹም ብኢንተርነት ከም ዝሰደድኩም፡ ምስ ዕለቱ፡ የረጋግጽ። ተጠንቀቑ፡ ምንባርኩም ሕጋዊ ምዃኑ ኣየረጋግጽን። ብጥንቃቐ ሓልውዎ።
    .where = ኣብ ኣካውንት ANEF ወይ ኣብቲ ድሕሪ ምስዳድ ዝበጽሓኩም ኢመይል።

concept-attestation-de-decision-favorable = መረጋገጺ ዝተቐበለ ውሳነ (attestation de décision favorable)
    .explain = እዚ ሰነድ ፕረፌክቱር ሕቶ ፍቓድ መንበሪኹም ከም ዝተቐበለቶ ይገልጽ። ክሳብ እቲ ካርድ ዝመጽእ መሰል መንበሪኹም የረጋግጽ።
    .where = ኣብ ኣካውንት ANEF።

concept-autorisation-provisoire-de-sejour = ግዝያዊ ፍቓድ ምጽናሕ (APS)
    .explain = APS ንሓጺር ግዜ ዝሰርሕ ሰነድ መንበሪ እዩ፡ ኣብ ፍሉያት ኩነታት ዝውሃብ። ንኣብነት፡ ካብ ዩክሬን ዝመጸ ኣብ ትሕቲ ግዝያዊ ሓለዋ ዘሎ ሰብ ንሽዱሽተ ወርሒ ዝሕደስ APS ይወሃቦ። እዚ APS ንክትሰርሑ የፍቅድ።

concept-visa = ቪዛ
    .explain = ቪዛ ናብ ፈረንሳ ንምእታው ዝውሃብ ፍቓድ እዩ፡ ኣብ ፓስፖርትኩም ዝልጠፍ። ናይ ሓጺር ግዜ ቪዛ ኣብ ውሽጢ 180 መዓልቲ ቢዝሒ 90 መዓልቲ ክትጸንሑ የፍቅድ።
    .where = ኣብ ፓስፖርትኩም፡ ኣብ ምሉእ ገጽ።

concept-vls-ts = ከም ፍቓድ መንበሪ ዝሰርሕ ነዊሕ ግዜ ቪዛ (VLS-TS)
    .explain = እዚ ቪዛ ኣብ ግዜኡ፡ ካብ 4 ኣዋርሕ ክሳብ 1 ዓመት፡ ከም ፍቓድ መንበሪ ኣብ ፈረንሳ ክትነብሩ የፍቅድ። ኣብ ውሽጢ 3 ኣዋርሕ ድሕሪ ምምጻእኩም ብኢንተርነት ከተረጋግጽዎ (valider) ኣለኩም።

concept-validation-du-visa = ምርግጋጽ ቪዛ (validation du visa)
    .explain = ምርግጋጽ ነዊሕ ግዜ ቪዛ ብኢንተርነት ኣብ ወብሳይት ANEF ይግበር። ብ timbre fiscal (ናይ ግብሪ ቴምብር) ክፍሊት ትኸፍሉ፡ ድሕሪኡ መረጋገጺ ምርግጋጽ ትሕልዉ።
    .where = ቁጽሪ ቪዛ፡ ዕለት ምእታው ናብ ፈረንሳን ኣድራሻኹምን የድልዩ።

concept-numero-de-visa = ቁጽሪ ቪዛ
    .explain = እዚ ቁጽሪ ናይቲ ኣብ ፓስፖርትኩም ዝተለጠፈ ቪዛ እዩ። እቲ ወብሳይት ቪዛኹም ንምርግጋጽ ይሓቶ።
    .where = ኣብ የማናይ ላዕሊ ናይቲ ኣብ ፓስፖርትኩም ዝተለጠፈ ቪዛ።

concept-numero-etranger = ቁጽሪ ወጻእተኛ (numéro étranger)
    .explain = Numéro étranger ኣብ ፕረፌክቱር ዘሎ ናይ ባዕልኹም ቁጽሪ እዩ፡ 9 ወይ 10 ኣሃዛት ዘለዎ። ሓልውዎ፡ ንጉዳያት መንበሪኹም የገልግል እዩ።
    .where = ኣብ ፍቓድ መንበሪኹምን ኣብ récépissé ኹምን። ኣብ ANEF መብዛሕትኡ ግዜ ከም መለለዪ ስም (identifiant) የገልግል።

concept-anef = ANEF (ወብሳይት ፍቓድ መንበሪ)
    .explain = ANEF ናይ መንግስቲ ወብሳይት እዩ ንሕቶታት ፍቓድ መንበሪ፡ ዜግነት ወይ ምርግጋጽ ቪዛ። መብዛሕትኦም እዞም ሕቶታት ሕጂ ኣብኡ ጥራይ እዮም ዝግበሩ።

concept-ofii = OFII (ቤት ጽሕፈት ኣቀባብላን ምውህሃድን)
    .explain = OFII ናብ ፈረንሳ ዝመጹ ወጻእተኛታት ይቕበል። ሕክምናዊ መርመራን ውዕል ምውህሃድን ይገብር፡ ንሓተትቲ ዑቕባ ድማ ሓገዝ ገንዘብ ይኸፍል።

concept-prefecture = ፕረፌክቱር (ቤት ጽሕፈት መንግስቲ ኣብ ዞባ)
    .explain = ፕረፌክቱር ኣብ département ኹም ዘሎ ቤት ጽሕፈት መንግስቲ እዩ። ብዛዕባ ፍቓድ መንበሪ ትውስን።

concept-sous-prefecture = ንኡስ ፕረፌክቱር (sous-préfecture)
    .explain = Sous-préfecture ካብ ፕረፌክቱር ዝነኣሰ ቤት ጽሕፈት መንግስቲ እዩ፡ ኣብ ገሊኦን ከተማታት ናይቲ département። ሓድሓደ ግዜ ሕቶታት መንበሪ ትሰርሕ።

concept-guichet = መቐበሊ መሳኹቲ (guichet)
    .explain = Guichet ሰራሕተኛ ምምሕዳር ንህዝቢ ዝቕበለሉ ቦታ እዩ። ብዙሓት guichets ሕጂ ብቖጸራ ጥራይ እዮም ዝቕበሉ።

concept-guichet-unique-asile = ሓደ መቐበሊ ቤት ጽሕፈት ንሓተትቲ ዑቕባ (GUDA)
    .explain = GUDA ሕቶ ዑቕባኹም እተመዝግቡሉ ኣብ ፕረፌክቱር ዘሎ ቤት ጽሕፈት እዩ። ኣብኡ መረጋገጺ ሕቶ ዑቕባ ትቕበሉ።

concept-spada = SPADA (ቀዳማይ መቐበሊ ሓተትቲ ዑቕባ)
    .explain = SPADA ንሓተትቲ ዑቕባ ቀዳማይ መቐበሊ ቦታ እዩ። ኣብ GUDA ቆጸራ ይህብ፡ ናይ ደብዳቤ ኣድራሻ (domiciliation) እውን ክህበኩም ይኽእል።

concept-convocation = መጸዋዕታ (convocation)
    .explain = Convocation ኣብ ፍሉይ ቦታ፡ መዓልትን ሰዓትን ክትመጹ ዝሓትት ደብዳቤ እዩ። ምስቲ ደብዳቤን ኩሎም ዝተሓተቱ ወረቐታትን ምጹ።
    .todo = ክትመጹ እንተ ዘይከኣልኩም፡ ቀልጢፍኩም ንምምሕዳር ብጽሑፍ ሓብሩ፡ መረጋገጺ ድማ ሓልዉ።

concept-naturalisation = ዜግነት ፈረንሳ ምርካብ (naturalisation)
    .explain = Naturalisation ፈረንሳዊ ዜጋ ንምዃን ዝቐርብ ሕቶ እዩ። ኣብ ANEF ይግበር፡ ብሓፈሻ ድማ ኣብ ፈረንሳ ብዙሕ ዓመታት ምንባር ይሓትት።

concept-regroupement-familial = ምጥርናፍ ስድራቤት (regroupement familial)
    .explain = Regroupement familial በዓል ቤትኩም ወይ በዓልቲ ቤትኩምን ንኡሳን ደቅኹምን ናብ ፈረንሳ ከተምጽኡ የፍቅደልኩም። እኹል እቶትን መንበሪ ገዛን የድሊ።

concept-admission-exceptionnelle-au-sejour = ፍሉይ ፍቓድ መንበሪ (admission exceptionnelle au séjour)
    .explain = እዚ ወረቐት ንዘይብሉ ሰብ፡ ብምኽንያት ስራሕ ወይ ስድራቤት፡ ዝቐርብ ሕቶ ፍቓድ መንበሪ እዩ። ፕረፌክቱር ነፍሲ ወከፍ ጉዳይ በበይኑ ትውስን።

concept-etranger-malade = ሕሙም ወጻእተኛ (étranger malade)
    .explain = እዚ ፍቓድ መንበሪ ኣብ ሃገሩ ክሕከም ንዘይክእል ብጽኑዕ ዝሓመመ ሰብ እዩ። ሓኪም OFII ብዛዕባ ፋይልኩም ርእይቶ ይህብ።

concept-demande-d-asile = ሕቶ ዑቕባ
    .explain = ሕቶ ዑቕባ፡ ኣብ ሃገርኩም ኣብ ሓደጋ እንተ ሃሊኹም፡ ካብ ፈረንሳ ሓለዋ ምሕታት እዩ። OFPRA እዩ ዝውስን።

concept-demandeur-d-asile = ሓታቲ ዑቕባ
    .explain = ሓታቲ ዑቕባ ካብ ፈረንሳ ሓለዋ ዝሓተተን ውሳነ ዝጽበን ሰብ እዩ። ብሓፈሻ፡ ሕቶኡ ክሳብ ዝምርመር፡ ምስ ምስክር ወረቐት ሕቶ ዑቕባ፡ ኣብ ፈረንሳ ክጸንሕ መሰል ኣለዎ።

concept-attestation-de-demande-d-asile = መረጋገጺ ሕቶ ዑቕባ (attestation de demande d’asile)
    .explain = እዚ ሰነድ ዑቕባ ከም ዝሓተትኩምን ምንባርኩም ሕጋዊ ምዃኑን የረጋግጽ። ቅድሚ ዕለት መወዳእታኡ ክሕደስ ኣለዎ።
    .where = ኣብቲ ኣብ ፕረፌክቱር ዘሎ ሓደ መቐበሊ ቤት ጽሕፈት (GUDA) ይወሃበኩም።

concept-refugie = ኣፍልጦ ዝረኸበ ስደተኛ (réfugié)
    .explain = ኩነታት ስደተኛ ብ OFPRA ወይ ብ CNDA ዝውሃብ ሓለዋ እዩ። ናይ 10 ዓመት carte de résident ናይ ምርካብ መሰል ይህብ።

concept-protection-subsidiaire = ተወሳኺ ሓለዋ (protection subsidiaire)
    .explain = Protection subsidiaire ኣብ ሃገሩ ሓደጋ ንዘለዎ ግን ከም ስደተኛ ኣፍልጦ ዘይረኸበ ሰብ ዝውሃብ ሓለዋ እዩ። ንብዙሕ ዓመታት ዝሰርሕ ፍቓድ መንበሪ (carte pluriannuelle) ናይ ምርካብ መሰል ይህብ።

concept-ofpra = OFPRA (ቤት ጽሕፈት ሓለዋ ስደተኛታት)
    .explain = OFPRA ሕቶታት ዑቕባ ይምርምርን ሓለዋ ምሃብ ወይ ዘይምሃብ ይውስንን። ንዝተሓለዉ ሰባት ሰነዳት état civil እውን ይገብር።

concept-cnda = CNDA (ቤት ፍርዲ ይግባይ ዑቕባ)
    .explain = CNDA ኣንጻር ምእባይ OFPRA ይግባይ እትብሉሉ ቤት ፍርዲ እዩ። ነዚ ይግባይ ንምቕራብ ዘሎ ግዜ ሓደ ወርሒ እዩ። ብ aide juridictionnelle ዝኽፈሎ ጠበቓ ንምርካብ፡ ኣብ ውሽጢ 15 መዓልቲ ሕተቱ።

concept-passeport = ፓስፖርት
    .explain = ፓስፖርት ብሃገርኩም ዝወሃብ ሰነድ መንነትን ጉዕዞን እዩ። ብዙሓት ሕቶታት ፍቓድ መንበሪ ይሓትዎ።
    .where = እቲ ቁጽሪ ኣብ የማናይ ላዕሊ ናይቲ ስእልኹም ዘለዎ ገጽ እዩ።

concept-passeport-talent = ፍቓድ መንበሪ ንክኢላታት (passeport talent)
    .explain = እዚ ንብዙሕ ዓመታት፡ ክሳብ 4 ዓመት፡ ዝሰርሕ ፍቓድ መንበሪ እዩ፡ ንብቑዓት ሰባት፡ ተመራመርቲ፡ ስነጥበበኛታት ወይ ትካል ንግዲ ንዝምስርቱ። ሕጂ carte de séjour « talent » ይበሃል።

concept-dcem = ሰነድ ጉዕዞ ንንኡስ ወጻእተኛ (DCEM)
    .explain = DCEM ኣብ ፈረንሳ ዝነብር ወጻእተኛ ቆልዓ ብዘይ ቪዛ ክጉዓዝን ክምለስን የፍቅደሉ። እቲ ሕቶ ንንኡስ ዕድመ ቆልዓ ይግበር።

concept-titre-d-identite-et-de-voyage = ሰነድ መንነትን ጉዕዞን (TIV)
    .explain = TIV ፕረፌክቱር ንገሊኦም ዝተሓለዉ ሰባት እትህቦ ሰነድ ጉዕዞ እዩ። ካብ ሃገርኩም ፓስፖርት ክትረኽቡ ምስ ዘይትኽእሉ ንፓስፖርት ይትክእ።

concept-titre-de-voyage = ሰነድ ጉዕዞ (titre de voyage)
    .explain = Titre de voyage ንስደተኛታትን ሃገር ኣልቦታትን ንፓስፖርት ይትክእ። ስደተኛታት ናብታ ዝሃደምዋ ሃገር ክኸዱ ኣየፍቅደሎምን።

concept-oqtf = ትእዛዝ ካብ ፈረንሳ ምውጻእ (OQTF)
    .explain = OQTF ካብ ፈረንሳ ክትወጹ ዝሓትት ውሳነ ፕረፌክቱር እዩ። ኣብ ቤት ፍርዲ ንምቅዋሙ ዘሎ ግዜ ኣዝዩ ሓጺር እዩ፡ ሓድሓደ ግዜ ውሑዳት መዓልታት።
    .todo = ዕለት እቲ ደብዳቤ ኣንብቡ፡ ብቕጽበት ድማ ማሕበር ወይ ጠበቓ ርኸቡ። ነቲ ደብዳቤ ዝመጸሉ ፖስታ (enveloppe) ሓልውዎ።

concept-irtf = ክልከላ ናብ ፈረንሳ ምምላስ (IRTF)
    .explain = IRTF ንዝተወሰነ ግዜ ናብ ፈረንሳ ምምላስ ይኽልክል። መብዛሕትኡ ግዜ ምስ OQTF ይመጽእ፡ ክቃወም እውን ይከኣል።

concept-contrat-d-integration-republicaine = ውዕል ምውህሃድ (CIR)
    .explain = CIR ኣብ ምምጻእኩም ምስ OFII እትፍርምዎ ውዕል እዩ። ትምህርቲ ፈረንሳይኛን ብዛዕባ ህይወት ኣብ ፈረንሳ ስልጠናን የጠቓልል።

concept-visite-medicale = ሕክምናዊ መርመራ
    .explain = OFII ድሕሪ ምምጻእኩም ንሕክምናዊ መርመራ ክጽውዓኩም ይኽእል። ንገሊኦም ፍቓዳት መንበሪ ግዴታ እዩ።

concept-date-d-expiration = ዕለት መወዳእታ (date d’expiration)
    .explain = እዚ ሰነድኩም ዘይሰርሓሉ ዕለት እዩ። ቅድሚ እዚ ዕለት ሕቶ ምሕዳስ ኣቕርቡ።
    .where = ኣብ ፍቓድ መንበሪ፡ récépissé ወይ ፓስፖርት፡ መብዛሕትኡ ግዜ ኣብ ጥቓ «Valable jusqu’au» (ክሳብ እዚ ዕለት ዝሰርሕ)።

concept-date-de-delivrance = ዕለት ዝተዋህበሉ (date de délivrance)
    .explain = እዚ ምምሕዳር ነቲ ሰነድ ዝሃበኩም ዕለት እዩ።
    .where = ኣብቲ ሰነድ ባዕሉ፡ መብዛሕትኡ ግዜ ኣብ ጥቓ ዕለት መወዳእታ።

concept-date-d-entree-en-france = ዕለት ምእታው ናብ ፈረንሳ
    .explain = እዚ ናብ ፈረንሳ እተኣተኹምሉ መዓልቲ እዩ። መረጋገጽታት ሓልዉ፦ ማሕተም ኣብ ፓስፖርት፡ ቲኬት ነፋሪት ወይ ባቡር።
    .where = ኣብቲ ኣብ ፓስፖርትኩም ዘሎ ማሕተም ምእታው።

concept-renouvellement = ምሕዳስ (renouvellement)
    .explain = ምሕዳስ እቲ ኣረጊት ክውዳእ ከሎ ሓድሽ ፍቓድ ምሕታት እዩ። ኣብ ANEF፡ ምሕዳስ ፍቓድ መንበሪ ቅድሚ ዕለት መወዳእትኡ ካብ 120 ክሳብ 60 መዓልቲ ሕተቱ። ኣብ ቤት ጽሕፈት ዝሕተት ፍቓድ እንተኾይኑ፡ ኣብ ውሽጢ እቶም ቅድሚ ዕለት መወዳእታ ዘለዉ 2 ኣዋርሕ እዩ።

concept-premiere-demande = ቀዳማይ ሕቶ (première demande)
    .explain = ከምዚ ዓይነት ፍቓድ ወይ ሰነድ ፈጺሙ እንተ ዘይነበረኩም፡ première demande ምረጹ።

concept-changement-de-statut = ምቕያር ዓይነት ፍቓድ መንበሪ (changement de statut)
    .explain = Changement de statut ካልእ ዓይነት ፍቓድ መንበሪ ምሕታት እዩ። ንኣብነት ካብ ተማሃራይ ናብ ሰራሕተኛ ምሕላፍ።

concept-etudiant = ተማሃራይ (étudiant)
    .explain = እዚ ፍቓድ መንበሪ ኣብ ቤት ትምህርቲ ወይ ዩኒቨርሲቲ ንዝተመዝገቡ ሰባት እዩ። ኣብ ዓመት ቢዝሒ 964 ሰዓታት፡ ማለት 60 % ምሉእ ግዜ፡ ክትሰርሑ የፍቅድ። ንገለ ሃገራት፡ ከም ኣልጀርያ፡ ዝተፈልየ ሕጊ ኣሎ።

concept-salarie = ደሞዝተኛ ሰራሕተኛ (salarié)
    .explain = Salarié ብውዕል ስራሕ ንኣስራሒ ዝሰርሕ ሰብ እዩ። ናይ salarié ፍቓድ መንበሪ ምስዚ ስራሕ ዝተኣሳሰረ እዩ።

concept-situation-professionnelle = ኩነታት ስራሕ
    .explain = ንመነባብሮኹም እትገብርዎ፡ ሰራሕተኛ፡ ስራሕ ዝደሊ፡ ተምሃራይ ወይ ስራሕ ዘይብሉ። ናይ ሎሚ ኩነታትኩም ምረጹ።

concept-travailleur-temporaire = ግዝያዊ ሰራሕተኛ (travailleur temporaire)
    .explain = እዚ ፍቓድ መንበሪ ንትሕቲ ሓደ ዓመት ስራሕ እዩ፡ ንኣብነት ሓጺር ውዕል። ከም እቲ ውዕል ይጸንሕ።

concept-vie-privee-et-familiale = ውልቃውን ስድራቤታውን ህይወት (vie privée et familiale)
    .explain = እዚ ፍቓድ መንበሪ ብሰንኪ ኣብ ፈረንሳ ዘለኩም ዝምድና ስድራቤት ይወሃብ፡ ንኣብነት ምስ ፈረንሳዊ መጻምድቲ ወይ ፈረንሳዊ ቆልዓ። ክትሰርሑ የፍቅድ።

concept-autorisation-de-travail = ፍቓድ ስራሕ (autorisation de travail)
    .explain = ፍቓድ ስራሕ ንወጻእተኛ ኣብ ፈረንሳ ክሰርሕ የፍቅደሉ። መብዛሕትኡ ግዜ ኣስራሒ እዩ ብኢንተርነት ዝሓቶ።

concept-ceseda = CESEDA (ሕጊ መንበሪ ወጻእተኛታትን ዑቕባን)
    .explain = CESEDA መጽሓፍ ሕግታት ብዛዕባ መንበሪ ወጻእተኛታትን ዑቕባን ኣብ ፈረንሳ እዩ። ደብዳቤታት ፕረፌክቱር ዓንቀጻቱ ይጠቕሱ።

concept-dossier = ፋይል ጉዳይ (dossier)
    .explain = Dossier ሕቶኹምን ኩሎም ሰነዳትኩምን ብሓባር ዝሕዝ እዩ። ምምሕዳር ውሳነ ንምውሳድ ይምርምሮ።

concept-numero-de-dossier = ቁጽሪ ፋይል ጉዳይ (numéro de dossier)
    .explain = እዚ ሕቶኹም ዘለሊ ቁጽሪ እዩ። ጽሓፍዎ፡ ናብ ምምሕዳር ክትጽሕፉ ከለኹም ከድልየኩም እዩ።
    .where = ኣብቲ ኢመይል መረጋገጺ፡ ኣብ attestation de dépôt ወይ ኣብ ኣካውንትኩም።

concept-instruction = ኣብ መስርሕ ምርመራ (en cours d’instruction)
    .explain = Instruction ምምሕዳር ንፋይልኩም ዝምርምረሉ እዩ። ኣብዚ ግዜ እዚ፡ ውሳነ ትጽበዩ።

concept-decision = ውሳነ (décision)
    .explain = ውሳነ ምምሕዳር ንሕቶኹም ዝህቦ መልሲ እዩ፦ እወ ወይ ኣይፋል። ብጽሑፍ ዝመጽእ ውሳነ ብኸመይ ክትቃወምዎ ከም እትኽእሉ እውን ይገልጽ።

concept-refus = ምእባይ (refus)
    .explain = Refus ማለት ምምሕዳር ንሕቶኹም ኣይፋል ኢሉ ማለት እዩ። ክትቃወምዎ ትኽእሉ፡ ግን እቲ ግዜ ሓጺር እዩ።
    .todo = ነቲ ደብዳቤን ፖስታኡን ሓልዉ፡ ዝተቐበልኩምሉ ዕለት ጽሓፉ፡ ቀልጢፍኩም ድማ ማሕበር ወይ ጠበቓ ርኸቡ።

## Justice et recours

concept-recours = ይግባይ / ተቓውሞ (recours)
    .explain = Recours ሓደ ውሳነ ንምቅዋም ዝቐርብ ሕቶ እዩ። ናብቲ ምምሕዳር ባዕሉ ትጽሕፉ ወይ ናብ ዳኛ ትኸዱ።

concept-delai-de-recours = ግዜ ይግባይ (délai de recours)
    .explain = እዚ ሓደ ውሳነ ንምቅዋም ዘለኩም ግዜ እዩ። መብዛሕትኡ ግዜ 2 ኣዋርሕ እዩ፡ ሓድሓደ ግዜ ካብኡ ብዙሕ ዝሓጸረ።
    .where = ኣብ መወዳእታ ደብዳቤ ውሳነ፡ ኣብቲ «voies et délais de recours» ዝብል ክፋል።

concept-decision-implicite-de-rejet = ብስቕታ ዝተዋህበ ምእባይ (décision implicite de rejet)
    .explain = ምምሕዳር ንውሱን ግዜ መልሲ እንተ ዘይሂቡ፡ ሕጊ ሓድሓደ ግዜ ከም ምእባይ ይቖጽሮ። ንፍቓድ መንበሪ፡ እዚ ግዜ 4 ኣዋርሕ እዩ።
    .todo = ዕለት ሕቶኹም ዘረጋግጽ ሓልዉ። ድሕሪ እዚ ግዜ፡ ይግባይ (recours) ክትገብሩ ትኽእሉ።

concept-tribunal-administratif = ምምሕዳራዊ ቤት ፍርዲ (tribunal administratif)
    .explain = Tribunal administratif ምስ ምምሕዳር ዘሎ ባእሲ ይፈርድ፡ ንኣብነት ምንጻግ ፍቓድ መንበሪ። ንCAF፡ ብዛዕባ ሓገዝ ገዛን RSAን ይፈርድ፤ ሓገዛት ስድራ ግን ናብ tribunal judiciaire ይኸዱ። ሓድሓደ ግዜ ቅድሚኡ ዝግበር ይግባይ ግዴታ እዩ፡ ኣብቲ ደብዳበ «voies et délais de recours» ኣንብቡ።

concept-refere = ህጹጽ መስርሕ ቤት ፍርዲ (référé)
    .explain = Référé ኣብ ህጹጽ ኩነታት ኣብ ቅድሚ ዳኛ ዝግበር ቅልጡፍ መስርሕ እዩ። ንኣብነት፡ ዳኛ ንፕረፌክቱር ቆጸራ ክትህበኩም ክእዝዛ ይኽእል።
    .todo = ንréféré mesures utiles፡ ዝገበርኩምዎ ፈተነታት ከተረጋግጹ ኣለኩም፦ ኣብ ብዙሓት ሰሙናት ብዙሕ ግዜ ዝተወስዱ ዕለት ዘለዎም ስእልታት ስክሪን ሓልዉ።

concept-requete = ሕቶ ናብ ቤት ፍርዲ (requête)
    .explain = Requête ናብ ቤት ፍርዲ እትሰድዎ ብጽሑፍ ዝቐረበ ሕቶ እዩ። እንታይን ስለምንታይን ከም እትቃወሙ የብርህ። ኣብ ወብሳይት፡ requête ናብ ኮምፒተር ናይቲ ወብሳይት ዝስደድ ሕቶ ማለት እውን እዩ።

concept-avocat = ጠበቓ (avocat)
    .explain = ጠበቓ ይመኽረኩምን ኣብ ቅድሚ ዳኛ ይጣበቐልኩምን። ውሑድ እቶት እንተ ሃልዩኩም፡ aide juridictionnelle ክኸፍሎ ይኽእል።

concept-aide-juridictionnelle = ሕጋዊ ሓገዝ (aide juridictionnelle)
    .explain = Aide juridictionnelle እቶትኩም ትሑት እንተ ኾይኑ ንክፍሊት ጠበቓን ቤት ፍርድን ምሉእ ወይ ብኽፋል ይኸፍል። ካብ ቤት ፍርዲ ወይ ካብ ጠበቓኹም ሕተትዎ።

concept-conseil-d-etat = Conseil d’État (ላዕለዋይ ምምሕዳራዊ ቤት ፍርዲ)
    .explain = Conseil d’État ንባእሲ ምስ ምምሕዳር ዝለዓለ ቤት ፍርዲ እዩ። ብ3 ሰነ 2022፡ መንግስቲ ንፍቓድ መንበሪ ANEF ግዴታ ክገብሮ ይኽእል ኢሉ ወሲኑ። ግን ሓገዝ ረኺብኩም እውን እቲ መርበብ እንተ ዘይሰሪሑልኩም፡ መንግስቲ ክሕግዘኩምን ካልእ መፍትሒ ክህበኩምን ኣለዎ።

concept-defenseur-des-droits = Défenseur des droits (ተጣባቒ መሰላት)
    .explain = Défenseur des droits ምስ ምምሕዳር ጸገም ወይ ኣድልዎ ንዘጋጠሞም ሰባት ብነጻ ይሕግዝ። ብኢንተርነት፡ ብተሌፎን ክትረኽብዎ ወይ ንወኪሉ ክትረኽቡ ትኽእሉ።

concept-mediateur = መንጎኛ (médiateur)
    .explain = መንጎኛ ምስ ምምሕዳር ዘሎ ዘይምስምማዕ ብዘይ ቤት ፍርዲ ንምፍታሕ ይሕግዝ። መብዛሕትኡ ግዜ ቅድም ናብቲ ምምሕዳር ክትጽሕፉ ኣለኩም።

concept-reclamation = ቅሬታ (réclamation)
    .explain = Réclamation ዘይትሰማምዑ ምዃንኩም ወይ ጌጋ ከም ዘሎ ንምግላጽ ዝስደድ መልእኽቲ እዩ። ቅዳሕን ዝሰደድኩምሉ ዕለትን ሓልዉ።

concept-recours-amiable = ብሰላም ዝግበር ይግባይ (recours amiable)
    .explain = ንውሳነ CAF ወይ Assurance Maladie ንምቅዋም፡ መጀመርታ ናብ ኮሚሽን ብሰላም ዝግበር ይግባዮም ጽሓፉ፡ ብሓፈሻ ኣብ ውሽጢ 2 ኣዋርሕ። እዚ ይግባይ ቅድሚ ናብ ቤት ፍርዲ ምኻድ መብዛሕትኡ ግዜ ግዴታ እዩ። ንRSA፡ እቲ ቀዳማይ ይግባይ ናብ conseil départemental ይኸይድ።

concept-preuve = መረጋገጺ (preuve)
    .explain = መረጋገጺ ዝተፈጸመ ነገር ዘርኢ ሰነድ እዩ፦ ደብዳቤ፡ ኢመይል፡ ዕለት ዘለዎ ስእሊ ስክሪን። ኩሎም ሓልውዎም፡ ኣብ ቅድሚ ዳኛ ክጠቕሙ ይኽእሉ።

concept-alternative-non-numerique = ብዘይ ኢንተርነት ዝግበር ካልእ መፍትሒ
    .explain = ንፍቓድ መንበሪ፡ ሓገዝ ረኺብኩም እውን ANEF እንተ ዘይሰሪሑልኩም፡ መንግስቲ ካልእ መፍትሒ ክህበኩም ኣለዎ። Conseil d’État ብ3 ሰነ 2022 ከምኡ ኢሉ። ንካልእ ጉዳያት ይፈላለ እዩ፡ ንምምሕዳር ሕተቱ።
    .todo = መጀመርታ ካብ ማእከል ርክብ ANEF ወይ ካብ ዲጂታላዊ መቐበሊ ሓገዝ ናይ préfecture ሓገዝ ሕተቱ። መረጋገጺታት ዓቕቡ፡ ኢመይላትን ዕለት ዘለዎ ስእሊ መርኣያን። እንተ ዘይኣኺሉ፡ ብጽሑፍ ካልእ መፍትሒ ሕተቱ።

concept-point-justice = ቦታ ሕጋዊ ምኽሪ (point-justice)
    .explain = ኣብ point-justice፡ ክኢላታት ሕጊ ብዛዕባ መሰላትኩም ብነጻ ምኽሪ ይህቡኹም።

concept-plainte = ክሲ ኣብ ፖሊስ (plainte)
    .explain = Porter plainte ማለት ግዳይ ከም ዝኾንኩም ንፖሊስ ወይ ንጀንዳርመሪ ምሕባር እዩ። ፍቓድ መንበሪ እንተ ዘይብልኩም እውን ክሲ ክትምስርቱ ትኽእሉ።

concept-casier-judiciaire = መዝገብ ገበን (casier judiciaire)
    .explain = Casier judiciaire ዝርዝር ናይ ሓደ ሰብ ፍርድታት ገበን እዩ። ገሊኦም ጉዳያት ቅዳሕ (extrait) ይሓቱ፡ ብነጻ ብኢንተርነት ይርከብ።

## Prestations sociales

concept-caf = CAF (ቤት ጽሕፈት ሓገዝ ስድራቤት)
    .explain = CAF ሓገዝ ገንዘብ ይኸፍል፦ ሓገዝ መንበሪ ገዛ፡ RSA፡ prime d’activité፡ ሓገዝ ንቖልዑ። ነፍሲ ወከፍ département ናይ ገዛእ ርእሱ CAF ኣለዎ።

concept-msa = MSA (ማሕበራዊ ውሕስነት ሕርሻ)
    .explain = MSA ነቶም ኣብ ሕርሻ ዝሰርሑ ሰባት ስራሕ CAFን Assurance Maladieን ይገብር።

concept-allocataire = ተቐባሊ ሓገዝ (allocataire)
    .explain = Allocataire ንስድራቤቱ ካብ CAF ወይ MSA ሓገዝ ዝቕበል ሰብ እዩ።

concept-numero-allocataire = ቁጽሪ ተቐባሊ ሓገዝ (numéro allocataire)
    .explain = እዚ ኣብ CAF ዘሎ ቁጽሪ ፋይልኩም እዩ። ናብ CAF ንምጽሓፍ ወይ ንምድዋል ሓልውዎ። ናብ caf.fr ንምእታው፡ መብዛሕትኡ ግዜ ቁጽሪ ማሕበራዊ ውሕስነትኩም ትጥቀሙ።
    .where = ኣብ ላዕሊ ደብዳቤታት CAFን ኣብ attestation de paiement ን።

concept-prestation = ሓገዝ (prestation)
    .explain = Prestation ብትካል ከም CAF ወይ Assurance Maladie ዝኽፈል ሓገዝ እዩ፡ መብዛሕትኡ ግዜ ብገንዘብ።

concept-rsa = RSA (ሓገዝ ገንዘብ ንዘይብሎም)
    .explain = RSA ኣዝዩ ውሑድ እቶት ንዘለዎም ወይ ዘይብሎም ሰባት ዝውሃብ ሓገዝ ገንዘብ እዩ፡ ብሓፈሻ ካብ 25 ዓመት ጀሚሩ። ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ እቶትኩም ከተፍልጡ ኣለኩም።

concept-prime-d-activite = ሓገዝ ንትሑት ደሞዝ (prime d’activité)
    .explain = Prime d’activité ንዝሰርሑን ውሑድ ዝረኽቡን ሰባት ካብ CAF ዝውሃብ ሓገዝ እዩ። ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ እቶትኩም ከተፍልጡ ኣለኩም።

concept-aide-au-logement = ሓገዝ ክራይ ገዛ (aide au logement)
    .explain = እዚ ካብ CAF ወይ MSA ንክፋል ክራይ ንምኽፋል ዝውሃብ ሓገዝ እዩ። መጠኑ ብእቶትኩም፡ ብክራይን ብስድራቤትኩምን ይውሰን።

concept-apl = APL (ሓገዝ ክራይ ገዛ)
    .explain = APL ንፍሉያት ገዛውቲ (conventionnés)፡ መብዛሕትኡ ግዜ ማሕበራዊ ገዛውቲ፡ ዝውሃብ ሓገዝ ክራይ እዩ። ብቐጥታ ንወናኒ ገዛ ክኽፈል ይኽእል፡ ንሱ ድማ ካብ ክራይ የጉድሎ። እንተ ዘይኮይኑ ንዓኹም ይኽፈል።

concept-als = ALS (ሓገዝ ክራይ ገዛ)
    .explain = ALS ኣብ ሓላፍነቶም ቆልዓ ንዘይብሎምን APL ንዘይረኽቡን ሰባት ዝውሃብ ሓገዝ ክራይ እዩ። ተማሃሮ ብዙሕ ግዜ ይረኽብዎ።

concept-alf = ALF (ሓገዝ ክራይ ገዛ ንስድራቤት)
    .explain = ALF ንስድራቤታት፡ ንኣብነት ኣብ ሓላፍነቶም ቆልዑ ንዘለዉዎም፡ APL ንዘይረኽቡ ዝውሃብ ሓገዝ ክራይ እዩ።

concept-allocations-familiales = ሓገዝ ስድራቤት (allocations familiales)
    .explain = Allocations familiales እንተ ወሓደ 2 ቆልዑ ኣብ ሓላፍነትኩም እንተ ሃለዉ ኣብ ነፍሲ ወከፍ ወርሒ ብ CAF ይኽፈል። መጠኑ ብእቶትኩም ይውሰን።

concept-paje = Paje (ሓገዝ ንሕጻናት)
    .explain = Paje ሓገዛት CAF ንልደትን ንንኣሽቱ ቆልዑን ብሓባር ዝሕዝ እዩ። ንክፍሊት ሓላዊ ቆልዓ እውን ይሕግዝ።

concept-allocation-de-rentree-scolaire = ሓገዝ መጀመርታ ዓመት ትምህርቲ (ARS)
    .explain = ARS ኣብ መወዳእታ ክረምቲ ንነፍሲ ወከፍ ካብ 6 ክሳብ 18 ዓመት ዝዕድሚኡ ተማሃራይ ቆልዓ ዝኽፈል ሓገዝ እዩ። ብእቶትኩም ይውሰን።

concept-aah = AAH (ሓገዝ ንዓበይቲ ስንኩላን)
    .explain = AAH ውሑድ እቶት ንዘለዎም ስንክልና ዘለዎም ዓበይቲ ዝውሃብ ሓገዝ ገንዘብ እዩ። MDPH ይውስን፡ ድሕሪኡ CAF ወይ MSA ይኸፍል።

concept-mdph = MDPH (ቤት ጽሕፈት ንስንኩላን)
    .explain = MDPH ሕቶታት ስንክልና ዘለዎም ሰባት ይምርምር፡ ንኣብነት AAH ወይ ካርድ ምንቅስቓስን ምትእትታውን (CMI)። CMI ካብ 2017 ጀሚሩ ንካርድ ስንክልና (carte d’invalidité) ተኪኡ ኣሎ። ኣረጊት ካርድ ስንክልና እንተ ነውሐ ክሳብ 31 ታሕሳስ 2026 ይሰርሕ።

concept-allocation-de-soutien-familial = ሓገዝ ደገፍ ስድራቤት (ASF)
    .explain = ASF ንበይኑ ቆልዓ ዘዕቢ ወላዲ ይሕግዝ፡ እቲ ካልእ ወላዲ pension alimentaire (ገንዘብ ቀለብ) ምስ ዘይኸፍል ወይ ውሑድ ምስ ዝኸፍል።

concept-complement-familial = ተወሳኺ ሓገዝ ስድራቤት (complément familial)
    .explain = Complément familial ንትሑት እቶት ዘለዎምን እንተ ወሓደ 3 ልዕሊ 3 ዓመት ዝዕድሚኦም ቆልዑ ዘለዉዎምን ስድራቤታት ካብ CAF ዝውሃብ ሓገዝ እዩ።

concept-pension-alimentaire = ገንዘብ ቀለብ ቆልዑ (pension alimentaire)
    .explain = እዚ ሓደ ዝተፈላለየ ወላዲ ንቖልዑ ኢሉ ንኻልኣይ ወላዲ ዝኸፍሎ ገንዘብ እዩ። እዚ ገንዘብ እንተ ዘይተኸፊሉ CAF ክሕግዝ ይኽእል።

concept-quotient-familial = ናይ ስድራቤት ቀመር እቶት (quotient familial)
    .explain = Quotient familial ብእቶትኩምን ብዓቐን ስድራቤትኩምን ዝግበር ሕሳብ እዩ። Mairie ን ካልኦት ኣገልግሎታትን ዋጋታቶም ንምውሳን ይጥቀሙሉ።
    .where = ኣብ attestation de quotient familial ኹም፡ ካብ ወብሳይት CAF ዝወርድ።

concept-ressources = እቶት (ressources)
    .explain = Ressources እትቕበልዎ ኩሉ ገንዘብ እዩ፦ ደሞዝ፡ ናይ ስራሕ ኣልቦ ክፍሊት፡ ሓገዛት፡ ጡረታ። ሓገዛት ብእቶትኩም እዮም ዝሕሰቡ።

concept-declaration-trimestrielle-de-ressources = ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ ምፍላጥ እቶት
    .explain = ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ፡ ንRSA ወይ prime d’activité እቶትኩም ንCAF ከተፍልጡ ኣለኩም። ብዘይ እዚ ምፍላጥ፡ ክፍሊታት ይቋረጹ።
    .todo = CAF ምስ ሓተተ ብቕጽበት ግበርዎ። እንተ ዓጊቱኩም፡ ስእሊ ስክሪን ሓልዉ፡ ንCAF ድማ ርኸቡ።

concept-declaration-de-situation = ምግላጽ ኩነታት (déclaration de situation)
    .explain = እዚ ነቲ ትካል መን ምሳኹም ከም ዝነብር፡ ኣበይ ከም እትነብሩን እንታይ ከም እትገብሩን እትነግሩሉ ቅጥዒ እዩ። መሰላትኩም ንምሕሳብ የገልግል።

concept-changement-de-situation = ለውጢ ኩነታት (changement de situation)
    .explain = ዝኾነ ለውጢ ቀልጢፍኩም ንCAF ወይ ንCPAM ክትነግሩ ኣለኩም፦ ገዛ ምቕያር፡ ልደት፡ ብጽምዲ ምንባር፡ ምፍልላይ፡ ስራሕ። እንተ ዘይኮይኑ ገንዘብ ክትመልሱ ክግደዱ ትኽእሉ።

concept-indu = ብዝያዳ ዝተኸፍለ ገንዘብ (indu)
    .explain = Indu ብዝያዳ ዝተቐበልኩምዎ ገንዘብ እዩ። እቲ ትካል ክትመልስዎ ይሓትት፡ መብዛሕትኡ ግዜ ካብ ዝመጽእ ሓገዛትኩም ብምጉዳል።
    .todo = እንተ ዘይተሰማማዕኩም፡ ኣብቲ ኣብ ደብዳቤ ዝተጻሕፈ ግዜ recours amiable ግበሩ። ምሕረት ዕዳ ወይ ብኽፋላት ምኽፋል እውን ክትሓቱ ትኽእሉ።

concept-remise-de-dette = ምሕረት ዕዳ (remise de dette)
    .explain = ክትከፍሉ እንተ ዘይከኣልኩም፡ ንindu ምሉእ ወይ ብኽፋል ከይትመልሱ ክትሓቱ ትኽእሉ። ብብዙሕ ክፍሊታት ክትከፍሉ እውን ክትሓቱ ትኽእሉ።

concept-rappel = ዝደንጎየ ክፍሊት / መዘኻኸሪ (rappel)
    .explain = Rappel እቲ ትካል ዘይከፈለኩም ገንዘብ ደንጒዩ ብሓንሳብ ዝኸፍለኩም እዩ። Rappel ዕለት ዘዘኻኽረኩም መልእኽቲ እውን ክኸውን ይኽእል።

concept-paiement = ክፍሊት (paiement)
    .explain = Paiement ንዓኹም ወይ ብዓኹም ዝኽፈል ገንዘብ እዩ። ኣብ ኣካውንት CAF ኹም፡ እዚ ገጽ ዝተኸፍሉ ሓገዛት የርኢ።

concept-versement = ምእታው ገንዘብ (versement)
    .explain = Versement ናብ ኣካውንት ባንክኹም ገንዘብ ምስዳድ እዩ። CAF ሓገዛት ናይ ሓደ ወርሒ ብሓፈሻ ኣብ 5 ናይ ዝቕጽል ወርሒ ይኸፍል። እቲ ገንዘብ ክሳብ 3 መዓልቲ ደንጉዩ ናብ ኣካውንትኩም ክበጽሕ ይኽእል።

concept-droits = መሰላት (droits)
    .explain = መሰላትኩም ሕጊ ክትቕበልዎ ወይ ክትገብርዎ ዘፍቅደልኩም እዩ። ንኣብነት መሰል ሓገዝ ክራይ ገዛ።

concept-ouverture-de-droits = ምኽፋት መሰላት (ouverture de droits)
    .explain = Ouverture de droits ማለት እቲ ትካል ሕቶኹም ተቐቢሉ ማለት እዩ። ካብቲ ዕለት ጀሚሩ፡ ነቲ ሓገዝ ክትቕበሉ ትኽእሉ።

concept-fin-de-droits = መወዳእታ መሰላት (fin de droits)
    .explain = እዚ ሓደ ሓገዝ ዝቋረጸሉ ዕለት እዩ። ቅድሚኡ ሓበሬታ ሕተቱ፡ ምኽንያቱ ሓድሓደ ግዜ ካልእ ሓገዝ ይከኣል።

concept-attestation-de-paiement = መረጋገጺ ክፍሊት (attestation de paiement)
    .explain = እዚ ሰነድ እትቕበልዎም ሓገዛትን መጠኖምን የረጋግጽ። ንገዛ፡ ንመግቢ ቤት ትምህርቲ ወይ ንካልእ ሓገዝ ይሕተት።
    .where = ካብ ኣካውንት CAF ኹም፡ ኣብቲ «attestations» ዝብል ክፋል ኣውርድዎ።

concept-simulation = ግምታዊ ሕሳብ (simulation)
    .explain = Simulation ሓገዝ ክትረኽቡ ትኽእሉ እንተ ኾንኩምን ክንደይን ይሕስብ። ሕቶ ኣይኮነን፦ ድሕሪኡ እቲ ሓቀኛ ሕቶ ክትገብሩ ኣለኩም።

concept-controle = ምቍጽጻር (contrôle)
    .explain = እቲ ትካል ዝገለጽኩምዎ ብደብዳቤ ወይ ብምብጻሕ ከረጋግጽ ይኽእል። ኣብቲ ዝተሓተተ ግዜ መልሱ፡ ቅዳሓት ድማ ሓልዉ።

concept-suspension = ግዝያዊ ምቁራጽ (suspension)
    .explain = Suspension ማለት እቲ ሓገዝ ንግዜኡ ተቋሪጹ ማለት እዩ፡ መብዛሕትኡ ግዜ ሰነድ ወይ ምፍላጥ ስለ ዝጎደለ።
    .todo = እንታይ ከም ዝጎደለ ንምፍላጥ ነቲ መልእኽቲ ኣንብቡ፡ ቀልጢፍኩም ስደድዎ፡ ናይ ምስዳድ መረጋገጺ ድማ ሓልዉ።

concept-radiation = ካብ ዝርዝር ምድምሳስ (radiation)
    .explain = Radiation ማለት ካብ ዝርዝር ተኣሊኹም ማለት እዩ፡ ንኣብነት ካብ ዝርዝር ስራሕ ደለይቲ። ሓገዛትኩም ክቋረጹ ይኽእሉ።
    .todo = ነቲ ደብዳቤ ኣንብቡ፡ ጌጋ እንተ ኾይኑ ቀልጢፍኩም ተቓወሙ። ናይ ዝገበርኩምዎ ጉዳያት መረጋገጽታት ሓልዉ።

concept-rib = RIB (ወረቐት ሓበሬታ ኣካውንት ባንክ)
    .explain = RIB ካብ ባንክኹም ዝወሃብ ስምኩምን ቁጽርታት ኣካውንትኩምን ዘለዎ ወረቐት እዩ። ገንዘብ ንምኽፋልኩም ይሕተት።
    .where = ኣብ ኣፕሊኬሽን ባንክኹም፡ ኣብ መጽሓፍ ቼክኩም፡ ወይ ኣብ መሳኹቲ ባንክ።

concept-iban = IBAN (ኣህጉራዊ ቁጽሪ ኣካውንት ባንክ)
    .explain = IBAN ኣህጉራዊ ቁጽሪ ኣካውንት ባንክኹም እዩ። ኣብ ፈረንሳ፡ 27 ፊደላትን ኣሃዛትን ኣለዎ፡ ብ FR ድማ ይጅምር።
    .where = ኣብ RIB ኹም ወይ ኣብ ኣፕሊኬሽን ባንክኹም።

concept-bic = BIC (ኮድ ባንክ)
    .explain = BIC ኮድ ባንክኹም እዩ፡ 8 ወይ 11 ፊደላትን ኣሃዛትን ዘለዎ። ሓድሓደ ግዜ ምስ IBAN ይሕተት።
    .where = ኣብ RIB ኹም፡ ኣብ ጥቓ IBAN።

concept-banque = ባንክ
    .explain = ባንክ ገንዘብኩም ኣብ ኣካውንት ይሕሉ። ሓገዛት ብስምኩም ናብ ዘሎ ኣካውንት ባንክ ይኽፈሉ።

concept-compte-bancaire = ኣካውንት ባንክ
    .explain = ኣካውንት ባንክ ገንዘብኩም ይቕበል፡ ከም ደሞዝ ወይ ሓገዛት። መብዛሕትኡ ግዜ ብስምኩም ክኸውን ኣለዎ።

concept-droit-au-compte = መሰል ኣካውንት ባንክ (droit au compte)
    .explain = ባንክ ኣካውንት ክኸፍተልኩም እንተ ኣበየ፡ Banque de France ንሓደ ባንክ ክኸፍት ክእዝዞ ይኽእል። ብነጻ እዩ።

concept-cheque-energie = ቼክ ጸዓት (chèque énergie)
    .explain = Chèque énergie ብመሰረት እቶትኩም ንመብራህቲ፡ ጋዝ ወይ ምውዕዋዕ ንምኽፋል ይሕግዝ። ካብ 2025 ጀሚሩ ኩሉ ግዜ ባዕሉ ኣይመጽእን፡ ገለ ሰባት ክሓትዎ ኣለዎም። ኩሉ ዓመት እቶትኩም ኣፍልጡ፡ ሕግታት ናይቲ ዓመት ድማ ኣብ chequeenergie.gouv.fr ርኣዩ።

concept-aspa = ASPA (ሓገዝ ንኣረጋውያን)
    .explain = ASPA ንትሑት እቶት ዘለዎም ኣረጋውያን፡ ብሓፈሻ ካብ 65 ዓመት ጀሚሩ፡ ዝውሃብ ሓገዝ ገንዘብ እዩ።

concept-retraite = ጡረታ (retraite)
    .explain = ጡረታ ብሰንኪ ዕድመ ስራሕ ምስ ኣቋረጽኩም ኣብ ነፍሲ ወከፍ ወርሒ ዝኽፈል ገንዘብ እዩ። መጠኑ ብዝሰራሕኩምዎ ዓመታት ይውሰን።

concept-ccas = CCAS (ማሕበራዊ ኣገልግሎት ምምሕዳር ከተማ)
    .explain = CCAS ማሕበራዊ ኣገልግሎት ናይ mairie እዩ። ህጹጽ ሓገዝ ይህብ፡ ኣብ ምምሕዳራዊ ጉዳያት ይሕግዝ፡ ናይ ደብዳቤ ኣድራሻ እውን ክህበኩም ይኽእል።

concept-france-services = France Services (ማእከል ሓገዝ ንምምሕዳራዊ ጉዳያት)
    .explain = ኣብ France Services፡ ሰራሕተኛታት ብነጻ ኣብ ጉዳያትኩም ይሕግዙኹም፦ CAF፡ ግብሪ፡ ጥዕና፡ ወረቐታት። ኣብ ብዙሓት ከተማታት ኣለዉ።

concept-centre-social = ማሕበራዊ ማእከል (centre social)
    .explain = Centre social ንኹሉ ክፉት ዝኾነ ናይ ከባቢ ቦታ እዩ። ኣብኡ መብዛሕትኡ ግዜ ንብኢንተርነት ዝግበሩ ጉዳያት ሓገዝ ክትረኽቡ ትኽእሉ።

concept-travailleur-social = ማሕበራዊ ሰራሕተኛ (travailleur social)
    .explain = ማሕበራዊ ሰራሕተኛ ኣብ ጸገማትኩም ይሕግዘኩም፦ ገዛ፡ ገንዘብ፡ ወረቐታት፡ ጥዕና። ኣብ mairie፡ ኣብ département ወይ ኣብ ማሕበር ክትረኽብዎ ትኽእሉ።

concept-conseiller-numerique = ዲጂታላዊ ኣማኻሪ (conseiller numérique)
    .explain = ዲጂታላዊ ኣማኻሪ ንጉዳያትኩም ኮምፒተርን ኢንተርነትን ክትጥቀሙ ይሕግዘኩም።

concept-aidants-connect = Aidants Connect (ሓጋዚ ኣብ ክንድኹም ዝሰርሓሉ)
    .explain = Aidants Connect ንሞያዊ ሓጋዚ ብጽሑፍ ስምምዕኩም ኣብ ክንድኹም ብኢንተርነት ጉዳይ ክገብር የፍቅደሉ። እቶም ጉዳያትን ግዜን ባዕልኹም ትመርጹ።

concept-interprete = ተርጓሚ ብቓል (interprète)
    .explain = Interprète ኣብ መንጎኹምን ፈረንሳይኛ ዝዛረብ ሰብን ብቓል ይትርጉም። ንቆጸራኹም ተርጓሚ ክርከብ ይኽእል እንተ ኾይኑ ኣቐዲምኩም ሕተቱ።

## Santé

concept-assurance-maladie = Assurance Maladie (መድሕን ሕማም)
    .explain = Assurance Maladie ክፋል ናይ ሕክምናኹም ይኸፍል፦ ሓኪም፡ መድሃኒት፡ ሆስፒታል። ወብሳይቱ Ameli ይበሃል።

concept-securite-sociale = Sécurité sociale (ማሕበራዊ ውሕስነት)
    .explain = Sécurité sociale ካብ ሕማም፡ እርጋንን ወጻኢታት ስድራቤትን ዝሕሉ ስርዓት ፈረንሳ እዩ። Assurance Maladie ን CAF ን ይሓቑፍ።

concept-ameli = Ameli (ወብሳይት መድሕን ሕማም)
    .explain = Ameli ወብሳይት Assurance Maladie እዩ። ኣብ ኣካውንትኩም፡ ዝተመለሰልኩም ገንዘብ ትርእዩ፡ attestation de droits ድማ ተውርዱ።

concept-cpam = CPAM (ቤት ጽሕፈት መድሕን ሕማም)
    .explain = CPAM ኣብ département ኹም ዘሎ ቤት ጽሕፈት Assurance Maladie እዩ። ሕቶታት carte Vitale፡ AME ን Complémentaire santé solidaire ን ይሰርሕ።

concept-numero-de-securite-sociale = ቁጽሪ ማሕበራዊ ውሕስነት
    .explain = እዚ ንጥዕና ዝኸውን ናይ ባዕልኹም ቁጽሪ እዩ፦ 13 ኣሃዛት፡ ድሕሪኡ ናይ 2 ኣሃዛት መፍትሕ (clé)። ንሰብኣይ ብ 1፡ ንሰበይቲ ብ 2 ይጅምር።
    .where = ኣብ carte Vitale ኹምን ኣብ attestation de droits ኹምን።

concept-numero-provisoire = ግዝያዊ ቁጽሪ (numéro provisoire)
    .explain = ኣብ ወጻኢ እንተ ተወሊድኩም፡ Assurance Maladie ቅድም ግዝያዊ ቁጽሪ ይህበኩም፡ መብዛሕትኡ ግዜ ብ 7 ወይ 8 ዝጅምር። እቲ ናይ መወዳእታ ቁጽሪ ድሕሪ ምርግጋጽ état civil ኹም ይመጽእ።
    .where = ኣብ attestation de droits ኹም።

concept-carte-vitale = ካርድ ጥዕና (carte Vitale)
    .explain = Carte Vitale ናይ Assurance Maladie ቀጠልያ ካርድ እዩ። ቀልጢፉ ክምለሰልኩም፡ ኣብ ሓኪም ወይ ፋርማሲ ሃብዎ።

concept-attestation-de-droits = መረጋገጺ መሰላት ጥዕና (attestation de droits)
    .explain = እዚ ሰነድ መድሕን ሕማም ከም ዘለኩም የረጋግጽ። ቁጽሪ ማሕበራዊ ውሕስነትኩምን መሰላትኩምን የርኢ።
    .where = ካብ ኣካውንት Ameli ኹም ኣውርድዎ፡ ወይ ካብ CPAM ሕተትዎ።

concept-assure = ብስሙ መድሕን ሕማም ዘለዎ ሰብ (assuré)
    .explain = Assuré ብስሙ መድሕን ሕማም ዘለዎ ሰብ እዩ።

concept-ayant-droit = ብመድሕን ካልእ ዝተሸፈነ (ayant droit)
    .explain = Ayant droit ብመድሕን ካልእ ሰብ ዝተሸፈነ ሰብ እዩ፡ ንኣብነት ቆልዓ ብመድሕን ወለዱ።

concept-aide-medicale-d-etat = ሕክምናዊ ሓገዝ መንግስቲ (AME)
    .explain = AME ፍቓድ መንበሪ ንዘይብሎም፡ ልዕሊ 3 ኣዋርሕ ኣብ ፈረንሳ ዝነበሩን ትሑት እቶት ዘለዎምን ሰባት ሕክምና ይኸፍል። ኩሉ ዓመት ካብ CPAM ይሕተት።

concept-complementaire-sante-solidaire = ተወሳኺ መድሕን ጥዕና (Complémentaire santé solidaire)
    .explain = Complémentaire santé solidaire እቲ Assurance Maladie ዘይመልሶ ሕክምና ንምኽፋል ይሕግዝ። ብመሰረት እቶትኩም፡ ነጻ እዩ ወይ ንሓደ ሰብ ኣብ መዓልቲ ትሕቲ ሓደ ዩሮ ይኽፈል። ኣብ Ameli ወይ ኣብ CPAM ኹም ሕተትዎ።

concept-puma = PUMa (ሓፈሻዊ መድሕን ሕማም)
    .explain = PUMa ንዝኾነ ኣብ ፈረንሳ ብርጉእን ሕጋውን ኣገባብ ዝሰርሕ ወይ ዝነብር ሰብ መድሕን ሕማም ይህብ። ንCMU ተክኢዱ።

concept-mutuelle = ተወሳኺ መድሕን (mutuelle)
    .explain = Mutuelle ክፋል እቲ Assurance Maladie ዘይመልሶ ሕክምና ይኸፍል። ብሓፈሻ ብኽፍሊት እዩ። ትሑት እቶት እንተ ኣለኩም፡ Complémentaire santé solidaire ብነጻ እዩ ወይ ንሓደ ሰብ ኣብ መዓልቲ ካብ ሓደ ዩሮ ንታሕቲ እዩ ዋግኡ።

concept-medecin-traitant = ናይ ስድራ ሓኪም (médecin traitant)
    .explain = Médecin traitant ክከታተለኩም እትመርጽዎ ሓኪም እዩ። እንተ ዘይኣፍሊጥኩም፡ ዝተመለሰልኩም ገንዘብ ይንኪ።

concept-medecin = ሓኪም
    .explain = ሓኪም የሕክመኩም፡ ordonnance ወይ arrêt de travail ክጽሕፍ ይኽእል።

concept-ordonnance = ወረቐት መድሃኒት (ordonnance)
    .explain = Ordonnance መድሃኒታት ወይ ሕክምናታት ዝዝርዝር ወረቐት ሓኪም እዩ። ፋርማሲ የድልዮ። ኣብ ቤት ፍርዲ፡ ordonnance ውሳነ ዳኛ እውን እዩ።

concept-remboursement = ምምላስ ገንዘብ (remboursement)
    .explain = Remboursement ድሕሪ ሕክምና Assurance Maladie ወይ mutuelle ዝመልሰልኩም ገንዘብ እዩ። ኣብ ኣካውንት Ameli ኹም ትርእይዎ።

concept-feuille-de-soins = ወረቐት ሕክምና (feuille de soins)
    .explain = Feuille de soins carte Vitale እንተ ዘይብልኩም ሓኪም ዝህበኩም ወረቐት እዩ። ክምለሰልኩም ናብ CPAM ኹም ስደድዎ።

concept-arret-de-travail = ወረቐት ዕረፍቲ ሕማም (arrêt de travail)
    .explain = Arrêt de travail ብምኽንያት ጥዕና ክትሰርሑ ከም ዘይትኽእሉ ዝገልጽ ወረቐት ሓኪም እዩ። ኣብ ውሽጢ 48 ሰዓታት ናብ CPAM ን ኣስራሒን ስደድዎ።

concept-indemnites-journalieres = መዓልታዊ ካሕሳ (indemnités journalières)
    .explain = እዚ ኣብ ግዜ arrêt de travail ብ Assurance Maladie ዝኽፈል ገንዘብ እዩ። ንክፋል ደሞዝ ይትክእ።

concept-tiers-payant = ብቐጥታ ዝኽፈል ሕክምና (tiers payant)
    .explain = ብ tiers payant፡ Assurance Maladie ግደኡ ብቐጥታ ንሓኪም ወይ ንፋርማሲ ይኸፍል። ንስኹም ነቲ ዝተረፈ ጥራይ ትኸፍሉ፡ mutuelle ኹም እውን ብቐጥታ እንተ ዘይከፊሉ።

concept-pass = ናይ ሆስፒታል ኣገልግሎት ሕክምና ንዘይብሎም መድሕን (PASS)
    .explain = PASS መድሕን ሕማም ንዘይብሎም ሰባት ዝኸውን ናይ ሆስፒታል ኣገልግሎት እዩ። ኣብኡ ትሕከሙ፡ መሰላትኩም ንምኽፋት ድማ ትሕገዙ።

concept-affection-de-longue-duree = ነዊሕ ግዜ ዝወስድ ሕማም (ALD)
    .explain = ALD ከቢድን ነዊሕ ግዜ ዝወስድን ሕማም እዩ፡ ከም ሽኮርያ። ምስዚ ሕማም ዝተኣሳሰሩ ሕክምናታት ብዝበለጸ ይምለሱ።

concept-certificat-medical = ሕክምናዊ ምስክር ወረቐት (certificat médical)
    .explain = Certificat médical ብዛዕባ ኩነታት ጥዕናኹም ብሓኪም ዝተጻሕፈ ወረቐት እዩ። ገሊኦም ጉዳያት ይሓትዎ፡ ንኣብነት ፍቓድ መንበሪ ንሕክምና።

concept-mon-espace-sante = Mon espace santé (ናይ ኢንተርነት መዝገብ ጥዕና)
    .explain = Mon espace santé ኣብ ኢንተርነት ዘሎ መዝገብ ጥዕና እዩ። እንተ ተሰማሚዕኩም፡ ሓካይምኩም ሰነዳት ጥዕናኹም ኣብኡ ከቐምጡ ይኽእሉ።

concept-doctolib = Doctolib (ወብሳይት ቆጸራ ሓኪም)
    .explain = Doctolib ኣብ ሓኪም ወይ ሆስፒታል ቆጸራ ንምሓዝ ዝኸውን ብሕታዊ ወብሳይት እዩ። ንሕሙማት ነጻ እዩ።

concept-urgences = ክፍሊ ህጹጽ ረድኤት (urgences)
    .explain = ክፍሊ ህጹጽ ረድኤት ናይ ሆስፒታል ከበድቲ ጸገማት ለይትን መዓልትን የሕክም። ህይወት ኣብ ሓደጋ እንተ ሃልዩ፡ ናብ 15 ወይ 112 ደውሉ።

concept-agence-regionale-de-sante = ዞባዊ ቤት ጽሕፈት ጥዕና (ARS)
    .explain = ዞባዊ ቤት ጽሕፈት ጥዕና ኣብ ዞባኹም ጥዕና የወሃህድ፦ ሆስፒታላት፡ ክታበት፡ መከላኸሊ። ንሕክምና ገንዘብ ኣይመልስን።

## Impôts

concept-impots = ግብሪ (impôts)
    .explain = ግብሪ ንመንግስቲ ወይ ንምምሕዳር ከተማ ዝኽፈል ገንዘብ እዩ። ግብሪ ዘይትኸፍሉ እንተ ኾንኩም እውን፡ መብዛሕትኡ ግዜ ኩሉ ዓመት ምፍላጥ እቶት ክትገብሩ ኣለኩም።

concept-impots-gouv = impots.gouv.fr (ወብሳይት ግብሪ)
    .explain = እዚ ኣብ ፈረንሳ ወግዓዊ ወብሳይት ግብሪ እዩ። ኣብኡ እቶትኩም ተፍልጡን avis d’imposition ኹም ትረኽቡን።

concept-dgfip = DGFiP (ምምሕዳር ግብሪ)
    .explain = DGFiP ኣብ ፈረንሳ ምምሕዳር ግብሪ እዩ።

concept-numero-fiscal = ቁጽሪ ግብሪ (numéro fiscal)
    .explain = Numéro fiscal ኣብ ግብሪ ዘሎ ናይ ባዕልኹም 13 ኣሃዛት ዘለዎ ቁጽሪ እዩ። ኣብ impots.gouv.fr ከም መለለዪ ስም የገልግል።
    .where = ኣብ ቀዳማይ ገጽ avis d’imposition ኹም ወይ ምፍላጥ እቶትኩም፡ ኣብ ላዕሊ።

concept-numero-d-acces-en-ligne = ቁጽሪ ምእታው ብኢንተርነት (numéro d’accès en ligne)
    .explain = እዚ ቁጽሪ ንመጀመርታ ግዜ ኣብ impots.gouv.fr ኣካውንት ንምኽፋት የገልግል። ኩሉ ዓመት ይቕየር።
    .where = ኣብ ቀዳማይ ገጽ ናይ መወዳእታ መግለጺ እቶትኩም፡ ወይ ኣብ ደብዳበ ቤት ጽሕፈት ግብሪ።

concept-avis-d-imposition = ወረቐት ግብሪ (avis d’imposition)
    .explain = Avis d’imposition ድሕሪ ምፍላጥ እቶትኩም ካብ ቤት ጽሕፈት ግብሪ ዝስደድ ሰነድ እዩ። ክንደይ ክትከፍሉ ከም ዘለኩም ይገልጽ፡ ከም መረጋገጺ እቶት ድማ የገልግል።
    .where = ኣብ espace particulier ኹም ኣብ impots.gouv.fr፡ ኣብቲ «Documents» ዝብል ክፋል።

concept-avis-de-non-imposition = ወረቐት ዘይምኽፋል ግብሪ (avis de non-imposition)
    .explain = እዚ ሰነድ ግብሪ እቶት ከም ዘይትኸፍሉ ይገልጽ። ንሓገዛት፡ ንማሕበራዊ ገዛውቲ ወይ ንሓገዝ ትምህርቲ ብዙሕ ግዜ ይሕተት። ሎሚ፡ ነዚ ተግባር «avis de situation déclarative» ወይ avis d’impôt እዩ ዝፍጽሞ።

concept-avis-de-situation-declarative = መረጋገጺ ምፍላጥ እቶት (avis de situation déclarative)
    .explain = እዚ ሰነድ እቶትኩም ከም ዘፍለጥኩም የረጋግጽ፡ ብኢንተርነት ምፍላጥ ምስ ገበርኩም ብቕጽበት። ክሳብ avis d’imposition ዝመጽእ ከገልግል ይኽእል።

concept-revenu-fiscal-de-reference = መወከሲ እቶት ግብሪ (revenu fiscal de référence)
    .explain = እዚ ቤት ጽሕፈት ግብሪ ካብ እቶትኩም ዝሕስቦ መጠን እዩ። ብዙሓት ሓገዛትን ዋጋታትን ነዚ ቁጽሪ ይጥቀሙሉ።
    .where = ኣብ ቀዳማይ ገጽ avis d’imposition ኹም፡ ኣብቲ ናይ መወከሲታትኩም ሳጹን።

concept-declaration-de-revenus = ምፍላጥ እቶት (déclaration de revenus)
    .explain = ኩሉ ዓመት ኣብ ጽድያ፡ ኣብ ዝሓለፈ ዓመት ዝረኸብኩምዎ ገንዘብ ንቤት ጽሕፈት ግብሪ ተፍልጡ። ውሑድ ወይ ዋላ ሓደ እቶት እንተ ዘይብልኩም እውን ግበርዎ፡ ምኽንያቱ እቲ avis ንሓገዛትኩም የገልግል።

concept-declaration-automatique = ኣውቶማቲክ ምፍላጥ እቶት (déclaration automatique)
    .explain = ኩነታትኩም እንተ ዘይተቐየረ፡ ቤት ጽሕፈት ግብሪ ባዕሉ ምፍላጥኩም የረጋግጾ። ኮይኑ ግን ነቶም መጠናት ኣረጋግጹ፡ እንተ ኣድልዩ ድማ ኣእርምዎም።

concept-declarant = ኣፍላጢ እቶት (déclarant)
    .explain = Déclarant ነቲ ምፍላጥ እቶት ዝገብር ሰብ እዩ። ንዝተመርዓዉ ወይ ብPACS ዝተሳሰሩ፡ déclarant 1 ን déclarant 2 ን ኣለዉ።

concept-prelevement-a-la-source = ካብ ምንጩ ዝቑረጽ ግብሪ (prélèvement à la source)
    .explain = ግብሪ እቶት ኣብ ነፍሲ ወከፍ ወርሒ ብቐጥታ ካብ ደሞዝኩም ወይ እቶትኩም ይውሰድ። እዚ prélèvement à la source ይበሃል።

concept-taux-de-prelevement = መጠን ቑራጽ ግብሪ (taux de prélèvement)
    .explain = እዚ ኣብ ነፍሲ ወከፍ ወርሒ ንግብሪ ካብ እቶትኩም ዝውሰድ ሚእታዊ እዩ። ብናይ መወዳእታ ምፍላጥ እቶትኩም ይሕሰብ።

concept-impot-sur-le-revenu = ግብሪ እቶት (impôt sur le revenu)
    .explain = ግብሪ እቶት ኣብ ዓመት ብዝረኸብኩምዎ ገንዘብ ይሕሰብ። ትሑት እቶት ዘለዎም ብዙሓት ሰባት ኣይከፍልዎን።

concept-revenu-imposable = ግብሪ ዝኽፈሎ እቶት (revenu imposable)
    .explain = እዚ ግብሪ እቶት ንምሕሳብ ዝቑጸር ክፋል እቶትኩም እዩ።

concept-taxe-fonciere = ግብሪ ንብረት (taxe foncière)
    .explain = Taxe foncière ብወነንቲ ገዛ ወይ መሬት ኩሉ ዓመት ይኽፈል። ተኻረይቲ ኣይከፍልዎን።

concept-taxe-d-habitation = ግብሪ መንበሪ (taxe d’habitation)
    .explain = Taxe d’habitation ንቀንዲ መንበሪኹም ድሕሪ ሕጂ የለን። ንካልኣይ መንበሪ ገዛውቲ ጥራይ ተሪፉ።

concept-foyer-fiscal = ስድራቤት ግብሪ (foyer fiscal)
    .explain = Foyer fiscal ኣብ ሓደ ምፍላጥ እቶት ዘለዉ ሰባት ብሓፈሻ እዩ፦ ንስኹም፡ መጻምድትኹም ወይ መሻርኽቲ PACS፡ ኣብ ሓላፍነትኩም ዘለዉ ቆልዑ።

concept-part-fiscale = ክፋል ግብሪ (part fiscale)
    .explain = ቁጽሪ parts ብስድራቤትኩም ይውሰን፦ ዓበይትን ኣብ ሓላፍነትኩም ዘለዉ ቆልዑን። ብዙሕ parts ምስ ዝህልወኩም፡ ግብሪ ይንኪ።

concept-annee-de-revenus = ዓመት እቶት (année de revenus)
    .explain = እዚ ነቲ ዘፍለጥኩምዎ ገንዘብ ዝረኸብኩምሉ ዓመት እዩ። ብሓፈሻ፡ እቶት ናይ ዝሓለፈ ዓመት ይፍለጥ።

concept-residence-fiscale = ሃገር ግብሪ (résidence fiscale)
    .explain = Résidence fiscale ግብሪ እትኸፍሉላ ሃገር እያ፡ መብዛሕትኡ ግዜ ዝበዝሐ ክፋል ዓመት እትነብሩላ።

concept-centre-des-finances-publiques = ቤት ጽሕፈት ግብሪ (centre des finances publiques)
    .explain = እዚ ኣብ ጥቓኹም ዘሎ ቤት ጽሕፈት ግብሪ እዩ። ብዛዕባ ምፍላጥ እቶትኩም ሕቶታት ክትሓቱ ትኽእሉ፡ መብዛሕትኡ ግዜ ብቖጸራ።

concept-espace-particulier = ናይ ባዕልኹም ኣካውንት ግብሪ (espace particulier)
    .explain = እዚ ኣብ impots.gouv.fr ዘሎ ናይ ባዕልኹም ኣካውንት እዩ፡ ሕጂ « espace Finances publiques » ይበሃል። ኣብኡ እቶትኩም ተፍልጡ፡ avis ኹም ተንብቡ፡ ናብ ቤት ጽሕፈት ግብሪ ድማ ትጽሕፉ።

## Emploi

concept-france-travail = France Travail (ቤት ጽሕፈት ስራሕ)
    .explain = France Travail ስራሕ ንዝደልዩ ሰባት ይሕግዝ፡ ናይ ስራሕ ኣልቦ ክፍሊት ድማ ይኸፍል። ቅድሚ 2024 Pôle emploi ይበሃል ነበረ።

concept-identifiant-france-travail = መለለዪ ቁጽሪ France Travail
    .explain = እዚ ኣብ ምምዝጋብኩም France Travail ዝሃበኩም ቁጽሪ እዩ። ንምእታውን ናብ France Travail ንምጽሓፍን የገልግል።
    .where = ኣብ ደብዳቤታት France Travail ን ኣብቲ ኣብ ምምዝጋብ ዝበጽሓኩም ኢመይልን።

concept-demandeur-d-emploi = ስራሕ ደላዪ (demandeur d’emploi)
    .explain = Demandeur d’emploi ስራሕ ንምድላይ ኣብ France Travail ዝተመዝገበ ሰብ እዩ።

concept-inscription = ምምዝጋብ (inscription)
    .explain = Inscription ንምምዝጋብ ዝግበር ቀዳማይ ጉዳይ እዩ፡ ንኣብነት ኣብ France Travail። ናብ ሓገዝን ክፍሊታትን መንገዲ ይኸፍት።

concept-actualisation = ወርሓዊ ምሕዳስ ሓበሬታ (actualisation)
    .explain = ኣብ ነፍሲ ወከፍ ወርሒ፡ ሰሪሕኩም እንተ ኾንኩምን ገና ስራሕ ትደልዩ እንተ ኾንኩምን ንFrance Travail ትነግሩ። ብዘይ actualisation፡ ምዝገባኹምን ክፍሊታትኩምን ይቋረጹ።
    .todo = ኣብቲ ዝተገልጸ ዕለት ግበርዎ፡ መብዛሕትኡ ግዜ ኣብ መወዳእታ ወርሒ። ነቲ መረጋገጺ ወይ ስእሊ ስክሪን ሓልዉ።

concept-chomage = ስራሕ ኣልቦነት (chômage)
    .explain = ኣብ chômage ምዃን ማለት ስራሕ ዘይብልኩምን ትደልዩን ማለት እዩ። ብኩነታት፡ France Travail ገንዘብ ይኸፍለኩም።

concept-are = ናይ ስራሕ ኣልቦ ክፍሊት (ARE)
    .explain = ARE ስራሕኩም እንተ ጠፊኡን ቅድሚኡ እኹል እንተ ሰሪሕኩምን ብ France Travail ዝኽፈል ናይ ስራሕ ኣልቦ ክፍሊት እዩ። ንኣብነት ድሕሪ ካብ ስራሕ ምስጓግ፡ ብስምምዕ ውዕል ምቛጽ (rupture conventionnelle) ወይ መወዳእታ ናይ ግዜ ውዕል (CDD) ይኽፈል። ድሕሪ ብፍቓድኩም ስራሕ ምግዳፍ ግን፡ ኣብ ገለ ኩነታት ጥራይ።

concept-ass = ፍሉይ ሓገዝ ሕድሕድ ምትሕግጋዝ (ASS)
    .explain = ASS መሰል ናይ ስራሕ ኣልቦ ክፍሊትኩም ምስ ተወድአ ክኽፈል ይኽእል፡ ቅድሚኡ እኹል እንተ ሰሪሕኩምን እቶትኩም ትሑት እንተኾይኑን። ምስራዙ ብ2024ን 2025ን ቀሪቡ ነይሩ። ንዓኹም ገና እንተሎ ንFrance Travail ሕተቱ።

concept-conseiller = ኣማኻሪ (conseiller)
    .explain = Conseiller ፋይልኩም ዝከታተልን ኣብ ምድላይ ስራሕ ዝሕግዘኩምን ሰብ እዩ። ብmessagerie ክትጽሕፉሉ ትኽእሉ።

concept-attestation-employeur = መረጋገጺ ካብ ኣስራሒ (attestation employeur)
    .explain = ኣስራሒ ኣብ መወዳእታ ውዕልኩም ነዚ ሰነድ ክህበኩም ኣለዎ። France Travail ናይ ስራሕ ኣልቦ ክፍሊትኩም ንምሕሳብ የድልዮ።

concept-bulletin-de-salaire = ወረቐት ደሞዝ (bulletin de salaire)
    .explain = እዚ ኣስራሒ ኣብ ነፍሲ ወከፍ ወርሒ ምስ ደሞዝኩም ዝህበኩም ወረቐት እዩ። ኩሉ ግዜ ሓልውዎም፡ ንናይ ስራሕ ኣልቦ ክፍሊት፡ ንጡረታን ንፍቓድ መንበሪን የገልግሉ።

concept-salaire = ደሞዝ (salaire)
    .explain = ደሞዝ ኣስራሒ ንስራሕኩም ዝኸፍሎ ገንዘብ እዩ። Brut ቅድሚ ምቑራጽ ማሕበራዊ ክፍሊታት እዩ፡ net ድማ እቲ እትቕበልዎ እዩ።

concept-contrat-de-travail = ውዕል ስራሕ (contrat de travail)
    .explain = ውዕል ስራሕ ኣብ መንጎኹምን ኣስራሕን ብጽሑፍ ዝተገብረ ስምምዕ እዩ፦ ስራሕ፡ ደሞዝ፡ ሰዓታት፡ ግዜ። ቅዳሑ ሓልዉ።

concept-cdi = CDI (ውዕል ስራሕ ብዘይ መወዳእታ)
    .explain = CDI ዕለት መወዳእታ ዘይብሉ ውዕል ስራሕ እዩ።

concept-cdd = CDD (ውዕል ስራሕ ምስ መወዳእታ)
    .explain = CDD ዕለት መወዳእታ ዘለዎ ውዕል ስራሕ እዩ።

concept-interim = ግዝያዊ ስራሕ ብኤጀንሲ (intérim)
    .explain = Intérim ብኤጀንሲ ዝቐርብ ኣብ ዓሚል ትካል ዝግበር ሓጺር ስራሕ እዩ።

concept-employeur = ኣስራሒ (employeur)
    .explain = ኣስራሒ ዘስርሓኩምን ዝኸፍለኩምን ሰብ ወይ ትካል እዩ።

concept-entreprise = ትካል (entreprise)
    .explain = ትካል ሓደ ነገር የፍሪ ወይ ይሸጥ። እቲ ቅጥዒ ሓድሓደ ግዜ ወግዓዊ ሓበሬታኡ ይሓትት፡ ከም SIRET።

concept-societe = ኩባንያ (société)
    .explain = Société ብሓደ ወይ ብዙሓት ሰባት ዝቖመ ዓይነት ትካል እዩ፡ ወግዓዊ ስምን ስርዓታትን ዘለዎ።

concept-type-de-societe = ዓይነት ኩባንያ (type de société)
    .explain = እዚ ወግዓዊ ቅርጺ ናይቲ ትካል እዩ፡ ንኣብነት SARL፡ SAS ወይ entreprise individuelle።
    .where = ኣብ extrait Kbis ወይ ኣብ avis de situation au répertoire SIRENE።

concept-denomination = ወግዓዊ ስም ትካል (dénomination)
    .explain = Dénomination ከምቲ ዝተመዝገቦ ወግዓዊ ስም ናይቲ ትካል እዩ።
    .where = ኣብ extrait Kbis ወይ ኣብ ወረቐት ደሞዝ።

concept-numero-de-siret = ቁጽሪ SIRET (ቁጽሪ ትካል)
    .explain = SIRET ናይ ሓደ ጨንፈር ትካል 14 ኣሃዛት ዘለዎ ቁጽሪ እዩ። ነቲ ትካል ንምልላይ የገልግል።
    .where = ኣብ ላዕሊ ወረቐት ደሞዝኩም፡ ወይ ኣብ ፋቱራታት ናይቲ ትካል።

concept-numero-siren = ቁጽሪ SIREN (ቁጽሪ ትካል)
    .explain = SIREN ናይቲ ትካል 9 ኣሃዛት ዘለዎ ቁጽሪ እዩ። እዚኦም እቶም ቀዳሞት 9 ኣሃዛት SIRET እዮም።

concept-extrait-kbis = ሰነድ ምዝገባ ትካል (extrait Kbis)
    .explain = Extrait Kbis ኣብ መዝገብ ንግዲ ዝተመዝገበ ትካል ወግዓዊ መንነት ወረቐት እዩ።

concept-fonction = ስራሕ ኣብ ትካል (fonction)
    .explain = Fonction ኣብቲ ትካል ዘለኩም ቦታ ስራሕ እዩ፡ ንኣብነት ኣመሓዳሪ፡ ሸያጢ ወይ ሰራሕተኛ ጽሬት።

concept-representant-legal = ሕጋዊ ወኪል (représentant légal)
    .explain = ሕጋዊ ወኪል ብወግዒ ብስም ሓደ ትካል ዝሰርሕ ሰብ እዩ፡ መብዛሕትኡ ግዜ ኣመሓዳሪ ወይ ፕረሲደንት። ንቖልዓ፡ ብሓፈሻ ወለዲ እዮም።

concept-micro-entrepreneur = ንኡስ ነጋዲ (micro-entrepreneur)
    .explain = Micro-entrepreneur ብቐሊል ስርዓታት ንርእሱ ዝሰርሕ ሰብ እዩ። ኣብ ነፍሲ ወከፍ ወርሒ ወይ 3 ኣዋርሕ chiffre d’affaires ኡ ንURSSAF የፍልጥ።

concept-urssaf = URSSAF (ኣካቢ ማሕበራዊ ክፍሊታት)
    .explain = URSSAF ካብ ኣስራሕትን ናጻ ሰራሕተኛታትን ማሕበራዊ ክፍሊታት (cotisations) ይእክብ። Micro-entrepreneurs ኣብኡ እቶቶም የፍልጡ።

concept-offre-d-emploi = ምልክታ ስራሕ (offre d’emploi)
    .explain = Offre d’emploi ንሓደ ስራሕ ሰብ ዝደሊ ኣስራሒ ዘውጽኦ ምልክታ እዩ።

concept-cv = CV (ሓጺር ታሪኽ ትምህርትን ስራሕን)
    .explain = CV ትምህርትኹም፡ ተሞክሮኹምን ክእለታትኩምን ዘቕርብ ሓጺር ሰነድ እዩ።

concept-formation = ስልጠና (formation)
    .explain = ስልጠና ሞያ ወይ ክእለት ንምምሃር ዝግበር ትምህርቲ እዩ። France Travail ሓደ ክትረኽቡ ክሕግዘኩም ይኽእል።

concept-contrat-d-engagement-jeune = ውዕል ንመንእሰያት (CEJ)
    .explain = CEJ ንትሕቲ 26 ዓመት ዝዕድሚኦም ስራሕ ወይ ስልጠና ዘይብሎም መንእሰያት ብምክትታልን ብክፍሊትን ይሕግዝ።

concept-licenciement = ካብ ስራሕ ምስንባት (licenciement)
    .explain = Licenciement ብኣስራሒ ዝተወሰነ መወዳእታ ውዕል እዩ። ስርዓታት ክኽተል፡ ናይ መወዳእታ ውዕል ወረቐታት ድማ ክህበኩም ኣለዎ።

## Documents et titres (ANTS, mairie)

concept-ants = ANTS (ወብሳይት መንነት ወረቐትን መንጃ ፍቓድን)
    .explain = ANTS፡ ካብ 2024 ጀሚሩ France Titres ዝበሃል፡ ንመንነት ወረቐት፡ ፓስፖርት፡ መንጃ ፍቓድን ሊብረቶ መኪና (carte grise)ን ብኢንተርነት ዝግበሩ ጉዳያት የካይድ።

concept-carte-nationale-d-identite = ሃገራዊ መንነት ወረቐት (carte nationale d’identité)
    .explain = Carte nationale d’identité ናይ ፈረንሳውያን መንነት ወረቐት እዩ። ወጻእተኛ ፓስፖርቱ ወይ ፍቓድ መንበሪኡ ይጥቀም።

concept-piece-d-identite = መንነት ወረቐት (pièce d’identité)
    .explain = እዚ መን ምዃንኩም ዘረጋግጽ ስእልኹም ዘለዎ ወግዓዊ ሰነድ እዩ፦ ፓስፖርት፡ መንነት ወረቐት ወይ ፍቓድ መንበሪ።

concept-permis-de-conduire = መንጃ ፍቓድ (permis de conduire)
    .explain = መንጃ ፍቓድ መኪና ክትዝውሩ የፍቅደልኩም። ጉዳያቱ ኣብ ወብሳይት ANTS ይግበር።

concept-neph = ቁጽሪ NEPH (ቁጽሪ ፋይል መንጃ ፍቓድ)
    .explain = NEPH ናይ መንጃ ፍቓድኩም ቁጽሪ ፋይል እዩ። እቲ ወብሳይት ንጉዳያት መንጃ ፍቓድ ይሓቶ።
    .where = ኣብ ወረቐታት ቤት ትምህርቲ መኪና ወይ ኣብ መንጃ ፍቓድኩም።

concept-echange-de-permis = ምቕያር መንጃ ፍቓድ (échange de permis)
    .explain = ካብ ወጻኢ ሕብረት ኤውሮጳ ዘላ ሃገር መንጃ ፍቓድ እንተ ሃልዩኩም፡ ሓድሓደ ግዜ ብፈረንሳዊ መንጃ ፍቓድ ክትቕይርዎ ኣለኩም። መብዛሕትኡ ግዜ፡ እቲ ሕቶ ኣብ ውሽጢ ሓደ ዓመት ድሕሪ ቀዳማይ ፍቓድ መንበሪኹም ክግበር ኣለዎ።

concept-code-ephoto = ኮድ ePhoto
    .explain = እዚ ዲጂታላዊ ስእልኹም ምስ ሕቶኹም ዘራኽብ ኮድ እዩ። እቲ ወብሳይት ኣብ ክንዲ ናይ ወረቐት ስእሊ ይሓቶ።
    .where = ኣብቲ ካብ ካቢና ወይ ብANTS ፍቑድ ፎቶግራፈር ዝተዋህበ ወረቐት ስእልታት።

concept-photo-d-identite = ስእሊ መንነት (photo d’identité)
    .explain = እቲ ስእሊ ካብ 6 ኣዋርሕ ዘይበልጽ፡ ካብ ቅድሚት፡ ዕጹው ኣፍ፡ ኣብ ብሩህ ድሕረ ባይታ ክኸውን ኣለዎ። ኣዒንቲ ጽቡቕ እንተ ተራእያ፡ ብዘይ ሕብራዊ መስትያትን ብዘይ ብልጭታን መነጽር ይፍቀድ። ኣብ ፎቶግራፈር ወይ ኣብ ፍቕድቲ ካቢና ተሳኣሉ።

concept-certificat-d-immatriculation = ሊብረቶ መኪና (carte grise)
    .explain = Certificat d’immatriculation፡ carte grise ዝበሃል፡ ወግዓዊ ወረቐት ናይ ተሽከርካሪ እዩ። ቁጽሪ ታርጋን ስም ወናንን ኣለዎ።

concept-pre-demande = ቅድመ-ሕቶ (pré-demande)
    .explain = Pré-demande ንመንነት ወረቐት ወይ ፓስፖርት ቅድሚ ናብ mairie ምኻድ ብኢንተርነት ይግበር። ኣብ ቆጸራ እትህብዎ ቁጽሪ ትቕበሉ።

concept-mairie = ምምሕዳር ከተማ (mairie)
    .explain = Mairie ቤት ጽሕፈት ከተማኹም እዩ። ሰነዳት état civil ይገብር፡ ሕቶታት መንነት ወረቐትን ፓስፖርትን ይቕበል።

concept-empreintes-digitales = ኣሰር ኣጻብዕ
    .explain = ኣሰር ኣጻብዕ ኣብ ጫፍ ኣጻብዕኩም ዘሎ ስእሊ እዩ። ንፓስፖርት፡ መንነት ወረቐት ወይ ፍቓድ መንበሪ ይውሰድ።

concept-timbre-fiscal = ቴምብር ግብሪ (timbre fiscal)
    .explain = Timbre fiscal ንሓደ ሰነድ ክፍሊት ንምኽፋል የገልግል፦ ፍቓድ መንበሪ፡ ፓስፖርት፡ ቪዛ። ብኢንተርነት ወይ ኣብ ቤት ሸቐጥ ትምባኾ (tabac) ይግዛእ።
    .where = ኣብ ወብሳይት timbres.impots.gouv.fr ወይ ኣብ tabac። ቁጽሪ እቲ ቴምብር ሓልዉ።

concept-declaration-de-perte = ምፍላጥ ምጥፋእ (déclaration de perte)
    .explain = ሰነድ እንተ ጠፊኡኩም ወይ እንተ ተሰሪቑኩም፡ ኣፍልጡ። ሓድሽ ሰነድ ንምርካብ ይሕተት።

concept-attestation = መረጋገጺ (attestation)
    .explain = Attestation ሓደ ሓበሬታ ዘረጋግጽ ሰነድ እዩ፡ ንኣብነት መሰላትኩም፡ ክፍሊት ወይ ኣድራሻኹም።

concept-copie = ቅዳሕ (copie)
    .explain = ቅዳሕ ናይ ሓደ ሰነድ ምድጋም እዩ። ኩሉ ግዜ ነቲ መበቆላዊ ሓልዉ፡ ቅዳሕ እንተ ተቐቢሎም ድማ ቅዳሕ ሃቡ።

concept-compte-rendu = ጸብጻብ (compte rendu)
    .explain = Compte rendu እንታይ ከም ዘጋጠመ ዝገልጽ ጽሑፍ እዩ። ንኣብነት፡ ሓኪም ድሕሪ መርመራ ጸብጻብ ይጽሕፍ።

concept-original = መበቆላዊ ሰነድ (original)
    .explain = Original እቲ ሓቀኛ ሰነድ እዩ፡ ቅዳሕ ኣይኮነን። ንምርግጋጽ መብዛሕትኡ ግዜ ኣብ ቆጸራ ይሕተት።

concept-scanner = ስካን ምግባር (scanner)
    .explain = Scanner ማለት ናይ ወረቐት ሰነድ ናብ ፋይል ምቕያር እዩ። ብተሌፎን ዝተወስደ ንጹር ስእሊ መብዛሕትኡ ግዜ ተቐባልነት ኣለዎ።

concept-traduction = ትርጉም (traduction)
    .explain = ብወጻኢ ቋንቋ ዘሎ ሰነድ መብዛሕትኡ ግዜ ናብ ፈረንሳይኛ ክትርጎም ኣለዎ። ንወግዓውያን ሰነዳት፡ ትርጉም ብመሓላ ዝኣተወ ተርጓሚ (traducteur assermenté) ክግበር ኣለዎ።

concept-legalisation = ምርግጋጽ ሰነድ (légalisation)
    .explain = Légalisation ወይ apostille ወጻኢ ሰነድ ሓቀኛ ምዃኑ የረጋግጽ። ብዘዳለወቶ ሃገር ይውሰን።

concept-en-cours-de-validite = ዝሰርሕ ዘሎ (en cours de validité)
    .explain = ዝሰርሕ ዘሎ ሰነድ ገና ዕለት መወዳእታኡ ዘይሓለፈ እዩ።

concept-courrier = ደብዳቤ (courrier)
    .explain = Courrier ብፖስታ ዝስደድ ደብዳቤ እዩ። ናይ ኩሉ ኣገዳሲ ደብዳቤ ቅዳሕን መረጋገጺ ምስዳድን ሓልዉ።

concept-lettre-recommandee = ሪኮማንደ ደብዳቤ (lettre recommandée)
    .explain = እዚ ምስ መረጋገጺ ምስዳድን ምቕባልን ብፖስታ ዝስደድ ደብዳቤ እዩ። ንኣገደስቲ ደብዳቤታት ተጠቐምሉ፡ ከም ይግባይ።

concept-accuse-de-reception = መረጋገጺ ምቕባል (accusé de réception)
    .explain = Accusé de réception ምምሕዳር ሕቶኹም ከም ዝተቐበለ የረጋግጽ። ሓልውዎ፡ ዕለት ጉዳይኩም ይህብ።

concept-notification = ወግዓዊ ምፍላጥ (notification)
    .explain = Notification ብዛዕባ ውሳነ ወይ ሓድሽ ነገር ዘፍልጠኩም ወግዓዊ መልእኽቲ እዩ። ዕለት notification ግዜ ይግባይ ከም ዝጅምር ይገብር።

## Rendez-vous

concept-rendez-vous = ቆጸራ (rendez-vous)
    .explain = ቆጸራ ንሰራሕተኛ ንምርኣይ ዝተወሰነ መዓልትን ሰዓትን እዩ። ብዙሓት ምምሕዳራት ብቖጸራ ጥራይ እዮም ዝቕበሉ።

concept-prendre-rendez-vous = ቆጸራ ምሓዝ
    .explain = ቆጸራ ምሓዝ ማለት ኣብቲ ወብሳይት ነጻ መዓልትን ሰዓትን ምምራጽ እዩ። ድሕሪኡ እትሕልውዎ መረጋገጺ ትቕበሉ።

concept-creneau = ነጻ ሰዓት ቆጸራ (créneau)
    .explain = Créneau ክትመርጽዎ እትኽእሉ ነጻ ሰዓት ቆጸራ እዩ።

concept-plage-horaire = ግዜ ቆጸራታት (plage horaire)
    .explain = Plage horaire ቆጸራታት ዝከኣለሉ ግዜ እዩ፡ ንኣብነት ካብ ሰዓት 9 ክሳብ 12።

concept-aucun-creneau-disponible = ነጻ ቆጸራ የለን
    .explain = እቲ ወብሳይት ሕጂ ነጻ ቆጸራ ከም ዘየለ ይገልጽ። እዚ ናትኩም ጌጋ ኣይኮነን፡ ንሰሙናት ክቕጽል ይኽእል።
    .todo = ኣብ ካልኦት መዓልታትን ሰዓታትን ደጊምኩም ፈትኑ፡ ኩሉ ግዜ ድማ ዕለት ዘለዎ ስእሊ ስክሪን ውሰዱ። እዞም መረጋገጽታት ብጽሑፍ ቆጸራ ክትሓቱ፡ ድሕሪኡ ድማ ብréféré ካብ ዳኛ ክትሓቱ የኽእሉኹም።

concept-annuler-un-rendez-vous = ቆጸራ ምስራዝ
    .explain = ክትመጹ እንተ ዘይከኣልኩም፡ ነቲ ቦታ ንኻልእ ክኸውን ቆጸራኹም ሰርዝዎ። ነቲ ኣብ ኢመይል መረጋገጺ ዝበጽሓኩም ሊንክ ተጠቐሙ።

concept-modifier-un-rendez-vous = ቆጸራ ምቕያር
    .explain = ቆጸራ ምቕያር ማለት ካልእ መዓልቲ ወይ ካልእ ሰዓት ምምራጽ እዩ። ተጠንቀቑ፡ እቲ ናይ ቀደም ቆጸራ ክጠፍእ ይኽእል።

concept-confirmation-de-rendez-vous = መረጋገጺ ቆጸራ
    .explain = እዚ ቆጸራኹም ዘረጋግጽ መልእኽቲ እዩ፡ ምስ መዓልቲ፡ ሰዓትን ቦታን። ሕተምዎ ወይ ኣብ ተሌፎንኩም ሓልውዎ።

concept-liste-d-attente = ዝርዝር ተጸበይቲ (liste d’attente)
    .explain = ኣብ ዝርዝር ተመዝጊብኩም ኣለኹም፡ ቦታ ምስ ተረኽበ ድማ ምምሕዳር ይረኽበኩም።

concept-delai = ግዜ (délai)
    .explain = Délai እትጽበዩሉ ግዜ እዩ፡ ወይ ሓደ ነገር ንምግባር ዘለኩም ግዜ። ነቲ ኣብ ደብዳቤታት ዝተጻሕፈ ግዜ ኣኽብሩ።

concept-reponse-automatique = ኣውቶማቲክ መልሲ (réponse automatique)
    .explain = እዚ ብኮምፒተር ዝተሰደ መልእኽቲ እዩ፡ ብሰብ ኣይኮነን። ናብዚ ኣድራሻ ኣይትመልሱ፡ ነቲ ዝተገልጸ ቅጥዒ ወይ ኣድራሻ ተጠቐሙ።

## Erreurs et messages

concept-message-d-erreur = መልእኽቲ ጌጋ (message d’erreur)
    .explain = መልእኽቲ ጌጋ ምቕጻል ዝኽልክል ጸገም ከም ዘሎ ይገልጽ። መብዛሕትኡ ግዜ ብቐይሕ እዩ፡ ኣብ ጥቓ እቲ ዝእረም ቦታ ወይ ኣብ ላዕሊ ገጽ።
    .todo = ነቲ መልእኽቲ ኣንብቡ፡ ነቲ ዝተመልከተ ቦታ ኣእርሙ፡ ደጊምኩም ድማ ፈትኑ። ነቲ ጌጋ እንተ ዘይተረዲኡኩም፡ ንዝሕግዘኩም ሰብ ንምርኣይ ስእሊ ስክሪን ውሰዱ።

concept-erreur-technique = ተክኒካዊ ጌጋ (erreur technique)
    .explain = እቲ ወብሳይት ካባኹም ዘይመጸ ጸገም ኣለዎ። ሕቶኹም ምናልባት ኣይተሰደደን ይኸውን።
    .todo = ምስ ዕለትን ሰዓትን ስእሊ ስክሪን ውሰዱ፡ ድሕሪኡ ጸኒሕኩም ደጊምኩም ፈትኑ። እቲ ጌጋ እንተ ተደጋጊሙ፡ ናብ ምምሕዳር ጽሓፉ፡ ነቲ ጉዳይ ብኻልእ መንገዲ ንምግባር ድማ ሕተቱ።

concept-service-indisponible = ኣገልግሎት የለን (service indisponible)
    .explain = እቲ ወብሳይት ሕጂ ኣይሰርሕን እዩ። እዚ ናትኩም ጌጋ ኣይኮነን።
    .todo = ዕለት ዘለዎ ስእሊ ስክሪን ውሰዱ፡ ጸኒሕኩም ድማ ደጊምኩም ፈትኑ። እንተ ነዊሑ፡ ስእልታትኩም ሓልዉ፦ ከም ዝፈተንኩም የረጋግጹ።

concept-maintenance = ጽገና ወብሳይት (maintenance)
    .explain = እቲ ወብሳይት ንተክኒካዊ ስራሕ ጠጠው ኢሉ ኣሎ። ብሓፈሻ ድሕሪ ውሑዳት ሰዓታት ይምለስ።
    .todo = ጸኒሕኩም ተመለሱ፡ መብዛሕትኡ ግዜ ድሕሪ እቲ ዝተገልጸ ሰዓት። ናይ መወዳእታ ዕለት እንተ ቐሪቡ፡ እቲ ወብሳይት ዕጹው ከም ዝነበረ ንምርግጋጽ ስእሊ ስክሪን ሓልዉ።

concept-page-introuvable = ገጽ ኣይተረኽበን (page introuvable)
    .explain = ኣድራሻ እቲ ገጽ የለን ወይ ድሕሪ ሕጂ የለን። እቲ ሊንክ ምናልባት ኣረጊት ወይ ብጌጋ ዝተጻሕፈ እዩ።
    .todo = ናብ ቀዳማይ ገጽ ናይቲ ወብሳይት ተመለሱ፡ ነቲ ጉዳይ ብሜኑ ድለይዎ። ኣብ ላዕሊ ብራውዘር ዝተጻሕፈ ኣድራሻ ኣረጋግጹ።

concept-erreur-500 = ጌጋ 500 (erreur 500)
    .explain = ሰርቨር ናይቲ ወብሳይት ጸገም ኣጋጢምዎ። እዚ ናትኩም ጌጋ ኣይኮነን።
    .todo = ዕለት ዘለዎ ስእሊ ስክሪን ውሰዱ፡ ጸኒሕኩም ድማ ደጊምኩም ፈትኑ። እቲ ጌጋ እንተ ተደጋጊሙ፡ ምስቲ ስእሊ ንምምሕዳር ኣፍልጡ።

concept-acces-refuse = ምእታው ተኸልኪሉ (accès refusé)
    .explain = እቲ ወብሳይት ነዚ ገጽ ክትርእዩ ኣየፍቅደልኩምን። ምናልባት ኣይኣቶኹምን ወይ እቲ ገጽ ንፍሉያት ሰባት ጥራይ እዩ።
    .todo = ናብ ኣካውንትኩም እተዉ፡ ደጊምኩም ድማ ፈትኑ። እንተ ቐጺሉ፡ ስእሊ ስክሪን ውሰዱ፡ ንምምሕዳር ድማ ርኸቡ።

concept-reessayer-plus-tard = ጸኒሕኩም ደጊምኩም ፈትኑ
    .explain = እቲ ወብሳይት ቅድሚ ደጊምኩም ምፍታንኩም ክትጽበዩ ይሓትት። እቲ ጸገም መብዛሕትኡ ግዜ ካብቲ ወብሳይት እዩ።
    .todo = ሰዓት ጽሓፉ ወይ ስእሊ ስክሪን ውሰዱ፡ ድሕሪኡ ኣብ ካልእ ግዜ ናይ መዓልቲ ደጊምኩም ፈትኑ።

concept-dossier-incomplet = ዘይተማልአ ፋይል (dossier incomplet)
    .explain = ኣብ ፋይልኩም ሰነድ ወይ ሓበሬታ ጎዲሉ ኣሎ። ክሳብ ዝማላእ ምምሕዳር ክምርምሮ ኣይክእልን።
    .todo = ዝርዝር እቲ ዝጎደለ ኣንብቡ፡ ቅድሚ እቲ ዝተገልጸ ዕለት ድማ ስደድዎ። መረጋገጺ ምስዳድ ሓልዉ።

concept-piece-manquante = ዝጎደለ ሰነድ (pièce manquante)
    .explain = ዝተሓተተ ሰነድ ኣይተሰደደን ወይ ተቐባልነት ኣይረኸበን።
    .todo = ነቲ ዝተሓተተ ሰነድ ኣብ ኣካውንትኩም ወስኽዎ ወይ ስደድዎ። ክትረኽብዎ እንተ ዘይከኣልኩም፡ ስለምንታይ ብጽሑፍ ኣብርሁ።

concept-format-non-valide = ዘይቅኑዕ ኣጻሕፋ (format non valide)
    .explain = እቲ ሓበሬታ ወይ ፋይል ከምቲ እቲ ወብሳይት ዝጽበዮ ኣይተጻሕፈን። ንኣብነት ዕለት፡ ኣድራሻ ኢመይል ወይ ጌጋ ዓይነት ፋይል።
    .todo = ነቲ ዝድለ ኣጻሕፋ ርኣዩ፡ ኣብ ትሕቲ እቲ ቦታ ወይ ኣብቲ ኣብነት፡ ድሕሪኡ ኣእርሙ። ንፋይል፡ ብPDF ወይ ብJPG ዓቅብዎ።

concept-fichier-trop-volumineux = ፋይል ኣዝዩ ዓቢ እዩ (fichier trop volumineux)
    .explain = ፋይልኩም ካብቲ እቲ ወብሳይት ዝቕበሎ ዓቐን ይበልጽ።
    .todo = ነቲ ፋይል ኣንእስዎ፦ ብትሑት ብሉጽነት ወይ ብጸሊምን ጻዕዳን ስካን ግበሩ፡ ወይ መጽበቢ ፋይል (compression) ተጠቐሙ። ድሕሪኡ ደጊምኩም ወስኽዎ።

concept-champ-obligatoire-non-rempli = ግዴታ ዝኾነ ቦታ ኣይተመልአን
    .explain = ክምላእ ዘለዎ ሳጹን ባዶ ገዲፍኩምዎ።
    .todo = ብቐይሕ ዝተመልከተ ቦታ ድለዩ፡ መልእዎ፡ ድሕሪኡ ደጊምኩም valider ጠውቑ።

concept-identifiant-ou-mot-de-passe-incorrect = መለለዪ ስም ወይ መሕለፊ ቃል ጌጋ እዩ
    .explain = እቲ ወብሳይት መለለዪ ስምኩም ወይ መሕለፊ ቃልኩም ኣይፈለጦን። ሓንቲ ጌጋ ፊደል ወይ ዓቢ ፊደል ጥራይ እኹል እያ።
    .todo = ዓበይቲ ፊደላትን መለለዪ ስምን ኣረጋግጹ፡ ደጊምኩም ድማ ፈትኑ። ድሕሪ ብዙሕ ጌጋታት፡ ኣካውንትኩም ከይዕጾ «Mot de passe oublié» ተጠቐሙ።

concept-compte-bloque = ዝተዓጸወ ኣካውንት (compte bloqué)
    .explain = እቲ ወብሳይት ኣካውንትኩም ዓጽይዎ፡ መብዛሕትኡ ግዜ ድሕሪ ብዙሕ ጌጋታት መሕለፊ ቃል።
    .todo = ነቲ ዝተገልጸ ግዜ ተጸበዩ ወይ «Mot de passe oublié» ተጠቐሙ። እንተ ዘይሰሪሑ፡ ንምምሕዳር ርኸቡ፡ ስእሊ ስክሪን ድማ ሓልዉ።

concept-trop-de-tentatives = ብዙሕ ፈተነታት (trop de tentatives)
    .explain = ኣብ ሓጺር ግዜ ብዙሕ ግዜ ፈቲንኩም። እቲ ወብሳይት ንቕሩብ ግዜ ይዓግተኩም።
    .todo = ቅድሚ ደጊምኩም ምፍታንኩም ተጸበዩ፡ መብዛሕትኡ ግዜ ውሑዳት ደቓይቕ ወይ ሰዓታት። ጉዳይኩም ከይትገብሩ እንተ ዓጊቱኩም ስእሊ ስክሪን ውሰዱ።

concept-session-expiree = ግዜ ምእታው ተወዲኡ (session expirée)
    .explain = ኣብቲ ወብሳይት ንነዊሕ ግዜ ዋላ ሓንቲ ከይገበርኩም ጸኒሕኩም፡ ንድሕንነትኩም ድማ ኣውጺኡኩም። ዘይዓቀብኩምዎ ምናልባት ጠፊኡ ይኸውን።
    .todo = ደጊምኩም እተዉ፡ ካብ መጀመርታ ድማ ጀምሩ። ቀልጢፍኩም ንምውዳእ፡ ሰነዳትኩም ቅድም ኣዳልዉ።

concept-lien-expire = ግዜ ሊንክ ተወዲኡ (lien expiré)
    .explain = እቲ ብኢመይል ዝበጽሓኩም ሊንክ ድሕሪ ሕጂ ኣይሰርሕን፡ መብዛሕትኡ ግዜ ኣዝዩ ኣረጊት ስለ ዝኾነ ወይ ተጠቒምኩምሉ ስለ ዘለኹም።
    .todo = ኣብቲ ወብሳይት ሓድሽ ሊንክ ሕተቱ፡ ድሕሪኡ ቀልጢፍኩም ጠውቑዎ።

concept-code-incorrect = ጌጋ ኮድ (code incorrect)
    .explain = እቲ ዝጸሓፍኩምዎ ኮድ ቅኑዕ ኣይኮነን፡ ወይ ድሕሪ ሕጂ ኣይሰርሕን።
    .todo = ኣሃዛት ኣረጋግጹ፡ ወይ ሓድሽ ኮድ ሕተቱ፡ ቀልጢፍኩም ድማ ቅድሕዎ።

concept-adresse-electronique-deja-utilisee = ኣድራሻ ኢመይል ኣቐዲሙ ተጠቒሙሉ ኣሎ
    .explain = ብዚ ኣድራሻ ኢመይል ኣካውንት ኣቐዲሙ ኣሎ፡ ምናልባት ብዓኹም ወይ ብዝሓገዘኩም ሰብ ዝተኸፍተ።
    .todo = ክትኣትዉ ፈትኑ ወይ ኣብ «Mot de passe oublié» ጠውቑ። እቲ ኣካውንት ናትኩም እንተ ዘይኮይኑ፡ ንምምሕዳር ርኸቡ።

concept-mot-de-passe-trop-faible = ድኹም መሕለፊ ቃል (mot de passe trop faible)
    .explain = መሕለፊ ቃልኩም ስርዓታት ናይቲ ወብሳይት ኣይሰዓበን፦ ንውሓት፡ ዓቢ ፊደል፡ ኣሃዝ፡ ፍሉይ ምልክት።
    .todo = ኣብ ትሕቲ እቲ ቦታ ዘለዉ ስርዓታት ኣንብቡ፡ ኩሎም ዝተሓተቱ ዓይነት ፊደላት ዘለዎ ዝነውሐ መሕለፊ ቃል ምረጹ።

concept-mots-de-passe-differents = መሕለፊ ቃላት ኣይሰማምዑን
    .explain = እቶም ዝተጻሕፉ ክልተ መሕለፊ ቃላት ልክዕ ሓደ ኣይኮኑን።
    .todo = ኣብ ክልቲኦም ቦታታት ደጊምኩም ሓደ መሕለፊ ቃል ጽሓፉ። እቲ Afficher ዝብል መልጎም ንምርግጋጽ ይሕግዝ።

concept-demande-deja-en-cours = ሕቶ ኣቐዲሙ ኣብ መስርሕ ኣሎ
    .explain = እቲ ወብሳይት ናይ ሓደ ዓይነት ሕቶ ንዓኹም ኣቐዲሙ ከም ዘሎ ይርኢ። ካልኣይ ክትገብሩ ኣይትኽእሉን።
    .todo = ነቲ ዘሎ ሕቶ ንምክትታል ኣካውንትኩም ርኣዩ። ጌጋ እንተ ኾይኑ፡ ምስ ስእሊ ስክሪን ናብ ምምሕዳር ጽሓፉ።

concept-dossier-cloture = ዝተዓጸወ ፋይል (dossier clôturé)
    .explain = ምምሕዳር ፋይልኩም ዓጽይዎ። እዚ ጌጋ ክኸውን ወይ ብሰንኪ ዝጎደለ ሰነድ ክኸውን ይኽእል።
    .todo = ስእሊ ስክሪን ሓልዉ፡ ስለምንታይ ንምሕታት ድማ ቀልጢፍኩም ናብ ምምሕዳር ጽሓፉ። እቲ መልሲ እንተ ደንጎየ፡ ማሕበር፡ Défenseur des droits ወይ ጠበቓ ርኸቡ።

concept-navigateur-non-compatible = ዘይሰማማዕ ብራውዘር
    .explain = እቲ ወብሳይት ምስቲ ናብ ኢንተርነት ንምኻድ እትጥቀምሉ ፕሮግራም ብግቡእ ኣይሰርሕን።
    .todo = ብራውዘርኩም ኣሐድሱ ወይ ብኻልእ ፈትኑ፡ ከም Firefox ወይ Chrome።

concept-echec-du-paiement = ክፍሊት ኣይተዓወተን (échec du paiement)
    .explain = እቲ ገንዘብ ክኽፈል ኣይከኣለን፡ ንኣብነት ን timbre fiscal። ካብ ካርድኩም ገንዘብ ምናልባት ኣይተቖረጸን።
    .todo = ደጊምኩም ቅድሚ ምኽፋልኩም ኣካውንት ባንክኹም ኣረጋግጹ። ስእልታት ስክሪንን ኢመይላት ክፍሊትን ሓልዉ።

## Logement

concept-logement = መንበሪ ገዛ (logement)
    .explain = Logement እትነብሩሉ ቦታ እዩ። እቲ ወብሳይት ተኻራዪ፡ ወናኒ፡ ኣብ ገዛ ካልእ ሰብ ዝነብር ወይ ገዛ ዘይብልኩም ምዃንኩም ይሓትት።

concept-locataire = ተኻራዪ (locataire)
    .explain = ተኻራዪ ናይ ካልእ ሰብ ወይ ትካል ኣብ ዝኾነ ገዛ ንምንባር ክራይ ይኸፍል።

concept-bailleur = ኣኻራዪ (bailleur)
    .explain = Bailleur ገዛ ዘኻርየኩም ሰብ ወይ ትካል እዩ። Bailleur social ማሕበራዊ ገዛውቲ የመሓድር።

concept-proprietaire = ወናኒ (propriétaire)
    .explain = ወናኒ እቲ ሓደ ነገር ዝውንኖ ሰብ እዩ፡ ንኣብነት ገዛ። ናይ ገዛኹም ወናኒ እንተ ዄንኩም፡ እቲ ገዛ ናትኩም እዩ።

concept-loyer = ክራይ (loyer)
    .explain = ክራይ ኣብቲ ገዛ ንምንባር ኣብ ነፍሲ ወከፍ ወርሒ ንኣኻራዪ ዝኽፈል ገንዘብ እዩ።

concept-charges-locatives = ተወሳኺ ወጻኢታት ገዛ (charges locatives)
    .explain = Charges ኣገልግሎታት ናይቲ ህንጻ ይኸፍላ፡ ከም ማይ ወይ ጽገና። መብዛሕትኡ ግዜ ኣብ ልዕሊ ክራይ ይውሰኻ።

concept-quittance-de-loyer = ቅብሊት ክራይ (quittance de loyer)
    .explain = Quittance ክራይ ከም ዝኸፈልኩም ዘረጋግጽ ወረቐት ኣኻራዪ እዩ። ከም መረጋገጺ ኣድራሻ የገልግል።

concept-bail = ውዕል ክራይ (bail)
    .explain = Bail ኣብ መንጎ ተኻራይን ኣኻራይን ዘሎ ውዕል እዩ። ክራይ፡ ግዜን ስርዓታትን ይገልጽ።

concept-etat-des-lieux = መግለጺ ኩነታት ገዛ (état des lieux)
    .explain = État des lieux ኩነታት እቲ ገዛ ኣብ ምእታውን ምውጻእን ይገልጽ። ቅድሚ ምፍራምኩም ብጥንቃቐ ኣረጋግጽዎ።

concept-depot-de-garantie = ውሕስነት ገንዘብ ክራይ (dépôt de garantie)
    .explain = እዚ ናብ ገዛ ክትኣትዉ ከለኹም ንኣኻራዪ ዝኽፈል ገንዘብ እዩ። ክትወጹ ከለኹም ይመልሰልኩም፡ ዝተረጋገጸ ጽገና ጎዲሉ።

concept-garant = ዋሕስ (garant)
    .explain = ዋሕስ ክትከፍሉ እንተ ዘይከኣልኩም ክራይ ክኸፍል ዝኣምን ሰብ እዩ። Visale ንዋሕስ ክትክእ ዝኽእል ነጻ ውሕስነት እዩ። Visale ክራይኩም እንተ ከፊሉ፡ ደሓር ክትመልስዎ ኣለኩም።

concept-assurance-habitation = መድሕን ገዛ (assurance habitation)
    .explain = ተኻራዪ ንገዛኡ ካብ ጉድኣት ከም ሓዊ ወይ ማይ ክሕድኖ ኣለዎ። ኣኻራዪ ኩሉ ዓመት መረጋገጺኡ ይሓትት።

concept-logement-social = ማሕበራዊ ገዛ (logement social)
    .explain = ማሕበራዊ ገዛ ንትሑት እቶት ዘለዎም ሰባት ዝኸውን ትሑት ክራይ ዘለዎ ገዛ እዩ። ኮሚሽን ነቶም ተኻረይቲ ይመርጽ።

concept-demande-de-logement-social = ሕቶ ማሕበራዊ ገዛ
    .explain = ድሕሪ ሕቶ ማሕበራዊ ገዛ፡ ፍሉይ ቁጽሪ (numéro unique) ትቕበሉ። ኩሉ ዓመት ነቲ ሕቶ ኣሐድስዎ፡ እንተ ዘይኮይኑ ይሰረዝ።
    .where = እቲ numéro unique ኣብቲ መረጋገጺ ምዝገባ ሕቶ ኣሎ።

concept-dalo = DALO (ሕጋዊ መሰል መንበሪ ገዛ)
    .explain = DALO ንነዊሕ ግዜ ማሕበራዊ ገዛ እንተ ተጸቢኹም ወይ ኣብ ሕማቕ ገዛ እንተ ትነብሩ ናብ ኮሚሽን ከተቕርቡ የፍቅደልኩም። እታ ኮሚሽን ሕቶኹም ቀዳምነት ከም ዘለዎ እንተ ኣፍሊጣ፡ መንግስቲ ገዛ ክህበኩም ኣለዎ። ኮይኑ ግን ግዜ ክወስድ ይኽእል።

concept-expulsion = ካብ ገዛ ምስጓግ (expulsion)
    .explain = Expulsion ድሕሪ ውሳነ ዳኛ ንተኻራዪ ካብ ገዛ ክወጽእ የገድዶ። ብሓፈሻ፡ ካብ 1 ሕዳር ክሳብ 31 መጋቢት ክልኩል እዩ።
    .todo = ቀልጢፍኩም ማሕበራዊ ሰራሕተኛ፡ ADIL ወይ ማሕበር ርኸቡ። ንኹሎም ደብዳቤታት ዳኛ መልሱ።

concept-hebergement-d-urgence = ህጹጽ መዕቆቢ (hébergement d’urgence)
    .explain = ኣብ ጎደና እንተ ሃሊኹም፡ ናብ 115 ደውሉ፡ ነጻ እዩ፡ ለይትን መዓልትን። መደቀሲ ቦታ ይደልየልኩም።

## Scolarité

concept-parcoursup = Parcoursup (ወብሳይት ምምዝጋብ ላዕለዋይ ትምህርቲ)
    .explain = Parcoursup ድሕሪ bac (ፈተና ምዝዛም ካልኣይ ደረጃ) ኣብ ላዕለዋይ ትምህርቲ ቦታ ንምሕታት ዝኸውን ወብሳይት እዩ። ጽኑዕ ናይ ግዜ ሰሌዳ ኣለዎ።

concept-inscription-scolaire = ምምዝጋብ ቤት ትምህርቲ (inscription scolaire)
    .explain = ኣብ ፈረንሳ ትምህርቲ ንኹሎም ካብ 3 ክሳብ 16 ዓመት ዝዕድሚኦም ቆልዑ ግዴታ እዩ፡ ወረቐት እንተ ዘይብሎም እውን። ንቀዳማይ ደረጃ ቤት ትምህርቲ፡ ምምዝጋብ ኣብ mairie ይግበር።

concept-bourse = ሓገዝ ትምህርቲ (bourse)
    .explain = Bourse ንትምህርቲ ዝውሃብ ሓገዝ ገንዘብ እዩ፡ ብመሰረት እቶት ስድራቤት።

concept-crous = Crous (ኣገልግሎት ተማሃሮ ዩኒቨርሲቲ)
    .explain = Crous ንተማሃሮ ይሕግዝ፦ ሓገዝ ትምህርቲ (bourses)፡ መንበሪ ገዛ፡ ቤት መግቢ ዩኒቨርሲቲ።

concept-certificat-de-scolarite = ምስክር ወረቐት ትምህርቲ (certificat de scolarité)
    .explain = እዚ ሰነድ ሓደ ተማሃራይ ኣብቲ ቤት ትምህርቲ ከም ዝተመዝገበ የረጋግጽ። CAF ወይ ፕረፌክቱር ክሓትዎ ይኽእሉ።
    .where = ካብ ቤት ጽሕፈት ቤት ትምህርቲ ሕተትዎ፡ ወይ ካብ ናይ ኢንተርነት ክፋል ናይቲ ትካል ኣውርድዎ።

concept-ine = INE (ቁጽሪ ተማሃራይ)
    .explain = INE ናይ ሓደ ተማሃራይ 11 ፊደላትን ኣሃዛትን ዘለዎ ናይ ባዕሉ ቁጽሪ እዩ። Parcoursup ን ዩኒቨርሲቲን ይሓትዎ።
    .where = ኣብ ወረቐት ነጥብታት (bulletins) ወይ ኣብ ወረቐት ነጥብታት bac።

concept-diplome = ዲፕሎማ (diplôme)
    .explain = ዲፕሎማ ትምህርቲ ብዓወት ከም ዝወዳእኩም የረጋግጽ። እቲ ቅጥዒ ዝለዓለ ዲፕሎማኹም ክሓትት ይኽእል።

concept-reconnaissance-de-diplome = ኣፍልጦ ዲፕሎማ (reconnaissance de diplôme)
    .explain = ወጻኢ ዲፕሎማ ምስ ኣየናይ ፈረንሳዊ ደረጃ ከም ዝሰማማዕ ዝገልጽ መረጋገጺ ክረክብ ይኽእል። ንስራሕ ወይ ንትምህርቲ ይሕግዝ።

concept-cours-de-francais = ትምህርቲ ፈረንሳይኛ
    .explain = ትምህርቲ ፈረንሳይኛ እቲ ቋንቋ ንምምሃር ይሕግዝ። ብውዕል ምውህሃድ (CIR)፡ OFII ክኸፍሎ ይኽእል።

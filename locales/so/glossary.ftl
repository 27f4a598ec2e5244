### Relais glossary, Somali (so, Latin script).
### Machine-drafted by an AI language model (Claude), November 2026, from the French master.
### Not reviewed by a native speaker.

## Identité

concept-identite = aqoonsi
    .explain = Qaybtan foomka waxay weydiinaysaa cidda aad tahay: magaca qoyska, magaca koowaad, taariikhda iyo goobta dhalashada. U qor macluumaadka sida ay ugu qoran yihiin baasaboorkaaga ama ruqsadda deganaanshahaaga.
    .where = Ka koobi baasaboorkaaga, kaarka aqoonsigaaga ama ruqsadda deganaanshahaaga.

concept-nom = magaca qoyska
    .explain = Tani waa magaca qoyska, ma aha magacaaga koowaad. U qor si sax ah sida uu ugu qoran yahay waraaqahaaga aqoonsiga.
    .where = Baasaboorkaaga ama ruqsadda deganaanshahaaga, safka «Nom».

concept-nom-d-une-chose = magac (shay ama meel)
    .explain = Magacu waa ereyga tilmaama shay, meel ama hay'ad: waddo, magaalo, urur, shaqo. Qof ahaan, waa magaca qoyskiisa.

concept-au-nom-de = magaca qof kale (wakiil ahaan)
    .explain = Inaad qof magaciisa wax u qabato waxay ka dhigan tahay inaad meeshiisa ka qabato hawl maamul. Tusaale ahaan, caawiye ayaa kuu buuxinaya fayl.

concept-nom-de-naissance = magaca qoyska ee dhalashada
    .explain = Magaca dhalashadu waa magaca ku qoran shahaadada dhalashadaada. Isma beddelo markaad guursato.
    .where = Shahaadada dhalashadaada ama baasaboorkaaga.

concept-nom-d-usage = magaca aad isticmaasho
    .explain = Tani waa magac kale oo aad maalin walba isticmaasho, tusaale ahaan magaca xaaskaaga ama ninkaaga. Haddii aadan lahayn, meeshan ka tag iyadoo bannaan.

concept-prenom = magaca koowaad (magacaaga)
    .explain = Magaca koowaad waa magacaaga gaarka ah ee laguu bixiyay markaad dhalatay, kaas oo ka horreeya magaca qoyska. Haddii aad leedahay dhowr, u qor sida ay isugu xigaan waraaqahaaga.
    .where = Baasaboorkaaga ama ruqsadda deganaanshahaaga, safka «Prénom(s)».

concept-sans-prenom = ma lihi magac koowaad
    .explain = Sanduuqan calaamadee oo keliya haddii waraaqahaaga aqoonsigu aanay lahayn wax magac koowaad ah. Tani waxay ku dhacdaa dadka qaar ee ku dhashay dibadda.

concept-sexe = jinsi (lab ama dheddig)
    .explain = Bogga wuxuu weydiinayaa inaad tahay nin ama naag. Dooro waxa ku qoran waraaqahaaga aqoonsiga.
    .where = Baasaboorkaaga ama ruqsadda deganaanshahaaga: M waa nin, F waa naag.

concept-masculin = lab (nin)
    .explain = Lab waxay ka dhigan tahay nin. Dooro haddii waraaqahaagu muujinayaan M.

concept-feminin = dheddig (naag)
    .explain = Dheddig waxay ka dhigan tahay naag. Dooro haddii waraaqahaagu muujinayaan F.

concept-civilite = erayga xushmadda (civilité)
    .explain = Civilité waa erayga edebta ee la dhigo magacaaga hortiisa, sida Madame (Marwo) ama Monsieur (Mudane). Maamulku wuxuu u isticmaalaa marka uu kuu qorayo.

concept-titre-d-appel = cinwaanka lagugu magacaabo (titre d’appel)
    .explain = Tani waa erayga lagugula hadlo warqadaha, sida Madame, Monsieur ama Docteur. Dooro midka kugu habboon.

concept-madame = Marwo (Madame)
    .explain = Madame waa cinwaan xushmadeed oo haweeneyda loogu yeero, ha ahaato mid guursatay ama aan guursan. Maamulku hadda ma isticmaalo Mademoiselle.

concept-monsieur = Mudane (Monsieur)
    .explain = Monsieur waa cinwaan xushmadeed oo ninka loogu yeero.

concept-docteur = Dhakhtar (Docteur)
    .explain = Docteur waa cinwaan qofka haysta shahaadada doctorate-ka, badanaa dhakhtar caafimaad. Dooro oo keliya haddii ay adiga ku khusayso.

concept-inspecteur = Kormeere (Inspecteur)
    .explain = Inspecteur waa cinwaan shaqo, tusaale ahaan kormeeraha shaqada. Foomka, dooro oo keliya haddii ay tahay shaqadaada.

concept-sans-reponse = jawaab la'aan
    .explain = Jawaabtan waad dooran kartaa haddii aadan rabin inaad bixiso macluumaadkan. Foomkan doorashadan waa loo oggol yahay.

concept-date-de-naissance = taariikhda dhalashada
    .explain = Waa maalinta, bisha iyo sanadka aad dhalatay. U qor sida ay ugu qoran tahay waraaqahaaga, badanaa maalin/bil/sano, tusaale ahaan 05/03/1990.
    .where = Baasaboorkaaga, ruqsadda deganaanshahaaga ama shahaadada dhalashadaada.

concept-lieu-de-naissance = goobta dhalashada
    .explain = Waa magaalada ama tuulada aad ku dhalatay. U qor magaca sida uu ugu qoran yahay waraaqahaaga aqoonsiga.
    .where = Baasaboorkaaga ama shahaadada dhalashadaada.

concept-pays-de-naissance = dalka dhalashada
    .explain = Waa dalka aad ku dhalatay, xitaa haddii aad maanta leedahay dhalasho kale. Ka dooro liiska.

concept-departement-de-naissance = gobolka dhalashada (département)
    .explain = Waa lambarka département-ka Faransiiska ee aad ku dhalatay. Haddii aad ku dhalatay meel ka baxsan Faransiiska, badanaa dooro «99» ama «Étranger» (dibadda).

concept-nationalite = dhalasho (jinsiyad)
    .explain = Dhalashadu waa dalka aad muwaadinka ka tahay, kii ku siiyay baasaboorkaaga. Haddii aad leedahay laba dhalasho, bogga badanaa wuxuu weydiiyaa tan ugu muhiimsan.
    .where = Baasaboorkaaga ama ruqsadda deganaanshahaaga.

concept-nationalite-francaise = dhalasho Faransiis
    .explain = Dooro «Française» oo keliya haddii aad haysato dhalasho Faransiis. Ruqsadda deganaanshuhu kuma siiso dhalasho Faransiis.

concept-etranger = qof ajnabi ah (muwaadin shisheeye)
    .explain = Maamulka agtiisa, qof ajnabi ah waa qof aan haysan dhalasho Faransiis. Tani kuma xirna meesha aad ku nooshahay.

concept-apatride = qof aan dhalasho lahayn
    .explain = Qof aan dhalasho lahayn ma laha dhalashada dal kasta. OFPRA (xafiiska ilaalinta qaxootiga) ayaa aqoonsan kara xaaladdan oo bixin kara ilaalin.

concept-jour = maalin
    .explain = Maalintu waa lambarka maalinta ee bisha, 1 ilaa 31. Badanaa ku qor laba tiro, tusaale ahaan 05.

concept-mois = bil
    .explain = Bisha waxaa lagu qoraa lambar 1 ilaa 12, ama magaceeda. Janaayo waa 01, Diseembarna waa 12.

concept-annee = sano
    .explain = Sanadka waxaa lagu qoraa afar tiro, tusaale ahaan 1990. Ha qorin labada tiro ee ugu dambeeya oo keliya.

concept-age = da'
    .explain = Da'du waa tirada sanadaha tan iyo dhalashadaada. Xuquuqaha qaar waxay ku xiran yihiin da'daada.

concept-signature = saxiix
    .explain = Saxiixu waa calaamaddaada gaarka ah ee gacanta lagu qoro, mar walba isku mid ah. Markaad saxiixdo, waxaad xaqiijinaysaa in macluumaadku run yihiin.

concept-filiation = xiriirka waalidka (filiation)
    .explain = Filiation waa xiriirka aad la leedahay waalidkaa. Bogga wuxuu weydiinayaa magaca iyo magaca koowaad ee aabbahaa iyo hooyadaa, sida ku qoran shahaadada dhalashadaada.
    .where = Shahaadada dhalashadaada.

## Situation familiale et état civil

concept-situation-familiale = xaaladda qoyska
    .explain = Bogga wuxuu weydiinayaa inaad keligaa ku nooshahay ama lammaane la nooshahay, iyo qaabka. Jawaabtaadu waxay beddeli kartaa xisaabinta gargaarkaaga ama canshuurtaada.

concept-celibataire = aan guursan (keli)
    .explain = Aan guursan waxay ka dhigan tahay inaadan guursan oo aadan lahayn PACS. Canshuuraha, lammaane wada nool oo aan guursan ama PACS lahayn waxay sameeyaan laba caddayn oo kala gooni ah. CAF-ka se u sheeg inaad lammaane la nooshahay, sababtoo ah waxay beddeshaa gargaarkaaga.

concept-marie = guursaday
    .explain = Guursaday waxay ka dhigan tahay inaad samaysay guur rasmi ah, Faransiiska ama dal kale. Hay shahaadada guurka, badanaa waa la weydiiyaa.

concept-pacse = ku xiran PACS (heshiis wada-noolaansho)
    .explain = PACS waa heshiis rasmi ah oo u dhexeeya laba qof oo lammaane ahaan u wada nool. Wuu ka duwan yahay guurka, waxaana lagu sameeyaa dawladda hoose (mairie) ama nootaayo.

concept-concubinage = wada-noolaansho aan guur ahayn (concubinage)
    .explain = Concubinage waxay ka dhigan tahay inaad lammaane la nooshahay adigoon guursan oo aan PACS lahayn. CAF agteeda, lammaane ahaan u noolaanshuhu wuxuu beddelaa xisaabinta gargaarka.

concept-divorce = furriin ku kala tegay (divorcé)
    .explain = Tani waxay ka dhigan tahay in guurkaaga si rasmi ah loogu joojiyay go'aan maxkamadeed ama dukumeenti. Bogga wuxuu weydiin karaa taariikhda furriinka.

concept-veuf = carmal (lammaanihiisa dhintay)
    .explain = Carmal waxay ka dhigan tahay in xaaskaagii ama ninkaagii uu dhintay. Waxaa laga yaabaa inaad xaq u leedahay gargaarro qaar.

concept-separe = kala maqan (aan weli kala furin)
    .explain = Tani waxay ka dhigan tahay inaadan hadda la noolayn xaaskaaga ama ninkaaga, laakiin aydaan weli kala furin. U sheeg taariikhda kala tegidda hay'adaha ku siiya gargaarka.

concept-conjoint = lammaane (xaas ama nin)
    .explain = Lammaanuhu waa qofka aad isqabtaan. Mararka qaar, erayga waxaa sidoo kale loola jeedaa qofka aad PACS la leedahay ama aad lammaane ahaan u wada nooshihiin.

concept-enfant-a-charge = ilmo aad masuul ka tahay
    .explain = Ilmaha aad masuulka ka tahay wuu kula nool yahay, adiguna waxaad bixisaa baahiyihiisa. Tirada dadka aad masuulka ka tahay waxay beddeshaa qaddarka gargaarka iyo canshuurta.

concept-mineur = qof aan qaan-gaarin (ka yar 18 sano)
    .explain = Qof aan qaan-gaarin wuxuu ka yar yahay 18 sano. Isaga, badanaa waalid ama wakiil sharci ah ayaa u fuliya arrimaha maamulka.

concept-majeur = qof qaan-gaar ah (18 sano ama ka weyn)
    .explain = Qof qaan-gaar ah wuxuu jiraa 18 sano ama ka badan. Isagu qudhiisa ayaa fuliya arrimihiisa maamulka.

concept-etat-civil = diiwaanka xaaladda madaniga (état civil)
    .explain = État civil waa macluumaadka rasmiga ah ee adiga kugu saabsan: dhalasho, guur, dhimasho, magac. Xafiiska état civil ee dawladda hoose (mairie) ayaa sameeya dukumeentiyada rasmiga ah.

concept-acte-de-naissance = shahaadada dhalashada
    .explain = Shahaadada dhalashadu waa dukumeentiga rasmiga ah ee caddeeya dhalashadaada, magacyadaada iyo waalidkaa. Haddii aad ku dhalatay dibadda, waxaa laga yaabaa in la weydiiyo turjumaad.
    .where = Haddii aad ku dhalatay Faransiiska: ka codso dawladda hoose (mairie) ee goobta dhalashada. Haddii aad ku dhalatay dibadda: mas'uuliyiinta dalka aad ku dhalatay. Dadka ay OFPRA ilaaliso, OFPRA ayaa samaysa.

concept-acte-de-mariage = shahaadada guurka
    .explain = Shahaadada guurku waa dukumeentiga rasmiga ah ee caddeeya guurkaaga. Waxaa sameeya dawladda hoose (mairie) ama maamulka dalka aad ku guursatay.

concept-livret-de-famille = buugga qoyska (livret de famille)
    .explain = Livret de famille waa buug yar oo rasmi ah oo dawladda hoose (mairie) bixiso marka la guursado ama marka ilmaha koowaad dhasho. Wuxuu liis gareeyaa waalidka iyo carruurta.

## Coordonnées

concept-coordonnees = xiriirka (cinwaan, taleefan, iimayl)
    .explain = Waa qaababka lagugu heli karo: cinwaan, taleefan, iimayl. Si fiican u hubi, haddii kale jawaabaha kuuma iman doonaan.

concept-adresse-electronique = cinwaanka iimaylka
    .explain = Waa cinwaankaaga iimaylka, tusaale ahaan nom@exemple.fr, oo leh calaamadda @. Dooro cinwaan aad furi karto, sababtoo ah koodhadhka iyo jawaabaha halkaas ayay yimaadaan.

concept-numero-de-telephone = lambarka taleefanka
    .explain = Qor lambarka lagugu soo wici karo. Lambarka Faransiiska wuxuu leeyahay 10 tiro, wuxuuna ku bilaabmaa 0.

concept-telephone-portable = taleefanka gacanta (moobilka)
    .explain = Waa lambarka taleefankaaga gacanta, oo Faransiiska badanaa ku bilaabma 06 ama 07. Bogga wuxuu halkaas kuugu soo diri karaa koodh SMS ah.

concept-telephone-fixe = taleefanka guriga (fixe)
    .explain = Waa lambarka taleefan ku xiran guri ama xafiis. Haddii aadan lahayn, meeshan ka tag iyadoo bannaan.

concept-indicatif = koodka dalka (taleefanka)
    .explain = Waa koodka dalka ee la dhigo lambarka taleefanka hortiisa. Faransiiska waa +33, markaas ka saar 0-ga koowaad.

concept-sms = SMS (fariin qoraal ah)
    .explain = SMS waa fariin qoraal ah oo aad ku hesho taleefankaaga gacanta. Bogagga badanaa waxay SMS ku soo diraan koodh.

## Adresse

concept-adresse = cinwaan
    .explain = Waa meesha aad ku nooshahay ama aad ka hesho boostadaada. Maamulku cinwaankan ayuu warqadaha kuugu soo diri doonaa.

concept-adresse-postale = cinwaanka boostada
    .explain = Waa cinwaanka boostadu warqadaha kuugu keento. Wuxuu ka duwanaan karaa meesha aad seexato, tusaale ahaan domiciliation (cinwaan boosto oo urur).

concept-complement-d-adresse = faahfaahin dheeri ah oo cinwaanka
    .explain = Meeshan waxaa loogu talagalay faahfaahinta caawisa boostaleyda: dhismaha, dabaqa, guriga, magaca ku qoran sanduuqa boostada. Badanaa waa ikhtiyaari.

concept-numero = lambarka guriga
    .explain = Cinwaanka dhexdiisa, waa lambarka guriga ama dhismaha ee waddada. Lambarka waxaa ka daba iman kara bis ama ter.

concept-numero-d-identification = lambar (numéro)
    .explain = Lambarku waa taxane tirooyin ah, mararka qaarkood xarfo la socdaan, oo tilmaama shay: fayl, kaar, telefoon. U koobi si sax ah adigoon waxba beddelin.

concept-voie = waddada (magaca waddada)
    .explain = Waa waddada cinwaankaaga: rue, avenue, boulevard, chemin, place. Qor nooceeda iyo magaceeda, lambar la'aan.

concept-batiment = dhismaha (bâtiment)
    .explain = Haddii xaafaddaadu leedahay dhowr dhisme, qor xarafka ama lambarka dhismahaaga. Tani waxay boostaleyda ka caawisaa inuu helo sanduuqaaga boostada.

concept-immeuble = dhisme dabaqyo leh (immeuble)
    .explain = Immeuble waa dhisme leh dhowr dabaq iyo dhowr guri. Qor magaciisa ama lambarkiisa haddii uu leeyahay.

concept-escalier = jaranjarada (escalier)
    .explain = Dhismayaasha qaar, jaranjaradu waxay leeyihiin xaraf ama lambar. Qor ta gurigaaga haddii aad taqaan.

concept-numero-d-appartement = lambarka abaartamanka
    .explain = Waa lambarka gurigaaga ee dhismaha dhexdiisa. Badanaa wuxuu ku qoran yahay albaabka ama heshiiska kirada (bail).

concept-etage = dabaq
    .explain = Dabaqu waa heerka gurigaagu ku yaal dhismaha. Dabaqa hoose (rez-de-chaussée) waa dabaqa 0.

concept-lieu-dit = magaca goob miyi ah (lieu-dit)
    .explain = Lieu-dit waa magaca meel yar oo miyiga ah, oo aan lahayn magac waddo. Qor haddii uu qayb ka yahay cinwaankaaga.

concept-commune-deleguee = degmo hore oo la mideeyay (commune déléguée)
    .explain = Commune déléguée waa degmo hore oo ku biirtay degmo kale. Magaceeda mararka qaar wuu ku hadhaa cinwaanka.

concept-boite-postale = sanduuqa boostada (BP)
    .explain = Waa sanduuq ku yaal xafiiska boostada oo warqadaha lagu helo. Wuxuu leeyahay lambar, badanaa loo qoro BP iyo lambar.

concept-cedex = Cedex (adeeg boosto oo gaar ah)
    .explain = Cedex waa eray lagu daro cinwaannada shirkadaha ama maamullada hela boosto badan. Haddii cinwaankaagu aanu lahayn, meeshan ka tag iyadoo bannaan.

concept-code-postal = koodka boostada (code postal)
    .explain = Code postal waa lambar 5 tiro ah oo loogu talagalay magaalada ama xaafadda. Tusaale ahaan 75011 waa qayb ka mid ah Paris.
    .where = Warqad lagu soo diray cinwaankaaga, magaca magaalada hortiisa.

concept-commune = magaalada ama degmada (commune)
    .explain = Commune waa magaalada ama tuulada aad ku nooshahay. Badanaa waxaad ka doorataa liis kadib markaad qorto code postal.

concept-departement = gobolka (département)
    .explain = Faransiisku wuxuu u qaybsan yahay départements, mid walbana wuxuu leeyahay lambar. Préfecture-kaagu waa tan département-ka aad ku nooshahay.

concept-pays = dal
    .explain = Ka dooro dalka liiska. Cinwaan Faransiiska ku yaal, dooro France.

concept-changement-d-adresse = beddelidda cinwaanka
    .explain = Markaad guurto, waa inaad cinwaankaaga cusub siisaa maamullada. Haddii aad haysato ruqsad deganaansho, u sheeg préfecture-ka 3 bilood gudahood.

concept-hebergement = la deganaansho qof kale (hébergement)
    .explain = Hébergé waxay ka dhigan tahay inaad ku nooshahay guriga qof kale, adigoon kiro bixin ama bixinaya wax yar. Bogga badanaa wuxuu weydiiyaa caddayn uu saxiixay qofkaasi.

concept-attestation-d-hebergement = caddaynta hoyga (attestation d’hébergement)
    .explain = Waa warqad uu saxiixay qofka ku hoyiya, oo sheegaysa inaad gurigiisa ku nooshahay. Waxaa lagu lifaaqaa kaarka aqoonsigiisa iyo caddaynta cinwaanka ee magaciisa ku qoran.

concept-justificatif-de-domicile = caddaynta cinwaanka (justificatif de domicile)
    .explain = Waa dukumeenti dhow oo caddeeya cinwaankaaga: biilka korontada, rasiidka kirada, attestation d’hébergement. Badanaa wuxuu ka yar yahay 3 bilood.

concept-domiciliation = cinwaan boosto oo urur (domiciliation)
    .explain = Haddii aadan lahayn cinwaan joogto ah, CCAS ama urur la oggolaaday ayaa heli kara boostadaada. Cinwaankani wuxuu kuu oggolaanayaa inaad fuliso arrimahaaga maamulka.
    .where = Caddaynta waxaa ku siinaya CCAS ama ururka ku siiyay cinwaanka.

concept-sans-domicile-stable = hoy joogto ah la'aan
    .explain = Ma lihid hoy joogto ah haddii aadan lahayn guri adiga kuu gaar ah. Hase yeeshee waxaad xaq u leedahay cinwaan boostadaada, kaas oo la yiraahdo domiciliation.

## Compte et connexion

concept-identifiant = aqoonsiga gelitaanka (identifiant)
    .explain = Identifiant waa magaca ama lambarka lagugu aqoonsado bogga. Iyadoo ku xiran bogga, waa cinwaanka iimaylkaaga, lambar ama magac aad dooratay.
    .where = ANEF, badanaa waa lambarkaaga ajnabiga (numéro étranger). Canshuuraha, waa lambarkaaga canshuurta (numéro fiscal).

concept-mot-de-passe = erayga sirta ah (mot de passe)
    .explain = Erayga sirta ahi waa koodh qarsoodi ah oo aad dooratid si aad u gasho akoonkaaga. Cidna ha siin, kuna qor meel ammaan ah.

concept-confirmation-du-mot-de-passe = xaqiijinta erayga sirta ah
    .explain = Mar labaad qor isla erayga sirta ah. Sidaas ayuu boggu ku hubiyaa inaadan qalad qoraal samayn.

concept-se-connecter = gal akoonka (se connecter)
    .explain = Se connecter waxay ka dhigan tahay inaad akoonkaaga ku gasho aqoonsigaaga iyo erayga sirta ah. Kadib, waxaad arkaysaa faylkaaga.

concept-connexion = gelitaan (connexion)
    .explain = Connexion waa gelitaanka akoonkaaga gaarka ah ee bogga. Waxaa loo baahan yahay aqoonsigaaga iyo erayga sirta ah.

concept-se-deconnecter = ka bax akoonka (se déconnecter)
    .explain = Se déconnecter waxay ka dhigan tahay inaad ka baxdo akoonkaaga. Mar walba samee markaad isticmaasho kombiyuutar la wadaago, si aad u ilaaliso macluumaadkaaga.

concept-creer-un-compte = samee akoon
    .explain = Samaynta akoon waxay ka dhigan tahay inaad markii ugu horreysay iska diiwaangeliso bogga. Waxaad doorataa aqoonsi iyo eray sir ah, badanaana waxaad heshaa iimayl xaqiijin ah.

concept-compte = akoon (compte)
    .explain = Akoonkaagu waa meeshaada gaarka ah ee bogga. Wuxuu kaydiyaa codsiyadaada, dukumeentiyadaada iyo fariimahaaga.

concept-prendre-en-compte = tixgelin (prendre en compte)
    .explain = Prendre en compte waxay ka dhigan tahay in macluumaad la eego oo go'aan lagu gaaro. Ereygan xiriir lama laha akoonkaaga bogga.

concept-mot-de-passe-oublie = waan ilaaway erayga sirta ah
    .explain = Halkan guji haddii aadan xasuusan erayga sirta ah. Boggu wuxuu kuu soo dirayaa link ama koodh si aad u doorato mid cusub.

concept-reinitialiser-le-mot-de-passe = dib u deji erayga sirta ah
    .explain = Réinitialiser waxay ka dhigan tahay inaad erayga sirta ah ku beddesho mid cusub. Raac link-ga iimaylka laguugu soo diray, oo dooro eray sir ah oo aadan ilaawi doonin.

concept-se-souvenir-de-moi = i xasuuso
    .explain = Haddii aad sanduuqan calaamadeyso, boggu wuxuu kaydinayaa aqoonsigaaga mar dambe. Ha calaamadeyn kombiyuutar la wadaago.

concept-franceconnect = FranceConnect (ku gal akoon aad horay u haysatay)
    .explain = FranceConnect wuxuu kuu oggolaanayaa inaad gasho bog dowladeed adigoo isticmaalaya akoon aad horay u haysatay, tusaale ahaan Ameli ama L’Identité Numérique La Poste. Uma baahnid eray sir ah oo cusub.

concept-identite-numerique = aqoonsi dijitaal ah
    .explain = Aqoonsiga dijitaalka ahi waa hab ammaan ah oo aad internetka ku caddeyso cidda aad tahay, adigoo isticmaalaya app ku jira taleefankaaga. Waxaa lala isticmaali karaa FranceConnect.

concept-validation-en-deux-etapes = xaqiijin laba tallaabo ah
    .explain = Erayga sirta ah ka sokow, boggu wuxuu ku weydiinayaa koodh aad ku heshay SMS, iimayl ama app. Tani waxay ilaalisaa akoonkaaga.

concept-code-de-verification = koodka xaqiijinta
    .explain = Boggu wuxuu kuu soo diraa koodh SMS ama iimayl ah si uu u hubiyo inaad adigu tahay. Si dhakhso ah u koobi, sababtoo ah wuxuu shaqeeyaa dhowr daqiiqo oo keliya.
    .where = Eeg SMS-yadaada ama sanduuqa iimaylkaaga, iyo sidoo kale galka «courrier indésirable» ama «spam».

concept-lien-d-activation = link-ga furitaanka akoonka (lien d’activation)
    .explain = Diiwaangelinta kadib, boggu wuxuu kuu soo diraa iimayl leh link. Guji link-gaas si aad u furto akoonkaaga, badanaa waqti xaddidan gudihiis.
    .where = Sanduuqa iimaylkaaga, iyo sidoo kale galka «spam» ama «courrier indésirable».

concept-espace-personnel = qaybtaada gaarka ah (espace personnel)
    .explain = Espace personnel waa qaybta bogga ee adiga keliya laguu qoondeeyay, gelitaanka kadib. Halkaas waxaad kala socotaa codsiyadaada, waxaadna ka helaysaa dukumeentiyadaada.

concept-messagerie = sanduuqa fariimaha (messagerie)
    .explain = Messagerie waxay kuu oggolaanaysaa inaad maamulka u qorto oo aad akhrido jawaabihiisa akoonkaaga dhexdiisa. Inta badan eeg, sababtoo ah fariimo muhiim ah ayaa iman kara.

concept-profil = xogtaada shakhsiga ah (profil)
    .explain = Profil-kaagu wuxuu ka kooban yahay macluumaadka boggu kaa hayo: magac, cinwaan, taleefan. Badanaa halkan ayaad ku sixi kartaa.

## Navigation et boutons

concept-afficher = muuji (afficher)
    .explain = Afficher waxay ka dhigan tahay in shaashadda lagu muujiyo. Erayga sirta ah agtiisa, badhankani wuxuu muujiyaa xarfaha aad qortay.

concept-masquer = qari (masquer)
    .explain = Masquer waxay ka dhigan tahay qarin. Erayga sirta ahi wuxuu mar kale noqdaa dhibco ama xiddigo.

concept-valider = xaqiiji (valider)
    .explain = Valider waxay ka dhigan tahay inaad xaqiijiso oo aad dirto jawaabahaaga. Dib u akhri intaadan gujin, sababtoo ah mararka qaar kadib wax lama beddeli karo.

concept-envoyer = dir (envoyer)
    .explain = Envoyer wuxuu foomkaaga ama fariintaada u gudbiyaa maamulka. Dirista kadib, hay xaqiijinta ama qaad sawirka shaashadda.

concept-suivant = xiga (suivant)
    .explain = Badhanka Suivant wuxuu kuu gudbiyaa tallaabada xigta. Meelo kale, suivant waxay ka dhigan tahay «kan soo socda», tusaale ahaan dukumeentiyada soo socda.

concept-precedent = hore (précédent)
    .explain = Badhanka Précédent wuxuu kugu celiyaa tallaabadii hore si aad dib ugu akhrido ama u saxdo. Meelo kale, précédent waxay ka dhigan tahay «kii hore», tusaale ahaan sanadkii hore.

concept-retour = dib u noqo (retour)
    .explain = Retour wuxuu kugu celiyaa boggii hore. Ka digtoonow, jawaabaha qaar way lumi karaan.

concept-annuler = jooji (annuler)
    .explain = Annuler wuxuu joojiyaa ficilka socda, isagoon kaydin waxaad boggan ku samaysay.

concept-enregistrer = kaydi (enregistrer)
    .explain = Badhanka Enregistrer wuxuu kaydiyaa jawaabahaaga, laakiin codsigaagu weli lama dirin. Enregistrer codsi waxay sidoo kale ka dhigan tahay in si rasmi ah loo diiwaangeliyo, tusaale ahaan codsi magangelyo.

concept-brouillon = qabyo (brouillon)
    .explain = Brouillon waa codsi la bilaabay laakiin aan la dirin. Maamulku ma arko ilaa aad dirto.

concept-modifier = beddel (modifier)
    .explain = Modifier wuxuu kuu oggolaanayaa inaad beddesho macluumaad horay loo qoray.

concept-mise-a-jour = casriyeyn (mise à jour)
    .explain = Mettre à jour waxay ka dhigan tahay in macluumaad la beddelo si uu maanta u saxnaado. Tusaale ahaan, qorista cinwaankaaga cusub.

concept-supprimer = tirtir (supprimer)
    .explain = Supprimer wuxuu weligiis tirtiraa shayga, tusaale ahaan fayl aad ku dartay. Hubi intaadan gujin.

concept-rechercher = raadi (rechercher)
    .explain = Rechercher wuxuu kuu oggolaanayaa inaad hesho bog ama macluumaad adigoo qoraya eray.

concept-telecharger = soo deji (télécharger)
    .explain = Télécharger waxay ka dhigan tahay inaad dukumeenti bogga ka koobiyeyso oo aad taleefankaaga ama kombiyuutarkaaga ku kaydiso. Bogagga qaar waxay erayga u isticmaalaan sidoo kale fayl loo dirayo bogga.

concept-televerser = fayl u dir bogga (téléverser)
    .explain = Téléverser waxay ka dhigan tahay inaad fayl ka dirto taleefankaaga ama kombiyuutarkaaga oo aad u dirto bogga. Tusaale ahaan sawir ama iskaan baasaboorkaaga.

concept-deposer-un-dossier = gudbin fayl ama codsi (déposer)
    .explain = Gudbinta fayl ama codsi waxay ka dhigan tahay in loo diro maamulka. Ka hor, hubi inuu dhammaystiran yahay. Kadib, hay caddaynta gudbinta.

concept-ajouter-un-fichier = ku dar fayl
    .explain = Badhankani wuxuu furaa galalkaaga si aad u doorato dukumeentiga la dirayo. Hubi qaabka (format) iyo cabbirka la rabo intaadan dooran.

concept-imprimer = daabac (imprimer)
    .explain = Imprimer wuxuu dukumeentiga warqad ku soo saaraa isagoo adeegsanaya mashiinka daabacaadda. Waxaad sidoo kale u kaydin kartaa PDF si aad u hayso.

concept-fermer = xir (fermer)
    .explain = Fermer wuxuu shaashadda ka saaraa daaqadda ama fariinta.

concept-menu = menu (liiska qaybaha)
    .explain = Menu-gu waa liiska qaybaha bogga. Guji si aad u aragto bogagga la heli karo.

concept-accueil = bogga hore (accueil)
    .explain = Accueil waa bogga ugu horreeya ee website-ka. Waad ku noqon kartaa haddii aad lunto.

concept-aide = caawimaad (aide)
    .explain = Aide waxay bixisaa sharraxaad ku saabsan bogga iyo arrimaha maamulka. Erayga aide wuxuu sidoo kale ka dhigan yahay lacag gargaar ah oo hay'ad bixiso.

concept-nous-contacter = nala soo xiriir
    .explain = Boggan wuxuu kuu oggolaanayaa inaad maamulka u qorto, badanaa foom ahaan. Hay koobiga fariintaada iyo jawaabta.

concept-foire-aux-questions = su'aalaha inta badan la is weydiiyo (FAQ)
    .explain = Waa bog ay ku qoran yihiin su'aalaha dadku inta badan weydiiyaan iyo jawaabahooda.

concept-recapitulatif = soo koobid (récapitulatif)
    .explain = Récapitulatif wuxuu muujiyaa dhammaan jawaabahaaga intaan la dirin. Si fiican u akhri oo sax khaladaadka intaadan xaqiijin (valider).

concept-etape = tallaabo (étape)
    .explain = Arrin maamul oo internetka lagu fuliyo waxay u qaybsantaa tallaabooyin. Boggu badanaa wuxuu muujiyaa tallaabada aad joogto iyo inta hartay.

concept-tableau-de-bord = bogga guud ee akoonka (tableau de bord)
    .explain = Tableau de bord waa bogga ugu muhiimsan ee akoonkaaga. Wuxuu muujiyaa codsiyadaada, xaaladdooda iyo fariimahaaga.

concept-demarche = arrin maamul (démarche)
    .explain = Démarche waa waxa aad samayso si aad wax uga hesho maamulka: warqad, gargaar, xuquuq.

concept-voie-electronique = internetka (par voie électronique)
    .explain = Par voie électronique waxay ka dhigan tahay internetka: bog, iimayl ama akoonkaaga. Ma aha cinwaan.

concept-demarche-en-ligne = arrin maamul oo internetka lagu fuliyo
    .explain = Tani waa arrin internetka lagu fuliyo, adigoon xafiis aadin. Haddii aadan awoodin, caawimaad codso. Ruqsadda deganaanshaha, waa inuu jiraa xal kale haddii bogga internetku uusan kuu shaqayn, xitaa caawimaad kadib.

concept-capture-d-ecran = sawirka shaashadda (capture d’écran)
    .explain = Sawirka shaashaddu waa sawir muujinaya waxa shaashaddaadu soo bandhigayso. Wuxuu caddeyn karaa dhibaato, tusaale ahaan ballan la'aan, isagoo leh taariikhda iyo saacadda.

concept-cookies = cookies (faylal yaryar)
    .explain = Cookies waa faylal yaryar oo boggu ku kaydiyo browser-kaaga. Boggu waa inuu oggolaanshahaaga weydiiyaa kuwa aan loo baahnayn. Diidmadu waa inay u fududaataa sida aqbalaadda.

concept-accessibilite = helitaanka dadka oo dhan (accessibilité)
    .explain = Accessibilité waxay ka dhigan tahay in bogga uu isticmaali karo qof kasta, xitaa qof naafo ah. Haddii aanay sidaas ahayn, waad soo sheegi kartaa.

concept-mentions-legales = macluumaadka sharciga (mentions légales)
    .explain = Boggan wuxuu sheegayaa cidda maamusha website-ka iyo cidda masuulka ka ah. Looma baahna si aad u fuliso arrintaada.

concept-conditions-generales = shuruudaha guud ee isticmaalka
    .explain = Kuwani waa xeerarka isticmaalka bogga. Boggu badanaa wuxuu kaa codsadaa inaad aqbasho intaadan sii wadin.

concept-parametres-d-affichage = dejinta muuqaalka (paramètres d’affichage)
    .explain = Halkan waxaad ku doorataa muuqaalka bogga: midabo iftiin ah ama madow. Tani ma beddesho arrintaada.

concept-theme-clair = muuqaal iftiin leh
    .explain = Muuqaalka iftiinka leh wuxuu qoraal madow ku muujiyaa gadaal cad.

concept-theme-sombre = muuqaal madow
    .explain = Muuqaalka madow wuxuu qoraal iftiin leh ku muujiyaa gadaal madow. Wuxuu nasiin karaa indhaha.

concept-theme-systeme = sida qalabkaaga (système)
    .explain = Halkan, système waxay ka dhigan tahay in boggu qaato midabada taleefankaaga ama kombiyuutarkaaga.

concept-republique-francaise = République française (Jamhuuriyadda Faransiiska)
    .explain = Astaantani waxay muujinaysaa in website-ka uu leeyahay dowladda Faransiiska. Ka digtoonow bogag been abuur ah oo lacag kaa weydiiya arrin bilaash ah.

concept-navigateur = browser (navigateur)
    .explain = Browser-ku waa barnaamijka fura bogagga internetka, sida Chrome, Firefox, Safari ama Edge.

concept-service-public-fr = Service-Public.fr (bogga rasmiga ah ee macluumaadka)
    .explain = Waa bogga rasmiga ah ee sharxa xuquuqdaada iyo arrimaha maamulka ee Faransiiska. Wuxuu sidoo kale bixiyaa link-yo u gudbiya foomamka saxda ah.

concept-demarches-simplifiees = démarches-simplifiées (bogga foomamka dowladda)
    .explain = Waa bog dowladeed oo maamullo badan ay foomamkooda ku dhigaan. Halkaas ayaad ku gudbisaa faylkaaga oo aad kala socotaa jawaabta.

## Formulaires

concept-demande = codsi (demande)
    .explain = Demande waa waxa aad u dirto maamulka si aad wax u hesho: ruqsad deganaansho, gargaar, ballan.

concept-champ-de-saisie = meesha wax lagu qoro
    .explain = Waa sanduuq aad jawaab ku qorto adigoo isticmaalaya kiiboodhka.

concept-saisir = qor / buuxi (saisir)
    .explain = Saisir ama renseigner waxay ka dhigan tahay inaad macluumaad ku qorto meel foomka ku taal. Sharciga, saisir un juge waxay ka dhigan tahay inaad garsooraha ka codsato inuu go'aan gaaro.

concept-libelle = cinwaanka meesha (libellé)
    .explain = Libellé waa qoraalka ku yaal sanduuqa korkiisa. Wuxuu sheegayaa waxa aad qoreyso ama aad dooranayso.

concept-legende = cinwaanka koox su'aalo ah (légende)
    .explain = Légende waa cinwaanka koox su'aalo ah. Wuxuu sharxayaa waxa su'aalahaasi wadajir u weydiinayaan.

concept-case-a-cocher = sanduuq calaamadeyn
    .explain = Waa afargees yar. Guji si aad u tiraahdo haa, mar kale guji si aad calaamadda uga saarto.

concept-cocher = calaamadee (cocher)
    .explain = Cocher waxay ka dhigan tahay inaad sanduuq gujiso si aad calaamad ugu dhigto. Tani waxay ka dhigan tahay haa ama waan aqbalay.

concept-bouton-radio = goobo doorasho (bouton radio)
    .explain = Waa goobo yar. Kooxda dhexdeeda jawaab keliya ayaad dooran kartaa.

concept-liste-deroulante = liis hoos u furma (liste déroulante)
    .explain = Liiskani wuu furmaa markaad gujiso. Kadib liiska ka dooro jawaab.

concept-selectionner-une-option = dooro ikhtiyaar
    .explain = Sélectionner waxay ka dhigan tahay inaad liis ka doorato jawaab. Guji liiska, kadibna jawaabtaada.

concept-option = ikhtiyaar (option)
    .explain = Option waa mid ka mid ah doorashooyinka liiska ku jira.

concept-champ-obligatoire = meel waajib ah
    .explain = Waa inaad buuxisaa meeshan, haddii kale foomku ma baxayo. Badanaa waxaa lagu calaamadeeyaa xiddig *.

concept-optionnel = ikhtiyaari (optionnel)
    .explain = Optionnel waxay ka dhigan tahay inaadan waajib ku ahayn inaad jawaabto. Meeshan waad ka tagi kartaa iyadoo bannaan.

concept-format-attendu = qaabka la rabo (format)
    .explain = Qaabka la rabo wuxuu muujinayaa sida jawaabta loo qoro, tusaale ahaan taariikhda JJ/MM/AAAA (maalin/bil/sano). Raac, haddii kale boggu wuxuu muujinayaa khalad.

concept-exemple = tusaale (exemple)
    .explain = Tusaaluhu wuxuu muujinayaa jawaab suurtagal ah. Ha koobiyeyn, qor macluumaadkaaga adigoo isla qaabkaas raacaya.

concept-indication = tilmaan (indication)
    .explain = Indication waa qoraal yar oo ku yaal su'aasha hoosteeda. Wuxuu sharxayaa sida loo jawaabo.

concept-texte-de-description = qoraalka sharaxaadda
    .explain = Qoraalkani wuxuu bixiyaa sharraxaad dheeraad ah oo ku saabsan su'aasha. Akhri intaadan jawaabin.

concept-fichier = fayl (fichier)
    .explain = Faylku waa dukumeenti ku kaydsan taleefankaaga ama kombiyuutarkaaga: sawir, iskaan, PDF.

concept-format-de-fichier = nooca faylka (format)
    .explain = Format waa nooca faylka, kaas oo lagu qoro magaciisa dhibicda kadib: pdf, jpg, png. Boggu wuxuu aqbalaa oo keliya noocyada liiska ku qoran.

concept-taille-maximale = cabbirka ugu badan (taille maximale)
    .explain = Waa miisaanka ugu badan ee fayl loo oggol yahay, badanaa Mo (megabyte). Haddii faylkaagu aad u culus yahay, yaree tayada iskaanka ama sawirka.

concept-caractere = xaraf ama calaamad (caractère)
    .explain = Caractère waa xaraf, tiro, meel bannaan ama calaamad. Boggu mararka qaar wuxuu tiriyaa tirada caractères-ka la qoray.

concept-caractere-special = calaamad gaar ah (caractère spécial)
    .explain = Calaamad gaar ahi waa astaan aan xaraf ahayn tirana ahayn, tusaale ahaan ! @ # ama ?. Erayo sir ah oo badan ayaa u baahan ugu yaraan mid.

concept-chiffre = tiro (chiffre)
    .explain = Tiradu waa mid ka mid ah calaamadaha 0 ilaa 9. Erayga sirta ahi badanaa waa inuu lahaadaa ugu yaraan hal tiro.

concept-chiffre-d-affaires = dakhliga guud ee ganacsiga (chiffre d’affaires)
    .explain = Chiffre d’affaires waa dhammaan lacagta shirkaddu hesho, inta aan kharashaadka laga jarin. Ganacsatada yaryar (micro-entrepreneurs) waxay u sheegaan URSSAF.

concept-majuscule = xaraf weyn (majuscule)
    .explain = Majuscule waa xaraf weyn, sida A, B, C. Meelaha qaar waxay kaa codsadaan inaad magaca ku qorto xarfo waaweyn.

concept-minuscule = xaraf yar (minuscule)
    .explain = Minuscule waa xaraf yar, sida a, b, c.

concept-piece-jointe = fayl lifaaqan (pièce jointe)
    .explain = Pièce jointe waa fayl lagu daray fariin ama codsi.

concept-piece-justificative = dukumeenti caddayn ah (pièce justificative)
    .explain = Waa dukumeenti caddeynaya waxa aad sheegtay: baasaboor, caddaynta cinwaanka, warqadda mushaharka. Boggu wuxuu bixiyaa liiska dukumeentiyada la rabo.

concept-montant = qaddarka lacagta (montant)
    .explain = Montant waa qaddar lacageed, euro ah. Haddii boggu codsado, qor tirooyinka oo keliya, calaamadda € la'aan.

concept-motif = sabab (motif)
    .explain = Motif waa sababta codsigaaga ama ballantaada. Dooro midka ku habboon xaaladdaada.

concept-attestation-sur-l-honneur = caddayn sharaf (attestation sur l’honneur)
    .explain = Waa qoraal aad ku caddeynayso in macluumaadkaagu run yihiin. Caddayn been ah waa lagu ciqaabi karaa.

concept-consentement = oggolaansho (consentement)
    .explain = Bixinta oggolaanshahaaga waxay ka dhigan tahay inaad wax aqbasho, tusaale ahaan isticmaalka xogtaada. Akhri qoraalka intaadan calaamadeyn.

concept-donnees-personnelles = xogta shakhsiga ah (données personnelles)
    .explain = Waa macluumaadka adiga kugu saabsan: magac, cinwaan, lambarro, caafimaad. Sharcigu wuu ilaaliyaa xogtan, waxaadna codsan kartaa inaad aragto ama saxdo.

concept-mention-cnil = ogeysiiska CNIL (isticmaalka xogtaada)
    .explain = Qoraalkani wuxuu sharxayaa waxa maamulku ku sameeyo xogtaada iyo inta uu hayo. Wuxuu sidoo kale sheegayaa sida aad u isticmaali karto xuquuqdaada ku saabsan xogtan.

concept-cnil = CNIL (ilaalinta xogta shakhsiga)
    .explain = CNIL waa hay'adda ilaalisa xogtaada shakhsiga ah ee Faransiiska. Waad u gudbin kartaa cabasho haddii xogtaada si xun loo isticmaalo.

concept-rgpd = RGPD (sharciga Yurub ee ilaalinta xogta)
    .explain = RGPD waa sharciga Yurub ee ilaaliya xogtaada shakhsiga ah. Wuxuu ku siinayaa xuquuq aad ku aragto, ku saxdo ama ku tirtirto xogtaada.

## CAPTCHA

concept-captcha = captcha (imtixaan caddeynaya inaad qof tahay)
    .explain = Captcha waa imtixaan hubinaya in qof, oo aan barnaamij ahayn, uu isticmaalayo bogga. Badanaa waxaa jira nooc cod ah oo loogu talagalay dadka aragtidoodu liidato.
    .todo = Haddii aadan awoodin, isku day nooca codka ama weydii caawimaad. Hay sawirka shaashadda ee guuldarro kasta: waa caddayn in boggu ku xannibayo.

concept-je-ne-suis-pas-un-robot = ma ihi robot
    .explain = Calaamadee sanduuqan si aad u muujiso inaad qof tahay. Mararka qaar boggu kadib wuxuu kaa codsadaa inaad sawirro doorato.
    .todo = Haddii imtixaanku dhowr jeer guuldarraysto, isku day nooca codka. Haddii aad xannibnaato, qaad sawirka shaashadda oo codso hab kale oo aad arrinta ku fuliso.

concept-code-de-securite = koodka amniga
    .explain = Koobi xarfaha iyo tirooyinka sawirka ku jira, isla sida ay isugu xigaan. Ka digtoonow xarfaha waaweyn.

concept-version-audio = nooca codka (version audio)
    .explain = Badhankani wuxuu koodka cod ku akhriyaa, dadka aan si fiican u arki karin sawirka. Kadib qor waxa aad maqasho.

concept-nouvelle-image = sawir cusub
    .explain = Haddii aadan akhrin karin koodka, badhankani wuxuu muujinayaa mid kale.

## Séjour des étrangers

concept-titre-de-sejour = ruqsadda deganaanshaha (titre de séjour)
    .explain = Ruqsadda deganaanshuhu waa kaarka ku siinaya xaqa aad Faransiiska ku noolaan karto. Waxay leedahay taariikh dhammaad: codso cusboonaysiinta intaanay dhicin.
    .where = Waxaad ka heshay préfecture-ka. Sidoo kale hay récépissé-ga haddii aad mid haysato.

concept-carte-de-sejour-temporaire = ruqsad deganaansho oo hal sano ah (carte de séjour temporaire)
    .explain = Waa ruqsad deganaansho oo ugu badnaan hal sano shaqaysa. Ka hor taariikhda dhammaadkeeda, codso cusboonaysiinteeda: iyadoo ku xiran xaaladdaada, waxaa laga yaabaa inaad hesho kaar dhowr sano ah.

concept-carte-de-sejour-pluriannuelle = ruqsad deganaansho oo dhowr sano ah
    .explain = Waa ruqsad deganaansho oo shaqaysa dhowr sano, badanaa ilaa 4 sano. Guud ahaan waxaa la helaa kadib ruqsaddii ugu horreysay ee hal sano.

concept-carte-de-resident = kaarka degaanka (ruqsad 10 sano ah)
    .explain = Carte de résident waa ruqsad deganaansho oo 10 sano ah. Waxay bixisaa xasillooni badan, waxayna kuu oggolaanaysaa inaad shaqayso.

concept-recepisse = récépissé (warqad ku-meel-gaar ah)
    .explain = Récépissé waa warqad préfecture-ka ka timid oo caddaynaysa in codsigaagu socdo. Inta ay shaqaynayso, joogitaankaagu waa sharci.
    .where = Waxay leedahay lambarkaaga ajnabiga iyo taariikhda dhammaadkeeda. Mar walba la hay baasaboorkaaga.

concept-attestation-de-prolongation-d-instruction = caddaynta dheeraynta baaritaanka (attestation de prolongation d’instruction)
    .explain = Haddii codsigaaga cusboonaysiintu dhammaystiran yahay oo waqtigiisa la soo gudbiyay, ANEF ayaa ku siisa dukumeentigan inta la baarayo. Ruqsaddaadii hore la jirta, wuxuu caddeynayaa in joogitaankaagu weli sharci yahay, wuxuuna ilaaliyaa xuquuqdaada, sida shaqada. Wuxuu socdaa ugu badnaan 3 bilood waana la cusboonaysiin karaa.
    .where = Ka soo deji akoonkaaga ANEF. Caddayn cusub ayaa iman karta haddii baaritaanku dheeraado.

concept-attestation-de-depot = caddaynta gudbinta codsiga (attestation de dépôt)
    .explain = Dukumeentigani wuxuu caddeynayaa inaad codsigaaga internetka ku dirtay, iyo taariikhda. Digniin: ma caddeynayo in joogitaankaagu sharci yahay. Si taxaddar leh u hay.
    .where = Akoonkaaga ANEF ama iimaylka aad heshay dirista kadib.

concept-attestation-de-decision-favorable = caddaynta go'aan la aqbalay (attestation de décision favorable)
    .explain = Dukumeentigani wuxuu sheegayaa in préfecture-ku aqbalay codsigaaga ruqsadda deganaanshaha. Wuxuu caddeynayaa xaqaaga joogitaanka inta aad sugayso kaarka.
    .where = Akoonkaaga ANEF.

concept-autorisation-provisoire-de-sejour = oggolaansho joogitaan ku-meel-gaar ah (APS)
    .explain = APS waa dukumeenti joogitaan oo muddo gaaban ah, oo la bixiyo xaalado gaar ah. Tusaale ahaan, qof ku jira ilaalin ku-meel-gaar ah oo ka yimid Ukraine wuxuu helaa APS 6 bilood ah oo la cusboonaysiin karo. APS-kan wuxuu kuu oggolaanayaa inaad shaqayso.

concept-visa = fiiso
    .explain = Fiisadu waa oggolaanshaha aad ku gasho Faransiiska, oo lagu dhejiyo baasaboorkaaga. Fiisada muddada gaaban waxay kuu oggolaanaysaa inaad joogto ugu badnaan 90 maalmood muddo 180 maalmood ah gudaheed.
    .where = Baasaboorkaaga, bog dhan.

concept-vls-ts = fiiso muddo dheer oo u shaqaysa ruqsad deganaansho (VLS-TS)
    .explain = Fiisadani waxay kuu oggolaanaysaa inaad Faransiiska ku noolaato muddadeeda, 4 bilood ilaa 1 sano, sida ruqsad deganaansho. Waa inaad internetka ku xaqiijiso (valider) 3 bilood gudahood kadib imaatinkaaga.

concept-validation-du-visa = xaqiijinta fiisada (validation du visa)
    .explain = Xaqiijinta fiisada muddada dheer waxaa lagu sameeyaa internetka, bogga ANEF. Waxaad bixisaa canshuur adigoo isticmaalaya timbre fiscal (shaambad canshuur), kadibna hay caddaynta xaqiijinta.
    .where = Waxaa loo baahan yahay lambarka fiisada, taariikhda aad Faransiiska gashay iyo cinwaankaaga.

concept-numero-de-visa = lambarka fiisada
    .explain = Waa lambarka warqadda fiisada ee ku dhejisan baasaboorkaaga. Boggu wuxuu u baahan yahay si uu u xaqiijiyo fiisadaada.
    .where = Dhinaca midig ee sare ee fiisada ku dhejisan baasaboorkaaga.

concept-numero-etranger = lambarka ajnabiga (numéro étranger)
    .explain = Numéro étranger waa lambarkaaga gaarka ah ee préfecture-ka, oo ka kooban 9 ama 10 tiro. Hay, wuxuu u adeegaa arrimaha deganaanshahaaga.
    .where = Ruqsadda deganaanshahaaga iyo récépissé-gaaga. Badanaa wuxuu u shaqeeyaa aqoonsiga gelitaanka (identifiant) ee ANEF.

concept-anef = ANEF (bogga ruqsadaha deganaanshaha)
    .explain = ANEF waa bogga dowladda ee codsiyada ruqsadda deganaanshaha, dhalashada ama xaqiijinta fiisada. Codsiyadaas badankood hadda halkaas oo keliya ayaa lagu sameeyaa.

concept-ofii = OFII (xafiiska soo dhaweynta iyo is-dhexgalka)
    .explain = OFII wuxuu soo dhaweeyaa dadka ajnabiga ah ee yimaada Faransiiska. Wuxuu sameeyaa baaritaanka caafimaadka, heshiiska is-dhexgalka, wuxuuna magangelyo-doonka siiyaa lacag gargaar ah.

concept-prefecture = préfecture (xafiiska dowladda ee gobolka)
    .explain = Préfecture waa xafiiska dowladda ee département-kaaga. Iyadaa go'aan ka gaarta ruqsadaha deganaanshaha.

concept-sous-prefecture = sous-préfecture (xafiis dowladeed oo yar)
    .explain = Sous-préfecture waa xafiis dowladeed oo ka yar préfecture-ka, oo ku yaal magaalooyinka qaar ee département-ka. Mararka qaar waxay maamushaa codsiyada deganaanshaha.

concept-guichet = miiska adeegga (guichet)
    .explain = Guichet waa miiska uu shaqaalaha maamulku ku soo dhaweeyo dadweynaha. Guichets badan hadda waxay dadka qaabilaan oo keliya ballan.

concept-guichet-unique-asile = xafiiska mideysan ee magangelyo-doonka (GUDA)
    .explain = GUDA waa xafiiska préfecture-ka ee aad ku diiwaangeliso codsigaaga magangelyo. Halkaas ayaad ka helaysaa caddaynta codsiga magangelyada.

concept-spada = SPADA (soo dhaweynta koowaad ee magangelyo-doonka)
    .explain = SPADA waa goobta soo dhaweynta koowaad ee magangelyo-doonka. Waxay ku siisaa ballan GUDA, waxayna ku siin kartaa cinwaan boosto (domiciliation).

concept-convocation = yeeris rasmi ah (convocation)
    .explain = Convocation waa warqad kaa codsanaysa inaad timaado meel, maalin iyo saacad go'an. La imow warqadda iyo dhammaan waraaqaha la codsaday.
    .todo = Haddii aadan iman karin, si dhakhso ah maamulka ugu sheeg qoraal ahaan oo hay caddayn.

concept-naturalisation = helitaanka dhalashada Faransiiska (naturalisation)
    .explain = Naturalisation waa codsiga aad ku noqonayso muwaadin Faransiis ah. Waxaa lagu sameeyaa ANEF, guud ahaanna waxay u baahan tahay dhowr sano oo aad Faransiiska ku nooleyd.

concept-regroupement-familial = isu-keenidda qoyska (regroupement familial)
    .explain = Regroupement familial wuxuu kuu oggolaanayaa inaad Faransiiska keento xaaskaaga ama ninkaaga iyo carruurtaada aan qaan-gaarin. Waxaa loo baahan yahay dakhli iyo guri ku filan.

concept-admission-exceptionnelle-au-sejour = ruqsad deganaansho oo gaar ah (admission exceptionnelle au séjour)
    .explain = Waa codsi ruqsad deganaansho oo loogu talagalay qof aan waraaqo lahayn, sababo shaqo ama qoys. Préfecture-ku kiis kasta si gaar ah ayuu go'aan uga gaaraa.

concept-etranger-malade = ajnabi jiran (étranger malade)
    .explain = Ruqsaddan deganaanshaha waxaa loogu talagalay qof si daran u jiran oo aan dalkiisa lagu daaweyn karin. Dhakhtar OFII ah ayaa ra'yi ka bixiya faylkaaga.

concept-demande-d-asile = codsiga magangelyo
    .explain = Codsiga magangelyadu waa inaad ilaalin ka codsato Faransiiska, haddii aad dalkaaga khatar ku jirto. OFPRA ayaa go'aan ka gaarta.

concept-demandeur-d-asile = magangelyo-doon
    .explain = Magangelyo-doonku waa qof Faransiiska ilaalin ka codsaday oo sugaya go'aanka. Guud ahaan, wuxuu xaq u leeyahay inuu Faransiiska joogo inta codsigiisa la baarayo, isagoo haysta warqadda codsiga magangelyada.

concept-attestation-de-demande-d-asile = caddaynta codsiga magangelyo (attestation de demande d’asile)
    .explain = Dukumeentigani wuxuu caddeynayaa inaad magangelyo codsatay iyo in joogitaankaagu sharci yahay. Waa in la cusboonaysiiyo ka hor taariikhda dhammaadkiisa.
    .where = Waxaa laguu siiyaa xafiiska mideysan (GUDA) ee préfecture-ka.

concept-refugie = qaxooti la aqoonsaday (réfugié)
    .explain = Xaaladda qaxootinimadu waa ilaalin ay bixiso OFPRA ama CNDA. Waxay xaq u siinaysaa carte de résident 10 sano ah.

concept-protection-subsidiaire = ilaalin dheeraad ah (protection subsidiaire)
    .explain = Protection subsidiaire waa ilaalin la siiyo qof dalkiisa ku jira khatar, laakiin aan loo aqoonsan qaxooti. Waxay xaq u siinaysaa ruqsad deganaansho oo dhowr sano ah.

concept-ofpra = OFPRA (xafiiska ilaalinta qaxootiga)
    .explain = OFPRA waxay baartaa codsiyada magangelyada, waxayna go'aamisaa in la bixiyo ilaalin iyo in kale. Waxay sidoo kale samaysaa waraaqaha état civil ee dadka la ilaaliyo.

concept-cnda = CNDA (maxkamadda racfaanka magangelyada)
    .explain = CNDA waa maxkamadda lagu racfaanto diidmada OFPRA. Muddada racfaankan la gudbinayo waa hal bil. Si aad u hesho qareen uu bixiyo gargaarka sharciga (aide juridictionnelle), codso 15 maalmood gudahood.

concept-passeport = baasaboor
    .explain = Baasaboorku waa dukumeenti aqoonsi iyo safar oo uu dalkaagu bixiyo. Codsiyo badan oo ruqsadda deganaanshaha ah ayaa u baahan.
    .where = Lambarku wuxuu ku yaal dhinaca midig ee sare ee bogga sawirkaaga.

concept-passeport-talent = ruqsad deganaansho oo xirfadlayaal (passeport talent)
    .explain = Waa ruqsad deganaansho oo dhowr sano ah, ilaa 4 sano, oo loogu talagalay dadka xirfadda leh, cilmi-baarayaasha, farshaxanleyda ama dadka aasaasa shirkad. Hadda waxaa la yiraahdaa carte de séjour « talent ».

concept-dcem = dukumeenti safar oo ilmo ajnabi ah (DCEM)
    .explain = DCEM wuxuu u oggolaanayaa ilmo ajnabi ah oo Faransiiska ku nool inuu safro oo soo noqdo fiiso la'aan. Codsiga waxaa loo sameeyaa ilmaha aan qaan-gaarin.

concept-titre-d-identite-et-de-voyage = dukumeenti aqoonsi iyo safar (TIV)
    .explain = TIV waa dukumeenti safar oo préfecture-ku siiso dadka qaar ee la ilaaliyo. Wuxuu beddelaa baasaboorka marka aadan ka heli karin mid dalkaaga.

concept-titre-de-voyage = dukumeenti safar (titre de voyage)
    .explain = Titre de voyage wuxuu baasaboorka u beddelaa qaxootiga iyo dadka aan dhalasho lahayn. Uma oggolaanayo qaxootiga inay aadaan dalka ay ka carareen.

concept-oqtf = amar ka bixitaanka Faransiiska (OQTF)
    .explain = OQTF waa go'aan préfecture-ka oo kaa codsanaya inaad ka baxdo Faransiiska. Muddada maxkamadda looga doodayo aad bay u gaaban tahay, mararka qaar dhowr maalmood.
    .todo = Akhri taariikhda warqadda, isla markiiba la xiriir urur ama qareen. Hay baqshadda (enveloppe) warqadda ku timid.

concept-irtf = mamnuucid ku soo noqoshada Faransiiska (IRTF)
    .explain = IRTF waxay mamnuucdaa inaad Faransiiska ku soo noqoto muddo go'an. Badanaa waxay la socotaa OQTF, waana laga doodi karaa sidoo kale.

concept-contrat-d-integration-republicaine = heshiiska is-dhexgalka (CIR)
    .explain = CIR waa heshiis aad la saxiixdo OFII markaad timaaddo. Wuxuu ka kooban yahay casharro Faransiis ah iyo tababar ku saabsan nolosha Faransiiska.

concept-visite-medicale = baaritaan caafimaad
    .explain = OFII waxay kuugu yeeri kartaa baaritaan caafimaad kadib imaatinkaaga. Waa waajib ruqsadaha deganaanshaha qaarkood.

concept-date-d-expiration = taariikhda dhammaadka (date d’expiration)
    .explain = Waa taariikhda dukumeentigaagu uusan shaqaynayn. Codsiga cusboonaysiinta samee taariikhdan ka hor.
    .where = Ruqsadda deganaanshaha, récépissé ama baasaboorka, badanaa agagaarka «Valable jusqu’au» (wuu shaqaynayaa ilaa).

concept-date-de-delivrance = taariikhda la bixiyay (date de délivrance)
    .explain = Waa taariikhda maamulku ku siiyay dukumeentiga.
    .where = Dukumeentiga laftiisa, badanaa agagaarka taariikhda dhammaadka.

concept-date-d-entree-en-france = taariikhda aad Faransiiska gashay
    .explain = Waa maalinta aad timid Faransiiska. Hay caddaymo: shaambadda baasaboorka, tigidhka diyaaradda ama tareenka.
    .where = Shaambadda gelitaanka ee baasaboorkaaga.

concept-renouvellement = cusboonaysiin (renouvellement)
    .explain = Cusboonaysiintu waa codsiga ruqsad cusub marka tii hore ay dhammaanayso. ANEF, codso cusboonaysiinta ruqsadda deganaanshaha inta u dhaxaysa 120 iyo 60 maalmood ka hor taariikhda dhammaadkeeda. Ruqsad xafiiska laga codsado, waa 2-da bilood ka hor taariikhda dhammaadka.

concept-premiere-demande = codsiga koowaad (première demande)
    .explain = Dooro première demande haddii aadan weligaa haysan noocan ruqsad ama dukumeenti ah.

concept-changement-de-statut = beddelidda nooca ruqsadda (changement de statut)
    .explain = Changement de statut waa codsiga nooc kale oo ruqsad deganaansho ah. Tusaale ahaan ka gudubka arday una gudubka shaqaale.

concept-etudiant = arday (étudiant)
    .explain = Ruqsaddan deganaanshaha waxaa loogu talagalay dadka ka diiwaangashan dugsi ama jaamacad. Waxay kuu oggolaanaysaa inaad shaqayso ugu badnaan 964 saacadood sanadkii, taas oo ah 60 % waqti buuxa. Waddamada qaar, sida Aljeeriya, xeerar kale ayaa u jira.

concept-salarie = shaqaale mushahar qaata (salarié)
    .explain = Salarié waa qof u shaqeeya shaqo-bixiye isagoo leh heshiis shaqo. Ruqsadda deganaanshaha salarié waxay ku xiran tahay shaqadaas.

concept-situation-professionnelle = xaaladda shaqo
    .explain = Waxa aad u qabato nolol-maalmeedkaaga: shaqaale, shaqo-raadiye, arday ama shaqo la'aan. Dooro xaaladdaada maanta.

concept-travailleur-temporaire = shaqaale ku-meel-gaar ah (travailleur temporaire)
    .explain = Ruqsaddan deganaanshaha waxaa loogu talagalay shaqo ka yar hal sano, tusaale ahaan heshiis gaaban. Waxay socotaa inta heshiisku socdo.

concept-vie-privee-et-familiale = nolosha gaarka ah iyo qoyska (vie privée et familiale)
    .explain = Ruqsaddan deganaanshaha waxaa lagu bixiyaa xiriirkaaga qoys ee Faransiiska, tusaale ahaan lammaane Faransiis ah ama ilmo Faransiis ah. Waxay kuu oggolaanaysaa inaad shaqayso.

concept-autorisation-de-travail = oggolaanshaha shaqada (autorisation de travail)
    .explain = Oggolaanshaha shaqadu wuxuu u oggolaanayaa qof ajnabi ah inuu Faransiiska ka shaqeeyo. Badanaa shaqo-bixiyaha ayaa internetka ka codsada.

concept-ceseda = CESEDA (sharciga deganaanshaha ajaanibta iyo magangelyada)
    .explain = CESEDA waa buugga sharciyada ku saabsan deganaanshaha ajaanibta iyo magangelyada Faransiiska. Warqadaha préfecture-ka ayaa xusa qodobadiisa.

concept-dossier = faylka codsiga (dossier)
    .explain = Dossier wuxuu isku keenaa codsigaaga iyo dhammaan dukumeentiyadaada. Maamulku wuu baaraa si uu go'aan u gaaro.

concept-numero-de-dossier = lambarka faylka (numéro de dossier)
    .explain = Waa lambarka lagu aqoonsado codsigaaga. Qor, waad u baahan doontaa markaad maamulka u qorayso.
    .where = Iimaylka xaqiijinta, attestation de dépôt ama akoonkaaga.

concept-instruction = baaritaan socda (en cours d’instruction)
    .explain = Instruction waa baaritaanka maamulku ku samaynayo faylkaaga. Muddadaas, waxaad sugaysaa go'aanka.

concept-decision = go'aan (décision)
    .explain = Go'aanku waa jawaabta maamulka ee codsigaaga: haa ama maya. Go'aan qoraal ah wuxuu sidoo kale sheegayaa sida looga doodi karo.

concept-refus = diidmo (refus)
    .explain = Refus waxay ka dhigan tahay in maamulku uu codsigaaga ku yiri maya. Waad ka doodi kartaa, laakiin muddadu waa gaaban tahay.
    .todo = Hay warqadda iyo baqshadda, qor taariikhda aad heshay, oo si dhakhso ah ula xiriir urur ama qareen.

## Justice et recours

concept-recours = racfaan (recours)
    .explain = Recours waa codsi lagu diidayo go'aan. Waxaad u qoraysaa maamulka laftiisa ama waxaad tagaysaa garsoore.

concept-delai-de-recours = muddada racfaanka (délai de recours)
    .explain = Waa waqtiga aad haysato si aad uga doodo go'aan. Badanaa waa 2 bilood, mararka qaar aad uga yar.
    .where = Dhammaadka warqadda go'aanka, qaybta «voies et délais de recours».

concept-decision-implicite-de-rejet = diidmo aamusnaan ah (décision implicite de rejet)
    .explain = Haddii maamulku uusan jawaabin muddo go'an, sharcigu mararka qaar wuxuu u arkaa diidmo. Ruqsadda deganaanshaha, muddadani waa 4 bilood.
    .todo = Hay caddaynta taariikhda codsigaaga. Muddadaas kadib, waxaad samayn kartaa racfaan (recours).

concept-tribunal-administratif = maxkamadda maamulka (tribunal administratif)
    .explain = Tribunal administratif waxay xukuntaa khilaafaadka maamulka, tusaale ahaan diidmada ruqsadda deganaanshaha. CAF-ka, waxay xukuntaa khilaafaadka gargaarka guriga iyo RSA; gargaarka qoyska wuxuu aadaa tribunal judiciaire. Mararka qaar racfaan hore ayaa qasab ah: warqadda ka akhri «voies et délais de recours».

concept-refere = hannaan maxkamadeed oo degdeg ah (référé)
    .explain = Référé waa hannaan degdeg ah oo garsooraha hortiisa ah marka ay jirto xaalad degdeg ah. Tusaale ahaan, garsooruhu wuxuu préfecture-ka ku qasbi karaa inay ballan ku siiso.
    .todo = Référé mesures utiles, waa inaad caddeysaa isku dayadaada: hay sawirro shaashadeed oo taariikh leh, oo la qaaday dhowr jeer muddo dhowr toddobaad ah.

concept-requete = codsi maxkamadeed (requête)
    .explain = Requête waa codsiga qoraalka ah ee aad u dirto maxkamadda. Wuxuu sharxayaa waxa aad diidayso iyo sababta. Bogga internetka, requête waxay sidoo kale ka dhigan tahay codsi loo diray kombiyuutarka bogga.

concept-avocat = qareen (avocat)
    .explain = Qareenku wuu ku la taliyaa oo garsooraha hortiisa ayuu kaaga difaacaa. Haddii dakhligaagu yar yahay, aide juridictionnelle ayaa bixin karta lacagtiisa.

concept-aide-juridictionnelle = gargaar sharci (aide juridictionnelle)
    .explain = Aide juridictionnelle waxay bixisaa dhammaan ama qayb ka mid ah kharashka qareenka iyo maxkamadda, haddii dakhligaagu hooseeyo. Ka codso maxkamadda ama qareenkaaga.

concept-conseil-d-etat = Conseil d’État (maxkamadda maamulka ee ugu sarreysa)
    .explain = Conseil d’État waa maxkamadda ugu sarreysa ee khilaafaadka maamulka. 3 Juun 2022, waxay go'aamisay in dawladdu ka dhigi karto ANEF qasab ruqsadaha deganaanshaha. Laakiin dawladdu waa inay ku caawisaa oo ku siisaa xal kale haddii bogga internetku uusan kuu shaqayn, xitaa caawimaad kadib.

concept-defenseur-des-droits = Défenseur des droits (difaacaha xuquuqda)
    .explain = Défenseur des droits wuxuu bilaash u caawiyaa dadka dhibaato kala kulmay maamul ama takoorid. Waxaad kala xiriiri kartaa internetka, taleefanka ama waxaad arki kartaa wakiil.

concept-mediateur = dhexdhexaadiye (médiateur)
    .explain = Dhexdhexaadiyuhu wuxuu caawiyaa xallinta khilaaf lala qabo maamul, maxkamad la'aan. Badanaa waa inaad marka hore u qortay maamulka.

concept-reclamation = cabasho (réclamation)
    .explain = Réclamation waa fariin aad ku sheegayso inaadan ku raacsanayn ama uu jiro khalad. Hay koobi iyo taariikhda dirista.

concept-recours-amiable = racfaan nabadeed (recours amiable)
    .explain = Si aad uga doodo go'aan CAF ama Assurance Maladie, marka hore u qor guddigooda racfaanka nabadeed, badanaa 2 bilood gudahood. Racfaankan badanaa waa qasab ka hor intaadan maxkamad aadin. RSA-ga, racfaanka hore wuxuu aadaa conseil départemental.

concept-preuve = caddayn (preuve)
    .explain = Caddayntu waa dukumeenti muujinaya waxa dhacay: warqad, iimayl, sawir shaashadeed oo taariikh leh. Dhammaan hay, waxay garsooraha hortiisa ku anfici karaan.

concept-alternative-non-numerique = xal kale oo aan internet ahayn
    .explain = Ruqsadda deganaanshaha, haddii ANEF uusan kuu shaqayn xitaa caawimaad kadib, dawladdu waa inay soo jeedisaa xal kale. Conseil d’État ayaa sidaas tiri 3 Juun 2022. Arrimaha kale way kala duwan yihiin: weydii maamulka.
    .todo = Marka hore caawimaad ka codso xarunta xiriirka ANEF ama goobta caawimaadda dhijitaalka ah ee préfecture. Hay caddaymaha: iimaylada iyo sawirrada shaashadda ee taariikhda leh. Haddii aysan ku filnayn, qoraal ku codso xal kale.

concept-point-justice = goobta talada sharciga (point-justice)
    .explain = Point-justice, khubaro sharci ayaa bilaash kuugu talinaya xuquuqdaada.

concept-plainte = dacwad booliis (plainte)
    .explain = Porter plainte waxay ka dhigan tahay inaad booliiska ama gendarmerie-ga u sheegto inaad dhibbane tahay. Waad dacwayn kartaa xitaa haddii aadan haysan ruqsad deganaansho.

concept-casier-judiciaire = diiwaanka dambiyada (casier judiciaire)
    .explain = Casier judiciaire wuxuu liis gareeyaa xukunnada dambiyeed ee qofka. Arrimaha qaar waxay u baahan yihiin nuqul (extrait), kaas oo internetka bilaash lagu helo.

## Prestations sociales

concept-caf = CAF (xafiiska gargaarka qoyska)
    .explain = CAF waxay bixisaa gargaar lacageed: gargaarka guriga, RSA, prime d’activité, gargaarka carruurta. Département kasta wuxuu leeyahay CAF-kiisa.

concept-msa = MSA (caymiska bulshada ee beeraha)
    .explain = MSA waxay u qabataa shaqada CAF iyo Assurance Maladie dadka ka shaqeeya beeraha.

concept-allocataire = qaataha gargaarka (allocataire)
    .explain = Allocataire waa qofka ka hela gargaarka CAF ama MSA qoyskiisa.

concept-numero-allocataire = lambarka qaataha gargaarka (numéro allocataire)
    .explain = Waa lambarka faylkaaga ee CAF. Hay si aad ugu qorto ama u wacdo CAF. Si aad u gasho caf.fr, badanaa waxaad isticmaashaa lambarkaaga sugnaanta bulshada.
    .where = Korka warqadaha CAF iyo attestation de paiement.

concept-prestation = gargaar (prestation)
    .explain = Prestation waa gargaar, badanaa lacag, oo ay bixiso hay'ad sida CAF ama Assurance Maladie.

concept-rsa = RSA (gargaar lacageed oo dakhli la'aan)
    .explain = RSA waa gargaar lacageed oo loogu talagalay dadka dakhligoodu aad u yar yahay ama aan lahayn, guud ahaan laga bilaabo 25 sano. Waa inaad dakhligaaga sheegtaa 3 biloodba mar.

concept-prime-d-activite = gargaarka shaqaalaha dakhliga yar (prime d’activité)
    .explain = Prime d’activité waa gargaar CAF oo loogu talagalay dadka shaqeeya oo wax yar kasba. Waa inaad dakhligaaga sheegtaa 3 biloodba mar.

concept-aide-au-logement = gargaarka kirada (aide au logement)
    .explain = Waa gargaar CAF ama MSA oo lagu bixiyo qayb ka mid ah kirada. Qaddarkiisu wuxuu ku xiran yahay dakhligaaga, kirada iyo qoyskaaga.

concept-apl = APL (gargaarka kirada)
    .explain = APL waa gargaar kiro oo loogu talagalay guryaha heshiiska leh (conventionnés), badanaa guryaha bulshada. Waxaa si toos ah loo siin karaa mulkiilaha, oo ka jara kirada. Haddii kale adiga ayaa laguu siiyaa.

concept-als = ALS (gargaarka kirada)
    .explain = ALS waa gargaar kiro oo loogu talagalay dadka aan lahayn carruur ay masuul ka yihiin oo aan xaq u lahayn APL. Ardayda ayaa inta badan hela.

concept-alf = ALF (gargaarka kirada qoysaska)
    .explain = ALF waa gargaar kiro oo loogu talagalay qoysaska, tusaale ahaan kuwa leh carruur ay masuul ka yihiin, oo aan xaq u lahayn APL.

concept-allocations-familiales = gargaarka qoyska (allocations familiales)
    .explain = Allocations familiales waxaa CAF bixisaa bil kasta haddii aad masuul ka tahay ugu yaraan 2 carruur ah. Qaddarku wuxuu ku xiran yahay dakhligaaga.

concept-paje = Paje (gargaarka dhallaanka)
    .explain = Paje waxay isku keentaa gargaarrada CAF ee dhalashada iyo carruurta yaryar. Waxay sidoo kale kaa caawisaa bixinta daryeelka ilmaha.

concept-allocation-de-rentree-scolaire = gargaarka bilowga sanad-dugsiyeedka (ARS)
    .explain = ARS waa gargaar la bixiyo dhammaadka xagaaga, ilmo kasta oo 6 ilaa 18 jir ah oo dugsi dhigta. Wuxuu ku xiran yahay dakhligaaga.

concept-aah = AAH (gargaarka dadka waaweyn ee naafada ah)
    .explain = AAH waa gargaar lacageed oo loogu talagalay dadka waaweyn ee naafada ah oo dakhligoodu yar yahay. MDPH ayaa go'aamisa, kadib CAF ama MSA ayaa bixisa.

concept-mdph = MDPH (xafiiska dadka naafada ah)
    .explain = MDPH waxay baartaa codsiyada dadka naafada ah, tusaale ahaan AAH ama kaarka dhaqdhaqaaqa iyo ka mid noqoshada (CMI). CMI waxay beddeshay kaarka naafonimada (carte d’invalidité) tan iyo 2017. Kaarka naafonimada ee hore wuxuu shaqaynayaa ugu dambayn ilaa 31 Diseembar 2026.

concept-allocation-de-soutien-familial = gargaarka taageerada qoyska (ASF)
    .explain = ASF waxay caawisaa waalidka keligiis ilmo korinaya, marka waalidka kale uusan bixin ama uu wax yar bixiyo pension alimentaire (masruufka ilmaha).

concept-complement-familial = gargaarka qoyska ee dheeraadka ah (complément familial)
    .explain = Complément familial waa gargaar CAF oo loogu talagalay qoysaska leh ugu yaraan 3 carruur ah oo ka weyn 3 sano, dakhligooduna hooseeyo.

concept-pension-alimentaire = masruufka ilmaha (pension alimentaire)
    .explain = Waa lacagta waalid kala tagay uu u bixiyo waalidka kale carruurta aawadood. CAF ayaa caawin karta haddii lacagtan aan la bixin.

concept-quotient-familial = xisaabta dakhliga qoyska (quotient familial)
    .explain = Quotient familial waa xisaab lagu sameeyo dakhligaaga iyo tirada qoyskaaga. Dawladda hoose (mairie) iyo adeegyo kale ayaa u isticmaala go'aaminta qiimahooda.
    .where = Attestation de quotient familial-kaaga, oo laga soo dejiyo bogga CAF.

concept-ressources = dakhli (ressources)
    .explain = Ressources waa dhammaan lacagta aad hesho: mushahar, lacagta shaqo la'aanta, gargaarro, hawlgab. Gargaarrada waxaa lagu xisaabiyaa dakhligaaga.

concept-declaration-trimestrielle-de-ressources = sheegidda dakhliga 3-dii biloodba mar
    .explain = 3-dii biloodba mar, waa inaad dakhligaaga u sheegtaa CAF si aad u hesho RSA ama prime d’activité. Sheegiddan la'aanteed, lacag-bixintu way joogsataa.
    .todo = Samee isla marka CAF codsato. Haddii aad xannibnaato, hay sawirka shaashadda oo la xiriir CAF.

concept-declaration-de-situation = sheegidda xaaladda (déclaration de situation)
    .explain = Waa foom aad hay'adda ugu sheegayso cidda kula nool, meesha aad ku nooshahay iyo waxa aad qabato. Waxay u adeegtaa xisaabinta xuquuqdaada.

concept-changement-de-situation = isbeddelka xaaladda (changement de situation)
    .explain = Waa inaad si dhakhso ah ugu sheegtaa CAF ama CPAM isbeddel kasta: guurid, dhalasho, lammaane la noolaansho, kala tegid, shaqo. Haddii kale waxaa laga yaabaa inaad lacag celiso.

concept-indu = lacag si khaldan laguu siiyay (indu)
    .explain = Indu waa lacag aad heshay oo ka badan intii laguu qabay. Hay'addu waxay kaa codsanaysaa inaad celiso, badanaa iyadoo ka jaraysa gargaarrada soo socda.
    .todo = Haddii aadan ku raacsanayn, samee recours amiable muddada ku qoran warqadda. Waxaad sidoo kale codsan kartaa cafis deyn ama qaybin lacag-bixinta.

concept-remise-de-dette = cafiska deynta (remise de dette)
    .explain = Waxaad codsan kartaa inaadan celin dhammaan ama qayb ka mid ah indu, haddii aadan bixin karin. Waxaad sidoo kale codsan kartaa inaad dhowr qaybood ku bixiso.

concept-rappel = lacag dib u dhacday / xusuusin (rappel)
    .explain = Rappel waa lacag hay'addu kugu lahayd oo ay hal mar kuu bixiso, iyadoo dib u dhacday. Rappel waxay sidoo kale noqon kartaa fariin taariikh kuu xusuusinaysa.

concept-paiement = lacag-bixin (paiement)
    .explain = Paiement waa lacagta la bixiyo, adiga laguu bixiyo ama adigu aad bixiso. Akoonkaaga CAF, boggan wuxuu muujinayaa gargaarrada la bixiyay.

concept-versement = lacag la soo dhigay (versement)
    .explain = Versement waa lacag loo diro akoonkaaga bangiga. CAF guud ahaan waxay gargaarrada bil bixisaa 5-ta bisha xigta. Lacagtu waxay akoonkaaga soo gaari kartaa ilaa 3 maalmood kadib.

concept-droits = xuquuq (droits)
    .explain = Xuquuqdaadu waa waxa sharcigu kuu oggol yahay inaad hesho ama samayso. Tusaale ahaan xaqa gargaarka kirada.

concept-ouverture-de-droits = furitaanka xuquuqda (ouverture de droits)
    .explain = Ouverture de droits waxay ka dhigan tahay in hay'addu aqbashay codsigaaga. Taariikhdaas laga bilaabo, waxaad heli kartaa gargaarka.

concept-fin-de-droits = dhammaadka xuquuqda (fin de droits)
    .explain = Waa taariikhda gargaar uu joogsado. Macluumaad weydii ka hor, sababtoo ah mararka qaar gargaar kale ayaa suurtagal ah.

concept-attestation-de-paiement = caddaynta lacag-bixinta (attestation de paiement)
    .explain = Dukumeentigani wuxuu caddeynayaa gargaarrada aad hesho iyo qaddarkooda. Waxaa lagu weydiiyaa guri, maqaaxida dugsiga ama gargaar kale.
    .where = Ka soo deji akoonkaaga CAF, qaybta «attestations».

concept-simulation = xisaabin tijaabo ah (simulation)
    .explain = Simulation waxay xisaabisaa haddii aad heli karto gargaar iyo inta uu yahay. Ma aha codsi: kadib waa inaad samaysaa codsiga dhabta ah.

concept-controle = hubin (contrôle)
    .explain = Hay'addu waxay hubin kartaa waxa aad sheegtay, boosto ama booqasho. Ka jawaab muddada la codsaday oo hay koobiyo.

concept-suspension = joojin ku-meel-gaar ah (suspension)
    .explain = Suspension waxay ka dhigan tahay in gargaarka la joojiyay muddo, badanaa sababtoo ah dukumeenti ama sheegid ayaa maqan.
    .todo = Akhri fariinta si aad u ogaato waxa maqan, si dhakhso ah u dir, oo hay caddaynta dirista.

concept-radiation = ka saarid liiska (radiation)
    .explain = Radiation waxay ka dhigan tahay in lagaa saaray liiska, tusaale ahaan liiska shaqo-doonka. Gargaarradaadu way joogsan karaan.
    .todo = Akhri warqadda, oo si dhakhso ah uga dood haddii ay khalad tahay. Hay caddaymaha arrimaha aad fulisay.

concept-rib = RIB (warqadda macluumaadka akoonka bangiga)
    .explain = RIB waa warqad bangigaaga ka timid oo leh magacaaga iyo lambarrada akoonkaaga. Waxaa la codsadaa si lacag laguugu soo diro.
    .where = App-ka bangigaaga, buugga jeegaggaaga, ama miiska bangiga.

concept-iban = IBAN (lambarka caalamiga ah ee akoonka bangiga)
    .explain = IBAN waa lambarka caalamiga ah ee akoonkaaga bangiga. Faransiiska, wuxuu leeyahay 27 xaraf iyo tiro, wuxuuna ku bilaabmaa FR.
    .where = RIB-kaaga ama app-ka bangigaaga.

concept-bic = BIC (koodka bangiga)
    .explain = BIC waa koodka bangigaaga, oo ka kooban 8 ama 11 xaraf iyo tiro. Mararka qaar waxaa la codsadaa IBAN-ka la socda.
    .where = RIB-kaaga, IBAN-ka agtiisa.

concept-banque = bangi
    .explain = Bangigu wuxuu lacagtaada ku hayaa akoon. Gargaarrada waxaa lagu bixiyaa akoon bangi oo magacaaga ku qoran.

concept-compte-bancaire = akoon bangi
    .explain = Akoonka bangigu wuxuu helaa lacagtaada, sida mushaharka ama gargaarrada. Badanaa waa inuu magacaaga ku qornaadaa.

concept-droit-au-compte = xaqa akoon bangi (droit au compte)
    .explain = Haddii bangi diido inuu akoon kuu furo, Banque de France ayaa bangi ku qasbi karta inuu furo. Waa bilaash.

concept-cheque-energie = jeegga tamarta (chèque énergie)
    .explain = Chèque énergie wuxuu kaa caawiyaa bixinta korontada, gaaska ama kululaynta, iyadoo ku xiran dakhligaaga. Tan iyo 2025, had iyo jeer si toos ah uma yimaado: dadka qaar waa inay codsadaan. Sanad walba dakhligaaga sheeg oo ka eeg xeerarka sanadka chequeenergie.gouv.fr.

concept-aspa = ASPA (gargaarka dadka waayeelka ah)
    .explain = ASPA waa gargaar lacageed oo loogu talagalay dadka waayeelka ah, guud ahaan laga bilaabo 65 sano, oo dakhligoodu yar yahay.

concept-retraite = hawlgab (retraite)
    .explain = Hawlgabku waa lacagta bil kasta la bixiyo markaad shaqada joojiso da' awgeed. Qaddarkiisu wuxuu ku xiran yahay sanadaha aad shaqaysay.

concept-ccas = CCAS (adeegga bulshada ee dawladda hoose)
    .explain = CCAS waa adeegga bulshada ee dawladda hoose (mairie). Wuxuu bixiyaa gargaar degdeg ah, wuxuu ka caawiyaa arrimaha maamulka, wuxuuna ku siin karaa cinwaan boosto.

concept-france-services = France Services (xarunta caawimaadda arrimaha maamulka)
    .explain = France Services, shaqaale ayaa bilaash kaaga caawiya arrimahaaga: CAF, canshuur, caafimaad, waraaqo. Magaalooyin badan ayay ku yaalliin.

concept-centre-social = xarunta bulshada (centre social)
    .explain = Centre social waa goob xaafadeed oo qof walba u furan. Halkaas badanaa waxaad ka heli kartaa caawimaad arrimaha internetka.

concept-travailleur-social = shaqaale bulsho (travailleur social)
    .explain = Shaqaalaha bulshadu wuxuu kaa caawiyaa dhibaatooyinkaaga: guri, lacag, waraaqo, caafimaad. Waxaad ka arki kartaa dawladda hoose (mairie), département-ka ama urur.

concept-conseiller-numerique = lataliye dijitaal (conseiller numérique)
    .explain = Lataliyaha dijitaalku wuxuu kaa caawiyaa isticmaalka kombiyuutarka iyo internetka arrimahaaga.

concept-aidants-connect = Aidants Connect (caawiye adiga kuu fuliya)
    .explain = Aidants Connect wuxuu u oggolaanayaa caawiye xirfadle ah inuu arrin internetka kuugu fuliyo, oggolaanshahaaga qoraalka ah. Adigaa dooranaya arrimaha iyo muddada.

concept-interprete = turjubaan afka ah (interprète)
    .explain = Interprète wuxuu afka ku turjumaa adiga iyo qofka Faransiiska ku hadlaya. Horay u weydii in turjubaan suurtogal u yahay ballantaada.

## Santé

concept-assurance-maladie = Assurance Maladie (caymiska caafimaadka)
    .explain = Assurance Maladie waxay bixisaa qayb ka mid ah daawaynta: dhakhtarka, daawooyinka, isbitaalka. Bogeeda waxaa la yiraahdaa Ameli.

concept-securite-sociale = Sécurité sociale (nidaamka daryeelka bulshada)
    .explain = Sécurité sociale waa nidaamka Faransiiska ee ka ilaaliya jirrada, gabowga iyo kharashaadka qoyska. Waxay ka kooban tahay Assurance Maladie iyo CAF.

concept-ameli = Ameli (bogga caymiska caafimaadka)
    .explain = Ameli waa bogga Assurance Maladie. Akoonkaaga, waxaad ku arkaysaa lacagaha laguu celiyay, waxaadna ka soo dejisaa attestation de droits.

concept-cpam = CPAM (xafiiska caymiska caafimaadka)
    .explain = CPAM waa xafiiska Assurance Maladie ee département-kaaga. Waxay maamushaa codsiyada carte Vitale, AME iyo Complémentaire santé solidaire.

concept-numero-de-securite-sociale = lambarka daryeelka bulshada
    .explain = Waa lambarkaaga gaarka ah ee caafimaadka: 13 tiro, kadibna fure 2 tiro ah (clé). Wuxuu ku bilaabmaa 1 ninka, 2 naagta.
    .where = Carte Vitale-kaaga iyo attestation de droits-kaaga.

concept-numero-provisoire = lambar ku-meel-gaar ah (numéro provisoire)
    .explain = Haddii aad ku dhalatay dibadda, Assurance Maladie marka hore waxay ku siisaa lambar ku-meel-gaar ah, oo badanaa ku bilaabma 7 ama 8. Lambarka rasmiga ahi wuxuu yimaadaa kadib hubinta état civil-kaaga.
    .where = Attestation de droits-kaaga.

concept-carte-vitale = kaarka caafimaadka (carte Vitale)
    .explain = Carte Vitale waa kaarka cagaaran ee Assurance Maladie. Sii dhakhtarka ama farmashiyaha si lacagta laguugu celiyo si dhakhso ah.

concept-attestation-de-droits = caddaynta xuquuqda caafimaadka (attestation de droits)
    .explain = Dukumeentigani wuxuu caddeynayaa inaad leedahay caymis caafimaad. Wuxuu muujinayaa lambarkaaga daryeelka bulshada iyo xuquuqdaada.
    .where = Ka soo deji akoonkaaga Ameli, ama ka codso CPAM.

concept-assure = qofka caymiska leh (assuré)
    .explain = Assuré waa qofka caymis caafimaad ku leh magaciisa.

concept-ayant-droit = qof ku jira caymiska qof kale (ayant droit)
    .explain = Ayant droit waa qof uu daboolo caymiska qof kale, tusaale ahaan ilmo uu daboolo caymiska waalidkiis.

concept-aide-medicale-d-etat = gargaarka caafimaadka dowladda (AME)
    .explain = AME waxay bixisaa daawaynta dadka aan haysan ruqsad deganaansho, ee Faransiiska ku noolaa in ka badan 3 bilood, dakhligooduna yar yahay. Sanad walba waxaa laga codsadaa CPAM.

concept-complementaire-sante-solidaire = caymis caafimaad oo dheeraad ah (Complémentaire santé solidaire)
    .explain = Complémentaire santé solidaire waxay kaa caawisaa bixinta daawaynta aan Assurance Maladie celin. Iyadoo ku xiran dakhligaaga, waa bilaash ama waxay ku kacdaa wax ka yar hal euro maalintii qofkiiba. Ka codso Ameli ama CPAM-kaaga.

concept-puma = PUMa (caymiska caafimaadka guud)
    .explain = PUMa waxay caymis caafimaad siisaa qof kasta oo Faransiiska ka shaqeeya ama si joogto ah oo sharci ah ugu nool. Waxay beddeshay CMU.

concept-mutuelle = caymis dheeraad ah (mutuelle)
    .explain = Mutuelle waxay bixisaa qayb ka mid ah daawaynta aan Assurance Maladie celin. Guud ahaan waa lacag. Dakhli yar haddii aad leedahay, Complémentaire santé solidaire waa bilaash ama waxay ku kacdaa wax ka yar hal euro maalintii qofkiiba.

concept-medecin-traitant = dhakhtarkaaga joogtada ah (médecin traitant)
    .explain = Médecin traitant waa dhakhtarka aad dooratay si uu kuu la socdo. Haddii aadan magacaabin, lacag yar ayaa laguu celinayaa.

concept-medecin = dhakhtar
    .explain = Dhakhtarku wuu ku daaweeyaa, wuxuuna qori karaa ordonnance ama arrêt de travail.

concept-ordonnance = warqadda daawada (ordonnance)
    .explain = Ordonnance waa warqadda dhakhtarka ee liis gareysa daawooyinka ama daawaynta. Farmashiyuhu wuu u baahan yahay. Maxkamadda, ordonnance sidoo kale waa go'aan garsoore.

concept-remboursement = celinta lacagta (remboursement)
    .explain = Remboursement waa lacagta Assurance Maladie ama mutuelle ay kuu celiso daawaynta kadib. Waxaad ku arkaysaa akoonkaaga Ameli.

concept-feuille-de-soins = warqadda daawaynta (feuille de soins)
    .explain = Feuille de soins waa warqadda dhakhtarku ku siiyo haddii aadan haysan carte Vitale. U dir CPAM-kaaga si lacagta laguugu celiyo.

concept-arret-de-travail = fasaxa jirrada (arrêt de travail)
    .explain = Arrêt de travail waa warqad dhakhtar oo sheegaysa inaadan shaqayn karin sabab caafimaad. U dir CPAM iyo shaqo-bixiyaha 48 saacadood gudahood.

concept-indemnites-journalieres = magdhawga maalinlaha ah (indemnités journalières)
    .explain = Waa lacag Assurance Maladie bixiso inta lagu jiro arrêt de travail. Waxay beddeshaa qayb ka mid ah mushaharka.

concept-tiers-payant = daawayn si toos ah loo bixiyo (tiers payant)
    .explain = Tiers payant, Assurance Maladie waxay qaybteeda si toos ah u siisaa dhakhtarka ama farmashiyaha. Adigu waxaad bixisaa inta hartay oo keliya, haddii aanu mutuelle-kaaguna si toos ah u bixin.

concept-pass = adeegga isbitaalka ee dadka aan caymiska lahayn (PASS)
    .explain = PASS waa adeeg isbitaal oo loogu talagalay dadka aan haysan caymis caafimaad. Halkaas waa lagu daaweeyaa, waxaana lagaa caawiyaa furitaanka xuquuqdaada.

concept-affection-de-longue-duree = cudur muddo dheer socda (ALD)
    .explain = ALD waa cudur culus oo muddo dheer socda, sida sonkorowga. Daawaynta cudurkan la xiriirta si ka wanaagsan ayaa loo celiyaa.

concept-certificat-medical = shahaado caafimaad (certificat médical)
    .explain = Certificat médical waa warqad dhakhtar ku qoray xaaladda caafimaadkaaga. Arrimaha qaar ayaa u baahan, tusaale ahaan ruqsadda deganaanshaha ee daawaynta.

concept-mon-espace-sante = Mon espace santé (diiwaanka caafimaadka ee internetka)
    .explain = Mon espace santé waa buug caafimaad oo internetka ku jira. Dhakhaatiirtaadu waxay halkaas ku dhigi karaan dukumeentiyadaada caafimaad haddii aad oggolaato.

concept-doctolib = Doctolib (bogga ballamaha dhakhtarka)
    .explain = Doctolib waa bog gaar loo leeyahay oo lagu qabsado ballan dhakhtar ama isbitaal. Bukaanka waa u bilaash.

concept-urgences = qaybta gurmadka degdega ah (urgences)
    .explain = Qaybta gurmadka ee isbitaalku waxay daaweysaa dhibaatooyinka culus, habeen iyo maalin. Haddii nolol khatar ku jirto, wac 15 ama 112.

concept-agence-regionale-de-sante = hay'adda caafimaadka gobolka (ARS)
    .explain = Hay'adda caafimaadka gobolku waxay abaabushaa caafimaadka gobolkaaga: isbitaallada, tallaalka, ka hortagga. Ma celiso lacagta daawaynta.

## Impôts

concept-impots = canshuur (impôts)
    .explain = Canshuurtu waa lacag la siiyo dowladda ama dawladda hoose. Xitaa haddii aadan canshuur bixin, badanaa waa inaad sanad walba samaysaa sheegid dakhli.

concept-impots-gouv = impots.gouv.fr (bogga canshuuraha)
    .explain = Waa bogga rasmiga ah ee canshuuraha Faransiiska. Halkaas waxaad ku sheegtaa dakhligaaga, waxaadna ka helaysaa avis d’imposition-kaaga.

concept-dgfip = DGFiP (maamulka canshuuraha)
    .explain = DGFiP waa maamulka canshuuraha ee Faransiiska.

concept-numero-fiscal = lambarka canshuurta (numéro fiscal)
    .explain = Numéro fiscal waa lambarkaaga gaarka ah ee canshuuraha, oo 13 tiro ah. Wuxuu u adeegaa aqoonsiga gelitaanka ee impots.gouv.fr.
    .where = Bogga koowaad ee avis d’imposition-kaaga ama sheegidda dakhligaaga, korka.

concept-numero-d-acces-en-ligne = lambarka gelitaanka internetka (numéro d’accès en ligne)
    .explain = Lambarkan waxaa loo isticmaalaa in aad markii ugu horraysay akoon uga furato impots.gouv.fr. Sanad walba wuu is beddelaa.
    .where = Bogga koowaad ee caddayntii dakhligaaga ee ugu dambaysay, ama warqad ka timid xafiiska canshuuraha.

concept-avis-d-imposition = ogeysiiska canshuurta (avis d’imposition)
    .explain = Avis d’imposition waa dukumeentiga canshuuruhu soo diraan kadib sheegiddaada. Wuxuu sheegayaa inta aad bixinayso, wuxuuna u adeegaa caddaynta dakhliga.
    .where = Espace particulier-kaaga ee impots.gouv.fr, qaybta «Documents».

concept-avis-de-non-imposition = ogeysiiska canshuur la'aanta (avis de non-imposition)
    .explain = Dukumeentigani wuxuu sheegayaa inaadan bixinayn canshuurta dakhliga. Badanaa waxaa la codsadaa gargaarrada, guryaha bulshada ama deeqaha waxbarashada. Maanta, doorkan waxaa qabta «avis de situation déclarative» ama ogeysiiska canshuurta (avis d’impôt).

concept-avis-de-situation-declarative = caddaynta sheegidda dakhliga (avis de situation déclarative)
    .explain = Dukumeentigani wuxuu caddeynayaa inaad sheegtay dakhligaaga, isla marka sheegidda internetka lagu sameeyo. Wuu adeegi karaa inta aad sugayso avis d’imposition.

concept-revenu-fiscal-de-reference = dakhliga canshuurta ee tixraaca (revenu fiscal de référence)
    .explain = Waa qaddar canshuuruhu ka xisaabiyaan dakhligaaga. Gargaarro iyo qiimayaal badan ayaa isticmaala tiradan.
    .where = Bogga koowaad ee avis d’imposition-kaaga, sanduuqa tixraacyadaada.

concept-declaration-de-revenus = sheegidda dakhliga (déclaration de revenus)
    .explain = Sanad walba gu'ga, waxaad canshuuraha u sheegtaa lacagta aad kasbatay sanadkii hore. Samee xitaa haddii dakhligaagu yar yahay ama aanu jirin, sababtoo ah ogeysiisku wuxuu u adeegaa gargaarradaada.

concept-declaration-automatique = sheegid toos ah (déclaration automatique)
    .explain = Haddii xaaladdaadu aysan isbeddelin, canshuuruhu iyaga ayaa xaqiijiya sheegiddaada. Hase yeeshee hubi qaddarrada oo sax haddii loo baahdo.

concept-declarant = qofka sheegaya dakhliga (déclarant)
    .explain = Déclarant waa qofka sameeya sheegidda. Lammaanaha is qaba ama PACS leh, waxaa jira déclarant 1 iyo déclarant 2.

concept-prelevement-a-la-source = canshuur laga jaro isha (prélèvement à la source)
    .explain = Canshuurta dakhliga waxaa si toos ah bil kasta looga jaraa mushaharkaaga ama dakhligaaga. Tan waxaa la yiraahdaa prélèvement à la source.

concept-taux-de-prelevement = heerka canshuur-jarista (taux de prélèvement)
    .explain = Waa boqolleyda dakhligaaga ee bil kasta loo qaado canshuurta. Waxaa lagu xisaabiyaa sheegiddaadii ugu dambeysay.

concept-impot-sur-le-revenu = canshuurta dakhliga (impôt sur le revenu)
    .explain = Canshuurta dakhliga waxaa lagu xisaabiyaa lacagta aad sanadka kasbato. Dad badan oo dakhligoodu yar yahay ma bixiyaan.

concept-revenu-imposable = dakhliga canshuurta leh (revenu imposable)
    .explain = Waa qaybta dakhligaaga ee loo tiriyo xisaabinta canshuurta dakhliga.

concept-taxe-fonciere = canshuurta hantida (taxe foncière)
    .explain = Taxe foncière waxaa sanad walba bixiya milkiilayaasha guri ama dhul. Kireystayaashu ma bixiyaan.

concept-taxe-d-habitation = canshuurta degaanka (taxe d’habitation)
    .explain = Taxe d’habitation hadda kama jirto gurigaaga ugu muhiimsan. Waxay weli u jirtaa guryaha labaad.

concept-foyer-fiscal = qoyska canshuurta (foyer fiscal)
    .explain = Foyer fiscal waa dhammaan dadka ku jira isla sheegidda dakhliga: adiga, xaaskaaga ama lammaanahaaga PACS, carruurta aad masuulka ka tahay.

concept-part-fiscale = qaybta canshuurta (part fiscale)
    .explain = Tirada parts waxay ku xiran tahay qoyskaaga: dadka waaweyn iyo carruurta aad masuulka ka tahay. Markasta oo parts-kaagu bataan, canshuurtu way yaraanaysaa.

concept-annee-de-revenus = sanadka dakhliga (année de revenus)
    .explain = Waa sanadka aad kasbatay lacagta la sheegay. Guud ahaan, waxaa la sheegaa dakhliga sanadkii hore.

concept-residence-fiscale = dalka canshuurta (résidence fiscale)
    .explain = Résidence fiscale waa dalka aad canshuurta ku bixiso, badanaa kan aad ku noolaato inta badan sanadka.

concept-centre-des-finances-publiques = xafiiska canshuuraha (centre des finances publiques)
    .explain = Waa xafiiska canshuuraha ee kuu dhow. Halkaas waxaad ku weydiin kartaa su'aalo ku saabsan sheegiddaada, badanaa ballan.

concept-espace-particulier = akoonkaaga canshuuraha (espace particulier)
    .explain = Waa akoonkaaga gaarka ah ee impots.gouv.fr, oo hadda loo yaqaan « espace Finances publiques ». Halkaas waxaad ku sheegtaa dakhligaaga, ku akhridaa ogeysiisyadaada, uguna qortaa canshuuraha.

## Emploi

concept-france-travail = France Travail (xafiiska shaqada)
    .explain = France Travail wuxuu caawiyaa dadka shaqo raadinaya, wuxuuna bixiyaa lacagta shaqo la'aanta. Ka hor 2024 waxaa la oran jiray Pôle emploi.

concept-identifiant-france-travail = aqoonsiga France Travail
    .explain = Waa lambarka France Travail ku siiyay markaad is diiwaangelisay. Wuxuu u adeegaa gelitaanka iyo u qorista France Travail.
    .where = Warqadaha France Travail iyo iimaylka aad heshay diiwaangelinta.

concept-demandeur-d-emploi = shaqo-doon (demandeur d’emploi)
    .explain = Demandeur d’emploi waa qof ka diiwaangashan France Travail si uu shaqo u raadiyo.

concept-inscription = diiwaangelin (inscription)
    .explain = Inscription waa tallaabada koowaad ee lagu diiwaangashanayo, tusaale ahaan France Travail. Waxay kuu furtaa caawimaadda iyo lacag-bixinta.

concept-actualisation = cusboonaysiinta bishii (actualisation)
    .explain = Bil kasta, waxaad France Travail u sheegtaa inaad shaqaysay iyo inaad weli shaqo raadinayso. Actualisation la'aanteed, diiwaangelintaada iyo lacagahaagu way joogsadaan.
    .todo = Samee taariikhda la sheegay, badanaa dhammaadka bisha. Hay xaqiijinta ama sawirka shaashadda.

concept-chomage = shaqo la'aan (chômage)
    .explain = Shaqo la'aan waxay ka dhigan tahay inaadan shaqo lahayn oo aad mid raadinayso. Shuruud gaar ah, France Travail ayaa lacag ku siisa.

concept-are = lacagta shaqo la'aanta (ARE)
    .explain = ARE waa lacagta shaqo la'aanta ee France Travail bixiso, haddii aad shaqadaadii lumisay oo aad horay ugu shaqaysay muddo ku filan. Waxaa la bixiyaa tusaale ahaan kadib eryid shaqo, heshiis lagu kala tagay (rupture conventionnelle) ama dhammaadka qandaraas muddo go'an (CDD). Kadib is-casilaad, xaaladaha qaar oo keliya.

concept-ass = gargaarka wadajirka gaarka ah (ASS)
    .explain = ASS waa la bixin karaa marka xuquuqdaada lacagta shaqo la'aantu dhammaato, haddii aad hore u shaqaysay muddo ku filan dakhligaaguna yar yahay. Baabi'inteeda waxaa la soo jeediyay 2024 iyo 2025. Weydii France Travail haddii ay weli kuu jirto.

concept-conseiller = lataliye (conseiller)
    .explain = Conseiller waa qofka la socda faylkaaga oo kaa caawiya raadinta shaqada. Waxaad ugu qori kartaa messagerie-ga.

concept-attestation-employeur = caddaynta shaqo-bixiyaha (attestation employeur)
    .explain = Shaqo-bixiyuhu waa inuu ku siiyaa dukumeentigan dhammaadka heshiiskaaga. France Travail ayaa u baahan si ay u xisaabiso lacagtaada shaqo la'aanta.

concept-bulletin-de-salaire = warqadda mushaharka (bulletin de salaire)
    .explain = Waa warqadda shaqo-bixiyuhu ku siiyo bil kasta oo leh mushaharkaaga. Mar walba hay, waxay u adeegaan shaqo la'aanta, hawlgabka iyo ruqsadda deganaanshaha.

concept-salaire = mushahar (salaire)
    .explain = Mushaharku waa lacagta shaqo-bixiyuhu kuu siiyo shaqadaada. Brut waa ka hor inta aan laga jarin khidmadaha, net waa waxa aad gacanta ku hesho.

concept-contrat-de-travail = heshiiska shaqada (contrat de travail)
    .explain = Heshiiska shaqadu waa heshiis qoraal ah oo adiga iyo shaqo-bixiyaha u dhexeeya: shaqada, mushaharka, saacadaha, muddada. Hay koobi.

concept-cdi = CDI (heshiis shaqo oo aan dhammaad lahayn)
    .explain = CDI waa heshiis shaqo oo aan lahayn taariikh dhammaad.

concept-cdd = CDD (heshiis shaqo oo muddo go'an ah)
    .explain = CDD waa heshiis shaqo oo leh taariikh dhammaad.

concept-interim = shaqo ku-meel-gaar ah oo wakaaladeed (intérim)
    .explain = Intérim waa shaqo gaaban oo wakaalad soo bandhigto, oo laga qabto shirkad macmiil ah.

concept-employeur = shaqo-bixiye (employeur)
    .explain = Shaqo-bixiyuhu waa qofka ama shirkadda ku shaqaalaysiisa oo ku siisa mushaharka.

concept-entreprise = shirkad (entreprise)
    .explain = Shirkaddu waxay soo saartaa ama iibisaa wax. Foomku mararka qaar wuxuu weydiiyaa macluumaadkeeda rasmiga ah, sida SIRET.

concept-societe = shirkad diiwaangashan (société)
    .explain = Société waa nooc shirkad ah oo uu aasaasay hal qof ama dhowr, leh magac iyo xeerar rasmi ah.

concept-type-de-societe = nooca shirkadda (type de société)
    .explain = Waa qaabka rasmiga ah ee shirkadda, tusaale ahaan SARL, SAS ama entreprise individuelle.
    .where = Extrait Kbis ama avis de situation au répertoire SIRENE.

concept-denomination = magaca rasmiga ah ee shirkadda (dénomination)
    .explain = Dénomination waa magaca rasmiga ah ee shirkadda, sida loo diiwaangeliyay.
    .where = Extrait Kbis ama warqadaha mushaharka.

concept-numero-de-siret = lambarka SIRET (lambarka shirkadda)
    .explain = SIRET waa lambarka laanta shirkadda, oo 14 tiro ah. Wuxuu u oggolaanayaa in shirkadda la aqoonsado.
    .where = Warqadaha mushaharkaaga, korka, ama qaansheegadka shirkadda.

concept-numero-siren = lambarka SIREN (lambarka shirkadda)
    .explain = SIREN waa lambarka shirkadda, oo 9 tiro ah. Waa 9-ka tiro ee ugu horreeya SIRET.

concept-extrait-kbis = dukumeentiga diiwaangelinta shirkadda (extrait Kbis)
    .explain = Extrait Kbis waa kaarka aqoonsiga rasmiga ah ee shirkad ka diiwaangashan diiwaanka ganacsiga.

concept-fonction = jagada shirkadda (fonction)
    .explain = Fonction waa jagadaada shirkadda, tusaale ahaan maareeye, iibiye ama shaqaale nadaafadeed.

concept-representant-legal = wakiilka sharciga ah (représentant légal)
    .explain = Wakiilka sharciga ahi si rasmi ah ayuu shirkad magaceeda ugu shaqeeyaa, badanaa maareeyaha ama madaxa. Ilmaha, guud ahaan waa waalidka.

concept-micro-entrepreneur = ganacsade yar (micro-entrepreneur)
    .explain = Micro-entrepreneur wuxuu u shaqeeyaa naftiisa isagoo raacaya xeerar fudud. Wuxuu URSSAF u sheegaa chiffre d’affaires-kiisa, bil kasta ama 3-dii biloodba mar.

concept-urssaf = URSSAF (ururiyaha khidmadaha bulshada)
    .explain = URSSAF waxay ka ururisaa khidmadaha bulshada shaqo-bixiyayaasha iyo dadka iskood u shaqeeya. Micro-entrepreneurs waxay halkaas ku sheegaan dakhligooda.

concept-offre-d-emploi = fursad shaqo (offre d’emploi)
    .explain = Offre d’emploi waa xayeysiis shaqo-bixiye oo qof u raadinaya shaqo.

concept-cv = CV (warqadda taariikhda waxbarashada iyo shaqada)
    .explain = CV waa dukumeenti gaaban oo soo bandhiga waxbarashadaada, waayo-aragnimadaada iyo xirfadahaaga.

concept-formation = tababar (formation)
    .explain = Tababarku waa koorso lagu barto xirfad ama aqoon. France Travail ayaa kaa caawin karta inaad mid hesho.

concept-contrat-d-engagement-jeune = heshiiska dhallinyarada (CEJ)
    .explain = CEJ wuxuu caawiyaa dhallinyarada ka yar 26 sano ee aan shaqo iyo tababar lahayn, isagoo siinaya la socod iyo lacag.

concept-licenciement = shaqo ka eryid (licenciement)
    .explain = Licenciement waa dhammaadka heshiiska uu go'aamiyay shaqo-bixiyuhu. Waa inuu raacaa xeerar oo ku siiyaa waraaqaha dhammaadka heshiiska.

## Documents et titres (ANTS, mairie)

concept-ants = ANTS (bogga kaarka aqoonsiga iyo liisanka)
    .explain = ANTS, oo tan iyo 2024 loo yaqaan France Titres, ayaa maamusha arrimaha internetka ee kaarka aqoonsiga, baasaboorka, liisanka darawalnimada iyo warqadda gaariga (carte grise).

concept-carte-nationale-d-identite = kaarka aqoonsiga qaranka (carte nationale d’identité)
    .explain = Carte nationale d’identité waa dukumeentiga aqoonsiga ee dadka Faransiiska ah. Qofka ajnabiga ahi wuxuu isticmaalaa baasaboorkiisa ama ruqsadda deganaanshihiisa.

concept-piece-d-identite = dukumeenti aqoonsi (pièce d’identité)
    .explain = Waa dukumeenti rasmi ah oo leh sawirkaaga oo caddeeya cidda aad tahay: baasaboor, kaarka aqoonsiga ama ruqsadda deganaanshaha.

concept-permis-de-conduire = liisanka darawalnimada (permis de conduire)
    .explain = Liisanka darawalnimadu wuxuu kuu oggolaanayaa inaad gaari wadato. Arrimihiisa waxaa lagu fuliyaa bogga ANTS.

concept-neph = lambarka NEPH (lambarka faylka liisanka)
    .explain = NEPH waa lambarka faylka liisankaaga darawalnimada. Boggu wuxuu weydiiyaa arrimaha liisanka.
    .where = Waraaqaha dugsiga darawalnimada ama liisankaaga.

concept-echange-de-permis = beddelidda liisanka (échange de permis)
    .explain = Haddii aad haysato liisan dal ka baxsan Midowga Yurub, mararka qaar waa inaad ku beddeshaa liisan Faransiis ah. Badanaa, codsiga waa in la sameeyo sanadka koowaad ee ruqsaddaada deganaanshaha ugu horreysa kadib.

concept-code-ephoto = koodka ePhoto
    .explain = Waa koodh sawirkaaga dijitaalka ah ku xira codsigaaga. Boggu wuxuu weydiiyaa halkii sawir warqad ah.
    .where = Xaashida sawirrada ee aad ka heshay qolka sawirka ama sawir-qaade ay ANTS oggolaatay.

concept-photo-d-identite = sawirka aqoonsiga (photo d’identité)
    .explain = Sawirku waa inuu ka yar yahay 6 bilood, hore laga qaaday, afka xiran, asal iftiin leh. Muraayadda waa la oggol yahay haddii indhuhu si fiican u muuqdaan, muraayad midab leh iyo iftiin soo celin la'aan. Ka qaado sawir-qaade ama qol sawir oo la oggolaaday.

concept-certificat-d-immatriculation = warqadda gaariga (carte grise)
    .explain = Certificat d’immatriculation, oo la yiraahdo carte grise, waa warqadda rasmiga ah ee gaariga. Waxay leedahay lambarka taarikada iyo magaca milkiilaha.

concept-pre-demande = codsi hordhac ah (pré-demande)
    .explain = Pré-demande waxaa internetka lagu sameeyaa ka hor intaadan aadin dawladda hoose (mairie) kaarka aqoonsiga ama baasaboorka. Waxaad heleysaa lambar aad bixiso ballanta.

concept-mairie = dawladda hoose (mairie)
    .explain = Mairie waa xafiiska degmadaada. Waxay samaysaa dukumeentiyada état civil, waxayna qaabishaa codsiyada kaarka aqoonsiga iyo baasaboorka.

concept-empreintes-digitales = raadka faraha (empreintes digitales)
    .explain = Raadka faraha waa sawirrada ku yaal caarada faraha. Waxaa la qaadaa baasaboorka, kaarka aqoonsiga ama ruqsadda deganaanshaha.

concept-timbre-fiscal = shaambadda canshuurta (timbre fiscal)
    .explain = Timbre fiscal waxaa lagu bixiyaa canshuur dukumeenti: ruqsad deganaansho, baasaboor, fiiso. Waxaa lagu iibsadaa internetka ama dukaanka tubaakada (tabac).
    .where = Bogga timbres.impots.gouv.fr ama dukaanka tabac. Hay lambarka shaambadda.

concept-declaration-de-perte = warbixinta lumitaanka (déclaration de perte)
    .explain = Haddii aad lumisay dukumeenti ama lagaa xaday, samee warbixin. Waxaa loo baahan yahay si aad u hesho dukumeenti cusub.

concept-attestation = caddayn (attestation)
    .explain = Attestation waa dukumeenti caddeynaya macluumaad, tusaale ahaan xuquuqdaada, lacag-bixin ama cinwaankaaga.

concept-copie = koobi (copie)
    .explain = Koobigu waa nuqul dukumeenti. Mar walba hay asalka, bixina koobi haddii la aqbalo.

concept-compte-rendu = warbixin (compte rendu)
    .explain = Compte rendu waa qoraal sharxaya waxa dhacay. Tusaale ahaan, dhakhtarku wuxuu qoraa warbixin baaritaanka kadib.

concept-original = asalka dukumeentiga (original)
    .explain = Original waa dukumeentiga dhabta ah, ma aha koobi. Badanaa ballanta ayaa lagu weydiiyaa si loo hubiyo.

concept-scanner = iskaan samee (scanner)
    .explain = Scanner waxay ka dhigan tahay inaad dukumeenti warqad ah u beddesho fayl. Sawir cad oo taleefanka lagu qaaday badanaa waa la aqbalaa.

concept-traduction = turjumaad (traduction)
    .explain = Dukumeenti luqad shisheeye ku qoran badanaa waa in loo turjumaa Faransiis. Dukumeentiyada rasmiga ah, turjumaadda waa inuu sameeyaa turjubaan dhaar ku maray (traducteur assermenté).

concept-legalisation = sharciyeynta dukumeentiga (légalisation)
    .explain = Légalisation ama apostille waxay caddeysaa in dukumeenti shisheeye uu dhab yahay. Waxay ku xiran tahay dalka sameeyay dukumeentiga.

concept-en-cours-de-validite = wali shaqaynaya (en cours de validité)
    .explain = Dukumeenti weli shaqaynaya ma dhaafin taariikhda dhammaadkiisa.

concept-courrier = warqad boosto (courrier)
    .explain = Courrier waa warqad boostada lagu diro. Warqad kasta oo muhiim ah hay koobigeeda iyo caddaynta dirista.

concept-lettre-recommandee = warqad diiwaangashan (lettre recommandée)
    .explain = Waa warqad boostada lagu diro oo leh caddaynta dirista iyo helitaanka. U isticmaal warqadaha muhiimka ah, sida racfaan.

concept-accuse-de-reception = caddaynta helitaanka (accusé de réception)
    .explain = Accusé de réception wuxuu caddeynayaa in maamulku helay codsigaaga. Hay, wuxuu bixiyaa taariikhda arrintaada.

concept-notification = ogeysiis rasmi ah (notification)
    .explain = Notification waa fariin rasmi ah oo kuu sheegaysa go'aan ama wax cusub. Taariikhda notification ayaa bilaabaysa muddooyinka racfaanka.

## Rendez-vous

concept-rendez-vous = ballan (rendez-vous)
    .explain = Ballantu waa maalin iyo saacad go'an oo aad ku aragto shaqaale. Maamullo badan waxay dadka qaabilaan oo keliya ballan.

concept-prendre-rendez-vous = qabso ballan
    .explain = Qabsashada ballan waxay ka dhigan tahay inaad bogga ka doorato maalin iyo saacad bannaan. Kadib waxaad heleysaa xaqiijin aad haysato.

concept-creneau = saacad ballan oo bannaan (créneau)
    .explain = Créneau waa saacad ballan oo bannaan oo aad dooran karto.

concept-plage-horaire = muddada ballamaha (plage horaire)
    .explain = Plage horaire waa muddo waqti ah, tusaale ahaan 9-ka ilaa 12-ka, oo ballamuhu suurtagal yihiin.

concept-aucun-creneau-disponible = ballan bannaan ma jiro
    .explain = Boggu wuxuu sheegayaa inaanay hadda jirin ballan bannaan. Ma aha qaladkaaga, waxayna socon kartaa toddobaadyo.
    .todo = Isku day maalmo iyo saacado kale, mar kastana qaad sawir shaashadeed oo taariikh leh. Caddaymahani waxay kuu oggolaanayaan inaad ballan qoraal ku codsato, kadibna garsooraha référé ugu codsato.

concept-annuler-un-rendez-vous = baaji ballan
    .explain = Haddii aadan iman karin, baaji ballantaada si booska loo sii daayo. Isticmaal link-ga ku jira iimaylka xaqiijinta.

concept-modifier-un-rendez-vous = beddel ballan
    .explain = Beddelidda ballan waxay ka dhigan tahay inaad doorato maalin kale ama saacad kale. Ka digtoonow, ballantii hore way lumi kartaa.

concept-confirmation-de-rendez-vous = xaqiijinta ballanta
    .explain = Waa fariinta caddeynaysa ballantaada, oo leh maalinta, saacadda iyo goobta. Daabac ama ku hay taleefankaaga.

concept-liste-d-attente = liiska sugitaanka (liste d’attente)
    .explain = Waxaad ku qoran tahay liis, maamulkuna wuu kula soo xiriiri doonaa marka boos banaanaado.

concept-delai = muddo (délai)
    .explain = Délai waa waqtiga la sugayo, ama waqtiga aad haysato si aad wax u samayso. Ilaali muddooyinka ku qoran warqadaha.

concept-reponse-automatique = jawaab toos ah (réponse automatique)
    .explain = Waa fariin uu soo diray kombiyuutar, ma aha qof. Ha ka jawaabin cinwaankan, isticmaal foomka ama cinwaanka la sheegay.

## Erreurs et messages

concept-message-d-erreur = fariin khalad (message d’erreur)
    .explain = Fariinta khaladku waxay sheegaysaa in dhibaato ay kaa hor istaagayso inaad sii wado. Badanaa waa casaan, agagaarka meesha la saxayo ama korka bogga.
    .todo = Akhri fariinta, sax meesha la tilmaamay, oo mar kale isku day. Haddii aadan fahmin khaladka, qaad sawirka shaashadda si aad u tusto qof ku caawiya.

concept-erreur-technique = khalad farsamo (erreur technique)
    .explain = Boggu wuxuu leeyahay dhibaato aan adiga kaa iman. Waxaa laga yaabaa in codsigaagu uusan dirin.
    .todo = Qaad sawir shaashadeed oo leh taariikhda iyo saacadda, kadibna mar dambe isku day. Haddii khaladku soo noqdo, u qor maamulka oo codso hab kale oo aad arrinta ku fuliso.

concept-service-indisponible = adeeggu ma shaqaynayo (service indisponible)
    .explain = Boggu hadda ma shaqaynayo. Ma aha qaladkaaga.
    .todo = Qaad sawir shaashadeed oo taariikh leh oo mar dambe isku day. Haddii ay sii socoto, hay sawirradaada: waxay caddeynayaan inaad isku dayday.

concept-maintenance = dayactir (maintenance)
    .explain = Boggu wuu xiran yahay shaqo farsamo awgeed. Guud ahaan wuxuu dib u shaqeeyaa dhowr saacadood kadib.
    .todo = Dib u soo noqo mar dambe, badanaa saacadda la sheegay kadib. Haddii muddo kama dambays ah soo dhowdahay, hay sawir shaashadeed si aad u caddeyso in boggu xirnaa.

concept-page-introuvable = bogga lama helin (page introuvable)
    .explain = Cinwaanka boggu ma jiro ama hadda ma jiro. Link-gu waxaa laga yaabaa inuu duug yahay ama si khaldan loo qoray.
    .todo = Ku noqo bogga hore ee website-ka oo arrinta ku raadi menu-ga. Hubi cinwaanka ku qoran korka browser-ka.

concept-erreur-500 = khalad 500 (erreur 500)
    .explain = Server-ka bogga ayaa dhibaato la kulmay. Ma aha qaladkaaga.
    .todo = Qaad sawir shaashadeed oo taariikh leh oo mar dambe isku day. Haddii khaladku soo noqdo, u sheeg maamulka adigoo sawirka la socodsiinaya.

concept-acces-refuse = gelitaanka waa la diiday (accès refusé)
    .explain = Boggu kuuma oggola inaad aragto boggan. Waxaa laga yaabaa inaadan gelin akoonkaaga, ama boggu yahay mid loo qoondeeyay dad gaar ah.
    .todo = Gal akoonkaaga kadibna isku day mar kale. Haddii ay sii socoto, qaad sawir shaashadeed oo la xiriir maamulka.

concept-reessayer-plus-tard = mar dambe isku day
    .explain = Boggu wuxuu kaa codsanayaa inaad sugto intaadan mar kale isku dayin. Dhibaatadu badanaa waxay ka timaaddaa bogga.
    .todo = Qor saacadda ama qaad sawir shaashadeed, kadibna isku day waqti kale oo maalinta ah.

concept-dossier-incomplet = fayl aan dhammaystirnayn (dossier incomplet)
    .explain = Faylkaaga waxaa ka maqan dukumeenti ama macluumaad. Maamulku ma baari karo ilaa uu dhammaystirmo.
    .todo = Akhri liiska waxa maqan oo dir ka hor taariikhda la sheegay. Hay caddaynta dirista.

concept-piece-manquante = dukumeenti maqan (pièce manquante)
    .explain = Dukumeenti la codsaday lama dirin ama lama aqbalin.
    .todo = Ku dar dukumeentiga la codsaday akoonkaaga ama dir. Haddii aadan heli karin, qoraal ku sharax sababta.

concept-format-non-valide = qaab aan sax ahayn (format non valide)
    .explain = Macluumaadka ama faylka looma qorin sida boggu rabo. Tusaale ahaan taariikh, cinwaan iimayl ama fayl nooc khaldan ah.
    .todo = Eeg qaabka la rabo, meesha hoosteeda ama tusaalaha, kadibna sax. Faylka, u kaydi PDF ama JPG.

concept-fichier-trop-volumineux = faylku aad buu u weyn yahay (fichier trop volumineux)
    .explain = Faylkaagu wuu ka culus yahay cabbirka boggu aqbalo.
    .todo = Yaree faylka: iskaan ku samee tayo hoose ama madow iyo cad, ama isticmaal qalab yareeya faylka (compression). Kadib mar kale ku dar.

concept-champ-obligatoire-non-rempli = meel waajib ah oo aan la buuxin
    .explain = Waxaad bannaan uga tagtay sanduuq ay tahay in la buuxiyo.
    .todo = Raadi meesha casaanka lagu calaamadeeyay, buuxi, kadibna mar kale xaqiiji (valider).

concept-identifiant-ou-mot-de-passe-incorrect = aqoonsiga ama erayga sirta ah waa khalad
    .explain = Boggu ma aqoonsan aqoonsigaaga ama erayga sirta ah. Hal xaraf ama xaraf weyn oo khaldan ayaa ku filan.
    .todo = Hubi xarfaha waaweyn iyo aqoonsiga, kadibna isku day mar kale. Dhowr khalad kadib, isticmaal «Mot de passe oublié» si akoonka aan loo xannibin.

concept-compte-bloque = akoon xanniban (compte bloqué)
    .explain = Boggu wuu xannibay akoonkaaga, badanaa kadib khaladaad badan oo erayga sirta ah.
    .todo = Sug waqtiga la sheegay ama isticmaal «Mot de passe oublié». Haddii aysan shaqayn, la xiriir maamulka oo hay sawir shaashadeed.

concept-trop-de-tentatives = isku dayo aad u badan (trop de tentatives)
    .explain = Waxaad isku dayday marar badan waqti yar gudihiis. Boggu wuu ku xannibayaa muddo.
    .todo = Sug, badanaa dhowr daqiiqo ama dhowr saacadood, intaadan mar kale isku dayin. Qaad sawir shaashadeed haddii ay kaa hor istaagto inaad arrintaada fuliso.

concept-session-expiree = waqtiga gelitaanka wuu dhammaaday (session expirée)
    .explain = Waxaad bogga ku jirtay muddo dheer adigoon waxba samayn, ammaankaaga awgeed ayuu kaa saaray. Waxa aadan kaydin waxaa laga yaabaa inay lumeen.
    .todo = Mar kale gal oo dib u bilow. Diyaari dukumeentiyadaada ka hor, si aad u dedejiso.

concept-lien-expire = link-gu wuu dhacay (lien expiré)
    .explain = Link-ga iimaylka laguugu soo diray hadda ma shaqaynayo, badanaa sababtoo ah waa duug ama horay ayaa loo isticmaalay.
    .todo = Bogga ka codso link cusub, kadibna si dhakhso ah u guji.

concept-code-incorrect = koodh khaldan (code incorrect)
    .explain = Koodka aad qortay ma aha kan saxda ah, ama hadda ma shaqaynayo.
    .todo = Hubi tirooyinka, ama codso koodh cusub oo si dhakhso ah u koobi.

concept-adresse-electronique-deja-utilisee = cinwaanka iimaylka horay ayaa loo isticmaalay
    .explain = Akoon ayaa horay ugu jira cinwaankan iimaylka, waxaa laga yaabaa inaad adigu furtay ama qof ku caawiyay.
    .todo = Isku day inaad gasho ama guji «Mot de passe oublié». Haddii akoonkani uusan adiga kuu ahayn, la xiriir maamulka.

concept-mot-de-passe-trop-faible = eray sir ah oo aad u daciif ah (mot de passe trop faible)
    .explain = Erayga sirta ahi ma raacayo xeerarka bogga: dhererka, xaraf weyn, tiro, calaamad gaar ah.
    .todo = Akhri xeerarka meesha hoosteeda oo dooro eray sir ah oo ka dheer, leh dhammaan noocyada xarfaha la codsaday.

concept-mots-de-passe-differents = erayada sirta ahi isma laha
    .explain = Labada eray sir ah ee la qoray isku mid sax ah ma aha.
    .todo = Mar kale qor isla erayga sirta ah labada meelood. Badhanka Afficher ayaa kaa caawiya hubinta.

concept-demande-deja-en-cours = codsi horay u socda
    .explain = Boggu wuxuu arkaa in codsi isku nooc ah uu horay kuugu jiro. Ma samayn kartid mid labaad.
    .todo = Eeg akoonkaaga si aad ula socoto codsiga jira. Haddii ay khalad tahay, u qor maamulka adigoo sawir shaashadeed ku lifaaqaya.

concept-dossier-cloture = fayl la xiray (dossier clôturé)
    .explain = Maamulku wuu xiray faylkaaga. Tani waxay noqon kartaa khalad ama waxay ka iman kartaa dukumeenti maqan.
    .todo = Hay sawir shaashadeed oo si dhakhso ah ugu qor maamulka si aad u weydiiso sababta. Haddii jawaabtu daahdo, la xiriir urur, Défenseur des droits ama qareen.

concept-navigateur-non-compatible = browser aan la jaanqaadi karin
    .explain = Boggu si fiican ugama shaqeeyo barnaamijka aad u isticmaasho internetka.
    .todo = Cusboonaysii browser-kaaga ama isku day mid kale, sida Firefox ama Chrome.

concept-echec-du-paiement = lacag-bixintu way fashilantay (échec du paiement)
    .explain = Lacagta lama bixin karin, tusaale ahaan timbre fiscal. Waxaa laga yaabaa in kaarkaaga aan lacag laga jarin.
    .todo = Hubi akoonkaaga bangiga intaadan mar kale bixin. Hay sawirrada shaashadda iyo iimaylada lacag-bixinta.

## Logement

concept-logement = guri (logement)
    .explain = Logement waa meesha aad ku nooshahay. Boggu wuxuu weydiinayaa inaad tahay kireyste, milkiile, qof la deggan qof kale ama qof aan guri lahayn.

concept-locataire = kireyste (locataire)
    .explain = Kireystuhu wuxuu bixiyaa kiro si uu ugu noolaado guri uu leeyahay qof kale ama hay'ad.

concept-bailleur = kiriyeeye (bailleur)
    .explain = Bailleur waa qofka ama hay'adda guriga kuu kireysa. Bailleur social wuxuu maamulaa guryaha bulshada.

concept-proprietaire = milkiile (propriétaire)
    .explain = Milkiiluhu waa qofka shay iska leh, tusaale ahaan guri. Haddii aad tahay milkiilaha gurigaaga, gurigu waa kaaga.

concept-loyer = kiro (loyer)
    .explain = Kiradu waa lacagta bil kasta la siiyo kiriyeeyaha si loogu noolaado guriga.

concept-charges-locatives = kharashaadka dheeraadka ah ee guriga (charges locatives)
    .explain = Charges waxay bixiyaan adeegyada dhismaha, sida biyaha ama dayactirka. Badanaa waxaa lagu daraa kirada.

concept-quittance-de-loyer = rasiidka kirada (quittance de loyer)
    .explain = Quittance waa warqadda kiriyeeyaha ee caddeynaysa inaad bixisay kirada. Waxay u adeegtaa caddaynta cinwaanka.

concept-bail = heshiiska kirada (bail)
    .explain = Bail waa heshiiska u dhexeeya kireystaha iyo kiriyeeyaha. Wuxuu sheegayaa kirada, muddada iyo xeerarka.

concept-etat-des-lieux = qiimaynta xaaladda guriga (état des lieux)
    .explain = État des lieux wuxuu sharxayaa xaaladda guriga marka la galo iyo marka laga baxo. Si fiican u hubi intaadan saxiixin.

concept-depot-de-garantie = dammaanadda kirada (dépôt de garantie)
    .explain = Waa lacag la siiyo kiriyeeyaha marka guriga la galo. Wuu kuu celinayaa markaad baxdo, marka laga jaro dayactirka la caddeeyay.

concept-garant = dammiin (garant)
    .explain = Dammiinku wuxuu ballanqaadaa inuu bixiyo kirada haddii aadan awoodin. Visale waa dammaanad bilaash ah oo beddeli karta dammiin. Haddii Visale bixiso kiradaada, markaas waa inaad dib u celiso.

concept-assurance-habitation = caymiska guriga (assurance habitation)
    .explain = Kireystuhu waa inuu gurigiisa ka caymiyaa khasaaraha, sida dabka ama biyaha. Kiriyeeyuhu sanad walba wuxuu codsadaa caddaynta.

concept-logement-social = guri bulsho (logement social)
    .explain = Guriga bulshadu wuxuu leeyahay kiro hoose, waxaana loogu talagalay dadka dakhligoodu hooseeyo. Guddi ayaa dooranaya kireystayaasha.

concept-demande-de-logement-social = codsiga guri bulsho
    .explain = Codsigaaga guri bulsho kadib, waxaad heleysaa lambar gaar ah (numéro unique). Sanad walba cusboonaysii codsiga, haddii kale waa la baajinayaa.
    .where = Numéro unique wuxuu ku qoran yahay caddaynta diiwaangelinta codsiga.

concept-dalo = DALO (xaqa sharciga ah ee guri)
    .explain = DALO wuxuu kuu oggolaanayaa inaad guddi u gudbiso haddii aad muddo aad u dheer sugaysay guri bulsho ama aad ku nooshahay guri xun. Haddii guddigu codsigaaga u aqoonsado mid mudnaan leh, dowladdu waa inay ku siisaa guri. Haddana waqti ayay qaadan kartaa.

concept-expulsion = guriga ka saarid (expulsion)
    .explain = Expulsion waxay kireystaha ku qasbaysaa inuu guriga ka baxo kadib go'aan garsoore. Guud ahaan, waa mamnuuc 1da Nofembar ilaa 31ka Maarso.
    .todo = Si dhakhso ah ula xiriir shaqaale bulsho, ADIL ama urur. Ka jawaab dhammaan warqadaha garsooraha.

concept-hebergement-d-urgence = hoy degdeg ah (hébergement d’urgence)
    .explain = Haddii aad waddada joogto, wac 115, waa bilaash, habeen iyo maalin. Wuxuu kuu raadiyaa meel aad seexato.

## Scolarité

concept-parcoursup = Parcoursup (bogga diiwaangelinta jaamacadda)
    .explain = Parcoursup waa bogga lagu codsado boos waxbarasho sare kadib bac (imtixaanka dhammaadka dugsiga sare). Wuxuu leeyahay jadwal adag.

concept-inscription-scolaire = diiwaangelinta dugsiga (inscription scolaire)
    .explain = Dugsigu waa waajib carruurta oo dhan ee 3 ilaa 16 jirka ah ee Faransiiska, xitaa haddii aanay waraaqo lahayn. Dugsiga hoose, diiwaangelinta waxaa lagu sameeyaa dawladda hoose (mairie).

concept-bourse = deeq waxbarasho (bourse)
    .explain = Bourse waa gargaar lacageed oo waxbarasho, oo la bixiyo iyadoo loo eegayo dakhliga qoyska.

concept-crous = Crous (adeegga ardayda jaamacadda)
    .explain = Crous wuxuu caawiyaa ardayda: deeqaha waxbarashada (bourses), guryaha, maqaayadaha jaamacadda.

concept-certificat-de-scolarite = shahaadada dugsi-dhigashada (certificat de scolarité)
    .explain = Dukumeentigani wuxuu caddeynayaa in arday ka diiwaangashan yahay dugsiga. CAF ama préfecture ayaa codsan kara.
    .where = Ka codso xafiiska maamulka dugsiga, ama ka soo deji qaybta internetka ee machadka.

concept-ine = INE (lambarka ardayga)
    .explain = INE waa lambarka gaarka ah ee arday, oo ka kooban 11 xaraf iyo tiro. Parcoursup iyo jaamacaddu way codsadaan.
    .where = Warqadaha natiijooyinka (bulletins) ama warqadda natiijada bac.

concept-diplome = shahaado (diplôme)
    .explain = Shahaadadu waxay caddeynaysaa inaad ku guulaysatay waxbarasho. Foomku wuxuu weydiin karaa shahaadadaada ugu sarreysa.

concept-reconnaissance-de-diplome = aqoonsiga shahaadada (reconnaissance de diplôme)
    .explain = Shahaado shisheeye waxay heli kartaa caddayn sheegaysa heerka Faransiiska ee ay u dhigmo. Waxay ku caawisaa shaqada ama waxbarashada.

concept-cours-de-francais = casharrada Faransiiska
    .explain = Casharrada Faransiisku waxay kaa caawiyaan barashada luqadda. Heshiiska is-dhexgalka (CIR), OFII ayaa bixin karta kharashkooda.

### Relais: mediator-mode phrase cards, Somali (Latin script).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Waxaa la isticmaalaa bilowga iyo dhammaadka kulan kasta: soo dhaweyn, oggolaanshaha qofka, waxa aan samaynayno, ilaalinta macluumaadka gaarka ah, dhammaad.
## Guud: soo dhaweyn, oggolaansho, sharaxaad, macluumaadka gaarka ah, dhammaad

phrase-general-hello = Salaan. Waxaan halkan u joogaa inaan kaa caawiyo arrintaada maamul ee internetka.
phrase-general-together = Arrintan si wadajir ah ayaan u samayn doonnaa, kombiyuutarkan.
phrase-general-your-choice = Adiga ayaa go'aansanaya. Waxba ma sameeyo oggolaanshahaaga la'aantiis.
phrase-general-translation-tool = Barnaamijkan wuxuu erayada bogga u turjumaa luqaddaada. Wuu khaldami karaa.
phrase-general-read-aloud = Fariinta cod dheer ayaan ku akhrin doonaa.
phrase-general-understood = Ma fahantay? Waan ku celin karaa, ama si kale ayaan u sharxi karaa.
phrase-general-interpreter = Ma rabtaa turjubaan, oo halkan jooga ama taleefanka kugula hadla?
phrase-general-nothing-sent = Relais macluumaadkaaga qofna uma diro. Bogga maamulka oo keliya ayaa hela waxa aad qorto.
phrase-general-keep-data = Ma rabtaa inaad macluumaadkan ku kaydiso kombiyuutarkan, oo eray sir ah lagu ilaaliyo?
phrase-general-passphrase = Dooro weedh sir ah si aad u ilaaliso macluumaadkaaga. Qofna ha u sheegin.
phrase-general-erased-at-end = Dhammaadka, macluumaadkaaga waa laga tirtirayaa kombiyuutarkan, haddii aadan dooran inaad kaydsato mooyee.
phrase-general-log-out = Hadda waxaan ka baxayaa akoonkaaga, kadibna waan xirayaa bogga.
phrase-general-finished = Maanta waan dhammaynay. Si fiican u hay dhammaan waraaqahaaga.
phrase-general-come-back = Waad ii soo noqon kartaa haddii aad qabto su'aal ama warqad cusub.

# Waxaa la isticmaalaa marka boggu weydiiyo aqoonsiga: waraaqaha, magacyada, taariikhda iyo goobta dhalashada, cinwaanka.
## Aqoonsi: waraaqaha, magacyada, taariikhaha

phrase-identity-passport = Ma haysataa baasaboorkaaga ama kaarkaaga aqoonsiga?
phrase-identity-show-papers = Ma i tusi kartaa dhammaan waraaqaha aad keentay?
phrase-identity-name-as-passport = Magacaaga waxaan u qoraynaa sida saxda ah ee uu ugu qoran yahay baasaboorkaaga.
phrase-identity-other-spelling = Magacaagu ma si kale ayuu ugu qoran yahay waraaqo kale?
phrase-identity-no-first-name = Haddii aadan lahayn magac koowaad, ii sheeg. Bogagga qaarkood waxay leeyihiin sanduuq taas loogu talagalay.
phrase-identity-birth-date = Waa maxay taariikhda dhalashadaadu? Faransiiska, waxaa la qoraa maalinta, kadib bisha, kadib sannadka.
phrase-identity-birth-place = Xaggee ku dhalatay? Ii sheeg magaalada iyo dalka.
phrase-identity-birth-certificate = Boggu wuxuu codsanayaa shahaadada dhalashadaada. Ma haysataa, asalka ama koobi?
phrase-identity-not-recognised = Boggu ma aqoonsana dukumeentigan. Ma aha khaladkaaga.
phrase-identity-photo-consent = Ma ii oggolaanaysaa inaan sawiro dukumeentigan si aan ugu diro bogga?
phrase-identity-mail-address = Ma leedahay cinwaan aad boostadaada ku hesho? Wuxuu noqon karaa cinwaanka urur.

# Waxaa la isticmaalaa deganaanshaha: ruqsadda deganaanshaha, récépissé, lambarka ajnabiga, bogga ANEF, yeerista préfecture-ka.
## Deganaansho: ruqsadda deganaanshaha, récépissé, lambarka ajnabiga, ANEF, yeeris

phrase-residence-permit-number = Ma haysataa lambarka ruqsadda deganaanshahaaga? Wuxuu ku qoran yahay kaarkaaga ama récépissé-gaaga (warqad ku-meel-gaar ah).
phrase-residence-foreign-number = Lambarkaaga ajnabiga (numéro étranger) wuxuu leeyahay 10 tiro. Wuxuu ku qoran yahay ruqsadda deganaanshahaaga iyo récépissé-gaaga.
phrase-residence-anef-account = Ma leedahay akoon horay loogu furay bogga ANEF?
phrase-residence-anef-username = Bogga ANEF, aqoonsigaaga gelitaanka (identifiant) badanaa waa lambarkaaga ajnabiga.
phrase-residence-end-date = Aan wada eegno taariikhda dhammaadka ruqsadda deganaanshahaaga.
phrase-residence-renew-early = Waa inaad codsataa cusboonaysiinta ka hor taariikhda dhammaadka. Ha sugin ilaa daqiiqadda ugu dambaysa.
phrase-residence-recepisse = Ma haysataa récépissé? Waa warqadda caddaynaysa in codsigaagu socdo.
phrase-residence-proof-of-submission = Aan soo dejinno caddaynta gudbinta codsiga (attestation de dépôt). Waxay caddaynaysaa inaad dirtay codsigaaga.
phrase-residence-file-number = Aan qorno lambarka faylkaaga. Waa inaad ku qortaa fariin kasta.
phrase-residence-automatic-reply = Fariintan waa jawaab toos ah. Qofna weli ma akhrin codsigaaga.
phrase-residence-convocation = Ma heshay yeeris rasmi ah (convocation)? I tus warqadda ama fariinta.
phrase-residence-convocation-bring = Maalinta ballanta, keen yeerista (convocation) iyo dhammaan waraaqaha warqadda lagu codsaday.

# Waxaa la isticmaalaa ballamaha internetka ee préfecture-ka: ballan bannaan ma jiro, isku dayo cusub, caddaymo, garsoore iyo hannaanka degdegga ah (référé).
## Ballan: préfecture, ballan bannaan ma jiro, caddaymo, garsoore

phrase-appointment-no-slot = Boggu wuxuu leeyahay ballan bannaan ma jiro.
phrase-appointment-not-your-fault = Ma aha khaladkaaga. Dad badan ayaan heli karin ballan.
phrase-appointment-try-tomorrow = Berri subax ayaan mar kale isku dayi doonnaa.
phrase-appointment-screenshot-proof = Sawirkan shaashadda wuxuu caddaynayaa in aysan jirin ballan.
phrase-appointment-journal = Relais isku day kasta wuxuu ku qoraa diiwaankaaga (journal), isagoo leh taariikhda iyo saacadda.
phrase-appointment-try-often = Si aad caddayn u hesho, waa inaad isku daydaa marar badan, muddo dhowr toddobaad ah.
phrase-appointment-without-me = Haddii aad isku daydo adigoon ila joogin, mar kasta qaad sawirka shaashadda.
phrase-appointment-judge = Caddaymahan, qareen ayaa garsooraha ka codsan kara inuu préfecture-ka ku qasbo inay ballan ku siiso.
phrase-appointment-legal-aid = Haddii dakhligaagu yar yahay, gargaarka sharciga (aide juridictionnelle) ayaa bixin kara lacagta qareenka.
phrase-appointment-export-consent = Ma rabtaa inaan u diyaariyo faylka caddaymaha qareenkaaga?
phrase-appointment-got-slot = Ballan ayaad leedahay. Aan qorno taariikhda, saacadda iyo cinwaanka.
phrase-appointment-confirmation = Hay iimaylka xaqiijinta. Waxaa laga yaabaa inaad u baahato inaad ka tusto albaabka laga galo.

# Waxaa la isticmaalaa CAF: lambarka qaataha gargaarka, sheegidda dakhliga 3-dii biloodba mar, lacag-bixinnada, macluumaadka bangiga.
## Gargaarro: CAF, sheegidda 3-dii biloodba mar, bangi

phrase-benefits-claimant-number = Ma haysataa lambarka qaataha gargaarka (numéro allocataire)? Wuxuu ku qoran yahay xagga sare ee warqadaha CAF.
phrase-benefits-quarterly = 3-dii biloodba mar, waa inaad CAF u sheegtaa dakhligaaga.
phrase-benefits-payments-stop = Sheegiddan la'aanteed, CAF waxay joojinaysaa lacag-bixinta.
phrase-benefits-income-per-month = Immisa lacag ah ayaad heshay bil kasta, 3-dii bilood ee u dambeeyay?
phrase-benefits-payslips = Ma haysataa warqadaha mushaharkaaga ama warbixinnada akoonka bangigaaga ee 3-daas bilood?
phrase-benefits-rib = Ma haysataa RIB? Waa warqadda bangiga ee leh lambarrada akoonkaaga.
phrase-benefits-rib-name = Akoonka bangigu waa inuu ku qoran yahay magacaaga.
phrase-benefits-check-payments = Aan ku eegno lacag-bixinnadaada qaybtaada gaarka ah (espace personnel) ee CAF.
phrase-benefits-caf-message = CAF ayaa kuu soo qortay. Fariinta waan kula akhrin doonaa.
phrase-benefits-caf-appointment = Waxaan codsan karnaa ballan lala yeesho lataliye CAF ah.

# Waxaa la isticmaalaa caafimaadka: akoonka Ameli, kaarka caafimaadka (carte Vitale), lambarka daryeelka bulshada, gargaarka caafimaadka dowladda (AME).
## Caafimaad: Ameli, carte Vitale, AME

phrase-health-carte-vitale = Ma haysataa kaarka caafimaadka (carte Vitale)?
phrase-health-social-security-number = Lambarkaaga daryeelka bulshada wuxuu ku qoran yahay kaarkaaga caafimaadka (carte Vitale) iyo caddaynta xuquuqdaada caafimaadka (attestation de droits).
phrase-health-ameli-account = Ma ku leedahay akoon bogga Ameli?
phrase-health-download-attestation = Waxaan Ameli ka soo dejin karnaa caddaynta xuquuqdaada caafimaadka (attestation de droits).
phrase-health-doctor = Ma leedahay dhakhtar joogto ah (médecin traitant)?
phrase-health-ame-what = AME waxay bixisaa daawaynta dadka aan haysan ruqsad deganaansho, ee Faransiiska joogay in ka badan 3 bilood.
phrase-health-ame-proof-3-months = Ma haysataa caddayn ah inaad Faransiiska joogtay in ka badan 3 bilood?
phrase-health-ame-in-person = Codsiga ugu horreeya ee AME waa inaad adigu shakhsi ahaan ku gudbisaa xafiiska soo dhaweynta ee CPAM (xafiiska caymiska caafimaadka).
phrase-health-ame-renew = AME waxay socotaa hal sano. Sanad kasta waa inaad mar kale codsataa.

# Waxaa la isticmaalaa akoonnada internetka: cinwaanka iimaylka, erayga sirta ah, koodadka SMS-ka lagu helo, FranceConnect.
## Akoon: iimayl, eray sir ah, koodadka SMS, FranceConnect

phrase-account-email = Ma leedahay cinwaan iimayl?
phrase-account-open-mailbox = Ma ka furi kartaa sanduuqa iimaylkaaga taleefankaaga?
phrase-account-create-email = Ma rabtaa inaan wada samayno cinwaan iimayl? Waqti yar ayay qaadanaysaa.
phrase-account-spam-folder = Fariintu ma iman? Aan eegno galka «courrier indésirable» ama «spam».
phrase-account-activation-link = Boggu wuxuu iimayl kuugu soo diray link. Riix si akoonkaagu u shaqeeyo.
phrase-account-password-yourself = Adigu qor erayga sirta ah. Anigu ma eegayo.
phrase-account-password-forgotten = Haddii aad ilowday erayga sirta ah, waxaan dooran karnaa mid cusub.
phrase-account-password-note = Erayga sirta ah ku qor warqad, oo ku hay meel ammaan ah.
phrase-account-phone-number = Lambarkan taleefanku ma adigaa leh? Boggu koodad ayuu u diri doonaa.
phrase-account-sms-code = Waxaad heshay kood SMS ah. Ma ii akhrin kartaa?
phrase-account-code-quick = Koodkani wuxuu shaqeeyaa dhowr daqiiqo oo keliya. Aan hadda qorno.
phrase-account-code-never-give = Koodkan waligaa ha siin qof taleefan kuugu soo wacaya.
phrase-account-franceconnect = Adigoo isticmaalaya FranceConnect, waxaad ku galaysaa akoon aad horay u haysatay, tusaale ahaan Ameli ama impots.gouv.

# Waxaa la isticmaalaa marka boggu muujiyo hubinta «Je ne suis pas un robot» (ma ihi robot), oo ah CAPTCHA. Relais marnaba ma xalliyo.
## Hubinta robot-ka (CAPTCHA)

phrase-captcha-what = Boggu wuxuu hubinayaa inaad tahay qof, oo aadan ahayn robot.
phrase-captcha-not-for-you = Relais marnaba kuuma jawaabo hubintan. Waxaan kuu sharxayaa sida loo sameeyo.
phrase-captcha-audio = Waxaa jira nooc cod ah. Waxaad maqli doontaa xarfo ama tirooyin.
phrase-captcha-write-what-you-hear = Si fiican u dhegayso, kadibna qor waxa aad maqasho.
phrase-captcha-listen-again = Waad dhegaysan kartaa mar kale, ama waxaad codsan kartaa sawir cusub.
phrase-captcha-keyboard = Badhanka Tab ee kiiboodhka, waxaad ku gaari kartaa badhanka codka.
phrase-captcha-not-your-fault = Ma aha khaladkaaga. Hubintani way ku adag tahay dad badan.
phrase-captcha-failure-recorded = Guuldarro kasta waxaa lagu qoraa diiwaankaaga (journal), si ay caddayn u noqoto.
phrase-captcha-other-way = Haddii ay weli shaqayn weydo, waxaad maamulka ka codsan kartaa hab kale, oo aan internet ahayn.

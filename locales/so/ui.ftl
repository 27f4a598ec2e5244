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
overlay-close = Xir
overlay-read-french = Ku akhri Faransiis
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Ereyada muhiimka ah:
overlay-translation-unreviewed = turjumaad aan weli la hubin
overlay-translation-by-portal = turjumaadda bogga laftiisa
overlay-source = Isha: { $name }, la hubiyay { $date }

## Errors (each names the Rust error it explains)
error-protocol = Relais wuxuu helay fariin uusan fahmin. ({ $detail })
error-unknown-language = Relais weli ma laha luqaddan.
error-locale = Fayl luqadeed oo Relais ah ayaa xumaaday. Dooro luqad kale ama dib u rakib Relais. ({ $detail })
error-not-loaded = Luqadda weli waa la soo rarayaa. Isku day mar kale wax yar kadib.

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it)
captcha-title = Hubinta amniga: «Je ne suis pas un robot» (ma ihi robot)
captcha-what = Boggu wuxuu kaa codsanayaa inaad caddeyso inaad tahay qof, oo aadan ahayn barnaamij kombiyuutar. Relais kuuma jawaabo: halkan waxaa ku qoran sida aad adigu u dhaafi karto tallaabadan.
captcha-steps-captchetat = Ku qor goobta qoraalka xarfaha iyo tirooyinka sawirka ku jira, sida saxda ah ee aad u aragto, adigoon meel bannaan dhex gelin.
captcha-audio-captchetat = Si aad koodka u maqasho, riix badhanka codbaahiyaha («Énoncer le code»: akhri koodka). Waxaad dhegaysan kartaa inta jeer ee aad u baahato. Badhanka fallaadhaha leh wuxuu muujiyaa sawir cusub.
captcha-steps-recaptcha-v2 = Calaamadee sanduuqa «Je ne suis pas un robot» (ma ihi robot). Haddii sawirro soo baxaan, dooro kuwa lagu weydiiyo, kadibna riix «Valider» (xaqiiji).
captcha-audio-recaptcha-v2 = Haddii aadan sawirrada si fiican u arki karin, riix badhanka sameecadaha dhegaha ee ku jira daaqadda sawirrada: waxaad maqli doontaa erayo aad qorto. Mar kale ayaad dhegaysan kartaa.
captcha-steps-recaptcha-invisible = Waxba lagaama rabo: hubintani iskeed ayay u shaqaysaa. Haddii boggu yiraahdo waxaad u egtahay robot, wax yar sug oo mar kale isku day.
captcha-steps-hcaptcha = Calaamadee sanduuqa «Je suis un humain» (waxaan ahay qof). Haddii sawirro soo baxaan, dooro kuwa lagu weydiiyo.
captcha-audio-hcaptcha = hCaptcha waxay leedahay ikhtiyaar fududayn ah (accessibility): daaqadda sawirrada, fur liiska (menu) oo codso su'aal qoraal ah, ama hal mar iska diiwaangeli cookie-ga fududaynta ee hCaptcha.
captcha-steps-turnstile = Badanaa waxba lagaama rabo. Haddii sanduuq soo baxo, calaamadee oo sug dhowr ilbiriqsi.
captcha-steps-friendly-captcha = Iskeed ayay u hubisaa. Sug ilaa ay sheegto in hubintu dhammaatay. Haddii ay kaa codsato, riix badhankeeda.
captcha-steps-image = Ku qor goobta qoraalka ee agtiisa ah xarfaha iyo tirooyinka sawirka ku jira.
captcha-audio-image = Haddii uu jiro badhan lagu dhegaysto ama lagu helo sawir cusub, waxaad isticmaali kartaa inta jeer ee aad u baahato.
captcha-steps-question = Ku jawaab su'aasha goobta qoraalka. Waa su'aal fudud, tusaale ahaan isku darka laba tiro.
captcha-fails = Haddii ay sii guuldarraysato, weydii dhexdhexaadiye (médiateur). Relais wuxuu guuldarro kasta ku qoraa diiwaankaaga (journal), si ay caddayn u noqoto. Waxaad xaq u leedahay inaad maamulka ka codsato hab kale oo aad arrintan ku fuliso, oo aan internetka ahayn.
captcha-go-audio = U gudub nooca codka
captcha-go-widget = U gudub hubinta
captcha-blocked = Hubintan amniga ah waxay guuldarraysatay { $count } jeer. Relais wuu diiwaangeliyay.

## Evidence journal
popup-journal = Fur diiwaankayga
popup-report = Tani way i xannibaysaa: diiwaangeli boggan
popup-report-note = Maxaa dhacay? (ikhtiyaari)
popup-recorded = Waxaa lagu qoray diiwaankaaga.
journal-title = Diiwaankayga caddaymaha
journal-intro = Guuldarro kasta oo lagala kulmay bog dowladeed, Relais ayaa iskiis u diiwaangeliyay. Qoraal kasta wuxuu ku xiran yahay kii ka horreeyay, sidaa darteed qofna ma beddeli karo isagoo aan la arkin.
journal-empty = Weli waxba lama diiwaangelin.
journal-per-day = Isku dayada maalin kasta
journal-attempts = Tirada isku dayada: { $count }
journal-delete = Tirtir qoraalkan
journal-delete-confirm = Ma tirtiraysaa qoraalkan? Wuxuu diiwaanka ku sii jiri doonaa sidii qoraal la tirtiray, oo ay la socoto sababtaada.
journal-export = Soo saar faylka caddaymaha (ZIP) si aad u siiso qareen
journal-print = Daabac faylka (PDF)
journal-import = Soo geli faylka caddaymaha oo ka yimid kombiyuutar kale
journal-import-ok = Faylka waa la hubiyay oo waa la soo geliyay. Tirada qoraallada: { $count }
journal-import-refused = Faylka waa la diiday, diiwaankaagu isma beddelin: { $detail }
journal-error = Diiwaanka lama akhrin karin: { $detail }
journal-storage-full = Waxaa lagu qoray diiwaankaaga, laakiin sawirka shaashadda lama kaydin: kaydka browser-kan wuu buuxsamay. Soo saar diiwaankaaga, kadibna meel bannee.
journal-not-recorded = Relais kuma qori karin guuldarradan diiwaankaaga. Adigu qaado sawirka shaashadda.

## Mediator mode: the bar on the portal's page, the mediator page, the popup
popup-mediator-start = Bilow kulan lala yeesho dhexdhexaadiye
popup-mediator-on = Kulan dhexdhexaadiye ayaa socda.
popup-mediator-open = Weedho, xusuusqor, dhammaadka kulanka
mediator-bar = Relais, habka dhexdhexaadiyaha
mediator-language = Luqadda qofka:
mediator-read-field = Cod ku akhri goobtan
mediator-no-field = Marka hore guji goob ka mid ah foomka, ama ugu gudub badhanka Tab.
mediator-smaller = Qoraal ka yar
mediator-larger = Qoraal ka weyn
mediator-phrases = Weedho
mediator-notes = Xusuusqor
mediator-end = Dhammee kulanka
mediator-title = Kulanka dhexdhexaadiyaha
mediator-intro = Waxaa loogu talagalay dhexdhexaadiye iyo qofka agtiisa fadhiya, oo hal shaashad hor fadhiya. Xusuusqorka iyo weedhaha sirta ah waxaa lagu qoraa boggan oo keliya, weligood laguma qoro bogga internetka.
mediator-session-title = Kulanka
mediator-session-on = Kulan ayaa socda tan iyo { $started }.
mediator-no-session = Kulan ma socdo. Dooro luqadda qofka, kadibna bilow kulan.
mediator-choose-language = Luqadda qofka
mediator-start = Bilow kulan
mediator-started = Kulanku wuu bilaabmay. Boggu hadda wuxuu muujinayaa Faransiiska iyo luqadda qofka, dhinac dhinac.
mediator-phrases-title = Kaararka weedhaha
mediator-unreviewed = Turjumaad aan weli hubin qof luqaddu hooyo u tahay.
mediator-card-read = Cod ku akhri
mediator-card-close = Xir
mediator-notes-title = Xusuusqorka kulanka
mediator-notes-help = Waxaa la hayaa oo keliya inta kulankani socdo, haddii aanu qofku dooran inuu la kaydiyo diiwaankiisa.
mediator-notes-saved = Xusuusqorka kulankan waa la kaydiyay.
mediator-end-title = Dhammee kulanka
mediator-end-help = Wax kasta oo kulankan ka mid ah waa laga tirtirayaa kombiyuutarkan: luqadda, xusuusqorka, diiwaanka, sawirrada shaashadda. Qofku wuxuu diiwaankiisa ku kaydin karaa gal shakhsi ah (profil) oo lagu ilaaliyo weedh sir ah.
mediator-keep-legend = Maxaa la kaydinayaa?
mediator-keep-none = Waxba ha kaydin
mediator-keep-profile = Diiwaanka ku kaydi gal shakhsi ah (profil) oo lagu ilaaliyo weedh sir ah
mediator-profile-name = Magaca galka (xarfaha hore ee magaca ama naanays ayaa ku filan)
mediator-passphrase = Weedha sirta ah (ugu yaraan 8 xaraf)
mediator-passphrase-again = Weedha sirta ah mar kale
mediator-keep-notes = Xusuusqorka la kaydi diiwaanka
mediator-end-button = Hadda dhammee kulanka
mediator-ended = Kulanku wuu dhammaaday. Waxba kama harin kombiyuutarkan.
mediator-ended-kept = Kulanku wuu dhammaaday. Diiwaanka waxaa lagu kaydiyay galka ilaalsan { $profile }; wax kale kuma harin kombiyuutarkan.
mediator-profile-name-needed = Galka magac u sameey.
mediator-passphrase-short = Weedha sirta ah waa inay lahaataa ugu yaraan 8 xaraf.
mediator-passphrase-mismatch = Labada weedhood ee sirta ah way kala duwan yihiin.
mediator-wrong-passphrase = Weedhan sirta ah ma furto galkan. Waxba lama beddelin.
mediator-profiles-title = Galalka ku jira kombiyuutarkan
mediator-profiles-empty = Kombiyuutarkan wax gal ah laguma kaydin.
mediator-profile-dates = Waxaa la sameeyay { $created }, markii ugu dambeysay waxaa la kaydiyay { $updated }.
mediator-profile-open = Fur oo bilow kulan
mediator-profile-opened = Galka { $profile } waa la furay: kulan ayaa socda oo uu la socdo diiwaankiisa.
mediator-profile-export = Soo saar diiwaanka (ZIP)
mediator-profile-delete = Tirtir
mediator-profile-delete-confirm = Ma tirtiraysaa galkan iyo diiwaankiisa kombiyuutarkan? Dib looma soo celin karo.
mediator-profile-deleted = Galka { $profile } waa la tirtiray.

## Journal page: grouping and notes
journal-notes = Xusuusqor
journal-note-add = Ku dar xusuusqor
journal-note-label = Xusuusqorkaaga (waxaa lagu darayaa silsiladda iyo waqtigiisa, dib dambena lama beddeli karo)
journal-note-save = Kaydi xusuusqorka
journal-note-journal = Xusuusqor ku saabsan diiwaanka oo dhan
journal-note-saved = Xusuusqorka waa lagu kaydiyay diiwaanka.
journal-research = La wadaag tirooyin aan magac lahayn, si loogu isticmaalo cilmi-baaris

## Research export
research-title = La wadaag tirooyin aan magac lahayn, si loogu isticmaalo cilmi-baaris
research-intro = Cilmi-baarayaal iyo ururro ayaa tiriya guuldarrooyinka dadku kala kulmaan bogagga adeegyada dowladda Faransiiska, si ay u muujiyaan meesha bogaggani dadka ku xannibaan. Waxaad siin kartaa tirooyin laga soo qaaday diiwaankaaga. Relais iskiis waxba uma diro: adigaa soo dejinaya fayl, adigaana dooranaya cidda aad siinayso.
research-shared-title = Waxa faylka ku jira
research-shared = Hal saf guuldarro kasta iyo saacad kasta: bogga, arrinta maamulka, nooca guuldarrada, fariinta bogga oo xogta shakhsiga ah laga beddelay (tusaale ahaan [PHONE] halkii lambarka taleefanka), saacadda oo aan daqiiqado lahayn oo ah waqtiga caalamiga (UTC), maalinta toddobaadka, tirada isku dayada, nooca browser-kaaga, nuqulka Relais, aqoonsiga ka-qaybgalaha, iyo aqoonsi fayl oo cusub oo fayl kasta loo doorto.
research-never-title = Waxa aan weligood ku jirin
research-never = Ma jiro sawir shaashadeed, cinwaan bog, magac bog, xusuusqor, waqti daqiiqad ku sax ah, ama wax aad qortay. Qoraallada aad ka tirtirtay diiwaankaaga laguma darin. Markaad riixday «Tani way i xannibaysaa», waxaad qortay lama wadaago: safafkaas fariintoodu waa bannaan tahay.
research-contributor = Aqoonsiga ka-qaybgalaha: { $id }
research-contributor-help = Tiro uu Relais si kadis ah ugu doortay kombiyuutarkan. Waxay u oggolaanaysaa cilmi-baarayaasha inay tiriyaan imisa qof oo kala duwan ayaa tirooyin soo diray, iyagoon ogeyn cidda ay yihiin. Waa isku mid dhammaan faylashaada; waxaad dooran kartaa mid cusub waqti kasta.
research-contributor-new = Dooro aqoonsi cusub oo ka-qaybgale
research-contributor-changed = Aqoonsi cusub oo ka-qaybgale ayaa la doortay. Safafka hoose ayaa wata.
research-departement-label = Gobolkaaga (département) (ikhtiyaari)
research-departement-none = Lama wadaago
research-departement-consent = Haddii aad doorato gobol, waxaad oggolaanaysaa in lagu daro saf kasta oo faylka ah. Ka tag «Lama wadaago» si aan loogu darin.
research-table-caption = Safafka faylka: { $count }. Calaamadda ka saar saf si aan loogu darin.
research-col-include = Ku dar
research-col-portal = Bogga
research-col-procedure = Arrinta maamulka
research-col-kind = Guuldarrada
research-col-message = Fariinta bogga (xog shakhsi ah la'aan)
research-col-hour = Saacadda (UTC)
research-col-weekday = Maalinta
research-col-attempts = Isku dayada
research-include-label = Ku dar safka { $n }: { $portal }, { $kind }, { $hour }
research-every-line = Saf kasta wuxuu kaloo wataa: aqoonsiga ka-qaybgalaha { $id }, browser { $browser }, Relais { $version }, nuqulka qaabka { $schema }, gobolka: { $departement }.
research-departement-not-shared = lama wadaagin
research-download-jsonl = Soo deji faylka (JSON Lines)
research-download-csv = Soo deji faylka (CSV, loogu talagalay xaashi xisaabeed)
research-downloaded = Faylku waa diyaar: { $file }, { $count } saf.
research-nothing-selected = Ma jiro saf la calaamadeeyay: waxba ma jiraan oo la soo dejiyo.
research-empty = Diiwaankaagu weli ma laha guuldarro la wadaago.
research-left-out = Qoraallo ka mid ah diiwaankaaga looma beddeli karin saf, waana laga reebay: { $count }.
research-error = Faylka cilmi-baarista lama samayn karin: { $detail }
research-kind-no-slot = Ballan bannaan ma jiro
research-kind-http-error = Khalad bogga ah
research-kind-network-error = Boggu ma jawaabayo
research-kind-technical-error = Khalad farsamo
research-kind-service-unavailable = Adeeggu ma shaqaynayo
research-kind-session-expired = Waqtiga gelitaanka wuu dhammaaday
research-kind-file-refused = Dukumentiga waa la diiday
research-kind-account-locked = Akoonka waa la xannibay
research-kind-wrong-credentials = Aqoonsiga ama erayga sirta ah waa khalad
research-kind-captcha-blocked = Hubinta amniga (CAPTCHA)
research-kind-form-error = Foomka waa la diiday
research-kind-user-reported = Adiga ayaa sheegay
research-kind-other = Wax kale
journal-tsa-title = Waqti la aamini karo (ikhtiyaari)
journal-tsa-help = Hay'ad shaambadda waqtiga bixisa (RFC 3161) ayaa saxiixi karta summadda dijitaalka ah ee qoraalka ugu dambeeya ee diiwaankaaga: tani waxay caddaynaysaa in diiwaanku jiray waqtigaas. Relais wuxuu u diraa summaddaas oo keliya, waxba kama diro qoraalladaada. Waxaa ugu fiican laba hay'adood oo kala madax bannaan.
journal-tsa-urls = Cinwaannada hay'adaha shaambadda waqtiga, mid saf kasta
journal-tsa-button = Hadda shaambadda waqtiga ku dhig diiwaankayga
journal-tsa-ok = Shaambadda waqtiga waxaa dhigay { $tsa }.
journal-tsa-failed = Shaambadda waqtiga lagama helin { $tsa }: { $detail }
journal-tsa-denied = Relais wuxuu u baahan yahay oggolaanshahaaga si uu ula xiriiro cinwaannadan. Waxba lama dirin.

## Untranslated strings page
untranslated-title = Qoraallo aan tarjumaad lahayn
untranslated-intro = Qoraallada boggaga ee kombiyuutarkani la kulmay iyagoon tarjumaad dhammaystiran lahayn, la tiriyey iyadoon xog shakhsi ah lahayn: tirooyinka, taariikhaha iyo cinwaannada waxaa lagu beddelay doorsoomayaal. Waxba kama baxaan kombiyuutarka: liiska waad u dhoofin kartaa turjubaanada.
untranslated-lang-label = Luqadda tarjumaadda
untranslated-col-french = Qoraalka Faransiiska
untranslated-col-portal = Bogga
untranslated-col-kind = Nooca
untranslated-col-count = Jeer
untranslated-col-last = Markii ugu dambeysay
untranslated-export = U dhoofi turjubaanada (fayl PO)
untranslated-clear = Tirtir liiska
untranslated-clear-confirm = Ma la tirtiraa dhammaan qoraallada lagu tiriyey kombiyuutarkan?
untranslated-cleared = Liiska waa la tirtiray.
untranslated-empty = Ma jiro qoraal aan tarjumaad lahayn luqaddan.
untranslated-count = Qoraallo aan tarjumaad lahayn: { $count }
untranslated-exported = Faylku waa diyaar: { $file }, qoraallo: { $count }.
popup-untranslated = Qoraallo aan tarjumaad lahayn

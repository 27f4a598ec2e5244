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

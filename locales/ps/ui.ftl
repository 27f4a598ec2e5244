### Relais interface strings, Pashto. Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup
popup-title = Relais
popup-language = ستاسو ژبه
popup-site-on = په دې ویبسایټ کې ژباړې وښیه
popup-site-unsupported = Relais د فرانسې د دولتي خدمتونو په ویبسایټونو کار کوي. دا پاڼه له هغو څخه نه ده.
popup-site-add = Relais په دې ویبسایټ کې هم وکاروه
popup-unreviewed = دا ژباړه ماشین جوړه کړې او تر اوسه یو پښتون ژبي کس نه ده کتلې. که کوم شی روښانه نه وي، له یو منځګړي (مرستندوی) څخه پوښتنه وکړئ.
popup-reviewed = دا ژباړه یو پښتون ژبي کس کتلې ده.
popup-produced = دا ژباړه څنګه جوړه شوې: { $produced }
popup-error = Relais پیل نه شو: { $detail }

## Overlay on portal pages
overlay-explain = تشریح
overlay-unreviewed = ژباړه تر اوسه یو پښتون ژبي کس نه ده کتلې.
overlay-fallback = تر اوسه ستاسو ژبې ته نه ده ژباړل شوې: په بله ژبه ښودل کېږي.
overlay-read-aloud = په لوړ غږ یې ولوله
overlay-no-voice = په دې کمپیوټر کې ستاسو د ژبې غږ نشته. تاسو کولی شئ په فرانسوي یې واورئ.
overlay-hard = دلته ستونزمن فرانسوي متن: ورو یې ولولئ، یا له منځګړي مرسته وغواړئ.
overlay-close = بند یې کړئ
overlay-read-french = په فرانسوي یې ولوله
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = مهم ټکي:
overlay-translation-unreviewed = ژباړه لا نه ده کتل شوې
overlay-translation-by-portal = د وېبپاڼې خپله ژباړه
overlay-source = سرچینه: { $name }، په { $date } وکتل شوه

## Errors (each names the Rust error it explains)
error-protocol = Relais یو داسې پیغام ترلاسه کړ چې نه یې پوهېږي. ({ $detail })
error-unknown-language = Relais تر اوسه دا ژبه نه لري.
error-locale = د Relais د ژبې یو فایل خراب دی. بله ژبه وټاکئ یا Relais بیا نصب کړئ. ({ $detail })
error-not-loaded = ژبه لا هم بارېږي. یو څو شېبې وروسته بیا هڅه وکړئ.

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it)
captcha-title = امنیتي ازموینه: «Je ne suis pas un robot» (زه روبوټ نه یم)
captcha-what = ویبسایټ له تاسو غواړي چې ثابته کړئ چې تاسو انسان یاست، نه د کمپیوټر پروګرام. Relais ستاسو پر ځای ځواب نه ورکوي: دلته ګورئ چې دا پړاو پخپله څنګه تېر کړئ.
captcha-steps-captchetat = د انځور توري او عددونه په خالي خانه کې ولیکئ، هماغسې چې یې وینئ، پرته له فاصلې.
captcha-audio-captchetat = که غواړئ کوډ واورئ، د لوډسپیکر تڼۍ («Énoncer le code»: کوډ ووایه) کېکاږئ. هر څو ځله چې اړتیا وي، بیا یې اورېدلی شئ. د غشو تڼۍ یو نوی انځور ښيي.
captcha-steps-recaptcha-v2 = د «Je ne suis pas un robot» (زه روبوټ نه یم) خانه نښه کړئ. که انځورونه ښکاره شول، هغه انځورونه وټاکئ چې غوښتل شوي، بیا «Valider» (تایید) کېکاږئ.
captcha-audio-recaptcha-v2 = که انځورونه ښه نه وینئ، د انځورونو په کړکۍ کې د هېډفون تڼۍ کېکاږئ: تاسو به څو کلمې واورئ چې باید یې ولیکئ. تاسو کولی شئ بیا یې واورئ.
captcha-steps-recaptcha-invisible = تاسو ته کوم کار نشته: دا ازموینه پخپله کار کوي. که پاڼه ووایي چې تاسو روبوټ ته ورته یاست، لږ انتظار وکړئ او بیا هڅه وکړئ.
captcha-steps-hcaptcha = د «Je suis un humain» (زه انسان یم) خانه نښه کړئ. که انځورونه ښکاره شول، هغه انځورونه وټاکئ چې غوښتل شوي.
captcha-audio-hcaptcha = hCaptcha د اسانه لاسرسي یو انتخاب لري: د انځورونو په کړکۍ کې مینو پرانیزئ او لیکلې پوښتنه وغواړئ، یا یو ځل د hCaptcha د اسانه لاسرسي کوکي (cookie) لپاره نوم ثبت کړئ.
captcha-steps-turnstile = معمولاً کوم کار نشته. که یوه خانه ښکاره شوه، نښه یې کړئ او څو ثانیې انتظار وکړئ.
captcha-steps-friendly-captcha = دا ازموینه پخپله کار کوي. انتظار وکړئ تر هغه چې ووایي ازموینه پای ته ورسېده. که یې وغوښتل، د هغې تڼۍ کېکاږئ.
captcha-steps-image = د انځور توري او عددونه د هغه تر څنګ په خانه کې ولیکئ.
captcha-audio-image = که د اورېدو یا د نوي انځور د اخیستو لپاره تڼۍ وي، هر څو ځله چې اړتیا وي، کارولی یې شئ.
captcha-steps-question = په خانه کې پوښتنې ته ځواب ورکړئ. دا یوه اسانه پوښتنه ده، د بېلګې په توګه د دوو عددونو جمع.
captcha-fails = که بیا هم ناکامه شي، له یو منځګړي څخه پوښتنه وکړئ. Relais هره ناکامي د ثبوت په توګه ستاسو په ثبت کتاب (journal) کې لیکي. تاسو حق لرئ چې له ادارې څخه د دې اداري کار د ترسره کولو بله لاره وغواړئ، چې آنلاین نه وي.
captcha-go-audio = غږیزې نسخې ته ورشئ
captcha-go-widget = ازموینې ته ورشئ
captcha-blocked = دا امنیتي ازموینه { $count } { $count ->
        [one] ځل
       *[other] ځله
    } ناکامه شوه. Relais دا خبره ثبت کړه.

## Evidence journal
popup-journal = زما ثبت کتاب پرانیزئ
popup-report = دا ما بندوي: دا پاڼه ثبت کړئ
popup-report-note = څه پېښ شول؟ (اختیاري)
popup-recorded = ستاسو په ثبت کتاب کې ثبت شو.
journal-title = زما د ثبوتونو ثبت کتاب
journal-intro = هره ناکامي چې په یوه اداري ویبسایټ کې پېښه شوې، Relais پخپله ثبت کړې ده. هر ثبت له مخکیني ثبت سره تړلی دی، نو هېڅوک یې پټ نه شي بدلولی.
journal-empty = تر اوسه هېڅ شی نه دی ثبت شوی.
journal-per-day = په هره ورځ هڅې
journal-attempts = د هڅو شمېر: { $count }
journal-delete = دا ثبت پاک کړئ
journal-delete-confirm = دا ثبت پاک شي؟ په ثبت کتاب کې به د پاک شوي ثبت په توګه، ستاسو له دلیل سره، پاتې شي.
journal-export = د ثبوتونو فایل (ZIP) د وکیل لپاره خوندي کړئ
journal-print = دوسیه چاپ کړئ (PDF)
journal-import = د ثبوتونو فایل له بل کمپیوټر څخه راوړئ
journal-import-ok = فایل وکتل شو او راوړل شو. د ثبتونو شمېر: { $count }
journal-import-refused = فایل رد شو، ستاسو ثبت کتاب بدل نه شو: { $detail }
journal-error = ثبت کتاب ونه لوستل شو: { $detail }
journal-storage-full = ستاسو په ثبت کتاب کې ثبت شو، خو د پردې انځور پرته: د دې براوزر د ساتلو ځای ډک دی. خپل ثبت کتاب په یو فایل کې خوندي کړئ، بیا یو څه ځای خالي کړئ.
journal-not-recorded = Relais ونه شو کولی چې دا ناکامي ستاسو په ثبت کتاب کې ثبت کړي. پخپله د پردې انځور (سکرین شاټ) واخلئ.

## Mediator mode: the bar on the portal's page, the mediator page, the popup
popup-mediator-start = له منځګړي سره ناسته پیل کړئ
popup-mediator-on = له منځګړي سره ناسته روانه ده.
popup-mediator-open = جملې، یادښتونه، د ناستې پای
mediator-bar = Relais، د منځګړي حالت
mediator-language = د کس ژبه:
mediator-read-field = دا خانه په لوړ غږ ولولئ
mediator-no-field = لومړی د فورمې په یوه خانه کلیک وکړئ، یا د Tab تڼۍ سره هغې ته ورشئ.
mediator-smaller = کوچنی متن
mediator-larger = لوی متن
mediator-phrases = جملې
mediator-notes = یادښتونه
mediator-end = ناسته پای ته ورسوئ
mediator-title = له منځګړي سره ناسته
mediator-intro = د یو منځګړي او د هغه تر څنګ ناست کس لپاره، د یوې پردې مخې ته. یادښتونه او پټې جملې یوازې په دې پاڼه کې لیکل کېږي، هېڅکله په ویبسایټ کې نه.
mediator-session-title = ناسته
mediator-session-on = له { $started } راهیسې یوه ناسته روانه ده.
mediator-no-session = هېڅ ناسته روانه نه ده. د کس ژبه وټاکئ، بیا ناسته پیل کړئ.
mediator-choose-language = د کس ژبه
mediator-start = ناسته پیل کړئ
mediator-started = ناسته پیل شوه. ویبسایټ اوس فرانسوي او د کس ژبه یو د بل تر څنګ ښيي.
mediator-phrases-title = د جملو کارتونه
mediator-unreviewed = ژباړه تر اوسه یو پښتون ژبي کس نه ده کتلې.
mediator-card-read = په لوړ غږ یې ولوله
mediator-card-close = بند یې کړئ
mediator-notes-title = د ناستې یادښتونه
mediator-notes-help = یوازې د دې ناستې په وخت کې ساتل کېږي، مګر دا چې کس وغواړي هغه له خپل ثبت کتاب سره وساتي.
mediator-notes-saved = یادښتونه د دې ناستې لپاره خوندي شول.
mediator-end-title = د ناستې پای
mediator-end-help = د دې ناستې هر څه له دې کمپیوټر څخه پاکېږي: ژبه، یادښتونه، ثبت کتاب، د پردې انځورونه. کس کولی شي خپل ثبت کتاب په یوه پروفایل کې وساتي چې په یوې پټې جملې ساتل کېږي.
mediator-keep-legend = څه وساتل شي؟
mediator-keep-none = هېڅ شی مه ساتئ
mediator-keep-profile = ثبت کتاب په یوه پروفایل کې وساتئ چې په یوې پټې جملې ساتل کېږي
mediator-profile-name = د پروفایل نوم (د نوم لومړني توري یا یو بل نوم بس دی)
mediator-passphrase = پټه جمله (لږ تر لږه 8 نښې)
mediator-passphrase-again = پټه جمله بیا ولیکئ
mediator-keep-notes = یادښتونه له ثبت کتاب سره وساتئ
mediator-end-button = ناسته همدا اوس پای ته ورسوئ
mediator-ended = ناسته پای ته ورسېده. له هغې هېڅ شی په دې کمپیوټر کې پاتې نه دی.
mediator-ended-kept = ناسته پای ته ورسېده. ثبت کتاب په ساتل شوي پروفایل { $profile } کې خوندي دی؛ بل هېڅ شی په دې کمپیوټر کې پاتې نه دی.
mediator-profile-name-needed = پروفایل ته یو نوم ورکړئ.
mediator-passphrase-short = پټه جمله باید لږ تر لږه 8 نښې ولري.
mediator-passphrase-mismatch = دواړه پټې جملې یو شان نه دي.
mediator-wrong-passphrase = دا پټه جمله دا پروفایل نه پرانیزي. هېڅ شی بدل نه شو.
mediator-profiles-title = په دې کمپیوټر کې پروفایلونه
mediator-profiles-empty = په دې کمپیوټر کې هېڅ پروفایل نه دی ساتل شوی.
mediator-profile-dates = په { $created } جوړ شوی، وروستی ځل په { $updated } ساتل شوی.
mediator-profile-open = پرانیزئ یې او ناسته پیل کړئ
mediator-profile-opened = پروفایل { $profile } پرانیستل شو: له هغه ثبت کتاب سره یوه ناسته روانه ده.
mediator-profile-export = ثبت کتاب په فایل (ZIP) کې خوندي کړئ
mediator-profile-delete = پاک یې کړئ
mediator-profile-delete-confirm = دا پروفایل او د هغه ثبت کتاب له دې کمپیوټر څخه پاک شي؟ بیا یې نه شئ راګرځولی.
mediator-profile-deleted = پروفایل { $profile } پاک شو.

## Journal page: grouping and notes
journal-notes = یادښتونه
journal-note-add = یادښت ورزیات کړئ
journal-note-label = ستاسو یادښت (له خپل وخت سره زنځیر ته ورزیاتېږي او وروسته نه شي بدلېدلی)
journal-note-save = یادښت خوندي کړئ
journal-note-journal = د ټول ثبت کتاب په اړه یادښت
journal-note-saved = یادښت په ثبت کتاب کې خوندي شو.
journal-research = د څېړنې لپاره بې نومه شمېرې شریکې کړئ

## Research export
research-title = د څېړنې لپاره بې نومه شمېرې شریکې کړئ
research-intro = څېړونکي او ټولنې هغه ناکامۍ شمېري چې خلک یې د فرانسې د دولتي خدمتونو په ویبسایټونو کې ویني، تر څو وښيي چې دا ویبسایټونه چېرته خلک بندوي. تاسو کولی شئ له خپل ثبت کتاب څخه دوی ته شمېرې ورکړئ. Relais پخپله هېڅ شی نه لېږي: تاسو یو فایل ښکته کوئ (ډاونلوډ)، او تاسو ټاکئ چې چا ته یې ورکړئ.
research-shared-title = په فایل کې څه دي
research-shared = د هرې ناکامۍ او هر ساعت لپاره یوه کرښه: ویبسایټ، اداري کار، د ناکامۍ ډول، د ویبسایټ پیغام چې شخصي معلومات پکې بدل شوي (د بېلګې په توګه [PHONE] د تلیفون د شمېرې پر ځای)، ساعت پرته له دقیقو او په نړیوال وخت (UTC)، د اونۍ ورځ، د هڅو شمېر، ستاسو د براوزر ډول، د Relais نسخه، د ګډون کوونکي شمېره، او د فایل شمېره چې د هر فایل لپاره له سره ټاکل کېږي.
research-never-title = څه چې هېڅکله پکې نه وي
research-never = د پردې انځور نه، د پاڼې پته نه، د پاڼې سرلیک نه، یادښت نه، تر دقیقې دقیق وخت نه، او هېڅ هغه څه نه چې تاسو لیکلي دي. هغه ثبتونه چې تاسو له ثبت کتاب څخه پاک کړي، پکې نه راځي. کله مو چې «دا ما بندوي» کېکاږلی، هغه څه چې تاسو لیکلي شریک نه دي: د دې کرښو پیغام خالي دی.
research-contributor = د ګډون کوونکي شمېره: { $id }
research-contributor-help = یوه ناټاکلې (تصادفي) شمېره چې Relais په دې کمپیوټر کې ټاکلې ده. د دې په مرسته څېړونکي شمېرلی شي چې څو بېلابېلو کسانو شمېرې لېږلې دي، پرته له دې چې پوه شي هغوی څوک دي. دا شمېره ستاسو په ټولو فایلونو کې یو شان ده؛ هر وخت چې وغواړئ، نوې شمېره اخیستلی شئ.
research-contributor-new = د ګډون کوونکي نوې شمېره واخلئ
research-contributor-changed = د ګډون کوونکي نوې شمېره واخیستل شوه. لاندې کرښې همدا شمېره لري.
research-departement-label = ستاسو département (اختیاري)
research-departement-none = نه شریکېږي
research-departement-consent = که تاسو یو département وټاکئ، نو منئ چې د فایل هرې کرښې ته ورزیات شي. که نه غواړئ، «نه شریکېږي» پرېږدئ.
research-table-caption = د فایل کرښې: { $count }. د یوې کرښې نښه لرې کړئ چې هغه پکې نه وي.
research-col-include = پکې وي
research-col-portal = ویبسایټ
research-col-procedure = اداري کار
research-col-kind = ناکامي
research-col-message = د ویبسایټ پیغام (بې له شخصي معلوماتو)
research-col-hour = ساعت (UTC)
research-col-weekday = ورځ
research-col-attempts = هڅې
research-include-label = کرښه { $n } پکې وي: { $portal }، { $kind }، { $hour }
research-every-line = هره کرښه دا هم لري: د ګډون کوونکي شمېره { $id }، براوزر { $browser }، Relais { $version }، د فایل د بڼې نسخه { $schema }، département: { $departement }.
research-departement-not-shared = نه شریکېږي
research-download-jsonl = فایل ښکته کړئ (JSON Lines)
research-download-csv = فایل ښکته کړئ (CSV، د جدول لپاره)
research-downloaded = فایل چمتو دی: { $file }، { $count } { $count ->
        [one] کرښه
       *[other] کرښې
    }.
research-nothing-selected = هېڅ کرښه نښه شوې نه ده: د ښکته کولو لپاره هېڅ شی نشته.
research-empty = ستاسو په ثبت کتاب کې تر اوسه د شریکولو لپاره هېڅ ناکامي نشته.
research-left-out = ستاسو د ثبت کتاب ځینې ثبتونه په کرښو نه شول بدلېدلی او پرېښودل شول: { $count }.
research-error = د څېړنې فایل جوړ نه شو: { $detail }
research-kind-no-slot = هېڅ خالي وخت نشته
research-kind-http-error = د ویبسایټ تېروتنه
research-kind-network-error = ویبسایټ ځواب نه ورکوي
research-kind-technical-error = تخنیکي تېروتنه
research-kind-service-unavailable = خدمت نه شته
research-kind-session-expired = سیشن پای ته ورسېد
research-kind-file-refused = سند رد شو
research-kind-account-locked = حساب بند شوی
research-kind-wrong-credentials = د ننوتلو نوم یا پټنوم ناسم دی
research-kind-captcha-blocked = امنیتي ازموینه (CAPTCHA)
research-kind-form-error = فورمه رد شوه
research-kind-user-reported = تاسو خبر ورکړ
research-kind-other = نور
journal-tsa-title = د باور وړ وخت (اختیاري)
journal-tsa-help = د وخت د مهر یوه اداره (RFC 3161) کولی شي ستاسو د ثبت کتاب د وروستي ثبت ډیجیټل نښه لاسلیک کړي: دا ثابتوي چې ثبت کتاب په هغه وخت کې موجود و. Relais هغې ته یوازې همدا ډیجیټل نښه لېږي، ستاسو له ثبتونو هېڅ شی نه. غوره دا ده چې دوه بېلې ادارې وټاکئ.
journal-tsa-urls = د وخت د مهر د ادارو پتې، په هره کرښه کې یوه
journal-tsa-button = همدا اوس زما ثبت کتاب ته د وخت مهر ولګوئ
journal-tsa-ok = د وخت مهر د { $tsa } له خوا ولګېد.
journal-tsa-failed = د وخت مهر د { $tsa } له خوا ونه لګېد: { $detail }
journal-tsa-denied = Relais ستاسو اجازې ته اړتیا لري چې له دې پتو سره اړیکه ونیسي. هېڅ شی ونه لېږل شو.

## Untranslated strings page
untranslated-title = بې ژباړې متنونه
untranslated-intro = د پورټالونو هغه متنونه چې دې کمپیوټر پرته له بشپړې ژباړې لیدلي، پرته له شخصي معلوماتو شمېرل شوي: شمېرې، نېټې او پتې په متغیرونو بدلې شوې دي. هیڅ شی له کمپیوټر نه نه وځي: تاسو کولی شئ لیست د ژباړونکو لپاره صادر کړئ.
untranslated-lang-label = د ژباړې ژبه
untranslated-col-french = فرانسوي متن
untranslated-col-portal = پورټال
untranslated-col-kind = ډول
untranslated-col-count = ځلې
untranslated-col-last = وروستی ځل
untranslated-export = د ژباړونکو لپاره صادرول (PO فایل)
untranslated-clear = لیست پاکول
untranslated-clear-confirm = په دې کمپیوټر کې ټول شمېرل شوي متنونه پاک شي؟
untranslated-cleared = لیست پاک شو.
untranslated-empty = د دې ژبې لپاره بې ژباړې متن نشته.
untranslated-count = د بې ژباړې متنونو شمېر: { $count }
untranslated-exported = فایل چمتو دی: { $file }، د متنونو شمېر: { $count }.
popup-untranslated = بې ژباړې متنونه

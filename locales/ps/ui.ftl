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
overlay-read-french = په فرانسوي یې ولوله

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
captcha-blocked = دا امنیتي ازموینه { $count } ځله ناکامه شوه. Relais دا خبره ثبت کړه.

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

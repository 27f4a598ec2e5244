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

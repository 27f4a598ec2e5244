### Relais interface strings, Dari (machine-drafted by an AI language model, November 2026, not reviewed by a native speaker). Message ids are prefixed by the surface that shows them.

## Popup (پنجرهٔ افزونه)
popup-title = Relais
popup-language = زبان شما
popup-site-on = ترجمه‌ها را در این ویب‌سایت نشان بده
popup-site-unsupported = Relais در ویب‌سایت‌های خدمات عامهٔ فرانسه کار می‌کند. این صفحه یکی از آن‌ها نیست.
popup-site-add = Relais را در این ویب‌سایت هم استفاده کن
popup-unreviewed = این ترجمه را یک ماشین ساخته است و هنوز یک شخص دری‌زبان آن را بررسی نکرده است. اگر چیزی روشن نیست، از یک میانجی یا کمک‌کننده بپرسید.
popup-reviewed = این ترجمه را یک شخص دری‌زبان بررسی کرده است.
popup-produced = این ترجمه چطور ساخته شد: { $produced }
popup-error = Relais نتوانست شروع شود: { $detail }

## Overlay on portal pages (در صفحه‌های ویب‌سایت‌ها)
overlay-explain = توضیح بده
overlay-unreviewed = ترجمه هنوز توسط یک شخص دری‌زبان بررسی نشده است.
overlay-fallback = هنوز به زبان شما ترجمه نشده است: به زبان دیگری نشان داده می‌شود.
overlay-read-aloud = با آواز بلند بخوان
overlay-no-voice = این کمپیوتر برای زبان شما صدا ندارد. می‌توانید به فرانسوی بشنوید.
overlay-hard = متن فرانسوی دشوار: آهسته بخوانید، یا از یک میانجی کمک بخواهید.
overlay-read-french = به فرانسوی بخوان

## Errors (each names the Rust error it explains) (خطاها)
error-protocol = Relais پیامی گرفت که آن را نمی‌فهمد. ({ $detail })
error-unknown-language = Relais هنوز این زبان را ندارد.
error-locale = یکی از فایل‌های زبان Relais خراب شده است. زبان دیگری را انتخاب کنید یا Relais را دوباره نصب کنید. ({ $detail })
error-not-loaded = زبان هنوز در حال بارگذاری است. کمی بعد دوباره کوشش کنید.

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it) (کمک برای کپچا)
captcha-title = بررسی امنیتی: «Je ne suis pas un robot» (من ربات نیستم)
captcha-what = ویب‌سایت از شما می‌خواهد ثابت کنید که یک انسان هستید، نه یک برنامهٔ کمپیوتری. Relais به جای شما جواب نمی‌دهد: اینجا می‌بینید که خودتان چطور از این مرحله بگذرید.
captcha-steps-captchetat = حروف و رقم‌های عکس را در خانهٔ خالی بنویسید، درست همان‌طور که می‌بینید، بدون فاصله.
captcha-audio-captchetat = برای شنیدن کود، دکمهٔ بلندگو («Énoncer le code»: کود را بخوان) را فشار دهید. هر چند بار که لازم باشد، می‌توانید دوباره بشنوید. دکمهٔ تیرها یک عکس نو نشان می‌دهد.
captcha-steps-recaptcha-v2 = خانهٔ «Je ne suis pas un robot» (من ربات نیستم) را نشانی کنید. اگر عکس‌ها ظاهر شدند، عکس‌هایی را که خواسته شده انتخاب کنید و «Valider» (تأیید) را فشار دهید.
captcha-audio-recaptcha-v2 = اگر عکس‌ها را خوب نمی‌بینید، در پنجرهٔ عکس‌ها دکمهٔ گوشی (هدفون) را فشار دهید: کلمه‌هایی را می‌شنوید که باید بنویسید. می‌توانید آن‌ها را دوباره بشنوید.
captcha-steps-recaptcha-invisible = لازم نیست کاری کنید: این بررسی خودش انجام می‌شود. اگر صفحه گفت که شما مثل ربات هستید، کمی صبر کنید و دوباره کوشش کنید.
captcha-steps-hcaptcha = خانهٔ «Je suis un humain» (من انسان هستم) را نشانی کنید. اگر عکس‌ها ظاهر شدند، عکس‌هایی را که خواسته شده انتخاب کنید.
captcha-audio-hcaptcha = hCaptcha یک گزینهٔ دسترسی آسان دارد: در پنجرهٔ عکس‌ها، منو را باز کنید و یک سوال نوشتاری بخواهید، یا یک بار برای کوکی (cookie) دسترسی آسان hCaptcha ثبت نام کنید.
captcha-steps-turnstile = معمولاً لازم نیست کاری کنید. اگر یک خانه ظاهر شد، آن را نشانی کنید و چند ثانیه صبر کنید.
captcha-steps-friendly-captcha = این بررسی خودش انجام می‌شود. صبر کنید تا بگوید که بررسی تمام شد. اگر خواست، دکمه‌اش را فشار دهید.
captcha-steps-image = حروف و رقم‌های عکس را در خانهٔ کنار آن بنویسید.
captcha-audio-image = اگر دکمه‌ای برای شنیدن یا برای گرفتن عکس نو هست، هر چند بار که لازم باشد، می‌توانید از آن استفاده کنید.
captcha-steps-question = به سوال در خانهٔ خالی جواب بدهید. یک سوال ساده است، مثلاً جمع کردن دو عدد.
captcha-fails = اگر باز هم ناکام شد، از یک میانجی بپرسید. Relais هر ناکامی را به عنوان ثبوت در دفتر (journal) شما ثبت می‌کند. شما حق دارید از اداره یک راه دیگر، بدون انترنت، برای انجام این کار اداری بخواهید.
captcha-go-audio = برو به نسخهٔ صوتی
captcha-go-widget = برو به بررسی
captcha-blocked = این بررسی امنیتی { $count } بار ناکام شد. Relais آن را ثبت کرد.

## Evidence journal (دفتر ثبوت)
popup-journal = دفتر مرا باز کن
popup-report = این مرا بند کرده است: این صفحه را ثبت کن
popup-report-note = چه شد؟ (اختیاری)
popup-recorded = در دفتر شما ثبت شد.
journal-title = دفتر ثبوت من
journal-intro = هر ناکامی که در یک ویب‌سایت اداری پیش آمده، Relais خودش آن را ثبت کرده است. هر ثبت به ثبت قبلی وصل است، پس هیچ کس نمی‌تواند آن را پنهانی تغییر بدهد.
journal-empty = هنوز چیزی ثبت نشده است.
journal-per-day = کوشش‌ها در هر روز
journal-attempts = تعداد کوشش‌ها: { $count }
journal-delete = این ثبت را پاک کن
journal-delete-confirm = این ثبت پاک شود؟ در دفتر به عنوان «پاک‌شده»، همراه با دلیل شما، باقی می‌ماند.
journal-export = فایل ثبوت‌ها (ZIP) را برای یک وکیل ذخیره کن
journal-print = پرونده را چاپ کن (PDF)
journal-import = فایل ثبوت‌ها را از یک کمپیوتر دیگر وارد کن
journal-import-ok = فایل بررسی و وارد شد. تعداد ثبت‌ها: { $count }
journal-import-refused = فایل رد شد، دفتر شما تغییر نکرد: { $detail }
journal-error = دفتر خوانده نشد: { $detail }

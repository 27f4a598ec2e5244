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

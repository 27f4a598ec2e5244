### Relais interface strings, Arabic (machine-drafted by an AI language model, November 2026, not reviewed by a native speaker). Message ids are prefixed by the surface that shows them.

## Popup (نافذة الإضافة)
popup-title = Relais
popup-language = لغتك
popup-site-on = اعرض الترجمات على هذا الموقع
popup-site-unsupported = يعمل Relais على مواقع الخدمات العامة الفرنسية. هذه الصفحة ليست منها.
popup-site-add = استخدم Relais على هذا الموقع أيضًا
popup-unreviewed = هذه الترجمة صنعتها آلة، ولم يراجعها بعد شخص لغته الأم العربية. إذا كان شيء غير واضح، اسأل وسيطًا أو مرافقًا اجتماعيًا.
popup-reviewed = راجع هذه الترجمة شخص لغته الأم العربية.
popup-produced = كيف صُنعت هذه الترجمة: { $produced }
popup-error = لم يستطع Relais أن يبدأ: { $detail }

## Overlay on portal pages (على صفحات المواقع)
overlay-explain = اشرح
overlay-unreviewed = ترجمة لم يراجعها بعد شخص لغته الأم العربية.
overlay-fallback = غير مترجم بعد إلى لغتك: معروض بلغة أخرى.
overlay-read-aloud = اقرأ بصوت عالٍ
overlay-no-voice = لا يوجد في هذا الحاسوب صوت للغتك. يمكنك الاستماع بالفرنسية.
overlay-hard = نص فرنسي صعب هنا: اقرأ ببطء، أو اطلب المساعدة من وسيط.
overlay-read-french = اقرأ بالفرنسية

## Errors (each names the Rust error it explains) (الأخطاء)
error-protocol = تلقّى Relais رسالة لا يفهمها. ({ $detail })
error-unknown-language = لا يملك Relais هذه اللغة بعد.
error-locale = أحد ملفات اللغة في Relais تالف. اختر لغة أخرى أو أعد تثبيت Relais. ({ $detail })
error-not-loaded = اللغة ما زالت قيد التحميل. حاول مرة أخرى بعد قليل.

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it) (مساعدة في اختبارات CAPTCHA)
captcha-title = تحقّق أمني: «Je ne suis pas un robot» (أنا لست روبوتًا)
captcha-what = يطلب منك الموقع أن تُثبت أنك إنسان، ولست برنامج حاسوب. Relais لا يجيب بدلًا منك: هكذا تستطيع أن تجتاز هذه الخطوة بنفسك.
captcha-steps-captchetat = اكتب في الحقل الحروف والأرقام التي في الصورة، تمامًا كما تراها، بدون مسافات.
captcha-audio-captchetat = لتسمع الرمز بدلًا من ذلك، اضغط على زر مكبّر الصوت («Énoncer le code»: اقرأ الرمز). يمكنك أن تستمع إليه مرة أخرى كلما احتجت. زر الأسهم يُظهر صورة جديدة.
captcha-steps-recaptcha-v2 = ضع علامة في الخانة «Je ne suis pas un robot» (أنا لست روبوتًا). إذا ظهرت صور، اختر الصور المطلوبة ثم اضغط على «Valider» (تأكيد).
captcha-audio-recaptcha-v2 = إذا كنت لا ترى الصور جيدًا، اضغط على زر السمّاعات في نافذة الصور: ستسمع كلمات، اكتبها. يمكنك أن تستمع إليها مرة أخرى.
captcha-steps-recaptcha-invisible = لا شيء عليك أن تفعله: هذا التحقّق يعمل وحده. إذا قالت الصفحة إنك تشبه روبوتًا، انتظر قليلًا ثم حاول مرة أخرى.
captcha-steps-hcaptcha = ضع علامة في الخانة «Je suis un humain» (أنا إنسان). إذا ظهرت صور، اختر الصور المطلوبة.
captcha-audio-hcaptcha = في hCaptcha خيار لتسهيل الاستعمال: في نافذة الصور، افتح القائمة واطلب سؤالًا مكتوبًا، أو سجّل مرة واحدة للحصول على ملف تسهيل الاستعمال (cookie) من hCaptcha.
captcha-steps-turnstile = في أغلب الأحيان لا شيء عليك أن تفعله. إذا ظهرت خانة، ضع فيها علامة وانتظر بضع ثوانٍ.
captcha-steps-friendly-captcha = هذا التحقّق يعمل وحده. انتظر حتى يقول إن التحقّق انتهى. إذا طلب منك أن تضغط على زره، اضغط عليه.
captcha-steps-image = انقل حروف الصورة وأرقامها إلى الحقل الذي بجانبها.
captcha-audio-image = إذا كان هناك زر للاستماع أو للحصول على صورة جديدة، يمكنك أن تستعمله كلما احتجت.
captcha-steps-question = أجب عن السؤال في الحقل. هو سؤال بسيط، مثلًا جمع عددين.
captcha-fails = إذا استمر الفشل، اسأل وسيطًا. يسجّل Relais كل محاولة فاشلة في سجلّك (journal) ليكون دليلًا. من حقك أن تطلب من الإدارة طريقة أخرى، بدون الإنترنت، للقيام بهذا الإجراء.
captcha-go-audio = انتقل إلى النسخة الصوتية
captcha-go-widget = انتقل إلى التحقّق
captcha-blocked = عدد مرات فشل هذا التحقّق الأمني: { $count }. سجّل Relais ذلك.

## Evidence journal (سجلّ الأدلّة)
popup-journal = افتح سجلّي
popup-report = هذا يمنعني من المتابعة: سجّل هذه الصفحة
popup-report-note = ماذا حدث؟ (اختياري)
popup-recorded = تم التسجيل في سجلّك.
journal-title = سجلّ الأدلّة الخاص بي
journal-intro = كل فشل واجهته على موقع إداري يسجّله Relais وحده. كل تسجيل مربوط بالتسجيل الذي قبله، فلا يستطيع أحد أن يغيّره دون أن يظهر ذلك.
journal-empty = لم يُسجَّل شيء بعد.
journal-per-day = عدد المحاولات في كل يوم
journal-attempts = عدد المحاولات: { $count }
journal-delete = احذف هذا التسجيل
journal-delete-confirm = هل تريد حذف هذا التسجيل؟ سيبقى في السجلّ على أنه محذوف، مع السبب الذي تكتبه.
journal-export = احفظ ملف الأدلّة (ZIP) لتعطيه لمحامٍ
journal-print = اطبع الملف (PDF)
journal-import = أدخِل ملف أدلّة من حاسوب آخر
journal-import-ok = تم التحقّق من الملف وإدخاله. عدد التسجيلات: { $count }
journal-import-refused = تم رفض الملف، ولم يتغيّر سجلّك: { $detail }
journal-error = لم نستطع قراءة السجلّ: { $detail }

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
overlay-close = أغلق
overlay-read-french = اقرأ بالفرنسية
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = الكلمات الرئيسية:
overlay-translation-unreviewed = ترجمة لم تُراجَع بعد
overlay-translation-by-portal = ترجمة من الموقع نفسه
overlay-source = المصدر: { $name }، تم التحقق في { $date }

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
captcha-blocked =
    { $count ->
        [zero] لم يفشل هذا التحقّق الأمني أي مرة.
        [one] فشل هذا التحقّق الأمني مرة واحدة. سجّل Relais ذلك.
        [two] فشل هذا التحقّق الأمني مرتين. سجّل Relais ذلك.
        [few] فشل هذا التحقّق الأمني { $count } مرات. سجّل Relais ذلك.
        [many] فشل هذا التحقّق الأمني { $count } مرة. سجّل Relais ذلك.
       *[other] فشل هذا التحقّق الأمني { $count } مرة. سجّل Relais ذلك.
    }

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
journal-import-ok =
    { $count ->
        [zero] تم التحقّق من الملف وإدخاله، ولا يحتوي على أي تسجيل.
        [one] تم التحقّق من الملف وإدخاله: تسجيل واحد.
        [two] تم التحقّق من الملف وإدخاله: تسجيلان.
        [few] تم التحقّق من الملف وإدخاله: { $count } تسجيلات.
        [many] تم التحقّق من الملف وإدخاله: { $count } تسجيلًا.
       *[other] تم التحقّق من الملف وإدخاله: { $count } تسجيل.
    }
journal-import-refused = تم رفض الملف، ولم يتغيّر سجلّك: { $detail }
journal-error = لم نستطع قراءة السجلّ: { $detail }
journal-storage-full = تم التسجيل في سجلّك، لكن بدون لقطة الشاشة: مساحة التخزين في هذا المتصفح ممتلئة. احفظ سجلّك في ملف، ثم أفرغ بعض المساحة.
journal-not-recorded = لم يستطع Relais أن يسجّل هذا الفشل في سجلّك. خذ أنت لقطة شاشة.

## Mediator mode: the bar on the portal's page, the mediator page, the popup (وضع الوسيط)
popup-mediator-start = ابدأ جلسة مع وسيط
popup-mediator-on = توجد جلسة مع وسيط الآن.
popup-mediator-open = الجمل، الملاحظات، نهاية الجلسة
mediator-bar = Relais: وضع الوسيط
mediator-language = لغة الشخص:
mediator-read-field = اقرأ هذه الخانة بصوت عالٍ
mediator-no-field = اضغط أولًا على خانة في الاستمارة، أو انتقل إليها بزر Tab.
mediator-smaller = نص أصغر
mediator-larger = نص أكبر
mediator-phrases = جمل
mediator-notes = ملاحظات
mediator-end = أنهِ الجلسة
mediator-title = جلسة مع وسيط
mediator-intro = لوسيط وللشخص الذي بجانبه، أمام شاشة واحدة. تُكتب الملاحظات والجمل السرّية في هذه الصفحة فقط، ولا تُكتب أبدًا على الموقع.
mediator-session-title = الجلسة
mediator-session-on = توجد جلسة منذ { $started }.
mediator-no-session = لا توجد جلسة الآن. اختر لغة الشخص، ثم ابدأ جلسة.
mediator-choose-language = لغة الشخص
mediator-start = ابدأ جلسة
mediator-started = بدأت الجلسة. يعرض الموقع الآن الفرنسية ولغة الشخص جنبًا إلى جنب.
mediator-phrases-title = بطاقات الجمل
mediator-unreviewed = ترجمة لم يراجعها بعد شخص لغته الأم العربية.
mediator-card-read = اقرأ بصوت عالٍ
mediator-card-close = أغلق
mediator-notes-title = ملاحظات الجلسة
mediator-notes-help = تُحفظ فقط أثناء هذه الجلسة، إلا إذا اختار الشخص أن يحتفظ بها مع سجلّه.
mediator-notes-saved = حُفظت الملاحظات لهذه الجلسة.
mediator-end-title = إنهاء الجلسة
mediator-end-help = كل ما يخصّ هذه الجلسة يُحذف من هذا الحاسوب: اللغة، الملاحظات، السجلّ، لقطات الشاشة. يستطيع الشخص أن يحتفظ بسجلّه في ملف شخصي محميّ بجملة سرّية.
mediator-keep-legend = ماذا تريد أن تحتفظ به؟
mediator-keep-none = لا تحتفظ بشيء
mediator-keep-profile = احتفظ بالسجلّ في ملف شخصي محميّ بجملة سرّية
mediator-profile-name = اسم الملف الشخصي (تكفي الحروف الأولى من الاسم أو اسم مستعار)
mediator-passphrase = الجملة السرّية (8 حروف أو رموز على الأقل)
mediator-passphrase-again = الجملة السرّية مرة أخرى
mediator-keep-notes = احتفظ بالملاحظات مع السجلّ
mediator-end-button = أنهِ الجلسة الآن
mediator-ended = انتهت الجلسة. لم يبقَ منها شيء على هذا الحاسوب.
mediator-ended-kept = انتهت الجلسة. السجلّ محفوظ في الملف الشخصي المحميّ { $profile }، ولم يبقَ شيء آخر على هذا الحاسوب.
mediator-profile-name-needed = أعطِ الملف الشخصي اسمًا.
mediator-passphrase-short = الجملة السرّية تحتاج إلى 8 حروف أو رموز على الأقل.
mediator-passphrase-mismatch = الجملتان السرّيتان مختلفتان.
mediator-wrong-passphrase = هذه الجملة السرّية لا تفتح هذا الملف الشخصي. لم يتغيّر شيء.
mediator-profiles-title = الملفات الشخصية على هذا الحاسوب
mediator-profiles-empty = لا يوجد ملف شخصي محفوظ على هذا الحاسوب.
mediator-profile-dates = أُنشئ في { $created }، وآخر حفظ في { $updated }.
mediator-profile-open = افتحه وابدأ جلسة
mediator-profile-opened = فُتح الملف الشخصي { $profile }: توجد الآن جلسة مع سجلّه.
mediator-profile-export = احفظ السجلّ في ملف (ZIP)
mediator-profile-delete = احذف
mediator-profile-delete-confirm = هل تريد حذف هذا الملف الشخصي وسجلّه من هذا الحاسوب؟ لا يمكن التراجع عن ذلك.
mediator-profile-deleted = حُذف الملف الشخصي { $profile }.

## Journal page: grouping and notes (صفحة السجلّ)
journal-notes = ملاحظات
journal-note-add = أضف ملاحظة
journal-note-label = ملاحظتك (تُضاف إلى السلسلة مع وقتها، ولا يمكن تغييرها بعد ذلك)
journal-note-save = احفظ الملاحظة
journal-note-journal = ملاحظة عن السجلّ كله
journal-note-saved = حُفظت الملاحظة في السجلّ.
journal-research = شارك أرقامًا لا تكشف هويتك، من أجل البحث

## Research export (المشاركة من أجل البحث)
research-title = شارك أرقامًا لا تكشف هويتك، من أجل البحث
research-intro = يعدّ باحثون وجمعيات حالات الفشل التي يواجهها الناس على مواقع الخدمات العامة الفرنسية، ليُظهروا أين تمنع هذه المواقع الناس من المتابعة. يمكنك أن تعطيهم أرقامًا من سجلّك. Relais لا يرسل شيئًا وحده: أنت تنزّل ملفًا، وأنت تختار لمن تعطيه.
research-shared-title = ماذا يوجد في الملف
research-shared = سطر واحد لكل فشل ولكل ساعة: الموقع، الإجراء الإداري، نوع الفشل، رسالة الموقع بعد تغيير البيانات الشخصية (مثلًا [PHONE] بدل رقم الهاتف)، الساعة بدون الدقائق وبالتوقيت العالمي (UTC)، يوم الأسبوع، عدد المحاولات، نوع متصفحك، نسخة Relais، رقم المساهم، ورقم للملف يُختار من جديد لكل ملف.
research-never-title = ما لا يوجد فيه أبدًا
research-never = لا لقطات شاشة، ولا رابط الصفحة، ولا عنوان الصفحة، ولا ملاحظات، ولا الوقت بالدقيقة، ولا أي شيء كتبته. التسجيلات التي حذفتها من سجلّك لا تُضاف. عندما ضغطت على «هذا يمنعني من المتابعة»، ما كتبته لا يُشارَك: رسالة هذه الأسطر فارغة.
research-contributor = رقم المساهم: { $id }
research-contributor-help = رقم عشوائي اختاره Relais على هذا الحاسوب. يسمح للباحثين أن يعرفوا كم شخصًا مختلفًا أرسل أرقامًا، دون أن يعرفوا من هم. هو نفسه في كل ملفاتك، ويمكنك أن تختار رقمًا جديدًا في أي وقت.
research-contributor-new = اختر رقم مساهم جديدًا
research-contributor-changed = تم اختيار رقم مساهم جديد. الأسطر في الأسفل تحمله.
research-departement-label = مقاطعتك (département) (اختياري)
research-departement-none = لا أشاركها
research-departement-consent = إذا اخترت مقاطعة، فأنت توافق على أن تُضاف إلى كل سطر في الملف. اترك «لا أشاركها» حتى لا تُضاف.
research-table-caption =
    { $count ->
        [zero] لا يوجد في الملف أي سطر.
        [one] في الملف سطر واحد. أزِل العلامة عنه حتى لا يكون في الملف.
        [two] في الملف سطران. أزِل العلامة عن سطر حتى لا يكون في الملف.
        [few] في الملف { $count } أسطر. أزِل العلامة عن سطر حتى لا يكون في الملف.
        [many] في الملف { $count } سطرًا. أزِل العلامة عن سطر حتى لا يكون في الملف.
       *[other] في الملف { $count } سطر. أزِل العلامة عن سطر حتى لا يكون في الملف.
    }
research-col-include = في الملف
research-col-portal = الموقع
research-col-procedure = الإجراء الإداري
research-col-kind = نوع الفشل
research-col-message = رسالة الموقع (بدون بيانات شخصية)
research-col-hour = الساعة (UTC)
research-col-weekday = اليوم
research-col-attempts = المحاولات
research-include-label = ضع السطر { $n } في الملف: { $portal }، { $kind }، { $hour }
research-every-line = كل سطر يحمل أيضًا: رقم المساهم { $id }، المتصفح { $browser }، Relais { $version }، نسخة شكل الملف { $schema }، المقاطعة: { $departement }.
research-departement-not-shared = غير مُشارَكة
research-download-jsonl = نزّل الملف (JSON Lines)
research-download-csv = نزّل الملف (CSV، لجدول بيانات)
research-downloaded =
    { $count ->
        [zero] الملف جاهز: { $file }، ولا سطر فيه.
        [one] الملف جاهز: { $file }، وفيه سطر واحد.
        [two] الملف جاهز: { $file }، وفيه سطران.
        [few] الملف جاهز: { $file }، وفيه { $count } أسطر.
        [many] الملف جاهز: { $file }، وفيه { $count } سطرًا.
       *[other] الملف جاهز: { $file }، وفيه { $count } سطر.
    }
research-nothing-selected = لا يوجد سطر عليه علامة: لا شيء للتنزيل.
research-empty = لا يوجد في سجلّك بعد أي فشل للمشاركة.
research-left-out =
    { $count ->
        [zero] كل التسجيلات في سجلّك تحوّلت إلى أسطر.
        [one] تسجيل واحد في سجلّك لم يمكن تحويله إلى سطر، فبقي خارج الملف.
        [two] تسجيلان في سجلّك لم يمكن تحويلهما إلى أسطر، فبقيا خارج الملف.
        [few] { $count } تسجيلات في سجلّك لم يمكن تحويلها إلى أسطر، فبقيت خارج الملف.
        [many] { $count } تسجيلًا في سجلّك لم يمكن تحويلها إلى أسطر، فبقيت خارج الملف.
       *[other] { $count } تسجيل في سجلّك لم يمكن تحويلها إلى أسطر، فبقيت خارج الملف.
    }
research-error = لم نستطع صنع ملف البحث: { $detail }
research-kind-no-slot = لا يوجد موعد متاح
research-kind-http-error = خطأ في الموقع
research-kind-network-error = الموقع لا يجيب
research-kind-technical-error = خطأ تقني
research-kind-service-unavailable = الخدمة غير متاحة
research-kind-session-expired = انتهت الجلسة
research-kind-file-refused = الوثيقة مرفوضة
research-kind-account-locked = الحساب مقفل
research-kind-wrong-credentials = اسم المستخدم أو كلمة المرور غير صحيحة
research-kind-captcha-blocked = التحقّق الأمني (CAPTCHA)
research-kind-form-error = الاستمارة مرفوضة
research-kind-user-reported = أنت أبلغت عنه
research-kind-other = غير ذلك
journal-tsa-title = وقت موثوق (اختياري)
journal-tsa-help = تستطيع جهة للختم الزمني (RFC 3161) أن توقّع البصمة الرقمية لآخر تسجيل في سجلّك: هذا يُثبت أن السجلّ كان موجودًا في ذلك الوقت. يرسل إليها Relais هذه البصمة فقط، ولا شيء من تسجيلاتك. الأفضل أن تختار جهتين مستقلّتين.
journal-tsa-urls = عناوين جهات الختم الزمني، عنوان واحد في كل سطر
journal-tsa-button = أضِف ختمًا زمنيًا إلى سجلّي الآن
journal-tsa-ok = تمّ الختم الزمني من { $tsa }.
journal-tsa-failed = لم يتمّ الختم الزمني للسجلّ من { $tsa }: { $detail }
journal-tsa-denied = يحتاج Relais إلى إذنك للاتصال بهذه العناوين. لم يُرسَل شيء.

## Untranslated strings page
untranslated-title = نصوص بلا ترجمة
untranslated-intro = نصوص البوابات التي ظهرت على هذا الحاسوب دون ترجمة كاملة، معدودة دون بيانات شخصية: الأرقام والتواريخ والعناوين مستبدلة بمتغيرات. لا يخرج شيء من الحاسوب: يمكنك تصدير القائمة للمترجمين.
untranslated-lang-label = لغة الترجمة
untranslated-col-french = النص الفرنسي
untranslated-col-portal = البوابة
untranslated-col-kind = النوع
untranslated-col-count = عدد المرات
untranslated-col-last = آخر مرة
untranslated-export = تصدير للمترجمين (ملف PO)
untranslated-clear = مسح القائمة
untranslated-clear-confirm = هل تريد مسح كل النصوص المعدودة على هذا الحاسوب؟
untranslated-cleared = تم مسح القائمة.
untranslated-empty = لا يوجد نص بلا ترجمة لهذه اللغة.
untranslated-count =
    { $count ->
        [zero] لا يوجد نص بلا ترجمة.
        [one] نص واحد بلا ترجمة.
        [two] نصان بلا ترجمة.
        [few] { $count } نصوص بلا ترجمة.
        [many] { $count } نصًا بلا ترجمة.
       *[other] { $count } نص بلا ترجمة.
    }
untranslated-exported = الملف جاهز: { $file }، عدد النصوص: { $count }.
popup-untranslated = نصوص بلا ترجمة

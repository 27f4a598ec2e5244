### Relais: mediator-mode phrase cards, Arabic (Modern Standard Arabic, simple style).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# تُستعمل في بداية كل جلسة وفي نهايتها: الترحيب، موافقة الشخص، ما نقوم به، الخصوصية، النهاية.
## عام: الترحيب، الموافقة، الشرح، الخصوصية، النهاية

phrase-general-hello = مرحبًا. أنا هنا لأساعدك في إجرائك الإداري عبر الإنترنت.
phrase-general-together = سنقوم بهذا الإجراء معًا، على هذا الحاسوب.
phrase-general-your-choice = أنت الذي تقرّر. لا أفعل أي شيء بدون موافقتك.
phrase-general-translation-tool = هذا البرنامج يترجم كلمات الموقع إلى لغتك. يمكن أن يخطئ.
phrase-general-read-aloud = سأقرأ الرسالة بصوت عالٍ.
phrase-general-understood = هل فهمت؟ يمكنني أن أعيد، أو أن أشرح بطريقة أخرى.
phrase-general-interpreter = هل تريد مترجمًا شفويًا، هنا معنا أو عبر الهاتف؟
phrase-general-nothing-sent = لا يرسل Relais معلوماتك إلى أي أحد. موقع الإدارة وحده يستلم ما تكتبه.
phrase-general-keep-data = هل تريد أن تحتفظ بهذه المعلومات على هذا الحاسوب، محميّة بكلمة مرور؟
phrase-general-passphrase = اختر جملة سرية لحماية معلوماتك. لا تقلها لأي أحد.
phrase-general-erased-at-end = في النهاية، تُمحى معلوماتك من هذا الحاسوب، إلا إذا اخترت أن تحتفظ بها.
phrase-general-log-out = الآن أسجّل الخروج من حسابك، ثم أغلق الصفحة.
phrase-general-finished = انتهينا لهذا اليوم. احتفظ جيدًا بكل أوراقك.
phrase-general-come-back = يمكنك أن تعود إليّ إذا كان عندك سؤال أو وصلتك رسالة جديدة.

# تُستعمل عندما يسأل الموقع عن الهوية: الأوراق، الأسماء، تاريخ الولادة ومكانها، العنوان.
## الهوية: الأوراق، الأسماء، التواريخ

phrase-identity-passport = هل معك جواز سفرك أو بطاقة هويتك؟
phrase-identity-show-papers = هل يمكنك أن تريني كل الأوراق التي أحضرتها؟
phrase-identity-name-as-passport = نكتب اسمك تمامًا كما هو في جواز سفرك.
phrase-identity-other-spelling = هل اسمك مكتوب بطريقة أخرى في أوراق أخرى؟
phrase-identity-no-first-name = إذا لم يكن لك اسم شخصي، قل لي ذلك. بعض المواقع فيها خانة لهذا.
phrase-identity-birth-date = ما هو تاريخ ولادتك؟ في فرنسا نكتب اليوم، ثم الشهر، ثم السنة.
phrase-identity-birth-place = ما هو مكان ولادتك؟ قل لي المدينة والبلد.
phrase-identity-birth-certificate = الموقع يطلب شهادة ميلادك. هل هي معك، الأصل أو نسخة؟
phrase-identity-not-recognised = الموقع لا يتعرّف على هذه الوثيقة. هذا ليس خطأك.
phrase-identity-photo-consent = هل تسمح لي أن أصوّر هذه الوثيقة لأرسلها على الموقع؟
phrase-identity-mail-address = هل لك عنوان تستلم فيه بريدك؟ يمكن أن يكون عنوان جمعية.

# تُستعمل للإقامة: بطاقة الإقامة، الوصل (récépissé)، رقم الأجنبي، موقع ANEF، استدعاء المحافظة (préfecture).
## الإقامة: بطاقة الإقامة، الوصل (récépissé)، رقم الأجنبي، ANEF، الاستدعاء

phrase-residence-permit-number = هل معك رقم بطاقة إقامتك؟ هو مكتوب على بطاقتك أو على الوصل (récépissé).
phrase-residence-foreign-number = رقم الأجنبي (numéro étranger) الخاص بك فيه 10 أرقام. هو مكتوب على بطاقة إقامتك وعلى الوصل (récépissé).
phrase-residence-anef-account = هل عندك حساب من قبل على موقع ANEF؟
phrase-residence-anef-username = في ANEF، اسم المستخدم (identifiant) هو غالبًا رقم الأجنبي الخاص بك.
phrase-residence-end-date = لننظر معًا إلى تاريخ انتهاء بطاقة إقامتك.
phrase-residence-renew-early = يجب أن تطلب التجديد قبل تاريخ الانتهاء. لا تنتظر إلى آخر لحظة.
phrase-residence-recepisse = هل عندك وصل (récépissé)؟ هو الورقة التي تثبت أن طلبك قيد الدراسة.
phrase-residence-proof-of-submission = لنُنزّل شهادة الإيداع (attestation de dépôt). هي تثبت أنك أرسلت طلبك.
phrase-residence-file-number = لنكتب رقم ملفك. يجب أن تنقله في كل رسالة.
phrase-residence-automatic-reply = هذه الرسالة رد تلقائي. لم يقرأ أحد طلبك بعد.
phrase-residence-convocation = هل وصلك استدعاء (convocation)؟ أرني الرسالة الورقية أو الإلكترونية.
phrase-residence-convocation-bring = يوم الموعد، أحضر الاستدعاء (convocation) وكل الأوراق المطلوبة في الرسالة.

# تُستعمل لمواعيد المحافظة (préfecture) عبر الإنترنت: لا يوجد موعد متاح، محاولات جديدة، أدلة، القاضي ودعوى الاستعجال (référé).
## المواعيد: المحافظة (préfecture)، لا يوجد موعد متاح، الأدلة، القاضي

phrase-appointment-no-slot = الموقع يقول إنه لا يوجد موعد متاح.
phrase-appointment-not-your-fault = هذا ليس خطأك. أشخاص كثيرون لا يستطيعون الحصول على موعد.
phrase-appointment-try-tomorrow = سنحاول مرة أخرى غدًا صباحًا.
phrase-appointment-screenshot-proof = لقطة الشاشة هذه تثبت أنه لم يكن هناك موعد.
phrase-appointment-journal = يسجّل Relais كل محاولة في سجلّك (journal)، مع التاريخ والساعة.
phrase-appointment-try-often = لكي يكون عندك دليل، يجب أن تحاول مرات كثيرة، خلال عدة أسابيع.
phrase-appointment-without-me = إذا حاولت بدوني، خذ لقطة شاشة في كل مرة.
phrase-appointment-judge = بهذه الأدلة، يستطيع محامٍ أن يطلب من القاضي أن يُلزم المحافظة (préfecture) بإعطائك موعدًا.
phrase-appointment-legal-aid = إذا كان دخلك ضعيفًا، يمكن أن تدفع المساعدة القضائية (aide juridictionnelle) أجرة المحامي.
phrase-appointment-export-consent = هل تريد أن أجهّز ملف الأدلة لمحاميك؟
phrase-appointment-got-slot = عندك موعد. لنكتب التاريخ والساعة والعنوان.
phrase-appointment-confirmation = احتفظ بإيميل التأكيد. قد تحتاج أن تُظهره عند الدخول.

# تُستعمل لـ CAF: رقم المستفيد، التصريح الفصلي بالموارد، الدفعات، المعلومات البنكية.
## المساعدات: CAF، التصريح كل 3 أشهر، البنك

phrase-benefits-claimant-number = هل معك رقم المستفيد (numéro allocataire)؟ هو في أعلى رسائل CAF.
phrase-benefits-quarterly = كل 3 أشهر، يجب أن تصرّح لـ CAF بمواردك (مداخيلك).
phrase-benefits-payments-stop = بدون هذا التصريح، تتوقف CAF عن الدفع.
phrase-benefits-income-per-month = كم من المال استلمت في كل شهر، خلال آخر 3 أشهر؟
phrase-benefits-payslips = هل معك كشوف راتبك أو كشوف حسابك البنكي عن هذه الأشهر الـ 3؟
phrase-benefits-rib = هل عندك RIB؟ هو ورقة من البنك فيها أرقام حسابك.
phrase-benefits-rib-name = يجب أن يكون الحساب البنكي باسمك.
phrase-benefits-check-payments = لننظر إلى دفعاتك في مساحتك الشخصية على موقع CAF.
phrase-benefits-caf-message = كتبت لك CAF. سأقرأ الرسالة معك.
phrase-benefits-caf-appointment = يمكننا أن نطلب موعدًا مع مستشار في CAF.

# تُستعمل للصحة: حساب Ameli، بطاقة Vitale، رقم الضمان الاجتماعي، المساعدة الطبية الحكومية (AME).
## الصحة: Ameli، بطاقة Vitale، AME

phrase-health-carte-vitale = هل عندك بطاقة Vitale (بطاقة التأمين الصحي)؟
phrase-health-social-security-number = رقم الضمان الاجتماعي الخاص بك مكتوب على بطاقة Vitale وعلى شهادة الحقوق (attestation de droits).
phrase-health-ameli-account = هل عندك حساب على موقع Ameli؟
phrase-health-download-attestation = يمكننا أن ننزّل شهادة حقوقك (attestation de droits) من موقع Ameli.
phrase-health-doctor = هل عندك طبيب معالج (médecin traitant)؟
phrase-health-ame-what = تدفع AME علاج الأشخاص الذين ليس عندهم بطاقة إقامة، ويعيشون في فرنسا منذ أكثر من 3 أشهر.
phrase-health-ame-proof-3-months = هل عندك دليل على أنك في فرنسا منذ أكثر من 3 أشهر؟
phrase-health-ame-in-person = الطلب الأول لـ AME يُقدَّم شخصيًا، في مكتب الاستقبال في CPAM (الصندوق المحلي للتأمين الصحي).
phrase-health-ame-renew = تبقى AME صالحة سنة واحدة. يجب أن تطلبها من جديد كل سنة.

# تُستعمل للحسابات على الإنترنت: البريد الإلكتروني، كلمة المرور، الرموز التي تصل في رسالة SMS، FranceConnect.
## الحساب: الإيميل، كلمة المرور، رموز SMS، FranceConnect

phrase-account-email = هل عندك بريد إلكتروني (إيميل)؟
phrase-account-open-mailbox = هل يمكنك أن تفتح بريدك الإلكتروني على هاتفك؟
phrase-account-create-email = هل تريد أن ننشئ معًا عنوان بريد إلكتروني؟ هذا يأخذ بعض الوقت.
phrase-account-spam-folder = الرسالة لم تصل؟ لننظر في مجلد «courrier indésirable» أو «spam» (البريد غير المرغوب فيه).
phrase-account-activation-link = أرسل لك الموقع رابطًا في الإيميل. اضغط عليه لتفعيل حسابك.
phrase-account-password-yourself = اكتب كلمة المرور بنفسك. أنا لا أنظر.
phrase-account-password-forgotten = إذا نسيت كلمة المرور، يمكننا أن نختار كلمة جديدة.
phrase-account-password-note = اكتب كلمة المرور على ورقة، واحفظها في مكان آمن.
phrase-account-phone-number = هل رقم الهاتف هذا رقمك أنت؟ سيرسل الموقع رموزًا إليه.
phrase-account-sms-code = وصلك رمز في رسالة SMS. هل يمكنك أن تقرأه لي؟
phrase-account-code-quick = هذا الرمز يعمل بضع دقائق فقط. لنكتبه الآن.
phrase-account-code-never-give = لا تعطِ هذا الرمز أبدًا لأي شخص يتصل بك بالهاتف.
phrase-account-franceconnect = مع FranceConnect، تدخل بحساب عندك من قبل، مثلًا Ameli أو impots.gouv.

# تُستعمل عندما يُظهر الموقع تحقّقًا «Je ne suis pas un robot» (أنا لست روبوتًا)، أي CAPTCHA. لا يحلّه Relais أبدًا.
## التحقّق ضد الروبوت (CAPTCHA)

phrase-captcha-what = الموقع يتحقّق أنك إنسان، ولست روبوتًا.
phrase-captcha-not-for-you = لا يجيب Relais أبدًا على هذا التحقّق بدلًا منك. سأشرح لك كيف تفعل.
phrase-captcha-audio = توجد نسخة صوتية. ستسمع حروفًا أو أرقامًا.
phrase-captcha-write-what-you-hear = استمع جيدًا، ثم اكتب ما تسمعه.
phrase-captcha-listen-again = يمكنك أن تستمع مرة أخرى، أو أن تطلب صورة جديدة.
phrase-captcha-keyboard = بزر Tab في لوحة المفاتيح، يمكنك أن تصل إلى زر الصوت.
phrase-captcha-not-your-fault = هذا ليس خطأك. هذا التحقّق صعب على أشخاص كثيرين.
phrase-captcha-failure-recorded = كل فشل يُسجَّل في سجلّك (journal)، ليكون دليلًا.
phrase-captcha-other-way = إذا بقي لا يعمل، يمكنك أن تطلب من الإدارة طريقة أخرى، بدون الإنترنت.

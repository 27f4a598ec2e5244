### Relais: mediator-mode phrase cards, Dari (Afghan Persian, Arabic script).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# در آغاز و پایان هر جلسه استفاده می‌شود: خوش‌آمدید، موافقت شخص، کاری که انجام می‌دهیم، حریم خصوصی، پایان.
## عمومی: خوش‌آمدید، موافقت، توضیح، حریم خصوصی، پایان

phrase-general-hello = سلام. من اینجا هستم تا در کار اداری آنلاین به شما کمک کنم.
phrase-general-together = این کار اداری را با هم، روی این کمپیوتر، انجام می‌دهیم.
phrase-general-your-choice = تصمیم با شماست. من بدون موافقت شما هیچ کاری نمی‌کنم.
phrase-general-translation-tool = این برنامه کلمه‌های ویب‌سایت را به زبان شما ترجمه می‌کند. ممکن است اشتباه کند.
phrase-general-read-aloud = من پیام را با آواز بلند می‌خوانم.
phrase-general-understood = فهمیدید؟ می‌توانم دوباره بگویم، یا به شکل دیگری توضیح بدهم.
phrase-general-interpreter = آیا ترجمان می‌خواهید، اینجا پیش ما یا از طریق تیلفون؟
phrase-general-nothing-sent = Relais معلومات شما را به هیچ کس نمی‌فرستد. فقط ویب‌سایت اداره چیزی را که شما می‌نویسید، می‌گیرد.
phrase-general-keep-data = آیا می‌خواهید این معلومات روی این کمپیوتر نگه داشته شود، با یک رمز محافظت‌شده؟
phrase-general-passphrase = برای محافظت معلومات خود یک جملهٔ مخفی انتخاب کنید. آن را به هیچ کس نگویید.
phrase-general-erased-at-end = در آخر، معلومات شما از این کمپیوتر پاک می‌شود، مگر اینکه خودتان نگه داشتن آن را انتخاب کنید.
phrase-general-log-out = حالا از حساب شما خارج می‌شوم، بعد صفحه را می‌بندم.
phrase-general-finished = برای امروز تمام کردیم. همهٔ اسناد خود را خوب نگه دارید.
phrase-general-come-back = اگر سوالی یا نامهٔ نو داشتید، می‌توانید دوباره پیش من بیایید.

# وقتی استفاده می‌شود که ویب‌سایت هویت را می‌پرسد: اسناد، نام‌ها، تاریخ و محل تولد، آدرس.
## هویت: اسناد، نام‌ها، تاریخ‌ها

phrase-identity-passport = پاسپورت یا کارت هویت خود را دارید؟
phrase-identity-show-papers = می‌توانید همهٔ اسنادی را که آورده‌اید به من نشان بدهید؟
phrase-identity-name-as-passport = نام شما را دقیقاً همان‌طور می‌نویسیم که در پاسپورت شما نوشته شده است.
phrase-identity-other-spelling = آیا نام شما در اسناد دیگر به شکل دیگری نوشته شده است؟
phrase-identity-no-first-name = اگر نام شخصی ندارید، به من بگویید. بعضی ویب‌سایت‌ها برای این یک خانه دارند.
phrase-identity-birth-date = تاریخ تولد شما چیست؟ در فرانسه اول روز، بعد ماه، بعد سال را می‌نویسند.
phrase-identity-birth-place = محل تولد شما کجاست؟ شهر و کشور را به من بگویید.
phrase-identity-birth-certificate = ویب‌سایت سند تولد شما را می‌خواهد. آیا اصل یا کاپی آن را دارید؟
phrase-identity-not-recognised = ویب‌سایت این سند را نمی‌شناسد. این تقصیر شما نیست.
phrase-identity-photo-consent = اجازه می‌دهید از این سند عکس بگیرم تا آن را در ویب‌سایت بفرستم؟
phrase-identity-mail-address = آیا آدرسی دارید که نامه‌های شما به آنجا برسد؟ می‌تواند آدرس یک انجمن باشد.

# برای اقامت استفاده می‌شود: کارت اقامت، رسید (récépissé)، نمبر خارجی، ویب‌سایت ANEF، احضاریهٔ پریفکتور (préfecture).
## اقامت: کارت اقامت، رسید (récépissé)، نمبر خارجی، ANEF، احضاریه

phrase-residence-permit-number = نمبر کارت اقامت خود را دارید؟ روی کارت شما یا روی رسید (récépissé) شما نوشته شده است.
phrase-residence-foreign-number = نمبر خارجی (numéro étranger) شما 10 رقم دارد. روی کارت اقامت و روی رسید (récépissé) شما نوشته شده است.
phrase-residence-anef-account = آیا از قبل در ویب‌سایت ANEF حساب دارید؟
phrase-residence-anef-username = در ANEF، نام کاربری (identifiant) شما اکثراً همان نمبر خارجی شماست.
phrase-residence-end-date = بیایید تاریخ ختم کارت اقامت شما را با هم ببینیم.
phrase-residence-renew-early = باید پیش از تاریخ ختم، تمدید را درخواست کنید. تا آخرین لحظه صبر نکنید.
phrase-residence-recepisse = رسید (récépissé) دارید؟ این کاغذی است که ثابت می‌کند درخواست شما در جریان است.
phrase-residence-proof-of-submission = بیایید تصدیق تسلیمی درخواست (attestation de dépôt) را دانلود کنیم. این ثابت می‌کند که شما درخواست خود را فرستاده‌اید.
phrase-residence-file-number = بیایید نمبر دوسیهٔ شما را یادداشت کنیم. باید آن را در هر پیام بنویسید.
phrase-residence-automatic-reply = این پیام یک جواب خودکار است. هنوز هیچ کس درخواست شما را نخوانده است.
phrase-residence-convocation = احضاریه (convocation) گرفته‌اید؟ نامه یا پیام را به من نشان بدهید.
phrase-residence-convocation-bring = روز ملاقات، احضاریه (convocation) و همهٔ اسنادی را که در نامه خواسته شده، با خود بیاورید.

# برای وقت ملاقات آنلاین در پریفکتور (préfecture) استفاده می‌شود: وقت خالی نیست، کوشش دوباره، ثبوت‌ها، قاضی و دعوای عاجل (référé).
## وقت ملاقات: پریفکتور (préfecture)، وقت خالی نیست، ثبوت‌ها، قاضی

phrase-appointment-no-slot = ویب‌سایت می‌گوید که هیچ وقت ملاقات خالی نیست.
phrase-appointment-not-your-fault = این تقصیر شما نیست. بسیاری از مردم نمی‌توانند وقت ملاقات بگیرند.
phrase-appointment-try-tomorrow = فردا صبح دوباره کوشش می‌کنیم.
phrase-appointment-screenshot-proof = این عکس صفحه (اسکرین‌شات) ثابت می‌کند که وقت ملاقات نبود.
phrase-appointment-journal = Relais هر کوشش را با تاریخ و ساعت در دفتر (journal) شما ثبت می‌کند.
phrase-appointment-try-often = برای اینکه ثبوت داشته باشید، باید در طول چند هفته، بارها کوشش کنید.
phrase-appointment-without-me = اگر بدون من کوشش می‌کنید، هر بار یک عکس صفحه (اسکرین‌شات) بگیرید.
phrase-appointment-judge = با این ثبوت‌ها، یک وکیل می‌تواند از قاضی بخواهد که پریفکتور (préfecture) را مجبور کند به شما وقت ملاقات بدهد.
phrase-appointment-legal-aid = اگر درآمد شما کم است، کمک حقوقی (aide juridictionnelle) می‌تواند مصارف وکیل را بپردازد.
phrase-appointment-export-consent = می‌خواهید دوسیهٔ ثبوت‌ها را برای وکیل شما آماده کنم؟
phrase-appointment-got-slot = شما وقت ملاقات دارید. بیایید تاریخ، ساعت و آدرس را یادداشت کنیم.
phrase-appointment-confirmation = ایمیل تأیید را نگه دارید. شاید لازم شود آن را هنگام ورود نشان بدهید.

# برای CAF استفاده می‌شود: نمبر گیرندهٔ کمک، اعلام سه‌ماهگی درآمد، پرداخت‌ها، معلومات بانکی.
## کمک‌ها: CAF، اعلام سه‌ماهگی، بانک

phrase-benefits-claimant-number = نمبر گیرندهٔ کمک (numéro allocataire) خود را دارید؟ در بالای نامه‌های CAF نوشته شده است.
phrase-benefits-quarterly = هر 3 ماه، باید درآمد خود را به CAF اعلام کنید.
phrase-benefits-payments-stop = بدون این اعلام، CAF پرداخت را قطع می‌کند.
phrase-benefits-income-per-month = در 3 ماه گذشته، هر ماه چقدر پول گرفته‌اید؟
phrase-benefits-payslips = ورقه‌های معاش یا صورت‌حساب‌های بانکی همین 3 ماه را دارید؟
phrase-benefits-rib = RIB دارید؟ این کاغذ بانک است که نمبرهای حساب شما در آن نوشته شده است.
phrase-benefits-rib-name = حساب بانکی باید به نام خود شما باشد.
phrase-benefits-check-payments = بیایید پرداخت‌های شما را در بخش شخصی شما در CAF ببینیم.
phrase-benefits-caf-message = CAF برای شما نوشته است. من پیام را با شما می‌خوانم.
phrase-benefits-caf-appointment = می‌توانیم با یک مشاور CAF وقت ملاقات بخواهیم.

# برای صحت استفاده می‌شود: حساب Ameli، کارت Vitale، نمبر تأمین اجتماعی، کمک صحی دولتی (AME).
## صحت: Ameli، کارت Vitale، AME

phrase-health-carte-vitale = کارت Vitale (کارت بیمهٔ صحی) دارید؟
phrase-health-social-security-number = نمبر تأمین اجتماعی شما روی کارت Vitale و روی تصدیق حقوق (attestation de droits) شما نوشته شده است.
phrase-health-ameli-account = در ویب‌سایت Ameli حساب دارید؟
phrase-health-download-attestation = می‌توانیم تصدیق حقوق (attestation de droits) شما را از Ameli دانلود کنیم.
phrase-health-doctor = داکتر معالج (médecin traitant) دارید؟
phrase-health-ame-what = AME مصارف تداوی کسانی را می‌پردازد که کارت اقامت ندارند و بیشتر از 3 ماه است که در فرانسه هستند.
phrase-health-ame-proof-3-months = ثبوتی دارید که بیشتر از 3 ماه است در فرانسه هستید؟
phrase-health-ame-in-person = اولین درخواست AME را باید خودتان حضوری، در بخش پذیرش CPAM (صندوق محلی بیمهٔ صحی) تسلیم کنید.
phrase-health-ame-renew = AME یک سال اعتبار دارد. باید هر سال دوباره آن را درخواست کنید.

# برای حساب‌های آنلاین استفاده می‌شود: ایمیل، رمز، کودهایی که با SMS می‌رسد، FranceConnect.
## حساب: ایمیل، رمز، کودهای SMS، FranceConnect

phrase-account-email = ایمیل (آدرس الکترونیکی) دارید؟
phrase-account-open-mailbox = می‌توانید ایمیل خود را در تیلفون خود باز کنید؟
phrase-account-create-email = می‌خواهید با هم یک ایمیل بسازیم؟ کمی وقت می‌گیرد.
phrase-account-spam-folder = پیام نرسیده است؟ بیایید پوشهٔ «courrier indésirable» یا «spam» (ایمیل‌های ناخواسته) را ببینیم.
phrase-account-activation-link = ویب‌سایت یک لینک به ایمیل شما فرستاده است. روی آن بزنید تا حساب شما فعال شود.
phrase-account-password-yourself = رمز خود را خودتان تایپ کنید. من نگاه نمی‌کنم.
phrase-account-password-forgotten = اگر رمز خود را فراموش کرده‌اید، می‌توانیم یک رمز نو انتخاب کنیم.
phrase-account-password-note = رمز خود را روی یک کاغذ بنویسید و آن را در یک جای امن نگه دارید.
phrase-account-phone-number = این نمبر تیلفون از خود شماست؟ ویب‌سایت به آن کود می‌فرستد.
phrase-account-sms-code = یک کود با SMS برای شما آمده است. می‌توانید آن را برای من بخوانید؟
phrase-account-code-quick = این کود فقط چند دقیقه کار می‌کند. بیایید همین حالا آن را تایپ کنیم.
phrase-account-code-never-give = این کود را هرگز به کسی که به شما تیلفون می‌کند، ندهید.
phrase-account-franceconnect = با FranceConnect، با حسابی که از قبل دارید وارد می‌شوید، مثلاً Ameli یا impots.gouv.

# وقتی استفاده می‌شود که ویب‌سایت یک بررسی «Je ne suis pas un robot» (من ربات نیستم)، یعنی کپچا (CAPTCHA)، نشان می‌دهد. Relais هیچ وقت آن را حل نمی‌کند.
## بررسی ضد ربات (CAPTCHA)

phrase-captcha-what = ویب‌سایت بررسی می‌کند که شما یک انسان هستید، نه یک ربات.
phrase-captcha-not-for-you = Relais هیچ وقت به جای شما به این بررسی جواب نمی‌دهد. من به شما توضیح می‌دهم که چطور انجامش بدهید.
phrase-captcha-audio = یک نسخهٔ صوتی هست. حروف یا رقم‌هایی را می‌شنوید.
phrase-captcha-write-what-you-hear = خوب گوش کنید، بعد چیزی را که می‌شنوید بنویسید.
phrase-captcha-listen-again = می‌توانید دوباره گوش کنید، یا یک عکس نو بخواهید.
phrase-captcha-keyboard = با دکمهٔ Tab کیبورد، می‌توانید تا دکمهٔ صوتی بروید.
phrase-captcha-not-your-fault = این تقصیر شما نیست. این بررسی برای بسیاری از مردم سخت است.
phrase-captcha-failure-recorded = هر ناکامی به عنوان ثبوت در دفتر (journal) شما ثبت می‌شود.
phrase-captcha-other-way = اگر باز هم کار نکرد، می‌توانید از اداره یک راه دیگر، بدون انترنت، بخواهید.

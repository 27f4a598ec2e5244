### Relais: mediator-mode phrase cards, Pashto.
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# د هرې ناستې په پیل او پای کې کارول کېږي: ښه راغلاست، د کس موافقه، هغه څه چې موږ یې کوو، محرمیت، پای.
## عمومي: ښه راغلاست، موافقه، تشریح، محرمیت، پای

phrase-general-hello = سلام. زه دلته یم چې په آنلاین اداري کار کې درسره مرسته وکړم.
phrase-general-together = موږ به دا اداري کار یوځای، په دې کمپیوټر، ترسره کړو.
phrase-general-your-choice = پرېکړه ستاسو ده. زه ستاسو له موافقې پرته هېڅ کار نه کوم.
phrase-general-translation-tool = دا پروګرام د ویبسایټ کلمې ستاسو ژبې ته ژباړي. ښايي غلطي وکړي.
phrase-general-read-aloud = زه به پیغام په لوړ غږ ولولم.
phrase-general-understood = پوه شوئ؟ زه یې بیا ویلی شم، یا یې په بل ډول تشریح کولی شم.
phrase-general-interpreter = ژباړن غواړئ، دلته زموږ سره یا د ټیلیفون له لارې؟
phrase-general-nothing-sent = Relais ستاسو معلومات هېچا ته نه لېږي. یوازې د ادارې ویبسایټ هغه څه ترلاسه کوي چې تاسو یې لیکئ.
phrase-general-keep-data = غواړئ دا معلومات په دې کمپیوټر کې وساتئ، د پټنوم په واسطه خوندي؟
phrase-general-passphrase = د خپلو معلوماتو د ساتنې لپاره یوه پټه جمله وټاکئ. هېچا ته یې مه وایئ.
phrase-general-erased-at-end = په پای کې، ستاسو معلومات له دې کمپیوټر څخه پاکېږي، مګر دا چې تاسو یې د ساتلو انتخاب وکړئ.
phrase-general-log-out = اوس ستاسو له حساب څخه وځم، بیا پاڼه تړم.
phrase-general-finished = د نن لپاره مو کار پای ته ورسېد. خپل ټول کاغذونه ښه وساتئ.
phrase-general-come-back = که پوښتنه یا نوی لیک مو درلود، بیا ما ته راتلی شئ.

# هغه وخت کارول کېږي چې ویبسایټ هویت پوښتي: اسناد، نومونه، د زېږېدو نېټه او ځای، پته.
## هویت: اسناد، نومونه، نېټې

phrase-identity-passport = خپل پاسپورټ یا د هویت کارت درسره دی؟
phrase-identity-show-papers = کولی شئ ټول هغه کاغذونه چې راوړي مو دي، ما ته وښیئ؟
phrase-identity-name-as-passport = موږ ستاسو نوم کټ مټ هغسې لیکو لکه څنګه چې ستاسو په پاسپورټ کې لیکل شوی.
phrase-identity-other-spelling = آیا ستاسو نوم په نورو کاغذونو کې په بل ډول لیکل شوی؟
phrase-identity-no-first-name = که لومړی نوم نه لرئ، ما ته ووایئ. ځینې ویبسایټونه د دې لپاره یوه خانه لري.
phrase-identity-birth-date = ستاسو د زېږېدو نېټه څه ده؟ په فرانسه کې لومړی ورځ، بیا میاشت، بیا کال لیکي.
phrase-identity-birth-place = چېرته زېږېدلي یاست؟ ښار او هېواد راته ووایئ.
phrase-identity-birth-certificate = ویبسایټ ستاسو د زېږون سند غواړي. اصلي سند یا یې کاپي لرئ؟
phrase-identity-not-recognised = ویبسایټ دا سند نه پېژني. دا ستاسو ګناه نه ده.
phrase-identity-photo-consent = اجازه راکوئ چې د دې سند عکس واخلم او ویبسایټ ته یې ولېږم؟
phrase-identity-mail-address = داسې پته لرئ چې خپل لیکونه پکې ترلاسه کړئ؟ دا کېدای شي د یوې ټولنې پته وي.

# د اوسېدو لپاره کارول کېږي: د اوسېدو اجازه‌لیک، récépissé (رسید)، د بهرني شمېره، ANEF ویبسایټ، د préfecture بلنلیک.
## اوسېدل: د اوسېدو اجازه‌لیک، récépissé، د بهرني شمېره، ANEF، بلنلیک

phrase-residence-permit-number = د خپل اوسېدو اجازه‌لیک شمېره لرئ؟ ستاسو په کارت یا ستاسو په récépissé (رسید) کې لیکل شوې ده.
phrase-residence-foreign-number = ستاسو د بهرني شمېره (numéro étranger) 10 عددونه لري. ستاسو د اوسېدو په اجازه‌لیک او récépissé (رسید) کې لیکل شوې ده.
phrase-residence-anef-account = د ANEF په ویبسایټ کې دمخه حساب لرئ؟
phrase-residence-anef-username = په ANEF کې، ستاسو identifiant (د ننوتلو نوم) ډېری وخت ستاسو د بهرني شمېره ده.
phrase-residence-end-date = راځئ چې ستاسو د اوسېدو اجازه‌لیک د پای نېټه یوځای وګورو.
phrase-residence-renew-early = باید د پای نېټې نه مخکې د تمدید غوښتنه وکړئ. تر وروستۍ شېبې پورې انتظار مه کوئ.
phrase-residence-recepisse = récépissé (رسید) لرئ؟ دا هغه پاڼه ده چې ثابتوي ستاسو غوښتنه روانه ده.
phrase-residence-proof-of-submission = راځئ چې د سپارلو تصدیق‌لیک (attestation de dépôt) ښکته کړو. دا ثابتوي چې تاسو خپله غوښتنه لېږلې ده.
phrase-residence-file-number = راځئ چې ستاسو د دوسیې شمېره ولیکو. باید دا په هر پیغام کې بیا ولیکئ.
phrase-residence-automatic-reply = دا پیغام یو اتوماتیک ځواب دی. تر اوسه هېچا ستاسو غوښتنه نه ده لوستې.
phrase-residence-convocation = رسمي بلنلیک (convocation) مو ترلاسه کړی؟ لیک یا پیغام ما ته وښیئ.
phrase-residence-convocation-bring = د ملاقات په ورځ، بلنلیک (convocation) او ټول هغه کاغذونه چې په لیک کې غوښتل شوي، له ځان سره راوړئ.

# د préfecture د آنلاین ملاقات وخت لپاره کارول کېږي: خالي وخت نشته، بیا هڅې، ثبوتونه، قاضي او بېړنۍ محاکمه (référé).
## د ملاقات وخت: préfecture، خالي وخت نشته، ثبوتونه، قاضي

phrase-appointment-no-slot = ویبسایټ وايي چې هېڅ خالي وخت نشته.
phrase-appointment-not-your-fault = دا ستاسو ګناه نه ده. ډېر خلک د ملاقات وخت نه شي اخیستلی.
phrase-appointment-try-tomorrow = سبا سهار به بیا هڅه وکړو.
phrase-appointment-screenshot-proof = دا د پردې انځور (سکرین شاټ) ثابتوي چې د ملاقات وخت نه و.
phrase-appointment-journal = Relais هره هڅه د نېټې او ساعت سره ستاسو په ثبت کتاب (journal) کې لیکي.
phrase-appointment-try-often = د ثبوت لپاره، باید څو اونۍ ډېر ځله هڅه وکړئ.
phrase-appointment-without-me = که زما پرته هڅه کوئ، هر ځل د پردې انځور (سکرین شاټ) واخلئ.
phrase-appointment-judge = د دې ثبوتونو په مرسته، یو وکیل کولی شي له قاضي وغواړي چې préfecture مجبوره کړي تاسو ته د ملاقات وخت درکړي.
phrase-appointment-legal-aid = که ستاسو عاید لږ وي، حقوقي مرسته (aide juridictionnelle) کولی شي د وکیل پیسې ورکړي.
phrase-appointment-export-consent = غواړئ چې ستاسو د وکیل لپاره د ثبوتونو دوسیه چمتو کړم؟
phrase-appointment-got-slot = تاسو د ملاقات وخت لرئ. راځئ چې نېټه، ساعت او پته ولیکو.
phrase-appointment-confirmation = د تایید ایمیل وساتئ. ښايي اړتیا وي چې د ننوتلو پر وخت یې وښیئ.

# د CAF لپاره کارول کېږي: د مرسته اخیستونکي شمېره، د درې میاشتنۍ عاید اعلامیه، تادیې، بانکي معلومات.
## مرستې: CAF، درې میاشتنۍ اعلامیه، بانک

phrase-benefits-claimant-number = د مرسته اخیستونکي شمېره (numéro allocataire) لرئ؟ دا د CAF د لیکونو په سر کې لیکل شوې ده.
phrase-benefits-quarterly = په هرو 3 میاشتو کې، باید خپل عاید CAF ته اعلان کړئ.
phrase-benefits-payments-stop = له دې اعلامیې پرته، CAF پیسې ورکول بندوي.
phrase-benefits-income-per-month = په تېرو 3 میاشتو کې، هره میاشت مو څومره پیسې ترلاسه کړې؟
phrase-benefits-payslips = د همدې 3 میاشتو د معاش پاڼې یا د بانکي حساب پاڼې لرئ؟
phrase-benefits-rib = RIB لرئ؟ دا د بانک هغه پاڼه ده چې ستاسو د حساب شمېرې پکې دي.
phrase-benefits-rib-name = بانکي حساب باید ستاسو په خپل نوم وي.
phrase-benefits-check-payments = راځئ چې د CAF په شخصي برخه کې ستاسو تادیې وګورو.
phrase-benefits-caf-message = CAF تاسو ته لیکلي دي. زه به پیغام له تاسو سره ولولم.
phrase-benefits-caf-appointment = موږ کولی شو د CAF له یو سلاکار سره د ملاقات وخت وغواړو.

# د روغتیا لپاره کارول کېږي: Ameli حساب، carte Vitale، د ټولنیز امنیت شمېره، د دولت طبي مرسته (AME).
## روغتیا: Ameli، carte Vitale، AME

phrase-health-carte-vitale = carte Vitale (د روغتیايي بیمې کارت) لرئ؟
phrase-health-social-security-number = ستاسو د ټولنیز امنیت شمېره ستاسو په carte Vitale او د حقونو په تصدیق‌لیک (attestation de droits) کې لیکل شوې ده.
phrase-health-ameli-account = د Ameli په ویبسایټ کې حساب لرئ؟
phrase-health-download-attestation = موږ کولی شو ستاسو د حقونو تصدیق‌لیک (attestation de droits) له Ameli څخه ښکته کړو.
phrase-health-doctor = کورنی ډاکټر (médecin traitant) لرئ؟
phrase-health-ame-what = AME د هغو کسانو د درملنې پیسې ورکوي چې د اوسېدو اجازه‌لیک نه لري او له 3 میاشتو زیات په فرانسه کې دي.
phrase-health-ame-proof-3-months = ثبوت لرئ چې له 3 میاشتو زیات په فرانسه کې یاست؟
phrase-health-ame-in-person = د AME لومړۍ غوښتنه باید پخپله، د CPAM (د روغتیايي بیمې سیمه‌ییز دفتر) په پذیرش کې وسپارئ.
phrase-health-ame-renew = AME یو کال اعتبار لري. باید هر کال یې بیا وغواړئ.

# د آنلاین حسابونو لپاره کارول کېږي: ایمیل، پټنوم، هغه کوډونه چې په SMS راځي، FranceConnect.
## حساب: ایمیل، پټنوم، SMS کوډونه، FranceConnect

phrase-account-email = ایمیل (برېښنالیک پته) لرئ؟
phrase-account-open-mailbox = کولی شئ خپل ایمیل په خپل ټیلیفون کې پرانیزئ؟
phrase-account-create-email = غواړئ چې یوځای یو ایمیل جوړ کړو؟ لږ وخت نیسي.
phrase-account-spam-folder = پیغام نه دی راغلی؟ راځئ چې د «courrier indésirable» یا «spam» فولډر وګورو.
phrase-account-activation-link = ویبسایټ تاسو ته په ایمیل کې یو لینک لېږلی. پرې کېکاږئ چې حساب مو فعال شي.
phrase-account-password-yourself = خپل پټنوم پخپله ولیکئ. زه نه ګورم.
phrase-account-password-forgotten = که مو پټنوم هېر شوی وي، موږ کولی شو یو نوی وټاکو.
phrase-account-password-note = خپل پټنوم په یوه کاغذ ولیکئ او په یو خوندي ځای کې یې وساتئ.
phrase-account-phone-number = دا د ټیلیفون شمېره ستاسو ده؟ ویبسایټ به دې ته کوډونه ولېږي.
phrase-account-sms-code = تاسو په SMS کې یو کوډ ترلاسه کړ. کولی شئ ما ته یې ولولئ؟
phrase-account-code-quick = دا کوډ یوازې څو دقیقې کار کوي. راځئ چې همدا اوس یې ولیکو.
phrase-account-code-never-give = دا کوډ هېڅکله هغه چا ته مه ورکوئ چې تاسو ته ټیلیفون کوي.
phrase-account-franceconnect = د FranceConnect په مرسته، تاسو په هغه حساب ننوځئ چې دمخه یې لرئ، لکه Ameli یا impots.gouv.

# هغه وخت کارول کېږي چې ویبسایټ د «Je ne suis pas un robot» (زه روبوټ نه یم) ازموینه، یعنې CAPTCHA، ښيي. Relais یې هېڅکله نه حل کوي.
## د روبوټ ضد ازموینه (CAPTCHA)

phrase-captcha-what = ویبسایټ ګوري چې تاسو انسان یاست، نه روبوټ.
phrase-captcha-not-for-you = Relais هېڅکله ستاسو پر ځای دې ازموینې ته ځواب نه ورکوي. زه به تاسو ته ووایم چې څنګه یې وکړئ.
phrase-captcha-audio = غږیزه نسخه شته. تاسو به توري یا عددونه واورئ.
phrase-captcha-write-what-you-hear = ښه غوږ ونیسئ، بیا هغه څه ولیکئ چې اورئ یې.
phrase-captcha-listen-again = تاسو کولی شئ بیا واورئ، یا نوی انځور وغواړئ.
phrase-captcha-keyboard = د کیبورډ د Tab تڼۍ په مرسته، کولی شئ د غږ تڼۍ ته ورسېږئ.
phrase-captcha-not-your-fault = دا ستاسو ګناه نه ده. دا ازموینه د ډېرو خلکو لپاره ګرانه ده.
phrase-captcha-failure-recorded = هره ناکامي د ثبوت په توګه ستاسو په ثبت کتاب (journal) کې لیکل کېږي.
phrase-captcha-other-way = که بیا هم کار ونه کړي، کولی شئ له ادارې څخه بله لاره وغواړئ، چې آنلاین نه وي.

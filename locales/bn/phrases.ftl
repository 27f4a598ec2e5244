### Relais: mediator-mode phrase cards, Bengali (bn).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# প্রতিটি সাক্ষাতের শুরুতে ও শেষে ব্যবহৃত হয়: স্বাগত জানানো, ব্যক্তির সম্মতি, আমরা কী করছি, গোপনীয়তা, শেষ।
## সাধারণ: স্বাগত, সম্মতি, ব্যাখ্যা, গোপনীয়তা, শেষ

phrase-general-hello = হ্যালো। আপনার অনলাইন সরকারি কাজে সাহায্য করতে আমি এখানে আছি।
phrase-general-together = আমরা এই কম্পিউটারে একসঙ্গে কাজটি করব।
phrase-general-your-choice = সিদ্ধান্ত আপনিই নেবেন। আপনার সম্মতি ছাড়া আমি কিছুই করি না।
phrase-general-translation-tool = এই প্রোগ্রামটি ওয়েবসাইটের শব্দগুলো আপনার ভাষায় অনুবাদ করে। এতে ভুল হতে পারে।
phrase-general-read-aloud = আমি বার্তাটি জোরে পড়ে শোনাব।
phrase-general-understood = আপনি কি বুঝেছেন? আমি আবার বলতে পারি, বা অন্যভাবে বুঝিয়ে বলতে পারি।
phrase-general-interpreter = আপনি কি একজন দোভাষী চান, এখানে সামনাসামনি বা ফোনে?
phrase-general-nothing-sent = Relais আপনার তথ্য কাউকে পাঠায় না। আপনি যা লেখেন, তা শুধু সরকারি অফিসের ওয়েবসাইট পায়।
phrase-general-keep-data = আপনি কি এই তথ্যগুলো এই কম্পিউটারে পাসওয়ার্ড দিয়ে সুরক্ষিত করে রাখতে চান?
phrase-general-passphrase = আপনার তথ্য সুরক্ষিত রাখতে একটি গোপন বাক্য বেছে নিন। এটা কাউকে বলবেন না।
phrase-general-erased-at-end = শেষে আপনার তথ্য এই কম্পিউটার থেকে মুছে ফেলা হবে, যদি না আপনি তা রেখে দিতে চান।
phrase-general-log-out = আমি আপনার অ্যাকাউন্ট থেকে লগআউট করছি, তারপর পাতাটি বন্ধ করছি।
phrase-general-finished = আজকের মতো আমাদের কাজ শেষ। আপনার সব কাগজপত্র যত্ন করে রাখুন।
phrase-general-come-back = কোনো প্রশ্ন থাকলে বা নতুন কোনো চিঠি এলে আবার আমার কাছে আসতে পারেন।

# ওয়েবসাইট পরিচয় জানতে চাইলে ব্যবহৃত হয়: কাগজপত্র, নাম, জন্ম তারিখ ও জন্মস্থান, ঠিকানা।
## পরিচয়: কাগজপত্র, নাম, তারিখ

phrase-identity-passport = আপনার পাসপোর্ট বা পরিচয়পত্র কি সঙ্গে আছে?
phrase-identity-show-papers = আপনি যে কাগজপত্র এনেছেন, সবগুলো কি আমাকে দেখাতে পারবেন?
phrase-identity-name-as-passport = আপনার নাম পাসপোর্টে ঠিক যেভাবে লেখা আছে, আমরা সেভাবেই লিখব।
phrase-identity-other-spelling = অন্য কোনো কাগজে কি আপনার নাম অন্যভাবে লেখা আছে?
phrase-identity-no-first-name = আপনার যদি প্রথম নাম (prénom) না থাকে, আমাকে বলুন। কিছু ওয়েবসাইটে এর জন্য একটি ঘর আছে।
phrase-identity-birth-date = আপনার জন্ম তারিখ কী? ফ্রান্সে প্রথমে দিন, তারপর মাস, তারপর বছর লেখা হয়।
phrase-identity-birth-place = আপনি কোথায় জন্মেছেন? শহর আর দেশের নাম বলুন।
phrase-identity-birth-certificate = ওয়েবসাইট আপনার জন্ম সনদ চাইছে। আপনার কাছে কি এর আসল কাগজ বা কপি আছে?
phrase-identity-not-recognised = ওয়েবসাইট এই কাগজটি চিনতে পারছে না। এটা আপনার দোষ নয়।
phrase-identity-photo-consent = ওয়েবসাইটে পাঠানোর জন্য আমি কি এই কাগজের একটি ছবি তুলতে পারি?
phrase-identity-mail-address = আপনার চিঠি পাওয়ার মতো কোনো ঠিকানা আছে? এটা কোনো সংস্থার ঠিকানাও হতে পারে।

# বসবাসের কাজে ব্যবহৃত হয়: রেসিডেন্স পারমিট (titre de séjour), রসিদ (récépissé), বিদেশি নম্বর, ANEF ওয়েবসাইট, প্রিফেকচারের (préfecture) হাজিরার চিঠি।
## বসবাস: রেসিডেন্স পারমিট, রসিদ (récépissé), বিদেশি নম্বর, ANEF, হাজিরার চিঠি

phrase-residence-permit-number = আপনার রেসিডেন্স পারমিটের (titre de séjour) নম্বর কি আছে? এটা আপনার কার্ডে বা রসিদে (récépissé) লেখা থাকে।
phrase-residence-foreign-number = আপনার বিদেশি নম্বরে (numéro étranger) 10টি সংখ্যা আছে। এটা আপনার রেসিডেন্স পারমিটে আর রসিদে (récépissé) লেখা থাকে।
phrase-residence-anef-account = ANEF ওয়েবসাইটে কি আপনার আগে থেকেই অ্যাকাউন্ট আছে?
phrase-residence-anef-username = ANEF-এ আপনার ব্যবহারকারী আইডি (identifiant) প্রায়ই আপনার বিদেশি নম্বর।
phrase-residence-end-date = চলুন, একসঙ্গে দেখি আপনার রেসিডেন্স পারমিটের মেয়াদ কবে শেষ হচ্ছে।
phrase-residence-renew-early = মেয়াদ শেষ হওয়ার আগেই নবায়নের আবেদন করতে হবে। শেষ মুহূর্ত পর্যন্ত অপেক্ষা করবেন না।
phrase-residence-recepisse = আপনার কি রসিদ (récépissé) আছে? এই কাগজ প্রমাণ করে যে আপনার আবেদনের কাজ চলছে।
phrase-residence-proof-of-submission = চলুন, আবেদন জমার প্রত্যয়নপত্রটি (attestation de dépôt) ডাউনলোড করি। এটা প্রমাণ করে যে আপনি আবেদন পাঠিয়েছেন।
phrase-residence-file-number = চলুন, আপনার ফাইল নম্বরটি লিখে রাখি। প্রতিটি বার্তায় এই নম্বর লিখতে হবে।
phrase-residence-automatic-reply = এই বার্তাটি একটি স্বয়ংক্রিয় উত্তর। এখনো কেউ আপনার আবেদন পড়েনি।
phrase-residence-convocation = আপনি কি হাজিরার চিঠি (convocation) পেয়েছেন? চিঠি বা বার্তাটি আমাকে দেখান।
phrase-residence-convocation-bring = অ্যাপয়েন্টমেন্টের দিন হাজিরার চিঠি আর চিঠিতে চাওয়া সব কাগজপত্র সঙ্গে আনবেন।

# প্রিফেকচারে (préfecture) অনলাইন অ্যাপয়েন্টমেন্টের জন্য ব্যবহৃত হয়: খালি সময় নেই, আবার চেষ্টা, প্রমাণ, বিচারক ও জরুরি শুনানি (référé)।
## অ্যাপয়েন্টমেন্ট: প্রিফেকচার, খালি সময় নেই, প্রমাণ, বিচারক

phrase-appointment-no-slot = ওয়েবসাইট বলছে কোনো খালি অ্যাপয়েন্টমেন্ট নেই।
phrase-appointment-not-your-fault = এটা আপনার দোষ নয়। অনেক মানুষই অ্যাপয়েন্টমেন্ট পান না।
phrase-appointment-try-tomorrow = আমরা কাল সকালে আবার চেষ্টা করব।
phrase-appointment-screenshot-proof = এই স্ক্রিনশট প্রমাণ করে যে কোনো অ্যাপয়েন্টমেন্ট খালি ছিল না।
phrase-appointment-journal = Relais প্রতিটি চেষ্টা তারিখ ও সময়সহ আপনার জার্নালে (খাতায়) লিখে রাখে।
phrase-appointment-try-often = প্রমাণ পেতে হলে কয়েক সপ্তাহ ধরে বারবার চেষ্টা করতে হবে।
phrase-appointment-without-me = আমাকে ছাড়া চেষ্টা করলে প্রতিবার একটি স্ক্রিনশট নিন।
phrase-appointment-judge = এই প্রমাণ দিয়ে একজন আইনজীবী বিচারকের কাছে আবেদন করতে পারেন, যাতে বিচারক প্রিফেকচারকে (préfecture) আপনাকে অ্যাপয়েন্টমেন্ট দিতে বাধ্য করেন।
phrase-appointment-legal-aid = আপনার আয় কম হলে আইনি সহায়তা (aide juridictionnelle) থেকে আইনজীবীর খরচ দেওয়া হতে পারে।
phrase-appointment-export-consent = আপনি কি চান, আমি আপনার আইনজীবীর জন্য প্রমাণের ফাইলটি তৈরি করে দিই?
phrase-appointment-got-slot = আপনার অ্যাপয়েন্টমেন্ট হয়েছে। চলুন, তারিখ, সময় আর ঠিকানা লিখে রাখি।
phrase-appointment-confirmation = নিশ্চিতকরণের ই-মেইলটি রেখে দিন। হয়তো ঢোকার সময় এটা দেখাতে হবে।

# CAF (পারিবারিক ভাতা অফিস)-এর কাজে ব্যবহৃত হয়: ভাতাপ্রাপক নম্বর, তিন মাসের আয় ঘোষণা, টাকা পাওয়া, ব্যাংকের তথ্য।
## ভাতা: CAF, তিন মাসের ঘোষণা, ব্যাংক

phrase-benefits-claimant-number = আপনার ভাতাপ্রাপক নম্বর (numéro allocataire) কি আছে? এটা CAF-এর চিঠির ওপরের দিকে লেখা থাকে।
phrase-benefits-quarterly = প্রতি 3 মাস পরপর CAF-কে আপনার আয় জানাতে হবে।
phrase-benefits-payments-stop = এই ঘোষণা না দিলে CAF টাকা দেওয়া বন্ধ করে দেয়।
phrase-benefits-income-per-month = গত 3 মাসে প্রতি মাসে আপনি কত টাকা পেয়েছেন?
phrase-benefits-payslips = এই 3 মাসের বেতনের স্লিপ (fiche de paie) বা ব্যাংক স্টেটমেন্ট কি আপনার কাছে আছে?
phrase-benefits-rib = আপনার কি RIB আছে? এটা ব্যাংকের একটি কাগজ, যাতে আপনার অ্যাকাউন্টের নম্বরগুলো লেখা থাকে।
phrase-benefits-rib-name = ব্যাংক অ্যাকাউন্টটি আপনার নিজের নামে হতে হবে।
phrase-benefits-check-payments = চলুন, CAF-এর ওয়েবসাইটে আপনার ব্যক্তিগত পাতায় (espace personnel) টাকা পাওয়ার হিসাব দেখি।
phrase-benefits-caf-message = CAF আপনাকে লিখেছে। আমি আপনার সঙ্গে বার্তাটি পড়ব।
phrase-benefits-caf-appointment = আমরা CAF-এর একজন পরামর্শদাতার সঙ্গে অ্যাপয়েন্টমেন্ট চাইতে পারি।

# স্বাস্থ্যের কাজে ব্যবহৃত হয়: Ameli অ্যাকাউন্ট, carte Vitale, সামাজিক নিরাপত্তা নম্বর, রাষ্ট্রীয় চিকিৎসা সহায়তা (AME)।
## স্বাস্থ্য: Ameli, carte Vitale, AME

phrase-health-carte-vitale = আপনার কি carte Vitale (স্বাস্থ্য বিমা কার্ড) আছে?
phrase-health-social-security-number = আপনার সামাজিক নিরাপত্তা নম্বর আপনার carte Vitale-এ আর স্বাস্থ্য বিমার অধিকারের প্রত্যয়নপত্রে (attestation de droits) লেখা থাকে।
phrase-health-ameli-account = Ameli ওয়েবসাইটে কি আপনার অ্যাকাউন্ট আছে?
phrase-health-download-attestation = আমরা Ameli থেকে আপনার স্বাস্থ্য বিমার অধিকারের প্রত্যয়নপত্র (attestation de droits) ডাউনলোড করতে পারি।
phrase-health-doctor = আপনার কি নিয়মিত পারিবারিক ডাক্তার (médecin traitant) আছে?
phrase-health-ame-what = AME (রাষ্ট্রীয় চিকিৎসা সহায়তা) তাদের চিকিৎসার খরচ দেয়, যাদের রেসিডেন্স পারমিট নেই এবং যারা 3 মাসের বেশি সময় ধরে ফ্রান্সে আছেন।
phrase-health-ame-proof-3-months = আপনি যে 3 মাসের বেশি সময় ধরে ফ্রান্সে আছেন, তার কোনো প্রমাণ কি আপনার কাছে আছে?
phrase-health-ame-in-person = AME-এর প্রথম আবেদন নিজে গিয়ে CPAM-এর (স্থানীয় স্বাস্থ্য বিমা অফিস) অভ্যর্থনা ডেস্কে জমা দিতে হয়।
phrase-health-ame-renew = AME এক বছর চলে। প্রতি বছর আবার আবেদন করতে হয়।

# অনলাইন অ্যাকাউন্টের কাজে ব্যবহৃত হয়: ই-মেইল ঠিকানা, পাসওয়ার্ড, SMS-এ পাওয়া কোড, FranceConnect।
## অ্যাকাউন্ট: ই-মেইল, পাসওয়ার্ড, SMS কোড, FranceConnect

phrase-account-email = আপনার কি ই-মেইল ঠিকানা আছে?
phrase-account-open-mailbox = আপনি কি ফোনে আপনার ই-মেইল খুলতে পারবেন?
phrase-account-create-email = আপনি কি চান, আমরা একসঙ্গে একটি ই-মেইল ঠিকানা তৈরি করি? এতে একটু সময় লাগে।
phrase-account-spam-folder = বার্তাটি আসছে না? চলুন, “courrier indésirable” বা “spam” (অবাঞ্ছিত মেইল) ফোল্ডারে দেখি।
phrase-account-activation-link = ওয়েবসাইট আপনাকে ই-মেইলে একটি লিংক পাঠিয়েছে। অ্যাকাউন্ট চালু করতে লিংকটিতে চাপ দিন।
phrase-account-password-yourself = আপনার পাসওয়ার্ড আপনি নিজেই টাইপ করুন। আমি দেখছি না।
phrase-account-password-forgotten = পাসওয়ার্ড ভুলে গেলে আমরা নতুন একটি পাসওয়ার্ড বেছে নিতে পারি।
phrase-account-password-note = পাসওয়ার্ডটি একটি কাগজে লিখে নিরাপদ জায়গায় রাখুন।
phrase-account-phone-number = এই ফোন নম্বরটি কি আপনার? ওয়েবসাইট এই নম্বরে কোড পাঠাবে।
phrase-account-sms-code = আপনি SMS-এ একটি কোড পেয়েছেন। কোডটি কি আমাকে পড়ে শোনাতে পারবেন?
phrase-account-code-quick = এই কোড মাত্র কয়েক মিনিট কাজ করে। চলুন, এখনই টাইপ করি।
phrase-account-code-never-give = কেউ আপনাকে ফোন করলে তাকে কখনো এই কোড দেবেন না।
phrase-account-franceconnect = FranceConnect দিয়ে আপনি আগে থেকে থাকা কোনো অ্যাকাউন্ট দিয়ে ঢুকতে পারেন, যেমন Ameli বা impots.gouv।

# ওয়েবসাইট “Je ne suis pas un robot” (আমি রোবট নই) যাচাই (CAPTCHA) দেখালে ব্যবহৃত হয়। Relais কখনো এর সমাধান করে না।
## রোবট-বিরোধী যাচাই (CAPTCHA)

phrase-captcha-what = ওয়েবসাইট যাচাই করছে যে আপনি একজন মানুষ, রোবট নন।
phrase-captcha-not-for-you = Relais কখনো আপনার হয়ে এই যাচাইয়ের উত্তর দেয় না। কীভাবে করবেন, আমি বুঝিয়ে দিচ্ছি।
phrase-captcha-audio = একটি অডিও সংস্করণ আছে। আপনি কিছু অক্ষর বা সংখ্যা শুনবেন।
phrase-captcha-write-what-you-hear = মন দিয়ে শুনুন, তারপর যা শুনলেন তা লিখুন।
phrase-captcha-listen-again = আপনি আবার শুনতে পারেন, অথবা নতুন ছবি চাইতে পারেন।
phrase-captcha-keyboard = কিবোর্ডের Tab বোতাম চেপে আপনি অডিও বোতাম পর্যন্ত যেতে পারেন।
phrase-captcha-not-your-fault = এটা আপনার দোষ নয়। এই যাচাই অনেকের জন্যই কঠিন।
phrase-captcha-failure-recorded = প্রতিটি ব্যর্থতা প্রমাণ হিসেবে আপনার জার্নালে (খাতায়) লেখা হয়।
phrase-captcha-other-way = তবুও কাজ না হলে, আপনি প্রশাসনের কাছে অনলাইন ছাড়া অন্য উপায়ে কাজটি করার সুযোগ চাইতে পারেন।

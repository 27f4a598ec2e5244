### Relais interface strings, Bengali (bn). Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup — এক্সটেনশনের জানালা
popup-title = Relais
popup-language = আপনার ভাষা
popup-site-on = এই ওয়েবসাইটে অনুবাদ দেখান
popup-site-unsupported = Relais ফ্রান্সের সরকারি সেবার ওয়েবসাইটে কাজ করে। এই পৃষ্ঠাটি তাদের একটি নয়।
popup-site-add = এই ওয়েবসাইটেও Relais ব্যবহার করুন
popup-unreviewed = এই অনুবাদ একটি যন্ত্র করেছে, এখনো কোনো মাতৃভাষী মানুষ তা যাচাই করেননি। কিছু পরিষ্কার না হলে একজন মধ্যস্থতাকারী বা সহায়তাকর্মীকে জিজ্ঞেস করুন।
popup-reviewed = এই অনুবাদ একজন মাতৃভাষী মানুষ যাচাই করেছেন।
popup-produced = এই অনুবাদ কীভাবে তৈরি হয়েছে: { $produced }
popup-error = Relais চালু হতে পারেনি: { $detail }

## Overlay on portal pages — সরকারি ওয়েবসাইটের পাতায়
overlay-explain = ব্যাখ্যা
overlay-unreviewed = অনুবাদটি এখনো কোনো মাতৃভাষী মানুষ যাচাই করেননি।
overlay-fallback = এখনো আপনার ভাষায় অনুবাদ হয়নি: অন্য ভাষায় দেখানো হচ্ছে।
overlay-read-aloud = জোরে পড়ে শোনান
overlay-no-voice = এই কম্পিউটারে আপনার ভাষার কোনো কণ্ঠস্বর নেই। আপনি ফরাসি ভাষায় শুনতে পারেন।
overlay-hard = এখানে কঠিন ফরাসি লেখা: ধীরে পড়ুন, অথবা একজন সহায়তাকারীর সাহায্য নিন।
overlay-close = বন্ধ করুন
overlay-read-french = ফরাসিতে পড়ে শোনান
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = মূল শব্দ:
overlay-translation-unreviewed = অনুবাদ এখনও যাচাই করা হয়নি
overlay-translation-by-portal = ওয়েবসাইটের নিজস্ব অনুবাদ
overlay-source = উৎস: { $name }, যাচাই করা হয়েছে { $date }

## Errors (each names the Rust error it explains) — ত্রুটি
error-protocol = Relais এমন একটি বার্তা পেয়েছে যা সে বুঝতে পারছে না। ({ $detail })
error-unknown-language = Relais-এ এখনো এই ভাষা নেই।
error-locale = Relais-এর একটি ভাষার ফাইল নষ্ট হয়ে গেছে। অন্য ভাষা বেছে নিন বা Relais আবার ইনস্টল করুন। ({ $detail })
error-not-loaded = ভাষাটি এখনো লোড হচ্ছে। একটু পরে আবার চেষ্টা করুন।

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it) — ক্যাপচা সাহায্য
captcha-title = নিরাপত্তা যাচাই: “Je ne suis pas un robot” (আমি রোবট নই)
captcha-what = ওয়েবসাইটটি আপনাকে প্রমাণ করতে বলছে যে আপনি একজন মানুষ, কোনো কম্পিউটার প্রোগ্রাম নন। Relais আপনার হয়ে এর উত্তর দেয় না: নিজে কীভাবে এই ধাপটি পার হবেন, তা এখানে দেওয়া হলো।
captcha-steps-captchetat = ছবিতে যে অক্ষর ও সংখ্যাগুলো দেখছেন, ঠিক সেভাবেই ঘরে লিখুন, কোনো ফাঁকা জায়গা না রেখে।
captcha-audio-captchetat = কোডটি শুনতে চাইলে লাউডস্পিকারের বোতাম চাপুন: “Énoncer le code” (কোডটি পড়ে শোনান)। যতবার দরকার, ততবার আবার শুনতে পারেন। তীর-চিহ্নের বোতামটি একটি নতুন ছবি দেখায়।
captcha-steps-recaptcha-v2 = “Je ne suis pas un robot” (আমি রোবট নই) লেখা ঘরে টিক দিন। ছবি দেখা গেলে, যে ছবিগুলো চাওয়া হয়েছে সেগুলো বেছে নিন এবং “Valider” (নিশ্চিত করুন) বোতাম চাপুন।
captcha-audio-recaptcha-v2 = ছবিগুলো ভালো করে দেখতে না পেলে, ছবির জানালায় হেডফোনের বোতাম চাপুন: আপনি কিছু শব্দ শুনবেন, সেগুলো লিখতে হবে। শব্দগুলো আবার শুনতে পারেন।
captcha-steps-recaptcha-invisible = আপনাকে কিছু করতে হবে না: এই যাচাই নিজে নিজেই হয়। পৃষ্ঠাটি যদি বলে আপনাকে রোবটের মতো মনে হচ্ছে, একটু অপেক্ষা করে আবার চেষ্টা করুন।
captcha-steps-hcaptcha = “Je suis un humain” (আমি একজন মানুষ) লেখা ঘরে টিক দিন। ছবি দেখা গেলে, যে ছবিগুলো চাওয়া হয়েছে সেগুলো বেছে নিন।
captcha-audio-hcaptcha = hCaptcha-তে সহজে ব্যবহারের (অ্যাক্সেসিবিলিটি) একটি ব্যবস্থা আছে: ছবির জানালায় মেনু খুলে লেখা প্রশ্ন চাইতে পারেন, অথবা একবার নিবন্ধন করে hCaptcha-র অ্যাক্সেসিবিলিটি কুকি নিতে পারেন।
captcha-steps-turnstile = সাধারণত কিছু করতে হয় না। কোনো ঘর দেখা গেলে, তাতে টিক দিন এবং কয়েক সেকেন্ড অপেক্ষা করুন।
captcha-steps-friendly-captcha = এটি নিজে নিজেই যাচাই করে। যাচাই শেষ হয়েছে লেখা না আসা পর্যন্ত অপেক্ষা করুন; বোতাম চাপতে বললে বোতামটি চাপুন।
captcha-steps-image = ছবির অক্ষরগুলো পাশের ঘরে লিখে দিন।
captcha-audio-image = শোনার জন্য বা নতুন ছবি পাওয়ার জন্য কোনো বোতাম থাকলে, যতবার দরকার ততবার সেটি ব্যবহার করতে পারেন।
captcha-steps-question = ঘরে প্রশ্নের উত্তর লিখুন। এটি একটি সহজ প্রশ্ন, যেমন দুটি সংখ্যার যোগফল।
captcha-fails = বারবার ব্যর্থ হলে একজন মধ্যস্থতাকারী বা সহায়তাকর্মীকে জিজ্ঞেস করুন। Relais প্রমাণ হিসেবে প্রতিটি ব্যর্থতা আপনার জার্নালে (খাতায়) লিখে রাখে। এই কাজটি অনলাইনে না করে অন্য কোনো উপায়ে করার সুযোগ প্রশাসনের কাছে চাওয়ার অধিকার আপনার আছে।
captcha-go-audio = অডিও সংস্করণে যান
captcha-go-widget = যাচাইয়ের জায়গায় যান
captcha-blocked = এই নিরাপত্তা যাচাই { $count } বার ব্যর্থ হয়েছে। Relais তা লিখে রেখেছে।

## Evidence journal — প্রমাণের জার্নাল (খাতা)
popup-journal = আমার জার্নাল (খাতা) খুলুন
popup-report = এখানে আমি আটকে গেছি: এই পৃষ্ঠাটি জার্নালে লিখে রাখুন
popup-report-note = কী হয়েছিল? (ইচ্ছা হলে লিখুন)
popup-recorded = আপনার জার্নালে লিখে রাখা হয়েছে।
journal-title = আমার প্রমাণের জার্নাল (খাতা)
journal-intro = সরকারি ওয়েবসাইটে প্রতিবার কোনো কাজ ব্যর্থ হলে, Relais নিজে থেকেই তা এখানে লিখে রাখে। প্রতিটি রেকর্ড আগের রেকর্ডের সঙ্গে জোড়া লাগানো থাকে, তাই কেউ গোপনে কিছু বদলাতে পারবে না।
journal-empty = এখনো কিছু লিখে রাখা হয়নি।
journal-per-day = প্রতিদিনের চেষ্টার সংখ্যা
journal-attempts = চেষ্টার সংখ্যা: { $count }
journal-delete = এই এন্ট্রিটি মুছে ফেলুন
journal-delete-confirm = এই এন্ট্রিটি মুছে ফেলবেন? জার্নালে এটি “মুছে ফেলা হয়েছে” হিসেবে থেকে যাবে, সঙ্গে আপনার দেওয়া কারণও থাকবে।
journal-export = আইনজীবীর জন্য প্রমাণের ফাইল (ZIP) এক্সপোর্ট করুন
journal-print = পুরো নথিটি প্রিন্ট করুন (PDF)
journal-import = অন্য কম্পিউটার থেকে প্রমাণের ফাইল আনুন (ইমপোর্ট)
journal-import-ok = প্রমাণের ফাইলটি যাচাই করে আনা হয়েছে: { $count }টি রেকর্ড।
journal-import-refused = প্রমাণের ফাইলটি নেওয়া হয়নি, আপনার জার্নাল আগের মতোই আছে: { $detail }
journal-error = জার্নালটি পড়া যায়নি: { $detail }
journal-storage-full = আপনার জার্নালে লিখে রাখা হয়েছে, কিন্তু স্ক্রিনশট ছাড়া: এই ব্রাউজারের জায়গা ভরে গেছে। আপনার জার্নাল এক্সপোর্ট করুন, তারপর কিছু জায়গা খালি করুন।
journal-not-recorded = Relais এই ব্যর্থতা আপনার জার্নালে লিখে রাখতে পারেনি। নিজে একটি স্ক্রিনশট নিন।

## Mediator mode: the bar on the portal's page, the mediator page, the popup — মধ্যস্থতাকারী মোড
popup-mediator-start = মধ্যস্থতাকারীর সঙ্গে সেশন শুরু করুন
popup-mediator-on = মধ্যস্থতাকারীর সঙ্গে একটি সেশন চলছে।
popup-mediator-open = বাক্য, নোট, সেশন শেষ করা
mediator-bar = Relais মধ্যস্থতাকারী মোড
mediator-language = ব্যক্তির ভাষা:
mediator-read-field = এই ঘরটি জোরে পড়ে শোনান
mediator-no-field = আগে ফর্মের একটি ঘরে ক্লিক করুন, অথবা Tab বোতাম দিয়ে সেখানে যান।
mediator-smaller = লেখা ছোট করুন
mediator-larger = লেখা বড় করুন
mediator-phrases = বাক্য
mediator-notes = নোট
mediator-end = সেশন শেষ করুন
mediator-title = মধ্যস্থতাকারীর সেশন
mediator-intro = একজন মধ্যস্থতাকারী আর তাঁর পাশে বসা ব্যক্তির জন্য, একই পর্দার সামনে। নোট আর গোপন বাক্য শুধু এই পৃষ্ঠায় লেখা হয়, কখনো ওয়েবসাইটে নয়।
mediator-session-title = সেশন
mediator-session-on = একটি সেশন চলছে। শুরু হয়েছে: { $started }।
mediator-no-session = কোনো সেশন চলছে না। ব্যক্তির ভাষা বেছে নিন, তারপর একটি সেশন শুরু করুন।
mediator-choose-language = ব্যক্তির ভাষা
mediator-start = সেশন শুরু করুন
mediator-started = সেশন শুরু হয়েছে। ওয়েবসাইটে এখন ফরাসি আর ব্যক্তির ভাষা পাশাপাশি দেখা যাবে।
mediator-phrases-title = বাক্যের কার্ড
mediator-unreviewed = অনুবাদটি এখনো কোনো মাতৃভাষী মানুষ যাচাই করেননি।
mediator-card-read = জোরে পড়ে শোনান
mediator-card-close = বন্ধ করুন
mediator-notes-title = সেশনের নোট
mediator-notes-help = শুধু এই সেশন চলার সময় রাখা হয়, যদি না ব্যক্তি সেগুলো তাঁর জার্নালের সঙ্গে রাখতে চান।
mediator-notes-saved = এই সেশনের নোট সংরক্ষণ করা হয়েছে।
mediator-end-title = সেশন শেষ করুন
mediator-end-help = এই সেশনের সবকিছু এই কম্পিউটার থেকে মুছে ফেলা হবে: ভাষা, নোট, জার্নাল, স্ক্রিনশট। ব্যক্তি চাইলে তাঁর জার্নাল একটি প্রোফাইলে রাখতে পারেন, যা একটি গোপন বাক্য দিয়ে সুরক্ষিত।
mediator-keep-legend = কী রাখবেন?
mediator-keep-none = কিছুই রাখবেন না
mediator-keep-profile = জার্নালটি গোপন বাক্য দিয়ে সুরক্ষিত একটি প্রোফাইলে রাখুন
mediator-profile-name = প্রোফাইলের নাম (নামের আদ্যক্ষর বা একটি ডাকনাম দিলেই চলবে)
mediator-passphrase = গোপন বাক্য (অন্তত ৮টি অক্ষর)
mediator-passphrase-again = গোপন বাক্যটি আবার লিখুন
mediator-keep-notes = নোটগুলো জার্নালের সঙ্গে রাখুন
mediator-end-button = এখনই সেশন শেষ করুন
mediator-ended = সেশন শেষ হয়েছে। এই কম্পিউটারে এর কিছুই আর নেই।
mediator-ended-kept = সেশন শেষ হয়েছে। জার্নালটি সুরক্ষিত প্রোফাইল { $profile }-এ রাখা আছে; এই কম্পিউটারে আর কিছুই নেই।
mediator-profile-name-needed = প্রোফাইলের একটি নাম দিন।
mediator-passphrase-short = গোপন বাক্যে অন্তত ৮টি অক্ষর থাকতে হবে।
mediator-passphrase-mismatch = দুটি গোপন বাক্য আলাদা।
mediator-wrong-passphrase = এই গোপন বাক্য দিয়ে এই প্রোফাইল খোলে না। কিছুই বদলানো হয়নি।
mediator-profiles-title = এই কম্পিউটারের প্রোফাইল
mediator-profiles-empty = এই কম্পিউটারে কোনো প্রোফাইল রাখা নেই।
mediator-profile-dates = তৈরি: { $created }। শেষবার রাখা হয়েছে: { $updated }।
mediator-profile-open = খুলুন এবং সেশন শুরু করুন
mediator-profile-opened = প্রোফাইল { $profile } খোলা হয়েছে: এর জার্নাল নিয়ে একটি সেশন চলছে।
mediator-profile-export = জার্নাল এক্সপোর্ট করুন (ZIP)
mediator-profile-delete = মুছে ফেলুন
mediator-profile-delete-confirm = এই প্রোফাইল আর এর জার্নাল এই কম্পিউটার থেকে মুছে ফেলবেন? এটি আর ফেরানো যাবে না।
mediator-profile-deleted = প্রোফাইল { $profile } মুছে ফেলা হয়েছে।

## Journal page: grouping and notes — জার্নালের পাতা: দিন অনুযায়ী ভাগ ও নোট
journal-notes = নোট
journal-note-add = একটি নোট যোগ করুন
journal-note-label = আপনার নোট (এটি সময়সহ রেকর্ডের শিকলে যোগ হয়, পরে আর বদলানো যায় না)
journal-note-save = নোটটি সংরক্ষণ করুন
journal-note-journal = পুরো জার্নাল নিয়ে নোট
journal-note-saved = নোটটি জার্নালে সংরক্ষণ করা হয়েছে।
journal-research = গবেষণার জন্য নাম-পরিচয় ছাড়া পরিসংখ্যান শেয়ার করুন

## Research export — গবেষণার জন্য ফাইল
research-title = গবেষণার জন্য নাম-পরিচয় ছাড়া পরিসংখ্যান শেয়ার করুন
research-intro = গবেষক ও বিভিন্ন সংগঠন ফ্রান্সের সরকারি সেবার ওয়েবসাইটে মানুষের ব্যর্থতাগুলো গোনেন, যাতে দেখানো যায় এই ওয়েবসাইটগুলো কোথায় মানুষকে আটকে দেয়। আপনি আপনার জার্নাল থেকে তাঁদের পরিসংখ্যান দিতে পারেন। Relais নিজে থেকে কিছুই পাঠায় না: আপনি একটি ফাইল ডাউনলোড করেন, আর কাকে দেবেন তা আপনিই ঠিক করেন।
research-shared-title = ফাইলে যা থাকে
research-shared = প্রতিটি ব্যর্থতা ও প্রতিটি ঘণ্টার জন্য একটি লাইন: ওয়েবসাইট, সরকারি কাজ, ব্যর্থতার ধরন, ওয়েবসাইটের বার্তা (ব্যক্তিগত তথ্য বদলে দেওয়া, যেমন ফোন নম্বরের জায়গায় [PHONE]), শুধু ঘণ্টা পর্যন্ত সময় (বিশ্ব সময় UTC-তে), সপ্তাহের দিন, চেষ্টার সংখ্যা, আপনার ব্রাউজারের ধরন, Relais-এর সংস্করণ, একটি অংশগ্রহণকারী আইডি, আর প্রতিটি ফাইলের জন্য নতুন করে তৈরি একটি ফাইল আইডি।
research-never-title = ফাইলে যা কখনো থাকে না
research-never = কোনো স্ক্রিনশট নয়, কোনো পৃষ্ঠার ঠিকানা নয়, কোনো পৃষ্ঠার শিরোনাম নয়, কোনো নোট নয়, মিনিট পর্যন্ত সময় নয়, আপনার লেখা কিছুই নয়। জার্নাল থেকে যে এন্ট্রিগুলো আপনি মুছে ফেলেছেন, সেগুলো বাদ থাকে। “এখানে আমি আটকে গেছি” চাপার সময় আপনি যা লিখেছিলেন, তা শেয়ার করা হয় না: সেই লাইনগুলোর বার্তা খালি থাকে।
research-contributor = অংশগ্রহণকারী আইডি: { $id }
research-contributor-help = একটি এলোমেলো সংখ্যা, যা Relais এই কম্পিউটারে বেছে নিয়েছে। এর ফলে গবেষকরা গুনতে পারেন কতজন আলাদা মানুষ পরিসংখ্যান পাঠিয়েছেন, কিন্তু তাঁরা কে তা জানতে পারেন না। আপনার সব ফাইলে এটি একই থাকে; যেকোনো সময় নতুন একটি নিতে পারেন।
research-contributor-new = নতুন অংশগ্রহণকারী আইডি নিন
research-contributor-changed = একটি নতুন অংশগ্রহণকারী আইডি নেওয়া হয়েছে। নিচের লাইনগুলোতে এটি আছে।
research-departement-label = আপনার ডিপার্টমেন্ট (département) (ইচ্ছা হলে)
research-departement-none = শেয়ার করা হবে না
research-departement-consent = আপনি যদি একটি ডিপার্টমেন্ট বেছে নেন, তাহলে আপনি রাজি যে এটি ফাইলের প্রতিটি লাইনে যোগ হবে। এটি বাদ রাখতে “শেয়ার করা হবে না” রেখে দিন।
research-table-caption = ফাইলের লাইন: { $count }টি। কোনো লাইন বাদ দিতে তার টিক তুলে দিন।
research-col-include = রাখুন
research-col-portal = ওয়েবসাইট
research-col-procedure = সরকারি কাজ
research-col-kind = ব্যর্থতা
research-col-message = ওয়েবসাইটের বার্তা (নাম-পরিচয় ছাড়া)
research-col-hour = ঘণ্টা (UTC)
research-col-weekday = দিন
research-col-attempts = চেষ্টা
research-include-label = লাইন { $n } রাখুন: { $portal }, { $kind }, { $hour }
research-every-line = প্রতিটি লাইনে আরও থাকে: অংশগ্রহণকারী আইডি { $id }, ব্রাউজার { $browser }, Relais { $version }, ফরম্যাট সংস্করণ { $schema }, ডিপার্টমেন্ট: { $departement }।
research-departement-not-shared = শেয়ার করা হয়নি
research-download-jsonl = ফাইলটি ডাউনলোড করুন (JSON Lines)
research-download-csv = ফাইলটি ডাউনলোড করুন (CSV, স্প্রেডশিটের জন্য)
research-downloaded = ফাইল তৈরি: { $file }, { $count }টি লাইন।
research-nothing-selected = কোনো লাইনে টিক দেওয়া নেই: ডাউনলোড করার কিছু নেই।
research-empty = আপনার জার্নালে এখনো শেয়ার করার মতো কোনো ব্যর্থতা নেই।
research-left-out = আপনার জার্নালের কিছু এন্ট্রি লাইনে বদলানো যায়নি, তাই বাদ দেওয়া হয়েছে: { $count }টি।
research-error = গবেষণার ফাইলটি তৈরি করা যায়নি: { $detail }
research-kind-no-slot = কোনো খালি অ্যাপয়েন্টমেন্ট নেই
research-kind-http-error = ওয়েবসাইটের ত্রুটি
research-kind-network-error = ওয়েবসাইট থেকে কোনো উত্তর নেই
research-kind-technical-error = প্রযুক্তিগত ত্রুটি
research-kind-service-unavailable = সেবা পাওয়া যাচ্ছে না
research-kind-session-expired = সেশনের মেয়াদ শেষ
research-kind-file-refused = নথি গ্রহণ করা হয়নি
research-kind-account-locked = অ্যাকাউন্ট আটকে গেছে
research-kind-wrong-credentials = আইডি বা পাসওয়ার্ড ভুল
research-kind-captcha-blocked = নিরাপত্তা যাচাই (CAPTCHA)
research-kind-form-error = ফর্ম গ্রহণ করা হয়নি
research-kind-user-reported = আপনি জানিয়েছেন
research-kind-other = অন্যান্য
journal-tsa-title = বিশ্বস্ত সময় (ইচ্ছা হলে)
journal-tsa-help = একটি সময়-মোহর সংস্থা (RFC 3161) আপনার জার্নালের শেষ রেকর্ডের ডিজিটাল ছাপে সই করতে পারে: এতে প্রমাণ হয় যে জার্নালটি ওই সময়ে ছিল। Relais তাদের শুধু এই ছাপটি পাঠায়, আপনার রেকর্ডের কিছুই নয়। দুটি আলাদা, স্বাধীন সংস্থা ব্যবহার করাই সবচেয়ে ভালো।
journal-tsa-urls = সময়-মোহর সংস্থাগুলোর ঠিকানা, প্রতি লাইনে একটি
journal-tsa-button = এখনই আমার জার্নালে সময়-মোহর দিন
journal-tsa-ok = সময়-মোহর দিয়েছে: { $tsa }।
journal-tsa-failed = সময়-মোহর দেওয়া যায়নি ({ $tsa }): { $detail }
journal-tsa-denied = এই ঠিকানাগুলোর সঙ্গে যোগাযোগ করতে Relais-এর আপনার অনুমতি দরকার। কিছুই পাঠানো হয়নি।

## Untranslated strings page
untranslated-title = অনুবাদহীন লেখা
untranslated-intro = এই কম্পিউটার পোর্টালের যে লেখাগুলো সম্পূর্ণ অনুবাদ ছাড়া দেখেছে, ব্যক্তিগত তথ্য ছাড়া গোনা হয়েছে: সংখ্যা, তারিখ ও ঠিকানা চলক দিয়ে বদলানো হয়েছে। কিছুই কম্পিউটার থেকে বাইরে যায় না: আপনি তালিকাটি অনুবাদকদের জন্য রপ্তানি করতে পারেন।
untranslated-lang-label = অনুবাদের ভাষা
untranslated-col-french = ফরাসি লেখা
untranslated-col-portal = পোর্টাল
untranslated-col-kind = ধরন
untranslated-col-count = বার
untranslated-col-last = শেষবার
untranslated-export = অনুবাদকদের জন্য রপ্তানি (PO ফাইল)
untranslated-clear = তালিকা মুছুন
untranslated-clear-confirm = এই কম্পিউটারে গোনা সব লেখা মুছে ফেলবেন?
untranslated-cleared = তালিকা মুছে ফেলা হয়েছে।
untranslated-empty = এই ভাষার জন্য কোনো অনুবাদহীন লেখা নেই।
untranslated-count = অনুবাদহীন লেখা: { $count }
untranslated-exported = ফাইল প্রস্তুত: { $file }, লেখা: { $count }।
popup-untranslated = অনুবাদহীন লেখা

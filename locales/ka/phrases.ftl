### Relais: mediator-mode phrase cards, Georgian (ka).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# გამოიყენება ყოველი შეხვედრის დასაწყისში და ბოლოს: მისალმება, ადამიანის თანხმობა, რას ვაკეთებთ, კონფიდენციალურობა, დასრულება.
## ზოგადი: მისალმება, თანხმობა, ახსნა, კონფიდენციალურობა, დასრულება

phrase-general-hello = გამარჯობა. მე აქ ვარ, რომ დაგეხმაროთ ინტერნეტით თქვენი საქმის მოგვარებაში.
phrase-general-together = ამ საქმეს ერთად გავაკეთებთ, ამ კომპიუტერზე.
phrase-general-your-choice = გადაწყვეტილებას თქვენ იღებთ. თქვენი თანხმობის გარეშე არაფერს გავაკეთებ.
phrase-general-translation-tool = ეს პროგრამა საიტის სიტყვებს თქვენს ენაზე თარგმნის. მას შეიძლება შეცდომა მოუვიდეს.
phrase-general-read-aloud = შეტყობინებას ხმამაღლა წაგიკითხავთ.
phrase-general-understood = გაიგეთ? შემიძლია გავიმეორო ან სხვანაირად აგიხსნათ.
phrase-general-interpreter = გნებავთ თარჯიმანი, აქ ადგილზე ან ტელეფონით?
phrase-general-nothing-sent = Relais თქვენს ინფორმაციას არავის უგზავნის. რასაც წერთ, მხოლოდ ადმინისტრაციის საიტი იღებს.
phrase-general-keep-data = გნებავთ, ეს ინფორმაცია ამ კომპიუტერზე შევინახოთ, პაროლით დაცული?
phrase-general-passphrase = აირჩიეთ საიდუმლო ფრაზა თქვენი ინფორმაციის დასაცავად. არავის უთხრათ.
phrase-general-erased-at-end = ბოლოს თქვენი ინფორმაცია ამ კომპიუტერიდან წაიშლება, თუ მის შენახვას არ აირჩევთ.
phrase-general-log-out = ახლა თქვენი ანგარიშიდან გამოვდივარ და მერე გვერდს ვხურავ.
phrase-general-finished = დღეისთვის დავამთავრეთ. ყველა თქვენი საბუთი კარგად შეინახეთ.
phrase-general-come-back = შეგიძლიათ ისევ მოხვიდეთ ჩემთან, თუ კითხვა ან ახალი წერილი გექნებათ.

# გამოიყენება, როცა საიტი პირად მონაცემებს ითხოვს: საბუთები, სახელები, დაბადების თარიღი და ადგილი, მისამართი.
## პირადობა: საბუთები, სახელები, თარიღები

phrase-identity-passport = გაქვთ თქვენი პასპორტი ან პირადობის მოწმობა?
phrase-identity-show-papers = შეგიძლიათ მაჩვენოთ ყველა საბუთი, რაც მოიტანეთ?
phrase-identity-name-as-passport = თქვენს სახელს და გვარს ზუსტად ისე ვწერთ, როგორც პასპორტშია.
phrase-identity-other-spelling = სხვა საბუთებში თქვენი სახელი სხვანაირად წერია?
phrase-identity-no-first-name = თუ სახელი (prénom) არ გაქვთ, მითხარით. ზოგ საიტზე ამისთვის მოსანიშნი უჯრაა.
phrase-identity-birth-date = როდის დაიბადეთ? საფრანგეთში ჯერ დღეს წერენ, მერე თვეს, მერე წელს.
phrase-identity-birth-place = სად დაიბადეთ? მითხარით ქალაქი და ქვეყანა.
phrase-identity-birth-certificate = საიტი თქვენს დაბადების მოწმობას ითხოვს. გაქვთ მისი დედანი ან ასლი?
phrase-identity-not-recognised = საიტი ამ საბუთს ვერ ცნობს. ეს თქვენი ბრალი არ არის.
phrase-identity-photo-consent = შეიძლება ამ საბუთის ფოტო გადავიღო, რომ საიტზე გავაგზავნო?
phrase-identity-mail-address = გაქვთ მისამართი, სადაც წერილებს მიიღებთ? ეს შეიძლება იყოს ორგანიზაციის მისამართი.

# გამოიყენება ბინადრობისთვის: ბინადრობის ნებართვა, დროებითი ცნობა (récépissé), უცხოელის ნომერი, ANEF-ის საიტი, პრეფექტურის (préfecture) გამოძახება.
## ბინადრობა: ბინადრობის ნებართვა, récépissé, უცხოელის ნომერი, ANEF, გამოძახება

phrase-residence-permit-number = გაქვთ თქვენი ბინადრობის ნებართვის (titre de séjour) ნომერი? ის წერია თქვენს ბარათზე ან დროებით ცნობაზე (récépissé).
phrase-residence-foreign-number = თქვენი უცხოელის ნომერი (numéro étranger) 10 ციფრისგან შედგება. ის წერია ბინადრობის ნებართვაზე და დროებით ცნობაზე (récépissé).
phrase-residence-anef-account = უკვე გაქვთ ანგარიში ANEF-ის საიტზე?
phrase-residence-anef-username = ANEF-ზე თქვენი მომხმარებლის სახელი (identifiant) ხშირად თქვენი უცხოელის ნომერია.
phrase-residence-end-date = ერთად ვნახოთ, როდის მთავრდება თქვენი ბინადრობის ნებართვის ვადა.
phrase-residence-renew-early = განახლება ვადის გასვლამდე უნდა მოითხოვოთ. ბოლო წუთამდე ნუ დაელოდებით.
phrase-residence-recepisse = გაქვთ დროებითი ცნობა (récépissé)? ეს ის ქაღალდია, რომელიც ადასტურებს, რომ თქვენი განცხადება განხილვაშია.
phrase-residence-proof-of-submission = ჩამოვტვირთოთ განცხადების წარდგენის ცნობა (attestation de dépôt). ის ადასტურებს, რომ განცხადება გაგზავნეთ.
phrase-residence-file-number = ჩავიწეროთ თქვენი საქმის ნომერი. ის ყოველ შეტყობინებაში უნდა ჩაწეროთ.
phrase-residence-automatic-reply = ეს შეტყობინება ავტომატური პასუხია. თქვენი განცხადება ჯერ არავის წაუკითხავს.
phrase-residence-convocation = მიიღეთ გამოძახება (convocation)? მაჩვენეთ წერილი ან შეტყობინება.
phrase-residence-convocation-bring = შეხვედრის დღეს მოიტანეთ გამოძახება და ყველა საბუთი, რასაც წერილში ითხოვენ.

# გამოიყენება პრეფექტურაში ონლაინ ჩაწერისთვის: თავისუფალი დრო არ არის, ხელახალი ცდები, მტკიცებულებები, მოსამართლე და référé (სასწრაფო სასამართლო პროცედურა).
## ვიზიტის დრო: პრეფექტურა, თავისუფალი დრო არ არის, მტკიცებულებები, მოსამართლე

phrase-appointment-no-slot = საიტი წერს, რომ თავისუფალი ვიზიტის დრო არ არის.
phrase-appointment-not-your-fault = ეს თქვენი ბრალი არ არის. ბევრი ადამიანი ვერ ახერხებს ჩაწერას.
phrase-appointment-try-tomorrow = ხვალ დილით ისევ ვცდით.
phrase-appointment-screenshot-proof = ეს ეკრანის სურათი ამტკიცებს, რომ თავისუფალი დრო არ იყო.
phrase-appointment-journal = Relais ყოველ ცდას თქვენს ჟურნალში იწერს, თარიღით და საათით.
phrase-appointment-try-often = მტკიცებულებისთვის ხშირად უნდა სცადოთ, რამდენიმე კვირის განმავლობაში.
phrase-appointment-without-me = თუ ჩემ გარეშე ცდილობთ, ყოველ ჯერზე ეკრანის სურათი (სქრინშოტი) გადაიღეთ.
phrase-appointment-judge = ამ მტკიცებულებებით ადვოკატს შეუძლია მოსამართლეს სთხოვოს, რომ პრეფექტურას (préfecture) დაავალოს თქვენთვის ვიზიტის დროის მიცემა.
phrase-appointment-legal-aid = თუ დაბალი შემოსავალი გაქვთ, ადვოკატის ხარჯი შეიძლება სახელმწიფო იურიდიულმა დახმარებამ (aide juridictionnelle) გადაიხადოს.
phrase-appointment-export-consent = გნებავთ, თქვენი ადვოკატისთვის მტკიცებულებების საქაღალდე მოვამზადო?
phrase-appointment-got-slot = ვიზიტის დრო დაგენიშნათ. ჩავიწეროთ თარიღი, საათი და მისამართი.
phrase-appointment-confirmation = შეინახეთ დადასტურების ელფოსტა. შესაძლოა, შესასვლელთან მისი ჩვენება მოგიწიოთ.

# გამოიყენება CAF-ისთვის (ოჯახური დახმარებების სამსახური): მიმღების ნომერი, შემოსავლების კვარტალური დეკლარაცია, გადახდები, საბანკო რეკვიზიტები.
## დახმარებები: CAF, კვარტალური დეკლარაცია, ბანკი

phrase-benefits-claimant-number = გაქვთ თქვენი მიმღების ნომერი (numéro allocataire)? ის CAF-ის წერილების ზედა ნაწილში წერია.
phrase-benefits-quarterly = ყოველ 3 თვეში ერთხელ თქვენი შემოსავლები CAF-ს უნდა შეატყობინოთ.
phrase-benefits-payments-stop = ამ დეკლარაციის გარეშე CAF ფულის გადახდას შეწყვეტს.
phrase-benefits-income-per-month = ბოლო 3 თვის განმავლობაში ყოველ თვე რამდენი ფული მიიღეთ?
phrase-benefits-payslips = გაქვთ ამ 3 თვის ხელფასის ფურცლები (fiches de paie) ან საბანკო ამონაწერები?
phrase-benefits-rib = გაქვთ RIB? ეს ბანკის ქაღალდია, სადაც თქვენი ანგარიშის ნომრები წერია.
phrase-benefits-rib-name = საბანკო ანგარიში თქვენს სახელზე უნდა იყოს.
phrase-benefits-check-payments = ვნახოთ თქვენი გადახდები CAF-ის პირად კაბინეტში (espace personnel).
phrase-benefits-caf-message = CAF-მა მოგწერათ. შეტყობინებას თქვენთან ერთად წავიკითხავ.
phrase-benefits-caf-appointment = შეგვიძლია CAF-ის მრჩეველთან შეხვედრა მოვითხოვოთ.

# გამოიყენება ჯანმრთელობისთვის: Ameli-ს ანგარიში, Vitale-ს ბარათი (carte Vitale), სოციალური დაზღვევის ნომერი, სახელმწიფო სამედიცინო დახმარება (AME).
## ჯანმრთელობა: Ameli, carte Vitale, AME

phrase-health-carte-vitale = გაქვთ Vitale-ს ბარათი (carte Vitale, ჯანმრთელობის დაზღვევის ბარათი)?
phrase-health-social-security-number = თქვენი სოციალური დაზღვევის ნომერი წერია Vitale-ს ბარათზე და დაზღვევის უფლებების ცნობაზე (attestation de droits).
phrase-health-ameli-account = გაქვთ ანგარიში Ameli-ს საიტზე?
phrase-health-download-attestation = შეგვიძლია Ameli-დან ჩამოვტვირთოთ თქვენი დაზღვევის უფლებების ცნობა (attestation de droits).
phrase-health-doctor = გყავთ ოჯახის ექიმი (médecin traitant)?
phrase-health-ame-what = AME (სახელმწიფო სამედიცინო დახმარება) მკურნალობის ხარჯს უხდის ადამიანებს, რომლებსაც ბინადრობის ნებართვა არ აქვთ და საფრანგეთში 3 თვეზე მეტია არიან.
phrase-health-ame-proof-3-months = გაქვთ მტკიცებულება, რომ საფრანგეთში 3 თვეზე მეტია ხართ?
phrase-health-ame-in-person = AME-ზე პირველი განცხადება პირადად უნდა შეიტანოთ, CPAM-ის (ჯანმრთელობის დაზღვევის ადგილობრივი ოფისის) მისაღებში.
phrase-health-ame-renew = AME ერთი წელი მოქმედებს. ყოველ წელს თავიდან უნდა მოითხოვოთ.

# გამოიყენება ონლაინ ანგარიშებისთვის: ელფოსტის მისამართი, პაროლი, SMS-ით მიღებული კოდები, FranceConnect.
## ანგარიში: ელფოსტა, პაროლი, SMS კოდები, FranceConnect

phrase-account-email = გაქვთ ელფოსტის მისამართი?
phrase-account-open-mailbox = შეგიძლიათ ტელეფონზე თქვენი ელფოსტა გახსნათ?
phrase-account-create-email = გნებავთ, ერთად შევქმნათ ელფოსტის მისამართი? ამას ცოტა დრო სჭირდება.
phrase-account-spam-folder = შეტყობინება არ მოდის? ვნახოთ საქაღალდე „courrier indésirable“ ან „spam“ (არასასურველი წერილები).
phrase-account-activation-link = საიტმა ელფოსტით ბმული გამოგიგზავნათ. ანგარიშის გასააქტიურებლად მას დააჭირეთ.
phrase-account-password-yourself = პაროლი თავად აკრიფეთ. მე არ ვიყურები.
phrase-account-password-forgotten = თუ პაროლი დაგავიწყდათ, შეგვიძლია ახალი ავირჩიოთ.
phrase-account-password-note = პაროლი ქაღალდზე ჩაიწერეთ და უსაფრთხო ადგილას შეინახეთ.
phrase-account-phone-number = ეს ტელეფონის ნომერი თქვენია? საიტი ამ ნომერზე კოდებს გამოგზავნის.
phrase-account-sms-code = SMS-ით კოდი მიიღეთ. შეგიძლიათ წამიკითხოთ?
phrase-account-code-quick = ეს კოდი მხოლოდ რამდენიმე წუთი მოქმედებს. ახლავე ავკრიფოთ.
phrase-account-code-never-give = ეს კოდი არასოდეს მისცეთ ვინმეს, ვინც ტელეფონით გირეკავთ.
phrase-account-franceconnect = FranceConnect-ით შეგიძლიათ შეხვიდეთ ანგარიშით, რომელიც უკვე გაქვთ, მაგალითად, Ameli-ს ან impots.gouv-ის ანგარიშით.

# გამოიყენება, როცა საიტი აჩვენებს შემოწმებას „Je ne suis pas un robot“ (მე არ ვარ რობოტი) (CAPTCHA). Relais მას არასოდეს ხსნის.
## რობოტისგან დაცვის შემოწმება (CAPTCHA)

phrase-captcha-what = საიტი ამოწმებს, რომ ადამიანი ხართ და არა რობოტი.
phrase-captcha-not-for-you = Relais ამ შემოწმებას არასოდეს პასუხობს თქვენ მაგივრად. აგიხსნით, როგორ გააკეთოთ.
phrase-captcha-audio = არის აუდიო ვერსია. მოისმენთ ასოებს ან ციფრებს.
phrase-captcha-write-what-you-hear = კარგად მოუსმინეთ, მერე ჩაწერეთ, რაც გაიგონეთ.
phrase-captcha-listen-again = შეგიძლიათ ისევ მოუსმინოთ ან ახალი სურათი მოითხოვოთ.
phrase-captcha-keyboard = კლავიატურის Tab ღილაკით შეგიძლიათ აუდიოს ღილაკამდე მიხვიდეთ.
phrase-captcha-not-your-fault = ეს თქვენი ბრალი არ არის. ეს შემოწმება ბევრი ადამიანისთვის რთულია.
phrase-captcha-failure-recorded = ყოველი წარუმატებელი ცდა თქვენს ჟურნალში იწერება, როგორც მტკიცებულება.
phrase-captcha-other-way = თუ მაინც არ გამოდის, შეგიძლიათ ადმინისტრაციას სთხოვოთ სხვა გზა, არა ინტერნეტით.

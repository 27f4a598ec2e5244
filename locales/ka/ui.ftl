### Relais interface strings, Georgian. Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## ფანჯარა (Popup)
popup-title = Relais
popup-language = თქვენი ენა
popup-site-on = თარგმანების ჩვენება ამ საიტზე
popup-site-unsupported = Relais მუშაობს საფრანგეთის სახელმწიფო სერვისების საიტებზე. ეს გვერდი მათ შორის არ არის.
popup-site-add = Relais-ის გამოყენება ამ საიტზეც
popup-unreviewed = ეს თარგმანი მანქანამ გააკეთა და ჯერ არ შეუმოწმებია ადამიანს, ვისთვისაც ეს ენა მშობლიურია. თუ რამე გაუგებარია, მიმართეთ შუამავალს (მედიატორს).
popup-reviewed = ეს თარგმანი შეამოწმა ადამიანმა, ვისთვისაც ეს ენა მშობლიურია.
popup-produced = როგორ გაკეთდა ეს თარგმანი: { $produced }
popup-error = Relais ვერ ჩაირთო: { $detail }

## პორტალების გვერდებზე (Overlay on portal pages)
overlay-explain = ახსნა
overlay-unreviewed = თარგმანი ჯერ არ შეუმოწმებია ადამიანს, ვისთვისაც ეს ენა მშობლიურია.
overlay-fallback = თქვენს ენაზე ჯერ არ არის თარგმნილი: ნაჩვენებია სხვა ენაზე.
overlay-read-aloud = ხმამაღლა წაკითხვა
overlay-no-voice = ამ კომპიუტერს თქვენი ენის ხმა არ აქვს. შეგიძლიათ მოუსმინოთ ფრანგულად.
overlay-hard = აქ რთული ფრანგული ტექსტია: წაიკითხეთ ნელა ან სთხოვეთ დახმარება შუამავალს.
overlay-close = დახურვა
overlay-read-french = ფრანგულად წაკითხვა
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = საკვანძო სიტყვები:
overlay-translation-unreviewed = თარგმანი ჯერ არ არის შემოწმებული
overlay-translation-by-portal = თავად საიტის თარგმანი
overlay-source = წყარო: { $name }, შემოწმებულია { $date }

## შეცდომები (Errors — each names the Rust error it explains)
error-protocol = Relais-მა მიიღო შეტყობინება, რომელიც არ ესმის. ({ $detail })
error-unknown-language = Relais-ს ეს ენა ჯერ არ აქვს.
error-locale = Relais-ის ენის ფაილი დაზიანებულია. აირჩიეთ სხვა ენა ან ხელახლა დააინსტალირეთ Relais. ({ $detail })
error-not-loaded = ენა ჯერ კიდევ იტვირთება. სცადეთ ცოტა ხანში.

## CAPTCHA-ს მინიშნებები (CAPTCHA hints — Relais never solves a CAPTCHA: it explains it)
captcha-title = უსაფრთხოების შემოწმება: „Je ne suis pas un robot“ (მე არ ვარ რობოტი)
captcha-what = საიტი გთხოვთ, დაამტკიცოთ, რომ ადამიანი ხართ და არა კომპიუტერული პროგრამა. Relais ამას თქვენ მაგივრად არ გააკეთებს: აი, როგორ გაიაროთ ეს შემოწმება თავად.
captcha-steps-captchetat = სურათზე არსებული ასოები და ციფრები ჩაწერეთ ველში ზუსტად ისე, როგორც ხედავთ, ცარიელი ადგილების გარეშე.
captcha-audio-captchetat = კოდის მოსასმენად დააჭირეთ დინამიკის ღილაკს: „Énoncer le code“ (კოდის წაკითხვა). შეგიძლიათ მოუსმინოთ იმდენჯერ, რამდენჯერაც საჭიროა. ისრებიანი ღილაკი ახალ სურათს გაჩვენებთ.
captcha-steps-recaptcha-v2 = მონიშნეთ უჯრა „Je ne suis pas un robot“ (მე არ ვარ რობოტი). თუ სურათები გამოჩნდება, აირჩიეთ ის სურათები, რომლებსაც გთხოვენ, და დააჭირეთ „Valider“ (დადასტურება).
captcha-audio-recaptcha-v2 = თუ სურათებს კარგად ვერ ხედავთ, სურათების ფანჯარაში დააჭირეთ ყურსასმენების ღილაკს: გაიგონებთ სიტყვებს, რომლებიც უნდა ჩაწეროთ. შეგიძლიათ ხელახლა მოუსმინოთ.
captcha-steps-recaptcha-invisible = არაფრის გაკეთება არ გჭირდებათ: ეს შემოწმება თავისით ხდება. თუ გვერდზე წერია, რომ რობოტს ჰგავხართ, ცოტა მოიცადეთ და თავიდან სცადეთ.
captcha-steps-hcaptcha = მონიშნეთ უჯრა „Je suis un humain“ (მე ადამიანი ვარ). თუ სურათები გამოჩნდება, აირჩიეთ ის სურათები, რომლებსაც გთხოვენ.
captcha-audio-hcaptcha = hCaptcha-ს აქვს ხელმისაწვდომობის ფუნქცია: სურათების ფანჯარაში გახსენით მენიუ და მოითხოვეთ ტექსტური დავალება, ან ერთხელ დარეგისტრირდით, რომ მიიღოთ hCaptcha-ს ხელმისაწვდომობის cookie (ქუქი-ფაილი).
captcha-steps-turnstile = ჩვეულებრივ არაფრის გაკეთება არ გჭირდებათ. თუ უჯრა გამოჩნდება, მონიშნეთ და რამდენიმე წამი მოიცადეთ.
captcha-steps-friendly-captcha = ეს შემოწმება თავისით ხდება. მოიცადეთ, სანამ არ დაწერს, რომ შემოწმება დასრულდა; თუ ღილაკზე დაჭერას გთხოვთ, დააჭირეთ.
captcha-steps-image = სურათზე არსებული სიმბოლოები გადაწერეთ გვერდით მდებარე ველში.
captcha-audio-image = თუ არის ღილაკი მოსასმენად ან ახალი სურათის მისაღებად, შეგიძლიათ გამოიყენოთ იმდენჯერ, რამდენჯერაც საჭიროა.
captcha-steps-question = ველში უპასუხეთ კითხვას. ეს მარტივი კითხვაა, მაგალითად, ორი რიცხვის შეკრება.
captcha-fails = თუ ისევ არ გამოდის, მიმართეთ შუამავალს (მედიატორს). Relais ყოველ წარუმატებელ ცდას თქვენს ჟურნალში იწერს, როგორც მტკიცებულებას. თქვენ გაქვთ უფლება, სთხოვოთ ადმინისტრაციას ამ პროცედურის სხვა გზით გავლა, არა ინტერნეტით.
captcha-go-audio = აუდიო ვერსიაზე გადასვლა
captcha-go-widget = შემოწმებაზე გადასვლა
captcha-blocked = ეს უსაფრთხოების შემოწმება { $count }-ჯერ წარუმატებლად დასრულდა. Relais-მა ეს ჩაიწერა.

## მტკიცებულებების ჟურნალი (Evidence journal)
popup-journal = ჩემი ჟურნალის გახსნა
popup-report = აქ ვერ ვაგრძელებ: ამ გვერდის ჩაწერა
popup-report-note = რა მოხდა? (არასავალდებულო)
popup-recorded = ჩაიწერა თქვენს ჟურნალში.
journal-title = ჩემი მტკიცებულებების ჟურნალი
journal-intro = ყოველი წარუმატებლობა, რომელიც პორტალზე შეგხვდათ, Relais-მა თავად ჩაიწერა. ყოველი ჩანაწერი წინა ჩანაწერთანაა დაკავშირებული, ამიტომ ვერავინ შეცვლის მას ისე, რომ არ შეიმჩნეოდეს.
journal-empty = ჯერ არაფერი ჩაწერილა.
journal-per-day = მცდელობები დღეში
journal-attempts = მცდელობები: { $count }
journal-delete = ამ ჩანაწერის წაშლა
journal-delete-confirm = წაიშალოს ეს ჩანაწერი? ჟურნალში დარჩება ჩანაწერი წაშლის შესახებ, თქვენი მიზეზის მითითებით.
journal-export = პაკეტის (ZIP) ექსპორტი ადვოკატისთვის
journal-print = დოსიეს ამობეჭდვა (PDF)
journal-import = პაკეტის იმპორტი სხვა კომპიუტერიდან
journal-import-ok = პაკეტი შემოწმდა და იმპორტირდა: { $count } ჩანაწერი.
journal-import-refused = პაკეტი უარყოფილია, თქვენი ჟურნალი არ შეცვლილა: { $detail }
journal-error = ჟურნალის წაკითხვა ვერ მოხერხდა: { $detail }
journal-storage-full = ჩაიწერა თქვენს ჟურნალში, მაგრამ ეკრანის სურათის გარეშე: ამ ბრაუზერის მეხსიერება სავსეა. გააკეთეთ ჟურნალის ექსპორტი, შემდეგ გაათავისუფლეთ ცოტა ადგილი.
journal-not-recorded = Relais-მა ვერ ჩაწერა ეს წარუმატებლობა თქვენს ჟურნალში. თავად გადაიღეთ ეკრანის სურათი.

## შუამავლის რეჟიმი (Mediator mode: the bar on the portal's page, the mediator page, the popup)
popup-mediator-start = შუამავალთან შეხვედრის დაწყება
popup-mediator-on = შუამავალთან შეხვედრა მიმდინარეობს.
popup-mediator-open = ფრაზები, შენიშვნები, შეხვედრის დასრულება
mediator-bar = Relais, შუამავლის რეჟიმი
mediator-language = მოსარგებლის ენა:
mediator-read-field = ამ ველის ხმამაღლა წაკითხვა
mediator-no-field = ჯერ დააწკაპუნეთ ფორმის ველზე, ან გადადით მასზე Tab ღილაკით.
mediator-smaller = უფრო პატარა ტექსტი
mediator-larger = უფრო დიდი ტექსტი
mediator-phrases = ფრაზები
mediator-notes = შენიშვნები
mediator-end = შეხვედრის დასრულება
mediator-title = შეხვედრა შუამავალთან
mediator-intro = შუამავლისა და მის გვერდით მჯდომი ადამიანისთვის, ერთი ეკრანის წინ. შენიშვნები და საიდუმლო ფრაზები იწერება მხოლოდ ამ გვერდზე, არასოდეს საიტზე.
mediator-session-title = შეხვედრა
mediator-session-on = შეხვედრა მიმდინარეობს. დაიწყო: { $started }.
mediator-no-session = შეხვედრა არ მიმდინარეობს. აირჩიეთ მოსარგებლის ენა, შემდეგ დაიწყეთ შეხვედრა.
mediator-choose-language = მოსარგებლის ენა
mediator-start = შეხვედრის დაწყება
mediator-started = შეხვედრა დაიწყო. საიტი ახლა გვერდიგვერდ აჩვენებს ფრანგულს და მოსარგებლის ენას.
mediator-phrases-title = ფრაზების ბარათები
mediator-unreviewed = თარგმანი ჯერ არ შეუმოწმებია ადამიანს, ვისთვისაც ეს ენა მშობლიურია.
mediator-card-read = ხმამაღლა წაკითხვა
mediator-card-close = დახურვა
mediator-notes-title = შეხვედრის შენიშვნები
mediator-notes-help = ინახება მხოლოდ ამ შეხვედრის დროს, თუ მოსარგებლე არ აირჩევს მათ შენახვას თავის ჟურნალთან ერთად.
mediator-notes-saved = შენიშვნები შენახულია ამ შეხვედრისთვის.
mediator-end-title = შეხვედრის დასრულება
mediator-end-help = ამ შეხვედრის ყველაფერი წაიშლება ამ კომპიუტერიდან: ენა, შენიშვნები, ჟურნალი, ეკრანის სურათები. მოსარგებლეს შეუძლია თავისი ჟურნალი შეინახოს პროფილში, რომელიც საიდუმლო ფრაზით არის დაცული.
mediator-keep-legend = რა შევინახოთ?
mediator-keep-none = არაფრის შენახვა
mediator-keep-profile = ჟურნალის შენახვა საიდუმლო ფრაზით დაცულ პროფილში
mediator-profile-name = პროფილის სახელი (საკმარისია ინიციალები ან მეტსახელი)
mediator-passphrase = საიდუმლო ფრაზა (მინიმუმ 8 სიმბოლო)
mediator-passphrase-again = საიდუმლო ფრაზა კიდევ ერთხელ
mediator-keep-notes = შენიშვნების შენახვა ჟურნალთან ერთად
mediator-end-button = შეხვედრის დასრულება ახლავე
mediator-ended = შეხვედრა დასრულდა. ამ კომპიუტერზე მისგან არაფერი დარჩა.
mediator-ended-kept = შეხვედრა დასრულდა. ჟურნალი შენახულია დაცულ პროფილში { $profile }; ამ კომპიუტერზე სხვა არაფერი დარჩა.
mediator-profile-name-needed = მიეცით პროფილს სახელი.
mediator-passphrase-short = საიდუმლო ფრაზა უნდა შედგებოდეს მინიმუმ 8 სიმბოლოსგან.
mediator-passphrase-mismatch = ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა.
mediator-wrong-passphrase = ეს საიდუმლო ფრაზა ამ პროფილს ვერ ხსნის. არაფერი შეცვლილა.
mediator-profiles-title = პროფილები ამ კომპიუტერზე
mediator-profiles-empty = ამ კომპიუტერზე არცერთი პროფილი არ არის შენახული.
mediator-profile-dates = შეიქმნა: { $created }. ბოლოს შეინახა: { $updated }.
mediator-profile-open = გახსნა და შეხვედრის დაწყება
mediator-profile-opened = პროფილი { $profile } გაიხსნა: შეხვედრა მიმდინარეობს მისი ჟურნალით.
mediator-profile-export = ჟურნალის ექსპორტი (ZIP)
mediator-profile-delete = წაშლა
mediator-profile-delete-confirm = წაიშალოს ეს პროფილი და მისი ჟურნალი ამ კომპიუტერიდან? ამის გაუქმება შეუძლებელია.
mediator-profile-deleted = პროფილი { $profile } წაიშალა.

## ჟურნალის გვერდი: დღეების მიხედვით და შენიშვნები (Journal page: grouping and notes)
journal-notes = შენიშვნები
journal-note-add = შენიშვნის დამატება
journal-note-label = თქვენი შენიშვნა (ის ემატება ჯაჭვს თავისი დროით და შემდეგ ვეღარ შეიცვლება)
journal-note-save = შენიშვნის შენახვა
journal-note-journal = შენიშვნა მთელ ჟურნალზე
journal-note-saved = შენიშვნა შენახულია ჟურნალში.
journal-research = ანონიმური მონაცემების გაზიარება კვლევისთვის

## ექსპორტი კვლევისთვის (Research export)
research-title = ანონიმური მონაცემების გაზიარება კვლევისთვის
research-intro = მკვლევრები და ორგანიზაციები ითვლიან წარუმატებლობებს, რომლებიც ადამიანებს საფრანგეთის სახელმწიფო სერვისების საიტებზე ხვდებათ, რათა აჩვენონ, სად აბრკოლებენ ეს საიტები ადამიანებს. შეგიძლიათ მისცეთ მათ მონაცემები თქვენი ჟურნალიდან. Relais თავისით არაფერს აგზავნის: თქვენ ჩამოტვირთავთ ფაილს და თავად ირჩევთ, ვის მისცეთ.
research-shared-title = რა არის ფაილში
research-shared = ერთი სტრიქონი ყოველ წარუმატებლობაზე და ყოველ საათზე: პორტალი, პროცედურა, წარუმატებლობის სახე, პორტალის შეტყობინება, სადაც პირადი მონაცემები შეცვლილია (მაგალითად, ტელეფონის ნომრის ნაცვლად [PHONE]), საათი ქვემოთ დამრგვალებული და უნივერსალური დროით (UTC), კვირის დღე, მცდელობების რაოდენობა, თქვენი ბრაუზერის ტიპი, Relais-ის ვერსია, მონაწილის კოდი და ფაილის კოდი, რომელიც ყოველი ფაილისთვის თავიდან იქმნება.
research-never-title = რა არასოდეს არის მასში
research-never = არც ეკრანის სურათი, არც გვერდის მისამართი, არც გვერდის სათაური, არც შენიშვნა, არც წუთის სიზუსტით დრო, არც არაფერი, რაც თქვენ აკრიფეთ. ჩანაწერები, რომლებიც ჟურნალიდან წაშალეთ, ფაილში არ შედის. როცა დააჭირეთ „აქ ვერ ვაგრძელებ“, ის, რაც დაწერეთ, არ ზიარდება: ამ სტრიქონებში შეტყობინება ცარიელია.
research-contributor = მონაწილის კოდი: { $id }
research-contributor-help = შემთხვევითი რიცხვი, რომელიც Relais-მა ამ კომპიუტერზე შექმნა. მისი დახმარებით მკვლევრები ითვლიან, რამდენმა სხვადასხვა ადამიანმა გაგზავნა მონაცემები, ისე, რომ არ იციან, ვინ არიან ისინი. ის ერთი და იგივეა თქვენს ყველა ფაილში; ნებისმიერ დროს შეგიძლიათ ახლის შექმნა.
research-contributor-new = ახალი მონაწილის კოდის შექმნა
research-contributor-changed = შეიქმნა ახალი მონაწილის კოდი. ქვემოთ მოცემულ სტრიქონებს ეს კოდი აქვს.
research-departement-label = თქვენი დეპარტამენტი (département) (არასავალდებულო)
research-departement-none = არ ზიარდება
research-departement-consent = თუ დეპარტამენტს აირჩევთ, თანხმდებით, რომ ის დაემატოს ფაილის ყველა სტრიქონს. დატოვეთ „არ ზიარდება“, რომ არ დაემატოს.
research-table-caption = ფაილის სტრიქონები: { $count }. მოხსენით მონიშვნა სტრიქონს, რომ ის ფაილში არ შევიდეს.
research-col-include = ჩართვა
research-col-portal = პორტალი
research-col-procedure = პროცედურა
research-col-kind = წარუმატებლობა
research-col-message = პორტალის შეტყობინება (ანონიმური)
research-col-hour = საათი (UTC)
research-col-weekday = დღე
research-col-attempts = მცდელობები
research-include-label = ჩართეთ სტრიქონი { $n }: { $portal }, { $kind }, { $hour }
research-every-line = ყველა სტრიქონს ასევე აქვს: მონაწილის კოდი { $id }, ბრაუზერი { $browser }, Relais { $version }, ფორმატის ვერსია { $schema }, დეპარტამენტი: { $departement }.
research-departement-not-shared = არ ზიარდება
research-download-jsonl = ფაილის ჩამოტვირთვა (JSON Lines)
research-download-csv = ფაილის ჩამოტვირთვა (CSV, ცხრილებისთვის)
research-downloaded = ფაილი მზადაა: { $file }, { $count } სტრიქონი.
research-nothing-selected = არცერთი სტრიქონი არ არის მონიშნული: ჩამოსატვირთი არაფერია.
research-empty = თქვენს ჟურნალში ჯერ არ არის გასაზიარებელი წარუმატებლობა.
research-left-out = თქვენი ჟურნალის ზოგიერთი ჩანაწერი ვერ გადაკეთდა სტრიქონად და ფაილში არ შევიდა: { $count }.
research-error = კვლევის ფაილი ვერ შეიქმნა: { $detail }
research-kind-no-slot = თავისუფალი ვიზიტის დრო არ არის
research-kind-http-error = საიტის შეცდომა
research-kind-network-error = საიტი არ პასუხობს
research-kind-technical-error = ტექნიკური შეცდომა
research-kind-service-unavailable = სერვისი მიუწვდომელია
research-kind-session-expired = სესიის ვადა ამოიწურა
research-kind-file-refused = დოკუმენტი უარყოფილია
research-kind-account-locked = ანგარიში დაბლოკილია
research-kind-wrong-credentials = მომხმარებლის სახელი ან პაროლი არასწორია
research-kind-captcha-blocked = უსაფრთხოების შემოწმება (CAPTCHA)
research-kind-form-error = ფორმა უარყოფილია
research-kind-user-reported = თქვენ მიერ შეტყობინებული
research-kind-other = სხვა
journal-tsa-title = სანდო დრო (არასავალდებულო)
journal-tsa-help = დროის შტამპის ორგანოს (RFC 3161) შეუძლია ხელი მოაწეროს თქვენი ჟურნალის ბოლო ჩანაწერის ციფრულ ანაბეჭდს: ეს ამტკიცებს, რომ ჟურნალი იმ დროს უკვე არსებობდა. Relais მას მხოლოდ ამ ანაბეჭდს უგზავნის, თქვენი ჩანაწერებიდან არაფერს. საუკეთესოა ორი დამოუკიდებელი ორგანო.
journal-tsa-urls = დროის შტამპის ორგანოების მისამართები, თითო სტრიქონზე ერთი
journal-tsa-button = ჩემს ჟურნალზე დროის შტამპის დასმა ახლავე
journal-tsa-ok = დროის შტამპი დასვა: { $tsa }.
journal-tsa-failed = დროის შტამპი ვერ დაისვა ({ $tsa }): { $detail }
journal-tsa-denied = Relais-ს სჭირდება თქვენი ნებართვა ამ მისამართებთან დასაკავშირებლად. არაფერი გაგზავნილა.

## Untranslated strings page
untranslated-title = თარგმანის გარეშე ტექსტები
untranslated-intro = პორტალების ტექსტები, რომლებიც ამ კომპიუტერმა სრული თარგმანის გარეშე ნახა, დათვლილია პირადი მონაცემების გარეშე: რიცხვები, თარიღები და მისამართები ცვლადებით არის შეცვლილი. არაფერი ტოვებს კომპიუტერს: შეგიძლიათ სია მთარგმნელებისთვის გაიტანოთ.
untranslated-lang-label = თარგმანის ენა
untranslated-col-french = ფრანგული ტექსტი
untranslated-col-portal = პორტალი
untranslated-col-kind = ტიპი
untranslated-col-count = ჯერ
untranslated-col-last = ბოლოს
untranslated-export = გატანა მთარგმნელებისთვის (PO ფაილი)
untranslated-clear = სიის გასუფთავება
untranslated-clear-confirm = წაიშალოს ამ კომპიუტერზე დათვლილი ყველა ტექსტი?
untranslated-cleared = სია გასუფთავდა.
untranslated-empty = ამ ენისთვის თარგმანის გარეშე ტექსტი არ არის.
untranslated-count = თარგმანის გარეშე ტექსტები: { $count }
untranslated-exported = ფაილი მზადაა: { $file }, ტექსტები: { $count }.
popup-untranslated = თარგმანის გარეშე ტექსტები

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
overlay-read-french = ფრანგულად წაკითხვა

## შეცდომები (Errors — each names the Rust error it explains)
error-protocol = Relais-მა მიიღო შეტყობინება, რომელიც არ ესმის. ({ $detail })
error-unknown-language = Relais-ს ეს ენა ჯერ არ აქვს.
error-locale = Relais-ის ენის ფაილი დაზიანებულია. აირჩიეთ სხვა ენა ან ხელახლა დააინსტალირეთ Relais. ({ $detail })
error-not-loaded = ენა ჯერ კიდევ იტვირთება. სცადეთ ცოტა ხანში.

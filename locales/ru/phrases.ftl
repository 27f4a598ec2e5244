### Relais: mediator-mode phrase cards, Russian.
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Используются в начале и в конце каждой встречи: приветствие, согласие человека, что мы делаем, конфиденциальность, завершение.
## Общее: приветствие, согласие, объяснение, конфиденциальность, завершение

phrase-general-hello = Здравствуйте. Я здесь, чтобы помочь вам с онлайн-процедурой.
phrase-general-together = Мы сделаем эту процедуру вместе, на этом компьютере.
phrase-general-your-choice = Решаете вы. Я ничего не делаю без вашего согласия.
phrase-general-translation-tool = Эта программа переводит слова сайта на ваш язык. Она может ошибаться.
phrase-general-read-aloud = Я прочитаю сообщение вслух.
phrase-general-understood = Вы поняли? Я могу повторить или объяснить по-другому.
phrase-general-interpreter = Хотите переводчика, здесь или по телефону?
phrase-general-nothing-sent = Relais никому не отправляет ваши данные. Только сайт учреждения получает то, что вы пишете.
phrase-general-keep-data = Хотите сохранить эти данные на этом компьютере под защитой пароля?
phrase-general-passphrase = Выберите секретную фразу, чтобы защитить ваши данные. Никому её не говорите.
phrase-general-erased-at-end = В конце ваши данные удаляются с этого компьютера, если только вы не решите их сохранить.
phrase-general-log-out = Я выхожу из вашего аккаунта, а потом закрываю страницу.
phrase-general-finished = На сегодня мы закончили. Хорошо храните все ваши документы.
phrase-general-come-back = Вы можете прийти ко мне снова, если у вас будет вопрос или новое письмо.

# Используются, когда сайт спрашивает данные о личности: документы, фамилия и имя, дата и место рождения, адрес.
## Личность: документы, имена, даты

phrase-identity-passport = У вас есть паспорт или удостоверение личности?
phrase-identity-show-papers = Можете показать мне все документы, которые вы принесли?
phrase-identity-name-as-passport = Мы пишем вашу фамилию точно так, как в паспорте.
phrase-identity-other-spelling = Ваша фамилия написана по-другому в других документах?
phrase-identity-no-first-name = Если у вас нет имени, скажите мне. На некоторых сайтах для этого есть отдельное поле.
phrase-identity-birth-date = Какая у вас дата рождения? Во Франции пишут сначала день, потом месяц, потом год.
phrase-identity-birth-place = Где вы родились? Назовите город и страну.
phrase-identity-birth-certificate = Сайт просит ваше свидетельство о рождении. Оно у вас есть, в оригинале или в копии?
phrase-identity-not-recognised = Сайт не распознаёт этот документ. Это не ваша вина.
phrase-identity-photo-consent = Можно я сфотографирую этот документ, чтобы отправить его на сайт?
phrase-identity-mail-address = У вас есть адрес, где вы можете получать письма? Это может быть адрес ассоциации.

# Используются для пребывания: вид на жительство, récépissé, номер иностранца, сайт ANEF, вызов в префектуру.
## Пребывание: вид на жительство, récépissé, номер иностранца, ANEF, вызов

phrase-residence-permit-number = У вас есть номер вида на жительство? Он есть на вашей карте или на временной справке (récépissé).
phrase-residence-foreign-number = Ваш номер иностранца состоит из 10 цифр. Он написан на виде на жительство и на récépissé.
phrase-residence-anef-account = У вас уже есть аккаунт на сайте ANEF?
phrase-residence-anef-username = На ANEF ваш логин (identifiant) — это часто ваш номер иностранца.
phrase-residence-end-date = Давайте вместе посмотрим дату окончания вашего вида на жительство.
phrase-residence-renew-early = Продление нужно просить до даты окончания. Не ждите последнего момента.
phrase-residence-recepisse = У вас есть récépissé (временная справка)? Это бумага, которая доказывает, что ваше заявление рассматривается.
phrase-residence-proof-of-submission = Давайте скачаем справку о подаче заявления (attestation de dépôt). Она доказывает, что вы отправили заявление.
phrase-residence-file-number = Давайте запишем номер вашего дела. Его нужно указывать в каждом сообщении.
phrase-residence-automatic-reply = Это сообщение — автоматический ответ. Ваше заявление ещё никто не читал.
phrase-residence-convocation = Вы получили вызов (convocation)? Покажите мне письмо или сообщение.
phrase-residence-convocation-bring = В день приёма возьмите с собой вызов и все документы, которые указаны в письме.

# Используются для онлайн-записи на приём в префектуру: нет свободного времени, новые попытки, доказательства, судья и référé (срочная процедура в суде).
## Запись на приём: префектура, нет свободного времени, доказательства, судья

phrase-appointment-no-slot = Сайт пишет, что свободной записи нет.
phrase-appointment-not-your-fault = Это не ваша вина. Многие люди не могут записаться на приём.
phrase-appointment-try-tomorrow = Мы попробуем снова завтра утром.
phrase-appointment-screenshot-proof = Этот снимок экрана доказывает, что свободной записи не было.
phrase-appointment-journal = Relais записывает каждую попытку в ваш журнал, с датой и временем.
phrase-appointment-try-often = Чтобы были доказательства, нужно пробовать часто, несколько недель.
phrase-appointment-without-me = Если вы пробуете без меня, каждый раз делайте снимок экрана.
phrase-appointment-judge = С этими доказательствами адвокат может попросить судью обязать префектуру дать вам запись на приём.
phrase-appointment-legal-aid = Если у вас маленькие доходы, бесплатная юридическая помощь (aide juridictionnelle) может оплатить адвоката.
phrase-appointment-export-consent = Хотите, я подготовлю пакет доказательств для вашего адвоката?
phrase-appointment-got-slot = Вы записаны на приём. Давайте запишем дату, время и адрес.
phrase-appointment-confirmation = Сохраните e-mail с подтверждением. Возможно, его нужно будет показать на входе.

# Используются для CAF: номер получателя пособия, квартальная декларация доходов, выплаты, банковские реквизиты.
## Пособия: CAF, квартальная декларация, банк

phrase-benefits-claimant-number = У вас есть номер получателя пособия (numéro allocataire)? Он написан вверху писем от CAF.
phrase-benefits-quarterly = Каждые 3 месяца нужно сообщать в CAF о ваших доходах.
phrase-benefits-payments-stop = Без этой декларации CAF перестаёт платить.
phrase-benefits-income-per-month = Сколько денег вы получали каждый месяц за последние 3 месяца?
phrase-benefits-payslips = У вас есть расчётные листы (fiches de paie) или выписки со счёта за эти 3 месяца?
phrase-benefits-rib = У вас есть RIB? Это бумага из банка с номерами вашего счёта.
phrase-benefits-rib-name = Банковский счёт должен быть на ваше имя.
phrase-benefits-check-payments = Давайте посмотрим ваши выплаты в вашем личном кабинете CAF.
phrase-benefits-caf-message = CAF вам написала. Я прочитаю сообщение вместе с вами.
phrase-benefits-caf-appointment = Мы можем попросить о встрече с консультантом CAF.

# Используются для здоровья: аккаунт Ameli, карта Vitale, номер социального страхования, государственная медицинская помощь (AME).
## Здоровье: Ameli, карта Vitale, AME

phrase-health-carte-vitale = У вас есть карта Vitale (карта медицинского страхования)?
phrase-health-social-security-number = Ваш номер социального страхования есть на карте Vitale и в справке о праве на медицинское страхование (attestation de droits).
phrase-health-ameli-account = У вас есть аккаунт на сайте Ameli?
phrase-health-download-attestation = Мы можем скачать вашу справку о праве на медицинское страхование на Ameli.
phrase-health-doctor = У вас есть лечащий врач (médecin traitant)?
phrase-health-ame-what = AME оплачивает лечение людей без вида на жительство, которые находятся во Франции больше 3 месяцев.
phrase-health-ame-proof-3-months = У вас есть доказательство, что вы во Франции больше 3 месяцев?
phrase-health-ame-in-person = Первое заявление на AME подают лично, в приёмной CPAM.
phrase-health-ame-renew = AME действует 1 год. Её нужно оформлять заново каждый год.

# Используются для онлайн-аккаунтов: адрес e-mail, пароль, коды по SMS, FranceConnect.
## Аккаунт: e-mail, пароль, коды по SMS, FranceConnect

phrase-account-email = У вас есть адрес электронной почты (e-mail)?
phrase-account-open-mailbox = Можете открыть вашу почту на телефоне?
phrase-account-create-email = Хотите, мы вместе создадим адрес электронной почты? Это займёт немного времени.
phrase-account-spam-folder = Сообщение не приходит? Давайте посмотрим в папке «Нежелательная почта» или «Спам».
phrase-account-activation-link = Сайт отправил вам ссылку по e-mail. Нажмите на неё, чтобы активировать аккаунт.
phrase-account-password-yourself = Введите пароль сами. Я не смотрю.
phrase-account-password-forgotten = Если вы забыли пароль, мы можем выбрать новый.
phrase-account-password-note = Запишите пароль на бумаге и храните её в надёжном месте.
phrase-account-phone-number = Этот номер телефона ваш? Сайт будет отправлять на него коды.
phrase-account-sms-code = Вам пришёл код по SMS. Можете прочитать его мне?
phrase-account-code-quick = Этот код действует только несколько минут. Давайте введём его сейчас.
phrase-account-code-never-give = Никогда не сообщайте этот код человеку, который звонит вам по телефону.
phrase-account-franceconnect = Через FranceConnect вы входите с аккаунтом, который у вас уже есть, например Ameli или impots.gouv.

# Используются, когда сайт показывает проверку «Я не робот» (CAPTCHA). Relais никогда не проходит её сам.
## Проверка «я не робот» (CAPTCHA)

phrase-captcha-what = Сайт проверяет, что вы человек, а не робот.
phrase-captcha-not-for-you = Relais никогда не отвечает на эту проверку за вас. Я объясню, как это сделать.
phrase-captcha-audio = Есть аудиоверсия. Вы услышите буквы или цифры.
phrase-captcha-write-what-you-hear = Внимательно послушайте, потом напишите то, что услышали.
phrase-captcha-listen-again = Можно послушать ещё раз или попросить новое изображение.
phrase-captcha-keyboard = Клавишей Tab на клавиатуре можно перейти к кнопке аудио.
phrase-captcha-not-your-fault = Это не ваша вина. Эта проверка трудная для многих людей.
phrase-captcha-failure-recorded = Каждая неудача записывается в ваш журнал как доказательство.
phrase-captcha-other-way = Если всё равно не получается, вы можете попросить учреждение дать другой способ, не через интернет.

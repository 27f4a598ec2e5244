### Relais: mediator-mode phrase cards, Ukrainian.
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Використовуються на початку і в кінці кожної зустрічі: привітання, згода людини, що ми робимо, конфіденційність, завершення.
## Загальне: привітання, згода, пояснення, конфіденційність, завершення

phrase-general-hello = Добрий день. Я тут, щоб допомогти вам з онлайн-процедурою.
phrase-general-together = Ми зробимо цю процедуру разом, на цьому комп’ютері.
phrase-general-your-choice = Вирішуєте ви. Я нічого не роблю без вашої згоди.
phrase-general-translation-tool = Ця програма перекладає слова сайту вашою мовою. Вона може помилятися.
phrase-general-read-aloud = Я прочитаю повідомлення вголос.
phrase-general-understood = Ви зрозуміли? Я можу повторити або пояснити інакше.
phrase-general-interpreter = Хочете перекладача, тут або по телефону?
phrase-general-nothing-sent = Relais нікому не надсилає ваші дані. Тільки сайт установи отримує те, що ви пишете.
phrase-general-keep-data = Хочете зберегти ці дані на цьому комп’ютері під захистом пароля?
phrase-general-passphrase = Виберіть секретну фразу, щоб захистити ваші дані. Нікому її не кажіть.
phrase-general-erased-at-end = Наприкінці ваші дані видаляються з цього комп’ютера, якщо ви не вирішите їх зберегти.
phrase-general-log-out = Я виходжу з вашого акаунта, а потім закриваю сторінку.
phrase-general-finished = На сьогодні ми закінчили. Добре бережіть усі ваші документи.
phrase-general-come-back = Ви можете прийти до мене знову, якщо у вас буде запитання або новий лист.

# Використовуються, коли сайт питає про особу: документи, прізвище та ім’я, дата і місце народження, адреса.
## Особа: документи, імена, дати

phrase-identity-passport = У вас є паспорт або посвідчення особи?
phrase-identity-show-papers = Можете показати мені всі документи, які ви принесли?
phrase-identity-name-as-passport = Ми пишемо ваше прізвище точно так, як у паспорті.
phrase-identity-other-spelling = Ваше прізвище написане інакше в інших документах?
phrase-identity-no-first-name = Якщо у вас немає імені, скажіть мені. На деяких сайтах для цього є окреме поле.
phrase-identity-birth-date = Яка ваша дата народження? У Франції пишуть спочатку день, потім місяць, потім рік.
phrase-identity-birth-place = Де ви народилися? Назвіть місто і країну.
phrase-identity-birth-certificate = Сайт просить ваше свідоцтво про народження. Воно у вас є, в оригіналі чи в копії?
phrase-identity-not-recognised = Сайт не розпізнає цей документ. Це не ваша провина.
phrase-identity-photo-consent = Можна я сфотографую цей документ, щоб надіслати його на сайт?
phrase-identity-mail-address = У вас є адреса, де ви можете отримувати листи? Це може бути адреса асоціації.

# Використовуються для перебування: посвідка на проживання, récépissé, номер іноземця, сайт ANEF, виклик до префектури.
## Перебування: посвідка на проживання, récépissé, номер іноземця, ANEF, виклик

phrase-residence-permit-number = У вас є номер посвідки на проживання? Він є на вашій картці або на тимчасовій довідці (récépissé).
phrase-residence-foreign-number = Ваш номер іноземця має 10 цифр. Він написаний на посвідці на проживання і на récépissé.
phrase-residence-anef-account = У вас уже є акаунт на сайті ANEF?
phrase-residence-anef-username = На ANEF ваш логін (identifiant) — це часто ваш номер іноземця.
phrase-residence-end-date = Давайте разом подивимося дату закінчення вашої посвідки на проживання.
phrase-residence-renew-early = Продовження треба просити до дати закінчення. Не чекайте останнього моменту.
phrase-residence-recepisse = У вас є récépissé (тимчасова довідка)? Це папір, який доводить, що вашу заяву розглядають.
phrase-residence-proof-of-submission = Давайте завантажимо довідку про подання заяви (attestation de dépôt). Вона доводить, що ви надіслали заяву.
phrase-residence-file-number = Давайте запишемо номер вашої справи. Його треба вказувати в кожному повідомленні.
phrase-residence-automatic-reply = Це повідомлення — автоматична відповідь. Вашу заяву ще ніхто не читав.
phrase-residence-convocation = Ви отримали виклик (convocation)? Покажіть мені лист або повідомлення.
phrase-residence-convocation-bring = У день прийому візьміть із собою виклик і всі документи, які вказані в листі.

# Використовуються для онлайн-запису на прийом у префектуру: немає вільного часу, нові спроби, докази, суддя і référé (термінова процедура в суді).
## Запис на прийом: префектура, немає вільного часу, докази, суддя

phrase-appointment-no-slot = Сайт пише, що вільного запису немає.
phrase-appointment-not-your-fault = Це не ваша провина. Багато людей не можуть записатися на прийом.
phrase-appointment-try-tomorrow = Ми спробуємо знову завтра вранці.
phrase-appointment-screenshot-proof = Цей знімок екрана доводить, що вільного запису не було.
phrase-appointment-journal = Relais записує кожну спробу у ваш журнал, із датою і часом.
phrase-appointment-try-often = Щоб мати докази, треба пробувати часто, кілька тижнів.
phrase-appointment-without-me = Якщо ви пробуєте без мене, щоразу робіть знімок екрана.
phrase-appointment-judge = З цими доказами адвокат може попросити суддю зобов’язати префектуру дати вам запис на прийом.
phrase-appointment-legal-aid = Якщо у вас малі доходи, безоплатна правова допомога (aide juridictionnelle) може оплатити адвоката.
phrase-appointment-export-consent = Хочете, я підготую пакет доказів для вашого адвоката?
phrase-appointment-got-slot = Ви записані на прийом. Давайте запишемо дату, час і адресу.
phrase-appointment-confirmation = Збережіть e-mail із підтвердженням. Можливо, його треба буде показати на вході.

# Використовуються для CAF: номер отримувача допомоги, квартальна декларація доходів, виплати, банківські реквізити.
## Допомоги: CAF, квартальна декларація, банк

phrase-benefits-claimant-number = У вас є номер отримувача допомоги (numéro allocataire)? Він написаний угорі листів від CAF.
phrase-benefits-quarterly = Кожні 3 місяці треба повідомляти CAF про ваші доходи.
phrase-benefits-payments-stop = Без цієї декларації CAF перестає платити.
phrase-benefits-income-per-month = Скільки грошей ви отримували щомісяця за останні 3 місяці?
phrase-benefits-payslips = У вас є розрахункові листи (fiches de paie) або виписки з рахунку за ці 3 місяці?
phrase-benefits-rib = У вас є RIB? Це папір із банку з номерами вашого рахунку.
phrase-benefits-rib-name = Банківський рахунок має бути на ваше ім’я.
phrase-benefits-check-payments = Давайте подивимося ваші виплати в особистому кабінеті CAF.
phrase-benefits-caf-message = CAF вам написала. Я прочитаю повідомлення разом із вами.
phrase-benefits-caf-appointment = Ми можемо попросити про зустріч із консультантом CAF.

# Використовуються для здоров’я: акаунт Ameli, картка Vitale, номер соціального страхування, державна медична допомога (AME).
## Здоров’я: Ameli, картка Vitale, AME

phrase-health-carte-vitale = У вас є картка Vitale (картка медичного страхування)?
phrase-health-social-security-number = Ваш номер соціального страхування є на картці Vitale і в довідці про право на медичне страхування (attestation de droits).
phrase-health-ameli-account = У вас є акаунт на сайті Ameli?
phrase-health-download-attestation = Ми можемо завантажити вашу довідку про право на медичне страхування на Ameli.
phrase-health-doctor = У вас є сімейний лікар (médecin traitant)?
phrase-health-ame-what = AME оплачує лікування людей без посвідки на проживання, які перебувають у Франції понад 3 місяці.
phrase-health-ame-proof-3-months = У вас є доказ, що ви у Франції понад 3 місяці?
phrase-health-ame-in-person = Першу заяву на AME подають особисто, у приймальні CPAM.
phrase-health-ame-renew = AME діє 1 рік. Її треба оформлювати знову щороку.

# Використовуються для онлайн-акаунтів: адреса e-mail, пароль, коди в SMS, FranceConnect.
## Акаунт: e-mail, пароль, коди в SMS, FranceConnect

phrase-account-email = У вас є адреса електронної пошти (e-mail)?
phrase-account-open-mailbox = Можете відкрити вашу пошту на телефоні?
phrase-account-create-email = Хочете, ми разом створимо адресу електронної пошти? Це займе трохи часу.
phrase-account-spam-folder = Повідомлення не приходить? Давайте подивимося в папці «Небажана пошта» або «Спам».
phrase-account-activation-link = Сайт надіслав вам посилання на e-mail. Натисніть на нього, щоб активувати акаунт.
phrase-account-password-yourself = Введіть пароль самі. Я не дивлюся.
phrase-account-password-forgotten = Якщо ви забули пароль, ми можемо вибрати новий.
phrase-account-password-note = Запишіть пароль на папері й зберігайте його в надійному місці.
phrase-account-phone-number = Цей номер телефону ваш? Сайт надсилатиме на нього коди.
phrase-account-sms-code = Вам прийшов код в SMS. Можете прочитати його мені?
phrase-account-code-quick = Цей код діє лише кілька хвилин. Давайте введемо його зараз.
phrase-account-code-never-give = Ніколи не повідомляйте цей код людині, яка телефонує вам.
phrase-account-franceconnect = Через FranceConnect ви входите з акаунтом, який у вас уже є, наприклад Ameli або impots.gouv.

# Використовуються, коли сайт показує перевірку «Я не робот» (CAPTCHA). Relais ніколи не проходить її сам.
## Перевірка «я не робот» (CAPTCHA)

phrase-captcha-what = Сайт перевіряє, що ви людина, а не робот.
phrase-captcha-not-for-you = Relais ніколи не відповідає на цю перевірку за вас. Я поясню, як це зробити.
phrase-captcha-audio = Є аудіоверсія. Ви почуєте літери або цифри.
phrase-captcha-write-what-you-hear = Уважно послухайте, потім напишіть те, що почули.
phrase-captcha-listen-again = Можна послухати ще раз або попросити нове зображення.
phrase-captcha-keyboard = Клавішею Tab на клавіатурі можна перейти до кнопки аудіо.
phrase-captcha-not-your-fault = Це не ваша провина. Ця перевірка складна для багатьох людей.
phrase-captcha-failure-recorded = Кожна невдача записується у ваш журнал як доказ.
phrase-captcha-other-way = Якщо все одно не виходить, ви можете попросити установу дати інший спосіб, не через інтернет.

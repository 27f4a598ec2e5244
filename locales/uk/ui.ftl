### Рядки інтерфейсу Relais, українська. Ідентифікатори повідомлень починаються з назви частини, яка їх показує.

## Вікно розширення
popup-title = Relais
popup-language = Ваша мова
popup-site-on = Показувати переклади на цьому сайті
popup-site-unsupported = Relais працює на сайтах французьких державних служб. Ця сторінка до них не належить.
popup-site-add = Використовувати Relais також на цьому сайті
popup-unreviewed = Цей переклад зробила машина, і носій мови його ще не перевірив. Якщо щось незрозуміло, зверніться до медіатора (помічника).
popup-reviewed = Цей переклад перевірив носій мови.
popup-produced = Як зроблено цей переклад: { $produced }
popup-error = Relais не вдалося запуститися: { $detail }

## На сторінках порталів
overlay-explain = Пояснити
overlay-unreviewed = Переклад ще не перевірений носієм мови.
overlay-fallback = Ще не перекладено вашою мовою: показано іншою мовою.
overlay-read-aloud = Прочитати вголос
overlay-no-voice = На цьому комп’ютері немає голосу для вашої мови. Ви можете послухати французькою.
overlay-hard = Тут складний французький текст: читайте повільно або попросіть допомоги в посередника.
overlay-close = Закрити
overlay-read-french = Прочитати французькою
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Ключові слова:
overlay-translation-unreviewed = переклад ще не перевірено
overlay-translation-by-portal = переклад від самого сайту
overlay-source = Джерело: { $name }, перевірено { $date }

## Помилки (кожна відповідає помилці ядра Rust)
error-protocol = Relais отримав повідомлення, якого не розуміє. ({ $detail })
error-unknown-language = Relais ще не має цієї мови.
error-locale = Мовний файл Relais пошкоджено. Виберіть іншу мову або перевстановіть Relais. ({ $detail })
error-not-loaded = Мова ще завантажується. Спробуйте ще раз за мить.

## Підказки щодо CAPTCHA (Relais ніколи не розв’язує CAPTCHA: він її пояснює)
captcha-title = Перевірка безпеки: «Je ne suis pas un robot» (Я не робот)
captcha-what = Сайт просить вас довести, що ви людина, а не комп’ютерна програма. Relais не відповідає за вас: ось як пройти цю перевірку самостійно.
captcha-steps-captchetat = Впишіть у поле літери й цифри із зображення точно так, як ви їх бачите, без пробілів.
captcha-audio-captchetat = Щоб почути код, натисніть кнопку з гучномовцем: «Énoncer le code» (Озвучити код). Ви можете слухати його стільки разів, скільки потрібно. Кнопка зі стрілками показує нове зображення.
captcha-steps-recaptcha-v2 = Поставте галочку в полі «Je ne suis pas un robot» (Я не робот). Якщо з’являться зображення, виберіть ті, про які просять, і натисніть «Valider» (Підтвердити).
captcha-audio-recaptcha-v2 = Якщо ви погано бачите зображення, натисніть кнопку з навушниками у вікні із зображеннями: ви почуєте слова, які треба написати. Їх можна прослухати ще раз.
captcha-steps-recaptcha-invisible = Нічого робити не треба: ця перевірка відбувається сама. Якщо сторінка каже, що ви схожі на робота, трохи зачекайте й спробуйте ще раз.
captcha-steps-hcaptcha = Поставте галочку в полі «Je suis un humain» (Я людина). Якщо з’являться зображення, виберіть ті, про які просять.
captcha-audio-hcaptcha = hCaptcha має функцію доступності: у вікні із зображеннями відкрийте меню й попросіть текстове завдання або один раз зареєструйтеся, щоб отримати cookie доступності hCaptcha.
captcha-steps-turnstile = Зазвичай нічого робити не треба. Якщо з’явиться поле для галочки, поставте її й зачекайте кілька секунд.
captcha-steps-friendly-captcha = Перевірка відбувається сама. Зачекайте, поки з’явиться повідомлення, що перевірку завершено; якщо вона просить натиснути кнопку, натисніть її.
captcha-steps-image = Перепишіть символи із зображення в поле поруч.
captcha-audio-image = Якщо є кнопка, щоб послухати або отримати нове зображення, ви можете користуватися нею стільки разів, скільки потрібно.
captcha-steps-question = Дайте відповідь на запитання в полі. Це просте запитання, наприклад додати два числа.
captcha-fails = Якщо знову не виходить, зверніться до медіатора (помічника). Relais записує кожну невдалу спробу у ваш журнал як доказ. Ви маєте право попросити установу дати вам інший спосіб оформити цю справу, не через інтернет.
captcha-go-audio = Перейти до аудіоверсії
captcha-go-widget = Перейти до перевірки
captcha-blocked = Цю перевірку безпеки не пройдено { $count } { $count ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разу
    }. Relais це записав.

## Журнал доказів
popup-journal = Відкрити мій журнал
popup-report = Я не можу пройти далі: записати цю сторінку
popup-report-note = Що сталося? (необов’язково)
popup-recorded = Записано у ваш журнал.
journal-title = Мій журнал доказів
journal-intro = Кожну невдачу на порталі Relais записує сам. Кожен запис пов’язаний із попереднім, тому ніхто не може непомітно його змінити.
journal-empty = Поки що нічого не записано.
journal-per-day = Спроби за днями
journal-attempts = Кількість спроб: { $count }
journal-delete = Видалити цей запис
journal-delete-confirm = Видалити цей запис? Він залишиться в журналі як видалений, разом із вашою причиною.
journal-export = Експортувати пакет (ZIP) для адвоката
journal-print = Надрукувати досьє (PDF)
journal-import = Імпортувати пакет з іншого комп’ютера
journal-import-ok = Пакет перевірено й імпортовано: { $count } { $count ->
        [one] запис
        [few] записи
        [many] записів
       *[other] запису
    }.
journal-import-refused = Пакет відхилено, ваш журнал не змінився: { $detail }
journal-error = Не вдалося прочитати журнал: { $detail }
journal-storage-full = Записано у ваш журнал, але без знімка екрана: пам’ять цього браузера заповнена. Експортуйте журнал, а потім звільніть місце.
journal-not-recorded = Relais не вдалося записати цю невдачу у ваш журнал. Зробіть знімок екрана самі.

## Режим медіатора: панель на сторінці порталу, сторінка медіатора, вікно розширення
popup-mediator-start = Почати зустріч із медіатором
popup-mediator-on = Триває зустріч із медіатором.
popup-mediator-open = Фрази, нотатки, кінець зустрічі
mediator-bar = Relais, режим медіатора
mediator-language = Мова людини:
mediator-read-field = Прочитати це поле вголос
mediator-no-field = Спочатку натисніть на поле форми або перейдіть до нього клавішею Tab.
mediator-smaller = Дрібніший текст
mediator-larger = Більший текст
mediator-phrases = Фрази
mediator-notes = Нотатки
mediator-end = Закінчити зустріч
mediator-title = Зустріч із медіатором
mediator-intro = Для медіатора і людини поруч із ним, біля одного екрана. Нотатки й секретні фрази вводять лише на цій сторінці, ніколи на сайті.
mediator-session-title = Зустріч
mediator-session-on = Триває зустріч. Початок: { $started }.
mediator-no-session = Зараз зустрічі немає. Виберіть мову людини, потім почніть зустріч.
mediator-choose-language = Мова людини
mediator-start = Почати зустріч
mediator-started = Зустріч почалася. Тепер сайт показує текст французькою і мовою людини поруч.
mediator-phrases-title = Картки з фразами
mediator-unreviewed = Переклад ще не перевірений носієм мови.
mediator-card-read = Прочитати вголос
mediator-card-close = Закрити
mediator-notes-title = Нотатки зустрічі
mediator-notes-help = Зберігаються лише під час цієї зустрічі, якщо людина не вирішить зберегти їх разом зі своїм журналом.
mediator-notes-saved = Нотатки збережено для цієї зустрічі.
mediator-end-title = Закінчити зустріч
mediator-end-help = Усе, що стосується цієї зустрічі, видаляється з цього комп’ютера: мова, нотатки, журнал, знімки екрана. Людина може зберегти свій журнал у профілі, захищеному секретною фразою.
mediator-keep-legend = Що зберегти?
mediator-keep-none = Нічого не зберігати
mediator-keep-profile = Зберегти журнал у профілі, захищеному секретною фразою
mediator-profile-name = Назва профілю (досить ініціалів або прізвиська)
mediator-passphrase = Секретна фраза (не менше 8 символів)
mediator-passphrase-again = Секретна фраза ще раз
mediator-keep-notes = Зберегти нотатки разом із журналом
mediator-end-button = Закінчити зустріч зараз
mediator-ended = Зустріч закінчено. На цьому комп’ютері від неї нічого не залишилося.
mediator-ended-kept = Зустріч закінчено. Журнал збережено в захищеному профілі «{ $profile }»; більше нічого на цьому комп’ютері не залишилося.
mediator-profile-name-needed = Дайте профілю назву.
mediator-passphrase-short = Секретна фраза має містити не менше 8 символів.
mediator-passphrase-mismatch = Дві секретні фрази не збігаються.
mediator-wrong-passphrase = Ця секретна фраза не відкриває цей профіль. Нічого не змінено.
mediator-profiles-title = Профілі на цьому комп’ютері
mediator-profiles-empty = На цьому комп’ютері немає збережених профілів.
mediator-profile-dates = Створено: { $created }. Останнє збереження: { $updated }.
mediator-profile-open = Відкрити й почати зустріч
mediator-profile-opened = Профіль «{ $profile }» відкрито: триває зустріч із його журналом.
mediator-profile-export = Експортувати журнал (ZIP)
mediator-profile-delete = Видалити
mediator-profile-delete-confirm = Видалити цей профіль і його журнал із цього комп’ютера? Це не можна скасувати.
mediator-profile-deleted = Профіль «{ $profile }» видалено.

## Сторінка журналу: групування й нотатки
journal-notes = Нотатки
journal-note-add = Додати нотатку
journal-note-label = Ваша нотатка (її додають до ланцюжка разом із часом, і потім її не можна змінити)
journal-note-save = Зберегти нотатку
journal-note-journal = Нотатка до всього журналу
journal-note-saved = Нотатку збережено в журналі.
journal-research = Поділитися анонімними цифрами для досліджень

## Експорт для досліджень
research-title = Поділитися анонімними цифрами для досліджень
research-intro = Дослідники й асоціації рахують невдачі, з якими люди стикаються на сайтах французьких державних служб, щоб показати, де ці сайти заважають людям. Ви можете дати їм цифри з вашого журналу. Relais нічого не надсилає сам: ви завантажуєте файл і самі вирішуєте, кому його дати.
research-shared-title = Що є у файлі
research-shared = Один рядок на кожну невдачу і кожну годину: портал, адміністративна процедура, тип невдачі, повідомлення порталу, де особисті дані замінено (наприклад, [PHONE] замість номера телефону), година, округлена вниз, за всесвітнім часом (UTC), день тижня, кількість спроб, тип вашого браузера, версія Relais, ідентифікатор учасника та ідентифікатор файлу, новий для кожного файлу.
research-never-title = Чого в ньому ніколи немає
research-never = Немає знімків екрана, адрес сторінок, назв сторінок, нотаток, точного часу до хвилини і нічого з того, що ви вводили. Записи, які ви видалили з журналу, у файл не потрапляють. Якщо ви натискали «Я не можу пройти далі», те, що ви написали, не передається: у цих рядків порожнє повідомлення.
research-contributor = Ідентифікатор учасника: { $id }
research-contributor-help = Випадкове число, яке Relais створив на цьому комп’ютері. Воно дає змогу дослідникам порахувати, скільки різних людей надіслали цифри, не знаючи, хто вони. Воно однакове в усіх ваших файлах; ви можете будь-коли отримати нове.
research-contributor-new = Отримати новий ідентифікатор учасника
research-contributor-changed = Створено новий ідентифікатор учасника. Він є в рядках нижче.
research-departement-label = Ваш департамент (необов’язково)
research-departement-none = Не вказувати
research-departement-consent = Якщо ви виберете департамент, ви погоджуєтеся, що його буде додано до кожного рядка файлу. Залиште «Не вказувати», щоб його не передавати.
research-table-caption = У файлі { $count } { $count ->
        [one] рядок
        [few] рядки
        [many] рядків
       *[other] рядка
    }. Зніміть галочку з рядка, щоб його не включати.
research-col-include = Включити
research-col-portal = Портал
research-col-procedure = Процедура
research-col-kind = Невдача
research-col-message = Повідомлення порталу (без особистих даних)
research-col-hour = Година (UTC)
research-col-weekday = День
research-col-attempts = Спроби
research-include-label = Включити рядок { $n }: { $portal }, { $kind }, { $hour }
research-every-line = У кожному рядку також є: ідентифікатор учасника { $id }, браузер { $browser }, Relais { $version }, версія формату { $schema }, департамент: { $departement }.
research-departement-not-shared = не вказано
research-download-jsonl = Завантажити файл (JSON Lines)
research-download-csv = Завантажити файл (CSV, для електронної таблиці)
research-downloaded = Файл готовий: { $file }, { $count } { $count ->
        [one] рядок
        [few] рядки
        [many] рядків
       *[other] рядка
    }.
research-nothing-selected = Жоден рядок не позначено: немає чого завантажувати.
research-empty = У вашому журналі ще немає невдач, якими можна поділитися.
research-left-out =
    { $count ->
        [one] { $count } запис журналу не вдалося перетворити на рядок, його не включено.
        [few] { $count } записи журналу не вдалося перетворити на рядки, їх не включено.
        [many] { $count } записів журналу не вдалося перетворити на рядки, їх не включено.
       *[other] { $count } запису журналу не вдалося перетворити на рядки, їх не включено.
    }
research-error = Не вдалося створити файл для досліджень: { $detail }
research-kind-no-slot = Немає вільного запису на прийом
research-kind-http-error = Помилка сайту
research-kind-network-error = Сайт не відповідає
research-kind-technical-error = Технічна помилка
research-kind-service-unavailable = Сервіс недоступний
research-kind-session-expired = Сесія завершилася
research-kind-file-refused = Документ відхилено
research-kind-account-locked = Акаунт заблоковано
research-kind-wrong-credentials = Неправильний логін або пароль
research-kind-captcha-blocked = Перевірка безпеки (CAPTCHA)
research-kind-form-error = Форму відхилено
research-kind-user-reported = Позначено вами
research-kind-other = Інше
journal-tsa-title = Надійний час (необов’язково)
journal-tsa-help = Служба позначок часу (RFC 3161) може підписати відбиток останнього запису вашого журналу: це доводить, що журнал існував у той час. Relais надсилає їй лише цей відбиток, нічого з ваших записів. Найкраще вибрати дві незалежні служби.
journal-tsa-urls = Адреси служб позначок часу, по одній на рядок
journal-tsa-button = Поставити позначку часу на журнал зараз
journal-tsa-ok = Позначку часу отримано: { $tsa }.
journal-tsa-failed = Позначку часу не отримано ({ $tsa }): { $detail }
journal-tsa-denied = Relais потрібен ваш дозвіл, щоб зв’язатися з цими адресами. Нічого не надіслано.

## Untranslated strings page
untranslated-title = Тексти без перекладу
untranslated-intro = Тексти порталів, які цей комп’ютер бачив без повного перекладу, пораховані без особистих даних: числа, дати та адреси замінено змінними. Ніщо не залишає комп’ютер: ви можете експортувати список для перекладачів.
untranslated-lang-label = Мова перекладу
untranslated-col-french = Французький текст
untranslated-col-portal = Портал
untranslated-col-kind = Тип
untranslated-col-count = Разів
untranslated-col-last = Останній раз
untranslated-export = Експорт для перекладачів (файл PO)
untranslated-clear = Очистити список
untranslated-clear-confirm = Видалити всі тексти, пораховані на цьому комп’ютері?
untranslated-cleared = Список очищено.
untranslated-empty = Для цієї мови немає текстів без перекладу.
untranslated-count =
    { $count ->
        [one] { $count } текст без перекладу.
        [few] { $count } тексти без перекладу.
        [many] { $count } текстів без перекладу.
       *[other] { $count } тексту без перекладу.
    }
untranslated-exported = Файл готовий: { $file }, текстів: { $count }.
popup-untranslated = Тексти без перекладу

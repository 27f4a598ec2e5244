### Строки интерфейса Relais, русский. Идентификаторы сообщений начинаются с названия части, которая их показывает.

## Окно расширения
popup-title = Relais
popup-language = Ваш язык
popup-site-on = Показывать переводы на этом сайте
popup-site-unsupported = Relais работает на сайтах французских государственных служб. Эта страница к ним не относится.
popup-site-add = Использовать Relais и на этом сайте
popup-unreviewed = Этот перевод сделан машиной, и носитель языка его ещё не проверил. Если что-то непонятно, обратитесь к медиатору (помощнику).
popup-reviewed = Этот перевод проверен носителем языка.
popup-produced = Как сделан этот перевод: { $produced }
popup-error = Relais не удалось запуститься: { $detail }

## На страницах порталов
overlay-explain = Объяснить
overlay-unreviewed = Перевод ещё не проверен носителем языка.
overlay-fallback = Ещё не переведено на ваш язык: показано на другом языке.
overlay-read-aloud = Прочитать вслух
overlay-no-voice = На этом компьютере нет голоса для вашего языка. Вы можете послушать на французском.
overlay-hard = Здесь сложный французский текст: читайте медленно или попросите помощи у посредника.
overlay-close = Закрыть
overlay-read-french = Прочитать на французском
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Ключевые слова:
overlay-translation-unreviewed = перевод ещё не проверен
overlay-translation-by-portal = перевод самого сайта
overlay-source = Источник: { $name }, проверено { $date }

## Ошибки (каждая соответствует ошибке ядра Rust)
error-protocol = Relais получил сообщение, которое не понимает. ({ $detail })
error-unknown-language = В Relais пока нет этого языка.
error-locale = Языковой файл Relais повреждён. Выберите другой язык или переустановите Relais. ({ $detail })
error-not-loaded = Язык ещё загружается. Попробуйте снова через мгновение.

## Подсказки по CAPTCHA (Relais никогда не решает CAPTCHA: он её объясняет)
captcha-title = Проверка безопасности: «Je ne suis pas un robot» (Я не робот)
captcha-what = Сайт просит вас доказать, что вы человек, а не компьютерная программа. Relais не отвечает за вас: вот как пройти эту проверку самостоятельно.
captcha-steps-captchetat = Впишите в поле буквы и цифры с изображения точно так, как вы их видите, без пробелов.
captcha-audio-captchetat = Чтобы услышать код, нажмите кнопку с громкоговорителем: «Énoncer le code» (Произнести код). Вы можете слушать его столько раз, сколько нужно. Кнопка со стрелками показывает новое изображение.
captcha-steps-recaptcha-v2 = Поставьте галочку в поле «Je ne suis pas un robot» (Я не робот). Если появятся изображения, выберите те, которые просят, и нажмите «Valider» (Подтвердить).
captcha-audio-recaptcha-v2 = Если вы плохо видите изображения, нажмите кнопку с наушниками в окне с изображениями: вы услышите слова, которые нужно написать. Их можно прослушать ещё раз.
captcha-steps-recaptcha-invisible = Ничего делать не нужно: эта проверка проходит сама. Если страница пишет, что вы похожи на робота, немного подождите и попробуйте снова.
captcha-steps-hcaptcha = Поставьте галочку в поле «Je suis un humain» (Я человек). Если появятся изображения, выберите те, которые просят.
captcha-audio-hcaptcha = У hCaptcha есть функция доступности: в окне с изображениями откройте меню и попросите текстовое задание или один раз зарегистрируйтесь, чтобы получить cookie доступности hCaptcha.
captcha-steps-turnstile = Обычно ничего делать не нужно. Если появится поле для галочки, поставьте её и подождите несколько секунд.
captcha-steps-friendly-captcha = Проверка проходит сама. Подождите, пока не появится сообщение, что проверка завершена; если она просит нажать кнопку, нажмите её.
captcha-steps-image = Перепишите символы с изображения в поле рядом.
captcha-audio-image = Если есть кнопка, чтобы послушать или получить новое изображение, вы можете пользоваться ею столько раз, сколько нужно.
captcha-steps-question = Ответьте на вопрос в поле. Это простой вопрос, например сложить два числа.
captcha-fails = Если снова не получается, обратитесь к медиатору (помощнику). Relais записывает каждую неудачную попытку в ваш журнал как доказательство. Вы имеете право попросить учреждение дать вам другой способ оформить это дело, не через интернет.
captcha-go-audio = Перейти к аудиоверсии
captcha-go-widget = Перейти к проверке
captcha-blocked = Эта проверка безопасности не пройдена { $count } { $count ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    }. Relais это записал.

## Журнал доказательств
popup-journal = Открыть мой журнал
popup-report = Я не могу пройти дальше: записать эту страницу
popup-report-note = Что случилось? (необязательно)
popup-recorded = Записано в ваш журнал.
journal-title = Мой журнал доказательств
journal-intro = Каждую неудачу на портале Relais записывает сам. Каждая запись связана с предыдущей, поэтому никто не может незаметно её изменить.
journal-empty = Пока ничего не записано.
journal-per-day = Попытки по дням
journal-attempts = Число попыток: { $count }
journal-delete = Удалить эту запись
journal-delete-confirm = Удалить эту запись? Она останется в журнале как удалённая, вместе с указанной вами причиной.
journal-export = Экспортировать пакет (ZIP) для адвоката
journal-print = Распечатать досье (PDF)
journal-import = Импортировать пакет с другого компьютера
journal-import-ok = Пакет проверен и импортирован: { $count } { $count ->
        [one] запись
        [few] записи
        [many] записей
       *[other] записи
    }.
journal-import-refused = Пакет отклонён, ваш журнал не изменился: { $detail }
journal-error = Не удалось прочитать журнал: { $detail }
journal-storage-full = Записано в ваш журнал, но без снимка экрана: память этого браузера заполнена. Экспортируйте журнал, а потом освободите место.
journal-not-recorded = Relais не удалось записать эту неудачу в ваш журнал. Сделайте снимок экрана сами.

## Режим медиатора: панель на странице портала, страница медиатора, окно расширения
popup-mediator-start = Начать встречу с медиатором
popup-mediator-on = Идёт встреча с медиатором.
popup-mediator-open = Фразы, заметки, конец встречи
mediator-bar = Relais, режим медиатора
mediator-language = Язык человека:
mediator-read-field = Прочитать это поле вслух
mediator-no-field = Сначала нажмите на поле формы или перейдите в него клавишей Tab.
mediator-smaller = Текст мельче
mediator-larger = Текст крупнее
mediator-phrases = Фразы
mediator-notes = Заметки
mediator-end = Закончить встречу
mediator-title = Встреча с медиатором
mediator-intro = Для медиатора и человека рядом с ним, у одного экрана. Заметки и секретные фразы вводят только на этой странице, никогда на сайте.
mediator-session-title = Встреча
mediator-session-on = Идёт встреча. Начало: { $started }.
mediator-no-session = Сейчас встречи нет. Выберите язык человека, потом начните встречу.
mediator-choose-language = Язык человека
mediator-start = Начать встречу
mediator-started = Встреча началась. Теперь сайт показывает текст на французском и на языке человека рядом.
mediator-phrases-title = Карточки с фразами
mediator-unreviewed = Перевод ещё не проверен носителем языка.
mediator-card-read = Прочитать вслух
mediator-card-close = Закрыть
mediator-notes-title = Заметки встречи
mediator-notes-help = Хранятся только во время этой встречи, если только человек не решит сохранить их вместе со своим журналом.
mediator-notes-saved = Заметки сохранены для этой встречи.
mediator-end-title = Закончить встречу
mediator-end-help = Всё, что относится к этой встрече, удаляется с этого компьютера: язык, заметки, журнал, снимки экрана. Человек может сохранить свой журнал в профиле, защищённом секретной фразой.
mediator-keep-legend = Что сохранить?
mediator-keep-none = Ничего не сохранять
mediator-keep-profile = Сохранить журнал в профиле, защищённом секретной фразой
mediator-profile-name = Имя профиля (достаточно инициалов или прозвища)
mediator-passphrase = Секретная фраза (не меньше 8 символов)
mediator-passphrase-again = Секретная фраза ещё раз
mediator-keep-notes = Сохранить заметки вместе с журналом
mediator-end-button = Закончить встречу сейчас
mediator-ended = Встреча закончена. На этом компьютере от неё ничего не осталось.
mediator-ended-kept = Встреча закончена. Журнал сохранён в защищённом профиле «{ $profile }»; больше ничего на этом компьютере не осталось.
mediator-profile-name-needed = Дайте профилю имя.
mediator-passphrase-short = В секретной фразе должно быть не меньше 8 символов.
mediator-passphrase-mismatch = Две секретные фразы не совпадают.
mediator-wrong-passphrase = Эта секретная фраза не открывает этот профиль. Ничего не изменено.
mediator-profiles-title = Профили на этом компьютере
mediator-profiles-empty = На этом компьютере нет сохранённых профилей.
mediator-profile-dates = Создан: { $created }. Последнее сохранение: { $updated }.
mediator-profile-open = Открыть и начать встречу
mediator-profile-opened = Профиль «{ $profile }» открыт: идёт встреча с его журналом.
mediator-profile-export = Экспортировать журнал (ZIP)
mediator-profile-delete = Удалить
mediator-profile-delete-confirm = Удалить этот профиль и его журнал с этого компьютера? Это нельзя отменить.
mediator-profile-deleted = Профиль «{ $profile }» удалён.

## Страница журнала: группировка и заметки
journal-notes = Заметки
journal-note-add = Добавить заметку
journal-note-label = Ваша заметка (она добавляется в цепочку вместе со временем, и потом её нельзя изменить)
journal-note-save = Сохранить заметку
journal-note-journal = Заметка ко всему журналу
journal-note-saved = Заметка сохранена в журнале.
journal-research = Поделиться анонимными цифрами для исследований

## Экспорт для исследований
research-title = Поделиться анонимными цифрами для исследований
research-intro = Исследователи и ассоциации считают неудачи, с которыми люди сталкиваются на сайтах французских государственных служб, чтобы показать, где эти сайты мешают людям. Вы можете дать им цифры из вашего журнала. Relais ничего не отправляет сам: вы скачиваете файл и сами решаете, кому его дать.
research-shared-title = Что есть в файле
research-shared = Одна строка на каждую неудачу и каждый час: портал, административная процедура, тип неудачи, сообщение портала, где личные данные заменены (например, [PHONE] вместо номера телефона), час, округлённый вниз, по всемирному времени (UTC), день недели, число попыток, тип вашего браузера, версия Relais, идентификатор участника и идентификатор файла, новый для каждого файла.
research-never-title = Чего в нём никогда нет
research-never = Нет снимков экрана, адресов страниц, названий страниц, заметок, точного времени до минуты и ничего из того, что вы вводили. Записи, которые вы удалили из журнала, в файл не попадают. Если вы нажимали «Я не могу пройти дальше», то, что вы написали, не передаётся: у этих строк пустое сообщение.
research-contributor = Идентификатор участника: { $id }
research-contributor-help = Случайное число, которое Relais создал на этом компьютере. Оно позволяет исследователям посчитать, сколько разных людей прислали цифры, не зная, кто они. Оно одинаковое во всех ваших файлах; вы можете в любой момент получить новое.
research-contributor-new = Получить новый идентификатор участника
research-contributor-changed = Создан новый идентификатор участника. Он указан в строках ниже.
research-departement-label = Ваш департамент (необязательно)
research-departement-none = Не указывать
research-departement-consent = Если вы выберете департамент, вы соглашаетесь, что он будет добавлен в каждую строку файла. Оставьте «Не указывать», чтобы его не передавать.
research-table-caption = В файле { $count } { $count ->
        [one] строка
        [few] строки
        [many] строк
       *[other] строки
    }. Снимите галочку со строки, чтобы её не включать.
research-col-include = Включить
research-col-portal = Портал
research-col-procedure = Процедура
research-col-kind = Неудача
research-col-message = Сообщение портала (без личных данных)
research-col-hour = Час (UTC)
research-col-weekday = День
research-col-attempts = Попытки
research-include-label = Включить строку { $n }: { $portal }, { $kind }, { $hour }
research-every-line = В каждой строке также есть: идентификатор участника { $id }, браузер { $browser }, Relais { $version }, версия формата { $schema }, департамент: { $departement }.
research-departement-not-shared = не указан
research-download-jsonl = Скачать файл (JSON Lines)
research-download-csv = Скачать файл (CSV, для электронной таблицы)
research-downloaded = Файл готов: { $file }, { $count } { $count ->
        [one] строка
        [few] строки
        [many] строк
       *[other] строки
    }.
research-nothing-selected = Ни одна строка не отмечена: скачивать нечего.
research-empty = В вашем журнале пока нет неудач, которыми можно поделиться.
research-left-out =
    { $count ->
        [one] { $count } запись журнала не удалось превратить в строку, она не включена.
        [few] { $count } записи журнала не удалось превратить в строки, они не включены.
        [many] { $count } записей журнала не удалось превратить в строки, они не включены.
       *[other] { $count } записи журнала не удалось превратить в строки, они не включены.
    }
research-error = Не удалось создать файл для исследований: { $detail }
research-kind-no-slot = Нет свободной записи на приём
research-kind-http-error = Ошибка сайта
research-kind-network-error = Сайт не отвечает
research-kind-technical-error = Техническая ошибка
research-kind-service-unavailable = Сервис недоступен
research-kind-session-expired = Сеанс завершён
research-kind-file-refused = Документ отклонён
research-kind-account-locked = Аккаунт заблокирован
research-kind-wrong-credentials = Неверный логин или пароль
research-kind-captcha-blocked = Проверка безопасности (CAPTCHA)
research-kind-form-error = Форма отклонена
research-kind-user-reported = Отмечено вами
research-kind-other = Другое
journal-tsa-title = Надёжное время (необязательно)
journal-tsa-help = Служба меток времени (RFC 3161) может подписать отпечаток последней записи вашего журнала: это доказывает, что журнал существовал в то время. Relais отправляет ей только этот отпечаток, ничего из ваших записей. Лучше всего выбрать две независимые службы.
journal-tsa-urls = Адреса служб меток времени, по одному на строку
journal-tsa-button = Поставить метку времени на журнал сейчас
journal-tsa-ok = Метка времени получена: { $tsa }.
journal-tsa-failed = Метка времени не получена ({ $tsa }): { $detail }
journal-tsa-denied = Relais нужно ваше разрешение, чтобы связаться с этими адресами. Ничего не отправлено.

## Untranslated strings page
untranslated-title = Тексты без перевода
untranslated-intro = Тексты порталов, которые этот компьютер встретил без полного перевода, посчитаны без личных данных: числа, даты и адреса заменены переменными. Ничего не покидает компьютер: вы можете экспортировать список для переводчиков.
untranslated-lang-label = Язык перевода
untranslated-col-french = Французский текст
untranslated-col-portal = Портал
untranslated-col-kind = Тип
untranslated-col-count = Раз
untranslated-col-last = Последний раз
untranslated-export = Экспорт для переводчиков (файл PO)
untranslated-clear = Очистить список
untranslated-clear-confirm = Удалить все тексты, посчитанные на этом компьютере?
untranslated-cleared = Список очищен.
untranslated-empty = Для этого языка нет текстов без перевода.
untranslated-count =
    { $count ->
        [one] { $count } текст без перевода.
        [few] { $count } текста без перевода.
        [many] { $count } текстов без перевода.
       *[other] { $count } текста без перевода.
    }
untranslated-exported = Файл готов: { $file }, текстов: { $count }.
popup-untranslated = Тексты без перевода

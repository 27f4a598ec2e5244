### Relais — translation memory, Ukrainian (uk): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Перейти в режим суперадміністратора
tm-passer-en-usager = Перейти в режим користувача
tm-passer-en-instructeur = Перейти в режим працівника, який розглядає справи (instructeur)
tm-passer-en-expert = Перейти в режим експерта
tm-passer-en-gestionnaire = Перейти в режим керівника
tm-se-deconnecter = Вийти

## ds: components attachment

tm-reessayer = Спробувати ще раз
tm-supprimer-le-fichier = Видалити файл { $file }
tm-plusieurs-fichiers-possibles = Можна додати кілька файлів.
tm-remplacer-le-fichier = Замінити файл { $file }
tm-le-format-pdf-est-generalement-le = Формат .PDF зазвичай найзручніший, бо його легко прочитати на будь-якому пристрої.
tm-virus-detecte-merci-denvoyer-un-autre = Виявлено вірус, будь ласка, надішліть інший файл.
tm-le-fichier-est-corrompu-merci-denvoyer = Файл пошкоджено, будь ласка, надішліть інший файл.
tm-ajoutee-le = Додано { $date }
tm-modifiee-le = Змінено { $date }
tm-le-traitement-de-votre-piece-jointe = Обробка вашого вкладення триває довше, ніж очікувалося.
tm-le-traitement-de-vos-pieces-jointes = Обробка ваших вкладень триває довше, ніж очікувалося.
tm-cela-ne-vous-empeche-pas-de = Це не заважає вам подати справу, якщо ви цього бажаєте.
tm-chargement-de-fichier = Завантаження файлу
tm-virus-detecte-le-telechargement-est = Виявлено вірус, скачування заблоковано.
tm-apercu-non-disponible = Попередній перегляд недоступний

## ds: components autosave_notice_component

tm-formulaire-en-erreur = У формі є помилки

## ds: components dossiers

tm-adresse = Адреса
tm-pays = Країна
tm-autres-informations-sur-lorganisme-sur = ➡ Інші відомості про організацію на «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = Чернетку успішно збережено
tm-attention-impossible-denregistrer-le = Увага: не вдалося зберегти чернетку.
tm-vos-modifications-sont-automatiquement = Ваші зміни зберігаються автоматично.
tm-deposez-les-quand-vous-aurez-termine = Подайте їх, коли закінчите.
tm-modifications-enregistrees-avec-succes = Зміни успішно збережено
tm-annotations-enregistrees-avec-succes = Анотації успішно збережено
tm-attention-impossible-denregistrer-les = Увага: не вдалося зберегти анотації.
tm-commune = Комуна
tm-les-dossiers-ont-ete-supprimes-vous = Справи видалено. Ви більше не можете їх відновити з таких причин:
tm-vous-avez-supprime-votre-dossier = Ви видалили свою справу.
tm-deposer-le-dossier = Подати справу
tm-deposer-les-modifications = Подати зміни
tm-pourquoi-je-ne-peux-pas-deposer = Чому я не можу подати свою справу?
tm-verifier-le-dossier = Перевірити справу
tm-envoi-en-cours = Надсилання…
tm-en-tant-quinvite-vous-pouvez-remplir = Як запрошена особа, ви можете заповнити цю форму, але власник справи має подати її сам.
tm-des-modifications-nont-pas-encore-ete = Деякі зміни ще не подано
tm-vous-avez-apporte-des-modifications = Ви внесли зміни після подання справи. Подайте їх, щоб адміністрація їх урахувала.
tm-continuer-a-modifier = Продовжити зміни
tm-votre-dossier-contient-1-champ-en = У вашій справі 1 поле з помилкою
tm-votre-dossier-contient-champs-en-erreur = У вашій справі { $n ->
        [one] { $n } поле з помилкою
        [few] { $n } поля з помилками
        [many] { $n } полів з помилками
       *[other] { $n } поля з помилками
    }
tm-corrigez-la-pour-poursuivre = Виправте її, щоб продовжити:
tm-corrigez-les-pour-poursuivre = Виправте їх, щоб продовжити:
tm-plus-dinformations = Докладніше
tm-moins-dinformations = Згорнути
tm-votre-identite = Ваші особисті дані
tm-vous-agissez-en-tant-que-mandataire = Ви дієте як представник (mandataire) — або професійно (наприклад, бухгалтер, адвокат, державний службовець…), або особисто (родина). Переконайтеся, що ви дотримуєтеся умов
tm-articles-1984-et-suivants-du-code = статей 1984 і наступних Цивільного кодексу.
tm-identite-du-beneficiaire = Особисті дані отримувача
tm-vous-ne-pouvez-pas-deposer-votre = Ви не можете подати свою справу
tm-repondre = Відповісти
tm-invite = Запрошена особа
tm-supprimer-le-message = Видалити повідомлення
tm-supprimer-la-demande-de-correction-et = Видалити запит на виправлення і це повідомлення
tm-supprimer-le-message-en-attente-de = Видалити повідомлення, яке чекає на відповідь
tm-etes-vous-sur-de-vouloir-supprimer = Ви впевнені, що хочете видалити це повідомлення?
tm-email-automatique = Автоматичний лист
tm-vous = Ви
tm-message-supprime = Повідомлення видалено
tm-non-lu = Не прочитано
tm-usager = Користувач
tm-vous-devez-effectuer-les-modifications = Ви маєте внести запитані зміни, змінивши свою справу.
tm-modifier-le-dossier = Змінити справу
tm-cree-depuis-le = Створено починаючи з
tm-depose-depuis-le = Подано починаючи з
tm-appliquer-les-filtres = Застосувати фільтри
tm-reinitialiser-les-filtres = Скинути фільтри
tm-selectionner-un-filtre = Вибрати фільтр
tm-1-filtre-actif = 1 активний фільтр
tm-filtres-actifs = { $n ->
        [one] { $n } активний фільтр
        [few] { $n } активні фільтри
        [many] { $n } активних фільтрів
       *[other] { $n } активного фільтра
    }
tm-supprimer-1-filtre-actif = Прибрати 1 активний фільтр
tm-selectionner-un-statut = Вибрати статус
tm-afficher-les-dossiers-par-demarche = Показати справи за процедурами
tm-afficher = Показати

## ds: components dsfr

tm-telecharger-le-fichier = Скачати файл
tm-ce-lien-est-ephemere-et-ne = Це посилання тимчасове, ним не слід ділитися.
tm-afficher-le-mot-de-passe = Показати пароль
tm-afficher-la-confirmation-du-mot-de = Показати підтвердження пароля
tm-ladresse-electronique-semble-erronee = Адреса електронної пошти, схоже, неправильна
tm-vouliez-vous-ecrire = Можливо, ви мали на увазі:
tm-recherche-en-cours-pour-le-siret = Триває пошук за номером SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } зі статутним капіталом { $amount }
tm-donnee-remplie-automatiquement = Дані заповнено автоматично.
tm-une-erreur-est-survenue-lors-de = Під час аналізу вашого документа сталася помилка. Не зважайте на це повідомлення, якщо ви впевнені у своєму файлі.
tm-masquer-le-message = Приховати повідомлення

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Номер будинку і назва вулиці або місцевості
tm-une-erreur-est-survenue-lors-de-2 = Під час пошуку сталася помилка
tm-une-erreur-est-survenue-lors-de-3 = Під час пошуку сталася помилка. Якщо проблема не зникне, позначте «Я не знаходжу своєї адреси в підказках» («Je ne trouve pas mon adresse dans les suggestions») і продовжуйте.
tm-ville = Місто
tm-exemple-london = Приклад: London
tm-ville-ou-commune = Місто або комуна
tm-renseignez-le-nom-ou-le-code = Введіть назву або поштовий індекс міста, потім виберіть комуну зі списку. Приклад: Strasbourg
tm-code-postal = Поштовий індекс
tm-je-ne-trouve-pas-mon-adresse = Я не знаходжу своєї адреси в підказках
tm-saisissez-une-adresse-une-voie-un = Введіть адресу, вулицю, назву місцевості або комуну. Приклад: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Перемістити карту, знайшовши адресу
tm-commencez-a-saisir = Почніть вводити
tm-ajouter-un-point-sur-la-carte = Додати точку на карті
tm-exemple = Приклад:
tm-afficher-votre-position-sur-la-carte = Показати ваше місцезнаходження на карті
tm-ajouter-le-point-avec-les-coordonnees = Додати точку за координатами, введеними на карті
tm-ajouter-un-fichier-gpx-ou-kml = Додати файл GPX або KML
tm-supprimer-le-fichier-2 = Видалити файл
tm-modification-a-deposer = зміна, яку треба подати
tm-information-champ-actualise-par = Інформація: поле оновлено адміністрацією. Перевірте його вміст.
tm-la-taille-maximale-conseillee-est-de = Рекомендований максимальний розмір — { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    }.
tm-le-numero-dallocataire-caf = Номер отримувача допомоги CAF
tm-il-est-generalement-compose-de-7 = Зазвичай він складається з 7 цифр.
tm-le-code-postal = Поштовий індекс
tm-il-est-generalement-compose-de-5 = Зазвичай він складається з 5 цифр.
tm-numero-daccreditation = Номер акредитації
tm-format-jj-mm-aaaa = Формат: ДД/ММ/РРРР
tm-le-numero-fiscal = Податковий номер
tm-il-est-generalement-compose-de-13 = Зазвичай він складається з 13 або 14 символів.
tm-la-reference-davis-dimposition = Номер податкового повідомлення (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Зазвичай він складається з 13 або 14 символів.
tm-identifiant-national-etudiant-il-est = Національний ідентифікатор студента. Зазвичай він складається з літер і цифр.
tm-identifiant = Ідентифікатор
tm-il-est-generalement-compose-de = Зазвичай він складається з літер і цифр.
tm-ajouter-un-element-supplementaire-a = Додати ще один елемент до «{ $name }»
tm-supprimer = Видалити { $name } { $n }
tm-aucune-fondation-trouvee = Фонд не знайдено
tm-ce-rnf-correspond-a = Цей номер RNF відповідає: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] Залишився { $n } символ.
        [few] Залишилося { $n } символи.
        [many] Залишилося { $n } символів.
       *[other] Залишилося { $n } символу.
    }
tm-vous-avez-atteint-la-taille-maximale = Ви досягли рекомендованого максимального розміру.
tm-oui = Так

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Показати всі помилки

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Пароль прийнятний. Ви можете підтвердити його… або покращити свій пароль.
tm-mot-de-passe-vulnerable = Слабкий пароль.
tm-mot-de-passe-tres-vulnerable = Дуже слабкий пароль.
tm-pour-un-mot-de-passe-securise = Щоб пароль був надійним, не використовуйте послідовностей або повторів однакових символів. Наприклад, можна вибрати фразу (з пробілами), яку ви легко запам’ятаєте.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Перейдіть за цим посиланням, щоб увійти за новою адресою.
tm-nous-avons-detecte-une-erreur-reseau = Ми виявили мережеву помилку, через яку не можемо вас туди переспрямувати. Зверніться до своєї IT-служби, щоб вона дозволила доступ до demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = має недопустимий тип
tm-est-trop-lourd-e-le-fichier = завеликий. Розмір файлу має бути не більше { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Запросити новий пароль
tm-vous-etes-connecte-e-vous-pouvez = Ви увійшли в систему! Ви можете будь-коли перемикатися між своїми профілями: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Ви вийшли з системи.

## ds: users

tm-votre-compte-a-deja-ete-active = Ваш акаунт уже активовано.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE недоступний, відомості про підприємство надійдуть протягом кількох годин.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = Якщо ви людина, залиште це поле порожнім

## ds: clipboard

tm-copie = Скопійовано

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Знайдіть відповідь у
tm-contact-technique = Технічна підтримка
tm-envoyez-nous-un-message-a = Напишіть нам на { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = Потрібна допомога із заповненням справи?

## ds: utils

tm-nombre-a-virgule = Дробове число
tm-nombre-entier = Ціле число
tm-liste-a-choix-multiple = Список із множинним вибором
tm-deconnexion = Вихід
tm-pieces-jointes = Вкладення
tm-les-champs-suivis-dun-asterisque = Поля, позначені зірочкою ( обов’язково ), обов’язкові для заповнення.
tm-facultatif = (необов’язково)
tm-envoyer-le-message = Надіслати повідомлення
tm-nouvel-onglet = Нова вкладка

## ds: skiplinks

tm-acces-rapide = Швидкий доступ
tm-contenu = Зміст

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Коли з’являться варіанти автозаповнення, використовуйте стрілки вгору і вниз для переміщення списком. Натисніть Enter, щоб вибрати варіант. Натисніть Esc, щоб закрити список.
tm-aucun-resultat = Нічого не знайдено
tm-1-resultat = 1 результат
tm-resultats = результати

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Простий інструмент для роботи з адміністративними формами в електронному вигляді.
tm-mon-compte = Мій акаунт
tm-revenir-en-arriere = Повернутися назад
tm-revenir-en-arriere-sur-le-site = Повернутися назад, на сайт моєї адміністрації
tm-menu-principal = Головне меню
tm-mes-dossiers = Мої справи
tm-consulter-mon-dossier = Відкрити мою справу
tm-jai-une-question = У мене є запитання
tm-aller-a-la-page-daccueil = Перейти на головну сторінку

## ds: views

tm-creation-de-compte-sur = Створення акаунта на { $name }
tm-se-creer-un-compte-avec-une = Створити акаунт з адресою електронної пошти
tm-adresse-electronique = Адреса електронної пошти
tm-mot-de-passe-caracteres-minimum = Пароль (щонайменше { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    })
tm-avant-deffectuer-votre-demarche-nous = Перш ніж ви почнете процедуру, нам потрібно перевірити вашу адресу електронної пошти { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = Відкрийте свою пошту й натисніть на посилання для активації в отриманому листі.
tm-renvoyer-un-email-de-confirmation = Надіслати лист із підтвердженням ще раз
tm-lautorisation-de-vient-detre-revoquee = Дозвіл для { $email } щойно відкликано. Ви можете запросити іншу людину.
tm-vous-ne-pouvez-pas-revoquer-cette = Ви не можете відкликати цей дозвіл
tm-inviter-une-personne-a-modifier-ce = Запросити людину змінити цю справу
tm-gestion-des-invites = Керування запрошеними
tm-les-invites-ont-le-droit-de = Запрошені можуть переглядати й змінювати вашу справу.
tm-ajouter-un-invite = Додати запрошену особу
tm-envoyer-une-invitation = Надіслати запрошення
tm-revoquer-lacces = Відкликати доступ
tm-aucun-invite-ne-peut-voir-et = Зараз жодна запрошена особа не може переглядати й змінювати цю справу.
tm-1-personne-invitee = 1 запрошена особа
tm-personnes-invitees = { $n ->
        [one] { $n } запрошена особа
        [few] { $n } запрошені особи
        [many] { $n } запрошених осіб
       *[other] { $n } запрошеної особи
    }
tm-une-fois-le-dossier-complet-vous = Коли справа буде заповнена, вам потрібно буде подати її самостійно.
tm-dernier = Остання
tm-precedent = Попередня
tm-premier = Перша
tm-lusager-a-supprime-son-compte = (користувач видалив свій акаунт)
tm-cordialement = З повагою,
tm-modifie-par-lusager-le = Змінено користувачем { $date }
tm-passe-en-instruction-le = Передано на розгляд { $date }
tm-accepte-le = Прийнято { $date }
tm-classe-sans-suite-le = Закрито без подальших дій { $date }
tm-telecharger-lattestation = Скачати довідку
tm-votre-dossier-est-enregistre = Ваша справа зберігається автоматично після кожної зміни. Ви можете будь-коли закрити вікно і пізніше продовжити з того місця, де зупинилися.
tm-envoyer-et-marquer-le-dossier = Надіслати й позначити справу
tm-en-attente-de-reponse = ОЧІКУЄ ВІДПОВІДІ
tm-votre-message-obligatoire = Ваше повідомлення (обов’язково)
tm-ecrivez-votre-message-a-l-administration = Напишіть тут ваше повідомлення адміністрації
tm-identite-du-demandeur = Особисті дані заявника
tm-identite-du-mandataire = Особисті дані представника
tm-sections-du-formulaire = Розділи форми
tm-modifier-le-siret = Змінити номер SIRET
tm-lusager-a-pris-connaissance-de-la = Користувач ознайомився з рішенням щодо своєї справи { $agreement }.
tm-identifier-votre-etablissement = Вкажіть вашу установу
tm-civilite = Звертання
tm-nom = Прізвище
tm-renseignez-le-numero-de-siret-de = Вкажіть номер SIRET вашого підприємства, установи чи асоціації, щоб почати процедуру.
tm-pour-trouver-votre-numero-siret-utilisez = Щоб знайти свій номер SIRET, скористайтеся { $annuaire_link } або запитайте у своїй бухгалтерії.
tm-continuer = Продовжити
tm-merci = Дякуємо!
tm-votre-dossier-sur-la-demarche = Ваша справа за процедурою
tm-a-bien-ete-envoye = успішно надіслана.
tm-vous-avez-desormais-acces-a-votre = Тепер у вас є доступ до вашої
tm-dossier-en-ligne = справи онлайн.
tm-vous-pouvez = Ви можете
tm-le-modifier = змінити її
tm-et = і
tm-echanger-avec-un-instructeur = спілкуватися з працівником, який розглядає справу.
tm-telecharger-mon-dossier = Скачати мою справу
tm-telecharger-mon-attestation = Скачати мою довідку
tm-suivi-de-votre-dossier = Хід розгляду вашої справи
tm-votre-dossier = Ваша справа
tm-dossier-n = Справа № { $n }
tm-en-brouillon-depuis-le = - Чернетка з { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (PDF-файл справи)
tm-brouillon = чернетка
tm-votre-dossier-est-en-cours-dinstruction = Вашу справу розглядає адміністрація. Ви більше не можете її змінити.
tm-votre-dossier-est-soumis-au-cadre = На вашу справу поширюється правовий режим «Silence Vaut Accord» (мовчання означає згоду)
tm-votre-dossier-est-soumis-au-cadre-2 = На вашу справу поширюється правовий режим «Silence Vaut Rejet» (мовчання означає відмову)
tm-termine = завершено
tm-vous-avez-une-question-utilisez-la = У вас є запитання? Скористайтеся розділом повідомлень, щоб напряму зв’язатися з адміністрацією.
tm-motivation = Обґрунтування:
tm-attestation = Довідка:
tm-votre-dossier-a-ete-accepte = Вашу справу прийнято
tm-motif-de-lacceptation = Причина прийняття
tm-votre-dossier-a-ete-refuse = Вашу справу відхилено
tm-envoyer-un-message-a-ladministration = Надіслати повідомлення адміністрації
tm-dernier-message = Останнє повідомлення
tm-votre-prochain-rendez-vous = Ваш наступний запис на прийом
tm-voir-mon-rendez-vous-sur-rdv = Переглянути мій запис на RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = Змінити справу - Ви можете змінювати свою справу, доки її не передано на розгляд
tm-rechercher-un-dossier-par-n-de = Знайти справу (за номером справи, ключовими словами…)
tm-rechercher-un-dossier-par-n-de-2 = Знайти справу (за номером справи, прізвищем / ім’ям, ключовими словами…)
tm-saisissez-votre-recherche = Введіть запит
tm-resultat-de-la-recherche-pour = Результат пошуку за запитом «{ $search_terms }»
tm-et-pour-la-procedure = і за процедурою «{ $name }»
tm-dossier-numero = Справа номер { $n }
tm-ladministration-ne-traitera-plus-votre = Адміністрація більше не розглядатиме вашу заяву.
tm-dossier-n-2 = справа №
tm-ne-correspond-aux-termes-recherches = не відповідає умовам пошуку
tm-ne-correspond-aux-filtres-selectionnes = не відповідає вибраним фільтрам
tm-cette-demarche-est-close-vous-ne = Цю процедуру закрито Ви не можете подати цю справу. Пропонуємо вам подати нову в процедурі { $link }, яка її замінює.
tm-cette-demarche-est-close-vous-ne-2 = Цю процедуру закрито Ви не можете ні подати цю справу, ні подати нову за цією процедурою. { $link }
tm-cette-demarche-est-close-votre-dossier = Цю процедуру закрито Вашу справу подано, і адміністрація може її розглянути. За потреби ви можете подати нову справу в процедурі { $link }, яка її замінює.
tm-cette-demarche-est-close-votre-dossier-2 = Цю процедуру закрито Вашу справу подано, і адміністрація може її розглянути. Ви не можете подати нову справу за цією процедурою. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Цю процедуру закрито Вашу справу оброблено адміністрацією. За потреби ви можете подати нову справу в процедурі { $link }, яка її замінює.
tm-cette-demarche-est-close-votre-dossier-4 = Цю процедуру закрито Вашу справу оброблено адміністрацією. Ви не можете подати нову справу за цією процедурою. { $link }
tm-nouvelle-demarche-disponible = Доступна нова процедура
tm-cette-demarche = ця процедура
tm-ce-dossier-attend-vos-corrections = Ця справа чекає на ваші виправлення Перегляньте, які зміни треба внести, у розділі повідомлень справи номер { $n }.
tm-ce-dossier-attend-votre-reponse = Ця справа чекає на вашу відповідь
tm-consultez-la-messagerie-du-dossier = Відкрийте розділ повідомлень справи номер { $n } і дайте відповідь адміністрації.
tm-cree-le = Створено { $date }
tm-mis-a-la-corbeille-automatiquement-le = Автоматично переміщено в кошик { $date }, бо минув максимальний строк зберігання
tm-commencer-un-nouveau-dossier = Почати нову справу
tm-dupliquer-le-dossier = Створити копію справи
tm-voulez-vous-vraiment-mettre-a-la = Ви справді хочете перемістити цю справу в кошик?
tm-en-continuant-vous-allez-supprimer-ce = Продовживши, ви видалите цю справу, відомості, що в ній містяться, а також запит на її передачу користувачу { $email }. Будь-яке видалення означає скасування поточної процедури. Підтвердити видалення?
tm-continuer-a-remplir = Продовжити заповнення
tm-restaurer = Відновити
tm-restaurer-et-etendre-la-conservation-du = Відновити справу номер { $id } і продовжити її зберігання ({ $duree_conservation_dossiers_dans_ds } міс.)
tm-autres-actions = Інші дії
tm-le-support-technique = Технічна підтримка
tm-une-demande-de-transfert-est-en = Триває запит на передачу справи № { $n } користувачу { $email }
tm-une-demande-de-transfert-par-le = Триває запит технічної підтримки на передачу справи № { $n } користувачу { $email }
tm-demande-de-transfert-par-le-support = Запит технічної підтримки на передачу справи № { $n } від { $email }
tm-accepter = Прийняти
tm-refuser = Відхилити
tm-connexion-a = Вхід на { $name }
tm-mot-de-passe-oublie = Забули пароль?
tm-trouvez-votre-demarche = Знайдіть свою процедуру
tm-vous-etes-agent-de-la-fonction = Ви державний службовець?
tm-accedez-a-notre-page-dediee = Перейдіть на нашу спеціальну сторінку
tm-se-connecter-avec-son-compte = Увійти зі своїм акаунтом
tm-si-vous-voyez-cette-page-trop = Якщо ви бачите цю сторінку надто часто, зверніться до нашої довідки.
tm-changement-de-mot-de-passe = Зміна пароля
tm-changer-le-mot-de-passe = Змінити пароль
tm-si-un-compte-existe-avec-ladresse = Якщо акаунт з адресою { $email } існує, ми надіслали вам лист для скидання пароля.
tm-vous-navez-pas-recu-lemail = Ви не отримали листа?
tm-verifiez-la-boite-indesirables-ou-spam = Перевірте папку «Небажана пошта» або «Спам» у своїй пошті.
tm-vous-etes-vous-connecte-avec-france = Ви раніше входили через France Connect? У такому разі спробуйте знову увійти через France Connect.
tm-le-compte-a-pu-etre-supprime = Акаунт міг бути видалений через тривалу відсутність активності, якщо не було поточних справ. У такому разі вам доведеться знову створити акаунт, почавши з якоїсь процедури.
tm-lien-de-reinitialisation-du-mot-de = Посилання для скидання пароля надіслано
tm-attention-ce-courriel-peut-mettre-jusqua = Увага, цей лист може йти до 15 хвилин.
tm-en-cas-de-difficultes-nous-restons = Якщо виникнуть труднощі, ви можете зв’язатися з нами через цю форму.

## ds: modal

tm-publier-la-demarche = Опублікувати процедуру
tm-reactiver-la-demarche = Знову відкрити процедуру
tm-vous-vous-appretez-a-publier-votre = Ви збираєтеся опублікувати свою процедуру для всіх.
tm-vous-vous-appretez-a-reactiver-votre = Ви збираєтеся знову відкрити свою процедуру.
tm-publier = Опублікувати

## ds: activerecord

tm-la-nouvelle-adresse-electronique = Нова адреса електронної пошти
tm-numero-siret = Номер SIRET
tm-la-demarche-est-mise-en-uvre = Процедуру проводить
tm-valeur-du-champ = Значення поля
tm-lobjet-genere-sera-tronque-sil-depasse = Згенеровану тему буде обрізано, якщо вона довша за 100 символів.
tm-est-invalide-saisissez-un-numero-de = недійсний. Введіть правильний номер телефону. Приклад: 0612345678
tm-nest-pas-un-lien-valide = не є дійсним посиланням
tm-aucun-resultat-ne-correspond-a-votre = За вашим запитом нічого не знайдено.
tm-trop-de-demandes-nous-reessayons-pour = Забагато запитів. Ми пробуємо знову за вас.
tm-erreur-du-serveur-nous-reessayons-pour = Помилка сервера. Ми пробуємо знову за вас.
tm-service-indisponible-nous-reessayons = Сервіс недоступний. Ми пробуємо знову за вас.
tm-la-demande-a-pris-trop-de = Запит виконувався надто довго. Ми пробуємо знову за вас.
tm-probleme-de-connexion-nous-reessayons = Проблема з підключенням. Ми пробуємо знову за вас.
tm-resultat-introuvable-verifiez-vos = Результат не знайдено. Перевірте свої дані.
tm-non-autorise-connectez-vous-pour = Немає доступу. Увійдіть, щоб продовжити.
tm-invitation-deja-envoyee = : Запрошення вже надіслано
tm-votre-lien-de-nouveau-mot-de = : Строк дії вашого посилання для нового пароля минув. Будь ласка, запросіть нове.
tm-nest-pas-assez-complexe-saisir-un = недостатньо складний. Введіть складніший пароль
tm-les-deux-mots-de-passe-ne = : Два паролі не збігаються
tm-ne-peut-etre-identique-a-lancienne = не може збігатися з попередньою. Введіть іншу адресу електронної пошти
tm-est-deja-utilise-par-une-demarche = уже використовується в процедурі. Ви не можете його використати, бо він належить іншому адміністраторові.
tm-nest-pas-valide-il-doit-comporter = недійсний. Він має містити щонайменше 3 і щонайбільше 200 символів, дозволено лише символи a-z, 0-9, '_' і '-'.
tm-ne-peut-pas-etre-utilise-car = не можна використати, бо це останнє посилання процедури.
tm-doit-posseder-13-ou-14-caracteres = має містити 13 або 14 символів
tm-doit-etre-dans-les-options-proposees = має бути одним із запропонованих варіантів
tm-doit-etre-un-nom-de-region = має бути дійсною назвою регіону
tm-doit-etre-un-code-de-region = має бути дійсним кодом регіону
tm-doit-etre-un-nom-de-departement = має бути дійсною назвою департаменту
tm-doit-etre-un-code-de-departement = має бути дійсним кодом департаменту
tm-doit-etre-un-code-depci-du = має бути кодом EPCI відповідного департаменту
tm-doit-etre-un-nom-depci-du = має бути назвою EPCI відповідного департаменту
tm-doit-etre-un-entier = має бути цілим числом

## ds: errors

tm-le-champ = Поле «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = Справа не існує, або у вас немає до неї доступу.
tm-ce-lien-dinvitation-nest-plus-valable = Це посилання-запрошення більше не діє, або справа більше недоступна.
tm-une-erreur-est-survenue-lors-de-4 = Під час підключення до FranceConnect сталася помилка. Будь ласка, спробуйте ще раз.
tm-seul-e-s-les-usagers-peuvent = Лише користувачі можуть входити через France Connect. Якщо ви працівник, який розглядає справи, або адміністратор, будь ласка, скиньте свій пароль.
tm-desole-la-recuperation-des-informations = На жаль, отримання відомостей SIRET тимчасово недоступне. Будь ласка, спробуйте ще раз за кілька хвилин.
tm-nous-navons-pas-trouve-detablissement = Ми не знайшли установи, що відповідає цьому номеру SIRET.
tm-lexpression-reguliere-que-vous-avez = Введений вами регулярний вираз потенційно небезпечний і може спричинити проблеми з продуктивністю
tm-lexemple-doit-correspondre-a-lexpression = Приклад має відповідати вказаному регулярному виразу
tm-doit-etre-un-nombre-superieur-ou = має бути числом, більшим або рівним { $n }
tm-doit-etre-un-nombre-inferieur-ou = має бути числом, меншим або рівним { $n }
tm-doit-etre-une-date-dans-le = має бути датою в минулому
tm-doit-etre-une-date-comprise-entre = має бути датою між { $start_date } і { $end_date }
tm-doit-etre-une-date-superieure-ou = має бути датою не раніше { $date }
tm-doit-etre-une-date-inferieure-ou = має бути датою не пізніше { $date }
tm-doit-comprendre-entre-1-et-3 = має містити від 1 до 3 цифр після крапки
tm-doit-etre-une-date-correctement-formatee = має бути датою в правильному форматі
tm-doit-etre-une-date-et-heure = має бути датою і часом у правильному форматі
tm-doit-etre-rempli = має бути заповнено
tm-votre-session-a-ete-renouvelee-merci = Ваш сеанс оновлено. Будь ласка, повторіть цю дію з цієї сторінки.

## ds: users

tm-ce-dossier-est-depose-sur-une = Цю справу подано за процедурою в тестовому режимі. Будь-яка зміна процедури адміністратором (додавання поля, публікація процедури...) призведе до видалення справи.
tm-votre-dossier-ne-peut-plus-etre = Вашу справу більше не можна змінити
tm-completez-lidentification-de = Завершіть ідентифікацію установи, щоб продовжити.
tm-votre-dossier-a-bien-ete-duplique = Копію вашої справи створено. Тепер ви можете перевірити її, змінити й потім подати.
tm-linstruction-de-votre-dossier-a-commence = Розгляд вашої справи почався, видалити її більше не можна. Якщо ви хочете скасувати розгляд, зв’яжіться з адміністрацією через розділ повідомлень вашої справи.
tm-votre-dossier-a-bien-ete-mis = Вашу справу переміщено в кошик
tm-le-dossier-n-est-pas-correctement = Справу заповнено неправильно.
tm-votre-dossier-a-bien-ete-restaure = Вашу справу відновлено
tm-aucun-etablissement-nest-associe-a-ce = З цією справою не пов’язано жодної установи
tm-identite-enregistree = Особисті дані збережено
tm-attestation-de-depot = Довідка про подання
tm-dossier-depose-le = Справу подано
tm-etat-du-dossier = Статус справи
tm-depose-en-attente-dexamen-par = подано, очікує розгляду адміністрацією
tm-refuse = відхилено
tm-classe-sans-suite = закрито без подальших дій
tm-service-administratif = Адміністративна служба
tm-fait-le = Складено { $date },
tm-obtenir-une-attestation-de-depot-de = Отримати довідку про подання справи
tm-dossier-n-en-corbeille = Справа № { $n } - У кошику
tm-vous-pouvez-retrouver-ce-dossier-depuis = Ви можете знайти цю справу на вкладці «Кошик» вашого акаунта. Зараз її не можна переглянути.
tm-ce-dossier-a-ete-mis-a = Цю справу переміщено в кошик на ваше прохання: ви ще можете її відновити.
tm-si-ce-dossier-a-ete-mis = Якщо цю справу було переміщено в кошик на ваше прохання: ви ще можете її відновити.
tm-si-ce-dossier-a-ete-mis-2 = Якщо цю справу було автоматично переміщено в кошик, бо минув максимальний строк її зберігання: радимо якнайшвидше скачати її, поки її не видалено остаточно.
tm-dossier-n-supprime-definitivement = Справа № { $n } - Видалено остаточно
tm-vous-ne-pouvez-plus-recuperer-ce = Ви більше не можете відновити цю справу з однієї з таких причин:
tm-il-a-ete-mis-a-la = Її було переміщено в кошик на ваше прохання, а потім автоматично видалено.
tm-il-a-ete-supprime-car-son = Її було видалено, бо минув максимальний строк її зберігання.
tm-vous-pouvez-retrouver-lensemble-des = Усі видалені справи вашого акаунта (крім чернеток, «BROUILLON») можна знайти на сторінці «Історія видалених справ» («Historique des dossiers supprimés»).

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = Ваш акаунт FranceConnect використовує { $email } як контактну адресу електронної пошти.
tm-souhaitez-vous-lutiliser-pour-recevoir = Бажаєте використовувати її для отримання сповіщень про хід ваших справ?
tm-valider = Підтвердити
tm-veuillez-nous-fournir-ladresse = Будь ласка, вкажіть адресу електронної пошти, за якою з вами можна зв’язатися
tm-oui-utiliser-comme-adresse-electronique = Так, використовувати { $email } як контактну адресу електронної пошти
tm-non-utiliser-une-autre-adresse = Ні, використовувати іншу адресу електронної пошти
tm-fusion-des-comptes-franceconnect-et = Об’єднання акаунтів FranceConnect і { $name }
tm-bonjour-votre-compte-franceconnect = Добрий день, ваш акаунт FranceConnect використовує { $email } як контактну адресу електронної пошти. Однак на { $name } уже є акаунт із цією адресою електронної пошти.
tm-pour-les-fusionner-entrez-votre-mot = Щоб об’єднати їх, введіть свій пароль
tm-fusionner-les-comptes = Об’єднати акаунти
tm-utiliser-cette-adresse-electronique = Використовувати цю адресу електронної пошти
tm-nous-venons-de-vous-envoyer-le = Ми щойно надіслали вам лист із підтвердженням; будь ласка, натисніть на посилання в цьому листі, щоб об’єднати акаунти
tm-le-lien-de-confirmation-a-expire = Строк дії посилання для підтвердження минув. Нове посилання для підтвердження надіслано вам електронною поштою.
tm-une-erreur-inattendue-est-survenue = Сталася непередбачена помилка. Якщо проблема не зникне, зверніться до служби підтримки.
tm-vous-avez-ete-deconnecte-de-votre = Ви вийшли зі свого попереднього акаунта. Будь ласка, знову натисніть на посилання для підтвердження.
tm-utilisateur-non-trouve = Користувача не знайдено
tm-les-comptes-franceconnect-et-sont-a = Акаунти FranceConnect і { $name } тепер об’єднано

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Ви можете скачати свою довідку за такою адресою: { $link }
tm-pour-obtenir-le-detail-de-cette = Щоб дізнатися подробиці цієї зміни рішення, ви можете звернутися до служби: { $name }.
tm-a-ete-refuse-le = відхилено { $date }
tm-le-motif-de-refus-est-le = Причина відмови:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Ви не вказали номер SIRET служби для деяких своїх процедур. Будь ласка, змініть їх.
tm-certaines-de-vos-demarches-nont-pas = Деякі ваші процедури не мають пов’язаної служби.
tm-ajouter-un-service-a-la-demarche = Додати службу до процедури { $n }
tm-temps-de-remplissage-estime-min-variable = Орієнтовний час заповнення: { $n } хв (залежить від вибраних варіантів)
tm-quels-sont-les-delais-dinstruction-pour = Які строки розгляду за цією процедурою?
tm-liste-des-pieces-en-fonction-de = Список документів залежно від вашої ситуації
tm-le-sva-ou-silence-vaut-accord = SVA, або «Silence Vaut Accord» (мовчання означає згоду), — це правовий принцип, який визначає, що відбувається із заявою, якщо адміністрація не відповідає: заяву буде автоматично прийнято після закінчення строку, якщо ваша справа повна.
tm-le-svr-ou-silence-vaut-rejet = SVR, або «Silence Vaut Rejet» (мовчання означає відмову), — це правовий принцип, який визначає, що відбувається із заявою, якщо адміністрація не відповідає: заяву буде автоматично відхилено після закінчення строку, якщо ваша справа повна.

## ds: layouts

tm-super-admin = суперадміністратор

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Вкажіть номер будинку і назву вулиці або місцевості
tm-renseigner-la-ville-ou-commune = Вкажіть місто або комуну
tm-renseigner-un-code-postal = Вкажіть поштовий індекс
tm-format-attendu-jj-mm-aaaa = Потрібний формат: ДД/ММ/РРРР.
tm-format-attendu-jj-mm-aaaa-hh = Потрібний формат: ДД/ММ/РРРР ГГ:ХХ.
tm-format-attendu-un-numero-de-dossier = Потрібний формат: номер справи, поданої на { $name }
tm-ne-doit-pas-contenir-de-caracteres = не має містити спеціальних символів
tm-doit-faire-au-moins-caracteres = має містити щонайменше { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    }
tm-doit-faire-moins-de-caracteres = має містити менше ніж { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    }
tm-est-invalide-saisissez-un-numero-iban = недійсний. Введіть правильний номер IBAN. Приклад (Франція): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Приклад (Франція): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Можна вибрати один або кілька варіантів.

## ds: activemodel

tm-region-code-region = Регіон і код регіону

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Потрібний формат: дійсний номер телефону. Приклад: 0612345678
tm-doit-commencer-par-un-w-majuscule = має починатися з великої літери W, за якою йдуть 9 цифр або літер. Приклад: W503726238
tm-le-numero-rna-saisi-ne-correspond = введений номер RNA { $value } не відповідає жодній організації, введіть дійсний номер RNA
tm-une-erreur-reseau-a-empeche-lassociation = через мережеву помилку не вдалося знайти асоціацію, пов’язану з цим номером RNA, спробуйте пізніше
tm-numero-rna = Номер RNA
tm-nom-de-lassociation = Назва асоціації
tm-objet-de-lassociation = Мета асоціації
tm-date-de-creation = Дата створення
tm-date-de-publication = Дата публікації
tm-format-attendu-un-w-majuscule-suivi = Потрібний формат: велика літера W, за якою йдуть 9 цифр або літер. Приклад: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (фонд не знайдено)
tm-numero-rnf = Номер RNF
tm-mise-a-jour-le = Оновлено
tm-comporte-une-erreur-de-saisie-corrigez = містить помилку введення. Виправте її.
tm-ne-correspond-pas-a-un-etablissement = не відповідає жодній наявній установі
tm-dossier-supprime = Справу видалено
tm-demande-de-lusager = Запит користувача
tm-suppression-dune-demarche = Видалення процедури
tm-numero-de-dossier = Номер справи
tm-etat = Статус
tm-demande-de-correction = Запит на виправлення
tm-pour-vous = Для себе
tm-pour-un-beneficiaire-membre-de-la = Для отримувача: член родини, близька людина, довіритель, фахівець, який веде справу…
tm-a-corriger = Треба виправити
tm-dossier-non-modifie = Справу не змінено
tm-demande-de-correction-annulee = Запит на виправлення скасовано
tm-reponse-donnee = Відповідь надано
tm-le-dossier-nest-pas-valide-et = Справа недійсна і потребує виправлення
tm-le-dossier-doit-etre-mis-a = Справу треба оновити й знову підтвердити
tm-depose-depuis-longtemps = Подано давно
tm-depose-depuis-j = { $days ->
        [one] Подано { $days } день тому
        [few] Подано { $days } дні тому
        [many] Подано { $days } днів тому
       *[other] Подано { $days } дня тому
    }
tm-expire-bientot = Незабаром спливає строк
tm-expire-dans-j = { $days ->
        [one] Строк спливає через { $days } день
        [few] Строк спливає через { $days } дні
        [many] Строк спливає через { $days } днів
       *[other] Строк спливає через { $days } дня
    }
tm-bientot-supprime = Незабаром буде видалено
tm-suppression-dans-j = { $days ->
        [one] Видалення через { $days } день
        [few] Видалення через { $days } дні
        [many] Видалення через { $days } днів
       *[other] Видалення через { $days } дня
    }
tm-message = Повідомлення
tm-annotation-privee = Особиста примітка
tm-ladresse-electronique = Адреса електронної пошти { $message }
tm-est-invalide = недійсний
tm-parcelle-agricole = Сільськогосподарська ділянка
tm-selection-utilisateur = Вибір користувача
tm-ne-peut-pas-etre-vide = не може бути порожнім
tm-nest-pas-un-geojson-valide = не є дійсним GeoJSON
tm-contient-des-coordonnees-invalides = містить недійсні координати, будь ласка, використовуйте систему координат WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Ділянка № { $n } - Аркуш { $prefixe } { $section } - { $surface } м² – комуна { $commune }
tm-parcelle-n-hectares = Ділянка № { $n } - { $surface } га
tm-une-aire-de-surface-m2 = Площа { $area } м²
tm-une-aire-de-surface-inconnue = Площа невідома

## ds: activerecord

tm-doit-etre-different-de-celui-du = має відрізнятися від адреси представника
tm-notifier-le-beneficiaire = Повідомити отримувача:
tm-pas-de-notification = Без повідомлення
tm-votre-dossier-n-est-en-train = Ваша справа № { $n } повторно розглядається ({ $name })

## ds: activemodel

tm-annee = Рік
tm-depuis-le-debut = Від самого початку
tm-en = (у { $year } році)
tm-nombre-de-demarches = Кількість процедур
tm-nombre-de-demarches-publiees-ou-closes = Кількість опублікованих або закритих процедур { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = Справу подано з акаунта FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = Справу подано з акаунта { $name }.
tm-le-service-traitant-na-pas-ete = Служба, що веде справу, не змогла розглянути вашу заяву в строк, установлений правилом «Silence Vaut Rejet» (мовчання означає відмову).
tm-expirera-le-mois-apres-le-depot = Строк спливе { $date } ({ $n ->
        [one] через { $n } місяць
        [few] через { $n } місяці
        [many] через { $n } місяців
       *[other] через { $n } місяця
    } після подання справи)
tm-ce-dossier-est-en-instruction-il = Ця справа на розгляді, її строк не спливе
tm-expirera-le-mois-apres-le-traitement = Строк спливе { $date } ({ $n ->
        [one] через { $n } місяць
        [few] через { $n } місяці
        [many] через { $n } місяців
       *[other] через { $n } місяця
    } після обробки справи)
tm-expirera-le-mois-apres-le-traitement-2 = Строк спливе { $date } ({ $n ->
        [one] через { $n } місяць
        [few] через { $n } місяці
        [many] через { $n } місяців
       *[other] через { $n } місяця
    } після обробки справи)
tm-la-recuperation-automatique-des-donnees = Триває автоматичне отримання даних для отримувача допомоги № { $numero_allocataire } з поштовим індексом { $code_postal }.
tm-des-donnees-concernant-liees-au-compte = Від CAF отримано дані про { $sources }, пов’язані з акаунтом № { $numero_allocataire } з поштовим індексом { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = Дані отримано від Caisse nationale d’allocations familiales (національна каса сімейних допомог)
tm-la-recuperation-automatique-des-donnees-2 = Триває автоматичне отримання даних для платника податків № { $numero_fiscal } з номером податкового повідомлення { $reference_avis }.
tm-des-donnees-concernant-liees-au = Від DGFiP отримано дані про { $sources }, пов’язані з платником податків № { $numero_fiscal } з номером податкового повідомлення { $reference_avis }.
tm-donnees-obtenues-de-la-direction = Дані отримано від Direction générale des Finances publiques (податкова служба)
tm-la-recuperation-automatique-des-donnees-3 = Триває автоматичне отримання даних для ідентифікатора { $identifiant }.
tm-des-donnees-concernant-liees-a = Від Pôle emploi отримано дані про { $sources }, пов’язані з ідентифікатором { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = Дані отримано від Pôle emploi
tm-des-donnees-concernant-liees-a-line = Від MESRI отримано дані про { $sources }, пов’язані з INE { $ine }.
tm-donnees-obtenues-du-mesri = Дані отримано від MESRI
tm-entrer-une-autre-option = Ввести інший варіант

## ds: carte

tm-deploiement-par-departement = Впровадження за департаментами
tm-quelle-carte-souhaitez-vous = Яку карту ви бажаєте?

## ds: views

tm-selectionnez = Виберіть

## ds: activerecord

tm-votre-adresse-electronique = Ваша робоча адреса електронної пошти
tm-sujet = Тема

## ds: contact

tm-votre-question = Ваше запитання
tm-notre-reponse = Наша відповідь
tm-une-capture-decran-peut-nous-aider = Знімок екрана може допомогти нам легше знайти місце, яке треба покращити.
tm-une-capture-decran-peut-nous-aider-2 = Знімок екрана може допомогти нам легше зрозуміти проблему.
tm-taille-maximale-autorisee-200-mo-formats = Максимальний дозволений розмір: 200 МБ. Підтримувані формати: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Зв’яжіться з нами через цю форму, і ми відповімо вам якнайшвидше. Не забудьте надати нам якомога більше відомостей, щоб ми могли допомогти вам якнайкраще.
tm-jai-un-probleme-lors-du-remplissage = У мене проблема під час заповнення справи
tm-avez-vous-bien-verifie-que-tous = Ви перевірили, що всі обов’язкові поля ( * ) заповнено? Якщо у вас є запитання про те, які відомості треба ввести, зверніться до служб, відповідальних за процедуру (FAQ).
tm-jai-une-question-sur-linstruction-de = У мене є запитання щодо розгляду моєї справи
tm-si-vous-avez-des-questions-sur = Якщо у вас є запитання щодо розгляду вашої справи (наприклад, щодо строків), радимо звернутися напряму до служб, які розглядають вашу справу, через розділ повідомлень (FAQ). Якщо ви хочете поставити запитання про технічну проблему на сайті, скористайтеся формою нижче. Ми не зможемо відповісти на запитання щодо розгляду вашої справи.
tm-jai-une-idee-damelioration-pour-votre = У мене є ідея, як покращити ваш сайт
tm-une-idee-pensez-a-consulter-notre = Маєте ідею? Загляньте до нашої таблиці покращень: голосуйте за покращення, важливі для вас, пропонуйте власну ідею.
tm-nous-vous-invitons-a-contacter = Радимо звернутися до адміністрації, відповідальної за вашу процедуру, щоб вона повідомила вам потрібне посилання. Воно має виглядати так: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. Тут також можна переглянути список наших найчастіших процедур (дозволи, detr тощо).
tm-autre-sujet = Інша тема
tm-votre-message-a-ete-envoye-sur = Ваше повідомлення надіслано до розділу повідомлень вашої справи.
tm-votre-message-a-ete-envoye = Ваше повідомлення надіслано.
tm-la-piece-jointe-doit-etre-un = Вкладення має бути файлом

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = Ви отримали нове повідомлення від адміністрації, відповідальної за вашу справу за процедурою «{ $name }».
tm-pour-consulter-le-message-et-y = Щоб прочитати повідомлення й відповісти на нього, натисніть кнопку нижче:
tm-si-vous-souhaitez-repondre-a-ce = Якщо ви хочете відповісти на це повідомлення, зв’яжіться з адміністрацією напряму за такою адресою: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Якщо ви хочете відповісти на це повідомлення, зв’яжіться з адміністрацією напряму за контактами внизу цього листа.
tm-lire-le-message = Прочитати повідомлення
tm-vous-avez-commence-a-remplir-un = Ви почали заповнювати справу за процедурою «{ $name }».
tm-vous-pouvez-retrouver-et-completer-votre = Ви можете знайти й доповнити свою справу, натиснувши кнопку нижче:
tm-vous-pouvez-deposer-votre-dossier = Ви можете подати свою справу не пізніше { $before }.
tm-afficher-votre-dossier = Відкрити вашу справу
tm-vous-devez-corriger-votre-dossier-n = Ви маєте виправити свою справу № { $n } «{ $name }»
tm-afin-de-poursuivre-son-instruction-un = Щоб продовжити розгляд, працівник, який розглядає справу, просить вас внести виправлення у вашу справу № { $n } за процедурою «{ $name }».
tm-afin-de-commencer-son-instruction-un = Щоб почати розгляд, працівник, який розглядає справу, просить вас доповнити вашу справу № { $n } за процедурою «{ $name }».
tm-consultez-la-messagerie-de-votre-dossier = Відкрийте розділ повідомлень вашої справи, щоб дізнатися, які зміни треба внести, а потім змініть справу прямо на сайті.
tm-ouvrir-la-messagerie = Відкрити розділ повідомлень
tm-vous-avez-une-demande-de-transfert = У вас є запит на передачу, що очікує відповіді.
tm-afin-de-pouvoir-accepter-ou-refuser = Щоб прийняти або відхилити запит, ви маєте увійти на { $name }:
tm-acceder-a-la-demande-de-transfert = перейти до запиту на передачу
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Щоб прийняти або відхилити запит, ви маєте мати акаунт:
tm-se-creer-un-compte-sur = створити акаунт на { $name }
tm-vous-adresse-une-demande-de-transfert = { $name } надсилає вам запит на передачу { $n ->
        [one] { $n } справи
        [few] { $n } справ
        [many] { $n } справ
       *[other] { $n } справи
    }.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } надсилає вам запит на передачу справи № { $n } за процедурою

## ds: layouts

tm-accueil-liste-des-demarches = Головна - Список процедур
tm-vous-etes-ici = Ви тут
tm-voir-le-fil-dariane = Показати навігаційний ланцюжок
tm-previsualiser-le-formulaire = Попередній перегляд форми
tm-previsualiser-les-annotations = Попередній перегляд анотацій
tm-depuis-le = з { $date }
tm-publiee = Опублікована
tm-en-test = У тестовому режимі
tm-a-modifier = Треба змінити
tm-pour-plus-dinformation-sur-la-phase = Докладніше про тестовий етап
tm-consulter-la-faq = переглянути відповіді на часті запитання (FAQ)
tm-suivi-des-dossiers = { $name } – Відстеження справ
tm-modifier-le-lien-de-la-demarche = Змінити посилання процедури
tm-pour-vous-adresser-a-votre = Щоб звернутися до своєї адміністрації, скористайтеся напряму
tm-page-de-contact = Сторінка контактів:
tm-horaires = Години роботи:
tm-consultez-laide-en-ligne = Перегляньте онлайн-довідку
tm-consultez-la-page-de-contact-de = Відкрийте сторінку контактів адміністрації
tm-lequipe = Команда
tm-nous-vous-informons-que-le-dossier = Повідомляємо вам, що справу № { $dossier_id }, заповнену від вашого імені { $mandataire_first_name } { $mandataire_last_name }, за процедурою
tm-a-ete-classe-sans-suite-le = закрито без подальших дій { $date }.
tm-a-ete-rendue = ухвалено.

## ds: root

tm-effectuer-une-demarche-administrative-en = Пройти адміністративну процедуру онлайн
tm-vous-souhaitez-effectuer-une-demande = Ви хочете подати заяву до державної установи?
tm-realisez-vos-demandes-en-toute = Подавайте заяви просто й знаходьте свої справи онлайн
tm-comment-trouver-ma-demarche = Як знайти мою процедуру?
tm-dossiers-deposes = поданих справ
tm-reduction-des-delais-de-traitement = скорочення строків розгляду
tm-une-question-un-probleme = Запитання, проблема?
tm-la-reponse-est-dans-laide-en = Відповідь — в онлайн-довідці
tm-administration-vous-voulez = Адміністрація: бажаєте перевести процедури в електронний вигляд?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect — це рішення, запропоноване державою, щоб зробити вхід до ваших онлайн-сервісів безпечнішим і простішим.
tm-sidentifier-avec = Увійти через
tm-ou = або
tm-vous-avez-deja-un-compte = У вас уже є акаунт?
tm-jai-deja-un-compte = У мене вже є акаунт
tm-creer-un-compte = Створити акаунт
tm-votre-adresse-electronique-nest-pas = Вашу адресу електронної пошти не підтверджено, тому ви не отримуватимете повідомлень від { $name }. Будь ласка, перевірте вхідні листи й натисніть на посилання для підтвердження. Ви не отримали листа?
tm-telecharger-le-modele = Скачати зразок

## ds: commencer

tm-commencer-la-demarche = Почати процедуру
tm-vous-avez-deja-des-dossiers-pour = У вас уже є справи за цією процедурою
tm-voir-mes-dossiers-en-cours = Переглянути мої поточні справи
tm-vous-avez-un-dossier-prerempli = У вас є попередньо заповнена справа
tm-vous-etes-prete-a-poursuivre-un = Ви можете продовжити попередньо заповнену справу за процедурою «{ $name }», розпочату { $time } тому.
tm-vous-avez-deja-commence-a-remplir = Ви вже почали заповнювати справу
tm-il-y-a-vous-avez-depose = { $time } тому ви подали справу за процедурою «{ $name }».
tm-poursuivre-mon-dossier-prerempli = Продовжити мою попередньо заповнену справу
tm-continuer-a-remplir-mon-dossier = Продовжити заповнення моєї справи
tm-voir-mon-dossier-depose = Переглянути мою подану справу
tm-vous-souhaitez-effectuer-une-demande-par = Бажаєте подати заяву на папері? Ви можете скачати порожню справу у форматі PDF і надіслати її до відповідної адміністрації: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = Скачати порожню справу у форматі PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [one] Ваша остання створена справа ({ $n }):
        [few] Ваші { $n } останні створені справи:
        [many] Ваші { $n } останніх створених справ:
       *[other] Ваші { $n } останньої створеної справи:
    }
tm-n-cree-il-y-a = № { $n }, створено { $date } тому, { $state }
tm-la-demarche-est-close-depuis-le = Процедуру { $name } закрито з { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = Ви збираєтеся передати справу { $state } № { $n }, подану { $name } { $date }, до акаунта іншого користувача.
tm-envoyer-la-demande-de-transfert = Надіслати запит на передачу
tm-linvitation-au-transfert-a-ete-envoyee = Запрошення до передачі успішно надіслано
tm-la-demande-de-transfert-a-ete = Запит на передачу успішно видалено
tm-la-demarche-liee-a-votre-dossier = Процедуру, пов’язану з вашою справою, видалено
tm-la-demarche-liee-a-votre-dossier-2 = Процедуру, пов’язану з вашою справою, закрито
tm-vous-pouvez-toujours-consulter-votre = Ви й надалі можете переглядати свою справу, але змінити її більше не можна.
tm-votre-dossier-a-ete-traite-par = Вашу справу оброблено адміністрацією, жодні дії неможливі
tm-vous-pouvez-toujours-consulter-votre-2 = Ви й надалі можете переглядати свою справу, але адміністрація не розглядатиме її
tm-voir-la-demarche = переглянути процедуру
tm-une-nouvelle-demarche-est-disponible = Доступна нова процедура, перегляньте її тут:
tm-pour-plus-dinformations-veuillez-vous = Щоб отримати додаткову інформацію, зверніться до служби { $name } за телефоном { $service_phone_number } або електронною поштою { $email }
tm-votre-dossier-est-en-attente-de = Ваша справа чекає, поки адміністрація візьме її в роботу. Максимальний строк очікування — { $n ->
        [one] { $n } місяць
        [few] { $n } місяці
        [many] { $n } місяців
       *[other] { $n } місяця
    }. Однак ви можете продовжити цей строк, натиснувши кнопку нижче.
tm-conserver-mois-supplementaire = { $n ->
        [one] Зберігати ще { $n } місяць
        [few] Зберігати ще { $n } місяці
        [many] Зберігати ще { $n } місяців
       *[other] Зберігати ще { $n } місяця
    }
tm-cadre-juridique = Правова основа
tm-retention-et-archivage-des-donnees-mois = Зберігання й архівування даних: { $n ->
        [one] { $n } місяць
        [few] { $n } місяці
        [many] { $n } місяців
       *[other] { $n } місяця
    }
tm-texte-cadrant-la-demande-dinformation = Текст, що регулює збір інформації
tm-contacter-le-delegue-a-la-protection = Зв’язатися з відповідальним за захист даних
tm-dematerialisation = Перехід на електронний документообіг
tm-trouver-une-maison-france-services = Знайти пункт France Services
tm-profil = Профіль
tm-nouvelle-adresse-electronique = Нова адреса електронної пошти
tm-votre-adresse-electronique-actuelle = Ваша поточна адреса електронної пошти
tm-changer-mon-adresse = Змінити мою адресу
tm-transferer-tous-vos-dossiers = Передати всі ваші справи
tm-cette-fonctionnalite-vous-permet-de = Ця функція дає змогу змінити власника всіх ваших справ. Зазвичай це корисно під час зміни посади або якщо ви хочете об’єднати кілька акаунтів.
tm-adresse-electronique-du-prochain = Адреса електронної пошти наступного власника всіх ваших справ
tm-le-nouveau-proprietaire-doit-confirmer = Новий власник { $email } має підтвердити передачу справи, виконавши інструкції з отриманого листа.
tm-le-nouveau-proprietaire-doit-confirmer-2 = Новий власник { $email } має підтвердити передачу { $n ->
        [one] вашої { $n } справи
        [few] ваших { $n } справ
        [many] ваших { $n } справ
       *[other] ваших { $n } справи
    }, виконавши інструкції з отриманого листа.
tm-confirmez-vous-le-transfert = Ви підтверджуєте передачу?
tm-transferer-tous-mes-dossiers = Передати всі мої справи
tm-changement-en-attente = Зміна, що очікує:
tm-doit-sassurer-que-votre-compte-est = { $name } має переконатися, що ваш акаунт використовується в професійних цілях. Ми можемо автоматично дозволити зміну адреси електронної пошти на такі домени: { $legit_admin_domains } Якщо це не ваш випадок, зверніться до служби підтримки: { $email }
tm-votre-compte-sur-est-actuellement-lie = Ваш акаунт на { $name } зараз пов’язаний з такою особою:
tm-votre-compte-sur-est-actuellement-lie-2 = Ваш акаунт на { $name } зараз пов’язаний { $n ->
        [one] з { $n } особою, зазначеною нижче:
        [few] з { $n } особами, зазначеними нижче:
        [many] з { $n } особами, зазначеними нижче:
       *[other] з { $n } особи, зазначеними нижче:
    }
tm-interdire-lacces = Заборонити доступ
tm-le-transfert-dun-dossier-a-est = Триває передача однієї справи користувачу { $email }
tm-le-transfert-de-dossiers-a-est = Триває передача { $n ->
        [one] { $n } справи
        [few] { $n } справ
        [many] { $n } справ
       *[other] { $n } справи
    } користувачу { $email }

## seeds: seeds

tm-service-momentanement-indisponible-nous = Сервіс тимчасово недоступний. Будь ласка, повторіть запит пізніше.
tm-numero-de-la-declaration-de-perte = Номер заяви про втрату
tm-mettre-a-jour-mes-documents = Оновити мої документи
tm-nombre-d-enfants-a-charge = Кількість дітей на утриманні
tm-je-ne-suis-pas-un-robot = Я не робот
tm-numero-etranger = Номер іноземця

## failures: failures

tm-plus-de-plage-horaire-libre = більше немає вільного часу для запису
tm-aucun-creneau-disponible = немає вільного часу для запису
tm-aucun-creneau-n-est-disponible = вільного часу для запису немає
tm-pas-de-creneau-disponible = немає вільного часу для запису
tm-plus-de-creneau-disponible = вільного часу для запису більше немає
tm-aucun-rendez-vous-disponible = немає вільних записів на прийом
tm-aucun-rendez-vous-n-est-disponible = вільних записів на прийом немає
tm-aucune-disponibilite = немає вільних місць
tm-tous-les-creneaux-sont-reserves = увесь час для запису зайнято
tm-toutes-les-plages-horaires-sont = усі проміжки часу зайняті
tm-aucune-plage-horaire = немає жодного проміжку часу
tm-service-momentanement-indisponible = сервіс тимчасово недоступний
tm-service-temporairement-indisponible = сервіс тимчасово недоступний
tm-service-indisponible = сервіс недоступний
tm-site-en-maintenance = сайт на технічному обслуговуванні
tm-actuellement-en-maintenance = зараз тривають технічні роботи
tm-operation-de-maintenance = технічні роботи
tm-erreur-technique = технічна помилка
tm-probleme-technique = технічна проблема
tm-une-erreur-est-survenue = сталася помилка
tm-une-erreur-inattendue = непередбачена помилка
tm-le-service-rencontre-des-difficultes = у сервісу виникли труднощі
tm-nombre-de-connexions = кількість підключень
tm-trop-de-demandes = забагато запитів
tm-votre-session-a-expire = ваш сеанс завершився
tm-session-expiree = сеанс завершився
tm-vous-avez-ete-deconnecte = ви вийшли з системи
tm-delai-d-inactivite = час бездіяльності вичерпано
tm-code-de-securite-saisi-est-incorrect = введений захисний код неправильний
tm-code-de-securite-est-incorrect = захисний код неправильний
tm-captcha-incorrect = неправильна капча
tm-captcha-invalide = недійсна капча
tm-identifiant-ou-mot-de-passe-incorrect = неправильний логін або пароль
tm-identifiant-ou-mot-de-passe-invalide = недійсний логін або пароль
tm-compte-bloque = акаунт заблоковано
tm-compte-verrouille = акаунт заблоковано
tm-compte-desactive = акаунт деактивовано
tm-format-de-fichier-non-supporte = формат файлу не підтримується
tm-format-non-supporte = формат не підтримується
tm-fichier-trop-volumineux = файл завеликий
tm-depasse-la-taille-maximale = перевищує максимальний розмір
tm-dossier-incomplet = справа неповна
tm-piece-manquante = відсутній документ
tm-n-est-pas-valide = недійсне
tm-est-obligatoire = обов’язково
tm-numero-etranger-inconnu = невідомий номер іноземця
tm-aucun-dossier-ne-correspond = жодна справа не відповідає
tm-delai-d-attente-depasse = час очікування вичерпано
tm-le-serveur-met-trop-de-temps = сервер відповідає надто довго

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Введіть захисний код
tm-verification-de-securite = Перевірка безпеки
tm-le-code-peut-etre-ecoute-avec = Код можна прослухати кнопкою «Вимовити код» («Énoncer le code»); кнопка «Змінити код» («Changer le code») показує нове зображення.
tm-recopiez-les-caracteres-affiches-dans = Перепишіть символи, показані на зображенні.
tm-veuillez-recopier-le-code-de-securite = Будь ласка, перепишіть захисний код, щоб продовжити запис на прийом.
tm-prise-de-rendez-vous-demande-de = Запис на прийом — заява про натуралізацію

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Введіть символи із зображення
tm-afin-de-verifier-que-vous-netes = Щоб перевірити, що ви не робот, перепишіть символи, показані на зображенні. Щоб їх прослухати, використовуйте кнопку «Вимовити код капчі» («Énoncer le code du captcha»); щоб отримати інше зображення, використовуйте кнопку «Створити нову капчу» («Générer un nouveau captcha»).
tm-les-majuscules-et-minuscules-ne-sont = Великі й малі літери не розрізняються.
tm-pour-acceder-au-calendrier-des-rendez = Щоб відкрити календар запису на прийом, перепишіть захисний код, потім натисніть «Далі» («Suivant»).
tm-prise-de-rendez-vous-remise-de = Запис на прийом — отримання посвідки на проживання
tm-le-code-de-securite-saisi-est = Введений захисний код неправильний. Будь ласка, спробуйте ще раз.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Ваші контактні дані
tm-format-attendu-nom-domaine-fr = Потрібний формат: ім’я@домен.fr
tm-avant-de-choisir-un-creneau-merci = Перш ніж вибрати час, будь ласка, підтвердьте свій запит. Запис відкривається щотижня, залежно від вільного часу у віконці прийому.
tm-prise-de-rendez-vous-echange-de = Запис на прийом — обмін іноземного посвідчення водія

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Перевірка «не робот»
tm-cliquez-sur-clique-ici-pour-verifier = Натисніть «Натисни тут для перевірки» («Clique ici pour vérifier»): перевірка відбувається автоматично, без завдання.
tm-clique-ici-pour-verifier = Натисни тут для перевірки
tm-pour-toute-question-relative-a-vos = З будь-якого питання щодо ваших процедур (посвідки на проживання, водійські посвідчення, асоціації) використовуйте цю форму. Відповідь буде надано протягом 15 робочих днів.
tm-nous-contacter = Зв’язатися з нами
tm-nous-verifions-que-vous-netes-pas = Ми перевіряємо, що ви не робот…
tm-verification-automatique-des-spams = Автоматичну перевірку на спам завершено

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Реєстраційний номер автомобіля
tm-format-attendu-ab-123-cd = Потрібний формат: AB-123-CD
tm-cochez-la-case-je-suis-un = Позначте поле «Я людина» («Je suis un humain»), щоб продовжити.
tm-envoyer-ma-demande = Надіслати мій запит
tm-les-residents-des-secteurs-de = Мешканці зон платного паркування можуть запросити картку, що дає право на тариф для мешканців. Підготуйте підтвердження адреси давністю не більше 3 місяців і техпаспорт автомобіля.
tm-demande-de-carte-de-stationnement = Заява на картку паркування для мешканців

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Реєстраційний номер справи
tm-recopiez-les-caracteres-affiches = Перепишіть показані символи
tm-code-de-securite = Захисний код
tm-exemple-pc-034172-24-m0123 = Приклад: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 символів, цифри й великі літери
tm-generer-un-nouveau-code = Створити новий код
tm-envoyer-la-demande = Надіслати запит
tm-vous-pouvez-demander-la-copie-dun = Ви можете запросити копію дозволу на будівництво або попередньої декларації, виданих у комуні. Документи передаються в електронному вигляді.
tm-demande-de-copie-de-documents-durbanisme = Запит копії містобудівних документів

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Кожна сторінка відтворює офлайн розмітку одного з типів CAPTCHA, що трапляються на державних порталах, щоб перевірити, як їх виявляє Relais (який ніколи не розв’язує й не обходить CAPTCHA). Жодного звернення до зовнішнього сервісу немає: скрипти, фрейми, зображення й звуки — це локальні файли (папка vendor/).
tm-pages-de-test-widgets-captcha = Тестові сторінки: віджети CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Підтвердити запис на прийом
tm-choisissez-un-creneau-pour-deposer-votre = Виберіть час, щоб подати заяву. Перевірка безпеки з’являється після завантаження сторінки.
tm-prise-de-rendez-vous-carte-nationale = Запис на прийом — національна посвідка особи та паспорт
tm-chargement-de-la-verification-de = Завантаження перевірки безпеки…
tm-confirmation-du-creneau = Підтвердження вибраного часу
tm-cochez-la-case-pour-confirmer-que = Позначте поле, щоб підтвердити, що ви людина.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Контрольне запитання: скільки буде 3 + 4?
tm-repondez-en-chiffres-cette-question = Відповідайте цифрами. Це запитання дає змогу перевірити, що ви не робот.
tm-sinscrire = Підписатися
tm-recevez-chaque-mois-lactualite-du = Отримуйте щомісяця новини Департаменту: допомоги, дороги, колежі (середні школи), солідарність. Ви зможете відписатися будь-коли.
tm-inscription-a-la-lettre-dinformation = Підписка на інформаційну розсилку

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Причина запису на прийом
tm-cochez-la-case-je-ne-suis = Позначте поле «Я не робот» («Je ne suis pas un robot»). Може з’явитися завдання із зображеннями; у нього є аудіоверсія.
tm-demander-un-rendez-vous = Записатися на прийом
tm-selectionner-un-motif = Виберіть причину
tm-premiere-demande = Перша заява
tm-renouvellement = Продовження
tm-duplicata = Дублікат
tm-ce-formulaire-vous-permet-de-demander = За допомогою цієї форми можна записатися на прийом до віконця для іноземців префектури департаменту Рона (Ліон). Підтвердження буде надіслано вам електронною поштою.
tm-prise-de-rendez-vous-depot-de = Запис на прийом — подання заяви на посвідку на проживання

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Тип документа
tm-copie-integrale = Повна копія
tm-extrait-avec-filiation = Витяг із зазначенням батьків
tm-extrait-sans-filiation = Витяг без зазначення батьків
tm-demandez-en-ligne-une-copie-integrale = Запросіть онлайн повну копію або витяг зі свідоцтва про народження для народження, що відбулося в Ліоні. Свідоцтво надсилається поштою протягом 8 днів.
tm-ce-site-est-protege-par-recaptcha = Цей сайт захищено reCAPTCHA; діють політика конфіденційності та умови використання Google.
tm-demande-dacte-de-naissance = Запит свідоцтва про народження

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Це тестова сторінка: запит не було передано до жодної служби.
tm-votre-demande-a-bien-ete-envoyee = Ваш запит надіслано
tm-donnees-recues = Отримані дані
tm-aucune-donnee-recue = Дані не отримано.
tm-retour-a-la-liste-des-pages = Назад до списку тестових сторінок

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Адреса проблеми
tm-description = Опис
tm-envoyer-le-signalement = Надіслати повідомлення про проблему
tm-nid-de-poule-eclairage-en-panne = Вибоїна на дорозі, несправне освітлення, незаконне звалище: повідомте про це службам міста. Вас поінформують електронною поштою про розгляд вашого повідомлення.
tm-signaler-un-probleme-sur-lespace-public = Повідомити про проблему в громадському місці

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Підтвердьте, що ви людина
tm-operation-reussie = ✔Операцію виконано успішно!
tm-saisissez-ce-que-vous-entendez = Введіть те, що чуєте
tm-lecture = ВІДТВОРИТИ
tm-veuillez-cliquer-sur-chaque-image = Будь ласка, натисніть на кожне зображення, на якому є автобус
tm-vous-etes-valide = Ви пройшли перевірку
tm-le-service-recaptcha-requiert-une = Сервіс reCAPTCHA вимагає перевірки.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Номер соціального страхування
tm-jour = День
tm-mois = Місяць
tm-numero-de-telephone-portable = Номер мобільного телефону
tm-13-chiffres-cle-de-2-chiffres = 13 цифр + ключ із 2 цифр, він указаний на вашій картці Vitale
tm-telle-quelle-figure-sur-votre-carte = Так, як указано на вашій картці Vitale
tm-exemple-14 = Приклад: 14
tm-exemple-07 = Приклад: 07
tm-exemple-1988 = Приклад: 1988
tm-format-attendu-5-chiffres = Потрібний формат: 5 цифр
tm-format-attendu-06-12-34-56 = Потрібний формат: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = Введений номер соціального страхування недійсний.
tm-votre-compte-ameli-vous-permet-de = Ваш акаунт ameli дає змогу стежити за відшкодуваннями, скачувати довідку про право на медичне страхування і зв’язуватися з вашою касою медичного страхування.
tm-creer-mon-compte-ameli = Створити мій акаунт ameli
tm-formulaire-recu = Форму отримано

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Увійти з моїм логіном
tm-votre-identifiant-est-votre-numero = Ваш логін — це ваш номер іноземця (10 цифр) або ваша адреса електронної пошти
tm-sidentifier-avec-franceconnect = Увійти через FranceConnect
tm-creer-mon-compte = Створити мій акаунт
tm-la-creation-dun-compte-est-necessaire = Акаунт потрібно створити, щоб подати заяву на посвідку на проживання, натуралізацію або проїзний документ.
tm-votre-numero-etranger-comporte-10 = Ваш номер іноземця складається з 10 цифр. Він указаний на вашій посвідці на проживання, на тимчасовій довідці про подання заяви на посвідку на проживання (récépissé) або на тимчасовому дозволі на перебування.
tm-si-vous-navez-jamais-eu-de = Якщо у вас ніколи не було посвідки на проживання у Франції, використовуйте свою адресу електронної пошти.
tm-connexion-a-mon-espace-personnel = Вхід до мого особистого кабінету
tm-vous-navez-pas-encore-de-compte = У вас ще немає акаунта?
tm-ou-trouver-mon-numero-etranger = Де знайти мій номер іноземця?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Ваш запит на зворотний дзвінок за номером 06 12 34 56 78 не вдалося прийняти. Ми відповімо вам за адресою marie.kowalczyk@example.fr (номер отримувача допомоги 1234567).
tm-demande-de-rappel = Запит зворотного дзвінка
tm-retour-a-mon-compte = Назад до «Мій акаунт» («Mon Compte»)

## fixture: portals/caf-declaration

tm-numero-allocataire = Номер отримувача допомоги (numéro allocataire)
tm-celibataire = Неодружений / незаміжня
tm-marie-e = Одружений / заміжня
tm-pacse-e = У цивільному союзі (PACS)
tm-en-concubinage = Співжиття без шлюбу
tm-divorce-e = Розлучений / розлучена
tm-veuf-veuve = Вдівець / вдова
tm-salaires-percus-en-euros = Отримана зарплата (в євро)
tm-indemnites-journalieres = Добові виплати на лікарняному (indemnités journalières)
tm-allocation-chomage-are = Допомога з безробіття (ARE)
tm-pensions-alimentaires-recues = Отримані аліменти
tm-votre-situation-professionnelle = Ваш професійний статус
tm-ajouter-une-piece-justificative = Додати підтвердний документ
tm-situation-familiale = Сімейний стан
tm-autres-ressources-en-euros = Інші доходи (в євро)
tm-7-chiffres-il-est-sur-vos = 7 цифр, він указаний у листах від CAF
tm-mois-1-janvier = Місяць 1: січень
tm-mois-2-fevrier = Місяць 2: лютий
tm-mois-3-mars = Місяць 3: березень
tm-taille-maximale-5-mo-formats-supportes = Максимальний розмір: 5 МБ. Підтримувані формати: jpg, png, pdf.
tm-valider-ma-declaration = Підтвердити мою декларацію
tm-selectionner-une-option = Виберіть варіант
tm-salarie = Найманий працівник
tm-demandeur-d-emploi = Шукач роботи
tm-etudiant = Студент
tm-sans-activite = Без роботи
tm-ex-1-250 = Приклад: 1 250
tm-declarez-les-ressources-percues-par = Вкажіть доходи, отримані вашою сім’єю за останні три місяці. Ця декларація обов’язкова, щоб і далі отримувати RSA, prime d’activité або допомогу дорослим з інвалідністю.
tm-salaires-indiquez-le-montant-net-avant = Зарплата: вкажіть суму нетто до утримання податку з джерела за кожен місяць кварталу або 0, якщо ви нічого не отримували.
tm-declaration-trimestrielle-de-ressources = Квартальна декларація доходів
tm-vos-ressources = Ваші доходи
tm-etape-suivante-verification-et-envoi = Наступний крок: перевірка та надсилання

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Кожна сторінка — спрощена імітація, написана для тестів; жодна не є копією справжнього порталу.
tm-pages-de-test-imitant-des-portails = Тестові сторінки, що імітують французькі державні портали

## fixture: portals/mots-cles

tm-nom-de-famille = Прізвище
tm-prenom-s = Ім’я (імена)
tm-date-dexpiration-de-votre-titre-de = Дата закінчення строку дії вашої посвідки на проживання
tm-n-de-recepisse = № тимчасової довідки (récépissé)
tm-courriel = Електронна пошта
tm-remplissez-ce-formulaire-pour-connaitre = Заповніть цю форму, щоб дізнатися, на якому етапі ваша заява. Відповідь буде надіслано вам електронною поштою протягом 15 робочих днів.
tm-demande-de-renseignements-sur-un-dossier = Запит інформації щодо справи про посвідку на проживання
tm-precisions-sur-votre-demande-zone-de = Подробиці вашого запиту (поле для вільного тексту):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Вільного часу для запису за вашим запитом більше немає. Будь ласка, спробуйте пізніше.
tm-veuillez-cocher-la-case-pour-accepter = Будь ласка, позначте поле, щоб прийняти умови використання, перш ніж продовжити запис на прийом
tm-choisissez-votre-guichet = Виберіть віконце прийому
tm-effectuer-une-demande-de-rendez-vous = Подати запит на запис на прийом
tm-selectionner-un-guichet = Виберіть віконце прийому
tm-guichet-1-titre-de-sejour = Віконце 1 - Посвідка на проживання
tm-guichet-2-naturalisation = Віконце 2 - Натуралізація
tm-guichet-3-document-de-circulation-pour = Віконце 3 - Проїзний документ для неповнолітнього іноземця
tm-guichet-4-duplicata-et-changement = Віконце 4 - Дублікат і зміна адреси
tm-ce-module-vous-permet-de-reserver = За допомогою цього модуля можна записатися на прийом, щоб отримати свою посвідку на проживання, лише якщо ви отримали SMS або лист про те, що вона готова в префектурі.
tm-conformement-aux-dispositions = Відповідно до чинних правил, вашу заяву на продовження посвідки на проживання розглядатимуть лише після того, як ви заздалегідь подасте всі потрібні підтвердні документи; інакше її буде закрито без подальших дій і повторно не розглядатимуть.
tm-le-jour-du-rendez-vous-presentez = У день прийому приходьте з паспортом, тимчасовою довідкою (récépissé) або попередньою посвідкою на проживання, викликом (convocation) і гербовою маркою (timbre fiscal). Будь-яку неповну справу буде відхилено.
tm-les-rendez-vous-sont-ouverts-chaque = Запис відкривається щотижня, у міру появи вільного часу у віконцях прийому. Запису телефоном немає.
tm-retour-a-la-prise-de-rendez = Назад до запису на прийом
tm-etape-1-choix-du-guichet = Крок 1: вибір віконця прийому

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = Зараз на сервісі тривають технічні роботи. Просимо вибачення за незручності й просимо спробувати пізніше.
tm-les-demandes-deja-deposees-ne-sont = Уже поданих заяв ця перерва не стосується. Якщо строк дії вашої посвідки на проживання спливає під час технічних робіт, ваша довідка про продовження розгляду (attestation de prolongation d’instruction) залишається дійсною.
tm-erreur = Помилка { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = Який ваш поштовий індекс?
tm-quel-est-le-code-postal-de = Який поштовий індекс комуни ваших батьків?
tm-combien-d-enfants-vous-y-compris = Скільки дітей (включно з вами) перебуває на утриманні ваших батьків?
tm-lorsque-vos-parents-sont-separes-il = Якщо ваші батьки живуть окремо, треба вказати кількість дітей на утриманні того з батьків, на чиєму утриманні ви перебуваєте. Якщо ви ще неповнолітній і живете по черзі в обох батьків, треба скласти дітей на утриманні обох податкових домогосподарств батьків, що живуть окремо.
tm-et-combien-vous-y-compris-font = А скільки з них (включно з вами) здобувають вищу освіту?
tm-actuellement-beneficiez-vous-d-une = Ви зараз отримуєте ліцейну стипендію?
tm-avez-vous-un-lien-de-parente = Чи є у вас пряма спорідненість із власником житла? Чи є він вашим предком або нащадком чи предком або нащадком вашого чоловіка або дружини (дитина, бабуся чи дідусь…)?
tm-vivez-vous-en-couple = Ви живете в парі?
tm-attention-cette-restriction-est = Увага, це обмеження відрізняється від визнання статусу працівника з інвалідністю.
tm-en-etude-ou-en-alternance = Навчаюся або навчаюся з роботою (alternance)
tm-salarie-ou-salariee = Найманий працівник або працівниця
tm-independant-ou-independante = Самозайнятий або самозайнята
tm-inscrit-ou-inscrite-comme-demandeur = Зареєстрований або зареєстрована як шукач роботи
tm-retraite-ou-retraitee = Пенсіонер або пенсіонерка
tm-autre = Інше
tm-lorsque-vous-etudiez-et-que-vous = Якщо ви навчаєтеся і працюєте, треба вибрати «Навчаюся або навчаюся з роботою» («En étude ou en alternance»).
tm-dans-quelle-classe-etes-vous = У якому класі ви зараз навчаєтеся?
tm-cap-1ere-annee = CAP - 1-й рік
tm-cap-2eme-annee = CAP - 2-й рік
tm-seconde = Seconde (1-й рік ліцею)
tm-premiere = Première (2-й рік ліцею)
tm-terminale = Terminale (випускний рік ліцею)
tm-licence-1ere-annee = Licence (бакалаврат) - 1-й рік
tm-licence-2eme-annee = Licence (бакалаврат) - 2-й рік
tm-licence-3eme-annee = Licence (бакалаврат) - 3-й рік
tm-master-1ere-annee = Магістратура - 1-й рік
tm-master-2eme-annee = Магістратура - 2-й рік
tm-doctorat-1ere-annee = Докторантура - 1-й рік
tm-doctorat-2eme-annee = Докторантура - 2-й рік
tm-doctorat-3eme-annee = Докторантура - 3-й рік
tm-lorsque-vos-parents-sont-separes-il-2 = Якщо ваші батьки живуть окремо, треба враховувати доходи того з батьків, на чиєму утриманні ви перебуваєте. Якщо ви ще неповнолітній і живете по черзі в обох батьків, треба скласти доходи обох податкових домогосподарств батьків, що живуть окремо.
tm-si-vous-ne-connaissez-pas-le = Якщо ви не знаєте загального валового доходу ваших батьків, напишіть 0, щоб продовжити розрахунок. Увага, це може вплинути на точність результатів розрахунку
tm-beneficiez-vous-d-une-bourse-de = Ви отримуєте стипендію на вищу освіту?
tm-etes-vous-en-alternance-dans-la = Ви навчаєтеся з роботою (alternance) на державній службі?
tm-je-ne-sais-pas = Не знаю
tm-pas-concerne = Не стосується
tm-jamais = Ніколи
tm-ponctuellement = Час від часу
tm-regulierement = Регулярно
tm-de-quel-secteur-votre-formation-fait = До якої сфери належить ваше навчання?
tm-etes-vous-heberge-chez-vos-parents = Ви живете в батьків?
tm-l-inaptitude-medicale-au-travail = Медична непридатність до роботи через хворобу або нещасний випадок може бути частковою, повною або тимчасовою.
tm-avez-vous-obtenu-une-mention-au = Ви отримали відзнаку (mention) на іспиті бакалавра (baccalauréat)?
tm-francaise = Французьке
tm-europeenne = Європейське
tm-non-europeenne = Неєвропейське
tm-regime-general-caf-cpam = Загальний режим (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Сільськогосподарське соціальне страхування (MSA)
tm-pour-les-etudiants-en-classes = Студенти підготовчих класів до вищих шкіл (grandes écoles) мають вибрати «У закладі вищої освіти» («Dans un établissement de l'enseignement supérieur»).
tm-dans-quel-type-d-etablissement-etudiez = У якому навчальному закладі ви зараз навчаєтеся?
tm-etablissement-public = Державний навчальний заклад
tm-etablissement-prive-sous-contrat = Приватний навчальний заклад за договором із державою
tm-etablissement-prive-hors-contrat = Приватний навчальний заклад без договору з державою
tm-quelle-est-votre-relation-avec-votre = Які у вас стосунки з вашим чоловіком або дружиною?
tm-moins-de-50 = Менше ніж 50%
tm-etes-vous = Ви…?
tm-en-apprentissage = Учнівство (apprentissage)
tm-en-contrat-de-professionnalisation = За договором професіоналізації
tm-combien-de-mois-envisagez-vous-de = На скільки місяців ви плануєте поїхати за кордон у межах навчання?
tm-quel-est-le-prenom-de-votre = Як звати вашу дитину? Ім’я потрібне лише для того, щоб полегшити вам подальше заповнення.
tm-souhaitez-vous-connaitre-les-aides-pour = Бажаєте дізнатися про допомогу на купівлю велосипеда?
tm-velo-mecanique-simple = Звичайний механічний велосипед
tm-velo-electrique = Електровелосипед
tm-velo-cargo = Вантажний велосипед
tm-velo-cargo-electrique = Вантажний електровелосипед
tm-velo-pliant = Складаний велосипед
tm-velo-pliant-electrique = Складаний електровелосипед
tm-motorisation-d-un-velo-classique = Встановлення мотора на звичайний велосипед
tm-velo-adapte-pour-pmr = Велосипед, пристосований для людей з обмеженою мобільністю (PMR)
tm-etes-vous-interesse-ou-interessee-par = Вас цікавить допомога на навчання в медичній і соціальній сфері?
tm-souhaitez-vous-connaitre-les-aides-au = Бажаєте дізнатися про допомогу на отримання BAFA і BAFD?
tm-prevoyez-vous-de-partir-a-l = Ви плануєте поїхати за кордон у межах навчання?
tm-prevoyez-vous-de-passer-le-permis = Ви плануєте складати іспит на водійське посвідчення?
tm-moins-de-3-mois = Менше ніж 3 місяці
tm-entre-3-et-6-mois = Від 3 до 6 місяців
tm-plus-de-3-mois = Понад 3 місяці
tm-plus-6-mois = Понад 6 місяців
tm-linterim-ou-travail-temporaire-est-un = Тимчасова робота через агенцію (intérim) — це трудовий договір з кадровою агенцією, яка направляє працівника на підприємство на обмежений строк, часто щоб замінити відсутнього або покрити разову потребу. Якщо договір підписано з агенцією, це тимчасова робота через агенцію.
tm-est-ce-une-colocation = Це спільна оренда (colocation)?
tm-est-ce-que-ce-logement-a = Це житло було відремонтовано (реконструйовано)?
tm-est-ce-une-chambre-une-chambre = Це кімната? Кімната — це житло, у якому лише одне приміщення і немає туалету.
tm-est-ce-un-logement-dans-une = Це житло в гуртожитку CROUS?
tm-participez-vous-aux-frais-du-logement = Ви берете участь у витратах на житло? Наприклад, у витратах на електрику, телефон тощо.
tm-rencontrez-vous-des-difficultes = У вас є серйозні труднощі з тим, щоб знайти житло або оплачувати витрати на житло?
tm-prevoyez-vous-de-demenager-prochainement = Ви плануєте незабаром переїхати?
tm-non-j-ai-emmenage-il-y = Ні, я переїхав(-ла) менше ніж 3 місяці тому
tm-locataire = Орендар
tm-figurant-sur-le-bail-en-foyer = указаний у договорі оренди, живе в гуртожитку (foyer) або резиденції
tm-proprietaire = Власник
tm-ou-en-location-accession = або за договором оренди з викупом
tm-heberge-ou-hebergee = Проживаю в інших людей
tm-chez-vos-parents-chez-un-particulier = у батьків, у приватної особи або в службовому житлі
tm-sans-domicile-stable = Без постійного житла
tm-ou-domiciliation-administrative = або адміністративна адреса для листування (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = Ви купуєте житло вперше (primo-accédant)? Primo-accédant — це людина (або сім’я), яка не володіла своїм основним житлом протягом двох років до моменту купівлі.
tm-quel-type-de-logement-louez-vous = Який тип житла ви орендуєте?
tm-non-meuble = Без меблів
tm-meuble-hotel = З меблями / Готель
tm-foyer = Гуртожиток (foyer)
tm-residence-universitaire-logement-crous = Студентський гуртожиток, житло CROUS, гуртожиток для молодих працівників, соціальна резиденція…
tm-maison-de-retraite-residence-sociale = Будинок для літніх людей, соціальна резиденція…
tm-mes-enfants-a-charge = Мої діти на утриманні
tm-quelle-est-la-situation-de-vos = Яке становище ваших батьків?
tm-en-couple = У парі
tm-separes = Живуть окремо
tm-veuf-ou-veuve = Вдівець або вдова
tm-decedes = Померли
tm-sans-autorite-parentale = Без батьківських прав
tm-vos-parents-habitent-ils-en-france = Ваші батьки живуть у Франції?
tm-quel-est-le-nombre-de-parts = Яку кількість податкових часток (parts) зазначено в останньому податковому повідомленні ваших батьків?
tm-une-part-fiscale-est-une-unite = Податкова частка — це одиниця, що відображає склад податкового домогосподарства й використовується для розрахунку податку на доходи. Щоб дізнатися, скільки у вас податкових часток, можна переглянути вашу податкову декларацію, де це зазвичай зазначено.
tm-quel-est-le-revenu-fiscal-de = Який базовий оподатковуваний дохід (RFR) зазначено в останньому податковому повідомленні ваших батьків?
tm-si-vous-ne-connaissez-pas-le-2 = Якщо ви не знаєте RFR ваших батьків, напишіть 0, щоб продовжити розрахунок. Увага, це може вплинути на точність результатів розрахунку.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Доходи від роботи
tm-revenus-professionnels-non-salaries = Професійні доходи не за наймом
tm-allocations = Допомоги
tm-indemnites = Компенсаційні виплати
tm-pensions-rentes = Пенсії та ренти
tm-revenus-du-patrimoine = Доходи від майна
tm-autres-revenus = Інші доходи
tm-salaire-dont-primes-et-indemnites-de = Зарплата (включно з преміями й виплатами після закінчення договору)
tm-entrez-le-montant-avant-la-retenue = Введіть суму до утримання податку з джерела
tm-remuneration-de-stage = Оплата стажування
tm-revenus-de-stage-de-formation = Доходи від стажування в межах професійного навчання
tm-allocation-de-securisation = Допомога професійної захищеності (allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = Щомісячна фіксована премія за відновлення роботи
tm-aides-au-logement-apl-als-alf = Допомоги на житло (APL, ALS, ALF)
tm-allocations-familiales = Сімейні допомоги на дітей (allocations familiales)
tm-complement-familial-cf = Сімейна доплата (CF)
tm-allocation-de-soutien-familial-asf = Допомога на підтримку сім’ї (ASF)
tm-revenu-de-solidarite-active-rsa = Активний дохід солідарності (RSA)
tm-prime-dactivite = Доплата працюючим з низьким доходом (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = Допомога солідарності людям похилого віку (ASPA)
tm-allocation-supplementaire-dinvalidite = Додаткова допомога з інвалідності (ASI)
tm-allocation-de-solidarite-specifique-ass = Спеціальна допомога солідарності (ASS)
tm-allocation-adulte-handicape-aah = Допомога дорослим з інвалідністю (AAH)
tm-complement-de-ressources-adulte = Доплата до доходів дорослих з інвалідністю
tm-contrat-engagement-jeune = Молодіжна програма зайнятості (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Надбавка за самостійне життя (MVA)
tm-allocation-deducation-de-lenfant = Допомога на навчання дитини з інвалідністю (AEEH)
tm-prestation-de-compensation-du-handicap = Компенсаційна виплата з інвалідності (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Допомога на маленьку дитину (PAJE) - Базова допомога
tm-complement-de-libre-choix-dactivite-clca = Доплата за вільний вибір зайнятості (CLCA)
tm-prestation-partagee-deducation-de = Спільна допомога на виховання дитини (PreParE)
tm-indemnites-de-maternite-paternite = Виплати з вагітності й пологів, батьківства, усиновлення
tm-indemnites-maladie = Виплати через хворобу
tm-indemnites-maladie-professionnelle = Виплати через професійне захворювання
tm-indemnites-daccident-du-travail = Виплати через нещасний випадок на роботі
tm-indemnites-dactivite-partielle = Виплати за часткове безробіття (activité partielle)
tm-indemnites-de-volontariat = Виплати волонтерам
tm-dedommagement-aux-victimes-de-lamiante = Компенсація жертвам азбесту
tm-pension-alimentaire = Аліменти
tm-pension-alimentaire-versee = Сплачувані аліменти
tm-prestation-compensatoire-suite-a = Компенсаційна виплата (після розлучення чи розставання)
tm-retraite-y-compris-reversion-rente = Пенсія (включно з пенсією у зв’язку з втратою годувальника), рента
tm-rente-s-d-education-d-orphelin = Рента (ренти) на освіту, сирітська рента…
tm-retraite-du-combattant = Пенсія ветерана війни
tm-pension-dinvalidite = Пенсія з інвалідності
tm-bourse-de-lenseignement-superieur = Стипендія на вищу освіту
tm-bourse-de-recherche = Дослідницька стипендія
tm-bourse-du-lycee = Ліцейна стипендія
tm-gains-exceptionnels-dons-gains-aux-jeux = Виняткові доходи (дарування, виграші в азартних іграх, спадщина)
tm-revenus-locatifs-terrains-appartements = Доходи від оренди (земельні ділянки, квартири, SCI…)
tm-revenus-du-capital-interets-plus-values = Доходи від капіталу (відсотки, приріст вартості, дивіденди…)
tm-via-une-micro-entreprise-achat-revente = Через мікропідприємство (купівля-продаж або надання житла)
tm-via-une-micro-entreprise-autre-activite = Через мікропідприємство (інша комерційна діяльність, BIC)
tm-via-une-micro-entreprise-activite = Через мікропідприємство (вільна професія та/або інтелектуальна діяльність (BNC))
tm-en-tant-qu-exploitant-agricole = Як фермер (exploitant agricole)
tm-en-profession-liberale-entrepreneur = Вільна професія (підприємець)
tm-revenus-dactivite-connus = Відомі доходи від роботи
tm-autres-revenus-imposables-preretraite = Інші оподатковувані доходи (дострокова пенсія, безробіття)
tm-pensions-retraites-rentes = Пенсії, пенсії за віком, ренти
tm-frais-reels-deductibles = Фактичні витрати, що віднімаються
tm-revenus-fonciers-nets = Чисті доходи від нерухомості
tm-valeur-de-vos-biens-loues = Вартість вашого майна, що здається в оренду
tm-valeur-de-vos-terrains-non-loues = Вартість ваших земельних ділянок, що не здаються в оренду
tm-valeur-locative-terrains-non-loues = Орендна вартість земельних ділянок, що не здаються в оренду
tm-valeur-de-vos-biens-immobiliers-non = Вартість вашої нерухомості, що не здається в оренду
tm-valeur-locative-immobilier-non-loue = Орендна вартість нерухомості, що не здається в оренду
tm-epargne-sur-livret-a = Заощадження на ощадній книжці livret A
tm-epargne-aux-revenus-non-imposables = Заощадження з неоподатковуваним доходом
tm-epargne-aux-revenus-imposables = Заощадження з оподатковуваним доходом

## aides-jeunes: components

tm-ex-caf-du-loiret = Приклад: CAF du Loiret
tm-id-de-la-simulation = ID розрахунку
tm-email-de-l-utilisateur = Електронна пошта користувача

## rdv: devise

tm-votre-compte-a-ete-valide = Ваш акаунт підтверджено.
tm-vous-allez-recevoir-les-instructions = За кілька хвилин ви отримаєте інструкції для підтвердження акаунта.
tm-si-votre-e-mail-existe-dans = Якщо ваша адреса електронної пошти є в нашій базі даних, ви незабаром отримаєте лист з інструкціями для підтвердження акаунта.
tm-votre-compte-a-ete-supprime = Ваш акаунт видалено!
tm-vous-avez-une-invitation-en-attente = У вас є запрошення, що очікує. Прийміть його, щоб завершити реєстрацію.
tm-votre-connexion-est-deja-active = Ви вже увійшли в систему
tm-votre-compte-n-est-pas-encore = Ваш акаунт ще не активовано.
tm-email-ou-mot-de-passe-incorrect = Неправильна адреса електронної пошти або пароль.
tm-vous-avez-droit-a-une-tentative = У вас є ще одна спроба, перш ніж ваш акаунт буде заблоковано.
tm-votre-compte-est-verrouille = Ваш акаунт заблоковано.
tm-email-ou-mot-de-passe-invalide = Недійсна адреса електронної пошти або пароль.
tm-votre-session-est-expiree-veuillez-vous = Ваш сеанс завершився. Будь ласка, увійдіть знову, щоб продовжити.
tm-vous-devez-vous-connecter-ou-vous = Щоб продовжити, потрібно увійти або зареєструватися.
tm-vous-devez-valider-votre-compte-pour = Щоб продовжити, потрібно підтвердити акаунт.
tm-votre-invitation-n-est-pas-valide = Ваше запрошення недійсне.
tm-votre-mot-de-passe-a-ete = Ваш пароль збережено, і ваш акаунт активовано.
tm-votre-mot-de-passe-a-ete-2 = Ваш пароль збережено.
tm-votre-invitation-a-ete-annulee = Ваше запрошення скасовано.
tm-lutilisateur-connecte-ne-correspond-pas = Користувач, який увійшов у систему, не збігається із запрошеним користувачем. Вийдіть і спробуйте знову.
tm-la-session-a-expire = Сеанс завершився
tm-choisir-son-mot-de-passe = Виберіть пароль
tm-enregistrer = Зберегти
tm-ouvrir-l-app-mail = Відкрити застосунок Mail
tm-inscription = Реєстрація
tm-code-dinvitation = Код запрошення
tm-creer-son-compte = Створити акаунт
tm-veuillez-cliquer-sur-le-lien-dans = Будь ласка, натисніть на посилання в листі, який вам щойно надіслали
tm-vous-avez-ete-invite-sur = Вас запросили до { $name }
tm-bonjour = Добрий день, { $email }
tm-vous-avez-ete-invite-sur-vous = Вас запросили до { $name }. Ви можете прийняти це запрошення за посиланням нижче.
tm-accepter-l-invitation = Прийняти запрошення
tm-cette-invitation-est-valable-jusqu-au = Це запрошення дійсне до { $date }.
tm-si-vous-n-acceptez-pas-cette = Якщо ви не приймаєте це запрошення, не зважайте на цей лист. Без вашого дозволу акаунт не буде створено.
tm-instructions-de-confirmation = Інструкції з підтвердження
tm-instructions-pour-changer-le-mot-de = Інструкції зі зміни пароля
tm-instructions-pour-deverrouiller-le = Інструкції з розблокування акаунта
tm-votre-mot-de-passe-a-ete-3 = Ваш пароль змінено.
tm-nous-n-avons-pas-pu-vous = Не вдалося виконати вашу автентифікацію через { $kind }: '{ $reason }'.
tm-authentifie-avec-succes-via = Автентифікацію через { $kind } виконано.
tm-vous-ne-pouvez-acceder-a-cette = Цю сторінку можна відкрити лише за посиланням з листа для скидання пароля. Якщо ви перейшли з такого листа, переконайтеся, що використовуєте повну адресу (URL).
tm-vous-allez-recevoir-les-instructions-de = За кілька митей ви отримаєте інструкції зі скидання пароля
tm-si-votre-e-mail-existe-dans-2 = Якщо ваша адреса електронної пошти є в нашій базі даних, ви отримаєте поштою посилання для скидання пароля
tm-votre-mot-de-passe-a-ete-4 = Ваш пароль змінено, тепер ви увійшли в систему
tm-votre-mot-de-passe-a-ete-5 = Ваш пароль успішно змінено.
tm-votre-compte-a-ete-supprime-avec = Ваш акаунт видалено. Сподіваємося незабаром побачити вас знову.
tm-bienvenue-votre-connexion-est-active = Ласкаво просимо, ви увійшли в систему.
tm-votre-compte-est-bien-enregistre-vous = Ваш акаунт зареєстровано. Однак ви поки не можете увійти, бо ваш акаунт ще не активовано.
tm-votre-compte-est-bien-enregistre-vous-2 = Ваш акаунт зареєстровано. Однак ви не можете увійти, бо ваш акаунт заблоковано.
tm-un-message-contenant-un-lien-de = Лист із посиланням для підтвердження надіслано на вашу адресу електронної пошти. Відкрийте це посилання, щоб активувати акаунт.
tm-votre-compte-a-bien-ete-mis = Ваш акаунт оновлено, але нам потрібно перевірити вашу нову адресу електронної пошти. Будь ласка, перевірте пошту й натисніть на посилання підтвердження, щоб завершити підтвердження нової адреси.
tm-votre-compte-a-ete-modifie-avec = Ваш акаунт змінено.
tm-connexion-reussie = Вхід виконано.
tm-deconnexion-reussie = Вихід виконано.
tm-mode-deconnecte = Режим без входу в систему.
tm-vous-allez-recevoir-les-instructions-2 = За кілька митей ви отримаєте інструкції з розблокування акаунта
tm-si-votre-compte-existe-vous-allez = Якщо ваш акаунт існує, ви незабаром отримаєте лист з інструкціями щодо його розблокування.
tm-votre-compte-a-ete-deverrouille-avec = Ваш акаунт розблоковано, тепер ви увійшли в систему.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = уже підтверджено, будь ласка, спробуйте увійти
tm-a-confirmer-dans-les-merci-de = потрібно підтвердити протягом { $period }, будь ласка, надішліть новий запит
tm-a-expire-merci-d-en-faire = термін дії минув, будь ласка, надішліть новий запит
tm-n-a-pas-ete-trouve-e = не знайдено
tm-n-etait-pas-verrouille-e = не було заблоковано
tm-une-erreur-a-empeche-ce-tte = Через помилку не вдалося зберегти { $resource }:
tm-erreurs-ont-empeche-ce-tte-d = Через { $n ->
        [one] { $n } помилку
        [few] { $n } помилки
        [many] { $n } помилок
       *[other] { $n } помилки
    } не вдалося зберегти { $resource }:

## rdv: links

tm-espace-usager = Розділ для користувачів
tm-je-n-ai-pas-recu-le = Мені не надійшов лист із підтвердженням
tm-je-n-ai-pas-recu-le-2 = Мені не надійшов лист для розблокування

## rdv: activerecord

tm-la-validation-a-echoue = Перевірку не пройдено: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = потрібно прийняти
tm-doit-etre-rempli-e = потрібно заповнити
tm-ne-concorde-pas-avec = не збігається з { $attribute }
tm-doit-etre-egal-a = має дорівнювати { $n }
tm-doit-etre-pair = має бути парним
tm-n-est-pas-disponible = недоступно
tm-doit-etre-superieur-a = має бути більше за { $n }
tm-doit-etre-superieur-ou-egal-a = має бути більше або дорівнювати { $n }
tm-n-est-pas-inclus-e-dans = не входить до списку
tm-doit-etre-inferieur-a = має бути менше за { $n }
tm-doit-etre-inferieur-ou-egal-a = має бути менше або дорівнювати { $n }
tm-validation-echouee = Перевірку не пройдено: { $errors }
tm-n-est-pas-un-nombre = не є числом
tm-doit-etre-un-nombre-entier = має бути цілим числом
tm-doit-etre-impair = має бути непарним
tm-doit-etre-different-de = має відрізнятися від { $n }
tm-doit-etre-vide = має бути порожнім
tm-doit-exister = має існувати
tm-est-deja-utilise = уже використовується
tm-est-trop-long-pas-plus-d = задовге (максимум один символ)
tm-est-trop-long-pas-plus-de = задовге (максимум { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    })
tm-est-trop-court-au-moins-un = закоротке (мінімум один символ)
tm-est-trop-court-au-moins-caracteres = закоротке (мінімум { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    })
tm-ne-fait-pas-la-bonne-longueur = неправильної довжини (має містити рівно один символ)
tm-ne-fait-pas-la-bonne-longueur-2 = неправильної довжини (має містити { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    })
tm-veuillez-verifier-les-champs-suivants = Будь ласка, перевірте такі поля:
tm-impossible-d-enregistrer-ce-tte-1 = Не вдалося зберегти { $model }: 1 помилка
tm-impossible-d-enregistrer-ce-tte-erreurs = Не вдалося зберегти { $model }: { $n ->
        [one] { $n } помилка
        [few] { $n } помилки
        [many] { $n } помилок
       *[other] { $n } помилки
    }

## rdv: helpers

tm-ajouter = Додати
tm-modifier = Змінити
tm-retirer = Прибрати
tm-reinitialiser = Скинути
tm-veuillez-selectionner = Будь ласка, виберіть

## rdv: public_office

tm-sur-place = на місці

## rdv: visio

tm-par-visioconference = відеозв’язком

## rdv: phone

tm-par-telephone = телефоном

## rdv: home

tm-a-domicile = удома

## rdv: mailers

tm-a-bientot-lequipe = До зустрічі, команда { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = Щойно звільнився час для запису!
tm-rdv-confirme-le = Підтверджено запис на прийом { $date }
tm-rdv-du-modifie = Запис на прийом { $date } змінено
tm-rappel-rdv-le = [Нагадування] Прийом { $date }
tm-rdv-annule-le-avec = Скасовано прийом { $date } у { $name }
tm-votre-rdv-du-a-ete-annule = Ваш прийом «{ $motif }» { $date } скасовано з адміністративної причини.
tm-votre-rdv-du-a-bien-ete = Ваш прийом «{ $motif }» { $date } скасовано на ваше прохання.
tm-vous-pouvez-reprendre-un-rendez-vous = Ви можете знову записатися на прийом, зателефонувавши за номером { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Ви можете знову записатися на прийом за посиланням нижче:
tm-reprendre-rdv = Записатися знову

## rdv: attributes

tm-email = Електронна пошта
tm-mot-de-passe-actuel = Поточний пароль
tm-nom-de-la-commune = Назва населеного пункту
tm-responsable = Відповідальний

## rdv: activerecord

tm-lieu = Місце
tm-rendez-vous-honore = Прийом відбувся
tm-rendez-vous-a-venir = Майбутній прийом
tm-annule-a-linitiative-de-lusager = Скасовано з ініціативи користувача
tm-annule-a-linitiative-du-service = Скасовано з ініціативи служби
tm-caisse-d-affiliation = Каса, до якої ви належите
tm-numero-d-allocataire = Номер отримувача допомоги
tm-nombre-d-enfants = Кількість дітей
tm-accepte-les-notifications-par-sms = Приймає сповіщення SMS
tm-accepte-les-notifications-par-email = Приймає сповіщення електронною поштою
tm-numero-de-pre-demande-ants = Номер попередньої заяви ANTS
tm-sans-domicile-fixe = Без постійного місця проживання
tm-heberge = Живе в іншої людини
tm-en-accession-a-la-propriete = Купує житло у власність
tm-logement = Житло
tm-aucune = Немає
tm-proche = Близька людина
tm-le-prenom-ne-peut-etre-change = Ім’я не можна змінити, бо його підтверджено через FranceConnect
tm-le-nom-de-naissance-ne-peut = Прізвище при народженні не можна змінити, бо його підтверджено через FranceConnect
tm-la-date-de-naissance-ne-peut = Дату народження не можна змінити, бо її підтверджено через FranceConnect
tm-ce-mot-de-passe-fait-partie = Цей пароль входить до списку часто використовуваних паролів, тому він не захищає ваш акаунт. Будь ласка, виберіть інший.
tm-pour-assurer-la-securite-de-votre = Для безпеки вашого акаунта пароль має містити не менше { $n ->
        [one] { $n } символу
        [few] { $n } символів
        [many] { $n } символів
       *[other] { $n } символу
    }
tm-doit-comporter-10-chiffres-et-lettres = має містити 10 цифр і літер
tm-n-a-pas-pu-etre-valide = не вдалося перевірити через непередбачену помилку. Будь ласка, спробуйте знову через 30 секунд.
tm-ce-numero-de-pre-demande-ants = Цей номер попередньої заяви ANTS уже використано для запису на прийом у { $meeting_point }. Будь ласка, скасуйте цей запис, перш ніж записатися знову.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Введіть 10-значний номер з метрополії або заморських територій Франції чи міжнародний номер із кодом країни.
tm-pour-accelerer-votre-demarche-nous-vous = Щоб пришвидшити процедуру, ми наполегливо радимо заздалегідь заповнити заяву на сайті ANTS і зазначити номер попередньої заяви.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = У вас недостатньо прав, щоб відкрити цю сторінку або виконати цю дію

## rdv: rdvs

tm-le-duree-minutes = { $date } (тривалість: { $duration ->
        [one] { $duration } хвилина
        [few] { $duration } хвилини
        [many] { $duration } хвилин
       *[other] { $duration } хвилини
    })
tm-aujourdhui-a-duree-minutes = Сьогодні о { $date } (тривалість: { $duration ->
        [one] { $duration } хвилина
        [few] { $duration } хвилини
        [many] { $duration } хвилин
       *[other] { $duration } хвилини
    })
tm-1-place-restante = Залишилося 1 місце
tm-places-restantes = Залишилося { $n ->
        [one] { $n } місце
        [few] { $n } місця
        [many] { $n } місць
       *[other] { $n } місця
    }
tm-1-place = 1 місце
tm-places = { $n ->
        [one] { $n } місце
        [few] { $n } місця
        [many] { $n } місць
       *[other] { $n } місця
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Будь ласка, виправте такі проблеми:

## rdv: users

tm-les-champs-d-etat-civil-nom = Поля цивільного стану (прізвище при народженні, імена, дата й місце народження) більше не можна змінити після підтвердженого входу через FranceConnect
tm-les-3-lettres-ne-correspondent-pas = Ці 3 літери не збігаються з прізвищем.

## rdv: search

tm-1-lieu-est-disponible = Доступне 1 місце прийому
tm-lieux-sont-disponibles = Доступно { $n ->
        [one] { $n } місце прийому
        [few] { $n } місця прийому
        [many] { $n } місць прийому
       *[other] { $n } місця прийому
    }
tm-selectionnez-un-lieu-de-rdv = Виберіть місце прийому:
tm-prochaine-disponibilite-le = Найближчий вільний час:

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Схоже, ви не отримуєте супроводу чи нагляду; будь ласка, виберіть іншу причину або зателефонуйте до вашого департаменту за номером { $phone_number }.

## rdv: common

tm-votre-adresse = Ваша адреса
tm-votre-service = Ваша служба
tm-ex-21-rue-anatole-france-calais = наприклад: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Змінити адресу
tm-choisissez-un-service = Виберіть службу
tm-choisir-ce-service = Вибрати цю службу
tm-le-service-que-vous-cherchez-n = Потрібної вам служби немає в списку?
tm-modifier-le-service = Змінити службу
tm-choisissez-un-motif = Виберіть причину
tm-choisir-ce-motif = Вибрати цю причину

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Введіть перші 3 літери вашого прізвища
tm-sophie-dupont-dup = Sophie Dupont: пишіть DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: пишіть DEL
tm-edwige-xi-xi = Edwige Xi: пишіть XI
tm-identification = Ідентифікація
tm-choix-de-l-usager = Вибір користувача
tm-votre-rendez-vous-a-ete-confirme = Ваш запис на прийом підтверджено.
tm-ce-creneau-nest-plus-disponible-veuillez = Цей час більше недоступний. Будь ласка, виберіть інший.
tm-vous-allez-modifier-votre-rdv-qui = Ви збираєтеся змінити свій прийом «{ $motif_name_and_service }», який відбудеться { $date }
tm-mes-informations = Мої дані
tm-mes-proches = Мої близькі
tm-aucun-proche = Немає близьких
tm-ajouter-un-proche = Додати близьку людину

## mdph: server

tm-identites = Особи
tm-individus-et-organismes-concernes-par-la = Особи та організації, яких стосується заява
tm-situations-particulieres = Особливі ситуації
tm-etes-vous-dans-l-une-des = Чи перебуваєте ви в одній із таких ситуацій?
tm-vous-n-arrivez-plus-a-vivre = Ви більше не можете жити вдома
tm-expliquez-la-difficulte = Поясніть, у чому труднощі
tm-votre-ecole-ne-peut-plus-vous = Ваша школа більше не може вас приймати
tm-votre-etablissement-ne-peut-plus-vous = Ваш заклад більше не може вас приймати, і ви не можете повернутися додому
tm-vous-risquez-de-perdre-votre-travail = Ви ризикуєте втратити роботу
tm-vous-sortez-d-hospitalisation-et-vous = Вас виписують із лікарні, і ви не можете повернутися додому
tm-vous-commencez-bientot-une-nouvelle = Незабаром ви починаєте нове навчання
tm-precisez = Уточніть
tm-date-d-entree-prevue = Запланована дата початку
tm-vous-venez-de-trouver-un-emploi = Ви щойно знайшли роботу
tm-vous-arrivez-dans-moins-de-2 = Менш ніж за 2 місяці закінчуються ваші права (напр.: AEEH, AAH, PCH, RQTH тощо)
tm-indiquez-le-s-droit-s-concerne = Вкажіть відповідне(і) право(а) та дату(и) закінчення
tm-vie-quotidienne = Повсякденне життя
tm-situation = Ситуація
tm-besoins = Потреби
tm-attentes = Очікування
tm-vous-vivez = Ви живете
tm-seule = Сам(а)
tm-avec-vos-parents-ou-l-un = З батьками (або з одним із них)
tm-avec-vos-enfants-ou-l-un = З дітьми (або з однією дитиною)
tm-autre-situation = Інша ситуація
tm-ou-vivez-vous = Де ви живете?
tm-vous-avez-un-logement-independant = У вас є власне окреме житло
tm-vous-vivez-dans-un-etablissement-medico = Ви живете в медико-соціальному або лікувальному закладі
tm-precisez-le-nom-le-type-et = Вкажіть назву, тип і місце
tm-vous-etes-hebergee-au-domicile = Ви живете в чужому житлі
tm-vous-avez-deja-eu = У вас уже був(ла):
tm-un-accident-cause-par-un-tiers = Нещасний випадок, спричинений іншою особою
tm-un-accident-du-travail = Нещасний випадок на роботі
tm-un-autre-accident = Інший нещасний випадок
tm-suite-a-cet-accident-y-a = Чи є після цього випадку поточна або завершена вимога про відшкодування?
tm-aupres-de-quel-organisme = До якої організації?
tm-vous-recevez = Ви отримуєте:
tm-une-aide-financiere-et-des-ressources = Фінансову допомогу та доходи
tm-une-aide-technique-materielle-ou-de = Технічну, матеріальну допомогу або обладнання
tm-une-aide-a-la-personne-avec = Особисту допомогу: хтось вам допомагає
tm-vous-recevez-les-aides-ressources-et = Ви отримуєте такі допомоги, доходи та/або виплати:
tm-allocation-chomage-versee-par-pole = Допомога з безробіття, яку виплачує Pôle Emploi
tm-dans-les-12-mois-precedant-votre = Протягом 12 місяців перед вашою заявою чи отримували ви:
tm-un-revenu-d-activite = Дохід від роботи
tm-des-indemnites-journalieres = Щоденні виплати (лікарняні)
tm-un-revenu-issu-d-une-activite = Дохід від роботи в ESAT
tm-vous-percevez-une-ou-plusieurs-des = Ви отримуєте одну або кілька з таких виплат:
tm-une-pension-d-invalidite = Пенсію по інвалідності
tm-une-autre-pension-de-ce-type = Іншу пенсію такого типу
tm-pension-des-deux-tiers-d-incapacite = Пенсію «двох третин», пенсію з непрацездатності тощо
tm-une-majoration-tierce-personne = Majoration Tierce Personne (надбавку на допомогу третьої особи)
tm-une-allocation-supplementaire-d = Allocation Supplémentaire d'Invalidité (додаткову допомогу по інвалідності)
tm-une-rente-d-accident-ou-de = Ренту за нещасний випадок на роботі або професійне захворювання
tm-une-prestation-complementaire-de-recours = Prestation Complémentaire de Recours à Tierce Personne (додаткову виплату на допомогу третьої особи)
tm-une-retraite-pour-inaptitude-dans-la = Пенсію через непридатність до служби на державній службі або дострокову пенсію
tm-depuis-le-2 = З якої дати?
tm-connaissez-vous-votre-taux-d-ipp = Чи знаєте ви свій відсоток IPP (Incapacité Permanente Partielle, постійна часткова непрацездатність)?
tm-renseignez-ici-le-taux-qui-vous = Вкажіть тут відсоток, який вам встановила медична страхова каса (CPAM)
tm-taux-d-ipp-en = Відсоток IPP, у %
tm-vous-avez-indique-recevoir-une-aide = Ви вказали, що отримуєте технічну, матеріальну допомогу або обладнання; ця допомога полягає в:
tm-un-amenagement-de-logement = Пристосуванні житла
tm-une-aide-animaliere = Тварині-помічнику
tm-un-amenagement-de-vehicule = Пристосуванні транспортного засобу
tm-une-aide-technique-ex-barre-d = Технічному засобі (напр.: поручень, ходунки тощо)
tm-vous-avez-indique-recevoir-une-aide-2 = Ви вказали, що отримуєте особисту допомогу; вам допомагає:
tm-votre-famille = Ваша родина
tm-un-professionnel-de-soins-a-domicile = Фахівець із догляду вдома
tm-un-accompagnement-medico-social = Медико-соціальний супровід
tm-etes-vous-a-la-retraite = Ви на пенсії?
tm-depuis-quand = З якого часу?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (Allocation de Solidarité pour les Personnes Agées, допомога солідарності для літніх людей)
tm-l-apa-allocation-personnalisee-d = APA (Allocation Personnalisée d'Autonomie, персональна допомога на самостійність)
tm-vous-avez-demande-une-pension-de = Ви подали заяву на пенсію за віком
tm-du-fait-de-votre-handicap = Через вашу інвалідність:
tm-vous-exercez-une-activite = Ви працюєте неповний робочий час
tm-precisez-la-quotite-en-pourcentage = Вкажіть частку робочого часу у відсотках
tm-vous-avez-du-renoncer-a-votre = Вам довелося залишити роботу
tm-du-fait-de-votre-handicap-recourez = Чи наймаєте ви через інвалідність когось за плату, щоб вам допомагав?
tm-frais-lies-au-handicap-et-restant = Витрати, пов’язані з інвалідністю, які ви сплачуєте самі
tm-indiquez-les-frais-non-rembourses-ou = Вкажіть витрати, які не відшкодовує або відшкодовує лише частково ваша медична страховка чи додаткова страховка (mutuelle). Зокрема, вкажіть, чи наймаєте ви за плату когось для допомоги через інвалідність.
tm-vous-avez-besoin-d-aide-dans = Вам потрібна допомога в повсякденному житті:
tm-pour-regler-les-depenses-courantes-loyer = Щоб оплачувати поточні витрати (оренда, енергія, одяг, харчування тощо)
tm-pour-gerer-votre-budget-et-repondre = Щоб керувати бюджетом і виконувати свої обов’язки (адміністративні процедури, страхування, податки тощо)
tm-pour-l-hygiene-corporelle-se-laver = Для особистої гігієни (митися, ходити в туалет)
tm-pour-vous-habiller-mettre-et-oter = Щоб одягатися (вдягати й знімати одяг, вибирати його тощо)
tm-pour-faire-les-courses = Щоб робити покупки
tm-pour-preparer-les-repas = Щоб готувати їжу
tm-pour-prendre-les-repas = Щоб їсти
tm-pour-faire-le-menage-et-l = Щоб прибирати й доглядати за одягом
tm-pour-prendre-soin-de-votre-sante = Щоб дбати про своє здоров’я (лікуватися, ходити на прийоми тощо)
tm-autre-besoin = Інша потреба
tm-vous-avez-besoin-d-aide-pour = Вам потрібна допомога, щоб пересуватися:
tm-pour-se-deplacer-dans-le-domicile = Щоб пересуватися вдома
tm-pour-sortir-du-domicile-ou-y = Щоб виходити з дому або заходити додому
tm-pour-se-deplacer-a-l-exterieur = Щоб пересуватися поза домом
tm-pour-utiliser-un-vehicule = Щоб користуватися транспортним засобом
tm-pour-utiliser-les-transports-en-commun = Щоб користуватися громадським транспортом
tm-pour-partir-en-vacances = Щоб їздити у відпустку
tm-utilisez-vous-les-transports-adaptes = Чи користуєтеся ви пристосованим транспортом, який пропонують у вашій місцевості?
tm-vous-avez-besoin-d-aide-pour-2 = Вам потрібна допомога в суспільному житті:
tm-pour-communiquer-s-exprimer-se-faire = Щоб спілкуватися (висловлюватися, бути зрозумілим)
tm-pour-avoir-des-activites-sportives-et = Щоб займатися спортом і дозвіллям
tm-pour-les-relations-avec-les-autres = У стосунках з іншими людьми
tm-pour-vous-occuper-de-votre-famille = Щоб піклуватися про свою родину
tm-pour-vous-accompagner-dans-votre-vie = Щоб вас супроводжували в громадському житті (напр.: голосування, громадські організації тощо)
tm-pour-assurer-votre-securite = Щоб забезпечити вашу безпеку
tm-quelles-sont-vos-attentes-pour-compenser = Чого ви очікуєте, щоб компенсувати вашу інвалідність?
tm-vivre-a-domicile = Жити вдома
tm-un-amenagement-de-votre-lieu-de = Пристосування місця, де ви живете
tm-realiser-un-bilan-des-capacites-dans = Оцінку ваших можливостей у повсякденному житті
tm-une-aide-financiere-afin-d-assurer = фінансову допомогу, щоб мати мінімальний дохід
tm-une-aide-pour-se-deplacer = Допомогу в пересуванні
tm-un-accompagnement-pour-l-adptation = Супровід для адаптації / реадаптації до повсякденного життя
tm-une-aide-humaine-quelqu-un-qui = Допомогу людини: хтось вам допомагає
tm-vivre-en-etablissement = Жити в закладі
tm-du-materiel-ou-equipement = Матеріали або обладнання
tm-une-aide-financiere-pour-des-depenses = Фінансову допомогу на витрати, пов’язані з інвалідністю
tm-un-accueil-temporaire = Тимчасове розміщення
tm-autre-attente = Інше очікування
tm-avez-vous-deja-identifie-une-ou = Чи знайшли ви вже одну або кілька установ чи служб, які могли б відповідати вашим очікуванням?
tm-avez-vous-d-autres-renseignements = Чи маєте ви інші відомості (ситуація, очікування, плани) про своє повсякденне життя?
tm-vie-scolaire-ou-etudiante = Шкільне або студентське життя
tm-etes-vous-actuellement-scolarise = Чи навчаєтеся ви зараз у школі?
tm-pourquoi-n-etes-vous-pas-scolarise = Чому ви не навчаєтеся в школі?
tm-vous-etes-trop-jeune = Ви ще надто малі
tm-a-partir-de-quand-serez-vous = З якого часу ви навчатиметеся в школі?
tm-vous-etes-sans-solution-d-accueil = Для вас немає місця в школі, університеті чи медико-соціальному закладі
tm-vous-etes-actuellement-scolarise = Зараз ви навчаєтеся в школі
tm-en-milieu-ordinaire = У звичайній школі
tm-avec-accompagnement-par-un-service-de = Із супроводом лікувальної служби або медико-соціального закладу
tm-en-temps-partage-entre-letablissement = Час розподілено між медико-соціальним закладом і звичайною школою або домом
tm-en-temps-partage-entre-le-service = Час розподілено між лікувальною службою і звичайною школою
tm-en-formation-superieure-ou-en = У вищому навчальному закладі або на професійному навчанні (учнівство)
tm-etes-vous-place-en-internat = Чи живете ви в інтернаті?
tm-ses-frais-de-sejour-sont-ils = Чи повністю оплачує витрати на проживання медичне страхування, держава або соціальна допомога?
tm-dans-quel-s-etablissement-s = У якому(их) закладі(ах)?
tm-quel-type-d-etudes-suivez-vous = Яке навчання ви проходите?
tm-quel-s-diplome-s-avez-vous = Який(і) диплом(и) ви отримали?
tm-quel-s-diplome-s-preparez-vous = До якого(их) диплома(ів) ви готуєтеся?
tm-decrivez-votre-parcours-d-etudiant-ou = Опишіть свій шлях як студента або учня
tm-annee-etablissement = Рік, заклад
tm-vous-disposez-actuellement-d = Зараз ви маєте супровід і лікування
tm-soins-hospitaliers = Лікування в лікарні
tm-soins-en-liberal = Лікування в приватних фахівців
tm-vous-disposez-actuellement-d-adaptations = Зараз ви маєте пристосовані матеріальні умови
tm-amenagement-et-adaptations-pedagogiques = Педагогічні пристосування
tm-outils-de-communication = Засоби спілкування
tm-materiel-informatique-et-audiovisuel = Комп’ютерне та аудіовізуальне обладнання
tm-materiel-deficience-auditive = Обладнання для людей із порушеннями слуху
tm-materiel-deficience-visuelle = Обладнання для людей із порушеннями зору
tm-mobilier-et-petits-materiels = Меблі та дрібне обладнання
tm-transport = Транспорт
tm-vous-disposez-actuellement-d-une-aide = Зараз ви маєте помічника для учнів з інвалідністю
tm-precisez-laquelle = Уточніть, яку саме
tm-decrivez-votre-emploi-du-temps-ecole = Опишіть свій розклад (школа, їдальня, лікування тощо)
tm-vous-avez-des-besoins-en-lien = У вас є потреби, пов’язані з навчанням:
tm-pour-lire = Щоб читати
tm-pour-ecrire-prendre-des-notes = Щоб писати, конспектувати
tm-pour-calculer = Щоб рахувати
tm-pour-comprendre-suivre-les-consignes = Щоб розуміти й виконувати вказівки
tm-pour-organiser-controler-son-travail = Щоб організовувати й перевіряти свою роботу
tm-pour-l-utilisation-du-materiel = Щоб користуватися обладнанням
tm-vous-avez-des-besoins-pour-communiquer = У вас є потреби для спілкування:
tm-pour-assurer-sa-securite = Щоб забезпечити свою безпеку
tm-vous-avez-des-besoins-pour-l = У вас є потреби в особистому догляді:
tm-pour-l-hygiene-corporelle-aller-aux = Для особистої гігієни (ходити в туалет)
tm-pour-s-habiller-mettre-et-oter = Щоб одягатися (вдягати й знімати одяг)
tm-pour-les-repas-manger-et-boire = Для прийому їжі (їсти й пити)
tm-pour-prendre-soin-de-sa-sante = Щоб дбати про своє здоров’я
tm-vous-avez-besoin-d-aide-pour-3 = Вам потрібна допомога в пересуванні:
tm-pour-se-deplacer-a-l-interieur = Щоб пересуватися всередині приміщень
tm-pour-se-deplacer-a-l-exterieur-2 = Щоб пересуватися поза приміщеннями
tm-vous-souhaitez = Ви бажаєте:
tm-une-adaptation-de-la-scolarite = Пристосування навчання
tm-une-orientation-scolaire-differente = Інше шкільне спрямування
tm-une-aide-humaine = Допомогу людини
tm-une-aide-materielle = Матеріальну допомогу
tm-un-accompagnement-pour-une-readaptation = Супровід для реадаптації / реабілітації
tm-une-prise-en-charge-par-un = Догляд у закладі без проживання
tm-une-prise-en-charge-par-un-2 = Догляд у закладі з проживанням
tm-avez-vous-deja-identifie-un = Чи знайшли ви вже школу, університет або медико-соціальний заклад, який міг би відповідати вашим очікуванням?
tm-avez-vous-pu-prendre-contact-avec = Чи змогли ви зв’язатися зі своїм відповідальним учителем (enseignant référent)?
tm-pourquoi = Чому?
tm-vous-avez-d-autres-renseignements = Якщо у вас є інші важливі відомості (ситуація, очікування, плани) про ваше шкільне, студентське життя або учнівство, вкажіть їх тут:
tm-vie-au-travail = Трудове життя
tm-situation-professionnelle = Професійна ситуація
tm-parcours-professionnel = Професійний шлях
tm-projet-professionnel = Професійний план
tm-avez-vous-actuellement-un-emploi = Чи маєте ви зараз роботу?
tm-avez-vous-deja-travaille = Чи працювали ви коли-небудь?
tm-pourquoi-etes-vous-actuellement-sans = Чому ви зараз без роботи і з якого часу?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Чи можете ви вказати, чому ви зараз без роботи?
tm-etes-vous-dans-une-des-situations = Чи перебуваєте ви в одній із таких ситуацій?
tm-inscrit-a-pole-emploi = Зареєстрований(а) в Pôle emploi
tm-en-formation-continue = На безперервному навчанні (для дорослих)
tm-votre-accompagnement-vers-l-emploi-est = Вас супроводжує в пошуку роботи:
tm-mission-locale = Mission locale (місцевий центр зайнятості для молоді)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = Відповідальна особа з RSA, призначена Conseil Général (радою департаменту)
tm-vous-avez-un-emploi = У вас є робота:
tm-en-entreprise-adaptee = На пристосованому підприємстві (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = У захищеному середовищі (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = Який у вас тип зайнятості?
tm-interim = Тимчасова робота через агентство
tm-contrat-aide = Субсидований договір
tm-travailleur-independant = Самозайнята особа
tm-regime = Режим:
tm-stagiaire-professionnel = Стажист
tm-est-ce-un-stage-remunere = Це оплачуване стажування?
tm-au-sein-de-quel-organisme-effectuez = У якій організації ви проходите стажування?
tm-nom-de-l-organisme = Назва організації
tm-qui-est-votre-employeur = Хто ваш роботодавець?
tm-quel-est-le-nom-de-votre = Як називається ваша посада?
tm-nom-du-poste = Назва посади
tm-votre-emploi-est-il-a-temps = Ви працюєте повний чи неповний робочий час?
tm-temps-complet = Повний робочий час
tm-temps-partiel = Неповний робочий час
tm-votre-emploi-est-il-adapte-a = Чи пристосована ваша робота до вашої інвалідності?
tm-quelles-sont-les-difficultes-liees-a = Які труднощі пов’язані з вашою інвалідністю?
tm-accompagnement-pour-conserver-votre = Супровід, щоб зберегти роботу:
tm-par-la-medecine-du-travail = Від служби медицини праці
tm-par-le-service-d-appui-au = Від служби підтримки збереження роботи працівників з інвалідністю (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Ваше робоче місце було пристосовано:
tm-etes-vous-actuellement-en-arret-de = Чи перебуваєте ви зараз на лікарняному?
tm-vous-etes-actuellement-en-arret-de = Зараз ви не працюєте через:
tm-arret-maladie-avec-indemnites = Лікарняний зі щоденними виплатами
tm-arret-maladie-sans-indemnites = Лікарняний без щоденних виплат
tm-vous-etes-en-arret-suite-a = Ви не працюєте через нещасний випадок на роботі або професійне захворювання
tm-conge-maternite-conge-d-adoption-autre = Декретна відпустка/відпустка з усиновлення/інше
tm-avez-vous-rencontre-un-professionnel-du = Чи зустрічалися ви з фахівцем соціальної служби вашого пенсійного фонду?
tm-a-quelle-date = Якого числа?
tm-avez-vous-rencontre-le-medecin-du = Чи були ви в лікаря з медицини праці на огляді перед поверненням до роботи?
tm-beneficiez-vous-d-une-ou-des = Чи отримуєте ви одну або кілька з таких виплат?
tm-aides-de-l-association-de-gestion = Допомога асоціації, що керує фондом працевлаштування людей з інвалідністю (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Допомога фонду працевлаштування людей з інвалідністю на державній службі (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = Чи маєте ви визнаний статус працівника з інвалідністю (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = Ви хочете ввести свій досвід роботи у форму чи відсканувати резюме (CV)?
tm-numeriser-le-cv-et-l-ajouter = Відсканувати резюме (CV) і додати його до заяви під час завершення
tm-saisir-mes-experiences-professionnelles = Ввести свій досвід роботи в цю форму
tm-precisez-vos-experiences = Вкажіть свій досвід роботи, зокрема стажування та організації професійної інтеграції.
tm-votre-niveau-de-qualification = Ваш рівень кваліфікації:
tm-primaire = Початкова освіта
tm-secondaire = Середня освіта
tm-superieur = Вища освіта
tm-derniere-classe-frequentee = Останній клас, який ви відвідували:
tm-avez-vous-suivi-une-des-formation = Чи проходили ви професійне навчання?
tm-laquelle-lesquelles = Яке(які)?
tm-precisez-votre-vos-dernier-s-diplome = Вкажіть свій(ї) останній(і) отриманий(і) диплом(и):
tm-avez-vous-un-ou-plusieurs-projet = Чи маєте ви один або кілька професійних планів?
tm-pourquoi-avez-vous-besoin-de-soutien = Чому вам потрібна підтримка?
tm-faire-un-bilan-de-capacites = Оцінити свої професійні можливості
tm-preciser-un-projet-professionnel = Уточнити професійний план
tm-adapter-l-environnement-de-travail = Пристосувати робоче середовище
tm-acceder-a-un-emploi = Отримати роботу
tm-acceder-a-une-formation = Отримати навчання
tm-autres-renseignements-concernant-votre = Інші відомості про ваше трудове життя, які ви хотіли б нам повідомити
tm-vie-de-votre-aidant-familial = Життя вашого доглядача з родини
tm-vous-pouvez-expliquer-l-aide-que = Ви можете пояснити, яку допомогу ваш доглядач зараз надає людині з інвалідністю, а також висловити його очікування та потреби.
tm-comment-s-appelle-votre-aidant = Як звати вашого доглядача?
tm-nom-et-prenom = Прізвище та ім’я
tm-quel-est-son-lien-avec-la = Ким він(вона) доводиться людині з інвалідністю?
tm-vit-il-elle-avec-la-personne = Чи живе він(вона) разом із людиною з інвалідністю?
tm-est-il-elle-actuellement-en-emploi = Чи працює він(вона) зараз?
tm-oui-avec-une-reduction-dactivite-liee = Так, зі скороченим робочим часом через догляд за людиною
tm-quelle-est-la-nature-de-l = Яку допомогу надають?
tm-surveillance-presence-responsable = Нагляд / присутність відповідальної особи
tm-aide-aux-deplacements-a-linterieur-du = Допомога в пересуванні по житлу
tm-aide-aux-deplacements-a-lexterieur = Допомога в пересуванні поза домом
tm-aide-pour-entretenir-le-logement-et = Допомога в догляді за житлом і білизною
tm-aide-a-lhygiene-corporelle = Допомога з особистою гігієною
tm-aide-a-la-preparation-des-repas = Допомога в приготуванні їжі
tm-aide-a-la-prise-de-repas = Допомога під час їжі
tm-coordination-des-intervenants = Координація фахівців, які допомагають
tm-gestion-administrative-et-juridique = Адміністративні та юридичні справи
tm-gestion-financiere = Фінансові справи
tm-stimulation-par-des-activites-loisirs = Стимуляція через заняття (дозвілля, прогулянки тощо)
tm-aide-a-la-communication-et-aux = Допомога в спілкуванні та соціальних стосунках
tm-aide-au-suivi-medical = Допомога з медичним наглядом
tm-qui-participe-avec-lui-elle-a = Хто ще разом із ним(нею) бере участь у супроводі людини, якій допомагають?
tm-un-des-professionnel-s = Один або кілька фахівців
tm-un-ou-plusieurs-autre-s-proche = Один або кілька інших близьких
tm-il-elle-est-l-unique-aidante = Він(вона) — єдиний доглядач заявника
tm-est-il-elle-soutenue-dans-sa = Чи отримує він(вона) підтримку у своїй ролі доглядача?
tm-en-cas-d-empechement-a-t = Чи є в нього(неї) рішення, хто його(її) замінить, якщо він(вона) не зможе?
tm-laquelle = Яке саме?
tm-il-elle-est-ou-sera-prochainement = Він(вона) зараз або незабаром буде в одній із таких ситуацій:
tm-eloignement-geographique-demenagement = Проживання далеко (переїзд тощо)
tm-indisponibilite-prolongee-sejour-a = Тривала відсутність (перебування за кордоном, госпіталізація тощо)
tm-changement-majeur-dans-la-situation = Велика зміна в особистій ситуації (розлучення, смерть чоловіка чи дружини, переїзд у будинок для літніх тощо)
tm-probleme-de-sante = Проблема зі здоров’ям
tm-changement-majeur-dans-la-situation-2 = Велика зміна в професійній ситуації
tm-difficulte-a-assurer-l-accompagnement = Важко продовжувати нинішній супровід (виснаження, вік тощо)
tm-ses-attentes-en-tant-qu-aidant = Його(її) очікування як доглядача з родини:
tm-pouvoir-se-reposer-au-quotidien = Мати змогу щодня відпочивати
tm-pouvoir-se-faire-remplacer-en-cas = Мати змогу знайти заміну в разі потреби
tm-pouvoir-se-faire-remplacer-en-cas-2 = Мати змогу знайти заміну в непередбаченій ситуації
tm-se-faire-remplacer-pour-partir-en = Знайти заміну, щоб поїхати на вихідні/у відпустку
tm-reprendre-renforcer-maintenir-son = Відновити/збільшити/зберегти свою професійну діяльність
tm-reprendre-renforcer-maintenir-ses-liens = Відновити/зміцнити/зберегти свої соціальні зв’язки
tm-obtenir-une-contre-partie-financiere = Отримати фінансову компенсацію
tm-echanger-avec-dautres-aidants = Спілкуватися з іншими доглядачами
tm-echanger-avec-les-professionnels-qui = Спілкуватися з фахівцями, які супроводжують близьку людину
tm-avoir-un-soutien-psychologique = Мати психологічну підтримку
tm-etre-conseille-pour-mieux-faire-face = Отримувати поради, щоб краще справлятися з інвалідністю близької людини
tm-etre-affilie-gratuitement-a-lassurance = Бути безкоштовно застрахованим у пенсійному страхуванні за віком
tm-a-t-il-elle-deja-identifie = Чи знайшов(ла) він(вона) вже одну або кілька установ чи служб, які могли б відповідати його(її) очікуванням?
tm-vous-souhaitez-mieux-connaitre-les = Ви хочете краще дізнатися про наявні програми й допомоги:
tm-pour-l-aidant = Для доглядача
tm-pour-la-personne-aidee = Для людини, якій допомагають
tm-autres-renseignements-que-vous = Інші відомості про життя вашого доглядача, які ви хотіли б нам повідомити
tm-documents-lies-a-votre-demande = Документи до вашої заяви
tm-pour-nous-transmettre-les-documents = Щоб надіслати нам обов’язкові та додаткові підтверджувальні документи
tm-certificat-medical = Медична довідка
tm-votre-certificat-medical-n-est-pas = Ваша медична довідка недійсна, використайте один із наданих зразків.
tm-un-certificat-medical-de-moins-de = Медична довідка, видана не більше 6 місяців тому, за формою для заяв до MDPH.
tm-justificatif-de-domicile = Підтвердження адреси проживання
tm-une-photocopie-dun-justificatif-de = Копія підтвердження адреси, виданого не більше 3 місяців тому (для дітей додайте підтвердження адреси законного представника; для тих, хто живе в чужому житлі: підтвердження адреси та письмова заява під присягою від того, хто надає житло).
tm-piece-d-identite = Документ, що посвідчує особу
tm-une-photocopie-recto-verso-dun = Двостороння копія документа, що посвідчує особу людини з інвалідністю і, за потреби, її законного представника (чинний документ, що посвідчує особу, або чинний дозвіл на проживання чи будь-який інший документ, що дозволяє перебування у Франції).
tm-acte-de-deces-acte-de-mariage = Свідоцтво про смерть / свідоцтво про шлюб
tm-carte-grise-vehicule-permis-de-conduire = Свідоцтво про реєстрацію транспортного засобу, посвідчення водія
tm-carte-de-sejour = Посвідка на проживання
tm-avis-d-impot-sur-le-revenu = Повідомлення про податок на доходи
tm-releve-d-identite-bancaire-rib-iban = Банківські реквізити (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Довідка про виплату щоденних виплат (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Розрахунковий листок із зарплати
tm-devis-facture-aide-technique = Кошторис / рахунок за технічний засіб
tm-audiogramme = Аудіограма
tm-livret-de-famille = Сімейна книжка (livret de famille)
tm-facture-cantine-restaurant-scolaire = Рахунок за їдальню (шкільна їдальня)
tm-facture-frais-d-obseques = Рахунок за похорон
tm-justificatif-reduction-du-temps-de = Підтвердження скорочення робочого часу
tm-billets-de-train-fiche-taxi-frais = Квитки на потяг / квитанція таксі (транспортні витрати через направлення до закладу)
tm-jugement-de-tutelle-jugement = Рішення суду про опіку, рішення про виправлення, піклування (curatelle)
tm-justificatif-d-emancipation = Підтвердження емансипації
tm-jugement-de-delegation-d-autorite = Рішення суду про передачу батьківських прав
tm-jugement-de-divorce = Рішення суду про розлучення
tm-bilan-ophtalmologique-mdph = Висновок офтальмолога (MDPH)
tm-complement-medical-d-aide-a-l = Медичний додаток для психіатричної оцінки
tm-bilan-psychologique-etc = Психологічна оцінка тощо
tm-compte-rendu-d-examen-psychiatrique = Висновок психіатричного обстеження, психіатрична анкета тощо
tm-bilan-orthophonique-psychomoteur = Висновок логопеда, психомоторного терапевта, фізіотерапевта, остеопата тощо
tm-bilan-camsp-cmp-cmpp = Висновок CAMSP, CMP, CMPP
tm-compte-rendu-d-evaluation-medicale = Висновок медичної оцінки
tm-attestation-medicale = Медична довідка
tm-fiche-de-liaison-medecine-du-travail = Зв’язковий бланк медицини праці
tm-prescription-medicale-pour-amenagement-d = Медичне призначення для пристосування іспитів
tm-bulletin-d-hospitalisation = Довідка про госпіталізацію
tm-fiche-de-prescription-hors = Бланк немедикаментозного призначення
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Для дітей, які навчаються в школі, очікування описують у документі GEVASco. GEVASco — це посібник для збору даних, який ви заповнюєте разом із директором закладу (перша заява) або відповідальним учителем (повторний розгляд). Контакти відповідального вчителя можна запитати в директора школи.
tm-bilan-de-l-equipe-de-suivi = Висновок команди супроводу навчання (ESS)
tm-fiche-de-liaison-financement-du-materiel = Зв’язковий бланк щодо фінансування пристосованого навчального обладнання
tm-fiche-d-evaluation-de-l-autonomie = Бланк оцінки самостійності учня (від управління освіти)
tm-protocoles-d-accompagnement-d-un-eleve = Протоколи супроводу учня з інвалідністю помічником AVSI (індивідуальний помічник у шкільному житті)
tm-plan-individualise-d-accompagnement-pia = Індивідуальний план супроводу (PIA)
tm-devoirs-particuliers-dyslexie = Особливі домашні завдання (дислексія, логопедія тощо)
tm-certificat-de-scolarite-releve-de-notes = Довідка про навчання, табель оцінок тощо
tm-curriculum-vitae-cv = Резюме (CV)
tm-courriers-orientation-professionnel = Листи щодо професійної орієнтації (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Оцінки (AFPA, ESAT тощо), оцінки Appui Projet, POPS, Préo, UEROS тощо
tm-rapport-de-stage = Звіт про стажування
tm-syntheses-etablissements-et-services-ems = Підсумкові звіти закладів і служб (EMS, SMS, SAVS, SAMSAH тощо)
tm-autre-document = Інший документ

## mdph: account

tm-plus-qu-une-etape = Залишився один крок
tm-cliquez-sur-le-lien-qui-vous = Натисніть посилання, яке вам надіслали, щоб активувати обліковий запис (не забудьте перевірити папку «Спам»).
tm-votre-compte-a-bien-ete-valide = Ваш обліковий запис підтверджено.
tm-ce-lien-est-incorrect-ou-a = Це посилання неправильне або вже було використане.
tm-email-envoye = Лист надіслано
tm-cliquez-sur-le-lien-qui-vous-2 = Натисніть посилання, яке вам надіслали електронною поштою, щоб змінити пароль.
tm-si-vous-avez-oublie-votre-mot = Якщо ви забули пароль, вкажіть свою адресу електронної пошти — на неї надішлють новий пароль.
tm-veuillez-entrer-votre-email = Введіть свою електронну пошту.
tm-l-adresse-email-n-est-pas = Адреса електронної пошти недійсна.
tm-connectez-vous-pour-reprendre-votre = Увійдіть, щоб продовжити оформлення
tm-adresse-email = Адреса електронної пошти
tm-veuillez-entrer-une-adresse-email = Введіть адресу електронної пошти.
tm-cette-adresse-email-n-est-pas = Ця адреса електронної пошти недійсна.
tm-veuillez-entrer-un-mot-de-passe = Введіть пароль.
tm-vous-n-avez-pas-de-compte = Немає облікового запису? Зареєструйтеся
tm-une-erreur-est-survenue-lors-de-5 = Під час надсилання сталася помилка. Можливо, цей обліковий запис уже активовано або його не існує.
tm-un-mail-de-confirmation-a-bien = Лист із підтвердженням повторно надіслано на вашу електронну пошту
tm-nouveau-mot-de-passe = Новий пароль
tm-vous-avez-indique-avoir-oublie-votre = Ви вказали, що забули пароль. Скиньте його, ввівши новий пароль.
tm-inscrivez-vous-pour-commencer-votre = Зареєструйтеся, щоб почати оформлення
tm-veuillez-entrer-votre-adresse-e-mail = Введіть свою адресу електронної пошти.
tm-cet-email-n-est-pas-valide = Ця електронна пошта недійсна.
tm-adresse-email-de-secours = Резервна адреса електронної пошти
tm-veuillez-entrer-votre-adresse-e-mail-2 = Введіть свою резервну адресу електронної пошти.
tm-erreur-dans-le-formulaire-merci-de = Помилка у формі, оновіть сторінку.
tm-contact = Контакт
tm-veuillez-entrer-votre-numero-de-contact = Введіть свій контактний номер.
tm-vous-avez-deja-un-compte-connectez = Уже маєте обліковий запис? Увійдіть

## mdph: apropos

tm-en-quelques-mots = Коротко
tm-plus-dun-tiers-des-personnes-handicapees = Понад третина людей з інвалідністю вважають складними адміністративні процедури, пов’язані з їхньою інвалідністю. Розгляд заяв часто триває довше за чотири місяці, передбачені законом.
tm-un-traitement-informatise-de-bout-en = Повністю комп’ютеризований розгляд від початку до кінця
tm-une-communication-en-continu = Постійний зв’язок
tm-pour-les-utilisateurs = Для користувачів
tm-un-espace-personnel = Особистий кабінет
tm-un-questionnaire-dynamique = Динамічна анкета
tm-un-accompagnement-des-la-saisie-de = Супровід із самого заповнення заяви
tm-un-suivit-en-temps-reel = Відстеження в реальному часі
tm-une-presence-sur-le-web = Присутність в інтернеті
tm-une-appropriation-de-votre-espace = Налаштування кабінету під себе

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Підтвердьте заяву для { $name }
tm-une-fois-la-demande-validee-vous = Після підтвердження заяви ви більше не зможете змінити жодних відомостей, крім документів, і то лише на вимогу MDPH. Нижче наведено підсумок вашої заяви:
tm-recapitulatif-de-votre-demande = Підсумок вашої заяви
tm-documents = Документи:
tm-en-validant-je-certifie-que-les = Підтверджуючи, я засвідчую, що наведені вище відомості правдиві.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } не приймає заяв через цей онлайн-сервіс, тому надіслати їй заяву через цей онлайн-сервіс неможливо.
tm-demande-n = Заява № { $shortId }
tm-votre-mdph-vous-demande-de-corriger = Ваша MDPH просить вас виправити документи, додані до заяви
tm-pour-tout-autre-modification-veuillez = Щодо будь-яких інших змін звертайтеся безпосередньо до своєї MDPH (контакти внизу сторінки)
tm-telecharger = Завантажити
tm-votre-demande-est-en-cours-de = Ваша MDPH перевіряє вашу заяву
tm-informations-obligatoires = Обов’язкові відомості
tm-informations-complementaires = Додаткові відомості
tm-decrivez-votre-situation-vos-besoins-vos = Опишіть свою ситуацію, потреби, плани та очікування.
tm-demande = Заява / { $label }
tm-demande-documents = Заява / Документи
tm-en-cours = { $name } — триває... { $progress }%
tm-ajouter-un-document = Додати документ
tm-autres-types-de-documents = Інші типи документів
tm-retourner-a-la-demande = Повернутися до заяви
tm-choix-du-type-de-document = Вибір типу документа
tm-recherche = Пошук
tm-suggestions-de-documents-a-fournir = Рекомендовані документи
tm-demande-identite-de-l-autorite-parentale = Заява / Дані особи з батьківськими правами
tm-demande-identite-de-la-personne-vous = Заява / Дані особи, яка допомагає вам у цій процедурі
tm-la-personne-vous-aidant-dans-votre = Особа, яка допомагає вам у процедурі, — це
tm-un-proche = Близька людина
tm-une-association = Асоціація
tm-nom-ou-intitule = Ім’я (або назва)
tm-la-longueur-minimale-du-nom-est = Ім’я має містити щонайменше 1 символ.
tm-recherche-adresse = Пошук адреси
tm-localite = Населений пункт
tm-telephone-1 = Телефон 1
tm-telephone-2 = Телефон 2
tm-demande-identite-du-beneficiaire = Заява / Дані отримувача
tm-nom-d-epouxse-ou-nom-d = Прізвище у шлюбі або прізвище, яким ви користуєтеся
tm-homme = Чоловік
tm-femme = Жінка
tm-espace-economique-europeen-ou-suisse = Європейська економічна зона або Швейцарія
tm-date-de-naissance-au-format-jour = Дата народження у форматі день/місяць/рік
tm-veuillez-utiliser-le-format-jj-mm = Використовуйте формат ДД/ММ/РРРР. Наприклад: 14/09/1989.
tm-commune-de-naissance = Громада (commune) народження
tm-pays-en-cas-de-naissance-a = Країна (якщо ви народилися за кордоном)
tm-l-adresse-email-saisie-est-incorrecte = Введена адреса електронної пошти неправильна.
tm-si-vous-avez-elu-domicile-aupres = Якщо ваша адреса для листування — в організації (асоціація, центр розміщення чи соціальної допомоги), вкажіть, у якій
tm-organisme-payeur-de-prestations = Організація, яка виплачує сімейні допомоги / RSA
tm-organisme-d-assurance-maladie = Організація медичного страхування
tm-votre-numero-de-securite-sociale = Ваш номер соціального страхування
tm-ce-numero-de-securite-sociale-est = Цей номер соціального страхування недійсний.
tm-ce-champ-est-incomplet = Це поле заповнено не повністю.
tm-si-cest-votre-enfant-qui-est = Якщо заява стосується вашої дитини, вкажіть номер соціального страхування дитини
tm-etes-vous-aide-e-dans-vos = Чи допомагає вам хтось у процедурах у MDPH?
tm-beneficiez-vous-dune-mesure-de = Чи встановлено щодо вас захід правового захисту (опіка тощо)?
tm-demande-identite-du-representant-legal = Заява / Дані законного представника
tm-demande-prestations = Заява / Виплати
tm-demandes-relatives-a-la-vie-quotidienne = Запити щодо повсякденного життя
tm-carte-mobilite-inclusion = Carte mobilité inclusion (картка мобільності для людей з інвалідністю)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, компенсаційна допомога)
tm-demandes-relatives-a-la-vie-scolaire = Запити щодо шкільного життя
tm-demandes-relatives-au-travail-a-lemploi = Запити щодо роботи, зайнятості та професійного навчання
tm-orientation-professionnelle = Професійна орієнтація
tm-le-dispositif-emploi-accompagne-propose = «Програма супроводжуваної зайнятості пропонує медико-соціальний супровід і підтримку у працевлаштуванні працівникові з інвалідністю та його роботодавцю. Скористатися програмою можуть працівники з інвалідністю:
tm-ayant-un-projet-dinsertion-en-milieu = які планують працювати у звичайному робочому середовищі,
tm-accueillis-dans-un-etablissement-ou = які перебувають у закладі чи службі допомоги через працю (ESAT) і планують працювати у звичайному робочому середовищі,
tm-deja-en-emploi-en-milieu-ordinaire = які вже працюють у звичайному робочому середовищі й мають особливі труднощі зі збереженням роботи.»
tm-demande-confirmer-votre-compte-mail = Заява / Підтвердьте свою електронну пошту
tm-vous-n-avez-pas-encore-confirme = Ви ще не підтвердили обліковий запис. Це можна зробити, відкривши посилання для активації, надіслане вам електронною поштою.
tm-en-cas-de-difficultes-vous-pouvez = Якщо виникнуть труднощі, пишіть нам на адресу contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Натисніть тут, щоб повторно надіслати лист із підтвердженням
tm-retourner-au-profil = Повернутися до профілю

## mdph: layout

tm-connexion = Вхід

## mdph: main

tm-trouvez-le-service-en-ligne-de = Знайдіть онлайн-сервіс своєї MDPH
tm-votre-demande-en-ligne-a-la = Ваша онлайн-заява до MDPH
tm-la-mdph-c-est-la-maison = MDPH — це Maison Départementale pour les Personnes Handicapées (департаментський центр для людей з інвалідністю). Вона може відповісти на потреби, пов’язані з вашою інвалідністю.
tm-ce-service-vous-permet-de-saisir = Цей сервіс дає змогу заповнити заяву й надіслати її до вашої MDPH, щоб вона розглянула вашу справу.
tm-il-vous-permet-de-solliciter-la = Він дає змогу звернутися до MDPH як отримувач або як законний представник отримувача.
tm-en-fonction-de-votre-situation-vous = Залежно від вашої ситуації ви, можливо, маєте право на такі допомоги

## mdph: mdph

tm-votre-mdph = Ваша MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = Керуйте своїми заявами онлайн
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = Ваша MDPH не користується цим сервісом онлайн-заяв
tm-continuer-sur-service-public-fr = Продовжити на service-public.fr
tm-continuer-sur = Продовжити на { $label }

## mdph: medecin

tm-votre-e-mail = Ваша електронна пошта
tm-ex-email-domaine-fr = Напр.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = Адреса електронної пошти обов’язкова.
tm-modeles-de-certificats = Зразки довідок

## mdph: mon_compte

tm-en-attente-de-validation = Очікує підтвердження
tm-si-vous-n-avez-pas-recu = Якщо ви не отримали цього листа, натисніть тут, щоб надіслати його повторно.
tm-modifier-mon-mot-de-passe = Змінити пароль
tm-veuillez-entrer-votre-mot-de-passe = Введіть свій попередній пароль.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = Ми надіслали вам лист, щоб підтвердити вашу адресу електронної пошти.
tm-type = Тип
tm-document-ajoute = Документ додано
tm-choisir-le-fichier = Вибрати файл
tm-veuillez-selectionner-un-fichier = Виберіть файл
tm-ajouter-ce-fichier = Додати цей файл

## mdph: profil

tm-profil-identite-du-representant-legal = Профіль / Дані законного представника
tm-profil-prestations = Профіль / Виплати
tm-supprimer-ce-profil = Видалити цей профіль

## mdph: suivi

tm-cookies-deposes-et-opt-out = Файли cookie та відмова від них (opt-out)
tm-ce-site-depose-un-petit-fichier = Цей сайт зберігає на вашому комп’ютері невеликий текстовий файл («cookie»), коли ви його відвідуєте. Це дає нам змогу рахувати відвідування й розуміти, які сторінки переглядають найчастіше.
tm-ce-site-naffiche-pas-de-banniere = Чому цей сайт не показує банер згоди на файли cookie?
tm-je-contribue-a-enrichir-vos-donnees = Я допомагаю поповнювати ваші дані — чи можу я отримати до них доступ?
tm-bien-sur-les-statistiques-dusage-de = Звісно! Статистика використання більшості наших продуктів, зокрема https://mdphenligne.cnsa.fr/, у вільному доступі на stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Батько або мати { $n }
tm-exerce-l-autorite-parentale = Має батьківські права
tm-meme-adresse-que-le-beneficiaire = Та сама адреса, що й в отримувача

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Позначаючи це поле, ви засвідчуєте, що маєте згоду { $name } подати заяву від його(її) імені
tm-precisez-le-domicile = Уточніть, у кого ви живете
tm-de-vos-parents-ou-l-un = У батьків (або в одного з них)
tm-de-vos-enfants-ou-l-un = У дітей (або в однієї дитини)
tm-d-un-e-ami-e = У друга (подруги)
tm-d-un-autre-membre-de-votre = В іншого члена вашої родини
tm-d-une-famille-d-accueil = У прийомній родині
tm-et-vous-etes = І ви
tm-de-categorie = Категорії
tm-son-prenom = Його(її) ім’я
tm-montant = Сума
tm-montant-invalide = Недійсна сума
tm-veuillez-saisir-un-nombre-entre-0 = Введіть число від 0 до 100.

## mdph: display-file

tm-pas-de-documents = Немає документів
tm-raison-du-refus = Причина відмови:
tm-supprimez = Видаліть
tm-suppression-d-un-document = Видалення документа

## mdph: footer

tm-contactez-votre-mdph = Зв’яжіться зі своєю MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = Уточніть свої потреби в компенсації, пов’язані з інвалідністю
tm-plusieurs-reponses-sont-possibles = Можна вибрати кілька відповідей
tm-adaptez-vos-reponses-a-votre-age = Пристосуйте відповіді до свого віку.
tm-le-besoin-daide-correspond-a-une = Потреба в допомозі — це пряма допомога людини, або потреба, щоб вас заохочували, спрямовували, підказували словами, або матеріальна чи фінансова допомога.
tm-ce-document-correspond-a-lexpression-de = У цьому документі ви описуєте потреби, які відчуваєте. Потім команда MDPH проведе детальну оцінку і, за потреби, зустрінеться з вами.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, допомога дорослим з інвалідністю) та надбавка до неї
tm-carte-d-invalidite-de-priorite-de = Картка інвалідності / пріоритету / паркування
tm-orientation-vers-un-etablissement-ou = Направлення до медико-соціального закладу або служби (ESMS)
tm-renouvellement-d-allocation = Поновлення компенсаційної допомоги (ACTP або ACFP)
tm-projet-personnalise-de-scolarisation = Персональний план навчання – освітній шлях і допомога в навчанні
tm-orientation-professionnelle-et-ou = Професійна орієнтація та/або професійне навчання
tm-reconnaissance-de-la-qualite-de = Визнання статусу працівника з інвалідністю (RQTH)
tm-affiliation-gratuite-a-l-assurance = Безкоштовне пенсійне страхування за віком для батьків, які доглядають дитину вдома (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Інший департамент: вкажіть його номер (наприклад, 01 або 75)

## mdph: menu-dashboard

tm-mes-demandes = Мої заяви
tm-documents-associes = Додані документи

## mdph: nav-steps

tm-question-precedente = Попереднє запитання

## mdph: password-field

tm-votre-mot-de-passe-est-d = Ваш пароль занадто слабкий.
tm-veuillez-saisir-8-caracteres = Введіть 8 символів.
tm-presenter-trois-des-quatre-categories-de = Містити три з чотирьох типів символів: велика літера, мала літера, цифра та/або спеціальні символи.
tm-ce-jeton-de-modification-a-deja = Цей код зміни вже використано для скидання пароля. Зробіть новий запит на скидання.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = містити вісім символів,
tm-etre-d-une-robustesse-moyenne = мати середню надійність.
tm-afin-de-garantir-au-mieux-l = Щоб якнайкраще захистити цілісність даних, пароль має щонайменше:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = За бажання уточніть свій запит

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Виберіть один із варіантів або уточніть свою відповідь
tm-intitule-du-poste = Назва посади
tm-employeur = Роботодавець
tm-entreprise = Підприємство
tm-type-de-contrat = Тип договору
tm-date-de-debut-au-format-jour = Дата початку у форматі день/місяць/рік
tm-motif-de-fin-d-activite = Причина припинення роботи
tm-motif = Причина
tm-valider-l-experience = Підтвердити досвід
tm-ajouter-une-experience = Додати досвід
tm-annee-d-obtention = Рік отримання
tm-domaine = Галузь
tm-intitule-du-diplome = Назва диплома
tm-domaine-d-etude = Галузь навчання
tm-retirer-le-dernier-diplome = Прибрати останній диплом
tm-ajouter-un-diplome = Додати диплом
tm-matin = Ранок
tm-midi = Обід
tm-soiree-nuit = Вечір/ніч
tm-nom-de-l-etablissement = Назва закладу
tm-rue = Вулиця
tm-ex-college-jules-ferry = Напр.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Напр.: 1, rue de l'église
tm-ex-paris = Напр.: Paris
tm-supprimer-le-dernier-etablissement = Видалити останній заклад
tm-ajouter-un-etablissement = Додати заклад
tm-frais-engages = Понесені витрати
tm-montant-total-frequence = Загальна сума / Частота
tm-montant-rembourse = Відшкодована сума
tm-libelle-des-frais = Опис витрат
tm-par-jour = На день
tm-par-semaine = На тиждень
tm-par-mois = На місяць
tm-par-an = На рік
tm-supprimer-le-dernier-frais = Видалити останню витрату
tm-ajouter-des-frais-ponctuels = Додати разові витрати
tm-ajouter-des-frais-recurrents = Додати регулярні витрати
tm-derniere-reponse-enregistree-le = Остання відповідь, збережена { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Назва організації
tm-etes-vous-deja-en-contact = Ви вже на зв’язку з ними?
tm-supprimer-la-derniere-structure = Видалити останню організацію
tm-ajouter-une-structure = Додати організацію

## mdph: representant-form

tm-type-de-mesure-de-protection = Тип заходу правового захисту
tm-tutelle = Опіка
tm-curatelle = Піклування (curatelle)
tm-curatelle-renforcee = Посилене піклування (curatelle renforcée)
tm-habilitation-familiale = Сімейне уповноваження (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Головна сторінка

## aidants: 400.html

tm-il-y-a-eu-un-souci = Під час обміну даними виникла технічна проблема.
tm-la-syntaxe-de-la-requete-est = Синтаксис запиту неправильний. Ви можете спробувати знову або зв’язатися з нами, якщо проблема не зникне.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = У вас немає дозволу на доступ до цієї сторінки.
tm-si-vous-pensez-qu-il-s = Якщо ви вважаєте, що це помилка, ви можете перейти на нашу головну сторінку або зв’язатися з нами, щоб отримати допомогу.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = Сторінку, яку ви шукаєте, не знайдено. Перепрошуємо за незручності.
tm-si-vous-avez-tape-l-adresse = Якщо ви ввели вебадресу в браузері, перевірте, чи вона правильна. Можливо, сторінка більше недоступна. У такому разі, щоб продовжити, ви можете перейти на нашу головну сторінку. Інакше зв’яжіться з нами, щоб ми спрямували вас до потрібної інформації.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = Час, відведений на вхід через FranceConnect, минув.
tm-vous-pouvez-reessayer-la-connexion = Ви можете знову спробувати увійти з головної сторінки. Якщо проблема не зникне, зв’яжіться з нами.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Перепрошуємо, у роботі сервісу виникла проблема, ми працюємо над тим, щоб якнайшвидше її усунути.
tm-essayez-de-rafraichir-la-page-ou = Спробуйте оновити сторінку або повторіть спробу пізніше.
tm-si-vous-avez-besoin-d-une = Якщо вам потрібна термінова допомога, будь ласка, зв’яжіться з нами безпосередньо.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Надрукувати довіреність
tm-mandat-final = Остаточна довіреність
tm-attention-ceci-est-un-projet-de = Увага! Це проєкт довіреності. Він не має юридичної сили.
tm-le-mandat-a-ete-cree-avec = Довіреність створено. Будь ласка, надрукуйте її, щоб її підписав довіритель.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Щоб надрукувати, виберіть у меню браузера «Файл», потім «Друк».
tm-projet-de-mandat-traduit = Перекладений проєкт довіреності
tm-vous-trouverez-ci-dessous-un-mandat = Нижче наведено типову довіреність, для якої доступно кілька перекладів. Переклади довіреності потрібні лише для того, щоб пояснити користувачеві, що таке довіреність і до чого вона зобов’язує. Ці переклади не мають юридичної сили. Юридичну силу має лише остаточна довіреність французькою мовою.
tm-vous-pouvez-imprimer-ce-mandat-type = Ви можете надрукувати цю типову довіреність, натиснувши на кнопку нижче. Увага, нагадуємо, що ця довіреність не має юридичної сили. Її перекладено лише для інформації користувача.
tm-version-francaise = Французька версія
tm-traduire-le-mandat-en = Перекласти довіреність мовою:
tm-mandat-pour-realiser-des-demarches-en = Довіреність на виконання онлайн-процедур через сервіс «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = Увага, нагадуємо, що ця довіреність не має юридичної сили. Її перекладено лише для інформації користувача.
tm-version-francaise-et-traductions = Французька версія та переклади
tm-revocation-d-une-autorisation-via-le = Відкликання дозволу через сервіс «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = Я, що нижче підписався(-лася), { $get_full_name }, бажаю відкликати дозвіл «{ $authorization }», створений { $creation_date } з { $organisation }.
tm-fait-a-le = Складено в { $display_address }, { $date }
tm-le-mandant = Довіритель
tm-lautorisation-a-ete-revoquee-avec-succes = Дозвіл відкликано. Будь ласка, надрукуйте його, щоб його підписав довіритель.
tm-l-autorisation-a-ete-revoquee-avec = Дозвіл відкликано!
tm-rappel-de-l-autorisation-revoquee = Відомості про відкликаний дозвіл
tm-thematique-administrative = Адміністративна тема
tm-date-de-l-autorisation = Дата дозволу
tm-expiration-de-l-autorisation = Закінчення строку дозволу
tm-imprimer-l-attestation-de-revocation = Надрукувати довідку про відкликання
tm-confirmer-la-revocation-de-l = Підтвердити відкликання дозволу
tm-merci-de-verifier-les-informations-ci = Будь ласка, перевірте відомості нижче, перш ніж підтвердити відкликання дозволу
tm-rappel-de-l-autorisation-en-cours = Відомості про дозвіл, що відкликається
tm-thematique-administrative-associee = Пов’язана адміністративна тема
tm-souhaitez-vous-confirmer-la-revocation = Ви бажаєте підтвердити відкликання цього дозволу?
tm-revoquer-l-autorisation = Відкликати дозвіл
tm-confirmation-de-revocation = Підтвердження відкликання
tm-merci-de-verifier-les-informations-ci-2 = Будь ласка, перевірте відомості нижче, перш ніж підтвердити відкликання довіреності
tm-rappel-du-mandat-en-cours-de = Відомості про довіреність, що відкликається
tm-date-du-mandat = Дата довіреності
tm-expiration-du-mandat = Закінчення строку довіреності
tm-souhaitez-vous-confirmer-la-revocation-2 = Ви бажаєте підтвердити відкликання цієї довіреності?
tm-revoquer-le-mandat = Відкликати довіреність
tm-revocation-d-un-mandat-via-le = Відкликання довіреності через сервіс Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = Я, що нижче підписався(-лася), { $usager_name }, бажаю відкликати довіреність «Aidants Connect», створену { $creation_date } з { $organisation }.
tm-le-mandat-a-ete-revoque-avec = Довіреність відкликано. Будь ласка, надрукуйте її, щоб її підписав довіритель.
tm-le-mandat-a-ete-revoque-avec-2 = Довіреність відкликано!
tm-rappel-du-mandat-revoque = Відомості про відкликану довіреність
tm-mandat-pour-realiser-des-demarches = Довіреність на виконання адміністративних онлайн-процедур в інтересах користувача через сервіс «Aidants Connect» під час надзвичайного санітарного стану, оголошеного статтею 4 закону від 23 березня 2020 року.
tm-je-soussigne-e-autorise-dont-seuls = Я, що нижче підписався(-лася), { $get_full_name }, уповноважую { $organisation }, від імені якої діяти замість мене можуть лише уповноважені працівники, виконувати від мого імені, відповідно до статей 1984 і наступних Цивільного кодексу, такі адміністративні онлайн-процедури, як доступні через FranceConnect, так і ні:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } дозволяє { $name } використовувати свої персональні дані лише для виконання цієї довіреності.
tm-l-aidant-habilite-de-a-rappele = Уповноважений помічник { $name } нагадав { $usager } про мету втручання, про те, навіщо збирають його відомості і для чого вони потрібні; про наявність прав на його дані (доступ, виправлення, видалення тощо) і про можливість для довірителя будь-коли відкликати свою згоду.
tm-a-cette-fin = З цією метою:
tm-ne-collecter-et-conserver-que-les = збирати й зберігати лише відомості, суворо необхідні для перелічених процедур,
tm-nutiliser-les-informations-fournies-que = використовувати надані відомості лише для перелічених процедур. Щоб виконати інші процедури, він або вона має спершу повідомити про це користувача й отримати його дозвіл;
tm-ne-collecter-et-conserver-que-les-2 = збирати й зберігати лише відомості, суворо необхідні для перелічених сфер процедур;
tm-nutiliser-les-informations-fournies-que-2 = використовувати надані відомості лише для виконання цих процедур. Щоб виконати інші процедури, він або вона має спершу повідомити про це користувача й отримати його дозвіл;
tm-mettre-a-jour-puis-a-supprimer = оновлювати, а потім видаляти всі відомості про користувача, коли вони більше не потрібні для виконання процедур;
tm-respecter-la-confidentialite-des = дотримуватися конфіденційності наданих відомостей;
tm-prendre-toutes-les-precautions-pour = вживати всіх запобіжних заходів для захисту переданих персональних даних.
tm-le-mandataire-sengage-a = Повірений зобов’язується:
tm-le-present-mandat-est-accepte-et = Цю довіреність прийнято й надано на строк, потрібний уповноваженому помічнику { $name } для виконання його завдань. Довіреність припиняється, коли зазначені вище процедури виконано, або будь-коли, якщо довіритель чи повірений вирішить її відкликати.
tm-l-aidant-habilite-de-est-tenu = Уповноважений помічник { $name } зобов’язаний виконувати довіреність, доки вона на нього покладена, і відповідає за збитки, що можуть виникнути через її невиконання, відповідно до статей 1991 і наступних Цивільного кодексу.
tm-mandat-pour-realiser-des-demarches-en-2 = Довіреність на виконання онлайн-процедур через сервіс «Aidants Connect» під час надзвичайного санітарного стану
tm-je-mappelle-je-suis-le-mandant = Мене звати: { $name } (я довіритель)
tm-jautorise-cest-le-mandataire-a-realiser = Я дозволяю { $name } (це повірений) виконувати замість мене такі адміністративні процедури: { $n }
tm-cette-autorisation-est-conforme-aux = Цей дозвіл відповідає статтям 1984 і наступним Цивільного кодексу. Процедури виконуватимуться в інтернеті, на сайтах, що використовують FranceConnect, або на інших сайтах. Їх також можна виконувати будь-якими способами, які допускає адміністрація (телефон, папір, електронна пошта, …).
tm-je-peux-annuler-mon-autorisation-a = Я можу скасувати свій дозвіл будь-коли.
tm-je-reconnais-que-laidant-habilite-par = Я визнаю, що помічник, уповноважений { $name }, нагадав мені про мету свого втручання і пояснив, навіщо потрібні зібрані відомості і для чого їх використовують;
tm-jautorise-les-aidants-habilites-par-a = Я дозволяю помічникам, уповноваженим { $name }, використовувати мої персональні дані в межах цієї довіреності. Я знаю, що маю права на відомості про мене: доступ, виправлення, видалення.
tm-pour-que-puisse-agir-a-ma = Щоб { $name } міг (могла) діяти замість мене:
tm-effectuer-les-demarches-listees-dans-ce = виконувати замість мене процедури, перелічені в цьому документі, на основі відомостей, які я їм надав(ла);
tm-collecter-et-conserver-seulement-les = збирати й зберігати лише відомості, потрібні для процедур, перелічених у цьому документі, або пов’язаних із ними;
tm-utiliser-et-communiquer-seulement-les = використовувати й передавати лише відомості, потрібні для процедур, перелічених у цьому документі, або пов’язаних із ними;
tm-minformer-et-demander-mon-autorisation = повідомляти мене й питати мого дозволу, перш ніж виконувати процедури, не перелічені в цьому документі;
tm-mettre-a-jour-et-supprimer-lensemble = оновлювати й видаляти всі мої персональні відомості, коли вони більше не потрібні;
tm-sinterdire-de-rendre-publiques-mes = ніколи не оприлюднювати мої персональні відомості;
tm-prendre-toutes-les-precautions-pour-2 = вживати всіх запобіжних заходів для захисту моїх персональних відомостей.
tm-les-aidants-habilites-par-doivent = Помічники, уповноважені { $name }, мають:
tm-a-partir-du-moment-ou-un = З моменту, коли помічник, уповноважений { $name }, виконує замість мене одну з процедур, перелічених у цьому документі, він погоджується робити це на умовах, описаних у цьому документі.
tm-les-demarches-decrites-ci-dessus-sont = описані вище процедури виконано;
tm-je-decide-de-lannuler = я вирішую її скасувати;
tm-laidant-habilite-par-decide-de-lannuler = помічник, уповноважений { $name }, вирішує її скасувати;
tm-je-donne-mon-autorisation-a-une = я даю дозвіл іншій людині, яка не є помічником, уповноваженим { $name }. У такому разі я маю якнайшвидше повідомити про це { $name }.
tm-mon-autorisation-est-donnee-et-acceptee = Мій дозвіл надано й прийнято { $n }. Він припиняється раніше, якщо:
tm-l-aidant-habilite-par-doit-accomplir = Помічник, уповноважений { $name }, має виконувати замість мене процедури, перелічені в цьому документі, доки довіреність дійсна. Помічник, уповноважений { $name }, може нести відповідальність, якщо не дотримується умов, описаних у цьому документі (стаття 1991 Цивільного кодексу).
tm-jautorise-cest-le-mandataire-a-realiser-2 = Я дозволяю { $name } (це повірений) виконувати замість мене такі адміністративні процедури:
tm-collecter-et-conserver-utiliser-et = збирати й зберігати, використовувати й передавати лише відомості, потрібні для процедур, перелічених у цьому документі, або пов’язаних із ними;
tm-l-aidant-habilite-par-doit-accomplir-2 = Помічник, уповноважений { $name }, має виконувати замість мене процедури, перелічені в цьому документі, доки довіреність дійсна. Він може нести відповідальність, якщо не дотримується умов, описаних у цьому документі (стаття 1991 Цивільного кодексу).
tm-fait-a-le-2 = Складено в { $display_address }, { $display_city }, { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = Я дозволяю { $name } (це повірений) виконувати від мого імені такі адміністративні процедури:
tm-pour-que-puisse-agir-pour-mon = Щоб { $name } міг (могла) діяти від мого імені:
tm-effectuer-les-demarches-listees-dans-ce-2 = виконувати від мого імені процедури, перелічені в цьому документі, на основі відомостей, які я їм надав(ла);
tm-a-partir-du-moment-ou-un-2 = З моменту, коли помічник, уповноважений { $name }, виконує від мого імені одну з процедур, перелічених у цьому документі, він погоджується робити це на умовах, описаних у цьому документі.
tm-l-aidant-habilite-par-doit-accomplir-3 = Помічник, уповноважений { $name }, має виконувати від мого імені процедури, перелічені в цьому документі, доки довіреність дійсна. Він може нести відповідальність, якщо не дотримується умов, описаних у цьому документі (стаття 1991 Цивільного кодексу).
tm-mandat-pour-realiser-des-demarches-en-3 = Довіреність на виконання онлайн-процедур через сервіс «Aidants Connect»
tm-je-mappelle-et-je-suis-le = Мене звати { $name }, і я довіритель.
tm-jautorise-en-tant-que-mandataire-a = Я дозволяю { $name } як повіреному виконувати від мого імені такі адміністративні процедури:
tm-je-declare-ne-pas-faire-l = Я заявляю, що щодо мене не діє захід правового захисту (sauvegarde de justice, опіка чи піклування).
tm-jautorise-les-aidants-habilites-par-a-2 = Я дозволяю помічникам, уповноваженим { $name }, використовувати мої персональні дані в межах цієї довіреності. Я знаю, що маю права на відомості про мене: доступ, інформація, виправлення, обмеження, видалення.
tm-quand-un-aidant-habilite-par-realise = Коли помічник, уповноважений { $name }, виконує від мого імені одну з перелічених вище процедур, він зобов’язується робити це на умовах і протягом строку, описаних у цьому документі, інакше він несе цивільну й кримінальну відповідальність.
tm-prendre-toutes-les-precautions-pour-3 = вживати всіх запобіжних заходів для захисту й конфіденційності моїх персональних відомостей.
tm-un-aidant-habilite-par-decide-de = помічник, уповноважений { $name }, вирішує її скасувати;
tm-fait-a-le-3 = Складено в { $display_address }, { $zipcode } { $display_city }, { $date }
tm-prenom-nom-et-signature-du-mandataire = Ім’я, прізвище та підпис повіреного (помічника)
tm-prenom-nom-et-signature-du-mandant = Ім’я, прізвище та підпис довірителя (користувача)
tm-il-y-a-des-erreurs-dans = У формі є помилки
tm-lisez-ces-mentions-a-lusager = Прочитайте ці положення користувачеві
tm-le-mandat-est-une-autorisation-ecrite = Довіреність — це письмовий дозвіл, який дає змогу помічникові виконувати за вас адміністративні процедури. Вона захищає вас і захищає помічника, який вам допомагає. Ви зможете припинити її будь-коли.
tm-une-fois-ce-mandat-signe-par = Коли цю довіреність підпишуть обидві сторони, помічник зобов’язується:
tm-realiser-les-demarches-listees-dans-le = виконувати процедури, перелічені в довіреності, на основі відомостей, які ви йому надали;
tm-utiliser-et-enregistrer-seulement-les = використовувати й зберігати лише відомості, потрібні для цих процедур;
tm-ne-pas-effectuer-dautres-demarches-que = не виконувати інших процедур, крім перелічених у довіреності;
tm-securiser-lensemble-de-vos-informations = захищати всі ваші відомості й видаляти їх, коли вони більше не потрібні.
tm-connectez-lusager-a-franceconnect = Виконайте вхід користувача через FranceConnect
tm-recapitulatif-du-mandat-a-distance = Підсумок дистанційної довіреності
tm-elements-du-mandat = Елементи довіреності
tm-validation-de-lusager = Підтвердження користувачем
tm-en-cochant-ces-cases-confirme = Позначаючи ці поля, { $name } підтверджує:
tm-validation-de-laidant = Підтвердження помічником
tm-enregistrer-le-mandat = Зберегти довіреність

## aidants: login

tm-vous-etes-un-particulier = Ви приватна особа?
tm-aidants-connect-n-est-pas-un = Aidants Connect — це не інструмент для приватних осіб чи для близьких, які допомагають родичеві.
tm-vous-rencontrez-un-probleme-lors-de = У вас проблема зі входом через France Connect або з доступом до особистих кабінетів на сайтах державних служб (CAF, податки, ANTS...)? Перегляньте спеціальну сторінку допомоги.
tm-vous-rencontrez-des-difficultes-avec-le = Вам важко користуватися цифровими сервісами, і ви хотіли б отримати супровід, щоб виконувати процедури або стати самостійнішими? Знайдіть місце поруч із вами.

## aidants: aidants_connect_common

tm-adresse-e-mail = Адреса електронної пошти

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Номер мобільного телефону
tm-format-attendu-10-chiffres = Потрібний формат: 10 цифр
tm-format-attendu-6-chiffres = Потрібний формат: 6 цифр
tm-selectionnez-la-ou-les-demarches = Виберіть одну або кілька процедур
tm-choisissez-la-duree-du-mandat = Виберіть строк дії довіреності
tm-code-a-6-chiffres = Код із 6 цифр
tm-choisir = Вибрати…
tm-exemple-prenom-nom-exemple-fr = Приклад: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Нова адреса електронної пошти
tm-erreur-veuillez-saisir-uniquement-des = Помилка: будь ласка, вводьте лише правильні адреси електронної пошти.
tm-telephone-mobile = Мобільний телефон

## dsfr: component/checkbox

tm-libelle-checkbox = Підпис прапорця
tm-libelle-checkbox-sub-et-sup = Підпис прапорця sub і sup
tm-libelle-case-a-cocher = Підпис прапорця
tm-theme-clair = Світла тема
tm-theme-sombre = Темна тема
tm-systeme = Як у системі
tm-legende-pour-lensemble-des-elements = Заголовок для всієї групи елементів
tm-choisissez-un-theme-pour-personnaliser = Виберіть тему, щоб налаштувати вигляд сайту.
tm-texte-de-description-additionnel = Додатковий текст опису
tm-utilise-les-parametres-systeme = Використовує налаштування системи
tm-extrait-de-code = Фрагмент коду
tm-libelle-bouton = Підпис кнопки
tm-texte-derreur-obligatoire = Обов’язковий текст помилки
tm-texte-de-validation = Текст підтвердження
tm-verifier-ma-demande = Перевірити мою заяву
tm-supprimer-le-justificatif-de-domicile = Видалити підтвердження адреси
tm-la-case-a-cocher-permet-a = Прапорець дає змогу користувачеві вибрати один або кілька варіантів зі списку. Його використовують для множинного вибору (від 0 до N елементів) або для вибору «так чи ні», коли користувач може позначити або зняти позначку з одного варіанта.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Назад
tm-case-a-cocher-checkbox = Прапорець (checkbox)
tm-case-a-cocher-seule = Окремий прапорець
tm-case-a-cocher-seule-exemple-avec = Окремий прапорець, приклад з нижнім і верхнім індексом
tm-case-a-cocher-avec-texte-daide = Прапорець з текстом підказки
tm-case-a-cocher-seule-validee = Окремий прапорець, що пройшов перевірку
tm-case-a-cocher-seule-avec-erreur = Окремий прапорець з помилкою
tm-case-a-cocher-seule-indeterminee = Окремий прапорець, невизначений стан
tm-ensemble-de-cases-a-cocher = Група прапорців
tm-ensemble-de-cases-a-cocher-petite = Група прапорців, малий розмір
tm-ensemble-de-cases-a-cocher-desactivees = Група неактивних прапорців
tm-ensemble-de-cases-a-cocher-en = Група прапорців у рядок
tm-ensemble-de-cases-a-cocher-avec = Група прапорців з текстом підказки
tm-ensemble-de-cases-a-cocher-avec-2 = Група прапорців з помилкою
tm-ensemble-de-cases-a-cocher-validees = Група прапорців, що пройшли перевірку
tm-ensemble-de-cases-a-cocher-avec-3 = Група прапорців з помилкою, у рядок
tm-ensemble-de-cases-a-cocher-validees-2 = Група прапорців, що пройшли перевірку, у рядок
tm-ensemble-de-cases-a-cocher-avec-4 = Група прапорців з окремим текстом підказки
tm-ensemble-de-cases-a-cocher-avec-5 = Група прапорців з окремим текстом підказки, малий розмір
tm-autres-versions = Інші версії
tm-parametres-daffichage = Налаштування відображення

## dsfr: component/input

tm-libelle-champ-de-saisie = Підпис поля введення
tm-envoyer = Надіслати
tm-supprimer-le-champ = Видалити поле
tm-placeholder = Текст-підказка
tm-champ-de-saisie-input = Поле введення (input)
tm-les-champs-permettent-a-un-utilisateur = Поля дають змогу користувачеві вводити вміст і дані.
tm-champ-de-type-text = Поле типу "text"
tm-champ-de-type-number = Поле типу "number"
tm-champ-de-type-search = Поле типу "search"
tm-champ-de-type-date = Поле типу "date"
tm-preferez-l-utilisation-du-modele-de = Краще використовуйте шаблон єдиного блоку дати
tm-champ-de-type-textarea = Поле типу "textarea"
tm-champ-de-type-password = Поле типу "password"
tm-preferez-l-utilisation-du-composant-mot = Краще використовуйте компонент «Пароль»
tm-combo-champ-bouton-d-envoi = Зв’язка поля й кнопки надсилання
tm-combo-champ-bouton-d-action = Зв’язка поля й кнопки дії
tm-champ-avec-placeholder = Поле з текстом-підказкою (placeholder)
tm-champ-avec-valeur-initiale = Поле з початковим значенням
tm-champ-avec-icone-personalisee = Поле з власною іконкою
tm-champ-desactive = Неактивне поле
tm-champ-avec-texte-additionnel = Поле з додатковим текстом
tm-champ-valide-avec-texte-de-succes = Правильно заповнене поле з текстом про успіх
tm-champ-en-erreur-avec-texte-d = Поле з помилкою і текстом помилки

## dsfr: component/password

tm-caracteres-minimum = Мінімум { $n ->
        [one] { $n } символ
        [few] { $n } символи
        [many] { $n } символів
       *[other] { $n } символу
    }
tm-la-demande-de-mot-de-passe = Запит пароля допомагає користувачеві створити або ввести пароль.
tm-mot-de-passe-password = Пароль (password)
tm-mot-de-passe-avec-description = Пароль з описом
tm-mot-de-passe-apres-validation = Пароль після перевірки
tm-mot-de-passe-de-connexion = Пароль для входу

## dsfr: component/radio

tm-libelle-bouton-radio = Підпис радіокнопки
tm-libelle-radio-sup-sub = Підпис радіокнопки sup sub
tm-le-bouton-radio-permettent-a = Радіокнопка дає змогу користувачеві вибрати лише один варіант зі списку.
tm-bouton-radio-radio = Радіокнопка (radio)
tm-bouton-radio-simple = Проста радіокнопка
tm-ensemble-de-boutons-radio = Група радіокнопок
tm-ensemble-de-boutons-radio-petite-taille = Група радіокнопок, малий розмір
tm-ensemble-de-boutons-radio-desactivees = Група неактивних радіокнопок
tm-ensemble-de-boutons-radio-en-ligne = Група радіокнопок у рядок
tm-ensemble-de-boutons-radio-avec-texte = Група радіокнопок з текстом підказки
tm-ensemble-de-boutons-radio-avec-erreur = Група радіокнопок з помилкою
tm-ensemble-de-boutons-radio-avec-erreur-2 = Група радіокнопок з помилкою, у рядок
tm-ensemble-de-boutons-radio-valides = Група радіокнопок, що пройшли перевірку
tm-ensemble-de-boutons-radio-valides-en = Група радіокнопок, що пройшли перевірку, у рядок
tm-ensemble-de-boutons-radio-avec-texte-2 = Група радіокнопок з окремим текстом підказки
tm-ensemble-de-boutons-radio-avec-texte-3 = Група радіокнопок з окремим текстом підказки, малий розмір
tm-ensemble-de-boutons-radio-libelle-en = Група радіокнопок, підпис з нижнім і верхнім індексом
tm-bouton-radio-riche = Розширена радіокнопка
tm-ensemble-de-boutons-radio-riches-simple = Група розширених радіокнопок, проста
tm-ensemble-de-boutons-radio-riches-en = Група розширених радіокнопок, у рядок, проста
tm-ensemble-de-boutons-radio-riches-sans = Група розширених радіокнопок без піктограми
tm-ensemble-de-boutons-radio-riches-sans-2 = Група розширених радіокнопок без піктограми, у рядок
tm-ensemble-de-boutons-radio-riches-avec = Група розширених радіокнопок з текстами підказки
tm-ensemble-de-boutons-radio-riches-avec-2 = Група розширених радіокнопок з текстами підказки, у рядок
tm-ensemble-de-boutons-radio-riches-avec-3 = Група розширених радіокнопок з помилкою і текстами підказки
tm-ensemble-de-boutons-radio-riches-avec-4 = Група розширених радіокнопок з помилкою і текстами підказки, у рядок
tm-ensemble-de-boutons-radio-riches = Група неактивних розширених радіокнопок

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Підпис для випадного списку
tm-option = Варіант { $n }
tm-selectionnez-une-option = Виберіть варіант
tm-la-liste-deroulante-permet-a-un = Випадний список дає змогу користувачеві вибрати один елемент із заданого списку.
tm-liste-deroulante-select = Випадний список (select)
tm-liste-deroulante-par-defaut = Випадний список за замовчуванням
tm-liste-deroulante-desactivee = Неактивний випадний список
tm-liste-deroulante-avec-texte-de = Випадний список з текстом опису
tm-liste-deroulante-valide = Випадний список, що пройшов перевірку
tm-liste-deroulante-erreur = Випадний список з помилкою
tm-liste-deroulante-avec-groupe-d-options = Випадний список із групою варіантів

## dsfr: component/upload

tm-ajouter-un-fichier = Додати файл
tm-ajouter-des-fichiers = Додати файли
tm-ce-composant-permet-aux-utilisateurs-de = Цей компонент дає змогу користувачам вибрати й надіслати один або кілька файлів.
tm-ajout-de-fichier-upload = Додавання файлу (upload)
tm-bouton-upload-1-seul-fichier = Кнопка завантаження лише 1 файлу
tm-bouton-upload-avec-erreur = Кнопка завантаження з помилкою
tm-bouton-upload-fichiers-multiples = Кнопка завантаження кількох файлів
tm-bouton-upload-desactive = Неактивна кнопка завантаження

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Вхід до [назва сервісу або сайту]
tm-format-attendu = Потрібний формат: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect — це рішення, яке пропонує держава, щоб зробити вхід до онлайн-сервісів безпечним і простим.
tm-se-connecter-avec-franceconnect = Увійти через FranceConnect
tm-vous-navez-pas-de-compte = У вас немає акаунта?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Неправильний логін або пароль

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Відновити пароль вашого акаунта
tm-description-veuillez-saisir-ladresse = Опис — Будь ласка, введіть адресу електронної пошти, пов’язану з вашим акаунтом. Ми надішлемо вам додаткову інформацію про те, як скинути пароль
tm-recuperation-de-mot-de-passe-sur = Відновлення пароля на [назва сервісу або сайту]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Докладніше — Якщо ви не отримали листа (обов’язково перевірте папку «Спам»), ви можете ввести адресу електронної пошти ще раз.
tm-votre-demande-de-recuperation-de-mot = Ваш запит на відновлення пароля надіслано. За кілька митей ви отримаєте лист.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Сторінки входу

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Створення акаунта на [назва сервісу або сайту]
tm-se-creer-un-compte-en-choisissant = Створити акаунт, вибравши логін
tm-sauf-mention-contraire-tous-les-champs = Якщо не зазначено інше, усі поля обов’язкові.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Вибрати логін
tm-etape-sur = Крок { $n } з { $count }
tm-etape-suivante-renseigner-une-identite = Наступний крок: зазначити особисті дані

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Жіноча
tm-masculin = Чоловіча
tm-je-n-ai-pas-de-prenom = У мене немає імені
tm-identite-personnelle = Особисті дані
tm-sexe = Стать
tm-renseigner-une-identite = Зазначити особисті дані
tm-etape-suivante-saisir-des-coordonnees = Наступний крок: ввести контактні дані

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Доповнення до адреси (необов’язково)
tm-coordonnees-personnelles = Особисті контактні дані
tm-adresse-postale = Поштова адреса
tm-indication-numero-et-voie = Підказка: номер будинку та вулиця
tm-indication-batiment-immeuble-escalier-et = Підказка: корпус, будівля, під’їзд і номер квартири
tm-exemple-montpellier = Приклад: Montpellier
tm-saisir-des-coordonnees = Ввести контактні дані

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Сторінки створення акаунта

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Ваш акаунт створено. За кілька митей ви отримаєте лист із посиланням для підтвердження.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Ваш акаунт активовано. Ви можете почати ним користуватися вже зараз.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Місцевість (lieu-dit), приєднана громада або абонентська скринька
tm-numero = Номер
tm-voie = Вулиця
tm-batiment = Корпус
tm-immeuble = Будівля
tm-escalier = Під’їзд
tm-numero-d-appartement = Номер квартири
tm-complement-d-adresse-postale = Доповнення до поштової адреси
tm-la-demande-dadresse-postale-permet = Запит поштової адреси допомагає користувачеві ввести свою адресу.
tm-bloc-fonctionnel-d-adresse-postale = Функціональний блок поштової адреси (address)
tm-demande-dune-adresse-postale-nationale = Запит поштової адреси у Франції
tm-demande-dune-adresse-postale-nationale-2 = Запит поштової адреси у Франції + місцевість, приєднана громада або абонентська скринька
tm-complement-d-adresse = Доповнення до адреси

## dsfr: layout/pattern/civility

tm-docteur = Доктор
tm-inspecteur = Інспектор
tm-sans-reponse = Без відповіді
tm-titre-dappel = Звертання
tm-demande-de-situation-familiale = Запит сімейного стану
tm-demande-du-titre-dappel = Запит форми звертання
tm-concubinage = Співжиття без шлюбу
tm-pacse = У цивільному союзі (PACS)
tm-marie = Одружений / заміжня
tm-veuf = Вдівець / вдова
tm-divorce = Розлучений / розлучена
tm-recteur = Ректор
tm-proviseur = Директор ліцею
tm-professeur = Викладач
tm-principal = Директор колежу
tm-la-demande-de-civilite-permet-a = Запит звертання дає змогу користувачеві зазначити свої дані (стать, сімейний стан, форма звертання).
tm-les-boutons-radios-sont-recommandes = Радіокнопки рекомендовані, коли користувач має вибрати один елемент із 2–5 можливих варіантів.
tm-au-dela-de-5-choix-ou = Якщо варіантів понад 5 або бракує місця, краще використовувати випадний список.
tm-bloc-fonctionnel-de-civilite-civility = Функціональний блок звертання (civility)
tm-demande-du-sexe = Запит статі

## dsfr: layout/pattern/company

tm-numero-de-siret = Номер SIRET
tm-denomination = Назва організації
tm-cedex = Cedex (особливий поштовий код)
tm-type-de-societe = Тип компанії
tm-nom-d-usage = Прізвище в повсякденному вжитку
tm-nom-de-naissance = Прізвище при народженні
tm-fonction-dans-la-societe = Посада в компанії
tm-siret-de-l-entreprise = SIRET компанії
tm-representant-moral-de-l-entreprise = Законний представник компанії
tm-indication-nom-de-famille-non-rectifie = Підказка: прізвище, не виправлене після рішення суду.
tm-france = Франція
tm-allemagne = Німеччина
tm-italie = Італія
tm-espagne = Іспанія
tm-royaume-uni = Велика Британія
tm-entrepreneur-individuel-ei = Фізична особа-підприємець (EI)
tm-entreprise-unipersonnelle-a = Товариство з обмеженою відповідальністю з одним учасником (EURL)
tm-societe-a-responsabilite-limitee-sarl = Товариство з обмеженою відповідальністю (SARL)
tm-societe-par-actions-simplifiee = Спрощене акціонерне товариство з одним акціонером (SASU)
tm-societe-par-actions-simplifiee-sas = Спрощене акціонерне товариство (SAS)
tm-societe-anonyme-sa = Акціонерне товариство (SA)
tm-societe-en-nom-collectif-snc = Повне товариство (SNC)
tm-societe-en-commandite-simple-scs = Командитне товариство (SCS)
tm-societe-en-commandite-par-actions-sca = Командитне товариство на акціях (SCA)
tm-la-demande-de-renseignement-sur-la = Запит відомостей про компанію допомагає користувачеві ввести інформацію про свою компанію.
tm-bloc-fonctionnel-de-societe-company = Функціональний блок компанії (company)
tm-demande-d-un-numero-de-siret = Запит номера SIRET
tm-demande-dune-adresse-de-siege-social = Запит адреси головного офісу
tm-demande-dun-type-de-societe = Запит типу компанії
tm-demande-dun-representant-moral = Запит законного представника

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Підказка: додатковий текст опису
tm-exemple-2 = Приклад: { $n }
tm-le-jour-est-invalide = Неправильний день
tm-le-mois-est-invalide = Неправильний місяць
tm-lannee-est-invalide = Неправильний рік
tm-le-jour-est-invalide-le-mois-est = Неправильний день Неправильний місяць Неправильний рік
tm-la-date-est-posterieure-a-aujourdhui = Дата пізніша за сьогоднішню
tm-le-champ-de-saisie-de-date = Поле введення фіксованої дати складається з трьох текстових полів введення.
tm-bloc-fonctionnel-de-date-unique-date = Функціональний блок єдиної дати (date)
tm-defaut = За замовчуванням
tm-erreur-unitaire = Помилка в одному полі
tm-erreur-globale = Загальна помилка

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Підказка: ця адреса використовується лише для входу до сервісу.
tm-le-format-de-ladresse-electronique = Адресу електронної пошти введено в неправильному форматі. Потрібний формат: { $email }
tm-la-demande-d-email-est-un = Запит e-mail — це функціональний блок для введення адреси електронної пошти.
tm-bloc-fonctionnel-de-demande-d-email = Функціональний блок запиту e-mail (email)
tm-demande-d-une-adresse-electronique = Запит адреси електронної пошти
tm-demande-d-une-adresse-electronique-2 = Запит адреси електронної пошти - помилка
tm-demande-et-indication-de-traitement-dune = Запит адреси електронної пошти з поясненням, як її використовують
tm-demande-et-indication-de-traitement-dune-2 = Запит адреси електронної пошти з поясненням, як її використовують - помилка

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Підказка: попереднє прізвище…
tm-ajouter-un-prenom = Додати ім’я
tm-la-demande-de-nom-et-prenom = Запит прізвища та імені допомагає користувачеві ввести своє прізвище та ім’я.
tm-bloc-fonctionnel-de-nom-et-prenom = Функціональний блок прізвища та імені (name)
tm-demande-dun-nom-et-dun-prenom = Запит прізвища та імені у Франції
tm-avec-prenom-desactive = З неактивним полем імені
tm-avec-nom-d-usage = З прізвищем у повсякденному вжитку
tm-avec-nom-d-usage-prenom-desactive = З прізвищем у повсякденному вжитку + неактивне поле імені
tm-avec-bouton = З кнопкою
tm-avec-bouton-prenom-desactive = З кнопкою + неактивне поле імені
tm-demande-dun-nom-et-dun-prenom-2 = Запит прізвища та імені, міжнародний варіант

## dsfr: layout/pattern/nationality

tm-nationalite = Громадянство
tm-allemande = Німецьке
tm-italienne = Італійське
tm-espagnole = Іспанське
tm-la-demande-de-nationalite-permet-daider = Запит громадянства допомагає користувачеві зазначити своє громадянство.
tm-bloc-fonctionnel-de-nationalite = Функціональний блок громадянства (nationality)
tm-demande-de-nationalite = Запит громадянства

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Номер телефону
tm-format-attendu-33-5-36-49 = Потрібний формат: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = Номер телефону введено в неправильному форматі. Потрібний формат: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = Запит номера телефону — це функціональний блок для введення номера телефону.
tm-bloc-fonctionnel-de-telephone-tel = Функціональний блок телефону (tel)
tm-demande-d-un-numero-de-telephone = Запит номера телефону
tm-demande-d-un-numero-de-telephone-2 = Запит номера телефону - помилка

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Заява на посвідку на проживання – приватне та сімейне життя
tm-identite-et-situation-familiale = Особа та сімейний стан
tm-les-champs-suivis-dun-asterisque-sont = Поля, позначені зірочкою ( * ), обов’язкові.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Якщо у вас кілька імен, зазначте їх усі через кому.
tm-algerienne = Алжирське
tm-afghane = Афганське
tm-erythreenne = Еритрейське
tm-georgienne = Грузинське
tm-ukrainienne = Українське
tm-votre-situation-a-la-date-de = Ваше становище на дату подання заяви
tm-avez-vous-des-enfants-a-charge = Чи є у вас діти на утриманні?
tm-nom-et-prenom-du-conjoint = Прізвище та ім’я чоловіка або дружини
tm-date-du-mariage = Дата укладення шлюбу
tm-date-de-conclusion-du-pacs = Дата укладення PACS (цивільного союзу)
tm-ajouter-un-enfant = Додати дитину
tm-enfant-n = Дитина № { $numero }
tm-prenom-de-lenfant = Ім’я дитини
tm-date-de-naissance-de-lenfant = Дата народження дитини
tm-supprimer-lenfant-n = Видалити дитину № { $numero }
tm-etape-suivante-recapitulatif = Наступний крок: підсумок
tm-exemple-06-12-34-56-78 = Приклад: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 цифр, він указаний на вашій посвідці на проживання або на тимчасовій довідці (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = Під чесне слово підтверджую, що надані відомості правильні
tm-une-erreur-est-survenue-votre-dossier = Сталася помилка Вашу справу не вдалося подати. Виправте позначені поля, потім подайте справу знову.
tm-le-champ-adresse-electronique-est = Поле «Адреса електронної пошти» («Adresse électronique») заповнено неправильно. Введіть правильну адресу електронної пошти, наприклад nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = Поле «Номер іноземця» («Numéro étranger») має містити 10 цифр
tm-recapitulatif = Підсумок
tm-votre-dossier-a-bien-ete-depose = Вашу справу подано
tm-un-courriel-de-confirmation-vous-a = Лист із підтвердженням надіслано вам на адресу { $email }.
tm-enfants-a-charge = Діти на утриманні

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Запис на прийом – віконце посвідок на проживання
tm-vous-pouvez-prendre-rendez-vous-au = Ви можете записатися на прийом до віконця «Посвідки на проживання» («Titres de séjour») префектури. Перш ніж почати, прочитайте умови користування сервісом: лише один запис на людину, будь-який неповний запит буде скасовано.
tm-jaccepte-les-conditions-generales = Я приймаю загальні умови користування
tm-vos-informations = Ваші дані
tm-choisissez-le-motif-qui-correspond-a = Виберіть причину, що відповідає вашій ситуації
tm-remise-de-titre-de-sejour = Отримання посвідки на проживання
tm-premiere-demande-de-titre-de-sejour = Перша заява на посвідку на проживання – студент
tm-renouvellement-de-titre-de-sejour = Продовження посвідки на проживання – найманий працівник
tm-duplicata-de-titre-de-sejour-perte = Дублікат посвідки на проживання (втрата або крадіжка)
tm-changement-dadresse-sur-le-titre-de = Зміна адреси в посвідці на проживання
tm-tel-quil-figure-sur-votre-passeport = Як зазначено у вашому паспорті
tm-la-convocation-vous-sera-envoyee-a = Запрошення на прийом (convocation) буде надіслано вам на цю адресу
tm-etape-suivante = Наступний крок
tm-veuillez-choisir-le-motif-de-votre = Будь ласка, виберіть причину запису на прийом
tm-ce-champ-est-obligatoire = Це поле обов’язкове
tm-veuillez-saisir-une-adresse-electronique = Будь ласка, введіть правильну адресу електронної пошти
tm-le-numero-etranger-comporte-10-chiffres = Номер іноземця складається з 10 цифр
tm-recommencer = Почати знову

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Зазначте доходи, отримані вашим домогосподарством за останні три місяці. Без цієї декларації виплату вашого RSA або доплати працюючим (prime d’activité) буде призупинено.
tm-7-chiffres-il-figure-sur-tous = 7 цифр, він указаний у всіх ваших листах від Caf
tm-avez-vous-percu-des-salaires-au = Чи отримували ви зарплату протягом кварталу?
tm-votre-situation-familiale-a-t-elle = Чи змінився ваш сімейний стан?
tm-indiquez-le-montant-net-avant = Зазначте суму «нетто» до утримання податку в джерела або 0, якщо цього місяця ви нічого не отримали.
tm-montant-des-salaires-percus-mois-en = Сума отриманої зарплати – місяць { $n } (у євро)
tm-salaire-net-primes-comprises = Зарплата «нетто», разом із преміями
tm-nature-du-changement = Характер зміни
tm-choisissez = Виберіть…
tm-mariage = Шлюб
tm-pacs = PACS (цивільний союз)
tm-vie-en-couple = Спільне життя в парі
tm-separation = Розставання
tm-naissance-ou-arrivee-dun-enfant = Народження або поява дитини в сім’ї
tm-deces-du-conjoint = Смерть чоловіка або дружини
tm-date-du-changement = Дата зміни
tm-a-savoir-la-date-figure-sur = Корисно знати: дату зазначено в акті або в документі, що підтверджує зміну (ДД/ММ/РРРР).
tm-le-numero-allocataire-comporte-7 = Номер отримувача допомоги складається з 7 цифр.
tm-indiquez-un-montant-en-euros-par = Зазначте суму в євро, наприклад 1250 або 0.
tm-la-date-doit-etre-au-format = Дата має бути у форматі ДД/ММ/РРРР.
tm-votre-declaration-contient-erreurs = У вашій декларації { $n ->
        [one] { $n } помилка
        [few] { $n } помилки
        [many] { $n } помилок
       *[other] { $n } помилки
    }.
tm-envoi-de-votre-declaration-en-cours = Ваша декларація надсилається…
tm-votre-declaration-a-bien-ete-enregistree = Вашу декларацію зареєстровано.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Ваш сеанс завершився З міркувань безпеки вас було виведено із системи. Будь ласка, увійдіть знову.
tm-veuillez-saisir-votre-identifiant-votre = Будь ласка, введіть ваш логін: номер іноземця або адресу електронної пошти.

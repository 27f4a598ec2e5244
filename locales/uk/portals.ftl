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

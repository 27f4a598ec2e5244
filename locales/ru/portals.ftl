### Relais — translation memory, Russian (ru): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Перейти в режим суперадминистратора
tm-passer-en-usager = Перейти в режим пользователя
tm-passer-en-instructeur = Перейти в режим проверяющего сотрудника (instructeur)
tm-passer-en-expert = Перейти в режим эксперта
tm-passer-en-gestionnaire = Перейти в режим управляющего
tm-se-deconnecter = Выйти

## ds: components attachment

tm-reessayer = Повторить попытку
tm-supprimer-le-fichier = Удалить файл { $file }
tm-plusieurs-fichiers-possibles = Можно добавить несколько файлов.
tm-remplacer-le-fichier = Заменить файл { $file }
tm-le-format-pdf-est-generalement-le = Формат .PDF обычно самый удобный, потому что его легко прочитать на любом устройстве.
tm-virus-detecte-merci-denvoyer-un-autre = Обнаружен вирус, пожалуйста, отправьте другой файл.
tm-le-fichier-est-corrompu-merci-denvoyer = Файл повреждён, пожалуйста, отправьте другой файл.
tm-ajoutee-le = Добавлено { $date }
tm-modifiee-le = Изменено { $date }
tm-le-traitement-de-votre-piece-jointe = Обработка вашего вложения занимает больше времени, чем ожидалось.
tm-le-traitement-de-vos-pieces-jointes = Обработка ваших вложений занимает больше времени, чем ожидалось.
tm-cela-ne-vous-empeche-pas-de = Это не мешает вам подать дело, если вы этого хотите.
tm-chargement-de-fichier = Загрузка файла
tm-virus-detecte-le-telechargement-est = Обнаружен вирус, скачивание заблокировано.
tm-apercu-non-disponible = Предпросмотр недоступен

## ds: components autosave_notice_component

tm-formulaire-en-erreur = В форме есть ошибки

## ds: components dossiers

tm-adresse = Адрес
tm-pays = Страна
tm-autres-informations-sur-lorganisme-sur = ➡ Другие сведения об организации на «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = Черновик успешно сохранён
tm-attention-impossible-denregistrer-le = Внимание: не удалось сохранить черновик.
tm-vos-modifications-sont-automatiquement = Ваши изменения сохраняются автоматически.
tm-deposez-les-quand-vous-aurez-termine = Подайте их, когда закончите.
tm-modifications-enregistrees-avec-succes = Изменения успешно сохранены
tm-annotations-enregistrees-avec-succes = Аннотации успешно сохранены
tm-attention-impossible-denregistrer-les = Внимание: не удалось сохранить аннотации.
tm-commune = Коммуна
tm-les-dossiers-ont-ete-supprimes-vous = Дела были удалены. Вы больше не можете их восстановить по следующим причинам:
tm-vous-avez-supprime-votre-dossier = Вы удалили своё дело.
tm-deposer-le-dossier = Подать дело
tm-deposer-les-modifications = Подать изменения
tm-pourquoi-je-ne-peux-pas-deposer = Почему я не могу подать своё дело?
tm-verifier-le-dossier = Проверить дело
tm-envoi-en-cours = Отправка…
tm-en-tant-quinvite-vous-pouvez-remplir = Как приглашённый, вы можете заполнить эту форму, но владелец дела должен подать её сам.
tm-des-modifications-nont-pas-encore-ete = Некоторые изменения ещё не поданы
tm-vous-avez-apporte-des-modifications = Вы внесли изменения после подачи дела. Подайте их, чтобы администрация их учла.
tm-continuer-a-modifier = Продолжить изменение
tm-votre-dossier-contient-1-champ-en = В вашем деле 1 поле с ошибкой
tm-votre-dossier-contient-champs-en-erreur = В вашем деле { $n ->
        [one] { $n } поле с ошибкой
        [few] { $n } поля с ошибками
        [many] { $n } полей с ошибками
       *[other] { $n } поля с ошибками
    }
tm-corrigez-la-pour-poursuivre = Исправьте её, чтобы продолжить:
tm-corrigez-les-pour-poursuivre = Исправьте их, чтобы продолжить:
tm-plus-dinformations = Подробнее
tm-moins-dinformations = Свернуть
tm-votre-identite = Ваши личные данные
tm-vous-agissez-en-tant-que-mandataire = Вы действуете как представитель (mandataire) — либо профессионально (например, бухгалтер, адвокат, государственный служащий…), либо лично (семья). Убедитесь, что вы соблюдаете условия
tm-articles-1984-et-suivants-du-code = статей 1984 и следующих Гражданского кодекса.
tm-identite-du-beneficiaire = Личные данные получателя
tm-vous-ne-pouvez-pas-deposer-votre = Вы не можете подать своё дело
tm-repondre = Ответить
tm-invite = Приглашённый
tm-supprimer-le-message = Удалить сообщение
tm-supprimer-la-demande-de-correction-et = Удалить запрос на исправление и это сообщение
tm-supprimer-le-message-en-attente-de = Удалить сообщение, ожидающее ответа
tm-etes-vous-sur-de-vouloir-supprimer = Вы уверены, что хотите удалить это сообщение?
tm-email-automatique = Автоматическое письмо
tm-vous = Вы
tm-message-supprime = Сообщение удалено
tm-non-lu = Не прочитано
tm-usager = Пользователь
tm-vous-devez-effectuer-les-modifications = Вы должны внести запрошенные изменения, изменив своё дело.
tm-modifier-le-dossier = Изменить дело
tm-cree-depuis-le = Создано начиная с
tm-depose-depuis-le = Подано начиная с
tm-appliquer-les-filtres = Применить фильтры
tm-reinitialiser-les-filtres = Сбросить фильтры
tm-selectionner-un-filtre = Выбрать фильтр
tm-1-filtre-actif = 1 активный фильтр
tm-filtres-actifs = { $n ->
        [one] { $n } активный фильтр
        [few] { $n } активных фильтра
        [many] { $n } активных фильтров
       *[other] { $n } активного фильтра
    }
tm-supprimer-1-filtre-actif = Убрать 1 активный фильтр
tm-selectionner-un-statut = Выбрать статус
tm-afficher-les-dossiers-par-demarche = Показать дела по процедурам
tm-afficher = Показать

## ds: components dsfr

tm-telecharger-le-fichier = Скачать файл
tm-ce-lien-est-ephemere-et-ne = Эта ссылка временная, ею не следует делиться.
tm-afficher-le-mot-de-passe = Показать пароль
tm-afficher-la-confirmation-du-mot-de = Показать подтверждение пароля
tm-ladresse-electronique-semble-erronee = Адрес электронной почты, похоже, указан неверно
tm-vouliez-vous-ecrire = Возможно, вы имели в виду:
tm-recherche-en-cours-pour-le-siret = Идёт поиск по номеру SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } с уставным капиталом { $amount }
tm-donnee-remplie-automatiquement = Данные заполнены автоматически.
tm-une-erreur-est-survenue-lors-de = При анализе вашего документа произошла ошибка. Не обращайте внимания на это сообщение, если вы уверены в своём файле.
tm-masquer-le-message = Скрыть сообщение

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Номер дома и название улицы или местности
tm-une-erreur-est-survenue-lors-de-2 = При поиске произошла ошибка
tm-une-erreur-est-survenue-lors-de-3 = При поиске произошла ошибка. Если проблема не исчезнет, отметьте «Я не нахожу свой адрес в подсказках» («Je ne trouve pas mon adresse dans les suggestions») и продолжайте.
tm-ville = Город
tm-exemple-london = Пример: London
tm-ville-ou-commune = Город или коммуна
tm-renseignez-le-nom-ou-le-code = Введите название или почтовый индекс города, затем выберите коммуну в списке. Пример: Strasbourg
tm-code-postal = Почтовый индекс
tm-je-ne-trouve-pas-mon-adresse = Я не нахожу свой адрес в подсказках
tm-saisissez-une-adresse-une-voie-un = Введите адрес, улицу, название местности или коммуну. Пример: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Переместить карту, найдя адрес
tm-commencez-a-saisir = Начните вводить
tm-ajouter-un-point-sur-la-carte = Добавить точку на карте
tm-exemple = Пример:
tm-afficher-votre-position-sur-la-carte = Показать ваше местоположение на карте
tm-ajouter-le-point-avec-les-coordonnees = Добавить точку по координатам, введённым на карте
tm-ajouter-un-fichier-gpx-ou-kml = Добавить файл GPX или KML
tm-supprimer-le-fichier-2 = Удалить файл
tm-modification-a-deposer = изменение, которое нужно подать
tm-information-champ-actualise-par = Информация: поле обновлено администрацией. Проверьте его содержимое.
tm-la-taille-maximale-conseillee-est-de = Рекомендуемый максимальный размер — { $n ->
        [one] { $n } символ
        [few] { $n } символа
        [many] { $n } символов
       *[other] { $n } символа
    }.
tm-le-numero-dallocataire-caf = Номер получателя пособия CAF
tm-il-est-generalement-compose-de-7 = Обычно он состоит из 7 цифр.
tm-le-code-postal = Почтовый индекс
tm-il-est-generalement-compose-de-5 = Обычно он состоит из 5 цифр.
tm-numero-daccreditation = Номер аккредитации
tm-format-jj-mm-aaaa = Формат: ДД/ММ/ГГГГ
tm-le-numero-fiscal = Налоговый номер
tm-il-est-generalement-compose-de-13 = Обычно он состоит из 13 или 14 символов.
tm-la-reference-davis-dimposition = Номер налогового уведомления (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Обычно он состоит из 13 или 14 символов.
tm-identifiant-national-etudiant-il-est = Национальный идентификатор студента. Обычно он состоит из букв и цифр.
tm-identifiant = Идентификатор
tm-il-est-generalement-compose-de = Обычно он состоит из букв и цифр.
tm-ajouter-un-element-supplementaire-a = Добавить ещё один элемент в «{ $name }»
tm-supprimer = Удалить { $name } { $n }
tm-aucune-fondation-trouvee = Фонд не найден
tm-ce-rnf-correspond-a = Этот номер RNF соответствует: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] Остался { $n } символ.
        [few] Осталось { $n } символа.
        [many] Осталось { $n } символов.
       *[other] Осталось { $n } символа.
    }
tm-vous-avez-atteint-la-taille-maximale = Вы достигли рекомендуемого максимального размера.
tm-oui = Да

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Показать все ошибки

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Пароль приемлемый. Вы можете подтвердить его… или улучшить свой пароль.
tm-mot-de-passe-vulnerable = Слабый пароль.
tm-mot-de-passe-tres-vulnerable = Очень слабый пароль.
tm-pour-un-mot-de-passe-securise = Чтобы пароль был надёжным, не используйте последовательности или повторы одинаковых символов. Например, можно выбрать фразу (с пробелами), которую вы легко запомните.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Перейдите по этой ссылке, чтобы войти по новому адресу.
tm-nous-avons-detecte-une-erreur-reseau = Мы обнаружили сетевую ошибку, из-за которой не можем вас туда перенаправить. Обратитесь в свою IT-службу, чтобы она разрешила доступ к demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = имеет недопустимый тип
tm-est-trop-lourd-e-le-fichier = слишком большой. Размер файла должен быть не больше { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Запросить новый пароль
tm-vous-etes-connecte-e-vous-pouvez = Вы вошли в систему! Вы можете в любой момент переключаться между своими профилями: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Вы вышли из системы.

## ds: users

tm-votre-compte-a-deja-ete-active = Ваш аккаунт уже активирован.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE недоступен, сведения о предприятии поступят в течение нескольких часов.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = Если вы человек, оставьте это поле пустым

## ds: clipboard

tm-copie = Скопировано

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Найдите ответ в
tm-contact-technique = Техническая поддержка
tm-envoyez-nous-un-message-a = Напишите нам на { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = Нужна помощь с заполнением дела?

## ds: utils

tm-nombre-a-virgule = Дробное число
tm-nombre-entier = Целое число
tm-liste-a-choix-multiple = Список с множественным выбором
tm-deconnexion = Выход
tm-pieces-jointes = Вложения
tm-les-champs-suivis-dun-asterisque = Поля, отмеченные звёздочкой ( обязательно ), обязательны для заполнения.
tm-facultatif = (необязательно)
tm-envoyer-le-message = Отправить сообщение
tm-nouvel-onglet = Новая вкладка

## ds: skiplinks

tm-acces-rapide = Быстрый доступ
tm-contenu = Содержание

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Когда появятся варианты автозаполнения, используйте стрелки вверх и вниз для перемещения по списку. Нажмите Enter, чтобы выбрать вариант. Нажмите Esc, чтобы закрыть список.
tm-aucun-resultat = Ничего не найдено
tm-1-resultat = 1 результат
tm-resultats = результаты

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Простой инструмент для работы с административными формами в электронном виде.
tm-mon-compte = Мой аккаунт
tm-revenir-en-arriere = Вернуться назад
tm-revenir-en-arriere-sur-le-site = Вернуться назад, на сайт моей администрации
tm-menu-principal = Главное меню
tm-mes-dossiers = Мои дела
tm-consulter-mon-dossier = Открыть моё дело
tm-jai-une-question = У меня вопрос
tm-aller-a-la-page-daccueil = Перейти на главную страницу

## ds: views

tm-creation-de-compte-sur = Создание аккаунта на { $name }
tm-se-creer-un-compte-avec-une = Создать аккаунт с адресом электронной почты
tm-adresse-electronique = Адрес электронной почты
tm-mot-de-passe-caracteres-minimum = Пароль (не менее { $n ->
        [one] { $n } символа
        [few] { $n } символов
        [many] { $n } символов
       *[other] { $n } символа
    })
tm-avant-deffectuer-votre-demarche-nous = Прежде чем вы начнёте процедуру, нам нужно проверить ваш адрес электронной почты { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = Откройте свою почту и нажмите на ссылку активации в полученном письме.
tm-renvoyer-un-email-de-confirmation = Отправить письмо с подтверждением ещё раз
tm-lautorisation-de-vient-detre-revoquee = Разрешение для { $email } только что отозвано. Вы можете пригласить другого человека.
tm-vous-ne-pouvez-pas-revoquer-cette = Вы не можете отозвать это разрешение
tm-inviter-une-personne-a-modifier-ce = Пригласить человека изменить это дело
tm-gestion-des-invites = Управление приглашёнными
tm-les-invites-ont-le-droit-de = Приглашённые могут просматривать и изменять ваше дело.
tm-ajouter-un-invite = Добавить приглашённого
tm-envoyer-une-invitation = Отправить приглашение
tm-revoquer-lacces = Отозвать доступ
tm-aucun-invite-ne-peut-voir-et = Сейчас ни один приглашённый не может просматривать и изменять это дело.
tm-1-personne-invitee = 1 приглашённый человек
tm-personnes-invitees = { $n ->
        [one] { $n } приглашённый человек
        [few] { $n } приглашённых человека
        [many] { $n } приглашённых человек
       *[other] { $n } приглашённого человека
    }
tm-une-fois-le-dossier-complet-vous = Когда дело будет заполнено, вам нужно будет подать его самостоятельно.
tm-dernier = Последняя
tm-precedent = Предыдущая
tm-premier = Первая
tm-lusager-a-supprime-son-compte = (пользователь удалил свой аккаунт)
tm-cordialement = С уважением,
tm-modifie-par-lusager-le = Изменено пользователем { $date }
tm-passe-en-instruction-le = Передано на рассмотрение { $date }
tm-accepte-le = Принято { $date }
tm-classe-sans-suite-le = Закрыто без дальнейших действий { $date }
tm-telecharger-lattestation = Скачать справку
tm-votre-dossier-est-enregistre = Ваше дело сохраняется автоматически после каждого изменения. Вы можете в любой момент закрыть окно и позже продолжить с того места, где остановились.
tm-envoyer-et-marquer-le-dossier = Отправить и отметить дело
tm-en-attente-de-reponse = ОЖИДАЕТ ОТВЕТА
tm-votre-message-obligatoire = Ваше сообщение (обязательно)
tm-ecrivez-votre-message-a-l-administration = Напишите здесь ваше сообщение администрации
tm-identite-du-demandeur = Личные данные заявителя
tm-identite-du-mandataire = Личные данные представителя
tm-sections-du-formulaire = Разделы формы
tm-modifier-le-siret = Изменить номер SIRET
tm-lusager-a-pris-connaissance-de-la = Пользователь ознакомился с решением по своему делу { $agreement }.
tm-identifier-votre-etablissement = Укажите ваше учреждение
tm-civilite = Обращение
tm-nom = Фамилия
tm-renseignez-le-numero-de-siret-de = Укажите номер SIRET вашего предприятия, учреждения или ассоциации, чтобы начать процедуру.
tm-pour-trouver-votre-numero-siret-utilisez = Чтобы найти свой номер SIRET, воспользуйтесь { $annuaire_link } или спросите в своей бухгалтерии.
tm-continuer = Продолжить
tm-merci = Спасибо!
tm-votre-dossier-sur-la-demarche = Ваше дело по процедуре
tm-a-bien-ete-envoye = успешно отправлено.
tm-vous-avez-desormais-acces-a-votre = Теперь у вас есть доступ к вашему
tm-dossier-en-ligne = делу онлайн.
tm-vous-pouvez = Вы можете
tm-le-modifier = изменить его
tm-et = и
tm-echanger-avec-un-instructeur = общаться с сотрудником, рассматривающим дело.
tm-telecharger-mon-dossier = Скачать моё дело
tm-telecharger-mon-attestation = Скачать мою справку
tm-suivi-de-votre-dossier = Ход рассмотрения вашего дела
tm-votre-dossier = Ваше дело
tm-dossier-n = Дело № { $n }
tm-en-brouillon-depuis-le = - Черновик с { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (PDF-файл дела)
tm-brouillon = черновик
tm-votre-dossier-est-en-cours-dinstruction = Ваше дело рассматривается администрацией. Вы больше не можете его изменить.
tm-votre-dossier-est-soumis-au-cadre = На ваше дело распространяется правовой режим «Silence Vaut Accord» (молчание означает согласие)
tm-votre-dossier-est-soumis-au-cadre-2 = На ваше дело распространяется правовой режим «Silence Vaut Rejet» (молчание означает отказ)
tm-termine = завершено
tm-vous-avez-une-question-utilisez-la = У вас есть вопрос? Используйте раздел сообщений, чтобы напрямую связаться с администрацией.
tm-motivation = Обоснование:
tm-attestation = Справка:
tm-votre-dossier-a-ete-accepte = Ваше дело принято
tm-motif-de-lacceptation = Причина принятия
tm-votre-dossier-a-ete-refuse = Ваше дело отклонено
tm-envoyer-un-message-a-ladministration = Отправить сообщение администрации
tm-dernier-message = Последнее сообщение
tm-votre-prochain-rendez-vous = Ваша следующая запись на приём
tm-voir-mon-rendez-vous-sur-rdv = Посмотреть мою запись на RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = Изменить дело - Вы можете изменять своё дело, пока оно не передано на рассмотрение
tm-rechercher-un-dossier-par-n-de = Найти дело (по номеру дела, ключевым словам…)
tm-rechercher-un-dossier-par-n-de-2 = Найти дело (по номеру дела, фамилии / имени, ключевым словам…)
tm-saisissez-votre-recherche = Введите запрос
tm-resultat-de-la-recherche-pour = Результат поиска по запросу «{ $search_terms }»
tm-et-pour-la-procedure = и по процедуре «{ $name }»
tm-dossier-numero = Дело номер { $n }
tm-ladministration-ne-traitera-plus-votre = Администрация больше не будет рассматривать ваше заявление.
tm-dossier-n-2 = дело №
tm-ne-correspond-aux-termes-recherches = не соответствует условиям поиска
tm-ne-correspond-aux-filtres-selectionnes = не соответствует выбранным фильтрам
tm-cette-demarche-est-close-vous-ne = Эта процедура закрыта Вы не можете подать это дело. Предлагаем вам подать новое в процедуре { $link }, которая её заменяет.
tm-cette-demarche-est-close-vous-ne-2 = Эта процедура закрыта Вы не можете ни подать это дело, ни подать новое по этой процедуре. { $link }
tm-cette-demarche-est-close-votre-dossier = Эта процедура закрыта Ваше дело подано и может быть рассмотрено администрацией. При необходимости вы можете подать новое дело в процедуре { $link }, которая её заменяет.
tm-cette-demarche-est-close-votre-dossier-2 = Эта процедура закрыта Ваше дело подано и может быть рассмотрено администрацией. Вы не можете подать новое дело по этой процедуре. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Эта процедура закрыта Ваше дело обработано администрацией. При необходимости вы можете подать новое дело в процедуре { $link }, которая её заменяет.
tm-cette-demarche-est-close-votre-dossier-4 = Эта процедура закрыта Ваше дело обработано администрацией. Вы не можете подать новое дело по этой процедуре. { $link }
tm-nouvelle-demarche-disponible = Доступна новая процедура
tm-cette-demarche = эта процедура
tm-ce-dossier-attend-vos-corrections = Это дело ждёт ваших исправлений Посмотрите, какие изменения нужно внести, в разделе сообщений дела номер { $n }.
tm-ce-dossier-attend-votre-reponse = Это дело ждёт вашего ответа
tm-consultez-la-messagerie-du-dossier = Откройте раздел сообщений дела номер { $n } и ответьте администрации.
tm-cree-le = Создано { $date }
tm-mis-a-la-corbeille-automatiquement-le = Автоматически перемещено в корзину { $date }, так как истёк максимальный срок хранения
tm-commencer-un-nouveau-dossier = Начать новое дело
tm-dupliquer-le-dossier = Создать копию дела
tm-voulez-vous-vraiment-mettre-a-la = Вы действительно хотите переместить это дело в корзину?
tm-en-continuant-vous-allez-supprimer-ce = Продолжив, вы удалите это дело, содержащиеся в нём сведения, а также запрос на его передачу пользователю { $email }. Любое удаление означает отмену текущей процедуры. Подтвердить удаление?
tm-continuer-a-remplir = Продолжить заполнение
tm-restaurer = Восстановить
tm-restaurer-et-etendre-la-conservation-du = Восстановить дело номер { $id } и продлить его хранение ({ $duree_conservation_dossiers_dans_ds } мес.)
tm-autres-actions = Другие действия
tm-le-support-technique = Техническая поддержка
tm-une-demande-de-transfert-est-en = Идёт запрос на передачу дела № { $n } пользователю { $email }
tm-une-demande-de-transfert-par-le = Идёт запрос технической поддержки на передачу дела № { $n } пользователю { $email }
tm-demande-de-transfert-par-le-support = Запрос технической поддержки на передачу дела № { $n } от { $email }
tm-accepter = Принять
tm-refuser = Отклонить
tm-connexion-a = Вход на { $name }
tm-mot-de-passe-oublie = Забыли пароль?
tm-trouvez-votre-demarche = Найдите свою процедуру
tm-vous-etes-agent-de-la-fonction = Вы государственный служащий?
tm-accedez-a-notre-page-dediee = Перейдите на нашу специальную страницу
tm-se-connecter-avec-son-compte = Войти со своим аккаунтом
tm-si-vous-voyez-cette-page-trop = Если вы видите эту страницу слишком часто, обратитесь к нашей справке.
tm-changement-de-mot-de-passe = Смена пароля
tm-changer-le-mot-de-passe = Сменить пароль
tm-si-un-compte-existe-avec-ladresse = Если аккаунт с адресом { $email } существует, мы отправили вам письмо для сброса пароля.
tm-vous-navez-pas-recu-lemail = Вы не получили письмо?
tm-verifiez-la-boite-indesirables-ou-spam = Проверьте папку «Нежелательная почта» или «Спам» в своей почте.
tm-vous-etes-vous-connecte-avec-france = Вы раньше входили через France Connect? В этом случае попробуйте снова войти через France Connect.
tm-le-compte-a-pu-etre-supprime = Аккаунт мог быть удалён из-за долгого отсутствия активности при отсутствии текущих дел. В этом случае вам нужно будет заново создать аккаунт, начав с какой-либо процедуры.
tm-lien-de-reinitialisation-du-mot-de = Ссылка для сброса пароля отправлена
tm-attention-ce-courriel-peut-mettre-jusqua = Внимание, это письмо может идти до 15 минут.
tm-en-cas-de-difficultes-nous-restons = Если возникнут трудности, вы можете связаться с нами через эту форму.

## ds: modal

tm-publier-la-demarche = Опубликовать процедуру
tm-reactiver-la-demarche = Снова открыть процедуру
tm-vous-vous-appretez-a-publier-votre = Вы собираетесь опубликовать свою процедуру для всех.
tm-vous-vous-appretez-a-reactiver-votre = Вы собираетесь снова открыть свою процедуру.
tm-publier = Опубликовать

## ds: activerecord

tm-la-nouvelle-adresse-electronique = Новый адрес электронной почты
tm-numero-siret = Номер SIRET
tm-la-demarche-est-mise-en-uvre = Процедуру проводит
tm-valeur-du-champ = Значение поля
tm-lobjet-genere-sera-tronque-sil-depasse = Сгенерированная тема будет обрезана, если она длиннее 100 символов.
tm-est-invalide-saisissez-un-numero-de = недействителен. Введите правильный номер телефона. Пример: 0612345678
tm-nest-pas-un-lien-valide = не является действительной ссылкой
tm-aucun-resultat-ne-correspond-a-votre = По вашему запросу ничего не найдено.
tm-trop-de-demandes-nous-reessayons-pour = Слишком много запросов. Мы пробуем снова за вас.
tm-erreur-du-serveur-nous-reessayons-pour = Ошибка сервера. Мы пробуем снова за вас.
tm-service-indisponible-nous-reessayons = Сервис недоступен. Мы пробуем снова за вас.
tm-la-demande-a-pris-trop-de = Запрос выполнялся слишком долго. Мы пробуем снова за вас.
tm-probleme-de-connexion-nous-reessayons = Проблема с подключением. Мы пробуем снова за вас.
tm-resultat-introuvable-verifiez-vos = Результат не найден. Проверьте свои данные.
tm-non-autorise-connectez-vous-pour = Нет доступа. Войдите, чтобы продолжить.
tm-invitation-deja-envoyee = : Приглашение уже отправлено
tm-votre-lien-de-nouveau-mot-de = : Срок действия вашей ссылки для нового пароля истёк. Пожалуйста, запросите новую.
tm-nest-pas-assez-complexe-saisir-un = недостаточно сложный. Введите более сложный пароль
tm-les-deux-mots-de-passe-ne = : Два пароля не совпадают
tm-ne-peut-etre-identique-a-lancienne = не может совпадать с прежним. Введите другой адрес электронной почты
tm-est-deja-utilise-par-une-demarche = уже используется в процедуре. Вы не можете его использовать, так как он принадлежит другому администратору.
tm-nest-pas-valide-il-doit-comporter = недействителен. Он должен содержать не менее 3 и не более 200 символов, допускаются только символы a-z, 0-9, '_' и '-'.
tm-ne-peut-pas-etre-utilise-car = нельзя использовать, так как это последняя ссылка процедуры.
tm-doit-posseder-13-ou-14-caracteres = должен содержать 13 или 14 символов
tm-doit-etre-dans-les-options-proposees = должно быть одним из предложенных вариантов
tm-doit-etre-un-nom-de-region = должно быть действительным названием региона
tm-doit-etre-un-code-de-region = должно быть действительным кодом региона
tm-doit-etre-un-nom-de-departement = должно быть действительным названием департамента
tm-doit-etre-un-code-de-departement = должно быть действительным кодом департамента
tm-doit-etre-un-code-depci-du = должно быть кодом EPCI соответствующего департамента
tm-doit-etre-un-nom-depci-du = должно быть названием EPCI соответствующего департамента
tm-doit-etre-un-entier = должно быть целым числом

## ds: errors

tm-le-champ = Поле «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = Дело не существует, или у вас нет к нему доступа.
tm-ce-lien-dinvitation-nest-plus-valable = Эта ссылка-приглашение больше не действует, или дело больше недоступно.
tm-une-erreur-est-survenue-lors-de-4 = При подключении к FranceConnect произошла ошибка. Пожалуйста, попробуйте снова.
tm-seul-e-s-les-usagers-peuvent = Только пользователи могут входить через France Connect. Если вы проверяющий сотрудник или администратор, сбросьте, пожалуйста, свой пароль.
tm-desole-la-recuperation-des-informations = К сожалению, получение сведений SIRET временно недоступно. Пожалуйста, повторите попытку через несколько минут.
tm-nous-navons-pas-trouve-detablissement = Мы не нашли учреждения, соответствующего этому номеру SIRET.
tm-lexpression-reguliere-que-vous-avez = Введённое вами регулярное выражение потенциально опасно и может вызвать проблемы с производительностью
tm-lexemple-doit-correspondre-a-lexpression = Пример должен соответствовать указанному регулярному выражению
tm-doit-etre-un-nombre-superieur-ou = должно быть числом больше или равным { $n }
tm-doit-etre-un-nombre-inferieur-ou = должно быть числом меньше или равным { $n }
tm-doit-etre-une-date-dans-le = должно быть датой в прошлом
tm-doit-etre-une-date-comprise-entre = должно быть датой между { $start_date } и { $end_date }
tm-doit-etre-une-date-superieure-ou = должно быть датой не раньше { $date }
tm-doit-etre-une-date-inferieure-ou = должно быть датой не позже { $date }
tm-doit-comprendre-entre-1-et-3 = должно содержать от 1 до 3 цифр после точки
tm-doit-etre-une-date-correctement-formatee = должно быть датой в правильном формате
tm-doit-etre-une-date-et-heure = должно быть датой и временем в правильном формате
tm-doit-etre-rempli = должно быть заполнено
tm-votre-session-a-ete-renouvelee-merci = Ваш сеанс был обновлён. Пожалуйста, повторите это действие с этой страницы.

## ds: users

tm-ce-dossier-est-depose-sur-une = Это дело подано по процедуре в тестовом режиме. Любое изменение процедуры администратором (добавление поля, публикация процедуры...) приведёт к удалению дела.
tm-votre-dossier-ne-peut-plus-etre = Ваше дело больше нельзя изменить
tm-completez-lidentification-de = Завершите идентификацию учреждения, чтобы продолжить.
tm-votre-dossier-a-bien-ete-duplique = Копия вашего дела создана. Теперь вы можете проверить её, изменить и затем подать.
tm-linstruction-de-votre-dossier-a-commence = Рассмотрение вашего дела началось, удалить его больше нельзя. Если вы хотите отменить рассмотрение, свяжитесь с администрацией через раздел сообщений вашего дела.
tm-votre-dossier-a-bien-ete-mis = Ваше дело перемещено в корзину
tm-le-dossier-n-est-pas-correctement = Дело заполнено неправильно.
tm-votre-dossier-a-bien-ete-restaure = Ваше дело восстановлено
tm-aucun-etablissement-nest-associe-a-ce = С этим делом не связано ни одно учреждение
tm-identite-enregistree = Личные данные сохранены
tm-attestation-de-depot = Справка о подаче
tm-dossier-depose-le = Дело подано
tm-etat-du-dossier = Статус дела
tm-depose-en-attente-dexamen-par = подано, ожидает рассмотрения администрацией
tm-refuse = отклонено
tm-classe-sans-suite = закрыто без дальнейших действий
tm-service-administratif = Административная служба
tm-fait-le = Составлено { $date },
tm-obtenir-une-attestation-de-depot-de = Получить справку о подаче дела
tm-dossier-n-en-corbeille = Дело № { $n } - В корзине
tm-vous-pouvez-retrouver-ce-dossier-depuis = Вы можете найти это дело на вкладке «Корзина» вашего аккаунта. Сейчас его нельзя просмотреть.
tm-ce-dossier-a-ete-mis-a = Это дело перемещено в корзину по вашей просьбе: вы ещё можете его восстановить.
tm-si-ce-dossier-a-ete-mis = Если это дело было перемещено в корзину по вашей просьбе: вы ещё можете его восстановить.
tm-si-ce-dossier-a-ete-mis-2 = Если это дело было автоматически перемещено в корзину, потому что истёк максимальный срок его хранения: советуем как можно скорее скачать его, пока оно не удалено окончательно.
tm-dossier-n-supprime-definitivement = Дело № { $n } - Удалено окончательно
tm-vous-ne-pouvez-plus-recuperer-ce = Вы больше не можете восстановить это дело по одной из следующих причин:
tm-il-a-ete-mis-a-la = Оно было перемещено в корзину по вашей просьбе, а затем автоматически удалено.
tm-il-a-ete-supprime-car-son = Оно было удалено, потому что истёк максимальный срок его хранения.
tm-vous-pouvez-retrouver-lensemble-des = Все удалённые дела вашего аккаунта (кроме черновиков, «BROUILLON») можно найти на странице «История удалённых дел» («Historique des dossiers supprimés»).

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = Ваш аккаунт FranceConnect использует { $email } как контактный адрес электронной почты.
tm-souhaitez-vous-lutiliser-pour-recevoir = Хотите использовать его для получения уведомлений о ходе ваших дел?
tm-valider = Подтвердить
tm-veuillez-nous-fournir-ladresse = Пожалуйста, укажите адрес электронной почты, по которому с вами можно связаться
tm-oui-utiliser-comme-adresse-electronique = Да, использовать { $email } как контактный адрес электронной почты
tm-non-utiliser-une-autre-adresse = Нет, использовать другой адрес электронной почты
tm-fusion-des-comptes-franceconnect-et = Объединение аккаунтов FranceConnect и { $name }
tm-bonjour-votre-compte-franceconnect = Здравствуйте, ваш аккаунт FranceConnect использует { $email } как контактный адрес электронной почты. Однако на { $name } уже есть аккаунт с этим адресом электронной почты.
tm-pour-les-fusionner-entrez-votre-mot = Чтобы объединить их, введите свой пароль
tm-fusionner-les-comptes = Объединить аккаунты
tm-utiliser-cette-adresse-electronique = Использовать этот адрес электронной почты
tm-nous-venons-de-vous-envoyer-le = Мы только что отправили вам письмо с подтверждением; пожалуйста, нажмите на ссылку в этом письме, чтобы объединить аккаунты
tm-le-lien-de-confirmation-a-expire = Срок действия ссылки подтверждения истёк. Новая ссылка подтверждения отправлена вам по электронной почте.
tm-une-erreur-inattendue-est-survenue = Произошла непредвиденная ошибка. Если проблема не исчезнет, обратитесь в службу поддержки.
tm-vous-avez-ete-deconnecte-de-votre = Вы вышли из своего прежнего аккаунта. Пожалуйста, снова нажмите на ссылку подтверждения.
tm-utilisateur-non-trouve = Пользователь не найден
tm-les-comptes-franceconnect-et-sont-a = Аккаунты FranceConnect и { $name } теперь объединены

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Вы можете скачать свою справку по следующему адресу: { $link }
tm-pour-obtenir-le-detail-de-cette = Чтобы узнать подробности этого изменения решения, вы можете обратиться в службу: { $name }.
tm-a-ete-refuse-le = отклонено { $date }
tm-le-motif-de-refus-est-le = Причина отказа:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Вы не указали номер SIRET службы для некоторых своих процедур. Пожалуйста, измените их.
tm-certaines-de-vos-demarches-nont-pas = У некоторых ваших процедур нет связанной службы.
tm-ajouter-un-service-a-la-demarche = Добавить службу к процедуре { $n }
tm-temps-de-remplissage-estime-min-variable = Примерное время заполнения: { $n } мин (зависит от выбранных вариантов)
tm-quels-sont-les-delais-dinstruction-pour = Каковы сроки рассмотрения по этой процедуре?
tm-liste-des-pieces-en-fonction-de = Список документов в зависимости от вашей ситуации
tm-le-sva-ou-silence-vaut-accord = SVA, или «Silence Vaut Accord» (молчание означает согласие), — это правовой принцип, который определяет, что происходит с заявлением, если администрация не отвечает: заявление будет автоматически принято по истечении срока, если ваше дело полное.
tm-le-svr-ou-silence-vaut-rejet = SVR, или «Silence Vaut Rejet» (молчание означает отказ), — это правовой принцип, который определяет, что происходит с заявлением, если администрация не отвечает: заявление будет автоматически отклонено по истечении срока, если ваше дело полное.

## ds: layouts

tm-super-admin = суперадминистратор

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Укажите номер дома и название улицы или местности
tm-renseigner-la-ville-ou-commune = Укажите город или коммуну
tm-renseigner-un-code-postal = Укажите почтовый индекс
tm-format-attendu-jj-mm-aaaa = Нужный формат: ДД/ММ/ГГГГ.
tm-format-attendu-jj-mm-aaaa-hh = Нужный формат: ДД/ММ/ГГГГ ЧЧ:ММ.
tm-format-attendu-un-numero-de-dossier = Нужный формат: номер дела, поданного на { $name }
tm-ne-doit-pas-contenir-de-caracteres = не должно содержать специальных символов
tm-doit-faire-au-moins-caracteres = должно содержать не менее { $n ->
        [one] { $n } символа
        [few] { $n } символов
        [many] { $n } символов
       *[other] { $n } символа
    }
tm-doit-faire-moins-de-caracteres = должно содержать менее { $n ->
        [one] { $n } символа
        [few] { $n } символов
        [many] { $n } символов
       *[other] { $n } символа
    }
tm-est-invalide-saisissez-un-numero-iban = недействителен. Введите правильный номер IBAN. Пример (Франция): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Пример (Франция): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Можно выбрать один или несколько вариантов.

## ds: activemodel

tm-region-code-region = Регион и код региона

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Нужный формат: действительный номер телефона. Пример: 0612345678
tm-doit-commencer-par-un-w-majuscule = должно начинаться с заглавной буквы W, за которой следуют 9 цифр или букв. Пример: W503726238
tm-le-numero-rna-saisi-ne-correspond = введённый номер RNA { $value } не соответствует ни одной организации, введите действительный номер RNA
tm-une-erreur-reseau-a-empeche-lassociation = из-за сетевой ошибки не удалось найти ассоциацию, связанную с этим номером RNA, попробуйте позже
tm-numero-rna = Номер RNA
tm-nom-de-lassociation = Название ассоциации
tm-objet-de-lassociation = Цель ассоциации
tm-date-de-creation = Дата создания
tm-date-de-publication = Дата публикации
tm-format-attendu-un-w-majuscule-suivi = Нужный формат: заглавная буква W, за которой следуют 9 цифр или букв. Пример: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (фонд не найден)
tm-numero-rnf = Номер RNF
tm-mise-a-jour-le = Обновлено
tm-comporte-une-erreur-de-saisie-corrigez = содержит ошибку ввода. Исправьте её.
tm-ne-correspond-pas-a-un-etablissement = не соответствует ни одному существующему учреждению
tm-dossier-supprime = Дело удалено
tm-demande-de-lusager = Запрос пользователя
tm-suppression-dune-demarche = Удаление процедуры
tm-numero-de-dossier = Номер дела
tm-etat = Статус
tm-demande-de-correction = Запрос на исправление
tm-pour-vous = Для себя
tm-pour-un-beneficiaire-membre-de-la = Для получателя: член семьи, близкий человек, доверитель, специалист, ведущий дело…
tm-a-corriger = Нужно исправить
tm-dossier-non-modifie = Дело не изменено
tm-demande-de-correction-annulee = Запрос на исправление отменён
tm-reponse-donnee = Ответ дан
tm-le-dossier-nest-pas-valide-et = Дело недействительно и требует исправления
tm-le-dossier-doit-etre-mis-a = Дело нужно обновить и снова подтвердить
tm-depose-depuis-longtemps = Подано давно
tm-depose-depuis-j = { $days ->
        [one] Подано { $days } день назад
        [few] Подано { $days } дня назад
        [many] Подано { $days } дней назад
       *[other] Подано { $days } дня назад
    }
tm-expire-bientot = Скоро истекает
tm-expire-dans-j = { $days ->
        [one] Истекает через { $days } день
        [few] Истекает через { $days } дня
        [many] Истекает через { $days } дней
       *[other] Истекает через { $days } дня
    }
tm-bientot-supprime = Скоро будет удалено
tm-suppression-dans-j = { $days ->
        [one] Удаление через { $days } день
        [few] Удаление через { $days } дня
        [many] Удаление через { $days } дней
       *[other] Удаление через { $days } дня
    }
tm-message = Сообщение
tm-annotation-privee = Личная пометка
tm-ladresse-electronique = Адрес электронной почты { $message }
tm-est-invalide = недействителен
tm-parcelle-agricole = Сельскохозяйственный участок
tm-selection-utilisateur = Выбор пользователя
tm-ne-peut-pas-etre-vide = не может быть пустым
tm-nest-pas-un-geojson-valide = не является действительным GeoJSON
tm-contient-des-coordonnees-invalides = содержит недопустимые координаты, пожалуйста, используйте систему координат WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Участок № { $n } - Лист { $prefixe } { $section } - { $surface } м² – коммуна { $commune }
tm-parcelle-n-hectares = Участок № { $n } - { $surface } га
tm-une-aire-de-surface-m2 = Площадь { $area } м²
tm-une-aire-de-surface-inconnue = Площадь неизвестна

## ds: activerecord

tm-doit-etre-different-de-celui-du = должен отличаться от адреса представителя
tm-notifier-le-beneficiaire = Уведомить получателя:
tm-pas-de-notification = Без уведомления
tm-votre-dossier-n-est-en-train = Ваше дело № { $n } повторно рассматривается ({ $name })

## ds: activemodel

tm-annee = Год
tm-depuis-le-debut = С самого начала
tm-en = (в { $year } году)
tm-nombre-de-demarches = Количество процедур
tm-nombre-de-demarches-publiees-ou-closes = Количество опубликованных или закрытых процедур { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = Дело подано с аккаунта FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = Дело подано с аккаунта { $name }.
tm-le-service-traitant-na-pas-ete = Служба, ведущая дело, не смогла рассмотреть ваше заявление в срок, установленный правилом «Silence Vaut Rejet» (молчание означает отказ).
tm-expirera-le-mois-apres-le-depot = Истечёт { $date } ({ $n ->
        [one] через { $n } месяц
        [few] через { $n } месяца
        [many] через { $n } месяцев
       *[other] через { $n } месяца
    } после подачи дела)
tm-ce-dossier-est-en-instruction-il = Это дело на рассмотрении, его срок не истечёт
tm-expirera-le-mois-apres-le-traitement = Истечёт { $date } ({ $n ->
        [one] через { $n } месяц
        [few] через { $n } месяца
        [many] через { $n } месяцев
       *[other] через { $n } месяца
    } после обработки дела)
tm-expirera-le-mois-apres-le-traitement-2 = Истечёт { $date } ({ $n ->
        [one] через { $n } месяц
        [few] через { $n } месяца
        [many] через { $n } месяцев
       *[other] через { $n } месяца
    } после обработки дела)
tm-la-recuperation-automatique-des-donnees = Идёт автоматическое получение данных для получателя пособия № { $numero_allocataire } с почтовым индексом { $code_postal }.
tm-des-donnees-concernant-liees-au-compte = От CAF получены данные о { $sources }, связанные с аккаунтом № { $numero_allocataire } с почтовым индексом { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = Данные получены от Caisse nationale d’allocations familiales (национальная касса семейных пособий)
tm-la-recuperation-automatique-des-donnees-2 = Идёт автоматическое получение данных для налогоплательщика № { $numero_fiscal } с номером налогового уведомления { $reference_avis }.
tm-des-donnees-concernant-liees-au = От DGFiP получены данные о { $sources }, связанные с налогоплательщиком № { $numero_fiscal } с номером налогового уведомления { $reference_avis }.
tm-donnees-obtenues-de-la-direction = Данные получены от Direction générale des Finances publiques (налоговая служба)
tm-la-recuperation-automatique-des-donnees-3 = Идёт автоматическое получение данных для идентификатора { $identifiant }.
tm-des-donnees-concernant-liees-a = От Pôle emploi получены данные о { $sources }, связанные с идентификатором { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = Данные получены от Pôle emploi
tm-des-donnees-concernant-liees-a-line = От MESRI получены данные о { $sources }, связанные с INE { $ine }.
tm-donnees-obtenues-du-mesri = Данные получены от MESRI
tm-entrer-une-autre-option = Ввести другой вариант

## ds: carte

tm-deploiement-par-departement = Внедрение по департаментам
tm-quelle-carte-souhaitez-vous = Какую карту вы хотите?

## ds: views

tm-selectionnez = Выберите

## ds: activerecord

tm-votre-adresse-electronique = Ваш рабочий адрес электронной почты
tm-sujet = Тема

## ds: contact

tm-votre-question = Ваш вопрос
tm-notre-reponse = Наш ответ
tm-une-capture-decran-peut-nous-aider = Снимок экрана может помочь нам легче найти место, которое нужно улучшить.
tm-une-capture-decran-peut-nous-aider-2 = Снимок экрана может помочь нам легче понять проблему.
tm-taille-maximale-autorisee-200-mo-formats = Максимальный допустимый размер: 200 МБ. Поддерживаемые форматы: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Свяжитесь с нами через эту форму, и мы ответим вам как можно скорее. Не забудьте дать нам как можно больше сведений, чтобы мы могли помочь вам наилучшим образом.
tm-jai-un-probleme-lors-du-remplissage = У меня проблема при заполнении дела
tm-avez-vous-bien-verifie-que-tous = Вы проверили, что все обязательные поля ( * ) заполнены? Если у вас есть вопросы о том, какие сведения нужно ввести, обратитесь в службы, отвечающие за процедуру (FAQ).
tm-jai-une-question-sur-linstruction-de = У меня вопрос о рассмотрении моего дела
tm-si-vous-avez-des-questions-sur = Если у вас есть вопросы о рассмотрении вашего дела (например, о сроках), советуем обратиться напрямую в службы, которые рассматривают ваше дело, через раздел сообщений (FAQ). Если вы хотите задать вопрос о технической проблеме на сайте, используйте форму ниже. Мы не сможем ответить на вопросы о рассмотрении вашего дела.
tm-jai-une-idee-damelioration-pour-votre = У меня есть идея, как улучшить ваш сайт
tm-une-idee-pensez-a-consulter-notre = Есть идея? Загляните в нашу таблицу улучшений: голосуйте за улучшения, важные для вас, предлагайте свою идею.
tm-nous-vous-invitons-a-contacter = Советуем обратиться в администрацию, отвечающую за вашу процедуру, чтобы она сообщила вам нужную ссылку. Она должна выглядеть так: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. Здесь также можно посмотреть список наших самых частых процедур (разрешения, detr и т.д.).
tm-autre-sujet = Другая тема
tm-votre-message-a-ete-envoye-sur = Ваше сообщение отправлено в раздел сообщений вашего дела.
tm-votre-message-a-ete-envoye = Ваше сообщение отправлено.
tm-la-piece-jointe-doit-etre-un = Вложение должно быть файлом

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = Вы получили новое сообщение от администрации, отвечающей за ваше дело по процедуре «{ $name }».
tm-pour-consulter-le-message-et-y = Чтобы прочитать сообщение и ответить на него, нажмите на кнопку ниже:
tm-si-vous-souhaitez-repondre-a-ce = Если вы хотите ответить на это сообщение, свяжитесь с администрацией напрямую по следующему адресу: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Если вы хотите ответить на это сообщение, свяжитесь с администрацией напрямую по контактам внизу этого письма.
tm-lire-le-message = Прочитать сообщение
tm-vous-avez-commence-a-remplir-un = Вы начали заполнять дело по процедуре «{ $name }».
tm-vous-pouvez-retrouver-et-completer-votre = Вы можете найти и дополнить своё дело, нажав на кнопку ниже:
tm-vous-pouvez-deposer-votre-dossier = Вы можете подать своё дело не позднее { $before }.
tm-afficher-votre-dossier = Открыть ваше дело
tm-vous-devez-corriger-votre-dossier-n = Вы должны исправить своё дело № { $n } «{ $name }»
tm-afin-de-poursuivre-son-instruction-un = Чтобы продолжить рассмотрение, сотрудник, рассматривающий дело, просит вас внести исправления в ваше дело № { $n } по процедуре «{ $name }».
tm-afin-de-commencer-son-instruction-un = Чтобы начать рассмотрение, сотрудник, рассматривающий дело, просит вас дополнить ваше дело № { $n } по процедуре «{ $name }».
tm-consultez-la-messagerie-de-votre-dossier = Откройте раздел сообщений вашего дела, чтобы узнать, какие изменения нужно внести, а затем измените дело прямо на сайте.
tm-ouvrir-la-messagerie = Открыть раздел сообщений
tm-vous-avez-une-demande-de-transfert = У вас есть запрос на передачу, ожидающий ответа.
tm-afin-de-pouvoir-accepter-ou-refuser = Чтобы принять или отклонить запрос, вы должны войти на { $name }:
tm-acceder-a-la-demande-de-transfert = перейти к запросу на передачу
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Чтобы принять или отклонить запрос, у вас должен быть аккаунт:
tm-se-creer-un-compte-sur = создать аккаунт на { $name }
tm-vous-adresse-une-demande-de-transfert = { $name } отправляет вам запрос на передачу { $n ->
        [one] { $n } дела
        [few] { $n } дел
        [many] { $n } дел
       *[other] { $n } дела
    }.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } отправляет вам запрос на передачу дела № { $n } по процедуре

## ds: layouts

tm-accueil-liste-des-demarches = Главная - Список процедур
tm-vous-etes-ici = Вы находитесь здесь
tm-voir-le-fil-dariane = Показать навигационную цепочку
tm-previsualiser-le-formulaire = Предпросмотр формы
tm-previsualiser-les-annotations = Предпросмотр аннотаций
tm-depuis-le = с { $date }
tm-publiee = Опубликована
tm-en-test = В тестовом режиме
tm-a-modifier = Нужно изменить
tm-pour-plus-dinformation-sur-la-phase = Подробнее о тестовом этапе
tm-consulter-la-faq = посмотреть ответы на частые вопросы (FAQ)
tm-suivi-des-dossiers = { $name } – Отслеживание дел
tm-modifier-le-lien-de-la-demarche = Изменить ссылку процедуры
tm-pour-vous-adresser-a-votre = Чтобы обратиться в свою администрацию, воспользуйтесь напрямую
tm-page-de-contact = Страница контактов:
tm-horaires = Часы работы:
tm-consultez-laide-en-ligne = Посмотрите онлайн-справку
tm-consultez-la-page-de-contact-de = Откройте страницу контактов администрации
tm-lequipe = Команда
tm-nous-vous-informons-que-le-dossier = Сообщаем вам, что дело № { $dossier_id }, заполненное от вашего имени { $mandataire_first_name } { $mandataire_last_name }, по процедуре
tm-a-ete-classe-sans-suite-le = закрыто без дальнейших действий { $date }.
tm-a-ete-rendue = вынесено.

## ds: root

tm-effectuer-une-demarche-administrative-en = Пройти административную процедуру онлайн
tm-vous-souhaitez-effectuer-une-demande = Вы хотите подать заявление в государственное учреждение?
tm-realisez-vos-demandes-en-toute = Подавайте заявления просто и находите свои дела онлайн
tm-comment-trouver-ma-demarche = Как найти мою процедуру?
tm-dossiers-deposes = поданных дел
tm-reduction-des-delais-de-traitement = сокращение сроков рассмотрения
tm-une-question-un-probleme = Вопрос, проблема?
tm-la-reponse-est-dans-laide-en = Ответ — в онлайн-справке
tm-administration-vous-voulez = Администрация: хотите перевести процедуры в электронный вид?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect — это решение, предложенное государством, чтобы сделать вход в ваши онлайн-сервисы безопаснее и проще.
tm-sidentifier-avec = Войти через
tm-ou = или
tm-vous-avez-deja-un-compte = У вас уже есть аккаунт?
tm-jai-deja-un-compte = У меня уже есть аккаунт
tm-creer-un-compte = Создать аккаунт
tm-votre-adresse-electronique-nest-pas = Ваш адрес электронной почты не подтверждён, поэтому вы не будете получать сообщения от { $name }. Пожалуйста, проверьте входящие письма и нажмите на ссылку для подтверждения. Вы не получили письмо?
tm-telecharger-le-modele = Скачать образец

## ds: commencer

tm-commencer-la-demarche = Начать процедуру
tm-vous-avez-deja-des-dossiers-pour = У вас уже есть дела по этой процедуре
tm-voir-mes-dossiers-en-cours = Посмотреть мои текущие дела
tm-vous-avez-un-dossier-prerempli = У вас есть предварительно заполненное дело
tm-vous-etes-prete-a-poursuivre-un = Вы можете продолжить предварительно заполненное дело по процедуре «{ $name }», начатое { $time } назад.
tm-vous-avez-deja-commence-a-remplir = Вы уже начали заполнять дело
tm-il-y-a-vous-avez-depose = { $time } назад вы подали дело по процедуре «{ $name }».
tm-poursuivre-mon-dossier-prerempli = Продолжить моё предварительно заполненное дело
tm-continuer-a-remplir-mon-dossier = Продолжить заполнение моего дела
tm-voir-mon-dossier-depose = Посмотреть моё поданное дело
tm-vous-souhaitez-effectuer-une-demande-par = Хотите подать заявление на бумаге? Вы можете скачать пустое дело в формате PDF и отправить его в соответствующую администрацию: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = Скачать пустое дело в формате PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [one] Ваше последнее созданное дело ({ $n }):
        [few] Ваши { $n } последних созданных дела:
        [many] Ваши { $n } последних созданных дел:
       *[other] Ваши { $n } последнего созданного дела:
    }
tm-n-cree-il-y-a = № { $n }, создано { $date } назад, { $state }
tm-la-demarche-est-close-depuis-le = Процедура { $name } закрыта с { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = Вы собираетесь передать дело { $state } № { $n }, поданное { $name } { $date }, в аккаунт другого пользователя.
tm-envoyer-la-demande-de-transfert = Отправить запрос на передачу
tm-linvitation-au-transfert-a-ete-envoyee = Приглашение к передаче успешно отправлено
tm-la-demande-de-transfert-a-ete = Запрос на передачу успешно удалён
tm-la-demarche-liee-a-votre-dossier = Процедура, связанная с вашим делом, удалена
tm-la-demarche-liee-a-votre-dossier-2 = Процедура, связанная с вашим делом, закрыта
tm-vous-pouvez-toujours-consulter-votre = Вы по-прежнему можете просматривать своё дело, но изменить его больше нельзя.
tm-votre-dossier-a-ete-traite-par = Ваше дело обработано администрацией, никакие действия невозможны
tm-vous-pouvez-toujours-consulter-votre-2 = Вы по-прежнему можете просматривать своё дело, но администрация не будет его рассматривать
tm-voir-la-demarche = посмотреть процедуру
tm-une-nouvelle-demarche-est-disponible = Доступна новая процедура, посмотрите её здесь:
tm-pour-plus-dinformations-veuillez-vous = Для получения дополнительной информации обратитесь в службу { $name } по телефону { $service_phone_number } или по электронной почте { $email }
tm-votre-dossier-est-en-attente-de = Ваше дело ожидает, когда администрация возьмёт его в работу. Максимальный срок ожидания — { $n ->
        [one] { $n } месяц
        [few] { $n } месяца
        [many] { $n } месяцев
       *[other] { $n } месяца
    }. Однако вы можете продлить этот срок, нажав на кнопку ниже.
tm-conserver-mois-supplementaire = { $n ->
        [one] Хранить ещё { $n } месяц
        [few] Хранить ещё { $n } месяца
        [many] Хранить ещё { $n } месяцев
       *[other] Хранить ещё { $n } месяца
    }
tm-cadre-juridique = Правовая основа
tm-retention-et-archivage-des-donnees-mois = Хранение и архивирование данных: { $n ->
        [one] { $n } месяц
        [few] { $n } месяца
        [many] { $n } месяцев
       *[other] { $n } месяца
    }
tm-texte-cadrant-la-demande-dinformation = Текст, регулирующий сбор информации
tm-contacter-le-delegue-a-la-protection = Связаться с ответственным за защиту данных
tm-dematerialisation = Переход на электронный документооборот
tm-trouver-une-maison-france-services = Найти пункт France Services
tm-profil = Профиль
tm-nouvelle-adresse-electronique = Новый адрес электронной почты
tm-votre-adresse-electronique-actuelle = Ваш текущий адрес электронной почты
tm-changer-mon-adresse = Изменить мой адрес
tm-transferer-tous-vos-dossiers = Передать все ваши дела
tm-cette-fonctionnalite-vous-permet-de = Эта функция позволяет сменить владельца всех ваших дел. Обычно это полезно при смене должности или если вы хотите объединить несколько аккаунтов.
tm-adresse-electronique-du-prochain = Адрес электронной почты следующего владельца всех ваших дел
tm-le-nouveau-proprietaire-doit-confirmer = Новый владелец { $email } должен подтвердить передачу дела, следуя инструкциям из полученного письма.
tm-le-nouveau-proprietaire-doit-confirmer-2 = Новый владелец { $email } должен подтвердить передачу { $n ->
        [one] вашего { $n } дела
        [few] ваших { $n } дел
        [many] ваших { $n } дел
       *[other] ваших { $n } дела
    }, следуя инструкциям из полученного письма.
tm-confirmez-vous-le-transfert = Вы подтверждаете передачу?
tm-transferer-tous-mes-dossiers = Передать все мои дела
tm-changement-en-attente = Ожидающее изменение:
tm-doit-sassurer-que-votre-compte-est = { $name } должен убедиться, что ваш аккаунт используется в профессиональных целях. Мы можем автоматически разрешить смену адреса электронной почты на следующие домены: { $legit_admin_domains } Если это не ваш случай, обратитесь в службу поддержки: { $email }
tm-votre-compte-sur-est-actuellement-lie = Ваш аккаунт на { $name } сейчас связан со следующей личностью:
tm-votre-compte-sur-est-actuellement-lie-2 = Ваш аккаунт на { $name } сейчас связан { $n ->
        [one] с { $n } личностью, указанной ниже:
        [few] с { $n } личностями, указанными ниже:
        [many] с { $n } личностями, указанными ниже:
       *[other] с { $n } личности, указанными ниже:
    }
tm-interdire-lacces = Запретить доступ
tm-le-transfert-dun-dossier-a-est = Идёт передача одного дела пользователю { $email }
tm-le-transfert-de-dossiers-a-est = Идёт передача { $n ->
        [one] { $n } дела
        [few] { $n } дел
        [many] { $n } дел
       *[other] { $n } дела
    } пользователю { $email }

## seeds: seeds

tm-service-momentanement-indisponible-nous = Сервис временно недоступен. Пожалуйста, повторите запрос позже.
tm-numero-de-la-declaration-de-perte = Номер заявления о потере
tm-mettre-a-jour-mes-documents = Обновить мои документы
tm-nombre-d-enfants-a-charge = Количество детей на иждивении
tm-je-ne-suis-pas-un-robot = Я не робот
tm-numero-etranger = Номер иностранца

## failures: failures

tm-plus-de-plage-horaire-libre = больше нет свободного времени для записи
tm-aucun-creneau-disponible = нет свободного времени для записи
tm-aucun-creneau-n-est-disponible = свободного времени для записи нет
tm-pas-de-creneau-disponible = нет свободного времени для записи
tm-plus-de-creneau-disponible = свободного времени для записи больше нет
tm-aucun-rendez-vous-disponible = нет свободных записей на приём
tm-aucun-rendez-vous-n-est-disponible = свободных записей на приём нет
tm-aucune-disponibilite = нет свободных мест
tm-tous-les-creneaux-sont-reserves = всё время для записи занято
tm-toutes-les-plages-horaires-sont = все промежутки времени заняты
tm-aucune-plage-horaire = нет ни одного промежутка времени
tm-service-momentanement-indisponible = сервис временно недоступен
tm-service-temporairement-indisponible = сервис временно недоступен
tm-service-indisponible = сервис недоступен
tm-site-en-maintenance = сайт на техническом обслуживании
tm-actuellement-en-maintenance = сейчас идут технические работы
tm-operation-de-maintenance = технические работы
tm-erreur-technique = техническая ошибка
tm-probleme-technique = техническая проблема
tm-une-erreur-est-survenue = произошла ошибка
tm-une-erreur-inattendue = непредвиденная ошибка
tm-le-service-rencontre-des-difficultes = у сервиса возникли трудности
tm-nombre-de-connexions = количество подключений
tm-trop-de-demandes = слишком много запросов
tm-votre-session-a-expire = ваш сеанс истёк
tm-session-expiree = сеанс истёк
tm-vous-avez-ete-deconnecte = вы вышли из системы
tm-delai-d-inactivite = время бездействия истекло
tm-code-de-securite-saisi-est-incorrect = введённый защитный код неверен
tm-code-de-securite-est-incorrect = защитный код неверен
tm-captcha-incorrect = неверная капча
tm-captcha-invalide = недействительная капча
tm-identifiant-ou-mot-de-passe-incorrect = неверный логин или пароль
tm-identifiant-ou-mot-de-passe-invalide = недействительный логин или пароль
tm-compte-bloque = аккаунт заблокирован
tm-compte-verrouille = аккаунт заблокирован
tm-compte-desactive = аккаунт деактивирован
tm-format-de-fichier-non-supporte = формат файла не поддерживается
tm-format-non-supporte = формат не поддерживается
tm-fichier-trop-volumineux = файл слишком большой
tm-depasse-la-taille-maximale = превышает максимальный размер
tm-dossier-incomplet = дело неполное
tm-piece-manquante = недостающий документ
tm-n-est-pas-valide = недействительно
tm-est-obligatoire = обязательно
tm-numero-etranger-inconnu = неизвестный номер иностранца
tm-aucun-dossier-ne-correspond = ни одно дело не соответствует
tm-delai-d-attente-depasse = время ожидания истекло
tm-le-serveur-met-trop-de-temps = сервер отвечает слишком долго

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Введите защитный код
tm-verification-de-securite = Проверка безопасности
tm-le-code-peut-etre-ecoute-avec = Код можно прослушать кнопкой «Произнести код» («Énoncer le code»); кнопка «Сменить код» («Changer le code») показывает новую картинку.
tm-recopiez-les-caracteres-affiches-dans = Перепишите символы, показанные на картинке.
tm-veuillez-recopier-le-code-de-securite = Пожалуйста, перепишите защитный код, чтобы продолжить запись на приём.
tm-prise-de-rendez-vous-demande-de = Запись на приём — заявление о натурализации

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Введите символы с картинки
tm-afin-de-verifier-que-vous-netes = Чтобы проверить, что вы не робот, перепишите символы, показанные на картинке. Чтобы их прослушать, используйте кнопку «Произнести код капчи» («Énoncer le code du captcha»); чтобы получить другую картинку, используйте кнопку «Создать новую капчу» («Générer un nouveau captcha»).
tm-les-majuscules-et-minuscules-ne-sont = Заглавные и строчные буквы не различаются.
tm-pour-acceder-au-calendrier-des-rendez = Чтобы открыть календарь записи на приём, перепишите защитный код, затем нажмите «Далее» («Suivant»).
tm-prise-de-rendez-vous-remise-de = Запись на приём — получение вида на жительство
tm-le-code-de-securite-saisi-est = Введённый защитный код неверен. Пожалуйста, попробуйте ещё раз.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Ваши контактные данные
tm-format-attendu-nom-domaine-fr = Нужный формат: имя@домен.fr
tm-avant-de-choisir-un-creneau-merci = Прежде чем выбрать время, пожалуйста, подтвердите свой запрос. Запись открывается каждую неделю, в зависимости от свободного времени в окне приёма.
tm-prise-de-rendez-vous-echange-de = Запись на приём — обмен иностранных водительских прав

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Проверка «не робот»
tm-cliquez-sur-clique-ici-pour-verifier = Нажмите «Нажми здесь для проверки» («Clique ici pour vérifier»): проверка проходит автоматически, без задания.
tm-clique-ici-pour-verifier = Нажми здесь для проверки
tm-pour-toute-question-relative-a-vos = По любому вопросу о ваших процедурах (вид на жительство, водительские права, ассоциации) используйте эту форму. Ответ будет дан в течение 15 рабочих дней.
tm-nous-contacter = Связаться с нами
tm-nous-verifions-que-vous-netes-pas = Мы проверяем, что вы не робот…
tm-verification-automatique-des-spams = Автоматическая проверка на спам завершена

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Регистрационный номер автомобиля
tm-format-attendu-ab-123-cd = Нужный формат: AB-123-CD
tm-cochez-la-case-je-suis-un = Отметьте поле «Я человек» («Je suis un humain»), чтобы продолжить.
tm-envoyer-ma-demande = Отправить мой запрос
tm-les-residents-des-secteurs-de = Жители зон платной парковки могут запросить карту, дающую право на тариф для жителей. Подготовьте подтверждение адреса давностью не более 3 месяцев и техпаспорт автомобиля.
tm-demande-de-carte-de-stationnement = Заявление на карту парковки для жителей

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Регистрационный номер дела
tm-recopiez-les-caracteres-affiches = Перепишите показанные символы
tm-code-de-securite = Защитный код
tm-exemple-pc-034172-24-m0123 = Пример: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 символов, цифры и заглавные буквы
tm-generer-un-nouveau-code = Создать новый код
tm-envoyer-la-demande = Отправить запрос
tm-vous-pouvez-demander-la-copie-dun = Вы можете запросить копию разрешения на строительство или предварительной декларации, выданных в коммуне. Документы передаются в электронном виде.
tm-demande-de-copie-de-documents-durbanisme = Запрос копии градостроительных документов

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Каждая страница воспроизводит офлайн разметку одного из типов CAPTCHA, встречающихся на государственных порталах, чтобы проверить, как их обнаруживает Relais (который никогда не решает и не обходит CAPTCHA). Ни к какому внешнему сервису обращений нет: скрипты, фреймы, изображения и звуки — это локальные файлы (папка vendor/).
tm-pages-de-test-widgets-captcha = Тестовые страницы: виджеты CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Подтвердить запись на приём
tm-choisissez-un-creneau-pour-deposer-votre = Выберите время, чтобы подать заявление. Проверка безопасности появляется после загрузки страницы.
tm-prise-de-rendez-vous-carte-nationale = Запись на приём — национальное удостоверение личности и паспорт
tm-chargement-de-la-verification-de = Загрузка проверки безопасности…
tm-confirmation-du-creneau = Подтверждение выбранного времени
tm-cochez-la-case-pour-confirmer-que = Отметьте поле, чтобы подтвердить, что вы человек.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Контрольный вопрос: сколько будет 3 + 4?
tm-repondez-en-chiffres-cette-question = Ответьте цифрами. Этот вопрос позволяет проверить, что вы не робот.
tm-sinscrire = Подписаться
tm-recevez-chaque-mois-lactualite-du = Получайте каждый месяц новости Департамента: пособия, дороги, коллежи (средние школы), солидарность. Вы сможете отписаться в любой момент.
tm-inscription-a-la-lettre-dinformation = Подписка на информационную рассылку

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Причина записи на приём
tm-cochez-la-case-je-ne-suis = Отметьте поле «Я не робот» («Je ne suis pas un robot»). Может появиться задание с картинками; у него есть аудиоверсия.
tm-demander-un-rendez-vous = Записаться на приём
tm-selectionner-un-motif = Выберите причину
tm-premiere-demande = Первое заявление
tm-renouvellement = Продление
tm-duplicata = Дубликат
tm-ce-formulaire-vous-permet-de-demander = С помощью этой формы можно записаться на приём в окно для иностранцев префектуры департамента Рона (Лион). Подтверждение будет отправлено вам по электронной почте.
tm-prise-de-rendez-vous-depot-de = Запись на приём — подача заявления на вид на жительство

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Тип документа
tm-copie-integrale = Полная копия
tm-extrait-avec-filiation = Выписка с указанием родителей
tm-extrait-sans-filiation = Выписка без указания родителей
tm-demandez-en-ligne-une-copie-integrale = Запросите онлайн полную копию или выписку из свидетельства о рождении для рождения, произошедшего в Лионе. Свидетельство отправляется почтой в течение 8 дней.
tm-ce-site-est-protege-par-recaptcha = Этот сайт защищён reCAPTCHA; действуют политика конфиденциальности и условия использования Google.
tm-demande-dacte-de-naissance = Запрос свидетельства о рождении

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Это тестовая страница: запрос не был передан ни в одну службу.
tm-votre-demande-a-bien-ete-envoyee = Ваш запрос отправлен
tm-donnees-recues = Полученные данные
tm-aucune-donnee-recue = Данные не получены.
tm-retour-a-la-liste-des-pages = Назад к списку тестовых страниц

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Адрес проблемы
tm-description = Описание
tm-envoyer-le-signalement = Отправить сообщение о проблеме
tm-nid-de-poule-eclairage-en-panne = Выбоина на дороге, неработающее освещение, незаконная свалка: сообщите об этом в службы города. Вас проинформируют по электронной почте о рассмотрении вашего сообщения.
tm-signaler-un-probleme-sur-lespace-public = Сообщить о проблеме в общественном месте

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Подтвердите, что вы человек
tm-operation-reussie = ✔Операция выполнена успешно!
tm-saisissez-ce-que-vous-entendez = Введите то, что слышите
tm-lecture = ВОСПРОИЗВЕСТИ
tm-veuillez-cliquer-sur-chaque-image = Пожалуйста, нажмите на каждую картинку, на которой есть автобус
tm-vous-etes-valide = Вы прошли проверку
tm-le-service-recaptcha-requiert-une = Сервис reCAPTCHA требует проверки.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Номер социального страхования
tm-jour = День
tm-mois = Месяц
tm-numero-de-telephone-portable = Номер мобильного телефона
tm-13-chiffres-cle-de-2-chiffres = 13 цифр + ключ из 2 цифр, он указан на вашей карте Vitale
tm-telle-quelle-figure-sur-votre-carte = Так, как указано на вашей карте Vitale
tm-exemple-14 = Пример: 14
tm-exemple-07 = Пример: 07
tm-exemple-1988 = Пример: 1988
tm-format-attendu-5-chiffres = Нужный формат: 5 цифр
tm-format-attendu-06-12-34-56 = Нужный формат: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = Введённый номер социального страхования недействителен.
tm-votre-compte-ameli-vous-permet-de = Ваш аккаунт ameli позволяет следить за возмещениями, скачивать справку о правах на медицинское страхование и связываться с вашей кассой медицинского страхования.
tm-creer-mon-compte-ameli = Создать мой аккаунт ameli
tm-formulaire-recu = Форма получена

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Войти с моим логином
tm-votre-identifiant-est-votre-numero = Ваш логин — это ваш номер иностранца (10 цифр) или ваш адрес электронной почты
tm-sidentifier-avec-franceconnect = Войти через FranceConnect
tm-creer-mon-compte = Создать мой аккаунт
tm-la-creation-dun-compte-est-necessaire = Аккаунт необходимо создать, чтобы подать заявление на вид на жительство, натурализацию или проездной документ.
tm-votre-numero-etranger-comporte-10 = Ваш номер иностранца состоит из 10 цифр. Он указан на вашем виде на жительство, на временной справке о подаче заявления на вид на жительство (récépissé) или на временном разрешении на пребывание.
tm-si-vous-navez-jamais-eu-de = Если у вас никогда не было вида на жительство во Франции, используйте свой адрес электронной почты.
tm-connexion-a-mon-espace-personnel = Вход в мой личный кабинет
tm-vous-navez-pas-encore-de-compte = У вас ещё нет аккаунта?
tm-ou-trouver-mon-numero-etranger = Где найти мой номер иностранца?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Ваш запрос на обратный звонок по номеру 06 12 34 56 78 не удалось принять. Мы ответим вам по адресу marie.kowalczyk@example.fr (номер получателя пособия 1234567).
tm-demande-de-rappel = Запрос обратного звонка
tm-retour-a-mon-compte = Назад в «Мой аккаунт» («Mon Compte»)

## fixture: portals/caf-declaration

tm-numero-allocataire = Номер получателя пособия (numéro allocataire)
tm-celibataire = Холост / не замужем
tm-marie-e = Женат / замужем
tm-pacse-e = В гражданском союзе (PACS)
tm-en-concubinage = Сожительство без брака
tm-divorce-e = Разведён / разведена
tm-veuf-veuve = Вдовец / вдова
tm-salaires-percus-en-euros = Полученная зарплата (в евро)
tm-indemnites-journalieres = Дневные выплаты на больничном (indemnités journalières)
tm-allocation-chomage-are = Пособие по безработице (ARE)
tm-pensions-alimentaires-recues = Полученные алименты
tm-votre-situation-professionnelle = Ваше профессиональное положение
tm-ajouter-une-piece-justificative = Добавить подтверждающий документ
tm-situation-familiale = Семейное положение
tm-autres-ressources-en-euros = Другие доходы (в евро)
tm-7-chiffres-il-est-sur-vos = 7 цифр, он указан в письмах от CAF
tm-mois-1-janvier = Месяц 1: январь
tm-mois-2-fevrier = Месяц 2: февраль
tm-mois-3-mars = Месяц 3: март
tm-taille-maximale-5-mo-formats-supportes = Максимальный размер: 5 МБ. Поддерживаемые форматы: jpg, png, pdf.
tm-valider-ma-declaration = Подтвердить мою декларацию
tm-selectionner-une-option = Выберите вариант
tm-salarie = Наёмный работник
tm-demandeur-d-emploi = Ищущий работу
tm-etudiant = Студент
tm-sans-activite = Без работы
tm-ex-1-250 = Пример: 1 250
tm-declarez-les-ressources-percues-par = Укажите доходы, полученные вашей семьёй за последние три месяца. Эта декларация обязательна, чтобы продолжать получать RSA, prime d’activité или пособие взрослым с инвалидностью.
tm-salaires-indiquez-le-montant-net-avant = Зарплата: укажите сумму нетто до удержания налога у источника за каждый месяц квартала или 0, если вы ничего не получали.
tm-declaration-trimestrielle-de-ressources = Квартальная декларация доходов
tm-vos-ressources = Ваши доходы
tm-etape-suivante-verification-et-envoi = Следующий шаг: проверка и отправка

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Каждая страница — упрощённая имитация, написанная для тестов; ни одна не является копией настоящего портала.
tm-pages-de-test-imitant-des-portails = Тестовые страницы, имитирующие французские государственные порталы

## fixture: portals/mots-cles

tm-nom-de-famille = Фамилия
tm-prenom-s = Имя (имена)
tm-date-dexpiration-de-votre-titre-de = Дата окончания срока действия вашего вида на жительство
tm-n-de-recepisse = № временной справки (récépissé)
tm-courriel = Электронная почта
tm-remplissez-ce-formulaire-pour-connaitre = Заполните эту форму, чтобы узнать, на каком этапе ваше заявление. Ответ будет отправлен вам по электронной почте в течение 15 рабочих дней.
tm-demande-de-renseignements-sur-un-dossier = Запрос информации по делу о виде на жительство
tm-precisions-sur-votre-demande-zone-de = Подробности вашего запроса (поле для свободного текста):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Свободного времени для записи по вашему запросу больше нет. Пожалуйста, попробуйте позже.
tm-veuillez-cocher-la-case-pour-accepter = Пожалуйста, отметьте поле, чтобы принять условия использования, прежде чем продолжить запись на приём
tm-choisissez-votre-guichet = Выберите окно приёма
tm-effectuer-une-demande-de-rendez-vous = Подать запрос на запись на приём
tm-selectionner-un-guichet = Выберите окно приёма
tm-guichet-1-titre-de-sejour = Окно 1 - Вид на жительство
tm-guichet-2-naturalisation = Окно 2 - Натурализация
tm-guichet-3-document-de-circulation-pour = Окно 3 - Проездной документ для несовершеннолетнего иностранца
tm-guichet-4-duplicata-et-changement = Окно 4 - Дубликат и смена адреса
tm-ce-module-vous-permet-de-reserver = С помощью этого модуля можно записаться на приём, чтобы получить свой вид на жительство, только если вы получили SMS или письмо о том, что он готов в префектуре.
tm-conformement-aux-dispositions = Согласно действующим правилам, ваше заявление на продление вида на жительство будет рассматриваться только после того, как вы заранее предоставите все требуемые подтверждающие документы; иначе оно будет закрыто без дальнейших действий и повторно рассматриваться не будет.
tm-le-jour-du-rendez-vous-presentez = В день приёма приходите с паспортом, временной справкой (récépissé) или прежним видом на жительство, приглашением (convocation) и гербовой маркой (timbre fiscal). Любое неполное дело будет отклонено.
tm-les-rendez-vous-sont-ouverts-chaque = Запись открывается каждую неделю, по мере появления свободного времени в окнах приёма. Записи по телефону нет.
tm-retour-a-la-prise-de-rendez = Назад к записи на приём
tm-etape-1-choix-du-guichet = Шаг 1: выбор окошка приёма

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = Сейчас на сервисе идут технические работы. Просим извинить за неудобства и попробовать позже.
tm-les-demandes-deja-deposees-ne-sont = Уже поданных заявлений этот перерыв не касается. Если срок действия вашего вида на жительство истекает во время технических работ, ваша справка о продлении рассмотрения (attestation de prolongation d’instruction) остаётся действительной.
tm-erreur = Ошибка { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = Какой у вас почтовый индекс?
tm-quel-est-le-code-postal-de = Какой почтовый индекс коммуны ваших родителей?
tm-combien-d-enfants-vous-y-compris = Сколько детей (включая вас) находится на иждивении ваших родителей?
tm-lorsque-vos-parents-sont-separes-il = Если ваши родители живут раздельно, нужно указать число детей на иждивении того родителя, на чьём иждивении вы находитесь. Если вы ещё несовершеннолетний и живёте попеременно у обоих родителей, нужно сложить детей на иждивении обоих налоговых домохозяйств разошедшихся родителей.
tm-et-combien-vous-y-compris-font = А сколько из них (включая вас) получают высшее образование?
tm-actuellement-beneficiez-vous-d-une = Вы сейчас получаете стипендию лицея?
tm-avez-vous-un-lien-de-parente = Есть ли у вас прямое родство с владельцем жилья? Является ли он вашим предком или потомком или предком или потомком вашего супруга или супруги (ребёнок, бабушка или дедушка…)?
tm-vivez-vous-en-couple = Вы живёте в паре?
tm-attention-cette-restriction-est = Внимание, это ограничение отличается от признания статуса работника с инвалидностью.
tm-en-etude-ou-en-alternance = Учусь или учусь с работой (alternance)
tm-salarie-ou-salariee = Наёмный работник или работница
tm-independant-ou-independante = Самозанятый или самозанятая
tm-inscrit-ou-inscrite-comme-demandeur = Зарегистрирован или зарегистрирована как ищущий работу
tm-retraite-ou-retraitee = Пенсионер или пенсионерка
tm-autre = Другое
tm-lorsque-vous-etudiez-et-que-vous = Если вы учитесь и работаете, нужно выбрать «Учусь или учусь с работой» («En étude ou en alternance»).
tm-dans-quelle-classe-etes-vous = В каком классе вы сейчас учитесь?
tm-cap-1ere-annee = CAP - 1-й год
tm-cap-2eme-annee = CAP - 2-й год
tm-seconde = Seconde (1-й год лицея)
tm-premiere = Première (2-й год лицея)
tm-terminale = Terminale (выпускной год лицея)
tm-licence-1ere-annee = Licence (бакалавриат) - 1-й год
tm-licence-2eme-annee = Licence (бакалавриат) - 2-й год
tm-licence-3eme-annee = Licence (бакалавриат) - 3-й год
tm-master-1ere-annee = Магистратура - 1-й год
tm-master-2eme-annee = Магистратура - 2-й год
tm-doctorat-1ere-annee = Докторантура - 1-й год
tm-doctorat-2eme-annee = Докторантура - 2-й год
tm-doctorat-3eme-annee = Докторантура - 3-й год
tm-lorsque-vos-parents-sont-separes-il-2 = Если ваши родители живут раздельно, нужно учитывать доходы того родителя, на чьём иждивении вы находитесь. Если вы ещё несовершеннолетний и живёте попеременно у обоих родителей, нужно сложить доходы обоих налоговых домохозяйств разошедшихся родителей.
tm-si-vous-ne-connaissez-pas-le = Если вы не знаете общий валовой доход ваших родителей, напишите 0, чтобы продолжить расчёт. Внимание, это может повлиять на точность результатов расчёта
tm-beneficiez-vous-d-une-bourse-de = Вы получаете стипендию на высшее образование?
tm-etes-vous-en-alternance-dans-la = Вы учитесь с работой (alternance) на государственной службе?
tm-je-ne-sais-pas = Не знаю
tm-pas-concerne = Не касается
tm-jamais = Никогда
tm-ponctuellement = Иногда
tm-regulierement = Регулярно
tm-de-quel-secteur-votre-formation-fait = К какой сфере относится ваше обучение?
tm-etes-vous-heberge-chez-vos-parents = Вы живёте у родителей?
tm-l-inaptitude-medicale-au-travail = Медицинская непригодность к работе из-за болезни или несчастного случая может быть частичной, полной или временной.
tm-avez-vous-obtenu-une-mention-au = Вы получили отличие (mention) на экзамене на степень бакалавра (baccalauréat)?
tm-francaise = Французское
tm-europeenne = Европейское
tm-non-europeenne = Неевропейское
tm-regime-general-caf-cpam = Общий режим (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Сельскохозяйственное социальное страхование (MSA)
tm-pour-les-etudiants-en-classes = Студенты подготовительных классов к высшим школам (grandes écoles) должны выбрать «В высшем учебном заведении» («Dans un établissement de l'enseignement supérieur»).
tm-dans-quel-type-d-etablissement-etudiez = В каком учебном заведении вы сейчас учитесь?
tm-etablissement-public = Государственное учебное заведение
tm-etablissement-prive-sous-contrat = Частное учебное заведение по договору с государством
tm-etablissement-prive-hors-contrat = Частное учебное заведение без договора с государством
tm-quelle-est-votre-relation-avec-votre = Какие у вас отношения с вашим супругом или супругой?
tm-moins-de-50 = Менее 50%
tm-etes-vous = Вы…?
tm-en-apprentissage = Ученичество (apprentissage)
tm-en-contrat-de-professionnalisation = По договору профессионализации
tm-combien-de-mois-envisagez-vous-de = На сколько месяцев вы планируете уехать за границу в рамках учёбы?
tm-quel-est-le-prenom-de-votre = Как зовут вашего ребёнка? Имя нужно только для того, чтобы облегчить вам дальнейшее заполнение.
tm-souhaitez-vous-connaitre-les-aides-pour = Хотите узнать о помощи на покупку велосипеда?
tm-velo-mecanique-simple = Обычный механический велосипед
tm-velo-electrique = Электровелосипед
tm-velo-cargo = Грузовой велосипед
tm-velo-cargo-electrique = Грузовой электровелосипед
tm-velo-pliant = Складной велосипед
tm-velo-pliant-electrique = Складной электровелосипед
tm-motorisation-d-un-velo-classique = Установка мотора на обычный велосипед
tm-velo-adapte-pour-pmr = Велосипед, приспособленный для людей с ограниченной подвижностью (PMR)
tm-etes-vous-interesse-ou-interessee-par = Вас интересует помощь на обучение в медицинской и социальной сфере?
tm-souhaitez-vous-connaitre-les-aides-au = Хотите узнать о помощи на получение BAFA и BAFD?
tm-prevoyez-vous-de-partir-a-l = Вы планируете уехать за границу в рамках учёбы?
tm-prevoyez-vous-de-passer-le-permis = Вы планируете сдавать на водительские права?
tm-moins-de-3-mois = Менее 3 месяцев
tm-entre-3-et-6-mois = От 3 до 6 месяцев
tm-plus-de-3-mois = Более 3 месяцев
tm-plus-6-mois = Более 6 месяцев
tm-linterim-ou-travail-temporaire-est-un = Временная работа через агентство (intérim) — это трудовой договор с кадровым агентством, которое направляет работника на предприятие на ограниченный срок, часто чтобы заменить отсутствующего или покрыть разовую потребность. Если договор подписан с агентством, это временная работа через агентство.
tm-est-ce-une-colocation = Это совместная аренда (colocation)?
tm-est-ce-que-ce-logement-a = Это жильё было отремонтировано (реконструировано)?
tm-est-ce-une-chambre-une-chambre = Это комната? Комната — это жильё, в котором всего одно помещение и нет туалета.
tm-est-ce-un-logement-dans-une = Это жильё в общежитии CROUS?
tm-participez-vous-aux-frais-du-logement = Вы участвуете в расходах на жильё? Например, в расходах на электричество, телефон и т.д.
tm-rencontrez-vous-des-difficultes = У вас есть серьёзные трудности с тем, чтобы найти жильё или оплачивать расходы на жильё?
tm-prevoyez-vous-de-demenager-prochainement = Вы планируете скоро переехать?
tm-non-j-ai-emmenage-il-y = Нет, я переехал(а) менее 3 месяцев назад
tm-locataire = Арендатор (съёмщик)
tm-figurant-sur-le-bail-en-foyer = указан в договоре аренды, живёт в общежитии (foyer) или резиденции
tm-proprietaire = Владелец
tm-ou-en-location-accession = или по договору аренды с выкупом
tm-heberge-ou-hebergee = Проживаю у других людей
tm-chez-vos-parents-chez-un-particulier = у родителей, у частного лица или в служебном жилье
tm-sans-domicile-stable = Без постоянного жилья
tm-ou-domiciliation-administrative = или административный адрес для корреспонденции (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = Вы покупаете жильё впервые (primo-accédant)? Primo-accédant — это человек (или семья), который не владел своим основным жильём в течение двух лет до момента покупки.
tm-quel-type-de-logement-louez-vous = Какой тип жилья вы снимаете?
tm-non-meuble = Без мебели
tm-meuble-hotel = С мебелью / Гостиница
tm-foyer = Общежитие (foyer)
tm-residence-universitaire-logement-crous = Студенческое общежитие, жильё CROUS, общежитие для молодых работников, социальная резиденция…
tm-maison-de-retraite-residence-sociale = Дом престарелых, социальная резиденция…
tm-mes-enfants-a-charge = Мои дети на иждивении
tm-quelle-est-la-situation-de-vos = Каково положение ваших родителей?
tm-en-couple = В паре
tm-separes = Разошлись
tm-veuf-ou-veuve = Вдовец или вдова
tm-decedes = Умерли
tm-sans-autorite-parentale = Без родительских прав
tm-vos-parents-habitent-ils-en-france = Ваши родители живут во Франции?
tm-quel-est-le-nombre-de-parts = Какое количество налоговых долей (parts) указано в последнем налоговом уведомлении ваших родителей?
tm-une-part-fiscale-est-une-unite = Налоговая доля — это единица, отражающая состав налогового домохозяйства и используемая для расчёта подоходного налога. Чтобы узнать, сколько у вас налоговых долей, можно посмотреть вашу налоговую декларацию, где это обычно указано.
tm-quel-est-le-revenu-fiscal-de = Какой базовый налоговый доход (RFR) указан в последнем налоговом уведомлении ваших родителей?
tm-si-vous-ne-connaissez-pas-le-2 = Если вы не знаете RFR ваших родителей, напишите 0, чтобы продолжить расчёт. Внимание, это может повлиять на точность результатов расчёта.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Доходы от работы
tm-revenus-professionnels-non-salaries = Профессиональные доходы не по найму
tm-allocations = Пособия
tm-indemnites = Компенсационные выплаты
tm-pensions-rentes = Пенсии и ренты
tm-revenus-du-patrimoine = Доходы от имущества
tm-autres-revenus = Другие доходы
tm-salaire-dont-primes-et-indemnites-de = Зарплата (включая премии и выплаты при окончании договора)
tm-entrez-le-montant-avant-la-retenue = Введите сумму до удержания налога у источника
tm-remuneration-de-stage = Оплата стажировки
tm-revenus-de-stage-de-formation = Доходы от стажировки в рамках профессионального обучения
tm-allocation-de-securisation = Пособие профессиональной защищённости (allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = Ежемесячная фиксированная премия за возобновление работы
tm-aides-au-logement-apl-als-alf = Пособия на жильё (APL, ALS, ALF)
tm-allocations-familiales = Семейные пособия на детей (allocations familiales)
tm-complement-familial-cf = Семейная доплата (CF)
tm-allocation-de-soutien-familial-asf = Пособие на поддержку семьи (ASF)
tm-revenu-de-solidarite-active-rsa = Активный доход солидарности (RSA)
tm-prime-dactivite = Доплата работающим с низким доходом (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = Пособие солидарности пожилым людям (ASPA)
tm-allocation-supplementaire-dinvalidite = Дополнительное пособие по инвалидности (ASI)
tm-allocation-de-solidarite-specifique-ass = Специальное пособие солидарности (ASS)
tm-allocation-adulte-handicape-aah = Пособие взрослым с инвалидностью (AAH)
tm-complement-de-ressources-adulte = Доплата к доходам взрослых с инвалидностью
tm-contrat-engagement-jeune = Молодёжная программа занятости (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Надбавка за самостоятельную жизнь (MVA)
tm-allocation-deducation-de-lenfant = Пособие на обучение ребёнка с инвалидностью (AEEH)
tm-prestation-de-compensation-du-handicap = Компенсационная выплата по инвалидности (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Пособие на маленького ребёнка (PAJE) - Базовое пособие
tm-complement-de-libre-choix-dactivite-clca = Доплата за свободный выбор занятости (CLCA)
tm-prestation-partagee-deducation-de = Совместное пособие на воспитание ребёнка (PreParE)
tm-indemnites-de-maternite-paternite = Выплаты по беременности и родам, отцовству, усыновлению
tm-indemnites-maladie = Выплаты по болезни
tm-indemnites-maladie-professionnelle = Выплаты по профессиональному заболеванию
tm-indemnites-daccident-du-travail = Выплаты по несчастному случаю на работе
tm-indemnites-dactivite-partielle = Выплаты за частичную безработицу (activité partielle)
tm-indemnites-de-volontariat = Выплаты волонтёрам
tm-dedommagement-aux-victimes-de-lamiante = Компенсация жертвам асбеста
tm-pension-alimentaire = Алименты
tm-pension-alimentaire-versee = Выплачиваемые алименты
tm-prestation-compensatoire-suite-a = Компенсационная выплата (после расставания)
tm-retraite-y-compris-reversion-rente = Пенсия (включая пенсию по потере кормильца), рента
tm-rente-s-d-education-d-orphelin = Рента (ренты) на образование, сиротская рента…
tm-retraite-du-combattant = Пенсия ветерана войны
tm-pension-dinvalidite = Пенсия по инвалидности
tm-bourse-de-lenseignement-superieur = Стипендия на высшее образование
tm-bourse-de-recherche = Исследовательская стипендия
tm-bourse-du-lycee = Стипендия лицея
tm-gains-exceptionnels-dons-gains-aux-jeux = Исключительные доходы (дарения, выигрыши в азартных играх, наследство)
tm-revenus-locatifs-terrains-appartements = Доходы от аренды (земельные участки, квартиры, SCI…)
tm-revenus-du-capital-interets-plus-values = Доходы от капитала (проценты, прирост стоимости, дивиденды…)
tm-via-une-micro-entreprise-achat-revente = Через микропредприятие (купля-продажа или предоставление жилья)
tm-via-une-micro-entreprise-autre-activite = Через микропредприятие (другая коммерческая деятельность, BIC)
tm-via-une-micro-entreprise-activite = Через микропредприятие (свободная профессия и/или интеллектуальная деятельность (BNC))
tm-en-tant-qu-exploitant-agricole = Как фермер (exploitant agricole)
tm-en-profession-liberale-entrepreneur = Свободная профессия (предприниматель)
tm-revenus-dactivite-connus = Известные доходы от работы
tm-autres-revenus-imposables-preretraite = Другие облагаемые налогом доходы (досрочная пенсия, безработица)
tm-pensions-retraites-rentes = Пенсии, пенсии по старости, ренты
tm-frais-reels-deductibles = Фактические вычитаемые расходы
tm-revenus-fonciers-nets = Чистые доходы от недвижимости
tm-valeur-de-vos-biens-loues = Стоимость вашего сдаваемого имущества
tm-valeur-de-vos-terrains-non-loues = Стоимость ваших несдаваемых земельных участков
tm-valeur-locative-terrains-non-loues = Арендная стоимость несдаваемых земельных участков
tm-valeur-de-vos-biens-immobiliers-non = Стоимость вашей несдаваемой недвижимости
tm-valeur-locative-immobilier-non-loue = Арендная стоимость несдаваемой недвижимости
tm-epargne-sur-livret-a = Сбережения на сберкнижке livret A
tm-epargne-aux-revenus-non-imposables = Сбережения с необлагаемым доходом
tm-epargne-aux-revenus-imposables = Сбережения с облагаемым доходом

## aides-jeunes: components

tm-ex-caf-du-loiret = Пример: CAF du Loiret
tm-id-de-la-simulation = ID расчёта
tm-email-de-l-utilisateur = Электронная почта пользователя

## rdv: devise

tm-votre-compte-a-ete-valide = Ваш аккаунт подтверждён.
tm-vous-allez-recevoir-les-instructions = Через несколько минут вы получите инструкции для подтверждения аккаунта.
tm-si-votre-e-mail-existe-dans = Если ваш адрес электронной почты есть в нашей базе данных, вы скоро получите письмо с инструкциями для подтверждения аккаунта.
tm-votre-compte-a-ete-supprime = Ваш аккаунт удалён!
tm-vous-avez-une-invitation-en-attente = У вас есть ожидающее приглашение. Примите его, чтобы завершить регистрацию.
tm-votre-connexion-est-deja-active = Вы уже вошли в систему
tm-votre-compte-n-est-pas-encore = Ваш аккаунт ещё не активирован.
tm-email-ou-mot-de-passe-incorrect = Неверный адрес электронной почты или пароль.
tm-vous-avez-droit-a-une-tentative = У вас есть ещё одна попытка, прежде чем ваш аккаунт будет заблокирован.
tm-votre-compte-est-verrouille = Ваш аккаунт заблокирован.
tm-email-ou-mot-de-passe-invalide = Недействительный адрес электронной почты или пароль.
tm-votre-session-est-expiree-veuillez-vous = Ваш сеанс истёк. Пожалуйста, войдите снова, чтобы продолжить.
tm-vous-devez-vous-connecter-ou-vous = Чтобы продолжить, нужно войти или зарегистрироваться.
tm-vous-devez-valider-votre-compte-pour = Чтобы продолжить, нужно подтвердить аккаунт.
tm-votre-invitation-n-est-pas-valide = Ваше приглашение недействительно.
tm-votre-mot-de-passe-a-ete = Ваш пароль сохранён, и ваш аккаунт активирован.
tm-votre-mot-de-passe-a-ete-2 = Ваш пароль сохранён.
tm-votre-invitation-a-ete-annulee = Ваше приглашение отменено.
tm-lutilisateur-connecte-ne-correspond-pas = Пользователь, который вошёл в систему, не совпадает с приглашённым пользователем. Выйдите и попробуйте снова.
tm-la-session-a-expire = Сеанс истёк
tm-choisir-son-mot-de-passe = Выберите пароль
tm-enregistrer = Сохранить
tm-ouvrir-l-app-mail = Открыть приложение Mail
tm-inscription = Регистрация
tm-code-dinvitation = Код приглашения
tm-creer-son-compte = Создать аккаунт
tm-veuillez-cliquer-sur-le-lien-dans = Пожалуйста, нажмите на ссылку в письме, которое вам только что отправили
tm-vous-avez-ete-invite-sur = Вас пригласили в { $name }
tm-bonjour = Здравствуйте, { $email }
tm-vous-avez-ete-invite-sur-vous = Вас пригласили в { $name }. Вы можете принять это приглашение по ссылке ниже.
tm-accepter-l-invitation = Принять приглашение
tm-cette-invitation-est-valable-jusqu-au = Это приглашение действительно до { $date }.
tm-si-vous-n-acceptez-pas-cette = Если вы не принимаете это приглашение, не обращайте внимания на это письмо. Без вашего разрешения аккаунт не будет создан.
tm-instructions-de-confirmation = Инструкции по подтверждению
tm-instructions-pour-changer-le-mot-de = Инструкции по смене пароля
tm-instructions-pour-deverrouiller-le = Инструкции по разблокировке аккаунта
tm-votre-mot-de-passe-a-ete-3 = Ваш пароль изменён.
tm-nous-n-avons-pas-pu-vous = Не удалось выполнить вашу аутентификацию через { $kind }: '{ $reason }'.
tm-authentifie-avec-succes-via = Аутентификация через { $kind } выполнена.
tm-vous-ne-pouvez-acceder-a-cette = Эту страницу можно открыть только по ссылке из письма для сброса пароля. Если вы перешли из такого письма, убедитесь, что используете полный адрес (URL).
tm-vous-allez-recevoir-les-instructions-de = Через несколько мгновений вы получите инструкции по сбросу пароля
tm-si-votre-e-mail-existe-dans-2 = Если ваш адрес электронной почты есть в нашей базе данных, вы получите по почте ссылку для сброса пароля
tm-votre-mot-de-passe-a-ete-4 = Ваш пароль изменён, теперь вы вошли в систему
tm-votre-mot-de-passe-a-ete-5 = Ваш пароль успешно изменён.
tm-votre-compte-a-ete-supprime-avec = Ваш аккаунт удалён. Надеемся скоро увидеть вас снова.
tm-bienvenue-votre-connexion-est-active = Добро пожаловать, вы вошли в систему.
tm-votre-compte-est-bien-enregistre-vous = Ваш аккаунт зарегистрирован. Однако вы пока не можете войти, потому что ваш аккаунт ещё не активирован.
tm-votre-compte-est-bien-enregistre-vous-2 = Ваш аккаунт зарегистрирован. Однако вы не можете войти, потому что ваш аккаунт заблокирован.
tm-un-message-contenant-un-lien-de = Письмо со ссылкой для подтверждения отправлено на ваш адрес электронной почты. Откройте эту ссылку, чтобы активировать аккаунт.
tm-votre-compte-a-bien-ete-mis = Ваш аккаунт обновлён, но нам нужно проверить ваш новый адрес электронной почты. Пожалуйста, проверьте почту и нажмите на ссылку подтверждения, чтобы завершить подтверждение нового адреса.
tm-votre-compte-a-ete-modifie-avec = Ваш аккаунт изменён.
tm-connexion-reussie = Вход выполнен.
tm-deconnexion-reussie = Выход выполнен.
tm-mode-deconnecte = Режим без входа в систему.
tm-vous-allez-recevoir-les-instructions-2 = Через несколько мгновений вы получите инструкции по разблокировке аккаунта
tm-si-votre-compte-existe-vous-allez = Если ваш аккаунт существует, вы скоро получите письмо с инструкциями по его разблокировке.
tm-votre-compte-a-ete-deverrouille-avec = Ваш аккаунт разблокирован, теперь вы вошли в систему.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = уже подтверждено, пожалуйста, попробуйте войти
tm-a-confirmer-dans-les-merci-de = нужно подтвердить в течение { $period }, пожалуйста, отправьте новый запрос
tm-a-expire-merci-d-en-faire = срок действия истёк, пожалуйста, отправьте новый запрос
tm-n-a-pas-ete-trouve-e = не найдено
tm-n-etait-pas-verrouille-e = не было заблокировано
tm-une-erreur-a-empeche-ce-tte = Из-за ошибки не удалось сохранить { $resource }:
tm-erreurs-ont-empeche-ce-tte-d = Из-за { $n ->
        [one] { $n } ошибки
        [few] { $n } ошибок
        [many] { $n } ошибок
       *[other] { $n } ошибки
    } не удалось сохранить { $resource }:

## rdv: links

tm-espace-usager = Раздел для пользователей
tm-je-n-ai-pas-recu-le = Мне не пришло письмо с подтверждением
tm-je-n-ai-pas-recu-le-2 = Мне не пришло письмо для разблокировки

## rdv: activerecord

tm-la-validation-a-echoue = Проверка не пройдена: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = нужно принять
tm-doit-etre-rempli-e = нужно заполнить
tm-ne-concorde-pas-avec = не совпадает с { $attribute }
tm-doit-etre-egal-a = должно быть равно { $n }
tm-doit-etre-pair = должно быть чётным
tm-n-est-pas-disponible = недоступно
tm-doit-etre-superieur-a = должно быть больше { $n }
tm-doit-etre-superieur-ou-egal-a = должно быть больше или равно { $n }
tm-n-est-pas-inclus-e-dans = не входит в список
tm-doit-etre-inferieur-a = должно быть меньше { $n }
tm-doit-etre-inferieur-ou-egal-a = должно быть меньше или равно { $n }
tm-validation-echouee = Проверка не пройдена: { $errors }
tm-n-est-pas-un-nombre = не является числом
tm-doit-etre-un-nombre-entier = должно быть целым числом
tm-doit-etre-impair = должно быть нечётным
tm-doit-etre-different-de = должно отличаться от { $n }
tm-doit-etre-vide = должно быть пустым
tm-doit-exister = должно существовать
tm-est-deja-utilise = уже используется
tm-est-trop-long-pas-plus-d = слишком длинное (максимум один символ)
tm-est-trop-long-pas-plus-de = слишком длинное (максимум { $n ->
        [one] { $n } символ
        [few] { $n } символа
        [many] { $n } символов
       *[other] { $n } символа
    })
tm-est-trop-court-au-moins-un = слишком короткое (минимум один символ)
tm-est-trop-court-au-moins-caracteres = слишком короткое (минимум { $n ->
        [one] { $n } символ
        [few] { $n } символа
        [many] { $n } символов
       *[other] { $n } символа
    })
tm-ne-fait-pas-la-bonne-longueur = неправильной длины (должно содержать ровно один символ)
tm-ne-fait-pas-la-bonne-longueur-2 = неправильной длины (должно содержать { $n ->
        [one] { $n } символ
        [few] { $n } символа
        [many] { $n } символов
       *[other] { $n } символа
    })
tm-veuillez-verifier-les-champs-suivants = Пожалуйста, проверьте следующие поля:
tm-impossible-d-enregistrer-ce-tte-1 = Не удалось сохранить { $model }: 1 ошибка
tm-impossible-d-enregistrer-ce-tte-erreurs = Не удалось сохранить { $model }: { $n ->
        [one] { $n } ошибка
        [few] { $n } ошибки
        [many] { $n } ошибок
       *[other] { $n } ошибки
    }

## rdv: helpers

tm-ajouter = Добавить
tm-modifier = Изменить
tm-retirer = Убрать
tm-reinitialiser = Сбросить
tm-veuillez-selectionner = Пожалуйста, выберите

## rdv: public_office

tm-sur-place = на месте

## rdv: visio

tm-par-visioconference = по видеосвязи

## rdv: phone

tm-par-telephone = по телефону

## rdv: home

tm-a-domicile = на дому

## rdv: mailers

tm-a-bientot-lequipe = До скорой встречи, команда { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = Только что освободилось время для записи!
tm-rdv-confirme-le = Подтверждена запись на приём { $date }
tm-rdv-du-modifie = Запись на приём { $date } изменена
tm-rappel-rdv-le = [Напоминание] Приём { $date }
tm-rdv-annule-le-avec = Отменён приём { $date } у { $name }
tm-votre-rdv-du-a-ete-annule = Ваш приём «{ $motif }» { $date } отменён по административной причине.
tm-votre-rdv-du-a-bien-ete = Ваш приём «{ $motif }» { $date } отменён по вашей просьбе.
tm-vous-pouvez-reprendre-un-rendez-vous = Вы можете снова записаться на приём, позвонив по номеру { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Вы можете снова записаться на приём по ссылке ниже:
tm-reprendre-rdv = Записаться снова

## rdv: attributes

tm-email = Электронная почта
tm-mot-de-passe-actuel = Текущий пароль
tm-nom-de-la-commune = Название населённого пункта
tm-responsable = Ответственный

## rdv: activerecord

tm-lieu = Место
tm-rendez-vous-honore = Приём состоялся
tm-rendez-vous-a-venir = Предстоящий приём
tm-annule-a-linitiative-de-lusager = Отменён по инициативе пользователя
tm-annule-a-linitiative-du-service = Отменён по инициативе службы
tm-caisse-d-affiliation = Касса, к которой вы прикреплены
tm-numero-d-allocataire = Номер получателя пособия
tm-nombre-d-enfants = Количество детей
tm-accepte-les-notifications-par-sms = Принимает уведомления по SMS
tm-accepte-les-notifications-par-email = Принимает уведомления по электронной почте
tm-numero-de-pre-demande-ants = Номер предварительного заявления ANTS
tm-sans-domicile-fixe = Без постоянного места жительства
tm-heberge = Живёт у другого человека
tm-en-accession-a-la-propriete = Покупает жильё в собственность
tm-logement = Жильё
tm-aucune = Нет
tm-proche = Близкий человек
tm-le-prenom-ne-peut-etre-change = Имя нельзя изменить, потому что оно подтверждено через FranceConnect
tm-le-nom-de-naissance-ne-peut = Фамилию при рождении нельзя изменить, потому что она подтверждена через FranceConnect
tm-la-date-de-naissance-ne-peut = Дату рождения нельзя изменить, потому что она подтверждена через FranceConnect
tm-ce-mot-de-passe-fait-partie = Этот пароль входит в список часто используемых паролей, поэтому он не защищает ваш аккаунт. Пожалуйста, выберите другой.
tm-pour-assurer-la-securite-de-votre = Для безопасности вашего аккаунта пароль должен содержать не меньше { $n ->
        [one] { $n } символа
        [few] { $n } символов
        [many] { $n } символов
       *[other] { $n } символа
    }
tm-doit-comporter-10-chiffres-et-lettres = должен содержать 10 цифр и букв
tm-n-a-pas-pu-etre-valide = не удалось проверить из-за непредвиденной ошибки. Пожалуйста, попробуйте снова через 30 секунд.
tm-ce-numero-de-pre-demande-ants = Этот номер предварительного заявления ANTS уже используется для записи на приём в { $meeting_point }. Пожалуйста, отмените эту запись, прежде чем записаться снова.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Введите 10-значный номер из метрополии или заморских территорий Франции либо международный номер с кодом страны.
tm-pour-accelerer-votre-demarche-nous-vous = Чтобы ускорить процедуру, мы настоятельно рекомендуем заранее заполнить заявление на сайте ANTS и указать номер предварительного заявления.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = У вас недостаточно прав, чтобы открыть эту страницу или выполнить это действие

## rdv: rdvs

tm-le-duree-minutes = { $date } (длительность: { $duration ->
        [one] { $duration } минута
        [few] { $duration } минуты
        [many] { $duration } минут
       *[other] { $duration } минуты
    })
tm-aujourdhui-a-duree-minutes = Сегодня в { $date } (длительность: { $duration ->
        [one] { $duration } минута
        [few] { $duration } минуты
        [many] { $duration } минут
       *[other] { $duration } минуты
    })
tm-1-place-restante = Осталось 1 место
tm-places-restantes = Осталось { $n ->
        [one] { $n } место
        [few] { $n } места
        [many] { $n } мест
       *[other] { $n } места
    }
tm-1-place = 1 место
tm-places = { $n ->
        [one] { $n } место
        [few] { $n } места
        [many] { $n } мест
       *[other] { $n } места
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Пожалуйста, исправьте следующие проблемы:

## rdv: users

tm-les-champs-d-etat-civil-nom = Поля гражданского состояния (фамилия при рождении, имена, дата и место рождения) больше нельзя изменить после подтверждённого входа через FranceConnect
tm-les-3-lettres-ne-correspondent-pas = Эти 3 буквы не совпадают с фамилией.

## rdv: search

tm-1-lieu-est-disponible = Доступно 1 место приёма
tm-lieux-sont-disponibles = Доступно { $n ->
        [one] { $n } место приёма
        [few] { $n } места приёма
        [many] { $n } мест приёма
       *[other] { $n } места приёма
    }
tm-selectionnez-un-lieu-de-rdv = Выберите место приёма:
tm-prochaine-disponibilite-le = Ближайшее свободное время:

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Похоже, вы не получаете сопровождения или наблюдения; пожалуйста, выберите другую причину или позвоните в ваш департамент по номеру { $phone_number }.

## rdv: common

tm-votre-adresse = Ваш адрес
tm-votre-service = Ваша служба
tm-ex-21-rue-anatole-france-calais = например: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Изменить адрес
tm-choisissez-un-service = Выберите службу
tm-choisir-ce-service = Выбрать эту службу
tm-le-service-que-vous-cherchez-n = Нужной вам службы нет в списке?
tm-modifier-le-service = Изменить службу
tm-choisissez-un-motif = Выберите причину
tm-choisir-ce-motif = Выбрать эту причину

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Введите первые 3 буквы вашей фамилии
tm-sophie-dupont-dup = Sophie Dupont: пишите DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: пишите DEL
tm-edwige-xi-xi = Edwige Xi: пишите XI
tm-identification = Идентификация
tm-choix-de-l-usager = Выбор пользователя
tm-votre-rendez-vous-a-ete-confirme = Ваша запись на приём подтверждена.
tm-ce-creneau-nest-plus-disponible-veuillez = Это время больше недоступно. Пожалуйста, выберите другое.
tm-vous-allez-modifier-votre-rdv-qui = Вы собираетесь изменить свой приём «{ $motif_name_and_service }», который состоится { $date }
tm-mes-informations = Мои данные
tm-mes-proches = Мои близкие
tm-aucun-proche = Нет близких
tm-ajouter-un-proche = Добавить близкого человека

## mdph: server

tm-identites = Личные данные
tm-individus-et-organismes-concernes-par-la = Лица и организации, которых касается заявление
tm-situations-particulieres = Особые ситуации
tm-etes-vous-dans-l-une-des = Находитесь ли вы в одной из следующих ситуаций?
tm-vous-n-arrivez-plus-a-vivre = Вы больше не можете жить дома
tm-expliquez-la-difficulte = Объясните, в чём трудность
tm-votre-ecole-ne-peut-plus-vous = Ваша школа больше не может вас принимать
tm-votre-etablissement-ne-peut-plus-vous = Ваше учреждение больше не может вас принимать, и вы не можете вернуться домой
tm-vous-risquez-de-perdre-votre-travail = Вы рискуете потерять работу
tm-vous-sortez-d-hospitalisation-et-vous = Вас выписывают из больницы, и вы не можете вернуться домой
tm-vous-commencez-bientot-une-nouvelle = Скоро вы начинаете новое обучение
tm-precisez = Уточните
tm-date-d-entree-prevue = Планируемая дата начала
tm-vous-venez-de-trouver-un-emploi = Вы только что нашли работу
tm-vous-arrivez-dans-moins-de-2 = Менее чем через 2 месяца заканчиваются ваши права (напр.: AEEH, AAH, PCH, RQTH и т. д.)
tm-indiquez-le-s-droit-s-concerne = Укажите соответствующее(ие) право(а) и дату(ы) окончания
tm-vie-quotidienne = Повседневная жизнь
tm-situation = Ситуация
tm-besoins = Потребности
tm-attentes = Ожидания
tm-vous-vivez = Вы живёте
tm-seule = Один/одна
tm-avec-vos-parents-ou-l-un = С родителями (или с одним из них)
tm-avec-vos-enfants-ou-l-un = С детьми (или с одним из них)
tm-autre-situation = Другая ситуация
tm-ou-vivez-vous = Где вы живёте?
tm-vous-avez-un-logement-independant = У вас есть собственное отдельное жильё
tm-vous-vivez-dans-un-etablissement-medico = Вы живёте в медико-социальном или лечебном учреждении
tm-precisez-le-nom-le-type-et = Укажите название, тип и место
tm-vous-etes-hebergee-au-domicile = Вы живёте в чужом жилье
tm-vous-avez-deja-eu = У вас уже был(а):
tm-un-accident-cause-par-un-tiers = Несчастный случай по вине другого человека
tm-un-accident-du-travail = Несчастный случай на работе
tm-un-autre-accident = Другой несчастный случай
tm-suite-a-cet-accident-y-a = Есть ли после этого случая текущее или завершённое требование о возмещении ущерба?
tm-aupres-de-quel-organisme = В какую организацию?
tm-vous-recevez = Вы получаете:
tm-une-aide-financiere-et-des-ressources = Финансовую помощь и доходы
tm-une-aide-technique-materielle-ou-de = Техническую, материальную помощь или оборудование
tm-une-aide-a-la-personne-avec = Личную помощь: вам кто-то помогает
tm-vous-recevez-les-aides-ressources-et = Вы получаете следующие пособия, доходы и/или выплаты:
tm-allocation-chomage-versee-par-pole = Пособие по безработице, которое выплачивает Pôle Emploi
tm-dans-les-12-mois-precedant-votre = Получали ли вы за 12 месяцев до подачи заявления:
tm-un-revenu-d-activite = Доход от работы
tm-des-indemnites-journalieres = Ежедневные пособия (больничные)
tm-un-revenu-issu-d-une-activite = Доход от работы в ESAT
tm-vous-percevez-une-ou-plusieurs-des = Вы получаете одну или несколько из следующих выплат:
tm-une-pension-d-invalidite = Пенсию по инвалидности
tm-une-autre-pension-de-ce-type = Другую пенсию такого рода
tm-pension-des-deux-tiers-d-incapacite = Пенсию «двух третей», пенсию по нетрудоспособности и т. д.
tm-une-majoration-tierce-personne = Majoration Tierce Personne (надбавку на помощь третьего лица)
tm-une-allocation-supplementaire-d = Allocation Supplémentaire d'Invalidité (дополнительное пособие по инвалидности)
tm-une-rente-d-accident-ou-de = Ренту за несчастный случай на производстве или профессиональное заболевание
tm-une-prestation-complementaire-de-recours = Prestation Complémentaire de Recours à Tierce Personne (дополнительную выплату на помощь третьего лица)
tm-une-retraite-pour-inaptitude-dans-la = Пенсию по непригодности к службе на государственной службе или досрочную пенсию
tm-depuis-le-2 = С какой даты?
tm-connaissez-vous-votre-taux-d-ipp = Знаете ли вы свой процент IPP (Incapacité Permanente Partielle, стойкая частичная нетрудоспособность)?
tm-renseignez-ici-le-taux-qui-vous = Укажите здесь процент, который вам установила касса медицинского страхования (CPAM)
tm-taux-d-ipp-en = Процент IPP, в %
tm-vous-avez-indique-recevoir-une-aide = Вы указали, что получаете техническую, материальную помощь или оборудование; эта помощь состоит в:
tm-un-amenagement-de-logement = Приспособлении жилья
tm-une-aide-animaliere = Животном-помощнике
tm-un-amenagement-de-vehicule = Приспособлении транспортного средства
tm-une-aide-technique-ex-barre-d = Техническом средстве (напр.: поручень, ходунки и т. д.)
tm-vous-avez-indique-recevoir-une-aide-2 = Вы указали, что получаете личную помощь; вам помогает:
tm-votre-famille = Ваша семья
tm-un-professionnel-de-soins-a-domicile = Специалист по уходу на дому
tm-un-accompagnement-medico-social = Медико-социальное сопровождение
tm-etes-vous-a-la-retraite = Вы на пенсии?
tm-depuis-quand = С какого времени?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (Allocation de Solidarité pour les Personnes Agées, пособие солидарности для пожилых)
tm-l-apa-allocation-personnalisee-d = APA (Allocation Personnalisée d'Autonomie, персональное пособие на самостоятельность)
tm-vous-avez-demande-une-pension-de = Вы подали заявление на пенсию по старости
tm-du-fait-de-votre-handicap = Из-за вашей инвалидности:
tm-vous-exercez-une-activite = Вы работаете неполный рабочий день
tm-precisez-la-quotite-en-pourcentage = Укажите долю рабочего времени в процентах
tm-vous-avez-du-renoncer-a-votre = Вам пришлось оставить работу
tm-du-fait-de-votre-handicap-recourez = Нанимаете ли вы из-за инвалидности кого-то за плату, чтобы вам помогал?
tm-frais-lies-au-handicap-et-restant = Расходы, связанные с инвалидностью, которые вы оплачиваете сами
tm-indiquez-les-frais-non-rembourses-ou = Укажите расходы, которые не возмещает или возмещает лишь частично ваша медицинская страховка или дополнительная страховка (mutuelle). В частности, укажите, нанимаете ли вы за плату кого-то для помощи из-за инвалидности.
tm-vous-avez-besoin-d-aide-dans = Вам нужна помощь в повседневной жизни:
tm-pour-regler-les-depenses-courantes-loyer = Чтобы оплачивать текущие расходы (аренда, энергия, одежда, питание и т. д.)
tm-pour-gerer-votre-budget-et-repondre = Чтобы управлять бюджетом и выполнять свои обязательства (административные процедуры, страхование, налоги и т. д.)
tm-pour-l-hygiene-corporelle-se-laver = Для личной гигиены (мыться, ходить в туалет)
tm-pour-vous-habiller-mettre-et-oter = Чтобы одеваться (надевать и снимать одежду, выбирать её и т. д.)
tm-pour-faire-les-courses = Чтобы делать покупки
tm-pour-preparer-les-repas = Чтобы готовить еду
tm-pour-prendre-les-repas = Чтобы есть
tm-pour-faire-le-menage-et-l = Чтобы убирать и ухаживать за одеждой
tm-pour-prendre-soin-de-votre-sante = Чтобы заботиться о здоровье (лечиться, ходить на приёмы и т. д.)
tm-autre-besoin = Другая потребность
tm-vous-avez-besoin-d-aide-pour = Вам нужна помощь, чтобы передвигаться:
tm-pour-se-deplacer-dans-le-domicile = Чтобы передвигаться по дому
tm-pour-sortir-du-domicile-ou-y = Чтобы выходить из дома или входить в дом
tm-pour-se-deplacer-a-l-exterieur = Чтобы передвигаться вне дома
tm-pour-utiliser-un-vehicule = Чтобы пользоваться транспортным средством
tm-pour-utiliser-les-transports-en-commun = Чтобы пользоваться общественным транспортом
tm-pour-partir-en-vacances = Чтобы ездить в отпуск
tm-utilisez-vous-les-transports-adaptes = Пользуетесь ли вы приспособленным транспортом, который предлагают в вашей местности?
tm-vous-avez-besoin-d-aide-pour-2 = Вам нужна помощь в общественной жизни:
tm-pour-communiquer-s-exprimer-se-faire = Чтобы общаться (выражать мысли, быть понятым)
tm-pour-avoir-des-activites-sportives-et = Чтобы заниматься спортом и досугом
tm-pour-les-relations-avec-les-autres = В отношениях с другими людьми
tm-pour-vous-occuper-de-votre-famille = Чтобы заботиться о своей семье
tm-pour-vous-accompagner-dans-votre-vie = Чтобы вас сопровождали в гражданской жизни (напр.: голосование, общественные организации и т. д.)
tm-pour-assurer-votre-securite = Чтобы обеспечить вашу безопасность
tm-quelles-sont-vos-attentes-pour-compenser = Что вы ожидаете для компенсации вашей инвалидности?
tm-vivre-a-domicile = Жить дома
tm-un-amenagement-de-votre-lieu-de = Приспособление места, где вы живёте
tm-realiser-un-bilan-des-capacites-dans = Оценку ваших возможностей в повседневной жизни
tm-une-aide-financiere-afin-d-assurer = финансовую помощь, чтобы иметь минимальный доход
tm-une-aide-pour-se-deplacer = Помощь в передвижении
tm-un-accompagnement-pour-l-adptation = Сопровождение для адаптации / реадаптации к повседневной жизни
tm-une-aide-humaine-quelqu-un-qui = Помощь человека: кто-то вам помогает
tm-vivre-en-etablissement = Жить в учреждении
tm-du-materiel-ou-equipement = Материалы или оборудование
tm-une-aide-financiere-pour-des-depenses = Финансовую помощь на расходы, связанные с инвалидностью
tm-un-accueil-temporaire = Временное размещение
tm-autre-attente = Другое ожидание
tm-avez-vous-deja-identifie-une-ou = Нашли ли вы уже одну или несколько организаций или служб, которые могли бы отвечать вашим ожиданиям?
tm-avez-vous-d-autres-renseignements = Есть ли у вас другие сведения (ситуация, ожидания, планы) о вашей повседневной жизни?
tm-vie-scolaire-ou-etudiante = Школьная или студенческая жизнь
tm-etes-vous-actuellement-scolarise = Учитесь ли вы сейчас в школе?
tm-pourquoi-n-etes-vous-pas-scolarise = Почему вы не учитесь в школе?
tm-vous-etes-trop-jeune = Вы ещё слишком маленький
tm-a-partir-de-quand-serez-vous = С какого времени вы будете учиться в школе?
tm-vous-etes-sans-solution-d-accueil = Для вас нет места в школе, университете или медико-социальном учреждении
tm-vous-etes-actuellement-scolarise = Сейчас вы учитесь в школе
tm-en-milieu-ordinaire = В обычной школе
tm-avec-accompagnement-par-un-service-de = С сопровождением лечебной службы или медико-социального учреждения
tm-en-temps-partage-entre-letablissement = Время разделено между медико-социальным учреждением и обычной школой или домом
tm-en-temps-partage-entre-le-service = Время разделено между лечебной службой и обычной школой
tm-en-formation-superieure-ou-en = В высшем учебном заведении или на профессиональном обучении (ученичество)
tm-etes-vous-place-en-internat = Живёте ли вы в интернате?
tm-ses-frais-de-sejour-sont-ils = Полностью ли оплачивает расходы на проживание медицинское страхование, государство или социальная помощь?
tm-dans-quel-s-etablissement-s = В каком(их) учреждении(ях)?
tm-quel-type-d-etudes-suivez-vous = Какое обучение вы проходите?
tm-quel-s-diplome-s-avez-vous = Какой(ие) диплом(ы) вы получили?
tm-quel-s-diplome-s-preparez-vous = К какому(им) диплому(ам) вы готовитесь?
tm-decrivez-votre-parcours-d-etudiant-ou = Опишите свой путь как студента или ученика
tm-annee-etablissement = Год, учреждение
tm-vous-disposez-actuellement-d = Сейчас у вас есть сопровождение и лечение
tm-soins-hospitaliers = Лечение в больнице
tm-soins-en-liberal = Лечение у частных специалистов
tm-vous-disposez-actuellement-d-adaptations = Сейчас у вас есть приспособленные материальные условия
tm-amenagement-et-adaptations-pedagogiques = Педагогические приспособления
tm-outils-de-communication = Средства общения
tm-materiel-informatique-et-audiovisuel = Компьютерное и аудиовизуальное оборудование
tm-materiel-deficience-auditive = Оборудование для людей с нарушением слуха
tm-materiel-deficience-visuelle = Оборудование для людей с нарушением зрения
tm-mobilier-et-petits-materiels = Мебель и мелкое оборудование
tm-transport = Транспорт
tm-vous-disposez-actuellement-d-une-aide = Сейчас у вас есть помощник для учеников с инвалидностью
tm-precisez-laquelle = Уточните, какая именно
tm-decrivez-votre-emploi-du-temps-ecole = Опишите своё расписание (школа, столовая, лечение и т. д.)
tm-vous-avez-des-besoins-en-lien = У вас есть потребности, связанные с учёбой:
tm-pour-lire = Чтобы читать
tm-pour-ecrire-prendre-des-notes = Чтобы писать, делать записи
tm-pour-calculer = Чтобы считать
tm-pour-comprendre-suivre-les-consignes = Чтобы понимать указания и следовать им
tm-pour-organiser-controler-son-travail = Чтобы организовывать и проверять свою работу
tm-pour-l-utilisation-du-materiel = Чтобы пользоваться оборудованием
tm-vous-avez-des-besoins-pour-communiquer = У вас есть потребности для общения:
tm-pour-assurer-sa-securite = Чтобы обеспечить свою безопасность
tm-vous-avez-des-besoins-pour-l = У вас есть потребности в личном уходе:
tm-pour-l-hygiene-corporelle-aller-aux = Для личной гигиены (ходить в туалет)
tm-pour-s-habiller-mettre-et-oter = Чтобы одеваться (надевать и снимать одежду)
tm-pour-les-repas-manger-et-boire = Для приёма пищи (есть и пить)
tm-pour-prendre-soin-de-sa-sante = Чтобы заботиться о своём здоровье
tm-vous-avez-besoin-d-aide-pour-3 = Вам нужна помощь в передвижении:
tm-pour-se-deplacer-a-l-interieur = Чтобы передвигаться внутри помещений
tm-pour-se-deplacer-a-l-exterieur-2 = Чтобы передвигаться вне помещений
tm-vous-souhaitez = Вы хотите:
tm-une-adaptation-de-la-scolarite = Приспособление обучения
tm-une-orientation-scolaire-differente = Другую школьную ориентацию
tm-une-aide-humaine = Помощь человека
tm-une-aide-materielle = Материальную помощь
tm-un-accompagnement-pour-une-readaptation = Сопровождение для реадаптации / реабилитации
tm-une-prise-en-charge-par-un = Уход в учреждении без проживания
tm-une-prise-en-charge-par-un-2 = Уход в учреждении с проживанием
tm-avez-vous-deja-identifie-un = Нашли ли вы уже школу, университет или медико-социальное учреждение, которое могло бы отвечать вашим ожиданиям?
tm-avez-vous-pu-prendre-contact-avec = Удалось ли вам связаться со своим ответственным учителем (enseignant référent)?
tm-pourquoi = Почему?
tm-vous-avez-d-autres-renseignements = Если у вас есть другие важные сведения (ситуация, ожидания, планы) о вашей школьной, студенческой жизни или ученичестве, укажите их здесь:
tm-vie-au-travail = Трудовая жизнь
tm-situation-professionnelle = Профессиональная ситуация
tm-parcours-professionnel = Профессиональный путь
tm-projet-professionnel = Профессиональный план
tm-avez-vous-actuellement-un-emploi = Есть ли у вас сейчас работа?
tm-avez-vous-deja-travaille = Вы когда-нибудь работали?
tm-pourquoi-etes-vous-actuellement-sans = Почему вы сейчас без работы и с какого времени?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Можете ли вы указать, почему вы сейчас без работы?
tm-etes-vous-dans-une-des-situations = Находитесь ли вы в одной из следующих ситуаций?
tm-inscrit-a-pole-emploi = Зарегистрирован(а) в Pôle emploi
tm-en-formation-continue = На непрерывном обучении (для взрослых)
tm-votre-accompagnement-vers-l-emploi-est = В поиске работы вас сопровождает:
tm-mission-locale = Mission locale (местный центр занятости молодёжи)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = Ответственный по RSA, назначенный Conseil Général (советом департамента)
tm-vous-avez-un-emploi = У вас есть работа:
tm-en-entreprise-adaptee = На адаптированном предприятии (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = В защищённой среде (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = Какой у вас тип занятости?
tm-interim = Временная работа через агентство
tm-contrat-aide = Субсидированный договор
tm-travailleur-independant = Самозанятый
tm-regime = Режим:
tm-stagiaire-professionnel = Стажёр
tm-est-ce-un-stage-remunere = Это оплачиваемая стажировка?
tm-au-sein-de-quel-organisme-effectuez = В какой организации вы проходите стажировку?
tm-nom-de-l-organisme = Название организации
tm-qui-est-votre-employeur = Кто ваш работодатель?
tm-quel-est-le-nom-de-votre = Как называется ваша должность?
tm-nom-du-poste = Название должности
tm-votre-emploi-est-il-a-temps = Вы работаете полный или неполный рабочий день?
tm-temps-complet = Полный рабочий день
tm-temps-partiel = Неполный рабочий день
tm-votre-emploi-est-il-adapte-a = Приспособлена ли ваша работа к вашей инвалидности?
tm-quelles-sont-les-difficultes-liees-a = Какие трудности связаны с вашей инвалидностью?
tm-accompagnement-pour-conserver-votre = Сопровождение, чтобы сохранить работу:
tm-par-la-medecine-du-travail = Со стороны службы медицины труда
tm-par-le-service-d-appui-au = Со стороны службы поддержки сохранения работы работников с инвалидностью (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Ваше рабочее место было приспособлено:
tm-etes-vous-actuellement-en-arret-de = Находитесь ли вы сейчас на больничном?
tm-vous-etes-actuellement-en-arret-de = Сейчас вы не работаете из-за:
tm-arret-maladie-avec-indemnites = Больничный с ежедневными пособиями
tm-arret-maladie-sans-indemnites = Больничный без ежедневных пособий
tm-vous-etes-en-arret-suite-a = Вы не работаете из-за несчастного случая на производстве или профессионального заболевания
tm-conge-maternite-conge-d-adoption-autre = Декретный отпуск/отпуск по усыновлению/другое
tm-avez-vous-rencontre-un-professionnel-du = Встречались ли вы со специалистом социальной службы вашей пенсионной кассы?
tm-a-quelle-date = Какого числа?
tm-avez-vous-rencontre-le-medecin-du = Были ли вы у врача по медицине труда на осмотре перед возвращением на работу?
tm-beneficiez-vous-d-une-ou-des = Получаете ли вы одну или несколько из следующих выплат?
tm-aides-de-l-association-de-gestion = Помощь ассоциации, управляющей фондом трудоустройства людей с инвалидностью (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Помощь фонда трудоустройства людей с инвалидностью на государственной службе (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = Признан ли за вами статус работника с инвалидностью (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = Вы хотите ввести свой опыт работы в форму или отсканировать резюме (CV)?
tm-numeriser-le-cv-et-l-ajouter = Отсканировать резюме (CV) и добавить его к заявлению при завершении
tm-saisir-mes-experiences-professionnelles = Ввести свой опыт работы в эту форму
tm-precisez-vos-experiences = Укажите свой опыт работы, включая стажировки и организации профессиональной интеграции.
tm-votre-niveau-de-qualification = Ваш уровень квалификации:
tm-primaire = Начальное образование
tm-secondaire = Среднее образование
tm-superieur = Высшее образование
tm-derniere-classe-frequentee = Последний класс, в котором вы учились:
tm-avez-vous-suivi-une-des-formation = Проходили ли вы профессиональное обучение?
tm-laquelle-lesquelles = Какое(ие)?
tm-precisez-votre-vos-dernier-s-diplome = Укажите свой(и) последний(ие) полученный(е) диплом(ы):
tm-avez-vous-un-ou-plusieurs-projet = Есть ли у вас один или несколько профессиональных планов?
tm-pourquoi-avez-vous-besoin-de-soutien = Почему вам нужна поддержка?
tm-faire-un-bilan-de-capacites = Оценить свои профессиональные возможности
tm-preciser-un-projet-professionnel = Уточнить профессиональный план
tm-adapter-l-environnement-de-travail = Приспособить рабочую среду
tm-acceder-a-un-emploi = Получить работу
tm-acceder-a-une-formation = Получить обучение
tm-autres-renseignements-concernant-votre = Другие сведения о вашей трудовой жизни, которые вы хотели бы нам сообщить
tm-vie-de-votre-aidant-familial = Жизнь вашего ухаживающего родственника
tm-vous-pouvez-expliquer-l-aide-que = Вы можете объяснить, какую помощь ваш ухаживающий сейчас оказывает человеку с инвалидностью, а также выразить его ожидания и потребности.
tm-comment-s-appelle-votre-aidant = Как зовут вашего ухаживающего?
tm-nom-et-prenom = Фамилия и имя
tm-quel-est-son-lien-avec-la = Кем он(а) приходится человеку с инвалидностью?
tm-vit-il-elle-avec-la-personne = Живёт ли он(а) вместе с человеком с инвалидностью?
tm-est-il-elle-actuellement-en-emploi = Работает ли он(а) сейчас?
tm-oui-avec-une-reduction-dactivite-liee = Да, с сокращённым рабочим временем из-за ухода за этим человеком
tm-quelle-est-la-nature-de-l = Какую помощь оказывают?
tm-surveillance-presence-responsable = Присмотр / присутствие ответственного лица
tm-aide-aux-deplacements-a-linterieur-du = Помощь в передвижении по жилью
tm-aide-aux-deplacements-a-lexterieur = Помощь в передвижении вне дома
tm-aide-pour-entretenir-le-logement-et = Помощь в уходе за жильём и бельём
tm-aide-a-lhygiene-corporelle = Помощь с личной гигиеной
tm-aide-a-la-preparation-des-repas = Помощь в приготовлении еды
tm-aide-a-la-prise-de-repas = Помощь во время еды
tm-coordination-des-intervenants = Координация работающих специалистов
tm-gestion-administrative-et-juridique = Административные и юридические дела
tm-gestion-financiere = Финансовые дела
tm-stimulation-par-des-activites-loisirs = Стимуляция через занятия (досуг, прогулки и т. д.)
tm-aide-a-la-communication-et-aux = Помощь в общении и социальных отношениях
tm-aide-au-suivi-medical = Помощь с медицинским наблюдением
tm-qui-participe-avec-lui-elle-a = Кто ещё вместе с ним(ней) участвует в сопровождении человека, которому помогают?
tm-un-des-professionnel-s = Один или несколько специалистов
tm-un-ou-plusieurs-autre-s-proche = Один или несколько других близких
tm-il-elle-est-l-unique-aidante = Он(а) — единственный ухаживающий заявителя
tm-est-il-elle-soutenue-dans-sa = Получает ли он(а) поддержку в своей роли ухаживающего?
tm-en-cas-d-empechement-a-t = Есть ли у него(неё) решение, кто его(её) заменит, если он(а) не сможет?
tm-laquelle = Какое именно?
tm-il-elle-est-ou-sera-prochainement = Он(а) сейчас или скоро будет в одной из следующих ситуаций:
tm-eloignement-geographique-demenagement = Проживание далеко (переезд и т. д.)
tm-indisponibilite-prolongee-sejour-a = Длительное отсутствие (пребывание за границей, госпитализация и т. д.)
tm-changement-majeur-dans-la-situation = Серьёзное изменение в личной ситуации (расставание, смерть супруга, переезд в дом престарелых и т. д.)
tm-probleme-de-sante = Проблема со здоровьем
tm-changement-majeur-dans-la-situation-2 = Серьёзное изменение в профессиональной ситуации
tm-difficulte-a-assurer-l-accompagnement = Трудно продолжать нынешнее сопровождение (истощение, возраст и т. д.)
tm-ses-attentes-en-tant-qu-aidant = Его(её) ожидания как ухаживающего родственника:
tm-pouvoir-se-reposer-au-quotidien = Иметь возможность отдыхать каждый день
tm-pouvoir-se-faire-remplacer-en-cas = Иметь возможность найти замену при необходимости
tm-pouvoir-se-faire-remplacer-en-cas-2 = Иметь возможность найти замену в непредвиденной ситуации
tm-se-faire-remplacer-pour-partir-en = Найти замену, чтобы уехать на выходные/в отпуск
tm-reprendre-renforcer-maintenir-son = Возобновить/увеличить/сохранить свою профессиональную деятельность
tm-reprendre-renforcer-maintenir-ses-liens = Восстановить/укрепить/сохранить свои социальные связи
tm-obtenir-une-contre-partie-financiere = Получить денежную компенсацию
tm-echanger-avec-dautres-aidants = Общаться с другими ухаживающими
tm-echanger-avec-les-professionnels-qui = Общаться со специалистами, которые сопровождают близкого человека
tm-avoir-un-soutien-psychologique = Получать психологическую поддержку
tm-etre-conseille-pour-mieux-faire-face = Получать советы, чтобы лучше справляться с инвалидностью близкого
tm-etre-affilie-gratuitement-a-lassurance = Быть бесплатно застрахованным в пенсионном страховании по старости
tm-a-t-il-elle-deja-identifie = Нашёл(ла) ли он(а) уже одну или несколько организаций или служб, которые могли бы отвечать его(её) ожиданиям?
tm-vous-souhaitez-mieux-connaitre-les = Вы хотите лучше узнать о существующих программах и пособиях:
tm-pour-l-aidant = Для ухаживающего
tm-pour-la-personne-aidee = Для человека, которому помогают
tm-autres-renseignements-que-vous = Другие сведения о жизни вашего ухаживающего, которые вы хотели бы нам сообщить
tm-documents-lies-a-votre-demande = Документы к вашему заявлению
tm-pour-nous-transmettre-les-documents = Чтобы отправить нам обязательные и дополнительные подтверждающие документы
tm-certificat-medical = Медицинская справка
tm-votre-certificat-medical-n-est-pas = Ваша медицинская справка недействительна, используйте один из предложенных образцов.
tm-un-certificat-medical-de-moins-de = Медицинская справка, выданная не более 6 месяцев назад, по форме для заявлений в MDPH.
tm-justificatif-de-domicile = Подтверждение адреса проживания
tm-une-photocopie-dun-justificatif-de = Копия подтверждения адреса, выданного не более 3 месяцев назад (для детей приложите подтверждение адреса законного представителя; для тех, кто живёт у других: подтверждение адреса и письменное заявление под честное слово от принимающего).
tm-piece-d-identite = Документ, удостоверяющий личность
tm-une-photocopie-recto-verso-dun = Двусторонняя копия документа, удостоверяющего личность человека с инвалидностью и, при необходимости, его законного представителя (действующий документ, удостоверяющий личность, или действующий вид на жительство, или любой другой документ, разрешающий пребывание во Франции).
tm-acte-de-deces-acte-de-mariage = Свидетельство о смерти / свидетельство о браке
tm-carte-grise-vehicule-permis-de-conduire = Свидетельство о регистрации транспортного средства, водительские права
tm-carte-de-sejour = Вид на жительство
tm-avis-d-impot-sur-le-revenu = Уведомление о подоходном налоге
tm-releve-d-identite-bancaire-rib-iban = Банковские реквизиты (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Справка о выплате ежедневных пособий (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Расчётный листок
tm-devis-facture-aide-technique = Смета / счёт за техническое средство
tm-audiogramme = Аудиограмма
tm-livret-de-famille = Семейная книжка (livret de famille)
tm-facture-cantine-restaurant-scolaire = Счёт за столовую (школьная столовая)
tm-facture-frais-d-obseques = Счёт за похороны
tm-justificatif-reduction-du-temps-de = Подтверждение сокращения рабочего времени
tm-billets-de-train-fiche-taxi-frais = Билеты на поезд / квитанция такси (транспортные расходы из-за направления в учреждение)
tm-jugement-de-tutelle-jugement = Решение суда об опеке, решение об исправлении, попечительство (curatelle)
tm-justificatif-d-emancipation = Подтверждение эмансипации
tm-jugement-de-delegation-d-autorite = Решение суда о передаче родительских прав
tm-jugement-de-divorce = Решение суда о разводе
tm-bilan-ophtalmologique-mdph = Заключение офтальмолога (MDPH)
tm-complement-medical-d-aide-a-l = Медицинское дополнение для психиатрической оценки
tm-bilan-psychologique-etc = Психологическая оценка и т. д.
tm-compte-rendu-d-examen-psychiatrique = Заключение психиатрического обследования, психиатрическая анкета и т. д.
tm-bilan-orthophonique-psychomoteur = Заключение логопеда, психомоторного терапевта, физиотерапевта, остеопата и т. д.
tm-bilan-camsp-cmp-cmpp = Заключение CAMSP, CMP, CMPP
tm-compte-rendu-d-evaluation-medicale = Заключение медицинской оценки
tm-attestation-medicale = Медицинская справка
tm-fiche-de-liaison-medecine-du-travail = Связной бланк медицины труда
tm-prescription-medicale-pour-amenagement-d = Медицинское назначение для особых условий на экзаменах
tm-bulletin-d-hospitalisation = Справка о госпитализации
tm-fiche-de-prescription-hors = Бланк немедикаментозного назначения
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Для детей, которые учатся в школе, ожидания описывают в документе GEVASco. GEVASco — это пособие для сбора данных, которое вы заполняете вместе с директором учреждения (первое заявление) или ответственным учителем (повторное рассмотрение). Контакты ответственного учителя можно спросить у директора школы.
tm-bilan-de-l-equipe-de-suivi = Заключение команды сопровождения обучения (ESS)
tm-fiche-de-liaison-financement-du-materiel = Связной бланк по финансированию приспособленного учебного оборудования
tm-fiche-d-evaluation-de-l-autonomie = Бланк оценки самостоятельности ученика (от управления образования)
tm-protocoles-d-accompagnement-d-un-eleve = Протоколы сопровождения ученика с инвалидностью помощником AVSI (индивидуальный помощник в школьной жизни)
tm-plan-individualise-d-accompagnement-pia = Индивидуальный план сопровождения (PIA)
tm-devoirs-particuliers-dyslexie = Особые домашние задания (дислексия, логопедия и т. д.)
tm-certificat-de-scolarite-releve-de-notes = Справка об обучении, табель оценок и т. д.
tm-curriculum-vitae-cv = Резюме (CV)
tm-courriers-orientation-professionnel = Письма по профессиональной ориентации (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Оценки (AFPA, ESAT и т. д.), оценки Appui Projet, POPS, Préo, UEROS и т. д.
tm-rapport-de-stage = Отчёт о стажировке
tm-syntheses-etablissements-et-services-ems = Итоговые отчёты учреждений и служб (EMS, SMS, SAVS, SAMSAH и т. д.)
tm-autre-document = Другой документ

## mdph: account

tm-plus-qu-une-etape = Остался один шаг
tm-cliquez-sur-le-lien-qui-vous = Нажмите на ссылку, которую вам отправили, чтобы активировать аккаунт (не забудьте проверить папку «Спам»).
tm-votre-compte-a-bien-ete-valide = Ваш аккаунт подтверждён.
tm-ce-lien-est-incorrect-ou-a = Эта ссылка неверна или уже была использована.
tm-email-envoye = Письмо отправлено
tm-cliquez-sur-le-lien-qui-vous-2 = Нажмите на ссылку, которую вам отправили по электронной почте, чтобы изменить пароль.
tm-si-vous-avez-oublie-votre-mot = Если вы забыли пароль, укажите свой адрес электронной почты — на него отправят новый пароль.
tm-veuillez-entrer-votre-email = Введите свою электронную почту.
tm-l-adresse-email-n-est-pas = Адрес электронной почты недействителен.
tm-connectez-vous-pour-reprendre-votre = Войдите, чтобы продолжить оформление
tm-adresse-email = Адрес электронной почты
tm-veuillez-entrer-une-adresse-email = Введите адрес электронной почты.
tm-cette-adresse-email-n-est-pas = Этот адрес электронной почты недействителен.
tm-veuillez-entrer-un-mot-de-passe = Введите пароль.
tm-vous-n-avez-pas-de-compte = Нет аккаунта? Зарегистрируйтесь
tm-une-erreur-est-survenue-lors-de-5 = При отправке произошла ошибка. Возможно, этот аккаунт уже активирован или не существует.
tm-un-mail-de-confirmation-a-bien = Письмо с подтверждением повторно отправлено на вашу электронную почту
tm-nouveau-mot-de-passe = Новый пароль
tm-vous-avez-indique-avoir-oublie-votre = Вы указали, что забыли пароль. Сбросьте его, введя новый пароль.
tm-inscrivez-vous-pour-commencer-votre = Зарегистрируйтесь, чтобы начать оформление
tm-veuillez-entrer-votre-adresse-e-mail = Введите свой адрес электронной почты.
tm-cet-email-n-est-pas-valide = Эта электронная почта недействительна.
tm-adresse-email-de-secours = Резервный адрес электронной почты
tm-veuillez-entrer-votre-adresse-e-mail-2 = Введите свой резервный адрес электронной почты.
tm-erreur-dans-le-formulaire-merci-de = Ошибка в форме, обновите страницу.
tm-contact = Контакт
tm-veuillez-entrer-votre-numero-de-contact = Введите свой контактный номер.
tm-vous-avez-deja-un-compte-connectez = Уже есть аккаунт? Войдите

## mdph: apropos

tm-en-quelques-mots = Коротко
tm-plus-dun-tiers-des-personnes-handicapees = Более трети людей с инвалидностью считают сложными административные процедуры, связанные с их инвалидностью. Рассмотрение заявлений часто длится дольше четырёх месяцев, предусмотренных законом.
tm-un-traitement-informatise-de-bout-en = Полностью компьютеризированное рассмотрение от начала до конца
tm-une-communication-en-continu = Постоянная связь
tm-pour-les-utilisateurs = Для пользователей
tm-un-espace-personnel = Личный кабинет
tm-un-questionnaire-dynamique = Динамическая анкета
tm-un-accompagnement-des-la-saisie-de = Сопровождение с самого заполнения заявления
tm-un-suivit-en-temps-reel = Отслеживание в реальном времени
tm-une-presence-sur-le-web = Присутствие в интернете
tm-une-appropriation-de-votre-espace = Настройка кабинета под себя

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Подтвердите заявление для { $name }
tm-une-fois-la-demande-validee-vous = После подтверждения заявления вы больше не сможете изменить никаких сведений, кроме документов, и то только по запросу MDPH. Ниже приведена сводка вашего заявления:
tm-recapitulatif-de-votre-demande = Сводка вашего заявления
tm-documents = Документы:
tm-en-validant-je-certifie-que-les = Подтверждая, я удостоверяю, что приведённые выше сведения верны.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } не принимает заявления через этот онлайн-сервис, поэтому отправить ей заявление через этот онлайн-сервис невозможно.
tm-demande-n = Заявление № { $shortId }
tm-votre-mdph-vous-demande-de-corriger = Ваша MDPH просит вас исправить документы, приложенные к заявлению
tm-pour-tout-autre-modification-veuillez = По любым другим изменениям обращайтесь напрямую в свою MDPH (контакты внизу страницы)
tm-telecharger = Скачать
tm-votre-demande-est-en-cours-de = Ваша MDPH проверяет ваше заявление
tm-informations-obligatoires = Обязательные сведения
tm-informations-complementaires = Дополнительные сведения
tm-decrivez-votre-situation-vos-besoins-vos = Опишите свою ситуацию, потребности, планы и ожидания.
tm-demande = Заявление / { $label }
tm-demande-documents = Заявление / Документы
tm-en-cours = { $name } — выполняется... { $progress }%
tm-ajouter-un-document = Добавить документ
tm-autres-types-de-documents = Другие типы документов
tm-retourner-a-la-demande = Вернуться к заявлению
tm-choix-du-type-de-document = Выбор типа документа
tm-recherche = Поиск
tm-suggestions-de-documents-a-fournir = Рекомендуемые документы
tm-demande-identite-de-l-autorite-parentale = Заявление / Данные лица с родительскими правами
tm-demande-identite-de-la-personne-vous = Заявление / Данные человека, который помогает вам в этой процедуре
tm-la-personne-vous-aidant-dans-votre = Человек, который помогает вам в процедуре, — это
tm-un-proche = Близкий человек
tm-une-association = Ассоциация
tm-nom-ou-intitule = Имя (или название)
tm-la-longueur-minimale-du-nom-est = Имя должно содержать не меньше 1 символа.
tm-recherche-adresse = Поиск адреса
tm-localite = Населённый пункт
tm-telephone-1 = Телефон 1
tm-telephone-2 = Телефон 2
tm-demande-identite-du-beneficiaire = Заявление / Данные получателя
tm-nom-d-epouxse-ou-nom-d = Фамилия в браке или фамилия, которой вы пользуетесь
tm-homme = Мужчина
tm-femme = Женщина
tm-espace-economique-europeen-ou-suisse = Европейская экономическая зона или Швейцария
tm-date-de-naissance-au-format-jour = Дата рождения в формате день/месяц/год
tm-veuillez-utiliser-le-format-jj-mm = Используйте формат ДД/ММ/ГГГГ. Например: 14/09/1989.
tm-commune-de-naissance = Коммуна (commune) рождения
tm-pays-en-cas-de-naissance-a = Страна (если вы родились за границей)
tm-l-adresse-email-saisie-est-incorrecte = Введённый адрес электронной почты неверен.
tm-si-vous-avez-elu-domicile-aupres = Если ваш адрес для корреспонденции — в организации (ассоциация, центр размещения или социальной помощи), укажите, в какой
tm-organisme-payeur-de-prestations = Организация, выплачивающая семейные пособия / RSA
tm-organisme-d-assurance-maladie = Организация медицинского страхования
tm-votre-numero-de-securite-sociale = Ваш номер социального страхования
tm-ce-numero-de-securite-sociale-est = Этот номер социального страхования недействителен.
tm-ce-champ-est-incomplet = Это поле заполнено не полностью.
tm-si-cest-votre-enfant-qui-est = Если заявление касается вашего ребёнка, укажите номер социального страхования ребёнка
tm-etes-vous-aide-e-dans-vos = Помогает ли вам кто-нибудь в процедурах в MDPH?
tm-beneficiez-vous-dune-mesure-de = Установлена ли в отношении вас мера правовой защиты (опека и т. п.)?
tm-demande-identite-du-representant-legal = Заявление / Данные законного представителя
tm-demande-prestations = Заявление / Выплаты
tm-demandes-relatives-a-la-vie-quotidienne = Запросы, связанные с повседневной жизнью
tm-carte-mobilite-inclusion = Carte mobilité inclusion (карта мобильности для людей с инвалидностью)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, компенсационное пособие)
tm-demandes-relatives-a-la-vie-scolaire = Запросы, связанные со школьной жизнью
tm-demandes-relatives-au-travail-a-lemploi = Запросы, связанные с работой, занятостью и профессиональным обучением
tm-orientation-professionnelle = Профессиональная ориентация
tm-le-dispositif-emploi-accompagne-propose = «Программа сопровождаемой занятости предлагает медико-социальное сопровождение и поддержку в трудоустройстве работнику с инвалидностью и его работодателю. Воспользоваться программой могут работники с инвалидностью:
tm-ayant-un-projet-dinsertion-en-milieu = которые планируют работать в обычной рабочей среде,
tm-accueillis-dans-un-etablissement-ou = которые находятся в учреждении или службе помощи через труд (ESAT) и планируют работать в обычной рабочей среде,
tm-deja-en-emploi-en-milieu-ordinaire = которые уже работают в обычной рабочей среде и испытывают особые трудности с сохранением работы.»
tm-demande-confirmer-votre-compte-mail = Заявление / Подтвердите свою электронную почту
tm-vous-n-avez-pas-encore-confirme = Вы ещё не подтвердили аккаунт. Это можно сделать, открыв ссылку для активации, отправленную вам по электронной почте.
tm-en-cas-de-difficultes-vous-pouvez = Если возникнут трудности, пишите нам на адрес contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Нажмите здесь, чтобы повторно отправить письмо с подтверждением
tm-retourner-au-profil = Вернуться к профилю

## mdph: layout

tm-connexion = Вход

## mdph: main

tm-trouvez-le-service-en-ligne-de = Найдите онлайн-сервис своей MDPH
tm-votre-demande-en-ligne-a-la = Ваше онлайн-заявление в MDPH
tm-la-mdph-c-est-la-maison = MDPH — это Maison Départementale pour les Personnes Handicapées (департаментский центр для людей с инвалидностью). Она может ответить на потребности, связанные с вашей инвалидностью.
tm-ce-service-vous-permet-de-saisir = Этот сервис позволяет заполнить заявление и отправить его в вашу MDPH, чтобы она рассмотрела ваше дело.
tm-il-vous-permet-de-solliciter-la = Он позволяет обратиться в MDPH как получатель или как законный представитель получателя.
tm-en-fonction-de-votre-situation-vous = В зависимости от вашей ситуации вы, возможно, имеете право на следующие пособия

## mdph: mdph

tm-votre-mdph = Ваша MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = Управляйте своими заявлениями онлайн
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = Ваша MDPH не пользуется этим сервисом онлайн-заявлений
tm-continuer-sur-service-public-fr = Продолжить на service-public.fr
tm-continuer-sur = Продолжить на { $label }

## mdph: medecin

tm-votre-e-mail = Ваша электронная почта
tm-ex-email-domaine-fr = Напр.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = Адрес электронной почты обязателен.
tm-modeles-de-certificats = Образцы справок

## mdph: mon_compte

tm-en-attente-de-validation = Ожидает подтверждения
tm-si-vous-n-avez-pas-recu = Если вы не получили это письмо, нажмите здесь, чтобы отправить его повторно.
tm-modifier-mon-mot-de-passe = Изменить пароль
tm-veuillez-entrer-votre-mot-de-passe = Введите свой прежний пароль.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = Мы отправили вам письмо, чтобы подтвердить ваш адрес электронной почты.
tm-type = Тип
tm-document-ajoute = Документ добавлен
tm-choisir-le-fichier = Выбрать файл
tm-veuillez-selectionner-un-fichier = Выберите файл
tm-ajouter-ce-fichier = Добавить этот файл

## mdph: profil

tm-profil-identite-du-representant-legal = Профиль / Данные законного представителя
tm-profil-prestations = Профиль / Выплаты
tm-supprimer-ce-profil = Удалить этот профиль

## mdph: suivi

tm-cookies-deposes-et-opt-out = Файлы cookie и отказ от них (opt-out)
tm-ce-site-depose-un-petit-fichier = Этот сайт сохраняет на вашем компьютере небольшой текстовый файл («cookie»), когда вы его посещаете. Это позволяет нам считать посещения и понимать, какие страницы просматривают чаще всего.
tm-ce-site-naffiche-pas-de-banniere = Почему этот сайт не показывает баннер согласия на файлы cookie?
tm-je-contribue-a-enrichir-vos-donnees = Я помогаю пополнять ваши данные — могу ли я получить к ним доступ?
tm-bien-sur-les-statistiques-dusage-de = Конечно! Статистика использования большинства наших продуктов, в том числе https://mdphenligne.cnsa.fr/, находится в открытом доступе на stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Родитель { $n }
tm-exerce-l-autorite-parentale = Имеет родительские права
tm-meme-adresse-que-le-beneficiaire = Тот же адрес, что у получателя

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Отмечая это поле, вы удостоверяете, что у вас есть согласие { $name } на подачу заявления от его(её) имени
tm-precisez-le-domicile = Уточните, у кого вы живёте
tm-de-vos-parents-ou-l-un = У родителей (или у одного из них)
tm-de-vos-enfants-ou-l-un = У детей (или у одного из них)
tm-d-un-e-ami-e = У друга (подруги)
tm-d-un-autre-membre-de-votre = У другого члена вашей семьи
tm-d-une-famille-d-accueil = В приёмной семье
tm-et-vous-etes = И вы
tm-de-categorie = Категории
tm-son-prenom = Его(её) имя
tm-montant = Сумма
tm-montant-invalide = Недопустимая сумма
tm-veuillez-saisir-un-nombre-entre-0 = Введите число от 0 до 100.

## mdph: display-file

tm-pas-de-documents = Нет документов
tm-raison-du-refus = Причина отказа:
tm-supprimez = Удалите
tm-suppression-d-un-document = Удаление документа

## mdph: footer

tm-contactez-votre-mdph = Свяжитесь со своей MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = Уточните свои потребности в компенсации, связанные с инвалидностью
tm-plusieurs-reponses-sont-possibles = Можно выбрать несколько ответов
tm-adaptez-vos-reponses-a-votre-age = Отвечайте с учётом своего возраста.
tm-le-besoin-daide-correspond-a-une = Потребность в помощи — это прямая помощь человека, или потребность, чтобы вас побуждали, направляли, подсказывали словами, или материальная либо финансовая помощь.
tm-ce-document-correspond-a-lexpression-de = В этом документе вы описываете потребности, которые ощущаете. Затем команда MDPH проведёт подробную оценку и при необходимости встретится с вами.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, пособие взрослым с инвалидностью) и надбавка к нему
tm-carte-d-invalidite-de-priorite-de = Карта инвалидности / приоритета / парковки
tm-orientation-vers-un-etablissement-ou = Направление в медико-социальное учреждение или службу (ESMS)
tm-renouvellement-d-allocation = Продление компенсационного пособия (ACTP или ACFP)
tm-projet-personnalise-de-scolarisation = Персональный план обучения – образовательный путь и помощь в обучении
tm-orientation-professionnelle-et-ou = Профессиональная ориентация и/или профессиональное обучение
tm-reconnaissance-de-la-qualite-de = Признание статуса работника с инвалидностью (RQTH)
tm-affiliation-gratuite-a-l-assurance = Бесплатное пенсионное страхование по старости для родителей, ухаживающих за ребёнком дома (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Другой департамент: укажите его номер (например, 01 или 75)

## mdph: menu-dashboard

tm-mes-demandes = Мои заявления
tm-documents-associes = Приложенные документы

## mdph: nav-steps

tm-question-precedente = Предыдущий вопрос

## mdph: password-field

tm-votre-mot-de-passe-est-d = Ваш пароль слишком слабый.
tm-veuillez-saisir-8-caracteres = Введите 8 символов.
tm-presenter-trois-des-quatre-categories-de = Содержать три из четырёх типов символов: заглавная буква, строчная буква, цифра и/или специальные символы.
tm-ce-jeton-de-modification-a-deja = Этот код изменения уже использован для сброса пароля. Сделайте новый запрос на сброс.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = содержать восемь символов,
tm-etre-d-une-robustesse-moyenne = иметь среднюю надёжность.
tm-afin-de-garantir-au-mieux-l = Чтобы лучше защитить целостность данных, пароль должен как минимум:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = При желании уточните свой запрос

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Выберите один из вариантов или уточните свой ответ
tm-intitule-du-poste = Название должности
tm-employeur = Работодатель
tm-entreprise = Предприятие
tm-type-de-contrat = Тип договора
tm-date-de-debut-au-format-jour = Дата начала в формате день/месяц/год
tm-motif-de-fin-d-activite = Причина прекращения работы
tm-motif = Причина
tm-valider-l-experience = Подтвердить опыт
tm-ajouter-une-experience = Добавить опыт
tm-annee-d-obtention = Год получения
tm-domaine = Область
tm-intitule-du-diplome = Название диплома
tm-domaine-d-etude = Область обучения
tm-retirer-le-dernier-diplome = Убрать последний диплом
tm-ajouter-un-diplome = Добавить диплом
tm-matin = Утро
tm-midi = Обед
tm-soiree-nuit = Вечер/ночь
tm-nom-de-l-etablissement = Название учреждения
tm-rue = Улица
tm-ex-college-jules-ferry = Напр.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Напр.: 1, rue de l'église
tm-ex-paris = Напр.: Paris
tm-supprimer-le-dernier-etablissement = Удалить последнее учреждение
tm-ajouter-un-etablissement = Добавить учреждение
tm-frais-engages = Понесённые расходы
tm-montant-total-frequence = Общая сумма / Частота
tm-montant-rembourse = Возмещённая сумма
tm-libelle-des-frais = Описание расходов
tm-par-jour = В день
tm-par-semaine = В неделю
tm-par-mois = В месяц
tm-par-an = В год
tm-supprimer-le-dernier-frais = Удалить последний расход
tm-ajouter-des-frais-ponctuels = Добавить разовые расходы
tm-ajouter-des-frais-recurrents = Добавить регулярные расходы
tm-derniere-reponse-enregistree-le = Последний ответ, сохранённый { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Название организации
tm-etes-vous-deja-en-contact = Вы уже на связи с ними?
tm-supprimer-la-derniere-structure = Удалить последнюю организацию
tm-ajouter-une-structure = Добавить организацию

## mdph: representant-form

tm-type-de-mesure-de-protection = Вид меры правовой защиты
tm-tutelle = Опека
tm-curatelle = Попечительство (curatelle)
tm-curatelle-renforcee = Усиленное попечительство (curatelle renforcée)
tm-habilitation-familiale = Семейное уполномочие (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Главная страница

## aidants: 400.html

tm-il-y-a-eu-un-souci = При обмене данными возникла техническая проблема.
tm-la-syntaxe-de-la-requete-est = Синтаксис запроса неверен. Вы можете попробовать снова или связаться с нами, если проблема не исчезнет.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = У вас нет разрешения на доступ к этой странице.
tm-si-vous-pensez-qu-il-s = Если вы считаете, что это ошибка, вы можете перейти на нашу главную страницу или связаться с нами, чтобы получить помощь.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = Страница, которую вы ищете, не найдена. Приносим извинения за неудобства.
tm-si-vous-avez-tape-l-adresse = Если вы ввели веб-адрес в браузере, проверьте, что он правильный. Возможно, страница больше недоступна. В этом случае, чтобы продолжить, вы можете перейти на нашу главную страницу. Иначе свяжитесь с нами, чтобы мы направили вас к нужной информации.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = Время, отведённое на вход через FranceConnect, истекло.
tm-vous-pouvez-reessayer-la-connexion = Вы можете снова попробовать войти с главной страницы. Если проблема не исчезнет, свяжитесь с нами.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Извините, в работе сервиса возникла проблема, мы работаем над тем, чтобы как можно скорее её устранить.
tm-essayez-de-rafraichir-la-page-ou = Попробуйте обновить страницу или повторите попытку позже.
tm-si-vous-avez-besoin-d-une = Если вам нужна срочная помощь, пожалуйста, свяжитесь с нами напрямую.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Распечатать доверенность
tm-mandat-final = Окончательная доверенность
tm-attention-ceci-est-un-projet-de = Внимание! Это проект доверенности. Он не имеет юридической силы.
tm-le-mandat-a-ete-cree-avec = Доверенность создана. Пожалуйста, распечатайте её, чтобы её подписал доверитель.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Чтобы распечатать, выберите в меню браузера «Файл», затем «Печать».
tm-projet-de-mandat-traduit = Переведённый проект доверенности
tm-vous-trouverez-ci-dessous-un-mandat = Ниже приведена типовая доверенность, для которой доступно несколько переводов. Переводы доверенности нужны только для того, чтобы объяснить пользователю, что такое доверенность и к чему она обязывает. Эти переводы не имеют юридической силы. Юридическую силу имеет только окончательная доверенность на французском языке.
tm-vous-pouvez-imprimer-ce-mandat-type = Вы можете распечатать эту типовую доверенность, нажав на кнопку ниже. Внимание, напоминаем, что эта доверенность не имеет юридической силы. Она переведена только для информации пользователя.
tm-version-francaise = Французская версия
tm-traduire-le-mandat-en = Перевести доверенность на:
tm-mandat-pour-realiser-des-demarches-en = Доверенность на выполнение онлайн-процедур через сервис «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = Внимание, напоминаем, что эта доверенность не имеет юридической силы. Она переведена только для информации пользователя.
tm-version-francaise-et-traductions = Французская версия и переводы
tm-revocation-d-une-autorisation-via-le = Отзыв разрешения через сервис «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = Я, нижеподписавшийся(-аяся), { $get_full_name }, хочу отозвать разрешение «{ $authorization }», созданное { $creation_date } с { $organisation }.
tm-fait-a-le = Составлено в { $display_address }, { $date }
tm-le-mandant = Доверитель
tm-lautorisation-a-ete-revoquee-avec-succes = Разрешение отозвано. Пожалуйста, распечатайте его, чтобы его подписал доверитель.
tm-l-autorisation-a-ete-revoquee-avec = Разрешение отозвано!
tm-rappel-de-l-autorisation-revoquee = Сведения об отозванном разрешении
tm-thematique-administrative = Административная тема
tm-date-de-l-autorisation = Дата разрешения
tm-expiration-de-l-autorisation = Окончание срока разрешения
tm-imprimer-l-attestation-de-revocation = Распечатать справку об отзыве
tm-confirmer-la-revocation-de-l = Подтвердить отзыв разрешения
tm-merci-de-verifier-les-informations-ci = Пожалуйста, проверьте сведения ниже, прежде чем подтвердить отзыв разрешения
tm-rappel-de-l-autorisation-en-cours = Сведения о разрешении, которое отзывается
tm-thematique-administrative-associee = Связанная административная тема
tm-souhaitez-vous-confirmer-la-revocation = Вы хотите подтвердить отзыв этого разрешения?
tm-revoquer-l-autorisation = Отозвать разрешение
tm-confirmation-de-revocation = Подтверждение отзыва
tm-merci-de-verifier-les-informations-ci-2 = Пожалуйста, проверьте сведения ниже, прежде чем подтвердить отзыв доверенности
tm-rappel-du-mandat-en-cours-de = Сведения о доверенности, которая отзывается
tm-date-du-mandat = Дата доверенности
tm-expiration-du-mandat = Окончание срока доверенности
tm-souhaitez-vous-confirmer-la-revocation-2 = Вы хотите подтвердить отзыв этой доверенности?
tm-revoquer-le-mandat = Отозвать доверенность
tm-revocation-d-un-mandat-via-le = Отзыв доверенности через сервис Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = Я, нижеподписавшийся(-аяся), { $usager_name }, хочу отозвать доверенность «Aidants Connect», созданную { $creation_date } с { $organisation }.
tm-le-mandat-a-ete-revoque-avec = Доверенность отозвана. Пожалуйста, распечатайте её, чтобы её подписал доверитель.
tm-le-mandat-a-ete-revoque-avec-2 = Доверенность отозвана!
tm-rappel-du-mandat-revoque = Сведения об отозванной доверенности
tm-mandat-pour-realiser-des-demarches = Доверенность на выполнение административных онлайн-процедур в интересах пользователя через сервис «Aidants Connect» во время чрезвычайного санитарного положения, объявленного статьёй 4 закона от 23 марта 2020 года.
tm-je-soussigne-e-autorise-dont-seuls = Я, нижеподписавшийся(-аяся), { $get_full_name }, уполномочиваю { $organisation }, от имени которой действовать вместо меня могут только уполномоченные сотрудники, выполнять от моего имени, в соответствии со статьями 1984 и следующими Гражданского кодекса, следующие административные онлайн-процедуры, как доступные через FranceConnect, так и нет:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } разрешает { $name } использовать свои персональные данные только для исполнения этой доверенности.
tm-l-aidant-habilite-de-a-rappele = Уполномоченный помощник { $name } напомнил { $usager } о цели вмешательства, о том, зачем собираются его сведения и для чего они нужны; о наличии прав на его данные (доступ, исправление, удаление и т.д.) и о возможности для доверителя в любой момент отозвать своё согласие.
tm-a-cette-fin = С этой целью:
tm-ne-collecter-et-conserver-que-les = собирать и хранить только сведения, строго необходимые для перечисленных процедур,
tm-nutiliser-les-informations-fournies-que = использовать предоставленные сведения только для перечисленных процедур. Чтобы выполнить другие процедуры, он или она должны сначала сообщить об этом пользователю и получить его разрешение;
tm-ne-collecter-et-conserver-que-les-2 = собирать и хранить только сведения, строго необходимые для перечисленных областей процедур;
tm-nutiliser-les-informations-fournies-que-2 = использовать предоставленные сведения только для выполнения этих процедур. Чтобы выполнить другие процедуры, он или она должны сначала сообщить об этом пользователю и получить его разрешение;
tm-mettre-a-jour-puis-a-supprimer = обновлять, а затем удалять все сведения о пользователе, когда они больше не нужны для выполнения процедур;
tm-respecter-la-confidentialite-des = соблюдать конфиденциальность предоставленных сведений;
tm-prendre-toutes-les-precautions-pour = принимать все меры предосторожности для защиты переданных персональных данных.
tm-le-mandataire-sengage-a = Поверенный обязуется:
tm-le-present-mandat-est-accepte-et = Настоящая доверенность принята и дана на срок, необходимый уполномоченному помощнику { $name } для выполнения его задач. Доверенность прекращается, когда указанные выше процедуры выполнены, или в любой момент, если доверитель или поверенный решит её отозвать.
tm-l-aidant-habilite-de-est-tenu = Уполномоченный помощник { $name } обязан исполнять доверенность, пока она на него возложена, и отвечает за убытки, которые могут возникнуть из-за её неисполнения, в соответствии со статьями 1991 и следующими Гражданского кодекса.
tm-mandat-pour-realiser-des-demarches-en-2 = Доверенность на выполнение онлайн-процедур через сервис «Aidants Connect» во время чрезвычайного санитарного положения
tm-je-mappelle-je-suis-le-mandant = Меня зовут: { $name } (я доверитель)
tm-jautorise-cest-le-mandataire-a-realiser = Я разрешаю { $name } (это поверенный) выполнять вместо меня следующие административные процедуры: { $n }
tm-cette-autorisation-est-conforme-aux = Это разрешение соответствует статьям 1984 и следующим Гражданского кодекса. Процедуры будут выполняться в интернете, на сайтах, использующих FranceConnect, или на других сайтах. Их также можно выполнять любыми способами, которые допускает администрация (телефон, бумага, электронная почта, …).
tm-je-peux-annuler-mon-autorisation-a = Я могу отменить своё разрешение в любой момент.
tm-je-reconnais-que-laidant-habilite-par = Я подтверждаю, что помощник, уполномоченный { $name }, напомнил мне о цели своего вмешательства и объяснил, зачем нужны собираемые сведения и для чего они используются;
tm-jautorise-les-aidants-habilites-par-a = Я разрешаю помощникам, уполномоченным { $name }, использовать мои персональные данные в рамках этой доверенности. Я знаю, что у меня есть права на сведения обо мне: доступ, исправление, удаление.
tm-pour-que-puisse-agir-a-ma = Чтобы { $name } мог(ла) действовать вместо меня:
tm-effectuer-les-demarches-listees-dans-ce = выполнять вместо меня процедуры, перечисленные в этом документе, на основе сведений, которые я им предоставил(а);
tm-collecter-et-conserver-seulement-les = собирать и хранить только сведения, необходимые для процедур, перечисленных в этом документе, или связанных с ними;
tm-utiliser-et-communiquer-seulement-les = использовать и передавать только сведения, необходимые для процедур, перечисленных в этом документе, или связанных с ними;
tm-minformer-et-demander-mon-autorisation = сообщать мне и спрашивать моё разрешение, прежде чем выполнять процедуры, не перечисленные в этом документе;
tm-mettre-a-jour-et-supprimer-lensemble = обновлять и удалять все мои персональные сведения, когда они больше не нужны;
tm-sinterdire-de-rendre-publiques-mes = никогда не делать мои персональные сведения общедоступными;
tm-prendre-toutes-les-precautions-pour-2 = принимать все меры предосторожности для защиты моих персональных сведений.
tm-les-aidants-habilites-par-doivent = Помощники, уполномоченные { $name }, должны:
tm-a-partir-du-moment-ou-un = С того момента, как помощник, уполномоченный { $name }, выполняет вместо меня одну из процедур, перечисленных в этом документе, он соглашается делать это на условиях, описанных в этом документе.
tm-les-demarches-decrites-ci-dessus-sont = описанные выше процедуры выполнены;
tm-je-decide-de-lannuler = я решаю её отменить;
tm-laidant-habilite-par-decide-de-lannuler = помощник, уполномоченный { $name }, решает её отменить;
tm-je-donne-mon-autorisation-a-une = я даю разрешение другому человеку, который не является помощником, уполномоченным { $name }. В этом случае я должен(на) как можно скорее сообщить об этом { $name }.
tm-mon-autorisation-est-donnee-et-acceptee = Моё разрешение дано и принято { $n }. Оно прекращается раньше, если:
tm-l-aidant-habilite-par-doit-accomplir = Помощник, уполномоченный { $name }, должен выполнять вместо меня процедуры, перечисленные в этом документе, пока доверенность действительна. Помощник, уполномоченный { $name }, может нести ответственность, если не соблюдает условия, описанные в этом документе (статья 1991 Гражданского кодекса).
tm-jautorise-cest-le-mandataire-a-realiser-2 = Я разрешаю { $name } (это поверенный) выполнять вместо меня следующие административные процедуры:
tm-collecter-et-conserver-utiliser-et = собирать и хранить, использовать и передавать только сведения, необходимые для процедур, перечисленных в этом документе, или связанных с ними;
tm-l-aidant-habilite-par-doit-accomplir-2 = Помощник, уполномоченный { $name }, должен выполнять вместо меня процедуры, перечисленные в этом документе, пока доверенность действительна. Он может нести ответственность, если не соблюдает условия, описанные в этом документе (статья 1991 Гражданского кодекса).
tm-fait-a-le-2 = Составлено в { $display_address }, { $display_city }, { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = Я разрешаю { $name } (это поверенный) выполнять от моего имени следующие административные процедуры:
tm-pour-que-puisse-agir-pour-mon = Чтобы { $name } мог(ла) действовать от моего имени:
tm-effectuer-les-demarches-listees-dans-ce-2 = выполнять от моего имени процедуры, перечисленные в этом документе, на основе сведений, которые я им предоставил(а);
tm-a-partir-du-moment-ou-un-2 = С того момента, как помощник, уполномоченный { $name }, выполняет от моего имени одну из процедур, перечисленных в этом документе, он соглашается делать это на условиях, описанных в этом документе.
tm-l-aidant-habilite-par-doit-accomplir-3 = Помощник, уполномоченный { $name }, должен выполнять от моего имени процедуры, перечисленные в этом документе, пока доверенность действительна. Он может нести ответственность, если не соблюдает условия, описанные в этом документе (статья 1991 Гражданского кодекса).
tm-mandat-pour-realiser-des-demarches-en-3 = Доверенность на выполнение онлайн-процедур через сервис «Aidants Connect»
tm-je-mappelle-et-je-suis-le = Меня зовут { $name }, и я доверитель.
tm-jautorise-en-tant-que-mandataire-a = Я разрешаю { $name } как поверенному выполнять от моего имени следующие административные процедуры:
tm-je-declare-ne-pas-faire-l = Я заявляю, что в отношении меня не действует мера правовой защиты (sauvegarde de justice, опека или попечительство).
tm-jautorise-les-aidants-habilites-par-a-2 = Я разрешаю помощникам, уполномоченным { $name }, использовать мои персональные данные в рамках этой доверенности. Я знаю, что у меня есть права на сведения обо мне: доступ, информация, исправление, ограничение, удаление.
tm-quand-un-aidant-habilite-par-realise = Когда помощник, уполномоченный { $name }, выполняет от моего имени одну из перечисленных выше процедур, он обязуется делать это на условиях и в течение срока, описанных в этом документе, иначе он несёт гражданскую и уголовную ответственность.
tm-prendre-toutes-les-precautions-pour-3 = принимать все меры предосторожности для защиты и конфиденциальности моих персональных сведений.
tm-un-aidant-habilite-par-decide-de = помощник, уполномоченный { $name }, решает её отменить;
tm-fait-a-le-3 = Составлено в { $display_address }, { $zipcode } { $display_city }, { $date }
tm-prenom-nom-et-signature-du-mandataire = Имя, фамилия и подпись поверенного (помощника)
tm-prenom-nom-et-signature-du-mandant = Имя, фамилия и подпись доверителя (пользователя)
tm-il-y-a-des-erreurs-dans = В форме есть ошибки
tm-lisez-ces-mentions-a-lusager = Прочитайте эти положения пользователю
tm-le-mandat-est-une-autorisation-ecrite = Доверенность — это письменное разрешение, которое позволяет помощнику выполнять за вас административные процедуры. Она защищает вас и защищает помощника, который вам помогает. Вы сможете прекратить её в любой момент.
tm-une-fois-ce-mandat-signe-par = Когда эту доверенность подпишут обе стороны, помощник обязуется:
tm-realiser-les-demarches-listees-dans-le = выполнять процедуры, перечисленные в доверенности, на основе сведений, которые вы ему предоставили;
tm-utiliser-et-enregistrer-seulement-les = использовать и сохранять только сведения, необходимые для этих процедур;
tm-ne-pas-effectuer-dautres-demarches-que = не выполнять других процедур, кроме перечисленных в доверенности;
tm-securiser-lensemble-de-vos-informations = защищать все ваши сведения и удалять их, когда они больше не нужны.
tm-connectez-lusager-a-franceconnect = Выполните вход пользователя через FranceConnect
tm-recapitulatif-du-mandat-a-distance = Сводка дистанционной доверенности
tm-elements-du-mandat = Элементы доверенности
tm-validation-de-lusager = Подтверждение пользователем
tm-en-cochant-ces-cases-confirme = Отмечая эти поля, { $name } подтверждает:
tm-validation-de-laidant = Подтверждение помощником
tm-enregistrer-le-mandat = Сохранить доверенность

## aidants: login

tm-vous-etes-un-particulier = Вы частное лицо?
tm-aidants-connect-n-est-pas-un = Aidants Connect — это не инструмент для частных лиц или для близких, которые помогают родственнику.
tm-vous-rencontrez-un-probleme-lors-de = У вас проблема со входом через France Connect или с доступом к личным кабинетам на сайтах государственных служб (CAF, налоги, ANTS...)? Посмотрите специальную страницу помощи.
tm-vous-rencontrez-des-difficultes-avec-le = Вам трудно пользоваться цифровыми сервисами, и вы хотели бы получить сопровождение, чтобы выполнять процедуры или стать самостоятельнее? Найдите место рядом с вами.

## aidants: aidants_connect_common

tm-adresse-e-mail = Адрес электронной почты

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Номер мобильного телефона
tm-format-attendu-10-chiffres = Нужный формат: 10 цифр
tm-format-attendu-6-chiffres = Нужный формат: 6 цифр
tm-selectionnez-la-ou-les-demarches = Выберите одну или несколько процедур
tm-choisissez-la-duree-du-mandat = Выберите срок действия доверенности
tm-code-a-6-chiffres = Код из 6 цифр
tm-choisir = Выбрать…
tm-exemple-prenom-nom-exemple-fr = Пример: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Новый адрес электронной почты
tm-erreur-veuillez-saisir-uniquement-des = Ошибка: пожалуйста, вводите только правильные адреса электронной почты.
tm-telephone-mobile = Мобильный телефон

## dsfr: component/checkbox

tm-libelle-checkbox = Подпись флажка
tm-libelle-checkbox-sub-et-sup = Подпись флажка sub и sup
tm-libelle-case-a-cocher = Подпись флажка
tm-theme-clair = Светлая тема
tm-theme-sombre = Тёмная тема
tm-systeme = Как в системе
tm-legende-pour-lensemble-des-elements = Заголовок для всей группы элементов
tm-choisissez-un-theme-pour-personnaliser = Выберите тему, чтобы настроить внешний вид сайта.
tm-texte-de-description-additionnel = Дополнительный текст описания
tm-utilise-les-parametres-systeme = Использует настройки системы
tm-extrait-de-code = Фрагмент кода
tm-libelle-bouton = Подпись кнопки
tm-texte-derreur-obligatoire = Обязательный текст ошибки
tm-texte-de-validation = Текст подтверждения
tm-verifier-ma-demande = Проверить моё заявление
tm-supprimer-le-justificatif-de-domicile = Удалить подтверждение адреса
tm-la-case-a-cocher-permet-a = Флажок позволяет пользователю выбрать один или несколько вариантов из списка. Он используется для множественного выбора (от 0 до N элементов) или для выбора «да или нет», когда пользователь может отметить или снять отметку с одного варианта.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Назад
tm-case-a-cocher-checkbox = Флажок (checkbox)
tm-case-a-cocher-seule = Одиночный флажок
tm-case-a-cocher-seule-exemple-avec = Одиночный флажок, пример с нижним и верхним индексом
tm-case-a-cocher-avec-texte-daide = Флажок с текстом подсказки
tm-case-a-cocher-seule-validee = Одиночный флажок, прошедший проверку
tm-case-a-cocher-seule-avec-erreur = Одиночный флажок с ошибкой
tm-case-a-cocher-seule-indeterminee = Одиночный флажок, неопределённое состояние
tm-ensemble-de-cases-a-cocher = Группа флажков
tm-ensemble-de-cases-a-cocher-petite = Группа флажков, маленький размер
tm-ensemble-de-cases-a-cocher-desactivees = Группа неактивных флажков
tm-ensemble-de-cases-a-cocher-en = Группа флажков в строку
tm-ensemble-de-cases-a-cocher-avec = Группа флажков с текстом подсказки
tm-ensemble-de-cases-a-cocher-avec-2 = Группа флажков с ошибкой
tm-ensemble-de-cases-a-cocher-validees = Группа флажков, прошедших проверку
tm-ensemble-de-cases-a-cocher-avec-3 = Группа флажков с ошибкой, в строку
tm-ensemble-de-cases-a-cocher-validees-2 = Группа флажков, прошедших проверку, в строку
tm-ensemble-de-cases-a-cocher-avec-4 = Группа флажков с отдельным текстом подсказки
tm-ensemble-de-cases-a-cocher-avec-5 = Группа флажков с отдельным текстом подсказки, маленький размер
tm-autres-versions = Другие версии
tm-parametres-daffichage = Настройки отображения

## dsfr: component/input

tm-libelle-champ-de-saisie = Подпись поля ввода
tm-envoyer = Отправить
tm-supprimer-le-champ = Удалить поле
tm-placeholder = Текст-подсказка
tm-champ-de-saisie-input = Поле ввода (input)
tm-les-champs-permettent-a-un-utilisateur = Поля позволяют пользователю вводить содержимое и данные.
tm-champ-de-type-text = Поле типа "text"
tm-champ-de-type-number = Поле типа "number"
tm-champ-de-type-search = Поле типа "search"
tm-champ-de-type-date = Поле типа "date"
tm-preferez-l-utilisation-du-modele-de = Лучше используйте шаблон единого блока даты
tm-champ-de-type-textarea = Поле типа "textarea"
tm-champ-de-type-password = Поле типа "password"
tm-preferez-l-utilisation-du-composant-mot = Лучше используйте компонент «Пароль»
tm-combo-champ-bouton-d-envoi = Связка поля и кнопки отправки
tm-combo-champ-bouton-d-action = Связка поля и кнопки действия
tm-champ-avec-placeholder = Поле с текстом-подсказкой (placeholder)
tm-champ-avec-valeur-initiale = Поле с начальным значением
tm-champ-avec-icone-personalisee = Поле со своей иконкой
tm-champ-desactive = Неактивное поле
tm-champ-avec-texte-additionnel = Поле с дополнительным текстом
tm-champ-valide-avec-texte-de-succes = Правильно заполненное поле с текстом об успехе
tm-champ-en-erreur-avec-texte-d = Поле с ошибкой и текстом ошибки

## dsfr: component/password

tm-caracteres-minimum = Минимум { $n ->
        [one] { $n } символ
        [few] { $n } символа
        [many] { $n } символов
       *[other] { $n } символа
    }
tm-la-demande-de-mot-de-passe = Запрос пароля помогает пользователю создать или ввести пароль.
tm-mot-de-passe-password = Пароль (password)
tm-mot-de-passe-avec-description = Пароль с описанием
tm-mot-de-passe-apres-validation = Пароль после проверки
tm-mot-de-passe-de-connexion = Пароль для входа

## dsfr: component/radio

tm-libelle-bouton-radio = Подпись радиокнопки
tm-libelle-radio-sup-sub = Подпись радиокнопки sup sub
tm-le-bouton-radio-permettent-a = Радиокнопка позволяет пользователю выбрать только один вариант из списка.
tm-bouton-radio-radio = Радиокнопка (radio)
tm-bouton-radio-simple = Простая радиокнопка
tm-ensemble-de-boutons-radio = Группа радиокнопок
tm-ensemble-de-boutons-radio-petite-taille = Группа радиокнопок, маленький размер
tm-ensemble-de-boutons-radio-desactivees = Группа неактивных радиокнопок
tm-ensemble-de-boutons-radio-en-ligne = Группа радиокнопок в строку
tm-ensemble-de-boutons-radio-avec-texte = Группа радиокнопок с текстом подсказки
tm-ensemble-de-boutons-radio-avec-erreur = Группа радиокнопок с ошибкой
tm-ensemble-de-boutons-radio-avec-erreur-2 = Группа радиокнопок с ошибкой, в строку
tm-ensemble-de-boutons-radio-valides = Группа радиокнопок, прошедших проверку
tm-ensemble-de-boutons-radio-valides-en = Группа радиокнопок, прошедших проверку, в строку
tm-ensemble-de-boutons-radio-avec-texte-2 = Группа радиокнопок с отдельным текстом подсказки
tm-ensemble-de-boutons-radio-avec-texte-3 = Группа радиокнопок с отдельным текстом подсказки, маленький размер
tm-ensemble-de-boutons-radio-libelle-en = Группа радиокнопок, подпись с нижним и верхним индексом
tm-bouton-radio-riche = Расширенная радиокнопка
tm-ensemble-de-boutons-radio-riches-simple = Группа расширенных радиокнопок, простая
tm-ensemble-de-boutons-radio-riches-en = Группа расширенных радиокнопок, в строку, простая
tm-ensemble-de-boutons-radio-riches-sans = Группа расширенных радиокнопок без пиктограммы
tm-ensemble-de-boutons-radio-riches-sans-2 = Группа расширенных радиокнопок без пиктограммы, в строку
tm-ensemble-de-boutons-radio-riches-avec = Группа расширенных радиокнопок с текстами подсказки
tm-ensemble-de-boutons-radio-riches-avec-2 = Группа расширенных радиокнопок с текстами подсказки, в строку
tm-ensemble-de-boutons-radio-riches-avec-3 = Группа расширенных радиокнопок с ошибкой и текстами подсказки
tm-ensemble-de-boutons-radio-riches-avec-4 = Группа расширенных радиокнопок с ошибкой и текстами подсказки, в строку
tm-ensemble-de-boutons-radio-riches = Группа неактивных расширенных радиокнопок

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Подпись для выпадающего списка
tm-option = Вариант { $n }
tm-selectionnez-une-option = Выберите вариант
tm-la-liste-deroulante-permet-a-un = Выпадающий список позволяет пользователю выбрать один элемент из заданного списка.
tm-liste-deroulante-select = Выпадающий список (select)
tm-liste-deroulante-par-defaut = Выпадающий список по умолчанию
tm-liste-deroulante-desactivee = Неактивный выпадающий список
tm-liste-deroulante-avec-texte-de = Выпадающий список с текстом описания
tm-liste-deroulante-valide = Выпадающий список, прошедший проверку
tm-liste-deroulante-erreur = Выпадающий список с ошибкой
tm-liste-deroulante-avec-groupe-d-options = Выпадающий список с группой вариантов

## dsfr: component/upload

tm-ajouter-un-fichier = Добавить файл
tm-ajouter-des-fichiers = Добавить файлы
tm-ce-composant-permet-aux-utilisateurs-de = Этот компонент позволяет пользователям выбрать и отправить один или несколько файлов.
tm-ajout-de-fichier-upload = Добавление файла (upload)
tm-bouton-upload-1-seul-fichier = Кнопка загрузки только 1 файла
tm-bouton-upload-avec-erreur = Кнопка загрузки с ошибкой
tm-bouton-upload-fichiers-multiples = Кнопка загрузки нескольких файлов
tm-bouton-upload-desactive = Неактивная кнопка загрузки

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Вход в [название сервиса или сайта]
tm-format-attendu = Нужный формат: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect — это решение, которое предлагает государство, чтобы сделать вход в онлайн-сервисы безопасным и простым.
tm-se-connecter-avec-franceconnect = Войти через FranceConnect
tm-vous-navez-pas-de-compte = У вас нет аккаунта?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Неверный логин или пароль

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Восстановить пароль вашего аккаунта
tm-description-veuillez-saisir-ladresse = Описание — Пожалуйста, введите адрес электронной почты, связанный с вашим аккаунтом. Мы пришлём вам дополнительную информацию о том, как сбросить пароль
tm-recuperation-de-mot-de-passe-sur = Восстановление пароля на [название сервиса или сайта]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Подробнее — Если вы не получили письмо (обязательно проверьте папку «Спам»), вы можете ввести адрес электронной почты ещё раз.
tm-votre-demande-de-recuperation-de-mot = Ваш запрос на восстановление пароля отправлен. Через несколько мгновений вы получите письмо.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Страницы входа

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Создание аккаунта на [название сервиса или сайта]
tm-se-creer-un-compte-en-choisissant = Создать аккаунт, выбрав логин
tm-sauf-mention-contraire-tous-les-champs = Если не указано иное, все поля обязательны.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Выбрать логин
tm-etape-sur = Шаг { $n } из { $count }
tm-etape-suivante-renseigner-une-identite = Следующий шаг: указать личные данные

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Женский
tm-masculin = Мужской
tm-je-n-ai-pas-de-prenom = У меня нет имени
tm-identite-personnelle = Личные данные
tm-sexe = Пол
tm-renseigner-une-identite = Указать личные данные
tm-etape-suivante-saisir-des-coordonnees = Следующий шаг: ввести контактные данные

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Дополнение к адресу (необязательно)
tm-coordonnees-personnelles = Личные контактные данные
tm-adresse-postale = Почтовый адрес
tm-indication-numero-et-voie = Подсказка: номер дома и улица
tm-indication-batiment-immeuble-escalier-et = Подсказка: корпус, здание, подъезд и номер квартиры
tm-exemple-montpellier = Пример: Montpellier
tm-saisir-des-coordonnees = Ввести контактные данные

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Страницы создания аккаунта

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Ваш аккаунт создан. Через несколько мгновений вы получите письмо со ссылкой для подтверждения.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Ваш аккаунт активирован. Вы можете начать пользоваться им прямо сейчас.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Местность (lieu-dit), присоединённая коммуна или абонентский ящик
tm-numero = Номер
tm-voie = Улица
tm-batiment = Корпус
tm-immeuble = Здание
tm-escalier = Подъезд
tm-numero-d-appartement = Номер квартиры
tm-complement-d-adresse-postale = Дополнение к почтовому адресу
tm-la-demande-dadresse-postale-permet = Запрос почтового адреса помогает пользователю ввести свой адрес.
tm-bloc-fonctionnel-d-adresse-postale = Функциональный блок почтового адреса (address)
tm-demande-dune-adresse-postale-nationale = Запрос почтового адреса во Франции
tm-demande-dune-adresse-postale-nationale-2 = Запрос почтового адреса во Франции + местность, присоединённая коммуна или абонентский ящик
tm-complement-d-adresse = Дополнение к адресу

## dsfr: layout/pattern/civility

tm-docteur = Доктор
tm-inspecteur = Инспектор
tm-sans-reponse = Без ответа
tm-titre-dappel = Обращение
tm-demande-de-situation-familiale = Запрос семейного положения
tm-demande-du-titre-dappel = Запрос формы обращения
tm-concubinage = Сожительство без брака
tm-pacse = В гражданском союзе (PACS)
tm-marie = Женат / замужем
tm-veuf = Вдовец / вдова
tm-divorce = Разведён / разведена
tm-recteur = Ректор
tm-proviseur = Директор лицея
tm-professeur = Преподаватель
tm-principal = Директор коллежа
tm-la-demande-de-civilite-permet-a = Запрос обращения позволяет пользователю указать свои данные (пол, семейное положение, форма обращения).
tm-les-boutons-radios-sont-recommandes = Радиокнопки рекомендуются, когда пользователь должен выбрать один элемент из 2–5 возможных вариантов.
tm-au-dela-de-5-choix-ou = Если вариантов больше 5 или не хватает места, лучше использовать выпадающий список.
tm-bloc-fonctionnel-de-civilite-civility = Функциональный блок обращения (civility)
tm-demande-du-sexe = Запрос пола

## dsfr: layout/pattern/company

tm-numero-de-siret = Номер SIRET
tm-denomination = Название организации
tm-cedex = Cedex (особый почтовый код)
tm-type-de-societe = Тип компании
tm-nom-d-usage = Фамилия в повседневном употреблении
tm-nom-de-naissance = Фамилия при рождении
tm-fonction-dans-la-societe = Должность в компании
tm-siret-de-l-entreprise = SIRET компании
tm-representant-moral-de-l-entreprise = Законный представитель компании
tm-indication-nom-de-famille-non-rectifie = Подсказка: фамилия, не исправленная после решения суда.
tm-france = Франция
tm-allemagne = Германия
tm-italie = Италия
tm-espagne = Испания
tm-royaume-uni = Великобритания
tm-entrepreneur-individuel-ei = Индивидуальный предприниматель (EI)
tm-entreprise-unipersonnelle-a = Общество с ограниченной ответственностью с одним участником (EURL)
tm-societe-a-responsabilite-limitee-sarl = Общество с ограниченной ответственностью (SARL)
tm-societe-par-actions-simplifiee = Упрощённое акционерное общество с одним акционером (SASU)
tm-societe-par-actions-simplifiee-sas = Упрощённое акционерное общество (SAS)
tm-societe-anonyme-sa = Акционерное общество (SA)
tm-societe-en-nom-collectif-snc = Полное товарищество (SNC)
tm-societe-en-commandite-simple-scs = Коммандитное товарищество (SCS)
tm-societe-en-commandite-par-actions-sca = Коммандитное товарищество на акциях (SCA)
tm-la-demande-de-renseignement-sur-la = Запрос сведений о компании помогает пользователю ввести информацию о своей компании.
tm-bloc-fonctionnel-de-societe-company = Функциональный блок компании (company)
tm-demande-d-un-numero-de-siret = Запрос номера SIRET
tm-demande-dune-adresse-de-siege-social = Запрос адреса головного офиса
tm-demande-dun-type-de-societe = Запрос типа компании
tm-demande-dun-representant-moral = Запрос законного представителя

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Подсказка: дополнительный текст описания
tm-exemple-2 = Пример: { $n }
tm-le-jour-est-invalide = Неверный день
tm-le-mois-est-invalide = Неверный месяц
tm-lannee-est-invalide = Неверный год
tm-le-jour-est-invalide-le-mois-est = Неверный день Неверный месяц Неверный год
tm-la-date-est-posterieure-a-aujourdhui = Дата позже сегодняшней
tm-le-champ-de-saisie-de-date = Поле ввода фиксированной даты состоит из трёх текстовых полей ввода.
tm-bloc-fonctionnel-de-date-unique-date = Функциональный блок единой даты (date)
tm-defaut = По умолчанию
tm-erreur-unitaire = Ошибка в одном поле
tm-erreur-globale = Общая ошибка

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Подсказка: этот адрес используется только для входа в сервис.
tm-le-format-de-ladresse-electronique = Адрес электронной почты введён в неверном формате. Нужный формат: { $email }
tm-la-demande-d-email-est-un = Запрос e-mail — это функциональный блок для ввода адреса электронной почты.
tm-bloc-fonctionnel-de-demande-d-email = Функциональный блок запроса e-mail (email)
tm-demande-d-une-adresse-electronique = Запрос адреса электронной почты
tm-demande-d-une-adresse-electronique-2 = Запрос адреса электронной почты - ошибка
tm-demande-et-indication-de-traitement-dune = Запрос адреса электронной почты с пояснением, как он используется
tm-demande-et-indication-de-traitement-dune-2 = Запрос адреса электронной почты с пояснением, как он используется - ошибка

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Подсказка: прежняя фамилия…
tm-ajouter-un-prenom = Добавить имя
tm-la-demande-de-nom-et-prenom = Запрос фамилии и имени помогает пользователю ввести свою фамилию и имя.
tm-bloc-fonctionnel-de-nom-et-prenom = Функциональный блок фамилии и имени (name)
tm-demande-dun-nom-et-dun-prenom = Запрос фамилии и имени во Франции
tm-avec-prenom-desactive = С неактивным полем имени
tm-avec-nom-d-usage = С фамилией в повседневном употреблении
tm-avec-nom-d-usage-prenom-desactive = С фамилией в повседневном употреблении + неактивное поле имени
tm-avec-bouton = С кнопкой
tm-avec-bouton-prenom-desactive = С кнопкой + неактивное поле имени
tm-demande-dun-nom-et-dun-prenom-2 = Запрос фамилии и имени, международный вариант

## dsfr: layout/pattern/nationality

tm-nationalite = Гражданство
tm-allemande = Немецкое
tm-italienne = Итальянское
tm-espagnole = Испанское
tm-la-demande-de-nationalite-permet-daider = Запрос гражданства помогает пользователю указать своё гражданство.
tm-bloc-fonctionnel-de-nationalite = Функциональный блок гражданства (nationality)
tm-demande-de-nationalite = Запрос гражданства

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Номер телефона
tm-format-attendu-33-5-36-49 = Нужный формат: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = Номер телефона введён в неверном формате. Нужный формат: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = Запрос номера телефона — это функциональный блок для ввода номера телефона.
tm-bloc-fonctionnel-de-telephone-tel = Функциональный блок телефона (tel)
tm-demande-d-un-numero-de-telephone = Запрос номера телефона
tm-demande-d-un-numero-de-telephone-2 = Запрос номера телефона - ошибка

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Заявление на вид на жительство – частная и семейная жизнь
tm-identite-et-situation-familiale = Личность и семейное положение
tm-les-champs-suivis-dun-asterisque-sont = Поля, отмеченные звёздочкой ( * ), обязательны.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Если у вас несколько имён, укажите их все через запятую.
tm-algerienne = Алжирское
tm-afghane = Афганское
tm-erythreenne = Эритрейское
tm-georgienne = Грузинское
tm-ukrainienne = Украинское
tm-votre-situation-a-la-date-de = Ваше положение на дату подачи заявления
tm-avez-vous-des-enfants-a-charge = Есть ли у вас дети на иждивении?
tm-nom-et-prenom-du-conjoint = Фамилия и имя супруга или супруги
tm-date-du-mariage = Дата заключения брака
tm-date-de-conclusion-du-pacs = Дата заключения PACS (гражданского союза)
tm-ajouter-un-enfant = Добавить ребёнка
tm-enfant-n = Ребёнок № { $numero }
tm-prenom-de-lenfant = Имя ребёнка
tm-date-de-naissance-de-lenfant = Дата рождения ребёнка
tm-supprimer-lenfant-n = Удалить ребёнка № { $numero }
tm-etape-suivante-recapitulatif = Следующий шаг: сводка
tm-exemple-06-12-34-56-78 = Пример: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 цифр, он указан на вашем виде на жительство или на временной справке (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = Под честное слово подтверждаю, что предоставленные сведения верны
tm-une-erreur-est-survenue-votre-dossier = Произошла ошибка Ваше дело не удалось подать. Исправьте отмеченные поля, затем подайте дело снова.
tm-le-champ-adresse-electronique-est = Поле «Адрес электронной почты» («Adresse électronique») заполнено неверно. Введите правильный адрес электронной почты, например nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = Поле «Номер иностранца» («Numéro étranger») должно содержать 10 цифр
tm-recapitulatif = Сводка
tm-votre-dossier-a-bien-ete-depose = Ваше дело подано
tm-un-courriel-de-confirmation-vous-a = Письмо с подтверждением отправлено вам на адрес { $email }.
tm-enfants-a-charge = Дети на иждивении

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Запись на приём – окошко по видам на жительство
tm-vous-pouvez-prendre-rendez-vous-au = Вы можете записаться на приём в окошко «Виды на жительство» («Titres de séjour») префектуры. Прежде чем начать, прочитайте условия использования сервиса: только одна запись на человека, любой неполный запрос будет отменён.
tm-jaccepte-les-conditions-generales = Я принимаю общие условия использования
tm-vos-informations = Ваши данные
tm-choisissez-le-motif-qui-correspond-a = Выберите причину, которая соответствует вашей ситуации
tm-remise-de-titre-de-sejour = Получение вида на жительство
tm-premiere-demande-de-titre-de-sejour = Первое заявление на вид на жительство – студент
tm-renouvellement-de-titre-de-sejour = Продление вида на жительство – наёмный работник
tm-duplicata-de-titre-de-sejour-perte = Дубликат вида на жительство (потеря или кража)
tm-changement-dadresse-sur-le-titre-de = Смена адреса в виде на жительство
tm-tel-quil-figure-sur-votre-passeport = Как указано в вашем паспорте
tm-la-convocation-vous-sera-envoyee-a = Приглашение на приём (convocation) будет отправлено вам на этот адрес
tm-etape-suivante = Следующий шаг
tm-veuillez-choisir-le-motif-de-votre = Пожалуйста, выберите причину записи на приём
tm-ce-champ-est-obligatoire = Это поле обязательно
tm-veuillez-saisir-une-adresse-electronique = Пожалуйста, введите правильный адрес электронной почты
tm-le-numero-etranger-comporte-10-chiffres = Номер иностранца состоит из 10 цифр
tm-recommencer = Начать заново

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Укажите доходы, полученные вашим домохозяйством за последние три месяца. Без этой декларации выплата вашего RSA или доплаты работающим (prime d’activité) будет приостановлена.
tm-7-chiffres-il-figure-sur-tous = 7 цифр, он указан во всех ваших письмах от Caf
tm-avez-vous-percu-des-salaires-au = Получали ли вы зарплату в течение квартала?
tm-votre-situation-familiale-a-t-elle = Изменилось ли ваше семейное положение?
tm-indiquez-le-montant-net-avant = Укажите сумму «нетто» до удержания налога у источника или 0, если в этом месяце вы ничего не получили.
tm-montant-des-salaires-percus-mois-en = Сумма полученной зарплаты – месяц { $n } (в евро)
tm-salaire-net-primes-comprises = Зарплата «нетто», включая премии
tm-nature-du-changement = Характер изменения
tm-choisissez = Выберите…
tm-mariage = Брак
tm-pacs = PACS (гражданский союз)
tm-vie-en-couple = Совместная жизнь в паре
tm-separation = Расставание
tm-naissance-ou-arrivee-dun-enfant = Рождение или появление ребёнка в семье
tm-deces-du-conjoint = Смерть супруга или супруги
tm-date-du-changement = Дата изменения
tm-a-savoir-la-date-figure-sur = Полезно знать: дата указана в акте или в документе, подтверждающем изменение (ДД/ММ/ГГГГ).
tm-le-numero-allocataire-comporte-7 = Номер получателя пособия состоит из 7 цифр.
tm-indiquez-un-montant-en-euros-par = Укажите сумму в евро, например 1250 или 0.
tm-la-date-doit-etre-au-format = Дата должна быть в формате ДД/ММ/ГГГГ.
tm-votre-declaration-contient-erreurs = В вашей декларации { $n ->
        [one] { $n } ошибка
        [few] { $n } ошибки
        [many] { $n } ошибок
       *[other] { $n } ошибки
    }.
tm-envoi-de-votre-declaration-en-cours = Ваша декларация отправляется…
tm-votre-declaration-a-bien-ete-enregistree = Ваша декларация зарегистрирована.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Ваш сеанс истёк В целях безопасности вы были выведены из системы. Пожалуйста, войдите снова.
tm-veuillez-saisir-votre-identifiant-votre = Пожалуйста, введите ваш логин: номер иностранца или адрес электронной почты.

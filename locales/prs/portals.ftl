### Relais — translation memory, Dari: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


## ds: components account_dropdown_component

tm-passer-en-super-admin = رفتن به حالت مدیر کل (super-admin)
tm-passer-en-usager = رفتن به حالت کاربر
tm-passer-en-instructeur = رفتن به حالت کارمند بررسی‌کنندهٔ دوسیه‌ها (instructeur)
tm-passer-en-expert = رفتن به حالت کارشناس
tm-passer-en-gestionnaire = رفتن به حالت مدیر گروه (gestionnaire)
tm-se-deconnecter = خروج از حساب

## ds: components attachment

tm-reessayer = کوشش دوباره
tm-supprimer-le-fichier = حذف فایل { $file }
tm-plusieurs-fichiers-possibles = می‌توانید چند فایل اضافه کنید.
tm-remplacer-le-fichier = تعویض فایل { $file }
tm-le-format-pdf-est-generalement-le = فارمت PDF معمولاً از همه راحت‌تر است، چون در همهٔ دستگاه‌ها به آسانی خوانده می‌شود.
tm-virus-detecte-merci-denvoyer-un-autre = ویروس پیدا شد، لطفاً فایل دیگری بفرستید.
tm-le-fichier-est-corrompu-merci-denvoyer = فایل خراب است، لطفاً فایل دیگری بفرستید.
tm-ajoutee-le = اضافه شده در { $date }
tm-modifiee-le = تغییر داده شده در { $date }
tm-le-traitement-de-votre-piece-jointe = پردازش ضمیمهٔ شما بیشتر از وقت پیش‌بینی‌شده طول می‌کشد.
tm-le-traitement-de-vos-pieces-jointes = پردازش ضمیمه‌های شما بیشتر از وقت پیش‌بینی‌شده طول می‌کشد.
tm-cela-ne-vous-empeche-pas-de = با این حال، اگر بخواهید می‌توانید دوسیهٔ خود را تسلیم کنید.
tm-chargement-de-fichier = در حال آپلود فایل
tm-virus-detecte-le-telechargement-est = ویروس پیدا شد، دانلود فایل مسدود شده است.
tm-apercu-non-disponible = پیش‌نمایش موجود نیست

## ds: components autosave_notice_component

tm-formulaire-en-erreur = فورم خطا دارد

## ds: components dossiers

tm-cette-demarche-est-soumise-a-un = این کار اداری به «تأیید خواندن» (accusé de lecture) نیاز دارد. اگر درخواست کنید تصمیمی که دربارهٔ دوسیهٔ شما گرفته شده نشان داده شود، تأیید خواندن را قبول می‌کنید و با این کار مهلت قانونی برای اعتراض شروع می‌شود.
tm-adresse = آدرس
tm-pays = کشور
tm-autres-informations-sur-lorganisme-sur = ➡ معلومات بیشتر دربارهٔ این نهاد در «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = مسوده با موفقیت ذخیره شد
tm-attention-impossible-denregistrer-le = توجه: ذخیرهٔ مسوده ممکن نشد.
tm-vos-modifications-sont-automatiquement = تغییرات شما به‌طور خودکار ذخیره می‌شوند.
tm-deposez-les-quand-vous-aurez-termine = وقتی کارتان تمام شد، آن‌ها را تسلیم کنید.
tm-modifications-enregistrees-avec-succes = تغییرات با موفقیت ذخیره شد
tm-annotations-enregistrees-avec-succes = یادداشت‌ها با موفقیت ذخیره شد
tm-attention-impossible-denregistrer-les = توجه: ذخیرهٔ یادداشت‌ها ممکن نشد.
tm-commune = شاروالی (commune)
tm-les-dossiers-ont-ete-supprimes-vous = دوسیه‌ها حذف شده‌اند. به دلایل زیر دیگر نمی‌توانید آن‌ها را دوباره به دست آورید:
tm-vous-avez-supprime-votre-dossier = شما دوسیهٔ خود را حذف کرده‌اید.
tm-deposer-le-dossier = تسلیم کردن دوسیه
tm-deposer-les-modifications = تسلیم کردن تغییرات
tm-pourquoi-je-ne-peux-pas-deposer = چرا نمی‌توانم دوسیهٔ خود را تسلیم کنم؟
tm-verifier-le-dossier = بررسی دوسیه
tm-envoi-en-cours = در حال فرستادن…
tm-en-tant-quinvite-vous-pouvez-remplir = شما به‌عنوان مهمان (دعوت‌شده) می‌توانید این فورم را پر کنید، اما صاحب دوسیه باید خودش آن را تسلیم کند.
tm-des-modifications-nont-pas-encore-ete = تغییراتی هست که هنوز تسلیم نشده
tm-vous-avez-apporte-des-modifications = شما بعد از تسلیم دوسیه در آن تغییراتی داده‌اید. آن‌ها را تسلیم کنید تا اداره آن‌ها را در نظر بگیرد.
tm-continuer-a-modifier = ادامهٔ تغییر
tm-votre-dossier-contient-1-champ-en = در دوسیهٔ شما یک خانه خطا دارد
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [one] در دوسیهٔ شما { $n } خانه خطا دارد
       *[other] در دوسیهٔ شما { $n } خانه خطا دارد
    }
tm-corrigez-la-pour-poursuivre = این خطا را اصلاح کنید تا ادامه دهید:
tm-corrigez-les-pour-poursuivre = این خطاها را اصلاح کنید تا ادامه دهید:
tm-plus-dinformations = معلومات بیشتر
tm-moins-dinformations = معلومات کمتر
tm-votre-identite = هویت شما
tm-vous-agissez-en-tant-que-mandataire = شما به‌عنوان وکیل (mandataire) کار می‌کنید، یا به شکل مسلکی (مانند محاسب، وکیل مدافع، کارمند دولت…) یا به شکل شخصی (خانواده). مطمئن شوید که شرایط مندرج در این مواد را رعایت می‌کنید:
tm-articles-1984-et-suivants-du-code = مواد 1984 و مواد بعد از آن در قانون مدنی.
tm-identite-du-beneficiaire = هویت شخص مستفید
tm-vous-ne-pouvez-pas-deposer-votre = نمی‌توانید دوسیهٔ خود را تسلیم کنید
tm-repondre = جواب دادن
tm-invite = مهمان (دعوت‌شده)
tm-supprimer-le-message = حذف پیام
tm-supprimer-la-demande-de-correction-et = حذف درخواست اصلاح و این پیام
tm-supprimer-le-message-en-attente-de = حذف پیامی که منتظر جواب است
tm-etes-vous-sur-de-vouloir-supprimer = آیا مطمئن هستید که می‌خواهید این پیام را حذف کنید؟
tm-email-automatique = ایمیل خودکار
tm-vous = شما
tm-message-supprime = پیام حذف شد
tm-non-lu = خوانده نشده
tm-usager = کاربر
tm-vous-devez-effectuer-les-modifications = شما باید تغییرات خواسته‌شده را با تغییر دادن دوسیهٔ خود انجام دهید.
tm-modifier-le-dossier = تغییر دادن دوسیه
tm-cree-depuis-le = ایجاد شده از تاریخ
tm-depose-depuis-le = تسلیم شده از تاریخ
tm-appliquer-les-filtres = اعمال فلترها
tm-reinitialiser-les-filtres = پاک کردن همهٔ فلترها
tm-selectionner-un-filtre = انتخاب یک فلتر
tm-1-filtre-actif = یک فلتر فعال
tm-filtres-actifs = { $n ->
        [one] { $n } فلتر فعال
       *[other] { $n } فلتر فعال
    }
tm-supprimer-1-filtre-actif = حذف یک فلتر فعال
tm-selectionner-un-statut = انتخاب یک وضعیت
tm-afficher-les-dossiers-par-demarche = نشان دادن دوسیه‌ها بر اساس کار اداری
tm-afficher = نشان دادن

## ds: components dsfr

tm-telecharger-le-fichier = دانلود فایل
tm-ce-lien-est-ephemere-et-ne = این لینک موقتی است و نباید با دیگران شریک شود.
tm-afficher-le-mot-de-passe = نشان دادن رمز
tm-afficher-la-confirmation-du-mot-de = نشان دادن تأیید رمز
tm-ladresse-electronique-semble-erronee = آدرس ایمیل به نظر نادرست است
tm-vouliez-vous-ecrire = آیا منظورتان این بود:
tm-recherche-en-cours-pour-le-siret = در حال جستجو برای نمبر SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } با سرمایهٔ ثبت‌شدهٔ { $amount }
tm-donnee-remplie-automatiquement = این معلومات به‌طور خودکار پر شده.
tm-une-erreur-est-survenue-lors-de = هنگام بررسی سند شما خطایی رخ داد. اگر از فایل خود مطمئن هستید، به این پیام توجه نکنید.
tm-masquer-le-message = پنهان کردن پیام

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = نمبر و نام سرک، یا نام محل (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = هنگام جستجو خطایی رخ داد
tm-une-erreur-est-survenue-lors-de-3 = هنگام جستجو خطایی رخ داد. اگر مشکل ادامه داشت، خانهٔ «آدرس خود را در پیشنهادها پیدا نمی‌کنم» (« Je ne trouve pas mon adresse dans les suggestions ») را نشانی کنید و ادامه دهید.
tm-ville = شهر
tm-exemple-london = مثال: London
tm-ville-ou-commune = شهر یا شاروالی
tm-renseignez-le-nom-ou-le-code = نام شهر یا کود پستی آن را بنویسید، بعد شاروالی را از فهرست انتخاب کنید. مثال: Strasbourg
tm-code-postal = کود پستی
tm-je-ne-trouve-pas-mon-adresse = آدرس خود را در پیشنهادها پیدا نمی‌کنم
tm-saisissez-une-adresse-une-voie-un = یک آدرس، سرک، نام محل (lieu-dit) یا شاروالی را بنویسید. مثال: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = مرکز کردن نقشه با جستجوی یک آدرس
tm-commencez-a-saisir = شروع به نوشتن کنید
tm-ajouter-un-point-sur-la-carte = اضافه کردن یک نقطه روی نقشه
tm-exemple = مثال:
tm-afficher-votre-position-sur-la-carte = نشان دادن موقعیت شما روی نقشه
tm-ajouter-le-point-avec-les-coordonnees = اضافه کردن نقطه با مختصاتی که روی نقشه نوشته شده
tm-ajouter-un-fichier-gpx-ou-kml = اضافه کردن فایل GPX یا KML
tm-supprimer-le-fichier-2 = حذف فایل
tm-modification-a-deposer = تغییری که باید تسلیم شود
tm-information-champ-actualise-par = معلومات: این خانه توسط اداره تازه شده. محتوای آن را بررسی کنید.
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [one] بیشترین اندازهٔ پیشنهادشده { $n } حرف است.
       *[other] بیشترین اندازهٔ پیشنهادشده { $n } حرف است.
    }
tm-le-numero-dallocataire-caf = نمبر گیرندهٔ کمک در CAF (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = معمولاً 7 رقم دارد.
tm-le-code-postal = کود پستی
tm-il-est-generalement-compose-de-5 = معمولاً 5 رقم دارد.
tm-numero-daccreditation = نمبر اعتبارنامه (accréditation)
tm-format-jj-mm-aaaa = فارمت: JJ/MM/AAAA (روز/ماه/سال)
tm-le-numero-fiscal = نمبر مالیاتی
tm-il-est-generalement-compose-de-13 = معمولاً 13 یا 14 کرکتر دارد.
tm-la-reference-davis-dimposition = نمبر مرجع اطلاعیهٔ مالیات (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = معمولاً 13 یا 14 کرکتر دارد.
tm-identifiant-national-etudiant-il-est = نمبر ملی محصل (INE). معمولاً از حروف و ارقام ساخته شده است.
tm-identifiant = شناسه (Identifiant)
tm-il-est-generalement-compose-de = معمولاً از حروف و ارقام ساخته شده است.
tm-ajouter-un-element-supplementaire-a = اضافه کردن یک مورد دیگر به «{ $name }»
tm-supprimer = حذف { $name } { $n }
tm-aucune-fondation-trouvee = هیچ بنیادی (fondation) پیدا نشد
tm-ce-rnf-correspond-a = این نمبر RNF مربوط است به: { $name }، { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] { $n } حرف برای شما باقی مانده است.
       *[other] { $n } حرف برای شما باقی مانده است.
    }
tm-vous-avez-atteint-la-taille-maximale = شما به بیشترین اندازهٔ پیشنهادشده رسیده‌اید.
tm-oui = بلی

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = نشان دادن همهٔ خطاها

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = رمز قابل قبول است. می‌توانید تأیید کنید… یا رمز خود را بهتر سازید.
tm-mot-de-passe-vulnerable = رمز ضعیف است.
tm-mot-de-passe-tres-vulnerable = رمز خیلی ضعیف است.
tm-pour-un-mot-de-passe-securise = برای یک رمز امن، از حروف پشت سر هم یا تکرار یک حرف استفاده نکنید. مثلاً می‌توانید یک جمله (با فاصله‌ها) انتخاب کنید که به آسانی به یادتان بماند.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = این لینک را دنبال کنید تا با آدرس جدید وارد شوید.
tm-nous-avons-detecte-une-erreur-reseau = ما یک خطای شبکه پیدا کردیم که نمی‌گذارد شما را به آنجا ببریم. با بخش تکنالوژی معلوماتی (IT) خود تماس بگیرید تا دسترسی به demarche.numerique.gouv.fr را اجازه دهد.

## ds: errors

tm-nest-pas-dun-type-accepte = از نوع قابل قبول نیست
tm-est-trop-lourd-e-le-fichier = خیلی بزرگ است. اندازهٔ فایل باید حداکثر { $amount } باشد.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = درخواست رمز جدید
tm-vous-etes-connecte-e-vous-pouvez = شما وارد شدید! هر وقت بخواهید می‌توانید بین پروفایل‌های مختلف خود تغییر کنید: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = شما اکنون از حساب خارج شدید.

## ds: users

tm-votre-compte-a-deja-ete-active = حساب شما قبلاً فعال شده است.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE در دسترس نیست، معلومات دربارهٔ شرکت تا چند ساعت دیگر می‌رسد.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = اگر انسان هستید، این خانه را خالی بگذارید

## ds: clipboard

tm-copie = کاپی شد

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = جواب خود را در این‌جا پیدا کنید:
tm-contact-technique = تماس تخنیکی
tm-envoyez-nous-un-message-a = به { $email } برای ما پیام بفرستید.
tm-besoin-daide-pour-remplir-votre-dossier = برای پر کردن دوسیهٔ خود به کمک نیاز دارید؟

## ds: utils

tm-nombre-a-virgule = عدد اعشاری
tm-nombre-entier = عدد صحیح
tm-liste-a-choix-multiple = فهرست چندگزینه‌ای
tm-deconnexion = خروج از حساب
tm-pieces-jointes = ضمیمه‌ها
tm-les-champs-suivis-dun-asterisque = خانه‌هایی که ستاره (الزامی) دارند، باید پر شوند.
tm-facultatif = (اختیاری)
tm-envoyer-le-message = فرستادن پیام
tm-nouvel-onglet = تب جدید

## ds: skiplinks

tm-acces-rapide = دسترسی سریع
tm-contenu = محتوا

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = وقتی نتیجه‌های تکمیل خودکار آماده شد، با کلیدهای جهت بالا و پایین در فهرست نتیجه‌ها حرکت کنید. برای انتخاب یک نتیجه کلید Enter (Entrée) را فشار دهید. برای بستن فهرست نتیجه‌ها کلید Esc (Echap) را فشار دهید.
tm-aucun-resultat = هیچ نتیجه‌ای نیست
tm-1-resultat = یک نتیجه
tm-resultats = نتیجه‌ها

## ds: layouts

tm-un-outil-simple-pour-gerer-les = یک ابزار ساده برای مدیریت فورم‌های اداری آنلاین.
tm-mon-compte = حساب من
tm-revenir-en-arriere = برگشت
tm-revenir-en-arriere-sur-le-site = برگشت به ویب‌سایت ادارهٔ من
tm-menu-principal = مینوی اصلی
tm-mes-dossiers = دوسیه‌های من
tm-consulter-mon-dossier = دیدن دوسیهٔ من
tm-jai-une-question = یک سؤال دارم
tm-aller-a-la-page-daccueil = رفتن به صفحهٔ اصلی

## ds: views

tm-creation-de-compte-sur = ایجاد حساب در { $name }
tm-se-creer-un-compte-avec-une = ایجاد حساب با آدرس ایمیل
tm-adresse-electronique = آدرس ایمیل
tm-mot-de-passe-caracteres-minimum = { $n ->
        [one] رمز (حداقل { $n } حرف)
       *[other] رمز (حداقل { $n } حرف)
    }
tm-avant-deffectuer-votre-demarche-nous = پیش از انجام کار اداری خود، باید آدرس ایمیل شما { $email } را تأیید کنیم.
tm-ouvrez-votre-boite-email-et-cliquez = صندوق ایمیل خود را باز کنید و روی لینک فعال‌سازی در پیامی که دریافت کرده‌اید کلیک کنید.
tm-renvoyer-un-email-de-confirmation = دوباره فرستادن ایمیل تأیید
tm-lautorisation-de-vient-detre-revoquee = اجازهٔ { $email } همین حالا لغو شد. می‌توانید شخص دیگری را دعوت کنید.
tm-vous-ne-pouvez-pas-revoquer-cette = نمی‌توانید این اجازه را لغو کنید
tm-inviter-une-personne-a-modifier-ce = دعوت یک شخص برای تغییر این دوسیه
tm-gestion-des-invites = مدیریت دعوت‌شده‌ها
tm-les-invites-ont-le-droit-de = دعوت‌شده‌ها حق دارند دوسیهٔ شما را ببینند و تغییر دهند.
tm-ajouter-un-invite = اضافه کردن یک دعوت‌شده
tm-envoyer-une-invitation = فرستادن دعوت‌نامه
tm-revoquer-lacces = لغو دسترسی
tm-aucun-invite-ne-peut-voir-et = فعلاً هیچ دعوت‌شده‌ای نمی‌تواند این دوسیه را ببیند و تغییر دهد.
tm-1-personne-invitee = یک شخص دعوت شده
tm-personnes-invitees = { $n ->
        [one] { $n } شخص دعوت شده
       *[other] { $n } شخص دعوت شده
    }
tm-une-fois-le-dossier-complet-vous = وقتی دوسیه کامل شد، باید خودتان آن را تسلیم کنید.
tm-dernier = آخرین
tm-precedent = قبلی
tm-premier = اولین
tm-lusager-a-supprime-son-compte = (کاربر حساب خود را حذف کرده است)
tm-cordialement = با احترام،
tm-modifie-par-lusager-le = در { $date } توسط کاربر تغییر داده شد
tm-passe-en-instruction-le = در { $date } بررسی آن شروع شد
tm-accepte-le = در { $date } قبول شد
tm-classe-sans-suite-le = در { $date } بدون پیگیری بسته شد
tm-telecharger-lattestation = دانلود تصدیق‌نامه
tm-votre-dossier-est-enregistre = دوسیهٔ شما بعد از هر تغییر به‌طور خودکار ذخیره می‌شود. هر وقت بخواهید می‌توانید پنجره را ببندید و بعداً از همان جایی که بودید ادامه دهید.
tm-envoyer-et-marquer-le-dossier = فرستادن و نشانی کردن دوسیه
tm-en-attente-de-reponse = در انتظار جواب
tm-votre-message-obligatoire = پیام شما (الزامی)
tm-ecrivez-votre-message-a-l-administration = پیام خود را به اداره این‌جا بنویسید
tm-identite-du-demandeur = هویت درخواست‌کننده
tm-identite-du-mandataire = هویت وکیل (mandataire)
tm-sections-du-formulaire = بخش‌های فورم
tm-modifier-le-siret = تغییر نمبر SIRET
tm-lusager-a-pris-connaissance-de-la = کاربر در { $agreement } از تصمیم دربارهٔ دوسیهٔ خود آگاه شد.
tm-identifier-votre-etablissement = نهاد خود را مشخص کنید
tm-civilite = عنوان احترام (آقا یا خانم)
tm-nom = تخلص (نام فامیلی)
tm-renseignez-le-numero-de-siret-de = برای شروع این کار اداری، نمبر SIRET شرکت، اداره یا انجمن خود را بنویسید.
tm-pour-trouver-votre-numero-siret-utilisez = برای پیدا کردن نمبر SIRET خود، از { $annuaire_link } استفاده کنید یا از بخش حسابداری خود بپرسید.
tm-continuer = ادامه
tm-merci = تشکر!
tm-votre-dossier-sur-la-demarche = دوسیهٔ شما برای کار اداری
tm-a-bien-ete-envoye = با موفقیت فرستاده شد.
tm-vous-avez-desormais-acces-a-votre = اکنون به این بخش دسترسی دارید:
tm-dossier-en-ligne = دوسیهٔ آنلاین شما.
tm-vous-pouvez = شما می‌توانید
tm-le-modifier = آن را تغییر دهید
tm-et = و
tm-echanger-avec-un-instructeur = با کارمند بررسی‌کنندهٔ دوسیه در تماس شوید.
tm-telecharger-mon-dossier = دانلود دوسیهٔ من
tm-telecharger-mon-attestation = دانلود تصدیق‌نامهٔ من
tm-suivi-de-votre-dossier = پیگیری دوسیهٔ شما
tm-votre-dossier = دوسیهٔ شما
tm-dossier-n = دوسیهٔ نمبر { $n }
tm-en-brouillon-depuis-le = - به شکل مسوده از { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (دوسیهٔ شما به شکل PDF)
tm-brouillon = مسوده
tm-votre-dossier-est-en-cours-dinstruction = دوسیهٔ شما در حال بررسی توسط اداره است. دیگر نمی‌توانید آن را تغییر دهید.
tm-votre-dossier-est-soumis-au-cadre = دوسیهٔ شما تابع قاعدهٔ قانونی «سکوت یعنی قبول» (« Silence Vaut Accord ») است
tm-votre-dossier-est-soumis-au-cadre-2 = دوسیهٔ شما تابع قاعدهٔ قانونی «سکوت یعنی رد» (« Silence Vaut Rejet ») است
tm-termine = تمام شده
tm-vous-avez-une-question-utilisez-la = سؤالی دارید؟ برای تماس مستقیم با اداره از صندوق پیام‌ها استفاده کنید.
tm-motivation = دلیل‌ها:
tm-attestation = تصدیق‌نامه:
tm-votre-dossier-a-ete-accepte = دوسیهٔ شما قبول شد
tm-motif-de-lacceptation = دلیل قبول
tm-votre-dossier-a-ete-refuse = دوسیهٔ شما رد شد
tm-envoyer-un-message-a-ladministration = فرستادن پیام به اداره
tm-dernier-message = آخرین پیام
tm-votre-prochain-rendez-vous = وقت ملاقات بعدی شما
tm-voir-mon-rendez-vous-sur-rdv = دیدن وقت ملاقات من در RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = تغییر دوسیه - تا وقتی بررسی دوسیهٔ شما شروع نشده، می‌توانید آن را تغییر دهید
tm-rechercher-un-dossier-par-n-de = جستجوی دوسیه (با نمبر دوسیه، کلمه‌های کلیدی…)
tm-rechercher-un-dossier-par-n-de-2 = جستجوی دوسیه (با نمبر دوسیه، تخلص / نام، کلمه‌های کلیدی…)
tm-saisissez-votre-recherche = آنچه را می‌جویید بنویسید
tm-resultat-de-la-recherche-pour = نتیجهٔ جستجو برای «{ $search_terms }»
tm-et-pour-la-procedure = و برای کار اداری «{ $name }»
tm-dossier-numero = دوسیهٔ نمبر { $n }
tm-ladministration-ne-traitera-plus-votre = اداره دیگر درخواست شما را بررسی نخواهد کرد.
tm-dossier-n-2 = دوسیهٔ نمبر
tm-ne-correspond-aux-termes-recherches = با کلمه‌های جستجو مطابقت ندارد
tm-ne-correspond-aux-filtres-selectionnes = با فلترهای انتخاب‌شده مطابقت ندارد
tm-cette-demarche-est-close-vous-ne = این کار اداری بسته شده و نمی‌توانید این دوسیه را تسلیم کنید. لطفاً یک دوسیهٔ جدید در { $link } که جای آن را گرفته تسلیم کنید.
tm-cette-demarche-est-close-vous-ne-2 = این کار اداری بسته شده و نمی‌توانید این دوسیه را تسلیم کنید، و نه دوسیهٔ جدیدی برای این کار اداری. { $link }
tm-cette-demarche-est-close-votre-dossier = این کار اداری بسته شده، اما دوسیهٔ شما تسلیم شده و اداره می‌تواند آن را بررسی کند. در صورت نیاز، می‌توانید یک دوسیهٔ جدید در { $link } که جای آن را گرفته تسلیم کنید.
tm-cette-demarche-est-close-votre-dossier-2 = این کار اداری بسته شده، اما دوسیهٔ شما تسلیم شده و اداره می‌تواند آن را بررسی کند. نمی‌توانید برای این کار اداری دوسیهٔ جدیدی تسلیم کنید. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = این کار اداری بسته شده و دوسیهٔ شما توسط اداره بررسی شده است. در صورت نیاز، می‌توانید یک دوسیهٔ جدید در { $link } که جای آن را گرفته تسلیم کنید.
tm-cette-demarche-est-close-votre-dossier-4 = این کار اداری بسته شده و دوسیهٔ شما توسط اداره بررسی شده است. نمی‌توانید برای این کار اداری دوسیهٔ جدیدی تسلیم کنید. { $link }
tm-nouvelle-demarche-disponible = کار اداری جدید موجود است
tm-cette-demarche = این کار اداری
tm-ce-dossier-attend-vos-corrections = این دوسیه منتظر اصلاحات شماست — تغییراتی را که باید انجام دهید در صندوق پیام‌های دوسیهٔ نمبر { $n } ببینید.
tm-ce-dossier-attend-votre-reponse = این دوسیه منتظر جواب شماست
tm-consultez-la-messagerie-du-dossier = صندوق پیام‌های دوسیهٔ نمبر { $n } را ببینید و به اداره جواب دهید.
tm-cree-le = ایجاد شده در { $date }
tm-mis-a-la-corbeille-automatiquement-le = در { $date } به‌طور خودکار به سطل زباله رفت، چون بیشترین مدت نگهداری آن تمام شد
tm-commencer-un-nouveau-dossier = شروع یک دوسیهٔ جدید
tm-dupliquer-le-dossier = کاپی کردن دوسیه
tm-voulez-vous-vraiment-mettre-a-la = آیا واقعاً می‌خواهید این دوسیه را به سطل زباله بفرستید؟
tm-en-continuant-vous-allez-supprimer-ce = اگر ادامه دهید، این دوسیه، معلومات داخل آن و درخواست انتقال آن به { $email } را حذف می‌کنید. هر حذف باعث لغو کار اداری جاری می‌شود. حذف را تأیید می‌کنید؟
tm-continuer-a-remplir = ادامهٔ پر کردن
tm-restaurer = بازگرداندن
tm-restaurer-et-etendre-la-conservation-du = بازگرداندن دوسیهٔ نمبر { $id } و تمدید مدت نگهداری آن (تعداد ماه‌ها: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = کارهای دیگر
tm-le-support-technique = پشتیبانی تخنیکی
tm-une-demande-de-transfert-est-en = یک درخواست انتقال دوسیهٔ نمبر { $n } به { $email } در جریان است
tm-une-demande-de-transfert-par-le = یک درخواست انتقال از طرف پشتیبانی تخنیکی برای دوسیهٔ نمبر { $n } به { $email } در جریان است
tm-demande-de-transfert-par-le-support = درخواست انتقال از طرف پشتیبانی تخنیکی برای دوسیهٔ نمبر { $n } مربوط به { $email }
tm-accepter = قبول کردن
tm-refuser = رد کردن
tm-connexion-a = ورود به { $name }
tm-mot-de-passe-oublie = رمز را فراموش کرده‌اید؟
tm-trouvez-votre-demarche = کار اداری خود را پیدا کنید
tm-vous-etes-agent-de-la-fonction = آیا کارمند خدمات ملکی دولت هستید؟
tm-accedez-a-notre-page-dediee = به صفحهٔ مخصوص ما بروید
tm-se-connecter-avec-son-compte = ورود با حساب خود
tm-si-vous-voyez-cette-page-trop = اگر این صفحه را زیاد می‌بینید، بخش کمک ما را ببینید.
tm-changement-de-mot-de-passe = تغییر رمز
tm-changer-le-mot-de-passe = تغییر دادن رمز
tm-si-un-compte-existe-avec-ladresse = اگر حسابی با آدرس { $email } وجود داشته باشد، برای تنظیم دوبارهٔ رمز به شما ایمیل فرستاده‌ایم.
tm-vous-navez-pas-recu-lemail = ایمیل را دریافت نکرده‌اید؟
tm-verifiez-la-boite-indesirables-ou-spam = بخش ایمیل‌های ناخواسته (Indésirables یا Spam) صندوق ایمیل خود را بررسی کنید.
tm-vous-etes-vous-connecte-avec-france = آیا قبلاً با France Connect وارد شده‌اید؟ در این صورت دوباره با France Connect کوشش کنید.
tm-le-compte-a-pu-etre-supprime = ممکن است حساب به دلیل استفاده نشدن برای مدت طولانی و نداشتن دوسیهٔ جاری حذف شده باشد. در این صورت باید از طریق یک کار اداری دوباره حساب بسازید.
tm-lien-de-reinitialisation-du-mot-de = لینک تنظیم دوبارهٔ رمز فرستاده شد
tm-attention-ce-courriel-peut-mettre-jusqua = توجه، رسیدن این ایمیل ممکن است تا 15 دقیقه طول بکشد.
tm-en-cas-de-difficultes-nous-restons = اگر مشکلی داشتید، از طریق این فورم می‌توانید با ما تماس بگیرید.

## ds: modal

tm-publier-la-demarche = نشر کار اداری
tm-reactiver-la-demarche = فعال کردن دوبارهٔ کار اداری
tm-vous-vous-appretez-a-publier-votre = شما در حال نشر کار اداری خود برای عموم هستید.
tm-vous-vous-appretez-a-reactiver-votre = شما در حال فعال کردن دوبارهٔ کار اداری خود هستید.
tm-publier = نشر کردن

## ds: activerecord

tm-la-piece-jointe-a-bien-ete = ضمیمه ({ $attachment }) با موفقیت حذف شد. می‌توانید ضمیمهٔ دیگری اضافه کنید.
tm-la-nouvelle-adresse-electronique = آدرس ایمیل جدید
tm-numero-siret = نمبر SIRET
tm-la-demarche-est-mise-en-uvre = این کار اداری را اجرا می‌کند:
tm-valeur-du-champ = مقدار خانه
tm-lobjet-genere-sera-tronque-sil-depasse = اگر موضوع ساخته‌شده بیشتر از 100 حرف باشد، کوتاه می‌شود.
tm-est-invalide-saisissez-un-numero-de = نادرست است. یک نمبر تیلفون درست بنویسید. مثال: 0612345678
tm-nest-pas-un-lien-valide = لینک درست نیست
tm-aucun-resultat-ne-correspond-a-votre = هیچ نتیجه‌ای با جستجوی شما مطابقت ندارد.
tm-trop-de-demandes-nous-reessayons-pour = درخواست‌ها خیلی زیاد است. ما برای شما دوباره کوشش می‌کنیم.
tm-erreur-du-serveur-nous-reessayons-pour = خطای سرور. ما برای شما دوباره کوشش می‌کنیم.
tm-service-indisponible-nous-reessayons = خدمت در دسترس نیست. ما برای شما دوباره کوشش می‌کنیم.
tm-la-demande-a-pris-trop-de = درخواست خیلی طول کشید. ما برای شما دوباره کوشش می‌کنیم.
tm-probleme-de-connexion-nous-reessayons = مشکل اتصال. ما برای شما دوباره کوشش می‌کنیم.
tm-resultat-introuvable-verifiez-vos = نتیجه پیدا نشد. معلومات خود را بررسی کنید.
tm-non-autorise-connectez-vous-pour = اجازه ندارید. برای ادامه وارد حساب شوید.
tm-invitation-deja-envoyee = : دعوت‌نامه قبلاً فرستاده شده است
tm-votre-lien-de-nouveau-mot-de = : لینک رمز جدید شما باطل شده است. لطفاً یک لینک جدید درخواست کنید.
tm-nest-pas-assez-complexe-saisir-un = به اندازهٔ کافی پیچیده نیست. یک رمز پیچیده‌تر بنویسید
tm-les-deux-mots-de-passe-ne = : دو رمز یکسان نیستند
tm-ne-peut-etre-identique-a-lancienne = نمی‌تواند با آدرس قبلی یکسان باشد. یک آدرس ایمیل دیگر بنویسید
tm-est-deja-utilise-par-une-demarche = قبلاً در یک کار اداری استفاده شده است. نمی‌توانید از آن استفاده کنید، چون مربوط به یک مدیر دیگر است.
tm-nest-pas-valide-il-doit-comporter = درست نیست. باید حداقل 3 حرف و حداکثر 200 حرف داشته باشد و فقط حروف a-z، 0-9، '_' و '-' مجاز هستند.
tm-ne-peut-pas-etre-utilise-car = نمی‌تواند استفاده شود، چون آخرین لینک این کار اداری است.
tm-doit-posseder-13-ou-14-caracteres = باید 13 یا 14 کرکتر داشته باشد
tm-doit-etre-dans-les-options-proposees = باید یکی از گزینه‌های پیشنهادشده باشد
tm-doit-etre-un-nom-de-region = باید نام درست یک منطقه (région) باشد
tm-doit-etre-un-code-de-region = باید کود درست یک منطقه (région) باشد
tm-doit-etre-un-nom-de-departement = باید نام درست یک دپارتمان (département) باشد
tm-doit-etre-un-code-de-departement = باید کود درست یک دپارتمان (département) باشد
tm-doit-etre-un-code-depci-du = باید کود یک EPCI (گروه شاروالی‌ها) مربوط به همان دپارتمان باشد
tm-doit-etre-un-nom-depci-du = باید نام یک EPCI (گروه شاروالی‌ها) مربوط به همان دپارتمان باشد
tm-doit-etre-un-entier = باید عدد صحیح باشد

## ds: errors

tm-le-champ = خانهٔ «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = دوسیه وجود ندارد یا شما به آن دسترسی ندارید.
tm-ce-lien-dinvitation-nest-plus-valable = این لینک دعوت دیگر اعتبار ندارد یا دوسیه دیگر در دسترس نیست.
tm-une-erreur-est-survenue-lors-de-4 = هنگام اتصال با FranceConnect خطایی رخ داد. لطفاً دوباره کوشش کنید.
tm-seul-e-s-les-usagers-peuvent = فقط کاربران می‌توانند از طریق France Connect وارد شوند. اگر کارمند بررسی‌کنندهٔ دوسیه یا مدیر هستید، لطفاً رمز خود را دوباره تنظیم کنید.
tm-desole-la-recuperation-des-informations = متأسفیم، گرفتن معلومات SIRET فعلاً ممکن نیست. لطفاً چند لحظه بعد دوباره کوشش کنید.
tm-nous-navons-pas-trouve-detablissement = هیچ نهادی با این نمبر SIRET پیدا نکردیم.
tm-lexpression-reguliere-que-vous-avez = عبارت منظم (expression régulière) که نوشتید ممکن است خطرناک باشد و مشکلات کارکرد ایجاد کند
tm-lexemple-doit-correspondre-a-lexpression = مثال باید با عبارت منظم داده‌شده مطابقت داشته باشد
tm-doit-etre-un-nombre-superieur-ou = باید عددی بزرگ‌تر از { $n } یا مساوی آن باشد
tm-doit-etre-un-nombre-inferieur-ou = باید عددی کوچک‌تر از { $n } یا مساوی آن باشد
tm-doit-etre-une-date-dans-le = باید تاریخی در گذشته باشد
tm-doit-etre-une-date-comprise-entre = باید تاریخی بین { $start_date } و { $end_date } باشد
tm-doit-etre-une-date-superieure-ou = باید تاریخ { $date } یا بعد از آن باشد
tm-doit-etre-une-date-inferieure-ou = باید تاریخ { $date } یا پیش از آن باشد
tm-doit-comprendre-entre-1-et-3 = باید بین 1 تا 3 رقم بعد از نقطه داشته باشد
tm-doit-etre-une-date-correctement-formatee = باید تاریخی باشد که درست نوشته شده
tm-doit-etre-une-date-et-heure = باید تاریخ و ساعتی باشد که درست نوشته شده
tm-doit-etre-rempli = باید پر شود
tm-votre-session-a-ete-renouvelee-merci = جلسهٔ شما تازه شد. لطفاً این کار را دوباره از همین صفحه انجام دهید.

## ds: users

tm-ce-dossier-est-depose-sur-une = این دوسیه در یک کار اداری آزمایشی تسلیم شده است. هر تغییری که مدیر در این کار اداری بدهد (اضافه کردن خانه، نشر کار اداری...) باعث حذف این دوسیه می‌شود.
tm-votre-dossier-ne-peut-plus-etre = دوسیهٔ شما دیگر قابل تغییر نیست
tm-completez-lidentification-de = برای ادامه، مشخص کردن نهاد را کامل کنید.
tm-votre-dossier-a-bien-ete-duplique = دوسیهٔ شما با موفقیت کاپی شد. اکنون می‌توانید آن را بررسی کنید، تغییر دهید و بعد تسلیم کنید.
tm-linstruction-de-votre-dossier-a-commence = بررسی دوسیهٔ شما شروع شده و دیگر نمی‌توانید آن را حذف کنید. اگر می‌خواهید بررسی لغو شود، از طریق صندوق پیام‌های دوسیهٔ خود با اداره تماس بگیرید.
tm-votre-dossier-a-bien-ete-mis = دوسیهٔ شما به سطل زباله فرستاده شد
tm-le-dossier-n-est-pas-correctement = دوسیه درست پر نشده است.
tm-votre-dossier-a-bien-ete-restaure = دوسیهٔ شما بازگردانده شد
tm-aucun-etablissement-nest-associe-a-ce = هیچ نهادی به این دوسیه وصل نیست
tm-identite-enregistree = هویت ثبت شد
tm-attestation-de-depot = تصدیق تسلیمی درخواست (attestation de dépôt)
tm-dossier-depose-le = تاریخ تسلیم دوسیه:
tm-etat-du-dossier = وضعیت دوسیه
tm-depose-en-attente-dexamen-par = تسلیم شده، منتظر بررسی اداره
tm-refuse = رد شده
tm-classe-sans-suite = بدون پیگیری بسته شده
tm-service-administratif = بخش اداری
tm-fait-le = تهیه شده در { $date }،
tm-obtenir-une-attestation-de-depot-de = گرفتن تصدیق تسلیمی دوسیه
tm-dossier-n-en-corbeille = دوسیهٔ نمبر { $n } - در سطل زباله
tm-vous-pouvez-retrouver-ce-dossier-depuis = این دوسیه را می‌توانید در بخش سطل زبالهٔ حساب خود پیدا کنید. فعلاً دیدن آن ممکن نیست.
tm-ce-dossier-a-ete-mis-a = این دوسیه به درخواست شما به سطل زباله فرستاده شد: هنوز می‌توانید آن را بازگردانید.
tm-si-ce-dossier-a-ete-mis = اگر این دوسیه به درخواست شما به سطل زباله فرستاده شده: هنوز می‌توانید آن را بازگردانید.
tm-si-ce-dossier-a-ete-mis-2 = اگر این دوسیه به‌طور خودکار به سطل زباله رفته، چون بیشترین مدت نگهداری آن تمام شده: لطفاً هرچه زودتر آن را دانلود کنید، پیش از آن‌که برای همیشه حذف شود.
tm-dossier-n-supprime-definitivement = دوسیهٔ نمبر { $n } - برای همیشه حذف شد
tm-vous-ne-pouvez-plus-recuperer-ce = به یکی از دلایل زیر دیگر نمی‌توانید این دوسیه را دوباره به دست آورید:
tm-il-a-ete-mis-a-la = به درخواست شما به سطل زباله فرستاده شد و بعد به‌طور خودکار حذف شد.
tm-il-a-ete-supprime-car-son = حذف شد، چون بیشترین مدت نگهداری آن تمام شد.
tm-vous-pouvez-retrouver-lensemble-des = همهٔ دوسیه‌های حذف‌شدهٔ حساب خود (به جز مسوده‌ها، "BROUILLON") را می‌توانید در صفحهٔ تاریخچهٔ دوسیه‌های حذف‌شده پیدا کنید.

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = حساب FranceConnect شما آدرس { $email } را به‌عنوان ایمیل تماس استفاده می‌کند.
tm-souhaitez-vous-lutiliser-pour-recevoir = آیا می‌خواهید از آن برای گرفتن اطلاعیه‌ها دربارهٔ پیشرفت دوسیه‌های خود استفاده کنید؟
tm-valider = تأیید
tm-veuillez-nous-fournir-ladresse = لطفاً آدرس ایمیلی را که برای تماس با شما استفاده کنیم به ما بدهید
tm-oui-utiliser-comme-adresse-electronique = بلی، { $email } را به‌عنوان ایمیل تماس استفاده کنید
tm-non-utiliser-une-autre-adresse = نخیر، از یک آدرس ایمیل دیگر استفاده شود
tm-fusion-des-comptes-franceconnect-et = یکجا کردن حساب‌های FranceConnect و { $name }
tm-bonjour-votre-compte-franceconnect = سلام، حساب FranceConnect شما آدرس { $email } را به‌عنوان ایمیل تماس استفاده می‌کند. اما در { $name } یک حساب با همین آدرس ایمیل وجود دارد.
tm-pour-les-fusionner-entrez-votre-mot = برای یکجا کردن آن‌ها، رمز خود را بنویسید
tm-fusionner-les-comptes = یکجا کردن حساب‌ها
tm-utiliser-cette-adresse-electronique = استفاده از این آدرس ایمیل
tm-nous-venons-de-vous-envoyer-le = ما همین حالا ایمیل تأیید را برای شما فرستادیم، لطفاً برای یکجا کردن حساب‌های خود روی لینک داخل این ایمیل کلیک کنید
tm-le-lien-de-confirmation-a-expire = لینک تأیید باطل شده است. یک لینک تأیید جدید با ایمیل برای شما فرستاده شد.
tm-une-erreur-inattendue-est-survenue = یک خطای غیرمنتظره رخ داد. اگر مشکل ادامه داشت، لطفاً با پشتیبانی تماس بگیرید.
tm-vous-avez-ete-deconnecte-de-votre = شما از حساب قبلی خود خارج شدید. لطفاً دوباره روی لینک تأیید کلیک کنید.
tm-utilisateur-non-trouve = کاربر پیدا نشد
tm-les-comptes-franceconnect-et-sont-a = حساب‌های FranceConnect و { $name } اکنون یکجا شده‌اند

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = تصدیق‌نامهٔ خود را می‌توانید از این آدرس دانلود کنید: { $link }
tm-pour-obtenir-le-detail-de-cette = برای دانستن جزئیات این تغییر در تصمیم، می‌توانید با این بخش تماس بگیرید: { $name }.
tm-a-ete-refuse-le = در { $date } رد شد
tm-le-motif-de-refus-est-le = دلیل رد این است:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = شما برای بعضی از کارهای اداری خود نمبر SIRET بخش مربوط را ننوشته‌اید. لطفاً آن‌ها را اصلاح کنید.
tm-certaines-de-vos-demarches-nont-pas = بعضی از کارهای اداری شما بخش مربوطه ندارند.
tm-ajouter-un-service-a-la-demarche = اضافه کردن یک بخش به کار اداری { $n }
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [one] وقت تخمینی برای پر کردن: { $n } دقیقه (بسته به گزینه‌های انتخاب‌شده فرق می‌کند)
       *[other] وقت تخمینی برای پر کردن: { $n } دقیقه (بسته به گزینه‌های انتخاب‌شده فرق می‌کند)
    }
tm-quels-sont-les-delais-dinstruction-pour = مدت بررسی برای این کار اداری چقدر است؟
tm-liste-des-pieces-en-fonction-de = فهرست اسناد بر اساس وضعیت شما
tm-le-sva-ou-silence-vaut-accord = SVA یا «سکوت یعنی قبول» (« Silence Vaut Accord ») یک اصل قانونی است که مشخص می‌کند اگر اداره جواب ندهد، با درخواست چه می‌شود: اگر دوسیهٔ شما کامل باشد، درخواست بعد از گذشتن یک مدت معین به‌طور خودکار قبول می‌شود.
tm-le-svr-ou-silence-vaut-rejet = SVR یا «سکوت یعنی رد» (« Silence Vaut Rejet ») یک اصل قانونی است که مشخص می‌کند اگر اداره جواب ندهد، با درخواست چه می‌شود: اگر دوسیهٔ شما کامل باشد، درخواست بعد از گذشتن یک مدت معین به‌طور خودکار رد می‌شود.

## ds: layouts

tm-super-admin = مدیر کل (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = نمبر و نام سرک، یا نام محل (lieu-dit) را بنویسید
tm-renseigner-la-ville-ou-commune = شهر یا شاروالی را بنویسید
tm-renseigner-un-code-postal = کود پستی را بنویسید
tm-format-attendu-jj-mm-aaaa = شکل خواسته‌شده: JJ/MM/AAAA (روز/ماه/سال).
tm-format-attendu-jj-mm-aaaa-hh = شکل خواسته‌شده: JJ/MM/AAAA HH:MM (روز/ماه/سال ساعت:دقیقه).
tm-format-attendu-un-numero-de-dossier = شکل خواسته‌شده: نمبر یک دوسیهٔ تسلیم‌شده در { $name }
tm-ne-doit-pas-contenir-de-caracteres = نباید نشانه‌های ویژه داشته باشد
tm-doit-faire-au-moins-caracteres = { $n ->
        [one] باید حداقل { $n } حرف داشته باشد
       *[other] باید حداقل { $n } حرف داشته باشد
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [one] باید کمتر از { $n } حرف داشته باشد
       *[other] باید کمتر از { $n } حرف داشته باشد
    }
tm-est-invalide-saisissez-un-numero-iban = نادرست است. یک نمبر IBAN درست بنویسید. مثال (فرانسه): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = مثال (فرانسه): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = می‌توانید یک یا چند گزینه را انتخاب کنید.

## ds: activemodel

tm-region-code-region = منطقه (région) و کود منطقه

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = شکل خواسته‌شده: یک نمبر تیلفون درست. مثال: 0612345678
tm-doit-commencer-par-un-w-majuscule = باید با حرف بزرگ W شروع شود و بعد از آن 9 رقم یا حرف بیاید. مثال: W503726238
tm-le-numero-rna-saisi-ne-correspond = نمبر RNA { $value } که نوشتید با هیچ نهادی مطابقت ندارد، یک نمبر RNA درست بنویسید
tm-une-erreur-reseau-a-empeche-lassociation = یک خطای شبکه نگذاشت انجمن مربوط به این RNA پیدا شود، بعداً دوباره کوشش کنید
tm-numero-rna = نمبر RNA (ثبت انجمن‌ها)
tm-nom-de-lassociation = نام انجمن
tm-objet-de-lassociation = هدف انجمن
tm-date-de-creation = تاریخ ایجاد
tm-date-de-publication = تاریخ نشر
tm-format-attendu-un-w-majuscule-suivi = شکل خواسته‌شده: حرف بزرگ W و بعد از آن 9 رقم یا حرف. مثال: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (هیچ بنیادی پیدا نشد)
tm-numero-rnf = نمبر RNF (ثبت بنیادها)
tm-mise-a-jour-le = تاریخ به‌روزرسانی
tm-comporte-une-erreur-de-saisie-corrigez = یک اشتباه نوشتاری دارد. آن را اصلاح کنید.
tm-ne-correspond-pas-a-un-etablissement = با هیچ نهاد موجودی مطابقت ندارد
tm-dossier-supprime = دوسیهٔ حذف‌شده
tm-demande-de-lusager = درخواست کاربر
tm-suppression-dune-demarche = حذف یک کار اداری
tm-numero-de-dossier = نمبر دوسیه
tm-etat = وضعیت
tm-demande-de-correction = درخواست اصلاح
tm-pour-vous = برای خودتان
tm-pour-un-beneficiaire-membre-de-la = برای یک شخص مستفید: عضو خانواده، شخص نزدیک، موکل، شخص مسلکی که پیگیری دوسیه را به عهده دارد…
tm-a-corriger = باید اصلاح شود
tm-dossier-non-modifie = دوسیه تغییر نکرد
tm-demande-de-correction-annulee = درخواست اصلاح لغو شد
tm-reponse-donnee = جواب داده شد
tm-le-dossier-nest-pas-valide-et = دوسیه درست نیست و باید اصلاح شود
tm-le-dossier-doit-etre-mis-a = دوسیه باید به‌روز شود و دوباره تأیید شود
tm-depose-depuis-longtemps = از مدت زیادی تسلیم شده
tm-depose-depuis-j = { $days ->
        [one] از { $days } روز پیش تسلیم شده
       *[other] از { $days } روز پیش تسلیم شده
    }
tm-expire-bientot = به‌زودی باطل می‌شود
tm-expire-dans-j = { $days ->
        [one] { $days } روز دیگر باطل می‌شود
       *[other] { $days } روز دیگر باطل می‌شود
    }
tm-bientot-supprime = به‌زودی حذف می‌شود
tm-suppression-dans-j = { $days ->
        [one] حذف در { $days } روز دیگر
       *[other] حذف در { $days } روز دیگر
    }
tm-message = پیام
tm-annotation-privee = یادداشت خصوصی
tm-ladresse-electronique = آدرس ایمیل { $message }
tm-est-invalide = نادرست است
tm-parcelle-agricole = قطعهٔ زمین زراعتی
tm-selection-utilisateur = انتخاب کاربر
tm-ne-peut-pas-etre-vide = نمی‌تواند خالی باشد
tm-nest-pas-un-geojson-valide = یک GeoJSON درست نیست
tm-contient-des-coordonnees-invalides = مختصات نادرست دارد، لطفاً از سیستم مختصات WGS84 استفاده کنید

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = قطعهٔ نمبر { $n } - ورق { $prefixe } { $section } - { $surface } متر مربع – شاروالی { $commune }
tm-parcelle-n-hectares = قطعهٔ نمبر { $n } - { $surface } هکتار
tm-une-aire-de-surface-m2 = یک ساحه به مساحت { $area } متر مربع
tm-une-aire-de-surface-inconnue = یک ساحه با مساحت نامعلوم

## ds: activerecord

tm-doit-etre-different-de-celui-du = باید با ایمیل وکیل (mandataire) فرق داشته باشد
tm-notifier-le-beneficiaire = خبر دادن به شخص مستفید:
tm-pas-de-notification = بدون اطلاع‌رسانی
tm-votre-dossier-n-est-en-train = دوسیهٔ نمبر { $n } شما دوباره در حال بررسی است ({ $name })

## ds: activemodel

tm-annee = سال
tm-depuis-le-debut = از آغاز
tm-en = (در سال { $year })
tm-nombre-de-demarches = تعداد کارهای اداری
tm-nombre-de-demarches-publiees-ou-closes = تعداد کارهای اداری نشرشده یا بسته‌شده { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = دوسیه از طریق یک حساب FranceConnect تسلیم شده است.
tm-le-dossier-a-ete-depose-par-2 = دوسیه از طریق حساب { $name } تسلیم شده است.
tm-le-service-traitant-na-pas-ete = بخش مسئول نتوانست درخواست شما را در مهلتی که قاعدهٔ «سکوت یعنی رد» (Silence Vaut Rejet) تعیین کرده بررسی کند.
tm-expirera-le-mois-apres-le-depot = { $n ->
        [one] در { $date } باطل می‌شود ({ $n } ماه بعد از تسلیم دوسیه)
       *[other] در { $date } باطل می‌شود ({ $n } ماه بعد از تسلیم دوسیه)
    }
tm-ce-dossier-est-en-instruction-il = این دوسیه در حال بررسی است و باطل نمی‌شود
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [one] در { $date } باطل می‌شود ({ $n } ماه بعد از بررسی دوسیه)
       *[other] در { $date } باطل می‌شود ({ $n } ماه بعد از بررسی دوسیه)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [one] در { $date } باطل می‌شود ({ $n } ماه بعد از بررسی دوسیه)
       *[other] در { $date } باطل می‌شود ({ $n } ماه بعد از بررسی دوسیه)
    }
tm-la-recuperation-automatique-des-donnees = گرفتن خودکار معلومات برای گیرندهٔ کمک نمبر { $numero_allocataire } با کود پستی { $code_postal } در جریان است.
tm-des-donnees-concernant-liees-au-compte = معلوماتی دربارهٔ { $sources } مربوط به حساب نمبر { $numero_allocataire } با کود پستی { $code_postal } از CAF دریافت شد.
tm-donnees-obtenues-de-la-caisse-nationale = معلومات گرفته‌شده از صندوق ملی کمک‌های خانوادگی (Caisse nationale d’allocations familiales)
tm-la-recuperation-automatique-des-donnees-2 = گرفتن خودکار معلومات برای اظهارکنندهٔ مالیات نمبر { $numero_fiscal } با مرجع اطلاعیهٔ { $reference_avis } در جریان است.
tm-des-donnees-concernant-liees-au = معلوماتی دربارهٔ { $sources } مربوط به اظهارکنندهٔ مالیات نمبر { $numero_fiscal } با مرجع اطلاعیهٔ { $reference_avis } از DGFiP (ادارهٔ مالیات) دریافت شد.
tm-donnees-obtenues-de-la-direction = معلومات گرفته‌شده از ریاست عمومی مالیه (Direction générale des Finances publiques)
tm-la-recuperation-automatique-des-donnees-3 = گرفتن خودکار معلومات برای شناسهٔ { $identifiant } در جریان است.
tm-des-donnees-concernant-liees-a = معلوماتی دربارهٔ { $sources } مربوط به شناسهٔ { $identifiant } از Pôle emploi دریافت شد.
tm-donnees-obtenues-de-pole-emploi = معلومات گرفته‌شده از Pôle emploi (ادارهٔ کاریابی)
tm-des-donnees-concernant-liees-a-line = معلوماتی دربارهٔ { $sources } مربوط به INE { $ine } از MESRI (وزارت تحصیلات عالی) دریافت شد.
tm-donnees-obtenues-du-mesri = معلومات گرفته‌شده از MESRI (وزارت تحصیلات عالی)
tm-entrer-une-autre-option = نوشتن یک گزینهٔ دیگر

## ds: carte

tm-deploiement-par-departement = گسترش بر اساس دپارتمان (département)
tm-quelle-carte-souhaitez-vous = کدام نقشه را می‌خواهید؟

## ds: views

tm-selectionnez = انتخاب کنید

## ds: activerecord

tm-votre-adresse-electronique = آدرس ایمیل کاری شما
tm-sujet = موضوع

## ds: contact

tm-votre-question = سؤال شما
tm-notre-reponse = جواب ما
tm-une-capture-decran-peut-nous-aider = یک عکس از صفحه (اسکرین‌شات) می‌تواند به ما کمک کند جایی را که باید بهتر شود آسان‌تر پیدا کنیم.
tm-une-capture-decran-peut-nous-aider-2 = یک عکس از صفحه (اسکرین‌شات) می‌تواند به ما کمک کند مشکل را آسان‌تر پیدا کنیم.
tm-taille-maximale-autorisee-200-mo-formats = بیشترین اندازهٔ مجاز: 200 مگابایت. فارمت‌های قابل قبول: jpg، png، pdf.
tm-contactez-nous-via-ce-formulaire-et = از طریق این فورم با ما تماس بگیرید و ما هرچه زودتر جواب می‌دهیم. لطفاً تا جایی که ممکن است معلومات بیشتری به ما بدهید تا بهتر بتوانیم کمک کنیم.
tm-jai-un-probleme-lors-du-remplissage = هنگام پر کردن دوسیهٔ خود مشکل دارم
tm-avez-vous-bien-verifie-que-tous = آیا بررسی کرده‌اید که همهٔ خانه‌های الزامی ( * ) پر شده باشند؟ اگر دربارهٔ معلوماتی که باید بنویسید سؤال دارید، با بخش‌های مسئول این کار اداری تماس بگیرید (FAQ).
tm-jai-une-question-sur-linstruction-de = دربارهٔ بررسی دوسیهٔ خود سؤال دارم
tm-si-vous-avez-des-questions-sur = اگر دربارهٔ بررسی دوسیهٔ خود (مثلاً دربارهٔ مدت آن) سؤال دارید، لطفاً مستقیماً از طریق صندوق پیام‌های خود با بخش‌هایی که دوسیهٔ شما را بررسی می‌کنند تماس بگیرید (FAQ). اگر می‌خواهید دربارهٔ یک مشکل تخنیکی ویب‌سایت سؤال کنید، از فورم پایین استفاده کنید. ما نمی‌توانیم دربارهٔ بررسی دوسیهٔ شما معلومات بدهیم.
tm-jai-une-idee-damelioration-pour-votre = برای بهتر شدن ویب‌سایت شما یک پیشنهاد دارم
tm-une-idee-pensez-a-consulter-notre = پیشنهادی دارید؟ صفحهٔ پیشنهادهای بهبود ما را ببینید: به بهبودهایی که مهم‌تر می‌دانید رأی دهید، و پیشنهاد خود را بدهید.
tm-nous-vous-invitons-a-contacter = لطفاً با ادارهٔ مسئول کار اداری خود تماس بگیرید تا لینکی را که باید باز کنید به شما بدهد. این لینک باید چنین باشد: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. این‌جا می‌توانید فهرست کارهای اداری پراستفادهٔ ما را هم ببینید (permis، detr، و غیره).
tm-autre-sujet = موضوع دیگر
tm-votre-message-a-ete-envoye-sur = پیام شما به صندوق پیام‌های دوسیهٔ شما فرستاده شد.
tm-votre-message-a-ete-envoye = پیام شما فرستاده شد.
tm-la-piece-jointe-doit-etre-un = ضمیمه باید یک فایل باشد

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = از ادارهٔ مسئول دوسیهٔ شما در کار اداری «{ $name }» یک پیام جدید دریافت کرده‌اید.
tm-pour-consulter-le-message-et-y = برای خواندن پیام و جواب دادن به آن، روی دکمهٔ پایین کلیک کنید:
tm-si-vous-souhaitez-repondre-a-ce = اگر می‌خواهید به این پیام جواب دهید، مستقیماً با اداره به این آدرس تماس بگیرید: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = اگر می‌خواهید به این پیام جواب دهید، مستقیماً با استفاده از معلومات تماس پایین این ایمیل با اداره تماس بگیرید.
tm-lire-le-message = خواندن پیام
tm-vous-avez-commence-a-remplir-un = شما پر کردن یک دوسیه را برای کار اداری «{ $name }» شروع کرده‌اید.
tm-vous-pouvez-retrouver-et-completer-votre = با کلیک روی دکمهٔ پایین می‌توانید دوسیهٔ خود را پیدا و کامل کنید:
tm-vous-pouvez-deposer-votre-dossier = می‌توانید دوسیهٔ خود را تا { $before } تسلیم کنید.
tm-afficher-votre-dossier = نشان دادن دوسیهٔ شما
tm-vous-devez-corriger-votre-dossier-n = شما باید دوسیهٔ نمبر { $n } «{ $name }» خود را اصلاح کنید
tm-afin-de-poursuivre-son-instruction-un = برای ادامهٔ بررسی، یک کارمند بررسی‌کننده از شما می‌خواهد در دوسیهٔ نمبر { $n } خود در کار اداری «{ $name }» اصلاحاتی انجام دهید.
tm-afin-de-commencer-son-instruction-un = برای شروع بررسی، یک کارمند بررسی‌کننده از شما می‌خواهد دوسیهٔ نمبر { $n } خود در کار اداری «{ $name }» را کامل کنید.
tm-consultez-la-messagerie-de-votre-dossier = صندوق پیام‌های دوسیهٔ خود را ببینید تا بدانید چه تغییراتی باید بدهید، بعد دوسیه را مستقیماً در ویب‌سایت تغییر دهید.
tm-ouvrir-la-messagerie = باز کردن صندوق پیام‌ها
tm-vous-avez-une-demande-de-transfert = شما یک درخواست انتقال در انتظار دارید.
tm-afin-de-pouvoir-accepter-ou-refuser = برای قبول یا رد کردن درخواست، باید وارد { $name } شوید:
tm-acceder-a-la-demande-de-transfert = رفتن به درخواست انتقال
tm-afin-de-pouvoir-accepter-ou-refuser-2 = برای قبول یا رد کردن درخواست، باید حساب داشته باشید:
tm-se-creer-un-compte-sur = ساختن حساب در { $name }
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [one] { $name } برای شما درخواست انتقال { $n } دوسیه را فرستاده است.
       *[other] { $name } برای شما درخواست انتقال { $n } دوسیه را فرستاده است.
    }
tm-vous-adresse-une-demande-de-transfert-2 = { $name } برای شما درخواست انتقال دوسیهٔ نمبر { $n } را فرستاده است، در کار اداری

## ds: layouts

tm-accueil-liste-des-demarches = صفحهٔ اصلی - فهرست کارهای اداری
tm-vous-etes-ici = شما این‌جا هستید
tm-voir-le-fil-dariane = دیدن مسیر صفحه‌ها
tm-previsualiser-le-formulaire = پیش‌نمایش فورم
tm-previsualiser-les-annotations = پیش‌نمایش یادداشت‌ها
tm-depuis-le = از { $date }
tm-publiee = نشر شده
tm-en-test = در حال آزمایش
tm-a-modifier = باید تغییر داده شود
tm-pour-plus-dinformation-sur-la-phase = برای معلومات بیشتر دربارهٔ مرحلهٔ آزمایش
tm-consulter-la-faq = دیدن سؤال‌های مکرر (FAQ)
tm-suivi-des-dossiers = { $name } – پیگیری دوسیه‌ها
tm-modifier-le-lien-de-la-demarche = تغییر لینک کار اداری
tm-pour-vous-adresser-a-votre = برای تماس با ادارهٔ خود، مستقیماً از این‌جا اقدام کنید:
tm-page-de-contact = صفحهٔ تماس:
tm-horaires = ساعات کار:
tm-consultez-laide-en-ligne = کمک آنلاین را ببینید
tm-consultez-la-page-de-contact-de = صفحهٔ تماس اداره را ببینید
tm-lequipe = تیم
tm-nous-vous-informons-que-le-dossier = به اطلاع شما می‌رسانیم که دوسیهٔ نمبر { $dossier_id } که { $mandataire_first_name } { $mandataire_last_name } به نام شما پر کرده، در کار اداری
tm-a-ete-classe-sans-suite-le = در { $date } بدون پیگیری بسته شد.
tm-a-ete-rendue = صادر شد.

## ds: root

tm-effectuer-une-demarche-administrative-en = انجام یک کار اداری به شکل آنلاین
tm-vous-souhaitez-effectuer-une-demande = می‌خواهید به یک اداره درخواست بدهید؟
tm-realisez-vos-demandes-en-toute = درخواست‌های خود را به آسانی انجام دهید و دوسیه‌های خود را آنلاین پیدا کنید
tm-comment-trouver-ma-demarche = کار اداری خود را چطور پیدا کنم؟
tm-dossiers-deposes = دوسیهٔ تسلیم‌شده
tm-reduction-des-delais-de-traitement = کاهش مدت بررسی
tm-une-question-un-probleme = سؤال یا مشکلی دارید؟
tm-la-reponse-est-dans-laide-en = جواب در بخش کمک آنلاین است
tm-administration-vous-voulez = ادارات: می‌خواهید کارهای خود را آنلاین کنید؟

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect راه‌حلی است که دولت برای امن‌تر و ساده‌تر کردن ورود به خدمات آنلاین شما پیشنهاد می‌کند.
tm-sidentifier-avec = ورود با
tm-ou = یا
tm-vous-avez-deja-un-compte = آیا قبلاً حساب دارید؟
tm-jai-deja-un-compte = قبلاً حساب دارم
tm-creer-un-compte = ساختن حساب
tm-votre-adresse-electronique-nest-pas = آدرس ایمیل شما تأیید نشده، بنابراین پیام‌های { $name } را دریافت نخواهید کرد. لطفاً صندوق ایمیل خود را بررسی کنید و روی لینک تأیید کلیک کنید. ایمیل را دریافت نکرده‌اید؟
tm-telecharger-le-modele = دانلود نمونه

## ds: commencer

tm-commencer-la-demarche = شروع کار اداری
tm-vous-avez-deja-des-dossiers-pour = شما برای این کار اداری قبلاً دوسیه دارید
tm-voir-mes-dossiers-en-cours = دیدن دوسیه‌های جاری من
tm-vous-avez-un-dossier-prerempli = شما یک دوسیهٔ از پیش پرشده دارید
tm-vous-etes-prete-a-poursuivre-un = شما آماده‌اید یک دوسیهٔ از پیش پرشده را در کار اداری «{ $name }» ادامه دهید، که { $time } پیش شروع شده است.
tm-vous-avez-deja-commence-a-remplir = شما قبلاً پر کردن یک دوسیه را شروع کرده‌اید
tm-il-y-a-vous-avez-depose = { $time } پیش، شما یک دوسیه در کار اداری «{ $name }» تسلیم کردید.
tm-poursuivre-mon-dossier-prerempli = ادامهٔ دوسیهٔ از پیش پرشدهٔ من
tm-continuer-a-remplir-mon-dossier = ادامهٔ پر کردن دوسیهٔ من
tm-voir-mon-dossier-depose = دیدن دوسیهٔ تسلیم‌شدهٔ من
tm-vous-souhaitez-effectuer-une-demande-par = می‌خواهید درخواست کاغذی بدهید؟ می‌توانید یک دوسیهٔ خالی به شکل PDF دانلود کنید و آن را به ادارهٔ مربوط بفرستید: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = دانلود یک دوسیهٔ خالی به شکل PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [one] { $n } دوسیهٔ آخر که ساخته‌اید:
       *[other] { $n } دوسیهٔ آخر که ساخته‌اید:
    }
tm-n-cree-il-y-a = نمبر { $n }، { $date } پیش ساخته شده، { $state }
tm-la-demarche-est-close-depuis-le = کار اداری { $name } از { $date } بسته است

## ds: users

tm-vous-vous-appretez-a-transferer-le = شما در حال انتقال دوسیهٔ { $state } نمبر { $n } هستید که { $name } در { $date } تسلیم کرده، به حساب یک کاربر دیگر.
tm-envoyer-la-demande-de-transfert = فرستادن درخواست انتقال
tm-linvitation-au-transfert-a-ete-envoyee = دعوت برای انتقال با موفقیت فرستاده شد
tm-la-demande-de-transfert-a-ete = درخواست انتقال با موفقیت حذف شد
tm-la-demarche-liee-a-votre-dossier = کار اداری مربوط به دوسیهٔ شما حذف شده است
tm-la-demarche-liee-a-votre-dossier-2 = کار اداری مربوط به دوسیهٔ شما بسته شده است
tm-vous-pouvez-toujours-consulter-votre = هنوز می‌توانید دوسیهٔ خود را ببینید، اما دیگر نمی‌توانید آن را تغییر دهید.
tm-votre-dossier-a-ete-traite-par = دوسیهٔ شما توسط اداره بررسی شده و هیچ کاری دیگر ممکن نیست
tm-vous-pouvez-toujours-consulter-votre-2 = هنوز می‌توانید دوسیهٔ خود را ببینید، اما اداره آن را بررسی نخواهد کرد
tm-voir-la-demarche = دیدن کار اداری
tm-une-nouvelle-demarche-est-disponible = یک کار اداری جدید موجود است، آن را این‌جا ببینید:
tm-pour-plus-dinformations-veuillez-vous = برای معلومات بیشتر، لطفاً با بخش { $name } تماس بگیرید، از طریق نمبر { $service_phone_number } یا ایمیل { $email }
tm-votre-dossier-est-en-attente-de = { $n ->
        [one] دوسیهٔ شما منتظر است که اداره رسیدگی به آن را شروع کند. بیشترین مدت انتظار برای رسیدگی { $n } ماه است. با این حال، با کلیک روی دکمهٔ پایین می‌توانید این مدت را تمدید کنید.
       *[other] دوسیهٔ شما منتظر است که اداره رسیدگی به آن را شروع کند. بیشترین مدت انتظار برای رسیدگی { $n } ماه است. با این حال، با کلیک روی دکمهٔ پایین می‌توانید این مدت را تمدید کنید.
    }
tm-conserver-mois-supplementaire = { $n ->
        [one] نگه داشتن برای { $n } ماه دیگر
       *[other] نگه داشتن برای { $n } ماه دیگر
    }
tm-cadre-juridique = چارچوب قانونی
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [one] نگهداری و بایگانی معلومات: { $n } ماه
       *[other] نگهداری و بایگانی معلومات: { $n } ماه
    }
tm-texte-cadrant-la-demande-dinformation = متن قانونی که این درخواست معلومات را تنظیم می‌کند
tm-contacter-le-delegue-a-la-protection = تماس با مسئول حفاظت از معلومات شخصی
tm-dematerialisation = دیجیتالی کردن کارها (Dématérialisation)
tm-trouver-une-maison-france-services = پیدا کردن یک دفتر France Services
tm-profil = پروفایل
tm-nouvelle-adresse-electronique = آدرس ایمیل جدید
tm-votre-adresse-electronique-actuelle = آدرس ایمیل فعلی شما
tm-changer-mon-adresse = تغییر آدرس من
tm-transferer-tous-vos-dossiers = انتقال همهٔ دوسیه‌های شما
tm-cette-fonctionnalite-vous-permet-de = این امکان به شما اجازه می‌دهد صاحب همهٔ دوسیه‌های خود را تغییر دهید. این کار معمولاً هنگام تغییر وظیفه یا اگر بخواهید چند حساب را یکجا کنید مفید است.
tm-adresse-electronique-du-prochain = آدرس ایمیل صاحب بعدی همهٔ دوسیه‌های شما
tm-le-nouveau-proprietaire-doit-confirmer = صاحب جدید { $email } باید انتقال یک دوسیه را با پیروی از رهنمودهایی که در ایمیل خود دریافت کرده تأیید کند.
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [one] صاحب جدید { $email } باید انتقال { $n } دوسیهٔ شما را با پیروی از رهنمودهایی که در ایمیل خود دریافت کرده تأیید کند.
       *[other] صاحب جدید { $email } باید انتقال { $n } دوسیهٔ شما را با پیروی از رهنمودهایی که در ایمیل خود دریافت کرده تأیید کند.
    }
tm-confirmez-vous-le-transfert = انتقال را تأیید می‌کنید؟
tm-transferer-tous-mes-dossiers = انتقال همهٔ دوسیه‌های من
tm-changement-en-attente = تغییر در انتظار:
tm-doit-sassurer-que-votre-compte-est = { $name } باید مطمئن شود که حساب شما برای کار مسلکی استفاده می‌شود. ما می‌توانیم تغییر ایمیل به این دامنه‌ها را به‌طور خودکار اجازه دهیم: { $legit_admin_domains } اگر وضعیت شما این نیست، با پشتیبانی تماس بگیرید: { $email }
tm-votre-compte-sur-est-actuellement-lie = حساب شما در { $name } فعلاً به این هویت وصل است:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [one] حساب شما در { $name } فعلاً به این { $n } هویت وصل است:
       *[other] حساب شما در { $name } فعلاً به این { $n } هویت وصل است:
    }
tm-interdire-lacces = منع دسترسی
tm-le-transfert-dun-dossier-a-est = انتقال یک دوسیه به { $email } در جریان است
tm-le-transfert-de-dossiers-a-est = { $n ->
        [one] انتقال { $n } دوسیه به { $email } در جریان است
       *[other] انتقال { $n } دوسیه به { $email } در جریان است
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = خدمت فعلاً در دسترس نیست. لطفاً بعداً دوباره درخواست کنید.
tm-numero-de-la-declaration-de-perte = نمبر اعلام مفقودی (déclaration de perte)
tm-mettre-a-jour-mes-documents = به‌روز کردن اسناد من
tm-nombre-d-enfants-a-charge = تعداد اطفال تحت سرپرستی (enfants à charge)
tm-je-ne-suis-pas-un-robot = من ربات نیستم
tm-numero-etranger = نمبر خارجی (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = دیگر هیچ وقت خالی نمانده است
tm-aucun-creneau-disponible = هیچ وقت خالی موجود نیست
tm-aucun-creneau-n-est-disponible = هیچ وقت خالی موجود نیست
tm-pas-de-creneau-disponible = وقت خالی موجود نیست
tm-plus-de-creneau-disponible = دیگر وقت خالی موجود نیست
tm-aucun-rendez-vous-disponible = هیچ نوبت ملاقات موجود نیست
tm-aucun-rendez-vous-n-est-disponible = هیچ نوبت ملاقاتی موجود نیست
tm-aucune-disponibilite = هیچ وقت آزاد موجود نیست
tm-tous-les-creneaux-sont-reserves = همهٔ وقت‌های خالی رزرو شده‌اند
tm-toutes-les-plages-horaires-sont = همهٔ بازه‌های زمانی رزرو شده‌اند
tm-aucune-plage-horaire = هیچ بازهٔ زمانی نیست
tm-service-momentanement-indisponible = خدمت فعلاً در دسترس نیست
tm-service-temporairement-indisponible = خدمت موقتاً در دسترس نیست
tm-service-indisponible = خدمت در دسترس نیست
tm-site-en-maintenance = ویب‌سایت در حال ترمیم است
tm-actuellement-en-maintenance = فعلاً در حال ترمیم
tm-operation-de-maintenance = کار ترمیم (maintenance)
tm-erreur-technique = خطای تخنیکی
tm-probleme-technique = مشکل تخنیکی
tm-une-erreur-est-survenue = خطایی رخ داد
tm-une-erreur-inattendue = یک خطای غیرمنتظره
tm-le-service-rencontre-des-difficultes = خدمت با مشکل روبه‌رو است
tm-nombre-de-connexions = تعداد اتصال‌ها
tm-trop-de-demandes = درخواست‌ها خیلی زیاد است
tm-votre-session-a-expire = وقت جلسهٔ شما تمام شد
tm-session-expiree = وقت جلسه تمام شد
tm-vous-avez-ete-deconnecte = شما از حساب خارج شدید
tm-delai-d-inactivite = مدت بی‌فعالیتی
tm-code-de-securite-saisi-est-incorrect = کود امنیتی که نوشتید نادرست است
tm-code-de-securite-est-incorrect = کود امنیتی نادرست است
tm-captcha-incorrect = کپچا (captcha) نادرست است
tm-captcha-invalide = کپچا (captcha) معتبر نیست
tm-identifiant-ou-mot-de-passe-incorrect = نام کاربری یا رمز نادرست است
tm-identifiant-ou-mot-de-passe-invalide = نام کاربری یا رمز معتبر نیست
tm-compte-bloque = حساب بسته شده
tm-compte-verrouille = حساب قفل شده
tm-compte-desactive = حساب غیرفعال شده
tm-format-de-fichier-non-supporte = نوع فایل پذیرفته نمی‌شود
tm-format-non-supporte = فارمت پذیرفته نمی‌شود
tm-fichier-trop-volumineux = فایل خیلی بزرگ است
tm-depasse-la-taille-maximale = از بیشترین اندازه بزرگ‌تر است
tm-dossier-incomplet = دوسیهٔ ناقص
tm-piece-manquante = سند کم است
tm-n-est-pas-valide = درست نیست
tm-est-obligatoire = الزامی است
tm-numero-etranger-inconnu = نمبر خارجی (numéro étranger) نامعلوم است
tm-aucun-dossier-ne-correspond = هیچ دوسیه‌ای مطابقت ندارد
tm-delai-d-attente-depasse = وقت انتظار تمام شد
tm-le-serveur-met-trop-de-temps = سرور خیلی وقت می‌گیرد

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = کود امنیتی را بنویسید
tm-verification-de-securite = بررسی امنیتی
tm-le-code-peut-etre-ecoute-avec = کود را می‌توان با دکمهٔ «گفتن کود» (« Énoncer le code ») شنید؛ دکمهٔ «تغییر کود» (« Changer le code ») یک عکس جدید نشان می‌دهد.
tm-recopiez-les-caracteres-affiches-dans = حروف و ارقامی را که در عکس دیده می‌شوند بنویسید.
tm-veuillez-recopier-le-code-de-securite = لطفاً کود امنیتی را بنویسید تا گرفتن وقت ملاقات را ادامه دهید.

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = حروف و ارقام عکس را بنویسید
tm-afin-de-verifier-que-vous-netes = برای اطمینان از این‌که ربات نیستید، حروف و ارقامی را که در عکس دیده می‌شوند بنویسید. برای شنیدن آن‌ها از دکمهٔ «گفتن کود کپچا» (« Énoncer le code du captcha ») استفاده کنید؛ برای گرفتن عکس دیگر از دکمهٔ «ساختن کپچای جدید» (« Générer un nouveau captcha ») استفاده کنید.
tm-les-majuscules-et-minuscules-ne-sont = فرقی بین حروف بزرگ و کوچک نیست.
tm-pour-acceder-au-calendrier-des-rendez = برای رسیدن به تقویم وقت‌های ملاقات، کود امنیتی را بنویسید و بعد روی «بعدی» (« Suivant ») کلیک کنید.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = معلومات تماس شما
tm-format-attendu-nom-domaine-fr = شکل خواسته‌شده: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = پیش از انتخاب وقت، لطفاً درخواست خود را تأیید کنید. وقت‌های ملاقات هر هفته بر اساس وقت‌های خالی گیشه باز می‌شوند.

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = بررسی ضد ربات
tm-cliquez-sur-clique-ici-pour-verifier = روی «این‌جا کلیک کنید تا بررسی شود» (« Clique ici pour vérifier ») کلیک کنید: بررسی به‌طور خودکار و بدون آزمون انجام می‌شود.
tm-clique-ici-pour-verifier = این‌جا کلیک کنید تا بررسی شود
tm-pour-toute-question-relative-a-vos = برای هر سؤال دربارهٔ کارهای اداری خود (کارت اقامت، جواز رانندگی، انجمن‌ها) از این فورم استفاده کنید. در مدت 15 روز کاری به شما جواب داده می‌شود.

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = نمبر پلیت موتر (immatriculation)
tm-format-attendu-ab-123-cd = شکل خواسته‌شده: AB-123-CD
tm-cochez-la-case-je-suis-un = برای ادامه، خانهٔ «من انسان هستم» (« Je suis un humain ») را نشانی کنید.
tm-envoyer-ma-demande = فرستادن درخواست من
tm-les-residents-des-secteurs-de = باشندگان ساحه‌های پارکینگ پولی می‌توانند کارتی درخواست کنند که به آن‌ها نرخ باشندگان را می‌دهد. یک سند آدرس که کمتر از 3 ماه از آن گذشته و تصدیق ثبت موتر را آماده کنید.

## fixture: captcha/image-generic.html

tm-reference-du-dossier = مرجع دوسیه
tm-recopiez-les-caracteres-affiches = حروف و ارقام نشان‌داده‌شده را بنویسید
tm-code-de-securite = کود امنیتی
tm-exemple-pc-034172-24-m0123 = مثال: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 کرکتر، ارقام و حروف بزرگ
tm-generer-un-nouveau-code = ساختن کود جدید
tm-envoyer-la-demande = فرستادن درخواست
tm-vous-pouvez-demander-la-copie-dun = می‌توانید کاپی یک جواز ساختمان یا یک اعلامیهٔ قبلی را که در این شاروالی صادر شده درخواست کنید. اسناد به شکل الکترونیکی فرستاده می‌شوند.

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = هر صفحه، بدون انترنت، ساختار یک نوع CAPTCHA را که در ویب‌سایت‌های دولتی دیده می‌شود دوباره می‌سازد، تا تشخیص Relais آزمایش شود (Relais هیچ‌گاه CAPTCHA را حل نمی‌کند و دور نمی‌زند). با هیچ خدمت بیرونی تماس گرفته نمی‌شود: اسکریپت‌ها، قاب‌ها، عکس‌ها و صداها فایل‌های محلی هستند (پوشهٔ vendor/).

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = تأیید وقت ملاقات
tm-choisissez-un-creneau-pour-deposer-votre = یک وقت خالی برای تسلیم درخواست خود انتخاب کنید. بررسی امنیتی بعد از باز شدن کامل صفحه نشان داده می‌شود.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = سؤال امنیتی: 3 + 4 چند می‌شود؟
tm-repondez-en-chiffres-cette-question = با عدد جواب دهید. این سؤال برای اطمینان از این است که شما ربات نیستید.
tm-sinscrire = ثبت نام
tm-recevez-chaque-mois-lactualite-du = هر ماه خبرهای دپارتمان (Département) را دریافت کنید: کمک‌ها، سرک‌ها، مکتب‌های متوسطه، همبستگی‌ها. هر وقت بخواهید می‌توانید اشتراک را لغو کنید.

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = دلیل وقت ملاقات
tm-cochez-la-case-je-ne-suis = خانهٔ «من ربات نیستم» (« Je ne suis pas un robot ») را نشانی کنید. ممکن است یک آزمون عکس نشان داده شود؛ آن آزمون نسخهٔ صوتی هم دارد.
tm-demander-un-rendez-vous = درخواست وقت ملاقات
tm-selectionner-un-motif = انتخاب یک دلیل
tm-premiere-demande = درخواست اول
tm-renouvellement = تمدید
tm-duplicata = نسخهٔ دوم (duplicata)
tm-ce-formulaire-vous-permet-de-demander = این فورم به شما اجازه می‌دهد در گیشهٔ خارجی‌های پریفکتور رون (préfecture du Rhône، لیون) وقت ملاقات درخواست کنید. یک تأییدیه با ایمیل برای شما فرستاده می‌شود.

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = نوع سند
tm-copie-integrale = کاپی کامل
tm-extrait-avec-filiation = خلاصه با نام والدین
tm-extrait-sans-filiation = خلاصه بدون نام والدین
tm-demandez-en-ligne-une-copie-integrale = کاپی کامل یا خلاصهٔ سند تولد را برای تولدی که در لیون بوده آنلاین درخواست کنید. سند در مدت 8 روز با پست فرستاده می‌شود.
tm-ce-site-est-protege-par-recaptcha = این ویب‌سایت با reCAPTCHA محافظت می‌شود؛ قواعد حریم خصوصی و شرایط استفادهٔ Google اعمال می‌شوند.

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = این یک صفحهٔ آزمایشی است: درخواست به هیچ بخشی فرستاده نشده است.

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = آدرس مشکل
tm-description = توضیح
tm-envoyer-le-signalement = فرستادن گزارش
tm-nid-de-poule-eclairage-en-panne = چاله در سرک، چراغ خراب، انداختن زباله در جای نادرست: آن را به بخش‌های شهر گزارش دهید. دربارهٔ رسیدگی به گزارش شما با ایمیل به شما اطلاع داده می‌شود.

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = تأیید کنید که انسان هستید
tm-operation-reussie = ✔کار با موفقیت انجام شد!
tm-saisissez-ce-que-vous-entendez = آنچه را می‌شنوید بنویسید
tm-lecture = پخش

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = نمبر تأمین اجتماعی
tm-jour = روز
tm-mois = ماه
tm-numero-de-telephone-portable = نمبر تیلفون همراه (موبایل)
tm-13-chiffres-cle-de-2-chiffres = 13 رقم + کلید 2 رقمی، روی کارت Vitale شما نوشته شده است
tm-telle-quelle-figure-sur-votre-carte = همان‌طور که روی کارت Vitale شما نوشته شده
tm-exemple-14 = مثال: 14
tm-exemple-07 = مثال: 07
tm-exemple-1988 = مثال: 1988
tm-format-attendu-5-chiffres = شکل خواسته‌شده: 5 رقم
tm-format-attendu-06-12-34-56 = شکل خواسته‌شده: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = نمبر تأمین اجتماعی که نوشتید درست نیست.
tm-votre-compte-ameli-vous-permet-de = حساب ameli شما به شما اجازه می‌دهد بازپرداخت‌های خود را پیگیری کنید، تصدیق حقوق (attestation de droits) را دانلود کنید و با صندوق بیمهٔ صحی خود تماس بگیرید.

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = ورود با نام کاربری من
tm-votre-identifiant-est-votre-numero = نام کاربری شما نمبر خارجی شما (numéro étranger، 10 رقم) یا آدرس ایمیل شماست
tm-sidentifier-avec-franceconnect = ورود با FranceConnect
tm-creer-mon-compte = ساختن حساب من
tm-la-creation-dun-compte-est-necessaire = برای تسلیم درخواست کارت اقامت، تابعیت (naturalisation) یا سند سفر، ساختن حساب لازم است.
tm-votre-numero-etranger-comporte-10 = نمبر خارجی شما 10 رقم دارد. روی کارت اقامت شما، روی رسید درخواست کارت اقامت (récépissé) یا روی اجازهٔ اقامت موقت (autorisation provisoire de séjour) نوشته شده است.
tm-si-vous-navez-jamais-eu-de = اگر هرگز در فرانسه کارت اقامت نداشته‌اید، از آدرس ایمیل خود استفاده کنید.

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = درخواست شما برای تماس دوباره با نمبر 06 12 34 56 78 ثبت نشد. ما به آدرس marie.kowalczyk@example.fr به شما جواب می‌دهیم (نمبر گیرندهٔ کمک 1234567).

## fixture: portals/caf-declaration

tm-numero-allocataire = نمبر گیرندهٔ کمک در CAF (numéro allocataire)
tm-celibataire = مجرد
tm-marie-e = متأهل
tm-pacse-e = دارای قرارداد PACS (شراکت مدنی)
tm-en-concubinage = زندگی مشترک بدون ازدواج (concubinage)
tm-divorce-e = طلاق‌شده
tm-veuf-veuve = بیوه (مرد یا زنی که همسرش فوت کرده)
tm-salaires-percus-en-euros = معاش‌های دریافت‌شده (به یورو)
tm-indemnites-journalieres = جبران روزانه (indemnités journalières)
tm-allocation-chomage-are = کمک بیکاری (ARE)
tm-pensions-alimentaires-recues = نفقهٔ دریافت‌شده (pensions alimentaires)
tm-votre-situation-professionnelle = وضعیت کاری شما
tm-ajouter-une-piece-justificative = اضافه کردن سند ثبوتی
tm-situation-familiale = وضعیت خانوادگی
tm-autres-ressources-en-euros = درآمدهای دیگر (به یورو)
tm-7-chiffres-il-est-sur-vos = 7 رقم، روی نامه‌های CAF برای شما نوشته شده است
tm-mois-1-janvier = ماه 1: جنوری (janvier)
tm-mois-2-fevrier = ماه 2: فبروری (février)
tm-mois-3-mars = ماه 3: مارچ (mars)
tm-taille-maximale-5-mo-formats-supportes = بیشترین اندازه: 5 مگابایت. فارمت‌های قابل قبول: jpg، png، pdf.
tm-valider-ma-declaration = تأیید اظهارنامهٔ من
tm-selectionner-une-option = انتخاب یک گزینه
tm-salarie = کارمند معاش‌بگیر (salarié)
tm-demandeur-d-emploi = جویای کار
tm-etudiant = محصل
tm-sans-activite = بدون کار
tm-ex-1-250 = مثال: 1 250
tm-declarez-les-ressources-percues-par = درآمدهایی را که خانوادهٔ شما در سه ماه گذشته دریافت کرده اظهار کنید. این اظهارنامه برای ادامهٔ دریافت RSA، کمک فعالیت (prime d’activité) یا کمک بزرگسالان دارای معلولیت (AAH) الزامی است.
tm-salaires-indiquez-le-montant-net-avant = معاش‌ها: برای هر ماه این سه‌ماهه مبلغ خالص را پیش از کسر مالیات از منبع (prélèvement à la source) بنویسید، یا 0 اگر چیزی دریافت نکرده‌اید.

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = هر صفحه یک نمونهٔ سادهٔ ساختگی است که برای آزمایش نوشته شده؛ هیچ‌کدام کاپی یک ویب‌سایت واقعی نیست.

## fixture: portals/mots-cles

tm-nom-de-famille = تخلص (نام فامیلی)
tm-prenom-s = نام (نام‌ها)
tm-date-dexpiration-de-votre-titre-de = تاریخ ختم اعتبار کارت اقامت شما
tm-n-de-recepisse = نمبر رسید (récépissé)
tm-courriel = ایمیل
tm-remplissez-ce-formulaire-pour-connaitre = این فورم را پر کنید تا از وضعیت پیشرفت درخواست خود آگاه شوید. در مدت 15 روز کاری با ایمیل به شما جواب داده می‌شود.

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = دیگر هیچ وقت خالی برای درخواست وقت ملاقات شما نمانده است. لطفاً بعداً دوباره کوشش کنید.
tm-veuillez-cocher-la-case-pour-accepter = لطفاً پیش از ادامهٔ گرفتن وقت ملاقات، خانه را نشانی کنید تا شرایط استفاده را بپذیرید
tm-choisissez-votre-guichet = گیشهٔ خود را انتخاب کنید
tm-effectuer-une-demande-de-rendez-vous = درخواست وقت ملاقات
tm-selectionner-un-guichet = انتخاب یک گیشه
tm-guichet-1-titre-de-sejour = گیشهٔ 1 - کارت اقامت
tm-guichet-2-naturalisation = گیشهٔ 2 - تابعیت (naturalisation)
tm-guichet-3-document-de-circulation-pour = گیشهٔ 3 - سند سفر برای خارجی کم‌سن (زیر 18 سال)
tm-guichet-4-duplicata-et-changement = گیشهٔ 4 - نسخهٔ دوم و تغییر آدرس
tm-ce-module-vous-permet-de-reserver = با این بخش می‌توانید برای گرفتن کارت اقامت خود وقت ملاقات رزرو کنید، فقط اگر یک SMS یا نامه دریافت کرده‌اید که می‌گوید کارت در پریفکتور (préfecture) آماده است.
tm-conformement-aux-dispositions = طبق مقررات نافذ، بررسی درخواست تمدید کارت اقامت شما فقط وقتی انجام می‌شود که همهٔ اسناد ثبوتی لازم را از قبل تسلیم کرده باشید؛ در غیر این صورت درخواست بدون پیگیری و بدون بررسی دوباره بسته می‌شود.
tm-le-jour-du-rendez-vous-presentez = در روز ملاقات، با پاسپورت، رسید (récépissé) یا کارت اقامت قبلی، دعوت‌نامه (convocation) و تکت مالیاتی (timbre fiscal) خود حاضر شوید. هر دوسیهٔ ناقص رد می‌شود.
tm-les-rendez-vous-sont-ouverts-chaque = وقت‌های ملاقات هر هفته، به اندازهٔ وقت‌های خالی گیشه‌ها، باز می‌شوند. هیچ وقت ملاقاتی از طریق تیلفون داده نمی‌شود.

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = خدمت فعلاً در حال ترمیم است. از این مزاحمت معذرت می‌خواهیم، لطفاً بعداً دوباره کوشش کنید.
tm-les-demandes-deja-deposees-ne-sont = درخواست‌هایی که قبلاً تسلیم شده‌اند از این توقف متأثر نمی‌شوند. اگر کارت اقامت شما در مدت ترمیم تمام شود، تصدیق تمدید بررسی (attestation de prolongation d’instruction) شما معتبر می‌ماند.

## aides-jeunes: properties

tm-quel-est-votre-code-postal = کود پستی شما چیست؟
tm-quel-est-le-code-postal-de = کود پستی شاروالی والدین شما چیست؟
tm-combien-d-enfants-vous-y-compris = والدین شما سرپرستی چند طفل (به شمول خود شما) را دارند؟
tm-lorsque-vos-parents-sont-separes-il = اگر والدین شما جدا شده‌اند، تعداد اطفال تحت سرپرستی آن یکی از والدین را بنویسید که سرپرست شماست. اگر هنوز زیر 18 سال هستید و به نوبت نزد هر دو زندگی می‌کنید، اطفال تحت سرپرستی هر دو خانوادهٔ مالیاتی (foyers fiscaux) والدین جداشده را با هم جمع کنید.
tm-et-combien-vous-y-compris-font = و چند نفر از آن‌ها (به شمول خود شما) تحصیلات عالی می‌کنند؟
tm-actuellement-beneficiez-vous-d-une = آیا فعلاً بورسیهٔ لیسه (bourse du lycée) دریافت می‌کنید؟
tm-avez-vous-un-lien-de-parente = آیا با مالک خانهٔ خود رابطهٔ خویشاوندی مستقیم دارید؟ آیا او جد یا نوادهٔ شما، یا جد یا نوادهٔ همسر شماست (فرزند، پدربزرگ یا مادربزرگ…)؟
tm-vivez-vous-en-couple = آیا با همسر یا شریک زندگی خود زندگی می‌کنید؟
tm-attention-cette-restriction-est = توجه، این محدودیت با به رسمیت شناختن وضعیت کارگر دارای معلولیت فرق دارد.
tm-en-etude-ou-en-alternance = در حال تحصیل یا تحصیل همراه با کار (alternance)
tm-salarie-ou-salariee = کارمند معاش‌بگیر (مرد یا زن)
tm-independant-ou-independante = کار آزاد (مرد یا زن)
tm-inscrit-ou-inscrite-comme-demandeur = ثبت‌شده به‌عنوان جویای کار
tm-retraite-ou-retraitee = متقاعد (مرد یا زن)
tm-autre = دیگر
tm-lorsque-vous-etudiez-et-que-vous = اگر هم درس می‌خوانید و هم کار می‌کنید، باید «در حال تحصیل یا تحصیل همراه با کار» (« En étude ou en alternance ») را انتخاب کنید.
tm-dans-quelle-classe-etes-vous = فعلاً در کدام صنف هستید؟
tm-cap-1ere-annee = CAP - سال اول
tm-cap-2eme-annee = CAP - سال دوم
tm-seconde = Seconde (سال اول لیسه)
tm-premiere = Première (سال دوم لیسه)
tm-terminale = Terminale (سال آخر لیسه)
tm-licence-1ere-annee = لیسانس (Licence) - سال اول
tm-licence-2eme-annee = لیسانس (Licence) - سال دوم
tm-licence-3eme-annee = لیسانس (Licence) - سال سوم
tm-master-1ere-annee = ماستری - سال اول
tm-master-2eme-annee = ماستری - سال دوم
tm-doctorat-1ere-annee = دکتورا - سال اول
tm-doctorat-2eme-annee = دکتورا - سال دوم
tm-doctorat-3eme-annee = دکتورا - سال سوم
tm-lorsque-vos-parents-sont-separes-il-2 = اگر والدین شما جدا شده‌اند، درآمد آن یکی از والدین را که سرپرست شماست در نظر بگیرید. اگر هنوز زیر 18 سال هستید و به نوبت نزد هر دو زندگی می‌کنید، درآمد هر دو خانوادهٔ مالیاتی والدین جداشده را با هم جمع کنید.
tm-si-vous-ne-connaissez-pas-le = اگر درآمد ناخالص کل والدین خود را نمی‌دانید، برای ادامهٔ محاسبه 0 بنویسید. توجه، این کار ممکن است بر درستی نتیجه‌های محاسبه اثر بگذارد
tm-beneficiez-vous-d-une-bourse-de = آیا بورسیهٔ تحصیلات عالی دریافت می‌کنید؟
tm-etes-vous-en-alternance-dans-la = آیا در خدمات ملکی دولت به شکل تحصیل همراه با کار (alternance) هستید؟
tm-je-ne-sais-pas = نمی‌دانم
tm-pas-concerne = به من مربوط نیست
tm-jamais = هرگز
tm-ponctuellement = گاهی
tm-regulierement = به‌طور منظم
tm-de-quel-secteur-votre-formation-fait = آموزش شما مربوط به کدام سکتور است؟
tm-etes-vous-heberge-chez-vos-parents = آیا نزد والدین خود زندگی می‌کنید؟
tm-l-inaptitude-medicale-au-travail = ناتوانی صحی برای کار که از مریضی یا حادثه ناشی شده، می‌تواند جزئی، کامل یا موقتی باشد.
tm-avez-vous-obtenu-une-mention-au = آیا در بکلوریا (baccalauréat) درجهٔ امتیاز (mention) گرفته‌اید؟
tm-francaise = فرانسوی
tm-europeenne = اروپایی
tm-non-europeenne = غیر اروپایی
tm-regime-general-caf-cpam = نظام عمومی (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = بیمهٔ اجتماعی زراعتی (MSA)
tm-pour-les-etudiants-en-classes = محصلان صنف‌های آمادگی برای مکتب‌های عالی (grandes écoles) باید «در یک مؤسسهٔ تحصیلات عالی» (« Dans un établissement de l'enseignement supérieur ») را انتخاب کنند.
tm-dans-quel-type-d-etablissement-etudiez = فعلاً در چه نوع مؤسسه‌ای درس می‌خوانید؟
tm-etablissement-public = مؤسسهٔ دولتی
tm-etablissement-prive-sous-contrat = مؤسسهٔ خصوصی دارای قرارداد با دولت
tm-etablissement-prive-hors-contrat = مؤسسهٔ خصوصی بدون قرارداد با دولت
tm-quelle-est-votre-relation-avec-votre = رابطهٔ شما با همسرتان چیست؟
tm-moins-de-50 = کمتر از 50%
tm-etes-vous = آیا شما … هستید؟
tm-en-apprentissage = در حال آموزش حرفه‌ای (apprentissage)
tm-en-contrat-de-professionnalisation = با قرارداد مسلکی‌سازی (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = برای تحصیل چند ماه در نظر دارید به خارج بروید؟
tm-quel-est-le-prenom-de-votre = نام طفل شما چیست؟ فقط برای آسان‌تر کردن پر کردن فورم در ادامه استفاده می‌شود.
tm-souhaitez-vous-connaitre-les-aides-pour = آیا می‌خواهید کمک‌های خرید بایسکل را بدانید؟
tm-velo-mecanique-simple = بایسکل سادهٔ بدون موتور
tm-velo-electrique = بایسکل برقی
tm-velo-cargo = بایسکل باربری (vélo cargo)
tm-velo-cargo-electrique = بایسکل باربری برقی
tm-velo-pliant = بایسکل تاشو
tm-velo-pliant-electrique = بایسکل تاشوی برقی
tm-motorisation-d-un-velo-classique = موتردار کردن یک بایسکل عادی
tm-velo-adapte-pour-pmr = بایسکل مناسب برای افراد دارای محدودیت حرکتی (PMR)
tm-etes-vous-interesse-ou-interessee-par = آیا به کمک‌های مربوط به آموزش در سکتور صحی و اجتماعی علاقه دارید؟
tm-souhaitez-vous-connaitre-les-aides-au = آیا می‌خواهید کمک‌های مربوط به BAFA و BAFD (سندهای رهبری فعالیت‌های اطفال و جوانان) را بدانید؟
tm-prevoyez-vous-de-partir-a-l = آیا در نظر دارید برای تحصیل به خارج بروید؟
tm-prevoyez-vous-de-passer-le-permis = آیا در نظر دارید امتحان جواز رانندگی بدهید؟
tm-moins-de-3-mois = کمتر از 3 ماه
tm-entre-3-et-6-mois = بین 3 و 6 ماه
tm-plus-de-3-mois = بیشتر از 3 ماه
tm-plus-6-mois = بیشتر از 6 ماه
tm-linterim-ou-travail-temporaire-est-un = کار موقت (intérim) یک قرارداد کاری است که با یک ادارهٔ کار موقت بسته می‌شود؛ این اداره کارمند را برای مدت محدود در اختیار یک شرکت می‌گذارد، اغلب برای جای کسی که غایب است یا برای یک نیاز موقتی. اگر قرارداد با یک اداره امضا شده، کار شما کار موقت (intérim) است.
tm-est-ce-une-colocation = آیا خانهٔ مشترک با دیگران (colocation) است؟
tm-est-ce-que-ce-logement-a = آیا این خانه ترمیم و نوسازی شده است؟
tm-est-ce-une-chambre-une-chambre = آیا یک اتاق است؟ اتاق خانه‌ای است که فقط یک اتاق دارد و تشناب (WC) ندارد.
tm-est-ce-un-logement-dans-une = آیا خانه‌ای در یک اقامتگاه CROUS است؟
tm-participez-vous-aux-frais-du-logement = آیا در مصارف خانه سهم می‌گیرید؟ مثلاً در مصرف برق، تیلفون و غیره.
tm-rencontrez-vous-des-difficultes = آیا برای پیدا کردن خانه یا پرداخت مصارف خانهٔ خود مشکلات جدی دارید؟
tm-prevoyez-vous-de-demenager-prochainement = آیا در نظر دارید به‌زودی خانه عوض کنید؟
tm-non-j-ai-emmenage-il-y = نخیر، کمتر از 3 ماه پیش به این خانه آمده‌ام
tm-locataire = کرایه‌نشین
tm-figurant-sur-le-bail-en-foyer = نام شما در قرارداد کرایه است، یا در خوابگاه (foyer) یا اقامتگاه زندگی می‌کنید
tm-proprietaire = مالک
tm-ou-en-location-accession = یا در کرایه‌ای که به مالکیت می‌رسد (location-accession)
tm-heberge-ou-hebergee = مهمان در خانهٔ دیگران (مرد یا زن)
tm-chez-vos-parents-chez-un-particulier = نزد والدین، نزد یک شخص یا در خانهٔ وظیفوی
tm-sans-domicile-stable = بدون جای زندگی ثابت
tm-ou-domiciliation-administrative = یا آدرس اداری (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = آیا این ملک اولین خانه‌ای است که می‌خرید (primo-accédant)؟ خریدار اول کسی (یا خانواده‌ای) است که در دو سال گذشته، هنگام خرید، مالک خانهٔ اصلی خود نبوده است.
tm-quel-type-de-logement-louez-vous = چه نوع خانه‌ای را کرایه می‌کنید؟
tm-non-meuble = بدون فرنیچر
tm-meuble-hotel = با فرنیچر / هوتل
tm-foyer = خوابگاه (foyer)
tm-residence-universitaire-logement-crous = اقامتگاه پوهنتون، خانهٔ CROUS، خوابگاه کارگران جوان، اقامتگاه اجتماعی…
tm-maison-de-retraite-residence-sociale = خانهٔ سالمندان، اقامتگاه اجتماعی…
tm-mes-enfants-a-charge = اطفال تحت سرپرستی من
tm-quelle-est-la-situation-de-vos = وضعیت والدین شما چیست؟
tm-en-couple = با هم زندگی می‌کنند
tm-separes = جدا شده‌اند
tm-veuf-ou-veuve = بیوه (همسرش فوت کرده)
tm-decedes = فوت کرده‌اند
tm-sans-autorite-parentale = بدون صلاحیت ولایت والدین
tm-vos-parents-habitent-ils-en-france = آیا والدین شما در فرانسه زندگی می‌کنند؟
tm-quel-est-le-nombre-de-parts = در آخرین اطلاعیهٔ مالیات والدین شما، تعداد سهم‌های مالیاتی (parts) چند است؟
tm-une-part-fiscale-est-une-unite = سهم مالیاتی (part fiscale) واحدی است که نشان‌دهندهٔ افراد خانوادهٔ مالیاتی است و برای حساب کردن مالیات بر درآمد استفاده می‌شود. برای دانستن تعداد سهم‌های مالیاتی خود، می‌توانید اظهارنامهٔ مالیاتی خود را ببینید، جایی که این معلومات معمولاً نوشته شده است.
tm-quel-est-le-revenu-fiscal-de = در آخرین اطلاعیهٔ مالیات والدین شما، درآمد مالیاتی مرجع (RFR) چند است؟
tm-si-vous-ne-connaissez-pas-le-2 = اگر RFR والدین خود را نمی‌دانید، برای ادامهٔ محاسبه 0 بنویسید. توجه، این کار ممکن است بر درستی نتیجه‌های محاسبه اثر بگذارد.

## aides-jeunes: resources.ts

tm-revenus-d-activite = درآمد کار
tm-revenus-professionnels-non-salaries = درآمد کار آزاد (غیر معاشی)
tm-allocations = کمک‌ها (allocations)
tm-indemnites = جبران‌ها (indemnités)
tm-pensions-rentes = تقاعد و مستمری‌ها
tm-revenus-du-patrimoine = درآمد از دارایی
tm-autres-revenus = درآمدهای دیگر
tm-salaire-dont-primes-et-indemnites-de = معاش (به شمول پاداش‌ها و پول ختم قرارداد)
tm-entrez-le-montant-avant-la-retenue = مبلغ را پیش از کسر مالیات از منبع بنویسید
tm-remuneration-de-stage = پول کارآموزی (stage)
tm-revenus-de-stage-de-formation = درآمد کارآموزی آموزش مسلکی
tm-allocation-de-securisation = کمک امنیت شغلی (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = پاداش ماهانهٔ ثابت برای دوباره شروع کردن کار
tm-aides-au-logement-apl-als-alf = کمک‌های کرایهٔ خانه (APL، ALS، ALF)
tm-allocations-familiales = کمک‌های خانوادگی (allocations familiales)
tm-complement-familial-cf = کمک تکمیلی خانوادگی (CF)
tm-allocation-de-soutien-familial-asf = کمک حمایت خانوادگی (ASF)
tm-revenu-de-solidarite-active-rsa = درآمد همبستگی فعال (RSA)
tm-prime-dactivite = کمک فعالیت (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = کمک همبستگی برای سالمندان (ASPA)
tm-allocation-supplementaire-dinvalidite = کمک اضافی معلولیت (ASI)
tm-allocation-de-solidarite-specifique-ass = کمک همبستگی ویژه (ASS)
tm-allocation-adulte-handicape-aah = کمک بزرگسالان دارای معلولیت (AAH)
tm-complement-de-ressources-adulte = کمک تکمیلی درآمد برای بزرگسالان دارای معلولیت
tm-contrat-engagement-jeune = قرارداد تعهد جوانان (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = افزایش برای زندگی مستقل (MVA)
tm-allocation-deducation-de-lenfant = کمک تربیت طفل دارای معلولیت (AEEH)
tm-prestation-de-compensation-du-handicap = کمک جبران معلولیت (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = کمک نگهداری طفل خردسال (PAJE) - کمک اساسی
tm-complement-de-libre-choix-dactivite-clca = کمک تکمیلی انتخاب آزاد فعالیت (CLCA)
tm-prestation-partagee-deducation-de = کمک مشترک تربیت طفل (PreParE)
tm-indemnites-de-maternite-paternite = جبران دوران مادری، پدری، فرزندخواندگی
tm-indemnites-maladie = جبران مریضی
tm-indemnites-maladie-professionnelle = جبران مریضی ناشی از کار
tm-indemnites-daccident-du-travail = جبران حادثهٔ کاری
tm-indemnites-dactivite-partielle = جبران کار نیمه‌وقت اجباری (activité partielle)
tm-indemnites-de-volontariat = جبران کار داوطلبانه (volontariat)
tm-dedommagement-aux-victimes-de-lamiante = جبران خسارهٔ قربانیان آزبست (amiante)
tm-pension-alimentaire = نفقه (pension alimentaire)
tm-pension-alimentaire-versee = نفقهٔ پرداخت‌شده
tm-prestation-compensatoire-suite-a = پول جبرانی (بعد از جدایی) (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = تقاعد (به شمول تقاعد بازمانده از همسر فوت‌شده)، مستمری
tm-rente-s-d-education-d-orphelin = مستمری (مستمری‌های) تربیت یا یتیمی…
tm-retraite-du-combattant = تقاعد جنگجویان سابق
tm-pension-dinvalidite = تقاعد معلولیت
tm-bourse-de-lenseignement-superieur = بورسیهٔ تحصیلات عالی
tm-bourse-de-recherche = بورسیهٔ تحقیق
tm-bourse-du-lycee = بورسیهٔ لیسه
tm-gains-exceptionnels-dons-gains-aux-jeux = درآمدهای استثنایی (هدیه‌ها، بردهای بازی، میراث)
tm-revenus-locatifs-terrains-appartements = درآمد کرایه (زمین‌ها، آپارتمان‌ها، شرکت‌های ملکی SCI…)
tm-revenus-du-capital-interets-plus-values = درآمد سرمایه (سود بانکی، سود فروش، سود سهام…)
tm-via-une-micro-entreprise-achat-revente = از طریق یک شرکت کوچک (micro-entreprise) (خرید/فروش دوباره یا دادن جای زندگی)
tm-via-une-micro-entreprise-autre-activite = از طریق یک شرکت کوچک (micro-entreprise) (فعالیت دیگر از نوع BIC)
tm-via-une-micro-entreprise-activite = از طریق یک شرکت کوچک (micro-entreprise) (فعالیت مسلکی آزاد و/یا فکری (BNC))
tm-en-tant-qu-exploitant-agricole = به‌عنوان دهقان (بهره‌بردار زراعتی)
tm-en-profession-liberale-entrepreneur = در مسلک آزاد (صاحب کار)
tm-revenus-dactivite-connus = درآمدهای کاری معلوم
tm-autres-revenus-imposables-preretraite = درآمدهای دیگر مشمول مالیات (تقاعد پیش از وقت، بیکاری)
tm-pensions-retraites-rentes = مستمری‌ها، تقاعدها، درآمدهای ثابت
tm-frais-reels-deductibles = مصارف واقعی قابل کسر
tm-revenus-fonciers-nets = درآمد خالص ملکی
tm-valeur-de-vos-biens-loues = ارزش املاک کرایه‌داده‌شدهٔ شما
tm-valeur-de-vos-terrains-non-loues = ارزش زمین‌های کرایه‌داده‌نشدهٔ شما
tm-valeur-locative-terrains-non-loues = ارزش کرایهٔ زمین‌های کرایه‌داده‌نشده
tm-valeur-de-vos-biens-immobiliers-non = ارزش املاک غیرمنقول کرایه‌داده‌نشدهٔ شما
tm-valeur-locative-immobilier-non-loue = ارزش کرایهٔ ملک کرایه‌داده‌نشده
tm-epargne-sur-livret-a = پس‌انداز در حساب livret A
tm-epargne-aux-revenus-non-imposables = پس‌اندازی که سود آن مالیات ندارد
tm-epargne-aux-revenus-imposables = پس‌اندازی که سود آن مشمول مالیات است

## aides-jeunes: components

tm-ex-caf-du-loiret = مثال: CAF du Loiret
tm-id-de-la-simulation = شناسهٔ محاسبه (ID)
tm-email-de-l-utilisateur = ایمیل کاربر

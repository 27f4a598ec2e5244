### Relais — translation memory, Dari: the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


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
tm-prise-de-rendez-vous-demande-de = گرفتن وقت ملاقات — درخواست تابعیت فرانسه (naturalisation)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = حروف و ارقام عکس را بنویسید
tm-afin-de-verifier-que-vous-netes = برای اطمینان از این‌که ربات نیستید، حروف و ارقامی را که در عکس دیده می‌شوند بنویسید. برای شنیدن آن‌ها از دکمهٔ «گفتن کود کپچا» (« Énoncer le code du captcha ») استفاده کنید؛ برای گرفتن عکس دیگر از دکمهٔ «ساختن کپچای جدید» (« Générer un nouveau captcha ») استفاده کنید.
tm-les-majuscules-et-minuscules-ne-sont = فرقی بین حروف بزرگ و کوچک نیست.
tm-pour-acceder-au-calendrier-des-rendez = برای رسیدن به تقویم وقت‌های ملاقات، کود امنیتی را بنویسید و بعد روی «بعدی» (« Suivant ») کلیک کنید.
tm-prise-de-rendez-vous-remise-de = گرفتن وقت ملاقات — تحویل گرفتن کارت اقامت
tm-le-code-de-securite-saisi-est = کود امنیتی که نوشتید نادرست است. لطفاً دوباره کوشش کنید.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = معلومات تماس شما
tm-format-attendu-nom-domaine-fr = شکل خواسته‌شده: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = پیش از انتخاب وقت، لطفاً درخواست خود را تأیید کنید. وقت‌های ملاقات هر هفته بر اساس وقت‌های خالی گیشه باز می‌شوند.
tm-prise-de-rendez-vous-echange-de = گرفتن وقت ملاقات — تبدیل جواز رانندگی خارجی

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = بررسی ضد ربات
tm-cliquez-sur-clique-ici-pour-verifier = روی «این‌جا کلیک کنید تا بررسی شود» (« Clique ici pour vérifier ») کلیک کنید: بررسی به‌طور خودکار و بدون آزمون انجام می‌شود.
tm-clique-ici-pour-verifier = این‌جا کلیک کنید تا بررسی شود
tm-pour-toute-question-relative-a-vos = برای هر سؤال دربارهٔ کارهای اداری خود (کارت اقامت، جواز رانندگی، انجمن‌ها) از این فورم استفاده کنید. در مدت 15 روز کاری به شما جواب داده می‌شود.
tm-nous-contacter = تماس با ما
tm-nous-verifions-que-vous-netes-pas = بررسی می‌کنیم که شما ربات نیستید…
tm-verification-automatique-des-spams = بررسی خودکار پیام‌های ناخواسته (spam) تمام شد

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = نمبر پلیت موتر (immatriculation)
tm-format-attendu-ab-123-cd = شکل خواسته‌شده: AB-123-CD
tm-cochez-la-case-je-suis-un = برای ادامه، خانهٔ «من انسان هستم» (« Je suis un humain ») را نشانی کنید.
tm-envoyer-ma-demande = فرستادن درخواست من
tm-les-residents-des-secteurs-de = باشندگان ساحه‌های پارکینگ پولی می‌توانند کارتی درخواست کنند که به آن‌ها نرخ باشندگان را می‌دهد. یک سند آدرس که کمتر از 3 ماه از آن گذشته و تصدیق ثبت موتر را آماده کنید.
tm-demande-de-carte-de-stationnement = درخواست کارت پارکینگ برای باشندگان

## fixture: captcha/image-generic.html

tm-reference-du-dossier = مرجع دوسیه
tm-recopiez-les-caracteres-affiches = حروف و ارقام نشان‌داده‌شده را بنویسید
tm-code-de-securite = کود امنیتی
tm-exemple-pc-034172-24-m0123 = مثال: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 کرکتر، ارقام و حروف بزرگ
tm-generer-un-nouveau-code = ساختن کود جدید
tm-envoyer-la-demande = فرستادن درخواست
tm-vous-pouvez-demander-la-copie-dun = می‌توانید کاپی یک جواز ساختمان یا یک اعلامیهٔ قبلی را که در این شاروالی صادر شده درخواست کنید. اسناد به شکل الکترونیکی فرستاده می‌شوند.
tm-demande-de-copie-de-documents-durbanisme = درخواست کاپی اسناد شهرسازی (ساختمان‌سازی)

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = هر صفحه، بدون انترنت، ساختار یک نوع CAPTCHA را که در ویب‌سایت‌های دولتی دیده می‌شود دوباره می‌سازد، تا تشخیص Relais آزمایش شود (Relais هیچ‌گاه CAPTCHA را حل نمی‌کند و دور نمی‌زند). با هیچ خدمت بیرونی تماس گرفته نمی‌شود: اسکریپت‌ها، قاب‌ها، عکس‌ها و صداها فایل‌های محلی هستند (پوشهٔ vendor/).
tm-pages-de-test-widgets-captcha = صفحه‌های آزمایشی: ابزارهای CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = تأیید وقت ملاقات
tm-choisissez-un-creneau-pour-deposer-votre = یک وقت خالی برای تسلیم درخواست خود انتخاب کنید. بررسی امنیتی بعد از باز شدن کامل صفحه نشان داده می‌شود.
tm-prise-de-rendez-vous-carte-nationale = گرفتن وقت ملاقات — کارت هویت ملی و پاسپورت
tm-chargement-de-la-verification-de = بررسی امنیتی در حال بارگذاری است…
tm-confirmation-du-creneau = تأیید وقت ملاقات
tm-cochez-la-case-pour-confirmer-que = در خانه نشانی بگذارید تا تأیید کنید که انسان هستید.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = سؤال امنیتی: 3 + 4 چند می‌شود؟
tm-repondez-en-chiffres-cette-question = با عدد جواب دهید. این سؤال برای اطمینان از این است که شما ربات نیستید.
tm-sinscrire = ثبت نام
tm-recevez-chaque-mois-lactualite-du = هر ماه خبرهای دپارتمان (Département) را دریافت کنید: کمک‌ها، سرک‌ها، مکتب‌های متوسطه، همبستگی‌ها. هر وقت بخواهید می‌توانید اشتراک را لغو کنید.
tm-inscription-a-la-lettre-dinformation = ثبت نام برای خبرنامه

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = دلیل وقت ملاقات
tm-cochez-la-case-je-ne-suis = خانهٔ «من ربات نیستم» (« Je ne suis pas un robot ») را نشانی کنید. ممکن است یک آزمون عکس نشان داده شود؛ آن آزمون نسخهٔ صوتی هم دارد.
tm-demander-un-rendez-vous = درخواست وقت ملاقات
tm-selectionner-un-motif = انتخاب یک دلیل
tm-premiere-demande = درخواست اول
tm-renouvellement = تمدید
tm-duplicata = نسخهٔ دوم (duplicata)
tm-ce-formulaire-vous-permet-de-demander = این فورم به شما اجازه می‌دهد در گیشهٔ خارجی‌های پریفکتور رون (préfecture du Rhône، لیون) وقت ملاقات درخواست کنید. یک تأییدیه با ایمیل برای شما فرستاده می‌شود.
tm-prise-de-rendez-vous-depot-de = گرفتن وقت ملاقات — تسلیم کردن درخواست کارت اقامت

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = نوع سند
tm-copie-integrale = کاپی کامل
tm-extrait-avec-filiation = خلاصه با نام والدین
tm-extrait-sans-filiation = خلاصه بدون نام والدین
tm-demandez-en-ligne-une-copie-integrale = کاپی کامل یا خلاصهٔ سند تولد را برای تولدی که در لیون بوده آنلاین درخواست کنید. سند در مدت 8 روز با پست فرستاده می‌شود.
tm-ce-site-est-protege-par-recaptcha = این ویب‌سایت با reCAPTCHA محافظت می‌شود؛ قواعد حریم خصوصی و شرایط استفادهٔ Google اعمال می‌شوند.
tm-demande-dacte-de-naissance = درخواست سند تولد (acte de naissance)

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = این یک صفحهٔ آزمایشی است: درخواست به هیچ بخشی فرستاده نشده است.
tm-votre-demande-a-bien-ete-envoyee = درخواست شما فرستاده شد
tm-donnees-recues = معلوماتی که رسید
tm-aucune-donnee-recue = هیچ معلوماتی نرسید.
tm-retour-a-la-liste-des-pages = بازگشت به فهرست صفحه‌های آزمایشی

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = آدرس مشکل
tm-description = توضیح
tm-envoyer-le-signalement = فرستادن گزارش
tm-nid-de-poule-eclairage-en-panne = چاله در سرک، چراغ خراب، انداختن زباله در جای نادرست: آن را به بخش‌های شهر گزارش دهید. دربارهٔ رسیدگی به گزارش شما با ایمیل به شما اطلاع داده می‌شود.
tm-signaler-un-probleme-sur-lespace-public = گزارش دادن یک مشکل در جای عمومی (سرک، پارک…)

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = تأیید کنید که انسان هستید
tm-operation-reussie = ✔کار با موفقیت انجام شد!
tm-saisissez-ce-que-vous-entendez = آنچه را می‌شنوید بنویسید
tm-lecture = پخش
tm-veuillez-cliquer-sur-chaque-image = لطفاً روی هر عکسی که در آن بس است کلیک کنید
tm-vous-etes-valide = شما تأیید شدید
tm-le-service-recaptcha-requiert-une = خدمت reCAPTCHA بررسی می‌خواهد.

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
tm-creer-mon-compte-ameli = ساختن حساب ameli من
tm-formulaire-recu = فورم رسید

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = ورود با نام کاربری من
tm-votre-identifiant-est-votre-numero = نام کاربری شما نمبر خارجی شما (numéro étranger، 10 رقم) یا آدرس ایمیل شماست
tm-sidentifier-avec-franceconnect = ورود با FranceConnect
tm-creer-mon-compte = ساختن حساب من
tm-la-creation-dun-compte-est-necessaire = برای تسلیم درخواست کارت اقامت، تابعیت (naturalisation) یا سند سفر، ساختن حساب لازم است.
tm-votre-numero-etranger-comporte-10 = نمبر خارجی شما 10 رقم دارد. روی کارت اقامت شما، روی رسید درخواست کارت اقامت (récépissé) یا روی اجازهٔ اقامت موقت (autorisation provisoire de séjour) نوشته شده است.
tm-si-vous-navez-jamais-eu-de = اگر هرگز در فرانسه کارت اقامت نداشته‌اید، از آدرس ایمیل خود استفاده کنید.
tm-connexion-a-mon-espace-personnel = ورود به صفحهٔ شخصی من
tm-vous-navez-pas-encore-de-compte = هنوز حساب ندارید؟
tm-ou-trouver-mon-numero-etranger = نمبر خارجی (numéro étranger) خود را کجا پیدا کنم؟

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = درخواست شما برای تماس دوباره با نمبر 06 12 34 56 78 ثبت نشد. ما به آدرس marie.kowalczyk@example.fr به شما جواب می‌دهیم (نمبر گیرندهٔ کمک 1234567).
tm-demande-de-rappel = درخواست این‌که به شما زنگ بزنند
tm-retour-a-mon-compte = بازگشت به حساب من (Mon Compte)

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
tm-declaration-trimestrielle-de-ressources = اظهارنامهٔ سه‌ماهه درآمدها
tm-vos-ressources = درآمدهای شما
tm-etape-suivante-verification-et-envoi = مرحلهٔ بعدی: بررسی و فرستادن

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = هر صفحه یک نمونهٔ سادهٔ ساختگی است که برای آزمایش نوشته شده؛ هیچ‌کدام کاپی یک ویب‌سایت واقعی نیست.
tm-pages-de-test-imitant-des-portails = صفحه‌های آزمایشی شبیه سایت‌های اداری فرانسه

## fixture: portals/mots-cles

tm-nom-de-famille = تخلص (نام فامیلی)
tm-prenom-s = نام (نام‌ها)
tm-date-dexpiration-de-votre-titre-de = تاریخ ختم اعتبار کارت اقامت شما
tm-n-de-recepisse = نمبر رسید (récépissé)
tm-courriel = ایمیل
tm-remplissez-ce-formulaire-pour-connaitre = این فورم را پر کنید تا از وضعیت پیشرفت درخواست خود آگاه شوید. در مدت 15 روز کاری با ایمیل به شما جواب داده می‌شود.
tm-demande-de-renseignements-sur-un-dossier = درخواست معلومات دربارهٔ دوسیهٔ کارت اقامت
tm-precisions-sur-votre-demande-zone-de = جزئیات درخواست شما (خانه‌ای که آزادانه می‌نویسید):

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
tm-retour-a-la-prise-de-rendez = بازگشت به گرفتن وقت ملاقات
tm-etape-1-choix-du-guichet = مرحلهٔ 1: انتخاب گیشه

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = خدمت فعلاً در حال ترمیم است. از این مزاحمت معذرت می‌خواهیم، لطفاً بعداً دوباره کوشش کنید.
tm-les-demandes-deja-deposees-ne-sont = درخواست‌هایی که قبلاً تسلیم شده‌اند از این توقف متأثر نمی‌شوند. اگر کارت اقامت شما در مدت ترمیم تمام شود، تصدیق تمدید بررسی (attestation de prolongation d’instruction) شما معتبر می‌ماند.
tm-erreur = خطا { $n }

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

## rdv: devise

tm-votre-compte-a-ete-valide = حساب شما تأیید شد.
tm-vous-allez-recevoir-les-instructions = تا چند دقیقهٔ دیگر، رهنمایی لازم برای تأیید حساب خود را دریافت می‌کنید.
tm-si-votre-e-mail-existe-dans = اگر ایمیل شما در معلومات ما موجود باشد، به زودی ایمیلی با رهنمایی تأیید حساب خود دریافت می‌کنید.
tm-votre-compte-a-ete-supprime = حساب شما حذف شد!
tm-vous-avez-une-invitation-en-attente = شما یک دعوت‌نامهٔ منتظر دارید. آن را قبول کنید تا ثبت نام شما تمام شود.
tm-votre-connexion-est-deja-active = شما از قبل وارد حساب هستید
tm-votre-compte-n-est-pas-encore = حساب شما هنوز فعال نشده است.
tm-email-ou-mot-de-passe-incorrect = ایمیل یا رمز نادرست است.
tm-vous-avez-droit-a-une-tentative = پیش از این‌که حساب شما قفل شود، فقط یک کوشش دیگر دارید.
tm-votre-compte-est-verrouille = حساب شما قفل است.
tm-email-ou-mot-de-passe-invalide = ایمیل یا رمز معتبر نیست.
tm-votre-session-est-expiree-veuillez-vous = وقت ورود شما تمام شده است. لطفاً برای ادامه دوباره وارد شوید.
tm-vous-devez-vous-connecter-ou-vous = برای ادامه باید وارد شوید یا ثبت نام کنید.
tm-vous-devez-valider-votre-compte-pour = برای ادامه باید حساب خود را تأیید کنید.
tm-votre-invitation-n-est-pas-valide = دعوت‌نامهٔ شما معتبر نیست.
tm-votre-mot-de-passe-a-ete = رمز شما ثبت شد و حساب شما فعال شد.
tm-votre-mot-de-passe-a-ete-2 = رمز شما ثبت شد.
tm-votre-invitation-a-ete-annulee = دعوت‌نامهٔ شما لغو شد.
tm-lutilisateur-connecte-ne-correspond-pas = کاربری که وارد شده همان کاربر دعوت‌شده نیست. از حساب بیرون شوید و دوباره کوشش کنید.
tm-la-session-a-expire = وقت ورود تمام شد
tm-choisir-son-mot-de-passe = انتخاب رمز
tm-enregistrer = ثبت کردن
tm-ouvrir-l-app-mail = باز کردن برنامهٔ ایمیل
tm-inscription = ثبت نام
tm-code-dinvitation = کود دعوت
tm-creer-son-compte = ساختن حساب
tm-veuillez-cliquer-sur-le-lien-dans = لطفاً روی لینکی که در ایمیلِ تازه فرستاده‌شده است کلیک کنید
tm-vous-avez-ete-invite-sur = شما به { $name } دعوت شده‌اید
tm-bonjour = سلام { $email }
tm-vous-avez-ete-invite-sur-vous = شما به { $name } دعوت شده‌اید. می‌توانید این دعوت را با لینک پایین قبول کنید.
tm-accepter-l-invitation = قبول کردن دعوت
tm-cette-invitation-est-valable-jusqu-au = این دعوت تا { $date } معتبر است.
tm-si-vous-n-acceptez-pas-cette = اگر این دعوت را قبول نمی‌کنید، این ایمیل را نادیده بگیرید. بدون اجازهٔ شما هیچ حسابی ساخته نمی‌شود.
tm-instructions-de-confirmation = رهنمایی تأیید
tm-instructions-pour-changer-le-mot-de = رهنمایی تغییر رمز
tm-instructions-pour-deverrouiller-le = رهنمایی باز کردن قفل حساب
tm-votre-mot-de-passe-a-ete-3 = رمز شما با موفقیت تغییر کرد.
tm-nous-n-avons-pas-pu-vous = نتوانستیم شما را از طریق { $kind } شناسایی کنیم: '{ $reason }'.
tm-authentifie-avec-succes-via = از طریق { $kind } با موفقیت شناسایی شدید.
tm-vous-ne-pouvez-acceder-a-cette = این صفحه را فقط از طریق ایمیل تغییر رمز می‌توانید باز کنید. اگر از چنین ایمیلی استفاده کرده‌اید، مطمئن شوید که لینک (URL) کامل را استفاده کرده‌اید.
tm-vous-allez-recevoir-les-instructions-de = تا چند لحظهٔ دیگر رهنمایی تغییر رمز را دریافت می‌کنید
tm-si-votre-e-mail-existe-dans-2 = اگر ایمیل شما در معلومات ما موجود باشد، یک لینک تغییر رمز با ایمیل دریافت می‌کنید
tm-votre-mot-de-passe-a-ete-4 = رمز شما با موفقیت تغییر کرد، حالا وارد حساب هستید
tm-votre-mot-de-passe-a-ete-5 = رمز شما با موفقیت تغییر کرد.
tm-votre-compte-a-ete-supprime-avec = حساب شما با موفقیت حذف شد. امیدواریم به زودی دوباره شما را ببینیم.
tm-bienvenue-votre-connexion-est-active = خوش آمدید، شما وارد حساب هستید.
tm-votre-compte-est-bien-enregistre-vous = حساب شما ثبت شد. اما نمی‌توانید وارد شوید، چون حساب شما هنوز فعال نشده است.
tm-votre-compte-est-bien-enregistre-vous-2 = حساب شما ثبت شد. اما نمی‌توانید وارد شوید، چون حساب شما قفل است.
tm-un-message-contenant-un-lien-de = پیامی با لینک تأیید به آدرس ایمیل شما فرستاده شد. برای فعال کردن حساب خود این لینک را باز کنید.
tm-votre-compte-a-bien-ete-mis = حساب شما به‌روز شد، اما باید آدرس ایمیل جدید شما را بررسی کنیم. لطفاً ایمیل‌های خود را ببینید و روی لینک تأیید کلیک کنید تا تأیید آدرس جدید تمام شود.
tm-votre-compte-a-ete-modifie-avec = حساب شما با موفقیت تغییر کرد.
tm-connexion-reussie = با موفقیت وارد شدید.
tm-deconnexion-reussie = با موفقیت بیرون شدید.
tm-mode-deconnecte = بیرون از حساب.
tm-vous-allez-recevoir-les-instructions-2 = تا چند لحظهٔ دیگر رهنمایی لازم برای باز کردن قفل حساب خود را دریافت می‌کنید
tm-si-votre-compte-existe-vous-allez = اگر حساب شما موجود باشد، به زودی ایمیلی با رهنمایی باز کردن قفل آن دریافت می‌کنید.
tm-votre-compte-a-ete-deverrouille-avec = قفل حساب شما با موفقیت باز شد، حالا وارد حساب هستید.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = قبلاً تأیید شده است، لطفاً کوشش کنید وارد شوید
tm-a-confirmer-dans-les-merci-de = باید در { $period } تأیید می‌شد، لطفاً درخواست جدید بدهید
tm-a-expire-merci-d-en-faire = وقت آن تمام شده است، لطفاً درخواست جدید بدهید
tm-n-a-pas-ete-trouve-e = پیدا نشد
tm-n-etait-pas-verrouille-e = قفل نبود
tm-une-erreur-a-empeche-ce-tte = یک خطا نگذاشت این { $resource } ثبت شود:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } خطا نگذاشت این { $resource } ثبت شود:
       *[other] { $n } خطا نگذاشتند این { $resource } ثبت شود:
    }

## rdv: links

tm-espace-usager = صفحهٔ کاربر
tm-je-n-ai-pas-recu-le = ایمیل تأیید به من نرسید
tm-je-n-ai-pas-recu-le-2 = ایمیل باز کردن قفل حساب به من نرسید

## rdv: activerecord

tm-la-validation-a-echoue = تأیید ناکام شد: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = باید قبول شود
tm-doit-etre-rempli-e = باید پر شود
tm-ne-concorde-pas-avec = با { $attribute } مطابقت ندارد
tm-doit-etre-egal-a = باید برابر با { $n } باشد
tm-doit-etre-pair = باید عدد جفت باشد
tm-n-est-pas-disponible = موجود نیست
tm-doit-etre-superieur-a = باید بیشتر از { $n } باشد
tm-doit-etre-superieur-ou-egal-a = باید بیشتر از { $n } یا برابر با آن باشد
tm-n-est-pas-inclus-e-dans = در فهرست نیست
tm-doit-etre-inferieur-a = باید کمتر از { $n } باشد
tm-doit-etre-inferieur-ou-egal-a = باید کمتر از { $n } یا برابر با آن باشد
tm-validation-echouee = تأیید ناکام شد: { $errors }
tm-n-est-pas-un-nombre = عدد نیست
tm-doit-etre-un-nombre-entier = باید عدد کامل (بدون اعشار) باشد
tm-doit-etre-impair = باید عدد تاق باشد
tm-doit-etre-different-de = باید با { $n } فرق داشته باشد
tm-doit-etre-vide = باید خالی باشد
tm-doit-exister = باید موجود باشد
tm-est-deja-utilise = قبلاً استفاده شده است
tm-est-trop-long-pas-plus-d = خیلی طولانی است (بیشتر از یک حرف نباشد)
tm-est-trop-long-pas-plus-de = { $n ->
        [one] خیلی طولانی است (بیشتر از { $n } حرف نباشد)
       *[other] خیلی طولانی است (بیشتر از { $n } حرف نباشد)
    }
tm-est-trop-court-au-moins-un = خیلی کوتاه است (حداقل یک حرف)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [one] خیلی کوتاه است (حداقل { $n } حرف)
       *[other] خیلی کوتاه است (حداقل { $n } حرف)
    }
tm-ne-fait-pas-la-bonne-longueur = طول آن درست نیست (باید فقط یک حرف باشد)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [one] طول آن درست نیست (باید { $n } حرف باشد)
       *[other] طول آن درست نیست (باید { $n } حرف باشد)
    }
tm-veuillez-verifier-les-champs-suivants = لطفاً خانه‌های زیر را بررسی کنید:
tm-impossible-d-enregistrer-ce-tte-1 = ثبت این { $model } ممکن نشد: 1 خطا
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [one] ثبت این { $model } ممکن نشد: { $n } خطا
       *[other] ثبت این { $model } ممکن نشد: { $n } خطا
    }

## rdv: helpers

tm-ajouter = افزودن
tm-modifier = تغییر دادن
tm-retirer = برداشتن
tm-reinitialiser = از نو تنظیم کردن
tm-veuillez-selectionner = لطفاً انتخاب کنید

## rdv: public_office

tm-sur-place = حضوری (در محل)

## rdv: visio

tm-par-visioconference = با تماس ویدیویی

## rdv: phone

tm-par-telephone = با تلفون

## rdv: home

tm-a-domicile = در خانه

## rdv: mailers

tm-a-bientot-lequipe = به امید دیدار، تیم { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = یک وقت ملاقات همین حالا خالی شد!
tm-rdv-confirme-le = وقت ملاقات برای { $date } تأیید شد
tm-rdv-du-modifie = وقت ملاقات { $date } تغییر کرد
tm-rappel-rdv-le = [یادآوری] وقت ملاقات در { $date }
tm-rdv-annule-le-avec = وقت ملاقات { $date } با { $name } لغو شد
tm-votre-rdv-du-a-ete-annule = وقت ملاقات { $motif } شما در { $date } به دلیل اداری لغو شد.
tm-votre-rdv-du-a-bien-ete = وقت ملاقات { $motif } شما در { $date } به درخواست خودتان لغو شد.
tm-vous-pouvez-reprendre-un-rendez-vous = می‌توانید با زنگ زدن به { $telephone_link } وقت ملاقات جدید بگیرید.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = می‌توانید با کلیک روی لینک پایین وقت ملاقات جدید بگیرید:
tm-reprendre-rdv = گرفتن وقت ملاقات جدید

## rdv: attributes

tm-email = ایمیل
tm-mot-de-passe-actuel = رمز فعلی
tm-nom-de-la-commune = نام شاروالی (commune)
tm-responsable = مسئول

## rdv: activerecord

tm-lieu = محل
tm-rendez-vous-honore = وقت ملاقاتی که در آن حاضر شدید
tm-rendez-vous-a-venir = وقت ملاقات آینده
tm-annule-a-linitiative-de-lusager = به خواست کاربر لغو شد
tm-annule-a-linitiative-du-service = به خواست اداره لغو شد
tm-caisse-d-affiliation = صندوقی که در آن ثبت هستید (CAF یا MSA)
tm-numero-d-allocataire = نمبر گیرندهٔ کمک (numéro d’allocataire)
tm-nombre-d-enfants = تعداد اطفال
tm-accepte-les-notifications-par-sms = اطلاعیه‌ها را با SMS قبول می‌کند
tm-accepte-les-notifications-par-email = اطلاعیه‌ها را با ایمیل قبول می‌کند
tm-numero-de-pre-demande-ants = نمبر پیش‌درخواست ANTS
tm-sans-domicile-fixe = بدون جای زندگی ثابت
tm-heberge = مهمان (در خانهٔ کس دیگری زندگی می‌کند)
tm-en-accession-a-la-propriete = در حال خریدن خانه (با قرضه)
tm-logement = جای زندگی
tm-aucune = هیچ
tm-proche = نزدیک (خویشاوند)
tm-le-prenom-ne-peut-etre-change = نام را نمی‌توان تغییر داد، چون FranceConnect آن را تأیید کرده است
tm-le-nom-de-naissance-ne-peut = تخلص هنگام تولد را نمی‌توان تغییر داد، چون FranceConnect آن را تأیید کرده است
tm-la-date-de-naissance-ne-peut = تاریخ تولد را نمی‌توان تغییر داد، چون FranceConnect آن را تأیید کرده است
tm-ce-mot-de-passe-fait-partie = این رمز در فهرست رمزهایی است که زیاد استفاده می‌شوند، پس حساب شما را امن نگه نمی‌دارد. لطفاً رمز دیگری انتخاب کنید.
tm-pour-assurer-la-securite-de-votre = { $n ->
        [one] برای امنیت حساب شما، رمز باید حداقل { $n } حرف داشته باشد
       *[other] برای امنیت حساب شما، رمز باید حداقل { $n } حرف داشته باشد
    }
tm-doit-comporter-10-chiffres-et-lettres = باید 10 رقم و حرف داشته باشد
tm-n-a-pas-pu-etre-valide = به دلیل یک خطای غیرمنتظره تأیید نشد. لطفاً 30 ثانیه بعد دوباره کوشش کنید.
tm-ce-numero-de-pre-demande-ants = این نمبر پیش‌درخواست ANTS قبلاً برای یک وقت ملاقات در { $meeting_point } استفاده شده است. لطفاً پیش از گرفتن وقت جدید، آن وقت ملاقات را لغو کنید.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = یک نمبر 10 رقمی از فرانسه یا سرزمین‌های آن‌سوی دریا بنویسید، یا یک نمبر بین‌المللی با کود کشور.
tm-pour-accelerer-votre-demarche-nous-vous = برای این‌که کار شما زودتر انجام شود، به شدت پیشنهاد می‌کنیم دوسیهٔ خود را از قبل در سایت ANTS پر کنید و نمبر پیش‌درخواست خود را بنویسید.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = شما اجازهٔ کافی برای باز کردن این صفحه یا انجام این کار را ندارید

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [one] در { $date } (مدت: { $duration } دقیقه)
       *[other] در { $date } (مدت: { $duration } دقیقه)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [one] امروز ساعت { $date } (مدت: { $duration } دقیقه)
       *[other] امروز ساعت { $date } (مدت: { $duration } دقیقه)
    }
tm-1-place-restante = 1 جای خالی مانده
tm-places-restantes = { $n ->
        [one] { $n } جای خالی مانده
       *[other] { $n } جای خالی مانده
    }
tm-1-place = 1 جا
tm-places = { $n ->
        [one] { $n } جا
       *[other] { $n } جا
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = لطفاً مشکلات زیر را درست کنید:

## rdv: users

tm-les-champs-d-etat-civil-nom = معلومات احوال مدنی (تخلص هنگام تولد، نام‌ها، تاریخ و محل تولد) بعد از ورود تأییدشده با FranceConnect دیگر قابل تغییر نیستند
tm-les-3-lettres-ne-correspondent-pas = این 3 حرف با تخلص مطابقت ندارد.

## rdv: search

tm-1-lieu-est-disponible = 1 محل موجود است
tm-lieux-sont-disponibles = { $n ->
        [one] { $n } محل موجود است
       *[other] { $n } محل موجود است
    }
tm-selectionnez-un-lieu-de-rdv = محل وقت ملاقات را انتخاب کنید:
tm-prochaine-disponibilite-le = نزدیک‌ترین وقت خالی در

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = به نظر می‌رسد که شما همراهی یا پیگیری ندارید، لطفاً دلیل دیگری انتخاب کنید یا با ولایت (département) خود به نمبر { $phone_number } تماس بگیرید.

## rdv: common

tm-votre-adresse = آدرس شما
tm-votre-service = خدمت شما
tm-ex-21-rue-anatole-france-calais = مثال: 21 rue Anatole France, Calais
tm-modifier-l-adresse = تغییر آدرس
tm-choisissez-un-service = یک خدمت انتخاب کنید
tm-choisir-ce-service = انتخاب این خدمت
tm-le-service-que-vous-cherchez-n = خدمتی که دنبال آن هستید در فهرست نیست؟
tm-modifier-le-service = تغییر خدمت
tm-choisissez-un-motif = یک دلیل انتخاب کنید
tm-choisir-ce-motif = انتخاب این دلیل

## rdv: users

tm-entrez-les-3-premieres-lettres-de = 3 حرف اول تخلص خود را بنویسید
tm-sophie-dupont-dup = مثال: برای Sophie Dupont بنویسید DUP
tm-jean-de-la-fontaine-del = مثال: برای Jean De La Fontaine بنویسید DEL
tm-edwige-xi-xi = مثال: برای Edwige Xi بنویسید XI
tm-identification = شناسایی
tm-choix-de-l-usager = انتخاب شخص
tm-votre-rendez-vous-a-ete-confirme = وقت ملاقات شما تأیید شد.
tm-ce-creneau-nest-plus-disponible-veuillez = این وقت دیگر خالی نیست. لطفاً وقت دیگری انتخاب کنید.
tm-vous-allez-modifier-votre-rdv-qui = شما وقت ملاقات { $motif_name_and_service } خود را که در { $date } است تغییر می‌دهید
tm-mes-informations = معلومات من
tm-mes-proches = نزدیکان من
tm-aucun-proche = هیچ نزدیکی نیست
tm-ajouter-un-proche = افزودن یک نزدیک

## mdph: server

tm-identites = هویت‌ها
tm-individus-et-organismes-concernes-par-la = اشخاص و نهادهایی که درخواست به آن‌ها مربوط است
tm-situations-particulieres = وضعیت‌های خاص
tm-etes-vous-dans-l-une-des = آیا در یکی از وضعیت‌های زیر هستید؟
tm-vous-n-arrivez-plus-a-vivre = دیگر نمی‌توانید در خانهٔ خود زندگی کنید
tm-expliquez-la-difficulte = مشکل را توضیح دهید
tm-votre-ecole-ne-peut-plus-vous = مکتب شما دیگر نمی‌تواند شما را بپذیرد
tm-votre-etablissement-ne-peut-plus-vous = مؤسسه‌ای که در آن هستید دیگر نمی‌تواند شما را بپذیرد و نمی‌توانید به خانه برگردید
tm-vous-risquez-de-perdre-votre-travail = خطر از دست دادن کار خود را دارید
tm-vous-sortez-d-hospitalisation-et-vous = از شفاخانه بیرون می‌شوید و نمی‌توانید به خانه برگردید
tm-vous-commencez-bientot-une-nouvelle = به زودی یک آموزش جدید را شروع می‌کنید
tm-precisez = مشخص کنید
tm-date-d-entree-prevue = تاریخ پیش‌بینی‌شدهٔ ورود
tm-vous-venez-de-trouver-un-emploi = تازه کار پیدا کرده‌اید
tm-vous-arrivez-dans-moins-de-2 = در کمتر از 2 ماه حقوق شما تمام می‌شود (مثلاً: AEEH، AAH، PCH، RQTH و غیره)
tm-indiquez-le-s-droit-s-concerne = حق یا حقوق مربوط و تاریخ یا تاریخ‌های پایان آن را بنویسید
tm-vie-quotidienne = زندگی روزمره
tm-situation = وضعیت
tm-besoins = نیازها
tm-attentes = انتظارات
tm-vous-vivez = شما زندگی می‌کنید
tm-seule = تنها
tm-avec-vos-parents-ou-l-un = با والدین خود (یا یکی از آن‌ها)
tm-avec-vos-enfants-ou-l-un = با فرزندان خود (یا یکی از آن‌ها)
tm-autre-situation = وضعیت دیگر
tm-ou-vivez-vous = کجا زندگی می‌کنید؟
tm-vous-avez-un-logement-independant = خانهٔ مستقل دارید
tm-vous-vivez-dans-un-etablissement-medico = در یک مؤسسهٔ طبی-اجتماعی یا مؤسسهٔ درمانی زندگی می‌کنید
tm-precisez-le-nom-le-type-et = نام، نوع و محل را مشخص کنید
tm-vous-etes-hebergee-au-domicile = در خانهٔ کس دیگری زندگی می‌کنید
tm-vous-avez-deja-eu = قبلاً داشته‌اید:
tm-un-accident-cause-par-un-tiers = حادثه‌ای که شخص دیگری باعث آن شده
tm-un-accident-du-travail = حادثهٔ کار
tm-un-autre-accident = حادثهٔ دیگر
tm-suite-a-cet-accident-y-a = بعد از این حادثه، آیا درخواست جبران خسارتی در جریان است یا به نتیجه رسیده؟
tm-aupres-de-quel-organisme = نزد کدام نهاد؟
tm-vous-recevez = شما دریافت می‌کنید:
tm-une-aide-financiere-et-des-ressources = کمک مالی و درآمد
tm-une-aide-technique-materielle-ou-de = کمک تخنیکی، مادی یا وسایل
tm-une-aide-a-la-personne-avec = کمک شخصی، با کسی که به شما کمک می‌کند
tm-vous-recevez-les-aides-ressources-et = کمک‌ها، درآمدها و/یا خدمات زیر را دریافت می‌کنید:
tm-allocation-chomage-versee-par-pole = کمک‌هزینهٔ بیکاری که Pôle Emploi می‌پردازد
tm-dans-les-12-mois-precedant-votre = در 12 ماه پیش از درخواست خود، آیا این‌ها را گرفته‌اید:
tm-un-revenu-d-activite = درآمد از کار
tm-des-indemnites-journalieres = جبران روزانه (هنگام مریضی)
tm-un-revenu-issu-d-une-activite = درآمد از کار در ESAT
tm-vous-percevez-une-ou-plusieurs-des = یک یا چند کمک زیر را می‌گیرید:
tm-une-pension-d-invalidite = معاش معلولیت
tm-une-autre-pension-de-ce-type = معاش دیگری از این نوع
tm-pension-des-deux-tiers-d-incapacite = معاش دو سوم، معاش ناتوانی و غیره
tm-une-majoration-tierce-personne = افزایش برای شخص سوم (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = کمک‌هزینهٔ اضافی معلولیت (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = مستمری حادثهٔ کار یا مریضی شغلی
tm-une-prestation-complementaire-de-recours = کمک تکمیلی برای استفاده از شخص سوم (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = تقاعد به دلیل ناتوانی در خدمات دولتی یا تقاعد زودهنگام
tm-depuis-le-2 = از چه تاریخ؟
tm-connaissez-vous-votre-taux-d-ipp = آیا درصد ناتوانی دایمی قسمی (IPP) خود را می‌دانید؟
tm-renseignez-ici-le-taux-qui-vous = درصدی را که بیمهٔ صحی (CPAM) به شما داده اینجا بنویسید
tm-taux-d-ipp-en = درصد IPP، به %
tm-vous-avez-indique-recevoir-une-aide = گفته‌اید که کمک تخنیکی، مادی یا وسایل می‌گیرید، این کمک این است:
tm-un-amenagement-de-logement = آماده‌سازی خانه
tm-une-aide-animaliere = کمک با حیوان (مثلاً سگ راهنما)
tm-un-amenagement-de-vehicule = آماده‌سازی موتر
tm-une-aide-technique-ex-barre-d = وسیلهٔ کمکی (مثلاً: دستگیرهٔ تکیه، واکر و غیره)
tm-vous-avez-indique-recevoir-une-aide-2 = گفته‌اید که کمک شخصی می‌گیرید، کسی که به شما کمک می‌کند:
tm-votre-famille = خانوادهٔ شما
tm-un-professionnel-de-soins-a-domicile = یک متخصص مراقبت در خانه
tm-un-accompagnement-medico-social = همراهی طبی-اجتماعی
tm-etes-vous-a-la-retraite = آیا متقاعد هستید؟
tm-depuis-quand = از چه وقت؟
tm-l-aspa-allocation-de-solidarite-pour = ASPA (کمک‌هزینهٔ همبستگی برای سالمندان)
tm-l-apa-allocation-personnalisee-d = APA (کمک‌هزینهٔ شخصی برای خودکفایی)
tm-vous-avez-demande-une-pension-de = درخواست معاش تقاعد کرده‌اید
tm-du-fait-de-votre-handicap = به دلیل معلولیت خود:
tm-vous-exercez-une-activite = به صورت نیمه‌وقت کار می‌کنید
tm-precisez-la-quotite-en-pourcentage = اندازهٔ وقت کار را به درصد بنویسید
tm-vous-avez-du-renoncer-a-votre = مجبور شدید کار خود را رها کنید
tm-du-fait-de-votre-handicap-recourez = به دلیل معلولیت خود، آیا کسی را با معاش استخدام کرده‌اید که به شما کمک کند؟
tm-frais-lies-au-handicap-et-restant = مصارف مربوط به معلولیت که به گردن شما می‌ماند
tm-indiquez-les-frais-non-rembourses-ou = مصارفی را بنویسید که بیمهٔ صحی یا بیمهٔ تکمیلی (mutuelle) پس نمی‌دهد، یا فقط قسمتی از آن را پس می‌دهد. به خصوص بنویسید اگر به دلیل معلولیت خود کسی را با معاش استخدام کرده‌اید.
tm-vous-avez-besoin-d-aide-dans = در زندگی روزمره به کمک نیاز دارید:
tm-pour-regler-les-depenses-courantes-loyer = برای پرداخت مصارف روزمره (کرایه، برق و گاز، لباس، غذا و غیره)
tm-pour-gerer-votre-budget-et-repondre = برای مدیریت بودجه و انجام وظایف خود (کارهای اداری، بیمه‌ها، مالیات و غیره)
tm-pour-l-hygiene-corporelle-se-laver = برای پاکی بدن (شستن، رفتن به تشناب)
tm-pour-vous-habiller-mettre-et-oter = برای لباس پوشیدن (پوشیدن و کشیدن، انتخاب و غیره)
tm-pour-faire-les-courses = برای خریداری
tm-pour-preparer-les-repas = برای آماده کردن غذا
tm-pour-prendre-les-repas = برای خوردن غذا
tm-pour-faire-le-menage-et-l = برای پاک‌کاری خانه و نگهداری لباس‌ها
tm-pour-prendre-soin-de-votre-sante = برای مراقبت از صحت خود (ادامهٔ تداوی، رفتن نزد داکتر و غیره)
tm-autre-besoin = نیاز دیگر
tm-vous-avez-besoin-d-aide-pour = برای رفت و آمد به کمک نیاز دارید:
tm-pour-se-deplacer-dans-le-domicile = برای حرکت در داخل خانه
tm-pour-sortir-du-domicile-ou-y = برای بیرون شدن از خانه یا داخل شدن به آن
tm-pour-se-deplacer-a-l-exterieur = برای رفت و آمد بیرون از خانه
tm-pour-utiliser-un-vehicule = برای استفاده از موتر
tm-pour-utiliser-les-transports-en-commun = برای استفاده از ترانسپورت عامه
tm-pour-partir-en-vacances = برای رفتن به رخصتی
tm-utilisez-vous-les-transports-adaptes = آیا از ترانسپورت آماده‌شده برای معلولین که در منطقهٔ شما هست استفاده می‌کنید؟
tm-vous-avez-besoin-d-aide-pour-2 = در زندگی اجتماعی به کمک نیاز دارید:
tm-pour-communiquer-s-exprimer-se-faire = برای ارتباط (بیان کردن خود، فهماندن خود)
tm-pour-avoir-des-activites-sportives-et = برای ورزش و سرگرمی
tm-pour-les-relations-avec-les-autres = برای رابطه با دیگران
tm-pour-vous-occuper-de-votre-famille = برای رسیدگی به خانوادهٔ خود
tm-pour-vous-accompagner-dans-votre-vie = برای همراهی در زندگی شهروندی (مثلاً: رأی دادن، فعالیت در انجمن‌ها و غیره)
tm-pour-assurer-votre-securite = برای حفظ امنیت خود
tm-quelles-sont-vos-attentes-pour-compenser = برای جبران معلولیت خود چه انتظاری دارید؟
tm-vivre-a-domicile = زندگی در خانه
tm-un-amenagement-de-votre-lieu-de = آماده‌سازی جای زندگی شما
tm-realiser-un-bilan-des-capacites-dans = ارزیابی توانایی‌ها در زندگی روزمره
tm-une-aide-financiere-afin-d-assurer = کمک مالی برای داشتن حداقل درآمد
tm-une-aide-pour-se-deplacer = کمک برای رفت و آمد
tm-un-accompagnement-pour-l-adptation = همراهی برای عادت کردن / دوباره عادت کردن به زندگی روزمره
tm-une-aide-humaine-quelqu-un-qui = کمک انسانی: کسی که به شما کمک کند
tm-vivre-en-etablissement = زندگی در مؤسسه
tm-du-materiel-ou-equipement = وسایل یا تجهیزات
tm-une-aide-financiere-pour-des-depenses = کمک مالی برای مصارف مربوط به معلولیت
tm-un-accueil-temporaire = پذیرش موقت
tm-autre-attente = انتظار دیگر
tm-avez-vous-deja-identifie-une-ou = آیا قبلاً یک یا چند نهاد پیدا کرده‌اید که بتوانند به انتظارات شما جواب بدهند؟
tm-avez-vous-d-autres-renseignements = آیا معلومات دیگری (وضعیت، انتظارات، برنامه‌ها) دربارهٔ زندگی روزمرهٔ خود دارید؟
tm-vie-scolaire-ou-etudiante = زندگی مکتب یا پوهنتون
tm-etes-vous-actuellement-scolarise = آیا حالا درس می‌خوانید؟
tm-pourquoi-n-etes-vous-pas-scolarise = چرا درس نمی‌خوانید؟
tm-vous-etes-trop-jeune = خیلی کوچک هستید
tm-a-partir-de-quand-serez-vous = از چه وقت درس را شروع می‌کنید؟
tm-vous-etes-sans-solution-d-accueil = در مکتب، پوهنتون یا مؤسسهٔ طبی-اجتماعی جایی ندارید
tm-vous-etes-actuellement-scolarise = حالا درس می‌خوانید
tm-en-milieu-ordinaire = در محیط عادی
tm-avec-accompagnement-par-un-service-de = با همراهی یک خدمت درمانی یا مؤسسهٔ طبی-اجتماعی
tm-en-temps-partage-entre-letablissement = وقت تقسیم‌شده بین مؤسسهٔ طبی-اجتماعی و محیط عادی یا خانه
tm-en-temps-partage-entre-le-service = وقت تقسیم‌شده بین خدمت درمانی و محیط عادی
tm-en-formation-superieure-ou-en = در تحصیلات عالی یا کارآموزی (apprentissage)
tm-etes-vous-place-en-internat = آیا در لیلیه (internat) هستید؟
tm-ses-frais-de-sejour-sont-ils = آیا همهٔ مصارف اقامت را بیمهٔ صحی، دولت یا کمک اجتماعی می‌پردازد؟
tm-dans-quel-s-etablissement-s = در کدام مؤسسه یا مؤسسه‌ها؟
tm-quel-type-d-etudes-suivez-vous = چه نوع تحصیلی دارید؟
tm-quel-s-diplome-s-avez-vous = کدام سند یا اسناد تحصیلی را گرفته‌اید؟
tm-quel-s-diplome-s-preparez-vous = برای کدام سند یا اسناد تحصیلی آماده می‌شوید؟
tm-decrivez-votre-parcours-d-etudiant-ou = مسیر خود را به عنوان محصل یا کارآموز شرح دهید
tm-annee-etablissement = سال، مؤسسه
tm-vous-disposez-actuellement-d = حالا همراهی و درمان دارید
tm-soins-hospitaliers = درمان در شفاخانه
tm-soins-en-liberal = درمان نزد متخصصان خصوصی
tm-vous-disposez-actuellement-d-adaptations = حالا شرایط مادی برای شما آماده‌سازی شده
tm-amenagement-et-adaptations-pedagogiques = آماده‌سازی‌ها و تطبیق‌های آموزشی
tm-outils-de-communication = وسایل ارتباط
tm-materiel-informatique-et-audiovisuel = وسایل کمپیوتری و صوتی-تصویری
tm-materiel-deficience-auditive = وسایل برای مشکل شنوایی
tm-materiel-deficience-visuelle = وسایل برای مشکل بینایی
tm-mobilier-et-petits-materiels = فرنیچر و وسایل کوچک
tm-transport = ترانسپورت
tm-vous-disposez-actuellement-d-une-aide = حالا کمک‌کنندهٔ انسانی برای شاگردان دارای معلولیت (AESH) دارید
tm-precisez-laquelle = بنویسید کدام
tm-decrivez-votre-emploi-du-temps-ecole = تقسیم اوقات خود را شرح دهید (مکتب، غذاخوری، درمان و غیره)
tm-vous-avez-des-besoins-en-lien = نیازهای مربوط به تحصیل دارید:
tm-pour-lire = برای خواندن
tm-pour-ecrire-prendre-des-notes = برای نوشتن و یادداشت گرفتن
tm-pour-calculer = برای حساب کردن
tm-pour-comprendre-suivre-les-consignes = برای فهمیدن و پیروی از رهنمایی‌ها
tm-pour-organiser-controler-son-travail = برای منظم کردن و کنترول کار خود
tm-pour-l-utilisation-du-materiel = برای استفاده از وسایل
tm-vous-avez-des-besoins-pour-communiquer = برای ارتباط نیازهایی دارید:
tm-pour-assurer-sa-securite = برای حفظ امنیت خود
tm-vous-avez-des-besoins-pour-l = برای مراقبت شخصی نیازهایی دارید:
tm-pour-l-hygiene-corporelle-aller-aux = برای پاکی بدن (رفتن به تشناب)
tm-pour-s-habiller-mettre-et-oter = برای لباس پوشیدن (پوشیدن و کشیدن لباس)
tm-pour-les-repas-manger-et-boire = برای غذا (خوردن و نوشیدن)
tm-pour-prendre-soin-de-sa-sante = برای مراقبت از صحت خود
tm-vous-avez-besoin-d-aide-pour-3 = برای رفت و آمد به کمک نیاز دارید:
tm-pour-se-deplacer-a-l-interieur = برای حرکت در داخل ساختمان
tm-pour-se-deplacer-a-l-exterieur-2 = برای حرکت بیرون از ساختمان
tm-vous-souhaitez = شما می‌خواهید:
tm-une-adaptation-de-la-scolarite = تطبیق تحصیل
tm-une-orientation-scolaire-differente = رهنمایی تحصیلی دیگر
tm-une-aide-humaine = کمک انسانی
tm-une-aide-materielle = کمک مادی
tm-un-accompagnement-pour-une-readaptation = همراهی برای توانبخشی
tm-une-prise-en-charge-par-un = رسیدگی توسط یک مؤسسه بدون اقامت
tm-une-prise-en-charge-par-un-2 = رسیدگی توسط یک مؤسسه با اقامت
tm-avez-vous-deja-identifie-un = آیا قبلاً یک مکتب، پوهنتون یا مؤسسهٔ طبی-اجتماعی پیدا کرده‌اید که بتواند به انتظارات شما جواب بدهد؟
tm-avez-vous-pu-prendre-contact-avec = آیا توانستید با استاد مسئول (enseignant référent) خود تماس بگیرید؟
tm-pourquoi = چرا؟
tm-vous-avez-d-autres-renseignements = اگر معلومات مهم دیگری (وضعیت، انتظارات، برنامه‌ها) دربارهٔ زندگی مکتب، پوهنتون یا کارآموزی خود دارید، اینجا بنویسید:
tm-vie-au-travail = زندگی در کار
tm-situation-professionnelle = وضعیت کاری
tm-parcours-professionnel = مسیر کاری
tm-projet-professionnel = برنامهٔ کاری
tm-avez-vous-actuellement-un-emploi = آیا حالا کار دارید؟
tm-avez-vous-deja-travaille = آیا قبلاً کار کرده‌اید؟
tm-pourquoi-etes-vous-actuellement-sans = چرا حالا بیکار هستید و از چه وقت؟
tm-pouvez-vous-indiquer-pourquoi-vous-etes = می‌توانید بگویید چرا حالا بیکار هستید؟
tm-etes-vous-dans-une-des-situations = آیا در یکی از وضعیت‌های زیر هستید؟
tm-inscrit-a-pole-emploi = ثبت‌شده در Pôle emploi
tm-en-formation-continue = در آموزش دوامدار
tm-votre-accompagnement-vers-l-emploi-est = کسی که برای پیدا کردن کار همراه شماست:
tm-mission-locale = Mission locale (همراهی جوانان)
tm-cap-emploi = Cap emploi (همراهی معلولین برای پیدا کردن کار)
tm-pole-emploi = Pôle emploi (ادارهٔ دولتی کاریابی)
tm-un-referent-rsa-designe-par-le = یک مسئول RSA که Conseil Général تعیین کرده
tm-vous-avez-un-emploi = کار دارید:
tm-en-entreprise-adaptee = در یک شرکت آماده‌شده برای معلولین (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = در محیط حمایت‌شده (مؤسسه‌ها و خدمات کمک از طریق کار - ESAT)
tm-quel-est-votre-type-d-emploi = نوع کار شما چیست؟
tm-interim = کار موقت (intérim)
tm-contrat-aide = قرارداد با کمک دولت (contrat aidé)
tm-travailleur-independant = کارگر مستقل
tm-regime = نظام:
tm-stagiaire-professionnel = کارآموز مسلکی
tm-est-ce-un-stage-remunere = آیا کارآموزی با معاش است؟
tm-au-sein-de-quel-organisme-effectuez = در کدام نهاد کارآموزی می‌کنید؟
tm-nom-de-l-organisme = نام نهاد
tm-qui-est-votre-employeur = کارفرمای شما کیست؟
tm-quel-est-le-nom-de-votre = نام وظیفهٔ شما چیست؟
tm-nom-du-poste = نام وظیفه
tm-votre-emploi-est-il-a-temps = آیا کار شما تمام‌وقت است یا نیمه‌وقت؟
tm-temps-complet = تمام‌وقت
tm-temps-partiel = نیمه‌وقت
tm-votre-emploi-est-il-adapte-a = آیا کار شما با معلولیت شما مناسب است؟
tm-quelles-sont-les-difficultes-liees-a = مشکلات مربوط به معلولیت شما چیست؟
tm-accompagnement-pour-conserver-votre = همراهی برای نگه داشتن کار شما:
tm-par-la-medecine-du-travail = توسط طب کار
tm-par-le-service-d-appui-au = توسط خدمت حمایت از ماندن کارگران معلول در کار (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = در جای کار شما آماده‌سازی‌هایی انجام شده:
tm-etes-vous-actuellement-en-arret-de = آیا حالا در رخصتی مریضی (توقف کار) هستید؟
tm-vous-etes-actuellement-en-arret-de = حالا در توقف کار هستید:
tm-arret-maladie-avec-indemnites = رخصتی مریضی با جبران روزانه
tm-arret-maladie-sans-indemnites = رخصتی مریضی بدون جبران روزانه
tm-vous-etes-en-arret-suite-a = بعد از حادثهٔ کار یا مریضی شغلی در توقف کار هستید
tm-conge-maternite-conge-d-adoption-autre = رخصتی ولادی / رخصتی فرزندخواندگی / دیگر
tm-avez-vous-rencontre-un-professionnel-du = آیا با یک متخصص خدمات اجتماعی صندوق تقاعد خود دیدار کرده‌اید؟
tm-a-quelle-date = به چه تاریخ؟
tm-avez-vous-rencontre-le-medecin-du = آیا پیش از برگشت به کار با داکتر کار دیدار کرده‌اید؟
tm-beneficiez-vous-d-une-ou-des = آیا از یک یا چند کمک زیر استفاده می‌کنید؟
tm-aides-de-l-association-de-gestion = کمک‌های انجمن مدیریت صندوق شامل کردن معلولین در کار (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = کمک‌های صندوق شامل کردن معلولین در خدمات دولتی (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = آیا به عنوان کارگر دارای معلولیت (RQTH) شناخته شده‌اید؟
tm-souhaitez-vous-saisir-vos-experiences = آیا می‌خواهید تجربه‌های کاری خود را در فورم بنویسید یا CV خود را اسکن کنید؟
tm-numeriser-le-cv-et-l-ajouter = CV را اسکن کنم و هنگام تمام کردن درخواست به آن بیفزایم
tm-saisir-mes-experiences-professionnelles = تجربه‌های کاری خود را در این فورم بنویسم
tm-precisez-vos-experiences = تجربه‌های کاری خود را، با کارآموزی‌ها و نهادهای شامل‌سازی، بنویسید.
tm-votre-niveau-de-qualification = سطح تحصیل و مهارت شما:
tm-primaire = ابتدایی
tm-secondaire = متوسطه
tm-superieur = عالی (پوهنتون)
tm-derniere-classe-frequentee = آخرین صنفی که خواندید:
tm-avez-vous-suivi-une-des-formation = آیا یک یا چند آموزش مسلکی دیده‌اید؟
tm-laquelle-lesquelles = کدام یا کدام‌ها؟
tm-precisez-votre-vos-dernier-s-diplome = آخرین سند یا اسناد تحصیلی که گرفته‌اید را بنویسید:
tm-avez-vous-un-ou-plusieurs-projet = آیا یک یا چند برنامهٔ کاری دارید؟
tm-pourquoi-avez-vous-besoin-de-soutien = چرا به حمایت نیاز دارید؟
tm-faire-un-bilan-de-capacites = ارزیابی توانایی‌های کاری
tm-preciser-un-projet-professionnel = روشن کردن یک برنامهٔ کاری
tm-adapter-l-environnement-de-travail = تطبیق محیط کار
tm-acceder-a-un-emploi = رسیدن به کار
tm-acceder-a-une-formation = رسیدن به آموزش
tm-autres-renseignements-concernant-votre = معلومات دیگری دربارهٔ زندگی کاری خود که می‌خواهید به ما بگویید
tm-vie-de-votre-aidant-familial = زندگی کمک‌کنندهٔ خانوادگی شما
tm-vous-pouvez-expliquer-l-aide-que = می‌توانید کمکی را که کمک‌کنندهٔ شما حالا به شخص دارای معلولیت می‌کند توضیح دهید، و انتظارات و نیازهای او را بنویسید.
tm-comment-s-appelle-votre-aidant = نام کمک‌کنندهٔ شما چیست؟
tm-nom-et-prenom = تخلص و نام
tm-quel-est-son-lien-avec-la = رابطهٔ او با شخص دارای معلولیت چیست؟
tm-vit-il-elle-avec-la-personne = آیا او با شخص دارای معلولیت زندگی می‌کند؟
tm-est-il-elle-actuellement-en-emploi = آیا او حالا کار می‌کند؟
tm-oui-avec-une-reduction-dactivite-liee = بله، با کم کردن کار خود برای رسیدگی به شخصی که به او کمک می‌کند
tm-quelle-est-la-nature-de-l = نوع کمکی که می‌کند چیست؟
tm-surveillance-presence-responsable = نظارت / حضور مسئولانه
tm-aide-aux-deplacements-a-linterieur-du = کمک برای حرکت در داخل خانه
tm-aide-aux-deplacements-a-lexterieur = کمک برای رفت و آمد بیرون
tm-aide-pour-entretenir-le-logement-et = کمک برای پاک‌کاری خانه و لباس‌ها
tm-aide-a-lhygiene-corporelle = کمک برای پاکی بدن
tm-aide-a-la-preparation-des-repas = کمک برای آماده کردن غذا
tm-aide-a-la-prise-de-repas = کمک برای خوردن غذا
tm-coordination-des-intervenants = هماهنگی متخصصانی که کار می‌کنند
tm-gestion-administrative-et-juridique = مدیریت اداری و حقوقی
tm-gestion-financiere = مدیریت مالی
tm-stimulation-par-des-activites-loisirs = تشویق با فعالیت‌ها (سرگرمی، بیرون رفتن و غیره)
tm-aide-a-la-communication-et-aux = کمک در ارتباط و روابط اجتماعی
tm-aide-au-suivi-medical = کمک در پیگیری طبی
tm-qui-participe-avec-lui-elle-a = چه کسی همراه او در همراهی شخص کمک‌شونده شرکت دارد؟
tm-un-des-professionnel-s = یک یا چند متخصص
tm-un-ou-plusieurs-autre-s-proche = یک یا چند نزدیک دیگر
tm-il-elle-est-l-unique-aidante = او تنها کمک‌کنندهٔ درخواست‌کننده است
tm-est-il-elle-soutenue-dans-sa = آیا او در نقش کمک‌کننده حمایت می‌شود؟
tm-en-cas-d-empechement-a-t = اگر نتواند، آیا کسی هست که جای او را بگیرد؟
tm-laquelle = کدام؟
tm-il-elle-est-ou-sera-prochainement = او حالا یا به زودی در یکی از وضعیت‌های زیر است:
tm-eloignement-geographique-demenagement = دوری جغرافیایی (تغییر خانه و غیره)
tm-indisponibilite-prolongee-sejour-a = نبودن طولانی (اقامت در خارج، بستری شدن در شفاخانه و غیره)
tm-changement-majeur-dans-la-situation = تغییر بزرگ در وضعیت شخصی (جدایی، فوت همسر، رفتن به خانهٔ سالمندان و غیره)
tm-probleme-de-sante = مشکل صحی
tm-changement-majeur-dans-la-situation-2 = تغییر بزرگ در وضعیت کاری
tm-difficulte-a-assurer-l-accompagnement = مشکل در ادامهٔ همراهی فعلی (خستگی، بالا رفتن سن و غیره)
tm-ses-attentes-en-tant-qu-aidant = انتظارات او به عنوان کمک‌کنندهٔ خانوادگی:
tm-pouvoir-se-reposer-au-quotidien = هر روز بتواند استراحت کند
tm-pouvoir-se-faire-remplacer-en-cas = هنگام نیاز کسی جای او را بگیرد
tm-pouvoir-se-faire-remplacer-en-cas-2 = در پیشامد غیرمنتظره کسی جای او را بگیرد
tm-se-faire-remplacer-pour-partir-en = کسی جای او را بگیرد تا به آخر هفته یا رخصتی برود
tm-reprendre-renforcer-maintenir-son = کار خود را دوباره شروع کند / تقویت کند / ادامه دهد
tm-reprendre-renforcer-maintenir-ses-liens = روابط اجتماعی خود را دوباره شروع کند / تقویت کند / ادامه دهد
tm-obtenir-une-contre-partie-financiere = جبران مالی بگیرد
tm-echanger-avec-dautres-aidants = با کمک‌کنندگان دیگر گفت‌وگو کند
tm-echanger-avec-les-professionnels-qui = با متخصصانی که نزدیک کمک‌شونده را پیگیری می‌کنند گفت‌وگو کند
tm-avoir-un-soutien-psychologique = حمایت روانی بگیرد
tm-etre-conseille-pour-mieux-faire-face = مشوره بگیرد تا با معلولیت نزدیک خود بهتر کنار بیاید
tm-etre-affilie-gratuitement-a-lassurance = به صورت رایگان در بیمهٔ تقاعد ثبت شود
tm-a-t-il-elle-deja-identifie = آیا او قبلاً یک یا چند نهاد پیدا کرده که بتوانند به انتظارات او جواب بدهند؟
tm-vous-souhaitez-mieux-connaitre-les = می‌خواهید برنامه‌ها و کمک‌های موجود را بهتر بشناسید:
tm-pour-l-aidant = برای کمک‌کننده
tm-pour-la-personne-aidee = برای شخص کمک‌شونده
tm-autres-renseignements-que-vous = معلومات دیگری که دربارهٔ زندگی کمک‌کنندهٔ خود می‌خواهید به ما بگویید
tm-documents-lies-a-votre-demande = اسناد مربوط به درخواست شما
tm-pour-nous-transmettre-les-documents = برای فرستادن اسناد ثبوتی الزامی و اضافی به ما
tm-certificat-medical = تصدیق‌نامهٔ داکتر
tm-votre-certificat-medical-n-est-pas = تصدیق‌نامهٔ داکتر شما معتبر نیست، لطفاً یکی از نمونه‌های داده‌شده را استفاده کنید.
tm-un-certificat-medical-de-moins-de = تصدیق‌نامهٔ داکتر کمتر از 6 ماهه که برای درخواست‌های MDPH ساخته شده.
tm-justificatif-de-domicile = ثبوت محل زندگی
tm-une-photocopie-dun-justificatif-de = یک کاپی ثبوت محل زندگی کمتر از 3 ماهه (برای اطفال، ثبوت محل زندگی نمایندهٔ قانونی را بگذارید؛ برای کسانی که نزد دیگری زندگی می‌کنند: ثبوت محل زندگی و اقرارنامهٔ شرافتی میزبان).
tm-piece-d-identite = سند هویت
tm-une-photocopie-recto-verso-dun = کاپی هر دو روی سند هویت شخص دارای معلولیت و در صورت لزوم نمایندهٔ قانونی او (سند هویت معتبر، کارت اقامت معتبر یا هر سند دیگری که اجازهٔ اقامت در فرانسه می‌دهد).
tm-acte-de-deces-acte-de-mariage = سند وفات / سند ازدواج
tm-carte-grise-vehicule-permis-de-conduire = جواز سیر موتر (carte grise)، جواز رانندگی
tm-carte-de-sejour = کارت اقامت
tm-avis-d-impot-sur-le-revenu = اطلاعیهٔ مالیات بر درآمد (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = معلومات حساب بانکی (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = تصدیق پرداخت جبران روزانه (CAF، MSA، تأمین اجتماعی، Pôle Emploi....)
tm-bulletin-de-salaire = ورقهٔ معاش
tm-devis-facture-aide-technique = برآورد قیمت / بل وسیلهٔ کمکی
tm-audiogramme = آزمایش شنوایی (audiogramme)
tm-livret-de-famille = دفترچهٔ خانوادگی (livret de famille)
tm-facture-cantine-restaurant-scolaire = بل غذاخوری مکتب
tm-facture-frais-d-obseques = بل مصارف جنازه
tm-justificatif-reduction-du-temps-de = ثبوت کم شدن وقت کار
tm-billets-de-train-fiche-taxi-frais = تکت ریل / ورقهٔ تکسی (مصارف ترانسپورت بعد از جابه‌جایی در مؤسسه)
tm-jugement-de-tutelle-jugement = فیصلهٔ قیمومیت، فیصلهٔ اصلاحی، curatelle
tm-justificatif-d-emancipation = ثبوت رشد قانونی (émancipation)
tm-jugement-de-delegation-d-autorite = فیصلهٔ سپردن سرپرستی والدین
tm-jugement-de-divorce = فیصلهٔ طلاق
tm-bilan-ophtalmologique-mdph = معاینهٔ چشم (MDPH)
tm-complement-medical-d-aide-a-l = ضمیمهٔ طبی برای کمک به ارزیابی روانی
tm-bilan-psychologique-etc = ارزیابی روانی و غیره
tm-compte-rendu-d-examen-psychiatrique = گزارش معاینهٔ روانی، پرسش‌نامهٔ روانی و غیره
tm-bilan-orthophonique-psychomoteur = ارزیابی گفتاردرمانی، روان-حرکتی، فزیوتراپی، استیوپاتی و غیره
tm-bilan-camsp-cmp-cmpp = ارزیابی CAMSP، CMP، CMPP
tm-compte-rendu-d-evaluation-medicale = گزارش ارزیابی طبی
tm-attestation-medicale = تصدیق طبی
tm-fiche-de-liaison-medecine-du-travail = ورقهٔ ارتباط طب کار
tm-prescription-medicale-pour-amenagement-d = نسخهٔ طبی برای آماده‌سازی امتحانات
tm-bulletin-d-hospitalisation = ورقهٔ بستری شدن در شفاخانه
tm-fiche-de-prescription-hors = ورقهٔ نسخهٔ غیر دوایی
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = برای اطفالی که درس می‌خوانند، انتظارات در سندی به نام GEVASco نوشته می‌شود. GEVASco یک رهنمای جمع‌آوری معلومات است که آن را با مدیر مؤسسه (درخواست اول) یا استاد مسئول (بررسی دوباره) پر می‌کنید. می‌توانید معلومات تماس استاد مسئول خود را از مدیر مکتب بپرسید.
tm-bilan-de-l-equipe-de-suivi = ارزیابی تیم پیگیری تحصیل (ESS)
tm-fiche-de-liaison-financement-du-materiel = ورقهٔ ارتباط برای تمویل وسایل آموزشی آماده‌شده
tm-fiche-d-evaluation-de-l-autonomie = ورقهٔ ارزیابی خودکفایی شاگرد (از نظارت آموزشی)
tm-protocoles-d-accompagnement-d-un-eleve = پروتوکول‌های همراهی شاگرد دارای معلولیت توسط یک کمک‌کننده (AVSI)
tm-plan-individualise-d-accompagnement-pia = پلان همراهی انفرادی (PIA)
tm-devoirs-particuliers-dyslexie = کارهای خانگی خاص (دیسلکسیا، گفتاردرمانی و غیره)
tm-certificat-de-scolarite-releve-de-notes = تصدیق تحصیل، ورقهٔ نمرات و غیره
tm-curriculum-vitae-cv = خلص سوانح (CV)
tm-courriers-orientation-professionnel = نامه‌های رهنمایی مسلکی (UEROS، POPS، CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = ارزیابی‌ها (AFPA، ESAT و غیره)، ارزیابی‌های حمایت برنامه، POPS، Préo، UEROS و غیره
tm-rapport-de-stage = گزارش کارآموزی
tm-syntheses-etablissements-et-services-ems = خلاصه‌های مؤسسه‌ها و خدمات (EMS، SMS، SAVS، SAMSAH و غیره)
tm-autre-document = سند دیگر

## mdph: account

tm-plus-qu-une-etape = فقط یک مرحلهٔ دیگر مانده
tm-cliquez-sur-le-lien-qui-vous = برای فعال کردن حساب خود روی لینکی که برای شما فرستاده شده کلیک کنید (پوشهٔ spam را هم ببینید).
tm-votre-compte-a-bien-ete-valide = حساب شما تأیید شد.
tm-ce-lien-est-incorrect-ou-a = این لینک نادرست است یا قبلاً استفاده شده است.
tm-email-envoye = ایمیل فرستاده شد
tm-cliquez-sur-le-lien-qui-vous-2 = برای تغییر رمز خود روی لینکی که با ایمیل برای شما فرستاده شده کلیک کنید.
tm-si-vous-avez-oublie-votre-mot = اگر رمز خود را فراموش کرده‌اید، آدرس ایمیل خود را بنویسید، یک رمز جدید به آن فرستاده می‌شود.
tm-veuillez-entrer-votre-email = لطفاً ایمیل خود را بنویسید.
tm-l-adresse-email-n-est-pas = آدرس ایمیل درست نیست.
tm-connectez-vous-pour-reprendre-votre = برای ادامهٔ کار خود وارد شوید
tm-adresse-email = آدرس ایمیل
tm-veuillez-entrer-une-adresse-email = لطفاً یک آدرس ایمیل بنویسید.
tm-cette-adresse-email-n-est-pas = این آدرس ایمیل درست نیست.
tm-veuillez-entrer-un-mot-de-passe = لطفاً یک رمز بنویسید.
tm-vous-n-avez-pas-de-compte = حساب ندارید؟ ثبت نام کنید
tm-une-erreur-est-survenue-lors-de-5 = هنگام فرستادن خطایی پیش آمد. شاید حساب درخواست‌شده قبلاً فعال شده یا وجود ندارد.
tm-un-mail-de-confirmation-a-bien = ایمیل تأیید دوباره به آدرس ایمیل شما فرستاده شد
tm-nouveau-mot-de-passe = رمز جدید
tm-vous-avez-indique-avoir-oublie-votre = گفته‌اید که رمز خود را فراموش کرده‌اید. لطفاً با نوشتن یک رمز جدید آن را دوباره تنظیم کنید.
tm-inscrivez-vous-pour-commencer-votre = برای شروع کار خود ثبت نام کنید
tm-veuillez-entrer-votre-adresse-e-mail = لطفاً آدرس ایمیل خود را بنویسید.
tm-cet-email-n-est-pas-valide = این ایمیل درست نیست.
tm-adresse-email-de-secours = آدرس ایمیل پشتیبان
tm-veuillez-entrer-votre-adresse-e-mail-2 = لطفاً آدرس ایمیل پشتیبان خود را بنویسید.
tm-erreur-dans-le-formulaire-merci-de = خطا در فورم، لطفاً صفحه را تازه کنید.
tm-contact = تماس
tm-veuillez-entrer-votre-numero-de-contact = لطفاً نمبر تلفونی را که با آن با شما تماس بگیریم بنویسید.
tm-vous-avez-deja-un-compte-connectez = قبلاً حساب دارید؟ وارد شوید

## mdph: apropos

tm-en-quelques-mots = به طور خلاصه
tm-plus-dun-tiers-des-personnes-handicapees = بیشتر از یک سوم اشخاص دارای معلولیت، کارهای اداری مربوط به حمایت از معلولیت خود را پیچیده می‌دانند. مدت رسیدگی به درخواست‌ها اغلب از چهار ماهی که قانون تعیین کرده بیشتر می‌شود.
tm-un-traitement-informatise-de-bout-en = رسیدگی کمپیوتری از اول تا آخر
tm-une-communication-en-continu = ارتباط همیشگی
tm-pour-les-utilisateurs = برای کاربران
tm-un-espace-personnel = یک صفحهٔ شخصی
tm-un-questionnaire-dynamique = پرسش‌نامه‌ای که با جواب‌های شما تغییر می‌کند
tm-un-accompagnement-des-la-saisie-de = همراهی از وقت نوشتن درخواست
tm-un-suivit-en-temps-reel = پیگیری همان لحظه
tm-une-presence-sur-le-web = حضور در انترنت
tm-une-appropriation-de-votre-espace = صفحه‌ای که از خودتان است

## mdph: demande

tm-veuillez-confirmer-la-demande-de = لطفاً درخواست { $name } را تأیید کنید
tm-une-fois-la-demande-validee-vous = بعد از تأیید درخواست، به جز اسناد نمی‌توانید معلومات دیگری را تغییر دهید، آن هم فقط اگر MDPH بخواهد. خلاصهٔ درخواست خود را در پایین می‌بینید:
tm-recapitulatif-de-votre-demande = خلاصهٔ درخواست شما
tm-documents = اسناد:
tm-en-validant-je-certifie-que-les = با تأیید، گواهی می‌دهم که معلومات بالا درست است.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } درخواست‌های این خدمت آنلاین را قبول نمی‌کند، پس نمی‌توان از طریق این خدمت برای آن درخواست فرستاد.
tm-demande-n = درخواست شمارهٔ { $shortId }
tm-votre-mdph-vous-demande-de-corriger = MDPH از شما می‌خواهد اسناد همراه درخواست خود را درست کنید
tm-pour-tout-autre-modification-veuillez = برای هر تغییر دیگر، لطفاً مستقیم با MDPH خود تماس بگیرید (معلومات تماس را پایین صفحه پیدا می‌کنید)
tm-telecharger = دانلود
tm-votre-demande-est-en-cours-de = MDPH شما در حال بررسی و تأیید درخواست شماست
tm-informations-obligatoires = معلومات الزامی
tm-informations-complementaires = معلومات اضافی
tm-decrivez-votre-situation-vos-besoins-vos = وضعیت، نیازها، برنامه‌ها و انتظارات خود را شرح دهید.
tm-demande = درخواست / { $label }
tm-demande-documents = درخواست / اسناد
tm-en-cours = { $name } - در حال انجام... { $progress }%
tm-ajouter-un-document = افزودن یک سند
tm-autres-types-de-documents = انواع دیگر اسناد
tm-retourner-a-la-demande = بازگشت به درخواست
tm-choix-du-type-de-document = انتخاب نوع سند
tm-recherche = جستجو
tm-suggestions-de-documents-a-fournir = پیشنهاد اسنادی که باید بدهید
tm-demande-identite-de-l-autorite-parentale = درخواست / هویت صاحب سرپرستی والدین
tm-demande-identite-de-la-personne-vous = درخواست / هویت کسی که در این کار به شما کمک می‌کند
tm-la-personne-vous-aidant-dans-votre = کسی که در کار شما به شما کمک می‌کند
tm-un-proche = یک نزدیک
tm-une-association = یک انجمن
tm-nom-ou-intitule = نام (یا عنوان)
tm-la-longueur-minimale-du-nom-est = نام باید حداقل 1 حرف داشته باشد.
tm-recherche-adresse = جستجوی آدرس
tm-localite = شهر یا قریه
tm-telephone-1 = تلفون 1
tm-telephone-2 = تلفون 2
tm-demande-identite-du-beneficiaire = درخواست / هویت دریافت‌کننده
tm-nom-d-epouxse-ou-nom-d = تخلص همسر یا نامی که استفاده می‌کنید
tm-homme = مرد
tm-femme = زن
tm-espace-economique-europeen-ou-suisse = منطقهٔ اقتصادی اروپا یا سویس
tm-date-de-naissance-au-format-jour = تاریخ تولد به شکل روز/ماه/سال
tm-veuillez-utiliser-le-format-jj-mm = لطفاً شکل روز/ماه/سال (JJ/MM/AAAA) را استفاده کنید. مثلاً: 14/09/1989.
tm-commune-de-naissance = شاروالی محل تولد
tm-pays-en-cas-de-naissance-a = کشور (اگر بیرون از فرانسه به دنیا آمده‌اید)
tm-l-adresse-email-saisie-est-incorrecte = آدرس ایمیلی که نوشتید نادرست است.
tm-si-vous-avez-elu-domicile-aupres = اگر آدرس رسمی شما نزد یک نهاد است (انجمن، مرکز اسکان یا مرکز کمک اجتماعی)، بنویسید کدام
tm-organisme-payeur-de-prestations = نهادی که کمک‌های خانوادگی / RSA را می‌پردازد
tm-organisme-d-assurance-maladie = نهاد بیمهٔ صحی
tm-votre-numero-de-securite-sociale = نمبر تأمین اجتماعی شما
tm-ce-numero-de-securite-sociale-est = این نمبر تأمین اجتماعی نادرست است.
tm-ce-champ-est-incomplet = این خانه کامل نیست.
tm-si-cest-votre-enfant-qui-est = اگر درخواست مربوط به طفل شماست، نمبر تأمین اجتماعی او را بنویسید
tm-etes-vous-aide-e-dans-vos = آیا کسی در کارهای شما با MDPH به شما کمک می‌کند؟
tm-beneficiez-vous-dune-mesure-de = آیا تحت یک تدبیر حمایت قانونی (قیمومیت یا curatelle) هستید؟
tm-demande-identite-du-representant-legal = درخواست / هویت نمایندهٔ قانونی
tm-demande-prestations = درخواست / کمک‌ها و خدمات
tm-demandes-relatives-a-la-vie-quotidienne = درخواست‌های مربوط به زندگی روزمره
tm-carte-mobilite-inclusion = کارت تحرک و شمولیت (CMI)
tm-allocation-compensatrice-ac = کمک‌هزینهٔ جبرانی (AC)
tm-demandes-relatives-a-la-vie-scolaire = درخواست‌های مربوط به زندگی مکتب
tm-demandes-relatives-au-travail-a-lemploi = درخواست‌های مربوط به کار، استخدام و آموزش مسلکی
tm-orientation-professionnelle = رهنمایی مسلکی
tm-le-dispositif-emploi-accompagne-propose = «برنامهٔ کار با همراهی، به کارگر دارای معلولیت و کارفرمای او همراهی طبی-اجتماعی و کمک برای شامل شدن در کار می‌دهد. کارگران دارای معلولیت زیر می‌توانند از این برنامه استفاده کنند:
tm-ayant-un-projet-dinsertion-en-milieu = کسانی که برنامهٔ کار کردن در محیط کار عادی را دارند،
tm-accueillis-dans-un-etablissement-ou = کسانی که در یک مؤسسه یا خدمت کمک از طریق کار (ESAT) هستند و برنامهٔ کار در محیط کار عادی را دارند،
tm-deja-en-emploi-en-milieu-ordinaire = کسانی که همین حالا در محیط کار عادی کار می‌کنند و برای ثابت نگه داشتن کار خود مشکلات خاصی دارند.»
tm-demande-confirmer-votre-compte-mail = درخواست / تأیید ایمیل شما
tm-vous-n-avez-pas-encore-confirme = هنوز حساب خود را تأیید نکرده‌اید. می‌توانید با باز کردن لینک فعال‌سازی که با ایمیل برای شما فرستاده شده این کار را بکنید.
tm-en-cas-de-difficultes-vous-pouvez = اگر مشکلی داشتید، می‌توانید به آدرس contact.mdphenligne@cnsa.fr با ما تماس بگیرید
tm-cliquez-ici-pour-renvoyer-un-mail = برای فرستادن دوبارهٔ ایمیل تأیید اینجا کلیک کنید
tm-retourner-au-profil = بازگشت به پروفایل

## mdph: layout

tm-connexion = ورود

## mdph: main

tm-trouvez-le-service-en-ligne-de = خدمت آنلاین MDPH خود را پیدا کنید
tm-votre-demande-en-ligne-a-la = درخواست آنلاین شما به MDPH
tm-la-mdph-c-est-la-maison = MDPH یعنی «خانهٔ ولایتی اشخاص دارای معلولیت» (Maison Départementale pour les Personnes Handicapées). می‌تواند به نیازهای مربوط به معلولیت شما جواب بدهد.
tm-ce-service-vous-permet-de-saisir = این خدمت به شما اجازه می‌دهد درخواست خود را بنویسید و به MDPH بفرستید تا دوسیهٔ شما را بررسی کند.
tm-il-vous-permet-de-solliciter-la = به شما اجازه می‌دهد به عنوان دریافت‌کننده یا نمایندهٔ قانونی یک دریافت‌کننده به MDPH درخواست بدهید.
tm-en-fonction-de-votre-situation-vous = بسته به وضعیت شما، شاید بتوانید از حقوق زیر استفاده کنید

## mdph: mdph

tm-votre-mdph = MDPH شما: { $name }
tm-gerez-vos-demandes-en-ligne = درخواست‌های خود را آنلاین پیگیری کنید
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = MDPH شما از این خدمت درخواست آنلاین استفاده نمی‌کند
tm-continuer-sur-service-public-fr = ادامه در service-public.fr
tm-continuer-sur = ادامه در { $label }

## mdph: medecin

tm-votre-e-mail = ایمیل شما
tm-ex-email-domaine-fr = مثال: email@domaine.fr
tm-l-adresse-email-est-obligatoire = آدرس ایمیل الزامی است.
tm-modeles-de-certificats = نمونه‌های تصدیق‌نامهٔ داکتر

## mdph: mon_compte

tm-en-attente-de-validation = در انتظار تأیید
tm-si-vous-n-avez-pas-recu = اگر این ایمیل به شما نرسیده، برای فرستادن دوبارهٔ آن اینجا کلیک کنید.
tm-modifier-mon-mot-de-passe = تغییر رمز من
tm-veuillez-entrer-votre-mot-de-passe = لطفاً رمز قبلی خود را بنویسید.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = برای تأیید آدرس ایمیل شما یک ایمیل فرستادیم.
tm-type = نوع
tm-document-ajoute = سند افزوده‌شده
tm-choisir-le-fichier = انتخاب فایل
tm-veuillez-selectionner-un-fichier = لطفاً یک فایل انتخاب کنید
tm-ajouter-ce-fichier = افزودن این فایل

## mdph: profil

tm-profil-identite-du-representant-legal = پروفایل / هویت نمایندهٔ قانونی
tm-profil-prestations = پروفایل / کمک‌ها و خدمات
tm-supprimer-ce-profil = حذف این پروفایل

## mdph: suivi

tm-cookies-deposes-et-opt-out = کوکی‌های ذخیره‌شده و رد کردن آن‌ها
tm-ce-site-depose-un-petit-fichier = این سایت وقتی آن را می‌بینید، یک فایل متنی کوچک («cookie») در کمپیوتر شما می‌گذارد. با این کار تعداد بازدیدها را اندازه می‌گیریم و می‌فهمیم کدام صفحه‌ها بیشتر دیده می‌شوند.
tm-ce-site-naffiche-pas-de-banniere = چرا این سایت پیامی برای گرفتن رضایت شما دربارهٔ کوکی‌ها نشان نمی‌دهد؟
tm-je-contribue-a-enrichir-vos-donnees = من به غنی‌تر شدن معلومات شما کمک می‌کنم، آیا می‌توانم آن را ببینم؟
tm-bien-sur-les-statistiques-dusage-de = البته! آمار استفاده از بیشتر محصولات ما، از جمله https://mdphenligne.cnsa.fr/، برای همه در stats.data.gouv.fr موجود است.

## mdph: autorite-form

tm-parent = والد { $n }
tm-exerce-l-autorite-parentale = سرپرستی والدین را دارد
tm-meme-adresse-que-le-beneficiaire = همان آدرس دریافت‌کننده

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = با نشانی کردن این خانه، گواهی می‌دهید که رضایت { $name } را برای دادن درخواست به نام او دارید
tm-precisez-le-domicile = محل زندگی را مشخص کنید
tm-de-vos-parents-ou-l-un = نزد والدین شما (یا یکی از آن‌ها)
tm-de-vos-enfants-ou-l-un = نزد فرزندان شما (یا یکی از آن‌ها)
tm-d-un-e-ami-e = نزد یک دوست
tm-d-un-autre-membre-de-votre = نزد عضو دیگری از خانوادهٔ شما
tm-d-une-famille-d-accueil = نزد یک خانوادهٔ میزبان
tm-et-vous-etes = و شما
tm-de-categorie = از دستهٔ
tm-son-prenom = نام او
tm-montant = مبلغ
tm-montant-invalide = مبلغ نادرست است
tm-veuillez-saisir-un-nombre-entre-0 = لطفاً عددی بین 0 و 100 بنویسید.

## mdph: display-file

tm-pas-de-documents = سندی نیست
tm-raison-du-refus = دلیل رد:
tm-supprimez = حذف کنید
tm-suppression-d-un-document = حذف یک سند

## mdph: footer

tm-contactez-votre-mdph = با MDPH خود تماس بگیرید

## mdph: help

tm-precisez-vos-besoins-de-compensation = کمک‌هایی را که به دلیل معلولیت خود نیاز دارید مشخص کنید
tm-plusieurs-reponses-sont-possibles = چند جواب ممکن است
tm-adaptez-vos-reponses-a-votre-age = جواب‌های خود را با سن خود مطابقت دهید.
tm-le-besoin-daide-correspond-a-une = نیاز به کمک یعنی کمک مستقیم یک شخص، یا نیاز به کسی که شما را تشویق کند، راهنمایی کند یا با حرف یادآوری کند، یا کمک مادی یا مالی.
tm-ce-document-correspond-a-lexpression-de = این سند نیازهای شما را همان‌طور که حس می‌کنید بیان می‌کند. بعد از آن، تیم MDPH یک ارزیابی دقیق انجام می‌دهد و اگر لازم باشد با شما دیدار می‌کند.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = کمک‌هزینهٔ بزرگسالان دارای معلولیت (AAH) و مکمل آن
tm-carte-d-invalidite-de-priorite-de = کارت معلولیت / اولویت / پارکینگ
tm-orientation-vers-un-etablissement-ou = رهنمایی به یک مؤسسه یا خدمت طبی-اجتماعی (ESMS)
tm-renouvellement-d-allocation = تمدید کمک‌هزینهٔ جبرانی (ACTP یا ACFP)
tm-projet-personnalise-de-scolarisation = برنامهٔ شخصی تحصیل – مسیر و کمک‌های تحصیلی
tm-orientation-professionnelle-et-ou = رهنمایی مسلکی و/یا آموزش مسلکی
tm-reconnaissance-de-la-qualite-de = شناخته شدن به عنوان کارگر دارای معلولیت (RQTH)
tm-affiliation-gratuite-a-l-assurance = عضویت رایگان در بیمهٔ تقاعد برای والدینی که در خانه می‌مانند (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = ولایت (département) دیگر، نمبر آن را بنویسید (مثلاً 01 یا 75)

## mdph: menu-dashboard

tm-mes-demandes = درخواست‌های من
tm-documents-associes = اسناد مربوط

## mdph: nav-steps

tm-question-precedente = سؤال قبلی

## mdph: password-field

tm-votre-mot-de-passe-est-d = رمز شما خیلی ضعیف است.
tm-veuillez-saisir-8-caracteres = لطفاً 8 حرف بنویسید.
tm-presenter-trois-des-quatre-categories-de = سه نوع از این چهار نوع حرف را داشته باشد: حرف بزرگ، حرف کوچک، عدد و/یا نشانه‌های خاص.
tm-ce-jeton-de-modification-a-deja = این کود تغییر قبلاً برای تنظیم دوبارهٔ رمز شما استفاده شده است. لطفاً دوباره درخواست تنظیم رمز بدهید.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = هشت حرف داشته باشد،
tm-etre-d-une-robustesse-moyenne = قوت متوسط داشته باشد.
tm-afin-de-garantir-au-mieux-l = برای این‌که معلومات تا حد ممکن امن بماند، رمز باید حداقل:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = اگر می‌خواهید درخواست خود را توضیح دهید

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = لطفاً یکی از گزینه‌ها را انتخاب کنید یا جواب خود را توضیح دهید
tm-intitule-du-poste = عنوان وظیفه
tm-employeur = کارفرما
tm-entreprise = شرکت
tm-type-de-contrat = نوع قرارداد
tm-date-de-debut-au-format-jour = تاریخ شروع به شکل روز/ماه/سال
tm-motif-de-fin-d-activite = دلیل پایان کار
tm-motif = دلیل
tm-valider-l-experience = تأیید تجربه
tm-ajouter-une-experience = افزودن یک تجربه
tm-annee-d-obtention = سال گرفتن
tm-domaine = رشته
tm-intitule-du-diplome = نام سند تحصیلی
tm-domaine-d-etude = رشتهٔ تحصیلی
tm-retirer-le-dernier-diplome = برداشتن آخرین سند تحصیلی
tm-ajouter-un-diplome = افزودن یک سند تحصیلی
tm-matin = صبح
tm-midi = چاشت
tm-soiree-nuit = شام/شب
tm-nom-de-l-etablissement = نام مؤسسه
tm-rue = سرک
tm-ex-college-jules-ferry = مثال: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = مثال: 1, rue de l'église
tm-ex-paris = مثال: Paris
tm-supprimer-le-dernier-etablissement = حذف آخرین مؤسسه
tm-ajouter-un-etablissement = افزودن یک مؤسسه
tm-frais-engages = مصارفی که کرده‌اید
tm-montant-total-frequence = مبلغ کل / چند بار
tm-montant-rembourse = مبلغ پس‌گرفته‌شده
tm-libelle-des-frais = نوع مصرف
tm-par-jour = در روز
tm-par-semaine = در هفته
tm-par-mois = در ماه
tm-par-an = در سال
tm-supprimer-le-dernier-frais = حذف آخرین مصرف
tm-ajouter-des-frais-ponctuels = افزودن مصارف یک‌باره
tm-ajouter-des-frais-recurrents = افزودن مصارف تکراری
tm-derniere-reponse-enregistree-le = آخرین جواب ثبت‌شده در { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = نام نهاد
tm-etes-vous-deja-en-contact = آیا از قبل با آن تماس دارید؟
tm-supprimer-la-derniere-structure = حذف آخرین نهاد
tm-ajouter-une-structure = افزودن یک نهاد

## mdph: representant-form

tm-type-de-mesure-de-protection = نوع تدبیر حمایتی
tm-tutelle = قیمومیت (tutelle)
tm-curatelle = سرپرستی قانونی (curatelle)
tm-curatelle-renforcee = سرپرستی قانونی تقویت‌شده (curatelle renforcée)
tm-habilitation-familiale = اجازهٔ خانوادگی (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = صفحهٔ اصلی

## aidants: 400.html

tm-il-y-a-eu-un-souci = هنگام تبادل معلومات یک مشکل تخنیکی پیش آمد.
tm-la-syntaxe-de-la-requete-est = شکل درخواست نادرست است. می‌توانید دوباره کوشش کنید یا اگر مشکل ادامه داشت با ما تماس بگیرید.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = شما اجازهٔ باز کردن این صفحه را ندارید.
tm-si-vous-pensez-qu-il-s = اگر فکر می‌کنید این یک اشتباه است، می‌توانید صفحهٔ اصلی ما را ببینید یا برای کمک با ما تماس بگیرید.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = صفحه‌ای که دنبال آن هستید پیدا نشد. از زحمتی که پیش آمد معذرت می‌خواهیم.
tm-si-vous-avez-tape-l-adresse = اگر آدرس صفحه را خودتان در براوزر نوشته‌اید، بررسی کنید که درست باشد. شاید صفحه دیگر موجود نباشد. در این صورت، برای ادامه می‌توانید صفحهٔ اصلی ما را ببینید. در غیر آن با ما تماس بگیرید تا شما را به معلومات درست رهنمایی کنیم.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = وقتی که برای ورود با FranceConnect داده شده بود تمام شد.
tm-vous-pouvez-reessayer-la-connexion = می‌توانید از صفحهٔ اصلی دوباره برای ورود کوشش کنید. اگر مشکل ادامه داشت، با ما تماس بگیرید.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = متأسفیم، این خدمت مشکل دارد، ما کار می‌کنیم تا هر چه زودتر آن را حل کنیم.
tm-essayez-de-rafraichir-la-page-ou = صفحه را تازه کنید یا بعداً دوباره کوشش کنید.
tm-si-vous-avez-besoin-d-une = اگر فوراً به کمک نیاز دارید، لطفاً مستقیم با ما تماس بگیرید.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = چاپ وکالت‌نامه (mandat)
tm-mandat-final = وکالت‌نامهٔ نهایی
tm-attention-ceci-est-un-projet-de = توجه! این فقط پیش‌نویس وکالت‌نامه است. هیچ ارزش قانونی ندارد.
tm-le-mandat-a-ete-cree-avec = وکالت‌نامه با موفقیت ساخته شد. لطفاً آن را چاپ کنید تا موکل (کسی که وکالت می‌دهد) آن را امضا کند.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 برای چاپ، در منوی براوزر «Fichier» و بعد «Imprimer» را انتخاب کنید.
tm-projet-de-mandat-traduit = پیش‌نویس ترجمه‌شدهٔ وکالت‌نامه
tm-vous-trouverez-ci-dessous-un-mandat = در پایین یک نمونهٔ وکالت‌نامه با چند ترجمه می‌بینید. ترجمه‌های وکالت‌نامه فقط برای این است که به کاربر توضیح دهد وکالت‌نامه چیست و چه نتیجه‌هایی دارد. این ترجمه‌ها هیچ ارزش قانونی ندارند. فقط وکالت‌نامهٔ نهایی به زبان فرانسوی ارزش قانونی دارد.
tm-vous-pouvez-imprimer-ce-mandat-type = می‌توانید این نمونهٔ وکالت‌نامه را با کلیک روی دکمهٔ پایین چاپ کنید. توجه، یادآوری می‌کنیم که این وکالت‌نامه هیچ ارزش قانونی ندارد. فقط برای آگاهی کاربر ترجمه شده است.
tm-version-francaise = نسخهٔ فرانسوی
tm-traduire-le-mandat-en = ترجمهٔ وکالت‌نامه به:
tm-mandat-pour-realiser-des-demarches-en = وکالت‌نامه برای انجام کارهای آنلاین با خدمت «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = توجه، یادآوری می‌کنیم که این وکالت‌نامه هیچ ارزش قانونی ندارد. فقط برای آگاهی کاربر ترجمه شده است.
tm-version-francaise-et-traductions = نسخهٔ فرانسوی و ترجمه‌ها
tm-revocation-d-une-autorisation-via-le = لغو یک اجازه از طریق خدمت «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = من امضاکنندهٔ زیر، { $get_full_name }، می‌خواهم اجازهٔ «{ $authorization }» را که در { $creation_date } با { $organisation } ساخته شده لغو کنم.
tm-fait-a-le = نوشته‌شده در { $display_address }، به تاریخ { $date }
tm-le-mandant = موکل
tm-lautorisation-a-ete-revoquee-avec-succes = اجازه با موفقیت لغو شد. لطفاً آن را چاپ کنید تا موکل امضا کند.
tm-l-autorisation-a-ete-revoquee-avec = اجازه با موفقیت لغو شد!
tm-rappel-de-l-autorisation-revoquee = یادآوری اجازهٔ لغوشده
tm-thematique-administrative = موضوع اداری
tm-date-de-l-autorisation = تاریخ اجازه
tm-expiration-de-l-autorisation = پایان اعتبار اجازه
tm-imprimer-l-attestation-de-revocation = چاپ تصدیق‌نامهٔ لغو
tm-confirmer-la-revocation-de-l = تأیید لغو اجازه
tm-merci-de-verifier-les-informations-ci = لطفاً پیش از تأیید لغو اجازه، معلومات پایین را بررسی کنید
tm-rappel-de-l-autorisation-en-cours = یادآوری اجازه‌ای که در حال لغو است
tm-thematique-administrative-associee = موضوع اداری مربوط
tm-souhaitez-vous-confirmer-la-revocation = آیا می‌خواهید لغو این اجازه را تأیید کنید؟
tm-revoquer-l-autorisation = لغو اجازه
tm-confirmation-de-revocation = تأیید لغو
tm-merci-de-verifier-les-informations-ci-2 = لطفاً پیش از تأیید لغو وکالت‌نامه، معلومات پایین را بررسی کنید
tm-rappel-du-mandat-en-cours-de = یادآوری وکالت‌نامه‌ای که در حال لغو است
tm-date-du-mandat = تاریخ وکالت‌نامه
tm-expiration-du-mandat = پایان اعتبار وکالت‌نامه
tm-souhaitez-vous-confirmer-la-revocation-2 = آیا می‌خواهید لغو این وکالت‌نامه را تأیید کنید؟
tm-revoquer-le-mandat = لغو وکالت‌نامه
tm-revocation-d-un-mandat-via-le = لغو یک وکالت‌نامه از طریق خدمت Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = من امضاکنندهٔ زیر، { $usager_name }، می‌خواهم وکالت‌نامهٔ «Aidants Connect» را که در { $creation_date } با { $organisation } ساخته شده لغو کنم.
tm-le-mandat-a-ete-revoque-avec = وکالت‌نامه با موفقیت لغو شد. لطفاً آن را چاپ کنید تا موکل امضا کند.
tm-le-mandat-a-ete-revoque-avec-2 = وکالت‌نامه با موفقیت لغو شد!
tm-rappel-du-mandat-revoque = یادآوری وکالت‌نامهٔ لغوشده
tm-mandat-pour-realiser-des-demarches = وکالت‌نامه برای انجام کارهای اداری آنلاین به نفع یک کاربر از طریق خدمت «Aidants Connect» در دوران حالت اضطرار صحی که مادهٔ 4 قانون 23 مارچ 2020 اعلام کرد.
tm-je-soussigne-e-autorise-dont-seuls = من امضاکنندهٔ زیر، { $get_full_name }، به { $organisation } که فقط کارمندان مجاز آن می‌توانند به جای من عمل کنند، اجازه می‌دهم که به نام من، مطابق مادهٔ 1984 و مواد بعدی قانون مدنی، کارهای اداری آنلاین زیر را انجام دهد، چه از طریق FranceConnect قابل دسترس باشند چه نباشند:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } به { $name } اجازه می‌دهد که معلومات شخصی او را فقط برای اجرای این وکالت‌نامه استفاده کند.
tm-l-aidant-habilite-de-a-rappele = کمک‌کنندهٔ مجاز { $name } به { $usager } یادآوری کرد: موضوع این کار، دلیل جمع‌آوری معلومات او و فایدهٔ آن؛ حقوقی که بر معلومات خود دارد (دیدن، اصلاح، حذف و غیره) و این‌که موکل هر وقت بخواهد می‌تواند رضایت خود را پس بگیرد.
tm-a-cette-fin = برای این منظور:
tm-ne-collecter-et-conserver-que-les = فقط معلوماتی را جمع و نگه دارد که واقعاً برای کارهای فهرست‌شده لازم است،
tm-nutiliser-les-informations-fournies-que = معلومات داده‌شده را فقط برای کارهای فهرست‌شده استفاده کند. برای انجام کارهای دیگر، باید اول به کاربر خبر بدهد و اجازهٔ او را بگیرد؛
tm-ne-collecter-et-conserver-que-les-2 = فقط معلوماتی را جمع و نگه دارد که واقعاً برای ساحه‌های کارهای فهرست‌شده لازم است؛
tm-nutiliser-les-informations-fournies-que-2 = معلومات داده‌شده را فقط برای انجام این کارها استفاده کند. برای انجام کارهای دیگر، باید اول به کاربر خبر بدهد و اجازهٔ او را بگیرد؛
tm-mettre-a-jour-puis-a-supprimer = همهٔ معلومات مربوط به کاربر را وقتی دیگر برای انجام کارها لازم نیست، به‌روز و بعد حذف کند؛
tm-respecter-la-confidentialite-des = محرمیت معلومات داده‌شده را رعایت کند؛
tm-prendre-toutes-les-precautions-pour = همهٔ احتیاط‌ها را برای امنیت معلومات شخصی فرستاده‌شده انجام دهد.
tm-le-mandataire-sengage-a = وکیل (کسی که به جای شما عمل می‌کند) تعهد می‌کند که:
tm-le-present-mandat-est-accepte-et = این وکالت‌نامه برای مدتی که کمک‌کنندهٔ مجاز { $name } برای انجام وظایفش لازم دارد قبول و پذیرفته شده است. وکالت‌نامه وقتی تمام می‌شود که کارهای ذکرشده انجام شوند، یا هر وقت که موکل یا وکیل تصمیم بگیرد آن را لغو کند.
tm-l-aidant-habilite-de-est-tenu = کمک‌کنندهٔ مجاز { $name } تا وقتی که مسئول است باید وکالت را انجام دهد، و مطابق مادهٔ 1991 و مواد بعدی قانون مدنی، مسئول خسارت‌هایی است که از انجام ندادن آن پیش بیاید.
tm-mandat-pour-realiser-des-demarches-en-2 = وکالت‌نامه برای انجام کارهای آنلاین با خدمت «Aidants Connect» در دوران حالت اضطرار صحی
tm-je-mappelle-je-suis-le-mandant = نام من: { $name } (من موکل هستم)
tm-jautorise-cest-le-mandataire-a-realiser = به { $name } (او وکیل است) اجازه می‌دهم که به جای من کارهای اداری زیر را انجام دهد: { $n }
tm-cette-autorisation-est-conforme-aux = این اجازه مطابق مادهٔ 1984 و مواد بعدی قانون مدنی است. کارها در انترنت، در سایت‌هایی که FranceConnect دارند یا سایت‌های دیگر انجام می‌شوند. همچنین می‌توانند با هر راهی که اداره اجازه می‌دهد (تلفون، کاغذ، ایمیل، …) انجام شوند.
tm-je-peux-annuler-mon-autorisation-a = من می‌توانم هر وقت بخواهم اجازهٔ خود را لغو کنم.
tm-je-reconnais-que-laidant-habilite-par = قبول دارم که کمک‌کنندهٔ مجاز از طرف { $name } موضوع کار خود را به من یادآوری کرد و دربارهٔ لزوم و فایدهٔ معلومات جمع‌آوری‌شده به من معلومات داد؛
tm-jautorise-les-aidants-habilites-par-a = به کمک‌کنندگان مجاز از طرف { $name } اجازه می‌دهم که معلومات شخصی مرا در چارچوب این وکالت‌نامه استفاده کنند. می‌دانم که بر معلومات مربوط به خودم حقوقی دارم: دیدن، اصلاح، حذف.
tm-pour-que-puisse-agir-a-ma = برای این‌که { $name } بتواند به جای من عمل کند:
tm-effectuer-les-demarches-listees-dans-ce = کارهای فهرست‌شده در این سند را به جای من انجام دهند، بر اساس معلوماتی که به آن‌ها داده‌ام؛
tm-collecter-et-conserver-seulement-les = فقط معلوماتی را جمع و نگه دارند که برای کارهای فهرست‌شده در این سند یا کارهای مربوط به آن‌ها لازم است؛
tm-utiliser-et-communiquer-seulement-les = فقط معلوماتی را استفاده کنند و به دیگران بدهند که برای کارهای فهرست‌شده در این سند یا کارهای مربوط به آن‌ها لازم است؛
tm-minformer-et-demander-mon-autorisation = پیش از انجام کارهایی غیر از کارهای فهرست‌شده در این سند، به من خبر بدهند و اجازهٔ مرا بگیرند؛
tm-mettre-a-jour-et-supprimer-lensemble = همهٔ معلومات شخصی مرا وقتی دیگر به درد نمی‌خورد به‌روز و حذف کنند؛
tm-sinterdire-de-rendre-publiques-mes = معلومات شخصی مرا هرگز عمومی نکنند؛
tm-prendre-toutes-les-precautions-pour-2 = همهٔ احتیاط‌ها را برای امنیت معلومات شخصی من انجام دهند.
tm-les-aidants-habilites-par-doivent = کمک‌کنندگان مجاز از طرف { $name } باید:
tm-a-partir-du-moment-ou-un = از لحظه‌ای که یک کمک‌کنندهٔ مجاز از طرف { $name } یکی از کارهای فهرست‌شده در این سند را به جای من انجام می‌دهد، قبول می‌کند که آن را با شرایط نوشته‌شده در این سند انجام دهد.
tm-les-demarches-decrites-ci-dessus-sont = کارهای نوشته‌شده در بالا انجام شوند؛
tm-je-decide-de-lannuler = من تصمیم بگیرم آن را لغو کنم؛
tm-laidant-habilite-par-decide-de-lannuler = کمک‌کنندهٔ مجاز از طرف { $name } تصمیم بگیرد آن را لغو کند؛
tm-je-donne-mon-autorisation-a-une = من اجازهٔ خود را به کس دیگری غیر از کمک‌کنندهٔ مجاز از طرف { $name } بدهم. در این صورت، باید هر چه زودتر به { $name } خبر بدهم.
tm-mon-autorisation-est-donnee-et-acceptee = اجازهٔ من داده و پذیرفته شده است { $n }. پیش از آن تمام می‌شود اگر:
tm-l-aidant-habilite-par-doit-accomplir = کمک‌کنندهٔ مجاز از طرف { $name } باید تا وقتی که وکالت‌نامه معتبر است، کارهای فهرست‌شده در این سند را به جای من انجام دهد. اگر کمک‌کنندهٔ مجاز از طرف { $name } شرایط نوشته‌شده در این سند را رعایت نکند، می‌تواند مسئول شناخته شود (مادهٔ 1991 قانون مدنی).
tm-jautorise-cest-le-mandataire-a-realiser-2 = به { $name } (او وکیل است) اجازه می‌دهم که به جای من کارهای اداری زیر را انجام دهد:
tm-collecter-et-conserver-utiliser-et = فقط معلوماتی را جمع کنند، نگه دارند، استفاده کنند و به دیگران بدهند که برای کارهای فهرست‌شده در این سند یا کارهای مربوط به آن‌ها لازم است؛
tm-l-aidant-habilite-par-doit-accomplir-2 = کمک‌کنندهٔ مجاز از طرف { $name } باید تا وقتی که وکالت‌نامه معتبر است، کارهای فهرست‌شده در این سند را به جای من انجام دهد. اگر شرایط نوشته‌شده در این سند را رعایت نکند، می‌تواند مسئول شناخته شود (مادهٔ 1991 قانون مدنی).
tm-fait-a-le-2 = نوشته‌شده در { $display_address }، { $display_city }، به تاریخ { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = به { $name } (او وکیل است) اجازه می‌دهم که از طرف من کارهای اداری زیر را انجام دهد:
tm-pour-que-puisse-agir-pour-mon = برای این‌که { $name } بتواند از طرف من عمل کند:
tm-effectuer-les-demarches-listees-dans-ce-2 = کارهای فهرست‌شده در این سند را از طرف من انجام دهند، بر اساس معلوماتی که به آن‌ها داده‌ام؛
tm-a-partir-du-moment-ou-un-2 = از لحظه‌ای که یک کمک‌کنندهٔ مجاز از طرف { $name } یکی از کارهای فهرست‌شده در این سند را از طرف من انجام می‌دهد، قبول می‌کند که آن را با شرایط نوشته‌شده در این سند انجام دهد.
tm-l-aidant-habilite-par-doit-accomplir-3 = کمک‌کنندهٔ مجاز از طرف { $name } باید تا وقتی که وکالت‌نامه معتبر است، کارهای فهرست‌شده در این سند را از طرف من انجام دهد. اگر شرایط نوشته‌شده در این سند را رعایت نکند، می‌تواند مسئول شناخته شود (مادهٔ 1991 قانون مدنی).
tm-mandat-pour-realiser-des-demarches-en-3 = وکالت‌نامه برای انجام کارهای آنلاین با خدمت «Aidants Connect»
tm-je-mappelle-et-je-suis-le = نام من { $name } است و من موکل هستم.
tm-jautorise-en-tant-que-mandataire-a = به { $name }، به عنوان وکیل، اجازه می‌دهم که از طرف من کارهای اداری زیر را انجام دهد:
tm-je-declare-ne-pas-faire-l = اعلام می‌کنم که تحت هیچ تدبیر حمایت قانونی (sauvegarde de justice، قیمومیت tutelle یا curatelle) نیستم.
tm-jautorise-les-aidants-habilites-par-a-2 = به کمک‌کنندگان مجاز از طرف { $name } اجازه می‌دهم که معلومات شخصی مرا در چارچوب این وکالت‌نامه استفاده کنند. می‌دانم که بر معلومات مربوط به خودم حقوقی دارم: دیدن، آگاه شدن، اصلاح، محدود کردن، حذف.
tm-quand-un-aidant-habilite-par-realise = وقتی یک کمک‌کنندهٔ مجاز از طرف { $name } یکی از کارهای فهرست‌شدهٔ بالا را از طرف من انجام می‌دهد، تعهد می‌کند که آن را با شرایط و برای مدت نوشته‌شده در این سند انجام دهد، وگرنه مسئولیت مدنی و جزایی دارد.
tm-prendre-toutes-les-precautions-pour-3 = همهٔ احتیاط‌ها را برای امنیت و محرمیت معلومات شخصی من انجام دهند.
tm-un-aidant-habilite-par-decide-de = یک کمک‌کنندهٔ مجاز از طرف { $name } تصمیم بگیرد آن را لغو کند؛
tm-fait-a-le-3 = نوشته‌شده در { $display_address }، { $zipcode } { $display_city }، به تاریخ { $date }
tm-prenom-nom-et-signature-du-mandataire = نام، تخلص و امضای وکیل (کمک‌کننده)
tm-prenom-nom-et-signature-du-mandant = نام، تخلص و امضای موکل (کاربر)
tm-il-y-a-des-erreurs-dans = در فورم خطاهایی هست
tm-lisez-ces-mentions-a-lusager = این متن را برای کاربر بخوانید
tm-le-mandat-est-une-autorisation-ecrite = وکالت‌نامه یک اجازهٔ نوشته‌شده است که به کمک‌کننده اجازه می‌دهد کارهای اداری را برای شما انجام دهد. از شما و از کمک‌کننده‌ای که همراه شماست حمایت می‌کند. هر وقت بخواهید می‌توانید آن را تمام کنید.
tm-une-fois-ce-mandat-signe-par = وقتی هر دو طرف این وکالت‌نامه را امضا کردند، کمک‌کننده تعهد می‌کند که:
tm-realiser-les-demarches-listees-dans-le = کارهای فهرست‌شده در وکالت‌نامه را بر اساس معلوماتی که به او داده‌اید انجام دهد؛
tm-utiliser-et-enregistrer-seulement-les = فقط معلوماتی را استفاده و ثبت کند که برای این کارها لازم است؛
tm-ne-pas-effectuer-dautres-demarches-que = کاری غیر از کارهای فهرست‌شده در وکالت‌نامه انجام ندهد؛
tm-securiser-lensemble-de-vos-informations = همهٔ معلومات شما را امن نگه دارد و وقتی دیگر به درد نمی‌خورد حذف کند.
tm-connectez-lusager-a-franceconnect = کاربر را به FranceConnect وارد کنید
tm-recapitulatif-du-mandat-a-distance = خلاصهٔ وکالت‌نامه از راه دور
tm-elements-du-mandat = بخش‌های وکالت‌نامه
tm-validation-de-lusager = تأیید کاربر
tm-en-cochant-ces-cases-confirme = با نشانی کردن این خانه‌ها، { $name } تأیید می‌کند:
tm-validation-de-laidant = تأیید کمک‌کننده
tm-enregistrer-le-mandat = ثبت وکالت‌نامه

## aidants: login

tm-vous-etes-un-particulier = آیا شما یک شخص عادی هستید؟
tm-aidants-connect-n-est-pas-un = Aidants Connect ابزاری برای اشخاص عادی یا نزدیکانی که به کسی کمک می‌کنند نیست.
tm-vous-rencontrez-un-probleme-lors-de = آیا هنگام ورود با France Connect یا برای باز کردن صفحه‌های شخصی خود در خدمات عامه (CAF، مالیات، ANTS...) مشکل دارید؟ صفحهٔ کمک مخصوص آن را ببینید.
tm-vous-rencontrez-des-difficultes-avec-le = آیا با کمپیوتر و انترنت مشکل دارید و می‌خواهید کسی همراه شما باشد تا کارهای خود را انجام دهید یا خودتان یاد بگیرید؟ یک جای نزدیک خانهٔ خود پیدا کنید.

## aidants: aidants_connect_common

tm-adresse-e-mail = آدرس ایمیل

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = نمبر موبایل
tm-format-attendu-10-chiffres = شکل درست: 10 رقم
tm-format-attendu-6-chiffres = شکل درست: 6 رقم
tm-selectionnez-la-ou-les-demarches = کار یا کارها را انتخاب کنید
tm-choisissez-la-duree-du-mandat = مدت وکالت‌نامه را انتخاب کنید
tm-code-a-6-chiffres = کود 6 رقمی
tm-choisir = انتخاب کنید…
tm-exemple-prenom-nom-exemple-fr = مثال: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = آدرس ایمیل جدید
tm-erreur-veuillez-saisir-uniquement-des = خطا: لطفاً فقط آدرس‌های ایمیل درست بنویسید.
tm-telephone-mobile = موبایل

## dsfr: component/checkbox

tm-libelle-checkbox = عنوان خانهٔ نشانی
tm-libelle-checkbox-sub-et-sup = عنوان خانهٔ نشانی با متن پایین و متن بالا
tm-libelle-case-a-cocher = عنوان خانهٔ نشانی
tm-theme-clair = ظاهر روشن
tm-theme-sombre = ظاهر تاریک
tm-systeme = سیستم
tm-legende-pour-lensemble-des-elements = عنوان برای همهٔ گزینه‌ها
tm-choisissez-un-theme-pour-personnaliser = یک ظاهر انتخاب کنید تا شکل سایت را به دلخواه خود تغییر دهید.
tm-texte-de-description-additionnel = متن توضیحی اضافی
tm-utilise-les-parametres-systeme = از تنظیمات سیستم استفاده می‌کند
tm-extrait-de-code = بخشی از کود
tm-libelle-bouton = عنوان دکمه
tm-texte-derreur-obligatoire = متن خطا الزامی است
tm-texte-de-validation = متن تأیید
tm-verifier-ma-demande = بررسی درخواست من
tm-supprimer-le-justificatif-de-domicile = حذف سند محل سکونت
tm-la-case-a-cocher-permet-a = خانهٔ نشانی به کاربر اجازه می‌دهد یک یا چند گزینه را از یک فهرست انتخاب کند. برای انتخاب چند چیز (از 0 تا N گزینه)، یا برای انتخاب میان دو حالت به کار می‌رود، وقتی کاربر می‌تواند یک گزینه را انتخاب کند یا انتخاب آن را بردارد.
tm-dsfr-v1-15-3 = DSFR نسخهٔ 1.15.3
tm-retour = بازگشت
tm-case-a-cocher-checkbox = خانهٔ نشانی (checkbox)
tm-case-a-cocher-seule = یک خانهٔ نشانی تنها
tm-case-a-cocher-seule-exemple-avec = یک خانهٔ نشانی تنها، مثال با متن پایین و متن بالا
tm-case-a-cocher-avec-texte-daide = خانهٔ نشانی با متن راهنما
tm-case-a-cocher-seule-validee = یک خانهٔ نشانی تنها، درست
tm-case-a-cocher-seule-avec-erreur = یک خانهٔ نشانی تنها با خطا
tm-case-a-cocher-seule-indeterminee = یک خانهٔ نشانی تنها، نامعلوم
tm-ensemble-de-cases-a-cocher = گروه خانه‌های نشانی
tm-ensemble-de-cases-a-cocher-petite = گروه خانه‌های نشانی، اندازهٔ کوچک
tm-ensemble-de-cases-a-cocher-desactivees = گروه خانه‌های نشانی غیرفعال
tm-ensemble-de-cases-a-cocher-en = گروه خانه‌های نشانی در یک خط
tm-ensemble-de-cases-a-cocher-avec = گروه خانه‌های نشانی با متن راهنما
tm-ensemble-de-cases-a-cocher-avec-2 = گروه خانه‌های نشانی با خطا
tm-ensemble-de-cases-a-cocher-validees = گروه خانه‌های نشانی درست
tm-ensemble-de-cases-a-cocher-avec-3 = گروه خانه‌های نشانی با خطا، در یک خط
tm-ensemble-de-cases-a-cocher-validees-2 = گروه خانه‌های نشانی درست، در یک خط
tm-ensemble-de-cases-a-cocher-avec-4 = گروه خانه‌های نشانی با متن راهنمای ویژه
tm-ensemble-de-cases-a-cocher-avec-5 = گروه خانه‌های نشانی با متن راهنمای ویژه، اندازهٔ کوچک
tm-autres-versions = نسخه‌های دیگر
tm-parametres-daffichage = تنظیمات نمایش

## dsfr: component/input

tm-libelle-champ-de-saisie = عنوان خانهٔ نوشتن
tm-envoyer = فرستادن
tm-supprimer-le-champ = پاک کردن خانه
tm-placeholder = متن نمونه داخل خانه (placeholder)
tm-champ-de-saisie-input = خانهٔ نوشتن (input)
tm-les-champs-permettent-a-un-utilisateur = خانه‌ها به کاربر اجازه می‌دهند محتوا و معلومات بنویسد.
tm-champ-de-type-text = خانه از نوع «متن» (text)
tm-champ-de-type-number = خانه از نوع «عدد» (number)
tm-champ-de-type-search = خانه از نوع «جستجو» (search)
tm-champ-de-type-date = خانه از نوع «تاریخ» (date)
tm-preferez-l-utilisation-du-modele-de = بهتر است از نمونهٔ خانهٔ یک تاریخ استفاده کنید
tm-champ-de-type-textarea = خانه از نوع «متن طولانی» (textarea)
tm-champ-de-type-password = خانه از نوع «رمز» (password)
tm-preferez-l-utilisation-du-composant-mot = بهتر است از بخش «رمز» استفاده کنید
tm-combo-champ-bouton-d-envoi = خانه همراه با دکمهٔ فرستادن
tm-combo-champ-bouton-d-action = خانه همراه با دکمهٔ عمل
tm-champ-avec-placeholder = خانه با متن نمونه در داخل آن
tm-champ-avec-valeur-initiale = خانه با مقدار اولیه
tm-champ-avec-icone-personalisee = خانه با نشانهٔ (آیکن) ویژه
tm-champ-desactive = خانهٔ غیرفعال
tm-champ-avec-texte-additionnel = خانه با متن اضافی
tm-champ-valide-avec-texte-de-succes = خانهٔ درست با متن موفقیت
tm-champ-en-erreur-avec-texte-d = خانهٔ دارای خطا با متن خطا

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] حداقل { $n } حرف
       *[other] حداقل { $n } حرف
    }
tm-la-demande-de-mot-de-passe = خانهٔ رمز به کاربر کمک می‌کند یک رمز بسازد یا آن را بنویسد.
tm-mot-de-passe-password = رمز (password)
tm-mot-de-passe-avec-description = رمز با توضیح
tm-mot-de-passe-apres-validation = رمز بعد از تأیید
tm-mot-de-passe-de-connexion = رمز ورود

## dsfr: component/radio

tm-libelle-bouton-radio = عنوان دکمهٔ انتخاب یکی (radio)
tm-libelle-radio-sup-sub = عنوان دکمهٔ انتخاب یکی با متن بالا و متن پایین
tm-le-bouton-radio-permettent-a = دکمهٔ انتخاب یکی (radio) به کاربر اجازه می‌دهد فقط یک گزینه را از یک فهرست انتخاب کند.
tm-bouton-radio-radio = دکمهٔ انتخاب یکی (radio)
tm-bouton-radio-simple = دکمهٔ انتخاب یکی ساده
tm-ensemble-de-boutons-radio = گروه دکمه‌های انتخاب یکی
tm-ensemble-de-boutons-radio-petite-taille = گروه دکمه‌های انتخاب یکی، اندازهٔ کوچک
tm-ensemble-de-boutons-radio-desactivees = گروه دکمه‌های انتخاب یکی غیرفعال
tm-ensemble-de-boutons-radio-en-ligne = گروه دکمه‌های انتخاب یکی در یک خط
tm-ensemble-de-boutons-radio-avec-texte = گروه دکمه‌های انتخاب یکی با متن راهنما
tm-ensemble-de-boutons-radio-avec-erreur = گروه دکمه‌های انتخاب یکی با خطا
tm-ensemble-de-boutons-radio-avec-erreur-2 = گروه دکمه‌های انتخاب یکی با خطا، در یک خط
tm-ensemble-de-boutons-radio-valides = گروه دکمه‌های انتخاب یکی درست
tm-ensemble-de-boutons-radio-valides-en = گروه دکمه‌های انتخاب یکی درست، در یک خط
tm-ensemble-de-boutons-radio-avec-texte-2 = گروه دکمه‌های انتخاب یکی با متن راهنمای ویژه
tm-ensemble-de-boutons-radio-avec-texte-3 = گروه دکمه‌های انتخاب یکی با متن راهنمای ویژه، اندازهٔ کوچک
tm-ensemble-de-boutons-radio-libelle-en = گروه دکمه‌های انتخاب یکی، عنوان با متن پایین و متن بالا
tm-bouton-radio-riche = دکمهٔ انتخاب یکی بزرگ (با تصویر)
tm-ensemble-de-boutons-radio-riches-simple = گروه دکمه‌های انتخاب یکی بزرگ، ساده
tm-ensemble-de-boutons-radio-riches-en = گروه دکمه‌های انتخاب یکی بزرگ، در یک خط، ساده
tm-ensemble-de-boutons-radio-riches-sans = گروه دکمه‌های انتخاب یکی بزرگ بدون تصویر
tm-ensemble-de-boutons-radio-riches-sans-2 = گروه دکمه‌های انتخاب یکی بزرگ بدون تصویر، در یک خط
tm-ensemble-de-boutons-radio-riches-avec = گروه دکمه‌های انتخاب یکی بزرگ با متن‌های راهنما
tm-ensemble-de-boutons-radio-riches-avec-2 = گروه دکمه‌های انتخاب یکی بزرگ با متن‌های راهنما، در یک خط
tm-ensemble-de-boutons-radio-riches-avec-3 = گروه دکمه‌های انتخاب یکی بزرگ با خطا و متن‌های راهنما
tm-ensemble-de-boutons-radio-riches-avec-4 = گروه دکمه‌های انتخاب یکی بزرگ با خطا و متن‌های راهنما، در یک خط
tm-ensemble-de-boutons-radio-riches = گروه دکمه‌های انتخاب یکی بزرگ غیرفعال

## dsfr: component/select

tm-libelle-pour-liste-deroulante = عنوان برای فهرست کشویی
tm-option = گزینهٔ { $n }
tm-selectionnez-une-option = یک گزینه انتخاب کنید
tm-la-liste-deroulante-permet-a-un = فهرست کشویی به کاربر اجازه می‌دهد یک چیز را از یک فهرست معین انتخاب کند.
tm-liste-deroulante-select = فهرست کشویی (select)
tm-liste-deroulante-par-defaut = فهرست کشویی معمولی
tm-liste-deroulante-desactivee = فهرست کشویی غیرفعال
tm-liste-deroulante-avec-texte-de = فهرست کشویی با متن توضیحی
tm-liste-deroulante-valide = فهرست کشویی درست
tm-liste-deroulante-erreur = فهرست کشویی با خطا
tm-liste-deroulante-avec-groupe-d-options = فهرست کشویی با گروه‌های گزینه

## dsfr: component/upload

tm-ajouter-un-fichier = افزودن یک فایل
tm-ajouter-des-fichiers = افزودن فایل‌ها
tm-ce-composant-permet-aux-utilisateurs-de = این بخش به کاربران اجازه می‌دهد یک یا چند فایل را انتخاب کنند و بفرستند.
tm-ajout-de-fichier-upload = افزودن فایل (upload)
tm-bouton-upload-1-seul-fichier = دکمهٔ بارگذاری فقط یک فایل
tm-bouton-upload-avec-erreur = دکمهٔ بارگذاری با خطا
tm-bouton-upload-fichiers-multiples = دکمهٔ بارگذاری چند فایل
tm-bouton-upload-desactive = دکمهٔ بارگذاری غیرفعال

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = ورود به [نام خدمت یا سایت]
tm-format-attendu = شکل درست: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect راه‌حلی است که دولت پیشنهاد می‌کند تا ورود به خدمات آنلاین امن‌تر و ساده‌تر شود.
tm-se-connecter-avec-franceconnect = ورود با FranceConnect
tm-vous-navez-pas-de-compte = حساب ندارید؟

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = نام کاربری یا رمز نادرست است

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = دوباره به دست آوردن رمز حساب شما
tm-description-veuillez-saisir-ladresse = توضیح — لطفاً آدرس ایمیلی را بنویسید که به حساب شما وصل است. برای تغییر رمز، معلومات بیشتر برای شما می‌فرستیم
tm-recuperation-de-mot-de-passe-sur = دوباره به دست آوردن رمز در [نام خدمت یا سایت]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = جزئیات — اگر ایمیلی به شما نرسید (پوشهٔ پیام‌های ناخواسته را هم ببینید)، می‌توانید آدرس ایمیل خود را دوباره بنویسید.
tm-votre-demande-de-recuperation-de-mot = درخواست شما برای دوباره به دست آوردن رمز فرستاده شد. تا چند لحظهٔ دیگر یک ایمیل به شما می‌رسد.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = صفحه‌های ورود

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = ساختن حساب در [نام خدمت یا سایت]
tm-se-creer-un-compte-en-choisissant = با انتخاب یک نام کاربری برای خود حساب بسازید
tm-sauf-mention-contraire-tous-les-champs = همهٔ خانه‌ها الزامی هستند، مگر این‌که چیز دیگری نوشته شده باشد.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = انتخاب نام کاربری
tm-etape-sur = مرحلهٔ { $n } از { $count }
tm-etape-suivante-renseigner-une-identite = مرحلهٔ بعدی: نوشتن معلومات هویت

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = زن
tm-masculin = مرد
tm-je-n-ai-pas-de-prenom = من نام (اسم کوچک) ندارم
tm-identite-personnelle = هویت شخصی
tm-sexe = جنسیت
tm-renseigner-une-identite = نوشتن معلومات هویت
tm-etape-suivante-saisir-des-coordonnees = مرحلهٔ بعدی: نوشتن معلومات تماس

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = ادامهٔ آدرس (اختیاری)
tm-coordonnees-personnelles = معلومات تماس شخصی
tm-adresse-postale = آدرس پستی
tm-indication-numero-et-voie = راهنما: نمبر خانه و نام سرک
tm-indication-batiment-immeuble-escalier-et = راهنما: ساختمان، بلاک، زینه و نمبر آپارتمان
tm-exemple-montpellier = مثال: Montpellier
tm-saisir-des-coordonnees = نوشتن معلومات تماس

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = صفحه‌های ساختن حساب

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = حساب شما ساخته شد. تا چند لحظهٔ دیگر یک ایمیل با لینک تأیید به شما می‌رسد.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = حساب شما فعال شد. از همین حالا می‌توانید از آن استفاده کنید.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = نام محل (lieu-dit)، شاروالی فرعی (commune déléguée) یا صندوق پستی
tm-numero = نمبر
tm-voie = سرک
tm-batiment = ساختمان
tm-immeuble = بلاک (ساختمان رهایشی)
tm-escalier = زینه
tm-numero-d-appartement = نمبر آپارتمان
tm-complement-d-adresse-postale = ادامهٔ آدرس پستی
tm-la-demande-dadresse-postale-permet = خانهٔ آدرس پستی به کاربر کمک می‌کند آدرس خود را بنویسد.
tm-bloc-fonctionnel-d-adresse-postale = گروه خانه‌های آدرس پستی (address)
tm-demande-dune-adresse-postale-nationale = پرسیدن آدرس پستی در فرانسه
tm-demande-dune-adresse-postale-nationale-2 = پرسیدن آدرس پستی در فرانسه + نام محل، شاروالی فرعی یا صندوق پستی
tm-complement-d-adresse = ادامهٔ آدرس

## dsfr: layout/pattern/civility

tm-docteur = داکتر
tm-inspecteur = مفتش (inspecteur)
tm-sans-reponse = بدون جواب
tm-titre-dappel = عنوان خطاب (چطور شما را صدا کنیم)
tm-demande-de-situation-familiale = پرسیدن وضعیت خانوادگی
tm-demande-du-titre-dappel = پرسیدن عنوان خطاب
tm-concubinage = زندگی مشترک بدون نکاح
tm-pacse = دارای قرارداد PACS
tm-marie = متأهل
tm-veuf = بیوه (همسرش فوت کرده)
tm-divorce = طلاق‌شده
tm-recteur = رئیس حوزهٔ آموزشی (recteur)
tm-proviseur = مدیر لیسه
tm-professeur = استاد
tm-principal = مدیر مکتب متوسطه (collège)
tm-la-demande-de-civilite-permet-a = خانهٔ معلومات مدنی به کاربر اجازه می‌دهد معلومات مدنی خود را بدهد (جنسیت، وضعیت خانوادگی، عنوان خطاب).
tm-les-boutons-radios-sont-recommandes = وقتی کاربر باید یک گزینه را از میان 2 تا 5 گزینه انتخاب کند، دکمه‌های انتخاب یکی (radio) پیشنهاد می‌شوند.
tm-au-dela-de-5-choix-ou = اگر بیشتر از 5 گزینه باشد یا جا کافی نباشد، بهتر است از فهرست کشویی استفاده شود.
tm-bloc-fonctionnel-de-civilite-civility = گروه خانه‌های معلومات مدنی (civility)
tm-demande-du-sexe = پرسیدن جنسیت

## dsfr: layout/pattern/company

tm-numero-de-siret = نمبر SIRET
tm-denomination = نام شرکت
tm-cedex = Cedex (کود پستی ویژهٔ مؤسسه‌ها)
tm-type-de-societe = نوع شرکت
tm-nom-d-usage = نامی که استفاده می‌کنید
tm-nom-de-naissance = تخلص هنگام تولد
tm-fonction-dans-la-societe = وظیفه در شرکت
tm-siret-de-l-entreprise = نمبر SIRET شرکت
tm-representant-moral-de-l-entreprise = نمایندهٔ قانونی شرکت
tm-indication-nom-de-famille-non-rectifie = راهنما: تخلص پیش از اصلاح آن با فیصلهٔ محکمه.
tm-france = فرانسه
tm-allemagne = آلمان
tm-italie = ایتالیا
tm-espagne = اسپانیا
tm-royaume-uni = بریتانیا
tm-entrepreneur-individuel-ei = کارفرمای انفرادی (EI)
tm-entreprise-unipersonnelle-a = شرکت یک‌نفره با مسئولیت محدود (EURL)
tm-societe-a-responsabilite-limitee-sarl = شرکت با مسئولیت محدود (SARL)
tm-societe-par-actions-simplifiee = شرکت سهامی سادهٔ یک‌نفره (SASU)
tm-societe-par-actions-simplifiee-sas = شرکت سهامی ساده (SAS)
tm-societe-anonyme-sa = شرکت سهامی (SA)
tm-societe-en-nom-collectif-snc = شرکت تضامنی (SNC)
tm-societe-en-commandite-simple-scs = شرکت مختلط ساده (SCS)
tm-societe-en-commandite-par-actions-sca = شرکت مختلط سهامی (SCA)
tm-la-demande-de-renseignement-sur-la = خانه‌های معلومات شرکت به کاربر کمک می‌کنند معلومات شرکت خود را بنویسد.
tm-bloc-fonctionnel-de-societe-company = گروه خانه‌های شرکت (company)
tm-demande-d-un-numero-de-siret = پرسیدن نمبر SIRET
tm-demande-dune-adresse-de-siege-social = پرسیدن آدرس دفتر مرکزی شرکت
tm-demande-dun-type-de-societe = پرسیدن نوع شرکت
tm-demande-dun-representant-moral = پرسیدن نمایندهٔ قانونی

## dsfr: layout/pattern/date

tm-indication-texte-de-description = راهنما: متن توضیحی اضافی
tm-exemple-2 = مثال: { $n }
tm-le-jour-est-invalide = روز نادرست است
tm-le-mois-est-invalide = ماه نادرست است
tm-lannee-est-invalide = سال نادرست است
tm-le-jour-est-invalide-le-mois-est = روز نادرست است ماه نادرست است سال نادرست است
tm-la-date-est-posterieure-a-aujourdhui = تاریخ بعد از امروز است (در آینده)
tm-le-champ-de-saisie-de-date = خانهٔ تاریخ از سه خانهٔ متنی ساخته شده است.
tm-bloc-fonctionnel-de-date-unique-date = گروه خانه‌های یک تاریخ (date)
tm-defaut = معمولی
tm-erreur-unitaire = خطا در یک خانه
tm-erreur-globale = خطای کلی

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = راهنما: این آدرس فقط برای ورود به خدمت استفاده می‌شود.
tm-le-format-de-ladresse-electronique = شکل آدرس ایمیلی که نوشتید درست نیست. شکل درست: { $email }
tm-la-demande-d-email-est-un = خانهٔ ایمیل گروهی است که اجازه می‌دهد یک آدرس ایمیل بنویسید.
tm-bloc-fonctionnel-de-demande-d-email = گروه خانه‌های ایمیل (email)
tm-demande-d-une-adresse-electronique = پرسیدن آدرس ایمیل
tm-demande-d-une-adresse-electronique-2 = پرسیدن آدرس ایمیل - خطا
tm-demande-et-indication-de-traitement-dune = پرسیدن آدرس ایمیل و توضیح این‌که چطور استفاده می‌شود
tm-demande-et-indication-de-traitement-dune-2 = پرسیدن آدرس ایمیل و توضیح این‌که چطور استفاده می‌شود - خطا

## dsfr: layout/pattern/name

tm-indication-ancien-nom = راهنما: نام قبلی…
tm-ajouter-un-prenom = افزودن یک نام (اسم کوچک)
tm-la-demande-de-nom-et-prenom = خانه‌های تخلص و نام به کاربر کمک می‌کنند تخلص و نام خود را بنویسد.
tm-bloc-fonctionnel-de-nom-et-prenom = گروه خانه‌های تخلص و نام (name)
tm-demande-dun-nom-et-dun-prenom = پرسیدن تخلص و نام در فرانسه
tm-avec-prenom-desactive = با خانهٔ نام غیرفعال
tm-avec-nom-d-usage = با نامی که استفاده می‌کنید
tm-avec-nom-d-usage-prenom-desactive = با نامی که استفاده می‌کنید + خانهٔ نام غیرفعال
tm-avec-bouton = با دکمه
tm-avec-bouton-prenom-desactive = با دکمه + خانهٔ نام غیرفعال
tm-demande-dun-nom-et-dun-prenom-2 = پرسیدن تخلص و نام در بیرون از فرانسه

## dsfr: layout/pattern/nationality

tm-nationalite = تابعیت
tm-allemande = آلمانی
tm-italienne = ایتالیایی
tm-espagnole = اسپانیایی
tm-la-demande-de-nationalite-permet-daider = خانهٔ تابعیت به کاربر کمک می‌کند تابعیت خود را بنویسد.
tm-bloc-fonctionnel-de-nationalite = گروه خانه‌های تابعیت (nationality)
tm-demande-de-nationalite = پرسیدن تابعیت

## dsfr: layout/pattern/tel

tm-numero-de-telephone = نمبر تلفون
tm-format-attendu-33-5-36-49 = شکل درست: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = شکل نمبر تلفونی که نوشتید درست نیست. شکل درست: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = خانهٔ نمبر تلفون گروهی است که اجازه می‌دهد یک نمبر تلفون بنویسید.
tm-bloc-fonctionnel-de-telephone-tel = گروه خانه‌های تلفون (tel)
tm-demande-d-un-numero-de-telephone = پرسیدن نمبر تلفون
tm-demande-d-un-numero-de-telephone-2 = پرسیدن نمبر تلفون - خطا

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = درخواست کارت اقامت – زندگی شخصی و خانوادگی
tm-identite-et-situation-familiale = هویت و وضعیت خانوادگی
tm-les-champs-suivis-dun-asterisque-sont = خانه‌هایی که بعد از آن‌ها ستاره ( * ) است الزامی هستند.
tm-si-vous-avez-plusieurs-prenoms-indiquez = اگر چند نام (اسم کوچک) دارید، همه را بنویسید و میان آن‌ها کامه (,) بگذارید.
tm-algerienne = الجزایری
tm-afghane = افغان
tm-erythreenne = اریتره‌ای
tm-georgienne = گرجستانی
tm-ukrainienne = اوکراینی
tm-votre-situation-a-la-date-de = وضعیت شما در تاریخ درخواست
tm-avez-vous-des-enfants-a-charge = آیا اطفالی دارید که تحت سرپرستی شما هستند (خرچ آن‌ها را می‌دهید)؟
tm-nom-et-prenom-du-conjoint = تخلص و نام همسر
tm-date-du-mariage = تاریخ ازدواج
tm-date-de-conclusion-du-pacs = تاریخ امضای قرارداد PACS
tm-ajouter-un-enfant = افزودن یک طفل
tm-enfant-n = طفل شمارهٔ { $numero }
tm-prenom-de-lenfant = نام طفل
tm-date-de-naissance-de-lenfant = تاریخ تولد طفل
tm-supprimer-lenfant-n = حذف طفل شمارهٔ { $numero }
tm-etape-suivante-recapitulatif = مرحلهٔ بعدی: خلاصه
tm-exemple-06-12-34-56-78 = مثال: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 رقم، روی کارت اقامت یا رسید (récépissé) شما نوشته شده است
tm-jatteste-sur-lhonneur-lexactitude-des = به شرافت خود گواهی می‌دهم که معلوماتی که داده‌ام درست است
tm-une-erreur-est-survenue-votre-dossier = یک خطا پیش آمد. دوسیهٔ شما تسلیم نشد. خانه‌های نشان‌داده‌شده را درست کنید و دوسیهٔ خود را دوباره تسلیم کنید.
tm-le-champ-adresse-electronique-est = خانهٔ «آدرس ایمیل» (Adresse électronique) نادرست است. یک آدرس ایمیل درست بنویسید، مثلاً nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = خانهٔ «نمبر خارجی» (Numéro étranger) باید 10 رقم داشته باشد
tm-recapitulatif = خلاصه
tm-votre-dossier-a-bien-ete-depose = دوسیهٔ شما تسلیم شد
tm-un-courriel-de-confirmation-vous-a = یک ایمیل تأیید به آدرس { $email } برای شما فرستاده شد.
tm-enfants-a-charge = اطفال تحت سرپرستی

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = گرفتن وقت ملاقات – گیشهٔ کارت‌های اقامت
tm-vous-pouvez-prendre-rendez-vous-au = می‌توانید در گیشهٔ «کارت‌های اقامت» (Titres de séjour) ولایت (préfecture) وقت ملاقات بگیرید. پیش از شروع، شرایط استفاده از خدمت را بخوانید: برای هر نفر فقط یک وقت ملاقات، و هر درخواست ناقص لغو می‌شود.
tm-jaccepte-les-conditions-generales = شرایط عمومی استفاده را قبول دارم
tm-vos-informations = معلومات شما
tm-choisissez-le-motif-qui-correspond-a = دلیلی را انتخاب کنید که با وضعیت شما مطابقت دارد
tm-remise-de-titre-de-sejour = تحویل گرفتن کارت اقامت
tm-premiere-demande-de-titre-de-sejour = اولین درخواست کارت اقامت – محصل
tm-renouvellement-de-titre-de-sejour = تمدید کارت اقامت – کارمند (با قرارداد کار)
tm-duplicata-de-titre-de-sejour-perte = کاپی جدید کارت اقامت (گم شدن یا دزدی)
tm-changement-dadresse-sur-le-titre-de = تغییر آدرس روی کارت اقامت
tm-tel-quil-figure-sur-votre-passeport = همان‌طور که در پاسپورت شما نوشته شده است
tm-la-convocation-vous-sera-envoyee-a = دعوت‌نامه (convocation) به این آدرس برای شما فرستاده می‌شود
tm-etape-suivante = مرحلهٔ بعدی
tm-veuillez-choisir-le-motif-de-votre = لطفاً دلیل وقت ملاقات خود را انتخاب کنید
tm-ce-champ-est-obligatoire = این خانه الزامی است
tm-veuillez-saisir-une-adresse-electronique = لطفاً یک آدرس ایمیل درست بنویسید
tm-le-numero-etranger-comporte-10-chiffres = نمبر خارجی (numéro étranger) 10 رقم دارد
tm-recommencer = از نو شروع کردن

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = درآمدهایی را که اعضای خانوادهٔ شما در سه ماه گذشته گرفته‌اند اعلام کنید. بدون این اظهارنامه، پرداخت RSA یا prime d’activité (کمک‌هزینهٔ کار) شما متوقف می‌شود.
tm-7-chiffres-il-figure-sur-tous = 7 رقم، روی همهٔ نامه‌هایی که از Caf به شما می‌رسد نوشته شده است
tm-avez-vous-percu-des-salaires-au = آیا در این سه ماه معاش گرفته‌اید؟
tm-votre-situation-familiale-a-t-elle = آیا وضعیت خانوادگی شما تغییر کرده است؟
tm-indiquez-le-montant-net-avant = مبلغ خالص پیش از کسر مالیات از منبع را بنویسید، یا اگر در آن ماه چیزی نگرفته‌اید 0 بنویسید.
tm-montant-des-salaires-percus-mois-en = مبلغ معاش‌های دریافت‌شده – ماه { $n } (به یورو)
tm-salaire-net-primes-comprises = معاش خالص، با پاداش‌ها (primes)
tm-nature-du-changement = نوع تغییر
tm-choisissez = انتخاب کنید…
tm-mariage = ازدواج
tm-pacs = قرارداد PACS (شراکت مدنی)
tm-vie-en-couple = زندگی به عنوان زوج
tm-separation = جدایی
tm-naissance-ou-arrivee-dun-enfant = تولد یا آمدن یک طفل
tm-deces-du-conjoint = فوت همسر
tm-date-du-changement = تاریخ تغییر
tm-a-savoir-la-date-figure-sur = بدانید: تاریخ روی سند یا مدرک آن تغییر نوشته شده است (روز/ماه/سال JJ/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = نمبر گیرندهٔ کمک در CAF (numéro allocataire) 7 رقم دارد.
tm-indiquez-un-montant-en-euros-par = یک مبلغ به یورو بنویسید، مثلاً 1250 یا 0.
tm-la-date-doit-etre-au-format = تاریخ باید به این شکل نوشته شود: روز/ماه/سال (JJ/MM/AAAA).
tm-votre-declaration-contient-erreurs = { $n ->
        [one] اظهارنامهٔ شما { $n } خطا دارد.
       *[other] اظهارنامهٔ شما { $n } خطا دارد.
    }
tm-envoi-de-votre-declaration-en-cours = اظهارنامهٔ شما در حال فرستادن است…
tm-votre-declaration-a-bien-ete-enregistree = اظهارنامهٔ شما ثبت شد.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = وقت ورود شما تمام شد. به دلایل امنیتی، از حساب خود بیرون شدید. لطفاً دوباره وارد شوید.
tm-veuillez-saisir-votre-identifiant-votre = لطفاً نام کاربری خود را بنویسید: نمبر خارجی (numéro étranger) یا آدرس ایمیل خود.

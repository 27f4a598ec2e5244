### Relais — translation memory, Arabic (Modern Standard Arabic, simple style): the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.
### Second pass (December 2026): every entry of the master (2,314), the DSFR pages, fixture portals and framework apps first; the French names of buttons kept in quotes where the person must find them. Still NOT reviewed.


## ds: components account_dropdown_component

tm-passer-en-super-admin = الانتقال إلى دور المشرف العام (super-admin)
tm-passer-en-usager = الانتقال إلى دور المستخدم
tm-passer-en-instructeur = الانتقال إلى دور الموظف المكلّف بدراسة الملفات (instructeur)
tm-passer-en-expert = الانتقال إلى دور الخبير
tm-passer-en-gestionnaire = الانتقال إلى دور المسيِّر (gestionnaire)
tm-se-deconnecter = تسجيل الخروج

## ds: components attachment

tm-reessayer = إعادة المحاولة
tm-supprimer-le-fichier = حذف الملف { $file }
tm-plusieurs-fichiers-possibles = يمكن إضافة أكثر من ملف.
tm-remplacer-le-fichier = استبدال الملف { $file }
tm-le-format-pdf-est-generalement-le = صيغة PDF هي عادةً الأكثر عملية، لأنها تُقرأ بسهولة على جميع الأجهزة.
tm-virus-detecte-merci-denvoyer-un-autre = تم اكتشاف فيروس، يُرجى إرسال ملف آخر.
tm-le-fichier-est-corrompu-merci-denvoyer = الملف تالف، يُرجى إرسال ملف آخر.
tm-ajoutee-le = أُضيف في { $date }
tm-modifiee-le = عُدِّل في { $date }
tm-le-traitement-de-votre-piece-jointe = معالجة مرفقك تستغرق وقتًا أطول من المتوقع.
tm-le-traitement-de-vos-pieces-jointes = معالجة مرفقاتك تستغرق وقتًا أطول من المتوقع.
tm-cela-ne-vous-empeche-pas-de = هذا لا يمنعك من تقديم ملفك إذا أردت.
tm-chargement-de-fichier = جارٍ رفع الملف
tm-virus-detecte-le-telechargement-est = تم اكتشاف فيروس، تنزيل الملف ممنوع.
tm-apercu-non-disponible = المعاينة غير متاحة

## ds: components autosave_notice_component

tm-formulaire-en-erreur = في الاستمارة خطأ

## ds: components dossiers

tm-adresse = العنوان
tm-pays = البلد
tm-autres-informations-sur-lorganisme-sur = ➡ معلومات أخرى عن الهيئة على «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = تم حفظ المسودة بنجاح
tm-attention-impossible-denregistrer-le = تنبيه: تعذّر حفظ المسودة.
tm-vos-modifications-sont-automatiquement = تُحفَظ تعديلاتك تلقائيًا.
tm-deposez-les-quand-vous-aurez-termine = قدِّمها عندما تنتهي.
tm-modifications-enregistrees-avec-succes = تم حفظ التعديلات بنجاح
tm-annotations-enregistrees-avec-succes = تم حفظ الملاحظات بنجاح
tm-attention-impossible-denregistrer-les = تنبيه: تعذّر حفظ الملاحظات.
tm-commune = البلدية
tm-les-dossiers-ont-ete-supprimes-vous = تم حذف الملفات. لم يعد بإمكانك استرجاعها للأسباب التالية:
tm-vous-avez-supprime-votre-dossier = لقد حذفتَ ملفك.
tm-deposer-le-dossier = تقديم الملف
tm-deposer-les-modifications = تقديم التعديلات
tm-pourquoi-je-ne-peux-pas-deposer = لماذا لا أستطيع تقديم ملفي؟
tm-verifier-le-dossier = التحقق من الملف
tm-envoi-en-cours = جارٍ الإرسال…
tm-en-tant-quinvite-vous-pouvez-remplir = بصفتك مدعوًّا، يمكنك ملء هذه الاستمارة، لكن صاحب الملف هو الذي يجب أن يقدّمه بنفسه.
tm-des-modifications-nont-pas-encore-ete = هناك تعديلات لم تُقدَّم بعد
tm-vous-avez-apporte-des-modifications = أجريتَ تعديلات بعد تقديم ملفك. قدِّمها لكي تأخذها الإدارة بعين الاعتبار.
tm-continuer-a-modifier = متابعة التعديل
tm-votre-dossier-contient-1-champ-en = يحتوي ملفك على خانة واحدة فيها خطأ
tm-votre-dossier-contient-champs-en-erreur = { $n ->
        [zero] لا يحتوي ملفك على أي خانة فيها خطأ
        [one] يحتوي ملفك على خانة واحدة فيها خطأ
        [two] يحتوي ملفك على خانتين فيهما خطأ
        [few] يحتوي ملفك على { $n } خانات فيها أخطاء
        [many] يحتوي ملفك على { $n } خانةً فيها أخطاء
       *[other] يحتوي ملفك على { $n } خانة فيها أخطاء
    }
tm-corrigez-la-pour-poursuivre = صحِّح هذا الخطأ للمتابعة:
tm-corrigez-les-pour-poursuivre = صحِّح هذه الأخطاء للمتابعة:
tm-plus-dinformations = مزيد من المعلومات
tm-moins-dinformations = معلومات أقل
tm-votre-identite = هويتك
tm-vous-agissez-en-tant-que-mandataire = أنت تتصرف بصفتك وكيلًا (mandataire)، إما في إطار مهنتك (مثل محاسب قانوني أو محامٍ أو موظف عمومي…) أو بصفة شخصية (العائلة). تأكد من احترام شروط
tm-articles-1984-et-suivants-du-code = المواد 1984 وما يليها من القانون المدني.
tm-identite-du-beneficiaire = هوية المستفيد
tm-vous-ne-pouvez-pas-deposer-votre = لا يمكنك تقديم ملفك
tm-repondre = الرد
tm-invite = مدعو
tm-supprimer-le-message = حذف الرسالة
tm-supprimer-la-demande-de-correction-et = حذف طلب التصحيح وهذه الرسالة
tm-supprimer-le-message-en-attente-de = حذف الرسالة التي تنتظر الرد
tm-etes-vous-sur-de-vouloir-supprimer = هل أنت متأكد أنك تريد حذف هذه الرسالة؟
tm-email-automatique = بريد إلكتروني تلقائي
tm-vous = أنت
tm-message-supprime = رسالة محذوفة
tm-non-lu = غير مقروءة
tm-usager = المستخدم
tm-vous-devez-effectuer-les-modifications = يجب أن تُجري التعديلات المطلوبة عن طريق تعديل ملفك.
tm-modifier-le-dossier = تعديل الملف
tm-cree-depuis-le = أُنشئ ابتداءً من تاريخ
tm-depose-depuis-le = قُدِّم ابتداءً من تاريخ
tm-appliquer-les-filtres = تطبيق الفلاتر
tm-reinitialiser-les-filtres = إعادة تعيين الفلاتر
tm-selectionner-un-filtre = اختيار فلتر
tm-1-filtre-actif = فلتر واحد مفعَّل
tm-filtres-actifs = { $n ->
        [zero] لا يوجد أي فلتر مفعَّل
        [one] فلتر واحد مفعَّل
        [two] فلتران مفعَّلان
        [few] { $n } فلاتر مفعَّلة
        [many] { $n } فلترًا مفعَّلًا
       *[other] { $n } فلتر مفعَّل
    }
tm-supprimer-1-filtre-actif = إزالة فلتر واحد مفعَّل
tm-selectionner-un-statut = اختيار حالة
tm-afficher-les-dossiers-par-demarche = عرض الملفات حسب الإجراء
tm-afficher = عرض

## ds: components dsfr

tm-telecharger-le-fichier = تنزيل الملف
tm-ce-lien-est-ephemere-et-ne = هذا الرابط مؤقت ولا ينبغي مشاركته.
tm-afficher-le-mot-de-passe = إظهار كلمة المرور
tm-afficher-la-confirmation-du-mot-de = إظهار تأكيد كلمة المرور
tm-ladresse-electronique-semble-erronee = يبدو أن عنوان البريد الإلكتروني خاطئ
tm-vouliez-vous-ecrire = هل كنت تقصد:
tm-recherche-en-cours-pour-le-siret = جارٍ البحث عن رقم SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } برأسمال قدره { $amount }
tm-donnee-remplie-automatiquement = معلومة مملوءة تلقائيًا.
tm-une-erreur-est-survenue-lors-de = حدث خطأ أثناء تحليل مستندك. تجاهل هذه الرسالة إذا كنت متأكدًا من ملفك.
tm-masquer-le-message = إخفاء الرسالة

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = رقم الشارع واسمه، أو اسم الموضع (lieu-dit)
tm-une-erreur-est-survenue-lors-de-2 = حدث خطأ أثناء البحث
tm-une-erreur-est-survenue-lors-de-3 = حدث خطأ أثناء البحث. إذا استمرت المشكلة، ضع علامة على «لا أجد عنواني في الاقتراحات» (« Je ne trouve pas mon adresse dans les suggestions ») ثم تابِع.
tm-ville = المدينة
tm-exemple-london = مثال: London
tm-ville-ou-commune = المدينة أو البلدية
tm-renseignez-le-nom-ou-le-code = اكتب اسم المدينة أو رمزها البريدي، ثم اختر البلدية من القائمة. مثال: Strasbourg
tm-code-postal = الرمز البريدي
tm-je-ne-trouve-pas-mon-adresse = لا أجد عنواني في الاقتراحات
tm-saisissez-une-adresse-une-voie-un = اكتب عنوانًا أو شارعًا أو اسم موضع (lieu-dit) أو بلدية. مثال: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = توسيط الخريطة بالبحث عن عنوان
tm-commencez-a-saisir = ابدأ الكتابة
tm-ajouter-un-point-sur-la-carte = إضافة نقطة على الخريطة
tm-exemple = مثال:
tm-afficher-votre-position-sur-la-carte = إظهار موقعك على الخريطة
tm-ajouter-le-point-avec-les-coordonnees = إضافة النقطة بالإحداثيات المكتوبة على الخريطة
tm-ajouter-un-fichier-gpx-ou-kml = إضافة ملف GPX أو KML
tm-supprimer-le-fichier-2 = حذف الملف
tm-modification-a-deposer = تعديل ينتظر التقديم
tm-information-champ-actualise-par = معلومة: خانة حدّثتها الإدارة. تحقّق من محتواها.
tm-la-taille-maximale-conseillee-est-de = { $n ->
        [zero] الحد الأقصى المنصوح به هو { $n } حرف.
        [one] الحد الأقصى المنصوح به هو حرف واحد.
        [two] الحد الأقصى المنصوح به هو حرفان.
        [few] الحد الأقصى المنصوح به هو { $n } أحرف.
        [many] الحد الأقصى المنصوح به هو { $n } حرفًا.
       *[other] الحد الأقصى المنصوح به هو { $n } حرف.
    }
tm-le-numero-dallocataire-caf = رقم المستفيد لدى CAF (numéro d’allocataire)
tm-il-est-generalement-compose-de-7 = يتكوّن عادةً من 7 أرقام.
tm-le-code-postal = الرمز البريدي
tm-il-est-generalement-compose-de-5 = يتكوّن عادةً من 5 أرقام.
tm-numero-daccreditation = رقم الاعتماد
tm-format-jj-mm-aaaa = الصيغة: JJ/MM/AAAA (يوم/شهر/سنة)
tm-le-numero-fiscal = الرقم الضريبي
tm-il-est-generalement-compose-de-13 = يتكوّن عادةً من 13 أو 14 رمزًا.
tm-la-reference-davis-dimposition = مرجع إشعار الضريبة (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = يتكوّن عادةً من 13 أو 14 رمزًا.
tm-identifiant-national-etudiant-il-est = الرقم الوطني للطالب (INE). يتكوّن عادةً من أحرف وأرقام.
tm-identifiant = المعرّف
tm-il-est-generalement-compose-de = يتكوّن عادةً من أحرف وأرقام.
tm-ajouter-un-element-supplementaire-a = إضافة عنصر آخر إلى «{ $name }»
tm-supprimer = حذف { $name } { $n }
tm-aucune-fondation-trouvee = لم يُعثر على أي مؤسسة (fondation)
tm-ce-rnf-correspond-a = رقم RNF هذا يطابق: { $name }، { $address }
tm-il-vous-reste-caracteres = { $n ->
        [zero] لم يبقَ لك أي حرف.
        [one] بقي لك حرف واحد.
        [two] بقي لك حرفان.
        [few] بقيت لك { $n } أحرف.
        [many] بقي لك { $n } حرفًا.
       *[other] بقي لك { $n } حرف.
    }
tm-vous-avez-atteint-la-taille-maximale = لقد بلغت الحجم الأقصى المنصوح به.
tm-oui = نعم

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = إظهار كل الأخطاء

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = كلمة مرور مقبولة. يمكنك التأكيد… أو تحسين كلمة مرورك.
tm-mot-de-passe-vulnerable = كلمة مرور ضعيفة.
tm-mot-de-passe-tres-vulnerable = كلمة مرور ضعيفة جدًا.
tm-pour-un-mot-de-passe-securise = لكي تكون كلمة المرور آمنة، تجنّب استعمال حروف متتابعة أو تكرار الحرف نفسه. يمكنك مثلًا اختيار جملة (فيها مسافات) تتذكرها بسهولة.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = اتبع هذا الرابط لتسجيل الدخول إلى العنوان الجديد.
tm-nous-avons-detecte-une-erreur-reseau = اكتشفنا خطأ في الشبكة يمنعنا من تحويلك إلى هناك. اتصل بقسم المعلوماتية لديك ليسمح بالوصول إلى demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = ليس من نوع مقبول
tm-est-trop-lourd-e-le-fichier = حجمه كبير جدًا. يجب ألا يتجاوز حجم الملف { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = طلب كلمة مرور جديدة
tm-vous-etes-connecte-e-vous-pouvez = لقد سجّلت الدخول! يمكنك في أي وقت التبديل بين ملفاتك الشخصية المختلفة: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = لقد سجّلت الخروج الآن.

## ds: users

tm-votre-compte-a-deja-ete-active = تم تفعيل حسابك من قبل.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE غير متاح، وستصل المعلومات عن الشركة خلال بضع ساعات.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = إذا كنت إنسانًا، اترك هذه الخانة فارغة

## ds: clipboard

tm-copie = تم النسخ

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = تجد جوابك في
tm-contact-technique = جهة الاتصال التقنية
tm-envoyez-nous-un-message-a = أرسل لنا رسالة على { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = هل تحتاج إلى مساعدة لملء ملفك؟

## ds: utils

tm-nombre-a-virgule = عدد عشري
tm-nombre-entier = عدد صحيح
tm-liste-a-choix-multiple = قائمة متعددة الاختيارات
tm-deconnexion = تسجيل الخروج
tm-pieces-jointes = المرفقات
tm-les-champs-suivis-dun-asterisque = الخانات المتبوعة بنجمة (إلزامية) يجب ملؤها.
tm-facultatif = (اختياري)
tm-envoyer-le-message = إرسال الرسالة
tm-nouvel-onglet = علامة تبويب جديدة

## ds: skiplinks

tm-acces-rapide = وصول سريع
tm-contenu = المحتوى

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = عندما تظهر نتائج الإكمال التلقائي، استعمل السهمين أعلى وأسفل للتنقل في قائمة النتائج. اضغط على مفتاح Enter (Entrée) لاختيار نتيجة. اضغط على مفتاح Esc (Echap) لإغلاق قائمة النتائج.
tm-aucun-resultat = لا توجد أي نتيجة
tm-1-resultat = نتيجة واحدة
tm-resultats = نتائج

## ds: layouts

tm-un-outil-simple-pour-gerer-les = أداة بسيطة لإدارة الاستمارات الإدارية الإلكترونية.
tm-mon-compte = حسابي
tm-revenir-en-arriere = الرجوع
tm-revenir-en-arriere-sur-le-site = الرجوع إلى موقع الإدارة التي أتعامل معها
tm-menu-principal = القائمة الرئيسية
tm-mes-dossiers = ملفاتي
tm-consulter-mon-dossier = الاطلاع على ملفي
tm-jai-une-question = لدي سؤال
tm-aller-a-la-page-daccueil = الذهاب إلى الصفحة الرئيسية

## ds: views

tm-creation-de-compte-sur = إنشاء حساب على { $name }
tm-se-creer-un-compte-avec-une = إنشاء حساب بعنوان بريد إلكتروني
tm-adresse-electronique = البريد الإلكتروني
tm-mot-de-passe-caracteres-minimum = { $n ->
        [zero] كلمة المرور ({ $n } حرف على الأقل)
        [one] كلمة المرور (حرف واحد على الأقل)
        [two] كلمة المرور (حرفان على الأقل)
        [few] كلمة المرور ({ $n } أحرف على الأقل)
        [many] كلمة المرور ({ $n } حرفًا على الأقل)
       *[other] كلمة المرور ({ $n } حرف على الأقل)
    }
tm-avant-deffectuer-votre-demarche-nous = قبل القيام بإجرائك، نحتاج إلى التحقق من بريدك الإلكتروني { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = افتح صندوق بريدك الإلكتروني، واضغط على رابط التفعيل في الرسالة التي وصلتك.
tm-renvoyer-un-email-de-confirmation = إعادة إرسال رسالة التأكيد
tm-lautorisation-de-vient-detre-revoquee = تم للتوّ سحب الإذن من { $email }. يمكنك دعوة شخص آخر.
tm-vous-ne-pouvez-pas-revoquer-cette = لا يمكنك سحب هذا الإذن
tm-inviter-une-personne-a-modifier-ce = دعوة شخص لتعديل هذا الملف
tm-gestion-des-invites = إدارة المدعوّين
tm-les-invites-ont-le-droit-de = يحقّ للمدعوّين رؤية ملفك وتعديله.
tm-ajouter-un-invite = إضافة مدعوّ
tm-envoyer-une-invitation = إرسال دعوة
tm-revoquer-lacces = سحب الإذن بالوصول
tm-aucun-invite-ne-peut-voir-et = لا يوجد حاليًا أي مدعوّ يستطيع رؤية هذا الملف وتعديله.
tm-1-personne-invitee = شخص واحد مدعوّ
tm-personnes-invitees = { $n ->
        [zero] لا يوجد أي شخص مدعوّ
        [one] شخص واحد مدعوّ
        [two] شخصان مدعوّان
        [few] { $n } أشخاص مدعوّين
        [many] { $n } شخصًا مدعوًّا
       *[other] { $n } شخص مدعوّ
    }
tm-une-fois-le-dossier-complet-vous = عندما يكتمل الملف، يجب أن تقدّمه بنفسك.
tm-dernier = الأخير
tm-precedent = السابق
tm-premier = الأول
tm-lusager-a-supprime-son-compte = (المستخدم حذف حسابه)
tm-cordialement = مع التحية،
tm-modifie-par-lusager-le = عدّله المستخدم في { $date }
tm-passe-en-instruction-le = بدأت دراسته في { $date }
tm-accepte-le = قُبل في { $date }
tm-classe-sans-suite-le = أُغلق دون متابعة في { $date }
tm-telecharger-lattestation = تنزيل الشهادة
tm-votre-dossier-est-enregistre = يُحفَظ ملفك تلقائيًا بعد كل تعديل. يمكنك في أي وقت إغلاق النافذة والعودة لاحقًا لتكمل من حيث توقفت.
tm-envoyer-et-marquer-le-dossier = إرسال ووضع علامة على الملف
tm-en-attente-de-reponse = في انتظار الرد
tm-votre-message-obligatoire = رسالتك (إلزامية)
tm-ecrivez-votre-message-a-l-administration = اكتب رسالتك إلى الإدارة هنا
tm-identite-du-demandeur = هوية مقدّم الطلب
tm-identite-du-mandataire = هوية الوكيل (mandataire)
tm-sections-du-formulaire = أقسام الاستمارة
tm-modifier-le-siret = تعديل رقم SIRET
tm-lusager-a-pris-connaissance-de-la = اطّلع المستخدم على القرار المتعلق بملفه في { $agreement }.
tm-identifier-votre-etablissement = حدِّد مؤسستك
tm-civilite = صيغة المخاطبة (السيد أو السيدة)
tm-nom = اسم العائلة
tm-renseignez-le-numero-de-siret-de = اكتب رقم SIRET الخاص بشركتك أو إدارتك أو جمعيتك لبدء الإجراء.
tm-pour-trouver-votre-numero-siret-utilisez = لمعرفة رقم SIRET الخاص بك، استعمل { $annuaire_link } أو اسأل قسم المحاسبة لديك.
tm-continuer = متابعة
tm-merci = شكرًا!
tm-votre-dossier-sur-la-demarche = ملفك الخاص بالإجراء
tm-a-bien-ete-envoye = قد أُرسل بنجاح.
tm-vous-avez-desormais-acces-a-votre = أصبح بإمكانك الآن الوصول إلى
tm-dossier-en-ligne = ملفك على الإنترنت.
tm-vous-pouvez = يمكنك
tm-le-modifier = تعديله
tm-et = و
tm-echanger-avec-un-instructeur = التواصل مع الموظف المكلّف بدراسة ملفك.
tm-telecharger-mon-dossier = تنزيل ملفي
tm-telecharger-mon-attestation = تنزيل شهادتي
tm-suivi-de-votre-dossier = متابعة ملفك
tm-votre-dossier = ملفك
tm-dossier-n = الملف رقم { $n }
tm-en-brouillon-depuis-le = - مسودة منذ { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (ملفك بصيغة PDF)
tm-brouillon = مسودة
tm-votre-dossier-est-en-cours-dinstruction = ملفك قيد الدراسة لدى الإدارة. لم يعد بإمكانك تعديله.
tm-votre-dossier-est-soumis-au-cadre = يخضع ملفك للقاعدة القانونية «السكوت يعني القبول» (« Silence Vaut Accord »)
tm-votre-dossier-est-soumis-au-cadre-2 = يخضع ملفك للقاعدة القانونية «السكوت يعني الرفض» (« Silence Vaut Rejet »)
tm-termine = منتهٍ
tm-vous-avez-une-question-utilisez-la = هل لديك سؤال؟ استعمل صندوق الرسائل للتواصل مع الإدارة مباشرة.
tm-motivation = التعليل:
tm-attestation = الشهادة:
tm-votre-dossier-a-ete-accepte = تم قبول ملفك
tm-motif-de-lacceptation = سبب القبول
tm-votre-dossier-a-ete-refuse = تم رفض ملفك
tm-envoyer-un-message-a-ladministration = إرسال رسالة إلى الإدارة
tm-dernier-message = آخر رسالة
tm-votre-prochain-rendez-vous = موعدك القادم
tm-voir-mon-rendez-vous-sur-rdv = عرض موعدي على RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = تعديل الملف - يمكنك تعديل ملفك ما دامت دراسته لم تبدأ
tm-rechercher-un-dossier-par-n-de = البحث عن ملف (برقم الملف، بكلمات مفتاحية…)
tm-rechercher-un-dossier-par-n-de-2 = البحث عن ملف (برقم الملف، باسم العائلة / الاسم الشخصي، بكلمات مفتاحية…)
tm-saisissez-votre-recherche = اكتب ما تبحث عنه
tm-resultat-de-la-recherche-pour = نتيجة البحث عن «{ $search_terms }»
tm-et-pour-la-procedure = وللإجراء «{ $name }»
tm-dossier-numero = الملف رقم { $n }
tm-ladministration-ne-traitera-plus-votre = لن تعالج الإدارة طلبك بعد الآن.
tm-dossier-n-2 = الملف رقم
tm-ne-correspond-aux-termes-recherches = لا يطابق كلمات البحث
tm-ne-correspond-aux-filtres-selectionnes = لا يطابق الفلاتر المختارة
tm-cette-demarche-est-close-vous-ne = هذا الإجراء مغلق، ولا يمكنك تقديم هذا الملف. ندعوك إلى تقديم ملف جديد على { $link } الذي يحلّ محلّه.
tm-cette-demarche-est-close-vous-ne-2 = هذا الإجراء مغلق، ولا يمكنك تقديم هذا الملف، ولا تقديم ملف جديد لهذا الإجراء. { $link }
tm-cette-demarche-est-close-votre-dossier = هذا الإجراء مغلق، لكن ملفك قُدِّم بالفعل ويمكن للإدارة دراسته. عند الحاجة، يمكنك تقديم ملف جديد على { $link } الذي يحلّ محلّه.
tm-cette-demarche-est-close-votre-dossier-2 = هذا الإجراء مغلق، لكن ملفك قُدِّم بالفعل ويمكن للإدارة دراسته. لا يمكنك تقديم ملف جديد لهذا الإجراء. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = هذا الإجراء مغلق، وقد عالجت الإدارة ملفك بالفعل. عند الحاجة، يمكنك تقديم ملف جديد على { $link } الذي يحلّ محلّه.
tm-cette-demarche-est-close-votre-dossier-4 = هذا الإجراء مغلق، وقد عالجت الإدارة ملفك بالفعل. لا يمكنك تقديم ملف جديد لهذا الإجراء. { $link }
tm-nouvelle-demarche-disponible = إجراء جديد متاح
tm-cette-demarche = هذا الإجراء
tm-ce-dossier-attend-vos-corrections = هذا الملف ينتظر تصحيحاتك — اطّلع على التعديلات المطلوبة في صندوق رسائل الملف رقم { $n }.
tm-ce-dossier-attend-votre-reponse = هذا الملف ينتظر ردّك
tm-consultez-la-messagerie-du-dossier = اطّلع على صندوق رسائل الملف رقم { $n } وردّ على الإدارة.
tm-cree-le = أُنشئ في { $date }
tm-mis-a-la-corbeille-automatiquement-le = نُقل إلى سلة المهملات تلقائيًا في { $date } لأن المدة القصوى لحفظه انتهت
tm-commencer-un-nouveau-dossier = بدء ملف جديد
tm-dupliquer-le-dossier = نسخ الملف
tm-voulez-vous-vraiment-mettre-a-la = هل تريد فعلًا نقل هذا الملف إلى سلة المهملات؟
tm-en-continuant-vous-allez-supprimer-ce = إذا تابعت، ستحذف هذا الملف والمعلومات التي فيه، وكذلك طلب نقله إلى { $email }. كل حذف يؤدي إلى إلغاء الإجراء الجاري. هل تؤكد الحذف؟
tm-continuer-a-remplir = متابعة الملء
tm-restaurer = استعادة
tm-restaurer-et-etendre-la-conservation-du = استعادة الملف رقم { $id } وتمديد مدة حفظه (عدد الأشهر: { $duree_conservation_dossiers_dans_ds })
tm-autres-actions = إجراءات أخرى
tm-le-support-technique = الدعم التقني
tm-une-demande-de-transfert-est-en = يوجد طلب جارٍ لنقل الملف رقم { $n } إلى { $email }
tm-une-demande-de-transfert-par-le = يوجد طلب جارٍ من الدعم التقني لنقل الملف رقم { $n } إلى { $email }
tm-demande-de-transfert-par-le-support = طلب من الدعم التقني لنقل الملف رقم { $n } الخاص بـ { $email }
tm-accepter = قبول
tm-refuser = رفض
tm-connexion-a = تسجيل الدخول إلى { $name }
tm-mot-de-passe-oublie = هل نسيت كلمة المرور؟
tm-trouvez-votre-demarche = ابحث عن إجرائك
tm-vous-etes-agent-de-la-fonction = هل أنت موظف في الوظيفة العمومية للدولة؟
tm-accedez-a-notre-page-dediee = اذهب إلى الصفحة المخصصة لذلك
tm-se-connecter-avec-son-compte = تسجيل الدخول بحسابك
tm-si-vous-voyez-cette-page-trop = إذا كنت ترى هذه الصفحة كثيرًا، فاطّلع على صفحة المساعدة.
tm-changement-de-mot-de-passe = تغيير كلمة المرور
tm-changer-le-mot-de-passe = تغيير كلمة المرور
tm-si-un-compte-existe-avec-ladresse = إذا كان هناك حساب بالعنوان { $email }، فقد أرسلنا إليك بريدًا إلكترونيًا لإعادة تعيين كلمة المرور.
tm-vous-navez-pas-recu-lemail = ألم يصلك البريد الإلكتروني؟
tm-verifiez-la-boite-indesirables-ou-spam = تحقّق من مجلد الرسائل غير المرغوب فيها (Indésirables أو Spam) في بريدك الإلكتروني.
tm-vous-etes-vous-connecte-avec-france = هل سجّلت الدخول سابقًا عبر France Connect؟ في هذه الحالة، حاول مرة أخرى عبر France Connect.
tm-le-compte-a-pu-etre-supprime = ربما حُذف الحساب لأنه لم يُستعمل لمدة طويلة ولم يكن فيه ملف جارٍ. في هذه الحالة، يجب أن تنشئ حسابًا جديدًا انطلاقًا من إجراء.
tm-lien-de-reinitialisation-du-mot-de = تم إرسال رابط إعادة تعيين كلمة المرور
tm-attention-ce-courriel-peut-mettre-jusqua = انتبه، قد تستغرق هذه الرسالة حتى 15 دقيقة لتصل.
tm-en-cas-de-difficultes-nous-restons = إذا واجهتك صعوبات، يمكنك دائمًا التواصل معنا عبر هذه الاستمارة.

## ds: modal

tm-publier-la-demarche = نشر الإجراء
tm-reactiver-la-demarche = إعادة تفعيل الإجراء
tm-vous-vous-appretez-a-publier-votre = أنت على وشك نشر إجرائك للعموم.
tm-vous-vous-appretez-a-reactiver-votre = أنت على وشك إعادة تفعيل إجرائك.
tm-publier = نشر

## ds: activerecord

tm-la-nouvelle-adresse-electronique = عنوان البريد الإلكتروني الجديد
tm-numero-siret = رقم SIRET
tm-la-demarche-est-mise-en-uvre = هذا الإجراء تنفّذه
tm-valeur-du-champ = قيمة الخانة
tm-lobjet-genere-sera-tronque-sil-depasse = سيُقتطع الموضوع المُنشأ تلقائيًا إذا تجاوز 100 حرف.
tm-est-invalide-saisissez-un-numero-de = غير صالح. اكتب رقم هاتف صالحًا. مثال: 0612345678
tm-nest-pas-un-lien-valide = ليس رابطًا صالحًا
tm-aucun-resultat-ne-correspond-a-votre = لا توجد أي نتيجة تطابق بحثك.
tm-trop-de-demandes-nous-reessayons-pour = طلبات كثيرة جدًا. نعيد المحاولة من أجلك.
tm-erreur-du-serveur-nous-reessayons-pour = خطأ في الخادم. نعيد المحاولة من أجلك.
tm-service-indisponible-nous-reessayons = الخدمة غير متاحة. نعيد المحاولة من أجلك.
tm-la-demande-a-pris-trop-de = استغرق الطلب وقتًا طويلًا جدًا. نعيد المحاولة من أجلك.
tm-probleme-de-connexion-nous-reessayons = مشكلة في الاتصال. نعيد المحاولة من أجلك.
tm-resultat-introuvable-verifiez-vos = لم يتم العثور على نتيجة. تحقّق من معلوماتك.
tm-non-autorise-connectez-vous-pour = غير مسموح. سجّل الدخول للمتابعة.
tm-invitation-deja-envoyee = : تم إرسال الدعوة من قبل
tm-votre-lien-de-nouveau-mot-de = : انتهت صلاحية رابط كلمة المرور الجديدة. يُرجى طلب رابط جديد.
tm-nest-pas-assez-complexe-saisir-un = ليست معقّدة بما يكفي. اكتب كلمة مرور أكثر تعقيدًا
tm-les-deux-mots-de-passe-ne = : كلمتا المرور غير متطابقتين
tm-ne-peut-etre-identique-a-lancienne = لا يمكن أن يكون مطابقًا للعنوان القديم. اكتب عنوان بريد إلكتروني آخر
tm-est-deja-utilise-par-une-demarche = مستعمل من قبل في إجراء. لا يمكنك استعماله لأنه يخص مسؤولًا آخر.
tm-nest-pas-valide-il-doit-comporter = غير صالح. يجب أن يحتوي على 3 أحرف على الأقل و200 حرف على الأكثر، والحروف المسموح بها فقط هي a-z و0-9 و'_' و'-'.
tm-ne-peut-pas-etre-utilise-car = لا يمكن استعماله لأنه آخر رابط للإجراء.
tm-doit-posseder-13-ou-14-caracteres = يجب أن يتكون من 13 أو 14 رمزًا
tm-doit-etre-dans-les-options-proposees = يجب أن يكون من بين الخيارات المقترحة
tm-doit-etre-un-nom-de-region = يجب أن يكون اسم منطقة (région) صالحًا
tm-doit-etre-un-code-de-region = يجب أن يكون رمز منطقة (région) صالحًا
tm-doit-etre-un-nom-de-departement = يجب أن يكون اسم محافظة (département) صالحًا
tm-doit-etre-un-code-de-departement = يجب أن يكون رمز محافظة (département) صالحًا
tm-doit-etre-un-code-depci-du = يجب أن يكون رمز EPCI (تجمّع بلديات) تابعًا للمحافظة (département) المعنية
tm-doit-etre-un-nom-depci-du = يجب أن يكون اسم EPCI (تجمّع بلديات) تابعًا للمحافظة (département) المعنية
tm-doit-etre-un-entier = يجب أن يكون عددًا صحيحًا

## ds: errors

tm-le-champ = الخانة «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = الملف غير موجود أو ليس لديك صلاحية الوصول إليه.
tm-ce-lien-dinvitation-nest-plus-valable = رابط الدعوة هذا لم يعد صالحًا أو لم يعد الوصول إلى الملف ممكنًا.
tm-une-erreur-est-survenue-lors-de-4 = حدث خطأ أثناء الاتصال بـ FranceConnect. يُرجى إعادة المحاولة.
tm-seul-e-s-les-usagers-peuvent = المستخدمون وحدهم يمكنهم تسجيل الدخول عبر France Connect. بصفتك موظفًا مكلّفًا بدراسة الملفات أو مسؤولًا، ندعوك إلى إعادة تعيين كلمة مرورك.
tm-desole-la-recuperation-des-informations = عذرًا، جلب معلومات SIRET غير متاح مؤقتًا. يُرجى إعادة المحاولة بعد لحظات.
tm-nous-navons-pas-trouve-detablissement = لم نجد أي مؤسسة تطابق رقم SIRET هذا.
tm-lexpression-reguliere-que-vous-avez = التعبير النمطي (expression régulière) الذي كتبته قد يكون خطيرًا وقد يسبّب مشاكل في الأداء
tm-lexemple-doit-correspondre-a-lexpression = يجب أن يطابق المثال التعبير النمطي المُعطى
tm-doit-etre-un-nombre-superieur-ou = يجب أن يكون عددًا أكبر من { $n } أو يساويه
tm-doit-etre-un-nombre-inferieur-ou = يجب أن يكون عددًا أصغر من { $n } أو يساويه
tm-doit-etre-une-date-dans-le = يجب أن يكون تاريخًا في الماضي
tm-doit-etre-une-date-comprise-entre = يجب أن يكون تاريخًا بين { $start_date } و{ $end_date }
tm-doit-etre-une-date-superieure-ou = يجب أن يكون تاريخًا يساوي { $date } أو بعده
tm-doit-etre-une-date-inferieure-ou = يجب أن يكون تاريخًا يساوي { $date } أو قبله
tm-doit-comprendre-entre-1-et-3 = يجب أن يحتوي على رقم واحد إلى 3 أرقام بعد النقطة العشرية
tm-doit-etre-une-date-correctement-formatee = يجب أن يكون تاريخًا مكتوبًا بشكل صحيح
tm-doit-etre-une-date-et-heure = يجب أن يكون تاريخًا ووقتًا مكتوبين بشكل صحيح
tm-doit-etre-rempli = يجب ملؤها
tm-votre-session-a-ete-renouvelee-merci = تم تجديد جلستك. يُرجى إعادة هذه العملية من هذه الصفحة.

## ds: users

tm-ce-dossier-est-depose-sur-une = هذا الملف مُقدَّم على إجراء تجريبي. أي تعديل للإجراء من طرف المسؤول (إضافة خانة، نشر الإجراء...) سيؤدي إلى حذف الملف.
tm-votre-dossier-ne-peut-plus-etre = لم يعد بالإمكان تعديل ملفك
tm-completez-lidentification-de = أكمِل تحديد هوية المؤسسة للمتابعة.
tm-votre-dossier-a-bien-ete-duplique = تم نسخ ملفك بنجاح. يمكنك الآن مراجعته وتعديله ثم تقديمه.
tm-linstruction-de-votre-dossier-a-commence = بدأت دراسة ملفك، ولم يعد بالإمكان حذفه. إذا أردت إلغاء الدراسة، اتصل بإدارتك عبر صندوق رسائل ملفك.
tm-votre-dossier-a-bien-ete-mis = تم نقل ملفك إلى سلة المهملات
tm-le-dossier-n-est-pas-correctement = الملف غير مملوء بشكل صحيح.
tm-votre-dossier-a-bien-ete-restaure = تمت استعادة ملفك
tm-aucun-etablissement-nest-associe-a-ce = لا توجد أي مؤسسة مرتبطة بهذا الملف
tm-identite-enregistree = تم تسجيل الهوية
tm-attestation-de-depot = شهادة الإيداع (attestation de dépôt)
tm-dossier-depose-le = قُدِّم الملف في
tm-etat-du-dossier = حالة الملف
tm-depose-en-attente-dexamen-par = مُقدَّم، في انتظار دراسته من الإدارة
tm-refuse = مرفوض
tm-classe-sans-suite = مُغلق دون متابعة
tm-service-administratif = المصلحة الإدارية
tm-fait-le = حُرِّر في { $date }،
tm-obtenir-une-attestation-de-depot-de = الحصول على شهادة إيداع الملف
tm-dossier-n-en-corbeille = الملف رقم { $n } - في سلة المهملات
tm-vous-pouvez-retrouver-ce-dossier-depuis = يمكنك إيجاد هذا الملف في تبويب سلة المهملات في حسابك. لا يمكن الاطلاع عليه حاليًا.
tm-ce-dossier-a-ete-mis-a = نُقل هذا الملف إلى سلة المهملات بطلب منك: يمكنك استعادته حتى الآن.
tm-si-ce-dossier-a-ete-mis = إذا نُقل هذا الملف إلى سلة المهملات بطلب منك: يمكنك استعادته حتى الآن.
tm-si-ce-dossier-a-ete-mis-2 = إذا نُقل هذا الملف إلى سلة المهملات تلقائيًا لأن المدة القصوى لحفظه انتهت: ننصحك بتنزيله في أسرع وقت قبل أن يُحذف نهائيًا.
tm-dossier-n-supprime-definitivement = الملف رقم { $n } - حُذف نهائيًا
tm-vous-ne-pouvez-plus-recuperer-ce = لم يعد بإمكانك استرجاع هذا الملف لأحد الأسباب التالية:
tm-il-a-ete-mis-a-la = نُقل إلى سلة المهملات بطلب منك، ثم حُذف تلقائيًا.
tm-il-a-ete-supprime-car-son = حُذف لأن المدة القصوى لحفظه انتهت.
tm-vous-pouvez-retrouver-lensemble-des = يمكنك إيجاد كل الملفات المحذوفة من حسابك (ما عدا المسودات «BROUILLON») في صفحة سجلّ الملفات المحذوفة.

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = يستعمل حسابك في FranceConnect العنوان { $email } كبريد إلكتروني للتواصل.
tm-souhaitez-vous-lutiliser-pour-recevoir = هل تريد استعماله لتلقّي الإشعارات عن تقدّم ملفاتك؟
tm-valider = تأكيد
tm-veuillez-nous-fournir-ladresse = يُرجى إعطاؤنا عنوان البريد الإلكتروني الذي نستعمله للتواصل معك
tm-oui-utiliser-comme-adresse-electronique = نعم، استعمال { $email } كبريد إلكتروني للتواصل
tm-non-utiliser-une-autre-adresse = لا، استعمال بريد إلكتروني آخر
tm-fusion-des-comptes-franceconnect-et = دمج حسابَي FranceConnect و{ $name }
tm-bonjour-votre-compte-franceconnect = مرحبًا، يستعمل حسابك في FranceConnect العنوان { $email } كبريد إلكتروني للتواصل. لكن يوجد حساب على { $name } بهذا البريد الإلكتروني نفسه.
tm-pour-les-fusionner-entrez-votre-mot = لدمجهما، اكتب كلمة المرور
tm-fusionner-les-comptes = دمج الحسابين
tm-utiliser-cette-adresse-electronique = استعمال هذا البريد الإلكتروني
tm-nous-venons-de-vous-envoyer-le = أرسلنا إليك للتوّ رسالة التأكيد، يُرجى الضغط على الرابط الموجود في هذه الرسالة لدمج حساباتك
tm-le-lien-de-confirmation-a-expire = انتهت صلاحية رابط التأكيد. أُرسل إليك رابط تأكيد جديد بالبريد الإلكتروني.
tm-une-erreur-inattendue-est-survenue = حدث خطأ غير متوقع. يُرجى الاتصال بالدعم إذا استمرت المشكلة.
tm-vous-avez-ete-deconnecte-de-votre = تم تسجيل خروجك من حسابك السابق. يُرجى الضغط على رابط التأكيد مرة أخرى.
tm-utilisateur-non-trouve = لم يُعثر على المستخدم
tm-les-comptes-franceconnect-et-sont-a = تم الآن دمج حسابَي FranceConnect و{ $name }

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = يمكنك تنزيل شهادتك من العنوان التالي: { $link }
tm-pour-obtenir-le-detail-de-cette = لمعرفة تفاصيل هذا التعديل في القرار، يمكنك الاتصال بالمصلحة: { $name }.
tm-a-ete-refuse-le = رُفض في { $date }
tm-le-motif-de-refus-est-le = سبب الرفض هو التالي:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = لم تكتب رقم SIRET الخاص بالمصلحة في بعض إجراءاتك. يُرجى تعديلها.
tm-certaines-de-vos-demarches-nont-pas = بعض إجراءاتك ليست مرتبطة بأي مصلحة.
tm-ajouter-un-service-a-la-demarche = إضافة مصلحة إلى الإجراء { $n }
tm-temps-de-remplissage-estime-min-variable = { $n ->
        [zero] المدة المقدّرة للملء: { $n } دقيقة (تختلف حسب الخيارات المختارة)
        [one] المدة المقدّرة للملء: دقيقة واحدة (تختلف حسب الخيارات المختارة)
        [two] المدة المقدّرة للملء: دقيقتان (تختلف حسب الخيارات المختارة)
        [few] المدة المقدّرة للملء: { $n } دقائق (تختلف حسب الخيارات المختارة)
        [many] المدة المقدّرة للملء: { $n } دقيقةً (تختلف حسب الخيارات المختارة)
       *[other] المدة المقدّرة للملء: { $n } دقيقة (تختلف حسب الخيارات المختارة)
    }
tm-quels-sont-les-delais-dinstruction-pour = ما هي مدة دراسة الملفات في هذا الإجراء؟
tm-liste-des-pieces-en-fonction-de = قائمة الوثائق حسب وضعك
tm-le-sva-ou-silence-vaut-accord = مبدأ SVA، أي «السكوت يعني القبول» (« Silence Vaut Accord »)، هو مبدأ قانوني يحدّد مصير الطلب إذا لم تردّ الإدارة: يُقبل الطلب تلقائيًا بعد انتهاء مدة معيّنة إذا كان ملفك كاملًا.
tm-le-svr-ou-silence-vaut-rejet = مبدأ SVR، أي «السكوت يعني الرفض» (« Silence Vaut Rejet »)، هو مبدأ قانوني يحدّد مصير الطلب إذا لم تردّ الإدارة: يُرفض الطلب تلقائيًا بعد انتهاء مدة معيّنة إذا كان ملفك كاملًا.

## ds: layouts

tm-super-admin = المشرف العام (super-admin)

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = اكتب رقم الشارع واسمه، أو اسم الموضع (lieu-dit)
tm-renseigner-la-ville-ou-commune = اكتب المدينة أو البلدية
tm-renseigner-un-code-postal = اكتب رمزًا بريديًا
tm-format-attendu-jj-mm-aaaa = الشكل المطلوب: JJ/MM/AAAA (يوم/شهر/سنة).
tm-format-attendu-jj-mm-aaaa-hh = الشكل المطلوب: JJ/MM/AAAA HH:MM (يوم/شهر/سنة ساعة:دقيقة).
tm-format-attendu-un-numero-de-dossier = الشكل المطلوب: رقم ملف مُقدَّم على { $name }
tm-ne-doit-pas-contenir-de-caracteres = يجب ألا يحتوي على رموز خاصة
tm-doit-faire-au-moins-caracteres = { $n ->
        [zero] يجب أن يتكون من { $n } حرف على الأقل
        [one] يجب أن يتكون من حرف واحد على الأقل
        [two] يجب أن يتكون من حرفين على الأقل
        [few] يجب أن يتكون من { $n } أحرف على الأقل
        [many] يجب أن يتكون من { $n } حرفًا على الأقل
       *[other] يجب أن يتكون من { $n } حرف على الأقل
    }
tm-doit-faire-moins-de-caracteres = { $n ->
        [zero] يجب أن يكون أقل من { $n } حرف
        [one] يجب أن يكون أقل من حرف واحد
        [two] يجب أن يكون أقل من حرفين
        [few] يجب أن يكون أقل من { $n } أحرف
        [many] يجب أن يكون أقل من { $n } حرفًا
       *[other] يجب أن يكون أقل من { $n } حرف
    }
tm-est-invalide-saisissez-un-numero-iban = غير صالح. اكتب رقم IBAN صالحًا. مثال (فرنسا): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = مثال (فرنسا): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = يمكنك اختيار خيار واحد أو أكثر.

## ds: activemodel

tm-region-code-region = المنطقة (région) ورمز المنطقة

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = الشكل المطلوب: رقم هاتف صالح. مثال: 0612345678
tm-doit-commencer-par-un-w-majuscule = يجب أن يبدأ بحرف W كبير يليه 9 أرقام أو حروف. مثال: W503726238
tm-le-numero-rna-saisi-ne-correspond = رقم RNA { $value } الذي كتبته لا يطابق أي مؤسسة، اكتب رقم RNA صالحًا
tm-une-erreur-reseau-a-empeche-lassociation = منع خطأ في الشبكة العثور على الجمعية المرتبطة برقم RNA هذا، أعد المحاولة لاحقًا
tm-numero-rna = رقم RNA (سجلّ الجمعيات)
tm-nom-de-lassociation = اسم الجمعية
tm-objet-de-lassociation = غرض الجمعية
tm-date-de-creation = تاريخ الإنشاء
tm-date-de-publication = تاريخ النشر
tm-format-attendu-un-w-majuscule-suivi = الشكل المطلوب: حرف W كبير يليه 9 أرقام أو حروف. مثال: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (لم يُعثر على أي مؤسسة)
tm-numero-rnf = رقم RNF (سجلّ المؤسسات)
tm-mise-a-jour-le = تاريخ التحديث
tm-comporte-une-erreur-de-saisie-corrigez = فيه خطأ في الكتابة. صحِّحه.
tm-ne-correspond-pas-a-un-etablissement = لا يطابق أي مؤسسة موجودة
tm-dossier-supprime = ملف محذوف
tm-demande-de-lusager = طلب المستخدم
tm-suppression-dune-demarche = حذف إجراء
tm-numero-de-dossier = رقم الملف
tm-etat = الحالة
tm-demande-de-correction = طلب تصحيح
tm-pour-vous = لنفسك
tm-pour-un-beneficiaire-membre-de-la = لشخص مستفيد: فرد من العائلة، شخص قريب، موكِّل، مهني مكلّف بمتابعة الملف…
tm-a-corriger = يجب تصحيحه
tm-dossier-non-modifie = لم يُعدَّل الملف
tm-demande-de-correction-annulee = أُلغي طلب التصحيح
tm-reponse-donnee = تم الرد
tm-le-dossier-nest-pas-valide-et = الملف غير صالح ويحتاج إلى تصحيح
tm-le-dossier-doit-etre-mis-a = يجب تحديث الملف والتحقق منه من جديد
tm-depose-depuis-longtemps = مُقدَّم منذ مدة طويلة
tm-depose-depuis-j = { $days ->
        [zero] مُقدَّم منذ { $days } يوم
        [one] مُقدَّم منذ يوم واحد
        [two] مُقدَّم منذ يومين
        [few] مُقدَّم منذ { $days } أيام
        [many] مُقدَّم منذ { $days } يومًا
       *[other] مُقدَّم منذ { $days } يوم
    }
tm-expire-bientot = تنتهي صلاحيته قريبًا
tm-expire-dans-j = { $days ->
        [zero] تنتهي صلاحيته بعد { $days } يوم
        [one] تنتهي صلاحيته بعد يوم واحد
        [two] تنتهي صلاحيته بعد يومين
        [few] تنتهي صلاحيته بعد { $days } أيام
        [many] تنتهي صلاحيته بعد { $days } يومًا
       *[other] تنتهي صلاحيته بعد { $days } يوم
    }
tm-bientot-supprime = سيُحذف قريبًا
tm-suppression-dans-j = { $days ->
        [zero] الحذف بعد { $days } يوم
        [one] الحذف بعد يوم واحد
        [two] الحذف بعد يومين
        [few] الحذف بعد { $days } أيام
        [many] الحذف بعد { $days } يومًا
       *[other] الحذف بعد { $days } يوم
    }
tm-message = رسالة
tm-annotation-privee = ملاحظة خاصة
tm-ladresse-electronique = البريد الإلكتروني { $message }
tm-est-invalide = غير صالح
tm-parcelle-agricole = قطعة أرض زراعية
tm-selection-utilisateur = اختيار المستخدم
tm-ne-peut-pas-etre-vide = لا يمكن أن يكون فارغًا
tm-nest-pas-un-geojson-valide = ليس ملف GeoJSON صالحًا
tm-contient-des-coordonnees-invalides = يحتوي على إحداثيات غير صالحة، يُرجى استعمال نظام الإحداثيات WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = القطعة رقم { $n } - الورقة { $prefixe } { $section } - { $surface } م² – البلدية { $commune }
tm-parcelle-n-hectares = القطعة رقم { $n } - { $surface } هكتار
tm-une-aire-de-surface-m2 = منطقة مساحتها { $area } م²
tm-une-aire-de-surface-inconnue = منطقة مساحتها غير معروفة

## ds: activerecord

tm-doit-etre-different-de-celui-du = يجب أن يكون مختلفًا عن بريد الوكيل (mandataire)
tm-notifier-le-beneficiaire = إبلاغ المستفيد:
tm-pas-de-notification = بدون إبلاغ
tm-votre-dossier-n-est-en-train = ملفك رقم { $n } قيد إعادة الدراسة ({ $name })

## ds: activemodel

tm-annee = السنة
tm-depuis-le-debut = منذ البداية
tm-en = (في سنة { $year })
tm-nombre-de-demarches = عدد الإجراءات
tm-nombre-de-demarches-publiees-ou-closes = عدد الإجراءات المنشورة أو المغلقة { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = قُدِّم الملف من حساب FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = قُدِّم الملف من حساب { $name }.
tm-le-service-traitant-na-pas-ete = لم تتمكن المصلحة المكلّفة من معالجة طلبك في المهلة التي تحددها قاعدة «السكوت يعني الرفض» (Silence Vaut Rejet).
tm-expirera-le-mois-apres-le-depot = { $n ->
        [zero] تنتهي صلاحيته في { $date } ({ $n } شهر بعد تقديم الملف)
        [one] تنتهي صلاحيته في { $date } (شهر واحد بعد تقديم الملف)
        [two] تنتهي صلاحيته في { $date } (شهران بعد تقديم الملف)
        [few] تنتهي صلاحيته في { $date } ({ $n } أشهر بعد تقديم الملف)
        [many] تنتهي صلاحيته في { $date } ({ $n } شهرًا بعد تقديم الملف)
       *[other] تنتهي صلاحيته في { $date } ({ $n } شهر بعد تقديم الملف)
    }
tm-ce-dossier-est-en-instruction-il = هذا الملف قيد الدراسة، ولن تنتهي صلاحيته
tm-expirera-le-mois-apres-le-traitement = { $n ->
        [zero] تنتهي صلاحيته في { $date } ({ $n } شهر بعد معالجة الملف)
        [one] تنتهي صلاحيته في { $date } (شهر واحد بعد معالجة الملف)
        [two] تنتهي صلاحيته في { $date } (شهران بعد معالجة الملف)
        [few] تنتهي صلاحيته في { $date } ({ $n } أشهر بعد معالجة الملف)
        [many] تنتهي صلاحيته في { $date } ({ $n } شهرًا بعد معالجة الملف)
       *[other] تنتهي صلاحيته في { $date } ({ $n } شهر بعد معالجة الملف)
    }
tm-expirera-le-mois-apres-le-traitement-2 = { $n ->
        [zero] تنتهي صلاحيته في { $date } ({ $n } شهر بعد معالجة الملف)
        [one] تنتهي صلاحيته في { $date } (شهر واحد بعد معالجة الملف)
        [two] تنتهي صلاحيته في { $date } (شهران بعد معالجة الملف)
        [few] تنتهي صلاحيته في { $date } ({ $n } أشهر بعد معالجة الملف)
        [many] تنتهي صلاحيته في { $date } ({ $n } شهرًا بعد معالجة الملف)
       *[other] تنتهي صلاحيته في { $date } ({ $n } شهر بعد معالجة الملف)
    }
tm-la-recuperation-automatique-des-donnees = جارٍ جلب البيانات تلقائيًا للمستفيد رقم { $numero_allocataire } ذي الرمز البريدي { $code_postal }.
tm-des-donnees-concernant-liees-au-compte = وصلت من CAF بيانات عن { $sources } مرتبطة بالحساب رقم { $numero_allocataire } ذي الرمز البريدي { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = بيانات واردة من الصندوق الوطني للمنح العائلية (Caisse nationale d’allocations familiales)
tm-la-recuperation-automatique-des-donnees-2 = جارٍ جلب البيانات تلقائيًا للمصرِّح رقم { $numero_fiscal } بمرجع الإشعار { $reference_avis }.
tm-des-donnees-concernant-liees-au = وصلت من DGFiP (إدارة الضرائب) بيانات عن { $sources } مرتبطة بالمصرِّح رقم { $numero_fiscal } بمرجع الإشعار { $reference_avis }.
tm-donnees-obtenues-de-la-direction = بيانات واردة من المديرية العامة للمالية العامة (Direction générale des Finances publiques)
tm-la-recuperation-automatique-des-donnees-3 = جارٍ جلب البيانات تلقائيًا للمعرّف { $identifiant }.
tm-des-donnees-concernant-liees-a = وصلت من Pôle emploi بيانات عن { $sources } مرتبطة بالمعرّف { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = بيانات واردة من Pôle emploi (مكتب التشغيل)
tm-des-donnees-concernant-liees-a-line = وصلت من MESRI (وزارة التعليم العالي) بيانات عن { $sources } مرتبطة بالرقم INE { $ine }.
tm-donnees-obtenues-du-mesri = بيانات واردة من MESRI (وزارة التعليم العالي)
tm-entrer-une-autre-option = كتابة خيار آخر

## ds: carte

tm-deploiement-par-departement = الانتشار حسب المحافظة (département)
tm-quelle-carte-souhaitez-vous = أيّ خريطة تريد؟

## ds: views

tm-selectionnez = اختر

## ds: activerecord

tm-votre-adresse-electronique = بريدك الإلكتروني المهني
tm-sujet = الموضوع

## ds: contact

tm-votre-question = سؤالك
tm-notre-reponse = جوابنا
tm-une-capture-decran-peut-nous-aider = صورة من الشاشة يمكن أن تساعدنا على معرفة المكان الذي يجب تحسينه بسهولة أكبر.
tm-une-capture-decran-peut-nous-aider-2 = صورة من الشاشة يمكن أن تساعدنا على معرفة المشكلة بسهولة أكبر.
tm-taille-maximale-autorisee-200-mo-formats = الحجم الأقصى المسموح: 200 ميغابايت. الصيغ المقبولة: jpg، png، pdf.
tm-contactez-nous-via-ce-formulaire-et = اتصل بنا عبر هذه الاستمارة وسنجيبك في أقرب وقت. احرص على إعطائنا أكبر قدر ممكن من المعلومات لكي نساعدك بأفضل شكل.
tm-jai-un-probleme-lors-du-remplissage = لدي مشكلة أثناء ملء ملفي
tm-avez-vous-bien-verifie-que-tous = هل تحقّقت من أن كل الخانات الإلزامية ( * ) مملوءة؟ إذا كانت لديك أسئلة عن المعلومات التي يجب كتابتها، اتصل بالمصالح المسؤولة عن الإجراء (الأسئلة الشائعة FAQ).
tm-jai-une-question-sur-linstruction-de = لدي سؤال عن دراسة ملفي
tm-si-vous-avez-des-questions-sur = إذا كانت لديك أسئلة عن دراسة ملفك (مثلًا عن المدة)، ندعوك إلى الاتصال مباشرة بالمصالح التي تدرس ملفك عبر صندوق رسائلك (الأسئلة الشائعة FAQ). إذا أردت طرح سؤال عن مشكلة تقنية في الموقع، استعمل الاستمارة أدناه. لن نستطيع إعطاءك معلومات عن دراسة ملفك.
tm-jai-une-idee-damelioration-pour-votre = لدي فكرة لتحسين موقعكم
tm-une-idee-pensez-a-consulter-notre = لديك فكرة؟ اطّلع على لوحة التحسينات لدينا: صوِّت للتحسينات التي تراها أولوية، واقترح فكرتك الخاصة.
tm-nous-vous-invitons-a-contacter = ندعوك إلى الاتصال بالإدارة المسؤولة عن إجرائك لكي تعطيك الرابط الذي يجب اتباعه. يجب أن يشبه هذا الرابط ما يلي: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. يمكنك أيضًا الاطلاع هنا على قائمة إجراءاتنا الأكثر استعمالًا (permis، detr، إلخ).
tm-autre-sujet = موضوع آخر
tm-votre-message-a-ete-envoye-sur = أُرسلت رسالتك إلى صندوق رسائل ملفك.
tm-votre-message-a-ete-envoye = أُرسلت رسالتك.
tm-la-piece-jointe-doit-etre-un = يجب أن يكون المرفق ملفًا

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = وصلتك رسالة جديدة من الإدارة المسؤولة عن ملفك في الإجراء «{ $name }».
tm-pour-consulter-le-message-et-y = لقراءة الرسالة والرد عليها، اضغط على الزر أدناه:
tm-si-vous-souhaitez-repondre-a-ce = إذا أردت الرد على هذه الرسالة، اتصل بالإدارة مباشرة على العنوان التالي: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = إذا أردت الرد على هذه الرسالة، اتصل بالإدارة مباشرة باستعمال معلومات الاتصال الموجودة أسفل هذا البريد الإلكتروني.
tm-lire-le-message = قراءة الرسالة
tm-vous-avez-commence-a-remplir-un = لقد بدأت ملء ملف للإجراء «{ $name }».
tm-vous-pouvez-retrouver-et-completer-votre = يمكنك العودة إلى ملفك وإكماله بالضغط على الزر أدناه:
tm-vous-pouvez-deposer-votre-dossier = يمكنك تقديم ملفك حتى { $before }.
tm-afficher-votre-dossier = عرض ملفك
tm-vous-devez-corriger-votre-dossier-n = يجب أن تصحّح ملفك رقم { $n } «{ $name }»
tm-afin-de-poursuivre-son-instruction-un = لمتابعة دراسة ملفك، يطلب منك الموظف المكلّف بالدراسة إجراء تصحيحات على ملفك رقم { $n } في الإجراء «{ $name }».
tm-afin-de-commencer-son-instruction-un = لبدء دراسة ملفك، يطلب منك الموظف المكلّف بالدراسة إكمال ملفك رقم { $n } في الإجراء «{ $name }».
tm-consultez-la-messagerie-de-votre-dossier = اطّلع على صندوق رسائل ملفك لمعرفة التعديلات المطلوبة، ثم عدّل الملف مباشرة على الموقع.
tm-ouvrir-la-messagerie = فتح صندوق الرسائل
tm-vous-avez-une-demande-de-transfert = لديك طلب نقل ينتظر ردّك.
tm-afin-de-pouvoir-accepter-ou-refuser = لكي تستطيع قبول الطلب أو رفضه، يجب أن تسجّل الدخول إلى { $name }:
tm-acceder-a-la-demande-de-transfert = الاطلاع على طلب النقل
tm-afin-de-pouvoir-accepter-ou-refuser-2 = لكي تستطيع قبول الطلب أو رفضه، يجب أن يكون لديك حساب:
tm-se-creer-un-compte-sur = إنشاء حساب على { $name }
tm-vous-adresse-une-demande-de-transfert = { $n ->
        [zero] يرسل إليك { $name } طلبًا لنقل { $n } ملف.
        [one] يرسل إليك { $name } طلبًا لنقل ملف واحد.
        [two] يرسل إليك { $name } طلبًا لنقل ملفين.
        [few] يرسل إليك { $name } طلبًا لنقل { $n } ملفات.
        [many] يرسل إليك { $name } طلبًا لنقل { $n } ملفًا.
       *[other] يرسل إليك { $name } طلبًا لنقل { $n } ملف.
    }
tm-vous-adresse-une-demande-de-transfert-2 = يرسل إليك { $name } طلبًا لنقل الملف رقم { $n } في الإجراء

## ds: layouts

tm-accueil-liste-des-demarches = الصفحة الرئيسية - قائمة الإجراءات
tm-vous-etes-ici = أنت هنا
tm-voir-le-fil-dariane = عرض مسار التنقل
tm-previsualiser-le-formulaire = معاينة الاستمارة
tm-previsualiser-les-annotations = معاينة الملاحظات
tm-depuis-le = منذ { $date }
tm-publiee = منشور
tm-en-test = قيد التجربة
tm-a-modifier = يجب تعديله
tm-pour-plus-dinformation-sur-la-phase = لمزيد من المعلومات عن مرحلة التجربة
tm-consulter-la-faq = الاطلاع على الأسئلة الشائعة (FAQ)
tm-suivi-des-dossiers = { $name } – متابعة الملفات
tm-modifier-le-lien-de-la-demarche = تعديل رابط الإجراء
tm-pour-vous-adresser-a-votre = للتواصل مع إدارتك، استعمل مباشرة
tm-page-de-contact = صفحة الاتصال:
tm-horaires = أوقات العمل:
tm-consultez-laide-en-ligne = اطّلع على المساعدة على الإنترنت
tm-consultez-la-page-de-contact-de = اطّلع على صفحة الاتصال الخاصة بالإدارة
tm-lequipe = الفريق
tm-nous-vous-informons-que-le-dossier = نُعلمك بأن الملف رقم { $dossier_id }، الذي ملأه باسمك { $mandataire_first_name } { $mandataire_last_name }، في الإجراء
tm-a-ete-classe-sans-suite-le = أُغلق دون متابعة في { $date }.
tm-a-ete-rendue = قد صدرت.

## ds: root

tm-effectuer-une-demarche-administrative-en = القيام بإجراء إداري عبر الإنترنت
tm-vous-souhaitez-effectuer-une-demande = هل تريد تقديم طلب إلى إدارة؟
tm-realisez-vos-demandes-en-toute = قدِّم طلباتك ببساطة، واعثر على ملفاتك على الإنترنت
tm-comment-trouver-ma-demarche = كيف أجد إجرائي؟
tm-dossiers-deposes = ملفات مُقدَّمة
tm-reduction-des-delais-de-traitement = تقليص مدة المعالجة
tm-une-question-un-probleme = سؤال أو مشكلة؟
tm-la-reponse-est-dans-laide-en = الجواب في المساعدة على الإنترنت
tm-administration-vous-voulez = أيتها الإدارة: هل تريدين رقمنة إجراءاتك؟

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect هو الحل الذي تقدّمه الدولة لتأمين الدخول إلى خدماتك على الإنترنت وتسهيله.
tm-sidentifier-avec = تسجيل الدخول بواسطة
tm-ou = أو
tm-vous-avez-deja-un-compte = هل لديك حساب من قبل؟
tm-jai-deja-un-compte = لدي حساب من قبل
tm-creer-un-compte = إنشاء حساب
tm-votre-adresse-electronique-nest-pas = لم يتم التحقق من بريدك الإلكتروني، لذلك لن تصلك رسائل { $name }. يُرجى فحص صندوق الوارد والضغط على رابط التحقق. ألم يصلك البريد الإلكتروني؟
tm-telecharger-le-modele = تنزيل النموذج

## ds: commencer

tm-commencer-la-demarche = بدء الإجراء
tm-vous-avez-deja-des-dossiers-pour = لديك من قبل ملفات لهذا الإجراء
tm-voir-mes-dossiers-en-cours = عرض ملفاتي الجارية
tm-vous-avez-un-dossier-prerempli = لديك ملف مملوء مسبقًا
tm-vous-etes-prete-a-poursuivre-un = أنت مستعد لمتابعة ملف مملوء مسبقًا في الإجراء «{ $name }»، بدأ منذ { $time }.
tm-vous-avez-deja-commence-a-remplir = لقد بدأت من قبل ملء ملف
tm-il-y-a-vous-avez-depose = منذ { $time }، قدّمت ملفًا في الإجراء «{ $name }».
tm-poursuivre-mon-dossier-prerempli = متابعة ملفي المملوء مسبقًا
tm-continuer-a-remplir-mon-dossier = متابعة ملء ملفي
tm-voir-mon-dossier-depose = عرض ملفي المُقدَّم
tm-vous-souhaitez-effectuer-une-demande-par = هل تريد تقديم طلب ورقي؟ يمكنك تنزيل ملف فارغ بصيغة PDF وإرساله إلى الإدارة المعنية: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = تنزيل ملف فارغ بصيغة PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [zero] آخر { $n } ملف أنشأتها:
        [one] آخر ملف أنشأته:
        [two] آخر ملفين أنشأتهما:
        [few] آخر { $n } ملفات أنشأتها:
        [many] آخر { $n } ملفًا أنشأتها:
       *[other] آخر { $n } ملف أنشأتها:
    }
tm-n-cree-il-y-a = رقم { $n }، أُنشئ منذ { $date }، { $state }
tm-la-demarche-est-close-depuis-le = الإجراء { $name } مغلق منذ { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = أنت على وشك نقل الملف { $state } رقم { $n } الذي قدّمه { $name } في { $date } إلى حساب مستخدم آخر.
tm-envoyer-la-demande-de-transfert = إرسال طلب النقل
tm-linvitation-au-transfert-a-ete-envoyee = تم إرسال دعوة النقل بنجاح
tm-la-demande-de-transfert-a-ete = تم حذف طلب النقل بنجاح
tm-la-demarche-liee-a-votre-dossier = الإجراء المرتبط بملفك محذوف
tm-la-demarche-liee-a-votre-dossier-2 = الإجراء المرتبط بملفك مغلق
tm-vous-pouvez-toujours-consulter-votre = لا يزال بإمكانك الاطلاع على ملفك، لكن لم يعد ممكنًا تعديله.
tm-votre-dossier-a-ete-traite-par = عالجت الإدارة ملفك، ولا يمكن القيام بأي عملية
tm-vous-pouvez-toujours-consulter-votre-2 = لا يزال بإمكانك الاطلاع على ملفك، لكن الإدارة لن تعالجه
tm-voir-la-demarche = عرض الإجراء
tm-une-nouvelle-demarche-est-disponible = يتوفر إجراء جديد، اطّلع عليه هنا:
tm-pour-plus-dinformations-veuillez-vous = لمزيد من المعلومات، يُرجى التواصل مع المصلحة { $name }، على الرقم { $service_phone_number } أو بالبريد الإلكتروني على { $email }
tm-votre-dossier-est-en-attente-de = { $n ->
        [zero] ملفك ينتظر أن تتكفّل به الإدارة. المدة القصوى لانتظار التكفّل هي { $n } شهر. يمكنك مع ذلك تمديد هذه المدة بالضغط على الزر أدناه.
        [one] ملفك ينتظر أن تتكفّل به الإدارة. المدة القصوى لانتظار التكفّل هي شهر واحد. يمكنك مع ذلك تمديد هذه المدة بالضغط على الزر أدناه.
        [two] ملفك ينتظر أن تتكفّل به الإدارة. المدة القصوى لانتظار التكفّل هي شهران. يمكنك مع ذلك تمديد هذه المدة بالضغط على الزر أدناه.
        [few] ملفك ينتظر أن تتكفّل به الإدارة. المدة القصوى لانتظار التكفّل هي { $n } أشهر. يمكنك مع ذلك تمديد هذه المدة بالضغط على الزر أدناه.
        [many] ملفك ينتظر أن تتكفّل به الإدارة. المدة القصوى لانتظار التكفّل هي { $n } شهرًا. يمكنك مع ذلك تمديد هذه المدة بالضغط على الزر أدناه.
       *[other] ملفك ينتظر أن تتكفّل به الإدارة. المدة القصوى لانتظار التكفّل هي { $n } شهر. يمكنك مع ذلك تمديد هذه المدة بالضغط على الزر أدناه.
    }
tm-conserver-mois-supplementaire = { $n ->
        [zero] الاحتفاظ به { $n } شهر إضافي
        [one] الاحتفاظ به شهرًا إضافيًا واحدًا
        [two] الاحتفاظ به شهرين إضافيين
        [few] الاحتفاظ به { $n } أشهر إضافية
        [many] الاحتفاظ به { $n } شهرًا إضافيًا
       *[other] الاحتفاظ به { $n } شهر إضافي
    }
tm-cadre-juridique = الإطار القانوني
tm-retention-et-archivage-des-donnees-mois = { $n ->
        [zero] حفظ البيانات وأرشفتها: { $n } شهر
        [one] حفظ البيانات وأرشفتها: شهر واحد
        [two] حفظ البيانات وأرشفتها: شهران
        [few] حفظ البيانات وأرشفتها: { $n } أشهر
        [many] حفظ البيانات وأرشفتها: { $n } شهرًا
       *[other] حفظ البيانات وأرشفتها: { $n } شهر
    }
tm-texte-cadrant-la-demande-dinformation = النص القانوني الذي ينظّم طلب المعلومات
tm-contacter-le-delegue-a-la-protection = الاتصال بمسؤول حماية البيانات
tm-dematerialisation = الرقمنة (Dématérialisation)
tm-trouver-une-maison-france-services = البحث عن مكتب France Services
tm-profil = الملف الشخصي
tm-nouvelle-adresse-electronique = بريد إلكتروني جديد
tm-votre-adresse-electronique-actuelle = بريدك الإلكتروني الحالي
tm-changer-mon-adresse = تغيير عنواني
tm-transferer-tous-vos-dossiers = نقل كل ملفاتك
tm-cette-fonctionnalite-vous-permet-de = تتيح لك هذه الخاصية تغيير صاحب كل ملفاتك. يكون ذلك مفيدًا عادةً عند تغيير الوظيفة أو إذا أردت دمج عدة حسابات.
tm-adresse-electronique-du-prochain = البريد الإلكتروني للصاحب الجديد لكل ملفاتك
tm-le-nouveau-proprietaire-doit-confirmer = يجب على الصاحب الجديد { $email } تأكيد نقل ملف باتباع التعليمات التي وصلته في بريده الإلكتروني.
tm-le-nouveau-proprietaire-doit-confirmer-2 = { $n ->
        [zero] يجب على الصاحب الجديد { $email } تأكيد نقل { $n } من ملفاتك باتباع التعليمات التي وصلته في بريده الإلكتروني.
        [one] يجب على الصاحب الجديد { $email } تأكيد نقل ملفك باتباع التعليمات التي وصلته في بريده الإلكتروني.
        [two] يجب على الصاحب الجديد { $email } تأكيد نقل ملفَّيك باتباع التعليمات التي وصلته في بريده الإلكتروني.
        [few] يجب على الصاحب الجديد { $email } تأكيد نقل { $n } من ملفاتك باتباع التعليمات التي وصلته في بريده الإلكتروني.
        [many] يجب على الصاحب الجديد { $email } تأكيد نقل { $n } من ملفاتك باتباع التعليمات التي وصلته في بريده الإلكتروني.
       *[other] يجب على الصاحب الجديد { $email } تأكيد نقل { $n } من ملفاتك باتباع التعليمات التي وصلته في بريده الإلكتروني.
    }
tm-confirmez-vous-le-transfert = هل تؤكد النقل؟
tm-transferer-tous-mes-dossiers = نقل كل ملفاتي
tm-changement-en-attente = تغيير في الانتظار:
tm-doit-sassurer-que-votre-compte-est = يجب على { $name } أن يتأكد من أن حسابك يُستعمل في إطار مهني. يمكننا أن نسمح تلقائيًا بتغيير البريد الإلكتروني إلى النطاقات التالية: { $legit_admin_domains } إذا لم تكن هذه حالتك، اتصل بالدعم: { $email }
tm-votre-compte-sur-est-actuellement-lie = حسابك على { $name } مرتبط حاليًا بالهوية التالية:
tm-votre-compte-sur-est-actuellement-lie-2 = { $n ->
        [zero] حسابك على { $name } مرتبط حاليًا بالهويات التالية ({ $n }):
        [one] حسابك على { $name } مرتبط حاليًا بالهوية التالية:
        [two] حسابك على { $name } مرتبط حاليًا بالهويتين التاليتين:
        [few] حسابك على { $name } مرتبط حاليًا بالهويات التالية ({ $n }):
        [many] حسابك على { $name } مرتبط حاليًا بالهويات التالية ({ $n }):
       *[other] حسابك على { $name } مرتبط حاليًا بالهويات التالية ({ $n }):
    }
tm-interdire-lacces = منع الوصول
tm-le-transfert-dun-dossier-a-est = جارٍ نقل ملف إلى { $email }
tm-le-transfert-de-dossiers-a-est = { $n ->
        [zero] جارٍ نقل { $n } ملف إلى { $email }
        [one] جارٍ نقل ملف واحد إلى { $email }
        [two] جارٍ نقل ملفين إلى { $email }
        [few] جارٍ نقل { $n } ملفات إلى { $email }
        [many] جارٍ نقل { $n } ملفًا إلى { $email }
       *[other] جارٍ نقل { $n } ملف إلى { $email }
    }

## seeds: seeds

tm-service-momentanement-indisponible-nous = الخدمة غير متاحة مؤقتًا. ندعوك إلى إعادة تقديم طلبك لاحقًا.
tm-numero-de-la-declaration-de-perte = رقم التصريح بالضياع (déclaration de perte)
tm-mettre-a-jour-mes-documents = تحديث وثائقي
tm-nombre-d-enfants-a-charge = عدد الأطفال الذين تعولهم (enfants à charge)
tm-je-ne-suis-pas-un-robot = أنا لست روبوتًا
tm-numero-etranger = رقم الأجنبي (numéro étranger)

## failures: failures

tm-plus-de-plage-horaire-libre = لم تعد هناك أي فترة زمنية فارغة
tm-aucun-creneau-disponible = لا يوجد أي موعد فارغ
tm-aucun-creneau-n-est-disponible = لا يوجد أي موعد فارغ متاح
tm-pas-de-creneau-disponible = لا يوجد موعد فارغ
tm-plus-de-creneau-disponible = لم يعد هناك أي موعد فارغ
tm-aucun-rendez-vous-disponible = لا يوجد أي موعد متاح
tm-aucun-rendez-vous-n-est-disponible = ليس هناك أي موعد متاح
tm-aucune-disponibilite = لا يوجد أي وقت متاح
tm-tous-les-creneaux-sont-reserves = كل المواعيد الفارغة محجوزة
tm-toutes-les-plages-horaires-sont = كل الفترات الزمنية محجوزة
tm-aucune-plage-horaire = لا توجد أي فترة زمنية
tm-service-momentanement-indisponible = الخدمة غير متاحة مؤقتًا
tm-service-temporairement-indisponible = الخدمة غير متاحة مؤقتًا
tm-service-indisponible = الخدمة غير متاحة
tm-site-en-maintenance = الموقع في صيانة
tm-actuellement-en-maintenance = في صيانة حاليًا
tm-operation-de-maintenance = عملية صيانة
tm-erreur-technique = خطأ تقني
tm-probleme-technique = مشكلة تقنية
tm-une-erreur-est-survenue = حدث خطأ
tm-une-erreur-inattendue = خطأ غير متوقع
tm-le-service-rencontre-des-difficultes = الخدمة تواجه صعوبات
tm-nombre-de-connexions = عدد الاتصالات
tm-trop-de-demandes = طلبات كثيرة جدًا
tm-votre-session-a-expire = انتهت جلستك
tm-session-expiree = انتهت الجلسة
tm-vous-avez-ete-deconnecte = تم تسجيل خروجك
tm-delai-d-inactivite = مهلة عدم النشاط
tm-code-de-securite-saisi-est-incorrect = رمز الأمان المكتوب غير صحيح
tm-code-de-securite-est-incorrect = رمز الأمان غير صحيح
tm-captcha-incorrect = رمز التحقق (captcha) غير صحيح
tm-captcha-invalide = رمز التحقق (captcha) غير صالح
tm-identifiant-ou-mot-de-passe-incorrect = اسم المستخدم أو كلمة المرور غير صحيحة
tm-identifiant-ou-mot-de-passe-invalide = اسم المستخدم أو كلمة المرور غير صالحة
tm-compte-bloque = الحساب محظور
tm-compte-verrouille = الحساب مقفل
tm-compte-desactive = الحساب معطَّل
tm-format-de-fichier-non-supporte = صيغة الملف غير مقبولة
tm-format-non-supporte = الصيغة غير مقبولة
tm-fichier-trop-volumineux = الملف كبير جدًا
tm-depasse-la-taille-maximale = يتجاوز الحجم الأقصى
tm-dossier-incomplet = ملف ناقص
tm-piece-manquante = وثيقة ناقصة
tm-n-est-pas-valide = غير صالح
tm-est-obligatoire = إلزامي
tm-numero-etranger-inconnu = رقم الأجنبي (numéro étranger) غير معروف
tm-aucun-dossier-ne-correspond = لا يوجد أي ملف مطابق
tm-delai-d-attente-depasse = تم تجاوز مهلة الانتظار
tm-le-serveur-met-trop-de-temps = الخادم يستغرق وقتًا طويلًا جدًا

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = اكتب رمز الأمان
tm-verification-de-securite = التحقق الأمني
tm-le-code-peut-etre-ecoute-avec = يمكن الاستماع إلى الرمز بالزر «انطق الرمز» (« Énoncer le code »)؛ والزر «غيّر الرمز» (« Changer le code ») يعرض صورة جديدة.
tm-recopiez-les-caracteres-affiches-dans = انسخ الحروف والأرقام الظاهرة في الصورة.
tm-veuillez-recopier-le-code-de-securite = يُرجى نسخ رمز الأمان لمتابعة حجز موعدك.
tm-prise-de-rendez-vous-demande-de = حجز موعد — طلب التجنّس (الحصول على الجنسية الفرنسية)

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = اكتب الحروف والأرقام الظاهرة في الصورة
tm-afin-de-verifier-que-vous-netes = للتحقق من أنك لست روبوتًا، انسخ الحروف والأرقام الظاهرة في الصورة. للاستماع إليها، استعمل الزر «انطق رمز الكابتشا» (« Énoncer le code du captcha »)؛ وللحصول على صورة أخرى، استعمل الزر «أنشئ كابتشا جديدة» (« Générer un nouveau captcha »).
tm-les-majuscules-et-minuscules-ne-sont = لا فرق بين الحروف الكبيرة والصغيرة.
tm-pour-acceder-au-calendrier-des-rendez = للوصول إلى جدول المواعيد، انسخ رمز الأمان ثم اضغط على «التالي» (« Suivant »).
tm-prise-de-rendez-vous-remise-de = حجز موعد — استلام بطاقة الإقامة
tm-le-code-de-securite-saisi-est = رمز الأمان الذي كتبته غير صحيح. يُرجى المحاولة مرة أخرى.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = معلومات الاتصال بك
tm-format-attendu-nom-domaine-fr = الشكل المطلوب: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = قبل اختيار موعد، يُرجى تأكيد طلبك. تُفتح المواعيد كل أسبوع حسب الأوقات المتاحة في الشباك.
tm-prise-de-rendez-vous-echange-de = حجز موعد — تبديل رخصة قيادة أجنبية

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = التحقق من أنك لست روبوتًا
tm-cliquez-sur-clique-ici-pour-verifier = اضغط على «اضغط هنا للتحقق» (« Clique ici pour vérifier »): يتم التحقق تلقائيًا، دون أي اختبار.
tm-clique-ici-pour-verifier = اضغط هنا للتحقق
tm-pour-toute-question-relative-a-vos = لأي سؤال يتعلق بإجراءاتك (بطاقات الإقامة، رخص القيادة، الجمعيات)، استعمل هذه الاستمارة. ستصلك إجابة خلال 15 يوم عمل.
tm-nous-contacter = اتصل بنا
tm-nous-verifions-que-vous-netes-pas = نتحقّق من أنك لست روبوتًا…
tm-verification-automatique-des-spams = انتهى الفحص التلقائي للرسائل المزعجة

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = رقم تسجيل المركبة (immatriculation)
tm-format-attendu-ab-123-cd = الشكل المطلوب: AB-123-CD
tm-cochez-la-case-je-suis-un = ضع علامة في الخانة «أنا إنسان» (« Je suis un humain ») للمتابعة.
tm-envoyer-ma-demande = إرسال طلبي
tm-les-residents-des-secteurs-de = يمكن لسكان مناطق الوقوف المدفوع طلب بطاقة تتيح لهم تعريفة السكان. حضِّر إثبات سكن عمره أقل من 3 أشهر وشهادة تسجيل المركبة.
tm-demande-de-carte-de-stationnement = طلب بطاقة ركن السيارة للسكان

## fixture: captcha/image-generic.html

tm-reference-du-dossier = مرجع الملف
tm-recopiez-les-caracteres-affiches = انسخ الحروف والأرقام الظاهرة
tm-code-de-securite = رمز الأمان
tm-exemple-pc-034172-24-m0123 = مثال: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 رموز، أرقام وحروف كبيرة
tm-generer-un-nouveau-code = إنشاء رمز جديد
tm-envoyer-la-demande = إرسال الطلب
tm-vous-pouvez-demander-la-copie-dun = يمكنك طلب نسخة من رخصة بناء أو من تصريح مسبق صادرَين في البلدية. تُرسل الوثائق إلكترونيًا.
tm-demande-de-copie-de-documents-durbanisme = طلب نسخة من وثائق التعمير (البناء)

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = كل صفحة تعيد، دون اتصال بالإنترنت، إنتاج بنية نوع من الكابتشا (CAPTCHA) الموجود في البوابات العمومية، لاختبار قدرة Relais على اكتشافها (Relais لا يحلّ الكابتشا ولا يتجاوزها أبدًا). لا يتم الاتصال بأي خدمة خارجية: البرامج والإطارات والصور والأصوات ملفات محلية (المجلد vendor/).
tm-pages-de-test-widgets-captcha = صفحات اختبار: أدوات CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = تأكيد الموعد
tm-choisissez-un-creneau-pour-deposer-votre = اختر موعدًا لتقديم طلبك. يظهر التحقق الأمني بعد تحميل الصفحة.
tm-prise-de-rendez-vous-carte-nationale = حجز موعد — بطاقة الهوية الوطنية وجواز السفر
tm-chargement-de-la-verification-de = جارٍ تحميل فحص الأمان…
tm-confirmation-du-creneau = تأكيد الموعد
tm-cochez-la-case-pour-confirmer-que = ضع علامة في المربع لتؤكد أنك إنسان.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = سؤال أمني: كم يساوي 3 + 4؟
tm-repondez-en-chiffres-cette-question = أجب بالأرقام. هذا السؤال يسمح بالتحقق من أنك لست روبوتًا.
tm-sinscrire = التسجيل
tm-recevez-chaque-mois-lactualite-du = استقبل كل شهر أخبار المحافظة (Département): المساعدات، الطرق، المدارس الإعدادية، التضامن. يمكنك إلغاء الاشتراك في أي وقت.
tm-inscription-a-la-lettre-dinformation = الاشتراك في النشرة الإخبارية

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = سبب الموعد
tm-cochez-la-case-je-ne-suis = ضع علامة في الخانة «أنا لست روبوتًا» (« Je ne suis pas un robot »). قد يظهر اختبار بالصور؛ وهو يوفّر نسخة صوتية.
tm-demander-un-rendez-vous = طلب موعد
tm-selectionner-un-motif = اختيار سبب
tm-premiere-demande = طلب أول
tm-renouvellement = تجديد
tm-duplicata = نسخة بدل ضائع (duplicata)
tm-ce-formulaire-vous-permet-de-demander = تتيح لك هذه الاستمارة طلب موعد في شباك الأجانب في محافظة الرون (préfecture du Rhône، ليون). سيُرسل إليك تأكيد بالبريد الإلكتروني.
tm-prise-de-rendez-vous-depot-de = حجز موعد — تقديم طلب بطاقة الإقامة

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = نوع الوثيقة
tm-copie-integrale = نسخة كاملة
tm-extrait-avec-filiation = مستخرج مع بيانات النسب (الوالدين)
tm-extrait-sans-filiation = مستخرج دون بيانات النسب (الوالدين)
tm-demandez-en-ligne-une-copie-integrale = اطلب عبر الإنترنت نسخة كاملة أو مستخرجًا من عقد الميلاد لولادة حدثت في ليون. يُرسل العقد بالبريد خلال 8 أيام.
tm-ce-site-est-protege-par-recaptcha = هذا الموقع محمي بـ reCAPTCHA؛ وتنطبق قواعد الخصوصية وشروط الاستخدام الخاصة بـ Google.
tm-demande-dacte-de-naissance = طلب شهادة ميلاد (acte de naissance)

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = هذه صفحة تجريبية: لم يُرسل الطلب إلى أي مصلحة.
tm-votre-demande-a-bien-ete-envoyee = تم إرسال طلبك
tm-donnees-recues = البيانات التي وصلت
tm-aucune-donnee-recue = لم تصل أي بيانات.
tm-retour-a-la-liste-des-pages = الرجوع إلى قائمة صفحات الاختبار

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = عنوان المشكلة
tm-description = الوصف
tm-envoyer-le-signalement = إرسال البلاغ
tm-nid-de-poule-eclairage-en-panne = حفرة في الطريق، إنارة معطّلة، نفايات مرمية: أبلِغ مصالح المدينة. ستُعلَم بالبريد الإلكتروني بكيفية معالجة بلاغك.
tm-signaler-un-probleme-sur-lespace-public = الإبلاغ عن مشكلة في مكان عام (الشارع، الحديقة…)

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = تحقّق من أنك إنسان
tm-operation-reussie = ✔تمت العملية بنجاح!
tm-saisissez-ce-que-vous-entendez = اكتب ما تسمعه
tm-lecture = تشغيل
tm-veuillez-cliquer-sur-chaque-image = يُرجى الضغط على كل صورة فيها حافلة
tm-vous-etes-valide = تم التحقق منك
tm-le-service-recaptcha-requiert-une = خدمة reCAPTCHA تطلب التحقق.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = رقم الضمان الاجتماعي
tm-jour = اليوم
tm-mois = الشهر
tm-numero-de-telephone-portable = رقم الهاتف المحمول
tm-13-chiffres-cle-de-2-chiffres = 13 رقمًا + مفتاح من رقمين، وهو مكتوب على بطاقة Vitale الخاصة بك
tm-telle-quelle-figure-sur-votre-carte = كما هو مكتوب على بطاقة Vitale الخاصة بك
tm-exemple-14 = مثال: 14
tm-exemple-07 = مثال: 07
tm-exemple-1988 = مثال: 1988
tm-format-attendu-5-chiffres = الشكل المطلوب: 5 أرقام
tm-format-attendu-06-12-34-56 = الشكل المطلوب: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = رقم الضمان الاجتماعي الذي كتبته غير صالح.
tm-votre-compte-ameli-vous-permet-de = يتيح لك حسابك في ameli متابعة استرداد مصاريفك، وتنزيل شهادة الحقوق (attestation de droits)، والتواصل مع صندوق التأمين الصحي الخاص بك.
tm-creer-mon-compte-ameli = إنشاء حسابي في ameli
tm-formulaire-recu = وصلت الاستمارة

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = تسجيل الدخول باسم المستخدم الخاص بي
tm-votre-identifiant-est-votre-numero = اسم المستخدم الخاص بك هو رقم الأجنبي (numéro étranger، 10 أرقام) أو بريدك الإلكتروني
tm-sidentifier-avec-franceconnect = تسجيل الدخول عبر FranceConnect
tm-creer-mon-compte = إنشاء حسابي
tm-la-creation-dun-compte-est-necessaire = يجب إنشاء حساب لتقديم طلب بطاقة إقامة أو طلب تجنيس أو طلب وثيقة سفر.
tm-votre-numero-etranger-comporte-10 = يتكوّن رقم الأجنبي الخاص بك من 10 أرقام. تجده على بطاقة إقامتك، أو على وصل طلب بطاقة الإقامة (récépissé)، أو على رخصة الإقامة المؤقتة (autorisation provisoire de séjour).
tm-si-vous-navez-jamais-eu-de = إذا لم تكن لديك أبدًا بطاقة إقامة في فرنسا، فاستعمل بريدك الإلكتروني.
tm-connexion-a-mon-espace-personnel = الدخول إلى فضائي الشخصي
tm-vous-navez-pas-encore-de-compte = ليس لديك حساب بعد؟
tm-ou-trouver-mon-numero-etranger = أين أجد رقمي كأجنبي (numéro étranger)؟

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = لم يتم تسجيل طلبك لمعاودة الاتصال بك على الرقم 06 12 34 56 78. سنجيبك على العنوان marie.kowalczyk@example.fr (رقم المستفيد 1234567).
tm-demande-de-rappel = طلب أن يتصلوا بك
tm-retour-a-mon-compte = الرجوع إلى حسابي (Mon Compte)

## fixture: portals/caf-declaration

tm-numero-allocataire = رقم المستفيد لدى CAF (numéro allocataire)
tm-celibataire = أعزب / عزباء
tm-marie-e = متزوج(ة)
tm-pacse-e = مرتبط(ة) بعقد PACS (شراكة مدنية)
tm-en-concubinage = مساكنة دون زواج (concubinage)
tm-divorce-e = مطلّق(ة)
tm-veuf-veuve = أرمل / أرملة
tm-salaires-percus-en-euros = الرواتب المقبوضة (باليورو)
tm-indemnites-journalieres = التعويضات اليومية (indemnités journalières)
tm-allocation-chomage-are = منحة البطالة (ARE)
tm-pensions-alimentaires-recues = النفقات المقبوضة (pensions alimentaires)
tm-votre-situation-professionnelle = وضعك المهني
tm-ajouter-une-piece-justificative = إضافة وثيقة إثبات
tm-situation-familiale = الوضع العائلي
tm-autres-ressources-en-euros = مداخيل أخرى (باليورو)
tm-7-chiffres-il-est-sur-vos = 7 أرقام، وهو مكتوب على الرسائل التي تصلك من CAF
tm-mois-1-janvier = الشهر 1: يناير (janvier)
tm-mois-2-fevrier = الشهر 2: فبراير (février)
tm-mois-3-mars = الشهر 3: مارس (mars)
tm-taille-maximale-5-mo-formats-supportes = الحجم الأقصى: 5 ميغابايت. الصيغ المقبولة: jpg، png، pdf.
tm-valider-ma-declaration = تأكيد تصريحي
tm-selectionner-une-option = اختيار خيار
tm-salarie = أجير (salarié)
tm-demandeur-d-emploi = باحث عن عمل
tm-etudiant = طالب
tm-sans-activite = بدون نشاط (لا أعمل)
tm-ex-1-250 = مثال: 1 250
tm-declarez-les-ressources-percues-par = صرّح بالمداخيل التي قبضتها أسرتك خلال الأشهر الثلاثة الأخيرة. هذا التصريح إلزامي لكي تستمر في قبض RSA أو منحة النشاط (prime d’activité) أو منحة البالغين ذوي الإعاقة (AAH).
tm-salaires-indiquez-le-montant-net-avant = الرواتب: اكتب المبلغ الصافي قبل الاقتطاع من المصدر (prélèvement à la source) لكل شهر من أشهر الفصل الثلاثة، أو 0 إذا لم تقبض شيئًا.
tm-declaration-trimestrielle-de-ressources = التصريح بالمداخيل كل ثلاثة أشهر
tm-vos-ressources = مداخيلك
tm-etape-suivante-verification-et-envoi = الخطوة التالية: التحقق والإرسال

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = كل صفحة تقليد مبسّط كُتب للاختبارات؛ ولا توجد صفحة منها منسوخة من بوابة حقيقية.
tm-pages-de-test-imitant-des-portails = صفحات اختبار تشبه مواقع الإدارة الفرنسية

## fixture: portals/mots-cles

tm-nom-de-famille = اسم العائلة
tm-prenom-s = الاسم الشخصي (أو الأسماء)
tm-date-dexpiration-de-votre-titre-de = تاريخ انتهاء صلاحية بطاقة إقامتك
tm-n-de-recepisse = رقم وصل الإيداع (récépissé)
tm-courriel = البريد الإلكتروني
tm-remplissez-ce-formulaire-pour-connaitre = املأ هذه الاستمارة لمعرفة مدى تقدّم طلبك. سيُرسل إليك الرد بالبريد الإلكتروني خلال 15 يوم عمل.
tm-demande-de-renseignements-sur-un-dossier = طلب معلومات عن ملف بطاقة إقامة
tm-precisions-sur-votre-demande-zone-de = تفاصيل عن طلبك (خانة تكتب فيها بحرية):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = لم تعد هناك أي فترة زمنية فارغة لطلب موعدك. يُرجى المحاولة من جديد لاحقًا.
tm-veuillez-cocher-la-case-pour-accepter = يُرجى وضع علامة في الخانة لقبول شروط الاستخدام قبل متابعة حجز الموعد
tm-choisissez-votre-guichet = اختر الشباك
tm-effectuer-une-demande-de-rendez-vous = تقديم طلب موعد
tm-selectionner-un-guichet = اختيار شباك
tm-guichet-1-titre-de-sejour = الشباك 1 - بطاقة الإقامة
tm-guichet-2-naturalisation = الشباك 2 - التجنيس
tm-guichet-3-document-de-circulation-pour = الشباك 3 - وثيقة تنقّل للأجنبي القاصر
tm-guichet-4-duplicata-et-changement = الشباك 4 - نسخة بدل ضائع وتغيير العنوان
tm-ce-module-vous-permet-de-reserver = تتيح لك هذه الخدمة حجز موعد لاستلام بطاقة إقامتك، فقط إذا وصلتك رسالة نصية (SMS) أو رسالة بريدية تُعلمك بأنها جاهزة في المحافظة (préfecture).
tm-conformement-aux-dispositions = وفقًا للأحكام التنظيمية السارية، لا يُدرس طلبك لتجديد بطاقة الإقامة إلا بعد أن تقدّم مسبقًا كل وثائق الإثبات المطلوبة؛ وإلا فسيُغلق الطلب دون متابعة ودون إعادة دراسته.
tm-le-jour-du-rendez-vous-presentez = يوم الموعد، احضر ومعك جواز سفرك، ووصل الإيداع (récépissé) أو بطاقة إقامتك القديمة، والاستدعاء (convocation)، والطابع الجبائي (timbre fiscal). كل ملف ناقص سيُرفض.
tm-les-rendez-vous-sont-ouverts-chaque = تُفتح المواعيد كل أسبوع، كلما أصبحت أوقات متاحة في الشبابيك. لا يُعطى أي موعد بالهاتف.
tm-retour-a-la-prise-de-rendez = الرجوع إلى حجز الموعد
tm-etape-1-choix-du-guichet = الخطوة 1: اختيار الشبّاك

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = الخدمة في صيانة حاليًا. نعتذر عن الإزعاج، يُرجى إعادة المحاولة لاحقًا.
tm-les-demandes-deja-deposees-ne-sont = الطلبات المقدَّمة من قبل لا تتأثر بهذا التوقف. إذا انتهت صلاحية بطاقة إقامتك أثناء الصيانة، فإن شهادة تمديد الدراسة (attestation de prolongation d’instruction) التي لديك تبقى صالحة.
tm-erreur = خطأ { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = ما هو رمزك البريدي؟
tm-quel-est-le-code-postal-de = ما هو الرمز البريدي لبلدية والديك؟
tm-combien-d-enfants-vous-y-compris = كم عدد الأطفال (بمن فيهم أنت) الذين يعولهم والداك؟
tm-lorsque-vos-parents-sont-separes-il = إذا كان والداك منفصلين، اكتب عدد الأطفال الذين يعولهم الوالد الذي يعولك. إذا كنت ما زلت قاصرًا وفي حضانة متناوبة، اجمع عدد الأطفال الذين تعولهم الأسرتان الضريبيتان (foyers fiscaux) للوالدين المنفصلين.
tm-et-combien-vous-y-compris-font = وكم منهم (بمن فيهم أنت) يدرسون في التعليم العالي؟
tm-actuellement-beneficiez-vous-d-une = هل تستفيد حاليًا من منحة الثانوية (bourse du lycée)؟
tm-avez-vous-un-lien-de-parente = هل لديك قرابة مباشرة مع مالك مسكنك؟ هل هو من أصولك أو فروعك، أو من أصول أو فروع زوجك أو زوجتك (ابن، جدّ…)؟
tm-vivez-vous-en-couple = هل تعيش مع شريك حياة؟
tm-attention-cette-restriction-est = انتبه، هذا القيد مختلف عن الاعتراف بصفة العامل ذي الإعاقة.
tm-en-etude-ou-en-alternance = في الدراسة أو في التناوب بين الدراسة والعمل (alternance)
tm-salarie-ou-salariee = أجير أو أجيرة
tm-independant-ou-independante = مستقل أو مستقلة (عمل حر)
tm-inscrit-ou-inscrite-comme-demandeur = مسجّل أو مسجّلة كباحث عن عمل
tm-retraite-ou-retraitee = متقاعد أو متقاعدة
tm-autre = أخرى
tm-lorsque-vous-etudiez-et-que-vous = إذا كنت تدرس وتعمل، يجب أن تختار «في الدراسة أو في التناوب بين الدراسة والعمل» (« En étude ou en alternance »).
tm-dans-quelle-classe-etes-vous = في أي صف أنت حاليًا؟
tm-cap-1ere-annee = CAP - السنة الأولى
tm-cap-2eme-annee = CAP - السنة الثانية
tm-seconde = Seconde (السنة الأولى من الثانوية)
tm-premiere = Première (السنة الثانية من الثانوية)
tm-terminale = Terminale (السنة الأخيرة من الثانوية)
tm-licence-1ere-annee = الإجازة (Licence) - السنة الأولى
tm-licence-2eme-annee = الإجازة (Licence) - السنة الثانية
tm-licence-3eme-annee = الإجازة (Licence) - السنة الثالثة
tm-master-1ere-annee = الماستر - السنة الأولى
tm-master-2eme-annee = الماستر - السنة الثانية
tm-doctorat-1ere-annee = الدكتوراه - السنة الأولى
tm-doctorat-2eme-annee = الدكتوراه - السنة الثانية
tm-doctorat-3eme-annee = الدكتوراه - السنة الثالثة
tm-lorsque-vos-parents-sont-separes-il-2 = إذا كان والداك منفصلين، خذ مداخيل الوالد الذي يعولك. إذا كنت ما زلت قاصرًا وفي حضانة متناوبة، اجمع مداخيل الأسرتين الضريبيتين للوالدين المنفصلين.
tm-si-vous-ne-connaissez-pas-le = إذا كنت لا تعرف الدخل الإجمالي الخام لوالديك، اكتب 0 لمتابعة المحاكاة. انتبه، قد يؤثر ذلك على دقة نتائج المحاكاة
tm-beneficiez-vous-d-une-bourse-de = هل تستفيد من منحة التعليم العالي؟
tm-etes-vous-en-alternance-dans-la = هل أنت في تكوين بالتناوب (alternance) في الوظيفة العمومية؟
tm-je-ne-sais-pas = لا أعرف
tm-pas-concerne = لا يعنيني
tm-jamais = أبدًا
tm-ponctuellement = أحيانًا
tm-regulierement = بانتظام
tm-de-quel-secteur-votre-formation-fait = إلى أي قطاع ينتمي تكوينك؟
tm-etes-vous-heberge-chez-vos-parents = هل تسكن عند والديك؟
tm-l-inaptitude-medicale-au-travail = عدم القدرة الطبية على العمل الناتج عن مرض أو حادث يمكن أن يكون جزئيًا أو كليًا أو مؤقتًا.
tm-avez-vous-obtenu-une-mention-au = هل حصلت على تقدير (mention) في البكالوريا؟
tm-francaise = فرنسية
tm-europeenne = أوروبية
tm-non-europeenne = غير أوروبية
tm-regime-general-caf-cpam = النظام العام (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = التعاضدية الاجتماعية الفلاحية (MSA)
tm-pour-les-etudiants-en-classes = طلاب الأقسام التحضيرية للمدارس العليا (grandes écoles) يجب أن يختاروا «في مؤسسة للتعليم العالي» (« Dans un établissement de l'enseignement supérieur »).
tm-dans-quel-type-d-etablissement-etudiez = في أي نوع من المؤسسات تدرس حاليًا؟
tm-etablissement-public = مؤسسة عمومية
tm-etablissement-prive-sous-contrat = مؤسسة خاصة متعاقدة مع الدولة
tm-etablissement-prive-hors-contrat = مؤسسة خاصة غير متعاقدة مع الدولة
tm-quelle-est-votre-relation-avec-votre = ما هي علاقتك بزوجك أو زوجتك؟
tm-moins-de-50 = أقل من 50%
tm-etes-vous = هل أنت؟
tm-en-apprentissage = في تمهين (apprentissage)
tm-en-contrat-de-professionnalisation = بعقد احترافية (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = كم شهرًا تنوي قضاءها في الخارج في إطار دراستك؟
tm-quel-est-le-prenom-de-votre = ما هو الاسم الشخصي لطفلك؟ سيُستعمل فقط لتسهيل الكتابة عليك فيما بعد.
tm-souhaitez-vous-connaitre-les-aides-pour = هل تريد معرفة المساعدات لشراء دراجة هوائية؟
tm-velo-mecanique-simple = دراجة عادية بدون محرك
tm-velo-electrique = دراجة كهربائية
tm-velo-cargo = دراجة شحن (vélo cargo)
tm-velo-cargo-electrique = دراجة شحن كهربائية
tm-velo-pliant = دراجة قابلة للطي
tm-velo-pliant-electrique = دراجة كهربائية قابلة للطي
tm-motorisation-d-un-velo-classique = تركيب محرك على دراجة عادية
tm-velo-adapte-pour-pmr = دراجة مهيّأة للأشخاص ذوي الحركة المحدودة (PMR)
tm-etes-vous-interesse-ou-interessee-par = هل تهتم بالمساعدات الخاصة بالتكوين في القطاع الصحي والاجتماعي؟
tm-souhaitez-vous-connaitre-les-aides-au = هل تريد معرفة المساعدات الخاصة بشهادتَي BAFA وBAFD (شهادات تأطير الأطفال والشباب)؟
tm-prevoyez-vous-de-partir-a-l = هل تنوي الذهاب إلى الخارج في إطار دراستك؟
tm-prevoyez-vous-de-passer-le-permis = هل تنوي اجتياز امتحان رخصة القيادة؟
tm-moins-de-3-mois = أقل من 3 أشهر
tm-entre-3-et-6-mois = بين 3 و6 أشهر
tm-plus-de-3-mois = أكثر من 3 أشهر
tm-plus-6-mois = أكثر من 6 أشهر
tm-linterim-ou-travail-temporaire-est-un = العمل المؤقت (intérim) هو عقد عمل يُبرم مع وكالة عمل مؤقت، تضع الأجير تحت تصرّف شركة لمدة محدودة، غالبًا لتعويض شخص غائب أو لتلبية حاجة ظرفية. إذا وُقّع العقد مع وكالة، فهو عمل مؤقت (intérim).
tm-est-ce-une-colocation = هل هو سكن مشترك (colocation)؟
tm-est-ce-que-ce-logement-a = هل رُمِّم هذا المسكن؟
tm-est-ce-une-chambre-une-chambre = هل هي غرفة؟ الغرفة مسكن فيه حجرة واحدة فقط وليس فيه مرحاض.
tm-est-ce-un-logement-dans-une = هل هو مسكن في إقامة تابعة لـ CROUS؟
tm-participez-vous-aux-frais-du-logement = هل تساهم في مصاريف السكن؟ مثلًا في مصاريف الكهرباء أو الهاتف، إلخ.
tm-rencontrez-vous-des-difficultes = هل تواجه صعوبات كبيرة في الحصول على سكن أو في دفع المصاريف المرتبطة بسكنك؟
tm-prevoyez-vous-de-demenager-prochainement = هل تنوي الانتقال إلى مسكن آخر قريبًا؟
tm-non-j-ai-emmenage-il-y = لا، انتقلت إلى مسكني منذ أقل من 3 أشهر
tm-locataire = مستأجر
tm-figurant-sur-le-bail-en-foyer = اسمك مكتوب في عقد الإيجار، أو في مأوى (foyer) أو في إقامة
tm-proprietaire = مالك
tm-ou-en-location-accession = أو في إطار الإيجار المنتهي بالتملّك (location-accession)
tm-heberge-ou-hebergee = مُستضاف أو مُستضافة (تسكن عند غيرك)
tm-chez-vos-parents-chez-un-particulier = عند والديك، أو عند شخص عادي، أو في سكن وظيفي
tm-sans-domicile-stable = بدون سكن مستقر
tm-ou-domiciliation-administrative = أو عنوان إداري (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = هل تشتري هذا المسكن كمشترٍ لأول مرة (primo-accédant)؟ المشتري لأول مرة هو شخص (أو أسرة) لم يكن مالكًا لمسكنه الرئيسي خلال السنتين الأخيرتين عند شرائه العقار.
tm-quel-type-de-logement-louez-vous = ما نوع المسكن الذي تستأجره؟
tm-non-meuble = غير مفروش
tm-meuble-hotel = مفروش / فندق
tm-foyer = مأوى (foyer)
tm-residence-universitaire-logement-crous = إقامة جامعية، سكن CROUS، مأوى للعمال الشباب، إقامة اجتماعية…
tm-maison-de-retraite-residence-sociale = دار مسنين، إقامة اجتماعية…
tm-mes-enfants-a-charge = أطفالي الذين أعولهم
tm-quelle-est-la-situation-de-vos = ما هو وضع والديك؟
tm-en-couple = يعيشان معًا كزوجين
tm-separes = منفصلان
tm-veuf-ou-veuve = أرمل أو أرملة
tm-decedes = متوفّيان
tm-sans-autorite-parentale = بدون سلطة أبوية
tm-vos-parents-habitent-ils-en-france = هل يسكن والداك في فرنسا؟
tm-quel-est-le-nombre-de-parts = كم عدد الحصص الضريبية (parts) في آخر إشعار ضريبي لوالديك؟
tm-une-part-fiscale-est-une-unite = الحصة الضريبية (part fiscale) وحدة تمثّل الأشخاص الذين يكوّنون الأسرة الضريبية، وتُستعمل لحساب ضريبة الدخل. لمعرفة عدد حصصك الضريبية، يمكنك الرجوع إلى تصريحك الضريبي، حيث تُذكر هذه المعلومة عادةً.
tm-quel-est-le-revenu-fiscal-de = ما هو الدخل الضريبي المرجعي (RFR) في آخر إشعار ضريبي لوالديك؟
tm-si-vous-ne-connaissez-pas-le-2 = إذا كنت لا تعرف الدخل الضريبي المرجعي (RFR) لوالديك، اكتب 0 لمتابعة المحاكاة. انتبه، قد يؤثر ذلك على دقة نتائج المحاكاة.

## aides-jeunes: resources.ts

tm-revenus-d-activite = مداخيل العمل
tm-revenus-professionnels-non-salaries = مداخيل مهنية من عمل غير مأجور (عمل حر)
tm-allocations = منح (allocations)
tm-indemnites = تعويضات (indemnités)
tm-pensions-rentes = معاشات وريوع
tm-revenus-du-patrimoine = مداخيل الممتلكات
tm-autres-revenus = مداخيل أخرى
tm-salaire-dont-primes-et-indemnites-de = الراتب (بما فيه المكافآت وتعويضات نهاية العقد)
tm-entrez-le-montant-avant-la-retenue = اكتب المبلغ قبل الاقتطاع من المصدر
tm-remuneration-de-stage = أجر التدريب (stage)
tm-revenus-de-stage-de-formation = مداخيل تدريب التكوين المهني
tm-allocation-de-securisation = منحة التأمين المهني (Allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = منحة شهرية جزافية عند العودة إلى العمل
tm-aides-au-logement-apl-als-alf = مساعدات السكن (APL، ALS، ALF)
tm-allocations-familiales = المنح العائلية (allocations familiales)
tm-complement-familial-cf = المكمّل العائلي (CF)
tm-allocation-de-soutien-familial-asf = منحة الدعم العائلي (ASF)
tm-revenu-de-solidarite-active-rsa = دخل التضامن النشط (RSA)
tm-prime-dactivite = منحة النشاط (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = منحة التضامن للمسنين (ASPA)
tm-allocation-supplementaire-dinvalidite = المنحة الإضافية للعجز (ASI)
tm-allocation-de-solidarite-specifique-ass = منحة التضامن الخاصة (ASS)
tm-allocation-adulte-handicape-aah = منحة البالغين ذوي الإعاقة (AAH)
tm-complement-de-ressources-adulte = مكمّل الموارد للبالغين ذوي الإعاقة
tm-contrat-engagement-jeune = عقد التزام الشباب (Contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = زيادة الحياة المستقلة (MVA)
tm-allocation-deducation-de-lenfant = منحة تربية الطفل ذي الإعاقة (AEEH)
tm-prestation-de-compensation-du-handicap = إعانة تعويض الإعاقة (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = إعانة استقبال الطفل الصغير (PAJE) - المنحة الأساسية
tm-complement-de-libre-choix-dactivite-clca = مكمّل حرية اختيار النشاط (CLCA)
tm-prestation-partagee-deducation-de = الإعانة المشتركة لتربية الطفل (PreParE)
tm-indemnites-de-maternite-paternite = تعويضات الأمومة والأبوة والتبنّي
tm-indemnites-maladie = تعويضات المرض
tm-indemnites-maladie-professionnelle = تعويضات المرض المهني
tm-indemnites-daccident-du-travail = تعويضات حادث العمل
tm-indemnites-dactivite-partielle = تعويضات النشاط الجزئي (activité partielle)
tm-indemnites-de-volontariat = تعويضات العمل التطوعي (volontariat)
tm-dedommagement-aux-victimes-de-lamiante = تعويض ضحايا الأميانت (amiante)
tm-pension-alimentaire = النفقة (pension alimentaire)
tm-pension-alimentaire-versee = النفقة المدفوعة
tm-prestation-compensatoire-suite-a = التعويض بعد الانفصال (prestation compensatoire)
tm-retraite-y-compris-reversion-rente = معاش التقاعد (بما فيه المعاش المستحق عن الزوج المتوفى)، ريع
tm-rente-s-d-education-d-orphelin = ريع (أو ريوع) التربية أو اليُتم…
tm-retraite-du-combattant = معاش المحارب القديم
tm-pension-dinvalidite = معاش العجز
tm-bourse-de-lenseignement-superieur = منحة التعليم العالي
tm-bourse-de-recherche = منحة البحث
tm-bourse-du-lycee = منحة الثانوية
tm-gains-exceptionnels-dons-gains-aux-jeux = مكاسب استثنائية (هبات، أرباح ألعاب الحظ، إرث)
tm-revenus-locatifs-terrains-appartements = مداخيل الإيجار (أراضٍ، شقق، شركات عقارية SCI…)
tm-revenus-du-capital-interets-plus-values = مداخيل رأس المال (فوائد، أرباح البيع، أرباح الأسهم…)
tm-via-une-micro-entreprise-achat-revente = عبر مقاولة صغيرة (micro-entreprise) (شراء/إعادة بيع أو توفير سكن)
tm-via-une-micro-entreprise-autre-activite = عبر مقاولة صغيرة (micro-entreprise) (نشاط آخر من فئة BIC)
tm-via-une-micro-entreprise-activite = عبر مقاولة صغيرة (micro-entreprise) (نشاط حر و/أو فكري (BNC))
tm-en-tant-qu-exploitant-agricole = بصفتك مستغلًا فلاحيًا (مزارعًا)
tm-en-profession-liberale-entrepreneur = في مهنة حرة (مقاول)
tm-revenus-dactivite-connus = مداخيل العمل المعروفة
tm-autres-revenus-imposables-preretraite = مداخيل أخرى خاضعة للضريبة (تقاعد مبكر، بطالة)
tm-pensions-retraites-rentes = معاشات، رواتب تقاعد، ريوع
tm-frais-reels-deductibles = المصاريف الفعلية القابلة للخصم
tm-revenus-fonciers-nets = صافي المداخيل العقارية
tm-valeur-de-vos-biens-loues = قيمة ممتلكاتك المؤجَّرة
tm-valeur-de-vos-terrains-non-loues = قيمة أراضيك غير المؤجَّرة
tm-valeur-locative-terrains-non-loues = القيمة الإيجارية للأراضي غير المؤجَّرة
tm-valeur-de-vos-biens-immobiliers-non = قيمة عقاراتك غير المؤجَّرة
tm-valeur-locative-immobilier-non-loue = القيمة الإيجارية للعقار غير المؤجَّر
tm-epargne-sur-livret-a = الادخار في دفتر livret A
tm-epargne-aux-revenus-non-imposables = ادخار عائداته غير خاضعة للضريبة
tm-epargne-aux-revenus-imposables = ادخار عائداته خاضعة للضريبة

## aides-jeunes: components

tm-ex-caf-du-loiret = مثال: CAF du Loiret
tm-id-de-la-simulation = معرّف المحاكاة (ID)
tm-email-de-l-utilisateur = البريد الإلكتروني للمستخدم

## rdv: devise

tm-votre-compte-a-ete-valide = تم تأكيد حسابك.
tm-vous-allez-recevoir-les-instructions = ستصلك خلال دقائق التعليمات اللازمة لتأكيد حسابك.
tm-si-votre-e-mail-existe-dans = إذا كان بريدك الإلكتروني موجودًا في قاعدة بياناتنا، ستصلك قريبًا رسالة فيها تعليمات تأكيد حسابك.
tm-votre-compte-a-ete-supprime = تم حذف حسابك!
tm-vous-avez-une-invitation-en-attente = لديك دعوة تنتظر ردّك. اقبلها لتُكمل تسجيلك.
tm-votre-connexion-est-deja-active = أنت داخل حسابك بالفعل
tm-votre-compte-n-est-pas-encore = حسابك لم يُفعَّل بعد.
tm-email-ou-mot-de-passe-incorrect = البريد الإلكتروني أو كلمة السر غير صحيح.
tm-vous-avez-droit-a-une-tentative = بقيت لك محاولة واحدة قبل أن يُقفَل حسابك.
tm-votre-compte-est-verrouille = حسابك مقفل.
tm-email-ou-mot-de-passe-invalide = البريد الإلكتروني أو كلمة السر غير صالح.
tm-votre-session-est-expiree-veuillez-vous = انتهت مدة جلستك. يُرجى الدخول مرة أخرى للمتابعة.
tm-vous-devez-vous-connecter-ou-vous = يجب أن تدخل إلى حسابك أو تسجّل للمتابعة.
tm-vous-devez-valider-votre-compte-pour = يجب أن تؤكد حسابك للمتابعة.
tm-votre-invitation-n-est-pas-valide = دعوتك غير صالحة.
tm-votre-mot-de-passe-a-ete = تم حفظ كلمة السر وتفعيل حسابك.
tm-votre-mot-de-passe-a-ete-2 = تم حفظ كلمة السر.
tm-votre-invitation-a-ete-annulee = تم إلغاء دعوتك.
tm-lutilisateur-connecte-ne-correspond-pas = المستخدم الداخل إلى الحساب ليس هو المستخدم المدعو. اخرج من الحساب وحاول مرة أخرى.
tm-la-session-a-expire = انتهت مدة الجلسة
tm-choisir-son-mot-de-passe = اختيار كلمة السر
tm-enregistrer = حفظ
tm-ouvrir-l-app-mail = فتح تطبيق البريد
tm-inscription = التسجيل
tm-code-dinvitation = رمز الدعوة
tm-creer-son-compte = إنشاء حساب
tm-veuillez-cliquer-sur-le-lien-dans = يُرجى الضغط على الرابط الموجود في الرسالة التي أُرسلت إليك الآن
tm-vous-avez-ete-invite-sur = تمت دعوتك إلى { $name }
tm-bonjour = مرحبًا { $email }
tm-vous-avez-ete-invite-sur-vous = تمت دعوتك إلى { $name }. يمكنك قبول هذه الدعوة بالرابط الموجود في الأسفل.
tm-accepter-l-invitation = قبول الدعوة
tm-cette-invitation-est-valable-jusqu-au = هذه الدعوة صالحة حتى { $date }.
tm-si-vous-n-acceptez-pas-cette = إذا لم تقبل هذه الدعوة، تجاهل هذه الرسالة. لن يُنشأ أي حساب بدون موافقتك.
tm-instructions-de-confirmation = تعليمات التأكيد
tm-instructions-pour-changer-le-mot-de = تعليمات تغيير كلمة السر
tm-instructions-pour-deverrouiller-le = تعليمات فتح الحساب المقفل
tm-votre-mot-de-passe-a-ete-3 = تم تغيير كلمة السر بنجاح.
tm-nous-n-avons-pas-pu-vous = لم نتمكن من التعرف عليك عبر { $kind }: '{ $reason }'.
tm-authentifie-avec-succes-via = تم التعرف عليك بنجاح عبر { $kind }.
tm-vous-ne-pouvez-acceder-a-cette = لا يمكنك فتح هذه الصفحة إلا من رسالة إعادة تعيين كلمة السر. إذا استعملت رسالة من هذا النوع، تأكد أنك استعملت الرابط (URL) كاملًا.
tm-vous-allez-recevoir-les-instructions-de = ستصلك بعد لحظات تعليمات إعادة تعيين كلمة السر
tm-si-votre-e-mail-existe-dans-2 = إذا كان بريدك الإلكتروني موجودًا في قاعدة بياناتنا، سيصلك رابط إعادة التعيين بالبريد الإلكتروني
tm-votre-mot-de-passe-a-ete-4 = تم تغيير كلمة السر بنجاح، وأنت الآن داخل حسابك
tm-votre-mot-de-passe-a-ete-5 = تم تغيير كلمة السر بنجاح.
tm-votre-compte-a-ete-supprime-avec = تم حذف حسابك بنجاح. نتمنى أن نراك قريبًا.
tm-bienvenue-votre-connexion-est-active = مرحبًا، أنت الآن داخل حسابك.
tm-votre-compte-est-bien-enregistre-vous = تم تسجيل حسابك. لكن لا يمكنك الدخول لأن حسابك لم يُفعَّل بعد.
tm-votre-compte-est-bien-enregistre-vous-2 = تم تسجيل حسابك. لكن لا يمكنك الدخول لأن حسابك مقفل.
tm-un-message-contenant-un-lien-de = أُرسلت إلى بريدك الإلكتروني رسالة فيها رابط تأكيد. افتح هذا الرابط لتفعيل حسابك.
tm-votre-compte-a-bien-ete-mis = تم تحديث حسابك، لكن يجب أن نتحقق من عنوان بريدك الإلكتروني الجديد. يُرجى النظر في بريدك والضغط على رابط التأكيد لإكمال تأكيد عنوانك الجديد.
tm-votre-compte-a-ete-modifie-avec = تم تعديل حسابك بنجاح.
tm-connexion-reussie = تم الدخول بنجاح.
tm-deconnexion-reussie = تم الخروج بنجاح.
tm-mode-deconnecte = أنت خارج الحساب.
tm-vous-allez-recevoir-les-instructions-2 = ستصلك بعد لحظات التعليمات اللازمة لفتح حسابك المقفل
tm-si-votre-compte-existe-vous-allez = إذا كان حسابك موجودًا، ستصلك قريبًا رسالة فيها تعليمات فتحه.
tm-votre-compte-a-ete-deverrouille-avec = تم فتح حسابك بنجاح، وأنت الآن داخل حسابك.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = تم تأكيده من قبل، يُرجى محاولة الدخول
tm-a-confirmer-dans-les-merci-de = يجب تأكيده خلال { $period }، يُرجى تقديم طلب جديد
tm-a-expire-merci-d-en-faire = انتهت صلاحيته، يُرجى تقديم طلب جديد
tm-n-a-pas-ete-trouve-e = غير موجود
tm-n-etait-pas-verrouille-e = لم يكن مقفلًا
tm-une-erreur-a-empeche-ce-tte = منع خطأ حفظ { $resource }:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [zero] لم يمنع أي خطأ حفظ { $resource }:
        [one] منع خطأ واحد حفظ { $resource }:
        [two] منع خطآن حفظ { $resource }:
        [few] منعت { $n } أخطاء حفظ { $resource }:
        [many] منع { $n } خطأً حفظ { $resource }:
       *[other] منع { $n } خطأ حفظ { $resource }:
    }

## rdv: links

tm-espace-usager = فضاء المستخدم
tm-je-n-ai-pas-recu-le = لم تصلني رسالة التأكيد
tm-je-n-ai-pas-recu-le-2 = لم تصلني رسالة فتح الحساب

## rdv: activerecord

tm-la-validation-a-echoue = فشل التحقق: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = يجب قبوله
tm-doit-etre-rempli-e = يجب ملؤه
tm-ne-concorde-pas-avec = لا يطابق { $attribute }
tm-doit-etre-egal-a = يجب أن يساوي { $n }
tm-doit-etre-pair = يجب أن يكون عددًا زوجيًا
tm-n-est-pas-disponible = غير متاح
tm-doit-etre-superieur-a = يجب أن يكون أكبر من { $n }
tm-doit-etre-superieur-ou-egal-a = يجب أن يكون أكبر من { $n } أو يساويه
tm-n-est-pas-inclus-e-dans = ليس من اختيارات القائمة
tm-doit-etre-inferieur-a = يجب أن يكون أصغر من { $n }
tm-doit-etre-inferieur-ou-egal-a = يجب أن يكون أصغر من { $n } أو يساويه
tm-validation-echouee = فشل التحقق: { $errors }
tm-n-est-pas-un-nombre = ليس رقمًا
tm-doit-etre-un-nombre-entier = يجب أن يكون عددًا صحيحًا (بدون فاصلة)
tm-doit-etre-impair = يجب أن يكون عددًا فرديًا
tm-doit-etre-different-de = يجب أن يكون مختلفًا عن { $n }
tm-doit-etre-vide = يجب أن يكون فارغًا
tm-doit-exister = يجب أن يكون موجودًا
tm-est-deja-utilise = مستعمل من قبل
tm-est-trop-long-pas-plus-d = طويل جدًا (حرف واحد على الأكثر)
tm-est-trop-long-pas-plus-de = { $n ->
        [zero] طويل جدًا (لا يُسمح بأي حرف)
        [one] طويل جدًا (حرف واحد على الأكثر)
        [two] طويل جدًا (حرفان على الأكثر)
        [few] طويل جدًا ({ $n } أحرف على الأكثر)
        [many] طويل جدًا ({ $n } حرفًا على الأكثر)
       *[other] طويل جدًا ({ $n } حرف على الأكثر)
    }
tm-est-trop-court-au-moins-un = قصير جدًا (حرف واحد على الأقل)
tm-est-trop-court-au-moins-caracteres = { $n ->
        [zero] قصير جدًا ({ $n } حرف على الأقل)
        [one] قصير جدًا (حرف واحد على الأقل)
        [two] قصير جدًا (حرفان على الأقل)
        [few] قصير جدًا ({ $n } أحرف على الأقل)
        [many] قصير جدًا ({ $n } حرفًا على الأقل)
       *[other] قصير جدًا ({ $n } حرف على الأقل)
    }
tm-ne-fait-pas-la-bonne-longueur = طوله غير صحيح (يجب أن يكون حرفًا واحدًا فقط)
tm-ne-fait-pas-la-bonne-longueur-2 = { $n ->
        [zero] طوله غير صحيح (يجب أن يكون { $n } حرف)
        [one] طوله غير صحيح (يجب أن يكون حرفًا واحدًا)
        [two] طوله غير صحيح (يجب أن يكون حرفين)
        [few] طوله غير صحيح (يجب أن يكون { $n } أحرف)
        [many] طوله غير صحيح (يجب أن يكون { $n } حرفًا)
       *[other] طوله غير صحيح (يجب أن يكون { $n } حرف)
    }
tm-veuillez-verifier-les-champs-suivants = يُرجى التحقق من الخانات التالية:
tm-impossible-d-enregistrer-ce-tte-1 = تعذّر حفظ { $model }: خطأ واحد
tm-impossible-d-enregistrer-ce-tte-erreurs = { $n ->
        [zero] تعذّر حفظ { $model }: لا يوجد خطأ
        [one] تعذّر حفظ { $model }: خطأ واحد
        [two] تعذّر حفظ { $model }: خطآن
        [few] تعذّر حفظ { $model }: { $n } أخطاء
        [many] تعذّر حفظ { $model }: { $n } خطأً
       *[other] تعذّر حفظ { $model }: { $n } خطأ
    }

## rdv: helpers

tm-ajouter = إضافة
tm-modifier = تعديل
tm-retirer = إزالة
tm-reinitialiser = إعادة التعيين
tm-veuillez-selectionner = يُرجى الاختيار

## rdv: public_office

tm-sur-place = في المكان (حضوريًا)

## rdv: visio

tm-par-visioconference = بمكالمة فيديو

## rdv: phone

tm-par-telephone = بالهاتف

## rdv: home

tm-a-domicile = في البيت

## rdv: mailers

tm-a-bientot-lequipe = إلى اللقاء، فريق { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = أصبح موعد متاحًا الآن!
tm-rdv-confirme-le = تم تأكيد الموعد في { $date }
tm-rdv-du-modifie = تم تعديل موعد { $date }
tm-rappel-rdv-le = [تذكير] موعد في { $date }
tm-rdv-annule-le-avec = أُلغي الموعد في { $date } مع { $name }
tm-votre-rdv-du-a-ete-annule = أُلغي موعدك { $motif } في { $date } لسبب إداري.
tm-votre-rdv-du-a-bien-ete = أُلغي موعدك { $motif } في { $date } كما طلبت.
tm-vous-pouvez-reprendre-un-rendez-vous = يمكنك أخذ موعد جديد بالاتصال بالرقم { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = يمكنك أخذ موعد جديد بالضغط على الرابط في الأسفل:
tm-reprendre-rdv = أخذ موعد جديد

## rdv: attributes

tm-email = البريد الإلكتروني
tm-mot-de-passe-actuel = كلمة السر الحالية
tm-nom-de-la-commune = اسم البلدية
tm-responsable = المسؤول

## rdv: activerecord

tm-lieu = المكان
tm-rendez-vous-honore = موعد تمّ حضوره
tm-rendez-vous-a-venir = موعد قادم
tm-annule-a-linitiative-de-lusager = ألغاه المستخدم
tm-annule-a-linitiative-du-service = ألغته الإدارة
tm-caisse-d-affiliation = الصندوق الذي أنت مسجّل فيه (CAF أو MSA)
tm-numero-d-allocataire = رقم المستفيد (numéro d’allocataire)
tm-nombre-d-enfants = عدد الأطفال
tm-accepte-les-notifications-par-sms = يقبل الإشعارات برسائل SMS
tm-accepte-les-notifications-par-email = يقبل الإشعارات بالبريد الإلكتروني
tm-numero-de-pre-demande-ants = رقم الطلب المسبق في ANTS
tm-sans-domicile-fixe = بدون سكن ثابت
tm-heberge = مُستضاف (يسكن عند شخص آخر)
tm-en-accession-a-la-propriete = يشتري مسكنه (بقرض)
tm-logement = السكن
tm-aucune = لا شيء
tm-proche = قريب
tm-le-prenom-ne-peut-etre-change = لا يمكن تغيير الاسم الشخصي لأن FranceConnect أكّده
tm-le-nom-de-naissance-ne-peut = لا يمكن تغيير اسم العائلة عند الولادة لأن FranceConnect أكّده
tm-la-date-de-naissance-ne-peut = لا يمكن تغيير تاريخ الميلاد لأن FranceConnect أكّده
tm-ce-mot-de-passe-fait-partie = كلمة السر هذه من قائمة كلمات السر التي يستعملها كثير من الناس، فلا تحمي حسابك جيدًا. يُرجى اختيار كلمة سر أخرى.
tm-pour-assurer-la-securite-de-votre = { $n ->
        [zero] لحماية حسابك، يجب أن تتكوّن كلمة السر من { $n } حرف على الأقل
        [one] لحماية حسابك، يجب أن تتكوّن كلمة السر من حرف واحد على الأقل
        [two] لحماية حسابك، يجب أن تتكوّن كلمة السر من حرفين على الأقل
        [few] لحماية حسابك، يجب أن تتكوّن كلمة السر من { $n } أحرف على الأقل
        [many] لحماية حسابك، يجب أن تتكوّن كلمة السر من { $n } حرفًا على الأقل
       *[other] لحماية حسابك، يجب أن تتكوّن كلمة السر من { $n } حرف على الأقل
    }
tm-doit-comporter-10-chiffres-et-lettres = يجب أن يحتوي على 10 أرقام وحروف
tm-n-a-pas-pu-etre-valide = تعذّر التحقق منه بسبب خطأ غير متوقع. يُرجى المحاولة مرة أخرى بعد 30 ثانية.
tm-ce-numero-de-pre-demande-ants = رقم الطلب المسبق في ANTS هذا مستعمل من قبل لموعد في { $meeting_point }. يُرجى إلغاء ذلك الموعد قبل أخذ موعد جديد.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = اكتب رقمًا من 10 أرقام من فرنسا أو من أقاليم ما وراء البحار، أو رقمًا دوليًا مع رمز البلد.
tm-pour-accelerer-votre-demarche-nous-vous = لتسريع إجراءاتك، ننصحك بشدة بأن تملأ ملفك مسبقًا على موقع ANTS، وأن تكتب رقم الطلب المسبق.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = ليست لديك الصلاحيات الكافية لفتح هذه الصفحة أو للقيام بهذا الإجراء

## rdv: rdvs

tm-le-duree-minutes = { $duration ->
        [zero] في { $date } (المدة: { $duration } دقيقة)
        [one] في { $date } (المدة: دقيقة واحدة)
        [two] في { $date } (المدة: دقيقتان)
        [few] في { $date } (المدة: { $duration } دقائق)
        [many] في { $date } (المدة: { $duration } دقيقة)
       *[other] في { $date } (المدة: { $duration } دقيقة)
    }
tm-aujourdhui-a-duree-minutes = { $duration ->
        [zero] اليوم على الساعة { $date } (المدة: { $duration } دقيقة)
        [one] اليوم على الساعة { $date } (المدة: دقيقة واحدة)
        [two] اليوم على الساعة { $date } (المدة: دقيقتان)
        [few] اليوم على الساعة { $date } (المدة: { $duration } دقائق)
        [many] اليوم على الساعة { $date } (المدة: { $duration } دقيقة)
       *[other] اليوم على الساعة { $date } (المدة: { $duration } دقيقة)
    }
tm-1-place-restante = بقي مكان واحد
tm-places-restantes = { $n ->
        [zero] لم يبقَ أي مكان
        [one] بقي مكان واحد
        [two] بقي مكانان
        [few] بقيت { $n } أماكن
        [many] بقي { $n } مكانًا
       *[other] بقي { $n } مكان
    }
tm-1-place = مكان واحد
tm-places = { $n ->
        [zero] { $n } مكان
        [one] مكان واحد
        [two] مكانان
        [few] { $n } أماكن
        [many] { $n } مكانًا
       *[other] { $n } مكان
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = يُرجى تصحيح المشاكل التالية:

## rdv: users

tm-les-champs-d-etat-civil-nom = معلومات الحالة المدنية (اسم العائلة عند الولادة، الأسماء الشخصية، تاريخ ومكان الولادة) لم يعد ممكنًا تغييرها بعد الدخول المؤكَّد عبر FranceConnect
tm-les-3-lettres-ne-correspondent-pas = الحروف الثلاثة لا تطابق اسم العائلة.

## rdv: search

tm-1-lieu-est-disponible = يوجد مكان واحد متاح
tm-lieux-sont-disponibles = { $n ->
        [zero] لا يوجد أي مكان متاح
        [one] يوجد مكان واحد متاح
        [two] يوجد مكانان متاحان
        [few] توجد { $n } أماكن متاحة
        [many] يوجد { $n } مكانًا متاحًا
       *[other] يوجد { $n } مكان متاح
    }
tm-selectionnez-un-lieu-de-rdv = اختر مكان الموعد:
tm-prochaine-disponibilite-le = أقرب موعد متاح في

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = يبدو أنك لا تستفيد من مرافقة أو متابعة، يُرجى اختيار سبب آخر أو الاتصال بمقاطعتك (département) على الرقم { $phone_number }.

## rdv: common

tm-votre-adresse = عنوانك
tm-votre-service = الخدمة
tm-ex-21-rue-anatole-france-calais = مثال: 21 rue Anatole France, Calais
tm-modifier-l-adresse = تعديل العنوان
tm-choisissez-un-service = اختر خدمة
tm-choisir-ce-service = اختيار هذه الخدمة
tm-le-service-que-vous-cherchez-n = الخدمة التي تبحث عنها ليست في القائمة؟
tm-modifier-le-service = تغيير الخدمة
tm-choisissez-un-motif = اختر سببًا
tm-choisir-ce-motif = اختيار هذا السبب

## rdv: users

tm-entrez-les-3-premieres-lettres-de = اكتب أول 3 حروف من اسم عائلتك
tm-sophie-dupont-dup = مثال: لـ Sophie Dupont نكتب DUP
tm-jean-de-la-fontaine-del = مثال: لـ Jean De La Fontaine نكتب DEL
tm-edwige-xi-xi = مثال: لـ Edwige Xi نكتب XI
tm-identification = التعريف بنفسك
tm-choix-de-l-usager = اختيار الشخص
tm-votre-rendez-vous-a-ete-confirme = تم تأكيد موعدك.
tm-ce-creneau-nest-plus-disponible-veuillez = هذا الموعد لم يعد متاحًا. يُرجى اختيار موعد آخر.
tm-vous-allez-modifier-votre-rdv-qui = أنت على وشك تعديل موعدك { $motif_name_and_service } الذي سيكون في { $date }
tm-mes-informations = معلوماتي
tm-mes-proches = أقاربي
tm-aucun-proche = لا يوجد أي قريب
tm-ajouter-un-proche = إضافة قريب

## mdph: server

tm-identites = الهويات
tm-individus-et-organismes-concernes-par-la = الأشخاص والهيئات المعنيون بالطلب
tm-situations-particulieres = حالات خاصة
tm-etes-vous-dans-l-une-des = هل أنت في إحدى الحالات التالية؟
tm-vous-n-arrivez-plus-a-vivre = لم تعد تستطيع العيش في بيتك
tm-expliquez-la-difficulte = اشرح الصعوبة
tm-votre-ecole-ne-peut-plus-vous = مدرستك لم تعد تستطيع استقبالك
tm-votre-etablissement-ne-peut-plus-vous = المؤسسة التي أنت فيها لم تعد تستطيع استقبالك ولا تستطيع الرجوع إلى بيتك
tm-vous-risquez-de-perdre-votre-travail = أنت معرّض لفقدان عملك
tm-vous-sortez-d-hospitalisation-et-vous = خرجت من المستشفى ولا تستطيع الرجوع إلى بيتك
tm-vous-commencez-bientot-une-nouvelle = ستبدأ قريبًا تكوينًا (دراسة) جديدًا
tm-precisez = وضّح
tm-date-d-entree-prevue = تاريخ الدخول المتوقع
tm-vous-venez-de-trouver-un-emploi = وجدت عملًا منذ وقت قصير
tm-vous-arrivez-dans-moins-de-2 = ستنتهي حقوقك بعد أقل من شهرين (مثلًا: AEEH، AAH، PCH، RQTH، إلخ)
tm-indiquez-le-s-droit-s-concerne = اذكر الحق أو الحقوق المعنية وتاريخ أو تواريخ انتهائها
tm-vie-quotidienne = الحياة اليومية
tm-situation = الوضع
tm-besoins = الاحتياجات
tm-attentes = ما تنتظره
tm-vous-vivez = أنت تعيش
tm-seule = وحدك
tm-avec-vos-parents-ou-l-un = مع والديك (أو أحدهما)
tm-avec-vos-enfants-ou-l-un = مع أطفالك (أو أحدهم)
tm-autre-situation = وضع آخر
tm-ou-vivez-vous = أين تعيش؟
tm-vous-avez-un-logement-independant = لديك مسكن مستقل
tm-vous-vivez-dans-un-etablissement-medico = تعيش في مؤسسة طبية اجتماعية أو مؤسسة علاج
tm-precisez-le-nom-le-type-et = اذكر الاسم والنوع والمكان
tm-vous-etes-hebergee-au-domicile = أنت مُستضاف في بيت
tm-vous-avez-deja-eu = سبق أن تعرّضت لـ:
tm-un-accident-cause-par-un-tiers = حادث تسبّب فيه شخص آخر
tm-un-accident-du-travail = حادث عمل
tm-un-autre-accident = حادث آخر
tm-suite-a-cet-accident-y-a = بعد هذا الحادث، هل هناك طلب تعويض جارٍ أو انتهى بنتيجة؟
tm-aupres-de-quel-organisme = لدى أي هيئة؟
tm-vous-recevez = تحصل على:
tm-une-aide-financiere-et-des-ressources = مساعدة مالية ومداخيل
tm-une-aide-technique-materielle-ou-de = مساعدة تقنية أو مادية أو معدات
tm-une-aide-a-la-personne-avec = مساعدة شخصية، مع شخص يساعدك
tm-vous-recevez-les-aides-ressources-et = تحصل على المساعدات والمداخيل و/أو المنح التالية:
tm-allocation-chomage-versee-par-pole = منحة البطالة التي يدفعها Pôle Emploi
tm-dans-les-12-mois-precedant-votre = في الأشهر الـ12 التي سبقت طلبك، هل حصلت على:
tm-un-revenu-d-activite = دخل من العمل
tm-des-indemnites-journalieres = تعويضات يومية (في العطلة المرضية)
tm-un-revenu-issu-d-une-activite = دخل من عمل في ESAT
tm-vous-percevez-une-ou-plusieurs-des = تحصل على مساعدة أو أكثر من المساعدات التالية:
tm-une-pension-d-invalidite = معاش عجز
tm-une-autre-pension-de-ce-type = معاش آخر من هذا النوع
tm-pension-des-deux-tiers-d-incapacite = معاش الثلثين، معاش عدم القدرة، إلخ
tm-une-majoration-tierce-personne = زيادة «الشخص الثالث» (Majoration Tierce Personne)
tm-une-allocation-supplementaire-d = منحة العجز الإضافية (Allocation Supplémentaire d'Invalidité)
tm-une-rente-d-accident-ou-de = إيراد عن حادث عمل أو مرض مهني
tm-une-prestation-complementaire-de-recours = منحة تكميلية للاستعانة بشخص ثالث (PCRTP)
tm-une-retraite-pour-inaptitude-dans-la = تقاعد بسبب عدم القدرة في الوظيفة العمومية أو تقاعد مبكر
tm-depuis-le-2 = منذ أي تاريخ؟
tm-connaissez-vous-votre-taux-d-ipp = هل تعرف نسبة العجز الجزئي الدائم (IPP) الخاصة بك؟
tm-renseignez-ici-le-taux-qui-vous = اكتب هنا النسبة التي حددها لك التأمين الصحي (CPAM)
tm-taux-d-ipp-en = نسبة IPP، بالمئة %
tm-vous-avez-indique-recevoir-une-aide = قلت إنك تحصل على مساعدة تقنية أو مادية أو معدات، وهذه المساعدة هي:
tm-un-amenagement-de-logement = تهيئة المسكن
tm-une-aide-animaliere = مساعدة بحيوان (كلب مرافق مثلًا)
tm-un-amenagement-de-vehicule = تهيئة السيارة
tm-une-aide-technique-ex-barre-d = أداة مساعدة (مثلًا: مقبض للاستناد، مشّاية، إلخ)
tm-vous-avez-indique-recevoir-une-aide-2 = قلت إنك تحصل على مساعدة شخصية، والذي يساعدك هو:
tm-votre-famille = عائلتك
tm-un-professionnel-de-soins-a-domicile = مهني للعلاج في البيت
tm-un-accompagnement-medico-social = مرافقة طبية اجتماعية
tm-etes-vous-a-la-retraite = هل أنت متقاعد؟
tm-depuis-quand = منذ متى؟
tm-l-aspa-allocation-de-solidarite-pour = ASPA (منحة التضامن للمسنّين)
tm-l-apa-allocation-personnalisee-d = APA (المنحة الشخصية للاستقلالية)
tm-vous-avez-demande-une-pension-de = طلبت معاش تقاعد
tm-du-fait-de-votre-handicap = بسبب إعاقتك:
tm-vous-exercez-une-activite = تعمل بدوام جزئي
tm-precisez-la-quotite-en-pourcentage = اذكر نسبة الدوام بالمئة
tm-vous-avez-du-renoncer-a-votre = اضطررت إلى ترك عملك
tm-du-fait-de-votre-handicap-recourez = بسبب إعاقتك، هل تشغّل شخصًا بأجر ليساعدك؟
tm-frais-lies-au-handicap-et-restant = مصاريف مرتبطة بالإعاقة وتبقى عليك
tm-indiquez-les-frais-non-rembourses-ou = اذكر المصاريف التي لا يعوّضها التأمين الصحي أو التأمين التكميلي (mutuelle)، أو يعوّضها جزئيًا فقط. اذكر خاصة إذا كنت تشغّل شخصًا بأجر بسبب إعاقتك.
tm-vous-avez-besoin-d-aide-dans = تحتاج إلى مساعدة في حياتك اليومية:
tm-pour-regler-les-depenses-courantes-loyer = لدفع المصاريف اليومية (الإيجار، الكهرباء والغاز، الملابس، الطعام، إلخ)
tm-pour-gerer-votre-budget-et-repondre = لتسيير ميزانيتك والقيام بالتزاماتك (الإجراءات الإدارية، التأمينات، الضرائب، إلخ)
tm-pour-l-hygiene-corporelle-se-laver = للنظافة الجسدية (الاغتسال، الذهاب إلى المرحاض)
tm-pour-vous-habiller-mettre-et-oter = للبس الملابس (لبسها ونزعها، اختيارها، إلخ)
tm-pour-faire-les-courses = للتسوّق
tm-pour-preparer-les-repas = لتحضير الوجبات
tm-pour-prendre-les-repas = لتناول الوجبات
tm-pour-faire-le-menage-et-l = لتنظيف البيت والعناية بالملابس
tm-pour-prendre-soin-de-votre-sante = للعناية بصحتك (اتباع علاج، الذهاب إلى الطبيب، إلخ)
tm-autre-besoin = حاجة أخرى
tm-vous-avez-besoin-d-aide-pour = تحتاج إلى مساعدة في التنقل:
tm-pour-se-deplacer-dans-le-domicile = للتنقل داخل البيت
tm-pour-sortir-du-domicile-ou-y = للخروج من البيت أو الدخول إليه
tm-pour-se-deplacer-a-l-exterieur = للتنقل خارج البيت
tm-pour-utiliser-un-vehicule = لاستعمال سيارة
tm-pour-utiliser-les-transports-en-commun = لاستعمال وسائل النقل العام
tm-pour-partir-en-vacances = للذهاب في عطلة
tm-utilisez-vous-les-transports-adaptes = هل تستعمل وسائل النقل المهيّأة المتوفرة في منطقتك للتنقل؟
tm-vous-avez-besoin-d-aide-pour-2 = تحتاج إلى مساعدة في حياتك الاجتماعية:
tm-pour-communiquer-s-exprimer-se-faire = للتواصل (التعبير عن نفسك، أن يفهمك الآخرون)
tm-pour-avoir-des-activites-sportives-et = لممارسة الرياضة والترفيه
tm-pour-les-relations-avec-les-autres = للعلاقات مع الآخرين
tm-pour-vous-occuper-de-votre-famille = للاعتناء بعائلتك
tm-pour-vous-accompagner-dans-votre-vie = لمرافقتك في حياتك كمواطن (مثلًا: الذهاب للتصويت، الحياة الجمعوية، إلخ)
tm-pour-assurer-votre-securite = لضمان سلامتك
tm-quelles-sont-vos-attentes-pour-compenser = ما الذي تنتظره لتعويض إعاقتك؟
tm-vivre-a-domicile = العيش في البيت
tm-un-amenagement-de-votre-lieu-de = تهيئة مكان عيشك
tm-realiser-un-bilan-des-capacites-dans = تقييم قدراتك في الحياة اليومية
tm-une-aide-financiere-afin-d-assurer = مساعدة مالية لضمان دخل أدنى
tm-une-aide-pour-se-deplacer = مساعدة في التنقل
tm-un-accompagnement-pour-l-adptation = مرافقة للتأقلم / إعادة التأقلم مع الحياة اليومية
tm-une-aide-humaine-quelqu-un-qui = مساعدة بشرية: شخص يساعدك
tm-vivre-en-etablissement = العيش في مؤسسة
tm-du-materiel-ou-equipement = أدوات أو معدات
tm-une-aide-financiere-pour-des-depenses = مساعدة مالية لمصاريف مرتبطة بالإعاقة
tm-un-accueil-temporaire = استقبال مؤقت
tm-autre-attente = شيء آخر تنتظره
tm-avez-vous-deja-identifie-une-ou = هل حددت من قبل هيئة أو أكثر يمكن أن تلبّي ما تنتظره؟
tm-avez-vous-d-autres-renseignements = هل لديك معلومات أخرى (الوضع، ما تنتظره، المشاريع) عن حياتك اليومية؟
tm-vie-scolaire-ou-etudiante = الحياة المدرسية أو الجامعية
tm-etes-vous-actuellement-scolarise = هل تدرس حاليًا؟
tm-pourquoi-n-etes-vous-pas-scolarise = لماذا لا تدرس؟
tm-vous-etes-trop-jeune = أنت صغير جدًا
tm-a-partir-de-quand-serez-vous = متى ستبدأ الدراسة؟
tm-vous-etes-sans-solution-d-accueil = ليس لديك مكان في مؤسسة مدرسية أو جامعية أو طبية اجتماعية
tm-vous-etes-actuellement-scolarise = أنت تدرس حاليًا
tm-en-milieu-ordinaire = في وسط عادي
tm-avec-accompagnement-par-un-service-de = مع مرافقة من خدمة علاج أو مؤسسة طبية اجتماعية
tm-en-temps-partage-entre-letablissement = بوقت مقسوم بين المؤسسة الطبية الاجتماعية والوسط العادي أو البيت
tm-en-temps-partage-entre-le-service = بوقت مقسوم بين خدمة العلاج والوسط العادي
tm-en-formation-superieure-ou-en = في تعليم عالٍ أو في تدريب مهني بالتناوب (apprentissage)
tm-etes-vous-place-en-internat = هل أنت في مدرسة داخلية؟
tm-ses-frais-de-sejour-sont-ils = هل يتكفّل التأمين الصحي أو الدولة أو المساعدة الاجتماعية بكل مصاريف الإقامة؟
tm-dans-quel-s-etablissement-s = في أي مؤسسة أو مؤسسات؟
tm-quel-type-d-etudes-suivez-vous = ما نوع الدراسة التي تتابعها؟
tm-quel-s-diplome-s-avez-vous = ما الشهادة أو الشهادات التي حصلت عليها؟
tm-quel-s-diplome-s-preparez-vous = ما الشهادة أو الشهادات التي تُحضّر لها؟
tm-decrivez-votre-parcours-d-etudiant-ou = صِف مسارك كطالب أو متدرّب
tm-annee-etablissement = السنة، المؤسسة
tm-vous-disposez-actuellement-d = لديك حاليًا مرافقة وعلاج
tm-soins-hospitaliers = علاج في المستشفى
tm-soins-en-liberal = علاج عند مهنيين خواص
tm-vous-disposez-actuellement-d-adaptations = لديك حاليًا تكييفات للظروف المادية
tm-amenagement-et-adaptations-pedagogiques = تهيئات وتكييفات في التعليم
tm-outils-de-communication = أدوات التواصل
tm-materiel-informatique-et-audiovisuel = أجهزة الحاسوب والأجهزة السمعية البصرية
tm-materiel-deficience-auditive = أجهزة لضعف السمع
tm-materiel-deficience-visuelle = أجهزة لضعف البصر
tm-mobilier-et-petits-materiels = أثاث وأدوات صغيرة
tm-transport = النقل
tm-vous-disposez-actuellement-d-une-aide = لديك حاليًا مساعد بشري للتلاميذ ذوي الإعاقة (AESH)
tm-precisez-laquelle = وضّح أيّها
tm-decrivez-votre-emploi-du-temps-ecole = صِف جدولك الزمني (المدرسة، المطعم المدرسي، العلاج، إلخ)
tm-vous-avez-des-besoins-en-lien = لديك احتياجات مرتبطة بالدراسة:
tm-pour-lire = للقراءة
tm-pour-ecrire-prendre-des-notes = للكتابة وتدوين الملاحظات
tm-pour-calculer = للحساب
tm-pour-comprendre-suivre-les-consignes = للفهم واتباع التعليمات
tm-pour-organiser-controler-son-travail = لتنظيم عمله ومراقبته
tm-pour-l-utilisation-du-materiel = لاستعمال الأدوات
tm-vous-avez-des-besoins-pour-communiquer = لديك احتياجات للتواصل:
tm-pour-assurer-sa-securite = لضمان سلامته
tm-vous-avez-des-besoins-pour-l = لديك احتياجات للعناية الشخصية:
tm-pour-l-hygiene-corporelle-aller-aux = للنظافة الجسدية (الذهاب إلى المرحاض)
tm-pour-s-habiller-mettre-et-oter = للبس الملابس (لبسها ونزعها)
tm-pour-les-repas-manger-et-boire = للوجبات (الأكل والشرب)
tm-pour-prendre-soin-de-sa-sante = للعناية بصحته
tm-vous-avez-besoin-d-aide-pour-3 = تحتاج إلى مساعدة في التنقل:
tm-pour-se-deplacer-a-l-interieur = للتنقل داخل المباني
tm-pour-se-deplacer-a-l-exterieur-2 = للتنقل خارج المباني
tm-vous-souhaitez = تريد:
tm-une-adaptation-de-la-scolarite = تكييف الدراسة
tm-une-orientation-scolaire-differente = توجيهًا دراسيًا مختلفًا
tm-une-aide-humaine = مساعدة بشرية
tm-une-aide-materielle = مساعدة مادية
tm-un-accompagnement-pour-une-readaptation = مرافقة لإعادة التأهيل
tm-une-prise-en-charge-par-un = تكفّلًا من مؤسسة بدون إقامة
tm-une-prise-en-charge-par-un-2 = تكفّلًا من مؤسسة مع إقامة
tm-avez-vous-deja-identifie-un = هل حددت من قبل مؤسسة مدرسية أو جامعية أو طبية اجتماعية يمكن أن تلبّي ما تنتظره؟
tm-avez-vous-pu-prendre-contact-avec = هل استطعت الاتصال بالأستاذ المرجعي (enseignant référent) الخاص بك؟
tm-pourquoi = لماذا؟
tm-vous-avez-d-autres-renseignements = إذا كانت لديك معلومات مهمة أخرى (الوضع، ما تنتظره، المشاريع) عن حياتك المدرسية أو الجامعية أو التدريب، اكتبها هنا:
tm-vie-au-travail = الحياة في العمل
tm-situation-professionnelle = الوضع المهني
tm-parcours-professionnel = المسار المهني
tm-projet-professionnel = المشروع المهني
tm-avez-vous-actuellement-un-emploi = هل لديك عمل حاليًا؟
tm-avez-vous-deja-travaille = هل سبق أن عملت؟
tm-pourquoi-etes-vous-actuellement-sans = لماذا أنت بدون عمل حاليًا، ومنذ متى؟
tm-pouvez-vous-indiquer-pourquoi-vous-etes = هل يمكنك أن تذكر لماذا أنت بدون عمل حاليًا؟
tm-etes-vous-dans-une-des-situations = هل أنت في إحدى الحالات التالية؟
tm-inscrit-a-pole-emploi = مسجّل في Pôle emploi
tm-en-formation-continue = في تكوين مستمر
tm-votre-accompagnement-vers-l-emploi-est = الذي يرافقك للحصول على عمل هو:
tm-mission-locale = Mission locale (مرافقة الشباب)
tm-cap-emploi = Cap emploi (مرافقة الأشخاص ذوي الإعاقة إلى العمل)
tm-pole-emploi = Pôle emploi (الوكالة العمومية للتشغيل)
tm-un-referent-rsa-designe-par-le = مرجع RSA عيّنه مجلس المقاطعة (Conseil Général)
tm-vous-avez-un-emploi = لديك عمل:
tm-en-entreprise-adaptee = في مؤسسة مهيّأة (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = في وسط محمي (مؤسسات وخدمات المساعدة بالعمل - ESAT)
tm-quel-est-votre-type-d-emploi = ما نوع عملك؟
tm-interim = عمل مؤقت (intérim)
tm-contrat-aide = عقد مدعوم (contrat aidé)
tm-travailleur-independant = عامل مستقل
tm-regime = النظام:
tm-stagiaire-professionnel = متدرّب مهني
tm-est-ce-un-stage-remunere = هل هو تدريب مدفوع الأجر؟
tm-au-sein-de-quel-organisme-effectuez = في أي هيئة تقوم بتدريبك؟
tm-nom-de-l-organisme = اسم الهيئة
tm-qui-est-votre-employeur = من هو مشغّلك؟
tm-quel-est-le-nom-de-votre = ما اسم وظيفتك؟
tm-nom-du-poste = اسم الوظيفة
tm-votre-emploi-est-il-a-temps = هل عملك بدوام كامل أم جزئي؟
tm-temps-complet = دوام كامل
tm-temps-partiel = دوام جزئي
tm-votre-emploi-est-il-adapte-a = هل عملك مناسب لإعاقتك؟
tm-quelles-sont-les-difficultes-liees-a = ما الصعوبات المرتبطة بإعاقتك؟
tm-accompagnement-pour-conserver-votre = مرافقة للحفاظ على عملك:
tm-par-la-medecine-du-travail = من طب العمل
tm-par-le-service-d-appui-au = من خدمة دعم العمال ذوي الإعاقة للبقاء في العمل (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = أُجريت تهيئات في مكان عملك:
tm-etes-vous-actuellement-en-arret-de = هل أنت حاليًا في عطلة مرضية (توقف عن العمل)؟
tm-vous-etes-actuellement-en-arret-de = أنت حاليًا في توقف عن العمل:
tm-arret-maladie-avec-indemnites = عطلة مرضية مع تعويضات يومية
tm-arret-maladie-sans-indemnites = عطلة مرضية بدون تعويضات يومية
tm-vous-etes-en-arret-suite-a = أنت متوقف عن العمل بعد حادث عمل أو مرض مهني
tm-conge-maternite-conge-d-adoption-autre = عطلة أمومة / عطلة تبنٍّ / غير ذلك
tm-avez-vous-rencontre-un-professionnel-du = هل قابلت مهنيًا من الخدمة الاجتماعية لصندوق التقاعد الخاص بك؟
tm-a-quelle-date = في أي تاريخ؟
tm-avez-vous-rencontre-le-medecin-du = هل قابلت طبيب العمل في زيارة ما قبل الرجوع إلى العمل؟
tm-beneficiez-vous-d-une-ou-des = هل تستفيد من منحة أو أكثر من المنح التالية؟
tm-aides-de-l-association-de-gestion = مساعدات جمعية تسيير صندوق الإدماج المهني للأشخاص ذوي الإعاقة (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = مساعدات صندوق إدماج الأشخاص ذوي الإعاقة في الوظيفة العمومية (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = هل لديك اعتراف بصفة العامل ذي الإعاقة (RQTH)؟
tm-souhaitez-vous-saisir-vos-experiences = هل تريد كتابة خبراتك المهنية في الاستمارة أم مسح سيرتك الذاتية (CV) ضوئيًا؟
tm-numeriser-le-cv-et-l-ajouter = مسح السيرة الذاتية ضوئيًا وإضافتها إلى طلبي عند إنهائه
tm-saisir-mes-experiences-professionnelles = كتابة خبراتي المهنية في هذه الاستمارة
tm-precisez-vos-experiences = اذكر خبراتك المهنية، بما فيها التدريبات وهيئات الإدماج.
tm-votre-niveau-de-qualification = مستوى تأهيلك:
tm-primaire = ابتدائي
tm-secondaire = ثانوي
tm-superieur = عالٍ (جامعي)
tm-derniere-classe-frequentee = آخر قسم درست فيه:
tm-avez-vous-suivi-une-des-formation = هل تابعت تكوينًا مهنيًا أو أكثر؟
tm-laquelle-lesquelles = ما هو أو ما هي؟
tm-precisez-votre-vos-dernier-s-diplome = اذكر آخر شهادة أو شهادات حصلت عليها:
tm-avez-vous-un-ou-plusieurs-projet = هل لديك مشروع مهني أو أكثر؟
tm-pourquoi-avez-vous-besoin-de-soutien = لماذا تحتاج إلى دعم؟
tm-faire-un-bilan-de-capacites = القيام بتقييم للقدرات المهنية
tm-preciser-un-projet-professionnel = توضيح مشروع مهني
tm-adapter-l-environnement-de-travail = تكييف بيئة العمل
tm-acceder-a-un-emploi = الحصول على عمل
tm-acceder-a-une-formation = الحصول على تكوين
tm-autres-renseignements-concernant-votre = معلومات أخرى عن حياتك في العمل تريد أن تخبرنا بها
tm-vie-de-votre-aidant-familial = حياة المساعد العائلي الخاص بك
tm-vous-pouvez-expliquer-l-aide-que = يمكنك أن تشرح المساعدة التي يقدّمها مساعدك حاليًا للشخص ذي الإعاقة، ويمكنك أن تذكر ما ينتظره وما يحتاجه.
tm-comment-s-appelle-votre-aidant = ما اسم مساعدك؟
tm-nom-et-prenom = اسم العائلة والاسم الشخصي
tm-quel-est-son-lien-avec-la = ما صلته بالشخص ذي الإعاقة؟
tm-vit-il-elle-avec-la-personne = هل يعيش (أو تعيش) مع الشخص ذي الإعاقة؟
tm-est-il-elle-actuellement-en-emploi = هل يعمل (أو تعمل) حاليًا؟
tm-oui-avec-une-reduction-dactivite-liee = نعم، مع تقليص للعمل بسبب الاعتناء بالشخص الذي يساعده
tm-quelle-est-la-nature-de-l = ما نوع المساعدة المقدَّمة؟
tm-surveillance-presence-responsable = المراقبة / الحضور المسؤول
tm-aide-aux-deplacements-a-linterieur-du = المساعدة في التنقل داخل المسكن
tm-aide-aux-deplacements-a-lexterieur = المساعدة في التنقل خارج المسكن
tm-aide-pour-entretenir-le-logement-et = المساعدة في تنظيف المسكن والملابس
tm-aide-a-lhygiene-corporelle = المساعدة في النظافة الجسدية
tm-aide-a-la-preparation-des-repas = المساعدة في تحضير الوجبات
tm-aide-a-la-prise-de-repas = المساعدة في تناول الوجبات
tm-coordination-des-intervenants = تنسيق عمل المهنيين المتدخلين
tm-gestion-administrative-et-juridique = التسيير الإداري والقانوني
tm-gestion-financiere = التسيير المالي
tm-stimulation-par-des-activites-loisirs = التحفيز بأنشطة (ترفيه، خرجات، إلخ)
tm-aide-a-la-communication-et-aux = المساعدة في التواصل والعلاقات الاجتماعية
tm-aide-au-suivi-medical = المساعدة في المتابعة الطبية
tm-qui-participe-avec-lui-elle-a = من يشارك معه (أو معها) في مرافقة الشخص الذي يُساعَد؟
tm-un-des-professionnel-s = مهني أو أكثر
tm-un-ou-plusieurs-autre-s-proche = قريب آخر أو أكثر
tm-il-elle-est-l-unique-aidante = هو (أو هي) المساعد الوحيد لصاحب الطلب
tm-est-il-elle-soutenue-dans-sa = هل يتلقى (أو تتلقى) دعمًا في دوره كمساعد؟
tm-en-cas-d-empechement-a-t = إذا لم يستطع (أو لم تستطع) الحضور، هل هناك حل ليحلّ محله شخص آخر؟
tm-laquelle = ما هو؟
tm-il-elle-est-ou-sera-prochainement = هو (أو هي) الآن، أو سيكون قريبًا، في إحدى الحالات التالية:
tm-eloignement-geographique-demenagement = البعد الجغرافي (انتقال إلى سكن آخر، إلخ)
tm-indisponibilite-prolongee-sejour-a = غياب طويل (إقامة في الخارج، دخول المستشفى، إلخ)
tm-changement-majeur-dans-la-situation = تغيّر كبير في الوضع الشخصي (انفصال، وفاة الزوج أو الزوجة، دخول دار مسنّين، إلخ)
tm-probleme-de-sante = مشكلة صحية
tm-changement-majeur-dans-la-situation-2 = تغيّر كبير في الوضع المهني
tm-difficulte-a-assurer-l-accompagnement = صعوبة في مواصلة المرافقة الحالية (إرهاق، تقدّم في السن، إلخ)
tm-ses-attentes-en-tant-qu-aidant = ما ينتظره كمساعد عائلي:
tm-pouvoir-se-reposer-au-quotidien = أن يستطيع الراحة كل يوم
tm-pouvoir-se-faire-remplacer-en-cas = أن يستطيع أن يحلّ أحد محله عند الحاجة
tm-pouvoir-se-faire-remplacer-en-cas-2 = أن يستطيع أن يحلّ أحد محله عند حدوث أمر غير متوقع
tm-se-faire-remplacer-pour-partir-en = أن يحلّ أحد محله ليذهب في عطلة نهاية الأسبوع أو عطلة
tm-reprendre-renforcer-maintenir-son = أن يستأنف / يقوّي / يحافظ على عمله
tm-reprendre-renforcer-maintenir-ses-liens = أن يستأنف / يقوّي / يحافظ على علاقاته الاجتماعية
tm-obtenir-une-contre-partie-financiere = أن يحصل على مقابل مالي
tm-echanger-avec-dautres-aidants = أن يتبادل الحديث مع مساعدين آخرين
tm-echanger-avec-les-professionnels-qui = أن يتبادل الحديث مع المهنيين الذين يتابعون قريبه
tm-avoir-un-soutien-psychologique = أن يحصل على دعم نفسي
tm-etre-conseille-pour-mieux-faire-face = أن يحصل على نصائح لمواجهة إعاقة قريبه بشكل أفضل
tm-etre-affilie-gratuitement-a-lassurance = أن يُسجَّل مجانًا في تأمين الشيخوخة (التقاعد)
tm-a-t-il-elle-deja-identifie = هل حدد (أو حددت) من قبل هيئة أو أكثر يمكن أن تلبّي ما ينتظره؟
tm-vous-souhaitez-mieux-connaitre-les = تريد أن تعرف أكثر عن الأنظمة والمساعدات الموجودة:
tm-pour-l-aidant = للمساعد
tm-pour-la-personne-aidee = للشخص الذي يُساعَد
tm-autres-renseignements-que-vous = معلومات أخرى تريد أن تخبرنا بها عن حياة مساعدك
tm-documents-lies-a-votre-demande = الوثائق المرتبطة بطلبك
tm-pour-nous-transmettre-les-documents = لإرسال الوثائق الإثباتية الإلزامية والإضافية إلينا
tm-certificat-medical = الشهادة الطبية
tm-votre-certificat-medical-n-est-pas = شهادتك الطبية غير صالحة، يُرجى استعمال أحد النماذج المقدَّمة.
tm-un-certificat-medical-de-moins-de = شهادة طبية عمرها أقل من 6 أشهر، مخصّصة لطلبات MDPH.
tm-justificatif-de-domicile = إثبات السكن
tm-une-photocopie-dun-justificatif-de = نسخة من إثبات سكن عمره أقل من 3 أشهر (للأطفال، أرفق إثبات سكن الممثل القانوني؛ للأشخاص الذين يسكنون عند شخص آخر: إثبات سكن ذلك الشخص وتصريحه بالشرف بأنه يستضيفك).
tm-piece-d-identite = وثيقة الهوية
tm-une-photocopie-recto-verso-dun = نسخة من الوجهين لوثيقة هوية الشخص ذي الإعاقة، وعند الاقتضاء لوثيقة هوية ممثله القانوني (وثيقة هوية سارية أو بطاقة إقامة سارية أو أي وثيقة أخرى تسمح بالإقامة في فرنسا).
tm-acte-de-deces-acte-de-mariage = شهادة وفاة / عقد زواج
tm-carte-grise-vehicule-permis-de-conduire = البطاقة الرمادية للسيارة (carte grise)، رخصة القيادة
tm-carte-de-sejour = بطاقة الإقامة
tm-avis-d-impot-sur-le-revenu = إشعار ضريبة الدخل (avis d'impôt)
tm-releve-d-identite-bancaire-rib-iban = كشف الهوية البنكية (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = شهادة دفع التعويضات اليومية (CAF، MSA، الضمان الاجتماعي، Pôle Emploi....)
tm-bulletin-de-salaire = كشف الراتب
tm-devis-facture-aide-technique = عرض سعر / فاتورة أداة مساعدة
tm-audiogramme = تخطيط السمع
tm-livret-de-famille = دفتر العائلة (livret de famille)
tm-facture-cantine-restaurant-scolaire = فاتورة المطعم المدرسي
tm-facture-frais-d-obseques = فاتورة مصاريف الجنازة
tm-justificatif-reduction-du-temps-de = إثبات تقليص وقت العمل
tm-billets-de-train-fiche-taxi-frais = تذاكر القطار / ورقة التاكسي (مصاريف النقل بعد الإيداع في مؤسسة)
tm-jugement-de-tutelle-jugement = حكم الوصاية، حكم تصحيحي، القوامة
tm-justificatif-d-emancipation = إثبات الترشيد (émancipation)
tm-jugement-de-delegation-d-autorite = حكم تفويض السلطة الأبوية
tm-jugement-de-divorce = حكم الطلاق
tm-bilan-ophtalmologique-mdph = فحص العيون (MDPH)
tm-complement-medical-d-aide-a-l = ملحق طبي للمساعدة في التقييم النفسي الطبي
tm-bilan-psychologique-etc = تقييم نفسي، إلخ
tm-compte-rendu-d-examen-psychiatrique = تقرير فحص نفسي طبي، استبيان نفسي طبي، إلخ
tm-bilan-orthophonique-psychomoteur = تقييم تقويم النطق، الحركة النفسية، العلاج الطبيعي، تقويم العظام، إلخ
tm-bilan-camsp-cmp-cmpp = تقييم CAMSP، CMP، CMPP
tm-compte-rendu-d-evaluation-medicale = تقرير تقييم طبي
tm-attestation-medicale = شهادة طبية
tm-fiche-de-liaison-medecine-du-travail = ورقة اتصال طب العمل
tm-prescription-medicale-pour-amenagement-d = وصفة طبية لتهيئة الامتحانات
tm-bulletin-d-hospitalisation = ورقة دخول المستشفى
tm-fiche-de-prescription-hors = ورقة وصفة غير دوائية
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = للأطفال الذين يدرسون، يُكتب ما تنتظره في وثيقة اسمها GEVASco. GEVASco دليل لجمع المعلومات تملؤه مع مدير المؤسسة (عند أول طلب) أو مع الأستاذ المرجعي (عند إعادة الدراسة). يمكنك أن تطلب من مدير المدرسة معلومات الاتصال بالأستاذ المرجعي.
tm-bilan-de-l-equipe-de-suivi = تقييم فريق متابعة التمدرس (ESS)
tm-fiche-de-liaison-financement-du-materiel = ورقة اتصال لتمويل الأدوات التعليمية المهيّأة
tm-fiche-d-evaluation-de-l-autonomie = ورقة تقييم استقلالية التلميذ (من المفتشية الأكاديمية)
tm-protocoles-d-accompagnement-d-un-eleve = بروتوكولات مرافقة تلميذ ذي إعاقة بمساعد (AVSI)
tm-plan-individualise-d-accompagnement-pia = خطة المرافقة الفردية (PIA)
tm-devoirs-particuliers-dyslexie = واجبات خاصة (عسر القراءة، تقويم النطق، إلخ)
tm-certificat-de-scolarite-releve-de-notes = شهادة التمدرس، كشف النقاط، إلخ
tm-curriculum-vitae-cv = السيرة الذاتية (CV)
tm-courriers-orientation-professionnel = رسائل التوجيه المهني (UEROS، POPS، CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = تقييمات (AFPA، ESAT، إلخ)، تقييمات دعم المشروع، POPS، Préo، UEROS، إلخ
tm-rapport-de-stage = تقرير التدريب
tm-syntheses-etablissements-et-services-ems = ملخّصات المؤسسات والخدمات (EMS، SMS، SAVS، SAMSAH، إلخ)
tm-autre-document = وثيقة أخرى

## mdph: account

tm-plus-qu-une-etape = بقيت خطوة واحدة فقط
tm-cliquez-sur-le-lien-qui-vous = اضغط على الرابط الذي أُرسل إليك لتفعيل حسابك (انظر أيضًا في الرسائل غير المرغوب فيها).
tm-votre-compte-a-bien-ete-valide = تم تأكيد حسابك.
tm-ce-lien-est-incorrect-ou-a = هذا الرابط غير صحيح أو استُعمل من قبل.
tm-email-envoye = أُرسلت الرسالة
tm-cliquez-sur-le-lien-qui-vous-2 = اضغط على الرابط الذي أُرسل إليك بالبريد الإلكتروني لتغيير كلمة السر.
tm-si-vous-avez-oublie-votre-mot = إذا نسيت كلمة السر، اكتب عنوان بريدك الإلكتروني، وستُرسل إليه كلمة سر جديدة.
tm-veuillez-entrer-votre-email = يُرجى كتابة بريدك الإلكتروني.
tm-l-adresse-email-n-est-pas = عنوان البريد الإلكتروني غير صحيح.
tm-connectez-vous-pour-reprendre-votre = ادخل إلى حسابك لتكمل إجراءك
tm-adresse-email = عنوان البريد الإلكتروني
tm-veuillez-entrer-une-adresse-email = يُرجى كتابة عنوان بريد إلكتروني.
tm-cette-adresse-email-n-est-pas = عنوان البريد الإلكتروني هذا غير صحيح.
tm-veuillez-entrer-un-mot-de-passe = يُرجى كتابة كلمة سر.
tm-vous-n-avez-pas-de-compte = ليس لديك حساب؟ سجّل الآن
tm-une-erreur-est-survenue-lors-de-5 = حدث خطأ أثناء الإرسال. ربما تم تفعيل الحساب المطلوب من قبل أو أنه غير موجود.
tm-un-mail-de-confirmation-a-bien = أُعيد إرسال رسالة التأكيد إلى بريدك الإلكتروني
tm-nouveau-mot-de-passe = كلمة السر الجديدة
tm-vous-avez-indique-avoir-oublie-votre = قلت إنك نسيت كلمة السر. يُرجى إعادة تعيينها بكتابة كلمة سر جديدة.
tm-inscrivez-vous-pour-commencer-votre = سجّل لتبدأ إجراءك
tm-veuillez-entrer-votre-adresse-e-mail = يُرجى كتابة عنوان بريدك الإلكتروني.
tm-cet-email-n-est-pas-valide = هذا البريد الإلكتروني غير صحيح.
tm-adresse-email-de-secours = عنوان بريد إلكتروني احتياطي
tm-veuillez-entrer-votre-adresse-e-mail-2 = يُرجى كتابة عنوان بريدك الإلكتروني الاحتياطي.
tm-erreur-dans-le-formulaire-merci-de = خطأ في الاستمارة، يُرجى تحديث الصفحة.
tm-contact = الاتصال
tm-veuillez-entrer-votre-numero-de-contact = يُرجى كتابة رقم الهاتف الذي نتصل بك عليه.
tm-vous-avez-deja-un-compte-connectez = لديك حساب من قبل؟ ادخل إليه

## mdph: apropos

tm-en-quelques-mots = باختصار
tm-plus-dun-tiers-des-personnes-handicapees = أكثر من ثلث الأشخاص ذوي الإعاقة يرون أن الإجراءات الإدارية المتعلقة بالتكفّل بإعاقتهم معقّدة. وغالبًا ما تتجاوز مدة معالجة الطلبات الأشهر الأربعة التي يحددها القانون.
tm-un-traitement-informatise-de-bout-en = معالجة إلكترونية من البداية إلى النهاية
tm-une-communication-en-continu = تواصل مستمر
tm-pour-les-utilisateurs = للمستخدمين
tm-un-espace-personnel = فضاء شخصي
tm-un-questionnaire-dynamique = استبيان يتغيّر حسب أجوبتك
tm-un-accompagnement-des-la-saisie-de = مرافقة منذ كتابة الطلب
tm-un-suivit-en-temps-reel = متابعة فورية
tm-une-presence-sur-le-web = حضور على الإنترنت
tm-une-appropriation-de-votre-espace = فضاء تجعله خاصًا بك

## mdph: demande

tm-veuillez-confirmer-la-demande-de = يُرجى تأكيد طلب { $name }
tm-une-fois-la-demande-validee-vous = بعد تأكيد الطلب، لن تستطيع تعديل أي معلومات غير الوثائق، وذلك فقط إذا طلبت MDPH ذلك. تجد في الأسفل ملخّص طلبك:
tm-recapitulatif-de-votre-demande = ملخّص طلبك
tm-documents = الوثائق:
tm-en-validant-je-certifie-que-les = بالتأكيد، أشهد بأن المعلومات أعلاه صحيحة.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } لا تقبل الطلبات من هذه الخدمة على الإنترنت، فلا يمكن إرسال طلب إليها عبر هذه الخدمة.
tm-demande-n = الطلب رقم { $shortId }
tm-votre-mdph-vous-demande-de-corriger = MDPH تطلب منك تصحيح الوثائق المرفقة بطلبك
tm-pour-tout-autre-modification-veuillez = لأي تعديل آخر، يُرجى الاتصال مباشرة بـ MDPH الخاصة بك (تجد معلومات الاتصال أسفل الصفحة)
tm-telecharger = تنزيل
tm-votre-demande-est-en-cours-de = MDPH تتحقق الآن من طلبك
tm-informations-obligatoires = معلومات إلزامية
tm-informations-complementaires = معلومات إضافية
tm-decrivez-votre-situation-vos-besoins-vos = صِف وضعك واحتياجاتك ومشاريعك وما تنتظره.
tm-demande = الطلب / { $label }
tm-demande-documents = الطلب / الوثائق
tm-en-cours = { $name } - جارٍ... { $progress }%
tm-ajouter-un-document = إضافة وثيقة
tm-autres-types-de-documents = أنواع أخرى من الوثائق
tm-retourner-a-la-demande = الرجوع إلى الطلب
tm-choix-du-type-de-document = اختيار نوع الوثيقة
tm-recherche = بحث
tm-suggestions-de-documents-a-fournir = اقتراحات للوثائق التي يجب تقديمها
tm-demande-identite-de-l-autorite-parentale = الطلب / هوية صاحب السلطة الأبوية
tm-demande-identite-de-la-personne-vous = الطلب / هوية الشخص الذي يساعدك في هذا الإجراء
tm-la-personne-vous-aidant-dans-votre = الشخص الذي يساعدك في إجرائك هو
tm-un-proche = قريب
tm-une-association = جمعية
tm-nom-ou-intitule = الاسم (أو التسمية)
tm-la-longueur-minimale-du-nom-est = يجب أن يتكوّن الاسم من حرف واحد على الأقل.
tm-recherche-adresse = البحث عن عنوان
tm-localite = المدينة أو القرية
tm-telephone-1 = الهاتف 1
tm-telephone-2 = الهاتف 2
tm-demande-identite-du-beneficiaire = الطلب / هوية المستفيد
tm-nom-d-epouxse-ou-nom-d = اسم الزوج أو الزوجة، أو الاسم المستعمل
tm-homme = رجل
tm-femme = امرأة
tm-espace-economique-europeen-ou-suisse = المنطقة الاقتصادية الأوروبية أو سويسرا
tm-date-de-naissance-au-format-jour = تاريخ الميلاد بشكل يوم/شهر/سنة
tm-veuillez-utiliser-le-format-jj-mm = يُرجى استعمال الشكل يوم/شهر/سنة (JJ/MM/AAAA). مثلًا: 14/09/1989.
tm-commune-de-naissance = بلدية الولادة
tm-pays-en-cas-de-naissance-a = البلد (إذا وُلدت خارج فرنسا)
tm-l-adresse-email-saisie-est-incorrecte = عنوان البريد الإلكتروني الذي كتبته غير صحيح.
tm-si-vous-avez-elu-domicile-aupres = إذا كان عنوانك الرسمي لدى هيئة (جمعية، مركز إيواء أو مركز عمل اجتماعي)، اذكر أيّها
tm-organisme-payeur-de-prestations = الهيئة التي تدفع المنح العائلية / RSA
tm-organisme-d-assurance-maladie = هيئة التأمين الصحي
tm-votre-numero-de-securite-sociale = رقم الضمان الاجتماعي الخاص بك
tm-ce-numero-de-securite-sociale-est = رقم الضمان الاجتماعي هذا غير صحيح.
tm-ce-champ-est-incomplet = هذه الخانة ناقصة.
tm-si-cest-votre-enfant-qui-est = إذا كان الطلب يخص طفلك، اكتب رقم الضمان الاجتماعي الخاص به
tm-etes-vous-aide-e-dans-vos = هل يساعدك أحد في إجراءاتك مع MDPH؟
tm-beneficiez-vous-dune-mesure-de = هل أنت تحت إجراء حماية قانونية (وصاية أو قوامة)؟
tm-demande-identite-du-representant-legal = الطلب / هوية الممثل القانوني
tm-demande-prestations = الطلب / المنح والخدمات
tm-demandes-relatives-a-la-vie-quotidienne = طلبات تتعلق بالحياة اليومية
tm-carte-mobilite-inclusion = بطاقة التنقل والإدماج (CMI)
tm-allocation-compensatrice-ac = المنحة التعويضية (AC)
tm-demandes-relatives-a-la-vie-scolaire = طلبات تتعلق بالحياة المدرسية
tm-demandes-relatives-au-travail-a-lemploi = طلبات تتعلق بالعمل والتوظيف والتكوين المهني
tm-orientation-professionnelle = التوجيه المهني
tm-le-dispositif-emploi-accompagne-propose = «نظام العمل المرافَق يقدّم مرافقة طبية اجتماعية ودعمًا للإدماج المهني للعامل ذي الإعاقة ولمشغّله. يمكن أن يستفيد من هذا النظام العمال ذوو الإعاقة:
tm-ayant-un-projet-dinsertion-en-milieu = الذين لديهم مشروع للعمل في وسط عمل عادي،
tm-accueillis-dans-un-etablissement-ou = الموجودون في مؤسسة أو خدمة مساعدة بالعمل (ESAT) ولديهم مشروع للعمل في وسط عمل عادي،
tm-deja-en-emploi-en-milieu-ordinaire = الذين يعملون من قبل في وسط عمل عادي، ويواجهون صعوبات خاصة في تثبيت إدماجهم المهني.»
tm-demande-confirmer-votre-compte-mail = الطلب / تأكيد بريدك الإلكتروني
tm-vous-n-avez-pas-encore-confirme = لم تؤكد حسابك بعد. يمكنك ذلك بفتح رابط التفعيل الذي أُرسل إليك بالبريد الإلكتروني.
tm-en-cas-de-difficultes-vous-pouvez = إذا واجهت صعوبات يمكنك مراسلتنا على العنوان contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = اضغط هنا لإعادة إرسال رسالة التأكيد
tm-retourner-au-profil = الرجوع إلى الملف الشخصي

## mdph: layout

tm-connexion = الدخول

## mdph: main

tm-trouvez-le-service-en-ligne-de = ابحث عن خدمة MDPH الخاصة بك على الإنترنت
tm-votre-demande-en-ligne-a-la = طلبك على الإنترنت إلى MDPH
tm-la-mdph-c-est-la-maison = MDPH هي «دار المقاطعة للأشخاص ذوي الإعاقة» (Maison Départementale pour les Personnes Handicapées). يمكنها أن تلبّي الاحتياجات المرتبطة بإعاقتك.
tm-ce-service-vous-permet-de-saisir = هذه الخدمة تسمح لك بكتابة طلبك وإرساله إلى MDPH لتدرس ملفك.
tm-il-vous-permet-de-solliciter-la = وتسمح لك بالتوجه إلى MDPH بصفتك مستفيدًا أو بصفتك الممثل القانوني لمستفيد.
tm-en-fonction-de-votre-situation-vous = حسب وضعك، ربما يمكنك الاستفادة من الحقوق التالية

## mdph: mdph

tm-votre-mdph = MDPH الخاصة بك: { $name }
tm-gerez-vos-demandes-en-ligne = تابِع طلباتك على الإنترنت
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = MDPH الخاصة بك لا تستعمل هذه الخدمة للطلبات على الإنترنت
tm-continuer-sur-service-public-fr = المتابعة على service-public.fr
tm-continuer-sur = المتابعة على { $label }

## mdph: medecin

tm-votre-e-mail = بريدك الإلكتروني
tm-ex-email-domaine-fr = مثال: email@domaine.fr
tm-l-adresse-email-est-obligatoire = عنوان البريد الإلكتروني إلزامي.
tm-modeles-de-certificats = نماذج الشهادات الطبية

## mdph: mon_compte

tm-en-attente-de-validation = في انتظار التأكيد
tm-si-vous-n-avez-pas-recu = إذا لم تصلك هذه الرسالة، اضغط هنا لإعادة إرسالها.
tm-modifier-mon-mot-de-passe = تغيير كلمة السر
tm-veuillez-entrer-votre-mot-de-passe = يُرجى كتابة كلمة السر القديمة.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = أرسلنا إليك رسالة لتأكيد عنوان بريدك الإلكتروني.
tm-type = النوع
tm-document-ajoute = الوثيقة المضافة
tm-choisir-le-fichier = اختيار الملف
tm-veuillez-selectionner-un-fichier = يُرجى اختيار ملف
tm-ajouter-ce-fichier = إضافة هذا الملف

## mdph: profil

tm-profil-identite-du-representant-legal = الملف الشخصي / هوية الممثل القانوني
tm-profil-prestations = الملف الشخصي / المنح والخدمات
tm-supprimer-ce-profil = حذف هذا الملف الشخصي

## mdph: suivi

tm-cookies-deposes-et-opt-out = ملفات تعريف الارتباط (cookies) ورفضها
tm-ce-site-depose-un-petit-fichier = هذا الموقع يضع ملفًا نصيًا صغيرًا («cookie») على حاسوبك عندما تزوره. هذا يسمح لنا بقياس عدد الزيارات ومعرفة الصفحات الأكثر زيارة.
tm-ce-site-naffiche-pas-de-banniere = لماذا لا يعرض هذا الموقع رسالة لطلب موافقتك على ملفات تعريف الارتباط؟
tm-je-contribue-a-enrichir-vos-donnees = أنا أساهم في إغناء بياناتكم، فهل يمكنني الاطلاع عليها؟
tm-bien-sur-les-statistiques-dusage-de = طبعًا! إحصاءات استعمال أغلب منتجاتنا، ومنها https://mdphenligne.cnsa.fr/، متاحة للجميع على stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = الوالد { $n }
tm-exerce-l-autorite-parentale = يمارس السلطة الأبوية
tm-meme-adresse-que-le-beneficiaire = نفس عنوان المستفيد

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = بوضع علامة في هذا المربع، تشهد بأن لديك موافقة { $name } لتقديم طلب باسمه
tm-precisez-le-domicile = حدِّد مكان السكن
tm-de-vos-parents-ou-l-un = عند والديك (أو أحدهما)
tm-de-vos-enfants-ou-l-un = عند أطفالك (أو أحدهم)
tm-d-un-e-ami-e = عند صديق أو صديقة
tm-d-un-autre-membre-de-votre = عند فرد آخر من عائلتك
tm-d-une-famille-d-accueil = عند عائلة مستضيفة
tm-et-vous-etes = وأنت
tm-de-categorie = من فئة
tm-son-prenom = اسمه الشخصي
tm-montant = المبلغ
tm-montant-invalide = المبلغ غير صحيح
tm-veuillez-saisir-un-nombre-entre-0 = يُرجى كتابة عدد بين 0 و100.

## mdph: display-file

tm-pas-de-documents = لا توجد وثائق
tm-raison-du-refus = سبب الرفض:
tm-supprimez = احذف
tm-suppression-d-un-document = حذف وثيقة

## mdph: footer

tm-contactez-votre-mdph = اتصل بـ MDPH الخاصة بك

## mdph: help

tm-precisez-vos-besoins-de-compensation = حدِّد ما تحتاجه من مساعدة بسبب إعاقتك
tm-plusieurs-reponses-sont-possibles = يمكن اختيار أكثر من جواب
tm-adaptez-vos-reponses-a-votre-age = اجعل أجوبتك مناسبة لعمرك.
tm-le-besoin-daide-correspond-a-une = الحاجة إلى المساعدة تعني مساعدة مباشرة من شخص، أو الحاجة إلى من يشجعك أو يوجهك أو يذكّرك بالكلام، أو مساعدة مادية أو مالية.
tm-ce-document-correspond-a-lexpression-de = هذه الوثيقة تعبّر عن احتياجاتك كما تشعر بها. بعد ذلك يقوم فريق MDPH بتقييم مفصّل، ويلتقي بك إذا لزم الأمر.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = منحة البالغين ذوي الإعاقة (AAH) وتكملتها
tm-carte-d-invalidite-de-priorite-de = بطاقة العجز / الأولوية / ركن السيارة
tm-orientation-vers-un-etablissement-ou = التوجيه إلى مؤسسة أو خدمة طبية اجتماعية (ESMS)
tm-renouvellement-d-allocation = تجديد المنحة التعويضية (ACTP أو ACFP)
tm-projet-personnalise-de-scolarisation = المشروع الشخصي للتمدرس – المسار والمساعدات في الدراسة
tm-orientation-professionnelle-et-ou = التوجيه المهني و/أو التكوين المهني
tm-reconnaissance-de-la-qualite-de = الاعتراف بصفة العامل ذي الإعاقة (RQTH)
tm-affiliation-gratuite-a-l-assurance = الانتساب المجاني إلى تأمين الشيخوخة للوالدين الماكثين في البيت (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = مقاطعة أخرى، اكتب رقمها (مثلًا 01 أو 75)

## mdph: menu-dashboard

tm-mes-demandes = طلباتي
tm-documents-associes = الوثائق المرفقة

## mdph: nav-steps

tm-question-precedente = السؤال السابق

## mdph: password-field

tm-votre-mot-de-passe-est-d = كلمة السر ضعيفة جدًا.
tm-veuillez-saisir-8-caracteres = يُرجى كتابة 8 أحرف.
tm-presenter-trois-des-quatre-categories-de = أن تحتوي على ثلاثة من هذه الأنواع الأربعة من الحروف: حرف كبير، حرف صغير، رقم و/أو رمز خاص.
tm-ce-jeton-de-modification-a-deja = رمز التعديل هذا استُعمل من قبل لإعادة تعيين كلمة السر. يُرجى تقديم طلب جديد لإعادة التعيين.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = أن تحتوي على ثمانية أحرف،
tm-etre-d-une-robustesse-moyenne = أن تكون متوسطة القوة.
tm-afin-de-garantir-au-mieux-l = لحماية البيانات قدر الإمكان، يجب أن تكون كلمة السر على الأقل:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = وضّح طلبك إذا أردت

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = يُرجى اختيار أحد الخيارات أو توضيح جوابك
tm-intitule-du-poste = اسم الوظيفة
tm-employeur = المشغِّل (صاحب العمل)
tm-entreprise = الشركة
tm-type-de-contrat = نوع العقد
tm-date-de-debut-au-format-jour = تاريخ البداية بشكل يوم/شهر/سنة
tm-motif-de-fin-d-activite = سبب انتهاء العمل
tm-motif = السبب
tm-valider-l-experience = تأكيد الخبرة
tm-ajouter-une-experience = إضافة خبرة
tm-annee-d-obtention = سنة الحصول عليها
tm-domaine = المجال
tm-intitule-du-diplome = اسم الشهادة
tm-domaine-d-etude = مجال الدراسة
tm-retirer-le-dernier-diplome = إزالة آخر شهادة
tm-ajouter-un-diplome = إضافة شهادة
tm-matin = الصباح
tm-midi = الظهر
tm-soiree-nuit = المساء/الليل
tm-nom-de-l-etablissement = اسم المؤسسة
tm-rue = الشارع
tm-ex-college-jules-ferry = مثال: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = مثال: 1, rue de l'église
tm-ex-paris = مثال: Paris
tm-supprimer-le-dernier-etablissement = حذف آخر مؤسسة
tm-ajouter-un-etablissement = إضافة مؤسسة
tm-frais-engages = المصاريف التي دفعتها
tm-montant-total-frequence = المبلغ الإجمالي / كم مرة
tm-montant-rembourse = المبلغ المسترجَع
tm-libelle-des-frais = نوع المصاريف
tm-par-jour = في اليوم
tm-par-semaine = في الأسبوع
tm-par-mois = في الشهر
tm-par-an = في السنة
tm-supprimer-le-dernier-frais = حذف آخر مصروف
tm-ajouter-des-frais-ponctuels = إضافة مصاريف لمرة واحدة
tm-ajouter-des-frais-recurrents = إضافة مصاريف متكررة
tm-derniere-reponse-enregistree-le = آخر جواب محفوظ في { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = اسم الهيئة
tm-etes-vous-deja-en-contact = هل أنت على اتصال بها من قبل؟
tm-supprimer-la-derniere-structure = حذف آخر هيئة
tm-ajouter-une-structure = إضافة هيئة

## mdph: representant-form

tm-type-de-mesure-de-protection = نوع إجراء الحماية
tm-tutelle = الوصاية (tutelle)
tm-curatelle = القوامة (curatelle)
tm-curatelle-renforcee = القوامة المشدّدة (curatelle renforcée)
tm-habilitation-familiale = التفويض العائلي (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = الصفحة الرئيسية

## aidants: 400.html

tm-il-y-a-eu-un-souci = حدثت مشكلة تقنية أثناء تبادل البيانات.
tm-la-syntaxe-de-la-requete-est = صيغة الطلب خاطئة. يمكنك المحاولة مرة أخرى أو الاتصال بنا إذا استمرت المشكلة.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = ليس لديك إذن لفتح هذه الصفحة.
tm-si-vous-pensez-qu-il-s = إذا كنت تظن أن هذا خطأ، يمكنك زيارة صفحتنا الرئيسية أو الاتصال بنا لتحصل على مساعدة.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = الصفحة التي تبحث عنها غير موجودة. نعتذر عن الإزعاج.
tm-si-vous-avez-tape-l-adresse = إذا كتبت عنوان الصفحة بنفسك في المتصفح، تأكد أنه صحيح. ربما لم تعد الصفحة موجودة. في هذه الحالة، يمكنك زيارة صفحتنا الرئيسية لتكمل تصفحك. وإلا اتصل بنا لنوجهك إلى المعلومة الصحيحة.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = انتهى الوقت المسموح به للدخول عبر FranceConnect.
tm-vous-pouvez-reessayer-la-connexion = يمكنك أن تحاول الدخول مرة أخرى من الصفحة الرئيسية. إذا استمرت المشكلة، اتصل بنا.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = عذرًا، في الخدمة مشكلة، ونحن نعمل على حلها في أسرع وقت.
tm-essayez-de-rafraichir-la-page-ou = حاول تحديث الصفحة أو حاول مرة أخرى لاحقًا.
tm-si-vous-avez-besoin-d-une = إذا كنت تحتاج إلى مساعدة فورية، يُرجى الاتصال بنا مباشرة.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = طباعة التوكيل (mandat)
tm-mandat-final = التوكيل النهائي
tm-attention-ceci-est-un-projet-de = تنبيه! هذا مشروع توكيل فقط. ليست له أي قيمة قانونية.
tm-le-mandat-a-ete-cree-avec = تم إنشاء التوكيل بنجاح. يُرجى طباعته ليوقّعه الموكِّل (الشخص الذي يعطي التوكيل).
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 للطباعة، اختر في قائمة المتصفح «ملف» (Fichier)، ثم «طباعة» (Imprimer).
tm-projet-de-mandat-traduit = مشروع توكيل مترجَم
tm-vous-trouverez-ci-dessous-un-mandat = تجد في الأسفل نموذج توكيل له عدة ترجمات. ترجمات التوكيل تُستعمل فقط لتشرح للمستخدم ما هو التوكيل وما الذي يترتب عليه. ليست لهذه الترجمات أي قيمة قانونية. التوكيل النهائي باللغة الفرنسية وحده له قيمة قانونية.
tm-vous-pouvez-imprimer-ce-mandat-type = يمكنك طباعة نموذج التوكيل هذا بالضغط على الزر في الأسفل. تنبيه: نذكّرك بأن هذا التوكيل ليست له أي قيمة قانونية. إنه مترجَم فقط لإعلام المستخدم.
tm-version-francaise = النسخة الفرنسية
tm-traduire-le-mandat-en = ترجمة التوكيل إلى:
tm-mandat-pour-realiser-des-demarches-en = توكيل للقيام بإجراءات على الإنترنت عبر خدمة «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = تنبيه: نذكّرك بأن هذا التوكيل ليست له أي قيمة قانونية. إنه مترجَم فقط لإعلام المستخدم.
tm-version-francaise-et-traductions = النسخة الفرنسية والترجمات
tm-revocation-d-une-autorisation-via-le = إلغاء إذن عبر خدمة «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = أنا الموقّع أدناه، { $get_full_name }، أريد إلغاء الإذن «{ $authorization }» الذي أُنشئ في { $creation_date } مع { $organisation }.
tm-fait-a-le = حُرِّر في { $display_address }، بتاريخ { $date }
tm-le-mandant = الموكِّل
tm-lautorisation-a-ete-revoquee-avec-succes = تم إلغاء الإذن بنجاح. يُرجى طباعته ليوقّعه الموكِّل.
tm-l-autorisation-a-ete-revoquee-avec = تم إلغاء الإذن بنجاح!
tm-rappel-de-l-autorisation-revoquee = تذكير بالإذن الملغى
tm-thematique-administrative = المجال الإداري
tm-date-de-l-autorisation = تاريخ الإذن
tm-expiration-de-l-autorisation = نهاية صلاحية الإذن
tm-imprimer-l-attestation-de-revocation = طباعة شهادة الإلغاء
tm-confirmer-la-revocation-de-l = تأكيد إلغاء الإذن
tm-merci-de-verifier-les-informations-ci = يُرجى التحقق من المعلومات في الأسفل قبل تأكيد إلغاء الإذن
tm-rappel-de-l-autorisation-en-cours = تذكير بالإذن الذي يجري إلغاؤه
tm-thematique-administrative-associee = المجال الإداري المرتبط
tm-souhaitez-vous-confirmer-la-revocation = هل تريد تأكيد إلغاء هذا الإذن؟
tm-revoquer-l-autorisation = إلغاء الإذن
tm-confirmation-de-revocation = تأكيد الإلغاء
tm-merci-de-verifier-les-informations-ci-2 = يُرجى التحقق من المعلومات في الأسفل قبل تأكيد إلغاء التوكيل
tm-rappel-du-mandat-en-cours-de = تذكير بالتوكيل الذي يجري إلغاؤه
tm-date-du-mandat = تاريخ التوكيل
tm-expiration-du-mandat = نهاية صلاحية التوكيل
tm-souhaitez-vous-confirmer-la-revocation-2 = هل تريد تأكيد إلغاء هذا التوكيل؟
tm-revoquer-le-mandat = إلغاء التوكيل
tm-revocation-d-un-mandat-via-le = إلغاء توكيل عبر خدمة Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = أنا الموقّع أدناه، { $usager_name }، أريد إلغاء توكيل «Aidants Connect» الذي أُنشئ في { $creation_date } مع { $organisation }.
tm-le-mandat-a-ete-revoque-avec = تم إلغاء التوكيل بنجاح. يُرجى طباعته ليوقّعه الموكِّل.
tm-le-mandat-a-ete-revoque-avec-2 = تم إلغاء التوكيل بنجاح!
tm-rappel-du-mandat-revoque = تذكير بالتوكيل الملغى
tm-mandat-pour-realiser-des-demarches = توكيل للقيام بإجراءات إدارية على الإنترنت لصالح مستخدم عبر خدمة «Aidants Connect» خلال حالة الطوارئ الصحية التي أعلنتها المادة 4 من قانون 23 مارس 2020.
tm-je-soussigne-e-autorise-dont-seuls = أنا الموقّع أدناه، { $get_full_name }، أسمح لـ { $organisation }، التي لا يحق إلا لموظفيها المؤهَّلين التصرف مكاني، بأن تقوم باسمي، وفقًا لأحكام المادة 1984 وما بعدها من القانون المدني، بالإجراءات الإدارية التالية على الإنترنت، سواء كانت إجراءات يمكن الوصول إليها عبر FranceConnect أم لا:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } يسمح لـ { $name } باستعمال بياناته الشخصية فقط لتنفيذ هذا التوكيل.
tm-l-aidant-habilite-de-a-rappele = المساعد المؤهَّل من { $name } ذكّر { $usager } بموضوع التدخل، وبسبب جمع معلوماته وفائدتها؛ وبأن له حقوقًا على بياناته (الاطلاع، التصحيح، الحذف، إلخ)، وبأن الموكِّل يستطيع أن يسحب موافقته في أي وقت.
tm-a-cette-fin = لهذا الغرض:
tm-ne-collecter-et-conserver-que-les = ألّا يجمع ويحفظ إلا المعلومات الضرورية فعلًا للإجراءات المذكورة،
tm-nutiliser-les-informations-fournies-que = ألّا يستعمل المعلومات المقدَّمة إلا للإجراءات المذكورة. للقيام بإجراءات أخرى، يجب عليه أو عليها أولًا إعلام المستخدم والحصول على إذنه؛
tm-ne-collecter-et-conserver-que-les-2 = ألّا يجمع ويحفظ إلا المعلومات الضرورية فعلًا لمجالات الإجراءات المذكورة؛
tm-nutiliser-les-informations-fournies-que-2 = ألّا يستعمل المعلومات المقدَّمة إلا للقيام بهذه الإجراءات. للقيام بإجراءات أخرى، يجب عليه أو عليها أولًا إعلام المستخدم والحصول على إذنه؛
tm-mettre-a-jour-puis-a-supprimer = أن يحدّث ثم يحذف كل المعلومات الخاصة بالمستخدم عندما لا تعود ضرورية للقيام بالإجراءات؛
tm-respecter-la-confidentialite-des = أن يحترم سرية المعلومات المقدَّمة؛
tm-prendre-toutes-les-precautions-pour = أن يتخذ كل الاحتياطات لحماية البيانات الشخصية المرسَلة.
tm-le-mandataire-sengage-a = يلتزم الوكيل (الشخص الذي يتصرف مكانك) بما يلي:
tm-le-present-mandat-est-accepte-et = هذا التوكيل مقبول وممنوح للمدة اللازمة لإنجاز مهام المساعد المؤهَّل من { $name }. ينتهي التوكيل عندما تُنجَز الإجراءات المذكورة أعلاه، أو في أي وقت إذا قرر الموكِّل أو الوكيل إلغاء التوكيل.
tm-l-aidant-habilite-de-est-tenu = المساعد المؤهَّل من { $name } ملزَم بتنفيذ التوكيل ما دام مكلَّفًا به، وهو مسؤول عن التعويضات التي قد تنتج عن عدم تنفيذه، وفقًا للمادة 1991 وما بعدها من القانون المدني.
tm-mandat-pour-realiser-des-demarches-en-2 = توكيل للقيام بإجراءات على الإنترنت عبر خدمة «Aidants Connect» خلال حالة الطوارئ الصحية
tm-je-mappelle-je-suis-le-mandant = اسمي: { $name } (أنا الموكِّل)
tm-jautorise-cest-le-mandataire-a-realiser = أسمح لـ { $name } (هو الوكيل) بأن يقوم مكاني بالإجراءات الإدارية التالية: { $n }
tm-cette-autorisation-est-conforme-aux = هذا الإذن مطابق للمادة 1984 وما بعدها من القانون المدني. ستُنجَز الإجراءات على الإنترنت، في مواقع تستعمل FranceConnect أو في مواقع أخرى. ويمكن أيضًا إنجازها بكل الوسائل التي تسمح بها الإدارة (الهاتف، الورق، البريد الإلكتروني، …).
tm-je-peux-annuler-mon-autorisation-a = أستطيع إلغاء إذني في أي وقت.
tm-je-reconnais-que-laidant-habilite-par = أعترف بأن المساعد المؤهَّل من { $name } ذكّرني بموضوع تدخله، وأعلمني بضرورة المعلومات التي تُجمع وفائدتها؛
tm-jautorise-les-aidants-habilites-par-a = أسمح للمساعدين المؤهَّلين من { $name } باستعمال بياناتي الشخصية في إطار هذا التوكيل. أعرف أن لي حقوقًا على المعلومات التي تخصّني: الاطلاع، التصحيح، الحذف.
tm-pour-que-puisse-agir-a-ma = لكي يستطيع { $name } التصرف مكاني:
tm-effectuer-les-demarches-listees-dans-ce = القيام مكاني بالإجراءات المذكورة في هذه الوثيقة، انطلاقًا من المعلومات التي أعطيتها لهم؛
tm-collecter-et-conserver-seulement-les = ألّا يجمعوا ويحفظوا إلا المعلومات اللازمة للإجراءات المذكورة في هذه الوثيقة أو المرتبطة بها؛
tm-utiliser-et-communiquer-seulement-les = ألّا يستعملوا ويرسلوا إلا المعلومات اللازمة للإجراءات المذكورة في هذه الوثيقة أو المرتبطة بها؛
tm-minformer-et-demander-mon-autorisation = أن يعلموني ويطلبوا إذني قبل القيام بإجراءات غير المذكورة في هذه الوثيقة؛
tm-mettre-a-jour-et-supprimer-lensemble = أن يحدّثوا ويحذفوا كل معلوماتي الشخصية عندما لا تعود مفيدة؛
tm-sinterdire-de-rendre-publiques-mes = ألّا يجعلوا معلوماتي الشخصية علنية أبدًا؛
tm-prendre-toutes-les-precautions-pour-2 = أن يتخذوا كل الاحتياطات لحماية معلوماتي الشخصية.
tm-les-aidants-habilites-par-doivent = يجب على المساعدين المؤهَّلين من { $name }:
tm-a-partir-du-moment-ou-un = منذ اللحظة التي يقوم فيها مساعد مؤهَّل من { $name } مكاني بأحد الإجراءات المذكورة في هذه الوثيقة، فهو يقبل أن يقوم بذلك وفق الشروط الموصوفة في هذه الوثيقة.
tm-les-demarches-decrites-ci-dessus-sont = إذا أُنجزت الإجراءات الموصوفة أعلاه؛
tm-je-decide-de-lannuler = إذا قررتُ إلغاءه؛
tm-laidant-habilite-par-decide-de-lannuler = إذا قرر المساعد المؤهَّل من { $name } إلغاءه؛
tm-je-donne-mon-autorisation-a-une = إذا أعطيتُ إذني لشخص آخر غير مساعد مؤهَّل من { $name }. في هذه الحالة، يجب أن أُعلم { $name } بذلك في أسرع وقت.
tm-mon-autorisation-est-donnee-et-acceptee = إذني معطى ومقبول { $n }. وينتهي قبل ذلك:
tm-l-aidant-habilite-par-doit-accomplir = يجب على المساعد المؤهَّل من { $name } أن يقوم مكاني بالإجراءات المذكورة في هذه الوثيقة ما دام التوكيل صالحًا. ويمكن أن يكون المساعد المؤهَّل من { $name } مسؤولًا إذا لم يحترم الشروط الموصوفة في هذه الوثيقة (المادة 1991 من القانون المدني).
tm-jautorise-cest-le-mandataire-a-realiser-2 = أسمح لـ { $name } (هو الوكيل) بأن يقوم مكاني بالإجراءات الإدارية التالية:
tm-collecter-et-conserver-utiliser-et = ألّا يجمعوا ويحفظوا ويستعملوا ويرسلوا إلا المعلومات اللازمة للإجراءات المذكورة في هذه الوثيقة أو المرتبطة بها؛
tm-l-aidant-habilite-par-doit-accomplir-2 = يجب على المساعد المؤهَّل من { $name } أن يقوم مكاني بالإجراءات المذكورة في هذه الوثيقة ما دام التوكيل صالحًا. ويمكن أن يكون مسؤولًا إذا لم يحترم الشروط الموصوفة في هذه الوثيقة (المادة 1991 من القانون المدني).
tm-fait-a-le-2 = حُرِّر في { $display_address }، { $display_city }، بتاريخ { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = أسمح لـ { $name } (هو الوكيل) بأن يقوم لحسابي بالإجراءات الإدارية التالية:
tm-pour-que-puisse-agir-pour-mon = لكي يستطيع { $name } التصرف لحسابي:
tm-effectuer-les-demarches-listees-dans-ce-2 = القيام لحسابي بالإجراءات المذكورة في هذه الوثيقة، انطلاقًا من المعلومات التي أعطيتها لهم؛
tm-a-partir-du-moment-ou-un-2 = منذ اللحظة التي يقوم فيها مساعد مؤهَّل من { $name } لحسابي بأحد الإجراءات المذكورة في هذه الوثيقة، فهو يقبل أن يقوم بذلك وفق الشروط الموصوفة في هذه الوثيقة.
tm-l-aidant-habilite-par-doit-accomplir-3 = يجب على المساعد المؤهَّل من { $name } أن يقوم لحسابي بالإجراءات المذكورة في هذه الوثيقة ما دام التوكيل صالحًا. ويمكن أن يكون مسؤولًا إذا لم يحترم الشروط الموصوفة في هذه الوثيقة (المادة 1991 من القانون المدني).
tm-mandat-pour-realiser-des-demarches-en-3 = توكيل للقيام بإجراءات على الإنترنت عبر خدمة «Aidants Connect»
tm-je-mappelle-et-je-suis-le = اسمي { $name } وأنا الموكِّل.
tm-jautorise-en-tant-que-mandataire-a = أسمح لـ { $name }، بصفته وكيلًا، بأن يقوم لحسابي بالإجراءات الإدارية التالية:
tm-je-declare-ne-pas-faire-l = أصرّح بأنني لست تحت أي إجراء حماية قانونية (حماية قضائية sauvegarde de justice، أو وصاية tutelle، أو قوامة curatelle).
tm-jautorise-les-aidants-habilites-par-a-2 = أسمح للمساعدين المؤهَّلين من { $name } باستعمال بياناتي الشخصية في إطار هذا التوكيل. أعرف أن لي حقوقًا على المعلومات التي تخصّني: الاطلاع، الإعلام، التصحيح، التقييد، الحذف.
tm-quand-un-aidant-habilite-par-realise = عندما يقوم مساعد مؤهَّل من { $name } لحسابي بأحد الإجراءات المذكورة أعلاه، فهو يلتزم بالقيام به وفق الشروط وللمدة الموصوفة في هذه الوثيقة، وإلا تحمّل مسؤوليته المدنية والجنائية.
tm-prendre-toutes-les-precautions-pour-3 = أن يتخذوا كل الاحتياطات لحماية معلوماتي الشخصية والحفاظ على سريتها.
tm-un-aidant-habilite-par-decide-de = إذا قرر مساعد مؤهَّل من { $name } إلغاءه؛
tm-fait-a-le-3 = حُرِّر في { $display_address }، { $zipcode } { $display_city }، بتاريخ { $date }
tm-prenom-nom-et-signature-du-mandataire = الاسم الشخصي واسم العائلة وتوقيع الوكيل (المساعد)
tm-prenom-nom-et-signature-du-mandant = الاسم الشخصي واسم العائلة وتوقيع الموكِّل (المستخدم)
tm-il-y-a-des-erreurs-dans = توجد أخطاء في الاستمارة
tm-lisez-ces-mentions-a-lusager = اقرأ هذه العبارات على المستخدم
tm-le-mandat-est-une-autorisation-ecrite = التوكيل إذن مكتوب يسمح للمساعد بأن يقوم بإجراءات إدارية من أجلك. إنه يحميك ويحمي المساعد الذي يرافقك. يمكنك إنهاؤه في أي وقت.
tm-une-fois-ce-mandat-signe-par = بعد أن يوقّع الطرفان هذا التوكيل، يلتزم المساعد بما يلي:
tm-realiser-les-demarches-listees-dans-le = القيام بالإجراءات المذكورة في التوكيل انطلاقًا من المعلومات التي أعطيته إياها؛
tm-utiliser-et-enregistrer-seulement-les = ألّا يستعمل ويحفظ إلا المعلومات اللازمة لهذه الإجراءات؛
tm-ne-pas-effectuer-dautres-demarches-que = ألّا يقوم بإجراءات غير المذكورة في التوكيل؛
tm-securiser-lensemble-de-vos-informations = أن يحمي كل معلوماتك ويحذفها عندما لا تعود مفيدة.
tm-connectez-lusager-a-franceconnect = أدخِل المستخدم إلى FranceConnect
tm-recapitulatif-du-mandat-a-distance = ملخّص التوكيل عن بُعد
tm-elements-du-mandat = عناصر التوكيل
tm-validation-de-lusager = موافقة المستخدم
tm-en-cochant-ces-cases-confirme = بوضع علامة في هذه المربعات، يؤكد { $name }:
tm-validation-de-laidant = موافقة المساعد
tm-enregistrer-le-mandat = حفظ التوكيل

## aidants: login

tm-vous-etes-un-particulier = هل أنت فرد عادي؟
tm-aidants-connect-n-est-pas-un = Aidants Connect ليست أداة للأفراد العاديين أو للأقارب الذين يساعدون شخصًا.
tm-vous-rencontrez-un-probleme-lors-de = هل لديك مشكلة في الدخول عبر France Connect أو في الوصول إلى فضاءاتك الشخصية في الخدمات العامة (CAF، الضرائب، ANTS...)؟ انظر صفحة المساعدة الخاصة بذلك.
tm-vous-rencontrez-des-difficultes-avec-le = هل تجد صعوبة في استعمال الإنترنت والأجهزة، وتريد مرافقة خاصة لتقوم بإجراءاتك أو لتصبح أكثر استقلالًا؟ ابحث عن مكان قريب منك.

## aidants: aidants_connect_common

tm-adresse-e-mail = عنوان البريد الإلكتروني

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = رقم الهاتف المحمول
tm-format-attendu-10-chiffres = الشكل المطلوب: 10 أرقام
tm-format-attendu-6-chiffres = الشكل المطلوب: 6 أرقام
tm-selectionnez-la-ou-les-demarches = اختر الإجراء أو الإجراءات
tm-choisissez-la-duree-du-mandat = اختر مدة التوكيل
tm-code-a-6-chiffres = رمز من 6 أرقام
tm-choisir = اختر…
tm-exemple-prenom-nom-exemple-fr = مثال: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = عنوان البريد الإلكتروني الجديد
tm-erreur-veuillez-saisir-uniquement-des = خطأ: يُرجى كتابة عناوين بريد إلكتروني صحيحة فقط.
tm-telephone-mobile = الهاتف المحمول

## dsfr: component/checkbox

tm-libelle-checkbox = تسمية مربع الاختيار
tm-libelle-checkbox-sub-et-sup = تسمية مربع الاختيار مع نص منخفض ونص مرتفع
tm-libelle-case-a-cocher = تسمية مربع الاختيار
tm-theme-clair = مظهر فاتح
tm-theme-sombre = مظهر داكن
tm-systeme = النظام
tm-legende-pour-lensemble-des-elements = عنوان لمجموعة العناصر كلها
tm-choisissez-un-theme-pour-personnaliser = اختر مظهرًا لتغيير شكل الموقع كما تحب.
tm-texte-de-description-additionnel = نص وصف إضافي
tm-utilise-les-parametres-systeme = يستعمل إعدادات النظام
tm-extrait-de-code = مقطع من الشيفرة البرمجية
tm-libelle-bouton = تسمية الزر
tm-texte-derreur-obligatoire = نص الخطأ إلزامي
tm-texte-de-validation = نص التحقق
tm-verifier-ma-demande = مراجعة طلبي
tm-supprimer-le-justificatif-de-domicile = حذف إثبات السكن
tm-la-case-a-cocher-permet-a = مربع الاختيار يسمح للمستخدم باختيار خيار واحد أو أكثر من قائمة. يُستعمل لاختيار عدة أشياء (من 0 إلى N عنصر)، أو لاختيار بين أمرين، عندما يستطيع المستخدم أن يختار خيارًا واحدًا أو يلغي اختياره.
tm-dsfr-v1-15-3 = DSFR الإصدار 1.15.3
tm-retour = رجوع
tm-case-a-cocher-checkbox = مربع الاختيار (checkbox)
tm-case-a-cocher-seule = مربع اختيار واحد
tm-case-a-cocher-seule-exemple-avec = مربع اختيار واحد، مثال مع نص منخفض ونص مرتفع
tm-case-a-cocher-avec-texte-daide = مربع اختيار مع نص مساعدة
tm-case-a-cocher-seule-validee = مربع اختيار واحد، صحيح
tm-case-a-cocher-seule-avec-erreur = مربع اختيار واحد فيه خطأ
tm-case-a-cocher-seule-indeterminee = مربع اختيار واحد، غير محدَّد
tm-ensemble-de-cases-a-cocher = مجموعة مربعات اختيار
tm-ensemble-de-cases-a-cocher-petite = مجموعة مربعات اختيار، حجم صغير
tm-ensemble-de-cases-a-cocher-desactivees = مجموعة مربعات اختيار معطَّلة
tm-ensemble-de-cases-a-cocher-en = مجموعة مربعات اختيار على سطر واحد
tm-ensemble-de-cases-a-cocher-avec = مجموعة مربعات اختيار مع نص مساعدة
tm-ensemble-de-cases-a-cocher-avec-2 = مجموعة مربعات اختيار فيها خطأ
tm-ensemble-de-cases-a-cocher-validees = مجموعة مربعات اختيار صحيحة
tm-ensemble-de-cases-a-cocher-avec-3 = مجموعة مربعات اختيار فيها خطأ، على سطر واحد
tm-ensemble-de-cases-a-cocher-validees-2 = مجموعة مربعات اختيار صحيحة، على سطر واحد
tm-ensemble-de-cases-a-cocher-avec-4 = مجموعة مربعات اختيار مع نص مساعدة خاص
tm-ensemble-de-cases-a-cocher-avec-5 = مجموعة مربعات اختيار مع نص مساعدة خاص، حجم صغير
tm-autres-versions = نسخ أخرى
tm-parametres-daffichage = إعدادات العرض

## dsfr: component/input

tm-libelle-champ-de-saisie = تسمية خانة الإدخال
tm-envoyer = إرسال
tm-supprimer-le-champ = حذف الخانة
tm-placeholder = نص توضيحي داخل الخانة
tm-champ-de-saisie-input = خانة الإدخال (input)
tm-les-champs-permettent-a-un-utilisateur = الخانات تسمح للمستخدم بكتابة محتوى وبيانات.
tm-champ-de-type-text = خانة من نوع «نص» (text)
tm-champ-de-type-number = خانة من نوع «رقم» (number)
tm-champ-de-type-search = خانة من نوع «بحث» (search)
tm-champ-de-type-date = خانة من نوع «تاريخ» (date)
tm-preferez-l-utilisation-du-modele-de = يُفضَّل استعمال نموذج خانة التاريخ الواحدة
tm-champ-de-type-textarea = خانة من نوع «نص طويل» (textarea)
tm-champ-de-type-password = خانة من نوع «كلمة السر» (password)
tm-preferez-l-utilisation-du-composant-mot = يُفضَّل استعمال مكوّن «كلمة السر»
tm-combo-champ-bouton-d-envoi = خانة مع زر إرسال
tm-combo-champ-bouton-d-action = خانة مع زر إجراء
tm-champ-avec-placeholder = خانة مع نص توضيحي داخلها
tm-champ-avec-valeur-initiale = خانة مع قيمة أولية
tm-champ-avec-icone-personalisee = خانة مع أيقونة خاصة
tm-champ-desactive = خانة معطَّلة
tm-champ-avec-texte-additionnel = خانة مع نص إضافي
tm-champ-valide-avec-texte-de-succes = خانة صحيحة مع نص نجاح
tm-champ-en-erreur-avec-texte-d = خانة فيها خطأ مع نص الخطأ

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [zero] { $n } حرف على الأقل
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $n } أحرف على الأقل
        [many] { $n } حرفًا على الأقل
       *[other] { $n } حرف على الأقل
    }
tm-la-demande-de-mot-de-passe = خانة كلمة السر تساعد المستخدم على إنشاء كلمة سر أو كتابتها.
tm-mot-de-passe-password = كلمة السر (password)
tm-mot-de-passe-avec-description = كلمة السر مع شرح
tm-mot-de-passe-apres-validation = كلمة السر بعد التحقق
tm-mot-de-passe-de-connexion = كلمة سر الدخول

## dsfr: component/radio

tm-libelle-bouton-radio = تسمية زر الاختيار الواحد
tm-libelle-radio-sup-sub = تسمية زر الاختيار مع نص مرتفع ونص منخفض
tm-le-bouton-radio-permettent-a = زر الاختيار الواحد (radio) يسمح للمستخدم باختيار خيار واحد فقط من قائمة.
tm-bouton-radio-radio = زر الاختيار الواحد (radio)
tm-bouton-radio-simple = زر اختيار واحد بسيط
tm-ensemble-de-boutons-radio = مجموعة أزرار اختيار واحد
tm-ensemble-de-boutons-radio-petite-taille = مجموعة أزرار اختيار واحد، حجم صغير
tm-ensemble-de-boutons-radio-desactivees = مجموعة أزرار اختيار واحد معطَّلة
tm-ensemble-de-boutons-radio-en-ligne = مجموعة أزرار اختيار واحد على سطر واحد
tm-ensemble-de-boutons-radio-avec-texte = مجموعة أزرار اختيار واحد مع نص مساعدة
tm-ensemble-de-boutons-radio-avec-erreur = مجموعة أزرار اختيار واحد فيها خطأ
tm-ensemble-de-boutons-radio-avec-erreur-2 = مجموعة أزرار اختيار واحد فيها خطأ، على سطر واحد
tm-ensemble-de-boutons-radio-valides = مجموعة أزرار اختيار واحد صحيحة
tm-ensemble-de-boutons-radio-valides-en = مجموعة أزرار اختيار واحد صحيحة، على سطر واحد
tm-ensemble-de-boutons-radio-avec-texte-2 = مجموعة أزرار اختيار واحد مع نص مساعدة خاص
tm-ensemble-de-boutons-radio-avec-texte-3 = مجموعة أزرار اختيار واحد مع نص مساعدة خاص، حجم صغير
tm-ensemble-de-boutons-radio-libelle-en = مجموعة أزرار اختيار واحد، التسمية بنص منخفض ونص مرتفع
tm-bouton-radio-riche = زر اختيار واحد بشكل غني (مع صورة)
tm-ensemble-de-boutons-radio-riches-simple = مجموعة أزرار اختيار واحد غنية، بسيطة
tm-ensemble-de-boutons-radio-riches-en = مجموعة أزرار اختيار واحد غنية، على سطر واحد، بسيطة
tm-ensemble-de-boutons-radio-riches-sans = مجموعة أزرار اختيار واحد غنية بدون رسم
tm-ensemble-de-boutons-radio-riches-sans-2 = مجموعة أزرار اختيار واحد غنية بدون رسم، على سطر واحد
tm-ensemble-de-boutons-radio-riches-avec = مجموعة أزرار اختيار واحد غنية مع نصوص مساعدة
tm-ensemble-de-boutons-radio-riches-avec-2 = مجموعة أزرار اختيار واحد غنية مع نصوص مساعدة، على سطر واحد
tm-ensemble-de-boutons-radio-riches-avec-3 = مجموعة أزرار اختيار واحد غنية فيها خطأ ومع نصوص مساعدة
tm-ensemble-de-boutons-radio-riches-avec-4 = مجموعة أزرار اختيار واحد غنية فيها خطأ ومع نصوص مساعدة، على سطر واحد
tm-ensemble-de-boutons-radio-riches = مجموعة أزرار اختيار واحد غنية معطَّلة

## dsfr: component/select

tm-libelle-pour-liste-deroulante = تسمية القائمة المنسدلة
tm-option = الخيار { $n }
tm-selectionnez-une-option = اختر خيارًا
tm-la-liste-deroulante-permet-a-un = القائمة المنسدلة تسمح للمستخدم باختيار عنصر واحد من قائمة معيّنة.
tm-liste-deroulante-select = القائمة المنسدلة (select)
tm-liste-deroulante-par-defaut = قائمة منسدلة عادية
tm-liste-deroulante-desactivee = قائمة منسدلة معطَّلة
tm-liste-deroulante-avec-texte-de = قائمة منسدلة مع نص شرح
tm-liste-deroulante-valide = قائمة منسدلة صحيحة
tm-liste-deroulante-erreur = قائمة منسدلة فيها خطأ
tm-liste-deroulante-avec-groupe-d-options = قائمة منسدلة مع مجموعات خيارات

## dsfr: component/upload

tm-ajouter-un-fichier = إضافة ملف
tm-ajouter-des-fichiers = إضافة ملفات
tm-ce-composant-permet-aux-utilisateurs-de = هذا المكوّن يسمح للمستخدمين باختيار ملف واحد أو أكثر وإرساله.
tm-ajout-de-fichier-upload = إضافة ملف (upload)
tm-bouton-upload-1-seul-fichier = زر رفع ملف واحد فقط
tm-bouton-upload-avec-erreur = زر رفع ملف فيه خطأ
tm-bouton-upload-fichiers-multiples = زر رفع عدة ملفات
tm-bouton-upload-desactive = زر رفع ملف معطَّل

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = الدخول إلى [اسم الخدمة أو الموقع]
tm-format-attendu = الشكل المطلوب: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect هو الحل الذي تقدّمه الدولة لجعل الدخول إلى الخدمات على الإنترنت أكثر أمانًا وأسهل.
tm-se-connecter-avec-franceconnect = الدخول بواسطة FranceConnect
tm-vous-navez-pas-de-compte = ليس لديك حساب؟

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = اسم المستخدم أو كلمة السر غير صحيح

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = استرجاع كلمة سر حسابك
tm-description-veuillez-saisir-ladresse = شرح — يُرجى كتابة عنوان البريد الإلكتروني المرتبط بحسابك. سنرسل لك معلومات لتغيير كلمة السر
tm-recuperation-de-mot-de-passe-sur = استرجاع كلمة السر في [اسم الخدمة أو الموقع]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = تفصيل — إذا لم تصلك رسالة بريد إلكتروني (انظر أيضًا في مجلد الرسائل غير المرغوب فيها)، يمكنك كتابة عنوان بريدك الإلكتروني مرة أخرى.
tm-votre-demande-de-recuperation-de-mot = تم إرسال طلب استرجاع كلمة السر. ستصلك رسالة بريد إلكتروني بعد لحظات.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = صفحات الدخول

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = إنشاء حساب في [اسم الخدمة أو الموقع]
tm-se-creer-un-compte-en-choisissant = أنشئ حسابًا باختيار اسم مستخدم
tm-sauf-mention-contraire-tous-les-champs = كل الخانات إلزامية، إلا إذا كُتب غير ذلك.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = اختيار اسم مستخدم
tm-etape-sur = الخطوة { $n } من { $count }
tm-etape-suivante-renseigner-une-identite = الخطوة التالية: كتابة معلومات الهوية

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = أنثى
tm-masculin = ذكر
tm-je-n-ai-pas-de-prenom = ليس لي اسم شخصي
tm-identite-personnelle = الهوية الشخصية
tm-sexe = الجنس
tm-renseigner-une-identite = كتابة معلومات الهوية
tm-etape-suivante-saisir-des-coordonnees = الخطوة التالية: كتابة معلومات الاتصال

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = تكملة العنوان (اختياري)
tm-coordonnees-personnelles = معلومات الاتصال الشخصية
tm-adresse-postale = العنوان البريدي
tm-indication-numero-et-voie = إرشاد: الرقم واسم الشارع
tm-indication-batiment-immeuble-escalier-et = إرشاد: البناية، العمارة، الدرج ورقم الشقة
tm-exemple-montpellier = مثال: Montpellier
tm-saisir-des-coordonnees = كتابة معلومات الاتصال

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = صفحات إنشاء حساب

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = تم إنشاء حسابك. ستصلك بعد لحظات رسالة بريد إلكتروني فيها رابط للتأكيد.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = تم تفعيل حسابك. يمكنك أن تبدأ استعماله الآن.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = اسم المكان (lieu-dit)، البلدية الفرعية أو صندوق البريد
tm-numero = الرقم
tm-voie = الشارع
tm-batiment = البناية
tm-immeuble = العمارة
tm-escalier = الدرج
tm-numero-d-appartement = رقم الشقة
tm-complement-d-adresse-postale = تكملة العنوان البريدي
tm-la-demande-dadresse-postale-permet = خانة العنوان البريدي تساعد المستخدم على كتابة عنوانه.
tm-bloc-fonctionnel-d-adresse-postale = مجموعة خانات العنوان البريدي (address)
tm-demande-dune-adresse-postale-nationale = طلب عنوان بريدي في فرنسا
tm-demande-dune-adresse-postale-nationale-2 = طلب عنوان بريدي في فرنسا + اسم المكان، البلدية الفرعية أو صندوق البريد
tm-complement-d-adresse = تكملة العنوان

## dsfr: layout/pattern/civility

tm-docteur = دكتور
tm-inspecteur = مفتّش
tm-sans-reponse = بدون جواب
tm-titre-dappel = اللقب (كيف نخاطبك)
tm-demande-de-situation-familiale = طلب الحالة العائلية
tm-demande-du-titre-dappel = طلب اللقب
tm-concubinage = مساكنة (العيش معًا بدون زواج)
tm-pacse = مرتبط بعقد PACS
tm-marie = متزوّج
tm-veuf = أرمل
tm-divorce = مطلَّق
tm-recteur = رئيس الأكاديمية التعليمية (recteur)
tm-proviseur = مدير الثانوية
tm-professeur = أستاذ
tm-principal = مدير المتوسطة (collège)
tm-la-demande-de-civilite-permet-a = خانة الحالة المدنية تسمح للمستخدم بذكر معلوماته المدنية (الجنس، الحالة العائلية، اللقب).
tm-les-boutons-radios-sont-recommandes = يُنصح بأزرار الاختيار الواحد عندما يجب على المستخدم أن يختار عنصرًا واحدًا من 2 إلى 5 اختيارات.
tm-au-dela-de-5-choix-ou = إذا كانت الاختيارات أكثر من 5 أو لم يكن المكان كافيًا، فالأفضل استعمال قائمة منسدلة.
tm-bloc-fonctionnel-de-civilite-civility = مجموعة خانات الحالة المدنية (civility)
tm-demande-du-sexe = طلب الجنس

## dsfr: layout/pattern/company

tm-numero-de-siret = رقم SIRET
tm-denomination = اسم الشركة
tm-cedex = Cedex (رمز بريدي خاص بالمؤسسات)
tm-type-de-societe = نوع الشركة
tm-nom-d-usage = الاسم المستعمل
tm-nom-de-naissance = اسم العائلة عند الولادة
tm-fonction-dans-la-societe = الوظيفة في الشركة
tm-siret-de-l-entreprise = رقم SIRET للمؤسسة
tm-representant-moral-de-l-entreprise = الممثل القانوني للمؤسسة
tm-indication-nom-de-famille-non-rectifie = إرشاد: اسم العائلة قبل تصحيحه بقرار من المحكمة.
tm-france = فرنسا
tm-allemagne = ألمانيا
tm-italie = إيطاليا
tm-espagne = إسبانيا
tm-royaume-uni = المملكة المتحدة
tm-entrepreneur-individuel-ei = مقاول فردي (EI)
tm-entreprise-unipersonnelle-a = مؤسسة الشخص الواحد ذات المسؤولية المحدودة (EURL)
tm-societe-a-responsabilite-limitee-sarl = شركة ذات مسؤولية محدودة (SARL)
tm-societe-par-actions-simplifiee = شركة مساهمة مبسّطة بشريك واحد (SASU)
tm-societe-par-actions-simplifiee-sas = شركة مساهمة مبسّطة (SAS)
tm-societe-anonyme-sa = شركة مساهمة (SA)
tm-societe-en-nom-collectif-snc = شركة تضامن (SNC)
tm-societe-en-commandite-simple-scs = شركة توصية بسيطة (SCS)
tm-societe-en-commandite-par-actions-sca = شركة توصية بالأسهم (SCA)
tm-la-demande-de-renseignement-sur-la = خانات معلومات الشركة تساعد المستخدم على كتابة المعلومات الخاصة بشركته.
tm-bloc-fonctionnel-de-societe-company = مجموعة خانات الشركة (company)
tm-demande-d-un-numero-de-siret = طلب رقم SIRET
tm-demande-dune-adresse-de-siege-social = طلب عنوان المقر الرئيسي للشركة
tm-demande-dun-type-de-societe = طلب نوع الشركة
tm-demande-dun-representant-moral = طلب الممثل القانوني

## dsfr: layout/pattern/date

tm-indication-texte-de-description = إرشاد: نص وصف إضافي
tm-exemple-2 = مثال: { $n }
tm-le-jour-est-invalide = اليوم غير صحيح
tm-le-mois-est-invalide = الشهر غير صحيح
tm-lannee-est-invalide = السنة غير صحيحة
tm-le-jour-est-invalide-le-mois-est = اليوم غير صحيح الشهر غير صحيح السنة غير صحيحة
tm-la-date-est-posterieure-a-aujourdhui = التاريخ بعد اليوم (في المستقبل)
tm-le-champ-de-saisie-de-date = خانة التاريخ الثابت تتكوّن من ثلاث خانات نص.
tm-bloc-fonctionnel-de-date-unique-date = مجموعة خانات التاريخ الواحد (date)
tm-defaut = عادي
tm-erreur-unitaire = خطأ في خانة واحدة
tm-erreur-globale = خطأ عام

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = إرشاد: هذا العنوان يُستعمل فقط للدخول إلى الخدمة.
tm-le-format-de-ladresse-electronique = شكل عنوان البريد الإلكتروني الذي كتبته غير صحيح. الشكل المطلوب: { $email }
tm-la-demande-d-email-est-un = خانة البريد الإلكتروني مجموعة تسمح بكتابة عنوان بريد إلكتروني.
tm-bloc-fonctionnel-de-demande-d-email = مجموعة خانات البريد الإلكتروني (email)
tm-demande-d-une-adresse-electronique = طلب عنوان بريد إلكتروني
tm-demande-d-une-adresse-electronique-2 = طلب عنوان بريد إلكتروني - خطأ
tm-demande-et-indication-de-traitement-dune = طلب عنوان بريد إلكتروني مع شرح كيف يُستعمل
tm-demande-et-indication-de-traitement-dune-2 = طلب عنوان بريد إلكتروني مع شرح كيف يُستعمل - خطأ

## dsfr: layout/pattern/name

tm-indication-ancien-nom = إرشاد: الاسم القديم…
tm-ajouter-un-prenom = إضافة اسم شخصي
tm-la-demande-de-nom-et-prenom = خانات الاسم واللقب تساعد المستخدم على كتابة اسم عائلته واسمه الشخصي.
tm-bloc-fonctionnel-de-nom-et-prenom = مجموعة خانات اسم العائلة والاسم الشخصي (name)
tm-demande-dun-nom-et-dun-prenom = طلب اسم العائلة والاسم الشخصي في فرنسا
tm-avec-prenom-desactive = مع خانة الاسم الشخصي معطَّلة
tm-avec-nom-d-usage = مع الاسم المستعمل
tm-avec-nom-d-usage-prenom-desactive = مع الاسم المستعمل + خانة الاسم الشخصي معطَّلة
tm-avec-bouton = مع زر
tm-avec-bouton-prenom-desactive = مع زر + خانة الاسم الشخصي معطَّلة
tm-demande-dun-nom-et-dun-prenom-2 = طلب اسم العائلة والاسم الشخصي خارج فرنسا

## dsfr: layout/pattern/nationality

tm-nationalite = الجنسية
tm-allemande = ألمانية
tm-italienne = إيطالية
tm-espagnole = إسبانية
tm-la-demande-de-nationalite-permet-daider = خانة الجنسية تساعد المستخدم على كتابة جنسيته.
tm-bloc-fonctionnel-de-nationalite = مجموعة خانات الجنسية (nationality)
tm-demande-de-nationalite = طلب الجنسية

## dsfr: layout/pattern/tel

tm-numero-de-telephone = رقم الهاتف
tm-format-attendu-33-5-36-49 = الشكل المطلوب: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = شكل رقم الهاتف الذي كتبته غير صحيح. الشكل المطلوب: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = خانة رقم الهاتف مجموعة تسمح بكتابة رقم هاتف.
tm-bloc-fonctionnel-de-telephone-tel = مجموعة خانات الهاتف (tel)
tm-demande-d-un-numero-de-telephone = طلب رقم هاتف
tm-demande-d-un-numero-de-telephone-2 = طلب رقم هاتف - خطأ

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = طلب بطاقة إقامة – الحياة الخاصة والعائلية
tm-identite-et-situation-familiale = الهوية والحالة العائلية
tm-les-champs-suivis-dun-asterisque-sont = الخانات التي بعدها نجمة ( * ) إلزامية.
tm-si-vous-avez-plusieurs-prenoms-indiquez = إذا كان لك أكثر من اسم شخصي، اكتبها كلها، وافصل بينها بفاصلة.
tm-algerienne = جزائرية
tm-afghane = أفغانية
tm-erythreenne = إريترية
tm-georgienne = جورجية
tm-ukrainienne = أوكرانية
tm-votre-situation-a-la-date-de = وضعك في تاريخ تقديم الطلب
tm-avez-vous-des-enfants-a-charge = هل لديك أطفال تتكفّل بهم (تصرف عليهم)؟
tm-nom-et-prenom-du-conjoint = اسم العائلة والاسم الشخصي للزوج أو الزوجة
tm-date-du-mariage = تاريخ الزواج
tm-date-de-conclusion-du-pacs = تاريخ توقيع عقد PACS
tm-ajouter-un-enfant = إضافة طفل
tm-enfant-n = الطفل رقم { $numero }
tm-prenom-de-lenfant = الاسم الشخصي للطفل
tm-date-de-naissance-de-lenfant = تاريخ ميلاد الطفل
tm-supprimer-lenfant-n = حذف الطفل رقم { $numero }
tm-etape-suivante-recapitulatif = الخطوة التالية: الملخّص
tm-exemple-06-12-34-56-78 = مثال: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 أرقام، مكتوب على بطاقة إقامتك أو على الوصل (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = أشهد بشرفي أن المعلومات التي قدّمتها صحيحة
tm-une-erreur-est-survenue-votre-dossier = حدث خطأ. لم يتم تقديم ملفك. صحِّح الخانات المشار إليها ثم قدِّم ملفك مرة أخرى.
tm-le-champ-adresse-electronique-est = خانة «عنوان البريد الإلكتروني» (Adresse électronique) غير صحيحة. اكتب عنوان بريد إلكتروني صحيحًا، مثلًا nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = خانة «رقم الأجنبي» (Numéro étranger) يجب أن تحتوي على 10 أرقام
tm-recapitulatif = الملخّص
tm-votre-dossier-a-bien-ete-depose = تم تقديم ملفك
tm-un-courriel-de-confirmation-vous-a = أُرسلت إليك رسالة تأكيد إلى العنوان { $email }.
tm-enfants-a-charge = الأطفال الذين تتكفّل بهم

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = حجز موعد – شبّاك بطاقات الإقامة
tm-vous-pouvez-prendre-rendez-vous-au = يمكنك حجز موعد في شبّاك «بطاقات الإقامة» (Titres de séjour) في المحافظة (préfecture). قبل أن تبدأ، اقرأ شروط استعمال الخدمة: موعد واحد فقط لكل شخص، وكل طلب ناقص سيُلغى.
tm-jaccepte-les-conditions-generales = أوافق على الشروط العامة للاستعمال
tm-vos-informations = معلوماتك
tm-choisissez-le-motif-qui-correspond-a = اختر السبب الذي يناسب وضعك
tm-remise-de-titre-de-sejour = استلام بطاقة الإقامة
tm-premiere-demande-de-titre-de-sejour = أول طلب لبطاقة الإقامة – طالب
tm-renouvellement-de-titre-de-sejour = تجديد بطاقة الإقامة – أجير (عامل بعقد)
tm-duplicata-de-titre-de-sejour-perte = نسخة جديدة من بطاقة الإقامة (ضياع أو سرقة)
tm-changement-dadresse-sur-le-titre-de = تغيير العنوان في بطاقة الإقامة
tm-tel-quil-figure-sur-votre-passeport = كما هو مكتوب في جواز سفرك
tm-la-convocation-vous-sera-envoyee-a = سيُرسل إليك الاستدعاء (convocation) إلى هذا العنوان
tm-etape-suivante = الخطوة التالية
tm-veuillez-choisir-le-motif-de-votre = يُرجى اختيار سبب موعدك
tm-ce-champ-est-obligatoire = هذه الخانة إلزامية
tm-veuillez-saisir-une-adresse-electronique = يُرجى كتابة عنوان بريد إلكتروني صحيح
tm-le-numero-etranger-comporte-10-chiffres = رقم الأجنبي (numéro étranger) يتكوّن من 10 أرقام
tm-recommencer = البدء من جديد

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = صرِّح بالمداخيل التي حصل عليها أفراد بيتك في الأشهر الثلاثة الأخيرة. بدون هذا التصريح، سيتوقف دفع RSA أو منحة النشاط (prime d’activité).
tm-7-chiffres-il-figure-sur-tous = 7 أرقام، مكتوب على كل الرسائل التي تصلك من CAF
tm-avez-vous-percu-des-salaires-au = هل حصلت على رواتب خلال الأشهر الثلاثة؟
tm-votre-situation-familiale-a-t-elle = هل تغيّرت حالتك العائلية؟
tm-indiquez-le-montant-net-avant = اكتب المبلغ الصافي قبل اقتطاع الضريبة من المصدر، أو 0 إذا لم تحصل على شيء في ذلك الشهر.
tm-montant-des-salaires-percus-mois-en = مبلغ الرواتب التي حصلت عليها – الشهر { $n } (باليورو)
tm-salaire-net-primes-comprises = الراتب الصافي، مع المكافآت (primes)
tm-nature-du-changement = نوع التغيير
tm-choisissez = اختر…
tm-mariage = زواج
tm-pacs = عقد PACS (شراكة مدنية)
tm-vie-en-couple = العيش كزوجين
tm-separation = انفصال
tm-naissance-ou-arrivee-dun-enfant = ولادة طفل أو قدوم طفل إلى البيت
tm-deces-du-conjoint = وفاة الزوج أو الزوجة
tm-date-du-changement = تاريخ التغيير
tm-a-savoir-la-date-figure-sur = معلومة مهمة: التاريخ مكتوب على الوثيقة الرسمية أو على الإثبات الخاص بالتغيير (يوم/شهر/سنة JJ/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = رقم المستفيد لدى CAF (numéro allocataire) يتكوّن من 7 أرقام.
tm-indiquez-un-montant-en-euros-par = اكتب مبلغًا باليورو، مثلًا 1250 أو 0.
tm-la-date-doit-etre-au-format = يجب كتابة التاريخ بهذا الشكل: يوم/شهر/سنة (JJ/MM/AAAA).
tm-votre-declaration-contient-erreurs = { $n ->
        [zero] لا يحتوي تصريحك على أي خطأ.
        [one] يحتوي تصريحك على خطأ واحد.
        [two] يحتوي تصريحك على خطأين.
        [few] يحتوي تصريحك على { $n } أخطاء.
        [many] يحتوي تصريحك على { $n } خطأً.
       *[other] يحتوي تصريحك على { $n } خطأ.
    }
tm-envoi-de-votre-declaration-en-cours = جارٍ إرسال تصريحك…
tm-votre-declaration-a-bien-ete-enregistree = تم تسجيل تصريحك.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = انتهت مدة جلستك. لأسباب أمنية، تم إخراجك من حسابك. يُرجى الدخول مرة أخرى.
tm-veuillez-saisir-votre-identifiant-votre = يُرجى كتابة اسم المستخدم: رقمك كأجنبي (numéro étranger) أو عنوان بريدك الإلكتروني.

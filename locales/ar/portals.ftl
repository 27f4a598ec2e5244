### Relais — translation memory, Arabic (Modern Standard Arabic, simple style): the same ids, order and ## groups as locales/fr/portals.ftl.
### Machine-drafted by an AI model (Claude), December 2026, from the French master (the portal's own
### English of locales/en/portals.ftl used only as a help). NOT reviewed by a native speaker.
### Number variables that count a noun take Fluent plural selectors with the CLDR categories of the language.


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

tm-cette-demarche-est-soumise-a-un = هذا الإجراء يتطلب إشعارًا بالاطلاع (accusé de lecture). عندما تطلب عرض القرار المتخذ في ملفك، فإنك تقبل الإشعار بالاطلاع، وبذلك تبدأ المهلة القانونية للطعن.
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

tm-la-piece-jointe-a-bien-ete = تم حذف المرفق ({ $attachment }) بنجاح. يمكنك إضافة مرفق آخر.
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

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = اكتب الحروف والأرقام الظاهرة في الصورة
tm-afin-de-verifier-que-vous-netes = للتحقق من أنك لست روبوتًا، انسخ الحروف والأرقام الظاهرة في الصورة. للاستماع إليها، استعمل الزر «انطق رمز الكابتشا» (« Énoncer le code du captcha »)؛ وللحصول على صورة أخرى، استعمل الزر «أنشئ كابتشا جديدة» (« Générer un nouveau captcha »).
tm-les-majuscules-et-minuscules-ne-sont = لا فرق بين الحروف الكبيرة والصغيرة.
tm-pour-acceder-au-calendrier-des-rendez = للوصول إلى جدول المواعيد، انسخ رمز الأمان ثم اضغط على «التالي» (« Suivant »).

## fixture: captcha/captchetat.html

tm-vos-coordonnees = معلومات الاتصال بك
tm-format-attendu-nom-domaine-fr = الشكل المطلوب: nom@domaine.fr
tm-avant-de-choisir-un-creneau-merci = قبل اختيار موعد، يُرجى تأكيد طلبك. تُفتح المواعيد كل أسبوع حسب الأوقات المتاحة في الشباك.

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = التحقق من أنك لست روبوتًا
tm-cliquez-sur-clique-ici-pour-verifier = اضغط على «اضغط هنا للتحقق» (« Clique ici pour vérifier »): يتم التحقق تلقائيًا، دون أي اختبار.
tm-clique-ici-pour-verifier = اضغط هنا للتحقق
tm-pour-toute-question-relative-a-vos = لأي سؤال يتعلق بإجراءاتك (بطاقات الإقامة، رخص القيادة، الجمعيات)، استعمل هذه الاستمارة. ستصلك إجابة خلال 15 يوم عمل.

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = رقم تسجيل المركبة (immatriculation)
tm-format-attendu-ab-123-cd = الشكل المطلوب: AB-123-CD
tm-cochez-la-case-je-suis-un = ضع علامة في الخانة «أنا إنسان» (« Je suis un humain ») للمتابعة.
tm-envoyer-ma-demande = إرسال طلبي
tm-les-residents-des-secteurs-de = يمكن لسكان مناطق الوقوف المدفوع طلب بطاقة تتيح لهم تعريفة السكان. حضِّر إثبات سكن عمره أقل من 3 أشهر وشهادة تسجيل المركبة.

## fixture: captcha/image-generic.html

tm-reference-du-dossier = مرجع الملف
tm-recopiez-les-caracteres-affiches = انسخ الحروف والأرقام الظاهرة
tm-code-de-securite = رمز الأمان
tm-exemple-pc-034172-24-m0123 = مثال: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 رموز، أرقام وحروف كبيرة
tm-generer-un-nouveau-code = إنشاء رمز جديد
tm-envoyer-la-demande = إرسال الطلب
tm-vous-pouvez-demander-la-copie-dun = يمكنك طلب نسخة من رخصة بناء أو من تصريح مسبق صادرَين في البلدية. تُرسل الوثائق إلكترونيًا.

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = كل صفحة تعيد، دون اتصال بالإنترنت، إنتاج بنية نوع من الكابتشا (CAPTCHA) الموجود في البوابات العمومية، لاختبار قدرة Relais على اكتشافها (Relais لا يحلّ الكابتشا ولا يتجاوزها أبدًا). لا يتم الاتصال بأي خدمة خارجية: البرامج والإطارات والصور والأصوات ملفات محلية (المجلد vendor/).

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = تأكيد الموعد
tm-choisissez-un-creneau-pour-deposer-votre = اختر موعدًا لتقديم طلبك. يظهر التحقق الأمني بعد تحميل الصفحة.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = سؤال أمني: كم يساوي 3 + 4؟
tm-repondez-en-chiffres-cette-question = أجب بالأرقام. هذا السؤال يسمح بالتحقق من أنك لست روبوتًا.
tm-sinscrire = التسجيل
tm-recevez-chaque-mois-lactualite-du = استقبل كل شهر أخبار المحافظة (Département): المساعدات، الطرق، المدارس الإعدادية، التضامن. يمكنك إلغاء الاشتراك في أي وقت.

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = سبب الموعد
tm-cochez-la-case-je-ne-suis = ضع علامة في الخانة «أنا لست روبوتًا» (« Je ne suis pas un robot »). قد يظهر اختبار بالصور؛ وهو يوفّر نسخة صوتية.
tm-demander-un-rendez-vous = طلب موعد
tm-selectionner-un-motif = اختيار سبب
tm-premiere-demande = طلب أول
tm-renouvellement = تجديد
tm-duplicata = نسخة بدل ضائع (duplicata)
tm-ce-formulaire-vous-permet-de-demander = تتيح لك هذه الاستمارة طلب موعد في شباك الأجانب في محافظة الرون (préfecture du Rhône، ليون). سيُرسل إليك تأكيد بالبريد الإلكتروني.

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = نوع الوثيقة
tm-copie-integrale = نسخة كاملة
tm-extrait-avec-filiation = مستخرج مع بيانات النسب (الوالدين)
tm-extrait-sans-filiation = مستخرج دون بيانات النسب (الوالدين)
tm-demandez-en-ligne-une-copie-integrale = اطلب عبر الإنترنت نسخة كاملة أو مستخرجًا من عقد الميلاد لولادة حدثت في ليون. يُرسل العقد بالبريد خلال 8 أيام.
tm-ce-site-est-protege-par-recaptcha = هذا الموقع محمي بـ reCAPTCHA؛ وتنطبق قواعد الخصوصية وشروط الاستخدام الخاصة بـ Google.

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = هذه صفحة تجريبية: لم يُرسل الطلب إلى أي مصلحة.

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = عنوان المشكلة
tm-description = الوصف
tm-envoyer-le-signalement = إرسال البلاغ
tm-nid-de-poule-eclairage-en-panne = حفرة في الطريق، إنارة معطّلة، نفايات مرمية: أبلِغ مصالح المدينة. ستُعلَم بالبريد الإلكتروني بكيفية معالجة بلاغك.

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = تحقّق من أنك إنسان
tm-operation-reussie = ✔تمت العملية بنجاح!
tm-saisissez-ce-que-vous-entendez = اكتب ما تسمعه
tm-lecture = تشغيل

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

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = تسجيل الدخول باسم المستخدم الخاص بي
tm-votre-identifiant-est-votre-numero = اسم المستخدم الخاص بك هو رقم الأجنبي (numéro étranger، 10 أرقام) أو بريدك الإلكتروني
tm-sidentifier-avec-franceconnect = تسجيل الدخول عبر FranceConnect
tm-creer-mon-compte = إنشاء حسابي
tm-la-creation-dun-compte-est-necessaire = يجب إنشاء حساب لتقديم طلب بطاقة إقامة أو طلب تجنيس أو طلب وثيقة سفر.
tm-votre-numero-etranger-comporte-10 = يتكوّن رقم الأجنبي الخاص بك من 10 أرقام. تجده على بطاقة إقامتك، أو على وصل طلب بطاقة الإقامة (récépissé)، أو على رخصة الإقامة المؤقتة (autorisation provisoire de séjour).
tm-si-vous-navez-jamais-eu-de = إذا لم تكن لديك أبدًا بطاقة إقامة في فرنسا، فاستعمل بريدك الإلكتروني.

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = لم يتم تسجيل طلبك لمعاودة الاتصال بك على الرقم 06 12 34 56 78. سنجيبك على العنوان marie.kowalczyk@example.fr (رقم المستفيد 1234567).

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

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = كل صفحة تقليد مبسّط كُتب للاختبارات؛ ولا توجد صفحة منها منسوخة من بوابة حقيقية.

## fixture: portals/mots-cles

tm-nom-de-famille = اسم العائلة
tm-prenom-s = الاسم الشخصي (أو الأسماء)
tm-date-dexpiration-de-votre-titre-de = تاريخ انتهاء صلاحية بطاقة إقامتك
tm-n-de-recepisse = رقم وصل الإيداع (récépissé)
tm-courriel = البريد الإلكتروني
tm-remplissez-ce-formulaire-pour-connaitre = املأ هذه الاستمارة لمعرفة مدى تقدّم طلبك. سيُرسل إليك الرد بالبريد الإلكتروني خلال 15 يوم عمل.

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

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = الخدمة في صيانة حاليًا. نعتذر عن الإزعاج، يُرجى إعادة المحاولة لاحقًا.
tm-les-demandes-deja-deposees-ne-sont = الطلبات المقدَّمة من قبل لا تتأثر بهذا التوقف. إذا انتهت صلاحية بطاقة إقامتك أثناء الصيانة، فإن شهادة تمديد الدراسة (attestation de prolongation d’instruction) التي لديك تبقى صالحة.

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

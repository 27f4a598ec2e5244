### Relais lexicon, Dari: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .pl = plural. Verbs: value and .noun = the verbal noun or infinitive a
### button uses, .pp the participle. Adjectives: value (after the noun, no agreement).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = طفل
    .pl = اطفال
word-message = پیام
    .pl = پیام‌ها
    .your = پیام شما
    .your-pl = پیام‌های شما
word-document = سند
    .pl = اسناد
word-changement = تغییر
    .pl = تغییرات
word-page = صفحه
    .pl = صفحه‌ها
word-question = سوال
    .pl = سوالات
word-reponse = جواب
    .pl = جواب‌ها
word-texte = متن
    .pl = متن‌ها
word-bouton = دکمه
    .pl = دکمه‌ها
word-liste = فهرست
    .pl = فهرست‌ها
word-type = نوع
    .pl = انواع
word-service = خدمت
    .pl = خدمات
word-utilisateur = کاربر
    .pl = کاربران
word-perte = مفقودی
word-vol = سرقت
word-nature = نوعیت
word-description = توضیح
    .pl = توضیحات
word-theme = نمای ظاهری

word-formulaire = فورم
    .pl = فورم‌ها
word-traitement = پردازش
word-verification = بررسی

## Verbes — Verbs
word-envoyer = ارسال
    .noun = ارسال
    .pp = ارسال‌شده
word-fermer = بستن
    .noun = بستن
word-continuer = ادامه
    .noun = ادامه
word-annuler = لغو
    .noun = لغو
word-ajouter = افزودن
    .noun = افزودن
word-supprimer = حذف
    .noun = حذف
    .pp = حذف‌شده
word-modifier = ویرایش
    .noun = ویرایش
    .pp = ویرایش‌شده
word-confirmer = تأیید
    .noun = تأیید
word-valider = تأیید
    .noun = تأیید
    .pp = تأییدشده
word-choisir = انتخاب
    .noun = انتخاب
word-selectionner = انتخاب
    .noun = انتخاب
word-commencer = شروع
    .noun = شروع
word-enregistrer = ذخیره
    .noun = ذخیره
    .pp = ذخیره‌شده

## Adjectifs — Adjectives
word-nouveau = جدید
word-autre = دیگر
word-suivant = بعدی
word-precedent = قبلی
word-personnel = شخصی
word-familial = خانوادگی
word-postal = پستی

## More words
word-information = معلومات
    .pl = معلومات
word-recommencer = شروع دوباره
    .noun = شروع دوباره
word-se-connecter = ورود
    .noun = ورود

## Verbs known only by their participle (statuses)
word-desactiver = غیرفعال
    .pp = غیرفعال
word-recevoir = دریافت‌شده
    .pp = دریافت‌شده
word-deposer = تسلیم‌شده
    .pp = تسلیم‌شده
word-terminer = تمام‌شده
    .pp = تمام‌شده

## Mois — Months
word-janvier = جنوری
word-fevrier = فبروری
word-mars = مارچ
word-avril = اپریل
word-mai = می
word-juin = جون
word-juillet = جولای
word-aout = اگست
word-septembre = سپتمبر
word-octobre = اکتوبر
word-novembre = نومبر
word-decembre = دسمبر

## More nouns
word-probleme = مشکل
    .pl = مشکلات
word-activite = فعالیت
    .pl = فعالیت‌ها

## More verbs
word-afficher = نمایش
    .noun = نمایش
word-reessayer = تلاش دوباره
    .noun = تلاش دوباره
word-s-inscrire = ثبت نام
    .noun = ثبت نام
word-creer = ایجاد
    .noun = ایجاد

## Concepts
## Glossary concepts inside a sentence: the label and the forms the grammar asks for.
concept-enfant-a-charge = طفل تحت سرپرستی (نان‌خور)
    .pl = اطفال تحت سرپرستی (نان‌خور)
concept-fichier = فایل
    .pl = فایل‌ها

## Buttons
word-voir = مشاهده
    .noun = مشاهده
word-consulter = مشاهده
    .noun = مشاهده

## More nouns (2)
word-historique = تاریخچه

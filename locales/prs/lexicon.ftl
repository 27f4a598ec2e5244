### Relais lexicon, Dari: the same ids as locales/fr/lexicon.ftl.
### Nouns: value = singular, .pl = plural. Verbs: value = the verbal noun or infinitive a button
### uses. Adjectives: value (after the noun, no agreement).
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

## Noms — Nouns
word-enfant = طفل
    .pl = اطفال
word-message = پیام
    .pl = پیام‌ها
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

## Verbes — Verbs
word-envoyer = ارسال
word-fermer = بستن
word-continuer = ادامه
word-annuler = لغو
word-ajouter = افزودن
word-supprimer = حذف
word-modifier = ویرایش
word-confirmer = تأیید
word-valider = تأیید
word-choisir = انتخاب
word-selectionner = انتخاب
word-commencer = شروع
word-enregistrer = ذخیره

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
word-se-connecter = ورود

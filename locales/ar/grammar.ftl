### Relais grammar, Arabic (Modern Standard Arabic): each pattern of locales/fr/grammar.ftl in Arabic.
### "X de Y" is an idafa: the first term without article, the definite article on the last term
### (the slot asks for the `.def` form: `.x = def`). Nouns: value = indefinite singular, .ndf, .def,
### .pl, .def-pl. Verbs appear only as verbal nouns (masdar: .noun), as Arabic buttons use them,
### their object in the genitive of an idafa, definite. An idafa whose head is itself asked
### definite, adjectives (agreement in gender, number and definiteness) and indefinite objects are
### refused: the engine shows key words there. `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = def ndf pl pp inf imp ing base past fut p1 p2 p3 p1pl p2pl p3pl noun
    .agrees = none
    .label = bare
    .button = noun
    .object = def
    .marks = . ! …

## Noun phrases

# "X de Y" as a noun's complement is left out: the head of an idafa loses its article, and a
# glossary label (written with its article, often with a gloss) cannot be put in that form.
np-def = { $x }
# Indefinite: the base form, except where the slot asked for the definite form (an object).
np-indef = { $case ->
    [def] { $refuse }
   *[other] { $x }
}
# Possessives and demonstratives are suffixes or need agreement with forms not given: refused,
# except "your X" where the noun gives that form.
# "Your X": the noun's own `.your` form (lexicon, `.your-pl` for the plural), given for a noun
# alone; without it (or with an adjective or a complement) the message refuses.
np-your = { $your }
np-my = { $refuse }
np-their = { $refuse }
np-our = { $refuse }
np-this = { $refuse }

## Verb phrases: verbal noun + object (idafa)

vp-noun = { $verb } { $object }
    .object = def

## Noun phrases

pattern-number-of = رقم { $x }
    .x = def
pattern-number-x = رقم { $x }
    .x = def
pattern-date-of = تاريخ { $x }
    .x = def
pattern-expiry-date-of = تاريخ انتهاء صلاحية { $x }
    .x = def
pattern-count-of = عدد { $x }
    .x = def
pattern-place-of = مكان { $x }
    .x = def
pattern-amount-of = مبلغ { $x }
    .x = def
pattern-address-of = عنوان { $x }
    .x = def
pattern-name-of = اسم { $x }
    .x = def
pattern-type-of = نوع { $x }
    .x = def
pattern-list-of = قائمة { $x }
    .x = def
pattern-copy-of = نسخة من { $x }
    .x = def
pattern-and = { $x } و{ $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } أو { $y }
    .x = inherit
    .y = inherit
pattern-list3-or = { $x } أو { $y } أو { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-step-of = الخطوة { $n } من { $m }

## Field details

pattern-optional = { $x } (اختياري)
    .x = bare
pattern-optional-alone = (اختياري)
pattern-required = { $x } (إلزامي)
    .x = bare
pattern-less-than-months = { $x } (تاريخ الإصدار: أقل من { $n ->
    [one] شهر واحد
    [two] شهرين
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
})
    .x = bare
pattern-digits = { $n ->
    [one] رقم واحد
    [two] رقمان
    [few] { $n } أرقام
    [many] { $n } رقمًا
   *[other] { $n } رقم
}
pattern-characters-max = { $n ->
    [one] حرف واحد
    [two] حرفان
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
} كحد أقصى
pattern-characters-min = { $n ->
    [one] حرف واحد
    [two] حرفان
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
} على الأقل
pattern-expected-format = الصيغة المطلوبة: { $t }
pattern-format = الصيغة: { $t }
pattern-example = مثال: { $t }
pattern-max-size = الحجم الأقصى المسموح به: { $t }
pattern-supported-formats = الصيغ المقبولة: { $t }
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-back-to = العودة إلى { $x }
    .x = def
pattern-with = مع { $x }
    .x = bare
pattern-without = بدون { $x }
    .x = bare
pattern-yes-word = نعم
pattern-no-word = لا

## Questions and negation

pattern-changed = هل حدث تغيير في { $x }؟
    .x = def
pattern-i-have-no = ليس لديّ { $x }
    .x = ndf

## Fixed phrases and names

np-name = { $x } { $name }
np-numbered = { $x } رقم { $n }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-contact = اتصل بنا
pattern-thanks = شكرًا!
pattern-need-help = هل تحتاج إلى مساعدة؟
pattern-you-are-here = أنت هنا

## Questions and requests

pattern-do-you-have = هل لديك { $x }؟
    .x = ndf
pattern-please = يرجى { $v }
    .v = noun

## More noun patterns and greetings

pattern-hello = مرحبًا،

### Relais grammar, Pashto: each pattern of locales/fr/grammar.ftl in Pashto, and how Pashto builds
### noun and verb phrases. "X de Y" is `د Y X`, Y in the oblique case (`.y = obl`: only words whose
### oblique form is given). Nouns: value = direct singular, .obl, .pl, .obl-pl. Verbs: the value is
### the infinitive or verbal noun a button uses (ړنګول, تایید), its object first. Adjectives (they
### agree in gender and case), possessives and demonstratives are refused.
### `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = obl pl pp inf imp ing base past fut p1 p2 p3 p1pl p2pl p3pl
    .agrees = none
    .label = bare
    .button = noun
    .object = bare
    .marks = . ! …

## Noun phrases

np-of = د { $y } { $x }
    .y = obl
np-def = { $x }
np-indef = { $x }
# "Your X": the noun's own `.your` form (lexicon, `.your-pl` for the plural), given for a noun
# alone; without it (or with an adjective or a complement) the message refuses.
np-your = { $your }
np-my = { $refuse }
np-their = { $refuse }
np-our = { $refuse }
np-this = { $case ->
    [obl] دې { $x }
   *[other] دا { $x }
}

## Verb phrases: the object before the verb

vp-noun = { $object } { $verb }
    .object = bare

## Noun phrases

pattern-number-of = د { $x } شمېره
    .x = obl
pattern-date-of = د { $x } نېټه
    .x = obl
pattern-expiry-date-of = د { $x } د اعتبار د پای نېټه
    .x = obl
pattern-count-of = د { $x } شمېر
    .x = obl
pattern-place-of = د { $x } ځای
    .x = obl
pattern-amount-of = د { $x } اندازه
    .x = obl
pattern-address-of = د { $x } پته
    .x = obl
pattern-list3-or = { $x }، { $y } یا { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } او { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } یا { $y }
    .x = inherit
    .y = inherit
pattern-step-of = ګام { $n } له { $m } څخه

## Field details

pattern-optional = { $x } (اختیاري)
    .x = bare
pattern-optional-alone = (اختیاري)
pattern-required = { $x } (اړین)
    .x = bare
pattern-less-than-months = { $x } (د صادرېدو نېټه له { $n ->
    [one] یوې میاشتې
   *[other] { $n } میاشتو
} څخه کمه)
    .x = bare
pattern-digits = { $n ->
    [one] { $n } عدد
   *[other] { $n } عددونه
}
pattern-characters-max = اعظمي حد: { $n ->
    [one] { $n } توری
   *[other] { $n } توري
}
pattern-characters-min = لږ تر لږه { $n ->
    [one] { $n } توری
   *[other] { $n } توري
}
pattern-expected-format = غوښتل شوې بڼه: { $t }
pattern-format = بڼه: { $t }
pattern-example = بېلګه: { $t }
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-yes-word = هو
pattern-no-word = نه

## Questions and negation

pattern-changed = آیا په { $x } کې بدلون راغلی دی؟
    .x = obl
pattern-i-have-no = { $x } نه لرم
    .x = bare

## Fixed phrases and names

np-name = { $x } { $name }
np-numbered = { $x } شمېره { $n }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-with = له { $x } سره
    .x = obl
pattern-back-to = بېرته { $x } ته
    .x = obl
pattern-contact = موږ سره اړیکه ونیسئ
pattern-thanks = مننه!
pattern-you-are-here = تاسو دلته یاست

## File limits and statuses

pattern-max-size = اعظمي اجازه ورکړل شوې اندازه: { $t }
pattern-supported-formats = منل شوې بڼې: { $t }

## Questions

pattern-do-you-have = آیا تاسو { $x } لرئ؟
    .x = bare

## More noun patterns and greetings

pattern-name-of = د { $x } نوم
    .x = obl
pattern-list-of = د { $x } لیست
    .x = obl
pattern-no = هېڅ { $x } نشته
    .x = bare
pattern-hello = سلام،

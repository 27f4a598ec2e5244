### Relais grammar, Dari: each pattern of locales/fr/grammar.ftl in Dari, and how Dari builds noun
### and verb phrases. "X de Y" and adjectives follow their noun (ezafe, unwritten after a
### consonant: نمبر دوسیه, آدرس پستی). Nouns: value = singular, .pl = plural; a noun after a number
### stays singular. Verbs: the value is the verbal noun or infinitive a button uses (ارسال, حذف).
### Possessives and demonstratives are refused (a glossary label may end in a gloss in brackets).
### `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = pl pp inf imp ing base past fut p1 p2 p3 p1pl p2pl p3pl noun
    .agrees = none
    .label = bare
    .button = noun
    .object = bare
    .marks = . ! …

## Noun phrases

# A plural in -ها takes a written ezafe (-های), another plural none: plural heads are refused.
np-of = { $plural ->
    [yes] { $refuse }
   *[no] { $x } { $y }
}
    .y = bare
np-def = { $x }
np-indef = { $x }
np-adj = { $x } { $adj }
# "Your X": the noun's own `.your` form (lexicon, `.your-pl` for the plural), given for a noun
# alone; without it (or with an adjective or a complement) the message refuses.
np-your = { $your }
np-my = { $refuse }
np-their = { $refuse }
np-our = { $refuse }
np-this = این { $x }

## Verb phrases: the verbal noun and its object (ezafe)

vp-noun = { $verb } { $object }
    .object = bare

## Noun phrases

pattern-number-of = نمبر { $x }
    .x = bare
pattern-number-x = نمبر { $x }
    .x = bare
pattern-date-of = تاریخ { $x }
    .x = bare
pattern-expiry-date-of = تاریخ ختم اعتبار { $x }
    .x = bare
pattern-count-of = تعداد { $x }
    .x = bare
pattern-place-of = محل { $x }
    .x = bare
pattern-amount-of = مبلغ { $x }
    .x = bare
pattern-address-of = آدرس { $x }
    .x = bare
pattern-type-of = نوع { $x }
    .x = bare
pattern-list3 = { $x }، { $y } و { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }، { $y } یا { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } و { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } یا { $y }
    .x = inherit
    .y = inherit
pattern-step-of = مرحله { $n } از { $m }

## Field details

pattern-optional = { $x } (اختیاری)
    .x = bare
pattern-optional-alone = (اختیاری)
pattern-required = { $x } (الزامی)
    .x = bare
pattern-less-than-months = { $x } (صادرشده در کمتر از { $n } ماه گذشته)
    .x = bare
pattern-digits = { $n } رقم
pattern-characters-max = حداکثر { $n } حرف
pattern-characters-min = حداقل { $n } حرف
pattern-expected-format = شکل خواسته‌شده: { $t }
pattern-format = شکل: { $t }
pattern-example = مثال: { $t }
pattern-back-to = بازگشت به { $x }
    .x = bare
pattern-with = با { $x }
    .x = bare
pattern-without = بدون { $x }
    .x = bare
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-yes-word = بلی
pattern-no-word = نخیر

## Questions and negation

pattern-changed = آیا { $x } تغییر کرده است؟
    .x = bare
pattern-i-have-no = { $x } ندارم
    .x = bare

## Fixed phrases, names and short clauses

np-name = { $x } { $name }
np-numbered = { $x } شماره { $n }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-is-required = { $x } الزامی است
    .x = bare
pattern-not-valid = { $x } معتبر نیست
    .x = bare
pattern-contact = تماس با ما
pattern-thanks = تشکر!
pattern-need-help = به کمک ضرورت دارید؟
pattern-you-are-here = شما اینجا هستید

## File limits and statuses

pattern-max-size = حداکثر اندازهٔ مجاز: { $t }
pattern-supported-formats = فورمت‌های قابل قبول: { $t }
pattern-in-progress = { $x } در جریان است
    .x = bare
pattern-status = { $x } { $a }
    .x = bare

## Questions

pattern-do-you-have = آیا { $x } دارید؟
    .x = bare

## More noun patterns and greetings

pattern-name-of = نام { $x }
    .x = bare
pattern-list-of = فهرست { $x }
    .x = bare
pattern-hello = سلام،

### Relais grammar, Georgian: each pattern of locales/fr/grammar.ftl in Georgian, and how Georgian
### builds noun and verb phrases. A slot names the case it needs (.x = gen); every noun of
### lexicon.ftl gives its forms: value = nominative singular, .gen, .pl, .gen-pl. A noun without
### the form a slot asks for makes no translation. Buttons use the verbal noun (masdar:
### "დახურვა"), whose object is in the genitive and comes first ("ფაილის დამატება"). A noun
### after a number stays singular, which a French plural cannot give here: np-num is refused.
### Negated verbs and conjugated verbs are not rendered.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = pl gen imp pp ing past fut noun ger p1 p2 p3 p1pl p2pl p3pl
    .agrees = none
    .label = bare
    .button = inf
    .object = gen
    .marks = . ? ! : … ,

## Noun phrases

np-def = { $x }
np-indef = { $x }
np-of = { $y } { $x }
    .y = gen
np-your = თქვენი { $x }
np-my = ჩემი { $x }
np-this = { $case ->
    [gen] ამ
   *[other] ეს
} { $x }
np-num = { $singular-needed }
# np-name is refused: a French word the parser takes for a name would be kept as written.
np-name = { $name-kept-in-french }
np-numbered = { $x } № { $n }

## Verb phrases

vp = { $object } { $verb }
vp-neg = { $neg ->
    [implicit] { $x }
   *[other] { $not-given }
}

## Noun phrases

# "X et Y de Z" is not given (pattern-and, -or, -slash, list3): the complement comes first here,
# and French does not say whether "de Z" belongs to Y alone or to both.
pattern-number-of = { $x } ნომერი
    .x = gen
pattern-date-of = { $x } თარიღი
    .x = gen
pattern-expiry-date-of = { $x } მოქმედების ვადის გასვლის თარიღი
    .x = gen
pattern-count-of = { $x } რაოდენობა
    .x = gen
pattern-place-of = { $x } ადგილი
    .x = gen
pattern-amount-of = { $x } თანხა
    .x = gen
pattern-address-of = { $x } მისამართი
    .x = gen
pattern-type-of = { $x } ტიპი
    .x = gen
pattern-step-of = ნაბიჯი { $n } / { $m }

## Field details (a noun after a number stays singular)

pattern-optional = { $x } (არასავალდებულო)
pattern-optional-alone = (არასავალდებულო)
pattern-required = { $x } (სავალდებულო)
pattern-less-than-months = { $n } თვეზე ნაკლები ხნის { $x }
pattern-digits = { $n } ციფრი
pattern-characters-max = მაქსიმუმ { $n } სიმბოლო
pattern-characters-min = მინიმუმ { $n } სიმბოლო
pattern-x-characters-min = { $x } (მინიმუმ { $n } სიმბოლო)
pattern-expected-format = მოსალოდნელი ფორმატი: { $t }
pattern-format = ფორმატი: { $t }
pattern-example-of = მაგალითი ({ $t }): { $u }
pattern-example = მაგალითი: { $t }
pattern-max-size = მაქსიმალური დასაშვები ზომა: { $t }
pattern-supported-formats = მხარდაჭერილი ფორმატები: { $t }
pattern-without = { $x } გარეშე
    .x = gen
pattern-thanks = გმადლობთ!
pattern-hello = გამარჯობა,
pattern-warning = ყურადღება: { $p }
pattern-warning-v = ყურადღება: { $v }
pattern-information = ინფორმაცია: { $p }
pattern-you-are-here = თქვენ აქ ხართ
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = დიახ
pattern-no-word = არა

## Questions

pattern-changed = შეიცვალა { $x }?
pattern-need-help = გჭირდებათ დახმარება?
pattern-an-idea = გაქვთ იდეა?

## Negations

pattern-i-have-no = არ მაქვს { $x }
    .x = bare
pattern-not-valid = { $x } არასწორია
pattern-is-required = { $x } სავალდებულოა
pattern-expired = { $x } ვადა ამოიწურა
    .x = gen

## Sentences with a verb

pattern-contact = დაგვიკავშირდით

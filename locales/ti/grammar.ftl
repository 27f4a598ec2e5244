### Relais grammar, Tigrinya: each pattern of locales/fr/grammar.ftl in Tigrinya, and how Tigrinya
### builds noun and verb phrases. "X de Y" as the pattern's head word followed by its complement
### (ቁጽሪ ፋይል, ዕለት ልደት), as the translation memory writes it. Nouns: value = singular, .pl =
### plural. Verbs: .imp (the imperative a button uses), object before the verb. Possessive
### suffixes, demonstratives and noun complements are refused (the engine shows key words).
### `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = pl pp inf imp ing base past fut p1 p2 p3 p1pl p2pl p3pl noun
    .agrees = none
    .label = bare
    .button = imp
    .object = bare
    .marks = ! …

## Noun phrases

np-def = { $x }
np-indef = { $x }
# "Your X": the noun's own `.your` form (lexicon, `.your-pl` for the plural), given for a noun
# alone; without it (or with an adjective or a complement) the message refuses.
np-your = { $your }
np-my = { $refuse }
np-their = { $refuse }
np-our = { $refuse }
np-this = { $refuse }

## Verb phrases: the object before the verb

vp = { $object } { $verb }

## Noun phrases

pattern-number-of = ቁጽሪ { $x }
    .x = bare
pattern-date-of = ዕለት { $x }
    .x = bare
pattern-count-of = ብዝሒ { $x }
    .x = bare
pattern-place-of = ቦታ { $x }
    .x = bare
pattern-amount-of = መጠን { $x }
    .x = bare
pattern-address-of = ኣድራሻ { $x }
    .x = bare
pattern-type-of = ዓይነት { $x }
    .x = bare
pattern-and = { $x } ከምኡውን { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } ወይ { $y }
    .x = inherit
    .y = inherit
pattern-step-of = ደረጃ { $n } ካብ { $m }

## Field details

pattern-optional = { $x } (ግዴታ ዘይኮነ)
    .x = bare
pattern-optional-alone = (ግዴታ ዘይኮነ)
pattern-required = { $x } (ግዴታ)
    .x = bare
pattern-less-than-months = { $x } (ካብ { $n ->
    [one] { $n } ወርሒ
   *[other] { $n } ኣዋርሕ
} ዘይበዝሕ)
    .x = bare
pattern-digits = { $n ->
    [one] { $n } ኣሃዝ
   *[other] { $n } ኣሃዛት
}
pattern-characters-max = ቢዝበዝሐ { $n ->
    [one] { $n } ፊደል
   *[other] { $n } ፊደላት
}
pattern-expected-format = ዝድለ ኣጻሕፋ: { $t }
pattern-format = ኣጻሕፋ: { $t }
pattern-example = ኣብነት: { $t }
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-yes-word = እወ
pattern-no-word = ኣይፋል

## Negation

pattern-i-have-no = { $x } የብለይን
    .x = bare

## Fixed phrases and names

np-name = { $x } { $name }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-with = ምስ { $x }
    .x = bare
pattern-without = ብዘይ { $x }
    .x = bare
pattern-contact = ርኸቡና
pattern-thanks = የቐንየልና!

## File limits and statuses

pattern-max-size = ዝፍቀድ ዝለዓለ መጠን: { $t }
pattern-supported-formats = ተቐባልነት ዘለዎም ቅርጽታት: { $t }

## More noun patterns and greetings

pattern-name-of = ስም { $x }
    .x = bare
pattern-list-of = ዝርዝር { $x }
    .x = bare
pattern-no = { $x } የለን
    .x = bare
pattern-hello = ሰላም፣

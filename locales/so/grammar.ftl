### Relais grammar, Somali: each pattern of locales/fr/grammar.ftl in Somali, and how Somali builds
### noun and verb phrases. "X de Y" is the head with its definite suffix followed by the complement,
### definite too (Lambarka faylka): the slot asks for the `.def` form, given by the lexicon only.
### Nouns: value = indefinite singular, .def, .pl, .def-pl, .ndf. A noun after a number stays as
### the pattern writes it. Verbs: .imp (the imperative a button uses), verb first as the memory
### writes buttons (Ku dar fayl); a definite object, adjectives, possessives (suffixes) and the
### questions whose verb agrees with its subject's gender are refused.
### `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = imp def ndf pl pp inf ing base past fut p1 p2 p3 p1pl p2pl p3pl noun
    .agrees = none
    .label = bare
    .button = imp
    .marks = . ! …

## Noun phrases: a definite noun is its `.def` form, asked for by the slot

np-def = { $case ->
    [def] { $x }
   *[other] { $refuse }
}
np-indef = { $case ->
    [def] { $refuse }
   *[other] { $x }
}
# "Your X": the noun's own `.your` form (lexicon, `.your-pl` for the plural), given for a noun
# alone; without it (or with an adjective or a complement) the message refuses.
np-your = { $your }
np-my = { $refuse }
np-their = { $refuse }
np-our = { $refuse }
np-this = { $refuse }

## Verb phrases: the imperative first, as the memory writes buttons

vp = { $verb } { $object }

## Noun phrases

pattern-number-of = Lambarka { $x }
    .x = def
pattern-date-of = Taariikhda { $x }
    .x = def
pattern-count-of = Tirada { $x }
    .x = def
pattern-place-of = Goobta { $x }
    .x = def
pattern-amount-of = Qaddarka { $x }
    .x = def
pattern-address-of = Cinwaanka { $x }
    .x = def
pattern-type-of = Nooca { $x }
    .x = def
pattern-list3-or = { $x }, { $y } ama { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } iyo { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } ama { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Tallaabada { $n } ee { $m }

## Field details

pattern-optional = { $x } (ikhtiyaari)
    .x = bare
pattern-optional-alone = (ikhtiyaari)
pattern-required = { $x } (waajib)
    .x = bare
pattern-less-than-months = { $x } (lagu soo saaray { $n ->
    [one] hal bil gudaheed
   *[other] { $n } bilood gudahood
})
    .x = bare
pattern-digits = { $n } tiro
pattern-characters-max = ugu badnaan { $n } xaraf
pattern-characters-min = ugu yaraan { $n } xaraf
pattern-expected-format = Qaabka la rabo: { $t }
pattern-format = Qaabka: { $t }
pattern-example = Tusaale: { $t }
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-yes-word = Haa
pattern-no-word = Maya

## Negation

pattern-i-have-no = Ma lihi { $x }
    .x = ndf

## Fixed phrases and names

np-name = { $x } { $name }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-without = { $x } la'aan
    .x = bare
pattern-contact = Nala soo xiriir
pattern-thanks = Mahadsanid!

## File limits and statuses

pattern-max-size = Cabbirka ugu badan ee la oggol yahay: { $t }
pattern-supported-formats = Qaababka la aqbalo: { $t }

## Questions

pattern-do-you-have = Ma leedahay { $x }?
    .x = ndf

## More noun patterns and greetings

pattern-name-of = Magaca { $x }
    .x = def
pattern-list-of = Liiska { $x }
    .x = def
pattern-no = { $x } ma jiro
    .x = ndf
pattern-hello = Salaan,

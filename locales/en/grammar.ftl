### Relais grammar, English: each pattern of locales/fr/grammar.ftl in English, and how English builds
### noun and verb phrases. Attributes name the form a slot takes (.x = pl, .x = bare: without its
### determiner). Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = pl
    .label = bare
    .button = inf
np-of = { $x } of { $y }
np-def = the { $x }
np-indef = { $plural ->
    [yes] { $x }
   *[no] { $initial ->
        [a] an
        [e] an
        [i] an
        [o] an
        [u] an
       *[other] a
    } { $x }
}
np-your = your { $x }
np-my = my { $x }
np-their = their { $x }
np-our = our { $x }
np-this = { $plural ->
    [yes] these { $x }
   *[no] this { $x }
}
np-adj = { $adj } { $x }
vp = { $verb } { $object }

## Noun phrases

pattern-number-of = { $x } number
    .x = bare
pattern-date-of = { $x } date
    .x = bare
pattern-expiry-date-of = expiry date of { $x }
pattern-count-of = number of { $x }
    .x = pl bare
pattern-place-of = place of { $x }
pattern-amount-of = amount of { $x }
pattern-address-of = address of { $x }
pattern-name-of = name of { $x }
pattern-type-of = type of { $x }
    .x = bare
pattern-list-of = list of { $x }
pattern-copy-of = copy of { $x }
pattern-and = { $x } and { $y }
pattern-or = { $x } or { $y }

## Field details

pattern-optional = { $x } (optional)
pattern-required = { $x } (required)
pattern-less-than-months = { $x } less than { $n ->
    [one] 1 month
   *[other] { $n } months
} old
pattern-digits = { $n ->
    [one] 1 digit
   *[other] { $n } digits
}
pattern-characters-max = { $n ->
    [one] 1 character
   *[other] { $n } characters
} maximum
pattern-characters-min = at least { $n ->
    [one] 1 character
   *[other] { $n } characters
}
pattern-expected-format = Expected format: { $t }
pattern-example = Example: { $t }
pattern-in-progress = { $x } in progress
pattern-by = By { $x }
pattern-with = With { $x }
pattern-without = Without { $x }
pattern-back-to = Back to { $x }

## Questions and negations

pattern-changed = Has { $x } changed?
pattern-what-is = What is { $x }?
pattern-do-you-have = Do you have { $x }?
pattern-are-you = Are you { $x }?
pattern-i-have-no = I have no { $x }
    .x = bare
pattern-no = No { $x }
    .x = bare
pattern-not-available = { $x } is not available
pattern-not-valid = { $x } is not valid
pattern-is-required = { $x } is required
pattern-expired = { $x } has expired

## Sentences with a verb

pattern-please = Please { $v }
pattern-you-can = You can { $v }
pattern-you-must = You must { $v }
pattern-you-cannot = You cannot { $v }
pattern-unable-to = Unable to { $v }
pattern-in-order-to = To { $v }
pattern-do-you-want = Do you want to { $v }?
pattern-are-you-sure = Are you sure you want to { $v }?
pattern-been-done = { $x } has been { $v }
    .v = pp
pattern-done = { $x } { $v }
    .v = pp
pattern-click = Click { $x }
pattern-on-date = { $v } on { $t }
    .v = pp

### Relais grammar, English: each pattern of locales/fr/grammar.ftl in English, and how English builds
### noun, verb and adjective phrases. Attributes name the form a slot takes (.x = pl bare: plural,
### without its article; .v = agree: the verb agrees with $x; .v = inf, pp, ing). Each noun-phrase
### slot also gives $x-plural (yes/no), $x-person (p1, p2, p3, with pl when plural) and
### $x-complement (yes when a complement follows its noun: "dépôt du dossier").
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = pl pp p3 ing
    .agrees = none
    .label = bare
    .button = inf
    .object = acc
    .marks = . ? ! : … ,

## Noun phrases: $x the phrase so far; $head is date, var, pron or word

np-of = { $compound ->
    [yes] { $y } { $x }
   *[no] { $x } of { $y }
}
# `.gender = state` (lexicon): a concept whose English is a state, not a noun ("being
# processed"): no indefinite article ("The file is being processed"), and no definite one.
np-def = { $gender ->
    [state] { $refuse }
   *[other] { $head ->
        [date] { $x }
       *[other] the { $x }
    }
}
np-indef = { $gender ->
    [state] { $x }
   *[other] { $plural ->
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
}
np-your = your { $x }
np-my = my { $x }
np-their = their { $x }
np-our = our { $x }
np-this = { $plural ->
    [yes] these { $x }
   *[no] this { $x }
}
np-det = { $det } { $x }
np-num = { $n } { $x }
np-adj = { $adj } { $x }
np-part = { $x } { $part }
np-pp = { $x } { $prep } { $y }
np-name = { $x } { $name }
np-numbered = { $x } no. { $n }

## Verb and adjective phrases

vp = { $verb } { $clitic } { $object }
vp-pp = { $x } { $prep } { $y }
vp-adv = { $x } { $adv }
vp-date = { $x } on { $d }
ap-adv = { $adv } { $x }
# $form: the form asked for (inf for a button, p3 for "it", pp, ing…); $french: the French verb's form.
vp-neg = { $neg ->
    [implicit] { $x }
    [plus] no longer { $x }
    [jamais] never { $x }
   *[pas] { $form ->
        [p3] does not { $base }
        [p1] do not { $base }
        [p1pl] do not { $base }
        [p2] do not { $base }
        [p2pl] do not { $base }
        [p3pl] do not { $base }
        [inf] do not { $base }
        [base] not { $base }
       *[other] not { $x }
    }
}

## Noun phrases

pattern-number-of = { $x } number
    .x = bare
pattern-number-x = { $x } number
pattern-data-from = Data received from { $x }
    .x = bare
# "Date de publication" is "Publication date"; "Date de dépôt du dossier", whose noun has a
# complement, is "Date of submission of the file" ("Submission of the file date" is not English).
pattern-date-of = { $x-complement ->
    [yes] date of { $x }
   *[no] { $x } date
}
    .x = bare
pattern-expiry-date-of = expiry date of { $x }
pattern-count-of = number of { $x }
    .x = pl bare
pattern-place-of = place of { $x }
pattern-amount-of = amount of { $x }
pattern-address-of = address of { $x }
pattern-name-of = { $x } name
    .x = bare
pattern-type-of = type of { $x }
    .x = bare
pattern-list-of = list of { $x }
    .x = bare
pattern-copy-of = copy of { $x }
pattern-more-than = more than { $x }
pattern-less-than = less than { $x }
pattern-at-least = at least { $x }
pattern-at-most = at most { $x }
pattern-more-of = more { $x }
    .x = bare
pattern-less-of = less { $x }
    .x = bare
pattern-too-many = too many { $x }
    .x = pl bare
pattern-all-of = all { $x }
pattern-one-of = one of { $x }
pattern-list3 = { $x }, { $y } and { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } or { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-or-comma = { $x }, or { $y }
    .x = inherit
    .y = inherit
pattern-and = { $x } and { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } or { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-nor = neither { $x } nor { $y }
pattern-step-of = step { $n } of { $m }
pattern-in-year = (in { $n })

## Field details

pattern-optional = { $x } (optional)
pattern-optional-alone = (optional)
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
pattern-x-characters-min = { $x } ({ $n ->
    [one] 1 character
   *[other] { $n } characters
} minimum)
pattern-expected-format = expected format: { $t }
pattern-format = format: { $t }
pattern-example-of = example ({ $t }): { $u }
pattern-example = example: { $t }
pattern-max-size = maximum size allowed: { $t }
pattern-supported-formats = supported formats: { $t }
pattern-in-progress = { $x } in progress
pattern-not-found = { $x } not found
pattern-unavailable = { $x } unavailable
pattern-none-status = no { $x } { $a }
    .x = bare
pattern-not-status = { $x } not { $a }
pattern-status = { $x } { $a }
pattern-status-on = { $x } { $a } on
pattern-done-on = { $a } on
pattern-done-since = { $a } since
pattern-by = by { $x }
pattern-with = with { $x }
pattern-without = without { $x }
pattern-for = for { $x }
pattern-back-to = back to { $x }
pattern-to-do = to { $v }
    .v = inf
pattern-yes-then = yes, { $v }
pattern-no-then = no, { $v }
pattern-thanks = thank you!
pattern-regards = regards,
pattern-hello = hello,
pattern-warning = warning: { $p }
pattern-warning-v = warning: { $v }
pattern-information = information: { $p }
pattern-you-are-here = you are here
pattern-parens = ({ $p })
pattern-parens-np = ({ $x })
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = yes
pattern-no-word = no

## Questions

pattern-changed = has { $x } changed?
pattern-what-is = what is { $x }?
pattern-which-want = which { $x } do you want?
    .x = bare
pattern-how = how do I { $v }?
    .v = inf
pattern-have-you-done = have you { $v }?
    .v = pp
pattern-do-you-already-have = do you already have { $x }?
pattern-do-you-have = do you have { $x }?
pattern-have-you-not = did you not { $v }?
    .v = inf
pattern-are-you = are you { $a }?
pattern-are-you-np = are you { $x }?
    .x = indef
pattern-do-you-want = do you want to { $v }?
    .v = inf
pattern-would-you-like = would you like to { $v }?
    .v = inf
pattern-are-you-sure = are you sure you want to { $v }?
    .v = inf
pattern-do-you-verb = do you { $v } { $x }?
    .v = inf
pattern-need-help = need help?
pattern-need-help-to = need help to { $v }?
    .v = inf
pattern-question-problem = A question, a problem?
pattern-an-idea = an idea?
pattern-did-you-mean = did you mean:

## Negations

pattern-i-have-no = I have no { $x }
    .x = bare
pattern-no = no { $x }
    .x = bare
pattern-not-available = { $x } is not available
pattern-not-valid = { $x } is not valid
pattern-is-required = { $x } { $x-plural ->
    [yes] are
   *[no] is
} required
pattern-expired = { $x } has expired
pattern-occurred = { $x } occurred
pattern-occurred-during = { $x } occurred during { $y }

## Clauses: subject and verb ($x-person: p1, p2, p3, with pl when plural)

pattern-has-already-been = { $x } { $x-person ->
    [p3] has
   *[other] have
} already been { $a }
pattern-has-been = { $x } { $x-person ->
    [p3] has
   *[other] have
} been { $a }
pattern-has-been-np = { $x } { $x-person ->
    [p3] has
   *[other] have
} been { $y }
    .y = indef
pattern-has-not-yet-been = { $x } { $x-person ->
    [p3] has
   *[other] have
} not yet been { $a }
pattern-has-not-been = { $x } { $x-person ->
    [p3] has
   *[other] have
} not been { $a }
pattern-has-just-been = { $x } { $x-person ->
    [p3] has
   *[other] have
} just been { $a }
pattern-could-be = { $x } may have been { $a }
pattern-is-no-longer = { $x } { $x-person ->
    [p1] am
    [p3] is
   *[other] are
} no longer { $a }
pattern-is-not = { $x } { $x-person ->
    [p1] am
    [p3] is
   *[other] are
} not { $a }
pattern-is-not-np = { $x } { $x-person ->
    [p1] am
    [p3] is
   *[other] are
} not { $y }
    .y = indef
pattern-is = { $x } { $x-person ->
    [p1] am
    [p3] is
   *[other] are
} { $a }
pattern-is-np = { $x } { $x-person ->
    [p1] am
    [p3] is
   *[other] are
} { $y }
    .y = indef
pattern-will-be = { $x } will be { $a }
pattern-will-not-be = { $x } will not be { $a }
pattern-can-no-longer-be = { $x } can no longer be { $a }
pattern-cannot-be = { $x } cannot be { $a }
pattern-can-be = { $x } can be { $a }
pattern-must-be = { $x } must be { $a }
pattern-must-be-np = { $x } must be { $y }
    .y = indef
pattern-has-done = { $x } { $x-person ->
    [p3] has
   *[other] have
} { $v }
    .v = pp
pattern-has-not-done = { $x } { $x-person ->
    [p3] has
   *[other] have
} not { $v }
    .v = pp
pattern-has-already-done = { $x } { $x-person ->
    [p3] has
   *[other] have
} already { $v }
    .v = pp
pattern-has-already-x = { $x } already { $x-person ->
    [p3] has
   *[other] have
} { $y }
pattern-has-x = { $x } { $x-person ->
    [p3] has
   *[other] have
} { $y }
pattern-has-no-x = { $x } { $x-person ->
    [p3] has
   *[other] have
} no { $y }
    .y = bare
pattern-can = { $x } can { $v }
    .v = inf
pattern-cannot = { $x } cannot { $v }
    .v = inf
pattern-can-no-longer = { $x } can no longer { $v }
    .v = inf
pattern-will-be-able = { $x } will be able to { $v }
    .v = inf
pattern-could = { $x } could { $v }
    .v = inf
pattern-must = { $x } must { $v }
    .v = inf
pattern-usually-composed = It is usually composed of { $x }
pattern-must-measure = { $x } must be { $y }
pattern-must-not = { $x } must not { $v }
    .v = inf
pattern-will-have-to = { $x } will have to { $v }
    .v = inf
pattern-should = { $x } should { $v }
    .v = inf
pattern-should-not = { $x } should not { $v }
    .v = inf
pattern-want = { $x } { $x-person ->
    [p3] wants
   *[other] want
} to { $v }
    .v = inf
pattern-about-to = { $x } { $x-person ->
    [p1] am
    [p3] is
   *[other] are
} about to { $v }
    .v = inf
pattern-just-did = { $x } { $x-person ->
    [p3] has
   *[other] have
} just { $v }
    .v = pp
pattern-remain-to = you have { $x } left
pattern-there-is = there { $x-plural ->
    [yes] are
   *[no] is
} { $x }
pattern-it-is-adj-to = it is { $a } to { $v }
    .v = inf
pattern-no-longer-possible-to = it is no longer possible to { $v }
    .v = inf
pattern-not-possible-to = it is not possible to { $v }
    .v = inf
pattern-must-impersonal = you must { $v }
    .v = inf
pattern-no-one-can = no { $x } can { $v }
    .x = bare
    .v = inf
pattern-no-one-is = no { $x } is { $a }
    .x = bare
pattern-no-one-does = no { $x } { $v }
    .x = bare
    .v = p3
pattern-as-follows = { $x } { $x-plural ->
    [yes] are
   *[no] is
} as follows:
pattern-seems = { $x } { $x-person ->
    [p3] seems
   *[other] seem
} { $a }
pattern-future = { $x } will { $v }
    .v = base
pattern-present = { $x } { $v }
    .v = agree

## Fragments: the end of a message whose subject is written elsewhere (a field's name)

pattern-frag-will = will { $v }
    .v = base
pattern-frag-must-be = must be { $a }
pattern-frag-must-be-np = must be { $y }
    .y = indef
pattern-frag-must-measure = must be { $y }
pattern-frag-must = must { $v }
    .v = inf
pattern-frag-must-not = must not { $v }
    .v = inf
pattern-frag-cannot-be = cannot be { $a }
pattern-frag-cannot = cannot { $v }
    .v = inf
pattern-frag-is-not = is not { $a }
pattern-frag-is-not-np = is not { $y }
    .y = indef
pattern-frag-too-long = is too long (no more than { $x })
pattern-frag-too-short = is too short (at least { $x })
pattern-frag-is = is { $a }
pattern-frag-is-np = is { $y }
    .y = indef
pattern-frag-has-been = has been { $a }

## Sentences made of clauses

pattern-if-then = if { $p }, { $v }
pattern-if-then-clause = if { $p }, { $q }
pattern-if-only = if { $p }
pattern-because = { $p } because { $q }
pattern-but = { $p }, but { $q }
pattern-clause-and = { $p } and { $q }
pattern-clause-please = { $p }, please { $v }
    .v = inf
pattern-clause-comma = { $p }, { $q }
pattern-when = when { $p }, { $q }
pattern-once = once { $x } { $x-plural ->
    [yes] are
   *[no] is
} { $a }, { $p }
pattern-so-that = { $p } so that { $q }
pattern-in-case = in case of { $x }, { $p }
    .x = bare
pattern-in-case-v = in case of { $x }, { $v }
    .x = bare

## Sentences with a verb

pattern-please = please { $v }
    .v = inf
pattern-we-invite = we invite you to { $v }
    .v = inf
pattern-think-to = remember to { $v }
    .v = inf
pattern-unable-to = unable to { $v }
    .v = inf
pattern-in-order-to = to { $v }
    .v = inf
pattern-in-order-to-then = to { $v }, { $w }
    .v = inf
pattern-click = click { $x }
pattern-click-here-to = click here to { $v }
    .v = inf
pattern-and-then = { $v } and { $w }
pattern-or-then = { $v } or { $w }
pattern-then = { $v }, then { $w }
pattern-vp-list = { $v }, { $w }
pattern-ap-or = { $a } or { $b }
pattern-ap-and = { $a } and { $b }
pattern-by-x-then = by { $x }, { $v }
pattern-switch-to = switch to { $x }
    .x = bare
pattern-continue-to = continue to { $v }
    .v = inf
pattern-start-to = start { $v }
    .v = ing
pattern-before-v-clause = before { $v }, { $p }
    .v = ing
pattern-from-date = since { $d }
pattern-on-date = on { $d }
pattern-contact = contact us

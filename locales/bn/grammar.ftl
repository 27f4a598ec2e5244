### Relais grammar, Bengali: each pattern of locales/fr/grammar.ftl in Bengali, and how Bengali
### builds noun and verb phrases. "X de Y" is Y in the genitive before X (শিশুর জন্ম তারিখ): the
### slot asks for the `.gen` form, given by the lexicon only. Nouns: value = singular, .gen, .pl,
### .gen-pl; a noun after a number stays singular (5টি অঙ্ক). Adjectives and possessives (separate
### words) come before the noun. Verbs: .imp (the polite imperative a button uses), object first,
### in the accusative where a noun gives one (.acc, .acc-pl: a person; others stay unmarked).
### `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = imp gen pl pp inf ing base past fut p1 p2 p3 p1pl p2pl p3pl noun
    .agrees = fin
    .label = bare
    .button = imp
    .object = acc
    .marks = ! …

## Noun phrases

np-of = { $y } { $x }
    .y = gen
np-def = { $x }
np-indef = { $x }
np-adj = { $adj } { $x }
np-your = আপনার { $x }
np-my = আমার { $x }
np-our = আমাদের { $x }
np-their = তাদের { $x }
np-this = এই { $x }

## Verb phrases: the object before the verb

vp = { $object } { $verb }

## Noun phrases

pattern-number-of = { $x } নম্বর
    .x = gen
pattern-date-of = { $x } তারিখ
    .x = gen
pattern-expiry-date-of = { $x } মেয়াদ শেষের তারিখ
    .x = gen
pattern-count-of = { $x } সংখ্যা
    .x = gen
pattern-place-of = { $x } স্থান
    .x = gen
pattern-amount-of = { $x } পরিমাণ
    .x = gen
pattern-address-of = { $x } ঠিকানা
    .x = gen
pattern-type-of = { $x } ধরন
    .x = gen
pattern-list3 = { $x }, { $y } ও { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } বা { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } ও { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } বা { $y }
    .x = inherit
    .y = inherit
pattern-step-of = ধাপ { $n } (মোট { $m })

## Field details

pattern-optional = { $x } (ঐচ্ছিক)
    .x = bare
pattern-optional-alone = (ঐচ্ছিক)
pattern-required = { $x } (বাধ্যতামূলক)
    .x = bare
pattern-less-than-months = { $x } ({ $n } মাসের কম পুরনো)
    .x = bare
pattern-digits = { $n }টি অঙ্ক
pattern-characters-max = সর্বোচ্চ { $n }টি অক্ষর
pattern-characters-min = কমপক্ষে { $n }টি অক্ষর
pattern-expected-format = প্রত্যাশিত ফরম্যাট: { $t }
pattern-format = ফরম্যাট: { $t }
pattern-example = উদাহরণ: { $t }
pattern-with = { $x } সহ
    .x = bare
pattern-without = { $x } ছাড়া
    .x = bare
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-yes-word = হ্যাঁ
pattern-no-word = না

## Questions and negation

pattern-changed = { $x } কি পরিবর্তিত হয়েছে?
    .x = bare
pattern-i-have-no = আমার কোনো { $x } নেই
    .x = bare

## Fixed phrases, names and short clauses

np-name = { $x } { $name }
np-numbered = { $x } নং { $n }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-is-required = { $x } বাধ্যতামূলক
    .x = bare
pattern-not-valid = { $x } সঠিক নয়
    .x = bare
pattern-contact = আমাদের সাথে যোগাযোগ করুন
pattern-thanks = ধন্যবাদ!
pattern-need-help = সাহায্য প্রয়োজন?
pattern-you-are-here = আপনি এখানে আছেন

## File limits and statuses

pattern-max-size = সর্বোচ্চ অনুমোদিত আকার: { $t }
pattern-supported-formats = গ্রহণযোগ্য ফরম্যাট: { $t }
pattern-in-progress = { $x } চলছে
    .x = bare
# `fin`: the participle as a finite status (.pp-fin), not the form before a noun.
pattern-status = { $x } { $a }
    .x = bare
    .a = fin

## Questions and requests

pattern-do-you-have = আপনার কি { $x } আছে?
    .x = bare
pattern-what-is = { $x } কী?
    .x = bare
pattern-please = অনুগ্রহ করে { $v }
    .v = imp

## More noun patterns, greetings and statuses

pattern-name-of = { $x } নাম
    .x = gen
pattern-list-of = { $x } তালিকা
    .x = gen
pattern-no = কোনো { $x } নেই
    .x = bare
pattern-hello = হ্যালো,
pattern-has-been = { $x } { $a }
    .x = bare
    .a = fin

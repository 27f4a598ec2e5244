### Relais grammar, Tamil: each pattern of locales/fr/grammar.ftl in Tamil, and how Tamil builds noun
### and verb phrases. "X de Y": the complement first, in the genitive (குழந்தையின் பிறந்த தேதி);
### the complement of a pattern and a count too (`.gen`, given by the lexicon only). Nouns: value =
### singular, .gen, .pl, .gen-pl. Adjectives and possessives (separate words) come before the noun.
### Verbs: .imp (the imperative a button uses, as the memory writes it), object first; a definite
### or possessed object needs the accusative, not given: refused (`$case` is acc there); a person
### takes its accusative form (.acc, .acc-pl), other nouns stay unmarked when indefinite.
### `{ $refuse }` is never given: it makes a message fail.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

grammar-meta =
    .inflects = imp gen pl pp inf ing base past fut p1 p2 p3 p1pl p2pl p3pl noun
    .agrees = fin
    .label = bare
    .button = imp
    .object = acc
    .marks = . ! …

## Noun phrases

np-of = { $y } { $x }
    .y = gen
np-def = { $case ->
    [acc] { $refuse }
   *[other] { $x }
}
np-indef = { $x }
np-adj = { $adj } { $x }
np-your = { $case ->
    [acc] { $refuse }
   *[other] உங்கள் { $x }
}
np-my = { $case ->
    [acc] { $refuse }
   *[other] என் { $x }
}
np-our = { $case ->
    [acc] { $refuse }
   *[other] எங்கள் { $x }
}
np-this = { $case ->
    [acc] { $refuse }
   *[other] இந்த { $x }
}

## Verb phrases: the object before the verb

vp = { $object } { $verb }

## Noun phrases

pattern-number-of = { $x } எண்
    .x = gen
pattern-date-of = { $x } தேதி
    .x = gen
pattern-expiry-date-of = { $x } காலாவதி தேதி
    .x = gen
pattern-count-of = { $x } எண்ணிக்கை
    .x = gen
pattern-place-of = { $x } இடம்
    .x = gen
pattern-amount-of = { $x } தொகை
    .x = gen
pattern-address-of = { $x } முகவரி
    .x = gen
pattern-type-of = { $x } வகை
    .x = gen
pattern-list3 = { $x }, { $y } மற்றும் { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } அல்லது { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } மற்றும் { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } அல்லது { $y }
    .x = inherit
    .y = inherit
pattern-step-of = படி { $n } / { $m }

## Field details

pattern-optional = { $x } (விருப்பத்துக்குரியது)
    .x = bare
pattern-optional-alone = (விருப்பத்துக்குரியது)
pattern-required = { $x } (கட்டாயம்)
    .x = bare
pattern-less-than-months = { $x } ({ $n ->
    [one] { $n } மாதத்திற்குள்
   *[other] { $n } மாதங்களுக்குள்
} வழங்கப்பட்டது)
    .x = bare
pattern-digits = { $n ->
    [one] { $n } இலக்கம்
   *[other] { $n } இலக்கங்கள்
}
pattern-characters-max = அதிகபட்சம் { $n ->
    [one] { $n } எழுத்து
   *[other] { $n } எழுத்துகள்
}
pattern-characters-min = குறைந்தது { $n ->
    [one] { $n } எழுத்து
   *[other] { $n } எழுத்துகள்
}
pattern-expected-format = எதிர்பார்க்கப்படும் வடிவம்: { $t }
pattern-format = வடிவம்: { $t }
pattern-example = உதாரணம்: { $t }
pattern-without = { $x } இல்லாமல்
    .x = bare
pattern-label-colon = { $x }: { $y }
    .x = bare
    .y = bare
pattern-yes-word = ஆம்
pattern-no-word = இல்லை

## Questions and negation

pattern-changed = { $x } மாறியுள்ளதா?
    .x = bare
pattern-i-have-no = எனக்கு { $x } இல்லை
    .x = bare

## Fixed phrases, names and short clauses

np-name = { $x } { $name }
np-numbered = { $x } எண் { $n }
pattern-label-dash = { $x } - { $y }
    .x = bare
    .y = bare
pattern-is-required = { $x } கட்டாயம்
    .x = bare
pattern-not-valid = { $x } செல்லாது
    .x = bare
pattern-contact = எங்களைத் தொடர்புகொள்ளுங்கள்
pattern-thanks = நன்றி!
pattern-need-help = உதவி தேவையா?
pattern-you-are-here = நீங்கள் இங்கே இருக்கிறீர்கள்

## File limits and statuses

pattern-max-size = அனுமதிக்கப்பட்ட அதிகபட்ச அளவு: { $t }
pattern-supported-formats = ஏற்கப்படும் வடிவங்கள்: { $t }
pattern-in-progress = { $x } நடைபெறுகிறது
    .x = bare
# `fin`: the participle as a finite status (.pp-fin), not the form before a noun.
pattern-status = { $x } { $a }
    .x = bare
    .a = fin

## Questions

pattern-do-you-have = உங்களுக்கு { $x } உள்ளதா?
    .x = bare
pattern-what-is = { $x } என்ன?
    .x = bare

## More noun patterns and greetings

pattern-name-of = { $x } பெயர்
    .x = gen
pattern-list-of = { $x } பட்டியல்
    .x = gen
pattern-no = { $x } எதுவும் இல்லை
    .x = bare
pattern-hello = வணக்கம்,

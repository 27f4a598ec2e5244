### Relais grammar, Ukrainian: each pattern of locales/fr/grammar.ftl in Ukrainian, and how Ukrainian
### builds noun and verb phrases. A slot names the case it needs (.x = gen); every noun of
### lexicon.ftl gives its forms: value = nominative singular, .gen, .acc, .pl, .gen-pl, .acc-pl, and
### .gender = masc, fem or neut (a concept with no gender given gets "m", which no message here
### accepts where gender matters). A noun without the form a slot asks for makes no translation.
### Verbs: value = infinitive (buttons), .imp = polite imperative. Negated verbs are not rendered
### (the aspect of a negated imperative is not guessed). Adjectives are not given. np-of is not
### given: "X de Y" is a genitive only for some heads.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = pl gen acc imp pp ing past fut noun ger p1 p2 p3 p1pl p2pl p3pl
    .agrees = none
    .label = bare
    .button = inf
    .object = acc
    .marks = . ? ! : … ,

## Noun phrases

np-def = { $x }
np-indef = { $x }
np-your = { $plural ->
    [yes] { $case ->
        [gen] ваших
        [acc] { $gender ->
            [masc] { $animate-unknown }
           *[other] ваші
        }
       *[nom] ваші
    }
   *[no] { $gender ->
        [masc] { $case ->
            [gen] вашого
            [acc] ваш
           *[nom] ваш
        }
        [fem] { $case ->
            [gen] вашої
            [acc] вашу
           *[nom] ваша
        }
        [neut] { $case ->
            [gen] вашого
            [acc] ваше
           *[nom] ваше
        }
       *[other] { $gender-unknown }
    }
} { $x }
np-my = { $plural ->
    [yes] { $case ->
        [gen] моїх
        [acc] { $gender ->
            [masc] { $animate-unknown }
           *[other] мої
        }
       *[nom] мої
    }
   *[no] { $gender ->
        [masc] { $case ->
            [gen] мого
            [acc] мій
           *[nom] мій
        }
        [fem] { $case ->
            [gen] моєї
            [acc] мою
           *[nom] моя
        }
        [neut] { $case ->
            [gen] мого
            [acc] моє
           *[nom] моє
        }
       *[other] { $gender-unknown }
    }
} { $x }
np-this = { $plural ->
    [yes] { $case ->
        [gen] цих
        [acc] { $gender ->
            [masc] { $animate-unknown }
           *[other] ці
        }
       *[nom] ці
    }
   *[no] { $gender ->
        [masc] { $case ->
            [gen] цього
            [acc] цей
           *[nom] цей
        }
        [fem] { $case ->
            [gen] цієї
            [acc] цю
           *[nom] ця
        }
        [neut] { $case ->
            [gen] цього
            [acc] це
           *[nom] це
        }
       *[other] { $gender-unknown }
    }
} { $x }
np-pp = { $x } { $prep } { $y }
# np-name is refused: a French word the parser takes for a name would be kept as written.
np-name = { $name-kept-in-french }
np-numbered = { $x } № { $n }

## Verb phrases

vp = { $verb } { $object }
vp-pp = { $x } { $prep } { $y }
vp-neg = { $neg ->
    [implicit] { $x }
   *[other] { $aspect-unknown }
}

## Noun phrases

pattern-number-of = Номер { $x }
    .x = gen
pattern-date-of = Дата { $x }
    .x = gen
pattern-expiry-date-of = Дата закінчення строку дії { $x }
    .x = gen
pattern-count-of = Кількість { $x }
    .x = gen
pattern-place-of = Місце { $x }
    .x = gen
pattern-amount-of = Сума { $x }
    .x = gen
pattern-address-of = Адреса { $x }
    .x = gen
pattern-type-of = Тип { $x }
    .x = gen
pattern-list3 = { $x }, { $y } і { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } або { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } і { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } або { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Крок { $n } з { $m }

## Field details (CLDR plural: one, few, many, other; "other" is a fraction)

pattern-optional = { $x } (необов’язково)
pattern-optional-alone = (необов’язково)
pattern-required = { $x } (обов’язково)
pattern-less-than-months = { $x } не старше { $n } { $n ->
    [one] місяця
    [few] місяців
    [many] місяців
   *[other] місяця
}
pattern-digits = { $n } { $n ->
    [one] цифра
    [few] цифри
    [many] цифр
   *[other] цифри
}
pattern-characters-max = Не більше { $n } { $n ->
    [one] символу
    [few] символів
    [many] символів
   *[other] символу
}
pattern-characters-min = Не менше { $n } { $n ->
    [one] символу
    [few] символів
    [many] символів
   *[other] символу
}
pattern-x-characters-min = { $x } (не менше { $n } { $n ->
    [one] символу
    [few] символів
    [many] символів
   *[other] символу
})
pattern-expected-format = Очікуваний формат: { $t }
pattern-format = Формат: { $t }
pattern-example-of = Приклад ({ $t }): { $u }
pattern-example = Приклад: { $t }
pattern-max-size = Максимальний розмір: { $t }
pattern-supported-formats = Підтримувані формати: { $t }
pattern-without = Без { $x }
    .x = gen
pattern-for = Для { $x }
    .x = gen
pattern-thanks = Дякуємо!
pattern-hello = Добрий день!
pattern-warning = Увага: { $p }
pattern-warning-v = Увага: { $v }
pattern-information = Інформація: { $p }
pattern-you-are-here = Ви тут
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = Так
pattern-no-word = Ні

## Questions

pattern-changed = { $x } { $x-plural ->
    [yes] змінилися
   *[no] { $x-gender ->
        [masc] змінився
        [fem] змінилася
        [neut] змінилося
       *[other] { $gender-unknown }
    }
}?
pattern-need-help = Потрібна допомога?
pattern-question-problem = Запитання, проблема?
pattern-an-idea = Є ідея?

## Negations

pattern-i-have-no = У мене немає { $x }
    .x = bare gen
pattern-not-valid = { $x } { $x-plural ->
    [yes] вказані
   *[no] { $x-gender ->
        [masc] вказаний
        [fem] вказана
        [neut] вказане
       *[other] { $gender-unknown }
    }
} неправильно
pattern-is-required = { $x } { $x-plural ->
    [yes] обов’язкові
   *[no] { $x-gender ->
        [masc] обов’язковий
        [fem] обов’язкова
        [neut] обов’язкове
       *[other] { $gender-unknown }
    }
}
pattern-expired = Строк дії { $x } закінчився
    .x = gen

## Sentences with a verb

pattern-please = Будь ласка, { $v }
    .v = imp
pattern-contact = Зв’яжіться з нами

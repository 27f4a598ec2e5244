### Relais grammar, Russian: each pattern of locales/fr/grammar.ftl in Russian, and how Russian builds
### noun and verb phrases. A slot names the case it needs (.x = gen); every noun of lexicon.ftl
### gives its forms: value = nominative singular, .gen, .acc, .pl, .gen-pl, .acc-pl, and .gender =
### masc, fem or neut (a concept with no gender given gets "m", which no message here accepts
### where gender matters). A noun without the form a slot asks for makes no translation.
### Verbs: value = infinitive (buttons), .imp = polite imperative (вы). Negated verbs are not
### rendered (the aspect of a negated imperative is not guessed). Adjectives are not given.
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
# np-of is not given: "X de Y" is a genitive only for some heads ("смена адреса"), not for
# others ("demande de titre de séjour" is "заявление на вид на жительство").
np-your = { $plural ->
    [yes] { $case ->
        [gen] ваших
        [acc] { $gender ->
            [masc] { $animate-unknown }
           *[other] ваши
        }
       *[nom] ваши
    }
   *[no] { $gender ->
        [masc] { $case ->
            [gen] вашего
            [acc] ваш
           *[nom] ваш
        }
        [fem] { $case ->
            [gen] вашей
            [acc] вашу
           *[nom] ваша
        }
        [neut] { $case ->
            [gen] вашего
            [acc] ваше
           *[nom] ваше
        }
       *[other] { $gender-unknown }
    }
} { $x }
np-my = { $plural ->
    [yes] { $case ->
        [gen] моих
        [acc] { $gender ->
            [masc] { $animate-unknown }
           *[other] мои
        }
       *[nom] мои
    }
   *[no] { $gender ->
        [masc] { $case ->
            [gen] моего
            [acc] мой
           *[nom] мой
        }
        [fem] { $case ->
            [gen] моей
            [acc] мою
           *[nom] моя
        }
        [neut] { $case ->
            [gen] моего
            [acc] моё
           *[nom] моё
        }
       *[other] { $gender-unknown }
    }
} { $x }
np-this = { $plural ->
    [yes] { $case ->
        [gen] этих
        [acc] { $gender ->
            [masc] { $animate-unknown }
           *[other] эти
        }
       *[nom] эти
    }
   *[no] { $gender ->
        [masc] { $case ->
            [gen] этого
            [acc] этот
           *[nom] этот
        }
        [fem] { $case ->
            [gen] этой
            [acc] эту
           *[nom] эта
        }
        [neut] { $case ->
            [gen] этого
            [acc] это
           *[nom] это
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
pattern-expiry-date-of = Дата окончания срока действия { $x }
    .x = gen
pattern-count-of = Количество { $x }
    .x = gen
pattern-place-of = Место { $x }
    .x = gen
pattern-amount-of = Сумма { $x }
    .x = gen
pattern-address-of = Адрес { $x }
    .x = gen
pattern-type-of = Тип { $x }
    .x = gen
pattern-list3 = { $x }, { $y } и { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } или { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } и { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } или { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Шаг { $n } из { $m }

## Field details (CLDR plural: one, few, many, other; "other" is a fraction)

pattern-optional = { $x } (необязательно)
pattern-optional-alone = (необязательно)
pattern-required = { $x } (обязательно)
pattern-less-than-months = { $x } не старше { $n } { $n ->
    [one] месяца
    [few] месяцев
    [many] месяцев
   *[other] месяца
}
pattern-digits = { $n } { $n ->
    [one] цифра
    [few] цифры
    [many] цифр
   *[other] цифры
}
pattern-characters-max = Не более { $n } { $n ->
    [one] символа
    [few] символов
    [many] символов
   *[other] символа
}
pattern-characters-min = Не менее { $n } { $n ->
    [one] символа
    [few] символов
    [many] символов
   *[other] символа
}
pattern-x-characters-min = { $x } (не менее { $n } { $n ->
    [one] символа
    [few] символов
    [many] символов
   *[other] символа
})
pattern-expected-format = Ожидаемый формат: { $t }
pattern-format = Формат: { $t }
pattern-example-of = Пример ({ $t }): { $u }
pattern-example = Пример: { $t }
pattern-max-size = Максимальный размер: { $t }
pattern-supported-formats = Поддерживаемые форматы: { $t }
pattern-without = Без { $x }
    .x = gen
pattern-for = Для { $x }
    .x = gen
pattern-thanks = Спасибо!
pattern-hello = Здравствуйте!
pattern-warning = Внимание: { $p }
pattern-warning-v = Внимание: { $v }
pattern-information = Информация: { $p }
pattern-you-are-here = Вы здесь
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = Да
pattern-no-word = Нет

## Questions

pattern-changed = { $x } { $x-plural ->
    [yes] изменились
   *[no] { $x-gender ->
        [masc] изменился
        [fem] изменилась
        [neut] изменилось
       *[other] { $gender-unknown }
    }
}?
pattern-need-help = Нужна помощь?
pattern-question-problem = Вопрос, проблема?
pattern-an-idea = Есть идея?

## Negations

pattern-i-have-no = У меня нет { $x }
    .x = bare gen
pattern-not-valid = { $x } { $x-plural ->
    [yes] указаны
   *[no] { $x-gender ->
        [masc] указан
        [fem] указана
        [neut] указано
       *[other] { $gender-unknown }
    }
} неверно
pattern-is-required = { $x } { $x-plural ->
    [yes] обязательны
   *[no] { $x-gender ->
        [masc] обязателен
        [fem] обязательна
        [neut] обязательно
       *[other] { $gender-unknown }
    }
}
pattern-expired = Срок действия { $x } истёк
    .x = gen

## Sentences with a verb

pattern-please = Пожалуйста, { $v }
    .v = imp
pattern-contact = Свяжитесь с нами

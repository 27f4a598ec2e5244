### Relais grammar, Spanish: each pattern of locales/fr/grammar.ftl in Spanish, and how Spanish builds
### noun, verb and adjective phrases. Nouns carry .gender = masc or fem in lexicon.ftl (a concept
### with no gender given gets "m", which no message here accepts where gender matters: no article,
### adjective or agreeing participle is guessed). .inflects = pl: a noun needs .pl where it is
### plural. Adjectives: value (masculine singular), .fem, .pl, .fem-pl. Verbs: value = infinitive,
### .imp (usted imperative), .pp, .pp-fem, .pp-pl, .pp-fem-pl.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = pl imp pp ing past fut noun ger p1 p2 p3 p1pl p2pl p3pl
    .agrees = fem pl
    .label = bare
    .button = inf
    .object = acc
    .marks = . ! : … ,

## Noun phrases

# "de" + a noun without its article: "número de expediente", never "de el".
np-of = { $x } de { $y }
    .y = bare
np-def = { $head ->
    [date] { $x }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] los
           *[no] el
        } { $x }
        [fem] { $plural ->
            [yes] las
           *[no] la
        } { $x }
       *[other] { $gender-unknown }
    }
}
np-indef = { $plural ->
    [yes] { $x }
   *[no] { $gender ->
        [masc] un { $x }
        [fem] una { $x }
       *[other] { $gender-unknown }
    }
}
np-your = { $plural ->
    [yes] sus
   *[no] su
} { $x }
np-my = { $plural ->
    [yes] mis
   *[no] mi
} { $x }
np-their = { $plural ->
    [yes] sus
   *[no] su
} { $x }
np-our = { $gender ->
    [masc] { $plural ->
        [yes] nuestros
       *[no] nuestro
    } { $x }
    [fem] { $plural ->
        [yes] nuestras
       *[no] nuestra
    } { $x }
   *[other] { $gender-unknown }
}
np-this = { $gender ->
    [masc] { $plural ->
        [yes] estos
       *[no] este
    } { $x }
    [fem] { $plural ->
        [yes] estas
       *[no] esta
    } { $x }
   *[other] { $gender-unknown }
}
# np-num is refused: a count needs the noun form its number asks for (not given), and a
# number before a noun is often an example's value ("Exemple : 11 rue des Mimosas").
np-num = { $count-form-needed }
np-adj = { $gender ->
    [masc] { $x } { $adj }
    [fem] { $x } { $adj }
   *[other] { $gender-unknown }
}
np-part = { $gender ->
    [masc] { $x } { $part }
    [fem] { $x } { $part }
   *[other] { $gender-unknown }
}
np-pp = { $x } { $prep } { $y }
# np-name is refused: a French word the parser takes for a name would be kept as written.
np-name = { $name-kept-in-french }
np-numbered = { $x } n.º { $n }

## Verb phrases

vp = { $verb } { $object }
vp-pp = { $x } { $prep } { $y }
vp-adv = { $x } { $adv }
vp-date = { $x } el { $d }
ap-adv = { $adv } { $x }
vp-neg = { $neg ->
    [implicit] { $x }
    [plus] ya no { $x }
    [jamais] nunca { $x }
   *[pas] { $form ->
        [pp] { $no-form }
        [ing] { $no-form }
       *[other] no { $x }
    }
}

## Noun phrases

pattern-number-of = Número de { $x }
    .x = bare
pattern-date-of = Fecha de { $x }
    .x = bare
pattern-expiry-date-of = Fecha de caducidad de { $x }
    .x = bare
pattern-count-of = Número de { $x }
    .x = bare
pattern-place-of = Lugar de { $x }
    .x = bare
pattern-amount-of = Importe de { $x }
    .x = bare
pattern-address-of = Dirección de { $x }
    .x = bare
pattern-type-of = Tipo de { $x }
    .x = bare
pattern-list-of = Lista de { $x }
    .x = bare
pattern-copy-of = Copia de { $x }
    .x = bare
pattern-list3 = { $x }, { $y } y { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } o { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } y { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } o { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Paso { $n } de { $m }
pattern-in-year = (en { $n })

## Field details

pattern-optional = { $x } (opcional)
pattern-optional-alone = (opcional)
pattern-required = { $x } (obligatorio)
pattern-less-than-months = { $x } de menos de { $n ->
    [one] 1 mes
   *[other] { $n } meses
}
pattern-digits = { $n ->
    [one] 1 cifra
   *[other] { $n } cifras
}
pattern-characters-max = { $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
} como máximo
pattern-characters-min = Al menos { $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
}
pattern-x-characters-min = { $x } ({ $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
} como mínimo)
pattern-expected-format = Formato esperado: { $t }
pattern-format = Formato: { $t }
pattern-example-of = Ejemplo ({ $t }): { $u }
pattern-example = Ejemplo: { $t }
pattern-max-size = Tamaño máximo permitido: { $t }
pattern-supported-formats = Formatos admitidos: { $t }
pattern-in-progress = { $x } en curso
pattern-unavailable = { $x } no disponible
# The participle or adjective takes no agreement here: masculine singular subjects only.
pattern-status = { $x-gender ->
    [masc] { $x-plural ->
        [no] { $x } { $a }
       *[yes] { $agreement-unknown }
    }
   *[other] { $agreement-unknown }
}
pattern-has-been = { $x-gender ->
    [masc] { $x-plural ->
        [no] { $x } ha sido { $a }
       *[yes] { $agreement-unknown }
    }
   *[other] { $agreement-unknown }
}
pattern-by = Por { $x }
pattern-with = Con { $x }
pattern-without = Sin { $x }
pattern-for = Para { $x }
pattern-yes-then = Sí, { $v }
pattern-no-then = No, { $v }
pattern-thanks = ¡Gracias!
pattern-regards = Atentamente,
pattern-hello = Hola:
pattern-warning = Atención: { $p }
pattern-warning-v = Atención: { $v }
pattern-information = Información: { $p }
pattern-you-are-here = Usted está aquí
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = Sí
pattern-no-word = No

## Questions

pattern-changed = { $x-plural ->
    [yes] ¿Han
   *[no] ¿Ha
} cambiado { $x }?
pattern-what-is = { $x-plural ->
    [yes] ¿Cuáles son
   *[no] ¿Cuál es
} { $x }?
pattern-how = ¿Cómo { $v }?
    .v = inf
pattern-do-you-have = ¿Tiene { $x }?
pattern-do-you-want = ¿Desea { $v }?
    .v = inf
pattern-would-you-like = ¿Desea { $v }?
    .v = inf
pattern-need-help = ¿Necesita ayuda?
pattern-need-help-to = ¿Necesita ayuda para { $v }?
    .v = inf
pattern-question-problem = ¿Una pregunta, un problema?
pattern-an-idea = ¿Una idea?
pattern-did-you-mean = Quizás quiso escribir:

## Negations

pattern-i-have-no = No tengo { $x }
    .x = bare
pattern-not-available = { $x } no { $x-plural ->
    [yes] están
   *[no] está
} disponible{ $x-plural ->
    [yes] s
   *[no] {""}
}
pattern-is-required = { $x } { $x-plural ->
    [yes] son
   *[no] es
} { $x-gender ->
    [masc] { $x-plural ->
        [yes] obligatorios
       *[no] obligatorio
    }
    [fem] { $x-plural ->
        [yes] obligatorias
       *[no] obligatoria
    }
   *[other] { $gender-unknown }
}
pattern-not-valid = { $x } no { $x-plural ->
    [yes] son
   *[no] es
} { $x-gender ->
    [masc] { $x-plural ->
        [yes] válidos
       *[no] válido
    }
    [fem] { $x-plural ->
        [yes] válidas
       *[no] válida
    }
   *[other] { $gender-unknown }
}
pattern-expired = { $x } { $x-plural ->
    [yes] han
   *[no] ha
} caducado

## Sentences with a verb

pattern-please = Por favor, { $v }
    .v = imp
pattern-unable-to = No se puede { $v }
    .v = inf
pattern-in-order-to = Para { $v }
    .v = inf
pattern-in-order-to-then = Para { $v }, { $w }
    .v = inf
    .w = imp
pattern-click = Haga clic en { $x }
pattern-click-here-to = Haga clic aquí para { $v }
    .v = inf
pattern-and-then = { $v } y { $w }
pattern-or-then = { $v } o { $w }
pattern-then = { $v } y después { $w }
pattern-vp-list = { $v }, { $w }
pattern-ap-or = { $a } o { $b }
pattern-ap-and = { $a } y { $b }
pattern-must-impersonal = Hay que { $v }
    .v = inf
pattern-from-date = desde el { $d }
pattern-on-date = el { $d }
pattern-contact = Contacte con nosotros

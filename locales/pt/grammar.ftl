### Relais grammar, European Portuguese: each pattern of locales/fr/grammar.ftl in Portuguese, and how
### Portuguese builds noun, verb and adjective phrases. Nouns carry .gender = masc or fem in
### lexicon.ftl (a concept with no gender given gets "m", which no message here accepts where
### gender matters: no article, possessive, adjective or agreeing participle is guessed).
### .inflects = pl: a noun needs .pl where it is plural. Adjectives: value (masculine singular),
### .fem, .pl, .fem-pl. Verbs: value = infinitive, .imp (formal imperative, você), .pp, .pp-fem,
### .pp-pl, .pp-fem-pl.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = pl imp pp ing past fut noun ger p1 p2 p3 p1pl p2pl p3pl
    .agrees = fem pl
    .label = bare
    .button = inf
    .object = acc
    .marks = . ? ! : … ,

## Noun phrases

# "de" + a noun without its article: "número de processo", never "de o"; a possessive or
# demonstrative there would need a contraction ("da sua"), so those are refused after "de"
# (and after "em": `.x = bare gen`).
np-of = { $x } de { $y }
    .y = bare gen
np-def = { $head ->
    [date] { $x }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] os
           *[no] o
        } { $x }
        [fem] { $plural ->
            [yes] as
           *[no] a
        } { $x }
       *[other] { $gender-unknown }
    }
}
np-indef = { $plural ->
    [yes] { $x }
   *[no] { $gender ->
        [masc] um { $x }
        [fem] uma { $x }
       *[other] { $gender-unknown }
    }
}
np-your = { $case ->
    [gen] { $contraction-needed }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] os seus
           *[no] o seu
        } { $x }
        [fem] { $plural ->
            [yes] as suas
           *[no] a sua
        } { $x }
       *[other] { $gender-unknown }
    }
}
np-my = { $case ->
    [gen] { $contraction-needed }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] os meus
           *[no] o meu
        } { $x }
        [fem] { $plural ->
            [yes] as minhas
           *[no] a minha
        } { $x }
       *[other] { $gender-unknown }
    }
}
np-their = { $case ->
    [gen] { $contraction-needed }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] os seus
           *[no] o seu
        } { $x }
        [fem] { $plural ->
            [yes] as suas
           *[no] a sua
        } { $x }
       *[other] { $gender-unknown }
    }
}
np-our = { $case ->
    [gen] { $contraction-needed }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] os nossos
           *[no] o nosso
        } { $x }
        [fem] { $plural ->
            [yes] as nossas
           *[no] a nossa
        } { $x }
       *[other] { $gender-unknown }
    }
}
np-this = { $case ->
    [gen] { $contraction-needed }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] estes
           *[no] este
        } { $x }
        [fem] { $plural ->
            [yes] estas
           *[no] esta
        } { $x }
       *[other] { $gender-unknown }
    }
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
ap-adv = { $adv } { $x }
vp-neg = { $neg ->
    [implicit] { $x }
    [plus] já não { $x }
    [jamais] nunca { $x }
   *[pas] { $form ->
        [pp] { $no-form }
        [ing] { $no-form }
       *[other] não { $x }
    }
}

## Noun phrases

pattern-number-of = Número de { $x }
    .x = bare gen
pattern-date-of = Data de { $x }
    .x = bare gen
pattern-expiry-date-of = Data de validade de { $x }
    .x = bare gen
pattern-count-of = Número de { $x }
    .x = bare gen
pattern-place-of = Local de { $x }
    .x = bare gen
pattern-amount-of = Montante de { $x }
    .x = bare gen
pattern-address-of = Morada de { $x }
    .x = bare gen
pattern-type-of = Tipo de { $x }
    .x = bare gen
pattern-list-of = Lista de { $x }
    .x = bare gen
pattern-copy-of = Cópia de { $x }
    .x = bare gen
pattern-list3 = { $x }, { $y } e { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } ou { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } e { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } ou { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Passo { $n } de { $m }
pattern-in-year = (em { $n })

## Field details

pattern-optional = { $x } (facultativo)
pattern-optional-alone = (facultativo)
pattern-required = { $x } (obrigatório)
pattern-less-than-months = { $x } com menos de { $n ->
    [one] 1 mês
   *[other] { $n } meses
}
pattern-digits = { $n ->
    [one] 1 algarismo
   *[other] { $n } algarismos
}
pattern-characters-max = { $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
} no máximo
pattern-characters-min = Pelo menos { $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
}
pattern-x-characters-min = { $x } ({ $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
} no mínimo)
pattern-expected-format = Formato esperado: { $t }
pattern-format = Formato: { $t }
pattern-example-of = Exemplo ({ $t }): { $u }
pattern-example = Exemplo: { $t }
pattern-max-size = Tamanho máximo permitido: { $t }
pattern-supported-formats = Formatos aceites: { $t }
pattern-in-progress = { $x } em curso
pattern-unavailable = { $x } indisponível
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
        [no] { $x } foi { $a }
       *[yes] { $agreement-unknown }
    }
   *[other] { $agreement-unknown }
}
pattern-with = Com { $x }
pattern-without = Sem { $x }
pattern-for = Para { $x }
pattern-yes-then = Sim, { $v }
pattern-no-then = Não, { $v }
pattern-thanks = Obrigado!
pattern-regards = Com os melhores cumprimentos,
pattern-hello = Bom dia,
pattern-warning = Atenção: { $p }
pattern-warning-v = Atenção: { $v }
pattern-information = Informação: { $p }
pattern-you-are-here = Está aqui
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = Sim
pattern-no-word = Não

## Questions

pattern-changed = { $x } { $x-plural ->
    [yes] mudaram
   *[no] mudou
}?
pattern-what-is = { $x-plural ->
    [yes] Quais são
   *[no] Qual é
} { $x }?
pattern-how = Como { $v }?
    .v = inf
pattern-do-you-have = Tem { $x }?
pattern-do-you-want = Pretende { $v }?
    .v = inf
pattern-would-you-like = Pretende { $v }?
    .v = inf
pattern-need-help = Precisa de ajuda?
pattern-need-help-to = Precisa de ajuda para { $v }?
    .v = inf
pattern-question-problem = Uma pergunta, um problema?
pattern-an-idea = Uma ideia?
pattern-did-you-mean = Queria escrever:

## Negations

pattern-i-have-no = Não tenho { $x }
    .x = bare
pattern-not-available = { $x } não { $x-plural ->
    [yes] estão disponíveis
   *[no] está disponível
}
pattern-is-required = { $x } { $x-plural ->
    [yes] são
   *[no] é
} { $x-gender ->
    [masc] { $x-plural ->
        [yes] obrigatórios
       *[no] obrigatório
    }
    [fem] { $x-plural ->
        [yes] obrigatórias
       *[no] obrigatória
    }
   *[other] { $gender-unknown }
}
pattern-not-valid = { $x } não { $x-plural ->
    [yes] são
   *[no] é
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
    [yes] expiraram
   *[no] expirou
}

## Sentences with a verb

pattern-please = Por favor, { $v }
    .v = imp
pattern-unable-to = Não é possível { $v }
    .v = inf
pattern-in-order-to = Para { $v }
    .v = inf
pattern-in-order-to-then = Para { $v }, { $w }
    .v = inf
    .w = imp
pattern-click = Clique em { $x }
    .x = bare gen
pattern-click-here-to = Clique aqui para { $v }
    .v = inf
pattern-and-then = { $v } e { $w }
pattern-or-then = { $v } ou { $w }
pattern-then = { $v } e depois { $w }
pattern-vp-list = { $v }, { $w }
pattern-ap-or = { $a } ou { $b }
pattern-ap-and = { $a } e { $b }
pattern-must-impersonal = É necessário { $v }
    .v = inf
pattern-contact = Contacte-nos

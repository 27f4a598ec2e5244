### Relais grammar, Romanian: each pattern of locales/fr/grammar.ftl in Romanian, and how Romanian
### builds noun and verb phrases. The definite article is a suffix, so a noun names its articulated
### forms in lexicon.ftl: .def (singular), .def-pl (plural); .pl is the plain plural; .gender is
### masc, fem or neut (a concept with no gender given gets "m", which no message here accepts
### where gender matters). A slot or verb object asks for the articulated form with `def`; a
### French article anywhere else is refused (np-def), never dropped. Verbs: value = the bare
### infinitive (without "a"), .imp = the polite imperative (dumneavoastră), .p2pl = the polite
### subjunctive after "să" (often the same). Past participles are not given: agreement with a
### subject is not guessed.
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = pl def p2pl imp pp ing past fut noun ger p1 p2 p3 p1pl p3pl
    .agrees = none
    .label = bare
    .button = imp
    .object = def
    .marks = . ? ! : … ,

## Noun phrases

np-def = { $head ->
    [date] { $x }
   *[other] { $case ->
        [def] { $x }
       *[other] { $article-needed }
    }
}
np-indef = { $case ->
    [def] { $article-needed }
   *[other] { $plural ->
        [yes] { $x }
       *[no] { $gender ->
            [masc] un { $x }
            [neut] un { $x }
            [fem] o { $x }
           *[other] { $gender-unknown }
        }
    }
}
# In a label the noun takes its definite form: its `.your` form (lexicon: "mesajul
# dumneavoastră"), given for a noun alone; without it the message refuses.
np-your = { $case ->
    [def] { $x } dumneavoastră
   *[other] { $your }
}
np-my = { $case ->
    [def] { $gender ->
        [masc] { $plural ->
            [yes] { $x } mei
           *[no] { $x } meu
        }
        [neut] { $plural ->
            [yes] { $x } mele
           *[no] { $x } meu
        }
        [fem] { $plural ->
            [yes] { $x } mele
           *[no] { $x } mea
        }
       *[other] { $gender-unknown }
    }
   *[other] { $article-needed }
}
np-their = { $case ->
    [def] { $x } lor
   *[other] { $article-needed }
}
np-our = { $case ->
    [def] { $gender ->
        [masc] { $plural ->
            [yes] { $x } noștri
           *[no] { $x } nostru
        }
        [neut] { $plural ->
            [yes] { $x } noastre
           *[no] { $x } nostru
        }
        [fem] { $plural ->
            [yes] { $x } noastre
           *[no] { $x } noastră
        }
       *[other] { $gender-unknown }
    }
   *[other] { $article-needed }
}
np-this = { $case ->
    [def] { $gender ->
        [masc] { $plural ->
            [yes] { $x } aceștia
           *[no] { $x } acesta
        }
        [neut] { $plural ->
            [yes] { $x } acestea
           *[no] { $x } acesta
        }
        [fem] { $plural ->
            [yes] { $x } acestea
           *[no] { $x } aceasta
        }
       *[other] { $gender-unknown }
    }
   *[other] { $gender ->
        [masc] { $plural ->
            [yes] acești
           *[no] acest
        } { $x }
        [neut] { $plural ->
            [yes] aceste
           *[no] acest
        } { $x }
        [fem] { $plural ->
            [yes] aceste
           *[no] această
        } { $x }
       *[other] { $gender-unknown }
    }
}
# np-num is refused: a count needs the noun form its number asks for (not given), and a
# number before a noun is often an example's value ("Exemple : 11 rue des Mimosas").
np-num = { $count-form-needed }
np-pp = { $x } { $prep } { $y }
# np-name is refused: a French word the parser takes for a name would be kept as written.
np-name = { $name-kept-in-french }
np-numbered = { $x } nr. { $n }

## Verb phrases

vp = { $verb } { $object }
vp-pp = { $x } { $prep } { $y }
vp-adv = { $x } { $adv }
ap-adv = { $adv } { $x }
vp-neg = { $neg ->
    [implicit] { $x }
    [plus] nu mai { $x }
   *[pas] { $form ->
        [p2pl] nu { $x }
       *[other] { $no-form }
    }
}

## Noun phrases: "de" + a noun without article ("număr de telefon")

pattern-number-of = Număr de { $x }
    .x = bare
pattern-date-of = Data de { $x }
    .x = bare
pattern-count-of = Număr de { $x }
    .x = bare
pattern-place-of = Locul de { $x }
    .x = bare
pattern-type-of = Tip de { $x }
    .x = bare
pattern-list3 = { $x }, { $y } și { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } sau { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } și { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } sau { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Pasul { $n } din { $m }
pattern-in-year = (în { $n })

## Field details (CLDR plural: one, few, other; "de" before a count of 20 and more)

pattern-optional = { $x } (opțional)
pattern-optional-alone = (opțional)
pattern-required = { $x } (obligatoriu)
pattern-less-than-months = { $x } din { $n ->
    [one] ultima lună
    [few] ultimele { $n } luni
   *[other] ultimele { $n } de luni
}
pattern-digits = { $n ->
    [one] 1 cifră
    [few] { $n } cifre
   *[other] { $n } de cifre
}
pattern-characters-max = Maximum { $n ->
    [one] 1 caracter
    [few] { $n } caractere
   *[other] { $n } de caractere
}
pattern-characters-min = Cel puțin { $n ->
    [one] 1 caracter
    [few] { $n } caractere
   *[other] { $n } de caractere
}
pattern-x-characters-min = { $x } (minimum { $n ->
    [one] 1 caracter
    [few] { $n } caractere
   *[other] { $n } de caractere
})
pattern-expected-format = Format așteptat: { $t }
pattern-format = Format: { $t }
pattern-example-of = Exemplu ({ $t }): { $u }
pattern-example = Exemplu: { $t }
pattern-max-size = Dimensiune maximă permisă: { $t }
pattern-supported-formats = Formate acceptate: { $t }
pattern-in-progress = { $x } în curs
pattern-with = Cu { $x }
    .x = bare
pattern-without = Fără { $x }
    .x = bare
pattern-yes-then = Da, { $v }
pattern-no-then = Nu, { $v }
pattern-thanks = Mulțumim!
pattern-regards = Cu stimă,
pattern-hello = Bună ziua,
pattern-warning = Atenție: { $p }
pattern-warning-v = Atenție: { $v }
pattern-information = Informație: { $p }
pattern-you-are-here = Vă aflați aici
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = Da
pattern-no-word = Nu

## Questions

pattern-changed = { $x } { $x-plural ->
    [yes] s-au
   *[no] s-a
} schimbat?
    .x = def
pattern-need-help = Aveți nevoie de ajutor?
pattern-question-problem = O întrebare, o problemă?
pattern-an-idea = O idee?

## Negations

pattern-i-have-no = Nu am { $x }
    .x = bare
pattern-is-required = { $x } { $x-plural ->
    [yes] sunt obligatorii
   *[no] este { $x-gender ->
        [masc] obligatoriu
        [neut] obligatoriu
        [fem] obligatorie
       *[other] { $gender-unknown }
    }
}
    .x = def
pattern-not-valid = { $x } nu { $x-plural ->
    [yes] sunt { $x-gender ->
        [masc] valizi
        [neut] valide
        [fem] valide
       *[other] { $gender-unknown }
    }
   *[no] este { $x-gender ->
        [masc] valid
        [neut] valid
        [fem] validă
       *[other] { $gender-unknown }
    }
}
    .x = def
pattern-expired = { $x } { $x-plural ->
    [yes] au
   *[no] a
} expirat
    .x = def

## Sentences with a verb

pattern-please = Vă rugăm să { $v }
    .v = p2pl
pattern-in-order-to = Pentru a { $v }
    .v = base
pattern-click = Faceți clic pe { $x }
    .x = bare
pattern-and-then = { $v } și { $w }
pattern-or-then = { $v } sau { $w }
pattern-vp-list = { $v }, { $w }
pattern-contact = Contactați-ne

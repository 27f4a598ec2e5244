### Relais grammar, Turkish: each pattern of locales/fr/grammar.ftl in Turkish, and how Turkish builds
### noun and verb phrases. No articles; a definite object takes the accusative (.object = acc: a
### noun needs .acc, .acc-pl there), an indefinite one is left bare, which the noun's rendering
### cannot do once it asked for the accusative, so "un X" as an object is refused. Compounds of
### two nouns are written in the patterns ("{ $x } numarası"); the possessive suffixes a noun takes
### are forms of the lexicon: .poss1 (my X: "vergi numaram"), .gen-pl (of the Xs). "Votre X" is
### rendered as X: Turkish form labels leave the reader's possessive out ("E-posta adresi").
### Verbs: value = the imperative as on a button (sen: "Kapat"), .imp the same, .p2pl = the polite
### imperative ("kapatın"), .base = the infinitive ("kapatmak").
### Machine-drafted by an AI model (Claude), December 2026; reviewed by nobody.

# .inflects lists every verb form too: a verb lacking the form asked for makes no translation
# (never its dictionary form in a participle's place).
grammar-meta =
    .inflects = pl acc gen poss1 p2pl imp pp ing past fut noun ger p1 p2 p3 p1pl p3pl
    .agrees = none
    .label = bare
    .button = imp
    .object = acc
    .marks = . ? ! : … ,

## Noun phrases

np-def = { $x }
np-indef = { $case ->
    [acc] { $bare-object-needed }
   *[other] { $plural ->
        [yes] { $x }
       *[no] bir { $x }
    }
}
np-your = { $x }
# my, our, their: a possessive suffix the noun's rendering does not give; refused, not dropped.
np-my = { $suffix-needed }
np-our = { $suffix-needed }
np-their = { $suffix-needed }
np-this = bu { $x }
# np-num is refused: a count needs the noun form its number asks for (not given), and a
# number before a noun is often an example's value ("Exemple : 11 rue des Mimosas").
np-num = { $count-form-needed }
np-adj = { $adj } { $x }
# np-name is refused: a French word the parser takes for a name would be kept as written.
np-name = { $name-kept-in-french }
np-numbered = { $x } no. { $n }

## Verb phrases

vp = { $object } { $verb }

## Noun phrases

pattern-number-of = { $x } numarası
    .x = bare
pattern-date-of = { $x } tarihi
    .x = bare
pattern-expiry-date-of = { $x } son geçerlilik tarihi
    .x = bare
pattern-count-of = { $x } sayısı
    .x = gen
pattern-place-of = { $x } yeri
    .x = bare
pattern-amount-of = { $x } tutarı
    .x = bare
pattern-address-of = { $x } adresi
    .x = bare
pattern-type-of = { $x } türü
    .x = bare
pattern-list3 = { $x }, { $y } ve { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-list3-or = { $x }, { $y } veya { $z }
    .x = inherit
    .y = inherit
    .z = inherit
pattern-and = { $x } ve { $y }
    .x = inherit
    .y = inherit
pattern-or = { $x } veya { $y }
    .x = inherit
    .y = inherit
pattern-slash = { $x } / { $y }
    .x = inherit
    .y = inherit
pattern-step-of = Adım { $n } / { $m }

## Field details (a noun after a number stays singular)

pattern-optional = { $x } (isteğe bağlı)
pattern-optional-alone = (isteğe bağlı)
pattern-required = { $x } (zorunlu)
pattern-less-than-months = { $n } aydan eski olmayan { $x }
    .x = bare
pattern-digits = { $n } rakam
pattern-characters-max = En fazla { $n } karakter
pattern-characters-min = En az { $n } karakter
pattern-x-characters-min = { $x } (en az { $n } karakter)
pattern-expected-format = Beklenen biçim: { $t }
pattern-format = Biçim: { $t }
pattern-example-of = Örnek ({ $t }): { $u }
pattern-example = Örnek: { $t }
pattern-max-size = İzin verilen en büyük boyut: { $t }
pattern-supported-formats = Desteklenen biçimler: { $t }
pattern-in-progress = { $x } devam ediyor
pattern-with = { $x } ile
pattern-without = { $x } olmadan
pattern-for = { $x } için
pattern-thanks = Teşekkürler!
pattern-hello = Merhaba,
pattern-warning = Dikkat: { $p }
pattern-warning-v = Dikkat: { $v }
pattern-information = Bilgi: { $p }
pattern-you-are-here = Buradasınız
pattern-label-dash = { $x } - { $y }
pattern-label-colon = { $x }: { $y }
pattern-yes-word = Evet
pattern-no-word = Hayır

## Questions

pattern-changed = { $x } değişti mi?
pattern-need-help = Yardıma mı ihtiyacınız var?
pattern-question-problem = Bir sorunuz veya sorununuz mu var?
pattern-an-idea = Bir fikriniz mi var?

## Negations

pattern-i-have-no = { $x } yok
    .x = bare poss1
pattern-not-valid = { $x } geçerli değil
pattern-is-required = { $x } zorunludur

## Sentences with a verb

pattern-please = Lütfen { $v }
    .v = p2pl
pattern-and-then = { $v } ve { $w }
pattern-contact = Bize ulaşın

//! The grammar on small data written here: French side, English and Russian (cases, gender).

use std::collections::HashMap;

use super::parse::Parser;
use super::render::{Source, Tongue};
use super::*;
use crate::ftl;
use crate::glossary::Glossary;
use crate::text::Folded;
use crate::units::units;

const FR_GRAMMAR: &str = "
pattern-number-of = Numéro de { $x }
    .forms = N° de { $x }
    .kind = np
pattern-optional = { $x } (facultatif)
pattern-less-than = { $x } de moins de { $n } mois
pattern-digits = { $n } chiffres
pattern-changed = { $x } a-t-il changé ?
    .forms = { $x } a-t-elle changé ?
pattern-have-no = Je n'ai pas de { $x }
pattern-please = Veuillez { $v }
";

const FR_LEXICON: &str = "
word-declaration = déclaration
    .pos = noun
word-perte = perte
    .pos = noun
word-fichier = fichier
    .pos = noun
word-supprimer = supprimer
    .pos = verb
    .imp = supprimez
    .pp = supprimé | supprimée
word-nouveau = nouveau
    .pos = adj
    .forms = nouvelle
    .place = before
";

const FR_GLOSSARY: &str = "
concept-justificatif-de-domicile = justificatif de domicile
    .domain = housing
concept-situation-familiale = situation familiale
    .domain = civil-status
concept-attestation = attestation
    .domain = documents
concept-enfant-a-charge = enfant à charge
    .domain = benefits
";

const EN_GRAMMAR: &str = "
grammar-meta =
    .inflects = pl
np-of = { $x } of { $y }
np-def = the { $x }
np-indef = { $plural ->
    [yes] { $x }
   *[no] a { $x }
}
np-your = your { $x }
np-adj = { $adj } { $x }
vp = { $verb } { $object }
pattern-number-of = { $x } number
    .x = bare
pattern-optional = { $x } (optional)
pattern-less-than = { $x } less than { $n ->
    [one] 1 month
   *[other] { $n } months
} old
pattern-digits = { $n ->
    [one] 1 digit
   *[other] { $n } digits
}
pattern-changed = Has { $x } changed?
pattern-have-no = I do not have { $x }
    .x = bare
pattern-please = Please { $v }
";

const EN_LEXICON: &str = "
word-declaration = declaration
    .pl = declarations
word-perte = loss
    .pl = losses
word-fichier = file
    .pl = files
word-supprimer = delete
    .pp = deleted
word-nouveau = new
concept-attestation = certificate
    .pl = certificates
";

const EN_GLOSSARY: &str = "
concept-justificatif-de-domicile = proof of address
    .pl = proofs of address
concept-situation-familiale = family situation
concept-attestation = certificate (attestation)
    .np = certificate
    .pl = certificates
concept-enfant-a-charge = dependent child
    .pl = dependent children
";

const RU_GRAMMAR: &str = "
grammar-meta =
    .inflects = gen acc pl
    .button = inf
np-of = { $x } { $y }
    .y = gen
np-your = { $case ->
    [gen] { $gender ->
        [f] вашей
       *[m] вашего
    }
   *[nom] { $gender ->
        [f] ваша
       *[m] ваш
    }
} { $x }
np-adj = { $adj } { $x }
vp = { $verb } { $object }
pattern-number-of = Номер { $x }
    .x = gen
pattern-less-than = { $x } не старше { $n ->
    [one] { $n } месяца
   *[other] { $n } месяцев
}
pattern-please = Пожалуйста, { $v }
    .v = imp
";

const RU_LEXICON: &str = "
word-declaration = заявление
    .gen = заявления
    .gender = n
word-perte = утрата
    .gen = утраты
    .gender = f
word-fichier = файл
    .gen = файла
    .acc = файл
    .gender = m
word-supprimer = удалить
    .imp = удалите
    .object = acc
";

const RU_GLOSSARY: &str = "
concept-justificatif-de-domicile = подтверждение адреса
    .gen = подтверждения адреса
concept-situation-familiale = семейное положение
    .gen = семейного положения
concept-attestation = справка
    .gen = справки
    .acc = справку
    .gender = f
";

struct Fixture {
    grammar: Grammar,
    glossary: Glossary,
    tongues: HashMap<&'static str, Tongue>,
}

fn fixture() -> Fixture {
    let grammar = Grammar::from_ftl(FR_GRAMMAR, FR_LEXICON).expect("French grammar");
    assert!(grammar.diagnostics.is_empty(), "{:?}", grammar.diagnostics);
    let glossary = Glossary::from_ftl(FR_GLOSSARY, "glossary.ftl").expect("glossary");
    let mut tongues = HashMap::new();
    for (lang, g, l, c) in [
        ("en", EN_GRAMMAR, EN_LEXICON, EN_GLOSSARY),
        ("ru", RU_GRAMMAR, RU_LEXICON, RU_GLOSSARY),
    ] {
        let lx = ftl::parse(l, "lexicon.ftl").expect("lexicon");
        let gl = ftl::parse(c, "glossary.ftl").expect("glossary");
        tongues.insert(
            lang,
            Tongue::load(lang, false, g, &lx, &gl).expect("tongue"),
        );
    }
    Fixture {
        grammar,
        glossary,
        tongues,
    }
}

/// The string rendered in `lang`, or `-` when it has no translation.
fn check(fx: &Fixture, lang: &str, text: &str, expected: &str) {
    let (us, _) = units(text);
    let mut f = Folded::default();
    f.fold(text);
    let mut concepts = HashMap::new();
    for m in fx.glossary.find_folded(&f, text) {
        let i = us.iter().position(|u| u.span().0 == m.start);
        let j = us.iter().position(|u| u.span().1 == m.end);
        if let (Some(i), Some(j)) = (i, j) {
            concepts.insert((i, j + 1), m.concept);
        }
    }
    let ids: Vec<(usize, String)> = concepts
        .values()
        .map(|&c| (c, fx.glossary.concepts()[c].id.clone()))
        .collect();
    let tree = Parser::new(&fx.grammar, &us, text, concepts)
        .concept_ids(ids)
        .parse();
    let src = Source {
        grammar: &fx.grammar,
        glossary: &fx.glossary,
        units: &us,
        text,
    };
    let got = tree
        .as_ref()
        .and_then(|t| fx.tongues[lang].render(&src, t))
        .unwrap_or_else(|| "-".into());
    assert_eq!(got, expected, "{lang}: {text:?} parsed as {tree:?}");
}

#[test]
fn patterns_noun_phrases_and_verbs_in_english() {
    let fx = fixture();
    check(
        &fx,
        "en",
        "Numéro de la déclaration de perte",
        "declaration of loss number",
    );
    check(&fx, "en", "N° du fichier", "file number");
    check(
        &fx,
        "en",
        "Justificatif de domicile de moins de 6 mois",
        "proof of address less than 6 months old",
    );
    check(
        &fx,
        "en",
        "Justificatif de domicile de moins de 1 mois",
        "proof of address less than 1 month old",
    );
    check(&fx, "en", "10 chiffres", "10 digits");
    check(
        &fx,
        "en",
        "Votre situation familiale a-t-elle changé ?",
        "Has your family situation changed?",
    );
    check(
        &fx,
        "en",
        "Je n'ai pas d'attestation",
        "I do not have certificate",
    );
    check(&fx, "en", "Supprimer le fichier", "delete the file");
    check(
        &fx,
        "en",
        "Veuillez supprimer vos fichiers",
        "Please delete your files",
    );
    check(&fx, "en", "Nouvelle déclaration", "new declaration");
    check(&fx, "en", "Fichier supprimé", "deleted file");
    check(
        &fx,
        "en",
        "Attestation (facultatif)",
        "certificate (optional)",
    );
}

#[test]
fn nothing_is_guessed() {
    let fx = fixture();
    // An unknown word anywhere: no translation.
    check(&fx, "en", "Numéro de la déclaration de vol", "-");
    check(&fx, "en", "Supprimer le fichier maintenant", "-");
    // A pattern the language has no wording for.
    check(&fx, "ru", "10 chiffres", "-");
}

#[test]
fn cases_and_gender_in_russian() {
    let fx = fixture();
    check(
        &fx,
        "ru",
        "Numéro de la déclaration de perte",
        "Номер заявления утраты",
    );
    check(
        &fx,
        "ru",
        "Justificatif de domicile de moins de 6 mois",
        "подтверждение адреса не старше 6 месяцев",
    );
    check(
        &fx,
        "ru",
        "Veuillez supprimer le fichier",
        "Пожалуйста, удалите файл",
    );
    check(&fx, "ru", "Supprimer le fichier", "удалить файл");
    // The word lacks the accusative this verb asks for: no translation rather than a wrong case.
    check(&fx, "ru", "Supprimer la déclaration", "-");
}

//! Recognition of the glossary's own surface forms in realistic labels and sentences, generated
//! from `locales/fr/glossary.ftl`: every form in five contexts (a form label with a required-field
//! star, capitals, a plural head noun, typographic apostrophes, an elided article), and inside
//! longer invented words where it must NOT match. Prints the figures; fails under 95 %.

use relais_core::glossary::Glossary;

fn glossary() -> Glossary {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/fr/glossary.ftl");
    let src = std::fs::read_to_string(path).expect("the French master is readable");
    Glossary::from_ftl(&src, "locales/fr/glossary.ftl").expect("the French master parses")
}

/// French plural of a head noun, as a portal would write it.
fn plural(word: &str) -> String {
    let acronym = word.chars().all(|c| c.is_uppercase());
    if acronym
        || word.ends_with(['s', 'x', 'z'])
        || !word.chars().all(char::is_alphabetic)
        || word.chars().count() < 3
    {
        word.to_string()
    } else if let Some(stem) = word.strip_suffix("al") {
        format!("{stem}aux")
    } else if word.ends_with("eau") || word.ends_with("au") {
        format!("{word}x")
    } else {
        format!("{word}s")
    }
}

fn contexts(form: &str) -> Vec<String> {
    let mut words: Vec<String> = form.split(' ').map(str::to_string).collect();
    let mut out = vec![
        format!("Veuillez indiquer votre {form} *"),
        format!("{} :", form.to_uppercase()),
        format!("Modifier : {}", form.replace('\'', "’")),
    ];
    if let Some(first) = words.first_mut() {
        *first = plural(first);
    }
    out.push(format!("Les {} ont été reçus.", words.join(" ")));
    let starts_with_vowel = form
        .chars()
        .next()
        .is_some_and(|c| "aeiouyéèêàâîôûAEIOUYÉÈ".contains(c));
    if starts_with_vowel {
        out.push(format!("Date d’{form} obligatoire"));
    } else {
        out.push(format!("Date de {form} obligatoire"));
    }
    out
}

#[test]
fn recognises_the_glossary_forms_in_context() {
    let g = glossary();
    let mut total = 0usize;
    let mut exact = 0usize;
    let mut failures = Vec::new();
    for (i, c) in g.concepts().iter().enumerate() {
        for form in std::iter::once(&c.label).chain(c.forms.iter()) {
            for sentence in contexts(form) {
                total += 1;
                let found = g.find(&sentence);
                if found.iter().any(|m| m.concept == i) {
                    exact += 1;
                } else {
                    let got: Vec<&str> = found
                        .iter()
                        .filter_map(|m| g.concept(m.concept).map(|k| k.id.as_str()))
                        .collect();
                    failures.push(format!("{}: {sentence:?} → {got:?}", c.id));
                }
            }
        }
    }
    let rate = exact as f64 / total as f64;
    eprintln!(
        "glossary recognition: {exact}/{total} = {:.2} % of surface forms recognised in context ({} concepts)",
        100.0 * rate,
        g.concepts().len()
    );
    for f in failures.iter().take(25) {
        eprintln!("  not recognised: {f}");
    }
    assert!(
        rate >= 0.95,
        "recognition {:.2} % is under 95 %",
        100.0 * rate
    );
}

#[test]
fn never_matches_inside_a_longer_word() {
    let g = glossary();
    let mut checked = 0;
    let mut bad = Vec::new();
    for (i, c) in g.concepts().iter().enumerate() {
        for form in std::iter::once(&c.label).chain(c.forms.iter()) {
            // One word of letters only: a form with a hyphen or a dot is several tokens anyway.
            if !form.chars().all(char::is_alphabetic) || form.chars().count() < 3 {
                continue;
            }
            for longer in [
                format!("pré{form}"),
                format!("{form}ique"),
                format!("xx{form}zz"),
            ] {
                checked += 1;
                if g.find(&format!("Le {longer} ici"))
                    .iter()
                    .any(|m| m.concept == i)
                {
                    bad.push(format!("{} matched inside {longer:?}", c.id));
                }
            }
        }
    }
    eprintln!(
        "inside longer words: {checked} checked, {} matched",
        bad.len()
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

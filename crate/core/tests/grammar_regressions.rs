//! Bad outputs of the grammar on real portal strings, each kept as a regression case: the English
//! the grammar gives alone (`relais translate --grammar-only`: the memory left out), or `-` where
//! it must give none (the overlay then shows key words). A wrong translation is worse than none.

use std::path::{Path, PathBuf};

use relais_core::glossary::Glossary;
use relais_core::locale::{Catalog, Locale, LocaleMeta};
use relais_core::{meaning, plain};

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn glossary() -> Glossary {
    Glossary::from_ftl(
        &read(&locales().join("fr/glossary.ftl")),
        "locales/fr/glossary.ftl",
    )
    .expect("the French master parses")
}

/// (French, the grammar's English or `-` for none.)
const CASES: &[(&str, &str)] = &[
    // A pattern of a date read a verb phrase ("Submitted on fichier").
    ("Déposer le fichier", "Upload the file"),
    ("Déposé le 12/03/2024", "-"),
    // déposer: its sense is its object's (a file is uploaded, an application submitted).
    ("Déposer un fichier", "Upload a file"),
    ("Déposer votre dossier", "Submit your file"),
    ("Déposer", "-"),
    ("Le déposer", "-"),
    // A present that is also an adjective read as a clause ("A phone number confirms").
    ("Un numéro de téléphone valide", "Valid phone number"),
    (
        "Format attendu : Un numéro de téléphone valide. Exemple : 0612345678",
        "Expected format: Valid phone number. Example: 0612345678",
    ),
    // A number the reading dropped ("Articles from the civil code").
    ("Articles 1984 et suivants du Code civil.", "-"),
    ("Articles 12 et du code", "-"),
    // A plural asked twice (the pattern's `.x = pl` and the noun's own) found no form.
    ("Nombre de dossiers", "Number of files"),
    ("Nombre de démarches", "Number of procedures"),
    ("Date de publication", "Publication date"),
];

#[test]
fn grammar_regressions_in_english() {
    let mut catalog = load_catalog(&locales(), &["en"]);
    catalog
        .meaning
        .as_mut()
        .expect("the French side")
        .grammar_only = true;
    let mut failures = Vec::new();
    for (fr, want) in CASES {
        let got = catalog
            .translate("en", fr)
            .map(|t| t.text.replace(['\u{2068}', '\u{2069}'], ""))
            .unwrap_or_else(|| "-".into());
        if got != *want {
            failures.push(format!("{fr:?}: got {got:?}, want {want:?}"));
        }
    }
    eprintln!(
        "grammar regressions: {} of {} pass",
        CASES.len() - failures.len(),
        CASES.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

// --- the catalog, read as `relais` reads it (copy of crate/cli/src/files.rs::load_catalog) ---

fn read_meta(dir: &Path, lang: &str) -> LocaleMeta {
    let p = dir.join(lang).join("meta.json");
    serde_json::from_str(&read(&p)).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The French master plus `langs` and English (the fallback), with each language's side of full
/// translations (memory, grammar) and the French side, when their files are there.
fn load_catalog(dir: &Path, langs: &[&str]) -> Catalog {
    let mut catalog = Catalog::new(glossary());
    if let Ok(words) = std::fs::read_to_string(dir.join("fr/common-words.txt")) {
        catalog.common_words = plain::CommonWords::parse(&words);
    }
    let mut wanted: Vec<&str> = langs.to_vec();
    wanted.extend(["en", "fr"]);
    for lang in wanted {
        if catalog.has(lang) {
            continue;
        }
        let meta = read_meta(dir, lang);
        let g = if lang == "fr" {
            String::new()
        } else {
            read(&dir.join(lang).join("glossary.ftl"))
        };
        let ui = read(&dir.join(lang).join("ui.ftl"));
        let rtl = meta.dir == "rtl";
        let mut locale =
            Locale::load(meta, &g, &ui).unwrap_or_else(|e| panic!("locales/{lang}: {e}"));
        if lang != "fr" {
            let optional =
                |f: &str| std::fs::read_to_string(dir.join(lang).join(f)).unwrap_or_default();
            let side = meaning::Side::load(
                lang,
                rtl,
                &optional("portals.ftl"),
                &optional("grammar.ftl"),
                &optional("lexicon.ftl"),
                &g,
            )
            .unwrap_or_else(|e| panic!("locales/{lang}: {e}"));
            locale.meaning = Some(side);
        }
        catalog.add(locale);
    }
    if dir.join("fr/portals.ftl").exists() {
        let optional =
            |f: &str| std::fs::read_to_string(dir.join("fr").join(f)).unwrap_or_default();
        catalog.meaning = Some(
            meaning::French::load(
                &optional("portals.ftl"),
                &optional("grammar.ftl"),
                &optional("lexicon.ftl"),
            )
            .expect("the French memory and grammar load"),
        );
    }
    catalog
}

//! What the integration tests share: the repository's `locales/` read as `relais` reads them.
//! (Each test file that needs it declares `mod support;`; not every one uses every function.)
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use relais_core::glossary::Glossary;
use relais_core::locale::{Catalog, Locale, LocaleMeta};
use relais_core::{meaning, plain};

pub fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The French master glossary.
pub fn glossary() -> Glossary {
    Glossary::from_ftl(
        &read(&locales().join("fr/glossary.ftl")),
        "locales/fr/glossary.ftl",
    )
    .expect("the French master parses")
}

// The catalog as crate/cli/src/files.rs::load_catalog builds it (the CLI reads files its own
// way, with errors rather than panics).

fn read_meta(dir: &Path, lang: &str) -> LocaleMeta {
    let p = dir.join(lang).join("meta.json");
    serde_json::from_str(&read(&p)).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The French master plus `langs` and English (the fallback), with each language's side of full
/// translations (memory, grammar) and the French side, when their files are there.
pub fn load_catalog(dir: &Path, langs: &[&str]) -> Catalog {
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

//! Reading the locale folder from disk: the catalog for `relais scan`, the quality gates for
//! `relais locales check`.

use std::path::{Path, PathBuf};

use relais_core::glossary::Glossary;
use relais_core::locale::{Catalog, Locale, LocaleMeta, LANGUAGES};
use relais_core::{facts, meaning, phrases, quality};

/// `--locales DIR`, else `./locales`, else the source tree's `locales/`.
pub fn locales_dir(arg: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(a) = arg {
        return Ok(a.to_path_buf());
    }
    let here = PathBuf::from("locales");
    if here.join("fr/glossary.ftl").exists() {
        return Ok(here);
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    if src.join("fr/glossary.ftl").exists() {
        return Ok(src);
    }
    Err("no locales folder found: pass --locales DIR".into())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn read_meta(dir: &Path, lang: &str) -> Result<LocaleMeta, String> {
    let p = dir.join(lang).join("meta.json");
    serde_json::from_str(&read(&p)?).map_err(|e| format!("{}: {e}", p.display()))
}

/// The French master plus `langs` and English (the fallback).
pub fn load_catalog(dir: &Path, langs: &[&str]) -> Result<Catalog, String> {
    let master = read(&dir.join("fr/glossary.ftl"))?;
    let glossary =
        Glossary::from_ftl(&master, "locales/fr/glossary.ftl").map_err(|e| e.to_string())?;
    let mut catalog = Catalog::new(glossary);
    if let Ok(words) = std::fs::read_to_string(dir.join("fr/common-words.txt")) {
        catalog.common_words = relais_core::plain::CommonWords::parse(&words);
    }
    let mut wanted: Vec<&str> = langs.to_vec();
    wanted.extend(["en", "fr"]);
    for lang in wanted {
        if catalog.has(lang) {
            continue;
        }
        let meta = read_meta(dir, lang)?;
        let g = if lang == "fr" {
            String::new()
        } else {
            read(&dir.join(lang).join("glossary.ftl"))?
        };
        let ui = read(&dir.join(lang).join("ui.ftl"))?;
        let rtl = meta.dir == "rtl";
        let mut locale = Locale::load(meta, &g, &ui).map_err(|e| e.to_string())?;
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
            .map_err(|e| e.to_string())?;
            locale.meaning = Some(side);
        }
        catalog.add(locale);
    }
    // The French side of full translations, when the master files are there.
    if dir.join("fr/portals.ftl").exists() {
        let optional =
            |f: &str| std::fs::read_to_string(dir.join("fr").join(f)).unwrap_or_default();
        catalog.meaning = Some(
            meaning::French::load(
                &optional("portals.ftl"),
                &optional("grammar.ftl"),
                &optional("lexicon.ftl"),
            )
            .map_err(|e| e.to_string())?,
        );
    }
    Ok(catalog)
}

/// Every quality gate on the locale folder `dir` (`relais locales check`): its problems and the
/// coverage table. `Err` only when the master or the English reference cannot be read.
pub fn check_dir(dir: &Path) -> Result<quality::Report, String> {
    let master = Glossary::from_ftl(
        &read(&dir.join("fr/glossary.ftl"))?,
        "locales/fr/glossary.ftl",
    )
    .map_err(|e| e.to_string())?;
    let reference = quality::ui_variables(&read(&dir.join("en/ui.ftl"))?, "locales/en/ui.ftl")
        .map_err(|e| e.to_string())?;
    let mut locales = Vec::new();
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        if !dir.join(lang).exists() {
            problems.push(format!("{lang}: no locale folder"));
            continue;
        }
        let meta = match read_meta(dir, lang) {
            Ok(m) => m,
            Err(e) => {
                problems.push(format!("{lang}: {e}"));
                continue;
            }
        };
        if meta.code != *lang {
            problems.push(format!("{lang}/meta.json: code is {}", meta.code));
        }
        let files = (|| -> Result<(String, String), String> {
            let g = if *lang == "fr" {
                String::new()
            } else {
                read(&dir.join(lang).join("glossary.ftl"))?
            };
            Ok((g, read(&dir.join(lang).join("ui.ftl"))?))
        })();
        let (g, ui) = match files {
            Ok(f) => f,
            Err(e) => {
                problems.push(format!("{lang}: {e}"));
                continue;
            }
        };
        match quality::read_locale(meta, &g, &ui) {
            Ok(mut l) => {
                // The translation memory is optional: a language without it has no full
                // translations, only key words.
                let portals = dir.join(lang).join("portals.ftl");
                if portals.exists() {
                    let file = format!("locales/{lang}/portals.ftl");
                    match read(&portals).and_then(|src| {
                        quality::read_portals(&src, &file).map_err(|e| e.to_string())
                    }) {
                        Ok(p) => l.portals = Some(p),
                        Err(e) => problems.push(e),
                    }
                }
                locales.push(l)
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    let mut report = quality::check(&master, &reference, &locales);
    report.problems.extend(problems);
    check_memory(dir, &locales, &mut report);
    check_facts(dir, &master, &mut report)?;
    report.problems.extend(check_phrases(dir, &locales));
    Ok(report)
}

/// The translation memory (`<lang>/portals.ftl`): every translation against the French master
/// (ids, variables, plural keys, nothing left in French), and the coverage table's `memory`.
fn check_memory(dir: &Path, locales: &[quality::LocaleFiles], report: &mut quality::Report) {
    let master_path = dir.join("fr/portals.ftl");
    if !master_path.exists() {
        for l in locales.iter().filter(|l| l.portals.is_some()) {
            report.problems.push(format!(
                "{}/portals.ftl: there is no French master fr/portals.ftl to translate",
                l.meta.code
            ));
        }
        return;
    }
    let master = read(&master_path).and_then(|src| {
        quality::read_portals(&src, "locales/fr/portals.ftl").map_err(|e| e.to_string())
    });
    match master {
        Ok(m) => quality::check_portals(&m, locales, report),
        Err(e) => report.problems.push(e),
    }
}

/// The sources of the master's facts: a fact-bearing explanation without `.source` and
/// `.checked` is refused; a source checked more than a year ago is a warning.
fn check_facts(dir: &Path, master: &Glossary, report: &mut quality::Report) -> Result<(), String> {
    let rules = facts::Rules::parse(&read(&dir.join("fr/facts.txt"))?)?;
    let definitional = facts::definitional(&read(&dir.join("fr/definitional.txt"))?);
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    let today = relais_journal::time::format_utc(now_ms)
        .get(..10)
        .unwrap_or("")
        .to_string();
    let f = facts::check(master, &rules, &definitional, &today);
    for (id, fired) in &f.unsourced {
        report.problems.push(format!(
            "fr: {id} states a fact ({}) without .source and .checked (locales/README.md, « Sources and dates »)",
            fired.join(", ")
        ));
    }
    report
        .problems
        .extend(f.problems.iter().map(|p| format!("fr: {p}")));
    for (id, checked) in &f.stale {
        report.warnings.push(format!(
            "fr: {id}: source checked on {checked}, more than a year ago: check it again"
        ));
    }
    report.facts = Some(f);
    Ok(())
}

/// The mediator's phrase cards: every language has every card of the French master.
fn check_phrases(dir: &Path, locales: &[quality::LocaleFiles]) -> Vec<String> {
    let mut problems = Vec::new();
    let book = |lang: &str| -> Result<phrases::PhraseBook, String> {
        let file = format!("locales/{lang}/phrases.ftl");
        phrases::PhraseBook::parse(&read(&dir.join(lang).join("phrases.ftl"))?, &file)
            .map_err(|e| e.to_string())
    };
    let master = match book("fr") {
        Ok(m) if m.len() >= 40 => m,
        Ok(m) => {
            return vec![format!(
                "fr/phrases.ftl: {} phrase cards, at least 40 wanted",
                m.len()
            )]
        }
        Err(e) => return vec![e],
    };
    for loc in locales {
        let lang = loc.meta.code.as_str();
        if lang == "fr" {
            continue;
        }
        match book(lang) {
            Ok(b) => problems.extend(phrases::check(&master, lang, &b, &loc.meta)),
            Err(e) => problems.push(format!("{lang}: {e}")),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped locales pass every quality gate; the coverage table is printed.
    #[test]
    fn shipped_locales_pass_the_quality_gates() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let report = check_dir(&dir).expect("locales readable");
        eprint!("{}", quality::coverage_table(&report.coverage));
        assert!(report.problems.is_empty(), "{:#?}", report.problems);
        assert_eq!(
            report.coverage.len(),
            LANGUAGES.len() - 1,
            "every language but the French master has a row"
        );
        // A language that has a translation memory translates every entry of the master.
        let master = std::fs::read_to_string(dir.join("fr/portals.ftl")).expect("fr/portals.ftl");
        let entries = quality::read_portals(&master, "fr/portals.ftl")
            .expect("the master parses")
            .len();
        for row in &report.coverage {
            if dir.join(&row.lang).join("portals.ftl").exists() {
                assert_eq!(
                    row.memory, entries,
                    "{}: {} of {entries} memory entries translated",
                    row.lang, row.memory
                );
            }
        }
    }
}

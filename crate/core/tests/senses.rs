//! The wrong-sense corpus (`tests/data/senses/cases.tsv`, issue 12): real portal strings, each with
//! a glossary concept that must not be shown there (`absent`: the form is there, its sense is
//! not) or must be (`present`: the right sense survives the rules). The sense rules that decide
//! are data (`.unless` / `.only` in `locales/fr/glossary.ftl`, see `crate::senses`).
//!
//! 1. `glossary_senses`: every case through the glossary matcher (`Glossary::find`).
//! 2. `every_language`: for each of the 17 languages, every `absent` case through what the
//!    overlay shows: the key words of a scan (`protocol::scan`) and the concepts of a full
//!    translation (`Catalog::translate`, from the memory or the grammar). The catalog is read from
//!    `locales/` by a copy of the `relais` tool's loader (`crate/cli/src/files.rs`): the core
//!    reads no files of its own.
//!
//! Both print their pass counts (`cargo test -p relais-core --test senses -- --nocapture`).

mod support;

use std::path::Path;

use relais_core::glossary::Glossary;
use relais_core::locale::LANGUAGES;
use relais_core::protocol::{self, Block, BlockKind};
use support::{load_catalog, locales, read};

fn glossary() -> Glossary {
    let g = support::glossary();
    assert!(
        g.diagnostics.is_empty(),
        "the French master has problems: {:#?}",
        g.diagnostics
    );
    g
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Absent,
    Present,
}

struct Case {
    line: usize,
    text: String,
    concept: String,
    expect: Expect,
    note: String,
}

/// Reads `cases.tsv` (tab-separated `text`, `concept`, `expect`, `note`, a header row) and checks
/// its own consistency: known concepts, known expectations, no text and concept twice (so never
/// both absent and present).
fn cases(g: &Glossary) -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/senses/cases.tsv");
    let src = read(&path);
    let mut out: Vec<Case> = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in src.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let [text, concept, expect, note] = cells[..] else {
            problems.push(format!("line {}: not 4 cells", n + 1));
            continue;
        };
        let expect = match expect {
            "absent" => Expect::Absent,
            "present" => Expect::Present,
            e => {
                problems.push(format!("line {}: expectation {e:?}", n + 1));
                continue;
            }
        };
        if g.index_of(concept).is_none() {
            problems.push(format!("line {}: no concept {concept:?}", n + 1));
        }
        if let Some(c) = out.iter().find(|c| c.text == text && c.concept == concept) {
            problems.push(format!(
                "line {}: same text and concept as line {} ({concept})",
                n + 1,
                c.line
            ));
        }
        out.push(Case {
            line: n + 1,
            text: text.to_string(),
            concept: concept.to_string(),
            expect,
            note: note.to_string(),
        });
    }
    assert!(problems.is_empty(), "cases.tsv: {problems:#?}");
    out
}

/// The concepts the matcher finds in `text`, by id.
fn found(g: &Glossary, text: &str) -> Vec<String> {
    g.find(text)
        .iter()
        .map(|m| g.concepts()[m.concept].id.clone())
        .collect()
}

#[test]
fn glossary_senses() {
    let g = glossary();
    let cases = cases(&g);
    let mut failures = Vec::new();
    let (mut absent, mut absent_ok, mut present, mut present_ok) = (0, 0, 0, 0);
    for c in &cases {
        let got = found(&g, &c.text);
        let has = got.contains(&c.concept);
        let ok = match c.expect {
            Expect::Absent => {
                absent += 1;
                absent_ok += usize::from(!has);
                !has
            }
            Expect::Present => {
                present += 1;
                present_ok += usize::from(has);
                has
            }
        };
        if !ok {
            failures.push(format!(
                "line {}: {} must be {:?} in {:?} ({}); found {got:?}",
                c.line, c.concept, c.expect, c.text, c.note
            ));
        }
    }
    eprintln!(
        "senses corpus: absent {absent_ok}/{absent} pass, present {present_ok}/{present} pass"
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_language() {
    let dir = locales();
    let g = glossary();
    let absent: Vec<Case> = cases(&g)
        .into_iter()
        .filter(|c| c.expect == Expect::Absent)
        .collect();
    let mut failures = Vec::new();
    // Per language: the absent cases that neither the key words nor a full translation's concepts
    // show, and how many of those texts had a full translation at all.
    let mut table = String::from("lang     absent passed  with a full translation\n");
    for &lang in LANGUAGES {
        let catalog = load_catalog(&dir, &[lang]);
        let (mut pass, mut translated) = (0, 0);
        for c in &absent {
            let block = Block {
                id: "b".into(),
                kind: BlockKind::Label,
                text: c.text.clone(),
            };
            let reply = protocol::scan(&catalog, lang, std::slice::from_ref(&block), None);
            let in_keywords = reply.results[0]
                .terms
                .iter()
                .any(|t| t.concept == c.concept);
            let translation = catalog.translate(lang, &c.text);
            translated += usize::from(translation.is_some());
            let in_translation = translation
                .as_ref()
                .is_some_and(|t| t.concepts.contains(&c.concept));
            if in_keywords || in_translation {
                failures.push(format!(
                    "{lang}: line {}: {} shown in {:?} ({}{})",
                    c.line,
                    c.concept,
                    c.text,
                    if in_keywords { "key words" } else { "" },
                    if in_translation { " translation" } else { "" },
                ));
            } else {
                pass += 1;
            }
        }
        table.push_str(&format!(
            "{lang:<8} {pass:>6}/{:<6} {translated:>10}\n",
            absent.len()
        ));
    }
    eprint!("{table}");
    assert!(
        failures.is_empty(),
        "{} failures: {failures:#?}",
        failures.len()
    );
}

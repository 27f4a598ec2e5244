//! Recall, keep rate and precision of the anonymiser on two annotated corpora (the format and the
//! measures are described in `relais_research::anonymise::evaluate`):
//!
//! - `tests/data/pii/corpus.txt`, written by hand together with the rules;
//! - `tests/data/pii/generated.txt`, written by `tests/generator/generate_corpus.py` from name lists
//!   the rules never see (the held-out half of open-data lists) and templates modelled on real
//!   letters: the rules did not write it.
//!
//! The tables are printed on every run, even under a plain `cargo test`. Thresholds: on the
//! hand-written corpus, recall ≥ 99 % overall and 100 % for NIR, IBAN, e-mail and phone, precision
//! ≥ 95 %; on both corpora, recall ≥ 0.99 and keep rate ≥ 0.95.

use std::io::Write;

use relais_research::anonymise::anonymise;
use relais_research::anonymise::evaluate::{parse, score, Item};
use relais_research::anonymise::PiiKind;

const CORPUS: &str = include_str!("data/pii/corpus.txt");
const GENERATED: &str = include_str!("data/pii/generated.txt");

fn items(corpus: &str) -> Vec<Item> {
    parse(corpus).unwrap_or_else(|e| panic!("corpus: {e}"))
}

/// Written to the stderr handle, not with eprintln!, so that the test harness does not capture
/// it: the table shows on a plain `cargo test`.
fn show(table: &str) {
    let _ = std::io::stderr().write_all(table.as_bytes());
}

#[test]
fn corpus_recall_and_precision() {
    let items = items(CORPUS);
    let s = score(&items);
    let table = s.table("anonymiser corpus (hand-written, tests/data/pii/corpus.txt)");
    show(&table);
    assert!(
        items.len() >= 200,
        "the corpus must hold at least 200 items"
    );
    let recall = s.recall();
    let precision = s.precision();
    assert!(recall >= 0.99, "overall recall {recall:.3} < 0.99{table}");
    assert!(
        precision >= 0.95,
        "overall precision {precision:.3} < 0.95{table}"
    );
    assert!(
        s.keep_rate() >= 0.95,
        "keep rate {:.3} < 0.95{table}",
        s.keep_rate()
    );
    for k in [PiiKind::Nir, PiiKind::Iban, PiiKind::Email, PiiKind::Phone] {
        let r = &s.by_kind[&k];
        assert_eq!(
            r.recalled,
            r.expected,
            "recall of {} must be 100 %{table}",
            k.label()
        );
    }
}

#[test]
fn generated_corpus_recall_and_keep_rate() {
    let items = items(GENERATED);
    let s = score(&items);
    let table =
        s.table("anonymiser corpus (generated from held-out names, tests/data/pii/generated.txt)");
    show(&table);
    assert!(
        items.len() >= 1000,
        "the generated corpus must hold at least 1,000 items"
    );
    assert!(s.recall() >= 0.99, "recall {:.3} < 0.99{table}", s.recall());
    assert!(
        s.keep_rate() >= 0.95,
        "keep rate {:.3} < 0.95{table}",
        s.keep_rate()
    );
}

#[test]
fn administrative_words_survive() {
    for s in [
        "Numéro allocataire",
        "Préfecture de Seine-Saint-Denis",
        "Numéro étranger",
        "Madame, Monsieur,",
        "Madame la Préfète de la Seine-Saint-Denis",
        "Caisse d'allocations familiales de Paris",
        "Cerfa n° 15186*03",
        "Appelez le 3949",
        "Titre de séjour pluriannuel",
        "Direction départementale de l'emploi, du travail et des solidarités",
    ] {
        assert_eq!(anonymise(s), s);
    }
}

#[test]
fn anonymising_twice_changes_nothing() {
    for it in items(CORPUS).into_iter().chain(items(GENERATED)) {
        let once = anonymise(&it.input);
        assert_eq!(anonymise(&once), once, "line {}", it.line);
    }
}

#[test]
fn the_corpus_format_round_trips() {
    for it in items(CORPUS).into_iter().chain(items(GENERATED)) {
        let mut rebuilt = String::new();
        let mut last = 0;
        for s in &it.spans {
            rebuilt.push_str(&it.input[last..s.start]);
            rebuilt.push_str(s.kind.placeholder());
            last = s.end;
        }
        rebuilt.push_str(&it.input[last..]);
        assert_eq!(rebuilt, it.expected_output, "line {}", it.line);
    }
}

//! Native glossary matching throughput, printed by `./build.sh bench`.
//!
//! Builds about 1 MB of French portal text (labels, hints and messages of the fixture pages and
//! the glossary's own explanations, repeated) and matches it line by line, as the extension
//! matches blocks. Prints MB/s (median of 7 runs).
//!
//! `cargo run --release -p relais-core --example match_throughput -- locales/fr/glossary.ftl`

use std::time::Instant;

use relais_core::glossary::Glossary;
use relais_core::text::Folded;

fn main() -> Result<(), String> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "locales/fr/glossary.ftl".into());
    let src = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let g = Glossary::from_ftl(&src, &path).map_err(|e| e.to_string())?;
    // Realistic lines: every French form in a sentence, plus every explanation.
    let mut lines: Vec<String> = Vec::new();
    for c in g.concepts() {
        lines.push(format!("Veuillez indiquer votre {} *", c.label));
        lines.push(format!(
            "Date d’expiration de votre {} (obligatoire)",
            c.label
        ));
        if let Some(e) = &c.explain {
            lines.push(e.clone());
        }
    }
    let one: usize = lines.iter().map(|l| l.len() + 1).sum();
    let repeat = (1_000_000 / one.max(1)) + 1;
    let corpus: Vec<&str> = (0..repeat)
        .flat_map(|_| lines.iter().map(String::as_str))
        .collect();
    let bytes: usize = corpus.iter().map(|l| l.len() + 1).sum();
    let mut runs = Vec::new();
    let mut found = 0;
    for _ in 0..7 {
        let t = Instant::now();
        // As a batch of blocks is matched: one folding buffer for all of them.
        let mut f = Folded::default();
        found = corpus
            .iter()
            .map(|l| {
                f.fold(l);
                g.find_folded(&f, l).len()
            })
            .sum::<usize>();
        runs.push(t.elapsed().as_secs_f64());
    }
    runs.sort_by(f64::total_cmp);
    let median = runs[runs.len() / 2];
    println!(
        "native matching: {:.2} MB of French portal text, {} concepts, {} matches, median {:.1} ms, {:.1} MB/s",
        bytes as f64 / 1e6,
        g.concepts().len(),
        found,
        median * 1e3,
        bytes as f64 / 1e6 / median
    );
    Ok(())
}

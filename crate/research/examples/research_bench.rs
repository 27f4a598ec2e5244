//! Research aggregation and anonymiser benchmark.
//!
//! 1. Generates 1,000,000 research records from 5,000 contributors (200 each, in exports of
//!    50) into JSON Lines files in a temporary folder, plus one file that sends 20 exports a
//!    second time and a few broken lines;
//! 2. aggregates them with the streaming engine, printing records per second and peak memory
//!    (VmHWM of /proc/self/status, measured before anything else is allocated);
//! 3. anonymises about 10 MB of realistic text (the lines of the PII corpus, repeated), printing
//!    MB/s; then prints recall and keep rate on the hand-written corpus and on the generated one
//!    (names the rules never saw).
//!
//! `cargo run --release -p relais-research --example research_bench -- [--records N]
//! [--contributors N] [--out DIR]` (`--out` also writes the CSV tables, charts and report there).

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::time::Instant;

use relais_research::aggregate::{Aggregator, Options};
use relais_research::anonymise::{anonymise, evaluate};
use relais_research::input::Issue;
use relais_research::records::{
    departements, hour_of_unix, BrowserFamily, FailureKind, ResearchRecord, SCHEMA_VERSION,
};

/// splitmix64: a small, good-enough generator, so the benchmark needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// An index drawn with the given weights.
    fn weighted(&mut self, w: &[u64]) -> usize {
        let total: u64 = w.iter().sum();
        let mut r = self.below(total);
        for (i, &x) in w.iter().enumerate() {
            if r < x {
                return i;
            }
            r -= x;
        }
        0
    }

    fn hex(&mut self) -> String {
        format!("{:016x}{:016x}", self.next(), self.next())
    }
}

const PORTALS: &[(&str, u64, &[&str])] = &[
    (
        "anef",
        30,
        &[
            "titre-sejour-renouvellement",
            "titre-sejour-premiere-demande",
            "naturalisation",
            "changement-adresse",
        ],
    ),
    (
        "rdv-prefecture",
        20,
        &["retrait-titre", "depot-dossier", "permis-conduire-echange"],
    ),
    (
        "caf",
        18,
        &[
            "demande-rsa",
            "demande-apl",
            "declaration-trimestrielle",
            "changement-situation",
        ],
    ),
    (
        "ameli",
        10,
        &[
            "attestation-droits",
            "carte-vitale",
            "complementaire-sante-solidaire",
        ],
    ),
    (
        "france-travail",
        9,
        &["inscription", "actualisation", "attestation-employeur"],
    ),
    (
        "impots",
        7,
        &["declaration-revenus", "avis-situation", "paiement"],
    ),
    (
        "ants",
        5,
        &["carte-identite", "passeport", "permis-conduire"],
    ),
    ("demarches-simplifiees", 1, &["demande-generique"]),
];

const KIND_WEIGHTS: [u64; 13] = [30, 6, 5, 10, 9, 8, 6, 4, 5, 5, 6, 3, 3];

const MESSAGES: &[&str] = &[
    "Aucun créneau n'est disponible pour le moment. Veuillez réessayer ultérieurement.",
    "Le service est momentanément indisponible (erreur 503).",
    "Votre session a expiré, veuillez vous reconnecter.",
    "Le fichier dépasse la taille maximale autorisée (10 Mo).",
    "Votre demande [n° [REF]] a bien été enregistrée.",
    "Identifiant ou mot de passe incorrect.",
    "Une erreur technique est survenue. Code erreur : 500.",
    "Votre compte est verrouillé après 5 tentatives infructueuses.",
    "",
];

fn vm_hwm_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() -> Result<(), String> {
    let mut records: u64 = 1_000_000;
    let mut contributors: u64 = 5_000;
    let mut out_dir = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut num = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<u64>().ok())
                .ok_or(format!("{name} needs a number"))
        };
        match a.as_str() {
            "--records" => records = num("--records")?,
            "--contributors" => contributors = num("--contributors")?.max(1),
            "--out" => out_dir = Some(args.next().ok_or("--out needs a folder")?),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    let dir = std::env::temp_dir().join(format!("relais-research-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;

    // 1. Generate. Each contributor lives in one département (or gives none), uses one browser,
    //    and mostly one portal.
    let t = Instant::now();
    let per = records / contributors;
    let files = 10u64;
    let mut writers = Vec::new();
    for f in 0..files {
        let p = dir.join(format!("exports-{f:02}.jsonl"));
        writers.push(BufWriter::with_capacity(
            1 << 20,
            File::create(&p).map_err(|e| format!("{}: {e}", p.display()))?,
        ));
    }
    let mut rng = Rng(2024);
    let depts = departements();
    let start = 1_704_067_200i64; // 2024-01-01T00:00:00Z
    let portal_weights: Vec<u64> = PORTALS.iter().map(|p| p.1).collect();
    let mut bytes = 0u64;
    let mut kept_for_duplicates = Vec::new();
    let mut written = 0u64;
    for c in 0..contributors {
        let contributor = rng.hex();
        let dept = (rng.below(10) < 7).then(|| {
            // Half of the contributors in the ten most populated départements of the sample.
            let i = if rng.below(2) == 0 {
                [92usize, 74, 12, 59, 68, 94, 93, 32, 13, 77][rng.below(10) as usize]
            } else {
                rng.below(depts.len() as u64) as usize
            };
            depts[i.min(depts.len() - 1)].clone()
        });
        let browser = [
            BrowserFamily::Chrome,
            BrowserFamily::Firefox,
            BrowserFamily::Edge,
            BrowserFamily::Safari,
            BrowserFamily::Chromium,
        ][rng.weighted(&[55, 25, 12, 5, 3])];
        let main_portal = rng.weighted(&portal_weights);
        let n = if c == contributors - 1 {
            records - per * (contributors - 1)
        } else {
            per
        };
        let mut export = rng.hex();
        let w = &mut writers[(c % files) as usize];
        for i in 0..n {
            if i % 50 == 0 && i > 0 {
                export = rng.hex();
            }
            let pi = if rng.below(10) < 8 {
                main_portal
            } else {
                rng.weighted(&portal_weights)
            };
            let (portal, _, procs) = PORTALS[pi];
            let (hour_utc, weekday) = hour_of_unix(start + rng.below(26 * 7 * 24) as i64 * 3600);
            let r = ResearchRecord {
                schema_version: SCHEMA_VERSION,
                contributor_id: contributor.clone(),
                export_id: export.clone(),
                portal: portal.into(),
                procedure: procs[rng.below(procs.len() as u64) as usize].into(),
                failure_kind: FailureKind::ALL[rng.weighted(&KIND_WEIGHTS)],
                message: MESSAGES[rng.below(MESSAGES.len() as u64) as usize].into(),
                hour_utc,
                weekday,
                departement: dept.clone(),
                attempt_count: 1 + rng.below(8) as u32,
                browser_family: browser,
                extension_version: "0.1.0".into(),
            };
            let line = r.to_json_line();
            bytes += line.len() as u64 + 1;
            writeln!(w, "{line}").map_err(|e| e.to_string())?;
            written += 1;
            if c < 20 && i < 50 {
                kept_for_duplicates.push(line);
            }
        }
    }
    // The same 20 exports sent a second time, and a few broken lines.
    let dup_path = dir.join("resent.jsonl");
    let mut dup = BufWriter::new(File::create(&dup_path).map_err(|e| e.to_string())?);
    for l in &kept_for_duplicates {
        writeln!(dup, "{l}").map_err(|e| e.to_string())?;
    }
    writeln!(dup, "{{\"schema_version\": 1, \"truncated").map_err(|e| e.to_string())?;
    dup.write_all(b"\xff\xfe not utf-8\n")
        .map_err(|e| e.to_string())?;
    for w in writers.iter_mut().chain(std::iter::once(&mut dup)) {
        w.flush().map_err(|e| e.to_string())?;
    }
    drop(writers);
    drop(dup);
    drop(kept_for_duplicates);
    println!("generated {written} records from {contributors} contributors ({:.0} MB of JSON Lines) in {:.1} s", bytes as f64 / 1e6, t.elapsed().as_secs_f64());

    // 2. Aggregate. Writing 5 to clear_refs resets the peak (Linux 4.0+), so that VmHWM below is
    //    the peak of the aggregation alone (plus what the process already held).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let hwm_before = vm_hwm_kb().unwrap_or(0);
    let t = Instant::now();
    let mut agg = Aggregator::new(Options::default());
    let mut issues = 0u64;
    let mut sink = |_: &Issue| issues += 1;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in &paths {
        let f = File::open(p).map_err(|e| format!("{}: {e}", p.display()))?;
        agg.add_source(
            &p.display().to_string(),
            BufReader::with_capacity(256 * 1024, f),
            &mut sink,
        );
    }
    let result = agg.finish();
    let secs = t.elapsed().as_secs_f64();
    let hwm_after = vm_hwm_kb().unwrap_or(0);
    let lines = result.stats.lines;
    println!("{}", result.summary());
    println!(
        "aggregation: {lines} lines in {secs:.2} s = {:.0} records/s ({:.1} MB/s); {issues} issues; peak memory (VmHWM) {:.1} MB{}",
        lines as f64 / secs,
        bytes as f64 / 1e6 / secs,
        hwm_after as f64 / 1024.0,
        if reset { format!(" (peak reset before aggregating, at {:.1} MB)", hwm_before as f64 / 1024.0) } else { " (peak of the whole run: clear_refs unavailable)".into() }
    );
    if let Some(out) = &out_dir {
        std::fs::create_dir_all(out).map_err(|e| format!("{out}: {e}"))?;
        for t in &result.tables {
            std::fs::write(format!("{out}/{}", t.id.file_name()), t.to_csv())
                .map_err(|e| e.to_string())?;
        }
        // Charts and the HTML report are the CLI's (`relais research aggregate --out`).
        println!("wrote the tables to {out}");
    }
    let _ = std::fs::remove_dir_all(&dir);

    // 3. Anonymiser throughput on the corpus lines, repeated to about 10 MB; then recall and keep
    //    rate on the hand-written corpus and on the generated one (held-out names).
    let corpus = include_str!("../tests/data/pii/corpus.txt");
    let items = evaluate::parse(corpus)?;
    let lines: Vec<String> = items.iter().map(|i| i.input.clone()).collect();
    let one: usize = lines.iter().map(|l| l.len() + 1).sum();
    let repeat = 10_000_000 / one.max(1) + 1;
    let text: Vec<&str> = (0..repeat)
        .flat_map(|_| lines.iter().map(String::as_str))
        .collect();
    let total: usize = text.iter().map(|l| l.len() + 1).sum();
    let mut runs = Vec::new();
    let mut out_bytes = 0;
    for _ in 0..3 {
        let t = Instant::now();
        out_bytes = text.iter().map(|l| anonymise(l).len() + 1).sum::<usize>();
        runs.push(t.elapsed().as_secs_f64());
    }
    runs.sort_by(f64::total_cmp);
    let median = runs[1];
    println!(
        "anonymiser: {:.1} MB of French portal text and notes ({} lines), median of 3 runs {:.2} s = {:.1} MB/s (output {:.1} MB)",
        total as f64 / 1e6,
        text.len(),
        median,
        total as f64 / 1e6 / median,
        out_bytes as f64 / 1e6
    );
    let generated = evaluate::parse(include_str!("../tests/data/pii/generated.txt"))?;
    for (name, items) in [
        ("hand-written corpus", &items),
        ("generated corpus (held-out names)", &generated),
    ] {
        let s = evaluate::score(items);
        println!("anonymiser, {name}: {} items, {}", items.len(), s.summary());
    }
    Ok(())
}

//! Generates research exports to check the SQL aggregation against `relais research aggregate`
//! (`crate/research/sql/check.sh`).
//!
//! `cargo run --release -p relais-research --example research_gen -- --out DIR [--seed N]
//! [--records N] [--contributors N] [--files N] [--k N] [--tail-procedures N] [--tail-portals N]`
//!
//! What it writes, all from the seed: JSON Lines files `exports-NN.jsonl` of whole exports
//! (several portals, their procedures, a long tail of rare procedures and portals for the
//! `_other` buckets, 13 kinds, a département or none, hours spread over 2020-11 to 2027-02 with
//! more around each new year, where ISO years and calendar years part); contributors with one to
//! dozens of exports, every one of them with a record in one hot cell (more than 1,000
//! contributors: the cap); exports sent twice (in another file, sorted before or after, or later
//! in the same file); a few records reusing another contributor's export id; a few broken and
//! blank lines; and a portal `seuil` whose cells have k − 1, k and k + 1 contributors
//! (`000-seuil.jsonl`).

use std::fs::File;
use std::io::{BufWriter, Write};

use relais_journal::time::days_from_civil;
use relais_research::records::{
    departements, hour_of_unix, BrowserFamily, FailureKind, ResearchRecord, SCHEMA_VERSION,
};

/// splitmix64.
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
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn weighted(&mut self, w: &[u64]) -> usize {
        let mut r = self.below(w.iter().sum());
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
        ],
    ),
    (
        "rdv-prefecture",
        20,
        &["retrait-titre", "depot-dossier", "unknown"],
    ),
    (
        "caf",
        18,
        &["demande-rsa", "demande-apl", "declaration-trimestrielle"],
    ),
    ("ameli", 10, &["attestation-droits", "carte-vitale"]),
    ("france-travail", 9, &["inscription", "actualisation"]),
    ("impots", 7, &["declaration-revenus", "paiement"]),
    ("ants", 5, &["carte-identite", "passeport"]),
    ("other", 1, &["unknown"]),
];

const KIND_WEIGHTS: [u64; 13] = [30, 6, 5, 10, 9, 8, 6, 4, 5, 5, 6, 3, 3];

/// Some need JSON escapes (a quote, a backslash): those lines are read the slow way.
const MESSAGES: &[&str] = &[
    "Aucun créneau n'est disponible pour le moment. Veuillez réessayer ultérieurement.",
    "Le service est momentanément indisponible (erreur 503).",
    "Votre session a expiré, veuillez vous reconnecter.",
    "Le fichier dépasse la taille maximale autorisée (10 Mo).",
    "Votre demande [n° [REF]] a bien été enregistrée.",
    "Le champ \"Date d'entrée\" est obligatoire.",
    "Chemin C:\\Documents refusé",
    "",
];

fn main() -> Result<(), String> {
    let mut seed = 1u64;
    let mut records = 20_000u64;
    let mut contributors = 0u64;
    let mut files = 8u64;
    let mut k = 5u64;
    let mut tail_procedures = 0u64;
    let mut tail_portals = 0u64;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut num = || {
            args.next()
                .and_then(|v| v.parse::<u64>().ok())
                .ok_or(format!("{a} needs a number"))
        };
        match a.as_str() {
            "--seed" => seed = num()?,
            "--records" => records = num()?,
            "--contributors" => contributors = num()?,
            "--files" => files = num()?.max(1),
            "--k" => k = num()?.max(1),
            "--tail-procedures" => tail_procedures = num()?,
            "--tail-portals" => tail_portals = num()?,
            "--out" => out = args.next(),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    if contributors == 0 {
        contributors = (records / 12).max(1);
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{out}: {e}"))?;
    let open = |name: &str| -> Result<BufWriter<File>, String> {
        let p = format!("{out}/{name}");
        Ok(BufWriter::with_capacity(
            1 << 20,
            File::create(&p).map_err(|e| format!("{p}: {e}"))?,
        ))
    };
    let mut writers: Vec<BufWriter<File>> = (0..files)
        .map(|f| open(&format!("exports-{f:02}.jsonl")))
        .collect::<Result<_, _>>()?;
    // Exports sent again: in a file read first, one read last, or later in the same file.
    let mut resent_first = open("00-resent.jsonl")?;
    let mut resent_last = open("zz-resent.jsonl")?;
    let mut later: Vec<Vec<String>> = vec![Vec::new(); files as usize];

    let mut rng = Rng(seed);
    let depts: Vec<String> = departements()
        .into_iter()
        .filter(|d| d != "974" && d != "976")
        .collect();
    let weights: Vec<u64> = PORTALS.iter().map(|p| p.1).collect();
    // 2020-11-01 to 2027-02-28.
    let first_day = 18_567i64;
    let last_day = 20_877i64;
    let mut written = 0u64;
    let mut lines = 0u64;
    let mean = records as f64 / contributors as f64;
    let mut c = 0u64;
    while written < records {
        c += 1;
        let contributor = rng.hex();
        let home = rng
            .chance(0.7)
            .then(|| depts[rng.below(depts.len() as u64) as usize].clone());
        let browser = BrowserFamily::ALL[rng.weighted(&[40, 10, 12, 25, 5, 3, 5])];
        let version = ["0.1.0", "0.2.0", "0.2.1-beta.1"][rng.weighted(&[3, 6, 1])];
        let main = rng.weighted(&weights);
        // Heavy-tailed: most send a few records, some send hundreds.
        let target = ((mean * 0.5 / (1.0 - rng.unit()).sqrt()).ceil() as u64)
            .clamp(1, (mean * 40.0) as u64 + 1)
            .min(records - written);
        let mut left = target;
        let mut first_record = true;
        while left > 0 {
            let size = (1 + rng.below(60)).min(left);
            left -= size;
            let export = rng.hex();
            let dept = home.clone().filter(|_| rng.chance(0.85));
            let day = if rng.chance(0.4) {
                // Around a new year (20 December to 7 January).
                let y = 2020 + rng.below(7) as i64;
                days_from_civil(y, 12, 20) + rng.below(19) as i64
            } else {
                first_day + rng.below((last_day - first_day) as u64) as i64
            };
            let mut export_lines = Vec::new();
            for i in 0..size {
                let (portal, procedure, kind) = if first_record {
                    first_record = false;
                    (
                        "anef".to_string(),
                        "titre-sejour-renouvellement".to_string(),
                        FailureKind::NoSlot,
                    )
                } else {
                    let pi = if rng.chance(0.75) {
                        main
                    } else {
                        rng.weighted(&weights)
                    };
                    let (p, _, procs) = PORTALS[pi];
                    let portal = if tail_portals > 0 && rng.chance(0.02) {
                        format!("portail-{}", rng.below(tail_portals))
                    } else {
                        p.to_string()
                    };
                    let procedure = if tail_procedures > 0 && rng.chance(0.05) {
                        format!("demarche-{}", rng.below(tail_procedures))
                    } else {
                        procs[rng.below(procs.len() as u64) as usize].to_string()
                    };
                    (
                        portal,
                        procedure,
                        FailureKind::ALL[rng.weighted(&KIND_WEIGHTS)],
                    )
                };
                let d = (day + rng.below(15) as i64).min(last_day);
                let hour = [7u64, 8, 9, 10, 11, 14, 15, 16, 22][rng.below(9) as usize]
                    .min(23)
                    .max(rng.below(24) * u64::from(rng.chance(0.3)));
                let (hour_utc, weekday) = hour_of_unix(d * 86_400 + hour as i64 * 3600);
                let r = ResearchRecord {
                    schema_version: SCHEMA_VERSION,
                    contributor_id: contributor.clone(),
                    export_id: export.clone(),
                    portal,
                    procedure,
                    failure_kind: kind,
                    message: MESSAGES[rng.below(MESSAGES.len() as u64) as usize].into(),
                    hour_utc,
                    weekday,
                    departement: dept.clone(),
                    attempt_count: if rng.chance(0.001) {
                        1 + rng.below(10_000) as u32
                    } else {
                        1 + rng.below(12) as u32
                    },
                    browser_family: browser,
                    extension_version: version.into(),
                };
                export_lines.push(r.to_json_line());
                // Now and then, another contributor's record under this export id (a conflict:
                // not counted), a broken line or a blank line inside the export.
                if i > 0 && rng.chance(0.002) {
                    let mut other = r.clone();
                    other.contributor_id = rng.hex();
                    export_lines.push(other.to_json_line());
                }
                if rng.chance(0.0005) {
                    export_lines.push("{\"schema_version\": 1, \"contributor_id\": \"cut".into());
                }
                if rng.chance(0.0005) {
                    export_lines.push(String::new());
                }
            }
            written += size;
            let f = rng.below(files) as usize;
            let w = &mut writers[f];
            for l in &export_lines {
                writeln!(w, "{l}").map_err(|e| e.to_string())?;
            }
            lines += export_lines.len() as u64;
            // Exports written to this file earlier, sent again now (after other exports).
            for l in later[f].drain(..) {
                writeln!(w, "{l}").map_err(|e| e.to_string())?;
                lines += 1;
            }
            if rng.chance(0.03) {
                let copy = match rng.below(3) {
                    0 => &mut resent_first,
                    1 => &mut resent_last,
                    _ => {
                        // Later in the same file, once another export was written.
                        later[f].extend(export_lines.iter().cloned());
                        continue;
                    }
                };
                for l in &export_lines {
                    writeln!(copy, "{l}").map_err(|e| e.to_string())?;
                }
                lines += export_lines.len() as u64;
            }
        }
    }
    // The threshold portal: cells of k − 1, k and k + 1 contributors, each with several records
    // and one export sent twice; in the file read first, so that its names are among the first
    // max_distinct values even when a test makes that number small.
    let mut seuil = open("000-seuil.jsonl")?;
    let w = &mut seuil;
    for (procedure, n, dept, kind, week) in [
        ("sous-k", k - 1, "976", FailureKind::CaptchaBlocked, 0),
        ("k-exact", k, "974", FailureKind::FileRefused, 1),
        ("sur-k", k + 1, "2A", FailureKind::AccountLocked, 2),
    ] {
        for _ in 0..n {
            let contributor = rng.hex();
            let export = rng.hex();
            let mut export_lines = Vec::new();
            for _ in 0..1 + rng.below(4) {
                let d = days_from_civil(2025, 12, 29) + week * 7 + rng.below(7) as i64;
                let (hour_utc, weekday) = hour_of_unix(d * 86_400 + 3600 * rng.below(24) as i64);
                let r = ResearchRecord {
                    schema_version: SCHEMA_VERSION,
                    contributor_id: contributor.clone(),
                    export_id: export.clone(),
                    portal: "seuil".into(),
                    procedure: procedure.into(),
                    failure_kind: kind,
                    message: String::new(),
                    hour_utc,
                    weekday,
                    departement: Some(dept.into()),
                    attempt_count: 1 + rng.below(3) as u32,
                    browser_family: BrowserFamily::Firefox,
                    extension_version: "0.2.0".into(),
                };
                export_lines.push(r.to_json_line());
            }
            for l in &export_lines {
                writeln!(w, "{l}").map_err(|e| e.to_string())?;
                writeln!(resent_last, "{l}").map_err(|e| e.to_string())?;
            }
            lines += 2 * export_lines.len() as u64;
            written += export_lines.len() as u64;
        }
    }
    for (w, rest) in writers.iter_mut().zip(&later) {
        for l in rest {
            writeln!(w, "{l}").map_err(|e| e.to_string())?;
            lines += 1;
        }
    }
    for w in writers
        .iter_mut()
        .chain([&mut resent_first, &mut resent_last, &mut seuil])
    {
        w.flush().map_err(|e| e.to_string())?;
    }
    println!(
        "research_gen: seed {seed}: {written} distinct records from {c} contributors (+ {} planted), {lines} lines in {out}",
        3 * k
    );
    Ok(())
}

//! Evidence journal benchmark: 1,000 entries with 30 KB fake screenshots.
//!
//! ```text
//! cargo run -p relais-journal --release --example journal_bench [ENTRIES] [CAPTURE_BYTES]
//! ```
//!
//! Prints the median and 95th percentile time to append one entry (hashing its capture
//! included), then the time to export the bundle, verify it, reload the stored journal and
//! summarise it, and the sizes.

use relais_journal::*;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1000);
    let capture_bytes: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(30 * 1024);

    let messages = [
        (
            FailureKind::NoSlot,
            None,
            "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous.",
        ),
        (
            FailureKind::HttpError,
            Some(503),
            "Service temporairement indisponible",
        ),
        (
            FailureKind::SessionExpired,
            None,
            "Votre session a expiré. Veuillez vous reconnecter.",
        ),
    ];
    let mut journal = Journal::new();
    let mut store: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut times = Vec::with_capacity(n);
    let t0: i64 = 1_730_582_043_120;
    for i in 0..n {
        let (failure, http_status, message) = messages[i % messages.len()];
        let input = FailureInput {
            when: When { utc_ms: t0 + i as i64 * 3_600_000, offset_minutes: 60, time_zone: "Europe/Paris".into() },
            server_date: Some("Sat, 02 Nov 2024 21:14:03 GMT".into()),
            url: format!("https://www.seine-saint-denis.gouv.fr/booking/create/9829/1?token=abc{i}def0123456789"),
            title: "Prise de rendez-vous - Remise de titre de séjour".into(),
            failure,
            http_status,
            message: message.into(),
            meaning: Some(Meaning { lang: "en".into(), text: "There is no free slot.".into() }),
            extension: "0.1.0".into(),
            ..FailureInput::default()
        };
        let shot = fake_jpeg(i as u64, capture_bytes);
        let start = Instant::now();
        let appended = journal.record_failure(
            &input,
            Some(CaptureInput {
                kind: CaptureKind::Screenshot,
                media_type: "image/jpeg",
                bytes: &shot,
            }),
            DEFAULT_WINDOW_MS,
        )?;
        times.push(start.elapsed());
        if let Some(file) = appended.capture_file {
            store.insert(file, shot);
        }
    }
    times.sort();
    let pct = |p: usize| {
        times
            .get(times.len() * p / 100)
            .copied()
            .unwrap_or_default()
    };

    let (bundle, export) =
        timed(|| journal.export_bundle(|name| store.get(name).map(Vec::as_slice)));
    let bundle = bundle?;
    let (verified, verify) = timed(|| verify_bundle(&bundle));
    let verified = verified?;
    let json = journal.to_json();
    let (reloaded, reload) = timed(|| Journal::from_json(&json));
    reloaded?;
    let (summary, summarise) = timed(|| journal.summary());

    println!(
        "journal bench: {n} entries, {capture_bytes}-byte captures (build profile: {})",
        profile()
    );
    println!(
        "  append, per entry:   median {:?}, p95 {:?}, max {:?}",
        pct(50),
        pct(95),
        times.last().copied().unwrap_or_default()
    );
    println!(
        "  export bundle:       {:?} ({:.1} MB)",
        export,
        bundle.len() as f64 / 1e6
    );
    println!(
        "  verify bundle:       {:?} ({} records, {} captures checked)",
        verify, verified.report.records, verified.report.captures_checked
    );
    println!(
        "  reload journal.json: {:?} ({:.0} KB)",
        reload,
        json.len() as f64 / 1e3
    );
    println!(
        "  summary:             {:?} (portals: {})",
        summarise,
        summary.portals.len()
    );
    Ok(())
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

fn profile() -> &'static str {
    if cfg!(debug_assertions) {
        "debug: run with --release for real figures"
    } else {
        "release"
    }
}

/// Bytes that look like a JPEG (start and end markers) and do not compress.
fn fake_jpeg(seed: u64, len: usize) -> Vec<u8> {
    let mut out = vec![0xff, 0xd8, 0xff, 0xe0];
    let mut x = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407)
        | 1;
    while out.len() + 2 < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len.saturating_sub(2));
    out.extend_from_slice(&[0xff, 0xd9]);
    out
}

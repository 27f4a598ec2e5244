//! Frozen fixtures: journals written by earlier versions must always load, and the canonical
//! form of a fixed record must always hash to the same value.
//!
//! NEVER regenerate the files under `tests/data/journal/v1/`: they are what Relais 0.1 wrote.
//! A new schema adds a `v2/` folder next to them and keeps this test.

mod journal_support;

use journal_support::*;
use relais_core::journal::*;
use std::path::Path;

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/journal")
        .join(name)
}

const V1_HEAD: &str = "19aca89e15020367e7f6757db6209e1983baab94a0977589c272aa5fb59859e0";

#[test]
fn v1_bundle_always_loads() {
    let bytes = std::fs::read(data("v1/bundle.zip")).expect("v1/bundle.zip");
    let v = verify_bundle(&bytes)
        .unwrap_or_else(|e| panic!("the frozen v1 bundle no longer verifies: {e}"));
    let r = &v.report;
    assert_eq!(
        (r.records, r.entries, r.attempts, r.deletions),
        (6, 3, 2, 1)
    );
    assert_eq!((r.captures_checked, r.captures_dropped), (3, 1));
    assert_eq!(r.head, V1_HEAD);
    assert_eq!(r.timestamps.len(), 1);
    assert_eq!(
        (r.timestamps[0].seq, r.timestamps[0].head.as_str()),
        (6, V1_HEAD)
    );
    assert!(r.timestamps[0].gen_time.ends_with('Z'));
    let kinds: Vec<CaptureKind> = v
        .journal
        .records()
        .iter()
        .filter_map(|r| r.capture().map(|c| c.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            CaptureKind::Screenshot,
            CaptureKind::Screenshot,
            CaptureKind::Screenshot,
            CaptureKind::Dom
        ]
    );
}

#[test]
fn v1_stored_journal_always_loads() {
    let json = std::fs::read_to_string(data("v1/journal.json")).expect("v1/journal.json");
    let j = Journal::from_json(&json)
        .unwrap_or_else(|e| panic!("the frozen v1 journal no longer loads: {e}"));
    assert_eq!(j.head(), V1_HEAD);
    let groups = j.groups(true);
    assert_eq!(
        groups.iter().map(|g| g.attempts.len()).collect::<Vec<_>>(),
        [3, 1, 1]
    );
    assert_eq!(
        groups[1].deleted.as_ref().map(|d| d.reason.as_str()),
        Some("photo shows my file number")
    );
    // Written back, it is the same bytes: nothing is rewritten on load.
    assert_eq!(j.to_json(), json);
}

/// A fixed entry always hashes to the same value: the canonical JSON rule must never change.
#[test]
fn canonical_json_is_stable() {
    let mut j = Journal::new();
    let input = FailureInput {
        when: When {
            utc_ms: T0,
            offset_minutes: 60,
            time_zone: "Europe/Paris".into(),
        },
        server_date: Some("Sat, 02 Nov 2024 21:14:03 GMT".into()),
        url: "https://www.val-de-marne.gouv.fr/booking/create/4963/0".into(),
        title: "Rendez-vous \"titre de séjour\"\t— étape 1".into(),
        failure: FailureKind::NoSlot,
        message: "Aucun créneau disponible.\nVeuillez réessayer\u{1}".into(),
        meaning: Some(Meaning {
            lang: "ar".into(),
            text: "لا يوجد موعد متاح".into(),
        }),
        extension: "0.1.0".into(),
        ..FailureInput::default()
    };
    let shot = CaptureInput {
        kind: CaptureKind::Screenshot,
        media_type: "image/jpeg",
        bytes: b"\xff\xd8\xff\xd9",
    };
    let a = j
        .record_failure(&input, Some(shot), DEFAULT_WINDOW_MS)
        .expect("record");
    let expected =
        std::fs::read_to_string(data("canonical-entry.json")).expect("canonical-entry.json");
    let line = j.to_json().lines().nth(3).expect("record line").to_string();
    let mut value: serde_json::Value = serde_json::from_str(&line).expect("json");
    value.as_object_mut().expect("object").remove("hash");
    assert_eq!(
        canonical_json(&value).expect("canonical"),
        expected.trim_end_matches('\n')
    );
    assert_eq!(
        sha256_hex(expected.trim_end_matches('\n').as_bytes()),
        a.hash
    );
    assert_eq!(
        a.hash,
        "e25e9f783214a7dc2679d1d001dc897351157a183fa1343041a4c96a79a15792"
    );
}

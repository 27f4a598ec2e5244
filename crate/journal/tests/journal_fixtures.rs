//! Frozen fixtures: journals written by earlier versions must always load, and the canonical
//! form of a fixed record must always hash to the same value.
//!
//! NEVER regenerate the files under `tests/data/journal/v1/`: they are what Relais 0.1 wrote.
//! A new schema adds a `v2/` folder next to them and keeps this test.

mod journal_support;

use journal_support::*;
use relais_journal::*;
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
    // Its own schema, and the schema it was migrated to and read as.
    assert_eq!((r.schema, r.read_as), (1, Some(SCHEMA)));
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
    // Written back, it is the same bytes but for the envelope's schema number: the migration
    // never rewrites a hashed record.
    assert_eq!(
        j.to_json(),
        json.replacen("\"schema\":1,", &format!("\"schema\":{SCHEMA},"), 1)
    );
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

/// Writes `v2/journal.json` once (`cargo test -p relais-journal --test journal_fixtures -- --ignored
/// write_v2_fixture`). NEVER run it again once the file is committed.
#[test]
#[ignore]
fn write_v2_fixture() {
    let mut s = sample();
    s.journal
        .add_note(
            Some(1),
            "Essai fait avec la médiatrice du centre social.",
            &when(T0 + 5 * DAY),
            "0.2.0",
        )
        .expect("note");
    s.journal
        .add_note(
            None,
            "Personne accompagnée par une association.",
            &when(T0 + 5 * DAY + MINUTE),
            "0.2.0",
        )
        .expect("note");
    let dir = data("v2");
    std::fs::create_dir_all(&dir).expect("dir");
    assert!(
        !dir.join("journal.json").exists(),
        "the v2 fixture is frozen: never regenerate it"
    );
    std::fs::write(dir.join("journal.json"), s.journal.to_json()).expect("write");
}

#[test]
fn v2_stored_journal_always_loads() {
    let json = std::fs::read_to_string(data("v2/journal.json")).expect("v2/journal.json");
    let j = Journal::from_json(&json)
        .unwrap_or_else(|e| panic!("the frozen v2 journal no longer loads: {e}"));
    assert_eq!(j.len(), 8);
    let notes: Vec<_> = j
        .records()
        .iter()
        .filter(|r| r.kind() == RecordKind::Note)
        .collect();
    assert_eq!(notes.len(), 2);
    assert_eq!(j.groups(false)[0].notes.len(), 1);
    assert_eq!(j.journal_notes().len(), 1);
    if SCHEMA == 2 {
        assert_eq!(j.to_json(), json);
    }
}

/// A bundle of the frozen v2 journal: its `journal.json`, with the captures of the v1 bundle
/// (the same entries; v2 only adds notes) and without v1's timestamp token (v2 has none).
fn v2_bundle() -> Vec<u8> {
    let v1 = std::fs::read(data("v1/bundle.zip")).expect("v1/bundle.zip");
    let json = std::fs::read(data("v2/journal.json")).expect("v2/journal.json");
    let mut zip = ZipWriter::new(DosTime::EPOCH);
    zip.add("journal.json", &json).expect("add");
    for (name, bytes) in read_zip(&v1).expect("zip") {
        if name.starts_with("captures/") {
            zip.add(&name, &bytes).expect("add");
        }
    }
    zip.finish().expect("zip")
}

#[test]
fn v2_bundle_reports_its_own_schema() {
    let v = verify_bundle(&v2_bundle())
        .unwrap_or_else(|e| panic!("a bundle of the frozen v2 journal does not verify: {e}"));
    let r = &v.report;
    assert_eq!((r.records, r.notes), (8, 2));
    assert_eq!(r.schema, 2);
    assert_eq!(r.read_as, (SCHEMA != 2).then_some(SCHEMA));
    // A journal in memory is of the current schema.
    assert_eq!(
        (v.journal.report().schema, v.journal.report().read_as),
        (SCHEMA, None)
    );
}

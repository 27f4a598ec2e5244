//! Bundles that must be refused, each with a clear message, and nothing imported.

mod journal_support;

use journal_support::*;
use relais_journal::*;
use std::collections::BTreeMap;
use std::path::Path;

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/journal")
        .join(name)
}

/// Every `refused/*.json`, as the journal.json of a bundle and as a stored journal, is refused
/// with the words of `refused/expected.tsv`.
#[test]
fn refused_journals() {
    let expected = std::fs::read_to_string(data("refused/expected.tsv")).expect("expected.tsv");
    let mut seen = 0;
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (file, words) = line.split_once('\t').expect("file<TAB>words");
        let json = std::fs::read(data(&format!("refused/{file}"))).expect(file);
        let mut files = BTreeMap::new();
        files.insert("journal.json".to_string(), json.clone());
        let e = verify_bundle(&rezip(&files)).expect_err(file);
        assert!(
            e.to_string().contains(words),
            "{file}:\n  got  {e}\n  want {words}"
        );
        if let Ok(text) = String::from_utf8(json) {
            let e = Journal::from_json(&text).expect_err(file);
            assert!(
                e.to_string().contains(words),
                "{file} (stored):\n  got  {e}\n  want {words}"
            );
        }
        seen += 1;
    }
    let on_disk = std::fs::read_dir(data("refused")).expect("dir").count() - 1;
    assert_eq!(
        seen, on_disk,
        "every file in refused/ has a line in expected.tsv"
    );
}

#[test]
fn newer_schema_is_its_own_error() {
    let json = std::fs::read_to_string(data("refused/newer-schema.json")).expect("file");
    assert_eq!(
        Journal::from_json(&json),
        Err(JournalError::NewerSchema {
            found: 3,
            supported: SCHEMA
        })
    );
}

#[test]
fn truncated_zip_is_refused() {
    let bundle = sample().bundle();
    for cut in [
        0,
        3,
        100,
        bundle.len() / 3,
        bundle.len() / 2,
        bundle.len() - 23,
        bundle.len() - 1,
    ] {
        let e = verify_bundle(&bundle[..cut]).expect_err("truncated bundle accepted");
        assert!(matches!(e, JournalError::Zip(_)), "cut at {cut}: {e}");
        assert!(e.to_string().contains("truncated"), "cut at {cut}: {e}");
    }
}

#[test]
fn missing_capture_names_its_record() {
    let mut files = unzip(&sample().bundle());
    files.remove("captures/000002.jpg");
    let e = verify_bundle(&rezip(&files)).expect_err("accepted");
    assert_eq!(e.broken_record(), Some(2));
    assert_eq!(
        e.to_string(),
        "record #2 (attempt of 2024-11-02T21:16:03.120Z) is broken: its capture captures/000002.jpg is missing from the bundle"
    );
}

#[test]
fn foreign_zips_are_refused() {
    let mut other = BTreeMap::new();
    other.insert("hello.txt".to_string(), b"hello".to_vec());
    other.insert("photos/1.jpg".to_string(), jpeg(1, 100));
    let e = verify_bundle(&rezip(&other)).expect_err("accepted");
    assert_eq!(
        e.to_string(),
        "not a Relais bundle: there is no journal.json in this archive (it holds: hello.txt, photos/1.jpg)"
    );
    let e = verify_bundle(&rezip(&BTreeMap::new())).expect_err("empty zip accepted");
    assert!(e.to_string().contains("holds: nothing"), "{e}");
    let e = verify_bundle(b"%PDF-1.7 not a zip at all").expect_err("accepted");
    assert!(
        e.to_string()
            .starts_with("unreadable bundle: the file is not a ZIP archive"),
        "{e}"
    );

    // A real bundle with a file slipped in.
    let mut files = unzip(&sample().bundle());
    files.insert("captures/000004.jpg".to_string(), jpeg(4, 100));
    let e = verify_bundle(&rezip(&files)).expect_err("accepted");
    assert!(
        e.to_string()
            .contains("captures/000004.jpg is in the archive, but no record refers to it"),
        "{e}"
    );
}

#[test]
fn repacked_or_damaged_zips_are_refused() {
    let bundle = sample().bundle();
    // A CRC error: one byte of README.txt changed inside the archive.
    let at = bundle
        .windows(7)
        .position(|w| w == b"Relais ")
        .expect("README text");
    let mut damaged = bundle.clone();
    damaged[at] ^= 0x20;
    let e = verify_bundle(&damaged).expect_err("accepted");
    assert!(
        e.to_string()
            .contains("README.txt is damaged: its CRC-32 does not match"),
        "{e}"
    );
    // Compressed (method 8) as `zip -r` would write: patch the method of every header.
    let mut compressed = bundle.clone();
    for sig in [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x01, 0x02]] {
        let method_at = if sig[2] == 3 { 8 } else { 10 };
        let starts: Vec<usize> = compressed
            .windows(4)
            .enumerate()
            .filter(|(_, w)| *w == sig)
            .map(|(i, _)| i)
            .collect();
        for s in starts {
            compressed[s + method_at] = 8;
        }
    }
    let e = verify_bundle(&compressed).expect_err("accepted");
    assert!(
        e.to_string().contains("is compressed (ZIP method 8)"),
        "{e}"
    );
}

//! The journal's canonical form is RFC 8785 (JSON Canonicalization Scheme) restricted to integers
//! of at most 2⁵³−1 in magnitude: checked here against an independent JCS implementation
//! (`serde_jcs`) on every fixture, every record in them, and values built to reach the corners
//! (escapes, non-ASCII text, the largest integers).
//!
//! One difference cannot arise in a journal: JCS orders object keys by UTF-16 code units, the
//! journal by UTF-8 bytes; the two orders differ only between a key with a character above U+FFFF
//! and one with a character from U+E000 to U+FFFF, and every key a journal holds is ASCII.

use std::path::Path;

use relais_journal::canonical_json;
use serde_json::{json, Value};

fn check(what: &str, v: &Value) {
    let ours = canonical_json(v).unwrap_or_else(|e| panic!("{what}: no canonical form: {e}"));
    let jcs = serde_jcs::to_string(v).unwrap_or_else(|e| panic!("{what}: serde_jcs: {e}"));
    assert_eq!(ours, jcs, "{what}");
}

fn fixtures() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/journal");
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixture folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                // The refused fixtures include text that is not JSON at all, a duplicate key and
                // a fraction: those have no canonical form and are the subject of other tests.
                let Ok(v) = serde_json::from_slice::<Value>(&std::fs::read(&p).expect("read"))
                else {
                    continue;
                };
                if canonical_json(&v).is_ok() {
                    out.push((p.display().to_string(), v));
                }
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_fixture_and_record_is_jcs() {
    let all = fixtures();
    assert!(all.len() >= 10, "fixtures found: {}", all.len());
    let mut records = 0;
    for (name, v) in &all {
        check(name, v);
        for (i, r) in v["records"].as_array().into_iter().flatten().enumerate() {
            check(&format!("{name} record {i}"), r);
            records += 1;
        }
    }
    assert!(records >= 5, "records checked: {records}");
}

#[test]
fn corners_are_jcs() {
    let max = (1u64 << 53) - 1;
    let v = json!({
        "escapes": "quote \" backslash \\ \u{8}\t\n\u{c}\r \u{0} \u{1f} \u{7f} end",
        "text": "Préfecture de la Seine-Saint-Denis · نامه · ትግርኛ · 中文 · 😀 · \u{2028}\u{2029}",
        "numbers": [0, 1, -1, max, -(max as i64), 1_730_582_043_120_u64],
        "nested": {"b": [true, false, null], "a": {}, "A": [], "_": "", "aa": [[]]},
        "keys order": {"z": 1, "Z": 2, "é": 3, "e": 4, "10": 5, "9": 6}
    });
    check("corners", &v);
}

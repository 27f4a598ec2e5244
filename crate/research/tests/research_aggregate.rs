//! The research record format and the aggregation engine: the JSON Schema agrees with the Rust
//! type; malformed, truncated, duplicated and hostile input gives clear issues with file and
//! line, and correct counts for the valid records; small cells are suppressed.

use std::io::{BufReader, Cursor};

use relais_research::aggregate::{Aggregate, Aggregator, Options, TableId};
use relais_research::input::{Issue, IssueKind};
use relais_research::records::{
    hour_of_unix, BrowserFamily, FailureKind, ResearchRecord, Weekday, FIELDS, MAX_ATTEMPTS,
    MAX_MESSAGE_CHARS, SCHEMA_VERSION,
};
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../../docs/research-record.schema.json");

fn id(n: u64) -> String {
    format!(
        "{:032x}",
        0x9e37_79b9_7f4a_7c15u128.wrapping_mul(u128::from(n) + 1)
    )
}

/// A valid record: contributor `c`, export `e`, at hour `h` after 2024-03-11 00:00 UTC (a Monday).
fn rec(
    c: u64,
    e: u64,
    portal: &str,
    kind: FailureKind,
    h: i64,
    dept: Option<&str>,
) -> ResearchRecord {
    let (hour_utc, weekday) = hour_of_unix(1_710_115_200 + h * 3600);
    ResearchRecord {
        schema_version: SCHEMA_VERSION,
        contributor_id: id(c),
        export_id: id(1_000_000 + e),
        portal: portal.into(),
        procedure: "titre-sejour-renouvellement".into(),
        failure_kind: kind,
        message: "Aucun créneau n'est disponible. Demande [n° [REF]].".into(),
        hour_utc,
        weekday,
        departement: dept.map(String::from),
        attempt_count: 2,
        browser_family: BrowserFamily::Firefox,
        extension_version: "0.1.0".into(),
    }
}

fn lines(records: &[ResearchRecord]) -> String {
    records.iter().map(|r| r.to_json_line() + "\n").collect()
}

fn run(opts: Options, sources: &[(&str, Vec<u8>)]) -> (Aggregate, Vec<Issue>) {
    let mut agg = Aggregator::new(opts);
    let mut issues = Vec::new();
    for (name, bytes) in sources {
        // A tiny buffer, to cross line boundaries inside reads.
        agg.add_source(
            name,
            BufReader::with_capacity(7, Cursor::new(bytes.clone())),
            &mut |i: &Issue| issues.push(i.clone()),
        );
    }
    (agg.finish(), issues)
}

/// Every line read is a record, a blank line, a CSV header or a reported drop.
fn accounted(a: &Aggregate) {
    let s = &a.stats;
    let dropped: u64 = s.dropped.values().sum();
    assert_eq!(
        s.lines,
        s.records + s.blank_lines + s.header_lines + dropped,
        "lines not accounted for: {s:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Schema agreement
// ---------------------------------------------------------------------------------------------

/// A small JSON Schema validator for the keywords the record schema uses.
fn schema_errors(v: &Value, s: &Value, path: &str, out: &mut Vec<String>) {
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(x) => vec![x.as_str()],
            Value::Array(xs) => xs.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "null" => v.is_null(),
            _ => false,
        });
        if !ok {
            out.push(format!("{path}: type"));
            return;
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            out.push(format!("{path}: const"));
        }
    }
    if let Some(Value::Array(e)) = s.get("enum") {
        if !e.contains(v) {
            out.push(format!("{path}: enum"));
        }
    }
    if let Value::String(x) = v {
        let n = x.chars().count() as u64;
        if s.get("minLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| n < m)
            || s.get("maxLength")
                .and_then(Value::as_u64)
                .is_some_and(|m| n > m)
        {
            out.push(format!("{path}: length"));
        }
        if let Some(p) = s.get("pattern").and_then(Value::as_str) {
            let re = regex::Regex::new(p).expect("the schema's patterns compile");
            if !re.is_match(x) {
                out.push(format!("{path}: pattern"));
            }
        }
    }
    if let Some(n) = v.as_i64() {
        if s.get("minimum")
            .and_then(Value::as_i64)
            .is_some_and(|m| n < m)
            || s.get("maximum")
                .and_then(Value::as_i64)
                .is_some_and(|m| n > m)
        {
            out.push(format!("{path}: range"));
        }
    }
    if let (Value::Object(o), Some(props)) = (v, s.get("properties").and_then(Value::as_object)) {
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !o.contains_key(r) {
                out.push(format!("{path}/{r}: required"));
            }
        }
        for (k, x) in o {
            match props.get(k) {
                Some(ps) => schema_errors(x, ps, &format!("{path}/{k}"), out),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    out.push(format!("{path}/{k}: additional"))
                }
                None => {}
            }
        }
    }
}

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("docs/research-record.schema.json is JSON")
}

#[test]
fn schema_fields_match_the_rust_type() {
    let s = schema();
    let props = s["properties"].as_object().expect("properties");
    let names: Vec<&str> = props.keys().map(String::as_str).collect();
    let mut rust: Vec<&str> = FIELDS.iter().map(|f| f.0).collect();
    let mut sorted = names.clone();
    sorted.sort();
    rust.sort();
    assert_eq!(
        sorted, rust,
        "the schema's properties and the Rust fields differ"
    );
    let required: Vec<&str> = s["required"]
        .as_array()
        .expect("required")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let rust_required: Vec<&str> = FIELDS.iter().filter(|f| f.1).map(|f| f.0).collect();
    assert_eq!(
        required, rust_required,
        "required fields differ (or their order)"
    );
    assert_eq!(s["additionalProperties"], json!(false));
    assert_eq!(
        s["properties"]["schema_version"]["const"],
        json!(SCHEMA_VERSION)
    );
    let kinds: Vec<&str> = FailureKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(s["properties"]["failure_kind"]["enum"], json!(kinds));
    let days: Vec<&str> = Weekday::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(s["properties"]["weekday"]["enum"], json!(days));
    let browsers: Vec<&str> = BrowserFamily::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(s["properties"]["browser_family"]["enum"], json!(browsers));
    assert_eq!(
        s["properties"]["message"]["maxLength"],
        json!(MAX_MESSAGE_CHARS)
    );
    assert_eq!(
        s["properties"]["attempt_count"]["maximum"],
        json!(MAX_ATTEMPTS)
    );
    // The schema's own example is valid for both.
    let example = &s["examples"][0];
    let mut errs = vec![];
    schema_errors(example, &s, "", &mut errs);
    assert!(errs.is_empty(), "{errs:?}");
    ResearchRecord::from_json_line(&example.to_string())
        .expect("the schema's example is a valid record");
}

#[test]
fn schema_and_rust_agree_on_samples() {
    let s = schema();
    let base = serde_json::to_value(rec(1, 1, "anef", FailureKind::NoSlot, 10, Some("93")))
        .expect("to value");
    let mut samples: Vec<Value> = vec![base.clone()];
    let mutations: Vec<(&str, Value)> = vec![
        ("schema_version", json!(2)),
        ("schema_version", json!("1")),
        ("contributor_id", json!("ABCDEF0123456789abcdef0123456789")),
        ("contributor_id", json!("abc")),
        ("export_id", json!(12)),
        ("portal", json!("Anef")),
        ("portal", json!("")),
        ("portal", json!("a".repeat(65))),
        ("procedure", json!("titre séjour")),
        ("failure_kind", json!("timeout")),
        ("failure_kind", json!("captcha_blocked")),
        ("message", json!("ligne 1\nligne 2")),
        ("message", json!("x".repeat(2001))),
        ("message", json!("")),
        ("hour_utc", json!("2024-03-11T10:30:00Z")),
        ("hour_utc", json!("2024-03-11 10:00")),
        ("hour_utc", json!("2019-03-11T10:00:00Z")),
        ("weekday", json!("monday")),
        ("departement", json!("20")),
        ("departement", json!("2A")),
        ("departement", json!("976")),
        ("departement", json!("975")),
        ("departement", json!(93)),
        ("departement", Value::Null),
        ("attempt_count", json!(0)),
        ("attempt_count", json!(10_001)),
        ("attempt_count", json!(-1)),
        ("attempt_count", json!(2.5)),
        ("browser_family", json!("brave")),
        ("extension_version", json!("0.1")),
        ("extension_version", json!("1.2.3-beta.1")),
        ("url", json!("https://example.fr/?q=1")),
    ];
    for (k, v) in mutations {
        let mut m = base.clone();
        m[k] = v;
        samples.push(m);
    }
    for missing in ["message", "departement", "export_id"] {
        let mut m = base.clone();
        m.as_object_mut().expect("object").remove(missing);
        samples.push(m);
    }
    for sample in samples {
        let mut errs = vec![];
        schema_errors(&sample, &s, "", &mut errs);
        let rust = ResearchRecord::from_json_line(&sample.to_string());
        assert_eq!(
            errs.is_empty(),
            rust.is_ok(),
            "schema says {errs:?}, Rust says {rust:?} for {sample}"
        );
    }
    // Rules only Rust can check, documented in the schema's description.
    let mut wrong_day = base.clone();
    wrong_day["weekday"] = json!("sun");
    let mut errs = vec![];
    schema_errors(&wrong_day, &s, "", &mut errs);
    assert!(errs.is_empty());
    let e = ResearchRecord::from_json_line(&wrong_day.to_string()).expect_err("weekday is checked");
    assert!(e.contains("does not match hour_utc"), "{e}");
}

#[test]
fn records_round_trip_through_json_and_csv() {
    let r = rec(7, 3, "caf", FailureKind::FormError, 30, None);
    assert_eq!(
        ResearchRecord::from_json_line(&r.to_json_line()),
        Ok(r.clone())
    );
    let mut r2 = r.clone();
    r2.message = "Le champ « Nom, prénom » est \"obligatoire\"".into();
    let csv = format!("{}\n{}\n", ResearchRecord::csv_header(), r2.to_csv_row());
    let (a, issues) = run(Options::default(), &[("x.csv", csv.into_bytes())]);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(a.stats.records, 1);
    accounted(&a);
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

#[test]
fn small_cells_are_suppressed() {
    let mut rs = Vec::new();
    // Cell A (anef, no_slot, week 11): 5 contributors. Cell B (caf, account_locked): 4, many records.
    for c in 0..5 {
        rs.push(rec(c, c, "anef", FailureKind::NoSlot, 10, Some("93")));
    }
    for c in 10..14 {
        for h in 0..10 {
            rs.push(rec(
                c,
                c,
                "caf",
                FailureKind::AccountLocked,
                20 + h,
                Some("2A"),
            ));
        }
    }
    let (a, issues) = run(Options::default(), &[("a.jsonl", lines(&rs).into_bytes())]);
    assert!(issues.is_empty(), "{issues:?}");
    accounted(&a);
    let t = a.table(TableId::PortalWeek).expect("table");
    assert_eq!(t.rows.len(), 1);
    assert_eq!(
        t.rows[0].keys,
        ["anef", "no_slot", "2024-W11", "2024-03-11"]
    );
    assert_eq!(
        (
            t.rows[0].records,
            t.rows[0].attempts,
            t.rows[0].contributors
        ),
        (5, 10, 5)
    );
    assert_eq!((t.suppressed_cells, t.suppressed_records), (1, 40));
    let csv = t.to_csv();
    assert!(
        csv.starts_with("portal,failure_kind,iso_week,week_start,records,attempts,contributors\n"),
        "{csv}"
    );
    assert!(!csv.contains("caf"), "a suppressed cell leaked: {csv}");
    let d = a.table(TableId::Departement).expect("table");
    assert_eq!(d.rows.len(), 1);
    assert_eq!(d.rows[0].keys, ["93", "no_slot"]);
    // With k = 4 the CAF cell is published.
    let (a, _) = run(
        Options {
            k: 4,
            ..Options::default()
        },
        &[("a.jsonl", lines(&rs).into_bytes())],
    );
    assert_eq!(a.table(TableId::PortalWeek).expect("table").rows.len(), 2);
}

#[test]
fn the_same_export_sent_twice_is_counted_once() {
    let mut first = Vec::new();
    for c in 0..6 {
        for h in 0..3 {
            first.push(rec(c, c, "anef", FailureKind::NoSlot, h, None));
        }
    }
    let mut second = vec![rec(20, 20, "anef", FailureKind::NoSlot, 1, None)];
    second.extend(first[3..6].iter().cloned()); // export of contributor 1, again
    second.push(rec(21, 21, "anef", FailureKind::NoSlot, 1, None));
    // Within one file: an export that comes back after another one.
    let mut third = vec![
        rec(30, 30, "anef", FailureKind::Other, 1, None),
        rec(31, 31, "anef", FailureKind::Other, 1, None),
        rec(30, 30, "anef", FailureKind::Other, 2, None),
    ];
    third.push(rec(30, 30, "anef", FailureKind::Other, 3, None));
    let (a, issues) = run(
        Options::default(),
        &[
            ("first.jsonl", lines(&first).into_bytes()),
            ("renamed-copy.jsonl", lines(&first).into_bytes()),
            ("second.jsonl", lines(&second).into_bytes()),
            ("third.jsonl", lines(&third).into_bytes()),
        ],
    );
    accounted(&a);
    assert_eq!(a.stats.records, 18 + 2 + 2);
    assert_eq!(
        a.stats.dropped.get(&IssueKind::Duplicate),
        Some(&(18 + 3 + 2))
    );
    let dups: Vec<String> = issues.iter().map(ToString::to_string).collect();
    // One report line per run of duplicate lines, with the original file named.
    assert_eq!(
        dups.iter()
            .filter(|d| d.starts_with("renamed-copy.jsonl:"))
            .count(),
        6,
        "{dups:#?}"
    );
    assert!(dups.contains(&format!("second.jsonl:2-4: duplicate export: export {} was already read from first.jsonl; 3 record(s) skipped", id(1_000_001))), "{dups:#?}");
    assert!(dups.contains(&format!("third.jsonl:3-4: duplicate export: export {} was already read earlier in this file; 2 record(s) skipped", id(1_000_030))), "{dups:#?}");
    let t = a.table(TableId::PortalWeek).expect("table");
    let no_slot = t
        .rows
        .iter()
        .find(|r| r.keys[1] == "no_slot")
        .expect("no_slot row");
    assert_eq!((no_slot.records, no_slot.contributors), (20, 8));
}

#[test]
fn hostile_input_gives_clear_issues_and_correct_counts() {
    let good: Vec<ResearchRecord> = (0..6)
        .map(|c| rec(c, c, "ants", FailureKind::CaptchaBlocked, 5, Some("75")))
        .collect();
    let g = |i: usize| good[i].to_json_line();
    let mut bytes = Vec::new();
    let mut push = |s: &str| {
        bytes.extend_from_slice(s.as_bytes());
        bytes.push(b'\n');
    };
    push(&g(0)); // 1
    push(""); // 2 blank
    push("this is not json"); // 3
    push(&g(1).replace("\"attempt_count\":2", "\"attempt_count\":\"2\"")); // 4 wrong type
    push(&g(1).replace(
        "\"portal\":\"ants\"",
        "\"portal\":\"ants\",\"url\":\"https://x.fr/?token=abc\"",
    )); // 5 unknown field
    push(&g(1).replace("\"schema_version\":1", "\"schema_version\":2")); // 6 newer
    push(&format!("{}\r", g(1))); // 7 CRLF: fine
    push(&format!("{}{}", "[".repeat(5000), "]".repeat(5000))); // 8 deep nesting
    push(&g(2).replace("\"weekday\":\"mon\"", "\"weekday\":\"sun\"")); // 9 weekday mismatch
    push(&"x".repeat(200_000)); // 10 huge line
    push(&g(3)); // 11
    bytes.extend_from_slice(b"{\"schema_version\":1,\"contributor_id\":\"\xff\xfe\"}\n"); // 12 invalid UTF-8
    let mut push = |s: &str| {
        bytes.extend_from_slice(s.as_bytes());
        bytes.push(b'\n');
    };
    push(&g(1).replace(
        "\"message\":\"",
        "\"message\":\"M. Dupont, tél. 06 12 34 56 78. ",
    )); // 13 export of line 7 again, after line 11's
    push(&g(4)); // 14
    bytes.extend_from_slice(&g(5).as_bytes()[..60]); // 15 truncated last line, no newline
    let (a, issues) = run(Options::default(), &[("hostile.jsonl", bytes)]);
    accounted(&a);
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    let at = |line: u64| {
        issues
            .iter()
            .find(|i| i.line == line)
            .map(|i| (i.kind, i.detail.clone()))
    };
    assert_eq!(at(3).map(|x| x.0), Some(IssueKind::Malformed), "{text:#?}");
    assert!(
        at(4).is_some_and(|(k, d)| k == IssueKind::Invalid && d.contains("invalid type")),
        "{text:#?}"
    );
    assert!(
        at(5).is_some_and(|(k, d)| k == IssueKind::Invalid && d.contains("unknown field `url`")),
        "{text:#?}"
    );
    assert!(
        at(6).is_some_and(|(k, d)| k == IssueKind::Invalid && d.contains("newer")),
        "{text:#?}"
    );
    assert!(at(8).is_some(), "{text:#?}");
    assert!(
        at(9).is_some_and(|(_, d)| d.contains("does not match")),
        "{text:#?}"
    );
    assert!(
        at(10).is_some_and(|(k, d)| k == IssueKind::TooLong && d.starts_with("200000 bytes")),
        "{text:#?}"
    );
    assert!(
        at(12).is_some_and(|(k, d)| k == IssueKind::InvalidUtf8 && d.contains("byte 39")),
        "{text:#?}"
    );
    assert!(at(13).is_some(), "{text:#?}");
    assert!(
        at(15).is_some_and(|(k, d)| k == IssueKind::Malformed && d.contains("truncated")),
        "{text:#?}"
    );
    assert!(
        text.iter().all(|t| t.starts_with("hostile.jsonl:")),
        "{text:#?}"
    );
    // Counted: lines 1, 7, 11 and 14. Line 13 comes back to the export of line 7 after another
    // export: a duplicate, not counted (so its message is not even checked).
    assert_eq!(a.stats.blank_lines, 1);
    assert_eq!(a.stats.warnings, 0);
    assert_eq!(at(13).map(|x| x.0), Some(IssueKind::Duplicate));
    assert_eq!(a.stats.records, 4);
}

#[test]
fn a_message_with_personal_data_is_counted_with_a_warning() {
    let mut r = rec(1, 1, "caf", FailureKind::FormError, 3, None);
    r.message = "Le numéro 06 12 34 56 78 est déjà utilisé".into();
    let (a, issues) = run(Options::default(), &[("w.jsonl", lines(&[r]).into_bytes())]);
    accounted(&a);
    assert_eq!(a.stats.records, 1);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].to_string(), "w.jsonl:1: message warning: message still looks like it holds personal data (PHONE); the record is counted, the message is not used");
}

#[test]
fn files_that_are_not_exports_are_reported_whole() {
    let csv_bad_header = "name,portal\nx,y\nz,w\n".to_string();
    let mut csv_ok = ResearchRecord::csv_header() + "\n";
    for c in 0..3 {
        csv_ok.push_str(
            &rec(c, c, "impots", FailureKind::SessionExpired, 1, Some("13")).to_csv_row(),
        );
        csv_ok.push('\n');
    }
    csv_ok.push_str("1,2,3\n");
    csv_ok.push_str("\"unclosed,quote\n");
    let (a, issues) = run(
        Options::default(),
        &[
            ("notes.csv", csv_bad_header.into_bytes()),
            ("ok.csv", csv_ok.into_bytes()),
            ("empty.jsonl", vec![]),
            ("binary.bin", vec![0, 159, 146, 150, 10, 1, 2]),
        ],
    );
    accounted(&a);
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert!(text[0].starts_with("notes.csv:1: unreadable file: neither JSON Lines nor CSV with a header (unknown column \"name\""), "{text:#?}");
    assert_eq!(a.stats.records, 3);
    assert!(
        text.iter()
            .any(|t| t == "ok.csv:5: malformed line: 3 fields where the header has 13"),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.starts_with("ok.csv:6: malformed line: unclosed quote")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.starts_with("binary.bin:1: invalid UTF-8")),
        "{text:#?}"
    );
}

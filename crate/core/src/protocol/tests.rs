//! Every message sample of `tests/protocol/` decodes and validates; every bound of
//! [`Request::validate`] holds at its limit and refuses one step past it.

use super::*;
use serde_json::{json, Value};
use std::path::Path;

fn samples() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/protocol");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .expect("tests/protocol")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v: Value =
                serde_json::from_slice(&std::fs::read(&p).expect("read")).expect("sample is JSON");
            (p.file_stem().expect("name").to_string_lossy().into(), v)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn decode(v: Value) -> Request {
    serde_json::from_value(v).expect("decodes")
}

/// `v` decodes and validates.
fn ok(v: Value) {
    let r = decode(v.clone());
    assert_eq!(r.validate(), Ok(()), "{v}");
}

/// `v` decodes, and validation refuses it with a message containing `words`.
fn refused(v: Value, words: &str) {
    let r = decode(v.clone());
    match r.validate() {
        Err(e) => assert!(e.to_string().contains(words), "{v}: {e} lacks {words:?}"),
        Ok(()) => panic!("{v} was accepted"),
    }
}

#[test]
fn every_sample_decodes_validates_and_names_its_file() {
    let all = samples();
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let mut types = Request::TYPES.to_vec();
    types.sort_unstable();
    assert_eq!(names, types, "one sample per message type");
    for (name, v) in all {
        let r = decode(v.clone());
        assert_eq!(r.type_name(), name, "the file is named by its type");
        assert_eq!(r.validate(), Ok(()), "{name}");
        // What the core reads back is what it was given (camelCase, defaults).
        let again = serde_json::to_value(&r).expect("encode");
        assert_eq!(decode(again), r, "{name}");
    }
}

#[test]
fn unknown_types_and_fields_are_refused_when_decoding() {
    for v in [
        json!({"type": "journal.erase"}),
        json!({"type": "settings.get", "host": "a.gouv.fr", "extra": 1}),
        json!({"type": "scan.blocks", "lang": "ar", "blocks": [{"id": "b", "kind": "poem", "text": "x"}]}),
        json!({"host": "a.gouv.fr"}),
    ] {
        assert!(serde_json::from_value::<Request>(v.clone()).is_err(), "{v}");
    }
}

#[test]
fn languages_and_hosts() {
    refused(json!({"type": "ui.strings", "lang": "xx"}), "xx");
    refused(json!({"type": "phrases.get", "lang": "fr-FR"}), "fr-FR");
    refused(
        json!({"type": "mediator.start", "lang": "klingon"}),
        "klingon",
    );
    ok(json!({"type": "mediator.start"}));
    refused(json!({"type": "settings.get", "host": ""}), "host");
    refused(
        json!({"type": "settings.get", "host": "a b.gouv.fr"}),
        "host",
    );
    refused(
        json!({"type": "settings.get", "host": "x".repeat(MAX_ID + 1)}),
        "host",
    );
    ok(json!({"type": "settings.get", "host": "x".repeat(MAX_ID)}));
    ok(json!({"type": "settings.get", "host": "[::1]:8443"}));
    refused(
        json!({"type": "settings.set", "host": "évry.gouv.fr"}),
        "host",
    );
}

#[test]
fn scan_blocks_bounds() {
    let block = |id: String, text: String| json!({"id": id, "kind": "label", "text": text});
    let many = |n: usize| {
        (0..n)
            .map(|i| block(format!("b{i}"), "x".into()))
            .collect::<Vec<_>>()
    };
    ok(json!({"type": "scan.blocks", "lang": "en", "blocks": many(MAX_BLOCKS)}));
    refused(
        json!({"type": "scan.blocks", "lang": "en", "blocks": many(MAX_BLOCKS + 1)}),
        "at most 500",
    );
    // Characters, not bytes: 4,000 Arabic letters are allowed.
    ok(
        json!({"type": "scan.blocks", "lang": "en", "blocks": [block("b".into(), "ب".repeat(MAX_TEXT))]}),
    );
    refused(
        json!({"type": "scan.blocks", "lang": "en", "blocks": [block("b".into(), "x".repeat(MAX_TEXT + 1))]}),
        "more than 4000",
    );
    refused(
        json!({"type": "scan.blocks", "lang": "en", "blocks": [block(String::new(), "x".into())]}),
        "block id",
    );
    refused(
        json!({"type": "scan.blocks", "lang": "en", "blocks": [block("i".repeat(MAX_ID + 1), "x".into())]}),
        "block id",
    );
}

#[test]
fn ui_format_bounds() {
    let msg = |id: &str, args: Value| json!({"id": id, "args": args});
    let many = |n: usize| {
        (0..n)
            .map(|_| msg("captcha-blocked", json!({"count": 2})))
            .collect::<Vec<_>>()
    };
    ok(json!({"type": "ui.format", "lang": "ar", "messages": many(MAX_UI_MESSAGES)}));
    refused(
        json!({"type": "ui.format", "lang": "ar", "messages": many(MAX_UI_MESSAGES + 1)}),
        "at most 500",
    );
    for bad in ["", "Captcha", "a b", "a_b", &"a".repeat(101)] {
        refused(
            json!({"type": "ui.format", "lang": "ar", "messages": [msg(bad, json!({}))]}),
            "kebab-case",
        );
    }
    let args = |n: usize| {
        (0..n)
            .map(|i| (format!("a{i}"), json!(i)))
            .collect::<serde_json::Map<_, _>>()
    };
    ok(
        json!({"type": "ui.format", "lang": "ar", "messages": [msg("x", Value::Object(args(MAX_UI_ARGS)))]}),
    );
    refused(
        json!({"type": "ui.format", "lang": "ar", "messages": [msg("x", Value::Object(args(MAX_UI_ARGS + 1)))]}),
        "arguments",
    );
    ok(
        json!({"type": "ui.format", "lang": "ar", "messages": [msg("x", json!({"detail": "é".repeat(MAX_TEXT)}))]}),
    );
    refused(
        json!({"type": "ui.format", "lang": "ar", "messages": [msg("x", json!({"detail": "é".repeat(MAX_TEXT + 1)}))]}),
        "arguments",
    );
    // Arguments are text or numbers, nothing else.
    assert!(serde_json::from_value::<Request>(
        json!({"type": "ui.format", "lang": "ar", "messages": [msg("x", json!({"o": {"a": 1}}))]})
    )
    .is_err());
}

#[test]
fn captcha_bounds() {
    let cand = |label: String| {
        json!({"id": "c", "tag": "div", "elId": "", "classes": "", "name": "", "src": "", "title": "",
               "label": label, "data": "", "inputType": "", "group": ""})
    };
    let detect = |n: usize, label: String, scripts: Vec<String>| json!({"type": "captcha.detect", "lang": "en", "candidates": vec![cand(label); n], "scripts": scripts});
    ok(detect(
        MAX_CANDIDATES,
        "x".repeat(MAX_TEXT),
        vec!["s".into(); MAX_CANDIDATES],
    ));
    refused(detect(MAX_CANDIDATES + 1, "x".into(), vec![]), "candidates");
    refused(
        detect(1, "x".into(), vec!["s".into(); MAX_CANDIDATES + 1]),
        "candidates",
    );
    refused(detect(1, "x".repeat(MAX_TEXT + 1), vec![]), "longer than");
    refused(
        detect(1, "x".into(), vec!["s".repeat(MAX_TEXT + 1)]),
        "longer than",
    );
    let event = |path: String| json!({"type": "captcha.event", "event": "seen", "kind": "captchetat", "host": "a.gouv.fr", "path": path});
    ok(event("/".repeat(MAX_TEXT)));
    refused(event("/".repeat(MAX_TEXT + 1)), "path too long");
}

#[test]
fn journal_bounds() {
    let record = |failure: &str, message: usize, url: usize, title: usize, snapshot: usize| {
        json!({"type": "journal.record", "failure": failure, "message": "m".repeat(message),
               "url": "u".repeat(url), "title": "t".repeat(title), "snapshot": "s".repeat(snapshot)})
    };
    ok(record("no-slot", MAX_TEXT, 8192, 2000, MAX_SNAPSHOT));
    refused(record("polling", 1, 1, 1, 1), "unknown failure kind");
    refused(record("no-slot", MAX_TEXT + 1, 1, 1, 1), "too long");
    refused(record("no-slot", 1, 8193, 1, 1), "too long");
    refused(record("no-slot", 1, 1, 2001, 1), "too long");
    refused(record("no-slot", 1, 1, 1, MAX_SNAPSHOT + 1), "too long");

    ok(json!({"type": "journal.report", "note": "n".repeat(MAX_TEXT)}));
    refused(
        json!({"type": "journal.report", "note": "n".repeat(MAX_TEXT + 1)}),
        "note too long",
    );
    ok(json!({"type": "journal.delete", "entry": 1, "reason": "r".repeat(MAX_TEXT)}));
    refused(
        json!({"type": "journal.delete", "entry": 1, "reason": "r".repeat(MAX_TEXT + 1)}),
        "reason too long",
    );

    let max_note = relais_journal::MAX_NOTE_CHARS;
    ok(json!({"type": "journal.note", "entry": 0, "text": "é".repeat(max_note)}));
    refused(
        json!({"type": "journal.note", "entry": 0, "text": "é".repeat(max_note + 1)}),
        "1 to 4000",
    );
    refused(
        json!({"type": "journal.note", "entry": 0, "text": " \n "}),
        "1 to 4000",
    );

    let tsa = |urls: Vec<String>| json!({"type": "journal.timestamp", "urls": urls});
    ok(tsa(vec!["https://tsa.example/".into(); MAX_TSA]));
    refused(tsa(vec![]), "1 to 4");
    refused(
        tsa(vec!["https://tsa.example/".into(); MAX_TSA + 1]),
        "1 to 4",
    );
    for bad in [
        "ftp://tsa.example",
        "https://tsa.example/ x",
        "javascript:alert(1)",
    ] {
        refused(tsa(vec![bad.into()]), "not an http(s) address");
    }
    refused(
        tsa(vec![format!("https://{}", "a".repeat(500))]),
        "not an http(s) address",
    );
}

#[test]
fn mediator_and_profile_bounds() {
    ok(json!({"type": "mediator.set", "scale": MAX_SCALE_STEP}));
    refused(
        json!({"type": "mediator.set", "scale": MAX_SCALE_STEP + 1}),
        "scale",
    );
    refused(json!({"type": "mediator.set", "lang": "xx"}), "xx");
    ok(json!({"type": "mediator.set", "notes": "n".repeat(relais_journal::MAX_NOTE_CHARS)}));
    refused(
        json!({"type": "mediator.set", "notes": "n".repeat(relais_journal::MAX_NOTE_CHARS + 1)}),
        "notes too long",
    );
    for s in ["phrases", "notes", "end"] {
        ok(json!({"type": "mediator.open", "section": s}));
    }
    refused(
        json!({"type": "mediator.open", "section": "settings"}),
        "section",
    );

    let end = |profile: &str, pass: &str| json!({"type": "mediator.end", "keep": true, "profile": profile, "passphrase": pass});
    ok(json!({"type": "mediator.end", "keep": false}));
    ok(json!({"type": "mediator.end", "keep": false, "clean": true}));
    ok(end(&"p".repeat(60), &"x".repeat(MIN_PASSPHRASE)));
    refused(end(&"p".repeat(61), "correct horse"), "profile");
    refused(end("  ", "correct horse"), "profile");
    refused(end("a\nb", "correct horse"), "profile");
    refused(end("A. B.", &"x".repeat(MIN_PASSPHRASE - 1)), "passphrase");
    refused(end("A. B.", &"x".repeat(1001)), "passphrase");
    refused(json!({"type": "mediator.end", "keep": true}), "profile");
    for t in ["profile.open", "profile.export"] {
        ok(json!({"type": t, "profile": "A. B.", "passphrase": "x".repeat(MIN_PASSPHRASE)}));
        refused(
            json!({"type": t, "profile": "A. B.", "passphrase": "short"}),
            "passphrase",
        );
        refused(
            json!({"type": t, "profile": "", "passphrase": "correct horse"}),
            "profile",
        );
    }
    refused(
        json!({"type": "profile.delete", "profile": "\u{7}"}),
        "profile",
    );
}

/// The message types as serde's derive for an internally tagged enum reads them: what
/// `decode.rs` replaces, kept here to check that both accept and refuse the same messages.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all_fields = "camelCase", deny_unknown_fields)]
enum Derived {
    #[serde(rename = "settings.get")]
    SettingsGet { host: String },
    #[serde(rename = "settings.set")]
    SettingsSet {
        #[serde(default)]
        lang: Option<String>,
        #[serde(default)]
        host: Option<String>,
        #[serde(default)]
        enabled: Option<bool>,
    },
    #[serde(rename = "scan.blocks")]
    ScanBlocks {
        lang: String,
        blocks: Vec<Block>,
        #[serde(default)]
        url: Option<String>,
    },
    #[serde(rename = "ui.strings")]
    UiStrings { lang: String },
    #[serde(rename = "ui.format")]
    UiFormat {
        lang: String,
        messages: Vec<UiMessage>,
    },
    #[serde(rename = "locale.list")]
    LocaleList {},
    #[serde(rename = "captcha.detect")]
    CaptchaDetect {
        lang: String,
        candidates: Vec<captcha::Candidate>,
        #[serde(default)]
        scripts: Vec<String>,
    },
    #[serde(rename = "captcha.event")]
    CaptchaEvent {
        event: CaptchaEventKind,
        kind: captcha::Kind,
        host: String,
        path: String,
    },
    #[serde(rename = "journal.record")]
    JournalRecord {
        failure: String,
        message: String,
        url: String,
        title: String,
        #[serde(default)]
        snapshot: Option<String>,
    },
    #[serde(rename = "journal.report")]
    JournalReport {
        #[serde(default)]
        note: Option<String>,
    },
    #[serde(rename = "journal.delete")]
    JournalDelete { entry: u64, reason: String },
    #[serde(rename = "journal.reload")]
    JournalReload {},
    #[serde(rename = "journal.summary")]
    JournalSummary {},
    #[serde(rename = "journal.note")]
    JournalNote { entry: u64, text: String },
    #[serde(rename = "journal.timestamp")]
    JournalTimestamp { urls: Vec<String> },
    #[serde(rename = "journal.where")]
    JournalWhere {},
    #[serde(rename = "mediator.start")]
    MediatorStart {
        #[serde(default)]
        lang: Option<String>,
        #[serde(default)]
        private: bool,
    },
    #[serde(rename = "mediator.state")]
    MediatorState {},
    #[serde(rename = "mediator.set")]
    MediatorSet {
        #[serde(default)]
        lang: Option<String>,
        #[serde(default)]
        scale: Option<u8>,
        #[serde(default)]
        notes: Option<String>,
    },
    #[serde(rename = "mediator.open")]
    MediatorOpen { section: String },
    #[serde(rename = "mediator.end")]
    MediatorEnd {
        keep: bool,
        #[serde(default)]
        clean: bool,
        #[serde(default)]
        keep_notes: bool,
        #[serde(default)]
        profile: Option<String>,
        #[serde(default)]
        passphrase: Option<String>,
    },
    #[serde(rename = "profile.list")]
    ProfileList {},
    #[serde(rename = "profile.open")]
    ProfileOpen { profile: String, passphrase: String },
    #[serde(rename = "profile.export")]
    ProfileExport { profile: String, passphrase: String },
    #[serde(rename = "profile.delete")]
    ProfileDelete { profile: String },
    #[serde(rename = "phrases.get")]
    PhrasesGet { lang: String },
    #[serde(rename = "untranslated.list")]
    UntranslatedList {
        #[serde(default)]
        lang: Option<String>,
    },
    #[serde(rename = "untranslated.export")]
    UntranslatedExport { lang: String },
    #[serde(rename = "untranslated.clear")]
    UntranslatedClear {},
}

#[test]
fn decoding_accepts_and_refuses_what_serdes_derive_does() {
    // Every sample, and each with every field removed, made null, given another type's value,
    // and with every known field (and an unknown one) added.
    let all = samples();
    let mut values: Vec<Value> = vec![
        json!(null),
        json!(true),
        json!(7),
        json!(-1),
        json!(1.5),
        json!(300),
        json!("x"),
        json!([]),
        json!({}),
    ];
    for (_, v) in &all {
        values.extend(v.as_object().expect("object").values().cloned());
    }
    let mut names: Vec<String> = vec!["type".into(), "extra".into(), "keep_notes".into()];
    for (_, v) in &all {
        names.extend(v.as_object().expect("object").keys().cloned());
    }
    names.sort();
    names.dedup();
    let mut cases: Vec<Value> = vec![
        json!({}),
        json!([]),
        json!("settings.get"),
        json!({"type": null}),
    ];
    for (_, v) in &all {
        let o = v.as_object().expect("object");
        cases.push(v.clone());
        for k in o.keys() {
            let mut less = o.clone();
            less.remove(k);
            cases.push(Value::Object(less));
        }
        for k in &names {
            for x in &values {
                let mut more = o.clone();
                more.insert(k.clone(), x.clone());
                cases.push(Value::Object(more));
            }
        }
    }
    for v in cases {
        let new = serde_json::from_value::<Request>(v.clone());
        let old = serde_json::from_value::<Derived>(v.clone());
        assert_eq!(new.is_ok(), old.is_ok(), "{v}: {new:?} / {old:?}");
        if let (Ok(new), Ok(old)) = (&new, &old) {
            assert_eq!(
                serde_json::to_value(new).expect("encode"),
                serde_json::to_value(old).expect("encode"),
                "{v}"
            );
        }
    }
}

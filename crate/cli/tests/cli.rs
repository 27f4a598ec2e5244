//! The built `relais` binary, run as a user runs it: help and version, exit codes (0 ok, 1 a check
//! failed, 2 usage error or unreadable input), the output formats that scripts rely on.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use relais_journal::{read_zip, DosTime, ZipWriter};

fn relais(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relais"))
        .args(args)
        .output()
        .expect("run relais")
}

fn relais_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_relais"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run relais");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for relais")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, showing what the command printed when it differs.
fn assert_code(o: &Output, code: i32, args: &[&str]) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "relais {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        stdout(o),
        stderr(o)
    );
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture_bundle() -> PathBuf {
    repo().join("crate/journal/tests/data/journal/v1/bundle.zip")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn version_prints_the_workspace_version() {
    for flag in ["--version", "-V"] {
        let o = relais(&[flag]);
        assert_code(&o, 0, &[flag]);
        assert_eq!(
            stdout(&o),
            format!("relais {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn help_exits_0_on_every_command() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["scan", "--help"],
        &["locales", "--help"],
        &["locales", "check", "--help"],
        &["anonymize", "--help"],
        &["research", "--help"],
        &["research", "aggregate", "--help"],
        &["research", "aggregate", "-h"],
        &["journal", "--help"],
        &["journal", "verify", "--help"],
        &["journal", "summary", "--help"],
        &["help", "journal", "verify"],
    ] {
        let o = relais(args);
        assert_code(&o, 0, args);
        assert!(
            stdout(&o).contains("Usage: relais"),
            "{args:?}: {}",
            stdout(&o)
        );
        assert!(stderr(&o).is_empty(), "{args:?}: {}", stderr(&o));
    }
    let top = stdout(&relais(&["--help"]));
    for needle in [
        "scan",
        "locales",
        "anonymize",
        "research",
        "journal",
        "Exit codes:",
        "  0  ok",
        "  1  a check failed",
        "  2  usage error",
    ] {
        assert!(top.contains(needle), "{needle} not in\n{top}");
    }
    let aggregate = stdout(&relais(&["research", "aggregate", "--help"]));
    for needle in [
        "--out <DIR>",
        "--k <N>",
        "[default: 5]",
        "--max-line <BYTES>",
        "--no-message-check",
    ] {
        assert!(aggregate.contains(needle), "{needle} not in\n{aggregate}");
    }
    let verify = stdout(&relais(&["journal", "verify", "--help"]));
    for needle in ["<BUNDLE.zip>", "--tsa-ca <FILE>", "--json"] {
        assert!(verify.contains(needle), "{needle} not in\n{verify}");
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["--nope"],
        &["frobnicate"],
        &["scan"],
        &["scan", "page.html", "--nope"],
        &["scan", "page.html", "--lang", "xx"],
        &["locales"],
        &["locales", "check", "--nope"],
        &["anonymize", "--nope"],
        &["research"],
        &["research", "aggregate", "in.jsonl"],
        &[
            "research",
            "aggregate",
            "in.jsonl",
            "--out",
            "o",
            "--k",
            "0",
        ],
        &[
            "research",
            "aggregate",
            "in.jsonl",
            "--out",
            "o",
            "--unknown",
        ],
        &["journal"],
        &["journal", "verify"],
        &["journal", "verify", "a.zip", "b.zip"],
        &["journal", "verify", "--frobnicate", "a.zip"],
        &["journal", "summary", "a.zip", "--json"],
    ] {
        let o = relais(args);
        assert_code(&o, 2, args);
        assert!(stdout(&o).is_empty(), "{args:?}: {}", stdout(&o));
        assert!(
            !stderr(&o).is_empty(),
            "{args:?}: nothing on standard error"
        );
    }
    let o = relais(&["scan", "page.html", "--nope"]);
    assert!(
        stderr(&o).contains("unexpected argument '--nope'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unreadable_input_exits_2() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let missing = tmp.path().join("missing");
    let missing = path(&missing);
    for args in [
        &["scan", missing][..],
        &["locales", "check", missing],
        &["journal", "verify", missing],
        &["journal", "summary", missing],
        &[
            "journal",
            "verify",
            path(&fixture_bundle()),
            "--tsa-ca",
            missing,
        ],
    ] {
        let o = relais(args);
        assert_code(&o, 2, args);
        assert!(
            stderr(&o).starts_with("relais: "),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(stderr(&o).contains(missing), "{args:?}: {}", stderr(&o));
    }
}

/// The frozen fixture, its journal changed and zipped again: the chain names the broken record.
fn tampered_bundle(dir: &Path) -> PathBuf {
    let bytes = std::fs::read(fixture_bundle()).expect("fixture");
    let mut files = read_zip(&bytes).expect("zip");
    let json = String::from_utf8(files["journal.json"].clone()).expect("UTF-8");
    files.insert(
        "journal.json".into(),
        json.replacen("Veuillez recommencer", "Veuillez recommencez", 1)
            .into_bytes(),
    );
    let mut w = ZipWriter::new(DosTime::EPOCH);
    for (name, bytes) in &files {
        w.add(name, bytes).expect("add");
    }
    let path = dir.join("tampered.zip");
    std::fs::write(&path, w.finish().expect("zip")).expect("write");
    path
}

#[test]
fn a_broken_bundle_exits_1() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let tampered = tampered_bundle(tmp.path());
    let args = ["journal", "verify", path(&tampered)];
    let o = relais(&args);
    assert_code(&o, 1, &args);
    assert!(stdout(&o).starts_with("BROKEN: "), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("record #1 (entry of 2024-11-02T21:14:03.120Z) is broken"),
        "{}",
        stdout(&o)
    );

    let args = ["journal", "verify", "--json", path(&tampered)];
    let o = relais(&args);
    assert_code(&o, 1, &args);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["ok"], false);

    let args = ["journal", "summary", path(&tampered)];
    assert_code(&relais(&args), 1, &args);

    // One byte of the stored journal flipped: the ZIP's own checksum refuses it.
    let mut bytes = std::fs::read(fixture_bundle()).expect("fixture");
    let at = bytes
        .windows(20)
        .position(|w| w == b"Veuillez recommencer")
        .expect("journal.json is stored uncompressed");
    bytes[at] ^= 0x01;
    let flipped = tmp.path().join("flipped.zip");
    std::fs::write(&flipped, bytes).expect("write");
    let args = ["journal", "verify", path(&flipped)];
    let o = relais(&args);
    assert_code(&o, 1, &args);
    assert!(stdout(&o).starts_with("BROKEN: "), "{}", stdout(&o));
}

#[test]
fn summary_of_the_fixture_exits_0() {
    let bundle = fixture_bundle();
    let args = ["journal", "summary", path(&bundle)];
    let o = relais(&args);
    assert_code(&o, 0, &args);
    assert!(
        stdout(&o).starts_with("3 attempts on 2024-11-02"),
        "{}",
        stdout(&o)
    );
}

/// The `fr` master and the `en` reference only: every other language is missing, a failed gate.
#[test]
fn locales_check_exits_1_when_a_gate_fails() {
    let shipped = repo().join("locales");
    let args = ["locales", "check", path(&shipped)];
    let o = relais(&args);
    assert_code(&o, 0, &args);
    assert!(
        stdout(&o).ends_with("locales: all quality gates passed\n"),
        "{}",
        stdout(&o)
    );

    let tmp = tempfile::tempdir().expect("temporary folder");
    for lang in ["fr", "en"] {
        let to = tmp.path().join(lang);
        std::fs::create_dir(&to).expect("mkdir");
        for f in std::fs::read_dir(shipped.join(lang)).expect("locales") {
            let f = f.expect("entry").path();
            std::fs::copy(&f, to.join(f.file_name().expect("name"))).expect("copy");
        }
    }
    let args = ["locales", "check", path(tmp.path())];
    let o = relais(&args);
    assert_code(&o, 1, &args);
    assert!(
        stdout(&o).contains("problem: ar: no locale folder"),
        "{}",
        stdout(&o)
    );
    assert!(stderr(&o).contains("locale problems"), "{}", stderr(&o));
    // --lang keeps the master's problems and those of one language.
    let args = ["locales", "check", path(tmp.path()), "--lang", "en"];
    let o = relais(&args);
    assert_code(&o, 0, &args);
}

#[test]
fn scan_prints_json() {
    let page = repo().join("tests/fixtures/portals/anef-login/index.html");
    let args = ["scan", path(&page), "--lang", "ar"];
    let o = relais(&args);
    assert_code(&o, 0, &args);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["lang"], "ar");
    assert_eq!(v["page"], path(&page));
    assert!(
        v["summary"]["blocks"].as_u64().is_some_and(|n| n > 0),
        "{v}"
    );
}

/// Issues 12 and 13 through the tool: short texts are read and have no readability (the core
/// scores paragraphs from 12 words); a failure is found wherever it is printed, a field's
/// validation message is not one; a select is its chosen option.
#[test]
fn scan_reads_short_texts_and_failures_wherever_printed() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let page = tmp.path().join("page.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html lang="fr"><body><main><form>
        <label for="n">Numéro allocataire</label><input id="n" aria-describedby="n-aide">
        <span id="n-aide" class="help-block">Service momentanément indisponible</span>
        <div class="q-field__messages"><div role="alert">Ce champ est obligatoire</div></div>
        <select><option>Célibataire</option><option selected>Marié(e)</option></select></form>
        <p>Aucun créneau disponible.</p>
        <div role="status">Votre session a expiré</div>
        <div class="toast"><div class="toast-body">Une erreur est survenue</div></div>
        <p>Les rendez-vous de la préfecture sont ouverts chaque semaine, le lundi matin, pour les demandes de titre de séjour.</p>
        </main></body></html>"#,
    )
    .expect("write page");
    let args = ["scan", path(&page), "--lang", "en"];
    let o = relais(&args);
    assert_code(&o, 0, &args);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let blocks = v["blocks"].as_array().expect("blocks");
    let block = |text: &str| {
        blocks
            .iter()
            .find(|b| b["text"] == text)
            .unwrap_or_else(|| panic!("{text:?} not read: {v}"))
    };
    assert_eq!(block("Service momentanément indisponible")["kind"], "hint");
    assert_eq!(
        block("Service momentanément indisponible")["failure"],
        "unavailable"
    );
    assert_eq!(block("Ce champ est obligatoire")["kind"], "error");
    assert!(block("Ce champ est obligatoire")["failure"].is_null());
    assert_eq!(block("Marié(e)")["kind"], "option");
    for (text, failure) in [
        ("Aucun créneau disponible.", "no-slot"),
        ("Votre session a expiré", "session-expired"),
        ("Une erreur est survenue", "unavailable"),
    ] {
        assert_eq!(block(text)["kind"], "text");
        assert_eq!(block(text)["failure"], failure, "{text}");
        assert!(
            block(text)["readability"].is_null(),
            "{text}: a short text is not scored"
        );
    }
    // A failure message is explained by its failure's concept even when no glossary form names it.
    let terms = block("Votre session a expiré")["terms"].to_string();
    assert!(terms.contains("session-expiree"), "{terms}");
    let long = block("Les rendez-vous de la préfecture sont ouverts chaque semaine, le lundi matin, pour les demandes de titre de séjour.");
    assert!(long["readability"]["ease"].is_number(), "{long}");
    assert!(long["failure"].is_null());
    assert_eq!(v["summary"]["failures"], 4);
}

#[test]
fn anonymize_filters_standard_input() {
    let o = relais_with_input(&["anonymize"], b"Tel 06 12 34 56 78\nMme Diallo\n");
    assert_code(&o, 0, &["anonymize"]);
    assert_eq!(stdout(&o), "Tel [PHONE]\nMme [NAME]\n");
}

#[test]
fn research_aggregate_writes_its_folder() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let input = tmp.path().join("a.jsonl");
    let mut lines = String::new();
    for c in 0..3u32 {
        lines += &format!(
            r#"{{"schema_version":1,"contributor_id":"{c:032x}","export_id":"{:032x}","portal":"anef","procedure":"naturalisation","failure_kind":"no_slot","message":"","hour_utc":"2024-03-12T08:00:00Z","weekday":"tue","attempt_count":3,"browser_family":"chrome","extension_version":"0.1.0"}}"#,
            c + 100
        );
        lines.push('\n');
    }
    std::fs::write(&input, lines).expect("write");
    let out = tmp.path().join("out");
    let args = [
        "research",
        "aggregate",
        path(&input),
        "--out",
        path(&out),
        "--k",
        "1",
    ];
    let o = relais(&args);
    assert_code(&o, 0, &args);
    assert_eq!(
        std::fs::read_to_string(out.join("issues.txt")).expect("issues"),
        ""
    );
    assert!(std::fs::read_to_string(out.join("portal_failure_week.csv"))
        .expect("csv")
        .ends_with("anef,no_slot,2024-W11,2024-03-11,3,9,3\n"));
    assert!(stderr(&o).contains("k = 1; wrote "), "{}", stderr(&o));
}

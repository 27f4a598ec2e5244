//! `relais journal …`: checking an evidence bundle without the extension.
//!
//! ```text
//! relais journal verify BUNDLE.zip [--tsa-ca FILE] [--json]
//! relais journal summary BUNDLE.zip
//! ```
//!
//! `verify` checks every link of the chain, every capture's SHA-256 and every trusted timestamp
//! (imprint in the core, signature with `openssl ts -verify`), then prints OK with the counts and
//! the date range, or the first broken record and why. Exit code: 0 OK, 1 broken or not fully
//! checkable, 2 usage error (bad arguments, unreadable file).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Args, Subcommand};
use relais_journal::{verify_bundle, Report, TimestampReport, VerifiedJournal};

use super::{print, Failure};

#[derive(Subcommand, Debug)]
pub enum JournalCommand {
    /// Check an evidence bundle: print OK with the counts and the date range, or the first broken
    /// record and why (exit 1)
    ///
    /// It checks the ZIP (every CRC-32), the schema, every record (hash, link, number, fields),
    /// every capture's SHA-256, and every trusted timestamp: that it certifies the record it
    /// names, and its signature, with `openssl ts -verify` (OpenSSL must be installed when the
    /// bundle holds timestamps). No network. See docs/evidence.md.
    Verify(VerifyArgs),
    /// Verify a bundle, then print the dossier's figures: its sentences, then the counts per
    /// portal, failure kind and day as JSON (exit 1 if the bundle is broken)
    Summary(SummaryArgs),
}

#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct VerifyArgs {
    /// The bundle exported from the journal page
    #[arg(value_name = "BUNDLE.zip")]
    pub bundle: PathBuf,
    /// Check the timestamps' signatures against this certificate of the authority (PEM) instead
    /// of the chain in the bundle
    #[arg(long, value_name = "FILE")]
    pub tsa_ca: Option<PathBuf>,
    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SummaryArgs {
    /// The bundle exported from the journal page
    #[arg(value_name = "BUNDLE.zip")]
    pub bundle: PathBuf,
}

pub fn run(command: &JournalCommand, out: &mut dyn Write) -> Result<(), Failure> {
    match command {
        JournalCommand::Verify(args) => verify(args, out),
        JournalCommand::Summary(args) => summary(args, out),
    }
}

/// The bundle's bytes verified: `Err` is exit 2 (unreadable), `Ok(Err)` the reason it is broken.
fn load(path: &Path) -> Result<Result<VerifiedJournal, String>, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(verify_bundle(&bytes).map_err(|e| e.to_string()))
}

fn verify(args: &VerifyArgs, out: &mut dyn Write) -> Result<(), Failure> {
    if let Some(ca) = &args.tsa_ca {
        if !ca.is_file() {
            return Err(Failure::Usage(format!("cannot read {}", ca.display())));
        }
    }
    let name = args.bundle.display().to_string();
    let verified = match load(&args.bundle)? {
        Err(why) => return broken(&name, &why, args.json, out),
        Ok(v) => v,
    };
    let mut stamps = Vec::new();
    for t in &verified.report.timestamps {
        match check_signature(&verified, t, args.tsa_ca.as_deref()) {
            Ok(line) => stamps.push(line),
            Err(why) => {
                let why = format!("trusted timestamp {} does not hold: {why}", t.n);
                return broken(&name, &why, args.json, out);
            }
        }
    }
    let text = if args.json {
        let v = serde_json::json!({ "ok": true, "bundle": name, "report": verified.report, "timestampSigners": stamps });
        format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
    } else {
        ok_text(&name, &verified.report, &stamps)
    };
    print(out, &text)
}

/// Prints why the bundle is broken; a failed check (exit 1).
fn broken(name: &str, why: &str, json: bool, out: &mut dyn Write) -> Result<(), Failure> {
    let text = if json {
        let v = serde_json::json!({ "ok": false, "bundle": name, "error": why });
        format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
    } else {
        format!("BROKEN: {name}\n  {why}\n  Nothing in this bundle can be relied on until this is explained.\n")
    };
    print(out, &text)?;
    Err(Failure::Check(None))
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn ok_text(name: &str, r: &Report, stamps: &[String]) -> String {
    let mut s = format!("OK: {name}\n");
    s += &format!(
        "  chain: {} intact ({}, {}, {}{}), schema {}\n",
        plural(r.records, "record", "records"),
        plural(r.entries, "entry", "entries"),
        plural(r.attempts, "repeated attempt", "repeated attempts"),
        plural(r.deletions, "deletion", "deletions"),
        if r.notes > 0 {
            format!(", {}", plural(r.notes, "note", "notes"))
        } else {
            String::new()
        },
        match r.read_as {
            Some(read_as) => format!("{} (read as schema {read_as})", r.schema),
            None => r.schema.to_string(),
        }
    );
    s += &format!(
        "  failures met: {} (deleted entries not counted)\n",
        r.attempts_total
    );
    s += &format!("  captures: {} checked", r.captures_checked);
    if r.captures_dropped > 0 {
        s += &format!(
            ", {} removed with deleted entries (their hashes stay in the chain)",
            r.captures_dropped
        );
    }
    s.push('\n');
    match (&r.first, &r.last) {
        (Some(f), Some(l)) => {
            s += &format!("  from: {}  ({} on the recording clock)\n", f.utc, f.local);
            s += &format!("  to:   {}  ({} on the recording clock)\n", l.utc, l.local);
        }
        _ => s += "  the journal is empty\n",
    }
    s += &format!("  head: {}\n", r.head);
    if stamps.is_empty() {
        s += "  trusted timestamps: none (record times are those of the recording computer's clock)\n";
    }
    for line in stamps {
        s += &format!("  {line}\n");
    }
    s
}

/// Checks a timestamp's signature with `openssl ts -verify`; returns the line to print.
fn check_signature(
    v: &VerifiedJournal,
    t: &TimestampReport,
    tsa_ca: Option<&Path>,
) -> Result<String, String> {
    let token = v
        .files
        .get(&t.token)
        .ok_or_else(|| format!("{} is missing", t.token))?;
    let dir = tempfile::Builder::new()
        .prefix("relais-journal-")
        .tempdir()
        .map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let tsr = dir.path().join("token.tsr");
    std::fs::write(&tsr, token).map_err(|e| e.to_string())?;
    let ca = match (tsa_ca, &t.certs) {
        (Some(ca), _) => ca.to_path_buf(),
        (None, Some(certs)) => {
            let pem = v.files.get(certs).ok_or_else(|| format!("{certs} is missing"))?;
            let p = dir.path().join("certs.pem");
            std::fs::write(&p, pem).map_err(|e| e.to_string())?;
            p
        }
        (None, None) => {
            return Err("the bundle holds no certificate chain for it: pass the authority's certificate with --tsa-ca FILE".to_string())
        }
    };
    let out = Command::new("openssl")
        .args(["ts", "-verify", "-digest", &t.digest, "-in"])
        .arg(&tsr)
        .arg("-CAfile")
        .arg(&ca)
        .output()
        .map_err(|e| {
            format!("its signature cannot be checked here: openssl could not be run ({e}); install OpenSSL and run again")
        })?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if !out.status.success() || !text.contains("Verification: OK") {
        let detail: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("Using configuration") && !l.trim().is_empty())
            .map(|l| l.rsplit(':').next().unwrap_or(l).trim())
            .collect();
        return Err(format!(
            "openssl ts -verify refused its signature ({})",
            detail.join("; ")
        ));
    }
    let subject = Command::new("openssl")
        .args(["x509", "-noout", "-subject", "-in"])
        .arg(&ca)
        .output()
        .ok()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .trim()
                .trim_start_matches("subject=")
                .trim()
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "an unnamed authority".to_string());
    let anchor = if tsa_ca.is_some() {
        "the certificate you gave"
    } else {
        "the certificate in the bundle"
    };
    Ok(format!(
        "trusted timestamp {}: record #{} (hash {}…) existed at {} per {} ({}), signature checked by openssl against {anchor}",
        t.n,
        t.seq,
        &t.head[..12.min(t.head.len())],
        t.gen_time,
        subject,
        t.tsa
    ))
}

fn summary(args: &SummaryArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let name = args.bundle.display().to_string();
    let verified = match load(&args.bundle)? {
        Err(why) => return broken(&name, &why, false, out),
        Ok(v) => v,
    };
    let summary = verified.journal.summary();
    let mut text = String::new();
    for sentence in summary.sentences() {
        text += &format!("{sentence}\n");
    }
    text += &format!(
        "{}\n",
        serde_json::to_string_pretty(&summary).unwrap_or_default()
    );
    print(out, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::testing::{self, Outcome};
    use relais_journal::*;
    use std::collections::BTreeMap;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../journal/tests/data/journal")
            .join(name)
    }

    fn have_openssl() -> bool {
        let ok = Command::new("openssl")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("SKIPPED: openssl is not on PATH; the trusted-timestamp tests need it");
        }
        ok
    }

    /// `relais journal ARGS…`.
    fn run_args(args: &[&str]) -> Outcome {
        testing::run(&[&["journal"][..], args].concat())
    }

    fn openssl(dir: &Path, args: &[&str]) {
        let out = Command::new("openssl")
            .current_dir(dir)
            .args(args)
            .output()
            .expect("run openssl");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    #[test]
    fn usage_errors_exit_2() {
        for args in [
            &[][..],
            &["verify"][..],
            &["verify", "a.zip", "b.zip"],
            &["verify", "--nope", "a.zip"],
            &["frobnicate"],
        ] {
            assert_eq!(run_args(args).code, 2, "{args:?}");
        }
        let o = run_args(&["verify", "/nonexistent/bundle.zip"]);
        assert_eq!(o.code, 2);
        assert!(
            o.err.contains("cannot read /nonexistent/bundle.zip"),
            "{}",
            o.err
        );
    }

    #[test]
    fn the_frozen_fixture_verifies() {
        if !have_openssl() {
            return;
        }
        let path = fixture("v1/bundle.zip");
        let o = run_args(&["verify", path.to_str().expect("path")]);
        assert_eq!(o.code, 0, "{}{}", o.out, o.err);
        assert!(o.out.starts_with("OK: "), "{}", o.out);
        assert!(
            o.out
                .contains("chain: 6 records intact (3 entries, 2 repeated attempts, 1 deletion)"),
            "{}",
            o.out
        );
        assert!(
            o.out
                .contains("captures: 3 checked, 1 removed with deleted entries"),
            "{}",
            o.out
        );
        assert!(
            o.out.contains("from: 2024-11-02T21:14:03.120Z"),
            "{}",
            o.out
        );
        assert!(
            o.out.contains("to:   2024-11-04T21:14:03.120Z"),
            "{}",
            o.out
        );
        assert!(
            o.out.contains("trusted timestamp 1: record #6"),
            "{}",
            o.out
        );
        assert!(o.out.contains("CN = Relais test TSA"), "{}", o.out);
        let json = run_args(&["verify", "--json", path.to_str().expect("path")]);
        let v: serde_json::Value = serde_json::from_str(&json.out).expect("json");
        assert_eq!(v["report"]["deletions"], 1);
    }

    #[test]
    fn verify_reports_the_bundles_own_schema() {
        // v1: its own schema 1, read as the current one (text and JSON).
        if have_openssl() {
            let path = fixture("v1/bundle.zip");
            let o = run_args(&["verify", path.to_str().expect("path")]);
            assert_eq!(o.code, 0, "{}{}", o.out, o.err);
            assert!(
                o.out.contains(&format!(
                    "1 deletion), schema 1 (read as schema {SCHEMA})\n"
                )),
                "{}",
                o.out
            );
            let json = run_args(&["verify", "--json", path.to_str().expect("path")]);
            let v: serde_json::Value = serde_json::from_str(&json.out).expect("json");
            assert_eq!(v["report"]["schema"], 1);
            assert_eq!(v["report"]["readAs"], SCHEMA);
        }
        // v2 (the frozen journal with v1's captures): its own schema, not migrated.
        let v1 = std::fs::read(fixture("v1/bundle.zip")).expect("fixture");
        let mut files: BTreeMap<String, Vec<u8>> = read_zip(&v1)
            .expect("zip")
            .into_iter()
            .filter(|(name, _)| name.starts_with("captures/"))
            .collect();
        files.insert(
            "journal.json".into(),
            std::fs::read(fixture("v2/journal.json")).expect("v2 fixture"),
        );
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("v2.zip");
        std::fs::write(&path, zip(&files)).expect("write");
        let o = run_args(&["verify", path.to_str().expect("path")]);
        assert_eq!(o.code, 0, "{}{}", o.out, o.err);
        let expected = if SCHEMA == 2 {
            "2 notes), schema 2\n".to_string()
        } else {
            format!("2 notes), schema 2 (read as schema {SCHEMA})\n")
        };
        assert!(o.out.contains(&expected), "{}", o.out);
        let json = run_args(&["verify", "--json", path.to_str().expect("path")]);
        let v: serde_json::Value = serde_json::from_str(&json.out).expect("json");
        assert_eq!(v["report"]["schema"], 2);
        assert_eq!(
            v["report"]["readAs"],
            serde_json::to_value((SCHEMA != 2).then_some(SCHEMA)).expect("json")
        );
    }

    #[test]
    fn a_broken_bundle_exits_1_and_names_the_record() {
        let bytes = std::fs::read(fixture("v1/bundle.zip")).expect("fixture");
        let mut files = read_zip(&bytes).expect("zip");
        let json = String::from_utf8(files["journal.json"].clone()).expect("utf-8");
        files.insert(
            "journal.json".into(),
            json.replacen("Veuillez recommencer", "Veuillez recommencez", 1)
                .into_bytes(),
        );
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("tampered.zip");
        std::fs::write(&path, zip(&files)).expect("write");
        let o = run_args(&["verify", path.to_str().expect("path")]);
        assert_eq!(o.code, 1);
        assert!(o.out.starts_with("BROKEN: "), "{}", o.out);
        assert!(o.out.contains("record #1 (entry of 2024-11-02T21:14:03.120Z) is broken: its content does not match its hash"), "{}", o.out);
        let s = run_args(&["summary", path.to_str().expect("path")]);
        assert_eq!(s.code, 1);
    }

    #[test]
    fn summary_of_the_fixture() {
        let path = fixture("v1/bundle.zip");
        let o = run_args(&["summary", path.to_str().expect("path")]);
        assert_eq!(o.code, 0, "{}", o.err);
        assert!(o.out.starts_with("3 attempts on 2024-11-02 on préfecture (prise de rendez-vous), all answered no-slot"), "{}", o.out);
    }

    fn zip(files: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
        let mut w = ZipWriter::new(DosTime::EPOCH);
        for (name, bytes) in files {
            w.add(name, bytes).expect("add");
        }
        w.finish().expect("zip")
    }

    fn failure(minutes: i64) -> FailureInput {
        FailureInput {
            when: When {
                utc_ms: 1_730_582_043_120 + minutes * 60_000,
                offset_minutes: 60,
                time_zone: "Europe/Paris".into(),
            },
            url: "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1".into(),
            title: "Prise de rendez-vous".into(),
            failure: FailureKind::NoSlot,
            message: "Aucun créneau disponible".into(),
            extension: "0.1.0".into(),
            ..FailureInput::default()
        }
    }

    /// A local RFC 3161 authority made with `openssl`, timestamping journal heads; `verify`
    /// accepts its tokens and refuses them when the head, the token or the trust anchor change.
    #[test]
    fn trusted_timestamps_from_a_local_authority() {
        if !have_openssl() {
            return;
        }
        let tmp = tempfile::tempdir().expect("temporary folder");
        let d = tmp.path();
        std::fs::write(
            d.join("tsa.cnf"),
            "[ req ]\ndistinguished_name = dn\nprompt = no\nx509_extensions = v3_tsa\n\
             [ dn ]\nCN = Relais test TSA\n\
             [ v3_tsa ]\nbasicConstraints = critical, CA:false\nkeyUsage = critical, digitalSignature, nonRepudiation\n\
             extendedKeyUsage = critical, timeStamping\nsubjectKeyIdentifier = hash\n\
             [ tsa ]\ndefault_tsa = tsa_config\n\
             [ tsa_config ]\ndir = .\nserial = ./serial\ncrypto_device = builtin\nsigner_cert = ./tsa.crt\n\
             certs = ./tsa.crt\nsigner_key = ./tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n\
             other_policies = 1.2.3.4.5\ndigests = sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\n\
             ess_cert_id_chain = no\ness_cert_id_alg = sha256\n",
        )
        .expect("config");
        std::fs::write(d.join("serial"), "01\n").expect("serial");
        let newkey = [
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "3650",
        ];
        openssl(
            d,
            &[
                &newkey[..],
                &[
                    "-keyout", "tsa.key", "-out", "tsa.crt", "-config", "tsa.cnf",
                ],
            ]
            .concat(),
        );

        // A journal of three records; its head timestamped with a request made by openssl.
        let mut journal = Journal::new();
        let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for m in [0, 2, 30] {
            journal
                .record_failure(&failure(m), None, DEFAULT_WINDOW_MS)
                .expect("record");
        }
        let head = journal.head().to_string();
        let digest = sha256_hex(head.as_bytes());
        openssl(
            d,
            &[
                "ts", "-query", "-digest", &digest, "-sha256", "-cert", "-out", "1.tsq",
            ],
        );
        openssl(
            d,
            &[
                "ts",
                "-reply",
                "-config",
                "tsa.cnf",
                "-queryfile",
                "1.tsq",
                "-out",
                "1.tsr",
            ],
        );
        let token = std::fs::read(d.join("1.tsr")).expect("token");
        let names = journal
            .add_timestamp(3, "openssl test TSA", &token, true)
            .expect("add timestamp");
        files.insert(names[0].clone(), token);
        files.insert(
            names[1].clone(),
            std::fs::read(d.join("tsa.crt")).expect("cert"),
        );

        // A fourth record, its head timestamped with the request the core builds.
        journal
            .record_failure(&failure(60), None, DEFAULT_WINDOW_MS)
            .expect("record");
        std::fs::write(d.join("2.tsq"), timestamp_query(journal.head(), Some(42))).expect("query");
        openssl(
            d,
            &[
                "ts",
                "-reply",
                "-config",
                "tsa.cnf",
                "-queryfile",
                "2.tsq",
                "-out",
                "2.tsr",
            ],
        );
        let token2 = std::fs::read(d.join("2.tsr")).expect("token");
        let names = journal
            .add_timestamp(4, "openssl test TSA", &token2, false)
            .expect("add timestamp");
        files.insert(names[0].clone(), token2);

        let bundle = journal
            .export_bundle(|n| files.get(n).map(Vec::as_slice))
            .expect("export");
        let good = d.join("good.zip");
        std::fs::write(&good, &bundle).expect("write");
        let verify = |path: &Path, extra: &[&str]| {
            let mut args = vec!["verify", path.to_str().expect("path")];
            args.extend_from_slice(extra);
            run_args(&args)
        };
        // Timestamp 2 has no certificate in the bundle: the authority's must be given.
        let o = verify(&good, &[]);
        assert_eq!(o.code, 1, "{}", o.out);
        assert!(
            o.out.contains(
                "trusted timestamp 2 does not hold: the bundle holds no certificate chain"
            ),
            "{}",
            o.out
        );
        let ca = d.join("tsa.crt");
        let o = verify(&good, &["--tsa-ca", ca.to_str().expect("path")]);
        assert_eq!(o.code, 0, "{}", o.out);
        assert!(
            o.out.contains("trusted timestamp 1: record #3"),
            "{}",
            o.out
        );
        assert!(
            o.out.contains("trusted timestamp 2: record #4"),
            "{}",
            o.out
        );

        // The head changes: timestamp 1 now claims the head of record #4 with its old token.
        let mut tampered = read_zip(&bundle).expect("zip");
        let json = String::from_utf8(tampered["journal.json"].clone()).expect("utf-8");
        let new_head = journal.records()[3].hash().to_string();
        let json = json.replacen(
            &format!("\"head\":\"{head}\",\"seq\":3"),
            &format!("\"head\":\"{new_head}\",\"seq\":4"),
            1,
        );
        tampered.insert("journal.json".into(), json.into_bytes());
        let path = d.join("moved-head.zip");
        std::fs::write(&path, zip(&tampered)).expect("write");
        let o = verify(&path, &["--tsa-ca", ca.to_str().expect("path")]);
        assert_eq!(o.code, 1, "{}", o.out);
        assert!(
            o.out
                .contains("trusted timestamp 1 does not hold: its token certifies the imprint"),
            "{}",
            o.out
        );

        // The head changes because a timestamped record was altered: the chain says so first.
        let mut tampered = read_zip(&bundle).expect("zip");
        let json = String::from_utf8(tampered["journal.json"].clone()).expect("utf-8");
        tampered.insert(
            "journal.json".into(),
            json.replacen("Aucun créneau", "Aucun  créneau", 1)
                .into_bytes(),
        );
        let path = d.join("altered.zip");
        std::fs::write(&path, zip(&tampered)).expect("write");
        let o = verify(&path, &["--tsa-ca", ca.to_str().expect("path")]);
        assert_eq!(o.code, 1, "{}", o.out);
        assert!(
            o.out
                .contains("record #1 (entry of 2024-11-02T21:14:03.120Z) is broken"),
            "{}",
            o.out
        );

        // A token whose signature was tampered with (last byte of the DER): openssl refuses it.
        let mut tampered = read_zip(&bundle).expect("zip");
        if let Some(t) = tampered.get_mut("timestamps/1.tsr") {
            let last = t.len() - 1;
            t[last] ^= 0x01;
        }
        let path = d.join("bad-signature.zip");
        std::fs::write(&path, zip(&tampered)).expect("write");
        let o = verify(&path, &["--tsa-ca", ca.to_str().expect("path")]);
        assert_eq!(o.code, 1, "{}", o.out);
        assert!(
            o.out.contains(
                "trusted timestamp 1 does not hold: openssl ts -verify refused its signature"
            ),
            "{}",
            o.out
        );

        // Another authority's certificate as trust anchor: refused.
        openssl(
            d,
            &[
                &newkey[..],
                &[
                    "-keyout",
                    "other.key",
                    "-out",
                    "other.crt",
                    "-config",
                    "tsa.cnf",
                ],
            ]
            .concat(),
        );
        let other = d.join("other.crt");
        let o = verify(&good, &["--tsa-ca", other.to_str().expect("path")]);
        assert_eq!(o.code, 1, "{}", o.out);
        assert!(
            o.out.contains("openssl ts -verify refused its signature"),
            "{}",
            o.out
        );

        // Any unzip reads the bundle.
        if Command::new("unzip")
            .arg("-v")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            let t = Command::new("unzip")
                .arg("-tq")
                .arg(&good)
                .output()
                .expect("unzip");
            assert!(
                t.status.success(),
                "unzip -t: {}",
                String::from_utf8_lossy(&t.stdout)
            );
        }
    }
}

//! Reading, checking and writing bundles: the ZIP a person exports and a judge verifies.
//!
//! Layout (documented in `docs/evidence.md`):
//! ```text
//! journal.json           the journal: envelope, then one record per line
//! README.txt             how to verify (not covered by any hash)
//! captures/000001.jpg    the capture of record #1 (.jpg .png .webp .html .mhtml)
//! timestamps/1.tsr       RFC 3161 reply of trusted timestamp 1 (DER)
//! timestamps/1.pem       the certificate chain of its authority (PEM)
//! ```

use super::canonical::{canonical_json, hex, is_sha256_hex, sha256_hex, StrictValue};
use super::time;
use super::tsp::{read_token, timestamp_digest};
use super::zip::{read_zip, DosTime, ZipWriter};
use super::{
    capture_file, migrate, Capture, Journal, JournalError, Moment, Record, Timestamp, FORMAT,
    GENESIS, MAX_CAPTURE_BYTES, SCHEMA,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The name of the journal in a bundle.
pub const JOURNAL_FILE: &str = "journal.json";
const README_FILE: &str = "README.txt";

/// The `README.txt` of every bundle. It is not covered by any hash: it only says how to check.
pub const BUNDLE_README: &str = "\
Relais evidence bundle / dossier de preuves Relais

EN: journal.json lists, in a hash chain, every failure this browser met on a public-service
portal, with the SHA-256 of each capture in captures/. To check that nothing was changed:
    relais journal verify THIS-FILE.zip
or by hand, following the procedure in docs/evidence.md of the Relais source code.
What it proves: what this browser displayed and when it was recorded. It is not a certificate
from the portal. Relais never polls or books anything by itself.

FR : journal.json liste, dans une chaîne de hachage, chaque échec rencontré par ce navigateur
sur un portail de service public, avec l'empreinte SHA-256 de chaque capture (dossier captures/).
Pour vérifier que rien n'a été modifié :
    relais journal verify CE-FICHIER.zip
ou à la main, selon la procédure de docs/evidence.md dans le code source de Relais.
Ce que cela prouve : ce que ce navigateur a affiché et quand cela a été enregistré. Ce n'est pas
une attestation du portail. Relais n'interroge ni ne réserve jamais rien de lui-même.
";

/// What a verification found, for the person, the CLI and the dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The journal's own schema number, as written in it.
    pub schema: u64,
    /// The schema it was migrated to and read as, when that is not its own (a schema 1 bundle
    /// is read as schema 2); `null` otherwise.
    pub read_as: Option<u64>,
    /// Records in the chain, of every kind.
    pub records: u64,
    pub entries: u64,
    /// `attempt` records.
    pub attempts: u64,
    pub deletions: u64,
    /// Notes written by the person or their mediator (schema 2).
    pub notes: u64,
    /// Times a failure was met, entries not deleted: each entry and each of its attempts.
    pub attempts_total: u64,
    /// Capture files whose hash was checked.
    pub captures_checked: u64,
    /// Captures of deleted entries that are not in the bundle (allowed).
    pub captures_dropped: u64,
    /// The earliest and latest record times.
    pub first: Option<Moment>,
    pub last: Option<Moment>,
    /// The hash of the last record: note it to detect a later truncation of the journal.
    pub head: String,
    pub timestamps: Vec<TimestampReport>,
}

/// A trusted timestamp whose token answers for its head (signature not checked here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimestampReport {
    pub n: u64,
    pub seq: u64,
    pub head: String,
    pub tsa: String,
    /// The authority's time, from the token.
    pub gen_time: String,
    /// SHA-256 of the head's 64 hex characters: the message imprint to check with OpenSSL.
    pub digest: String,
    pub token: String,
    pub certs: Option<String>,
}

/// A bundle that passed every check: its journal, its files (captures and timestamp tokens, by
/// name) and the report. Nothing should be written before this is obtained.
#[derive(Debug, Clone)]
pub struct VerifiedJournal {
    pub journal: Journal,
    pub files: BTreeMap<String, Vec<u8>>,
    pub report: Report,
}

/// Checks a bundle completely before anything is imported: the ZIP, the schema, every link of
/// the chain, every capture's hash, every timestamp's imprint. The error names the first broken
/// record and why.
pub fn verify_bundle(bytes: &[u8]) -> Result<VerifiedJournal, JournalError> {
    let mut files = read_zip(bytes).map_err(JournalError::Zip)?;
    let Some(json) = files.remove(JOURNAL_FILE) else {
        let listed: Vec<&str> = files.keys().take(5).map(String::as_str).collect();
        let more = if files.len() > 5 { ", …" } else { "" };
        return Err(JournalError::Foreign(format!(
            "there is no journal.json in this archive (it holds: {}{more})",
            if listed.is_empty() {
                "nothing".to_string()
            } else {
                listed.join(", ")
            }
        )));
    };
    files.remove(README_FILE);
    let (journal, schema) = parse_journal_schema(&json)?;
    let mut report = check_files(&journal, &files)?;
    if schema != report.schema {
        report.read_as = Some(report.schema);
        report.schema = schema;
    }
    Ok(VerifiedJournal {
        journal,
        files,
        report,
    })
}

/// Parses, migrates and checks a journal's JSON (every link and every record), files aside.
pub(super) fn parse_journal(bytes: &[u8]) -> Result<Journal, JournalError> {
    parse_journal_schema(bytes).map(|(journal, _)| journal)
}

/// [`parse_journal`], and the schema number the journal was written with (before migration).
fn parse_journal_schema(bytes: &[u8]) -> Result<(Journal, u64), JournalError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        JournalError::Json {
            detail: format!("invalid UTF-8 at line {line}"),
            record: record_at_line(bytes, line),
        }
    })?;
    let StrictValue(value) = serde_json::from_slice(text.as_bytes()).map_err(|e| {
        // Column 0: the error is the line break that ends the previous line (an unclosed string).
        let line = if e.column() == 0 {
            e.line().saturating_sub(1)
        } else {
            e.line()
        };
        JournalError::Json {
            detail: e.to_string(),
            record: record_at_line(bytes, line),
        }
    })?;
    let Value::Object(mut envelope) = value else {
        return Err(JournalError::NotAJournal(
            "journal.json is not a JSON object".to_string(),
        ));
    };
    match envelope.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(JournalError::NotAJournal(format!(
                "its format is {other}, not \"{FORMAT}\""
            )))
        }
        None => {
            return Err(JournalError::NotAJournal(format!(
                "it has no \"format\": \"{FORMAT}\""
            )))
        }
    }
    let schema = match envelope.get("schema") {
        Some(Value::Number(n)) => n.as_u64().filter(|s| *s >= 1).ok_or_else(|| {
            JournalError::BadSchema(format!("the schema number {n} is not a positive integer"))
        })?,
        _ => {
            return Err(JournalError::BadSchema(
                "it has no schema number".to_string(),
            ))
        }
    };
    if schema > SCHEMA {
        return Err(JournalError::NewerSchema {
            found: schema,
            supported: SCHEMA,
        });
    }
    migrate(schema, &mut envelope)?;

    let Some(Value::Array(values)) = envelope.remove("records") else {
        return Err(JournalError::NotAJournal(
            "it has no list of records".to_string(),
        ));
    };
    let records = check_chain(&values)?;
    let timestamps: Vec<Timestamp> = match envelope.remove("timestamps") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list
            .iter()
            .map(Timestamp::from_json)
            .collect::<Result<_, _>>()
            .map_err(|e| {
                JournalError::NotAJournal(format!("its list of timestamps is malformed: {e}"))
            })?,
        Some(_) => {
            return Err(JournalError::NotAJournal(
                "its \"timestamps\" is not a list".to_string(),
            ))
        }
    };
    for (i, t) in timestamps.iter().enumerate() {
        check_timestamp_entry(i as u64 + 1, t, &records)?;
    }
    Ok((Journal::from_checked(records, values, timestamps), schema))
}

/// The record whose line holds `line` in the layout [`Journal::to_json`] writes.
fn record_at_line(bytes: &[u8], line: usize) -> Option<u64> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.starts_with("\"records\":["))? + 1;
    let record_lines = lines.len().saturating_sub(start + 1);
    let n = line.checked_sub(start)?;
    (1..=record_lines).contains(&n).then_some(n as u64)
}

/// What a record is, in a few words, from whatever can still be read of it.
fn describe(v: &Value) -> String {
    let kind = v.get("kind").and_then(Value::as_str).unwrap_or("record");
    match v
        .get("time")
        .and_then(|t| t.get("utc"))
        .and_then(Value::as_str)
    {
        Some(t) if t.len() <= 40 => format!("{kind} of {t}"),
        _ => kind.to_string(),
    }
}

fn check_chain(values: &[Value]) -> Result<Vec<Record>, JournalError> {
    let mut records = Vec::with_capacity(values.len());
    let mut prev = GENESIS.to_string();
    let mut entries = BTreeSet::new();
    let mut deleted = BTreeSet::new();
    for (i, v) in values.iter().enumerate() {
        let seq = i as u64 + 1;
        let what = describe(v);
        let broken = |reason: String| JournalError::broken(seq, what.clone(), reason);
        let Some(obj) = v.as_object() else {
            return Err(broken("it is not a JSON object".to_string()));
        };
        let stored = match obj.get("hash") {
            Some(Value::String(h)) if is_sha256_hex(h) => h.clone(),
            _ => {
                return Err(broken(
                    "it has no valid \"hash\" (64 lowercase hexadecimal digits)".to_string(),
                ))
            }
        };
        let mut without = obj.clone();
        without.remove("hash");
        let canonical = canonical_json(&Value::Object(without))
            .map_err(|e| broken(format!("it cannot be put in canonical form: {e}")))?;
        let computed = sha256_hex(canonical.as_bytes());
        if computed != stored {
            return Err(broken(format!(
                "its content does not match its hash: it was changed after it was recorded \
                 (recorded hash {stored}, content hashes to {computed})"
            )));
        }
        match obj.get("prev").and_then(Value::as_str) {
            Some(p) if p == prev => {}
            found => {
                return Err(broken(format!(
                    "its link to the previous record is broken: it follows {}, but the record before it has hash {prev}; \
                     a record was removed, inserted or reordered before it",
                    found.unwrap_or("nothing")
                )))
            }
        }
        match obj.get("seq").and_then(Value::as_u64) {
            Some(s) if s == seq => {}
            Some(s) => {
                return Err(broken(format!(
                    "it says it is record #{s}: a record before it was removed or inserted"
                )))
            }
            None => return Err(broken("it has no record number (\"seq\")".to_string())),
        }
        let record = Record::from_json(v).map_err(|e| broken(format!("it is malformed: {e}")))?;
        check_record(&record, &entries, &deleted).map_err(broken)?;
        match &record {
            Record::Entry(e) => {
                entries.insert(e.seq);
            }
            Record::Deletion(d) => {
                deleted.insert(d.entry);
            }
            Record::Attempt(_) | Record::Note(_) => {}
        }
        prev = stored;
        records.push(record);
    }
    Ok(records)
}

/// The rules a record must follow beyond its hash, given the entries and deletions before it.
fn check_record(
    r: &Record,
    entries: &BTreeSet<u64>,
    deleted: &BTreeSet<u64>,
) -> Result<(), String> {
    r.time().check()?;
    if let Some(c) = r.capture() {
        check_capture(r.seq(), c)?;
    }
    let refers = |entry: u64, what: &str| -> Result<(), String> {
        if !entries.contains(&entry) {
            return Err(format!(
                "it is {what} entry #{entry}, which is not an earlier entry"
            ));
        }
        if deleted.contains(&entry) {
            return Err(format!(
                "it is {what} entry #{entry}, which was already deleted"
            ));
        }
        Ok(())
    };
    match r {
        Record::Entry(e) => {
            if let Some(s) = e.http_status {
                if !(100..=599).contains(&s) {
                    return Err(format!("{s} is not an HTTP status"));
                }
            }
            Ok(())
        }
        Record::Attempt(a) => refers(a.entry, "an attempt of"),
        Record::Deletion(d) => refers(d.entry, "the deletion of"),
        Record::Note(n) => {
            if n.text.trim().is_empty() || n.text.chars().count() > super::MAX_NOTE_CHARS {
                return Err(format!(
                    "its note is empty or longer than {} characters",
                    super::MAX_NOTE_CHARS
                ));
            }
            n.entry.map_or(Ok(()), |e| refers(e, "a note on"))
        }
    }
}

fn check_capture(seq: u64, c: &Capture) -> Result<(), String> {
    let Some(want) = capture_file(seq, c.kind, &c.media_type) else {
        return Err(format!(
            "its capture's type {} does not fit a {:?} capture",
            c.media_type, c.kind
        ));
    };
    if c.file != want {
        return Err(format!(
            "its capture should be named {want}, not {}",
            c.file
        ));
    }
    if !is_sha256_hex(&c.sha256) {
        return Err("its capture's SHA-256 is not 64 lowercase hexadecimal digits".to_string());
    }
    if c.size > MAX_CAPTURE_BYTES as u64 {
        return Err("its capture is larger than allowed".to_string());
    }
    Ok(())
}

fn check_timestamp_entry(n: u64, t: &Timestamp, records: &[Record]) -> Result<(), JournalError> {
    let bad = |reason: String| JournalError::Timestamp { n, reason };
    if t.token != format!("timestamps/{n}.tsr") {
        return Err(bad(format!(
            "its token should be timestamps/{n}.tsr, not {}",
            t.token
        )));
    }
    if let Some(c) = &t.certs {
        if *c != format!("timestamps/{n}.pem") {
            return Err(bad(format!(
                "its certificates should be timestamps/{n}.pem, not {c}"
            )));
        }
    }
    let record = usize::try_from(t.seq)
        .ok()
        .and_then(|s| s.checked_sub(1))
        .and_then(|i| records.get(i));
    match record {
        None => Err(bad(format!(
            "it certifies record #{}, which the journal does not hold ({} records): records were removed from the end",
            t.seq,
            records.len()
        ))),
        Some(r) if r.hash() != t.head => Err(bad(format!(
            "it certifies the hash {} for record #{}, whose hash is {}",
            t.head,
            t.seq,
            r.hash()
        ))),
        Some(_) => Ok(()),
    }
}

/// Checks captures and tokens against the journal; every file must be one the journal names.
pub(super) fn check_files(
    journal: &Journal,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Report, JournalError> {
    let mut known: BTreeSet<&str> = BTreeSet::new();
    let mut checked = 0;
    let mut dropped = 0;
    for r in journal.records() {
        let Some(c) = r.capture() else { continue };
        known.insert(&c.file);
        let broken = |reason: String| {
            let what = format!("{} of {}", kind_name(r), r.time().utc);
            JournalError::broken(r.seq(), what, reason)
        };
        match files.get(&c.file) {
            Some(bytes) => {
                let actual = sha256_hex(bytes);
                if actual != c.sha256 || bytes.len() as u64 != c.size {
                    return Err(broken(format!(
                        "its capture {} is not the one recorded: the file hashes to {actual}, the record says {}",
                        c.file, c.sha256
                    )));
                }
                checked += 1;
            }
            None if journal.is_deleted(r.entry_seq()) => dropped += 1,
            None => {
                return Err(broken(format!(
                    "its capture {} is missing from the bundle",
                    c.file
                )))
            }
        }
    }
    let mut stamps = Vec::new();
    for (i, t) in journal.timestamps().iter().enumerate() {
        let n = i as u64 + 1;
        let bad = |reason: String| JournalError::Timestamp { n, reason };
        known.insert(&t.token);
        let token = files
            .get(&t.token)
            .ok_or_else(|| bad(format!("its token {} is missing from the bundle", t.token)))?;
        if let Some(c) = &t.certs {
            known.insert(c);
            if !files.contains_key(c) {
                return Err(bad(format!(
                    "its certificate chain {c} is missing from the bundle"
                )));
            }
        }
        let info = read_token(token).map_err(|e| bad(format!("{}: {e}", t.token)))?;
        let digest = hex(&timestamp_digest(&t.head));
        if info.digest != digest {
            return Err(bad(format!(
                "its token certifies the imprint {}, but SHA-256 of the head {} is {digest}",
                info.digest, t.head
            )));
        }
        stamps.push(TimestampReport {
            n,
            seq: t.seq,
            head: t.head.clone(),
            tsa: t.tsa.clone(),
            gen_time: info.gen_time,
            digest,
            token: t.token.clone(),
            certs: t.certs.clone(),
        });
    }
    if let Some(stray) = files.keys().find(|f| !known.contains(f.as_str())) {
        return Err(JournalError::Foreign(format!(
            "the file {stray} is in the archive, but no record refers to it"
        )));
    }
    let mut report = report(journal);
    report.captures_checked = checked;
    report.captures_dropped = dropped;
    report.timestamps = stamps;
    Ok(report)
}

fn kind_name(r: &Record) -> &'static str {
    match r {
        Record::Entry(_) => "entry",
        Record::Attempt(_) => "attempt",
        Record::Deletion(_) => "deletion",
        Record::Note(_) => "note",
    }
}

/// Counts and date range of a journal (files not checked).
pub(super) fn report(journal: &Journal) -> Report {
    let mut r = Report {
        schema: SCHEMA,
        read_as: None,
        records: journal.len() as u64,
        entries: 0,
        attempts: 0,
        deletions: 0,
        notes: 0,
        attempts_total: 0,
        captures_checked: 0,
        captures_dropped: 0,
        first: None,
        last: None,
        head: journal.head().to_string(),
        timestamps: Vec::new(),
    };
    let mut first: Option<(i64, &Moment)> = None;
    let mut last: Option<(i64, &Moment)> = None;
    for rec in journal.records() {
        match rec {
            Record::Entry(_) => r.entries += 1,
            Record::Attempt(_) => r.attempts += 1,
            Record::Deletion(_) => r.deletions += 1,
            Record::Note(_) => r.notes += 1,
        }
        if rec.is_failure() && !journal.is_deleted(rec.entry_seq()) {
            r.attempts_total += 1;
        }
        if let Some(ms) = rec.time().utc_ms() {
            if first.is_none_or_older(ms, false) {
                first = Some((ms, rec.time()));
            }
            if last.is_none_or_older(ms, true) {
                last = Some((ms, rec.time()));
            }
        }
    }
    r.first = first.map(|(_, m)| m.clone());
    r.last = last.map(|(_, m)| m.clone());
    r
}

trait Extreme {
    fn is_none_or_older(&self, ms: i64, later: bool) -> bool;
}

impl Extreme for Option<(i64, &Moment)> {
    fn is_none_or_older(&self, ms: i64, later: bool) -> bool {
        match self {
            None => true,
            Some((best, _)) => (later && ms > *best) || (!later && ms < *best),
        }
    }
}

/// Writes the bundle of `journal`, taking captures and tokens from `file`.
pub(super) fn export<'a>(
    journal: &Journal,
    file: impl Fn(&str) -> Option<&'a [u8]>,
) -> Result<Vec<u8>, JournalError> {
    // Every file carries the local time of the last record: the bundle is the same bytes
    // whenever it is exported.
    let stamp = journal
        .records()
        .last()
        .and_then(|r| time::parse(&r.time().local))
        .map(|(ms, offset)| {
            let (y, mo, d, h, mi, s, _) = time::parts(ms + offset as i64 * 60_000);
            DosTime::new(y, mo, d, h, mi, s)
        })
        .unwrap_or(DosTime::EPOCH);
    let mut zip = ZipWriter::new(stamp);
    let zip_err = JournalError::Zip;
    zip.add(JOURNAL_FILE, journal.to_json().as_bytes())
        .map_err(zip_err)?;
    zip.add(README_FILE, BUNDLE_README.as_bytes())
        .map_err(zip_err)?;
    for (name, sha) in journal.needed_files() {
        let bytes = file(&name).ok_or_else(|| {
            JournalError::MissingFile(format!("the file {name} was not provided"))
        })?;
        if let Some(sha) = sha {
            let actual = sha256_hex(bytes);
            if actual != sha {
                return Err(JournalError::MissingFile(format!(
                    "the bytes given for {name} hash to {actual}, but the journal recorded {sha}"
                )));
            }
        }
        zip.add(&name, bytes).map_err(zip_err)?;
    }
    zip.finish().map_err(zip_err)
}

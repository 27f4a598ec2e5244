//! The research export of the evidence journal: what a person may choose to share for research,
//! built from their journal (see `docs/research.md`, "Exporting from the extension").
//!
//! [`research_records`] turns a [`Journal`] into [`ResearchRecord`]s: one record per entry not
//! deleted and per UTC hour in which the failure was met (the attempts of that hour are counted
//! in `attempt_count`). [`entry_fields`] is the whole mapping from a journal entry to the fields
//! a record takes from it; everything else in a record is a parameter (contributor and export
//! ids, browser family, extension version, and the département only if the person chose one).
//!
//! What never leaves the journal: URLs, page titles, captures, notes, deletion reasons, HTTP
//! server dates, the person's time zone and local time, and the message of an entry the person
//! reported themselves ("this is blocking me"), which may be their own words.
//!
//! Architecture Invariant: every record [`research_records`] returns passes
//! [`ResearchRecord::validate`]; an entry that cannot make a valid record is left out and named
//! in [`ResearchExport::left_out`], never exported half-valid. The export functions
//! ([`to_jsonl`], [`to_csv`]) refuse any record that is not exactly one that was built here
//! ([`check_export`]), so a page cannot slip in a changed record.
//!
//! ```
//! use relais_journal::*;
//! use relais_research::records::BrowserFamily;
//! use relais_research::export::{research_records, ExportOptions};
//! let mut journal = Journal::new();
//! let input = FailureInput {
//!     when: When { utc_ms: 1_710_252_000_000, offset_minutes: 60, time_zone: "Europe/Paris".into() },
//!     url: "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1?token=s3cr3t".into(),
//!     title: "Prise de rendez-vous".into(),
//!     failure: FailureKind::NoSlot,
//!     message: "Aucun créneau disponible. Contact : 06 12 34 56 78".into(),
//!     extension: "0.1.0".into(),
//!     ..FailureInput::default()
//! };
//! journal.record_failure(&input, None, DEFAULT_WINDOW_MS).unwrap();
//! let options = ExportOptions {
//!     contributor_id: "3f6c1e0b9a2d4c7e8f1a2b3c4d5e6f70".into(),
//!     export_id: "9b8a7c6d5e4f30211203948576abcdef".into(),
//!     browser_family: BrowserFamily::Firefox,
//!     extension_version: "0.1.0".into(),
//!     departement: None,
//! };
//! let export = research_records(&journal, &options).unwrap();
//! let r = &export.records[0];
//! assert_eq!((r.portal.as_str(), r.procedure.as_str()), ("prefecture", "rendez-vous"));
//! assert_eq!(r.message, "Aucun créneau disponible. Contact : [PHONE]");
//! assert_eq!((r.hour_utc.as_str(), r.attempt_count), ("2024-03-12T14:00:00Z", 1));
//! ```

use std::collections::BTreeMap;

use crate::anonymise::anonymise;
use crate::records::{
    departements, hour_of_unix, BrowserFamily, FailureKind, ResearchRecord, MAX_ATTEMPTS,
    MAX_MESSAGE_CHARS, SCHEMA_VERSION,
};
use relais_core::failure;
use relais_core::text;
use relais_journal::{Entry, FailureKind as JournalKind, Journal};

/// The message the extension writes for a "this is blocking me" report without a note: the
/// journal's own (one item, so that `use relais_journal::*` and `use export::*` agree on it).
pub use relais_journal::REPORTED_MESSAGE;
/// The procedure of a record whose entry has none, or one that cannot be shared as it is.
pub const UNKNOWN_PROCEDURE: &str = "unknown";
/// The portal of a record whose entry's portal is not a known one (`other:<host>` in the
/// journal: the host is not shared).
pub const OTHER_PORTAL: &str = "other";

/// What the caller decides for a whole export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// Random, drawn once per installation (32 lowercase hex digits); see `docs/research.md`.
    pub contributor_id: String,
    /// Random, drawn for each export (32 lowercase hex digits).
    pub export_id: String,
    pub browser_family: BrowserFamily,
    /// The extension's version (`0.1.0`).
    pub extension_version: String,
    /// The département the person chose to give, if they chose one. Never inferred.
    pub departement: Option<String>,
}

/// The fields of a record that come from a journal entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFields {
    pub portal: String,
    pub procedure: String,
    pub failure_kind: FailureKind,
    /// Anonymised, on one line, at most [`MAX_MESSAGE_CHARS`] characters; empty for a report.
    pub message: String,
}

/// An entry that could not make a valid record, and why (in words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The entry's `seq` in the journal.
    pub entry: u64,
    pub reason: String,
}

/// The records of an export, and the entries that could not be exported.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResearchExport {
    pub records: Vec<ResearchRecord>,
    pub left_out: Vec<LeftOut>,
}

/// Catalogue messages (`data/failures.tsv`, words as written there) that say more than the
/// journal's `form-rejected`, with the research kind they stand for. A test checks that each one
/// is a line of the catalogue, so that the two cannot drift apart silently.
const SPECIFIC: &[(&str, FailureKind)] = &[
    (
        "identifiant ou mot de passe incorrect",
        FailureKind::WrongCredentials,
    ),
    (
        "identifiant ou mot de passe invalide",
        FailureKind::WrongCredentials,
    ),
    ("compte bloqué", FailureKind::AccountLocked),
    ("compte verrouillé", FailureKind::AccountLocked),
    ("compte désactivé", FailureKind::AccountLocked),
    ("format de fichier non supporté", FailureKind::FileRefused),
    ("format non supporté", FailureKind::FileRefused),
    ("fichier trop volumineux", FailureKind::FileRefused),
    ("dépasse la taille maximale", FailureKind::FileRefused),
    ("erreur technique", FailureKind::TechnicalError),
    ("problème technique", FailureKind::TechnicalError),
    ("une erreur est survenue", FailureKind::TechnicalError),
    ("une erreur inattendue", FailureKind::TechnicalError),
];

/// The catalogue line's research kind, if [`SPECIFIC`] names it.
fn specific_kind(words: &str) -> Option<FailureKind> {
    SPECIFIC
        .iter()
        .find(|(w, _)| text::fold(w) == words)
        .map(|&(_, k)| k)
}

/// The failure catalogue's more specific reading of a `form-rejected` message: the first
/// catalogue line (in file order, for this portal or any) found in the message as a run of whole
/// words, if [`SPECIFIC`] maps it to a research kind.
fn refine_form_rejected(message: &str, portal: &str) -> Option<FailureKind> {
    let folded = format!(" {} ", text::fold(message));
    failure::catalogue()
        .iter()
        .filter(|k| k.portal == "*" || k.portal == portal)
        .filter(|k| folded.contains(&format!(" {} ", k.words)))
        .find_map(|k| specific_kind(&k.words))
}

/// Did the person report this entry themselves ("this is blocking me")? The extension records a
/// report as failure `other` with their note as the message, or [`REPORTED_MESSAGE`] without one.
/// Page messages are never `other` unless the failure catalogue knows them, so an `other` entry
/// whose message the catalogue does not know is treated as a report: its message may be the
/// person's own words, and is never exported.
pub fn is_reported(entry: &Entry) -> bool {
    let message = entry.message.trim();
    if message == REPORTED_MESSAGE {
        return true;
    }
    if entry.failure != JournalKind::Other {
        return false;
    }
    let folded = format!(" {} ", text::fold(message));
    let known = failure::catalogue()
        .iter()
        .filter(|k| k.kind == JournalKind::Other)
        .filter(|k| k.portal == "*" || k.portal == entry.portal)
        .any(|k| folded.contains(&format!(" {} ", k.words)));
    message.is_empty() || !known
}

/// The research failure kind of a journal entry.
///
/// | journal | research |
/// | --- | --- |
/// | reported by the person ([`is_reported`]) | `user_reported` |
/// | `no-slot` | `no_slot` |
/// | `http-error` | `http_error` |
/// | `timeout` | `network_error` |
/// | `unavailable` | `service_unavailable` |
/// | `session-expired` | `session_expired` |
/// | `captcha` | `captcha_blocked` |
/// | `form-rejected` | `wrong_credentials`, `account_locked`, `file_refused` or `technical_error` when the failure catalogue knows the message as one of those ([`SPECIFIC`]); `form_error` otherwise |
/// | `other` (a catalogue message) | `other` |
pub fn research_kind(entry: &Entry) -> FailureKind {
    if is_reported(entry) {
        return FailureKind::UserReported;
    }
    match entry.failure {
        JournalKind::NoSlot => FailureKind::NoSlot,
        JournalKind::HttpError => FailureKind::HttpError,
        JournalKind::Timeout => FailureKind::NetworkError,
        JournalKind::Unavailable => FailureKind::ServiceUnavailable,
        JournalKind::SessionExpired => FailureKind::SessionExpired,
        JournalKind::Captcha => FailureKind::CaptchaBlocked,
        JournalKind::FormRejected => {
            refine_form_rejected(&entry.message, &entry.portal).unwrap_or(FailureKind::FormError)
        }
        JournalKind::Other => FailureKind::Other,
    }
}

/// The message as a record carries it: anonymised ([`anonymise`]) first, whole, so that a piece
/// of personal data is removed before any cut; then every run of whitespace and control
/// characters becomes one space; then cut to [`MAX_MESSAGE_CHARS`] characters (the last one an
/// ellipsis when cut).
pub fn research_message(message: &str) -> String {
    let anonymised = anonymise(message);
    let one_line = anonymised
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if one_line.chars().count() <= MAX_MESSAGE_CHARS {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(MAX_MESSAGE_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// A journal id as a record slug (a-z, 0-9, `-`, at most 64), or `None` if nothing is left.
fn slug(s: &str) -> Option<String> {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out: String = out.chars().take(64).collect();
    while out.ends_with('-') {
        out.pop();
    }
    (!out.is_empty()).then_some(out)
}

/// The portal of a record: the journal's portal id when it is a known portal (a slug); any
/// `other:<host>` becomes [`OTHER_PORTAL`] (the host is not shared).
fn research_portal(portal: &str) -> String {
    if portal.starts_with("other:") {
        return OTHER_PORTAL.to_string();
    }
    match slug(portal) {
        Some(s) if s == portal => s,
        _ => OTHER_PORTAL.to_string(),
    }
}

/// The procedure of a record: the journal's procedure as a slug, or [`UNKNOWN_PROCEDURE`] when
/// there is none, or when it looks like it could identify a file rather than name a procedure
/// (a démarches-simplifiées path segment can be a file number): fewer than three letters, a run
/// of five digits or more, or anything the anonymiser would change.
fn research_procedure(procedure: Option<&str>) -> String {
    let Some(s) = procedure.and_then(slug) else {
        return UNKNOWN_PROCEDURE.to_string();
    };
    let letters = s.chars().filter(char::is_ascii_lowercase).count();
    let longest_digits = s
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    if letters < 3 || longest_digits >= 5 || anonymise(&s) != s {
        return UNKNOWN_PROCEDURE.to_string();
    }
    s
}

/// The fields a record takes from a journal entry, and nothing else of it:
///
/// - `portal`: the entry's portal id if it is a known portal, else `other`;
/// - `procedure`: the entry's procedure as a slug, else `unknown` (see [`research_procedure`]);
/// - `failure_kind`: [`research_kind`];
/// - `message`: [`research_message`] of the page's message; empty when the person reported the
///   entry themselves (their note is free text).
///
/// The entry's URL, title, HTTP status, server date, meaning, capture and time zone are not used;
/// the time comes from each attempt, rounded to the hour (see [`research_records`]).
pub fn entry_fields(entry: &Entry) -> EntryFields {
    let failure_kind = research_kind(entry);
    let message = if failure_kind == FailureKind::UserReported {
        String::new()
    } else {
        research_message(&entry.message)
    };
    EntryFields {
        portal: research_portal(&entry.portal),
        procedure: research_procedure(entry.procedure.as_deref()),
        failure_kind,
        message,
    }
}

/// Checks the caller's options with the record rules: ids, version, and that the département,
/// if any, is one of [`departements`].
pub fn check_options(options: &ExportOptions) -> Result<(), String> {
    if let Some(d) = &options.departement {
        if !departements().iter().any(|x| x == d) {
            return Err(format!(
                "departement {:?} is not a département code (01–95, 2A, 2B, 971–976)",
                d.chars().take(40).collect::<String>()
            ));
        }
    }
    // The record rules say the rest: a probe record with these options and fixed, valid fields.
    let (hour_utc, weekday) = hour_of_unix(1_710_252_000);
    probe(options, hour_utc, weekday).validate()
}

fn probe(
    options: &ExportOptions,
    hour_utc: String,
    weekday: crate::records::Weekday,
) -> ResearchRecord {
    ResearchRecord {
        schema_version: SCHEMA_VERSION,
        contributor_id: options.contributor_id.clone(),
        export_id: options.export_id.clone(),
        portal: OTHER_PORTAL.to_string(),
        procedure: UNKNOWN_PROCEDURE.to_string(),
        failure_kind: FailureKind::Other,
        message: String::new(),
        hour_utc,
        weekday,
        departement: options.departement.clone(),
        attempt_count: 1,
        browser_family: options.browser_family,
        extension_version: options.extension_version.clone(),
    }
}

/// The research records of a journal: for each entry not deleted, in journal order, one record
/// per UTC hour in which it was met (hours in order), with the number of attempts of that hour
/// (more than [`MAX_ATTEMPTS`] in one hour make several records). Deleted entries, notes and
/// deletions give nothing. Refuses bad options ([`check_options`]); an entry that still cannot
/// make a valid record (a time before 2020, say) is listed in `left_out`.
pub fn research_records(
    journal: &Journal,
    options: &ExportOptions,
) -> Result<ResearchExport, String> {
    check_options(options)?;
    let mut out = ResearchExport::default();
    for group in journal.groups(false) {
        let entry = &group.entry;
        let fields = entry_fields(entry);
        let mut hours: BTreeMap<i64, u32> = BTreeMap::new();
        let mut bad_times = 0;
        for a in &group.attempts {
            match a.time.utc_ms() {
                Some(ms) => *hours.entry(ms.div_euclid(3_600_000)).or_insert(0) += 1,
                None => bad_times += 1,
            }
        }
        if bad_times > 0 {
            out.left_out.push(LeftOut {
                entry: entry.seq,
                reason: format!("{bad_times} attempt(s) without a readable UTC time"),
            });
        }
        for (hour, mut count) in hours {
            let (hour_utc, weekday) = hour_of_unix(hour * 3600);
            while count > 0 {
                let n = count.min(MAX_ATTEMPTS);
                count -= n;
                let record = ResearchRecord {
                    portal: fields.portal.clone(),
                    procedure: fields.procedure.clone(),
                    failure_kind: fields.failure_kind,
                    message: fields.message.clone(),
                    attempt_count: n,
                    ..probe(options, hour_utc.clone(), weekday)
                };
                match record.validate() {
                    Ok(()) => out.records.push(record),
                    Err(reason) => out.left_out.push(LeftOut {
                        entry: entry.seq,
                        reason,
                    }),
                }
            }
        }
    }
    Ok(out)
}

/// Checks records a page hands back for export: each must pass [`ResearchRecord::validate`] and
/// be exactly one of `issued` (the records [`research_records`] built), at most once. The page
/// may leave records out; it may not change or add any. The error names the record (1-based,
/// in the order given) and what is wrong.
pub fn check_export(records: &[ResearchRecord], issued: &[ResearchRecord]) -> Result<(), String> {
    let mut used = vec![false; issued.len()];
    for (i, r) in records.iter().enumerate() {
        let n = i + 1;
        r.validate()
            .map_err(|e| format!("record {n} is not valid: {e}"))?;
        let found = issued
            .iter()
            .enumerate()
            .find(|(j, x)| !used[*j] && *x == r)
            .map(|(j, _)| j);
        match found {
            Some(j) => used[j] = true,
            None if issued.contains(r) => {
                return Err(format!("record {n} is given twice"));
            }
            None => {
                return Err(format!(
                    "record {n} ({}, {}, {}) is not one Relais made from the journal: it was changed after it was shown; nothing was exported",
                    r.portal,
                    r.failure_kind.as_str(),
                    r.hour_utc
                ));
            }
        }
    }
    Ok(())
}

/// The records as JSON Lines: one object per line, each line ending with `\n`.
pub fn to_jsonl(records: &[ResearchRecord]) -> String {
    records
        .iter()
        .map(|r| format!("{}\n", r.to_json_line()))
        .collect()
}

/// The records as CSV: the header row, then one row per record, each line ending with `\n`.
pub fn to_csv(records: &[ResearchRecord]) -> String {
    let mut out = format!("{}\n", ResearchRecord::csv_header());
    for r in records {
        out.push_str(&r.to_csv_row());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_specific_message_is_a_catalogue_line() {
        for (words, kind) in SPECIFIC {
            let folded = text::fold(words);
            let line = failure::catalogue().iter().find(|k| k.words == folded);
            assert!(
                line.is_some(),
                "{words:?} ({}) is not a line of data/failures.tsv",
                kind.as_str()
            );
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Regularisation_93").as_deref(),
            Some("regularisation-93")
        );
        assert_eq!(slug("--").as_deref(), None);
        assert_eq!(research_portal("other:example.org"), "other");
        assert_eq!(research_portal("anef"), "anef");
        assert_eq!(research_procedure(Some("12345678")), "unknown");
        assert_eq!(
            research_procedure(Some("dossier-2024-0012345678")),
            "unknown"
        );
        assert_eq!(
            research_procedure(Some("titre-de-sejour")),
            "titre-de-sejour"
        );
        assert_eq!(
            research_procedure(Some("regularisation-93")),
            "regularisation-93"
        );
        assert_eq!(research_procedure(None), "unknown");
    }
}

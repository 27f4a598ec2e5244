//! The evidence journal: every failure a person meets on a portal, recorded as a hash chain that
//! a lawyer and a judge can check without the extension.
//!
//! A journal is a list of **records**, each chained to the one before it: a record's `hash` is
//! SHA-256 over the [canonical JSON](canonical_json) of the record without its `hash` field (its
//! `prev`, the previous record's hash, included; the first record's `prev` is 64 zeros). Changing,
//! removing, inserting or reordering any record breaks every link after it. There are three kinds:
//! - `entry`: one failure (time, server time, URL without secrets, portal, procedure, failure
//!   kind, the French message verbatim and its meaning, a capture's SHA-256, extension version);
//! - `attempt`: the same failure met again within a short window ([`DEFAULT_WINDOW_MS`]); it names
//!   its entry, keeps its own time and may have its own capture. History is never rewritten: a
//!   repeated failure is a new record, and [`Journal::groups`] shows them together;
//! - `deletion`: the person removed an entry (with a reason). The entry stays in the chain; the
//!   captures of the entry and its attempts may be left out of an export;
//! - `note` (schema 2): the person's (or their mediator's) own words, on one entry or on the
//!   journal as a whole. Chained like the rest, so a note cannot be back-dated; never part of a
//!   research export.
//!
//! Captures (a JPEG screenshot of the visible tab, or a serialised DOM snapshot of the error
//! region) are not in the journal: the journal holds their SHA-256, size, media type and the name
//! of their file in the bundle (`captures/000001.jpg`); the caller stores the bytes under that name.
//!
//! A stored journal carries its `schema` number ([`SCHEMA`]); a newer one is refused, older ones
//! are migrated forward. Migrations never rewrite a hashed record: they change the envelope only,
//! and readers keep understanding every record format ever written.
//!
//! The bundle (a ZIP of `journal.json`, captures and timestamp tokens) and the verification
//! procedure are documented for third parties in `docs/evidence.md`.
//!
//! ```
//! use relais_journal::*;
//! let mut journal = Journal::new();
//! let when = When { utc_ms: 1_730_582_043_120, offset_minutes: 60, time_zone: "Europe/Paris".into() };
//! let failure = FailureInput {
//!     when: when.clone(),
//!     url: "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1?token=s3cr3t".into(),
//!     title: "Prise de rendez-vous".into(),
//!     failure: FailureKind::NoSlot,
//!     message: "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous.".into(),
//!     extension: "0.1.0".into(),
//!     ..FailureInput::default()
//! };
//! let jpeg = b"\xff\xd8fake jpeg\xff\xd9";
//! let shot = CaptureInput { kind: CaptureKind::Screenshot, media_type: "image/jpeg", bytes: jpeg };
//! let first = journal.record_failure(&failure, Some(shot), DEFAULT_WINDOW_MS).unwrap();
//! let again = FailureInput { when: When { utc_ms: when.utc_ms + 60_000, ..when }, ..failure };
//! let second = journal.record_failure(&again, None, DEFAULT_WINDOW_MS).unwrap();
//! assert_eq!((first.kind, second.kind, second.entry), (RecordKind::Entry, RecordKind::Attempt, 1));
//!
//! let file = first.capture_file.unwrap();
//! let bundle = journal.export_bundle(|name| (name == file).then_some(&jpeg[..])).unwrap();
//! let verified = verify_bundle(&bundle).unwrap();
//! assert_eq!(verified.report.attempts_total, 2);
//! ```

mod bundle;
mod canonical;
mod error;
mod json;
mod portal;
mod summary;
pub mod time;
mod tsp;
mod url;
mod zip;

pub use bundle::{
    verify_bundle, Report, TimestampReport, VerifiedJournal, BUNDLE_README, JOURNAL_FILE,
};
pub use canonical::{canonical_json, sha256_hex};
pub use error::JournalError;
pub use portal::{infer_portal, portal_name, PortalGuess};
pub use summary::{DaySummary, FailureSummary, MessageSummary, PortalSummary, Summary};
pub use tsp::{read_token, timestamp_digest, timestamp_query, TokenInfo};
pub use url::redact_url;
pub use zip::{crc32, read_zip, DosTime, ZipWriter};

use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The journal schema this version writes and the newest it reads.
pub const SCHEMA: u64 = 2;
/// The value of `format` in every journal.
pub const FORMAT: &str = "relais-journal";
/// The `prev` of the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
/// Identical failures closer than this (10 minutes) to the last attempt are attempts of one entry.
pub const DEFAULT_WINDOW_MS: i64 = 10 * 60 * 1000;
/// The largest capture accepted (20 MiB).
pub const MAX_CAPTURE_BYTES: usize = 20 << 20;

const MAX_TEXT: usize = 20_000;

/// A moment as the journal writes it: UTC, the person's local clock with its offset, and the
/// IANA time zone the browser reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Moment {
    /// `2024-11-02T21:14:03.120Z`
    pub utc: String,
    /// `2024-11-02T22:14:03.120+01:00`
    pub local: String,
    /// `Europe/Paris`
    pub time_zone: String,
}

impl Moment {
    /// Unix time in milliseconds, if `utc` is well formed.
    pub fn utc_ms(&self) -> Option<i64> {
        match time::parse(&self.utc) {
            Some((ms, 0)) if self.utc.ends_with('Z') => Some(ms),
            _ => None,
        }
    }

    /// The date on the person's clock, `2024-11-02`.
    pub fn local_date(&self) -> &str {
        self.local.get(..10).unwrap_or(&self.local)
    }

    fn check(&self) -> Result<(), String> {
        let utc = self.utc_ms().ok_or_else(|| {
            format!(
                "its UTC time {:?} is not of the form 2024-11-02T21:14:03.120Z",
                self.utc
            )
        })?;
        match time::parse(&self.local) {
            Some((ms, _)) if ms == utc => {}
            Some(_) => {
                return Err(format!(
                    "its local time {} is not the same moment as {}",
                    self.local, self.utc
                ))
            }
            None => {
                return Err(format!(
                    "its local time {:?} is not of the form 2024-11-02T22:14:03.120+01:00",
                    self.local
                ))
            }
        }
        if self.time_zone.len() > 64 {
            return Err("its time zone name is too long".to_string());
        }
        Ok(())
    }
}

/// When something happened, as the browser tells it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct When {
    /// `Date.now()`.
    pub utc_ms: i64,
    /// Minutes EAST of UTC: `-new Date().getTimezoneOffset()` (60 in Paris in winter).
    pub offset_minutes: i32,
    /// `Intl.DateTimeFormat().resolvedOptions().timeZone`.
    pub time_zone: String,
}

impl When {
    /// The moment in journal form, or why the time cannot be right.
    pub fn moment(&self) -> Result<Moment, JournalError> {
        if !(time::MIN_MS..=time::MAX_MS).contains(&self.utc_ms) {
            return Err(JournalError::Invalid(format!(
                "the time {} ms is not between 2000 and 9999",
                self.utc_ms
            )));
        }
        if self.offset_minutes.abs() > 18 * 60 {
            return Err(JournalError::Invalid(format!(
                "the offset {} minutes is more than 18 hours",
                self.offset_minutes
            )));
        }
        let m = Moment {
            utc: time::format_utc(self.utc_ms),
            local: time::format_local(self.utc_ms, self.offset_minutes),
            time_zone: self.time_zone.clone(),
        };
        m.check().map_err(JournalError::Invalid)?;
        Ok(m)
    }
}

/// What kind of failure the person met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum FailureKind {
    /// No free appointment slot.
    NoSlot,
    /// The server answered an HTTP error (`httpStatus` says which).
    HttpError,
    /// The session expired or the person was logged out.
    SessionExpired,
    /// A CAPTCHA blocked the person.
    Captcha,
    /// The form refused a document or an answer.
    FormRejected,
    /// The service says it is unavailable (maintenance, overload).
    Unavailable,
    /// The page did not answer in time.
    Timeout,
    /// Anything else.
    #[default]
    Other,
}

impl FailureKind {
    pub const ALL: [FailureKind; 8] = [
        FailureKind::NoSlot,
        FailureKind::HttpError,
        FailureKind::SessionExpired,
        FailureKind::Captcha,
        FailureKind::FormRejected,
        FailureKind::Unavailable,
        FailureKind::Timeout,
        FailureKind::Other,
    ];

    /// The id written in the journal (`no-slot`…).
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::NoSlot => "no-slot",
            FailureKind::HttpError => "http-error",
            FailureKind::SessionExpired => "session-expired",
            FailureKind::Captcha => "captcha",
            FailureKind::FormRejected => "form-rejected",
            FailureKind::Unavailable => "unavailable",
            FailureKind::Timeout => "timeout",
            FailureKind::Other => "other",
        }
    }

    /// The kind of an id written in the journal.
    pub fn parse(id: &str) -> Option<FailureKind> {
        FailureKind::ALL.into_iter().find(|k| k.as_str() == id)
    }
}

/// How a page was captured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CaptureKind {
    /// A picture of the visible tab (`image/jpeg`, `image/png`, `image/webp`).
    Screenshot,
    /// The page's own content: a serialised DOM snapshot of the error region (`text/html`) or an
    /// MHTML archive of the page (`multipart/related`).
    Dom,
}

impl CaptureKind {
    /// The file extension for a media type this kind accepts, or `None` if it does not fit.
    pub fn extension(self, media_type: &str) -> Option<&'static str> {
        match (self, media_type) {
            (CaptureKind::Screenshot, "image/jpeg") => Some("jpg"),
            (CaptureKind::Screenshot, "image/png") => Some("png"),
            (CaptureKind::Screenshot, "image/webp") => Some("webp"),
            (CaptureKind::Dom, "text/html") => Some("html"),
            (CaptureKind::Dom, "multipart/related") => Some("mhtml"),
            _ => None,
        }
    }
}

/// The capture attached to a record: where its bytes are in the bundle and their hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Capture {
    pub kind: CaptureKind,
    pub media_type: String,
    /// `captures/000001.jpg`: `captures/`, the record's `seq` on six digits, the extension.
    pub file: String,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// Size of the file in bytes.
    pub size: u64,
}

/// The name of the file of a record's capture.
pub fn capture_file(seq: u64, kind: CaptureKind, media_type: &str) -> Option<String> {
    kind.extension(media_type)
        .map(|ext| format!("captures/{seq:06}.{ext}"))
}

/// A French message's meaning in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Meaning {
    /// BCP 47 language code (`ar`, `prs`…).
    pub lang: String,
    pub text: String,
}

/// A failure met on a portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub seq: u64,
    pub prev: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    pub time: Moment,
    /// The server's own `Date` header, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_date: Option<String>,
    /// The page's URL, secrets removed ([`redact_url`]).
    pub url: String,
    pub title: String,
    /// Portal id ([`infer_portal`]).
    pub portal: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    pub failure: FailureKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The French message, verbatim.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<Meaning>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<Capture>,
    /// The version of the extension that recorded it.
    pub extension: String,
}

/// The failure of an entry met again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    pub seq: u64,
    pub prev: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    /// The `seq` of the entry this is an attempt of.
    pub entry: u64,
    pub time: Moment,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<Capture>,
    pub extension: String,
}

/// The person removed an entry; it stays in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deletion {
    pub seq: u64,
    pub prev: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    /// The `seq` of the deleted entry.
    pub entry: u64,
    pub reason: String,
    pub time: Moment,
    pub extension: String,
}

/// A note written by the person or their mediator (schema 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub seq: u64,
    pub prev: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    /// The entry the note is about; none for a note on the whole journal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<u64>,
    pub text: String,
    pub time: Moment,
    pub extension: String,
}

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

/// One record of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Record {
    Entry(Entry),
    Attempt(Attempt),
    Deletion(Deletion),
    Note(Note),
}

/// The kind of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    Entry,
    Attempt,
    Deletion,
    Note,
}

impl Record {
    pub fn kind(&self) -> RecordKind {
        match self {
            Record::Entry(_) => RecordKind::Entry,
            Record::Attempt(_) => RecordKind::Attempt,
            Record::Deletion(_) => RecordKind::Deletion,
            Record::Note(_) => RecordKind::Note,
        }
    }

    pub fn seq(&self) -> u64 {
        match self {
            Record::Entry(e) => e.seq,
            Record::Attempt(a) => a.seq,
            Record::Deletion(d) => d.seq,
            Record::Note(n) => n.seq,
        }
    }

    pub fn hash(&self) -> &str {
        match self {
            Record::Entry(e) => &e.hash,
            Record::Attempt(a) => &a.hash,
            Record::Deletion(d) => &d.hash,
            Record::Note(n) => &n.hash,
        }
    }

    pub fn time(&self) -> &Moment {
        match self {
            Record::Entry(e) => &e.time,
            Record::Attempt(a) => &a.time,
            Record::Deletion(d) => &d.time,
            Record::Note(n) => &n.time,
        }
    }

    pub fn capture(&self) -> Option<&Capture> {
        match self {
            Record::Entry(e) => e.capture.as_ref(),
            Record::Attempt(a) => a.capture.as_ref(),
            Record::Deletion(_) | Record::Note(_) => None,
        }
    }

    /// The entry this record belongs to: its own `seq` for an entry, 0 for a note on the whole
    /// journal.
    pub fn entry_seq(&self) -> u64 {
        match self {
            Record::Entry(e) => e.seq,
            Record::Attempt(a) => a.entry,
            Record::Deletion(d) => d.entry,
            Record::Note(n) => n.entry.unwrap_or(0),
        }
    }

    /// Is this a time a failure was met (an entry or an attempt)?
    pub fn is_failure(&self) -> bool {
        matches!(self, Record::Entry(_) | Record::Attempt(_))
    }

    fn set_hash(&mut self, hash: String) {
        match self {
            Record::Entry(e) => e.hash = hash,
            Record::Attempt(a) => a.hash = hash,
            Record::Deletion(d) => d.hash = hash,
            Record::Note(n) => n.hash = hash,
        }
    }
}

/// A failure as the browser reports it. The URL is redacted and the portal inferred here.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FailureInput {
    pub when: When,
    /// The server's `Date` response header, if the page's response had one.
    pub server_date: Option<String>,
    /// The page's full URL: secrets are removed before it is written.
    pub url: String,
    pub title: String,
    /// Override the portal inferred from the URL.
    pub portal: Option<String>,
    /// Override the procedure inferred from the URL and title.
    pub procedure: Option<String>,
    pub failure: FailureKind,
    pub http_status: Option<u16>,
    /// The French message, verbatim.
    pub message: String,
    pub meaning: Option<Meaning>,
    /// The extension's version.
    pub extension: String,
}

/// The bytes of a capture, to hash and name; the caller keeps them under [`Appended::capture_file`].
#[derive(Debug, Clone, Copy)]
pub struct CaptureInput<'a> {
    pub kind: CaptureKind,
    pub media_type: &'a str,
    pub bytes: &'a [u8],
}

/// What an append wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Appended {
    pub seq: u64,
    pub kind: RecordKind,
    /// The entry the record belongs to (its own `seq` for an entry).
    pub entry: u64,
    /// The new head of the chain.
    pub hash: String,
    /// Where the caller must keep the capture's bytes, if there was one.
    pub capture_file: Option<String>,
}

/// A trusted timestamp of a head of the chain by an RFC 3161 authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timestamp {
    /// The record whose hash was timestamped.
    pub seq: u64,
    /// That hash.
    pub head: String,
    /// Who timestamped it (the authority's URL or name, as configured).
    pub tsa: String,
    /// The reply's file in the bundle: `timestamps/1.tsr`.
    pub token: String,
    /// The authority's certificate chain (PEM) in the bundle: `timestamps/1.pem`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certs: Option<String>,
}

/// One entry with all its attempts, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryGroup {
    pub entry: Entry,
    /// Every time the failure was met, the entry's own first.
    pub attempts: Vec<AttemptView>,
    pub deleted: Option<DeletionView>,
    /// The notes written on this entry, oldest first.
    pub notes: Vec<NoteView>,
}

/// A note, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteView {
    pub seq: u64,
    pub text: String,
    pub time: Moment,
}

/// One time a failure was met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AttemptView {
    pub seq: u64,
    pub time: Moment,
    pub server_date: Option<String>,
    pub capture: Option<Capture>,
}

/// The deletion of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeletionView {
    pub seq: u64,
    pub reason: String,
    pub time: Moment,
}

/// A journal: the chain of records and the trusted timestamps of its heads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journal {
    records: Vec<Record>,
    /// Each record as it was hashed (unknown fields and all), written back unchanged.
    values: Vec<Value>,
    timestamps: Vec<Timestamp>,
    /// The entries deleted so far, with the `seq` of their deletion.
    deleted: BTreeMap<u64, u64>,
}

impl Journal {
    /// An empty journal.
    pub fn new() -> Self {
        Journal::default()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn timestamps(&self) -> &[Timestamp] {
        &self.timestamps
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The hash of the last record, or [`GENESIS`] for an empty journal.
    pub fn head(&self) -> &str {
        self.records.last().map_or(GENESIS, Record::hash)
    }

    /// Is the entry `seq` deleted?
    pub fn is_deleted(&self, entry: u64) -> bool {
        self.deleted.contains_key(&entry)
    }

    /// Reads a stored journal (the `journal.json` of a bundle, or what the extension stored):
    /// migrates it to the current schema and checks the whole chain. Captures are not checked
    /// here (see [`verify_bundle`] and [`Journal::check_files`]).
    pub fn from_json(json: &str) -> Result<Journal, JournalError> {
        bundle::parse_journal(json.as_bytes())
    }

    /// The stored form: the envelope, then one record per line in canonical JSON.
    pub fn to_json(&self) -> String {
        let mut out = format!("{{\"format\":\"{FORMAT}\",\"schema\":{SCHEMA},\n\"timestamps\":[");
        for (i, t) in self.timestamps.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('\n');
            out.push_str(&canonical_json(&t.to_json()).unwrap_or_default());
        }
        out.push_str("],\n\"records\":[");
        for (i, v) in self.values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('\n');
            // Every stored value was canonicalised once already (to hash it).
            out.push_str(&canonical_json(v).unwrap_or_default());
        }
        out.push_str("\n]}\n");
        out
    }

    /// Records a failure: an `attempt` of the most recent entry with the same portal, procedure,
    /// failure, HTTP status, message and URL (query and fragment aside) if its last attempt is at
    /// most `window_ms` earlier, otherwise a new `entry`.
    pub fn record_failure(
        &mut self,
        input: &FailureInput,
        capture: Option<CaptureInput>,
        window_ms: i64,
    ) -> Result<Appended, JournalError> {
        let entry = self.build_entry(input)?;
        if let Some(group) = self.recent_group(&entry, input.when.utc_ms, window_ms) {
            return self.append_attempt(
                group,
                &input.when,
                input.server_date.clone(),
                capture,
                &input.extension,
            );
        }
        self.push_entry(entry, capture)
    }

    /// Records a failure as a new entry, whatever came before.
    pub fn append_entry(
        &mut self,
        input: &FailureInput,
        capture: Option<CaptureInput>,
    ) -> Result<Appended, JournalError> {
        let entry = self.build_entry(input)?;
        self.push_entry(entry, capture)
    }

    /// Records one more attempt of entry `entry`.
    pub fn append_attempt(
        &mut self,
        entry: u64,
        when: &When,
        server_date: Option<String>,
        capture: Option<CaptureInput>,
        extension: &str,
    ) -> Result<Appended, JournalError> {
        self.live_entry(entry)?;
        let seq = self.next_seq();
        let (capture, capture_file) = make_capture(seq, capture)?;
        let attempt = Attempt {
            seq,
            prev: self.head().to_string(),
            hash: String::new(),
            entry,
            time: when.moment()?,
            server_date: server_date
                .map(|s| limit(s, 200, "server date"))
                .transpose()?,
            capture,
            extension: limit(extension.to_string(), 100, "extension version")?,
        };
        self.push(Record::Attempt(attempt), capture_file)
    }

    /// Deletes entry `entry` (and its attempts): a `deletion` record with the person's reason.
    /// The entry stays in the chain; its captures (and its attempts') may then be dropped from
    /// the store: [`Journal::droppable_files`] lists them, and exports leave them out.
    pub fn delete_entry(
        &mut self,
        entry: u64,
        reason: &str,
        when: &When,
        extension: &str,
    ) -> Result<Appended, JournalError> {
        self.live_entry(entry)?;
        let seq = self.next_seq();
        let deletion = Deletion {
            seq,
            prev: self.head().to_string(),
            hash: String::new(),
            entry,
            reason: limit(reason.to_string(), 2000, "reason")?,
            time: when.moment()?,
            extension: limit(extension.to_string(), 100, "extension version")?,
        };
        self.push(Record::Deletion(deletion), None)
    }

    /// Writes a note on entry `entry` (a live one), or on the whole journal with `None`.
    pub fn add_note(
        &mut self,
        entry: Option<u64>,
        text: &str,
        when: &When,
        extension: &str,
    ) -> Result<Appended, JournalError> {
        if let Some(e) = entry {
            self.live_entry(e)?;
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(JournalError::Invalid("the note is empty".to_string()));
        }
        let note = Note {
            seq: self.next_seq(),
            prev: self.head().to_string(),
            hash: String::new(),
            entry,
            text: limit(text.to_string(), MAX_NOTE_CHARS, "note")?,
            time: when.moment()?,
            extension: limit(extension.to_string(), 100, "extension version")?,
        };
        self.push(Record::Note(note), None)
    }

    /// The notes on the whole journal (not on one entry), oldest first.
    pub fn journal_notes(&self) -> Vec<NoteView> {
        self.records
            .iter()
            .filter_map(|r| match r {
                Record::Note(n) if n.entry.is_none() => Some(NoteView {
                    seq: n.seq,
                    text: n.text.clone(),
                    time: n.time.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    /// The capture files of deleted entries and their attempts: the store may drop them.
    pub fn droppable_files(&self) -> Vec<String> {
        self.records
            .iter()
            .filter(|r| self.deleted.contains_key(&r.entry_seq()))
            .filter_map(|r| r.capture().map(|c| c.file.clone()))
            .collect()
    }

    /// Every file the bundle of this journal needs, with its SHA-256 when the journal knows it.
    /// Captures of deleted entries are left out.
    pub fn needed_files(&self) -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = self
            .records
            .iter()
            .filter(|r| !self.deleted.contains_key(&r.entry_seq()))
            .filter_map(|r| {
                r.capture()
                    .map(|c| (c.file.clone(), Some(c.sha256.clone())))
            })
            .collect();
        for t in &self.timestamps {
            out.push((t.token.clone(), None));
            if let Some(c) = &t.certs {
                out.push((c.clone(), None));
            }
        }
        out
    }

    /// Attaches an RFC 3161 timestamp of the current head (or of record `seq`'s hash): `token`
    /// is the authority's reply (DER `TimeStampResp`), `certs` its certificate chain in PEM.
    /// Checks that the reply answers for that hash. Returns the files to keep:
    /// `timestamps/<n>.tsr` and, with `certs`, `timestamps/<n>.pem`.
    pub fn add_timestamp(
        &mut self,
        seq: u64,
        tsa: &str,
        token: &[u8],
        has_certs: bool,
    ) -> Result<Vec<String>, JournalError> {
        let n = self.timestamps.len() as u64 + 1;
        let head = match usize::try_from(seq)
            .ok()
            .and_then(|s| s.checked_sub(1))
            .and_then(|i| self.records.get(i))
        {
            Some(r) => r.hash().to_string(),
            None => {
                return Err(JournalError::Invalid(format!(
                    "there is no record #{seq} to timestamp"
                )))
            }
        };
        let info = read_token(token).map_err(|reason| JournalError::Timestamp { n, reason })?;
        let want = canonical::hex(&timestamp_digest(&head));
        if info.digest != want {
            return Err(JournalError::Timestamp {
                n,
                reason: format!("the reply is for another hash (imprint {})", info.digest),
            });
        }
        let t = Timestamp {
            seq,
            head,
            tsa: limit(tsa.to_string(), 500, "authority")?,
            token: format!("timestamps/{n}.tsr"),
            certs: has_certs.then(|| format!("timestamps/{n}.pem")),
        };
        let mut files = vec![t.token.clone()];
        files.extend(t.certs.clone());
        self.timestamps.push(t);
        Ok(files)
    }

    /// Every entry with its attempts and deletion, in the order the entries were recorded.
    /// Deleted entries are included only if `include_deleted`.
    pub fn groups(&self, include_deleted: bool) -> Vec<EntryGroup> {
        let mut groups: Vec<EntryGroup> = Vec::new();
        let mut index: BTreeMap<u64, usize> = BTreeMap::new();
        for r in &self.records {
            match r {
                Record::Entry(e) => {
                    index.insert(e.seq, groups.len());
                    groups.push(EntryGroup {
                        entry: e.clone(),
                        attempts: vec![AttemptView {
                            seq: e.seq,
                            time: e.time.clone(),
                            server_date: e.server_date.clone(),
                            capture: e.capture.clone(),
                        }],
                        deleted: None,
                        notes: Vec::new(),
                    });
                }
                Record::Attempt(a) => {
                    if let Some(g) = index.get(&a.entry).and_then(|&i| groups.get_mut(i)) {
                        g.attempts.push(AttemptView {
                            seq: a.seq,
                            time: a.time.clone(),
                            server_date: a.server_date.clone(),
                            capture: a.capture.clone(),
                        });
                    }
                }
                Record::Deletion(d) => {
                    if let Some(g) = index.get(&d.entry).and_then(|&i| groups.get_mut(i)) {
                        g.deleted = Some(DeletionView {
                            seq: d.seq,
                            reason: d.reason.clone(),
                            time: d.time.clone(),
                        });
                    }
                }
                Record::Note(n) => {
                    let group = n.entry.and_then(|e| index.get(&e)).and_then(|&i| groups.get_mut(i));
                    if let Some(g) = group {
                        g.notes.push(NoteView {
                            seq: n.seq,
                            text: n.text.clone(),
                            time: n.time.clone(),
                        });
                    }
                }
            }
        }
        groups.retain(|g| include_deleted || g.deleted.is_none());
        groups
    }

    /// Counts and date range (files not checked: see [`Journal::check_files`]).
    pub fn report(&self) -> Report {
        bundle::report(self)
    }

    /// The dossier's figures: attempts per portal and failure, first and last time, per day.
    pub fn summary(&self) -> Summary {
        summary::summarize(self)
    }

    /// Checks the files of this journal (captures, timestamp tokens) against what it records.
    pub fn check_files(&self, files: &BTreeMap<String, Vec<u8>>) -> Result<Report, JournalError> {
        bundle::check_files(self, files)
    }

    /// The ZIP bundle: `journal.json`, `README.txt`, the captures of entries not deleted, the
    /// timestamp tokens. `file(name)` gives the bytes kept under a name from [`Appended`] or
    /// [`Journal::add_timestamp`]. Every capture is checked against its hash before it is added.
    pub fn export_bundle<'a>(
        &self,
        file: impl Fn(&str) -> Option<&'a [u8]>,
    ) -> Result<Vec<u8>, JournalError> {
        bundle::export(self, file)
    }

    fn next_seq(&self) -> u64 {
        self.records.len() as u64 + 1
    }

    fn live_entry(&self, entry: u64) -> Result<&Entry, JournalError> {
        let found = usize::try_from(entry)
            .ok()
            .and_then(|s| s.checked_sub(1))
            .and_then(|i| self.records.get(i));
        match found {
            Some(Record::Entry(e)) if !self.deleted.contains_key(&entry) => Ok(e),
            Some(Record::Entry(_)) => {
                Err(JournalError::Invalid(format!("entry #{entry} is deleted")))
            }
            _ => Err(JournalError::Invalid(format!("there is no entry #{entry}"))),
        }
    }

    fn build_entry(&self, input: &FailureInput) -> Result<Entry, JournalError> {
        let url = limit(redact_url(&input.url), 4000, "URL")?;
        let guess = infer_portal(&url, &input.title);
        if let Some(s) = input.http_status {
            if !(100..=599).contains(&s) {
                return Err(JournalError::Invalid(format!("{s} is not an HTTP status")));
            }
        }
        Ok(Entry {
            seq: self.next_seq(),
            prev: self.head().to_string(),
            hash: String::new(),
            time: input.when.moment()?,
            server_date: input
                .server_date
                .clone()
                .map(|s| limit(s, 200, "server date"))
                .transpose()?,
            url,
            title: limit(input.title.clone(), 1000, "title")?,
            portal: limit(input.portal.clone().unwrap_or(guess.portal), 200, "portal")?,
            procedure: input
                .procedure
                .clone()
                .or(guess.procedure)
                .map(|p| limit(p, 200, "procedure"))
                .transpose()?,
            failure: input.failure,
            http_status: input.http_status,
            message: limit(input.message.clone(), MAX_TEXT, "message")?,
            meaning: input
                .meaning
                .clone()
                .map(|m| -> Result<Meaning, JournalError> {
                    Ok(Meaning {
                        lang: limit(m.lang, 35, "language")?,
                        text: limit(m.text, MAX_TEXT, "meaning")?,
                    })
                })
                .transpose()?,
            capture: None,
            extension: limit(input.extension.clone(), 100, "extension version")?,
        })
    }

    fn push_entry(
        &mut self,
        mut entry: Entry,
        capture: Option<CaptureInput>,
    ) -> Result<Appended, JournalError> {
        let (capture, file) = make_capture(entry.seq, capture)?;
        entry.capture = capture;
        self.push(Record::Entry(entry), file)
    }

    /// The entry whose last attempt is the most recent among live entries identical to `new`,
    /// if that attempt is at most `window_ms` before `utc_ms`.
    fn recent_group(&self, new: &Entry, utc_ms: i64, window_ms: i64) -> Option<u64> {
        for r in self.records.iter().rev() {
            if !r.is_failure() {
                continue;
            }
            let group = r.entry_seq();
            if self.deleted.contains_key(&group) {
                continue;
            }
            let same = match usize::try_from(group)
                .ok()
                .and_then(|s| s.checked_sub(1))
                .and_then(|i| self.records.get(i))
            {
                Some(Record::Entry(e)) => same_failure(e, new),
                _ => false,
            };
            if same {
                let age = utc_ms - r.time().utc_ms()?;
                return (0..=window_ms).contains(&age).then_some(group);
            }
        }
        None
    }

    /// Hashes and appends a record built by this journal.
    fn push(
        &mut self,
        mut record: Record,
        capture_file: Option<String>,
    ) -> Result<Appended, JournalError> {
        let invalid = |e: String| JournalError::Invalid(format!("cannot record: {e}"));
        let mut value = record.to_json();
        if let Some(obj) = value.as_object_mut() {
            obj.remove("hash");
        }
        let hash = sha256_hex(canonical_json(&value).map_err(invalid)?.as_bytes());
        if let Some(obj) = value.as_object_mut() {
            obj.insert("hash".to_string(), Value::String(hash.clone()));
        }
        record.set_hash(hash.clone());
        let appended = Appended {
            seq: record.seq(),
            kind: record.kind(),
            entry: record.entry_seq(),
            hash,
            capture_file,
        };
        if let Record::Deletion(d) = &record {
            self.deleted.insert(d.entry, d.seq);
        }
        self.records.push(record);
        self.values.push(value);
        Ok(appended)
    }

    /// Builds a journal from records already checked (used by the reader).
    fn from_checked(
        records: Vec<Record>,
        values: Vec<Value>,
        timestamps: Vec<Timestamp>,
    ) -> Journal {
        let deleted = records
            .iter()
            .filter_map(|r| match r {
                Record::Deletion(d) => Some((d.entry, d.seq)),
                _ => None,
            })
            .collect();
        Journal {
            records,
            values,
            timestamps,
            deleted,
        }
    }
}

fn same_failure(a: &Entry, b: &Entry) -> bool {
    fn base(url: &str) -> &str {
        url.split(['?', '#']).next().unwrap_or(url)
    }
    a.portal == b.portal
        && a.procedure == b.procedure
        && a.failure == b.failure
        && a.http_status == b.http_status
        && a.message == b.message
        && base(&a.url) == base(&b.url)
}

fn limit(s: String, max_chars: usize, what: &str) -> Result<String, JournalError> {
    if s.chars().count() > max_chars {
        return Err(JournalError::Invalid(format!(
            "the {what} is longer than {max_chars} characters"
        )));
    }
    Ok(s)
}

fn make_capture(
    seq: u64,
    capture: Option<CaptureInput>,
) -> Result<(Option<Capture>, Option<String>), JournalError> {
    let Some(c) = capture else {
        return Ok((None, None));
    };
    let file = capture_file(seq, c.kind, c.media_type).ok_or_else(|| {
        JournalError::Invalid(format!(
            "a {:?} capture cannot be of type {}",
            c.kind, c.media_type
        ))
    })?;
    if c.bytes.len() > MAX_CAPTURE_BYTES {
        return Err(JournalError::Invalid(format!(
            "the capture is larger than {} MiB",
            MAX_CAPTURE_BYTES >> 20
        )));
    }
    let capture = Capture {
        kind: c.kind,
        media_type: c.media_type.to_string(),
        file: file.clone(),
        sha256: sha256_hex(c.bytes),
        size: c.bytes.len() as u64,
    };
    Ok((Some(capture), Some(file)))
}

/// Forward migrations: `MIGRATIONS[i]` turns a schema `i + 1` envelope into schema `i + 2`.
/// A migration may change the envelope only, never a hashed record (that would break the chain);
/// record formats of every schema stay readable by [`Record`].
type Migration = fn(&mut Map<String, Value>) -> Result<(), String>;
const MIGRATIONS: &[Migration] = &[
    // 1 → 2: schema 2 adds the `note` record kind. A schema 1 journal has none, and its records
    // are read as they are: nothing to change but the number.
    |_| Ok(()),
];
const _: () = assert!(
    MIGRATIONS.len() as u64 == SCHEMA - 1,
    "one migration per schema step"
);

fn migrate(schema: u64, envelope: &mut Map<String, Value>) -> Result<(), JournalError> {
    let from = usize::try_from(schema.saturating_sub(1)).unwrap_or(usize::MAX);
    for m in MIGRATIONS.get(from..).unwrap_or(&[]) {
        m(envelope).map_err(JournalError::BadSchema)?;
    }
    envelope.insert("schema".to_string(), Value::from(SCHEMA));
    Ok(())
}

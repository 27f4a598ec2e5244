//! The records of the chain and their parts, what callers hand in, and the views the journal
//! page shows.

use crate::*;
use serde::{Deserialize, Serialize};

/// A moment as the journal writes it: UTC, the person's local clock with its offset, and the
/// IANA time zone the browser reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    pub(crate) fn check(&self) -> Result<(), String> {
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Meaning {
    /// BCP 47 language code (`ar`, `prs`…).
    pub lang: String,
    pub text: String,
}

/// A failure met on a portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    pub(crate) fn set_hash(&mut self, hash: String) {
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

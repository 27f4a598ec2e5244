//! Why a journal or a bundle is refused, in words a person (and a judge) can read.

use std::fmt;

/// Everything that can go wrong when reading, extending or exporting a journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalError {
    /// The bundle is not a readable ZIP archive (truncated, damaged, compressed, encrypted…).
    Zip(String),
    /// The archive is readable but is not a Relais bundle (no `journal.json`, stray files).
    Foreign(String),
    /// `journal.json` (or a stored journal) is not valid JSON; `record` is the record whose
    /// line holds the error, when it can be told.
    Json { detail: String, record: Option<u64> },
    /// The JSON is not a Relais journal (no `format`, wrong `format`, missing `records`).
    NotAJournal(String),
    /// The journal was written by a newer Relais.
    NewerSchema { found: u64, supported: u64 },
    /// The schema number is not one Relais ever wrote.
    BadSchema(String),
    /// A record of the chain is broken. `seq` is its position (1 = first record).
    Broken {
        seq: u64,
        what: String,
        reason: String,
    },
    /// A trusted timestamp does not hold. `n` is its number (1 = first).
    Timestamp { n: u64, reason: String },
    /// Something asked of the journal that it cannot do (append to a deleted entry, a bad time…).
    Invalid(String),
    /// Export needs a file (a capture, a timestamp token) that the caller did not provide.
    MissingFile(String),
}

impl JournalError {
    /// The JavaScript `Error.name`.
    pub fn name(&self) -> &'static str {
        "JournalError"
    }

    /// A Fluent message id for the interface (`ui.ftl`), one per kind of failure.
    pub fn code(&self) -> &'static str {
        match self {
            JournalError::Zip(_) => "error-journal-zip",
            JournalError::Foreign(_) => "error-journal-foreign",
            JournalError::Json { .. }
            | JournalError::NotAJournal(_)
            | JournalError::BadSchema(_) => "error-journal-format",
            JournalError::NewerSchema { .. } => "error-journal-newer",
            JournalError::Broken { .. } => "error-journal-broken",
            JournalError::Timestamp { .. } => "error-journal-timestamp",
            JournalError::Invalid(_) => "error-journal-invalid",
            JournalError::MissingFile(_) => "error-journal-missing-file",
        }
    }

    /// The position of the first broken record, if the error is about one.
    pub fn broken_record(&self) -> Option<u64> {
        match self {
            JournalError::Broken { seq, .. } => Some(*seq),
            JournalError::Json { record, .. } => *record,
            _ => None,
        }
    }

    pub(crate) fn broken(seq: u64, what: impl Into<String>, reason: impl Into<String>) -> Self {
        JournalError::Broken {
            seq,
            what: what.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JournalError::Zip(d) => write!(f, "unreadable bundle: {d}"),
            JournalError::Foreign(d) => write!(f, "not a Relais bundle: {d}"),
            JournalError::Json { detail, record: Some(seq) } => {
                write!(f, "record #{seq} is damaged: journal.json is not valid JSON there ({detail})")
            }
            JournalError::Json { detail, record: None } => write!(f, "journal.json is not valid JSON ({detail})"),
            JournalError::NotAJournal(d) => write!(f, "not a Relais journal: {d}"),
            JournalError::NewerSchema { found, supported } => write!(
                f,
                "this journal uses schema {found}, written by a newer Relais; this version reads schemas up to \
                 {supported}: update Relais to read it (nothing was changed)"
            ),
            JournalError::BadSchema(d) => write!(f, "not a Relais journal: {d}"),
            JournalError::Broken { seq, what, reason } => write!(f, "record #{seq} ({what}) is broken: {reason}"),
            JournalError::Timestamp { n, reason } => write!(f, "trusted timestamp {n} does not hold: {reason}"),
            JournalError::Invalid(d) => write!(f, "{d}"),
            JournalError::MissingFile(d) => write!(f, "cannot export: {d}"),
        }
    }
}

impl std::error::Error for JournalError {}

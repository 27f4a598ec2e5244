//! Errors as values a person can read.
//!
//! Each error carries a Fluent message id (`code`) from `locales/<lang>/ui.ftl`, so the interface
//! can say what went wrong in the person's language, and an English `detail` for developers and
//! the command line. Analysis of a page never fails (it returns results and diagnostics); only
//! decoding input (a message, a locale file, later a journal) returns these.

use std::fmt;

/// A locale file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    pub file: String,
    pub line: usize,
    pub detail: String,
}

impl LocaleError {
    pub fn syntax(file: &str, line: usize, detail: impl Into<String>) -> Self {
        LocaleError {
            file: file.to_string(),
            line,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.detail)
    }
}

impl std::error::Error for LocaleError {}

/// Every error that crosses the Rust/JavaScript boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RelaisError {
    /// A message that does not follow the protocol (wrong type, missing field, too large).
    Protocol(String),
    /// A language that Relais does not ship.
    UnknownLanguage(String),
    /// A locale file is malformed.
    Locale(LocaleError),
    /// The language data was asked for before it was loaded.
    NotLoaded(String),
}

impl RelaisError {
    /// The JavaScript `Error.name`.
    pub fn name(&self) -> &'static str {
        match self {
            RelaisError::Protocol(_) => "ProtocolError",
            RelaisError::UnknownLanguage(_) => "UnknownLanguageError",
            RelaisError::Locale(_) => "LocaleError",
            RelaisError::NotLoaded(_) => "NotLoadedError",
        }
    }

    /// The Fluent message id that explains this error to a person (`ui.ftl`).
    pub fn code(&self) -> &'static str {
        match self {
            RelaisError::Protocol(_) => "error-protocol",
            RelaisError::UnknownLanguage(_) => "error-unknown-language",
            RelaisError::Locale(_) => "error-locale",
            RelaisError::NotLoaded(_) => "error-not-loaded",
        }
    }
}

impl fmt::Display for RelaisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RelaisError::Protocol(d) => write!(f, "invalid message: {d}"),
            RelaisError::UnknownLanguage(l) => write!(f, "unknown language: {l}"),
            RelaisError::Locale(e) => write!(f, "invalid locale file: {e}"),
            RelaisError::NotLoaded(l) => write!(f, "language data not loaded: {l}"),
        }
    }
}

impl std::error::Error for RelaisError {}

impl From<LocaleError> for RelaisError {
    fn from(e: LocaleError) -> Self {
        RelaisError::Locale(e)
    }
}

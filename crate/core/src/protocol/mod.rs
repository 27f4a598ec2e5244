//! The message protocol between the content script, the popup and the service worker.
//!
//! These are the only types that cross to JavaScript (serialised by the bindings crate, or by the
//! CLI as JSON). Every message is a `{ "type": "domain.verb", … }` object; every reply is
//! `{ ok: true, value }` or `{ ok: false, error: { name, message } }` (built by the service worker).
//! [`Request::validate`] bounds every field, so a hostile page that reaches the content script
//! cannot make the core allocate without limit. Samples of every message live in
//! `tests/protocol/<type>.json`, decoded and validated by `tests.rs` here; the static end-to-end test
//! checks that the extension sends and handles exactly these types.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::captcha;
use crate::error::RelaisError;
use crate::locale;

mod answer;
mod decode;
#[cfg(test)]
mod tests;

pub use answer::*;

/// At most this many blocks in one `scan.blocks` batch.
pub const MAX_BLOCKS: usize = 500;
/// At most this many characters in one block's text.
pub const MAX_TEXT: usize = 4000;
/// At most this many bytes in a block id or a host name.
pub const MAX_ID: usize = 253;
/// At most this many bytes of HTML in a DOM snapshot capture.
pub const MAX_SNAPSHOT: usize = 512 * 1024;
/// At most this many CAPTCHA candidates (and scripts) in one `captcha.detect`.
pub const MAX_CANDIDATES: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaptchaEventKind {
    Submitted,
    Seen,
}

/// What kind of page element a block of text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Label,
    Legend,
    Button,
    Hint,
    Option,
    Placeholder,
    Error,
    Alert,
    Heading,
    Text,
}

/// A piece of page text, with an id the content script can find its element by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub text: String,
}

/// A message. Decoded by `decode.rs` (the same messages as serde's derive for
/// `#[serde(tag = "type", rename_all_fields = "camelCase", deny_unknown_fields)]` would accept,
/// with a fraction of its code); encoded by serde's derive.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all_fields = "camelCase")]
pub enum Request {
    /// Content script or popup: the settings that apply to `host`.
    #[serde(rename = "settings.get")]
    SettingsGet { host: String },
    /// Popup: change the language and/or whether the overlay is on for `host`.
    #[serde(rename = "settings.set")]
    SettingsSet {
        #[serde(default)]
        lang: Option<String>,
        #[serde(default)]
        host: Option<String>,
        #[serde(default)]
        enabled: Option<bool>,
    },
    /// Content script: find glossary concepts in a batch of page text.
    #[serde(rename = "scan.blocks")]
    ScanBlocks {
        lang: String,
        blocks: Vec<Block>,
        /// The page's URL: which portal, for the failure catalogue.
        #[serde(default)]
        url: Option<String>,
    },
    /// Popup, pages and (with the settings) the content script: every interface string of
    /// `lang` that takes no argument, with fallback.
    #[serde(rename = "ui.strings")]
    UiStrings { lang: String },
    /// Pages and the background: interface messages with their arguments (counts, names,
    /// dates), formatted by Fluent in `lang`, so that plural forms apply.
    #[serde(rename = "ui.format")]
    UiFormat {
        lang: String,
        messages: Vec<UiMessage>,
    },
    /// Popup: the shipped languages with their review status.
    #[serde(rename = "locale.list")]
    LocaleList {},
    /// Content script: which of these elements are CAPTCHA widgets, and what to tell the person.
    #[serde(rename = "captcha.detect")]
    CaptchaDetect {
        lang: String,
        candidates: Vec<captcha::Candidate>,
        #[serde(default)]
        scripts: Vec<String>,
    },
    /// Content script: a form holding a CAPTCHA was submitted (`submitted`), or a CAPTCHA is
    /// on the page (`seen`). A `seen` soon after a `submitted` in the same tab, same host, same
    /// kind, is a failed try; the service worker counts them as evidence (`captcha_blocked`).
    #[serde(rename = "captcha.event")]
    CaptchaEvent {
        event: CaptchaEventKind,
        kind: captcha::Kind,
        host: String,
        path: String,
    },
    /// Content script: a failure message is on the page. `snapshot` is the error region's HTML
    /// (form values removed), the automatic capture.
    #[serde(rename = "journal.record")]
    JournalRecord {
        /// A journal failure kind id (`no-slot`, `unavailable`…).
        failure: String,
        message: String,
        url: String,
        title: String,
        #[serde(default)]
        snapshot: Option<String>,
    },
    /// Popup: "this is blocking me": records the current tab with a screenshot and a note.
    #[serde(rename = "journal.report")]
    JournalReport {
        #[serde(default)]
        note: Option<String>,
    },
    /// Journal page: delete an entry (recorded in the chain as a deletion).
    #[serde(rename = "journal.delete")]
    JournalDelete { entry: u64, reason: String },
    /// Journal page: it replaced the stored journal with a bundle it verified (the bytes stay in
    /// the page, never cross messaging): the background reads the journal again.
    #[serde(rename = "journal.reload")]
    JournalReload {},
    /// Journal page: the dossier's figures of the open journal (summary, notes on the whole
    /// journal, trusted timestamps, deleted entries, head, number of records), from the
    /// background's verified journal; the page lists the records themselves lazily.
    #[serde(rename = "journal.summary")]
    JournalSummary {},
    /// Journal page: a note on entry `entry` (0: on the whole journal), chained like every record.
    #[serde(rename = "journal.note")]
    JournalNote { entry: u64, text: String },
    /// Journal page: timestamp the head of the journal by these RFC 3161 authorities (chosen by
    /// the person; the only requests Relais makes to a server that is not a portal page).
    #[serde(rename = "journal.timestamp")]
    JournalTimestamp { urls: Vec<String> },
    /// Journal and mediator pages: which journal is open (the session's or the computer's).
    #[serde(rename = "journal.where")]
    JournalWhere {},
    /// Popup, mediator page, keyboard command: start a mediator session for a person, in `lang`
    /// if given; with `private`, its pages in a private window (the mediator page offers it when
    /// the browser lets Relais run there).
    #[serde(rename = "mediator.start")]
    MediatorStart {
        #[serde(default)]
        lang: Option<String>,
        #[serde(default)]
        private: bool,
    },
    /// Content script and pages: the mediator session, if one is on.
    #[serde(rename = "mediator.state")]
    MediatorState {},
    /// Mediator bar and page: change the session's language, text size or notes.
    #[serde(rename = "mediator.set")]
    MediatorSet {
        #[serde(default)]
        lang: Option<String>,
        /// Text size of the overlay: a step from 0 (normal) to [`MAX_SCALE_STEP`].
        #[serde(default)]
        scale: Option<u8>,
        #[serde(default)]
        notes: Option<String>,
    },
    /// Mediator bar: open the mediator page at `section` (`phrases`, `notes` or `end`). Notes
    /// and passphrases are typed there, in the extension's own page, never in the portal's page,
    /// whose scripts could read them.
    #[serde(rename = "mediator.open")]
    MediatorOpen { section: String },
    /// Mediator page: end the session. With `keep`, the session's journal (and the notes, with
    /// `keepNotes`) is encrypted into the profile `profile` with `passphrase`; everything else of
    /// the session is removed. With `clean` (the mediator's consent), the browser's own traces
    /// too: the session's tabs closed, the visited portals' data and the history since the start
    /// removed (what the browser allows; the reply says what was and what remains).
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
    /// Mediator page: the profiles kept on this computer (names and dates only).
    #[serde(rename = "profile.list")]
    ProfileList {},
    /// Mediator page: open a profile with its passphrase: starts a session with its journal.
    #[serde(rename = "profile.open")]
    ProfileOpen { profile: String, passphrase: String },
    /// Mediator page: the profile's journal as a bundle (base64), after its passphrase.
    #[serde(rename = "profile.export")]
    ProfileExport { profile: String, passphrase: String },
    /// Mediator page: delete a profile.
    #[serde(rename = "profile.delete")]
    ProfileDelete { profile: String },
    /// Mediator page: the phrase cards in `lang`, beside the French.
    #[serde(rename = "phrases.get")]
    PhrasesGet { lang: String },
    /// Untranslated strings page: the strings met without a full translation (in `lang`, or in
    /// every language).
    #[serde(rename = "untranslated.list")]
    UntranslatedList {
        #[serde(default)]
        lang: Option<String>,
    },
    /// Untranslated strings page: those of `lang` as a gettext PO file for translators.
    #[serde(rename = "untranslated.export")]
    UntranslatedExport { lang: String },
    /// Untranslated strings page: forget every counted string.
    #[serde(rename = "untranslated.clear")]
    UntranslatedClear {},
}

/// One interface message to format: its Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiMessage {
    pub id: String,
    #[serde(default)]
    pub args: BTreeMap<String, locale::Arg>,
}

/// At most this many messages in one `ui.format`.
pub const MAX_UI_MESSAGES: usize = 500;
/// At most this many arguments per message.
pub const MAX_UI_ARGS: usize = 8;

/// At most this many time-stamping authorities per request.
pub const MAX_TSA: usize = 4;
/// The largest text-size step of the mediator mode.
pub const MAX_SCALE_STEP: u8 = 3;
/// Passphrases: at least this many characters.
pub const MIN_PASSPHRASE: usize = 8;

fn check_profile(name: &str) -> Result<(), RelaisError> {
    let n = name.trim().chars().count();
    if n == 0 || n > 60 || name.chars().any(char::is_control) {
        return Err(RelaisError::Protocol(
            "profile: a name of 1 to 60 characters, one line".into(),
        ));
    }
    Ok(())
}

fn check_passphrase(p: &str) -> Result<(), RelaisError> {
    if p.chars().count() < MIN_PASSPHRASE || p.len() > 1000 {
        return Err(RelaisError::Protocol(format!(
            "passphrase: at least {MIN_PASSPHRASE} characters"
        )));
    }
    Ok(())
}

impl Request {
    /// Every message type, in declaration order (each has a sample in `tests/protocol/`).
    pub const TYPES: [&'static str; 29] = [
        "settings.get",
        "settings.set",
        "scan.blocks",
        "ui.strings",
        "ui.format",
        "locale.list",
        "captcha.detect",
        "captcha.event",
        "journal.record",
        "journal.report",
        "journal.delete",
        "journal.reload",
        "journal.summary",
        "journal.note",
        "journal.timestamp",
        "journal.where",
        "mediator.start",
        "mediator.state",
        "mediator.set",
        "mediator.open",
        "mediator.end",
        "profile.list",
        "profile.open",
        "profile.export",
        "profile.delete",
        "phrases.get",
        "untranslated.list",
        "untranslated.export",
        "untranslated.clear",
    ];
    /// The message's `type` (`scan.blocks`…), for errors and logs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Request::SettingsGet { .. } => "settings.get",
            Request::SettingsSet { .. } => "settings.set",
            Request::ScanBlocks { .. } => "scan.blocks",
            Request::UiStrings { .. } => "ui.strings",
            Request::UiFormat { .. } => "ui.format",
            Request::LocaleList { .. } => "locale.list",
            Request::CaptchaDetect { .. } => "captcha.detect",
            Request::CaptchaEvent { .. } => "captcha.event",
            Request::JournalRecord { .. } => "journal.record",
            Request::JournalReport { .. } => "journal.report",
            Request::JournalDelete { .. } => "journal.delete",
            Request::JournalReload { .. } => "journal.reload",
            Request::JournalSummary { .. } => "journal.summary",
            Request::JournalNote { .. } => "journal.note",
            Request::JournalTimestamp { .. } => "journal.timestamp",
            Request::JournalWhere { .. } => "journal.where",
            Request::MediatorStart { .. } => "mediator.start",
            Request::MediatorState { .. } => "mediator.state",
            Request::MediatorSet { .. } => "mediator.set",
            Request::MediatorOpen { .. } => "mediator.open",
            Request::MediatorEnd { .. } => "mediator.end",
            Request::ProfileList { .. } => "profile.list",
            Request::ProfileOpen { .. } => "profile.open",
            Request::ProfileExport { .. } => "profile.export",
            Request::ProfileDelete { .. } => "profile.delete",
            Request::PhrasesGet { .. } => "phrases.get",
            Request::UntranslatedList { .. } => "untranslated.list",
            Request::UntranslatedExport { .. } => "untranslated.export",
            Request::UntranslatedClear { .. } => "untranslated.clear",
        }
    }

    /// Checks every bound; the error says which field is wrong.
    pub fn validate(&self) -> Result<(), RelaisError> {
        match self {
            Request::SettingsGet { host } => check_host(host),
            Request::SettingsSet { lang, host, .. } => {
                if let Some(l) = lang {
                    check_lang(l)?;
                }
                if let Some(h) = host {
                    check_host(h)?;
                }
                Ok(())
            }
            Request::ScanBlocks { lang, blocks, .. } => {
                check_lang(lang)?;
                if blocks.len() > MAX_BLOCKS {
                    return Err(RelaisError::Protocol(format!(
                        "scan.blocks: {} blocks, at most {MAX_BLOCKS} in a batch",
                        blocks.len()
                    )));
                }
                for b in blocks {
                    if b.id.is_empty() || b.id.len() > MAX_ID {
                        return Err(RelaisError::Protocol(
                            "scan.blocks: block id empty or too long".into(),
                        ));
                    }
                    if b.text.chars().count() > MAX_TEXT {
                        return Err(RelaisError::Protocol(format!(
                            "scan.blocks: block {} has more than {MAX_TEXT} characters",
                            b.id
                        )));
                    }
                }
                Ok(())
            }
            Request::UiStrings { lang } => check_lang(lang),
            Request::UiFormat { lang, messages } => {
                check_lang(lang)?;
                if messages.len() > MAX_UI_MESSAGES {
                    return Err(RelaisError::Protocol(format!(
                        "ui.format: at most {MAX_UI_MESSAGES} messages"
                    )));
                }
                for m in messages {
                    let id_ok = !m.id.is_empty()
                        && m.id.len() <= 100
                        && m.id
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    if !id_ok {
                        return Err(RelaisError::Protocol(
                            "ui.format: a message id is kebab-case ASCII, at most 100 bytes".into(),
                        ));
                    }
                    let long = m.args.iter().any(|(k, v)| {
                        k.len() > 40
                            || matches!(v, locale::Arg::Text(t) if t.chars().count() > MAX_TEXT)
                    });
                    if m.args.len() > MAX_UI_ARGS || long {
                        return Err(RelaisError::Protocol(format!(
                            "ui.format: at most {MAX_UI_ARGS} arguments of at most {MAX_TEXT} characters"
                        )));
                    }
                }
                Ok(())
            }
            Request::LocaleList {} => Ok(()),
            Request::CaptchaDetect {
                lang,
                candidates,
                scripts,
            } => {
                check_lang(lang)?;
                if candidates.len() > MAX_CANDIDATES || scripts.len() > MAX_CANDIDATES {
                    return Err(RelaisError::Protocol(format!(
                        "captcha.detect: at most {MAX_CANDIDATES} candidates and scripts"
                    )));
                }
                let long = candidates.iter().any(|c| {
                    [
                        &c.id,
                        &c.tag,
                        &c.el_id,
                        &c.classes,
                        &c.name,
                        &c.src,
                        &c.title,
                        &c.label,
                        &c.data,
                        &c.input_type,
                        &c.group,
                    ]
                    .iter()
                    .any(|f| f.len() > MAX_TEXT)
                }) || scripts.iter().any(|s| s.len() > MAX_TEXT);
                if long {
                    return Err(RelaisError::Protocol(format!(
                        "captcha.detect: a field is longer than {MAX_TEXT} bytes"
                    )));
                }
                Ok(())
            }
            Request::JournalRecord {
                failure,
                message,
                url,
                title,
                snapshot,
            } => {
                if relais_journal::FailureKind::parse(failure).is_none() {
                    return Err(RelaisError::Protocol(format!(
                        "journal.record: unknown failure kind {}",
                        failure.chars().take(40).collect::<String>()
                    )));
                }
                if message.len() > MAX_TEXT
                    || url.len() > 8192
                    || title.len() > 2000
                    || snapshot.as_ref().is_some_and(|s| s.len() > MAX_SNAPSHOT)
                {
                    return Err(RelaisError::Protocol(
                        "journal.record: a field is too long".into(),
                    ));
                }
                Ok(())
            }
            Request::JournalReport { note } => {
                if note.as_ref().is_some_and(|n| n.len() > MAX_TEXT) {
                    return Err(RelaisError::Protocol(
                        "journal.report: note too long".into(),
                    ));
                }
                Ok(())
            }
            Request::JournalDelete { reason, .. } => {
                if reason.len() > MAX_TEXT {
                    return Err(RelaisError::Protocol(
                        "journal.delete: reason too long".into(),
                    ));
                }
                Ok(())
            }
            Request::JournalNote { text, .. } => {
                if text.trim().is_empty() || text.chars().count() > relais_journal::MAX_NOTE_CHARS {
                    return Err(RelaisError::Protocol(format!(
                        "journal.note: a note of 1 to {} characters",
                        relais_journal::MAX_NOTE_CHARS
                    )));
                }
                Ok(())
            }
            Request::JournalTimestamp { urls } => {
                if urls.is_empty() || urls.len() > MAX_TSA {
                    return Err(RelaisError::Protocol(format!(
                        "journal.timestamp: 1 to {MAX_TSA} authorities"
                    )));
                }
                for u in urls {
                    let scheme_ok = u.starts_with("https://") || u.starts_with("http://");
                    if !scheme_ok
                        || u.len() > 500
                        || u.chars().any(|c| c.is_whitespace() || c.is_control())
                    {
                        return Err(RelaisError::Protocol(format!(
                            "journal.timestamp: {} is not an http(s) address",
                            u.chars().take(80).collect::<String>()
                        )));
                    }
                }
                Ok(())
            }
            Request::JournalWhere {}
            | Request::JournalReload {}
            | Request::JournalSummary {}
            | Request::MediatorState {}
            | Request::ProfileList {} => Ok(()),
            Request::MediatorStart { lang, .. } => lang.as_deref().map_or(Ok(()), check_lang),
            Request::MediatorSet { lang, scale, notes } => {
                if let Some(l) = lang {
                    check_lang(l)?;
                }
                if scale.is_some_and(|s| s > MAX_SCALE_STEP) {
                    return Err(RelaisError::Protocol(format!(
                        "mediator.set: scale from 0 to {MAX_SCALE_STEP}"
                    )));
                }
                if notes
                    .as_ref()
                    .is_some_and(|n| n.chars().count() > relais_journal::MAX_NOTE_CHARS)
                {
                    return Err(RelaisError::Protocol("mediator.set: notes too long".into()));
                }
                Ok(())
            }
            Request::MediatorEnd {
                keep,
                profile,
                passphrase,
                ..
            } => {
                if *keep {
                    check_profile(profile.as_deref().unwrap_or(""))?;
                    check_passphrase(passphrase.as_deref().unwrap_or(""))?;
                }
                Ok(())
            }
            Request::ProfileOpen {
                profile,
                passphrase,
            }
            | Request::ProfileExport {
                profile,
                passphrase,
            } => {
                check_profile(profile)?;
                check_passphrase(passphrase)
            }
            Request::ProfileDelete { profile } => check_profile(profile),
            Request::MediatorOpen { section } => {
                if !["phrases", "notes", "end"].contains(&section.as_str()) {
                    return Err(RelaisError::Protocol(
                        "mediator.open: section is phrases, notes or end".into(),
                    ));
                }
                Ok(())
            }
            Request::PhrasesGet { lang } | Request::UntranslatedExport { lang } => check_lang(lang),
            Request::UntranslatedList { lang } => lang.as_deref().map_or(Ok(()), check_lang),
            Request::UntranslatedClear {} => Ok(()),
            Request::CaptchaEvent { host, path, .. } => {
                check_host(host)?;
                if path.len() > MAX_TEXT {
                    return Err(RelaisError::Protocol("captcha.event: path too long".into()));
                }
                Ok(())
            }
        }
    }
}

fn check_lang(lang: &str) -> Result<(), RelaisError> {
    if locale::is_known(lang) {
        Ok(())
    } else {
        Err(RelaisError::UnknownLanguage(
            lang.chars().take(20).collect(),
        ))
    }
}

fn check_host(host: &str) -> Result<(), RelaisError> {
    let ok = !host.is_empty()
        && host.len() <= MAX_ID
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if ok {
        Ok(())
    } else {
        Err(RelaisError::Protocol("host is not a host name".into()))
    }
}

//! Decoding a [`Request`]: one flat reading of every field any message has, then the message
//! its `type` names, built from the fields it has.
//!
//! serde's derive for an internally tagged enum buffers the whole message and gives each of the
//! 29 types a decoder of its own: about 60 KB of the wasm module every page waits for. Of the
//! messages written as objects (the only form the extension sends), this decoder accepts and
//! refuses the same ones (same required fields, same types, null refused where a value is
//! required, unknown fields refused; `tests.rs` checks it against the derive), with serde's own
//! error texts. Only where a message has several faults may another one be named first, and a
//! field no message type has is refused with every known field as the expected list. (The
//! derive also read a message written as an array, `["settings.get", "a.gouv.fr"]`, by position;
//! this decoder reads an array by the positions of its own fields.)

use serde::de::{self, Deserialize, Deserializer};

use super::{Block, CaptchaEventKind, Request, UiMessage};
use crate::captcha;

/// A field as written: absent (`None`), `null` (`Some(None)`) or a value.
type Field<T> = Option<Option<T>>;

/// Reads a field's value, `null` included (serde's `Option` would read `null` as absent).
fn nullable<'de, D, T>(d: D) -> Result<Field<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Every field of every message type.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Wire {
    #[serde(rename = "type", default, deserialize_with = "nullable")]
    type_: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    host: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    lang: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    enabled: Field<bool>,
    #[serde(default, deserialize_with = "nullable")]
    blocks: Field<Vec<Block>>,
    #[serde(default, deserialize_with = "nullable")]
    url: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    messages: Field<Vec<UiMessage>>,
    #[serde(default, deserialize_with = "nullable")]
    candidates: Field<Vec<captcha::Candidate>>,
    #[serde(default, deserialize_with = "nullable")]
    scripts: Field<Vec<String>>,
    #[serde(default, deserialize_with = "nullable")]
    event: Field<CaptchaEventKind>,
    #[serde(default, deserialize_with = "nullable")]
    kind: Field<captcha::Kind>,
    #[serde(default, deserialize_with = "nullable")]
    path: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    failure: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    message: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    title: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    snapshot: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    note: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    entry: Field<u64>,
    #[serde(default, deserialize_with = "nullable")]
    reason: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    text: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    urls: Field<Vec<String>>,
    #[serde(default, deserialize_with = "nullable")]
    private: Field<bool>,
    #[serde(default, deserialize_with = "nullable")]
    scale: Field<u8>,
    #[serde(default, deserialize_with = "nullable")]
    notes: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    section: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    keep: Field<bool>,
    #[serde(default, deserialize_with = "nullable")]
    clean: Field<bool>,
    #[serde(default, deserialize_with = "nullable")]
    keep_notes: Field<bool>,
    #[serde(default, deserialize_with = "nullable")]
    profile: Field<String>,
    #[serde(default, deserialize_with = "nullable")]
    passphrase: Field<String>,
}

/// A field the message type requires: present and not `null`.
fn required<T, E: de::Error>(f: Field<T>, name: &'static str, what: &str) -> Result<T, E> {
    match f {
        Some(Some(v)) => Ok(v),
        Some(None) => Err(E::invalid_type(de::Unexpected::Unit, &what)),
        None => Err(E::missing_field(name)),
    }
}

/// A field with a default (`#[serde(default)]` on a plain value): absent is the default, `null`
/// is refused.
fn or_default<T: Default, E: de::Error>(f: Field<T>, what: &str) -> Result<T, E> {
    match f {
        Some(Some(v)) => Ok(v),
        Some(None) => Err(E::invalid_type(de::Unexpected::Unit, &what)),
        None => Ok(T::default()),
    }
}

const TEXT: &str = "a string";
const LIST: &str = "a sequence";
const FLAG: &str = "a boolean";

impl Wire {
    /// The message's fields that are present, by name, in declaration order.
    fn present(&self) -> [(&'static str, bool); 29] {
        [
            ("host", self.host.is_some()),
            ("lang", self.lang.is_some()),
            ("enabled", self.enabled.is_some()),
            ("blocks", self.blocks.is_some()),
            ("url", self.url.is_some()),
            ("messages", self.messages.is_some()),
            ("candidates", self.candidates.is_some()),
            ("scripts", self.scripts.is_some()),
            ("event", self.event.is_some()),
            ("kind", self.kind.is_some()),
            ("path", self.path.is_some()),
            ("failure", self.failure.is_some()),
            ("message", self.message.is_some()),
            ("title", self.title.is_some()),
            ("snapshot", self.snapshot.is_some()),
            ("note", self.note.is_some()),
            ("entry", self.entry.is_some()),
            ("reason", self.reason.is_some()),
            ("text", self.text.is_some()),
            ("urls", self.urls.is_some()),
            ("private", self.private.is_some()),
            ("scale", self.scale.is_some()),
            ("notes", self.notes.is_some()),
            ("section", self.section.is_some()),
            ("keep", self.keep.is_some()),
            ("clean", self.clean.is_some()),
            ("keepNotes", self.keep_notes.is_some()),
            ("profile", self.profile.is_some()),
            ("passphrase", self.passphrase.is_some()),
        ]
    }

    fn request<E: de::Error>(self) -> Result<Request, E> {
        let t = required::<String, E>(self.type_.clone(), "type", TEXT)?;
        let Some(i) = Request::TYPES.iter().position(|&x| x == t) else {
            return Err(E::unknown_variant(&t, &Request::TYPES));
        };
        // Each type's fields, as serde names them in its errors.
        let fields: &'static [&'static str] = FIELDS[i];
        if let Some((name, _)) = self
            .present()
            .into_iter()
            .find(|&(name, present)| present && !fields.contains(&name))
        {
            return Err(E::unknown_field(name, fields));
        }
        let w = self;
        Ok(match Request::TYPES[i] {
            "settings.get" => Request::SettingsGet {
                host: required(w.host, "host", TEXT)?,
            },
            "settings.set" => Request::SettingsSet {
                lang: w.lang.flatten(),
                host: w.host.flatten(),
                enabled: w.enabled.flatten(),
            },
            "scan.blocks" => Request::ScanBlocks {
                lang: required(w.lang, "lang", TEXT)?,
                blocks: required(w.blocks, "blocks", LIST)?,
                url: w.url.flatten(),
            },
            "ui.strings" => Request::UiStrings {
                lang: required(w.lang, "lang", TEXT)?,
            },
            "ui.format" => Request::UiFormat {
                lang: required(w.lang, "lang", TEXT)?,
                messages: required(w.messages, "messages", LIST)?,
            },
            "locale.list" => Request::LocaleList {},
            "captcha.detect" => Request::CaptchaDetect {
                lang: required(w.lang, "lang", TEXT)?,
                candidates: required(w.candidates, "candidates", LIST)?,
                scripts: or_default(w.scripts, LIST)?,
            },
            "captcha.event" => Request::CaptchaEvent {
                event: required(w.event, "event", "variant identifier")?,
                kind: required(w.kind, "kind", "variant identifier")?,
                host: required(w.host, "host", TEXT)?,
                path: required(w.path, "path", TEXT)?,
            },
            "journal.record" => Request::JournalRecord {
                failure: required(w.failure, "failure", TEXT)?,
                message: required(w.message, "message", TEXT)?,
                url: required(w.url, "url", TEXT)?,
                title: required(w.title, "title", TEXT)?,
                snapshot: w.snapshot.flatten(),
            },
            "journal.report" => Request::JournalReport {
                note: w.note.flatten(),
            },
            "journal.delete" => Request::JournalDelete {
                entry: required(w.entry, "entry", "u64")?,
                reason: required(w.reason, "reason", TEXT)?,
            },
            "journal.reload" => Request::JournalReload {},
            "journal.summary" => Request::JournalSummary {},
            "journal.note" => Request::JournalNote {
                entry: required(w.entry, "entry", "u64")?,
                text: required(w.text, "text", TEXT)?,
            },
            "journal.timestamp" => Request::JournalTimestamp {
                urls: required(w.urls, "urls", LIST)?,
            },
            "journal.where" => Request::JournalWhere {},
            "mediator.start" => Request::MediatorStart {
                lang: w.lang.flatten(),
                private: or_default(w.private, FLAG)?,
            },
            "mediator.state" => Request::MediatorState {},
            "mediator.set" => Request::MediatorSet {
                lang: w.lang.flatten(),
                scale: w.scale.flatten(),
                notes: w.notes.flatten(),
            },
            "mediator.open" => Request::MediatorOpen {
                section: required(w.section, "section", TEXT)?,
            },
            "mediator.end" => Request::MediatorEnd {
                keep: required(w.keep, "keep", FLAG)?,
                clean: or_default(w.clean, FLAG)?,
                keep_notes: or_default(w.keep_notes, FLAG)?,
                profile: w.profile.flatten(),
                passphrase: w.passphrase.flatten(),
            },
            "profile.list" => Request::ProfileList {},
            "profile.open" => Request::ProfileOpen {
                profile: required(w.profile, "profile", TEXT)?,
                passphrase: required(w.passphrase, "passphrase", TEXT)?,
            },
            "profile.export" => Request::ProfileExport {
                profile: required(w.profile, "profile", TEXT)?,
                passphrase: required(w.passphrase, "passphrase", TEXT)?,
            },
            "profile.delete" => Request::ProfileDelete {
                profile: required(w.profile, "profile", TEXT)?,
            },
            "phrases.get" => Request::PhrasesGet {
                lang: required(w.lang, "lang", TEXT)?,
            },
            "untranslated.list" => Request::UntranslatedList {
                lang: w.lang.flatten(),
            },
            "untranslated.export" => Request::UntranslatedExport {
                lang: required(w.lang, "lang", TEXT)?,
            },
            _ => Request::UntranslatedClear {},
        })
    }
}

/// Each message type's fields, in the order of [`Request::TYPES`].
const FIELDS: [&[&str]; 29] = [
    &["host"],
    &["lang", "host", "enabled"],
    &["lang", "blocks", "url"],
    &["lang"],
    &["lang", "messages"],
    &[],
    &["lang", "candidates", "scripts"],
    &["event", "kind", "host", "path"],
    &["failure", "message", "url", "title", "snapshot"],
    &["note"],
    &["entry", "reason"],
    &[],
    &[],
    &["entry", "text"],
    &["urls"],
    &[],
    &["lang", "private"],
    &[],
    &["lang", "scale", "notes"],
    &["section"],
    &["keep", "clean", "keepNotes", "profile", "passphrase"],
    &[],
    &["profile", "passphrase"],
    &["profile", "passphrase"],
    &["profile"],
    &["lang"],
    &["lang"],
    &["lang"],
    &[],
];

impl<'de> Deserialize<'de> for Request {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Request, D::Error> {
        Wire::deserialize(d)?.request()
    }
}

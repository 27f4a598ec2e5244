//! Research records and their aggregation across contributors.
//!
//! A [`ResearchRecord`] is what a person who agreed to contribute sends for research: one
//! failure met on a portal, with no identity in it (see `docs/research.md`, and the JSON Schema
//! `docs/research-record.schema.json`, which must agree with this type: a test checks it).
//! [`Aggregator`] merges exports from many contributors, streaming: it reads line by line
//! (JSON Lines, or CSV with a header), reports every line it cannot use with its file and line
//! number, drops exports sent twice, and keeps only per-cell counters. [`Aggregate`] is the
//! result, with small cells (fewer than k distinct contributors) suppressed; it renders CSV
//! tables, SVG charts and a one-page HTML report as pure functions.
//!
//! Architecture Invariant: memory is bounded by the number of distinct exports, contributors
//! and cells, never by the number of records: a record is parsed, counted and dropped. A cell
//! remembers at most [`CONTRIBUTOR_CAP`] contributor indexes; a line is never held beyond
//! `max_line` bytes; each dimension holds at most [`MAX_DISTINCT`] distinct values.

use std::borrow::Cow;
use std::hash::Hash;

use serde::{Deserialize, Serialize};

/// The version of the record format this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;
/// Cells with fewer distinct contributors than this are suppressed, unless told otherwise.
pub const DEFAULT_K: u32 = 5;
/// Lines longer than this (in bytes) are reported and skipped without being held whole.
pub const DEFAULT_MAX_LINE: usize = 64 * 1024;
/// The longest anonymised message a record may carry, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;
/// The most attempts one record may count.
pub const MAX_ATTEMPTS: u32 = 10_000;
/// A cell counts distinct contributors exactly up to this number; beyond, it reports this
/// number ("at least").
pub const CONTRIBUTOR_CAP: usize = 1000;
/// Distinct values kept per dimension (portals, procedures); further values count as `_other`.
pub const MAX_DISTINCT: usize = 10_000;

/// Why an attempt failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    NoSlot,
    HttpError,
    NetworkError,
    TechnicalError,
    ServiceUnavailable,
    SessionExpired,
    FileRefused,
    AccountLocked,
    WrongCredentials,
    CaptchaBlocked,
    FormError,
    UserReported,
    Other,
}

impl FailureKind {
    pub const ALL: [FailureKind; 13] = [
        FailureKind::NoSlot,
        FailureKind::HttpError,
        FailureKind::NetworkError,
        FailureKind::TechnicalError,
        FailureKind::ServiceUnavailable,
        FailureKind::SessionExpired,
        FailureKind::FileRefused,
        FailureKind::AccountLocked,
        FailureKind::WrongCredentials,
        FailureKind::CaptchaBlocked,
        FailureKind::FormError,
        FailureKind::UserReported,
        FailureKind::Other,
    ];

    /// The JSON and CSV spelling: `no_slot`, `http_error`…
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::NoSlot => "no_slot",
            FailureKind::HttpError => "http_error",
            FailureKind::NetworkError => "network_error",
            FailureKind::TechnicalError => "technical_error",
            FailureKind::ServiceUnavailable => "service_unavailable",
            FailureKind::SessionExpired => "session_expired",
            FailureKind::FileRefused => "file_refused",
            FailureKind::AccountLocked => "account_locked",
            FailureKind::WrongCredentials => "wrong_credentials",
            FailureKind::CaptchaBlocked => "captcha_blocked",
            FailureKind::FormError => "form_error",
            FailureKind::UserReported => "user_reported",
            FailureKind::Other => "other",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Day of the week of `hour_utc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn as_str(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    /// Monday = 0.
    fn from_index(i: i64) -> Weekday {
        Weekday::ALL[i.rem_euclid(7) as usize]
    }
}

/// The browser the extension ran in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BrowserFamily {
    Chrome,
    Chromium,
    Edge,
    Firefox,
    Safari,
    Opera,
    Other,
}

impl BrowserFamily {
    pub const ALL: [BrowserFamily; 7] = [
        BrowserFamily::Chrome,
        BrowserFamily::Chromium,
        BrowserFamily::Edge,
        BrowserFamily::Firefox,
        BrowserFamily::Safari,
        BrowserFamily::Opera,
        BrowserFamily::Other,
    ];

    pub fn as_str(self) -> &'static str {
        [
            "chrome", "chromium", "edge", "firefox", "safari", "opera", "other",
        ][self as usize]
    }
}

/// One failure met on a portal, as sent for research. This type is the source of truth for the
/// format; `docs/research-record.schema.json` describes the same thing for other tools.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchRecord {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Random, drawn by the extension (32 lowercase hex digits), never derived from identity.
    pub contributor_id: String,
    /// Random per export (32 lowercase hex digits): the same export sent twice has the same id.
    pub export_id: String,
    /// Portal slug: `anef`, `caf`, `rdv-prefecture`…
    pub portal: String,
    /// Procedure slug within the portal: `titre-sejour-renouvellement`…
    pub procedure: String,
    pub failure_kind: FailureKind,
    /// The portal's message, anonymised (see [`crate::anonymise`]); one line.
    pub message: String,
    /// The time of the failure rounded down to the hour, UTC: `2024-03-12T14:00:00Z`.
    pub hour_utc: String,
    /// The weekday of `hour_utc`.
    pub weekday: Weekday,
    /// Département code (`93`, `2A`, `974`), only if the person agreed to give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// How many attempts this record stands for (1 or more).
    pub attempt_count: u32,
    pub browser_family: BrowserFamily,
    /// The extension's version: `0.1.0`.
    pub extension_version: String,
}

/// The fields of [`ResearchRecord`] in order, with whether each is required.
pub const FIELDS: [(&str, bool); 13] = [
    ("schema_version", true),
    ("contributor_id", true),
    ("export_id", true),
    ("portal", true),
    ("procedure", true),
    ("failure_kind", true),
    ("message", true),
    ("hour_utc", true),
    ("weekday", true),
    ("departement", false),
    ("attempt_count", true),
    ("browser_family", true),
    ("extension_version", true),
];

/// A record read in place from its JSON line, its strings borrowed from the line when they hold
/// no JSON escape (copied otherwise): what the aggregation reads. Same fields and rules as
/// [`ResearchRecord`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordRef<'a> {
    pub schema_version: u32,
    #[serde(borrow)]
    pub contributor_id: Cow<'a, str>,
    #[serde(borrow)]
    pub export_id: Cow<'a, str>,
    #[serde(borrow)]
    pub portal: Cow<'a, str>,
    #[serde(borrow)]
    pub procedure: Cow<'a, str>,
    pub failure_kind: FailureKind,
    #[serde(borrow)]
    pub message: Cow<'a, str>,
    #[serde(borrow)]
    pub hour_utc: Cow<'a, str>,
    pub weekday: Weekday,
    #[serde(default, borrow)]
    pub departement: Option<Cow<'a, str>>,
    pub attempt_count: u32,
    pub browser_family: BrowserFamily,
    #[serde(borrow)]
    pub extension_version: Cow<'a, str>,
}

/// Every valid département code: 01–19, 2A, 2B, 21–95, 971–974, 976.
pub fn departements() -> Vec<String> {
    let mut out: Vec<String> = (1..=95)
        .filter(|&d| d != 20)
        .map(|d| format!("{d:02}"))
        .collect();
    out.insert(19, "2A".into());
    out.insert(20, "2B".into());
    out.extend(["971", "972", "973", "974", "976"].map(String::from));
    out
}

pub(crate) fn is_departement(d: &str) -> bool {
    match d.len() {
        2 => {
            d == "2A"
                || d == "2B"
                || (d.bytes().all(|c| c.is_ascii_digit()) && d != "00" && d != "20" && d <= "95")
        }
        3 => matches!(d, "971" | "972" | "973" | "974" | "976"),
        _ => false,
    }
}

/// The position of a valid département code in [`departements`].
pub(crate) fn departement_index(d: &str) -> u8 {
    match d {
        "2A" => 19,
        "2B" => 20,
        "971" => 96,
        "972" => 97,
        "973" => 98,
        "974" => 99,
        "976" => 100,
        _ => match d.parse::<u8>() {
            Ok(n @ 1..=19) => n - 1,
            Ok(n @ 21..=95) => n,
            _ => 0,
        },
    }
}

pub(crate) fn is_hex_id(s: &str) -> bool {
    // Eight bytes at a time: each must be a digit or a to f, and lowercase.
    s.len() == 32
        && s.as_bytes().chunks_exact(8).all(|c| {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            let x = u64::from_le_bytes(w);
            const ONES: u64 = 0x0101_0101_0101_0101;
            const HIGH: u64 = 0x8080_8080_8080_8080;
            // With every byte below 0x80, adding 0x80 - n to a byte sets its high bit exactly
            // when it is at least n, and never carries into the next byte.
            let at_least = |n: u64| x.wrapping_add(ONES * (0x80 - n)) & HIGH;
            let digit = at_least(0x30) & !at_least(0x3a);
            let letter = at_least(0x61) & !at_least(0x67);
            x & HIGH == 0 && digit | letter == HIGH
        })
}

/// The value of 32 hexadecimal digits already checked with [`is_hex_id`].
pub(crate) fn hex_value(s: &str) -> u128 {
    // '0'–'9' are 0x30–0x39 and 'a'–'f' 0x61–0x66: the low four bits, plus 9 for a letter.
    let half = |b: &[u8]| {
        b.iter().fold(0u64, |v, &c| {
            (v << 4) | u64::from((c & 0x0f) + 9 * (c >> 6))
        })
    };
    let b = s.as_bytes();
    (u128::from(half(&b[..16.min(b.len())])) << 64) | u128::from(half(b.get(16..).unwrap_or(&[])))
}

/// Whether a string has a control character (Unicode category Cc: U+0000–U+001F,
/// U+007F–U+009F), looking at its UTF-8 bytes: U+0080–U+009F are `C2 80`–`C2 9F`.
pub(crate) fn has_control(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c < 0x20 || c == 0x7f || (c == 0xc2 && b.get(i + 1).is_some_and(|&n| n <= 0x9f))
    })
}

pub(crate) fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

pub(crate) fn is_version(s: &str) -> bool {
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (s, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
        && match pre {
            None => true,
            Some(p) => {
                (1..=20).contains(&p.len())
                    && p.bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
            }
        }
}

pub(crate) use crate::csv::{csv_header, record_from_csv, Format};

// The calendar arithmetic is the journal's (one implementation of the civil calendar).
use relais_journal::time::{civil_from_days, days_from_civil, days_in_month};

/// A parsed `hour_utc`: days since 1970-01-01 and hour of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hour {
    pub(crate) days: i64,
    pub(crate) hour: u32,
}

pub(crate) fn parse_hour(s: &str) -> Result<Hour, String> {
    let b = s.as_bytes();
    let shape = b.len() == 20
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 => c == b':',
            19 => c == b'Z',
            _ => c.is_ascii_digit(),
        });
    if !shape || &s[14..19] != "00:00" {
        return Err(format!(
            "hour_utc {s:?} is not an hour in the form 2024-03-12T14:00:00Z"
        ));
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d, h) = (i64::from(num(0..4)), num(5..7), num(8..10), num(11..13));
    if !(2020..=2099).contains(&y)
        || !(1..=12).contains(&m)
        || d == 0
        || d > days_in_month(y, m)
        || h > 23
    {
        return Err(format!(
            "hour_utc {s:?} is not a real date and hour (years 2020 to 2099)"
        ));
    }
    Ok(Hour {
        days: days_from_civil(y, m, d),
        hour: h,
    })
}

/// `hour_utc` and weekday of a Unix time (seconds), rounded down to the hour: what the extension
/// puts in a record.
pub fn hour_of_unix(secs: i64) -> (String, Weekday) {
    let days = secs.div_euclid(86_400);
    let hour = secs.rem_euclid(86_400) / 3600;
    let (y, m, d) = civil_from_days(days);
    (
        format!("{y:04}-{m:02}-{d:02}T{hour:02}:00:00Z"),
        Weekday::from_index(days + 3),
    )
}

/// The ISO 8601 week of a day: (ISO year, week number, days of its Monday).
pub(crate) fn iso_week(days: i64) -> (i64, u32, i64) {
    let wd = (days + 3).rem_euclid(7); // Monday = 0
    let monday = days - wd;
    let thursday = monday + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    (y, week as u32, monday)
}

impl<'a> RecordRef<'a> {
    /// Parses one JSON line in place, without validating it; `None` when the line is not a
    /// record (read it as a [`ResearchRecord`] then, for the reason in words).
    pub fn from_json(line: &'a str) -> Option<RecordRef<'a>> {
        serde_json::from_str(line).ok()
    }

    /// Checks everything serde does not: formats, ranges, consistency, and that the message is
    /// a single line. Returns the first problem, in words.
    pub fn validate(&self) -> Result<(), String> {
        if self.schema_version != SCHEMA_VERSION {
            return Err(if self.schema_version > SCHEMA_VERSION {
                format!("schema_version {} is newer than this tool knows ({SCHEMA_VERSION}): update relais", self.schema_version)
            } else {
                format!(
                    "schema_version {} is not supported (expected {SCHEMA_VERSION})",
                    self.schema_version
                )
            });
        }
        if !is_hex_id(&self.contributor_id) {
            return Err(format!(
                "contributor_id {:?} is not 32 lowercase hexadecimal digits",
                clip(&self.contributor_id)
            ));
        }
        if !is_hex_id(&self.export_id) {
            return Err(format!(
                "export_id {:?} is not 32 lowercase hexadecimal digits",
                clip(&self.export_id)
            ));
        }
        if !is_slug(&self.portal) {
            return Err(format!(
                "portal {:?} is not a slug (a-z, 0-9, -, at most 64)",
                clip(&self.portal)
            ));
        }
        if !is_slug(&self.procedure) {
            return Err(format!(
                "procedure {:?} is not a slug (a-z, 0-9, -, at most 64)",
                clip(&self.procedure)
            ));
        }
        if self.message.len() > MAX_MESSAGE_CHARS
            && self.message.chars().count() > MAX_MESSAGE_CHARS
        {
            return Err(format!(
                "message is longer than {MAX_MESSAGE_CHARS} characters"
            ));
        }
        if has_control(&self.message) {
            return Err("message contains a line break or another control character".into());
        }
        let hour = parse_hour(&self.hour_utc)?;
        let expected = Weekday::from_index(hour.days + 3);
        if self.weekday != expected {
            return Err(format!(
                "weekday {} does not match hour_utc {} (a {})",
                self.weekday.as_str(),
                self.hour_utc,
                expected.as_str()
            ));
        }
        if let Some(d) = &self.departement {
            if !is_departement(d) {
                return Err(format!(
                    "departement {:?} is not a département code (01–95, 2A, 2B, 971–976)",
                    clip(d)
                ));
            }
        }
        if self.attempt_count == 0 || self.attempt_count > MAX_ATTEMPTS {
            return Err(format!(
                "attempt_count {} is outside 1..={MAX_ATTEMPTS}",
                self.attempt_count
            ));
        }
        if !is_version(&self.extension_version) {
            return Err(format!(
                "extension_version {:?} is not a version like 0.1.0",
                clip(&self.extension_version)
            ));
        }
        Ok(())
    }
}

impl ResearchRecord {
    /// The record, borrowed.
    pub fn as_ref(&self) -> RecordRef<'_> {
        RecordRef {
            schema_version: self.schema_version,
            contributor_id: Cow::Borrowed(&self.contributor_id),
            export_id: Cow::Borrowed(&self.export_id),
            portal: Cow::Borrowed(&self.portal),
            procedure: Cow::Borrowed(&self.procedure),
            failure_kind: self.failure_kind,
            message: Cow::Borrowed(&self.message),
            hour_utc: Cow::Borrowed(&self.hour_utc),
            weekday: self.weekday,
            departement: self.departement.as_deref().map(Cow::Borrowed),
            attempt_count: self.attempt_count,
            browser_family: self.browser_family,
            extension_version: Cow::Borrowed(&self.extension_version),
        }
    }

    /// Checks everything serde does not: formats, ranges, consistency, and that the message is
    /// a single line. Returns the first problem, in words.
    pub fn validate(&self) -> Result<(), String> {
        self.as_ref().validate()
    }

    /// The record as one JSON line (no newline).
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parses and validates one JSON line.
    pub fn from_json_line(line: &str) -> Result<ResearchRecord, String> {
        let r: ResearchRecord = serde_json::from_str(line).map_err(|e| describe_json_error(&e))?;
        r.validate()?;
        Ok(r)
    }

    /// The CSV header line (no newline), the fields of [`FIELDS`] in order.
    pub fn csv_header() -> String {
        FIELDS.iter().map(|f| f.0).collect::<Vec<_>>().join(",")
    }

    /// The record as one CSV row (no newline), in [`FIELDS`] order.
    pub fn to_csv_row(&self) -> String {
        let fields = [
            self.schema_version.to_string(),
            self.contributor_id.clone(),
            self.export_id.clone(),
            self.portal.clone(),
            self.procedure.clone(),
            self.failure_kind.as_str().into(),
            self.message.clone(),
            self.hour_utc.clone(),
            self.weekday.as_str().into(),
            self.departement.clone().unwrap_or_default(),
            self.attempt_count.to_string(),
            self.browser_family.as_str().into(),
            self.extension_version.clone(),
        ];
        fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",")
    }
}

pub(crate) fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

pub(crate) fn describe_json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Syntax => "not valid JSON",
        Category::Eof => "JSON cut short (truncated line?)",
        Category::Data => "wrong field or type",
        Category::Io => "read error",
    };
    format!("{what}: {e}")
}

/// Quotes a CSV field when it needs it (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        // 2024-03-12 is a Tuesday in ISO week 11; 2021-01-03 is in week 53 of 2020.
        let d = days_from_civil(2024, 3, 12);
        assert_eq!(Weekday::from_index(d + 3), Weekday::Tue);
        assert_eq!(iso_week(d).0, 2024);
        assert_eq!(iso_week(d).1, 11);
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)).1, 53);
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)).0, 2020);
        assert_eq!(
            iso_week(days_from_civil(2024, 12, 30)),
            (2025, 1, days_from_civil(2024, 12, 30))
        );
        assert_eq!(
            hour_of_unix(1_710_252_000),
            ("2024-03-12T14:00:00Z".to_string(), Weekday::Tue)
        );
    }

    #[test]
    fn hex_ids_and_control_characters() {
        let hex_id = |s: &str| is_hex_id(s).then(|| hex_value(s));
        assert_eq!(hex_id(&"0".repeat(32)), Some(0));
        assert_eq!(hex_id(&"f".repeat(32)), Some(u128::MAX));
        let s = "0123456789abcdef0123456789abcdef";
        assert_eq!(hex_id(s), u128::from_str_radix(s, 16).ok());
        for bad in [
            "",
            "0",
            &"A".repeat(32),
            &"g".repeat(32),
            &":".repeat(32),
            &"`".repeat(32),
            &"/".repeat(32),
        ] {
            assert_eq!(hex_id(bad), None, "{bad}");
        }
        for (t, control) in [
            ("a\tb", true),
            ("\u{7f}", true),
            ("x\u{85}", true),
            ("\u{9f}", true),
            ("é à ü", false),
            ("\u{a0}\u{100}", false),
            ("", false),
        ] {
            assert_eq!(has_control(t), control, "{t:?}");
            assert_eq!(t.chars().any(char::is_control), control, "{t:?}");
        }
    }

    #[test]
    fn a_record_read_in_place_is_the_owned_one() {
        let line = r#"{"schema_version":1,"contributor_id":"3f6c1e0b9a2d4c7e8f1a2b3c4d5e6f70","export_id":"9b8a7c6d5e4f30211203948576abcdef","portal":"anef","procedure":"naturalisation","failure_kind":"no_slot","message":"Aucun créneau","hour_utc":"2024-03-12T08:00:00Z","weekday":"tue","departement":"93","attempt_count":4,"browser_family":"firefox","extension_version":"0.1.0"}"#;
        let owned = ResearchRecord::from_json_line(line).expect("valid");
        assert_eq!(RecordRef::from_json(line), Some(owned.as_ref()));
        // A string with an escape is copied, the others stay borrowed.
        let escaped = line.replace("Aucun", "Aucun \\u0022");
        let r = RecordRef::from_json(&escaped).expect("escaped");
        assert!(matches!(r.message, Cow::Owned(_)) && matches!(r.portal, Cow::Borrowed(_)));
        let o = ResearchRecord::from_json_line(&escaped).expect("valid");
        assert_eq!(r, o.as_ref());
        let null = line.replace(r#""93""#, "null");
        assert_eq!(
            RecordRef::from_json(&null).map(|r| r.departement),
            Some(None)
        );
    }

    #[test]
    fn departement_codes() {
        let d = departements();
        assert_eq!(d.len(), 101);
        assert!(d.iter().all(|x| is_departement(x)));
        assert!(d
            .iter()
            .enumerate()
            .all(|(i, x)| usize::from(departement_index(x)) == i));
        for bad in ["00", "20", "96", "975", "2C", "9", ""] {
            assert!(!is_departement(bad), "{bad}");
        }
    }
}

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

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead};

use serde::{Deserialize, Serialize};

use crate::anonymise;

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

    fn index(self) -> usize {
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

fn is_departement(d: &str) -> bool {
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
fn departement_index(d: &str) -> u8 {
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

fn is_hex_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
}

fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

fn is_version(s: &str) -> bool {
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

// The calendar arithmetic is the journal's (one implementation of the civil calendar).
use crate::journal::time::{civil_from_days, days_from_civil, days_in_month};

/// A parsed `hour_utc`: days since 1970-01-01 and hour of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hour {
    days: i64,
    hour: u32,
}

fn parse_hour(s: &str) -> Result<Hour, String> {
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
fn iso_week(days: i64) -> (i64, u32, i64) {
    let wd = (days + 3).rem_euclid(7); // Monday = 0
    let monday = days - wd;
    let thursday = monday + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    (y, week as u32, monday)
}

impl ResearchRecord {
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
        if self.message.chars().count() > MAX_MESSAGE_CHARS {
            return Err(format!(
                "message is longer than {MAX_MESSAGE_CHARS} characters"
            ));
        }
        if self.message.chars().any(char::is_control) {
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

fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

fn describe_json_error(e: &serde_json::Error) -> String {
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

/// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    quoted = false;
                    if !matches!(chars.peek(), None | Some(',')) {
                        return Err("text after a closing quote".into());
                    }
                }
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => return Err("quote inside an unquoted field".into()),
            ',' => {
                out.push(std::mem::take(&mut cur));
                at_start = true;
            }
            c => {
                cur.push(c);
                at_start = false;
            }
        }
    }
    if quoted {
        return Err("unclosed quote (fields may not contain line breaks)".into());
    }
    out.push(cur);
    Ok(out)
}

/// How a source file is written.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Format {
    JsonLines,
    /// Column index of each of [`FIELDS`] (None: absent optional field).
    Csv(Vec<Option<usize>>, usize),
}

fn csv_header(line: &str) -> Result<Format, String> {
    let cols = split_csv(line)?;
    let mut index = vec![None; FIELDS.len()];
    for (i, c) in cols.iter().enumerate() {
        let c = c.trim();
        match FIELDS.iter().position(|f| f.0 == c) {
            Some(p) if index[p].is_none() => index[p] = Some(i),
            Some(_) => return Err(format!("column {c:?} appears twice in the header")),
            None => {
                return Err(format!(
                    "unknown column {:?} in the header (expected {})",
                    clip(c),
                    ResearchRecord::csv_header()
                ))
            }
        }
    }
    if let Some((name, _)) = FIELDS
        .iter()
        .zip(&index)
        .find(|((_, req), i)| *req && i.is_none())
        .map(|(f, _)| *f)
    {
        return Err(format!("the header has no column {name}"));
    }
    Ok(Format::Csv(index, cols.len()))
}

fn record_from_csv(
    line: &str,
    index: &[Option<usize>],
    width: usize,
) -> Result<ResearchRecord, String> {
    let cols = split_csv(line)?;
    if cols.len() != width {
        return Err(format!(
            "{} fields where the header has {width}",
            cols.len()
        ));
    }
    let mut map = serde_json::Map::new();
    for ((name, _), i) in FIELDS.iter().zip(index) {
        let Some(i) = i else { continue };
        let v = &cols[*i];
        let value = match *name {
            "schema_version" | "attempt_count" => match v.trim().parse::<u64>() {
                Ok(n) => serde_json::Value::from(n),
                Err(_) => return Err(format!("{name} {:?} is not a whole number", clip(v))),
            },
            "departement" if v.is_empty() => serde_json::Value::Null,
            _ => serde_json::Value::String(v.clone()),
        };
        map.insert((*name).to_string(), value);
    }
    let r: ResearchRecord = serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|e| format!("wrong field or type: {e}"))?;
    r.validate()?;
    Ok(r)
}

// ---------------------------------------------------------------------------------------------
// Reading lines with a bound
// ---------------------------------------------------------------------------------------------

/// One line of a source, read with a length bound.
enum Line {
    /// The line's bytes (without `\n` or `\r\n`); `last` when the file ended without a newline.
    Text { bytes: Vec<u8>, last: bool },
    /// A line longer than the bound: its length, never held whole.
    TooLong(u64),
}

struct Lines<R> {
    inner: R,
    max: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    fn next_line(&mut self) -> io::Result<Option<Line>> {
        self.buf.clear();
        let mut len: u64 = 0;
        let mut too_long = false;
        loop {
            let avail = match self.inner.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                if len == 0 {
                    return Ok(None);
                }
                return Ok(Some(if too_long {
                    Line::TooLong(len)
                } else {
                    Line::Text {
                        bytes: std::mem::take(&mut self.buf),
                        last: true,
                    }
                }));
            }
            let (chunk, done) = match avail.iter().position(|&c| c == b'\n') {
                Some(p) => (&avail[..p], p + 1),
                None => (avail, avail.len()),
            };
            let newline = done > chunk.len();
            len += chunk.len() as u64;
            if !too_long {
                if self.buf.len() + chunk.len() > self.max {
                    too_long = true;
                    self.buf.clear();
                    self.buf.shrink_to(self.max.min(64 * 1024));
                } else {
                    self.buf.extend_from_slice(chunk);
                }
            }
            self.inner.consume(done);
            if newline {
                if too_long {
                    return Ok(Some(Line::TooLong(len)));
                }
                if self.buf.last() == Some(&b'\r') {
                    self.buf.pop();
                }
                return Ok(Some(Line::Text {
                    bytes: std::mem::take(&mut self.buf),
                    last: false,
                }));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Issues
// ---------------------------------------------------------------------------------------------

/// What was wrong with a line or a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssueKind {
    /// The file could not be read at all, or is not an export.
    File,
    /// A line longer than the bound.
    TooLong,
    /// A line that is not UTF-8.
    InvalidUtf8,
    /// Not JSON, or a CSV line that cannot be split.
    Malformed,
    /// Well-formed but not a valid record (missing or unknown field, wrong type or value).
    Invalid,
    /// A record of an export already read (the same export sent twice).
    Duplicate,
    /// An export id already used by another contributor.
    Conflict,
    /// The record is kept, but its message still looks like it holds personal data (it is
    /// never published anyway).
    MessageWarning,
}

impl IssueKind {
    pub const ALL: [IssueKind; 8] = [
        IssueKind::File,
        IssueKind::TooLong,
        IssueKind::InvalidUtf8,
        IssueKind::Malformed,
        IssueKind::Invalid,
        IssueKind::Duplicate,
        IssueKind::Conflict,
        IssueKind::MessageWarning,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::File => "unreadable file",
            IssueKind::TooLong => "line too long",
            IssueKind::InvalidUtf8 => "invalid UTF-8",
            IssueKind::Malformed => "malformed line",
            IssueKind::Invalid => "invalid record",
            IssueKind::Duplicate => "duplicate export",
            IssueKind::Conflict => "export id conflict",
            IssueKind::MessageWarning => "message warning",
        }
    }

    /// Whether the line's record was not counted.
    pub fn drops_record(self) -> bool {
        !matches!(self, IssueKind::MessageWarning | IssueKind::File)
    }
}

/// One problem, where it is, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: String,
    /// First line concerned (1-based); 0 for the whole file.
    pub line: u64,
    /// Last line concerned, for a run of lines (a duplicate export); equal to `line` otherwise.
    pub last_line: u64,
    pub kind: IssueKind,
    pub detail: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.last_line) {
            (0, _) => write!(f, "{}: {}: {}", self.file, self.kind.as_str(), self.detail),
            (a, b) if b > a => write!(
                f,
                "{}:{a}-{b}: {}: {}",
                self.file,
                self.kind.as_str(),
                self.detail
            ),
            (a, _) => write!(
                f,
                "{}:{a}: {}: {}",
                self.file,
                self.kind.as_str(),
                self.detail
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

/// Options of an aggregation.
#[derive(Debug, Clone)]
pub struct Options {
    /// Cells with fewer distinct contributors are suppressed.
    pub k: u32,
    /// Longest line read, in bytes.
    pub max_line: usize,
    /// Re-run the anonymiser on each message and warn when it changes something.
    pub check_messages: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            k: DEFAULT_K,
            max_line: DEFAULT_MAX_LINE,
            check_messages: true,
        }
    }
}

/// The distinct contributors of a cell, exact up to [`CONTRIBUTOR_CAP`].
#[derive(Debug, Default, Clone)]
struct Contributors {
    sorted: Vec<u32>,
    saturated: bool,
}

impl Contributors {
    fn add(&mut self, c: u32) {
        if self.saturated {
            return;
        }
        if let Err(p) = self.sorted.binary_search(&c) {
            if self.sorted.len() >= CONTRIBUTOR_CAP {
                self.saturated = true;
                self.sorted = Vec::new();
            } else {
                self.sorted.insert(p, c);
            }
        }
    }

    fn count(&self) -> usize {
        if self.saturated {
            CONTRIBUTOR_CAP
        } else {
            self.sorted.len()
        }
    }
}

#[derive(Debug, Default, Clone)]
struct Cell {
    records: u64,
    attempts: u64,
    contributors: Contributors,
}

/// Strings of a dimension, interned; at most [`MAX_DISTINCT`], then `_other`.
#[derive(Debug, Default)]
struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
    overflowed: bool,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let key = if self.names.len() >= MAX_DISTINCT {
            self.overflowed = true;
            "_other"
        } else {
            s
        };
        if let Some(&i) = self.ids.get(key) {
            return i;
        }
        let i = self.names.len() as u32;
        self.ids.insert(key.to_string(), i);
        self.names.push(key.to_string());
        i
    }
}

/// What is known about an export id already seen.
#[derive(Debug, Clone, Copy)]
struct ExportSeen {
    source: u32,
    contributor: u128,
}

/// A run of duplicate lines being skipped, reported when it ends.
#[derive(Debug)]
struct DupRun {
    export: u128,
    first: u64,
    last: u64,
    count: u64,
    original: u32,
}

/// Counts of what was read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    pub files: u64,
    pub lines: u64,
    pub blank_lines: u64,
    /// CSV header lines.
    pub header_lines: u64,
    pub records: u64,
    pub attempts: u64,
    /// Lines not counted, by kind.
    pub dropped: BTreeMap<IssueKind, u64>,
    pub warnings: u64,
    pub exports: u64,
    pub contributors: u64,
}

/// The streaming aggregation engine. Feed it sources with [`Aggregator::add_source`], then
/// [`Aggregator::finish`].
pub struct Aggregator {
    opts: Options,
    sources: Vec<String>,
    exports: HashMap<u128, ExportSeen>,
    contributors: HashMap<u128, u32>,
    portals: Interner,
    procedures: Interner,
    by_week: HashMap<(u32, u8, i64), Cell>,
    by_procedure: HashMap<(u32, u32, u8), Cell>,
    by_departement: HashMap<(u8, u8), Cell>,
    by_hour: HashMap<(u8, u8), Cell>,
    stats: Stats,
    first_issues: Vec<Issue>,
    checked_messages: HashMap<u64, Option<Box<str>>>,
}

/// How many message checks are remembered at once.
pub const MESSAGE_CACHE: usize = 65_536;

/// How many issues the report keeps to show (all of them go to the sink).
pub const ISSUES_KEPT: usize = 50;

fn hex_u128(s: &str) -> u128 {
    u128::from_str_radix(s, 16).unwrap_or(0)
}

impl Aggregator {
    pub fn new(opts: Options) -> Self {
        Aggregator {
            opts,
            sources: Vec::new(),
            exports: HashMap::new(),
            contributors: HashMap::new(),
            portals: Interner::default(),
            procedures: Interner::default(),
            by_week: HashMap::new(),
            by_procedure: HashMap::new(),
            by_departement: HashMap::new(),
            by_hour: HashMap::new(),
            stats: Stats::default(),
            first_issues: Vec::new(),
            checked_messages: HashMap::new(),
        }
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    fn issue(&mut self, sink: &mut dyn FnMut(&Issue), issue: Issue, lines_dropped: u64) {
        if issue.kind.drops_record() {
            *self.stats.dropped.entry(issue.kind).or_default() += lines_dropped;
        }
        if issue.kind == IssueKind::MessageWarning {
            self.stats.warnings += 1;
        }
        sink(&issue);
        if self.first_issues.len() < ISSUES_KEPT {
            self.first_issues.push(issue);
        }
    }

    /// Reports a file that could not be opened or read.
    pub fn unreadable(&mut self, name: &str, why: &str, sink: &mut dyn FnMut(&Issue)) {
        self.stats.files += 1;
        self.issue(
            sink,
            Issue {
                file: name.into(),
                line: 0,
                last_line: 0,
                kind: IssueKind::File,
                detail: why.into(),
            },
            0,
        );
    }

    /// Reads one export file (JSON Lines, or CSV with a header), counting its valid records and
    /// reporting every line it cannot use to `sink`. Never fails: a read error ends the file
    /// with an issue.
    pub fn add_source<R: BufRead>(&mut self, name: &str, reader: R, sink: &mut dyn FnMut(&Issue)) {
        let source = self.sources.len() as u32;
        self.sources.push(name.to_string());
        self.stats.files += 1;
        let mut lines = Lines {
            inner: reader,
            max: self.opts.max_line,
            buf: Vec::new(),
        };
        let mut format: Option<Format> = None;
        let mut current_export: Option<u128> = None;
        let mut dup: Option<DupRun> = None;
        let mut n: u64 = 0;
        loop {
            let line = match lines.next_line() {
                Ok(Some(l)) => l,
                Ok(None) => break,
                Err(e) => {
                    self.issue(
                        sink,
                        Issue {
                            file: name.into(),
                            line: n + 1,
                            last_line: n + 1,
                            kind: IssueKind::File,
                            detail: format!("read error, rest of the file skipped: {e}"),
                        },
                        0,
                    );
                    break;
                }
            };
            n += 1;
            self.stats.lines += 1;
            let (bytes, last) = match line {
                Line::TooLong(len) => {
                    self.flush_dup(name, &mut dup, sink);
                    let detail = format!(
                        "{len} bytes, longer than the limit of {} bytes; skipped",
                        self.opts.max_line
                    );
                    self.issue(
                        sink,
                        Issue {
                            file: name.into(),
                            line: n,
                            last_line: n,
                            kind: IssueKind::TooLong,
                            detail,
                        },
                        1,
                    );
                    continue;
                }
                Line::Text { bytes, last } => (bytes, last),
            };
            let text = match std::str::from_utf8(&bytes) {
                Ok(t) => t,
                Err(e) => {
                    self.flush_dup(name, &mut dup, sink);
                    let detail = format!(
                        "not UTF-8 at byte {} of the line; skipped",
                        e.valid_up_to() + 1
                    );
                    self.issue(
                        sink,
                        Issue {
                            file: name.into(),
                            line: n,
                            last_line: n,
                            kind: IssueKind::InvalidUtf8,
                            detail,
                        },
                        1,
                    );
                    continue;
                }
            };
            let text = if n == 1 {
                text.strip_prefix('\u{feff}').unwrap_or(text)
            } else {
                text
            };
            if text.trim().is_empty() {
                self.stats.blank_lines += 1;
                continue;
            }
            let fmt = match &format {
                Some(f) => f.clone(),
                None => {
                    let detected = if text.trim_start().starts_with('{') {
                        Ok(Format::JsonLines)
                    } else {
                        csv_header(text).map_err(|e| {
                            format!("neither JSON Lines nor CSV with a header ({e}); file skipped")
                        })
                    };
                    match detected {
                        Ok(Format::JsonLines) => {
                            format = Some(Format::JsonLines);
                            Format::JsonLines
                        }
                        Ok(f) => {
                            format = Some(f);
                            self.stats.header_lines += 1;
                            continue;
                        }
                        Err(detail) => {
                            self.issue(
                                sink,
                                Issue {
                                    file: name.into(),
                                    line: n,
                                    last_line: n,
                                    kind: IssueKind::File,
                                    detail,
                                },
                                0,
                            );
                            // Count the rest of the file as dropped, without reading it into memory.
                            let mut rest = 1;
                            while let Ok(Some(_)) = lines.next_line() {
                                rest += 1;
                            }
                            self.stats.lines += rest - 1;
                            *self.stats.dropped.entry(IssueKind::File).or_default() += rest;
                            return;
                        }
                    }
                }
            };
            let parsed = match &fmt {
                Format::JsonLines => ResearchRecord::from_json_line(text),
                Format::Csv(index, width) => record_from_csv(text, index, *width),
            };
            let record = match parsed {
                Ok(r) => r,
                Err(mut detail) => {
                    self.flush_dup(name, &mut dup, sink);
                    let kind = if detail.starts_with("not valid JSON")
                        || detail.starts_with("JSON cut short")
                        || matches!(fmt, Format::Csv(..)) && !detail.contains(':')
                    {
                        IssueKind::Malformed
                    } else {
                        IssueKind::Invalid
                    };
                    if last {
                        detail.push_str(
                            " (last line, without a final newline: the file may be truncated)",
                        );
                    }
                    self.issue(
                        sink,
                        Issue {
                            file: name.into(),
                            line: n,
                            last_line: n,
                            kind,
                            detail,
                        },
                        1,
                    );
                    continue;
                }
            };
            // Duplicates: an export id already seen in another file, or earlier in this file
            // but not in the run of lines being read.
            let export = hex_u128(&record.export_id);
            let contributor = hex_u128(&record.contributor_id);
            match self.exports.get(&export).copied() {
                None => {
                    self.flush_dup(name, &mut dup, sink);
                    self.exports.insert(
                        export,
                        ExportSeen {
                            source,
                            contributor,
                        },
                    );
                    self.stats.exports += 1;
                    current_export = Some(export);
                }
                Some(seen) if seen.source == source && current_export == Some(export) => {
                    if seen.contributor != contributor {
                        self.flush_dup(name, &mut dup, sink);
                        let detail = format!(
                            "export {} is already used by another contributor; record skipped",
                            &record.export_id
                        );
                        self.issue(
                            sink,
                            Issue {
                                file: name.into(),
                                line: n,
                                last_line: n,
                                kind: IssueKind::Conflict,
                                detail,
                            },
                            1,
                        );
                        continue;
                    }
                }
                Some(seen) => {
                    match &mut dup {
                        Some(d) if d.export == export && d.last + 1 == n => {
                            d.last = n;
                            d.count += 1;
                        }
                        _ => {
                            self.flush_dup(name, &mut dup, sink);
                            dup = Some(DupRun {
                                export,
                                first: n,
                                last: n,
                                count: 1,
                                original: seen.source,
                            });
                        }
                    }
                    current_export = None;
                    continue;
                }
            }
            if self.opts.check_messages {
                if let Some(kinds) = self.message_check(&record.message) {
                    let detail = format!("message still looks like it holds personal data ({kinds}); the record is counted, the message is not used");
                    self.issue(
                        sink,
                        Issue {
                            file: name.into(),
                            line: n,
                            last_line: n,
                            kind: IssueKind::MessageWarning,
                            detail,
                        },
                        0,
                    );
                }
            }
            self.count(&record, contributor);
        }
        self.flush_dup(name, &mut dup, sink);
    }

    /// The kinds of personal data the anonymiser still finds in a message, if any. Portals
    /// repeat the same messages, so results are remembered by hash, for at most
    /// [`MESSAGE_CACHE`] messages at a time.
    fn message_check(&mut self, message: &str) -> Option<Box<str>> {
        let mut h = std::hash::DefaultHasher::new();
        message.hash(&mut h);
        let key = h.finish();
        if let Some(v) = self.checked_messages.get(&key) {
            return v.clone();
        }
        let found = anonymise::find_pii(message);
        let verdict = (!found.is_empty()).then(|| {
            let mut kinds: Vec<&str> = found.iter().map(|s| s.kind.label()).collect();
            kinds.dedup();
            kinds.join(", ").into_boxed_str()
        });
        if self.checked_messages.len() >= MESSAGE_CACHE {
            self.checked_messages.clear();
        }
        self.checked_messages.insert(key, verdict.clone());
        verdict
    }

    fn flush_dup(&mut self, name: &str, dup: &mut Option<DupRun>, sink: &mut dyn FnMut(&Issue)) {
        if let Some(d) = dup.take() {
            let original = self
                .sources
                .get(d.original as usize)
                .cloned()
                .unwrap_or_default();
            let where_ = if original == name {
                "earlier in this file".to_string()
            } else {
                format!("from {original}")
            };
            let detail = format!(
                "export {:032x} was already read {where_}; {} record(s) skipped",
                d.export, d.count
            );
            self.issue(
                sink,
                Issue {
                    file: name.into(),
                    line: d.first,
                    last_line: d.last,
                    kind: IssueKind::Duplicate,
                    detail,
                },
                d.count,
            );
        }
    }

    fn count(&mut self, r: &ResearchRecord, contributor: u128) {
        let next = self.contributors.len() as u32;
        let c = *self.contributors.entry(contributor).or_insert(next);
        let hour = parse_hour(&r.hour_utc).unwrap_or(Hour { days: 0, hour: 0 });
        let (_, _, monday) = iso_week(hour.days);
        let p = self.portals.id(&r.portal);
        let q = self.procedures.id(&r.procedure);
        let k = r.failure_kind.index() as u8;
        let a = u64::from(r.attempt_count);
        let add = |cell: &mut Cell| {
            cell.records += 1;
            cell.attempts += a;
            cell.contributors.add(c);
        };
        add(self.by_week.entry((p, k, monday)).or_default());
        add(self.by_procedure.entry((p, q, k)).or_default());
        if let Some(d) = &r.departement {
            let di = departement_index(d);
            add(self.by_departement.entry((di, k)).or_default());
        }
        add(self
            .by_hour
            .entry((r.weekday as u8, hour.hour as u8))
            .or_default());
        self.stats.records += 1;
        self.stats.attempts += a;
        self.stats.contributors = self.contributors.len() as u64;
    }

    /// Applies suppression and returns the published tables.
    pub fn finish(self) -> Aggregate {
        let k = self.opts.k as usize;
        let kinds = |i: u8| FailureKind::ALL[i as usize].as_str().to_string();
        let portal = |i: u32| self.portals.names[i as usize].clone();
        let depts = departements();
        let mut tables = Vec::new();
        let mut t = Table::new(TableId::PortalWeek);
        for (&(p, kk, monday), cell) in &self.by_week {
            let (y, w, _) = iso_week(monday);
            let (yy, mm, dd) = civil_from_days(monday);
            t.push(
                vec![
                    portal(p),
                    kinds(kk),
                    format!("{y}-W{w:02}"),
                    format!("{yy:04}-{mm:02}-{dd:02}"),
                ],
                cell,
                k,
            );
        }
        tables.push(t);
        let mut t = Table::new(TableId::Procedure);
        for (&(p, q, kk), cell) in &self.by_procedure {
            t.push(
                vec![
                    portal(p),
                    self.procedures.names[q as usize].clone(),
                    kinds(kk),
                ],
                cell,
                k,
            );
        }
        tables.push(t);
        let mut t = Table::new(TableId::Departement);
        for (&(d, kk), cell) in &self.by_departement {
            t.push(
                vec![
                    depts.get(d as usize).cloned().unwrap_or_default(),
                    kinds(kk),
                ],
                cell,
                k,
            );
        }
        tables.push(t);
        let mut t = Table::new(TableId::WeekdayHour);
        for (&(wd, h), cell) in &self.by_hour {
            t.push(
                vec![
                    Weekday::ALL[wd as usize].as_str().to_string(),
                    format!("{h:02}"),
                ],
                cell,
                k,
            );
        }
        tables.push(t);
        for t in &mut tables {
            t.rows.sort_by(|a, b| a.keys.cmp(&b.keys));
        }
        let mut notes = Vec::new();
        if self.portals.overflowed {
            notes.push(format!(
                "more than {MAX_DISTINCT} distinct portals: the rest are counted as _other"
            ));
        }
        if self.procedures.overflowed {
            notes.push(format!(
                "more than {MAX_DISTINCT} distinct procedures: the rest are counted as _other"
            ));
        }
        Aggregate {
            k: self.opts.k,
            stats: self.stats,
            tables,
            first_issues: self.first_issues,
            sources: self.sources,
            notes,
        }
    }
}

/// The published tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableId {
    PortalWeek,
    Procedure,
    Departement,
    WeekdayHour,
}

impl TableId {
    /// The CSV file name.
    pub fn file_name(self) -> &'static str {
        match self {
            TableId::PortalWeek => "portal_failure_week.csv",
            TableId::Procedure => "procedure_failure.csv",
            TableId::Departement => "departement_failure.csv",
            TableId::WeekdayHour => "weekday_hour.csv",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            TableId::PortalWeek => "Failures per portal, kind and ISO week",
            TableId::Procedure => "Failures per portal, procedure and kind",
            TableId::Departement => {
                "Failures per département and kind (records with a département)"
            }
            TableId::WeekdayHour => "Failures per weekday and hour (UTC)",
        }
    }

    /// Key columns, then `records,attempts,contributors`.
    pub fn key_columns(self) -> &'static [&'static str] {
        match self {
            TableId::PortalWeek => &["portal", "failure_kind", "iso_week", "week_start"],
            TableId::Procedure => &["portal", "procedure", "failure_kind"],
            TableId::Departement => &["departement", "failure_kind"],
            TableId::WeekdayHour => &["weekday", "hour_utc"],
        }
    }
}

/// A published row: its keys and counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub keys: Vec<String>,
    pub records: u64,
    pub attempts: u64,
    /// Distinct contributors, at most [`CONTRIBUTOR_CAP`].
    pub contributors: u64,
}

/// One table after suppression.
#[derive(Debug, Clone)]
pub struct Table {
    pub id: TableId,
    pub rows: Vec<Row>,
    pub suppressed_cells: u64,
    pub suppressed_records: u64,
}

impl Table {
    fn new(id: TableId) -> Self {
        Table {
            id,
            rows: Vec::new(),
            suppressed_cells: 0,
            suppressed_records: 0,
        }
    }

    fn push(&mut self, keys: Vec<String>, cell: &Cell, k: usize) {
        if cell.contributors.count() < k {
            self.suppressed_cells += 1;
            self.suppressed_records += cell.records;
        } else {
            self.rows.push(Row {
                keys,
                records: cell.records,
                attempts: cell.attempts,
                contributors: cell.contributors.count() as u64,
            });
        }
    }

    /// The table as CSV (header, then one line per published cell).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.id.key_columns().join(","));
        out.push_str(",records,attempts,contributors\n");
        for r in &self.rows {
            for k in &r.keys {
                out.push_str(&csv_field(k));
                out.push(',');
            }
            let _ = writeln!(out, "{},{},{}", r.records, r.attempts, r.contributors);
        }
        out
    }
}

/// The result of an aggregation: published tables, counts, the first issues.
#[derive(Debug, Clone)]
pub struct Aggregate {
    pub k: u32,
    pub stats: Stats,
    pub tables: Vec<Table>,
    pub first_issues: Vec<Issue>,
    pub sources: Vec<String>,
    pub notes: Vec<String>,
}

impl Aggregate {
    pub fn table(&self, id: TableId) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// A short summary for a terminal.
    pub fn summary(&self) -> String {
        let s = &self.stats;
        let dropped: u64 = s.dropped.values().sum();
        let mut out = format!(
            "{} file(s), {} line(s): {} record(s) counted ({} attempts) from {} contributor(s) and {} export(s); {} line(s) not counted",
            s.files, s.lines, s.records, s.attempts, s.contributors, s.exports, dropped
        );
        for (k, n) in &s.dropped {
            let _ = write!(out, ", {n} {}", k.as_str());
        }
        if s.warnings > 0 {
            let _ = write!(out, "; {} message warning(s)", s.warnings);
        }
        for t in &self.tables {
            let _ = write!(
                out,
                "\n{}: {} cell(s) published, {} suppressed (k = {}, {} record(s))",
                t.id.file_name(),
                t.rows.len(),
                t.suppressed_cells,
                self.k,
                t.suppressed_records
            );
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Charts and report
// ---------------------------------------------------------------------------------------------

/// One colour per failure kind (colour-blind-friendly palette, then greys).
const COLOURS: [&str; 13] = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
    "#882255", "#44AA99", "#999933", "#AA4499", "#BBBBBB",
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Values to show on an axis up to `max`: 0, then round steps.
fn ticks(max: u64) -> Vec<u64> {
    if max == 0 {
        return vec![0];
    }
    let raw = max as f64 / 5.0;
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(mag * 10.0)
        .max(1.0) as u64;
    (0..=max.div_ceil(step)).map(|i| i * step).collect()
}

fn fmt_n(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && matches!((s.len() - i) % 3, 0) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

fn legend(svg: &mut String, x: f64, y: f64, kinds: &[usize]) {
    for (row, &k) in kinds.iter().enumerate() {
        let yy = y + row as f64 * 20.0;
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{yy}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="12">{}</text>"#,
            COLOURS[k],
            x + 18.0,
            yy + 11.0,
            FailureKind::ALL[k].as_str()
        );
    }
}

/// Records per ISO week, stacked by failure kind (published cells of the portal × kind × week
/// table, all portals together).
pub fn chart_weekly_svg(agg: &Aggregate) -> String {
    let mut weeks: BTreeMap<String, [u64; 13]> = BTreeMap::new();
    if let Some(t) = agg.table(TableId::PortalWeek) {
        for r in &t.rows {
            let k = FailureKind::ALL
                .iter()
                .position(|f| f.as_str() == r.keys[1])
                .unwrap_or(12);
            weeks.entry(r.keys[2].clone()).or_insert([0; 13])[k] += r.records;
        }
    }
    let (w, h) = (960.0, 440.0);
    let (left, right, top, bottom) = (70.0, 190.0, 50.0, 70.0);
    let pw = w - left - right;
    let ph = h - top - bottom;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, sans-serif" role="img" aria-label="Failures per week and kind"><rect width="100%" height="100%" fill="#fff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="{left}" y="28" font-size="18" font-weight="600">Failures per ISO week, by kind</text><text x="{left}" y="44" font-size="12" fill="#555">Records in published cells (k = {}), all portals</text>"##,
        agg.k
    );
    let max = weeks
        .values()
        .map(|v| v.iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    let t = ticks(max);
    let top_value = *t.last().unwrap_or(&1).max(&1) as f64;
    for v in &t {
        let y = top + ph - (*v as f64 / top_value) * ph;
        let _ = write!(
            svg,
            r##"<line x1="{left}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" font-size="11" text-anchor="end" fill="#333">{}</text>"##,
            left + pw,
            left - 6.0,
            y + 4.0,
            fmt_n(*v)
        );
    }
    let n = weeks.len().max(1) as f64;
    let slot = pw / n;
    let bar = (slot * 0.8).max(1.0);
    let label_every = ((n / 16.0).ceil() as usize).max(1);
    for (i, (week, counts)) in weeks.iter().enumerate() {
        let x = left + i as f64 * slot + (slot - bar) / 2.0;
        let mut y = top + ph;
        for (k, &c) in counts.iter().enumerate() {
            if c == 0 {
                continue;
            }
            let hh = c as f64 / top_value * ph;
            y -= hh;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bar:.1}" height="{hh:.1}" fill="{}"><title>{week} {}: {c}</title></rect>"#,
                COLOURS[k],
                FailureKind::ALL[k].as_str()
            );
        }
        if i % label_every == 0 {
            let cx = x + bar / 2.0;
            let _ = write!(
                svg,
                r#"<text x="{cx:.1}" y="{:.1}" font-size="11" text-anchor="end" transform="rotate(-45 {cx:.1} {:.1})">{}</text>"#,
                top + ph + 14.0,
                top + ph + 14.0,
                esc(week)
            );
        }
    }
    if weeks.is_empty() {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="14" text-anchor="middle" fill="#555">No published cell (every cell has fewer than k contributors)</text>"##,
            left + pw / 2.0,
            top + ph / 2.0
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{left}" x2="{}" y1="{}" y2="{}" stroke="#333"/>"##,
        left + pw,
        top + ph,
        top + ph
    );
    let present: Vec<usize> = (0..13)
        .filter(|&k| weeks.values().any(|v| v[k] > 0))
        .collect();
    legend(&mut svg, w - right + 20.0, top, &present);
    svg.push_str("</svg>\n");
    svg
}

/// Records per portal (the 15 largest), stacked by failure kind, from the published cells of
/// the procedure table.
pub fn chart_portals_svg(agg: &Aggregate) -> String {
    let mut portals: BTreeMap<String, [u64; 13]> = BTreeMap::new();
    if let Some(t) = agg.table(TableId::Procedure) {
        for r in &t.rows {
            let k = FailureKind::ALL
                .iter()
                .position(|f| f.as_str() == r.keys[2])
                .unwrap_or(12);
            portals.entry(r.keys[0].clone()).or_insert([0; 13])[k] += r.records;
        }
    }
    let mut rows: Vec<(String, [u64; 13])> = portals.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1.iter()
            .sum::<u64>()
            .cmp(&a.1.iter().sum::<u64>())
            .then(a.0.cmp(&b.0))
    });
    rows.truncate(15);
    let (left, right, top) = (170.0, 190.0, 56.0);
    let w = 960.0;
    let row_h = 26.0;
    let kinds_shown = (0..13).filter(|&k| rows.iter().any(|r| r.1[k] > 0)).count();
    let h =
        (top + rows.len().max(1) as f64 * row_h + 50.0).max(top + kinds_shown as f64 * 20.0 + 10.0);
    // Room on the right of the longest bar for its total.
    let pw = w - left - right - 70.0;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, sans-serif" role="img" aria-label="Failures per portal and kind"><rect width="100%" height="100%" fill="#fff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="20" y="28" font-size="18" font-weight="600">Failures per portal, by kind</text><text x="20" y="44" font-size="12" fill="#555">Records in published cells (k = {}), largest portals</text>"##,
        agg.k
    );
    let max = rows
        .iter()
        .map(|r| r.1.iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    let t = ticks(max);
    let top_value = *t.last().unwrap_or(&1).max(&1) as f64;
    let bottom = top + rows.len().max(1) as f64 * row_h;
    for v in &t {
        let x = left + *v as f64 / top_value * pw;
        let _ = write!(
            svg,
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{top}" y2="{bottom}" stroke="#ddd"/><text x="{x:.1}" y="{}" font-size="11" text-anchor="middle" fill="#333">{}</text>"##,
            bottom + 16.0,
            fmt_n(*v)
        );
    }
    for (i, (name, counts)) in rows.iter().enumerate() {
        let y = top + i as f64 * row_h + 4.0;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{:.1}" font-size="13" text-anchor="end">{}</text>"#,
            left - 8.0,
            y + 13.0,
            esc(name)
        );
        let mut x = left;
        for (k, &c) in counts.iter().enumerate() {
            if c == 0 {
                continue;
            }
            let ww = c as f64 / top_value * pw;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{ww:.1}" height="{}" fill="{}"><title>{} {}: {c}</title></rect>"#,
                row_h - 8.0,
                COLOURS[k],
                esc(name),
                FailureKind::ALL[k].as_str()
            );
            x += ww;
        }
        let total: u64 = counts.iter().sum();
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#333">{}</text>"##,
            x + 4.0,
            y + 13.0,
            fmt_n(total)
        );
    }
    if rows.is_empty() {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="14" text-anchor="middle" fill="#555">No published cell</text>"##,
            left + pw / 2.0,
            top + 16.0
        );
    }
    let present: Vec<usize> = (0..13)
        .filter(|&k| rows.iter().any(|r| r.1[k] > 0))
        .collect();
    legend(&mut svg, w - right + 20.0, top, &present);
    svg.push_str("</svg>\n");
    svg
}

/// The one-page HTML report: what was read, what was dropped and why, the charts, the largest
/// cells of each table, how suppression works. Self-contained (charts inline, no script).
pub fn report_html(agg: &Aggregate) -> String {
    let s = &agg.stats;
    let mut h = String::new();
    h.push_str(r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Relais research aggregate</title><style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:24px;color:#1b1b1b;line-height:1.45}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.muted{color:#555}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.card{border:1px solid #ccc;border-radius:6px;padding:10px 14px;min-width:140px}
.card b{display:block;font-size:24px}table{border-collapse:collapse;font-size:14px;margin:8px 0}th,td{border-bottom:1px solid #e3e3e3;padding:4px 10px;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{background:#f3f3f3;padding:1px 4px;border-radius:3px}svg{max-width:100%;height:auto;border:1px solid #eee}
.issues li{font-family:ui-monospace,monospace;font-size:13px}
</style></head><body>
<h1>Relais research aggregate</h1>
"#);
    let _ = writeln!(
        h,
        r#"<p class="muted">Failures met by people on French administrative portals, as reported by the contributors of the Relais extension. Cells with fewer than <b>k = {}</b> distinct contributors are suppressed.</p>"#,
        agg.k
    );
    let dropped: u64 = s.dropped.values().sum();
    h.push_str(r#"<div class="cards">"#);
    for (label, v) in [
        ("records counted", s.records),
        ("attempts", s.attempts),
        ("contributors", s.contributors),
        ("exports", s.exports),
        ("files read", s.files),
        ("lines not counted", dropped),
    ] {
        let _ = write!(h, r#"<div class="card"><b>{}</b>{label}</div>"#, fmt_n(v));
    }
    h.push_str("</div>\n");
    h.push_str("<h2>Charts</h2>\n");
    h.push_str(&chart_weekly_svg(agg));
    h.push_str(&chart_portals_svg(agg));
    h.push_str("<h2>What was read</h2>\n<table><tr><th>Lines</th><th class=n>count</th></tr>");
    let _ = write!(h, "<tr><td>lines read</td><td class=n>{}</td></tr><tr><td>blank lines</td><td class=n>{}</td></tr><tr><td>records counted</td><td class=n>{}</td></tr>", fmt_n(s.lines), fmt_n(s.blank_lines), fmt_n(s.records));
    for k in IssueKind::ALL {
        if let Some(n) = s.dropped.get(&k) {
            let _ = write!(
                h,
                "<tr><td>not counted: {}</td><td class=n>{}</td></tr>",
                k.as_str(),
                fmt_n(*n)
            );
        }
    }
    if s.warnings > 0 {
        let _ = write!(
            h,
            "<tr><td>counted, message warning</td><td class=n>{}</td></tr>",
            fmt_n(s.warnings)
        );
    }
    h.push_str("</table>\n");
    for note in &agg.notes {
        let _ = writeln!(h, "<p><b>Note:</b> {}</p>", esc(note));
    }
    for t in &agg.tables {
        let _ = writeln!(h, "<h2>{}</h2>", esc(t.id.title()));
        let _ = writeln!(
            h,
            r#"<p class="muted">File <code>{}</code>: {} cell(s) published; {} cell(s) holding {} record(s) suppressed. Largest cells:</p>"#,
            t.id.file_name(),
            fmt_n(t.rows.len() as u64),
            fmt_n(t.suppressed_cells),
            fmt_n(t.suppressed_records)
        );
        let mut top: Vec<&Row> = t.rows.iter().collect();
        top.sort_by(|a, b| b.records.cmp(&a.records).then(a.keys.cmp(&b.keys)));
        top.truncate(10);
        h.push_str("<table><tr>");
        for c in t.id.key_columns() {
            let _ = write!(h, "<th>{c}</th>");
        }
        h.push_str(
            "<th class=n>records</th><th class=n>attempts</th><th class=n>contributors</th></tr>",
        );
        for r in top {
            h.push_str("<tr>");
            for k in &r.keys {
                let _ = write!(h, "<td>{}</td>", esc(k));
            }
            let contributors = if r.contributors >= CONTRIBUTOR_CAP as u64 {
                format!("≥ {}", fmt_n(r.contributors))
            } else {
                fmt_n(r.contributors)
            };
            let _ = write!(
                h,
                "<td class=n>{}</td><td class=n>{}</td><td class=n>{contributors}</td></tr>",
                fmt_n(r.records),
                fmt_n(r.attempts)
            );
        }
        h.push_str("</table>\n");
    }
    h.push_str("<h2>Problems found in the input</h2>\n");
    if agg.first_issues.is_empty() {
        h.push_str("<p>None: every line was a valid record.</p>\n");
    } else {
        let _ = writeln!(
            h,
            r#"<p class="muted">The first {} are listed; all of them are in <code>issues.txt</code>.</p><ul class="issues">"#,
            agg.first_issues.len()
        );
        for i in &agg.first_issues {
            let _ = write!(h, "<li>{}</li>", esc(&i.to_string()));
        }
        h.push_str("</ul>\n");
    }
    let _ = writeln!(
        h,
        r#"<h2>Method</h2><ul><li>Each line is checked against the record schema (version {SCHEMA_VERSION}); lines that fail are listed above with their file and line, and not counted.</li><li>An export sent twice (same <code>export_id</code>) is counted once.</li><li>A cell is published only when at least k = {} distinct contributors are in it; <code>contributors</code> is exact up to {CONTRIBUTOR_CAP} and shows {CONTRIBUTOR_CAP} above.</li><li>Messages are never published. Times are rounded to the hour (UTC) by the extension.</li></ul><p class="muted">Sources: {} file(s). See <code>docs/research.md</code> for the schema and how to load the CSV files.</p></body></html>"#,
        agg.k,
        agg.sources.len()
    );
    h
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
    fn csv_split() {
        assert_eq!(
            split_csv(r#"a,"b,c","d""e",,"#).ok(),
            Some(vec![
                "a".into(),
                "b,c".into(),
                "d\"e".into(),
                String::new(),
                String::new()
            ])
        );
        assert!(split_csv(r#"a,"b"#).is_err());
        assert!(split_csv(r#"a,b"c"#).is_err());
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

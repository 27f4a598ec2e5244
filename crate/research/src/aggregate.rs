//! Streaming aggregation across contributors, with k-suppression.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hash::BuildHasher;
use std::io::BufRead;

use crate::anonymise;
use crate::cells::*;
use crate::input::*;
use crate::records::*;
use relais_journal::time::civil_from_days;

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
    /// Distinct portals, and distinct procedures, kept by name (the first ones read); the
    /// others are counted as `_other`. [`MAX_DISTINCT`] unless a test wants a small number.
    pub max_distinct: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            k: DEFAULT_K,
            max_line: DEFAULT_MAX_LINE,
            check_messages: true,
            max_distinct: MAX_DISTINCT,
        }
    }
}

/// What is known about an export id already seen.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ExportSeen {
    source: u32,
    contributor: u128,
}

/// A run of duplicate lines being skipped, reported when it ends.
#[derive(Debug)]
pub(crate) struct DupRun {
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
    exports: Map<u128, ExportSeen>,
    contributors: Map<u128, u32>,
    portals: Interner,
    procedures: Interner,
    by_week: Map<(u32, u8, i64), Cell>,
    by_procedure: Map<(u32, u32, u8), Cell>,
    by_departement: Map<(u8, u8), Cell>,
    by_hour: Map<(u8, u8), Cell>,
    stats: Stats,
    first_issues: Vec<Issue>,
    checked_messages: Map<u64, Option<Box<str>>>,
    message_hash: Seeded,
}

/// How many message checks are remembered at once.
pub const MESSAGE_CACHE: usize = 65_536;

/// How many issues the report keeps to show (all of them go to the sink).
pub const ISSUES_KEPT: usize = 50;

/// The value of a validated export or contributor id.
pub(crate) fn hex_u128(s: &str) -> u128 {
    hex_value(s)
}

impl Aggregator {
    pub fn new(opts: Options) -> Self {
        Aggregator {
            sources: Vec::new(),
            exports: Map::default(),
            contributors: Map::default(),
            portals: Interner::new(opts.max_distinct),
            procedures: Interner::new(opts.max_distinct),
            by_week: Map::default(),
            by_procedure: Map::default(),
            by_departement: Map::default(),
            by_hour: Map::default(),
            stats: Stats::default(),
            first_issues: Vec::new(),
            checked_messages: Map::default(),
            message_hash: Seeded::default(),
            opts,
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
        self.add_source_with(name, reader, sink, &mut |_, _| {});
    }

    /// [`Aggregator::add_source`], handing every valid record, with its line number, to `tap`
    /// before duplicates are looked for (so an export sent twice reaches it twice): what
    /// `relais research convert` writes.
    pub fn add_source_with<R: BufRead>(
        &mut self,
        name: &str,
        reader: R,
        sink: &mut dyn FnMut(&Issue),
        tap: &mut dyn FnMut(u64, &RecordRef<'_>),
    ) {
        let source = self.sources.len() as u32;
        self.sources.push(name.to_string());
        self.stats.files += 1;
        let mut lines = Lines::new(reader, self.opts.max_line);
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
            let text = match std::str::from_utf8(bytes) {
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
            // Lines are read in place; one that is not a record is read again as an owned
            // record, for the reason in words.
            let fast = match &fmt {
                Format::JsonLines => RecordRef::from_json(text),
                Format::Csv(..) => None,
            };
            let owned;
            let parsed = match fast {
                Some(r) => r.validate().map(|()| r),
                None => match match &fmt {
                    Format::JsonLines => ResearchRecord::from_json_line(text),
                    Format::Csv(index, width) => record_from_csv(text, index, *width),
                } {
                    Ok(r) => {
                        owned = r;
                        Ok(owned.as_ref())
                    }
                    Err(e) => Err(e),
                },
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
            tap(n, &record);
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
        let key = self.message_hash.hash_one(message);
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

    fn count(&mut self, r: &RecordRef<'_>, contributor: u128) {
        let next = self.contributors.len() as u32;
        let c = *self.contributors.entry(contributor).or_insert(next);
        let hour = parse_hour(&r.hour_utc).unwrap_or(Hour { days: 0, hour: 0 });
        // The Monday of the ISO week (its number and year are worked out once per cell).
        let monday = hour.days - (hour.days + 3).rem_euclid(7);
        let p = self.portals.id(&r.portal);
        let q = self.procedures.id(&r.procedure);
        let k = r.failure_kind.index() as u8;
        let a = u64::from(r.attempt_count);
        self.by_week.entry((p, k, monday)).or_default().add(a, c);
        self.by_procedure.entry((p, q, k)).or_default().add(a, c);
        if let Some(d) = &r.departement {
            let di = departement_index(d);
            self.by_departement.entry((di, k)).or_default().add(a, c);
        }
        self.by_hour
            .entry((r.weekday as u8, hour.hour as u8))
            .or_default()
            .add(a, c);
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
                "more than {} distinct portals: the rest are counted as _other",
                self.opts.max_distinct
            ));
        }
        if self.procedures.overflowed {
            notes.push(format!(
                "more than {} distinct procedures: the rest are counted as _other",
                self.opts.max_distinct
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

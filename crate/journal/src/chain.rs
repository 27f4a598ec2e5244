//! The journal itself: the chain of records, how a failure becomes an entry or an attempt, notes,
//! deletions, trusted timestamps, and reading a stored journal back link by link.

use crate::*;
use serde_json::Value;
use std::collections::BTreeMap;

/// A journal: the chain of records and the trusted timestamps of its heads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journal {
    records: Vec<Record>,
    /// Each record as it was hashed (unknown fields and all), written back unchanged.
    values: Vec<Value>,
    timestamps: Vec<Timestamp>,
    /// The entries deleted so far, with the `seq` of their deletion.
    deleted: BTreeMap<u64, u64>,
    /// What appending a record or reading the figures would otherwise find by going over every
    /// record: kept up to date by [`Journal::push`], built once by [`Journal::from_checked`].
    derived: Derived,
}

/// Kept beside the records so that appending one and reading the dossier's figures cost the
/// same at the ten-thousandth record as at the first (issue 14): nothing here is stored or
/// hashed, and all of it follows from the records alone.
#[derive(Debug, Clone, Default, PartialEq)]
struct Derived {
    /// The dossier's figures ([`Journal::summary`]).
    tally: summary::Tally,
    /// Live entries by what makes a failure "the same" ([`failure_key`]): key -> the `seq` of
    /// each such entry's last entry-or-attempt -> the entry. Its last item is the group an
    /// identical failure may be an attempt of.
    recent: BTreeMap<FailureKey, BTreeMap<u64, u64>>,
    /// Live entry -> its key and the `seq` of its last entry-or-attempt.
    groups: BTreeMap<u64, (FailureKey, u64)>,
    /// Notes on the whole journal (their place in `records`).
    journal_notes: Vec<usize>,
}

/// What makes two failures the same (a new one may then be an attempt of the other): portal,
/// procedure, failure, HTTP status, message and URL (query and fragment aside).
type FailureKey = (
    String,
    Option<String>,
    FailureKind,
    Option<u16>,
    String,
    String,
);

fn failure_key(e: &Entry) -> FailureKey {
    (
        e.portal.clone(),
        e.procedure.clone(),
        e.failure,
        e.http_status,
        e.message.clone(),
        base_url(&e.url).to_string(),
    )
}

impl Derived {
    /// Takes record `records[i]` (the last one when appending) into account.
    fn observe(&mut self, records: &[Record], i: usize, deleted: &BTreeMap<u64, u64>) {
        let r = &records[i];
        self.tally.observe(r, records, |e| deleted.contains_key(&e));
        match r {
            Record::Entry(e) if !deleted.contains_key(&e.seq) => {
                let key = failure_key(e);
                self.recent
                    .entry(key.clone())
                    .or_default()
                    .insert(e.seq, e.seq);
                self.groups.insert(e.seq, (key, e.seq));
            }
            Record::Attempt(a) => {
                if let Some((key, last)) = self.groups.get_mut(&a.entry) {
                    if let Some(by_last) = self.recent.get_mut(key) {
                        by_last.remove(last);
                        by_last.insert(a.seq, a.entry);
                    }
                    *last = a.seq;
                }
            }
            Record::Deletion(d) => {
                if let Some((key, last)) = self.groups.remove(&d.entry) {
                    if let Some(by_last) = self.recent.get_mut(&key) {
                        by_last.remove(&last);
                        if by_last.is_empty() {
                            self.recent.remove(&key);
                        }
                    }
                }
            }
            Record::Note(n) if n.entry.is_none() => self.journal_notes.push(i),
            _ => {}
        }
    }

    /// Everything, from the records.
    fn build(records: &[Record], deleted: &BTreeMap<u64, u64>) -> Derived {
        let mut d = Derived::default();
        for i in 0..records.len() {
            d.observe(records, i, deleted);
        }
        d
    }
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
            out.push_str(&record_line(v));
        }
        out.push_str("\n]}\n");
        out
    }

    /// Reads a journal kept as a store keeps it, one row per record: its head
    /// ([`Journal::stored_head`]) and every record's line ([`Journal::stored_record`]), in chain
    /// order. Migrated and checked link by link as [`Journal::from_json`] does, and against the
    /// head (as many records as it counts, ending with its hash).
    pub fn from_stored<S: AsRef<str>>(head: &str, records: &[S]) -> Result<Journal, JournalError> {
        bundle::parse_stored(head, records)
    }

    /// What a store keeps beside the records: the envelope of the journal's `journal.json`
    /// (format, schema, trusted timestamps), the number of records and the hash of the last,
    /// in canonical JSON. It changes with every record and every timestamp.
    pub fn stored_head(&self) -> String {
        bundle::stored_head(self)
    }

    /// Record `seq`'s line, as a store keeps it: its canonical JSON, `hash` included (the very
    /// line [`Journal::to_json`] writes for it). A record never changes once written.
    pub fn stored_record(&self, seq: u64) -> Option<String> {
        let i = usize::try_from(seq).ok()?.checked_sub(1)?;
        self.values.get(i).map(record_line)
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
        self.derived
            .journal_notes
            .iter()
            .filter_map(|&i| match self.records.get(i) {
                Some(Record::Note(n)) => Some(NoteView {
                    seq: n.seq,
                    text: n.text.clone(),
                    time: n.time.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    /// The deleted entries (by `seq`), each with its deletion.
    pub fn deletions(&self) -> Vec<(u64, DeletionView)> {
        self.deleted
            .iter()
            .filter_map(|(&entry, &seq)| {
                let i = usize::try_from(seq).ok()?.checked_sub(1)?;
                match self.records.get(i) {
                    Some(Record::Deletion(d)) => Some((
                        entry,
                        DeletionView {
                            seq: d.seq,
                            reason: d.reason.clone(),
                            time: d.time.clone(),
                        },
                    )),
                    _ => None,
                }
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
                    let group = n
                        .entry
                        .and_then(|e| index.get(&e))
                        .and_then(|&i| groups.get_mut(i));
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
    /// Kept up to date with each record: reading them does not go over the journal.
    pub fn summary(&self) -> Summary {
        self.derived.tally.summary(None)
    }

    /// The same figures with at most `max_messages` messages per failure, the most frequent
    /// (the others counted in `messages_omitted`): what the journal page shows, whose cost does
    /// not grow with a journal of many distinct messages.
    pub fn summary_capped(&self, max_messages: usize) -> Summary {
        self.derived.tally.summary(Some(max_messages))
    }

    /// The dossier's figures recomputed from every record, the plain way (slow: for the tests,
    /// which check that [`Journal::summary`] always equals it).
    #[doc(hidden)]
    pub fn summary_recomputed(&self) -> Summary {
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
    /// if that attempt is at most `window_ms` before `utc_ms`. (Looked up in `derived.recent`,
    /// not by going back over the records: with many distinct failures that walk went back to
    /// the first record every time.)
    fn recent_group(&self, new: &Entry, utc_ms: i64, window_ms: i64) -> Option<u64> {
        let (&last, &group) = self
            .derived
            .recent
            .get(&failure_key(new))?
            .last_key_value()?;
        let r = self
            .records
            .get(usize::try_from(last).ok()?.checked_sub(1)?)?;
        let age = utc_ms - r.time().utc_ms()?;
        (0..=window_ms).contains(&age).then_some(group)
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
        let deletion = matches!(record, Record::Deletion(_));
        if let Record::Deletion(d) = &record {
            self.deleted.insert(d.entry, d.seq);
        }
        self.records.push(record);
        self.values.push(value);
        self.derived
            .observe(&self.records, self.records.len() - 1, &self.deleted);
        if deletion {
            // The deleted entry's attempts leave the figures: counted again without them (a
            // deletion is rare; every other record only adds to the figures).
            self.derived.tally = Derived::build(&self.records, &self.deleted).tally;
        }
        Ok(appended)
    }

    /// Builds a journal from records already checked (used by the reader).
    pub(crate) fn from_checked(
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
        let derived = Derived::build(&records, &deleted);
        Journal {
            records,
            values,
            timestamps,
            deleted,
            derived,
        }
    }
}

/// A record's stored line: every stored value was canonicalised once already (to hash it), so
/// this cannot fail.
fn record_line(v: &Value) -> String {
    canonical_json(v).unwrap_or_default()
}

/// A URL without its query and fragment.
fn base_url(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
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

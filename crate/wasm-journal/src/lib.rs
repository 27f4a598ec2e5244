//! Bindings of the evidence journal, a wasm module of its own (`relais_journal_wasm`): the
//! background loads it when it first records a failure, the journal page when it opens. It keeps
//! one [`Journal`]. Every change returns what a store keeps of it: the new record's line and the
//! new head ([`Journal::stored_record`], [`Journal::stored_head`]), which the background appends
//! to IndexedDB (extension/shared/journal-store.js, one row per record) with the capture bytes;
//! `openStored` reads them back, verifying every link, when the service worker starts again.
//! The meaning of a failure in the person's language comes from the main module
//! (`Core.failureMeaning`), which holds the locales.

use relais_journal::{
    verify_bundle, CaptureInput, CaptureKind, FailureInput, FailureKind, Journal, Meaning, When,
    DEFAULT_WINDOW_MS,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use relais_bridge::{error, from_js, to_js};

/// The journal handle, owned by the background (or, read-only, by the journal page).
#[wasm_bindgen]
pub struct JournalCore {
    journal: Option<Journal>,
}

/// A failure as the background reports it (camelCase JSON).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FailureMessage {
    utc_ms: i64,
    offset_minutes: i32,
    time_zone: String,
    #[serde(default)]
    server_date: Option<String>,
    url: String,
    title: String,
    failure: String,
    #[serde(default)]
    http_status: Option<u16>,
    message: String,
    /// The message's meaning in the person's language (`Core.failureMeaning`).
    #[serde(default)]
    meaning: Option<MeaningMessage>,
    extension: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeaningMessage {
    lang: String,
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Recorded<'a> {
    seq: u64,
    kind: &'a str,
    entry: u64,
    hash: String,
    capture_file: Option<String>,
    /// The new record's line and the journal's new head, to store.
    record: String,
    head: String,
}

/// What a store appends after a change: the new record's line (none for a timestamp) and the
/// new head.
fn stored(journal: &Journal, seq: u64) -> (String, String) {
    (
        journal.stored_record(seq).unwrap_or_default(),
        journal.stored_head(),
    )
}

/// A JS `Map` of file name → `Uint8Array`, copied.
fn map_bytes(files: &js_sys::Map) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut bytes = std::collections::BTreeMap::new();
    files.for_each(&mut |v, k| {
        if let (Some(name), Ok(arr)) = (k.as_string(), v.dyn_into::<js_sys::Uint8Array>()) {
            bytes.insert(name, arr.to_vec());
        }
    });
    bytes
}

fn journal_error(e: relais_journal::JournalError) -> JsValue {
    error(e.name(), &e.to_string())
}

#[wasm_bindgen]
impl JournalCore {
    #[wasm_bindgen(constructor)]
    pub fn new() -> JournalCore {
        JournalCore { journal: None }
    }

    /// Loads a journal from its `journal.json` (a bundle's, or what Relais 0.2 stored in one
    /// row), verifying the chain; `null` starts an empty one.
    pub fn open(&mut self, json: Option<String>) -> Result<usize, JsValue> {
        let journal = match json {
            Some(j) => Journal::from_json(&j).map_err(journal_error)?,
            None => Journal::new(),
        };
        let n = journal.len();
        self.journal = Some(journal);
        Ok(n)
    }

    /// Loads a journal as a store keeps it: its head and every record's line in chain order
    /// (`null` and `[]`: an empty journal), verifying every link and the head.
    #[wasm_bindgen(js_name = openStored)]
    pub fn open_stored(
        &mut self,
        head: Option<String>,
        records: Vec<String>,
    ) -> Result<usize, JsValue> {
        let journal = match head {
            Some(h) => Journal::from_stored(&h, &records).map_err(journal_error)?,
            None if records.is_empty() => Journal::new(),
            None => {
                return Err(error(
                    "JournalError",
                    "the stored journal has records but no head",
                ))
            }
        };
        let n = journal.len();
        self.journal = Some(journal);
        Ok(n)
    }

    /// The open journal's head, as a store keeps it.
    #[wasm_bindgen(js_name = storedHead)]
    pub fn stored_head(&self) -> Result<String, JsValue> {
        Ok(self.open_journal()?.stored_head())
    }

    /// Every record's line, in chain order, as a store keeps them (to move a journal into a store).
    #[wasm_bindgen(js_name = storedRecords)]
    pub fn stored_records(&self) -> Result<Vec<String>, JsValue> {
        let journal = self.open_journal()?;
        Ok((1..=journal.len() as u64)
            .filter_map(|seq| journal.stored_record(seq))
            .collect())
    }

    /// Records a failure (an entry, or an attempt of a recent identical one). `bytes` is the
    /// capture, if any (`kind`: `screenshot` or `dom`).
    pub fn record(
        &mut self,
        failure: JsValue,
        kind: Option<String>,
        media_type: Option<String>,
        bytes: Option<Vec<u8>>,
    ) -> Result<JsValue, JsValue> {
        let m: FailureMessage = from_js(failure).map_err(|e| error("ProtocolError", &e))?;
        let kind_of_failure = FailureKind::parse(&m.failure).ok_or_else(|| {
            error(
                "ProtocolError",
                &format!("unknown failure kind {}", m.failure),
            )
        })?;
        let meaning = m.meaning.map(|mm| Meaning {
            lang: mm.lang,
            text: mm.text,
        });
        let journal = self
            .journal
            .as_mut()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        let input = FailureInput {
            when: When {
                utc_ms: m.utc_ms,
                offset_minutes: m.offset_minutes,
                time_zone: m.time_zone,
            },
            server_date: m.server_date,
            url: m.url,
            title: m.title,
            failure: kind_of_failure,
            http_status: m.http_status,
            message: m.message,
            meaning,
            extension: m.extension,
            ..FailureInput::default()
        };
        let capture_kind = match kind.as_deref() {
            Some("screenshot") => Some(CaptureKind::Screenshot),
            Some("dom") => Some(CaptureKind::Dom),
            Some(other) => {
                return Err(error(
                    "ProtocolError",
                    &format!("unknown capture kind {other}"),
                ))
            }
            None => None,
        };
        let media = media_type.unwrap_or_default();
        let capture = match (capture_kind, bytes.as_deref()) {
            (Some(kind), Some(bytes)) => Some(CaptureInput {
                kind,
                media_type: &media,
                bytes,
            }),
            _ => None,
        };
        let appended = journal
            .record_failure(&input, capture, DEFAULT_WINDOW_MS)
            .map_err(journal_error)?;
        let (record, head) = stored(journal, appended.seq);
        to_js(&Recorded {
            seq: appended.seq,
            kind: match appended.kind {
                relais_journal::RecordKind::Entry => "entry",
                relais_journal::RecordKind::Attempt => "attempt",
                relais_journal::RecordKind::Deletion => "deletion",
                relais_journal::RecordKind::Note => "note",
            },
            entry: appended.entry,
            hash: appended.hash,
            capture_file: appended.capture_file,
            record,
            head,
        })
    }

    /// Entries with their attempts, and the dossier's summary.
    pub fn view(&self) -> Result<JsValue, JsValue> {
        let journal = self
            .journal
            .as_ref()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct View<'a> {
            groups: Vec<relais_journal::EntryGroup>,
            summary: relais_journal::Summary,
            /// Notes on the whole journal (notes on an entry are in its group).
            notes: Vec<relais_journal::NoteView>,
            /// Trusted timestamps: which record, by which authority.
            timestamps: &'a [relais_journal::Timestamp],
            head: String,
            records: usize,
        }
        to_js(&View {
            groups: journal.groups(true),
            summary: journal.summary(),
            notes: journal.journal_notes(),
            timestamps: journal.timestamps(),
            head: journal.head().to_string(),
            records: journal.len(),
        })
    }

    /// The dossier a judge reads, in French (`relais_journal::dossier`): the first page's
    /// facts, the calendar grid, the table of attempts, the captures, the notes, the annexes'
    /// addresses and the ZIP's name and SHA-256. `files` maps each stored file name (captures,
    /// timestamp tokens) to its bytes; `utcMs`, `offsetMinutes`, `timeZone`: now, on this
    /// computer; `personLang`: the person's language, to name the language of their notes.
    pub fn dossier(
        &self,
        files: js_sys::Map,
        utc_ms: f64,
        offset_minutes: i32,
        time_zone: String,
        person_lang: Option<String>,
    ) -> Result<JsValue, JsValue> {
        let journal = self
            .journal
            .as_ref()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        let bytes = map_bytes(&files);
        let input = relais_journal::DossierInput {
            printed: When {
                utc_ms: utc_ms as i64,
                offset_minutes,
                time_zone,
            },
            person_lang: person_lang.as_deref(),
        };
        to_js(&journal.dossier(&input, |name| bytes.get(name).map(Vec::as_slice)))
    }

    /// Writes a note on entry `entry` (0: on the whole journal), chained like every record.
    /// Returns `{seq, record, head}`: its line and the new head, to store.
    pub fn note(
        &mut self,
        entry: u64,
        text: &str,
        utc_ms: f64,
        offset_minutes: i32,
        time_zone: String,
        extension: &str,
    ) -> Result<JsValue, JsValue> {
        let journal = self
            .journal
            .as_mut()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        let when = When {
            utc_ms: utc_ms as i64,
            offset_minutes,
            time_zone,
        };
        let appended = journal
            .add_note((entry > 0).then_some(entry), text, &when, extension)
            .map_err(journal_error)?;
        #[derive(Serialize)]
        struct Noted {
            seq: u64,
            record: String,
            head: String,
        }
        let (record, head) = stored(journal, appended.seq);
        to_js(&Noted {
            seq: appended.seq,
            record,
            head,
        })
    }

    /// The RFC 3161 request for the current head: `{seq, query}` (DER `TimeStampReq`, SHA-256
    /// of the head's hash, certificate requested), to POST to an authority the person chose.
    #[wasm_bindgen(js_name = timestampQuery)]
    pub fn timestamp_query(&self) -> Result<JsValue, JsValue> {
        let journal = self
            .journal
            .as_ref()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        if journal.is_empty() {
            return Err(error(
                "JournalError",
                "the journal is empty: there is nothing to timestamp",
            ));
        }
        let query = relais_journal::timestamp_query(journal.head(), None);
        #[derive(Serialize)]
        struct Query {
            seq: u64,
            query: Vec<u8>,
        }
        to_js(&Query {
            seq: journal.len() as u64,
            query,
        })
    }

    /// Attaches an authority's reply to record `seq` after checking that it answers for that
    /// record's hash. Returns `{files, head}`: keep the reply's bytes under `files[0]`, and the
    /// new head.
    pub fn timestamp(&mut self, seq: u64, tsa: &str, token: &[u8]) -> Result<JsValue, JsValue> {
        let journal = self
            .journal
            .as_mut()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        let files = journal
            .add_timestamp(seq, tsa, token, false)
            .map_err(journal_error)?;
        #[derive(Serialize)]
        struct Stamped {
            files: Vec<String>,
            head: String,
        }
        to_js(&Stamped {
            files,
            head: journal.stored_head(),
        })
    }

    /// Deletes an entry (recorded in the chain as a deletion). Returns `{seq, record, head,
    /// droppable}`: the deletion's line and the new head, to store, and the capture files that
    /// may now be dropped.
    pub fn delete(
        &mut self,
        entry: u64,
        reason: &str,
        utc_ms: f64,
        offset_minutes: i32,
        time_zone: String,
        extension: &str,
    ) -> Result<JsValue, JsValue> {
        let journal = self
            .journal
            .as_mut()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        let when = When {
            utc_ms: utc_ms as i64,
            offset_minutes,
            time_zone,
        };
        let appended = journal
            .delete_entry(entry, reason, &when, extension)
            .map_err(journal_error)?;
        #[derive(Serialize)]
        struct Deleted {
            seq: u64,
            record: String,
            head: String,
            droppable: Vec<String>,
        }
        let (record, head) = stored(journal, appended.seq);
        to_js(&Deleted {
            seq: appended.seq,
            record,
            head,
            droppable: journal.droppable_files(),
        })
    }

    /// The bundle (ZIP bytes). `files` maps each capture file name to its bytes.
    pub fn export(&self, files: js_sys::Map) -> Result<Vec<u8>, JsValue> {
        let journal = self
            .journal
            .as_ref()
            .ok_or_else(|| error("JournalError", "the journal is not open"))?;
        let bytes = map_bytes(&files);
        journal
            .export_bundle(|name| bytes.get(name).map(Vec::as_slice))
            .map_err(journal_error)
    }

    /// Verifies a bundle before anything is written: the report, or an error naming the first
    /// broken record. On success also returns what to store, read in the same pass: the head,
    /// every record's line, and `files`, a `Map` of each capture's and timestamp token's bytes
    /// by bundle file name.
    pub fn verify(&self, zip: &[u8]) -> Result<JsValue, JsValue> {
        let verified = verify_bundle(zip).map_err(journal_error)?;
        let journal = &verified.journal;
        let records: Vec<String> = (1..=journal.len() as u64)
            .filter_map(|seq| journal.stored_record(seq))
            .collect();
        let out = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(k), v);
        set("report", &to_js(&verified.report)?)?;
        set("head", &JsValue::from_str(&journal.stored_head()))?;
        set("records", &to_js(&records)?)?;
        set("files", &files_map(verified.files.iter())?.into())?;
        Ok(out.into())
    }

    /// The dossier's figures of the open journal, without its entries (the journal page lists
    /// those lazily, from the store): the summary, the notes on the whole journal, the trusted
    /// timestamps, the deleted entries, the head and the number of records. With
    /// `maxMessages`, each failure lists at most that many of its messages, the most frequent
    /// (`messagesOmitted` counts the others). Kept up to date with each record
    /// ([`Journal::summary_capped`]): its cost does not grow with the number of records.
    pub fn summary(&self, max_messages: Option<u32>) -> Result<JsValue, JsValue> {
        let journal = self.open_journal()?;
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Summary<'a> {
            summary: relais_journal::Summary,
            notes: Vec<relais_journal::NoteView>,
            timestamps: &'a [relais_journal::Timestamp],
            /// The entries deleted, each with its deletion.
            deleted: Vec<Deleted>,
            head: &'a str,
            records: usize,
        }
        #[derive(Serialize)]
        struct Deleted {
            entry: u64,
            deletion: relais_journal::DeletionView,
        }
        let deleted = journal
            .deletions()
            .into_iter()
            .map(|(entry, deletion)| Deleted { entry, deletion })
            .collect();
        to_js(&Summary {
            summary: match max_messages {
                Some(n) => journal.summary_capped(n as usize),
                None => journal.summary(),
            },
            notes: journal.journal_notes(),
            timestamps: journal.timestamps(),
            deleted,
            head: journal.head(),
            records: journal.len(),
        })
    }
}

#[wasm_bindgen]
impl JournalCore {
    /// The files of a bundle that a store keeps (call after `verify`): a `Map` of name → bytes,
    /// the captures and the trusted timestamps' tokens and certificates.
    #[wasm_bindgen(js_name = bundleFiles)]
    pub fn bundle_files(&self, zip: &[u8]) -> Result<js_sys::Map, JsValue> {
        let files = relais_journal::read_zip(zip).map_err(|e| error("JournalError", &e))?;
        files_map(files.iter())
    }
}

impl JournalCore {
    fn open_journal(&self) -> Result<&Journal, JsValue> {
        self.journal
            .as_ref()
            .ok_or_else(|| error("JournalError", "the journal is not open"))
    }
}

/// The files a store keeps, by bundle file name (`captures/…`, `timestamps/…`), as a `Map` of
/// `Uint8Array`s; `journal.json` and `README.txt` are not among them.
fn files_map<'a>(
    files: impl Iterator<Item = (&'a String, &'a Vec<u8>)>,
) -> Result<js_sys::Map, JsValue> {
    let map = js_sys::Map::new();
    for (name, bytes) in files {
        if name.starts_with("captures/") || name.starts_with("timestamps/") {
            map.set(
                &JsValue::from_str(name),
                &js_sys::Uint8Array::from(bytes.as_slice()).into(),
            );
        }
    }
    Ok(map)
}

impl Default for JournalCore {
    fn default() -> Self {
        JournalCore::new()
    }
}

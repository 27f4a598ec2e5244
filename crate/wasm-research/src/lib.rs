//! Relais research export bindings: the extension's research page turns the person's journal
//! into anonymised research records, shows them, and writes the ones the person kept as JSON
//! Lines or CSV (see `docs/research.md`, "Exporting from the extension").
//!
//! A crate of its own, loaded only by the research page, so that the anonymiser never weighs on
//! the main wasm (`relais-wasm`) that every portal page waits for. Records cross as plain objects
//! (serde-wasm-bindgen's JSON-compatible serializer; an absent `departement` is left out). Errors
//! cross as JavaScript `Error`s with a readable `message` and a `name`: `JournalError` (the stored
//! journal does not read), `ResearchError` (bad options, or a record refused on export),
//! `ProtocolError` (a value that is not what was expected).
//!
//! The page holds one [`ResearchCore`] handle (as the background holds `Core` and the journal page
//! `JournalCore`): it keeps the records its last `records` call made, the only ones it writes.
//!
//! Architecture Invariant: [`ResearchCore::jsonl`] and [`ResearchCore::csv`] only write records
//! that [`ResearchCore::records`] made in its last call, unchanged; the page may leave records
//! out, never change or add one.

use relais_bridge::{error, to_js};
use relais_journal::Journal;
use relais_research::export::{self, ExportOptions};
use relais_research::records::{BrowserFamily, ResearchRecord};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// The options of `records`, as the page passes them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    contributor_id: String,
    export_id: String,
    browser_family: BrowserFamily,
    extension_version: String,
    /// `null` (or absent) unless the person chose to give their département.
    #[serde(default)]
    departement: Option<String>,
}

#[derive(Clone, Serialize)]
struct LeftOut {
    entry: u64,
    reason: String,
}

/// The research page's handle: the records it was last given, and what was left out.
#[wasm_bindgen]
#[derive(Default)]
pub struct ResearchCore {
    /// The records made by the last [`ResearchCore::records`] call: the only ones that may be
    /// exported.
    issued: Vec<ResearchRecord>,
    /// The entries the last call could not export, and why.
    left_out: Vec<LeftOut>,
}

#[wasm_bindgen]
impl ResearchCore {
    #[wasm_bindgen(constructor)]
    pub fn new() -> ResearchCore {
        ResearchCore::default()
    }

    /// The research records of a stored journal (`journalJson`, as the journal store gives it),
    /// with `options = {contributorId, exportId, browserFamily, extensionVersion,
    /// departement|null}`: an array of plain records, in journal order. Throws a readable `Error`
    /// when the journal does not read or an option is refused. These records, and only these,
    /// can be exported until the next call.
    pub fn records(&mut self, journal_json: &str, options: JsValue) -> Result<JsValue, JsValue> {
        let o: Options = serde_wasm_bindgen::from_value(options).map_err(|e| {
            error(
                "ProtocolError",
                &format!("the export options are not valid: {e}"),
            )
        })?;
        let journal =
            Journal::from_json(journal_json).map_err(|e| error("JournalError", &e.to_string()))?;
        let options = ExportOptions {
            contributor_id: o.contributor_id,
            export_id: o.export_id,
            browser_family: o.browser_family,
            extension_version: o.extension_version,
            departement: o.departement,
        };
        let made =
            export::research_records(&journal, &options).map_err(|e| error("ResearchError", &e))?;
        let value = to_js(&made.records)?;
        self.left_out = made
            .left_out
            .iter()
            .map(|l| LeftOut {
                entry: l.entry,
                reason: l.reason.clone(),
            })
            .collect();
        self.issued = made.records;
        Ok(value)
    }

    /// The entries the last `records` call could not export: `[{entry, reason}]`.
    #[wasm_bindgen(js_name = leftOut)]
    pub fn left_out(&self) -> Result<JsValue, JsValue> {
        to_js(&self.left_out)
    }

    /// A text through the anonymiser (typed placeholders `[NAME]`, `[EMAIL]`…): what the
    /// untranslated-strings counter keeps of a portal's text.
    pub fn anonymise(text: &str) -> String {
        relais_research::anonymise::anonymise(text)
    }

    /// Every département code a record may carry (`01`…`95`, `2A`, `2B`, `971`…`976`), for the
    /// page's choice list.
    pub fn departements() -> Vec<String> {
        relais_research::records::departements()
    }

    /// The records as JSON Lines (one object per line, each ending with `\n`), after checking
    /// each.
    pub fn jsonl(&self, records: JsValue) -> Result<String, JsValue> {
        Ok(export::to_jsonl(&self.checked(records)?))
    }

    /// The records as CSV with a header row (`\n` line ends), after checking each.
    pub fn csv(&self, records: JsValue) -> Result<String, JsValue> {
        Ok(export::to_csv(&self.checked(records)?))
    }
}

impl ResearchCore {
    /// Decodes the records the page hands back and checks each one: valid, and exactly one the
    /// last `records` call made.
    fn checked(&self, records: JsValue) -> Result<Vec<ResearchRecord>, JsValue> {
        // Through JSON, not serde-wasm-bindgen: that one reads only the fields it knows and would
        // let an added field (a `url`, say) pass unseen; serde_json refuses unknown fields.
        let refused = |detail: String| {
            error(
                "ResearchError",
                &format!("these are not research records: {detail}; nothing was exported"),
            )
        };
        let json = js_sys::JSON::stringify(&records)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| refused("they cannot be written as JSON".to_string()))?;
        let records: Vec<ResearchRecord> =
            serde_json::from_str(&json).map_err(|e| refused(e.to_string()))?;
        export::check_export(&records, &self.issued).map_err(|e| error("ResearchError", &e))?;
        Ok(records)
    }
}

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
//! Architecture Invariant: [`research_jsonl`] and [`research_csv`] only write records that
//! [`research_records`] made in its last call, unchanged; the page may leave records out, never
//! change or add one.

use std::cell::RefCell;

use relais_core::journal::Journal;
use relais_core::research::{BrowserFamily, ResearchRecord};
use relais_core::research_export::{self, ExportOptions};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

thread_local! {
    /// The records made by the last [`research_records`] call: the only ones that may be exported.
    static ISSUED: RefCell<Vec<ResearchRecord>> = const { RefCell::new(Vec::new()) };
    /// The entries the last call could not export, and why.
    static LEFT_OUT: RefCell<Vec<LeftOut>> = const { RefCell::new(Vec::new()) };
}

fn error(name: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name(name);
    e.into()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("ProtocolError", &format!("cannot encode the records: {e}")))
}

/// The options of `researchRecords`, as the page passes them.
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

/// The research records of a stored journal (`journalJson`, as `loadJournal()` gives it), with
/// `options = {contributorId, exportId, browserFamily, extensionVersion, departement|null}`:
/// an array of plain records, in journal order. Throws a readable `Error` when the journal does
/// not read or an option is refused. These records, and only these, can be exported until the
/// next call.
#[wasm_bindgen(js_name = researchRecords)]
pub fn research_records(journal_json: &str, options: JsValue) -> Result<JsValue, JsValue> {
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
    let export = research_export::research_records(&journal, &options)
        .map_err(|e| error("ResearchError", &e))?;
    let value = to_js(&export.records)?;
    let left_out = export
        .left_out
        .iter()
        .map(|l| LeftOut {
            entry: l.entry,
            reason: l.reason.clone(),
        })
        .collect();
    ISSUED.with(|i| *i.borrow_mut() = export.records);
    LEFT_OUT.with(|l| *l.borrow_mut() = left_out);
    Ok(value)
}

/// The entries the last `researchRecords` call could not export: `[{entry, reason}]`.
#[wasm_bindgen(js_name = researchLeftOut)]
pub fn research_left_out() -> Result<JsValue, JsValue> {
    LEFT_OUT.with(|l| to_js(&*l.borrow()))
}

/// Every département code a record may carry (`01`…`95`, `2A`, `2B`, `971`…`976`), for the
/// page's choice list.
#[wasm_bindgen(js_name = researchDepartements)]
pub fn research_departements() -> Vec<String> {
    relais_core::research::departements()
}

/// Decodes the records the page hands back and checks each one: valid, and exactly one the last
/// `researchRecords` call made.
fn checked(records: JsValue) -> Result<Vec<ResearchRecord>, JsValue> {
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
    ISSUED
        .with(|i| research_export::check_export(&records, &i.borrow()))
        .map_err(|e| error("ResearchError", &e))?;
    Ok(records)
}

/// The records as JSON Lines (one object per line, each ending with `\n`), after checking each.
#[wasm_bindgen(js_name = researchJsonl)]
pub fn research_jsonl(records: JsValue) -> Result<String, JsValue> {
    Ok(research_export::to_jsonl(&checked(records)?))
}

/// The records as CSV with a header row (`\n` line ends), after checking each.
#[wasm_bindgen(js_name = researchCsv)]
pub fn research_csv(records: JsValue) -> Result<String, JsValue> {
    Ok(research_export::to_csv(&checked(records)?))
}

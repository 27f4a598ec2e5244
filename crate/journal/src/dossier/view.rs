//! What the dossier holds, ready to lay out: plain data the page renders (serialised in camelCase).

use crate::When;
use serde::Serialize;

/// The dossier, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dossier {
    /// When it was made: `lundi 7 décembre 2026 à 10 h 02 (heure de Paris)`.
    pub printed: String,
    /// The same day for a letter: `7 décembre 2026`.
    pub printed_date: String,
    /// Times a failure was met (entries not deleted, and their attempts).
    pub attempts: u64,
    /// Days (on the person's clock) with at least one attempt.
    pub days: u64,
    /// Calendar days from the first attempt to the last, both included.
    pub span_days: u64,
    /// The facts of the first page, in order: `{label, text}`.
    pub facts: Vec<Fact>,
    pub portals: Vec<PortalView>,
    /// Was the answer (failure kind, status and message) the same at every attempt?
    pub same_answer: bool,
    pub answers: Vec<AnswerView>,
    /// The clock every attempt was read on, when they share one (`heure de Paris`).
    pub zone: Option<String>,
    pub grid: Grid,
    /// Every failure of the chain in order, deleted ones included (marked, not counted).
    pub rows: Vec<Row>,
    /// Annex: the pages' addresses, numbered from 1 in order of appearance.
    pub addresses: Vec<Address>,
    pub captures: Vec<CaptureView>,
    pub notes: Vec<NoteView>,
    pub timestamps: Vec<TimestampView>,
    pub deletions: Vec<DeletionView>,
    /// Records in the chain, of every kind.
    pub records: u64,
    /// The hash of the last record.
    pub head: String,
    /// The ZIP this dossier comes with (the same bytes whenever it is exported).
    pub bundle: Option<BundleView>,
    /// Why the ZIP cannot be made on this computer, when it cannot.
    pub bundle_problem: Option<String>,
    pub letter: Letter,
}

/// One line of the first page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    /// A stable id for the page and the tests (`period`, `attempts`…).
    pub id: &'static str,
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PortalView {
    pub id: String,
    /// `module de prise de rendez-vous en ligne de la préfecture`.
    pub name: String,
    pub short: String,
    /// The host names met, in order.
    pub hosts: Vec<String>,
    /// The procedures, in words.
    pub procedures: Vec<String>,
    /// The pages' titles, in order (at most five).
    pub titles: Vec<String>,
    pub attempts: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerView {
    pub portal: String,
    /// The failure in words.
    pub failure: String,
    /// The portal's message, verbatim (empty for a blocking the person reported themselves).
    pub message: String,
    /// The person reported it themselves ("this is blocking me"): there is no portal message.
    pub reported: bool,
    pub attempts: u64,
}

/// The calendar grid: one row per day from the first attempt to the last, one column per hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Grid {
    pub rows: Vec<GridRow>,
    /// The largest count in one cell.
    pub max: u32,
    /// Days left out (a period longer than [`MAX_GRID_DAYS`]).
    pub left_out: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GridRow {
    /// `2026-11-16`.
    pub date: String,
    /// `lun. 16 nov.`
    pub label: String,
    /// `lundi 16 novembre 2026`.
    pub long: String,
    /// Attempts in each hour, 0 to 23.
    pub hours: Vec<u32>,
    pub total: u32,
    /// A Monday (a new week starts).
    pub monday: bool,
    /// A Saturday or a Sunday.
    pub weekend: bool,
}

/// One time a failure was met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    /// Its number among the attempts counted (1…); none for a deleted entry's.
    pub number: Option<u64>,
    /// Its record in the chain.
    pub seq: u64,
    /// The entry it repeats (its own seq for an entry).
    pub entry: u64,
    /// `lundi 7 décembre 2026 à 07 h 56 min 15 s (heure de Paris)`.
    pub when: String,
    /// The same in three parts, for a narrow column: `lundi 7 décembre 2026`,
    /// `07 h 56 min 15 s`, `heure de Paris`.
    pub date: String,
    pub time: String,
    pub zone: String,
    /// The server's date on the same clock, when the page had one: `07 h 56 min 13 s` (the
    /// date too when it is another day).
    pub server: Option<String>,
    /// The header as received: `Mon, 07 Dec 2026 06:56:13 GMT`.
    pub server_raw: Option<String>,
    pub portal: String,
    pub failure: String,
    pub message: String,
    /// Its address in the annex.
    pub address: u64,
    /// Its capture (by record seq), if one was taken.
    pub capture: Option<u64>,
    /// The entry was deleted: when and why.
    pub deleted: Option<String>,
    /// The notes on its entry (by record seq), on the entry's first row only.
    pub notes: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    pub n: u64,
    pub url: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureView {
    /// The record it belongs to.
    pub seq: u64,
    /// The attempt's number, if counted.
    pub number: Option<u64>,
    /// `screenshot` or `dom`.
    pub kind: &'static str,
    /// In words: `capture d’écran de l’onglet`.
    pub kind_text: &'static str,
    pub media_type: String,
    pub file: String,
    pub sha256: String,
    pub size: u64,
    pub size_text: String,
    pub when: String,
    /// The file is on this computer.
    pub present: bool,
    /// The capture belongs to a deleted entry: why it is not printed.
    pub removed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteView {
    pub seq: u64,
    /// The note, verbatim.
    pub text: String,
    /// The language recognised (`ar`), if any.
    pub lang: Option<&'static str>,
    pub dir: &'static str,
    /// `Note de la personne, en arabe`.
    pub label: String,
    /// `à propos des tentatives 3, 4 et 5` or `sur l’ensemble du dossier`.
    pub about: String,
    pub when: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimestampView {
    pub n: u64,
    pub seq: u64,
    pub head: String,
    pub tsa: String,
    pub token: String,
    /// The authority's time, on the clock of the record it certifies.
    pub certified: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeletionView {
    pub seq: u64,
    pub entry: u64,
    pub reason: String,
    pub when: String,
    /// Times the deleted failure had been met.
    pub attempts: u64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleView {
    /// `relais-dossier-2026-12-06-19aca89e1502.zip`.
    pub name: String,
    pub sha256: String,
    pub size: u64,
    pub size_text: String,
}

/// What the letter templates take from the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Letter {
    /// `40 tentatives sur 21 jours distincts, du lundi 16 novembre 2026 au dimanche 6 décembre 2026`.
    pub counted: String,
    /// `40 fois, sur 21 jours différents, du lundi 16 novembre 2026 au dimanche 6 décembre 2026,
    /// à des heures différentes`.
    pub tried: String,
    /// The procedure in words, if one was recognised: `titre de séjour`.
    pub procedure: Option<String>,
    /// Where: `www.seine-saint-denis.gouv.fr`.
    pub site: String,
    /// `À chaque fois, le site a affiché : « … »` (or the answers and their counts), with its
    /// final point.
    pub answer: String,
    /// One line per day: `lundi 16 novembre 2026 : à 07 h 56, à 13 h 02 et à 22 h 40`.
    pub days: Vec<String>,
    /// `des heures variées, de 00 h 40 à 23 h 10, la nuit, le matin…`.
    pub hours: String,
}

/// Who asks for a dossier, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierInput<'a> {
    /// The moment it is made (the printing computer's clock).
    pub printed: When,
    /// The person's language (`ar`), to name the language of their notes.
    pub person_lang: Option<&'a str>,
}

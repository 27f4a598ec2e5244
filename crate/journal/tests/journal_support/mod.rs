//! Shared by the journal tests: deterministic journals, captures and bundle surgery.
#![allow(dead_code)]

use relais_journal::*;
use std::collections::BTreeMap;

/// 2024-11-02T21:14:03.120Z
pub const T0: i64 = 1_730_582_043_120;
pub const MINUTE: i64 = 60_000;
pub const DAY: i64 = 86_400_000;

pub fn when(utc_ms: i64) -> When {
    When {
        utc_ms,
        offset_minutes: 60,
        time_zone: "Europe/Paris".to_string(),
    }
}

pub const NO_SLOT: &str =
    "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement.";

pub fn no_slot(utc_ms: i64) -> FailureInput {
    FailureInput {
        when: when(utc_ms),
        server_date: Some("Sat, 02 Nov 2024 21:14:03 GMT".to_string()),
        url: "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1?token=8f3a9c2e7b1d4f6a&mail=a%40b.fr".to_string(),
        title: "Prise de rendez-vous - Remise de titre de séjour".to_string(),
        failure: FailureKind::NoSlot,
        message: NO_SLOT.to_string(),
        meaning: Some(Meaning { lang: "en".to_string(), text: "There is no free appointment slot left.".to_string() }),
        extension: "0.1.0".to_string(),
        ..FailureInput::default()
    }
}

pub fn http_503(utc_ms: i64) -> FailureInput {
    FailureInput {
        when: when(utc_ms),
        url: "https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/espace-personnel".to_string(),
        title: "ANEF - Service indisponible".to_string(),
        failure: FailureKind::HttpError,
        http_status: Some(503),
        message: "Service temporairement indisponible".to_string(),
        extension: "0.1.0".to_string(),
        ..FailureInput::default()
    }
}

/// A fake JPEG of `len` bytes, different for each `seed`.
pub fn jpeg(seed: u64, len: usize) -> Vec<u8> {
    let mut out = vec![0xff, 0xd8, 0xff, 0xe0];
    let mut x = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    while out.len() + 2 < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(x as u8);
    }
    out.extend_from_slice(&[0xff, 0xd9]);
    out
}

/// A journal with its capture store.
#[derive(Default)]
pub struct Store {
    pub journal: Journal,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Store {
    pub fn record(&mut self, input: &FailureInput, shot: Option<Vec<u8>>) -> Appended {
        let capture = shot.as_deref().map(|bytes| CaptureInput {
            kind: CaptureKind::Screenshot,
            media_type: "image/jpeg",
            bytes,
        });
        let appended = self
            .journal
            .record_failure(input, capture, DEFAULT_WINDOW_MS)
            .expect("record");
        if let (Some(file), Some(bytes)) = (&appended.capture_file, shot) {
            self.files.insert(file.clone(), bytes);
        }
        appended
    }

    pub fn dom(&mut self, input: &FailureInput, html: &str) -> Appended {
        let capture = CaptureInput {
            kind: CaptureKind::Dom,
            media_type: "text/html",
            bytes: html.as_bytes(),
        };
        let appended = self
            .journal
            .append_entry(input, Some(capture))
            .expect("record");
        self.files.insert(
            appended.capture_file.clone().expect("file"),
            html.as_bytes().to_vec(),
        );
        appended
    }

    pub fn bundle(&self) -> Vec<u8> {
        self.journal
            .export_bundle(|name| self.files.get(name).map(Vec::as_slice))
            .expect("export")
    }
}

/// Six records of every kind: two entries with attempts, a DOM capture, a deletion.
pub fn sample() -> Store {
    let mut s = Store::default();
    s.record(&no_slot(T0), Some(jpeg(1, 3000))); // #1 entry
    s.record(&no_slot(T0 + 2 * MINUTE), Some(jpeg(2, 3000))); // #2 attempt of 1
    s.record(&http_503(T0 + 3 * MINUTE), Some(jpeg(3, 2000))); // #3 entry
    s.record(&no_slot(T0 + 5 * MINUTE), None); // #4 attempt of 1
    s.dom(
        &http_503(T0 + DAY),
        "<div class=\"fr-alert fr-alert--error\"><p>Service temporairement indisponible</p></div>",
    ); // #5
    s.journal
        .delete_entry(
            3,
            "photo shows my file number",
            &when(T0 + 2 * DAY),
            "0.1.0",
        )
        .expect("delete"); // #6
    s.files.retain(|name, _| name != "captures/000003.jpg");
    s
}

/// The files of a ZIP, in order.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    read_zip(bytes).expect("zip")
}

/// A ZIP of these files (journal.json first, as Relais writes it).
pub fn rezip(files: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let mut w = ZipWriter::new(DosTime::EPOCH);
    if let Some(j) = files.get("journal.json") {
        w.add("journal.json", j).expect("add");
    }
    for (name, bytes) in files.iter().filter(|(n, _)| *n != "journal.json") {
        w.add(name, bytes).expect("add");
    }
    w.finish().expect("finish")
}

/// The lines of `journal.json` and the index of each record's line (record i+1 at `lines[at[i]]`).
pub fn record_lines(json: &str) -> (Vec<String>, Vec<usize>) {
    let lines: Vec<String> = json.lines().map(str::to_string).collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("\"records\":["))
        .expect("records line")
        + 1;
    let at = (start..lines.len() - 1).collect();
    (lines, at)
}

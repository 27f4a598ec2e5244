//! The dossier a judge reads: the journal as a French court document. Every word, date and
//! figure of it is decided here, in French, whatever the person's language: the period, the
//! number of attempts and of distinct days, whether the answer was always the same, at which
//! hours the person tried (a grid of days × hours), the server's own dates, the trusted
//! timestamps, each attempt with its time and time zone, the portal's message verbatim, the
//! addresses (an annex), the captures with their hashes, and the person's notes verbatim, in
//! their own language, named as such. The meanings in the person's language are left out: they
//! are the person's view (the journal page), not evidence.
//!
//! The page (`extension/pages/dossier/`) lays this out on A4 sheets; the letter templates take
//! their list of attempts from [`Letter`].

mod calendar;
mod lang;
mod letter;
mod view;
mod words;

use calendar::{grid, hours_text, server_dates};
use letter::letter;
pub use view::*;

pub use lang::{note_language, NoteLanguage};
pub use words::{failure as failure_words, language as language_name, portal_long, portal_short};

use crate::french::{self, Clock};
use crate::{sha256_hex, Entry, FailureKind, Journal, Moment, Record};
use std::collections::{BTreeMap, BTreeSet};

/// The longest calendar grid, in days (two years); a longer period shows its first days.
pub const MAX_GRID_DAYS: i64 = 731;

/// A counted or deleted failure, with its clock.
struct Met<'a> {
    record: &'a Record,
    entry: &'a Entry,
    time: &'a Moment,
    clock: Option<Clock<'a>>,
    server_date: Option<&'a String>,
    deleted: bool,
}

impl Journal {
    /// The dossier of this journal, in French. `file(name)` gives the bytes kept under a
    /// capture's or a token's file name (to know which captures are here, read the trusted
    /// timestamps' times and make the ZIP the dossier names).
    pub fn dossier<'a>(
        &self,
        input: &DossierInput,
        file: impl Fn(&str) -> Option<&'a [u8]>,
    ) -> Dossier {
        build(self, input, &file)
    }
}

fn clock_text(m: &Moment) -> String {
    Clock::of(m).map_or_else(|| m.utc.clone(), Clock::full)
}

fn build<'a>(
    journal: &Journal,
    input: &DossierInput,
    file: &dyn Fn(&str) -> Option<&'a [u8]>,
) -> Dossier {
    let records = journal.records();
    let entry_of = |seq: u64| -> Option<&Entry> {
        match usize::try_from(seq)
            .ok()
            .and_then(|s| s.checked_sub(1))
            .and_then(|i| records.get(i))
        {
            Some(Record::Entry(e)) => Some(e),
            _ => None,
        }
    };
    let deletion_of: BTreeMap<u64, &crate::Deletion> = records
        .iter()
        .filter_map(|r| match r {
            Record::Deletion(d) => Some((d.entry, d)),
            _ => None,
        })
        .collect();

    let mut met: Vec<Met> = Vec::new();
    for r in records {
        let (time, server_date) = match r {
            Record::Entry(e) => (&e.time, e.server_date.as_ref()),
            Record::Attempt(a) => (&a.time, a.server_date.as_ref()),
            _ => continue,
        };
        let Some(entry) = entry_of(r.entry_seq()) else {
            continue;
        };
        met.push(Met {
            record: r,
            entry,
            time,
            clock: Clock::of(time),
            server_date,
            deleted: journal.is_deleted(r.entry_seq()),
        });
    }
    let counted: Vec<&Met> = met.iter().filter(|m| !m.deleted).collect();
    let person = input.person_lang.map(str::to_string).or_else(|| {
        // The language the meanings were shown in, most often.
        let mut langs: BTreeMap<&str, usize> = BTreeMap::new();
        for m in &met {
            if let Some(l) = &m.entry.meaning {
                *langs.entry(l.lang.as_str()).or_default() += 1;
            }
        }
        langs
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(l, _)| l.to_string())
    });
    let person_lang = person.as_deref();

    // Numbers of the attempts counted, by record seq.
    let numbers: BTreeMap<u64, u64> = counted
        .iter()
        .enumerate()
        .map(|(i, m)| (m.record.seq(), i as u64 + 1))
        .collect();

    // Addresses, in order of appearance.
    let mut addresses: Vec<Address> = Vec::new();
    let mut address_of = |e: &Entry| -> u64 {
        if let Some(a) = addresses.iter().find(|a| a.url == e.url) {
            return a.n;
        }
        let n = addresses.len() as u64 + 1;
        addresses.push(Address {
            n,
            url: e.url.clone(),
            title: e.title.clone(),
        });
        n
    };

    // Notes, by the entry they are about.
    let mut notes_of: BTreeMap<u64, Vec<u64>> = BTreeMap::new();
    for r in records {
        if let Record::Note(n) = r {
            notes_of
                .entry(n.entry.unwrap_or(0))
                .or_default()
                .push(n.seq);
        }
    }

    let mut rows = Vec::new();
    let mut captures = Vec::new();
    let mut noted: BTreeSet<u64> = BTreeSet::new();
    for m in &met {
        let seq = m.record.seq();
        let e = m.entry;
        let number = numbers.get(&seq).copied();
        let deleted = m.deleted.then(|| {
            deletion_of.get(&e.seq).map_or_else(
                || "entrée supprimée par la personne".to_string(),
                |d| {
                    format!(
                        "entrée supprimée par la personne le {} ; {} ; non comptée",
                        clock_text(&d.time),
                        reason(&d.reason, person_lang)
                    )
                },
            )
        });
        let (server, server_raw) = match m.server_date {
            Some(raw) => {
                let text = match (french::parse_http_date(raw), m.clock) {
                    (Some(ms), Some(c)) => {
                        let s = c.at(ms);
                        Some(if s.day() == c.day() {
                            s.time()
                        } else {
                            format!("{} à {}", s.date(), s.time())
                        })
                    }
                    _ => None,
                };
                (text, Some(raw.clone()))
            }
            None => (None, None),
        };
        let notes = if noted.insert(e.seq) {
            notes_of.get(&e.seq).cloned().unwrap_or_default()
        } else {
            Vec::new()
        };
        let capture = m.record.capture();
        rows.push(Row {
            number,
            seq,
            entry: e.seq,
            when: m.clock.map_or_else(|| m.time.utc.clone(), Clock::full),
            date: m.clock.map_or_else(|| m.time.utc.clone(), Clock::date),
            time: m.clock.map_or_else(String::new, Clock::time),
            zone: m.clock.map_or_else(String::new, Clock::zone),
            server,
            server_raw,
            portal: portal_short(&e.portal),
            failure: failure_words(e.failure, e.http_status),
            message: if reported(e) {
                String::new()
            } else {
                e.message.clone()
            },
            address: address_of(e),
            capture: capture.map(|_| seq),
            deleted: deleted.clone(),
            notes,
        });
        if let Some(c) = capture {
            let present = !m.deleted && file(&c.file).is_some_and(|b| sha256_hex(b) == c.sha256);
            captures.push(CaptureView {
                seq,
                number,
                kind: match c.kind {
                    crate::CaptureKind::Screenshot => "screenshot",
                    crate::CaptureKind::Dom => "dom",
                },
                kind_text: words::capture_kind(c.kind, &c.media_type),
                media_type: c.media_type.clone(),
                file: c.file.clone(),
                sha256: c.sha256.clone(),
                size: c.size,
                size_text: french::bytes(c.size),
                when: m.clock.map_or_else(|| m.time.utc.clone(), Clock::full),
                present,
                removed: deleted.map(|d| {
                    format!("Capture retirée du dossier : {d}. Son empreinte reste dans la chaîne.")
                }),
            });
        }
    }

    // Portals.
    let mut portals: Vec<PortalView> = Vec::new();
    for m in &counted {
        let e = m.entry;
        let i = match portals.iter().position(|p| p.id == e.portal) {
            Some(i) => i,
            None => {
                portals.push(PortalView {
                    id: e.portal.clone(),
                    name: portal_long(&e.portal),
                    short: portal_short(&e.portal),
                    hosts: Vec::new(),
                    procedures: Vec::new(),
                    titles: Vec::new(),
                    attempts: 0,
                });
                portals.len() - 1
            }
        };
        let p = &mut portals[i];
        p.attempts += 1;
        let host = host_of(&e.url);
        if !host.is_empty() && !p.hosts.contains(&host) {
            p.hosts.push(host);
        }
        if let Some(proc_) = e.procedure.as_deref().map(words::procedure) {
            if !p.procedures.contains(&proc_) {
                p.procedures.push(proc_);
            }
        }
        if !e.title.is_empty() && !p.titles.contains(&e.title) && p.titles.len() < 5 {
            p.titles.push(e.title.clone());
        }
    }
    portals.sort_by_key(|p| std::cmp::Reverse(p.attempts));

    // Answers: failure kind, status and message.
    let mut answers: Vec<AnswerView> = Vec::new();
    let mut answer_keys: Vec<(String, FailureKind, Option<u16>, String)> = Vec::new();
    for m in &counted {
        let e = m.entry;
        let key = (
            e.portal.clone(),
            e.failure,
            e.http_status,
            e.message.clone(),
        );
        match answer_keys.iter().position(|k| *k == key) {
            Some(i) => answers[i].attempts += 1,
            None => {
                answer_keys.push(key);
                answers.push(AnswerView {
                    portal: portal_short(&e.portal),
                    failure: failure_words(e.failure, e.http_status),
                    message: if reported(e) {
                        String::new()
                    } else {
                        e.message.clone()
                    },
                    reported: reported(e),
                    attempts: 1,
                });
            }
        }
    }
    answers.sort_by_key(|a| std::cmp::Reverse(a.attempts));
    let same_answer = answers.len() == 1;

    // Days and hours on each attempt's own clock.
    let clocks: Vec<Clock> = counted.iter().filter_map(|m| m.clock).collect();
    let days: BTreeSet<i64> = clocks.iter().map(|c| c.day()).collect();
    let (first, last) = (
        counted
            .iter()
            .filter_map(|m| m.clock)
            .min_by_key(|c| c.utc_ms),
        counted
            .iter()
            .filter_map(|m| m.clock)
            .max_by_key(|c| c.utc_ms),
    );
    let span_days = match (days.first(), days.last()) {
        (Some(a), Some(b)) => (b - a + 1) as u64,
        _ => 0,
    };
    let zones: BTreeSet<String> = clocks.iter().map(|c| c.zone()).collect();
    let zone = (zones.len() == 1)
        .then(|| zones.iter().next().cloned())
        .flatten();

    let grid = grid(&clocks, &days);

    // Notes.
    let mut notes = Vec::new();
    for r in records {
        let Record::Note(n) = r else { continue };
        let l = note_language(&n.text, person_lang);
        let label = match &l.phrase {
            Some(p) => format!("Note de la personne, {p}"),
            None => "Note de la personne (langue non reconnue par Relais)".to_string(),
        };
        let about = match n.entry {
            None => "sur l’ensemble du dossier".to_string(),
            Some(e) => {
                let nums: Vec<u64> = met
                    .iter()
                    .filter(|m| m.entry.seq == e)
                    .filter_map(|m| numbers.get(&m.record.seq()).copied())
                    .collect();
                match nums.as_slice() {
                    [] => format!("à propos de l’enregistrement n° {e}"),
                    [one] => format!("à propos de la tentative {one}"),
                    many => format!(
                        "à propos des tentatives {}",
                        french::and_list(&many.iter().map(u64::to_string).collect::<Vec<_>>())
                    ),
                }
            }
        };
        notes.push(NoteView {
            seq: n.seq,
            text: n.text.clone(),
            lang: l.code,
            dir: l.dir,
            label,
            about,
            when: clock_text(&n.time),
        });
    }

    // Trusted timestamps.
    let timestamps: Vec<TimestampView> = journal
        .timestamps()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let n = i as u64 + 1;
            let clock = usize::try_from(t.seq)
                .ok()
                .and_then(|s| s.checked_sub(1))
                .and_then(|i| records.get(i))
                .and_then(|r| Clock::of(r.time()));
            let certified = file(&t.token)
                .and_then(|b| crate::read_token(b).ok())
                .and_then(|info| french::parse_utc_seconds(&info.gen_time))
                .and_then(|ms| clock.map(|c| c.at(ms).full()));
            // The head needs no second printing of its hash.
            let which = if t.head == journal.head() {
                format!("l’enregistrement n° {}, la tête de chaîne,", t.seq)
            } else {
                format!("l’enregistrement n° {} (empreinte {})", t.seq, t.head)
            };
            let text = match &certified {
                Some(when) => format!(
                    "{which} existait au plus tard le {when}, selon l’autorité d’horodatage {} (jeton {})",
                    t.tsa, t.token
                ),
                None => format!(
                    "{which} a été horodaté par l’autorité {} (jeton {}, qui n’a pas pu être lu sur cet ordinateur)",
                    t.tsa, t.token
                ),
            };
            TimestampView {
                n,
                seq: t.seq,
                head: t.head.clone(),
                tsa: t.tsa.clone(),
                token: t.token.clone(),
                certified,
                text,
            }
        })
        .collect();

    // Deletions.
    let deletions: Vec<DeletionView> = records
        .iter()
        .filter_map(|r| match r {
            Record::Deletion(d) => Some(d),
            _ => None,
        })
        .map(|d| {
            let attempts = met.iter().filter(|m| m.entry.seq == d.entry).count() as u64;
            let when = clock_text(&d.time);
            DeletionView {
                seq: d.seq,
                entry: d.entry,
                reason: d.reason.clone(),
                text: format!(
                    "l’échec enregistré sous le n° {} ({}) a été supprimé par la personne le {when} ; {}. Il n’est pas compté ; ses captures sont retirées du fichier ZIP, leurs empreintes restent dans la chaîne.",
                    d.entry,
                    french::count(attempts, "fois", "fois"),
                    reason(&d.reason, person_lang)
                ),
                when,
                attempts,
            }
        })
        .collect();

    // The ZIP.
    let (bundle, bundle_problem) = if journal.is_empty() {
        (None, None)
    } else {
        match journal.export_bundle(file) {
            Ok(zip) => {
                let day = journal
                    .records()
                    .last()
                    .map(|r| r.time().local_date().to_string())
                    .unwrap_or_default();
                (
                    Some(BundleView {
                        name: format!("relais-dossier-{day}-{}.zip", &journal.head()[..12]),
                        sha256: sha256_hex(&zip),
                        size: zip.len() as u64,
                        size_text: french::bytes(zip.len() as u64),
                    }),
                    None,
                )
            }
            Err(e) => (
                None,
                Some(format!(
                    "le fichier ZIP de ce dossier ne peut pas être recréé sur cet ordinateur ({e})"
                )),
            ),
        }
    };

    let server = server_dates(&counted);
    let hours = hours_text(&clocks);
    let attempts = counted.len() as u64;
    let period = match (first, last) {
        (Some(a), Some(b)) if a.day() == b.day() => format!("le {}", a.date()),
        (Some(a), Some(b)) => format!("du {} au {}", a.date(), b.date()),
        _ => String::new(),
    };
    let printed = input.printed.moment().ok();
    let printed_clock = printed.as_ref().and_then(Clock::of);

    let mut facts = Vec::new();
    let fact = |id, label: &str, text: String| Fact {
        id,
        label: label.to_string(),
        text,
    };
    facts.push(fact(
        "procedure",
        "Démarche et portail",
        if portals.is_empty() {
            "aucun échec enregistré".to_string()
        } else {
            french::and_list(
                &portals
                    .iter()
                    .map(|p| {
                        let procs = if p.procedures.is_empty() {
                            String::new()
                        } else {
                            format!("{} — ", french::and_list(&p.procedures))
                        };
                        let hosts = if p.hosts.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", p.hosts.join(", "))
                        };
                        let n = if portals.len() > 1 {
                            format!(
                                " : {}",
                                french::count(p.attempts, "tentative", "tentatives")
                            )
                        } else {
                            String::new()
                        };
                        format!("{procs}{}{hosts}{n}", p.name)
                    })
                    .collect::<Vec<_>>(),
            )
        },
    ));
    if let (Some(a), Some(b)) = (first, last) {
        facts.push(fact(
            "period",
            "Période couverte",
            format!(
                "du {} au {}, soit {}",
                a.full_minutes(),
                b.full_minutes(),
                french::count(span_days, "jour calendaire", "jours calendaires")
            ),
        ));
    }
    facts.push(fact(
        "attempts",
        "Tentatives",
        if attempts == 0 {
            "aucune tentative enregistrée".to_string()
        } else {
            format!(
                "{} {}",
                french::count(attempts, "tentative", "tentatives"),
                on_days(days.len() as u64)
            )
        },
    ));
    if attempts > 0 {
        facts.push(fact(
            "answer",
            "Réponse du portail",
            if same_answer {
                format!(
                    "la même à {} — {}",
                    if attempts == 1 {
                        "l’unique tentative".to_string()
                    } else {
                        format!("chacune des {} tentatives", french::number(attempts))
                    },
                    answer_text(&answers[0])
                )
            } else {
                format!(
                    "{} réponses différentes : {}",
                    answers.len(),
                    answers
                        .iter()
                        .map(|a| format!(
                            "{} ({})",
                            answer_text(a),
                            french::count(a.attempts, "fois", "fois")
                        ))
                        .collect::<Vec<_>>()
                        .join(" ; ")
                )
            },
        ));
        facts.push(fact("hours", "Heures des tentatives", hours.clone()));
        facts.push(fact("server", "Dates données par le serveur", server));
    }
    facts.push(fact(
        "timestamps",
        "Horodatages certifiés",
        if timestamps.is_empty() {
            "aucun : les heures sont celles de l’horloge de l’ordinateur (et, quand elle est connue, la date donnée par le serveur du portail)".to_string()
        } else {
            timestamps
                .iter()
                .map(|t| format!("n° {} : {}", t.n, t.text))
                .collect::<Vec<_>>()
                .join(" ; ")
        },
    ));
    if !deletions.is_empty() {
        // Deletions of one day for one reason go together.
        let mut groups: Vec<(String, String, Vec<String>)> = Vec::new();
        for d in &deletions {
            let day = records
                .get(d.seq as usize - 1)
                .and_then(|r| Clock::of(r.time()))
                .map_or_else(String::new, Clock::date);
            let why = reason(&d.reason, person_lang);
            match groups.iter_mut().find(|(a, b, _)| *a == day && *b == why) {
                Some((_, _, entries)) => entries.push(format!("n° {}", d.entry)),
                None => groups.push((day, why, vec![format!("n° {}", d.entry)])),
            }
        }
        facts.push(fact(
            "deletions",
            "Suppressions",
            format!(
                "{} par la personne, non {} : {}. {} captures ne sont pas dans le fichier ZIP ; leurs empreintes restent dans la chaîne.",
                french::count(deletions.len() as u64, "échec supprimé", "échecs supprimés"),
                if deletions.len() > 1 { "comptés" } else { "compté" },
                groups
                    .iter()
                    .map(|(day, why, entries)| format!(
                        "{}, le {day}, {why}",
                        french::and_list(entries)
                    ))
                    .collect::<Vec<_>>()
                    .join(" ; "),
                if deletions.len() > 1 { "Leurs" } else { "Ses" }
            ),
        ));
    }
    facts.push(fact(
        "head",
        "Empreinte de la tête de chaîne",
        format!(
            "{} ({} chaînés, SHA-256 du dernier)",
            journal.head(),
            french::count(journal.len() as u64, "enregistrement", "enregistrements")
        ),
    ));

    // The letter.
    let letter = letter(
        &counted,
        &answers,
        same_answer,
        &portals,
        &period,
        &hours,
        days.len() as u64,
    );

    Dossier {
        printed: printed_clock.map_or_else(String::new, Clock::full_minutes),
        printed_date: printed_clock
            .map_or_else(String::new, |c| french::date_without_weekday(c.day())),
        attempts,
        days: days.len() as u64,
        span_days,
        facts,
        portals,
        same_answer,
        answers,
        zone,
        grid,
        rows,
        addresses,
        captures,
        notes,
        timestamps,
        deletions,
        records: journal.len() as u64,
        head: journal.head().to_string(),
        bundle,
        bundle_problem,
        letter,
    }
}

/// The reason a person gave for a deletion, their own words: `motif donné par la personne :
/// « doublon »`, with its language named when it is not French.
fn reason(text: &str, person: Option<&str>) -> String {
    match note_language(text, person) {
        NoteLanguage {
            code: Some("fr"), ..
        }
        | NoteLanguage { phrase: None, .. } => {
            format!("motif donné par la personne : « {text} »")
        }
        NoteLanguage {
            phrase: Some(p), ..
        } => format!("motif donné par la personne, {p} : « {text} »"),
    }
}

/// A sentence with its final point, unless it ends with a quotation that has its own
/// (`« Veuillez recommencer ultérieurement. »`).
fn end_sentence(s: &str) -> String {
    let quoted_end = s
        .strip_suffix('»')
        .map(|r| r.trim_end_matches([' ', '\u{a0}']))
        .is_some_and(|r| r.ends_with(['.', '!', '?', '…']));
    if s.is_empty() || quoted_end || s.ends_with(['.', '!', '?', '…']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn answer_key(e: &Entry) -> (FailureKind, Option<u16>, &str) {
    (e.failure, e.http_status, e.message.as_str())
}

/// A failure the person reported themselves: its message is not the portal's.
fn reported(e: &Entry) -> bool {
    e.failure == FailureKind::Other && e.message == crate::REPORTED_MESSAGE
}

/// `aucun créneau libre : « Il n'existe plus… »`; a reported blocking has no message.
fn answer_text(a: &AnswerView) -> String {
    if a.reported {
        format!("{}, sans message du portail", a.failure)
    } else {
        format!("{} : « {} »", a.failure, a.message)
    }
}

/// `sur 21 jours distincts`, `sur un seul jour`.
fn on_days(days: u64) -> String {
    if days > 1 {
        format!("sur {} distincts", french::count(days, "jour", "jours"))
    } else {
        "sur un seul jour".to_string()
    }
}

fn host_of(url: &str) -> String {
    let after = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = after.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    host.split(':').next().unwrap_or("").to_ascii_lowercase()
}

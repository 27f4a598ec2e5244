//! The dossier's figures: "41 attempts between 2 and 23 November on the préfecture's booking
//! module, all answered 'no free slot'". Pure data; the extension renders it in the person's
//! language. Deleted entries and their attempts are left out.

use super::{portal_name, FailureKind, Journal, Meaning, Moment, Record};
use serde::Serialize;
use std::collections::BTreeMap;

/// Figures over the whole journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Times a failure was met (entries and their attempts).
    pub attempts: u64,
    pub entries: u64,
    pub deletions: u64,
    pub first: Option<Moment>,
    pub last: Option<Moment>,
    /// Attempts per day, on the person's clock, all portals together.
    pub per_day: Vec<DaySummary>,
    /// One per portal, most attempts first.
    pub portals: Vec<PortalSummary>,
}

/// Figures for one portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PortalSummary {
    pub portal: String,
    /// Readable name of the portal.
    pub name: String,
    /// The procedures seen on it.
    pub procedures: Vec<String>,
    pub attempts: u64,
    pub first: Moment,
    pub last: Moment,
    /// The failure kind of every attempt, if they were all the same ("all answered …").
    pub only_failure: Option<FailureKind>,
    /// One per failure kind (and HTTP status), most attempts first.
    pub failures: Vec<FailureSummary>,
    pub per_day: Vec<DaySummary>,
}

/// Figures for one failure kind on one portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FailureSummary {
    pub failure: FailureKind,
    pub http_status: Option<u16>,
    pub attempts: u64,
    pub first: Moment,
    pub last: Moment,
    /// The French messages shown, most frequent first.
    pub messages: Vec<MessageSummary>,
}

/// One French message and how often it was shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageSummary {
    pub message: String,
    pub meaning: Option<Meaning>,
    pub attempts: u64,
}

/// Attempts on one day (`2024-11-02`, the person's clock).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DaySummary {
    pub date: String,
    pub attempts: u64,
}

impl Summary {
    /// One English sentence per portal, for the command line:
    /// `41 attempts between 2024-11-02 and 2024-11-23 on préfecture …, all answered no-slot`.
    pub fn sentences(&self) -> Vec<String> {
        self.portals
            .iter()
            .map(|p| {
                let all = match p.only_failure {
                    Some(f) => {
                        let msg = p
                            .failures
                            .first()
                            .and_then(|f| f.messages.first())
                            .filter(|_| p.failures.first().is_some_and(|f| f.messages.len() == 1));
                        match msg {
                            Some(m) => format!(
                                ", all answered {} (\u{ab}\u{a0}{}\u{a0}\u{bb})",
                                f.as_str(),
                                m.message
                            ),
                            None => format!(", all answered {}", f.as_str()),
                        }
                    }
                    None => {
                        let kinds: Vec<String> = p
                            .failures
                            .iter()
                            .map(|f| format!("{} {}", f.attempts, f.failure.as_str()))
                            .collect();
                        format!(": {}", kinds.join(", "))
                    }
                };
                let (plural, all) = if p.attempts == 1 {
                    ("attempt", all.replacen(", all answered", ", answered", 1))
                } else {
                    ("attempts", all)
                };
                let (first, last) = (p.first.local_date(), p.last.local_date());
                let dates = if first == last {
                    format!("on {first}")
                } else {
                    format!("between {first} and {last}")
                };
                format!("{} {plural} {dates} on {}{all}", p.attempts, p.name)
            })
            .collect()
    }
}

fn earlier(a: &Moment, b: &Moment) -> bool {
    match (a.utc_ms(), b.utc_ms()) {
        (Some(x), Some(y)) => x < y,
        _ => a.utc < b.utc,
    }
}

pub(super) fn summarize(journal: &Journal) -> Summary {
    let mut s = Summary::default();
    // portal -> (procedures, failures -> (first, last, count, messages), days)
    struct Acc {
        procedures: Vec<String>,
        attempts: u64,
        first: Moment,
        last: Moment,
        failures: BTreeMap<(FailureKind, Option<u16>), FailureSummary>,
        days: BTreeMap<String, u64>,
    }
    let mut portals: BTreeMap<String, Acc> = BTreeMap::new();
    let mut days: BTreeMap<String, u64> = BTreeMap::new();
    let records = journal.records();
    for r in records {
        if let Record::Deletion(_) = r {
            s.deletions += 1;
            continue;
        }
        if !r.is_failure() {
            continue;
        }
        if journal.is_deleted(r.entry_seq()) {
            continue;
        }
        let entry = match usize::try_from(r.entry_seq())
            .ok()
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| records.get(i))
        {
            Some(Record::Entry(e)) => e,
            _ => continue,
        };
        if matches!(r, Record::Entry(_)) {
            s.entries += 1;
        }
        s.attempts += 1;
        let t = r.time();
        if s.first.as_ref().is_none_or_later_than(t) {
            s.first = Some(t.clone());
        }
        if s.last.as_ref().is_none_or_earlier_than(t) {
            s.last = Some(t.clone());
        }
        *days.entry(t.local_date().to_string()).or_default() += 1;

        let acc = portals.entry(entry.portal.clone()).or_insert_with(|| Acc {
            procedures: Vec::new(),
            attempts: 0,
            first: t.clone(),
            last: t.clone(),
            failures: BTreeMap::new(),
            days: BTreeMap::new(),
        });
        if let Some(p) = &entry.procedure {
            if !acc.procedures.contains(p) {
                acc.procedures.push(p.clone());
            }
        }
        acc.attempts += 1;
        if earlier(t, &acc.first) {
            acc.first = t.clone();
        }
        if earlier(&acc.last, t) {
            acc.last = t.clone();
        }
        *acc.days.entry(t.local_date().to_string()).or_default() += 1;
        let f = acc
            .failures
            .entry((entry.failure, entry.http_status))
            .or_insert_with(|| FailureSummary {
                failure: entry.failure,
                http_status: entry.http_status,
                attempts: 0,
                first: t.clone(),
                last: t.clone(),
                messages: Vec::new(),
            });
        f.attempts += 1;
        if earlier(t, &f.first) {
            f.first = t.clone();
        }
        if earlier(&f.last, t) {
            f.last = t.clone();
        }
        match f.messages.iter_mut().find(|m| m.message == entry.message) {
            Some(m) => m.attempts += 1,
            None => f.messages.push(MessageSummary {
                message: entry.message.clone(),
                meaning: entry.meaning.clone(),
                attempts: 1,
            }),
        }
    }
    s.per_day = to_days(days);
    s.portals = portals
        .into_iter()
        .map(|(portal, acc)| {
            let mut failures: Vec<FailureSummary> = acc.failures.into_values().collect();
            for f in &mut failures {
                f.messages.sort_by_key(|m| std::cmp::Reverse(m.attempts));
            }
            failures.sort_by_key(|f| std::cmp::Reverse(f.attempts));
            let only_failure = match failures.as_slice() {
                [one] => Some(one.failure),
                _ => None,
            };
            PortalSummary {
                name: portal_name(&portal),
                portal,
                procedures: acc.procedures,
                attempts: acc.attempts,
                first: acc.first,
                last: acc.last,
                only_failure,
                failures,
                per_day: to_days(acc.days),
            }
        })
        .collect();
    s.portals.sort_by_key(|p| std::cmp::Reverse(p.attempts));
    s
}

fn to_days(days: BTreeMap<String, u64>) -> Vec<DaySummary> {
    days.into_iter()
        .map(|(date, attempts)| DaySummary { date, attempts })
        .collect()
}

trait Compare {
    fn is_none_or_later_than(&self, t: &Moment) -> bool;
    fn is_none_or_earlier_than(&self, t: &Moment) -> bool;
}

impl Compare for Option<&Moment> {
    fn is_none_or_later_than(&self, t: &Moment) -> bool {
        self.is_none() || self.is_some_and(|m| earlier(t, m))
    }
    fn is_none_or_earlier_than(&self, t: &Moment) -> bool {
        self.is_none() || self.is_some_and(|m| earlier(m, t))
    }
}

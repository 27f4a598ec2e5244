//! The dossier's figures: "41 attempts between 2 and 23 November on the préfecture's booking
//! module, all answered 'no free slot'". Pure data; the extension renders it in the person's
//! language. Deleted entries and their attempts are left out.

use super::{portal_name, FailureKind, Journal, Meaning, Moment, Record};
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

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
    /// The French messages shown, most frequent first (those met as often: first met first).
    pub messages: Vec<MessageSummary>,
    /// Messages left out of `messages` (a summary asked for with a cap: the journal page's);
    /// 0, and not written, in a full summary.
    #[serde(skip_serializing_if = "is_zero")]
    pub messages_omitted: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
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

/// The figures recomputed from every record, the plain way: the reference that [`Tally`] must
/// always agree with (the tests compare them after every kind of change). Its cost grows with
/// the records times each failure's distinct messages.
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
                messages_omitted: 0,
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
    s.per_day = to_days(&days);
    s.portals = portals
        .into_iter()
        .map(|(portal, acc)| {
            let mut failures: Vec<FailureSummary> = acc.failures.into_values().collect();
            for f in &mut failures {
                f.messages.sort_by_key(|m| Reverse(m.attempts));
            }
            failures.sort_by_key(|f| Reverse(f.attempts));
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
                per_day: to_days(&acc.days),
            }
        })
        .collect();
    s.portals.sort_by_key(|p| Reverse(p.attempts));
    s
}

/// The dossier's figures kept up to date record by record, so that reading them does not go
/// over the journal again: [`Journal`] feeds it each record it appends ([`Tally::observe`]) and
/// builds it anew only when a deletion takes an entry's attempts out. Reading it costs what its
/// result holds (portals, failures, days, messages), never the number of records; a failure's
/// messages are kept ranked (most frequent first, then in the order they were first met), so
/// that the first few are read without sorting them all.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Tally {
    attempts: u64,
    entries: u64,
    deletions: u64,
    first: Option<Moment>,
    last: Option<Moment>,
    days: BTreeMap<String, u64>,
    portals: BTreeMap<String, PortalTally>,
}

#[derive(Debug, Clone, PartialEq)]
struct PortalTally {
    procedures: Vec<String>,
    attempts: u64,
    first: Moment,
    last: Moment,
    failures: BTreeMap<(FailureKind, Option<u16>), FailureTally>,
    days: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq)]
struct FailureTally {
    attempts: u64,
    first: Moment,
    last: Moment,
    /// Each distinct message, in the order it was first met.
    messages: Vec<MessageSummary>,
    /// message -> its place in `messages`.
    index: BTreeMap<String, usize>,
    /// (most attempts first, then first met first) -> place in `messages`.
    ranked: BTreeSet<(Reverse<u64>, usize)>,
}

impl Tally {
    /// Counts record `r` (of `records`, the journal it belongs to, `r` included). A deletion is
    /// counted as such; an entry or attempt of a deleted entry (`deleted(entry)`) is left out, as
    /// are notes.
    pub(super) fn observe(
        &mut self,
        r: &Record,
        records: &[Record],
        deleted: impl Fn(u64) -> bool,
    ) {
        if let Record::Deletion(_) = r {
            self.deletions += 1;
            return;
        }
        if !r.is_failure() || deleted(r.entry_seq()) {
            return;
        }
        let entry = match usize::try_from(r.entry_seq())
            .ok()
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| records.get(i))
        {
            Some(Record::Entry(e)) => e,
            _ => return,
        };
        if matches!(r, Record::Entry(_)) {
            self.entries += 1;
        }
        self.attempts += 1;
        let t = r.time();
        if self.first.as_ref().is_none_or_later_than(t) {
            self.first = Some(t.clone());
        }
        if self.last.as_ref().is_none_or_earlier_than(t) {
            self.last = Some(t.clone());
        }
        *self.days.entry(t.local_date().to_string()).or_default() += 1;

        let acc = self
            .portals
            .entry(entry.portal.clone())
            .or_insert_with(|| PortalTally {
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
            .or_insert_with(|| FailureTally {
                attempts: 0,
                first: t.clone(),
                last: t.clone(),
                messages: Vec::new(),
                index: BTreeMap::new(),
                ranked: BTreeSet::new(),
            });
        f.attempts += 1;
        if earlier(t, &f.first) {
            f.first = t.clone();
        }
        if earlier(&f.last, t) {
            f.last = t.clone();
        }
        match f.index.get(&entry.message) {
            Some(&i) => {
                let m = &mut f.messages[i];
                f.ranked.remove(&(Reverse(m.attempts), i));
                m.attempts += 1;
                f.ranked.insert((Reverse(m.attempts), i));
            }
            None => {
                let i = f.messages.len();
                f.messages.push(MessageSummary {
                    message: entry.message.clone(),
                    meaning: entry.meaning.clone(),
                    attempts: 1,
                });
                f.index.insert(entry.message.clone(), i);
                f.ranked.insert((Reverse(1), i));
            }
        }
    }

    /// The figures. With `max_messages`, each failure lists at most that many of its messages
    /// (the most frequent) and counts the others in `messages_omitted`.
    pub(super) fn summary(&self, max_messages: Option<usize>) -> Summary {
        let mut portals: Vec<PortalSummary> = self
            .portals
            .iter()
            .map(|(portal, acc)| {
                let mut failures: Vec<FailureSummary> = acc
                    .failures
                    .iter()
                    .map(|(&(failure, http_status), f)| {
                        let keep = max_messages.unwrap_or(usize::MAX);
                        FailureSummary {
                            failure,
                            http_status,
                            attempts: f.attempts,
                            first: f.first.clone(),
                            last: f.last.clone(),
                            messages: f
                                .ranked
                                .iter()
                                .take(keep)
                                .map(|&(_, i)| f.messages[i].clone())
                                .collect(),
                            messages_omitted: f.messages.len().saturating_sub(keep) as u64,
                        }
                    })
                    .collect();
                failures.sort_by_key(|f| Reverse(f.attempts));
                let only_failure = match failures.as_slice() {
                    [one] => Some(one.failure),
                    _ => None,
                };
                PortalSummary {
                    name: portal_name(portal),
                    portal: portal.clone(),
                    procedures: acc.procedures.clone(),
                    attempts: acc.attempts,
                    first: acc.first.clone(),
                    last: acc.last.clone(),
                    only_failure,
                    failures,
                    per_day: to_days(&acc.days),
                }
            })
            .collect();
        portals.sort_by_key(|p| Reverse(p.attempts));
        Summary {
            attempts: self.attempts,
            entries: self.entries,
            deletions: self.deletions,
            first: self.first.clone(),
            last: self.last.clone(),
            per_day: to_days(&self.days),
            portals,
        }
    }
}

fn to_days(days: &BTreeMap<String, u64>) -> Vec<DaySummary> {
    days.iter()
        .map(|(date, &attempts)| DaySummary {
            date: date.clone(),
            attempts,
        })
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

//! The letter templates' list of attempts, day by day, from the dossier's counted attempts.

use super::*;

pub(super) fn letter(
    counted: &[&Met],
    answers: &[AnswerView],
    same: bool,
    portals: &[PortalView],
    period: &str,
    hours: &str,
    days: u64,
) -> Letter {
    let mut by_day: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    let mut in_order: Vec<(&Met, Clock)> = counted
        .iter()
        .filter_map(|m| m.clock.map(|c| (*m, c)))
        .collect();
    in_order.sort_by_key(|(_, c)| c.utc_ms);
    // The most frequent answer goes without saying; any other is named after its time.
    let common = counted
        .iter()
        .map(|m| answer_key(m.entry))
        .fold(BTreeMap::new(), |mut acc: BTreeMap<_, u64>, k| {
            *acc.entry(k).or_default() += 1;
            acc
        })
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(k, _)| k);
    for (m, c) in in_order {
        let at = if same || Some(answer_key(m.entry)) == common {
            format!("à {}", c.hour_minute())
        } else {
            format!(
                "à {} ({})",
                c.hour_minute(),
                failure_words(m.entry.failure, m.entry.http_status)
            )
        };
        by_day.entry(c.day()).or_default().push(at);
    }
    let lines = by_day
        .into_iter()
        .map(|(day, times)| {
            format!(
                "{} : {}",
                french::date_of_day(day),
                french::and_list(&times)
            )
        })
        .collect();
    let attempts = counted.len() as u64;
    let shown: Vec<&AnswerView> = answers.iter().filter(|a| !a.reported).collect();
    let reported: u64 = answers
        .iter()
        .filter(|a| a.reported)
        .map(|a| a.attempts)
        .sum();
    let mut answer = match shown.as_slice() {
        [] => String::new(),
        [a] if reported == 0 => format!(
            "{}, le site a affiché : « {} »",
            if attempts == 1 {
                "Cette fois-là"
            } else {
                "À chaque fois"
            },
            a.message
        ),
        [a] => format!(
            "Le site a affiché {} : « {} »",
            french::count(a.attempts, "fois", "fois"),
            a.message
        ),
        many => format!(
            "Le site a affiché : {}",
            many.iter()
                .map(|a| format!(
                    "« {} » ({})",
                    a.message,
                    french::count(a.attempts, "fois", "fois")
                ))
                .collect::<Vec<_>>()
                .join(" ; ")
        ),
    };
    if reported > 0 {
        answer = format!(
            "{}{} signalé moi-même {} dans l’extension, au moment où il se produisait",
            if answer.is_empty() {
                String::new()
            } else {
                format!("{} ", end_sentence(&answer))
            },
            if answer.is_empty() {
                "J’ai"
            } else {
                "J’ai aussi"
            },
            if reported == 1 {
                "un blocage".to_string()
            } else {
                french::count(reported, "blocage", "blocages")
            }
        );
    }
    let answer = end_sentence(&answer);
    let procedure = portals
        .first()
        .and_then(|p| p.procedures.iter().find(|p| *p != "prise de rendez-vous"))
        .cloned();
    Letter {
        counted: format!(
            "{} {}, {period}",
            french::count(attempts, "tentative", "tentatives"),
            on_days(days)
        ),
        tried: {
            let hours: BTreeSet<u32> = counted
                .iter()
                .filter_map(|m| m.clock)
                .map(|c| c.hour())
                .collect();
            let varied = if hours.len() > 1 {
                ", à des heures différentes"
            } else {
                ""
            };
            if days > 1 {
                format!(
                    "{} fois, sur {} différents, {period}{varied}",
                    french::number(attempts),
                    french::count(days, "jour", "jours")
                )
            } else {
                format!("{} fois, {period}{varied}", french::number(attempts))
            }
        },
        procedure,
        site: portals
            .iter()
            .flat_map(|p| p.hosts.iter().cloned())
            .collect::<Vec<_>>()
            .join(", "),
        answer,
        days: lines,
        hours: hours.to_string(),
    }
}

//! When the person tried: the grid of days × hours, the hours in words, the server's own dates.

use super::*;

pub(super) fn grid(clocks: &[Clock], days: &BTreeSet<i64>) -> Grid {
    let (Some(&from), Some(&to)) = (days.first(), days.last()) else {
        return Grid::default();
    };
    let shown_to = to.min(from + MAX_GRID_DAYS - 1);
    let mut rows: Vec<GridRow> = (from..=shown_to)
        .map(|day| {
            let (y, m, d) = crate::time::civil_from_days(day);
            let wd = french::weekday(day);
            GridRow {
                date: format!("{y:04}-{m:02}-{d:02}"),
                label: french::short_date(day),
                long: french::date_of_day(day),
                hours: vec![0; 24],
                total: 0,
                monday: wd == 0,
                weekend: wd >= 5,
            }
        })
        .collect();
    for c in clocks {
        if let Some(row) = usize::try_from(c.day() - from)
            .ok()
            .and_then(|i| rows.get_mut(i))
        {
            row.hours[c.hour() as usize] += 1;
            row.total += 1;
        }
    }
    let max = rows
        .iter()
        .flat_map(|r| r.hours.iter().copied())
        .max()
        .unwrap_or(0);
    Grid {
        rows,
        max,
        left_out: (to - shown_to) as u64,
    }
}

pub(super) fn hours_text(clocks: &[Clock]) -> String {
    if clocks.is_empty() {
        return String::new();
    }
    let hours: BTreeSet<u32> = clocks.iter().map(|c| c.hour()).collect();
    let time_of_day = |c: &Clock| c.utc_ms + c.offset_minutes as i64 * 60_000;
    let earliest = clocks
        .iter()
        .min_by_key(|c| time_of_day(c).rem_euclid(86_400_000));
    let latest = clocks
        .iter()
        .max_by_key(|c| time_of_day(c).rem_euclid(86_400_000));
    let parts = [
        ("la nuit (0 h – 6 h)", 0..6),
        ("le matin (6 h – 12 h)", 6..12),
        ("l’après-midi (12 h – 18 h)", 12..18),
        ("le soir (18 h – 24 h)", 18..24),
    ];
    let counts: Vec<String> = parts
        .iter()
        .map(|(name, range)| {
            let n = clocks.iter().filter(|c| range.contains(&c.hour())).count() as u64;
            format!("{name} : {}", french::number(n))
        })
        .collect();
    let days: BTreeSet<i64> = clocks.iter().map(|c| c.day()).collect();
    let weekend = days.iter().filter(|d| french::weekday(**d) >= 5).count() as u64;
    let range = match (earliest, latest) {
        (Some(a), Some(b)) => format!(", de {} à {}", a.hour_minute(), b.hour_minute()),
        _ => String::new(),
    };
    format!(
        "{} de la journée{range} ; {} ; {} de semaine et {} de week-end",
        french::count(hours.len() as u64, "heure différente", "heures différentes"),
        counts.join(", "),
        french::count(days.len() as u64 - weekend, "jour", "jours"),
        french::count(weekend, "jour", "jours"),
    )
}

pub(super) fn server_dates(counted: &[&Met]) -> String {
    let total = counted.len() as u64;
    let gaps: Vec<i64> = counted
        .iter()
        .filter_map(|m| {
            let server = french::parse_http_date(m.server_date?)?;
            Some(m.clock?.utc_ms - server)
        })
        .collect();
    let known = counted.iter().filter(|m| m.server_date.is_some()).count() as u64;
    if known == 0 {
        return "aucune : le portail n’a pas donné sa propre date pour ces pages".to_string();
    }
    let of = format!(
        "pour {} des {} (en-tête HTTP « Date » de la page, recopié tel quel)",
        french::number(known),
        french::count(total, "tentative", "tentatives")
    );
    match (gaps.iter().min(), gaps.iter().max()) {
        (Some(&lo), Some(&hi)) => {
            let signed = |ms: i64| {
                if ms < 0 {
                    format!("−{}", french::duration(ms))
                } else {
                    french::duration(ms)
                }
            };
            let agree = if lo >= -2_000 && lo == hi {
                format!(
                    "chaque enregistrement suit la date du serveur de {}",
                    signed(lo)
                )
            } else if lo >= -2_000 {
                format!(
                    "chaque enregistrement suit la date du serveur de {} à {}",
                    signed(lo),
                    signed(hi)
                )
            } else {
                format!(
                    "l’écart entre l’horloge de l’ordinateur et la date du serveur va de {} à {} (un écart négatif : l’horloge de l’ordinateur retardait sur celle du serveur)",
                    signed(lo),
                    signed(hi)
                )
            };
            format!("{of} ; {agree}")
        }
        _ => of,
    }
}

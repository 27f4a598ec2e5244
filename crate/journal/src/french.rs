//! Dates, times, numbers and lists written the French way, for the dossier a French court reads:
//! « lundi 7 décembre 2026 à 07 h 56 min 15 s (heure de Paris) ». No time-zone database: every
//! journal time carries its own offset from UTC (`time.local`) and the IANA zone the browser
//! named; the wall-clock time is computed from the offset, and the zone only names it.

use crate::time;
use crate::Moment;

/// A no-break space: between a number and its unit (« 07 h 56 », « 3 412 octets »).
pub const NBSP: char = '\u{a0}';

const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const WEEKDAYS_SHORT: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// A moment on a clock: the wall-clock parts, and the offset and zone that name the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock<'a> {
    /// Unix time, milliseconds.
    pub utc_ms: i64,
    /// Minutes east of UTC.
    pub offset_minutes: i32,
    /// The IANA zone the browser named (may be empty).
    pub time_zone: &'a str,
}

impl<'a> Clock<'a> {
    /// The clock of a journal moment (`None` if its text is malformed, which a checked journal
    /// never holds).
    pub fn of(m: &'a Moment) -> Option<Clock<'a>> {
        let (utc_ms, offset_minutes) = time::parse(&m.local)?;
        Some(Clock {
            utc_ms,
            offset_minutes,
            time_zone: &m.time_zone,
        })
    }

    /// The same clock (offset and zone) at another moment: a server's time shown on the
    /// person's clock.
    pub fn at(self, utc_ms: i64) -> Clock<'a> {
        Clock { utc_ms, ..self }
    }

    fn local_ms(self) -> i64 {
        self.utc_ms + self.offset_minutes as i64 * 60_000
    }

    /// Days since 1970-01-01 on this clock.
    pub fn day(self) -> i64 {
        self.local_ms().div_euclid(86_400_000)
    }

    /// The hour of the day on this clock, 0 to 23.
    pub fn hour(self) -> u32 {
        time::parts(self.local_ms()).3
    }

    /// `lundi 7 décembre 2026` (`mardi 1er décembre 2026`).
    pub fn date(self) -> String {
        date_of_day(self.day())
    }

    /// `07 h 56 min 15 s`.
    pub fn time(self) -> String {
        let (_, _, _, h, mi, s, _) = time::parts(self.local_ms());
        format!("{h:02}{NBSP}h{NBSP}{mi:02}{NBSP}min{NBSP}{s:02}{NBSP}s")
    }

    /// `07 h 56`.
    pub fn hour_minute(self) -> String {
        let (_, _, _, h, mi, _, _) = time::parts(self.local_ms());
        format!("{h:02}{NBSP}h{NBSP}{mi:02}")
    }

    /// `heure de Paris`, `heure de Cayenne, UTC−3`, `heure de l’ordinateur, UTC+5:30`.
    pub fn zone(self) -> String {
        zone_label(self.time_zone, self.offset_minutes)
    }

    /// `lundi 7 décembre 2026 à 07 h 56 min 15 s (heure de Paris)`.
    pub fn full(self) -> String {
        format!("{} à {} ({})", self.date(), self.time(), self.zone())
    }

    /// `lundi 7 décembre 2026 à 07 h 56 (heure de Paris)`.
    pub fn full_minutes(self) -> String {
        format!("{} à {} ({})", self.date(), self.hour_minute(), self.zone())
    }
}

/// Monday = 0 … Sunday = 6, for a day count since 1970-01-01 (a Thursday).
pub fn weekday(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

/// `lundi 7 décembre 2026`.
pub fn date_of_day(day: i64) -> String {
    let (y, m, d) = time::civil_from_days(day);
    format!(
        "{} {} {} {y}",
        WEEKDAYS[weekday(day)],
        day_number(d),
        MONTHS[(m - 1) as usize]
    )
}

/// `7 décembre 2026` (`1er décembre 2026`), without the weekday: a letter's date.
pub fn date_without_weekday(day: i64) -> String {
    let (y, m, d) = time::civil_from_days(day);
    format!("{} {} {y}", day_number(d), MONTHS[(m - 1) as usize])
}

/// `lun. 7 déc.`: a row of the calendar grid.
pub fn short_date(day: i64) -> String {
    let (_, m, d) = time::civil_from_days(day);
    format!(
        "{} {}{NBSP}{}",
        WEEKDAYS_SHORT[weekday(day)],
        day_number(d),
        MONTHS_SHORT[(m - 1) as usize]
    )
}

fn day_number(d: u32) -> String {
    if d == 1 {
        "1er".to_string()
    } else {
        d.to_string()
    }
}

/// The French name of the clock a time is read on. The zone name alone does not say the
/// offset (summer time), so any zone but Paris also says it.
pub fn zone_label(time_zone: &str, offset_minutes: i32) -> String {
    let utc = utc_offset(offset_minutes);
    let named = |place: &str| format!("heure {}, {utc}", de(place));
    match time_zone {
        "Europe/Paris" if matches!(offset_minutes, 60 | 120) => "heure de Paris".to_string(),
        "UTC" | "Etc/UTC" | "Etc/GMT" | "GMT" if offset_minutes == 0 => {
            "temps universel, UTC".to_string()
        }
        "America/Cayenne" => named("la Guyane"),
        "America/Martinique" => named("la Martinique"),
        "America/Guadeloupe" => named("la Guadeloupe"),
        "America/Miquelon" => named("Saint-Pierre-et-Miquelon"),
        "Indian/Reunion" => named("La Réunion"),
        "Indian/Mayotte" => named("Mayotte"),
        "Pacific/Noumea" => named("Nouvelle-Calédonie"),
        "Pacific/Tahiti" => named("Tahiti"),
        "Pacific/Wallis" => named("Wallis-et-Futuna"),
        _ => match time_zone.rsplit_once('/') {
            Some((_, city)) if !city.is_empty() && !time_zone.starts_with("Etc/") => {
                format!(
                    "heure de l’ordinateur, {utc}, fuseau {time_zone} ({})",
                    city.replace('_', " ")
                )
            }
            _ => format!("heure de l’ordinateur, {utc}"),
        },
    }
}

/// `de Paris`, `d’Abidjan`, `de la Guyane`.
fn de(place: &str) -> String {
    let elide = place
        .chars()
        .next()
        .is_some_and(|c| "AEIOUYÉÈÊaeiouyéèê".contains(c));
    if elide {
        format!("d’{place}")
    } else {
        format!("de {place}")
    }
}

/// `UTC+1`, `UTC−3`, `UTC+5:30` (with a real minus sign).
pub fn utc_offset(offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '−' } else { '+' };
    let o = offset_minutes.unsigned_abs();
    if o.is_multiple_of(60) {
        format!("UTC{sign}{}", o / 60)
    } else {
        format!("UTC{sign}{}:{:02}", o / 60, o % 60)
    }
}

/// `1 234 567` (no-break spaces between groups of three digits).
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(NBSP);
        }
        out.push(c);
    }
    out
}

/// `1 tentative`, `40 tentatives` (French: 0 and 1 are singular).
pub fn count(n: u64, singular: &str, plural: &str) -> String {
    format!(
        "{}{NBSP}{}",
        number(n),
        if n > 1 { plural } else { singular }
    )
}

/// `3 412 octets`, `1,2 Mo`.
pub fn bytes(n: u64) -> String {
    if n < 10_000 {
        count(n, "octet", "octets")
    } else if n < 10_000_000 {
        format!("{}{NBSP}ko", decimal(n as f64 / 1000.0))
    } else {
        format!("{}{NBSP}Mo", decimal(n as f64 / 1_000_000.0))
    }
}

/// One decimal with a comma, none when the number is large: `1,2`, `35`.
fn decimal(x: f64) -> String {
    if x >= 100.0 {
        number(x.round() as u64)
    } else {
        format!("{:.1}", x).replace('.', ",")
    }
}

/// `a`, `a et b`, `a, b et c`.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} et {last}", init.join(", ")),
    }
}

/// A duration in words: `2 s`, `4 min 10 s`, `3 h 05 min`, `2 jours`.
pub fn duration(ms: i64) -> String {
    let s = ms.unsigned_abs() / 1000;
    if s < 60 {
        format!("{s}{NBSP}s")
    } else if s < 3600 {
        format!("{}{NBSP}min{NBSP}{:02}{NBSP}s", s / 60, s % 60)
    } else if s < 86_400 * 2 {
        format!("{}{NBSP}h{NBSP}{:02}{NBSP}min", s / 3600, s / 60 % 60)
    } else {
        count(s / 86_400, "jour", "jours")
    }
}

/// Reads an HTTP `Date` header in its one current form (RFC 9110 IMF-fixdate,
/// `Sun, 06 Nov 1994 08:49:37 GMT`): Unix milliseconds, or `None` for any other text.
pub fn parse_http_date(s: &str) -> Option<i64> {
    let mut parts = s.split_ascii_whitespace();
    let wd = parts.next()?;
    if wd.len() != 4 || !wd.ends_with(',') {
        return None;
    }
    let d: u32 = parts.next()?.parse().ok()?;
    let m = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let y: i64 = parts.next()?.parse().ok()?;
    let hms: Vec<u32> = parts
        .next()?
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<u32>>>()?;
    if parts.next()? != "GMT" || parts.next().is_some() {
        return None;
    }
    let [h, mi, sec] = hms[..] else { return None };
    if !(1..=9999).contains(&y)
        || d == 0
        || d > time::days_in_month(y, m)
        || h > 23
        || mi > 59
        || sec > 60
    {
        return None;
    }
    Some(
        time::days_from_civil(y, m, d) * 86_400_000
            + (h as i64 * 3600 + mi as i64 * 60 + sec.min(59) as i64) * 1000,
    )
}

/// Reads an RFC 3339 UTC time as a trusted timestamp gives it (`2024-11-23T08:05:00Z`,
/// `2024-11-23T08:05:00.25Z`): Unix milliseconds.
pub fn parse_utc_seconds(s: &str) -> Option<i64> {
    let s = s.strip_suffix('Z')?;
    let (main, frac) = match s.split_once('.') {
        Some((m, f)) => (m, f),
        None => (s, ""),
    };
    let milli = format!("{frac:0<3}");
    let milli = milli.get(..3)?;
    time::parse(&format!("{main}.{milli}Z")).map(|(ms, _)| ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris(utc_ms: i64, offset: i32) -> Clock<'static> {
        Clock {
            utc_ms,
            offset_minutes: offset,
            time_zone: "Europe/Paris",
        }
    }

    #[test]
    fn dates_and_times_in_french() {
        // 2026-12-07T06:56:15Z is a Monday, 07:56:15 in Paris (winter, UTC+1).
        let ms = time::days_from_civil(2026, 12, 7) * 86_400_000 + (6 * 3600 + 56 * 60 + 15) * 1000;
        let c = paris(ms, 60);
        assert_eq!(
            c.full().replace(NBSP, " "),
            "lundi 7 décembre 2026 à 07 h 56 min 15 s (heure de Paris)"
        );
        assert_eq!(c.hour(), 7);
        assert_eq!(short_date(c.day()).replace(NBSP, " "), "lun. 7 déc.");
        let first = time::days_from_civil(2026, 12, 1);
        assert_eq!(date_of_day(first), "mardi 1er décembre 2026");
        assert_eq!(date_without_weekday(first), "1er décembre 2026");
        // Near midnight the day is the local one.
        let late = time::days_from_civil(2026, 7, 14) * 86_400_000 + (22 * 3600 + 30 * 60) * 1000;
        assert_eq!(paris(late, 120).date(), "mercredi 15 juillet 2026");
        assert_eq!(paris(late, 120).hour(), 0);
    }

    #[test]
    fn zones() {
        assert_eq!(zone_label("Europe/Paris", 60), "heure de Paris");
        assert_eq!(zone_label("Europe/Paris", 120), "heure de Paris");
        assert_eq!(
            zone_label("America/Cayenne", -180),
            "heure de la Guyane, UTC−3"
        );
        assert_eq!(
            zone_label("Indian/Reunion", 240),
            "heure de La Réunion, UTC+4"
        );
        assert_eq!(
            zone_label("Asia/Kolkata", 330),
            "heure de l’ordinateur, UTC+5:30, fuseau Asia/Kolkata (Kolkata)"
        );
        assert_eq!(zone_label("", 0), "heure de l’ordinateur, UTC+0");
        // A Paris zone with an offset Paris never has: the offset is what the clock said.
        assert_eq!(
            zone_label("Europe/Paris", 300),
            "heure de l’ordinateur, UTC+5, fuseau Europe/Paris (Paris)"
        );
    }

    #[test]
    fn numbers_and_lists() {
        assert_eq!(number(1_234_567).replace(NBSP, " "), "1 234 567");
        assert_eq!(number(40), "40");
        assert_eq!(count(1, "jour", "jours").replace(NBSP, " "), "1 jour");
        assert_eq!(count(21, "jour", "jours").replace(NBSP, " "), "21 jours");
        assert_eq!(bytes(3412).replace(NBSP, " "), "3 412 octets");
        assert_eq!(bytes(1_234_000).replace(NBSP, " "), "1 234 ko");
        assert_eq!(bytes(12_345).replace(NBSP, " "), "12,3 ko");
        let l = |v: &[&str]| and_list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&["a", "b", "c"]), "a, b et c");
        assert_eq!(l(&["a"]), "a");
        assert_eq!(duration(2_400).replace(NBSP, " "), "2 s");
        assert_eq!(duration(250_000).replace(NBSP, " "), "4 min 10 s");
    }

    #[test]
    fn http_and_timestamp_dates() {
        assert_eq!(
            parse_http_date("Sat, 02 Nov 2024 21:14:03 GMT"),
            Some(1_730_582_043_000)
        );
        assert_eq!(parse_http_date("Saturday, 02-Nov-24 21:14:03 GMT"), None);
        assert_eq!(parse_http_date("Sat, 31 Nov 2024 21:14:03 GMT"), None);
        assert_eq!(parse_http_date("Sat, 02 Nov 2024 21:14:03 CET"), None);
        assert_eq!(
            parse_utc_seconds("2024-11-02T21:14:03Z"),
            Some(1_730_582_043_000)
        );
        assert_eq!(
            parse_utc_seconds("2024-11-02T21:14:03.12Z"),
            Some(1_730_582_043_120)
        );
    }
}

//! Times as the journal writes them: RFC 3339 text with milliseconds, from the Unix time in
//! milliseconds and the offset of the person's clock. No time-zone database: the browser knows
//! the zone and its offset at that moment, and says both.

/// Milliseconds since 1970-01-01T00:00:00Z of 2000-01-01 and of 9999-12-31: the range accepted.
pub const MIN_MS: i64 = 946_684_800_000;
pub const MAX_MS: i64 = 253_402_300_799_999;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), after Howard Hinnant.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// The parts of a moment: (year, month, day, hour, minute, second, millisecond).
pub fn parts(ms: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let days = ms.div_euclid(86_400_000);
    let rest = ms.rem_euclid(86_400_000);
    let (y, mo, d) = civil_from_days(days);
    let s = (rest / 1000) as u32;
    (
        y,
        mo,
        d,
        s / 3600,
        s / 60 % 60,
        s % 60,
        (rest % 1000) as u32,
    )
}

/// `2024-11-02T21:14:03.120Z`.
pub fn format_utc(ms: i64) -> String {
    let (y, mo, d, h, mi, s, milli) = parts(ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
}

/// `2024-11-02T22:14:03.120+01:00`: the same moment on a clock `offset_minutes` east of UTC.
pub fn format_local(ms: i64, offset_minutes: i32) -> String {
    let (y, mo, d, h, mi, s, milli) = parts(ms + offset_minutes as i64 * 60_000);
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let off = offset_minutes.unsigned_abs();
    format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}{sign}{:02}:{:02}",
        off / 60,
        off % 60
    )
}

/// Reads back what [`format_utc`] or [`format_local`] wrote: (Unix ms, offset in minutes east).
/// Anything else (other precision, lowercase, missing parts) is refused.
pub fn parse(s: &str) -> Option<(i64, i32)> {
    let b = s.as_bytes();
    if b.len() < 24 {
        return None;
    }
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = b.get(from..from + len)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        part.iter()
            .try_fold(0i64, |acc, d| Some(acc * 10 + (d - b'0') as i64))
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':') && at(19, b'.'))
    {
        return None;
    }
    let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (h, mi, sec, milli) = (num(11, 2)?, num(14, 2)?, num(17, 2)?, num(20, 3)?);
    if !(1..=12).contains(&mo)
        || d < 1
        || d > days_in_month(y, mo as u32) as i64
        || h > 23
        || mi > 59
        || sec > 59
    {
        return None;
    }
    let offset = match &b[23..] {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (oh, om) = (num(24, 2)?, num(27, 2)?);
            if oh > 18 || om > 59 {
                return None;
            }
            let o = (oh * 60 + om) as i32;
            if *sign == b'-' {
                -o
            } else {
                o
            }
        }
        _ => return None,
    };
    let local = days_from_civil(y, mo as u32, d as u32) * 86_400_000
        + ((h * 60 + mi) * 60 + sec) * 1000
        + milli;
    Some((local - offset as i64 * 60_000, offset))
}

pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses() {
        let ms = 1_730_582_043_120; // 2024-11-02T21:14:03.120Z
        assert_eq!(format_utc(ms), "2024-11-02T21:14:03.120Z");
        assert_eq!(format_local(ms, 60), "2024-11-02T22:14:03.120+01:00");
        assert_eq!(format_local(ms, -210), "2024-11-02T17:44:03.120-03:30");
        assert_eq!(parse("2024-11-02T22:14:03.120+01:00"), Some((ms, 60)));
        assert_eq!(parse("2024-11-02T21:14:03.120Z"), Some((ms, 0)));
        assert_eq!(parse("2024-11-02T17:44:03.120-03:30"), Some((ms, -210)));
        assert_eq!(parse("2024-02-30T00:00:00.000Z"), None);
        assert_eq!(parse("2024-11-02 21:14:03.120Z"), None);
        for days in [-1, 0, 59, 60, 11_016, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}

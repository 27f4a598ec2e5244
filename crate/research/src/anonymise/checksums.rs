//! Checksums.

/// The NIR control key of the first 13 characters (`2A`/`2B` allowed in the département):
/// `97 − (number mod 97)`, with Corsica's 2A read as 19 and 2B as 18.
pub fn nir_key(first13: &str) -> Option<u32> {
    let b = first13.as_bytes();
    if b.len() != 13 {
        return None;
    }
    let mut n: u64 = 0;
    for (i, &c) in b.iter().enumerate() {
        let d = match (i, c) {
            (5, b'2') if matches!(b[6], b'A' | b'a' | b'B' | b'b') => {
                n = n * 10 + 1;
                continue;
            }
            (6, b'A' | b'a') => 9,
            (6, b'B' | b'b') => 8,
            (_, b'0'..=b'9') => u64::from(c - b'0'),
            _ => return None,
        };
        n = n * 10 + d;
    }
    Some(97 - (n % 97) as u32)
}

/// A 15-character NIR (spaces removed) whose key is right.
pub fn is_valid_nir(compact: &str) -> bool {
    compact.len() == 15
        && compact.is_char_boundary(13)
        && nir_shape(compact.as_bytes())
        && compact[13..].parse::<u32>().ok() == nir_key(&compact[..13])
}

pub(super) fn nir_shape(b: &[u8]) -> bool {
    b.len() >= 13
        && matches!(b[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8')
        && b[..5].iter().all(u8::is_ascii_digit)
        && (b[5..7].iter().all(u8::is_ascii_digit)
            || (b[5] == b'2' && matches!(b[6], b'A' | b'B' | b'a' | b'b')))
        && b[7..].iter().all(u8::is_ascii_digit)
}

/// ISO 13616 mod-97 of an IBAN (spaces removed): 1 for a valid IBAN.
pub(super) fn iban_mod97(compact: &[u8]) -> Option<u32> {
    if compact.len() < 5 {
        return None;
    }
    let mut r: u32 = 0;
    for &c in compact[4..].iter().chain(&compact[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            b'a'..=b'z' => u32::from(c - b'a') + 10,
            _ => return None,
        };
        r = if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        };
    }
    Some(r)
}

/// Whether `iban` (spaces allowed) passes the ISO 13616 mod-97 check.
pub fn is_valid_iban(iban: &str) -> bool {
    let compact: Vec<u8> = iban.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    compact.len() >= 15
        && compact.len() <= 34
        && compact[..2].iter().all(u8::is_ascii_alphabetic)
        && compact[2..4].iter().all(u8::is_ascii_digit)
        && iban_mod97(&compact) == Some(1)
}

/// The two check digits of an IBAN for `country` (two letters) and `bban`.
pub fn iban_check_digits(country: &str, bban: &str) -> Option<String> {
    let probe = format!("{country}00{bban}");
    let r = iban_mod97(probe.as_bytes())?;
    Some(format!("{:02}", 98 - r))
}

/// Luhn check of a digit string.
pub fn luhn_valid(digits: &[u8]) -> bool {
    luhn_sum(digits, false).is_some_and(|s| s % 10 == 0)
}

/// The Luhn check digit to append to `partial`.
pub fn luhn_check_digit(partial: &[u8]) -> Option<u8> {
    luhn_sum(partial, true).map(|s| ((10 - s % 10) % 10) as u8)
}

pub(super) fn luhn_sum(digits: &[u8], double_last: bool) -> Option<u32> {
    let mut sum = 0;
    for (i, &c) in digits.iter().rev().enumerate() {
        if !c.is_ascii_digit() {
            return None;
        }
        let mut d = u32::from(c - b'0');
        if (i % 2 == 1) != double_last {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    Some(sum)
}

/// French RIB key: `97 − ((89 × bank + 15 × branch + 3 × account) mod 97)`; digits only.
pub(super) fn rib_valid(d: &[u8]) -> bool {
    if d.len() != 23 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let num = |s: &[u8]| s.iter().fold(0u64, |n, c| n * 10 + u64::from(c - b'0'));
    let (bank, branch, account, key) =
        (num(&d[..5]), num(&d[5..10]), num(&d[10..21]), num(&d[21..]));
    97 - (89 * bank + 15 * branch + 3 * account) % 97 == key
}

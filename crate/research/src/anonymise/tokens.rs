//! Tokens with letters and digits, IBAN, IPv6.

use super::*;

/// Identifier-looking tokens mixing letters and digits: `AEF-2024-00012345`, `12AB34567`,
/// `1234567A` (France Travail), UUIDs, session tokens.
pub(super) fn scan_alnum_tokens(text: &str, urls: &[(usize, usize)], out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let prev_ok = match i.checked_sub(1).map(|p| b[p]) {
            None => true,
            Some(p) if p < 0x80 => !(p.is_ascii_alphanumeric() || p == b'_' || p == b'-'),
            Some(_) => !prev_char(text, i).is_some_and(char::is_alphanumeric),
        };
        if !prev_ok {
            i += 1;
            continue;
        }
        // URLs have their own rules (path segments, parameters).
        if let Some(&(_, e)) = urls.iter().find(|&&(s, e)| s <= i && i < e) {
            i = e;
            continue;
        }
        let mut j = i;
        while j < b.len()
            && (b[j].is_ascii_alphanumeric()
                || (matches!(b[j], b'-' | b'_' | b'/')
                    && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)))
        {
            j += 1;
        }
        if next_char(text, j).is_some_and(char::is_alphabetic) {
            i = j + 1;
            continue;
        }
        let tok = &b[i..j];
        // `2024-03-12T08`: the start of a timestamp, not an identifier.
        let timestamp = tok.len() >= 11
            && tok[10] == b'T'
            && tok[..10].iter().enumerate().all(|(k, c)| {
                if k == 4 || k == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if timestamp {
            i = j;
            continue;
        }
        let digits = tok.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = tok.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let kind = if tok.len() == 8
            && tok[..7].iter().all(u8::is_ascii_digit)
            && tok[7].is_ascii_uppercase()
        {
            Some(PiiKind::FranceTravail)
        } else if letters > 0 && digits >= 5 && tok.len() >= 7 {
            let ctx = context(text, i);
            if ctx == Some(Ctx::Legal) {
                None
            } else if ctx == Some(Ctx::FranceTravail) && tok.len() <= 11 {
                Some(PiiKind::FranceTravail)
            } else if tok.len() >= 20 {
                Some(PiiKind::Token)
            } else {
                Some(PiiKind::Ref)
            }
        } else if tok.len() >= 16 && digits >= 3 && letters >= 3 {
            Some(PiiKind::Token)
        } else {
            None
        };
        if let Some(kind) = kind {
            out.push(PiiSpan {
                start: i,
                end: j,
                kind,
            });
        }
        i = j.max(i + 1);
    }
}

/// IBAN: two letters, two check digits, then up to 30 letters and digits, grouped or not,
/// checked with mod-97; in the context of the word IBAN, also when the check fails (a typo).
pub(super) fn scan_ibans(text: &str, out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    for i in 0..b.len().saturating_sub(4) {
        if !(b[i].is_ascii_alphabetic()
            && b[i + 1].is_ascii_alphabetic()
            && b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit())
        {
            continue;
        }
        if prev_char(text, i).is_some_and(char::is_alphanumeric)
            || b[i].is_ascii_uppercase() != b[i + 1].is_ascii_uppercase()
        {
            continue;
        }
        let mut chars = vec![];
        let mut ends = vec![];
        let mut p = i;
        while p < b.len() && chars.len() < 34 {
            if b[p].is_ascii_alphanumeric() {
                chars.push(b[p].to_ascii_uppercase());
                p += 1;
                ends.push(p);
                continue;
            }
            let l = sep_len(b, p);
            if l > 0
                && sep_class(b, p) != b'.'
                && sep_class(b, p) != b'/'
                && b.get(p + l).is_some_and(u8::is_ascii_alphanumeric)
            {
                // A following group must look like part of an IBAN: digits, or short capitals.
                let q = p + l;
                let g = b[q..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                let grp = &b[q..q + g];
                if grp.iter().any(u8::is_ascii_digit)
                    || (g <= 4 && grp.iter().all(u8::is_ascii_uppercase))
                {
                    p = q;
                    continue;
                }
            }
            break;
        }
        let boundary = |e: usize| !next_char(text, e).is_some_and(char::is_alphanumeric);
        let found = (15..=chars.len())
            .rev()
            .find(|&n| boundary(ends[n - 1]) && iban_mod97(&chars[..n]) == Some(1));
        let found = found.or_else(|| {
            let w = window(text, i, 40);
            (chars.len() >= 14
                && last_word(&w, "iban").is_some()
                && boundary(ends[chars.len() - 1]))
            .then_some(chars.len())
        });
        if let Some(n) = found {
            out.push(PiiSpan {
                start: i,
                end: ends[n - 1],
                kind: PiiKind::Iban,
            });
        }
    }
}

pub(super) fn scan_ipv6(text: &str, out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let ok = |c: u8| c.is_ascii_hexdigit() || c == b':' || c == b'.';
        let after_word = i > 0
            && match b[i - 1] {
                p if p < 0x80 => ok(p) || p.is_ascii_alphanumeric(),
                _ => prev_char(text, i).is_some_and(char::is_alphanumeric),
            };
        if !ok(b[i]) || after_word {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len() && ok(b[j]) {
            j += 1;
        }
        let mut e = j;
        while e > i && b[e - 1] == b'.' {
            e -= 1;
        }
        let s = &text[i..e];
        if s.bytes().filter(|&c| c == b':').count() >= 2
            && !next_char(text, j).is_some_and(char::is_alphanumeric)
            && s.parse::<Ipv6Addr>().is_ok()
        {
            out.push(PiiSpan {
                start: i,
                end: e,
                kind: PiiKind::Ip,
            });
        }
        i = j;
    }
}

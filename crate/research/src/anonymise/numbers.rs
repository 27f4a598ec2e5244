//! Numbers.

use super::*;

/// Characters of a number read across single separators: `06 12 34 56 78` → `0612345678`.
pub(super) struct Run {
    chars: Vec<u8>,
    /// Byte end of each character in the text.
    ends: Vec<usize>,
    /// The separator class before each character (0: none).
    seps: Vec<u8>,
}

impl Run {
    fn len(&self) -> usize {
        self.chars.len()
    }

    fn end(&self) -> usize {
        self.ends.last().copied().unwrap_or(0)
    }

    /// Separator classes used in the first `n` characters.
    fn sep_set(&self, n: usize) -> impl Iterator<Item = u8> + '_ {
        self.seps[..n].iter().copied().filter(|&s| s != 0)
    }

    /// Lengths of the groups of the first `n` characters.
    fn groups(&self, n: usize) -> Vec<usize> {
        let mut out = vec![];
        for (i, &s) in self.seps[..n].iter().enumerate() {
            if i == 0 || s != 0 {
                out.push(0);
            }
            if let Some(l) = out.last_mut() {
                *l += 1;
            }
        }
        out
    }
}

/// Reads at most `max` digits from `i`, with single separators between them. With `corsica`, an
/// `A` or `B` right after a `2` is read too (NIR département 2A/2B).
pub(super) fn read_run(b: &[u8], i: usize, max: usize, corsica: bool, seps_ok: &[u8]) -> Run {
    let mut r = Run {
        chars: vec![],
        ends: vec![],
        seps: vec![],
    };
    let mut p = i;
    let mut pending = 0u8;
    while r.len() < max && p < b.len() {
        let c = b[p];
        let corsican = corsica
            && matches!(c, b'A' | b'B' | b'a' | b'b')
            && pending == 0
            && r.chars.last() == Some(&b'2');
        if c.is_ascii_digit() || corsican {
            r.chars.push(c.to_ascii_uppercase());
            r.seps.push(pending);
            pending = 0;
            p += 1;
            r.ends.push(p);
            continue;
        }
        let l = sep_len(b, p);
        let class = sep_class(b, p);
        if l > 0
            && pending == 0
            && !r.chars.is_empty()
            && seps_ok.contains(&class)
            && b.get(p + l).is_some_and(u8::is_ascii_digit)
        {
            pending = class;
            p += l;
            continue;
        }
        break;
    }
    r
}

pub(super) const ALL_SEPS: &[u8] = b" .-/";

/// Whether a number may end at `end`: not glued to a letter or digit, and (unless `loose`) not
/// continued by a separator and more digits.
pub(super) fn end_ok(text: &str, end: usize, loose: bool) -> bool {
    let b = text.as_bytes();
    match next_char(text, end) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(_) => {
            let l = sep_len(b, end);
            if l == 0 || !b.get(end + l).is_some_and(u8::is_ascii_digit) {
                return true;
            }
            loose && sep_class(b, end) == b' '
        }
    }
}

/// Whether a number may start at `i`: not inside a word or another number.
pub(super) fn start_ok(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match prev_char(text, i) {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some('.' | '-' | '/' | ',' | ':') => !(i >= 2 && b[i - 2].is_ascii_digit()),
        Some(_) => true,
    }
}

pub(super) fn scan_numbers(text: &str, out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let starts = (c.is_ascii_digit()
            || (c == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
            && start_ok(text, i);
        if !starts {
            i += 1;
            continue;
        }
        match number_at(text, i) {
            Step::Found(end, kind) => {
                out.push(PiiSpan {
                    start: i,
                    end,
                    kind,
                });
                i = end;
            }
            Step::Skip(end) => i = end.max(i + 1),
        }
    }
}

pub(super) enum Step {
    /// Personal data from the start to this end.
    Found(usize, PiiKind),
    /// Nothing personal; resume scanning here.
    Skip(usize),
}

pub(super) fn number_at(text: &str, i: usize) -> Step {
    let b = text.as_bytes();
    if let Some(end) = ipv4_at(text, i) {
        return Step::Found(end, PiiKind::Ip);
    }
    if let Some(end) = date_at(text, i) {
        return if birth_context(text, i) {
            Step::Found(end, PiiKind::BirthDate)
        } else {
            Step::Skip(end)
        };
    }
    if let Some((end, kind)) = phone_at(text, i) {
        return Step::Found(end, kind);
    }
    if b[i] == b'+' {
        return Step::Skip(i + 1);
    }
    let mut ctx_cache = None;
    let mut ctx = || *ctx_cache.get_or_insert_with(|| context(text, i));
    // NIR: 13 characters and a key, checked; or in context without a valid key.
    let r = read_run(b, i, 15, true, ALL_SEPS);
    if r.len() >= 13 && nir_shape(&r.chars) {
        if r.len() == 15 && end_ok(text, r.end(), true) {
            let s: String = r.chars.iter().map(|&c| c as char).collect();
            if is_valid_nir(&s) || ctx() == Some(Ctx::Nir) {
                return Step::Found(r.end(), PiiKind::Nir);
            }
        }
        if ctx() == Some(Ctx::Nir) && end_ok(text, r.ends[12], true) {
            return Step::Found(r.ends[12], PiiKind::Nir);
        }
    }
    let whole = read_run(b, i, usize::MAX, false, ALL_SEPS);
    if whole.len() == 23 && rib_valid(&whole.chars) && end_ok(text, whole.end(), false) {
        return Step::Found(whole.end(), PiiKind::Iban);
    }
    // Payment card: 13 to 19 digits, Luhn, card prefixes, grouped by spaces or hyphens.
    let r = read_run(b, i, 19, false, b" -");
    for n in (13..=r.len()).rev() {
        let d = &r.chars[..n];
        let prefix_ok = match (n, d[0]) {
            (13, b'4') => true,
            (14, b'3') => true,
            (15, b'3') => matches!(d[1], b'4' | b'7'),
            (16..=19, b'2'..=b'6') => true,
            _ => false,
        };
        if prefix_ok && luhn_valid(d) && end_ok(text, r.ends[n - 1], true) {
            return Step::Found(r.ends[n - 1], PiiKind::Card);
        }
    }
    // The whole number, however long.
    let r = whole;
    let n = r.len();
    let end = r.end();
    if !end_ok(text, end, false) {
        // Glued to letters (`1234567A`, `14h30`): left to the token scanner.
        return Step::Skip(end);
    }
    let dotted = r.sep_set(n).any(|s| s == b'.');
    // Short numbers (times, amounts, counts) need no context.
    if n < 5 {
        return Step::Skip(end);
    }
    let ctx = ctx();
    let strong = matches!(
        ctx,
        Some(Ctx::Nir | Ctx::Fiscal | Ctx::Agdref | Ctx::Caf | Ctx::FranceTravail)
    );
    if matches!(ctx, Some(Ctx::Legal | Ctx::Plain))
        || (dotted && !strong)
        || thousands(&r)
        || year_range(&r)
    {
        return Step::Skip(end);
    }
    let first = r.chars[0];
    let kind = match (n, ctx) {
        (13, Some(Ctx::Nir)) => Some(PiiKind::Nir),
        (13, Some(Ctx::Fiscal)) => Some(PiiKind::Fiscal),
        (13, _) if first <= b'3' => Some(PiiKind::Fiscal),
        (10, Some(Ctx::Agdref)) => Some(PiiKind::Agdref),
        (_, Some(Ctx::FranceTravail)) if (7..=11).contains(&n) => Some(PiiKind::FranceTravail),
        (_, Some(Ctx::Caf)) if (7..=8).contains(&n) => Some(PiiKind::Caf),
        (10, None | Some(Ctx::Nir | Ctx::Fiscal | Ctx::Caf)) if first != b'0' => {
            Some(PiiKind::Agdref)
        }
        (10, None) => None, // 08 service numbers
        (5.., Some(Ctx::Ref)) => Some(PiiKind::Ref),
        (7.., _) => Some(PiiKind::Ref),
        _ => None,
    };
    match kind {
        Some(k) => Step::Found(end, k),
        None => Step::Skip(end),
    }
}

/// `1 234 567`: an amount, not an identifier.
pub(super) fn thousands(r: &Run) -> bool {
    let g = r.groups(r.len());
    g.len() >= 2
        && (1..=3).contains(&g[0])
        && g[1..].iter().all(|&l| l == 3)
        && r.sep_set(r.len()).all(|s| s == b' ' || s == b'.')
}

/// `2023-2024`, `2023/2024`: two years.
pub(super) fn year_range(r: &Run) -> bool {
    let g = r.groups(r.len());
    g == [4, 4] && {
        let y = |s: &[u8]| matches!(s, [b'1', b'9', ..] | [b'2', b'0', ..]);
        y(&r.chars[..4]) && y(&r.chars[4..])
    }
}

/// A French phone number at `i`: `06 12 34 56 78`, `06.12.34.56.78`, `+33 6 12 34 56 78`,
/// `+33 (0)6…`, `0033 6…`, overseas codes, and other `+` international numbers.
/// 08 numbers are services, not people; in the context of a numéro étranger, a 10-digit number
/// starting with 0 is that number.
pub(super) fn phone_at(text: &str, i: usize) -> Option<(usize, PiiKind)> {
    let b = text.as_bytes();
    let (mut p, intl) = if b[i] == b'+' {
        (i + 1, true)
    } else if b[i..].starts_with(b"0033")
        || b[i..].starts_with(b"00262")
        || b[i..].starts_with(b"00590")
        || b[i..].starts_with(b"00594")
        || b[i..].starts_with(b"00596")
    {
        (i + 2, true)
    } else {
        (i, false)
    };
    if !intl {
        if b.get(i) != Some(&b'0')
            || !b
                .get(i + 1)
                .is_some_and(|c| matches!(c, b'1'..=b'7' | b'9'))
        {
            return None;
        }
        let r = read_run(b, i, 10, false, ALL_SEPS);
        // 09 69: non-geographic numbers of customer services.
        if r.chars.starts_with(b"0969") {
            return None;
        }
        if r.len() != 10
            || !end_ok(text, r.end(), true)
            || r.sep_set(10).any(|s| s == b'/') && r.groups(10) != [2, 2, 2, 2, 2]
        {
            return None;
        }
        if context(text, i) == Some(Ctx::Agdref) {
            return Some((r.end(), PiiKind::Agdref));
        }
        return Some((r.end(), PiiKind::Phone));
    }
    let known: &[&[u8]] = &[
        b"33", b"262", b"590", b"594", b"596", b"269", b"687", b"689", b"508", b"681",
    ];
    if let Some(cc) = known.iter().find(|cc| b[p..].starts_with(cc)) {
        p += cc.len();
        p += sep_len(b, p).min(1)
            * usize::from(
                b.get(p) == Some(&b' ') || b.get(p) == Some(&b'.') || b.get(p) == Some(&b'-'),
            );
        while b.get(p) == Some(&b' ') {
            p += 1;
        }
        if b[p..].starts_with(b"(0)") {
            p += 3;
            while b.get(p) == Some(&b' ') {
                p += 1;
            }
        }
        if !b.get(p).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let want = if b[p] == b'0' { 10 } else { 9 };
        let r = read_run(b, p, want, false, ALL_SEPS);
        if r.len() == want && end_ok(text, r.end(), true) {
            return Some((r.end(), PiiKind::Phone));
        }
        return None;
    }
    if b[i] != b'+' {
        return None;
    }
    let r = read_run(b, p, 15, false, b" .-");
    // A `(0)` after the country code is common too: `+44 (0)20 7946 0958`.
    let mut end = r.end();
    let mut n = r.len();
    if b[end..].starts_with(b" (0)") || b[end..].starts_with(b"(0)") {
        let q = end + if b[end] == b' ' { 4 } else { 3 };
        let q = q + usize::from(b.get(q) == Some(&b' '));
        let more = read_run(b, q, 15 - n.min(15), false, b" .-");
        n += more.len();
        if more.len() > 0 {
            end = more.end();
        }
    }
    if (8..=15).contains(&n) && end_ok(text, end, true) {
        return Some((end, PiiKind::Phone));
    }
    None
}

/// An IPv4 address at `i`.
pub(super) fn ipv4_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut p = i;
    for k in 0..4 {
        let s = p;
        while p < b.len() && b[p].is_ascii_digit() && p - s < 3 {
            p += 1;
        }
        if p == s || text[s..p].parse::<u16>().ok()? > 255 {
            return None;
        }
        if k < 3 {
            if b.get(p) != Some(&b'.') {
                return None;
            }
            p += 1;
        }
    }
    let next_digit = b.get(p).is_some_and(u8::is_ascii_digit);
    let dotted_more = b.get(p) == Some(&b'.') && b.get(p + 1).is_some_and(u8::is_ascii_digit);
    (!next_digit && !dotted_more && !next_char(text, p).is_some_and(char::is_alphanumeric))
        .then_some(p)
}

#[rustfmt::skip]
pub(super) const MONTHS: &[&str] = &[
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "janv", "fev", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
];

/// A date at `i`: `12/03/1985`, `12.03.85`, `12-03-1985`, `1985-03-12`, `3 mars 1985`,
/// `1er mars 1985`.
pub(super) fn date_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digits = |p: usize| b[p..].iter().take_while(|c| c.is_ascii_digit()).count();
    let num = |p: usize, n: usize| text[p..p + n].parse::<u32>().ok();
    let d1 = digits(i);
    let end = if d1 == 4 && matches!(b.get(i + 4), Some(b'-' | b'/' | b'.')) {
        // ISO 1985-03-12
        let s = b[i + 4];
        let p = i + 5;
        let m = digits(p);
        if !(1..=2).contains(&m) || b.get(p + m) != Some(&s) || !(1..=12).contains(&num(p, m)?) {
            return None;
        }
        let q = p + m + 1;
        let d = digits(q);
        if !(1..=2).contains(&d) || !(1..=31).contains(&num(q, d)?) {
            return None;
        }
        q + d
    } else if (1..=2).contains(&d1) {
        let day = num(i, d1)?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let p = i + d1;
        match b.get(p) {
            Some(&s @ (b'/' | b'.' | b'-')) => {
                let m = digits(p + 1);
                if !(1..=2).contains(&m)
                    || !(1..=12).contains(&num(p + 1, m)?)
                    || b.get(p + 1 + m) != Some(&s)
                {
                    return None;
                }
                let q = p + 2 + m;
                let y = digits(q);
                if y != 2 && y != 4 {
                    return None;
                }
                q + y
            }
            _ => {
                // `3 mars 1985`, `1er mars 1985`
                let mut q = p;
                if b[q..].starts_with(b"er") {
                    q += 2;
                }
                if b.get(q) != Some(&b' ') {
                    return None;
                }
                q += 1;
                let word_end = q + text[q..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .map(char::len_utf8)
                    .sum::<usize>();
                let w = fold(&text[q..word_end]);
                if !MONTHS.contains(&w.as_str()) {
                    return None;
                }
                let mut r = word_end;
                if b.get(r) == Some(&b'.') {
                    r += 1;
                }
                if b.get(r) != Some(&b' ') || digits(r + 1) != 4 {
                    return None;
                }
                r + 5
            }
        }
    } else {
        return None;
    };
    let glued = next_char(text, end).is_some_and(char::is_alphanumeric);
    let continued = b
        .get(end)
        .is_some_and(|&c| c == b'/' || c == b'.' || c == b'-')
        && b.get(end + 1).is_some_and(u8::is_ascii_digit);
    (!glued && !continued).then_some(end)
}

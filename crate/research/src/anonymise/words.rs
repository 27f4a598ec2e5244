//! Words: the word lists (data files under `crate/research/data/`), the tokenizer, and
//! addresses. Names are in [`super::names`].

use std::borrow::Cow;
use std::hash::BuildHasherDefault;

use super::*;

#[derive(Debug)]
pub(super) struct Word<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    /// [`fold`]ed; borrowed from the text when already folded (most words).
    pub(super) folded: Cow<'a, str>,
    /// What the word lists say of it (see [`lexicon`]).
    pub(super) flags: u32,
    /// Its shape, computed once: [`is_cap`], [`is_upper`], [`is_initial`], [`elided_cap`].
    shape: u8,
}

const CAP: u8 = 1;
const UPPER: u8 = 2;
const INITIAL: u8 = 4;
const ELIDED_CAP: u8 = 8;

impl Word<'_> {
    pub(super) fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Capitalised: `Dupont`, `Jean-Pierre` (see [`is_cap`]).
    pub(super) fn cap(&self) -> bool {
        self.shape & CAP != 0
    }

    /// In capitals: `DUPONT` (see [`is_upper`]).
    pub(super) fn upper(&self) -> bool {
        self.shape & UPPER != 0
    }

    /// One capital letter: `J` (see [`is_initial`]).
    pub(super) fn initial(&self) -> bool {
        self.shape & INITIAL != 0
    }

    /// `d'Almeida` (see [`elided_cap`]).
    pub(super) fn elided_cap(&self) -> bool {
        self.shape & ELIDED_CAP != 0
    }

    /// Neither in a word list nor capitalised: no rule about names starts on it.
    pub(super) fn plain(&self) -> bool {
        self.flags == 0 && self.shape == 0
    }
}

fn shape(w: &str) -> u8 {
    let mut s = 0;
    if is_cap(w) {
        s |= CAP;
    }
    if is_upper(w) {
        s |= UPPER;
    }
    if is_initial(w) {
        s |= INITIAL;
    }
    if elided_cap(w) {
        s |= ELIDED_CAP;
    }
    s
}

pub(super) const CIV: u32 = 1;
pub(super) const LABEL: u32 = 1 << 1;
pub(super) const LABEL_LINK: u32 = 1 << 2;
pub(super) const VALUE_STOP: u32 = 1 << 3;
pub(super) const STREET: u32 = 1 << 4;
pub(super) const AMBIG_STREET: u32 = 1 << 5;
pub(super) const STREET_PARTICLE: u32 = 1 << 6;
/// Capitalised words that are never names.
pub(super) const NOT_NAME: u32 = 1 << 7;
/// Words in capitals that are not surnames (acronyms, headings).
pub(super) const NOT_SURNAME: u32 = 1 << 8;
pub(super) const NOT_LOWER: u32 = 1 << 9;
pub(super) const FIRST_NAME: u32 = 1 << 10;
pub(super) const PLACE: u32 = 1 << 11;
pub(super) const PARTICLE: u32 = 1 << 12;
/// Role words after which a name may follow directly: `l'allocataire DUPONT Marie`,
/// `née MARTIN`, `épouse KONÉ`.
pub(super) const ROLE: u32 = 1 << 13;
/// First names that are also ordinary words (Rose, Pierre, Constant…): names only where they
/// stand as names.
pub(super) const WORD_NAME: u32 = 1 << 14;

/// Words of an introduction (`je m'appelle`, `mon nom est`).
pub(super) const INTRO: u32 = 1 << 15;

/// The data files, each with the flag it gives its words. Every entry is folded when the
/// lexicon is built.
const LISTS: [(&str, u32); 17] = [
    (include_str!("../../data/civilities.txt"), CIV),
    (include_str!("../../data/labels.txt"), LABEL),
    (include_str!("../../data/label_links.txt"), LABEL_LINK),
    (include_str!("../../data/value_stops.txt"), VALUE_STOP),
    (include_str!("../../data/street_types.txt"), STREET),
    (
        include_str!("../../data/street_types_ambiguous.txt"),
        AMBIG_STREET,
    ),
    (
        include_str!("../../data/street_particles.txt"),
        STREET_PARTICLE,
    ),
    (include_str!("../../data/not_names.txt"), NOT_NAME),
    (include_str!("../../data/keep_capitals.txt"), NOT_SURNAME),
    (include_str!("../../data/not_lower.txt"), NOT_LOWER),
    (include_str!("../../data/first_names_hand.txt"), FIRST_NAME),
    (include_str!("../../data/first_names.txt"), FIRST_NAME),
    (include_str!("../../data/first_names_words.txt"), WORD_NAME),
    (include_str!("../../data/place_words.txt"), PLACE),
    (include_str!("../../data/particles.txt"), PARTICLE),
    (include_str!("../../data/roles.txt"), ROLE),
    (include_str!("../../data/introductions.txt"), INTRO),
];

/// The entries of a data file: one a line, `#` starts a comment.
pub(super) fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A fast hash for short words (the multiply-rotate hash of rustc's FxHasher): the lexicon is
/// looked up once per word, and its keys are fixed, so no defence against crafted collisions is
/// needed.
#[derive(Default, Clone, Copy)]
pub(super) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(super) type Lexicon = HashMap<String, u32, BuildHasherDefault<WordHasher>>;

/// Every word list in one map, built once: a word is looked up once, not in each list.
pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut m = Lexicon::default();
        for (list, flag) in LISTS {
            for w in entries(list) {
                *m.entry(fold(w)).or_default() |= flag;
            }
        }
        m
    })
}

/// The flags of a folded word; a role word keeps its flag behind an elided article
/// (`l'allocataire`, `l'assurée`).
fn flags_of(lex: &Lexicon, folded: &str) -> u32 {
    let own = lex.get(folded).copied().unwrap_or(0);
    match folded.strip_prefix("l'") {
        Some(rest) if own == 0 => lex.get(rest).map_or(0, |f| f & ROLE),
        _ => own,
    }
}

/// Runs of letters and digits, with apostrophes and hyphens inside (`N'Diaye`, `Jean-Pierre`,
/// `m'appelle`).
pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        let t = &text[s..e];
        let folded = if t
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'')
        {
            Cow::Borrowed(t)
        } else {
            Cow::Owned(fold(t))
        };
        let flags = flags_of(lex, &folded);
        // Words in lower case, most of them, are none of these shapes.
        let lower = t.as_bytes()[0].is_ascii_lowercase() || t.as_bytes()[0].is_ascii_digit();
        out.push(Word {
            start: s,
            end: e,
            text: t,
            folded,
            flags,
            shape: if lower && !t.starts_with(['d', 'l']) {
                0
            } else {
                shape(t)
            },
        });
    };
    // Bytes, with a fast path for ASCII; other characters are decoded where they start.
    let b = text.as_bytes();
    let alnum_at = |i: usize| match b.get(i) {
        Some(&c) if c < 0x80 => c.is_ascii_alphanumeric(),
        Some(_) => next_char(text, i).is_some_and(char::is_alphanumeric),
        None => false,
    };
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (alnum, inner, len) = if b[i] < 0x80 {
            let c = b[i];
            let inner = matches!(c, b'\'' | b'-') && start.is_some() && alnum_at(i + 1);
            (c.is_ascii_alphanumeric(), inner, 1)
        } else {
            let c = next_char(text, i).unwrap_or(' ');
            let l = c.len_utf8();
            let inner = c == '’' && start.is_some() && alnum_at(i + l);
            (c.is_alphanumeric(), inner, l)
        };
        if alnum || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(s, i);
        }
        i += len;
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

/// A capitalised word: `Dupont`, `Jean-Pierre`, `N'Diaye`; not `L'assuré` or `D'après`
/// (an elided article before a word in lower case).
pub(super) fn is_cap(w: &str) -> bool {
    let mut cs = w.chars();
    let first = cs.next().is_some_and(char::is_uppercase);
    if !first || !w.chars().any(char::is_lowercase) || w.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    match (cs.next(), cs.next()) {
        (Some('\'' | '’'), Some(c)) => !c.is_lowercase(),
        _ => true,
    }
}

pub(super) fn is_upper(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !w.chars().any(char::is_lowercase)
        && !w.chars().any(|c| c.is_ascii_digit())
}

pub(super) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// `d'Almeida`, `l'Hôpital`: an elided particle glued to a capitalised word.
pub(super) fn elided_cap(w: &str) -> bool {
    let f = w.get(..2).map(str::to_ascii_lowercase);
    matches!(f.as_deref(), Some("d'" | "l'")) && is_cap(&w[2..])
        || w.starts_with("d’") && is_cap(&w["d’".len()..])
}

/// Whether the gap between two words of a name is only spaces (or nothing).
pub(super) fn space_gap(text: &str, a: usize, b: usize) -> bool {
    a <= b && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}') && b - a <= 3
}

pub(super) fn scan_words(text: &str, out: &mut Vec<PiiSpan>) {
    let ws = words(text);
    scan_names(text, &ws, out);
    for (j, w) in ws.iter().enumerate() {
        // Addresses: a number, a street type, a street name, a postcode and a town.
        if w.has(STREET) {
            if let Some((s, e)) = address(text, &ws, j) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Address,
                });
            }
        }
    }
}

/// The address around the street type at word `t`: the number before it (with `bis`, `ter`…),
/// the street name after it, then an optional postcode and town.
pub(super) fn address(text: &str, ws: &[Word], t: usize) -> Option<(usize, usize)> {
    // The number: `12`, `12 bis`, `12bis`, `12, rue`, `3-5 rue`.
    let mut n = t.checked_sub(1)?;
    let gap = &text[ws[n].end..ws[t].start];
    if !matches!(gap, " " | ", " | "\u{a0}" | ",\u{a0}" | "  ") {
        return None;
    }
    if matches!(&*ws[n].folded, "bis" | "ter" | "quater" | "b" | "a" | "c")
        && n > 0
        && space_gap(text, ws[n - 1].end, ws[n].start)
    {
        n -= 1;
    }
    let num = &*ws[n].folded;
    let digits = num.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &num[digits..];
    if !(1..=4).contains(&digits)
        || !(suffix.is_empty() || matches!(suffix, "bis" | "ter" | "quater" | "b" | "a" | "c"))
    {
        // `3-5 rue`: the word tokenizer keeps `3-5` together.
        if !(num.contains('-')
            && num
                .split('-')
                .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())))
        {
            return None;
        }
    }
    // Not `le 12 mars` or `pendant 3 mois`: the word after the number is the street type itself.
    let start = ws[n].start;
    let mut e = ws[t].end;
    if text[e..].starts_with('.') {
        e += 1;
    }
    let ambiguous = ws[t].has(AMBIG_STREET);
    let mut k = t + 1;
    let mut named = false;
    let mut capital = false;
    let mut after_particle = false;
    while k < ws.len() && k <= t + 8 {
        let w = &ws[k];
        let g = &text[ws[k - 1].end..w.start];
        let g_ok = g == " " || g == "\u{a0}" || (k == t + 1 && (g == ". " || g == ".\u{a0}"));
        if !g_ok {
            break;
        }
        let particle = w.has(STREET_PARTICLE);
        let capw = is_cap(w.text) || is_upper(w.text) || elided_cap(w.text);
        let number = w.text.bytes().all(|c| c.is_ascii_digit()) && w.text.len() <= 4;
        let elided_lower =
            (w.folded.starts_with("d'") || w.folded.starts_with("l'")) && w.text.len() > 2;
        if particle {
            after_particle = true;
            k += 1;
            continue;
        }
        if capw || number || (after_particle && !ambiguous) || elided_lower && !ambiguous {
            named = true;
            capital |= capw;
            e = w.end;
            after_particle = false;
            k += 1;
            continue;
        }
        break;
    }
    if !named || (ambiguous && !capital) {
        return None;
    }
    // Postcode and town: `, 93200 Saint-Denis`, ` 75011 PARIS`, `93007 Bobigny Cedex`.
    let k2 = ws.iter().position(|w| w.start >= e).unwrap_or(ws.len());
    if let Some(pc) = ws.get(k2) {
        let g = &text[e..pc.start];
        let is_pc = pc.text.len() == 5
            && pc.text.bytes().all(|c| c.is_ascii_digit())
            && matches!(g, " " | ", " | ",\u{a0}" | "\u{a0}" | " - " | " – ");
        if is_pc {
            e = pc.end;
            let mut m = k2 + 1;
            while m < ws.len() && m <= k2 + 5 && space_gap(text, ws[m - 1].end, ws[m].start) {
                let w = &ws[m];
                let town = is_cap(w.text)
                    || is_upper(w.text)
                    || w.folded == "cedex"
                    || (ws[m - 1].folded == "cedex"
                        && w.text.len() <= 2
                        && w.text.bytes().all(|c| c.is_ascii_digit()));
                let link = matches!(
                    &*w.folded,
                    "sur" | "sous" | "en" | "le" | "la" | "les" | "de" | "du" | "l'"
                ) && ws
                    .get(m + 1)
                    .is_some_and(|n| is_cap(n.text) || is_upper(n.text));
                if !town && (!link || m == k2 + 1) {
                    break;
                }
                if town {
                    e = w.end;
                }
                m += 1;
            }
        }
    }
    Some((start, e))
}

//! Anonymisation of French administrative text, shared by the extension and `relais anonymize`.
//!
//! [`anonymise`] replaces every piece of personal data it recognises with a typed placeholder
//! (`[EMAIL]`, `[PHONE]`, `[NIR]`…, see [`PiiKind`]); [`find_pii`] returns the spans instead.
//! It is tuned to what people meet on French government portals and write in their notes:
//! e-mail addresses; phone numbers in every common French format; NIR (social security number,
//! checked with its key, Corsica included); numéro étranger (AGDREF), France Travail, fiscal and
//! CAF numbers; IBAN (mod-97) and payment cards (Luhn); dates of birth; postal addresses; names
//! after a civility, a label (`Nom :`), `je m'appelle` or in the `DUPONT Jean` pattern; file
//! references; URL query values and identifiers in URL paths; IP addresses.
//!
//! How it works: hand-written scanners (no regex engine, to keep the wasm small) each propose
//! candidate spans; overlapping candidates are merged into one span typed by the strongest of
//! them (a checksum-validated NIR beats a generic reference), so that a piece of data is either
//! removed whole or not at all. Numbers are classified by their shape (length, prefix, checksum)
//! and by the nearest context word before them (`allocataire`, `fiscal`, `étranger`…).
//!
//! Architecture Invariant: anonymisation is a pure function of its input; it never fails and
//! never panics, whatever the text. Placeholders are never matched again, so anonymising
//! realistic text twice changes nothing (checked on the whole corpus); on contrived input a
//! replacement can create a new word boundary, and a second pass may then find more, never less.
//!
//! ```
//! use relais_core::anonymise::anonymise;
//! assert_eq!(
//!     anonymise("Mme Diallo, tél. 06 12 34 56 78, dossier n° 2024-0012345678"),
//!     "Mme [NAME], tél. [PHONE], dossier n° [REF]"
//! );
//! ```

use std::collections::HashMap;
use std::net::Ipv6Addr;
use std::sync::OnceLock;

/// The kinds of personal data the anonymiser recognises, each with its placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PiiKind {
    Email,
    Phone,
    /// Numéro d'inscription au répertoire (social security number).
    Nir,
    /// Numéro étranger (AGDREF), 10 digits.
    Agdref,
    /// France Travail (ex-Pôle emploi) identifier.
    FranceTravail,
    /// Numéro fiscal (SPI), 13 digits.
    Fiscal,
    /// CAF numéro allocataire.
    Caf,
    /// IBAN or French RIB.
    Iban,
    /// Payment card number.
    Card,
    BirthDate,
    Address,
    Name,
    /// A file, request or ticket reference; any long identifier-looking number.
    Ref,
    /// The value of a URL query (or fragment) parameter.
    UrlParam,
    /// An identifier or token in a URL path, or a long random-looking token.
    Token,
    Ip,
    /// A value the person typed into a form (see [`anonymise_with_form_values`]).
    FormValue,
}

impl PiiKind {
    pub const ALL: [PiiKind; 17] = [
        PiiKind::Email,
        PiiKind::Phone,
        PiiKind::Nir,
        PiiKind::Agdref,
        PiiKind::FranceTravail,
        PiiKind::Fiscal,
        PiiKind::Caf,
        PiiKind::Iban,
        PiiKind::Card,
        PiiKind::BirthDate,
        PiiKind::Address,
        PiiKind::Name,
        PiiKind::Ref,
        PiiKind::UrlParam,
        PiiKind::Token,
        PiiKind::Ip,
        PiiKind::FormValue,
    ];

    /// The label inside the placeholder: `EMAIL`, `PHONE`…
    pub fn label(self) -> &'static str {
        match self {
            PiiKind::Email => "EMAIL",
            PiiKind::Phone => "PHONE",
            PiiKind::Nir => "NIR",
            PiiKind::Agdref => "AGDREF",
            PiiKind::FranceTravail => "FRANCE_TRAVAIL",
            PiiKind::Fiscal => "FISCAL",
            PiiKind::Caf => "CAF",
            PiiKind::Iban => "IBAN",
            PiiKind::Card => "CARD",
            PiiKind::BirthDate => "BIRTHDATE",
            PiiKind::Address => "ADDRESS",
            PiiKind::Name => "NAME",
            PiiKind::Ref => "REF",
            PiiKind::UrlParam => "PARAM",
            PiiKind::Token => "TOKEN",
            PiiKind::Ip => "IP",
            PiiKind::FormValue => "FORM_VALUE",
        }
    }

    /// The text that replaces the data: `[EMAIL]`, `[PHONE]`…
    pub fn placeholder(self) -> &'static str {
        match self {
            PiiKind::Email => "[EMAIL]",
            PiiKind::Phone => "[PHONE]",
            PiiKind::Nir => "[NIR]",
            PiiKind::Agdref => "[AGDREF]",
            PiiKind::FranceTravail => "[FRANCE_TRAVAIL]",
            PiiKind::Fiscal => "[FISCAL]",
            PiiKind::Caf => "[CAF]",
            PiiKind::Iban => "[IBAN]",
            PiiKind::Card => "[CARD]",
            PiiKind::BirthDate => "[BIRTHDATE]",
            PiiKind::Address => "[ADDRESS]",
            PiiKind::Name => "[NAME]",
            PiiKind::Ref => "[REF]",
            PiiKind::UrlParam => "[PARAM]",
            PiiKind::Token => "[TOKEN]",
            PiiKind::Ip => "[IP]",
            PiiKind::FormValue => "[FORM_VALUE]",
        }
    }

    /// The kind whose [`label`](Self::label) is `label`.
    pub fn from_label(label: &str) -> Option<PiiKind> {
        PiiKind::ALL.into_iter().find(|k| k.label() == label)
    }

    /// When candidates overlap, the merged span takes the kind of highest priority: checksums
    /// first, then precise shapes, then context, then generic references.
    fn priority(self) -> u8 {
        match self {
            PiiKind::Nir => 100,
            PiiKind::Iban => 95,
            PiiKind::Card => 90,
            PiiKind::Email => 85,
            PiiKind::Phone => 80,
            PiiKind::Ip => 75,
            PiiKind::Fiscal => 72,
            PiiKind::Agdref => 71,
            PiiKind::Caf => 70,
            PiiKind::FranceTravail => 69,
            PiiKind::BirthDate => 65,
            PiiKind::FormValue => 60,
            PiiKind::UrlParam => 55,
            PiiKind::Token => 50,
            PiiKind::Address => 45,
            PiiKind::Name => 40,
            PiiKind::Ref => 30,
        }
    }
}

/// One piece of personal data: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PiiSpan {
    pub start: usize,
    pub end: usize,
    pub kind: PiiKind,
}

/// Replaces every piece of personal data in `text` with its typed placeholder.
pub fn anonymise(text: &str) -> String {
    replace(text, &find_pii(text))
}

/// Like [`anonymise`], and also removes every occurrence (ASCII case-insensitive) of the values
/// the person typed into the portal's forms, whatever they look like. Values shorter than three
/// characters are ignored (they would erase ordinary words).
pub fn anonymise_with_form_values(text: &str, typed: &[&str]) -> String {
    let mut spans = candidates(text);
    for value in typed {
        let v = value.trim();
        if v.chars().count() < 3 {
            continue;
        }
        let (hay, needle) = (text.as_bytes(), v.as_bytes());
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            if hay[i..i + needle.len()].eq_ignore_ascii_case(needle)
                && text.is_char_boundary(i)
                && text.is_char_boundary(i + needle.len())
            {
                spans.push(PiiSpan {
                    start: i,
                    end: i + needle.len(),
                    kind: PiiKind::FormValue,
                });
                i += needle.len();
            } else {
                i += 1;
            }
        }
    }
    replace(text, &resolve(text, spans))
}

/// Every piece of personal data in `text`, sorted, non-overlapping.
pub fn find_pii(text: &str) -> Vec<PiiSpan> {
    resolve(text, candidates(text))
}

fn replace(text: &str, spans: &[PiiSpan]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for s in spans {
        out.push_str(&text[last..s.start]);
        out.push_str(s.kind.placeholder());
        last = s.end;
    }
    out.push_str(&text[last..]);
    out
}

fn candidates(text: &str) -> Vec<PiiSpan> {
    let mut out = Vec::new();
    let urls = scan_urls(text, &mut out);
    scan_emails(text, &mut out);
    scan_numbers(text, &mut out);
    scan_alnum_tokens(text, &urls, &mut out);
    scan_ibans(text, &mut out);
    scan_ipv6(text, &mut out);
    // Names and addresses come from the words around; inside a URL they are not words.
    let mut words = Vec::new();
    scan_words(text, &mut words);
    words.retain(|w: &PiiSpan| !urls.iter().any(|&(s, e)| w.start < e && s < w.end));
    out.extend(words);
    out
}

/// Merges overlapping candidates (the merged span takes the strongest kind) and drops those that
/// lie inside an existing placeholder.
fn resolve(text: &str, mut spans: Vec<PiiSpan>) -> Vec<PiiSpan> {
    let protected = placeholders(text);
    if !protected.is_empty() {
        // Placeholders already in the text are never part of a span: cut them out, and keep the
        // pieces that still hold a letter or digit.
        let mut cut = Vec::with_capacity(spans.len());
        for s in spans {
            let mut start = s.start;
            for &(a, b) in protected.iter().filter(|&&(a, b)| a < s.end && s.start < b) {
                if start < a {
                    cut.push(PiiSpan {
                        start,
                        end: a,
                        kind: s.kind,
                    });
                }
                start = start.max(b);
            }
            if start < s.end {
                cut.push(PiiSpan {
                    start,
                    end: s.end,
                    kind: s.kind,
                });
            }
        }
        spans = cut;
        spans.retain(|s| text[s.start..s.end].chars().any(char::is_alphanumeric));
    }
    spans.retain(|s| s.start < s.end);
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut merged: Vec<PiiSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(m) if s.start < m.end => {
                m.end = m.end.max(s.end);
                if s.kind.priority() > m.kind.priority() {
                    m.kind = s.kind;
                }
            }
            _ => merged.push(s),
        }
    }
    merged
}

/// Byte ranges of the placeholders already in the text (`[EMAIL]`…), so that anonymising twice
/// changes nothing.
fn placeholders(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'[' {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_uppercase() || b[j] == b'_') {
                j += 1;
            }
            if j < b.len() && b[j] == b']' && PiiKind::from_label(&text[i + 1..j]).is_some() {
                out.push((i, j + 1));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Checksums
// ---------------------------------------------------------------------------------------------

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

fn nir_shape(b: &[u8]) -> bool {
    b.len() >= 13
        && matches!(b[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8')
        && b[..5].iter().all(u8::is_ascii_digit)
        && (b[5..7].iter().all(u8::is_ascii_digit)
            || (b[5] == b'2' && matches!(b[6], b'A' | b'B' | b'a' | b'b')))
        && b[7..].iter().all(u8::is_ascii_digit)
}

/// ISO 13616 mod-97 of an IBAN (spaces removed): 1 for a valid IBAN.
fn iban_mod97(compact: &[u8]) -> Option<u32> {
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

fn luhn_sum(digits: &[u8], double_last: bool) -> Option<u32> {
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
fn rib_valid(d: &[u8]) -> bool {
    if d.len() != 23 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let num = |s: &[u8]| s.iter().fold(0u64, |n, c| n * 10 + u64::from(c - b'0'));
    let (bank, branch, account, key) =
        (num(&d[..5]), num(&d[5..10]), num(&d[10..21]), num(&d[21..]));
    97 - (89 * bank + 15 * branch + 3 * account) % 97 == key
}

// ---------------------------------------------------------------------------------------------
// Character helpers
// ---------------------------------------------------------------------------------------------

fn prev_char(t: &str, i: usize) -> Option<char> {
    t.get(..i).and_then(|s| s.chars().next_back())
}

fn next_char(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

/// Length of the separator at `i` inside a number (space, no-break spaces, `.`, `-`, `/`).
fn sep_len(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b' ' | b'.' | b'-' | b'/', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0xAF | 0x89, ..]) => 3,
        _ => 0,
    }
}

/// `b' '` for any space, or the separator byte itself.
fn sep_class(b: &[u8], i: usize) -> u8 {
    match b.get(i) {
        Some(b'.') => b'.',
        Some(b'-') => b'-',
        Some(b'/') => b'/',
        _ => b' ',
    }
}

/// Folds to lower case without accents, for context words: `Numéro` → `numero`.
fn fold(s: &str) -> String {
    if s.is_ascii() && !s.contains('`') {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' | 'Â' | 'Ä' => out.push('a'),
            'ç' | 'Ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'î' | 'ï' | 'Î' | 'Ï' => out.push('i'),
            'ô' | 'ö' | 'Ô' | 'Ö' => out.push('o'),
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => out.push('u'),
            'ÿ' => out.push('y'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '’' | 'ʼ' | '`' => out.push('\''),
            '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
            'º' => out.push('°'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The folded text of the same line before `pos`, at most `max` bytes.
fn window(text: &str, pos: usize, max: usize) -> String {
    let mut start = pos.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let w = &text[start..pos];
    let w = match w.rfind('\n') {
        Some(n) => &w[n + 1..],
        None => w,
    };
    fold(w)
}

/// The last position in `hay` where `kw` occurs as whole words, as the end of the match.
/// A plain reverse search: the windows are short, so this beats setting up a string searcher
/// for each keyword.
fn last_word(hay: &str, kw: &str) -> Option<usize> {
    let hb = hay.as_bytes();
    let kb = kw.as_bytes();
    if kb.is_empty() || kb.len() > hb.len() {
        return None;
    }
    for s in (0..=hb.len() - kb.len()).rev() {
        if hb[s] != kb[0] || &hb[s..s + kb.len()] != kb || !hay.is_char_boundary(s) {
            continue;
        }
        let e = s + kb.len();
        let before_ok = s == 0 || !kb[0].is_ascii_alphanumeric() || !is_word_byte(hay, s, true);
        let after_ok = e >= hb.len()
            || !kb[kb.len() - 1].is_ascii_alphanumeric()
            || !is_word_byte(hay, e, false);
        if before_ok && after_ok {
            return Some(e);
        }
    }
    None
}

fn is_word_byte(hay: &str, i: usize, before: bool) -> bool {
    let c = if before {
        prev_char(hay, i)
    } else {
        next_char(hay, i)
    };
    c.is_some_and(char::is_alphanumeric)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Nir,
    Fiscal,
    Agdref,
    Caf,
    FranceTravail,
    Birth,
    /// Not personal: postcodes, amounts.
    Plain,
    Ref,
    Legal,
}

const STRONG_CTX: &[(&str, Ctx)] = &[
    ("securite sociale", Ctx::Nir),
    ("secu", Ctx::Nir),
    ("nir", Ctx::Nir),
    ("ss", Ctx::Nir),
    ("insee", Ctx::Nir),
    ("carte vitale", Ctx::Nir),
    ("immatriculation", Ctx::Nir),
    ("assure social", Ctx::Nir),
    ("fiscal", Ctx::Fiscal),
    ("fiscale", Ctx::Fiscal),
    ("spi", Ctx::Fiscal),
    ("impots", Ctx::Fiscal),
    ("etranger", Ctx::Agdref),
    ("etrangere", Ctx::Agdref),
    ("agdref", Ctx::Agdref),
    ("ressortissant", Ctx::Agdref),
    ("titre de sejour", Ctx::Agdref),
    ("allocataire", Ctx::Caf),
    ("caf", Ctx::Caf),
    ("msa", Ctx::Caf),
    ("alloc", Ctx::Caf),
    ("france travail", Ctx::FranceTravail),
    ("pole emploi", Ctx::FranceTravail),
    ("francetravail", Ctx::FranceTravail),
    ("demandeur d'emploi", Ctx::FranceTravail),
    ("code postal", Ctx::Plain),
    ("cp", Ctx::Plain),
    ("montant", Ctx::Plain),
    ("somme", Ctx::Plain),
];

/// Words right before a date that make it a date of birth.
const BIRTH_CTX: &[(&str, Ctx)] = &[
    ("ne le", Ctx::Birth),
    ("nee le", Ctx::Birth),
    ("ne(e) le", Ctx::Birth),
    ("ne(e)", Ctx::Birth),
    ("ne", Ctx::Birth),
    ("nee", Ctx::Birth),
    ("naissance", Ctx::Birth),
    ("naiss", Ctx::Birth),
    ("ddn", Ctx::Birth),
    ("d.d.n", Ctx::Birth),
    ("date of birth", Ctx::Birth),
    ("born", Ctx::Birth),
];

/// Whether a date at `pos` follows a birth word closely (`né le`, `Date de naissance :`).
fn birth_context(text: &str, pos: usize) -> bool {
    let w = window(text, pos, 24);
    nearest(&window_words(&w), birth_index()).is_some()
}

const WEAK_CTX: &[(&str, Ctx)] = &[
    ("n°", Ctx::Ref),
    ("no", Ctx::Ref),
    ("num", Ctx::Ref),
    ("numero", Ctx::Ref),
    ("ref", Ctx::Ref),
    ("reference", Ctx::Ref),
    ("dossier", Ctx::Ref),
    ("demande", Ctx::Ref),
    ("ticket", Ctx::Ref),
    ("suivi", Ctx::Ref),
    ("requete", Ctx::Ref),
    ("affaire", Ctx::Ref),
    ("identifiant", Ctx::Ref),
    ("id", Ctx::Ref),
    ("recepisse", Ctx::Ref),
    ("courrier", Ctx::Ref),
    ("enregistrement", Ctx::Ref),
    ("transaction", Ctx::Ref),
    ("commande", Ctx::Ref),
    ("facture", Ctx::Ref),
    ("avis", Ctx::Ref),
    ("decret", Ctx::Legal),
    ("loi", Ctx::Legal),
    ("arrete", Ctx::Legal),
    ("ordonnance", Ctx::Legal),
    ("article", Ctx::Legal),
    ("art.", Ctx::Legal),
    ("circulaire", Ctx::Legal),
    ("cerfa", Ctx::Legal),
    ("directive", Ctx::Legal),
    ("reglement", Ctx::Legal),
    ("formulaire", Ctx::Legal),
    ("jorf", Ctx::Legal),
];

/// The context of a number at `pos`: the nearest strong context word (kinds of numbers, birth)
/// within 60 bytes, else the nearest weak one (references, legal texts) within 40 bytes, else
/// an opening bracket right before it.
fn context(text: &str, pos: usize) -> Option<Ctx> {
    let w = window(text, pos, 60);
    let words = window_words(&w);
    if let Some(c) = nearest(&words, strong_index()) {
        return Some(c);
    }
    let cut = w.len().saturating_sub(40);
    let recent = &words[words.partition_point(|x| x.0 < cut)..];
    if let Some(c) = nearest(recent, weak_index()) {
        // `Décret n° 2021-1234`: a legal text stays a legal text whatever comes between.
        let legal = recent.iter().any(|x| {
            weak_index()
                .get(x.1)
                .is_some_and(|v| v.iter().any(|(seq, c)| *c == Ctx::Legal && seq.len() == 1))
        });
        return Some(if legal { Ctx::Legal } else { c });
    }
    let t = w.trim_end();
    let t = t.strip_suffix("n°").unwrap_or(t).trim_end();
    if t.ends_with('[') || t.ends_with('(') || t.ends_with('#') {
        return Some(Ctx::Ref);
    }
    None
}

/// Context keywords as word sequences, indexed by their last word, longest first.
type KeywordIndex = HashMap<&'static str, Vec<(Vec<&'static str>, Ctx)>>;

fn keyword_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '°'))
        .filter(|w| !w.is_empty())
}

fn build_index(table: &'static [(&'static str, Ctx)]) -> KeywordIndex {
    let mut m: KeywordIndex = HashMap::new();
    for &(kw, c) in table {
        let seq: Vec<&'static str> = keyword_words(kw).collect();
        if let Some(&last) = seq.last() {
            m.entry(last).or_default().push((seq, c));
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|(seq, _)| std::cmp::Reverse(seq.len()));
    }
    m
}

fn strong_index() -> &'static KeywordIndex {
    static I: OnceLock<KeywordIndex> = OnceLock::new();
    I.get_or_init(|| build_index(STRONG_CTX))
}

fn weak_index() -> &'static KeywordIndex {
    static I: OnceLock<KeywordIndex> = OnceLock::new();
    I.get_or_init(|| build_index(WEAK_CTX))
}

fn birth_index() -> &'static KeywordIndex {
    static I: OnceLock<KeywordIndex> = OnceLock::new();
    I.get_or_init(|| build_index(BIRTH_CTX))
}

/// The words of a folded window, with their byte offsets.
fn window_words(w: &str) -> Vec<(usize, &str)> {
    let base = w.as_ptr() as usize;
    keyword_words(w)
        .map(|x| (x.as_ptr() as usize - base, x))
        .collect()
}

/// The context of the keyword that ends nearest to the end of `words` (the longest one when
/// several end on the same word).
fn nearest(words: &[(usize, &str)], index: &KeywordIndex) -> Option<Ctx> {
    for end in (0..words.len()).rev() {
        for (seq, c) in index.get(words[end].1).into_iter().flatten() {
            let n = seq.len();
            if n <= end + 1
                && words[end + 1 - n..=end]
                    .iter()
                    .map(|x| x.1)
                    .eq(seq.iter().copied())
            {
                return Some(*c);
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/// Characters of a number read across single separators: `06 12 34 56 78` → `0612345678`.
struct Run {
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
fn read_run(b: &[u8], i: usize, max: usize, corsica: bool, seps_ok: &[u8]) -> Run {
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

const ALL_SEPS: &[u8] = b" .-/";

/// Whether a number may end at `end`: not glued to a letter or digit, and (unless `loose`) not
/// continued by a separator and more digits.
fn end_ok(text: &str, end: usize, loose: bool) -> bool {
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
fn start_ok(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match prev_char(text, i) {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some('.' | '-' | '/' | ',' | ':') => !(i >= 2 && b[i - 2].is_ascii_digit()),
        Some(_) => true,
    }
}

fn scan_numbers(text: &str, out: &mut Vec<PiiSpan>) {
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

enum Step {
    /// Personal data from the start to this end.
    Found(usize, PiiKind),
    /// Nothing personal; resume scanning here.
    Skip(usize),
}

fn number_at(text: &str, i: usize) -> Step {
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
fn thousands(r: &Run) -> bool {
    let g = r.groups(r.len());
    g.len() >= 2
        && (1..=3).contains(&g[0])
        && g[1..].iter().all(|&l| l == 3)
        && r.sep_set(r.len()).all(|s| s == b' ' || s == b'.')
}

/// `2023-2024`, `2023/2024`: two years.
fn year_range(r: &Run) -> bool {
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
fn phone_at(text: &str, i: usize) -> Option<(usize, PiiKind)> {
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
fn ipv4_at(text: &str, i: usize) -> Option<usize> {
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
const MONTHS: &[&str] = &[
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "janv", "fev", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
];

/// A date at `i`: `12/03/1985`, `12.03.85`, `12-03-1985`, `1985-03-12`, `3 mars 1985`,
/// `1er mars 1985`.
fn date_at(text: &str, i: usize) -> Option<usize> {
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

// ---------------------------------------------------------------------------------------------
// Tokens with letters and digits, IBAN, IPv6
// ---------------------------------------------------------------------------------------------

/// Identifier-looking tokens mixing letters and digits: `AEF-2024-00012345`, `12AB34567`,
/// `1234567A` (France Travail), UUIDs, session tokens.
fn scan_alnum_tokens(text: &str, urls: &[(usize, usize)], out: &mut Vec<PiiSpan>) {
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
fn scan_ibans(text: &str, out: &mut Vec<PiiSpan>) {
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

fn scan_ipv6(text: &str, out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let ok = |c: u8| c.is_ascii_hexdigit() || c == b':' || c == b'.';
        if !ok(b[i])
            || (i > 0 && (ok(b[i - 1]) || prev_char(text, i).is_some_and(char::is_alphanumeric)))
        {
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

// ---------------------------------------------------------------------------------------------
// E-mail and URLs
// ---------------------------------------------------------------------------------------------

fn scan_emails(text: &str, out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    let markers: &[&str] = &[
        "@",
        "＠",
        " (at) ",
        " [at] ",
        "(at)",
        "[at]",
        "(arobase)",
        "[arobase]",
    ];
    let mut i = 0;
    while i < b.len() {
        let candidate = match b[i] {
            b'@' | 0xEF => true,
            b' ' => matches!(b.get(i + 1), Some(b'(' | b'[')),
            b'(' | b'[' => matches!(b.get(i + 1), Some(b'a')),
            _ => false,
        };
        if !candidate || !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let Some(m) = markers.iter().find(|m| text[i..].starts_with(**m)) else {
            i += 1;
            continue;
        };
        // Local part, backwards.
        let local_ok = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
        let mut s = i;
        while let Some(c) = prev_char(text, s) {
            if !local_ok(c) {
                break;
            }
            s -= c.len_utf8();
        }
        while s < i && matches!(b[s], b'.' | b'\'' | b'-') {
            s += 1;
        }
        // Domain, forwards.
        let d0 = i + m.len();
        let mut e = d0;
        while let Some(c) = next_char(text, e) {
            if !(c.is_alphanumeric() || c == '-' || c == '.') {
                break;
            }
            e += c.len_utf8();
        }
        while e > d0 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &text[d0..e];
        let tld_ok = domain.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty() && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
        });
        if s < i && tld_ok {
            out.push(PiiSpan {
                start: s,
                end: e,
                kind: PiiKind::Email,
            });
            i = e;
        } else {
            i += m.len();
        }
    }
}

const BARE_TLDS: &[&str] = &[
    ".fr", ".com", ".org", ".net", ".eu", ".gouv", ".io", ".info", ".be", ".ch",
];

/// Finds URLs, pushes their personal parts and returns their byte ranges.
fn scan_urls(text: &str, out: &mut Vec<PiiSpan>) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at_word = !prev_char(text, i)
            .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || c == '-');
        if !at_word || !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // The token's end: a space (also no-break and thin spaces), a quote or angle bracket.
        // Placeholders inside a URL belong to it (`http://[IP]:8080/portail`).
        let mut e = i;
        let mut slash = false;
        while e < b.len() {
            let stop = match b[e] {
                b' ' | b'\t' | b'\n' | b'\r' | b'<' | b'>' | b'"' | b'`' => true,
                0xC2 => matches!(b.get(e + 1), Some(0xA0 | 0xAB | 0xBB)),
                0xE2 => {
                    b.get(e + 1) == Some(&0x80)
                        && matches!(b.get(e + 2), Some(0x89 | 0xAF | 0xA8 | 0xA9))
                }
                _ => false,
            };
            if stop {
                break;
            }
            slash |= matches!(b[e], b'/' | b'?' | b'#');
            e += 1;
        }
        let www = b.len() >= i + 4 && b[i..i + 4].eq_ignore_ascii_case(b"www.");
        if !slash && !www {
            i = e.max(i + 1);
            continue;
        }
        while let Some(c) = prev_char(text, e) {
            if e > i
                && matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '’'
                )
            {
                e -= c.len_utf8();
            } else {
                break;
            }
        }
        let tok = &text[i..e];
        let maybe_url = tok.len() > 4
            && (tok.contains("://")
                || tok.as_bytes()[..4].eq_ignore_ascii_case(b"www.")
                || (tok.contains('.') && tok.contains(['/', '?', '#'])));
        if !maybe_url {
            i = e.max(i + 1);
            continue;
        }
        let lower = tok.to_ascii_lowercase();
        let rest = if let Some(p) = lower.find("://").filter(|&p| {
            p > 0
                && lower[..p]
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'+')
        }) {
            Some(p + 3)
        } else if lower.starts_with("www.") {
            Some(0)
        } else {
            let host_end = lower.find(['/', '?', '#']).unwrap_or(lower.len());
            let host = &lower[..host_end];
            (host_end < lower.len()
                && host.contains('.')
                && BARE_TLDS.iter().any(|t| host.ends_with(t))
                && host
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-'))
            .then_some(0)
        };
        if let Some(r) = rest {
            url_parts(text, i + r, e, r > 0, out);
            ranges.push((i, e));
            i = e;
        } else {
            // A URL may start inside the token (`(https://…`, `+www.…`): resume at its scheme.
            let inner = lower.find("://").map(|p| {
                let mut s = i + p;
                while s > i && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'+') {
                    s -= 1;
                }
                s
            });
            let inner = inner.or_else(|| lower[1..].find("www.").map(|p| i + 1 + p));
            i = match inner {
                Some(s) if s > i => s,
                _ => e.max(i + 1),
            };
        }
    }
    ranges
}

/// The personal parts of a URL from its authority (`start`) to `end`: user info, IP host,
/// identifiers in the path, every query and fragment parameter value.
fn url_parts(text: &str, start: usize, end: usize, scheme: bool, out: &mut Vec<PiiSpan>) {
    let u = &text[start..end];
    let auth_end = u.find(['/', '?', '#']).map_or(end, |p| start + p);
    let auth = &text[start..auth_end];
    // User info exists only after a scheme: `https://user:pass@host`.
    let at = auth.rfind('@').filter(|&a| scheme && a > 0);
    if let Some(at) = at {
        out.push(PiiSpan {
            start,
            end: start + at,
            kind: PiiKind::UrlParam,
        });
    }
    let host_start = at.map_or(start, |a| start + a + 1);
    let host = text[host_start..auth_end].split(':').next().unwrap_or("");
    if ipv4_at(host, 0) == Some(host.len())
        || host.trim_matches(['[', ']']).parse::<Ipv6Addr>().is_ok()
    {
        out.push(PiiSpan {
            start: host_start,
            end: host_start + host.len(),
            kind: PiiKind::Ip,
        });
    }
    let q = text[auth_end..end]
        .find(['?', '#'])
        .map_or(end, |p| auth_end + p);
    path_ids(text, auth_end, q, out);
    if q < end {
        let mut p = q;
        while p < end {
            let mark = text.as_bytes()[p];
            let seg_end = text[p + 1..end]
                .find(|c| c == '#' || (mark == b'#' && c == '?'))
                .map_or(end, |x| p + 1 + x);
            let body = &text[p + 1..seg_end];
            if mark == b'#' && (body.starts_with('/') || body.starts_with("!/")) {
                // A route in the fragment (`#/espace-personnel/demande/123456`).
                let route_end = body.find('?').map_or(seg_end, |x| p + 1 + x);
                path_ids(text, p + 1, route_end, out);
                if route_end < seg_end {
                    params(text, route_end + 1, seg_end, out);
                }
            } else if mark == b'?' || body.contains('=') {
                params(text, p + 1, seg_end, out);
            }
            p = seg_end;
        }
    }
}

fn params(text: &str, start: usize, end: usize, out: &mut Vec<PiiSpan>) {
    let mut p = start;
    for part in text[start..end].split(['&', ';']) {
        let s = p;
        p += part.len() + 1;
        if part.is_empty() {
            continue;
        }
        match part.find('=') {
            Some(eq) if eq + 1 < part.len() => out.push(PiiSpan {
                start: s + eq + 1,
                end: s + part.len(),
                kind: PiiKind::UrlParam,
            }),
            Some(_) => {}
            None => out.push(PiiSpan {
                start: s,
                end: s + part.len(),
                kind: PiiKind::UrlParam,
            }),
        }
    }
}

/// Path segments that identify someone or something: numbers of 5 digits or more, mixes of
/// letters and digits (`AEF2024000123`, UUIDs, hashes), long tokens, anything with an `@`.
fn path_ids(text: &str, start: usize, end: usize, out: &mut Vec<PiiSpan>) {
    let mut p = start;
    for seg in text[start..end].split('/') {
        let s = p;
        p += seg.len() + 1;
        let digits = seg.bytes().filter(u8::is_ascii_digit).count();
        let letters = seg.bytes().filter(u8::is_ascii_alphabetic).count();
        let hexish = seg.len() >= 12
            && seg.bytes().all(|c| c.is_ascii_hexdigit() || c == b'-')
            && digits >= 3;
        let is_id = digits >= 5
            || (digits >= 3 && letters >= 2 && seg.len() >= 8 && !seg.contains('.'))
            || hexish
            || (seg.len() >= 24 && !seg.contains('-'))
            || seg.contains('@')
            || seg.contains('%') && digits >= 3;
        if is_id && !seg.is_empty() {
            out.push(PiiSpan {
                start: s,
                end: s + seg.len(),
                kind: PiiKind::Token,
            });
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Words: names and addresses
// ---------------------------------------------------------------------------------------------

#[derive(Debug)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    folded: String,
    /// What the word lists say of it (see [`lexicon`]).
    flags: u16,
}

impl Word<'_> {
    fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

const CIV: u16 = 1;
const LABEL: u16 = 1 << 1;
const LABEL_LINK: u16 = 1 << 2;
const VALUE_STOP: u16 = 1 << 3;
const STREET: u16 = 1 << 4;
const AMBIG_STREET: u16 = 1 << 5;
const STREET_PARTICLE: u16 = 1 << 6;
const NOT_NAME: u16 = 1 << 7;
const NOT_SURNAME: u16 = 1 << 8;
const NOT_LOWER: u16 = 1 << 9;
const FIRST_NAME: u16 = 1 << 10;
const PLACE: u16 = 1 << 11;
const PARTICLE: u16 = 1 << 12;

/// Every word list in one map, built once: a word is looked up once, not in each list.
fn lexicon() -> &'static HashMap<&'static str, u16> {
    static LEXICON: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut m: HashMap<&'static str, u16> = HashMap::new();
        let lists: [(&[&'static str], u16); 13] = [
            (CIVILITIES, CIV),
            (LABELS, LABEL),
            (LABEL_LINKS, LABEL_LINK),
            (VALUE_STOPS, VALUE_STOP),
            (STREET_TYPES, STREET),
            (AMBIGUOUS_STREETS, AMBIG_STREET),
            (STREET_PARTICLES, STREET_PARTICLE),
            (NOT_NAMES, NOT_NAME),
            (NOT_SURNAMES, NOT_SURNAME),
            (NOT_LOWER_NAMES, NOT_LOWER),
            (FIRST_NAMES, FIRST_NAME),
            (PLACE_WORDS, PLACE),
            (PARTICLES, PARTICLE),
        ];
        for (list, flag) in lists {
            for w in list {
                *m.entry(*w).or_default() |= flag;
            }
        }
        m
    })
}

/// Runs of letters and digits, with apostrophes and hyphens inside (`N'Diaye`, `Jean-Pierre`,
/// `m'appelle`).
fn words(text: &str) -> Vec<Word<'_>> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        let folded = fold(&text[s..e]);
        let flags = lex.get(folded.as_str()).copied().unwrap_or(0);
        out.push(Word {
            start: s,
            end: e,
            text: &text[s..e],
            folded,
            flags,
        });
    };
    let mut start = None;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(s, i);
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

fn is_cap(w: &str) -> bool {
    let mut cs = w.chars();
    let first = cs.next().is_some_and(char::is_uppercase);
    first && w.chars().any(char::is_lowercase) && !w.chars().any(|c| c.is_ascii_digit())
}

fn is_upper(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !w.chars().any(char::is_lowercase)
        && !w.chars().any(|c| c.is_ascii_digit())
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// `d'Almeida`, `l'Hôpital`: an elided particle glued to a capitalised word.
fn elided_cap(w: &str) -> bool {
    let f = w.get(..2).map(str::to_ascii_lowercase);
    matches!(f.as_deref(), Some("d'" | "l'")) && is_cap(&w[2..])
        || w.starts_with("d’") && is_cap(&w["d’".len()..])
}

const PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "ben", "bin", "ibn", "el",
    "al", "da", "dos", "das", "di", "del", "della", "ould", "ait", "abu", "bou", "mac", "st",
];

/// Capitalised words that are not names: sentence openers, titles, institutions, months, days.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "madame", "monsieur", "mademoiselle", "mesdames", "messieurs", "mme", "mlle", "melle", "m",
    "mr", "mrs", "ms", "me", "dr", "docteur", "maitre", "pr", "professeur", "le", "la", "les", "l",
    "un", "une", "des", "du", "de", "d", "votre", "vos", "notre", "nos", "nous", "vous", "je", "j",
    "tu", "il", "elle", "ils", "elles", "on", "bonjour", "bonsoir", "merci", "cordialement",
    "salutations", "prefet", "prefete", "prefecture", "sous-prefecture", "sous-prefet", "directeur",
    "directrice", "maire", "ministre", "president", "presidente", "agent", "agente", "conseiller",
    "conseillere", "service", "services", "caisse", "centre", "pole", "france", "travail", "et",
    "ou", "a", "au", "aux", "pour", "par", "avec", "sans", "sur", "sous", "dans", "en", "si", "ce",
    "cette", "ces", "cet", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "qui", "que",
    "quoi", "dont", "tous", "toutes", "tout", "cher", "chere", "chers", "cheres", "bien", "objet",
    "attention", "important", "information", "informations", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "equipe", "administration",
    "ministere", "mairie", "tribunal", "juge", "avocat", "avocate", "assistante", "assistant",
    "sociale", "social", "secretariat", "accueil", "guichet", "bureau", "direction", "demande",
    "dossier", "rendez-vous", "rdv", "re", "tr", "fwd", "ps", "nb", "ok", "oui", "non", "svp",
    "urgent", "suite", "apres", "avant", "depuis", "car", "mais", "donc", "or", "ni", "puis",
    "alors", "ici", "voici", "voila", "est", "ont", "sont", "etre", "avoir", "veuillez", "excusez",
    "desole", "desolee", "selon", "concernant", "relance", "rappel", "tel", "telephone", "mail",
    "email", "e-mail", "courriel", "adresse", "numero", "ref", "reference", "nom", "prenom",
    "prenoms", "date", "lieu", "ne", "nee", "fils", "fille", "epoux", "epouse", "veuve", "veuf",
    "caf", "cpam", "anef", "ants", "ofii", "impots", "ameli", "urssaf", "msa", "titre", "sejour",
    "carte", "compte", "espace", "connexion", "erreur", "statut", "etape", "piece", "pieces",
    "justificatif", "document", "documents", "confirmation", "validation", "echec", "alerte",
    "nouveau", "nouvelle", "indisponible", "maintenance", "personnel", "republique", "francaise",
    "etat", "police", "gendarmerie", "hopital", "ecole", "college", "lycee", "universite", "banque",
    "poste", "association", "cimade", "secours", "populaire", "croix", "rouge", "emmaus", "paris",
    "lyon", "marseille", "lille", "bobigny", "creteil", "nanterre", "saint-denis",
    "seine-saint-denis", "val-de-marne", "hauts-de-seine", "mediateur", "mediatrice", "benevole",
    "intervenant", "intervenante", "famille", "enfant", "enfants", "fiscal", "allocataire",
    "allocations", "familiales", "assurance", "maladie", "retraite", "sante", "aide", "aides",
    "logement", "emploi", "cordiales", "sincere", "sinceres", "respectueusement", "cdlt", "signe",
    "signature", "expediteur", "destinataire", "ci-joint", "ci-jointe", "pj", "helpdesk", "support",
    "internet", "web", "site", "portail", "plateforme", "application", "https", "http", "www",
    "cerfa", "recepisse", "attestation", "autorisation", "convocation", "notification", "decision",
    "refus", "acceptation", "prolongation", "renouvellement", "premiere", "premier", "changement",
    "statut", "vie", "privee", "familiale", "salarie", "salariee", "etudiant", "etudiante",
    "passeport", "talent", "visa", "visiteur", "naturalisation", "nationalite", "dublin", "asile",
    "refugie", "protection", "subsidiaire", "apatride", "europe", "union", "europeenne", "algerie",
    "maroc", "tunisie", "senegal", "mali", "cote", "ivoire", "afghanistan", "ukraine", "syrie",
    "soudan", "erythree", "guinee", "cameroun", "congo", "comores", "haiti", "turquie", "chine",
    "inde", "bangladesh", "pakistan", "sri", "lanka", "roumanie", "russie", "georgie", "albanie",
    "kosovo", "serbie", "moldavie",
];

/// Capitalised acronyms and headings that are not surnames.
#[rustfmt::skip]
const NOT_SURNAMES: &[&str] = &[
    "caf", "cpam", "anef", "ants", "ofii", "ofpra", "cnda", "urssaf", "msa", "carsat", "rsa", "apl",
    "als", "alf", "aah", "paje", "cmu", "css", "ame", "delf", "dalf", "tcf", "tef", "pdf", "jpg",
    "jpeg", "png", "gif", "heic", "http", "https", "url", "uri", "id", "cni", "rib", "iban", "bic",
    "siret", "siren", "tva", "nir", "insee", "sncf", "ratp", "edf", "engie", "sfr", "faq", "rdv",
    "ft", "cdi", "cdd", "smic", "ue", "eu", "fr", "ok", "nb", "ps", "rgpd", "cnil", "dgfip",
    "ddets", "dreets", "pmi", "ccas", "mdph", "agdref", "vls", "ts", "vls-ts", "aps", "rcs", "sas",
    "sa", "sarl", "err", "mfa", "captcha", "waf", "api", "dns", "ssl", "tls", "html", "json", "xml",
    "sms", "cet", "utc", "gmt", "cedex", "bp", "cs", "tsa", "attention", "important", "urgent",
    "erreur", "error", "warning", "avis", "info", "non", "oui", "fin", "pj", "re", "tr", "fwd",
    "svp", "cv", "ko", "na", "nc", "asf", "ars", "ape", "afpa", "apa", "ehpad", "hlm", "oph",
    "dalo", "siao", "sdf", "ase", "mairie", "prefecture", "prefet", "titre", "sejour", "demande",
    "dossier", "compte", "service", "carte", "vitale", "bonjour", "madame", "monsieur", "merci",
    "cordialement", "rappel", "notification", "objet", "statut", "etat", "etape", "piece", "pieces",
    "justificatif", "document", "documents", "information", "confirmation", "validation", "echec",
    "succes", "alerte", "nouveau", "nouvelle", "indisponible", "maintenance", "accueil",
    "connexion", "espace", "personnel", "mon", "ma", "mes", "votre", "vos", "la", "le", "les", "de",
    "du", "des", "et", "ou", "en", "au", "aux", "pour", "sur", "par", "france", "travail", "pole",
    "emploi", "anah", "cerfa", "ssi", "tns", "ae", "eur", "euros", "usd", "mdp", "otp", "qr", "cb",
    "dgp", "dgef", "oqtf", "irtf", "apt", "ddpp", "spi", "ce", "cesu", "creche", "bts", "cap",
    "bac", "dut", "but", "ccas", "caf93", "cpam93", "ass", "are", "cej", "rsa-socle", "pass",
    "navigo", "gip", "ants-mfa", "tsa", "idf", "paca", "dom", "tom", "drom", "com", "ile-de-france",
    "seine-saint-denis", "paris", "lyon", "marseille", "rappeler",
];

fn stop(w: &Word) -> bool {
    w.has(NOT_NAME)
}

/// Whether the gap between two words of a name is only spaces (or nothing).
fn space_gap(text: &str, a: usize, b: usize) -> bool {
    a <= b && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}') && b - a <= 3
}

/// The name starting at word `j`: capitalised or capital words, initials, particles before a
/// name word. With `lenient`, the first word may be in lower case (notes: `mme diallo`).
fn name_run(
    text: &str,
    ws: &[Word],
    j: usize,
    lenient: bool,
    max: usize,
) -> Option<(usize, usize)> {
    let mut k = j;
    let mut end = None;
    let mut count = 0;
    while k < ws.len() && count < max {
        let w = &ws[k];
        if k > j {
            let gap_ok = space_gap(text, ws[k - 1].end, w.start)
                || (is_initial(ws[k - 1].text)
                    && text[ws[k - 1].end..w.start]
                        .trim_start_matches('.')
                        .trim()
                        .is_empty()
                    && w.start - ws[k - 1].end <= 3);
            if !gap_ok {
                break;
            }
        }
        let t = w.text;
        let name_word = ((is_cap(t) || elided_cap(t)) && !stop(w))
            || (is_upper(t) && !w.has(NOT_SURNAME))
            || is_initial(t) && t != "À" && t != "A"
            || (lenient && k == j && lower_name(w));
        if name_word {
            end = Some(w.end);
            count += 1;
            k += 1;
            continue;
        }
        // A particle counts when a name word follows: `de La Fontaine`, `Le Goff`, `ben Ali`.
        if w.has(PARTICLE) && k + 1 < ws.len() && space_gap(text, w.end, ws[k + 1].start) {
            let n = &ws[k + 1];
            if ((is_cap(n.text) && !stop(n)) || (is_upper(n.text) && !n.has(NOT_SURNAME)))
                && (k > j || w.text.chars().next().is_some_and(char::is_uppercase))
            {
                count += 1;
                k += 1;
                continue;
            }
        }
        break;
    }
    end.map(|e| (ws[j].start, e))
}

/// Words that cannot be a name written in lower case.
#[rustfmt::skip]
const NOT_LOWER_NAMES: &[&str] = &[
    "a", "au", "aux", "et", "est", "a-t-elle", "a-t-il", "je", "j", "il", "elle", "on", "nous",
    "vous", "ils", "elles", "qui", "que", "de", "du", "des", "la", "le", "les", "l", "un", "une",
    "pour", "par", "avec", "sans", "sur", "dans", "en", "doit", "doivent", "va", "vient", "veut",
    "souhaite", "demande", "dit", "n", "ne", "ce", "cette", "son", "sa", "ses", "mon", "ma", "mes",
    "votre", "vos", "notre", "nos", "leur", "leurs", "suis", "ai", "as", "avait", "etait", "sera",
    "serait", "aussi", "ou", "mais", "car", "donc", "pas", "plus", "deja", "encore", "toujours",
    "jamais", "rien", "tout", "tous", "toute", "toutes", "appele", "appelee", "rappele", "rappelee",
    "vu", "vue", "recu", "recue", "passe", "passee", "venu", "venue", "arrive", "arrivee", "pris",
    "prise", "fait", "faite", "a-t", "n'a", "n'est", "s'est", "m", "me", "mme", "mr", "madame",
    "monsieur", "x", "y", "nom", "prenom", "prenoms", "champ", "obligatoire", "invalide", "requis",
    "requise", "veuillez", "non", "oui", "merci", "format", "saisir", "renseigner", "renseigne",
    "inconnu", "inconnue", "vide", "incorrect", "incorrecte", "manquant", "manquante", "trop",
    "long", "court", "doit", "contenir", "caracteres", "lettres", "chiffres", "au", "moins",
    "maximum", "minimum", "autorises", "interdit", "interdits", "ici", "la", "voir", "cf",
    "ci-dessous", "ci-dessus", "usage", "naissance", "famille", "marital", "d'usage", "de", "et",
    "epoux", "epouse", "ne", "nee", "fils", "fille", "sera", "seront", "devra", "pourra",
];

fn lower_name(w: &Word) -> bool {
    w.text
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && w.text.chars().count() >= 2
        && !w.has(NOT_LOWER)
        && !w.has(NOT_NAME)
}

/// Common first names in France (folded), including the communities
/// that meet the foreigners' portals most. Words that are also common nouns (Rose, Pierre…) are
/// only names when capitalised mid-sentence, which [`is_cap`] requires anyway.
#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    "abdallah", "abdel", "abdelkader", "abdi", "abdirahman", "abdoulaye", "abdul", "adam", "adama",
    "adjoua", "affoue", "agnes", "ahmad", "ahmed", "aicha", "aissatou", "akissi", "alain",
    "alexandre", "alexandru", "ali", "alice", "amadou", "amina", "aminata", "amine", "amira", "ana",
    "anais", "anastasia", "andre", "andreea", "andrei", "andriy", "anis", "anne", "anthony",
    "antoine", "antonio", "arthur", "arun", "asma", "audrey", "aurelie", "awa", "aya", "ayse",
    "bakary", "beatrice", "benjamin", "benoit", "bernard", "bilal", "bintou", "boubacar",
    "brigitte", "bruno", "camille", "carlos", "carmen", "caroline", "catherine", "cedric", "celine",
    "chantal", "charlotte", "cheikh", "chloe", "christine", "christophe", "clara", "claude",
    "clement", "colette", "corinne", "cristina", "damien", "daniel", "david", "dawit", "delphine",
    "didier", "djeneba", "dmitri", "dmytro", "dominique", "drissa", "dylan", "elena", "elif",
    "elise", "elodie", "emilie", "emine", "emma", "enzo", "eric", "ethan", "eva", "fabrice",
    "faduma", "farid", "fatemeh", "fatih", "fatima", "fatma", "fatou", "fatoumata", "fernanda",
    "florian", "florin", "franck", "francois", "francoise", "frederic", "gabriel", "gael",
    "georges", "gerard", "gheorghe", "gilles", "giorgi", "guillaume", "haile", "halima", "hamid",
    "hamza", "hanane", "hasan", "hassan", "hatice", "hawa", "hayat", "helene", "henri", "herve",
    "hodan", "hossain", "houria", "hugo", "huong", "huseyin", "hussein", "ibrahim", "ibrahima",
    "ikram", "ilyes", "imane", "ines", "ioana", "irina", "iryna", "isabelle", "ismail", "issa",
    "ivan", "jacqueline", "jacques", "jade", "javed", "jean", "jeremy", "jerome", "joao", "joel",
    "jonathan", "jose", "josiane", "juan", "jules", "julie", "julien", "juliette", "justine",
    "kadiatou", "kadidia", "kamel", "karamoko", "karim", "karima", "karine", "kenza", "kevin",
    "khadija", "khaled", "koffi", "kofi", "konan", "kouassi", "kumar", "laetitia", "lakshmi",
    "lamia", "lamine", "lassana", "latifa", "laura", "laurent", "lea", "leila", "leo", "levan",
    "leyla", "lina", "linh", "lionel", "loic", "louis", "louise", "lucas", "lucia", "lucie",
    "ludovic", "luis", "mael", "maeva", "malik", "malika", "mamadou", "manon", "manuel", "marc",
    "marcel", "margaux", "margot", "maria", "mariam", "mariama", "marie", "marion", "martin",
    "martine", "maryam", "mathieu", "mathilde", "maxime", "mehdi", "mehmet", "melanie", "meriem",
    "michel", "mickael", "miguel", "mihai", "minh", "mireille", "modou", "mohamed", "mohammad",
    "mohammed", "monique", "morgane", "mourad", "moussa", "muhammad", "murat", "mustafa",
    "mustapha", "mykola", "myriam", "nabil", "nadia", "nadir", "naima", "nasrin", "natalia",
    "nathalie", "nathan", "nicolas", "nicole", "nino", "noah", "noemie", "nora", "nordine",
    "oceane", "odile", "oksana", "oleksandr", "oleksii", "olena", "olga", "olivier", "omar",
    "ophelie", "oumar", "oumou", "ousmane", "pascal", "patrick", "paul", "pauline", "paulo",
    "pedro", "philippe", "pierre", "priya", "quentin", "rachid", "rachida", "rahim", "rahima",
    "rahman", "rahul", "rajesh", "ramata", "rania", "raphael", "rashid", "redouane", "rene",
    "robert", "roger", "rokia", "romain", "sabrina", "sacha", "said", "sakina", "salima",
    "salimata", "salma", "samir", "samira", "sandrine", "sanjay", "sarah", "sebastien", "sekou",
    "selam", "senait", "sergei", "serhii", "seydou", "shafiq", "siaka", "sihem", "simone",
    "slimane", "sofiane", "sonia", "sophie", "soraya", "souad", "souleymane", "stephane",
    "stephanie", "svetlana", "sylvain", "sylvie", "tamar", "tarek", "tatiana", "tesfaye", "tetiana",
    "theo", "thierry", "thomas", "timothee", "tom", "valerie", "vasile", "veronique", "vincent",
    "virginie", "vladimir", "volodymyr", "wafa", "wahid", "walid", "xavier", "yacine", "yann",
    "yao", "yasmina", "yasmine", "yassine", "yaya", "yohannes", "yonas", "yousef", "youssef",
    "yulia", "yuri", "yves", "yvette", "zahra", "zainab", "zakaria", "zeynep", "zineb", "zoe",
    "zohra",
];

/// Words before a first name that make it the name of a place, not of a person.
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "lycee", "college", "ecole", "hopital", "metro", "gare", "stade", "centre", "salle", "rue",
    "avenue", "boulevard", "bd", "place", "square", "universite", "maison", "espace", "mediatheque",
    "bibliotheque", "residence", "cite", "quai", "allee", "impasse", "chemin", "station",
    "fondation", "institut", "groupe", "scolaire", "clinique", "esplanade", "pont", "parc",
    "jardin", "saint", "sainte", "st", "ste", "promenade", "cours", "route", "theatre", "musee",
    "gymnase", "piscine", "foyer", "prix",
];

#[rustfmt::skip]
const CIVILITIES: &[&str] = &[
    "monsieur", "madame", "mademoiselle", "mme", "mlle", "melle", "mr", "m", "mrs", "ms", "dr",
    "docteur", "me", "maitre", "pr",
];

#[rustfmt::skip]
const LABELS: &[&str] = &[
    "nom", "prenom", "prenoms", "titulaire", "beneficiaire", "demandeur", "demandeuse",
    "destinataire", "expediteur", "expeditrice", "signataire", "usager", "usagere", "interesse",
    "interessee", "requerant", "requerante", "patient", "patiente", "conjoint", "conjointe",
    "epoux", "epouse", "pere", "mere", "parent", "enfant", "allocataire", "assure", "assuree",
    "contact", "name", "surname", "lastname", "firstname", "nom_naissance", "nom_usage",
];

/// Words that may sit between a label and its colon: `Nom de naissance :`, `Nom et prénom(s) :`.
#[rustfmt::skip]
const LABEL_LINKS: &[&str] = &[
    "de", "d'usage", "usage", "naissance", "famille", "marital", "et", "prenom", "prenoms", "nom",
    "du", "la", "l'", "s", "complet", "complets", "d", "epouse", "jeune", "fille", "name", "first",
    "last", "compte", "dossier",
];

/// Words that stop a labelled value (the next label).
#[rustfmt::skip]
const VALUE_STOPS: &[&str] = &[
    "nom", "prenom", "prenoms", "ne", "nee", "date", "adresse", "tel", "telephone", "email",
    "e-mail", "mail", "courriel", "numero", "n", "nationalite", "sexe", "lieu",
    "www", "http", "https", "ftp",
];

#[rustfmt::skip]
const STREET_TYPES: &[&str] = &[
    "rue", "avenue", "av", "ave", "boulevard", "bd", "bld", "blvd", "place", "pl", "allee",
    "allees", "impasse", "imp", "chemin", "ch", "route", "rte", "quai", "cours", "square", "sq",
    "cite", "residence", "res", "voie", "passage", "villa", "sentier", "hameau", "lotissement",
    "lieu-dit", "lieudit", "rond-point", "esplanade", "promenade", "parvis", "faubourg", "fg",
    "fbg", "mail", "montee", "chaussee", "traverse", "ruelle", "clos", "domaine", "sente", "cour",
    "galerie", "parc", "val", "zac", "za", "zi",
];

/// Street types that are also ordinary words (`cours de français`, `3 places`): the street name
/// must then contain a capitalised word.
#[rustfmt::skip]
const AMBIGUOUS_STREETS: &[&str] = &[
    "place", "pl", "cours", "route", "voie", "passage", "mail", "parc", "cour", "clos", "domaine",
    "val", "villa", "square", "cite", "residence", "res", "ch", "sq", "imp", "za", "zi", "galerie",
    "promenade", "traverse",
];

const STREET_PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "la", "le", "les", "l'", "aux", "au", "sur", "sous", "en", "et",
];

fn scan_words(text: &str, out: &mut Vec<PiiSpan>) {
    let ws = words(text);
    let mut j = 0;
    while j < ws.len() {
        let w = &ws[j];
        let f = w.folded.as_str();
        let gap_after = ws.get(j + 1).map(|n| &text[w.end..n.start]);
        // Civility: `M. Dupont`, `Mme DIALLO Awa`, `Madame Le Goff`, `mme koné`.
        if w.has(CIV) && j + 1 < ws.len() {
            let upper_first = w.text.chars().next().is_some_and(char::is_uppercase);
            let g = gap_after.unwrap_or("");
            let gap_ok =
                matches!(g, " " | ". " | "\u{a0}" | ".\u{a0}" | "  ") || (g == "." && f == "m");
            let plausible = match f {
                "m" => w.text == "M" && gap_ok,
                "me" | "pr" => w.text == "Me" || w.text == "Pr",
                _ => true,
            };
            if plausible && gap_ok {
                let lenient =
                    !upper_first && matches!(f, "mme" | "mlle" | "mr" | "monsieur" | "madame");
                if let Some((s, e)) = name_run(text, &ws, j + 1, lenient, 5) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                    j += 1;
                    continue;
                }
            }
        }
        // Labels: `Nom : DUPONT`, `Prénom(s) : Awa Fatou`, `Titulaire du compte : Jean Martin`.
        if w.has(LABEL) {
            if let Some((s, e)) = labelled_value(text, &ws, j) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        // `je m'appelle Awa`, `mon nom est Diallo`, `moi c'est Karim`.
        if let Some(k) = introduction(&ws, j) {
            if let Some((s, e)) = name_run(text, &ws, k, true, 3) {
                let (s, e) = extend_lower(text, &ws, k, s, e);
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        // Greetings and signatures: `Bonjour Awa,`, `Cordialement, Jean Martin`.
        if matches!(
            f,
            "bonjour" | "bonsoir" | "salut" | "cher" | "chere" | "coucou" | "hello"
        ) && j + 1 < ws.len()
            && space_gap(text, w.end, ws[j + 1].start)
        {
            if let Some((s, e)) = name_run(text, &ws, j + 1, false, 3) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        if matches!(
            f,
            "cordialement" | "cdlt" | "respectueusement" | "salutations" | "signe"
        ) && j + 1 < ws.len()
        {
            let g = &text[w.end..ws[j + 1].start];
            if g.chars().all(|c| matches!(c, ',' | ' ' | ':' | '-' | '.')) && g.len() <= 4 {
                if let Some((s, e)) = name_run(text, &ws, j + 1, false, 4) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                }
            }
        }
        // `Famille Nguyen`.
        if f == "famille" && j + 1 < ws.len() && space_gap(text, w.end, ws[j + 1].start) {
            if let Some((s, e)) = name_run(text, &ws, j + 1, false, 2) {
                out.push(PiiSpan {
                    start: s,
                    end: e,
                    kind: PiiKind::Name,
                });
            }
        }
        // A known first name, and the capitalised words after it: `Awa Koné`, `Thomas`; not in
        // the name of a place (`lycée Jean Moulin`, `métro Jean Jaurès`).
        if is_cap(w.text) && w.has(FIRST_NAME) {
            let place = j.checked_sub(1).is_some_and(|p| ws[p].has(PLACE));
            if !place {
                if let Some((s, e)) = name_run(text, &ws, j, false, 4) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                }
            }
        }
        // `DIALLO Mamadou`, `Jean-Pierre MARTIN`.
        if is_upper(w.text) && !w.has(NOT_SURNAME) {
            let cap_next = ws
                .get(j + 1)
                .filter(|n| space_gap(text, w.end, n.start) && is_cap(n.text) && !stop(n));
            let cap_prev = j
                .checked_sub(1)
                .map(|p| &ws[p])
                .filter(|p| space_gap(text, p.end, w.start) && is_cap(p.text) && !stop(p));
            if cap_next.is_some() || cap_prev.is_some() {
                let first = if cap_prev.is_some() { j - 1 } else { j };
                if let Some((s, e)) = name_run(text, &ws, first, false, 4) {
                    out.push(PiiSpan {
                        start: s,
                        end: e,
                        kind: PiiKind::Name,
                    });
                }
            }
        }
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
        j += 1;
    }
}

/// After a label word: link words, an optional `(s)`, a colon, then up to four words of value.
fn labelled_value(text: &str, ws: &[Word], j: usize) -> Option<(usize, usize)> {
    let mut k = j;
    let mut links = 0;
    loop {
        let raw = &text[ws[k].end..ws.get(k + 1).map_or(text.len(), |n| n.start)];
        let gap: String = raw.chars().filter(|c| !matches!(c, '(' | ')')).collect();
        let gap = gap.trim();
        if let Some(rest) = gap.strip_prefix(':') {
            if rest.trim().is_empty()
                || rest.trim_start().starts_with('"')
                || rest.trim_start().starts_with('«')
                || rest
                    .trim()
                    .chars()
                    .all(|c| c == '"' || c == '«' || c == ' ')
            {
                k += 1;
                break;
            }
            return None;
        }
        if !(gap.is_empty() || gap == "," || gap == "/" || gap == "-") || links >= 4 {
            return None;
        }
        k += 1;
        let n = ws.get(k)?;
        if !n.has(LABEL_LINK) && !n.has(LABEL) {
            return None;
        }
        links += 1;
    }
    let first = ws.get(k)?;
    if first.has(CIV) {
        return None;
    }
    let gap0 = &text[ws[k - 1].end..first.start];
    if gap0.contains('\n') {
        return None;
    }
    if !(first
        .text
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        || first.has(VALUE_STOP)
        || first.has(NOT_LOWER) && !is_upper(first.text) && !is_cap(first.text)
    {
        return None;
    }
    let mut e = first.end;
    let mut m = k + 1;
    while m < ws.len() && m < k + 4 {
        let w = &ws[m];
        let g = &text[ws[m - 1].end..w.start];
        if !(g == " " || g == "\u{a0}")
            || w.has(VALUE_STOP)
            || !w
                .text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        {
            break;
        }
        let name_like = is_cap(w.text)
            || is_upper(w.text)
            || elided_cap(w.text)
            || w.has(PARTICLE)
            || (!is_cap(first.text) && !is_upper(first.text) && lower_name(w));
        if !name_like || w.has(NOT_SURNAME) && is_upper(w.text) {
            break;
        }
        e = w.end;
        m += 1;
    }
    Some((first.start, e))
}

/// After `je m'appelle`, `mon nom est`, `mon prénom c'est`, `moi c'est`: the index of the word
/// where the name begins.
fn introduction(ws: &[Word], j: usize) -> Option<usize> {
    let f = |k: usize| ws.get(k).map(|w| w.folded.as_str());
    match f(j)? {
        "m'appelle" | "m'apelle" if f(j.wrapping_sub(1)) == Some("je") || j == 0 => Some(j + 1),
        "appelle" if f(j.wrapping_sub(1)) == Some("m") => Some(j + 1),
        "nom" | "prenom" if matches!(f(j.wrapping_sub(1)), Some("mon" | "son")) => {
            let mut k = j + 1;
            if matches!(f(k), Some("de")) && matches!(f(k + 1), Some("famille")) {
                k += 2;
            }
            match f(k)? {
                "est" => Some(k + 1),
                "c'est" => Some(k + 1),
                _ => None,
            }
        }
        "c'est" if f(j.wrapping_sub(1)) == Some("moi") => Some(j + 1),
        _ => None,
    }
}

/// In an introduction, a lower-case first name may be followed by a lower-case surname.
fn extend_lower(text: &str, ws: &[Word], k: usize, s: usize, e: usize) -> (usize, usize) {
    let mut e = e;
    let mut m = ws.iter().position(|w| w.end == e).map_or(k + 1, |p| p + 1);
    while m < ws.len()
        && m < k + 3
        && space_gap(text, ws[m - 1].end, ws[m].start)
        && lower_name(&ws[m])
        && !ws[m].text.chars().next().is_some_and(char::is_uppercase)
    {
        e = ws[m].end;
        m += 1;
    }
    (s, e)
}

/// The address around the street type at word `t`: the number before it (with `bis`, `ter`…),
/// the street name after it, then an optional postcode and town.
fn address(text: &str, ws: &[Word], t: usize) -> Option<(usize, usize)> {
    // The number: `12`, `12 bis`, `12bis`, `12, rue`, `3-5 rue`.
    let mut n = t.checked_sub(1)?;
    let gap = &text[ws[n].end..ws[t].start];
    if !matches!(gap, " " | ", " | "\u{a0}" | ",\u{a0}" | "  ") {
        return None;
    }
    if matches!(
        ws[n].folded.as_str(),
        "bis" | "ter" | "quater" | "b" | "a" | "c"
    ) && n > 0
        && space_gap(text, ws[n - 1].end, ws[n].start)
    {
        n -= 1;
    }
    let num = ws[n].folded.as_str();
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
                    w.folded.as_str(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(anonymise(input), expected, "anonymising {input:?}");
    }

    #[test]
    fn checksums() {
        // The example NIR of the French Wikipedia: 2 55 08 14 168 025, key 38.
        assert_eq!(nir_key("2550814168025"), Some(38));
        assert!(is_valid_nir("255081416802538"));
        assert!(!is_valid_nir("255081416802539"));
        // Corsica: 2A → 19, 2B → 18.
        assert_eq!(
            nir_key("269032A012345"),
            Some(97 - (2_690_319_012_345u64 % 97) as u32)
        );
        assert_eq!(
            nir_key("269032B012345"),
            Some(97 - (2_690_318_012_345u64 % 97) as u32)
        );
        assert!(is_valid_iban("FR76 3000 6000 0112 3456 7890 189"));
        assert!(is_valid_iban("GB82WEST12345698765432"));
        assert!(!is_valid_iban("FR76 3000 6000 0112 3456 7890 188"));
        assert_eq!(
            iban_check_digits("FR", "30006000011234567890189").as_deref(),
            Some("76")
        );
        assert!(luhn_valid(b"4111111111111111"));
        assert!(!luhn_valid(b"4111111111111112"));
        assert_eq!(luhn_check_digit(b"411111111111111"), Some(1));
        assert!(rib_valid(b"30006000011234567890189"));
    }

    #[test]
    fn examples() {
        check("Appelez-moi au 06 12 34 56 78.", "Appelez-moi au [PHONE].");
        check(
            "+33 (0)6 12 34 56 78 ou 0033 7 12 34 56 78",
            "[PHONE] ou [PHONE]",
        );
        check("mon NIR : 1 85 05 78 006 084 91", "mon NIR : [NIR]");
        check("sécu 2 55 08 14 168 025 38.", "sécu [NIR].");
        check(
            "IBAN FR76 3000 6000 0112 3456 7890 189 merci",
            "IBAN [IBAN] merci",
        );
        check(
            "Préfecture de Seine-Saint-Denis",
            "Préfecture de Seine-Saint-Denis",
        );
        check("Numéro allocataire : 1234567", "Numéro allocataire : [CAF]");
        check(
            "Votre demande [n° 2024-0012345678] a bien été enregistrée",
            "Votre demande [n° [REF]] a bien été enregistrée",
        );
        check("écrire à jean.dupont@gmail.com", "écrire à [EMAIL]");
        check(
            "J'habite au 12 rue des Lilas, 93100 Montreuil depuis 2019",
            "J'habite au [ADDRESS] depuis 2019",
        );
        check("né le 12/03/1985 à Bamako", "né le [BIRTHDATE] à Bamako");
        check("RDV le 12/03/2024 à 9h", "RDV le 12/03/2024 à 9h");
        check("Nom : DIALLO Prénom : Awa", "Nom : [NAME] Prénom : [NAME]");
        check(
            "je m'appelle fatou diallo et j'ai besoin d'aide",
            "je m'appelle [NAME] et j'ai besoin d'aide",
        );
    }

    #[test]
    fn idempotent_and_total() {
        for s in [
            "",
            "[EMAIL] [PHONE] M. [NAME]",
            "\u{0}\u{ffff}",
            "++++",
            "@@@",
            "1.2.3.4.5.6",
            "Mme",
            "12 rue",
            "https://",
            "::::::",
        ] {
            let once = anonymise(s);
            assert_eq!(anonymise(&once), once);
        }
    }

    #[test]
    fn form_values() {
        assert_eq!(
            anonymise_with_form_values("Le code XK-77 est inconnu", &["xk-77", "a"]),
            "Le code [FORM_VALUE] est inconnu"
        );
    }
}

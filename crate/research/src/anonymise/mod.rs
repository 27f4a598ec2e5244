//! Anonymisation of French administrative text, shared by the extension and `relais anonymize`.
//!
//! [`anonymise`] replaces every piece of personal data it recognises with a typed placeholder
//! (`[EMAIL]`, `[PHONE]`, `[NIR]`…, see [`PiiKind`]); [`find_pii`] returns the spans instead.
//! It is tuned to what people meet on French government portals and write in their notes:
//! e-mail addresses; phone numbers in every common French format; NIR (social security number,
//! checked with its key, Corsica included); numéro étranger (AGDREF), France Travail, fiscal and
//! CAF numbers; IBAN (mod-97) and payment cards (Luhn); dates of birth; postal addresses; names
//! (after a civility, a label, a role word such as `allocataire` or `née`, `je m'appelle`; in
//! capitals and mixed case in every order, `DUPONT Jean`, `JEAN DUPONT`; from known first names
//! and surname endings, in `names.rs`); file references; URL query values and identifiers in URL
//! paths; IP addresses. The word lists are data files under `crate/research/data/`.
//! [`evaluate`] scores the anonymiser on the annotated corpora of `tests/data/pii/`.
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
//! use relais_research::anonymise::anonymise;
//! assert_eq!(
//!     anonymise("Mme Diallo, tél. 06 12 34 56 78, dossier n° 2024-0012345678"),
//!     "Mme [NAME], tél. [PHONE], dossier n° [REF]"
//! );
//! ```

use std::collections::HashMap;
use std::net::Ipv6Addr;
use std::sync::OnceLock;

mod chars;
mod checksums;
pub mod evaluate;
mod names;
mod numbers;
mod tokens;
mod web;
mod words;

use chars::*;
use checksums::*;
pub use checksums::{
    iban_check_digits, is_valid_iban, is_valid_nir, luhn_check_digit, luhn_valid, nir_key,
};
use names::*;
use numbers::*;
use tokens::*;
use web::*;
use words::*;

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
    // A full date right after a name is a date of birth: `DIALLO Awa, 12/03/1985, Bamako`.
    for w in &words {
        if w.kind != PiiKind::Name {
            continue;
        }
        let rest = &text[w.end..];
        let gap = [", ", " (", " – ", " - ", "; "]
            .iter()
            .find(|g| rest.starts_with(**g))
            .map_or(0, |g| g.len());
        if gap == 0 {
            continue;
        }
        let i = w.end + gap;
        if let Some(end) = date_at(text, i) {
            let year = text.as_bytes()[i..end]
                .windows(4)
                .any(|d| d.iter().all(u8::is_ascii_digit));
            if year {
                out.push(PiiSpan {
                    start: i,
                    end,
                    kind: PiiKind::BirthDate,
                });
            }
        }
    }
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

//! Character helpers.

use super::*;

pub(super) fn prev_char(t: &str, i: usize) -> Option<char> {
    t.get(..i).and_then(|s| s.chars().next_back())
}

pub(super) fn next_char(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

/// Length of the separator at `i` inside a number (space, no-break spaces, `.`, `-`, `/`).
pub(super) fn sep_len(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b' ' | b'.' | b'-' | b'/', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0xAF | 0x89, ..]) => 3,
        _ => 0,
    }
}

/// `b' '` for any space, or the separator byte itself.
pub(super) fn sep_class(b: &[u8], i: usize) -> u8 {
    match b.get(i) {
        Some(b'.') => b'.',
        Some(b'-') => b'-',
        Some(b'/') => b'/',
        _ => b' ',
    }
}

/// Folds to lower case without accents, for context words: `Numéro` → `numero`.
pub(super) fn fold(s: &str) -> String {
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
            'ÿ' | 'ý' | 'Ý' => out.push('y'),
            // Letters of the transliterated names Relais meets: Turkish, Azerbaijani, Romanian,
            // Polish, Czech, Portuguese, Spanish, Vietnamese (the common ones).
            'ı' | 'İ' | 'í' | 'ì' | 'Í' | 'Ì' => out.push('i'),
            'ş' | 'Ş' | 'ș' | 'Ș' | 'š' | 'Š' | 'ś' | 'Ś' => out.push('s'),
            'ğ' | 'Ğ' => out.push('g'),
            'ţ' | 'Ţ' | 'ț' | 'Ț' => out.push('t'),
            'ă' | 'Ă' | 'ã' | 'Ã' | 'å' | 'Å' | 'ā' | 'ą' => out.push('a'),
            'ə' | 'Ə' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ñ' | 'Ñ' | 'ń' | 'ň' => out.push('n'),
            'õ' | 'Õ' | 'ó' | 'Ó' | 'ò' | 'ø' | 'ő' | 'ō' => out.push('o'),
            'ú' | 'Ú' | 'ū' | 'ű' | 'ů' => out.push('u'),
            'č' | 'Č' | 'ć' | 'Ć' => out.push('c'),
            'ž' | 'Ž' | 'ź' | 'ż' => out.push('z'),
            'ł' | 'Ł' => out.push('l'),
            'ř' => out.push('r'),
            'đ' | 'Đ' | 'ď' => out.push('d'),
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
pub(super) fn window(text: &str, pos: usize, max: usize) -> String {
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
pub(super) fn last_word(hay: &str, kw: &str) -> Option<usize> {
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

pub(super) fn is_word_byte(hay: &str, i: usize, before: bool) -> bool {
    let c = if before {
        prev_char(hay, i)
    } else {
        next_char(hay, i)
    };
    c.is_some_and(char::is_alphanumeric)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
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

pub(super) const STRONG_CTX: &[(&str, Ctx)] = &[
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
pub(super) const BIRTH_CTX: &[(&str, Ctx)] = &[
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
pub(super) fn birth_context(text: &str, pos: usize) -> bool {
    let w = window(text, pos, 24);
    nearest(&window_words(&w), birth_index()).is_some()
}

pub(super) const WEAK_CTX: &[(&str, Ctx)] = &[
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
pub(super) fn context(text: &str, pos: usize) -> Option<Ctx> {
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
pub(super) type KeywordIndex = HashMap<&'static str, Vec<(Vec<&'static str>, Ctx)>>;

pub(super) fn keyword_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '°'))
        .filter(|w| !w.is_empty())
}

pub(super) fn build_index(table: &'static [(&'static str, Ctx)]) -> KeywordIndex {
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

pub(super) fn strong_index() -> &'static KeywordIndex {
    static I: OnceLock<KeywordIndex> = OnceLock::new();
    I.get_or_init(|| build_index(STRONG_CTX))
}

pub(super) fn weak_index() -> &'static KeywordIndex {
    static I: OnceLock<KeywordIndex> = OnceLock::new();
    I.get_or_init(|| build_index(WEAK_CTX))
}

pub(super) fn birth_index() -> &'static KeywordIndex {
    static I: OnceLock<KeywordIndex> = OnceLock::new();
    I.get_or_init(|| build_index(BIRTH_CTX))
}

/// The words of a folded window, with their byte offsets.
pub(super) fn window_words(w: &str) -> Vec<(usize, &str)> {
    let base = w.as_ptr() as usize;
    keyword_words(w)
        .map(|x| (x.as_ptr() as usize - base, x))
        .collect()
}

/// The context of the keyword that ends nearest to the end of `words` (the longest one when
/// several end on the same word).
pub(super) fn nearest(words: &[(usize, &str)], index: &KeywordIndex) -> Option<Ctx> {
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

//! Text folding for matching French portal text against glossary forms.
//!
//! Portal labels vary in case, accents, apostrophes (’ and '), elision (`d’expiration`),
//! hyphenation (`Lieu-dit`) and number (`titres de séjour`). Both the glossary forms and the page
//! text go through the same [`tokens`] function, so that a form matches whatever variant the page
//! writes. Folding is word by word: a token is a run of letters and digits; everything else
//! (spaces, apostrophes, hyphens, punctuation, `*`) separates tokens.
//!
//! Architecture Invariant: folding never looks at more than one token at a time, so a match can
//! only start and end on token boundaries, never inside a longer word.

/// One word of the original text, with its byte range there and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub folded: String,
}

/// A text folded in one pass into one buffer, for matching: `hay` holds the folded tokens, each
/// preceded by a space, and a final space (` titre de sejour `); token `i` is
/// `hay[starts[i]..ends[i]]` and came from `text[spans[i].0..spans[i].1]`. Reuse one `Folded`
/// across texts to match without allocating.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// UTF-8 bytes (built byte by byte: pushing to a `Vec<u8>` is what makes folding fast).
    pub hay: Vec<u8>,
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
    pub spans: Vec<(usize, usize)>,
}

impl Folded {
    /// Folds `text` into this buffer, replacing what it held.
    pub fn fold(&mut self, text: &str) {
        self.hay.clear();
        self.starts.clear();
        self.ends.clear();
        self.spans.clear();
        self.hay.reserve(text.len() + 1);
        self.hay.push(b' ');
        let bytes = text.as_bytes();
        let mut in_token = false;
        let mut token_start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                // ASCII, most of a French page: a whole run of letters and digits at once.
                if !ASCII_ALNUM[b as usize] {
                    if in_token {
                        self.finish(token_start, i);
                        in_token = false;
                    }
                    i += 1;
                    continue;
                }
                if !in_token {
                    in_token = true;
                    token_start = i;
                    self.starts.push(self.hay.len());
                }
                while let Some(&b) = bytes.get(i) {
                    if b >= 0x80 || !ASCII_ALNUM[b as usize] {
                        break;
                    }
                    self.hay.push(b.to_ascii_lowercase());
                    i += 1;
                }
                continue;
            }
            // Otherwise one character (text is valid UTF-8).
            let c = text[i..].chars().next().unwrap_or(' ');
            if is_alnum(c) {
                if !in_token {
                    in_token = true;
                    token_start = i;
                    self.starts.push(self.hay.len());
                }
                fold_char(c, &mut self.hay);
            } else if in_token {
                self.finish(token_start, i);
                in_token = false;
            }
            i += c.len_utf8();
        }
        if in_token {
            self.finish(token_start, text.len());
        }
    }

    #[inline]
    fn finish(&mut self, start: usize, end: usize) {
        let from = *self.starts.last().unwrap_or(&0);
        singular_in_place(&mut self.hay, from);
        self.ends.push(self.hay.len());
        self.spans.push((start, end));
        self.hay.push(b' ');
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The folded form of token `i` (empty if `i` is out of range).
    pub fn token(&self, i: usize) -> &str {
        match (self.starts.get(i), self.ends.get(i)) {
            (Some(&a), Some(&b)) => std::str::from_utf8(&self.hay[a..b]).unwrap_or(""),
            _ => "",
        }
    }

    /// The folded form of token `i` as bytes (empty if `i` is out of range).
    pub fn token_bytes(&self, i: usize) -> &[u8] {
        match (self.starts.get(i), self.ends.get(i)) {
            (Some(&a), Some(&b)) => &self.hay[a..b],
            _ => &[],
        }
    }

    /// The folded text: its tokens joined by single spaces.
    pub fn joined(&self) -> &str {
        std::str::from_utf8(&self.hay).unwrap_or("").trim()
    }

    /// The token whose folded form starts at byte `at` of `hay`, if one does.
    pub fn token_at(&self, at: usize) -> Option<usize> {
        self.starts.binary_search(&at).ok()
    }

    /// The token whose folded form ends at byte `at` of `hay`, if one does.
    pub fn token_at_end(&self, at: usize) -> Option<usize> {
        self.ends.binary_search(&at).ok()
    }
}

/// Case and accents folded, words joined by single spaces, but no plural folding: for prefixes
/// (`impos…`), which are not words.
pub fn fold_letters(text: &str) -> String {
    let mut out = Vec::new();
    let mut space = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            fold_char(c, &mut out);
        } else {
            space = true;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Splits `text` into folded tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut f = Folded::default();
    f.fold(text);
    (0..f.len())
        .map(|i| Token {
            start: f.spans[i].0,
            end: f.spans[i].1,
            folded: f.token(i).to_string(),
        })
        .collect()
}

/// The folded form of a whole phrase: its tokens joined by single spaces.
pub fn fold(text: &str) -> String {
    let mut f = Folded::default();
    f.fold(text);
    f.joined().to_string()
}

/// Words whose final `s` is not a plural, where dropping it would make another word
/// (`mois` → `moi`, `fils` → `fil`, `cours` → `cour`, `fois` → `foi`).
const KEEP_FINAL_S: &[&str] = &["mois", "fils", "cours", "fois", "os", "tous"];

/// French plural folding of the last word of `buf` (from byte `from`): `titres` → `titre`,
/// `bureaux` → `bureau`, `tribunaux` → `tribunal`. Applied to both sides, so a word that only
/// looks plural (`pays`) folds the same way everywhere.
fn singular_in_place(buf: &mut Vec<u8>, from: usize) {
    // Most words end neither in -s nor in -x: nothing to look at.
    if !matches!(buf.last(), Some(b's' | b'x')) {
        return;
    }
    let word = &buf[from..];
    // Characters, not bytes (`œufs`): count the bytes that start a character.
    let chars = word.iter().filter(|&&b| (b as i8) >= -0x40).count();
    // `-ss` is never a plural (`ASS`, `stress`): `ass` must not become the verb `as`.
    if chars < 3 || word.ends_with(b"ss") || KEEP_FINAL_S.iter().any(|k| k.as_bytes() == word) {
        return;
    }
    // Only long words: `aux` (the article) and `taux` (singular) must stay as they are.
    if chars >= 6 && word.ends_with(b"aux") && !word.ends_with(b"eaux") {
        // tribunaux → tribunal, originaux → original, hôpitaux → hôpital
        let len = buf.len();
        buf.truncate(len - 3);
        buf.extend_from_slice(b"al");
        return;
    }
    if word.ends_with(b"s") || word.ends_with(b"eaux") || word.ends_with(b"eux") {
        buf.pop();
    }
}

/// The ASCII letters and digits.
const ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether a character other than ASCII is part of a word: the Latin-1 letters (À…ÿ but × and ÷)
/// and the General Punctuation block (spaces, dashes, quotes, ’: no letter nor digit) without the
/// Unicode tables' slow path.
fn is_alnum(c: char) -> bool {
    match c {
        'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => true,
        '\u{2000}'..='\u{206F}' => false,
        c => c.is_alphanumeric(),
    }
}

/// Lower-cases and strips the diacritics of the Latin letters French uses; other scripts are
/// only lower-cased (a hand table keeps the wasm small: no Unicode normalisation tables).
fn fold_char(c: char, out: &mut Vec<u8>) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        _ => {
            let mut buf = [0; 4];
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
            return;
        }
    };
    out.extend_from_slice(base.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "folding {input:?}");
    }

    #[test]
    fn folds_case_accents_apostrophes_and_plurals() {
        check("Date d’expiration", "date d expiration");
        check("TITRES DE SÉJOUR", "titre de sejour");
        check("Nom de naissance *", "nom de naissance");
        check("Lieu-dit", "lieu dit");
        check("Numéro d'appartement", "numero d appartement");
        check("Bureaux", "bureau");
        check("Tribunaux administratifs", "tribunal administratif");
        check("originaux", "original");
        check("aux dispositions", "aux disposition");
        check("taux", "taux");
        check("Mois", "mois");
        check("Se souvenir de moi", "se souvenir de moi");
        check("Cœur", "coeur");
        check("ASS", "ass");
        check("Cedex", "cedex");
        check("Pièces justificatives", "piece justificative");
    }

    #[test]
    fn keeps_byte_ranges_of_the_original() {
        let text = "Nom d’usage";
        let t = tokens(text);
        assert_eq!(t.len(), 3);
        assert_eq!(&text[t[0].start..t[0].end], "Nom");
        assert_eq!(&text[t[2].start..t[2].end], "usage");
    }

    #[test]
    fn the_fast_paths_agree_with_unicode() {
        for c in ('\u{80}'..='\u{2FFF}').chain(['\u{1F600}', '𝔄']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn other_scripts_are_kept() {
        check("Ім'я", "ім я");
    }
}

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

/// Splits `text` into folded tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if current.is_empty() {
                start = i;
            }
            fold_char(c, &mut current);
        } else if !current.is_empty() {
            out.push(finish(start, i, &mut current));
        }
    }
    if !current.is_empty() {
        out.push(finish(start, text.len(), &mut current));
    }
    out
}

/// The folded form of a whole phrase: its tokens joined by single spaces.
pub fn fold(text: &str) -> String {
    tokens(text)
        .into_iter()
        .map(|t| t.folded)
        .collect::<Vec<_>>()
        .join(" ")
}

fn finish(start: usize, end: usize, current: &mut String) -> Token {
    let folded = singular(std::mem::take(current));
    Token { start, end, folded }
}

/// Words whose final `s` is not a plural, where dropping it would make another word
/// (`mois` → `moi`, `fils` → `fil`, `cours` → `cour`, `fois` → `foi`).
const KEEP_FINAL_S: &[&str] = &["mois", "fils", "cours", "fois", "os", "tous"];

/// French plural folding: `titres` → `titre`, `bureaux` → `bureau`, `tribunaux` → `tribunal`. Applied to both sides, so
/// a word that only looks plural (`pays`) folds the same way everywhere.
fn singular(word: String) -> String {
    // `-ss` is never a plural (`ASS`, `stress`): `ass` must not become the verb `as`.
    if word.chars().count() < 3 || word.ends_with("ss") || KEEP_FINAL_S.contains(&word.as_str()) {
        return word;
    }
    // Only long words: `aux` (the article) and `taux` (singular) must stay as they are.
    if word.chars().count() >= 6 && word.ends_with("aux") && !word.ends_with("eaux") {
        // tribunaux → tribunal, originaux → original, hôpitaux → hôpital
        let mut w = word;
        w.truncate(w.len() - 3);
        w.push_str("al");
        return w;
    }
    if word.ends_with('s') || word.ends_with("eaux") || word.ends_with("eux") {
        let mut w = word;
        w.pop();
        return w;
    }
    word
}

/// Lower-cases and strips the diacritics of the Latin letters French uses; other scripts are
/// only lower-cased (a hand table keeps the wasm small: no Unicode normalisation tables).
fn fold_char(c: char, out: &mut String) {
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
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(base);
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
    fn other_scripts_are_kept() {
        check("Ім'я", "ім я");
    }
}

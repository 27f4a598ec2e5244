//! Plain language: how hard a portal's own French is to read.
//!
//! A mediator needs to see where to slow down. Each paragraph gets the Kandel–Moles reading ease
//! (the French adaptation of Flesch: `207 − 1.015 × words/sentence − 73.6 × syllables/word`,
//! 0 = very hard, 100 = very easy), its mean sentence length and its rate of rare words (words
//! outside the 5,000 most frequent French words, `locales/fr/common-words.txt`). A paragraph is
//! *hard* when it is long enough to judge and fails any of the three limits below.

use std::collections::HashSet;

use crate::text;

/// Below this reading ease a paragraph is hard (Kandel–Moles: 30–50 is "difficult").
pub const HARD_EASE: f64 = 40.0;
/// Above this many words per sentence a paragraph is hard (FALC asks for about 15).
pub const HARD_SENTENCE: f64 = 25.0;
/// Above this share of rare words a paragraph is hard.
pub const HARD_RARE: f64 = 0.30;
/// Paragraphs shorter than this are not judged.
pub const MIN_WORDS: usize = 12;

/// The most frequent French words, folded like glossary forms.
#[derive(Debug, Default)]
pub struct CommonWords(HashSet<String>);

impl CommonWords {
    /// One word per line; `#` starts a comment line.
    pub fn parse(list: &str) -> CommonWords {
        CommonWords(
            list.lines()
                .filter(|l| !l.starts_with('#'))
                .flat_map(text::tokens)
                .map(|t| t.folded)
                .collect(),
        )
    }

    pub fn contains(&self, folded: &str) -> bool {
        self.0.contains(folded)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    /// Kandel–Moles reading ease.
    pub ease: f64,
    pub words_per_sentence: f64,
    pub rare_rate: f64,
    pub hard: bool,
}

/// Scores a paragraph. Never fails: an empty text is simply not hard.
pub fn readability(paragraph: &str, common: &CommonWords) -> Readability {
    let words: Vec<&str> = paragraph
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let n = words.len();
    let sentences = paragraph
        .split(['.', '!', '?', ';', ':'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let rare = text::tokens(paragraph)
        .iter()
        .filter(|t| t.folded.chars().all(char::is_alphabetic) && !common.contains(&t.folded))
        .count();
    let tokens = text::tokens(paragraph)
        .iter()
        .filter(|t| t.folded.chars().all(char::is_alphabetic))
        .count()
        .max(1);
    let wps = n as f64 / sentences as f64;
    let spw = if n == 0 {
        0.0
    } else {
        syllables as f64 / n as f64
    };
    let ease = 207.0 - 1.015 * wps - 73.6 * spw;
    let rare_rate = rare as f64 / tokens as f64;
    let hard = n >= MIN_WORDS && (ease < HARD_EASE || wps > HARD_SENTENCE || rare_rate > HARD_RARE);
    Readability {
        sentences,
        words: n,
        syllables,
        ease,
        words_per_sentence: wps,
        rare_rate,
        hard,
    }
}

/// French syllables: groups of vowels, less a silent final `e`/`es`/`ent` after a consonant.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let vowel = |c: char| "aeiouyàâäéèêëîïôöùûüœæ".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let ends = |s: &str| w.iter().collect::<String>().ends_with(s);
    let silent = (ends("e") || ends("es") || (ends("ent") && w.len() > 4)) && count > 1;
    if silent {
        let stem_len = w.len()
            - if ends("ent") {
                3
            } else if ends("es") {
                2
            } else {
                1
            };
        if stem_len > 0 && !vowel(w[stem_len - 1]) {
            count -= 1;
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn common() -> CommonWords {
        CommonWords::parse("# test\nle\nla\nde\nvous\nvotre\nun\nune\nest\npour\nen\nà\navoir\nfaire\ndemande\ncarte\nsur\nsite\nil\nfaut\nce\nnom\net\nprendre\nrendez\nvous\npouvez")
    }

    #[test]
    fn counts_french_syllables() {
        for (w, n) in [
            ("rendez", 2),
            ("préfecture", 3),
            ("carte", 1),
            ("demande", 2),
            ("titre", 1),
            ("séjour", 2),
            ("administratives", 5),
            ("a", 1),
        ] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn plain_sentences_are_easy_and_administrative_prose_is_hard() {
        let easy = readability(
            "Vous pouvez prendre un rendez-vous sur le site. Il faut votre carte et votre nom.",
            &common(),
        );
        assert!(!easy.hard, "{easy:?}");
        let hard = readability(
            "Conformément aux dispositions réglementaires applicables, l'instruction de votre demande de renouvellement de titre de séjour est subordonnée à la production préalable de l'ensemble des pièces justificatives exigibles, à défaut de quoi elle sera classée sans suite.",
            &common(),
        );
        assert!(hard.hard, "{hard:?}");
        assert!(hard.words_per_sentence > 25.0);
    }

    #[test]
    fn short_text_is_never_judged_hard() {
        assert!(!readability("Récépissé obligatoire.", &common()).hard);
        assert!(!readability("", &common()).hard);
    }
}

//! The lexicon: ordinary French words of interface strings that are not administrative
//! concepts (`fichier`, `perte`, `septembre`, `modifier`, `nouveau`…), and their forms in each
//! language.
//!
//! French master, `locales/fr/lexicon.ftl`: one message per word, id `word-` + the word's id,
//! value the lemma, `.pos`, and the French forms it may take: `.forms` (any other form,
//! `|`-separated). Parts of speech:
//! - `noun`; `adj` (`.place = before` when the adjective comes before its noun: `nouveau`,
//!   `autre`);
//! - `verb`, with `.imp` (imperative: `modifiez`), `.pp` (participles: `modifié | modifiée |
//!   modifiés | modifiées`), `.pres` (present: `modifie | modifient`), `.fut` (future:
//!   `modifiera`), `.ppr` (present participle: `modifiant`), and `.objects` when its sense
//!   depends on its object (two words, `deposer` with `.objects = dossier | demande…` and
//!   `deposer-fichier` with `.objects = fichier | document…`: with another object, none or a
//!   pronoun, and as a participle, neither is read and the grammar gives no translation);
//! - `adv` (`automatiquement`, `avec succès`, `non`); `prep` (`pour`, `sur`, `à partir de`;
//!   `.object = inf` when it takes an infinitive: `pour` in `pour continuer` is another word than
//!   `pour` in `pour vous`); `pron` (`vous`, `nous`; `.person = p2` and `.plural = yes`); `det`
//!   (`chaque`, `plusieurs`, `tous les`; `.plural = yes`: its noun is plural, `plusieurs choix`).
//!
//! Plurals and accents need no form of their own: matching folds them (except where only an
//! accent tells two words apart, `a`/`à`: see [`super::ACCENTED`]).
//!
//! A language's `lexicon.ftl`: the same ids; the value is the base form (a noun's singular in the
//! case a label uses, a verb's infinitive or dictionary form), and attributes hold the other forms
//! that language's grammar asks for (`.pl`, `.gen`, `.acc`, `.pp`, `.p3`, `.imp`…; the language's
//! `grammar.ftl` says which it uses), and `.gender` where words agree with it. A noun's `.your`
//! (`.your-pl`) is "your X" written as one form (a possessive suffix, a definite noun), given to
//! `np-your` as `$your` for a noun alone. A verb's `.object`
//! (or a preposition's) names the form its object takes (`.object = acc`). The same file may give
//! a glossary concept's forms for composition (`concept-dossier = file`, `.pl = files`) when the
//! glossary entry gives none: the glossary's label may carry a gloss in brackets that reads well
//! as a key word, not inside a sentence.

use rustc_hash::FxHashMap;
use std::collections::HashMap;

use crate::error::LocaleError;
use crate::ftl;
use crate::text;

/// Prefix of every lexicon message id.
pub const PREFIX: &str = "word-";

/// The part of speech of a lexicon word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    Noun,
    Verb,
    Adj,
    Adv,
    Prep,
    Pron,
    Det,
}

/// Which form of a French verb a page wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// Infinitive (`modifier`), also any form not listed otherwise.
    Inf,
    /// Imperative (`modifiez`).
    Imp,
    /// Past participle (`modifié`).
    Pp,
    /// Present indicative, any person (`modifie`, `modifient`).
    Pres,
    /// Future, any person (`modifiera`).
    Fut,
    /// Present participle (`modifiant`).
    Ppr,
}

impl VerbForm {
    /// The name French slot restrictions use (`.v = pp`).
    pub fn name(self) -> &'static str {
        match self {
            VerbForm::Inf => "inf",
            VerbForm::Imp => "imp",
            VerbForm::Pp => "pp",
            VerbForm::Pres => "pres",
            VerbForm::Fut => "fut",
            VerbForm::Ppr => "ppr",
        }
    }
}

/// What a French surface form is: which word, and for a verb which form; `surface` indexes
/// the form as the lexicon writes it ([`Lexicon::surface`]), accents included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub word: usize,
    pub verb_form: VerbForm,
    pub surface: usize,
}

/// One word of the French master.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub id: String,
    pub lemma: String,
    pub pos: Pos,
    /// An adjective written before its noun (`nouveau document`).
    pub before: bool,
    /// A pronoun's person (`p1`, `p2`, `p3`).
    pub person: Option<String>,
    /// A pronoun that is plural (`vous`, `nous`).
    pub plural: bool,
    /// A preposition that takes a verb in this form (`.object = inf`: `pour` in `pour
    /// continuer`; `.object = ppr`: `en` in `en cliquant`), not a noun phrase.
    pub takes: Option<VerbForm>,
    /// A pronoun written only next to a verb (`le` in `le modifier`: `.place = clitic`).
    pub clitic: bool,
    /// The word's French spellings, lower-case, when only an accent tells one of them from
    /// another word (`à`).
    pub accented: Vec<String>,
    /// A verb whose sense depends on its object (`.objects = dossier | demande`: `déposer un
    /// dossier` is "submit a file", `déposer un fichier` "upload a file"): the lexicon words and
    /// glossary concepts (ids) its object may be for this sense. Empty: any object. With any
    /// other object, a pronoun, no object, or as a participle, the verb is not read in this
    /// sense.
    pub objects: Vec<String>,
}

/// The French lexicon: words, and every folded surface form (one or more words) to its readings.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub words: Vec<Word>,
    by_id: FxHashMap<String, usize>,
    /// Folded form (words joined by spaces) → readings.
    forms: FxHashMap<String, Vec<Reading>>,
    /// The forms as written (lower-case, `’` as `'`): folding makes `modifie` (present) and
    /// `modifié` (participle) one key; the page's accents tell them apart.
    surfaces: Vec<String>,
    surface_ids: FxHashMap<String, usize>,
    /// The most words any form has.
    pub longest: usize,
    pub diagnostics: Vec<String>,
}

impl Lexicon {
    pub fn from_ftl(source: &str, file: &str) -> Result<Lexicon, LocaleError> {
        let mut lx = Lexicon::default();
        for e in ftl::parse(source, file)? {
            let Some(id) = e.id.strip_prefix(PREFIX) else {
                lx.diagnostics
                    .push(format!("{file}: {}: not a word id (word-…)", e.id));
                continue;
            };
            let Some(lemma) = e.value.clone() else {
                lx.diagnostics.push(format!("{file}: {}: no lemma", e.id));
                continue;
            };
            let pos = match e.attribute("pos") {
                Some("noun") => Pos::Noun,
                Some("verb") => Pos::Verb,
                Some("adj") => Pos::Adj,
                Some("adv") => Pos::Adv,
                Some("prep") => Pos::Prep,
                Some("pron") => Pos::Pron,
                Some("det") => Pos::Det,
                other => {
                    lx.diagnostics.push(format!(
                        "{file}: {}: .pos is {other:?}, not noun, verb, adj, adv, prep, pron or det",
                        e.id
                    ));
                    continue;
                }
            };
            if lx.by_id.contains_key(id) {
                lx.diagnostics
                    .push(format!("{file}: {}: defined twice", e.id));
                continue;
            }
            let w = lx.words.len();
            lx.by_id.insert(id.to_string(), w);
            let list = |a: &str| -> Vec<String> {
                e.attribute(a)
                    .map(|v| v.split('|').map(|s| s.trim().to_string()).collect())
                    .unwrap_or_default()
            };
            let mut accented = Vec::new();
            for f in std::iter::once(lemma.clone()).chain(list("forms")) {
                let lower = f.to_lowercase();
                if super::ACCENTED
                    .iter()
                    .any(|(a, b)| *a == lower || *b == lower)
                {
                    accented.push(lower);
                }
            }
            lx.words.push(Word {
                id: id.to_string(),
                lemma: lemma.clone(),
                pos,
                before: e.attribute("place") == Some("before"),
                person: e.attribute("person").map(str::to_string),
                plural: e.attribute("plural") == Some("yes"),
                takes: match e.attribute("object") {
                    Some("inf") => Some(VerbForm::Inf),
                    Some("ppr") => Some(VerbForm::Ppr),
                    _ => None,
                },
                clitic: e.attribute("place") == Some("clitic"),
                accented,
                objects: list("objects"),
            });
            let mut add = |surface: &str, verb_form: VerbForm| {
                let folded = text::fold(surface);
                if folded.is_empty() {
                    return;
                }
                lx.longest = lx.longest.max(folded.split(' ').count());
                let written = written_form(surface);
                let next = lx.surfaces.len();
                let surface = *lx.surface_ids.entry(written.clone()).or_insert(next);
                if surface == next {
                    lx.surfaces.push(written);
                }
                let r = Reading {
                    word: w,
                    verb_form,
                    surface,
                };
                let readings = lx.forms.entry(folded).or_default();
                if !readings.contains(&r) {
                    readings.push(r);
                }
            };
            add(&lemma, VerbForm::Inf);
            for f in list("forms") {
                add(&f, VerbForm::Inf);
            }
            for f in list("imp") {
                add(&f, VerbForm::Imp);
            }
            for f in list("pp") {
                add(&f, VerbForm::Pp);
            }
            for f in list("pres") {
                add(&f, VerbForm::Pres);
            }
            for f in list("fut") {
                add(&f, VerbForm::Fut);
            }
            for f in list("ppr") {
                add(&f, VerbForm::Ppr);
            }
        }
        Ok(lx)
    }

    /// The readings of a folded form (words joined by single spaces).
    pub fn readings(&self, folded: &str) -> &[Reading] {
        self.forms.get(folded).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// A reading's form as the lexicon writes it (see [`written_form`]).
    pub fn surface(&self, r: &Reading) -> &str {
        &self.surfaces[r.surface]
    }
}

/// A form as written, for telling apart forms that only accents distinguish: lower-case, `’` as
/// `'`, one space between words.
pub fn written_form(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word's or a concept's forms in one language: the base form and named forms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Forms {
    pub base: String,
    pub named: HashMap<String, String>,
}

impl Forms {
    /// The most specific form for these features, in this order: every feature joined by `-`
    /// (`gen-pl`), then each feature alone, then the base form. `required` lists the features
    /// this language inflects for: a word that lacks a required form has no rendering.
    pub fn get(&self, features: &[&str], required: &[String]) -> Option<&str> {
        if features.is_empty() {
            return Some(&self.base);
        }
        let joined = features.join("-");
        if let Some(f) = self.named.get(&joined) {
            return Some(f);
        }
        if features.len() > 1 {
            // Only a form for every feature together may stand for several features, unless
            // the language does not inflect for the others.
            let needed: Vec<&&str> = features
                .iter()
                .filter(|f| required.iter().any(|r| r == **f))
                .collect();
            match needed.as_slice() {
                [] => return Some(&self.base),
                [one] => return self.named.get(**one).map(String::as_str),
                _ => return None,
            }
        }
        match self.named.get(features[0]) {
            Some(f) => Some(f),
            None if required.iter().any(|r| r == features[0]) => None,
            None => Some(&self.base),
        }
    }
}

/// Reads a language's `lexicon.ftl` (or the forms of its glossary) into forms by id.
pub fn forms_of(entries: &[ftl::FtlEntry], prefix: &str) -> HashMap<String, Forms> {
    entries
        .iter()
        .filter_map(|e| {
            let id = e.id.strip_prefix(prefix)?;
            let base = e.attribute("np").or(e.value.as_deref())?.to_string();
            let named = e
                .attributes
                .iter()
                .filter(|(n, _)| !matches!(n.as_str(), "np" | "explain" | "where" | "todo"))
                .map(|(n, v)| (n.clone(), v.clone()))
                .collect();
            Some((id.to_string(), Forms { base, named }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_forms_and_readings() {
        let lx = Lexicon::from_ftl(
            "word-fichier = fichier\n    .pos = noun\nword-modifier = modifier\n    .pos = verb\n    .imp = modifiez\n    .pp = modifié | modifiée\nword-nouveau = nouveau\n    .pos = adj\n    .forms = nouvelle | nouvel\n    .place = before\nword-se-connecter = se connecter\n    .pos = verb\n    .imp = connectez-vous\n",
            "lexicon.ftl",
        )
        .expect("parses");
        assert!(lx.diagnostics.is_empty(), "{:?}", lx.diagnostics);
        let r = |f: &str| {
            lx.readings(&text::fold(f))
                .iter()
                .map(|r| (lx.words[r.word].id.as_str(), r.verb_form))
                .collect::<Vec<_>>()
        };
        assert_eq!(r("Fichiers"), vec![("fichier", VerbForm::Inf)]);
        assert_eq!(r("modifiée"), vec![("modifier", VerbForm::Pp)]);
        assert_eq!(r("Modifiez"), vec![("modifier", VerbForm::Imp)]);
        assert_eq!(r("Connectez-vous"), vec![("se-connecter", VerbForm::Imp)]);
        assert_eq!(lx.longest, 2);
        assert!(lx.words[lx.index_of("nouveau").expect("nouveau")].before);
    }

    #[test]
    fn forms_by_features() {
        let f = Forms {
            base: "файл".into(),
            named: [("gen", "файла"), ("pl", "файлы"), ("gen-pl", "файлов")]
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        };
        let req: Vec<String> = vec!["gen".into(), "acc".into(), "pl".into()];
        assert_eq!(f.get(&[], &req), Some("файл"));
        assert_eq!(f.get(&["gen"], &req), Some("файла"));
        assert_eq!(f.get(&["gen", "pl"], &req), Some("файлов"));
        // acc is inflected in this language and the word lacks it: no rendering.
        assert_eq!(f.get(&["acc"], &req), None);
        // A feature the language does not inflect for falls back to the base.
        assert_eq!(f.get(&["dat"], &req), Some("файл"));
        assert_eq!(f.get(&["acc", "pl"], &req), None);
    }
}

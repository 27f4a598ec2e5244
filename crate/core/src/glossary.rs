//! The glossary: administrative concepts and the matcher that finds them in portal text.
//!
//! Concepts come from the French master (`locales/fr/glossary.ftl`): an id, the French forms a
//! portal may write, a domain and a plain-French explanation. Every form is folded by
//! [`crate::text`] and compiled into one Aho-Corasick automaton. Matching walks the page text's
//! tokens and, at each token start, asks for the longest form that starts there and ends on a
//! token boundary, so `titre de séjour` wins over `titre` and `nom` never matches inside `pronom`.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::error::LocaleError;
use crate::ftl;
use crate::text;

/// Prefix of every concept's Fluent message id.
pub const CONCEPT_PREFIX: &str = "concept-";

/// One concept of the French master.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub id: String,
    pub label: String,
    pub forms: Vec<String>,
    pub domain: String,
    pub explain: Option<String>,
    pub where_: Option<String>,
    pub todo: Option<String>,
    pub proper: bool,
}

/// Something worth fixing in the data that does not stop the glossary from working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: usize,
    pub message: String,
}

/// A concept found in a text: byte range in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub concept: usize,
    pub start: usize,
    pub end: usize,
}

pub struct Glossary {
    concepts: Vec<Concept>,
    by_id: HashMap<String, usize>,
    automaton: Option<AhoCorasick>,
    /// Concept index of each automaton pattern.
    pattern_concept: Vec<usize>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Glossary {
    /// Reads the French master. Fails only on a syntax error; data problems become diagnostics.
    pub fn from_ftl(source: &str, file: &str) -> Result<Glossary, LocaleError> {
        let entries = ftl::parse(source, file)?;
        let mut concepts = Vec::new();
        let mut diagnostics = Vec::new();
        for e in entries {
            let Some(id) = e.id.strip_prefix(CONCEPT_PREFIX) else {
                diagnostics.push(Diagnostic {
                    line: e.line,
                    message: format!(
                        "{}: not a concept id (must start with {CONCEPT_PREFIX})",
                        e.id
                    ),
                });
                continue;
            };
            let Some(label) = e.value.clone() else {
                diagnostics.push(Diagnostic {
                    line: e.line,
                    message: format!("{}: no French form", e.id),
                });
                continue;
            };
            let forms = e
                .attribute("forms")
                .map(|f| {
                    f.split('|')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            concepts.push(Concept {
                id: id.to_string(),
                label,
                forms,
                domain: e.attribute("domain").unwrap_or("").to_string(),
                explain: e.attribute("explain").map(str::to_string),
                where_: e.attribute("where").map(str::to_string),
                todo: e.attribute("todo").map(str::to_string),
                proper: e.attribute("proper") == Some("yes"),
            });
        }
        Ok(Self::new(concepts, diagnostics))
    }

    /// Builds the matcher from concepts. A form claimed by two concepts keeps the first.
    pub fn new(concepts: Vec<Concept>, mut diagnostics: Vec<Diagnostic>) -> Glossary {
        let mut by_id = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_concept = Vec::new();
        let mut owner: HashMap<String, usize> = HashMap::new();
        for (i, c) in concepts.iter().enumerate() {
            if by_id.insert(c.id.clone(), i).is_some() {
                diagnostics.push(Diagnostic {
                    line: 0,
                    message: format!("concept {} is defined twice", c.id),
                });
            }
            for form in std::iter::once(&c.label).chain(c.forms.iter()) {
                let folded = text::fold(form);
                if folded.is_empty() {
                    diagnostics.push(Diagnostic {
                        line: 0,
                        message: format!("{}: form {form:?} has no letters", c.id),
                    });
                    continue;
                }
                match owner.get(&folded) {
                    Some(&o) if o != i => diagnostics.push(Diagnostic {
                        line: 0,
                        message: format!(
                            "{}: form {form:?} already belongs to {}",
                            c.id, concepts[o].id
                        ),
                    }),
                    Some(_) => {}
                    None => {
                        owner.insert(folded.clone(), i);
                        // A trailing space makes every pattern end on a token boundary.
                        patterns.push(format!("{folded} "));
                        pattern_concept.push(i);
                    }
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .map_err(|e| {
                diagnostics.push(Diagnostic {
                    line: 0,
                    message: format!("cannot build the matcher: {e}"),
                })
            })
            .ok();
        Glossary {
            concepts,
            by_id,
            automaton,
            pattern_concept,
            diagnostics,
        }
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    pub fn concept(&self, index: usize) -> Option<&Concept> {
        self.concepts.get(index)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Every concept in `text`, left to right, longest form first, never overlapping.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let toks = text::tokens(text);
        if toks.is_empty() {
            return Vec::new();
        }
        // Haystack: folded tokens, each followed by one space; remember where each token starts.
        let mut hay = String::new();
        let mut starts = Vec::with_capacity(toks.len());
        for t in &toks {
            starts.push(hay.len());
            hay.push_str(&t.folded);
            hay.push(' ');
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let input = Input::new(&hay).range(starts[i]..).anchored(Anchored::Yes);
            if let Some(m) = ac.find(input) {
                // The match ends just after a token's trailing space: find that token.
                let last = starts.partition_point(|&s| s < m.end()) - 1;
                out.push(Match {
                    concept: self.pattern_concept[m.pattern().as_usize()],
                    start: toks[i].start,
                    end: toks[last].end,
                });
                i = last + 1;
            } else {
                i += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
concept-nom = nom
    .domain = identity
    .explain = Votre nom de famille.
concept-nom-de-naissance = nom de naissance
    .domain = identity
concept-titre-de-sejour = titre de séjour
    .forms = carte de séjour | TS
    .domain = residence
concept-date-expiration = date d’expiration
    .forms = date de fin de validité
    .domain = documents
concept-mot-de-passe = mot de passe
    .domain = account
";

    fn glossary() -> Glossary {
        Glossary::from_ftl(SAMPLE, "sample.ftl").expect("sample parses")
    }

    /// Matches `text` and renders each match as `[surface=concept]`.
    fn check(text: &str, expected: &str) {
        let g = glossary();
        let got: Vec<String> = g
            .find(text)
            .iter()
            .map(|m| format!("[{}={}]", &text[m.start..m.end], g.concepts()[m.concept].id))
            .collect();
        assert_eq!(got.join(" "), expected, "matching {text:?}");
    }

    #[test]
    fn longest_match_wins() {
        check("Nom de naissance *", "[Nom de naissance=nom-de-naissance]");
        check("Nom", "[Nom=nom]");
    }

    #[test]
    fn robust_to_case_accents_elision_and_plural() {
        check(
            "Date d'expiration de votre titre de séjour",
            "[Date d'expiration=date-expiration] [titre de séjour=titre-de-sejour]",
        );
        check("DATE D’EXPIRATION", "[DATE D’EXPIRATION=date-expiration]");
        check("Vos titres de sejour", "[titres de sejour=titre-de-sejour]");
        check("Mots de passe", "[Mots de passe=mot-de-passe]");
    }

    #[test]
    fn never_inside_a_longer_word() {
        check("Pronom", "");
        check("nominal", "");
        check("TSX", "");
    }

    #[test]
    fn duplicate_forms_are_reported() {
        let g = Glossary::from_ftl(
            "concept-a = nom\n    .domain = x\nconcept-b = Noms\n    .domain = x\n",
            "d.ftl",
        )
        .expect("parses");
        assert_eq!(g.diagnostics.len(), 1, "{:?}", g.diagnostics);
        assert!(g.diagnostics[0].message.contains("already belongs to a"));
    }
}

//! The glossary: administrative concepts and the matcher that finds them in portal text.
//!
//! Concepts come from the French master (`locales/fr/glossary.ftl`): an id, the French forms a
//! portal may write, a domain and a plain-French explanation. Every form is folded by
//! [`crate::text`] and compiled into one Aho-Corasick automaton. Matching walks the page text's
//! tokens and, at each token start, asks for the longest form that starts there and ends on a
//! token boundary, so `titre de séjour` wins over `titre` and `nom` never matches inside `pronom`.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::error::LocaleError;
use crate::ftl;
use crate::senses::{self, Senses};
use crate::text::{self, Folded};

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
    /// Where the concept's forms mean it ([`crate::senses`]).
    pub senses: Senses,
    /// The official page or text the explanation rests on (`Name | URL`, ` ;; `-separated),
    /// and the date it was checked ([`crate::facts`]).
    pub source: Option<String>,
    pub checked: Option<String>,
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

struct Pattern {
    form: String,
    words: usize,
    owners: Vec<usize>,
    /// Whether some owner has sense rules (otherwise the first owner always holds).
    ruled: bool,
}

pub struct Glossary {
    concepts: Vec<Concept>,
    by_id: HashMap<String, usize>,
    automaton: Option<AhoCorasick>,
    /// Each automaton pattern: its folded form, its number of words, and the concepts it may
    /// mean, in glossary order (the first whose senses accept the match wins).
    patterns: Vec<Pattern>,
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
            let senses =
                Senses::parse(e.attribute("unless"), e.attribute("only")).unwrap_or_else(|m| {
                    diagnostics.push(Diagnostic {
                        line: e.line,
                        message: format!("{}: {m}", e.id),
                    });
                    Senses::default()
                });
            concepts.push(Concept {
                id: id.to_string(),
                label,
                forms,
                domain: e.attribute("domain").unwrap_or("").to_string(),
                explain: e.attribute("explain").map(str::to_string),
                where_: e.attribute("where").map(str::to_string),
                todo: e.attribute("todo").map(str::to_string),
                proper: e.attribute("proper") == Some("yes"),
                senses,
                source: e.attribute("source").map(str::to_string),
                checked: e.attribute("checked").map(str::to_string),
            });
        }
        Ok(Self::new(concepts, diagnostics))
    }

    /// Builds the matcher from concepts. A form claimed by two concepts is allowed when the
    /// earlier one's senses say where it holds (the later one takes the rest); otherwise the
    /// later claim is reported and ignored.
    pub fn new(concepts: Vec<Concept>, mut diagnostics: Vec<Diagnostic>) -> Glossary {
        let mut by_id = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
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
                    Some(&p) => {
                        let owners = &mut patterns[p].owners;
                        if owners.contains(&i) {
                            continue;
                        }
                        let last = owners[owners.len() - 1];
                        if concepts[last].senses.concern(&folded) {
                            owners.push(i);
                            patterns[p].ruled = true;
                        } else {
                            diagnostics.push(Diagnostic {
                                line: 0,
                                message: format!(
                                    "{}: form {form:?} already belongs to {} (give {} a sense rule for it to share)",
                                    c.id, concepts[last].id, concepts[last].id
                                ),
                            });
                        }
                    }
                    None => {
                        owner.insert(folded.clone(), patterns.len());
                        patterns.push(Pattern {
                            words: folded.split(' ').count(),
                            ruled: !c.senses.is_empty(),
                            form: folded,
                            owners: vec![i],
                        });
                    }
                }
            }
        }
        // A space on each side makes every pattern start and end on a token boundary of the
        // folded text (` titre de sejour `).
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(patterns.iter().map(|p| format!(" {} ", p.form)))
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
            patterns,
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

    /// Every concept in `text`, left to right, longest form first, never overlapping, each
    /// where its sense holds.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let mut f = Folded::default();
        f.fold(text);
        self.find_folded(&f, text)
    }

    /// [`Glossary::find`] on a text already folded into `f` (reuse one `Folded` across texts).
    ///
    /// One unanchored leftmost-longest search over the folded text: at the leftmost token where
    /// some form starts, the longest form; its concepts are tried in order against their senses;
    /// when none holds, shorter forms at the same token are tried, then the search goes on from
    /// the next token.
    pub fn find_folded(&self, f: &Folded, text: &str) -> Vec<Match> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let hay = f.hay.as_slice();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = ac.find(Input::new(hay).range(pos..)) else {
                break;
            };
            // The match is ` form ` from the space before its first token to the space after its
            // last: m.start() + 1 is where the first token starts.
            let Some(first) = f.token_at(m.start() + 1) else {
                break;
            };
            match self.accept_at(ac, f, text, first, m.end(), m.pattern().as_usize()) {
                Some((found, end)) => {
                    out.push(found);
                    // The next match may start at the space this one ended on.
                    pos = end - 1;
                }
                None => pos = m.start() + 1,
            }
        }
        out
    }

    /// The longest form starting at token `first` (ending at or before hay byte `end`) whose
    /// concept holds there, beginning with the automaton's pattern `pattern`.
    fn accept_at(
        &self,
        ac: &AhoCorasick,
        f: &Folded,
        text: &str,
        first: usize,
        mut end: usize,
        mut pattern: usize,
    ) -> Option<(Match, usize)> {
        let start = f.starts[first] - 1;
        loop {
            let p = &self.patterns[pattern];
            let last = first + p.words - 1;
            let holds = |c: usize| {
                !p.ruled
                    || self.concepts[c].senses.accepts(&senses::Context {
                        folded: f,
                        text,
                        first,
                        last,
                        form: &p.form,
                    })
            };
            if let Some(&c) = p.owners.iter().find(|&&c| holds(c)) {
                let found = Match {
                    concept: c,
                    start: f.spans[first].0,
                    end: f.spans[last].1,
                };
                return Some((found, end));
            }
            // A shorter form at the same token: the haystack cut before this match's last space.
            let input = Input::new(f.hay.as_slice())
                .range(start..end - 1)
                .anchored(Anchored::Yes);
            let m = ac.find(input)?;
            end = m.end();
            pattern = m.pattern().as_usize();
        }
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

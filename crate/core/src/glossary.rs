//! The glossary: administrative concepts and the matcher that finds them in portal text.
//!
//! Concepts come from the French master (`locales/fr/glossary.ftl`): an id, the French forms a
//! portal may write, a domain and a plain-French explanation. Every form is folded by
//! [`crate::text`] into words and put in one trie of words. Matching walks the page text's
//! folded tokens and, at each token, asks the trie for the longest form that starts there: a form
//! is whole words, so `titre de séjour` wins over `titre` and `nom` never matches inside `pronom`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
    owners: Vec<usize>,
    /// Whether some owner has sense rules (otherwise the first owner always holds).
    ruled: bool,
}

/// No word, node or pattern.
const NONE: u32 = u32::MAX;

/// The forms as sequences of folded words: a trie over word numbers. Page text is matched token
/// by token (one hash look-up per token), so a form can only start and end on token boundaries.
#[derive(Default)]
struct Trie {
    /// Every word of some form → its number: a word of at most 16 bytes by its bytes packed
    /// in a `u128` (one multiplication to hash, two comparisons to check: most words are short),
    /// a longer one by its bytes.
    short: HashMap<u128, u32, BuildHasherDefault<WordHasher>>,
    long: HashMap<Box<[u8]>, u32, BuildHasherDefault<WordHasher>>,
    /// The node a form's first word leads to, by word number (`NONE`: no form starts so).
    roots: Vec<u32>,
    /// The edges out of the other nodes, sorted by (node, word): `(node, word, child)`.
    edges: Vec<(u32, u32, u32)>,
    /// Where each node's edges start in `edges` (one more entry than nodes), once built.
    first_edge: Vec<u32>,
    /// Each node's pattern, when a form ends there.
    ends: Vec<u32>,
}

impl Trie {
    /// Adds the folded form (words joined by single spaces) as pattern `pattern`.
    fn insert(&mut self, form: &str, pattern: usize) {
        let mut node = NONE;
        for w in form.split(' ') {
            let next = self.roots.len() as u32;
            let word = *match packed(w.as_bytes()) {
                Some(key) => self.short.entry(key).or_insert(next),
                None => self.long.entry(w.as_bytes().into()).or_insert(next),
            };
            if word == next {
                self.roots.push(NONE);
            }
            let child = if node == NONE {
                self.roots[word as usize]
            } else {
                self.child(node, word)
            };
            node = if child != NONE {
                child
            } else {
                let child = self.ends.len() as u32;
                self.ends.push(NONE);
                if node == NONE {
                    self.roots[word as usize] = child;
                } else {
                    let at = self
                        .edges
                        .partition_point(|&(n, w, _)| (n, w) < (node, word));
                    self.edges.insert(at, (node, word, child));
                }
                child
            };
        }
        if node != NONE {
            self.ends[node as usize] = pattern as u32;
        }
    }

    /// Indexes the edges by node, once every form is in.
    fn build(&mut self) {
        let mut at = 0;
        self.first_edge = (0..=self.ends.len() as u32)
            .map(|node| {
                while at < self.edges.len() && self.edges[at].0 < node {
                    at += 1;
                }
                at as u32
            })
            .collect();
    }

    /// The node reached from `node` by `word`, or `NONE` (while building: a binary search; once
    /// built, a scan of the node's few edges).
    fn child(&self, node: u32, word: u32) -> u32 {
        if let (Some(&a), Some(&b)) = (
            self.first_edge.get(node as usize),
            self.first_edge.get(node as usize + 1),
        ) {
            return self.edges[a as usize..b as usize]
                .iter()
                .find(|e| e.1 == word)
                .map_or(NONE, |e| e.2);
        }
        match self
            .edges
            .binary_search_by(|&(n, w, _)| (n, w).cmp(&(node, word)))
        {
            Ok(i) => self.edges[i].2,
            Err(_) => NONE,
        }
    }

    /// The number of token `i`'s folded word, or `NONE` when no form has it.
    fn word(&self, f: &Folded, i: usize) -> u32 {
        let w = &f.hay[f.starts[i]..f.ends[i]];
        match packed(w) {
            Some(key) => self.short.get(&key),
            None => self.long.get(w),
        }
        .copied()
        .unwrap_or(NONE)
    }

    /// The longest form that starts at token `first` (whose first word is `word`) and ends at
    /// token `limit` at the latest: its pattern and its last token.
    fn longest(&self, f: &Folded, first: usize, word: u32, limit: usize) -> Option<(usize, usize)> {
        let mut node = self.roots[word as usize];
        let mut found = None;
        let mut last = first;
        while node != NONE {
            let p = self.ends[node as usize];
            if p != NONE {
                found = Some((p as usize, last));
            }
            if last == limit || last + 1 == f.len() {
                break;
            }
            last += 1;
            let word = self.word(f, last);
            node = if word == NONE {
                NONE
            } else {
                self.child(node, word)
            };
        }
        found
    }
}

/// A word of at most 16 bytes as one number, its first byte lowest. A folded word holds no NUL
/// byte, so two words never pack to the same number.
fn packed(w: &[u8]) -> Option<u128> {
    if w.len() > 16 {
        return None;
    }
    Some(
        w.iter()
            .rev()
            .fold(0u128, |key, &b| (key << 8) | u128::from(b)),
    )
}

/// FxHash's multiply-rotate over eight bytes at a time: the trie's words are short, and
/// hashing them is most of the matching time. (Not DoS-resistant, and need not be: the keys are
/// the glossary's words, page text is only looked up.)
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0; 8];
            b.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
    }

    fn write_u128(&mut self, n: u128) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        self.0 = ((n as u64) ^ ((n >> 64) as u64).rotate_left(29)).wrapping_mul(K);
    }

    fn write_usize(&mut self, n: usize) {
        self.write(&(n as u64).to_le_bytes());
    }

    fn finish(&self) -> u64 {
        // hashbrown takes its tag from the top bits: mix the low ones up.
        self.0.rotate_left(26)
    }
}

pub struct Glossary {
    concepts: Vec<Concept>,
    by_id: HashMap<String, usize>,
    trie: Trie,
    /// Each form: its folded words and the concepts it may mean, in glossary order (the first
    /// whose senses accept the match wins).
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
        let mut trie = Trie::default();
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
                        trie.insert(&folded, patterns.len());
                        patterns.push(Pattern {
                            ruled: !c.senses.is_empty(),
                            form: folded,
                            owners: vec![i],
                        });
                    }
                }
            }
        }
        trie.build();
        Glossary {
            concepts,
            by_id,
            trie,
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
    /// At the first token where some form starts, the longest form; its concepts are tried in
    /// order against their senses; when none holds, shorter forms at the same token are tried,
    /// then the search goes on from the next token. After a match, from the token after it.
    pub fn find_folded(&self, f: &Folded, text: &str) -> Vec<Match> {
        let t = &self.trie;
        let mut out = Vec::new();
        let mut first = 0;
        while first < f.len() {
            let word = t.word(f, first);
            if word == NONE || t.roots[word as usize] == NONE {
                first += 1;
                continue;
            }
            // The longest form here, then shorter ones until one of their concepts holds.
            let mut limit = usize::MAX;
            let mut found = None;
            while let Some((p, last)) = t.longest(f, first, word, limit) {
                found = self.accept(f, text, first, last, p);
                if found.is_some() || last == first {
                    break;
                }
                limit = last - 1;
            }
            match found {
                Some((m, last)) => {
                    out.push(m);
                    first = last + 1;
                }
                None => first += 1,
            }
        }
        out
    }

    /// The match of pattern `pattern` at tokens `first..=last`, if one of its concepts holds
    /// there, with its last token.
    fn accept(
        &self,
        f: &Folded,
        text: &str,
        first: usize,
        last: usize,
        pattern: usize,
    ) -> Option<(Match, usize)> {
        let p = &self.patterns[pattern];
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
        let &c = p.owners.iter().find(|&&c| holds(c))?;
        let found = Match {
            concept: c,
            start: f.spans[first].0,
            end: f.spans[last].1,
        };
        Some((found, last))
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
    fn words_longer_than_sixteen_bytes_match_too() {
        let g = Glossary::from_ftl(
            "concept-a = dématérialisation des démarches\n    .domain = x\n",
            "l.ftl",
        )
        .expect("parses");
        let text = "La DÉMATÉRIALISATION des démarches";
        let m = g.find(text);
        assert_eq!(m.len(), 1);
        assert_eq!(
            &text[m[0].start..m[0].end],
            "DÉMATÉRIALISATION des démarches"
        );
        assert!(g.find("dématérialisations démarches").is_empty());
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

//! Parsing a French interface string into a tree the grammar can render in another language.
//!
//! The grammar of form labels is small and fixed in its French side: noun phrases (a determiner,
//! adjectives, a head that is a glossary concept, a lexicon noun or a variable part, and a
//! complement `de …`), verb phrases (an infinitive, imperative or participle with its object),
//! and the patterns of `locales/fr/grammar.ftl`, whose slots take noun phrases, verb phrases,
//! numbers or any text. A string parses only if every one of its words finds its place: a
//! string with one unknown word gets no tree (and no translation), never a partial one.

use std::collections::HashMap;

use super::lexicon::{Pos, VerbForm};
use super::{Grammar, PPart, SlotKind};
use crate::units::{Slot, Unit};

/// A determiner, as French writes it; each language renders it (or not) its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Det {
    None,
    /// le, la, les, l'
    Def,
    /// un, une, des (and `de` after a negation)
    Indef,
    /// votre, vos
    Your,
    /// mon, ma, mes
    My,
    /// son, sa, ses, leur, leurs
    Their,
    /// notre, nos
    Our,
    /// ce, cet, cette, ces
    This,
}

impl Det {
    /// The name of the language's message that renders it (`np-def`…), or none.
    pub fn message(self) -> Option<&'static str> {
        match self {
            Det::None => None,
            Det::Def => Some("np-def"),
            Det::Indef => Some("np-indef"),
            Det::Your => Some("np-your"),
            Det::My => Some("np-my"),
            Det::Their => Some("np-their"),
            Det::Our => Some("np-our"),
            Det::This => Some("np-this"),
        }
    }
}

/// The head of a noun phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Head {
    /// A glossary concept (index).
    Concept(usize),
    /// A lexicon noun (index).
    Word(usize),
    /// A variable part of the string (unit index), kept as written.
    Var(usize),
    /// A pattern that makes a noun phrase (`Numéro de …`).
    Pattern(Box<Node>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    pub det: Det,
    pub head: Head,
    pub plural: bool,
    /// Lexicon adjectives (indexes), in French order.
    pub adjs: Vec<usize>,
    /// The complement introduced by `de` (`déclaration de perte`).
    pub of: Option<Box<Np>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Np(Np),
    Vp {
        verb: usize,
        form: VerbForm,
        object: Option<Box<Np>>,
    },
    Pattern {
        pattern: usize,
        slots: Vec<(String, Node)>,
    },
    /// A number (unit index).
    Num(usize),
    /// Units kept as written (from, to).
    Text(usize, usize),
}

impl Node {
    /// Every glossary concept the tree uses (for the sense tests and the overlay's "?").
    pub fn concepts(&self, out: &mut Vec<usize>) {
        match self {
            Node::Np(np) => np.concepts(out),
            Node::Vp { object, .. } => {
                if let Some(o) = object {
                    o.concepts(out);
                }
            }
            Node::Pattern { slots, .. } => slots.iter().for_each(|(_, n)| n.concepts(out)),
            Node::Num(_) | Node::Text(..) => {}
        }
    }
}

impl Np {
    fn concepts(&self, out: &mut Vec<usize>) {
        match &self.head {
            Head::Concept(c) => out.push(*c),
            Head::Pattern(p) => p.concepts(out),
            Head::Word(_) | Head::Var(_) => {}
        }
        if let Some(o) = &self.of {
            o.concepts(out);
        }
    }
}

/// The determiner a unit is, with the number it says, if any. Folding drops the plural `-s`
/// (`les` → `le`, `vos` → `vo`, `ces` → `ce`): the unit's plural mark tells them apart, and keeps
/// the pronouns `se`, `me`, `te` (never plural) from passing for `ses`, `mes`, `tes`.
fn determiner(u: &Unit) -> Option<(Det, Option<bool>)> {
    let Unit::Word { w, plural, .. } = u else {
        return None;
    };
    Some(match (w.as_str(), *plural) {
        ("le" | "la" | "l", false) => (Det::Def, Some(false)),
        ("le", true) => (Det::Def, Some(true)),
        ("un" | "une", false) => (Det::Indef, Some(false)),
        ("de", true) => (Det::Indef, Some(true)),
        ("votre" | "ton" | "ta", false) => (Det::Your, Some(false)),
        ("vo" | "te", true) => (Det::Your, Some(true)),
        ("mon" | "ma", false) => (Det::My, Some(false)),
        ("me", true) => (Det::My, Some(true)),
        ("son" | "sa" | "leur", false) => (Det::Their, Some(false)),
        ("se" | "leur", true) => (Det::Their, Some(true)),
        ("notre", false) => (Det::Our, Some(false)),
        ("no", true) => (Det::Our, Some(true)),
        ("ce" | "cet" | "cette", false) => (Det::This, Some(false)),
        ("ce", true) => (Det::This, Some(true)),
        _ => return None,
    })
}

/// How a literal word of a pattern may be written on the page: `de` as `d'`, `du`, `des`;
/// `à` as `au`, `aux`. Returns the determiner the contraction brings to what follows.
fn literal_matches(pattern_word: &str, u: &Unit) -> Option<Option<Det>> {
    let Unit::Word { w, plural, .. } = u else {
        return None;
    };
    match (pattern_word, w.as_str(), *plural) {
        // `des` after a noun or a verb is `de` + `les`.
        ("de", "de", true) => Some(Some(Det::Def)),
        (p, w, _) if p == w => Some(None),
        ("de", "d", _) => Some(None),
        ("de", "du", _) => Some(Some(Det::Def)),
        ("a", "au", _) | ("a", "aux", _) => Some(Some(Det::Def)),
        _ => None,
    }
}

type Key = (u8, usize, usize, Option<Det>);

/// The parser of one string.
pub struct Parser<'a> {
    g: &'a Grammar,
    units: &'a [Unit],
    /// Glossary concepts found in the string (senses checked), by unit range.
    concepts: HashMap<(usize, usize), usize>,
    memo: HashMap<Key, Option<Node>>,
    /// Work done, bounded so that a hostile string cannot make parsing slow.
    steps: usize,
}

/// The most steps a parse may take before it gives up (no translation).
const MAX_STEPS: usize = 20_000;

impl<'a> Parser<'a> {
    pub fn new(
        g: &'a Grammar,
        units: &'a [Unit],
        concepts: HashMap<(usize, usize), usize>,
    ) -> Self {
        Parser {
            g,
            units,
            concepts,
            memo: HashMap::new(),
            steps: 0,
        }
    }

    /// The whole string as one tree: a pattern, a verb phrase or a noun phrase.
    pub fn parse(&mut self) -> Option<Node> {
        let n = self.units.len();
        if n == 0 {
            return None;
        }
        self.pattern(0, n, None)
            .or_else(|| self.vp(0, n))
            .or_else(|| self.np(0, n, None).map(Node::Np))
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.units.get(i).and_then(Unit::word)
    }

    fn tick(&mut self) -> bool {
        self.steps += 1;
        self.steps <= MAX_STEPS
    }

    /// A pattern covering units `i..j`, of any kind (`np_only`: only noun-phrase patterns).
    fn pattern(&mut self, i: usize, j: usize, np_only: Option<bool>) -> Option<Node> {
        let key = (if np_only == Some(true) { 1 } else { 0 }, i, j, None);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        let mut found = None;
        let first = self.units.get(i).map(Unit::key).unwrap_or("");
        let candidates: Vec<usize> = self
            .g
            .patterns_starting(first)
            .filter(|&p| np_only != Some(true) || self.g.patterns[p].np)
            .collect();
        for p in candidates {
            if !self.tick() {
                break;
            }
            let parts = self.g.patterns[p].parts.clone();
            let mut slots = Vec::new();
            if self.match_parts(&parts, i, j, None, &mut slots) {
                found = Some(Node::Pattern { pattern: p, slots });
                break;
            }
        }
        self.memo.insert(key, found.clone());
        found
    }

    /// Matches pattern parts to units `i..j`; `implied` is the determiner a contraction brought
    /// to the next slot.
    fn match_parts(
        &mut self,
        parts: &[PPart],
        i: usize,
        j: usize,
        implied: Option<Det>,
        slots: &mut Vec<(String, Node)>,
    ) -> bool {
        if !self.tick() {
            return false;
        }
        let Some((first, rest)) = parts.split_first() else {
            return i == j;
        };
        match first {
            PPart::Word(w) => {
                let Some(u) = self.units.get(i) else {
                    return false;
                };
                match literal_matches(w, u) {
                    Some(det) => self.match_parts(rest, i + 1, j, det, slots),
                    None => false,
                }
            }
            PPart::Slot(name, kind) => {
                // The slot takes units i..k: the shortest that lets the rest match (the rest
                // starts with a literal word in every pattern but the last slot).
                let ends: Vec<usize> = if i >= j {
                    // A slot takes at least one unit.
                    Vec::new()
                } else if rest.is_empty() {
                    vec![j]
                } else {
                    (i + 1..j).collect()
                };
                for k in ends {
                    let node = match kind {
                        SlotKind::Np => self.np(i, k, implied).map(Node::Np),
                        SlotKind::Vp => self.vp(i, k),
                        SlotKind::Num => (k == i + 1
                            && matches!(
                                self.units[i],
                                Unit::Var {
                                    slot: Slot::Number,
                                    ..
                                }
                            ))
                        .then_some(Node::Num(i)),
                        SlotKind::Text => Some(Node::Text(i, k)),
                    };
                    let Some(node) = node else { continue };
                    let mark = slots.len();
                    slots.push((name.clone(), node));
                    if self.match_parts(rest, k, j, None, slots) {
                        return true;
                    }
                    slots.truncate(mark);
                }
                false
            }
        }
    }

    /// A verb phrase: a verb and, if anything follows, its object.
    fn vp(&mut self, i: usize, j: usize) -> Option<Node> {
        let key = (2, i, j, None);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        let mut found = None;
        'outer: for len in (1..=self.g.lexicon.longest.min(j - i)).rev() {
            let Some(form) = self.joined(i, i + len) else {
                continue;
            };
            let readings: Vec<_> = self
                .g
                .lexicon
                .readings(&form)
                .iter()
                .filter(|r| self.g.lexicon.words[r.word].pos == Pos::Verb)
                .copied()
                .collect();
            for r in readings {
                if i + len == j {
                    found = Some(Node::Vp {
                        verb: r.word,
                        form: r.verb_form,
                        object: None,
                    });
                    break 'outer;
                }
                if let Some(o) = self.np(i + len, j, None) {
                    found = Some(Node::Vp {
                        verb: r.word,
                        form: r.verb_form,
                        object: Some(Box::new(o)),
                    });
                    break 'outer;
                }
            }
        }
        self.memo.insert(key, found.clone());
        found
    }

    /// The folded words `i..j` joined by spaces, if they are all words.
    fn joined(&self, i: usize, j: usize) -> Option<String> {
        let mut s = String::new();
        for k in i..j {
            if k > i {
                s.push(' ');
            }
            s.push_str(self.word(k)?);
        }
        Some(s)
    }

    /// A noun phrase covering `i..j`.
    fn np(&mut self, i: usize, j: usize, implied: Option<Det>) -> Option<Np> {
        if i >= j || !self.tick() {
            return None;
        }
        let key = (3, i, j, implied);
        if let Some(r) = self.memo.get(&key) {
            return r.clone().and_then(|n| match n {
                Node::Np(np) => Some(np),
                _ => None,
            });
        }
        let mut found = None;
        // A determiner written here (unless a contraction already brought one).
        if implied.is_none() && j - i >= 2 {
            if let Some((det, plural)) = self.units.get(i).and_then(determiner) {
                if let Some(mut np) = self.np_bare(i + 1, j) {
                    np.det = det;
                    if let Some(p) = plural {
                        np.plural = p;
                    }
                    found = Some(np);
                }
            }
        }
        if found.is_none() {
            found = self.np_bare(i, j).map(|mut np| {
                if let Some(d) = implied {
                    np.det = d;
                }
                np
            });
        }
        self.memo.insert(key, found.clone().map(Node::Np));
        found
    }

    /// A noun phrase without a determiner of its own.
    fn np_bare(&mut self, i: usize, j: usize) -> Option<Np> {
        let key = (4, i, j, None);
        if let Some(r) = self.memo.get(&key) {
            return r.clone().and_then(|n| match n {
                Node::Np(np) => Some(np),
                _ => None,
            });
        }
        let found = self.np_bare_uncached(i, j);
        self.memo.insert(key, found.clone().map(Node::Np));
        found
    }

    fn np_bare_uncached(&mut self, i: usize, j: usize) -> Option<Np> {
        if i >= j || !self.tick() {
            return None;
        }
        // An adjective that comes before its noun.
        if let Some(a) = self.adjective(i, true) {
            if let Some(mut np) = self.np_bare(i + 1, j) {
                np.adjs.insert(0, a);
                return Some(np);
            }
        }
        // The longest head first: a glossary concept or a lexicon noun is one meaning.
        for k in (i + 1..=j).rev() {
            let Some(head) = self.head(i, k) else {
                continue;
            };
            let plural = self.plural(i, k);
            let mut np = Np {
                det: Det::None,
                head,
                plural,
                adjs: Vec::new(),
                of: None,
            };
            // Adjectives after the noun.
            let mut m = k;
            while m < j {
                match self.adjective(m, false) {
                    Some(a) => {
                        np.adjs.push(a);
                        m += 1;
                    }
                    None => break,
                }
            }
            if m == j {
                return Some(np);
            }
            // A complement: de / d' / du / des + noun phrase.
            let det = match self.units.get(m).map(|u| literal_matches("de", u)) {
                Some(Some(det)) => det,
                _ => continue,
            };
            if let Some(of) = self.np(m + 1, j, det) {
                np.of = Some(Box::new(of));
                return Some(np);
            }
        }
        // A pattern that makes a noun phrase.
        self.pattern(i, j, Some(true)).map(|p| Np {
            det: Det::None,
            head: Head::Pattern(Box::new(p)),
            plural: false,
            adjs: Vec::new(),
            of: None,
        })
    }

    /// A head covering exactly `i..k`.
    fn head(&self, i: usize, k: usize) -> Option<Head> {
        if let Some(&c) = self.concepts.get(&(i, k)) {
            return Some(Head::Concept(c));
        }
        if k == i + 1 {
            if let Unit::Var { .. } = self.units[i] {
                return Some(Head::Var(i));
            }
        }
        let form = self.joined(i, k)?;
        self.g
            .lexicon
            .readings(&form)
            .iter()
            .find(|r| self.g.lexicon.words[r.word].pos == Pos::Noun)
            .map(|r| Head::Word(r.word))
    }

    /// A lexicon adjective at `i` (one word), placed before its noun or after it.
    fn adjective(&self, i: usize, before: bool) -> Option<usize> {
        let w = self.word(i)?;
        self.g
            .lexicon
            .readings(w)
            .iter()
            .map(|r| r.word)
            .find(|&a| {
                let word = &self.g.lexicon.words[a];
                word.pos == Pos::Adj && word.before == before
            })
    }

    fn plural(&self, i: usize, k: usize) -> bool {
        matches!(self.units.get(k - 1), Some(Unit::Word { plural: true, .. }))
            || matches!(self.units.get(i), Some(Unit::Word { plural: true, .. }))
    }
}

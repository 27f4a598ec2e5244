//! Parsing a French interface string into a tree the grammar can render in another language.
//!
//! The grammar of form labels is small and fixed in its French side:
//! - noun phrases: a determiner (`le`, `votre`, `chaque`, a number…), adjectives, a head (a
//!   glossary concept, a lexicon noun or pronoun, a variable part, a proper name kept as written)
//!   and what follows it: adjectives and participle phrases, a complement `de …`, prepositional
//!   phrases (`pour …`, `sur …`), a name or a number in apposition (`fichier X`, `dossier n° 12`);
//! - verb phrases: an infinitive, imperative, participle or conjugated verb, an object pronoun
//!   (`le modifier`, `corrigez-la`), an object and what follows (prepositional phrases, adverbs,
//!   a date `le 12/03/2026`);
//! - adjective phrases: adverbs, an adjective or a past participle, and what follows it;
//! - the patterns of `locales/fr/grammar.ftl`, whose slots take these phrases, clauses (patterns
//!   of kind `clause`), numbers, dates or any text.
//!
//! A string parses only if every one of its words finds its place: a string with one unknown
//! word gets no tree (and no translation), never a partial one. No construction may cut through
//! a glossary concept found in the string: a concept is one meaning.
//!
//! Parsing is memoised by span and bounded by [`MAX_STEPS`]; the first reading found wins, in
//! this order: patterns (in file order), then a verb phrase, a noun phrase, an adjective phrase.

mod nouns;
mod tree;
mod verbs;

use super::lexicon::{written_form, Pos, Reading, VerbForm};
use super::{Grammar, PKind, PPart, SlotKind, Want, ACCENTED};
use crate::text;
use crate::units::{Slot, Unit};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

pub use tree::*;

/// Object pronouns written before a verb (`le modifier`, `vous envoyer`), and after an
/// imperative with a hyphen (`corrigez-la`), with the pronoun word's lexicon id.
const CLITICS: &[(&str, &str)] = &[
    ("le", "le-pron"),
    ("la", "le-pron"),
    ("l", "le-pron"),
    ("les", "les-pron"),
    ("vous", "vous"),
    ("nous", "nous"),
    ("me", "moi"),
    ("m", "moi"),
    ("moi", "moi"),
    ("lui", "lui"),
    ("leur", "leur-pron"),
];

type Key = (u8, usize, usize, Option<Det>, u16);

/// The parser of one string.
pub struct Parser<'a> {
    g: &'a Grammar,
    units: &'a [Unit],
    /// The string the units come from (punctuation between them, accents).
    text: &'a str,
    /// Glossary concepts found in the string (senses checked), by unit range.
    concepts: HashMap<(usize, usize), usize>,
    /// `cut[k]`: a concept covers both unit `k - 1` and unit `k`.
    cut: Vec<bool>,
    /// The concepts' cuts, and the cuts of idioms: multi-word adverbs, adjectives, prepositions
    /// and determiners of the lexicon (`en toute simplicité`, `en attente de réponse`), read
    /// as one word first.
    concept_cut: Vec<bool>,
    idiom_cut: Vec<bool>,
    /// `hard[k]`: a sentence ends between unit `k - 1` and unit `k` (`.`, `!`, `?`, `;`, `:`, `…`
    /// followed by a space): nothing but a pattern that writes that punctuation reads across it.
    hard: Vec<bool>,
    /// Concepts whose French noun does not show its number (`pays`, `avis d'imposition`).
    invariable: std::collections::HashSet<usize>,
    /// The ids of the concepts found (for a verb's `.objects`).
    concept_ids: HashMap<usize, String>,
    memo: FxHashMap<Key, Option<Node>>,
    mods_memo: FxHashMap<(usize, usize, bool), Option<Vec<Mod>>>,
    /// Work done, bounded so that a hostile string cannot make parsing slow.
    steps: usize,
    /// For each word the patterns write ([`Grammar::literal_id`]), the units that may be it
    /// (bit `k`: unit `k`, as `literal_matches` reads them): where a pattern's words are is
    /// then a few masks ([`Parser::reach`]). Empty for a string of more than [`MASKED`] units,
    /// whose units are read one by one.
    lit_units: Vec<u64>,
    /// The patterns a step starting at unit `i` may try when it asks for `want`, with the
    /// shortest span that holds their words ([`Parser::candidates`]), computed the first time:
    /// `cand_at[i * Want::COUNT + want]`, a range of `cand_list`.
    cand_at: Vec<Option<(usize, usize)>>,
    cand_list: Vec<(usize, usize)>,
    /// The patterns starting with a slot that `want` takes and whose words are all somewhere in
    /// the string (most are not), the same for every unit: `alive_at[want]`, a range of
    /// `alive_list`, once computed.
    alive_at: [Option<(usize, usize)>; Want::COUNT],
    alive_list: Vec<usize>,
    /// The words the patterns write that are in the string ([`Grammar::literal_id`]).
    present: Vec<usize>,
    /// What the lexicon reads at each unit, looked up once per string (the parser asks for the
    /// same units again and again, with other ends and parts of speech): `lex[i]`, the readings
    /// of units `i..k` as [`Parser::readings`] gives them, the longest `k` first.
    lex: Vec<Vec<Lex>>,
    /// `contracted[i]`: the prepositions at `i` whose last word is a contraction (`au`, `du`,
    /// `des`): (where the object starts, preposition, determiner), the shortest first (see
    /// [`Parser::prepositions`]).
    contracted: Vec<Vec<(usize, usize, Option<Det>)>>,
    /// `name_like[i]`: unit `i` may be part of a proper name, its cuts aside (see
    /// [`Parser::is_name`]).
    name_like: Vec<bool>,
    /// The concepts that may head a noun phrase, by unit range (see [`Parser::concept_head`]).
    concept_heads: FxHashMap<(usize, usize), usize>,
}

/// A lexicon reading of units `i..k` (see [`Parser::lex`]).
struct Lex {
    k: usize,
    word: usize,
    form: VerbForm,
    pos: Pos,
    /// Written as the word is ([`Parser::reading_ok`]).
    ok: bool,
}

/// The entries the memo has room for when a parse starts.
const MEMO_ROOM: usize = 32;

/// The most units a string may have for [`Parser::lit_units`]' masks.
const MASKED: usize = 64;

/// The most steps a parse may take before it gives up (no translation).
pub const MAX_STEPS: usize = 40_000;

/// Masks of what a slot, a verb phrase or an adjective phrase may be.
const ANY_VERB: u16 = 0x3f;
const AP_ADJ: u16 = 1;
const AP_PART: u16 = 2;

fn verb_bit(f: VerbForm) -> u16 {
    match f {
        VerbForm::Inf => 1,
        VerbForm::Imp => 2,
        VerbForm::Pp => 4,
        VerbForm::Pres => 8,
        VerbForm::Fut => 16,
        VerbForm::Ppr => 32,
    }
}

fn mask_of(only: &[String], kind: SlotKind) -> u16 {
    if only.is_empty() {
        return match kind {
            SlotKind::Ap => AP_ADJ | AP_PART,
            _ => ANY_VERB,
        };
    }
    let mut m = 0;
    for f in only {
        m |= match (kind, f.as_str()) {
            (SlotKind::Ap, "adj") => AP_ADJ,
            (SlotKind::Ap, "pp") => AP_PART,
            (_, "inf") => 1,
            (_, "imp") => 2,
            (_, "pp") => 4,
            (_, "pres") => 8,
            (_, "fut") => 16,
            (_, "ppr") => 32,
            _ => 0,
        };
    }
    m
}

/// Units `a..b` start with a lexicon verb.
fn starts_with_verb(g: &Grammar, units: &[Unit], a: usize, b: usize) -> bool {
    let mut form = String::new();
    for u in units.iter().take(b.min(a + g.lexicon.longest)).skip(a) {
        let Some(w) = u.word() else {
            return false;
        };
        if !form.is_empty() {
            form.push(' ');
        }
        form.push_str(w);
        if g.lexicon
            .readings(&form)
            .iter()
            .any(|r| g.lexicon.words[r.word].pos == Pos::Verb)
        {
            return true;
        }
    }
    false
}

impl<'a> Parser<'a> {
    pub fn new(
        g: &'a Grammar,
        units: &'a [Unit],
        text: &'a str,
        concepts: HashMap<(usize, usize), usize>,
    ) -> Self {
        let mut cut = vec![false; units.len() + 1];
        for &(a, b) in concepts.keys() {
            // A concept whose form is a verb and its object ("afficher le mot de passe", whose
            // label is "show") is read as a verb phrase: its label alone would drop the object.
            if b - a >= 2 && starts_with_verb(g, units, a, b) {
                continue;
            }
            for c in cut.iter_mut().take(b).skip(a + 1) {
                *c = true;
            }
        }
        let mut hard = vec![false; units.len() + 1];
        for (k, h) in hard.iter_mut().enumerate().take(units.len()).skip(1) {
            let a = units[k - 1].span().1;
            let b = units[k].span().0;
            let gap = text.get(a..b.max(a)).unwrap_or("");
            *h = gap.contains(['.', '!', '?', ';', ':', '…']) && gap.contains(char::is_whitespace);
        }
        // Idioms, leftmost-longest.
        let mut idiom_cut = cut.clone();
        let mut i = 0;
        while i < units.len() {
            let mut best = 0;
            let mut form = String::new();
            for (len, u) in units.iter().skip(i).take(g.lexicon.longest).enumerate() {
                let Some(w) = u.word() else {
                    break;
                };
                if len > 0 {
                    form.push(' ');
                }
                form.push_str(w);
                if len > 0
                    && g.lexicon.readings(&form).iter().any(|r| {
                        matches!(
                            g.lexicon.words[r.word].pos,
                            Pos::Adv | Pos::Adj | Pos::Prep | Pos::Det
                        )
                    })
                {
                    best = len + 1;
                }
            }
            if best >= 2 {
                for c in idiom_cut.iter_mut().take(i + best).skip(i + 1) {
                    *c = true;
                }
                i += best;
            } else {
                i += 1;
            }
        }
        // The words a pattern's word may match here: each word, and what a contraction holds
        // (`du` and `d'` are `de`, `au` and `aux` are `à`), as `literal_matches` reads them.
        let mut lit_units = Vec::new();
        let mut present = Vec::new();
        if units.len() <= MASKED {
            lit_units = vec![0; g.literal_count()];
        }
        for (k, u) in units.iter().enumerate() {
            let Some(w) = u.word() else { continue };
            let opened = match w {
                "d" | "du" => Some("de"),
                "au" | "aux" => Some("a"),
                _ => None,
            };
            for w in std::iter::once(w).chain(opened) {
                if let Some(id) = g.literal_id(w) {
                    if !present.contains(&id) {
                        present.push(id);
                    }
                    if let Some(mask) = lit_units.get_mut(id) {
                        *mask |= 1 << k;
                    }
                }
            }
        }
        let mut p = Parser {
            present,
            alive_at: [None; Want::COUNT],
            alive_list: Vec::new(),
            lit_units,
            cand_at: vec![None; (units.len() + 1) * Want::COUNT],
            cand_list: Vec::new(),
            lex: Vec::new(),
            contracted: Vec::new(),
            name_like: Vec::new(),
            concept_heads: FxHashMap::default(),
            g,
            units,
            text,
            concepts,
            concept_cut: cut.clone(),
            idiom_cut,
            cut,
            hard,
            invariable: Default::default(),
            concept_ids: HashMap::new(),
            // A label's parse fills a few dozen entries: room for them from the start, rather
            // than growing the tables step by step.
            memo: FxHashMap::with_capacity_and_hasher(MEMO_ROOM, Default::default()),
            mods_memo: FxHashMap::default(),
            steps: 0,
        };
        p.index();
        p
    }

    /// Fills the per-string indexes: [`Parser::lex`], [`Parser::contracted`],
    /// [`Parser::name_like`], [`Parser::concept_heads`].
    fn index(&mut self) {
        let n = self.units.len();
        let lexicon = &self.g.lexicon;
        let mut lex = Vec::with_capacity(n);
        let mut contracted = Vec::with_capacity(n);
        let mut form = String::new();
        for i in 0..n {
            // The forms of one word, two words… (as `joined` writes them), kept the longest
            // first.
            let mut here = Vec::new();
            form.clear();
            for k in i + 1..=(i + lexicon.longest).min(n) {
                let Some(w) = self.word(k - 1) else {
                    break;
                };
                if k > i + 1 {
                    form.push(' ');
                }
                form.push_str(w);
                let from = here.len();
                for r in self.readings(i, k, &form) {
                    here.push(Lex {
                        k,
                        word: r.word,
                        form: r.verb_form,
                        pos: lexicon.words[r.word].pos,
                        ok: self.reading_ok(i, k, r.word),
                    });
                }
                // Longest first: this form's readings go before the shorter ones'.
                let added = here.len() - from;
                here.rotate_right(added);
            }
            lex.push(here);
            contracted.push(self.contracted_at(i));
        }
        self.lex = lex;
        self.contracted = contracted;
        self.name_like = (0..n).map(|i| self.name_like_at(i)).collect();
        self.concept_heads = self
            .concepts
            .iter()
            .filter(|&(&(i, k), _)| !self.verbal_concept(i, k))
            .map(|(&span, &c)| (span, c))
            .collect();
    }

    /// Concepts whose French noun does not show its number (its label's first word ends in
    /// `-s`, `-x` or `-z`: `pays`, `avis d'imposition`): their number comes from a determiner.
    pub fn invariable(mut self, concepts: impl IntoIterator<Item = usize>) -> Self {
        self.invariable.extend(concepts);
        self
    }

    /// The ids of the concepts found, by index (a verb's `.objects` names them).
    pub fn concept_ids(mut self, ids: impl IntoIterator<Item = (usize, String)>) -> Self {
        self.concept_ids.extend(ids);
        self
    }

    /// Verb `verb` keeps its sense with this object (see [`super::lexicon::Word::objects`]).
    fn object_fits(&self, verb: usize, object: Option<&Np>) -> bool {
        let allowed = &self.g.lexicon.words[verb].objects;
        if allowed.is_empty() {
            return true;
        }
        let id = match object.map(|o| &o.head) {
            Some(Head::Word(w)) => Some(self.g.lexicon.words[*w].id.as_str()),
            Some(Head::Concept(c)) => self.concept_ids.get(c).map(String::as_str),
            _ => None,
        };
        id.is_some_and(|id| allowed.iter().any(|a| a == id))
    }

    /// The whole string as one tree: a pattern, a verb phrase, a noun phrase or an adjective
    /// phrase.
    pub fn parse(&mut self) -> Option<Node> {
        let n = self.units.len();
        if n == 0 {
            return None;
        }
        let across = (1..n).any(|k| self.hard[k]);
        if across {
            // Several sentences: only a pattern that writes their punctuation reads them whole.
            self.cut = self.idiom_cut.clone();
            let found = self.pattern(0, n, None);
            return (self.steps <= MAX_STEPS).then_some(found).flatten();
        }
        // Idioms read as one word first; then, if that gives nothing, word by word ("de
        // nouveau dossier" is "a new file", not "again file").
        self.cut = self.idiom_cut.clone();
        if let Some(found) = self.parse_once(n) {
            return Some(found);
        }
        if self.idiom_cut == self.concept_cut {
            return None;
        }
        self.cut = self.concept_cut.clone();
        self.memo.clear();
        self.mods_memo.clear();
        self.steps = 0;
        self.parse_once(n)
    }

    fn parse_once(&mut self, n: usize) -> Option<Node> {
        let found = self
            .pattern(0, n, None)
            .or_else(|| self.vp(0, n, verb_bit(VerbForm::Inf) | verb_bit(VerbForm::Imp)))
            .or_else(|| self.np(0, n, None).map(Node::Np))
            .or_else(|| self.ap(0, n, AP_ADJ | AP_PART));
        (self.steps <= MAX_STEPS).then_some(found).flatten()
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.units.get(i).and_then(Unit::word)
    }

    fn tick(&mut self) -> bool {
        self.steps += 1;
        self.steps <= MAX_STEPS
    }

    /// The page's text between unit `i - 1` and unit `i` (before the first, after the last).
    fn gap(&self, i: usize) -> &str {
        let a = if i == 0 {
            0
        } else {
            self.units[i - 1].span().1
        };
        let b = self.units.get(i).map_or(self.text.len(), |u| u.span().0);
        self.text.get(a..b.max(a)).unwrap_or("")
    }

    /// Unit `i` is written with this accent, or as a capital without accent (`A` for `À`).
    fn accent_ok(&self, i: usize, exact: &str) -> bool {
        let (a, b) = self.units[i].span();
        let raw = self.text.get(a..b).unwrap_or("");
        if raw.chars().next().is_some_and(char::is_uppercase) && raw.is_ascii() {
            return true;
        }
        raw.to_lowercase() == exact
    }

    /// A lexicon reading covering `i..k` is written as the word is (`à` is not `a`).
    fn reading_ok(&self, i: usize, k: usize, word: usize) -> bool {
        if k != i + 1 {
            return true;
        }
        let Some(w) = self.word(i) else {
            return false;
        };
        if !ACCENTED.iter().any(|(a, _)| *a == w) {
            return true;
        }
        let spellings = &self.g.lexicon.words[word].accented;
        if spellings.is_empty() {
            // A word of the list the lexicon writes in another form (`au`): no ambiguity.
            return true;
        }
        spellings.iter().any(|s| self.accent_ok(i, s))
    }

    /// Words `i..k` read as lexicon words of this part of speech, longest first: (end, word,
    /// verb form).
    fn lexical(&self, i: usize, j: usize, pos: Pos) -> Vec<(usize, usize, VerbForm)> {
        let Some(here) = self.lex.get(i) else {
            return Vec::new();
        };
        here.iter()
            .filter(|l| l.pos == pos && l.ok && l.k <= j && !self.cut[l.k])
            .map(|l| (l.k, l.word, l.form))
            .collect()
    }

    /// The lexicon's readings of units `i..k` (folded `form`): those written exactly as the page
    /// writes them when there are any (`modifié` is a participle, `modifie` a present), else all
    /// (a page without accents, in capitals).
    fn readings(&self, i: usize, k: usize, form: &str) -> Vec<Reading> {
        let all = self.g.lexicon.readings(form);
        if all.len() < 2 {
            return all.to_vec();
        }
        let (a, _) = self.units[i].span();
        let (_, b) = self.units[k - 1].span();
        let page = written_form(self.text.get(a..b).unwrap_or(""));
        let exact: Vec<Reading> = all
            .iter()
            .filter(|r| self.g.lexicon.surface(r) == page)
            .copied()
            .collect();
        if exact.is_empty() {
            all.to_vec()
        } else {
            exact
        }
    }

    /// A pattern covering units `i..j`, of the kind asked for (`None`: any).
    fn pattern(&mut self, i: usize, j: usize, kind: Option<PKind>) -> Option<Node> {
        let want = Want::kind(kind);
        let tag = match kind {
            None => 0,
            Some(PKind::Top) => 0,
            Some(PKind::Np) => 1,
            Some(PKind::Vp) => 2,
            Some(PKind::Ap) => 3,
            Some(PKind::Clause) => 4,
        };
        let key = (0, i, j, None, tag);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        // Left recursion (a pattern starting with a slot of its own kind) meets this mark.
        self.memo.insert(key, None);
        let mut found = None;
        let (from, to) = self.candidates(i, want);
        for c in from..to {
            let (p, reach) = self.cand_list[c];
            if reach > j {
                continue;
            }
            if !self.tick() {
                break;
            }
            let mut slots = Vec::new();
            if self.match_parts(p, 0, i, j, None, &mut slots) {
                if self.shared_adjective(p, j, &slots) {
                    continue;
                }
                found = Some(Node::Pattern { pattern: p, slots });
                break;
            }
        }
        self.memo.insert(key, found.clone());
        found
    }

    /// Matches parts `at..` of pattern `p` to units `i..j`; `implied` is the determiner a
    /// contraction brought to the next slot.
    fn match_parts(
        &mut self,
        p: usize,
        at: usize,
        i: usize,
        j: usize,
        implied: Option<Det>,
        slots: &mut Vec<(String, Node)>,
    ) -> bool {
        if !self.tick() {
            return false;
        }
        let g = self.g;
        let pattern = &g.patterns[p];
        let Some(first) = pattern.parts.get(at) else {
            return i == j;
        };
        match first {
            PPart::Punct(c) => {
                let gap = self.gap(i);
                let found = match c {
                    // A dash between words, not a hyphen inside one.
                    '-' => gap.contains(['-', '–', '—']) && gap.contains(char::is_whitespace),
                    c => gap.contains(*c),
                };
                if !found {
                    return false;
                }
                self.match_parts(p, at + 1, i, j, implied, slots)
            }
            PPart::Word(w, exact) => {
                if i >= j || self.unmarked_end(p, at, i) {
                    return false;
                }
                let u = &self.units[i];
                let Some(det) = literal_matches(w, u) else {
                    return false;
                };
                if let Some(e) = exact {
                    if self.word(i) == Some(w.as_str()) && !self.accent_ok(i, e) {
                        return false;
                    }
                }
                // A word of the pattern next to a slot must not cut a concept.
                let next_is_slot = matches!(pattern.parts.get(at + 1), Some(PPart::Slot(..)));
                if next_is_slot && self.cut[i + 1] {
                    return false;
                }
                if at > 0
                    && matches!(pattern.parts.get(at - 1), Some(PPart::Slot(..)))
                    && self.cut[i]
                {
                    return false;
                }
                self.match_parts(p, at + 1, i + 1, j, det, slots)
            }
            PPart::Slot(name, kind) => {
                if self.unmarked_end(p, at, i) {
                    return false;
                }
                let rest_empty = pattern.parts[at + 1..]
                    .iter()
                    .all(|p| matches!(p, PPart::Punct(_)));
                // The slot takes units i..k: the shortest that lets the rest match.
                let ends: Vec<usize> = if i >= j {
                    // A slot takes at least one unit.
                    Vec::new()
                } else if rest_empty {
                    vec![j]
                } else {
                    (i + 1..j).collect()
                };
                let mask = mask_of(pattern.only(name), *kind);
                // A word written right after the slot must be the unit the slot stops before:
                // the slot's reading is not looked for where it is not.
                let next_word = match pattern.parts.get(at + 1) {
                    Some(PPart::Word(w, _)) => Some(w.as_str()),
                    _ => None,
                };
                for k in ends {
                    if self.cut[k] {
                        continue;
                    }
                    if let Some(w) = next_word {
                        if k < j && literal_matches(w, &self.units[k]).is_none() {
                            continue;
                        }
                    }
                    // A slot never reads across a sentence's end.
                    if (i + 1..k).any(|x| self.hard[x]) {
                        break;
                    }
                    let node = match kind {
                        // `.x = name`: a name or a value kept as written (`Numéro { $x }`: RNA).
                        SlotKind::Np if pattern.only(name).iter().any(|o| o == "name") => {
                            (implied.is_none() && self.name_at(i, k) == Some(k))
                                .then(|| self.np(i, k, None).map(Node::Np))
                                .flatten()
                        }
                        // `.x = num`: a noun phrase counted by a number (`12 caractères`).
                        SlotKind::Np if pattern.only(name).iter().any(|o| o == "num") => self
                            .np(i, k, implied)
                            .filter(|n| matches!(n.det, Det::Num(_)))
                            .map(Node::Np),
                        // `.x = det`: a noun phrase with its determiner, a pronoun or a name (a
                        // clause's subject: "Formulaire valide" is a label, not a clause).
                        SlotKind::Np if pattern.only(name).iter().any(|o| o == "det") => self
                            .np(i, k, implied)
                            .filter(|n| {
                                n.det != Det::None
                                    || matches!(
                                        n.head,
                                        Head::Pron(_) | Head::Name(..) | Head::Var(_)
                                    )
                            })
                            .map(Node::Np),
                        // A subject with `aucun` makes the pattern's `ne` its own ("Aucun invité ne
                        // peut voir" is "No guest can see"): only a pattern written for it reads it.
                        SlotKind::Np if self.negative_pattern(p) => self
                            .np(i, k, implied)
                            .filter(|n| !self.negative_np(n))
                            .map(Node::Np),
                        SlotKind::Np => self.np(i, k, implied).map(Node::Np),
                        SlotKind::Vp => self.vp(i, k, mask),
                        SlotKind::Ap => self.ap(i, k, mask),
                        SlotKind::Clause => self.pattern(i, k, Some(PKind::Clause)),
                        SlotKind::Num => (k == i + 1
                            && matches!(
                                self.units[i],
                                Unit::Var {
                                    slot: Slot::Number,
                                    ..
                                }
                            ))
                        .then_some(Node::Num(i)),
                        SlotKind::Date => self.date(i, k).then_some(Node::Date(i, k)),
                        SlotKind::Text => self.text_ok(i, k).then_some(Node::Text(i, k)),
                    };
                    let Some(node) = node else { continue };
                    let mark = slots.len();
                    slots.push((name.clone(), node));
                    if self.match_parts(p, at + 1, k, j, None, slots) {
                        return true;
                    }
                    slots.truncate(mark);
                }
                false
            }
        }
    }

    /// The shortest span from unit `i` that holds every word pattern `p` writes (where it
    /// ends), `None` when one is not at or after `i`: a pattern one of whose words is missing
    /// from a span cannot match there, and is not tried (most of the patterns, for most strings).
    fn reach(&self, p: usize, i: usize) -> Option<usize> {
        let mut reach = i;
        if !self.lit_units.is_empty() {
            for &id in self.g.needs(p) {
                let after = self.lit_units[id].checked_shr(i as u32).unwrap_or(0);
                if after == 0 {
                    return None;
                }
                reach = reach.max(i + after.trailing_zeros() as usize + 1);
            }
            return Some(reach);
        }
        for part in &self.g.patterns[p].parts {
            if let PPart::Word(w, _) = part {
                let k = (i..self.units.len())
                    .find(|&k| literal_matches(w, &self.units[k]).is_some())?;
                reach = reach.max(k + 1);
            }
        }
        Some(reach)
    }

    /// The patterns starting with a slot that `want` takes whose words are all in the string (see
    /// [`Parser::alive_at`]): a range of `alive_list`.
    fn alive_slot_first(&mut self, want: Want) -> (usize, usize) {
        if let Some(range) = self.alive_at[want as usize] {
            return range;
        }
        let from = self.alive_list.len();
        for p in self.g.slot_first(want, &self.present) {
            if self.reach(p, 0).is_some() {
                self.alive_list.push(p);
            }
        }
        let range = (from, self.alive_list.len());
        self.alive_at[want as usize] = Some(range);
        range
    }

    /// The patterns `want` takes that may match from unit `i` (see [`Grammar::starting`]),
    /// each with its [`Parser::reach`]: a range of `cand_list`.
    fn candidates(&mut self, i: usize, want: Want) -> (usize, usize) {
        let at = i * Want::COUNT + want as usize;
        if let Some(range) = self.cand_at.get(at).copied().flatten() {
            return range;
        }
        let g = self.g;
        let first = self.units.get(i).map(Unit::key).unwrap_or("");
        let [word, opened] = g.starting(first, want);
        let (alive_from, alive_to) = self.alive_slot_first(want);
        let from = self.cand_list.len();
        for &p in word.iter().chain(opened) {
            if let Some(reach) = self.reach(p, i) {
                self.cand_list.push((p, reach));
            }
        }
        for c in alive_from..alive_to {
            let p = self.alive_list[c];
            if let Some(reach) = self.reach(p, i) {
                self.cand_list.push((p, reach));
            }
        }
        let range = (from, self.cand_list.len());
        if let Some(slot) = self.cand_at.get_mut(at) {
            *slot = Some(range);
        }
        range
    }

    /// Pattern `p` writes a negation (`ne`, `n'`).
    fn negative_pattern(&self, p: usize) -> bool {
        self.g.patterns[p]
            .parts
            .iter()
            .any(|x| matches!(x, PPart::Word(w, _) if w == "ne" || w == "n"))
    }

    /// A noun phrase that carries a negation (`aucun dossier`, `personne`, `rien`).
    fn negative_np(&self, n: &Np) -> bool {
        let negative = |w: usize| {
            NEGATIVE_WORDS.contains(&text::fold(&self.g.lexicon.words[w].lemma).as_str())
        };
        match (&n.det, &n.head) {
            (Det::Word(d), _) if negative(*d) => true,
            (_, Head::Word(w) | Head::Pron(w)) => negative(*w),
            _ => false,
        }
    }

    /// Part `at` of pattern `p` starts at unit `i` after a sentence's end the pattern does not
    /// write.
    fn unmarked_end(&self, p: usize, at: usize, i: usize) -> bool {
        at > 0
            && i > 0
            && self.hard.get(i).copied().unwrap_or(false)
            && !matches!(self.g.patterns[p].parts.get(at - 1), Some(PPart::Punct(_)))
    }

    /// Units `i..k` may be kept as written inside a translation: values, codes and names (`JJ/MM/
    /// AAAA`, `0612345678`, `Strasbourg`), not French words the reader would take for
    /// translated ones.
    fn text_ok(&self, i: usize, k: usize) -> bool {
        (i..k).all(|x| {
            let Some(w) = self.word(x) else {
                return true;
            };
            let (a, b) = self.units[x].span();
            let raw = self.text.get(a..b).unwrap_or("");
            if raw.chars().next().is_some_and(char::is_uppercase)
                || raw.chars().any(|c| c.is_ascii_digit())
            {
                return true;
            }
            !FRENCH_FUNCTION_WORDS.contains(&w) && self.g.lexicon.readings(w).is_empty()
        })
    }

    /// Units `i..k` are a date or a time (`12/03/2026`, `12/03/2026 à 14h30`).
    fn date(&self, i: usize, k: usize) -> bool {
        let is = |u: Option<&Unit>| {
            matches!(
                u,
                Some(Unit::Var {
                    slot: Slot::Date | Slot::Time,
                    ..
                })
            )
        };
        match k - i {
            1 => is(self.units.get(i)),
            2 => is(self.units.get(i)) && is(self.units.get(i + 1)),
            3 => {
                is(self.units.get(i))
                    && matches!(self.word(i + 1), Some("a" | "de"))
                    && is(self.units.get(i + 2))
            }
            _ => false,
        }
    }
}

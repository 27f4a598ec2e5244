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

use std::collections::HashMap;

use super::lexicon::{written_form, Pos, Reading, VerbForm};
use super::{Grammar, PKind, PPart, SlotKind, ACCENTED};
use crate::text;
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
    /// A lexicon determiner (`chaque`, `plusieurs`, `tous les`): the word's index.
    Word(usize),
    /// A number (`3 fichiers`): the unit's index.
    Num(usize),
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
            Det::Word(_) => Some("np-det"),
            Det::Num(_) => Some("np-num"),
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
    /// A lexicon pronoun (index).
    Pron(usize),
    /// A variable part of the string (unit index), kept as written.
    Var(usize),
    /// A proper name or acronym the lexicon does not know (units from, to), kept as written.
    Name(usize, usize),
    /// A pattern that makes a noun phrase (`Numéro de …`).
    Pattern(Box<Node>),
}

/// What may follow a head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mod {
    /// An adjective or participle phrase ([`Node::Ap`]).
    Adj(Box<Node>),
    /// The complement introduced by `de` (`déclaration de perte`).
    Of(Box<Np>),
    /// A preposition (lexicon index) and its object: a noun phrase, or a verb phrase for a
    /// preposition that takes an infinitive.
    Pp(usize, Box<Node>),
    /// A variable or a proper name kept as written (units from, to): `fichier X`.
    Name(usize, usize),
    /// `n°` and a variable (unit index): `dossier n° 12`.
    Numbered(usize),
    /// A lexicon adverb (index).
    Adv(usize),
    /// `le` and a date (units from, to): `modifié le 12/03/2026`.
    Date(usize, usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    pub det: Det,
    pub head: Head,
    pub plural: bool,
    /// Lexicon adjectives written before the head (indexes), in French order.
    pub adjs: Vec<usize>,
    /// What follows the head, in French order.
    pub mods: Vec<Mod>,
}

/// A verb's negation, as French writes it around the verb (`ne … pas`, `ne … plus`, `ne …
/// jamais`; `ne … aucun`, `ne … rien`, where the negation is in the object: implicit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Neg {
    Pas,
    Plus,
    Jamais,
    Implicit,
}

impl Neg {
    /// The name the language's `vp-neg` message receives as `$neg`.
    pub fn name(self) -> &'static str {
        match self {
            Neg::Pas => "pas",
            Neg::Plus => "plus",
            Neg::Jamais => "jamais",
            Neg::Implicit => "implicit",
        }
    }
}

/// The word after a conjugated verb that closes a negation (folded: `pas` → `pa`).
fn neg_word(w: Option<&str>) -> Option<Neg> {
    match w? {
        "pa" => Some(Neg::Pas),
        "plu" => Some(Neg::Plus),
        "jamai" => Some(Neg::Jamais),
        _ => None,
    }
}

/// French words that may not be kept as written inside a translation (see `text_ok`).
const FRENCH_FUNCTION_WORDS: &[&str] = &[
    "un", "une", "de", "d", "du", "le", "la", "l", "et", "ou", "est", "sont", "a", "au", "aux",
    "en", "ce", "cette", "il", "elle", "qui", "que", "qu", "pour", "par", "sur", "avec", "dan",
    "votre", "vo", "notre", "no", "se", "ne", "pa",
];

/// Words that carry the negation of a `ne` without `pas` (`ne correspond à aucun …`).
const NEGATIVE_WORDS: &[&str] = &["aucun", "aucune", "rien", "personne", "nul", "nulle", "ni"];

/// The head of an adjective phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApHead {
    /// A lexicon adjective (index).
    Adj(usize),
    /// A verb's past participle (lexicon index).
    Part(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Np(Np),
    Vp {
        verb: usize,
        form: VerbForm,
        neg: Option<Neg>,
        /// Adverbs written before the verb (`aussi modifier`), lexicon indexes.
        pre: Vec<usize>,
        /// An object pronoun (`le modifier`, `corrigez-la`, `vous envoyer`).
        clitic: Option<Box<Np>>,
        object: Option<Box<Np>>,
        mods: Vec<Mod>,
    },
    Ap {
        head: ApHead,
        /// Adverbs written before the head (lexicon indexes).
        pre: Vec<usize>,
        mods: Vec<Mod>,
    },
    Pattern {
        pattern: usize,
        slots: Vec<(String, Node)>,
    },
    /// A number (unit index).
    Num(usize),
    /// A date or time (units from, to).
    Date(usize, usize),
    /// Units kept as written (from, to).
    Text(usize, usize),
}

impl Node {
    /// Every glossary concept the tree uses (for the sense tests and the overlay's "?").
    pub fn concepts(&self, out: &mut Vec<usize>) {
        match self {
            Node::Np(np) => np.concepts(out),
            Node::Vp {
                clitic,
                object,
                mods,
                ..
            } => {
                for o in clitic.iter().chain(object.iter()) {
                    o.concepts(out);
                }
                mods.iter().for_each(|m| m.concepts(out));
            }
            Node::Ap { mods, .. } => mods.iter().for_each(|m| m.concepts(out)),
            Node::Pattern { slots, .. } => slots.iter().for_each(|(_, n)| n.concepts(out)),
            Node::Num(_) | Node::Date(..) | Node::Text(..) => {}
        }
    }

    /// The verb form a verb phrase (or a verb-phrase pattern, by its first verb) is in.
    pub fn verb_form(&self) -> Option<VerbForm> {
        match self {
            Node::Vp { form, .. } => Some(*form),
            Node::Pattern { slots, .. } => slots.iter().find_map(|(_, n)| n.verb_form()),
            _ => None,
        }
    }

    /// A compact bracketed view of the tree (`relais translate --tree`, tests).
    pub fn show(&self, g: &Grammar, units: &[Unit]) -> String {
        let w = |i: usize| g.lexicon.words[i].id.clone();
        match self {
            Node::Np(np) => np.show(g, units),
            Node::Vp {
                verb,
                form,
                neg,
                pre,
                clitic,
                object,
                mods,
            } => {
                let mut s = format!("[vp {}.{}", w(*verb), form.name());
                for a in pre {
                    s += &format!(" pre:{}", w(*a));
                }
                if let Some(n) = neg {
                    s += &format!(" neg:{}", n.name());
                }
                if let Some(c) = clitic {
                    s += &format!(" clitic:{}", c.show(g, units));
                }
                if let Some(o) = object {
                    s += &format!(" obj:{}", o.show(g, units));
                }
                for m in mods {
                    s += &format!(" {}", m.show(g, units));
                }
                s + "]"
            }
            Node::Ap { head, pre, mods } => {
                let mut s = String::from("[ap");
                for a in pre {
                    s += &format!(" adv:{}", w(*a));
                }
                s += &match head {
                    ApHead::Adj(a) => format!(" {}", w(*a)),
                    ApHead::Part(v) => format!(" {}.pp", w(*v)),
                };
                for m in mods {
                    s += &format!(" {}", m.show(g, units));
                }
                s + "]"
            }
            Node::Pattern { pattern, slots } => {
                let mut s = format!("[{}", g.patterns[*pattern].id);
                for (name, n) in slots {
                    s += &format!(" {name}:{}", n.show(g, units));
                }
                s + "]"
            }
            Node::Num(i) => format!("#{}", units[*i].key()),
            Node::Date(i, j) | Node::Text(i, j) => {
                let t: Vec<&str> = units[*i..*j].iter().map(Unit::key).collect();
                format!("\"{}\"", t.join(" "))
            }
        }
    }
}

impl Mod {
    fn concepts(&self, out: &mut Vec<usize>) {
        match self {
            Mod::Adj(n) | Mod::Pp(_, n) => n.concepts(out),
            Mod::Of(np) => np.concepts(out),
            _ => {}
        }
    }

    fn show(&self, g: &Grammar, units: &[Unit]) -> String {
        let w = |i: usize| g.lexicon.words[i].id.clone();
        match self {
            Mod::Adj(n) => n.show(g, units),
            Mod::Of(np) => format!("de:{}", np.show(g, units)),
            Mod::Pp(p, n) => format!("{}:{}", w(*p), n.show(g, units)),
            Mod::Name(i, j) | Mod::Date(i, j) => {
                let t: Vec<&str> = units[*i..*j].iter().map(Unit::key).collect();
                format!("\"{}\"", t.join(" "))
            }
            Mod::Numbered(i) => format!("n°{}", units[*i].key()),
            Mod::Adv(a) => format!("adv:{}", w(*a)),
        }
    }
}

impl Np {
    fn concepts(&self, out: &mut Vec<usize>) {
        match &self.head {
            Head::Concept(c) => out.push(*c),
            Head::Pattern(p) => p.concepts(out),
            _ => {}
        }
        self.mods.iter().for_each(|m| m.concepts(out));
    }

    fn show(&self, g: &Grammar, units: &[Unit]) -> String {
        let w = |i: usize| g.lexicon.words[i].id.clone();
        let mut s = String::from("[np");
        match self.det {
            Det::None => {}
            Det::Word(d) => s += &format!(" det:{}", w(d)),
            Det::Num(i) => s += &format!(" det:#{}", units[i].key()),
            d => s += &format!(" {d:?}"),
        }
        for a in &self.adjs {
            s += &format!(" {}", w(*a));
        }
        s += &match &self.head {
            Head::Concept(c) => format!(" concept:{c}"),
            Head::Word(i) | Head::Pron(i) => format!(" {}", w(*i)),
            Head::Var(i) => format!(" var:{}", units[*i].key()),
            Head::Name(i, j) => format!(" name:{}", units[*i..*j].len()),
            Head::Pattern(p) => format!(" {}", p.show(g, units)),
        };
        if self.plural {
            s += "+pl";
        }
        for m in &self.mods {
            s += &format!(" {}", m.show(g, units));
        }
        s + "]"
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
    memo: HashMap<Key, Option<Node>>,
    mods_memo: HashMap<(usize, usize, bool), Option<Vec<Mod>>>,
    /// Work done, bounded so that a hostile string cannot make parsing slow.
    steps: usize,
}

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
        Parser {
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
            memo: HashMap::new(),
            mods_memo: HashMap::new(),
            steps: 0,
        }
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
        let mut out = Vec::new();
        let longest = self.g.lexicon.longest.min(j.saturating_sub(i));
        for len in (1..=longest).rev() {
            let k = i + len;
            if self.cut[k] {
                continue;
            }
            let Some(form) = self.joined(i, k) else {
                continue;
            };
            for r in self.readings(i, k, &form) {
                if self.g.lexicon.words[r.word].pos == pos && self.reading_ok(i, k, r.word) {
                    out.push((k, r.word, r.verb_form));
                }
            }
        }
        out
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
        let first = self.units.get(i).map(Unit::key).unwrap_or("");
        let candidates: Vec<usize> = self
            .g
            .patterns_starting(first)
            .filter(|&p| kind.is_none() || Some(self.g.patterns[p].kind) == kind)
            .collect();
        for p in candidates {
            if !self.tick() {
                break;
            }
            let mut slots = Vec::new();
            if self.match_parts(p, 0, i, j, None, &mut slots) {
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
                for k in ends {
                    if self.cut[k] {
                        continue;
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

    /// A verb phrase in one of the forms of `mask`.
    fn vp(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if i >= j {
            return None;
        }
        let key = (2, i, j, None, mask);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        self.memo.insert(key, None);
        let found = self.vp_uncached(i, j, mask);
        self.memo.insert(key, found.clone());
        found
    }

    fn vp_uncached(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if !self.tick() {
            return None;
        }
        if matches!(self.word(i), Some("ne" | "n")) {
            return self.vp_negated(i, j, mask);
        }
        // Adverbs before the verb (`vous pouvez aussi modifier`).
        for (k, a, _) in self.lexical(i, j, Pos::Adv) {
            if k >= j {
                continue;
            }
            if let Some(Node::Vp {
                verb,
                form,
                neg,
                mut pre,
                clitic,
                object,
                mods,
            }) = self.vp(k, j, mask)
            {
                pre.insert(0, a);
                return Some(Node::Vp {
                    verb,
                    form,
                    neg,
                    pre,
                    clitic,
                    object,
                    mods,
                });
            }
        }
        // An object pronoun before the verb (not before an imperative: `le modifier`).
        let mut starts: Vec<(usize, Option<Np>)> = vec![(i, None)];
        if let Some(c) = self.clitic(i) {
            if j - i >= 2 {
                starts.push((i + 1, Some(c)));
            }
        }
        for (s, clitic) in starts {
            for (k, verb, form) in self.lexical(s, j, Pos::Verb) {
                if mask & verb_bit(form) == 0 {
                    continue;
                }
                if clitic.is_some() && form == VerbForm::Imp {
                    continue;
                }
                // A present that ends the string and is also an adjective is the adjective
                // ("Un numéro de téléphone valide" is a valid phone number, not "A phone number
                // confirms").
                if form == VerbForm::Pres
                    && k == j
                    && self
                        .lexical(s, j, Pos::Adj)
                        .iter()
                        .any(|&(k2, _, _)| k2 == k)
                {
                    continue;
                }
                let mut clitic = clitic.clone();
                let mut m = k;
                // An object pronoun after an imperative, with its hyphen: `corrigez-la`.
                if form == VerbForm::Imp && clitic.is_none() && m < j && self.gap(m).contains('-') {
                    if let Some(c) = self.clitic(m) {
                        clitic = Some(c);
                        m += 1;
                    }
                }
                if let Some(node) = self.vp_rest(verb, form, clitic, m, j) {
                    return Some(node);
                }
            }
        }
        // A pattern that makes a verb phrase (`… et …`).
        let p = self.pattern(i, j, Some(PKind::Vp))?;
        let form = p.verb_form()?;
        (mask & verb_bit(form) != 0).then_some(p)
    }

    /// A negated verb phrase: `ne pas modifier`, `ne modifiez pas`, `ne le modifie plus`, `ne
    /// correspond à aucun …`. A `ne` that finds no negation gives nothing.
    fn vp_negated(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        let with_neg = |node: Node, n: Neg| match node {
            Node::Vp {
                verb,
                form,
                neg: None,
                pre,
                clitic,
                object,
                mods,
            } => Some(Node::Vp {
                verb,
                form,
                neg: Some(n),
                pre,
                clitic,
                object,
                mods,
            }),
            _ => None,
        };
        // An infinitive: `ne pas modifier`.
        if let Some(n) = neg_word(self.word(i + 1)) {
            let inf = verb_bit(VerbForm::Inf);
            if mask & inf != 0 && i + 2 < j {
                if let Some(node) = self.vp(i + 2, j, inf) {
                    return with_neg(node, n);
                }
            }
            return None;
        }
        let mut starts: Vec<(usize, Option<Np>)> = vec![(i + 1, None)];
        if let Some(c) = self.clitic(i + 1) {
            starts.push((i + 2, Some(c)));
        }
        for (s, clitic) in starts {
            for (k, verb, form) in self.lexical(s, j, Pos::Verb) {
                if form == VerbForm::Inf || mask & verb_bit(form) == 0 {
                    continue;
                }
                let (rest, n) = match neg_word(self.word(k)) {
                    Some(n) => (k + 1, n),
                    None if (k..j)
                        .any(|x| self.word(x).is_some_and(|w| NEGATIVE_WORDS.contains(&w))) =>
                    {
                        (k, Neg::Implicit)
                    }
                    None => continue,
                };
                if let Some(node) = self.vp_rest(verb, form, clitic.clone(), rest, j) {
                    return with_neg(node, n);
                }
            }
        }
        None
    }

    /// The object and what follows the verb, from `m` to `j`.
    fn vp_rest(
        &mut self,
        verb: usize,
        form: VerbForm,
        clitic: Option<Np>,
        m: usize,
        j: usize,
    ) -> Option<Node> {
        let make = |object: Option<Np>, mods: Vec<Mod>| Node::Vp {
            verb,
            form,
            neg: None,
            pre: Vec::new(),
            clitic: clitic.clone().map(Box::new),
            object: object.map(Box::new),
            mods,
        };
        let sensed = !self.g.lexicon.words[verb].objects.is_empty();
        if sensed && clitic.is_some() {
            return None;
        }
        if m == j {
            return (!sensed).then(|| make(None, Vec::new()));
        }
        // Adverbs between the verb and its object (`contactez directement l'administration`)
        // go with what follows the object.
        for (k, a, _) in self.lexical(m, j, Pos::Adv) {
            if k >= j {
                continue;
            }
            if let Some(Node::Vp {
                object: Some(o),
                mut mods,
                ..
            }) = self.vp_rest(verb, form, None, k, j)
            {
                mods.push(Mod::Adv(a));
                return Some(make(Some(*o), mods));
            }
        }
        // The longest object first (a participle's object: `vous avez supprimé votre dossier`).
        for k in (m + 1..=j).rev() {
            if self.cut[k] {
                continue;
            }
            let Some(o) = self.np(m, k, None) else {
                continue;
            };
            if !self.object_fits(verb, Some(&o)) {
                continue;
            }
            if let Some(mods) = self.mods(k, j, false) {
                return Some(make(Some(o), mods));
            }
        }
        if sensed {
            return None;
        }
        let mods = self.mods(m, j, false)?;
        Some(make(None, mods))
    }

    /// An object pronoun at `i`.
    fn clitic(&self, i: usize) -> Option<Np> {
        let w = self.word(i)?;
        let plural = matches!(self.units[i], Unit::Word { plural: true, .. });
        let plural_form = format!("{w}s");
        let id = CLITICS
            .iter()
            .find(|(f, _)| plural && *f == plural_form)
            .or_else(|| CLITICS.iter().find(|(f, _)| *f == w))
            .map(|(_, id)| *id)?;
        let word = self.g.lexicon.index_of(id)?;
        Some(Np {
            det: Det::None,
            head: Head::Pron(word),
            plural: self.g.lexicon.words[word].plural,
            adjs: Vec::new(),
            mods: Vec::new(),
        })
    }

    /// What follows a head (`np`: a noun's) or a verb, an adjective, a participle, from `m` to
    /// `j`.
    fn mods(&mut self, m: usize, j: usize, np: bool) -> Option<Vec<Mod>> {
        if m == j {
            return Some(Vec::new());
        }
        let key = (m, j, np);
        if let Some(r) = self.mods_memo.get(&key) {
            return r.clone();
        }
        self.mods_memo.insert(key, None);
        let found = self.mods_uncached(m, j, np);
        self.mods_memo.insert(key, found.clone());
        found
    }

    fn mods_uncached(&mut self, m: usize, j: usize, np: bool) -> Option<Vec<Mod>> {
        if !self.tick() {
            return None;
        }
        for (k, one) in self.one_mod(m, j, np) {
            if self.cut[k] {
                continue;
            }
            if let Some(rest) = self.mods(k, j, np) {
                let mut out = vec![one];
                out.extend(rest);
                return Some(out);
            }
        }
        None
    }

    /// Every modifier starting at `m` and ending before `j`: (end, modifier), longest first.
    fn one_mod(&mut self, m: usize, j: usize, np: bool) -> Vec<(usize, Mod)> {
        let mut out = Vec::new();
        // A variable or a name in apposition (after a noun only).
        if np {
            if let Some(k) = self.name_at(m, j) {
                out.push((k, Mod::Name(m, k)));
            }
            // n° 12, numéro 12
            let numbered = match self.word(m) {
                Some("n") => self.gap(m + 1).contains(['°', 'º']),
                Some("numero") => !self.cut[m + 1],
                _ => false,
            };
            if numbered && m + 2 <= j && matches!(self.units.get(m + 1), Some(Unit::Var { .. })) {
                out.push((m + 2, Mod::Numbered(m + 1)));
            }
        } else {
            // le 12/03/2026
            if self.word(m) == Some("le") {
                for k in (m + 2..=(m + 4).min(j)).rev() {
                    if self.date(m + 1, k) {
                        out.push((k, Mod::Date(m + 1, k)));
                        break;
                    }
                }
            }
        }
        // Adverbs (after a verb or an adjective).
        if !np {
            for (k, a, _) in self.lexical(m, j, Pos::Adv) {
                out.push((k, Mod::Adv(a)));
            }
        }
        // Adjective and participle phrases (after a noun).
        // A participle with what follows it, the longest first ("la solution proposée par
        // l'État"); an adjective alone first, what follows going with the noun ("un outil simple
        // pour gérer").
        if np {
            let mut parts = Vec::new();
            let mut adjs = Vec::new();
            for k in m + 1..=j {
                if self.cut[k] {
                    continue;
                }
                if let Some(ap) = self.ap(m, k, AP_ADJ | AP_PART) {
                    match ap {
                        Node::Ap {
                            head: ApHead::Part(_),
                            ..
                        } => parts.push((k, Mod::Adj(Box::new(ap)))),
                        _ => adjs.push((k, Mod::Adj(Box::new(ap)))),
                    }
                }
            }
            parts.reverse();
            out.extend(parts);
            out.extend(adjs);
        }
        // A complement with `de`.
        if np {
            if let Some(det) = self.units.get(m).and_then(|u| literal_matches("de", u)) {
                // A bare noun, the shortest first ("code de région valide" is a valid region
                // code); a complement with its determiner, the longest first ("agent de la
                // fonction publique d'État").
                let bare = det.is_none()
                    && self.units.get(m + 1).and_then(determiner).is_none()
                    && self.lexical(m + 1, j, Pos::Det).is_empty();
                let ks: Vec<usize> = if bare {
                    (m + 2..=j).collect()
                } else {
                    (m + 2..=j).rev().collect()
                };
                for k in ks {
                    if self.cut[k] {
                        continue;
                    }
                    if let Some(of) = self.np(m + 1, k, det) {
                        out.push((k, Mod::Of(Box::new(of))));
                    }
                }
            }
        }
        // Prepositional phrases.
        for (after, prep, det) in self.prepositions(m, j) {
            let takes = self.g.lexicon.words[prep].takes;
            for k in (after + 1..=j).rev() {
                if self.cut[k] {
                    continue;
                }
                let object = match takes {
                    Some(_) if det.is_some() => None,
                    Some(form) => self.vp(after, k, verb_bit(form)),
                    None => self.np(after, k, det).map(Node::Np),
                };
                // After a noun, `à` and a bare noun makes a compound whose meaning `à` does not
                // tell ("nombre à virgule", "liste à choix multiple"): only `à la …`, `à
                // l'administration`, `à X` (a name, a value) are read.
                let bare_noun = |o: &Node| {
                    matches!(o, Node::Np(n) if n.det == Det::None
                        && matches!(n.head, Head::Word(_) | Head::Concept(_)))
                };
                let object = match object {
                    Some(o) if np && self.g.lexicon.words[prep].lemma == "à" && bare_noun(&o) => {
                        None
                    }
                    o => o,
                };
                if let Some(o) = object {
                    out.push((k, Mod::Pp(prep, Box::new(o))));
                }
            }
        }
        out
    }

    /// Prepositions at `m`: (where the object starts, preposition, the determiner a
    /// contraction brings: `au` = `à le`).
    fn prepositions(&self, m: usize, j: usize) -> Vec<(usize, usize, Option<Det>)> {
        let mut out: Vec<(usize, usize, Option<Det>)> = self
            .lexical(m, j, Pos::Prep)
            .into_iter()
            .map(|(k, p, _)| (k, p, None))
            .collect();
        // Contractions: the last word of `à`, `à partir de`… written `au`, `du`, `des`.
        let longest = self.g.lexicon.longest.min(j.saturating_sub(m));
        for len in 1..=longest {
            let k = m + len;
            let Some(last) = self.units.get(k - 1) else {
                break;
            };
            let (base, det) = match (last.word(), last) {
                (Some("au" | "aux"), _) => ("a", Some(Det::Def)),
                (Some("du"), _) => ("de", Some(Det::Def)),
                (Some("de"), Unit::Word { plural: true, .. }) => ("de", Some(Det::Def)),
                _ => continue,
            };
            let mut form = match self.joined(m, k - 1) {
                Some(f) if !f.is_empty() => f + " ",
                _ => String::new(),
            };
            form.push_str(base);
            for r in self.g.lexicon.readings(&form) {
                if self.g.lexicon.words[r.word].pos == Pos::Prep {
                    out.push((k, r.word, det));
                }
            }
        }
        out
    }

    /// A variable, or a proper name (capitalised words the lexicon and the glossary do not
    /// know, not first in the string), at `m`: where it ends.
    fn name_at(&self, m: usize, j: usize) -> Option<usize> {
        match self.units.get(m)? {
            Unit::Var { .. } => return Some(m + 1),
            Unit::Word { .. } => {}
        }
        let mut k = m;
        while k < j && k - m < 4 && self.is_name(k) {
            k += 1;
        }
        (k > m).then_some(k)
    }

    fn is_name(&self, i: usize) -> bool {
        if i == 0 || self.cut[i] || self.cut[i + 1] {
            return false;
        }
        let Some(w) = self.word(i) else {
            return false;
        };
        let (a, b) = self.units[i].span();
        let raw = self.text.get(a..b).unwrap_or("");
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // A word after a sentence's end is capitalised for that reason.
        let gap = self.gap(i);
        if gap.contains(['.', ':', '!', '?', '«', '"', '(']) {
            return false;
        }
        self.g.lexicon.readings(w).is_empty()
            && !self.concepts.keys().any(|&(s, e)| s <= i && i < e)
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
        let key = (3, i, j, implied, 0);
        if let Some(r) = self.memo.get(&key) {
            return r.clone().and_then(|n| match n {
                Node::Np(np) => Some(np),
                _ => None,
            });
        }
        self.memo.insert(key, None);
        let found = self.np_uncached(i, j, implied);
        self.memo.insert(key, found.clone().map(Node::Np));
        found
    }

    fn np_uncached(&mut self, i: usize, j: usize, implied: Option<Det>) -> Option<Np> {
        // Coordination first, at the highest level: "la demande de correction et ce message" is
        // (la demande de correction) et (ce message).
        if implied.is_none() {
            if let Some(p) = self.pattern_np(i, j, false) {
                return Some(Np {
                    det: Det::None,
                    head: Head::Pattern(Box::new(p)),
                    plural: true,
                    adjs: Vec::new(),
                    mods: Vec::new(),
                });
            }
        }
        // A pronoun.
        if implied.is_none() && j == i + 1 {
            if let Some(&(_, w, _)) = self
                .lexical(i, j, Pos::Pron)
                .iter()
                .find(|(_, w, _)| !self.g.lexicon.words[*w].clitic)
            {
                return Some(Np {
                    det: Det::None,
                    head: Head::Pron(w),
                    plural: self.g.lexicon.words[w].plural,
                    adjs: Vec::new(),
                    mods: Vec::new(),
                });
            }
        }
        // A determiner written here (unless a contraction already brought one).
        if implied.is_none() && j - i >= 2 {
            let mut dets: Vec<(usize, Det, Option<bool>)> = Vec::new();
            // A lexicon determiner first (`une autre`: "another", `tous les`).
            for (k, d, _) in self.lexical(i, j, Pos::Det) {
                if k < j {
                    dets.push((k, Det::Word(d), None));
                }
            }
            if let Some((det, plural)) = self.units.get(i).and_then(determiner) {
                dets.push((i + 1, det, plural));
            }
            if matches!(
                self.units.get(i),
                Some(Unit::Var {
                    slot: Slot::Number,
                    ..
                })
            ) {
                dets.push((i + 1, Det::Num(i), None));
            }
            for (k, det, plural) in dets {
                if self.cut[k] {
                    continue;
                }
                if let Some(mut np) = self.np_bare(k, j) {
                    np.det = det;
                    if let Some(p) = plural {
                        np.plural = p;
                    }
                    return Some(np);
                }
            }
        }
        self.np_bare(i, j).map(|mut np| {
            if let Some(d) = implied {
                np.det = d;
            }
            np
        })
    }

    /// A noun phrase without a determiner of its own.
    fn np_bare(&mut self, i: usize, j: usize) -> Option<Np> {
        let key = (4, i, j, None, 0);
        if let Some(r) = self.memo.get(&key) {
            return r.clone().and_then(|n| match n {
                Node::Np(np) => Some(np),
                _ => None,
            });
        }
        self.memo.insert(key, None);
        let found = self.np_bare_uncached(i, j);
        self.memo.insert(key, found.clone().map(Node::Np));
        found
    }

    fn np_bare_uncached(&mut self, i: usize, j: usize) -> Option<Np> {
        if i >= j || !self.tick() {
            return None;
        }
        let bare = |head: Head, plural: bool| Np {
            det: Det::None,
            head,
            plural,
            adjs: Vec::new(),
            mods: Vec::new(),
        };
        // A concept covering the whole span is one meaning.
        if let Some(head) = self.concept_head(i, j) {
            let plural = self.plural(i, j) && !self.invariable_head(&head);
            return Some(bare(head, plural));
        }
        // A head of several words first (`nom de voie`): one meaning.
        if let Some(np) = self.headed(i, j, true) {
            return Some(np);
        }
        // A pattern that makes a noun phrase and starts with a word (`Numéro de …`).
        if let Some(p) = self.pattern_np(i, j, true) {
            return Some(bare(Head::Pattern(Box::new(p)), false));
        }
        // An adjective that comes before its noun.
        for (k, a, _) in self.lexical(i, j, Pos::Adj) {
            if !self.g.lexicon.words[a].before || k >= j {
                continue;
            }
            if let Some(mut np) = self.np_bare(k, j) {
                np.adjs.insert(0, a);
                return Some(np);
            }
        }
        if let Some(np) = self.headed(i, j, false) {
            return Some(np);
        }
        // A pattern that makes a noun phrase and starts with a slot (`… et …`).
        self.pattern_np(i, j, false)
            .map(|p| bare(Head::Pattern(Box::new(p)), false))
    }

    /// A head at `i` and what follows it to `j`; the longest head first (a glossary concept or a
    /// lexicon noun is one meaning); heads of several words (`long`) or of one.
    fn headed(&mut self, i: usize, j: usize, long: bool) -> Option<Np> {
        let ks: Vec<usize> = if long {
            (i + 2..=j).rev().collect()
        } else {
            vec![i + 1]
        };
        for k in ks {
            if self.cut[k] {
                continue;
            }
            let Some(head) = self.head(i, k) else {
                continue;
            };
            let plural = self.plural(i, k) && !self.invariable_head(&head);

            if let Some(mods) = self.mods(k, j, true) {
                return Some(Np {
                    det: Det::None,
                    head,
                    plural,
                    adjs: Vec::new(),
                    mods,
                });
            }
        }
        None
    }

    /// A noun-phrase pattern covering `i..j` that starts with a word (`literal`) or a slot.
    fn pattern_np(&mut self, i: usize, j: usize, literal: bool) -> Option<Node> {
        let key = (9, i, j, None, literal as u16);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        self.memo.insert(key, None);
        let first = self.units.get(i).map(Unit::key).unwrap_or("");
        let candidates: Vec<usize> = self
            .g
            .patterns_starting(first)
            .filter(|&p| {
                let pat = &self.g.patterns[p];
                pat.kind == PKind::Np
                    && matches!(pat.parts.first(), Some(PPart::Slot(..))) != literal
            })
            .collect();
        let mut found = None;
        for p in candidates {
            if !self.tick() {
                break;
            }
            let mut slots = Vec::new();
            if self.match_parts(p, 0, i, j, None, &mut slots) {
                found = Some(Node::Pattern { pattern: p, slots });
                break;
            }
        }
        self.memo.insert(key, found.clone());
        found
    }

    /// An adjective or participle phrase covering `i..j`, of the kinds of `mask`.
    fn ap(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if i >= j {
            return None;
        }
        let key = (8, i, j, None, mask);
        if let Some(r) = self.memo.get(&key) {
            return r.clone();
        }
        self.memo.insert(key, None);
        let found = self.ap_uncached(i, j, mask);
        self.memo.insert(key, found.clone());
        found
    }

    fn ap_uncached(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        if !self.tick() {
            return None;
        }
        if let Some(found) = self.ap_headed(i, j, mask) {
            return Some(found);
        }
        // Adverbs before (`non modifié`, `automatiquement enregistrées`).
        for (k, a, _) in self.lexical(i, j, Pos::Adv) {
            if k >= j {
                continue;
            }
            if let Some(Node::Ap {
                head,
                mut pre,
                mods,
            }) = self.ap(k, j, mask)
            {
                pre.insert(0, a);
                return Some(Node::Ap { head, pre, mods });
            }
        }
        let p = self.pattern(i, j, Some(PKind::Ap))?;
        Some(p)
    }

    /// An adjective or participle at `i` and what follows it to `j`.
    fn ap_headed(&mut self, i: usize, j: usize, mask: u16) -> Option<Node> {
        let mut heads: Vec<(usize, ApHead)> = Vec::new();
        if mask & AP_ADJ != 0 {
            for (k, a, _) in self.lexical(i, j, Pos::Adj) {
                heads.push((k, ApHead::Adj(a)));
            }
        }
        if mask & AP_PART != 0 {
            for (k, v, form) in self.lexical(i, j, Pos::Verb) {
                // A verb whose sense depends on its object: a participle does not show it.
                if form == VerbForm::Pp && self.g.lexicon.words[v].objects.is_empty() {
                    heads.push((k, ApHead::Part(v)));
                }
            }
        }
        heads.sort_by_key(|(k, _)| std::cmp::Reverse(*k));
        for (k, head) in heads {
            if let Some(mods) = self.mods(k, j, false) {
                return Some(Node::Ap {
                    head,
                    pre: Vec::new(),
                    mods,
                });
            }
        }
        None
    }

    /// A head's noun does not show its number (`pays`, `avis`).
    fn invariable_head(&self, head: &Head) -> bool {
        match head {
            Head::Concept(c) => self.invariable.contains(c),
            Head::Word(w) => self.g.lexicon.words[*w]
                .lemma
                .split([' ', '\'', '’'])
                .next()
                .is_some_and(|f| f.ends_with(['s', 'x', 'z'])),
            _ => false,
        }
    }

    /// A concept covering exactly `i..k` that may head a noun phrase: not where the page
    /// writes an infinitive or a participle (`Copié`, `déposer`: the concepts `copie`,
    /// `téléverser` match them too).
    fn concept_head(&self, i: usize, k: usize) -> Option<Head> {
        let &c = self.concepts.get(&(i, k))?;
        let verb = self.joined(i, k).is_some_and(|form| {
            let (a, _) = self.units[i].span();
            let (_, b) = self.units[k - 1].span();
            let page = written_form(self.text.get(a..b).unwrap_or(""));
            self.g.lexicon.readings(&form).iter().any(|r| {
                self.g.lexicon.words[r.word].pos == Pos::Verb
                    && matches!(r.verb_form, VerbForm::Inf | VerbForm::Pp)
                    && self.g.lexicon.surface(r) == page
            })
        });
        (!verb).then_some(Head::Concept(c))
    }

    /// A head covering exactly `i..k`.
    fn head(&self, i: usize, k: usize) -> Option<Head> {
        if let Some(h) = self.concept_head(i, k) {
            return Some(h);
        }
        if k == i + 1 {
            if let Unit::Var { .. } = self.units[i] {
                return Some(Head::Var(i));
            }
        }
        if let Some(form) = self.joined(i, k) {
            if let Some(r) = self
                .readings(i, k, &form)
                .iter()
                .find(|r| self.g.lexicon.words[r.word].pos == Pos::Noun)
            {
                return Some(Head::Word(r.word));
            }
        }
        // A proper name: every word capitalised and unknown; not the start of a title whose
        // small words would be translated ("Délégué à la Protection des Données").
        if !((i..k).all(|x| self.is_name(x)) && k - i <= 4) {
            return None;
        }
        let small = |x: usize| {
            matches!(
                self.word(x),
                Some(
                    "de" | "du"
                        | "d"
                        | "a"
                        | "au"
                        | "aux"
                        | "la"
                        | "le"
                        | "l"
                        | "en"
                        | "et"
                        | "pour"
                        | "sur"
                )
            )
        };
        let capital = |x: usize| {
            self.units.get(x).is_some_and(|u| {
                let (a, b) = u.span();
                self.text
                    .get(a..b)
                    .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
            })
        };
        let title = small(k) && (capital(k + 1) || (small(k + 1) && capital(k + 2)));
        (!title).then_some(Head::Name(i, k))
    }

    fn plural(&self, i: usize, k: usize) -> bool {
        matches!(self.units.get(k - 1), Some(Unit::Word { plural: true, .. }))
            || matches!(self.units.get(i), Some(Unit::Word { plural: true, .. }))
    }
}

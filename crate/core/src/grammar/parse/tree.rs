//! The tree a French string parses into: phrases, heads, modifiers, determiners.

use super::super::lexicon::VerbForm;
use super::super::Grammar;
use crate::units::Unit;

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
pub(super) fn neg_word(w: Option<&str>) -> Option<Neg> {
    match w? {
        "pa" => Some(Neg::Pas),
        "plu" => Some(Neg::Plus),
        "jamai" => Some(Neg::Jamais),
        _ => None,
    }
}

/// French words that may not be kept as written inside a translation (see `text_ok`).
pub(super) const FRENCH_FUNCTION_WORDS: &[&str] = &[
    "un", "une", "de", "d", "du", "le", "la", "l", "et", "ou", "est", "sont", "a", "au", "aux",
    "en", "ce", "cette", "il", "elle", "qui", "que", "qu", "pour", "par", "sur", "avec", "dan",
    "votre", "vo", "notre", "no", "se", "ne", "pa",
];

/// Words that carry the negation of a `ne` without `pas` (`ne correspond à aucun …`).
pub(super) const NEGATIVE_WORDS: &[&str] =
    &["aucun", "aucune", "rien", "personne", "nul", "nulle", "ni"];

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
    pub(super) fn concepts(&self, out: &mut Vec<usize>) {
        match self {
            Mod::Adj(n) | Mod::Pp(_, n) => n.concepts(out),
            Mod::Of(np) => np.concepts(out),
            _ => {}
        }
    }

    pub(super) fn show(&self, g: &Grammar, units: &[Unit]) -> String {
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
    pub(super) fn concepts(&self, out: &mut Vec<usize>) {
        match &self.head {
            Head::Concept(c) => out.push(*c),
            Head::Pattern(p) => p.concepts(out),
            _ => {}
        }
        self.mods.iter().for_each(|m| m.concepts(out));
    }

    pub(super) fn show(&self, g: &Grammar, units: &[Unit]) -> String {
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
pub(super) fn determiner(u: &Unit) -> Option<(Det, Option<bool>)> {
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
pub(super) fn literal_matches(pattern_word: &str, u: &Unit) -> Option<Option<Det>> {
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

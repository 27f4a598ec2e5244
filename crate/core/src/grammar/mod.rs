//! The grammar of French form labels: for the strings no memory holds, a full translation
//! composed from their parts, or none at all.
//!
//! Three kinds of data, all Fluent files a translator can read and change:
//! - `locales/fr/grammar.ftl`, the French side of each **pattern**: `pattern-number-of =
//!   Numéro de { $x }`. Slots are named by what they take: `$x`, `$y`, `$z` a noun phrase; `$v`,
//!   `$w` a verb phrase; `$a`, `$b` an adjective or participle phrase; `$p`, `$q` a clause (a
//!   pattern of kind `clause`); `$n`, `$m` a number; `$d` a date or time; `$t`, `$u` any text,
//!   kept as written. Punctuation written in a pattern (`,` `:` `(` `)` `;` `?` `!` `/` `&` `«`
//!   `»`, and `-` between spaces) must be on the page at that place; punctuation the pattern does
//!   not write is not looked at. `.forms`
//!   lists other French wordings (`|`-separated); `.kind` says what the pattern makes, so that it
//!   can fill another pattern's slot: `np` (a noun phrase), `vp` (a verb phrase), `ap` (an
//!   adjective phrase), `clause`; without `.kind` a pattern reads whole strings only. An attribute
//!   named like a slot restricts what the French slot takes: `.v = pp` (a past participle), `.v =
//!   inf imp`, `.a = pp` (a participle, not an adjective);
//! - `locales/fr/lexicon.ftl` and each language's `lexicon.ftl`: ordinary words ([`lexicon`]);
//! - each language's `grammar.ftl`: the same pattern ids with that language's wording, word
//!   order and agreement (attributes name the form each slot takes: `.x = gen`, `.v = agree`),
//!   the phrase messages (`np-of`, `np-adj`, `np-pp`, `np-def`, `np-your`…, `vp`, `vp-pp`,
//!   `vp-adv`, `ap-adv`…), and `grammar-meta` (which forms the language inflects for, the form
//!   its buttons use, the final punctuation it keeps).
//!
//! The French side is parsed ([`parse`]); the tree is rendered in the person's language
//! ([`render`]). A tree that any part of the language's data cannot render gives no
//! translation: the overlay then shows key words, labelled as such.

pub mod lexicon;
pub mod parse;
pub mod render;

use fluent_syntax::ast;

use crate::error::LocaleError;
use crate::text;
pub use lexicon::Lexicon;

/// Prefix of every pattern id.
pub const PREFIX: &str = "pattern-";

/// What a pattern's slot takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SlotKind {
    Np,
    Vp,
    Ap,
    Clause,
    Num,
    Date,
    Text,
}

impl SlotKind {
    /// The kind of a slot by its variable's name.
    pub fn of(name: &str) -> Option<SlotKind> {
        match name {
            "x" | "y" | "z" => Some(SlotKind::Np),
            "v" | "w" => Some(SlotKind::Vp),
            "a" | "b" => Some(SlotKind::Ap),
            "p" | "q" => Some(SlotKind::Clause),
            "n" | "m" => Some(SlotKind::Num),
            "d" => Some(SlotKind::Date),
            "t" | "u" => Some(SlotKind::Text),
            _ => None,
        }
    }
}

/// What a pattern makes (`.kind`): where else than a whole string it may be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PKind {
    /// Whole strings only.
    Top,
    Np,
    Vp,
    Ap,
    Clause,
}

/// What a step of the parser asks the patterns for: any kind (a whole string), one kind (a slot
/// of that kind), or a noun phrase starting with a word or with a slot (a noun phrase's two
/// places for patterns: `Numéro de …` as its head, `… et …` around it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    Any,
    Top,
    Np,
    Vp,
    Ap,
    Clause,
    NpWord,
    NpSlot,
}

impl Want {
    pub(crate) const COUNT: usize = 8;
    const ALL: [Want; Want::COUNT] = [
        Want::Any,
        Want::Top,
        Want::Np,
        Want::Vp,
        Want::Ap,
        Want::Clause,
        Want::NpWord,
        Want::NpSlot,
    ];

    /// The patterns of a kind (`None`: any kind).
    pub(crate) fn kind(kind: Option<PKind>) -> Want {
        match kind {
            None => Want::Any,
            Some(PKind::Top) => Want::Top,
            Some(PKind::Np) => Want::Np,
            Some(PKind::Vp) => Want::Vp,
            Some(PKind::Ap) => Want::Ap,
            Some(PKind::Clause) => Want::Clause,
        }
    }

    /// Pattern `p` is one of those asked for.
    fn takes(self, p: &Pattern) -> bool {
        let slot_first = matches!(p.parts.first(), Some(PPart::Slot(..)));
        match self {
            Want::Any => true,
            Want::Top => p.kind == PKind::Top,
            Want::Np => p.kind == PKind::Np,
            Want::Vp => p.kind == PKind::Vp,
            Want::Ap => p.kind == PKind::Ap,
            Want::Clause => p.kind == PKind::Clause,
            Want::NpWord => p.kind == PKind::Np && !slot_first,
            Want::NpSlot => p.kind == PKind::Np && slot_first,
        }
    }
}

/// Punctuation a pattern may require on the page.
pub const PUNCT: &[char] = &[',', ':', '(', ')', ';', '?', '!', '/', '&', '-', '«', '»'];

/// French words that only their accent tells apart (`a` has, `à` to): a pattern's word of this
/// list matches the page's word with the same accent only (a capital without its accent, as
/// French often writes `A` for `À`, matches both).
pub const ACCENTED: &[(&str, &str)] = &[
    ("a", "à"),
    ("ou", "où"),
    ("la", "là"),
    ("du", "dû"),
    ("sur", "sûr"),
];

/// One element of a pattern's French side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PPart {
    /// A word, folded; with its exact lower-case spelling when only the accent tells it from
    /// another word ([`ACCENTED`]).
    Word(String, Option<String>),
    /// A punctuation mark that must be on the page between the neighbouring words.
    Punct(char),
    Slot(String, SlotKind),
}

/// One French wording of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The message id (`pattern-number-of`), shared by the pattern's wordings.
    pub id: String,
    pub parts: Vec<PPart>,
    pub kind: PKind,
    /// What each restricted slot takes (`.v = pp`): slot name and the allowed forms.
    pub only: Vec<(String, Vec<String>)>,
}

impl Pattern {
    /// The forms a slot is restricted to (empty: any).
    pub fn only(&self, slot: &str) -> &[String] {
        self.only
            .iter()
            .find(|(n, _)| n == slot)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }
}

/// The French side of the grammar: patterns and the lexicon.
#[derive(Debug, Default)]
pub struct Grammar {
    pub patterns: Vec<Pattern>,
    /// Patterns starting with a word, by that word and by what a parse step asks for ([`Want`]):
    /// built once, the parser asks for them at every step. (Those starting with a slot are in
    /// `by_need` and `wordless`.)
    by_first: rustc_hash::FxHashMap<String, [Vec<usize>; Want::COUNT]>,
    /// Every word a pattern writes, numbered; `needs[p]`: the numbers of pattern `p`'s words.
    /// A pattern one of whose words is not in the string is never tried (the parser's
    /// `reach`).
    literal_ids: rustc_hash::FxHashMap<String, usize>,
    needs: Vec<Vec<usize>>,
    /// The patterns starting with a slot, by what a parse step asks for, and by the first word
    /// each writes (`by_need[w]`; none: `wordless`): a string has few of the words, so only a
    /// few of these patterns are looked at ([`Grammar::slot_first`]).
    by_need: Vec<[Vec<usize>; Want::COUNT]>,
    wordless: [Vec<usize>; Want::COUNT],
    pub lexicon: Lexicon,
    /// Forms of glossary concepts read word by word, not as the concept (`grammar-meta.compose`:
    /// `nouvelle adresse` is a form of `changement d'adresse`, and "à la nouvelle adresse" is
    /// "to the new address"), folded.
    pub compose: Vec<String>,
    pub diagnostics: Vec<String>,
}

impl Grammar {
    /// Reads `locales/fr/grammar.ftl` and `locales/fr/lexicon.ftl`.
    pub fn from_ftl(grammar_ftl: &str, lexicon_ftl: &str) -> Result<Grammar, LocaleError> {
        let file = "locales/fr/grammar.ftl";
        let lexicon = Lexicon::from_ftl(lexicon_ftl, "locales/fr/lexicon.ftl")?;
        let resource = fluent_syntax::parser::parse(grammar_ftl).map_err(|(_, errors)| {
            let first = errors.first();
            let line = first
                .map(|e| {
                    grammar_ftl[..e.pos.start.min(grammar_ftl.len())]
                        .matches('\n')
                        .count()
                        + 1
                })
                .unwrap_or(1);
            LocaleError::syntax(
                file,
                line,
                first
                    .map(|e| e.kind.to_string())
                    .unwrap_or_else(|| "syntax error".into()),
            )
        })?;
        let mut g = Grammar {
            diagnostics: lexicon.diagnostics.clone(),
            lexicon,
            ..Grammar::default()
        };
        for entry in resource.body {
            let ast::Entry::Message(msg) = entry else {
                continue;
            };
            let id = msg.id.name.to_string();
            if id == "grammar-meta" {
                for a in msg.attributes.iter().filter(|a| a.id.name == "compose") {
                    g.compose.extend(
                        plain(&a.value)
                            .split('|')
                            .map(text::fold)
                            .filter(|f| !f.is_empty()),
                    );
                }
                continue;
            }
            if !id.starts_with(PREFIX) {
                continue;
            }
            let mut kind = PKind::Top;
            let mut only = Vec::new();
            for a in &msg.attributes {
                let name = a.id.name;
                let value = plain(&a.value);
                if name == "kind" {
                    kind = match value.trim() {
                        "np" => PKind::Np,
                        "vp" => PKind::Vp,
                        "ap" => PKind::Ap,
                        "clause" => PKind::Clause,
                        other => {
                            g.diagnostics.push(format!(
                                "{file}: {id}: .kind = {other}: np, vp, ap or clause"
                            ));
                            PKind::Top
                        }
                    };
                } else if SlotKind::of(name).is_some() {
                    let forms: Vec<String> = value.split_whitespace().map(str::to_string).collect();
                    for f in &forms {
                        if !SLOT_FORMS.contains(&f.as_str()) {
                            g.diagnostics.push(format!(
                                "{file}: {id}: .{name} = {f}: one of {}",
                                SLOT_FORMS.join(" ")
                            ));
                        }
                    }
                    only.push((name.to_string(), forms));
                }
            }
            let mut wordings = Vec::new();
            if let Some(v) = &msg.value {
                wordings.extend(split_alternatives(v));
            }
            for a in msg.attributes.iter().filter(|a| a.id.name == "forms") {
                wordings.extend(split_alternatives(&a.value));
            }
            let mut slots_of_first: Option<Vec<String>> = None;
            for w in wordings {
                match compile(&w) {
                    Ok(parts) => {
                        let mut names: Vec<String> = parts
                            .iter()
                            .filter_map(|p| match p {
                                PPart::Slot(n, _) => Some(n.clone()),
                                PPart::Word(..) | PPart::Punct(_) => None,
                            })
                            .collect();
                        names.sort();
                        match &slots_of_first {
                            Some(first) if *first != names => g
                                .diagnostics
                                .push(format!("{file}: {id}: every wording needs the same slots")),
                            _ => slots_of_first = Some(names),
                        }
                        let slots = parts
                            .iter()
                            .filter(|p| matches!(p, PPart::Slot(..)))
                            .count();
                        let words = parts
                            .iter()
                            .filter(|p| matches!(p, PPart::Word(..)))
                            .count();
                        if kind != PKind::Top && slots > 0 && words == 0 && slots < 2 {
                            g.diagnostics.push(format!(
                                "{file}: {id}: a pattern of a kind needs a word or two slots"
                            ));
                            continue;
                        }
                        g.add(Pattern {
                            id: id.clone(),
                            parts,
                            kind,
                            only: only.clone(),
                        });
                    }
                    Err(e) => g.diagnostics.push(format!("{file}: {id}: {e}")),
                }
            }
        }
        Ok(g)
    }

    fn add(&mut self, p: Pattern) {
        let first_part = p.parts.iter().find(|p| !matches!(p, PPart::Punct(_)));
        if let Some(PPart::Word(w, _)) = first_part {
            let lists = self.by_first.entry(w.clone()).or_default();
            for want in Want::ALL {
                if want.takes(&p) {
                    lists[want as usize].push(self.patterns.len());
                }
            }
        }
        let mut needs = Vec::new();
        for part in &p.parts {
            if let PPart::Word(w, _) = part {
                let next = self.literal_ids.len();
                let id = *self.literal_ids.entry(w.clone()).or_insert(next);
                if !needs.contains(&id) {
                    needs.push(id);
                }
            }
        }
        if matches!(first_part, Some(PPart::Slot(..)) | None) {
            let lists = match needs.first() {
                Some(&w) => {
                    if self.by_need.len() <= w {
                        self.by_need.resize_with(w + 1, Default::default);
                    }
                    &mut self.by_need[w]
                }
                None => &mut self.wordless,
            };
            for want in Want::ALL {
                if want.takes(&p) {
                    lists[want as usize].push(self.patterns.len());
                }
            }
        }
        self.needs.push(needs);
        self.patterns.push(p);
    }

    /// The number of the word `w` a pattern writes (folded), if any pattern writes it.
    pub(crate) fn literal_id(&self, w: &str) -> Option<usize> {
        self.literal_ids.get(w).copied()
    }

    /// How many distinct words the patterns write.
    pub(crate) fn literal_count(&self) -> usize {
        self.literal_ids.len()
    }

    /// The patterns starting with a slot that `want` takes and that write no word or, first,
    /// one of `words` (numbers of [`Grammar::literal_id`]), in file order: those that may
    /// match a string whose words these are.
    pub(crate) fn slot_first(&self, want: Want, words: &[usize]) -> Vec<usize> {
        let mut out = self.wordless[want as usize].clone();
        for &w in words {
            if let Some(lists) = self.by_need.get(w) {
                out.extend_from_slice(&lists[want as usize]);
            }
        }
        out.sort_unstable();
        out
    }

    /// The numbers of the words pattern `p` writes (see [`Grammar::literal_id`]).
    pub(crate) fn needs(&self, p: usize) -> &[usize] {
        &self.needs[p]
    }

    /// The patterns starting with a word that `want` takes and that may match a string starting
    /// with the unit key `first`: those starting with that word, then with the word a
    /// contraction holds (`du`, `d'`: `de`; `au`, `aux`: `à`); each list in file order. (Those
    /// starting with a slot: [`Grammar::slot_first`].)
    pub(crate) fn starting(&self, first: &str, want: Want) -> [&[usize]; 2] {
        let list = |k: &str| {
            self.by_first
                .get(k)
                .map_or(&[][..], |l| l[want as usize].as_slice())
        };
        let opened = match first {
            "du" | "d" => list("de"),
            "au" | "aux" => list("a"),
            _ => &[],
        };
        [list(first), opened]
    }

    /// The distinct pattern ids, in file order.
    pub fn pattern_ids(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for p in &self.patterns {
            if !out.contains(&p.id.as_str()) {
                out.push(&p.id);
            }
        }
        out
    }
}

/// The text of a pattern without placeables.
/// Drops the inclusive ending French writes after a word, `connecté(e)`, `prêt·e`: the word is
/// read alone (a label's rendering does not show that the reader may be a woman). An ending
/// followed by more letters (`trouvé(e)s`) stays, and the string does not parse.
pub fn drop_inclusive_endings(text: &str, units: &mut Vec<crate::units::Unit>) {
    let mut i = 1;
    while i < units.len() {
        let (start, end) = units[i].span();
        let before = text.get(units[i - 1].span().1..start);
        let rest = text.get(end..).unwrap_or("");
        let ending = units[i].word() == Some("e")
            && match before {
                Some("(") => rest.starts_with(')') && !rest[1..].starts_with(char::is_alphanumeric),
                Some("·") => !rest.starts_with(char::is_alphanumeric),
                _ => false,
            };
        if ending {
            units.remove(i);
        } else {
            i += 1;
        }
    }
}

fn plain(p: &ast::Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => value.to_string(),
            _ => String::new(),
        })
        .collect()
}

/// An element of a wording: text or a variable name.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Var(String),
}

/// A Fluent pattern split into its `|`-separated wordings.
fn split_alternatives(p: &ast::Pattern<&str>) -> Vec<Vec<Piece>> {
    let mut out = vec![Vec::new()];
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => {
                let mut parts = value.split('|');
                if let Some(first) = parts.next() {
                    if let Some(cur) = out.last_mut() {
                        cur.push(Piece::Text(first.to_string()));
                    }
                }
                for part in parts {
                    out.push(vec![Piece::Text(part.to_string())]);
                }
            }
            ast::PatternElement::Placeable { expression } => {
                let name = match expression {
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                        id.name.to_string()
                    }
                    _ => String::from("?"),
                };
                if let Some(cur) = out.last_mut() {
                    cur.push(Piece::Var(name));
                }
            }
        }
    }
    out.retain(|w| {
        w.iter().any(|p| match p {
            Piece::Text(t) => !t.trim().is_empty(),
            Piece::Var(_) => true,
        })
    });
    out
}

/// The forms a French slot may be restricted to (`.v = pp`).
pub const SLOT_FORMS: &[&str] = &[
    "inf", "imp", "pp", "pres", "fut", "ppr", "adj", "name", "num", "det",
];

fn compile(pieces: &[Piece]) -> Result<Vec<PPart>, String> {
    let mut parts = Vec::new();
    for p in pieces {
        match p {
            Piece::Text(t) => {
                let punct = |gap: &str, parts: &mut Vec<PPart>| {
                    // A hyphen inside a word (`a-t-il`) is not a dash between words.
                    let spaced = gap.contains(char::is_whitespace);
                    for c in gap.chars().filter(|c| PUNCT.contains(c)) {
                        if c != '-' || spaced {
                            parts.push(PPart::Punct(c));
                        }
                    }
                };
                let mut at = 0;
                for tok in text::tokens(t) {
                    punct(&t[at..tok.start], &mut parts);
                    let lower = t[tok.start..tok.end].to_lowercase();
                    let exact = ACCENTED
                        .iter()
                        .any(|(a, b)| *a == lower || *b == lower)
                        .then_some(lower);
                    parts.push(PPart::Word(tok.folded, exact));
                    at = tok.end;
                }
                punct(&t[at..], &mut parts);
            }
            Piece::Var(name) => {
                let kind = SlotKind::of(name).ok_or_else(|| {
                    format!("slot ${name}: name slots x/y/z (noun phrase), v/w (verb phrase), n/m (number), t/u (text)")
                })?;
                parts.push(PPart::Slot(name.clone(), kind));
            }
        }
    }
    if parts.is_empty() {
        return Err("an empty wording".into());
    }
    Ok(parts)
}

#[cfg(test)]
mod tests;

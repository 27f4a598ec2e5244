//! The translation memory: whole portal strings and their full translations.
//!
//! The French master (`locales/fr/portals.ftl`) holds real interface strings of portals, one
//! Fluent message each, with variables for what varies (`{ $n }`, `{ $date }`, `{ $email }`,
//! `{ $name }`…); each language's `portals.ftl` translates them under the same ids, and may use
//! Fluent selectors on numbers (plural forms). A page's string finds its entry by its [`units`]:
//! the same folded words and the same kinds of variable parts, in order. Variables whose kind
//! cannot be recognised (`$name`, any other name) match one or more units by position.
//!
//! Architecture Invariant: the memory is data, never compiled into the wasm module: each
//! language's file is loaded with its locale.

use std::collections::HashMap;

use fluent_syntax::ast;

use crate::error::LocaleError;
use crate::units::{split_sentences, units, Slot, Unit};

/// Prefix of every memory message id.
pub const PREFIX: &str = "tm-";

/// One element of an entry's French side.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Word(String),
    /// A variable: its Fluent name and what it stands for.
    Var(String, Slot),
    /// A number, date or amount written in the French itself: only the same value matches.
    Lit(Slot, String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: String,
    parts: Vec<Part>,
    question: bool,
    /// A sentence of a longer entry: which one (from 0) of how many.
    sentence: Option<(usize, usize)>,
}

/// A string of a page found in the memory: the entry's id and its variables' values.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub id: String,
    /// Each variable of the entry with the page's text for it.
    pub args: Vec<(String, Slot, String)>,
    /// The page's string is sentence `k` of the entry's `n` sentences: the translation's `k`-th
    /// sentence, when it has `n`, translates it.
    pub sentence: Option<(usize, usize)>,
}

/// The memory's index, built from the French master.
#[derive(Debug, Default)]
pub struct Memory {
    entries: Vec<Entry>,
    /// Entries without free variables, by their key (units joined by spaces).
    exact: HashMap<String, Vec<usize>>,
    /// Entries with a free variable, by their first and last unit (`*` for a variable).
    free: HashMap<(String, String), Vec<usize>>,
    pub diagnostics: Vec<String>,
}

impl Memory {
    /// Reads the French master. A syntax error fails the file; an entry that cannot be used (no
    /// value, a selector) is reported in `diagnostics`.
    pub fn from_ftl(source: &str, file: &str) -> Result<Memory, LocaleError> {
        let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
            let first = errors.first();
            let line = first
                .map(|e| {
                    source[..e.pos.start.min(source.len())]
                        .matches('\n')
                        .count()
                        + 1
                })
                .unwrap_or(1);
            let detail = first
                .map(|e| e.kind.to_string())
                .unwrap_or_else(|| "syntax error".into());
            LocaleError::syntax(file, line, detail)
        })?;
        let mut m = Memory::default();
        // Whole entries first: a sentence that is also an entry of its own keeps that entry.
        let mut longer = Vec::new();
        for entry in resource.body {
            let ast::Entry::Message(msg) = entry else {
                continue;
            };
            let id = msg.id.name.to_string();
            if !id.starts_with(PREFIX) {
                m.diagnostics
                    .push(format!("{file}: {id}: not a memory id (tm-…)"));
                continue;
            }
            let Some(value) = msg.value else {
                m.diagnostics.push(format!("{file}: {id}: no French"));
                continue;
            };
            match parts_of(&value) {
                Ok((parts, question)) => {
                    m.add(Entry {
                        id: id.clone(),
                        parts,
                        question,
                        sentence: None,
                    });
                    longer.push((id, value));
                }
                Err(e) => m.diagnostics.push(format!("{file}: {id}: {e}")),
            }
        }
        for (id, value) in &longer {
            m.add_sentences(id, value);
        }
        Ok(m)
    }

    /// Each sentence of a longer entry as an entry of its own (the same string may stand alone
    /// on another page: "Veuillez réessayer plus tard.").
    fn add_sentences(&mut self, id: &str, value: &ast::Pattern<&str>) {
        let mut written = String::new();
        for el in &value.elements {
            match el {
                ast::PatternElement::TextElement { value } => written.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    if let ast::Expression::Inline(ast::InlineExpression::VariableReference {
                        id,
                    }) = expression
                    {
                        written.push_str(&format!("{{ ${} }}", id.name));
                    }
                }
            }
        }
        let sentences = split_sentences(&written);
        let n = sentences.len();
        if n < 2 {
            return;
        }
        for (k, sentence) in sentences.into_iter().enumerate() {
            let src = format!("x = {}", sentence.replace('\n', " "));
            let Ok(res) = fluent_syntax::parser::parse(src.as_str()) else {
                continue;
            };
            let Some(ast::Entry::Message(msg)) = res.body.first() else {
                continue;
            };
            if let Some(Ok((parts, question))) = msg.value.as_ref().map(parts_of) {
                self.add(Entry {
                    id: id.to_string(),
                    parts,
                    question,
                    sentence: Some((k, n)),
                });
            }
        }
    }

    fn add(&mut self, e: Entry) {
        // An entry must say something of its own: at least one word, and no two free variables
        // side by side (`{ $a }, { $b }` would take any string).
        let words = e
            .parts
            .iter()
            .filter(|p| matches!(p, Part::Word(_)))
            .count();
        let free_pair = e.parts.windows(2).any(|w| {
            matches!(w[0], Part::Var(_, Slot::Free)) && matches!(w[1], Part::Var(_, Slot::Free))
        });
        if words == 0 || free_pair {
            if e.sentence.is_none() {
                self.diagnostics.push(format!(
                    "{}: no word of its own, or two free variables side by side: never matched",
                    e.id
                ));
            }
            return;
        }
        let i = self.entries.len();
        if e.parts
            .iter()
            .any(|p| matches!(p, Part::Var(_, Slot::Free)))
        {
            let end = |p: Option<&Part>| match p {
                Some(Part::Word(w)) => w.clone(),
                _ => "*".to_string(),
            };
            let k = (end(e.parts.first()), end(e.parts.last()));
            self.free.entry(k).or_default().push(i);
        } else {
            let key = key_of(&e);
            let same = self.exact.entry(key).or_default();
            if same.iter().any(|&j| self.entries[j].parts == e.parts) {
                // The same French twice (two portals' keys, or a sentence that is also a whole
                // entry): the first translation serves both.
                return;
            }
            same.push(i);
        }
        self.entries.push(e);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry id, in file order (sentences of entries left out).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .filter(|e| e.sentence.is_none())
            .map(|e| e.id.as_str())
    }

    /// The entry for a page's string, if the memory holds it.
    pub fn find(&self, text: &str) -> Option<Found> {
        let (us, question) = units(text);
        if us.is_empty() {
            return None;
        }
        self.find_units_in(text, &us, question)
    }

    /// [`Memory::find`] on units already computed. A free variable's value is then the units'
    /// folded words: prefer [`Memory::find_units_in`], which keeps the page's own text.
    pub fn find_units(&self, us: &[Unit], question: bool) -> Option<Found> {
        self.find_units_in("", us, question)
    }

    /// [`Memory::find`] on the units of `text`, already computed: a free variable's value (a
    /// name, a title) is the page's text as written, with its capitals and accents.
    pub fn find_units_in(&self, text: &str, us: &[Unit], question: bool) -> Option<Found> {
        let key = join(us, question);
        for &i in self.exact.get(&key).into_iter().flatten() {
            let e = &self.entries[i];
            let mut args = Vec::new();
            if match_parts(&e.parts, us, text, &mut args) {
                return Some(Found {
                    id: e.id.clone(),
                    args,
                    sentence: e.sentence,
                });
            }
        }
        let first = us.first().map(Unit::key).unwrap_or("");
        let last = us.last().map(Unit::key).unwrap_or("");
        for k in [(first, last), (first, "*"), ("*", last), ("*", "*")] {
            let Some(list) = self.free.get(&(k.0.to_string(), k.1.to_string())) else {
                continue;
            };
            for &i in list {
                let e = &self.entries[i];
                if e.question != question {
                    continue;
                }
                let mut args = Vec::new();
                if match_parts(&e.parts, us, text, &mut args) {
                    return Some(Found {
                        id: e.id.clone(),
                        args,
                        sentence: e.sentence,
                    });
                }
            }
        }
        None
    }
}

fn join(us: &[Unit], question: bool) -> String {
    let mut key = us.iter().map(Unit::key).collect::<Vec<_>>().join(" ");
    if question {
        key.push_str(" ?");
    }
    key
}

fn key_of(e: &Entry) -> String {
    let mut key = e
        .parts
        .iter()
        .map(|p| match p {
            Part::Word(w) => w.as_str(),
            Part::Var(_, s) | Part::Lit(s, _) => s.marker(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    if e.question {
        key.push_str(" ?");
    }
    key
}

/// The most units a free variable (a name, a procedure's title) may take.
const MAX_FREE_UNITS: usize = 12;

/// Matches `parts` against `us` (the units of `src`, or of an unknown text when `src` is empty)
/// from the start; a free variable takes one or more units (the fewest that let the rest match),
/// a typed one a unit of its kind.
fn match_parts(
    parts: &[Part],
    us: &[Unit],
    src: &str,
    args: &mut Vec<(String, Slot, String)>,
) -> bool {
    match parts.split_first() {
        None => us.is_empty(),
        Some((Part::Word(w), rest)) => {
            us.first().and_then(Unit::word) == Some(w.as_str())
                && match_parts(rest, &us[1..], src, args)
        }
        Some((Part::Var(name, Slot::Free), rest)) => {
            // A free variable is a name or a title, not a sentence.
            for take in 1..=us.len().min(MAX_FREE_UNITS) {
                let mark = args.len();
                if match_parts(rest, &us[take..], src, args) {
                    // The page's own text when it is known (a name keeps its capitals and
                    // accents), else the units' folded words.
                    let (from, to) = (us[0].span().0, us[take - 1].span().1);
                    let text = match src.get(from..to) {
                        Some(t) if !src.is_empty() => t.to_string(),
                        _ => us[..take]
                            .iter()
                            .map(|u| match u {
                                Unit::Word { w, .. } => w.as_str(),
                                Unit::Var { text, .. } => text.as_str(),
                            })
                            .collect::<Vec<_>>()
                            .join(" "),
                    };
                    args.insert(mark, (name.clone(), Slot::Free, text));
                    return true;
                }
                args.truncate(mark);
            }
            false
        }
        Some((Part::Lit(slot, lit), rest)) => match us.first() {
            Some(Unit::Var { slot: s, text, .. }) if s == slot && same_value(text, lit) => {
                match_parts(rest, &us[1..], src, args)
            }
            _ => false,
        },
        Some((Part::Var(name, slot), rest)) => match us.first() {
            Some(Unit::Var { slot: s, text, .. }) if s == slot => {
                args.push((name.clone(), *slot, text.clone()));
                if match_parts(rest, &us[1..], src, args) {
                    true
                } else {
                    args.pop();
                    false
                }
            }
            _ => false,
        },
    }
}

/// Do two written values say the same (`1 234` and `1234`, `6` and `6`)?
fn same_value(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    norm(a).to_lowercase() == norm(b).to_lowercase()
}

/// The French side of an entry as parts: text through [`units`] (a literal number in the French
/// is a word of the entry, matched as a number of the same value), variables by name.
fn parts_of(value: &ast::Pattern<&str>) -> Result<(Vec<Part>, bool), String> {
    let mut parts = Vec::new();
    let mut question = false;
    for el in &value.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                let (us, q) = units(value);
                question = q;
                for u in us {
                    parts.push(match u {
                        Unit::Word { w, .. } => Part::Word(w),
                        Unit::Var { slot, text, .. } => Part::Lit(slot, text),
                    });
                }
            }
            ast::PatternElement::Placeable { expression } => {
                question = false;
                match expression {
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                        parts.push(Part::Var(id.name.to_string(), Slot::of_variable(id.name)));
                    }
                    _ => return Err("only { $variable } placeables in the French master".into()),
                }
            }
        }
    }
    if parts.is_empty() {
        return Err("no words".into());
    }
    Ok((parts, question))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = r#"
tm-justificatif = Justificatif de domicile de moins de { $n } mois
tm-envoye = Un code a été envoyé à { $email }.
tm-supprimer = Supprimer le fichier { $file }
tm-depose-par = Le dossier a été déposé par le compte de { $name }, authentifié par FranceConnect le { $date }.
tm-change = Votre situation familiale a-t-elle changé ?
tm-oui = Oui
"#;

    #[test]
    fn sentences_of_longer_entries() {
        let m = Memory::from_ftl(
            "tm-indispo = Service indisponible. Veuillez réessayer plus tard.\ntm-seul = Veuillez réessayer plus tard.\n",
            "f.ftl",
        )
        .expect("parses");
        let f = m.find("Service indisponible.").expect("first sentence");
        assert_eq!((f.id.as_str(), f.sentence), ("tm-indispo", Some((0, 2))));
        // A sentence that is also an entry of its own takes that entry.
        let f = m.find("Veuillez réessayer plus tard.").expect("whole");
        assert_eq!((f.id.as_str(), f.sentence), ("tm-seul", None));
        assert_eq!(m.ids().count(), 2);
    }

    fn memory() -> Memory {
        let m = Memory::from_ftl(FR, "fr/portals.ftl").expect("parses");
        assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);
        m
    }

    fn found(text: &str) -> Option<(String, Vec<String>)> {
        memory().find(text).map(|f| {
            (
                f.id,
                f.args
                    .into_iter()
                    .map(|(n, _, t)| format!("{n}={t}"))
                    .collect(),
            )
        })
    }

    #[test]
    fn whole_strings_with_their_variables() {
        assert_eq!(
            found("JUSTIFICATIFS DE DOMICILE de moins de 6 mois"),
            Some(("tm-justificatif".into(), vec!["n=6".into()]))
        );
        assert_eq!(
            found("Un code a été envoyé à m.traore@yahoo.fr."),
            Some(("tm-envoye".into(), vec!["email=m.traore@yahoo.fr".into()]))
        );
        assert_eq!(
            found("Supprimer le fichier avis-imposition.pdf"),
            Some((
                "tm-supprimer".into(),
                vec!["file=avis-imposition.pdf".into()]
            ))
        );
        assert_eq!(
            found("Le dossier a été déposé par le compte de Awa Diallo, authentifié par FranceConnect le 07/12/2026."),
            Some((
                "tm-depose-par".into(),
                vec!["name=Awa Diallo".into(), "date=07/12/2026".into()]
            ))
        );
        assert_eq!(found("Oui"), Some(("tm-oui".into(), vec![])));
        // A name keeps its capitals, accents and final letters (`Jacques` is not folded).
        assert_eq!(
            found("Le dossier a été déposé par le compte de Jacques Étienne, authentifié par FranceConnect le 07/12/2026."),
            Some((
                "tm-depose-par".into(),
                vec!["name=Jacques Étienne".into(), "date=07/12/2026".into()]
            ))
        );
    }

    #[test]
    fn only_the_same_string() {
        // A question is not the statement with the same words.
        assert!(found("Votre situation familiale a-t-elle changé ?").is_some());
        assert!(found("Votre situation familiale a changé").is_none());
        // A variable's kind must fit: a name is not a number of months.
        assert!(found("Justificatif de domicile de moins de six mois").is_none());
        assert!(found("Supprimer le fichier").is_none());
        assert!(found("Oui ou non").is_none());
    }

    #[test]
    fn unusable_entries_are_reported() {
        let m = Memory::from_ftl(
            "tm-a = { $n ->\n  [one] un\n *[other] plusieurs\n }\nconcept-x = y\ntm-b = Entre 10 et 12\n",
            "f.ftl",
        )
        .expect("parses");
        assert_eq!(m.len(), 1);
        assert_eq!(m.diagnostics.len(), 2, "{:?}", m.diagnostics);
        // A number written in the French matches that number only.
        assert_eq!(m.find("Entre 10 et 12").map(|f| f.id), Some("tm-b".into()));
        assert!(m.find("Entre 10 et 13").is_none());
    }
}

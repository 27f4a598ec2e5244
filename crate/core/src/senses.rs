//! Senses: where a glossary form means its concept, decided by the words around it.
//!
//! A French word means different things in different places: `numéro` alone is a number, a street
//! number only in an address (`numéro et nom de voie`); `jour` is a day, but `mise à jour` is an
//! update; `Marie` is a first name, `marié` is married. A form matches only where its sense holds,
//! and the rules that say where are data, written in the glossary beside the concept
//! (`locales/fr/glossary.ftl`, see `locales/README.md`, "Senses"):
//!
//! ```ftl
//! concept-jour = jour
//!     .unless =
//!         after: à
//! concept-numero = numéro
//!     .forms = numéro de voie | numéro de rue
//!     .only =
//!         (numéro) before: et nom de voie | et voie | de rue
//! ```
//!
//! `.unless` lists clauses any of which rejects the match; `.only` lists clauses one of which
//! must hold. One clause per line: `(form) key: alternative | alternative`, where the optional
//! `(form)` limits the clause to one of the concept's forms (folded: `(numero)` is `(numéro)`),
//! and the key is one of
//! - `before:` the words right after the match begin with an alternative (`$`: nothing follows);
//! - `after:` the words right before the match end with an alternative (`^`: nothing before);
//! - `within:` the match lies inside an occurrence of an alternative (a fixed expression);
//! - `near:` an alternative occurs anywhere in the same text;
//! - `surface:` the matched text is written exactly so (accents and capitals count: `Marie`);
//! - `alone` (no alternatives): the match is the whole text (its words; signs aside).
//!
//! Alternatives are folded like glossary forms; in them `#` stands for a number (a word of
//! digits) and `*` for any one word. `[form]` and `{n}` are accepted too, but Fluent allows
//! neither on a continuation line (`[` starts a variant there, `{` a placeable): in the glossary,
//! write `(form)` and `#`.

use crate::text::{self, Folded};

/// The sense rules of one concept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Senses {
    unless: Vec<Clause>,
    only: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Clause {
    /// The folded form the clause is limited to, if any.
    form: Option<String>,
    test: Test,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Test {
    Before(Vec<Vec<String>>),
    After(Vec<Vec<String>>),
    Within(Vec<Vec<String>>),
    Near(Vec<Vec<String>>),
    Surface(Vec<String>),
    Alone,
}

/// A match as the rules see it: tokens `first..=last` of `folded`, from `text`, found by the
/// folded form `form`.
pub struct Context<'a> {
    pub folded: &'a Folded,
    pub text: &'a str,
    pub first: usize,
    pub last: usize,
    pub form: &'a str,
}

impl Senses {
    /// Reads the `.unless` and `.only` attributes; the error says which line is wrong.
    pub fn parse(unless: Option<&str>, only: Option<&str>) -> Result<Senses, String> {
        Ok(Senses {
            unless: clauses(unless.unwrap_or(""), "unless")?,
            only: clauses(only.unwrap_or(""), "only")?,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.unless.is_empty() && self.only.is_empty()
    }

    /// Do these rules say anything about `form` (folded)?
    pub fn concern(&self, form: &str) -> bool {
        self.unless
            .iter()
            .chain(&self.only)
            .any(|c| c.form.as_deref().is_none_or(|f| f == form))
    }

    /// Does the concept hold at this match?
    pub fn accepts(&self, cx: &Context) -> bool {
        let applies = |c: &&Clause| c.form.as_deref().is_none_or(|f| f == cx.form);
        if self.unless.iter().filter(applies).any(|c| c.test.holds(cx)) {
            return false;
        }
        let mut only = self.only.iter().filter(applies).peekable();
        only.peek().is_none() || only.any(|c| c.test.holds(cx))
    }
}

fn clauses(src: &str, attribute: &str) -> Result<Vec<Clause>, String> {
    let mut out = Vec::new();
    for line in src.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (form, rest) = match scoped_form(line) {
            Some(Some((f, rest))) => (Some(text::fold(f)), rest.trim()),
            Some(None) => {
                return Err(format!(
                    ".{attribute}: `(` or `[` without its closing bracket in {line:?}"
                ))
            }
            None => (None, line),
        };
        if rest == "alone" {
            out.push(Clause {
                form,
                test: Test::Alone,
            });
            continue;
        }
        let (key, alts) = rest
            .split_once(':')
            .ok_or_else(|| format!(".{attribute}: no `key:` in {line:?}"))?;
        let words = || -> Result<Vec<Vec<String>>, String> {
            let v: Vec<Vec<String>> = alts
                .split('|')
                .map(|a| match a.trim() {
                    "$" => vec!["$".to_string()],
                    "^" => vec!["^".to_string()],
                    a => a
                        .split_whitespace()
                        .flat_map(|w| match w {
                            "{n}" | "#" => vec!["{n}".to_string()],
                            "*" => vec![w.to_string()],
                            w => text::fold(w).split(' ').map(str::to_string).collect(),
                        })
                        .filter(|w| !w.is_empty())
                        .collect(),
                })
                .filter(|v: &Vec<String>| !v.is_empty())
                .collect();
            if v.is_empty() {
                Err(format!(".{attribute}: no alternative in {line:?}"))
            } else {
                Ok(v)
            }
        };
        let test = match key.trim() {
            "before" => Test::Before(words()?),
            "after" => Test::After(words()?),
            "within" => Test::Within(words()?),
            "near" => Test::Near(words()?),
            "surface" => Test::Surface(
                alts.split('|')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
            other => {
                return Err(format!(
                ".{attribute}: unknown key {other:?} (before, after, within, near, surface, alone)"
            ))
            }
        };
        out.push(Clause { form, test });
    }
    Ok(out)
}

/// The `(form)` (or `[form]`) a clause line starts with, and the rest of the line: `None` when
/// the line starts with neither, `Some(None)` when the bracket is not closed. Brackets nest, so
/// that a form with brackets of its own can be named: `(marié(e)) surface: …`.
fn scoped_form(line: &str) -> Option<Option<(&str, &str)>> {
    let (open, close) = match line.chars().next()? {
        '(' => ('(', ')'),
        '[' => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(Some((&line[1..i], &line[i + 1..])));
            }
        }
    }
    Some(None)
}

/// Does the word pattern `w` match token `i`?
fn word_matches(f: &Folded, i: usize, w: &str) -> bool {
    match w {
        "*" => true,
        "{n}" => f.token_bytes(i).iter().all(u8::is_ascii_digit),
        w => f.token_bytes(i) == w.as_bytes(),
    }
}

/// Does `seq` occur at tokens `at..`?
fn seq_at(f: &Folded, at: usize, seq: &[String]) -> bool {
    at + seq.len() <= f.len()
        && seq
            .iter()
            .enumerate()
            .all(|(k, w)| word_matches(f, at + k, w))
}

impl Test {
    fn holds(&self, cx: &Context) -> bool {
        let f = cx.folded;
        match self {
            Test::Before(alts) => alts.iter().any(|seq| match seq.as_slice() {
                [d] if d == "$" => cx.last + 1 == f.len(),
                seq => seq_at(f, cx.last + 1, seq),
            }),
            Test::After(alts) => alts.iter().any(|seq| match seq.as_slice() {
                [d] if d == "^" => cx.first == 0,
                seq => cx.first >= seq.len() && seq_at(f, cx.first - seq.len(), seq),
            }),
            Test::Within(alts) => alts.iter().any(|seq| {
                // Occurrences starting early enough to cover the match's first token and long
                // enough to cover its last.
                let lo = (cx.last + 1).saturating_sub(seq.len());
                (lo..=cx.first).any(|s| s + seq.len() > cx.last && seq_at(f, s, seq))
            }),
            Test::Near(alts) => alts
                .iter()
                .any(|seq| (0..f.len()).any(|s| seq_at(f, s, seq))),
            Test::Surface(list) => {
                let (a, b) = (f.spans[cx.first].0, f.spans[cx.last].1);
                cx.text
                    .get(a..b)
                    .is_some_and(|s| list.iter().any(|x| x == s))
            }
            Test::Alone => cx.first == 0 && cx.last + 1 == f.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the rules accept the form `form` found at words `first..=last` of `text`.
    fn check(unless: &str, only: &str, text: &str, form: &str, expected: bool) {
        let s = Senses::parse(Some(unless), Some(only)).expect("rules parse");
        let mut f = Folded::default();
        f.fold(text);
        let want: Vec<&str> = form.split(' ').collect();
        let first = (0..f.len())
            .find(|&i| {
                seq_at(
                    &f,
                    i,
                    &want.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
                )
            })
            .unwrap_or_else(|| panic!("{form} not in {text}"));
        let cx = Context {
            folded: &f,
            text,
            first,
            last: first + want.len() - 1,
            form,
        };
        assert_eq!(s.accepts(&cx), expected, "{form} in {text:?}");
    }

    #[test]
    fn each_key() {
        check(
            "within: mise à jour | mettre à jour",
            "",
            "Mettre à jour mes documents",
            "jour",
            false,
        );
        check(
            "within: mise à jour | mettre à jour",
            "",
            "Jour de naissance",
            "jour",
            true,
        );
        check(
            "",
            "before: et nom de voie | de rue",
            "Numéro et nom de voie",
            "numero",
            true,
        );
        check(
            "",
            "before: et nom de voie | de rue",
            "Numéro SIRET",
            "numero",
            false,
        );
        check(
            "after: en votre | au",
            "",
            "Agir en votre nom",
            "nom",
            false,
        );
        check("after: ^", "", "Nom", "nom", false);
        check("before: $", "", "Le motif est le suivant", "suivant", false);
        check("before: {n}", "", "Dossier 12345", "dossier", false);
        check("before: *", "", "Dossier", "dossier", true);
        check(
            "near: paramètres | sombre",
            "",
            "Thème clair ou sombre",
            "theme",
            false,
        );
        check(
            "surface: Marie | MARIE",
            "",
            "Prénom : Marie",
            "marie",
            false,
        );
        check("surface: Marie | MARIE", "", "Marié", "marie", true);
        check("", "alone", "Suivant", "suivant", true);
        check("", "alone", "les champs suivants", "suivant", false);
    }

    #[test]
    fn clauses_limited_to_a_form() {
        let unless = "[déposer] before: le dossier | votre dossier";
        check(unless, "", "Déposer le dossier", "deposer", false);
        check(unless, "", "Déposer le fichier", "deposer", true);
        let s = Senses::parse(Some(unless), None).expect("parse");
        assert!(s.concern("deposer") && !s.concern("televerser"));
    }

    #[test]
    fn round_brackets_and_hash_work_where_fluent_forbids_square_ones_and_braces() {
        // Fluent refuses `[` at the start of a continuation line and `{n}` anywhere: the
        // glossary writes `(form)` and `#`.
        let unless = "(déposer) before: * dossier\n(marié(e)) surface: Marie";
        check(unless, "", "Déposer le dossier", "deposer", false);
        check(unless, "", "Déposer le fichier", "deposer", true);
        let s = Senses::parse(Some(unless), None).expect("parse");
        assert!(s.concern("deposer") && s.concern("marie e") && !s.concern("marie"));
        check("before: #", "", "Dossier 12345", "dossier", false);
        check("before: #", "", "Dossier suivant", "dossier", true);
        check("after: # | un", "", "sous 15 jours", "jour", false);
        // Through the glossary's own reader: a multi-line attribute, as translators write it.
        let src = "concept-a = x\n    .unless =\n        (x) before: # jours\n        after: à\n";
        let e = crate::ftl::parse(src, "t.ftl").expect("Fluent accepts (form) and #");
        let s = Senses::parse(e[0].attribute("unless"), None).expect("rules parse");
        assert!(s.concern("x"));
        check(
            e[0].attribute("unless").unwrap_or(""),
            "",
            "x 3 jours",
            "x",
            false,
        );
    }

    #[test]
    fn broken_rules_say_why() {
        for (bad, words) in [
            ("beside: x", "unknown key"),
            ("before x", "no `key:`"),
            ("[déposer before: x", "without its closing bracket"),
            ("(déposer before: x", "without its closing bracket"),
            ("before: | ", "no alternative"),
        ] {
            let e = Senses::parse(Some(bad), None).expect_err(bad);
            assert!(e.contains(words), "{bad}: {e}");
        }
    }
}

//! Facts and their sources: an explanation that states a number, a deadline, a rule, money, a
//! right or an institution's role must say where it comes from and when it was checked.
//!
//! Which words make a fact is data (`locales/fr/facts.txt`, in French, for the people who write
//! the explanations), read by [`Rules::parse`]; the concepts that trigger a rule but only define a
//! word are listed, with the reason, in `locales/fr/definitional.txt`. A fact-bearing concept of
//! the French master needs `.source` (`Name | URL`, several joined by ` ;; `) and `.checked` (an
//! ISO date); a source checked more than a year ago is a warning, so that the explanations are
//! checked again every year.

use std::collections::BTreeMap;

use crate::glossary::Glossary;
use crate::text::Folded;

/// One element of an alternative: a word, a word prefix, a word with a digit, a sign of the raw
/// text, or a set of words.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Prefix(String),
    Digit,
    Set(Vec<Tok>),
}

/// The rules of `facts.txt`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    rules: Vec<(String, Vec<Vec<Tok>>)>,
    /// Signs that make a fact wherever they are written (`€`, `%`), with their rule.
    signs: Vec<(String, char)>,
}

fn word_tok(w: &str) -> Tok {
    match w.strip_suffix('*') {
        // A prefix is not a word: no plural folding (`impos*` must not become `impo*`).
        Some(p) => Tok::Prefix(crate::text::fold_letters(p)),
        None => Tok::Word(crate::text::fold(w)),
    }
}

impl Rules {
    /// Reads `facts.txt`; the error names the line.
    pub fn parse(src: &str) -> Result<Rules, String> {
        let mut sets: BTreeMap<String, Vec<Tok>> = BTreeMap::new();
        let mut out = Rules::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = || format!("facts.txt line {}", n + 1);
            if let Some(rest) = line.strip_prefix("ensemble ") {
                let (name, words) = rest
                    .split_once('=')
                    .ok_or_else(|| format!("{}: « ensemble nom = mots »", at()))?;
                sets.insert(
                    name.trim().to_string(),
                    words.split('|').map(|w| word_tok(w.trim())).collect(),
                );
                continue;
            }
            let (name, alts) = line
                .split_once(':')
                .ok_or_else(|| format!("{}: « règle : alternatives »", at()))?;
            let name = name.trim().to_string();
            let mut list = Vec::new();
            for alt in alts.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                let mut seq = Vec::new();
                for w in alt.split_whitespace() {
                    match w {
                        "{chiffre}" => seq.push(Tok::Digit),
                        "{€}" => out.signs.push((name.clone(), '€')),
                        "{%}" => out.signs.push((name.clone(), '%')),
                        w if w.starts_with('@') => seq.push(Tok::Set(
                            sets.get(&w[1..])
                                .cloned()
                                .ok_or_else(|| format!("{}: no set {w}", at()))?,
                        )),
                        w => {
                            // A folded alternative may hold several words ("jusqu’à").
                            let star = w.ends_with('*');
                            let folded = if star {
                                crate::text::fold_letters(w.trim_end_matches('*'))
                            } else {
                                crate::text::fold(w)
                            };
                            let parts: Vec<&str> = folded.split(' ').collect();
                            for (i, p) in parts.iter().enumerate() {
                                if star && i + 1 == parts.len() {
                                    seq.push(Tok::Prefix(p.to_string()));
                                } else {
                                    seq.push(Tok::Word(p.to_string()));
                                }
                            }
                        }
                    }
                }
                if !seq.is_empty() {
                    list.push(seq);
                }
            }
            out.rules.push((name, list));
        }
        Ok(out)
    }

    /// The rules a text triggers, in file order.
    pub fn fired(&self, text: &str) -> Vec<&str> {
        let mut f = Folded::default();
        f.fold(text);
        let mut out: Vec<&str> = Vec::new();
        for (name, c) in &self.signs {
            if text.contains(*c) && !out.contains(&name.as_str()) {
                out.push(name);
            }
        }
        for (name, alts) in &self.rules {
            if out.contains(&name.as_str()) {
                continue;
            }
            let hit = alts
                .iter()
                .any(|seq| (0..f.len()).any(|s| seq_at(&f, s, seq)));
            if hit {
                out.push(name);
            }
        }
        // Back to file order (signs may have come first).
        out.sort_by_key(|n| self.rules.iter().position(|(r, _)| r == n));
        out
    }
}

fn tok_matches(t: &Tok, w: &str) -> bool {
    match t {
        Tok::Word(x) => w == x,
        Tok::Prefix(p) => w.starts_with(p.as_str()),
        Tok::Digit => w.bytes().any(|b| b.is_ascii_digit()),
        Tok::Set(list) => list.iter().any(|x| tok_matches(x, w)),
    }
}

fn seq_at(f: &Folded, at: usize, seq: &[Tok]) -> bool {
    at + seq.len() <= f.len()
        && seq
            .iter()
            .enumerate()
            .all(|(k, t)| tok_matches(t, f.token(at + k)))
}

/// How the master's explanations stand with their sources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub concepts: usize,
    /// Concepts with a source.
    pub sourced: usize,
    /// Concepts that trigger a rule but are listed as definitional.
    pub definitional: usize,
    /// Concepts that trigger no rule and have no source.
    pub plain: usize,
    /// Fact-bearing concepts without a source, with the rules that fired: refused.
    pub unsourced: Vec<(String, Vec<String>)>,
    /// Sources checked more than a year before today: warnings.
    pub stale: Vec<(String, String)>,
    /// Malformed `.source`, `.checked` or `definitional.txt`: refused.
    pub problems: Vec<String>,
}

/// The definitional list: `id : reason` per line.
pub fn definitional(src: &str) -> BTreeMap<String, String> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let (id, why) = l.split_once(':')?;
            Some((id.trim().to_string(), why.trim().to_string()))
        })
        .collect()
}

/// Judges every concept of the master; `today` is `YYYY-MM-DD`.
pub fn check(
    master: &Glossary,
    rules: &Rules,
    definitional: &BTreeMap<String, String>,
    today: &str,
) -> Report {
    let mut r = Report {
        concepts: master.concepts().len(),
        ..Report::default()
    };
    for id in definitional.keys() {
        if master.index_of(id).is_none() {
            r.problems.push(format!(
                "definitional.txt names {id}, which is not a concept"
            ));
        }
    }
    let year_ago = year_before(today);
    for c in master.concepts() {
        let text = [&c.explain, &c.where_, &c.todo]
            .iter()
            .filter_map(|t| t.as_deref())
            .collect::<Vec<_>>()
            .join(" ");
        let fired: Vec<String> = rules.fired(&text).into_iter().map(String::from).collect();
        match (&c.source, &c.checked) {
            (Some(source), checked) => {
                r.sourced += 1;
                let well_formed = source.split(" ;; ").all(|s| {
                    s.split_once(" | ").is_some_and(|(name, url)| {
                        !name.trim().is_empty()
                            && (url.starts_with("https://") || url.starts_with("http://"))
                            && !url.contains(char::is_whitespace)
                    })
                });
                if !well_formed {
                    r.problems.push(format!(
                        "{}: .source is not « Name | URL » (several joined by « ;; »)",
                        c.id
                    ));
                }
                match checked {
                    Some(d) if is_iso_date(d) => {
                        if year_ago.as_deref().is_some_and(|y| d.as_str() < y) {
                            r.stale.push((c.id.clone(), d.clone()));
                        }
                    }
                    _ => r
                        .problems
                        .push(format!("{}: .source without an ISO .checked date", c.id)),
                }
                if definitional.contains_key(&c.id) {
                    r.problems.push(format!(
                        "{}: has a .source but is listed in definitional.txt",
                        c.id
                    ));
                }
            }
            (None, Some(_)) => r
                .problems
                .push(format!("{}: .checked without .source", c.id)),
            (None, None) if fired.is_empty() => r.plain += 1,
            (None, None) if definitional.contains_key(&c.id) => r.definitional += 1,
            (None, None) => r.unsourced.push((c.id.clone(), fired)),
        }
    }
    r
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// `YYYY-MM-DD` one year before `today` (`None` if `today` is not such a date).
fn year_before(today: &str) -> Option<String> {
    if !is_iso_date(today) {
        return None;
    }
    let y: u32 = today[..4].parse().ok()?;
    Some(format!("{:04}{}", y - 1, &today[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = "
ensemble nombre = un | deux | six
ensemble unite = an | mois | jour*
nombre : {chiffre} | {€} | @nombre @unite
delai : délai* | au plus tard | expir*
regle : doit | droit à
institution : CAF | préfecture
";

    #[test]
    fn rules_fire_on_words_numbers_and_signs() {
        let r = Rules::parse(RULES).expect("parses");
        assert_eq!(
            r.fired("Vous avez deux mois pour répondre."),
            vec!["nombre"]
        );
        assert_eq!(r.fired("Il coûte 5 € ."), vec!["nombre"]);
        assert_eq!(
            r.fired("Le titre expire ; la CAF doit le dire."),
            vec!["delai", "regle", "institution"]
        );
        assert_eq!(r.fired("Le droit à l’erreur."), vec!["regle"]);
        assert!(r.fired("Le nom de famille.").is_empty());
        assert!(Rules::parse("nombre : @inconnu").is_err());
    }

    #[test]
    fn unsourced_facts_are_refused_and_old_sources_flagged() {
        let master = Glossary::from_ftl(
            "concept-a = a\n    .domain = x\n    .explain = Vous avez deux mois.\nconcept-b = b\n    .domain = x\n    .explain = Un mot.\nconcept-c = c\n    .domain = x\n    .explain = La CAF paie.\n    .source = caf.fr, « Aides » | https://www.caf.fr/aides\n    .checked = 2025-01-02\nconcept-d = d\n    .domain = x\n    .explain = Deux mois de format.\nconcept-e = e\n    .domain = x\n    .explain = Un mot.\n    .source = nulle part\n",
            "g.ftl",
        )
        .expect("parses");
        let rules = Rules::parse(RULES).expect("rules");
        let def = definitional("d : format de saisie\nzz : ?\n");
        let r = check(&master, &rules, &def, "2026-12-07");
        assert_eq!(r.unsourced, vec![("a".into(), vec!["nombre".into()])]);
        assert_eq!((r.sourced, r.definitional, r.plain), (2, 1, 1));
        assert_eq!(r.stale, vec![("c".into(), "2025-01-02".into())]);
        assert_eq!(r.problems.len(), 3, "{:?}", r.problems);
    }
}

//! Meaning: what the overlay shows for a piece of portal text — a full translation, or key words
//! labelled as key words, never a list of terms dressed as a translation.
//!
//! For a block of text, in the person's language:
//! 1. the **translation memory** ([`crate::memory`]): the whole string, or else each of its
//!    sentences, found among real portal strings translated in full;
//! 2. the **grammar** ([`crate::grammar`]): a string built from known patterns, concepts and
//!    words, composed in the person's language;
//! 3. otherwise nothing here: the scan reply's key words are what the overlay shows, as key words.
//!
//! A translation always says where it comes from (`memory` or `grammar`), whether a person
//! reviewed it, and who wrote it when it is the portal's own translation (`by`).

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::LocaleError;
use crate::ftl;
use crate::glossary::Glossary;
use crate::grammar::parse::Parser;
use crate::grammar::render::{Source, Tongue};
use crate::grammar::Grammar;
use crate::memory::Memory;
use crate::text::Folded;
use crate::units::{split_sentences, units, Slot, Unit};

/// Where a full translation comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Memory,
    Grammar,
}

/// A full translation of a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Translation {
    pub text: String,
    /// The language it is in (the person's).
    pub lang: String,
    pub source: Origin,
    /// A native speaker reviewed it (the memory entry, or the whole locale).
    pub reviewed: bool,
    /// The portal's own translation (`demarches-simplifiees`), when it is one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub by: Option<String>,
    /// The glossary concepts the translation conveys (their explanations stay one click away).
    pub concepts: Vec<String>,
}

/// The French side of meaning: the memory's index and the grammar.
#[derive(Debug, Default)]
pub struct French {
    pub memory: Memory,
    pub grammar: Grammar,
    /// Off only to measure the grammar on strings the memory holds (`relais translate
    /// --grammar-only`, for the people who write grammar data).
    pub grammar_only: bool,
}

impl French {
    pub fn load(
        portals_ftl: &str,
        grammar_ftl: &str,
        lexicon_ftl: &str,
    ) -> Result<French, LocaleError> {
        Ok(French {
            memory: Memory::from_ftl(portals_ftl, "locales/fr/portals.ftl")?,
            grammar: Grammar::from_ftl(grammar_ftl, lexicon_ftl)?,
            grammar_only: false,
        })
    }
}

/// One language's side of meaning: its memory translations and its grammar.
pub struct Side {
    memory: FluentBundle<FluentResource>,
    tongue: Option<Tongue>,
}

impl Side {
    /// Loads a language's `portals.ftl`, `grammar.ftl` and `lexicon.ftl` (empty when absent);
    /// `glossary_ftl` is its glossary, for the forms of concepts.
    pub fn load(
        lang: &str,
        rtl: bool,
        portals_ftl: &str,
        grammar_ftl: &str,
        lexicon_ftl: &str,
        glossary_ftl: &str,
    ) -> Result<Side, LocaleError> {
        let file = format!("locales/{lang}/portals.ftl");
        let resource = FluentResource::try_new(portals_ftl.to_string()).map_err(|(_, e)| {
            LocaleError::syntax(&file, line_of(portals_ftl, &e), first_kind(&e))
        })?;
        let langid: LanguageIdentifier = lang
            .parse()
            .map_err(|_| LocaleError::syntax(&file, 0, "invalid language code"))?;
        let mut memory = FluentBundle::new(vec![langid]);
        // Values the portal wrote (a name, an address) keep their own direction.
        memory.set_use_isolating(rtl);
        memory
            .add_resource(resource)
            .map_err(|_| LocaleError::syntax(&file, 0, "a message id is defined twice"))?;
        let tongue = if grammar_ftl.trim().is_empty() {
            None
        } else {
            let lx = ftl::parse(lexicon_ftl, &format!("locales/{lang}/lexicon.ftl"))?;
            let gl = ftl::parse(glossary_ftl, &format!("locales/{lang}/glossary.ftl"))?;
            Some(Tongue::load(lang, rtl, grammar_ftl, &lx, &gl)?)
        };
        Ok(Side { memory, tongue })
    }

    /// The translation of memory entry `id` with the page's values, or of its sentence `k` of
    /// `n` (the translation must have `n` sentences too).
    fn memory_text(
        &self,
        id: &str,
        args: &[(String, Slot, String)],
        sentence: Option<(usize, usize)>,
    ) -> Option<(String, Option<String>)> {
        let msg = self.memory.get_message(id)?;
        let pattern = msg.value()?;
        let mut fargs = FluentArgs::new();
        for (name, slot, text) in args {
            let number = (*slot == Slot::Number)
                .then(|| {
                    text.replace([' ', '\u{a0}', '\u{202f}'], "")
                        .replace(',', ".")
                })
                .and_then(|t| t.parse::<f64>().ok());
            match number {
                Some(n) => fargs.set(name.clone(), FluentValue::from(n)),
                None => fargs.set(name.clone(), FluentValue::from(text.clone())),
            }
        }
        let mut errors = vec![];
        let s = self
            .memory
            .format_pattern(pattern, Some(&fargs), &mut errors);
        let s = match sentence {
            // The other sentences' variables are not given: only this one must be whole.
            Some((k, n)) => {
                let parts = split_sentences(&s);
                let mine = (parts.len() == n).then(|| parts[k])?;
                if mine.contains('{') {
                    return None;
                }
                mine.to_string()
            }
            None if !errors.is_empty() => return None,
            None => s.into_owned(),
        };
        let by = msg.get_attribute("by").map(|a| {
            let mut e = vec![];
            self.memory
                .format_pattern(a.value(), None, &mut e)
                .into_owned()
        });
        Some((s, by))
    }
}

fn first_kind(e: &[fluent_syntax::parser::ParserError]) -> String {
    e.first()
        .map(|e| e.kind.to_string())
        .unwrap_or_else(|| "syntax error".into())
}

fn line_of(src: &str, e: &[fluent_syntax::parser::ParserError]) -> usize {
    e.first()
        .map(|e| src[..e.pos.start.min(src.len())].matches('\n').count() + 1)
        .unwrap_or(1)
}

/// What [`translate`] needs: the French side, the glossary, and the person's language's side
/// with its review marks.
pub struct Context<'a> {
    pub french: &'a French,
    pub glossary: &'a Glossary,
    pub lang: &'a str,
    pub side: &'a Side,
    /// The whole locale was reviewed by a native speaker.
    pub reviewed_locale: bool,
    /// Memory entries a native speaker reviewed.
    pub reviewed_entries: &'a dyn Fn(&str) -> bool,
}

/// A full translation of `text`, or `None`.
pub fn translate(cx: &Context, text: &str) -> Option<Translation> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    // A required field's asterisk is a sign, not a word: kept as it is.
    let (core, star) = match trimmed.strip_suffix('*') {
        Some(rest) => (rest.trim_end(), true),
        None => (trimmed, false),
    };
    let mut out = whole(cx, core).or_else(|| sentences(cx, core))?;
    if star {
        out.text.push_str(" *");
    }
    out.lang = cx.lang.to_string();
    Some(out)
}

/// The string as one piece: memory, then grammar.
fn whole(cx: &Context, text: &str) -> Option<Translation> {
    let (us, question) = units(text);
    if us.is_empty() {
        return None;
    }
    let found = (!cx.french.grammar_only)
        .then(|| cx.french.memory.find_units_in(text, &us, question))
        .flatten();
    if let Some(found) = found {
        if let Some((t, by)) = cx.side.memory_text(&found.id, &found.args, found.sentence) {
            let reviewed = cx.reviewed_locale || (cx.reviewed_entries)(&found.id);
            // A drafted entry follows the page's capital (`service indisponible` as a heading);
            // the portal's own English (`by`) stays as the portal wrote it.
            let t = if by.is_none() {
                capitalise_like(cx.lang, text, &t)
            } else {
                t
            };
            return Some(Translation {
                text: t,
                lang: cx.lang.to_string(),
                source: Origin::Memory,
                reviewed,
                by,
                concepts: concepts_in(cx.glossary, text),
            });
        }
    }
    let tongue = cx.side.tongue.as_ref()?;
    let mut us = us;
    crate::grammar::drop_inclusive_endings(text, &mut us);
    // Long strings are sentences, not labels: the grammar reads labels and short messages.
    if us.len() > 24 {
        return None;
    }
    let found = concept_spans(cx, &us, text);
    let tree = parser(cx, &us, text, found).parse()?;
    let src = Source {
        grammar: &cx.french.grammar,
        glossary: cx.glossary,
        units: &us,
        text,
    };
    let rendered = tongue.finish(text, tongue.render(&src, &tree)?);
    // Every value the page wrote (a number, a date, a name, an address) is in the translation:
    // a reading that dropped one says less than the French ("Articles 1984 et suivants"). Only
    // 1 and 2 may be written in words or by the noun's own number (Arabic "شهر واحد", a dual).
    let dropped = us.iter().any(|u| match u {
        Unit::Var {
            slot: Slot::Number,
            text: t,
            ..
        } if matches!(t.as_str(), "1" | "2") => false,
        Unit::Var { text: t, .. } => !rendered.contains(t.as_str()),
        Unit::Word { .. } => false,
    });
    if dropped {
        return None;
    }
    let mut used = Vec::new();
    tree.concepts(&mut used);
    Some(Translation {
        text: capitalise_like(cx.lang, text, &rendered),
        lang: cx.lang.to_string(),
        source: Origin::Grammar,
        reviewed: cx.reviewed_locale,
        by: None,
        concepts: used
            .into_iter()
            .map(|c| cx.glossary.concepts()[c].id.clone())
            .collect(),
    })
}

/// The grammar's reading of `text` (the whole string), as a bracketed tree, for people who
/// write grammar data (`relais translate --tree`); `None` when it does not parse.
pub fn grammar_tree(cx: &Context, text: &str) -> Option<String> {
    let trimmed = text.trim();
    let core = trimmed.strip_suffix('*').map_or(trimmed, str::trim_end);
    let (mut us, _) = units(core);
    crate::grammar::drop_inclusive_endings(core, &mut us);
    let found = concept_spans(cx, &us, core);
    let tree = parser(cx, &us, core, found).parse()?;
    Some(tree.show(&cx.french.grammar, &us))
}

/// The glossary concepts of a text, by the range of units they cover; also those inside a
/// concept of several words after its first word (`mot de passe` in `afficher le mot de passe`,
/// a concept whose label is "show"), for the grammar to read such a concept as a verb and its
/// object.
fn concept_spans(cx: &Context, us: &[Unit], text: &str) -> HashMap<(usize, usize), usize> {
    let g = cx.glossary;
    let compose = &cx.french.grammar.compose;
    let mut f = Folded::default();
    let mut found = HashMap::new();
    let mut todo = vec![(0, text.len())];
    while let Some((from, to)) = todo.pop() {
        let Some(sub) = text.get(from..to) else {
            continue;
        };
        f.fold(sub);
        for m in g.find_folded(&f, sub) {
            let (start, end) = (from + m.start, from + m.end);
            let i = us.iter().position(|u| u.span().0 == start);
            let j = us.iter().position(|u| u.span().1 == end);
            if let (Some(i), Some(j)) = (i, j) {
                let folded = crate::text::fold(&text[start..end]);
                if compose.contains(&folded) {
                    // Read word by word; the words inside may be concepts of their own.
                    if j > i {
                        todo.push((start, us[i].span().1));
                        todo.push((us[i + 1].span().0, to));
                    }
                    continue;
                }
                if found.insert((i, j + 1), m.concept).is_none() && j > i {
                    todo.push((us[i + 1].span().0, end));
                }
            }
        }
    }
    found
}

/// The parser of a string, told which concepts do not show their number.
fn parser<'a>(
    cx: &'a Context,
    us: &'a [Unit],
    text: &'a str,
    found: HashMap<(usize, usize), usize>,
) -> Parser<'a> {
    let invariable: Vec<usize> = found
        .values()
        .copied()
        .filter(|&c| {
            cx.glossary.concepts()[c]
                .label
                .split([' ', '\'', '’'])
                .next()
                .is_some_and(|w| w.ends_with(['s', 'x', 'z']))
        })
        .collect();
    let ids: Vec<(usize, String)> = found
        .values()
        .map(|&c| (c, cx.glossary.concepts()[c].id.clone()))
        .collect();
    Parser::new(&cx.french.grammar, us, text, found)
        .invariable(invariable)
        .concept_ids(ids)
}

/// Each sentence on its own; all of them, or nothing.
fn sentences(cx: &Context, text: &str) -> Option<Translation> {
    let parts = split_sentences(text);
    if parts.len() < 2 {
        return None;
    }
    let mut texts = Vec::new();
    let mut source = Origin::Memory;
    let mut reviewed = true;
    let mut concepts = Vec::new();
    let mut by: Option<String> = None;
    for (i, p) in parts.iter().enumerate() {
        let t = whole(cx, p)?;
        if t.source == Origin::Grammar {
            source = Origin::Grammar;
        }
        reviewed &= t.reviewed;
        if i == 0 {
            by = t.by.clone();
        } else if by != t.by {
            by = None;
        }
        concepts.extend(t.concepts);
        texts.push(t.text);
    }
    Some(Translation {
        text: texts.join(" "),
        lang: cx.lang.to_string(),
        source,
        reviewed,
        by,
        concepts,
    })
}

/// The concepts a text mentions (for the "?" beside a translation from the memory).
fn concepts_in(g: &Glossary, text: &str) -> Vec<String> {
    g.find(text)
        .into_iter()
        .map(|m| g.concepts()[m.concept].id.clone())
        .collect()
}

/// A composed translation starts with a capital when the French did (in scripts with case).
/// Turkish and Azerbaijani have a dotted capital İ for i (Unicode's default mapping, which
/// `char::to_uppercase` follows, gives the dotless I: "Iletişim" for "İletişim").
fn capitalise_like(lang: &str, french: &str, out: &str) -> String {
    let upper = french
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    if !upper {
        return out.to_string();
    }
    let mut cs = out.chars();
    match cs.next() {
        Some('i') if matches!(lang, "tr" | "az") => std::iter::once('İ').chain(cs).collect(),
        // Georgian's Mkhedruli letters have capitals (Mtavruli) in Unicode since 11.0, which
        // ordinary Georgian text never uses at the start of a sentence.
        Some(c) if ('\u{10D0}'..='\u{10FF}').contains(&c) => std::iter::once(c).chain(cs).collect(),
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(cs).collect(),
        Some(c) => std::iter::once(c).chain(cs).collect(),
        None => String::new(),
    }
}

/// Units of a text (re-exported for the CLI's benchmark output).
pub fn text_units(text: &str) -> Vec<Unit> {
    units(text).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_on_ends_and_colons_in_every_script() {
        assert_eq!(
            split_sentences("Service momentanément indisponible. Nous vous invitons à renouveler votre demande plus tard."),
            vec![
                "Service momentanément indisponible.",
                "Nous vous invitons à renouveler votre demande plus tard."
            ]
        );
        assert_eq!(
            split_sentences("Format attendu : JJ/MM/AAAA"),
            vec!["Format attendu :", "JJ/MM/AAAA"]
        );
        assert_eq!(
            split_sentences("Version 1.2 disponible"),
            vec!["Version 1.2 disponible"]
        );
    }

    fn memory_only(fr: &str, en: &str, text: &str) -> Option<String> {
        let french = French::load(fr, "", "").expect("French");
        let side = Side::load("en", false, en, "", "", "").expect("English");
        let glossary = Glossary::from_ftl("", "glossary.ftl").expect("glossary");
        let cx = Context {
            french: &french,
            glossary: &glossary,
            lang: "en",
            side: &side,
            reviewed_locale: false,
            reviewed_entries: &|_| false,
        };
        translate(&cx, text).map(|t| t.text)
    }

    #[test]
    fn memory_keeps_names_as_written_and_follows_the_capital() {
        let fr = "tm-connexion = Connexion à { $name }\ntm-indispo = service indisponible\ntm-ds = erreur\n";
        let en = "tm-connexion = Sign in to { $name }\ntm-indispo = service unavailable\ntm-ds = error\n    .by = demarches-simplifiees\n";
        assert_eq!(
            memory_only(fr, en, "Connexion à Démarches Simplifiées").as_deref(),
            Some("Sign in to Démarches Simplifiées")
        );
        assert_eq!(
            memory_only(fr, en, "Service indisponible").as_deref(),
            Some("Service unavailable")
        );
        assert_eq!(
            memory_only(fr, en, "service indisponible").as_deref(),
            Some("service unavailable")
        );
        // The portal's own English is shown as the portal wrote it.
        assert_eq!(memory_only(fr, en, "Erreur").as_deref(), Some("error"));
    }

    #[test]
    fn capitals_follow_the_french() {
        assert_eq!(
            capitalise_like("en", "Numéro", "file number"),
            "File number"
        );
        assert_eq!(
            capitalise_like("en", "numéro", "file number"),
            "file number"
        );
        assert_eq!(
            capitalise_like("tr", "Coordonnées", "iletişim bilgileri"),
            "İletişim bilgileri"
        );
        assert_eq!(capitalise_like("en", "Identité", "identity"), "Identity");
        assert_eq!(capitalise_like("ka", "Fermer", "დახურვა"), "დახურვა");
        assert_eq!(capitalise_like("ar", "Numéro", "رقم الملف"), "رقم الملف");
    }
}

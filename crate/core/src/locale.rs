//! Languages: what Relais ships, each language's translations and interface strings, and the
//! fallback chain (person's language → English → French) with an honest marker.
//!
//! Architecture Invariant: a missing translation is never an empty string. It falls back to the
//! next language and says so (`fallback: true`), and an unknown interface id shows itself
//! (`[id]`), so a gap is visible on screen and in tests.

use std::collections::{BTreeMap, HashMap};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::error::{LocaleError, RelaisError};
use crate::ftl;
use crate::glossary::{Glossary, CONCEPT_PREFIX};

/// Every language Relais is designed for, French first (the master), then the languages most
/// spoken by people who seek help in France.
pub const LANGUAGES: &[&str] = &[
    "fr", "en", "ar", "prs", "ps", "ti", "so", "bn", "ta", "tr", "uk", "ru", "ka", "es", "pt",
    "ro", "zh-Hans",
];

/// Languages written right to left.
pub const RTL: &[&str] = &["ar", "prs", "ps"];

pub fn is_known(lang: &str) -> bool {
    LANGUAGES.contains(&lang)
}

pub fn direction(lang: &str) -> &'static str {
    if RTL.contains(&lang) {
        "rtl"
    } else {
        "ltr"
    }
}

/// `locales/<lang>/meta.json`: how the locale was produced and reviewed.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LocaleMeta {
    pub code: String,
    pub name: String,
    pub english_name: String,
    pub dir: String,
    /// BCP 47 tag to ask speech synthesis for.
    pub speech: String,
    pub produced: String,
    pub reviewed: bool,
    #[serde(default)]
    pub reviewed_concepts: BTreeMap<String, String>,
    /// Phrase cards (mediator mode) a native speaker reviewed: id → who and when.
    #[serde(default)]
    pub reviewed_phrases: BTreeMap<String, String>,
    /// Translation memory entries (`portals.ftl`) a native speaker reviewed: id → who and when.
    #[serde(default)]
    pub reviewed_portals: BTreeMap<String, String>,
    #[serde(default)]
    pub missing: Vec<String>,
    /// Concepts whose right translation in this language is the French word itself.
    #[serde(default)]
    pub identical: Vec<String>,
    /// Translation memory entries (`portals.ftl`) whose right translation is the French itself
    /// (a name the language writes the same way); any other entry identical to the French fails
    /// the quality gate.
    #[serde(default)]
    pub identical_portals: Vec<String>,
}

/// A concept's text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptText {
    pub label: String,
    pub explain: Option<String>,
    pub where_: Option<String>,
    pub todo: Option<String>,
}

/// One loaded language.
pub struct Locale {
    pub meta: LocaleMeta,
    concepts: HashMap<String, ConceptText>,
    ui: FluentBundle<FluentResource>,
    ui_ids: Vec<String>,
    /// Full translations: the memory and the grammar in this language, once loaded.
    pub meaning: Option<crate::meaning::Side>,
}

impl Locale {
    /// Loads a translation. `glossary_ftl` is that language's `glossary.ftl` (for French, the
    /// master itself), `ui_ftl` its `ui.ftl`.
    pub fn load(meta: LocaleMeta, glossary_ftl: &str, ui_ftl: &str) -> Result<Locale, LocaleError> {
        let dir = format!("locales/{}", meta.code);
        let mut concepts = HashMap::new();
        for e in ftl::parse(glossary_ftl, &format!("{dir}/glossary.ftl"))? {
            let (Some(id), Some(label)) = (e.id.strip_prefix(CONCEPT_PREFIX), e.value.clone())
            else {
                continue;
            };
            concepts.insert(
                id.to_string(),
                ConceptText {
                    label,
                    explain: e.attribute("explain").map(str::to_string),
                    where_: e.attribute("where").map(str::to_string),
                    todo: e.attribute("todo").map(str::to_string),
                },
            );
        }
        let ui_file = format!("{dir}/ui.ftl");
        let resource = FluentResource::try_new(ui_ftl.to_string()).map_err(|(_, errs)| {
            let detail = errs
                .first()
                .map(|e| e.kind.to_string())
                .unwrap_or_else(|| "syntax error".into());
            let line = errs
                .first()
                .map(|e| {
                    ui_ftl[..e.pos.start.min(ui_ftl.len())]
                        .matches('\n')
                        .count()
                        + 1
                })
                .unwrap_or(1);
            LocaleError::syntax(&ui_file, line, detail)
        })?;
        let ui_ids = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let langid: LanguageIdentifier = meta
            .code
            .parse()
            .map_err(|_| LocaleError::syntax(&ui_file, 0, "invalid language code"))?;
        let mut ui = FluentBundle::new(vec![langid]);
        ui.add_resource(resource)
            .map_err(|_| LocaleError::syntax(&ui_file, 0, "a message id is defined twice"))?;
        Ok(Locale {
            meta,
            concepts,
            ui,
            ui_ids,
            meaning: None,
        })
    }

    pub fn concept(&self, id: &str) -> Option<&ConceptText> {
        self.concepts.get(id)
    }

    pub fn concept_ids(&self) -> impl Iterator<Item = &String> {
        self.concepts.keys()
    }

    pub fn is_reviewed(&self, concept: &str) -> bool {
        self.meta.reviewed || self.meta.reviewed_concepts.contains_key(concept)
    }

    /// An interface string formatted with its arguments, or `None` when this locale does not
    /// have it. Numbers stay numbers, so that the message's plural selectors apply.
    pub fn ui(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let msg = self.ui.get_message(id)?;
        let pattern = msg.value()?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(t) => fargs.set(*k, FluentValue::from(t.as_str())),
                Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = vec![];
        let s = self.ui.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(s.into_owned())
    }

    /// An interface string that takes no argument, or `None` when this locale does not have it
    /// or the message needs arguments.
    pub fn ui_plain(&self, id: &str) -> Option<String> {
        let pattern = self.ui.get_message(id)?.value()?;
        let mut errors = vec![];
        let s = self.ui.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| s.into_owned())
    }

    pub fn ui_ids(&self) -> Vec<String> {
        self.ui_ids.clone()
    }
}

/// An argument of an interface message: text, or a number (counts select plural forms).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(n as f64)
    }
}

/// A concept's text as shown to the person: in their language or the first fallback that has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a ConceptText,
    /// The language the text is in.
    pub lang: &'a str,
    /// True when `lang` is not the language asked for.
    pub fallback: bool,
    pub reviewed: bool,
}

/// The glossary and every loaded language.
pub struct Catalog {
    pub glossary: Glossary,
    /// The French side of full translations (memory index and grammar), once loaded.
    pub meaning: Option<crate::meaning::French>,
    /// The most frequent French words, for readability scores (empty until loaded).
    pub common_words: crate::plain::CommonWords,
    locales: HashMap<String, Locale>,
    french: HashMap<String, ConceptText>,
}

impl Catalog {
    pub fn new(glossary: Glossary) -> Catalog {
        let french = glossary
            .concepts()
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    ConceptText {
                        label: c.label.clone(),
                        explain: c.explain.clone(),
                        where_: c.where_.clone(),
                        todo: c.todo.clone(),
                    },
                )
            })
            .collect();
        Catalog {
            glossary,
            meaning: None,
            common_words: Default::default(),
            locales: HashMap::new(),
            french,
        }
    }

    pub fn add(&mut self, locale: Locale) {
        self.locales.insert(locale.meta.code.clone(), locale);
    }

    pub fn locale(&self, lang: &str) -> Option<&Locale> {
        self.locales.get(lang)
    }

    pub fn has(&self, lang: &str) -> bool {
        self.locales.contains_key(lang)
    }

    /// The chain for `lang`: itself, then English, then French.
    pub fn chain(lang: &str) -> Vec<&str> {
        let mut c = vec![lang];
        for l in ["en", "fr"] {
            if !c.contains(&l) {
                c.push(l);
            }
        }
        c
    }

    /// A concept's text in `lang`, falling back along [`Catalog::chain`].
    pub fn resolve<'a>(&'a self, lang: &'a str, concept: &str) -> Option<Resolved<'a>> {
        for l in Self::chain(lang) {
            let (text, reviewed) = if l == "fr" {
                // The French master is the source text: it is not a translation to review.
                (self.french.get(concept), true)
            } else {
                match self.locales.get(l) {
                    Some(loc) => (loc.concept(concept), loc.is_reviewed(concept)),
                    None => (None, false),
                }
            };
            if let Some(text) = text {
                return Some(Resolved {
                    text,
                    lang: l,
                    fallback: l != lang,
                    reviewed,
                });
            }
        }
        None
    }

    /// An interface string in `lang`, falling back to English then French, then `[id]`.
    pub fn ui(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
        self.ui_in(lang, id, args).0
    }

    /// An interface string and the language it is really in (after fallback).
    pub fn ui_in<'a>(&self, lang: &'a str, id: &str, args: &[(&str, Arg)]) -> (String, &'a str) {
        for l in Self::chain(lang) {
            if let Some(s) = self.locales.get(l).and_then(|loc| loc.ui(id, args)) {
                return (s, l);
            }
        }
        (format!("[{id}]"), "en")
    }

    /// A full translation of `text` in `lang` (its language's own data only: no fallback), or
    /// `None`: then the overlay shows key words.
    pub fn translate(&self, lang: &str, text: &str) -> Option<crate::meaning::Translation> {
        if lang == "fr" {
            return None;
        }
        let french = self.meaning.as_ref()?;
        let loc = self.locales.get(lang)?;
        let side = loc.meaning.as_ref()?;
        let reviewed = |id: &str| loc.meta.reviewed_portals.contains_key(id);
        let cx = crate::meaning::Context {
            french,
            glossary: &self.glossary,
            lang,
            side,
            reviewed_locale: loc.meta.reviewed,
            reviewed_entries: &reviewed,
        };
        crate::meaning::translate(&cx, text)
    }

    /// The grammar's reading of `text` as a bracketed tree (`relais translate --tree`), or `None`.
    pub fn grammar_tree(&self, lang: &str, text: &str) -> Option<String> {
        let french = self.meaning.as_ref()?;
        let loc = self.locales.get(lang)?;
        let side = loc.meaning.as_ref()?;
        let reviewed = |_: &str| false;
        let cx = crate::meaning::Context {
            french,
            glossary: &self.glossary,
            lang,
            side,
            reviewed_locale: false,
            reviewed_entries: &reviewed,
        };
        crate::meaning::grammar_tree(&cx, text)
    }

    /// A readable message for an error, in `lang`.
    pub fn explain_error(&self, lang: &str, e: &RelaisError) -> String {
        let detail = e.to_string();
        let s = self.ui(lang, e.code(), &[("detail", Arg::Text(detail.clone()))]);
        if s.starts_with('[') {
            detail
        } else {
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(code: &str) -> LocaleMeta {
        LocaleMeta {
            code: code.into(),
            name: code.into(),
            english_name: code.into(),
            dir: direction(code).into(),
            speech: code.into(),
            produced: "test".into(),
            ..Default::default()
        }
    }

    fn catalog() -> Catalog {
        let g = Glossary::from_ftl(
            "concept-nom = nom\n    .domain = identity\n    .explain = Votre nom.\nconcept-pays = pays\n    .domain = address\nconcept-cedex = cedex\n    .domain = address\n",
            "fr.ftl",
        )
        .expect("parses");
        let mut c = Catalog::new(g);
        let en = Locale::load(
            meta("en"),
            "concept-nom = name\n    .explain = Your name.\nconcept-pays = country\n",
            "popup-title = Relais\n",
        )
        .expect("en");
        let mut ar_meta = meta("ar");
        ar_meta
            .reviewed_concepts
            .insert("nom".into(), "tester".into());
        let ar =
            Locale::load(ar_meta, "concept-nom = الاسم\n", "popup-title = ريليه\n").expect("ar");
        c.add(en);
        c.add(ar);
        c
    }

    #[test]
    fn resolves_in_the_language_then_falls_back_visibly() {
        let c = catalog();
        let r = c.resolve("ar", "nom").expect("nom");
        assert_eq!(
            (r.text.label.as_str(), r.lang, r.fallback, r.reviewed),
            ("الاسم", "ar", false, true)
        );
        let r = c.resolve("ar", "pays").expect("pays");
        assert_eq!(
            (r.text.label.as_str(), r.lang, r.fallback, r.reviewed),
            ("country", "en", true, false)
        );
        let r = c.resolve("ar", "cedex").expect("cedex");
        assert_eq!(
            (r.text.label.as_str(), r.lang, r.fallback),
            ("cedex", "fr", true)
        );
        assert!(c.resolve("ar", "nothing").is_none());
    }

    #[test]
    fn missing_interface_string_is_visible() {
        let c = catalog();
        assert_eq!(c.ui("ar", "popup-title", &[]), "ريليه");
        assert_eq!(c.ui("ar", "no-such-id", &[]), "[no-such-id]");
    }

    #[test]
    fn malformed_ui_file_is_a_clear_error() {
        let Err(e) = Locale::load(meta("en"), "", "ok = fine\n}}} broken = \n") else {
            panic!("must fail")
        };
        assert!(e.to_string().starts_with("locales/en/ui.ftl line 2"), "{e}");
    }
}

//! The answers the core gives by itself: their types (the only replies that cross to
//! JavaScript from Rust) and the functions that compute them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Block, BlockKind, Request};
use crate::captcha;
use crate::error::RelaisError;
use crate::failure;
use crate::locale::{self, Arg, Catalog};
use crate::plain;

/// Reply to `scan.blocks`: the terms of each block, and each concept found once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanReply {
    pub lang: String,
    pub results: Vec<BlockResult>,
    pub concepts: BTreeMap<String, ConceptView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockResult {
    pub id: String,
    pub terms: Vec<Term>,
    /// A failure worth recording as evidence (error messages, known portal messages).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub failure: Option<String>,
    /// For paragraphs (`text` blocks of at least `plain::MIN_WORDS` words): how hard the French
    /// is to read. A shorter `text` block has none: it is a notice.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub readability: Option<ReadabilityView>,
    /// A full translation in the person's language (from the memory or the grammar). Absent:
    /// the overlay shows `terms` as key words, labelled as such.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub translation: Option<TranslationView>,
}

/// A full translation as the overlay shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TranslationView {
    pub text: String,
    pub lang: String,
    pub dir: String,
    /// `memory` (a real portal string translated in full) or `grammar` (composed).
    pub source: crate::meaning::Origin,
    pub reviewed: bool,
    /// Whose translation it is when it is the portal's own (`demarches-simplifiees`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadabilityView {
    /// Kandel–Moles reading ease (0 very hard … 100 very easy).
    pub ease: f64,
    pub words_per_sentence: f64,
    pub rare_rate: f64,
    pub hard: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    pub concept: String,
    /// The French words of the page that matched.
    pub surface: String,
}

/// A concept as the overlay shows it, in the person's language or its fallback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConceptView {
    pub label: String,
    pub lang: String,
    pub dir: String,
    pub fallback: bool,
    pub reviewed: bool,
    pub domain: String,
    pub label_fr: String,
    pub explain: Option<String>,
    pub explain_fr: Option<String>,
    #[serde(rename = "where")]
    pub where_: Option<String>,
    pub todo: Option<String>,
    /// The official pages the French explanation rests on (the master's `.source`), the first
    /// one first; empty for a definition.
    pub sources: Vec<SourceView>,
    /// When they were checked (`YYYY-MM-DD`, the master's `.checked`).
    pub checked: Option<String>,
}

/// A source of an explanation: its name and its address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceView {
    pub name: String,
    pub url: String,
}

/// The sources written in a master's `.source` (`Name | URL`, several joined by ` ;; `).
pub fn sources_of(source: Option<&str>) -> Vec<SourceView> {
    source
        .unwrap_or("")
        .split(" ;; ")
        .filter_map(|s| {
            let (name, url) = s.split_once(" | ")?;
            Some(SourceView {
                name: name.trim().to_string(),
                url: url.trim().to_string(),
            })
        })
        .collect()
}

/// Answers `scan.blocks`. Never fails: a block with no concept has no terms.
pub fn scan(catalog: &Catalog, lang: &str, blocks: &[Block], url: Option<&str>) -> ScanReply {
    let g = &catalog.glossary;
    let portal = url
        .map(|u| relais_journal::infer_portal(u, "").portal)
        .unwrap_or_default();
    let known = failure::catalogue();
    let mut concepts = BTreeMap::new();
    let mut results = Vec::with_capacity(blocks.len());
    // Each concept's view, once per reply.
    let mut view = |c: &crate::glossary::Concept| {
        if concepts.contains_key(&c.id) {
            return;
        }
        if let Some(r) = catalog.resolve(lang, &c.id) {
            concepts.insert(
                c.id.clone(),
                ConceptView {
                    label: r.text.label.clone(),
                    lang: r.lang.to_string(),
                    dir: locale::direction(r.lang).to_string(),
                    fallback: r.fallback,
                    reviewed: r.reviewed,
                    domain: c.domain.clone(),
                    label_fr: c.label.clone(),
                    explain: r.text.explain.clone(),
                    explain_fr: c.explain.clone(),
                    where_: r.text.where_.clone(),
                    todo: r.text.todo.clone(),
                    sources: sources_of(c.source.as_deref()),
                    checked: c.checked.clone(),
                },
            );
        }
    };
    for b in blocks {
        let mut terms = Vec::new();
        for m in g.find(&b.text) {
            let Some(c) = g.concept(m.concept) else {
                continue;
            };
            terms.push(Term {
                concept: c.id.clone(),
                surface: b.text[m.start..m.end].to_string(),
            });
            view(c);
        }
        // Wherever it is printed: the failure module decides by the block's kind and the catalogue.
        let failure = failure::classify(known, b.kind, &b.text, &portal);
        // A failure message is always explained: when its words do not name the concept of its
        // failure kind ("Votre session a expiré" is no glossary form), that concept ends its
        // terms, the whole message as its surface.
        if let Some(k) = failure {
            let id = failure::concept_for(k);
            if !terms.iter().any(|t| t.concept == id) {
                if let Some(c) = g.index_of(id).and_then(|i| g.concept(i)) {
                    terms.push(Term {
                        concept: c.id.clone(),
                        surface: b.text.clone(),
                    });
                    view(c);
                }
            }
        }
        let failure = failure.map(|k| k.as_str().to_string());
        // Readability is a paragraph's: from `plain::MIN_WORDS` words. A shorter text is a notice
        // (the overlay shows it as any other block), however the reading rules found it.
        let readability = (b.kind == BlockKind::Text)
            .then(|| plain::readability(&b.text, &catalog.common_words))
            .filter(|r| r.words >= plain::MIN_WORDS)
            .map(|r| ReadabilityView {
                ease: (r.ease * 10.0).round() / 10.0,
                words_per_sentence: (r.words_per_sentence * 10.0).round() / 10.0,
                rare_rate: (r.rare_rate * 100.0).round() / 100.0,
                hard: r.hard,
            });
        // Options are read as one block (every option, one per line): each line on its own.
        let translation = match b.kind {
            BlockKind::Option => None,
            _ => catalog.translate(lang, &b.text),
        }
        .map(|t| TranslationView {
            dir: locale::direction(&t.lang).to_string(),
            text: t.text,
            lang: t.lang,
            source: t.source,
            reviewed: t.reviewed,
            by: t.by,
        });
        results.push(BlockResult {
            id: b.id.clone(),
            terms,
            failure,
            readability,
            translation,
        });
    }
    ScanReply {
        lang: lang.to_string(),
        results,
        concepts,
    }
}

/// Reply to `locale.list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocaleView {
    pub code: String,
    pub name: String,
    pub english_name: String,
    pub dir: String,
    pub reviewed: bool,
    pub produced: String,
}

/// Reply to `captcha.detect`: each widget with the hint to show beside it, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptchaReply {
    pub widgets: Vec<CaptchaView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptchaView {
    #[serde(flatten)]
    pub widget: captcha::Widget,
    pub lang: String,
    pub dir: String,
    pub title: String,
    /// Paragraphs of the hint, in reading order.
    pub hints: Vec<String>,
    /// Label of the button that moves focus to the audio alternative (or to the widget).
    pub go_label: String,
}

/// Answers `captcha.detect`. Never fails: no widget, no hint.
pub fn captcha(
    catalog: &Catalog,
    lang: &str,
    candidates: &[captcha::Candidate],
    scripts: &[String],
) -> CaptchaReply {
    let widgets = captcha::detect(candidates, scripts)
        .into_iter()
        .map(|w| {
            // The panel says its language: the person's, or the fallback its text really is in.
            let (title, shown) = catalog.ui_in(lang, "captcha-title", &[]);
            let hints = captcha::hint_ids(w.kind)
                .iter()
                .map(|id| catalog.ui(shown, id, &[]))
                .collect();
            let go = if w.audio.is_some() {
                "captcha-go-audio"
            } else {
                "captcha-go-widget"
            };
            CaptchaView {
                lang: shown.to_string(),
                dir: locale::direction(shown).to_string(),
                title,
                hints,
                go_label: catalog.ui(shown, go, &[]),
                widget: w,
            }
        })
        .collect();
    CaptchaReply { widgets }
}

/// What the core answers by itself (`scan.blocks`, `ui.strings`, `ui.format`, `locale.list`,
/// `captcha.detect`); every other message is the background's.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    Scan(ScanReply),
    Strings(BTreeMap<String, String>),
    Formatted(Vec<String>),
    Locales(Vec<LocaleView>),
    Captcha(CaptchaReply),
}

/// Answers a validated message the core can answer by itself. The languages it names must be
/// loaded (`NotLoaded` otherwise); a message that is the background's is a protocol error.
pub fn answer(catalog: &Catalog, req: &Request) -> Result<Answer, RelaisError> {
    let loaded = |lang: &str| {
        if catalog.has(lang) {
            Ok(())
        } else {
            Err(RelaisError::NotLoaded(lang.to_string()))
        }
    };
    match req {
        Request::ScanBlocks { lang, blocks, url } => {
            loaded(lang)?;
            Ok(Answer::Scan(scan(catalog, lang, blocks, url.as_deref())))
        }
        Request::UiStrings { lang } => Ok(Answer::Strings(ui_strings(catalog, lang))),
        Request::UiFormat { lang, messages } => Ok(Answer::Formatted(
            messages
                .iter()
                .map(|m| {
                    let args: Vec<(&str, Arg)> = m
                        .args
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.clone()))
                        .collect();
                    catalog.ui(lang, &m.id, &args)
                })
                .collect(),
        )),
        Request::LocaleList {} => Ok(Answer::Locales(locale_list(catalog))),
        Request::CaptchaDetect {
            lang,
            candidates,
            scripts,
        } => Ok(Answer::Captcha(captcha(catalog, lang, candidates, scripts))),
        other => Err(RelaisError::Protocol(format!(
            "{} is answered by the background, not the core",
            other.type_name()
        ))),
    }
}

/// Every interface string of `lang` that takes no argument, each from the first language of
/// the fallback chain that has it. Messages with arguments are left out: they are formatted
/// with their arguments (`ui.format`), never filled in by the caller.
pub fn ui_strings(catalog: &Catalog, lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for l in Catalog::chain(lang).into_iter().rev() {
        if let Some(loc) = catalog.locale(l) {
            for id in loc.ui_ids() {
                match loc.ui_plain(&id) {
                    Some(text) => out.insert(id, text),
                    None => out.remove(&id),
                };
            }
        }
    }
    out
}

/// The loaded languages, in the order of [`locale::LANGUAGES`], with their review status.
pub fn locale_list(catalog: &Catalog) -> Vec<LocaleView> {
    locale::LANGUAGES
        .iter()
        .filter_map(|l| catalog.locale(l))
        .map(|loc| LocaleView {
            code: loc.meta.code.clone(),
            name: loc.meta.name.clone(),
            english_name: loc.meta.english_name.clone(),
            dir: loc.meta.dir.clone(),
            reviewed: loc.meta.reviewed,
            produced: loc.meta.produced.clone(),
        })
        .collect()
}

//! Relais bindings: the one place where Rust meets JavaScript.
//!
//! The service worker (Chromium) or background page (Firefox) owns one [`Core`] handle. Messages
//! arrive as plain JavaScript objects, are decoded into [`relais_core::protocol::Request`] and
//! validated here; replies go back through serde-wasm-bindgen's JSON-compatible serializer, so
//! maps become plain objects that survive `runtime.sendMessage`. Errors become JavaScript `Error`
//! objects whose `name` is the Rust error type and whose `message` is readable in the person's
//! language.

use relais_core::glossary::Glossary;
use relais_core::locale::{Catalog, Locale, LocaleMeta};
use relais_core::protocol::{self, Request};
use relais_core::RelaisError;
use wasm_bindgen::prelude::*;

use relais_bridge::{error, to_js};

/// A message or value from JavaScript; a value that does not decode is a protocol error.
fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, RelaisError> {
    relais_bridge::from_js(value).map_err(RelaisError::Protocol)
}

/// A language's files for full translations, as `addLocale` takes them.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MeaningFiles {
    #[serde(default)]
    portals: String,
    #[serde(default)]
    grammar: String,
    #[serde(default)]
    lexicon: String,
}

/// The core, held by the extension's background context. Opaque to JavaScript.
#[wasm_bindgen]
pub struct Core {
    catalog: Catalog,
    /// Phrase cards of the mediator mode, per language (French first), loaded on demand.
    phrases: std::collections::HashMap<String, relais_core::phrases::PhraseBook>,
}

#[wasm_bindgen]
impl Core {
    /// Builds the core from the French master glossary, French interface strings and meta.
    #[wasm_bindgen(constructor)]
    pub fn new(
        glossary_ftl: &str,
        ui_ftl: &str,
        meta: JsValue,
        common_words: &str,
    ) -> Result<Core, JsValue> {
        std::panic::set_hook(Box::new(|info| {
            web_log(&format!("relais core panicked: {info}"));
        }));
        let meta: LocaleMeta = from_js(meta).map_err(|e| error(e.name(), &e.to_string()))?;
        let glossary = Glossary::from_ftl(glossary_ftl, "locales/fr/glossary.ftl")
            .map_err(|e| error("LocaleError", &e.to_string()))?;
        let mut catalog = Catalog::new(glossary);
        catalog.common_words = relais_core::plain::CommonWords::parse(common_words);
        let fr =
            Locale::load(meta, "", ui_ftl).map_err(|e| error("LocaleError", &e.to_string()))?;
        catalog.add(fr);
        Ok(Core {
            catalog,
            phrases: Default::default(),
        })
    }

    /// Adds a language from its files. A malformed file is refused; the core keeps working.
    /// `meaning` (optional): `{portals, grammar, lexicon}`, the language's side of full
    /// translations (`portals.ftl`, `grammar.ftl`, `lexicon.ftl`, each possibly empty); the French
    /// side comes from [`Core::add_french_meaning`].
    #[wasm_bindgen(js_name = addLocale)]
    pub fn add_locale(
        &mut self,
        meta: JsValue,
        glossary_ftl: &str,
        ui_ftl: &str,
        meaning: JsValue,
    ) -> Result<(), JsValue> {
        let meta: LocaleMeta = from_js(meta).map_err(|e| error(e.name(), &e.to_string()))?;
        let lang = meta.code.clone();
        let rtl = meta.dir == "rtl";
        let mut loc = Locale::load(meta, glossary_ftl, ui_ftl)
            .map_err(|e| error("LocaleError", &e.to_string()))?;
        if !meaning.is_undefined() && !meaning.is_null() {
            let m: MeaningFiles = from_js(meaning).map_err(|e| error(e.name(), &e.to_string()))?;
            let side = relais_core::meaning::Side::load(
                &lang,
                rtl,
                &m.portals,
                &m.grammar,
                &m.lexicon,
                glossary_ftl,
            )
            .map_err(|e| error("LocaleError", &e.to_string()))?;
            loc.meaning = Some(side);
        }
        self.catalog.add(loc);
        Ok(())
    }

    /// The French side of full translations: the translation memory's French strings and the
    /// grammar (`locales/fr/portals.ftl`, `grammar.ftl`, `lexicon.ftl`). Without it, or without a
    /// language's side (`addLocale`), a scan shows key words only.
    #[wasm_bindgen(js_name = addFrenchMeaning)]
    pub fn add_french_meaning(
        &mut self,
        portals_ftl: &str,
        grammar_ftl: &str,
        lexicon_ftl: &str,
    ) -> Result<(), JsValue> {
        let french = relais_core::meaning::French::load(portals_ftl, grammar_ftl, lexicon_ftl)
            .map_err(|e| error("LocaleError", &e.to_string()))?;
        self.catalog.meaning = Some(french);
        Ok(())
    }

    #[wasm_bindgen(js_name = hasFrenchMeaning)]
    pub fn has_french_meaning(&self) -> bool {
        self.catalog.meaning.is_some()
    }

    /// Adds a language's phrase cards (`locales/<lang>/phrases.ftl`). A malformed file is
    /// refused with its line; the cards already loaded stay.
    #[wasm_bindgen(js_name = addPhrases)]
    pub fn add_phrases(&mut self, lang: &str, phrases_ftl: &str) -> Result<(), JsValue> {
        let book = relais_core::phrases::PhraseBook::parse(
            phrases_ftl,
            &format!("locales/{lang}/phrases.ftl"),
        )
        .map_err(|e| error("LocaleError", &e.to_string()))?;
        self.phrases.insert(lang.to_string(), book);
        Ok(())
    }

    #[wasm_bindgen(js_name = hasPhrases)]
    pub fn has_phrases(&self, lang: &str) -> bool {
        self.phrases.contains_key(lang)
    }

    /// The phrase cards in `lang` beside the French, by group. Load French, `lang` and the
    /// locale (`addLocale`) first.
    #[wasm_bindgen(js_name = phraseCards)]
    pub fn phrase_cards(&self, lang: &str) -> Result<JsValue, JsValue> {
        let missing = |l: &str| self.js_error("en", &RelaisError::NotLoaded(l.to_string()));
        let master = self.phrases.get("fr").ok_or_else(|| missing("fr"))?;
        let book = self.phrases.get(lang).ok_or_else(|| missing(lang))?;
        let meta = &self.catalog.locale(lang).ok_or_else(|| missing(lang))?.meta;
        to_js(&relais_core::phrases::cards(master, book, meta))
    }

    /// What a journal failure kind (`no-slot`…) means, in `lang` (or its fallback): the
    /// `{ lang, text }` the journal writes beside the French message, or `undefined`.
    #[wasm_bindgen(js_name = failureMeaning)]
    pub fn failure_meaning(&self, failure: &str, lang: &str) -> Result<JsValue, JsValue> {
        let kind = relais_core::journal::FailureKind::parse(failure).ok_or_else(|| {
            error(
                "ProtocolError",
                &format!(
                    "unknown failure kind {}",
                    failure.chars().take(40).collect::<String>()
                ),
            )
        })?;
        match relais_core::failure::meaning(&self.catalog, lang, kind) {
            Some((lang, text)) => to_js(&relais_core::journal::Meaning { lang, text }),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    #[wasm_bindgen(js_name = hasLocale)]
    pub fn has_locale(&self, lang: &str) -> bool {
        self.catalog.has(lang)
    }

    /// Number of concepts in the glossary.
    #[wasm_bindgen(js_name = conceptCount)]
    pub fn concept_count(&self) -> usize {
        self.catalog.glossary.concepts().len()
    }

    /// Decodes and validates a message; returns it normalised, or throws a readable error.
    pub fn validate(&self, message: JsValue, lang: &str) -> Result<JsValue, JsValue> {
        let req: Request = from_js(message).map_err(|e| self.js_error(lang, &e))?;
        req.validate().map_err(|e| self.js_error(lang, &e))?;
        to_js(&req)
    }

    /// Answers a message the core can answer by itself (`scan.blocks`, `ui.strings`,
    /// `ui.format`, `locale.list`, `captcha.detect`). The caller loads the languages first
    /// (`addLocale`).
    pub fn handle(&self, message: JsValue, lang: &str) -> Result<JsValue, JsValue> {
        let req: Request = from_js(message).map_err(|e| self.js_error(lang, &e))?;
        req.validate().map_err(|e| self.js_error(lang, &e))?;
        let answer = protocol::answer(&self.catalog, &req).map_err(|e| self.js_error(lang, &e))?;
        to_js(&answer)
    }

    /// The reading rules (`reading.json`, parsed by the background) checked, with every
    /// `@name` replaced by its selector: what the content script applies to a page. A broken
    /// file is refused with the source and the reason.
    #[wasm_bindgen(js_name = readingRules)]
    pub fn reading_rules(&self, file: JsValue) -> Result<JsValue, JsValue> {
        let file: relais_core::reading::RulesFile =
            from_js(file).map_err(|e| error("LocaleError", &e.to_string()))?;
        let rules = relais_core::reading::check(file).map_err(|e| error("LocaleError", &e))?;
        to_js(&rules)
    }

    /// An untranslated string as it is counted: its variable parts (and the anonymiser's
    /// placeholders) replaced by the memory's variables; `null` when it has nothing to translate.
    #[wasm_bindgen(js_name = untranslatedKey)]
    pub fn untranslated_key(&self, text: &str) -> Option<String> {
        relais_core::untranslated::masked(text)
    }

    /// The counted untranslated strings (`[{fr, kind, portal, count, first, last}]`) as a gettext
    /// PO file for translators into `lang`; `now` is the file's date (`YYYY-MM-DD HH:MM+0000`).
    #[wasm_bindgen(js_name = poExport)]
    pub fn po_export(&self, strings: JsValue, lang: &str, now: &str) -> Result<String, JsValue> {
        let strings: Vec<relais_core::untranslated::Counted> =
            from_js(strings).map_err(|e| self.js_error(lang, &e))?;
        Ok(relais_core::untranslated::to_po(lang, &strings, now))
    }

    /// Whether something Relais noticed by itself (`{source: "http", status, statusLine}`,
    /// `{source: "network", error}`, `{source: "captcha", kind}`, `{source: "reported"}`) is a
    /// failure to record: `{failure, httpStatus, message}` (the message in French, for the
    /// dossier), or `null`.
    pub fn noticed(&self, noticed: JsValue) -> Result<JsValue, JsValue> {
        let n: relais_core::failure::Noticed =
            from_js(noticed).map_err(|e| self.js_error("en", &e))?;
        match relais_core::failure::automatic(&n) {
            Some(a) => to_js(&a),
            None => Ok(JsValue::NULL),
        }
    }

    fn js_error(&self, lang: &str, e: &RelaisError) -> JsValue {
        error(e.name(), &self.catalog.explain_error(lang, e))
    }
}

fn web_log(msg: &str) {
    let console = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("console")).ok();
    if let Some(c) = console {
        if let Ok(f) = js_sys::Reflect::get(&c, &JsValue::from_str("error")) {
            if let Ok(f) = f.dyn_into::<js_sys::Function>() {
                let _ = f.call1(&c, &JsValue::from_str(msg));
            }
        }
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;

//! `relais scan PAGE.html [--lang LANG] [--locales DIR]`: what the core recognises on a saved
//! page, as JSON. The page is read with the content script's rules (`page.rs`) and handed to the
//! same core functions as in the extension: blocks, their concepts and readability, the concepts
//! explained, the CAPTCHA widgets found.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use relais_core::protocol;

use super::{print, Failure};
use crate::{files, page};

/// What the core recognises on a saved page (blocks, concepts, readability, CAPTCHAs), as JSON
///
/// The page is read with the content script's rules and handed to the same core, glossary and
/// locale files as the extension; the JSON has a summary, the blocks with their concepts,
/// readability and the failure the journal would record, the concepts explained in LANG, and the
/// CAPTCHA widgets found.
#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct ScanArgs {
    /// The saved HTML page to read
    #[arg(value_name = "PAGE.html")]
    pub page: PathBuf,
    /// The reader's language: the translations and explanations are in it
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = super::language())]
    pub lang: String,
    /// The locale folder [default: ./locales, else the locales folder of the source tree]
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
}

pub fn run(args: &ScanArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let page_path = args.page.display().to_string();
    let lang = args.lang.as_str();
    let html = std::fs::read(&args.page).map_err(|e| format!("{page_path}: {e}"))?;
    let html = String::from_utf8_lossy(&html);
    let dir = files::locales_dir(args.locales.as_deref())?;
    let catalog = files::load_catalog(&dir, &[lang])?;
    let blocks = page::blocks(&html)?;
    let reply = protocol::scan(&catalog, lang, &blocks, None);
    let with_terms = reply.results.iter().filter(|r| !r.terms.is_empty()).count();
    let (candidates, scripts) = page::captcha_candidates(&html)?;
    let captchas = protocol::captcha(&catalog, lang, &candidates, &scripts);
    let json = serde_json::json!({
        "page": page_path,
        "lang": lang,
        "summary": {
            "blocks": blocks.len(),
            "blocksWithConcepts": with_terms,
            "concepts": reply.concepts.len(),
            "captchaWidgets": captchas.widgets.len(),
            "hardParagraphs": reply.results.iter().filter(|r| r.readability.as_ref().is_some_and(|x| x.hard)).count(),
            "failures": reply.results.iter().filter(|r| r.failure.is_some()).count(),
        },
        "blocks": blocks.iter().zip(&reply.results).map(|(b, r)| serde_json::json!({
            "id": b.id, "kind": b.kind, "text": b.text, "terms": r.terms, "readability": r.readability, "failure": r.failure,
        })).collect::<Vec<_>>(),
        "concepts": reply.concepts,
        "captchas": captchas.widgets.iter().map(|w| {
            let find = |id: &Option<String>| id.as_ref().and_then(|i| candidates.iter().find(|c| &c.id == i)).map(|c| serde_json::json!({"tag": c.tag, "id": c.el_id, "class": c.classes}));
            serde_json::json!({"kind": w.widget.kind, "root": find(&Some(w.widget.root.clone())).unwrap_or(serde_json::json!(w.widget.root)), "audio": find(&w.widget.audio), "input": find(&w.widget.input), "reload": find(&w.widget.reload), "hints": w.hints})
        }).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    print(out, &format!("{text}\n"))
}

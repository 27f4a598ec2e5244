//! `relais`: the command-line face of the Relais core.
//!
//! ```text
//! relais scan PAGE.html [--lang ar] [--locales DIR]   what the core recognises on a saved page, as JSON
//! relais locales check [DIR]                           quality gates and coverage table of the locales
//! ```
//!
//! It uses the same core, the same glossary and the same locale files as the extension.

mod anonymize;
mod files;
mod journal;
mod page;
mod report;
mod research;

use std::process::ExitCode;

use relais_core::protocol;

const USAGE: &str = "\
usage:
  relais scan PAGE.html [--lang LANG] [--locales DIR]
  relais locales check [DIR] [--lang LANG]
  relais anonymize < INPUT > OUTPUT          anonymise each line of standard input
  relais research aggregate FILE|DIR… --out DIR [--k N] [--max-line BYTES]
  relais journal verify BUNDLE.zip [--tsa-ca FILE] [--json]   check an evidence bundle (exit 0 OK, 1 broken)
  relais journal summary BUNDLE.zip          the dossier's figures of a verified bundle

LANG is one of: fr en ar prs ps ti so bn ta tr uk ru ka es pt ro zh-Hans (default en).
DIR defaults to ./locales, else the locales folder of the source tree.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("scan") => scan(&args[1..]),
        Some("anonymize") => anonymize::run(&args[1..]),
        Some("research") => research::run(&args[1..]),
        Some("journal") => return journal::main(&args[1..]),
        Some("locales") if args.get(1).map(String::as_str) == Some("check") => {
            locales_check(&args[2..])
        }
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("relais: {e}");
            ExitCode::from(2)
        }
    }
}

fn locales_check(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut lang = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => lang = Some(it.next().ok_or("--lang needs a language")?.clone()),
            d if !d.starts_with('-') && dir.is_none() => dir = Some(d.to_string()),
            other => return Err(format!("unexpected argument {other}\n{USAGE}")),
        }
    }
    files::check_locales(dir.as_deref(), lang.as_deref())
}

fn scan(args: &[String]) -> Result<(), String> {
    let mut page_path = None;
    let mut lang = "en".to_string();
    let mut locales = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => lang = it.next().ok_or("--lang needs a language")?.clone(),
            "--locales" => locales = Some(it.next().ok_or("--locales needs a folder")?.clone()),
            p if !p.starts_with('-') && page_path.is_none() => page_path = Some(p.to_string()),
            other => return Err(format!("unexpected argument {other}\n{USAGE}")),
        }
    }
    let page_path = page_path.ok_or_else(|| format!("scan needs a page\n{USAGE}"))?;
    if !relais_core::locale::is_known(&lang) {
        return Err(format!("unknown language {lang}"));
    }
    let html = std::fs::read(&page_path).map_err(|e| format!("{page_path}: {e}"))?;
    let html = String::from_utf8_lossy(&html);
    let dir = files::locales_dir(locales.as_deref())?;
    let catalog = files::load_catalog(&dir, &[lang.as_str()])?;
    let blocks = page::blocks(&html);
    let reply = protocol::scan(&catalog, &lang, &blocks, None);
    let with_terms = reply.results.iter().filter(|r| !r.terms.is_empty()).count();
    let (candidates, scripts) = page::captcha_candidates(&html);
    let captchas = protocol::captcha(&catalog, &lang, &candidates, &scripts);
    let out = serde_json::json!({
        "page": page_path,
        "lang": lang,
        "summary": {
            "blocks": blocks.len(),
            "blocksWithConcepts": with_terms,
            "concepts": reply.concepts.len(),
            "captchaWidgets": captchas.widgets.len(),
            "hardParagraphs": reply.results.iter().filter(|r| r.readability.as_ref().is_some_and(|x| x.hard)).count(),
        },
        "blocks": blocks.iter().zip(&reply.results).map(|(b, r)| serde_json::json!({
            "id": b.id, "kind": b.kind, "text": b.text, "terms": r.terms, "readability": r.readability,
        })).collect::<Vec<_>>(),
        "concepts": reply.concepts,
        "captchas": captchas.widgets.iter().map(|w| {
            let find = |id: &Option<String>| id.as_ref().and_then(|i| candidates.iter().find(|c| &c.id == i)).map(|c| serde_json::json!({"tag": c.tag, "id": c.el_id, "class": c.classes}));
            serde_json::json!({"kind": w.widget.kind, "root": find(&Some(w.widget.root.clone())).unwrap_or(serde_json::json!(w.widget.root)), "audio": find(&w.widget.audio), "input": find(&w.widget.input), "reload": find(&w.widget.reload), "hints": w.hints})
        }).collect::<Vec<_>>(),
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
    );
    Ok(())
}

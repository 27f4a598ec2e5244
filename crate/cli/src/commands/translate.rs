//! `relais translate [FILE] [--lang LANG] [--tsv COLUMN]`: what the overlay shows for each
//! string, one JSON object per line: the full translation (from the memory or the grammar) when
//! there is one, else the key words. The meaning benchmark (`tools/meaning/bench.py`) reads it.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::Args;
use relais_core::protocol::{self, Block, BlockKind};

use super::Failure;
use crate::files;

/// What the overlay shows for each string: its full translation, or its key words (JSON Lines)
///
/// Reads one French string per line (standard input when FILE is `-` or absent), or the column
/// COLUMN of a tab-separated file with a header row, and prints for each a JSON object:
/// `{"text", "translation": {text, lang, dir, source, reviewed, by} | null, "keywords": [{concept,
/// surface, label}]}`.
#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct TranslateArgs {
    /// The strings, one per line (`-`: standard input)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The reader's language
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = super::language())]
    pub lang: String,
    /// Read this column of a tab-separated file with a header row
    #[arg(long, value_name = "COLUMN")]
    pub tsv: Option<String>,
    /// The locale folder [default: ./locales, else the locales folder of the source tree]
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Leave the translation memory out: what the grammar alone makes of each string (to write
    /// grammar data against strings the memory already holds)
    #[arg(long)]
    pub grammar_only: bool,
    /// Add the grammar's reading of each string (`"tree"`: patterns, phrases and words, as a
    /// bracketed tree; null when it does not parse), to see why a string reads as it does
    #[arg(long)]
    pub tree: bool,
}

pub fn run(args: &TranslateArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let dir = files::locales_dir(args.locales.as_deref())?;
    let mut catalog = files::load_catalog(&dir, &[args.lang.as_str()])?;
    if let Some(f) = catalog.meaning.as_mut() {
        f.grammar_only = args.grammar_only;
    }
    let input: Box<dyn BufRead> = match &args.file {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?,
        )),
        _ => Box::new(std::io::stdin().lock()),
    };
    let mut column = None;
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = match &args.tsv {
            None => line,
            Some(name) => {
                let cells: Vec<&str> = line.split('\t').collect();
                let Some(c) = column else {
                    column = Some(cells.iter().position(|c| c == name).ok_or_else(|| {
                        Failure::Usage(format!("no column {name:?} in the header row"))
                    })?);
                    continue;
                };
                cells.get(c).copied().unwrap_or("").to_string()
            }
        };
        let block = Block {
            id: "b".into(),
            kind: BlockKind::Label,
            text: text.clone(),
        };
        let reply = protocol::scan(&catalog, &args.lang, std::slice::from_ref(&block), None);
        let r = &reply.results[0];
        let keywords: Vec<serde_json::Value> = r
            .terms
            .iter()
            .map(|t| {
                serde_json::json!({
                    "concept": t.concept,
                    "surface": t.surface,
                    "label": reply.concepts.get(&t.concept).map(|c| c.label.clone()),
                })
            })
            .collect();
        let mut json = serde_json::json!({
            "text": text,
            "translation": r.translation,
            "keywords": keywords,
        });
        if args.tree {
            json["tree"] = serde_json::json!(catalog.grammar_tree(&args.lang, &text));
        }
        writeln!(out, "{json}").map_err(|e| Failure::Usage(format!("output: {e}")))?;
    }
    Ok(())
}

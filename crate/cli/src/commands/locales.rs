//! `relais locales check [DIR] [--lang LANG]`: every quality gate of the locale files, then the
//! coverage table. A failing gate is a failed check (exit 1); a folder that cannot be read is
//! exit 2.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use relais_core::quality;

use super::{print, Failure};
use crate::files;

#[derive(Subcommand, Debug)]
pub enum LocalesCommand {
    /// Run every quality gate on the locale files, then print the coverage table (exit 1 if a gate
    /// fails)
    Check(CheckArgs),
    /// Bring a translated gettext PO file (exported from the untranslated-strings page) into the
    /// translation memory, through the quality gates (exit 1, nothing written, if one fails)
    Import(ImportArgs),
}

#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct ImportArgs {
    /// The translated PO file
    #[arg(value_name = "FILE.po")]
    pub file: PathBuf,
    /// The language of its translations
    #[arg(long, value_name = "LANG", value_parser = super::language())]
    pub lang: String,
    /// The locale folder [default: ./locales, else the locales folder of the source tree]
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
}

#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct CheckArgs {
    /// The locale folder [default: ./locales, else the locales folder of the source tree]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Keep only the problems of the French master and of this language, and its coverage row
    /// (for a translator at work)
    #[arg(long, value_name = "LANG", value_parser = super::language())]
    pub lang: Option<String>,
}

pub fn run(command: &LocalesCommand, out: &mut dyn Write) -> Result<(), Failure> {
    match command {
        LocalesCommand::Check(args) => check(args, out),
        LocalesCommand::Import(args) => {
            super::import::run(&args.file, &args.lang, args.locales.as_deref(), out)
        }
    }
}

fn check(args: &CheckArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let dir = files::locales_dir(args.dir.as_deref())?;
    let mut report = files::check_dir(&dir)?;
    if let Some(l) = &args.lang {
        // Keep the master's problems and those of one language (for a translator at work).
        let own = |p: &String| p.starts_with(&format!("{l}:")) || p.starts_with(&format!("{l}/"));
        report
            .problems
            .retain(|p| p.starts_with("fr:") || p.starts_with("fr/") || own(p));
        report.coverage.retain(|r| &r.lang == l);
    }
    let mut text = quality::coverage_table(&report.coverage);
    if let Some(f) = &report.facts {
        text += &format!(
            "sources: {} of {} fact-bearing concepts of the French master sourced ({} only definitional although a rule fires, {} with no fact), {} checked more than a year ago\n",
            f.sourced,
            f.sourced + f.unsourced.len(),
            f.definitional,
            f.plain,
            f.stale.len()
        );
    }
    for w in &report.warnings {
        text += &format!("warning: {w}\n");
    }
    if report.problems.is_empty() {
        text += "locales: all quality gates passed\n";
        print(out, &text)
    } else {
        for p in &report.problems {
            text += &format!("problem: {p}\n");
        }
        print(out, &text)?;
        Err(Failure::Check(Some(format!(
            "{} locale problems",
            report.problems.len()
        ))))
    }
}

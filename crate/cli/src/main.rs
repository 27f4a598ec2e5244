//! `relais`: the command-line face of the Relais core.
//!
//! ```text
//! relais scan PAGE.html [--lang LANG] [--locales DIR]     what the core recognises on a saved page, as JSON
//! relais translate [FILE] [--lang LANG] [--tsv COLUMN]     what the overlay shows per string (JSON Lines)
//! relais locales check [DIR] [--lang LANG]                quality gates and coverage table of the locales
//! relais anonymize < INPUT > OUTPUT                       anonymise each line of standard input
//! relais research aggregate FILE|DIR… --out DIR [--k N] [--max-line BYTES] [--no-message-check]
//!                                                         merge research exports: CSV tables, charts, report
//! relais journal verify BUNDLE.zip [--tsa-ca FILE] [--json]   check an evidence bundle
//! relais journal summary BUNDLE.zip                       the dossier's figures of a verified bundle
//! ```
//!
//! Exit codes: 0 ok, 1 a check failed (a broken bundle, a locale quality gate), 2 usage error or
//! unreadable input (see [`commands::EXIT_CODES`]). `relais --help` and `relais COMMAND --help`
//! describe every option. It uses the same core, the same glossary and the same locale files as
//! the extension.

mod commands;
mod files;
mod page;
mod parquet_out;
mod report;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use commands::{anonymize, journal, locales, research, scan, translate, Failure};

/// The command-line face of the Relais core: the same core, glossary and locale files as the
/// extension.
#[derive(Parser, Debug)]
#[command(
    name = "relais",
    version,
    after_help = commands::EXIT_CODES,
    args_override_self = true
)]
enum Cli {
    // The help of `scan` and `anonymize` is the doc comment of their arguments' struct.
    Scan(scan::ScanArgs),
    Translate(translate::TranslateArgs),
    /// Check the locale files: quality gates and coverage table
    #[command(subcommand)]
    Locales(locales::LocalesCommand),
    Anonymize(anonymize::AnonymizeArgs),
    /// Research exports: merge many contributors' files into tables, charts and a report
    #[command(subcommand)]
    Research(research::ResearchCommand),
    /// Evidence bundles exported from the journal page: verify one, or print its figures
    #[command(subcommand)]
    Journal(journal::JournalCommand),
}

/// Runs a parsed command line, writing its result to `out`.
fn run(cli: Cli, out: &mut dyn Write) -> Result<(), Failure> {
    match cli {
        Cli::Scan(args) => scan::run(&args, out),
        Cli::Translate(args) => translate::run(&args, out),
        Cli::Locales(command) => locales::run(&command, out),
        Cli::Anonymize(args) => anonymize::run(&args, out),
        Cli::Research(command) => research::run(&command),
        Cli::Journal(command) => journal::run(&command, out),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version (exit 0), or a usage error (exit 2).
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(commands::USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let mut stdout = io::stdout().lock();
    let result =
        run(cli, &mut stdout).and_then(|()| stdout.flush().or_else(commands::output_error));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if let Some(message) = failure.message() {
                eprintln!("relais: {message}");
            }
            ExitCode::from(failure.code())
        }
    }
}

#[cfg(test)]
mod parse_tests;

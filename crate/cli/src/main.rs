//! `relais`: the command-line face of the Relais core.
//!
//! ```text
//! relais scan PAGE.html [--lang LANG] [--locales DIR]     what the core recognises on a saved page, as JSON
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
mod report;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use commands::{anonymize, journal, locales, research, scan, Failure};

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
    Scan(scan::ScanArgs),
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
        run(cli, &mut stdout).and_then(|()| stdout.flush().map_err(commands::output_error));
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
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_command_parses() {
        for args in [
            &["scan", "page.html", "--lang", "ar", "--locales", "locales"][..],
            &["locales", "check"],
            &["locales", "check", "locales", "--lang", "uk"],
            &["anonymize"],
            &[
                "research",
                "aggregate",
                "a.jsonl",
                "dir",
                "--out",
                "o",
                "--k",
                "3",
                "--max-line",
                "2048",
                "--no-message-check",
            ],
            &["journal", "verify", "--tsa-ca", "ca.pem", "b.zip", "--json"],
            &["journal", "summary", "b.zip"],
        ] {
            let argv = std::iter::once("relais").chain(args.iter().copied());
            assert!(Cli::try_parse_from(argv).is_ok(), "{args:?}");
        }
    }

    #[test]
    fn help_and_version_are_not_errors_and_usage_errors_are() {
        use clap::error::ErrorKind;
        let kind = |args: &[&str]| {
            Cli::try_parse_from(std::iter::once("relais").chain(args.iter().copied()))
                .err()
                .map(|e| (e.kind(), e.use_stderr()))
        };
        assert_eq!(
            kind(&["--version"]),
            Some((ErrorKind::DisplayVersion, false))
        );
        for help in [
            &["--help"][..],
            &["help"],
            &["scan", "--help"],
            &["locales", "check", "--help"],
            &["anonymize", "--help"],
            &["research", "aggregate", "--help"],
            &["research", "help", "aggregate"],
            &["journal", "verify", "--help"],
            &["journal", "summary", "-h"],
        ] {
            assert_eq!(
                kind(help),
                Some((ErrorKind::DisplayHelp, false)),
                "{help:?}"
            );
        }
        for (args, expected) in [
            (
                &["scan", "p.html", "--nope"][..],
                ErrorKind::UnknownArgument,
            ),
            (&["frobnicate"], ErrorKind::InvalidSubcommand),
            (&["scan"], ErrorKind::MissingRequiredArgument),
            (&["scan", "p.html", "--lang", "xx"], ErrorKind::InvalidValue),
            (
                &["research", "aggregate", "a.jsonl"],
                ErrorKind::MissingRequiredArgument,
            ),
            (
                &["research", "aggregate", "--out", "o"],
                ErrorKind::MissingRequiredArgument,
            ),
            (
                &["research", "aggregate", "a", "--out", "o", "--k", "0"],
                ErrorKind::ValueValidation,
            ),
            (
                &[
                    "research",
                    "aggregate",
                    "a",
                    "--out",
                    "o",
                    "--max-line",
                    "100",
                ],
                ErrorKind::ValueValidation,
            ),
            (
                &["journal", "verify", "a.zip", "b.zip"],
                ErrorKind::UnknownArgument,
            ),
            (&["anonymize", "file.txt"], ErrorKind::UnknownArgument),
        ] {
            assert_eq!(kind(args), Some((expected, true)), "{args:?}");
        }
        // A command without its subcommand prints the help, on standard error, as an error.
        for args in [&[][..], &["journal"], &["research"], &["locales"]] {
            assert_eq!(kind(args).map(|k| k.1), Some(true), "{args:?}");
        }
    }

    #[test]
    fn options_keep_their_defaults() {
        let cli = Cli::try_parse_from(["relais", "research", "aggregate", "in", "--out", "o"])
            .expect("parse");
        let Cli::Research(research::ResearchCommand::Aggregate(a)) = cli else {
            panic!("not research aggregate: {cli:?}");
        };
        assert_eq!(a.k, relais_research::records::DEFAULT_K);
        assert_eq!(a.max_line, relais_research::records::DEFAULT_MAX_LINE);
        assert!(!a.no_message_check);
        let Cli::Scan(s) = Cli::try_parse_from(["relais", "scan", "p.html"]).expect("parse") else {
            panic!("not scan");
        };
        assert_eq!(s.lang, "en");
        assert_eq!(s.locales, None);
    }
}

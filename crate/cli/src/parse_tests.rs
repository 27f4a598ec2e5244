//! The command tree as clap parses it: every command and option, help and version, usage errors.

use crate::commands::research;
use crate::Cli;
use clap::CommandFactory;
use clap::Parser;

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

//! One module per command: its clap arguments (doc comments are the help text) and its `run`.
//!
//! Every `run` writes its result to `out` (standard output in `main`, a buffer in the tests) and
//! returns how it ended; `main` turns a [`Failure`] into the exit code of [`EXIT_CODES`].

pub mod anonymize;
pub mod import;
pub mod journal;
pub mod locales;
pub mod research;
pub mod scan;
pub mod translate;

use std::io::{self, Write};

use clap::builder::PossibleValuesParser;
use relais_core::locale::LANGUAGES;

/// The exit codes, as `relais --help` prints them after the commands.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  ok
  1  a check failed: journal verify or summary on a broken bundle (or a timestamp that cannot be
     checked), locales check with a quality gate failing
  2  usage error (unknown command or option, missing or bad value), or an input that cannot be
     read (page, bundle, locale folder) or an output that cannot be written";

/// Exit code 1: a check ran and did not pass.
pub const CHECK_FAILED: u8 = 1;
/// Exit code 2: wrong arguments, or an input that cannot be read (clap uses 2 for its errors too).
pub const USAGE: u8 = 2;

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// A check ran and did not pass (exit 1). What failed is already on standard output; the
    /// message, if any, sums it up on standard error.
    Check(Option<String>),
    /// Wrong arguments, or an input that cannot be read, or an output that cannot be written
    /// (exit 2). The message goes to standard error.
    Usage(String),
}

impl Failure {
    pub fn code(&self) -> u8 {
        match self {
            Failure::Check(_) => CHECK_FAILED,
            Failure::Usage(_) => USAGE,
        }
    }

    /// The line for standard error, without the `relais: ` prefix.
    pub fn message(&self) -> Option<&str> {
        match self {
            Failure::Check(m) => m.as_deref(),
            Failure::Usage(m) => Some(m),
        }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Usage(message)
    }
}

/// Writes `text` to standard output (or the test's buffer).
pub fn print(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes()).or_else(output_error)
}

/// A standard output that cannot be written is exit 2, except a closed pipe (`relais … | head`),
/// which ends quietly.
pub fn output_error(e: io::Error) -> Result<(), Failure> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(Failure::Usage(format!("writing standard output: {e}")))
    }
}

/// `--lang`: one of the extension's languages (the help lists them).
pub fn language() -> PossibleValuesParser {
    PossibleValuesParser::new(LANGUAGES.iter().copied())
}

#[cfg(test)]
pub mod testing {
    use clap::Parser;

    /// What `relais ARGS…` printed and its exit code, run in-process.
    pub struct Outcome {
        pub code: u8,
        pub out: String,
        pub err: String,
    }

    pub fn run(args: &[&str]) -> Outcome {
        let cli =
            match crate::Cli::try_parse_from(std::iter::once("relais").chain(args.iter().copied()))
            {
                Ok(c) => c,
                Err(e) => {
                    return Outcome {
                        code: if e.use_stderr() { super::USAGE } else { 0 },
                        out: String::new(),
                        err: e.to_string(),
                    }
                }
            };
        let mut out = Vec::new();
        let result = crate::run(cli, &mut out);
        let out = String::from_utf8(out).expect("UTF-8 output");
        match result {
            Ok(()) => Outcome {
                code: 0,
                out,
                err: String::new(),
            },
            Err(f) => Outcome {
                code: f.code(),
                out,
                err: f.message().unwrap_or_default().to_string(),
            },
        }
    }
}

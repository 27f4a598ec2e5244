//! `relais anonymize`: the core's anonymiser as a filter. Reads UTF-8 text on standard input,
//! one item per line, and writes each line anonymised, in order: one line out for each line in.
//! A line that is not UTF-8 is decoded with U+FFFD for the bad bytes (and a warning with its
//! line number on standard error), so the output still has one line for it.

use std::io::{self, BufRead, BufWriter, Write};

use clap::Args;
use relais_research::anonymise::anonymise;

use super::Failure;

/// Anonymise each line of standard input to standard output (the core's anonymiser as a filter)
///
/// One line out for each line in, in order. Input is UTF-8; a line that is not is decoded with
/// U+FFFD for the bad bytes, with a warning naming its line on standard error. Personal data is
/// replaced by typed placeholders ([NAME], [PHONE], [EMAIL], [NIR]…): see docs/research.md.
#[derive(Args, Debug)]
#[command(override_usage = "relais anonymize < INPUT > OUTPUT")]
pub struct AnonymizeArgs {}

pub fn run(_args: &AnonymizeArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let stdin = io::stdin().lock();
    let stdout = BufWriter::with_capacity(64 * 1024, out);
    let mut warn = |n: u64| {
        eprintln!("relais anonymize: line {n}: not UTF-8, invalid bytes replaced by U+FFFD")
    };
    filter(stdin, stdout, &mut warn)
        .map(|_| ())
        .map_err(Failure::Usage)
}

/// Anonymises `input` line by line into `output`; returns the number of lines. `\r\n` line ends
/// are written as `\n`. A closed output (a pipe to `head`) ends quietly.
pub fn filter<R: BufRead, W: Write>(
    mut input: R,
    mut output: W,
    warn: &mut dyn FnMut(u64),
) -> Result<u64, String> {
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("reading standard input: {e}")),
        }
        n += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => anonymise(s),
            Err(_) => {
                warn(n);
                anonymise(&String::from_utf8_lossy(&buf))
            }
        };
        let written = output
            .write_all(line.as_bytes())
            .and_then(|()| output.write_all(b"\n"));
        if let Err(e) = written {
            return if e.kind() == io::ErrorKind::BrokenPipe {
                Ok(n)
            } else {
                Err(format!("writing standard output: {e}"))
            };
        }
    }
    match output.flush() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(format!("writing standard output: {e}"))
        }
        _ => Ok(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_out_for_each_line_in() {
        let input = b"Tel 06 12 34 56 78\r\n\nMme Diallo\n\xff\xfe awa@gmail.com\nlast line without newline";
        let mut out = Vec::new();
        let mut bad = vec![];
        let n = filter(&input[..], &mut out, &mut |l| bad.push(l)).expect("filter");
        assert_eq!(n, 5);
        assert_eq!(bad, [4]);
        let out = String::from_utf8(out).expect("utf-8");
        assert_eq!(
            out,
            "Tel [PHONE]\n\nMme [NAME]\n\u{fffd}\u{fffd} [EMAIL]\nlast line without newline\n"
        );
    }
}

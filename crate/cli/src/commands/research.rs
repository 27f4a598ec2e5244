//! `relais research convert FILE|DIR… --parquet FILE`: the valid records as Parquet (see
//! `crate::parquet_out`).
//!
//! `relais research aggregate FILE|DIR… --out DIR [--k N] [--max-line BYTES] [--no-message-check]`:
//! merges research exports from many contributors
//! (JSON Lines or CSV, see docs/research.md) with the core's streaming engine, and writes to DIR:
//! the CSV tables, two SVG charts, `report.html`, and `issues.txt` (every line that was not
//! counted, with its file and line). A FILE may be a folder: its `.jsonl`, `.ndjson`, `.json`
//! and `.csv` files are read, in name order.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use relais_research::aggregate::{Aggregator, Options};
use relais_research::input::{Issue, IssueKind};
use relais_research::records::{DEFAULT_K, DEFAULT_MAX_LINE, MAX_DISTINCT};

use super::Failure;
use crate::parquet_out::RecordsParquet;
use crate::report::{chart_portals_svg, chart_weekly_svg, report_html};

#[derive(Subcommand, Debug)]
pub enum ResearchCommand {
    /// Merge research exports (JSON Lines or CSV) into CSV tables, two SVG charts, report.html and
    /// issues.txt (every line not counted, with its file and line)
    ///
    /// Each line is checked against the record schema; an export read twice is counted once; a
    /// cell with fewer than k distinct contributors is left out of the tables and charts. A line
    /// or file that cannot be used is listed in issues.txt and the run goes on. See
    /// docs/research.md.
    Aggregate(AggregateArgs),
    /// Write the valid records of research exports (JSON Lines or CSV) as one Parquet file, to
    /// load them in DuckDB, Spark, Trino or BigQuery
    ///
    /// One typed column per field of the record schema, then source (the file's number, in
    /// reading order), file and line: crate/research/sql/aggregate.sql uses them to count an
    /// export sent twice once, as `relais research aggregate` does. Every valid record is
    /// written, exports sent twice included; lines that are not valid records are left out
    /// and counted. See docs/research.md.
    Convert(ConvertArgs),
}

#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct ConvertArgs {
    /// Export files to read; a folder: its .jsonl, .ndjson, .json and .csv files, in name order
    #[arg(value_name = "FILE|DIR", required = true)]
    pub inputs: Vec<PathBuf>,
    /// The Parquet file to write
    #[arg(long, value_name = "FILE")]
    pub parquet: PathBuf,
    /// Longer lines are reported and skipped
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_LINE, value_parser = parse_max_line)]
    pub max_line: usize,
}

#[derive(Args, Debug)]
#[command(args_override_self = true)]
pub struct AggregateArgs {
    /// Export files to read; a folder: its .jsonl, .ndjson, .json and .csv files, in name order
    /// (a file that cannot be read is listed in issues.txt, and the others are counted)
    #[arg(value_name = "FILE|DIR", required = true)]
    pub inputs: Vec<PathBuf>,
    /// The folder to write to (made if missing)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Cells with fewer distinct contributors are suppressed
    #[arg(long, value_name = "N", default_value_t = DEFAULT_K, value_parser = parse_k)]
    pub k: u32,
    /// Longer lines are reported and skipped
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_LINE, value_parser = parse_max_line)]
    pub max_line: usize,
    /// Do not run the anonymiser again on each message (by default a message it would change is
    /// counted with a warning)
    #[arg(long)]
    pub no_message_check: bool,
    /// Distinct portals, and procedures, kept by name; later ones count as `_other` (for tests)
    #[arg(long, value_name = "N", default_value_t = MAX_DISTINCT, hide = true)]
    pub max_distinct: usize,
}

fn parse_k(v: &str) -> Result<u32, String> {
    v.parse()
        .ok()
        .filter(|&k| k >= 1)
        .ok_or_else(|| "not a whole number of at least 1".to_string())
}

fn parse_max_line(v: &str) -> Result<usize, String> {
    v.parse()
        .ok()
        .filter(|&m| m >= 1024)
        .ok_or_else(|| "not a number of bytes of at least 1024".to_string())
}

pub fn run(command: &ResearchCommand) -> Result<(), Failure> {
    match command {
        ResearchCommand::Aggregate(args) => aggregate(args),
        ResearchCommand::Convert(args) => convert(args),
    }
}

/// Issues `convert` shows on standard error (it counts all of them).
const SHOWN: usize = 20;

fn convert(args: &ConvertArgs) -> Result<(), Failure> {
    let out = &args.parquet;
    let file = File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut parquet =
        RecordsParquet::create(file).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut agg = Aggregator::new(Options {
        max_line: args.max_line,
        check_messages: false,
        ..Options::default()
    });
    let mut skipped: Vec<String> = Vec::new();
    let mut not_converted = 0u64;
    let mut sink = |i: &Issue| {
        // Exports sent twice and export id conflicts are converted: the SQL sorts them out.
        if !matches!(i.kind, IssueKind::Duplicate | IssueKind::Conflict) {
            not_converted += 1;
            if skipped.len() < SHOWN {
                skipped.push(i.to_string());
            }
        }
    };
    let mut write_error = None;
    for (index, path) in expand(&args.inputs, &mut agg, &mut sink)
        .into_iter()
        .enumerate()
    {
        let name = path.display().to_string();
        let source = i32::try_from(index).unwrap_or(i32::MAX);
        match File::open(&path) {
            Ok(f) => agg.add_source_with(
                &name,
                BufReader::with_capacity(256 * 1024, f),
                &mut sink,
                &mut |line, r| {
                    if write_error.is_none() {
                        write_error = parquet.push(source, &name, line, r).err();
                    }
                },
            ),
            Err(e) => agg.unreadable(&name, &e.to_string(), &mut sink),
        }
    }
    if let Some(e) = write_error {
        return Err(format!("{}: {e}", out.display()).into());
    }
    let rows = parquet
        .finish()
        .map_err(|e| format!("{}: {e}", out.display()))?;
    for line in &skipped {
        eprintln!("{line}");
    }
    if not_converted > skipped.len() as u64 {
        eprintln!("… and {} more", not_converted - skipped.len() as u64);
    }
    let s = agg.stats();
    eprintln!(
        "{} file(s), {} line(s): {rows} record(s) written to {} ({} of them not counted by aggregate: exports sent again, export id conflicts); {} line(s) not valid records, left out",
        s.files,
        s.lines,
        out.display(),
        rows - s.records,
        s.lines - rows - s.blank_lines - s.header_lines,
    );
    Ok(())
}

fn aggregate(args: &AggregateArgs) -> Result<(), Failure> {
    let out = &args.out;
    let inputs = &args.inputs;
    let opts = Options {
        k: args.k,
        max_line: args.max_line,
        check_messages: !args.no_message_check,
        max_distinct: args.max_distinct.max(1),
    };
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let issues_path = out.join("issues.txt");
    let mut issues = BufWriter::new(
        File::create(&issues_path).map_err(|e| format!("{}: {e}", issues_path.display()))?,
    );
    let mut write_error = None;
    let mut sink = |i: &Issue| {
        if let Err(e) = writeln!(issues, "{i}") {
            write_error.get_or_insert(e);
        }
    };
    let k = opts.k;
    let mut agg = Aggregator::new(opts);
    for path in expand(inputs, &mut agg, &mut sink) {
        let name = path.display().to_string();
        match File::open(&path) {
            Ok(f) => agg.add_source(&name, BufReader::with_capacity(256 * 1024, f), &mut sink),
            Err(e) => agg.unreadable(&name, &e.to_string(), &mut sink),
        }
    }
    let result = agg.finish();
    issues
        .flush()
        .map_err(|e| format!("{}: {e}", issues_path.display()))?;
    if let Some(e) = write_error {
        return Err(format!("{}: {e}", issues_path.display()).into());
    }
    let mut written = Vec::new();
    for t in &result.tables {
        written.push(write(out, t.id.file_name(), &t.to_csv())?);
    }
    written.push(write(
        out,
        "failures_per_week.svg",
        &chart_weekly_svg(&result),
    )?);
    written.push(write(
        out,
        "failures_per_portal.svg",
        &chart_portals_svg(&result),
    )?);
    written.push(write(out, "report.html", &report_html(&result))?);
    eprintln!("{}", result.summary());
    let dropped: u64 = result.stats.dropped.values().sum();
    if dropped > 0 || result.stats.warnings > 0 {
        eprintln!(
            "every line not counted is listed in {}",
            issues_path.display()
        );
    }
    eprintln!(
        "k = {k}; wrote {} and {}",
        written.join(", "),
        issues_path.display()
    );
    Ok(())
}

fn write(dir: &Path, name: &str, content: &str) -> Result<String, String> {
    let p = dir.join(name);
    std::fs::write(&p, content).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(p.display().to_string())
}

/// The files to read: each FILE, and the export files of each folder, in name order.
fn expand(inputs: &[PathBuf], agg: &mut Aggregator, sink: &mut dyn FnMut(&Issue)) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in inputs {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        match std::fs::read_dir(p) {
            Ok(entries) => {
                let mut files: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|f| {
                        f.is_file()
                            && f.extension()
                                .and_then(|x| x.to_str())
                                .is_some_and(|x| matches!(x, "jsonl" | "ndjson" | "json" | "csv"))
                    })
                    .collect();
                files.sort();
                out.extend(files);
            }
            Err(e) => agg.unreadable(&p.display().to_string(), &e.to_string(), sink),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::commands::testing;

    #[test]
    fn aggregates_files_into_a_folder() {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let dir = tmp.path();
        std::fs::create_dir_all(dir.join("in")).expect("mkdir");
        let mut lines = String::new();
        for c in 0..6u32 {
            lines.push_str(&format!(
                r#"{{"schema_version":1,"contributor_id":"{c:032x}","export_id":"{:032x}","portal":"anef","procedure":"naturalisation","failure_kind":"no_slot","message":"","hour_utc":"2024-03-12T08:00:00Z","weekday":"tue","attempt_count":3,"browser_family":"chrome","extension_version":"0.1.0"}}"#,
                c + 100
            ));
            lines.push('\n');
        }
        std::fs::write(dir.join("in/a.jsonl"), &lines).expect("write");
        std::fs::write(dir.join("in/b.jsonl"), &lines).expect("write");
        std::fs::write(dir.join("in/c.jsonl"), "garbage\n").expect("write");
        let out = dir.join("out");
        let o = testing::run(&[
            "research",
            "aggregate",
            &dir.join("in").display().to_string(),
            &dir.join("missing.jsonl").display().to_string(),
            "--out",
            &out.display().to_string(),
        ]);
        assert_eq!(o.code, 0, "{}", o.err);
        let csv = std::fs::read_to_string(out.join("portal_failure_week.csv")).expect("csv");
        assert_eq!(csv, "portal,failure_kind,iso_week,week_start,records,attempts,contributors\nanef,no_slot,2024-W11,2024-03-11,6,18,6\n");
        let issues = std::fs::read_to_string(out.join("issues.txt")).expect("issues");
        assert_eq!(
            issues
                .lines()
                .filter(|l| l.contains("b.jsonl:") && l.contains("duplicate export"))
                .count(),
            6,
            "{issues}"
        );
        assert!(
            issues.contains("c.jsonl:1: unreadable file: neither JSON Lines nor CSV"),
            "{issues}"
        );
        assert!(
            issues.contains("missing.jsonl: unreadable file:"),
            "{issues}"
        );
        assert!(out.join("report.html").is_file() && out.join("failures_per_week.svg").is_file());
    }

    #[test]
    fn converts_valid_records_to_parquet() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        use parquet::record::RowAccessor;

        let tmp = tempfile::tempdir().expect("temporary folder");
        let dir = tmp.path();
        let line = |c: u32, dept: &str| {
            format!(
                r#"{{"schema_version":1,"contributor_id":"{c:032x}","export_id":"{:032x}","portal":"caf","procedure":"demande-rsa","failure_kind":"session_expired","message":"Erreur \"500\"","hour_utc":"2025-12-31T23:00:00Z","weekday":"wed","departement":{dept},"attempt_count":7,"browser_family":"firefox","extension_version":"0.2.0"}}"#,
                c + 100
            )
        };
        let text = format!("{}\n\n{{broken\n{}\n", line(1, "\"2A\""), line(2, "null"));
        std::fs::write(dir.join("a.jsonl"), &text).expect("write");
        std::fs::write(dir.join("b.jsonl"), &text).expect("write");
        let out = dir.join("records.parquet");
        let o = testing::run(&[
            "research",
            "convert",
            &dir.join("a.jsonl").display().to_string(),
            &dir.join("b.jsonl").display().to_string(),
            "--parquet",
            &out.display().to_string(),
        ]);
        // Both copies of each export are written (aggregate.sql counts one); the blank and the
        // broken lines are not.
        assert_eq!(o.code, 0, "{}", o.err);
        let reader = SerializedFileReader::try_from(out.as_path()).expect("parquet");
        let fields: Vec<String> = reader
            .metadata()
            .file_metadata()
            .schema_descr()
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect();
        assert_eq!(
            fields,
            [
                "schema_version",
                "contributor_id",
                "export_id",
                "portal",
                "procedure",
                "failure_kind",
                "message",
                "hour_utc",
                "weekday",
                "departement",
                "attempt_count",
                "browser_family",
                "extension_version",
                "source",
                "file",
                "line"
            ]
        );
        let rows: Vec<_> = reader.into_iter().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 4);
        let r = &rows[3];
        assert_eq!(r.get_int(0).expect("schema_version"), 1);
        assert_eq!(r.get_string(6).expect("message"), "Erreur \"500\"");
        assert_eq!(r.get_string(2).expect("export"), &format!("{:032x}", 102));
        assert!(rows[0].get_string(9).is_ok_and(|d| d == "2A"));
        assert!(r.get_string(9).is_err(), "a missing département is null");
        assert_eq!(r.get_int(10).expect("attempts"), 7);
        assert_eq!(r.get_int(13).expect("source"), 1);
        assert!(r.get_string(14).expect("file").ends_with("b.jsonl"));
        assert_eq!(r.get_long(15).expect("line"), 4);
    }
}

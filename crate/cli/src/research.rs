//! `relais research aggregate FILES… --out DIR`: merges research exports from many contributors
//! (JSON Lines or CSV, see docs/research.md) with the core's streaming engine, and writes to DIR:
//! the CSV tables, two SVG charts, `report.html`, and `issues.txt` (every line that was not
//! counted, with its file and line). A FILE may be a folder: its `.jsonl`, `.ndjson`, `.json`
//! and `.csv` files are read, in name order.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::report::{chart_portals_svg, chart_weekly_svg, report_html};
use relais_research::aggregate::{Aggregator, Options};
use relais_research::input::Issue;
use relais_research::records::{DEFAULT_K, DEFAULT_MAX_LINE};

pub const USAGE: &str = "usage: relais research aggregate FILE|DIR… --out DIR [--k N] [--max-line BYTES] [--no-message-check]";

pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("aggregate") => aggregate(&args[1..]),
        Some("-h" | "--help") | None => {
            println!("{USAGE}\n\nk (default {DEFAULT_K}): cells with fewer distinct contributors are suppressed.\nBYTES (default {DEFAULT_MAX_LINE}): longer lines are reported and skipped.");
            Ok(())
        }
        Some(other) => Err(format!("unknown research command {other}\n{USAGE}")),
    }
}

fn aggregate(args: &[String]) -> Result<(), String> {
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut out = None;
    let mut opts = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a folder")?)),
            "--k" => {
                let v = it.next().ok_or("--k needs a number")?;
                opts.k = v
                    .parse()
                    .ok()
                    .filter(|&k| k >= 1)
                    .ok_or_else(|| format!("--k {v}: not a whole number of at least 1"))?;
            }
            "--max-line" => {
                let v = it.next().ok_or("--max-line needs a number of bytes")?;
                opts.max_line = v.parse().ok().filter(|&m| m >= 1024).ok_or_else(|| {
                    format!("--max-line {v}: not a number of bytes of at least 1024")
                })?;
            }
            "--no-message-check" => opts.check_messages = false,
            f if !f.starts_with("--") => inputs.push(PathBuf::from(f)),
            other => return Err(format!("unexpected argument {other}\n{USAGE}")),
        }
    }
    let out = out.ok_or_else(|| format!("aggregate needs --out DIR\n{USAGE}"))?;
    if inputs.is_empty() {
        return Err(format!("aggregate needs at least one file\n{USAGE}"));
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
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
    for path in expand(&inputs, &mut agg, &mut sink) {
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
        return Err(format!("{}: {e}", issues_path.display()));
    }
    let mut written = Vec::new();
    for t in &result.tables {
        written.push(write(&out, t.id.file_name(), &t.to_csv())?);
    }
    written.push(write(
        &out,
        "failures_per_week.svg",
        &chart_weekly_svg(&result),
    )?);
    written.push(write(
        &out,
        "failures_per_portal.svg",
        &chart_portals_svg(&result),
    )?);
    written.push(write(&out, "report.html", &report_html(&result))?);
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
    use super::*;

    #[test]
    fn aggregates_files_into_a_folder() {
        let dir = std::env::temp_dir().join(format!("relais-research-cli-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
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
        let args: Vec<String> = [
            "aggregate",
            &dir.join("in").display().to_string(),
            &dir.join("missing.jsonl").display().to_string(),
            "--out",
            &out.display().to_string(),
        ]
        .map(String::from)
        .to_vec();
        run(&args).expect("aggregate");
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
        let _ = std::fs::remove_dir_all(&dir);
    }
}

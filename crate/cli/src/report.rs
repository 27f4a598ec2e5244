//! Charts and the one-page HTML report of an aggregation (used only by `relais research aggregate`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use relais_research::aggregate::*;
use relais_research::input::IssueKind;
use relais_research::records::*;

// ---------------------------------------------------------------------------------------------
// Charts and report
// ---------------------------------------------------------------------------------------------

/// One colour per failure kind (colour-blind-friendly palette, then greys).
const COLOURS: [&str; 13] = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
    "#882255", "#44AA99", "#999933", "#AA4499", "#BBBBBB",
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Values to show on an axis up to `max`: 0, then round steps.
fn ticks(max: u64) -> Vec<u64> {
    if max == 0 {
        return vec![0];
    }
    let raw = max as f64 / 5.0;
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(mag * 10.0)
        .max(1.0) as u64;
    (0..=max.div_ceil(step)).map(|i| i * step).collect()
}

fn fmt_n(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && matches!((s.len() - i) % 3, 0) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

fn legend(svg: &mut String, x: f64, y: f64, kinds: &[usize]) {
    for (row, &k) in kinds.iter().enumerate() {
        let yy = y + row as f64 * 20.0;
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{yy}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="12">{}</text>"#,
            COLOURS[k],
            x + 18.0,
            yy + 11.0,
            FailureKind::ALL[k].as_str()
        );
    }
}

/// Records per ISO week, stacked by failure kind (published cells of the portal × kind × week
/// table, all portals together).
pub fn chart_weekly_svg(agg: &Aggregate) -> String {
    let mut weeks: BTreeMap<String, [u64; 13]> = BTreeMap::new();
    if let Some(t) = agg.table(TableId::PortalWeek) {
        for r in &t.rows {
            let k = FailureKind::ALL
                .iter()
                .position(|f| f.as_str() == r.keys[1])
                .unwrap_or(12);
            weeks.entry(r.keys[2].clone()).or_insert([0; 13])[k] += r.records;
        }
    }
    let (w, h) = (960.0, 440.0);
    let (left, right, top, bottom) = (70.0, 190.0, 50.0, 70.0);
    let pw = w - left - right;
    let ph = h - top - bottom;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, sans-serif" role="img" aria-label="Failures per week and kind"><rect width="100%" height="100%" fill="#fff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="{left}" y="28" font-size="18" font-weight="600">Failures per ISO week, by kind</text><text x="{left}" y="44" font-size="12" fill="#555">Records in published cells (k = {}), all portals</text>"##,
        agg.k
    );
    let max = weeks
        .values()
        .map(|v| v.iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    let t = ticks(max);
    let top_value = *t.last().unwrap_or(&1).max(&1) as f64;
    for v in &t {
        let y = top + ph - (*v as f64 / top_value) * ph;
        let _ = write!(
            svg,
            r##"<line x1="{left}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" font-size="11" text-anchor="end" fill="#333">{}</text>"##,
            left + pw,
            left - 6.0,
            y + 4.0,
            fmt_n(*v)
        );
    }
    let n = weeks.len().max(1) as f64;
    let slot = pw / n;
    let bar = (slot * 0.8).max(1.0);
    let label_every = ((n / 16.0).ceil() as usize).max(1);
    for (i, (week, counts)) in weeks.iter().enumerate() {
        let x = left + i as f64 * slot + (slot - bar) / 2.0;
        let mut y = top + ph;
        for (k, &c) in counts.iter().enumerate() {
            if c == 0 {
                continue;
            }
            let hh = c as f64 / top_value * ph;
            y -= hh;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bar:.1}" height="{hh:.1}" fill="{}"><title>{week} {}: {c}</title></rect>"#,
                COLOURS[k],
                FailureKind::ALL[k].as_str()
            );
        }
        if i % label_every == 0 {
            let cx = x + bar / 2.0;
            let _ = write!(
                svg,
                r#"<text x="{cx:.1}" y="{:.1}" font-size="11" text-anchor="end" transform="rotate(-45 {cx:.1} {:.1})">{}</text>"#,
                top + ph + 14.0,
                top + ph + 14.0,
                esc(week)
            );
        }
    }
    if weeks.is_empty() {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="14" text-anchor="middle" fill="#555">No published cell (every cell has fewer than k contributors)</text>"##,
            left + pw / 2.0,
            top + ph / 2.0
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{left}" x2="{}" y1="{}" y2="{}" stroke="#333"/>"##,
        left + pw,
        top + ph,
        top + ph
    );
    let present: Vec<usize> = (0..13)
        .filter(|&k| weeks.values().any(|v| v[k] > 0))
        .collect();
    legend(&mut svg, w - right + 20.0, top, &present);
    svg.push_str("</svg>\n");
    svg
}

/// Records per portal (the 15 largest), stacked by failure kind, from the published cells of
/// the procedure table.
pub fn chart_portals_svg(agg: &Aggregate) -> String {
    let mut portals: BTreeMap<String, [u64; 13]> = BTreeMap::new();
    if let Some(t) = agg.table(TableId::Procedure) {
        for r in &t.rows {
            let k = FailureKind::ALL
                .iter()
                .position(|f| f.as_str() == r.keys[2])
                .unwrap_or(12);
            portals.entry(r.keys[0].clone()).or_insert([0; 13])[k] += r.records;
        }
    }
    let mut rows: Vec<(String, [u64; 13])> = portals.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1.iter()
            .sum::<u64>()
            .cmp(&a.1.iter().sum::<u64>())
            .then(a.0.cmp(&b.0))
    });
    rows.truncate(15);
    let (left, right, top) = (170.0, 190.0, 56.0);
    let w = 960.0;
    let row_h = 26.0;
    let kinds_shown = (0..13).filter(|&k| rows.iter().any(|r| r.1[k] > 0)).count();
    let h =
        (top + rows.len().max(1) as f64 * row_h + 50.0).max(top + kinds_shown as f64 * 20.0 + 10.0);
    // Room on the right of the longest bar for its total.
    let pw = w - left - right - 70.0;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, sans-serif" role="img" aria-label="Failures per portal and kind"><rect width="100%" height="100%" fill="#fff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="20" y="28" font-size="18" font-weight="600">Failures per portal, by kind</text><text x="20" y="44" font-size="12" fill="#555">Records in published cells (k = {}), largest portals</text>"##,
        agg.k
    );
    let max = rows
        .iter()
        .map(|r| r.1.iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    let t = ticks(max);
    let top_value = *t.last().unwrap_or(&1).max(&1) as f64;
    let bottom = top + rows.len().max(1) as f64 * row_h;
    for v in &t {
        let x = left + *v as f64 / top_value * pw;
        let _ = write!(
            svg,
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{top}" y2="{bottom}" stroke="#ddd"/><text x="{x:.1}" y="{}" font-size="11" text-anchor="middle" fill="#333">{}</text>"##,
            bottom + 16.0,
            fmt_n(*v)
        );
    }
    for (i, (name, counts)) in rows.iter().enumerate() {
        let y = top + i as f64 * row_h + 4.0;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{:.1}" font-size="13" text-anchor="end">{}</text>"#,
            left - 8.0,
            y + 13.0,
            esc(name)
        );
        let mut x = left;
        for (k, &c) in counts.iter().enumerate() {
            if c == 0 {
                continue;
            }
            let ww = c as f64 / top_value * pw;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{ww:.1}" height="{}" fill="{}"><title>{} {}: {c}</title></rect>"#,
                row_h - 8.0,
                COLOURS[k],
                esc(name),
                FailureKind::ALL[k].as_str()
            );
            x += ww;
        }
        let total: u64 = counts.iter().sum();
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#333">{}</text>"##,
            x + 4.0,
            y + 13.0,
            fmt_n(total)
        );
    }
    if rows.is_empty() {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="14" text-anchor="middle" fill="#555">No published cell</text>"##,
            left + pw / 2.0,
            top + 16.0
        );
    }
    let present: Vec<usize> = (0..13)
        .filter(|&k| rows.iter().any(|r| r.1[k] > 0))
        .collect();
    legend(&mut svg, w - right + 20.0, top, &present);
    svg.push_str("</svg>\n");
    svg
}

/// The one-page HTML report: what was read, what was dropped and why, the charts, the largest
/// cells of each table, how suppression works. Self-contained (charts inline, no script).
pub fn report_html(agg: &Aggregate) -> String {
    let s = &agg.stats;
    let mut h = String::new();
    h.push_str(r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Relais research aggregate</title><style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:24px;color:#1b1b1b;line-height:1.45}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.muted{color:#555}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.card{border:1px solid #ccc;border-radius:6px;padding:10px 14px;min-width:140px}
.card b{display:block;font-size:24px}table{border-collapse:collapse;font-size:14px;margin:8px 0}th,td{border-bottom:1px solid #e3e3e3;padding:4px 10px;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{background:#f3f3f3;padding:1px 4px;border-radius:3px}svg{max-width:100%;height:auto;border:1px solid #eee}
.issues li{font-family:ui-monospace,monospace;font-size:13px}
</style></head><body>
<h1>Relais research aggregate</h1>
"#);
    let _ = writeln!(
        h,
        r#"<p class="muted">Failures met by people on French administrative portals, as reported by the contributors of the Relais extension. Cells with fewer than <b>k = {}</b> distinct contributors are suppressed.</p>"#,
        agg.k
    );
    let dropped: u64 = s.dropped.values().sum();
    h.push_str(r#"<div class="cards">"#);
    for (label, v) in [
        ("records counted", s.records),
        ("attempts", s.attempts),
        ("contributors", s.contributors),
        ("exports", s.exports),
        ("files read", s.files),
        ("lines not counted", dropped),
    ] {
        let _ = write!(h, r#"<div class="card"><b>{}</b>{label}</div>"#, fmt_n(v));
    }
    h.push_str("</div>\n");
    h.push_str("<h2>Charts</h2>\n");
    h.push_str(&chart_weekly_svg(agg));
    h.push_str(&chart_portals_svg(agg));
    h.push_str("<h2>What was read</h2>\n<table><tr><th>Lines</th><th class=n>count</th></tr>");
    let _ = write!(h, "<tr><td>lines read</td><td class=n>{}</td></tr><tr><td>blank lines</td><td class=n>{}</td></tr><tr><td>records counted</td><td class=n>{}</td></tr>", fmt_n(s.lines), fmt_n(s.blank_lines), fmt_n(s.records));
    for k in IssueKind::ALL {
        if let Some(n) = s.dropped.get(&k) {
            let _ = write!(
                h,
                "<tr><td>not counted: {}</td><td class=n>{}</td></tr>",
                k.as_str(),
                fmt_n(*n)
            );
        }
    }
    if s.warnings > 0 {
        let _ = write!(
            h,
            "<tr><td>counted, message warning</td><td class=n>{}</td></tr>",
            fmt_n(s.warnings)
        );
    }
    h.push_str("</table>\n");
    for note in &agg.notes {
        let _ = writeln!(h, "<p><b>Note:</b> {}</p>", esc(note));
    }
    for t in &agg.tables {
        let _ = writeln!(h, "<h2>{}</h2>", esc(t.id.title()));
        let _ = writeln!(
            h,
            r#"<p class="muted">File <code>{}</code>: {} cell(s) published; {} cell(s) holding {} record(s) suppressed. Largest cells:</p>"#,
            t.id.file_name(),
            fmt_n(t.rows.len() as u64),
            fmt_n(t.suppressed_cells),
            fmt_n(t.suppressed_records)
        );
        let mut top: Vec<&Row> = t.rows.iter().collect();
        top.sort_by(|a, b| b.records.cmp(&a.records).then(a.keys.cmp(&b.keys)));
        top.truncate(10);
        h.push_str("<table><tr>");
        for c in t.id.key_columns() {
            let _ = write!(h, "<th>{c}</th>");
        }
        h.push_str(
            "<th class=n>records</th><th class=n>attempts</th><th class=n>contributors</th></tr>",
        );
        for r in top {
            h.push_str("<tr>");
            for k in &r.keys {
                let _ = write!(h, "<td>{}</td>", esc(k));
            }
            let contributors = if r.contributors >= CONTRIBUTOR_CAP as u64 {
                format!("≥ {}", fmt_n(r.contributors))
            } else {
                fmt_n(r.contributors)
            };
            let _ = write!(
                h,
                "<td class=n>{}</td><td class=n>{}</td><td class=n>{contributors}</td></tr>",
                fmt_n(r.records),
                fmt_n(r.attempts)
            );
        }
        h.push_str("</table>\n");
    }
    h.push_str("<h2>Problems found in the input</h2>\n");
    if agg.first_issues.is_empty() {
        h.push_str("<p>None: every line was a valid record.</p>\n");
    } else {
        let _ = writeln!(
            h,
            r#"<p class="muted">The first {} are listed; all of them are in <code>issues.txt</code>.</p><ul class="issues">"#,
            agg.first_issues.len()
        );
        for i in &agg.first_issues {
            let _ = write!(h, "<li>{}</li>", esc(&i.to_string()));
        }
        h.push_str("</ul>\n");
    }
    let _ = writeln!(
        h,
        r#"<h2>Method</h2><ul><li>Each line is checked against the record schema (version {SCHEMA_VERSION}); lines that fail are listed above with their file and line, and not counted.</li><li>An export sent twice (same <code>export_id</code>) is counted once.</li><li>A cell is published only when at least k = {} distinct contributors are in it; <code>contributors</code> is exact up to {CONTRIBUTOR_CAP} and shows {CONTRIBUTOR_CAP} above.</li><li>Messages are never published. Times are rounded to the hour (UTC) by the extension.</li></ul><p class="muted">Sources: {} file(s). See <code>docs/research.md</code> for the schema and how to load the CSV files.</p></body></html>"#,
        agg.k,
        agg.sources.len()
    );
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_and_charts_render() {
        let mut text = String::new();
        for c in 0..40u64 {
            for h in 0..20u64 {
                let kind = FailureKind::ALL[((c + h) % 13) as usize];
                let portal = ["anef", "caf", "ameli", "impots"][(c % 4) as usize];
                let (hour_utc, weekday) = hour_of_unix(1_710_115_200 + (h as i64) * 30 * 3600);
                let r = ResearchRecord {
                    schema_version: SCHEMA_VERSION,
                    contributor_id: format!("{:032x}", c + 1),
                    export_id: format!("{:032x}", 1_000_000 + c),
                    portal: portal.into(),
                    procedure: "titre-sejour-renouvellement".into(),
                    failure_kind: kind,
                    message: "Aucun créneau n'est disponible.".into(),
                    hour_utc,
                    weekday,
                    departement: Some("93".into()),
                    attempt_count: 2,
                    browser_family: BrowserFamily::Firefox,
                    extension_version: "0.1.0".into(),
                };
                text += &(r.to_json_line() + "\n");
            }
        }
        let run = |bytes: &[u8], k: u32| {
            let mut agg = Aggregator::new(Options {
                k,
                ..Options::default()
            });
            agg.add_source("r.jsonl", std::io::Cursor::new(bytes.to_vec()), &mut |_| {});
            agg.finish()
        };
        let a = run(text.as_bytes(), 2);
        let html = report_html(&a);
        assert!(html.starts_with("<!doctype html>") && html.trim_end().ends_with("</html>"));
        for needle in [
            "Relais research aggregate",
            "Failures per ISO week",
            "Failures per portal",
            "k = 2",
            "portal_failure_week.csv",
            "<svg",
        ] {
            assert!(html.contains(needle), "{needle}");
        }
        for svg in [chart_weekly_svg(&a), chart_portals_svg(&a)] {
            assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
            assert!(svg.contains("no_slot"));
        }
        // Nothing published: the charts say so instead of drawing nothing.
        let empty = run(b"", 5);
        assert!(chart_weekly_svg(&empty).contains("No published cell"));
        assert!(report_html(&empty).contains("None: every line was a valid record."));
    }
}

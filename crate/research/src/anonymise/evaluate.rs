//! Scores of the anonymiser on an annotated corpus (`crate/research/tests/data/pii/`), shared by
//! the corpus test and the research bench.
//!
//! Format: one item per line; personal data annotated inline as `⟦KIND|text⟧` (KIND a
//! [`PiiKind`] label); lines starting with `#` are comments, and a `## name` comment starts a
//! section (a family of templates) whose figures are also given apart.
//!
//! - **Recall**: an expected span is recalled when every letter and digit of it is covered by
//!   detected spans (whatever their kind): that piece of data does not survive.
//! - **Keep rate**: the share of the letters and digits outside expected spans that no detected
//!   span covers: the text that is not personal data and comes out untouched. The same share is
//!   also counted in words (runs of letters and digits wholly outside expected spans).
//! - **Precision**: a detected span is correct when it overlaps an expected span and every letter
//!   and digit it covers lies inside expected spans.

use std::collections::BTreeMap;

use super::{anonymise, find_pii, PiiKind, PiiSpan};

/// One line of an annotated corpus.
#[derive(Debug, Clone)]
pub struct Item {
    /// 1-based line number in the corpus file.
    pub line: usize,
    /// The `## name` section the line belongs to (empty before the first one).
    pub section: String,
    pub input: String,
    /// The input with each expected span replaced by its placeholder.
    pub expected_output: String,
    pub spans: Vec<PiiSpan>,
}

/// Parses an annotated corpus; an error names the line.
pub fn parse(corpus: &str) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    let mut section = String::new();
    for (n, raw) in corpus.lines().enumerate() {
        if let Some(s) = raw.strip_prefix("## ") {
            section = s.trim().to_string();
            continue;
        }
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut input = String::new();
        let mut expected_output = String::new();
        let mut spans = Vec::new();
        let mut rest = raw;
        while let Some(open) = rest.find('⟦') {
            input.push_str(&rest[..open]);
            expected_output.push_str(&rest[..open]);
            let after = &rest[open + '⟦'.len_utf8()..];
            let close = after
                .find('⟧')
                .ok_or_else(|| format!("line {}: unclosed ⟦", n + 1))?;
            let (label, text) = after[..close]
                .split_once('|')
                .ok_or_else(|| format!("line {}: missing | in annotation", n + 1))?;
            let kind = PiiKind::from_label(label)
                .ok_or_else(|| format!("line {}: unknown kind {label}", n + 1))?;
            spans.push(PiiSpan {
                start: input.len(),
                end: input.len() + text.len(),
                kind,
            });
            input.push_str(text);
            expected_output.push_str(kind.placeholder());
            rest = &after[close + '⟧'.len_utf8()..];
        }
        input.push_str(rest);
        expected_output.push_str(rest);
        items.push(Item {
            line: n + 1,
            section: section.clone(),
            input,
            expected_output,
            spans,
        });
    }
    Ok(items)
}

fn inside(i: usize, by: &[PiiSpan]) -> bool {
    by.iter().any(|s| s.start <= i && i < s.end)
}

/// Whether every letter and digit of `text[start..end]` lies inside one of `by`.
pub fn covered(text: &str, start: usize, end: usize, by: &[PiiSpan]) -> bool {
    text[start..end]
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .all(|(i, _)| inside(start + i, by))
}

/// Counts for one kind of data.
#[derive(Debug, Default, Clone)]
pub struct KindScore {
    pub expected: usize,
    pub recalled: usize,
    /// Expected spans overlapped by a detected span of their own kind.
    pub typed: usize,
    pub detected: usize,
    pub correct: usize,
}

/// Recall and keep counts of a part of the corpus.
#[derive(Debug, Default, Clone)]
pub struct Share {
    pub expected: usize,
    pub recalled: usize,
    /// Letters and digits outside expected spans, and those left untouched.
    pub other_chars: usize,
    pub kept_chars: usize,
    /// Words outside expected spans, and those left untouched.
    pub other_words: usize,
    pub kept_words: usize,
    /// Lines without personal data, and those left exactly as they were.
    pub clean_lines: usize,
    pub clean_kept: usize,
}

impl Share {
    pub fn recall(&self) -> f64 {
        ratio(self.recalled, self.expected)
    }

    pub fn keep_rate(&self) -> f64 {
        ratio(self.kept_chars, self.other_chars)
    }

    pub fn keep_rate_words(&self) -> f64 {
        ratio(self.kept_words, self.other_words)
    }

    fn add(&mut self, o: &Share) {
        self.expected += o.expected;
        self.recalled += o.recalled;
        self.other_chars += o.other_chars;
        self.kept_chars += o.kept_chars;
        self.other_words += o.other_words;
        self.kept_words += o.kept_words;
        self.clean_lines += o.clean_lines;
        self.clean_kept += o.clean_kept;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of a corpus.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub items: usize,
    /// Lines whose output is exactly the expected one.
    pub exact: usize,
    pub all: Share,
    pub by_kind: BTreeMap<PiiKind, KindScore>,
    /// By `## section`, in the order of the corpus.
    pub by_section: Vec<(String, Share)>,
    pub misses: Vec<String>,
    pub false_positives: Vec<String>,
}

impl Scores {
    pub fn recall(&self) -> f64 {
        self.all.recall()
    }

    pub fn keep_rate(&self) -> f64 {
        self.all.keep_rate()
    }

    pub fn precision(&self) -> f64 {
        let (d, c) = self
            .by_kind
            .values()
            .fold((0, 0), |(d, c), k| (d + k.detected, c + k.correct));
        ratio(c, d)
    }

    /// One line: recall, keep rate (letters and digits, and words), precision.
    pub fn summary(&self) -> String {
        format!(
            "recall {:.4} ({}/{}), keep rate {:.4} (words {:.4}), precision {:.4}, lines without personal data kept intact {}/{}",
            self.recall(),
            self.all.recalled,
            self.all.expected,
            self.keep_rate(),
            self.all.keep_rate_words(),
            self.precision(),
            self.all.clean_kept,
            self.all.clean_lines
        )
    }

    /// The full table: by kind, by section, then every miss and false positive.
    pub fn table(&self, title: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "    -".to_string()
            } else {
                format!("{:5.1}", 100.0 * a as f64 / b as f64)
            }
        };
        let mut t = format!(
            "\n{title}: {} items ({} without personal data)\n{}\n",
            self.items,
            self.all.clean_lines,
            self.summary()
        );
        t.push_str("kind            expected  recall%  typed%  detected  precision%\n");
        for (k, r) in &self.by_kind {
            t.push_str(&format!(
                "{:<15} {:>8}  {:>7}  {:>6}  {:>8}  {:>10}\n",
                k.label(),
                r.expected,
                pct(r.recalled, r.expected),
                pct(r.typed, r.expected),
                r.detected,
                pct(r.correct, r.detected)
            ));
        }
        if self.by_section.len() > 1 {
            t.push_str(
                "section              expected  recall%  keep%  keep%(words)  clean lines kept\n",
            );
            for (s, r) in &self.by_section {
                t.push_str(&format!(
                    "{:<20} {:>8}  {:>7}  {:>5}  {:>12}  {:>7}/{}\n",
                    s,
                    r.expected,
                    pct(r.recalled, r.expected),
                    pct(r.kept_chars, r.other_chars),
                    pct(r.kept_words, r.other_words),
                    r.clean_kept,
                    r.clean_lines
                ));
            }
        }
        t.push_str(&format!(
            "lines exactly as expected: {}/{}\n",
            self.exact, self.items
        ));
        for m in &self.misses {
            t.push_str(&format!("  missed:         {m}\n"));
        }
        for f in &self.false_positives {
            t.push_str(&format!("  false positive: {f}\n"));
        }
        t
    }
}

fn close_word(share: &mut Share, other: bool, touched: bool) {
    if other {
        share.other_words += 1;
        if !touched {
            share.kept_words += 1;
        }
    }
}

/// Runs the anonymiser on every item and scores it.
pub fn score(items: &[Item]) -> Scores {
    let mut s = Scores {
        items: items.len(),
        ..Scores::default()
    };
    for it in items {
        let found = find_pii(&it.input);
        let mut share = Share::default();
        for e in &it.spans {
            let row = s.by_kind.entry(e.kind).or_default();
            row.expected += 1;
            share.expected += 1;
            if covered(&it.input, e.start, e.end, &found) {
                row.recalled += 1;
                share.recalled += 1;
            } else {
                s.misses.push(format!(
                    "line {}: {} {:?}",
                    it.line,
                    e.kind.label(),
                    &it.input[e.start..e.end]
                ));
            }
            if found
                .iter()
                .any(|d| d.kind == e.kind && d.start < e.end && e.start < d.end)
            {
                row.typed += 1;
            }
        }
        for d in &found {
            let row = s.by_kind.entry(d.kind).or_default();
            row.detected += 1;
            let overlaps = it.spans.iter().any(|e| d.start < e.end && e.start < d.end);
            if overlaps && covered(&it.input, d.start, d.end, &it.spans) {
                row.correct += 1;
            } else {
                s.false_positives.push(format!(
                    "line {}: {} {:?}",
                    it.line,
                    d.kind.label(),
                    &it.input[d.start..d.end]
                ));
            }
        }
        // Keep rate: letters and digits, and words, outside the expected spans.
        let mut word_other = false;
        let mut word_touched = false;
        let mut in_word = false;
        for (i, c) in it.input.char_indices() {
            if c.is_alphanumeric() {
                let expected = inside(i, &it.spans);
                let detected = inside(i, &found);
                if !expected {
                    share.other_chars += 1;
                    if !detected {
                        share.kept_chars += 1;
                    }
                }
                if !in_word {
                    in_word = true;
                    word_other = true;
                    word_touched = false;
                }
                word_other &= !expected;
                word_touched |= detected;
            } else if in_word {
                in_word = false;
                close_word(&mut share, word_other, word_touched);
            }
        }
        if in_word {
            close_word(&mut share, word_other, word_touched);
        }
        let out = anonymise(&it.input);
        if out == it.expected_output {
            s.exact += 1;
        }
        if it.spans.is_empty() {
            share.clean_lines += 1;
            if out == it.input {
                share.clean_kept += 1;
            }
        }
        s.all.add(&share);
        match s.by_section.last_mut() {
            Some((name, sec)) if *name == it.section => sec.add(&share),
            _ => s.by_section.push((it.section.clone(), share)),
        }
    }
    s
}

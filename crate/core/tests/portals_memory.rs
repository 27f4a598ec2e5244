//! The translation memory's data (`locales/{fr,en}/portals.ftl`) and the sense corpus
//! (`tests/data/senses/cases.tsv`), checked as data: both Fluent files parse, have the same ids in
//! the same order, the French carries `.origin` and `.kind`, each English uses exactly the
//! French's variables, and no entry is a held-back démarches-simplifiées test string
//! (`tests/data/portal-strings/ds-split.tsv`), nor has one as a sentence (the memory finds each
//! sentence of a longer entry alone). The sense corpus is well formed and names real
//! concepts; how many of its cases today's matcher satisfies is printed, not enforced (sense
//! rules come later, issue 12).

use std::collections::{BTreeSet, HashSet};

use fluent_syntax::ast;
use relais_core::glossary::Glossary;
use relais_core::text;
use relais_core::units::split_sentences;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

struct Msg {
    id: String,
    vars: BTreeSet<String>,
    attrs: Vec<String>,
}

fn vars_of(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                vars_of(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn messages(path: &str) -> Vec<Msg> {
    let src = read(path);
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, e)| panic!("{path}: {:?}", e.first()));
    res.body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_of(v, &mut vars);
                }
                Some(Msg {
                    id: m.id.name.to_string(),
                    vars,
                    attrs: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                })
            }
            _ => None,
        })
        .collect()
}

/// Folded French with every `{ $x }` as one token `var` (tools/meaning/fold.py: fold_key).
fn fold_key(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("{ $") {
        out.push_str(&rest[..i]);
        match rest[i..].find('}') {
            Some(j) => {
                out.push_str(" VAR ");
                rest = &rest[i + j + 1..];
            }
            None => {
                rest = &rest[i..];
                break;
            }
        }
    }
    out.push_str(rest);
    text::fold(&out)
}

fn tsv(path: &str) -> Vec<Vec<String>> {
    read(path)
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn memory_files_agree_and_hold_no_test_string() {
    let fr = messages("locales/fr/portals.ftl");
    let en = messages("locales/en/portals.ftl");
    assert!(fr.len() >= 500, "the memory has {} entries", fr.len());
    assert_eq!(fr.len(), en.len(), "same number of entries");
    for (f, e) in fr.iter().zip(&en) {
        assert_eq!(f.id, e.id, "same ids in the same order");
        assert!(f.id.starts_with("tm-"), "{}: ids start with tm-", f.id);
        assert!(
            f.attrs.contains(&"origin".to_string()) && f.attrs.contains(&"kind".to_string()),
            "{}: .origin and .kind",
            f.id
        );
        assert_eq!(
            f.vars, e.vars,
            "{}: the English uses exactly the French variables",
            f.id
        );
    }
    // No French value is a held-back test string, nor any sentence of one.
    let split: std::collections::HashMap<String, String> =
        tsv("tests/data/portal-strings/ds-split.tsv")
            .into_iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect();
    let test: HashSet<String> = tsv("tests/data/portal-strings/ds.tsv")
        .into_iter()
        .filter(|r| split.get(&r[0]).map(String::as_str) == Some("test"))
        .map(|r| fold_key(&r[4]))
        .collect();
    assert!(test.len() > 200, "the held-back set is read");
    let src = read("locales/fr/portals.ftl");
    for line in src.lines().filter(|l| l.starts_with("tm-")) {
        let value = line.split_once(" = ").map(|x| x.1).unwrap_or("");
        assert!(
            !test.contains(&fold_key(value)),
            "held-back test string in the memory: {line}"
        );
        for sentence in split_sentences(value) {
            assert!(
                !test.contains(&fold_key(sentence)),
                "held-back test string as a sentence of a memory entry: {sentence:?} in {line}"
            );
        }
    }
    println!("translation memory: {} entries, fr and en agree", fr.len());
}

/// Each `##` heading of a memory file with the id of the first entry under it.
fn headings(path: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut pending: Option<String> = None;
    for line in read(path).lines() {
        if let Some(h) = line.strip_prefix("## ") {
            pending = Some(h.to_string());
        } else if let Some((id, _)) = line.split_once(" = ").filter(|_| line.starts_with("tm-")) {
            if let Some(h) = pending.take() {
                out.push((h, id.to_string()));
            }
        }
    }
    out
}

/// Every translation of the memory (`locales/<lang>/portals.ftl`) keeps the French master's order
/// and its `##` groups, so that a reviewer reads them side by side (the ids and variables
/// themselves are the `relais locales check` gate, `quality::check_portals`).
#[test]
fn memory_translations_keep_the_master_order_and_groups() {
    let fr = messages("locales/fr/portals.ftl");
    let position: std::collections::HashMap<&str, usize> = fr
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let fr_groups = headings("locales/fr/portals.ftl");
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(format!("{ROOT}/locales")).expect("locales") {
        let lang = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        let path = format!("locales/{lang}/portals.ftl");
        if lang == "fr" || !std::path::Path::new(&format!("{ROOT}/{path}")).exists() {
            continue;
        }
        let mut last = None;
        for m in messages(&path) {
            let Some(&i) = position.get(m.id.as_str()) else {
                continue; // not an entry of the master: the quality gate says so
            };
            assert!(
                last.is_none_or(|l| i > l),
                "{path}: {} is out of the master's order",
                m.id
            );
            last = Some(i);
        }
        let complete = messages(&path).len() == fr.len();
        if complete {
            assert_eq!(
                headings(&path),
                fr_groups,
                "{path}: the same ## groups as the master"
            );
        }
        checked.push(lang);
    }
    checked.sort();
    println!(
        "memory translations in the master's order: {}",
        checked.join(", ")
    );
}

#[test]
fn sense_corpus_is_well_formed() {
    let g = Glossary::from_ftl(&read("locales/fr/glossary.ftl"), "glossary.ftl").expect("glossary");
    let rows = tsv("crate/core/tests/data/senses/cases.tsv");
    let (mut absent, mut present, mut ok_absent, mut ok_present) = (0, 0, 0, 0);
    for r in &rows {
        assert_eq!(r.len(), 4, "text, concept, expect, note: {r:?}");
        let idx = g
            .index_of(&r[1])
            .unwrap_or_else(|| panic!("unknown concept {}", r[1]));
        assert!(!r[3].trim().is_empty(), "every case has a note: {r:?}");
        let shown = g.find(&r[0]).iter().any(|m| m.concept == idx);
        match r[2].as_str() {
            "absent" => {
                absent += 1;
                ok_absent += usize::from(!shown);
            }
            "present" => {
                present += 1;
                ok_present += usize::from(shown);
            }
            other => panic!("expect must be absent or present, not {other}"),
        }
    }
    assert!(
        absent >= 80 && present >= 40,
        "{absent} absent, {present} present cases"
    );
    println!("senses today: absent cases satisfied {ok_absent}/{absent}, present cases {ok_present}/{present}");
}

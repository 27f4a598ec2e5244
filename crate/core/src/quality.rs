//! Quality gates for the locale data, shared by `relais locales check` and the test suite.
//!
//! What a gate refuses is a defect a person would see: a concept with no text in their language
//! and no declared fallback, a translation identical to the French that nobody said is a proper
//! noun, an interface string that lost its `{ $placeable }`, an explanation too long to read.

use std::collections::{BTreeMap, BTreeSet};

use crate::ftl::{self, FtlEntry};
use crate::glossary::{Glossary, CONCEPT_PREFIX};
use crate::locale::{self, LocaleMeta};

/// Plain-language limits for the French explanations (FALC style).
pub const MAX_WORDS_PER_SENTENCE: usize = 25;
pub const MAX_SENTENCES: usize = 3;
/// A translated explanation longer than this many characters is too long to read on a label.
pub const MAX_TRANSLATED_CHARS: usize = 450;

/// The files of one language, read but not yet judged.
pub struct LocaleFiles {
    pub meta: LocaleMeta,
    pub glossary: Vec<FtlEntry>,
    /// Interface message id → its variables (`$count`…).
    pub ui: BTreeMap<String, BTreeSet<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    pub lang: String,
    pub concepts: usize,
    pub translated: usize,
    pub declared_missing: usize,
    pub reviewed: usize,
    pub explained: usize,
}

#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    /// What does not fail the check but must be looked at (a source checked over a year ago).
    pub warnings: Vec<String>,
    pub coverage: Vec<CoverageRow>,
    /// The sources of the master's facts ([`crate::facts`]), when checked.
    pub facts: Option<crate::facts::Report>,
}

/// Reads an interface file into id → variables.
pub fn ui_variables(
    source: &str,
    file: &str,
) -> Result<BTreeMap<String, BTreeSet<String>>, crate::LocaleError> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errs)| {
        let e = errs.first();
        crate::LocaleError::syntax(
            file,
            e.map(|e| {
                source[..e.pos.start.min(source.len())]
                    .matches('\n')
                    .count()
                    + 1
            })
            .unwrap_or(1),
            e.map(|e| e.kind.to_string()).unwrap_or_default(),
        )
    })?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_variables(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    Ok(out)
}

/// The variables a pattern uses, inside selectors and their variants too: `{ $count -> [one] …
/// *[other] { $count } … }` keeps `$count` as much as a plain `{ $count }` does.
fn pattern_variables(p: &fluent_syntax::ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    use fluent_syntax::ast;
    fn inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, vars)
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, vars);
                }
                for a in &arguments.named {
                    inline(&a.value, vars);
                }
            }
            _ => {}
        }
    }
    fn expression_variables(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, vars),
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    pattern_variables(&v.value, vars);
                }
            }
        }
    }
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_variables(expression, vars);
        }
    }
}

/// Sentences end with `.`, `!` or `?` followed by a space or the end (`impots.gouv.fr` is one word).
fn sentences(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        let at_end = chars.get(i + 1).is_none_or(|&(_, n)| n.is_whitespace());
        if matches!(c, '.' | '!' | '?') && at_end {
            out.push(s[start..pos].trim());
            start = pos + c.len_utf8();
        }
    }
    out.push(s[start..].trim());
    out.retain(|x| x.chars().any(char::is_alphabetic));
    out
}

/// Judges the master and every translation. `reference_ui` is the English interface file.
pub fn check(
    master: &Glossary,
    reference_ui: &BTreeMap<String, BTreeSet<String>>,
    locales: &[LocaleFiles],
) -> Report {
    let mut r = Report::default();
    for d in &master.diagnostics {
        r.problems
            .push(format!("fr/glossary.ftl line {}: {}", d.line, d.message));
    }
    for c in master.concepts() {
        match &c.explain {
            None => r.problems.push(format!("fr: {} has no explanation", c.id)),
            Some(e) => {
                let s = sentences(e);
                if s.len() > MAX_SENTENCES {
                    r.problems.push(format!(
                        "fr: {} explanation has {} sentences (max {MAX_SENTENCES})",
                        c.id,
                        s.len()
                    ));
                }
                for sentence in s {
                    let words = sentence.split_whitespace().count();
                    if words > MAX_WORDS_PER_SENTENCE {
                        r.problems.push(format!(
                            "fr: {} explanation has a sentence of {words} words (max {MAX_WORDS_PER_SENTENCE})",
                            c.id
                        ));
                    }
                }
            }
        }
        if c.domain.is_empty() {
            r.problems.push(format!("fr: {} has no domain", c.id));
        }
    }
    for loc in locales {
        let lang = loc.meta.code.as_str();
        if !locale::is_known(lang) {
            r.problems.push(format!("{lang}: not a Relais language"));
        }
        if loc.meta.dir != locale::direction(lang) {
            r.problems.push(format!(
                "{lang}: meta.json says dir {} but the script is {}",
                loc.meta.dir,
                locale::direction(lang)
            ));
        }
        // Interface strings: same ids and same variables as the English reference.
        for (id, vars) in reference_ui {
            match loc.ui.get(id) {
                None => r.problems.push(format!("{lang}/ui.ftl: {id} is missing")),
                Some(v) if v != vars => r.problems.push(format!(
                    "{lang}/ui.ftl: {id} has variables {v:?}, English has {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in loc.ui.keys() {
            if !reference_ui.contains_key(id) {
                r.problems.push(format!(
                    "{lang}/ui.ftl: {id} is not an interface string (not in en/ui.ftl)"
                ));
            }
        }
        if lang == "fr" {
            continue; // the French glossary is the master itself
        }
        let entries: BTreeMap<&str, &FtlEntry> = loc
            .glossary
            .iter()
            .filter_map(|e| e.id.strip_prefix(CONCEPT_PREFIX).map(|id| (id, e)))
            .collect();
        let missing: BTreeSet<&str> = loc.meta.missing.iter().map(String::as_str).collect();
        let mut row = CoverageRow {
            lang: lang.to_string(),
            concepts: master.concepts().len(),
            translated: 0,
            declared_missing: 0,
            reviewed: 0,
            explained: 0,
        };
        for e in &loc.glossary {
            if e.id
                .strip_prefix(CONCEPT_PREFIX)
                .is_none_or(|id| master.index_of(id).is_none())
            {
                r.problems.push(format!(
                    "{lang}/glossary.ftl line {}: {} is not a concept of the French master",
                    e.line, e.id
                ));
            }
        }
        for c in master.concepts() {
            let Some(e) = entries.get(c.id.as_str()) else {
                if missing.contains(c.id.as_str()) {
                    row.declared_missing += 1;
                } else {
                    r.problems.push(format!(
                        "{lang}: {} is neither translated nor listed as missing in meta.json",
                        c.id
                    ));
                }
                continue;
            };
            if missing.contains(c.id.as_str()) {
                r.problems.push(format!(
                    "{lang}: {} is translated but listed as missing",
                    c.id
                ));
            }
            row.translated += 1;
            if loc.meta.reviewed || loc.meta.reviewed_concepts.contains_key(&c.id) {
                row.reviewed += 1;
            }
            let label = e.value.as_deref().unwrap_or("");
            if label.is_empty() {
                r.problems.push(format!(
                    "{lang}/glossary.ftl line {}: {} has no label",
                    e.line, e.id
                ));
            }
            if label.trim().to_lowercase() == c.label.trim().to_lowercase()
                && !c.proper
                && !loc.meta.identical.contains(&c.id)
            {
                r.problems.push(format!(
                    "{lang}/glossary.ftl line {}: {} is identical to the French ({label:?}); translate it, or mark the concept .proper = yes, or list it under \"identical\" in meta.json",
                    e.line, e.id
                ));
            }
            for (attr, fr) in [
                ("explain", &c.explain),
                ("where", &c.where_),
                ("todo", &c.todo),
            ] {
                let t = e.attribute(attr);
                if fr.is_some() && t.is_none() {
                    r.problems.push(format!(
                        "{lang}/glossary.ftl line {}: {} lacks .{attr}",
                        e.line, e.id
                    ));
                }
                if fr.is_none() && t.is_some() {
                    r.problems.push(format!(
                        "{lang}/glossary.ftl line {}: {} has .{attr} that the French has not",
                        e.line, e.id
                    ));
                }
                if let Some(t) = t {
                    if t.chars().count() > MAX_TRANSLATED_CHARS {
                        r.problems.push(format!("{lang}/glossary.ftl line {}: {} .{attr} is longer than {MAX_TRANSLATED_CHARS} characters", e.line, e.id));
                    }
                }
            }
            if e.attribute("explain").is_some() {
                row.explained += 1;
            }
        }
        for m in &loc.meta.missing {
            if master.index_of(m).is_none() {
                r.problems.push(format!(
                    "{lang}/meta.json: missing lists {m}, which is not a concept"
                ));
            }
        }
        r.coverage.push(row);
    }
    r
}

/// Renders the coverage table (concepts × languages, reviewed or not).
pub fn coverage_table(rows: &[CoverageRow]) -> String {
    let mut s = String::from("lang     concepts translated explained missing reviewed\n");
    for row in rows {
        s.push_str(&format!(
            "{:<8} {:>8} {:>10} {:>9} {:>7} {:>8}\n",
            row.lang,
            row.concepts,
            row.translated,
            row.explained,
            row.declared_missing,
            row.reviewed
        ));
    }
    s
}

/// Parses one language's files; a syntax error becomes a problem instead of a result.
pub fn read_locale(
    meta: LocaleMeta,
    glossary_src: &str,
    ui_src: &str,
) -> Result<LocaleFiles, crate::LocaleError> {
    let dir = format!("locales/{}", meta.code);
    let glossary = ftl::parse(glossary_src, &format!("{dir}/glossary.ftl"))?;
    let ui = ui_variables(ui_src, &format!("{dir}/ui.ftl"))?;
    Ok(LocaleFiles { meta, glossary, ui })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(code: &str) -> LocaleMeta {
        LocaleMeta {
            code: code.into(),
            name: code.into(),
            english_name: code.into(),
            dir: locale::direction(code).into(),
            speech: code.into(),
            produced: "test".into(),
            ..Default::default()
        }
    }

    const MASTER: &str = "concept-nom = nom\n    .domain = identity\n    .explain = Votre nom de famille.\nconcept-caf = CAF\n    .domain = benefits\n    .explain = La caisse.\n    .proper = yes\nconcept-age = âge\n    .domain = identity\n    .explain = Votre âge.\n";
    const UI: &str = "popup-title = Relais\ncount = { $n } items\n";

    fn run(glossary: &str, ui: &str, m: LocaleMeta) -> Report {
        let master = Glossary::from_ftl(MASTER, "fr.ftl").expect("master");
        let reference = ui_variables(UI, "en/ui.ftl").expect("ui");
        let loc = read_locale(m, glossary, ui).expect("locale parses");
        check(&master, &reference, &[loc])
    }

    #[test]
    fn a_complete_locale_passes() {
        let r = run(
            "concept-nom = name\n    .explain = Your family name.\nconcept-caf = CAF\n    .explain = The office.\nconcept-age = age\n    .explain = Your age.\n",
            UI,
            meta("en"),
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.coverage[0].translated, 3);
    }

    #[test]
    fn gaps_identical_text_and_lost_placeables_are_refused() {
        let mut m = meta("es");
        m.missing = vec!["caf".into()];
        let r = run(
            "concept-nom = Nom\n    .explain = x\nconcept-caf = CAF\n    .explain = y\n",
            "popup-title = Relais\ncount = items\n",
            m,
        );
        let all = r.problems.join("\n");
        assert!(all.contains("nom is identical to the French"), "{all}");
        assert!(
            all.contains("age is neither translated nor listed as missing"),
            "{all}"
        );
        assert!(
            all.contains("caf is translated but listed as missing"),
            "{all}"
        );
        assert!(all.contains("count has variables"), "{all}");
    }

    #[test]
    fn plural_selectors_keep_their_variables() {
        let plural = "popup-title = Relais\ncount =\n    { $n ->\n        [one] one item\n       *[other] { $n } items\n    }\n";
        let r = run(
            "concept-nom = name\n    .explain = Your family name.\nconcept-caf = CAF\n    .explain = The office.\nconcept-age = age\n    .explain = Your age.\n",
            plural,
            meta("en"),
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let vars = ui_variables(plural, "en/ui.ftl").expect("ui");
        assert_eq!(vars["count"], BTreeSet::from(["n".to_string()]));
    }

    #[test]
    fn long_french_explanations_are_refused() {
        let long = "mot ".repeat(30);
        let master = Glossary::from_ftl(
            &format!("concept-x = x\n    .domain = form\n    .explain = {long}.\n"),
            "fr.ftl",
        )
        .expect("m");
        let r = check(&master, &BTreeMap::new(), &[]);
        assert!(
            r.problems[0].contains("sentence of 30 words"),
            "{:?}",
            r.problems
        );
    }
}

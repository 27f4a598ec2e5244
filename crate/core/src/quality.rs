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
    /// The translation memory (`portals.ftl`), when the language has one.
    pub portals: Option<Vec<PortalEntry>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    pub lang: String,
    pub concepts: usize,
    pub translated: usize,
    pub declared_missing: usize,
    pub reviewed: usize,
    pub explained: usize,
    /// Entries of the translation memory (`portals.ftl`) translated in this language.
    pub memory: usize,
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
            memory: 0,
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
    let mut s = String::from("lang     concepts translated explained missing reviewed memory\n");
    for row in rows {
        s.push_str(&format!(
            "{:<8} {:>8} {:>10} {:>9} {:>7} {:>8} {:>6}\n",
            row.lang,
            row.concepts,
            row.translated,
            row.explained,
            row.declared_missing,
            row.reviewed,
            row.memory
        ));
    }
    s
}

/// Parses one language's files; a syntax error becomes a problem instead of a result. The
/// translation memory (`portals.ftl`) is read by [`read_portals`] and set by the caller.
pub fn read_locale(
    meta: LocaleMeta,
    glossary_src: &str,
    ui_src: &str,
) -> Result<LocaleFiles, crate::LocaleError> {
    let dir = format!("locales/{}", meta.code);
    let glossary = ftl::parse(glossary_src, &format!("{dir}/glossary.ftl"))?;
    let ui = ui_variables(ui_src, &format!("{dir}/ui.ftl"))?;
    Ok(LocaleFiles {
        meta,
        glossary,
        ui,
        portals: None,
    })
}

// ---------------------------------------------------------------------------------------------
// The translation memory (`locales/<lang>/portals.ftl`, [`crate::memory`]).
//
// A person who does not read French cannot tell a wrong full translation from a right one, so a
// translation of the memory must say exactly what the French says: the same entries (ids of the
// French master only), the same variables in every entry (a lost `{ $date }` drops a deadline;
// variables inside plural selectors count), plural variants keyed by CLDR categories, and no
// entry left in French unless the French is a proper name the language writes the same way
// (`identicalPortals` in `meta.json`). `reviewedPortals` may only name entries of the memory.
// ---------------------------------------------------------------------------------------------

/// The CLDR plural categories a selector variant may name (a number literal is also allowed).
const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// One message of a translation memory file, as the gates read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalEntry {
    pub id: String,
    pub line: usize,
    /// The value with each variable written `{ $name }`; `None` when the value holds a
    /// selector (a translation with plural forms is never the French itself) or is missing.
    pub text: Option<String>,
    /// Every variable the value uses, inside selectors and their variants too.
    pub vars: BTreeSet<String>,
    /// The key of every selector variant (`one`, `other`, `1`…).
    pub variant_keys: Vec<String>,
    pub has_value: bool,
}

/// Reads a `portals.ftl` (the French master or a translation). A syntax error fails the file.
pub fn read_portals(source: &str, file: &str) -> Result<Vec<PortalEntry>, crate::LocaleError> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errs)| {
        let e = errs.first();
        crate::LocaleError::syntax(
            file,
            e.map(|e| ftl::line_of(source, e.pos.start)).unwrap_or(1),
            e.map(|e| e.kind.to_string()).unwrap_or_default(),
        )
    })?;
    fn keys(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } = el
            {
                for v in variants {
                    out.push(match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    });
                    keys(&v.value, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut offset = ftl::LineCursor::default();
    for entry in resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name.to_string();
        let line = ftl::find_line(source, &id, &mut offset);
        let mut vars = BTreeSet::new();
        let mut variant_keys = Vec::new();
        let mut text = Some(String::new());
        if let Some(p) = &m.value {
            pattern_variables(p, &mut vars);
            keys(p, &mut variant_keys);
            for el in &p.elements {
                match el {
                    ast::PatternElement::TextElement { value } => {
                        if let Some(t) = text.as_mut() {
                            t.push_str(value)
                        }
                    }
                    ast::PatternElement::Placeable {
                        expression:
                            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                    } => {
                        if let Some(t) = text.as_mut() {
                            t.push_str(&format!("{{ ${} }}", id.name))
                        }
                    }
                    ast::PatternElement::Placeable { .. } => text = None,
                }
            }
        } else {
            text = None;
        }
        out.push(PortalEntry {
            id,
            line,
            text,
            vars,
            variant_keys,
            has_value: m.value.is_some(),
        });
    }
    Ok(out)
}

/// Judges every language's translation memory against the French master's and fills the
/// coverage table's `memory` column. `master` is `locales/fr/portals.ftl` read by
/// [`read_portals`]; a language without a `portals.ftl` has no full translations (no problem).
pub fn check_portals(master: &[PortalEntry], locales: &[LocaleFiles], report: &mut Report) {
    let by_id: BTreeMap<&str, &PortalEntry> = master.iter().map(|e| (e.id.as_str(), e)).collect();
    let has_letters = |t: &str| {
        // The French text outside its variables: a string of digits and signs needs no words.
        let mut rest = t;
        let mut outside = String::new();
        while let Some(i) = rest.find("{ $") {
            outside.push_str(&rest[..i]);
            match rest[i..].find('}') {
                Some(j) => rest = &rest[i + j + 1..],
                None => {
                    rest = "";
                }
            }
        }
        outside.push_str(rest);
        outside.chars().any(char::is_alphabetic)
    };
    for loc in locales {
        let lang = loc.meta.code.as_str();
        let file = format!("{lang}/portals.ftl");
        for id in loc.meta.reviewed_portals.keys() {
            if !by_id.contains_key(id.as_str()) {
                report.problems.push(format!(
                    "{lang}/meta.json: reviewedPortals lists {id}, which is not an entry of the translation memory (fr/portals.ftl)"
                ));
            } else if loc.portals.is_none() {
                report.problems.push(format!(
                    "{lang}/meta.json: reviewedPortals lists {id}, but {file} does not exist"
                ));
            }
        }
        for id in &loc.meta.identical_portals {
            if !by_id.contains_key(id.as_str()) {
                report.problems.push(format!(
                    "{lang}/meta.json: identicalPortals lists {id}, which is not an entry of the translation memory (fr/portals.ftl)"
                ));
            }
        }
        if lang == "fr" {
            continue; // the French memory is the master itself
        }
        let Some(entries) = &loc.portals else {
            continue;
        };
        let mut seen = BTreeSet::new();
        let mut translated = 0;
        for e in entries {
            let Some(fr) = by_id.get(e.id.as_str()) else {
                report.problems.push(format!(
                    "{file} line {}: {} is not an entry of the French master (fr/portals.ftl)",
                    e.line, e.id
                ));
                continue;
            };
            if !seen.insert(e.id.as_str()) {
                report
                    .problems
                    .push(format!("{file} line {}: {} is defined twice", e.line, e.id));
                continue;
            }
            if !e.has_value || e.text.as_deref().is_some_and(|t| t.trim().is_empty()) {
                report.problems.push(format!(
                    "{file} line {}: {} has no translation",
                    e.line, e.id
                ));
                continue;
            }
            if e.vars != fr.vars {
                report.problems.push(format!(
                    "{file} line {}: {} uses the variables {:?}, the French uses {:?}",
                    e.line, e.id, e.vars, fr.vars
                ));
            }
            for k in &e.variant_keys {
                if !PLURAL_CATEGORIES.contains(&k.as_str()) && k.parse::<f64>().is_err() {
                    report.problems.push(format!(
                        "{file} line {}: {} has a variant [{k}], not a CLDR plural category ({})",
                        e.line,
                        e.id,
                        PLURAL_CATEGORIES.join(", ")
                    ));
                }
            }
            let same = match (&e.text, &fr.text) {
                (Some(t), Some(f)) => t.trim().to_lowercase() == f.trim().to_lowercase(),
                _ => false,
            };
            if same
                && fr.text.as_deref().is_some_and(has_letters)
                && !loc.meta.identical_portals.contains(&e.id)
            {
                report.problems.push(format!(
                    "{file} line {}: {} is left in French ({:?}); translate it, or list it under \"identicalPortals\" in meta.json if the French is right as it is (a name, or a word the language writes the same way)",
                    e.line,
                    e.id,
                    e.text.as_deref().unwrap_or("")
                ));
                continue;
            }
            translated += 1;
        }
        if let Some(row) = report.coverage.iter_mut().find(|r| r.lang == lang) {
            row.memory = translated;
        }
    }
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

    const PORTALS_FR: &str = "## ds: dossiers\n\ntm-supprimer = Supprimer le fichier { $file }\n    .origin = ds:x\n    .kind = button\ntm-filtres = { $n } filtres actifs\n    .origin = ds:y\n    .kind = label\ntm-franceconnect = FranceConnect\n    .origin = ds:z\n    .kind = label\ntm-format = 06 12 34 56 78\n    .origin = f:a\n    .kind = hint\n";

    /// The memory gate on one translation `src` in language `code`.
    fn memory(code: &str, src: &str, m: LocaleMeta) -> Report {
        let master_glossary = Glossary::from_ftl(MASTER, "fr.ftl").expect("master");
        let reference = ui_variables(UI, "en/ui.ftl").expect("ui");
        let mut loc = read_locale(
            m,
            "concept-nom = x\n    .explain = x\nconcept-caf = CAF\n    .explain = x\nconcept-age = y\n    .explain = y\n",
            UI,
        )
        .expect("locale parses");
        loc.portals =
            Some(read_portals(src, &format!("locales/{code}/portals.ftl")).expect("parses"));
        let mut r = check(&master_glossary, &reference, std::slice::from_ref(&loc));
        r.problems.clear(); // only the memory's problems below
        let master = read_portals(PORTALS_FR, "fr/portals.ftl").expect("master parses");
        check_portals(&master, &[loc], &mut r);
        r
    }

    #[test]
    fn a_faithful_memory_passes_and_is_counted() {
        let mut m = meta("ar");
        m.identical_portals = vec!["tm-franceconnect".into()];
        let r = memory(
            "ar",
            "tm-supprimer = حذف الملف { $file }\ntm-filtres = { $n ->\n        [zero] لا يوجد أي فلتر مفعَّل\n        [one] فلتر واحد مفعَّل\n        [two] فلتران مفعَّلان\n        [few] { $n } فلاتر مفعَّلة\n        [many] { $n } فلترًا مفعَّلًا\n       *[other] { $n } فلتر مفعَّل\n    }\ntm-franceconnect = FranceConnect\ntm-format = 06 12 34 56 78\n",
            m,
        );
        assert!(r.problems.is_empty(), "{:#?}", r.problems);
        assert_eq!(r.coverage[0].memory, 4);
        assert!(coverage_table(&r.coverage).contains(" memory\n"));
    }

    #[test]
    fn memory_defects_are_refused() {
        let mut m = meta("so");
        m.reviewed_portals
            .insert("tm-nope".into(), "A. Name, 2026-12-01".into());
        let r = memory(
            "so",
            // a lost variable, a plural variant that is no CLDR category, an entry left in
            // French, an id the master does not have, the same id twice
            "tm-supprimer = Tirtir faylka\ntm-filtres = { $n ->\n        [oen] { $n } shaandhayn\n       *[other] { $n } shaandhayn\n    }\ntm-franceconnect = FranceConnect\ntm-extra = Wax kale\ntm-supprimer = Tirtir { $file }\n",
            m,
        );
        let all = r.problems.join("\n");
        for want in [
            "tm-supprimer uses the variables {}, the French uses {\"file\"}",
            "has a variant [oen], not a CLDR plural category",
            "tm-franceconnect is left in French",
            "tm-extra is not an entry of the French master",
            "tm-supprimer is defined twice",
            "reviewedPortals lists tm-nope",
        ] {
            assert!(all.contains(want), "missing {want:?} in\n{all}");
        }
        // Only the entries that are translations count: the one left in French does not.
        assert_eq!(r.coverage[0].memory, 2);
    }

    #[test]
    fn variables_inside_selectors_count_for_the_memory() {
        let e = read_portals(
            "tm-filtres = { $n ->\n        [one] un filtre\n       *[other] { $n } filtres\n    }\n",
            "t.ftl",
        )
        .expect("parses");
        assert_eq!(e[0].vars, BTreeSet::from(["n".to_string()]));
        assert_eq!(
            e[0].variant_keys,
            vec!["one".to_string(), "other".to_string()]
        );
        assert_eq!(
            e[0].text, None,
            "a value with plural forms is never the French itself"
        );
        assert_eq!(e[0].line, 1);
    }
}

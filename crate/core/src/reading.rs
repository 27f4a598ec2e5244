//! The reading rules: which elements of a portal page Relais reads, and as which kind of block.
//!
//! They are data (`data/reading.json`), so that someone who knows a portal's markup can add a
//! rule without touching code, and so that the two readers cannot drift apart: the content script
//! applies them to the live page (it receives them from the background with the settings) and
//! `relais scan` applies them to a saved page. This module reads the file, replaces each
//! `@name` by its shared selector, and checks what can be checked without a CSS engine (known
//! kinds and text rules, one condition per `unless`, no empty selector); the CLI's tests parse
//! every selector with a real CSS parser.
//!
//! The semantics, for both readers:
//! - sources are tried in order; an element is read once, by the first source that takes it:
//!   whose `select` matches it (or, with `via`, that names it) and none of whose `unless`
//!   conditions holds, and whose text has a letter (and `minWords`);
//! - `via` (an attribute holding a list of ids: `aria-labelledby`, `aria-describedby`,
//!   `aria-errormessage`): the elements read are the ones the attribute of each element matching
//!   `select` names, in document order of the naming elements, then in the attribute's order
//!   (an id names the first element with that id); so an element named by a field is read as
//!   that field's label, hint or error, once, whatever names it;
//! - `follows`: only elements whose previous element sibling (Relais's own elements aside)
//!   matches this selector (a plain `<p>` or `<span>` right after a field is that field's hint);
//! - `outsideRead`: an element inside an element already read (by an earlier source, or earlier
//!   by this one) is not read by this source (the catch-all sources: a text is read once, by the
//!   innermost rule that knows it, never again as part of a bigger box);
//! - an element inside `skip` (itself or an ancestor) is never read;
//! - `unless`: `closest` (the element or an ancestor matches), `ancestor` (a strict ancestor
//!   matches), `matches` (the element matches), `has` (a descendant matches), `outside` + `when`
//!   (the document has an element matching `when`, and no ancestor of the element matches
//!   `outside`);
//! - `text`: `own` (the element's text without nested `ownTextLeavesOut` and skipped elements),
//!   `value` (an `<input>`'s `value`, otherwise `own`), `name` (the `aria-label` when it has a
//!   letter, otherwise `value`), `selected` (a `<select>`'s chosen options: the one it shows, or
//!   every chosen one of a multiple select, one per line), `options` (every option of a
//!   `<select>`, one per line), `attribute` (the attribute named by `attribute`); whitespace
//!   collapsed, trimmed; a text without a letter is not read;
//! - `minWords`: shorter texts are not read;
//! - `anchor` (rendering only): the overlay goes after the closest element matching it, the
//!   element itself or an ancestor (a framework's field box: its floating label and messages are
//!   positioned, an overlay inside would break them), otherwise after the element;
//! - `show`: `all` (default: the overlay shows what the core found) or `failure` (read so that
//!   the core can recognise a failure message wherever it is printed; an overlay is shown only
//!   when it does). Readers read the same blocks whatever `show` says; only rendering differs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::protocol::BlockKind;

/// The shipped rules file, for the CLI and the tests (the extension ships the same file and the
/// background hands its parsed value to [`check`]).
pub const RULES_JSON: &str = include_str!("../data/reading.json");

/// The rules as both readers apply them: every `@name` replaced by its selector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadingRules {
    pub skip: String,
    pub own_text_leaves_out: String,
    pub sources: Vec<Source>,
    pub captcha: CaptchaRules,
    /// Signs of server-rendered markup a framework will hydrate; `None` (a rules file without
    /// them): every page is treated as one that may be hydrated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hydration: Option<HydrationRules>,
}

/// When the overlay may be inserted: at once (the core's answer is rendered when it comes), or,
/// on a page showing one of these signs, once the page has been idle (its framework has taken
/// over the server-rendered markup). Inserting into markup that is being hydrated is a mismatch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HydrationRules {
    #[serde(default, skip_serializing)]
    pub about: String,
    /// Elements a server-rendering framework leaves in its markup.
    pub select: String,
    /// The exact text of comments such frameworks print (React's `<!-- -->`, Vue's `<!--[-->`).
    pub comments: Vec<String>,
}

/// Which elements may belong to a CAPTCHA (described to the core, which decides), where a
/// panel goes, and which error words after a submit mean the CAPTCHA was failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CaptchaRules {
    #[serde(default, skip_serializing)]
    pub about: String,
    pub select: String,
    /// Lower-case words, one of which an element's description must contain.
    pub words: Vec<String>,
    pub anchor: String,
    /// Lower-case words of an error text that mean a failed CAPTCHA.
    pub incorrect: Vec<String>,
}

/// One kind of element to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Source {
    pub kind: BlockKind,
    pub select: String,
    /// An attribute of the selected elements that names, by their ids, the elements to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Only elements right after an element matching this (Relais's own elements aside).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
    pub text: TextRule,
    /// The attribute read when `text` is `attribute`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    #[serde(default)]
    pub min_words: usize,
    /// Not inside an element already read (by an earlier source, or earlier by this one).
    #[serde(default)]
    pub outside_read: bool,
    #[serde(default)]
    pub show: Show,
    /// Where the overlay goes: after the closest element matching this (rendering only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    #[serde(default)]
    pub unless: Vec<Unless>,
}

/// What the overlay shows for the blocks of a source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Show {
    /// What the core found: concepts, a hard-paragraph mark.
    #[default]
    All,
    /// Only a failure message the core recognised (the catch-all sources: every other text of
    /// the page is read for the failure catalogue, not overlaid).
    Failure,
}

/// How a source's text is taken from its element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextRule {
    Own,
    Value,
    /// `aria-label` when it has a letter, otherwise `value`.
    Name,
    /// The option a `<select>` shows (every chosen one of a multiple select).
    Selected,
    Options,
    Attribute,
}

/// A condition under which an element of a source is not read (exactly one of `closest`,
/// `ancestor`, `matches`, `has`, `outside`; `when` goes with `outside`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unless {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ancestor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Why the condition exists, for the people who edit the rules (not sent to the page).
    #[serde(default, skip_serializing)]
    pub why: String,
}

/// The rules file as written: parse it with any serde format reader (serde_json in the CLI,
/// serde-wasm-bindgen from the object the background parsed), then [`check`] it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RulesFile {
    schema: u32,
    #[serde(default)]
    #[allow(dead_code)]
    about: String,
    #[serde(default)]
    selectors: BTreeMap<String, String>,
    skip: String,
    own_text_leaves_out: String,
    sources: Vec<Source>,
    captcha: CaptchaRules,
    #[serde(default)]
    hydration: Option<HydrationRules>,
}

/// Checks a rules file and replaces its `@names`; the error names the source and what is wrong.
pub fn check(file: RulesFile) -> Result<ReadingRules, String> {
    if file.schema != 1 {
        return Err(format!(
            "reading rules: schema {} is not one this version reads (1)",
            file.schema
        ));
    }
    let expand = |s: &str, what: &str| -> Result<String, String> {
        let parts: Result<Vec<String>, String> =
            s.split(',')
                .map(|part| {
                    let p = part.trim();
                    match p.strip_prefix('@') {
                        Some(name) => file.selectors.get(name).cloned().ok_or_else(|| {
                            format!("reading rules: {what}: no selector named @{name}")
                        }),
                        None => Ok(p.to_string()),
                    }
                })
                .collect();
        let out = parts?.join(", ");
        if out.split(',').any(|p| p.trim().is_empty()) {
            return Err(format!("reading rules: {what}: an empty selector"));
        }
        Ok(out)
    };
    let mut sources = Vec::with_capacity(file.sources.len());
    for (i, s) in file.sources.iter().enumerate() {
        let what = format!("source {} ({:?})", i + 1, s.kind);
        let mut s = s.clone();
        s.select = expand(&s.select, &what)?;
        for sel in [&mut s.follows, &mut s.anchor].into_iter().flatten() {
            *sel = expand(sel, &what)?;
        }
        if let Some(via) = &s.via {
            let ok = !via.is_empty()
                && via
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !ok {
                return Err(format!(
                    "reading rules: {what}: `via` names an attribute (lower case, digits, -): {via:?}"
                ));
            }
        }
        match (s.text, &s.attribute) {
            (TextRule::Attribute, None) => {
                return Err(format!(
                    "reading rules: {what}: `attribute` names no attribute"
                ))
            }
            (TextRule::Attribute, Some(_)) | (_, None) => {}
            (_, Some(_)) => {
                return Err(format!(
                    "reading rules: {what}: `attribute` goes with \"text\": \"attribute\""
                ))
            }
        }
        for u in &mut s.unless {
            let set = [&u.closest, &u.ancestor, &u.matches, &u.has, &u.outside]
                .iter()
                .filter(|x| x.is_some())
                .count();
            if set != 1 || u.when.is_some() != u.outside.is_some() {
                return Err(format!(
                    "reading rules: {what}: each `unless` has one of closest, ancestor, matches, has, or outside with when"
                ));
            }
            for sel in [
                &mut u.closest,
                &mut u.ancestor,
                &mut u.matches,
                &mut u.has,
                &mut u.outside,
                &mut u.when,
            ]
            .into_iter()
            .flatten()
            {
                *sel = expand(sel, &what)?;
            }
        }
        sources.push(s);
    }
    if sources.is_empty() {
        return Err("reading rules: no source".to_string());
    }
    let mut captcha = file.captcha.clone();
    captcha.select = expand(&captcha.select, "captcha.select")?;
    captcha.anchor = expand(&captcha.anchor, "captcha.anchor")?;
    if captcha.words.is_empty() || captcha.words.iter().any(|w| *w != w.to_lowercase()) {
        return Err("reading rules: captcha.words: lower-case words, at least one".to_string());
    }
    let hydration = match file.hydration {
        None => None,
        Some(mut h) => {
            h.select = expand(&h.select, "hydration.select")?;
            // A comment sign is a short marker, compared whole: a long one is a mistake (a
            // comment of the page's own, copied), and would make the check slower for nothing.
            if h.comments.iter().any(|c| c.chars().count() > 16) {
                return Err(
                    "reading rules: hydration.comments: markers of at most 16 characters"
                        .to_string(),
                );
            }
            Some(h)
        }
    };
    Ok(ReadingRules {
        skip: expand(&file.skip, "skip")?,
        own_text_leaves_out: expand(&file.own_text_leaves_out, "ownTextLeavesOut")?,
        sources,
        captcha,
        hydration,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<ReadingRules, String> {
        let file: RulesFile =
            serde_json::from_str(json).map_err(|e| format!("reading rules: {e}"))?;
        check(file)
    }

    #[test]
    fn the_shipped_rules_read() {
        let r = parse(RULES_JSON).expect("data/reading.json");
        assert!(r.sources.len() >= 8);
        let button = r
            .sources
            .iter()
            .find(|s| s.kind == BlockKind::Button)
            .expect("buttons");
        assert!(button.unless[0]
            .closest
            .as_deref()
            .is_some_and(|c| c.contains("[role=\"banner\"]")));
        assert!(!r.skip.contains('@') && r.sources.iter().all(|s| !s.select.contains('@')));
        let h = r.hydration.expect("hydration signs");
        assert!(h.select.contains("#__next") && h.comments.iter().any(|c| c == " "));
    }

    #[test]
    fn hydration_signs_are_checked() {
        let with = |hydration: &str| {
            parse(&format!(
                r#"{{"schema": 1, "skip": "script", "ownTextLeavesOut": "input", "sources": [{{"kind": "text", "select": "p", "text": "own"}}], "captcha": {{"select": "iframe", "words": ["captcha"], "anchor": ".g", "incorrect": ["incorrect"]}}{hydration}}}"#
            ))
        };
        assert_eq!(with("").expect("no signs").hydration, None);
        let ok = with(r##", "hydration": {"select": "#__next", "comments": [" ", "$"]}"##)
            .expect("signs");
        assert_eq!(ok.hydration.expect("kept").comments, [" ", "$"]);
        let long = with(
            r##", "hydration": {"select": "#__next", "comments": ["a comment of the page itself"]}"##,
        );
        assert!(long.expect_err("too long").contains("at most 16"));
        let empty = with(r##", "hydration": {"select": "#__next,", "comments": []}"##);
        assert!(empty.expect_err("empty").contains("empty selector"));
    }

    #[test]
    fn broken_rules_are_refused_with_a_reason() {
        let base = |sources: &str| {
            format!(
                r#"{{"schema": 1, "selectors": {{"x": "p"}}, "skip": "script", "ownTextLeavesOut": "input", "sources": {sources}, "captcha": {{"select": "iframe", "words": ["captcha"], "anchor": ".g", "incorrect": ["incorrect"]}}}}"#
            )
        };
        for (sources, words) in [
            (r#"[]"#, "no source"),
            (
                r#"[{"kind": "poem", "select": "p", "text": "own"}]"#,
                "unknown variant",
            ),
            (
                r#"[{"kind": "text", "select": "@y", "text": "own"}]"#,
                "no selector named @y",
            ),
            (
                r#"[{"kind": "text", "select": "p,", "text": "own"}]"#,
                "empty selector",
            ),
            (
                r#"[{"kind": "placeholder", "select": "input", "text": "attribute"}]"#,
                "names no attribute",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "attribute": "title"}]"#,
                "goes with",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "unless": [{}]}]"#,
                "one of closest",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "unless": [{"closest": "a", "matches": "b"}]}]"#,
                "one of closest",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "unless": [{"outside": "main"}]}]"#,
                "one of closest",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "extra": 1}]"#,
                "unknown field",
            ),
            (
                r#"[{"kind": "hint", "select": "[aria-describedby]", "via": "aria describedby", "text": "own"}]"#,
                "`via` names an attribute",
            ),
            (
                r#"[{"kind": "hint", "select": "[aria-describedby]", "via": "", "text": "own"}]"#,
                "`via` names an attribute",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "unless": [{"has": "a", "closest": "b"}]}]"#,
                "one of closest",
            ),
            (
                r#"[{"kind": "text", "select": "p", "text": "own", "show": "never"}]"#,
                "unknown variant",
            ),
        ] {
            let e = parse(&base(sources)).expect_err(sources);
            assert!(e.contains(words), "{sources}: {e}");
        }
        let e = parse(r#"{"schema": 2, "skip": "", "ownTextLeavesOut": "", "sources": [], "captcha": {"select": "", "words": [], "anchor": "", "incorrect": []}}"#)
            .expect_err("schema 2");
        assert!(e.contains("schema 2"), "{e}");
        let ok = parse(&base(r#"[{"kind": "text", "select": "@x, div", "text": "own", "unless": [{"outside": "@x", "when": "main"}]}]"#))
            .expect("ok");
        assert_eq!(ok.sources[0].select, "p, div");
        assert_eq!(ok.sources[0].unless[0].outside.as_deref(), Some("p"));
        let ok = parse(&base(r#"[{"kind": "hint", "select": "[aria-describedby]", "via": "aria-describedby", "text": "own"}, {"kind": "text", "select": "div", "text": "own", "outsideRead": true, "show": "failure", "unless": [{"has": "@x"}]}]"#))
            .expect("ok");
        assert_eq!(ok.sources[0].via.as_deref(), Some("aria-describedby"));
        assert!(ok.sources[1].outside_read && ok.sources[1].show == Show::Failure);
        assert_eq!(ok.sources[1].unless[0].has.as_deref(), Some("p"));
        assert_eq!(ok.sources[0].show, Show::All);
    }

    /// What the page's scripts and the CLI receive: camelCase, `via` only when set.
    #[test]
    fn the_checked_rules_serialise_as_both_readers_expect() {
        let r = parse(RULES_JSON).expect("data/reading.json");
        let v = serde_json::to_value(&r).expect("serialises");
        let sources = v["sources"].as_array().expect("sources");
        assert!(sources.iter().any(|s| s["via"] == "aria-labelledby"));
        assert!(sources
            .iter()
            .any(|s| s["outsideRead"] == true && s["show"] == "failure"));
        assert!(sources.iter().any(|s| s["text"] == "selected"));
        assert!(sources.iter().all(|s| s.get("why").is_none()));
    }

    /// The rules read what issue 13 found missing, each from the framework's own markup: the
    /// selectors are tested with a CSS engine in the CLI (`page.rs`); here, that each framework
    /// has its rule and that an element is read by one source only in the order they come.
    #[test]
    fn the_shipped_rules_cover_the_component_libraries() {
        let r = parse(RULES_JSON).expect("data/reading.json");
        let all: String = r
            .sources
            .iter()
            .map(|s| s.select.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        for needle in [
            "[role=\"checkbox\"]",
            "[role=\"switch\"]",
            "[role=\"combobox\"]",
            "[role=\"option\"]",
            "[role=\"tab\"]",
            "[role=\"status\"]",
            ".q-field__label",
            ".q-banner",
            "mat-label",
            "mat-hint",
            "mat-error",
            ".help-block",
            ".form-text",
            ".invalid-feedback",
            ".v-label",
            ".v-messages__message",
        ] {
            assert!(all.contains(needle), "no rule reads {needle}");
        }
        let vias: Vec<&str> = r.sources.iter().filter_map(|s| s.via.as_deref()).collect();
        for a in ["aria-labelledby", "aria-describedby", "aria-errormessage"] {
            assert!(vias.contains(&a), "{a} targets are not read");
        }
        // Icon ligatures are not text.
        assert!(r.skip.contains(".material-icons") && r.skip.contains("mat-icon"));
        // Catch-all sources come last: every earlier source has the first word.
        let first_catch_all = r.sources.iter().position(|s| s.outside_read);
        assert!(first_catch_all.is_some_and(|i| r.sources[i..].iter().all(|s| s.outside_read)));
    }
}

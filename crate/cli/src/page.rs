//! Reading a saved HTML page into protocol blocks, as the content scripts read a live page.
//!
//! The reading rules are the extension's own (`crate/core/data/reading.json`, checked by
//! `relais_core::reading`): the same sources, exclusions and text rules, applied here with a real
//! CSS selector engine (scraper) as `extension/content/reading.js` applies them with the DOM.
//! The CAPTCHA candidates mirror `content/captcha.js`; the end-to-end tests compare both readers.

use relais_core::protocol::{Block, MAX_TEXT};
use relais_core::reading::{self, ReadingRules, RulesFile, Source, TextRule};
use scraper::{ElementRef, Html, Node, Selector};

/// The shipped reading rules, checked.
pub fn rules() -> Result<ReadingRules, String> {
    let file: RulesFile =
        serde_json::from_str(reading::RULES_JSON).map_err(|e| format!("reading rules: {e}"))?;
    reading::check(file)
}

/// A selector of the rules, parsed (the rules' selectors are checked by the tests).
fn selector(s: &str) -> Result<Selector, String> {
    Selector::parse(s).map_err(|e| format!("reading rules: selector {s:?}: {e:?}"))
}

/// The rules with every selector parsed once.
struct Compiled {
    skip: Selector,
    leave_out: Selector,
    sources: Vec<(Source, Selector, Vec<Condition>)>,
}

enum Condition {
    Closest(Selector),
    Ancestor(Selector),
    Matches(Selector),
    Outside(Selector, Selector),
}

impl Compiled {
    fn new(r: &ReadingRules) -> Result<Compiled, String> {
        let mut sources = Vec::new();
        for s in &r.sources {
            let mut conds = Vec::new();
            for u in &s.unless {
                conds.push(
                    match (&u.closest, &u.ancestor, &u.matches, &u.outside, &u.when) {
                        (Some(c), ..) => Condition::Closest(selector(c)?),
                        (_, Some(a), ..) => Condition::Ancestor(selector(a)?),
                        (_, _, Some(m), ..) => Condition::Matches(selector(m)?),
                        (_, _, _, Some(o), Some(w)) => {
                            Condition::Outside(selector(o)?, selector(w)?)
                        }
                        _ => return Err("reading rules: an unless without a condition".into()),
                    },
                );
            }
            sources.push((s.clone(), selector(&s.select)?, conds));
        }
        Ok(Compiled {
            skip: selector(&r.skip)?,
            leave_out: selector(&r.own_text_leaves_out)?,
            sources,
        })
    }
}

fn self_and_ancestors<'a>(el: &ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    std::iter::once(*el).chain(el.ancestors().filter_map(ElementRef::wrap))
}

fn closest(el: &ElementRef, sel: &Selector) -> bool {
    self_and_ancestors(el).any(|e| sel.matches(&e))
}

fn skipped(c: &Compiled, el: &ElementRef) -> bool {
    closest(el, &c.skip)
}

/// Text that belongs to `el`: nested elements of `ownTextLeavesOut` and skipped ones left out.
fn own_text(c: &Compiled, el: &ElementRef) -> String {
    let mut out = String::new();
    collect_text(c, el, &mut out, true);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collect_text(c: &Compiled, el: &ElementRef, out: &mut String, top: bool) {
    if !top && (c.leave_out.matches(el) || c.skip.matches(el)) {
        return;
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(child) {
                    collect_text(c, &e, out, false);
                }
            }
            _ => {}
        }
    }
}

fn text_of(c: &Compiled, source: &Source, el: &ElementRef) -> String {
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match source.text {
        TextRule::Value if el.value().name() == "input" => {
            el.value().attr("value").unwrap_or("").trim().to_string()
        }
        TextRule::Attribute => collapse(
            source
                .attribute
                .as_deref()
                .and_then(|a| el.value().attr(a))
                .unwrap_or(""),
        ),
        TextRule::Options => {
            let Ok(opt) = Selector::parse("option") else {
                return String::new();
            };
            el.select(&opt)
                .map(|o| collapse(&o.text().collect::<String>()))
                .collect::<Vec<_>>()
                .join("\n")
        }
        TextRule::Own | TextRule::Value => own_text(c, el),
    }
}

fn excluded(doc: &Html, conds: &[Condition], el: &ElementRef) -> bool {
    conds.iter().any(|cond| match cond {
        Condition::Closest(s) => closest(el, s),
        Condition::Ancestor(s) => el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| s.matches(&a)),
        Condition::Matches(s) => s.matches(el),
        Condition::Outside(outside, when) => {
            doc.select(when).next().is_some() && !closest(el, outside)
        }
    })
}

/// Every block of the page, in the content scripts' order (by source, then document order), each
/// element once.
pub fn blocks(html: &str) -> Result<Vec<Block>, String> {
    let c = Compiled::new(&rules()?)?;
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    let mut taken = std::collections::HashSet::new();
    for (source, sel, conds) in &c.sources {
        for el in doc.select(sel) {
            if taken.contains(&el.id()) || skipped(&c, &el) || excluded(&doc, conds, &el) {
                continue;
            }
            let text: String = text_of(&c, source, &el).chars().take(MAX_TEXT).collect();
            if !text.chars().any(char::is_alphabetic)
                || (source.min_words > 0 && text.split_whitespace().count() < source.min_words)
            {
                continue;
            }
            taken.insert(el.id());
            out.push(Block {
                id: format!("b{}", out.len() + 1),
                kind: source.kind,
                text,
            });
        }
    }
    Ok(out)
}

/// Elements that might belong to a CAPTCHA, described as the content script describes them
/// (content/captcha.js: `describe`, `captchaCandidates`), and the page's script URLs.
pub fn captcha_candidates(
    html: &str,
) -> Result<(Vec<relais_core::captcha::Candidate>, Vec<String>), String> {
    use relais_core::captcha::Candidate;
    let rules = rules()?.captcha;
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    let sel = selector(&rules.select)?;
    let labels: Vec<(String, String)> = Selector::parse("label[for]")
        .map(|s| {
            doc.select(&s)
                .map(|l| {
                    (
                        l.value().attr("for").unwrap_or("").to_string(),
                        l.text().collect::<String>(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let words = &rules.words;
    let mut forms: Vec<ego_tree::NodeId> = Vec::new();
    for el in doc.select(&sel) {
        let v = el.value();
        let form = el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| matches!(a.value().name(), "form" | "fieldset" | "main" | "body"))
            .map(|a| a.id());
        let group = match form {
            Some(f) => {
                let i = forms.iter().position(|x| *x == f).unwrap_or_else(|| {
                    forms.push(f);
                    forms.len() - 1
                });
                format!("g{}", i + 1)
            }
            None => "g0".to_string(),
        };
        let el_id = v.attr("id").unwrap_or("").to_string();
        let mut label: Vec<String> = ["aria-label", "alt", "placeholder"]
            .iter()
            .filter_map(|a| v.attr(a).map(str::to_string))
            .collect();
        if !el_id.is_empty() {
            label.extend(
                labels
                    .iter()
                    .filter(|(f, _)| *f == el_id)
                    .map(|(_, t)| t.clone()),
            );
        }
        if matches!(v.name(), "button" | "a") {
            label.push(el.text().collect());
        }
        let label = label
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let data = v
            .attrs()
            .filter(|(k, _)| k.starts_with("data-"))
            .map(|(k, val)| format!("{k}={val}"))
            .collect::<Vec<_>>()
            .join(";");
        let c = Candidate {
            id: format!("c{}", out.len() + 1),
            tag: v.name().to_string(),
            el_id,
            classes: v.attr("class").unwrap_or("").to_string(),
            name: v.attr("name").unwrap_or("").to_string(),
            src: v
                .attr("src")
                .or_else(|| v.attr("href"))
                .unwrap_or("")
                .chars()
                .take(1000)
                .collect(),
            title: v.attr("title").unwrap_or("").to_string(),
            label: label.chars().take(300).collect(),
            data: data.chars().take(1000).collect(),
            input_type: v.attr("type").unwrap_or("").to_lowercase(),
            group,
        };
        let hay = format!(
            "{} {} {} {} {} {} {}",
            c.el_id, c.classes, c.name, c.src, c.title, c.label, c.data
        )
        .to_lowercase();
        if words.iter().any(|w| hay.contains(w)) {
            out.push(c);
        }
    }
    let scripts = Selector::parse("script[src]")
        .map(|s| {
            doc.select(&s)
                .filter_map(|e| e.value().attr("src"))
                .filter(|s| {
                    let l = s.to_lowercase();
                    l.contains("captcha") || l.contains("turnstile")
                })
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok((out, scripts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use relais_core::protocol::BlockKind;

    #[test]
    fn reads_labels_without_their_hints_and_skips_excluded_areas() {
        let html = r#"<form>
          <label class="fr-label" for="n">Nom <span class="fr-hint-text">Exemple : Dupont</span></label>
          <input id="n" placeholder="Votre nom">
          <p translate="no"><label>Identifiant</label></p>
          <div class="notranslate"><button>Valider</button></div>
          <div contenteditable="true"><label>Prénom</label></div>
          <select><option>Célibataire</option><option>Marié</option></select>
          <div class="fr-alert fr-alert--error" role="alert"><p class="fr-message--error">Erreur technique</p></div>
        </form>"#;
        let got: Vec<(BlockKind, String)> = blocks(html)
            .expect("the shipped rules read")
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Label, "Nom".to_string()),
                (BlockKind::Hint, "Exemple : Dupont".to_string()),
                (BlockKind::Error, "Erreur technique".to_string()),
                (BlockKind::Option, "Célibataire\nMarié".to_string()),
                (BlockKind::Placeholder, "Votre nom".to_string()),
            ]
        );
    }

    /// Every selector of the shipped rules is one a real CSS engine parses (the content scripts'
    /// `querySelectorAll` would throw on a broken one).
    #[test]
    fn every_selector_of_the_rules_parses() {
        let r = rules().expect("the shipped rules read");
        Compiled::new(&r).expect("every source selector parses");
        for s in [
            &r.skip,
            &r.own_text_leaves_out,
            &r.captcha.select,
            &r.captcha.anchor,
        ] {
            selector(s).expect("parses");
        }
    }
}

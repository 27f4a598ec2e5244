//! Reading a saved HTML page into protocol blocks, as the content script reads a live page.
//!
//! The rules mirror `extension/content/reading.js` (`SOURCES`, `SKIP`, `ownText`): the same
//! kinds of elements, the same exclusions (`translate="no"`, `.notranslate`, editable areas,
//! scripts), the same "own text" of a label without its nested hint. Keep the two in step; the
//! end-to-end tests compare them on the DSFR pages.

use relais_core::protocol::{Block, BlockKind, MAX_TEXT};
use scraper::{ElementRef, Html, Node, Selector};

const SOURCES: &[(BlockKind, &str)] = &[
    (BlockKind::Label, "label"),
    (BlockKind::Legend, "legend"),
    (BlockKind::Hint, ".fr-hint-text"),
    (
        BlockKind::Button,
        "button, input[type=\"submit\"], input[type=\"button\"], input[type=\"reset\"], a.fr-btn",
    ),
    (
        BlockKind::Error,
        ".fr-error-text, .fr-message--error, .fr-alert--error, .fr-notice--alert, [role=\"alert\"]",
    ),
    (BlockKind::Option, "select"),
    (
        BlockKind::Placeholder,
        "input[placeholder], textarea[placeholder]",
    ),
    (BlockKind::Text, "p, .fr-callout__text"),
];

/// Shorter paragraphs are not scored for readability (content/reading.js: MIN_PARAGRAPH_WORDS).
const MIN_PARAGRAPH_WORDS: usize = 12;

/// A paragraph that is a message or part of a label, not the page's own prose.
fn not_prose(el: &ElementRef) -> bool {
    let v = el.value();
    v.classes()
        .any(|c| matches!(c, "fr-message" | "fr-error-text" | "fr-hint-text"))
        || el.ancestors().filter_map(ElementRef::wrap).any(|a| {
            let av = a.value();
            matches!(av.name(), "label" | "legend")
                || av.attr("role") == Some("alert")
                || av.classes().any(|c| c == "fr-alert--error")
        })
}

fn skip_element(el: &ElementRef) -> bool {
    let v = el.value();
    matches!(
        v.name(),
        "script" | "style" | "noscript" | "template" | "svg" | "code" | "pre" | "iframe"
    ) || v.attr("translate") == Some("no")
        || v.classes().any(|c| c == "notranslate")
        || matches!(v.attr("contenteditable"), Some("") | Some("true"))
}

fn skipped(el: &ElementRef) -> bool {
    std::iter::once(*el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .any(|e| skip_element(&e))
}

/// Text that belongs to `el`: nested hints, fields and skipped elements left out.
fn own_text(el: &ElementRef) -> String {
    let mut out = String::new();
    collect_text(el, &mut out, true);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collect_text(el: &ElementRef, out: &mut String, top: bool) {
    if !top {
        let v = el.value();
        if v.classes().any(|c| c == "fr-hint-text")
            || matches!(v.name(), "input" | "select" | "textarea" | "button")
            || skip_element(el)
        {
            return;
        }
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(child) {
                    collect_text(&e, out, false);
                }
            }
            _ => {}
        }
    }
}

fn text_of(kind: BlockKind, el: &ElementRef) -> String {
    match kind {
        BlockKind::Button if el.value().name() == "input" => {
            el.value().attr("value").unwrap_or("").trim().to_string()
        }
        BlockKind::Placeholder => el
            .value()
            .attr("placeholder")
            .unwrap_or("")
            .trim()
            .to_string(),
        BlockKind::Option => {
            let Ok(opt) = Selector::parse("option") else {
                return String::new();
            };
            el.select(&opt)
                .map(|o| {
                    o.text()
                        .collect::<String>()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        _ => own_text(el),
    }
}

fn nested_in_alert(el: &ElementRef) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        v.classes().any(|c| c == "fr-alert--error") || v.attr("role") == Some("alert")
    })
}

/// Header, footer and navigation: the site's chrome, where buttons are not read.
fn in_site_chrome(el: &ElementRef) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        matches!(v.name(), "header" | "footer" | "nav")
            || matches!(
                v.attr("role"),
                Some("banner") | Some("contentinfo") | Some("navigation")
            )
    })
}

/// Inside a landmark (or a form, section or dialog): part of the page's structure.
fn in_landmark(el: &ElementRef) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        matches!(
            v.name(),
            "main" | "header" | "footer" | "nav" | "aside" | "form" | "section" | "dialog"
        ) || matches!(
            v.attr("role"),
            Some(
                "main"
                    | "banner"
                    | "contentinfo"
                    | "navigation"
                    | "complementary"
                    | "region"
                    | "search"
                    | "form"
                    | "dialog"
            )
        )
    })
}

/// Every block of the page, in the content script's order (by kind, then document order).
pub fn blocks(html: &str) -> Vec<Block> {
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let has_main = Selector::parse("main, [role=\"main\"]")
        .map(|s| doc.select(&s).next().is_some())
        .unwrap_or(false);
    for (kind, selector) in SOURCES {
        let Ok(sel) = Selector::parse(selector) else {
            continue;
        };
        for el in doc.select(&sel) {
            if skipped(&el)
                || (*kind == BlockKind::Error && nested_in_alert(&el))
                || (*kind == BlockKind::Button
                    && (in_site_chrome(&el) || (has_main && !in_landmark(&el))))
                || (*kind == BlockKind::Text && (in_site_chrome(&el) || not_prose(&el)))
            {
                continue;
            }
            if !seen.insert((el.id(), *kind as u8)) {
                continue;
            }
            let text: String = text_of(*kind, &el).chars().take(MAX_TEXT).collect();
            if !text.chars().any(char::is_alphabetic)
                || (*kind == BlockKind::Text
                    && text.split_whitespace().count() < MIN_PARAGRAPH_WORDS)
            {
                continue;
            }
            out.push(Block {
                id: format!("b{}", out.len() + 1),
                kind: *kind,
                text,
            });
        }
    }
    out
}

/// Elements that might belong to a CAPTCHA, described as the content script describes them
/// (content/captcha.js: `describe`, `captchaCandidates`), and the page's script URLs.
pub fn captcha_candidates(html: &str) -> (Vec<relais_core::captcha::Candidate>, Vec<String>) {
    use relais_core::captcha::Candidate;
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    let Ok(sel) = Selector::parse(
        "iframe, img, input, textarea, button, a[href], [data-sitekey], [class*=\"captcha\" i], [id*=\"captcha\" i], .grecaptcha-badge",
    ) else {
        return (out, Vec::new());
    };
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
    let words = [
        "captcha",
        "recaptcha",
        "hcaptcha",
        "turnstile",
        "frc-",
        "sitekey",
        "sécurit",
        "securit",
        "robot",
        "recopi",
        "caractères",
        "caracteres",
        "écouter",
        "ecouter",
        "audio",
        "sonore",
        "énoncer",
        "enoncer",
        "playsound",
        "soundlink",
        "reload",
        "nouveau code",
        "nouvelle image",
        "autre image",
        "générer",
        "generer",
        "question",
        "combien",
        "cloudflare",
        "challenge",
    ];
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
    (out, scripts)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let got: Vec<(BlockKind, String)> =
            blocks(html).into_iter().map(|b| (b.kind, b.text)).collect();
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
}
